//! A private ejabberd (Debian's 23.01): its own temp folder, ports, CA,
//! certificate and Mnesia spool, killed on drop.
//!
//! `ejabberdctl` insists on switching to the `ejabberd` user, so the Erlang
//! VM is run directly, with the environment ejabberdctl would give it.
//! Distribution listens on a fixed loopback port of its own
//! (`-erl_epmd_port`, no epmd), so no system epmd is started or touched;
//! accounts are created through mod_http_api on a loopback port, which
//! takes milliseconds where a second `erl` node would take a second.

use std::fs;
use std::io::{Read, Write};
use std::net::{Ipv4Addr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::Duration;

use tempfile::TempDir;

use super::certs::TestCa;
use super::endpoint::Endpoint;
use super::ports::free_ports;
use super::process::{self, Readiness, StartFailure};
use super::servers::{DOMAIN, MUC_SERVICE, ServerKind, TestServer};

/// About 1-2.5 s on an idle machine; the rest is for a machine compiling.
const START_DEADLINE: Duration = Duration::from_secs(30);
/// Attempts with fresh ports when another process took one meanwhile.
const START_ATTEMPTS: usize = 3;
const EJABBERDCTL: &str = "/usr/sbin/ejabberdctl";
const INSTALL_HINT: &str = "ejabberd is not installed: run scripts/ensure-deps";

pub struct Ejabberd {
    dir: TempDir,
    child: Child,
    endpoint: Endpoint,
    api_port: u16,
}

impl Ejabberd {
    pub fn start() -> Self {
        // ejabberd's node name and cookie do not care about path lengths;
        // the system temp dir keeps it next to the Prosody instances.
        let dir = tempfile::Builder::new()
            .prefix("xmppctl-ejabberd-")
            .tempdir()
            .expect("create ejabberd temp dir");
        let ca_file = install_certificate(dir.path());
        let erl_libs = erl_libs();
        for attempt in 1..=START_ATTEMPTS {
            let [starttls, direct_tls, api, dist] = free_ports::<4>();
            let config = dir.path().join("ejabberd.yml");
            fs::write(
                &config,
                config_yaml(dir.path(), [starttls, direct_tls, api]),
            )
            .expect("write ejabberd config");
            let mut child = spawn_ejabberd(dir.path(), &config, &erl_libs, dist);
            let ready = ["is started in the node".to_owned()];
            let readiness = Readiness {
                log: &dir.path().join("ejabberd.log"),
                ready: &ready,
                ports: &[starttls, direct_tls, api],
                port_in_use: &["eaddrinuse", "already in use"],
                fatal: &["Failed to start ejabberd application"],
                deadline: START_DEADLINE,
            };
            match process::wait_until_ready(&mut child, &readiness) {
                Ok(()) => {
                    let homes = dir.path().to_path_buf();
                    let endpoint =
                        Endpoint::new(DOMAIN, MUC_SERVICE, ca_file, [starttls, direct_tls], homes);
                    return Ejabberd {
                        dir,
                        child,
                        endpoint,
                        api_port: api,
                    };
                }
                Err(StartFailure::PortInUse) if attempt < START_ATTEMPTS => {
                    process::stop(&mut child);
                    // A fresh spool: Mnesia remembers the node it belonged to.
                    let _ = fs::remove_dir_all(dir.path().join("spool"));
                }
                Err(failure) => {
                    process::stop(&mut child);
                    panic!(
                        "ejabberd did not start ({}); log tail:\n{}",
                        failure.describe(),
                        read_log_tail(dir.path())
                    );
                }
            }
        }
        unreachable!("the last attempt either returns or panics")
    }

    /// The instance's folder (config, spool, certificate, logs).
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }
}

impl TestServer for Ejabberd {
    fn kind(&self) -> ServerKind {
        ServerKind::Ejabberd
    }

    fn endpoint(&self) -> &Endpoint {
        &self.endpoint
    }

    fn register_account(&self, account: &str, password: &str) {
        let body = serde_json::json!({ "user": account, "host": DOMAIN, "password": password });
        let (status, answer) = http_post(self.api_port, "/api/register", &body.to_string());
        assert_eq!(
            status,
            200,
            "ejabberd register {account} failed: {answer}\n{}",
            self.log_tail()
        );
        self.endpoint.remember(account, password);
    }

    fn log_tail(&self) -> String {
        read_log_tail(self.dir.path())
    }
}

impl Drop for Ejabberd {
    fn drop(&mut self) {
        process::stop(&mut self.child);
        if thread::panicking() {
            eprintln!(
                "--- ejabberd log tail ({}) ---\n{}",
                self.dir.path().display(),
                self.log_tail()
            );
        }
    }
}

/// One PEM file with the certificate (SANs for the domain and the MUC
/// host) and its key, as ejabberd's `certfiles` wants; returns the CA file.
fn install_certificate(dir: &Path) -> PathBuf {
    let ca = TestCa::new();
    let server = ca.issue_server(&[DOMAIN.to_owned(), MUC_SERVICE.to_owned()], false);
    fs::write(
        dir.join("server.pem"),
        format!("{}{}", server.cert_pem, server.key_pem),
    )
    .expect("write ejabberd certificate");
    ca.write_pem(&dir.join("ca.crt"))
}

