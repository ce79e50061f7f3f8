//! Hostile servers and peers (issue 10): every attack ends in the
//! documented exit code, fast, without a crash and without leaking secrets.
//! (Peak memory under the floods is measured by `examples/floods.rs`.)

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Output, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use base64::Engine;
use common::fake::STREAM_HEADER;
use common::{
    Auth, Background, DOMAIN, Options, Prosody, ScriptedServer, Stage, Step, assert_failure,
    assert_success, make_home, refused_port, xmppctl, xmppctl_with_home,
};
use tokio_rustls::rustls::{
    self, ClientConfig, ClientConnection, RootCertStore, StreamOwned,
    pki_types::{CertificateDer, ServerName, pem::PemObject},
};

/// Generous: an attack must fail within milliseconds; this only tells
/// "failed by itself" from "ran into --timeout".
const FAST: Duration = Duration::from_secs(5);

/// Far longer than FAST: reaching it means the attack was not caught.
const TIMEOUT: &str = "30";

/// A message from bob, as a server relays it.
fn message(body: &str) -> String {
    format!(
        "<message from='bob@xmppctl.test/x' to='alice@xmppctl.test' type='chat'><body>{body}</body></message>"
    )
}

/// `depth` nested elements, closed or not.
fn nested(depth: usize, closed: bool) -> String {
    let close = if closed {
        "</a>".repeat(depth)
    } else {
        String::new()
    };
    format!("{}{close}", "<a>".repeat(depth))
}

/// Run `cmd`, returning its output and how long it took.
fn timed(cmd: &mut assert_cmd::Command) -> (Output, Duration) {
    let started = Instant::now();
    let output = cmd.output().expect("run xmppctl");
    (output, started.elapsed())
}

/// `args` against `server`: exit 4 naming the limit, fast. (Whether the
/// session also sends `<policy-violation/>` is the session's read loop's
/// business; this checks what the user sees.)
fn refused_for_policy(server: &ScriptedServer, args: &[&str], limit: &str) {
    let (output, took) = timed(server.xmppctl().args(args).args(["--timeout", TIMEOUT]));
    assert_failure(&output, 4, limit);
    assert!(took < FAST, "took {took:?}");
}

fn listen_one() -> [&'static str; 3] {
    ["listen", "--count", "1"]
}

#[test]
fn the_scripted_server_logs_in_and_delivers() {
    let server = ScriptedServer::start(vec![Step::Send(message("hello"))]);
    let (output, took) = timed(server.xmppctl().args(listen_one()));
    assert_success(&output);
    assert!(took < FAST);
    assert!(String::from_utf8_lossy(&output.stdout).contains("hello"));
    assert!(server.received_text().contains("<bind"));
}

#[test]
fn the_scripted_server_plays_stream_management() {
    let server = ScriptedServer::with(
        Options {
            sm: true,
            ..Options::default()
        },
        vec![
            Step::Expect("<enable"),
            Step::Send("<enabled xmlns='urn:xmpp:sm:3'/>".into()),
            Step::Expect("<r "),
            Step::Send("<a xmlns='urn:xmpp:sm:3' h='1'/>".into()),
        ],
    );
    let output = server
        .xmppctl()
        .args(["send", "bob@xmppctl.test", "hi"])
        .output()
        .unwrap();
    assert_success(&output);
    assert!(server.received_text().contains("<body>hi</body>"));
}

#[test]
fn deep_nesting_in_a_message_is_refused_not_a_crash() {
    for closed in [true, false] {
        let attack = message(&nested(30_000, closed));
        let server = ScriptedServer::start(vec![Step::Send(attack)]);
        refused_for_policy(&server, &listen_one(), "nested deeper than 128 levels");
    }
}

#[test]
fn deep_nesting_in_the_features_before_authentication_is_refused() {
    let attack = format!("{STREAM_HEADER}<stream:features>{}", nested(30_000, true));
    let server = ScriptedServer::with(
        Options {
            stage: Stage::StreamOpen,
            ..Options::default()
        },
        vec![Step::Send(attack)],
    );
    refused_for_policy(&server, &listen_one(), "nested deeper than 128 levels");
    assert!(
        !server.received_text().contains("<auth"),
        "authenticated anyway"
    );
}

