//! Owner use cases (XEP-0045 10): the room configuration form (`muc
//! config`), creating a reserved room configured at once (`muc create`), and
//! destroying a room (`muc destroy`). The muc#owner payloads are raw
//! elements around typed data forms.

use xmpp_parsers::{
    data_forms::{DataForm, DataFormType},
    jid::BareJid,
    minidom::Element,
};

use super::occupancy::{self, JoinOptions};
use super::room::{NS_MUC_OWNER, NS_ROOMCONFIG, parse_room, room_query, submit_config};
pub use crate::commands::forms::FieldAssignment;
use crate::commands::forms::{fill, form_view};
use crate::config::Settings;
use crate::error::{Error, Result};
use crate::records::{ConfigForm, Configured, Destroyed, SubmittedField};
use crate::session::Session;

/// Where a `--set` that does not fit the form sends the user.
const LISTING: &str = "xmppctl muc config ROOM";

/// The outcome of `muc config`: the form, or what was set.
#[derive(Debug)]
pub enum Configuration {
    Form(ConfigForm),
    Set(Configured),
}

fn owner_query(child: Element) -> Element {
    Element::builder("query", NS_MUC_OWNER)
        .append(child)
        .build()
}

async fn fetch_form(session: &mut Session, room: &BareJid) -> Result<DataForm> {
    let what = format!("configuration form of {room}");
    let query = Element::builder("query", NS_MUC_OWNER).build();
    let payload = room_query(session, room, false, query, &what).await?;
    payload
        .as_ref()
        .and_then(|query| query.get_child("x", xmpp_parsers::ns::DATA_FORMS))
        .and_then(|form| DataForm::try_from(form.clone()).ok())
        .ok_or_else(|| Error::refused(format!("{what}: the answer holds no form")))
}

fn submitted(room: &BareJid, form: &DataForm) -> Configured {
    Configured {
        room: room.to_string(),
        fields: form
            .fields
            .iter()
            .filter(|f| f.var.as_deref() != Some("FORM_TYPE"))
            .map(|f| SubmittedField {
                var: f.var.clone().unwrap_or_default(),
                values: f.values.clone(),
            })
            .collect(),
    }
}

/// `muc config ROOM [--set FIELD=VALUE]...`
pub async fn run_config(
    room: &str,
    sets: &[FieldAssignment],
    settings: &Settings,
) -> Result<Configuration> {
    let room = parse_room(room)?;
    let mut session = crate::commands::connect(settings).await?;
    let form = fetch_form(&mut session, &room).await?;
    if sets.is_empty() {
        session.close().await?;
        return Ok(Configuration::Form(ConfigForm {
            room: room.to_string(),
            form: form_view(&form),
        }));
    }
    let submission = fill(&form, sets, Some(NS_ROOMCONFIG), LISTING)?;
    submit_config(&mut session, &room, submission.clone(), "configuration").await?;
    session.close().await?;
    Ok(Configuration::Set(submitted(&room, &submission)))
}

/// `muc create ROOM [--set FIELD=VALUE]...`: enter a room that must not
/// exist yet (status 201), configure it before anyone else can enter
/// (a reserved room, XEP-0045 10.1.3), leave.
pub async fn run_create(
    room: &str,
    sets: &[FieldAssignment],
    settings: &Settings,
) -> Result<Configured> {
    let room = parse_room(room)?;
    let mut session = crate::commands::connect(settings).await?;
    let options = JoinOptions {
        nick: None,
        password: None,
        history: 0,
    };
    let joined = occupancy::enter(&mut session, &room, &options).await?;
    let result = if joined.created {
        configure_new(&mut session, &room, sets).await
    } else {
        Err(Error::refused(format!("{room} already exists")))
    };
    occupancy::leave(&mut session, &joined).await?;
    session.close().await?;
    Ok(submitted(&room, &result?))
}

/// Submit `sets` to a room just created. When they do not fit its form,
/// cancel, which per XEP-0045 10.1.3 makes the service destroy the room
/// rather than keep it locked and half made. (Prosody 0.12 keeps it with
/// its defaults; destroying it ourselves would, for a persistent room,
/// leave a tombstone that blocks creating it again with the right fields.)
async fn configure_new(
    session: &mut Session,
    room: &BareJid,
    sets: &[FieldAssignment],
) -> Result<DataForm> {
    let form = fetch_form(session, room).await?;
    let submission = match fill(&form, sets, Some(NS_ROOMCONFIG), LISTING) {
        Ok(submission) => submission,
        Err(e) => {
            let cancel = DataForm {
                type_: DataFormType::Cancel,
                title: None,
                instructions: None,
                fields: Vec::new(),
            };
            submit_config(session, room, cancel, "cancelling the configuration").await?;
            return Err(e);
        }
    };
    submit_config(session, room, submission.clone(), "configuration").await?;
    Ok(submission)
}

/// `muc destroy ROOM [--reason TEXT]`
pub async fn run_destroy(
    room: &str,
    reason: Option<&str>,
    settings: &Settings,
) -> Result<Destroyed> {
    let room = parse_room(room)?;
    let mut destroy = Element::builder("destroy", NS_MUC_OWNER);
    if let Some(reason) = reason {
        destroy = destroy.append(Element::builder("reason", NS_MUC_OWNER).append(reason));
    }
    let mut session = crate::commands::connect(settings).await?;
    let what = format!("destroying {room}");
    room_query(
        &mut session,
        &room,
        true,
        owner_query(destroy.build()),
        &what,
    )
    .await?;
    session.close().await?;
    Ok(Destroyed {
        room: room.to_string(),
        destroyed: true,
    })
}
