//! roster, presence and listen against a real Prosody: two or three
//! accounts talking to each other through the built binary.

mod common;

use std::time::{Duration, Instant};

use common::{Background, Prosody, json, run};
use serde_json::Value;

fn roster(prosody: &Prosody, user: &str) -> Vec<Value> {
    json(&run(prosody, user, &["roster", "--json"]))
        .as_array()
        .expect("an array")
        .clone()
}

/// Mutual subscription between two accounts, as two people would do it.
fn befriend(prosody: &Prosody, a: &str, b: &str) {
    run(
        prosody,
        a,
        &["roster", "add", &prosody.jid(b), "--subscribe"],
    );
    run(prosody, b, &["presence", "approve", &prosody.jid(a)]);
    run(prosody, b, &["presence", "subscribe", &prosody.jid(a)]);
    run(prosody, a, &["presence", "approve", &prosody.jid(b)]);
}

#[test]
fn roster_add_update_list_and_remove() {
    let prosody = Prosody::start();
    let bob = prosody.jid("bob");
    run(
        &prosody,
        "alice",
        &[
            "roster", "add", &bob, "--name", "Bob", "--group", "Work", "--group", "Friends",
        ],
    );
    let contacts = roster(&prosody, "alice");
    assert_eq!(contacts.len(), 1);
    assert_eq!(contacts[0]["jid"], bob);
    assert_eq!(contacts[0]["name"], "Bob");
    assert_eq!(contacts[0]["subscription"], "none");
    assert_eq!(
        contacts[0]["groups"],
        serde_json::json!(["Friends", "Work"])
    );

    let text = String::from_utf8(run(&prosody, "alice", &["roster", "list"]).stdout).unwrap();
    assert_eq!(text, format!("{bob}  Bob  none  Friends,Work\n"));

    // Adding again updates.
    run(
        &prosody,
        "alice",
        &["roster", "add", &bob, "--name", "Robert"],
    );
    let contacts = roster(&prosody, "alice");
    assert_eq!(contacts[0]["name"], "Robert");
    assert_eq!(contacts[0]["groups"], serde_json::json!([]));

    run(&prosody, "alice", &["roster", "remove", &bob]);
    assert!(roster(&prosody, "alice").is_empty());
    assert!(run(&prosody, "alice", &["roster"]).stdout.is_empty());
}

#[test]
fn removing_an_unknown_contact_is_exit_7() {
    let prosody = Prosody::start();
    let output = prosody
        .cmd_as("alice")
        .args(["roster", "remove", "stranger@xmppctl.test"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(7));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with("xmppctl: ") && stderr.contains("item-not-found"),
        "{stderr}"
    );
}

#[test]
fn non_ascii_contacts_round_trip() {
    let prosody = Prosody::start();
    run(
        &prosody,
        "alice",
        &[
            "roster",
            "add",
            "zoë@xmppctl.test",
            "--name",
            "Zoë Ж",
            "--group",
            "ĉambro",
        ],
    );
    let contacts = roster(&prosody, "alice");
    assert_eq!(contacts[0]["jid"], "zoë@xmppctl.test");
    assert_eq!(contacts[0]["name"], "Zoë Ж");
    assert_eq!(contacts[0]["groups"], serde_json::json!(["ĉambro"]));
}

#[test]
fn subscription_request_and_approval_end_in_both() {
    let prosody = Prosody::start();
    run(
        &prosody,
        "alice",
        &["roster", "add", &prosody.jid("bob"), "--subscribe"],
    );
    let pending = roster(&prosody, "alice");
    assert_eq!(
        pending[0]["ask"], "subscribe",
        "the request is pending: {pending:?}"
    );

    // bob's account received the request: approving it makes it one-way.
    run(
        &prosody,
        "bob",
        &["presence", "approve", &prosody.jid("alice")],
    );
    assert_eq!(roster(&prosody, "alice")[0]["subscription"], "to");

    run(
        &prosody,
        "bob",
        &["presence", "subscribe", &prosody.jid("alice")],
    );
    run(
        &prosody,
        "alice",
        &["presence", "approve", &prosody.jid("bob")],
    );
    assert_eq!(roster(&prosody, "alice")[0]["subscription"], "both");
    let bobs = roster(&prosody, "bob");
    assert_eq!(bobs[0]["jid"], prosody.jid("alice"));
    assert_eq!(bobs[0]["subscription"], "both");

    // And undone: alice stops seeing bob.
    run(
        &prosody,
        "alice",
        &["presence", "unsubscribe", &prosody.jid("bob")],
    );
    assert_eq!(roster(&prosody, "alice")[0]["subscription"], "from");
}

