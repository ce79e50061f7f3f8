//! A TCP relay that delays every chunk by half a round-trip time in each
//! direction, as a network would, and counts the client's flights: the
//! times the client sent after server data had reached it (its first
//! sending counts too). Round trips then cost what they cost outside
//! loopback, and a test can assert how many the client needed.
//!
//! Chunks keep their own due times, so a pipelined burst is not charged
//! twice. Shared by the flight tests and `examples/bench.rs`.

use std::io::{Read, Write};
use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

pub struct DelayRelay {
    port: u16,
    /// Client flights over every connection relayed so far.
    flights: Arc<AtomicUsize>,
}

impl DelayRelay {
    /// Relay connections on a fresh loopback port to `target_port`,
    /// adding `rtt` of round-trip time.
    pub fn start(target_port: u16, rtt: Duration) -> DelayRelay {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).expect("bind relay");
        let port = listener.local_addr().expect("relay address").port();
        let flights = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&flights);
        thread::spawn(move || {
            for client in listener.incoming().map_while(Result::ok) {
                let Ok(server) = TcpStream::connect((Ipv4Addr::LOCALHOST, target_port)) else {
                    continue;
                };
                let _ = (client.set_nodelay(true), server.set_nodelay(true));
                // Set when server data reached the client; the client's
                // next chunk then starts a flight. True at first, so the
                // client's first sending is a flight.
                let heard = Arc::new(AtomicBool::new(true));
                let (client2, server2) = (client.try_clone().unwrap(), server.try_clone().unwrap());
                let upstream = Side::Client {
                    heard: Arc::clone(&heard),
                    flights: Arc::clone(&counter),
                };
                delay_pipe(client, server, rtt / 2, upstream);
                delay_pipe(server2, client2, rtt / 2, Side::Server { heard });
            }
        });
        DelayRelay { port, flights }
    }

    /// "127.0.0.1:PORT", for `--server`.
    pub fn addr(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    /// Client flights so far (every connection, both directions settled:
    /// call it after the client exited).
    pub fn flights(&self) -> usize {
        self.flights.load(Ordering::SeqCst)
    }

    /// Client flights from now on: resets the count.
    pub fn reset(&self) {
        self.flights.store(0, Ordering::SeqCst);
    }
}

/// Which way a pipe carries data, and what it does to the flight count.
enum Side {
    /// Client to server: a chunk read after server data arrived starts a flight.
    Client {
        heard: Arc<AtomicBool>,
        flights: Arc<AtomicUsize>,
    },
    /// Server to client: a chunk delivered means the client heard the server.
    Server { heard: Arc<AtomicBool> },
}

/// The relay's own sockets must not add delayed-ACK stalls of their own
/// (see src/session/transport.rs): Linux needs TCP_QUICKACK after each read.
fn quick_ack(socket: &TcpStream) {
    use std::os::fd::AsRawFd;
    let on: libc::c_int = 1;
    // SAFETY: setsockopt on a socket we own, with a c_int option value.
    unsafe {
        libc::setsockopt(
            socket.as_raw_fd(),
            libc::IPPROTO_TCP,
            libc::TCP_QUICKACK,
            (&on as *const libc::c_int).cast(),
            std::mem::size_of::<libc::c_int>() as libc::socklen_t,
        );
    }
}

fn delay_pipe(mut from: TcpStream, mut to: TcpStream, delay: Duration, side: Side) {
    let (chunks, due) = mpsc::channel::<(Instant, Vec<u8>)>();
    let side = Arc::new(side);
    let reader_side = Arc::clone(&side);
    thread::spawn(move || {
        let mut buf = [0u8; 16 * 1024];
        while let Ok(n @ 1..) = from.read(&mut buf) {
            quick_ack(&from);
            if let Side::Client { heard, flights } = &*reader_side
                && heard.swap(false, Ordering::SeqCst)
            {
                flights.fetch_add(1, Ordering::SeqCst);
            }
            if chunks
                .send((Instant::now() + delay, buf[..n].to_vec()))
                .is_err()
            {
                break;
            }
        }
    });
    thread::spawn(move || {
        for (at, chunk) in due {
            thread::sleep(at.saturating_duration_since(Instant::now()));
            // Before the write: the client may answer before this thread
            // runs again, and its answer must count as a new flight.
            if let Side::Server { heard } = &*side {
                heard.store(true, Ordering::SeqCst);
            }
            if to.write_all(&chunk).is_err() {
                break;
            }
        }
        let _ = to.shutdown(std::net::Shutdown::Write);
    });
}
