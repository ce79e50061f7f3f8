//! iq raw, ping, disco and version against every server of the matrix: the values
//! printed come from the server itself.

mod common;

use common::{
    Background, FakeServer, TestServer, assert_failure, json, json_lines, run, text, xmppctl,
};
use serde_json::Value;

server_matrix!(
    raw_roster_get_and_server_version,
    pipelined_iqs_are_printed_in_input_order,
    an_error_answer_is_printed_then_exit_7,
    an_unanswered_iq_times_out_naming_its_id,
    ping_disco_and_version_of_the_server_print_real_values,
    ping_of_a_missing_entity_is_exit_7,
    ping_of_an_accounts_bare_jid,
);

fn raw_roster_get_and_server_version(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice"]);
    let roster = text(&run(
        &server,
        "alice",
        &[
            "iq",
            "raw",
            "<iq type='get'><query xmlns='jabber:iq:roster'/></iq>",
        ],
    ));
    assert!(roster.starts_with("<iq "), "{roster}");
    assert!(roster.contains("type='result'"), "{roster}");
    assert!(
        roster.contains("<query xmlns='jabber:iq:roster'"),
        "{roster}"
    );

    let version = format!(
        "<iq type='get' to='{}'><query xmlns='jabber:iq:version'/></iq>",
        server.domain()
    );
    let answers = json(&run(&server, "alice", &["--json", "iq", "raw", &version]));
    let answer = &answers[0];
    assert_eq!(answer["type"], "result");
    assert_eq!(answer["from"], server.domain());
    assert!(
        answer["xml"]
            .as_str()
            .unwrap()
            .contains(&format!("<name>{}</name>", server.quirks().software))
    );
    assert!(
        answer["id"].as_str().is_some_and(|id| !id.is_empty()),
        "id filled in"
    );
}

fn pipelined_iqs_are_printed_in_input_order(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice"]);
    let input = format!(
        "<iq type='get' id='c' to='{d}'><query xmlns='jabber:iq:version'/></iq>\n\
         <iq type='get' id='a' to='{d}'><ping xmlns='urn:xmpp:ping'/></iq>\n\
         <iq type='get' id='b'><query xmlns='jabber:iq:roster'/></iq>\n",
        d = server.domain()
    );
    let output = server
        .cmd_as("alice")
        .args(["--json", "iq", "raw", "-"])
        .write_stdin(input.clone())
        .output()
        .unwrap();
    assert!(output.status.success());
    let ids: Vec<Value> = json(&output)
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].clone())
        .collect();
    assert_eq!(ids, ["c", "a", "b"]);

    // --lines: one object per line, same order.
    let output = server
        .cmd_as("alice")
        .args(["--json", "iq", "raw", "--lines"])
        .write_stdin(input)
        .output()
        .unwrap();
    let lines: Vec<Value> = text(&output)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[2]["id"], "b");
}

fn an_error_answer_is_printed_then_exit_7(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice"]);
    let output = server
        .cmd_as("alice")
        .args([
            "iq",
            "raw",
            "<iq type='get' to='nobody@xmppctl.test/x' id='q1'><query xmlns='jabber:iq:version'/></iq>",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(7));
    assert!(
        text(&output).contains("type='error'"),
        "printed before failing"
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.starts_with("xmppctl: IQ q1: "), "{stderr}");

    // Several failures: one line counts them and names the first.
    let two = "<iq type='get' to='nobody@xmppctl.test/x' id='q1'><query xmlns='jabber:iq:version'/></iq>\
               <iq type='get' to='nobody@xmppctl.test/y' id='q2'><query xmlns='jabber:iq:version'/></iq>";
    let output = server
        .cmd_as("alice")
        .args(["--json", "iq", "raw", "--lines", two])
        .output()
        .unwrap();
    assert_failure(&output, 7, "2 IQs failed; first: IQ q1: ");
    let lines = json_lines(&output);
    assert_eq!(lines.len(), 3, "two answers and the error object");
    assert_eq!(lines[2]["error"]["kind"], "refused");
    assert!(
        stderr.contains("service-unavailable") || stderr.contains("item-not-found"),
        "{stderr}"
    );
}

#[test]
fn bad_input_is_exit_2_without_connecting() {
    let fake = FakeServer::silent();
    let cases = [
        (
            "<iq type='get'><ping xmlns='urn:xmpp:ping'/>",
            "malformed XML",
        ),
        (
            "<iq type='get'>\n  <ping xmlns='urn:xmpp:ping'></iq>",
            "line 2",
        ),
        ("<message to='a@b'><body>hi</body></message>", "not an <iq>"),
        ("<iq><ping xmlns='urn:xmpp:ping'/></iq>", "no type"),
        ("<iq type='result' id='1'/>", "response"),
    ];
    for (input, needle) in cases {
        let output = xmppctl()
            .args([
                "--jid",
                "alice@xmppctl.test",
                "--server",
                &fake.addr(),
                "iq",
                "raw",
            ])
            .env("XMPPCTL_PASSWORD", "x")
            .write_stdin(input)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{input}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.starts_with("xmppctl: ") && stderr.contains(needle),
            "{input}: {stderr}"
        );
    }
    assert_eq!(fake.connections(), 0, "nothing may be sent for bad input");
}

