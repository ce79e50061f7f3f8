//! The HTTP half of XEP-0363 (§5): one PUT per slot, over HTTPS verified
//! with the session's own trust settings (the rustls configuration of
//! `session::tls`: the same roots, `--ca-file` and provider), with an
//! exact `Content-Length` and only the headers the slot allows.
//!
//! The file is streamed from disk: a blocking task reads it in chunks and
//! hashes them on the way (SHA-256) while the runtime's thread encrypts
//! and writes, so a large file never sits in memory and the two costs run
//! side by side. Progress is the bytes the socket takes: when it takes
//! none (and nothing comes back) for the stall limit, the PUT has stalled.
//!
//! TLS records are full 16 KiB ones, each starting at a multiple of 16 KiB
//! of the stream, but for a short one after the request head (see
//! [`FlushFirst`]). A server that reads in such multiples then never finds
//! a record half read: Prosody waits for a timer (a millisecond or more)
//! whenever it does, which halved the rate of an upload to it.

use std::io::{self, Read};
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use hyper::body::{Body, Bytes, Frame, SizeHint};
use hyper::{Request, StatusCode, header};
use hyper_util::rt::TokioIo;
use indicatif::ProgressBar;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio::sync::mpsc;
use tokio_rustls::TlsConnector;
use tokio_rustls::rustls::{ClientConfig, pki_types::ServerName};

use super::service::Slot;
use crate::diag;
use crate::error::{Error, Result, io_reason};
use crate::session::tls;

/// How much of the file one read takes; a few of these in flight are all
/// the memory a transfer holds, whatever the file's size.
const CHUNK: usize = 256 * 1024;
const CHUNKS_IN_FLIGHT: usize = 4;

/// The plaintext of a full TLS record.
const RECORD: usize = 16 * 1024;

/// How PUTs are made in this run.
pub struct Client {
    pub tls: Arc<ClientConfig>,
    /// `--insecure`: a plain `http://` PUT URL is allowed too.
    pub insecure: bool,
    /// `--connect-timeout`: for the connection and the TLS handshake, and
    /// the longest a transfer may go without progress.
    pub stall: Duration,
}

/// One file to send.
pub struct Transfer<'a> {
    /// For messages: the path as given.
    pub shown: &'a str,
    pub file: std::fs::File,
    pub size: u64,
    pub content_type: &'a str,
}

/// Where a URL points, as a connection needs it.
#[derive(Debug, PartialEq)]
struct Target {
    secure: bool,
    /// Without the brackets of an IPv6 literal.
    host: String,
    port: u16,
    /// The `Host` header: the URL's authority.
    authority: String,
    /// Path and query: HTTP/1.1 origin form.
    path: String,
}

impl Client {
    /// PUT the file to the slot; its SHA-256 (lowercase hex) once the
    /// server answered with a success status.
    pub async fn put(
        &self,
        slot: &Slot,
        transfer: Transfer<'_>,
        bar: &ProgressBar,
    ) -> Result<String> {
        let target = target(&slot.put)?;
        if !target.secure {
            if !self.insecure {
                return Err(Error::tls(format!(
                    "the upload slot for {} is a plain http:// URL; refusing to send the file unencrypted",
                    transfer.shown
                ))
                .with_hint("--insecure allows it (anyone on the path can read the file)"));
            }
            diag::warn(format_args!(
                "--insecure: uploading {} over plain http://",
                transfer.shown
            ));
        }
        let heard = Arc::new(Heard::new());
        let io = tokio::time::timeout(self.stall, self.connect(&target, &heard))
            .await
            .map_err(|_| {
                Error::timeout(format!(
                    "timed out connecting to the upload server {}",
                    target.authority
                ))
                .with_hint("raise the limit with --connect-timeout SECS")
            })??;
        let lost = |e: &dyn std::error::Error| {
            Error::network(format!(
                "connection to {} lost while uploading {}: {}",
                target.authority,
                transfer.shown,
                reason(e)
            ))
        };
        let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(io))
            .await
            .map_err(|e| lost(&e))?;
        let driver = tokio::spawn(connection);

        let (chunks, receiver) = mpsc::channel(CHUNKS_IN_FLIGHT);
        let (file, size) = (transfer.file, transfer.size);
        let body = FileBody {
            chunks: receiver,
            left: size,
            bar: bar.clone(),
        };
        let mut request = Request::put(target.path.as_str())
            .header(header::HOST, target.authority.as_str())
            .header(header::CONTENT_LENGTH, size)
            .header(header::CONTENT_TYPE, transfer.content_type);
        for (name, value) in &slot.headers {
            request = request.header(*name, value.as_str());
        }
        let request = request.body(body).map_err(|e| {
            Error::refused(format!(
                "the upload slot for {} has a header that cannot be sent: {e}",
                transfer.shown
            ))
        })?;
        let reader = tokio::task::spawn_blocking(move || read_file(file, size, &chunks));

