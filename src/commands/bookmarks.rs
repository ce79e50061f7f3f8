//! `bookmarks list|add|remove` (XEP-0402): the account's room bookmarks,
//! stored as PEP items of `urn:xmpp:bookmarks:1`, one item per room (its
//! id is the room's JID). `listen --bookmarks` joins the autojoin ones.
//!
//! A stored room password is read back only to join the room: records
//! say whether there is one, never what it is.

use std::path::PathBuf;

use xmpp_parsers::{
    bookmarks2::Conference,
    data_forms::{DataForm, DataFormType, Field, FieldType},
    iq::Iq,
    jid::{BareJid, ResourcePart},
    minidom::Element,
    ns,
    pubsub::{
        ItemId, NodeName, PubSub,
        pubsub::{Item, Items, Publish, PublishOptions, Retract},
    },
};

use super::muc::{JoinOptions, parse_room};
use crate::config::Settings;
use crate::error::{Error, ErrorKind, Result};
use crate::records::{Bookmark, BookmarkAdded, BookmarkRemoved};
use crate::secret::{self, Password};
use crate::session::Session;

const NS_PUBLISH_OPTIONS: &str = "http://jabber.org/protocol/pubsub#publish-options";

/// `bookmarks add`: the room and what to store with it.
#[derive(Debug)]
pub struct Addition {
    pub room: String,
    pub name: Option<String>,
    pub nick: Option<String>,
    /// `--room-password-file`: the room's password (never from argv).
    pub password_file: Option<PathBuf>,
    pub autojoin: bool,
}

/// A stored bookmark, with its password for joining (no `Debug`: that
/// would show it).
pub struct Stored {
    pub room: BareJid,
    pub conference: Conference,
}

impl Stored {
    /// What the user sees: the password only as whether there is one.
    fn record(&self) -> Bookmark {
        Bookmark {
            room: self.room.to_string(),
            name: self.conference.name.clone(),
            nick: self.conference.nick.as_ref().map(|n| n.to_string()),
            autojoin: self.conference.autojoin,
            password: self.conference.password.is_some(),
        }
    }

    /// How to enter the room: its nick and password, no history.
    pub fn join_options(&self) -> JoinOptions {
        JoinOptions {
            nick: self.conference.nick.as_ref().map(|n| n.to_string()),
            password: self.conference.password.clone(),
            history: 0,
        }
    }
}

/// The room password from its file (first line), read before connecting:
/// a file that cannot be read or is empty is a usage error (exit 2).
fn room_password(path: &std::path::Path, settings: &Settings) -> Result<Password> {
    let password = secret::read_file(path, "room password file", settings.deadline()).map_err(
        |e| match e.kind {
            ErrorKind::Config => Error::usage(e.message),
            _ => e,
        },
    )?;
    if password.expose().is_empty() {
        return Err(Error::usage(format!(
            "the room password file {} is empty",
            path.display()
        )));
    }
    Ok(password)
}

fn pubsub_iq(session: &mut Session, set: bool, pubsub: PubSub) -> Iq {
    let id = session.new_id();
    let payload = Element::from(pubsub);
    match set {
        true => Iq::Set {
            from: None,
            to: None,
            id,
            payload,
        },
        false => Iq::Get {
            from: None,
            to: None,
            id,
            payload,
        },
    }
}

