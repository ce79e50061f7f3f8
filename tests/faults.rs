//! Long-running commands survive faults against a real Prosody: a link cut
//! without a FIN is resumed (XEP-0198), a restarted server gets a fresh
//! login, and every line arrives exactly once (bodies carry sequence
//! numbers, read back as bob). Only a crash may duplicate what was in
//! flight.

mod common;

use std::collections::BTreeMap;
use std::thread::sleep;
use std::time::{Duration, Instant};

use common::{Background, LineSender, Prosody, Relay, assert_success, json_lines};

const LINES: usize = 20;

/// alice's `send --lines --json` to bob through `server` (a relay, or
/// Prosody itself), probing a quiet link every second.
fn sender(prosody: &Prosody, server: Option<&str>, extra: &[&str]) -> LineSender {
    let mut cmd = prosody.spawnable_as("alice");
    if let Some(server) = server {
        // The last --server wins.
        cmd.args(["--server", server]);
    }
    cmd.args(["--keepalive", "1", "--json", "send", "--lines"])
        .args(extra)
        .arg(prosody.jid("bob"));
    LineSender::spawn(cmd)
}

/// Feed `line 1` .. `line LINES`, calling `fault` after line `LINES / 2`.
fn feed_with_fault(sender: &mut LineSender, mut fault: impl FnMut()) {
    for n in 1..=LINES {
        sender.write(&format!("line {n}"));
        if n == LINES / 2 {
            fault();
        }
        sleep(Duration::from_millis(100));
    }
}

/// How often bob received each `line N`.
fn received_lines(prosody: &Prosody) -> BTreeMap<usize, usize> {
    let output = prosody
        .cmd_as("bob")
        .args(["listen", "--json", "--seconds", "4"])
        .output()
        .unwrap();
    assert_success(&output);
    let mut seen = BTreeMap::new();
    for record in json_lines(&output) {
        let body = record["body"].as_str().unwrap_or_default();
        if let Some(n) = body.strip_prefix("line ").and_then(|n| n.parse().ok()) {
            *seen.entry(n).or_insert(0) += 1;
        }
    }
    seen
}

fn assert_each_exactly_once(seen: &BTreeMap<usize, usize>) {
    for n in 1..=LINES {
        assert_eq!(seen.get(&n), Some(&1), "line {n}: {seen:?}");
    }
}

#[test]
fn a_cut_link_is_resumed_and_every_line_arrives_once() {
    let prosody = Prosody::start();
    let relay = Relay::start(prosody.starttls_port());
    let mut sender = sender(&prosody, Some(&relay.addr()), &[]);
    feed_with_fault(&mut sender, || relay.cut());
    let (status, records, stderr) = sender.finish();
    assert!(status.success(), "{stderr:?}");
    assert!(
        stderr
            .iter()
            .any(|l| l.contains("connection lost") && l.contains("resumed")),
        "{stderr:?}"
    );
    assert_eq!(records.len(), LINES, "one record per line");
    assert_each_exactly_once(&received_lines(&prosody));
}

#[test]
fn a_graceful_restart_is_survived_by_a_fresh_login() {
    let mut prosody = Prosody::start();
    let mut sender = sender(&prosody, None, &[]);
    feed_with_fault(&mut sender, || {
        prosody.halt(true);
        sleep(Duration::from_secs(1));
        prosody.start_again();
    });
    let (status, records, stderr) = sender.finish();
    assert!(status.success(), "{stderr:?}");
    assert!(
        stderr.iter().any(|l| l.contains("logged in again")),
        "{stderr:?}"
    );
    assert_eq!(records.len(), LINES);
    assert_each_exactly_once(&received_lines(&prosody));
}

