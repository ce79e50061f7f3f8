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
use super::errand::{Errand, Rode, StanzaIds};
use super::forecast::Forecast;
use super::sasl::Attempt;
use super::sasl2::{self, Offer, Outcome, Planned, Then};
use super::sm::StreamManagement;
use super::{Session, SessionSettings, conditions, connect, resolve, sasl, tls};
use crate::diag;
use crate::error::{Error, ErrorKind, Result};
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

/// How far an attempt got, for the error when its deadline passes, and
/// whether what rode on a forecast proved wrong (then one more attempt,
/// without it, may succeed).
pub(super) struct Progress {
    pub phase: &'static str,
    pub forecast_failed: bool,
}

impl Default for Progress {
    fn default() -> Self {
        Progress {
            phase: "resolving the server",
            forecast_failed: false,
        }
    }
}

/// One connection attempt: every endpoint in turn until one answers, then
/// TLS, authentication, resource binding and (pipelined) stream
/// management; the errand, if any, rides as early as is safe.
pub(super) async fn establish(
    settings: &SessionSettings,
    progress: &mut Progress,
    errand: Option<&Errand>,
) -> Result<Session> {
    let mut ids = errand.map_or_else(StanzaIds::default, |e| e.ids.clone());
    match authenticate(settings, progress, Then::Bind, errand, &mut ids).await? {
        Authenticated::Classic { stream, forecast } => {
            bind(settings, *stream, progress, forecast, errand, ids).await
        }
        Authenticated::Sasl2 {
            stream,
            outcome,
            sm_requested,
            rode,
            forecast,
        } => {
            // The account with the Bind2 tag, until the success names the
            // bound JID (an early errand needs nothing that needs it).
            let jid = FullJid::from_parts(
                settings.jid.node(),
                settings.jid.domain(),
                &xmpp_parsers::jid::ResourcePart::new(sasl2::TAG).expect("a valid resource"),
            );
            let mut session = Session::new(*stream, jid, settings, ids);
            if sm_requested {
                session.sm = StreamManagement::requested();
            }
            let awaiting = match outcome {
                Outcome::Success(success) => {
                    session.sm.flushed();
                    session.bound_inline(&success)?;
                    false
                }
                Outcome::Awaiting(awaiting) => {
                    session.awaiting = Some(awaiting);
                    true
                }
            };
            let leave_early = leave_early(settings, &forecast);
            session.forecast = Some(forecast);
            match (rode, errand) {
                (Some(rode), _) => session.errand_rode(rode),
                (None, Some(errand)) => session.run_errand(errand, leave_early).await?,
                (None, None) if awaiting => {
                    unreachable!("only an errand leaves the success to come")
                }
                (None, None) => {}
            }
            Ok(session)
        }
    }
}

/// A stream whose authentication succeeded, or (SASL2, early) whose last
/// step is fed with the success still to come.
enum Authenticated {
    /// Classic SASL: the stream restarts, then binds; the features after
    /// authentication go to the forecast.
    Classic {
        stream: Box<XmlIo>,
        forecast: Forecast,
    },
    /// SASL2: the success says what became of the request that rode with
    /// the authentication (bound, resumed).
    Sasl2 {
        stream: Box<XmlIo>,
        outcome: Outcome,
        /// Stream management was asked to be enabled inline.
        sm_requested: bool,
        /// The errand that rode with the stream header.
        rode: Option<Rode>,
        forecast: Forecast,
    },
}

