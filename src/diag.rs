//! Diagnostics on stderr: warnings, the `-v` phase log and the `-vv` XML
//! trace. Every line is prefixed `xmppctl: ` and sanitised (it may quote
//! the network), and stays one line. Secrets never reach this module
//! unredacted: XML goes through [`redacted_xml`] first.

use std::io::Write;
use std::sync::atomic::{AtomicU8, Ordering};
use xmpp_parsers::ns;

use xmpp_parsers::minidom::{Element, Node};

use crate::sanitize::sanitize;

/// 0 = quiet (errors only), 1 = default (warnings), 2 = `-v`, 3 = `-vv`.
static LEVEL: AtomicU8 = AtomicU8::new(1);

pub fn set_level(quiet: bool, verbose: u8) {
    let level = if quiet { 0 } else { 1 + verbose.min(2) };
    LEVEL.store(level, Ordering::Relaxed);
}

fn level() -> u8 {
    LEVEL.load(Ordering::Relaxed)
}

/// Whether `-q` asked for nothing on stderr but errors (no progress bars).
pub fn quiet() -> bool {
    level() == 0
}

pub fn phases_enabled() -> bool {
    level() >= 2
}

pub fn xml_enabled() -> bool {
    level() >= 3
}

fn emit(line: std::fmt::Arguments<'_>) {
    // A newline from the network must not start a line that looks like ours.
    let line = sanitize(&line.to_string()).replace('\n', "\\n");
    // A failing stderr cannot be reported anywhere; ignore it.
    let _ = writeln!(std::io::stderr().lock(), "xmppctl: {line}");
}

pub fn warn(message: impl std::fmt::Display) {
    if level() >= 1 {
        emit(format_args!("warning: {message}"));
    }
}

/// A line the user should see unless `-q` (a reconnect, say), without
/// the "warning" label: nothing is wrong.
pub fn notice(message: impl std::fmt::Display) {
    if level() >= 1 {
        emit(format_args!("{message}"));
    }
}

/// A second line after an error: what the user can try. Shown unless `-q`.
pub fn hint(message: impl std::fmt::Display) {
    if level() >= 1 {
        emit(format_args!("hint: {message}"));
    }
}

/// One `-v` line about a phase of the session.
pub fn phase(message: impl std::fmt::Display) {
    if phases_enabled() {
        emit(format_args!("{message}"));
    }
}

/// One `-vv` line of XML traffic; `direction` is "send" or "recv".
pub fn xml(direction: &str, element: &Element) {
    if xml_enabled() {
        emit(format_args!("{direction} {}", redacted_xml(element)));
    }
}

/// Free-form `-vv` trace line for things that are not elements (stream headers).
pub fn trace(message: impl std::fmt::Display) {
    if xml_enabled() {
        emit(format_args!("{message}"));
    }
}

/// The element as XML, with SASL payloads and any `<password>` text replaced
/// by a placeholder, so that not even a base64 form of a secret is printed.
pub fn redacted_xml(element: &Element) -> String {
    String::from(&redact(element))
}

fn redact(element: &Element) -> Element {
    let mut copy = element.clone();
    redact_in_place(&mut copy);
    copy
}

fn redact_in_place(element: &mut Element) {
    let secret_text = (element.ns() == ns::SASL
        && matches!(
            element.name(),
            "auth" | "challenge" | "response" | "success"
        ))
        || (element.ns() == ns::SASL2
            && matches!(
                element.name(),
                "initial-response" | "challenge" | "response" | "additional-data"
            ))
        || element.name() == "password"
        // An upload slot's Authorization or Cookie (XEP-0363): a credential.
        || element.is("header", ns::HTTP_UPLOAD);
    // A FAST token (XEP-0484) logs in like a password.
    if element.is("token", ns::FAST) && element.attr("token").is_some() {
        crate::xml::set_attr(element, "token", "[redacted]");
    }
    // Data form fields such as muc#roomconfig_roomsecret carry passwords
    // in their <value> children, and so does any text-private field (a
    // form's own marking of a secret, as in XEP-0133 add-user).
    let secret_field = element.is("field", ns::DATA_FORMS)
        && (element.attr("type") == Some("text-private")
            || element.attr("var").is_some_and(|var| {
                let var = var.to_ascii_lowercase();
                var.contains("secret") || var.contains("password")
            }));
    for node in element.nodes_mut() {
        match node {
            Node::Element(child) if secret_field => {
                for text in child.texts_mut() {
                    *text = "[redacted]".to_string();
                }
            }
            Node::Element(child) => redact_in_place(child),
            Node::Text(text) if secret_text && !text.trim().is_empty() => {
                *text = "[redacted]".to_string();
            }
            Node::Text(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sasl2_payloads_and_fast_tokens_are_redacted() {
        let success: Element = "<success xmlns='urn:xmpp:sasl:2'><additional-data>dj1zZWNyZXQ=</additional-data><token xmlns='urn:xmpp:fast:0' expiry='2030-01-01T00:00:00Z' token='secret-token:fast-abc'/><authorization-identifier>a@b/c</authorization-identifier></success>"
            .parse()
            .unwrap();
        let shown = redacted_xml(&success);
        assert!(!shown.contains("dj1zZWNyZXQ="), "{shown}");
        assert!(!shown.contains("secret-token"), "{shown}");
        assert!(shown.contains("a@b/c"), "{shown}");
        let auth: Element = "<authenticate xmlns='urn:xmpp:sasl:2' mechanism='HT-SHA-256-EXPR'><initial-response>YWxpY2UAc2VjcmV0</initial-response></authenticate>"
            .parse()
            .unwrap();
        assert!(!redacted_xml(&auth).contains("YWxpY2UAc2VjcmV0"));
    }

    #[test]
    fn sasl_payloads_and_passwords_are_redacted() {
        let auth: Element = "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>AGFsaWNlAHNlY3JldA==</auth>"
            .parse()
            .unwrap();
        let shown = redacted_xml(&auth);
        assert!(!shown.contains("AGFsaWNl"), "{shown}");
        assert!(shown.contains("mechanism='PLAIN'"), "{shown}");

        let register: Element = "<iq xmlns='jabber:client' type='set' id='1'><query xmlns='jabber:iq:register'><username>a</username><password>hunter2</password></query></iq>"
            .parse()
            .unwrap();
        let shown = redacted_xml(&register);
        assert!(!shown.contains("hunter2"), "{shown}");
        assert!(shown.contains("<username>a</username>"), "{shown}");

        let slot: Element = "<slot xmlns='urn:xmpp:http:upload:0'><put url='https://u/p'><header name='Authorization'>Bearer s3cr3t</header></put><get url='https://u/g'/></slot>"
            .parse()
            .unwrap();
        let shown = redacted_xml(&slot);
        assert!(!shown.contains("s3cr3t"), "{shown}");
        assert!(shown.contains("https://u/g"), "{shown}");

        let form: Element = "<x xmlns='jabber:x:data' type='submit'><field var='muc#roomconfig_roomsecret'><value>s3cret</value></field><field var='muc#roomconfig_roomname'><value>Lobby</value></field></x>"
            .parse()
            .unwrap();
        let shown = redacted_xml(&form);
        assert!(!shown.contains("s3cret"), "{shown}");
        assert!(shown.contains("Lobby"), "{shown}");

        let private: Element = "<x xmlns='jabber:x:data' type='submit'><field var='pin' type='text-private'><value>4711</value></field></x>"
            .parse()
            .unwrap();
        assert!(!redacted_xml(&private).contains("4711"));
    }
}
