//! A private Prosody instance per test: its own temp folder, ports, CA,
//! certificates and accounts, killed on drop.

use std::collections::BTreeMap;
use std::fs;
use std::io::ErrorKind;
use std::net::{Ipv4Addr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Output, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use tempfile::TempDir;

use super::certs::{self, CertSpec, TestCa};
use super::ports::free_ports;

pub const DOMAIN: &str = "xmppctl.test";
pub const MUC_SERVICE: &str = "conference.xmppctl.test";
/// The HTTP File Upload component of [`ProsodyOptions::upload`].
pub const UPLOAD_SERVICE: &str = "upload.xmppctl.test";
/// Its size limit unless `upload_config` sets another.
pub const UPLOAD_LIMIT: u64 = 10 * 1024 * 1024;

/// The accounts every instance has. bob's password has spaces, quotes, XML
/// specials and non-ASCII, so any escaping bug on the way to SASL shows.
pub const USERS: [(&str, &str); 3] = [
    ("alice", "alice-Secret-1"),
    ("bob", "p@ss w0rd!\"§<&'>"),
    ("carol", "carol-Secret-3"),
];

/// Modules loaded on the VirtualHost unless `ProsodyOptions::without_modules`
/// drops some. mod_posix is loaded implicitly; with `-F` it does not
/// daemonize and only handles signals, so it needs no special treatment.
pub const DEFAULT_MODULES: [&str; 11] = [
    "roster", "saslauth", "tls", "disco", "ping", "version", "presence", "offline", "carbons",
    "mam", "smacks",
];

/// Prosody opens its ports in well under a second; 15 s only matters on a
/// machine busy compiling.
const START_DEADLINE: Duration = Duration::from_secs(15);
/// Attempts with fresh ports when another process took one meanwhile.
const START_ATTEMPTS: usize = 3;
const LOG_TAIL_LINES: usize = 60;
const INSTALL_HINT: &str = "prosody is not installed: run `apt-get install -y prosody`";

/// Variations on the default server, for tests that need a different one.
#[derive(Clone, Debug, Default)]
pub struct ProsodyOptions {
    /// Names from `DEFAULT_MODULES` to leave out (e.g. "carbons", "smacks").
    pub without_modules: Vec<String>,
    /// Extra Lua lines for the global section, e.g. `smacks_hibernation_time = 5`.
    pub extra_global_config: Vec<String>,
    /// The server certificate; default is valid for the domain and MUC host.
    pub cert: CertSpec,
    /// Serve XEP-0363 on [`UPLOAD_SERVICE`] (mod_http_file_share, limit
    /// [`UPLOAD_LIMIT`]) over HTTPS on `localhost:`[`Prosody::https_port`],
    /// with the certificate valid for `localhost` too. Off by default: the
    /// HTTP server costs start-up time.
    pub upload: bool,
    /// Extra Lua lines for the upload component, e.g.
    /// `http_file_share_access = { "bob@xmppctl.test" }`.
    pub upload_config: Vec<String>,
}

pub struct Prosody {
    dir: TempDir,
    child: Child,
    config: PathBuf,
    ca_file: PathBuf,
    starttls_port: u16,
    direct_tls_port: u16,
    /// With [`ProsodyOptions::upload`].
    https_port: Option<u16>,
    passwords: Mutex<BTreeMap<String, String>>,
    homes_made: AtomicUsize,
}

// Tests share one server between a listening thread and a sending thread.
const _: fn() = || {
    fn send_sync<T: Send + Sync>() {}
    send_sync::<Prosody>();
};

/// Why one start attempt failed.
enum StartFailure {
    PortInUse,
    Exited(ExitStatus),
    TimedOut,
}

impl Prosody {
    /// Starts a private instance with the default options.
    pub fn start() -> Self {
        Self::start_with(ProsodyOptions::default())
    }

    pub fn start_with(opts: ProsodyOptions) -> Self {
        // In the system temp dir, not target/: the admin socket path must fit
        // in sun_path (108 bytes).
        let dir = tempfile::Builder::new()
            .prefix("xmppctl-prosody-")
            .tempdir()
            .expect("create Prosody temp dir");
        let ca_file = install_certificates(dir.path(), &opts.cert, opts.upload);
        let config = dir.path().join("prosody.cfg.lua");
        for attempt in 1..=START_ATTEMPTS {
            let [starttls_port, direct_tls_port, https_port] = free_ports::<3>();
            let https_port = opts.upload.then_some(https_port);
            let lua = config_lua(
                dir.path(),
                starttls_port,
                direct_tls_port,
                https_port,
                &opts,
            );
            fs::write(&config, lua).expect("write Prosody config");
            if attempt == 1 {
                register_default_users(&config);
            }
            let mut child = spawn_prosody(dir.path(), &config);
            let ports = [starttls_port, direct_tls_port];
            match wait_until_ready(&mut child, dir.path(), ports, https_port) {
                Ok(()) => {
                    return Prosody {
                        dir,
                        child,
                        config,
                        ca_file,
                        starttls_port,
                        direct_tls_port,
                        https_port,
                        passwords: Mutex::new(default_passwords()),
                        homes_made: AtomicUsize::new(0),
                    };
                }
                Err(StartFailure::PortInUse) if attempt < START_ATTEMPTS => stop(&mut child),
                Err(failure) => {
                    stop(&mut child);
                    panic!(
                        "Prosody did not start ({}); log tail:\n{}",
                        failure.describe(),
                        read_log_tail(dir.path())
                    );
                }
            }
        }
        unreachable!("the last attempt either returns or panics")
    }

    pub fn domain(&self) -> &'static str {
        DOMAIN
    }

    /// Stop the server: `graceful` is SIGTERM (Prosody ends every stream
    /// with system-shutdown and keeps its data), else SIGKILL (a crash).
    pub fn halt(&mut self, graceful: bool) {
        if graceful {
            // SAFETY: signalling our own child.
            unsafe { libc::kill(self.child.id() as libc::pid_t, libc::SIGTERM) };
            let deadline = Instant::now() + Duration::from_secs(10);
            while self.child.try_wait().expect("poll Prosody").is_none() {
                if Instant::now() > deadline {
                    break;
                }
                thread::sleep(Duration::from_millis(20));
            }
        }
        stop(&mut self.child);
    }

    /// Start the server again after [`Prosody::halt`]: same ports, config
    /// and data.
    pub fn start_again(&mut self) {
        self.child = spawn_prosody(self.dir.path(), &self.config);
        let ports = [self.starttls_port, self.direct_tls_port];
        let https = self.https_port;
        if let Err(failure) = wait_until_ready(&mut self.child, self.dir.path(), ports, https) {
            panic!(
                "Prosody did not start again ({}); log tail:\n{}",
                failure.describe(),
                read_log_tail(self.dir.path())
            );
        }
    }

    pub fn muc_service(&self) -> &'static str {
        MUC_SERVICE
    }

    /// The PEM file of the CA that signed the server certificate.
    pub fn ca_file(&self) -> &Path {
        &self.ca_file
    }

    pub fn starttls_port(&self) -> u16 {
        self.starttls_port
    }

    pub fn direct_tls_port(&self) -> u16 {
        self.direct_tls_port
    }

    /// The HTTPS port of the upload service; panics without
    /// [`ProsodyOptions::upload`].
    pub fn https_port(&self) -> u16 {
        self.https_port
            .expect("started with ProsodyOptions::upload")
    }

    /// The instance's folder (config, data, certs, logs).
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    pub fn config_file(&self) -> &Path {
        &self.config
    }

    /// The bare JID of `user`, e.g. "alice@xmppctl.test".
    pub fn jid(&self, user: &str) -> String {
        format!("{user}@{DOMAIN}")
    }

    /// The password of a default or `register`ed account; panics for others.
    pub fn password(&self, user: &str) -> String {
        let passwords = self.passwords.lock().unwrap_or_else(|e| e.into_inner());
        match passwords.get(user) {
            Some(password) => password.clone(),
            None => panic!(
                "no account {user:?}; known: {:?}",
                passwords.keys().collect::<Vec<_>>()
            ),
        }
    }

    /// Creates another account; works while the server runs.
    pub fn register(&self, user: &str, password: &str) {
        prosodyctl_register(&self.config, user, password);
        self.passwords
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(user.to_owned(), password.to_owned());
    }

    /// The last lines of Prosody's debug log (and anything it printed).
    pub fn log_tail(&self) -> String {
        read_log_tail(self.dir.path())
    }

    /// `xmppctl` logged in as `user` over STARTTLS to this instance:
    /// `--jid --server --ca-file --timeout 20` and `XMPPCTL_PASSWORD` are set;
    /// append the subcommand and its arguments.
    pub fn cmd_as(&self, user: &str) -> assert_cmd::Command {
        self.cmd_to_port(user, self.starttls_port)
    }

    /// Like `cmd_as`, as a plain `std::process::Command` for a child that
    /// runs alongside the test (spawned, piped, signalled).
    pub fn spawnable_as(&self, user: &str) -> std::process::Command {
        let mut cmd = Command::new(super::binary());
        cmd.env_clear()
            .env("HOME", self.fresh_home())
            .env("XMPPCTL_PASSWORD", self.password(user))
            .arg("--jid")
            .arg(self.jid(user))
            .arg("--server")
            .arg(format!("127.0.0.1:{}", self.starttls_port))
            .arg("--ca-file")
            .arg(&self.ca_file);
        cmd
    }

    /// Like `cmd_as`, but to the direct-TLS port with `--tls direct`.
    pub fn cmd_as_direct_tls(&self, user: &str) -> assert_cmd::Command {
        let mut cmd = self.cmd_to_port(user, self.direct_tls_port);
        cmd.args(["--tls", "direct"]);
        cmd
    }

    fn cmd_to_port(&self, user: &str, port: u16) -> assert_cmd::Command {
        let mut cmd = super::xmppctl_with_home(&self.fresh_home());
        cmd.arg("--jid")
            .arg(self.jid(user))
            .arg("--server")
            .arg(format!("127.0.0.1:{port}"))
            .arg("--ca-file")
            .arg(&self.ca_file)
            .args(["--timeout", "20"])
            .env("XMPPCTL_PASSWORD", self.password(user));
        cmd
    }

    /// An empty HOME inside the instance folder, removed with it.
    fn fresh_home(&self) -> PathBuf {
        let n = self.homes_made.fetch_add(1, Ordering::Relaxed);
        let home = self.dir.path().join(format!("home-{n}"));
        super::make_home(&home);
        home
    }
}

