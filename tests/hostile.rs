//! Hostile servers and peers (issue 10): every attack ends in the
//! documented exit code, fast, without a crash and without leaking secrets.

mod common;

use std::time::{Duration, Instant};

use common::{Options, ScriptedServer, Step, assert_success};

/// Generous: an attack must fail within milliseconds; this only tells
/// "failed by itself" from "ran into --timeout".
const FAST: Duration = Duration::from_secs(5);

/// A message from bob, as a server relays it.
fn message(body: &str) -> String {
    format!(
        "<message from='bob@xmppctl.test/x' to='alice@xmppctl.test' type='chat'><body>{body}</body></message>"
    )
}

#[test]
fn the_scripted_server_logs_in_and_delivers() {
    let server = ScriptedServer::start(vec![Step::Send(message("hello"))]);
    let started = Instant::now();
    let output = server
        .xmppctl()
        .args(["listen", "--count", "1", "--timeout", "20"])
        .output()
        .unwrap();
    assert_success(&output);
    assert!(started.elapsed() < FAST);
    assert!(String::from_utf8_lossy(&output.stdout).contains("hello"));
    assert!(server.received_text().contains("<bind"));
}

#[test]
fn the_scripted_server_plays_stream_management() {
    let server = ScriptedServer::with(
        Options {
            sm: true,
            ..Options::default()
        },
        vec![
            Step::Expect("<enable"),
            Step::Send("<enabled xmlns='urn:xmpp:sm:3'/>".into()),
            Step::Expect("<r "),
            Step::Send("<a xmlns='urn:xmpp:sm:3' h='1'/>".into()),
        ],
    );
    let output = server
        .xmppctl()
        .args(["send", "bob@xmppctl.test", "hi", "--timeout", "20"])
        .output()
        .unwrap();
    assert_success(&output);
    assert!(server.received_text().contains("<body>hi</body>"));
}