#[test]
fn deep_nesting_in_the_bind_result_is_refused() {
    let attack = format!("<iq type='result' id='x'>{}</iq>", nested(30_000, true));
    let server = ScriptedServer::with(
        Options {
            stage: Stage::Bind,
            ..Options::default()
        },
        vec![Step::Send(attack)],
    );
    refused_for_policy(&server, &listen_one(), "nested deeper than 128 levels");
}

#[test]
fn deep_nesting_during_send_with_stream_management_is_refused() {
    let server = ScriptedServer::with(
        Options {
            sm: true,
            ..Options::default()
        },
        vec![
            Step::Expect("<enable"),
            Step::Send(format!(
                "<enabled xmlns='urn:xmpp:sm:3'/>{}",
                message(&nested(30_000, true))
            )),
        ],
    );
    refused_for_policy(
        &server,
        &["send", "bob@xmppctl.test", "hi"],
        "nested deeper than 128 levels",
    );
}

#[test]
fn an_unfinished_element_full_of_children_is_cut_off() {
    for child in ["<a/>", "<a b=''/>"] {
        let server = ScriptedServer::start(vec![
            Step::Send("<message from='bob@xmppctl.test/x'><body>".into()),
            Step::Flood(child.repeat(1000)),
        ]);
        refused_for_policy(&server, &listen_one(), "more than 20000 children");
    }
}

#[test]
fn an_unfinished_text_is_cut_off_at_the_byte_limit() {
    let server = ScriptedServer::start(vec![
        Step::Send("<message from='bob@xmppctl.test/x'><body>".into()),
        Step::Flood("x".repeat(64 * 1024)),
    ]);
    refused_for_policy(&server, &listen_one(), "more than 4 MiB in one element");
}

fn scram(server_first: &str) -> ScriptedServer {
    ScriptedServer::with(
        Options {
            auth: Auth::Scram {
                server_first: server_first.into(),
            },
            ..Options::default()
        },
        vec![],
    )
}

/// A server-first message is refused at once, exit 6 saying `why`,
/// before any proof is computed or sent.
fn refused_before_any_work(server_first: &str, why: &str) {
    let server = scram(server_first);
    let (output, took) = timed(server.xmppctl().args(["ping", "--timeout", TIMEOUT]));
    assert_failure(&output, 6, why);
    assert!(took < FAST, "took {took:?}");
    assert!(
        !server.received_text().contains("<response"),
        "a proof was sent"
    );
}

#[test]
fn a_huge_scram_iteration_count_is_refused_before_any_work() {
    refused_before_any_work(
        "r={nonce}srv,s=QSXCR+Q6sek8bf92,i=4294967295",
        "4294967295 SCRAM iterations",
    );
}

#[test]
fn a_scram_nonce_that_does_not_extend_ours_is_refused() {
    refused_before_any_work(
        "r=someone-elses-nonce,s=QSXCR+Q6sek8bf92,i=4096",
        "nonce does not extend ours",
    );
}

#[test]
fn deep_local_input_is_a_usage_error() {
    let (output, took) = timed(
        xmppctl()
            .args(["--jid", "alice@xmppctl.test", "iq", "raw"])
            .write_stdin(format!("<iq type='get'>{}</iq>", nested(20_000, true))),
    );
    assert_failure(
        &output,
        2,
        "the input has XML nested deeper than 128 levels",
    );
    assert!(took < FAST, "took {took:?}");
}

/// Raw bytes a terminal would obey, as UTF-8: CSI (U+009B), CR, RLO.
fn has_terminal_controls(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes);
    text.contains('\u{9b}') || text.contains('\r') || text.contains('\u{202e}')
}

