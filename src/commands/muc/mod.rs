//! `muc`: multi-user chat rooms (XEP-0045). Entering and leaving a room is
//! in `occupancy`; the commands built on it are `join` and `say`; rooms are
//! found and described by `discover`, administered by `admin` (muc#admin:
//! affiliation and role lists) and `owner` (muc#owner: configuration form,
//! creation, destruction). `room` holds what they all share: a room's
//! address and the IQs sent to it.
//!
//! xmpp-parsers has no types for muc#admin and muc#owner, and its
//! `muc::user::Item` insists on full JIDs, so those payloads are read and
//! built as raw elements here.

pub mod admin;
pub mod discover;
pub mod join;
pub mod occupancy;
pub mod owner;
pub mod room;
pub mod say;

pub use occupancy::{Change, JoinOptions, dropped_from, join, reenter, removed};
pub use room::parse_room;
