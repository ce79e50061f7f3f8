//! `disco info|items` (XEP-0030, with XEP-0059 paging) and `version`
//! (XEP-0092): what an entity is and what it offers.

use serde::Serialize;
use xmpp_parsers::{
    data_forms::DataForm,
    disco::{DiscoInfoQuery, DiscoInfoResult, DiscoItemsQuery, DiscoItemsResult},
    iq::Iq,
    jid::Jid,
    minidom::Element,
    rsm::{SetQuery, SetResult},
    version::{VersionQuery, VersionResult},
};

use crate::cli::{DiscoArgs, VersionArgs};
use crate::config::{Settings, parse_jid};
use crate::error::{Error, Result};
use crate::output::sanitize;
use crate::session::Session;

#[derive(Debug, Serialize)]
pub struct IdentityRecord {
    pub category: String,
    #[serde(rename = "type")]
    pub identity_type: String,
    pub name: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct FormRecord {
    pub form_type: Option<String>,
    pub fields: Vec<FieldRecord>,
}

#[derive(Debug, Serialize)]
pub struct FieldRecord {
    pub var: Option<String>,
    pub values: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct InfoRecord {
    pub jid: String,
    pub node: Option<String>,
    pub identities: Vec<IdentityRecord>,
    pub features: Vec<String>,
    pub forms: Vec<FormRecord>,
}

#[derive(Debug, Serialize)]
pub struct ItemRecord {
    pub jid: String,
    pub node: Option<String>,
    pub name: Option<String>,
}

fn form_record(form: &DataForm) -> FormRecord {
    FormRecord {
        form_type: form.form_type().map(String::from),
        fields: form
            .fields
            .iter()
            .filter(|f| f.var.as_deref() != Some("FORM_TYPE"))
            .map(|f| FieldRecord {
                var: f.var.clone(),
                values: f.values.clone(),
            })
            .collect(),
    }
}

fn parse_payload<T: TryFrom<Element>>(payload: Option<Element>, what: &str) -> Result<T> {
    payload
        .and_then(|p| T::try_from(p).ok())
        .ok_or_else(|| Error::refused(format!("{what}: the answer is not understood")))
}

/// disco#info of `jid` (and `node`).
pub async fn info(session: &mut Session, jid: &Jid, node: Option<&str>) -> Result<InfoRecord> {
    let id = session.new_id();
    let query = DiscoInfoQuery {
        node: node.map(String::from),
    };
    let what = format!("disco#info of {jid}");
    let payload = session
        .query(Iq::from_get(id, query).with_to(jid.clone()), &what)
        .await?;
    let result: DiscoInfoResult = parse_payload(payload, &what)?;
    Ok(InfoRecord {
        jid: jid.to_string(),
        node: result.node.clone(),
        identities: result
            .identities
            .iter()
            .map(|i| IdentityRecord {
                category: i.category.clone(),
                identity_type: i.type_.clone(),
                name: i.name.clone(),
            })
            .collect(),
        features: result.features.iter().cloned().collect(),
        forms: result.extensions.iter().map(form_record).collect(),
    })
}

/// disco#items of `jid` (and `node`), following result-set pages.
pub async fn items(
    session: &mut Session,
    jid: &Jid,
    node: Option<&str>,
) -> Result<Vec<ItemRecord>> {
    let what = format!("disco#items of {jid}");
    let mut collected = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let id = session.new_id();
        let query = DiscoItemsQuery {
            node: node.map(String::from),
            rsm: after.clone().map(|after| SetQuery {
                max: None,
                after: Some(after),
                before: None,
                index: None,
            }),
        };
        let payload = session
            .query(Iq::from_get(id, query).with_to(jid.clone()), &what)
            .await?;
        let page: DiscoItemsResult = parse_payload(payload, &what)?;
        let page_len = page.items.len();
        collected.extend(page.items.into_iter().map(|item| ItemRecord {
            jid: item.jid.to_string(),
            node: item.node,
            name: item.name,
        }));
        match next_page(page.rsm, collected.len(), page_len, after.as_deref()) {
            Some(last) => after = Some(last),
            None => return Ok(collected),
        }
    }
}

/// XEP-0059: the cursor for the next page, when the server paged, gave a
/// cursor, has more than we collected, and the page moved us forward (a
/// server repeating its cursor must not loop us forever).
fn next_page(
    set: Option<SetResult>,
    collected: usize,
    page_len: usize,
    after: Option<&str>,
) -> Option<String> {
    let set = set?;
    let more = set.count.is_none_or(|count| collected < count);
    set.last
        .filter(|last| more && page_len > 0 && after != Some(last.as_str()))
}

pub async fn run_info(args: &DiscoArgs, settings: &Settings) -> Result<()> {
    let target = args.target.as_deref().map(parse_jid).transpose()?;
    let mut session = super::connect(settings).await?;
    let target = target.unwrap_or_else(|| session.server());
    let record = info(&mut session, &target, args.node.as_deref()).await?;
    session.close().await?;
    let output = settings.output;
    if output.is_json() {
        output.json_document(&record);
        return Ok(());
    }
    for identity in &record.identities {
        output.line(&sanitize(&format!(
            "identity  {}/{}{}",
            identity.category,
            identity.identity_type,
            identity
                .name
                .as_ref()
                .map(|n| format!("  {n}"))
                .unwrap_or_default()
        )));
    }
    for feature in &record.features {
        output.line(&sanitize(&format!("feature   {feature}")));
    }
    for form in &record.forms {
        output.line(&sanitize(&format!(
            "form      {}",
            form.form_type.as_deref().unwrap_or("(untyped)")
        )));
        for field in &form.fields {
            output.line(&sanitize(&format!(
                "  {} = {}",
                field.var.as_deref().unwrap_or(""),
                field.values.join(", ")
            )));
        }
    }
    Ok(())
}

pub async fn run_items(args: &DiscoArgs, settings: &Settings) -> Result<()> {
    let target = args.target.as_deref().map(parse_jid).transpose()?;
    let mut session = super::connect(settings).await?;
    let target = target.unwrap_or_else(|| session.server());
    let records = items(&mut session, &target, args.node.as_deref()).await?;
    session.close().await?;
    let output = settings.output;
    if output.is_json() {
        output.json_document(&records);
        return Ok(());
    }
    let rows: Vec<[String; 3]> = records
        .iter()
        .map(|r| {
            [
                sanitize(&r.jid),
                r.node
                    .as_ref()
                    .map(|n| sanitize(&format!("node={n}")))
                    .unwrap_or_default(),
                sanitize(r.name.as_deref().unwrap_or("")),
            ]
        })
        .collect();
    for line in crate::output::align(&rows) {
        output.line(&line);
    }
    Ok(())
}

#[derive(Debug, Serialize)]
struct VersionRecord {
    jid: String,
    name: String,
    version: String,
    os: Option<String>,
}

pub async fn run_version(args: &VersionArgs, settings: &Settings) -> Result<()> {
    let target = parse_jid(&args.target)?;
    let mut session = super::connect(settings).await?;
    let id = session.new_id();
    let what = format!("version of {target}");
    let payload = session
        .query(
            Iq::from_get(id, VersionQuery).with_to(target.clone()),
            &what,
        )
        .await?;
    session.close().await?;
    let result: VersionResult = parse_payload(payload, &what)?;
    let record = VersionRecord {
        jid: target.to_string(),
        name: result.name,
        version: result.version,
        os: result.os,
    };
    if settings.output.is_json() {
        settings.output.json_document(&record);
    } else {
        let os = record
            .os
            .as_ref()
            .map(|os| format!(" ({os})"))
            .unwrap_or_default();
        settings.output.line(&sanitize(&format!(
            "{} {}{os}",
            record.name, record.version
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(last: Option<&str>, count: Option<usize>) -> Option<SetResult> {
        Some(SetResult {
            first: None,
            last: last.map(String::from),
            count,
        })
    }

    #[test]
    fn follows_pages_until_the_server_has_no_more() {
        assert_eq!(
            next_page(set(Some("b"), Some(10)), 5, 5, None).as_deref(),
            Some("b")
        );
        assert_eq!(
            next_page(set(Some("c"), None), 10, 5, Some("b")).as_deref(),
            Some("c")
        );
        // All collected, an empty page, a repeated cursor, or no paging.
        assert_eq!(next_page(set(Some("b"), Some(5)), 5, 5, None), None);
        assert_eq!(next_page(set(Some("b"), None), 5, 0, Some("a")), None);
        assert_eq!(next_page(set(Some("b"), None), 5, 5, Some("b")), None);
        assert_eq!(next_page(None, 5, 5, None), None);
    }
}
