//! `send`: messages with proven delivery. Exit 0 only after the server
//! confirmed every message (XEP-0198 ack, else a ping round trip), and with
//! `--receipt` after each recipient's XEP-0184 receipt.

use std::collections::{BTreeMap, VecDeque};
use std::time::Instant;
use xmpp_parsers::ns;

use xmpp_parsers::{
    jid::Jid,
    message::{Id, Lang, Message, MessageType, Thread},
    minidom::Element,
    receipts::Request as ReceiptRequest,
    stanza_id::OriginId,
};

use super::body::{self, Source};
use super::lines;
use crate::config::{Settings, parse_jid};
use crate::error::{Error, Result};
use crate::records::{DryRun, Sent};
use crate::session::{Errand, Session, StanzaIds, conditions};

/// What to send, as the command line asked.
#[derive(Debug)]
pub struct Request {
    /// TO, then every `--to`.
    pub recipients: Vec<String>,
    pub body: Source,
    pub kind: Kind,
    pub subject: Option<String>,
    pub thread: Option<String>,
    /// Every input line is its own message (`--lines`).
    pub lines: bool,
    pub receipt: bool,
}

/// The message type (RFC 6121 5.2.2) a user may choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Chat,
    Normal,
    Headline,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Chat => "chat",
            Kind::Normal => "normal",
            Kind::Headline => "headline",
        }
    }

    fn message_type(self) -> MessageType {
        match self {
            Kind::Chat => MessageType::Chat,
            Kind::Normal => MessageType::Normal,
            Kind::Headline => MessageType::Headline,
        }
    }
}

/// The fixed parts of every message of this run.
pub struct Template {
    recipients: Vec<Jid>,
    kind: Kind,
    subject: Option<String>,
    thread: Option<String>,
    receipt: bool,
}

impl Template {
    /// Plain chat messages to `recipients` (for `upload --to`).
    pub fn chat(recipients: Vec<Jid>) -> Template {
        Template {
            recipients,
            kind: Kind::Chat,
            subject: None,
            thread: None,
            receipt: false,
        }
    }

    fn from_request(request: &Request) -> Result<Template> {
        Ok(Template {
            recipients: request
                .recipients
                .iter()
                .map(|to| parse_jid(to))
                .collect::<Result<_>>()?,
            kind: request.kind,
            subject: request.subject.clone(),
            thread: request.thread.clone(),
            receipt: request.receipt,
        })
    }

    /// One stanza per recipient for this body (and these payloads).
    fn messages(
        &self,
        body: &str,
        payloads: &[Element],
        mut new_id: impl FnMut() -> String,
    ) -> Vec<Message> {
        self.recipients
            .iter()
            .map(|to| {
                let id = new_id();
                // XEP-0359 origin-id: a message sent again after a fresh
                // login (the server restarted) can be told for a duplicate.
                let mut message =
                    Message::new_with_type(self.kind.message_type(), Some(to.clone()))
                        .with_body(Lang::default(), body.to_string())
                        .with_payload(OriginId { id: id.clone() });
                message.payloads.extend_from_slice(payloads);
                message.id = Some(Id(id));
                if let Some(subject) = &self.subject {
                    message.subjects = BTreeMap::from([(Lang::default(), subject.clone())]);
                }
                if let Some(thread) = &self.thread {
                    message.thread = Some(Thread {
                        parent: None,
                        id: thread.clone(),
                    });
                }
                if self.receipt {
                    message = message.with_payload(ReceiptRequest);
                }
                message
            })
            .collect()
    }
}

fn id_of(message: &Message) -> String {
    message
        .id
        .as_ref()
        .map(|id| id.0.clone())
        .unwrap_or_default()
}

/// `--dry-run`: the stanzas as they would be sent, without connecting.
pub fn dry_run(request: &Request) -> Result<Vec<DryRun>> {
    let template = Template::from_request(request)?;
    let body = body::read(&request.body)?;
    let mut counter = 0;
    let messages = template.messages(&body, &[], || {
        counter += 1;
        format!("dry-run-{counter}")
    });
    Ok(messages
        .iter()
        .map(|message| DryRun {
            to: message.to.as_ref().map(|j| j.to_string()),
            id: id_of(message),
            message_type: template.kind.name(),
            xml: String::from(&Element::from(message.clone())),
        })
        .collect())
}

