//! `--lines` for `send` and `muc say`: every input line is posted as it
//! arrives, on one session, and reported as soon as its proof comes (an
//! ack, a ping answer, a room's reflection). Each line has `--timeout` to
//! be proven; the stream lasts as long as its input. Waiting costs no CPU,
//! and memory stays flat: at most [`WINDOW`] lines are in flight, and the
//! input is not read while that many wait.

use std::time::Instant;

use tokio::io::{AsyncBufReadExt, AsyncRead, BufReader};
use xmpp_parsers::minidom::Element;

use crate::error::io_reason;
use crate::error::{Error, Result};
use crate::interrupt::Interrupt;
use crate::session::{Session, far_future};

/// Lines in flight at most; past it, stdin waits for proofs.
pub const WINDOW: usize = 1000;

/// What a command posts lines as, and how it recognises their proof.
pub trait Outbox {
    type Record;

    /// Post one line (fed, not necessarily flushed), proven by `due`;
    /// `payloads` go into each of its messages (a XEP-0066 link, say).
    async fn post(
        &mut self,
        session: &mut Session,
        line: &str,
        payloads: &[Element],
        due: Instant,
    ) -> Result<()>;

    /// Records proven since the last call, in the order to report them; an
    /// error when the server or room refused one of ours.
    fn settle(&mut self, session: &mut Session) -> Result<Vec<Self::Record>>;

    /// The earliest deadline among lines still unproven, and what a
    /// timeout there should say.
    fn next_due(&self) -> Option<(Instant, String)>;

    /// Lines posted and not yet proven.
    fn in_flight(&self) -> usize;
}

/// How the input ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// End of input: everything posted was proven.
    Input,
    /// Ctrl-C or SIGTERM: what was posted was still proven.
    Signal,
    /// `report` said stdout is gone: nothing more was read.
    Output,
}

/// Post every line of `input`, reporting each record as it is proven
/// (`report` returns false once nobody reads the output any more).
pub async fn stream<O: Outbox>(
    session: &mut Session,
    outbox: &mut O,
    input: impl AsyncRead + Unpin,
    mut report: impl FnMut(O::Record) -> bool,
) -> Result<Ended> {
    let mut interrupt = Interrupt::install()?;
    // Each line bounds its own wait; the stream has no end of its own.
    session.extend_deadline(far_future());
    let timeout = session.timeout();
    let mut lines = BufReader::new(input).lines();
    let mut ended = None;
    loop {
        for record in outbox.settle(session)? {
            if !report(record) && ended.is_none() {
                ended = Some(Ended::Output);
            }
        }
        if ended.is_some() && outbox.in_flight() == 0 {
            break;
        }
        if session.owes() {
            session.flush().await?;
        }
        let due = outbox.next_due();
        let until = due.as_ref().map_or_else(far_future, |(at, _)| *at);
        let reading = ended.is_none() && outbox.in_flight() < WINDOW;
        tokio::select! {
            line = lines.next_line(), if reading => {
                let line = line.map_err(|e| {
                    Error::usage(format!("cannot read the input: {}", io_reason(&e)))
                })?;
                match line {
                    None => ended = Some(Ended::Input),
                    Some(line) => {
                        let line = line.trim_end_matches('\r');
                        if !line.is_empty() {
                            outbox.post(session, line, &[], Instant::now() + timeout).await?;
                            session.flush().await?;
                        }
                    }
                }
            }
            more = session.pump(until) => match more {
                Ok(true) => {}
                Ok(false) => {
                    let what = due.map_or_else(String::new, |(_, what)| what);
                    return Err(Error::timeout(format!("timed out {what}"))
                        .with_hint("raise the deadline for each line with --timeout SECS"));
                }
                // Out of the race with stdin: recovering writes.
                Err(lost) => session.recover(lost).await?,
            },
            _ = interrupt.received(), if ended.is_none() => ended = Some(Ended::Signal),
        }
    }
    Ok(ended.unwrap_or(Ended::Input))
}

/// Post one message (a whole body, newlines and all, with `payloads`)
/// and wait for its proof within the run's deadline, reporting its record.
pub async fn post_one<O: Outbox>(
    session: &mut Session,
    outbox: &mut O,
    body: &str,
    payloads: &[Element],
    mut report: impl FnMut(O::Record) -> bool,
) -> Result<()> {
    outbox.post(session, body, payloads, far_future()).await?;
    while outbox.in_flight() > 0 {
        let what = outbox.next_due().map_or_else(String::new, |(_, what)| what);
        let settled = session
            .wait_for(&what, |session| match outbox.settle(session) {
                Ok(records) if records.is_empty() => None,
                settled => Some(settled),
            })
            .await?;
        for record in settled? {
            report(record);
        }
    }
    Ok(())
}
