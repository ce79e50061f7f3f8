//! A direct-TLS fake server that logs the client in and then follows a
//! script, for what a real server will not do: hostile input after
//! authentication, acks at chosen moments, floods.
//!
//! ```ignore
//! let server = ScriptedServer::start(vec![
//!     Step::Expect("<r "),
//!     Step::Send(roster_push),
//!     Step::Send("<a xmlns='urn:xmpp:sm:3' h='1'/>".into()),
//! ]);
//! let output = server.xmppctl().args(["send", "bob@xmppctl.test", "hi"]).output().unwrap();
//! assert!(server.received_text().contains("<message"));
//! ```
//!
//! The login it plays (unless [`Options::stage`] stops it earlier): the
//! stream header, features with PLAIN (or SCRAM-SHA-1), `<success/>`, the
//! restarted stream with `<bind/>` (and `<sm xmlns='urn:xmpp:sm:3'/>` when
//! [`Options::sm`] is set), the bind result echoing `alice@DOMAIN/RESOURCE`.
//! `<enabled/>` is not automatic: script it (`Expect("<enable")`, `Send`).

use std::io::{ErrorKind, Read, Write};
use std::net::{Ipv4Addr, Shutdown, TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use base64::Engine;
use tempfile::TempDir;
use tokio_rustls::rustls::{ServerConfig, ServerConnection, StreamOwned};

use super::certs::fake_server_tls;
use super::fake::STREAM_HEADER;
use super::prosody::DOMAIN;

/// How long the server waits for the client at each read.
pub(super) const STEP: Duration = Duration::from_secs(10);

const NS_SASL: &str = "urn:ietf:params:xml:ns:xmpp-sasl";

/// What the server does once the login is played.
#[derive(Debug, Clone)]
pub enum Step {
    /// Wait until the client's bytes since the last `Expect` contain this.
    Expect(&'static str),
    Send(String),
    /// Send what this builds from everything the client sent so far: an
    /// answer that must echo an id the client chose.
    Answer(fn(&str) -> String),
    /// Write this chunk over and over until the client goes away.
    Flood(String),
    Pause(Duration),
    /// Close the TLS session and the socket (no `</stream:stream>`).
    Close,
}

#[derive(Debug, Clone, Default)]
pub enum Auth {
    #[default]
    Plain,
    /// Offer SCRAM-SHA-1 and answer the client's `<auth>` with this
    /// server-first message, `{nonce}` replaced by the client's nonce.
    /// The login never succeeds: a `<response>` gets `<failure/>`, and the
    /// steps run only with [`Stage::Auth`] or earlier.
    Scram { server_first: String },
}

/// Where the played login stops and the steps begin.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    /// Right after the client's first stream header: nothing was sent yet,
    /// not even our header ([`STREAM_HEADER`] is there for that).
    StreamOpen,
    /// After the client's `<auth>`, before any answer to it.
    Auth,
    /// After the restarted stream's bind request, before the bind result.
    Bind,
    /// Logged in and bound.
    #[default]
    Bound,
}

#[derive(Debug, Clone, Default)]
pub struct Options {
    pub auth: Auth,
    pub stage: Stage,
    /// Offer XEP-0198 after authentication.
    pub sm: bool,
}

pub struct ScriptedServer {
    port: u16,
    dir: TempDir,
    received: Arc<Mutex<Vec<u8>>>,
    worker: Mutex<Option<JoinHandle<()>>>,
}

impl ScriptedServer {
    /// PLAIN login, no stream management, then `steps`.
    pub fn start(steps: Vec<Step>) -> ScriptedServer {
        Self::with(Options::default(), steps)
    }

    pub fn with(options: Options, steps: Vec<Step>) -> ScriptedServer {
        Self::with_connections(options, vec![steps])
    }

    /// One script per connection, in the order the client makes them (the
    /// last one again for any after): for runs that share a HOME, or a
    /// client that logs in again.
    pub fn with_connections(options: Options, scripts: Vec<Vec<Step>>) -> ScriptedServer {
        let dir = tempfile::tempdir().expect("scripted server folder");
        let config = fake_server_tls(&dir.path().join("ca.crt"));
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).expect("bind scripted server");
        let port = listener.local_addr().expect("server address").port();
        let received = Arc::new(Mutex::new(Vec::new()));
        let worker = {
            let received = Arc::clone(&received);
            thread::spawn(move || {
                // The client may come back: on first contact it asks for
                // stream management with its first stanzas, and logs in
                // again when the server turns out to have none; and it
                // logs in again before it lets go of the stream it gives
                // up. So connections are served side by side, as a real
                // server does, until none has come for a second after the
                // last one ended.
                let active = Arc::new(AtomicUsize::new(0));
                let mut wait = STEP * 3;
                let mut scripts = scripts.into_iter();
                let mut steps = scripts.next().expect("one script at least");
                let mut conversations = Vec::new();
                let busy = || active.load(Ordering::SeqCst) > 0;
                while let Some(mut conn) =
                    Conn::accept(&listener, config.clone(), received.clone(), wait, &busy)
                {
                    let (options, script, active) =
                        (options.clone(), steps.clone(), Arc::clone(&active));
                    active.fetch_add(1, Ordering::SeqCst);
                    conversations.push(thread::spawn(move || {
                        play(&mut conn, &options, &script);
                        conn.drain();
                        active.fetch_sub(1, Ordering::SeqCst);
                    }));
                    steps = scripts.next().unwrap_or(steps);
                    wait = Duration::from_secs(1);
                }
                for conversation in conversations {
                    let _ = conversation.join();
                }
            })
        };
        ScriptedServer {
            port,
            dir,
            received,
            worker: Mutex::new(Some(worker)),
        }
    }

    /// "127.0.0.1:PORT", for `--server` with `--tls direct`.
    pub fn addr(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    pub fn ca_file(&self) -> PathBuf {
        self.dir.path().join("ca.crt")
    }

    /// Everything the client sent inside TLS. Waits for the conversation
    /// to end (the client gone, or the server's read timeout).
    pub fn received_text(&self) -> String {
        let worker = self.worker.lock().unwrap_or_else(|e| e.into_inner()).take();
        if let Some(worker) = worker {
            let _ = worker.join();
        }
        let bytes = self.received.lock().unwrap_or_else(|e| e.into_inner());
        String::from_utf8_lossy(&bytes).into_owned()
    }

    /// `xmppctl` pointed at this server as alice@DOMAIN, password in the
    /// environment; add the command and its arguments.
    pub fn xmppctl(&self) -> assert_cmd::Command {
        let mut cmd = super::xmppctl();
        cmd.args(self.login_args())
            .env("XMPPCTL_PASSWORD", "secret");
        cmd
    }

    /// The options that point xmppctl here as alice@DOMAIN (the password
    /// goes in XMPPCTL_PASSWORD), for commands not built by [`Self::xmppctl`].
    pub fn login_args(&self) -> Vec<std::ffi::OsString> {
        let ca_file = self.ca_file().into_os_string();
        let mut args: Vec<std::ffi::OsString> = ["--server", &self.addr(), "--tls", "direct"]
            .map(Into::into)
            .into();
        args.extend(["--ca-file".into(), ca_file]);
        args.extend(["--jid".into(), format!("alice@{DOMAIN}").into()]);
        args
    }
}

/// The login up to `options.stage`, then the steps.
fn play(conn: &mut Conn, options: &Options, steps: &[Step]) {
    if conn.expect_stream_header().is_none() {
        return;
    }
    if options.stage == Stage::StreamOpen {
        return run(conn, steps);
    }
    let mechanism = match options.auth {
        Auth::Plain => "PLAIN",
        Auth::Scram { .. } => "SCRAM-SHA-1",
    };
    let features = format!(
        "{STREAM_HEADER}<stream:features><mechanisms xmlns='{NS_SASL}'>\
         <mechanism>{mechanism}</mechanism></mechanisms></stream:features>"
    );
    if !conn.send(&features) {
        return;
    }
    let Some(auth) = conn.expect("</auth>") else {
        return;
    };
    if options.stage == Stage::Auth {
        return run(conn, steps);
    }
    if let Auth::Scram { server_first } = &options.auth {
        let nonce = client_nonce(&auth).unwrap_or_default();
        let challenge = base64_text(&server_first.replace("{nonce}", &nonce));
        if conn.send(&format!(
            "<challenge xmlns='{NS_SASL}'>{challenge}</challenge>"
        )) && conn.expect("</response>").is_some()
        {
            conn.send(&format!(
                "<failure xmlns='{NS_SASL}'><not-authorized/></failure></stream:stream>"
            ));
        }
        return;
    }
    let sm = if options.sm {
        "<sm xmlns='urn:xmpp:sm:3'/>"
    } else {
        ""
    };
    let restarted = format!(
        "{STREAM_HEADER}<stream:features><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>\
         {sm}</stream:features>"
    );
    if !conn.send(&format!("<success xmlns='{NS_SASL}'/>"))
        || conn.expect_stream_header().is_none()
        || !conn.send(&restarted)
    {
        return;
    }
    let Some(request) = conn.expect("</iq>") else {
        return;
    };
    if options.stage == Stage::Bind {
        return run(conn, steps);
    }
    let id = attribute(&request, "id").unwrap_or_default();
    let resource = between(&request, "<resource>", "</resource>").unwrap_or("xmppctl");
    let bound = format!(
        "<iq type='result' id='{id}'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>\
         <jid>alice@{DOMAIN}/{resource}</jid></bind></iq>"
    );
    if conn.send(&bound) {
        run(conn, steps);
    }
}

fn run(conn: &mut Conn, steps: &[Step]) {
    for step in steps {
        let went_on = match step {
            Step::Expect(needle) => conn.expect(needle).is_some(),
            Step::Send(text) => conn.send(text),
            Step::Answer(build) => {
                let so_far = conn.received_so_far();
                conn.send(&build(&so_far))
            }
            Step::Flood(chunk) => {
                while conn.send(chunk) {}
                false
            }
            Step::Pause(pause) => {
                thread::sleep(*pause);
                true
            }
            Step::Close => {
                conn.close();
                false
            }
        };
        if !went_on {
            return;
        }
    }
}

/// The `r=` of the client-first message in the client's `<auth>`.
fn client_nonce(text: &str) -> Option<String> {
    let start = text.find("<auth")?;
    let payload = between(&text[start..], ">", "</auth>")?;
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(payload.trim())
        .ok()?;
    let first = String::from_utf8(decoded).ok()?;
    let nonce = first.split(',').find_map(|part| part.strip_prefix("r="))?;
    Some(nonce.to_string())
}

fn base64_text(text: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(text)
}

fn between<'a>(text: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let start = text.find(open)? + open.len();
    let end = text[start..].find(close)? + start;
    Some(&text[start..end])
}

