//! A scripted fake XMPP server for faults a real server will not produce.
//! It listens on a random loopback port in background threads, records what
//! clients send, and stops (closing every connection) on drop.

use std::io::{ErrorKind, Read, Write};
use std::net::{Ipv4Addr, Shutdown, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::Duration;

pub const STREAM_HEADER: &str = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' \
     xmlns:stream='http://etherx.jabber.org/streams' from='xmppctl.test' id='x' version='1.0'>";

/// Not XML in any encoding: NUL and bytes invalid in UTF-8 up front.
pub const GARBAGE: &[u8] = b"\x00\xff\xfeHTTP/1.1 400 Bad Request\r\n\r\n\x01\x02}}} not xml";

/// How often blocked threads look at the stop flag.
const POLL: Duration = Duration::from_millis(25);

#[derive(Clone)]
enum Script {
    /// Accept and read, never write.
    Silent,
    /// Once the trigger is seen, write `bytes`, then optionally close our
    /// side (FIN) while still reading, so the client sees a clean close
    /// rather than a reset.
    Reply {
        trigger: Trigger,
        bytes: Vec<u8>,
        close: bool,
    },
}

#[derive(Clone, Copy)]
enum Trigger {
    /// The first bytes from the client, whatever they are.
    AnyBytes,
    /// The client's stream header.
    StreamOpen,
}

/// State shared by the acceptor, the connection threads and the handle.
#[derive(Default)]
struct Shared {
    stop: AtomicBool,
    connections: AtomicUsize,
    received: Mutex<Vec<u8>>,
    workers: Mutex<Vec<JoinHandle<()>>>,
}

pub struct FakeServer {
    port: u16,
    shared: Arc<Shared>,
    acceptor: Option<JoinHandle<()>>,
}

impl FakeServer {
    /// Accepts TCP, reads, and never answers.
    pub fn silent() -> Self {
        Self::spawn(Script::Silent)
    }

    /// Answers the client's first bytes with non-XML bytes and stays open.
    pub fn garbage() -> Self {
        Self::spawn(Script::Reply {
            trigger: Trigger::AnyBytes,
            bytes: GARBAGE.to_vec(),
            close: false,
        })
    }

    /// Answers the stream open with a stream error `condition` (e.g.
    /// "host-unknown", "system-shutdown"), closes the stream and the socket.
    pub fn stream_error(condition: &str) -> Self {
        let reply = format!(
            "{STREAM_HEADER}<stream:error><{condition} \
             xmlns='urn:ietf:params:xml:ns:xmpp-streams'/></stream:error></stream:stream>"
        );
        Self::replying(reply.as_bytes(), true)
    }

    /// Offers SASL PLAIN over plaintext and no `<starttls/>`: a client must
    /// refuse to authenticate. Check `received_text()` for `<auth`.
    pub fn no_starttls() -> Self {
        let reply = format!(
            "{STREAM_HEADER}<stream:features><mechanisms \
             xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>PLAIN</mechanism>\
             </mechanisms></stream:features>"
        );
        Self::replying(reply.as_bytes(), false)
    }

    /// Answers the client's stream header with `bytes`; with `close`, then
    /// shuts down its sending side.
    pub fn replying(bytes: &[u8], close: bool) -> Self {
        Self::spawn(Script::Reply {
            trigger: Trigger::StreamOpen,
            bytes: bytes.to_vec(),
            close,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// "127.0.0.1:PORT", ready for `--server`.
    pub fn addr(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    /// How many TCP connections were accepted so far.
    pub fn connections(&self) -> usize {
        self.shared.connections.load(Ordering::SeqCst)
    }

    /// Everything clients sent, all connections concatenated.
    pub fn received(&self) -> Vec<u8> {
        lock(&self.shared.received).clone()
    }

    pub fn received_text(&self) -> String {
        String::from_utf8_lossy(&self.received()).into_owned()
    }

    fn spawn(script: Script) -> Self {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).expect("bind fake server");
        let port = listener.local_addr().expect("local_addr").port();
        // Non-blocking so the acceptor can notice the stop flag.
        listener
            .set_nonblocking(true)
            .expect("nonblocking listener");
        let shared = Arc::new(Shared::default());
        let acceptor = {
            let shared = Arc::clone(&shared);
            thread::spawn(move || accept_loop(&listener, &script, &shared))
        };
        FakeServer {
            port,
            shared,
            acceptor: Some(acceptor),
        }
    }
}

impl Drop for FakeServer {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        if let Some(acceptor) = self.acceptor.take() {
            let _ = acceptor.join();
        }
        // Join connection threads too, so their sockets are closed when drop returns.
        let workers = std::mem::take(&mut *lock(&self.shared.workers));
        for worker in workers {
            let _ = worker.join();
        }
    }
}

fn accept_loop(listener: &TcpListener, script: &Script, shared: &Arc<Shared>) {
    while !shared.stop.load(Ordering::SeqCst) {
        match listener.accept() {
            Ok((stream, _)) => {
                shared.connections.fetch_add(1, Ordering::SeqCst);
                let (script, conn_shared) = (script.clone(), Arc::clone(shared));
                let worker = thread::spawn(move || serve(stream, &script, &conn_shared));
                lock(&shared.workers).push(worker);
            }
            // WouldBlock, or a transient error such as an aborted handshake.
            Err(_) => thread::sleep(POLL),
        }
    }
}

fn serve(mut stream: TcpStream, script: &Script, shared: &Shared) {
    if stream.set_nonblocking(false).is_err() || stream.set_read_timeout(Some(POLL)).is_err() {
        return;
    }
    let mut seen = Vec::new();
    if let Script::Reply {
        trigger,
        bytes,
        close,
    } = script
    {
        if !read_until(&mut stream, shared, &mut seen, |buf| trigger.fired(buf)) {
            return;
        }
        if stream
            .write_all(bytes)
            .and_then(|_| stream.flush())
            .is_err()
        {
            return;
        }
        if *close {
            let _ = stream.shutdown(Shutdown::Write);
        }
    }
    // Keep reading until the client goes away or we are stopped: closing a
    // socket with unread data would send a reset the client could see first.
    read_until(&mut stream, shared, &mut seen, |_| false);
}

impl Trigger {
    fn fired(self, buf: &[u8]) -> bool {
        match self {
            Trigger::AnyBytes => !buf.is_empty(),
            Trigger::StreamOpen => stream_open_seen(buf),
        }
    }
}

/// True once the client's `<stream:stream ...>` (any prefix) is complete.
fn stream_open_seen(buf: &[u8]) -> bool {
    let text = String::from_utf8_lossy(buf);
    text.find("stream")
        .is_some_and(|start| text[start..].contains('>'))
}

/// Reads into `seen` (and the shared record) until `done(seen)`; returns
/// false on EOF, error or stop.
fn read_until(
    stream: &mut TcpStream,
    shared: &Shared,
    seen: &mut Vec<u8>,
    done: impl Fn(&[u8]) -> bool,
) -> bool {
    let mut chunk = [0u8; 4096];
    while !done(seen) {
        if shared.stop.load(Ordering::SeqCst) {
            return false;
        }
        match stream.read(&mut chunk) {
            Ok(0) => return false,
            Ok(n) => {
                seen.extend_from_slice(&chunk[..n]);
                lock(&shared.received).extend_from_slice(&chunk[..n]);
            }
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {}
            Err(_) => return false,
        }
    }
    true
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}
