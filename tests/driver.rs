//! The session driver against every server of the matrix: streams report as they go,
//! waiting costs no CPU, and nothing is acknowledged that the command did
//! not deliver to its user (the server keeps the rest).

mod common;

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use common::{TestServer, assert_success, json_lines};
use serde_json::Value;

server_matrix!(
    lines_are_reported_as_their_acks_arrive,
    a_quiet_input_costs_no_cpu,
    listen_count_leaves_the_rest_with_the_server,
    listen_muc_keeps_messages_that_arrive_during_the_join,
    a_closed_stdout_ends_politely_and_loses_nothing,
);

/// `send --lines --json` to bob, fed by the test through a pipe.
struct LineSender {
    child: Child,
    stdin: Option<ChildStdin>,
    records: mpsc::Receiver<String>,
}

impl LineSender {
    fn start(server: &dyn TestServer, extra: &[&str]) -> LineSender {
        let mut child = server
            .spawnable_as("alice")
            .args(["--json", "send", "--lines"])
            .args(extra)
            .arg(server.jid("bob"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start send --lines");
        let stdin = child.stdin.take();
        let stdout = child.stdout.take().unwrap();
        let (tx, records) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        LineSender {
            child,
            stdin,
            records,
        }
    }

    fn write(&mut self, line: &str) {
        let stdin = self.stdin.as_mut().expect("stdin open");
        writeln!(stdin, "{line}").unwrap();
        stdin.flush().unwrap();
    }

    fn next_record(&self) -> Value {
        let line = self
            .records
            .recv_timeout(Duration::from_secs(15))
            .expect("a record within 15 s, before the input ends");
        serde_json::from_str(&line).unwrap()
    }

    /// CPU time (user + system) the process used so far.
    fn cpu_time(&self) -> Duration {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", self.child.id())).unwrap();
        // Fields after the parenthesised command name; utime and stime
        // are the 14th and 15th fields of the whole line.
        let after_name = &stat[stat.rfind(')').unwrap() + 2..];
        let fields: Vec<&str> = after_name.split_whitespace().collect();
        let ticks: u64 = fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap();
        let per_second = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as u64;
        Duration::from_millis(ticks * 1000 / per_second)
    }

    fn finish(mut self) -> std::process::ExitStatus {
        drop(self.stdin.take());
        self.child.wait().unwrap()
    }
}

fn receive(server: &dyn TestServer, user: &str, args: &[&str]) -> Vec<Value> {
    let output = server
        .cmd_as(user)
        .args(["listen", "--json", "--seconds", "10"])
        .args(args)
        .output()
        .unwrap();
    assert_success(&output);
    json_lines(&output)
}

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
    assert!(sender.finish().success());
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
    assert!(sender.finish().success());
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
