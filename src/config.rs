//! Settings for a run, merged once: flags over environment over the config
//! file (`[accounts.NAME]` over its top-level defaults) over built-in
//! defaults. Nothing here touches the network.
//!
//! ```toml
//! # ~/.config/xmppctl/config.toml
//! default_account = "bot"
//! timeout = 20
//!
//! [accounts.bot]
//! jid = "bot@example.org"
//! password_cmd = "pass show xmpp/bot"
//!
//! [accounts.ops]
//! jid = "ops@example.net"
//! password_file = "~/.config/xmppctl/ops.pw"
//! server = "xmpp.example.net:5223"
//! tls = "direct"
//! ```

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::Deserialize;
use xmpp_parsers::jid::{BareJid, Jid};

use crate::error::{Error, Result, io_reason};
use crate::output::{Format, Output};
use crate::secret::{ENV_PASSWORD, LazyPassword, Password, PasswordSource};
use crate::session::fast;
use crate::session::{
    SessionSettings,
    resolve::{self, ServerAddr, TlsMode},
    tls::TrustSettings,
};

const DEFAULT_TIMEOUT: f64 = 30.0;
const DEFAULT_CONNECT_TIMEOUT: f64 = 10.0;
const DEFAULT_RECONNECT_FOR: f64 = 300.0;
const DEFAULT_KEEPALIVE: f64 = 60.0;
const DEFAULT_RETRY: u32 = 2;

pub const ENV_JID: &str = "XMPPCTL_JID";
pub const ENV_ACCOUNT: &str = "XMPPCTL_ACCOUNT";
pub const ENV_CONFIG: &str = "XMPPCTL_CONFIG";
pub const ENV_SERVER: &str = "XMPPCTL_SERVER";
pub const ENV_OUTPUT: &str = "XMPPCTL_OUTPUT";
pub const ENV_DNS: &str = "XMPPCTL_DNS";

/// Every environment variable xmppctl reads, with what it does: the man
/// page and doc/cli.md are generated from or checked against this table.
pub const ENVIRONMENT: &[(&str, &str)] = &[
    (ENV_JID, "the account, as --jid"),
    (
        ENV_ACCOUNT,
        "a named account of the config file, as --account",
    ),
    (ENV_CONFIG, "the config file, as --config"),
    (
        ENV_PASSWORD,
        "the password (after --password-file and --password-cmd, before the config file)",
    ),
    (
        crate::secret::ENV_NEW_PASSWORD,
        "the new password of admin add-user and change-password (after --new-password-file and --new-password-cmd, before the prompt)",
    ),
    (ENV_SERVER, "host and port to connect to, as --server"),
    (ENV_OUTPUT, "text or json, as --output"),
    (ENV_DNS, "the DNS server every lookup asks, as --dns"),
    (
        "XDG_CONFIG_HOME",
        "where the default config file lives (else ~/.config)",
    ),
    (
        crate::state::ENV_STATE_HOME,
        "where FAST tokens and the SASL2 user-agent id are kept (else ~/.local/state)",
    ),
    (
        crate::state::ENV_CACHE_HOME,
        "where each server's last stream features are kept, to pipeline the next login (else ~/.cache)",
    ),
];

/// Declares the settings a config file may give (each account section and
/// the top level), once: the file's keys, the flags' layer over them, the
/// merge and the key list of the man page all come from this one list.
macro_rules! settings_layer {
    ($($key:ident: $type:ty),* $(,)?) => {
        /// One layer of settings: the flags, an account section, or the
        /// top level of the file. `None`: this layer does not say.
        #[derive(Debug, Default, Clone, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct Layer {
            $(pub $key: Option<$type>,)*
        }

        impl Layer {
            /// The keys, as written in the config file.
            pub const KEYS: &[&str] = &[$(stringify!($key)),*];

            /// `self` over `lower`: each setting from the first layer that says.
            fn over(self, lower: Layer) -> Layer {
                Layer {
                    $($key: self.$key.or(lower.$key),)*
                }
            }
        }
    };
}

