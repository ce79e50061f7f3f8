//! What commands report: every result as a plain Rust value. The field
//! names here are the JSON shapes of doc/cli.md (a test checks each
//! command's output against that page); `output` alone turns these into
//! text or JSON. Commands build them; nothing here does I/O.
//!
//! Records printed as JSON Lines (streams: `send`, `listen`, `muc say`,
//! `muc join --listen`, `iq raw --lines`) carry an `event` tag.

use serde::Serialize;
use xmpp_parsers::{minidom::Element, ns};

/// `send`: one per message, once the server confirmed it.
#[derive(Debug, Serialize)]
#[serde(tag = "event", rename = "sent")]
pub struct Sent {
    pub to: String,
    pub id: String,
    #[serde(rename = "type")]
    pub message_type: &'static str,
    /// `ack`, `ping`, `ping-error` (a ping answered with an error still
    /// proves the server processed what came before it) or `receipt`.
    pub confirmed: &'static str,
}

/// `send --dry-run`: one per stanza that would be sent.
#[derive(Debug, Serialize)]
#[serde(tag = "event", rename = "stanza")]
pub struct DryRun {
    pub to: Option<String>,
    pub id: String,
    #[serde(rename = "type")]
    pub message_type: &'static str,
    pub xml: String,
}

/// A received message with a body or subject (`listen`, room history).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Received {
    pub from: Option<String>,
    pub to: Option<String>,
    pub id: Option<String>,
    #[serde(rename = "type")]
    pub message_type: String,
    pub body: Option<String>,
    pub subject: Option<String>,
    pub thread: Option<String>,
    /// XEP-0203 timestamp of offline or history messages.
    pub delay: Option<String>,
    /// The URL of an attached file (XEP-0066 `jabber:x:oob`), as `upload
    /// --to` sends it.
    pub oob: Option<String>,
}

impl Received {
    /// A message worth printing (it has a body or subject), else `None`.
    pub fn from_stanza(stanza: &Element) -> Option<Received> {
        if stanza.name() != "message" || stanza.attr("type") == Some("error") {
            return None;
        }
        let ns = stanza.ns();
        let child_text = |name: &str| stanza.get_child(name, ns.as_str()).map(|c| c.text());
        let body = child_text("body");
        let subject = child_text("subject");
        if body.is_none() && subject.is_none() {
            return None; // chat states, receipts, markers
        }
        Some(Received {
            from: stanza.attr("from").map(String::from),
            to: stanza.attr("to").map(String::from),
            id: stanza.attr("id").map(String::from),
            message_type: stanza.attr("type").unwrap_or("normal").to_string(),
            body,
            subject,
            thread: child_text("thread"),
            delay: stanza
                .get_child("delay", ns::DELAY)
                .and_then(|d| d.attr("stamp"))
                .map(String::from),
            oob: stanza
                .get_child("x", ns::OOB)
                .and_then(|x| x.get_child("url", ns::OOB))
                .map(|url| url.text()),
        })
    }
}

/// `listen`: JSON Lines, one per message.
#[derive(Debug, Serialize)]
#[serde(tag = "event", rename_all = "lowercase")]
pub enum Heard {
    Message(Received),
}

/// `ping`: one per answered ping, as it comes (text only).
#[derive(Debug)]
pub struct Pong {
    pub jid: String,
    pub rtt_ms: f64,
}

/// `ping`: the summary of the session's pings.
#[derive(Debug, Serialize)]
pub struct PingReport {
    pub jid: String,
    pub count: usize,
    pub rtt_ms: Vec<f64>,
    pub min_ms: f64,
    pub median_ms: f64,
    pub max_ms: f64,
}

/// A roster entry (`roster list`).
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct Contact {
    pub jid: String,
    pub name: Option<String>,
    pub subscription: String,
    pub ask: Option<String>,
    pub groups: Vec<String>,
}

/// `roster add`: what the roster now holds for the contact.
#[derive(Debug, Serialize)]
pub struct ContactAdded {
    pub jid: String,
    pub name: Option<String>,
    pub groups: Vec<String>,
    /// Whether a subscription request went out too (`--subscribe`).
    pub subscribe: bool,
}

/// `roster remove`.
#[derive(Debug, Serialize)]
pub struct ContactRemoved {
    pub jid: String,
    pub removed: bool,
}

/// An available resource (`presence list`); `show` is `available` when
/// the presence has none.
#[derive(Debug, Serialize, Clone, PartialEq)]
pub struct Available {
    pub jid: String,
    pub show: String,
    pub status: Option<String>,
    pub priority: i8,
}

/// `presence set`: what was announced, once the server confirmed it.
#[derive(Debug, Serialize)]
pub struct Announced {
    pub to: Option<String>,
    pub show: &'static str,
    pub status: Option<String>,
    pub priority: i8,
    pub confirmed: &'static str,
}

/// `presence subscribe|unsubscribe|approve|deny`.
#[derive(Debug, Serialize)]
pub struct SubscriptionSent {
    pub jid: String,
    #[serde(rename = "type")]
    pub stanza_type: &'static str,
    pub confirmed: &'static str,
}

