//! Small helpers for building and reading raw elements where xmpp-parsers
//! has no type (muc#admin, muc#owner, user-supplied IQs).

use xmpp_parsers::minidom::{Element, rxml::Namespace, rxml::NcName};

use crate::error::{Error, Result};
use crate::session::guard::Scanner;

/// The default namespace of a client stream (RFC 6120 4.8.3).
pub const NS_CLIENT: &str = "jabber:client";

/// An attribute name for `ElementBuilder::attr`. Names are program literals.
pub fn name(name: &str) -> NcName {
    NcName::try_from(name).expect("attribute names are valid XML names")
}

/// Set (or replace) an unnamespaced attribute. Names are program literals.
pub fn set_attr(element: &mut Element, name: &str, value: impl Into<String>) {
    element.set_attr(Namespace::NONE, self::name(name), value.into());
}

/// Check the user's XML against the limits the network is held to, before
/// it reaches the parser (which recurses over depth): exit 2, not a crash.
pub fn check_limits(text: &str) -> Result<()> {
    Scanner::elements()
        .scan(text.as_bytes())
        .map_err(|e| Error::usage(format!("the input has {e}")))
}

/// Indented XML for people: one element per line where an element holds
/// only elements; text stays inline. Namespaces are declared where they
/// change, except the stream's default `jabber:client` at the top.
pub fn pretty(element: &Element) -> String {
    let mut out = String::new();
    write_pretty(element, NS_CLIENT, 0, &mut out);
    out.pop(); // the last newline
    out
}

fn write_pretty(element: &Element, parent_ns: &str, depth: usize, out: &mut String) {
    let indent = "  ".repeat(depth);
    let ns = element.ns();
    out.push_str(&indent);
    out.push('<');
    out.push_str(element.name());
    if ns != parent_ns {
        out.push_str(&format!(" xmlns='{}'", escape(&ns)));
    }
    for ((attr_ns, name), value) in element.attrs() {
        let prefix = if attr_ns.is_none() {
            ""
        } else if *attr_ns == Namespace::XML {
            "xml:"
        } else {
            continue; // foreign-namespaced attributes are rare; not shown
        };
        out.push_str(&format!(" {prefix}{}='{}'", name.as_str(), escape(value)));
    }
    let has_elements = element.children().next().is_some();
    let text = element.text();
    if !has_elements && text.is_empty() {
        out.push_str("/>\n");
    } else if !has_elements {
        out.push_str(&format!(">{}</{}>\n", escape(&text), element.name()));
    } else {
        out.push_str(">\n");
        for child in element.children() {
            write_pretty(child, &ns, depth + 1, out);
        }
        out.push_str(&format!("{indent}</{}>\n", element.name()));
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\'', "&apos;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_input_is_a_usage_error() {
        let deep = format!("{}{}", "<a>".repeat(20_000), "</a>".repeat(20_000));
        let error = check_limits(&deep).unwrap_err();
        assert_eq!(error.kind.exit_code(), 2);
        assert_eq!(
            error.message,
            "the input has XML nested deeper than 128 levels"
        );
        assert!(check_limits("<iq type='get'><ping xmlns='urn:xmpp:ping'/></iq>").is_ok());
    }

    #[test]
    fn pretty_prints_nested_elements_and_escapes() {
        let element: Element = "<iq xmlns='jabber:client' type='result' id='1'><query xmlns='jabber:iq:version'><name>A&amp;B</name><os/></query></iq>"
            .parse()
            .unwrap();
        assert_eq!(
            pretty(&element),
            "<iq id='1' type='result'>\n  <query xmlns='jabber:iq:version'>\n    <name>A&amp;B</name>\n    <os/>\n  </query>\n</iq>"
        );
    }
}
