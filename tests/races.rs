//! The session driver against a scripted server that orders acks, pushes
//! and receipts as each test asks: a condition holds in any arrival order,
//! and an ack that cannot be true is refused (XEP-0198).

mod common;

use std::time::{Duration, Instant};

use common::scripted::attribute;
use common::{Options, ScriptedServer, Stage, Step, assert_failure, assert_success, json_lines};

const ENABLED: &str = "<enabled xmlns='urn:xmpp:sm:3'/>";

fn with_sm(steps: Vec<Step>) -> ScriptedServer {
    let mut all = vec![Step::Expect("<enable"), Step::Send(ENABLED.into())];
    all.extend(steps);
    ScriptedServer::with(
        Options {
            sm: true,
            ..Options::default()
        },
        all,
    )
}

fn ack(h: u32) -> Step {
    Step::Send(format!("<a xmlns='urn:xmpp:sm:3' h='{h}'/>"))
}

/// The id of the last `<message>` the client sent (its start tag only: a
/// ping rides behind it).
fn message_id(sent: &str) -> String {
    let message = &sent[sent.rfind("<message").expect("a message was sent")..];
    let start_tag = &message[..=message.find('>').expect("a whole start tag")];
    attribute(start_tag, "id")
        .expect("the message has an id")
        .to_string()
}

#[test]
fn a_push_between_the_ack_request_and_the_ack_does_not_hide_the_ack() {
    // As ejabberd does after a subscription request: the roster push comes
    // before the ack, and the client's reply to it follows our <r/>.
    let server = with_sm(vec![
        Step::Expect("<r "),
        Step::Send(
            "<iq type='set' id='push1'><query xmlns='jabber:iq:roster'>\
             <item jid='bob@xmppctl.test' subscription='none' ask='subscribe'/></query></iq>"
                .into(),
        ),
        Step::Expect("push1"),
        ack(1),
    ]);
    let started = Instant::now();
    let output = server
        .xmppctl()
        .args(["--json", "--timeout", "20"])
        .args(["presence", "subscribe", "bob@xmppctl.test"])
        .output()
        .unwrap();
    assert_success(&output);
    assert_eq!(json_lines(&output)[0]["confirmed"], "ack");
    assert!(started.elapsed() < Duration::from_secs(10), "no false wait");
    let sent = server.received_text();
    assert!(sent.contains("id='push1'") || sent.contains("id=\"push1\""));
}

#[test]
fn a_receipt_that_comes_before_the_ack_counts() {
    fn receipt(sent: &str) -> String {
        format!(
            "<message from='bob@xmppctl.test/phone' to='alice@xmppctl.test'>\
             <received xmlns='urn:xmpp:receipts' id='{}'/></message>",
            message_id(sent)
        )
    }
    let server = with_sm(vec![Step::Expect("<r "), Step::Answer(receipt), ack(1)]);
    let output = server
        .xmppctl()
        .args(["--json", "--timeout", "20"])
        .args(["send", "--receipt", "bob@xmppctl.test/phone", "hi"])
        .output()
        .unwrap();
    assert_success(&output);
    assert_eq!(json_lines(&output)[0]["confirmed"], "receipt");
}

#[test]
fn an_ack_for_more_than_was_sent_is_a_protocol_error() {
    let server = with_sm(vec![Step::Expect("<r "), ack(99)]);
    let output = server
        .xmppctl()
        .args(["--json", "send", "bob@xmppctl.test", "hi"])
        .output()
        .unwrap();
    // The message, and the ping that rides behind it (see `Quirks`).
    assert_failure(&output, 4, "acknowledged 99 stanzas, but only 2 were sent");
    let error = &json_lines(&output)[0]["error"];
    assert_eq!(error["condition"], "undefined-condition");
    let sent = server.received_text();
    assert!(sent.contains("handled-count-too-high"), "{sent}");
}

#[test]
fn an_ack_that_came_before_the_message_cannot_confirm_it() {
    // <enabled/> and <a h='1'/> ride with the bind result: written before
    // the client sent <enable/> or its ping (`send` asks for stream
    // management with the bind request, so a command without an errand).
    fn bound_and_acked(sent: &str) -> String {
        let id = attribute(sent, "id").unwrap_or_default();
        format!(
            "<iq type='result' id='{id}'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>\
             <jid>alice@xmppctl.test/r</jid></bind></iq>{ENABLED}<a xmlns='urn:xmpp:sm:3' h='1'/>"
        )
    }
    let server = ScriptedServer::with(
        Options {
            sm: true,
            stage: Stage::Bind,
            ..Options::default()
        },
        vec![
            Step::Answer(bound_and_acked),
            Step::Pause(Duration::from_secs(5)),
        ],
    );
    let output = server.xmppctl().arg("ping").output().unwrap();
    assert_failure(&output, 4, "before it was asked");
}

