//! SASL (RFC 6120 section 6) with a mechanism policy of our own.
//!
//! tokio-xmpp's `client_login` offers SCRAM only under its -PLUS names on
//! TLS 1.3 and so fell back to PLAIN against servers without channel
//! binding; here the choice is explicit: SCRAM-*-PLUS when the server
//! announces tls-exporter binding (XEP-0440), else plain SCRAM, and PLAIN
//! only when the server offers no SCRAM at all (always under TLS).
//!
//! The server chooses SCRAM's work factor, so its first message is checked
//! before any key is derived (nonce, iteration count: see
//! [`check_server_first`]), and the derivation runs on a blocking thread:
//! deadlines and signals keep working while it does.

use std::collections::BTreeSet;
use xmpp_parsers::ns;

use base64::Engine;
use futures::{SinkExt, StreamExt};
use sasl::client::Mechanism;
use sasl::client::mechanisms::{Plain, Scram};
use sasl::common::scram::{Sha1, Sha256};
use sasl::common::{ChannelBinding, Credentials};
use xmpp_parsers::minidom::Element;
use xmpp_parsers::sasl_cb::Type as CbType;
use xmpp_parsers::sasl2::{Authenticate, UserAgent};
use xmpp_parsers::stream_features::StreamFeatures;

use crate::diag;
use crate::error::{Error, Result};
use crate::secret::Password;
use crate::session::connect::{XmlIo, leave_with_policy_violation, read_limit_error};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    ScramSha256Plus,
    ScramSha1Plus,
    ScramSha256,
    ScramSha1,
    Plain,
}

impl Choice {
    pub fn name(self) -> &'static str {
        match self {
            Choice::ScramSha256Plus => "SCRAM-SHA-256-PLUS",
            Choice::ScramSha1Plus => "SCRAM-SHA-1-PLUS",
            Choice::ScramSha256 => "SCRAM-SHA-256",
            Choice::ScramSha1 => "SCRAM-SHA-1",
            Choice::Plain => "PLAIN",
        }
    }

    fn is_plus(self) -> bool {
        matches!(self, Choice::ScramSha256Plus | Choice::ScramSha1Plus)
    }
}

/// The best mechanism both sides accept, or `None`.
/// `can_bind`: we hold tls-exporter data and the server announced that type.
pub fn choose(offered: &BTreeSet<String>, can_bind: bool) -> Option<Choice> {
    let preference = [
        Choice::ScramSha256Plus,
        Choice::ScramSha1Plus,
        Choice::ScramSha256,
        Choice::ScramSha1,
    ];
    let scram = preference
        .into_iter()
        .filter(|c| can_bind || !c.is_plus())
        .find(|c| offered.contains(c.name()));
    let any_scram_offered = offered.iter().any(|m| m.starts_with("SCRAM-"));
    // Never PLAIN when a SCRAM is on offer, even one we cannot bind.
    scram.or((!any_scram_offered && offered.contains("PLAIN")).then_some(Choice::Plain))
}

/// Whether the server announced tls-exporter channel binding (XEP-0440).
pub fn server_binds_exporter(features: &StreamFeatures) -> bool {
    features
        .sasl_cb
        .as_ref()
        .is_some_and(|cb| cb.types.contains(&CbType::TlsExporter))
}

/// The password mechanism for `offered` (classic `<mechanisms>` or SASL2
/// `<authentication>` alike), ready to run.
pub fn password_mechanism(
    offered: &BTreeSet<String>,
    features: &StreamFeatures,
    username: &str,
    password: &Password,
    tls_exporter: Option<&[u8]>,
) -> Result<(Choice, Box<dyn Mechanism + Send>)> {
    let can_bind = tls_exporter.is_some() && server_binds_exporter(features);
    let choice = choose(offered, can_bind).ok_or_else(|| {
        let list: Vec<&str> = offered.iter().map(String::as_str).collect();
        Error::auth(format!(
            "no acceptable authentication mechanism (server offers: {})",
            if list.is_empty() {
                "none".to_string()
            } else {
                list.join(", ")
            }
        ))
    })?;
    let binding = match (choice.is_plus(), tls_exporter) {
        (true, Some(data)) => ChannelBinding::TlsExporter(data.to_vec()),
        // We could bind, but the server offered no -PLUS: say so ("y"), so a
        // man in the middle who stripped -PLUS is detected by the server.
        (false, Some(_)) if !offered.iter().any(|m| m.ends_with("-PLUS")) => {
            ChannelBinding::Unsupported
        }
        _ => ChannelBinding::None,
    };
    let credentials = Credentials::default()
        .with_username(username)
        .with_password(password.expose())
        .with_channel_binding(binding);
    Ok((choice, build(choice, credentials)?))
}

