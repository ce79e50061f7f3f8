//! The session driver against a real Prosody: streams report as they go,
//! waiting costs no CPU, and nothing is acknowledged that the command did
//! not deliver to its user (the server keeps the rest).

mod common;

use std::process::Stdio;
use std::time::Duration;

use common::{LineSender, Prosody, assert_success, json_lines};
use serde_json::Value;

fn receive(prosody: &Prosody, user: &str, args: &[&str]) -> Vec<Value> {
    let output = prosody
        .cmd_as(user)
        .args(["listen", "--json", "--seconds", "10"])
        .args(args)
        .output()
        .unwrap();
    assert_success(&output);
    json_lines(&output)
}

fn send(prosody: &Prosody, from: &str, to: &str, body: &str) {
    let output = prosody
        .cmd_as(from)
        .args(["send"])
        .arg(prosody.jid(to))
        .arg(body)
        .output()
        .unwrap();
    assert_success(&output);
}

fn bodies(records: &[Value]) -> Vec<&str> {
    records.iter().filter_map(|r| r["body"].as_str()).collect()
}

#[test]
fn lines_are_reported_as_their_acks_arrive() {
    let prosody = Prosody::start();
    let mut sender = LineSender::start(&prosody, &[]);
    sender.write("one");
    let first = sender.next_record();
    assert_eq!(first["confirmed"], "ack");
    sender.write("two");
    let second = sender.next_record();
    assert_ne!(first["id"], second["id"]);
    assert!(sender.finish().0.success());
    assert_eq!(
        bodies(&receive(&prosody, "bob", &["--count", "2"])),
        ["one", "two"]
    );
}

#[test]
fn a_quiet_input_costs_no_cpu() {
    let prosody = Prosody::start();
    let mut sender = LineSender::start(&prosody, &["--timeout", "1"]);
    sender.write("before the pause");
    sender.next_record();
    let before = sender.cpu_time();
    // Several times --timeout with nothing on stdin: the command waits.
    std::thread::sleep(Duration::from_secs(4));
    let used = sender.cpu_time() - before;
    assert!(
        used < Duration::from_millis(200),
        "{used:?} of CPU over 4 s of quiet input"
    );
    sender.write("after the pause");
    assert_eq!(sender.next_record()["confirmed"], "ack");
    assert!(sender.finish().0.success());
}

#[test]
fn listen_count_leaves_the_rest_with_the_server() {
    let prosody = Prosody::start();
    for body in ["m1", "m2", "m3"] {
        send(&prosody, "alice", "bob", body);
    }
    assert_eq!(bodies(&receive(&prosody, "bob", &["--count", "1"])), ["m1"]);
    // What arrived beyond the count was not acknowledged: stored again.
    assert_eq!(
        bodies(&receive(&prosody, "bob", &["--count", "2"])),
        ["m2", "m3"]
    );
}

#[test]
fn listen_muc_keeps_messages_that_arrive_during_the_join() {
    let prosody = Prosody::start();
    send(&prosody, "alice", "bob", "offline one");
    send(&prosody, "alice", "bob", "offline two");
    let room = format!("lobby@{}", prosody.muc_service());
    let records = receive(&prosody, "bob", &["--muc", &room, "--count", "2"]);
    assert_eq!(bodies(&records), ["offline one", "offline two"]);
}

#[test]
fn a_closed_stdout_ends_politely_and_loses_nothing() {
    let prosody = Prosody::start();
    for body in ["m1", "m2", "m3"] {
        send(&prosody, "alice", "bob", body);
    }
    // The reader is gone before anything arrives (`| true`): what a pipe
    // took is the reader's, what it refused must stay with the server.
    let mut child = prosody
        .spawnable_as("bob")
        .args(["listen", "--json", "--seconds", "10"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert!(output.stderr.is_empty(), "{output:?}");
    assert_eq!(
        bodies(&receive(&prosody, "bob", &["--count", "3"])),
        ["m1", "m2", "m3"]
    );
}
