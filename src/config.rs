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
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::Deserialize;
use xmpp_parsers::jid::{BareJid, Jid};

use crate::cli::{GlobalArgs, OutputFormat, TlsArg};
use crate::error::{Error, Result};
use crate::output::{Format, Output};
use crate::secret::{self, ENV_PASSWORD, Password, PasswordSource};
use crate::session::{
    SessionSettings,
    resolve::{ServerAddr, TlsMode},
    tls::{TrustSettings, io_reason},
};

const DEFAULT_TIMEOUT: f64 = 30.0;
const DEFAULT_CONNECT_TIMEOUT: f64 = 10.0;
const DEFAULT_RETRY: u32 = 2;

/// The keys an account (or the top level of the file) may set.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct AccountFile {
    jid: Option<String>,
    password: Option<String>,
    password_file: Option<PathBuf>,
    password_cmd: Option<String>,
    server: Option<String>,
    tls: Option<String>,
    ca_file: Option<PathBuf>,
    resource: Option<String>,
    timeout: Option<f64>,
    connect_timeout: Option<f64>,
    retry: Option<u32>,
    output: Option<String>,
}

impl AccountFile {
    /// `self` (an account section) over `defaults` (the top level).
    fn over(self, defaults: AccountFile) -> AccountFile {
        AccountFile {
            jid: self.jid.or(defaults.jid),
            password: self.password.or(defaults.password),
            password_file: self.password_file.or(defaults.password_file),
            password_cmd: self.password_cmd.or(defaults.password_cmd),
            server: self.server.or(defaults.server),
            tls: self.tls.or(defaults.tls),
            ca_file: self.ca_file.or(defaults.ca_file),
            resource: self.resource.or(defaults.resource),
            timeout: self.timeout.or(defaults.timeout),
            connect_timeout: self.connect_timeout.or(defaults.connect_timeout),
            retry: self.retry.or(defaults.retry),
            output: self.output.or(defaults.output),
        }
    }

    fn holds_password(&self) -> bool {
        self.password.is_some()
    }
}

/// Everything a command needs besides its own arguments.
#[derive(Debug)]
pub struct Settings {
    pub output: Output,
    jid: Option<String>,
    password: PasswordSource,
    server: Option<ServerAddr>,
    tls_mode: TlsMode,
    trust: TrustSettings,
    resource: Option<String>,
    pub timeout: Duration,
    connect_timeout: Duration,
    retry: u32,
    /// When the run started; the deadline counts from here.
    started: Instant,
}

impl Settings {
    pub fn from_args(args: &GlobalArgs) -> Result<Settings> {
        let file = load_file(args)?;
        let output = match (flag_format(args), file.output.as_deref()) {
            (Some(format), _) => format,
            (None, Some("json")) => Format::Json,
            (None, Some("text") | None) => Format::Text,
            (None, Some(other)) => {
                return Err(Error::config(format!(
                    "config: output must be \"text\" or \"json\", not {other:?}"
                )));
            }
        };
        let tls_mode = match args.tls {
            Some(TlsArg::Auto) => TlsMode::Auto,
            Some(TlsArg::Starttls) => TlsMode::StartTls,
            Some(TlsArg::Direct) => TlsMode::Direct,
            None => match file.tls.as_deref() {
                Some(text) => text
                    .parse()
                    .map_err(|e| Error::config(format!("config: tls: {e}")))?,
                None => TlsMode::Auto,
            },
        };
        let server = match args.server.clone().or(file.server.clone()) {
            Some(text) => Some(text.parse::<ServerAddr>().map_err(Error::usage)?),
            None => None,
        };
        let seconds = |flag: Option<f64>, key: Option<f64>, default: f64, name: &str| {
            let secs = flag.or(key).unwrap_or(default);
            Duration::try_from_secs_f64(secs)
                .ok()
                .filter(|d| !d.is_zero())
                .ok_or_else(|| Error::config(format!("config: {name} must be a positive number")))
        };
        Ok(Settings {
            output: Output { format: output },
            jid: args.jid.clone().or(file.jid.clone()),
            password: password_source(args, &file),
            server,
            tls_mode,
            trust: TrustSettings {
                ca_file: args
                    .ca_file
                    .clone()
                    .or(file.ca_file.clone())
                    .map(expand_home),
                insecure: args.insecure,
            },
            resource: args.resource.clone().or(file.resource.clone()),
            timeout: seconds(args.timeout, file.timeout, DEFAULT_TIMEOUT, "timeout")?,
            connect_timeout: seconds(
                args.connect_timeout,
                file.connect_timeout,
                DEFAULT_CONNECT_TIMEOUT,
                "connect_timeout",
            )?,
            retry: args.retry.or(file.retry).unwrap_or(DEFAULT_RETRY),
            started: Instant::now(),
        })
    }

