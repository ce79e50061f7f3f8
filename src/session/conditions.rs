//! Error conditions the server or a peer names (RFC 6120 sections 4.9 and
//! 8.3), read from the raw `<error>` / `<stream:error>` elements so that
//! unknown or application-specific conditions survive.

use xmpp_parsers::minidom::Element;
use xmpp_parsers::ns;

use crate::error::Error;

/// The defined condition and human text inside an error element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Condition {
    pub name: String,
    pub text: Option<String>,
}

impl std::fmt::Display for Condition {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.text {
            Some(text) => write!(f, "{} ({})", self.name, text),
            None => f.write_str(&self.name),
        }
    }
}

fn condition_in(error: &Element, ns: &str) -> Condition {
    let name = error
        .children()
        .find(|c| c.ns() == ns && c.name() != "text")
        .map(|c| c.name().to_string())
        .unwrap_or_else(|| "undefined-condition".to_string());
    let text = error
        .get_child("text", ns)
        .map(|t| t.text())
        .filter(|t| !t.trim().is_empty());
    Condition { name, text }
}

/// The condition of a stanza of type "error" (its `<error>` child).
pub fn of_stanza(stanza: &Element) -> Condition {
    match stanza.children().find(|c| c.name() == "error") {
        Some(error) => condition_in(error, ns::XMPP_STANZAS),
        None => Condition {
            name: "undefined-condition".into(),
            text: None,
        },
    }
}

/// An error stanza answering `what` as a refusal (exit 7).
pub fn stanza_error(what: impl std::fmt::Display, stanza: &Element) -> Error {
    let condition = of_stanza(stanza);
    Error::refused(format!("{what}: {condition}")).with_condition(condition.name)
}

/// A `<stream:error>`: the server ends the session. Conditions that say
/// "not now" are transient; the rest are refusals.
pub fn stream_error(error: &Element) -> Error {
    let condition = condition_in(error, ns::XMPP_STREAMS);
    let message = format!("the server closed the stream: {condition}");
    match condition.name.as_str() {
        "system-shutdown"
        | "resource-constraint"
        | "connection-timeout"
        | "reset"
        | "see-other-host" => Error::network(message)
            .with_condition(condition.name)
            .transient(),
        "host-unknown" => Error::refused(message)
            .with_condition(condition.name)
            .with_hint(
                "the server does not serve the domain of this JID; check --jid and --server",
            ),
        _ => Error::refused(message).with_condition(condition.name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_condition_and_text() {
        let stanza: Element = "<message xmlns='jabber:client' type='error'><error type='cancel'><service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/><text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>gone</text></error></message>"
            .parse()
            .unwrap();
        let condition = of_stanza(&stanza);
        assert_eq!(condition.name, "service-unavailable");
        assert_eq!(condition.text.as_deref(), Some("gone"));
        let error = stanza_error("message to bob", &stanza);
        assert_eq!(error.kind, crate::error::ErrorKind::Refused);
        assert_eq!(error.message, "message to bob: service-unavailable (gone)");
    }

    #[test]
    fn stream_errors_of_type_wait_are_transient() {
        let error: Element = "<error xmlns='http://etherx.jabber.org/streams'><system-shutdown xmlns='urn:ietf:params:xml:ns:xmpp-streams'/></error>"
            .parse()
            .unwrap();
        assert!(stream_error(&error).transient);
    }
}