/// Every bookmark stored on the account; a node that does not exist yet
/// holds none.
pub async fn fetch(session: &mut Session) -> Result<Vec<Stored>> {
    let iq = pubsub_iq(session, false, PubSub::Items(Items::new(ns::BOOKMARKS2)));
    let payload = match session.query(iq, "the bookmarks").await {
        Ok(payload) => payload,
        Err(e) if e.condition.as_deref() == Some("item-not-found") => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    let Some(payload) = payload else {
        return Ok(Vec::new());
    };
    let items = match PubSub::try_from(payload) {
        Ok(PubSub::Items(items)) => items.items,
        _ => return Err(Error::refused("the bookmarks: the answer holds no items")),
    };
    let mut stored = Vec::new();
    for item in items {
        // An item that is not a bookmark (another client's mistake) is skipped.
        let Some(room) = item.id.and_then(|id| id.0.parse::<BareJid>().ok()) else {
            continue;
        };
        let Some(conference) = item.payload.and_then(|p| Conference::try_from(p).ok()) else {
            continue;
        };
        stored.push(Stored { room, conference });
    }
    stored.sort_by(|a, b| a.room.as_str().cmp(b.room.as_str()));
    Ok(stored)
}

/// The autojoin bookmarks, for `listen --bookmarks`.
pub async fn autojoin(session: &mut Session) -> Result<Vec<Stored>> {
    Ok(fetch(session)
        .await?
        .into_iter()
        .filter(|b| b.conference.autojoin)
        .collect())
}

/// `bookmarks list`
pub async fn list(settings: &Settings) -> Result<Vec<Bookmark>> {
    let mut session = super::connect(settings).await?;
    let stored = fetch(&mut session).await?;
    session.close().await?;
    Ok(stored.iter().map(Stored::record).collect())
}

/// XEP-0402's publish options: kept, as many items as there are rooms,
/// readable by the account alone.
fn publish_options() -> PublishOptions {
    let field = |var: &str, value: &str| Field::new(var, FieldType::TextSingle).with_value(value);
    PublishOptions {
        form: Some(DataForm::new(
            DataFormType::Submit,
            NS_PUBLISH_OPTIONS,
            vec![
                field("pubsub#persist_items", "true"),
                field("pubsub#max_items", "max"),
                field("pubsub#access_model", "whitelist"),
            ],
        )),
    }
}

/// `bookmarks add`: publish the room's item (replacing one stored before).
pub async fn add(addition: &Addition, settings: &Settings) -> Result<BookmarkAdded> {
    let room = parse_room(&addition.room)?;
    let nick = addition
        .nick
        .as_deref()
        .map(|n| {
            ResourcePart::new(n)
                .map(|n| n.into_owned())
                .map_err(|e| Error::usage(format!("invalid nickname {n:?}: {e}")))
        })
        .transpose()?;
    let password = addition
        .password_file
        .as_deref()
        .map(|path| room_password(path, settings))
        .transpose()?;
    let conference = Conference {
        autojoin: addition.autojoin,
        name: addition.name.clone(),
        nick,
        password: password.map(|p| p.expose().to_string()),
        extensions: None,
    };
    let stored = Stored { room, conference };
    let item = Item {
        id: Some(ItemId(stored.room.to_string())),
        publisher: None,
        payload: Some(stored.conference.clone().into()),
    };
    let publish = PubSub::Publish {
        publish: Publish {
            node: NodeName(ns::BOOKMARKS2.to_string()),
            items: vec![item],
        },
        publish_options: Some(publish_options()),
    };
    let mut session = super::connect(settings).await?;
    let iq = pubsub_iq(&mut session, true, publish);
    session
        .query(iq, &format!("bookmarking {}", stored.room))
        .await?;
    session.close().await?;
    Ok(BookmarkAdded(stored.record()))
}

/// `bookmarks remove`: retract the room's item; one that is not there is
/// the server's `item-not-found` (exit 7).
pub async fn remove(room: &str, settings: &Settings) -> Result<BookmarkRemoved> {
    let room = parse_room(room)?;
    let mut session = super::connect(settings).await?;
    // Not every server refuses the retraction of a missing item: look first.
    let known = fetch(&mut session).await?.iter().any(|b| b.room == room);
    if !known {
        session.close().await?;
        return Err(
            Error::refused(format!("removing the bookmark {room}: item-not-found"))
                .with_condition("item-not-found")
                .with_hint("`xmppctl bookmarks list` shows the bookmarks"),
        );
    }
    let retract = PubSub::Retract(Retract {
        node: NodeName(ns::BOOKMARKS2.to_string()),
        notify: true,
        items: vec![Item {
            id: Some(ItemId(room.to_string())),
            publisher: None,
            payload: None,
        }],
    });
    let iq = pubsub_iq(&mut session, true, retract);
    session
        .query(iq, &format!("removing the bookmark {room}"))
        .await?;
    session.close().await?;
    Ok(BookmarkRemoved {
        room: room.to_string(),
        removed: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_never_holds_the_password() {
        let stored = Stored {
            room: "r@muc.example.org".parse().unwrap(),
            conference: Conference {
                autojoin: true,
                name: Some("R".into()),
                nick: None,
                password: Some("hunter2".into()),
                extensions: None,
            },
        };
        let record = stored.record();
        assert!(record.password);
        assert!(!format!("{record:?}").contains("hunter2"));
        assert_eq!(stored.join_options().password.as_deref(), Some("hunter2"));
    }

    #[test]
    fn publish_options_are_xep_0402s() {
        let xml = String::from(&Element::from(publish_options().form.unwrap()));
        assert!(xml.contains("pubsub#access_model"), "{xml}");
        assert!(xml.contains("whitelist"), "{xml}");
        assert!(xml.contains(NS_PUBLISH_OPTIONS), "{xml}");
    }
}
