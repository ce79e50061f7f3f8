//! The features cache (`$XDG_CACHE_HOME/xmppctl/`) against servers whose
//! features change between two runs: a stale forecast costs a flight, or
//! one login again when stanzas rode on it, never the run, and the
//! features that arrive decide the mechanism.

mod common;

use std::path::Path;
use std::time::Duration;

use common::{DelayRelay, Prosody, ProsodyOptions, Release, assert_success, json, receive};

/// One `send` as alice to bob through `relay`, with HOME = `home`; the
/// output and the client's flights.
fn send(prosody: &Prosody, relay: &DelayRelay, home: &Path, body: &str) -> (String, usize) {
    relay.reset();
    let output = common::in_home(prosody.cmd_as("alice"), home)
        .args(["--server", &relay.addr(), "-vv", "send", "--json"])
        .args([&prosody.jid("bob"), body])
        .output()
        .unwrap();
    assert_success(&output);
    assert!(
        json(&output)["confirmed"].is_string(),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
    let flights = relay.flights();
    eprintln!("{body}: {flights} flights");
    (
        String::from_utf8_lossy(&output.stderr).into_owned(),
        flights,
    )
}

/// Two runs, so the cache knows the server (features, and that it answers
/// before it acks); the second run's flights.
fn warm_up(prosody: &Prosody, relay: &DelayRelay, home: &Path) -> usize {
    send(prosody, relay, home, "warm-up 1");
    send(prosody, relay, home, "warm-up 2").1
}

fn bodies(prosody: &Prosody, count: usize) -> Vec<String> {
    receive(prosody, "bob", &["--count", &count.to_string()])
        .into_iter()
        .map(|m| m["body"].as_str().unwrap_or_default().to_string())
        .collect()
}

fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn starttls_relay(prosody: &Prosody) -> DelayRelay {
    DelayRelay::start(prosody.starttls_port(), Duration::from_millis(20))
}

#[test]
fn a_changed_mechanism_list_costs_one_flight() {
    let mut prosody = Prosody::start();
    let relay = starttls_relay(&prosody);
    let home = tempfile::tempdir().unwrap();
    let warm = warm_up(&prosody, &relay, home.path());
    // SCRAM-SHA-1 rides with the header on the cache's word; the server
    // now offers only PLAIN: the first message is withdrawn, and PLAIN
    // (never sent on a forecast) logs in.
    prosody.restart_with(ProsodyOptions {
        extra_global_config: vec![r#"disable_sasl_mechanisms = { "SCRAM-SHA-1" }"#.into()],
        ..Default::default()
    });
    let (trace, flights) = send(&prosody, &relay, home.path(), "after the change");
    assert!(trace.contains("SCRAM-SHA-1 is withdrawn"), "{trace}");
    assert!(trace.contains("with PLAIN"), "{trace}");
    assert!(
        flights <= warm + 1,
        "{flights} flights, {warm} before: {trace}"
    );
    // The cache learnt the new list: no withdrawal, no extra flight.
    let (trace, flights) = send(&prosody, &relay, home.path(), "learnt");
    assert!(!trace.contains("withdrawn"), "{trace}");
    assert!(flights <= warm, "{flights} flights, {warm} before: {trace}");
    // It says which servers the account uses: private, like the state.
    let cache = home.path().join(".cache/xmppctl");
    assert_eq!(mode(&cache), 0o700);
    let files: Vec<_> = std::fs::read_dir(&cache)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "one server, one TLS mode: {files:?}");
    assert_eq!(mode(&files[0]), 0o600);
    assert_eq!(
        bodies(&prosody, 4),
        ["warm-up 1", "warm-up 2", "after the change", "learnt"]
    );
}

#[test]
fn stream_management_gone_costs_one_login_again() {
    let mut prosody = Prosody::start();
    let relay = starttls_relay(&prosody);
    let home = tempfile::tempdir().unwrap();
    warm_up(&prosody, &relay, home.path());
    // The cache says XEP-0198: `<enable/>` and the footer ride with the
    // message; the restarted stream shows none, so the client logs in
    // again without the cache and confirms with a ping.
    prosody.restart_with(ProsodyOptions {
        without_modules: vec!["smacks".into()],
        ..Default::default()
    });
    let (trace, _) = send(&prosody, &relay, home.path(), "without sm");
    assert!(
        trace.contains("logging in again without the cache"),
        "{trace}"
    );
    // Learnt: no `<enable/>` any more, one login.
    let (trace, _) = send(&prosody, &relay, home.path(), "learnt");
    assert!(!trace.contains("<enable"), "{trace}");
    assert_eq!(trace.matches("connected to").count(), 1, "{trace}");
    assert_eq!(
        bodies(&prosody, 4),
        ["warm-up 1", "warm-up 2", "without sm", "learnt"]
    );
}

#[test]
fn sasl2_and_fast_gone_cost_one_login_again_each() {
    let mut prosody = Prosody::start_with(ProsodyOptions {
        release: Release::V13,
        ..Default::default()
    });
    let relay = starttls_relay(&prosody);
    let home = tempfile::tempdir().unwrap();
    warm_up(&prosody, &relay, home.path());
    // The cache says FAST: the token, the message, `<r/>` and the footer
    // ride with the header; the server no longer offers FAST.
    prosody.restart_with(ProsodyOptions {
        release: Release::V13,
        without_modules: vec!["sasl2_fast".into()],
        ..Default::default()
    });
    let (trace, _) = send(&prosody, &relay, home.path(), "without fast");
    assert!(
        trace.contains("logging in again without the cache"),
        "{trace}"
    );
    // The cache says SASL2 (SCRAM rides with the header); the server now
    // has only classic SASL, which does not understand `<authenticate>`.
    prosody.restart_with(ProsodyOptions {
        release: Release::V13,
        without_modules: common::prosody13::SASL2_MODULES
            .iter()
            .map(|m| m.to_string())
            .collect(),
        ..Default::default()
    });
    let (trace, _) = send(&prosody, &relay, home.path(), "without sasl2");
    assert!(
        trace.contains("logging in again without the cache"),
        "{trace}"
    );
    let (trace, _) = send(&prosody, &relay, home.path(), "learnt");
    assert_eq!(trace.matches("connected to").count(), 1, "{trace}");
    assert_eq!(
        bodies(&prosody, 5),
        [
            "warm-up 1",
            "warm-up 2",
            "without fast",
            "without sasl2",
            "learnt"
        ]
    );
}

#[test]
fn plain_never_rides_on_the_cache() {
    for release in Release::ALL {
        // A server whose only mechanism is PLAIN, on SASL2 too; no FAST
        // token, so a later run would have only the password to send.
        let disabled =
            r#"disable_sasl_mechanisms = { "SCRAM-SHA-1", "SCRAM-SHA-1-PLUS", "OAUTHBEARER" }"#;
        let prosody = Prosody::start_with(ProsodyOptions {
            release,
            extra_global_config: vec![disabled.into()],
            ..Default::default()
        });
        let home = tempfile::tempdir().unwrap();
        for run in ["first", "later"] {
            let output = common::in_home(prosody.cmd_as_direct_tls("alice"), home.path())
                .args(["--no-fast", "-vv", "send", &prosody.jid("bob"), run])
                .output()
                .unwrap();
            assert_success(&output);
            let trace = String::from_utf8_lossy(&output.stderr);
            let at = |needle: &str| {
                trace
                    .find(needle)
                    .unwrap_or_else(|| panic!("{needle}: {trace}"))
            };
            let auth = trace
                .find("send <auth ")
                .unwrap_or_else(|| at("send <authenticate "));
            assert!(trace.contains("with PLAIN"), "{}: {trace}", release.name());
            assert!(
                at("recv <features") < auth,
                "{} {run}: {trace}",
                release.name()
            );
        }
    }
}
