//! `check DOMAIN` against real servers found through a private DNS server
//! (dnsmasq with SRV records), and against fakes for the faults a real
//! server will not show: findings field by field in JSON, the exit codes,
//! and the `--nagios` status lines. A fine server is checked on every
//! server of the matrix (Prosody 0.12, ejabberd 23.01, Prosody 13).

mod common;

use common::{
    CertSpec, DOMAIN, Dns, FakeServer, Prosody, ProsodyOptions, Record, TestServer, json,
    refused_port, xmppctl,
};
use serde_json::Value;

/// The usual SRV records of a server: direct TLS and STARTTLS on the domain.
fn srv_records(server: &dyn TestServer) -> Dns {
    Dns::start(&[
        Record::srv(
            &format!("_xmpps-client._tcp.{DOMAIN}"),
            DOMAIN,
            server.direct_tls_port(),
            0,
            5,
        ),
        Record::srv(
            &format!("_xmpp-client._tcp.{DOMAIN}"),
            DOMAIN,
            server.starttls_port(),
            0,
            5,
        ),
        Record::loopback(DOMAIN),
    ])
}

/// `xmppctl --dns D --ca-file CA ARGS check DOMAIN`: exit code and stdout.
fn check(dns: &Dns, server: &dyn TestServer, args: &[&str]) -> (Option<i32>, String) {
    let output = xmppctl()
        .args(["--dns", &dns.addr(), "--ca-file"])
        .arg(server.ca_file())
        .arg("check")
        .args(args)
        .arg(DOMAIN)
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

fn check_json(dns: &Dns, server: &dyn TestServer, args: &[&str]) -> (Option<i32>, Value) {
    let (code, stdout) = check(dns, server, &[&["--json"], args].concat());
    (code, serde_json::from_str(&stdout).expect(&stdout))
}

fn severities(report: &Value) -> Vec<&str> {
    report["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["severity"].as_str().unwrap())
        .collect()
}

fn assert_fine_server(server: &dyn TestServer) {
    let dns = srv_records(server);
    let (code, report) = check_json(&dns, server, &[]);
    assert_eq!(code, Some(0), "{report}");
    assert_eq!(report["domain"], DOMAIN);
    assert_eq!(
        report["dns"]["xmpps_client"][0]["port"],
        server.direct_tls_port()
    );
    assert_eq!(report["dns"]["xmpp_client"][0]["target"], DOMAIN);
    assert_eq!(report["dns"]["fallback"], false);
    let targets = report["targets"].as_array().unwrap();
    assert_eq!(targets.len(), 2, "{report}");
    let (direct, starttls) = (&targets[0], &targets[1]);
    assert_eq!(direct["tls_mode"], "direct");
    assert_eq!(direct["port"], server.direct_tls_port());
    assert_eq!(direct["starttls"], Value::Null);
    assert_eq!(starttls["tls_mode"], "starttls");
    assert_eq!(starttls["starttls"]["offered"], true);
    assert_eq!(starttls["starttls"]["required"], true);
    assert_eq!(starttls["mechanisms_before_tls"], serde_json::json!([]));
    for target in targets {
        assert_eq!(target["error"], Value::Null, "{target}");
        assert!(target["connect_ms"].as_f64().unwrap() >= 0.0);
        assert_eq!(
            target["address"].as_str().unwrap().split(':').next(),
            Some("127.0.0.1")
        );
        // TLS 1.3 everywhere but where the server's TLS stack stops at 1.2.
        let version = target["tls"]["version"].as_str().unwrap();
        assert!(matches!(version, "1.3" | "1.2"), "{target}");
        let cipher = target["tls"]["cipher"].as_str().unwrap();
        assert_eq!(cipher.starts_with("TLS13_"), version == "1.3", "{target}");
        let cert = &target["certificate"];
        assert_eq!(cert["names_domain"], true, "{cert}");
        assert_eq!(cert["trusted"], true, "{cert}");
        assert_eq!(cert["issuer"], "xmppctl test CA");
        assert!(cert["days_left"].as_i64().unwrap() > 30, "{cert}");
        assert!(cert["names"].as_array().unwrap().contains(&DOMAIN.into()));
        let mechanisms = target["sasl"]["mechanisms"].as_array().unwrap();
        assert!(mechanisms.contains(&"SCRAM-SHA-1".into()), "{target}");
    }
    assert_eq!(report["login"], Value::Null);
    assert!(severities(&report).is_empty(), "{report}");
}

server_matrix!(a_fine_server_is_fine_in_every_finding);
fn a_fine_server_is_fine_in_every_finding(server: &'static dyn TestServer) {
    assert_fine_server(server);
}

server_matrix!(login_adds_the_session_and_the_services);
fn login_adds_the_session_and_the_services(server: &'static dyn TestServer) {
    let prosody = server.fresh_accounts(&["alice"]);
    let dns = srv_records(&prosody);
    let output = xmppctl()
        .args(["--dns", &dns.addr(), "--ca-file"])
        .arg(prosody.ca_file())
        .args(["--jid", &prosody.jid("alice")])
        .env("XMPPCTL_PASSWORD", prosody.password("alice"))
        .args(["--json", "check", "--login", DOMAIN])
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(output.status.code(), Some(0), "{report}");
    let login = &report["login"];
    assert_eq!(login["ok"], true, "{login}");
    assert_eq!(login["jid"], prosody.jid("alice"));
    assert!(login["login_ms"].as_f64().is_some());
    assert!(login["ping_ms"].as_f64().is_some());
    assert_eq!(login["sm"], true);
    let services = &report["services"];
    assert_eq!(services["muc"], prosody.muc_service(), "{services}");
    assert_eq!(services["carbons"], true);
    assert_eq!(services["mam"], true);
    assert_eq!(services["upload"], Value::Null);

    let failed = xmppctl()
        .args(["--dns", &dns.addr(), "--ca-file"])
        .arg(prosody.ca_file())
        .args(["--jid", &prosody.jid("alice")])
        .env("XMPPCTL_PASSWORD", "wrong")
        .args(["--json", "check", "--login", DOMAIN])
        .output()
        .unwrap();
    assert_eq!(failed.status.code(), Some(6));
    let report: Value = serde_json::from_slice(&failed.stdout).unwrap();
    assert_eq!(report["login"]["ok"], false);
    assert_eq!(severities(&report), ["critical"]);
}

#[test]
fn certificate_faults_are_critical_or_warnings() {
    let wrong_name = Prosody::start_with(ProsodyOptions {
        cert: CertSpec {
            names: vec!["elsewhere.test".into()],
            ..Default::default()
        },
        ..Default::default()
    });
    let dns = srv_records(&wrong_name);
    let (code, report) = check_json(&dns, &wrong_name, &[]);
    assert_eq!(code, Some(5), "{report}");
    let cert = &report["targets"][0]["certificate"];
    assert_eq!(cert["names_domain"], false);
    assert_eq!(cert["trusted"], false);
    assert!(
        cert["error"]
            .as_str()
            .unwrap()
            .contains("not valid for the name")
    );
    assert_eq!(severities(&report), ["critical", "critical"]);
    let (code, line) = check(&dns, &wrong_name, &["--nagios"]);
    assert_eq!(code, Some(2));
    assert!(line.starts_with("XMPP CRITICAL - xmppctl.test: "), "{line}");

    let expiring = Prosody::start_with(ProsodyOptions {
        cert: CertSpec {
            expires_in_days: Some(10),
            ..Default::default()
        },
        ..Default::default()
    });
    let dns = srv_records(&expiring);
    let (code, report) = check_json(&dns, &expiring, &[]);
    assert_eq!(code, Some(0), "{report}");
    let days = report["targets"][0]["certificate"]["days_left"]
        .as_i64()
        .unwrap();
    assert!((9..=10).contains(&days), "{days}");
    assert_eq!(severities(&report), ["warning", "warning"]);
    let (code, line) = check(&dns, &expiring, &["--nagios"]);
    assert_eq!(code, Some(1));
    assert!(line.starts_with("XMPP WARNING - "), "{line}");
    // A second may pass between the two runs: the certificate's 10 days
    // (to the second) can turn into 9 whole days between them.
    assert!(
        [days, days - 1]
            .iter()
            .any(|d| line.contains(&format!(" daysvalid={d};30;7\n"))),
        "{line}"
    );
    // Tighter limits make the same certificate fine.
    let (code, line) = check(
        &dns,
        &expiring,
        &["--nagios", "--warn-days", "5", "--crit-days", "2"],
    );
    assert_eq!(code, Some(0), "{line}");
    assert!(line.starts_with("XMPP OK - "), "{line}");

    let expired = Prosody::start_with(ProsodyOptions {
        cert: CertSpec {
            expired: true,
            ..Default::default()
        },
        ..Default::default()
    });
    let dns = srv_records(&expired);
    let (code, report) = check_json(&dns, &expired, &[]);
    assert_eq!(code, Some(5), "{report}");
    let cert = &report["targets"][1]["certificate"];
    assert!(cert["days_left"].as_i64().unwrap() < 0);
    assert!(cert["error"].as_str().unwrap().contains("expired"));
    assert!(severities(&report).iter().all(|s| *s == "critical"));
}

#[test]
fn a_refusing_target_beside_a_working_one_is_a_warning() {
    let prosody = Prosody::start();
    let name = format!("_xmpp-client._tcp.{DOMAIN}");
    let dns = Dns::start(&[
        Record::srv(&name, DOMAIN, refused_port(), 0, 5),
        Record::srv(&name, DOMAIN, prosody.starttls_port(), 10, 5),
        Record::loopback(DOMAIN),
    ]);
    let (code, report) = check_json(&dns, &prosody, &[]);
    assert_eq!(code, Some(0), "{report}");
    assert_eq!(report["targets"][0]["connect_ms"], Value::Null);
    assert!(
        report["targets"][0]["error"]
            .as_str()
            .unwrap()
            .contains("refused")
    );
    assert_eq!(report["targets"][1]["error"], Value::Null);
    assert_eq!(severities(&report), ["warning"]);
    let (code, line) = check(&dns, &prosody, &["--nagios"]);
    assert_eq!(code, Some(1));
    assert!(line.starts_with("XMPP WARNING - "), "{line}");
    assert!(line.contains(" | time="), "{line}");

    // None answers: unreachable, exit 4.
    let dns = Dns::start(&[
        Record::srv(&name, DOMAIN, refused_port(), 0, 5),
        Record::loopback(DOMAIN),
    ]);
    let (code, report) = check_json(&dns, &prosody, &[]);
    assert_eq!(code, Some(4), "{report}");
    assert_eq!(severities(&report), ["critical"]);
}

#[test]
fn plain_before_tls_is_critical() {
    let server = FakeServer::replying(
        format!(
            "{}<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>\
             <mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>PLAIN</mechanism>\
             </mechanisms></stream:features><proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>",
            common::fake::STREAM_HEADER
        )
        .as_bytes(),
        true,
    );
    let output = xmppctl()
        .args(["--server", &server.addr(), "--json", "check", DOMAIN])
        .output()
        .unwrap();
    let report = json(&output);
    assert_eq!(output.status.code(), Some(5), "{report}");
    assert_eq!(report["dns"], Value::Null);
    let target = &report["targets"][0];
    assert_eq!(
        target["mechanisms_before_tls"],
        serde_json::json!(["PLAIN"])
    );
    assert_eq!(target["starttls"]["required"], false);
    let texts: Vec<&str> = report["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["text"].as_str().unwrap())
        .collect();
    assert!(
        texts.iter().any(|t| t.ends_with("offers PLAIN before TLS")),
        "{texts:?}"
    );
}

#[test]
fn nagios_reports_what_it_cannot_check_as_unknown() {
    for args in [
        &["check", "--nagios", "--warn-days", "many", DOMAIN][..],
        &["check", "--nagios"],
        &[
            "check",
            "--nagios",
            "--warn-days",
            "3",
            "--crit-days",
            "7",
            DOMAIN,
        ],
        // --login with no account configured.
        &["check", "--nagios", "--login", DOMAIN],
    ] {
        let output = xmppctl().args(args).output().unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert_eq!(output.status.code(), Some(3), "{args:?}: {stdout}");
        assert!(stdout.starts_with("XMPP UNKNOWN - "), "{stdout}");
        assert_eq!(stdout.lines().count(), 1, "{stdout}");
    }
    // Without --nagios the same mistakes are usage and config errors.
    let output = xmppctl()
        .args(["check", "--warn-days", "many", DOMAIN])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let output = xmppctl()
        .args(["check", "--login", DOMAIN])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3));
}

#[test]
fn a_fine_server_is_ok_for_nagios() {
    let prosody = Prosody::start();
    let dns = srv_records(&prosody);
    let (code, line) = check(&dns, &prosody, &["--nagios"]);
    assert_eq!(code, Some(0), "{line}");
    assert!(
        line.starts_with("XMPP OK - xmppctl.test: 2 targets fine"),
        "{line}"
    );
    let perfdata = line.split_once(" | ").unwrap().1.trim_end();
    let (time, days) = perfdata.split_once(' ').unwrap();
    let time = time.strip_prefix("time=").unwrap();
    assert!(time.ends_with("s;1;2;0"), "{time}");
    assert!(
        days.starts_with("daysvalid=") && days.ends_with(";30;7"),
        "{days}"
    );
}
