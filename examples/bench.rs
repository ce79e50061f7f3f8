//! Benchmarks against a private Prosody on loopback (`scripts/bench`):
//! time per `send` (a whole process: connect, TLS, SCRAM, bind, send, ack),
//! XMPP round trips per send, `send --lines` throughput, in-session ping
//! round trips and peak memory. Reports figures; asserts nothing.

#[path = "../tests/common/mod.rs"]
mod common;

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
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

/// A TCP relay to `port` that delivers every chunk half an RTT after it
/// arrived, in each direction, as a network would: round trips then cost
/// what they cost outside loopback. Chunks keep their own due times, so a
/// pipelined burst is not charged twice.
fn delay_relay(port: u16, rtt: Duration) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind relay");
    let relay_port = listener.local_addr().expect("relay address").port();
    std::thread::spawn(move || {
        for client in listener.incoming().map_while(Result::ok) {
            let Ok(server) = TcpStream::connect(("127.0.0.1", port)) else {
                continue;
            };
            let _ = (client.set_nodelay(true), server.set_nodelay(true));
            let (client2, server2) = (client.try_clone().unwrap(), server.try_clone().unwrap());
            delay_pipe(client, server, rtt / 2);
            delay_pipe(server2, client2, rtt / 2);
        }
    });
    relay_port
}

/// The relay's own sockets must not add delayed-ACK stalls of their own
/// (see src/session/transport.rs): Linux needs TCP_QUICKACK after each read.
fn quick_ack(socket: &TcpStream) {
    use std::os::fd::AsRawFd;
    let on: libc::c_int = 1;
    // SAFETY: setsockopt on a socket we own, with a c_int option value.
    unsafe {
        libc::setsockopt(
            socket.as_raw_fd(),
            libc::IPPROTO_TCP,
            libc::TCP_QUICKACK,
            (&on as *const libc::c_int).cast(),
            std::mem::size_of::<libc::c_int>() as libc::socklen_t,
        );
    }
}

fn delay_pipe(mut from: TcpStream, mut to: TcpStream, delay: Duration) {
    let (chunks, due) = std::sync::mpsc::channel::<(Instant, Vec<u8>)>();
    std::thread::spawn(move || {
        let mut buf = [0u8; 16 * 1024];
        while let Ok(n @ 1..) = from.read(&mut buf) {
            quick_ack(&from);
            if chunks
                .send((Instant::now() + delay, buf[..n].to_vec()))
                .is_err()
            {
                break;
            }
        }
    });
    std::thread::spawn(move || {
        for (at, chunk) in due {
            std::thread::sleep(at.saturating_duration_since(Instant::now()));
            if to.write_all(&chunk).is_err() {
                break;
            }
        }
        let _ = to.shutdown(std::net::Shutdown::Write);
    });
}

fn main() {
    let runs = arg("--runs", 20);
    let lines = arg("--lines", 1000);
    // A long stream, to show memory stays flat however long it runs.
    let rss_lines = arg("--rss-lines", 100_000);
    let pings = arg("--pings", 200);
    let prosody = Prosody::start();
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
    let relayed = format!("127.0.0.1:{}", delay_relay(prosody.starttls_port(), rtt));
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
    let listener = common::Background::start(&prosody, "bob", &["listen", "--json"]);
    listener.wait_stderr("listening as");
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
    drop(listener);

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

    println!(
        "peak memory of one xmppctl send: {} KiB",
        send_peak_rss_kib(&prosody)
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
