//! `presence` (RFC 6121 sections 3-4): see who is online, announce a
//! status, and manage subscriptions.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use serde::Serialize;
use xmpp_parsers::{jid::Jid, minidom::Element};

use crate::cli::{PresenceCommand, PresenceListArgs, PresenceSetArgs, Show, SubscriptionAction};
use crate::config::{Settings, parse_jid};
use crate::error::{Error, Result};
use crate::output::{Output, sanitize};
use crate::session::Session;
use crate::session::connect::NS_CLIENT;
use crate::xml;

/// Presence counts as settled after this long without a new one.
const QUIET_PERIOD: Duration = Duration::from_millis(700);
/// `presence list` waits at most this long unless `--wait` says otherwise.
const DEFAULT_WAIT: f64 = 5.0;

/// One available resource as `--json` prints it.
#[derive(Debug, Serialize, Clone, PartialEq)]
pub struct Available {
    pub jid: String,
    pub show: String,
    pub status: Option<String>,
    pub priority: i8,
}

impl Available {
    /// An available presence (no type) as a record; `None` for others.
    fn from_stanza(stanza: &Element) -> Option<Available> {
        if stanza.name() != "presence" || stanza.attr("type").is_some() {
            return None;
        }
        let child = |name: &str| stanza.get_child(name, NS_CLIENT).map(Element::text);
        Some(Available {
            jid: stanza.attr("from")?.to_string(),
            show: child("show").unwrap_or_else(|| "available".to_string()),
            status: child("status"),
            priority: child("priority")
                .and_then(|p| p.trim().parse().ok())
                .unwrap_or(0),
        })
    }
}

pub async fn run(command: Option<&PresenceCommand>, settings: &Settings) -> Result<()> {
    match command {
        None => list(&PresenceListArgs { wait: None }, settings).await,
        Some(PresenceCommand::List(args)) => list(args, settings).await,
        Some(PresenceCommand::Set(args)) => set(args, settings).await,
        Some(PresenceCommand::Subscribe { contact }) => {
            subscription(SubscriptionAction::Subscribe, contact, settings).await
        }
        Some(PresenceCommand::Unsubscribe { contact }) => {
            subscription(SubscriptionAction::Unsubscribe, contact, settings).await
        }
        Some(PresenceCommand::Approve { contact }) => {
            subscription(SubscriptionAction::Approve, contact, settings).await
        }
        Some(PresenceCommand::Deny { contact }) => {
            subscription(SubscriptionAction::Deny, contact, settings).await
        }
    }
}

/// Announce availability, then gather presence until it settles (a quiet
/// period with nothing new, at most 5 s), or for exactly `--wait` seconds,
/// so a script can wait for someone to come online.
async fn list(args: &PresenceListArgs, settings: &Settings) -> Result<()> {
    let mut session = super::connect(settings).await?;
    let settles = args.wait.is_none();
    let give_up = Instant::now() + Duration::from_secs_f64(args.wait.unwrap_or(DEFAULT_WAIT));
    session.extend_deadline(give_up);
    session.send(presence(None, None)).await?;
    let own = session.jid().to_string();
    let mut seen: BTreeMap<String, Available> = BTreeMap::new();
    let mut quiet_until = Instant::now() + QUIET_PERIOD;
    loop {
        let until = if settles {
            quiet_until.min(give_up)
        } else {
            give_up
        };
        // Presences only: messages (offline ones flushed by our own
        // presence) stay unacknowledged, so the server keeps them.
        let next_presence = |s: &mut Session| s.take_stanza(|stanza| stanza.name() == "presence");
        let Some(stanza) = session.wait_until(until, next_presence).await? else {
            break;
        };
        let Some(from) = stanza.attr("from").filter(|f| *f != own) else {
            continue;
        };
        match Available::from_stanza(&stanza) {
            Some(available) => {
                seen.insert(from.to_string(), available);
            }
            None if stanza.attr("type") == Some("unavailable") => {
                seen.remove(from);
            }
            None => continue,
        }
        quiet_until = Instant::now() + QUIET_PERIOD;
    }
    session.close().await?;
    let records: Vec<Available> = seen.into_values().collect();
    print(&records, settings.output);
    Ok(())
}

fn print(records: &[Available], output: Output) {
    if output.is_json() {
        output.json_document(records);
        return;
    }
    let rows: Vec<[String; 4]> = records
        .iter()
        .map(|r| {
            [
                sanitize(&r.jid),
                r.show.clone(),
                r.priority.to_string(),
                sanitize(r.status.as_deref().unwrap_or("")),
            ]
        })
        .collect();
    for line in crate::output::align(&rows) {
        output.line(&line);
    }
}

