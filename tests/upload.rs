//! `upload` (XEP-0363) against Prosody's mod_http_file_share: files of odd
//! names and sizes go up and come back byte for byte, their URLs reach
//! another account and a room with the XEP-0066 link, and every refusal
//! the real server makes has its exit code. A scripted XMPP server hands
//! out slots that point at a tiny fake HTTPS server for what Prosody will
//! not do: stall, drop the connection, answer 500, ask for extra headers,
//! give a plain http:// URL.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::io::{Read, Write};
use std::net::{Ipv4Addr, Shutdown, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use common::certs::TestCa;
use common::prosody::{UPLOAD_LIMIT, UPLOAD_SERVICE};
use common::scripted::attribute;
use common::{
    Background, Prosody, ProsodyOptions, ScriptedServer, Step, assert_failure, assert_success,
    json, json_lines, refused_port, text, xmppctl,
};
use serde_json::Value;
use tokio_rustls::rustls::{
    self, ClientConfig, ClientConnection, RootCertStore, ServerConfig, ServerConnection,
    StreamOwned,
    pki_types::{CertificateDer, PrivateKeyDer, ServerName, pem::PemObject},
};

fn upload_server(component: &[&str]) -> Prosody {
    Prosody::start_with(ProsodyOptions {
        upload: true,
        upload_config: component.iter().map(|line| line.to_string()).collect(),
        ..ProsodyOptions::default()
    })
}

fn sha256(bytes: &[u8]) -> String {
    ring::digest::digest(&ring::digest::SHA256, bytes)
        .as_ref()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Bytes that are not all alike, so a reordering or a lost chunk shows.
fn pattern(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 31 + i / 251) as u8).collect()
}

