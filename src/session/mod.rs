//! One short-lived authenticated XMPP session: resolve, connect, TLS, SASL,
//! bind, stream management, IQ tracking and a polite close, all under one
//! deadline for the run.
//!
//! tokio-xmpp's high-level `Client` reconnects forever, hides errors and can
//! downgrade SASL to PLAIN, so this layer drives its `xmlstream` itself and
//! keeps every element as a raw `Element` (typed on demand by the caller).
//!
//! One driver reads the stream: every inbound element is read once, by
//! [`Session::wait_until`], and updates the session's state (XEP-0198
//! counters, answers to our IQs, the inbox of stanzas for the command,
//! replies owed to the server). Commands wait on conditions over that
//! state, which hold in whatever order the server's elements arrive.

mod answers;
pub mod conditions;
pub mod connect;
mod errand;
pub mod fast;
mod forecast;
pub mod guard;
mod inbox;
mod login;
mod outbound;
mod pipeline;
mod recover;
pub mod resolve;
pub mod sasl;
mod sasl2;
mod sm;
pub mod tls;
mod transport;

use std::collections::HashMap;
use std::time::{Duration, Instant};

use futures::{FutureExt, SinkExt, StreamExt};
use tokio::time::timeout_at;
use tokio_xmpp::xmlstream::ReadError;
use xmpp_parsers::{
    iq::Iq,
    jid::{BareJid, FullJid, Jid},
    minidom::Element,
    ns,
    ping::Ping,
};

use crate::diag;
use crate::error::{Error, Result};
use crate::secret::LazyPassword;
use crate::xml;
use connect::{NS_CLIENT, XmlIo};
pub use errand::{Errand, StanzaIds};
use errand::{Footer, Probe};
use forecast::Forecast;
use inbox::Inbox;
use outbound::Outbound;
use resolve::{ServerAddr, TlsMode};
use sm::{StreamManagement, Violation};
use tls::TrustSettings;

/// Without stream management, a ping confirms the stanzas before it; one
/// at least this often keeps the log of unconfirmed stanzas short.
const UNCONFIRMED_PER_PING: usize = 100;

/// What one read brought.
enum Read {
    Element(Element),
    /// Quiet for a keepalive interval: a probe is owed (or the link is dead).
    KeepaliveDue,
    Until,
}

/// How long a polite close may wait for the server's `</stream:stream>`.
const CLOSE_GRACE: Duration = Duration::from_secs(2);

/// "No deadline" for waits bounded by something else (input, a count,
/// Ctrl-C): far enough never to come, near enough to add to an Instant.
pub fn far_future() -> Instant {
    Instant::now() + Duration::from_secs(365 * 24 * 3600)
}

/// Everything needed to open a session; built once from argv, env and config.
#[derive(Debug, Clone)]
pub struct SessionSettings {
    pub jid: BareJid,
    pub password: LazyPassword,
    /// FAST tokens (XEP-0484): used when stored, asked for when not.
    pub fast: bool,
    pub resource: String,
    pub server: Option<ServerAddr>,
    pub tls_mode: TlsMode,
    pub trust: TrustSettings,
    pub connect_timeout: Duration,
    pub retry: u32,
    /// `--timeout`: the whole run for one-shot commands, each wait for
    /// long-running ones; also bounds a write the server does not read.
    pub timeout: Duration,
    /// `--reconnect-for`: how long a long-running command tries to get a
    /// lost connection back (zero: it does not).
    pub reconnect_for: Duration,
    /// `--keepalive`: a quiet connection of a long-running command is
    /// probed this often, and given up after two silent intervals.
    pub keepalive: Duration,
    /// A long-running command: ask for a resumable stream, keep it alive,
    /// reconnect after faults.
    pub survive: bool,
    /// Use the features kept from the last run (see `forecast`); off for
    /// the login again after a forecast proved wrong.
    pub forecast: bool,
    /// The user named the resource (`--resource`, a full `--jid`): Bind2
    /// lets the server choose one, so such a session binds the classic way.
    pub resource_chosen: bool,
    /// The end of the whole run (`--timeout` from the start).
    pub deadline: Instant,
}

