//! Finding rooms (XEP-0045 6): `muc list` (disco#items of a conference
//! service, found through the account's server when not given) and `muc
//! info` (disco#info of a room: name, features, muc#roominfo fields).

use serde::Serialize;
use xmpp_parsers::jid::Jid;

use super::parse_room;
use crate::cli::{MucListArgs, MucRoomArgs};
use crate::commands::disco::{self, FieldRecord};
use crate::config::{Settings, parse_jid};
use crate::error::{Error, ErrorKind, Result};
use crate::output::sanitize;
use crate::session::Session;

const NS_ROOMINFO: &str = "http://jabber.org/protocol/muc#roominfo";

/// `muc info --json`: `{"room","name","features":[...],"fields":[{"var","values"}]}`,
/// `fields` from the muc#roominfo form when the room gives one.
#[derive(Debug, Serialize)]
struct RoomInfo {
    room: String,
    name: Option<String>,
    features: Vec<String>,
    fields: Vec<FieldRecord>,
}

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

/// `muc list [SERVICE]`: text `jid  name`, aligned; JSON an array of
/// `{"jid","node","name"}`.
pub async fn run_list(args: &MucListArgs, settings: &Settings) -> Result<()> {
    let service = args.service.as_deref().map(parse_jid).transpose()?;
    let mut session = crate::commands::connect(settings).await?;
    let service = match service {
        Some(service) => service,
        None => default_service(&mut session).await?,
    };
    let rooms = disco::items(&mut session, &service, None).await?;
    session.close().await?;
    let output = settings.output;
    if output.is_json() {
        output.json_document(&rooms);
        return Ok(());
    }
    let width = rooms.iter().map(|r| r.jid.len()).max().unwrap_or(0);
    for room in &rooms {
        let line = format!(
            "{:width$}  {}",
            room.jid,
            room.name.as_deref().unwrap_or("")
        );
        output.line(&sanitize(line.trim_end()));
    }
    Ok(())
}

/// `muc info ROOM`. Text: `name`, one `feature` line each, then the
/// roominfo fields as `var = values`.
pub async fn run_info(args: &MucRoomArgs, settings: &Settings) -> Result<()> {
    let room = parse_room(&args.room)?;
    let mut session = crate::commands::connect(settings).await?;
    let info = disco::info(&mut session, &Jid::from(room.clone()), None).await?;
    session.close().await?;
    let record = RoomInfo {
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
    };
    let output = settings.output;
    if output.is_json() {
        output.json_document(&record);
        return Ok(());
    }
    if let Some(name) = &record.name {
        output.line(&sanitize(&format!("name     {name}")));
    }
    for feature in &record.features {
        output.line(&sanitize(&format!("feature  {feature}")));
    }
    for field in &record.fields {
        output.line(&sanitize(&format!(
            "{} = {}",
            field.var.as_deref().unwrap_or(""),
            field.values.join(", ")
        )));
    }
    Ok(())
}