/// Send, and report each message once confirmed (`report` returns false
/// once nobody reads the output any more).
pub async fn run(
    request: &Request,
    settings: &Settings,
    mut report: impl FnMut(Sent) -> bool,
) -> Result<()> {
    let template = Template::from_request(request)?;
    if request.lines {
        return run_lines(request, &template, settings, report).await;
    }
    let body = body::read(&request.body)?;
    let started = Instant::now();
    let mut stanza_ids = StanzaIds::default();
    let messages = template.messages(&body, &[], || stanza_ids.next_id());
    let ids: Vec<String> = messages.iter().map(id_of).collect();
    let stanzas = messages.iter().map(|m| m.clone().into()).collect();
    // Receipts come after the server's ack: only without them can the
    // session leave in the same flight as its request for the ack.
    let errand = Errand::new(stanza_ids, stanzas, !template.receipt);
    let mut session = super::connect_with(settings, errand).await?;
    let confirmation = session.confirm().await?;
    take_bounce(&mut session, &ids)?;
    let confirmed = if template.receipt {
        await_receipts(&mut session, &messages).await?;
        "receipt"
    } else {
        confirmation.name()
    };
    let late = session.close().await?;
    if let Some(bounce) = late.iter().find(|s| is_bounce(s, &ids)) {
        return Err(bounce_error(bounce));
    }
    crate::diag::phase(format_args!(
        "{} message(s) confirmed ({confirmed}) in {} ms",
        messages.len(),
        started.elapsed().as_millis()
    ));
    for message in &messages {
        if !report(sent_record(message, &template, confirmed)) {
            break;
        }
    }
    Ok(())
}

fn sent_record(message: &Message, template: &Template, confirmed: &'static str) -> Sent {
    Sent {
        to: message
            .to
            .as_ref()
            .map(|j| j.to_string())
            .unwrap_or_default(),
        id: id_of(message),
        message_type: template.kind.name(),
        confirmed,
    }
}

/// A `type="error"` message answering one of ours: a bounce (exit 7).
fn is_bounce(stanza: &Element, ids: &[String]) -> bool {
    stanza.name() == "message"
        && stanza.attr("type") == Some("error")
        && stanza
            .attr("id")
            .is_some_and(|id| ids.iter().any(|i| i == id))
}

/// A bounce waiting in the session for one of `ids`, as the error it is.
fn take_bounce(session: &mut Session, ids: &[String]) -> Result<()> {
    match session.take_stanza(|s| is_bounce(s, ids)) {
        Some(bounce) => Err(bounce_error(&bounce)),
        None => Ok(()),
    }
}

fn bounce_error(bounce: &Element) -> Error {
    let from = bounce.attr("from").unwrap_or("the server");
    conditions::stanza_error(format!("message to {from} bounced"), bounce)
}

/// Wait for a XEP-0184 receipt for every message, each from its recipient.
/// Receipts that came before the server's ack are already waiting.
async fn await_receipts(session: &mut Session, messages: &[Message]) -> Result<()> {
    let mut waiting: Vec<(String, Jid)> = messages
        .iter()
        .filter_map(|m| Some((id_of(m), m.to.clone()?)))
        .collect();
    let ids: Vec<String> = waiting.iter().map(|(id, _)| id.clone()).collect();
    let what = "waiting for a delivery receipt (XEP-0184); is the recipient online with a client that sends receipts?";
    session
        .wait_for(what, |session| {
            if let Err(bounce) = take_bounce(session, &ids) {
                return Some(Err(bounce));
            }
            while let Some(receipt) = session.take_stanza(|s| receipt_index(s, &waiting).is_some())
            {
                if let Some(index) = receipt_index(&receipt, &waiting) {
                    waiting.remove(index);
                }
            }
            waiting.is_empty().then_some(Ok(()))
        })
        .await?
}

/// Which awaited message a stanza is the receipt for: our id, from its
/// recipient (any resource of a bare JID).
fn receipt_index(stanza: &Element, waiting: &[(String, Jid)]) -> Option<usize> {
    let received = stanza.get_child("received", ns::RECEIPTS)?;
    let from = stanza.attr("from")?.parse::<Jid>().ok()?;
    waiting.iter().position(|(id, to)| {
        received.attr("id") == Some(id.as_str()) && (from == *to || from.to_bare() == to.to_bare())
    })
}

