//! `roster` (RFC 6121 section 2): list, add or update, remove contacts.

use xmpp_parsers::ns;
use xmpp_parsers::{iq::Iq, jid::BareJid, minidom::Element};

use crate::config::{Settings, parse_jid};
use crate::error::{Error, Result};
use crate::records::{Contact, ContactAdded, ContactRemoved};
use crate::session::Session;
use crate::xml::{self, NS_CLIENT};

/// A contact to add or update.
#[derive(Debug)]
pub struct Addition {
    pub contact: String,
    pub name: Option<String>,
    pub groups: Vec<String>,
    /// Also ask to see the contact's presence.
    pub subscribe: bool,
}

/// A roster `<item/>` as a contact, its groups sorted.
fn contact_of(item: &Element) -> Option<Contact> {
    let mut groups: Vec<String> = item
        .children()
        .filter(|c| c.name() == "group")
        .map(Element::text)
        .collect();
    groups.sort();
    Some(Contact {
        jid: item.attr("jid")?.to_string(),
        name: item.attr("name").map(String::from),
        subscription: item.attr("subscription").unwrap_or("none").to_string(),
        ask: item.attr("ask").map(String::from),
        groups,
    })
}

/// The account's roster, sorted by JID so output is stable.
pub async fn fetch(session: &mut Session) -> Result<Vec<Contact>> {
    let id = session.new_id();
    let query = Element::builder("query", ns::ROSTER).build();
    let payload = session
        .query(iq_get(id, query), "roster request")
        .await?
        .ok_or_else(|| Error::refused("the server answered the roster request without a roster"))?;
    let mut contacts: Vec<Contact> = payload
        .children()
        .filter(|c| c.name() == "item")
        .filter_map(contact_of)
        .collect();
    contacts.sort_by(|a, b| a.jid.cmp(&b.jid));
    Ok(contacts)
}

fn iq_get(id: String, payload: Element) -> Iq {
    Iq::Get {
        from: None,
        to: None,
        id,
        payload,
    }
}

fn iq_set(id: String, payload: Element) -> Iq {
    Iq::Set {
        from: None,
        to: None,
        id,
        payload,
    }
}

fn roster_item(jid: &BareJid) -> Element {
    let mut item = Element::builder("item", ns::ROSTER).build();
    xml::set_attr(&mut item, "jid", jid.to_string());
    item
}

fn bare(text: &str) -> Result<BareJid> {
    let jid = parse_jid(text)?;
    if jid.resource().is_some() {
        return Err(Error::usage(format!(
            "{text} is a full JID; roster entries are bare JIDs (user@domain)"
        )));
    }
    Ok(jid.to_bare())
}

/// `roster list`
pub async fn list(settings: &Settings) -> Result<Vec<Contact>> {
    let mut session = super::connect(settings).await?;
    let contacts = fetch(&mut session).await?;
    session.close().await?;
    Ok(contacts)
}

/// `roster add`
pub async fn add(addition: &Addition, settings: &Settings) -> Result<ContactAdded> {
    let contact = bare(&addition.contact)?;
    let mut session = super::connect(settings).await?;
    let mut item = roster_item(&contact);
    if let Some(name) = &addition.name {
        xml::set_attr(&mut item, "name", name.clone());
    }
    for group in &addition.groups {
        item.append_child(
            Element::builder("group", ns::ROSTER)
                .append(group.clone())
                .build(),
        );
    }
    let query = Element::builder("query", ns::ROSTER).append(item).build();
    let id = session.new_id();
    session
        .query(
            iq_set(id, query),
            &format!("adding {contact} to the roster"),
        )
        .await?;
    if addition.subscribe {
        let mut request = Element::builder("presence", NS_CLIENT).build();
        xml::set_attr(&mut request, "to", contact.to_string());
        xml::set_attr(&mut request, "type", "subscribe");
        session.send(request).await?;
        session.confirm().await?;
    }
    session.close().await?;
    let mut groups = addition.groups.clone();
    groups.sort();
    Ok(ContactAdded {
        jid: contact.to_string(),
        name: addition.name.clone(),
        groups,
        subscribe: addition.subscribe,
    })
}

/// RFC 6121 2.5: removal is a set with subscription="remove". Prosody
/// answers success for a contact that was never there, so the roster is
/// checked first: removing nothing is an error a script should see.
pub async fn remove(contact: &str, settings: &Settings) -> Result<ContactRemoved> {
    let contact = bare(contact)?;
    let mut session = super::connect(settings).await?;
    let contacts = fetch(&mut session).await?;
    if !contacts.iter().any(|c| c.jid == contact.as_str()) {
        session.close().await?;
        return Err(
            Error::refused(format!("{contact} is not in the roster: item-not-found"))
                .with_condition("item-not-found"),
        );
    }
    let mut item = roster_item(&contact);
    xml::set_attr(&mut item, "subscription", "remove");
    let query = Element::builder("query", ns::ROSTER).append(item).build();
    let id = session.new_id();
    session
        .query(
            iq_set(id, query),
            &format!("removing {contact} from the roster"),
        )
        .await?;
    session.close().await?;
    Ok(ContactRemoved {
        jid: contact.to_string(),
        removed: true,
    })
}
