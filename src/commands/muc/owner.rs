//! Owner use cases (XEP-0045 10): the room configuration form (`muc
//! config`), creating a reserved room configured at once (`muc create`), and
//! destroying a room (`muc destroy`). The muc#owner payloads are raw
//! elements around typed data forms.

use xmpp_parsers::{
    data_forms::{DataForm, DataFormType, Field, FieldType},
    jid::BareJid,
    minidom::{Element, IntoAttributeValue},
};

use super::occupancy::{self, JoinOptions};
use super::room::{NS_MUC_OWNER, parse_room, room_query};
use crate::config::{Settings, parse_jid};
use crate::error::{Error, Result};
use crate::records::{ConfigForm, Configured, Destroyed, FormField, FormOption, SubmittedField};
use crate::session::Session;

const NS_ROOMCONFIG: &str = "http://jabber.org/protocol/muc#roomconfig";

/// One `--set FIELD=VALUE`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldAssignment {
    pub var: String,
    pub value: String,
}

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

async fn submit(session: &mut Session, room: &BareJid, form: DataForm, what: &str) -> Result<()> {
    let what = format!("{what} of {room}");
    room_query(session, room, true, owner_query(form.into()), &what).await?;
    Ok(())
}

/// The submission for `--set`: FORM_TYPE plus the fields given, checked
/// against the form so that a typo stops before anything is sent (exit 2).
/// A multi-valued field takes every value given for it.
fn fill(form: &DataForm, sets: &[FieldAssignment]) -> Result<DataForm> {
    let mut fields: Vec<Field> = Vec::new();
    for set in sets {
        let template = form
            .fields
            .iter()
            .find(|f| f.var.as_deref() == Some(set.var.as_str()) && is_settable(f))
            .ok_or_else(|| {
                Error::usage(format!(
                    "the configuration form has no field {:?} (list them with `xmppctl muc config ROOM`)",
                    set.var
                ))
            })?;
        let value = checked_value(template, &set.value)?;
        match fields.iter_mut().find(|f| f.var == template.var) {
            Some(field) if is_multi(&template.type_) => field.values.push(value),
            Some(_) => {
                return Err(Error::usage(format!(
                    "{} takes one value; give --set {}=... once",
                    set.var, set.var
                )));
            }
            None => fields.push(Field::new(&set.var, template.type_.clone()).with_value(&value)),
        }
    }
    let form_type = form.form_type().unwrap_or(NS_ROOMCONFIG);
    Ok(DataForm::new(DataFormType::Submit, form_type, fields))
}

fn is_settable(field: &Field) -> bool {
    !matches!(field.type_, FieldType::Fixed) && field.var.as_deref() != Some("FORM_TYPE")
}

fn is_multi(field_type: &FieldType) -> bool {
    matches!(
        field_type,
        FieldType::ListMulti | FieldType::JidMulti | FieldType::TextMulti
    )
}

/// A value as the field's type wants it: booleans as 1/0, JIDs valid, list
/// values among the options offered.
fn checked_value(field: &Field, value: &str) -> Result<String> {
    let var = field.var.as_deref().unwrap_or_default();
    match field.type_ {
        FieldType::Boolean => match value {
            "1" | "true" => Ok("1".into()),
            "0" | "false" => Ok("0".into()),
            _ => Err(Error::usage(format!(
                "{var} is a boolean: give true, false, 1 or 0, not {value:?}"
            ))),
        },
        FieldType::JidSingle | FieldType::JidMulti => Ok(parse_jid(value)?.to_string()),
        FieldType::ListSingle | FieldType::ListMulti
            if !field.options.is_empty() && !field.options.iter().any(|o| o.value == value) =>
        {
            let offered: Vec<&str> = field.options.iter().map(|o| o.value.as_str()).collect();
            Err(Error::usage(format!(
                "{var} must be one of {}, not {value:?}",
                offered.join(", ")
            )))
        }
        _ => Ok(value.to_string()),
    }
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
        return Ok(Configuration::Form(form_view(&room, &form)));
    }
    let submission = fill(&form, sets)?;
    submit(&mut session, &room, submission.clone(), "configuration").await?;
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