/// GET `url` over HTTPS trusting `ca_file`: the status code and the body.
fn download(url: &str, ca_file: &Path) -> (u16, Vec<u8>) {
    let rest = url.strip_prefix("https://").expect("an https URL");
    let (authority, path) = rest.split_at(rest.find('/').expect("a path"));
    let (host, port) = authority.rsplit_once(':').expect("a port");
    let mut roots = RootCertStore::empty();
    let pem = fs::read(ca_file).unwrap();
    for cert in CertificateDer::pem_slice_iter(&pem) {
        roots.add(cert.unwrap()).unwrap();
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth();
    let name = ServerName::try_from(host.to_string()).unwrap();
    let connection = ClientConnection::new(Arc::new(config), name).unwrap();
    let tcp = TcpStream::connect((host, port.parse::<u16>().unwrap())).unwrap();
    tcp.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
    let mut tls = StreamOwned::new(connection, tcp);
    // HTTP/1.0: the server closes after the body, and never chunks it.
    write!(
        tls,
        "GET {path} HTTP/1.0\r\nHost: {authority}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = Vec::new();
    match tls.read_to_end(&mut response) {
        Ok(_) => {}
        // Some servers close without close_notify after an HTTP/1.0 body.
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => {}
        Err(e) => panic!("GET {url}: {e}"),
    }
    let split = find(&response, b"\r\n\r\n").expect("a response head") + 4;
    let head = String::from_utf8_lossy(&response[..split]).into_owned();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .expect("a status code");
    (status, response[split..].to_vec())
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[test]
fn files_of_any_size_and_name_come_back_byte_for_byte() {
    let prosody = upload_server(&[]);
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("sub")).unwrap();
    let files: Vec<(PathBuf, Vec<u8>)> = vec![
        (dir.path().join("empty file.txt"), Vec::new()),
        (dir.path().join("naïve résumé ✓.log"), pattern(5 * 1024 + 7)),
        (
            dir.path().join("sub/../big file (2).bin"),
            pattern(3 * 1024 * 1024 + 13),
        ),
    ];
    for (path, bytes) in &files {
        fs::write(path, bytes).unwrap();
    }
    let output = prosody
        .cmd_as("alice")
        .arg("--json")
        .arg("upload")
        .args(files.iter().map(|(path, _)| path))
        .output()
        .unwrap();
    assert_success(&output);
    assert!(output.stderr.is_empty(), "no progress bar off a terminal");
    let records = json(&output);
    let records = records.as_array().expect("an array");
    assert_eq!(records.len(), files.len());
    for ((path, bytes), record) in files.iter().zip(records) {
        assert_eq!(record["file"], path.to_str().unwrap());
        assert_eq!(record["size"], bytes.len());
        assert_eq!(record["sha256"], sha256(bytes));
        let url = record["url"].as_str().unwrap();
        assert!(url.starts_with(&format!("https://localhost:{}/", prosody.https_port())));
        let (status, body) = download(url, prosody.ca_file());
        assert_eq!(status, 200, "GET {url}");
        assert_eq!(sha256(&body), sha256(bytes), "{url}");
    }
    // The service gets the name only, never the folders (`sub/..`).
    let url = records[2]["url"].as_str().unwrap();
    assert!(url.ends_with("/big%20file%20(2).bin"), "{url}");
    assert_eq!(records[0]["content_type"], "text/plain");
    assert_eq!(records[2]["content_type"], "application/octet-stream");

    // Text: the URLs, one per line; --content-type wins over the guess.
    let output = prosody
        .cmd_as("alice")
        .args(["upload", "--content-type", "text/markdown"])
        .arg(&files[1].0)
        .output()
        .unwrap();
    assert_success(&output);
    let printed = text(&output);
    let lines: Vec<&str> = printed.lines().collect();
    assert_eq!(lines.len(), 1, "{printed}");
    assert_eq!(download(lines[0], prosody.ca_file()).1, files[1].1);
}

#[test]
fn the_url_reaches_a_contact_with_its_link() {
    let prosody = upload_server(&[]);
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("build.log");
    fs::write(&log, "tests red\n").unwrap();
    let bob = prosody.jid("bob");
    let output = prosody
        .cmd_as("alice")
        .args(["--json", "upload", "--to", &bob])
        .arg(&log)
        .output()
        .unwrap();
    assert_success(&output);
    let url = json(&output)[0]["url"].as_str().unwrap().to_string();
    let output = prosody
        .cmd_as("alice")
        .args([
            "--json",
            "upload",
            "--to",
            &bob,
            "--message",
            "CI: tests red",
        ])
        .arg(&log)
        .output()
        .unwrap();
    assert_success(&output);
    let second = json(&output)[0]["url"].as_str().unwrap().to_string();
    assert_ne!(url, second, "a fresh slot per upload");

    // bob was offline: the server kept both, link and all.
    let heard = prosody
        .cmd_as("bob")
        .args(["listen", "--json", "--seconds", "15", "--count", "2"])
        .output()
        .unwrap();
    assert_success(&heard);
    let messages = json_lines(&heard);
    assert_eq!(messages.len(), 2);
    assert_eq!(messages[0]["body"], url.as_str());
    assert_eq!(messages[0]["oob"], url.as_str());
    assert_eq!(messages[0]["type"], "chat");
    assert_eq!(
        messages[1]["body"],
        format!("CI: tests red\n{second}").as_str()
    );
    assert_eq!(messages[1]["oob"], second.as_str());
    assert_eq!(download(&url, prosody.ca_file()).1, b"tests red\n");
}

#[test]
fn the_url_is_posted_in_a_room_and_reflected() {
    let prosody = upload_server(&[]);
    let room = format!("builds@{}", prosody.muc_service());
    let dir = tempfile::tempdir().unwrap();
    let shot = dir.path().join("screen shot.png");
    fs::write(&shot, pattern(2048)).unwrap();
    let bob = Background::start(
        &prosody,
        "bob",
        &["--json", "muc", "join", &room, "--listen", "30"],
    );
    while !bob.next_line().contains("\"entered\"") {}
    let output = prosody
        .cmd_as("alice")
        .args(["--json", "upload", "--muc", &room])
        .arg(&shot)
        .output()
        .unwrap();
    assert_success(&output);
    let record = &json(&output)[0];
    assert_eq!(record["content_type"], "image/png");
    let url = record["url"].as_str().unwrap();
    let message: Value = loop {
        let event: Value = serde_json::from_str(&bob.next_line()).unwrap();
        if event["event"] == "message" {
            break event;
        }
    };
    assert_eq!(message["from"], format!("{room}/alice"));
    assert_eq!(message["body"], url);
    assert_eq!(message["oob"], url);
}

#[test]
fn a_file_over_the_limit_is_refused_before_any_slot() {
    let prosody = upload_server(&[]);
    let dir = tempfile::tempdir().unwrap();
    let small = dir.path().join("small.txt");
    let big = dir.path().join("big.bin");
    fs::write(&small, "fits").unwrap();
    fs::write(&big, pattern(UPLOAD_LIMIT as usize + 1)).unwrap();
    let output = prosody
        .cmd_as("alice")
        .arg("upload")
        .args([&small, &big])
        .output()
        .unwrap();
    assert_failure(&output, 7, "big.bin is 10.0 MiB (10485761 bytes)");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(&format!("at most 10.0 MiB ({UPLOAD_LIMIT} bytes)")),
        "{stderr}"
    );
    assert!(
        !prosody.log_tail().contains("Issuing upload slot"),
        "not even the small file went up"
    );
    let output = prosody
        .cmd_as("alice")
        .args(["--json", "upload"])
        .arg(&big)
        .output()
        .unwrap();
    assert_eq!(json(&output)["error"]["condition"], "file-too-large");
}

#[test]
fn refusals_of_the_service_carry_its_condition() {
    let prosody = upload_server(&[
        r#"http_file_share_access = { "bob@xmppctl.test" }"#,
        r#"http_file_share_allowed_file_types = { "image/png" }"#,
    ]);
    let dir = tempfile::tempdir().unwrap();
    let png = dir.path().join("a.png");
    let txt = dir.path().join("notes.txt");
    fs::write(&png, pattern(100)).unwrap();
    fs::write(&txt, "text").unwrap();
    // alice may not use the service at all.
    let output = prosody
        .cmd_as("alice")
        .args(["--json", "upload"])
        .arg(&png)
        .output()
        .unwrap();
    assert_failure(&output, 7, "refused a slot for a.png: forbidden");
    assert_eq!(json(&output)["error"]["condition"], "forbidden");
    // bob may, but not this type: the service's condition and text.
    let output = prosody
        .cmd_as("bob")
        .args(["--json", "upload"])
        .arg(&txt)
        .output()
        .unwrap();
    assert_failure(
        &output,
        7,
        &format!(
            "{UPLOAD_SERVICE} refused a slot for notes.txt: not-acceptable (File type not allowed)"
        ),
    );
    assert_eq!(json(&output)["error"]["condition"], "not-acceptable");
    assert_success(
        &prosody
            .cmd_as("bob")
            .arg("upload")
            .arg(&png)
            .output()
            .unwrap(),
    );
}

#[test]
fn a_server_without_an_upload_service_says_so() {
    let prosody = Prosody::start();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("x.txt");
    fs::write(&file, "x").unwrap();
    let output = prosody
        .cmd_as("alice")
        .args(["--json", "upload"])
        .arg(&file)
        .output()
        .unwrap();
    assert_failure(&output, 7, "offers no HTTP upload service");
    assert!(String::from_utf8_lossy(&output.stderr).contains("hint: "));
    assert_eq!(json(&output)["error"]["condition"], "service-unavailable");
}

#[test]
fn local_files_are_checked_before_connecting() {
    let dir = tempfile::tempdir().unwrap();
    let here = dir.path().join("here.txt");
    fs::write(&here, "x").unwrap();
    let missing = dir.path().join("missing.txt");
    let port = refused_port();
    let upload = |args: &[&Path]| {
        xmppctl()
            .args(["--jid", "alice@xmppctl.test", "--server"])
            .arg(format!("127.0.0.1:{port}"))
            .env("XMPPCTL_PASSWORD", "x")
            .arg("upload")
            .args(args)
            .output()
            .unwrap()
    };
    // Exit 2, not 4: nothing tried to connect.
    assert_failure(
        &upload(&[&here, &missing]),
        2,
        &format!("cannot read {}: No such file", missing.display()),
    );
    assert_failure(&upload(&[dir.path()]), 2, "is a folder, not a file");
    assert_failure(&upload(&[Path::new("/dev/null")]), 2, "not a regular file");
    // --message without anyone to send it to; a content type that is none.
    let output = xmppctl()
        .args(["upload", "--message", "hi"])
        .arg(&here)
        .output()
        .unwrap();
    assert_failure(&output, 2, "--message");
    let output = xmppctl()
        .args(["upload", "--content-type", "text plain"])
        .arg(&here)
        .output()
        .unwrap();
    assert_failure(&output, 2, "not a content type");
}

/// A progress line on a terminal's stderr (and none with -q).
#[test]
fn a_terminal_gets_a_progress_bar() {
    let prosody = upload_server(&[]);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("progress.bin");
    fs::write(&file, pattern(1024 * 1024)).unwrap();
    let on_terminal = |quiet: bool| {
        let mut line = format!(
            "{} --jid {} --server 127.0.0.1:{} --ca-file {} upload {} '{}' 2>&1 >/dev/null",
            common::binary().display(),
            prosody.jid("alice"),
            prosody.starttls_port(),
            prosody.ca_file().display(),
            if quiet { "-q" } else { "" },
            file.display()
        );
        line = line.replace("  ", " ");
        // script(1) gives the command a pseudo-terminal.
        let output = std::process::Command::new("script")
            .args(["-qec", &line, "/dev/null"])
            .env("XMPPCTL_PASSWORD", prosody.password("alice"))
            .env("HOME", dir.path())
            .output()
            .expect("run script(1)");
        assert!(output.status.success(), "{output:?}");
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    let shown = on_terminal(false);
    assert!(
        shown.contains("progress.bin") && shown.contains("1.00 MiB/1.00 MiB"),
        "{shown:?}"
    );
    assert_eq!(on_terminal(true).trim(), "");
}

// ---- Scripted faults: slots that point at a fake HTTP server. ----

/// What the fake HTTP server does with the one PUT it takes.
#[derive(Clone, Copy)]
enum Behaviour {
    /// Read the whole body, then answer with this status line.
    Answer(&'static str),
    /// Read the head and a little of the body, then nothing more.
    Stall,
    /// Read the head and a little of the body, then hang up.
    Drop,
    /// Read the body at about 8 MiB/s, then answer 201.
    Slow,
}

/// One PUT's worth of HTTP server, over TLS for `localhost` (its CA
/// appended to `trusting`) or plain.
struct FakeHttp {
    port: u16,
    head: Arc<Mutex<String>>,
    body_len: Arc<Mutex<usize>>,
    worker: Option<JoinHandle<()>>,
}

/// Anything a connection can be: TLS or plain.
trait Stream: Read + Write {}
impl<T: Read + Write> Stream for T {}

impl FakeHttp {
    fn start(behaviour: Behaviour, trusting: Option<&Path>) -> FakeHttp {
        let tls = trusting.map(localhost_tls);
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
        let port = listener.local_addr().unwrap().port();
        let head = Arc::new(Mutex::new(String::new()));
        let body_len = Arc::new(Mutex::new(0));
        let worker = {
            let (head, body_len) = (Arc::clone(&head), Arc::clone(&body_len));
            thread::spawn(move || {
                listener.set_nonblocking(true).unwrap();
                let deadline = Instant::now() + Duration::from_secs(30);
                let tcp = loop {
                    match listener.accept() {
                        Ok((tcp, _)) => break tcp,
                        Err(_) if Instant::now() < deadline => {
                            thread::sleep(Duration::from_millis(20))
                        }
                        Err(_) => return,
                    }
                };
                tcp.set_nonblocking(false).unwrap();
                tcp.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
                let raw = tcp.try_clone().unwrap();
                let mut stream: Box<dyn Stream> = match tls {
                    Some(config) => Box::new(StreamOwned::new(
                        ServerConnection::new(config).unwrap(),
                        tcp,
                    )),
                    None => Box::new(tcp),
                };
                serve(&mut *stream, &raw, behaviour, &head, &body_len);
            })
        };
        FakeHttp {
            port,
            head,
            body_len,
            worker: Some(worker),
        }
    }

    /// The request head, once the exchange is over.
    fn head(&mut self) -> String {
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
        self.head.lock().unwrap().clone()
    }
}

fn serve(
    stream: &mut dyn Stream,
    raw: &TcpStream,
    behaviour: Behaviour,
    head: &Mutex<String>,
    body_len: &Mutex<usize>,
) {
    let mut received = Vec::new();
    let mut buf = vec![0; 64 * 1024];
    let split = loop {
        if let Some(at) = find(&received, b"\r\n\r\n") {
            break at + 4;
        }
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => received.extend_from_slice(&buf[..n]),
        }
    };
    let text = String::from_utf8_lossy(&received[..split]).into_owned();
    *head.lock().unwrap() = text.clone();
    let length: usize = text
        .lines()
        .find_map(|l| {
            l.to_ascii_lowercase()
                .strip_prefix("content-length:")
                .map(|v| v.trim().parse().unwrap())
        })
        .unwrap_or(0);
    let mut got = received.len() - split;
    let wanted = match behaviour {
        Behaviour::Answer(_) | Behaviour::Slow => length,
        Behaviour::Stall | Behaviour::Drop => length.min(got + 64 * 1024),
    };
    let mut paced = 0;
    while got < wanted {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => got += n,
        }
        if matches!(behaviour, Behaviour::Slow) && got - paced >= 1024 * 1024 {
            paced = got;
            thread::sleep(Duration::from_millis(125));
        }
    }
    *body_len.lock().unwrap() = got;
    match behaviour {
        Behaviour::Answer(_) | Behaviour::Slow => {
            let status = match behaviour {
                Behaviour::Answer(status) => status,
                _ => "201 Created",
            };
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            );
            let _ = stream.flush();
            // Until the client is gone, so it reads our answer, not a reset.
            while matches!(stream.read(&mut buf), Ok(n) if n > 0) {}
        }
        Behaviour::Stall => thread::sleep(Duration::from_secs(8)),
        // Unread bytes in the socket: the kernel answers with a reset.
        Behaviour::Drop => {
            let _ = raw.shutdown(Shutdown::Both);
        }
    }
}

