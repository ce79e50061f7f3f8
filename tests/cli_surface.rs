//! The surface users meet first: committed completions and man page match
//! the CLI, the man page renders cleanly, --version names the TLS backend.

mod common;

use std::path::Path;
use std::process::Command;

use common::xmppctl;

const COMPLETIONS: [(&str, &str); 5] = [
    ("bash", "completions/xmppctl.bash"),
    ("zsh", "completions/_xmppctl"),
    ("fish", "completions/xmppctl.fish"),
    ("elvish", "completions/xmppctl.elv"),
    ("powershell", "completions/_xmppctl.ps1"),
];

fn committed(path: &str) -> Vec<u8> {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read(&full)
        .unwrap_or_else(|e| panic!("{}: {e}; run scripts/regen-docs", full.display()))
}

#[test]
fn committed_completions_match_the_cli() {
    for (shell, path) in COMPLETIONS {
        let output = xmppctl().args(["completions", shell]).output().unwrap();
        assert!(output.status.success(), "{shell}");
        assert!(!output.stdout.is_empty(), "{shell}: empty");
        assert!(
            output.stdout == committed(path),
            "{path} is stale: run scripts/regen-docs and commit"
        );
    }
}

#[test]
fn committed_man_page_matches_the_cli_and_renders_cleanly() {
    let output = xmppctl().arg("man").output().unwrap();
    assert!(output.status.success());
    assert!(
        output.stdout == committed("doc/xmppctl.1"),
        "doc/xmppctl.1 is stale: run scripts/regen-docs and commit"
    );
    let page = Path::new(env!("CARGO_MANIFEST_DIR")).join("doc/xmppctl.1");
    let rendered = Command::new("groff")
        .args(["-man", "-Tutf8", "-ww", "-z"])
        .arg(&page)
        .output()
        .expect("groff is installed (scripts/ensure-deps)");
    assert!(rendered.status.success());
    assert!(
        rendered.stderr.is_empty(),
        "groff warnings: {}",
        String::from_utf8_lossy(&rendered.stderr)
    );
    let text = String::from_utf8_lossy(&output.stdout);
    for section in [
        "EXIT STATUS",
        "ENVIRONMENT",
        "FILES",
        "EXAMPLES",
        "XMPPCTL_PASSWORD",
    ] {
        assert!(text.contains(section), "man page lacks {section}");
    }
}

#[test]
fn version_names_the_tls_backend() {
    let output = xmppctl().arg("--version").output().unwrap();
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.starts_with(concat!("xmppctl ", env!("CARGO_PKG_VERSION"))),
        "{text}"
    );
    assert!(text.contains("rustls"), "{text}");
}

#[test]
fn a_closed_stdout_pipe_is_not_an_error() {
    // `xmppctl completions bash | head -1`: the reader leaves early.
    let mut child = Command::new(env!("CARGO_BIN_EXE_xmppctl"))
        .args(["completions", "bash"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    assert!(status.success() || status.code() == Some(0), "{status:?}");
}