impl Drop for Prosody {
    fn drop(&mut self) {
        stop(&mut self.child);
        // A failing test's output then shows what the server saw.
        if thread::panicking() {
            eprintln!(
                "--- Prosody log tail ({}) ---\n{}",
                self.dir.path().display(),
                self.log_tail()
            );
        }
    }
}

impl StartFailure {
    fn describe(&self) -> String {
        match self {
            StartFailure::PortInUse => "its ports kept being taken by others".into(),
            StartFailure::Exited(status) => format!("it exited with {status}"),
            StartFailure::TimedOut => format!("its ports were not up within {START_DEADLINE:?}"),
        }
    }
}

/// Generates the CA and the server certificate, installs the certificate for
/// both hosts (and `localhost`, the upload service's HTTPS host) and
/// returns the CA file path.
fn install_certificates(dir: &Path, spec: &CertSpec, upload: bool) -> PathBuf {
    let ca = TestCa::new();
    let mut names = if spec.names.is_empty() {
        vec![DOMAIN.to_owned(), MUC_SERVICE.to_owned()]
    } else {
        spec.names.clone()
    };
    let mut hosts = vec![DOMAIN, MUC_SERVICE];
    if upload {
        names.push("localhost".to_owned());
        hosts.push("localhost");
    }
    let server = ca.issue_server(&names, spec.expired);
    certs::install_for_hosts(&dir.join("certs"), &hosts, &server);
    // Outside certs/: Prosody indexes every .crt there.
    ca.write_pem(&dir.join("ca.crt"))
}