/// A server configuration for `localhost`, by a fresh CA added to the
/// CA file at `trusting`.
fn localhost_tls(trusting: &Path) -> Arc<ServerConfig> {
    let ca = TestCa::new();
    let mut file = fs::OpenOptions::new().append(true).open(trusting).unwrap();
    file.write_all(ca.cert_pem().as_bytes()).unwrap();
    let cert = ca.issue_server(&["localhost".to_string()], false);
    let certs: Vec<CertificateDer<'static>> =
        CertificateDer::pem_slice_iter(cert.cert_pem.as_bytes())
            .collect::<Result<_, _>>()
            .unwrap();
    let key = PrivateKeyDer::from_pem_slice(cert.key_pem.as_bytes()).unwrap();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .unwrap();
    Arc::new(config)
}

/// The PUT URL of each scripted slot, by file name: the answers are plain
/// functions, and the tests of this binary run side by side.
fn put_urls() -> &'static Mutex<BTreeMap<String, String>> {
    static URLS: Mutex<BTreeMap<String, String>> = Mutex::new(BTreeMap::new());
    &URLS
}

fn last_iq_id(sent: &str) -> String {
    let iq = &sent[sent.rfind("<iq").expect("an iq was sent")..];
    attribute(iq, "id").expect("the iq has an id").to_string()
}

