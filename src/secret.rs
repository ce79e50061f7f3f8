//! Password sources (file, command, environment, config, terminal prompt),
//! a type that keeps the password out of every printout, and a process
//! that cannot leak it through a core dump.
//!
//! Files and commands are read under the run's deadline, on a thread of
//! their own: a FIFO nobody writes to or a command that never ends must
//! not hold the run past `--timeout`.

use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Instant;

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

/// The password, obtained when first needed: a run that logs in with a
/// FAST token never asks for it (no prompt, no password command). Shared
/// by clones, so it is obtained once per run.
#[derive(Debug, Clone)]
pub struct LazyPassword {
    source: PasswordSource,
    jid: String,
    deadline: Instant,
    obtained: std::sync::Arc<std::sync::Mutex<Option<Password>>>,
}

impl LazyPassword {
    pub fn new(source: PasswordSource, jid: &str, deadline: Instant) -> Self {
        LazyPassword {
            source,
            jid: jid.to_string(),
            deadline,
            obtained: Default::default(),
        }
    }

    pub fn get(&self) -> Result<Password> {
        let mut obtained = self.obtained.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(password) = &*obtained {
            return Ok(password.clone());
        }
        let password = obtain(&self.source, &self.jid, self.deadline)?;
        *obtained = Some(password.clone());
        Ok(password)
    }
}

pub const ENV_PASSWORD: &str = "XMPPCTL_PASSWORD";
/// Read by commands that set a password (`admin add-user|change-password`);
/// kept from child processes like [`ENV_PASSWORD`].
pub const ENV_NEW_PASSWORD: &str = "XMPPCTL_NEW_PASSWORD";

/// No core dumps: one would hold the password (the environment, the
/// heap). Also keeps other processes of the same user from attaching.
/// Called first thing in `main`.
pub fn protect_process() {
    // SAFETY: plain system calls on this process with valid arguments;
    // failure only means dumps stay as they were.
    unsafe {
        let none = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        libc::setrlimit(libc::RLIMIT_CORE, &none);
        #[cfg(target_os = "linux")]
        libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0);
    }
}

/// Read the password for `jid` from its source, by `deadline`.
pub fn obtain(source: &PasswordSource, jid: &str, deadline: Instant) -> Result<Password> {
    let password = match source {
        PasswordSource::File(path) => from_file(path, deadline)?,
        PasswordSource::Command(command) => from_command(command, deadline)?,
        PasswordSource::Env(p) | PasswordSource::Config(p) => p.clone(),
        PasswordSource::Prompt => prompt(
            &format!("Password for {jid}: "),
            &format!("no password for {jid}"),
            LOGIN_SOURCES,
            deadline,
        )?,
    };
    if password.0.is_empty() {
        return Err(Error::config(format!("the password for {jid} is empty")));
    }
    Ok(password)
}

/// Where a new password for `jid` comes from: `--new-password-file`,
/// `--new-password-cmd`, [`ENV_NEW_PASSWORD`], else the terminal.
pub fn new_password_source(file: Option<PathBuf>, command: Option<String>) -> PasswordSource {
    match (file, command, std::env::var(ENV_NEW_PASSWORD)) {
        (Some(path), _, _) => PasswordSource::File(path),
        (None, Some(command), _) => PasswordSource::Command(command),
        (None, None, Ok(text)) => PasswordSource::Env(Password(text)),
        (None, None, Err(_)) => PasswordSource::Prompt,
    }
}

/// The new password for `jid`: from its source like any password, but
/// asked twice on the terminal, so a typo cannot lock the account out.
pub fn obtain_new(source: &PasswordSource, jid: &str, deadline: Instant) -> Result<Password> {
    if !matches!(source, PasswordSource::Prompt) {
        return obtain(source, jid, deadline);
    }
    let missing = format!("no new password for {jid}");
    let asked = |label: String| prompt(&label, &missing, NEW_SOURCES, deadline);
    let first = asked(format!("New password for {jid}: "))?;
    let again = asked(format!("The new password for {jid} again: "))?;
    if first.0 != again.0 {
        return Err(Error::config("the two new passwords differ"));
    }
    if first.0.is_empty() {
        return Err(Error::config(format!(
            "the new password for {jid} is empty"
        )));
    }
    Ok(first)
}

fn first_line(text: &str) -> String {
    text.lines().next().unwrap_or("").to_string()
}

/// `work` on a thread of its own; `None` if it has not finished by
/// `deadline` (the thread is left behind, blocked; the run is ending).
fn by_deadline<T: Send + 'static>(
    deadline: Instant,
    work: impl FnOnce() -> T + Send + 'static,
) -> Option<T> {
    let (done, result) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = done.send(work());
    });
    result
        .recv_timeout(deadline.saturating_duration_since(Instant::now()))
        .ok()
}

fn too_slow(what: String) -> Error {
    Error::timeout(format!("timed out {what}")).with_hint("raise the deadline with --timeout SECS")
}

/// The first line of a secret file (`what`: "room password file" for
/// `bookmarks add`), by `deadline`; unreadable: a config error naming the
/// file, never its text.
pub fn read_file(path: &Path, what: &str, deadline: Instant) -> Result<Password> {
    let shown = path.display().to_string();
    let owned = path.to_path_buf();
    let text = by_deadline(deadline, move || std::fs::read_to_string(owned))
        .ok_or_else(|| too_slow(format!("reading {what} {shown}")))?
        .map_err(|e| Error::config(format!("cannot read {what} {shown}: {}", io_reason(&e))))?;
    Ok(Password(first_line(&text)))
}

