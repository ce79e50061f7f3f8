//! `disco info|items` (XEP-0030, with XEP-0059 paging) and `version`
//! (XEP-0092): what an entity is and what it offers.

use xmpp_parsers::{
    data_forms::DataForm,
    disco::{DiscoInfoQuery, DiscoInfoResult, DiscoItemsQuery, DiscoItemsResult},
    iq::Iq,
    jid::Jid,
    minidom::Element,
    rsm::{SetQuery, SetResult},
    version::{VersionQuery, VersionResult},
};

use crate::config::{Settings, parse_jid};
use crate::error::{Error, ErrorKind, Result};
use crate::records::{Field, Form, Identity, Info, Item, Version};
use crate::session::Session;

/// `disco info|items`: whom to ask, about what.
#[derive(Debug)]
pub struct Request {
    /// `None`: the account's server.
    pub target: Option<String>,
    pub node: Option<String>,
}

fn form_record(form: &DataForm) -> Form {
    Form {
        form_type: form.form_type().map(String::from),
        fields: form
            .fields
            .iter()
            .filter(|f| f.var.as_deref() != Some("FORM_TYPE"))
            .map(|f| Field {
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
pub async fn info(session: &mut Session, jid: &Jid, node: Option<&str>) -> Result<Info> {
    let id = session.new_id();
    let query = DiscoInfoQuery {
        node: node.map(String::from),
    };
    let what = format!("disco#info of {jid}");
    let payload = session
        .query(Iq::from_get(id, query).with_to(jid.clone()), &what)
        .await?;
    let result: DiscoInfoResult = parse_payload(payload, &what)?;
    Ok(Info {
        jid: jid.to_string(),
        node: result.node.clone(),
        identities: result
            .identities
            .iter()
            .map(|i| Identity {
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
pub async fn items(session: &mut Session, jid: &Jid, node: Option<&str>) -> Result<Vec<Item>> {
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
        collected.extend(page.items.into_iter().map(|item| Item {
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

/// `disco info`
pub async fn run_info(request: &Request, settings: &Settings) -> Result<Info> {
    let target = request.target.as_deref().map(parse_jid).transpose()?;
    let mut session = super::connect(settings).await?;
    let target = target.unwrap_or_else(|| session.server());
    let record = info(&mut session, &target, request.node.as_deref()).await?;
    session.close().await?;
    Ok(record)
}

/// `disco items`
pub async fn run_items(request: &Request, settings: &Settings) -> Result<Vec<Item>> {
    let target = request.target.as_deref().map(parse_jid).transpose()?;
    let mut session = super::connect(settings).await?;
    let target = target.unwrap_or_else(|| session.server());
    let records = items(&mut session, &target, request.node.as_deref()).await?;
    session.close().await?;
    Ok(records)
}

/// `version JID`
pub async fn run_version(target: &str, settings: &Settings) -> Result<Version> {
    let target = parse_jid(target)?;
    let mut session = super::connect(settings).await?;
    let id = session.new_id();
    let what = format!("version of {target}");
    let payload = session
        .query(
            Iq::from_get(id, VersionQuery).with_to(target.clone()),
            &what,
        )
        .await
        .map_err(|e| bare_account_hint(e, &target))?;
    session.close().await?;
    let result: VersionResult = parse_payload(payload, &what)?;
    Ok(Version {
        jid: target.to_string(),
        name: result.name,
        version: result.version,
        os: result.os,
    })
}

/// An account's bare JID is answered by its server on the account's
/// behalf (RFC 6120 10.5.4), which has no version to give: the question
/// was meant for one of its clients.
fn bare_account_hint(error: Error, target: &Jid) -> Error {
    if error.kind != ErrorKind::Refused || target.node().is_none() || target.resource().is_some() {
        return error;
    }
    error.with_hint(format!(
        "version asks one client: give a full JID ({target}/RESOURCE); `xmppctl presence list` shows the resources online"
    ))
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
