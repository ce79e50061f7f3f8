//! `admin` (XEP-0133): the standard service-administration commands, each
//! a fixed node and a few fields run through `adhoc`'s one path. New
//! passwords come from `secret`'s sources, never from argv.

use std::path::PathBuf;

use super::adhoc::{self, Action};
use super::body::{self, Source};
use super::forms::FieldAssignment;
use crate::config::{Settings, parse_jid};
use crate::error::Result;
use crate::records::AdhocOutcome;
use crate::secret;

const NS_ADMIN: &str = "http://jabber.org/protocol/admin";

#[derive(Debug)]
pub enum Task {
    AddUser(String),
    DeleteUsers(Vec<String>),
    ChangePassword(String),
    OnlineUsers,
    UserStats(String),
    Announce(Source),
}

#[derive(Debug)]
pub struct Request {
    pub task: Task,
    /// `--new-password-file`, `--new-password-cmd`.
    pub new_password_file: Option<PathBuf>,
    pub new_password_cmd: Option<String>,
}

fn set(var: &str, value: &str) -> FieldAssignment {
    FieldAssignment {
        var: var.to_string(),
        value: value.to_string(),
    }
}

/// The node and the fields of the task. Everything is read here, before
/// connecting: a password prompt or stdin never holds a session open.
fn prepared(
    request: &Request,
    settings: &Settings,
) -> Result<(&'static str, Vec<FieldAssignment>)> {
    let new_password = |jid: &str| {
        let source = secret::new_password_source(
            request.new_password_file.clone(),
            request.new_password_cmd.clone(),
        );
        secret::obtain_new(&source, jid, settings.deadline())
    };
    let account = |jid: &str| Ok::<_, crate::error::Error>(parse_jid(jid)?.to_bare().to_string());
    Ok(match &request.task {
        Task::AddUser(jid) => {
            let jid = account(jid)?;
            let password = new_password(&jid)?;
            let password = password.expose();
            (
                "add-user",
                vec![
                    set("accountjid", &jid),
                    set("password", password),
                    set("password-verify", password),
                ],
            )
        }
        Task::ChangePassword(jid) => {
            let jid = account(jid)?;
            let password = new_password(&jid)?;
            (
                "change-user-password",
                vec![set("accountjid", &jid), set("password", password.expose())],
            )
        }
        Task::DeleteUsers(jids) => {
            let jids = jids
                .iter()
                .map(|j| account(j))
                .collect::<Result<Vec<_>>>()?;
            let sets = jids.iter().map(|j| set("accountjids", j)).collect();
            ("delete-user", sets)
        }
        Task::OnlineUsers => ("get-online-users-list", Vec::new()),
        Task::UserStats(jid) => ("user-stats", vec![set("accountjid", &account(jid)?)]),
        Task::Announce(source) => {
            let text = body::read(source)?;
            // A text-multi field: one value per line.
            let sets = text.lines().map(|line| set("announcement", line)).collect();
            ("announce", sets)
        }
    })
}

pub async fn run(request: &Request, settings: &Settings) -> Result<AdhocOutcome> {
    let (name, sets) = prepared(request, settings)?;
    let node = format!("{NS_ADMIN}#{name}");
    let mut session = super::connect(settings).await?;
    let server = session.server();
    let outcome =
        adhoc::perform(&mut session, &server, &node, &sets, Some(Action::Complete)).await?;
    session.close().await?;
    Ok(outcome)
}
