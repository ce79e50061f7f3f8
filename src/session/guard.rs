//! The guard in front of the XML parser: every read of the stream passes
//! the [`Scanner`] of [`crate::limits`] first, so a hostile server is cut
//! off the moment it crosses a limit, before the parser builds anything.

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

use crate::error::Error;
use crate::limits::{LimitExceeded, Scanner};

/// The crate's error for a read that failed on a limit (exit 4, condition
/// `policy-violation`), or `None` for any other I/O error.
pub fn limit_error(e: &io::Error) -> Option<Error> {
    let mut inner: &(dyn std::error::Error + 'static) = e.get_ref()?;
    loop {
        if let Some(exceeded) = inner.downcast_ref::<LimitExceeded>() {
            return Some(
                Error::network(format!("the server sent {exceeded}"))
                    .with_condition("policy-violation"),
            );
        }
        inner = match inner.downcast_ref::<io::Error>() {
            Some(io) => io.get_ref()?,
            None => inner.source()?,
        };
    }
}

/// A stream whose reads pass the [`Scanner`] first; after a limit is
/// crossed every read fails. Writes pass through untouched.
pub struct Guarded<S> {
    inner: S,
    scanner: Scanner,
    tripped: Option<LimitExceeded>,
}

impl<S> Guarded<S> {
    pub fn new(inner: S) -> Self {
        Guarded {
            inner,
            scanner: Scanner::stream(),
            tripped: None,
        }
    }

    pub fn into_inner(self) -> S {
        self.inner
    }
}

fn read_error(exceeded: LimitExceeded) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, exceeded)
}

impl<S: AsyncRead + Unpin> AsyncRead for Guarded<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        if let Some(exceeded) = self.tripped {
            return Poll::Ready(Err(read_error(exceeded)));
        }
        let before = buf.filled().len();
        let this = &mut *self;
        let polled = Pin::new(&mut this.inner).poll_read(cx, buf);
        if let Poll::Ready(Ok(())) = polled
            && let Err(exceeded) = this.scanner.scan(&buf.filled()[before..])
        {
            // Nothing of the offending read reaches the parser.
            buf.set_filled(before);
            this.tripped = Some(exceeded);
            return Poll::Ready(Err(read_error(exceeded)));
        }
        polled
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Guarded<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::limits::{Limit, MAX_DEPTH, exceeded};

    #[test]
    fn limit_errors_are_recognised_through_io_errors() {
        let e = read_error(exceeded(Limit::Depth, MAX_DEPTH));
        let wrapped = io::Error::other(e);
        let error = limit_error(&wrapped).expect("recognised");
        assert_eq!(error.kind.exit_code(), 4);
        assert_eq!(error.condition.as_deref(), Some("policy-violation"));
        assert_eq!(
            error.message,
            "the server sent XML nested deeper than 128 levels"
        );
        assert!(limit_error(&io::Error::other("other")).is_none());
    }
}