settings_layer! {
    jid: String,
    password: String,
    password_file: PathBuf,
    password_cmd: String,
    server: String,
    tls: String,
    ca_file: PathBuf,
    resource: String,
    timeout: f64,
    connect_timeout: f64,
    retry: u32,
    reconnect_for: f64,
    keepalive: f64,
    fast: bool,
    output: String,
    dns: String,
}

impl Layer {
    fn holds_password(&self) -> bool {
        self.password.is_some()
    }
}

/// What the command line says about settings: a layer over the config
/// file, plus what only a flag can say.
#[derive(Debug, Default)]
pub struct Flags {
    pub layer: Layer,
    pub account: Option<String>,
    pub config: Option<PathBuf>,
    pub insecure: bool,
    /// `check --nagios`: the monitoring-plugin output, which no config
    /// key can ask for.
    pub nagios: bool,
}

impl Flags {
    /// The output format the flags (or XMPPCTL_OUTPUT) ask for, if any:
    /// known even when the config file cannot be read, so that failure is
    /// reported in the format asked for.
    pub fn format(&self) -> Option<Format> {
        if self.nagios {
            return Some(Format::Nagios);
        }
        match self.layer.output.as_deref() {
            Some("json") => Some(Format::Json),
            Some("text") => Some(Format::Text),
            _ => None,
        }
    }
}

/// Everything a command needs besides its own request.
#[derive(Debug)]
pub struct Settings {
    pub output: Output,
    jid: Option<String>,
    password: PasswordSource,
    server: Option<ServerAddr>,
    tls_mode: TlsMode,
    trust: TrustSettings,
    /// `--dns`: the name server of every lookup; `None`: the system's.
    pub dns: Option<SocketAddr>,
    resource: Option<String>,
    pub timeout: Duration,
    connect_timeout: Duration,
    retry: u32,
    reconnect_for: Duration,
    keepalive: Duration,
    /// FAST tokens (XEP-0484) used and kept; off with --no-fast / `fast = false`.
    fast: bool,
    /// When the run started; the deadline counts from here.
    started: Instant,
}

impl Settings {
    pub fn from_flags(flags: Flags) -> Result<Settings> {
        let file = load_file(&flags)?;
        let password = password_source(&flags.layer, &file);
        let merged = flags.layer.over(file);
        let output = match merged.output.as_deref() {
            _ if flags.nagios => Format::Nagios,
            Some("json") => Format::Json,
            Some("text") | None => Format::Text,
            Some(other) => {
                return Err(Error::config(format!(
                    "config: output must be \"text\" or \"json\", not {other:?}"
                )));
            }
        };
        let tls_mode = match merged.tls.as_deref() {
            Some(text) => text
                .parse()
                .map_err(|e| Error::config(format!("config: tls: {e}")))?,
            None => TlsMode::Auto,
        };
        let server = match merged.server {
            Some(text) => Some(text.parse::<ServerAddr>().map_err(Error::usage)?),
            None => None,
        };
        let dns = match merged.dns {
            Some(text) => Some(resolve::parse_name_server(&text).map_err(Error::usage)?),
            None => None,
        };
        // Zero allowed: it turns a feature off.
        let duration = |secs: Option<f64>, default: f64, name: &str| {
            Duration::try_from_secs_f64(secs.unwrap_or(default))
                .map_err(|_| Error::config(format!("config: {name} must be a number of seconds")))
        };
        let seconds = |secs: Option<f64>, default: f64, name: &str| {
            Duration::try_from_secs_f64(secs.unwrap_or(default))
                .ok()
                .filter(|d| !d.is_zero())
                .ok_or_else(|| Error::config(format!("config: {name} must be a positive number")))
        };
        Ok(Settings {
            output: Output { format: output },
            jid: merged.jid,
            password,
            server,
            tls_mode,
            trust: TrustSettings {
                ca_file: merged.ca_file.map(expand_home),
                insecure: flags.insecure,
            },
            dns,
            resource: merged.resource,
            timeout: seconds(merged.timeout, DEFAULT_TIMEOUT, "timeout")?,
            connect_timeout: seconds(
                merged.connect_timeout,
                DEFAULT_CONNECT_TIMEOUT,
                "connect_timeout",
            )?,
            retry: merged.retry.unwrap_or(DEFAULT_RETRY),
            reconnect_for: duration(merged.reconnect_for, DEFAULT_RECONNECT_FOR, "reconnect_for")?,
            keepalive: duration(merged.keepalive, DEFAULT_KEEPALIVE, "keepalive")?,
            fast: merged.fast.unwrap_or(true),
            started: Instant::now(),
        })
    }
    pub fn deadline(&self) -> Instant {
        self.started + self.timeout
    }

