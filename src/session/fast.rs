//! FAST (XEP-0484): a token the server hands out at a password login, used
//! on later runs instead of the password with an HT-SHA-256 mechanism
//! (bound to the TLS connection with tls-exporter where possible), so a
//! later run needs neither the password nor SCRAM's extra round trip.
//!
//! One token per account and server, in the state directory (0600). It
//! logs in like a password: it never reaches any output, and the `-vv`
//! trace redacts it (see `diag`).

use hmac::{Hmac, Mac};
use sasl::client::{Mechanism, MechanismError};
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use xmpp_parsers::fast::{FastQuery, RequestToken};
use xmpp_parsers::minidom::Element;
use xmpp_parsers::ns;

use crate::error::Result;
use crate::session::resolve::ServerAddr;
use crate::state::StateFile;

/// HT-SHA-256 bound to the connection with RFC 9266 tls-exporter.
const BOUND: &str = "HT-SHA-256-EXPR";
/// HT-SHA-256 without channel binding (TLS 1.2, or no exporter offered).
const UNBOUND: &str = "HT-SHA-256-NONE";

/// A token as kept on disk.
#[derive(Serialize, Deserialize)]
pub struct Token {
    mechanism: String,
    token: String,
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Token({}, (redacted))", self.mechanism)
    }
}

/// Where the token of `account` is kept: one per server it was given by
/// (`--server`, else the domain's own servers).
pub fn token_file(account: &str, server: Option<&ServerAddr>) -> StateFile {
    let server = server.map_or(String::new(), |s| match s.port {
        Some(port) => format!(" {}:{port}", s.host),
        None => format!(" {}", s.host),
    });
    StateFile::new("fast-token", &format!("{account}{server}"))
}

pub fn load(file: &StateFile) -> Result<Option<Token>> {
    // An unreadable or foreign file is no token: the password is used and
    // the file replaced.
    Ok(file
        .read()?
        .and_then(|text| serde_json::from_str(&text).ok()))
}

/// Keep the token a `<success>` carries, if it carries one.
pub fn store_from(file: &StateFile, success: &Element, mechanism: &str) -> Result<bool> {
    let Some(token) = success
        .get_child("token", ns::FAST)
        .and_then(|t| t.attr("token"))
    else {
        return Ok(false);
    };
    let kept = Token {
        mechanism: mechanism.to_string(),
        token: token.to_string(),
    };
    file.write(&serde_json::to_string(&kept).expect("a token serializes"))?;
    Ok(true)
}

/// The FAST mechanisms the server offers inline, if it offers FAST.
pub fn offered(inline_payloads: &[Element]) -> Option<FastQuery> {
    inline_payloads
        .iter()
        .find(|p| p.is("fast", ns::FAST))
        .and_then(|p| FastQuery::try_from(p.clone()).ok())
}

/// The mechanism to ask a token for: bound when this connection can bind.
pub fn mechanism_to_request(query: &FastQuery, can_bind: bool) -> Option<&'static str> {
    [BOUND, UNBOUND]
        .into_iter()
        .filter(|m| can_bind || *m != BOUND)
        .find(|m| query.mechanisms.iter().any(|o| o.0 == *m))
}

pub fn request(mechanism: &str) -> Element {
    RequestToken {
        mechanism: mechanism.to_string(),
    }
    .into()
}

/// `<fast/>` says the `<authenticate>` uses a token. The count only
/// matters for TLS 0-RTT, which xmppctl does not use.
pub fn marker() -> Element {
    let mut fast = Element::builder("fast", ns::FAST).build();
    crate::xml::set_attr(&mut fast, "count", "1");
    fast
}

impl Token {
    /// The mechanism for this token on a connection, if the server offers
    /// it now and the connection can do what it needs.
    pub fn usable(
        self,
        query: &FastQuery,
        username: &str,
        tls_exporter: Option<&[u8]>,
        can_bind: bool,
    ) -> Option<HtSha256> {
        if !query.mechanisms.iter().any(|m| m.0 == self.mechanism) {
            return None;
        }
        let binding = match self.mechanism.as_str() {
            BOUND if can_bind => tls_exporter?.to_vec(),
            UNBOUND => Vec::new(),
            _ => return None,
        };
        Some(HtSha256 {
            name: self.mechanism,
            username: username.to_string(),
            token: self.token,
            binding,
        })
    }
}

/// XEP-0484's HT-SHA-256-*: the client proves the token with
/// HMAC(token, "Initiator" + binding), the server with
/// HMAC(token, "Responder" + binding).
pub struct HtSha256 {
    name: String,
    username: String,
    token: String,
    binding: Vec<u8>,
}

impl HtSha256 {
    fn hmac(&self, label: &[u8]) -> Hmac<Sha256> {
        let mut mac =
            Hmac::<Sha256>::new_from_slice(self.token.as_bytes()).expect("HMAC takes any key");
        mac.update(label);
        mac.update(&self.binding);
        mac
    }
}

impl Mechanism for HtSha256 {
    fn name(&self) -> &str {
        &self.name
    }

    fn from_credentials(_: sasl::common::Credentials) -> std::result::Result<Self, MechanismError> {
        Err(MechanismError::InvalidState)
    }

    fn initial(&mut self) -> Vec<u8> {
        let mut message = self.username.as_bytes().to_vec();
        message.push(0);
        message.extend_from_slice(&self.hmac(b"Initiator").finalize().into_bytes());
        message
    }

    fn response(&mut self, _: &[u8]) -> std::result::Result<Vec<u8>, MechanismError> {
        // HT-* is one message each way: a challenge is a protocol error.
        Err(MechanismError::InvalidState)
    }

    fn success(&mut self, data: &[u8]) -> std::result::Result<(), MechanismError> {
        self.hmac(b"Responder")
            .verify_slice(data)
            .map_err(|_| MechanismError::InvalidSignatureInSuccessResponse)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ht_sha_256_proves_both_ways() {
        let mut ht = HtSha256 {
            name: UNBOUND.into(),
            username: "alice".into(),
            token: "secret-token:x".into(),
            binding: Vec::new(),
        };
        let initial = ht.initial();
        assert!(initial.starts_with(b"alice\0"));
        assert_eq!(initial.len(), 6 + 32);
        let responder = ht.hmac(b"Responder").finalize().into_bytes();
        assert!(ht.success(&responder).is_ok());
        assert!(ht.success(&initial[6..]).is_err());
    }

    #[test]
    fn the_token_never_shows_in_debug() {
        let token = Token {
            mechanism: UNBOUND.into(),
            token: "secret-token:fast-abc".into(),
        };
        assert!(!format!("{token:?}").contains("secret-token"));
    }
}
