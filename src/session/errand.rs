//! A one-shot command's whole job, handed to the session before it logs
//! in (`send`): its stanzas, then the request for proof, then (unless it
//! waits for more, like receipts) the stream's close. The login writes it
//! at the earliest point that is safe, in the same flight as what it
//! writes there anyway: behind the last SASL2 step, or with the stream
//! header after a classic SASL success.

use xmpp_parsers::{iq::Iq, jid::Jid, minidom::Element, ns, ping::Ping};

use super::Session;

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
    /// `</stream:stream>` right after the request for proof: the command
    /// needs nothing from the session once the server confirmed. Only
    /// behind an `<r/>`: ejabberd drops the answer to a ping that came
    /// with the footer.
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
    /// A XEP-0198 `<r/>`: stream management is (being) enabled.
    Ack,
    /// An IQ ping with this id.
    Ping(String),
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
    /// then the request for proof (a ping's id from `ids`, the session's);
    /// the footer is the header's to queue, when [`Rode::leaves`]. The
    /// errand stays whole: a failed attempt leaves it for the next one.
    pub(super) fn ride(
        &self,
        ids: &mut StanzaIds,
        proof_by_ack: bool,
        server: Jid,
        mut queue: impl FnMut(&Element),
    ) -> Rode {
        let mut stanzas = self.stanzas.clone();
        let proof = if proof_by_ack {
            Proof::Ack
        } else {
            let id = ids.next_id();
            stanzas.push(Iq::from_get(id.clone(), Ping).with_to(server).into());
            Proof::Ping(id)
        };
        for stanza in &stanzas {
            queue(stanza);
        }
        if matches!(proof, Proof::Ack) {
            queue(&Element::builder("r", ns::SM).build());
        }
        Rode {
            leave: self.leave && matches!(proof, Proof::Ack),
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
        for stanza in rode.stanzas {
            let ticket = self.record_stanza(stanza.clone(), None);
            if let Proof::Ping(id) = &rode.proof
                && stanza.attr("id") == Some(id.as_str())
            {
                self.pings.insert(id.clone(), ticket);
            }
        }
        if matches!(rode.proof, Proof::Ack) {
            self.sm.want_ack();
            self.sm.request_fed();
        }
        self.sm.flushed();
        if rode.leave {
            self.footer = Footer::Sent;
        }
    }

    /// Write the errand now, on a session that is logged in (or whose last
    /// SASL2 step is fed and not yet flushed).
    pub(super) async fn run_errand(&mut self, errand: Errand) -> crate::error::Result<()> {
        for stanza in errand.stanzas {
            self.feed(stanza).await?;
        }
        self.request_confirmation();
        if errand.leave && self.sm.counting() {
            self.footer = Footer::Due;
        }
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
