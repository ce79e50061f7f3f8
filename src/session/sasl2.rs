//! SASL2 (XEP-0388): one `<authenticate>` that also carries what is to
//! happen after success — Bind2 (XEP-0386) with stream management enabled
//! inline, or the resumption of a XEP-0198 stream, and a FAST token
//! request — so success comes back with a bound, managed session and no
//! stream restart.
//!
//! Mechanisms follow the same policy as classic SASL (`sasl::choose`),
//! over the SASL2 list; FAST (`fast`) first when a token is kept and the
//! server offers its mechanism on this connection.

use std::collections::BTreeSet;

use xmpp_parsers::bind2::BindQuery;
use xmpp_parsers::minidom::Element;
use xmpp_parsers::ns;
use xmpp_parsers::sasl2::{InlineFeatures, UserAgent};
use xmpp_parsers::stream_features::StreamFeatures;

use super::SessionSettings;
use super::connect::XmlIo;
use super::fast;
use super::sasl::{self, Attempt, Exchanged, Framing};
use crate::diag;
use crate::error::{Error, Result};
use crate::state::{self, StateFile};
use crate::xml;
use ::sasl::client::Mechanism;

/// The Bind2 tag: the server makes the resource from it.
pub const TAG: &str = "xmppctl";

/// What the session is to be after authentication.
#[derive(Clone, Copy)]
pub enum Then<'a> {
    /// A new resource, with stream management when offered inline.
    Bind,
    /// The XEP-0198 stream `previd` again; we handled `handled` of its stanzas.
    Resume { previd: &'a str, handled: u32 },
}

/// The inline features, when the server offers SASL2 with Bind2 (without
/// Bind2, classic SASL and binding are as quick and simpler).
pub fn offered(features: &StreamFeatures) -> Option<&InlineFeatures> {
    features
        .sasl2
        .as_ref()?
        .inline
        .as_ref()
        .filter(|inline| inline.bind2.is_some())
}

/// What became of the authentication on our side.
pub enum Outcome {
    /// The server's `<success>` (with `<bound>`, `<resumed>` or `<failed>`
    /// inside), verified, its token kept.
    Success(Element),
    /// Our last step is fed, not flushed: the command's stanzas ride with
    /// it, and the session reads the success when it comes.
    Awaiting(Awaiting),
}

/// A SASL2 attempt, and what its success is to keep.
pub struct Planned {
    attempt: Attempt,
    token_file: StateFile,
    keep: Keep,
    /// The bind request enables stream management inline.
    enables_sm: bool,
}

impl Planned {
    pub fn attempt(&self) -> &Attempt {
        &self.attempt
    }

    pub fn enables_sm(&self) -> bool {
        self.enables_sm
    }
}

/// [`sasl::withdraw`] for SASL2: a success the server sent anyway keeps
/// its token and is returned.
pub async fn withdraw(stream: &mut XmlIo, planned: Planned) -> Result<Option<Element>> {
    let success = sasl::withdraw(stream, planned.attempt).await?;
    if let Some(success) = &success {
        keep_token(&planned.token_file, success, &planned.keep)?;
    }
    Ok(success)
}

/// A SASL2 authentication whose success is still to come: what the
/// success must prove, and what to keep from it.
pub struct Awaiting {
    attempt: Box<Attempt>,
    token_file: StateFile,
    keep: Keep,
}

/// Which token a success may carry.
enum Keep {
    /// A FAST login: the server may rotate the token it took.
    Rotated(String),
    /// A password login, asking for a token for this mechanism (if any).
    Requested(Option<&'static str>),
}

impl Awaiting {
    pub fn mechanism_name(&self) -> &str {
        self.attempt.name()
    }

    /// Whether the login offered a FAST token (a refusal then costs one
    /// login with the password).
    pub fn used_token(&self) -> bool {
        matches!(self.keep, Keep::Rotated(_))
    }

    /// The success came: it must prove the server knows the secret; the
    /// token it carries is kept.
    pub fn succeeded(mut self, success: &Element) -> Result<()> {
        self.attempt.verify_success(success)?;
        keep_token(&self.token_file, success, &self.keep)
    }

    /// The failure came: a refused token is dropped (see [`Awaiting::used_token`]).
    pub fn failed(self, failure: &Element) -> Result<Error> {
        let error = sasl::failure(failure);
        if self.used_token() {
            refused_token(&self.token_file, &error)?;
        }
        Ok(error)
    }
}

/// What an authentication is decided on: the session's settings, the
/// features offered on this connection (or foreseen for it), the
/// connection's channel-binding data, and what is to follow.
#[derive(Clone, Copy)]
pub struct Offer<'a> {
    pub settings: &'a SessionSettings,
    pub features: &'a StreamFeatures,
    pub tls_exporter: Option<&'a [u8]>,
    pub then: Then<'a>,
}