#[test]
fn the_trace_escapes_terminal_controls_from_the_network() {
    let header = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' \
         xmlns:stream='http://etherx.jabber.org/streams' from='xmpp.test&#x9b;2J&#x202E;' \
         id='a&#13;&#x9b;1A' version='1.0'>";
    let server = ScriptedServer::with(
        Options {
            stage: Stage::StreamOpen,
            ..Options::default()
        },
        vec![Step::Send(format!("{header}</stream:stream>"))],
    );
    let output = server.xmppctl().args(["-vv", "ping"]).output().unwrap();
    assert!(
        !has_terminal_controls(&output.stderr),
        "{:?}",
        output.stderr
    );
    assert!(String::from_utf8_lossy(&output.stderr).contains("\\u{9b}"));

    let server = ScriptedServer::start(vec![Step::Send(message("red &#x9b;31m here"))]);
    let mut listen = server.xmppctl();
    let output = listen.args(["-vv"]).args(listen_one()).output().unwrap();
    assert_success(&output);
    assert!(
        !has_terminal_controls(&output.stderr),
        "{:?}",
        output.stderr
    );
    assert!(
        !has_terminal_controls(&output.stdout),
        "{:?}",
        output.stdout
    );
}

/// `ping` with the password from `options`, against a port nobody
/// listens on (the password is read before connecting).
fn ping_with_password(options: &[&str]) -> (Output, Duration) {
    timed(
        xmppctl()
            .args(["--jid", "alice@xmppctl.test", "--server"])
            .arg(format!("127.0.0.1:{}", refused_port()))
            .args(options)
            .args(["--timeout", "2", "ping"]),
    )
}

#[test]
fn a_password_command_that_never_ends_meets_the_deadline() {
    let (output, took) = ping_with_password(&["--password-cmd", "sleep 100; echo pw-from-cmd"]);
    assert_failure(&output, 8, "timed out waiting for password command");
    assert!(took < Duration::from_secs(2) + FAST, "took {took:?}");
}

#[test]
fn a_password_fifo_nobody_writes_meets_the_deadline() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pw");
    let path = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: a valid C string and mode.
    assert_eq!(unsafe { libc::mkfifo(path.as_ptr(), 0o600) }, 0);
    let (output, took) = ping_with_password(&["--password-file", fifo.to_str().unwrap()]);
    assert_failure(&output, 8, "timed out reading password file");
    assert!(took < Duration::from_secs(2) + FAST, "took {took:?}");
}

#[test]
fn the_password_command_does_not_inherit_the_password() {
    let dir = tempfile::tempdir().unwrap();
    let seen = dir.path().join("env");
    let command = format!("env > '{}'; echo pw", seen.display());
    let (output, _) = timed(
        xmppctl()
            .args(["--jid", "alice@xmppctl.test", "--server"])
            .arg(format!("127.0.0.1:{}", refused_port()))
            .args(["--password-cmd", &command, "ping"])
            .env("XMPPCTL_PASSWORD", "env-Secret-9")
            .env("XMPPCTL_NEW_PASSWORD", "new-Secret-9"),
    );
    assert_eq!(output.status.code(), Some(4), "{output:?}");
    let env = std::fs::read_to_string(&seen).unwrap();
    assert!(env.contains("PATH="), "the command ran: {env}");
    assert!(!env.contains("Secret-9"), "{env}");
}

#[test]
fn a_config_error_never_echoes_the_password() {
    let home = tempfile::tempdir().unwrap();
    make_home(home.path());
    let dir = home.path().join(".config/xmppctl");
    std::fs::create_dir_all(&dir).unwrap();
    let config = dir.join("config.toml");
    std::fs::write(
        &config,
        "jid = \"alice@xmppctl.test\"\npassword = 12345678\n",
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o600)).unwrap();
    let output = xmppctl_with_home(home.path()).arg("ping").output().unwrap();
    assert_failure(&output, 3, "password: expected a string");
    assert!(!String::from_utf8_lossy(&output.stderr).contains("12345678"));
}

