//! A direct-TLS fake server that offers chosen SASL mechanisms (and XEP-0440
//! channel-binding types), records what the client sends after TLS, and
//! refuses whatever authentication comes. For checking the mechanism
//! policy against offers a real test server does not make.

use std::io::{ErrorKind, Read, Write};
use std::net::{Ipv4Addr, TcpListener};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use tempfile::TempDir;
use tokio_rustls::rustls::{
    self, ServerConfig, ServerConnection, StreamOwned,
    pki_types::{CertificateDer, PrivateKeyDer, pem::PemObject},
};

use super::certs::TestCa;
use super::fake::STREAM_HEADER;
use super::servers::DOMAIN;

/// How long the probe waits for the client at each step.
const STEP: Duration = Duration::from_secs(10);

pub struct SaslProbe {
    port: u16,
    dir: TempDir,
    received: Arc<Mutex<Vec<u8>>>,
    worker: Option<JoinHandle<()>>,
}

impl SaslProbe {
    pub fn start(mechanisms: &[&str], channel_bindings: &[&str]) -> SaslProbe {
        let dir = tempfile::tempdir().expect("probe folder");
        let ca = TestCa::new();
        ca.write_pem(&dir.path().join("ca.crt"));
        let cert = ca.issue_server(&[DOMAIN.to_string()], false);
        let config = server_config(&cert.cert_pem, &cert.key_pem);
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).expect("bind probe");
        let port = listener.local_addr().expect("probe address").port();
        let features = features(mechanisms, channel_bindings);
        let received = Arc::new(Mutex::new(Vec::new()));
        let worker = {
            let received = Arc::clone(&received);
            thread::spawn(move || serve(&listener, config, &features, &received))
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

fn server_config(cert_pem: &str, key_pem: &str) -> Arc<ServerConfig> {
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(cert_pem.as_bytes())
        .collect::<Result<_, _>>()
        .expect("certificate PEM");
    let key = PrivateKeyDer::from_pem_slice(key_pem.as_bytes()).expect("key PEM");
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("TLS versions")
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .expect("server certificate");
    Arc::new(config)
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

/// One client: TLS, its stream header, our features, its `<auth>` (if
/// any), our `<failure/>`, close.
fn serve(
    listener: &TcpListener,
    config: Arc<ServerConfig>,
    features: &str,
    received: &Mutex<Vec<u8>>,
) {
    listener.set_nonblocking(true).expect("nonblocking probe");
    let deadline = Instant::now() + STEP * 3;
    let tcp = loop {
        match listener.accept() {
            Ok((tcp, _)) => break tcp,
            Err(e) if e.kind() == ErrorKind::WouldBlock && Instant::now() < deadline => {
                thread::sleep(Duration::from_millis(20));
            }
            Err(_) => return,
        }
    };
    let _ = tcp.set_nonblocking(false);
    let _ = tcp.set_read_timeout(Some(STEP));
    let Ok(connection) = ServerConnection::new(config) else {
        return;
    };
    let mut tls = StreamOwned::new(connection, tcp);
    if !read_until(&mut tls, received, |text| {
        text.contains("<stream:stream") && text.ends_with('>')
    }) {
        return;
    }
    if tls
        .write_all(features.as_bytes())
        .and_then(|()| tls.flush())
        .is_err()
    {
        return;
    }
    if read_until(&mut tls, received, |text| {
        text.contains("</auth>") || text.contains("<auth") && text.ends_with("/>")
    }) {
        let failure = "<failure xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><not-authorized/></failure></stream:stream>";
        let _ = tls.write_all(failure.as_bytes()).and_then(|()| tls.flush());
    }
    // Read on until the client leaves, so it sees our close, not a reset.
    read_until(&mut tls, received, |_| false);
}

/// Read into `received` until `done` holds for all read so far; false on
/// end, error or timeout.
fn read_until(
    tls: &mut StreamOwned<ServerConnection, std::net::TcpStream>,
    received: &Mutex<Vec<u8>>,
    done: impl Fn(&str) -> bool,
) -> bool {
    let mut buf = [0u8; 4096];
    loop {
        match tls.read(&mut buf) {
            Ok(0) | Err(_) => return false,
            Ok(n) => {
                let mut all = received.lock().unwrap_or_else(|e| e.into_inner());
                all.extend_from_slice(&buf[..n]);
                if done(String::from_utf8_lossy(&all).trim_end()) {
                    return true;
                }
            }
        }
    }
}
