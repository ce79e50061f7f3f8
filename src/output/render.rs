//! How every record of `records` looks as text and as JSON. Text lines
//! are sanitised by the caller; JSON is the record's own fields (the
//! shapes of doc/cli.md).

use serde_json::Value;

use super::{Show, align, document};
use crate::records::*;

/// Records whose JSON is the record itself, one document.
macro_rules! one_document {
    ($($record:ty),* $(,)?) => {$(
        impl JsonDocument for $record {}
    )*};
}

/// The default JSON of a result: itself, as one document.
trait JsonDocument: serde::Serialize {}

one_document!(
    Sent,
    Heard,
    PingReport,
    Vec<Contact>,
    ContactAdded,
    ContactRemoved,
    Vec<Available>,
    Announced,
    SubscriptionSent,
    Vec<Answer>,
    Answered,
    Info,
    Vec<Item>,
    Rooms,
    Version,
    Entry,
    Posted,
    RoomInfo,
    Vec<ListEntry>,
    AffiliationSet,
    ConfigForm,
    Configured,
    Destroyed,
    Archived,
    Vec<AdhocCommand>,
    AdhocOutcome,
    Vec<Bookmark>,
    Vec<Entry>,
    BookmarkAdded,
    BookmarkRemoved,
    Vec<Uploaded>,
);

/// Text for records that have a text form; JSON from [`JsonDocument`].
trait Text {
    fn lines(&self) -> Vec<String>;
}

impl<T: Text + JsonDocument> Show for T {
    fn text(&self) -> Vec<String> {
        self.lines()
    }
    fn json(&self) -> Vec<Value> {
        vec![document(self)]
    }
}

/// Confirmations print nothing in text: exit 0 says it all.
macro_rules! silent_in_text {
    ($($record:ty),* $(,)?) => {$(
        impl Text for $record {
            fn lines(&self) -> Vec<String> {
                Vec::new()
            }
        }
    )*};
}

silent_in_text!(
    Sent,
    Posted,
    ContactAdded,
    ContactRemoved,
    Announced,
    SubscriptionSent,
    AffiliationSet,
    Configured,
    Destroyed,
    BookmarkAdded,
    BookmarkRemoved,
);

/// `upload`: the download URLs, one per line.
impl Text for Vec<Uploaded> {
    fn lines(&self) -> Vec<String> {
        self.iter().map(|file| file.url.clone()).collect()
    }
}

/// `send --dry-run`: the XML of each stanza; JSON Lines, one per stanza.
impl Show for Vec<DryRun> {
    fn text(&self) -> Vec<String> {
        self.iter().map(|stanza| stanza.xml.clone()).collect()
    }
    fn json(&self) -> Vec<Value> {
        self.iter().map(document).collect()
    }
}

/// `FROM: BODY` (the subject when there is no body).
impl Text for Received {
    fn lines(&self) -> Vec<String> {
        let text = self
            .body
            .as_deref()
            .or(self.subject.as_deref())
            .unwrap_or("");
        vec![format!("{}: {text}", self.from.as_deref().unwrap_or(""))]
    }
}

impl Text for Heard {
    fn lines(&self) -> Vec<String> {
        match self {
            Heard::Message(message) => message.lines(),
        }
    }
}

/// `STAMP FROM: BODY`, the stamp in local time; the end says nothing in
/// text (it is for scripts, which read JSON).
impl Text for Archived {
    fn lines(&self) -> Vec<String> {
        let Archived::Message(message) = self else {
            return Vec::new();
        };
        let stamp = message.stamp.map_or_else(|| "-".to_string(), local_time);
        let text = message.body.as_deref().or(message.subject.as_deref());
        vec![format!(
            "{stamp} {}: {}",
            message.from.as_deref().unwrap_or(""),
            text.unwrap_or("")
        )]
    }
}