impl SessionSettings {
    /// The account's server, as an address for IQs to it.
    pub fn server_jid(&self) -> Jid {
        server_of(self.jid.domain())
    }
}

/// How the server proved it took what we sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirmation {
    /// A XEP-0198 `<a/>` covering every stanza sent.
    Ack,
    /// An IQ ping answered (with a result) after everything sent before it.
    Ping,
    /// The ping came back as an error: the server read everything before
    /// it, but does not answer pings.
    PingError,
}

impl Confirmation {
    pub fn name(self) -> &'static str {
        match self {
            Confirmation::Ack => "ack",
            Confirmation::Ping => "ping",
            Confirmation::PingError => "ping-error",
        }
    }
}

/// An IQ we sent and wait for: whom we asked, and the answer once it came.
struct Awaited {
    to: Option<Jid>,
    answer: Option<Element>,
}

pub struct Session {
    stream: XmlIo,
    jid: FullJid,
    sm: StreamManagement,
    inbox: Inbox,
    /// Our IQ requests still waiting to be claimed, by id.
    awaited: HashMap<String, Awaited>,
    /// Elements the session owes the server (IQ replies, `<a/>`), written
    /// before the next read.
    owed: Vec<Element>,
    /// The stream error to send before reporting a server's violation.
    refusal: Option<Element>,
    /// Our stanzas written and not yet confirmed.
    outbound: Outbound,
    /// Pings that confirm what was written before them: id -> the ping's
    /// own ticket (0 until it is written).
    pings: HashMap<String, u64>,
    /// The last confirming ping was answered with an error.
    ping_refused: bool,
    timeout: Duration,
    deadline: Instant,
    ids: StanzaIds,
    /// Our `</stream:stream>`: a one-shot errand may have sent it already.
    footer: Footer,
    /// What rode on a forecast proved wrong after it went out (an
    /// `<enable/>` the server does not offer): the failure it brings costs
    /// one login again without the forecast, not the run.
    forecast_failed: bool,
    /// The ping that rode with an errand, to learn whether the server
    /// answers before it acks; kept in the forecast at the close.
    probe: Option<Probe>,
    /// This connection's entry in the features cache.
    forecast: Option<Forecast>,
    /// Reconnecting and keepalives, for long-running commands.
    resilience: recover::Resilience,
    /// A SASL2 authentication whose success is still to come: the first
    /// element the server sends settles it.
    awaiting: Option<sasl2::Awaiting>,
    /// The server refused the FAST token our stanzas rode with: once more
    /// with the password, on a new connection ([`Session::recover`]).
    token_refused: bool,
}

impl Session {
    /// Connect and log in, retrying transient connection failures with
    /// backoff (never after an authentication failure).
    pub async fn open(settings: &SessionSettings) -> Result<Session> {
        Self::open_with(settings, None).await
    }

    /// [`Session::open`] for a one-shot command that hands over its whole
    /// errand: the login writes it as early as is safe (see `errand`).
    pub async fn open_with(settings: &SessionSettings, errand: Option<Errand>) -> Result<Session> {
        // The errand is the attempts' to read, never to take: one that
        // fails leaves it whole for the next.
        let mut settings = settings.clone();
        let mut backoff = Duration::from_millis(500);
        let mut attempt = 0;
        loop {
            let attempt_deadline = settings
                .deadline
                .min(Instant::now() + settings.connect_timeout);
            let mut progress = login::Progress::default();
            let result = timeout_at(
                attempt_deadline.into(),
                login::establish(&settings, &mut progress, errand.as_ref()),
            )
            .await;
            let error = match result {
                Ok(Ok(mut session)) => {
                    session.resilience.start();
                    return Ok(session);
                }
                Ok(Err(e)) => e,
                Err(_) => login::deadline_error(&settings, attempt_deadline, progress.phase),
            };
            if progress.forecast_failed && settings.forecast {
                // Stanzas rode on a forecast the server proved wrong: once
                // more on a new connection, waiting for its features.
                forecast::proved_wrong(&error);
                settings.forecast = false;
                continue;
            }
            let retry_at = Instant::now() + backoff;
            if !error.transient || attempt >= settings.retry || retry_at >= settings.deadline {
                return Err(error);
            }
            attempt += 1;
            diag::phase(format_args!(
                "{error}; retrying in {} ms (attempt {} of {})",
                backoff.as_millis(),
                attempt + 1,
                settings.retry + 1
            ));
            tokio::time::sleep_until(retry_at.into()).await;
            backoff *= 2;
        }
    }

