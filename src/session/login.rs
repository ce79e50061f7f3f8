//! One connection attempt, from resolving the server to a bound resource.

use std::time::Instant;

use futures::StreamExt;
use tokio_xmpp::xmlstream::ReadError;

use xmpp_parsers::{
    bind::{BindQuery, BindResponse},
    iq::Iq,
    jid::FullJid,
    minidom::Element,
    ns,
};

use super::connect::{Header, XmlIo};
use super::sasl2::{self, Outcome, Then};
use super::sm::StreamManagement;
use super::{Session, SessionSettings, conditions, connect, resolve, sasl, tls};
use crate::diag;
use crate::error::{Error, Result};
use crate::xml;

/// RFC 3921 session establishment, still required by a few old servers.
const NS_SESSION: &str = "urn:ietf:params:xml:ns:xmpp-session";

pub(super) fn deadline_error(
    settings: &SessionSettings,
    attempt_deadline: Instant,
    phase: &str,
) -> Error {
    if attempt_deadline >= settings.deadline {
        Error::timeout(format!("timed out {phase}"))
            .with_hint("raise the deadline with --timeout SECS")
    } else {
        Error::timeout(format!(
            "no progress within --connect-timeout {} s while {phase}",
            settings.connect_timeout.as_secs_f64()
        ))
        .with_hint("is the server up and is this its XMPP port?")
    }
}

/// One connection attempt: every endpoint in turn until one answers, then
/// TLS, authentication, resource binding and (pipelined) stream management.
pub(super) async fn establish(
    settings: &SessionSettings,
    phase: &mut &'static str,
) -> Result<Session> {
    match authenticate(settings, phase, Then::Bind).await? {
        Authenticated::Classic(stream) => bind(settings, *stream, phase).await,
        Authenticated::Sasl2 {
            stream,
            outcome,
            sm_requested,
        } => {
            let id_prefix = format!("{:08x}-", rand::random::<u32>());
            // The account with the Bind2 tag, until the success names the
            // bound JID (an early command reads nothing that needs it).
            let jid = FullJid::from_parts(
                settings.jid.node(),
                settings.jid.domain(),
                &xmpp_parsers::jid::ResourcePart::new(sasl2::TAG).expect("a valid resource"),
            );
            let mut session = Session::new(*stream, jid, settings, id_prefix);
            if sm_requested {
                session.sm = StreamManagement::requested();
            }
            match outcome {
                Outcome::Success(success) => {
                    session.sm.flushed();
                    session.bound_inline(&success)?;
                }
                Outcome::Awaiting(awaiting) => session.awaiting = Some(awaiting),
            }
            Ok(session)
        }
    }
}

/// A stream whose authentication succeeded, or (SASL2, early) whose last
/// step is fed with the success still to come.
enum Authenticated {
    /// Classic SASL: the stream restarts, then binds.
    Classic(Box<XmlIo>),
    /// SASL2: the success says what became of the request that rode with
    /// the authentication (bound, resumed).
    Sasl2 {
        stream: Box<XmlIo>,
        outcome: Outcome,
        /// Stream management was asked to be enabled inline.
        sm_requested: bool,
    },
}

/// How an attempt to resume a XEP-0198 stream ended.
pub(super) enum Resumption {
    /// The same stream again: the server handled our first `h` stanzas.
    Resumed { stream: Box<XmlIo>, h: u32 },
    /// The server no longer has it (restarted, expired); what it says it
    /// handled of ours, when it says.
    Failed { h: Option<u32> },
}

/// One attempt to resume the stream `previd` on a new connection, telling
/// the server we handled its first `handled` stanzas. The request rides
/// with the stream header after authentication.
pub(super) async fn resume(
    settings: &SessionSettings,
    previd: &str,
    handled: u32,
) -> Result<Resumption> {
    let mut phase = "resuming";
    let then = Then::Resume { previd, handled };
    let stream = match authenticate(settings, &mut phase, then).await? {
        Authenticated::Classic(stream) => *stream,
        Authenticated::Sasl2 {
            outcome: Outcome::Awaiting(_),
            ..
        } => unreachable!("a resumption waits for its success"),
        Authenticated::Sasl2 {
            stream,
            outcome: Outcome::Success(success),
            ..
        } => {
            let answer = success
                .children()
                .find(|c| c.ns() == ns::SM)
                .cloned()
                .unwrap_or_else(|| Element::builder("failed", ns::SM).build());
            return resumption(&answer, stream).unwrap_or(Ok(Resumption::Failed { h: None }));
        }
    };
    let mut request = Element::builder("resume", ns::SM).build();
    xml::set_attr(&mut request, "previd", previd);
    xml::set_attr(&mut request, "h", handled.to_string());
    let (_, mut stream) = connect::restart(stream, header(settings), &request).await?;
    loop {
        let answer = match stream.next().await {
            Some(Ok(element)) => element,
            Some(Err(ReadError::SoftTimeout)) => continue,
            _ => return Err(Error::network("connection lost while resuming the stream")),
        };
        diag::xml("recv", &answer);
        if answer.is("error", ns::STREAM) {
            return Err(conditions::stream_error(&answer));
        }
        if let Some(result) = resumption(&answer, Box::new(stream)) {
            return result;
        }
        unreachable!("resumption() only declines elements other than resumed and failed")
    }
}