        let answered = tokio::select! {
            answered = sender.send_request(request) => answered,
            () = heard.silence(self.stall) => {
                driver.abort();
                return Err(Error::timeout(format!(
                    "the upload of {} to {} made no progress for {} s",
                    transfer.shown,
                    target.authority,
                    self.stall.as_secs_f64()
                ))
                .with_hint("raise the limit with --connect-timeout SECS"));
            }
        };
        driver.abort();
        // A failed read of the file is the reason the request failed.
        let digest = match reader.await {
            Ok(Ok(digest)) => Some(digest),
            Ok(Err(ReadFailure::File(e))) => {
                return Err(Error::internal(format!(
                    "cannot read {} while uploading it: {}",
                    transfer.shown,
                    io_reason(&e)
                )));
            }
            Ok(Err(ReadFailure::Cancelled)) | Err(_) => None,
        };
        let response = answered.map_err(|e| lost(&e))?;
        if !response.status().is_success() {
            return Err(status_error(&response, &target, transfer.shown));
        }
        // A success before the whole body went out cannot be one.
        digest.ok_or_else(|| {
            Error::network(format!(
                "the upload server {} answered before it had all of {}",
                target.authority, transfer.shown
            ))
        })
    }

    /// TCP (watched for progress), then TLS unless the URL is plain http.
    async fn connect(&self, target: &Target, heard: &Arc<Heard>) -> Result<FlushFirst> {
        let tcp = TcpStream::connect((target.host.as_str(), target.port))
            .await
            .map_err(|e| {
                Error::network(format!(
                    "cannot connect to the upload server {}: {}",
                    target.authority,
                    io_reason(&e)
                ))
            })?;
        let _ = tcp.set_nodelay(true);
        let tcp = Watched {
            inner: tcp,
            heard: Arc::clone(heard),
        };
        if !target.secure {
            return Ok(FlushFirst::new(Box::new(tcp)));
        }
        let name = ServerName::try_from(target.host.clone()).map_err(|_| {
            Error::refused(format!(
                "the upload URL names an invalid host {:?}",
                target.host
            ))
        })?;
        let connector = TlsConnector::from(Arc::clone(&self.tls));
        let mut stream = connector
            .connect(name, tcp)
            .await
            .map_err(|e| handshake_error(&target.authority, e))?;
        // rustls takes each write whole and cuts it into records from its
        // start; FlushFirst bounds what it holds and where writes start.
        stream.get_mut().1.set_buffer_limit(None);
        Ok(FlushFirst::new(Box::new(stream)))
    }
}

/// The session's handshake diagnosis, without the hints that are about
/// the XMPP connection (`--tls`, `--server`).
fn handshake_error(host: &str, e: io::Error) -> Error {
    let mut error = tls::handshake_error(host, e);
    if error
        .hint
        .as_deref()
        .is_some_and(|h| h.contains("--tls") || h.contains("--server"))
    {
        error.hint = None;
    }
    error
}

/// An answer other than 2xx: a refusal naming the status line.
fn status_error<B>(response: &hyper::Response<B>, target: &Target, shown: &str) -> Error {
    let status = response.status();
    let phrase = response
        .extensions()
        .get::<hyper::ext::ReasonPhrase>()
        .map(|p| String::from_utf8_lossy(p.as_bytes()).into_owned())
        .or_else(|| status.canonical_reason().map(String::from))
        .unwrap_or_default();
    Error::refused(format!(
        "the upload server {} refused {shown}: HTTP {} {phrase}",
        target.authority,
        status.as_u16()
    ))
    .with_hint(status_hint(status))
}

fn status_hint(status: StatusCode) -> String {
    match status.as_u16() {
        401 | 403 => "the upload server did not accept the slot's authorization".into(),
        413 => "the upload server takes smaller files than its XMPP service announced".into(),
        _ => "the upload server's log may say why".into(),
    }
}

/// Why a connection failed, in the user's terms: the I/O error under
/// hyper's (a reset, a close without TLS close_notify), else hyper's own.
fn reason(e: &dyn std::error::Error) -> String {
    let mut cause = e.source();
    while let Some(c) = cause {
        if let Some(io) = c.downcast_ref::<io::Error>() {
            return match io.kind() {
                io::ErrorKind::UnexpectedEof => "the server closed the connection".to_string(),
                _ => io_reason(io),
            };
        }
        cause = c.source();
    }
    e.to_string()
}