    /// A session on a stream about to bind `jid` (see `login`).
    fn new(stream: XmlIo, jid: FullJid, settings: &SessionSettings, ids: StanzaIds) -> Session {
        Session {
            stream,
            jid,
            sm: StreamManagement::off(),
            inbox: Inbox::default(),
            awaited: HashMap::new(),
            owed: Vec::new(),
            refusal: None,
            outbound: Outbound::default(),
            pings: HashMap::new(),
            ping_refused: false,
            timeout: settings.timeout,
            deadline: settings.deadline,
            ids,
            footer: Footer::Unsent,
            forecast_failed: false,
            probe: None,
            forecast: None,
            resilience: recover::Resilience::new(settings),
            awaiting: None,
            token_refused: false,
        }
    }

    /// The bound full JID.
    pub fn jid(&self) -> &FullJid {
        &self.jid
    }

    /// Whether XEP-0198 is on (the server answered `<enable/>`).
    pub fn stream_management_on(&self) -> bool {
        self.sm.is_on()
    }

    /// The account's server, as an address for IQs to it.
    pub fn server(&self) -> Jid {
        server_of(self.jid.domain())
    }

    /// `--timeout`, for commands that give each wait its own deadline.
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// A fresh stanza id, unique within the session and hard to guess.
    pub fn new_id(&mut self) -> String {
        self.ids.next_id()
    }

    /// Move the end of the run later: long-running commands live as long
    /// as their input or their count and bound each wait themselves.
    pub fn extend_deadline(&mut self, deadline: Instant) {
        self.deadline = self.deadline.max(deadline);
    }

    /// Queue a stanza without flushing (pipelining); see [`Session::flush`].
    /// Returns its ticket for [`Session::confirmed`]; a stanza keeps it
    /// across reconnects (a lost connection sends it again).
    pub async fn feed(&mut self, stanza: Element) -> Result<u64> {
        match self.write_stanza(stanza, None).await {
            Ok(ticket) => Ok(ticket),
            Err(e) => {
                let ticket = self.outbound.last_ticket();
                self.recover(e).await?;
                Ok(ticket)
            }
        }
    }

    /// Count and log a stanza, then write it. Logged first: a stanza whose
    /// write fails is still among those to send again.
    async fn write_stanza(&mut self, stanza: Element, ticket: Option<u64>) -> Result<u64> {
        let ticket = self.record_stanza(stanza.clone(), ticket);
        self.write(&stanza).await?;
        Ok(ticket)
    }

    /// Count and log a stanza about to be written (or just queued with a
    /// header); returns its ticket.
    fn record_stanza(&mut self, stanza: Element, ticket: Option<u64>) -> u64 {
        let sequence = self.sm.stanza_fed();
        let ticket = match ticket {
            Some(ticket) => {
                self.outbound.rerecord(ticket, sequence, stanza.clone());
                ticket
            }
            None => self.outbound.record(sequence, stanza.clone()),
        };
        if let Some(ping) = stanza.attr("id").and_then(|id| self.pings.get_mut(id)) {
            *ping = ticket;
        }
        ticket
    }

    async fn write(&mut self, element: &Element) -> Result<()> {
        diag::xml("send", element);
        match timeout_at(self.write_deadline().into(), self.stream.feed(element)).await {
            Ok(result) => result.map_err(|e| lost("while sending", &e)),
            Err(_) => Err(write_stalled()),
        }
    }

    fn write_deadline(&self) -> Instant {
        self.deadline.min(Instant::now() + self.timeout)
    }

    /// Ask the server to confirm everything fed so far: a XEP-0198 `<r/>`,
    /// else a ping after it (written with the next flush).
    pub fn request_confirmation(&mut self) {
        if self.sm.counting() {
            self.sm.want_ack();
            return;
        }
        let last = self.outbound.last_ticket();
        let covered = self.pings.values().any(|&t| t == 0 || t >= last);
        if !covered {
            self.queue_ping();
        }
    }

