//! Session-level behaviour against both real servers: Prosody 0.12
//! (classic SASL) and Prosody 13 (SASL2, Bind2, inline SM, FAST). Each case
//! runs on both, so what holds for one login path holds for the other.

mod common;

use common::{Prosody, Release, assert_failure, assert_success, json, json_lines};

const RELEASES: [Release; 2] = [Release::V0_12, Release::V13];

fn server(release: Release) -> Prosody {
    Prosody::start_with(common::ProsodyOptions {
        release,
        ..Default::default()
    })
}

/// The messages `user` receives, as JSON records.
fn receive(prosody: &Prosody, user: &str, count: usize) -> Vec<serde_json::Value> {
    let output = prosody
        .cmd_as(user)
        .args(["listen", "--json", "--seconds", "15", "--count"])
        .arg(count.to_string())
        .output()
        .expect("run listen");
    assert_success(&output);
    json_lines(&output)
}

#[test]
fn send_is_proven_and_delivered_on_both_tls_modes() {
    for release in RELEASES {
        let prosody = server(release);
        for (mut command, body) in [
            (prosody.cmd_as("alice"), "over starttls"),
            (prosody.cmd_as_direct_tls("alice"), "over direct tls"),
        ] {
            let output = command
                .args(["send", "--json", &prosody.jid("bob"), body])
                .output()
                .unwrap();
            assert_success(&output);
            let record = json(&output);
            assert_eq!(record["confirmed"], "ack", "{}: {record}", release.name());
        }
        let bodies: Vec<_> = receive(&prosody, "bob", 2)
            .into_iter()
            .map(|m| m["body"].as_str().unwrap_or_default().to_string())
            .collect();
        assert_eq!(
            bodies,
            ["over starttls", "over direct tls"],
            "{}",
            release.name()
        );
    }
}

#[test]
fn wrong_password_is_exit_6() {
    for release in RELEASES {
        let prosody = server(release);
        let output = prosody
            .cmd_as("alice")
            .env("XMPPCTL_PASSWORD", "not-the-password")
            .args(["send", &prosody.jid("bob"), "hi"])
            .output()
            .unwrap();
        assert_failure(&output, 6, "authentication failed");
    }
}

/// Upper bounds on the client's flights (times it sent after hearing the
/// server) until exit, for one `send` with proof: per server and TLS mode,
/// first contact and a later run that has what the first one kept (a FAST
/// token on Prosody 13). The README's performance section states them.
const FLIGHT_BOUNDS: [(Release, Tls, usize, usize); 4] = [
    (Release::V0_12, Tls::StartTls, 8, 8),
    (Release::V0_12, Tls::Direct, 7, 7),
    (Release::V13, Tls::StartTls, 6, 5),
    (Release::V13, Tls::Direct, 5, 4),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tls {
    StartTls,
    Direct,
}

#[test]
fn send_with_proof_takes_few_flights() {
    for release in RELEASES {
        let prosody = server(release);
        for (_, tls, first, later) in FLIGHT_BOUNDS.iter().filter(|c| c.0 == release) {
            let port = match tls {
                Tls::StartTls => prosody.starttls_port(),
                Tls::Direct => prosody.direct_tls_port(),
            };
            let relay = common::DelayRelay::start(port, std::time::Duration::from_millis(20));
            let home = prosody.dir().join(format!("flights-{tls:?}"));
            common::make_home(&home);
            for (run, bound) in [("first", *first), ("later", *later)] {
                let mut cmd = match tls {
                    Tls::StartTls => prosody.cmd_as("alice"),
                    Tls::Direct => prosody.cmd_as_direct_tls("alice"),
                };
                if run == "later" && release == Release::V13 {
                    // No password: only the token kept by the first run
                    // can log in, so this counts a FAST login.
                    cmd.env_remove("XMPPCTL_PASSWORD");
                }
                relay.reset();
                let output = common::in_home(cmd, &home)
                    .args(["--server", &relay.addr(), "-vv", "send"])
                    .args([&prosody.jid("bob"), "counted"])
                    .output()
                    .unwrap();
                assert_success(&output);
                let flights = relay.flights();
                eprintln!("{} {tls:?} {run}: {flights} flights", release.name());
                assert!(
                    flights <= bound,
                    "{} {tls:?} {run}: {flights} flights, at most {bound} expected\n{}",
                    release.name(),
                    String::from_utf8_lossy(&output.stderr)
                );
            }
        }
    }
}

/// Stanzas ride with the last SASL2 step only to a server whose
/// certificate was verified: with `--insecure`, the message waits for the
/// server's success.
#[test]
fn insecure_sessions_send_nothing_before_the_success() {
    let prosody = server(Release::V13);
    for insecure in [false, true] {
        let mut cmd = prosody.cmd_as_direct_tls("alice");
        if insecure {
            cmd.arg("--insecure");
        }
        let output = cmd
            .args(["-vv", "send", &prosody.jid("bob"), "hi"])
            .output()
            .unwrap();
        assert_success(&output);
        let trace = String::from_utf8_lossy(&output.stderr);
        let at = |needle: &str| {
            trace
                .find(needle)
                .unwrap_or_else(|| panic!("{needle}: {trace}"))
        };
        let success_first = at("recv <success") < at("send <message");
        assert_eq!(success_first, insecure, "{trace}");
    }
}