fn items(sent: &str) -> String {
    format!(
        "<iq type='result' id='{}' from='xmppctl.test'>\
         <query xmlns='http://jabber.org/protocol/disco#items'>\
         <item jid='conference.xmppctl.test'/><item jid='{UPLOAD_SERVICE}'/></query></iq>",
        last_iq_id(sent)
    )
}

/// disco#info of both items, answered in the order asked.
fn infos(sent: &str) -> String {
    let ids: Vec<String> = sent
        .match_indices("<iq")
        .filter(|(at, _)| {
            sent[*at..]
                .split("</iq>")
                .next()
                .unwrap()
                .contains("disco#info")
        })
        .map(|(at, _)| {
            let iq = &sent[at..at + sent[at..].find('>').unwrap()];
            attribute(iq, "id").unwrap().to_string()
        })
        .collect();
    let [muc, upload] = [&ids[0], &ids[1]];
    format!(
        "<iq type='result' id='{muc}' from='conference.xmppctl.test'>\
         <query xmlns='http://jabber.org/protocol/disco#info'>\
         <identity category='conference' type='text'/>\
         <feature var='http://jabber.org/protocol/muc'/></query></iq>\
         <iq type='result' id='{upload}' from='{UPLOAD_SERVICE}'>\
         <query xmlns='http://jabber.org/protocol/disco#info'>\
         <identity category='store' type='file'/><feature var='urn:xmpp:http:upload:0'/>\
         <x xmlns='jabber:x:data' type='result'>\
         <field var='FORM_TYPE' type='hidden'><value>urn:xmpp:http:upload:0</value></field>\
         <field var='max-file-size'><value>1073741824</value></field></x></query></iq>"
    )
}