    /// A ping to the server, written with the next flush; its answer
    /// confirms everything written before it.
    fn queue_ping(&mut self) {
        let id = self.new_id();
        self.pings.insert(id.clone(), 0);
        self.owed.push(server_ping(&id, self.server()));
    }

    /// How the stanza with this ticket was confirmed, once it was.
    pub fn confirmed(&self, ticket: u64) -> Option<Confirmation> {
        (ticket <= self.outbound.confirmed()).then(|| match () {
            _ if self.sm.is_on() => Confirmation::Ack,
            _ if self.ping_refused => Confirmation::PingError,
            _ => Confirmation::Ping,
        })
    }

    /// Write everything fed and owed. First reads whatever the server sent
    /// already: an ack that arrived before these stanzas went out cannot
    /// cover them, and must not be read as if it came after.
    pub async fn flush(&mut self) -> Result<()> {
        loop {
            match self.flush_once().await {
                Err(e) => self.recover(e).await?,
                done => return done,
            }
        }
    }

    async fn flush_once(&mut self) -> Result<()> {
        let ready = self.read_ready();
        self.end_refused(ready).await?;
        if self.footer == Footer::Sent {
            // Nothing may follow our footer; the server is closing too.
            self.owed.clear();
            return Ok(());
        }
        // Without stream management nothing confirms stanzas but pings:
        // ask now and then, so the log of unconfirmed ones stays short.
        if !self.sm.counting() && self.outbound.unconfirmed() > UNCONFIRMED_PER_PING {
            self.request_confirmation();
        }
        while let Some(element) = self.owed.first().cloned() {
            if is_stanza(&element) {
                self.write_stanza(element, None).await?;
            } else {
                self.write(&element).await?;
            }
            self.owed.remove(0);
        }
        if self.sm.request_owed() {
            self.write(&Element::builder("r", ns::SM).build()).await?;
            self.sm.request_fed();
        }
        if self.footer == Footer::Due {
            self.stream.get_stream().get_ref().queue_footer();
        }
        let flushed = timeout_at(
            self.write_deadline().into(),
            SinkExt::<&Element>::flush(&mut self.stream),
        )
        .await;
        match flushed {
            Ok(result) => result.map_err(|e| lost("while sending", &e))?,
            Err(_) => return Err(write_stalled()),
        }
        self.sm.flushed();
        if self.footer == Footer::Due {
            self.footer = Footer::Sent;
        }
        Ok(())
    }

    pub async fn send(&mut self, stanza: Element) -> Result<()> {
        self.feed(stanza).await?;
        self.flush().await
    }

    /// The driver: until `ready` yields something, write what is owed,
    /// read one element and apply it. `Ok(None)` once `until` (or the end
    /// of the run) passes. `ready` sees the session's state between
    /// elements, so a condition holds whatever the arrival order.
    pub async fn wait_until<T>(
        &mut self,
        until: Instant,
        mut ready: impl FnMut(&mut Session) -> Option<T>,
    ) -> Result<Option<T>> {
        let until = until.min(self.deadline);
        loop {
            if let Some(value) = ready(self) {
                return Ok(Some(value));
            }
            if self.owes() {
                self.flush().await?;
                continue;
            }
            match self.pump(until).await {
                Ok(true) => {}
                Ok(false) => return Ok(None),
                Err(e) => self.recover(e).await?,
            }
        }
    }

    /// Whether replies or an ack request wait to be written ([`Session::flush`]).
    pub fn owes(&self) -> bool {
        self.footer != Footer::Sent
            && (!self.owed.is_empty() || self.sm.request_owed() || self.footer == Footer::Due)
    }