/// What `<resumed>` or `<failed>` says; `None` for any other element.
fn resumption(answer: &Element, stream: Box<XmlIo>) -> Option<Result<Resumption>> {
    let h = || answer.attr("h").and_then(|h| h.parse::<u32>().ok());
    if answer.is("resumed", ns::SM) {
        return Some(
            h().ok_or_else(|| Error::network("the server resumed without saying what it handled"))
                .map(|h| Resumption::Resumed { stream, h }),
        );
    }
    answer
        .is("failed", ns::SM)
        .then(|| Ok(Resumption::Failed { h: h() }))
}

/// The stream header after TLS: to the domain, from the account.
fn header(settings: &SessionSettings) -> Header<'_> {
    Header {
        to: settings.jid.domain().as_str(),
        from: Some(settings.jid.as_str()),
    }
}

/// Resolve, connect, TLS and SASL: a stream whose authentication succeeded,
/// not yet restarted.
async fn authenticate(
    settings: &SessionSettings,
    phase: &mut &'static str,
    then: Then<'_>,
) -> Result<Authenticated> {
    let domain = settings.jid.domain().as_str();
    let tls_config = tls::client_config(&settings.trust)?;
    if settings.trust.insecure {
        diag::warn(
            "--insecure: the server's certificate is not verified; anyone on the path can read this session",
        );
    }
    *phase = "resolving the server";
    let endpoints = resolve::endpoints(domain, settings.server.as_ref(), settings.tls_mode).await?;
    let mut last_error = None;
    for endpoint in &endpoints {
        *phase = "connecting";
        let (tcp, _) = match connect::tcp_connect(endpoint).await {
            Ok(connected) => connected,
            Err(e) if e.transient => {
                last_error = Some(e);
                continue;
            }
            Err(e) => return Err(e),
        };
        *phase = "waiting for the server to start TLS and the stream";
        let encrypted =
            connect::encrypt(tcp, endpoint, header(settings), tls_config.clone()).await?;
        *phase = "authenticating";
        return sasl_login(settings, encrypted, then).await;
    }
    Err(last_error
        .unwrap_or_else(|| Error::network(format!("no address to connect to for {domain}"))))
}

async fn sasl_login(
    settings: &SessionSettings,
    encrypted: connect::Encrypted,
    then: Then<'_>,
) -> Result<Authenticated> {
    let connect::Encrypted {
        mut stream,
        features,
        tls_exporter,
    } = encrypted;
    let started = Instant::now();
    let username = settings.jid.node().map(|n| n.as_str()).ok_or_else(|| {
        Error::usage(format!(
            "{} has no local part; a JID like user@{} is needed to log in",
            settings.jid, settings.jid
        ))
    })?;
    let tls_exporter = tls_exporter.as_deref();
    // Bind2 cannot bind a resource of the user's choosing.
    let sasl2 = sasl2::offered(&features).filter(|_| !settings.resource_chosen);
    let (mechanism, authenticated) = if let Some(inline) = sasl2 {
        let sm_requested = matches!(then, Then::Bind) && sasl2::binds_sm_inline(inline);
        // Stanzas before the success only to a server whose certificate
        // was verified, and only when the command writes nothing that
        // needs the bound JID.
        let early =
            settings.early_stanzas && !settings.trust.insecure && matches!(then, Then::Bind);
        let (mechanism, outcome) =
            sasl2::authenticate(&mut stream, &features, settings, tls_exporter, then, early)
                .await?;
        let stream = Box::new(stream);
        let authenticated = Authenticated::Sasl2 {
            stream,
            outcome,
            sm_requested,
        };
        (mechanism, authenticated)
    } else {
        let password = settings.password.get()?;
        let choice =
            sasl::authenticate(&mut stream, &features, username, &password, tls_exporter).await?;
        (
            choice.name().to_string(),
            Authenticated::Classic(Box::new(stream)),
        )
    };
    let how = match &authenticated {
        Authenticated::Sasl2 {
            outcome: Outcome::Awaiting(_),
            ..
        } => {
            diag::phase(format_args!(
                "{mechanism} (SASL2) for {}: the command's stanzas ride with its last step",
                settings.jid
            ));
            return Ok(authenticated);
        }
        Authenticated::Sasl2 { .. } => " (SASL2)",
        Authenticated::Classic(_) => "",
    };
    diag::phase(format_args!(
        "authenticated as {} with {mechanism}{how} in {} ms",
        settings.jid,
        started.elapsed().as_millis()
    ));
    Ok(authenticated)
}

