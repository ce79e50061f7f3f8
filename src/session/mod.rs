//! One short-lived authenticated XMPP session: resolve, connect, TLS, SASL,
//! bind, stream management, IQ tracking and a polite close, all under one
//! deadline for the run.
//!
//! tokio-xmpp's high-level `Client` reconnects forever, hides errors and can
//! downgrade SASL to PLAIN, so this layer drives its `xmlstream` itself and
//! keeps every element as a raw `Element` (typed on demand by the caller).

mod answers;
pub mod conditions;
pub mod connect;
pub mod guard;
mod login;
mod pipeline;
pub mod resolve;
pub mod sasl;
pub mod tls;
mod transport;

use std::collections::VecDeque;
use std::time::{Duration, Instant};

use futures::{SinkExt, StreamExt};
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
use crate::secret::Password;
use crate::xml;
use connect::{NS_CLIENT, XmlIo};
use resolve::{ServerAddr, TlsMode};
use tls::TrustSettings;
use transport::Budget;

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
    pub password: Password,
    pub resource: String,
    pub server: Option<ServerAddr>,
    pub tls_mode: TlsMode,
    pub trust: TrustSettings,
    pub connect_timeout: Duration,
    pub retry: u32,
    /// The end of the whole run (`--timeout`).
    pub deadline: Instant,
}

/// How the server proved it took what we sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirmation {
    /// A XEP-0198 `<a/>` covering every stanza sent.
    Ack,
    /// An IQ ping answered after everything sent before it.
    Ping,
}

impl Confirmation {
    pub fn name(self) -> &'static str {
        match self {
            Confirmation::Ack => "ack",
            Confirmation::Ping => "ping",
        }
    }
}

/// XEP-0198 state. Counting starts when `<enable/>` is sent (outbound) and
/// when `<enabled/>` arrives (inbound), as the XEP says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum StreamManagement {
    Off,
    Requested {
        sent: u32,
    },
    On {
        sent: u32,
        acked: u32,
        received: u32,
    },
}

pub struct Session {
    stream: XmlIo,
    budget: Budget,
    jid: FullJid,
    sm: StreamManagement,
    /// Stanzas read while waiting for something else, in arrival order.
    inbox: VecDeque<Element>,
    deadline: Instant,
    id_prefix: String,
    next_id: u64,
}

