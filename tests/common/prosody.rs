//! A private Prosody instance: its own temp folder, ports, CA, certificates
//! and accounts, killed on drop. Tests that need no special server share
//! one per binary (`ServerKind::Prosody.shared()`).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use tempfile::TempDir;

use super::certs::{self, CertSpec, TestCa};
use super::endpoint::Endpoint;
use super::ports::free_ports;
use super::process::{self, Readiness, StartFailure};
use super::prosody13::Release;
use super::servers::{ServerKind, TestServer};
// Where these lived before the matrix; files written against that still
// import them from here.
pub use super::servers::{DOMAIN, MUC_SERVICE, USERS};

/// The HTTP File Upload component of [`ProsodyOptions::upload`].
pub const UPLOAD_SERVICE: &str = "upload.xmppctl.test";
/// Its size limit unless `upload_config` sets another.
pub const UPLOAD_LIMIT: u64 = 10 * 1024 * 1024;

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
const INSTALL_HINT: &str = "prosody is not installed: run scripts/ensure-deps";

/// Variations on the default server, for tests that need a different one.
#[derive(Clone, Debug, Default)]
pub struct ProsodyOptions {
    /// Names from `DEFAULT_MODULES` to leave out (e.g. "carbons", "smacks").
    pub without_modules: Vec<String>,
    /// Extra Lua lines for the global section, e.g. `smacks_hibernation_time = 5`.
    pub extra_global_config: Vec<String>,
    /// The server certificate; default is valid for the domain and MUC host.
    pub cert: CertSpec,
    /// Which Prosody runs (0.12 by default; 13 for SASL2, Bind2 and FAST).
    pub release: Release,
    /// Modules loaded on the VirtualHost besides the defaults (e.g.
    /// "admin_adhoc", "announce", "pep", "bookmarks").
    pub extra_modules: Vec<String>,
    /// Users (local parts) listed in `admins`, for XEP-0133.
    pub admins: Vec<String>,
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
    release: Release,
    dir: TempDir,
    child: Child,
    config: PathBuf,
    endpoint: Endpoint,
    /// With [`ProsodyOptions::upload`].
    https_port: Option<u16>,
}

// Tests share one server between a listening thread and a sending thread.
const _: fn() = || {
    fn send_sync<T: Send + Sync>() {}
    send_sync::<Prosody>();
};

impl Prosody {
    /// Starts a private instance with the default options and accounts
    /// (`USERS`). Tests that need no special server use
    /// `ServerKind::Prosody.shared()` with `fresh_accounts` instead.
    pub fn start() -> Self {
        Self::start_with(ProsodyOptions::default())
    }

