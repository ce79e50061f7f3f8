//! The severities of `check`'s findings: what is critical, what is a
//! warning; everything else is fine.

use crate::error::{Error, ErrorKind};
use crate::records::{LoginFindings, Problem, Severity, TargetFindings, Thresholds};

/// The problems of the targets and the login, critical ones first.
pub fn problems(
    domain: &str,
    targets: &[TargetFindings],
    login: Option<(&LoginFindings, Option<&Error>)>,
    limits: &Thresholds,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut add = |severity, kind, text: String| {
        problems.push(Problem {
            severity,
            text,
            kind,
        })
    };
    let reachable = targets.iter().any(|t| t.connect_ms.is_some());
    for target in targets {
        let name = format!("{}:{} ({})", target.host, target.port, target.tls_mode);
        if let (Some(error), Some(kind)) = (&target.error, target.failure) {
            // Unreachable is critical only when no target can be reached;
            // a target that answers but fails (no TLS, garbage) always is.
            let severity = if kind == ErrorKind::Network && target.connect_ms.is_none() && reachable
            {
                Severity::Warning
            } else {
                Severity::Critical
            };
            add(severity, kind, format!("{name}: {error}"));
        }
        if target.mechanisms_before_tls.iter().any(|m| m == "PLAIN") {
            add(
                Severity::Critical,
                ErrorKind::Tls,
                format!("{name}: offers PLAIN before TLS"),
            );
        }
        if let Some(ms) = target.connect_ms
            && let Some(severity) = slowness(ms / 1000.0, limits)
        {
            add(
                severity,
                ErrorKind::Timeout,
                format!("{name}: connecting took {:.3} s", ms / 1000.0),
            );
        }
        if let Some(certificate) = &target.certificate {
            match (&certificate.error, certificate.days_left) {
                (Some(error), _) => add(
                    Severity::Critical,
                    ErrorKind::Tls,
                    format!("{name}: {error}"),
                ),
                (None, Some(days)) if days < i64::from(limits.crit_days) => add(
                    Severity::Critical,
                    ErrorKind::Tls,
                    format!("{name}: certificate of {domain} expires in {days} days"),
                ),
                (None, Some(days)) if days < i64::from(limits.warn_days) => add(
                    Severity::Warning,
                    ErrorKind::Tls,
                    format!("{name}: certificate of {domain} expires in {days} days"),
                ),
                _ => {}
            }
        }
        if let Some(sasl) = &target.sasl {
            let sasl2 = sasl.sasl2.iter().flat_map(|s| &s.mechanisms);
            if !sasl
                .mechanisms
                .iter()
                .chain(sasl2)
                .any(|m| m.starts_with("SCRAM-"))
            {
                add(
                    Severity::Warning,
                    ErrorKind::Auth,
                    format!("{name}: offers no SCRAM mechanism"),
                );
            }
        }
    }
    if let Some((login, failure)) = login {
        if let Some(error) = failure {
            add(
                Severity::Critical,
                error.kind,
                format!("login as {} failed: {}", login.jid, error.message),
            );
        }
        if let Some(severity) = login.login_ms.and_then(|ms| slowness(ms / 1000.0, limits)) {
            add(
                severity,
                ErrorKind::Timeout,
                format!(
                    "login as {} took {:.3} s",
                    login.jid,
                    login.login_ms.unwrap_or_default() / 1000.0
                ),
            );
        }
    }
    problems.sort_by_key(|p| p.severity);
    problems
}

fn slowness(seconds: f64, limits: &Thresholds) -> Option<Severity> {
    if seconds > limits.crit_time {
        Some(Severity::Critical)
    } else if seconds > limits.warn_time {
        Some(Severity::Warning)
    } else {
        None
    }
}