/// Whether a one-shot errand may close the stream in the same flight as
/// its `<r/>`: only on a server seen answering our stanzas before it acks
/// them, so a bounce from it comes before the ack (ejabberd bounces after,
/// from its mailbox, and drops that once it has read our footer).
fn leave_early(settings: &SessionSettings, forecast: &Forecast) -> bool {
    settings.forecast && forecast.answers_in_order() == Some(true)
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
    let mut progress = Progress {
        phase: "resuming",
        ..Progress::default()
    };
    let then = Then::Resume { previd, handled };
    let mut ids = StanzaIds::default();
    let stream = match authenticate(settings, &mut progress, then, None, &mut ids).await? {
        Authenticated::Classic { stream, .. } => *stream,
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
    let (_, mut stream) = connect::restart(stream, header(settings), &[request], false).await?;
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
    progress: &mut Progress,
    then: Then<'_>,
    errand: Option<&Errand>,
    ids: &mut StanzaIds,
) -> Result<Authenticated> {
    let domain = settings.jid.domain().as_str();
    let tls_config = tls::client_config(&settings.trust)?;
    if settings.trust.insecure {
        diag::warn(
            "--insecure: the server's certificate is not verified; anyone on the path can read this session",
        );
    }
    progress.phase = "resolving the server";
    let endpoints = resolve::endpoints(domain, settings.server.as_ref(), settings.tls_mode).await?;
    let mut last_error = None;
    for endpoint in &endpoints {
        progress.phase = "connecting";
        let (tcp, addr) = match connect::tcp_connect(endpoint).await {
            Ok(connected) => connected,
            Err(e) if e.transient => {
                last_error = Some(e);
                continue;
            }
            Err(e) => return Err(e),
        };
        progress.phase = "waiting for the server to start TLS and the stream";
        let secured = connect::secure(tcp, endpoint, header(settings), tls_config.clone()).await?;
        let tls_exporter = secured.tls_exporter;
        let mut forecast = Forecast::load(domain, addr, endpoint.direct_tls);
        let foreseen = settings.forecast.then(|| forecast.after_tls()).flatten();
        let early = match foreseen {
            Some(foreseen) => {
                let errand = early_errand(settings, then, errand)
                    .map(|errand| (errand, leave_early(settings, &forecast)));
                let offer = Offer {
                    settings,
                    features: &foreseen,
                    tls_exporter: tls_exporter.as_deref(),
                    then,
                };
                speculate(offer, errand, ids)?
            }
            None => Early::default(),
        };
        let (features, stream) = connect::open_encrypted(
            secured.tls,
            endpoint,
            header(settings),
            &early.elements,
            early.rode.as_ref().is_some_and(Rode::leaves),
        )
        .await?;
        forecast.keep_after_tls(&features);
        progress.phase = "authenticating";
        let offer = Offer {
            settings,
            features: &features,
            tls_exporter: tls_exporter.as_deref(),
            then,
        };
        return log_in(offer, stream, early, forecast, errand, progress).await;
    }
    Err(last_error
        .unwrap_or_else(|| Error::network(format!("no address to connect to for {domain}"))))
}

/// The errand, when it may ride before the server's success: only to a
/// server whose certificate was verified, and only for a new resource.
fn early_errand<'e>(
    settings: &SessionSettings,
    then: Then<'_>,
    errand: Option<&'e Errand>,
) -> Option<&'e Errand> {
    errand.filter(|_| !settings.trust.insecure && matches!(then, Then::Bind))
}

/// What rode with the stream header after TLS, on a forecast.
#[derive(Default)]
struct Early {
    /// The first authentication message's attempt.
    rider: Option<Plan>,
    /// The errand, behind a one-step SASL2 attempt (a FAST token).
    rode: Option<Rode>,
    /// All of it, in order, as queued.
    elements: Vec<Element>,
}

/// The first authentication message the foreseen features (in `offer`)
/// call for, to ride with the header; the errand too when that message is
/// the last one before the success. Never PLAIN, on SASL2 either: a
/// forecast must not put the password on the wire before the server's
/// features say SCRAM is not there.
fn speculate(
    offer: Offer<'_>,
    errand: Option<(&Errand, bool)>,
    ids: &mut StanzaIds,
) -> Result<Early> {
    let mut early = Early::default();
    let Some(plan) = usable(plan(offer))? else {
        return Ok(early);
    };
    if plan.attempt().name() == sasl::Choice::Plain.name() {
        return Ok(early);
    }
    early.elements.push(plan.attempt().first());
    if let (Plan::Sasl2(planned), Some((errand, leave_early))) = (&plan, errand)
        && planned.attempt().one_step()
    {
        let server = offer.settings.server_jid();
        let queue = |e: &Element| early.elements.push(e.clone());
        early.rode = Some(errand.ride(ids, planned.enables_sm(), leave_early, server, queue));
    }
    early.rider = Some(plan);
    Ok(early)
}

