//! `adhoc list|show|run` (XEP-0050): the commands an entity offers, and
//! running one through its forms. `admin` runs the XEP-0133 ones on the
//! same path. XEP-0050's `<command/>` has no type in xmpp-parsers; its
//! forms are typed data forms.

use xmpp_parsers::{
    data_forms::{DataForm, Field, FieldType},
    iq::Iq,
    jid::Jid,
    minidom::Element,
    ns,
};

use super::forms::{FieldAssignment, fill, form_view, is_settable};
use crate::config::{Settings, parse_jid};
use crate::error::{Error, Result};
use crate::records::{AdhocCommand, AdhocOutcome, Note};
use crate::session::Session;
use crate::xml;

pub const NS_COMMANDS: &str = "http://jabber.org/protocol/commands";
/// A command that keeps asking for more forms is not going to finish.
const MAX_STAGES: usize = 10;

/// How to submit a stage's form (`--action`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Next,
    Complete,
    Cancel,
}

impl Action {
    fn name(self) -> &'static str {
        match self {
            Action::Next => "next",
            Action::Complete => "complete",
            Action::Cancel => "cancel",
        }
    }
}

/// `adhoc run`: which command, where, with what.
#[derive(Debug)]
pub struct Request {
    /// `None`: the account's server.
    pub to: Option<String>,
    pub node: String,
    pub sets: Vec<FieldAssignment>,
    /// `None`: what each stage offers as its default, else complete.
    pub action: Option<Action>,
}

/// One answer of the command.
struct Stage {
    status: String,
    sessionid: Option<String>,
    notes: Vec<Note>,
    form: Option<DataForm>,
    default_action: Option<Action>,
}

impl Stage {
    fn outcome(&self) -> AdhocOutcome {
        AdhocOutcome {
            status: self.status.clone(),
            notes: self.notes.clone(),
            form: self.form.as_ref().map(form_view),
        }
    }

    /// An error note: the command failed, whatever its status says.
    fn failure(&self, node: &str) -> Option<Error> {
        let note = self.notes.iter().find(|n| n.note_type == "error")?;
        Some(Error::refused(format!("{node}: {}", note.text)))
    }
}

fn parse_stage(payload: Option<Element>, what: &str) -> Result<Stage> {
    let command = payload
        .filter(|p| p.is("command", NS_COMMANDS))
        .ok_or_else(|| Error::refused(format!("{what}: the answer holds no command")))?;
    let default_action = command
        .get_child("actions", NS_COMMANDS)
        .and_then(|actions| actions.attr("execute"))
        .and_then(|name| match name {
            "next" => Some(Action::Next),
            "complete" => Some(Action::Complete),
            _ => None,
        });
    Ok(Stage {
        status: command.attr("status").unwrap_or("completed").to_string(),
        sessionid: command.attr("sessionid").map(String::from),
        notes: command
            .children()
            .filter(|c| c.is("note", NS_COMMANDS))
            .map(|note| Note {
                note_type: note.attr("type").unwrap_or("info").to_string(),
                text: note.text(),
            })
            .collect(),
        form: command
            .get_child("x", ns::DATA_FORMS)
            .and_then(|x| DataForm::try_from(x.clone()).ok()),
        default_action,
    })
}

/// Send one `<command/>` and read the stage it answers with; an IQ
/// error is a refusal naming its condition (exit 7).
async fn step(
    session: &mut Session,
    to: &Jid,
    node: &str,
    sessionid: Option<&str>,
    action: &str,
    form: Option<DataForm>,
) -> Result<Stage> {
    let mut command = Element::builder("command", NS_COMMANDS).build();
    xml::set_attr(&mut command, "node", node);
    xml::set_attr(&mut command, "action", action);
    if let Some(sessionid) = sessionid {
        xml::set_attr(&mut command, "sessionid", sessionid);
    }
    if let Some(form) = form {
        command.append_child(Element::from(form));
    }
    let id = session.new_id();
    let iq = Iq::Set {
        from: None,
        to: Some(to.clone()),
        id,
        payload: command,
    };
    let what = format!("command {node} of {to}");
    let payload = session.query(iq, &what).await?;
    parse_stage(payload, &what)
}

/// What to submit for a stage: the fields given, the hidden ones the form
/// carries, and every required field, given or with a value of its own;
/// a required field with neither stops here (exit 2), before submitting.
fn submission(node: &str, form: &DataForm, sets: &[FieldAssignment]) -> Result<DataForm> {
    let listing = format!("xmppctl adhoc show {node}");
    let mut submitted = fill(form, sets, None, &listing)?;
    for field in form.fields.iter().filter(|f| is_settable(f)) {
        let var = field.var.as_deref().unwrap_or_default();
        if submitted
            .fields
            .iter()
            .any(|f| f.var.as_deref() == Some(var))
        {
            continue;
        }
        let carried = field.type_ == FieldType::Hidden || field.required;
        if carried && !field.values.is_empty() {
            let mut kept = Field::new(var, field.type_.clone());
            kept.values = field.values.clone();
            submitted.fields.push(kept);
        } else if field.required {
            let label = field
                .label
                .as_ref()
                .map(|l| format!(" ({l})"))
                .unwrap_or_default();
            return Err(Error::usage(format!(
                "{node}: the field {var}{label} is required: give --set {var}=VALUE"
            )));
        }
    }
    Ok(submitted)
}

