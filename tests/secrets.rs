//! No secret reaches stdout or stderr, at any verbosity, on success or
//! failure, whatever the password source.

mod common;

use base64::Engine;
use common::Prosody;

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

#[test]
fn very_verbose_output_never_shows_the_password() {
    let prosody = Prosody::start();
    let secrets = forms("bob", &prosody.password("bob"));
    let output = prosody
        .cmd_as("bob")
        .args(["-vv", "send", &prosody.jid("alice"), "hello"])
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
    let file = prosody.dir().join("bob.pw");
    std::fs::write(&file, prosody.password("bob")).unwrap();
    for source in [
        vec!["--password-file".to_string(), file.display().to_string()],
        vec![
            "--password-cmd".to_string(),
            format!("cat '{}'", file.display()),
        ],
    ] {
        let output = prosody
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

#[test]
fn failures_never_show_the_password() {
    let prosody = Prosody::start();
    let wrong = "Wr0ng-but-Secret!";
    let output = prosody
        .cmd_as("alice")
        .env("XMPPCTL_PASSWORD", wrong)
        .args(["-vv", "--json", "send", &prosody.jid("bob"), "x"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(6));
    assert_no_secret(&output, &forms("alice", wrong));
}
