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