/// Where the ejabberd Erlang applications are: ejabberdctl knows (the path
/// depends on the architecture), so read it from there.
fn erl_libs() -> String {
    let script = fs::read_to_string(EJABBERDCTL).unwrap_or_else(|e| panic!("{INSTALL_HINT} ({e})"));
    script
        .lines()
        .find_map(|line| line.strip_prefix("ERL_LIBS="))
        .map(|value| value.trim_matches(|c| c == '\'' || c == '"').to_owned())
        .unwrap_or_else(|| panic!("no ERL_LIBS= line in {EJABBERDCTL}"))
}

fn spawn_ejabberd(dir: &Path, config: &Path, erl_libs: &str, dist_port: u16) -> Child {
    let _ = fs::remove_file(dir.join("ejabberd.log"));
    let (out, err) = process::output_file(&dir.join("stdout.log"));
    let node = format!("xmppctl-test-{dist_port}");
    let mut cmd = Command::new("erl");
    cmd.args(["-sname", &node, "-noinput"])
        .args([
            "-start_epmd",
            "false",
            "-erl_epmd_port",
            &dist_port.to_string(),
        ])
        .args(["-kernel", "inet_dist_use_interface", "{127,0,0,1}"])
        .arg("-mnesia")
        .arg("dir")
        .arg(format!("\"{}\"", dir.join("spool").display()))
        // Logs go to EJABBERD_LOG_PATH only, not to stdout as well.
        .args(["-s", "ejabberd", "-ejabberd", "quiet", "true"])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        // The Erlang cookie is written to $HOME.
        .env("HOME", dir)
        .env("EJABBERD_CONFIG_PATH", config)
        .env("EJABBERD_LOG_PATH", dir.join("ejabberd.log"))
        .env("ERL_CRASH_DUMP", dir.join("erl_crash.dump"))
        .env("ERL_LIBS", erl_libs)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(out)
        .stderr(err);
    process::spawn(cmd, INSTALL_HINT)
}

fn config_yaml(dir: &Path, ports: [u16; 3]) -> String {
    let [starttls, direct_tls, api] = ports;
    let certfile = dir.join("server.pem");
    format!(
        r#"# Generated by tests/common/ejabberd.rs
hosts: ["{DOMAIN}"]
loglevel: info
certfiles: ["{certfile}"]
auth_method: internal
auth_password_format: scram
# No certificate requests: the test CA signed ours.
acme:
  auto: false
listen:
  - port: {starttls}
    ip: "127.0.0.1"
    module: ejabberd_c2s
    starttls_required: true
  - port: {direct_tls}
    ip: "127.0.0.1"
    module: ejabberd_c2s
    tls: true
  # Account creation for the tests, loopback only.
  - port: {api}
    ip: "127.0.0.1"
    module: ejabberd_http
    request_handlers:
      /api: mod_http_api
api_permissions:
  "test harness":
    from: [mod_http_api]
    who:
      ip: "127.0.0.1/8"
    what: ["register"]
modules:
  mod_roster: {{}}
  mod_offline: {{}}
  # As Debian's ejabberd.yml: stanzas a client received but did not ack
  # are stored offline again when it has no other resource.
  mod_stream_mgmt:
    resend_on_timeout: if_offline
  mod_ping: {{}}
  mod_disco: {{}}
  mod_version: {{}}
  mod_carboncopy: {{}}
  mod_caps: {{}}
  # Debian's ejabberd.yml has no mod_mam; here it serves the MUC archive,
  # and accounts archive nothing by default. With user archives on,
  # ejabberd drops unacked messages it archived instead of storing them
  # offline again.
  mod_mam:
    default: never
  # Like the Prosody instances: anyone may create rooms, and rooms are
  # public and survive their last occupant. Every test of a binary makes
  # rooms on one server, so `muc list` must not stop at the default 100.
  mod_muc:
    host: "{MUC_SERVICE}"
    access_create: all
    max_rooms_discoitems: 100000
    default_room_options:
      persistent: true
      public: true
      mam: true
  mod_muc_admin: {{}}
"#,
        certfile = certfile.display(),
    )
}

/// A minimal HTTP/1.1 POST (the API answers small JSON documents and
/// closes the connection): returns the status code and the body.
fn http_post(port: u16, path: &str, body: &str) -> (u16, String) {
    let mut tcp = TcpStream::connect((Ipv4Addr::LOCALHOST, port)).expect("connect to ejabberd API");
    write!(
        tcp,
        "POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .expect("send API request");
    let mut answer = String::new();
    tcp.read_to_string(&mut answer).expect("read API answer");
    let status = answer
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or(0);
    let body = answer
        .split_once("\r\n\r\n")
        .map_or("", |(_, body)| body)
        .to_owned();
    (status, body)
}

fn read_log_tail(dir: &Path) -> String {
    process::log_tail(&dir.join("ejabberd.log"), &dir.join("stdout.log"))
}