    /// Read and apply one element (or note that a keepalive is due);
    /// `false` once `until` passes. Writes nothing (except the stream error
    /// that ends a violation), so it can race other inputs in a `select!`
    /// and be dropped safely; a lost connection is the caller's to
    /// [`Session::recover`] from, outside the race.
    pub async fn pump(&mut self, until: Instant) -> Result<bool> {
        let read = self.read_until(until.min(self.deadline)).await;
        match self.end_refused(read).await? {
            Read::Element(element) => {
                let applied = self.apply(element);
                self.end_refused(applied).await?;
                Ok(true)
            }
            Read::KeepaliveDue => Ok(true),
            Read::Until => Ok(false),
        }
    }

    /// [`Session::wait_until`] the end of the run; passing it is a timeout
    /// error naming what we were `waiting_for`.
    pub async fn wait_for<T>(
        &mut self,
        waiting_for: &str,
        ready: impl FnMut(&mut Session) -> Option<T>,
    ) -> Result<T> {
        match self.wait_until(self.deadline, ready).await? {
            Some(value) => Ok(value),
            None => Err(timeout_error(waiting_for)),
        }
    }

    /// The oldest stanza for the command that `wanted` accepts, taken out
    /// of the inbox (the others stay, in order).
    pub fn take_stanza(&mut self, wanted: impl Fn(&Element) -> bool) -> Option<Element> {
        self.inbox.take(wanted)
    }

    /// Like [`Session::take_stanza`], but the stanza stays waiting (and
    /// unacknowledged) until taken: for a command that may fail to deliver
    /// it (stdout gone).
    pub fn peek_stanza(&self, wanted: impl Fn(&Element) -> bool) -> Option<&Element> {
        self.inbox.peek(wanted)
    }

    /// Send an IQ and wait for its response (result or error).
    pub async fn request(&mut self, iq: Iq) -> Result<Element> {
        let id = iq.id().to_string();
        self.expect_answer(&id, iq_to(&iq));
        self.send(iq.into()).await?;
        let mut answers = self.await_answers(&[id]).await?;
        Ok(answers.pop().expect("one answer per request"))
    }

    /// Register the IQ `id`, sent `to`, as awaiting an answer (before it
    /// is written, so an answer can never arrive unclaimed).
    pub fn expect_answer(&mut self, id: &str, to: Option<Jid>) {
        let awaited = Awaited { to, answer: None };
        self.awaited.insert(id.to_string(), awaited);
    }

    /// The answer to the IQ `id` (registered with
    /// [`Session::expect_answer`]) once it has come, for a wait that also
    /// takes other stanzas (MAM results arrive before their IQ result).
    pub fn take_answer(&mut self, id: &str) -> Option<Element> {
        self.awaited.get(id)?.answer.as_ref()?;
        self.awaited.remove(id)?.answer
    }

    /// The answers to IQs registered with [`Session::expect_answer`], in
    /// the order of `ids`; a timeout names every IQ still unanswered.
    pub async fn await_answers(&mut self, ids: &[String]) -> Result<Vec<Element>> {
        let all_answered = |s: &mut Session| {
            ids.iter()
                .all(|id| s.awaited.get(id).is_some_and(|a| a.answer.is_some()))
                .then_some(())
        };
        if self
            .wait_until(self.deadline, all_answered)
            .await?
            .is_none()
        {
            let missing: Vec<&str> = ids
                .iter()
                .filter(|id| self.awaited.get(*id).is_some_and(|a| a.answer.is_none()))
                .map(String::as_str)
                .collect();
            return Err(timeout_error(&format!(
                "waiting for the answer to IQ {}",
                missing.join(", ")
            )));
        }
        Ok(ids
            .iter()
            .filter_map(|id| self.awaited.remove(id)?.answer)
            .collect())
    }

    /// Send an IQ get/set and return the payload of its result; an error
    /// response becomes a refusal (exit 7) naming `what` and the condition.
    pub async fn query(&mut self, iq: Iq, what: &str) -> Result<Option<Element>> {
        let response = self.request(iq).await?;
        if response.attr("type") == Some("error") {
            return Err(conditions::stanza_error(what, &response));
        }
        Ok(response.children().next().cloned())
    }

