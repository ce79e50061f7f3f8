//! Stanzas received for the command and not yet taken by it, in arrival
//! order, with their XEP-0198 sequence numbers. What the session reports as
//! handled (`h`) stops before the first stanza still waiting here, so the
//! server keeps (and redelivers) what the command never saw. Bounded: a
//! server that floods stanzas nobody asked for is cut off.

use std::collections::VecDeque;

use xmpp_parsers::minidom::{Element, Node};

/// Far above what any command leaves waiting (a room's occupant list on
/// entry, a presence burst); a client that falls this far behind is being
/// flooded.
pub const MAX_STANZAS: usize = 10_000;
pub const MAX_BYTES: usize = 32 * 1024 * 1024;

struct Waiting {
    sequence: Option<u32>,
    size: usize,
    stanza: Element,
}

#[derive(Default)]
pub struct Inbox {
    waiting: VecDeque<Waiting>,
    bytes: usize,
}

/// Crossing [`MAX_STANZAS`] or [`MAX_BYTES`].
#[derive(Debug)]
pub struct Overflow {
    pub stanzas: usize,
    pub bytes: usize,
}

impl Inbox {
    /// Queue a stanza; one already waiting (the same message again, as a
    /// server resends what it had not seen acked after a reconnect) is
    /// dropped.
    pub fn push(&mut self, sequence: Option<u32>, stanza: Element) -> Result<(), Overflow> {
        if self
            .waiting
            .iter()
            .any(|w| same_message(&w.stanza, &stanza))
        {
            return Ok(());
        }
        let size = approximate_size(&stanza);
        if self.waiting.len() >= MAX_STANZAS || self.bytes + size > MAX_BYTES {
            return Err(Overflow {
                stanzas: self.waiting.len() + 1,
                bytes: self.bytes + size,
            });
        }
        self.bytes += size;
        self.waiting.push_back(Waiting {
            sequence,
            size,
            stanza,
        });
        Ok(())
    }

    /// The oldest waiting stanza that `wanted` accepts; the others stay.
    pub fn take(&mut self, wanted: impl Fn(&Element) -> bool) -> Option<Element> {
        let index = self.waiting.iter().position(|w| wanted(&w.stanza))?;
        let waiting = self.waiting.remove(index)?;
        self.bytes -= waiting.size;
        Some(waiting.stanza)
    }

    /// The oldest waiting stanza that `wanted` accepts, left in place.
    pub fn peek(&self, wanted: impl Fn(&Element) -> bool) -> Option<&Element> {
        self.waiting.iter().map(|w| &w.stanza).find(|s| wanted(s))
    }

    /// The XEP-0198 `h` while the command runs: every counted stanza before
    /// the first one still waiting.
    pub fn handled(&self, received: u32) -> u32 {
        self.first_waiting(|_| true).unwrap_or(received)
    }

    /// The `h` of the final ack: what is left and carries nothing a person
    /// would read (presence, chat states, results) counts as handled; the
    /// first message with content the command never printed stops it.
    pub fn handled_at_close(&self, received: u32) -> u32 {
        self.first_waiting(carries_content).unwrap_or(received)
    }

    fn first_waiting(&self, counts: impl Fn(&Element) -> bool) -> Option<u32> {
        self.waiting
            .iter()
            .filter(|w| counts(&w.stanza))
            .find_map(|w| w.sequence)
            .map(|sequence| sequence.wrapping_sub(1))
    }

    /// A fresh stream counts anew: what waits here is no longer counted.
    pub fn forget_sequences(&mut self) {
        for waiting in &mut self.waiting {
            waiting.sequence = None;
        }
    }

    pub fn into_vec(self) -> Vec<Element> {
        self.waiting.into_iter().map(|w| w.stanza).collect()
    }
}

/// The same message twice: same sender and id.
fn same_message(a: &Element, b: &Element) -> bool {
    a.name() == "message"
        && b.name() == "message"
        && a.attr("id").is_some()
        && a.attr("id") == b.attr("id")
        && a.attr("from") == b.attr("from")
}

/// A message a person could lose: a body or a subject, not an error.
fn carries_content(stanza: &Element) -> bool {
    let ns = stanza.ns();
    stanza.name() == "message"
        && stanza.attr("type") != Some("error")
        && (stanza.has_child("body", ns.as_str()) || stanza.has_child("subject", ns.as_str()))
}

/// Bytes a stanza holds in memory, near enough to bound a queue: names,
/// attribute and text lengths plus a fixed cost per node.
fn approximate_size(element: &Element) -> usize {
    const PER_NODE: usize = 64;
    let attributes: usize = element
        .attrs()
        .iter()
        .map(|((_, name), value)| PER_NODE + name.len() + value.len())
        .sum();
    let children: usize = element
        .nodes()
        .map(|node| match node {
            Node::Element(child) => approximate_size(child),
            Node::Text(text) => PER_NODE + text.len(),
        })
        .sum();
    PER_NODE + element.name().len() + attributes + children
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stanza(xml: &str) -> Element {
        xml.parse().unwrap()
    }

    fn message(id: &str) -> Element {
        stanza(&format!(
            "<message xmlns='jabber:client' id='{id}'><body>hi</body></message>"
        ))
    }

    fn presence() -> Element {
        stanza("<presence xmlns='jabber:client'/>")
    }

    #[test]
    fn handled_stops_before_the_first_waiting_stanza() {
        let mut inbox = Inbox::default();
        assert_eq!(inbox.handled(3), 3);
        inbox.push(Some(4), presence()).unwrap();
        inbox.push(Some(5), message("a")).unwrap();
        inbox.push(Some(6), message("b")).unwrap();
        assert_eq!(inbox.handled(6), 3);
        assert_eq!(inbox.handled_at_close(6), 4);
        // Taking a later stanza out of order moves nothing yet.
        assert!(inbox.take(|s| s.attr("id") == Some("b")).is_some());
        assert_eq!(inbox.handled_at_close(6), 4);
        inbox.take(|_| true);
        inbox.take(|_| true);
        assert_eq!(inbox.handled(6), 6);
        assert!(inbox.take(|_| true).is_none());
    }

    #[test]
    fn uncounted_stanzas_do_not_hold_h_back() {
        let mut inbox = Inbox::default();
        inbox.push(None, message("early")).unwrap();
        assert_eq!(inbox.handled(0), 0);
        inbox.push(Some(1), message("a")).unwrap();
        assert_eq!(inbox.handled(1), 0);
    }

    #[test]
    fn a_flood_overflows() {
        let mut inbox = Inbox::default();
        for _ in 0..MAX_STANZAS {
            inbox.push(None, presence()).unwrap();
        }
        assert!(inbox.push(None, presence()).is_err());
        let mut inbox = Inbox::default();
        let mut big = stanza("<message xmlns='jabber:client'><body/></message>");
        big.get_child_mut("body", "jabber:client")
            .unwrap()
            .append_text_node("x".repeat(MAX_BYTES / 4));
        for _ in 0..3 {
            inbox.push(None, big.clone()).unwrap();
        }
        assert!(inbox.push(None, big).is_err());
    }
}
