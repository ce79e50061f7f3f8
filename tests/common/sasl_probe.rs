//! A direct-TLS fake server that offers chosen SASL mechanisms (and XEP-0440
//! channel-binding types), records what the client sends after TLS, and
//! refuses whatever authentication comes. For checking the mechanism
//! policy against offers a real test server does not make.

use std::net::{Ipv4Addr, TcpListener};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};

use tempfile::TempDir;

use super::certs::fake_server_tls;
use super::fake::STREAM_HEADER;
use super::scripted::{Conn, STEP};

pub struct SaslProbe {
    port: u16,
    dir: TempDir,
    received: Arc<Mutex<Vec<u8>>>,
    worker: Option<JoinHandle<()>>,
}

impl SaslProbe {
    pub fn start(mechanisms: &[&str], channel_bindings: &[&str]) -> SaslProbe {
        let dir = tempfile::tempdir().expect("probe folder");
        let config = fake_server_tls(&dir.path().join("ca.crt"));
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).expect("bind probe");
        let port = listener.local_addr().expect("probe address").port();
        let features = features(mechanisms, channel_bindings);
        let received = Arc::new(Mutex::new(Vec::new()));
        let worker = {
            let received = Arc::clone(&received);
            thread::spawn(move || {
                if let Some(mut conn) =
                    Conn::accept(&listener, config, received, STEP * 3, &|| false)
                {
                    serve(&mut conn, &features);
                }
            })
        };
        SaslProbe {
            port,
            dir,
            received,
            worker: Some(worker),
        }
    }

    /// "127.0.0.1:PORT", for `--server` with `--tls direct`.
    pub fn addr(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    pub fn ca_file(&self) -> PathBuf {
        self.dir.path().join("ca.crt")
    }

    /// What the client sent inside TLS, once the conversation is over.
    pub fn received_text(mut self) -> String {
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
        let bytes = self.received.lock().unwrap_or_else(|e| e.into_inner());
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

fn features(mechanisms: &[&str], channel_bindings: &[&str]) -> String {
    let mechanisms: String = mechanisms
        .iter()
        .map(|m| format!("<mechanism>{m}</mechanism>"))
        .collect();
    let bindings: String = channel_bindings
        .iter()
        .map(|t| format!("<channel-binding type='{t}'/>"))
        .collect();
    let bindings = if bindings.is_empty() {
        String::new()
    } else {
        format!(
            "<sasl-channel-binding xmlns='urn:xmpp:sasl-cb:0'>{bindings}</sasl-channel-binding>"
        )
    };
    format!(
        "{STREAM_HEADER}<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>\
         {mechanisms}</mechanisms>{bindings}</stream:features>"
    )
}

/// One client: its stream header, our features, its `<auth>` (if any),
/// our `<failure/>`, close.
fn serve(conn: &mut Conn, features: &str) {
    if conn.expect_stream_header().is_none() || !conn.send(features) {
        return;
    }
    if conn.expect("</auth>").is_some() {
        conn.send("<failure xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><not-authorized/></failure></stream:stream>");
    }
    conn.drain();
}
