//! What a client needs to log in to a running test server, whichever
//! server it is: the ports, the CA, the accounts' passwords, and `xmppctl`
//! command builders that use them.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Command;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

pub struct Endpoint {
    pub domain: &'static str,
    pub muc_service: &'static str,
    pub ca_file: PathBuf,
    pub starttls_port: u16,
    pub direct_tls_port: u16,
    /// Throwaway HOME folders go here (inside the server's folder, so they
    /// are removed with it).
    homes: PathBuf,
    passwords: Mutex<BTreeMap<String, String>>,
    homes_made: AtomicUsize,
}

impl Endpoint {
    pub fn new(
        domain: &'static str,
        muc_service: &'static str,
        ca_file: PathBuf,
        ports: [u16; 2],
        homes: PathBuf,
    ) -> Self {
        let [starttls_port, direct_tls_port] = ports;
        Endpoint {
            domain,
            muc_service,
            ca_file,
            starttls_port,
            direct_tls_port,
            homes,
            passwords: Mutex::default(),
            homes_made: AtomicUsize::new(0),
        }
    }

    /// The bare JID of `account`, e.g. "alice@xmppctl.test".
    pub fn jid(&self, account: &str) -> String {
        format!("{account}@{}", self.domain)
    }

    /// Remembers the password of an account the server now has.
    pub fn remember(&self, account: &str, password: &str) {
        self.passwords
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(account.to_owned(), password.to_owned());
    }

    /// The password of a registered account; panics for others.
    pub fn password(&self, account: &str) -> String {
        let passwords = self.passwords.lock().unwrap_or_else(|e| e.into_inner());
        match passwords.get(account) {
            Some(password) => password.clone(),
            None => panic!(
                "no account {account:?}; known: {:?}",
                passwords.keys().collect::<Vec<_>>()
            ),
        }
    }

    /// `xmppctl` logged in as `account` over STARTTLS: `--jid --server
    /// --ca-file --timeout 20` and `XMPPCTL_PASSWORD` are set; append the
    /// subcommand and its arguments.
    pub fn cmd_as(&self, account: &str) -> assert_cmd::Command {
        self.cmd_to_port(account, self.starttls_port)
    }

    /// Like `cmd_as`, but to the direct-TLS port with `--tls direct`.
    pub fn cmd_as_direct_tls(&self, account: &str) -> assert_cmd::Command {
        let mut cmd = self.cmd_to_port(account, self.direct_tls_port);
        cmd.args(["--tls", "direct"]);
        cmd
    }

    /// Like `cmd_as`, as a plain `std::process::Command` for a child that
    /// runs alongside the test (spawned, piped, signalled).
    pub fn spawnable_as(&self, account: &str) -> Command {
        let mut cmd = Command::new(super::binary());
        cmd.env_clear()
            .env("HOME", self.fresh_home())
            .env("XMPPCTL_PASSWORD", self.password(account))
            .arg("--jid")
            .arg(self.jid(account))
            .arg("--server")
            .arg(format!("127.0.0.1:{}", self.starttls_port))
            .arg("--ca-file")
            .arg(&self.ca_file);
        cmd
    }

    fn cmd_to_port(&self, account: &str, port: u16) -> assert_cmd::Command {
        let mut cmd = super::xmppctl_with_home(&self.fresh_home());
        cmd.arg("--jid")
            .arg(self.jid(account))
            .arg("--server")
            .arg(format!("127.0.0.1:{port}"))
            .arg("--ca-file")
            .arg(&self.ca_file)
            .args(["--timeout", "20"])
            .env("XMPPCTL_PASSWORD", self.password(account));
        cmd
    }

    /// An empty HOME inside the server's folder, removed with it.
    fn fresh_home(&self) -> PathBuf {
        let n = self.homes_made.fetch_add(1, Ordering::Relaxed);
        let home = self.homes.join(format!("home-{n}"));
        super::make_home(&home);
        home
    }
}