    /// `--server`, when given: the one place to connect to.
    pub fn server(&self) -> Option<&ServerAddr> {
        self.server.as_ref()
    }

    pub fn tls_mode(&self) -> TlsMode {
        self.tls_mode
    }

    pub fn trust(&self) -> &TrustSettings {
        &self.trust
    }

    pub fn connect_timeout(&self) -> Duration {
        self.connect_timeout
    }

    /// Validate the account and obtain the password: only commands that
    /// connect call this, so `--dry-run` needs neither.
    pub fn session(&self) -> Result<SessionSettings> {
        let text = self.jid.as_deref().ok_or_else(|| {
            Error::config("no account given").with_hint(
                "use --jid JID, XMPPCTL_JID, or jid / [accounts.NAME] in the config file",
            )
        })?;
        let jid = parse_jid(text)?;
        let bare: BareJid = jid.to_bare();
        if bare.node().is_none() {
            return Err(Error::usage(format!(
                "invalid account JID {text:?}: it needs a local part (user@{bare})"
            )));
        }
        let resource = match (&self.resource, jid.resource()) {
            (Some(resource), _) => Some(resource.clone()),
            (None, Some(resource)) => Some(resource.to_string()),
            (None, None) => None,
        };
        let resource_chosen = resource.is_some();
        let resource = resource.unwrap_or_else(|| format!("xmppctl-{}", random_suffix()));
        let password = LazyPassword::new(self.password.clone(), bare.as_str(), self.deadline());
        // Asked for now, before connecting (a missing password is exit 3
        // whatever the network does), unless a FAST token may make it
        // unnecessary: then only if the token cannot be used.
        if !(self.fast && fast::token_file(bare.as_str(), self.server.as_ref()).exists()) {
            password.get()?;
        }
        Ok(SessionSettings {
            jid: bare,
            password,
            fast: self.fast,
            resource,
            server: self.server.clone(),
            tls_mode: self.tls_mode,
            trust: self.trust.clone(),
            connect_timeout: self.connect_timeout,
            retry: self.retry,
            timeout: self.timeout,
            reconnect_for: self.reconnect_for,
            keepalive: self.keepalive,
            survive: false,
            forecast: true,
            resource_chosen,
            deadline: self.deadline(),
        })
    }
}

/// Parse a JID given by the user; a bad one is a usage error (exit 2)
/// saying what is wrong in the user's terms where the parser does not.
pub fn parse_jid(text: &str) -> Result<Jid> {
    let trimmed = text.trim();
    let address = trimmed.split('/').next().unwrap_or_default();
    let domain = address
        .rsplit_once('@')
        .map_or(address, |(_, domain)| domain);
    if domain.is_empty() {
        return Err(Error::usage(format!(
            "invalid JID {text:?}: the domain is empty (user@domain)"
        )));
    }
    Jid::new(trimmed).map_err(|e| Error::usage(format!("invalid JID {text:?}: {e}")))
}

fn random_suffix() -> String {
    use rand::RngExt;
    let mut rng = rand::rng();
    (0..8)
        .map(|_| char::from(b"abcdefghijklmnopqrstuvwxyz0123456789"[rng.random_range(0..36)]))
        .collect()
}

