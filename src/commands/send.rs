//! `send`: messages with proven delivery. Exit 0 only after the server
//! confirmed every message (XEP-0198 ack, else a ping round trip), and with
//! `--receipt` after each recipient's XEP-0184 receipt.

use std::collections::{BTreeMap, VecDeque};
use std::time::Instant;
use xmpp_parsers::ns;

use serde::Serialize;
use xmpp_parsers::{
    jid::Jid,
    message::{Id, Lang, Message, MessageType, Thread},
    minidom::Element,
    receipts::Request as ReceiptRequest,
};

use super::lines;
use crate::cli::{MessageType as TypeArg, SendArgs};
use crate::config::{Settings, parse_jid};
use crate::error::{Error, Result};
use crate::output::Output;
use crate::session::tls::io_reason;
use crate::session::{Confirmation, Session, conditions};

/// What `--json` prints per message.
#[derive(Debug, Serialize)]
struct Sent {
    to: String,
    id: String,
    #[serde(rename = "type")]
    message_type: &'static str,
    confirmed: &'static str,
}

/// The fixed parts of every message of this run.
struct Template {
    recipients: Vec<Jid>,
    message_type: MessageType,
    subject: Option<String>,
    thread: Option<String>,
    receipt: bool,
}

impl Template {
    fn from_args(args: &SendArgs) -> Result<Template> {
        let mut recipients = vec![parse_jid(&args.to)?];
        for to in &args.also_to {
            recipients.push(parse_jid(to)?);
        }
        Ok(Template {
            recipients,
            message_type: match args.message_type {
                TypeArg::Chat => MessageType::Chat,
                TypeArg::Normal => MessageType::Normal,
                TypeArg::Headline => MessageType::Headline,
            },
            subject: args.subject.clone(),
            thread: args.thread.clone(),
            receipt: args.receipt,
        })
    }