    /// Prove the server has taken every stanza sent so far: a XEP-0198 ack
    /// when stream management is on, else an IQ ping round trip.
    pub async fn confirm(&mut self) -> Result<Confirmation> {
        // Stanzas written while waiting (replies to the server's own
        // requests) are not part of what the caller asked to confirm, nor
        // is the errand's probe (written right after its stanzas).
        let last = self.outbound.last_ticket();
        let target = match &self.probe {
            Some(probe) if probe.ticket == last => last - 1,
            _ => last,
        };
        self.request_confirmation();
        let confirmed = self
            .wait_for("waiting for the server to confirm what was sent", |s| {
                let confirmed = s.confirmed(target);
                if confirmed.is_none() && !s.sm.counting() {
                    // <failed/> after our stanzas went out: a ping covers them.
                    s.request_confirmation();
                }
                confirmed
            })
            .await?;
        if confirmed == Confirmation::PingError {
            diag::phase("the server answered the ping with an error; it read what came before");
        }
        Ok(confirmed)
    }

    /// Leave politely: the final ack, unavailable presence,
    /// `</stream:stream>`, and a short wait for the server's own close.
    /// Returns stanzas nobody consumed (including any that arrived during
    /// the close), so a caller can still see late bounces.
    pub async fn close(mut self) -> Result<Vec<Element>> {
        // Leaving: a connection lost now is not worth a reconnect.
        self.resilience.stop();
        let observed = self
            .probe
            .as_ref()
            .and_then(|p| p.observed(self.outbound.confirmed()));
        if let (Some(forecast), Some(in_order)) = (self.forecast.as_mut(), observed) {
            forecast.keep_answers_in_order(in_order);
        }
        if self.footer == Footer::Sent {
            // The errand left already; only the server's close is to come.
            let mut late = Vec::new();
            let grace = Instant::now() + CLOSE_GRACE;
            let _ = timeout_at(grace.into(), self.read_to_close(&mut late)).await;
            let mut left = self.inbox.into_vec();
            left.extend(late);
            return Ok(left);
        }
        // The final ack tells the server what we handled; a message left
        // unread is not in it, so a XEP-0198 server keeps it (offline).
        if self.sm.is_on() {
            let handled = self.inbox.handled_at_close(self.sm.received());
            let _ = self.write(&sm_ack(handled)).await;
        }
        let unavailable = Element::builder("presence", NS_CLIENT)
            .attr(xml::name("type"), "unavailable")
            .build();
        // The connection may already be gone; closing is best effort.
        self.owed.clear();
        if self.send(unavailable).await.is_ok() {
            let grace = self
                .deadline
                .max(Instant::now())
                .min(Instant::now() + CLOSE_GRACE);
            let mut late = Vec::new();
            let _ = timeout_at(grace.into(), self.finish_close(&mut late)).await;
            let mut left = self.inbox.into_vec();
            left.extend(late);
            return Ok(left);
        }
        Ok(self.inbox.into_vec())
    }

    /// Close after a failure, best effort: the failure is what gets
    /// reported, and a stream left open would linger on the server.
    pub async fn abandon(self) {
        let _ = self.close().await;
    }

    async fn finish_close(&mut self, late: &mut Vec<Element>) {
        diag::trace("send </stream:stream>");
        // The server may have closed first (Prosody does on our footer);
        // what it sent before that is still worth reading.
        let _ = self.stream.shutdown().await;
        self.read_to_close(late).await;
    }

    /// Read to the server's `</stream:stream>`, keeping the stanzas.
    async fn read_to_close(&mut self, late: &mut Vec<Element>) {
        while let Some(item) = self.stream.next().await {
            match item {
                Ok(element) => {
                    diag::xml("recv", &element);
                    if is_stanza(&element) {
                        late.push(element);
                    }
                }
                Err(ReadError::SoftTimeout) => continue,
                Err(ReadError::StreamFooterReceived) => {
                    diag::trace("recv </stream:stream>");
                    return;
                }
                Err(_) => return,
            }
        }
    }

