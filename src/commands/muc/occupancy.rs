//! Entering and leaving a room (XEP-0045 7.2 and 7.14): the join presence,
//! the occupant list, the self-presence (status 110) that proves we are in,
//! the history up to the subject, and the refusals a room answers with.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use xmpp_parsers::{
    data_forms::{DataForm, DataFormType, Field, FieldType},
    jid::{BareJid, FullJid, Jid},
    minidom::Element,
    muc::{Muc, muc::History},
    presence::Presence,
};

use super::room::{NS_ROOMCONFIG, submit_config};
use crate::diag;
use crate::error::{Error, Result};
use crate::records::{Entry, Occupant, Received};
use crate::session::{Session, conditions};
use xmpp_parsers::ns;

/// Status codes of muc#user presences (XEP-0045 15.6).
const STATUS_SELF: u16 = 110;
const STATUS_CREATED: u16 = 201;
const STATUS_SHUTDOWN: u16 = 332;
const STATUS_TECHNICAL: u16 = 333;

/// XEP-0045 makes the subject the last thing a room sends on entry, so it
/// marks the end of the history; a server that never sends one must not
/// turn a good join into a timeout, so wait only this long for it.
const SUBJECT_GRACE: Duration = Duration::from_secs(5);

/// How to enter a room.
#[derive(Debug, Clone)]
pub struct JoinOptions {
    /// The nickname the user chose. `None`: the account's local part, and
    /// once more with a random suffix when that is taken.
    pub nick: Option<String>,
    pub password: Option<String>,
    /// How many past messages to ask for (`maxstanzas`).
    pub history: u32,
}

/// What a presence from the room did to the occupant list.
#[derive(Debug, PartialEq)]
pub enum Change {
    Arrived(Occupant),
    Left(Occupant),
    /// A known occupant changed role, affiliation or status.
    Updated,
    /// The room put us out (kicked, banned, destroyed); says why.
    Removed(String),
    /// Our presence ended by a fault, not a decision: enter again.
    Dropped,
}

/// Our place in a room, once the room let us in.
#[derive(Debug)]
pub struct Joined {
    pub room: BareJid,
    /// The nickname the room gave us (it may rewrite the one asked for).
    pub nick: String,
    /// The room did not exist before (status 201).
    pub created: bool,
    pub subject: Option<String>,
    /// By nickname, ourselves included.
    pub occupants: BTreeMap<String, Occupant>,
    pub history: Vec<Received>,
}

impl Joined {
    fn new(room: &BareJid, nick: &str) -> Joined {
        Joined {
            room: room.clone(),
            nick: nick.to_string(),
            created: false,
            subject: None,
            occupants: BTreeMap::new(),
            history: Vec::new(),
        }
    }

    /// What the room showed on entry, as reported.
    pub fn entry(&self) -> Entry {
        Entry {
            room: self.room.to_string(),
            nick: self.nick.clone(),
            created: self.created,
            subject: self.subject.clone(),
            occupants: self.occupants.values().cloned().collect(),
            history: self.history.clone(),
        }
    }

    /// Our occupant JID (room@service/nick).
    pub fn occupant_jid(&self) -> Result<FullJid> {
        occupant_jid(&self.room, &self.nick)
    }

    /// Apply a presence from the room to the occupant list.
    pub fn observe(&mut self, presence: &Element) -> Option<Change> {
        let nick = nick_of(presence, &self.room)?;
        let occupant = occupant_of(presence, &nick);
        let unavailable = presence.attr("type") == Some("unavailable");
        let codes = status_codes(presence);
        if dropped_from(presence).is_some() {
            return Some(Change::Dropped);
        }
        // Our own removal is marked with status 110, but ejabberd's for a
        // destroyed room carries none: our nickname says it is us as well.
        let ours = nick == self.nick || codes.contains(&STATUS_SELF);
        if unavailable && ours {
            return Some(Change::Removed(removal_reason(presence)));
        }
        if unavailable {
            let known = self.occupants.remove(&nick);
            return Some(Change::Left(known.unwrap_or(occupant)));
        }
        match self.occupants.insert(nick, occupant.clone()) {
            None => Some(Change::Arrived(occupant)),
            Some(_) => Some(Change::Updated),
        }
    }

