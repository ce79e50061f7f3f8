//! `ping`: XEP-0199 round trips to the server or any entity, in one session.

use std::time::Instant;

use serde::Serialize;
use xmpp_parsers::{iq::Iq, ping::Ping};

use crate::cli::PingArgs;
use crate::config::{Settings, parse_jid};
use crate::error::Result;

#[derive(Debug, Serialize)]
struct PingReport {
    jid: String,
    count: usize,
    rtt_ms: Vec<f64>,
    min_ms: f64,
    median_ms: f64,
    max_ms: f64,
}

fn millis(d: std::time::Duration) -> f64 {
    (d.as_secs_f64() * 1_000_000.0).round() / 1000.0
}

pub async fn run(args: &PingArgs, settings: &Settings) -> Result<()> {
    let target = args.target.as_deref().map(parse_jid).transpose()?;
    let mut session = super::connect(settings).await?;
    let target = target.unwrap_or_else(|| session.server());
    let mut rtts = Vec::with_capacity(args.count as usize);
    for _ in 0..args.count {
        let id = session.new_id();
        let started = Instant::now();
        session
            .query(
                Iq::from_get(id, Ping).with_to(target.clone()),
                &format!("ping {target}"),
            )
            .await?;
        let rtt = millis(started.elapsed());
        if !settings.output.is_json() {
            settings
                .output
                .line(&format!("pong from {target}: {rtt:.3} ms"));
        }
        rtts.push(rtt);
    }
    session.close().await?;
    let mut sorted = rtts.clone();
    sorted.sort_by(f64::total_cmp);
    let report = PingReport {
        jid: target.to_string(),
        count: rtts.len(),
        min_ms: sorted[0],
        median_ms: sorted[sorted.len() / 2],
        max_ms: sorted[sorted.len() - 1],
        rtt_ms: rtts,
    };
    if settings.output.is_json() {
        settings.output.json_document(&report);
    } else if report.count > 1 {
        settings.output.line(&format!(
            "{} pings: min/median/max = {:.3}/{:.3}/{:.3} ms",
            report.count, report.min_ms, report.median_ms, report.max_ms
        ));
    }
    Ok(())
}