    pub fn start_with(opts: ProsodyOptions) -> Self {
        // In the system temp dir, not target/: the admin socket path must fit
        // in sun_path (108 bytes).
        let dir = tempfile::Builder::new()
            .prefix("xmppctl-prosody-")
            .tempdir_in(opts.release.folder_parent())
            .expect("create Prosody temp dir");
        let ca_file = install_certificates(dir.path(), &opts.cert, opts.upload);
        let config = dir.path().join("prosody.cfg.lua");
        for attempt in 1..=START_ATTEMPTS {
            let [starttls_port, direct_tls_port, https_port] = free_ports::<3>();
            let ports = [starttls_port, direct_tls_port];
            let https_port = opts.upload.then_some(https_port);
            let lua = config_lua(dir.path(), ports, https_port, &opts);
            fs::write(&config, lua).expect("write Prosody config");
            if attempt == 1 {
                register_default_users(opts.release, &config);
            }
            let mut child = spawn_prosody(opts.release, dir.path(), &config);
            match wait_until_ready(&mut child, dir.path(), ports, https_port) {
                Ok(()) => {
                    let homes = dir.path().to_path_buf();
                    let endpoint = Endpoint::new(DOMAIN, MUC_SERVICE, ca_file, ports, homes);
                    for (user, password) in USERS {
                        endpoint.remember(user, password);
                    }
                    return Prosody {
                        release: opts.release,
                        dir,
                        child,
                        config,
                        endpoint,
                        https_port,
                    };
                }
                Err(StartFailure::PortInUse) if attempt < START_ATTEMPTS => {
                    process::stop(&mut child)
                }
                Err(failure) => {
                    process::stop(&mut child);
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
        process::stop(&mut self.child);
    }

    /// Start the server again after [`Prosody::halt`]: same ports, config
    /// and data.
    pub fn start_again(&mut self) {
        self.child = spawn_prosody(self.release, self.dir.path(), &self.config);
        let ports = [self.endpoint.starttls_port, self.endpoint.direct_tls_port];
        let https = self.https_port;
        if let Err(failure) = wait_until_ready(&mut self.child, self.dir.path(), ports, https) {
            panic!(
                "Prosody did not start again ({}); log tail:\n{}",
                failure.describe(),
                read_log_tail(self.dir.path())
            );
        }
    }

    /// Stop gracefully and start again with other options (same release,
    /// ports, certificates, accounts and data): the server's features
    /// change between two runs of a client.
    pub fn restart_with(&mut self, opts: ProsodyOptions) {
        assert_eq!(opts.release, self.release, "the same release");
        self.halt(true);
        let ports = [self.endpoint.starttls_port, self.endpoint.direct_tls_port];
        let lua = config_lua(self.dir.path(), ports, self.https_port, &opts);
        fs::write(&self.config, lua).expect("write Prosody config");
        self.start_again();
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

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    // The `TestServer` methods again, inherent so that the many tests that
    // call them on a private `Prosody` need no trait import.
    pub fn domain(&self) -> &'static str {
        TestServer::domain(self)
    }
    pub fn muc_service(&self) -> &'static str {
        TestServer::muc_service(self)
    }
    pub fn ca_file(&self) -> &Path {
        TestServer::ca_file(self)
    }
    pub fn starttls_port(&self) -> u16 {
        TestServer::starttls_port(self)
    }
    pub fn direct_tls_port(&self) -> u16 {
        TestServer::direct_tls_port(self)
    }
    pub fn jid(&self, user: &str) -> String {
        TestServer::jid(self, user)
    }
    pub fn password(&self, user: &str) -> String {
        TestServer::password(self, user)
    }
    pub fn register(&self, user: &str, password: &str) {
        TestServer::register(self, user, password)
    }
    /// Note the password of an account made or changed by other means
    /// (`xmppctl admin add-user`), so `cmd_as` can log in as it.
    pub fn remember_password(&self, user: &str, password: &str) {
        self.endpoint.remember(user, password);
    }
    pub fn log_tail(&self) -> String {
        TestServer::log_tail(self)
    }
    pub fn cmd_as(&self, user: &str) -> assert_cmd::Command {
        TestServer::cmd_as(self, user)
    }
    pub fn cmd_as_direct_tls(&self, user: &str) -> assert_cmd::Command {
        TestServer::cmd_as_direct_tls(self, user)
    }
    pub fn spawnable_as(&self, user: &str) -> Command {
        TestServer::spawnable_as(self, user)
    }
}

impl TestServer for Prosody {
    fn kind(&self) -> ServerKind {
        match self.release {
            Release::V13 => ServerKind::Prosody13,
            Release::V0_12 => ServerKind::Prosody,
        }
    }

    fn endpoint(&self) -> &Endpoint {
        &self.endpoint
    }

    /// prosodyctl writes the account into the data folder, which the
    /// running server reads at login.
    fn register_account(&self, account: &str, password: &str) {
        let register = prosodyctl(self.release, &self.config, account, password);
        let child = process::spawn(register, INSTALL_HINT);
        check_registered(
            account,
            child.wait_with_output().expect("wait for prosodyctl"),
        );
        self.endpoint.remember(account, password);
    }

    fn log_tail(&self) -> String {
        read_log_tail(self.dir.path())
    }
}

impl Drop for Prosody {
    fn drop(&mut self) {
        process::stop(&mut self.child);
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
    let server = ca.issue_server_for(&CertSpec {
        names,
        ..spec.clone()
    });
    certs::install_for_hosts(&dir.join("certs"), &hosts, &server);
    // Outside certs/: Prosody indexes every .crt there.
    ca.write_pem(&dir.join("ca.crt"))
}

fn config_lua(
    dir: &Path,
    ports: [u16; 2],
    https_port: Option<u16>,
    opts: &ProsodyOptions,
) -> String {
    let [starttls_port, direct_tls_port] = ports;
    let path = |name: &str| lua_string(&opts.release.inside(&dir.join(name)).to_string_lossy());
    let modules = DEFAULT_MODULES
        .iter()
        .chain(opts.release.extra_modules())
        .filter(|m| !opts.without_modules.iter().any(|w| w == *m))
        .copied()
        .chain(opts.extra_modules.iter().map(String::as_str))
        .map(lua_string)
        .collect::<Vec<_>>()
        .join(", ");
    let extra = opts.extra_global_config.join("\n");
    let (https_global, upload_component) = match https_port {
        Some(port) => upload_lua(dir, opts, port),
        None => ("https_ports = { }".to_owned(), String::new()),
    };
    let admins = opts
        .admins
        .iter()
        .map(|user| lua_string(&format!("{user}@{DOMAIN}")))
        .collect::<Vec<_>>()
        .join(", ");
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
admins = {{ {admins} }}
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
fn upload_lua(dir: &Path, opts: &ProsodyOptions, port: u16) -> (String, String) {
    let path = |name: &str| lua_string(&opts.release.inside(&dir.join(name)).to_string_lossy());
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
        extra = opts.upload_config.join("\n    "),
    );
    (global, component)
}

/// A Lua string literal (paths and module names are plain, but be safe).
fn lua_string(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Registers the default users concurrently (each prosodyctl run is ~60 ms
/// of Lua start-up).
fn register_default_users(release: Release, config: &Path) {
    let children: Vec<_> = USERS
        .iter()
        .map(|(user, password)| {
            let register = prosodyctl(release, config, user, password);
            (*user, process::spawn(register, INSTALL_HINT))
        })
        .collect();
    for (user, child) in children {
        check_registered(user, child.wait_with_output().expect("wait for prosodyctl"));
    }
}

fn prosodyctl(release: Release, config: &Path, user: &str, password: &str) -> Command {
    let mut cmd = release.command("prosodyctl");
    cmd.arg("--config")
        .arg(release.inside(config))
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

/// `-F` keeps Prosody in the foreground as our child, so Drop can kill it.
fn spawn_prosody(release: Release, dir: &Path, config: &Path) -> Child {
    // A previous attempt's log would still say "port in use".
    let _ = fs::remove_file(dir.join("prosody.log"));
    let (out, err) = process::output_file(&dir.join("stdout.log"));
    let mut cmd = release.command("prosody");
    cmd.arg("--config")
        .arg(release.inside(config))
        .arg("-F")
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(out)
        .stderr(err);
    process::spawn(cmd, INSTALL_HINT)
}

/// Ready means: Prosody logged that both c2s services listen on our ports,
/// and both accept TCP. If another process took a port, Prosody logs an
/// error and keeps running without it.
fn wait_until_ready(
    child: &mut Child,
    dir: &Path,
    ports: [u16; 2],
    https: Option<u16>,
) -> Result<(), StartFailure> {
    let [starttls, direct] = ports;
    let mut ready = vec![
        format!("Activated service 'c2s' on [127.0.0.1]:{starttls}"),
        format!("Activated service 'c2s_direct_tls' on [127.0.0.1]:{direct}"),
    ];
    ready.extend(https.map(|port| format!("Activated service 'https' on [127.0.0.1]:{port}")));
    let ports: Vec<u16> = ports.into_iter().chain(https).collect();
    let readiness = Readiness {
        log: &dir.join("prosody.log"),
        ready: &ready,
        ports: &ports,
        port_in_use: &["Failed to open server port"],
        fatal: &[],
        deadline: START_DEADLINE,
    };
    process::wait_until_ready(child, &readiness)
}

fn read_log_tail(dir: &Path) -> String {
    process::log_tail(&dir.join("prosody.log"), &dir.join("stdout.log"))
}