/// Classic SASL (RFC 6120 6) as an attempt ready to run, for `features`.
pub fn classic_attempt(
    features: &StreamFeatures,
    username: &str,
    password: &Password,
    tls_exporter: Option<&[u8]>,
) -> Result<Attempt> {
    let (choice, mechanism) = password_mechanism(
        &features.sasl_mechanisms,
        features,
        username,
        password,
        tls_exporter,
    )?;
    Ok(Attempt::new(choice.name(), mechanism, Framing::Classic))
}

/// One run of a mechanism. Its first message is made up front, so it can
/// ride with the stream header on a forecast (see `forecast`), before the
/// features that decide whether it is the right one have arrived.
pub struct Attempt {
    name: String,
    mechanism: Box<dyn Mechanism + Send>,
    framing: Framing,
    initial: Vec<u8>,
}

impl Attempt {
    pub fn new(name: &str, mut mechanism: Box<dyn Mechanism + Send>, framing: Framing) -> Self {
        let initial = mechanism.initial();
        Attempt {
            name: name.to_string(),
            mechanism,
            framing,
            initial,
        }
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// The first message: `<auth>` or `<authenticate>` with the initial
    /// response.
    pub fn first(&self) -> Element {
        self.framing.first(&self.name, self.initial.clone())
    }

    /// Whether the first message is the last: only a success or a failure
    /// can answer it (HT-*, PLAIN).
    pub fn one_step(&self) -> bool {
        last_step(&self.name) == Some(1)
    }

    /// Whether `other` asks the server for the same thing, nonces aside:
    /// a first message that rode on a forecast stands when the arrived
    /// features make the same attempt.
    pub fn same_plan(&self, other: &Attempt) -> bool {
        let plan = |a: &Attempt| match &a.framing {
            Framing::Classic => format!("{} {}", ns::SASL, a.name),
            Framing::Sasl2 {
                user_agent,
                payloads,
            } => {
                let payloads: Vec<String> = payloads.iter().map(String::from).collect();
                format!(
                    "{} {} {:?} {}",
                    ns::SASL2,
                    a.name,
                    user_agent.id,
                    payloads.join("")
                )
            }
        };
        plan(self) == plan(other)
    }

    /// The server's success came: it must prove it knows the secret too
    /// (SCRAM's server signature, FAST's HT answer); a mismatch means an
    /// impostor.
    pub fn verify_success(&mut self, success: &Element) -> Result<()> {
        let data = self.framing.success_data(success)?;
        self.mechanism
            .success(&data)
            .map_err(|e| Error::auth(format!("the server failed to prove its identity: {e}")))
    }
}

/// A first message that rode on a stale forecast: read the server's answer
/// to it and end it, so another attempt can start on the same stream. A
/// challenge is aborted (one flight); a failure ended it already. A
/// verified success (a one-step mechanism the server took) is returned.
pub async fn withdraw(stream: &mut XmlIo, mut attempt: Attempt) -> Result<Option<Element>> {
    let ns = attempt.framing.ns();
    diag::phase(format_args!(
        "the features changed since the last run: {} is withdrawn",
        attempt.name
    ));
    let reply = next_reply(stream, &attempt.framing).await?;
    match reply.name() {
        "success" => {
            attempt.verify_success(&reply)?;
            Ok(Some(reply))
        }
        "failure" => Ok(None),
        "challenge" => {
            send(stream, Element::builder("abort", ns).build()).await?;
            match next_reply(stream, &attempt.framing).await?.name() {
                "failure" => Ok(None),
                other => Err(Error::auth(format!(
                    "unexpected SASL <{other}> after <abort/>"
                ))),
            }
        }
        other => Err(Error::auth(format!(
            "unexpected SASL <{other}> from the server"
        ))),
    }
}

fn build(choice: Choice, credentials: Credentials) -> Result<Box<dyn Mechanism + Send>> {
    let mechanism: Box<dyn Mechanism + Send> = match choice {
        Choice::ScramSha256Plus | Choice::ScramSha256 => {
            Box::new(Scram::<Sha256>::from_credentials(credentials).map_err(sasl_error)?)
        }
        Choice::ScramSha1Plus | Choice::ScramSha1 => {
            Box::new(Scram::<Sha1>::from_credentials(credentials).map_err(sasl_error)?)
        }
        Choice::Plain => Box::new(Plain::from_credentials(credentials).map_err(sasl_error)?),
    };
    Ok(mechanism)
}

fn sasl_error(e: impl std::fmt::Display) -> Error {
    Error::auth(format!("authentication failed: {e}"))
}

/// How the exchange is framed on the stream: RFC 6120's `<auth>` and
/// friends, or XEP-0388's `<authenticate>` (which carries the user agent
/// and the requests for after success: Bind2, SM, FAST).
pub enum Framing {
    Classic,
    Sasl2 {
        user_agent: UserAgent,
        payloads: Vec<Element>,
    },
}

impl Framing {
    fn ns(&self) -> &'static str {
        match self {
            Framing::Classic => ns::SASL,
            Framing::Sasl2 { .. } => ns::SASL2,
        }
    }

