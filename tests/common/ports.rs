//! Loopback port allocation for servers that need their port number in a
//! config file before they start (Prosody cannot report a port-0 bind).

use std::collections::HashSet;
use std::net::{Ipv4Addr, TcpListener};
use std::sync::{Mutex, OnceLock};

/// Every port handed out by this process. The kernel could hand a port that
/// was released but not yet bound by its server to a parallel test again;
/// remembering them stops two tests in one binary from ever sharing a port.
fn handed_out() -> &'static Mutex<HashSet<u16>> {
    static PORTS: OnceLock<Mutex<HashSet<u16>>> = OnceLock::new();
    PORTS.get_or_init(Default::default)
}

/// `N` distinct loopback ports that were free a moment ago. All listeners are
/// held until every port is picked, so the N ports differ from each other.
/// Another process may still grab one before the server binds it: callers
/// that spawn servers must detect "port in use" and retry with new ports.
pub fn free_ports<const N: usize>() -> [u16; N] {
    let mut listeners = Vec::with_capacity(N);
    let mut ports = [0u16; N];
    let mut taken = handed_out().lock().unwrap_or_else(|e| e.into_inner());
    let mut found = 0;
    while found < N {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).expect("bind 127.0.0.1:0");
        let port = listener.local_addr().expect("local_addr").port();
        if taken.insert(port) {
            ports[found] = port;
            found += 1;
        }
        listeners.push(listener);
    }
    ports
}

/// A loopback port nobody listens on: connecting to it is refused.
pub fn refused_port() -> u16 {
    let [port] = free_ports::<1>();
    port
}