/// A slot whose PUT goes where `put_urls` says for the file asked about,
/// with every header a service could name, allowed or not.
fn slot(sent: &str) -> String {
    let request = &sent[sent.rfind("<request").unwrap()..];
    let name = attribute(request, "filename").unwrap();
    let put = put_urls().lock().unwrap()[name].clone();
    format!(
        "<iq type='result' id='{}' from='{UPLOAD_SERVICE}'>\
         <slot xmlns='urn:xmpp:http:upload:0'><put url='{put}'>\
         <header name='Authorization'>Bearer token-1</header>\
         <header name='Cookie'>session=abc</header>\
         <header name='Expires'>Tue, 01 Dec 2026 10:00:00 GMT</header>\
         <header name='X-Extra'>must not be sent</header>\
         </put><get url='https://dl.example/{name}'/></slot></iq>",
        last_iq_id(sent)
    )
}

/// Where the fake HTTP server's certificate comes from.
#[derive(Clone, Copy, PartialEq)]
enum Served {
    /// A CA added to the scripted server's CA file, which the client trusts.
    Trusted,
    /// A CA the client is not told about.
    Untrusted,
    /// No TLS: an http:// slot.
    Plain,
}

/// alice uploads a file `name` of `size` bytes through a scripted server
/// that answers disco and the slot request, then plays `then`; the slot
/// points at a fake HTTP server behaving as told. `args` go between the
/// command and its file.
fn scripted_upload(
    name: &str,
    size: usize,
    behaviour: Behaviour,
    served: Served,
    args: &[&str],
    then: Vec<Step>,
) -> (std::process::Output, FakeHttp, ScriptedServer) {
    let mut steps = vec![
        Step::Expect("disco#items"),
        Step::Answer(items),
        // Both items are asked at once.
        Step::Expect("disco#info"),
        Step::Expect("disco#info"),
        Step::Answer(infos),
        Step::Expect("urn:xmpp:http:upload:0"),
        Step::Answer(slot),
    ];
    steps.extend(then);
    let server = ScriptedServer::start(steps);
    let elsewhere = tempfile::NamedTempFile::new().unwrap();
    let fake = match served {
        Served::Trusted => FakeHttp::start(behaviour, Some(server.ca_file().as_path())),
        Served::Untrusted => FakeHttp::start(behaviour, Some(elsewhere.path())),
        Served::Plain => FakeHttp::start(behaviour, None),
    };
    let scheme = if served == Served::Plain {
        "http"
    } else {
        "https"
    };
    put_urls().lock().unwrap().insert(
        name.to_string(),
        format!("{scheme}://localhost:{}/put/{name}", fake.port),
    );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join(name);
    fs::write(&file, pattern(size)).unwrap();
    let output = server
        .xmppctl()
        .arg("upload")
        .args(args)
        .arg(&file)
        .output()
        .unwrap();
    (output, fake, server)
}