#[test]
fn a_crash_loses_no_line_and_duplicates_only_what_was_in_flight() {
    let mut prosody = Prosody::start();
    let mut sender = sender(&prosody, None, &[]);
    feed_with_fault(&mut sender, || {
        prosody.halt(false);
        sleep(Duration::from_millis(500));
        prosody.start_again();
    });
    let (status, _, stderr) = sender.finish();
    assert!(status.success(), "{stderr:?}");
    let seen = received_lines(&prosody);
    for n in 1..=LINES {
        assert!(
            seen.get(&n).is_some_and(|&c| c >= 1),
            "line {n} lost: {seen:?}"
        );
    }
    let duplicated: Vec<usize> = seen
        .iter()
        .filter(|(_, c)| **c > 1)
        .map(|(n, _)| *n)
        .collect();
    // In flight at the crash: at most the line just written and the one
    // before it (each is acked within milliseconds).
    assert!(duplicated.len() <= 2, "duplicated: {duplicated:?}");
    eprintln!("duplicated after SIGKILL: {duplicated:?}");
}

#[test]
fn a_server_that_never_returns_ends_the_stream_with_the_count() {
    let mut prosody = Prosody::start();
    let mut sender = sender(&prosody, None, &["--reconnect-for", "3"]);
    sender.write("line 1");
    sender.next_record();
    prosody.halt(true);
    let started = Instant::now();
    sender.write("line 2");
    let (status, records, stderr) = sender.finish();
    assert_eq!(status.code(), Some(4), "{stderr:?}");
    assert!(started.elapsed() < Duration::from_secs(20));
    let error = &records.last().expect("the JSON error document")["error"];
    let message = error["message"].as_str().unwrap();
    assert!(message.contains("--reconnect-for 3 s"), "{message}");
    assert!(message.contains("never confirmed"), "{message}");
    assert!(stderr.iter().any(|l| l.contains("never confirmed")));
}

#[test]
fn a_changed_password_after_a_restart_stops_at_once() {
    let mut prosody = Prosody::start();
    let mut sender = sender(&prosody, None, &[]);
    sender.write("line 1");
    sender.next_record();
    prosody.halt(true);
    prosody.register("alice", "a-new-password");
    prosody.start_again();
    let started = Instant::now();
    let (status, _, stderr) = sender.finish();
    assert_eq!(status.code(), Some(6), "{stderr:?}");
    assert!(started.elapsed() < Duration::from_secs(15));
}

#[test]
fn listen_after_a_restart_prints_what_was_sent_meanwhile() {
    let mut prosody = Prosody::start();
    let listener = Background::start(&prosody, "bob", &["--keepalive", "1", "listen", "--json"]);
    listener.wait_stderr("listening as");
    prosody.halt(true);
    prosody.start_again();
    for body in ["while away 1", "while away 2"] {
        let output = prosody
            .cmd_as("alice")
            .args(["send"])
            .arg(prosody.jid("bob"))
            .arg(body)
            .output()
            .unwrap();
        assert_success(&output);
    }
    listener.wait_stderr("logged in again");
    let bodies: Vec<String> = (0..2)
        .map(|_| serde_json::from_str::<serde_json::Value>(&listener.next_line()).unwrap())
        .map(|record| record["body"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(bodies, ["while away 1", "while away 2"]);
}

#[test]
fn muc_join_listen_is_back_in_the_room_after_a_restart() {
    let mut prosody = Prosody::start();
    let room = format!("ops@{}", prosody.muc_service());
    let created = prosody
        .cmd_as("alice")
        .args([
            "muc",
            "create",
            &room,
            "--set",
            "muc#roomconfig_persistentroom=1",
        ])
        .output()
        .unwrap();
    assert_success(&created);
    let listener = Background::start(
        &prosody,
        "bob",
        &[
            "--keepalive",
            "1",
            "--json",
            "muc",
            "join",
            &room,
            "--listen",
            "60",
        ],
    );
    listener.wait_stderr("entered");
    prosody.halt(true);
    prosody.start_again();
    listener.wait_stderr("logged in again");
    // Back in the room: alice's message comes through it.
    let said = prosody
        .cmd_as("alice")
        .args(["muc", "say", &room, "back again"])
        .output()
        .unwrap();
    assert_success(&said);
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        assert!(
            Instant::now() < deadline,
            "the message never came through the room"
        );
        let record: serde_json::Value = serde_json::from_str(&listener.next_line()).unwrap();
        if record["body"] == "back again" {
            break;
        }
    }
}
