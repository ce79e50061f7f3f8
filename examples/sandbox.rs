//! The README's first command (`scripts/demo`): a throwaway Prosody on
//! loopback with accounts alice, bob and carol; alice sends bob a message
//! with xmppctl, bob reads it. `--keep` leaves the server running until
//! Ctrl-C and prints, for every account, the settings to try other commands
//! by hand. Whatever ends the demo (its end, Ctrl-C, SIGTERM, SIGHUP), the
//! server stops and its temporary folder is removed.

#[path = "../tests/common/mod.rs"]
mod common;

use std::process::Output;
use std::sync::Mutex;

use common::{Prosody, ProsodyOptions, USERS};

/// The running server, where the signal thread can reach it: taking it
/// out and dropping it stops Prosody and removes its folder.
static SERVER: Mutex<Option<Prosody>> = Mutex::new(None);

fn show(title: &str, args: &[String], output: &Output) {
    let shown: Vec<String> = args
        .iter()
        .map(|a| {
            if a.contains(' ') {
                format!("'{a}'")
            } else {
                a.clone()
            }
        })
        .collect();
    println!("\n$ xmppctl {}    # {title}", shown.join(" "));
    print!("{}", String::from_utf8_lossy(&output.stderr));
    print!("{}", String::from_utf8_lossy(&output.stdout));
    if !output.status.success() {
        eprintln!("failed with exit code {:?}", output.status.code());
        stop_and_exit(1);
    }
}

/// Stop the server (and remove its folder), then exit.
fn stop_and_exit(code: i32) -> ! {
    drop(SERVER.lock().unwrap_or_else(|e| e.into_inner()).take());
    std::process::exit(code);
}

/// SIGINT, SIGTERM and SIGHUP are blocked here (so in every thread and
/// child started after) and taken by one thread that cleans up: without
/// it a signal would end the process before any destructor ran.
fn clean_up_on_signals() {
    // SAFETY: plain signal-mask calls on a set we own.
    unsafe {
        let mut set = std::mem::zeroed::<libc::sigset_t>();
        libc::sigemptyset(&mut set);
        for signal in [libc::SIGINT, libc::SIGTERM, libc::SIGHUP] {
            libc::sigaddset(&mut set, signal);
        }
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
        let set = set;
        std::thread::spawn(move || {
            let mut signal = 0;
            libc::sigwait(&set, &mut signal);
            eprintln!("\nstopping the sandbox server");
            stop_and_exit(128 + signal);
        });
    }
}

/// The xmppctl binary the harness will run, or one line saying what is
/// missing where (scripts/demo builds it first).
fn check_binary() {
    let binary = common::binary();
    if !binary.is_file() {
        eprintln!(
            "sandbox: no xmppctl binary at {}; build it first (cargo build --bin xmppctl), or set XMPPCTL_BIN",
            binary.display()
        );
        std::process::exit(1);
    }
}

/// `f` on the running server (held briefly: the signal thread waits for it).
fn with_server<T>(f: impl FnOnce(&Prosody) -> T) -> T {
    let server = SERVER.lock().unwrap_or_else(|e| e.into_inner());
    f(server.as_ref().expect("the server is running"))
}

fn main() {
    let keep = std::env::args().any(|a| a == "--keep");
    check_binary();
    clean_up_on_signals();
    {
        let mut server = SERVER.lock().unwrap_or_else(|e| e.into_inner());
        // With HTTP File Upload, so `upload` can be tried too.
        *server = Some(Prosody::start_with(ProsodyOptions {
            upload: true,
            ..ProsodyOptions::default()
        }));
    }
    with_server(|prosody| {
        println!(
            "Prosody for {} is up: STARTTLS on 127.0.0.1:{}, direct TLS on 127.0.0.1:{}\nCA certificate: {}\n(each command below also gets --jid, --server, --ca-file and XMPPCTL_PASSWORD)",
            prosody.domain(),
            prosody.starttls_port(),
            prosody.direct_tls_port(),
            prosody.ca_file().display()
        )
    });
    let to_bob = vec![
        "-v".to_string(),
        "send".into(),
        with_server(|p| p.jid("bob")),
        "Hello from xmppctl 👋".into(),
    ];
    let mut send = with_server(|p| p.cmd_as("alice"));
    show(
        "alice sends; exit 0 means her server took it (--receipt: bob's client got it)",
        &to_bob,
        &send.args(&to_bob).output().expect("run xmppctl"),
    );
    let listen = ["listen", "--count", "1", "--seconds", "10"]
        .map(String::from)
        .to_vec();
    let mut read = with_server(|p| p.cmd_as("bob"));
    show(
        "bob reads what the server stored for him",
        &listen,
        &read.args(&listen).output().expect("run xmppctl"),
    );
    if !keep {
        stop_and_exit(0);
    }
    println!("{}", with_server(try_it));
    loop {
        std::thread::park();
    }
}

/// For `--keep`: every account's settings, each with a password file.
fn try_it(prosody: &Prosody) -> String {
    let mut text = format!(
        "\nThe server keeps running until Ctrl-C (then it stops and {} is removed).\nEvery account, ready to paste into a shell of its own:\n",
        prosody.dir().display()
    );
    for (user, _) in USERS {
        let password_file = prosody.dir().join(format!("{user}.password"));
        std::fs::write(&password_file, prosody.password(user)).expect("write a password file");
        text.push_str(&format!(
            "\n  # {user}\n  export XMPPCTL_JID={} XMPPCTL_SERVER=127.0.0.1:{}\n  alias xmppctl='{} --ca-file {} --password-file {}'\n",
            prosody.jid(user),
            prosody.starttls_port(),
            common::binary().display(),
            prosody.ca_file().display(),
            password_file.display()
        ));
    }
    let room = format!("lobby@{}", prosody.muc_service());
    text.push_str(&format!(
        "\nThen, for example:\n  xmppctl listen                                  # as bob\n  xmppctl send {bob} hi                 # as alice\n  xmppctl presence subscribe {bob}      # as alice, then as bob:\n  xmppctl presence approve {alice}\n  xmppctl muc join {room} --listen 300   # as carol (creates the room)\n  xmppctl muc say {room} hello           # as alice\n  xmppctl upload --to {bob} README.md     # as alice\n",
        bob = prosody.jid("bob"),
        alice = prosody.jid("alice"),
    ));
    text
}
