//! Server processes as children of the test binary: spawned so that they
//! die with it, waited for until their ports are up, killed when done.

use std::fs;
use std::io::ErrorKind;
use std::net::{Ipv4Addr, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, ExitStatus};
use std::sync::mpsc;
use std::sync::{Mutex, OnceLock};
use std::thread;
use std::time::{Duration, Instant};

const LOG_TAIL_LINES: usize = 60;

/// A request to the spawner thread: a command, and where to send its child.
type SpawnRequest = (Command, mpsc::Sender<std::io::Result<Child>>);

/// Spawns `cmd` so that the child gets SIGKILL when the test binary ends,
/// however it ends: a shared server lives in a `static`, which is never
/// dropped. PR_SET_PDEATHSIG fires when the *thread* that forked exits, not
/// the process, so every server is forked by one thread that lives as long
/// as the binary (a test thread, or a `thread::scope` worker, would take
/// its servers with it when it ends).
pub fn spawn(cmd: Command, install_hint: &str) -> Child {
    static SPAWNER: OnceLock<Mutex<mpsc::Sender<SpawnRequest>>> = OnceLock::new();
    let spawner = SPAWNER.get_or_init(|| {
        let (tx, rx) = mpsc::channel::<SpawnRequest>();
        thread::Builder::new()
            .name("server-spawner".into())
            .spawn(move || {
                for (mut cmd, reply) in rx {
                    // SAFETY: prctl is async-signal-safe and touches no memory
                    // of the parent.
                    unsafe {
                        cmd.pre_exec(|| {
                            if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL) == -1 {
                                return Err(std::io::Error::last_os_error());
                            }
                            Ok(())
                        });
                    }
                    let _ = reply.send(cmd.spawn());
                }
            })
            .expect("start the server-spawner thread");
        Mutex::new(tx)
    });
    let program = format!("{cmd:?}");
    let (reply, answer) = mpsc::channel();
    spawner
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .send((cmd, reply))
        .expect("server-spawner thread is gone");
    match answer.recv().expect("server-spawner thread answers") {
        Ok(child) => child,
        Err(e) if e.kind() == ErrorKind::NotFound => panic!("{install_hint} ({e})"),
        Err(e) => panic!("cannot run {program}: {e}"),
    }
}

/// Runs `f` when the test binary exits normally (the test harness calls
/// `exit`): statics are not dropped, so shared servers clean up here.
pub fn at_exit(f: Box<dyn FnOnce() + Send>) {
    static HOOKS: Mutex<Vec<Box<dyn FnOnce() + Send>>> = Mutex::new(Vec::new());
    static REGISTERED: OnceLock<()> = OnceLock::new();
    extern "C" fn run_hooks() {
        let hooks = std::mem::take(&mut *HOOKS.lock().unwrap_or_else(|e| e.into_inner()));
        for hook in hooks {
            hook();
        }
    }
    HOOKS.lock().unwrap_or_else(|e| e.into_inner()).push(f);
    REGISTERED.get_or_init(|| {
        // SAFETY: registers a plain function with no arguments.
        unsafe { libc::atexit(run_hooks) };
    });
}

/// SIGKILL rather than SIGTERM: the data dir is thrown away, so a clean
/// shutdown buys nothing and would cost time on every start.
pub fn stop(child: &mut Child) {
    let _ = child.kill();
    let _ = child.wait();
}

/// Why one start attempt failed.
pub enum StartFailure {
    PortInUse,
    Exited(ExitStatus),
    /// The server logged that it cannot start (a config error, say).
    Failed,
    TimedOut(Duration),
}

impl StartFailure {
    pub fn describe(&self) -> String {
        match self {
            StartFailure::PortInUse => "its ports kept being taken by others".into(),
            StartFailure::Exited(status) => format!("it exited with {status}"),
            StartFailure::Failed => "it logged a fatal error".into(),
            StartFailure::TimedOut(after) => format!("its ports were not up within {after:?}"),
        }
    }
}

/// What "up" looks like in a server's log.
pub struct Readiness<'a> {
    pub log: &'a Path,
    /// Every one of these lines must be in the log...
    pub ready: &'a [String],
    /// ...and these ports must accept TCP.
    pub ports: &'a [u16],
    /// A line that means another process holds one of our ports.
    pub port_in_use: &'a [&'a str],
    /// A line that means the server gave up.
    pub fatal: &'a [&'a str],
    pub deadline: Duration,
}

/// Waits until the server is up. A TCP accept alone is not enough: a
/// server whose port another process took may keep running without it,
/// and the port accepts anyway; the log says which process bound it.
pub fn wait_until_ready(child: &mut Child, ready: &Readiness) -> Result<(), StartFailure> {
    let deadline = Instant::now() + ready.deadline;
    loop {
        if let Some(status) = child.try_wait().expect("poll server") {
            return Err(StartFailure::Exited(status));
        }
        let log = fs::read_to_string(ready.log).unwrap_or_default();
        if ready.port_in_use.iter().any(|line| log.contains(line)) {
            return Err(StartFailure::PortInUse);
        }
        if ready.fatal.iter().any(|line| log.contains(line)) {
            return Err(StartFailure::Failed);
        }
        if ready.ready.iter().all(|line| log.contains(line))
            && ready.ports.iter().all(|p| accepts(*p))
        {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(StartFailure::TimedOut(ready.deadline));
        }
        thread::sleep(Duration::from_millis(20));
    }
}

fn accepts(port: u16) -> bool {
    TcpStream::connect((Ipv4Addr::LOCALHOST, port)).is_ok()
}

/// The last lines of `log`, then whatever the process printed (`printed`),
/// if anything.
pub fn log_tail(log: &Path, printed: &Path) -> String {
    let log = fs::read_to_string(log).unwrap_or_default();
    let lines: Vec<&str> = log.lines().collect();
    let tail = lines[lines.len().saturating_sub(LOG_TAIL_LINES)..].join("\n");
    let printed = fs::read_to_string(printed).unwrap_or_default();
    if printed.trim().is_empty() {
        tail
    } else {
        format!("{tail}\n--- stdout/stderr ---\n{printed}")
    }
}

/// A file for a server's stdout and stderr, not a pipe: an orphan left by a
/// killed test run must not hold a pipe open that a CI runner waits on.
pub fn output_file(path: &Path) -> (fs::File, fs::File) {
    let out = fs::File::create(path).expect("create the server's output file");
    let err = out.try_clone().expect("clone the output file handle");
    (out, err)
}
