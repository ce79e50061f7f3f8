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
    #[serde(flatten)]
    pub form: FormView,
}

/// A data form as shown (`muc config`, `adhoc`), without FORM_TYPE.
#[derive(Debug, Serialize)]
pub struct FormView {
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
    pub required: bool,
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

/// `history`: JSON Lines, a `message` per stored message, then `end`.
#[derive(Debug, Serialize)]
#[serde(tag = "event", rename_all = "lowercase")]
pub enum Archived {
    Message(ArchivedMessage),
    End(ArchiveEnd),
}

/// A message of the archive. `id` is the archive's id for it (what
/// `--after` and `--before` take), `stamp` when the archive stored it.
#[derive(Debug, Serialize)]
pub struct ArchivedMessage {
    pub id: String,
    #[serde(serialize_with = "utc_stamp")]
    pub stamp: Option<chrono::DateTime<chrono::Utc>>,
    pub from: Option<String>,
    pub to: Option<String>,
    #[serde(rename = "type")]
    pub message_type: String,
    pub body: Option<String>,
    pub subject: Option<String>,
    pub thread: Option<String>,
}

/// After the messages of `history`: how far it got, to continue from
/// `last` with `--after` (or from `first` with `--before`).
#[derive(Debug, Default, Serialize)]
pub struct ArchiveEnd {
    /// The archive has nothing more in that direction.
    pub complete: bool,
    pub first: Option<String>,
    pub last: Option<String>,
    /// Messages printed.
    pub count: usize,
}

impl ArchiveEnd {
    /// Count `message` as printed.
    pub fn note(&mut self, message: &ArchivedMessage) {
        self.first.get_or_insert_with(|| message.id.clone());
        self.last = Some(message.id.clone());
        self.count += 1;
    }
}

/// RFC 3339 in UTC, to the second: `2026-12-01T08:00:00Z`.
fn utc_stamp<S: serde::Serializer>(
    stamp: &Option<chrono::DateTime<chrono::Utc>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    stamp
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .serialize(serializer)
}

/// `adhoc list`: one command an entity offers.
#[derive(Debug, Serialize)]
pub struct AdhocCommand {
    pub node: String,
    pub name: Option<String>,
    pub jid: String,
}

/// `adhoc show|run` and `admin`: where the command ended, what it said,
/// and its last form (the first one for `show`, a result for `run`).
#[derive(Debug, Serialize)]
pub struct AdhocOutcome {
    pub status: String,
    pub notes: Vec<Note>,
    pub form: Option<FormView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Note {
    /// `info`, `warn` or `error`.
    #[serde(rename = "type")]
    pub note_type: String,
    pub text: String,
}

/// `check`: the whole diagnosis of a domain, one document.
#[derive(Debug, Serialize)]
pub struct CheckReport {
    pub domain: String,
    /// `None` when `--server` skipped DNS.
    pub dns: Option<DnsFindings>,
    /// Every target probed, in the order DNS gives them.
    pub targets: Vec<TargetFindings>,
    /// With `--login` only.
    pub login: Option<LoginFindings>,
    /// With a successful `--login` only.
    pub services: Option<Services>,
    /// Critical problems first, then warnings.
    pub problems: Vec<Problem>,
    /// What the monitoring line's performance data shows.
    #[serde(skip)]
    pub measures: Measures,
}

impl CheckReport {
    /// The severity of the worst problem; `None`: all is fine.
    pub fn worst(&self) -> Option<Severity> {
        self.problems.iter().map(|p| p.severity).min()
    }
}

/// The limits a `check` finding is held against.
#[derive(Debug, Clone, Copy, Default)]
pub struct Thresholds {
    pub warn_days: u32,
    pub crit_days: u32,
    pub warn_time: f64,
    pub crit_time: f64,
}

/// The numbers behind `check --nagios`'s performance data.
#[derive(Debug, Default)]
pub struct Measures {
    /// The slowest connect (or login) time, seconds.
    pub time: Option<f64>,
    /// The fewest days any certificate seen has left.
    pub days_valid: Option<i64>,
    pub thresholds: Thresholds,
}

#[derive(Debug, Serialize)]
pub struct DnsFindings {
    pub xmpps_client: Vec<SrvEntry>,
    pub xmpp_client: Vec<SrvEntry>,
    /// For information: the server-to-server records.
    pub xmpp_server: Vec<SrvEntry>,
    /// No client SRV records: the domain itself on port 5222.
    pub fallback: bool,
    /// The domain's A/AAAA addresses, looked up for the fallback.
    pub addresses: Vec<String>,
    /// Lookups that failed (other than "no such records").
    pub errors: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct SrvEntry {
    pub priority: u16,
    pub weight: u16,
    pub port: u16,
    /// Empty for the "." target (no service).
    pub target: String,
}

/// One target (a host, a port and how TLS starts) and what it offered.
#[derive(Debug, Serialize)]
pub struct TargetFindings {
    pub host: String,
    pub port: u16,
    /// `starttls` or `direct`.
    pub tls_mode: &'static str,
    /// The address that answered.
    pub address: Option<String>,
    pub connect_ms: Option<f64>,
    /// Why the probe stopped early, if it did.
    pub error: Option<String>,
    /// STARTTLS targets only.
    pub starttls: Option<StartTlsOffer>,
    /// SASL mechanisms offered before TLS (none is right).
    pub mechanisms_before_tls: Vec<String>,
    pub tls: Option<TlsFindings>,
    pub certificate: Option<CertificateFindings>,
    pub sasl: Option<SaslFindings>,
    /// XEP-0478 stream limits.
    pub limits: Option<StreamLimits>,
    /// The kind of the failure in `error`, for the exit code.
    #[serde(skip)]
    pub failure: Option<crate::error::ErrorKind>,
}

#[derive(Debug, Serialize)]
pub struct StartTlsOffer {
    pub offered: bool,
    pub required: bool,
}

#[derive(Debug, Serialize)]
pub struct TlsFindings {
    pub version: String,
    pub cipher: String,
    /// The ALPN protocol the server chose (`xmpp-client` on direct TLS).
    pub alpn: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct CertificateFindings {
    /// DNS names of the server certificate's subjectAltName.
    pub names: Vec<String>,
    /// Whether those name the XMPP domain (not the SRV target).
    pub names_domain: bool,
    pub issuer: Option<String>,
    /// RFC 3339, UTC.
    pub not_after: Option<String>,
    /// Whole days until expiry; negative once expired.
    pub days_left: Option<i64>,
    pub chain_length: usize,
    /// Verified against the trust anchors for the domain.
    pub trusted: bool,
    /// Why it is not trusted.
    pub error: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct SaslFindings {
    /// RFC 6120 mechanisms after TLS.
    pub mechanisms: Vec<String>,
    /// XEP-0440 channel-binding types announced.
    pub channel_binding: Vec<String>,
    /// XEP-0388, when offered.
    pub sasl2: Option<Sasl2Findings>,
}

#[derive(Debug, Serialize)]
pub struct Sasl2Findings {
    pub mechanisms: Vec<String>,
    /// Inline features: XEP-0386 Bind2, XEP-0198, XEP-0484 FAST.
    pub bind2: bool,
    pub sm: bool,
    pub fast: bool,
}

#[derive(Debug, Serialize)]
pub struct StreamLimits {
    pub max_bytes: Option<u32>,
    pub idle_seconds: Option<u32>,
}

#[derive(Debug, Serialize)]
pub struct LoginFindings {
    pub jid: String,
    pub ok: bool,
    pub login_ms: Option<f64>,
    pub ping_ms: Option<f64>,
    /// XEP-0198 enabled on the session.
    pub sm: bool,
    pub error: Option<String>,
}

/// What disco says the account's server offers.
#[derive(Debug, Serialize)]
pub struct Services {
    pub upload: Option<UploadService>,
    pub muc: Option<String>,
    pub mam: bool,
    pub carbons: bool,
}

#[derive(Debug, Serialize)]
pub struct UploadService {
    pub jid: String,
    /// Bytes; `None` when the service names no limit.
    pub max_size: Option<u64>,
}

/// A finding that is not fine.
#[derive(Debug, Serialize)]
pub struct Problem {
    pub severity: Severity,
    pub text: String,
    /// What the exit code says when this is the worst critical problem.
    #[serde(skip)]
    pub kind: crate::error::ErrorKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Critical,
    Warning,
}

/// A room bookmark (`bookmarks list`, XEP-0402). A stored room password
/// shows only as `password: true`, never its text.
#[derive(Debug, Serialize, Clone, PartialEq, Eq)]
pub struct Bookmark {
    pub room: String,
    pub name: Option<String>,
    pub nick: Option<String>,
    pub autojoin: bool,
    pub password: bool,
}

/// `bookmarks add`: the bookmark as stored now.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct BookmarkAdded(pub Bookmark);

/// `bookmarks remove`.
#[derive(Debug, Serialize)]
pub struct BookmarkRemoved {
    pub room: String,
    pub removed: bool,
}
