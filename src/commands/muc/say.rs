//! `muc say ROOM [MESSAGE|-] [--lines] [--create]`: enter an existing room
//! (without history; `--create` makes a missing one), post,
//! and exit 0 only once the room has reflected every message back to us,
//! which is the room's proof that it took and distributed it (XEP-0045
//! 7.4). Messages are matched by id and by XEP-0359 origin-id, since
//! a room may rewrite the one but keeps the other.

use std::time::{Duration, Instant};

use serde::Serialize;
use tokio::io::{AsyncBufReadExt, BufReader};
use xmpp_parsers::{
    jid::{BareJid, Jid},
    message::{Id, Lang, Message},
    minidom::Element,
    ns,
    stanza_id::OriginId,
};

use super::occupancy::{self, JoinOptions};
use super::parse_room;
use crate::cli::MucSayArgs;
use crate::config::Settings;
use crate::error::{Error, Result};
use crate::interrupt::{Interrupt, interrupted};
use crate::output::Output;
use crate::session::tls::io_reason;
use crate::session::{Session, conditions};

/// What `--json` prints per message once the room reflected it.
#[derive(Debug, Serialize)]
struct Posted<'a> {
    room: String,
    id: &'a str,
    confirmed: &'static str,
}

/// Messages posted to the room and not yet seen coming back.
struct Outbox {
    room: BareJid,
    /// Message ids with the instant each is given up on, oldest first.
    waiting: Vec<(String, Instant)>,
    output: Output,
}

impl Outbox {
    async fn post(&mut self, session: &mut Session, body: &str, due: Instant) -> Result<()> {
        let id = session.new_id();
        let mut message = Message::groupchat(Some(Jid::from(self.room.clone())))
            .with_body(Lang::default(), body.to_string())
            .with_payload(OriginId { id: id.clone() });
        message.id = Some(Id(id.clone()));
        session.send(message.into()).await?;
        self.waiting.push((id, due));
        Ok(())
    }

    /// Report a reflection of one of ours; an error reply to one of ours is
    /// a refusal (exit 7), e.g. forbidden for a visitor in a moderated room.
    fn on_stanza(&mut self, stanza: &Element) -> Result<()> {
        if stanza.name() != "message" || !occupancy::is_from_room(stanza, &self.room) {
            return Ok(());
        }
        let Some(index) = self.waiting.iter().position(|(id, _)| is_about(stanza, id)) else {
            return Ok(());
        };
        if stanza.attr("type") == Some("error") {
            return Err(conditions::stanza_error(
                format!("message to {}", self.room),
                stanza,
            ));
        }
        let (id, _) = self.waiting.remove(index);
        if self.output.is_json() {
            self.output.json(&Posted {
                room: self.room.to_string(),
                id: &id,
                confirmed: "reflected",
            });
        }
        Ok(())
    }

    /// Handle the next stanza, failing when the oldest message is due.
    async fn step(&mut self, session: &mut Session) -> Result<()> {
        let until = self
            .waiting
            .first()
            .map_or_else(crate::session::far_future, |(_, due)| *due);
        match session.next_stanza_until(until).await? {
            Some(stanza) => self.on_stanza(&stanza),
            None => match self.waiting.first() {
                Some((id, _)) => Err(Error::timeout(format!(
                    "timed out waiting for {} to reflect message {id}",
                    self.room
                ))
                .with_hint("raise the deadline with --timeout SECS")),
                None => Ok(()),
            },
        }
    }

    async fn await_all(&mut self, session: &mut Session) -> Result<()> {
        while !self.waiting.is_empty() {
            self.step(session).await?;
        }
        Ok(())
    }
}

/// A reflection carries our id, or at least our origin-id.
fn is_about(stanza: &Element, id: &str) -> bool {
    stanza.attr("id") == Some(id)
        || stanza
            .get_child("origin-id", ns::SID)
            .is_some_and(|origin| origin.attr("id") == Some(id))
}

pub async fn run(args: &MucSayArgs, settings: &Settings) -> Result<()> {
    let room = parse_room(&args.room)?;
    let reads_stdin = args.message.as_deref().is_none_or(|m| m == "-");
    if args.lines && !reads_stdin {
        return Err(Error::usage(
            "--lines reads the messages from stdin; drop the MESSAGE argument",
        ));
    }
    let input = if args.lines {
        Input::Lines(Interrupt::install()?)
    } else {
        Input::One(crate::commands::body::read(args.message.as_deref(), None)?)
    };
    let options = JoinOptions {
        nick: args.nick.clone(),
        password: args.password.clone(),
        history: 0,
    };
    let mut session = crate::commands::connect(settings).await?;
    // Entering a room that does not exist creates it: without --create,
    // a typo in the room name must not post into a new empty room.
    let joined = if args.create {
        occupancy::join(&mut session, &room, &options).await?
    } else {
        occupancy::join_existing(&mut session, &room, &options).await?
    };
    let mut outbox = Outbox {
        room,
        waiting: Vec::new(),
        output: settings.output,
    };
    let stopped_by_signal = match input {
        Input::One(body) => {
            outbox
                .post(&mut session, &body, settings.deadline())
                .await?;
            false
        }
        Input::Lines(mut interrupt) => {
            post_lines(&mut session, &mut outbox, &mut interrupt, settings.timeout).await?
        }
    };
    outbox.await_all(&mut session).await?;
    occupancy::leave(&mut session, &joined).await?;
    session.close().await?;
    if stopped_by_signal {
        return Err(interrupted());
    }
    Ok(())
}

/// Where the messages come from.
enum Input {
    /// MESSAGE, or all of stdin.
    One(String),
    /// `--lines`: stdin, line by line, until its end or a signal.
    Lines(Interrupt),
}

/// `--lines`: each stdin line is posted as it arrives, reflections are
/// reported meanwhile; each message gets `--timeout` to come back, and the
/// stream itself may last as long as stdin stays open. A signal ends the
/// input like its end would (what was posted is still awaited); returns
/// whether that happened.
async fn post_lines(
    session: &mut Session,
    outbox: &mut Outbox,
    interrupt: &mut Interrupt,
    timeout: Duration,
) -> Result<bool> {
    session.extend_deadline(crate::session::far_future());
    let mut lines = BufReader::new(tokio::io::stdin()).lines();
    loop {
        let line = tokio::select! {
            line = lines.next_line() => line
                .map_err(|e| Error::usage(format!("cannot read stdin: {}", io_reason(&e))))?,
            result = outbox.step(session) => {
                result?;
                continue;
            }
            _ = interrupt.received() => return Ok(true),
        };
        let Some(line) = line else { return Ok(false) };
        let line = line.trim_end_matches('\r');
        if !line.is_empty() {
            outbox.post(session, line, Instant::now() + timeout).await?;
        }
    }
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
