//! `send`: messages with proven delivery. Exit 0 only after the server
//! confirmed every message (XEP-0198 ack, else a ping round trip), and with
//! `--receipt` after each recipient's XEP-0184 receipt.

use std::collections::BTreeMap;
use std::time::Instant;
use xmpp_parsers::ns;

use serde::Serialize;
use tokio::io::{AsyncBufReadExt, BufReader};
use xmpp_parsers::{
    jid::Jid,
    message::{Id, Lang, Message, MessageType, Thread},
    minidom::Element,
    receipts::Request as ReceiptRequest,
};

use crate::cli::{MessageType as TypeArg, SendArgs};
use crate::config::{Settings, parse_jid};
use crate::error::{Error, Result};
use crate::interrupt::Interrupt;
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
    let mut session = super::connect(settings).await?;
    let messages = template.messages(&body, || session.new_id());
    let ids: Vec<String> = messages.iter().map(id_of).collect();
    for message in &messages {
        session.feed(message.clone().into()).await?;
    }
    session.flush().await?;
    let confirmation = session.confirm().await?;
    check_bounce_list(&session.take_inbox(), &ids)?;
    let confirmed = if template.receipt {
        await_receipts(&mut session, &messages).await?;
        "receipt"
    } else {
        confirmation.name()
    };
    let late = session.close().await?;
    check_bounce_list(&late, &ids)?;
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
fn bounce_of<'a>(stanza: &'a Element, ids: &[String]) -> Option<&'a Element> {
    let is_bounce = stanza.name() == "message"
        && stanza.attr("type") == Some("error")
        && stanza
            .attr("id")
            .is_some_and(|id| ids.iter().any(|i| i == id));
    is_bounce.then_some(stanza)
}

fn check_bounce_list(stanzas: &[Element], ids: &[String]) -> Result<()> {
    match stanzas.iter().find_map(|s| bounce_of(s, ids)) {
        Some(bounce) => Err(bounce_error(bounce)),
        None => Ok(()),
    }
}

fn bounce_error(bounce: &Element) -> Error {
    let from = bounce.attr("from").unwrap_or("the server");
    conditions::stanza_error(format!("message to {from} bounced"), bounce)
}

/// Wait for a XEP-0184 receipt for every message, each from its recipient.
async fn await_receipts(session: &mut Session, messages: &[Message]) -> Result<()> {
    let mut waiting: Vec<(String, Jid)> = messages
        .iter()
        .filter_map(|m| Some((id_of(m), m.to.clone()?)))
        .collect();
    let ids: Vec<String> = waiting.iter().map(|(id, _)| id.clone()).collect();
    while !waiting.is_empty() {
        let stanza = session
            .next_stanza("waiting for a delivery receipt (XEP-0184); is the recipient online with a client that sends receipts?")
            .await?;
        if let Some(bounce) = bounce_of(&stanza, &ids) {
            return Err(bounce_error(bounce));
        }
        let Some(received) = stanza.get_child("received", ns::RECEIPTS) else {
            continue;
        };
        let from = stanza.attr("from").and_then(|f| f.parse::<Jid>().ok());
        waiting.retain(|(id, to)| {
            let same_sender = from
                .as_ref()
                .is_some_and(|f| f == to || f.to_bare() == to.to_bare());
            !(received.attr("id") == Some(id.as_str()) && same_sender)
        });
    }
    Ok(())
}

/// `--lines`: one session for the whole stream; each line is sent as it
/// arrives and reported once the server acknowledged it. `--timeout`
/// bounds each wait, not the life of the stream.
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
    let mut interrupt = Interrupt::install()?;
    let mut session = super::connect(settings).await?;
    let mut lines = BufReader::new(input).lines();
    let mut interrupted = false;
    // Sent but not yet reported, with their XEP-0198 sequence numbers.
    let mut pending: Vec<(Message, Option<u32>)> = Vec::new();
    let mut ids: Vec<String> = Vec::new();
    loop {
        let line = tokio::select! {
            line = lines.next_line() => line.map_err(|e| Error::usage(format!("cannot read stdin: {}", io_reason(&e))))?,
            stanza = session.next_stanza_until(crate::session::far_future()) => {
                if let Some(stanza) = stanza? {
                    check_bounce_list(std::slice::from_ref(&stanza), &ids)?;
                }
                report_acked(&session, &mut pending, template, settings.output);
                continue;
            }
            // Ctrl-C ends the input: what was sent is still confirmed.
            _ = interrupt.received() => {
                interrupted = true;
                None
            }
        };
        let Some(line) = line else { break };
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            continue;
        }
        session.extend_deadline(Instant::now() + settings.timeout);
        for message in template.messages(line, || session.new_id()) {
            let sequence = session.feed(message.clone().into()).await?;
            ids.push(id_of(&message));
            pending.push((message, sequence));
        }
        session.request_ack().await?;
        session.flush().await?;
    }
    session.extend_deadline(Instant::now() + settings.timeout);
    let confirmation = session.confirm().await?;
    check_bounce_list(&session.take_inbox(), &ids)?;
    if settings.output.is_json() {
        for (message, _) in &pending {
            settings
                .output
                .json(&sent_record(message, template, confirmation.name()));
        }
    }
    let late = session.close().await?;
    check_bounce_list(&late, &ids)?;
    if interrupted {
        return Err(crate::interrupt::interrupted());
    }
    Ok(())
}

/// Print (in JSON mode) and forget the messages the server acknowledged.
fn report_acked(
    session: &Session,
    pending: &mut Vec<(Message, Option<u32>)>,
    template: &Template,
    output: Output,
) {
    let Some(acked) = session.acked() else { return };
    pending.retain(|(message, sequence)| {
        let done = sequence.is_some_and(|s| s <= acked);
        if done && output.is_json() {
            output.json(&sent_record(message, template, Confirmation::Ack.name()));
        }
        !done
    });
}
