//! No secret reaches stdout or stderr, at any verbosity, on success or
//! failure, whatever the password source.

mod common;

use base64::Engine;
use common::TestServer;

server_matrix!(
    very_verbose_output_never_shows_the_password,
    failures_never_show_the_password,
);

/// The password and the encodings in which it could leak.
fn forms(username: &str, password: &str) -> Vec<String> {
    let b64 = |bytes: &[u8]| base64::engine::general_purpose::STANDARD.encode(bytes);
    vec![
        password.to_string(),
        b64(password.as_bytes()),
        b64(format!("\0{username}\0{password}").as_bytes()),
        b64(format!("{username}\0{password}").as_bytes()),
    ]
}

fn assert_no_secret(output: &std::process::Output, secrets: &[String]) {
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    for secret in secrets {
        assert!(
            !stdout.contains(secret.as_str()),
            "secret {secret:?} on stdout"
        );
        assert!(
            !stderr.contains(secret.as_str()),
            "secret {secret:?} on stderr"
        );
    }
}

fn very_verbose_output_never_shows_the_password(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice", "bob"]);
    let secrets = forms(&server.account("bob"), &server.password("bob"));
    let output = server
        .cmd_as("bob")
        .args(["-vv", "send", &server.jid("alice"), "hello"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("send <auth"),
        "the XML trace is on: {stderr}"
    );
    assert!(
        stderr.contains("SCRAM-SHA-1"),
        "the mechanism is shown: {stderr}"
    );
    assert_no_secret(&output, &secrets);

    // From a password file and command too.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bob.pw");
    std::fs::write(&file, server.password("bob")).unwrap();
    for source in [
        vec!["--password-file".to_string(), file.display().to_string()],
        vec![
            "--password-cmd".to_string(),
            format!("cat '{}'", file.display()),
        ],
    ] {
        let output = server
            .cmd_as("bob")
            .env_remove("XMPPCTL_PASSWORD")
            .args(&source)
            .args(["-vv", "ping"])
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert_no_secret(&output, &secrets);
    }
}

fn failures_never_show_the_password(server: &'static dyn TestServer) {
    let server = server.fresh_accounts(&["alice", "bob"]);
    let wrong = "Wr0ng-but-Secret!";
    let output = server
        .cmd_as("alice")
        .env("XMPPCTL_PASSWORD", wrong)
        .args(["-vv", "--json", "send", &server.jid("bob"), "x"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(6));
    assert_no_secret(&output, &forms(&server.account("alice"), wrong));
}

#[test]
fn the_terminal_prompt_reads_the_password_without_echo() {
    use std::io::{Read, Write};
    use std::process::{Command, Stdio};

    let server = common::ServerKind::Prosody
        .shared()
        .fresh_accounts(&["alice"]);
    let home = tempfile::tempdir().unwrap();
    // `script` gives xmppctl a terminal; its stdin is what the user types.
    let command = format!(
        "{} --jid {} --server 127.0.0.1:{} --ca-file {} ping",
        common::binary().display(),
        server.jid("alice"),
        server.starttls_port(),
        server.ca_file().display()
    );
    let mut terminal = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("script (util-linux) runs");
    let mut screen = terminal.stdout.take().unwrap();
    let mut seen = Vec::new();
    let mut byte = [0u8; 1];
    // Type only once the prompt is up.
    while !String::from_utf8_lossy(&seen).contains("Password for") {
        assert_eq!(screen.read(&mut byte).unwrap(), 1, "no prompt: {seen:?}");
        seen.push(byte[0]);
    }
    // rpassword turns echo off right after printing the prompt; give it
    // that moment, as a person typing would.
    std::thread::sleep(std::time::Duration::from_millis(500));
    let mut keyboard = terminal.stdin.take().unwrap();
    writeln!(keyboard, "{}", server.password("alice")).unwrap();
    screen.read_to_end(&mut seen).unwrap();
    let status = terminal.wait().unwrap();
    let shown = String::from_utf8_lossy(&seen);
    assert!(status.success(), "{shown}");
    assert!(shown.contains("pong from xmppctl.test"), "{shown}");
    assert!(
        !shown.contains(&server.password("alice")),
        "echoed: {shown}"
    );
}

#[test]
fn an_unanswered_prompt_meets_the_deadline_and_gives_the_echo_back() {
    use std::io::Read;
    use std::process::{Command, Stdio};

    let home = tempfile::tempdir().unwrap();
    // Nobody types: the prompt waits until --timeout, then the terminal
    // must echo again (stty shows `echo`, not `-echo`).
    let command = format!(
        "{} --jid alice@xmppctl.test --server 127.0.0.1:{} --timeout 2 ping; echo exit=$?; stty -a",
        common::binary().display(),
        common::refused_port()
    );
    let started = std::time::Instant::now();
    let mut terminal = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("script (util-linux) runs");
    // The keyboard stays open and silent: an end of input would reach the
    // prompt as an empty answer.
    let keyboard = terminal.stdin.take();
    let mut seen = Vec::new();
    terminal
        .stdout
        .take()
        .unwrap()
        .read_to_end(&mut seen)
        .unwrap();
    terminal.wait().unwrap();
    drop(keyboard);
    let shown = String::from_utf8_lossy(&seen);
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
    assert!(shown.contains("Password for"), "{shown}");
    assert!(
        shown.contains("timed out waiting for the password"),
        "{shown}"
    );
    assert!(shown.contains("exit=8"), "{shown}");
    let settings: Vec<&str> = shown.split_whitespace().collect();
    assert!(
        settings.contains(&"echo") && !settings.contains(&"-echo"),
        "{shown}"
    );
}