/// Parse a PUT URL. Characters a URL may not hold as they are (spaces,
/// non-ASCII) are percent-encoded first: some services put the file name
/// in the URL unencoded.
fn target(url: &str) -> Result<Target> {
    let unusable = |why: &str| Error::refused(format!("the upload slot's PUT URL {url:?} {why}"));
    let uri: hyper::Uri = percent_encode(url)
        .parse()
        .map_err(|e| unusable(&format!("is not a URL: {e}")))?;
    let secure = match uri.scheme_str() {
        Some(scheme) if scheme.eq_ignore_ascii_case("https") => true,
        Some(scheme) if scheme.eq_ignore_ascii_case("http") => false,
        _ => return Err(unusable("is neither https:// nor http://")),
    };
    let authority = uri
        .authority()
        .ok_or_else(|| unusable("has no host"))?
        .as_str()
        .rsplit('@')
        .next()
        .unwrap_or_default()
        .to_string();
    let host = uri
        .host()
        .ok_or_else(|| unusable("has no host"))?
        .trim_start_matches('[')
        .trim_end_matches(']')
        .to_string();
    let port = uri.port_u16().unwrap_or(if secure { 443 } else { 80 });
    let path = uri
        .path_and_query()
        .map_or_else(|| "/".to_string(), |p| p.as_str().to_string());
    Ok(Target {
        secure,
        host,
        port,
        authority,
        path,
    })
}

