//! Integration-test harness shared by every test binary (`mod common;`):
//! real servers, scripted fake servers, test certificates and a hermetic
//! `xmppctl` command builder.
//!
//! A case that depends on the server runs on every server of the matrix,
//! each started once per test binary, with accounts of its own:
//!
//! ```ignore
//! server_matrix!(roster_round_trip);
//!
//! fn roster_round_trip(server: &'static dyn TestServer) {
//!     let server = server.fresh_accounts(&["alice", "bob"]); // alice-N, bob-N
//!     run(&server, "alice", &["roster", "add", &server.jid("bob")]);
//!     let room = server.room("lobby"); // lobby-N@conference.xmppctl.test
//!     // server.quirks() says where the servers legitimately differ.
//! }
//! ```
//!
//! A test that needs a server of its own (certificate faults, modules off,
//! a server to stop) starts a private one: `Prosody::start_with(..)`,
//! `Ejabberd::start()`. `run`, `Background::start` and the command builders
//! take any `TestServer`: a private server or a test's `Accounts`.
#![allow(dead_code)]
// Not every binary uses every re-export.
#![allow(unused_imports)]

pub mod background;
pub mod certs;
pub mod delay;
pub mod dns;
pub mod ejabberd;
pub mod endpoint;
pub mod fake;
pub mod line_sender;
pub mod outputs;
pub mod ports;
pub mod process;
pub mod prosody;
pub mod prosody13;
pub mod relay;
pub mod sasl_probe;
pub mod scripted;
pub mod servers;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

pub use background::Background;
pub use certs::CertSpec;
pub use delay::DelayRelay;
pub use dns::{Dns, Record};
pub use ejabberd::Ejabberd;
pub use fake::FakeServer;
pub use line_sender::LineSender;
pub use outputs::{assert_failure, assert_success, json, json_lines, round_trips, run, text};
pub use ports::refused_port;
pub use prosody::{Prosody, ProsodyOptions};
pub use prosody13::Release;
pub use relay::Relay;
pub use sasl_probe::SaslProbe;
pub use scripted::{Auth, Options, ScriptedServer, Stage, Step};
pub use servers::{Accounts, DOMAIN, MUC_SERVICE, ServerKind, TestServer, USERS, receive};

/// A safety net, not a test deadline: a hung `xmppctl` fails its test
/// instead of stalling the whole run. Override with `.timeout(..)`.
pub const COMMAND_TIMEOUT: Duration = Duration::from_secs(60);

/// `xmppctl` with a clean environment: only PATH survives, and HOME and the
/// XDG folders point into a fresh empty folder, so no user config and no
/// XMPPCTL_* variable leaks in. The folder is kept under cargo's
/// target/tmp (the returned Command cannot own it).
pub fn xmppctl() -> assert_cmd::Command {
    let home = tempfile::Builder::new()
        .prefix("home-")
        .tempdir_in(scratch_dir())
        .expect("create temp HOME")
        .keep();
    make_home(&home);
    xmppctl_with_home(&home)
}

/// Like `xmppctl()`, with HOME = `home` (which must exist), for tests that
/// put a config file at `home/.config/xmppctl/config.toml`.
pub fn xmppctl_with_home(home: &Path) -> assert_cmd::Command {
    // env! rather than Command::cargo_bin: resolved at compile time, so it
    // works whatever cargo's build-dir layout is.
    let mut cmd = assert_cmd::Command::new(binary());
    cmd.env_clear();
    if let Some(path) = std::env::var_os("PATH") {
        cmd.env("PATH", path);
    }
    cmd.timeout(COMMAND_TIMEOUT);
    in_home(cmd, home)
}

/// `cmd` with HOME = `home` and the XDG folders inside it, for runs that
/// must see what earlier runs kept there (tokens, caches).
pub fn in_home(mut cmd: assert_cmd::Command, home: &Path) -> assert_cmd::Command {
    cmd.envs(home_vars(home));
    cmd
}

/// HOME = `home` and the XDG folders inside it, as environment variables.
pub fn home_vars(home: &Path) -> [(&'static str, PathBuf); 5] {
    [
        ("HOME", home.to_path_buf()),
        ("XDG_CONFIG_HOME", home.join(".config")),
        ("XDG_CACHE_HOME", home.join(".cache")),
        ("XDG_DATA_HOME", home.join(".local/share")),
        ("XDG_STATE_HOME", home.join(".local/state")),
    ]
}

/// The binary under test. Cargo names it at compile time for integration
/// tests; the examples (`scripts/demo`, `scripts/bench`) get it from
/// `XMPPCTL_BIN`, else the debug build next to them.
pub fn binary() -> PathBuf {
    if let Some(path) = option_env!("CARGO_BIN_EXE_xmppctl") {
        return PathBuf::from(path);
    }
    if let Some(path) = std::env::var_os("XMPPCTL_BIN") {
        return PathBuf::from(path);
    }
    // An example runs as <target>/<profile>/examples/NAME, wherever
    // CARGO_TARGET_DIR puts <target>; the binary is two levels up.
    let exe = std::env::current_exe().expect("the running example's path");
    let profile_dir = exe.parent().and_then(Path::parent).expect("a target dir");
    profile_dir.join("xmppctl")
}

/// Where throwaway HOME folders go: cargo's per-target tmp for tests.
fn scratch_dir() -> PathBuf {
    option_env!("CARGO_TARGET_TMPDIR")
        .map(PathBuf::from)
        .unwrap_or_else(std::env::temp_dir)
}

/// Creates `home` with an empty `.config` inside.
pub fn make_home(home: &Path) {
    fs::create_dir_all(home.join(".config")).expect("create HOME/.config");
}

/// Run `cmd` to its end: its exit code and its peak resident memory in
/// KiB, from wait4's rusage of exactly that process (for the benchmarks).
#[allow(
    clippy::zombie_processes,
    reason = "reaped by wait4 below, which also reports its rusage"
)]
pub fn run_measured(mut cmd: std::process::Command) -> (Option<i32>, i64) {
    let child = cmd
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("run xmppctl");
    let mut status = 0;
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: wait4 on our own child's pid fills `status` and `usage`.
    let usage = unsafe {
        libc::wait4(
            child.id() as libc::pid_t,
            &mut status,
            0,
            usage.as_mut_ptr(),
        );
        usage.assume_init()
    };
    let code = libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status));
    (code, usage.ru_maxrss)
}
