//! Benchmarks against a private Prosody on loopback (`scripts/bench`):
//! time per `send` (a whole process: connect, TLS, SCRAM, bind, send, ack),
//! XMPP round trips per send, `send --lines` throughput, in-session ping
//! round trips and peak memory. Reports figures; asserts nothing.

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::{Duration, Instant};

use common::Prosody;

fn arg(name: &str, default: usize) -> usize {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn millis(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn summary(mut samples: Vec<f64>) -> String {
    samples.sort_by(f64::total_cmp);
    let mean = samples.iter().sum::<f64>() / samples.len() as f64;
    format!(
        "median {:.1} ms, mean {:.1} ms, min {:.1} ms, max {:.1} ms (n={})",
        samples[samples.len() / 2],
        mean,
        samples[0],
        samples[samples.len() - 1],
        samples.len()
    )
}

/// Peak resident memory of one `xmppctl send`, in KiB.
fn send_peak_rss_kib(prosody: &Prosody) -> i64 {
    let mut send = prosody.spawnable_as("alice");
    send.args(["send", &prosody.jid("bob"), "measured"]);
    let (status, peak) = common::run_measured(send);
    assert_eq!(status, Some(0), "xmppctl send failed");
    peak
}

fn main() {
    let runs = arg("--runs", 20);
    let lines = arg("--lines", 1000);
    // A long stream, to show memory stays flat however long it runs.
    let rss_lines = arg("--rss-lines", 100_000);
    let pings = arg("--pings", 200);
    // Without MAM: the archive of Prosody's internal storage holds 10,000
    // messages per account and stops confirming past that, which would cut
    // the long stream short (a server limit, not a client one).
    let prosody = Prosody::start_with(common::ProsodyOptions {
        without_modules: vec!["mam".into()],
        ..Default::default()
    });
    let bob = prosody.jid("bob");
    println!(
        "xmppctl benchmark against Prosody on loopback ({runs} sends, {lines} lines, {pings} pings)"
    );

    // Warm-up: the first run pays for page cache and Prosody's first login.
    prosody
        .cmd_as("alice")
        .args(["send", &bob, "warm-up"])
        .assert()
        .success();

    let time_sends = |server: &str, runs: usize| {
        let mut per_send = Vec::with_capacity(runs);
        for i in 0..runs {
            let started = Instant::now();
            prosody
                .cmd_as("alice")
                .args(["--server", server, "send", &bob, &format!("message {i}")])
                .assert()
                .success();
            per_send.push(millis(started.elapsed()));
        }
        summary(per_send)
    };
    let direct = format!("127.0.0.1:{}", prosody.starttls_port());
    println!(
        "time per send (one process each): {}",
        time_sends(&direct, runs)
    );
    let rtt = Duration::from_millis(arg("--rtt-ms", 20) as u64);
    let relay = common::DelayRelay::start(prosody.starttls_port(), rtt);
    let relayed = relay.addr();
    println!(
        "time per send through a relay adding {} ms of round-trip time: {}",
        rtt.as_millis(),
        time_sends(&relayed, runs.min(10))
    );

    for (how, direct) in [("STARTTLS", false), ("direct TLS", true)] {
        let mut command = if direct {
            prosody.cmd_as_direct_tls("alice")
        } else {
            prosody.cmd_as("alice")
        };
        let traced = command
            .args(["-vv", "send", &bob, "traced"])
            .output()
            .expect("run xmppctl");
        println!(
            "round trips until the ack ({how}): {} XMPP round trips after TCP connect, plus the TLS handshake",
            common::round_trips(&String::from_utf8_lossy(&traced.stderr))
        );
    }

    // bob online, so every message is delivered live, not stored.
    println!(
        "peak memory of one xmppctl send: {} KiB",
        send_peak_rss_kib(&prosody)
    );

    // Its output goes nowhere: this process must not grow by what it
    // prints (a fork's peak RSS counts the parent's pages).
    let mut listener = prosody
        .spawnable_as("bob")
        .args(["listen", "--json"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start bob's listen");
    std::thread::sleep(Duration::from_secs(1));
    for count in [lines, rss_lines] {
        let input = tempfile::NamedTempFile::new().expect("input file");
        let text: String = (0..count).map(|i| format!("line {i}\n")).collect();
        std::fs::write(input.path(), text).expect("write input");
        let mut send = prosody.spawnable_as("alice");
        send.args(["send", "--lines", "--file"])
            .arg(input.path())
            .arg(&bob);
        let started = Instant::now();
        let (status, peak) = common::run_measured(send);
        let elapsed = started.elapsed();
        assert_eq!(status, Some(0), "send --lines failed");
        println!(
            "send --lines to an online recipient: {count} messages in {:.0} ms = {:.0} acked messages/s, peak RSS {peak} KiB",
            millis(elapsed),
            count as f64 / elapsed.as_secs_f64()
        );
    }
    let _ = listener.kill();
    let _ = listener.wait();

    let output = prosody
        .cmd_as("alice")
        .args(["ping", "--json", "--count", &pings.to_string()])
        .output()
        .expect("run xmppctl");
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("ping JSON");
    println!(
        "ping in one session: median {} ms, min {} ms, max {} ms (n={pings})",
        report["median_ms"], report["min_ms"], report["max_ms"]
    );

    drop(prosody);
    recovery_times();
}

/// How long a `send --lines` stream is without service after a fault:
/// from the fault to the next line the server acknowledged. A cut link
/// (no FIN) is noticed by the keepalive (1 s here: up to two intervals)
/// and resumed; a restarted server is noticed at once and logged in to
/// afresh, counted from the moment it accepts connections again.
fn recovery_times() {
    let mut prosody = Prosody::start();
    let relay = common::Relay::start(prosody.starttls_port());
    for restart in [false, true] {
        let mut cmd = prosody.spawnable_as("alice");
        cmd.args(["--server", &relay.addr(), "--keepalive", "1", "--json"])
            .args(["send", "--lines", &prosody.jid("bob")]);
        let mut sender = common::LineSender::spawn(cmd);
        sender.write("before the fault");
        sender.next_record();
        let started = if restart {
            prosody.halt(true);
            prosody.start_again();
            Instant::now()
        } else {
            relay.cut();
            Instant::now()
        };
        sender.write("after the fault");
        sender.next_record();
        let fault = if restart {
            "server restart (fresh login)"
        } else {
            "cut link, keepalive 1 s (resumed)"
        };
        println!(
            "back in service after a {fault}: {:.0} ms to the next acknowledged line",
            millis(started.elapsed())
        );
        let (status, _, _) = sender.finish();
        assert!(status.success(), "send --lines failed after the fault");
    }
}
