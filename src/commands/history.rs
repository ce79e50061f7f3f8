//! `history`: read a message archive (MAM, XEP-0313), the account's own or
//! a room's, page by page (XEP-0059). Forward reads report each message as
//! its page arrives; backward reads (`--last`, `--before`) can only report
//! once they reach the oldest message wanted, since pages come newest
//! first.

use std::collections::VecDeque;
use std::time::{Duration, SystemTime};

use chrono::{DateTime, FixedOffset, Utc};
use xmpp_parsers::{
    data_forms::{DataForm, DataFormType, Field, FieldType},
    iq::Iq,
    jid::{BareJid, Jid},
    mam::{Fin, Query, QueryId, Result_},
    minidom::Element,
    ns,
    rsm::SetQuery,
};

use crate::config::{Settings, parse_jid};
use crate::error::{Error, Result};
use crate::records::{ArchiveEnd, Archived, ArchivedMessage, Received};
use crate::session::{Session, conditions};

/// A time bound: a moment, or a span back from now.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum When {
    At(DateTime<FixedOffset>),
    Ago(Duration),
}

/// `2026-12-01T08:00:00Z`, or `90s`, `15m`, `2h`, `3d` back from now.
pub fn parse_when(text: &str) -> std::result::Result<When, String> {
    if let Ok(moment) = DateTime::parse_from_rfc3339(text) {
        return Ok(When::At(moment));
    }
    let unit_at = text.len().saturating_sub(1);
    let (number, unit) = text.split_at(unit_at);
    let seconds = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3600,
        "d" => 86_400,
        _ => 0,
    };
    match number.parse::<u64>() {
        Ok(n) if seconds > 0 => Ok(When::Ago(Duration::from_secs(n.saturating_mul(seconds)))),
        _ => Err(format!(
            "{text:?} is neither an RFC 3339 time (2026-12-01T08:00:00Z) nor a span back from now (90s, 15m, 2h, 3d)"
        )),
    }
}

impl When {
    fn moment(self, now: SystemTime) -> DateTime<Utc> {
        match self {
            When::At(moment) => moment.with_timezone(&Utc),
            When::Ago(span) => DateTime::<Utc>::from(now.checked_sub(span).unwrap_or(now)),
        }
    }
}

/// Which end of the archive to read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Direction {
    /// Oldest first, after this archive id (or from the start).
    Forward { after: Option<String> },
    /// The newest messages before this archive id (or the end).
    Backward { before: Option<String> },
}

#[derive(Debug)]
pub struct Request {
    /// Only the conversation with this JID.
    pub with: Option<String>,
    /// A room's archive instead of the account's.
    pub room: Option<String>,
    pub since: Option<When>,
    pub until: Option<When>,
    pub max: usize,
    pub direction: Direction,
}

/// What one page query asks for, besides its cursor.
struct Filter {
    archive: Option<BareJid>,
    with: Option<Jid>,
    start: Option<DateTime<Utc>>,
    end: Option<DateTime<Utc>>,
}

pub async fn run(
    request: &Request,
    settings: &Settings,
    mut report: impl FnMut(Archived) -> bool,
) -> Result<()> {
    let now = SystemTime::now();
    let filter = Filter {
        archive: request
            .room
            .as_deref()
            .map(crate::commands::muc::parse_room)
            .transpose()?,
        with: request.with.as_deref().map(parse_jid).transpose()?,
        start: request.since.map(|w| w.moment(now)),
        end: request.until.map(|w| w.moment(now)),
    };
    let mut session = super::connect(settings).await?;
    let end = match &request.direction {
        Direction::Forward { after } => {
            forward(
                &mut session,
                &filter,
                request.max,
                after.clone(),
                &mut report,
            )
            .await?
        }
        Direction::Backward { before } => {
            backward(
                &mut session,
                &filter,
                request.max,
                before.clone(),
                &mut report,
            )
            .await?
        }
    };
    if let Some(end) = end {
        report(Archived::End(end));
    }
    session.close().await?;
    Ok(())
}