    /// Everything the room sends on entry after the self-presence: history
    /// messages, then the subject (XEP-0045 7.2.15).
    async fn read_history(&mut self, session: &mut Session) -> Result<()> {
        let until = Instant::now() + SUBJECT_GRACE;
        let room = self.room.clone();
        // Only the room's stanzas: anything else (a direct message during
        // the join) stays for the command, in order.
        let from_room = |s: &mut Session| s.take_stanza(|stanza| is_from_room(stanza, &room));
        while let Some(stanza) = session.wait_until(until, from_room).await? {
            match stanza.name() {
                "presence" => {
                    self.observe(&stanza);
                }
                "message" if is_from_room(&stanza, &self.room) => {
                    if let Some(subject) = subject_of(&stanza) {
                        self.subject = Some(subject).filter(|s| !s.is_empty());
                        return Ok(());
                    }
                    self.history.extend(Received::from_stanza(&stanza));
                }
                _ => {}
            }
        }
        diag::phase(format_args!(
            "{} sent no subject; history may be incomplete",
            self.room
        ));
        Ok(())
    }
}

/// Enter `room` and make a room that did not exist usable at once: an
/// instant room with the service's default configuration (XEP-0045 10.1.2).
/// Says so on stderr (unless -q): a typo in a room name makes a new room.
pub async fn join(session: &mut Session, room: &BareJid, options: &JoinOptions) -> Result<Joined> {
    let joined = enter(session, room, options).await?;
    if joined.created {
        accept_defaults(session, room).await?;
        diag::notice(format_args!(
            "{room} did not exist; created it (an instant room)"
        ));
    }
    Ok(joined)
}

/// Enter `room`, which must exist: for commands that use a room rather
/// than make one. A room that entering created (status 201) is made
/// temporary and left, which ends it, and the command fails with
/// item-not-found (exit 7).
pub async fn join_existing(
    session: &mut Session,
    room: &BareJid,
    options: &JoinOptions,
) -> Result<Joined> {
    let joined = enter(session, room, options).await?;
    if joined.created {
        make_temporary(session, room).await?;
        leave(session, &joined).await?;
        let error = Error::refused(format!("{room}: item-not-found; the room does not exist"));
        return Err(error.with_condition("item-not-found"));
    }
    Ok(joined)
}

/// The room put us out (`Change::Removed`): exit 7 with condition `gone`,
/// as XEP-0045 has it for a destroyed room, and the reason.
pub fn removed(room: &BareJid, why: &str) -> Error {
    Error::refused(format!("removed from {room}: {why}")).with_condition("gone")
}

/// Accept the service's default configuration: an empty submitted form
/// makes a new room an instant room (XEP-0045 10.1.2) and unlocks it.
async fn accept_defaults(session: &mut Session, room: &BareJid) -> Result<()> {
    let empty = DataForm {
        type_: DataFormType::Submit,
        title: None,
        instructions: None,
        fields: Vec::new(),
    };
    submit_config(session, room, empty, "configuring the new room").await
}

/// Undo a room that entering just created: make it temporary, so that it
/// ends when we leave. Not a destroy: Prosody keeps a tombstone of a
/// destroyed persistent room, which refuses its name (`gone`) for weeks.
pub async fn make_temporary(session: &mut Session, room: &BareJid) -> Result<()> {
    let persistent =
        Field::new("muc#roomconfig_persistentroom", FieldType::Boolean).with_value("0");
    let form = DataForm::new(DataFormType::Submit, NS_ROOMCONFIG, vec![persistent]);
    submit_config(session, room, form, "making the new room temporary").await
}

/// Enter `room`; a room created by entering stays locked (on servers that
/// lock) for the caller to configure.
pub async fn enter(session: &mut Session, room: &BareJid, options: &JoinOptions) -> Result<Joined> {
    let nick = match &options.nick {
        Some(nick) => nick.clone(),
        None => default_nick(session),
    };
    match enter_as(session, room, &nick, options).await {
        Err(e) if options.nick.is_none() && e.condition.as_deref() == Some("conflict") => {
            let other = format!("{nick}-{:04x}", rand::random::<u16>());
            diag::phase(format_args!(
                "the nickname {nick} is taken in {room}; trying {other}"
            ));
            enter_as(session, room, &other, options).await
        }
        result => result,
    }
}

