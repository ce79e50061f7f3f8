//! `send` against every server of the matrix: delivery proven by reading the message
//! as the recipient, and every documented error path with its exit code.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::process::Stdio;

use common::{
    FakeServer, Prosody, TestServer, assert_failure, assert_success, json, json_lines,
    refused_port, xmppctl,
};
use serde_json::Value;

server_matrix!(
    message_arrives_intact_with_type_subject_and_thread,
    json_reports_each_recipient_confirmed_by_ack,
    body_from_stdin_and_direct_tls,
    lines_mode_delivers_a_thousand_messages_in_order,
    lines_mode_sends_each_line_as_it_arrives,
    negotiation_is_pipelined,
    a_bounce_is_exit_7_with_the_condition,
    receipt_that_never_comes_is_a_timeout,
    credentials_and_config_errors_are_exit_3,
    config_accounts_and_password_sources_work,
    tls_errors_are_exit_5_with_a_hint,
    starttls_against_the_direct_tls_port_is_a_clear_error,
    wrong_password_is_exit_6_without_retrying,
);

/// The first `count` messages `user` receives, as JSON records.
fn received(server: &dyn TestServer, user: &str, count: usize) -> Vec<Value> {
    common::receive(server, user, &["--count", &count.to_string()])
}

/// alice (any password) sends "hi" to bob through `server`, a fake or a
/// port nobody listens on, with `options` before the command.
fn send_through(server: &str, options: &[&str]) -> std::process::Output {
    xmppctl()
        .args(["--jid", "alice@xmppctl.test", "--server", server])
        .args(options)
        .env("XMPPCTL_PASSWORD", "x")
        .args(["send", "bob@xmppctl.test", "hi"])
        .output()
        .unwrap()
}

fn message_arrives_intact_with_type_subject_and_thread(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice", "bob"]);
    let body = "déploiement 42 fini ✓ <&'\"> done";
    let output = server
        .cmd_as("alice")
        .args([
            "send",
            "--type",
            "normal",
            "--subject",
            "CI <run>",
            "--thread",
            "t-42",
        ])
        .arg(server.jid("bob"))
        .arg(body)
        .output()
        .unwrap();
    assert_success(&output);
    assert!(
        output.stdout.is_empty(),
        "text mode prints nothing on success"
    );

    let received = received(&server, "bob", 1);
    let message = &received[0];
    assert_eq!(message["body"], body);
    assert_eq!(message["type"], "normal");
    assert_eq!(message["subject"], "CI <run>");
    assert_eq!(message["thread"], "t-42");
    assert!(
        message["from"]
            .as_str()
            .unwrap()
            .starts_with(&server.jid("alice"))
    );
    assert!(message["delay"].is_string(), "stored offline, so delayed");
}

fn json_reports_each_recipient_confirmed_by_ack(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice", "bob", "carol"]);
    let output = server
        .cmd_as("alice")
        .args(["send", "--json", "--to"])
        .arg(server.jid("carol"))
        .arg(server.jid("bob"))
        .arg("to both")
        .output()
        .unwrap();
    assert_success(&output);
    let records = json_lines(&output);
    assert_eq!(records.len(), 2);
    for record in &records {
        assert_eq!(record["confirmed"], "ack");
        assert_eq!(record["type"], "chat");
        assert!(record["id"].as_str().is_some_and(|id| !id.is_empty()));
    }
    assert_eq!(records[0]["to"], server.jid("bob"));
    assert_eq!(records[1]["to"], server.jid("carol"));
    assert_eq!(received(&server, "bob", 1)[0]["body"], "to both");
    assert_eq!(received(&server, "carol", 1)[0]["body"], "to both");
}

#[test]
fn without_stream_management_delivery_is_proven_by_ping() {
    let server = Prosody::start_with(common::ProsodyOptions {
        without_modules: vec!["smacks".into()],
        ..Default::default()
    });
    let output = server
        .cmd_as("alice")
        .args(["send", "--json"])
        .arg(server.jid("bob"))
        .arg("pinged")
        .output()
        .unwrap();
    assert_success(&output);
    assert_eq!(json_lines(&output)[0]["confirmed"], "ping");
    assert_eq!(received(&server, "bob", 1)[0]["body"], "pinged");
}