fn config_lua(
    dir: &Path,
    starttls_port: u16,
    direct_tls_port: u16,
    https_port: Option<u16>,
    opts: &ProsodyOptions,
) -> String {
    let path = |name: &str| lua_string(&dir.join(name).to_string_lossy());
    let modules = DEFAULT_MODULES
        .iter()
        .filter(|m| !opts.without_modules.iter().any(|w| w == *m))
        .map(|m| lua_string(m))
        .collect::<Vec<_>>()
        .join(", ");
    let extra = opts.extra_global_config.join("\n");
    let (https_global, upload_component) = match https_port {
        Some(port) => upload_lua(dir, port, &opts.upload_config),
        None => ("https_ports = { }".to_owned(), String::new()),
    };
    format!(
        r#"-- Generated by tests/common/prosody.rs
run_as_root = true
pidfile = {pidfile}
data_path = {data}
certificates = {certs}
admin_socket = {admin}
log = {{ debug = {log} }}
interfaces = {{ "127.0.0.1" }}
c2s_ports = {{ {starttls_port} }}
c2s_direct_tls_ports = {{ {direct_tls_port} }}
s2s_ports = {{ }}
http_ports = {{ }}
{https_global}
component_ports = {{ }}
c2s_require_encryption = true
authentication = "internal_hashed"
modules_enabled = {{ {modules} }}
ssl = {{ certificate = {crt}; key = {key} }}
{extra}

VirtualHost "{DOMAIN}"

-- Any local user may create rooms; rooms are usable at once (no XEP-0045
-- locking until configured) and survive their last occupant, so one-shot
-- commands can create a room in one run and use it in the next.
Component "{MUC_SERVICE}" "muc"
    modules_enabled = {{ "muc_mam" }}
    restrict_room_creation = false
    muc_room_locking = false
    muc_room_default_persistent = true
    muc_room_default_public = true
{upload_component}"#,
        pidfile = path("prosody.pid"),
        data = path("data"),
        certs = path("certs"),
        admin = path("admin.sock"),
        log = path("prosody.log"),
        crt = path(&format!("certs/{DOMAIN}.crt")),
        key = path(&format!("certs/{DOMAIN}.key")),
    )
}