/// The first password source that applies: flags, then the environment,
/// then the config file, then the terminal.
fn password_source(flags: &Layer, file: &Layer) -> PasswordSource {
    if let Some(path) = &flags.password_file {
        PasswordSource::File(path.clone())
    } else if let Some(command) = &flags.password_cmd {
        PasswordSource::Command(command.clone())
    } else if let Ok(password) = std::env::var(ENV_PASSWORD) {
        PasswordSource::Env(Password::new(password))
    } else if let Some(path) = &file.password_file {
        PasswordSource::File(expand_home(path.clone()))
    } else if let Some(command) = &file.password_cmd {
        PasswordSource::Command(command.clone())
    } else if let Some(password) = &file.password {
        PasswordSource::Config(Password::new(password.clone()))
    } else {
        PasswordSource::Prompt
    }
}

fn home() -> Option<PathBuf> {
    std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .map(PathBuf::from)
}

/// `~/x` in config paths means the home directory, as in a shell.
fn expand_home(path: PathBuf) -> PathBuf {
    match (path.strip_prefix("~"), home()) {
        (Ok(rest), Some(home)) => home.join(rest),
        _ => path,
    }
}

pub fn default_config_path() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .or_else(|| home().map(|h| h.join(".config")))?;
    Some(base.join("xmppctl").join("config.toml"))
}

/// The merged account from the config file (empty when there is none).
fn load_file(flags: &Flags) -> Result<Layer> {
    let (path, explicit) = match &flags.config {
        Some(path) => (path.clone(), true),
        None => match default_config_path() {
            Some(path) => (path, false),
            None => return Ok(Layer::default()),
        },
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !explicit => {
            if flags.account.is_some() {
                return Err(Error::config(format!(
                    "--account given but there is no config file at {}",
                    path.display()
                )));
            }
            return Ok(Layer::default());
        }
        Err(e) => {
            return Err(Error::config(format!(
                "cannot read config file {}: {}",
                path.display(),
                io_reason(&e)
            )));
        }
    };
    parse_file(&text, &path, flags.account.as_deref())
}

/// `table` as an account's keys. A wrong type names the key (`prefix`
/// dotted before it), never the value: the value may be a password.
fn layer_of(table: toml::Table, prefix: &str) -> std::result::Result<Layer, String> {
    let typed = |table: toml::Table| -> std::result::Result<Layer, toml::de::Error> {
        toml::Value::Table(table).try_into()
    };
    let message = match typed(table.clone()) {
        Ok(file) => return Ok(file),
        Err(e) => e.message().to_string(),
    };
    // serde's "invalid type: integer `12345678`, expected a string" quotes
    // the value; other messages (unknown keys) quote only key names.
    let Some((_, expected)) = message
        .strip_prefix("invalid ")
        .and_then(|m| m.split_once(", expected "))
    else {
        return Err(message);
    };
    let key = table
        .into_iter()
        .find(|(key, value)| typed(toml::Table::from_iter([(key.clone(), value.clone())])).is_err())
        .map_or_else(String::new, |(key, _)| format!("{prefix}{key}: "));
    Err(format!("{key}expected {expected}"))
}

