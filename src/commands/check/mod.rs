//! `check DOMAIN`: a diagnosis of a domain's XMPP service for operators and
//! monitoring: DNS, every target on its TLS mode, and with `--login` the
//! account's session and services. Failures here are findings, each with
//! a severity; only settings that cannot work are errors of the run.

mod account;
mod assess;
mod certificate;
mod dns;
mod probe;

pub use crate::records::Thresholds;

use crate::config::Settings;
use crate::error::{Error, Result};
use crate::output::{Format, NagiosStatus};
use crate::records::{CheckReport, Measures, Severity};
use crate::session::resolve;

#[derive(Debug)]
pub struct Request {
    pub domain: String,
    pub login: bool,
    pub thresholds: Thresholds,
}

pub async fn run(request: &Request, settings: &Settings) -> Result<CheckReport> {
    let thresholds = request.thresholds;
    if thresholds.crit_days > thresholds.warn_days || thresholds.crit_time < thresholds.warn_time {
        return Err(Error::usage(
            "the critical thresholds must not be looser than the warning ones",
        ));
    }
    let domain = resolve::ascii_domain(&request.domain)?;
    let (dns, endpoints) = match settings.server() {
        Some(server) => {
            let endpoints = resolve::endpoints(&domain, Some(server), settings.tls_mode()).await?;
            (None, endpoints)
        }
        None => {
            let (findings, endpoints) = dns::lookup(&domain, settings.tls_mode()).await?;
            (Some(findings), endpoints)
        }
    };
    let mut targets = Vec::with_capacity(endpoints.len());
    for endpoint in &endpoints {
        targets.push(
            probe::probe(
                endpoint,
                &domain,
                settings.trust(),
                settings.connect_timeout(),
            )
            .await,
        );
    }
    let (login, services, login_failure) = if request.login {
        let (findings, services, failure) = account::check(settings).await?;
        (Some(findings), services, failure)
    } else {
        (None, None, None)
    };
    let problems = assess::problems(
        &domain,
        &targets,
        login.as_ref().map(|l| (l, login_failure.as_ref())),
        &thresholds,
    );
    let times = targets
        .iter()
        .filter_map(|t| t.connect_ms)
        .chain(login.iter().filter_map(|l| l.login_ms));
    let measures = Measures {
        time: times.map(|ms| ms / 1000.0).reduce(f64::max),
        days_valid: targets
            .iter()
            .filter_map(|t| t.certificate.as_ref()?.days_left)
            .min(),
        thresholds,
    };
    Ok(CheckReport {
        domain,
        dns,
        targets,
        login,
        services,
        problems,
        measures,
    })
}

/// 0 when nothing is critical; else the code of the most basic critical
/// failure (unreachable 4, then TLS 5, login 6, too slow 8). A monitoring
/// plugin exits with its status instead.
pub fn exit_code(report: &CheckReport, format: Format) -> u8 {
    if format == Format::Nagios {
        return NagiosStatus::of(report.worst()).exit_code();
    }
    report
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Critical)
        .map(|p| p.kind.exit_code())
        .min()
        .unwrap_or(0)
}
