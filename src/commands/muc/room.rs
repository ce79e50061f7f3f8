//! What every room command shares: a room's address, and IQs to it.

use xmpp_parsers::{
    data_forms::DataForm,
    iq::Iq,
    jid::{BareJid, Jid},
    minidom::Element,
};

use crate::config::parse_jid;
use crate::error::{Error, Result};
use crate::session::Session;

pub const NS_MUC_ADMIN: &str = "http://jabber.org/protocol/muc#admin";
pub const NS_MUC_OWNER: &str = "http://jabber.org/protocol/muc#owner";
pub const NS_ROOMCONFIG: &str = "http://jabber.org/protocol/muc#roomconfig";

/// A room is a bare JID with a local part (room@service); anything else is
/// a usage error before connecting.
pub fn parse_room(text: &str) -> Result<BareJid> {
    let jid = parse_jid(text)?;
    if jid.node().is_none() || jid.resource().is_some() {
        return Err(Error::usage(format!(
            "{text:?} is not a room: give its bare JID, like room@conference.example.org"
        )));
    }
    Ok(jid.to_bare())
}

/// Send `payload` to `room` in an IQ get or set and return the result's
/// payload; an error answer is a refusal (exit 7) naming `what`.
pub async fn room_query(
    session: &mut Session,
    room: &BareJid,
    set: bool,
    payload: Element,
    what: &str,
) -> Result<Option<Element>> {
    let id = session.new_id();
    let to = Some(Jid::from(room.clone()));
    let iq = if set {
        Iq::Set {
            from: None,
            to,
            id,
            payload,
        }
    } else {
        Iq::Get {
            from: None,
            to,
            id,
            payload,
        }
    };
    session.query(iq, what).await
}

/// Submit a configuration `form` to `room` (XEP-0045 10.1-10.2): the
/// owner's one way to set up a room, whoever is setting it up.
pub async fn submit_config(
    session: &mut Session,
    room: &BareJid,
    form: DataForm,
    what: &str,
) -> Result<()> {
    let query = Element::builder("query", NS_MUC_OWNER)
        .append(Element::from(form))
        .build();
    room_query(session, room, true, query, &format!("{what} of {room}")).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rooms_are_bare_jids_with_a_local_part() {
        assert_eq!(
            parse_room("lobby@conference.example.org").unwrap().as_str(),
            "lobby@conference.example.org"
        );
        for bad in [
            "conference.example.org",
            "lobby@conference.example.org/nick",
            "@@",
        ] {
            let error = parse_room(bad).unwrap_err();
            assert_eq!(error.kind.exit_code(), 2, "{bad}");
        }
    }
}
