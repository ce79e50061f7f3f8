//! SASL (RFC 6120 section 6) with a mechanism policy of our own.
//!
//! tokio-xmpp's `client_login` offers SCRAM only under its -PLUS names on
//! TLS 1.3 and so fell back to PLAIN against servers without channel
//! binding; here the choice is explicit: SCRAM-*-PLUS when the server
//! announces tls-exporter binding (XEP-0440), else plain SCRAM, and PLAIN
//! only when the server offers no SCRAM at all (always under TLS).

use std::collections::BTreeSet;
use xmpp_parsers::ns;

use base64::Engine;
use futures::{SinkExt, StreamExt};
use sasl::client::Mechanism;
use sasl::client::mechanisms::{Plain, Scram};
use sasl::common::scram::{Sha1, Sha256};
use sasl::common::{ChannelBinding, Credentials};
use xmpp_parsers::minidom::Element;
use xmpp_parsers::sasl_cb::Type as CbType;
use xmpp_parsers::stream_features::StreamFeatures;

use crate::diag;
use crate::error::{Error, Result};
use crate::secret::Password;
use crate::session::connect::XmlIo;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    ScramSha256Plus,
    ScramSha1Plus,
    ScramSha256,
    ScramSha1,
    Plain,
}

impl Choice {
    pub fn name(self) -> &'static str {
        match self {
            Choice::ScramSha256Plus => "SCRAM-SHA-256-PLUS",
            Choice::ScramSha1Plus => "SCRAM-SHA-1-PLUS",
            Choice::ScramSha256 => "SCRAM-SHA-256",
            Choice::ScramSha1 => "SCRAM-SHA-1",
            Choice::Plain => "PLAIN",
        }
    }

    fn is_plus(self) -> bool {
        matches!(self, Choice::ScramSha256Plus | Choice::ScramSha1Plus)
    }
}

/// The best mechanism both sides accept, or `None`.
/// `can_bind`: we hold tls-exporter data and the server announced that type.
pub fn choose(offered: &BTreeSet<String>, can_bind: bool) -> Option<Choice> {
    let preference = [
        Choice::ScramSha256Plus,
        Choice::ScramSha1Plus,
        Choice::ScramSha256,
        Choice::ScramSha1,
    ];
    let scram = preference
        .into_iter()
        .filter(|c| can_bind || !c.is_plus())
        .find(|c| offered.contains(c.name()));
    let any_scram_offered = offered.iter().any(|m| m.starts_with("SCRAM-"));
    // Never PLAIN when a SCRAM is on offer, even one we cannot bind.
    scram.or((!any_scram_offered && offered.contains("PLAIN")).then_some(Choice::Plain))
}

/// Authenticate; returns the mechanism used. The stream must then restart.
pub async fn authenticate(
    stream: &mut XmlIo,
    features: &StreamFeatures,
    username: &str,
    password: &Password,
    tls_exporter: Option<&[u8]>,
) -> Result<Choice> {
    let server_binds_exporter = features
        .sasl_cb
        .as_ref()
        .is_some_and(|cb| cb.types.contains(&CbType::TlsExporter));
    let can_bind = tls_exporter.is_some() && server_binds_exporter;
    let offered = &features.sasl_mechanisms;
    let choice = choose(offered, can_bind).ok_or_else(|| {
        let list: Vec<&str> = offered.iter().map(String::as_str).collect();
        Error::auth(format!(
            "no acceptable authentication mechanism (server offers: {})",
            if list.is_empty() {
                "none".to_string()
            } else {
                list.join(", ")
            }
        ))
    })?;
    let binding = match (choice.is_plus(), tls_exporter) {
        (true, Some(data)) => ChannelBinding::TlsExporter(data.to_vec()),
        // We could bind, but the server offered no -PLUS: say so ("y"), so a
        // man in the middle who stripped -PLUS is detected by the server.
        (false, Some(_)) if !offered.iter().any(|m| m.ends_with("-PLUS")) => {
            ChannelBinding::Unsupported
        }
        _ => ChannelBinding::None,
    };
    let credentials = Credentials::default()
        .with_username(username)
        .with_password(password.expose())
        .with_channel_binding(binding);
    let mut mechanism = build(choice, credentials)?;
    exchange(stream, mechanism.as_mut(), choice).await?;
    Ok(choice)
}

fn build(choice: Choice, credentials: Credentials) -> Result<Box<dyn Mechanism + Send>> {
    let mechanism: Box<dyn Mechanism + Send> = match choice {
        Choice::ScramSha256Plus | Choice::ScramSha256 => {
            Box::new(Scram::<Sha256>::from_credentials(credentials).map_err(sasl_error)?)
        }
        Choice::ScramSha1Plus | Choice::ScramSha1 => {
            Box::new(Scram::<Sha1>::from_credentials(credentials).map_err(sasl_error)?)
        }
        Choice::Plain => Box::new(Plain::from_credentials(credentials).map_err(sasl_error)?),
    };
    Ok(mechanism)
}

