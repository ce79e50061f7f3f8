//! `muc` against every server of the matrix (XEP-0045): joining, saying, creating,
//! configuring, administering and destroying rooms, with two or three
//! accounts in the same room. The harness's MUC host makes rooms persistent
//! and public by default and does not lock new ones.

mod common;

use common::{Background, TestServer, json, json_lines, run, text, xmppctl};
use serde_json::Value;

server_matrix!(
    join_shows_occupants_and_history,
    a_new_room_is_created_and_listed,
    say_is_reflected_and_delivered_once,
    say_never_creates_a_room_unless_asked,
    a_visitor_in_a_moderated_room_is_refused,
    password_protected_room,
    members_only_room_admits_members,
    a_banned_account_is_forbidden,
    config_is_read_set_and_read_back,
    destroyed_rooms_are_gone,
    nickname_conflicts,
    create_with_a_field_the_form_lacks_is_a_usage_error,
);

/// alice creates `room` with the `--set` fields `fields` and the fields
/// this server needs besides (`quirks`).
fn create(server: &dyn TestServer, room: &str, fields: &[&str], quirks: &[&str]) {
    let mut args = vec!["muc", "create", room];
    for field in fields.iter().chain(quirks) {
        args.extend(["--set", field]);
    }
    run(server, "alice", &args);
}

/// Runs a command that must be refused (exit 7) with `condition`: one
/// stderr line, and the JSON error object on stdout. Returns the stderr line.
fn refused(server: &dyn TestServer, user: &str, args: &[&str], condition: &str) -> String {
    let output = server
        .cmd_as(user)
        .arg("--json")
        .args(args)
        .output()
        .expect("run xmppctl");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(7), "{user} {args:?}: {stderr}");
    assert!(
        stderr.starts_with("xmppctl: ") && stderr.lines().count() == 1,
        "{stderr}"
    );
    assert!(stderr.contains(condition), "{stderr}");
    let error = &json(&output)["error"];
    assert_eq!(error["code"], 7);
    assert_eq!(error["condition"], condition);
    stderr
}

/// `user` sitting in `room` with `muc join --listen`, printing JSON events;
/// returns once the room has let them in.
fn listener(server: &dyn TestServer, user: &str, room: &str, extra: &[&str]) -> Background {
    let mut args = vec!["muc", "join", room, "--listen", "30", "--json"];
    args.extend_from_slice(extra);
    let listener = Background::start(server, user, &args);
    events_until(&listener, |event| event["event"] == "entered");
    listener
}

/// The listener's events up to and including the first that `done`
/// accepts. Each line must come within the harness's 15 s.
fn events_until(listener: &Background, done: impl Fn(&Value) -> bool) -> Vec<Value> {
    let mut events = Vec::new();
    loop {
        let line = listener.next_line();
        let event: Value = serde_json::from_str(&line).expect("a JSON event per line");
        let last = done(&event);
        events.push(event);
        if last {
            return events;
        }
    }
}

fn room_jids(server: &dyn TestServer, args: &[&str]) -> Vec<String> {
    json(&run(server, "alice", args))
        .as_array()
        .expect("an array")
        .iter()
        .map(|item| item["jid"].as_str().expect("a jid").to_string())
        .collect()
}

/// The values of field `var` in `muc config --json`.
fn config_values(server: &dyn TestServer, room: &str, var: &str) -> Vec<Value> {
    let form = json(&run(server, "alice", &["muc", "config", "--json", room]));
    let field = form["fields"]
        .as_array()
        .expect("fields")
        .iter()
        .find(|f| f["var"] == var)
        .unwrap_or_else(|| panic!("no field {var} in {form}"))
        .clone();
    field["values"].as_array().expect("values").clone()
}

