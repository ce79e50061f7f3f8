//! Limits on XML from the network, enforced before the parser sees a byte.
//!
//! The XML stack below the session builds each top-level element whole and
//! recurses over its depth: an element 5,000 levels deep overflowed the
//! stack, and an unfinished one full of `<a/>` grew to a gigabyte (each
//! tiny child costs a few hundred bytes as a tree node). A small scanner
//! follows the byte stream instead (tags, quoted attribute values,
//! comments, processing instructions, CDATA) and keeps only counters, so it
//! fails the read the moment a limit is crossed, in constant memory.
//!
//! Depth and counts are per top-level element (a stanza, the features, a
//! SASL answer); they start over when it ends, at the stream header, and
//! at a stream restart (RFC 6120: a new `<stream:stream>` after SASL).
//! Well-formedness is the parser's job: the scanner only has to agree with
//! it on where elements begin and end.

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

use crate::error::Error;

/// Levels inside a top-level element (the stanza itself is level 1).
/// Real payloads stay under 10; servers stop well before this.
pub const MAX_DEPTH: usize = 128;
/// Children of one element: a roster or disco#items result of this many
/// entries is far beyond what people keep.
pub const MAX_CHILDREN: usize = 20_000;
pub const MAX_ATTRIBUTES: usize = 64;
/// Elements, attributes and text nodes in one top-level element: each
/// costs a few hundred bytes once parsed, so this caps the tree near
/// 30 MiB.
pub const MAX_NODES: usize = 100_000;
/// Bytes of one top-level element (servers cap stanzas at 64-256 KiB).
pub const MAX_BYTES: usize = 4 * 1024 * 1024;
/// Stream headers on one connection: the first and the one after SASL.
pub const MAX_STREAM_HEADERS: usize = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    Depth,
    Children,
    Attributes,
    Nodes,
    Bytes,
    StreamHeaders,
}

/// A limit crossed: which one, and its value. The inner error of the
/// `io::Error` a guarded read fails with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LimitExceeded {
    pub limit: Limit,
    pub max: usize,
}

impl std::fmt::Display for LimitExceeded {
    /// Reads after "the server sent" or "the input has".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let max = self.max;
        match self.limit {
            Limit::Depth => write!(f, "XML nested deeper than {max} levels"),
            Limit::Children => write!(f, "an element with more than {max} children"),
            Limit::Attributes => write!(f, "an element with more than {max} attributes"),
            Limit::Nodes => write!(
                f,
                "more than {max} elements, attributes and texts in one element"
            ),
            Limit::Bytes => write!(f, "more than {} MiB in one element", max / (1024 * 1024)),
            Limit::StreamHeaders => write!(f, "more than {max} stream headers"),
        }
    }
}

impl std::error::Error for LimitExceeded {}

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

fn exceeded(limit: Limit, max: usize) -> LimitExceeded {
    LimitExceeded { limit, max }
}

/// Where the scanner is in the markup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Text,
    /// After `<`.
    Open,
    /// In a start tag's name.
    Name,
    /// In a start tag, after its name.
    Tag,
    Value(u8),
    /// After `/` in a start tag.
    EmptyEnd,
    EndTag,
    /// After `<!`.
    Bang,
    /// `<!-` seen, `-` expected.
    CommentOpen,
    /// In a comment, with how many `-` just passed.
    Comment(u8),
    /// In CDATA, with how many `]` just passed.
    CData(u8),
    /// `<!DOCTYPE` and the like: prohibited in XMPP, skipped to `>`.
    Declaration,
    /// In a processing instruction (the XML declaration), after `?` or not.
    Instruction(bool),
}

/// Counts the markup of a byte stream against the limits.
#[derive(Debug, Clone)]
pub struct Scanner {
    state: State,
    /// Open elements: the stream counts as one when `stream` is set.
    depth: usize,
    /// Children so far of each open element inside a top-level element.
    children: Vec<usize>,
    attributes: usize,
    nodes: usize,
    bytes: usize,
    in_text: bool,
    /// The start of the current start tag's name, to spot `stream:stream`.
    name: [u8; 16],
    name_len: usize,
    /// A stream is expected around the elements (network), or not (input).
    stream: bool,
    headers: usize,
}

impl Scanner {
    /// For an XMPP stream: a header, then top-level elements, restarts.
    pub fn stream() -> Scanner {
        Scanner::new(true)
    }

    /// For a sequence of top-level elements without a stream around them.
    pub fn elements() -> Scanner {
        Scanner::new(false)
    }

    fn new(stream: bool) -> Scanner {
        Scanner {
            state: State::Text,
            depth: usize::from(stream),
            children: Vec::new(),
            attributes: 0,
            nodes: 0,
            bytes: 0,
            in_text: false,
            name: [0; 16],
            name_len: 0,
            stream,
            headers: 0,
        }
    }