impl Session {
    /// Connect and log in, retrying transient connection failures with
    /// backoff (never after an authentication failure).
    pub async fn open(settings: &SessionSettings) -> Result<Session> {
        let mut backoff = Duration::from_millis(500);
        let mut attempt = 0;
        loop {
            let attempt_deadline = settings
                .deadline
                .min(Instant::now() + settings.connect_timeout);
            let mut phase = "resolving the server";
            let result = timeout_at(
                attempt_deadline.into(),
                login::establish(settings, &mut phase),
            )
            .await;
            let error = match result {
                Ok(Ok(session)) => return Ok(session),
                Ok(Err(e)) => e,
                Err(_) => login::deadline_error(settings, attempt_deadline, phase),
            };
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

    /// The bound full JID.
    pub fn jid(&self) -> &FullJid {
        &self.jid
    }

    /// The account's server, as an address for IQs to it.
    pub fn server(&self) -> Jid {
        Jid::from(BareJid::from_parts(None, self.jid.domain()))
    }

    /// A fresh stanza id, unique within the session and hard to guess.
    pub fn new_id(&mut self) -> String {
        self.next_id += 1;
        format!("{}{}", self.id_prefix, self.next_id)
    }

    /// Queue a stanza without flushing (pipelining); see [`Session::flush`].
    /// Returns its XEP-0198 sequence number when stream management counts.
    pub async fn feed(&mut self, stanza: Element) -> Result<Option<u32>> {
        diag::xml("send", &stanza);
        let mut sequence = None;
        if is_stanza(&stanza) {
            match &mut self.sm {
                StreamManagement::Requested { sent } | StreamManagement::On { sent, .. } => {
                    *sent += 1;
                    sequence = Some(*sent);
                }
                StreamManagement::Off => {}
            }
        }
        match timeout_at(self.deadline.into(), self.stream.feed(&stanza)).await {
            Ok(result) => result.map_err(|e| lost("while sending", &e))?,
            Err(_) => return Err(write_stalled()),
        }
        Ok(sequence)
    }

    /// Queue a XEP-0198 `<r/>` when stream management is on.
    pub async fn request_ack(&mut self) -> Result<()> {
        if self.sm != StreamManagement::Off {
            self.feed(Element::builder("r", ns::SM).build()).await?;
        }
        Ok(())
    }

    /// The count of our stanzas the server has acknowledged so far.
    pub fn acked(&self) -> Option<u32> {
        match self.sm {
            StreamManagement::On { acked, .. } => Some(acked),
            _ => None,
        }
    }

    /// Move the end of the run (for streams whose length the input sets).
    pub fn extend_deadline(&mut self, deadline: Instant) {
        self.deadline = self.deadline.max(deadline);
    }

    /// Stanzas received but not yet consumed.
    pub fn take_inbox(&mut self) -> Vec<Element> {
        self.inbox.drain(..).collect()
    }

    pub async fn flush(&mut self) -> Result<()> {
        match timeout_at(
            self.deadline.into(),
            SinkExt::<&Element>::flush(&mut self.stream),
        )
        .await
        {
            Ok(result) => result.map_err(|e| lost("while sending", &e)),
            Err(_) => Err(write_stalled()),
        }
    }

    pub async fn send(&mut self, stanza: Element) -> Result<()> {
        self.feed(stanza).await?;
        self.flush().await
    }

    /// The next stanza addressed to us (message, presence, or an IQ
    /// response), waiting at most until the run's deadline.
    pub async fn next_stanza(&mut self, waiting_for: &str) -> Result<Element> {
        match self.next_stanza_until(self.deadline).await? {
            Some(stanza) => Ok(stanza),
            None => Err(self.timeout_error(waiting_for)),
        }
    }

    /// Like [`Session::next_stanza`], but `Ok(None)` once `until` (or the
    /// run's deadline) passes, leaving the caller to decide what that means.
    pub async fn next_stanza_until(&mut self, until: Instant) -> Result<Option<Element>> {
        if let Some(stanza) = self.inbox.pop_front() {
            return Ok(Some(stanza));
        }
        let until = until.min(self.deadline);
        loop {
            let Some(element) = self.read_until(until).await? else {
                return Ok(None);
            };
            if let Some(stanza) = self.handle(element).await? {
                return Ok(Some(stanza));
            }
        }
    }

    fn timeout_error(&self, waiting_for: &str) -> Error {
        Error::timeout(format!("timed out {waiting_for}"))
            .with_hint("raise the deadline with --timeout SECS")
    }

    /// Send an IQ and wait for its response (result or error), keeping
    /// whatever else arrives meanwhile for later.
    pub async fn request(&mut self, iq: Iq) -> Result<Element> {
        let to = iq_to(&iq);
        let id = iq.id().to_string();
        self.send(iq.into()).await?;
        self.await_response(&id, to.as_ref()).await
    }

    /// Wait for the response to an IQ sent earlier.
    pub async fn await_response(&mut self, id: &str, to: Option<&Jid>) -> Result<Element> {
        let mut answers = self
            .await_responses(&[(id.to_string(), to.cloned())])
            .await?;
        Ok(answers.pop().expect("one answer per request"))
    }

    /// Wait for the responses to IQs sent earlier (pipelined), returned in
    /// request order; a timeout names every IQ still unanswered.
    pub async fn await_responses(
        &mut self,
        requests: &[(String, Option<Jid>)],
    ) -> Result<Vec<Element>> {
        let mut answers: Vec<Option<Element>> = vec![None; requests.len()];
        let mut unclaimed = VecDeque::new();
        let mut incoming = std::mem::take(&mut self.inbox);
        loop {
            let stanza = match incoming.pop_front() {
                Some(stanza) => stanza,
                None if answers.iter().all(Option::is_some) => break,
                None => {
                    let Some(element) = self.read_until(self.deadline).await? else {
                        let missing: Vec<&str> = requests
                            .iter()
                            .zip(&answers)
                            .filter(|(_, answer)| answer.is_none())
                            .map(|((id, _), _)| id.as_str())
                            .collect();
                        self.inbox = unclaimed;
                        return Err(self.timeout_error(&format!(
                            "waiting for the answer to IQ {}",
                            missing.join(", ")
                        )));
                    };
                    match self.handle(element).await? {
                        Some(stanza) => stanza,
                        None => continue,
                    }
                }
            };
            let matching = requests
                .iter()
                .zip(&answers)
                .position(|((id, to), answer)| {
                    answer.is_none() && is_response_to(&stanza, id, to.as_ref(), &self.jid)
                });
            match matching {
                Some(index) => answers[index] = Some(stanza),
                None => unclaimed.push_back(stanza),
            }
        }
        self.inbox = unclaimed;
        Ok(answers
            .into_iter()
            .map(|a| a.expect("all answered"))
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
        if self.sm != StreamManagement::Off {
            self.request_ack().await?;
            self.flush().await?;
            loop {
                match self.sm {
                    StreamManagement::On { sent, acked, .. } if acked >= sent => {
                        return Ok(Confirmation::Ack);
                    }
                    StreamManagement::Off => break, // <failed/>: fall back to a ping
                    _ => {}
                }
                let element = self
                    .read_or_timeout("waiting for the server to acknowledge (XEP-0198)")
                    .await?;
                if let Some(stanza) = self.handle(element).await? {
                    self.inbox.push_back(stanza);
                }
            }
        }
        let id = self.new_id();
        let server = self.server();
        self.request(Iq::from_get(id, Ping).with_to(server)).await?;
        Ok(Confirmation::Ping)
    }

    /// Leave politely: unavailable presence, `</stream:stream>`, and a short
    /// wait for the server's own close. Returns stanzas nobody consumed
    /// (including any that arrived during the close), so a caller can still
    /// see late bounces.
    pub async fn close(mut self) -> Result<Vec<Element>> {
        // A final ack tells the server what we handled; without it, a
        // XEP-0198 server re-queues what it sent us (offline messages
        // would come back next time).
        if let StreamManagement::On { received, .. } = self.sm {
            let _ = self.feed(sm_ack(received)).await;
        }
        let unavailable = Element::builder("presence", NS_CLIENT)
            .attr(xml::name("type"), "unavailable")
            .build();
        // The connection may already be gone; closing is best effort.
        if self.send(unavailable).await.is_ok() {
            let grace = self
                .deadline
                .max(Instant::now())
                .min(Instant::now() + CLOSE_GRACE);
            let _ = timeout_at(grace.into(), self.finish_close()).await;
        }
        Ok(self.inbox.into())
    }

    async fn finish_close(&mut self) {
        diag::trace("send </stream:stream>");
        // The server may have closed first (Prosody does on our footer);
        // what it sent before that is still worth reading.
        let _ = self.stream.shutdown().await;
        while let Some(item) = self.stream.next().await {
            match item {
                Ok(element) => {
                    diag::xml("recv", &element);
                    if is_stanza(&element) {
                        self.inbox.push_back(element);
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

    /// Read one element, `Ok(None)` when `until` passes.
    async fn read_until(&mut self, until: Instant) -> Result<Option<Element>> {
        loop {
            match timeout_at(until.into(), self.stream.next()).await {
                Err(_) => return Ok(None),
                Ok(Some(Ok(element))) => {
                    self.budget.reset();
                    diag::xml("recv", &element);
                    return Ok(Some(element));
                }
                Ok(Some(Err(ReadError::SoftTimeout))) => continue,
                Ok(Some(Err(ReadError::StreamFooterReceived))) | Ok(None) => {
                    return Err(Error::network("the server closed the stream"));
                }
                Ok(Some(Err(ReadError::HardError(e)))) => {
                    return Err(lost("while reading", &e));
                }
                Ok(Some(Err(ReadError::ParseError(e)))) => {
                    return Err(Error::network(format!("the server sent invalid XML: {e}")));
                }
            }
        }
    }

    async fn read_or_timeout(&mut self, waiting_for: &str) -> Result<Element> {
        match self.read_until(self.deadline).await? {
            Some(element) => Ok(element),
            None => Err(self.timeout_error(waiting_for)),
        }
    }

    /// Deal with stream-level elements and requests the session answers by
    /// itself; hand back stanzas meant for the command.
    async fn handle(&mut self, element: Element) -> Result<Option<Element>> {
        if element.ns() == ns::SM {
            self.handle_sm(&element).await?;
            return Ok(None);
        }
        if element.is("error", ns::STREAM) {
            return Err(conditions::stream_error(&element));
        }
        if !is_stanza(&element) {
            return Ok(None);
        }
        if let StreamManagement::On { received, .. } = &mut self.sm {
            *received = received.wrapping_add(1);
        }
        if element.name() == "iq" && matches!(element.attr("type"), Some("get" | "set")) {
            self.answer_request(&element).await?;
            return Ok(None);
        }
        Ok(Some(element))
    }

    async fn handle_sm(&mut self, element: &Element) -> Result<()> {
        match (element.name(), self.sm) {
            ("enabled", StreamManagement::Requested { sent }) => {
                diag::phase("stream management (XEP-0198) enabled");
                self.sm = StreamManagement::On {
                    sent,
                    acked: 0,
                    received: 0,
                };
            }
            ("failed", _) => {
                diag::phase("stream management refused; confirming with a ping instead");
                self.sm = StreamManagement::Off;
            }
            ("r", StreamManagement::On { received, .. }) => {
                self.send(sm_ack(received)).await?;
            }
            ("a", StreamManagement::On { sent, received, .. }) => {
                let h = element.attr("h").and_then(|h| h.parse::<u32>().ok());
                let Some(h) = h else {
                    return Err(Error::network("the server sent a malformed XEP-0198 ack"));
                };
                self.sm = StreamManagement::On {
                    sent,
                    acked: h,
                    received,
                };
            }
            _ => {}
        }
        Ok(())
    }
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

/// RFC 6120 8.1.2.1: a response carries the request's id and comes from
/// the entity addressed (our server or our own bare JID when no `to`).
fn is_response_to(stanza: &Element, id: &str, to: Option<&Jid>, own: &FullJid) -> bool {
    if stanza.name() != "iq"
        || !matches!(stanza.attr("type"), Some("result" | "error"))
        || stanza.attr("id") != Some(id)
    {
        return false;
    }
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
    Error::network(format!("connection lost {when}: {}", tls::io_reason(e)))
}
