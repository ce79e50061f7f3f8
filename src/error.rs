//! The one place that decides what a failure means to a script: its kind
//! (and so its exit code), a one-line message, and an optional hint.

use std::fmt;

/// What went wrong, in the terms of the exit-code table of the CLI contract.
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

impl ErrorKind {
    pub fn exit_code(self) -> u8 {
        match self {
            ErrorKind::Internal => 1,
            ErrorKind::Usage => 2,
            ErrorKind::Config => 3,
            ErrorKind::Network => 4,
            ErrorKind::Tls => 5,
            ErrorKind::Auth => 6,
            ErrorKind::Refused => 7,
            ErrorKind::Timeout => 8,
            ErrorKind::Interrupted => 130,
        }
    }

    /// The stable name used in JSON error objects.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::Internal => "internal",
            ErrorKind::Usage => "usage",
            ErrorKind::Config => "config",
            ErrorKind::Network => "network",
            ErrorKind::Tls => "tls",
            ErrorKind::Auth => "auth",
            ErrorKind::Refused => "refused",
            ErrorKind::Timeout => "timeout",
            ErrorKind::Interrupted => "interrupted",
        }
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
    fn exit_codes_follow_the_contract() {
        let table = [
            (ErrorKind::Internal, 1),
            (ErrorKind::Usage, 2),
            (ErrorKind::Config, 3),
            (ErrorKind::Network, 4),
            (ErrorKind::Tls, 5),
            (ErrorKind::Auth, 6),
            (ErrorKind::Refused, 7),
            (ErrorKind::Timeout, 8),
            (ErrorKind::Interrupted, 130),
        ];
        for (kind, code) in table {
            assert_eq!(kind.exit_code(), code, "{kind:?}");
        }
    }
}
