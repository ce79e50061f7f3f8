//! Surviving faults, for long-running commands (`send --lines`, `listen`,
//! `muc join --listen`, `presence set --hold`): a lost connection, a server
//! that closes the stream with a recoverable condition, or a link that
//! stops answering keepalives is reconnected with backoff and jitter.
//! XEP-0198 resumption first (the server kept our stream: exactly what it
//! had not acked is written again); else a fresh login that restores what
//! the command set up (its presence, the rooms it joined) and sends every
//! unconfirmed message again with its original id and origin-id, so a
//! recipient can recognise a duplicate.

use std::time::{Duration, Instant};

use xmpp_parsers::{minidom::Element, ns};

use super::login::{self, Resumption};
use super::{Session, SessionSettings};
use crate::diag;
use crate::error::{Error, ErrorKind, Result};

/// The longest pause between two attempts.
const MAX_BACKOFF: Duration = Duration::from_secs(30);

pub(super) struct Resilience {
    on: bool,
    settings: SessionSettings,
    last_heard: Instant,
    /// A keepalive probe went out; the link is dead if nothing comes by then.
    probe_due: Option<Instant>,
    /// What a fresh login sends again, by key (own presence, each room).
    restore: Vec<(String, Element)>,
}

impl Resilience {
    pub(super) fn new(settings: &SessionSettings) -> Self {
        Resilience {
            // On once the session is open: a failing first login is the
            // caller's to retry (`--retry`), not a reconnect.
            on: false,
            settings: settings.clone(),
            last_heard: Instant::now(),
            probe_due: None,
            restore: Vec::new(),
        }
    }

    pub(super) fn stop(&mut self) {
        self.on = false;
    }

    /// The session is open: a long-running command's faults are survived.
    pub(super) fn start(&mut self) {
        self.on = self.settings.survive && !self.settings.reconnect_for.is_zero();
        self.heard();
    }

    /// When the next keepalive probe is due, or when the one sent expires.
    pub(super) fn keepalive_at(&self) -> Option<Instant> {
        let interval = self.settings.keepalive;
        if !self.on || interval.is_zero() {
            return None;
        }
        Some(self.probe_due.unwrap_or(self.last_heard + interval))
    }

    pub(super) fn heard(&mut self) {
        self.last_heard = Instant::now();
        self.probe_due = None;
    }
}

/// Whether reconnecting could help: the connection was lost or closed,
/// or the server ended the stream for a reason that passes (restart,
/// timeout, reset, another host). Never a refusal, a violation of ours or
/// theirs, or an authentication failure.
fn recoverable(error: &Error) -> bool {
    error.kind == ErrorKind::Network && (error.transient || error.condition.is_none())
}

impl Session {
    /// What a fresh login must send again, under `key` (e.g. "presence", a
    /// room); `None` forgets it (the room was left).
    pub fn restore_after_login(&mut self, key: &str, stanza: Option<Element>) {
        let restore = &mut self.resilience.restore;
        restore.retain(|(k, _)| k != key);
        if let Some(stanza) = stanza {
            restore.push((key.to_string(), stanza));
        }
    }

    /// Send again what [`Session::restore_after_login`] keeps under `key`
    /// (a room dropped our presence: enter it again); nothing if none.
    pub async fn resend_restored(&mut self, key: &str) -> Result<()> {
        let kept = self.resilience.restore.iter().find(|(k, _)| k == key);
        if let Some((_, stanza)) = kept.cloned() {
            self.send(stanza).await?;
        }
        Ok(())
    }

    /// A quiet interval passed: probe the link, or give it up when the
    /// last probe was not answered either.
    pub(super) fn keep_alive(&mut self) -> Result<()> {
        let interval = self.resilience.settings.keepalive;
        if self.resilience.probe_due.is_some() {
            return Err(Error::network(format!(
                "the server stopped answering (nothing for {} s after a keepalive)",
                interval.as_secs_f64()
            )));
        }
        if self.sm.is_on() {
            self.owed.push(Element::builder("r", ns::SM).build());
        } else {
            // Any answer will do: a ping to the server.
            self.queue_ping();
        }
        self.resilience.probe_due = Some(Instant::now() + interval);
        Ok(())
    }