/// Undo a room that entering just created: make it temporary, so that it
/// ends when we leave. Not a destroy: Prosody keeps a tombstone of a
/// destroyed persistent room, which refuses its name (`gone`) for weeks.
pub async fn make_temporary(session: &mut Session, room: &BareJid) -> Result<()> {
    let persistent =
        Field::new("muc#roomconfig_persistentroom", FieldType::Boolean).with_value("0");
    let form = DataForm::new(DataFormType::Submit, NS_ROOMCONFIG, vec![persistent]);
    submit(session, room, form, "making the new room temporary").await
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
    let submission = match fill(&form, sets) {
        Ok(submission) => submission,
        Err(e) => {
            let cancel = DataForm {
                type_: DataFormType::Cancel,
                title: None,
                instructions: None,
                fields: Vec::new(),
            };
            submit(session, room, cancel, "cancelling the configuration").await?;
            return Err(e);
        }
    };
    submit(session, room, submission.clone(), "configuration").await?;
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

fn form_view(room: &BareJid, form: &DataForm) -> ConfigForm {
    ConfigForm {
        room: room.to_string(),
        title: form.title.clone(),
        instructions: form.instructions.clone(),
        fields: form
            .fields
            .iter()
            .filter(|f| f.var.as_deref() != Some("FORM_TYPE"))
            .map(|f| FormField {
                var: f.var.clone(),
                // The default type is the one left out of the attribute.
                field_type: f
                    .type_
                    .clone()
                    .into_attribute_value()
                    .unwrap_or_else(|| "text-single".into()),
                label: f.label.clone(),
                values: f.values.clone(),
                options: f
                    .options
                    .iter()
                    .map(|o| FormOption {
                        value: o.value.clone(),
                        label: o.label.clone(),
                    })
                    .collect(),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> DataForm {
        let xml = "<x xmlns='jabber:x:data' type='form'>\
            <field var='FORM_TYPE' type='hidden'><value>http://jabber.org/protocol/muc#roomconfig</value></field>\
            <field var='muc#roomconfig_roomname' type='text-single' label='Name'/>\
            <field var='muc#roomconfig_persistentroom' type='boolean'><value>0</value></field>\
            <field var='muc#roomconfig_whois' type='list-single'><option><value>moderators</value></option><option><value>anyone</value></option></field>\
            <field var='muc#roomconfig_roomadmins' type='jid-multi'/>\
            </x>";
        DataForm::try_from(xml.parse::<Element>().unwrap()).unwrap()
    }

    fn set(var: &str, value: &str) -> FieldAssignment {
        FieldAssignment {
            var: var.into(),
            value: value.into(),
        }
    }

    #[test]
    fn fills_form_type_and_given_fields_only() {
        let submission = fill(
            &form(),
            &[
                set("muc#roomconfig_roomname", "Ops"),
                set("muc#roomconfig_persistentroom", "true"),
                set("muc#roomconfig_roomadmins", "a@example.org"),
                set("muc#roomconfig_roomadmins", "b@example.org"),
            ],
        )
        .unwrap();
        assert_eq!(submission.type_, DataFormType::Submit);
        assert_eq!(submission.form_type(), Some(NS_ROOMCONFIG));
        let shown = submitted(&"r@c.example.org".parse().unwrap(), &submission);
        let pairs: Vec<(&str, Vec<String>)> = shown
            .fields
            .iter()
            .map(|f| (f.var.as_str(), f.values.clone()))
            .collect();
        assert_eq!(
            pairs,
            vec![
                ("muc#roomconfig_roomname", vec!["Ops".to_string()]),
                ("muc#roomconfig_persistentroom", vec!["1".to_string()]),
                (
                    "muc#roomconfig_roomadmins",
                    vec!["a@example.org".to_string(), "b@example.org".to_string()]
                ),
            ]
        );
    }

    #[test]
    fn refuses_what_the_form_does_not_allow() {
        for bad in [
            set("muc#roomconfig_nosuchthing", "1"),
            set("FORM_TYPE", "x"),
            set("muc#roomconfig_persistentroom", "maybe"),
            set("muc#roomconfig_whois", "everybody"),
            set("muc#roomconfig_roomadmins", "not a jid@@"),
        ] {
            let error = fill(&form(), std::slice::from_ref(&bad)).unwrap_err();
            assert_eq!(error.kind.exit_code(), 2, "{bad:?}: {}", error.message);
        }
        let twice = [
            set("muc#roomconfig_roomname", "a"),
            set("muc#roomconfig_roomname", "b"),
        ];
        assert_eq!(fill(&form(), &twice).unwrap_err().kind.exit_code(), 2);
    }
}
