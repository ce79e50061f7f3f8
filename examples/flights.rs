//! Flights and wall time of one `send` through a relay adding 100 ms of
//! round-trip time (`scripts/bench-flights`), for xmppctl and go-sendxmpp
//! 0.14.1 side by side: Prosody 0.12 and Prosody 13, STARTTLS and direct
//! TLS, first contact and a later run (which has what the first one kept:
//! xmppctl's FAST token, go-sendxmpp's). Reports figures; asserts nothing.
//!
//! go-sendxmpp runs from the trixie-bench root (`scripts/ensure-deps
//! --bench`) with chroot, pointed only at the loopback relays; it trusts
//! the test CA through SSL_CERT_FILE, inside that root.

#[path = "../tests/common/mod.rs"]
mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{DelayRelay, Prosody, Release};

const RTT: Duration = Duration::from_millis(100);

fn bench_root() -> PathBuf {
    common::prosody13::trixie_root().with_file_name("trixie-bench")
}

/// One run: flights counted by the relay, wall time of the process.
struct Figure {
    flights: usize,
    millis: u128,
}

fn measure(relay: &DelayRelay, mut cmd: Command) -> Figure {
    relay.reset();
    let started = Instant::now();
    let status = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("run the client");
    let millis = started.elapsed().as_millis();
    assert!(status.success(), "{cmd:?} failed");
    Figure {
        flights: relay.flights(),
        millis,
    }
}

/// `xmppctl send` as alice through `relay`, HOME kept in `home`.
fn xmppctl(prosody: &Prosody, relay: &DelayRelay, direct: bool, home: &Path) -> Command {
    let mut cmd = prosody.spawnable_as("alice");
    cmd.envs(common::home_vars(home))
        .args(["--server", &relay.addr()]);
    if direct {
        cmd.args(["--tls", "direct"]);
    }
    cmd.args(["send", &prosody.jid("bob"), "benchmarked"]);
    cmd
}

/// go-sendxmpp as alice through `relay`; `home` is inside the bench root
/// (as the chroot sees it: `inside`), and holds the test CA.
fn go_sendxmpp(prosody: &Prosody, relay: &DelayRelay, direct: bool, inside: &Path) -> Command {
    let mut cmd = Command::new("chroot");
    cmd.arg(bench_root())
        .arg("go-sendxmpp")
        .env_clear()
        .env("PATH", "/usr/sbin:/usr/bin:/sbin:/bin")
        .env("HOME", inside)
        .env("SSL_CERT_FILE", inside.join("ca.pem"))
        .args(["--suppress-root-warning", "-u", &prosody.jid("alice")])
        .args(["-p", &prosody.password("alice"), "-j", &relay.addr()]);
    if direct {
        cmd.arg("-t");
    }
    cmd.args(["-m", &inside.join("message").to_string_lossy()])
        .arg(prosody.jid("bob"));
    cmd
}

fn main() {
    assert!(
        bench_root().join("usr/bin/go-sendxmpp").exists(),
        "no go-sendxmpp root at {}: run scripts/ensure-deps --bench",
        bench_root().display()
    );
    println!(
        "one send through a relay adding {} ms of round-trip time: client flights, wall time (first run / later run)",
        RTT.as_millis()
    );
    println!("| server | TLS | xmppctl | go-sendxmpp 0.14.1 |");
    println!("|---|---|---|---|");
    for release in [Release::V0_12, Release::V13] {
        let prosody = Prosody::start_with(common::ProsodyOptions {
            release,
            ..Default::default()
        });
        for (how, direct) in [("STARTTLS", false), ("direct TLS", true)] {
            let port = if direct {
                prosody.direct_tls_port()
            } else {
                prosody.starttls_port()
            };
            let relay = DelayRelay::start(port, RTT);
            let home = prosody.dir().join(format!("xmppctl-{direct}"));
            common::make_home(&home);
            let go_home = tempfile::tempdir_in(bench_root().join("tmp")).expect("go-sendxmpp HOME");
            std::fs::copy(prosody.ca_file(), go_home.path().join("ca.pem")).expect("copy the CA");
            std::fs::write(go_home.path().join("message"), "benchmarked").expect("message file");
            let inside = Path::new("/tmp").join(go_home.path().file_name().expect("a name"));
            let ours: Vec<Figure> = (0..2)
                .map(|_| measure(&relay, xmppctl(&prosody, &relay, direct, &home)))
                .collect();
            let theirs: Vec<Figure> = (0..2)
                .map(|_| measure(&relay, go_sendxmpp(&prosody, &relay, direct, &inside)))
                .collect();
            let cell = |f: &[Figure]| {
                format!(
                    "{} / {} flights, {} / {} ms",
                    f[0].flights, f[1].flights, f[0].millis, f[1].millis
                )
            };
            println!(
                "| {} | {how} | {} | {} |",
                release.name(),
                cell(&ours),
                cell(&theirs)
            );
        }
    }
}
