//! Password sources (file, command, environment, config, terminal prompt)
//! and a type that keeps the password out of every printout.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use crate::error::io_reason;
use crate::error::{Error, Result};

/// A password. `Debug` and `Display` never show it.
#[derive(Clone)]
pub struct Password(String);

impl Password {
    pub fn new(secret: String) -> Self {
        Password(secret)
    }

    /// The only way to read the secret: at the SASL layer.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(redacted)")
    }
}

/// Where the password comes from, already ranked by precedence.
#[derive(Debug, Clone)]
pub enum PasswordSource {
    File(PathBuf),
    Command(String),
    Env(Password),
    Config(Password),
    /// Ask on the terminal, if there is one.
    Prompt,
}

pub const ENV_PASSWORD: &str = "XMPPCTL_PASSWORD";

/// Read the password for `jid` from its source.
pub fn obtain(source: &PasswordSource, jid: &str) -> Result<Password> {
    let password = match source {
        PasswordSource::File(path) => from_file(path)?,
        PasswordSource::Command(command) => from_command(command)?,
        PasswordSource::Env(p) | PasswordSource::Config(p) => p.clone(),
        PasswordSource::Prompt => prompt(jid)?,
    };
    if password.0.is_empty() {
        return Err(Error::config(format!("the password for {jid} is empty")));
    }
    Ok(password)
}

fn first_line(text: &str) -> String {
    text.lines().next().unwrap_or("").to_string()
}

fn from_file(path: &PathBuf) -> Result<Password> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        Error::config(format!(
            "cannot read password file {}: {}",
            path.display(),
            io_reason(&e)
        ))
    })?;
    Ok(Password(first_line(&text)))
}

fn from_command(command: &str) -> Result<Password> {
    // The command itself may be shown: it names a secret, it is not one.
    let output = Command::new("sh")
        .arg("-c")
        .arg(command)
        .stdin(Stdio::null())
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| Error::config(format!("cannot run password command: {}", io_reason(&e))))?;
    if !output.status.success() {
        return Err(Error::config(format!(
            "password command `{command}` failed ({})",
            output.status
        )));
    }
    let text = String::from_utf8(output.stdout)
        .map_err(|_| Error::config(format!("password command `{command}` printed non-UTF-8")))?;
    Ok(Password(first_line(&text)))
}

fn prompt(jid: &str) -> Result<Password> {
    // The prompt goes to the terminal; without one (cron, CI, pipes into
    // stderr) a script must say where the password is.
    if !std::io::stderr().is_terminal() {
        return Err(Error::config(format!(
            "no password for {jid} and no terminal to ask on"
        ))
        .with_hint(
            "give one with --password-file PATH, --password-cmd CMD, the XMPPCTL_PASSWORD environment variable, or password/password_file/password_cmd in the config file",
        ));
    }
    rpassword::prompt_password(format!("Password for {jid}: "))
        .map(Password)
        .map_err(|e| Error::config(format!("cannot read the password: {}", io_reason(&e))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_secret() {
        let p = Password::new("hunter2".into());
        assert!(!format!("{p:?}").contains("hunter2"));
        let source = PasswordSource::Env(p);
        assert!(!format!("{source:?}").contains("hunter2"));
    }

    #[test]
    fn file_and_command_give_their_first_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("pw");
        std::fs::write(&path, "s3cret\nsecond line\n").unwrap();
        let p = obtain(&PasswordSource::File(path), "a@b").unwrap();
        assert_eq!(p.expose(), "s3cret");
        let p = obtain(&PasswordSource::Command("printf 'x y\\nz'".into()), "a@b").unwrap();
        assert_eq!(p.expose(), "x y");
        let e = obtain(&PasswordSource::Command("exit 3".into()), "a@b").unwrap_err();
        assert_eq!(e.kind, crate::error::ErrorKind::Config);
    }
}
