//! `adhoc` and `admin` (XEP-0050, XEP-0133) against Prosody's
//! mod_admin_adhoc and mod_announce, with alice as the server's admin.

mod common;

use common::{Background, Prosody, ProsodyOptions, Release, assert_failure, json, run, text};

const ADD_USER: &str = "http://jabber.org/protocol/admin#add-user";

release_matrix!(admin_server: lists_shows_and_runs_commands, manages_accounts_with_passwords_that_never_show, announce_reaches_an_online_account);

fn admin_server(release: Release) -> Prosody {
    Prosody::start_with(ProsodyOptions {
        release,
        extra_modules: vec!["admin_adhoc".into(), "announce".into()],
        admins: vec!["alice".into()],
        ..Default::default()
    })
}

fn lists_shows_and_runs_commands(prosody: Prosody) {
    let commands = json(&run(&prosody, "alice", &["--json", "adhoc", "list"]));
    let nodes: Vec<&str> = commands
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["node"].as_str().unwrap())
        .collect();
    assert!(nodes.contains(&ADD_USER), "{commands}");
    assert_eq!(commands[0]["jid"], prosody.domain());

    let shown = json(&run(
        &prosody,
        "alice",
        &["--json", "adhoc", "show", ADD_USER],
    ));
    assert_eq!(shown["status"], "executing");
    let fields = shown["form"]["fields"].as_array().unwrap();
    let jid = fields.iter().find(|f| f["var"] == "accountjid").unwrap();
    assert_eq!(jid["required"], true);
    assert_eq!(jid["type"], "jid-single");

    // A required field not given: exit 2 naming it, nothing submitted.
    let output = prosody
        .cmd_as("alice")
        .args(["adhoc", "run", ADD_USER])
        .output()
        .unwrap();
    assert_failure(&output, 2, "accountjid");
    let output = prosody
        .cmd_as("alice")
        .args(["adhoc", "run", ADD_USER, "--set", "nosuch=1"])
        .output()
        .unwrap();
    assert_failure(&output, 2, "nosuch");

    let output = run(
        &prosody,
        "alice",
        &["adhoc", "run", "http://prosody.im/protocol/modules#list"],
    );
    assert!(text(&output).contains("admin_adhoc"), "{}", text(&output));
    let canceled = json(&run(
        &prosody,
        "alice",
        &["--json", "adhoc", "run", ADD_USER, "--action", "cancel"],
    ));
    assert_eq!(canceled["status"], "canceled");

    // An error note is exit 7 with its text.
    let output = prosody
        .cmd_as("alice")
        .args([
            "adhoc",
            "run",
            "http://jabber.org/protocol/admin#user-stats",
            "--set",
            &format!("accountjid=nobody@{}", prosody.domain()),
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(7), "{output:?}");
}

fn manages_accounts_with_passwords_that_never_show(prosody: Prosody) {
    let dave = prosody.jid("dave");
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("first");
    std::fs::write(&first, "Dave-first-42\n").unwrap();
    let output = run(
        &prosody,
        "alice",
        &[
            "-vv",
            "admin",
            "add-user",
            &dave,
            "--new-password-file",
            first.to_str().unwrap(),
        ],
    );
    assert!(
        !String::from_utf8_lossy(&output.stderr).contains("Dave-first-42"),
        "the new password is in the trace"
    );
    prosody.remember_password("dave", "Dave-first-42");
    run(&prosody, "dave", &["ping"]);

    // change-password from the environment; the old one stops working.
    prosody
        .cmd_as("alice")
        .env("XMPPCTL_NEW_PASSWORD", "Dave-second-43")
        .args(["admin", "change-password", &dave])
        .assert()
        .success();
    let old = prosody.cmd_as("dave").arg("ping").output().unwrap();
    assert_eq!(old.status.code(), Some(6));
    prosody.remember_password("dave", "Dave-second-43");
    run(&prosody, "dave", &["ping"]);

    // Stats of an account online now, then the online list.
    let online = Background::start(&prosody, "dave", &["listen", "--seconds", "30"]);
    online.wait_stderr("listening as");
    let stats = json(&run(
        &prosody,
        "alice",
        &["--json", "admin", "user-stats", &dave],
    ));
    assert_eq!(stats["status"], "completed", "{stats}");
    let users = json(&run(
        &prosody,
        "alice",
        &["--json", "admin", "online-users"],
    ));
    assert!(users.to_string().contains(&dave), "{users}");
    drop(online);

    // No source and no terminal: exit 3 before connecting.
    let output = prosody
        .cmd_as("alice")
        .args(["admin", "add-user", &prosody.jid("erin")])
        .output()
        .unwrap();
    assert_failure(&output, 3, "no new password");

    run(&prosody, "alice", &["admin", "delete-user", &dave]);
    let gone = prosody.cmd_as("dave").arg("ping").output().unwrap();
    assert_eq!(gone.status.code(), Some(6));

    // Not an admin: refused.
    let output = prosody
        .cmd_as("bob")
        .args(["admin", "delete-user", &prosody.jid("carol")])
        .output()
        .unwrap();
    assert_failure(&output, 7, "forbidden");
}

fn announce_reaches_an_online_account(prosody: Prosody) {
    let listener = Background::start(&prosody, "bob", &["--json", "listen", "--count", "1"]);
    listener.wait_stderr("listening as");
    prosody
        .cmd_as("alice")
        .args(["admin", "announce"])
        .write_stdin("maintenance at 18:00\n")
        .assert()
        .success();
    let heard: serde_json::Value = serde_json::from_str(&listener.next_line()).unwrap();
    assert_eq!(heard["body"], "maintenance at 18:00", "{heard}");
    assert_eq!(heard["type"], "headline");
}
