//! SASL2 with FAST (XEP-0484) against Prosody 13: a first run logs in with
//! the password and keeps a token; later runs log in with the token and
//! need no password; a token the server no longer accepts costs one
//! password login; `--no-fast` neither uses nor keeps tokens; the token
//! never shows, even at `-vv`; the state files are the owner's alone.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use common::{Prosody, assert_failure, assert_success};

/// A HOME kept across runs, so later runs see the state of earlier ones.
fn home(prosody: &Prosody, name: &str) -> PathBuf {
    let home = prosody.dir().join(name);
    common::make_home(&home);
    home
}

fn state_dir(home: &Path) -> PathBuf {
    home.join(".local/state/xmppctl")
}

fn token_files(home: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(state_dir(home))
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with("fast-token."))
                })
                .collect()
        })
        .unwrap_or_default()
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn send(prosody: &Prosody, home: &Path, direct: bool, extra: &[&str]) -> std::process::Output {
    let cmd = if direct {
        prosody.cmd_as_direct_tls("alice")
    } else {
        prosody.cmd_as("alice")
    };
    common::in_home(cmd, home)
        .args(extra)
        .args(["-vv", "send", &prosody.jid("bob"), "hi"])
        .output()
        .unwrap()
}

#[test]
fn a_later_run_logs_in_with_the_token_and_no_password() {
    let prosody = Prosody::start13();
    for direct in [false, true] {
        let home = home(&prosody, if direct { "direct" } else { "starttls" });
        let first = send(&prosody, &home, direct, &[]);
        assert_success(&first);
        let trace = String::from_utf8_lossy(&first.stderr);
        assert!(trace.contains("with SCRAM-SHA-1-PLUS (SASL2)"), "{trace}");
        let files = token_files(&home);
        assert_eq!(files.len(), 1, "{trace}");
        assert_eq!(mode(&state_dir(&home)), 0o700);
        assert_eq!(mode(&files[0]), 0o600);
        let token = std::fs::read_to_string(&files[0]).unwrap();
        let secret = token.split("secret-token:").nth(1).expect("a token");
        let secret = &secret[..secret.find('"').unwrap()];
        assert!(!trace.contains(secret), "token in the trace: {trace}");

        // No password at all: only the token can log in.
        let later = common::in_home(
            if direct {
                prosody.cmd_as_direct_tls("alice")
            } else {
                prosody.cmd_as("alice")
            },
            &home,
        )
        .env_remove("XMPPCTL_PASSWORD")
        .args(["-vv", "send", &prosody.jid("bob"), "again"])
        .output()
        .unwrap();
        assert_success(&later);
        let trace = String::from_utf8_lossy(&later.stderr);
        assert!(trace.contains("with HT-SHA-256-EXPR (SASL2)"), "{trace}");
        assert!(!trace.contains(secret), "token in the trace: {trace}");
    }
}

#[test]
fn a_refused_token_falls_back_once_to_the_password() {
    let prosody = Prosody::start13();
    let home = home(&prosody, "h");
    assert_success(&send(&prosody, &home, true, &[]));
    let file = &token_files(&home)[0];
    let kept = std::fs::read_to_string(file).unwrap();
    let forged = kept.replace("secret-token:", "secret-token:forged-");
    std::fs::write(file, forged).unwrap();
    let output = send(&prosody, &home, true, &[]);
    assert_success(&output);
    let trace = String::from_utf8_lossy(&output.stderr);
    assert!(trace.contains("refused the FAST token"), "{trace}");
    assert_eq!(trace.matches("with SCRAM-SHA-1-PLUS").count(), 1, "{trace}");
    let renewed = std::fs::read_to_string(file).unwrap();
    assert!(!renewed.contains("forged-"), "the refused token was kept");
    // And the new token works without a password.
    let later = common::in_home(prosody.cmd_as_direct_tls("alice"), &home)
        .env_remove("XMPPCTL_PASSWORD")
        .args(["send", &prosody.jid("bob"), "x"])
        .output()
        .unwrap();
    assert_success(&later);
    // The message that rode with the refused token was not taken on that
    // connection; the login with the password sent it once.
    let bodies: Vec<_> = common::receive(&prosody, "bob", &["--count", "3"])
        .into_iter()
        .map(|m| m["body"].as_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(bodies, ["hi", "hi", "x"]);
}

#[test]
fn a_refused_token_without_a_password_is_exit_3() {
    let prosody = Prosody::start13();
    let home = home(&prosody, "h");
    assert_success(&send(&prosody, &home, true, &[]));
    let file = &token_files(&home)[0];
    let forged = std::fs::read_to_string(file)
        .unwrap()
        .replace("secret-token:", "secret-token:x");
    std::fs::write(file, forged).unwrap();
    let output = common::in_home(prosody.cmd_as_direct_tls("alice"), &home)
        .env_remove("XMPPCTL_PASSWORD")
        .args(["send", &prosody.jid("bob"), "x"])
        .output()
        .unwrap();
    assert_failure(&output, 3, "password");
}

#[test]
fn no_fast_neither_uses_nor_keeps_tokens() {
    let prosody = Prosody::start13();
    let home = home(&prosody, "h");
    let output = send(&prosody, &home, true, &["--no-fast"]);
    assert_success(&output);
    assert!(token_files(&home).is_empty());
    assert!(!String::from_utf8_lossy(&output.stderr).contains("request-token"));
    // A kept token is not used either.
    assert_success(&send(&prosody, &home, true, &[]));
    assert_eq!(token_files(&home).len(), 1);
    let output = send(&prosody, &home, true, &["--no-fast"]);
    assert_success(&output);
    let trace = String::from_utf8_lossy(&output.stderr);
    assert!(trace.contains("with SCRAM-SHA-1-PLUS (SASL2)"), "{trace}");
}

#[test]
fn a_state_directory_others_can_read_is_refused() {
    let prosody = Prosody::start13();
    let home = home(&prosody, "h");
    assert_success(&send(&prosody, &home, true, &[]));
    std::fs::set_permissions(state_dir(&home), std::fs::Permissions::from_mode(0o755)).unwrap();
    let output = common::in_home(prosody.cmd_as_direct_tls("alice"), &home)
        .args(["send", &prosody.jid("bob"), "x"])
        .output()
        .unwrap();
    assert_failure(&output, 3, "can be read by group or others");
}
