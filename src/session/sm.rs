//! XEP-0198 stream management as a state machine of counters, kept apart
//! from I/O so every rule is tested on its own.
//!
//! Outbound, `sent` counts the stanzas fed since `<enable/>` and `written`
//! those flushed to the connection; an `<a h/>` can only cover stanzas that
//! were written before it arrived (the session reads whatever is already
//! waiting before each flush), so an `h` above `written` is a lie the
//! session refuses. Inbound counting starts at `<enabled/>`; what `h` we
//! report is the session's business (it counts only what was handled).

/// Where negotiation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Off,
    /// `<enable/>` fed; `written` once it went out.
    Requested {
        written: bool,
    },
    On,
}

/// A server answer that cannot be true: a protocol violation (exit 4).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Violation {
    /// `<enabled/>` before our `<enable/>` was even written.
    EnabledUnasked,
    /// `<a h/>` covering more stanzas than were written.
    TooHigh {
        h: u32,
        written: u32,
    },
    Malformed,
}

impl Violation {
    pub fn describe(&self) -> String {
        match self {
            Violation::EnabledUnasked => {
                "the server confirmed stream management (XEP-0198) before it was asked".into()
            }
            Violation::TooHigh { h, written } => format!(
                "the server acknowledged {h} stanzas, but only {written} were sent (XEP-0198 handled-count-too-high)"
            ),
            Violation::Malformed => "the server sent a malformed XEP-0198 ack".into(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct StreamManagement {
    phase: Phase,
    sent: u32,
    written: u32,
    acked: u32,
    /// `sent` when the last `<r/>` was fed.
    requested_through: u32,
    /// An `<r/>` is owed until `requested_through` reaches this.
    ack_wanted: u32,
    /// Inbound stanzas counted since `<enabled/>`.
    received: u32,
    /// The server's id for resuming this stream, when it allows resumption.
    resume_id: Option<String>,
}

impl StreamManagement {
    pub fn off() -> Self {
        StreamManagement {
            phase: Phase::Off,
            sent: 0,
            written: 0,
            acked: 0,
            requested_through: 0,
            ack_wanted: 0,
            received: 0,
            resume_id: None,
        }
    }

    /// `<enable/>` was fed: outbound counting starts now.
    pub fn requested() -> Self {
        StreamManagement {
            phase: Phase::Requested { written: false },
            ..Self::off()
        }
    }

    /// Whether our stanzas are being counted (enable sent, not refused).
    pub fn counting(&self) -> bool {
        self.phase != Phase::Off
    }

    pub fn is_on(&self) -> bool {
        self.phase == Phase::On
    }

    pub fn acked(&self) -> u32 {
        self.acked
    }

    pub fn received(&self) -> u32 {
        self.received
    }

    /// A stanza was fed; returns its sequence number when counted.
    pub fn stanza_fed(&mut self) -> Option<u32> {
        if !self.counting() {
            return None;
        }
        self.sent = self.sent.wrapping_add(1);
        Some(self.sent)
    }

    /// Everything fed so far reached the connection.
    pub fn flushed(&mut self) {
        self.written = self.sent;
        if let Phase::Requested { written } = &mut self.phase {
            *written = true;
        }
    }

    /// Ask for an ack covering everything fed so far.
    pub fn want_ack(&mut self) {
        self.ack_wanted = self.sent;
    }

    /// Whether an `<r/>` must go out before the next read.
    pub fn request_owed(&self) -> bool {
        self.counting() && self.ack_wanted > self.requested_through
    }

    pub fn request_fed(&mut self) {
        self.requested_through = self.sent;
    }

    /// `<enabled/>`, with the server's resumption id when it offers one.
    pub fn enabled(&mut self, resume_id: Option<&str>) -> Result<(), Violation> {
        match self.phase {
            Phase::Requested { written: true } => {
                self.phase = Phase::On;
                self.resume_id = resume_id.map(String::from);
                Ok(())
            }
            Phase::Requested { written: false } | Phase::Off => Err(Violation::EnabledUnasked),
            Phase::On => Ok(()),
        }
    }

    /// `<failed/>`: no stream management for this session.
    pub fn failed(&mut self) {
        self.phase = Phase::Off;
        self.resume_id = None;
    }

    pub fn resume_id(&self) -> Option<&str> {
        self.resume_id.as_deref()
    }

    /// `<resumed h/>`: the same stream again. The server handled our first
    /// `h` stanzas, so the rest, written again in order, get their old
    /// numbers back; it counts its own from `handled`, the `h` we sent.
    pub fn resumed(&mut self, h: u32, handled: u32) {
        self.phase = Phase::On;
        self.sent = h;
        self.written = h;
        self.acked = h;
        self.requested_through = h;
        self.ack_wanted = h;
        self.received = handled;
    }

    pub fn ack(&mut self, h: Option<&str>) -> Result<(), Violation> {
        let h: u32 = h.and_then(|h| h.parse().ok()).ok_or(Violation::Malformed)?;
        if !self.is_on() {
            return Ok(());
        }
        if h > self.written {
            return Err(Violation::TooHigh {
                h,
                written: self.written,
            });
        }
        self.acked = self.acked.max(h);
        Ok(())
    }

    /// An inbound stanza; its sequence number when counted.
    pub fn stanza_received(&mut self) -> Option<u32> {
        if !self.is_on() {
            return None;
        }
        self.received = self.received.wrapping_add(1);
        Some(self.received)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn enabled() -> StreamManagement {
        let mut sm = StreamManagement::requested();
        sm.flushed();
        sm.enabled(None).unwrap();
        sm
    }

    #[test]
    fn enabled_before_the_request_was_written_is_refused() {
        let mut sm = StreamManagement::requested();
        assert_eq!(sm.enabled(None), Err(Violation::EnabledUnasked));
        assert_eq!(
            StreamManagement::off().enabled(None),
            Err(Violation::EnabledUnasked)
        );
    }

    #[test]
    fn an_ack_covers_only_written_stanzas() {
        let mut sm = enabled();
        sm.stanza_fed();
        assert_eq!(
            sm.ack(Some("1")),
            Err(Violation::TooHigh { h: 1, written: 0 })
        );
        sm.flushed();
        sm.ack(Some("1")).unwrap();
        assert_eq!(sm.acked(), 1);
        assert_eq!(
            sm.ack(Some("99")),
            Err(Violation::TooHigh { h: 99, written: 1 })
        );
        assert_eq!(sm.ack(Some("x")), Err(Violation::Malformed));
    }

    #[test]
    fn a_request_is_owed_only_for_stanzas_fed_after_the_last_one() {
        let mut sm = enabled();
        sm.stanza_fed();
        sm.want_ack();
        assert!(sm.request_owed());
        sm.request_fed();
        assert!(!sm.request_owed());
        // An automatic reply fed meanwhile does not move what was asked for.
        sm.stanza_fed();
        assert!(!sm.request_owed());
        sm.want_ack();
        assert!(sm.request_owed());
    }

    #[test]
    fn inbound_counting_starts_at_enabled() {
        let mut sm = StreamManagement::requested();
        assert_eq!(sm.stanza_received(), None);
        sm.flushed();
        sm.enabled(None).unwrap();
        assert_eq!(sm.stanza_received(), Some(1));
        sm.failed();
        assert!(!sm.counting());
        assert_eq!(sm.stanza_fed(), None);
    }

    #[test]
    fn a_resumed_stream_keeps_the_numbers_and_owes_a_request() {
        let mut sm = StreamManagement::requested();
        sm.flushed();
        sm.enabled(Some("prev")).unwrap();
        assert_eq!(sm.resume_id(), Some("prev"));
        for _ in 0..3 {
            sm.stanza_fed();
        }
        sm.flushed();
        sm.stanza_received();
        sm.resumed(1, 1);
        assert_eq!(sm.acked(), 1);
        // Stanzas 2 and 3 are written again under their old numbers; until
        // then an ack for them would be one for unwritten stanzas.
        assert!(sm.ack(Some("3")).is_err());
        assert_eq!(sm.stanza_fed(), Some(2));
        assert_eq!(sm.stanza_fed(), Some(3));
        sm.want_ack();
        assert!(sm.request_owed());
        sm.flushed();
        sm.ack(Some("3")).unwrap();
        assert_eq!(sm.stanza_received(), Some(2));
    }
}