/// Say goodbye to the room (unavailable presence to our occupant JID).
pub async fn leave(session: &mut Session, joined: &Joined) -> Result<()> {
    session.restore_after_login(joined.room.as_str(), None);
    let presence = Presence::unavailable().with_to(joined.occupant_jid()?);
    session.send(presence.into()).await
}

/// The account's local part: the nickname people expect to see.
fn default_nick(session: &Session) -> String {
    session
        .jid()
        .node()
        .map(|node| node.to_string())
        .unwrap_or_else(|| "xmppctl".to_string())
}

async fn enter_as(
    session: &mut Session,
    room: &BareJid,
    nick: &str,
    options: &JoinOptions,
) -> Result<Joined> {
    let join = |history: u32| -> Result<Element> {
        let mut muc = Muc::new().with_history(History::new().with_maxstanzas(history));
        muc.password = options.password.clone();
        let presence = Presence::available()
            .with_to(occupant_jid(room, nick)?)
            .with_payload(muc);
        Ok(presence.into())
    };
    session.send(join(options.history)?).await?;

    let mut joined = Joined::new(room, nick);
    let waiting = format!("waiting to enter {room}");
    let room_presence = |s: &mut Session| {
        s.take_stanza(|stanza| stanza.name() == "presence" && is_from_room(stanza, room))
    };
    loop {
        let stanza = session.wait_for(&waiting, room_presence).await?;
        if stanza.attr("type") == Some("error") {
            return Err(refusal(room, nick, &stanza));
        }
        joined.observe(&stanza);
        let codes = status_codes(&stanza);
        if codes.contains(&STATUS_SELF) {
            joined.nick = nick_of(&stanza, room).unwrap_or(joined.nick);
            joined.created = codes.contains(&STATUS_CREATED);
            break;
        }
    }
    diag::phase(format_args!("entered {room} as {}", joined.nick));
    // After a fresh login (a restarted server) the room is entered again,
    // without its history this time.
    session.restore_after_login(room.as_str(), Some(join(0)?));
    joined.read_history(session).await?;
    Ok(joined)
}

fn occupant_jid(room: &BareJid, nick: &str) -> Result<FullJid> {
    room.with_resource_str(nick)
        .map_err(|e| Error::usage(format!("invalid nickname {nick:?}: {e}")))
}

/// A join refused by the room: exit 7, the condition, and what it means
/// for a room (XEP-0045 7.2.6-7.2.11).
fn refusal(room: &BareJid, nick: &str, stanza: &Element) -> Error {
    let mut error = conditions::stanza_error(format!("cannot join {room} as {nick}"), stanza);
    let meaning = match error.condition.as_deref() {
        Some("not-authorized") => {
            "the room needs a password and none or a wrong one was given (--password)"
        }
        Some("forbidden") => "this account is banned from the room",
        Some("registration-required") => "the room is members-only",
        Some("conflict") => "the nickname is taken (choose another with --nick)",
        Some("service-unavailable") => "the room is full",
        Some("item-not-found") => "the room is locked or does not exist",
        Some("not-allowed") => "this account may not create rooms there",
        Some("gone") => "the room was destroyed",
        _ => return error,
    };
    error.message = format!("{}; {meaning}", error.message);
    error
}

/// The room whose presence of ours `presence` ended by a fault rather than
/// a decision (XEP-0045 332: the service is shutting down, the stream will
/// end and the session enters again after logging in; 333: a technical
/// problem, such as a restarted server that still held our earlier
/// session): the room to enter again.
pub fn dropped_from(presence: &Element) -> Option<BareJid> {
    let codes = status_codes(presence);
    let dropped = presence.name() == "presence"
        && presence.attr("type") == Some("unavailable")
        && codes.contains(&STATUS_SELF)
        && (codes.contains(&STATUS_SHUTDOWN) || codes.contains(&STATUS_TECHNICAL));
    let from: Jid = presence.attr("from")?.parse().ok()?;
    dropped.then(|| from.to_bare())
}

/// After [`dropped_from`]: enter `room` again as the last join did (the
/// session keeps that presence for fresh logins; no history).
pub async fn reenter(session: &mut Session, room: &BareJid) -> Result<()> {
    diag::notice(format_args!("{room} dropped our presence; entering again"));
    session.resend_restored(room.as_str()).await
}

