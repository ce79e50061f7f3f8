//! `upload FILE... [--to JID]... [--muc ROOM]...`: HTTP File Upload
//! (XEP-0363). Every file is checked before connecting; the service is
//! found through the account's server, its size limit is applied before
//! any slot is asked for, and each file gets its own slot just before its
//! PUT (slots expire). With `--to` or `--muc`, each URL then goes out as a
//! message with a XEP-0066 link, proven as `send` (the server's ack) and
//! as `muc say` (the room's reflection) prove theirs.
//!
//! `--timeout` bounds the XMPP waits: the run's deadline until the first
//! transfer, then a fresh one after each; a transfer is bounded only by
//! its progress (`--connect-timeout` without a byte moving).

mod content_type;
mod http;
mod service;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use xmpp_parsers::{jid::BareJid, minidom::Element, oob::Oob};

use super::lines;
use super::muc::{JoinOptions, occupancy, parse_room, say};
use super::send;
use crate::config::{Settings, parse_jid};
use crate::diag;
use crate::error::{Error, Result, io_reason};
use crate::records::Uploaded;
use crate::sanitize::sanitize;
use crate::session::{Session, tls};
use service::describe_size;

/// What to upload and where to announce it, as the command line asked.
#[derive(Debug)]
pub struct Request {
    pub files: Vec<PathBuf>,
    /// `--to`: a chat message with each URL to each of these.
    pub to: Vec<String>,
    /// `--muc`: each URL posted in each of these rooms.
    pub rooms: Vec<String>,
    /// `--message`: text before the URL in each message.
    pub message: Option<String>,
    /// `--content-type`: for every file, instead of a guess from its name.
    pub content_type: Option<String>,
}

/// A file checked before connecting: it exists, is a regular file, can
/// be read, and has a name to give the service.
struct LocalFile {
    /// The path as given, for messages and the record.
    shown: String,
    /// The name the slot asks for: the last part of the path.
    name: String,
    size: u64,
    content_type: String,
    file: std::fs::File,
}

impl LocalFile {
    fn open(path: &std::path::Path, content_type: Option<&str>) -> Result<LocalFile> {
        let shown = path.to_string_lossy().into_owned();
        let unreadable =
            |e: std::io::Error| Error::usage(format!("cannot read {shown}: {}", io_reason(&e)));
        let metadata = std::fs::metadata(path).map_err(unreadable)?;
        if metadata.is_dir() {
            return Err(Error::usage(format!("{shown} is a folder, not a file")));
        }
        if !metadata.is_file() {
            return Err(Error::usage(format!(
                "{shown} is not a regular file (its size must be known before the upload)"
            )));
        }
        let name = path
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .ok_or_else(|| Error::usage(format!("{shown} names no file")))?;
        let file = std::fs::File::open(path).map_err(unreadable)?;
        let content_type = match content_type {
            Some(given) => given.to_string(),
            None => content_type::guess(&name).to_string(),
        };
        Ok(LocalFile {
            shown,
            name,
            size: metadata.len(),
            content_type,
            file,
        })
    }
}

/// Upload every file; the records once every URL was delivered.
pub async fn run(request: &Request, settings: &Settings) -> Result<Vec<Uploaded>> {
    let files = request
        .files
        .iter()
        .map(|path| LocalFile::open(path, request.content_type.as_deref()))
        .collect::<Result<Vec<_>>>()?;
    let recipients = request
        .to
        .iter()
        .map(|to| parse_jid(to))
        .collect::<Result<Vec<_>>>()?;
    let rooms = request
        .rooms
        .iter()
        .map(|room| parse_room(room))
        .collect::<Result<Vec<_>>>()?;
    let session_settings = settings.session()?;
    let client = http::Client {
        tls: tls::client_config(&session_settings.trust)?,
        insecure: session_settings.trust.insecure,
        stall: session_settings.connect_timeout,
    };
    let mut session = Session::open(&session_settings).await?;
    let service = service::discover(&mut session).await?;
    refuse_too_large(&service, &files)?;
    let mut uploaded = Vec::new();
    for file in files {
        uploaded.push(upload_one(&mut session, &service, &client, file).await?);
        // The transfer had its own bound; what follows gets --timeout.
        session.extend_deadline(Instant::now() + session.timeout());
    }
    let text = request.message.as_deref();
    let template = send::Template::chat(recipients);
    let mut outbox = send::Outbox::new(&template);
    if !request.to.is_empty() {
        post_urls(&mut session, &mut outbox, &uploaded, text).await?;
    }
    for room in rooms {
        post_in_room(&mut session, room, &uploaded, text).await?;
    }
    let late = session.close().await?;
    outbox.late_bounce(&late)?;
    Ok(uploaded)
}

