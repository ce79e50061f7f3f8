//! The README's sandbox (`scripts/demo`, examples/sandbox.rs): it finds the
//! binary wherever the target directory is, and whatever ends it, the
//! server stops and its folder goes.

mod common;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The sandbox example cargo built next to the binary under test.
fn built_sandbox() -> PathBuf {
    let binary = common::binary();
    let sandbox = binary.parent().unwrap().join("examples/sandbox");
    assert!(sandbox.is_file(), "cargo test builds examples: {sandbox:?}");
    sandbox
}

/// A copy of both in a target directory of its own, as CARGO_TARGET_DIR
/// makes one: `<dir>/debug/xmppctl` and `<dir>/debug/examples/sandbox`.
fn elsewhere(dir: &Path) -> PathBuf {
    let examples = dir.join("debug/examples");
    std::fs::create_dir_all(&examples).unwrap();
    std::fs::copy(common::binary(), dir.join("debug/xmppctl")).unwrap();
    let sandbox = examples.join("sandbox");
    std::fs::copy(built_sandbox(), &sandbox).unwrap();
    sandbox
}

/// Run a freshly copied binary. A test thread forking meanwhile can still
/// hold the copy open for writing, which makes exec fail with ETXTBSY for
/// a moment: try again.
fn output_of_copy(mut cmd: Command) -> std::process::Output {
    for _ in 0..50 {
        match cmd.output() {
            Err(e) if e.kind() == std::io::ErrorKind::ExecutableFileBusy => {
                std::thread::sleep(Duration::from_millis(50));
            }
            result => return result.expect("run the sandbox"),
        }
    }
    panic!("the copied sandbox stayed busy");
}

fn sandbox_command(sandbox: &Path) -> Command {
    let mut cmd = Command::new(sandbox);
    cmd.env_remove("XMPPCTL_BIN")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd
}

#[test]
fn the_demo_runs_from_any_target_directory() {
    let dir = tempfile::tempdir().unwrap();
    let output = output_of_copy(sandbox_command(&elsewhere(dir.path())));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{output:?}");
    assert!(stdout.contains("Hello from xmppctl"), "{stdout}");
}

#[test]
fn a_missing_binary_is_one_line_without_a_backtrace() {
    let dir = tempfile::tempdir().unwrap();
    let sandbox = elsewhere(dir.path());
    std::fs::remove_file(dir.path().join("debug/xmppctl")).unwrap();
    let output = output_of_copy(sandbox_command(&sandbox));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("no xmppctl binary at"), "{stderr}");
}

#[test]
fn every_signal_stops_the_server_and_removes_its_folder() {
    for signal in [libc::SIGINT, libc::SIGTERM, libc::SIGHUP] {
        let mut child = sandbox_command(&built_sandbox())
            .arg("--keep")
            .spawn()
            .unwrap();
        let stdout = BufReader::new(child.stdout.take().unwrap());
        let mut folder = None;
        let mut accounts = 0;
        for line in stdout.lines().map_while(Result::ok) {
            if let Some(rest) = line.split("then it stops and ").nth(1) {
                folder = rest.strip_suffix(" is removed).").map(PathBuf::from);
            }
            accounts += usize::from(line.contains("--password-file"));
            if line.contains("as alice") && accounts > 0 {
                break;
            }
        }
        let folder = folder.expect("the sandbox names its folder");
        assert_eq!(
            accounts, 3,
            "alice, bob and carol, each with a password file"
        );
        let pid: libc::pid_t = std::fs::read_to_string(folder.join("prosody.pid"))
            .expect("Prosody's pidfile")
            .trim()
            .parse()
            .unwrap();
        // SAFETY: signalling our own child.
        unsafe { libc::kill(child.id() as libc::pid_t, signal) };
        let status = child.wait().unwrap();
        assert_eq!(status.code(), Some(128 + signal));
        assert!(
            !folder.exists(),
            "{folder:?} left behind after signal {signal}"
        );
        let deadline = Instant::now() + Duration::from_secs(5);
        // SAFETY: signal 0 only checks that the process exists.
        while unsafe { libc::kill(pid, 0) } == 0 {
            assert!(Instant::now() < deadline, "Prosody {pid} still runs");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}