#[test]
fn stanzas_nobody_asked_for_are_cut_off_not_hoarded() {
    let presence = "<presence from='bob@xmppctl.test/x'><status>hi</status></presence>";
    // While the client waits for an ack that never comes, and while it
    // waits for the bind result.
    let waiting_for_ack = with_sm(vec![Step::Flood(presence.repeat(100))]);
    let during_bind = ScriptedServer::with(
        Options {
            stage: Stage::Bind,
            ..Options::default()
        },
        vec![Step::Flood(presence.repeat(100))],
    );
    for (server, args) in [
        (&waiting_for_ack, &["send", "bob@xmppctl.test", "hi"][..]),
        (
            &during_bind,
            &["listen", "--count", "1", "--seconds", "30"][..],
        ),
    ] {
        let started = Instant::now();
        let output = server
            .xmppctl()
            .args(["--timeout", "60"])
            .args(args)
            .output()
            .unwrap();
        assert_failure(&output, 4, "that nothing asked for");
        assert!(started.elapsed() < Duration::from_secs(20));
    }
}

#[test]
fn a_ping_answered_with_an_error_is_reported_as_such() {
    fn ping_error(sent: &str) -> String {
        let ping = &sent[sent.rfind("<iq").unwrap()..];
        let id = attribute(ping, "id").unwrap_or_default();
        format!(
            "<iq type='error' id='{id}' from='xmppctl.test'><ping xmlns='urn:xmpp:ping'/>\
             <error type='cancel'><service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>\
             </error></iq>"
        )
    }
    let server = ScriptedServer::start(vec![
        Step::Expect("urn:xmpp:ping"),
        Step::Answer(ping_error),
    ]);
    let output = server
        .xmppctl()
        .args(["--json", "send", "bob@xmppctl.test", "hi"])
        .output()
        .unwrap();
    assert_success(&output);
    assert_eq!(json_lines(&output)[0]["confirmed"], "ping-error");
}

/// The answer to the last ping the client sent.
fn ping_result(sent: &str) -> String {
    let ping = &sent[sent.rfind("<iq").expect("a ping was sent")..];
    let start_tag = &ping[..=ping.find('>').expect("a whole start tag")];
    let id = attribute(start_tag, "id").expect("the ping has an id");
    format!("<iq type='result' id='{id}' from='xmppctl.test'/>")
}

#[test]
fn stream_management_refused_after_leaving_costs_one_login_again() {
    let server = ScriptedServer::with_connections(
        Options {
            sm: true,
            ..Options::default()
        },
        vec![
            // The first run: the ping behind the message is answered
            // before the ack, so the cache says this server answers in
            // order and the next run closes in the flight of its `<r/>`.
            vec![
                Step::Expect("<enable"),
                Step::Send(ENABLED.into()),
                Step::Expect("<r "),
                Step::Answer(ping_result),
                ack(2),
            ],
            // The next run, which left already: stream management refused,
            // and the stream closed as the client asked.
            vec![
                Step::Expect("</stream:stream>"),
                Step::Send("<failed xmlns='urn:xmpp:sm:3'/></stream:stream>".into()),
                Step::Close,
            ],
            // Its login again, without the cache: a ping confirms.
            vec![Step::Expect("urn:xmpp:ping"), Step::Answer(ping_result)],
        ],
    );
    let home = tempfile::tempdir().unwrap();
    let run = || {
        common::in_home(server.xmppctl(), home.path())
            .args(["-v", "--json", "send", "bob@xmppctl.test", "hi"])
            .output()
            .unwrap()
    };
    let first = run();
    assert_success(&first);
    assert_eq!(json_lines(&first)[0]["confirmed"], "ack");
    let second = run();
    assert_success(&second);
    let log = String::from_utf8_lossy(&second.stderr);
    assert!(
        log.contains("refused stream management after our stanzas went out"),
        "{log}"
    );
    assert_eq!(json_lines(&second)[0]["confirmed"], "ping");
}