    fn first(&self, mechanism: &str, initial: Vec<u8>) -> Element {
        match self {
            Framing::Classic => {
                let mut auth = data_element("auth", ns::SASL, &initial);
                crate::xml::set_attr(&mut auth, "mechanism", mechanism);
                auth
            }
            Framing::Sasl2 {
                user_agent,
                payloads,
            } => Authenticate {
                mechanism: mechanism.to_string(),
                initial_response: Some(initial),
                user_agent: user_agent.clone(),
                payloads: payloads.clone(),
            }
            .into(),
        }
    }

    /// The SASL data of a success: the text of RFC 6120's `<success>`,
    /// XEP-0388's `<additional-data>`.
    fn success_data(&self, success: &Element) -> Result<Vec<u8>> {
        match self {
            Framing::Classic => decode(success),
            Framing::Sasl2 { .. } => success
                .get_child("additional-data", ns::SASL2)
                .map_or(Ok(Vec::new()), decode),
        }
    }
}

fn data_element(name: &str, ns: &str, data: &[u8]) -> Element {
    // RFC 6120 6.4.2: empty data is sent as "=".
    let text = if data.is_empty() {
        "=".to_string()
    } else {
        base64::engine::general_purpose::STANDARD.encode(data)
    };
    Element::builder(name, ns).append(text).build()
}

fn decode(element: &Element) -> Result<Vec<u8>> {
    let text = element.text();
    let text = text.trim();
    if text.is_empty() || text == "=" {
        return Ok(Vec::new());
    }
    base64::engine::general_purpose::STANDARD
        .decode(text)
        .map_err(|_| Error::auth("the server sent a malformed SASL message"))
}

async fn send(stream: &mut XmlIo, element: Element) -> Result<()> {
    diag::xml("send", &element);
    stream
        .send(&element)
        .await
        .map_err(lost_during_authentication)
}

/// Written without a flush: the next flush takes it with what follows.
async fn feed(stream: &mut XmlIo, element: Element) -> Result<()> {
    diag::xml("send", &element);
    stream
        .feed(&element)
        .await
        .map_err(lost_during_authentication)
}

fn lost_during_authentication(e: std::io::Error) -> Error {
    Error::network(format!(
        "connection lost during authentication: {}",
        crate::error::io_reason(&e)
    ))
}

/// The most PBKDF2 iterations a server may ask for: about a second of
/// work for SHA-256 on a slow machine, 250 times RFC 7677's minimum. A
/// server asking for `i=4294967295` would otherwise hold the CPU for hours.
pub const MAX_SCRAM_ITERATIONS: u64 = 1_000_000;
/// RFC 7677 asks servers for at least this many; fewer is accepted (old
/// servers use it, and the channel is TLS) but warned about.
const MIN_SCRAM_ITERATIONS: u64 = 4096;

