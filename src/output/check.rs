//! `check`'s report in its three forms: text sections (one per target,
//! problems last), one JSON document, and the monitoring-plugin line.

use serde_json::Value;

use super::{NagiosStatus, Show, align, document};
use crate::records::{CheckReport, Severity, SrvEntry, TargetFindings};

impl Show for CheckReport {
    fn text(&self) -> Vec<String> {
        let mut lines = vec![format!("check of {}", self.domain)];
        if let Some(dns) = &self.dns {
            lines.push(String::new());
            lines.push("DNS".into());
            let mut rows = Vec::new();
            for (service, records) in [
                ("_xmpps-client._tcp", &dns.xmpps_client),
                ("_xmpp-client._tcp", &dns.xmpp_client),
                ("_xmpp-server._tcp", &dns.xmpp_server),
            ] {
                rows.push([service.to_string(), srv_text(records)]);
            }
            if dns.fallback {
                rows.push([
                    "fallback".into(),
                    format!("{}:5222 ({})", self.domain, list(&dns.addresses)),
                ]);
            }
            for error in &dns.errors {
                rows.push(["error".into(), error.clone()]);
            }
            lines.extend(indented(&rows));
        }
        for target in &self.targets {
            lines.push(String::new());
            lines.push(format!(
                "Target {}:{} ({})",
                target.host, target.port, target.tls_mode
            ));
            lines.extend(indented(&target_rows(target)));
        }
        if let Some(login) = &self.login {
            lines.push(String::new());
            lines.push(format!("Login as {}", login.jid));
            let ms = |v: Option<f64>| v.map_or("-".into(), |ms| format!("{ms:.1} ms"));
            let mut rows = vec![
                ["login".to_string(), ms(login.login_ms)],
                ["ping".to_string(), ms(login.ping_ms)],
                ["stream management".to_string(), yes_no(login.sm).into()],
            ];
            if let Some(error) = &login.error {
                rows.push(["error".into(), error.clone()]);
            }
            lines.extend(indented(&rows));
        }
        if let Some(services) = &self.services {
            lines.push(String::new());
            lines.push("Services".into());
            let upload = services.upload.as_ref().map_or("-".into(), |u| {
                let size = u
                    .max_size
                    .map_or("no size limit".into(), |s| format!("max {s} bytes"));
                format!("{} ({size})", u.jid)
            });
            let rows = [
                ["upload".to_string(), upload],
                [
                    "muc".to_string(),
                    services.muc.clone().unwrap_or("-".into()),
                ],
                ["mam".to_string(), yes_no(services.mam).into()],
                ["carbons".to_string(), yes_no(services.carbons).into()],
            ];
            lines.extend(indented(&rows));
        }
        lines.push(String::new());
        if self.problems.is_empty() {
            lines.push("No problems".into());
        } else {
            lines.push("Problems".into());
            for problem in &self.problems {
                lines.push(format!(
                    "  {}: {}",
                    severity_name(problem.severity),
                    problem.text
                ));
            }
        }
        lines
    }

    fn json(&self) -> Vec<Value> {
        vec![document(self)]
    }

    /// `XMPP STATUS - summary | time=0.210s;1;2;0 daysvalid=45;30;7`: the
    /// plugin guidelines' performance data, numbers in the C locale.
    fn nagios(&self) -> Vec<String> {
        let status = NagiosStatus::of(self.worst());
        let summary = if self.problems.is_empty() {
            let days = self.measures.days_valid.map_or(String::new(), |d| {
                format!(", certificate valid for {d} more days")
            });
            format!("{}: {} targets fine{days}", self.domain, self.targets.len())
        } else {
            let texts: Vec<&str> = self.problems.iter().map(|p| p.text.as_str()).collect();
            format!("{}: {}", self.domain, texts.join("; "))
        };
        let limits = &self.measures.thresholds;
        let mut perfdata = Vec::new();
        if let Some(time) = self.measures.time {
            perfdata.push(format!(
                "time={time:.3}s;{};{};0",
                limits.warn_time, limits.crit_time
            ));
        }
        if let Some(days) = self.measures.days_valid {
            perfdata.push(format!(
                "daysvalid={days};{};{}",
                limits.warn_days, limits.crit_days
            ));
        }
        let mut line = format!("XMPP {} - {summary}", status.name());
        if !perfdata.is_empty() {
            line.push_str(" | ");
            line.push_str(&perfdata.join(" "));
        }
        vec![line]
    }
}

