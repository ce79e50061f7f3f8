//! A private DNS server for SRV tests: dnsmasq (Debian `dnsmasq-base`) on a
//! loopback port, answering only the records a test gives it and NXDOMAIN
//! for every other name under `.test`. It touches nothing of the system.
//!
//! ```ignore
//! let dns = Dns::start(&[Record::srv("_xmpp-client._tcp.xmppctl.test", "xmppctl.test", 5222, 0, 5)]);
//! xmppctl().args(["--dns", &dns.addr(), "ping"]);
//! ```

use std::net::{Ipv4Addr, UdpSocket};
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use tempfile::TempDir;

use super::ports::free_ports;

const INSTALL_HINT: &str = "dnsmasq is not installed: run scripts/ensure-deps";
const START_DEADLINE: Duration = Duration::from_secs(10);

/// One record dnsmasq serves.
#[derive(Debug, Clone)]
pub enum Record {
    /// `--srv-host=NAME,TARGET,PORT,PRIORITY,WEIGHT`
    Srv {
        name: String,
        target: String,
        port: u16,
        priority: u16,
        weight: u16,
    },
    /// `--host-record=NAME,127.0.0.1`
    Loopback(String),
}

impl Record {
    pub fn srv(name: &str, target: &str, port: u16, priority: u16, weight: u16) -> Record {
        Record::Srv {
            name: name.into(),
            target: target.into(),
            port,
            priority,
            weight,
        }
    }

    pub fn loopback(name: &str) -> Record {
        Record::Loopback(name.into())
    }

    fn argument(&self) -> String {
        match self {
            Record::Srv {
                name,
                target,
                port,
                priority,
                weight,
            } => format!("--srv-host={name},{target},{port},{priority},{weight}"),
            Record::Loopback(name) => format!("--host-record={name},127.0.0.1"),
        }
    }
}

pub struct Dns {
    child: Child,
    port: u16,
    _dir: TempDir,
}

impl Dns {
    pub fn start(records: &[Record]) -> Dns {
        let dir = tempfile::tempdir().expect("dnsmasq folder");
        let [port] = free_ports::<1>();
        // Debian puts it in /usr/sbin, which a user's PATH may lack.
        let program = ["/usr/sbin/dnsmasq", "/usr/bin/dnsmasq"]
            .into_iter()
            .find(|p| std::path::Path::new(p).exists())
            .unwrap_or("dnsmasq");
        let mut command = Command::new(program);
        command
            .args(["--keep-in-foreground", "--no-resolv", "--no-hosts"])
            .arg(format!("--port={port}"))
            .args(["--listen-address=127.0.0.1", "--bind-interfaces"])
            .arg(format!("--pid-file={}", dir.path().join("pid").display()))
            // Names under .test it does not know: NXDOMAIN, never upstream.
            .arg("--local=/test/")
            .args(records.iter().map(Record::argument))
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        let child = command
            .spawn()
            .unwrap_or_else(|e| panic!("{INSTALL_HINT} ({e})"));
        let dns = Dns {
            child,
            port,
            _dir: dir,
        };
        dns.wait_until_answering();
        dns
    }

    /// `127.0.0.1:PORT`, for `--dns`.
    pub fn addr(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    /// A query for the root's SOA, until one is answered.
    fn wait_until_answering(&self) {
        let socket = UdpSocket::bind((Ipv4Addr::LOCALHOST, 0)).expect("bind UDP");
        socket
            .set_read_timeout(Some(Duration::from_millis(200)))
            .expect("UDP timeout");
        // id 1, recursion desired, one question: "." SOA IN.
        let query = [1, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 6, 0, 1];
        let started = Instant::now();
        let mut answer = [0u8; 512];
        while started.elapsed() < START_DEADLINE {
            let _ = socket.send_to(&query, (Ipv4Addr::LOCALHOST, self.port));
            if socket.recv(&mut answer).is_ok() {
                return;
            }
            thread::sleep(Duration::from_millis(50));
        }
        panic!("dnsmasq did not answer on port {}", self.port);
    }
}

impl Drop for Dns {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
