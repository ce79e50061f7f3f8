//! One module per command: build stanzas from a plain request and the
//! settings, run them on a session, and return a typed outcome (or report
//! each record of a stream to the caller's sink). Nothing here prints.

pub mod body;
pub mod disco;
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
use crate::session::Session;

/// Open the session every networked command starts with.
pub async fn connect(settings: &Settings) -> Result<Session> {
    let session_settings = settings.session()?;
    Session::open(&session_settings).await
}