fn percent_encode(url: &str) -> String {
    let mut encoded = String::with_capacity(url.len());
    for byte in url.bytes() {
        let allowed = byte.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=%".contains(&byte);
        if allowed {
            encoded.push(byte as char);
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

fn hex(digest: &[u8]) -> String {
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

enum ReadFailure {
    File(io::Error),
    /// The request ended first; nobody takes the chunks any more.
    Cancelled,
}

/// Read exactly `size` bytes of `file` into `chunks`, hashing them; the
/// digest once all went out. Runs on a blocking thread.
fn read_file(
    mut file: std::fs::File,
    size: u64,
    chunks: &mpsc::Sender<io::Result<Bytes>>,
) -> std::result::Result<String, ReadFailure> {
    // ring's SHA-256 (the one TLS uses) runs on the CPU's SHA extensions.
    let mut hasher = ring::digest::Context::new(&ring::digest::SHA256);
    let mut left = size;
    while left > 0 {
        let mut chunk = vec![0; CHUNK.min(usize::try_from(left).unwrap_or(CHUNK))];
        if let Err(mut e) = file.read_exact(&mut chunk) {
            if e.kind() == io::ErrorKind::UnexpectedEof {
                e = io::Error::other("the file became shorter during the upload");
            }
            let _ = chunks.blocking_send(Err(io::Error::new(e.kind(), e.to_string())));
            return Err(ReadFailure::File(e));
        }
        hasher.update(&chunk);
        left -= chunk.len() as u64;
        chunks
            .blocking_send(Ok(Bytes::from(chunk)))
            .map_err(|_| ReadFailure::Cancelled)?;
    }
    Ok(hex(hasher.finish().as_ref()))
}

/// The request body: the reader's chunks, counted on the progress bar.
struct FileBody {
    chunks: mpsc::Receiver<io::Result<Bytes>>,
    left: u64,
    bar: ProgressBar,
}

impl Body for FileBody {
    type Data = Bytes;
    type Error = io::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<std::result::Result<Frame<Bytes>, io::Error>>> {
        if self.left == 0 {
            return Poll::Ready(None);
        }
        match self.chunks.poll_recv(cx) {
            Poll::Ready(Some(Ok(chunk))) => {
                self.left = self.left.saturating_sub(chunk.len() as u64);
                self.bar.inc(chunk.len() as u64);
                Poll::Ready(Some(Ok(Frame::data(chunk))))
            }
            Poll::Ready(Some(Err(e))) => Poll::Ready(Some(Err(e))),
            Poll::Ready(None) => {
                Poll::Ready(Some(Err(io::Error::other("the file reader stopped"))))
            }
            Poll::Pending => Poll::Pending,
        }
    }

    fn is_end_stream(&self) -> bool {
        self.left == 0
    }

    fn size_hint(&self) -> SizeHint {
        SizeHint::with_exact(self.left)
    }
}

/// When the connection last moved a byte either way.
struct Heard {
    since: Instant,
    /// Milliseconds after `since`.
    at: AtomicU64,
}

impl Heard {
    fn new() -> Heard {
        Heard {
            since: Instant::now(),
            at: AtomicU64::new(0),
        }
    }

    fn now(&self) {
        let millis = u64::try_from(self.since.elapsed().as_millis()).unwrap_or(u64::MAX);
        self.at.store(millis, Ordering::Relaxed);
    }

    fn last(&self) -> Instant {
        self.since + Duration::from_millis(self.at.load(Ordering::Relaxed))
    }

    /// Ends once nothing moved for `limit`.
    async fn silence(&self, limit: Duration) {
        loop {
            let due = self.last() + limit;
            if Instant::now() >= due {
                return;
            }
            tokio::time::sleep_until(due.into()).await;
        }
    }
}

/// A connection, encrypted or not.
trait Io: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Io for T {}

/// A connection that writes only once everything written before is on
/// its way to the socket, and starts every write on a 16 KiB boundary of
/// the stream: a write that would start off one is cut at the next. With
/// no buffer limit in rustls (see `connect`), which cuts each write into
/// records from its start, every record but those short ones is then a
/// full one on the grid, and rustls holds one write's worth at most.
struct FlushFirst {
    inner: Box<dyn Io>,
    /// Bytes written so far.
    written: u64,
}

impl FlushFirst {
    fn new(inner: Box<dyn Io>) -> FlushFirst {
        FlushFirst { inner, written: 0 }
    }

    /// How much of the next write may go, if it must end on the grid.
    fn to_boundary(&self) -> Option<usize> {
        let into = (self.written % RECORD as u64) as usize;
        (into != 0).then_some(RECORD - into)
    }

    fn wrote(&mut self, polled: Poll<io::Result<usize>>) -> Poll<io::Result<usize>> {
        if let Poll::Ready(Ok(n)) = polled {
            self.written += n as u64;
        }
        polled
    }
}

impl AsyncRead for FlushFirst {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl AsyncWrite for FlushFirst {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        std::task::ready!(Pin::new(&mut self.inner).poll_flush(cx))?;
        let len = self
            .to_boundary()
            .map_or(buf.len(), |room| room.min(buf.len()));
        let polled = Pin::new(&mut self.inner).poll_write(cx, &buf[..len]);
        self.wrote(polled)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        std::task::ready!(Pin::new(&mut self.inner).poll_flush(cx))?;
        let polled = match self.to_boundary() {
            None => Pin::new(&mut self.inner).poll_write_vectored(cx, bufs),
            Some(mut room) => {
                let mut cut = Vec::with_capacity(bufs.len());
                for buf in bufs {
                    if room == 0 {
                        break;
                    }
                    let take = buf.len().min(room);
                    cut.push(io::IoSlice::new(&buf[..take]));
                    room -= take;
                }
                Pin::new(&mut self.inner).poll_write_vectored(cx, &cut)
            }
        };
        self.wrote(polled)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

/// The socket, noting every byte it moves in [`Heard`].
struct Watched {
    inner: TcpStream,
    heard: Arc<Heard>,
}

impl AsyncRead for Watched {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let polled = Pin::new(&mut self.inner).poll_read(cx, buf);
        if matches!(polled, Poll::Ready(Ok(()))) && buf.filled().len() > before {
            self.heard.now();
        }
        polled
    }
}

impl AsyncWrite for Watched {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let polled = Pin::new(&mut self.inner).poll_write(cx, buf);
        if matches!(polled, Poll::Ready(Ok(n)) if n > 0) {
            self.heard.now();
        }
        polled
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let polled = Pin::new(&mut self.inner).poll_write_vectored(cx, bufs);
        if matches!(polled, Poll::Ready(Ok(n)) if n > 0) {
            self.heard.now();
        }
        polled
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
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

    #[test]
    fn put_urls_become_targets() {
        let t = target("https://localhost:5281/file_share/abc/my%20file.txt").unwrap();
        assert_eq!(
            t,
            Target {
                secure: true,
                host: "localhost".into(),
                port: 5281,
                authority: "localhost:5281".into(),
                path: "/file_share/abc/my%20file.txt".into(),
            }
        );
        let t = target("http://[::1]/a b/ü?x=1").unwrap();
        assert!(!t.secure);
        assert_eq!((t.host.as_str(), t.port), ("::1", 80));
        assert_eq!(t.path, "/a%20b/%C3%BC?x=1");
        assert!(target("ftp://example.org/x").is_err());
        assert!(target("/relative").is_err());
    }

    #[test]
    fn digests_are_lowercase_hex() {
        let digest = ring::digest::digest(&ring::digest::SHA256, b"");
        assert_eq!(
            hex(digest.as_ref()),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }
}