/// Pages oldest first, each message reported as it comes. `None` when
/// stdout went away.
async fn forward(
    session: &mut Session,
    filter: &Filter,
    max: usize,
    mut after: Option<String>,
    report: &mut impl FnMut(Archived) -> bool,
) -> Result<Option<ArchiveEnd>> {
    let mut end = ArchiveEnd::default();
    let mut gone = false;
    while end.count < max {
        let set = SetQuery {
            max: Some(max - end.count),
            after: after.clone(),
            before: None,
            index: None,
        };
        let fin = fetch_page(session, filter, set, &mut |message| {
            if gone {
                return;
            }
            end.note(&message);
            gone = !report(Archived::Message(message));
        })
        .await?;
        if gone {
            return Ok(None);
        }
        end.complete = fin.complete;
        let last = fin.set.last;
        if fin.complete || last.is_none() || last == after {
            break;
        }
        after = last;
    }
    Ok(Some(end))
}

/// Pages newest first until `max` messages, then reported oldest first.
async fn backward(
    session: &mut Session,
    filter: &Filter,
    max: usize,
    before: Option<String>,
    report: &mut impl FnMut(Archived) -> bool,
) -> Result<Option<ArchiveEnd>> {
    let mut collected: VecDeque<ArchivedMessage> = VecDeque::new();
    // An empty <before/>: the last page of the archive.
    let mut before = before.unwrap_or_default();
    let mut complete = false;
    while collected.len() < max {
        let set = SetQuery {
            max: Some(max - collected.len()),
            after: None,
            before: Some(before.clone()),
            index: None,
        };
        let mut page = Vec::new();
        let fin = fetch_page(session, filter, set, &mut |message| page.push(message)).await?;
        let page_len = page.len();
        for message in page.into_iter().rev() {
            collected.push_front(message);
        }
        complete = fin.complete;
        match fin.set.first.map(|first| first.item) {
            Some(first) if !complete && page_len > 0 && first != before => before = first,
            _ => break,
        }
    }
    let mut end = ArchiveEnd {
        complete,
        ..ArchiveEnd::default()
    };
    for message in collected {
        end.note(&message);
        if !report(Archived::Message(message)) {
            return Ok(None);
        }
    }
    Ok(Some(end))
}

/// One page: the query, its results (messages that arrive before the IQ
/// result, taken in the same wait) and the closing `<fin/>`.
async fn fetch_page(
    session: &mut Session,
    filter: &Filter,
    set: SetQuery,
    on_message: &mut impl FnMut(ArchivedMessage),
) -> Result<Fin> {
    let id = session.new_id();
    let queryid = id.clone();
    let query = Query {
        queryid: Some(QueryId(queryid.clone())),
        node: None,
        form: filter.form(),
        set: Some(set),
        flip_page: false,
    };
    let mut iq = Iq::from_set(id.clone(), query);
    let archive = filter.archive.clone().map(Jid::from);
    if let Some(archive) = &archive {
        iq = iq.with_to(archive.clone());
    }
    session.expect_answer(&id, archive);
    session.send(iq.into()).await?;
    let owner = filter
        .archive
        .clone()
        .unwrap_or_else(|| session.jid().to_bare());
    let is_ours = |stanza: &Element| result_of(stanza, &queryid, &owner).is_some();
    let answer = session
        .wait_for("waiting for the archive", |s| {
            while let Some(stanza) = s.take_stanza(is_ours) {
                if let Some(message) = result_of(&stanza, &queryid, &owner).and_then(archived) {
                    on_message(message);
                }
            }
            s.take_answer(&id)
        })
        .await?;
    let what = match &filter.archive {
        Some(room) => format!("the archive of {room}"),
        None => "the archive".to_string(),
    };
    if answer.attr("type") == Some("error") {
        return Err(no_archive(conditions::stanza_error(&what, &answer), &what));
    }
    answer
        .get_child("fin", ns::MAM)
        .and_then(|fin| Fin::try_from(fin.clone()).ok())
        .ok_or_else(|| Error::refused(format!("{what}: the answer has no <fin/>")))
}

/// A server without MAM answers that nothing handles the query
/// (`service-unavailable`): to the user that is the feature missing.
fn no_archive(error: Error, what: &str) -> Error {
    match error.condition.as_deref() {
        Some("service-unavailable" | "feature-not-implemented") => Error::refused(format!(
            "{what}: feature-not-implemented (no message archive is offered)"
        ))
        .with_condition("feature-not-implemented")
        .with_hint("the server needs XEP-0313 (MAM) for this account or room"),
        _ => error,
    }
}

