//! `ping`: XEP-0199 round trips to the server or any entity, in one session.

use std::time::Instant;

use xmpp_parsers::{iq::Iq, ping::Ping};

use crate::config::{Settings, parse_jid};
use crate::error::Result;
use crate::records::{PingReport, Pong};

#[derive(Debug)]
pub struct Request {
    /// Whom to ping; `None`: the account's server.
    pub target: Option<String>,
    /// Pings in the session, at least one.
    pub count: u32,
}

fn millis(d: std::time::Duration) -> f64 {
    (d.as_secs_f64() * 1_000_000.0).round() / 1000.0
}

/// Ping `count` times, reporting each pong as it comes; the summary is the
/// outcome.
pub async fn run(
    request: &Request,
    settings: &Settings,
    mut report: impl FnMut(Pong) -> bool,
) -> Result<PingReport> {
    let target = request.target.as_deref().map(parse_jid).transpose()?;
    let mut session = super::connect(settings).await?;
    let target = target.unwrap_or_else(|| session.server());
    let mut rtts = Vec::with_capacity(request.count as usize);
    for _ in 0..request.count.max(1) {
        let id = session.new_id();
        let started = Instant::now();
        session
            .query(
                Iq::from_get(id, Ping).with_to(target.clone()),
                &format!("ping {target}"),
            )
            .await?;
        let rtt = millis(started.elapsed());
        rtts.push(rtt);
        let reading = report(Pong {
            jid: target.to_string(),
            rtt_ms: rtt,
        });
        if !reading {
            break;
        }
    }
    session.close().await?;
    let mut sorted = rtts.clone();
    sorted.sort_by(f64::total_cmp);
    Ok(PingReport {
        jid: target.to_string(),
        count: rtts.len(),
        min_ms: sorted[0],
        median_ms: sorted[sorted.len() / 2],
        max_ms: sorted[sorted.len() - 1],
        rtt_ms: rtts,
    })
}
