//! The stream features a server offered last time, kept in the cache
//! directory per domain, address, port and TLS mode, so the next login can
//! send what they call for before they arrive: the first authentication
//! message with the stream header after TLS, and after a classic SASL
//! success the stream-management `<enable/>` with the bind request.
//!
//! It also keeps what one fact the session observed: whether the server
//! answers our stanzas before it acknowledges them (Prosody does, ejabberd
//! acks first and answers, or bounces, from its mailbox later). Only where
//! it does can a one-shot command close its stream in the same flight as
//! its request for the ack without missing a bounce (see `errand`).
//!
//! A forecast only decides what rides early. The features that arrive
//! decide the mechanism (`login` compares the two), so a stale forecast
//! costs one flight (or one login again, when stanzas rode on it), never
//! the run and never a weaker mechanism: PLAIN never rides on a forecast.

use std::net::SocketAddr;

use serde::{Deserialize, Serialize};
use xmpp_parsers::minidom::Element;
use xmpp_parsers::stream_features::StreamFeatures;

use crate::diag;
use crate::state::StateFile;

/// A cache file larger than this is not ours: ignored.
const MAX_FILE: usize = 64 * 1024;

/// The features as kept: their XML, as the server sent them.
#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
struct Kept {
    after_tls: Option<String>,
    after_auth: Option<String>,
    answers_in_order: Option<bool>,
}

/// What one server offered last, and where to keep what it offers now.
pub struct Forecast {
    file: StateFile,
    kept: Kept,
}

impl Forecast {
    /// The forecast for a connection to `addr` (direct TLS or STARTTLS)
    /// for `domain`; empty when none was kept or the file is unusable.
    pub fn load(domain: &str, addr: SocketAddr, direct_tls: bool) -> Forecast {
        let mode = if direct_tls { "direct" } else { "starttls" };
        let file = StateFile::cached("features", &format!("{domain} {addr} {mode}"));
        let kept = match file.read() {
            Ok(Some(text)) if text.len() <= MAX_FILE => {
                serde_json::from_str(&text).unwrap_or_default()
            }
            Ok(_) => Kept::default(),
            Err(e) => {
                diag::phase(format_args!("features cache not used: {e}"));
                Kept::default()
            }
        };
        Forecast { file, kept }
    }

    /// The features after TLS, before authentication.
    pub fn after_tls(&self) -> Option<StreamFeatures> {
        parse(self.kept.after_tls.as_deref()?)
    }

    /// The features after a classic SASL success (the restarted stream).
    pub fn after_auth(&self) -> Option<StreamFeatures> {
        parse(self.kept.after_auth.as_deref()?)
    }

    /// Whether the server answered a ping riding with our stanzas before
    /// its ack covering that ping; `None` until a run has seen it.
    pub fn answers_in_order(&self) -> Option<bool> {
        self.kept.answers_in_order
    }

    pub fn keep_answers_in_order(&mut self, in_order: bool) {
        self.keep(|kept| kept.answers_in_order = Some(in_order));
    }

    pub fn keep_after_tls(&mut self, features: &StreamFeatures) {
        self.keep(|kept| kept.after_tls = Some(xml_of(features)));
    }

    pub fn keep_after_auth(&mut self, features: &StreamFeatures) {
        self.keep(|kept| kept.after_auth = Some(xml_of(features)));
    }

    /// Written only when it changed; a cache that cannot be written costs
    /// the next run its head start, not this run.
    fn keep(&mut self, change: impl FnOnce(&mut Kept)) {
        let mut kept = self.kept.clone();
        change(&mut kept);
        if kept == self.kept {
            return;
        }
        self.kept = kept;
        let text = serde_json::to_string(&self.kept).expect("strings serialize");
        if let Err(e) = self.file.write(&text) {
            diag::phase(format_args!("features cache not kept: {e}"));
        }
    }
}

fn xml_of(features: &StreamFeatures) -> String {
    String::from(&Element::from(features.clone()))
}

/// Say why the next login goes without the cache: `error` ended one
/// that something the cache foretold rode on.
pub fn proved_wrong(error: &crate::error::Error) {
    diag::phase(format_args!(
        "{error}; the features changed since the last run: logging in again without the cache"
    ));
}

/// Kept features, checked against the limits the network is held to
/// before they reach the parser; anything unusable is no forecast.
fn parse(xml: &str) -> Option<StreamFeatures> {
    crate::xml::check_limits(xml).ok()?;
    let element: Element = xml.parse().ok()?;
    StreamFeatures::try_from(element).ok()
}