/// A forecast naming no usable mechanism is no forecast; any other error
/// (no password) would come without one too.
fn usable<T>(result: Result<T>) -> Result<Option<T>> {
    match result {
        Ok(attempt) => Ok(Some(attempt)),
        Err(e) if e.kind == ErrorKind::Auth => Ok(None),
        Err(e) => Err(e),
    }
}

/// Authentication on a stream whose features have arrived.
async fn log_in(
    offer: Offer<'_>,
    mut stream: XmlIo,
    early: Early,
    forecast: Forecast,
    errand: Option<&Errand>,
    progress: &mut Progress,
) -> Result<Authenticated> {
    let started = Instant::now();
    let settings = offer.settings;
    let Early { rider, rode, .. } = early;
    let plan = plan(offer)?;
    // What rode on the forecast stands if the features call for the
    // same attempt; else it is withdrawn. Stanzas that rode behind it
    // reached a server that will not authenticate them: that costs
    // this connection.
    let (plan, first_sent) = match rider {
        Some(rider) if rider.attempt().same_plan(plan.attempt()) => (rider, true),
        Some(rider) => {
            // A SASL2 rider on a server that no longer offers SASL2 is
            // not understood: some end the stream, some stay silent.
            let foreign = matches!((&rider, &plan), (Plan::Sasl2(_), Plan::Classic(_)));
            if rode.is_some() || foreign {
                progress.forecast_failed = true;
                return Err(Error::network(
                    "the server's features changed since the last run, and stanzas rode on them",
                ));
            }
            let withdrawn = match rider {
                Plan::Classic(attempt) => {
                    sasl::withdraw(&mut stream, attempt)
                        .await
                        .and_then(|success| match success {
                            None => Ok(None),
                            Some(_) => Err(Error::auth("unexpected SASL <success> after one step")),
                        })
                }
                Plan::Sasl2(planned) => {
                    let sm_requested = planned.enables_sm();
                    sasl2::withdraw(&mut stream, planned)
                        .await
                        .map(|success| success.map(|success| (success, sm_requested)))
                }
            };
            match withdrawn {
                Ok(None) => (plan, false),
                // A one-step attempt the server took anyway (a FAST
                // token), with its proof checked: the session is that one.
                Ok(Some((success, sm_requested))) => {
                    return Ok(Authenticated::Sasl2 {
                        stream: Box::new(stream),
                        outcome: Outcome::Success(success),
                        sm_requested,
                        rode: None,
                        forecast,
                    });
                }
                Err(e) => {
                    progress.forecast_failed = true;
                    return Err(e);
                }
            }
        }
        None => (plan, false),
    };
    let (mechanism, authenticated) = match plan {
        Plan::Sasl2(planned) => {
            let sm_requested = planned.enables_sm();
            let early = early_errand(settings, offer.then, errand).is_some();
            let (mechanism, outcome) =
                sasl2::authenticate(&mut stream, offer, early, planned, first_sent).await?;
            let authenticated = Authenticated::Sasl2 {
                stream: Box::new(stream),
                outcome,
                sm_requested,
                rode,
                forecast,
            };
            (mechanism, authenticated)
        }
        Plan::Classic(attempt) => {
            let name = attempt.name().to_string();
            sasl::exchange(&mut stream, attempt, false, first_sent).await?;
            let authenticated = Authenticated::Classic {
                stream: Box::new(stream),
                forecast,
            };
            (name, authenticated)
        }
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
        Authenticated::Classic { .. } => "",
    };
    diag::phase(format_args!(
        "authenticated as {} with {mechanism}{how} in {} ms",
        settings.jid,
        started.elapsed().as_millis()
    ));
    Ok(authenticated)
}

/// The attempt the offer's features call for.
enum Plan {
    Classic(Attempt),
    Sasl2(Planned),
}

impl Plan {
    fn attempt(&self) -> &Attempt {
        match self {
            Plan::Classic(attempt) => attempt,
            Plan::Sasl2(planned) => planned.attempt(),
        }
    }
}

