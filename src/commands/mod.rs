//! One module per command: build stanzas from settings, run them on a
//! session, and hand results to the output.

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

use crate::config::Settings;
use crate::error::Result;
use crate::session::Session;

/// Open the session every networked command starts with.
pub async fn connect(settings: &Settings) -> Result<Session> {
    let session_settings = settings.session()?;
    Session::open(&session_settings).await
}