    /// After `error`, get a working stream back or fail: `error` itself
    /// when reconnecting cannot help (or the command does not reconnect),
    /// an authentication failure at once, and after `--reconnect-for` a
    /// network error counting what was never confirmed.
    pub async fn recover(&mut self, error: Error) -> Result<()> {
        let forecast_failed = std::mem::take(&mut self.forecast_failed);
        if std::mem::take(&mut self.token_refused) || forecast_failed {
            // The token file is gone: this login uses the password. Or
            // what rode on the features cache was wrong: this one waits
            // for the features.
            let mut settings = self.resilience.settings.clone();
            if forecast_failed {
                super::forecast::proved_wrong(&error);
                settings.forecast = false;
            }
            self.log_in_again(&settings).await?;
            return Ok(());
        }
        if !self.resilience.on || !recoverable(&error) {
            return Err(error);
        }
        let lost_at = Instant::now();
        let reconnect_for = self.resilience.settings.reconnect_for;
        let give_up = lost_at + reconnect_for;
        let mut backoff = Duration::from_millis(250);
        loop {
            let attempt_deadline = Instant::now() + self.resilience.settings.connect_timeout;
            let attempt =
                tokio::time::timeout_at(attempt_deadline.into(), self.reestablish()).await;
            let failure = match attempt {
                Ok(Ok(how)) => {
                    self.resilience.heard();
                    diag::notice(format_args!(
                        "connection lost ({error}); {how} after {:.1} s",
                        lost_at.elapsed().as_secs_f64()
                    ));
                    return Ok(());
                }
                Ok(Err(e)) if matches!(e.kind, ErrorKind::Auth | ErrorKind::Tls) => return Err(e),
                Ok(Err(e)) => e,
                Err(_) => Error::timeout("no progress within --connect-timeout"),
            };
            // Jitter: many clients cut off at once do not return at once.
            let pause = backoff.mul_f64(rand::random_range(0.5..1.5));
            if Instant::now() + pause >= give_up {
                let unconfirmed = self.outbound.unconfirmed();
                return Err(Error::network(format!(
                    "connection lost ({error}) and not regained within --reconnect-for {} s \
                     (last attempt: {failure}); {unconfirmed} stanza(s) never confirmed",
                    reconnect_for.as_secs_f64()
                )));
            }
            diag::phase(format_args!(
                "reconnecting failed ({failure}); next attempt in {} ms",
                pause.as_millis()
            ));
            tokio::time::sleep(pause).await;
            backoff = (backoff * 2).min(MAX_BACKOFF);
        }
    }

    /// One attempt: resume the stream, else log in afresh. Says which.
    async fn reestablish(&mut self) -> Result<String> {
        let mut settings = self.resilience.settings.clone();
        // The run's deadline is long gone for a long-running command; this
        // attempt has --connect-timeout.
        settings.deadline = Instant::now() + settings.connect_timeout;
        if let Some(previd) = self.sm.resume_id().map(String::from) {
            let handled = self.inbox.handled(self.sm.received());
            match login::resume(&settings, &previd, handled).await? {
                Resumption::Resumed { stream, h } => {
                    self.stream = *stream;
                    self.owed.clear();
                    self.sm.resumed(h, handled);
                    self.outbound.acked(h);
                    let again = self.outbound.take_unconfirmed(false);
                    let count = again.len();
                    for (ticket, stanza) in again {
                        self.write_stanza(stanza, Some(ticket)).await?;
                    }
                    self.request_confirmation();
                    self.flush_once().await?;
                    return Ok(match count {
                        0 => "resumed".to_string(),
                        n => format!("resumed, {n} unacknowledged stanza(s) sent again"),
                    });
                }
                Resumption::Failed { h } => {
                    if let Some(h) = h {
                        self.outbound.acked(h);
                    }
                    diag::phase("the server could not resume the stream; logging in again");
                }
            }
        }
        self.log_in_again(&settings).await
    }

    /// A fresh login on a new connection, then what the command set up
    /// and every unconfirmed stanza again. Says what it did.
    async fn log_in_again(&mut self, settings: &SessionSettings) -> Result<String> {
        let mut progress = login::Progress::default();
        // Boxed: a fresh session waits through the same driver that
        // brought us here.
        let fresh = Box::pin(login::establish(settings, &mut progress, None)).await?;
        self.stream = fresh.stream;
        self.jid = fresh.jid;
        self.sm = fresh.sm;
        self.awaiting = fresh.awaiting;
        self.forecast = fresh.forecast;
        self.owed.clear();
        self.refusal = None;
        // Stanzas received before are still ours, but no longer counted.
        self.inbox.forget_sequences();
        for (_, stanza) in self.resilience.restore.clone() {
            self.write_stanza(stanza, None).await?;
        }
        let again = self.outbound.take_unconfirmed(true);
        let count = again.len();
        for (ticket, stanza) in again {
            self.write_stanza(stanza, Some(ticket)).await?;
        }
        self.request_confirmation();
        if self.footer != super::Footer::Unsent {
            // The errand had left; it leaves again behind its stanzas (or
            // at the close, when a ping must confirm them).
            self.footer = if self.sm.counting() {
                super::Footer::Due
            } else {
                super::Footer::Unsent
            };
        }
        self.flush_once().await?;
        Ok(match count {
            0 => "logged in again".to_string(),
            n => format!("logged in again, {n} unconfirmed stanza(s) sent again"),
        })
    }
}
