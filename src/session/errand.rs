//! A one-shot command's whole job, handed to the session before it logs
//! in (`send`): its stanzas, a ping, the request for proof, then (unless it
//! waits for more, like receipts, and only on a server known to answer
//! before it acks) the stream's close. The login writes it at the earliest
//! point that is safe, in the same flight as what it writes there anyway:
//! with the stream header after TLS behind a FAST `<authenticate>`, behind
//! the last SASL2 step, or with the stream header after a classic SASL
//! success. An attempt never consumes it: a failed one leaves it whole for
//! the next.

use xmpp_parsers::{jid::Jid, minidom::Element, ns};

use super::{Session, server_ping};

/// Stanza ids: unique within a session, hard to guess.
#[derive(Debug, Clone)]
pub struct StanzaIds {
    prefix: String,
    next: u64,
}

impl Default for StanzaIds {
    fn default() -> Self {
        StanzaIds {
            prefix: format!("{:08x}-", rand::random::<u32>()),
            next: 0,
        }
    }
}

impl StanzaIds {
    pub fn next_id(&mut self) -> String {
        self.next += 1;
        format!("{}{}", self.prefix, self.next)
    }
}

pub struct Errand {
    /// The ids the stanzas were made with; the session goes on from them.
    pub(super) ids: StanzaIds,
    pub(super) stanzas: Vec<Element>,
    /// `</stream:stream>` right after the request for proof, where that is
    /// safe (see [`Errand::ride`]): the command needs nothing from the
    /// session once the server confirmed.
    pub(super) leave: bool,
}

impl Errand {
    pub fn new(ids: StanzaIds, stanzas: Vec<Element>, leave: bool) -> Self {
        Errand {
            ids,
            stanzas,
            leave,
        }
    }
}

/// How the server is asked to prove it took the errand.
pub(super) enum Proof {
    /// A XEP-0198 `<r/>`: stream management is (being) enabled. A ping
    /// rides before it, to learn whether the server answers before it
    /// acks (see [`Probe`]).
    Ack { probe: String },
    /// An IQ ping with this id.
    Ping(String),
}

/// A ping riding with the errand, before the `<r/>`: answered before the
/// ack that covers it, the server handles our stanzas in order, bounces
/// included, and a later run may close in the same flight as its `<r/>`.
pub(super) struct Probe {
    pub(super) ticket: u64,
    pub(super) in_order: Option<bool>,
}

impl Probe {
    /// What the run showed, once it showed it: answered before the ack,
    /// or acked without an answer yet.
    pub(super) fn observed(&self, confirmed: u64) -> Option<bool> {
        self.in_order
            .or_else(|| (confirmed >= self.ticket).then_some(false))
    }
}

/// The errand as elements queued with a stream header, before the session
/// that counts them exists.
pub(super) struct Rode {
    stanzas: Vec<Element>,
    proof: Proof,
    leave: bool,
}

impl Errand {
    /// Queue the errand behind what `queue` already holds: the stanzas,
    /// then the request for proof (ping ids from `ids`, the session's);
    /// the footer is the header's to queue, when [`Rode::leaves`]: only
    /// behind an `<r/>` (ejabberd drops the answer to a ping that came
    /// with the footer) and only when `leave_early` (the server answers in
    /// order).
    pub(super) fn ride(
        &self,
        ids: &mut StanzaIds,
        proof_by_ack: bool,
        leave_early: bool,
        server: Jid,
        mut queue: impl FnMut(&Element),
    ) -> Rode {
        let mut stanzas = self.stanzas.clone();
        let id = ids.next_id();
        stanzas.push(server_ping(&id, server));
        let proof = if proof_by_ack {
            Proof::Ack { probe: id }
        } else {
            Proof::Ping(id)
        };
        for stanza in &stanzas {
            queue(stanza);
        }
        if matches!(proof, Proof::Ack { .. }) {
            queue(&Element::builder("r", ns::SM).build());
        }
        Rode {
            leave: self.leave && leave_early && matches!(proof, Proof::Ack { .. }),
            stanzas,
            proof,
        }
    }
}

impl Rode {
    /// Whether `</stream:stream>` goes out behind it.
    pub(super) fn leaves(&self) -> bool {
        self.leave
    }
}

impl Session {
    /// Count what rode with a header as written: each stanza gets its
    /// ticket, the ping or `<r/>` its place.
    pub(super) fn errand_rode(&mut self, rode: Rode) {
        let ping_id = match &rode.proof {
            Proof::Ack { probe } => probe.clone(),
            Proof::Ping(id) => id.clone(),
        };
        for stanza in rode.stanzas {
            let is_ping = stanza.attr("id") == Some(ping_id.as_str());
            if is_ping {
                self.pings.insert(ping_id.clone(), 0);
            }
            let ticket = self.record_stanza(stanza, None);
            if is_ping && matches!(rode.proof, Proof::Ack { .. }) {
                self.probe = Some(Probe {
                    ticket,
                    in_order: None,
                });
            }
        }
        if matches!(rode.proof, Proof::Ack { .. }) {
            self.sm.want_ack();
            self.sm.request_fed();
        }
        self.sm.flushed();
        if rode.leave {
            self.footer = Footer::Sent;
        }
    }

    /// Write the errand now, on a session that is logged in (or whose last
    /// SASL2 step is fed and not yet flushed); `leave_early` as for
    /// [`Errand::ride`].
    pub(super) async fn run_errand(
        &mut self,
        errand: &Errand,
        leave_early: bool,
    ) -> crate::error::Result<()> {
        for stanza in &errand.stanzas {
            self.feed(stanza.clone()).await?;
        }
        if self.sm.counting() {
            let id = self.new_id();
            self.pings.insert(id.clone(), 0);
            let ticket = self.feed(server_ping(&id, self.server())).await?;
            self.probe = Some(Probe {
                ticket,
                in_order: None,
            });
            if errand.leave && leave_early {
                self.footer = Footer::Due;
            }
        }
        self.request_confirmation();
        self.flush().await
    }
}

/// Where our `</stream:stream>` stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Footer {
    /// Not written: [`Session::close`] writes it.
    Unsent,
    /// To go out with the next flush, after everything else.
    Due,
    /// Written: nothing may follow it; the session only reads.
    Sent,
}