    /// Read one element, unless `until` passes or a keepalive is due first.
    async fn read_until(&mut self, until: Instant) -> Result<Read> {
        loop {
            let keepalive = self.resilience.keepalive_at();
            let wake = keepalive.map_or(until, |at| at.min(until));
            match timeout_at(wake.into(), self.stream.next()).await {
                Err(_) if keepalive.is_some_and(|at| at <= wake) && wake < until => {
                    self.keep_alive()?;
                    return Ok(Read::KeepaliveDue);
                }
                Err(_) => return Ok(Read::Until),
                Ok(item) => {
                    if let Some(element) = self.received(item)? {
                        self.resilience.heard();
                        return Ok(Read::Element(element));
                    }
                }
            }
        }
    }

    /// Apply every element the server sent that is already here, without
    /// waiting for more.
    fn read_ready(&mut self) -> Result<()> {
        while let Some(item) = self.stream.next().now_or_never() {
            if let Some(element) = self.received(item)? {
                self.apply(element)?;
            }
        }
        Ok(())
    }

    /// One item off the stream: an element, or nothing yet (a soft timeout).
    fn received(
        &mut self,
        item: Option<std::result::Result<Element, ReadError>>,
    ) -> Result<Option<Element>> {
        match item {
            Some(Ok(element)) => {
                diag::xml("recv", &element);
                Ok(Some(element))
            }
            Some(Err(ReadError::SoftTimeout)) => Ok(None),
            Some(Err(ReadError::StreamFooterReceived)) | None => {
                Err(Error::network("the server closed the stream"))
            }
            Some(Err(ReadError::HardError(e))) => match guard::limit_error(&e) {
                Some(limit) => {
                    self.refuse_stream("policy-violation", None);
                    Err(limit)
                }
                None => Err(lost("while reading", &e)),
            },
            Some(Err(ReadError::ParseError(e))) => {
                Err(Error::network(format!("the server sent invalid XML: {e}")))
            }
        }
    }

    /// Update the session's state with one element from the server.
    fn apply(&mut self, element: Element) -> Result<()> {
        if let Some(awaiting) = self.awaiting.take() {
            return self.authentication_ended(awaiting, &element);
        }
        if element.ns() == ns::SM {
            return self.apply_sm(&element);
        }
        if element.is("error", ns::STREAM) {
            return Err(conditions::stream_error(&element));
        }
        if !is_stanza(&element) {
            return Ok(());
        }
        let sequence = self.sm.stanza_received();
        if element.name() == "iq" {
            match element.attr("type") {
                Some("get" | "set") => {
                    if let Some(reply) = answers::reply_to(&element, &self.jid.to_bare()) {
                        self.owed.push(reply);
                    }
                    return Ok(());
                }
                Some(kind @ ("result" | "error")) => {
                    if let Some(ticket) = element.attr("id").and_then(|id| self.pings.remove(id)) {
                        let confirmed = self.outbound.confirmed();
                        if let Some(probe) = self.probe.as_mut().filter(|p| p.ticket == ticket) {
                            probe.in_order = Some(confirmed < ticket);
                        }
                        self.outbound.confirmed_through(ticket);
                        self.ping_refused = kind == "error";
                        return Ok(());
                    }
                    let own = &self.jid;
                    let awaited = element
                        .attr("id")
                        .and_then(|id| self.awaited.get_mut(id))
                        .filter(|a| {
                            a.answer.is_none() && is_answer_from(&element, a.to.as_ref(), own)
                        });
                    if let Some(awaited) = awaited {
                        awaited.answer = Some(element);
                    }
                    // An answer nobody waits for (or from the wrong
                    // sender) is handled by being dropped.
                    return Ok(());
                }
                _ => {}
            }
        }
        self.inbox.push(sequence, element).map_err(|overflow| {
            self.refuse_stream("policy-violation", None);
            Error::network(format!(
                "the server sent {} stanzas ({} KiB) that nothing asked for; stopped reading",
                overflow.stanzas,
                overflow.bytes / 1024
            ))
            .with_condition("policy-violation")
        })
    }