#[test]
fn the_put_carries_exactly_the_allowed_headers_and_length() {
    let size = 200 * 1024 + 3;
    let (output, mut fake, _) = scripted_upload(
        "headers.bin",
        size,
        Behaviour::Answer("201 Created"),
        Served::Trusted,
        &["--json"],
        Vec::new(),
    );
    assert_success(&output);
    let record = &json(&output)[0];
    assert_eq!(record["url"], "https://dl.example/headers.bin");
    assert_eq!(record["sha256"], sha256(&pattern(size)));
    let head = fake.head();
    let mut lines = head.lines();
    assert_eq!(lines.next(), Some("PUT /put/headers.bin HTTP/1.1"));
    let headers: BTreeMap<String, String> = lines
        .filter_map(|line| line.split_once(": "))
        .map(|(name, value)| (name.to_ascii_lowercase(), value.to_string()))
        .collect();
    let names: Vec<&str> = headers.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        [
            "authorization",
            "content-length",
            "content-type",
            "cookie",
            "expires",
            "host"
        ],
        "{head}"
    );
    assert_eq!(headers["content-length"], size.to_string());
    assert_eq!(headers["authorization"], "Bearer token-1");
    assert_eq!(headers["host"], format!("localhost:{}", fake.port));
    // Byte for byte, as the client counts it to align TLS records.
    assert_eq!(
        head,
        format!(
            "PUT /put/headers.bin HTTP/1.1\r\nhost: localhost:{}\r\ncontent-length: {size}\r\n\
             content-type: application/octet-stream\r\nauthorization: Bearer token-1\r\n\
             cookie: session=abc\r\nexpires: Tue, 01 Dec 2026 10:00:00 GMT\r\n\r\n",
            fake.port
        )
    );
    assert_eq!(*fake.body_len.lock().unwrap(), size);
}