/// RFC 5802 5.1: the server's nonce must extend the one we sent, and the
/// iteration count must be one we are willing to pay for. `client_first`
/// and `server_first` are the raw SCRAM messages.
fn check_server_first(client_first: &[u8], server_first: &[u8]) -> Result<()> {
    let field = |message: &[u8], key: &str| -> Option<String> {
        String::from_utf8_lossy(message)
            .split(',')
            .find_map(|part| part.strip_prefix(key).map(str::to_string))
    };
    let ours = field(client_first, "r=").unwrap_or_default();
    let theirs = field(server_first, "r=").unwrap_or_default();
    if ours.is_empty() || theirs.len() <= ours.len() || !theirs.starts_with(&ours) {
        return Err(Error::auth(
            "authentication refused: the server's SCRAM nonce does not extend ours (a replayed or forged challenge)",
        ));
    }
    let iterations = field(server_first, "i=").unwrap_or_default();
    match iterations.parse::<u64>() {
        Ok(count) if count > MAX_SCRAM_ITERATIONS => Err(Error::auth(format!(
            "authentication refused: the server asks for {count} SCRAM iterations, more than the {MAX_SCRAM_ITERATIONS} xmppctl allows"
        ))),
        Ok(count) => {
            if count < MIN_SCRAM_ITERATIONS {
                diag::warn(format_args!(
                    "the server asks for only {count} SCRAM iterations (RFC 7677 asks for at least {MIN_SCRAM_ITERATIONS})"
                ));
            }
            Ok(())
        }
        Err(_) => Err(Error::auth(format!(
            "authentication refused: the server sent an invalid SCRAM iteration count {:?}",
            crate::sanitize::sanitize(&iterations)
        ))),
    }
}

/// The mechanism's answer to `challenge`, computed on a blocking thread
/// (SCRAM derives its key here); the mechanism comes back with it.
async fn respond(
    mut mechanism: Box<dyn Mechanism + Send>,
    challenge: Vec<u8>,
) -> Result<(Box<dyn Mechanism + Send>, Vec<u8>)> {
    let (mechanism, response) = tokio::task::spawn_blocking(move || {
        let response = mechanism.response(&challenge).map_err(|e| e.to_string());
        (mechanism, response)
    })
    .await
    .map_err(|e| Error::internal(format!("the SASL computation failed: {e}")))?;
    Ok((mechanism, response.map_err(sasl_error)?))
}

/// The server's next authentication element; a stream error or anything
/// outside the exchange's namespace ends it.
async fn next_reply(stream: &mut XmlIo, framing: &Framing) -> Result<Element> {
    let reply = match stream.next().await {
        Some(Ok(reply)) => reply,
        Some(Err(e)) => {
            if let Some(refusal) = read_limit_error(&e) {
                leave_with_policy_violation(stream).await;
                return Err(refusal);
            }
            return Err(Error::network(format!(
                "connection lost during authentication: {e}"
            )));
        }
        None => {
            return Err(Error::network(
                "the server closed the connection during authentication",
            ));
        }
    };
    diag::xml("recv", &reply);
    if reply.ns() != framing.ns() {
        if reply.name() == "error" {
            return Err(crate::session::conditions::stream_error(&reply));
        }
        return Err(Error::auth(format!(
            "unexpected <{}> during authentication",
            reply.name()
        )));
    }
    Ok(reply)
}

/// Run `attempt` to the server's success, which is returned (SASL2
/// carries the session's results in it); when `early`, only to our last
/// step, for the session to read the success later. `first_sent`: the
/// first message already rode with the stream header.
pub async fn exchange(
    stream: &mut XmlIo,
    mut attempt: Attempt,
    early: bool,
    first_sent: bool,
) -> Result<Exchanged> {
    let scram = attempt.name.starts_with("SCRAM-");
    let last_step = early.then(|| last_step(&attempt.name)).flatten();
    if !first_sent {
        let first = attempt.first();
        if last_step == Some(1) {
            feed(stream, first).await?;
        } else {
            send(stream, first).await?;
        }
    }
    if last_step == Some(1) {
        return Ok(Exchanged::LastStepFed(Box::new(attempt)));
    }
    let mut first_challenge = true;
    let mut steps = 1;
    loop {
        let reply = next_reply(stream, &attempt.framing).await?;
        match reply.name() {
            "challenge" => {
                let challenge = decode(&reply)?;
                if scram && std::mem::take(&mut first_challenge) {
                    check_server_first(&attempt.initial, &challenge)?;
                }
                let (answered, response) = respond(attempt.mechanism, challenge).await?;
                attempt.mechanism = answered;
                let response = data_element("response", attempt.framing.ns(), &response);
                steps += 1;
                if last_step == Some(steps) {
                    feed(stream, response).await?;
                    return Ok(Exchanged::LastStepFed(Box::new(attempt)));
                }
                send(stream, response).await?;
            }
            "success" => {
                attempt.verify_success(&reply)?;
                return Ok(Exchanged::Success(reply));
            }
            "failure" => return Err(failure(&reply)),
            other => {
                return Err(Error::auth(format!(
                    "unexpected SASL <{other}> from the server"
                )));
            }
        }
    }
}

