//! Small helpers for building and reading raw elements where xmpp-parsers
//! has no type (muc#admin, muc#owner, user-supplied IQs).

use xmpp_parsers::minidom::{Element, rxml::Namespace, rxml::NcName};

/// An attribute name for `ElementBuilder::attr`. Names are program literals.
pub fn name(name: &str) -> NcName {
    NcName::try_from(name).expect("attribute names are valid XML names")
}

/// Set (or replace) an unnamespaced attribute. Names are program literals.
pub fn set_attr(element: &mut Element, name: &str, value: impl Into<String>) {
    element.set_attr(Namespace::NONE, self::name(name), value.into());
}