    fn type_name(&self) -> &'static str {
        match self.message_type {
            MessageType::Chat => "chat",
            MessageType::Headline => "headline",
            _ => "normal",
        }
    }

    /// One stanza per recipient for this body.
    fn messages(&self, body: &str, mut new_id: impl FnMut() -> String) -> Vec<Message> {
        self.recipients
            .iter()
            .map(|to| {
                let mut message =
                    Message::new_with_type(self.message_type.clone(), Some(to.clone()))
                        .with_body(Lang::default(), body.to_string());
                message.id = Some(Id(new_id()));
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

pub async fn run(args: &SendArgs, settings: &Settings) -> Result<()> {
    let template = Template::from_args(args)?;
    let reads_stdin = args.file.is_none() && args.message.as_deref().is_none_or(|m| m == "-");
    if args.lines && !reads_stdin && args.file.is_none() {
        return Err(Error::usage(
            "--lines reads the messages from stdin (or --file); drop the MESSAGE argument",
        ));
    }
    if args.lines && args.dry_run {
        return Err(Error::usage("--dry-run cannot be combined with --lines"));
    }
    if args.lines && args.receipt {
        return Err(Error::usage("--receipt cannot be combined with --lines"));
    }
    if args.lines {
        return run_lines(args, &template, settings).await;
    }
    let body = super::body::read(args.message.as_deref(), args.file.as_deref())?;
    if args.dry_run {
        let mut counter = 0;
        let messages = template.messages(&body, || {
            counter += 1;
            format!("dry-run-{counter}")
        });
        print_dry_run(&messages, &template, settings.output);
        return Ok(());
    }
    let started = Instant::now();
    let mut session = super::connect(settings).await?;
    let messages = template.messages(&body, || session.new_id());
    let ids: Vec<String> = messages.iter().map(id_of).collect();
    for message in &messages {
        session.feed(message.clone().into()).await?;
    }
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
    if settings.output.is_json() {
        for message in &messages {
            settings
                .output
                .json(&sent_record(message, &template, confirmed));
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
        message_type: template.type_name(),
        confirmed,
    }
}

fn print_dry_run(messages: &[Message], template: &Template, output: Output) {
    for message in messages {
        let xml = String::from(&Element::from(message.clone()));
        if output.is_json() {
            output.json(&serde_json::json!({
                "to": message.to.as_ref().map(|j| j.to_string()),
                "id": id_of(message),
                "type": template.type_name(),
                "xml": xml,
            }));
        } else {
            output.line(&xml);
        }
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
async fn run_lines(args: &SendArgs, template: &Template, settings: &Settings) -> Result<()> {
    let input: Box<dyn tokio::io::AsyncRead + Unpin + Send> = match &args.file {
        Some(path) => Box::new(tokio::fs::File::open(path).await.map_err(|e| {
            Error::usage(format!(
                "cannot read message file {}: {}",
                path.display(),
                io_reason(&e)
            ))
        })?),
        None => Box::new(tokio::io::stdin()),
    };
    let mut session = super::connect(settings).await?;
    let mut outbox = LineOutbox {
        template,
        in_flight: VecDeque::new(),
        recent: VecDeque::new(),
    };
    let output = settings.output;
    let ended = lines::stream(&mut session, &mut outbox, input, |sent| {
        !output.is_json() || output.json(&sent)
    })
    .await?;
    let late = session.close().await?;
    let recent: Vec<String> = outbox.recent.into();
    if let Some(bounce) = late.iter().find(|s| is_bounce(s, &recent)) {
        return Err(bounce_error(bounce));
    }
    if ended == lines::Ended::Signal {
        return Err(crate::interrupt::interrupted());
    }
    Ok(())
}

/// How many reported ids stay known, so a bounce that comes after the
/// server's ack (a remote domain that does not exist) still fails the run.
const RECENT_IDS: usize = 256;

/// A line's message waiting for its proof.
struct InFlight {
    message: Message,
    proof: Proof,
    due: Instant,
}

enum Proof {
    /// Covered once the server acks this many stanzas (XEP-0198).
    Ack(u32),
    /// Covered once the server answers this ping (no stream management).
    Ping(String),
}

struct LineOutbox<'t> {
    template: &'t Template,
    in_flight: VecDeque<InFlight>,
    recent: VecDeque<String>,
}

impl lines::Outbox for LineOutbox<'_> {
    type Record = Sent;

    async fn post(&mut self, session: &mut Session, line: &str, due: Instant) -> Result<()> {
        let mut fed = Vec::new();
        for message in self.template.messages(line, || session.new_id()) {
            let sequence = session.feed(message.clone().into()).await?;
            fed.push((message, sequence));
        }
        let ping = if session.counts_stanzas() {
            session.request_ack();
            None
        } else {
            Some(session.queue_ping())
        };
        for (message, sequence) in fed {
            // A sequence number exactly when stanzas are counted, and a
            // ping exactly when they are not.
            let proof = match (sequence, &ping) {
                (Some(sequence), None) => Proof::Ack(sequence),
                (_, ping) => Proof::Ping(ping.clone().unwrap_or_default()),
            };
            self.in_flight.push_back(InFlight {
                message,
                proof,
                due,
            });
        }
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
        // Stream management refused after lines went out: a ping covers them.
        if !session.counts_stanzas()
            && self
                .in_flight
                .iter()
                .any(|f| matches!(f.proof, Proof::Ack(_)))
        {
            let ping = session.queue_ping();
            for waiting in &mut self.in_flight {
                waiting.proof = Proof::Ping(ping.clone());
            }
        }
        let mut proven = Vec::new();
        let mut answered_ping = None;
        while let Some(front) = self.in_flight.front() {
            let confirmed = match &front.proof {
                Proof::Ack(sequence) => session.acked().is_some_and(|acked| acked >= *sequence),
                Proof::Ping(id) if answered_ping.as_ref() == Some(id) => true,
                Proof::Ping(id) => match session.take_answer(id) {
                    Some(_) => {
                        answered_ping = Some(id.clone());
                        true
                    }
                    None => false,
                },
            };
            if !confirmed {
                break;
            }
            let done = self.in_flight.pop_front().expect("front exists");
            let confirmed = match done.proof {
                Proof::Ack(_) => Confirmation::Ack,
                Proof::Ping(_) => Confirmation::Ping,
            };
            let id = id_of(&done.message);
            proven.push(sent_record(&done.message, self.template, confirmed.name()));
            if self.recent.len() == RECENT_IDS {
                self.recent.pop_front();
            }
            self.recent.push_back(id);
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