#[test]
fn an_http_error_status_is_a_refusal_with_the_status_line() {
    let (output, ..) = scripted_upload(
        "fail.bin",
        10_000,
        Behaviour::Answer("500 Internal Server Error"),
        Served::Trusted,
        &[],
        Vec::new(),
    );
    assert_failure(&output, 7, "HTTP 500 Internal Server Error");
}

#[test]
fn a_dropped_connection_during_the_put_is_a_network_error() {
    let (output, ..) = scripted_upload(
        "drop.bin",
        16 * 1024 * 1024,
        Behaviour::Drop,
        Served::Trusted,
        &[],
        Vec::new(),
    );
    assert_failure(&output, 4, "lost while uploading");
}

#[test]
fn a_put_without_progress_times_out_after_the_connect_timeout() {
    let started = Instant::now();
    let (output, ..) = scripted_upload(
        "stall.bin",
        48 * 1024 * 1024,
        Behaviour::Stall,
        Served::Trusted,
        &["--connect-timeout", "2", "--timeout", "60"],
        Vec::new(),
    );
    assert_failure(&output, 8, "made no progress for 2 s");
    assert!(started.elapsed() < Duration::from_secs(20));
}

#[test]
fn a_plain_http_put_needs_insecure() {
    let (output, ..) = scripted_upload(
        "plain.bin",
        1000,
        Behaviour::Answer("201 Created"),
        Served::Plain,
        &[],
        Vec::new(),
    );
    assert_failure(&output, 5, "plain http:// URL");
    let (output, mut fake, _) = scripted_upload(
        "plain2.bin",
        1000,
        Behaviour::Answer("201 Created"),
        Served::Plain,
        &["--insecure"],
        Vec::new(),
    );
    assert_success(&output);
    assert!(fake.head().starts_with("PUT /put/plain2.bin HTTP/1.1"));
}

/// `--timeout` bounds the waits for the server, not the transfer: a PUT
/// that outlasts it, moving all the while, is followed by a message that
/// still gets its own wait for the server's confirmation.
#[test]
fn a_transfer_may_outlast_the_timeout() {
    fn pong(sent: &str) -> String {
        format!(
            "<iq type='result' id='{}' from='xmppctl.test'/>",
            last_iq_id(sent)
        )
    }
    let started = Instant::now();
    let (output, _, server) = scripted_upload(
        "slow.bin",
        32 * 1024 * 1024,
        Behaviour::Slow,
        Served::Trusted,
        &[
            "--timeout",
            "1",
            "--connect-timeout",
            "5",
            "--to",
            "bob@xmppctl.test",
        ],
        vec![
            Step::Expect("<message"),
            Step::Expect("urn:xmpp:ping"),
            Step::Answer(pong),
        ],
    );
    assert_success(&output);
    assert!(
        started.elapsed() > Duration::from_secs(1),
        "the transfer took longer than --timeout"
    );
    assert!(
        server
            .received_text()
            .contains("<url>https://dl.example/slow.bin</url>")
    );
}

/// The PUT trusts what the XMPP connection trusts: an HTTPS server whose
/// CA is not in --ca-file is refused (exit 5), unless --insecure.
#[test]
fn the_put_is_verified_with_the_sessions_trust() {
    let (output, ..) = scripted_upload(
        "untrusted.bin",
        10,
        Behaviour::Answer("201 Created"),
        Served::Untrusted,
        &[],
        Vec::new(),
    );
    assert_failure(&output, 5, "certificate of localhost");
    let (output, ..) = scripted_upload(
        "untrusted2.bin",
        10,
        Behaviour::Answer("201 Created"),
        Served::Untrusted,
        &["--insecure"],
        Vec::new(),
    );
    assert_success(&output);
}
