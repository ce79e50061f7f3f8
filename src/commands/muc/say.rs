//! `muc say ROOM [MESSAGE|-] [--lines] [--create]`: enter an existing room
//! (without history; `--create` makes a missing one), post,
//! and exit 0 only once the room has reflected every message back to us,
//! which is the room's proof that it took and distributed it (XEP-0045
//! 7.4). Messages are matched by id and by XEP-0359 origin-id, since
//! a room may rewrite the one but keeps the other.

use std::time::Instant;

use xmpp_parsers::{
    jid::{BareJid, Jid},
    message::{Id, Lang, Message},
    minidom::Element,
    ns,
    stanza_id::OriginId,
};

use super::occupancy::{self, JoinOptions};
use super::room::parse_room;
use crate::commands::{body, lines};
use crate::config::Settings;
use crate::error::Result;
use crate::interrupt::interrupted;
use crate::records::Posted;
use crate::session::{Session, conditions};

#[derive(Debug)]
pub struct Request {
    pub room: String,
    /// The message (`None` with `--lines`: every stdin line is one).
    pub body: Option<body::Source>,
    pub nick: Option<String>,
    pub password: Option<String>,
    /// `--create`: a room that does not exist is made (else exit 7).
    pub create: bool,
}

/// Messages posted to the room and not yet seen coming back.
pub struct Outbox {
    room: BareJid,
    /// Message ids with the instant each is given up on, oldest first.
    waiting: Vec<(String, Instant)>,
}

impl Outbox {
    /// Posts to `room`, which the session has entered.
    pub fn new(room: BareJid) -> Outbox {
        Outbox {
            room,
            waiting: Vec::new(),
        }
    }
}

impl lines::Outbox for Outbox {
    type Record = Posted;

    async fn post(
        &mut self,
        session: &mut Session,
        body: &str,
        payloads: &[Element],
        due: Instant,
    ) -> Result<()> {
        let id = session.new_id();
        let mut message = Message::groupchat(Some(Jid::from(self.room.clone())))
            .with_body(Lang::default(), body.to_string())
            .with_payload(OriginId { id: id.clone() });
        message.payloads.extend_from_slice(payloads);
        message.id = Some(Id(id.clone()));
        session.feed(message.into()).await?;
        self.waiting.push((id, due));
        Ok(())
    }

    /// Reflections of ours, in the order they came back; an error reply to
    /// one of ours is a refusal (exit 7), e.g. forbidden for a visitor in a
    /// moderated room.
    fn settle(&mut self, session: &mut Session) -> Result<Vec<Posted>> {
        let mut posted = Vec::new();
        let room = &self.room;
        let waiting = &mut self.waiting;
        while let Some(stanza) = session.take_stanza(|stanza| {
            stanza.name() == "message"
                && occupancy::is_from_room(stanza, room)
                && waiting.iter().any(|(id, _)| is_about(stanza, id))
        }) {
            if stanza.attr("type") == Some("error") {
                return Err(conditions::stanza_error(
                    format!("message to {room}"),
                    &stanza,
                ));
            }
            if let Some(index) = waiting.iter().position(|(id, _)| is_about(&stanza, id)) {
                let (id, _) = waiting.remove(index);
                posted.push(Posted {
                    room: room.to_string(),
                    id,
                    confirmed: "reflected",
                });
            }
        }
        Ok(posted)
    }

    fn next_due(&self) -> Option<(Instant, String)> {
        let (id, due) = self.waiting.first()?;
        Some((
            *due,
            format!("waiting for {} to reflect message {id}", self.room),
        ))
    }

    fn in_flight(&self) -> usize {
        self.waiting.len()
    }
}

/// A reflection carries our id, or at least our origin-id.
fn is_about(stanza: &Element, id: &str) -> bool {
    stanza.attr("id") == Some(id)
        || stanza
            .get_child("origin-id", ns::SID)
            .is_some_and(|origin| origin.attr("id") == Some(id))
}

pub async fn run(
    request: &Request,
    settings: &Settings,
    report: impl FnMut(Posted) -> bool,
) -> Result<()> {
    let room = parse_room(&request.room)?;
    let body = request.body.as_ref().map(body::read).transpose()?;
    let options = JoinOptions {
        nick: request.nick.clone(),
        password: request.password.clone(),
        history: 0,
    };
    let mut session = match body {
        None => crate::commands::connect_surviving(settings).await?,
        Some(_) => crate::commands::connect(settings).await?,
    };
    // Entering a room that does not exist creates it: without --create,
    // a typo in the room name must not post into a new empty room.
    let joined = if request.create {
        occupancy::join(&mut session, &room, &options).await?
    } else {
        occupancy::join_existing(&mut session, &room, &options).await?
    };
    let mut outbox = Outbox::new(room);
    let ended = match body {
        Some(body) => {
            lines::post_one(&mut session, &mut outbox, &body, &[], report).await?;
            lines::Ended::Input
        }
        None => match lines::stream(&mut session, &mut outbox, tokio::io::stdin(), report).await {
            Ok(ended) => ended,
            Err(e) => {
                session.abandon().await;
                return Err(e);
            }
        },
    };
    occupancy::leave(&mut session, &joined).await?;
    session.close().await?;
    if ended == lines::Ended::Signal {
        return Err(interrupted());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reflections_match_by_id_or_origin_id() {
        let by_id: Element = "<message xmlns='jabber:client' id='m1' type='groupchat' from='r@c/alice'><body>hi</body></message>"
            .parse()
            .unwrap();
        let by_origin: Element = "<message xmlns='jabber:client' id='server-made' type='groupchat' from='r@c/alice'><body>hi</body><origin-id xmlns='urn:xmpp:sid:0' id='m1'/></message>"
            .parse()
            .unwrap();
        assert!(is_about(&by_id, "m1"));
        assert!(is_about(&by_origin, "m1"));
        assert!(!is_about(&by_origin, "m2"));
    }
}
