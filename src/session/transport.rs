//! The TCP connection as a session uses it. Two things happen on every
//! read, below TLS:
//!
//! - TCP_QUICKACK is re-armed. Servers that write two small records back to
//!   back (TLS 1.3 session tickets, then the stream features) otherwise
//!   stall 40 ms per exchange: Nagle on their side waits for an ACK that
//!   ours delays, and Linux turns quick ACKs off again by itself.
//! - The bytes count against a [`Budget`]: the XML parser buffers an
//!   unfinished element whole, so a broken or hostile server could fill
//!   memory before any deadline passes.

use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::task::{Context, Poll};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;

/// Far above any real stanza (servers cap theirs at 64-256 KiB) and any
/// roster a person keeps.
pub const LIMIT: usize = 16 * 1024 * 1024;

/// Bytes read since the session last completed an element; shared between
/// the transport (which counts) and the session (which resets).
#[derive(Debug, Clone, Default)]
pub struct Budget(Arc<AtomicUsize>);

impl Budget {
    pub fn reset(&self) {
        self.0.store(0, Ordering::Relaxed);
    }

    fn spend(&self, bytes: usize) -> io::Result<()> {
        let spent = self.0.fetch_add(bytes, Ordering::Relaxed) + bytes;
        if spent > LIMIT {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!(
                    "the server sent more than {} MiB without completing an element",
                    LIMIT / (1024 * 1024)
                ),
            ));
        }
        Ok(())
    }
}

pub struct Transport {
    tcp: TcpStream,
    budget: Budget,
}

impl Transport {
    pub fn new(tcp: TcpStream, budget: Budget) -> Self {
        let _ = tcp.set_nodelay(true);
        let transport = Transport { tcp, budget };
        transport.rearm_quick_ack();
        transport
    }

    fn rearm_quick_ack(&self) {
        #[cfg(any(target_os = "linux", target_os = "android"))]
        let _ = self.tcp.set_quickack(true);
    }
}

impl AsyncRead for Transport {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let polled = Pin::new(&mut self.tcp).poll_read(cx, buf);
        if let Poll::Ready(Ok(())) = polled {
            self.rearm_quick_ack();
            self.budget.spend(buf.filled().len() - before)?;
        }
        polled
    }
}

impl AsyncWrite for Transport {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.tcp).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.tcp).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.tcp).poll_shutdown(cx)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.tcp).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.tcp.is_write_vectored()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spending_past_the_limit_fails_until_reset() {
        let budget = Budget::default();
        assert!(budget.spend(LIMIT).is_ok());
        assert!(budget.spend(1).is_err());
        budget.reset();
        assert!(budget.spend(1).is_ok());
    }
}
