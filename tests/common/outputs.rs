//! Reading what a finished xmppctl printed, and the checks every test
//! makes of it.

use std::process::Output;

use serde_json::Value;

use super::TestServer;

/// `user` runs `args` against `server`; it must succeed.
pub fn run(server: &dyn TestServer, user: &str, args: &[&str]) -> Output {
    let output = server
        .cmd_as(user)
        .args(args)
        .output()
        .expect("run xmppctl");
    assert_success(&output);
    output
}

pub fn assert_success(output: &Output) {
    assert!(
        output.status.success(),
        "exit {:?}\nstdout: {}\nstderr: {}",
        output.status.code(),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Exit `code`, and stderr made of `xmppctl: ` lines (an error and at most
/// two hints), the first naming `needle`.
pub fn assert_failure(output: &Output, code: i32, needle: &str) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(code), "stderr: {stderr}");
    let lines: Vec<&str> = stderr.lines().collect();
    assert!(!lines.is_empty(), "no message on stderr");
    assert!(lines.len() <= 3, "too chatty: {stderr}");
    for line in &lines {
        assert!(line.starts_with("xmppctl: "), "unprefixed line: {line}");
    }
    assert!(
        lines[0].contains(needle),
        "expected {needle:?} in: {}",
        lines[0]
    );
}

/// stdout as one JSON document.
pub fn json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).expect("one JSON document")
}

/// stdout as one JSON object per line.
pub fn json_lines(output: &Output) -> Vec<Value> {
    text(output)
        .lines()
        .map(|line| serde_json::from_str(line).expect("one JSON object per line"))
        .collect()
}

pub fn text(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 stdout")
}

/// Times the client waited for the server until the message was
/// confirmed (an ack, or the answer to the ping that rides behind it):
/// each switch from sending to receiving in the `-vv` trace is one round
/// trip (the TLS handshake is not in the trace).
pub fn round_trips(trace: &str) -> usize {
    let mut trips = 0;
    let mut last_sent = false;
    for line in trace.lines() {
        if line.starts_with("xmppctl: send ") {
            last_sent = true;
        } else if line.starts_with("xmppctl: recv ") {
            if last_sent {
                trips += 1;
            }
            last_sent = false;
            let ping_answer =
                line.starts_with("xmppctl: recv <iq") && line.ends_with("type='result'/>");
            if line.starts_with("xmppctl: recv <a xmlns='urn:xmpp:sm:3'") || ping_answer {
                break;
            }
        }
    }
    trips
}
