//! The one place that decides what a failure means to a script: its kind
//! (and so its exit code), a one-line message, and an optional hint.

use std::fmt;

/// What went wrong, in the terms of the exit-code table: each kind carries
/// its code, its stable name (the JSON error's `kind`) and what it means.
/// This table is the one source of the exit codes: `--help`, the man page
/// and doc/cli.md are generated from it or checked against it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    Internal,
    Usage,
    Config,
    Network,
    Tls,
    Auth,
    Refused,
    Timeout,
    Interrupted,
}

/// The meaning of exit 0, next to the error kinds' codes.
pub const SUCCESS_MEANING: &str =
    "success (for send: the account's server took every message; --receipt: it arrived)";

impl ErrorKind {
    pub const ALL: [ErrorKind; 9] = [
        ErrorKind::Internal,
        ErrorKind::Usage,
        ErrorKind::Config,
        ErrorKind::Network,
        ErrorKind::Tls,
        ErrorKind::Auth,
        ErrorKind::Refused,
        ErrorKind::Timeout,
        ErrorKind::Interrupted,
    ];

    /// (exit code, name, meaning)
    fn facts(self) -> (u8, &'static str, &'static str) {
        match self {
            ErrorKind::Internal => (1, "internal", "internal or unclassified error"),
            ErrorKind::Usage => (
                2,
                "usage",
                "usage: bad arguments, invalid JID, malformed input; nothing was sent",
            ),
            ErrorKind::Config => (
                3,
                "config",
                "configuration or credentials: no password source, unreadable or insecure config",
            ),
            ErrorKind::Network => (
                4,
                "network",
                "network: DNS failure, connection refused or unreachable, connection lost",
            ),
            ErrorKind::Tls => (
                5,
                "tls",
                "TLS: untrusted or mismatched certificate, handshake failure, no TLS offered",
            ),
            ErrorKind::Auth => (
                6,
                "auth",
                "authentication: rejected credentials, no acceptable mechanism",
            ),
            ErrorKind::Refused => (
                7,
                "refused",
                "refused: the server or a peer answered with an error",
            ),
            ErrorKind::Timeout => (
                8,
                "timeout",
                "timeout: the deadline passed, or an awaited reply or ack never came",
            ),
            ErrorKind::Interrupted => (130, "interrupted", "interrupted"),
        }
    }

    pub fn exit_code(self) -> u8 {
        self.facts().0
    }

    /// The stable name used in JSON error objects.
    pub fn name(self) -> &'static str {
        self.facts().1
    }

    /// What the exit code tells a script.
    pub fn meaning(self) -> &'static str {
        self.facts().2
    }
}

/// The exit-code table as (code, meaning) rows, success first.
pub fn exit_codes() -> impl Iterator<Item = (u8, &'static str)> {
    std::iter::once((0, SUCCESS_MEANING))
        .chain(ErrorKind::ALL.iter().map(|k| (k.exit_code(), k.meaning())))
}

/// An `io::Error` reason without Rust's "(os error N)" suffix, for messages
/// in the user's terms ("cannot read CA file ca.pem: No such file").
pub fn io_reason(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.find(" (os error") {
        Some(cut) => text[..cut].to_string(),
        None => text,
    }
}

/// A failure with everything needed to report it: never holds a secret.
#[derive(Debug, Clone)]
pub struct Error {
    pub kind: ErrorKind,
    pub message: String,
    /// The XMPP condition (stanza, stream or SASL), when the peer named one.
    pub condition: Option<String>,
    /// A second line telling the user what to try.
    pub hint: Option<String>,
    /// Whether trying the connection again could help: refused, unreachable,
    /// a temporary DNS failure, a stream error of type wait. Never for auth.
    pub transient: bool,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
            condition: None,
            hint: None,
            transient: false,
        }
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Internal, message)
    }
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Usage, message)
    }
    pub fn config(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Config, message)
    }
    pub fn network(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Network, message)
    }
    pub fn tls(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Tls, message)
    }
    pub fn auth(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Auth, message)
    }
    pub fn refused(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Refused, message)
    }
    pub fn timeout(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Timeout, message)
    }

    pub fn with_condition(mut self, condition: impl Into<String>) -> Self {
        self.condition = Some(condition.into());
        self
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn transient(mut self) -> Self {
        self.transient = true;
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_and_names_are_distinct() {
        let codes: std::collections::BTreeSet<u8> = exit_codes().map(|(c, _)| c).collect();
        assert_eq!(codes.len(), ErrorKind::ALL.len() + 1);
        let names: std::collections::BTreeSet<&str> =
            ErrorKind::ALL.iter().map(|k| k.name()).collect();
        assert_eq!(names.len(), ErrorKind::ALL.len());
        assert_eq!(ErrorKind::Usage.exit_code(), 2);
        assert_eq!(ErrorKind::Interrupted.exit_code(), 130);
    }
}
