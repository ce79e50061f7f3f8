//! `send --lines --json` in the background, fed line by line by the test,
//! its records and stderr lines arriving on channels.

use std::io::Write;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use serde_json::Value;

use super::TestServer;
use super::background::lines;

pub struct LineSender {
    child: Child,
    stdin: Option<ChildStdin>,
    records: mpsc::Receiver<String>,
    stderr: mpsc::Receiver<String>,
}

impl LineSender {
    /// alice sends to bob, with `extra` options after `send --lines`.
    pub fn start(server: &dyn TestServer, extra: &[&str]) -> LineSender {
        let mut cmd = server.spawnable_as("alice");
        cmd.args(["--json", "send", "--lines"])
            .args(extra)
            .arg(server.jid("bob"));
        Self::spawn(cmd)
    }

    /// Any `send --lines --json` command line.
    pub fn spawn(mut cmd: Command) -> LineSender {
        let mut child = cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start send --lines");
        let stdin = child.stdin.take();
        let records = lines(child.stdout.take().unwrap());
        let stderr = lines(child.stderr.take().unwrap());
        LineSender {
            child,
            stdin,
            records,
            stderr,
        }
    }

    pub fn write(&mut self, line: &str) {
        let stdin = self.stdin.as_mut().expect("stdin open");
        writeln!(stdin, "{line}").unwrap();
        stdin.flush().unwrap();
    }

    pub fn next_record(&self) -> Value {
        let line = self
            .records
            .recv_timeout(Duration::from_secs(15))
            .expect("a record within 15 s, before the input ends");
        serde_json::from_str(&line).unwrap()
    }

    /// CPU time (user + system) the process used so far.
    pub fn cpu_time(&self) -> Duration {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", self.child.id())).unwrap();
        // Fields after the parenthesised command name; utime and stime
        // are the 14th and 15th fields of the whole line.
        let after_name = &stat[stat.rfind(')').unwrap() + 2..];
        let fields: Vec<&str> = after_name.split_whitespace().collect();
        let ticks: u64 = fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap();
        // SAFETY: sysconf has no preconditions.
        let per_second = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as u64;
        Duration::from_millis(ticks * 1000 / per_second)
    }

    /// Close stdin and wait for the end: the exit status, every record
    /// not yet read and every stderr line.
    pub fn finish(mut self) -> (std::process::ExitStatus, Vec<Value>, Vec<String>) {
        drop(self.stdin.take());
        let status = self.child.wait().unwrap();
        let records = self
            .records
            .iter()
            .map(|line| serde_json::from_str(&line).unwrap())
            .collect();
        (status, records, self.stderr.iter().collect())
    }
}

impl Drop for LineSender {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