/// `iq raw`: one answer, in input order.
#[derive(Debug, Serialize)]
pub struct Answer {
    pub id: String,
    #[serde(rename = "type")]
    pub iq_type: String,
    pub from: Option<String>,
    pub xml: String,
    /// The same XML indented for people (text mode).
    #[serde(skip)]
    pub pretty: String,
}

/// `iq raw --lines`: JSON Lines, one per answer.
#[derive(Debug, Serialize)]
#[serde(tag = "event", rename_all = "lowercase")]
pub enum Answered {
    Answer(Answer),
}

#[derive(Debug, Serialize)]
pub struct Identity {
    pub category: String,
    #[serde(rename = "type")]
    pub identity_type: String,
    pub name: Option<String>,
}

/// A data form of disco#info (XEP-0128) without its FORM_TYPE field.
#[derive(Debug, Serialize)]
pub struct Form {
    pub form_type: Option<String>,
    pub fields: Vec<Field>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Field {
    pub var: Option<String>,
    pub values: Vec<String>,
}

/// `disco info`.
#[derive(Debug, Serialize)]
pub struct Info {
    pub jid: String,
    pub node: Option<String>,
    pub identities: Vec<Identity>,
    pub features: Vec<String>,
    pub forms: Vec<Form>,
}

/// `disco items`: one item.
#[derive(Debug, Serialize)]
pub struct Item {
    pub jid: String,
    pub node: Option<String>,
    pub name: Option<String>,
}

/// `muc list`: the rooms of a service (disco items, shown as rooms).
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct Rooms(pub Vec<Item>);

/// `version`.
#[derive(Debug, Serialize)]
pub struct Version {
    pub jid: String,
    pub name: String,
    pub version: String,
    pub os: Option<String>,
}

/// A room occupant; `jid` only when the room shows real JIDs to us.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Occupant {
    pub nick: String,
    pub role: String,
    pub affiliation: String,
    pub jid: Option<String>,
}

/// `muc join`: what a newcomer sees.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub room: String,
    pub nick: String,
    pub created: bool,
    pub subject: Option<String>,
    pub occupants: Vec<Occupant>,
    pub history: Vec<Received>,
}

/// `muc join --listen`: JSON Lines told apart by `event`. `Entered` is
/// printed as the events `entered`, then `occupant` for everyone in the
/// room, then `history` for each past message.
#[derive(Debug)]
pub enum RoomEvent {
    Entered(Entry),
    Message(Received),
    Join(Occupant),
    Leave(Occupant),
}

/// `muc say`: one per message, once the room reflected it back.
#[derive(Debug, Serialize)]
#[serde(tag = "event", rename = "posted")]
pub struct Posted {
    pub room: String,
    pub id: String,
    pub confirmed: &'static str,
}

/// `upload`: one per file, once it was uploaded (and, with `--to` or
/// `--muc`, its URL sent).
#[derive(Debug, Serialize)]
pub struct Uploaded {
    /// The path as given on the command line.
    pub file: String,
    pub size: u64,
    pub content_type: String,
    /// SHA-256 of the bytes sent, lowercase hex.
    pub sha256: String,
    /// Where the file can be downloaded (the slot's GET URL).
    pub url: String,
}

/// `muc info`: `fields` from the muc#roominfo form when the room has one.
#[derive(Debug, Serialize)]
pub struct RoomInfo {
    pub room: String,
    pub name: Option<String>,
    pub features: Vec<String>,
    pub fields: Vec<Field>,
}

/// One entry of an affiliation or role list (`muc members` and friends).
#[derive(Debug, PartialEq, Serialize)]
pub struct ListEntry {
    pub jid: Option<String>,
    pub nick: Option<String>,
    pub affiliation: Option<String>,
    pub role: Option<String>,
    pub reason: Option<String>,
}

/// `muc affiliation`.
#[derive(Debug, Serialize)]
pub struct AffiliationSet {
    pub room: String,
    pub jid: String,
    pub affiliation: &'static str,
}

/// `muc config` without `--set`: the room's configuration form.
#[derive(Debug, Serialize)]
pub struct ConfigForm {
    pub room: String,
    pub title: Option<String>,
    pub instructions: Option<String>,
    pub fields: Vec<FormField>,
}

#[derive(Debug, Serialize)]
pub struct FormField {
    pub var: Option<String>,
    #[serde(rename = "type")]
    pub field_type: String,
    pub label: Option<String>,
    pub values: Vec<String>,
    pub options: Vec<FormOption>,
}

#[derive(Debug, Serialize)]
pub struct FormOption {
    pub value: String,
    pub label: Option<String>,
}

/// `muc config --set` and `muc create`: the fields submitted.
#[derive(Debug, Serialize)]
pub struct Configured {
    pub room: String,
    pub fields: Vec<SubmittedField>,
}

#[derive(Debug, Serialize)]
pub struct SubmittedField {
    pub var: String,
    pub values: Vec<String>,
}

/// `muc destroy`.
#[derive(Debug, Serialize)]
pub struct Destroyed {
    pub room: String,
    pub destroyed: bool,
}
