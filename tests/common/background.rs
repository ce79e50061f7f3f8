//! A long-running xmppctl in the background (listen, presence set --hold),
//! its output lines delivered on channels so tests can wait with deadlines.

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::TestServer;

/// A long-running xmppctl (listen, presence set --hold) whose lines arrive
/// on channels, so the test can wait for each with a deadline.
pub struct Background {
    child: Child,
    pub stdout: mpsc::Receiver<String>,
    stderr: mpsc::Receiver<String>,
}

impl Background {
    pub fn start(server: &dyn TestServer, user: &str, args: &[&str]) -> Background {
        let mut child = server
            .spawnable_as(user)
            .arg("-v")
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start xmppctl");
        let stdout = lines(child.stdout.take().unwrap());
        let stderr = lines(child.stderr.take().unwrap());
        Background {
            child,
            stdout,
            stderr,
        }
    }

    /// Wait (at most 15 s) for a stderr line containing `needle`.
    pub fn wait_stderr(&self, needle: &str) {
        let deadline = Instant::now() + Duration::from_secs(15);
        let mut seen = Vec::new();
        while let Some(left) = deadline.checked_duration_since(Instant::now()) {
            match self.stderr.recv_timeout(left) {
                Ok(line) if line.contains(needle) => return,
                Ok(line) => seen.push(line),
                Err(_) => break,
            }
        }
        panic!("no stderr line with {needle:?}; saw:\n{}", seen.join("\n"));
    }

    pub fn pid(&self) -> libc::pid_t {
        self.child.id() as libc::pid_t
    }

    pub fn next_line(&self) -> String {
        self.stdout
            .recv_timeout(Duration::from_secs(15))
            .expect("a line on stdout within 15 s")
    }

    pub fn wait(mut self) -> std::process::ExitStatus {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("xmppctl did not end within 30 s");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Background {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The lines of `pipe`, as they come, on a channel.
pub fn lines(pipe: impl std::io::Read + Send + 'static) -> mpsc::Receiver<String> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(pipe).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    rx
}
