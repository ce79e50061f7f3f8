//! The requests a session answers by itself, whatever the command: RFC
//! 6120 8.4 wants every IQ get/set answered, and servers drop clients that
//! ignore their pings.

use std::collections::BTreeMap;

use xmpp_parsers::{
    disco::{DiscoInfoResult, Identity},
    iq::Iq,
    minidom::Element,
    ns,
    stanza_error::{DefinedCondition, ErrorType, StanzaError},
    version::VersionResult,
};

use xmpp_parsers::jid::BareJid;

/// RFC 6120 8.4: every IQ get/set gets an answer. xmppctl answers pings
/// (so servers keep it), disco#info and version; roster pushes from our
/// own account are acknowledged; anything else is service-unavailable.
/// `None` for a request too malformed to answer.
pub fn reply_to(request: &Element, own: &BareJid) -> Option<Element> {
    let iq = Iq::try_from(request.clone()).ok()?;
    let (from, id, payload) = match &iq {
        Iq::Get {
            from, id, payload, ..
        }
        | Iq::Set {
            from, id, payload, ..
        } => (from.clone(), id.clone(), payload),
        _ => return None,
    };
    let is_get = matches!(iq, Iq::Get { .. });
    let from_own_account = from.as_ref().is_none_or(|f| f.to_bare() == *own);
    let answer = if is_get && payload.is("ping", ns::PING) {
        Iq::from_result(id, None::<DiscoInfoResult>)
    } else if is_get && payload.is("query", ns::DISCO_INFO) {
        Iq::from_result(id, Some(own_disco_info()))
    } else if is_get && payload.is("query", ns::VERSION) {
        Iq::from_result(
            id,
            Some(VersionResult {
                name: "xmppctl".into(),
                version: env!("CARGO_PKG_VERSION").into(),
                os: None,
            }),
        )
    } else if !is_get && payload.is("query", ns::ROSTER) && from_own_account {
        Iq::from_result(id, None::<DiscoInfoResult>)
    } else {
        Iq::from_error(
            id,
            StanzaError {
                type_: ErrorType::Cancel,
                by: None,
                defined_condition: DefinedCondition::ServiceUnavailable,
                texts: BTreeMap::new(),
                other: None,
            },
        )
    };
    let answer = match from {
        Some(from) => answer.with_to(from),
        None => answer,
    };
    Some(answer.into())
}

/// What xmppctl says it is when asked (XEP-0030).
fn own_disco_info() -> DiscoInfoResult {
    DiscoInfoResult {
        node: None,
        identities: vec![Identity::new("client", "console", "en", "xmppctl")],
        features: [ns::DISCO_INFO, ns::PING, ns::VERSION, ns::RECEIPTS]
            .into_iter()
            .map(String::from)
            .collect(),
        extensions: Vec::new(),
    }
}
