//! What xmppctl keeps between runs: per account, the SASL2 user-agent id
//! and FAST tokens, in the state directory (`$XDG_STATE_HOME/xmppctl/`,
//! default `~/.local/state/xmppctl/`); per server, the stream features it
//! offered last, in the cache directory (`$XDG_CACHE_HOME/xmppctl/`,
//! default `~/.cache/xmppctl/`).
//!
//! A FAST token logs in like a password, so the directory is made 0700 and
//! every file 0600, and a directory or file that group or others can read
//! is refused rather than used. The cache says which servers an account
//! uses, so it gets the same modes.

use std::fs;
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result, io_reason};

const STATE_DIR_MODE: u32 = 0o700;
const STATE_FILE_MODE: u32 = 0o600;

pub const ENV_STATE_HOME: &str = "XDG_STATE_HOME";
pub const ENV_CACHE_HOME: &str = "XDG_CACHE_HOME";

/// Which of the two directories a file lives in.
#[derive(Debug, Clone, Copy)]
pub enum Place {
    State,
    Cache,
}

impl Place {
    /// The variable naming the base, the default below `$HOME`, and what
    /// to call the directory in messages.
    fn layout(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Place::State => (ENV_STATE_HOME, ".local/state", "state directory"),
            Place::Cache => (ENV_CACHE_HOME, ".cache", "cache directory"),
        }
    }

    /// `$XDG_…_HOME/xmppctl`, else below `$HOME`.
    fn dir(self) -> Result<PathBuf> {
        let (variable, default, what) = self.layout();
        let base = std::env::var_os(variable)
            .filter(|d| !d.is_empty())
            .map(PathBuf::from)
            .or_else(|| {
                std::env::var_os("HOME")
                    .filter(|h| !h.is_empty())
                    .map(|home| PathBuf::from(home).join(default))
            })
            .ok_or_else(|| {
                Error::config(format!("no {what}: neither {variable} nor HOME is set"))
            })?;
        Ok(base.join("xmppctl"))
    }
}

/// A file name for `key` (a JID, a server address): letters, digits and
/// `.@-_` as they are, anything else as `%XX`, so no key escapes the
/// directory or collides with another.
fn file_name(prefix: &str, key: &str) -> String {
    let mut name = format!("{prefix}.");
    for byte in key.bytes() {
        match byte {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'.' | b'@' | b'-' | b'_' => {
                name.push(byte as char)
            }
            other => name.push_str(&format!("%{other:02X}")),
        }
    }
    name
}

/// Refuse `path` when group or others may read it: it holds secrets (a
/// config file with a password, the state directory and its tokens).
pub fn check_private(path: &Path, what: &str) -> Result<()> {
    let mode = fs::metadata(path)
        .map_err(|e| {
            Error::config(format!(
                "cannot read {what} {}: {}",
                path.display(),
                io_reason(&e)
            ))
        })?
        .permissions()
        .mode();
    if mode & 0o077 != 0 {
        return Err(Error::config(format!(
            "{what} {} can be read by group or others (mode {:o}); it holds secrets",
            path.display(),
            mode & 0o777
        ))
        .with_hint(format!("chmod go= {}", path.display())));
    }
    Ok(())
}

/// The directory, made 0700 if missing; refused if others can read it.
fn private_dir(place: Place) -> Result<PathBuf> {
    let (_, _, what) = place.layout();
    let dir = place.dir()?;
    if !dir.exists() {
        fs::DirBuilder::new()
            .recursive(true)
            .mode(STATE_DIR_MODE)
            .create(&dir)
            .map_err(|e| {
                Error::config(format!(
                    "cannot create the {what} {}: {}",
                    dir.display(),
                    io_reason(&e)
                ))
            })?;
        // DirBuilder's mode passes through the umask; this one must not.
        let _ = fs::set_permissions(&dir, fs::Permissions::from_mode(STATE_DIR_MODE));
    }
    check_private(&dir, what)?;
    Ok(dir)
}

/// One file of the state or cache directory: `PREFIX.KEY`.
#[derive(Debug, Clone)]
pub struct StateFile {
    place: Place,
    prefix: &'static str,
    key: String,
}

impl StateFile {
    pub fn new(prefix: &'static str, key: &str) -> Self {
        Self::in_place(Place::State, prefix, key)
    }

    pub fn cached(prefix: &'static str, key: &str) -> Self {
        Self::in_place(Place::Cache, prefix, key)
    }

    fn in_place(place: Place, prefix: &'static str, key: &str) -> Self {
        StateFile {
            place,
            prefix,
            key: key.to_string(),
        }
    }

    fn path(&self) -> Result<PathBuf> {
        Ok(private_dir(self.place)?.join(file_name(self.prefix, &self.key)))
    }

    /// Whether the file exists (no checks; for deciding what to prepare).
    pub fn exists(&self) -> bool {
        self.place
            .dir()
            .map(|dir| dir.join(file_name(self.prefix, &self.key)).is_file())
            .unwrap_or(false)
    }

    /// The file's text, `None` when there is none; refused if others can
    /// read it.
    pub fn read(&self) -> Result<Option<String>> {
        let path = self.path()?;
        if !path.exists() {
            return Ok(None);
        }
        let file = match self.place {
            Place::State => "state file",
            Place::Cache => "cache file",
        };
        check_private(&path, file)?;
        fs::read_to_string(&path).map(Some).map_err(|e| {
            Error::config(format!("cannot read {}: {}", path.display(), io_reason(&e)))
        })
    }

    /// Replace the file's text: written 0600 beside it, then renamed over
    /// it, so a reader never sees half a file.
    pub fn write(&self, text: &str) -> Result<()> {
        let path = self.path()?;
        let partial = path.with_extension(format!("partial-{}", std::process::id()));
        let written = fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(STATE_FILE_MODE)
            .open(&partial)
            .and_then(|mut file| file.write_all(text.as_bytes()))
            .and_then(|()| fs::rename(&partial, &path));
        written.map_err(|e| {
            let _ = fs::remove_file(&partial);
            Error::config(format!(
                "cannot write {}: {}",
                path.display(),
                io_reason(&e)
            ))
        })
    }

    pub fn remove(&self) -> Result<()> {
        let path = self.path()?;
        match fs::remove_file(&path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(Error::config(format!(
                "cannot remove {}: {}",
                path.display(),
                io_reason(&e)
            ))),
        }
    }
}

/// The SASL2 `<user-agent id>` of this machine for `account`: made once,
/// then the same on every run (the server ties FAST tokens to it).
pub fn user_agent_id(account: &str) -> Result<uuid::Uuid> {
    let file = StateFile::new("user-agent", account);
    if let Some(id) = file.read()?.and_then(|text| text.trim().parse().ok()) {
        return Ok(id);
    }
    let id = uuid::Builder::from_random_bytes(rand::random()).into_uuid();
    file.write(&id.to_string())?;
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_cannot_leave_the_directory() {
        assert_eq!(
            file_name("fast", "alice@example.org 127.0.0.1:5222"),
            "fast.alice@example.org%20127.0.0.1%3A5222"
        );
        assert_eq!(file_name("fast", "../x/y"), "fast...%2Fx%2Fy");
    }
}