#[test]
fn presence_list_shows_a_contacts_show_status_and_priority() {
    let prosody = Prosody::start();
    befriend(&prosody, "alice", "bob");
    let bob = Background::start(
        &prosody,
        "bob",
        &[
            "--resource",
            "desk",
            "presence",
            "set",
            "--show",
            "away",
            "--status",
            "at lunch",
            "--priority",
            "5",
            "--hold",
            "20",
        ],
    );
    bob.wait_stderr("bound");
    // Give the server a moment to process bob's broadcast.
    std::thread::sleep(Duration::from_millis(300));
    let list = json(&run(&prosody, "alice", &["presence", "list", "--json"]));
    let entries = list.as_array().unwrap();
    let bob_desk = entries
        .iter()
        .find(|e| e["jid"] == format!("{}/desk", prosody.jid("bob")))
        .unwrap_or_else(|| panic!("bob/desk missing from {list}"));
    assert_eq!(bob_desk["show"], "away");
    assert_eq!(bob_desk["status"], "at lunch");
    assert_eq!(bob_desk["priority"], 5);
}

#[test]
fn directed_presence_reaches_a_non_contact() {
    let prosody = Prosody::start();
    let carol = Background::start(
        &prosody,
        "carol",
        &["--json", "presence", "list", "--wait", "4"],
    );
    carol.wait_stderr("bound");
    std::thread::sleep(Duration::from_millis(300));
    let _bob = Background::start(
        &prosody,
        "bob",
        &[
            "--resource",
            "here",
            "presence",
            "set",
            "--to",
            &prosody.jid("carol"),
            "--status",
            "psst",
            "--hold",
            "10",
        ],
    );
    let mut seen = String::new();
    while let Ok(line) = carol.stdout.recv_timeout(Duration::from_secs(15)) {
        seen.push_str(&line);
    }
    let list: Value = serde_json::from_str(&seen).expect("carol's JSON");
    let entry = list
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["jid"] == format!("{}/here", prosody.jid("bob")))
        .unwrap_or_else(|| panic!("bob's directed presence missing from {list}"));
    assert_eq!(entry["status"], "psst");
    assert!(carol.wait().success());
}

#[test]
fn presence_set_rejects_bad_values_with_exit_2() {
    let prosody = Prosody::start();
    for args in [
        &["presence", "set", "--priority", "128"][..],
        &["presence", "set", "--priority", "-129"],
        &["presence", "set", "--show", "busy"],
    ] {
        let output = prosody.cmd_as("alice").args(args).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
    }
    run(
        &prosody,
        "alice",
        &["presence", "set", "--priority", "-128", "--show", "xa"],
    );
}

#[test]
fn listen_prints_live_messages_of_every_type_as_they_arrive() {
    let prosody = Prosody::start();
    let listener = Background::start(&prosody, "bob", &["--json", "listen", "--count", "3"]);
    listener.wait_stderr("listening as");
    let bob = prosody.jid("bob");
    let mut received = Vec::new();
    for (kind, body) in [("chat", "one"), ("normal", "two"), ("headline", "three")] {
        run(&prosody, "alice", &["send", "--type", kind, &bob, body]);
        // Each line is flushed as it arrives: readable before listen ends.
        let line: Value = serde_json::from_str(&listener.next_line()).unwrap();
        assert_eq!(line["type"], kind);
        assert_eq!(line["body"], body);
        assert!(line["delay"].is_null(), "live, not stored: {line}");
        assert_eq!(
            line["to"].as_str().unwrap().split('/').next(),
            Some(bob.as_str())
        );
        received.push(line);
    }
    assert!(listener.wait().success());
    assert_eq!(received.len(), 3);
}

#[test]
fn a_listening_client_sends_the_receipt_send_waits_for() {
    let prosody = Prosody::start();
    let listener = Background::start(&prosody, "bob", &["listen", "--count", "1"]);
    listener.wait_stderr("listening as");
    let output = run(
        &prosody,
        "alice",
        &[
            "--json",
            "send",
            "--receipt",
            &prosody.jid("bob"),
            "signed for",
        ],
    );
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["confirmed"], "receipt");
    assert!(listener.next_line().ends_with(": signed for"));
    assert!(listener.wait().success());
}

