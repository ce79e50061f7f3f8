//! One module per command: build stanzas from a plain request and the
//! settings, run them on a session, and return a typed outcome (or report
//! each record of a stream to the caller's sink). Nothing here prints.

pub mod adhoc;
pub mod admin;
pub mod body;
pub mod bookmarks;
pub mod check;
pub mod disco;
pub mod forms;
pub mod history;
pub mod iq;
pub mod lines;
pub mod listen;
pub mod muc;
pub mod ping;
pub mod presence;
pub mod roster;
pub mod send;
pub mod upload;

use crate::config::Settings;
use crate::error::Result;
use crate::session::{Errand, Session};

/// Open the session every networked command starts with.
pub async fn connect(settings: &Settings) -> Result<Session> {
    let session_settings = settings.session()?;
    Session::open(&session_settings).await
}

/// Open a session for a one-shot command that hands over its whole job
/// (`send`): the login writes it as early as is safe, possibly before the
/// server confirmed the authentication (see `session::Errand`).
pub async fn connect_with(settings: &Settings, errand: Errand) -> Result<Session> {
    let session_settings = settings.session()?;
    Session::open_with(&session_settings, Some(errand)).await
}

/// Open a session for a long-running command: resumable (XEP-0198), kept
/// alive, and reconnected after a lost connection for `--reconnect-for`.
/// One-shot commands do not ask for resumption, so a failed run leaves no
/// hibernating session on the server.
pub async fn connect_surviving(settings: &Settings) -> Result<Session> {
    let mut session_settings = settings.session()?;
    session_settings.survive = true;
    Session::open(&session_settings).await
}