    /// Scan the next bytes of the stream.
    pub fn scan(&mut self, bytes: &[u8]) -> Result<(), LimitExceeded> {
        for &byte in bytes {
            self.bytes += 1;
            if self.bytes > MAX_BYTES {
                return Err(exceeded(Limit::Bytes, MAX_BYTES));
            }
            self.step(byte)?;
        }
        Ok(())
    }

    /// Inside a top-level element (depth counts the stream as level 1).
    fn in_element(&self) -> bool {
        self.depth > usize::from(self.stream)
    }

    fn step(&mut self, byte: u8) -> Result<(), LimitExceeded> {
        self.state = match (self.state, byte) {
            (State::Text, b'<') => {
                self.in_text = false;
                State::Open
            }
            (State::Text, _) => {
                if self.in_element() && !self.in_text {
                    self.in_text = true;
                    self.count_node()?;
                }
                State::Text
            }
            (State::Open, b'/') => State::EndTag,
            (State::Open, b'!') => State::Bang,
            (State::Open, b'?') => State::Instruction(false),
            (State::Open, _) => {
                self.attributes = 0;
                self.name_len = 0;
                self.push_name(byte);
                State::Name
            }
            (State::Name, b'>') => self.start_tag(false)?,
            (State::Name, b'/') => State::EmptyEnd,
            (State::Name, b' ' | b'\t' | b'\r' | b'\n') => State::Tag,
            (State::Name, _) => {
                self.push_name(byte);
                State::Name
            }
            (State::Tag | State::EmptyEnd, b'>') => {
                self.start_tag(self.state == State::EmptyEnd)?
            }
            (State::Tag | State::EmptyEnd, b'/') => State::EmptyEnd,
            (State::Tag | State::EmptyEnd, b'"' | b'\'') => {
                self.attributes += 1;
                if self.attributes > MAX_ATTRIBUTES {
                    return Err(exceeded(Limit::Attributes, MAX_ATTRIBUTES));
                }
                self.count_node()?;
                State::Value(byte)
            }
            (State::Tag | State::EmptyEnd, _) => State::Tag,
            (State::Value(quote), _) if byte == quote => State::Tag,
            (State::Value(quote), _) => State::Value(quote),
            (State::EndTag, b'>') => {
                self.end_element();
                State::Text
            }
            (State::EndTag, _) => State::EndTag,
            (State::Bang, b'-') => State::CommentOpen,
            (State::Bang, b'[') => {
                if self.in_element() {
                    self.count_node()?;
                }
                State::CData(0)
            }
            (State::Bang | State::Declaration, b'>') => State::Text,
            (State::Bang | State::Declaration, _) => State::Declaration,
            (State::CommentOpen, _) => State::Comment(0),
            (State::Comment(dashes), b'>') if dashes >= 2 => State::Text,
            (State::Comment(dashes), b'-') => State::Comment(dashes.saturating_add(1)),
            (State::Comment(_), _) => State::Comment(0),
            (State::CData(brackets), b'>') if brackets >= 2 => State::Text,
            (State::CData(brackets), b']') => State::CData(brackets.saturating_add(1)),
            (State::CData(_), _) => State::CData(0),
            (State::Instruction(true), b'>') => State::Text,
            (State::Instruction(_), b'?') => State::Instruction(true),
            (State::Instruction(_), _) => State::Instruction(false),
        };
        Ok(())
    }

    fn push_name(&mut self, byte: u8) {
        if let Some(slot) = self.name.get_mut(self.name_len) {
            *slot = byte;
        }
        self.name_len += 1;
    }

    /// `stream` or `anything:stream`, as a stream header is named.
    fn is_stream_name(&self) -> bool {
        let name = &self.name[..self.name_len.min(self.name.len())];
        self.name_len <= self.name.len() && (name == b"stream" || name.ends_with(b":stream"))
    }

    fn count_node(&mut self) -> Result<(), LimitExceeded> {
        self.nodes += 1;
        if self.nodes > MAX_NODES {
            return Err(exceeded(Limit::Nodes, MAX_NODES));
        }
        Ok(())
    }

    fn start_tag(&mut self, empty: bool) -> Result<State, LimitExceeded> {
        let header = self.stream && self.depth <= 1 && self.is_stream_name();
        if header {
            self.headers += 1;
            if self.headers > MAX_STREAM_HEADERS {
                return Err(exceeded(Limit::StreamHeaders, MAX_STREAM_HEADERS));
            }
            self.depth = 1;
            self.element_done();
            return Ok(State::Text);
        }
        self.count_node()?;
        if let Some(siblings) = self.children.last_mut() {
            *siblings += 1;
            if *siblings > MAX_CHILDREN {
                return Err(exceeded(Limit::Children, MAX_CHILDREN));
            }
        }
        if empty {
            if !self.in_element() {
                self.element_done();
            }
            return Ok(State::Text);
        }
        self.depth += 1;
        self.children.push(0);
        if self.children.len() > MAX_DEPTH {
            return Err(exceeded(Limit::Depth, MAX_DEPTH));
        }
        Ok(State::Text)
    }