    fn apply_sm(&mut self, element: &Element) -> Result<()> {
        let checked = match element.name() {
            "enabled" => {
                let resumable = matches!(element.attr("resume"), Some("true" | "1"));
                let id = element.attr("id").filter(|_| resumable);
                self.sm.enabled(id).map(|()| {
                    diag::phase("stream management (XEP-0198) enabled");
                })
            }
            "failed" if self.footer == Footer::Sent => {
                // We left already, so no ping can follow: once more, on a
                // new connection.
                self.sm.failed();
                self.forecast_failed = true;
                return Err(Error::network(
                    "the server refused stream management after our stanzas went out",
                ));
            }
            "failed" => {
                diag::phase("stream management refused; confirming with a ping instead");
                self.sm.failed();
                Ok(())
            }
            "r" if self.sm.is_on() => {
                let handled = self.inbox.handled(self.sm.received());
                self.owed.push(sm_ack(handled));
                Ok(())
            }
            "a" => self.sm.ack(element.attr("h")).map(|()| {
                self.outbound.acked(self.sm.acked());
            }),
            _ => Ok(()),
        };
        checked.map_err(|violation| {
            let detail = match &violation {
                Violation::TooHigh { h, written } => {
                    let mut too_high = Element::builder("handled-count-too-high", ns::SM).build();
                    xml::set_attr(&mut too_high, "h", h.to_string());
                    xml::set_attr(&mut too_high, "send-count", written.to_string());
                    Some(too_high)
                }
                _ => None,
            };
            self.refuse_stream("undefined-condition", detail);
            Error::network(violation.describe()).with_condition("undefined-condition")
        })
    }

    /// Note the stream error that ends the stream over a server's protocol
    /// violation; [`Session::end_refused`] writes it.
    fn refuse_stream(&mut self, condition: &str, detail: Option<Element>) {
        self.refusal = Some(connect::stream_error(condition, detail));
    }

    /// Pass `result` on; when it failed over a violation, first send the
    /// stream error and the footer (best effort, briefly).
    async fn end_refused<T>(&mut self, result: Result<T>) -> Result<T> {
        if let (Err(_), Some(error)) = (&result, self.refusal.take()) {
            connect::leave_with_stream_error(&mut self.stream, &error).await;
        }
        result
    }
}

/// A domain as the address of its server.
fn server_of(domain: &xmpp_parsers::jid::DomainRef) -> Jid {
    Jid::from(BareJid::from_parts(None, domain))
}

/// An XEP-0199 ping to the server: its answer confirms everything
/// written before it.
fn server_ping(id: &str, server: Jid) -> Element {
    Iq::from_get(id.to_string(), Ping).with_to(server).into()
}

fn timeout_error(waiting_for: &str) -> Error {
    Error::timeout(format!("timed out {waiting_for}"))
        .with_hint("raise the deadline with --timeout SECS")
}
/// XEP-0198 `<a h='…'/>`: how many stanzas we have handled.
fn sm_ack(received: u32) -> Element {
    let mut ack = Element::builder("a", ns::SM).build();
    xml::set_attr(&mut ack, "h", received.to_string());
    ack
}

fn is_stanza(element: &Element) -> bool {
    element.ns() == NS_CLIENT && matches!(element.name(), "message" | "presence" | "iq")
}

fn iq_to(iq: &Iq) -> Option<Jid> {
    match iq {
        Iq::Get { to, .. } | Iq::Set { to, .. } | Iq::Result { to, .. } | Iq::Error { to, .. } => {
            to.clone()
        }
    }
}

/// RFC 6120 8.1.2.1: a response (its id already matched) comes from the
/// entity addressed: our server or our own bare JID when there was no `to`.
fn is_answer_from(stanza: &Element, to: Option<&Jid>, own: &FullJid) -> bool {
    let from = stanza.attr("from").and_then(|f| f.parse::<Jid>().ok());
    let own_bare = own.to_bare();
    match (to, from) {
        (_, None) => true,
        (None, Some(from)) => {
            from.to_bare() == own_bare || from.as_str() == own_bare.domain().as_str()
        }
        (Some(to), Some(from)) => {
            &from == to || (to.to_bare() == own_bare && from.to_bare() == own_bare)
        }
    }
}

fn write_stalled() -> Error {
    Error::timeout("timed out while sending (the server stopped reading)")
}

fn lost(when: &str, e: &std::io::Error) -> Error {
    Error::network(format!(
        "connection lost {when}: {}",
        crate::error::io_reason(e)
    ))
}