/// The archive result a message carries for our query, from the archive
/// itself (a result from anyone else is not the archive's).
fn result_of(stanza: &Element, queryid: &str, owner: &BareJid) -> Option<Result_> {
    if stanza.name() != "message" {
        return None;
    }
    let from_owner = match stanza.attr("from") {
        None => true,
        Some(from) => from.parse::<BareJid>().is_ok_and(|from| from == *owner),
    };
    let result = Result_::try_from(stanza.get_child("result", ns::MAM)?.clone()).ok()?;
    let ours = result.queryid.as_ref().is_some_and(|q| q.0 == queryid);
    (from_owner && ours).then_some(result)
}

/// A stored message worth printing (it has a body or subject).
fn archived(result: Result_) -> Option<ArchivedMessage> {
    let stamp = result
        .forwarded
        .delay
        .as_ref()
        .map(|delay| delay.stamp.0.with_timezone(&Utc));
    let message = Received::from_stanza(&Element::from(result.forwarded.message))?;
    Some(ArchivedMessage {
        id: result.id,
        stamp,
        from: message.from,
        to: message.to,
        message_type: message.message_type,
        body: message.body,
        subject: message.subject,
        thread: message.thread,
    })
}

impl Filter {
    /// The urn:xmpp:mam:2 form, when there is anything to filter on.
    fn form(&self) -> Option<DataForm> {
        let stamp = |t: &DateTime<Utc>| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let mut fields = Vec::new();
        if let Some(with) = &self.with {
            fields.push(Field::new("with", FieldType::JidSingle).with_value(&with.to_string()));
        }
        if let Some(start) = &self.start {
            fields.push(Field::new("start", FieldType::TextSingle).with_value(&stamp(start)));
        }
        if let Some(end) = &self.end {
            fields.push(Field::new("end", FieldType::TextSingle).with_value(&stamp(end)));
        }
        (!fields.is_empty()).then(|| DataForm::new(DataFormType::Submit, ns::MAM, fields))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_moments_and_spans() {
        assert_eq!(parse_when("90s"), Ok(When::Ago(Duration::from_secs(90))));
        assert_eq!(parse_when("2h"), Ok(When::Ago(Duration::from_secs(7200))));
        assert_eq!(
            parse_when("3d"),
            Ok(When::Ago(Duration::from_secs(259_200)))
        );
        let When::At(moment) = parse_when("2026-12-01T08:00:00+01:00").unwrap() else {
            panic!()
        };
        assert_eq!(
            moment.with_timezone(&Utc).to_rfc3339(),
            "2026-12-01T07:00:00+00:00"
        );
        for bad in ["", "s", "15", "15w", "-3d", "yesterday"] {
            assert!(parse_when(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn takes_only_results_of_our_query_from_the_archive() {
        let owner: BareJid = "a@example.org".parse().unwrap();
        let stanza = |from: &str, queryid: &str| -> Element {
            format!(
                "<message xmlns='jabber:client' {from}><result xmlns='urn:xmpp:mam:2' queryid='{queryid}' id='s1'>\
                 <forwarded xmlns='urn:xmpp:forward:0'><delay xmlns='urn:xmpp:delay' stamp='2026-01-01T10:00:00Z'/>\
                 <message xmlns='jabber:client' from='b@example.org/x' to='a@example.org' type='chat' id='m1'><body>hi</body></message>\
                 </forwarded></result></message>"
            )
            .parse()
            .unwrap()
        };
        let result = result_of(&stanza("", "q1"), "q1", &owner).unwrap();
        let message = archived(result).unwrap();
        assert_eq!(message.id, "s1");
        assert_eq!(message.body.as_deref(), Some("hi"));
        assert_eq!(
            message.stamp.unwrap().to_rfc3339(),
            "2026-01-01T10:00:00+00:00"
        );
        assert!(result_of(&stanza("from='a@example.org'", "q1"), "q1", &owner).is_some());
        assert!(result_of(&stanza("", "q2"), "q1", &owner).is_none());
        assert!(result_of(&stanza("from='evil@example.org'", "q1"), "q1", &owner).is_none());
    }
}
