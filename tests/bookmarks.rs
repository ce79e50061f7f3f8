//! `bookmarks` (XEP-0402) against Prosody 0.12's mod_pep and mod_bookmarks,
//! and `listen --bookmarks` joining the autojoin rooms.

mod common;

use common::{Background, Prosody, ProsodyOptions, Release, assert_failure, json, run, text};
use serde_json::{Value, json};

const SECRET: &str = "sesame-7f3q";

release_matrix!(bookmark_server: adds_lists_and_removes_bookmarks, bad_arguments_stop_before_connecting, listen_joins_the_autojoin_bookmarks, muc_join_enters_the_autojoin_bookmarks_in_turn);

fn bookmark_server(release: Release) -> Prosody {
    Prosody::start_with(ProsodyOptions {
        release,
        extra_modules: vec!["pep".into(), "bookmarks".into()],
        ..Default::default()
    })
}

/// Neither stream of `output` shows the room password.
fn keeps_the_secret(output: &std::process::Output) {
    for stream in [&output.stdout, &output.stderr] {
        let shown = String::from_utf8_lossy(stream);
        assert!(!shown.contains(SECRET), "the password leaked: {shown}");
    }
}

fn adds_lists_and_removes_bookmarks(prosody: Prosody) {
    let dir = tempfile::tempdir().unwrap();
    let password_file = dir.path().join("room.pw");
    std::fs::write(&password_file, format!("{SECRET}\nignored\n")).unwrap();
    let password_file = password_file.to_str().unwrap();
    let ops = format!("ops@{}", prosody.muc_service());
    let lounge = format!("lounge@{}", prosody.muc_service());

    // Nothing stored yet (no node): an empty list, exit 0.
    assert_eq!(
        json(&run(&prosody, "alice", &["--json", "bookmarks"])),
        json!([])
    );
    assert_eq!(text(&run(&prosody, "alice", &["bookmarks", "list"])), "");

    let added = run(
        &prosody,
        "alice",
        &[
            "-vv",
            "--json",
            "bookmarks",
            "add",
            &ops,
            "--name",
            "Ops room",
            "--nick",
            "opsbot",
            "--room-password-file",
            password_file,
            "--autojoin",
        ],
    );
    keeps_the_secret(&added);
    let trace = String::from_utf8_lossy(&added.stderr);
    assert!(trace.contains("urn:xmpp:bookmarks:1"), "{trace}");
    assert!(trace.contains("pubsub#access_model"), "{trace}");
    assert_eq!(
        json(&added),
        json!({"room": ops, "name": "Ops room", "nick": "opsbot", "autojoin": true, "password": true})
    );
    // Text: nothing on success.
    assert_eq!(
        text(&run(&prosody, "alice", &["bookmarks", "add", &lounge])),
        ""
    );

    let listed = run(&prosody, "alice", &["-vv", "--json", "bookmarks", "list"]);
    keeps_the_secret(&listed);
    assert_eq!(
        json(&listed),
        json!([
            {"room": lounge, "name": null, "nick": null, "autojoin": false, "password": false},
            {"room": ops, "name": "Ops room", "nick": "opsbot", "autojoin": true, "password": true},
        ])
    );
    let listed = run(&prosody, "alice", &["-vv", "bookmarks"]);
    keeps_the_secret(&listed);
    assert_eq!(
        text(&listed),
        format!("{lounge}  -         -       no\n{ops}     Ops room  opsbot  yes\n")
    );
    // Another account sees none of them.
    assert_eq!(
        json(&run(&prosody, "bob", &["--json", "bookmarks"])),
        json!([])
    );

    let removed = json(&run(
        &prosody,
        "alice",
        &["--json", "bookmarks", "remove", &lounge],
    ));
    assert_eq!(removed, json!({"room": lounge, "removed": true}));
    let left: Value = json(&run(&prosody, "alice", &["--json", "bookmarks"]));
    assert_eq!(left.as_array().unwrap().len(), 1);
    assert_eq!(left[0]["room"], ops.as_str());

    let again = prosody
        .cmd_as("alice")
        .args(["--json", "bookmarks", "remove", &lounge])
        .output()
        .unwrap();
    assert_failure(&again, 7, "item-not-found");
    assert_eq!(json(&again)["error"]["code"], 7);
}