/// SASL2 when the server offers it with Bind2 (which cannot bind a
/// resource of the user's choosing), else classic SASL with the password.
fn plan(offer: Offer<'_>) -> Result<Plan> {
    let settings = offer.settings;
    if sasl2::offered(offer.features).is_some() && !settings.resource_chosen {
        return Ok(Plan::Sasl2(sasl2::plan(offer)?));
    }
    let password = settings.password.get()?;
    let username = settings.jid.node().map_or("", |n| n.as_str());
    let attempt = sasl::classic_attempt(offer.features, username, &password, offer.tls_exporter)?;
    Ok(Plan::Classic(attempt))
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
/// An errand rides with the restart, behind the bind request and an
/// `<enable/>` (sent on first contact too: every server we know offers
/// it; one that does not costs a login again, see `Progress`), or behind
/// a ping when the cache says stream management is not there.
async fn bind(
    settings: &SessionSettings,
    stream: XmlIo,
    progress: &mut Progress,
    mut forecast: Forecast,
    errand: Option<&Errand>,
    mut ids: StanzaIds,
) -> Result<Session> {
    progress.phase = "restarting the stream after authentication";
    let resource = xmpp_parsers::jid::ResourcePart::new(&settings.resource)
        .map_err(|e| Error::usage(format!("invalid resource {:?}: {e}", settings.resource)))?;
    let bind_id = ids.next_id();
    // Every server binds after authentication (RFC 6120 7), so the request
    // goes out with the stream header instead of a round trip later.
    let bind = Iq::from_set(
        bind_id.clone(),
        BindQuery::new(Some(settings.resource.clone())),
    );
    let mut ride: Vec<Element> = vec![bind.into()];
    let mut rode = None;
    let mut sm_blind = false;
    if let Some(errand) = errand {
        // Without the cache (the login again after it proved wrong), a
        // ping confirms: it needs nothing the server may lack.
        sm_blind = settings.forecast
            && forecast
                .after_auth()
                .is_none_or(|features| features.stream_management.is_some());
        if sm_blind {
            ride.push(enable_request(settings));
        }
        let leave_early = leave_early(settings, &forecast);
        let queue = |e: &Element| ride.push(e.clone());
        rode = Some(errand.ride(
            &mut ids,
            sm_blind,
            leave_early,
            settings.server_jid(),
            queue,
        ));
    }
    let leaves = rode.as_ref().is_some_and(Rode::leaves);
    let (features, stream) = connect::restart(stream, header(settings), &ride, leaves).await?;
    forecast.keep_after_auth(&features);
    if !features.can_bind() {
        return Err(Error::refused("the server offers no resource binding"));
    }
    if sm_blind && features.stream_management.is_none() {
        // `<enable/>` went out to a server without XEP-0198, and our
        // footer behind it: nothing can confirm the errand on this stream.
        progress.forecast_failed = true;
        return Err(Error::network(
            "the server offers no stream management (XEP-0198), which the errand was sent with",
        ));
    }

    progress.phase = "binding the resource";
    let started = Instant::now();
    let jid = FullJid::from_parts(settings.jid.node(), settings.jid.domain(), &resource);
    let mut session = Session::new(stream, jid, settings, ids);
    session.forecast = Some(forecast);
    let errand_rode = rode.is_some();
    if let Some(rode) = rode {
        if sm_blind {
            session.sm = StreamManagement::requested();
        }
        session.errand_rode(rode);
    }
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
    if errand_rode {
        // Stream management was asked for with it; and a server that still
        // requires RFC 3921 session establishment has our stanzas already.
        return Ok(session);
    }
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
        session.write(&enable_request(settings)).await?;
        session.sm = StreamManagement::requested();
    }
    Ok(session)
}

/// XEP-0198 `<enable/>`; resume='true' for long-running commands: a lost
/// connection can pick up this very stream.
fn enable_request(settings: &SessionSettings) -> Element {
    let mut enable = Element::builder("enable", ns::SM).build();
    if settings.survive {
        xml::set_attr(&mut enable, "resume", "true");
    }
    enable
}
