//! Owner use cases (XEP-0045 10): the room configuration form (`muc
//! config`), creating a reserved room configured at once (`muc create`), and
//! destroying a room (`muc destroy`). The muc#owner payloads are raw
//! elements around typed data forms.

use serde::Serialize;
use xmpp_parsers::{
    data_forms::{DataForm, DataFormType, Field, FieldType},
    jid::BareJid,
    minidom::{Element, IntoAttributeValue},
};

use super::occupancy::{self, JoinOptions};
use super::{NS_MUC_OWNER, parse_room, room_query};
use crate::cli::{FieldAssignment, MucConfigArgs, MucDestroyArgs};
use crate::config::{Settings, parse_jid};
use crate::error::{Error, Result};
use crate::output::{Output, sanitize};
use crate::session::Session;

const NS_ROOMCONFIG: &str = "http://jabber.org/protocol/muc#roomconfig";

/// A field of the configuration form as `muc config --json` prints it.
#[derive(Debug, Serialize)]
struct FieldView {
    var: Option<String>,
    #[serde(rename = "type")]
    field_type: String,
    label: Option<String>,
    values: Vec<String>,
    options: Vec<OptionView>,
}

#[derive(Debug, Serialize)]
struct OptionView {
    value: String,
    label: Option<String>,
}

/// `muc config ROOM` without `--set`: `{"room","title","instructions","fields":[...]}`.
#[derive(Debug, Serialize)]
struct FormView {
    room: String,
    title: Option<String>,
    instructions: Option<String>,
    fields: Vec<FieldView>,
}

/// What `--set` submitted, as `muc config --set` and `muc create` print it
/// in JSON: `{"room","fields":[{"var","values"}]}`.
#[derive(Debug, Serialize)]
struct Submitted {
    room: String,
    fields: Vec<SubmittedField>,
}

#[derive(Debug, Serialize)]
struct SubmittedField {
    var: String,
    values: Vec<String>,
}

fn owner_query(child: Element) -> Element {
    Element::builder("query", NS_MUC_OWNER)
        .append(child)
        .build()
}

/// Accept the service's default configuration: an empty submitted form
/// makes a new room an instant room (XEP-0045 10.1.2) and unlocks it.
pub async fn accept_defaults(session: &mut Session, room: &BareJid) -> Result<()> {
    let empty = DataForm {
        type_: DataFormType::Submit,
        title: None,
        instructions: None,
        fields: Vec::new(),
    };
    submit(session, room, empty, "configuring the new room").await
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

fn submitted(room: &BareJid, form: &DataForm) -> Submitted {
    Submitted {
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
pub async fn run_config(args: &MucConfigArgs, settings: &Settings) -> Result<()> {
    let room = parse_room(&args.room)?;
    let mut session = crate::commands::connect(settings).await?;
    let form = fetch_form(&mut session, &room).await?;
    if args.set.is_empty() {
        session.close().await?;
        print_form(&room, &form, settings.output);
        return Ok(());
    }
    let submission = fill(&form, &args.set)?;
    submit(&mut session, &room, submission.clone(), "configuration").await?;
    session.close().await?;
    if settings.output.is_json() {
        settings
            .output
            .json_document(&submitted(&room, &submission));
    }
    Ok(())
}

/// `muc create ROOM [--set FIELD=VALUE]...`: enter a room that must not
/// exist yet (status 201), configure it before anyone else can enter
/// (a reserved room, XEP-0045 10.1.3), leave.
pub async fn run_create(args: &MucConfigArgs, settings: &Settings) -> Result<()> {
    let room = parse_room(&args.room)?;
    let mut session = crate::commands::connect(settings).await?;
    let options = JoinOptions {
        nick: None,
        password: None,
        history: 0,
    };
    let joined = occupancy::enter(&mut session, &room, &options).await?;
    let result = if joined.created {
        configure_new(&mut session, &room, &args.set).await
    } else {
        Err(Error::refused(format!("{room} already exists")))
    };
    occupancy::leave(&mut session, &joined).await?;
    session.close().await?;
    let submission = result?;
    if settings.output.is_json() {
        settings
            .output
            .json_document(&submitted(&room, &submission));
    }
    Ok(())
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
pub async fn run_destroy(args: &MucDestroyArgs, settings: &Settings) -> Result<()> {
    let room = parse_room(&args.room)?;
    let mut destroy = Element::builder("destroy", NS_MUC_OWNER);
    if let Some(reason) = &args.reason {
        destroy = destroy.append(Element::builder("reason", NS_MUC_OWNER).append(reason.as_str()));
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
    if settings.output.is_json() {
        settings.output.json_document(&serde_json::json!({
            "room": room.to_string(),
            "destroyed": true,
        }));
    }
    Ok(())
}

fn form_view(room: &BareJid, form: &DataForm) -> FormView {
    FormView {
        room: room.to_string(),
        title: form.title.clone(),
        instructions: form.instructions.clone(),
        fields: form
            .fields
            .iter()
            .filter(|f| f.var.as_deref() != Some("FORM_TYPE"))
            .map(|f| FieldView {
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
                    .map(|o| OptionView {
                        value: o.value.clone(),
                        label: o.label.clone(),
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// Text: one line per field, `var  type  = values  (label) [options]`,
/// aligned; fixed fields (section titles) as `# text`.
fn print_form(room: &BareJid, form: &DataForm, output: Output) {
    let view = form_view(room, form);
    if output.is_json() {
        output.json_document(&view);
        return;
    }
    let var_width = view
        .fields
        .iter()
        .filter_map(|f| f.var.as_ref())
        .map(String::len)
        .max()
        .unwrap_or(0);
    let type_width = view
        .fields
        .iter()
        .map(|f| f.field_type.len())
        .max()
        .unwrap_or(0);
    for field in &view.fields {
        let Some(var) = &field.var else {
            output.line(&sanitize(&format!("# {}", field.values.join(" "))));
            continue;
        };
        let mut line = format!(
            "{var:var_width$}  {:type_width$}  = {}",
            field.field_type,
            field.values.join(", ")
        );
        if let Some(label) = &field.label {
            line.push_str(&format!("  ({label})"));
        }
        if !field.options.is_empty() {
            let options: Vec<&str> = field.options.iter().map(|o| o.value.as_str()).collect();
            line.push_str(&format!("  [{}]", options.join("|")));
        }
        output.line(&sanitize(&line));
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