fn an_unanswered_iq_times_out_naming_its_id(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice", "bob"]);
    // bob's client is connected but frozen: the server routes the IQ to
    // it and nobody answers.
    let frozen = Background::start(&server, "bob", &["--resource", "frozen", "listen"]);
    frozen.wait_stderr("listening as");
    // SAFETY: stopping our own child process; Drop kills it.
    unsafe { libc::kill(frozen.pid(), libc::SIGSTOP) };
    let request = format!(
        "<iq type='get' id='lost-1' to='{}/frozen'><ping xmlns='urn:xmpp:ping'/></iq>",
        server.jid("bob")
    );
    let output = server
        .cmd_as("alice")
        .args(["--timeout", "2", "iq", "raw", &request])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(8));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with("xmppctl: ") && stderr.contains("lost-1"),
        "{stderr}"
    );
}

fn ping_disco_and_version_of_the_server_print_real_values(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice"]);
    let pong = text(&run(&server, "alice", &["ping"]));
    assert!(
        pong.starts_with(&format!("pong from {}: ", server.domain())),
        "{pong}"
    );
    assert!(pong.trim_end().ends_with(" ms"), "{pong}");

    let report = json(&run(&server, "alice", &["ping", "--count", "3", "--json"]));
    assert_eq!(report["count"], 3);
    assert_eq!(report["rtt_ms"].as_array().unwrap().len(), 3);
    let (min, median, max) = (
        report["min_ms"].as_f64().unwrap(),
        report["median_ms"].as_f64().unwrap(),
        report["max_ms"].as_f64().unwrap(),
    );
    assert!(min <= median && median <= max);

    let version = text(&run(&server, "alice", &["version", server.domain()]));
    let quirks = server.quirks();
    let expected = format!("{} {}", quirks.software, quirks.version_prefix);
    assert!(version.starts_with(&expected), "{version}");
    let version = json(&run(
        &server,
        "alice",
        &["version", "--json", server.domain()],
    ));
    assert_eq!(version["name"], quirks.software);

    let info = json(&run(&server, "alice", &["disco", "info", "--json"]));
    assert_eq!(info["jid"], server.domain());
    assert!(
        info["identities"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["category"] == "server" && i["type"] == "im")
    );
    let features: Vec<&str> = info["features"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap())
        .collect();
    assert!(features.contains(&"urn:xmpp:ping"), "{features:?}");
    let info_text = text(&run(&server, "alice", &["disco", "info"]));
    assert!(info_text.contains("identity  server/im"), "{info_text}");

    let items = json(&run(&server, "alice", &["disco", "items", "--json"]));
    assert!(
        items
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["jid"] == server.muc_service()),
        "{items}"
    );
    let info = json(&run(
        &server,
        "alice",
        &["disco", "info", "--json", server.muc_service()],
    ));
    assert!(
        info["identities"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["category"] == "conference")
    );
}

fn ping_of_a_missing_entity_is_exit_7(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice"]);
    let output = server
        .cmd_as("alice")
        .args(["ping", "nobody@xmppctl.test/gone"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(7));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with("xmppctl: ping nobody@xmppctl.test/gone: "),
        "{stderr}"
    );
}

/// A ping to a bare JID is for the server to answer on the account's
/// behalf (RFC 6120 10.5.3.2); both servers do, for another account and
/// for our own.
fn ping_of_an_accounts_bare_jid(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice", "bob"]);
    for user in ["bob", "alice"] {
        let jid = server.jid(user);
        let report = json(&run(&server, "alice", &["ping", "--json", &jid]));
        assert_eq!(report["jid"], jid.as_str());
        assert_eq!(report["count"], 1);
    }
}
