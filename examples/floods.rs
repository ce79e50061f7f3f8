//! Hostile-server floods against xmppctl (`scripts/bench --floods`): for
//! each attack of issue 10, the exit code, the time to fail and the peak
//! resident memory of the xmppctl process. Reports figures; asserts nothing
//! (tests/hostile.rs holds the exit codes).

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::Instant;

use common::fake::STREAM_HEADER;
use common::{Auth, Options, ScriptedServer, Stage, Step};

fn nested(depth: usize, closed: bool) -> String {
    let close = if closed {
        "</a>".repeat(depth)
    } else {
        String::new()
    };
    format!("{}{close}", "<a>".repeat(depth))
}

fn message(inner: &str) -> String {
    format!("<message from='bob@xmppctl.test/x' type='chat'>{inner}</message>")
}

fn at(stage: Stage) -> Options {
    Options {
        stage,
        ..Options::default()
    }
}

fn measure(name: &str, options: Options, steps: Vec<Step>, args: &[&str]) {
    let server = ScriptedServer::with(options, steps);
    let mut cmd = std::process::Command::new(common::binary());
    cmd.args(server.login_args())
        .env("XMPPCTL_PASSWORD", "secret")
        .args(["--timeout", "10"])
        .args(args);
    let started = Instant::now();
    let (code, peak_kib) = common::run_measured(cmd);
    let took = started.elapsed();
    let code = code.map_or("signal".to_string(), |c| c.to_string());
    println!(
        "{name:<58} exit {code:<6} {:>8.0} ms {:>8.1} MiB peak RSS",
        took.as_secs_f64() * 1000.0,
        peak_kib as f64 / 1024.0
    );
}

fn main() {
    let listen = ["listen", "--count", "1"];
    let unfinished = || Step::Send("<message from='bob@xmppctl.test/x'><body>".into());
    println!("(--timeout 10 each; exit 4 = refused for a limit, 6 = SCRAM refused, 8 = deadline)");
    measure(
        "message nested 30,000 deep",
        Options::default(),
        vec![Step::Send(message(&nested(30_000, true)))],
        &listen,
    );
    measure(
        "message nested 30,000 deep, never closed",
        Options::default(),
        vec![Step::Send(message(&nested(30_000, false)))],
        &listen,
    );
    measure(
        "features nested 30,000 deep (before auth)",
        at(Stage::StreamOpen),
        vec![Step::Send(format!(
            "{STREAM_HEADER}<stream:features>{}",
            nested(30_000, true)
        ))],
        &listen,
    );
    measure(
        "bind result nested 30,000 deep",
        at(Stage::Bind),
        vec![Step::Send(format!(
            "<iq type='result' id='x'>{}</iq>",
            nested(30_000, true)
        ))],
        &listen,
    );
    measure(
        "unfinished message full of <a/>",
        Options::default(),
        vec![unfinished(), Step::Flood("<a/>".repeat(1000))],
        &listen,
    );
    measure(
        "unfinished message full of <a b=''/>",
        Options::default(),
        vec![unfinished(), Step::Flood("<a b=''/>".repeat(1000))],
        &listen,
    );
    measure(
        "unfinished body text, nonstop",
        Options::default(),
        vec![unfinished(), Step::Flood("x".repeat(64 * 1024))],
        &listen,
    );
    measure(
        "SCRAM i=4294967295",
        Options {
            auth: Auth::Scram {
                server_first: "r={nonce}srv,s=QSXCR+Q6sek8bf92,i=4294967295".into(),
            },
            ..Options::default()
        },
        vec![],
        &["ping"],
    );
    measure(
        "complete presences nonstop during bind (session inbox)",
        at(Stage::Bind),
        vec![Step::Flood(
            "<presence from='bob@xmppctl.test/x'/>".repeat(100),
        )],
        &["listen", "--count", "1", "--timeout", "3"],
    );
}