fn body_from_stdin_and_direct_tls(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice", "bob"]);
    server
        .cmd_as_direct_tls("alice")
        .arg("send")
        .arg(server.jid("bob"))
        .write_stdin("from stdin\n")
        .assert()
        .success();
    server
        .cmd_as("alice")
        .args(["send", "--file"])
        .arg(server.ca_file())
        .arg(server.jid("bob"))
        .assert()
        .success();
    let received = received(&server, "bob", 2);
    assert_eq!(received[0]["body"], "from stdin");
    assert!(
        received[1]["body"]
            .as_str()
            .unwrap()
            .contains("BEGIN CERTIFICATE")
    );
}

fn lines_mode_delivers_a_thousand_messages_in_order(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice", "bob"]);
    let input: String = (1..=1000).map(|i| format!("line {i}\n")).collect();
    let output = server
        .cmd_as("alice")
        .args(["send", "--lines", "--json"])
        .arg(server.jid("bob"))
        .write_stdin(input)
        .output()
        .unwrap();
    assert_success(&output);
    let reports = json_lines(&output);
    assert_eq!(reports.len(), 1000);
    assert!(reports.iter().all(|r| r["confirmed"] == "ack"));

    let received = received(&server, "bob", 1000);
    let bodies: Vec<&str> = received
        .iter()
        .map(|m| m["body"].as_str().unwrap())
        .collect();
    let expected: Vec<String> = (1..=1000).map(|i| format!("line {i}")).collect();
    assert_eq!(bodies, expected);
}

fn lines_mode_sends_each_line_as_it_arrives(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice", "bob"]);
    let mut sender = server
        .spawnable_as("alice")
        .args(["send", "--lines", "--json", &server.jid("bob")])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = sender.stdin.take().unwrap();
    let mut records = BufReader::new(sender.stdout.take().unwrap()).lines();
    writeln!(stdin, "first").unwrap();
    stdin.flush().unwrap();
    // The first line is confirmed and delivered while the input is still
    // open. bob reads only once the server has it: under load, ejabberd
    // did not deliver a message that arrived while bob's listen was
    // logging in, to that session or offline.
    let first: Value = serde_json::from_str(&records.next().unwrap().unwrap()).unwrap();
    assert_eq!(first["confirmed"], "ack");
    assert_eq!(received(&server, "bob", 1)[0]["body"], "first");
    writeln!(stdin, "second").unwrap();
    drop(stdin);
    assert_eq!(records.count(), 1, "one more record");
    assert!(sender.wait().unwrap().success());
    assert_eq!(received(&server, "bob", 1)[0]["body"], "second");
}

fn negotiation_is_pipelined(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice", "bob"]);
    // STARTTLS rides with the first header; bind, stream management, the
    // message and `<r/>` with the header after authentication: 5 round
    // trips until the server confirms on first contact, 4 with direct TLS.
    // With SASL2 (on Prosody 13) one fewer: no restart, and the message
    // and `<r/>` ride with the last SASL step.
    let sasl2 = usize::from(server.kind() == common::ServerKind::Prosody13);
    for (mut command, expected) in [
        (server.cmd_as("alice"), 5 - sasl2),
        (server.cmd_as_direct_tls("alice"), 4 - sasl2),
    ] {
        let output = command
            .args(["-vv", "send", &server.jid("bob"), "counted"])
            .output()
            .unwrap();
        assert_success(&output);
        let trace = String::from_utf8_lossy(&output.stderr);
        assert_eq!(common::round_trips(&trace), expected, "{trace}");
    }
}

#[test]
fn dry_run_prints_the_stanza_without_connecting() {
    let output = xmppctl()
        .args(["--jid", "alice@xmppctl.test", "--server"])
        .arg(format!("127.0.0.1:{}", refused_port()))
        .args([
            "send",
            "--dry-run",
            "--subject",
            "s",
            "bob@xmppctl.test",
            "a < b",
        ])
        .output()
        .unwrap();
    assert_success(&output);
    let xml = String::from_utf8(output.stdout).unwrap();
    assert!(xml.starts_with("<message"), "{xml}");
    assert!(xml.contains("to=\"bob@xmppctl.test\"") || xml.contains("to='bob@xmppctl.test'"));
    assert!(xml.contains("<body>a &lt; b</body>"), "{xml}");
}

