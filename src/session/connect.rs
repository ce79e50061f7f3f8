//! From an endpoint to an encrypted XML stream with its features: TCP,
//! STARTTLS or direct TLS, and the stream header.
//!
//! tokio-xmpp's connectors cannot take our own rustls configuration (no CA
//! hook) and discard the `io::Error` of a refused connection, so this module
//! drives its public `xmlstream` pieces itself.

use std::borrow::Cow;
use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};
use xmpp_parsers::ns;

use futures::{SinkExt, StreamExt};
use tokio::io::BufStream;
use tokio::net::TcpStream;
use tokio_rustls::{
    TlsConnector,
    client::TlsStream,
    rustls::{ClientConfig, ProtocolVersion, pki_types::ServerName},
};
use tokio_xmpp::xmlstream::{
    PendingFeaturesRecv, ReadError, RecvFeaturesError, StreamHeader, Timeouts, XmlStream,
    initiate_stream,
};
use xmpp_parsers::{minidom::Element, stream_features::StreamFeatures};

use crate::diag;
use crate::error::io_reason;
use crate::error::{Error, Result};
use crate::session::conditions;
use crate::session::guard::{self, Guarded};
use crate::session::pipeline::Pipelined;
use crate::session::resolve::{self, Endpoint, socket_addrs};
use crate::session::tls::handshake_error;
use crate::session::transport::Transport;

pub type TlsIo = BufStream<Pipelined<Guarded<TlsStream<Transport>>>>;
/// The stream every session runs on: raw elements, typed on demand.
pub type XmlIo = XmlStream<TlsIo, Element>;

pub use crate::xml::NS_CLIENT;

/// Deadlines are ours (every wait is wrapped in one); the stream's own soft
/// timeouts must never fire first.
pub fn stream_timeouts() -> Timeouts {
    Timeouts {
        read_timeout: Duration::from_secs(24 * 3600),
        response_timeout: Duration::from_secs(24 * 3600),
    }
}

/// A TLS connection on which the stream is still to open.
pub struct Secured {
    pub tls: TlsStream<Transport>,
    /// RFC 9266 tls-exporter data, when the connection is TLS 1.3.
    pub tls_exporter: Option<Vec<u8>>,
}

/// Who opens a stream: the server's domain, and once TLS is up the
/// account's bare JID (never before TLS: it would name the account in
/// clear). With `from`, servers can offer per-account features such as
/// FAST.
#[derive(Clone, Copy)]
pub struct Header<'a> {
    pub to: &'a str,
    pub from: Option<&'a str>,
}

impl<'a> Header<'a> {
    fn open(self) -> StreamHeader<'a> {
        let from = self.from.map_or(String::new(), |f| format!(" from='{f}'"));
        diag::trace(format_args!(
            "send <stream:stream to='{}'{from} version='1.0' xmlns='{NS_CLIENT}'>",
            self.to
        ));
        StreamHeader {
            to: Some(Cow::Borrowed(self.to)),
            from: self.from.map(Cow::Borrowed),
            id: None,
        }
    }

    fn plain(self) -> Header<'a> {
        Header { from: None, ..self }
    }
}

/// Open a TCP connection to the first address of the endpoint that answers.
pub async fn tcp_connect(endpoint: &Endpoint) -> Result<(Transport, SocketAddr)> {
    let started = Instant::now();
    let addrs = socket_addrs(endpoint).await?;
    let mut last_error = None;
    for addr in addrs {
        match TcpStream::connect(addr).await {
            Ok(tcp) => {
                let at = if endpoint.host == addr.ip().to_string() {
                    String::new()
                } else {
                    format!(" at {addr}")
                };
                diag::phase(format_args!(
                    "connected to {endpoint}{at} in {} ms",
                    started.elapsed().as_millis()
                ));
                return Ok((Transport::new(tcp), addr));
            }
            Err(e) => {
                diag::phase(format_args!("cannot connect to {addr}: {}", io_reason(&e)));
                last_error = Some((addr, e));
            }
        }
    }
    Err(match last_error {
        Some((addr, e)) => connect_error(endpoint, addr, &e),
        None => Error::network(format!("{} has no address", endpoint.host)),
    })
}

