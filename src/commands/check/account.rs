//! `check --login`: the configured account logs in; the login time, a ping
//! round trip, and what disco says the server offers.

use std::time::Instant;

use xmpp_parsers::{iq::Iq, jid::Jid, ping::Ping};

use super::probe::millis;
use crate::commands::disco;
use crate::config::Settings;
use crate::error::{Error, Result};
use crate::records::{Info, LoginFindings, Services, UploadService};
use crate::session::Session;

const NS_UPLOAD: &str = "urn:xmpp:http:upload:0";
const NS_MAM: &str = "urn:xmpp:mam:2";
const NS_CARBONS: &str = "urn:xmpp:carbons:2";

/// The login's findings, the services when it worked, and the failure
/// when it did not. Settings that cannot give an account are an error of
/// the run, not a finding.
pub async fn check(
    settings: &Settings,
) -> Result<(LoginFindings, Option<Services>, Option<Error>)> {
    let session_settings = settings.session()?;
    let mut findings = LoginFindings {
        jid: session_settings.jid.to_string(),
        ok: false,
        login_ms: None,
        ping_ms: None,
        sm: false,
        error: None,
    };
    let started = Instant::now();
    let outcome = async {
        let mut session = Session::open(&session_settings).await?;
        findings.login_ms = Some(millis(started.elapsed()));
        findings.ok = true;
        let pinged = Instant::now();
        let id = session.new_id();
        let server = session.server();
        session
            .query(Iq::from_get(id, Ping).with_to(server), "ping the server")
            .await?;
        findings.ping_ms = Some(millis(pinged.elapsed()));
        let services = services(&mut session).await?;
        findings.sm = session.stream_management_on();
        session.close().await?;
        Ok::<_, Error>(services)
    }
    .await;
    match outcome {
        Ok(services) => Ok((findings, Some(services), None)),
        Err(e) => {
            findings.error = Some(e.message.clone());
            Ok((findings, None, Some(e)))
        }
    }
}

/// Upload and MUC among the server's items; carbons on the server; MAM on
/// the account's own archive. An item that does not answer disco is no
/// service.
async fn services(session: &mut Session) -> Result<Services> {
    let server = session.server();
    let server_info = disco::info(session, &server, None).await?;
    let account = Jid::from(session.jid().to_bare());
    let archive = disco::info(session, &account, None).await.ok();
    let mut found = Services {
        upload: None,
        muc: None,
        mam: archive.is_some_and(|info| has_feature(&info, NS_MAM)),
        carbons: has_feature(&server_info, NS_CARBONS),
    };
    for item in disco::items(session, &server, None).await? {
        let Ok(jid) = item.jid.parse::<Jid>() else {
            continue;
        };
        let Ok(info) = disco::info(session, &jid, None).await else {
            continue;
        };
        if found.upload.is_none() && has_feature(&info, NS_UPLOAD) {
            found.upload = Some(UploadService {
                jid: info.jid.clone(),
                max_size: max_file_size(&info),
            });
        }
        let conference = info
            .identities
            .iter()
            .any(|i| i.category == "conference" && i.identity_type == "text");
        if found.muc.is_none() && conference {
            found.muc = Some(info.jid.clone());
        }
    }
    Ok(found)
}

fn has_feature(info: &Info, feature: &str) -> bool {
    info.features.iter().any(|f| f == feature)
}

/// XEP-0363 section 3: the `max-file-size` field of the upload form.
fn max_file_size(info: &Info) -> Option<u64> {
    info.forms
        .iter()
        .filter(|form| form.form_type.as_deref() == Some(NS_UPLOAD))
        .flat_map(|form| &form.fields)
        .find(|field| field.var.as_deref() == Some("max-file-size"))
        .and_then(|field| field.values.first())
        .and_then(|value| value.parse().ok())
}