fn join_shows_occupants_and_history(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice", "bob", "carol"]);
    let lobby = server.room("lobby");
    let bob = listener(&server, "bob", &lobby, &[]);
    run(
        &server,
        "carol",
        &["muc", "say", &lobby, "before alice came"],
    );

    let joined = json(&run(
        &server,
        "alice",
        &["muc", "join", "--json", "--history", "5", &lobby],
    ));
    assert_eq!(joined["room"], lobby);
    let (alice, bob_nick) = (server.account("alice"), server.account("bob"));
    assert_eq!(joined["nick"], alice);
    assert_eq!(joined["created"], false);
    let occupants = joined["occupants"].as_array().unwrap();
    let nicks: Vec<&str> = occupants
        .iter()
        .map(|o| o["nick"].as_str().unwrap())
        .collect();
    assert_eq!(nicks, [&alice, &bob_nick]);
    let bob_entry = &occupants[1];
    assert_eq!(bob_entry["role"], "moderator");
    assert_eq!(bob_entry["affiliation"], "owner");
    let history = joined["history"].as_array().unwrap();
    assert_eq!(history.len(), 1, "{history:?}");
    assert_eq!(history[0]["body"], "before alice came");
    assert_eq!(
        history[0]["from"],
        format!("{lobby}/{}", server.account("carol"))
    );
    assert!(history[0]["delay"].is_string(), "history carries its time");

    // bob saw alice come and go.
    let events = events_until(&bob, |e| e["event"] == "leave" && e["nick"] == alice);
    assert!(
        events
            .iter()
            .any(|e| e["event"] == "join" && e["nick"] == alice)
    );

    let listing = text(&run(&server, "alice", &["muc", "join", &lobby]));
    let lines: Vec<&str> = listing.lines().collect();
    assert_eq!(lines[0], format!("entered {lobby} as {alice}"));
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with(&format!("occupant  {bob_nick} "))),
        "{listing}"
    );

    // Role lists are for moderators: bob, who made the room.
    let moderators = json(&run(
        &server,
        "bob",
        &["muc", "moderators", "--json", &lobby],
    ));
    assert_eq!(moderators[0]["nick"], bob_nick);
    assert_eq!(moderators[0]["role"], "moderator");
    // ejabberd answers role lists only to an occupant: the command enters
    // for the query. bob alone in the room: no participants.
    let participants = json(&run(
        &server,
        "bob",
        &["muc", "participants", "--json", &lobby],
    ));
    assert_eq!(participants, serde_json::json!([]));
}

fn a_new_room_is_created_and_listed(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice", "bob"]);
    let fresh = server.room("fresh");
    let joined = json(&run(&server, "alice", &["muc", "join", "--json", &fresh]));
    assert_eq!(joined["created"], true);
    let text_join = text(&run(
        &server,
        "bob",
        &["muc", "join", &server.room("other")],
    ));
    assert!(text_join.contains("(an instant room)"), "{text_join}");

    // The service is found through the server's disco items.
    assert!(room_jids(&server, &["muc", "list", "--json"]).contains(&fresh));
    let made = server.room("made");
    let created = json(&run(
        &server,
        "alice",
        &[
            "muc",
            "create",
            "--json",
            &made,
            "--set",
            "muc#roomconfig_roomname=Made Here",
        ],
    ));
    assert_eq!(created["fields"][0]["var"], "muc#roomconfig_roomname");
    let rooms = json(&run(
        &server,
        "alice",
        &["muc", "list", "--json", server.muc_service()],
    ));
    let entry = rooms
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["jid"] == made)
        .expect("listed");
    assert_eq!(
        entry["name"],
        server.quirks().listed_room_name("Made Here", 0)
    );

    let stderr = String::from_utf8_lossy(
        &server
            .cmd_as("bob")
            .args(["muc", "create", &made])
            .assert()
            .code(7)
            .get_output()
            .stderr,
    )
    .into_owned();
    assert_eq!(stderr, format!("xmppctl: {made} already exists\n"));
}

fn say_is_reflected_and_delivered_once(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice", "bob"]);
    let lobby = server.room("talk");
    let bob = listener(&server, "bob", &lobby, &[]);

    let said = json_lines(&run(
        &server,
        "alice",
        &["muc", "say", "--json", &lobby, "hello room"],
    ));
    assert_eq!(said.len(), 1);
    assert_eq!(said[0]["room"], lobby);
    assert_eq!(said[0]["confirmed"], "reflected");
    let id = said[0]["id"].as_str().unwrap().to_string();

    // alice leaves after her message, so her leave closes the window.
    let alice = server.account("alice");
    let events = events_until(&bob, |e| e["event"] == "leave" && e["nick"] == alice);
    let received: Vec<&Value> = events
        .iter()
        .filter(|e| e["body"] == "hello room")
        .collect();
    assert_eq!(received.len(), 1, "{events:?}");
    assert_eq!(received[0]["event"], "message");
    assert_eq!(received[0]["id"], id.as_str());
    assert_eq!(received[0]["from"], format!("{lobby}/{alice}"));

    let lines = server
        .cmd_as("alice")
        .args(["muc", "say", "--lines", "--json", &lobby])
        .write_stdin("one\ntwo\n")
        .output()
        .unwrap();
    assert!(lines.status.success());
    assert_eq!(json_lines(&lines).len(), 2);
    let events = events_until(&bob, |e| e["event"] == "leave" && e["nick"] == alice);
    let bodies: Vec<&str> = events.iter().filter_map(|e| e["body"].as_str()).collect();
    assert_eq!(bodies, ["one", "two"]);
}