/// The global HTTPS lines and the upload component (measured on Prosody
/// 0.12: without `http_host = "localhost"` the HTTPS port answers the SNI
/// `localhost` with an `unrecognized name` alert).
fn upload_lua(dir: &Path, port: u16, extra: &[String]) -> (String, String) {
    let path = |name: &str| lua_string(&dir.join(name).to_string_lossy());
    let global = format!(
        r#"https_ports = {{ {port} }}
https_interfaces = {{ "127.0.0.1" }}
http_external_url = "https://localhost:{port}/"
https_ssl = {{ certificate = {crt}; key = {key} }}"#,
        crt = path("certs/localhost.crt"),
        key = path("certs/localhost.key"),
    );
    let component = format!(
        r#"
Component "{UPLOAD_SERVICE}" "http_file_share"
    http_host = "localhost"
    http_file_share_size_limit = {UPLOAD_LIMIT}
    {extra}
"#,
        extra = extra.join("\n    "),
    );
    (global, component)
}

/// A Lua string literal (paths and module names are plain, but be safe).
fn lua_string(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

fn default_passwords() -> BTreeMap<String, String> {
    USERS
        .iter()
        .map(|(u, p)| (u.to_string(), p.to_string()))
        .collect()
}

/// Registers the default users concurrently (each prosodyctl run is ~60 ms
/// of Lua start-up).
fn register_default_users(config: &Path) {
    let children: Vec<_> = USERS
        .iter()
        .map(|(user, password)| (*user, spawn_or_explain(prosodyctl(config, user, password))))
        .collect();
    for (user, child) in children {
        check_registered(user, child.wait_with_output().expect("wait for prosodyctl"));
    }
}

fn prosodyctl_register(config: &Path, user: &str, password: &str) {
    let child = spawn_or_explain(prosodyctl(config, user, password));
    check_registered(user, child.wait_with_output().expect("wait for prosodyctl"));
}

fn prosodyctl(config: &Path, user: &str, password: &str) -> Command {
    let mut cmd = Command::new("prosodyctl");
    cmd.arg("--config")
        .arg(config)
        .args(["register", user, DOMAIN, password])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd
}

fn check_registered(user: &str, out: Output) {
    assert!(
        out.status.success(),
        "prosodyctl register {user} failed ({}):\n{}{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn spawn_or_explain(mut cmd: Command) -> Child {
    match cmd.spawn() {
        Ok(child) => child,
        Err(e) if e.kind() == ErrorKind::NotFound => panic!("{INSTALL_HINT} ({e})"),
        Err(e) => panic!("cannot run {cmd:?}: {e}"),
    }
}

/// `-F` keeps Prosody in the foreground as our child, so Drop can kill it.
/// Its stdout/stderr go to a file, not a pipe: an orphan left by a killed
/// test run must not hold a pipe open that a CI runner waits on.
fn spawn_prosody(dir: &Path, config: &Path) -> Child {
    // A previous attempt's log would still say "port in use".
    let _ = fs::remove_file(dir.join("prosody.log"));
    let out = fs::File::create(dir.join("stdout.log")).expect("create stdout.log");
    let err = out.try_clone().expect("clone stdout.log handle");
    let mut cmd = Command::new("prosody");
    cmd.arg("--config")
        .arg(config)
        .arg("-F")
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(out)
        .stderr(err);
    spawn_or_explain(cmd)
}

/// Ready means: Prosody logged that both c2s services listen on our ports,
/// and both accept TCP. A TCP accept alone is not enough: if another process
/// took the port, Prosody logs an error, keeps running without it, and the
/// port accepts anyway.
fn wait_until_ready(
    child: &mut Child,
    dir: &Path,
    ports: [u16; 2],
    https: Option<u16>,
) -> Result<(), StartFailure> {
    let [starttls, direct] = ports;
    let mut wanted = vec![
        format!("Activated service 'c2s' on [127.0.0.1]:{starttls}"),
        format!("Activated service 'c2s_direct_tls' on [127.0.0.1]:{direct}"),
    ];
    wanted.extend(https.map(|port| format!("Activated service 'https' on [127.0.0.1]:{port}")));
    let ports: Vec<u16> = ports.into_iter().chain(https).collect();
    let deadline = Instant::now() + START_DEADLINE;
    loop {
        if let Some(status) = child.try_wait().expect("poll Prosody") {
            return Err(StartFailure::Exited(status));
        }
        let log = fs::read_to_string(dir.join("prosody.log")).unwrap_or_default();
        if log.contains("Failed to open server port") {
            return Err(StartFailure::PortInUse);
        }
        if wanted.iter().all(|line| log.contains(line)) && ports.iter().all(|p| accepts(*p)) {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(StartFailure::TimedOut);
        }
        thread::sleep(Duration::from_millis(20));
    }
}

fn accepts(port: u16) -> bool {
    TcpStream::connect((Ipv4Addr::LOCALHOST, port)).is_ok()
}

/// SIGKILL rather than SIGTERM: the data dir is thrown away, so a clean
/// shutdown buys nothing and would cost time on every test.
fn stop(child: &mut Child) {
    let _ = child.kill();
    let _ = child.wait();
}

fn read_log_tail(dir: &Path) -> String {
    let log = fs::read_to_string(dir.join("prosody.log")).unwrap_or_default();
    let lines: Vec<&str> = log.lines().collect();
    let tail = lines[lines.len().saturating_sub(LOG_TAIL_LINES)..].join("\n");
    let printed = fs::read_to_string(dir.join("stdout.log")).unwrap_or_default();
    if printed.trim().is_empty() {
        tail
    } else {
        format!("{tail}\n--- Prosody stdout/stderr ---\n{printed}")
    }
}
