//! The SASL mechanism policy against offers Prosody does not make: never
//! PLAIN when a SCRAM is on offer, -PLUS only with an announced tls-exporter
//! binding, and the right GS2 channel-binding flag in each case.

mod common;

use base64::Engine;
use common::{SaslProbe, assert_failure, xmppctl};

/// Run a login against the probe; it refuses every attempt (exit 6).
fn login(probe: &SaslProbe) -> std::process::Output {
    xmppctl()
        .args([
            "--jid",
            "alice@xmppctl.test",
            "--tls",
            "direct",
            "--server",
            &probe.addr(),
        ])
        .arg("--ca-file")
        .arg(probe.ca_file())
        .env("XMPPCTL_PASSWORD", "secret")
        .args(["ping"])
        .output()
        .expect("run xmppctl")
}

/// The mechanism and decoded initial response of the client's `<auth>`.
fn auth_sent(received: &str) -> (String, String) {
    let start = received.find("<auth").expect("an <auth> was sent");
    let auth = &received[start..];
    let mechanism = auth
        .split("mechanism=")
        .nth(1)
        .and_then(|rest| rest.get(1..))
        .and_then(|rest| rest.split(['\'', '"']).next())
        .expect("a mechanism attribute")
        .to_string();
    let payload = auth
        .split_once('>')
        .and_then(|(_, rest)| rest.split_once("</auth>"))
        .map_or("", |(text, _)| text);
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(payload.trim())
        .expect("base64 initial response");
    (mechanism, String::from_utf8_lossy(&decoded).into_owned())
}

#[test]
fn an_offered_scram_is_never_downgraded_to_plain() {
    // SCRAM only as -PLUS, with no binding type announced: we cannot bind,
    // and PLAIN would be a downgrade.
    let probe = SaslProbe::start(&["SCRAM-SHA-1-PLUS", "PLAIN"], &[]);
    let output = login(&probe);
    assert_failure(&output, 6, "no acceptable authentication mechanism");
    assert!(String::from_utf8_lossy(&output.stderr).contains("PLAIN, SCRAM-SHA-1-PLUS"));
    assert!(
        !probe.received_text().contains("<auth"),
        "credentials were sent"
    );
}

#[test]
fn plain_is_used_over_tls_when_nothing_better_is_offered() {
    let probe = SaslProbe::start(&["PLAIN"], &[]);
    let output = login(&probe);
    assert_failure(&output, 6, "authentication failed");
    let (mechanism, _) = auth_sent(&probe.received_text());
    assert_eq!(mechanism, "PLAIN");
}

#[test]
fn scram_plus_with_tls_exporter_when_the_server_announces_it() {
    let probe = SaslProbe::start(
        &[
            "PLAIN",
            "SCRAM-SHA-1",
            "SCRAM-SHA-256",
            "SCRAM-SHA-256-PLUS",
        ],
        &["tls-exporter"],
    );
    assert_failure(&login(&probe), 6, "authentication failed");
    let (mechanism, initial) = auth_sent(&probe.received_text());
    assert_eq!(mechanism, "SCRAM-SHA-256-PLUS");
    assert!(
        initial.starts_with("p=tls-exporter,,n=alice,r="),
        "{initial}"
    );
}

#[test]
fn plain_scram_says_whether_it_could_have_bound() {
    // No -PLUS on offer: "y", so a server that did offer it would see a
    // stripped offer.
    let probe = SaslProbe::start(&["SCRAM-SHA-1", "PLAIN"], &[]);
    assert_failure(&login(&probe), 6, "authentication failed");
    let (mechanism, initial) = auth_sent(&probe.received_text());
    assert_eq!(mechanism, "SCRAM-SHA-1");
    assert!(initial.starts_with("y,,n=alice,r="), "{initial}");

    // -PLUS on offer but with a binding we do not do: "n".
    let probe = SaslProbe::start(
        &["SCRAM-SHA-1", "SCRAM-SHA-1-PLUS"],
        &["tls-server-end-point"],
    );
    assert_failure(&login(&probe), 6, "authentication failed");
    let (mechanism, initial) = auth_sent(&probe.received_text());
    assert_eq!(mechanism, "SCRAM-SHA-1");
    assert!(initial.starts_with("n,,n=alice,r="), "{initial}");
}