/// Execute `node` at `to` and submit its forms from `sets` until it
/// completes. Exit 0 only for `completed` (or `canceled` when asked) with
/// no error note.
pub async fn perform(
    session: &mut Session,
    to: &Jid,
    node: &str,
    sets: &[FieldAssignment],
    action: Option<Action>,
) -> Result<AdhocOutcome> {
    let mut stage = step(session, to, node, None, "execute", None).await?;
    for _ in 0..MAX_STAGES {
        if let Some(failure) = stage.failure(node) {
            return Err(failure);
        }
        if stage.status != "executing" {
            break;
        }
        let action = action.or(stage.default_action).unwrap_or(Action::Complete);
        let sessionid = stage.sessionid.clone();
        let form = match (&stage.form, action) {
            (_, Action::Cancel) => None,
            (Some(form), _) => match submission(node, form, sets) {
                Ok(form) => Some(form),
                Err(e) => {
                    // Leave the server no half-run command.
                    step(session, to, node, sessionid.as_deref(), "cancel", None).await?;
                    return Err(e);
                }
            },
            (None, _) => None,
        };
        stage = step(session, to, node, sessionid.as_deref(), action.name(), form).await?;
    }
    if let Some(failure) = stage.failure(node) {
        return Err(failure);
    }
    let asked_to_cancel = action == Some(Action::Cancel) && stage.status == "canceled";
    if stage.status != "completed" && !asked_to_cancel {
        return Err(Error::refused(format!(
            "{node}: the command ended {} instead of completing",
            stage.status
        )));
    }
    Ok(stage.outcome())
}

/// The entity to talk to: `--to`, else the account's server.
fn target(session: &Session, to: Option<&Jid>) -> Jid {
    to.cloned().unwrap_or_else(|| session.server())
}

/// `adhoc run`
pub async fn run(request: &Request, settings: &Settings) -> Result<AdhocOutcome> {
    let to = request.to.as_deref().map(parse_jid).transpose()?;
    let mut session = super::connect(settings).await?;
    let to = target(&session, to.as_ref());
    let outcome = perform(
        &mut session,
        &to,
        &request.node,
        &request.sets,
        request.action,
    )
    .await?;
    session.close().await?;
    Ok(outcome)
}

/// `adhoc show`: the first stage (its form), then cancel politely.
pub async fn show(node: &str, to: Option<&str>, settings: &Settings) -> Result<AdhocOutcome> {
    let to = to.map(parse_jid).transpose()?;
    let mut session = super::connect(settings).await?;
    let to = target(&session, to.as_ref());
    let stage = step(&mut session, &to, node, None, "execute", None).await?;
    if stage.status == "executing" {
        step(
            &mut session,
            &to,
            node,
            stage.sessionid.as_deref(),
            "cancel",
            None,
        )
        .await?;
    }
    session.close().await?;
    if let Some(failure) = stage.failure(node) {
        return Err(failure);
    }
    Ok(stage.outcome())
}

/// `adhoc list`: the commands' disco items.
pub async fn list(to: Option<&str>, settings: &Settings) -> Result<Vec<AdhocCommand>> {
    let to = to.map(parse_jid).transpose()?;
    let mut session = super::connect(settings).await?;
    let to = target(&session, to.as_ref());
    let items = super::disco::items(&mut session, &to, Some(NS_COMMANDS)).await?;
    session.close().await?;
    Ok(items
        .into_iter()
        .map(|item| AdhocCommand {
            node: item.node.unwrap_or_default(),
            name: item.name,
            jid: item.jid,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stage(xml: &str) -> Stage {
        parse_stage(Some(xml.parse().unwrap()), "test").unwrap()
    }

    const ADD_USER: &str = "<command xmlns='http://jabber.org/protocol/commands' node='n' sessionid='s1' status='executing'>\
        <actions execute='complete'><complete/></actions>\
        <x xmlns='jabber:x:data' type='form'>\
        <field var='FORM_TYPE' type='hidden'><value>http://jabber.org/protocol/admin</value></field>\
        <field var='accountjid' type='jid-single' label='The JID'><required/></field>\
        <field var='password' type='text-private'/>\
        <field var='level' type='list-single'><required/><value>low</value><option><value>low</value></option></field>\
        </x></command>";

    fn set(var: &str, value: &str) -> FieldAssignment {
        FieldAssignment {
            var: var.into(),
            value: value.into(),
        }
    }

    #[test]
    fn reads_status_session_actions_notes_and_form() {
        let s = stage(ADD_USER);
        assert_eq!(s.status, "executing");
        assert_eq!(s.sessionid.as_deref(), Some("s1"));
        assert_eq!(s.default_action, Some(Action::Complete));
        assert!(s.form.is_some());
        let done = stage(
            "<command xmlns='http://jabber.org/protocol/commands' node='n' status='completed'><note type='error'>no such user</note></command>",
        );
        assert_eq!(done.failure("n").unwrap().message, "n: no such user");
    }

    #[test]
    fn a_missing_required_field_stops_before_submitting() {
        let form = stage(ADD_USER).form.unwrap();
        let e = submission("n", &form, &[set("password", "x")]).unwrap_err();
        assert_eq!(e.kind.exit_code(), 2);
        assert!(e.message.contains("accountjid (The JID)"), "{}", e.message);
        let submitted = submission("n", &form, &[set("accountjid", "a@b")]).unwrap();
        let vars: Vec<&str> = submitted
            .fields
            .iter()
            .filter_map(|f| f.var.as_deref())
            .collect();
        assert_eq!(vars, ["FORM_TYPE", "accountjid", "level"]);
    }
}
