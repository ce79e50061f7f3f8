//! Ctrl-C (SIGINT) and SIGTERM as an event, so long-running commands
//! (`listen`, `send --lines`) can close the session politely and exit 130.
//! The handlers are installed when this is created, not when first
//! awaited: a signal that arrives in between must not kill the process.

use tokio::signal::unix::{Signal, SignalKind, signal};

use crate::error::{Error, ErrorKind, Result};

pub struct Interrupt {
    interrupt: Signal,
    terminate: Signal,
}

impl Interrupt {
    pub fn install() -> Result<Interrupt> {
        let install =
            |kind| signal(kind).map_err(|e| Error::internal(format!("cannot handle signals: {e}")));
        Ok(Interrupt {
            interrupt: install(SignalKind::interrupt())?,
            terminate: install(SignalKind::terminate())?,
        })
    }

    /// Resolves when either signal arrives.
    pub async fn received(&mut self) {
        tokio::select! {
            _ = self.interrupt.recv() => {}
            _ = self.terminate.recv() => {}
        }
    }
}

/// The error a command returns after closing politely on a signal.
pub fn interrupted() -> Error {
    Error::new(ErrorKind::Interrupted, "interrupted")
}