/// An available presence, broadcast or directed, with optional details.
fn presence(to: Option<&Jid>, args: Option<&PresenceSetArgs>) -> Element {
    let mut stanza = Element::builder("presence", NS_CLIENT).build();
    if let Some(to) = to {
        xml::set_attr(&mut stanza, "to", to.to_string());
    }
    let Some(args) = args else { return stanza };
    let mut child = |name: &str, text: String| {
        stanza.append_child(Element::builder(name, NS_CLIENT).append(text).build());
    };
    if let Some(show) = args.show {
        child("show", show_name(show).to_string());
    }
    if let Some(status) = &args.status {
        child("status", status.clone());
    }
    if let Some(priority) = args.priority {
        child("priority", priority.to_string());
    }
    stanza
}

fn show_name(show: Show) -> &'static str {
    match show {
        Show::Away => "away",
        Show::Chat => "chat",
        Show::Dnd => "dnd",
        Show::Xa => "xa",
    }
}

/// Announce a presence, stay online `--hold` seconds (answering pings),
/// then leave with unavailable presence.
async fn set(args: &PresenceSetArgs, settings: &Settings) -> Result<()> {
    let to = args.to.as_deref().map(parse_jid).transpose()?;
    let mut session = super::connect(settings).await?;
    session.send(presence(to.as_ref(), Some(args))).await?;
    let confirmation = session.confirm().await?;
    let hold_until = Instant::now() + Duration::from_secs_f64(args.hold.unwrap_or(0.0));
    session.extend_deadline(hold_until + Duration::from_secs(5));
    // Online until then, answering the server; presences are read and
    // dropped, messages stay unacknowledged for the account's next client.
    let drop_presences = |s: &mut Session| {
        while s
            .take_stanza(|stanza| stanza.name() == "presence")
            .is_some()
        {}
        None::<()>
    };
    session.wait_until(hold_until, drop_presences).await?;
    session.close().await?;
    if settings.output.is_json() {
        settings.output.json(&serde_json::json!({
            "to": to.map(|t| t.to_string()),
            "show": args.show.map(show_name).unwrap_or("available"),
            "status": args.status,
            "priority": args.priority.unwrap_or(0),
            "confirmed": confirmation.name(),
        }));
    }
    Ok(())
}

/// subscribe / unsubscribe / approve (subscribed) / deny (unsubscribed).
async fn subscription(
    action: SubscriptionAction,
    contact: &str,
    settings: &Settings,
) -> Result<()> {
    let contact = parse_jid(contact)?;
    if contact.resource().is_some() {
        return Err(Error::usage(format!(
            "{contact} is a full JID; subscriptions are between bare JIDs"
        )));
    }
    let stanza_type = match action {
        SubscriptionAction::Subscribe => "subscribe",
        SubscriptionAction::Unsubscribe => "unsubscribe",
        SubscriptionAction::Approve => "subscribed",
        SubscriptionAction::Deny => "unsubscribed",
    };
    let mut session: Session = super::connect(settings).await?;
    let mut stanza = presence(Some(&contact), None);
    xml::set_attr(&mut stanza, "type", stanza_type);
    session.send(stanza).await?;
    let confirmation = session.confirm().await?;
    session.close().await?;
    if settings.output.is_json() {
        settings.output.json(&serde_json::json!({
            "jid": contact.to_string(),
            "type": stanza_type,
            "confirmed": confirmation.name(),
        }));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_show_status_priority_with_defaults() {
        let stanza: Element = "<presence xmlns='jabber:client' from='b@x/r'><show>away</show><status>lunch</status><priority>5</priority></presence>"
            .parse()
            .unwrap();
        let record = Available::from_stanza(&stanza).unwrap();
        assert_eq!(record.show, "away");
        assert_eq!(record.status.as_deref(), Some("lunch"));
        assert_eq!(record.priority, 5);
        let plain: Element = "<presence xmlns='jabber:client' from='b@x/r'/>"
            .parse()
            .unwrap();
        assert_eq!(Available::from_stanza(&plain).unwrap().show, "available");
        let gone: Element = "<presence xmlns='jabber:client' from='b@x/r' type='unavailable'/>"
            .parse()
            .unwrap();
        assert!(Available::from_stanza(&gone).is_none());
    }
}