/// The attempt the offer calls for: FAST when a token is kept and the
/// server offers its mechanism on this connection, else the password
/// mechanism, asking for a token when FAST is offered.
pub fn plan(offer: Offer<'_>) -> Result<Planned> {
    let Offer {
        settings,
        features,
        tls_exporter,
        then,
    } = offer;
    let inline = offered(features).expect("SASL2 with Bind2 is offered");
    let enables_sm = matches!(then, Then::Bind) && binds_sm_inline(inline);
    let account = settings.jid.as_str();
    let username = settings.jid.node().map_or("", |n| n.as_str());
    let user_agent = UserAgent {
        id: state::user_agent_id(account)?,
        software: Some("xmppctl".to_string()),
        device: None,
    };
    let mut payloads = vec![match then {
        Then::Bind => bind_request(inline),
        Then::Resume { previd, handled } => {
            let mut resume = Element::builder("resume", ns::SM).build();
            xml::set_attr(&mut resume, "previd", previd);
            xml::set_attr(&mut resume, "h", handled.to_string());
            resume
        }
    }];
    let can_bind = tls_exporter.is_some() && sasl::server_binds_exporter(features);
    let fast_offer = settings
        .fast
        .then(|| fast::offered(&inline.payloads))
        .flatten();
    let token_file = fast::token_file(account, settings.server.as_ref());

    let kept = match &fast_offer {
        Some(offer) => fast::load(&token_file)?
            .and_then(|token| token.usable(offer, username, tls_exporter, can_bind)),
        None => None,
    };
    if let Some(ht) = kept {
        let name = Mechanism::name(&ht).to_string();
        payloads.push(fast::marker());
        let framing = Framing::Sasl2 {
            user_agent,
            payloads,
        };
        return Ok(Planned {
            attempt: Attempt::new(&name, Box::new(ht), framing),
            token_file,
            keep: Keep::Rotated(name),
            enables_sm,
        });
    }

    let password = settings.password.get()?;
    let mechanisms = features.sasl2.as_ref().map_or(&[][..], |a| &a.mechanisms);
    let offered_mechanisms: BTreeSet<String> = mechanisms.iter().cloned().collect();
    let (choice, mechanism) = sasl::password_mechanism(
        &offered_mechanisms,
        features,
        username,
        &password,
        tls_exporter,
    )?;
    let requested = fast_offer
        .as_ref()
        .and_then(|offer| fast::mechanism_to_request(offer, can_bind));
    payloads.extend(requested.map(fast::request));
    let framing = Framing::Sasl2 {
        user_agent,
        payloads,
    };
    Ok(Planned {
        attempt: Attempt::new(choice.name(), mechanism, framing),
        token_file,
        keep: Keep::Requested(requested),
        enables_sm,
    })
}

/// Authenticate with SASL2, starting with `planned` (its first message
/// already sent when `first_sent`: it rode with the stream header);
/// returns the mechanism used and the outcome. `early`: return once our
/// last step is fed (see [`Outcome::Awaiting`]).
pub async fn authenticate(
    stream: &mut XmlIo,
    offer: Offer<'_>,
    early: bool,
    mut planned: Planned,
    mut first_sent: bool,
) -> Result<(String, Outcome)> {
    loop {
        let name = planned.attempt.name().to_string();
        let used_token = matches!(planned.keep, Keep::Rotated(_));
        match sasl::exchange(stream, planned.attempt, early, first_sent).await {
            Ok(exchanged) => {
                let outcome = settle(exchanged, planned.token_file, planned.keep)?;
                return Ok((name, outcome));
            }
            // Refused by the server (expired, revoked): once with the
            // password, on the same stream, and a fresh token.
            Err(e) if used_token && e.condition.is_some() => {
                refused_token(&planned.token_file, &e)?;
                planned = plan(offer)?;
                first_sent = false;
            }
            Err(e) => return Err(e),
        }
    }
}

/// A success that came during the exchange is settled now; one still to
/// come is the session's.
fn settle(exchanged: Exchanged, token_file: StateFile, keep: Keep) -> Result<Outcome> {
    Ok(match exchanged {
        Exchanged::Success(success) => {
            keep_token(&token_file, &success, &keep)?;
            Outcome::Success(success)
        }
        Exchanged::LastStepFed(attempt) => Outcome::Awaiting(Awaiting {
            attempt,
            token_file,
            keep,
        }),
    })
}

fn keep_token(file: &StateFile, success: &Element, keep: &Keep) -> Result<()> {
    match keep {
        Keep::Rotated(mechanism) => {
            fast::store_from(file, success, mechanism)?;
        }
        Keep::Requested(Some(mechanism)) => {
            if fast::store_from(file, success, mechanism)? {
                diag::phase(format_args!(
                    "FAST token for {mechanism} kept for later runs"
                ));
            }
        }
        Keep::Requested(None) => {}
    }
    Ok(())
}

fn refused_token(file: &StateFile, error: &Error) -> Result<()> {
    diag::phase(format_args!(
        "the server refused the FAST token ({error}); logging in with the password"
    ));
    file.remove()
}

/// Whether Bind2 offers to enable stream management inline (and so the
/// bind request asks for it).
pub fn binds_sm_inline(inline: &InlineFeatures) -> bool {
    inline
        .bind2
        .as_ref()
        .is_some_and(|b| b.inline_features.iter().any(|f| f == ns::SM))
}

/// `<bind>` with stream management enabled inline when Bind2 offers it.
fn bind_request(inline: &InlineFeatures) -> Element {
    let mut enables = Vec::new();
    if binds_sm_inline(inline) {
        // resume='true': a lost connection can pick up this very stream.
        let mut enable = Element::builder("enable", ns::SM).build();
        xml::set_attr(&mut enable, "resume", "true");
        enables.push(enable);
    }
    BindQuery {
        tag: Some(TAG.to_string()),
        payloads: enables,
    }
    .into()
}

/// The `<bound>` of a success, and the SM answer inside or beside it.
pub fn bound(success: &Element) -> Result<(Option<&Element>, &Element)> {
    let bound = success
        .get_child("bound", ns::BIND2)
        .ok_or_else(|| Error::refused("the server authenticated but bound no resource"))?;
    let sm = bound
        .children()
        .chain(success.children())
        .find(|c| c.ns() == ns::SM && matches!(c.name(), "enabled" | "failed"));
    Ok((sm, bound))
}

/// The full JID the server gave the session.
pub fn authorized_jid(success: &Element) -> Option<String> {
    success
        .get_child("authorization-identifier", ns::SASL2)
        .map(|j| j.text())
}
