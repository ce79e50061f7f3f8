//! Finding rooms (XEP-0045 6): `muc list` (disco#items of a conference
//! service, found through the account's server when not given) and `muc
//! info` (disco#info of a room: name, features, muc#roominfo fields).

use xmpp_parsers::jid::Jid;

use super::room::parse_room;
use crate::commands::disco;
use crate::config::{Settings, parse_jid};
use crate::error::{Error, ErrorKind, Result};
use crate::records::{RoomInfo, Rooms};
use crate::session::Session;

const NS_ROOMINFO: &str = "http://jabber.org/protocol/muc#roominfo";

/// The first item of the account's server that is a text conference
/// service. Items that do not answer disco#info are skipped.
async fn default_service(session: &mut Session) -> Result<Jid> {
    let server = session.server();
    for item in disco::items(session, &server, None).await? {
        let Ok(jid) = item.jid.parse::<Jid>() else {
            continue;
        };
        let info = match disco::info(session, &jid, None).await {
            Ok(info) => info,
            Err(e) if e.kind == ErrorKind::Refused => continue,
            Err(e) => return Err(e),
        };
        let is_muc = info
            .identities
            .iter()
            .any(|i| i.category == "conference" && i.identity_type == "text");
        if is_muc {
            return Ok(jid);
        }
    }
    Err(
        Error::refused(format!("{server} lists no multi-user chat service"))
            .with_hint("name the service: xmppctl muc list conference.example.org"),
    )
}

/// `muc list [SERVICE]`
pub async fn run_list(service: Option<&str>, settings: &Settings) -> Result<Rooms> {
    let service = service.map(parse_jid).transpose()?;
    let mut session = crate::commands::connect(settings).await?;
    let service = match service {
        Some(service) => service,
        None => default_service(&mut session).await?,
    };
    let rooms = disco::items(&mut session, &service, None).await?;
    session.close().await?;
    Ok(Rooms(rooms))
}

/// `muc info ROOM`: name, features, and the muc#roominfo fields.
pub async fn run_info(room: &str, settings: &Settings) -> Result<RoomInfo> {
    let room = parse_room(room)?;
    let mut session = crate::commands::connect(settings).await?;
    let info = disco::info(&mut session, &Jid::from(room.clone()), None).await?;
    session.close().await?;
    Ok(RoomInfo {
        room: room.to_string(),
        name: info
            .identities
            .iter()
            .find(|i| i.category == "conference")
            .and_then(|i| i.name.clone()),
        features: info.features,
        fields: info
            .forms
            .into_iter()
            .filter(|form| form.form_type.as_deref() == Some(NS_ROOMINFO))
            .flat_map(|form| form.fields)
            .collect(),
    })
}