/// Entering a room that does not exist creates it (status 201). `muc say`
/// to a mistyped room must not post into a new empty room and report
/// success (ejabberd makes such rooms; so would Prosody without our
/// persistent default): it removes what it made and exits 7.
fn say_never_creates_a_room_unless_asked(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice"]);
    let typo = server.room("typo");
    let stderr = refused(
        &server,
        "alice",
        &["muc", "say", &typo, "anyone?"],
        "item-not-found",
    );
    assert_eq!(
        stderr,
        format!("xmppctl: {typo}: item-not-found; the room does not exist\n")
    );
    refused(&server, "alice", &["muc", "info", &typo], "item-not-found");

    let made = server.room("made-by-say");
    let output = server
        .cmd_as("alice")
        .args(["muc", "say", "--create", &made, "first!"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        format!("xmppctl: {made} did not exist; created it (an instant room)\n")
    );
    run(&server, "alice", &["muc", "info", &made]);

    // `muc join` creates, as documented, and says so unless -q.
    let joined = server.room("made-by-join");
    let output = server
        .cmd_as("alice")
        .args(["-q", "muc", "join", "--json", &joined])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert!(output.stderr.is_empty(), "{output:?}");
    assert_eq!(json(&output)["created"], true);
}

fn a_visitor_in_a_moderated_room_is_refused(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice", "bob"]);
    let quiet = server.room("quiet");
    create(
        &server,
        &quiet,
        &["muc#roomconfig_moderatedroom=true"],
        server.quirks().moderated_room_fields,
    );
    refused(
        &server,
        "bob",
        &["muc", "say", &quiet, "may I?"],
        "forbidden",
    );
}

fn password_protected_room(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice", "bob"]);
    let vault = server.room("vault");
    create(
        &server,
        &vault,
        &["muc#roomconfig_roomsecret=sesame"],
        server.quirks().password_room_fields,
    );
    let info = json(&run(&server, "bob", &["muc", "info", "--json", &vault]));
    assert!(
        info["features"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f == "muc_passwordprotected")
    );

    let stderr = refused(&server, "bob", &["muc", "join", &vault], "not-authorized");
    assert!(stderr.contains("password"), "{stderr}");
    refused(
        &server,
        "bob",
        &["muc", "join", &vault, "--password", "open"],
        "not-authorized",
    );
    let joined = json(&run(
        &server,
        "bob",
        &["muc", "join", "--json", &vault, "--password", "sesame"],
    ));
    assert_eq!(joined["nick"], server.account("bob"));
}

fn members_only_room_admits_members(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice", "bob"]);
    let club = server.room("club");
    run(
        &server,
        "alice",
        &[
            "muc",
            "create",
            &club,
            "--set",
            "muc#roomconfig_membersonly=1",
        ],
    );
    let info = json(&run(&server, "alice", &["muc", "info", "--json", &club]));
    assert!(
        info["features"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f == "muc_membersonly")
    );
    assert!(
        info["fields"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["var"] == "muc#roominfo_occupants"),
        "{info}"
    );

    let stderr = refused(
        &server,
        "bob",
        &["muc", "join", &club],
        "registration-required",
    );
    assert!(stderr.contains("members-only"), "{stderr}");
    run(
        &server,
        "alice",
        &["muc", "affiliation", &club, &server.jid("bob"), "member"],
    );
    let members = json(&run(&server, "alice", &["muc", "members", "--json", &club]));
    assert_eq!(members[0]["jid"], server.jid("bob"));
    assert_eq!(members[0]["affiliation"], "member");
    run(&server, "bob", &["muc", "join", &club]);
}

fn a_banned_account_is_forbidden(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice", "carol"]);
    let pub_room = server.room("pub");
    run(&server, "alice", &["muc", "create", &pub_room]);
    run(
        &server,
        "alice",
        &[
            "muc",
            "affiliation",
            &pub_room,
            &server.jid("carol"),
            "outcast",
            "--reason",
            "spam",
        ],
    );
    let stderr = refused(&server, "carol", &["muc", "join", &pub_room], "forbidden");
    assert!(stderr.contains("banned"), "{stderr}");
    assert_eq!(
        room_jids(&server, &["muc", "bans", "--json", &pub_room]),
        [server.jid("carol")]
    );
    let bans = text(&run(&server, "alice", &["muc", "bans", &pub_room]));
    let reason = if server.quirks().keeps_ban_reasons {
        "  spam"
    } else {
        ""
    };
    assert_eq!(bans, format!("{}  outcast{reason}\n", server.jid("carol")));
}

fn config_is_read_set_and_read_back(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice"]);
    let conf = server.room("conf");
    run(&server, "alice", &["muc", "create", &conf]);
    let form = json(&run(&server, "alice", &["muc", "config", "--json", &conf]));
    let name = form["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["var"] == "muc#roomconfig_roomname")
        .unwrap();
    assert_eq!(name["type"], "text-single");
    assert_eq!(
        config_values(&server, &conf, "muc#roomconfig_persistentroom"),
        ["1"]
    );

    let set = run(
        &server,
        "alice",
        &[
            "muc",
            "config",
            &conf,
            "--set",
            "muc#roomconfig_roomname=Renamed",
            "--set",
            "muc#roomconfig_persistentroom=false",
        ],
    );
    assert!(set.stdout.is_empty(), "text mode prints nothing");
    assert_eq!(
        config_values(&server, &conf, "muc#roomconfig_roomname"),
        ["Renamed"]
    );
    let persistent = config_values(&server, &conf, "muc#roomconfig_persistentroom");
    assert!(!persistent.iter().any(|v| v == "1"), "{persistent:?}");

    // Unknown fields stop before anything is submitted.
    let output = server
        .cmd_as("alice")
        .args([
            "muc",
            "config",
            &conf,
            "--set",
            "muc#roomconfig_nosuchfield=1",
            "--set",
            "muc#roomconfig_roomname=Oops",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with("xmppctl: ") && stderr.contains("nosuchfield"),
        "{stderr}"
    );
    assert_eq!(
        config_values(&server, &conf, "muc#roomconfig_roomname"),
        ["Renamed"]
    );

    // No longer persistent: the last occupant leaving ends the room.
    run(&server, "alice", &["muc", "join", &conf]);
    refused(&server, "alice", &["muc", "info", &conf], "item-not-found");
}

/// ejabberd marks our removal from a destroyed room by our nickname only
/// (no status 110): both `muc join --listen` and `listen --muc` must
/// still notice, say why, and exit 7 (`gone`).
fn destroyed_rooms_are_gone(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice", "bob", "carol"]);
    let doomed = server.room("doomed");
    run(&server, "alice", &["muc", "create", &doomed]);
    assert!(room_jids(&server, &["muc", "list", "--json"]).contains(&doomed));
    let bob = listener(&server, "bob", &doomed, &[]);
    let carol = Background::start(
        &server,
        "carol",
        &["--json", "listen", "--muc", &doomed, "--seconds", "30"],
    );
    carol.wait_stderr("listening as");

    run(
        &server,
        "alice",
        &["muc", "destroy", &doomed, "--reason", "moving on"],
    );
    assert!(!room_jids(&server, &["muc", "list", "--json"]).contains(&doomed));
    // Both are put out and told why.
    let why = format!("removed from {doomed}: the room was destroyed (moving on)");
    for put_out in [bob, carol] {
        let events = events_until(&put_out, |e| e["error"].is_object());
        let error = &events.last().unwrap()["error"];
        assert_eq!(error["code"], 7);
        assert_eq!(error["condition"], "gone");
        assert_eq!(error["message"], why.as_str());
        assert_eq!(put_out.wait().code(), Some(7));
    }
}

fn nickname_conflicts(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice", "bob"]);
    let lobby = server.room("nicks");
    let alice = server.account("alice");
    let _bob = listener(&server, "bob", &lobby, &["--nick", &alice]);

    let stderr = refused(
        &server,
        "alice",
        &["muc", "join", &lobby, "--nick", &alice],
        "conflict",
    );
    assert!(stderr.contains("nickname"), "{stderr}");
    // Without --nick, one retry under another name.
    let joined = json(&run(&server, "alice", &["muc", "join", "--json", &lobby]));
    let nick = joined["nick"].as_str().unwrap();
    assert!(nick.starts_with(&format!("{alice}-")), "{nick}");
}

#[test]
fn rooms_must_be_bare_jids_before_connecting() {
    for bad in [
        "conference.example.org",
        "lobby@conference.example.org/nick",
    ] {
        let output = xmppctl()
            .args(["--jid", "alice@example.org", "muc", "join", bad])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{bad}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("is not a room"), "{stderr}");
    }
}

fn create_with_a_field_the_form_lacks_is_a_usage_error(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice"]);
    let typo = server.room("typo");
    let output = server
        .cmd_as("alice")
        .args([
            "muc",
            "create",
            &typo,
            "--set",
            "muc#roomconfig_roomnme=Typo",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with("xmppctl: ")
            && stderr.lines().count() == 1
            && stderr.contains("muc#roomconfig_roomnme"),
        "{stderr}"
    );
}
