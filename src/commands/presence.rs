//! `presence` (RFC 6121 sections 3-4): see who is online, announce a
//! status, and manage subscriptions.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use xmpp_parsers::{jid::Jid, minidom::Element};

use crate::config::{Settings, parse_jid};
use crate::error::{Error, Result};
use crate::records::{Announced, Available, SubscriptionSent};
use crate::session::Session;
use crate::xml::{self, NS_CLIENT};

/// Presence counts as settled after this long without a new one.
const QUIET_PERIOD: Duration = Duration::from_millis(700);
/// `presence list` waits at most this long unless `--wait` says otherwise.
const DEFAULT_WAIT: f64 = 5.0;

/// `presence set`: what to announce, and for how long.
#[derive(Debug)]
pub struct Announcement {
    pub show: Option<Show>,
    pub status: Option<String>,
    pub priority: Option<i8>,
    /// Directed presence to this JID only.
    pub to: Option<String>,
    /// Seconds to stay online before leaving; 0: leave at once.
    pub hold: f64,
}

/// Availability details of RFC 6121 4.7.2.1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Show {
    Away,
    Chat,
    Dnd,
    Xa,
}

impl Show {
    fn name(self) -> &'static str {
        match self {
            Show::Away => "away",
            Show::Chat => "chat",
            Show::Dnd => "dnd",
            Show::Xa => "xa",
        }
    }
}

/// The four subscription stanzas of RFC 6121 section 3.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubscriptionAction {
    Subscribe,
    Unsubscribe,
    Approve,
    Deny,
}

/// An available presence (no type) as a record; `None` for others.
fn available_of(stanza: &Element) -> Option<Available> {
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

/// Announce availability, then gather presence until it settles (a quiet
/// period with nothing new, at most 5 s), or for exactly `--wait` seconds,
/// so a script can wait for someone to come online.
pub async fn list(wait: Option<f64>, settings: &Settings) -> Result<Vec<Available>> {
    let mut session = super::connect(settings).await?;
    let settles = wait.is_none();
    let give_up = Instant::now() + Duration::from_secs_f64(wait.unwrap_or(DEFAULT_WAIT));
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
        match available_of(&stanza) {
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
    Ok(seen.into_values().collect())
}

/// An available presence, broadcast or directed, with optional details.
fn presence(to: Option<&Jid>, details: Option<&Announcement>) -> Element {
    let mut stanza = Element::builder("presence", NS_CLIENT).build();
    if let Some(to) = to {
        xml::set_attr(&mut stanza, "to", to.to_string());
    }
    let Some(details) = details else {
        return stanza;
    };
    let mut child = |name: &str, text: String| {
        stanza.append_child(Element::builder(name, NS_CLIENT).append(text).build());
    };
    if let Some(show) = details.show {
        child("show", show.name().to_string());
    }
    if let Some(status) = &details.status {
        child("status", status.clone());
    }
    if let Some(priority) = details.priority {
        child("priority", priority.to_string());
    }
    stanza
}

/// Announce a presence, stay online `--hold` seconds (answering pings),
/// then leave with unavailable presence.
pub async fn set(args: &Announcement, settings: &Settings) -> Result<Announced> {
    let to = args.to.as_deref().map(parse_jid).transpose()?;
    let mut session = super::connect(settings).await?;
    let announced = presence(to.as_ref(), Some(args));
    session.restore_after_login("presence", Some(announced.clone()));
    session.send(announced).await?;
    let confirmation = session.confirm().await?;
    if args.hold > 0.0 {
        session.survive_faults();
    }
    let hold_until = Instant::now() + Duration::from_secs_f64(args.hold);
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
    Ok(Announced {
        to: to.map(|t| t.to_string()),
        show: args.show.map_or("available", Show::name),
        status: args.status.clone(),
        priority: args.priority.unwrap_or(0),
        confirmed: confirmation.name(),
    })
}

/// subscribe / unsubscribe / approve (subscribed) / deny (unsubscribed).
pub async fn subscription(
    action: SubscriptionAction,
    contact: &str,
    settings: &Settings,
) -> Result<SubscriptionSent> {
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
    Ok(SubscriptionSent {
        jid: contact.to_string(),
        stanza_type,
        confirmed: confirmation.name(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_show_status_priority_with_defaults() {
        let stanza: Element = "<presence xmlns='jabber:client' from='b@x/r'><show>away</show><status>lunch</status><priority>5</priority></presence>"
            .parse()
            .unwrap();
        let record = available_of(&stanza).unwrap();
        assert_eq!(record.show, "away");
        assert_eq!(record.status.as_deref(), Some("lunch"));
        assert_eq!(record.priority, 5);
        let plain: Element = "<presence xmlns='jabber:client' from='b@x/r'/>"
            .parse()
            .unwrap();
        assert_eq!(available_of(&plain).unwrap().show, "available");
        let gone: Element = "<presence xmlns='jabber:client' from='b@x/r' type='unavailable'/>"
            .parse()
            .unwrap();
        assert!(available_of(&gone).is_none());
    }
}