#[test]
fn listen_joins_rooms_and_prints_their_messages() {
    let prosody = Prosody::start();
    let room = format!("lobby@{}", prosody.muc_service());
    let listener = Background::start(
        &prosody,
        "bob",
        &["--json", "listen", "--muc", &room, "--count", "1"],
    );
    listener.wait_stderr("listening as");
    run(&prosody, "alice", &["muc", "say", &room, "hello room"]);
    let line: Value = serde_json::from_str(&listener.next_line()).unwrap();
    assert_eq!(line["type"], "groupchat");
    assert_eq!(line["body"], "hello room");
    assert_eq!(line["from"], format!("{room}/alice"));
    assert!(listener.wait().success());
}

#[test]
fn listen_delivers_offline_messages_and_filters_by_sender() {
    let prosody = Prosody::start();
    let bob = prosody.jid("bob");
    run(&prosody, "alice", &["send", &bob, "from alice"]);
    run(&prosody, "carol", &["send", &bob, "from carol"]);
    let output = run(
        &prosody,
        "bob",
        &[
            "listen",
            "--from",
            &prosody.jid("carol"),
            "--count",
            "1",
            "--seconds",
            "10",
        ],
    );
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.starts_with(&prosody.jid("carol")), "{text}");
    assert!(text.trim_end().ends_with(": from carol"), "{text}");
}

#[test]
fn listen_with_nothing_to_hear_ends_after_its_seconds() {
    let prosody = Prosody::start();
    let started = Instant::now();
    let output = run(&prosody, "bob", &["listen", "--seconds", "1"]);
    assert!(output.stdout.is_empty());
    // A sanity bound, not a timing assertion: the run did end by itself.
    assert!(started.elapsed() < Duration::from_secs(15));
}

#[test]
fn listen_escapes_terminal_controls_in_text_but_not_in_json() {
    let prosody = Prosody::start();
    let bob = prosody.jid("bob");
    let tricky = "gnp.exe\u{202E}cod";
    run(&prosody, "alice", &["send", &bob, tricky]);
    run(&prosody, "alice", &["send", &bob, tricky]);
    let text = String::from_utf8(
        run(
            &prosody,
            "bob",
            &["listen", "--count", "1", "--seconds", "10"],
        )
        .stdout,
    )
    .unwrap();
    assert!(text.contains("gnp.exe\\u{202e}cod"), "{text}");
    assert!(!text.contains('\u{202E}'));
    let json_line = run(
        &prosody,
        "bob",
        &["listen", "--json", "--count", "1", "--seconds", "10"],
    );
    let message: Value = serde_json::from_slice(&json_line.stdout).unwrap();
    assert_eq!(message["body"], tricky);
}

#[test]
fn listen_answers_pings_and_disco_and_refuses_other_requests() {
    let prosody = Prosody::start();
    let listener = Background::start(
        &prosody,
        "bob",
        &["--resource", "ears", "listen", "--seconds", "20"],
    );
    listener.wait_stderr("listening as");
    let bob = format!("{}/ears", prosody.jid("bob"));
    let requests = format!(
        "<iq type='get' to='{bob}'><ping xmlns='urn:xmpp:ping'/></iq>\
         <iq type='get' to='{bob}'><query xmlns='http://jabber.org/protocol/disco#info'/></iq>"
    );
    let answers = json(&run(&prosody, "alice", &["--json", "iq", "raw", &requests]));
    assert_eq!(answers[0]["type"], "result");
    assert_eq!(answers[1]["type"], "result");
    assert!(
        answers[1]["xml"]
            .as_str()
            .unwrap()
            .contains("urn:xmpp:ping")
    );

    let unknown = format!("<iq type='get' to='{bob}'><query xmlns='jabber:iq:last'/></iq>");
    let output = prosody
        .cmd_as("alice")
        .args(["iq", "raw", &unknown])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(7));
    assert!(String::from_utf8_lossy(&output.stderr).contains("service-unavailable"));
}

#[test]
fn listen_interrupted_by_ctrl_c_exits_130() {
    let prosody = Prosody::start();
    let listener = Background::start(&prosody, "bob", &["listen"]);
    listener.wait_stderr("listening as");
    // SAFETY: sending SIGINT to our own child process.
    unsafe { libc::kill(listener.pid(), libc::SIGINT) };
    assert_eq!(listener.wait().code(), Some(130));
}