    pub fn deadline(&self) -> Instant {
        self.started + self.timeout
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
            (Some(resource), _) => resource.clone(),
            (None, Some(resource)) => resource.to_string(),
            (None, None) => format!("xmppctl-{}", random_suffix()),
        };
        let password = secret::obtain(&self.password, bare.as_str(), self.deadline())?;
        Ok(SessionSettings {
            jid: bare,
            password,
            resource,
            server: self.server.clone(),
            tls_mode: self.tls_mode,
            trust: self.trust.clone(),
            connect_timeout: self.connect_timeout,
            retry: self.retry,
            timeout: self.timeout,
            deadline: self.deadline(),
        })
    }
}

/// The output format the flags (or XMPPCTL_OUTPUT) ask for, if any: known
/// even when the config file cannot be read, so that failure is reported
/// in the format asked for.
pub fn flag_format(args: &GlobalArgs) -> Option<Format> {
    match (args.json, args.output) {
        (true, _) | (false, Some(OutputFormat::Json)) => Some(Format::Json),
        (false, Some(OutputFormat::Text)) => Some(Format::Text),
        (false, None) => None,
    }
}

/// Parse a JID given by the user; a bad one is a usage error (exit 2).
pub fn parse_jid(text: &str) -> Result<Jid> {
    Jid::new(text.trim()).map_err(|e| Error::usage(format!("invalid JID {text:?}: {e}")))
}

fn random_suffix() -> String {
    use rand::RngExt;
    let mut rng = rand::rng();
    (0..8)
        .map(|_| char::from(b"abcdefghijklmnopqrstuvwxyz0123456789"[rng.random_range(0..36)]))
        .collect()
}

fn password_source(args: &GlobalArgs, file: &AccountFile) -> PasswordSource {
    if let Some(path) = &args.password_file {
        PasswordSource::File(path.clone())
    } else if let Some(command) = &args.password_cmd {
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
fn load_file(args: &GlobalArgs) -> Result<AccountFile> {
    let (path, explicit) = match &args.config {
        Some(path) => (path.clone(), true),
        None => match default_config_path() {
            Some(path) => (path, false),
            None => return Ok(AccountFile::default()),
        },
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !explicit => {
            if args.account.is_some() {
                return Err(Error::config(format!(
                    "--account given but there is no config file at {}",
                    path.display()
                )));
            }
            return Ok(AccountFile::default());
        }
        Err(e) => {
            return Err(Error::config(format!(
                "cannot read config file {}: {}",
                path.display(),
                io_reason(&e)
            )));
        }
    };
    parse_file(&text, &path, args.account.as_deref())
}

/// `table` as an account's keys. A wrong type names the key (`prefix`
/// dotted before it), never the value: the value may be a password.
fn account_file(table: toml::Table, prefix: &str) -> std::result::Result<AccountFile, String> {
    let typed = |table: toml::Table| -> std::result::Result<AccountFile, toml::de::Error> {
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

fn parse_file(text: &str, path: &Path, account: Option<&str>) -> Result<AccountFile> {
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
                    let file = account_file(section, &format!("accounts.{name}."));
                    Ok((name, file.map_err(|e| bad(&e))?))
                }
                _ => Err(bad(&format_args!("accounts.{name} must be a table"))),
            })
            .collect::<Result<BTreeMap<String, AccountFile>>>()?,
        Some(_) => return Err(bad(&"accounts must be a table")),
        None => BTreeMap::new(),
    };
    let default_account = match table.remove("default_account") {
        Some(toml::Value::String(name)) => Some(name),
        Some(_) => return Err(bad(&"default_account must be a string")),
        None => None,
    };
    let defaults = account_file(table, "").map_err(|e| bad(&e))?;
    if defaults.holds_password() || accounts.values().any(AccountFile::holds_password) {
        check_private(path)?;
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

/// A config file holding a password must be readable by its owner alone.
fn check_private(path: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path)
        .map_err(|e| {
            Error::config(format!(
                "cannot inspect {}: {}",
                path.display(),
                io_reason(&e)
            ))
        })?
        .permissions()
        .mode();
    if mode & 0o077 != 0 {
        return Err(Error::config(format!(
            "config file {} holds a password but group or others can read it (mode {:o})",
            path.display(),
            mode & 0o777
        ))
        .with_hint(format!("run: chmod 600 {}", path.display())));
    }
    Ok(())
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
