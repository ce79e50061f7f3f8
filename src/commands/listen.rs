//! `listen`: print incoming messages until a count, a time limit or Ctrl-C.
//! Text: `from: body`, sanitised. JSON: one object per line, flushed as it
//! arrives: `{"from","to","id","type","body","subject","thread","delay"}`.

use std::time::{Duration, Instant};
use xmpp_parsers::ns;

use serde::Serialize;
use xmpp_parsers::{
    jid::{BareJid, Jid},
    minidom::Element,
    presence::Presence,
};

use crate::cli::ListenArgs;
use crate::commands::muc::{self, JoinOptions};
use crate::config::{Settings, parse_jid};
use crate::error::Result;
use crate::interrupt::Interrupt;
use crate::output::{Output, sanitize};
use crate::session::connect::NS_CLIENT;
use crate::xml;

/// One received message as `--json` prints it.
#[derive(Debug, Serialize, PartialEq)]
pub struct Received {
    pub from: Option<String>,
    pub to: Option<String>,
    pub id: Option<String>,
    #[serde(rename = "type")]
    pub message_type: String,
    pub body: Option<String>,
    pub subject: Option<String>,
    pub thread: Option<String>,
    /// XEP-0203 timestamp of offline or history messages.
    pub delay: Option<String>,
}

impl Received {
    /// A message worth printing (it has a body or subject), else `None`.
    pub fn from_stanza(stanza: &Element) -> Option<Received> {
        if stanza.name() != "message" || stanza.attr("type") == Some("error") {
            return None;
        }
        let ns = stanza.ns();
        let child_text = |name: &str| stanza.get_child(name, ns.as_str()).map(|c| c.text());
        let body = child_text("body");
        let subject = child_text("subject");
        if body.is_none() && subject.is_none() {
            return None; // chat states, receipts, markers
        }
        Some(Received {
            from: stanza.attr("from").map(String::from),
            to: stanza.attr("to").map(String::from),
            id: stanza.attr("id").map(String::from),
            message_type: stanza.attr("type").unwrap_or("normal").to_string(),
            body,
            subject,
            thread: child_text("thread"),
            delay: stanza
                .get_child("delay", ns::DELAY)
                .and_then(|d| d.attr("stamp"))
                .map(String::from),
        })
    }

    /// False once stdout is gone.
    pub fn print(&self, output: Output) -> bool {
        if output.is_json() {
            output.json(self)
        } else {
            let text = self
                .body
                .as_deref()
                .or(self.subject.as_deref())
                .unwrap_or("");
            output.line(&format!(
                "{}: {}",
                sanitize(self.from.as_deref().unwrap_or("")),
                sanitize(text)
            ))
        }
    }
}

/// XEP-0184: a message that asks for a receipt gets one once it has been
/// printed (never for groupchat, as the XEP says).
fn receipt_for(stanza: &Element) -> Option<Element> {
    stanza.get_child("request", ns::RECEIPTS)?;
    if stanza.attr("type") == Some("groupchat") {
        return None;
    }
    let mut received = Element::builder("received", ns::RECEIPTS).build();
    xml::set_attr(&mut received, "id", stanza.attr("id")?);
    let mut receipt = Element::builder("message", NS_CLIENT)
        .append(received)
        .build();
    xml::set_attr(&mut receipt, "to", stanza.attr("from")?);
    Some(receipt)
}

/// `--from`: a bare JID matches any of its resources, a full JID only itself.
fn sender_matches(filters: &[Jid], from: Option<&str>) -> bool {
    if filters.is_empty() {
        return true;
    }
    let Some(from) = from.and_then(|f| f.parse::<Jid>().ok()) else {
        return false;
    };
    filters.iter().any(|filter| match filter.resource() {
        Some(_) => *filter == from,
        None => filter.to_bare() == from.to_bare(),
    })
}