/// Whether a stanza comes from the room or one of its occupants.
pub fn is_from_room(stanza: &Element, room: &BareJid) -> bool {
    stanza
        .attr("from")
        .and_then(|from| from.parse::<Jid>().ok())
        .is_some_and(|from| from.to_bare() == *room)
}

/// The occupant a stanza comes from: the resource of room@service/nick.
fn nick_of(stanza: &Element, room: &BareJid) -> Option<String> {
    let from: FullJid = stanza.attr("from")?.parse().ok()?;
    (from.to_bare() == *room).then(|| from.resource().to_string())
}

/// The status codes of a muc#user payload.
fn status_codes(stanza: &Element) -> Vec<u16> {
    stanza
        .get_child("x", ns::MUC_USER)
        .map(|x| {
            x.children()
                .filter(|c| c.is("status", ns::MUC_USER))
                .filter_map(|c| c.attr("code")?.parse().ok())
                .collect()
        })
        .unwrap_or_default()
}

/// Why the room sent us our own unavailable presence (XEP-0045 15.6.2).
fn removal_reason(presence: &Element) -> String {
    let x = presence.get_child("x", ns::MUC_USER);
    if let Some(destroy) = x.and_then(|x| x.get_child("destroy", ns::MUC_USER)) {
        return match destroy.get_child("reason", ns::MUC_USER) {
            Some(reason) => format!("the room was destroyed ({})", reason.text()),
            None => "the room was destroyed".into(),
        };
    }
    let codes = status_codes(presence);
    let why = [
        (301, "banned"),
        (307, "kicked"),
        (321, "no longer affiliated"),
        (322, "the room is now members-only"),
    ]
    .into_iter()
    .find(|(code, _)| codes.contains(code))
    .map_or("the room ended our presence", |(_, why)| why);
    let reason = x
        .and_then(|x| x.get_child("item", ns::MUC_USER))
        .and_then(|item| item.get_child("reason", ns::MUC_USER))
        .map(|reason| format!(" ({})", reason.text()))
        .unwrap_or_default();
    format!("{why}{reason}")
}

/// Read as raw attributes: a room may show bare real JIDs, which the typed
/// `muc::user::Item` (full JIDs only) would reject.
fn occupant_of(presence: &Element, nick: &str) -> Occupant {
    let item = presence
        .get_child("x", ns::MUC_USER)
        .and_then(|x| x.get_child("item", ns::MUC_USER));
    let attr = |name: &str| item.and_then(|i| i.attr(name)).map(String::from);
    Occupant {
        nick: nick.to_string(),
        role: attr("role").unwrap_or_else(|| "none".into()),
        affiliation: attr("affiliation").unwrap_or_else(|| "none".into()),
        jid: attr("jid"),
    }
}

