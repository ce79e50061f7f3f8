//! `muc join ROOM`: enter, report what a newcomer sees (subject, occupants,
//! history), optionally follow the room for `--listen SECS`, leave.

use std::time::{Duration, Instant};

use xmpp_parsers::{jid::BareJid, minidom::Element};

use super::occupancy::{self, Change, JoinOptions, Joined};
use super::room::parse_room;
use crate::config::Settings;
use crate::error::Result;
use crate::interrupt::{Interrupt, interrupted};
use crate::records::{Entry, Received, RoomEvent};
use crate::session::Session;

#[derive(Debug)]
pub struct Request {
    pub room: String,
    pub options: JoinOptions,
    /// Stay this many seconds and report what happens.
    pub listen: Option<f64>,
}

/// `muc join --bookmarks`: ROOM, if given, with the options of the
/// command line, and the autojoin bookmarks' rooms with their own.
#[derive(Debug)]
pub struct Bookmarked {
    pub room: Option<String>,
    pub options: JoinOptions,
}

/// Enter each room in turn, see what it shows, leave: the entries are
/// the outcome. A room the command line names and a bookmark holds too
/// is entered once, as the command line says.
pub async fn run_bookmarked(request: &Bookmarked, settings: &Settings) -> Result<Vec<Entry>> {
    let named = request.room.as_deref().map(parse_room).transpose()?;
    let mut session = crate::commands::connect(settings).await?;
    let mut rooms: Vec<(BareJid, JoinOptions)> = Vec::new();
    if let Some(room) = named {
        rooms.push((room, request.options.clone()));
    }
    for bookmark in crate::commands::bookmarks::autojoin(&mut session).await? {
        if rooms.iter().any(|(room, _)| *room == bookmark.room) {
            continue;
        }
        let mut options = bookmark.join_options();
        options.history = request.options.history;
        rooms.push((bookmark.room, options));
    }
    let mut entries = Vec::with_capacity(rooms.len());
    for (room, options) in &rooms {
        let joined = occupancy::join(&mut session, room, options).await?;
        occupancy::leave(&mut session, &joined).await?;
        entries.push(joined.entry());
    }
    session.close().await?;
    Ok(entries)
}

/// Enter, see what the room shows, leave: the entry is the outcome.
pub async fn run(request: &Request, settings: &Settings) -> Result<Entry> {
    let room = parse_room(&request.room)?;
    let mut session = crate::commands::connect(settings).await?;
    let joined = occupancy::join(&mut session, &room, &request.options).await?;
    occupancy::leave(&mut session, &joined).await?;
    session.close().await?;
    Ok(joined.entry())
}

/// `--listen SECS`: report the entry, then messages, joins and leaves as
/// they happen, until the time is up, a signal (exit 130, after leaving),
/// or the room removing us (exit 7).
pub async fn listen(
    request: &Request,
    seconds: f64,
    settings: &Settings,
    mut report: impl FnMut(RoomEvent) -> bool,
) -> Result<()> {
    let room = parse_room(&request.room)?;
    // Signals are caught only while listening, which leaves politely on
    // them; a plain join stays killable at once.
    let mut interrupt = Interrupt::install()?;
    let mut session = crate::commands::connect_surviving(settings).await?;
    let mut joined = occupancy::join(&mut session, &room, &request.options).await?;
    let result = if report(RoomEvent::Entered(joined.entry())) {
        let until = Instant::now() + Duration::from_secs_f64(seconds);
        // --timeout bounded the join; the listening time is --listen, and
        // leaving afterwards gets --timeout again.
        session.extend_deadline(until + settings.timeout);
        follow(
            &mut session,
            &mut joined,
            until,
            &mut interrupt,
            &mut report,
        )
        .await
    } else {
        Ok(())
    };
    occupancy::leave(&mut session, &joined).await?;
    session.close().await?;
    result
}

async fn follow(
    session: &mut Session,
    joined: &mut Joined,
    until: Instant,
    interrupt: &mut Interrupt,
    report: &mut impl FnMut(RoomEvent) -> bool,
) -> Result<()> {
    loop {
        let stanza = tokio::select! {
            stanza = session.wait_until(until, |s| from_room_or_empty(s, &joined.room)) => stanza?,
            _ = interrupt.received() => return Err(interrupted()),
        };
        let Some(stanza) = stanza else { return Ok(()) };
        if occupancy::dropped_from(&stanza).is_some() {
            occupancy::reenter(session, &joined.room).await?;
            continue;
        }
        if let Some(event) = event_of(&stanza, joined)?
            && !report(event)
        {
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

/// What a stanza from the room shows, if anything worth reporting.
fn event_of(stanza: &Element, joined: &mut Joined) -> Result<Option<RoomEvent>> {
    Ok(match stanza.name() {
        "presence" => match joined.observe(stanza) {
            Some(Change::Arrived(occupant)) => Some(RoomEvent::Join(occupant)),
            Some(Change::Left(occupant)) => Some(RoomEvent::Leave(occupant)),
            Some(Change::Removed(why)) => return Err(occupancy::removed(&joined.room, &why)),
            Some(Change::Updated | Change::Dropped) | None => None,
        },
        "message" if occupancy::is_from_room(stanza, &joined.room) => {
            Received::from_stanza(stanza).map(RoomEvent::Message)
        }
        _ => None,
    })
}
