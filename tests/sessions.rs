//! Session-level behaviour against both Prosody releases: 0.12 (classic
//! SASL) and 13 (SASL2, Bind2, inline SM, FAST), so what holds for one
//! login path holds for the other; the flight counts against the whole
//! matrix (ejabberd too).

mod common;

use common::{Prosody, Release, ServerKind, TestServer, assert_failure, assert_success, json};

fn server(release: Release) -> Prosody {
    Prosody::start_with(common::ProsodyOptions {
        release,
        ..Default::default()
    })
}

server_matrix!(send_with_proof_takes_few_flights);

/// The first `count` messages `user` receives, as JSON records.
fn received(server: &dyn TestServer, user: &str, count: usize) -> Vec<serde_json::Value> {
    common::receive(server, user, &["--count", &count.to_string()])
}

#[test]
fn send_is_proven_and_delivered_on_both_tls_modes() {
    for release in Release::ALL {
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
        let bodies: Vec<_> = received(&prosody, "bob", 2)
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
    for release in Release::ALL {
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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tls {
    StartTls,
    Direct,
}

/// Flights (times the client sent after hearing the server) until exit,
/// for one `send` with proof, first contact / a later run: the floor
/// pipelining reaches when the server is known from the features cache.
/// SASL2 with Bind2 and FAST (Prosody 13) against classic SASL.
fn floor(sasl2: bool, tls: Tls) -> (usize, usize) {
    match (sasl2, tls) {
        (true, Tls::Direct) => (4, 2),
        (true, Tls::StartTls) => (5, 3),
        (false, Tls::Direct) => (5, 4),
        (false, Tls::StartTls) => (6, 5),
    }
}

/// The bounds the flight test holds xmppctl to: the floor, plus the one
/// flight of closing after the ack where leaving with the `<r/>` could
/// lose a bounce: on first contact (nothing known of the server yet) and
/// on servers that ack before they answer (see `Quirks`). The README's
/// performance section states them.
fn flight_bounds(server: &dyn TestServer, tls: Tls) -> (usize, usize) {
    let (first, later) = floor(server.kind() == ServerKind::Prosody13, tls);
    let later_close = usize::from(!server.quirks().answers_before_acking);
    (first + 1, later + later_close)
}

fn send_with_proof_takes_few_flights(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice", "bob"]);
    for tls in [Tls::StartTls, Tls::Direct] {
        let port = match tls {
            Tls::StartTls => server.starttls_port(),
            Tls::Direct => server.direct_tls_port(),
        };
        let relay = common::DelayRelay::start(port, std::time::Duration::from_millis(20));
        let home = tempfile::tempdir().unwrap();
        let (first, later) = flight_bounds(&server, tls);
        for (run, bound) in [("first", first), ("later", later), ("later again", later)] {
            let mut cmd = match tls {
                Tls::StartTls => server.cmd_as("alice"),
                Tls::Direct => server.cmd_as_direct_tls("alice"),
            };
            if run != "first" && server.kind() == ServerKind::Prosody13 {
                // No password: only the token kept by the first run can
                // log in, so this counts a FAST login.
                cmd.env_remove("XMPPCTL_PASSWORD");
            }
            relay.reset();
            let output = common::in_home(cmd, home.path())
                .args(["--server", &relay.addr(), "-vv", "send", "--json"])
                .args([&server.jid("bob"), run])
                .output()
                .unwrap();
            assert_success(&output);
            assert_eq!(json(&output)["confirmed"], "ack");
            let flights = relay.flights();
            eprintln!("{:?} {tls:?} {run}: {flights} flights", server.kind());
            assert!(
                flights <= bound,
                "{:?} {tls:?} {run}: {flights} flights, at most {bound} expected\n{}",
                server.kind(),
                String::from_utf8_lossy(&output.stderr)
            );
        }
    }
    let bodies: Vec<_> = received(&server, "bob", 6)
        .into_iter()
        .map(|m| m["body"].as_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(bodies, ["first", "later", "later again"].repeat(2));
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
