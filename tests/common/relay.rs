//! A TCP relay between xmppctl and a server that can cut the link on
//! command the way a dead network does: no FIN, no RST, nothing more in
//! either direction. Connections made after the cut are relayed again.

use std::io::{Read, Write};
use std::net::{Ipv4Addr, Shutdown, TcpListener, TcpStream};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;

pub struct Relay {
    port: u16,
    /// Bumped by [`Relay::cut`]; a connection relays while its own
    /// generation is current.
    generation: Arc<AtomicU64>,
    /// Both sockets of every cut connection, held open so that no FIN goes
    /// out; closed when the relay is dropped.
    held: Arc<Mutex<Vec<TcpStream>>>,
}

impl Relay {
    /// Relay connections on a fresh loopback port to `target_port`.
    pub fn start(target_port: u16) -> Relay {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).expect("bind relay");
        let port = listener.local_addr().expect("relay address").port();
        let generation = Arc::new(AtomicU64::new(0));
        let held = Arc::new(Mutex::new(Vec::new()));
        {
            let (generation, held) = (Arc::clone(&generation), Arc::clone(&held));
            thread::spawn(move || {
                for client in listener.incoming().map_while(Result::ok) {
                    let Ok(server) = TcpStream::connect((Ipv4Addr::LOCALHOST, target_port)) else {
                        continue;
                    };
                    let mine = generation.load(Ordering::SeqCst);
                    for (from, to) in [(&client, &server), (&server, &client)] {
                        let (from, to) = (from.try_clone().unwrap(), to.try_clone().unwrap());
                        let (generation, held) = (Arc::clone(&generation), Arc::clone(&held));
                        thread::spawn(move || pump(from, to, mine, &generation, &held));
                    }
                }
            });
        }
        Relay {
            port,
            generation,
            held,
        }
    }

    /// "127.0.0.1:PORT", for `--server`.
    pub fn addr(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    /// From now on, nothing crosses the connections open so far.
    pub fn cut(&self) {
        self.generation.fetch_add(1, Ordering::SeqCst);
    }
}

impl Drop for Relay {
    fn drop(&mut self) {
        for socket in self
            .held
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .drain(..)
        {
            let _ = socket.shutdown(Shutdown::Both);
        }
    }
}

/// Copy `from` to `to` until either side ends or the link is cut; a cut
/// link keeps both sockets open (in `held`) and silent.
fn pump(
    mut from: TcpStream,
    mut to: TcpStream,
    mine: u64,
    generation: &AtomicU64,
    held: &Mutex<Vec<TcpStream>>,
) {
    let mut buf = [0u8; 16 * 1024];
    loop {
        let n = match from.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        if generation.load(Ordering::SeqCst) != mine {
            let mut held = held.lock().unwrap_or_else(|e| e.into_inner());
            held.push(from);
            held.push(to);
            return;
        }
        if to.write_all(&buf[..n]).is_err() {
            break;
        }
    }
    let _ = to.shutdown(Shutdown::Write);
}