fn from_file(path: &Path, deadline: Instant) -> Result<Password> {
    read_file(path, "password file", deadline)
}

fn from_command(command: &str, deadline: Instant) -> Result<Password> {
    // The command itself may be shown: it names a secret, it is not one.
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(command)
        .env_remove(ENV_PASSWORD)
        .env_remove(ENV_NEW_PASSWORD)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| Error::config(format!("cannot run password command: {}", io_reason(&e))))?;
    let pid = child.id();
    let mut stdout = child.stdout.take().expect("stdout is piped");
    let finished = by_deadline(deadline, move || {
        let mut bytes = Vec::new();
        stdout
            .read_to_end(&mut bytes)
            .and_then(|_| Ok((child.wait()?, bytes)))
    });
    let Some(finished) = finished else {
        kill_tree(pid);
        return Err(too_slow(format!(
            "waiting for password command `{command}`"
        )));
    };
    let (status, stdout) = finished
        .map_err(|e| Error::config(format!("cannot run password command: {}", io_reason(&e))))?;
    if !status.success() {
        return Err(Error::config(format!(
            "password command `{command}` failed ({status})"
        )));
    }
    let text = String::from_utf8(stdout)
        .map_err(|_| Error::config(format!("password command `{command}` printed non-UTF-8")))?;
    Ok(Password(first_line(&text)))
}

/// Kill `pid` and every process it started: a shell's `sleep` would
/// otherwise live on, holding our stderr open for whoever reads it.
fn kill_tree(pid: u32) {
    let mut tree = vec![pid];
    #[cfg(target_os = "linux")]
    {
        let parents = parent_links();
        let mut next = 0;
        while let Some(&parent) = tree.get(next) {
            tree.extend(
                parents
                    .iter()
                    .filter(|(_, p)| *p == parent)
                    .map(|(c, _)| *c),
            );
            next += 1;
        }
    }
    for pid in tree {
        if let Ok(pid) = i32::try_from(pid) {
            // SAFETY: a signal to a process we started or its descendant.
            unsafe { libc::kill(pid, libc::SIGKILL) };
        }
    }
}

/// (process, parent) for every process in /proc.
#[cfg(target_os = "linux")]
fn parent_links() -> Vec<(u32, u32)> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .filter_map(|entry| {
            let pid: u32 = entry.ok()?.file_name().to_str()?.parse().ok()?;
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
            // "pid (name) state ppid ...": the name may hold spaces.
            let after_name = &stat[stat.rfind(')')? + 1..];
            let ppid = after_name.split_whitespace().nth(1)?.parse().ok()?;
            Some((pid, ppid))
        })
        .collect()
}

const LOGIN_SOURCES: &str = "give one with --password-file PATH, --password-cmd CMD, the XMPPCTL_PASSWORD environment variable, or password/password_file/password_cmd in the config file";
const NEW_SOURCES: &str = "give it with --new-password-file PATH, --new-password-cmd CMD or the XMPPCTL_NEW_PASSWORD environment variable";

/// Ask on the terminal without echo, by `deadline`. Without a terminal
/// (cron, CI, pipes into stderr) a script must say where the password is:
/// `missing` says what, `hint` lists the other sources.
fn prompt(label: &str, missing: &str, hint: &str, deadline: Instant) -> Result<Password> {
    if !std::io::stderr().is_terminal() {
        return Err(Error::config(format!("{missing} and no terminal to ask on")).with_hint(hint));
    }
    // The prompt turns echo off; a deadline that passes mid-prompt leaves
    // it off unless the terminal is put back as it was.
    let terminal = SavedTerminal::now();
    let label = label.to_string();
    match by_deadline(deadline, move || rpassword::prompt_password(label)) {
        Some(read) => read
            .map(Password)
            .map_err(|e| Error::config(format!("cannot read the password: {}", io_reason(&e)))),
        None => {
            drop(terminal);
            eprintln!();
            Err(too_slow("waiting for the password to be typed".into()))
        }
    }
}

/// The settings of the controlling terminal, put back on drop.
struct SavedTerminal(Option<(std::fs::File, libc::termios)>);

impl SavedTerminal {
    fn now() -> SavedTerminal {
        use std::os::fd::AsRawFd;
        let Ok(tty) = std::fs::File::open("/dev/tty") else {
            return SavedTerminal(None);
        };
        // SAFETY: tcgetattr fills the termios of an open descriptor we own.
        let mut settings = unsafe { std::mem::zeroed::<libc::termios>() };
        let saved = unsafe { libc::tcgetattr(tty.as_raw_fd(), &mut settings) } == 0;
        SavedTerminal(saved.then_some((tty, settings)))
    }
}

impl Drop for SavedTerminal {
    fn drop(&mut self) {
        use std::os::fd::AsRawFd;
        if let Some((tty, settings)) = &self.0 {
            // SAFETY: restoring settings read from this very descriptor.
            unsafe { libc::tcsetattr(tty.as_raw_fd(), libc::TCSANOW, settings) };
        }
    }
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
        let later = Instant::now() + std::time::Duration::from_secs(10);
        let p = obtain(&PasswordSource::File(path), "a@b", later).unwrap();
        assert_eq!(p.expose(), "s3cret");
        let command = PasswordSource::Command("printf 'x y\\nz'".into());
        assert_eq!(obtain(&command, "a@b", later).unwrap().expose(), "x y");
        let e = obtain(&PasswordSource::Command("exit 3".into()), "a@b", later).unwrap_err();
        assert_eq!(e.kind, crate::error::ErrorKind::Config);
    }
}