fn parse_file(text: &str, path: &Path, account: Option<&str>) -> Result<Layer> {
    let shown = path.display();
    let bad = |e: &dyn std::fmt::Display| Error::config(format!("config file {shown}: {e}"));
    let mut table: toml::Table = text.parse().map_err(|e: toml::de::Error| match e.span() {
        Some(span) => {
            let line = text[..span.start.min(text.len())].matches('\n').count() + 1;
            bad(&format_args!("line {line}: {}", e.message()))
        }
        None => bad(&e.message()),
    })?;
    let accounts = match table.remove("accounts") {
        Some(toml::Value::Table(sections)) => sections
            .into_iter()
            .map(|(name, section)| match section {
                toml::Value::Table(section) => {
                    let file = layer_of(section, &format!("accounts.{name}."));
                    Ok((name, file.map_err(|e| bad(&e))?))
                }
                _ => Err(bad(&format_args!("accounts.{name} must be a table"))),
            })
            .collect::<Result<BTreeMap<String, Layer>>>()?,
        Some(_) => return Err(bad(&"accounts must be a table")),
        None => BTreeMap::new(),
    };
    let default_account = match table.remove("default_account") {
        Some(toml::Value::String(name)) => Some(name),
        Some(_) => return Err(bad(&"default_account must be a string")),
        None => None,
    };
    let defaults = layer_of(table, "").map_err(|e| bad(&e))?;
    if defaults.holds_password() || accounts.values().any(Layer::holds_password) {
        crate::state::check_private(path, "config file")?;
    }
    let chosen = account.map(str::to_string).or(default_account);
    Ok(match chosen {
        None => defaults,
        Some(name) => match accounts.get(&name) {
            Some(section) => section.clone().over(defaults),
            None => {
                let known: Vec<&str> = accounts.keys().map(String::as_str).collect();
                return Err(Error::config(format!(
                    "no account {name:?} in {shown} (known: {})",
                    if known.is_empty() {
                        "none".into()
                    } else {
                        known.join(", ")
                    }
                )));
            }
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, text: &str, mode: u32) -> PathBuf {
        use std::os::unix::fs::PermissionsExt;
        let path = dir.join("config.toml");
        std::fs::write(&path, text).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
        path
    }

    #[test]
    fn type_errors_name_the_key_not_the_value() {
        let path = Path::new("/x/config.toml");
        let error = parse_file("password = 12345678\n", path, None).unwrap_err();
        assert_eq!(
            error.message,
            "config file /x/config.toml: password: expected a string"
        );
        let text = "[accounts.a]\njid = \"a@b\"\npassword = 87654321\n";
        let error = parse_file(text, path, Some("a")).unwrap_err();
        assert!(!error.message.contains("87654321"), "{}", error.message);
        assert!(
            error
                .message
                .contains("accounts.a.password: expected a string")
        );
        let error = parse_file("jid = \"a@b\"\npassword = \"unclosed\n", path, None).unwrap_err();
        assert!(error.message.contains("line 2"), "{}", error.message);
    }

    #[test]
    fn account_sections_override_top_level_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(
            dir.path(),
            "timeout = 5\nserver = \"a:1\"\ndefault_account = \"x\"\n[accounts.x]\njid = \"x@a\"\nserver = \"b:2\"\n[accounts.y]\njid = \"y@a\"\n",
            0o644,
        );
        let text = std::fs::read_to_string(&path).unwrap();
        let x = parse_file(&text, &path, None).unwrap();
        assert_eq!(x.jid.as_deref(), Some("x@a"));
        assert_eq!(x.server.as_deref(), Some("b:2"));
        assert_eq!(x.timeout, Some(5.0));
        let y = parse_file(&text, &path, Some("y")).unwrap();
        assert_eq!(y.server.as_deref(), Some("a:1"));
        let e = parse_file(&text, &path, Some("z")).unwrap_err();
        assert!(e.message.contains("known: x, y"), "{}", e.message);
    }

    #[test]
    fn unknown_keys_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "jdi = \"typo@a\"\n", 0o600);
        let e = parse_file("jdi = \"typo@a\"\n", &path, None).unwrap_err();
        assert_eq!(e.kind, crate::error::ErrorKind::Config);
    }

    #[test]
    fn passwords_need_an_owner_only_file() {
        let dir = tempfile::tempdir().unwrap();
        let text = "[accounts.x]\njid = \"x@a\"\npassword = \"p\"\n";
        let path = write(dir.path(), text, 0o640);
        let e = parse_file(text, &path, Some("x")).unwrap_err();
        assert!(e.message.contains("group or others"), "{}", e.message);
        let path = write(dir.path(), text, 0o600);
        assert!(parse_file(text, &path, Some("x")).is_ok());
    }
}
