//! The README's first command (`scripts/demo`): a throwaway Prosody on
//! loopback with accounts alice and bob; alice sends bob a message with
//! xmppctl, bob reads it. `--keep` leaves the server running until Ctrl-C
//! and prints the settings to try other commands by hand.

#[path = "../tests/common/mod.rs"]
mod common;

use std::process::Output;

use common::{Prosody, ProsodyOptions};

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
        std::process::exit(1);
    }
}

fn main() {
    let keep = std::env::args().any(|a| a == "--keep");
    // With HTTP File Upload, so `upload` can be tried too.
    let prosody = Prosody::start_with(ProsodyOptions {
        upload: true,
        ..ProsodyOptions::default()
    });
    println!(
        "Prosody for {} is up: STARTTLS on 127.0.0.1:{}, direct TLS on 127.0.0.1:{}\nCA certificate: {}\n(each command below also gets --jid, --server, --ca-file and XMPPCTL_PASSWORD)",
        prosody.domain(),
        prosody.starttls_port(),
        prosody.direct_tls_port(),
        prosody.ca_file().display()
    );

    let to_bob = vec![
        "-v".to_string(),
        "send".into(),
        prosody.jid("bob"),
        "Hello from xmppctl 👋".into(),
    ];
    let output = prosody
        .cmd_as("alice")
        .args(&to_bob)
        .output()
        .expect("run xmppctl");
    show(
        "alice sends; exit 0 means the server acknowledged it",
        &to_bob,
        &output,
    );

    let listen = ["listen", "--count", "1", "--seconds", "10"]
        .map(String::from)
        .to_vec();
    let output = prosody
        .cmd_as("bob")
        .args(&listen)
        .output()
        .expect("run xmppctl");
    show("bob reads what the server stored for him", &listen, &output);

    if keep {
        println!(
            "\nThe server keeps running until Ctrl-C. Try, for example:\n\n  export XMPPCTL_JID={} XMPPCTL_PASSWORD='{}' XMPPCTL_SERVER=127.0.0.1:{}\n  target/debug/xmppctl --ca-file {ca} roster\n  target/debug/xmppctl --ca-file {ca} upload --to {bob} README.md\n",
            prosody.jid("alice"),
            prosody.password("alice"),
            prosody.starttls_port(),
            ca = prosody.ca_file().display(),
            bob = prosody.jid("bob"),
        );
        loop {
            std::thread::park();
        }
    }
}
