//! Requests that ride along with a stream header (XEP-0305 pipelining):
//! `<starttls/>` with the first header, the first authentication message
//! with the header after TLS, the bind request (and a one-shot command's
//! stanzas) with the header after authentication. tokio-xmpp's
//! `send_header` sends a header and waits for the server's before
//! returning, so what rides is queued here and written on the header's
//! flush, right after it: one round trip each instead of two.

use std::io;
use std::pin::Pin;
use std::sync::Mutex;
use std::task::{Context, Poll};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use xmpp_parsers::minidom::Element;

use crate::diag;

pub struct Pipelined<S> {
    inner: S,
    /// Behind a lock only because the stream above lends out `&` access.
    queued: Mutex<Vec<u8>>,
}

impl<S> Pipelined<S> {
    pub fn new(inner: S) -> Self {
        Pipelined {
            inner,
            queued: Mutex::default(),
        }
    }

    /// Send `element` with the next flush, after what was written before.
    pub fn queue(&self, element: &Element) {
        diag::xml("send", element);
        let mut queued = self.queued.lock().unwrap_or_else(|e| e.into_inner());
        queued.extend_from_slice(String::from(element).as_bytes());
    }

    /// `</stream:stream>` with the next flush: a one-shot command leaves
    /// in the same flight as its last request, without half-closing the
    /// connection (the server still has answers to write).
    pub fn queue_footer(&self) {
        diag::trace("send </stream:stream>");
        let mut queued = self.queued.lock().unwrap_or_else(|e| e.into_inner());
        queued.extend_from_slice(b"</stream:stream>");
    }

    pub fn into_inner(self) -> S {
        self.inner
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for Pipelined<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Pipelined<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = &mut *self;
        loop {
            let mut queued = this.queued.lock().unwrap_or_else(|e| e.into_inner());
            if queued.is_empty() {
                break;
            }
            match Pin::new(&mut this.inner).poll_write(cx, &queued) {
                Poll::Ready(Ok(0)) => return Poll::Ready(Err(io::ErrorKind::WriteZero.into())),
                Poll::Ready(Ok(written)) => {
                    queued.drain(..written);
                }
                Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
                Poll::Pending => return Poll::Pending,
            }
        }
        Pin::new(&mut this.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}