fn target_rows(target: &TargetFindings) -> Vec<[String; 2]> {
    let mut rows = Vec::new();
    let mut row = |key: &str, value: String| rows.push([key.to_string(), value]);
    if let Some(address) = &target.address {
        row("address", address.clone());
    }
    if let Some(ms) = target.connect_ms {
        row("connect", format!("{ms:.1} ms"));
    }
    if let Some(offer) = &target.starttls {
        let text = match (offer.offered, offer.required) {
            (true, true) => "offered, required",
            (true, false) => "offered, not required",
            (false, _) => "not offered",
        };
        row("STARTTLS", text.into());
        row("SASL before TLS", list(&target.mechanisms_before_tls));
    }
    if let Some(tls) = &target.tls {
        let alpn = tls
            .alpn
            .as_ref()
            .map_or(String::new(), |a| format!(", ALPN {a}"));
        row("TLS", format!("{} {}{alpn}", tls.version, tls.cipher));
    }
    if let Some(cert) = &target.certificate {
        row("certificate", list(&cert.names));
        row("names the domain", yes_no(cert.names_domain).into());
        row("issuer", cert.issuer.clone().unwrap_or("-".into()));
        if let (Some(date), Some(days)) = (&cert.not_after, cert.days_left) {
            row("expires", format!("{date} ({days} days)"));
        }
        row(
            "trusted",
            cert.error.clone().unwrap_or_else(|| "yes".into()),
        );
    }
    if let Some(sasl) = &target.sasl {
        row("SASL", list(&sasl.mechanisms));
        row("channel binding", list(&sasl.channel_binding));
        let sasl2 = sasl.sasl2.as_ref().map_or("-".into(), |s| {
            let inline: Vec<&str> = [("Bind2", s.bind2), ("SM", s.sm), ("FAST", s.fast)]
                .into_iter()
                .filter_map(|(name, on)| on.then_some(name))
                .collect();
            format!("{} (inline: {})", s.mechanisms.join(" "), list(&inline))
        });
        row("SASL2", sasl2);
    }
    if let Some(limits) = &target.limits {
        let number = |n: Option<u32>| n.map_or("-".into(), |n| n.to_string());
        row(
            "limits",
            format!(
                "max-bytes {}, idle-seconds {}",
                number(limits.max_bytes),
                number(limits.idle_seconds)
            ),
        );
    }
    if let Some(error) = &target.error {
        row("error", error.clone());
    }
    rows
}

fn indented(rows: &[[String; 2]]) -> Vec<String> {
    align(rows)
        .into_iter()
        .map(|line| format!("  {line}"))
        .collect()
}

fn srv_text(records: &[SrvEntry]) -> String {
    if records.is_empty() {
        return "-".into();
    }
    let entries: Vec<String> = records
        .iter()
        .map(|r| {
            let target = if r.target.is_empty() { "." } else { &r.target };
            format!(
                "{target}:{} (priority {}, weight {})",
                r.port, r.priority, r.weight
            )
        })
        .collect();
    entries.join(", ")
}

fn list<T: AsRef<str>>(items: &[T]) -> String {
    if items.is_empty() {
        return "-".into();
    }
    items
        .iter()
        .map(AsRef::as_ref)
        .collect::<Vec<_>>()
        .join(" ")
}

fn yes_no(on: bool) -> &'static str {
    if on { "yes" } else { "no" }
}

fn severity_name(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical => "critical",
        Severity::Warning => "warning",
    }
}
