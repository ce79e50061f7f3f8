//! `muc join ROOM`: enter, print what a newcomer sees (subject, occupants,
//! history), optionally listen for `--listen SECS`, leave.

use std::time::{Duration, Instant};

use serde::Serialize;
use xmpp_parsers::{jid::BareJid, minidom::Element};

use super::occupancy::{self, Change, JoinOptions, Joined, Occupant};
use super::parse_room;
use crate::cli::MucJoinArgs;
use crate::commands::listen::Received;
use crate::config::Settings;
use crate::error::Result;
use crate::interrupt::{Interrupt, interrupted};
use crate::output::{Output, sanitize};
use crate::session::Session;

/// `muc join --json` without `--listen`: the one document
/// `{"room","nick","created","subject","occupants":[...],"history":[...]}`.
#[derive(Debug, Serialize)]
struct Report<'a> {
    room: String,
    nick: &'a str,
    created: bool,
    subject: Option<&'a str>,
    occupants: Vec<&'a Occupant>,
    history: &'a [Received],
}

/// `muc join --listen SECS --json` prints JSON Lines, one object per event,
/// told apart by `event`:
/// - `{"event":"entered","room","nick","created","subject"}`, first;
/// - `{"event":"occupant","nick","role","affiliation","jid"}` for everyone
///   in the room on entry, ourselves included;
/// - `{"event":"history","from","to","id","type","body","subject","thread","delay"}`
///   for each past message (the fields of `listen`);
/// - then, as they happen: `{"event":"message",...}` (the same fields; a
///   subject change has `subject` and no `body`), and
///   `{"event":"join",...}` / `{"event":"leave",...}` with the occupant's
///   fields when someone enters or leaves.
#[derive(Debug, Serialize)]
#[serde(tag = "event", rename_all = "lowercase")]
enum Event<'a> {
    Entered {
        room: String,
        nick: &'a str,
        created: bool,
        subject: Option<&'a str>,
    },
    Occupant(&'a Occupant),
    History(&'a Received),
    Message(&'a Received),
    Join(&'a Occupant),
    Leave(&'a Occupant),
}

pub async fn run(args: &MucJoinArgs, settings: &Settings) -> Result<()> {
    let room = parse_room(&args.room)?;
    let options = JoinOptions {
        nick: args.nick.clone(),
        password: args.password.clone(),
        history: args.history,
    };
    let output = settings.output;
    // Signals are caught only for --listen, which leaves politely on them;
    // a plain join stays killable at once.
    let interrupt = args.listen.is_some().then(Interrupt::install).transpose()?;
    let mut session = crate::commands::connect(settings).await?;
    let mut joined = occupancy::join(&mut session, &room, &options).await?;
    let (Some(seconds), Some(mut interrupt)) = (args.listen, interrupt) else {
        occupancy::leave(&mut session, &joined).await?;
        session.close().await?;
        print_entry(&joined, output, false);
        return Ok(());
    };
    print_entry(&joined, output, true);
    let until = Instant::now() + Duration::from_secs_f64(seconds);
    // --timeout bounded the join; the listening time is --listen, and
    // leaving afterwards gets --timeout again.
    session.extend_deadline(until + settings.timeout);
    let result = listen(&mut session, &mut joined, until, &mut interrupt, output).await;
    occupancy::leave(&mut session, &joined).await?;
    session.close().await?;
    result
}

/// Print events until `until`, a signal (exit 130, after leaving), or the
/// room removing us (exit 7).
async fn listen(
    session: &mut Session,
    joined: &mut Joined,
    until: Instant,
    interrupt: &mut Interrupt,
    output: Output,
) -> Result<()> {
    loop {
        let stanza = tokio::select! {
            stanza = session.wait_until(until, |s| from_room_or_empty(s, &joined.room)) => stanza?,
            _ = interrupt.received() => return Err(interrupted()),
        };
        let Some(stanza) = stanza else { return Ok(()) };
        if !on_stanza(&stanza, joined, output)? {
            return Ok(());
        }
    }
}

/// The room's stanzas and whatever carries no content; a direct message
/// stays unacknowledged for the account's other clients.
fn from_room_or_empty(session: &mut Session, room: &BareJid) -> Option<Element> {
    session.take_stanza(|stanza| {
        occupancy::is_from_room(stanza, room) || Received::from_stanza(stanza).is_none()
    })
}

/// Print what a stanza from the room shows; false once stdout is gone.
fn on_stanza(stanza: &Element, joined: &mut Joined, output: Output) -> Result<bool> {
    let printed = match stanza.name() {
        "presence" => match joined.observe(stanza) {
            Some(Change::Arrived(occupant)) => print_event(&Event::Join(&occupant), output),
            Some(Change::Left(occupant)) => print_event(&Event::Leave(&occupant), output),
            Some(Change::Removed(why)) => return Err(occupancy::removed(&joined.room, &why)),
            Some(Change::Updated) | None => true,
        },
        "message" if occupancy::is_from_room(stanza, &joined.room) => {
            match Received::from_stanza(stanza) {
                Some(message) => print_event(&Event::Message(&message), output),
                None => true,
            }
        }
        _ => true,
    };
    Ok(printed)
}

/// What the room showed on entry: one JSON document, or (with `--listen`)
/// the first events of the stream, or text lines.
fn print_entry(joined: &Joined, output: Output, streaming: bool) {
    let room = joined.room.to_string();
    let subject = joined.subject.as_deref();
    if output.is_json() && !streaming {
        output.json_document(&Report {
            room,
            nick: &joined.nick,
            created: joined.created,
            subject,
            occupants: joined.occupants.values().collect(),
            history: &joined.history,
        });
        return;
    }
    if output.is_json() {
        output.json(&Event::Entered {
            room,
            nick: &joined.nick,
            created: joined.created,
            subject,
        });
        for occupant in joined.occupants.values() {
            output.json(&Event::Occupant(occupant));
        }
        for message in &joined.history {
            output.json(&Event::History(message));
        }
        return;
    }
    output.line(&sanitize(&format!("entered {room} as {}", joined.nick)));
    if joined.created {
        output.line(&sanitize(&format!("created {room} (an instant room)")));
    }
    if let Some(subject) = subject {
        output.line(&sanitize(&format!("subject: {subject}")));
    }
    print_occupants(joined, output);
    for message in &joined.history {
        message.print(output);
    }
}

/// Text: `occupant  NICK  ROLE  AFFILIATION  JID`, aligned.
fn print_occupants(joined: &Joined, output: Output) {
    let width = |f: fn(&Occupant) -> usize| joined.occupants.values().map(f).max().unwrap_or(0);
    let (nick, role, affiliation) = (
        width(|o| o.nick.len()),
        width(|o| o.role.len()),
        width(|o| o.affiliation.len()),
    );
    for o in joined.occupants.values() {
        let line = format!(
            "occupant  {:nick$}  {:role$}  {:affiliation$}  {}",
            o.nick,
            o.role,
            o.affiliation,
            o.jid.as_deref().unwrap_or("")
        );
        output.line(&sanitize(line.trim_end()));
    }
}

/// One live event of `--listen`: a JSON line, or text (`NICK joined as
/// ROLE`, `NICK left`, `FROM: BODY`). False once stdout is gone.
fn print_event(event: &Event, output: Output) -> bool {
    if output.is_json() {
        return output.json(event);
    }
    match event {
        Event::Join(o) => output.line(&sanitize(&format!("{} joined as {}", o.nick, o.role))),
        Event::Leave(o) => output.line(&sanitize(&format!("{} left", o.nick))),
        Event::Message(message) => message.print(output),
        // What the room shows on entry is printed as one block by print_entry.
        Event::Entered { .. } | Event::Occupant(_) | Event::History(_) => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_are_tagged_objects() {
        let occupant = Occupant {
            nick: "bob".into(),
            role: "participant".into(),
            affiliation: "none".into(),
            jid: None,
        };
        let line = serde_json::to_value(Event::Join(&occupant)).unwrap();
        assert_eq!(
            line,
            serde_json::json!({"event": "join", "nick": "bob", "role": "participant", "affiliation": "none", "jid": null})
        );
        let entered = serde_json::to_value(Event::Entered {
            room: "r@c".into(),
            nick: "alice",
            created: true,
            subject: None,
        })
        .unwrap();
        assert_eq!(entered["event"], "entered");
        assert_eq!(entered["created"], true);
    }
}
