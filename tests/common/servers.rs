//! The server matrix: every real server the suite runs against, one shared
//! instance of each per test binary, and per-test accounts on it.
//!
//! A case that depends on the server is written once, as
//! `fn case(server: &'static dyn TestServer)`, and `server_matrix!(case)`
//! makes one test per server (`case::prosody`, `case::ejabberd`). Adding a
//! server means: a `ServerKind` variant, its `shared` start, its `Quirks`,
//! and one line in `server_matrix!`.

use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

use super::ejabberd::Ejabberd;
use super::endpoint::Endpoint;
use super::process;
use super::prosody::Prosody;

pub const DOMAIN: &str = "xmppctl.test";
pub const MUC_SERVICE: &str = "conference.xmppctl.test";

/// The accounts a private Prosody has from the start, and the passwords
/// fresh accounts of these names get. bob's password has spaces, quotes,
/// XML specials and non-ASCII, so any escaping bug on the way to SASL shows.
pub const USERS: [(&str, &str); 3] = [
    ("alice", "alice-Secret-1"),
    ("bob", "p@ss w0rd!\"§<&'>"),
    ("carol", "carol-Secret-3"),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ServerKind {
    /// Prosody 0.12 (Debian bookworm's `prosody`).
    Prosody,
    /// ejabberd 23.01 (Debian bookworm's `ejabberd`).
    Ejabberd,
    /// Prosody 13 (Debian trixie's, in a root of its own) with SASL2,
    /// Bind2, inline stream management and FAST.
    Prosody13,
}

/// Where servers legitimately differ; tests ask here instead of testing
/// the server's name.
#[derive(Debug)]
pub struct Quirks {
    /// The name in its jabber:iq:version answer.
    pub software: &'static str,
    /// How its version string starts.
    pub version_prefix: &'static str,
    /// The `muc create --set` fields, besides the secret itself, that make
    /// a password-protected room. Prosody's owner form has no
    /// `muc#roomconfig_passwordprotectedroom`: a secret alone protects.
    pub password_room_fields: &'static [&'static str],
    /// The fields, besides `muc#roomconfig_moderatedroom`, that make new
    /// occupants of a moderated room visitors. ejabberd gives them voice
    /// unless `members_by_default` is off; Prosody's form has no such field.
    pub moderated_room_fields: &'static [&'static str],
    /// Whether the ban list (`muc bans`) carries the ban's reason.
    pub keeps_ban_reasons: bool,
    /// Whether a room's name in the service's disco#items carries its
    /// occupant count, as ejabberd's "Name (N)".
    pub counts_occupants_in_room_list: bool,
    /// Whether it answers a client's stanzas (a ping, a bounce) before
    /// it acks them. ejabberd acks first and answers from its mailbox,
    /// which it drops once it has read the client's `</stream:stream>`:
    /// there xmppctl never closes in the flight of its `<r/>`.
    pub answers_before_acking: bool,
}

impl Quirks {
    /// How a room named `name` with `occupants` in it appears in `muc list`.
    pub fn listed_room_name(&self, name: &str, occupants: usize) -> String {
        if self.counts_occupants_in_room_list {
            format!("{name} ({occupants})")
        } else {
            name.to_owned()
        }
    }
}

impl ServerKind {
    /// The instance every test of this binary shares, started on first use.
    /// It is killed and its folder removed when the binary exits.
    pub fn shared(self) -> &'static dyn TestServer {
        static PROSODY: OnceLock<Prosody> = OnceLock::new();
        static EJABBERD: OnceLock<Ejabberd> = OnceLock::new();
        static PROSODY13: OnceLock<Prosody> = OnceLock::new();
        match self {
            ServerKind::Prosody => PROSODY.get_or_init(|| {
                let server = Prosody::start();
                clean_up_at_exit(server.pid(), server.dir());
                server
            }),
            ServerKind::Ejabberd => EJABBERD.get_or_init(|| {
                let server = Ejabberd::start();
                clean_up_at_exit(server.pid(), server.dir());
                server
            }),
            ServerKind::Prosody13 => PROSODY13.get_or_init(|| {
                let server = Prosody::start13();
                clean_up_at_exit(server.pid(), server.dir());
                server
            }),
        }
    }

    pub fn quirks(self) -> &'static Quirks {
        match self {
            ServerKind::Prosody => &Quirks {
                software: "Prosody",
                version_prefix: "0.12",
                password_room_fields: &[],
                moderated_room_fields: &[],
                keeps_ban_reasons: false,
                counts_occupants_in_room_list: false,
                answers_before_acking: true,
            },
            ServerKind::Prosody13 => &Quirks {
                software: "Prosody",
                version_prefix: "13",
                password_room_fields: &[],
                moderated_room_fields: &[],
                // Prosody 13 keeps them; 0.12 did not.
                keeps_ban_reasons: true,
                counts_occupants_in_room_list: false,
                answers_before_acking: true,
            },
            ServerKind::Ejabberd => &Quirks {
                software: "ejabberd",
                version_prefix: "23.01",
                password_room_fields: &["muc#roomconfig_passwordprotectedroom=1"],
                moderated_room_fields: &["members_by_default=0"],
                keeps_ban_reasons: true,
                counts_occupants_in_room_list: true,
                answers_before_acking: false,
            },
        }
    }
}