/// A subject change is a message with a `<subject/>` and no body
/// (XEP-0045 8.1); an empty subject means "no subject".
fn subject_of(message: &Element) -> Option<String> {
    let ns = message.ns();
    if message.attr("type") != Some("groupchat") || message.get_child("body", ns.as_str()).is_some()
    {
        return None;
    }
    message.get_child("subject", ns.as_str()).map(|s| s.text())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn element(xml: &str) -> Element {
        xml.parse().unwrap()
    }

    fn room() -> BareJid {
        "lobby@conference.example.org".parse().unwrap()
    }

    #[test]
    fn observes_arrivals_updates_and_departures() {
        let mut joined = Joined::new(&room(), "alice");
        let bob = element(
            "<presence xmlns='jabber:client' from='lobby@conference.example.org/bob'><x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='member' role='participant' jid='bob@example.org'/></x></presence>",
        );
        let expected = Occupant {
            nick: "bob".into(),
            role: "participant".into(),
            affiliation: "member".into(),
            jid: Some("bob@example.org".into()),
        };
        assert_eq!(
            joined.observe(&bob),
            Some(Change::Arrived(expected.clone()))
        );
        assert_eq!(joined.observe(&bob), Some(Change::Updated));
        let gone = element(
            "<presence xmlns='jabber:client' type='unavailable' from='lobby@conference.example.org/bob'><x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='member' role='none'/></x></presence>",
        );
        assert_eq!(joined.observe(&gone), Some(Change::Left(expected)));
        let elsewhere =
            element("<presence xmlns='jabber:client' from='other@conference.example.org/bob'/>");
        assert_eq!(joined.observe(&elsewhere), None);
    }

    #[test]
    fn reads_status_codes_and_subjects() {
        let own = element(
            "<presence xmlns='jabber:client' from='lobby@conference.example.org/alice'><x xmlns='http://jabber.org/protocol/muc#user'><status code='110'/><status code='201'/></x></presence>",
        );
        assert_eq!(status_codes(&own), vec![110, 201]);
        let subject = element(
            "<message xmlns='jabber:client' type='groupchat' from='lobby@conference.example.org'><subject>Plans</subject></message>",
        );
        assert_eq!(subject_of(&subject).as_deref(), Some("Plans"));
        let talk = element(
            "<message xmlns='jabber:client' type='groupchat' from='lobby@conference.example.org/bob'><subject>x</subject><body>hi</body></message>",
        );
        assert_eq!(subject_of(&talk), None);
    }

    #[test]
    fn a_presence_ended_by_a_fault_is_entered_again_not_an_exit() {
        let kicked_by_fault = element(
            "<presence xmlns='jabber:client' type='unavailable' from='lobby@conference.example.org/alice'><x xmlns='http://jabber.org/protocol/muc#user'><status code='333'/><item affiliation='none' role='none'/><status code='110'/></x></presence>",
        );
        assert_eq!(dropped_from(&kicked_by_fault), Some(room()));
        let mut joined = Joined::new(&room(), "alice");
        assert_eq!(joined.observe(&kicked_by_fault), Some(Change::Dropped));
        let someone_else = element(
            "<presence xmlns='jabber:client' type='unavailable' from='lobby@conference.example.org/bob'><x xmlns='http://jabber.org/protocol/muc#user'><status code='333'/></x></presence>",
        );
        assert_eq!(dropped_from(&someone_else), None);
    }

    #[test]
    fn removals_say_why() {
        let mut joined = Joined::new(&room(), "alice");
        let banned = element(
            "<presence xmlns='jabber:client' type='unavailable' from='lobby@conference.example.org/alice'><x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='outcast' role='none'><reason>spam</reason></item><status code='301'/><status code='110'/></x></presence>",
        );
        assert_eq!(
            joined.observe(&banned),
            Some(Change::Removed("banned (spam)".into()))
        );
        let destroyed = element(
            "<presence xmlns='jabber:client' type='unavailable' from='lobby@conference.example.org/alice'><x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' role='none'/><destroy><reason>moving</reason></destroy><status code='110'/></x></presence>",
        );
        assert_eq!(
            joined.observe(&destroyed),
            Some(Change::Removed("the room was destroyed (moving)".into()))
        );
        // ejabberd: no status 110, but our nickname.
        let destroyed_by_ejabberd = element(
            "<presence xmlns='jabber:client' type='unavailable' from='lobby@conference.example.org/alice'><x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' role='none'/><destroy><reason>moving</reason></destroy></x></presence>",
        );
        assert_eq!(
            joined.observe(&destroyed_by_ejabberd),
            Some(Change::Removed("the room was destroyed (moving)".into()))
        );
        let kicked = element(
            "<presence xmlns='jabber:client' type='unavailable' from='lobby@conference.example.org/alice'><x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' role='none'><reason>calm down</reason></item><status code='307'/></x></presence>",
        );
        assert_eq!(
            joined.observe(&kicked),
            Some(Change::Removed("kicked (calm down)".into()))
        );
    }

    #[test]
    fn refusals_say_what_the_condition_means() {
        let error = refusal(
            &room(),
            "alice",
            &element(
                "<presence xmlns='jabber:client' type='error' from='lobby@conference.example.org/alice'><error type='auth'><registration-required xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></presence>",
            ),
        );
        assert_eq!(error.kind.exit_code(), 7);
        assert_eq!(error.condition.as_deref(), Some("registration-required"));
        assert_eq!(
            error.message,
            "cannot join lobby@conference.example.org as alice: registration-required; the room is members-only"
        );
    }
}