fn connect_error(endpoint: &Endpoint, addr: SocketAddr, e: &io::Error) -> Error {
    let what = match e.kind() {
        io::ErrorKind::ConnectionRefused => "connection refused".to_string(),
        _ => io_reason(e),
    };
    let at = if endpoint.host == addr.ip().to_string() {
        addr.to_string()
    } else {
        format!("{}:{} ({addr})", endpoint.host, endpoint.port)
    };
    Error::network(format!("cannot connect to {at}: {what}")).transient()
}

/// TLS on an open TCP connection (STARTTLS first, unless direct).
/// `domain` is the JID's domain as the stream names it; the certificate is
/// checked against its ASCII (IDNA) form.
pub async fn secure(
    tcp: Transport,
    endpoint: &Endpoint,
    header: Header<'_>,
    tls: Arc<ClientConfig>,
) -> Result<Secured> {
    let domain = header.to;
    let tcp = if endpoint.direct_tls {
        tcp
    } else {
        starttls(tcp, endpoint, header.plain()).await?
    };
    let tls_stream = handshake(tcp, domain, tls).await?;
    let connection = tls_stream.get_ref().1;
    let tls_exporter = match connection.protocol_version() {
        Some(ProtocolVersion::TLSv1_3) => connection
            .export_keying_material(vec![0u8; 32], b"EXPORTER-Channel-Binding", None)
            .ok(),
        _ => None,
    };
    Ok(Secured {
        tls: tls_stream,
        tls_exporter,
    })
}

/// The TLS handshake on an open connection, for `domain` (SNI and the
/// certificate's name, in its ASCII form).
pub async fn handshake(
    tcp: Transport,
    domain: &str,
    tls: Arc<ClientConfig>,
) -> Result<TlsStream<Transport>> {
    let started = Instant::now();
    let server_name = ServerName::try_from(resolve::ascii_domain(domain)?)
        .map_err(|_| Error::usage(format!("{domain} is not a valid server name for TLS")))?;
    let tls_stream = TlsConnector::from(tls)
        .connect(server_name, tcp)
        .await
        .map_err(|e| handshake_error(domain, e))?;
    if diag::phases_enabled() {
        let connection = tls_stream.get_ref().1;
        let suite = connection
            .negotiated_cipher_suite()
            .map(|s| format!("{:?}", s.suite()))
            .unwrap_or_default();
        diag::phase(format_args!(
            "TLS {} {suite} with {domain} in {} ms",
            tls_version_name(connection.protocol_version()),
            started.elapsed().as_millis()
        ));
    }
    Ok(tls_stream)
}

/// The XML stream on a TLS connection, up to its features; `ride_along`
/// (a first authentication message, a command's stanzas) goes out with
/// the header, `footer` after them.
pub async fn open_encrypted(
    tls_stream: TlsStream<Transport>,
    endpoint: &Endpoint,
    header: Header<'_>,
    ride_along: &[Element],
    footer: bool,
) -> Result<(StreamFeatures, XmlIo)> {
    let io = BufStream::new(Pipelined::new(Guarded::new(tls_stream)));
    let pending = open_stream(io, endpoint, header, ride_along, footer).await?;
    receive_features(pending, endpoint).await
}

fn queue<S>(pipelined: &Pipelined<S>, ride_along: &[Element], footer: bool) {
    for element in ride_along {
        pipelined.queue(element);
    }
    if footer {
        pipelined.queue_footer();
    }
}

pub fn tls_version_name(version: Option<ProtocolVersion>) -> &'static str {
    match version {
        Some(ProtocolVersion::TLSv1_3) => "1.3",
        Some(ProtocolVersion::TLSv1_2) => "1.2",
        _ => "(unknown version)",
    }
}

/// The stream before TLS.
pub type PlainXml = XmlStream<BufStream<Pipelined<Guarded<Transport>>>, Element>;

