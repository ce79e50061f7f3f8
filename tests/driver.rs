//! The session driver against every server of the matrix: streams report as they go,
//! waiting costs no CPU, and nothing is acknowledged that the command did
//! not deliver to its user (the server keeps the rest).

mod common;

use std::process::Stdio;
use std::time::Duration;

use common::{LineSender, TestServer, assert_success, receive};
use serde_json::Value;

server_matrix!(
    lines_are_reported_as_their_acks_arrive,
    a_quiet_input_costs_no_cpu,
    listen_count_leaves_the_rest_with_the_server,
    listen_muc_keeps_messages_that_arrive_during_the_join,
    a_closed_stdout_ends_politely_and_loses_nothing,
);

fn send(server: &dyn TestServer, from: &str, to: &str, body: &str) {
    let output = server
        .cmd_as(from)
        .args(["send"])
        .arg(server.jid(to))
        .arg(body)
        .output()
        .unwrap();
    assert_success(&output);
}

fn bodies(records: &[Value]) -> Vec<&str> {
    records.iter().filter_map(|r| r["body"].as_str()).collect()
}

fn lines_are_reported_as_their_acks_arrive(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice", "bob"]);
    let mut sender = LineSender::start(&server, &[]);
    sender.write("one");
    let first = sender.next_record();
    assert_eq!(first["confirmed"], "ack");
    sender.write("two");
    let second = sender.next_record();
    assert_ne!(first["id"], second["id"]);
    assert!(sender.finish().0.success());
    assert_eq!(
        bodies(&receive(&server, "bob", &["--count", "2"])),
        ["one", "two"]
    );
}

fn a_quiet_input_costs_no_cpu(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice", "bob"]);
    let mut sender = LineSender::start(&server, &["--timeout", "1"]);
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

fn listen_count_leaves_the_rest_with_the_server(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice", "bob"]);
    for body in ["m1", "m2", "m3"] {
        send(&server, "alice", "bob", body);
    }
    assert_eq!(bodies(&receive(&server, "bob", &["--count", "1"])), ["m1"]);
    // What arrived beyond the count was not acknowledged: stored again.
    assert_eq!(
        bodies(&receive(&server, "bob", &["--count", "2"])),
        ["m2", "m3"]
    );
}

fn listen_muc_keeps_messages_that_arrive_during_the_join(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice", "bob"]);
    send(&server, "alice", "bob", "offline one");
    send(&server, "alice", "bob", "offline two");
    let room = server.room("lobby");
    let records = receive(&server, "bob", &["--muc", &room, "--count", "2"]);
    assert_eq!(bodies(&records), ["offline one", "offline two"]);
}

fn a_closed_stdout_ends_politely_and_loses_nothing(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice", "bob"]);
    for body in ["m1", "m2", "m3"] {
        send(&server, "alice", "bob", body);
    }
    // The reader is gone before anything arrives (`| true`): what a pipe
    // took is the reader's, what it refused must stay with the server.
    let mut child = server
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
        bodies(&receive(&server, "bob", &["--count", "3"])),
        ["m1", "m2", "m3"]
    );
}
