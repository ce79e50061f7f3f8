//! The DNS part of `check`: the SRV records of the domain and, when it has
//! no client records, its addresses for the fallback to port 5222.

use crate::error::Result;
use crate::records::{DnsFindings, SrvEntry};
use crate::session::resolve::{self, Endpoint, SrvRecord, TlsMode};

/// RFC 6120 3.2.1: the fallback when a domain has no client SRV records.
const FALLBACK_PORT: u16 = 5222;

/// The DNS findings and the targets to probe, best first, in `mode`.
pub async fn lookup(domain: &str, mode: TlsMode) -> Result<(DnsFindings, Vec<Endpoint>)> {
    let resolver = resolve::resolver()?;
    let mut errors = Vec::new();
    let mut records = |found: std::result::Result<Vec<SrvRecord>, String>, name: &str| {
        let mut found = found.unwrap_or_else(|reason| {
            errors.push(format!("{name}.{domain}: {reason}"));
            Vec::new()
        });
        found.sort_by_key(|r| (r.priority, std::cmp::Reverse(r.weight)));
        found
    };
    let direct = records(
        resolve::srv_lookup(&resolver, "_xmpps-client._tcp", domain, true).await,
        "_xmpps-client._tcp",
    );
    let starttls = records(
        resolve::srv_lookup(&resolver, "_xmpp-client._tcp", domain, false).await,
        "_xmpp-client._tcp",
    );
    let server = records(
        resolve::srv_lookup(&resolver, "_xmpp-server._tcp", domain, false).await,
        "_xmpp-server._tcp",
    );
    let wanted = |r: &&SrvRecord| match mode {
        TlsMode::Auto => true,
        TlsMode::StartTls => !r.endpoint.direct_tls,
        TlsMode::Direct => r.endpoint.direct_tls,
    };
    // A "." target says there is no service there: nothing to probe.
    let mut targets: Vec<Endpoint> = direct
        .iter()
        .chain(&starttls)
        .filter(wanted)
        .filter(|r| !r.endpoint.host.is_empty())
        .map(|r| r.endpoint.clone())
        .collect();
    let fallback = direct.is_empty() && starttls.is_empty();
    let mut addresses = Vec::new();
    if fallback {
        let endpoint = Endpoint {
            host: domain.to_string(),
            port: FALLBACK_PORT,
            direct_tls: false,
        };
        match resolve::socket_addrs(&endpoint).await {
            Ok(found) => addresses = found.iter().map(|a| a.ip().to_string()).collect(),
            Err(e) => errors.push(e.message),
        }
        targets.push(endpoint);
    }
    let entries = |records: Vec<SrvRecord>| {
        records
            .into_iter()
            .map(|r| SrvEntry {
                priority: r.priority,
                weight: r.weight,
                port: r.endpoint.port,
                target: r.endpoint.host,
            })
            .collect()
    };
    let findings = DnsFindings {
        xmpps_client: entries(direct),
        xmpp_client: entries(starttls),
        xmpp_server: entries(server),
        fallback,
        addresses,
        errors,
    };
    Ok((findings, targets))
}
