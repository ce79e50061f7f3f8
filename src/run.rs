//! One run: the request goes to its command on a runtime, and whatever
//! the command reports or returns goes to the output.

use crate::commands::{
    disco, iq, listen,
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
    MucJoin(join::Request),
    MucSay(say::Request),
    MucRooms(Option<String>),
    MucInfo(String),
    MucList(String, admin::ListKind),
    MucAffiliation(admin::AffiliationChange),
    MucConfig(String, Vec<owner::FieldAssignment>),
    MucCreate(String, Vec<owner::FieldAssignment>),
    MucDestroy(String, Option<String>),
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

/// Run `request` and hand its results to `output`.
pub fn run(request: Request, settings: &Settings) -> Result<()> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::internal(format!("cannot start the runtime: {e}")))?;
    let outcome = runtime.block_on(execute(request, settings, settings.output));
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
        Request::Upload(r) => shown(out, upload::run(&r, settings).await),
        Request::Completions(_) | Request::Man => {
            unreachable!("main prints these without a session")
        }
    }
}

/// A command's outcome, printed when it succeeded.
fn shown<T: crate::output::Show>(out: Output, outcome: Result<T>) -> Result<()> {
    out.show(&outcome?);
    Ok(())
}