/// XEP-0363 §3: a file over the service's limit is refused before any
/// slot is asked for, so that nothing is uploaded in vain.
fn refuse_too_large(service: &service::Service, files: &[LocalFile]) -> Result<()> {
    let Some(max) = service.max_size else {
        return Ok(());
    };
    match files.iter().find(|file| file.size > max) {
        Some(file) => Err(Error::refused(format!(
            "{} is {}, but {} takes files of at most {}",
            file.shown,
            describe_size(file.size),
            service.jid,
            describe_size(max)
        ))
        .with_condition("file-too-large")),
        None => Ok(()),
    }
}

/// A slot for `file`, then its PUT, with a progress bar.
async fn upload_one(
    session: &mut Session,
    service: &service::Service,
    client: &http::Client,
    file: LocalFile,
) -> Result<Uploaded> {
    let slot = service::request_slot(
        session,
        &service.jid,
        &file.name,
        file.size,
        &file.content_type,
    )
    .await?;
    let started = Instant::now();
    let bar = progress_bar(&file.name, file.size);
    let transfer = http::Transfer {
        shown: &file.shown,
        file: file.file,
        size: file.size,
        content_type: &file.content_type,
    };
    let sha256 = client.put(&slot, transfer, &bar).await.inspect_err(|_| {
        bar.abandon();
    })?;
    bar.finish();
    diag::phase(format_args!(
        "uploaded {} ({}) in {} ms",
        file.shown,
        describe_size(file.size),
        started.elapsed().as_millis()
    ));
    Ok(Uploaded {
        file: file.shown,
        size: file.size,
        content_type: file.content_type,
        sha256,
        url: slot.get,
    })
}

/// Enter `room` (no history), post each URL, wait for each reflection,
/// leave.
async fn post_in_room(
    session: &mut Session,
    room: BareJid,
    uploaded: &[Uploaded],
    text: Option<&str>,
) -> Result<()> {
    let options = JoinOptions {
        nick: None,
        password: None,
        history: 0,
    };
    let joined = occupancy::join(session, &room, &options).await?;
    post_urls(session, &mut say::Outbox::new(room), uploaded, text).await?;
    occupancy::leave(session, &joined).await
}

/// Each URL as a message of `outbox`, each proven before the next.
async fn post_urls<O: lines::Outbox>(
    session: &mut Session,
    outbox: &mut O,
    uploaded: &[Uploaded],
    text: Option<&str>,
) -> Result<()> {
    for record in uploaded {
        let (body, link) = message(text, &record.url);
        lines::post_one(session, outbox, &body, &[link], |_| true).await?;
    }
    Ok(())
}

/// The body (the URL, after `--message` and a newline when given) and the
/// XEP-0066 link that lets clients show the file inline.
fn message(text: Option<&str>, url: &str) -> (String, Element) {
    let body = match text {
        Some(text) => format!("{text}\n{url}"),
        None => url.to_string(),
    };
    let link = Oob {
        url: url.to_string(),
        desc: None,
    };
    (body, link.into())
}

/// One line per file on stderr: name, bytes, rate, ETA. Nothing when
/// stderr is not a terminal, or with `-q`.
fn progress_bar(name: &str, size: u64) -> ProgressBar {
    let target = if diag::quiet() || !std::io::stderr().is_terminal() {
        ProgressDrawTarget::hidden()
    } else {
        ProgressDrawTarget::stderr()
    };
    let bar = ProgressBar::with_draw_target(Some(size), target);
    if let Ok(style) = ProgressStyle::with_template(
        "{msg} [{bar:24}] {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} ETA {eta}",
    ) {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_message(sanitize(name));
    bar
}
