//! The connection path through DNS SRV (RFC 6120 3.2, XEP-0368), with a
//! private dnsmasq as `--dns`: direct TLS records before STARTTLS ones,
//! priority order, falling over to the next target, the fallback to the
//! domain, and NXDOMAIN.

mod common;

use common::{DOMAIN, Dns, Prosody, Record, refused_port, xmppctl};

fn client() -> String {
    format!("_xmpp-client._tcp.{DOMAIN}")
}

fn direct() -> String {
    format!("_xmpps-client._tcp.{DOMAIN}")
}

/// `ping -v` as alice through `dns`, no `--server`: exit code and stderr.
fn ping(prosody: &Prosody, dns: &Dns) -> (Option<i32>, String) {
    let output = xmppctl()
        .args([
            "--dns",
            &dns.addr(),
            "--jid",
            &prosody.jid("alice"),
            "--ca-file",
        ])
        .arg(prosody.ca_file())
        .env("XMPPCTL_PASSWORD", prosody.password("alice"))
        .args(["-v", "ping"])
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn auto_picks_direct_tls_records_first() {
    let prosody = Prosody::start();
    let dns = Dns::start(&[
        Record::srv(&client(), DOMAIN, prosody.starttls_port(), 0, 5),
        Record::srv(&direct(), DOMAIN, prosody.direct_tls_port(), 0, 5),
        Record::loopback(DOMAIN),
    ]);
    let (code, stderr) = ping(&prosody, &dns);
    assert_eq!(code, Some(0), "{stderr}");
    let first = format!(
        "connected to {DOMAIN}:{} (direct TLS)",
        prosody.direct_tls_port()
    );
    assert!(stderr.contains(&first), "{stderr}");
}

#[test]
fn priority_orders_the_targets_and_a_dead_one_is_skipped() {
    let prosody = Prosody::start();
    let dead = refused_port();
    // The lower priority value comes first.
    let dns = Dns::start(&[
        Record::srv(&client(), DOMAIN, dead, 20, 5),
        Record::srv(&client(), DOMAIN, prosody.starttls_port(), 10, 5),
        Record::loopback(DOMAIN),
    ]);
    let (code, stderr) = ping(&prosody, &dns);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(!stderr.contains(&format!(":{dead}")), "{stderr}");

    // The first target refuses: the next one serves.
    let dns = Dns::start(&[
        Record::srv(&client(), DOMAIN, dead, 10, 5),
        Record::srv(&client(), DOMAIN, prosody.starttls_port(), 20, 5),
        Record::loopback(DOMAIN),
    ]);
    let (code, stderr) = ping(&prosody, &dns);
    assert_eq!(code, Some(0), "{stderr}");
    let refused = stderr.find(&format!(":{dead}")).expect(&stderr);
    let served = stderr
        .find(&format!(
            "connected to {DOMAIN}:{}",
            prosody.starttls_port()
        ))
        .expect(&stderr);
    assert!(refused < served, "{stderr}");
}

#[test]
fn no_records_fall_back_to_the_domain() {
    let prosody = Prosody::start();
    let dns = Dns::start(&[Record::loopback(DOMAIN)]);
    let (code, stderr) = ping(&prosody, &dns);
    // Nothing listens on 127.0.0.1:5222 here: the attempt shows the fallback.
    assert_eq!(code, Some(4), "{stderr}");
    assert!(stderr.contains(&format!("{DOMAIN}:5222")), "{stderr}");
}

#[test]
fn nxdomain_is_a_network_error_naming_the_domain() {
    let dns = Dns::start(&[]);
    let output = xmppctl()
        .args(["--dns", &dns.addr(), "--jid", "alice@nowhere.test", "ping"])
        .env("XMPPCTL_PASSWORD", "x")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(4), "{stderr}");
    assert!(
        stderr.contains("cannot resolve nowhere.test: no such domain (NXDOMAIN)"),
        "{stderr}"
    );
}

#[test]
fn the_dns_server_comes_from_the_environment_and_must_be_an_address() {
    let dns = Dns::start(&[]);
    let output = xmppctl()
        .env("XMPPCTL_DNS", dns.addr())
        .env("XMPPCTL_PASSWORD", "x")
        .args(["--jid", "alice@nowhere.test", "ping"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&output.stderr).contains("NXDOMAIN"));
    let output = xmppctl()
        .args(["--dns", "dns.example", "--jid", "a@b.test", "ping"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("not an IP address"));
}