fn bad_arguments_stop_before_connecting(prosody: Prosody) {
    let dir = tempfile::tempdir().unwrap();
    let room = format!("ops@{}", prosody.muc_service());
    let missing = dir.path().join("missing.pw");
    let empty = dir.path().join("empty.pw");
    std::fs::write(&empty, "\n").unwrap();
    // An unreachable server: connecting would be exit 4.
    let nowhere = |args: &[&str]| {
        prosody
            .cmd_as("alice")
            .args(["--server", "127.0.0.1:1"])
            .args(args)
            .output()
            .unwrap()
    };
    let output = nowhere(&[
        "bookmarks",
        "add",
        &room,
        "--room-password-file",
        missing.to_str().unwrap(),
    ]);
    assert_failure(&output, 2, "cannot read room password file");
    assert!(String::from_utf8_lossy(&output.stderr).contains("missing.pw"));
    let output = nowhere(&[
        "bookmarks",
        "add",
        &room,
        "--room-password-file",
        empty.to_str().unwrap(),
    ]);
    assert_failure(&output, 2, "empty");
    let output = nowhere(&["bookmarks", "add", "not a room"]);
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let output = nowhere(&["bookmarks", "remove", "@@"]);
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    // A room password is never an argument.
    let output = nowhere(&["bookmarks", "add", &room, "--password", "x"]);
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let output = nowhere(&["bookmarks", "frobnicate"]);
    assert_eq!(output.status.code(), Some(2), "{output:?}");
}

/// alice's room `vault@` with the password [`SECRET`], and bob's autojoin
/// bookmark of it with `nick` and the password read from a file.
fn bookmarked_vault(prosody: &Prosody, nick: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let password_file = dir.path().join("room.pw");
    std::fs::write(&password_file, format!("{SECRET}\n")).unwrap();
    let vault = format!("vault@{}", prosody.muc_service());
    let secret = format!("muc#roomconfig_roomsecret={SECRET}");
    run(
        prosody,
        "alice",
        &["muc", "create", &vault, "--set", &secret],
    );
    let password_file = password_file.to_str().unwrap();
    let add = ["bookmarks", "add", &vault, "--nick", nick, "--autojoin"];
    run(
        prosody,
        "bob",
        &[&add[..], &["--room-password-file", password_file]].concat(),
    );
    vault
}

fn listen_joins_the_autojoin_bookmarks(prosody: Prosody) {
    let vault = bookmarked_vault(&prosody, "bookmarked-bob");
    let elsewhere = format!("elsewhere@{}", prosody.muc_service());
    // Not autojoin: not entered (entering would create it).
    run(&prosody, "bob", &["bookmarks", "add", &elsewhere]);

    let listener = Background::start(
        &prosody,
        "bob",
        &["--json", "listen", "--bookmarks", "--count", "1"],
    );
    listener.wait_stderr("listening as");
    let occupants = json(&run(
        &prosody,
        "alice",
        &["--json", "muc", "join", &vault, "--password", SECRET],
    ));
    let nicks: Vec<&str> = occupants["occupants"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|o| o["nick"].as_str())
        .collect();
    assert!(nicks.contains(&"bookmarked-bob"), "{occupants}");
    run(
        &prosody,
        "alice",
        &[
            "muc",
            "say",
            &vault,
            "--password",
            SECRET,
            "hello bookmarks",
        ],
    );
    let heard: Value = serde_json::from_str(&listener.next_line()).unwrap();
    assert_eq!(heard["body"], "hello bookmarks", "{heard}");
    assert_eq!(heard["type"], "groupchat", "{heard}");
    assert!(listener.wait().success());

    let rooms = json(&run(&prosody, "alice", &["--json", "muc", "list"]));
    assert!(!rooms.to_string().contains("elsewhere@"), "{rooms}");
}

fn muc_join_enters_the_autojoin_bookmarks_in_turn(prosody: Prosody) {
    let vault = bookmarked_vault(&prosody, "vault-bob");
    let hall = format!("hall@{}", prosody.muc_service());
    let named = format!("named@{}", prosody.muc_service());
    run(&prosody, "bob", &["bookmarks", "add", &hall, "--autojoin"]);

    let output = run(
        &prosody,
        "bob",
        &["-vv", "--json", "muc", "join", "--bookmarks"],
    );
    keeps_the_secret(&output);
    let entries = json(&output);
    let seen: Vec<(&str, &str)> = entries
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["room"].as_str().unwrap(), e["nick"].as_str().unwrap()))
        .collect();
    assert_eq!(
        seen,
        [(hall.as_str(), "bob"), (vault.as_str(), "vault-bob")]
    );

    // ROOM too, with the command line's nick; text: each entry in turn.
    let output = run(
        &prosody,
        "bob",
        &["muc", "join", &named, "--nick", "named-bob", "--bookmarks"],
    );
    let shown = text(&output);
    let entered: Vec<&str> = shown
        .lines()
        .filter(|l| l.starts_with("entered "))
        .collect();
    assert_eq!(
        entered,
        [
            format!("entered {named} as named-bob"),
            format!("entered {hall} as bob"),
            format!("entered {vault} as vault-bob"),
        ]
    );

    // No ROOM and no --bookmarks, or --bookmarks with --listen: exit 2.
    for args in [
        &["muc", "join"][..],
        &["muc", "join", "--bookmarks", "--listen", "5"][..],
    ] {
        let output = prosody.cmd_as("bob").args(args).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}: {output:?}");
    }
}