/// One test per server for each case fn `fn case(&'static dyn TestServer)`.
#[macro_export]
macro_rules! server_matrix {
    ($($case:ident),+ $(,)?) => {$(
        mod $case {
            #[test]
            fn prosody() {
                super::$case($crate::common::ServerKind::Prosody.shared());
            }
            #[test]
            fn ejabberd() {
                super::$case($crate::common::ServerKind::Ejabberd.shared());
            }
            #[test]
            fn prosody13() {
                super::$case($crate::common::ServerKind::Prosody13.shared());
            }
        }
    )+};
}

/// A running server as the tests see it. Users are the names a test uses
/// ("alice"); `account` maps them to the names on the server, which differ
/// when a test has its own accounts on a shared server (`Accounts`).
pub trait TestServer: Send + Sync {
    fn kind(&self) -> ServerKind;
    fn endpoint(&self) -> &Endpoint;
    /// Creates `account` (a server-side name); works while the server runs.
    fn register_account(&self, account: &str, password: &str);
    /// The last lines of the server's log (and anything it printed).
    fn log_tail(&self) -> String;

    /// The server-side account name of `user`.
    fn account(&self, user: &str) -> String {
        user.to_owned()
    }

    fn quirks(&self) -> &'static Quirks {
        self.kind().quirks()
    }
    fn domain(&self) -> &'static str {
        self.endpoint().domain
    }
    fn muc_service(&self) -> &'static str {
        self.endpoint().muc_service
    }
    /// The PEM file of the CA that signed the server certificate.
    fn ca_file(&self) -> &Path {
        &self.endpoint().ca_file
    }
    fn starttls_port(&self) -> u16 {
        self.endpoint().starttls_port
    }
    fn direct_tls_port(&self) -> u16 {
        self.endpoint().direct_tls_port
    }
    /// The bare JID of `user`, e.g. "alice@xmppctl.test".
    fn jid(&self, user: &str) -> String {
        self.endpoint().jid(&self.account(user))
    }
    /// The bare JID of a room named after `name`, as unique as the accounts.
    fn room(&self, name: &str) -> String {
        format!("{}@{}", self.account(name), self.muc_service())
    }
    fn password(&self, user: &str) -> String {
        self.endpoint().password(&self.account(user))
    }
    fn register(&self, user: &str, password: &str) {
        self.register_account(&self.account(user), password);
    }
    /// `xmppctl` logged in as `user` over STARTTLS; see `Endpoint::cmd_as`.
    fn cmd_as(&self, user: &str) -> assert_cmd::Command {
        self.endpoint().cmd_as(&self.account(user))
    }
    fn cmd_as_direct_tls(&self, user: &str) -> assert_cmd::Command {
        self.endpoint().cmd_as_direct_tls(&self.account(user))
    }
    fn spawnable_as(&self, user: &str) -> Command {
        self.endpoint().spawnable_as(&self.account(user))
    }
}

impl dyn TestServer {
    /// Accounts of this test's own on this server: `users` get registered
    /// under unique names, so tests sharing the server never see each
    /// other's rosters, messages or rooms.
    pub fn fresh_accounts(&'static self, users: &[&str]) -> Accounts {
        static TESTS: AtomicUsize = AtomicUsize::new(0);
        let accounts = Accounts {
            server: self,
            suffix: TESTS.fetch_add(1, Ordering::Relaxed),
        };
        for user in users {
            accounts.register(user, &default_password(user));
        }
        accounts
    }
}

/// One test's view of a shared server: its users "alice", "bob" ... are
/// accounts "alice-N", "bob-N" there, and its rooms "lobby-N".
pub struct Accounts {
    server: &'static dyn TestServer,
    suffix: usize,
}

impl TestServer for Accounts {
    fn kind(&self) -> ServerKind {
        self.server.kind()
    }
    fn endpoint(&self) -> &Endpoint {
        self.server.endpoint()
    }
    fn register_account(&self, account: &str, password: &str) {
        self.server.register_account(account, password);
    }
    fn log_tail(&self) -> String {
        self.server.log_tail()
    }
    fn account(&self, user: &str) -> String {
        format!("{user}-{}", self.suffix)
    }
}

impl Drop for Accounts {
    fn drop(&mut self) {
        // The shared server outlives the test: show its log now.
        if thread::panicking() {
            eprintln!(
                "--- {:?} log tail (accounts *-{}) ---\n{}",
                self.kind(),
                self.suffix,
                self.log_tail()
            );
        }
    }
}

/// The password a fresh account of this name gets.
fn default_password(user: &str) -> String {
    USERS
        .iter()
        .find(|(name, _)| *name == user)
        .map_or_else(|| format!("{user}-Secret"), |(_, pw)| pw.to_string())
}

/// A shared server lives in a `static`, which is never dropped: kill it and
/// remove its folder when the binary exits.
fn clean_up_at_exit(pid: u32, dir: &Path) {
    let dir = dir.to_path_buf();
    process::at_exit(Box::new(move || {
        // SAFETY: plain syscalls on our own child.
        unsafe {
            libc::kill(pid as libc::pid_t, libc::SIGKILL);
            libc::waitpid(pid as libc::pid_t, std::ptr::null_mut(), 0);
        }
        let _ = std::fs::remove_dir_all(&dir);
    }));
}

/// The messages `user` receives (stored offline or live) with `listen`
/// and `args` (a count, a room), as JSON records: how tests check delivery.
pub fn receive(server: &dyn TestServer, user: &str, args: &[&str]) -> Vec<serde_json::Value> {
    let output = server
        .cmd_as(user)
        .args(["listen", "--json", "--seconds", "15"])
        .args(args)
        .output()
        .expect("run listen");
    super::assert_success(&output);
    super::json_lines(&output)
}