/// How an exchange ended on our side.
pub enum Exchanged {
    /// The server's `<success>`, verified.
    Success(Element),
    /// The last step is fed, not flushed, so what the command writes next
    /// rides with it; the success is still to come, for
    /// [`Attempt::verify_success`].
    LastStepFed(Box<Attempt>),
}

/// After how many of our messages only the server's success (or failure)
/// can follow: known for the mechanisms whose steps are fixed.
fn last_step(name: &str) -> Option<usize> {
    if name.starts_with("HT-") || name == "PLAIN" {
        Some(1)
    } else if name.starts_with("SCRAM-") {
        // client-first, then client-final (the answer to server-first).
        Some(2)
    } else {
        None
    }
}

/// A `<failure>` as the error to report (exit 6, with the condition).
pub fn failure(reply: &Element) -> Error {
    // SASL2 failures carry RFC 6120's conditions, in the SASL namespace.
    let condition = reply
        .children()
        .find(|c| c.name() != "text" && c.ns() == ns::SASL)
        .map(|c| c.name().to_string())
        .unwrap_or_else(|| "not-authorized".to_string());
    let text = reply
        .get_child("text", reply.ns().as_str())
        .map(|t| t.text());
    let mut message = match condition.as_str() {
        "not-authorized" => "authentication failed: wrong JID or password".to_string(),
        "account-disabled" => "authentication failed: the account is disabled".to_string(),
        "credentials-expired" => "authentication failed: the password has expired".to_string(),
        other => format!("authentication failed: {other}"),
    };
    if let Some(text) = text.filter(|t| !t.trim().is_empty()) {
        // Server text: the output sanitises every message before a terminal sees it.
        message.push_str(&format!(" ({text})"));
    }
    Error::auth(message).with_condition(condition)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(names: &[&str]) -> BTreeSet<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn prefers_bound_scram_then_scram_then_plain() {
        let all = set(&["PLAIN", "SCRAM-SHA-1", "SCRAM-SHA-1-PLUS", "SCRAM-SHA-256"]);
        assert_eq!(choose(&all, true), Some(Choice::ScramSha1Plus));
        assert_eq!(choose(&all, false), Some(Choice::ScramSha256));
        assert_eq!(choose(&set(&["PLAIN"]), true), Some(Choice::Plain));
        assert_eq!(choose(&set(&["X-OAUTH2"]), true), None);
    }

    #[test]
    fn scram_server_first_is_checked_before_any_work() {
        let client = b"n,,n=alice,r=abc123";
        assert!(check_server_first(client, b"r=abc123XYZ,s=c2FsdA==,i=4096").is_ok());
        let refused = |server: &[u8]| check_server_first(client, server).unwrap_err().message;
        assert!(refused(b"r=other,s=c2FsdA==,i=4096").contains("nonce does not extend ours"));
        assert!(refused(b"r=abc123,s=c2FsdA==,i=4096").contains("nonce"));
        assert!(
            refused(b"r=abc123X,s=c2FsdA==,i=4294967295").contains("4294967295 SCRAM iterations")
        );
        assert!(refused(b"r=abc123X,s=c2FsdA==,i=-1").contains("invalid SCRAM iteration count"));
    }

    #[test]
    fn never_downgrades_an_offered_scram_to_plain() {
        // Only -PLUS SCRAM offered, but we cannot bind: refuse, not PLAIN.
        assert_eq!(choose(&set(&["PLAIN", "SCRAM-SHA-1-PLUS"]), false), None);
    }
}