/// The plain-text prelude of RFC 6120 section 5: stream, features,
/// `<starttls/>`, `<proceed/>`; then the bare TCP stream for the handshake.
/// `<starttls/>` goes out with the stream header: a server that offers no
/// STARTTLS gets nothing more from us either way.
async fn starttls(tcp: Transport, endpoint: &Endpoint, header: Header<'_>) -> Result<Transport> {
    let request = Element::builder("starttls", ns::TLS).build();
    let io = BufStream::new(Pipelined::new(Guarded::new(tcp)));
    let pending = open_stream(io, endpoint, header, &[request], false).await?;
    let (features, stream): (_, PlainXml) = receive_features(pending, endpoint).await?;
    if !features.can_starttls() {
        return Err(no_starttls(endpoint));
    }
    await_proceed(stream, endpoint).await
}

fn no_starttls(endpoint: &Endpoint) -> Error {
    Error::tls(format!(
        "{endpoint} offers no STARTTLS; xmppctl never authenticates without TLS"
    ))
}

/// For `check`: the features a server offers before TLS, on a stream
/// that has asked for nothing yet.
pub async fn plaintext_features(
    tcp: Transport,
    endpoint: &Endpoint,
    domain: &str,
) -> Result<(StreamFeatures, PlainXml)> {
    let io = BufStream::new(Pipelined::new(Guarded::new(tcp)));
    let header = Header {
        to: domain,
        from: None,
    };
    let pending = open_stream(io, endpoint, header, &[], false).await?;
    receive_features(pending, endpoint).await
}

/// For `check`: `<starttls/>` after the features came; the bare TCP
/// stream for the handshake once the server proceeds.
pub async fn request_starttls(
    mut stream: PlainXml,
    features: &StreamFeatures,
    endpoint: &Endpoint,
) -> Result<Transport> {
    if !features.can_starttls() {
        return Err(no_starttls(endpoint));
    }
    let request = Element::builder("starttls", ns::TLS).build();
    diag::xml("send", &request);
    stream
        .send(&request)
        .await
        .map_err(|e| lost(endpoint, "during STARTTLS", &e))?;
    await_proceed(stream, endpoint).await
}

/// The server's answer to `<starttls/>`.
async fn await_proceed(mut stream: PlainXml, endpoint: &Endpoint) -> Result<Transport> {
    match stream.next().await {
        Some(Ok(answer)) => {
            diag::xml("recv", &answer);
            if !answer.is("proceed", ns::TLS) {
                return Err(Error::tls(format!("{endpoint} refused STARTTLS")));
            }
        }
        Some(Err(e)) => {
            if let Some(refusal) = read_limit_error(&e) {
                leave_with_policy_violation(&mut stream).await;
                return Err(refusal);
            }
            return Err(Error::network(format!(
                "{endpoint}: connection lost during STARTTLS: {e}"
            )));
        }
        None => {
            return Err(Error::network(format!(
                "{endpoint} closed the connection during STARTTLS"
            )));
        }
    }
    Ok(stream.into_inner().into_inner().into_inner().into_inner())
}

/// Open the stream; `ride_along` is sent right after the header, then
/// the footer when `footer`.
async fn open_stream<S>(
    io: BufStream<Pipelined<S>>,
    endpoint: &Endpoint,
    header: Header<'_>,
    ride_along: &[Element],
    footer: bool,
) -> Result<PendingFeaturesRecv<BufStream<Pipelined<S>>>>
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
{
    let opening = header.open();
    queue(io.get_ref(), ride_along, footer);
    let pending = initiate_stream(io, NS_CLIENT, opening, stream_timeouts())
        .await
        .map_err(|e| stream_start_error(endpoint, &e))?;
    let header = pending.header();
    diag::trace(format_args!(
        "recv <stream:stream from='{}' id='{}'>",
        header.from.as_deref().unwrap_or(""),
        header.id.as_deref().unwrap_or("")
    ));
    Ok(pending)
}

async fn receive_features<Io>(
    pending: PendingFeaturesRecv<Io>,
    endpoint: &Endpoint,
) -> Result<(StreamFeatures, XmlStream<Io, Element>)>
where
    Io: tokio::io::AsyncBufRead + tokio::io::AsyncWrite + Unpin,
{
    features(pending, |e| stream_start_error(endpoint, e)).await
}

