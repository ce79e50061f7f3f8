//! `listen`: report incoming messages until a count, a time limit or
//! Ctrl-C, each as soon as it arrives.

use std::time::{Duration, Instant};
use xmpp_parsers::ns;

use xmpp_parsers::{
    jid::{BareJid, Jid},
    minidom::Element,
    presence::Presence,
};

use crate::commands::bookmarks;
use crate::commands::muc::{self, JoinOptions};
use crate::config::{Settings, parse_jid};
use crate::error::Result;
use crate::interrupt::Interrupt;
use crate::records::{Heard, Received};
use crate::xml::{self, NS_CLIENT};

/// When to stop and what to report.
#[derive(Debug)]
pub struct Request {
    /// Stop after this many messages.
    pub count: Option<u64>,
    /// Stop after this many seconds.
    pub seconds: Option<f64>,
    /// Only messages from these JIDs (bare: any resource).
    pub from: Vec<String>,
    /// Rooms to join and report too.
    pub rooms: Vec<String>,
    /// Also join the autojoin bookmarks (XEP-0402), each with its nick and
    /// password.
    pub bookmarks: bool,
}

/// XEP-0184: a message that asks for a receipt gets one once it has been
/// reported (never for groupchat, as the XEP says).
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

pub async fn run(
    request: &Request,
    settings: &Settings,
    mut report: impl FnMut(Heard) -> bool,
) -> Result<()> {
    let filters: Vec<Jid> = request
        .from
        .iter()
        .map(|f| parse_jid(f))
        .collect::<Result<_>>()?;
    let rooms: Vec<BareJid> = request
        .rooms
        .iter()
        .map(|r| muc::parse_room(r))
        .collect::<Result<_>>()?;
    let mut interrupt = Interrupt::install()?;
    let mut session = super::connect_surviving(settings).await?;
    // The time limit is --seconds (or none): --timeout only bounded login.
    let far_future = crate::session::far_future();
    session.extend_deadline(far_future);
    let until = request
        .seconds
        .map(|s| Instant::now() + Duration::from_secs_f64(s))
        .unwrap_or(far_future);
    // Available presence: the server now routes messages here and
    // delivers what it stored while the account was offline.
    let presence: Element = Presence::available().into();
    session.restore_after_login("presence", Some(presence.clone()));
    session.send(presence).await?;
    let in_rooms = JoinOptions {
        nick: None,
        password: None,
        history: 0,
    };
    let mut entering: Vec<(BareJid, JoinOptions)> = Vec::new();
    if request.bookmarks {
        for bookmark in bookmarks::autojoin(&mut session).await? {
            let options = bookmark.join_options();
            entering.push((bookmark.room, options));
        }
    }
    // A --muc room that is bookmarked too is entered once, as bookmarked.
    for room in rooms {
        if !entering.iter().any(|(r, _)| *r == room) {
            entering.push((room, in_rooms.clone()));
        }
    }
    let mut joined = Vec::with_capacity(entering.len());
    for (room, options) in &entering {
        joined.push(muc::join(&mut session, room, options).await?);
    }
    crate::diag::phase(format_args!("listening as {}", session.jid()));
    let mut printed = 0u64;
    let listened: Result<bool> = async {
        loop {
            if request.count.is_some_and(|n| printed >= n) {
                return Ok(false);
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
                _ = interrupt.received() => return Ok(true),
            };
            let Some(stanza) = stanza else {
                return Ok(false);
            };
            // A room that puts us out (destroyed, kick, ban) ends the listening.
            for room in joined.iter_mut().filter(|_| stanza.name() == "presence") {
                if let Some(muc::Change::Removed(why)) = room.observe(&stanza) {
                    return Err(muc::removed(&room.room, &why));
                }
            }
            let Some(message) = Received::from_stanza(&stanza) else {
                // Nothing to print (a presence, a chat state): handled; a room
                // that dropped us by a fault is entered again.
                session.take_stanza(wanted);
                if let Some(room) = muc::dropped_from(&stanza) {
                    muc::reenter(&mut session, &room).await?;
                }
                continue;
            };
            if !report(Heard::Message(message)) {
                return Ok(false);
            }
            session.take_stanza(wanted);
            printed += 1;
            if let Some(receipt) = receipt_for(&stanza) {
                session.send(receipt).await?;
            }
        }
    }
    .await;
    // Closed politely whatever happened: a resumable stream left open
    // would hibernate on the server.
    let interrupted = match listened {
        Ok(interrupted) => interrupted,
        Err(e) => {
            session.abandon().await;
            return Err(e);
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