fn a_bounce_is_exit_7_with_the_condition(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice"]);
    let output = server
        .cmd_as("alice")
        .args(["send", "nobody@xmppctl.test", "hello?"])
        .output()
        .unwrap();
    assert_failure(&output, 7, "bounced");
    assert!(String::from_utf8_lossy(&output.stderr).contains("service-unavailable"));
}

fn receipt_that_never_comes_is_a_timeout(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice", "bob"]);
    let output = server
        .cmd_as("alice")
        .args(["send", "--receipt", "--timeout", "3"])
        .arg(server.jid("bob"))
        .arg("are you there?")
        .output()
        .unwrap();
    assert_failure(&output, 8, "receipt");
}

#[test]
fn usage_errors_are_exit_2_before_connecting() {
    let refused = format!("127.0.0.1:{}", refused_port());
    let cases: [(&[&str], &str); 5] = [
        (&["send", "not a jid@@", "hi"], "invalid JID"),
        (
            &["send", "--to", "@x", "bob@xmppctl.test", "hi"],
            "invalid JID",
        ),
        (
            &[
                "send",
                "--file",
                "/nonexistent/message.txt",
                "bob@xmppctl.test",
            ],
            "cannot read message file",
        ),
        (&["send", "--lines", "bob@xmppctl.test", "hi"], "--lines"),
        (&["send", "bob@xmppctl.test", ""], "empty"),
    ];
    for (args, needle) in cases {
        let output = xmppctl()
            .args(["--jid", "alice@xmppctl.test", "--server", &refused])
            .env("XMPPCTL_PASSWORD", "x")
            .args(args)
            .output()
            .unwrap();
        assert_failure(&output, 2, needle);
    }
    // clap's own usage errors: exit 2 as well.
    let output = xmppctl()
        .args(["send", "--type", "shout", "a@b", "hi"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
}

fn credentials_and_config_errors_are_exit_3(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice"]);
    // No password source and no terminal.
    let output = xmppctl()
        .args(["--jid", &server.jid("alice"), "--server"])
        .arg(format!("127.0.0.1:{}", server.starttls_port()))
        .args(["send", "bob@xmppctl.test", "hi"])
        .output()
        .unwrap();
    assert_failure(&output, 3, "no password");
    assert!(String::from_utf8_lossy(&output.stderr).contains("--password-file"));

    // A config file with a password that others can read.
    let home = tempfile::tempdir().unwrap();
    let config_dir = home.path().join(".config/xmppctl");
    std::fs::create_dir_all(&config_dir).unwrap();
    let config = config_dir.join("config.toml");
    std::fs::write(
        &config,
        format!(
            "jid = \"{}\"\npassword = \"{}\"\n",
            server.jid("alice"),
            "whatever"
        ),
    )
    .unwrap();
    set_mode(&config, 0o644);
    let output = common::xmppctl_with_home(home.path())
        .args(["send", "bob@xmppctl.test", "hi"])
        .output()
        .unwrap();
    assert_failure(&output, 3, "group or others");
}

fn set_mode(path: &std::path::Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

fn config_accounts_and_password_sources_work(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice", "bob", "carol"]);
    let home = tempfile::tempdir().unwrap();
    let config_dir = home.path().join(".config/xmppctl");
    std::fs::create_dir_all(&config_dir).unwrap();
    let password_file = home.path().join("alice.pw");
    std::fs::write(&password_file, format!("{}\n", server.password("alice"))).unwrap();
    let config = config_dir.join("config.toml");
    std::fs::write(
        &config,
        format!(
            "server = \"127.0.0.1:{port}\"\nca_file = {ca:?}\n\n[accounts.alice]\njid = \"{alice}\"\npassword_file = {pw:?}\n\n[accounts.carol]\njid = \"{carol}\"\npassword = {carol_pw:?}\n",
            port = server.starttls_port(),
            ca = server.ca_file(),
            alice = server.jid("alice"),
            pw = password_file,
            carol = server.jid("carol"),
            carol_pw = server.password("carol"),
        ),
    )
    .unwrap();
    set_mode(&config, 0o600);
    let bob = server.jid("bob");
    let password_cmd = format!("cat {}", password_file.display());
    let runs: [&[&str]; 3] = [
        &["-a", "alice", "send", &bob, "from alice's config"],
        &["--account", "carol", "send", &bob, "from carol's config"],
        // A password command, as for `pass show`.
        &[
            "-a",
            "alice",
            "--password-cmd",
            &password_cmd,
            "send",
            &bob,
            "via password-cmd",
        ],
    ];
    for args in runs {
        common::xmppctl_with_home(home.path())
            .args(args)
            .assert()
            .success();
    }
    let bodies: Vec<String> = received(&server, "bob", 3)
        .iter()
        .map(|m| m["body"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        bodies,
        [
            "from alice's config",
            "from carol's config",
            "via password-cmd"
        ]
    );
    let output = common::xmppctl_with_home(home.path())
        .args(["-a", "dave", "send", &server.jid("bob"), "x"])
        .output()
        .unwrap();
    assert_failure(&output, 3, "no account \"dave\"");
}

#[test]
fn network_errors_are_exit_4() {
    // Unknown host: no SRV, no address.
    let output = xmppctl()
        .args(["--jid", "alice@nonexistent.invalid", "--retry", "0"])
        .env("XMPPCTL_PASSWORD", "x")
        .args(["send", "bob@nonexistent.invalid", "hi"])
        .output()
        .unwrap();
    assert_failure(&output, 4, "cannot resolve nonexistent.invalid");

    // Refused port, retried with backoff, then given up.
    let refused = format!("127.0.0.1:{}", refused_port());
    let output = send_through(&refused, &["-v", "--retry", "1"]);
    assert_eq!(output.status.code(), Some(4));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("retrying"), "{stderr}");
    assert!(
        stderr
            .lines()
            .last()
            .unwrap()
            .contains("connection refused"),
        "{stderr}"
    );

    // Garbage instead of XMPP.
    let fake = FakeServer::garbage();
    let output = send_through(&fake.addr(), &["--retry", "0"]);
    assert_failure(&output, 4, "does not speak XMPP");
}

fn tls_errors_are_exit_5_with_a_hint(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice", "bob"]);
    // Untrusted certificate: no --ca-file.
    let output = xmppctl()
        .args(["--jid", &server.jid("alice"), "--server"])
        .arg(format!("127.0.0.1:{}", server.starttls_port()))
        .env("XMPPCTL_PASSWORD", server.password("alice"))
        .args(["send", &server.jid("bob"), "hi"])
        .output()
        .unwrap();
    assert_failure(&output, 5, "not trusted: issued by an unknown authority");
    assert!(String::from_utf8_lossy(&output.stderr).contains("--ca-file"));

    // Direct TLS against the STARTTLS port.
    let output = server
        .cmd_as("alice")
        .args(["--tls", "direct", "send", &server.jid("bob"), "hi"])
        .output()
        .unwrap();
    assert_failure(&output, 5, "did not answer in TLS");
    assert!(String::from_utf8_lossy(&output.stderr).contains("--tls starttls"));

    // A server that offers no STARTTLS gets no credentials.
    let fake = FakeServer::no_starttls();
    let output = send_through(&fake.addr(), &[]);
    assert_failure(&output, 5, "offers no STARTTLS");
    assert!(!fake.received_text().contains("<auth"));

    // --insecure connects anyway, with a warning.
    let output = xmppctl()
        .args(["--jid", &server.jid("alice"), "--insecure", "--server"])
        .arg(format!("127.0.0.1:{}", server.starttls_port()))
        .env("XMPPCTL_PASSWORD", server.password("alice"))
        .args(["send", &server.jid("bob"), "hi"])
        .output()
        .unwrap();
    assert_success(&output);
    assert!(String::from_utf8_lossy(&output.stderr).contains("warning: --insecure"));
}

#[test]
fn certificate_name_mismatch_and_expiry_are_exit_5_with_the_reason() {
    let cases = [
        (
            common::CertSpec {
                names: vec!["elsewhere.test".into()],
                ..Default::default()
            },
            "not valid for the name xmppctl.test",
        ),
        (
            common::CertSpec {
                expired: true,
                ..Default::default()
            },
            "expired",
        ),
    ];
    for (cert, reason) in cases {
        let server = Prosody::start_with(common::ProsodyOptions {
            cert,
            ..Default::default()
        });
        let output = server
            .cmd_as("alice")
            .args(["send", &server.jid("bob"), "hi"])
            .output()
            .unwrap();
        assert_failure(&output, 5, reason);
    }
}

fn starttls_against_the_direct_tls_port_is_a_clear_error(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice", "bob"]);
    let output = server
        .cmd_as("alice")
        .args([
            "--server",
            &format!("127.0.0.1:{}", server.direct_tls_port()),
        ])
        .args(["--retry", "0", "send", &server.jid("bob"), "hi"])
        .output()
        .unwrap();
    // Both hang up on a plaintext stream header, but the first line is
    // worded differently: after ejabberd's close the XML reader reports
    // "invalid eof at beginning of document" (data) where Prosody's reads
    // as end-of-file. The exit code and the hint are the same.
    assert_failure(&output, 4, "(STARTTLS)");
    assert!(String::from_utf8_lossy(&output.stderr).contains("--tls direct"));
}

fn wrong_password_is_exit_6_without_retrying(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice", "bob"]);
    let output = server
        .cmd_as("alice")
        .env("XMPPCTL_PASSWORD", "not-the-password")
        .args(["-v", "send", &server.jid("bob"), "hi"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(6));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("retrying"), "{stderr}");
    assert!(
        stderr
            .lines()
            .last()
            .unwrap()
            .contains("authentication failed"),
        "{stderr}"
    );
    let attempts = server.log_tail().matches("Authentication failed").count()
        + server.log_tail().matches("authentication failure").count();
    assert!(attempts <= 1, "tried to log in {attempts} times");
}

#[test]
fn a_silent_server_times_out_with_exit_8() {
    let fake = FakeServer::silent();
    let started = std::time::Instant::now();
    let output = send_through(&fake.addr(), &["--timeout", "2"]);
    assert_failure(&output, 8, "timed out");
    // Not a performance assertion: proof that the deadline, not the
    // harness's 60 s safety net, ended the run.
    assert!(started.elapsed() < std::time::Duration::from_secs(30));
}

#[test]
fn each_connection_attempt_has_its_own_deadline() {
    let fake = FakeServer::silent();
    let output = send_through(&fake.addr(), &["--connect-timeout", "1", "--timeout", "30"]);
    assert_failure(&output, 8, "--connect-timeout");
    // A stall is not a transient failure: no second attempt.
    assert_eq!(fake.connections(), 1);
}

#[test]
fn an_endless_element_is_cut_off_instead_of_filling_memory() {
    let mut flood = format!(
        "{}<stream:features><x xmlns='urn:example:flood'>",
        common::fake::STREAM_HEADER
    )
    .into_bytes();
    flood.resize(flood.len() + 20 * 1024 * 1024, b'a');
    let fake = FakeServer::replying(&flood, false);
    let output = send_through(&fake.addr(), &["--retry", "0"]);
    assert_failure(&output, 4, "the server sent more than 4 MiB in one element");
}

#[test]
fn stream_errors_are_reported_with_their_condition() {
    let fake = FakeServer::stream_error("host-unknown");
    let output = send_through(&fake.addr(), &[]);
    assert_failure(&output, 7, "host-unknown");
}

#[test]
fn json_mode_failures_also_print_an_error_document() {
    let refused = format!("127.0.0.1:{}", refused_port());
    let output = send_through(&refused, &["--json", "--retry", "0"]);
    assert_eq!(output.status.code(), Some(4));
    let document: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(document["error"]["code"], 4);
    assert_eq!(document["error"]["kind"], "network");

    // Also when the failure is the config file itself.
    let output = xmppctl()
        .args(["--json", "--config", "/nonexistent/config.toml", "ping"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3));
    let document = json(&output);
    assert_eq!(document["error"]["kind"], "config");
}