#[test]
fn a_timeout_below_a_nanosecond_is_a_usage_error() {
    let output = xmppctl()
        .args(["--timeout", "1e-300", "ping"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{output:?}");
}

#[test]
fn the_process_cannot_dump_core() {
    let server = ScriptedServer::start(vec![Step::Pause(Duration::from_secs(3))]);
    let mut child = std::process::Command::new(common::binary())
        .args(["--server", &server.addr(), "--tls", "direct", "--ca-file"])
        .arg(server.ca_file())
        .args(["--jid", "alice@xmppctl.test", "listen", "--seconds", "2"])
        .env("XMPPCTL_PASSWORD", "secret")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(500));
    let limits = std::fs::read_to_string(format!("/proc/{}/limits", child.id())).unwrap();
    let status = std::fs::read_to_string(format!("/proc/{}/status", child.id())).unwrap();
    let _ = child.kill();
    let _ = child.wait();
    let core = limits
        .lines()
        .find(|l| l.starts_with("Max core file size"))
        .unwrap();
    assert_eq!(core.split_whitespace().nth(4), Some("0"), "{core}");
    assert!(!status.is_empty());
}

/// bob's side of the peer attack: a bare-bones client (direct TLS, PLAIN,
/// bind) that sends `payload` once logged in. xmppctl's own `iq raw`
/// refuses such input locally, so it cannot be the attacker.
fn send_as_raw_client(prosody: &Prosody, user: &str, payload: &str) {
    let mut roots = RootCertStore::empty();
    let pem = std::fs::read(prosody.ca_file()).unwrap();
    for cert in CertificateDer::pem_slice_iter(&pem) {
        roots.add(cert.unwrap()).unwrap();
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth();
    let name = ServerName::try_from(DOMAIN).unwrap();
    let connection = ClientConnection::new(Arc::new(config), name).unwrap();
    let tcp = TcpStream::connect(("127.0.0.1", prosody.direct_tls_port())).unwrap();
    tcp.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut tls = StreamOwned::new(connection, tcp);
    let mut seen = String::new();
    let mut exchange =
        |tls: &mut StreamOwned<ClientConnection, TcpStream>, send: &str, until: &str| {
            tls.write_all(send.as_bytes()).unwrap();
            tls.flush().unwrap();
            let mut buf = [0u8; 4096];
            while !seen.contains(until) {
                let n = tls.read(&mut buf).expect("server answers");
                assert!(n > 0, "server closed: {seen}");
                seen.push_str(&String::from_utf8_lossy(&buf[..n]));
            }
            seen.clear();
        };
    let header = format!(
        "<?xml version='1.0'?><stream:stream to='{DOMAIN}' version='1.0' \
         xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>"
    );
    let credentials = base64::engine::general_purpose::STANDARD
        .encode(format!("\0{user}\0{}", prosody.password(user)));
    exchange(&mut tls, &header, "</stream:features>");
    let auth = format!(
        "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>{credentials}</auth>"
    );
    exchange(&mut tls, &auth, "<success");
    exchange(&mut tls, &header, "</stream:features>");
    let bind = "<iq type='set' id='b'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/></iq>";
    exchange(&mut tls, bind, "</iq>");
    tls.write_all(payload.as_bytes()).unwrap();
    tls.flush().unwrap();
}

#[test]
fn a_peer_cannot_crash_listen_through_a_real_server() {
    let prosody = Prosody::start();
    let listener = Background::start(
        &prosody,
        "alice",
        &["--resource", "listener", "listen", "--seconds", TIMEOUT],
    );
    listener.wait_stderr("bound");
    let attack = format!(
        "<iq type='get' id='deep' to='alice@{DOMAIN}/listener'>{}</iq>",
        nested(30_000, true)
    );
    let started = Instant::now();
    send_as_raw_client(&prosody, "bob", &attack);
    let status = listener.wait();
    assert_eq!(status.code(), Some(4), "{status:?}");
    assert!(started.elapsed() < FAST, "took {:?}", started.elapsed());
}