/// The value of attribute `name` in the last tag holding it, either quote.
pub fn attribute<'a>(text: &'a str, name: &str) -> Option<&'a str> {
    ['"', '\''].into_iter().find_map(|quote| {
        let open = format!(" {name}={quote}");
        let start = text.rfind(&open)? + open.len();
        let end = text[start..].find(quote)? + start;
        Some(&text[start..end])
    })
}

/// One accepted TLS connection that records what the client sends.
pub(super) struct Conn {
    tls: StreamOwned<ServerConnection, TcpStream>,
    /// What the client sent on every connection, for the test to read.
    received: Arc<Mutex<Vec<u8>>>,
    /// What it sent on this one, for the script to match.
    own: Vec<u8>,
    /// Where in `own` the client's text since the last match starts.
    cursor: usize,
}

impl Conn {
    /// The first client within a few steps' time, after TLS.
    pub(super) fn accept(
        listener: &TcpListener,
        config: Arc<ServerConfig>,
        received: Arc<Mutex<Vec<u8>>>,
        wait: Duration,
        busy: &dyn Fn() -> bool,
    ) -> Option<Conn> {
        listener
            .set_nonblocking(true)
            .expect("nonblocking listener");
        let mut deadline = Instant::now() + wait;
        let tcp = loop {
            match listener.accept() {
                Ok((tcp, _)) => break tcp,
                Err(e) if e.kind() == ErrorKind::WouldBlock && Instant::now() < deadline => {
                    if busy() {
                        // `wait` counts from the end of the conversations.
                        deadline = Instant::now() + wait;
                    }
                    thread::sleep(Duration::from_millis(20));
                }
                Err(_) => return None,
            }
        };
        tcp.set_nonblocking(false).ok()?;
        tcp.set_read_timeout(Some(STEP)).ok()?;
        tcp.set_write_timeout(Some(STEP)).ok()?;
        let connection = ServerConnection::new(config).ok()?;
        Some(Conn {
            tls: StreamOwned::new(connection, tcp),
            received,
            own: Vec::new(),
            cursor: 0,
        })
    }