fn sasl_error(e: impl std::fmt::Display) -> Error {
    Error::auth(format!("authentication failed: {e}"))
}

fn element(name: &str, data: &[u8]) -> Element {
    // RFC 6120 6.4.2: empty data is sent as "=".
    let text = if data.is_empty() {
        "=".to_string()
    } else {
        base64::engine::general_purpose::STANDARD.encode(data)
    };
    Element::builder(name, ns::SASL).append(text).build()
}

fn decode(element: &Element) -> Result<Vec<u8>> {
    let text = element.text();
    let text = text.trim();
    if text.is_empty() || text == "=" {
        return Ok(Vec::new());
    }
    base64::engine::general_purpose::STANDARD
        .decode(text)
        .map_err(|_| Error::auth("the server sent a malformed SASL message"))
}

async fn send(stream: &mut XmlIo, element: Element) -> Result<()> {
    diag::xml("send", &element);
    stream.send(&element).await.map_err(|e| {
        Error::network(format!(
            "connection lost during authentication: {}",
            crate::error::io_reason(&e)
        ))
    })
}

async fn exchange(stream: &mut XmlIo, mechanism: &mut dyn Mechanism, choice: Choice) -> Result<()> {
    let mut auth = element("auth", &mechanism.initial());
    crate::xml::set_attr(&mut auth, "mechanism", choice.name());
    send(stream, auth).await?;
    loop {
        let reply = match stream.next().await {
            Some(Ok(reply)) => reply,
            Some(Err(e)) => {
                return Err(Error::network(format!(
                    "connection lost during authentication: {e}"
                )));
            }
            None => {
                return Err(Error::network(
                    "the server closed the connection during authentication",
                ));
            }
        };
        diag::xml("recv", &reply);
        if reply.ns() != ns::SASL {
            if reply.name() == "error" {
                return Err(crate::session::conditions::stream_error(&reply));
            }
            return Err(Error::auth(format!(
                "unexpected <{}> during authentication",
                reply.name()
            )));
        }
        match reply.name() {
            "challenge" => {
                let response = mechanism.response(&decode(&reply)?).map_err(sasl_error)?;
                send(stream, element("response", &response)).await?;
            }
            "success" => {
                // SCRAM's server signature proves the server knows the
                // password too; a mismatch means an impostor.
                mechanism.success(&decode(&reply)?).map_err(|e| {
                    Error::auth(format!("the server failed to prove its identity: {e}"))
                })?;
                return Ok(());
            }
            "failure" => return Err(failure(&reply)),
            other => {
                return Err(Error::auth(format!(
                    "unexpected SASL <{other}> from the server"
                )));
            }
        }
    }
}

fn failure(reply: &Element) -> Error {
    let condition = reply
        .children()
        .find(|c| c.name() != "text")
        .map(|c| c.name().to_string())
        .unwrap_or_else(|| "not-authorized".to_string());
    let text = reply.get_child("text", ns::SASL).map(|t| t.text());
    let mut message = match condition.as_str() {
        "not-authorized" => "authentication failed: wrong JID or password".to_string(),
        "account-disabled" => "authentication failed: the account is disabled".to_string(),
        "credentials-expired" => "authentication failed: the password has expired".to_string(),
        other => format!("authentication failed: {other}"),
    };
    if let Some(text) = text.filter(|t| !t.trim().is_empty()) {
        // Server text: the output sanitises every message before a terminal sees it.
        message.push_str(&format!(" ({text})"));
    }
    Error::auth(message).with_condition(condition)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(names: &[&str]) -> BTreeSet<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn prefers_bound_scram_then_scram_then_plain() {
        let all = set(&["PLAIN", "SCRAM-SHA-1", "SCRAM-SHA-1-PLUS", "SCRAM-SHA-256"]);
        assert_eq!(choose(&all, true), Some(Choice::ScramSha1Plus));
        assert_eq!(choose(&all, false), Some(Choice::ScramSha256));
        assert_eq!(choose(&set(&["PLAIN"]), true), Some(Choice::Plain));
        assert_eq!(choose(&set(&["X-OAUTH2"]), true), None);
    }

    #[test]
    fn never_downgrades_an_offered_scram_to_plain() {
        // Only -PLUS SCRAM offered, but we cannot bind: refuse, not PLAIN.
        assert_eq!(choose(&set(&["PLAIN", "SCRAM-SHA-1-PLUS"]), false), None);
    }
}