/// `--lines`: one session for the whole stream; each line is sent as it
/// arrives and reported once the server acknowledged it.
async fn run_lines(
    request: &Request,
    template: &Template,
    settings: &Settings,
    report: impl FnMut(Sent) -> bool,
) -> Result<()> {
    let input: Box<dyn tokio::io::AsyncRead + Unpin + Send> = match &request.body {
        Source::File(path) => Box::new(
            tokio::fs::File::open(path)
                .await
                .map_err(|e| body::file_error(path, &e))?,
        ),
        Source::Stdin | Source::Text(_) => Box::new(tokio::io::stdin()),
    };
    let started = Instant::now();
    let mut session = super::connect_surviving(settings).await?;
    let mut outbox = Outbox::new(template);
    let ended = match lines::stream(&mut session, &mut outbox, input, report).await {
        Ok(ended) => ended,
        Err(e) => {
            session.abandon().await;
            return Err(e);
        }
    };
    let late = session.close().await?;
    outbox.late_bounce(&late)?;
    crate::diag::phase(format_args!(
        "{} message(s) confirmed in {} ms",
        outbox.confirmed,
        started.elapsed().as_millis()
    ));
    if ended == lines::Ended::Signal {
        return Err(crate::interrupt::interrupted());
    }
    Ok(())
}

/// How many reported ids stay known, so a bounce that comes after the
/// server's ack (a remote domain that does not exist) still fails the run.
const RECENT_IDS: usize = 256;

/// A line's message waiting for the server to confirm it.
struct InFlight {
    message: Message,
    ticket: u64,
    due: Instant,
}

/// Messages posted one by one (`--lines`, `upload --to`), each proven by
/// the server's confirmation.
pub struct Outbox<'t> {
    template: &'t Template,
    in_flight: VecDeque<InFlight>,
    recent: VecDeque<String>,
    /// Messages proven so far, for the final `-v` line.
    confirmed: u64,
}

impl<'t> Outbox<'t> {
    pub fn new(template: &'t Template) -> Outbox<'t> {
        Outbox {
            template,
            in_flight: VecDeque::new(),
            recent: VecDeque::new(),
            confirmed: 0,
        }
    }

    /// A bounce of a recent message among the stanzas left at the close
    /// (a remote domain that does not exist answers after the ack).
    pub fn late_bounce(&self, late: &[Element]) -> Result<()> {
        let recent: Vec<String> = self.recent.iter().cloned().collect();
        match late.iter().find(|s| is_bounce(s, &recent)) {
            Some(bounce) => Err(bounce_error(bounce)),
            None => Ok(()),
        }
    }
}

impl lines::Outbox for Outbox<'_> {
    type Record = Sent;

    async fn post(
        &mut self,
        session: &mut Session,
        line: &str,
        payloads: &[Element],
        due: Instant,
    ) -> Result<()> {
        for message in self.template.messages(line, payloads, || session.new_id()) {
            let ticket = session.feed(message.clone().into()).await?;
            self.in_flight.push_back(InFlight {
                message,
                ticket,
                due,
            });
        }
        session.request_confirmation();
        Ok(())
    }

    fn settle(&mut self, session: &mut Session) -> Result<Vec<Sent>> {
        let ids: Vec<String> = self
            .in_flight
            .iter()
            .map(|f| id_of(&f.message))
            .chain(self.recent.iter().cloned())
            .collect();
        take_bounce(session, &ids)?;
        let mut proven = Vec::new();
        while let Some(front) = self.in_flight.front() {
            let Some(confirmation) = session.confirmed(front.ticket) else {
                break;
            };
            let done = self.in_flight.pop_front().expect("front exists");
            proven.push(sent_record(
                &done.message,
                self.template,
                confirmation.name(),
            ));
            self.confirmed += 1;
            if self.recent.len() == RECENT_IDS {
                self.recent.pop_front();
            }
            self.recent.push_back(id_of(&done.message));
        }
        Ok(proven)
    }

    fn next_due(&self) -> Option<(Instant, String)> {
        let front = self.in_flight.front()?;
        Some((
            front.due,
            format!(
                "waiting for the server to confirm message {}",
                id_of(&front.message)
            ),
        ))
    }

    fn in_flight(&self) -> usize {
        self.in_flight.len()
    }
}
