//! Data forms (XEP-0004) as commands fill and show them: `--set
//! FIELD=VALUE` checked against the form before anything is sent, and the
//! plain view of a form for the output.

use xmpp_parsers::{
    data_forms::{DataForm, DataFormType, Field, FieldType},
    minidom::IntoAttributeValue,
};

use crate::config::parse_jid;
use crate::error::{Error, Result};
use crate::records::{FormField, FormOption, FormView};

/// One `--set FIELD=VALUE`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldAssignment {
    pub var: String,
    pub value: String,
}

/// The submission for `--set`: FORM_TYPE plus the fields given, checked
/// against the form so that a typo stops before anything is sent (exit 2).
/// A multi-valued field takes every value given for it.
pub fn fill(
    form: &DataForm,
    sets: &[FieldAssignment],
    default_type: Option<&str>,
    listing: &str,
) -> Result<DataForm> {
    let mut fields: Vec<Field> = Vec::new();
    for set in sets {
        let template = form
            .fields
            .iter()
            .find(|f| f.var.as_deref() == Some(set.var.as_str()) && is_settable(f))
            .ok_or_else(|| {
                Error::usage(format!(
                    "the form has no field {:?} (list them with `{listing}`)",
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
    Ok(match form.form_type().or(default_type) {
        Some(form_type) => DataForm::new(DataFormType::Submit, form_type, fields),
        None => DataForm {
            type_: DataFormType::Submit,
            title: None,
            instructions: None,
            fields,
        },
    })
}

pub fn is_settable(field: &Field) -> bool {
    !matches!(field.type_, FieldType::Fixed) && field.var.as_deref() != Some("FORM_TYPE")
}

pub fn is_multi(field_type: &FieldType) -> bool {
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

/// A form as the output shows it, without FORM_TYPE.
pub fn form_view(form: &DataForm) -> FormView {
    FormView {
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
                required: f.required,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use xmpp_parsers::minidom::Element;

    const NS_ROOMCONFIG: &str = "http://jabber.org/protocol/muc#roomconfig";

    fn fill(form: &DataForm, sets: &[FieldAssignment]) -> Result<DataForm> {
        super::fill(form, sets, Some(NS_ROOMCONFIG), "xmppctl muc config ROOM")
    }

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
        let pairs: Vec<(&str, Vec<String>)> = submission
            .fields
            .iter()
            .filter(|f| f.var.as_deref() != Some("FORM_TYPE"))
            .map(|f| (f.var.as_deref().unwrap(), f.values.clone()))
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
