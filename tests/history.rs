//! `history` against Prosody's archives (mod_mam, mod_muc_mam), with pages
//! of 10 so that every read of more crosses pages.

mod common;

use common::{Prosody, ProsodyOptions, Release, assert_failure, json_lines, run, text};
use serde_json::Value;

release_matrix!(archive_server: reads_a_conversation_back_in_order_filtered_bounded_and_paged, reads_a_room_archive);

fn archive_server(release: Release) -> Prosody {
    Prosody::start_with(ProsodyOptions {
        release,
        extra_global_config: vec!["max_archive_query_results = 10".into()],
        ..Default::default()
    })
}

/// The bodies of the message events, and the end event.
fn read(lines: &[Value]) -> (Vec<String>, Value) {
    let (end, messages) = lines.split_last().expect("at least the end event");
    assert_eq!(end["event"], "end", "{end}");
    let bodies = messages
        .iter()
        .map(|m| {
            assert_eq!(m["event"], "message", "{m}");
            m["body"].as_str().unwrap().to_string()
        })
        .collect();
    (bodies, end.clone())
}

fn numbered(range: std::ops::RangeInclusive<u32>) -> Vec<String> {
    range.map(|n| format!("m{n:02}")).collect()
}

fn reads_a_conversation_back_in_order_filtered_bounded_and_paged(prosody: Prosody) {
    let bob = prosody.jid("bob");
    let carol = prosody.jid("carol");
    let lines: String = numbered(1..=30).iter().map(|b| format!("{b}\n")).collect();
    prosody
        .cmd_as("alice")
        .args(["send", "--lines", &bob])
        .write_stdin(lines)
        .assert()
        .success();
    run(
        &prosody,
        "carol",
        &["send", &prosody.jid("alice"), "from carol"],
    );
    let history = |args: &[&str]| {
        let mut all = vec!["--json", "history"];
        all.extend_from_slice(args);
        read(&json_lines(&run(&prosody, "alice", &all)))
    };

    // Three pages of 10 for 25 messages; the end says where to go on.
    let output = run(
        &prosody,
        "alice",
        &["-vv", "--json", "history", &bob, "--max", "25"],
    );
    let (bodies, end) = read(&json_lines(&output));
    assert_eq!(bodies, numbered(1..=25));
    assert_eq!(end["count"], 25);
    assert_eq!(end["complete"], false);
    let trace = String::from_utf8_lossy(&output.stderr);
    let queries = trace
        .lines()
        .filter(|l| l.starts_with("xmppctl: send <iq") && l.contains("urn:xmpp:mam:2"))
        .count();
    assert_eq!(queries, 3, "{trace}");
    let messages = json_lines(&output);
    assert_eq!(end["first"], messages[0]["id"]);
    assert_eq!(end["last"], messages[24]["id"]);
    let first = &messages[0];
    assert_eq!(
        first["from"].as_str().unwrap().split('/').next(),
        Some(prosody.jid("alice").as_str())
    );
    assert_eq!(first["to"], bob.as_str());
    assert_eq!(first["type"], "chat");
    assert!(first["stamp"].as_str().unwrap().ends_with('Z'), "{first}");

    // --after continues exactly where end.last stopped.
    let last = end["last"].as_str().unwrap();
    let (rest, end) = history(&[&bob, "--after", last, "--max", "25"]);
    assert_eq!(rest, numbered(26..=30));
    assert_eq!(end["complete"], true);
    assert_eq!(end["count"], 5);

    // --last: the newest, oldest first; --before: the ones before an id.
    let (newest, end) = history(&[&bob, "--last", "--max", "12"]);
    assert_eq!(newest, numbered(19..=30));
    assert_eq!(end["complete"], false);
    let (before, _) = history(&[
        &bob,
        "--before",
        end["first"].as_str().unwrap(),
        "--max",
        "3",
    ]);
    assert_eq!(before, numbered(16..=18));

    // The JID filter; the whole archive holds both conversations.
    assert_eq!(history(&[&carol]).0, ["from carol"]);
    let (all, end) = history(&[]);
    assert_eq!(all.len(), 31);
    assert_eq!(end["complete"], true);

    // Time bounds around the archive's own stamps.
    let stamp = messages[0]["stamp"].as_str().unwrap();
    assert_eq!(history(&[&bob, "--since", stamp]).0.len(), 30);
    assert_eq!(history(&[&bob, "--since", "1h"]).0.len(), 30);
    assert!(
        history(&[&bob, "--until", "2001-01-01T00:00:00Z"])
            .0
            .is_empty()
    );
    assert!(
        history(&[&bob, "--since", "2999-01-01T00:00:00+02:00"])
            .0
            .is_empty()
    );

    // Text: STAMP FROM: BODY, oldest first, nothing for the end.
    let output = run(&prosody, "alice", &["history", &carol]);
    let shown = text(&output);
    let lines: Vec<&str> = shown.lines().collect();
    assert_eq!(lines.len(), 1, "{shown}");
    let (stamp, rest) = lines[0].split_once(' ').unwrap();
    assert!(stamp.len() >= 20 && stamp.contains('T'), "{stamp}");
    assert!(
        rest.starts_with(&carol) && rest.ends_with(": from carol"),
        "{rest}"
    );
}

fn reads_a_room_archive(prosody: Prosody) {
    let room = format!("archive@{}", prosody.muc_service());
    // The first message creates the room (persistent on the test server).
    run(&prosody, "alice", &["muc", "say", "--create", &room, "r1"]);
    run(&prosody, "alice", &["muc", "say", &room, "r2"]);
    let lines = json_lines(&run(
        &prosody,
        "bob",
        &["--json", "history", "--room", &room],
    ));
    let (bodies, end) = read(&lines);
    assert_eq!(bodies, ["r1", "r2"]);
    assert_eq!(end["complete"], true);
    assert_eq!(lines[0]["type"], "groupchat");
    assert!(
        lines[0]["from"]
            .as_str()
            .unwrap()
            .starts_with(&format!("{room}/"))
    );
}

#[test]
fn a_server_without_an_archive_is_refused_and_bad_times_are_usage_errors() {
    let prosody = Prosody::start_with(ProsodyOptions {
        without_modules: vec!["mam".into()],
        ..Default::default()
    });
    let output = prosody.cmd_as("alice").arg("history").output().unwrap();
    assert_failure(&output, 7, "feature-not-implemented");
    let output = prosody
        .cmd_as("alice")
        .args(["history", "--since", "yesterday"])
        .output()
        .unwrap();
    assert_failure(&output, 2, "yesterday");
    let output = prosody
        .cmd_as("alice")
        .args(["history", "--last", "--after", "x"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
}