impl Session {
    /// The server's answer to an authentication whose last step rode with
    /// the command's stanzas: a success must prove the server knows the
    /// secret before anything else counts; a failure ends the session
    /// with nothing confirmed (a refused FAST token: see `token_refused`).
    pub(super) fn authentication_ended(
        &mut self,
        awaiting: sasl2::Awaiting,
        answer: &Element,
    ) -> Result<()> {
        if answer.is("success", ns::SASL2) {
            let mechanism = awaiting.mechanism_name().to_string();
            awaiting.succeeded(answer)?;
            diag::phase(format_args!(
                "authenticated as {} with {mechanism} (SASL2)",
                self.jid.to_bare()
            ));
            return self.bound_inline(answer);
        }
        if answer.is("failure", ns::SASL2) {
            self.token_refused = awaiting.used_token();
            return Err(awaiting.failed(answer)?);
        }
        if answer.is("error", ns::STREAM) {
            return Err(conditions::stream_error(answer));
        }
        Err(Error::auth(format!(
            "unexpected <{}> during authentication",
            answer.name()
        )))
    }

    /// What a SASL2 success says of the session: the JID Bind2 bound, and
    /// the answer to stream management enabled inline.
    pub(super) fn bound_inline(&mut self, success: &Element) -> Result<()> {
        let (sm, _) = sasl2::bound(success)?;
        self.jid = sasl2::authorized_jid(success)
            .and_then(|text| FullJid::new(&text).ok())
            .ok_or_else(|| Error::refused("the server bound no full JID"))?;
        diag::phase(format_args!("bound {} (Bind2)", self.jid));
        match sm {
            Some(answer) => self.apply_sm(answer),
            // Asked, and not answered: nothing counts our stanzas.
            None => {
                self.sm.failed();
                Ok(())
            }
        }
    }
}

/// The stream restart, resource binding, and stream management requested.
async fn bind(
    settings: &SessionSettings,
    stream: XmlIo,
    phase: &mut &'static str,
) -> Result<Session> {
    *phase = "restarting the stream after authentication";
    let resource = xmpp_parsers::jid::ResourcePart::new(&settings.resource)
        .map_err(|e| Error::usage(format!("invalid resource {:?}: {e}", settings.resource)))?;
    let id_prefix = format!("{:08x}-", rand::random::<u32>());
    let bind_id = format!("{id_prefix}1");
    // Every server binds after authentication (RFC 6120 7), so the request
    // goes out with the stream header instead of a round trip later.
    let bind = Iq::from_set(
        bind_id.clone(),
        BindQuery::new(Some(settings.resource.clone())),
    );
    let (features, stream) = connect::restart(stream, header(settings), &bind.into()).await?;
    if !features.can_bind() {
        return Err(Error::refused("the server offers no resource binding"));
    }

    *phase = "binding the resource";
    let started = Instant::now();
    let jid = FullJid::from_parts(settings.jid.node(), settings.jid.domain(), &resource);
    let mut session = Session::new(stream, jid, settings, id_prefix);
    session.expect_answer(&bind_id, None);
    let bound = session
        .await_answers(std::slice::from_ref(&bind_id))
        .await?
        .pop()
        .expect("one answer");
    if bound.attr("type") == Some("error") {
        return Err(conditions::stanza_error("resource binding failed", &bound));
    }
    let bound = bound
        .children()
        .next()
        .cloned()
        .and_then(|payload| BindResponse::try_from(payload).ok())
        .ok_or_else(|| Error::refused("the server answered resource binding without a JID"))?;
    session.jid = bound.into();
    diag::phase(format_args!(
        "bound {} in {} ms",
        session.jid,
        started.elapsed().as_millis()
    ));
    let legacy_session = features
        .others
        .iter()
        .any(|f| f.is("session", NS_SESSION) && !f.has_child("optional", NS_SESSION));
    if legacy_session {
        let id = session.new_id();
        let payload = Element::builder("session", NS_SESSION).build();
        let iq = Iq::Set {
            from: None,
            to: None,
            id,
            payload,
        };
        session.query(iq, "session establishment").await?;
    }
    if features.stream_management.is_some() {
        // Not flushed: it goes out with the command's first stanzas, and
        // the ack after them replaces a ping.
        // resume='true' for long-running commands: a lost connection can
        // pick up this very stream.
        let mut enable = Element::builder("enable", ns::SM).build();
        if settings.survive {
            xml::set_attr(&mut enable, "resume", "true");
        }
        session.write(&enable).await?;
        session.sm = StreamManagement::requested();
    }
    Ok(session)
}