pub async fn run(args: &ListenArgs, settings: &Settings) -> Result<()> {
    let filters: Vec<Jid> = args
        .from
        .iter()
        .map(|f| parse_jid(f))
        .collect::<Result<_>>()?;
    let rooms: Vec<BareJid> = args
        .muc
        .iter()
        .map(|r| muc::parse_room(r))
        .collect::<Result<_>>()?;
    let mut interrupt = Interrupt::install()?;
    let mut session = super::connect(settings).await?;
    // The time limit is --seconds (or none): --timeout only bounded login.
    let far_future = crate::session::far_future();
    session.extend_deadline(far_future);
    let until = args
        .seconds
        .map(|s| Instant::now() + Duration::from_secs_f64(s))
        .unwrap_or(far_future);
    // Available presence: the server now routes messages here and
    // delivers what it stored while the account was offline.
    session.send(Presence::available().into()).await?;
    let in_rooms = JoinOptions {
        nick: None,
        password: None,
        history: 0,
    };
    let mut joined = Vec::with_capacity(rooms.len());
    for room in &rooms {
        joined.push(muc::join(&mut session, room, &in_rooms).await?);
    }
    crate::diag::phase(format_args!("listening as {}", session.jid()));
    let mut printed = 0u64;
    let interrupted = loop {
        if args.count.is_some_and(|n| printed >= n) {
            break false;
        }
        // Everything but messages for someone else's --from: those stay
        // unacknowledged, so the server keeps them. A message is taken only
        // once printed: one that stdout no longer takes is not acked.
        let wanted = |stanza: &Element| match Received::from_stanza(stanza) {
            Some(message) => sender_matches(&filters, message.from.as_deref()),
            None => true,
        };
        let stanza = tokio::select! {
            stanza = session.wait_until(until, |s| s.peek_stanza(wanted).cloned()) => stanza?,
            _ = interrupt.received() => break true,
        };
        let Some(stanza) = stanza else { break false };
        // A room that puts us out (destroyed, kick, ban) ends the listening.
        for room in joined.iter_mut().filter(|_| stanza.name() == "presence") {
            if let Some(muc::Change::Removed(why)) = room.observe(&stanza) {
                return Err(muc::removed(&room.room, &why));
            }
        }
        let message = Received::from_stanza(&stanza);
        if message.as_ref().is_some_and(|m| !m.print(settings.output)) {
            break false;
        }
        session.take_stanza(wanted);
        if message.is_none() {
            continue;
        }
        printed += 1;
        if let Some(receipt) = receipt_for(&stanza) {
            session.send(receipt).await?;
        }
    };
    session.close().await?;
    if interrupted {
        return Err(crate::interrupt::interrupted());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_body_subject_thread_and_delay() {
        let stanza: Element = "<message xmlns='jabber:client' from='a@b/r' to='c@d' id='1' type='chat'><body>hi &lt;&amp;</body><subject>s</subject><thread>t</thread><delay xmlns='urn:xmpp:delay' stamp='2026-01-01T00:00:00Z'/></message>"
            .parse()
            .unwrap();
        let m = Received::from_stanza(&stanza).unwrap();
        assert_eq!(m.body.as_deref(), Some("hi <&"));
        assert_eq!(m.thread.as_deref(), Some("t"));
        assert_eq!(m.delay.as_deref(), Some("2026-01-01T00:00:00Z"));
        let state: Element = "<message xmlns='jabber:client' from='a@b'><active xmlns='http://jabber.org/protocol/chatstates'/></message>"
            .parse()
            .unwrap();
        assert!(Received::from_stanza(&state).is_none());
    }

    #[test]
    fn from_filter_matches_bare_and_full() {
        let bare = vec!["a@b".parse::<Jid>().unwrap()];
        assert!(sender_matches(&bare, Some("a@b/phone")));
        assert!(!sender_matches(&bare, Some("x@b/phone")));
        let full = vec!["a@b/pc".parse::<Jid>().unwrap()];
        assert!(!sender_matches(&full, Some("a@b/phone")));
        assert!(sender_matches(&[], None));
    }
}