    fn end_element(&mut self) {
        if self.children.pop().is_some() {
            self.depth -= 1;
            if !self.in_element() {
                self.element_done();
            }
        } else {
            // `</stream:stream>`: the stream is over.
            self.depth = 0;
        }
    }

    /// A top-level element (or a stream header) is complete: its memory
    /// is the session's now, the next one starts from nothing.
    fn element_done(&mut self) {
        self.nodes = 0;
        self.bytes = 0;
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

    const HEADER: &str = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' \
         xmlns:stream='http://etherx.jabber.org/streams' id='a>b' version='1.0'>";

    fn scan(text: &str) -> Result<(), LimitExceeded> {
        Scanner::stream().scan(text.as_bytes())
    }

    fn nested(depth: usize) -> String {
        format!("{}{}", "<a>".repeat(depth), "</a>".repeat(depth))
    }

    fn limit(result: Result<(), LimitExceeded>) -> Option<Limit> {
        result.err().map(|e| e.limit)
    }

    #[test]
    fn depth_counts_inside_each_top_level_element() {
        let ok = format!("{HEADER}{}{}", nested(MAX_DEPTH), nested(MAX_DEPTH));
        assert_eq!(scan(&ok), Ok(()));
        let deep = format!("{HEADER}{}", nested(MAX_DEPTH + 1));
        assert_eq!(limit(scan(&deep)), Some(Limit::Depth));
        // Never closed: caught on the way down, not at the end.
        let open = format!("{HEADER}{}", "<a>".repeat(MAX_DEPTH + 1));
        assert_eq!(limit(scan(&open)), Some(Limit::Depth));
    }

    #[test]
    fn markup_in_values_comments_and_cdata_is_not_counted() {
        let tricky = "<message b='<c><d>' c=\"/>\"><!-- <e> --><![CDATA[<f>]]><?pi <g>?>\
                      <body>x &amp; y</body></message>";
        let mut scanner = Scanner::stream();
        scanner.scan(HEADER.as_bytes()).unwrap();
        scanner.scan(tricky.as_bytes()).unwrap();
        assert_eq!(scanner.depth, 1, "back in the stream");
        assert_eq!(scanner.nodes, 0, "counts start over");
    }

    #[test]
    fn split_reads_scan_like_one() {
        let text = format!("{HEADER}{}", nested(MAX_DEPTH + 1));
        let mut scanner = Scanner::stream();
        let result = text
            .as_bytes()
            .chunks(7)
            .try_for_each(|chunk| scanner.scan(chunk));
        assert_eq!(limit(result), Some(Limit::Depth));
    }

    #[test]
    fn children_attributes_nodes_and_bytes_are_capped() {
        let children = format!("{HEADER}<m>{}", "<a/>".repeat(MAX_CHILDREN + 1));
        assert_eq!(limit(scan(&children)), Some(Limit::Children));
        let attributes: String = (0..=MAX_ATTRIBUTES).map(|i| format!(" a{i}=''")).collect();
        let attributes = format!("{HEADER}<m{attributes}/>");
        assert_eq!(limit(scan(&attributes)), Some(Limit::Attributes));
        let seven = "<a><b c='' d=''/><b c='' d=''/></a>";
        let nodes = format!("{HEADER}<m>{}", seven.repeat(MAX_NODES / 7 + 1));
        assert_eq!(limit(scan(&nodes)), Some(Limit::Nodes));
        let bytes = format!("{HEADER}<m><body>{}", "x".repeat(MAX_BYTES));
        assert_eq!(limit(scan(&bytes)), Some(Limit::Bytes));
        // Many small stanzas in a row are fine: each starts from nothing.
        let many = format!("{HEADER}{}", "<presence a='1'/>".repeat(MAX_NODES));
        assert_eq!(scan(&many), Ok(()));
    }

    #[test]
    fn one_restart_after_sasl_is_allowed() {
        let restarted = format!("{HEADER}<success/>{HEADER}<stream:features/>");
        assert_eq!(scan(&restarted), Ok(()));
        let again = format!("{restarted}{HEADER}");
        assert_eq!(limit(scan(&again)), Some(Limit::StreamHeaders));
    }

    #[test]
    fn the_stream_close_ends_the_stream() {
        let mut scanner = Scanner::stream();
        scanner
            .scan(format!("{HEADER}<a/></stream:stream>").as_bytes())
            .unwrap();
        assert_eq!(scanner.depth, 0);
    }

    #[test]
    fn elements_without_a_stream_count_from_the_first_tag() {
        let mut scanner = Scanner::elements();
        assert_eq!(scanner.scan(nested(MAX_DEPTH).as_bytes()), Ok(()));
        let deep = nested(MAX_DEPTH + 1);
        assert_eq!(
            limit(Scanner::elements().scan(deep.as_bytes())),
            Some(Limit::Depth)
        );
    }

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