    /// Read until the client's text since the last match contains
    /// `needle`; that text up to and including it, or `None` on end, error
    /// or timeout.
    pub(super) fn expect(&mut self, needle: &str) -> Option<String> {
        let mut buf = [0u8; 4096];
        loop {
            let unmatched = &self.own[self.cursor..];
            if let Some(at) = find(unmatched, needle.as_bytes()) {
                let end = at + needle.len();
                let text = String::from_utf8_lossy(&unmatched[..end]).into_owned();
                self.cursor += end;
                return Some(text);
            }
            match self.tls.read(&mut buf) {
                Ok(0) | Err(_) => return None,
                Ok(n) => {
                    self.own.extend_from_slice(&buf[..n]);
                    self.received
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .extend_from_slice(&buf[..n]);
                }
            }
        }
    }

    /// What the client sent on this connection so far.
    fn received_so_far(&self) -> String {
        String::from_utf8_lossy(&self.own).into_owned()
    }

    /// The client's stream header; `None` as for [`Conn::expect`].
    pub(super) fn expect_stream_header(&mut self) -> Option<String> {
        let start = self.expect("<stream:stream")?;
        Some(start + &self.expect(">")?)
    }

    pub(super) fn send(&mut self, text: &str) -> bool {
        self.tls
            .write_all(text.as_bytes())
            .and_then(|()| self.tls.flush())
            .is_ok()
    }

    pub(super) fn close(&mut self) {
        self.tls.conn.send_close_notify();
        let _ = self.tls.flush();
        let _ = self.tls.sock.shutdown(Shutdown::Write);
    }

    /// Read on until the client leaves, so it sees our close, not a reset.
    pub(super) fn drain(&mut self) {
        self.expect("\0never sent");
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}
