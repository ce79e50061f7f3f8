//! `muc`: multi-user chat rooms (XEP-0045). Entering and leaving a room is
//! in `occupancy`; the commands built on it are `join` and `say`; rooms are
//! found and described by `discover`, administered by `admin` (muc#admin:
//! affiliation and role lists) and `owner` (muc#owner: configuration form,
//! creation, destruction).
//!
//! xmpp-parsers has no types for muc#admin and muc#owner, and its
//! `muc::user::Item` insists on full JIDs, so those payloads are read and
//! built as raw elements here.

mod admin;
mod discover;
mod join;
mod occupancy;
mod owner;
mod say;

use xmpp_parsers::{
    iq::Iq,
    jid::{BareJid, Jid},
    minidom::Element,
};

use crate::cli::MucCommand;
use crate::config::{Settings, parse_jid};
use crate::error::{Error, Result};
use crate::session::Session;
use admin::ListKind;
pub use occupancy::{Change, JoinOptions, join, removed};

const NS_MUC_ADMIN: &str = "http://jabber.org/protocol/muc#admin";
const NS_MUC_OWNER: &str = "http://jabber.org/protocol/muc#owner";

pub async fn run(command: &MucCommand, settings: &Settings) -> Result<()> {
    match command {
        MucCommand::Join(args) => join::run(args, settings).await,
        MucCommand::Say(args) => say::run(args, settings).await,
        MucCommand::List(args) => discover::run_list(args, settings).await,
        MucCommand::Info(args) => discover::run_info(args, settings).await,
        MucCommand::Members(args) => admin::run_list(args, ListKind::Members, settings).await,
        MucCommand::Admins(args) => admin::run_list(args, ListKind::Admins, settings).await,
        MucCommand::Owners(args) => admin::run_list(args, ListKind::Owners, settings).await,
        MucCommand::Bans(args) => admin::run_list(args, ListKind::Bans, settings).await,
        MucCommand::Moderators(args) => admin::run_list(args, ListKind::Moderators, settings).await,
        MucCommand::Participants(args) => {
            admin::run_list(args, ListKind::Participants, settings).await
        }
        MucCommand::Affiliation(args) => admin::run_affiliation(args, settings).await,
        MucCommand::Config(args) => owner::run_config(args, settings).await,
        MucCommand::Create(args) => owner::run_create(args, settings).await,
        MucCommand::Destroy(args) => owner::run_destroy(args, settings).await,
    }
}

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
async fn room_query(
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
