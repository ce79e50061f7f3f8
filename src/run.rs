//! One run: the request goes to its command on a runtime, and whatever
//! the command reports or returns goes to the output.

use crate::commands::{
    adhoc, admin as server_admin, bookmarks, check, disco, history, iq, listen,
    muc::{admin, discover, join, owner, say},
    ping, presence, roster, send, upload,
};
use crate::config::Settings;
use crate::error::{Error, Result};
use crate::output::Output;
use crate::records::Answered;

/// What the command line asked for, in plain values.
#[derive(Debug)]
pub enum Request {
    Send(send::Request),
    SendDryRun(send::Request),
    Listen(listen::Request),
    Ping(ping::Request),
    RosterList,
    RosterAdd(roster::Addition),
    RosterRemove(String),
    PresenceList(Option<f64>),
    PresenceSet(presence::Announcement),
    Subscription(presence::SubscriptionAction, String),
    Iq {
        xml: Option<String>,
        /// JSON Lines instead of one array.
        lines: bool,
    },
    DiscoInfo(disco::Request),
    DiscoItems(disco::Request),
    Version(String),
    Check(check::Request),
    MucJoin(join::Request),
    MucJoinBookmarks(join::Bookmarked),
    MucSay(say::Request),
    MucRooms(Option<String>),
    MucInfo(String),
    MucList(String, admin::ListKind),
    MucAffiliation(admin::AffiliationChange),
    MucConfig(String, Vec<owner::FieldAssignment>),
    MucCreate(String, Vec<owner::FieldAssignment>),
    MucDestroy(String, Option<String>),
    History(history::Request),
    AdhocList(Option<String>),
    AdhocShow(String, Option<String>),
    AdhocRun(adhoc::Request),
    Admin(server_admin::Request),
    BookmarksList,
    BookmarksAdd(bookmarks::Addition),
    BookmarksRemove(String),
    Upload(upload::Request),
    /// Shell completions for the named shell.
    Completions(String),
    Man,
}

impl Request {
    /// Whether the run needs settings (a config file, an account).
    pub fn is_offline(&self) -> bool {
        matches!(self, Request::Completions(_) | Request::Man)
    }
}

/// Run `request` and hand its results to `output`; the exit code of a run
/// that did not fail (0, except for `check`, whose verdict it is).
pub fn run(request: Request, settings: &Settings) -> Result<u8> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::internal(format!("cannot start the runtime: {e}")))?;
    if let Some(name_server) = settings.dns {
        crate::session::resolve::use_name_server(name_server);
    }
    let out = settings.output;
    let outcome = runtime.block_on(async {
        match request {
            Request::Check(r) => {
                let report = check::run(&r, settings).await?;
                out.show(&report);
                Ok(check::exit_code(&report, out.format))
            }
            other => execute(other, settings, out).await.map(|()| 0),
        }
    });
    // A stdin read still blocked on its thread (`send --lines` after
    // Ctrl-C) must not hold the exit until the input closes.
    runtime.shutdown_background();
    outcome
}

async fn execute(request: Request, settings: &Settings, out: Output) -> Result<()> {
    match request {
        Request::Send(r) => send::run(&r, settings, |sent| out.show(&sent)).await,
        Request::SendDryRun(r) => shown(out, send::dry_run(&r)),
        Request::Listen(r) => listen::run(&r, settings, |heard| out.show(&heard)).await,
        Request::Ping(r) => {
            let report = ping::run(&r, settings, |pong| out.show(&pong)).await;
            shown(out, report)
        }
        Request::RosterList => shown(out, roster::list(settings).await),
        Request::RosterAdd(r) => shown(out, roster::add(&r, settings).await),
        Request::RosterRemove(contact) => shown(out, roster::remove(&contact, settings).await),
        Request::PresenceList(wait) => shown(out, presence::list(wait, settings).await),
        Request::PresenceSet(r) => shown(out, presence::set(&r, settings).await),
        Request::Subscription(action, contact) => shown(
            out,
            presence::subscription(action, &contact, settings).await,
        ),
        Request::Iq { xml, lines } => {
            let outcome = iq::run(xml.as_deref(), settings).await?;
            if lines {
                for answer in outcome.answers {
                    if !out.show(&Answered::Answer(answer)) {
                        break;
                    }
                }
            } else {
                out.show(&outcome.answers);
            }
            outcome.failure.map_or(Ok(()), Err)
        }
        Request::DiscoInfo(r) => shown(out, disco::run_info(&r, settings).await),
        Request::DiscoItems(r) => shown(out, disco::run_items(&r, settings).await),
        Request::Version(target) => shown(out, disco::run_version(&target, settings).await),
        Request::MucJoin(r) => match r.listen {
            Some(seconds) => join::listen(&r, seconds, settings, |event| out.show(&event)).await,
            None => shown(out, join::run(&r, settings).await),
        },
        Request::MucJoinBookmarks(r) => shown(out, join::run_bookmarked(&r, settings).await),
        Request::MucSay(r) => say::run(&r, settings, |posted| out.show(&posted)).await,
        Request::MucRooms(service) => {
            shown(out, discover::run_list(service.as_deref(), settings).await)
        }
        Request::MucInfo(room) => shown(out, discover::run_info(&room, settings).await),
        Request::MucList(room, kind) => shown(out, admin::run_list(&room, kind, settings).await),
        Request::MucAffiliation(change) => {
            shown(out, admin::run_affiliation(&change, settings).await)
        }
        Request::MucConfig(room, sets) => {
            match owner::run_config(&room, &sets, settings).await? {
                owner::Configuration::Form(form) => out.show(&form),
                owner::Configuration::Set(configured) => out.show(&configured),
            };
            Ok(())
        }
        Request::MucCreate(room, sets) => {
            shown(out, owner::run_create(&room, &sets, settings).await)
        }
        Request::MucDestroy(room, reason) => shown(
            out,
            owner::run_destroy(&room, reason.as_deref(), settings).await,
        ),
        Request::History(r) => history::run(&r, settings, |record| out.show(&record)).await,
        Request::AdhocList(to) => shown(out, adhoc::list(to.as_deref(), settings).await),
        Request::AdhocShow(node, to) => {
            shown(out, adhoc::show(&node, to.as_deref(), settings).await)
        }
        Request::AdhocRun(r) => shown(out, adhoc::run(&r, settings).await),
        Request::Admin(r) => shown(out, server_admin::run(&r, settings).await),
        Request::BookmarksList => shown(out, bookmarks::list(settings).await),
        Request::BookmarksAdd(r) => shown(out, bookmarks::add(&r, settings).await),
        Request::BookmarksRemove(room) => shown(out, bookmarks::remove(&room, settings).await),
        Request::Upload(r) => shown(out, upload::run(&r, settings).await),
        Request::Completions(_) | Request::Man => {
            unreachable!("main prints these without a session")
        }
        Request::Check(_) => unreachable!("run gives check its exit code"),
    }
}

/// A command's outcome, printed when it succeeded.
fn shown<T: crate::output::Show>(out: Output, outcome: Result<T>) -> Result<()> {
    out.show(&outcome?);
    Ok(())
}