/// The features, logged at -vv; a stream error or an I/O error otherwise.
async fn features<Io>(
    pending: PendingFeaturesRecv<Io>,
    io_error: impl FnOnce(&io::Error) -> Error,
) -> Result<(StreamFeatures, XmlStream<Io, Element>)>
where
    Io: tokio::io::AsyncBufRead + tokio::io::AsyncWrite + Unpin,
{
    match pending.recv_features::<Element>().await {
        Ok((features, stream)) => {
            if diag::xml_enabled() {
                diag::xml("recv", &Element::from(features.clone()));
            }
            Ok((features, stream))
        }
        Err(RecvFeaturesError::StreamError(e)) => {
            Err(conditions::stream_error(&Element::from(e.0)))
        }
        Err(RecvFeaturesError::Io(e)) => Err(io_error(&e)),
    }
}

/// RFC 6120 6.4.6: after authentication the stream starts over, on the
/// same connection; `ride_along` (the bind request, and a one-shot
/// command's errand) goes out with the header, `footer` after it.
pub async fn restart(
    stream: XmlIo,
    header: Header<'_>,
    ride_along: &[Element],
    footer: bool,
) -> Result<(StreamFeatures, XmlIo)> {
    let opening = header.open();
    queue(stream.get_stream().get_ref(), ride_along, footer);
    let lost = |e: &io::Error| {
        guard::limit_error(e).unwrap_or_else(|| {
            Error::network(format!(
                "connection lost after authentication: {}",
                io_reason(e)
            ))
        })
    };
    let pending = stream
        .initiate_reset()
        .send_header(opening)
        .await
        .map_err(|e| lost(&e))?;
    features(pending, lost).await
}

/// The server hung up or answered garbage before the stream started: the
/// most common cause is a TLS mode that does not match the port.
fn stream_start_error(endpoint: &Endpoint, e: &io::Error) -> Error {
    if let Some(refusal) = guard::limit_error(e) {
        return refusal;
    }
    let hint = if endpoint.direct_tls {
        "if this port expects STARTTLS, try --tls starttls"
    } else {
        "if this port expects direct TLS, try --tls direct"
    };
    let error = match e.kind() {
        io::ErrorKind::UnexpectedEof | io::ErrorKind::ConnectionReset => Error::network(format!(
            "{endpoint} closed the connection before the XMPP stream began"
        )),
        io::ErrorKind::InvalidData => {
            Error::network(format!("{endpoint} does not speak XMPP: {}", io_reason(e)))
        }
        _ => lost(endpoint, "before the XMPP stream began", e),
    };
    error.with_hint(hint)
}

fn lost(endpoint: &Endpoint, when: &str, e: &io::Error) -> Error {
    Error::network(format!(
        "{endpoint}: connection lost {when}: {}",
        io_reason(e)
    ))
}

/// A read that failed on one of the [`guard`]'s limits, as the crate's error.
pub fn read_limit_error(e: &ReadError) -> Option<Error> {
    match e {
        ReadError::HardError(io) => guard::limit_error(io),
        _ => None,
    }
}

/// Tell the server why we leave (RFC 6120 4.9.3.18), then close our side;
/// best effort and brief: the connection is being dropped anyway.
pub async fn leave_with_policy_violation<Io>(stream: &mut XmlStream<Io, Element>)
where
    Io: tokio::io::AsyncBufRead + tokio::io::AsyncWrite + Unpin,
{
    leave_with_stream_error(stream, &stream_error("policy-violation", None)).await;
}

/// A stream error of `condition` (RFC 6120 4.9.3), with an
/// application-specific `detail` element.
pub fn stream_error(condition: &str, detail: Option<Element>) -> Element {
    let mut error = Element::builder("error", ns::STREAM)
        .append(Element::builder(condition, ns::XMPP_STREAMS).build())
        .build();
    if let Some(detail) = detail {
        error.append_child(detail);
    }
    error
}

/// Send `error` and close our side, within 500 ms at most.
pub async fn leave_with_stream_error<Io>(stream: &mut XmlStream<Io, Element>, error: &Element)
where
    Io: tokio::io::AsyncBufRead + tokio::io::AsyncWrite + Unpin,
{
    diag::xml("send", error);
    let leave = async {
        if stream.send(error).await.is_ok() {
            diag::trace("send </stream:stream>");
            let _ = stream.shutdown().await;
        }
    };
    let _ = tokio::time::timeout(Duration::from_millis(500), leave).await;
}
