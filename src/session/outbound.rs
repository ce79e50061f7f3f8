//! Our stanzas from the moment they are written until the server has
//! confirmed them: by a XEP-0198 ack (their sequence numbers) or, without
//! stream management, by the answer to a ping sent after them. Each gets a
//! ticket that never changes, so a command can wait for "ticket N is
//! confirmed" across reconnects, retransmissions and renumbering. What is
//! still unconfirmed when a connection is lost is exactly what must be
//! sent again.

use std::collections::VecDeque;

use xmpp_parsers::minidom::Element;

/// A written stanza awaiting confirmation.
struct Logged {
    ticket: u64,
    /// Its XEP-0198 number on the current stream, when counted.
    sequence: Option<u32>,
    stanza: Element,
}

#[derive(Default)]
pub struct Outbound {
    log: VecDeque<Logged>,
    last_ticket: u64,
    /// Every ticket up to this one is confirmed.
    confirmed: u64,
}

impl Outbound {
    /// A stanza was written; returns its ticket.
    pub fn record(&mut self, sequence: Option<u32>, stanza: Element) -> u64 {
        self.last_ticket += 1;
        self.rerecord(self.last_ticket, sequence, stanza);
        self.last_ticket
    }

    /// A stanza written again (after a reconnect) keeps its ticket.
    pub fn rerecord(&mut self, ticket: u64, sequence: Option<u32>, stanza: Element) {
        self.log.push_back(Logged {
            ticket,
            sequence,
            stanza,
        });
    }

    pub fn last_ticket(&self) -> u64 {
        self.last_ticket
    }

    /// Every ticket up to this one is confirmed.
    pub fn confirmed(&self) -> u64 {
        self.confirmed
    }

    pub fn unconfirmed(&self) -> usize {
        self.log.len()
    }

    /// The server handled our first `h` counted stanzas.
    pub fn acked(&mut self, h: u32) {
        while let Some(front) = self.log.front() {
            match front.sequence {
                Some(sequence) if sequence <= h => self.pop(),
                _ => break,
            }
        }
    }

    /// A ping with this ticket was answered: it and all before it are done.
    pub fn confirmed_through(&mut self, ticket: u64) {
        while self.log.front().is_some_and(|f| f.ticket <= ticket) {
            self.pop();
        }
        self.confirmed = self.confirmed.max(ticket);
    }

    fn pop(&mut self) {
        if let Some(done) = self.log.pop_front() {
            self.confirmed = self.confirmed.max(done.ticket);
        }
        if self.log.is_empty() {
            self.confirmed = self.last_ticket;
        }
    }

    /// What to write again on a resumed stream (everything unconfirmed, in
    /// order, with its numbers) or on a fresh one (only what still means
    /// something there: messages and requests; sequence numbers are
    /// assigned anew). Returns `(ticket, stanza)` and empties the log; the
    /// caller records each again as it writes it.
    pub fn take_unconfirmed(&mut self, fresh: bool) -> Vec<(u64, Element)> {
        let kept = self.log.drain(..).filter(|logged| {
            !fresh
                || match logged.stanza.name() {
                    "message" => true,
                    "iq" => matches!(logged.stanza.attr("type"), Some("get" | "set")),
                    _ => false,
                }
        });
        let kept: Vec<(u64, Element)> = kept.map(|l| (l.ticket, l.stanza)).collect();
        if kept.is_empty() {
            self.confirmed = self.last_ticket;
        }
        kept
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stanza(name: &str, kind: &str) -> Element {
        format!("<{name} xmlns='jabber:client' type='{kind}'/>")
            .parse()
            .unwrap()
    }

    #[test]
    fn acks_confirm_in_order() {
        let mut out = Outbound::default();
        let a = out.record(Some(1), stanza("message", "chat"));
        let b = out.record(Some(2), stanza("message", "chat"));
        out.acked(1);
        assert_eq!(out.confirmed(), a);
        assert_eq!(out.unconfirmed(), 1);
        out.acked(2);
        assert_eq!(out.confirmed(), b);
    }

    #[test]
    fn a_ping_answer_confirms_everything_before_it() {
        let mut out = Outbound::default();
        out.record(None, stanza("message", "chat"));
        let ping = out.record(None, stanza("iq", "get"));
        let after = out.record(None, stanza("message", "chat"));
        out.confirmed_through(ping);
        assert_eq!(out.confirmed(), ping);
        assert_eq!(out.unconfirmed(), 1);
        assert!(out.confirmed() < after);
    }

    #[test]
    fn a_fresh_stream_gets_messages_and_requests_again_not_replies() {
        let mut out = Outbound::default();
        let message = out.record(Some(1), stanza("message", "chat"));
        out.record(Some(2), stanza("iq", "result"));
        out.record(Some(3), stanza("presence", "available"));
        let request = out.record(Some(4), stanza("iq", "get"));
        let again: Vec<u64> = out.take_unconfirmed(true).iter().map(|(t, _)| *t).collect();
        assert_eq!(again, [message, request]);
        assert_eq!(out.unconfirmed(), 0);
    }
}