/// RFC 3339 in the local time zone (libc's, as `date` shows it).
fn local_time(stamp: chrono::DateTime<chrono::Utc>) -> String {
    let seconds: libc::time_t = stamp.timestamp() as libc::time_t;
    // SAFETY: localtime_r only writes the tm we own.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    let known = unsafe { !libc::localtime_r(&seconds, &mut tm).is_null() };
    let offset = i32::try_from(tm.tm_gmtoff)
        .ok()
        .filter(|_| known)
        .and_then(chrono::FixedOffset::east_opt)
        .unwrap_or_else(|| chrono::FixedOffset::east_opt(0).expect("zero offset"));
    stamp
        .with_timezone(&offset)
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// `node  name`, aligned.
impl Text for Vec<AdhocCommand> {
    fn lines(&self) -> Vec<String> {
        let rows: Vec<[String; 2]> = self
            .iter()
            .map(|c| [c.node.clone(), c.name.clone().unwrap_or_default()])
            .collect();
        align(&rows)
    }
}

/// `room  name  nick  autojoin (yes/no)`, aligned, `-` for none; a
/// password shows nowhere in text.
impl Text for Vec<Bookmark> {
    fn lines(&self) -> Vec<String> {
        let rows: Vec<[String; 4]> = self
            .iter()
            .map(|b| {
                [
                    b.room.clone(),
                    b.name.clone().unwrap_or_else(|| "-".into()),
                    b.nick.clone().unwrap_or_else(|| "-".into()),
                    if b.autojoin { "yes" } else { "no" }.to_string(),
                ]
            })
            .collect();
        align(&rows)
    }
}

/// `TYPE: TEXT` per note, then the form's fields.
impl Text for AdhocOutcome {
    fn lines(&self) -> Vec<String> {
        let notes = self
            .notes
            .iter()
            .map(|n| format!("{}: {}", n.note_type, n.text));
        notes
            .chain(self.form.iter().flat_map(FormView::lines))
            .collect()
    }
}

/// Progress of `ping`: text only; JSON has the summary.
impl Show for Pong {
    fn text(&self) -> Vec<String> {
        vec![format!("pong from {}: {:.3} ms", self.jid, self.rtt_ms)]
    }
    fn json(&self) -> Vec<Value> {
        Vec::new()
    }
}

impl Text for PingReport {
    fn lines(&self) -> Vec<String> {
        if self.count < 2 {
            return Vec::new(); // the one pong line said it
        }
        vec![format!(
            "{} pings: min/median/max = {:.3}/{:.3}/{:.3} ms",
            self.count, self.min_ms, self.median_ms, self.max_ms
        )]
    }
}

/// `jid  name  subscription  groups`, aligned.
impl Text for Vec<Contact> {
    fn lines(&self) -> Vec<String> {
        let rows: Vec<[String; 4]> = self
            .iter()
            .map(|c| {
                let subscription = match &c.ask {
                    Some(ask) => format!("{} (ask={ask})", c.subscription),
                    None => c.subscription.clone(),
                };
                [
                    c.jid.clone(),
                    c.name.clone().unwrap_or_else(|| "-".into()),
                    subscription,
                    c.groups.join(","),
                ]
            })
            .collect();
        align(&rows)
    }
}

/// `jid  show  priority  status`, aligned.
impl Text for Vec<Available> {
    fn lines(&self) -> Vec<String> {
        let rows: Vec<[String; 4]> = self
            .iter()
            .map(|r| {
                [
                    r.jid.clone(),
                    r.show.clone(),
                    r.priority.to_string(),
                    r.status.clone().unwrap_or_default(),
                ]
            })
            .collect();
        align(&rows)
    }
}

/// Each answer as indented XML.
impl Text for Vec<Answer> {
    fn lines(&self) -> Vec<String> {
        self.iter().map(|a| a.pretty.clone()).collect()
    }
}

impl Text for Answered {
    fn lines(&self) -> Vec<String> {
        match self {
            Answered::Answer(answer) => vec![answer.pretty.clone()],
        }
    }
}

/// `identity  CATEGORY/TYPE  NAME`, `feature   VAR`, `form      TYPE` with
/// its fields indented.
impl Text for Info {
    fn lines(&self) -> Vec<String> {
        let mut lines = Vec::new();
        for identity in &self.identities {
            let name = identity
                .name
                .as_ref()
                .map(|n| format!("  {n}"))
                .unwrap_or_default();
            lines.push(format!(
                "identity  {}/{}{name}",
                identity.category, identity.identity_type
            ));
        }
        for feature in &self.features {
            lines.push(format!("feature   {feature}"));
        }
        for form in &self.forms {
            lines.push(format!(
                "form      {}",
                form.form_type.as_deref().unwrap_or("(untyped)")
            ));
            lines.extend(form.fields.iter().map(|f| format!("  {}", field_line(f))));
        }
        lines
    }
}

/// `var = value, value`
fn field_line(field: &Field) -> String {
    format!(
        "{} = {}",
        field.var.as_deref().unwrap_or(""),
        field.values.join(", ")
    )
}

/// `jid  node=NODE  name`, aligned.
impl Text for Vec<Item> {
    fn lines(&self) -> Vec<String> {
        let rows: Vec<[String; 3]> = self
            .iter()
            .map(|r| {
                [
                    r.jid.clone(),
                    r.node
                        .as_ref()
                        .map(|n| format!("node={n}"))
                        .unwrap_or_default(),
                    r.name.clone().unwrap_or_default(),
                ]
            })
            .collect();
        align(&rows)
    }
}

/// `jid  name`, aligned.
impl Text for Rooms {
    fn lines(&self) -> Vec<String> {
        let rows: Vec<[String; 2]> = self
            .0
            .iter()
            .map(|r| [r.jid.clone(), r.name.clone().unwrap_or_default()])
            .collect();
        align(&rows)
    }
}

/// `NAME VERSION (OS)`
impl Text for Version {
    fn lines(&self) -> Vec<String> {
        let os = self
            .os
            .as_ref()
            .map(|os| format!(" ({os})"))
            .unwrap_or_default();
        vec![format!("{} {}{os}", self.name, self.version)]
    }
}

/// `entered ROOM as NICK`, `created ...`, `subject: ...`, the occupants
/// (`occupant  NICK  ROLE  AFFILIATION  JID`, aligned), then the history.
/// `muc join --bookmarks`: each room's entry in turn.
impl Text for Vec<Entry> {
    fn lines(&self) -> Vec<String> {
        self.iter().flat_map(Text::lines).collect()
    }
}

impl Text for Entry {
    fn lines(&self) -> Vec<String> {
        let mut lines = vec![format!("entered {} as {}", self.room, self.nick)];
        if self.created {
            lines.push(format!("created {} (an instant room)", self.room));
        }
        if let Some(subject) = &self.subject {
            lines.push(format!("subject: {subject}"));
        }
        let rows: Vec<[String; 5]> = self
            .occupants
            .iter()
            .map(|o| {
                [
                    "occupant".to_string(),
                    o.nick.clone(),
                    o.role.clone(),
                    o.affiliation.clone(),
                    o.jid.clone().unwrap_or_default(),
                ]
            })
            .collect();
        lines.extend(align(&rows));
        lines.extend(self.history.iter().flat_map(Text::lines));
        lines
    }
}

/// The tagged events of `muc join --listen`.
#[derive(serde::Serialize)]
#[serde(tag = "event", rename_all = "lowercase")]
enum Tagged<'a> {
    Entered {
        room: &'a str,
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

impl Show for RoomEvent {
    fn text(&self) -> Vec<String> {
        match self {
            RoomEvent::Entered(entry) => entry.lines(),
            RoomEvent::Message(message) => message.lines(),
            RoomEvent::Join(o) => vec![format!("{} joined as {}", o.nick, o.role)],
            RoomEvent::Leave(o) => vec![format!("{} left", o.nick)],
        }
    }

    fn json(&self) -> Vec<Value> {
        let tagged = match self {
            RoomEvent::Entered(entry) => {
                let entered = Tagged::Entered {
                    room: &entry.room,
                    nick: &entry.nick,
                    created: entry.created,
                    subject: entry.subject.as_deref(),
                };
                let occupants = entry.occupants.iter().map(Tagged::Occupant);
                let history = entry.history.iter().map(Tagged::History);
                return std::iter::once(entered)
                    .chain(occupants)
                    .chain(history)
                    .map(|event| document(&event))
                    .collect();
            }
            RoomEvent::Message(message) => Tagged::Message(message),
            RoomEvent::Join(o) => Tagged::Join(o),
            RoomEvent::Leave(o) => Tagged::Leave(o),
        };
        vec![document(&tagged)]
    }
}

/// `name     NAME`, `feature  VAR`, then the roominfo fields.
impl Text for RoomInfo {
    fn lines(&self) -> Vec<String> {
        let name = self.name.iter().map(|name| format!("name     {name}"));
        let features = self.features.iter().map(|f| format!("feature  {f}"));
        name.chain(features)
            .chain(self.fields.iter().map(field_line))
            .collect()
    }
}

/// One entry per line, columns aligned; columns empty for every entry
/// (say, role in an affiliation list) are left out.
impl Text for Vec<ListEntry> {
    fn lines(&self) -> Vec<String> {
        let cells = |e: &ListEntry| {
            [&e.jid, &e.nick, &e.affiliation, &e.role, &e.reason]
                .map(|cell| cell.clone().unwrap_or_default())
        };
        let used: Vec<bool> = (0..5)
            .map(|i| self.iter().any(|e| !cells(e)[i].is_empty()))
            .collect();
        let rows: Vec<Vec<String>> = self
            .iter()
            .map(|e| {
                cells(e)
                    .into_iter()
                    .zip(&used)
                    .filter(|(_, used)| **used)
                    .map(|(cell, _)| cell)
                    .collect()
            })
            .collect();
        align_rows(&rows)
    }
}

/// [`align`] for rows whose width is known only at run time.
fn align_rows(rows: &[Vec<String>]) -> Vec<String> {
    match rows.first().map(Vec::len) {
        Some(5) => align(&to_arrays::<5>(rows)),
        Some(4) => align(&to_arrays::<4>(rows)),
        Some(3) => align(&to_arrays::<3>(rows)),
        Some(2) => align(&to_arrays::<2>(rows)),
        Some(1) => align(&to_arrays::<1>(rows)),
        _ => Vec::new(),
    }
}

fn to_arrays<const N: usize>(rows: &[Vec<String>]) -> Vec<[String; N]> {
    rows.iter()
        .map(|row| std::array::from_fn(|i| row[i].clone()))
        .collect()
}

/// The room's form.
impl Text for ConfigForm {
    fn lines(&self) -> Vec<String> {
        self.form.lines()
    }
}

/// One line per field, `var  type  = values  (label)  [options]`, aligned,
/// `required` where the form says so; fixed fields (section titles) as
/// `# text`.
impl FormView {
    fn lines(&self) -> Vec<String> {
        let var_width = self
            .fields
            .iter()
            .filter_map(|f| f.var.as_ref())
            .map(String::len)
            .max()
            .unwrap_or(0);
        let type_width = self
            .fields
            .iter()
            .map(|f| f.field_type.len())
            .max()
            .unwrap_or(0);
        self.fields
            .iter()
            .map(|field| {
                let Some(var) = &field.var else {
                    return format!("# {}", field.values.join(" "));
                };
                let mut line = format!(
                    "{var:var_width$}  {:type_width$}  = {}",
                    field.field_type,
                    field.values.join(", ")
                );
                if let Some(label) = &field.label {
                    line.push_str(&format!("  ({label})"));
                }
                if !field.options.is_empty() {
                    let options: Vec<&str> =
                        field.options.iter().map(|o| o.value.as_str()).collect();
                    line.push_str(&format!("  [{}]", options.join("|")));
                }
                if field.required {
                    line.push_str("  required");
                }
                line
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn occupant(nick: &str) -> Occupant {
        Occupant {
            nick: nick.into(),
            role: "participant".into(),
            affiliation: "none".into(),
            jid: None,
        }
    }

    #[test]
    fn room_events_are_tagged_and_the_entry_unfolds() {
        assert_eq!(
            RoomEvent::Join(occupant("bob")).json(),
            [
                json!({"event": "join", "nick": "bob", "role": "participant", "affiliation": "none", "jid": null})
            ]
        );
        let entry = Entry {
            room: "r@c".into(),
            nick: "alice".into(),
            created: true,
            subject: None,
            occupants: vec![occupant("alice"), occupant("bob")],
            history: Vec::new(),
        };
        let events: Vec<Value> = RoomEvent::Entered(entry.clone()).json();
        let tags: Vec<&str> = events
            .iter()
            .map(|e| e["event"].as_str().unwrap())
            .collect();
        assert_eq!(tags, ["entered", "occupant", "occupant"]);
        // Text is the same whether listening or not.
        assert_eq!(RoomEvent::Entered(entry.clone()).text(), entry.text());
    }

    #[test]
    fn progress_and_confirmations_print_only_where_they_mean_something() {
        let pong = Pong {
            jid: "example.org".into(),
            rtt_ms: 1.5,
        };
        assert!(pong.json().is_empty());
        assert_eq!(pong.text(), ["pong from example.org: 1.500 ms"]);
        let sent = Sent {
            to: "a@b".into(),
            id: "1".into(),
            message_type: "chat",
            confirmed: "ack",
        };
        assert!(sent.text().is_empty());
        assert_eq!(sent.json()[0]["event"], "sent");
    }
}
