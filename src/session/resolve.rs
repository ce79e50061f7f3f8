//! Where to connect: `--server`, else DNS SRV (RFC 6120 section 3.2,
//! XEP-0368), else the domain itself on port 5222.

use std::net::SocketAddr;

use hickory_resolver::{TokioResolver, proto::rr::RData};

use crate::error::io_reason;
use crate::error::{Error, Result};

/// How TLS is started.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TlsMode {
    /// Direct TLS SRV records, then STARTTLS ones, else domain:5222 STARTTLS.
    Auto,
    StartTls,
    /// TLS from the first byte (XEP-0368).
    Direct,
}

impl std::str::FromStr for TlsMode {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s {
            "auto" => Ok(TlsMode::Auto),
            "starttls" => Ok(TlsMode::StartTls),
            "direct" => Ok(TlsMode::Direct),
            other => Err(format!("unknown TLS mode {other:?}")),
        }
    }
}

/// `--server HOST[:PORT]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerAddr {
    pub host: String,
    pub port: Option<u16>,
}

impl std::str::FromStr for ServerAddr {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        // [v6]:port, [v6], host:port, host
        let (host, port) = if let Some(rest) = s.strip_prefix('[') {
            let (host, after) = rest
                .split_once(']')
                .ok_or_else(|| format!("unclosed '[' in server address {s:?}"))?;
            (host, after.strip_prefix(':'))
        } else if s.matches(':').count() == 1 {
            let (host, port) = s.split_once(':').expect("one colon");
            (host, Some(port))
        } else {
            (s, None)
        };
        if host.is_empty() {
            return Err(format!("empty host in server address {s:?}"));
        }
        let port = port
            .map(|p| {
                p.parse::<u16>()
                    .map_err(|_| format!("invalid port {p:?} in {s:?}"))
            })
            .transpose()?;
        Ok(ServerAddr {
            host: host.to_string(),
            port,
        })
    }
}

/// One place to try: a host name or address, a port, and how TLS starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    pub host: String,
    pub port: u16,
    pub direct_tls: bool,
}

impl std::fmt::Display for Endpoint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let how = if self.direct_tls {
            "direct TLS"
        } else {
            "STARTTLS"
        };
        write!(f, "{}:{} ({how})", self.host, self.port)
    }
}

const STARTTLS_PORT: u16 = 5222;
const DIRECT_TLS_PORT: u16 = 5223;

/// The ASCII form (IDNA A-labels) of a domain, as DNS and certificates
/// spell it: `münchen.example` is `xn--mnchen-3ya.example`.
pub fn ascii_domain(domain: &str) -> Result<String> {
    idna::domain_to_ascii(domain)
        .map_err(|_| Error::usage(format!("{domain} is not a valid domain name")))
}

/// The endpoints to try, best first.
pub async fn endpoints(
    domain: &str,
    server: Option<&ServerAddr>,
    mode: TlsMode,
) -> Result<Vec<Endpoint>> {
    let domain = &ascii_domain(domain)?;
    if let Some(server) = server {
        let direct_tls = mode == TlsMode::Direct;
        let default_port = if direct_tls {
            DIRECT_TLS_PORT
        } else {
            STARTTLS_PORT
        };
        let host = if server.host.parse::<std::net::IpAddr>().is_ok() {
            server.host.clone()
        } else {
            ascii_domain(&server.host)?
        };
        return Ok(vec![Endpoint {
            host,
            port: server.port.unwrap_or(default_port),
            direct_tls,
        }]);
    }
    if domain.parse::<std::net::IpAddr>().is_ok() {
        return Ok(vec![fallback(domain, mode)]);
    }
    let resolver = TokioResolver::builder_tokio()
        .map_err(|e| Error::network(format!("cannot read the system DNS configuration: {e}")))?
        .build()
        .map_err(|e| Error::network(format!("cannot set up DNS resolution: {e}")))?;
    let mut records = Vec::new();
    if mode != TlsMode::StartTls {
        records.extend(srv_records(&resolver, "_xmpps-client._tcp", domain, true).await);
    }
    if mode != TlsMode::Direct {
        records.extend(srv_records(&resolver, "_xmpp-client._tcp", domain, false).await);
    }
    // A single "." target means the service is decidedly not available.
    if records.len() == 1 && records[0].endpoint.host.is_empty() {
        return Err(Error::network(format!(
            "{domain} announces in DNS that it offers no XMPP client service"
        )));
    }
    records.retain(|r| !r.endpoint.host.is_empty());
    if records.is_empty() {
        return Ok(vec![fallback(domain, mode)]);
    }
    Ok(order_srv(records, &mut rand::rng()))
}

fn fallback(domain: &str, mode: TlsMode) -> Endpoint {
    let direct_tls = mode == TlsMode::Direct;
    Endpoint {
        host: domain.to_string(),
        port: if direct_tls {
            DIRECT_TLS_PORT
        } else {
            STARTTLS_PORT
        },
        direct_tls,
    }
}

#[derive(Debug, Clone)]
struct SrvRecord {
    priority: u16,
    weight: u16,
    endpoint: Endpoint,
}

/// Any lookup failure counts as "no records": the fallback still applies.
async fn srv_records(
    resolver: &TokioResolver,
    service: &str,
    domain: &str,
    direct_tls: bool,
) -> Vec<SrvRecord> {
    let name = format!("{service}.{domain}.");
    let Ok(lookup) = resolver.srv_lookup(name.as_str()).await else {
        crate::diag::phase(format_args!("no SRV records for {name}"));
        return Vec::new();
    };
    lookup
        .answers()
        .iter()
        .filter_map(|record| match &record.data {
            RData::SRV(srv) => Some(SrvRecord {
                priority: srv.priority,
                weight: srv.weight,
                endpoint: Endpoint {
                    host: srv.target.to_ascii().trim_end_matches('.').to_string(),
                    port: srv.port,
                    direct_tls,
                },
            }),
            _ => None,
        })
        .collect()
}

/// RFC 2782 order: ascending priority; within one priority, a weighted
/// random pick repeated until none is left. At equal priority and weight,
/// direct TLS comes first (XEP-0368) because the sort below is stable.
fn order_srv(mut records: Vec<SrvRecord>, rng: &mut impl rand::RngExt) -> Vec<Endpoint> {
    records.sort_by_key(|r| (r.priority, !r.endpoint.direct_tls));
    let mut ordered = Vec::with_capacity(records.len());
    while !records.is_empty() {
        let priority = records[0].priority;
        let group_len = records
            .iter()
            .take_while(|r| r.priority == priority)
            .count();
        let mut group: Vec<SrvRecord> = records.drain(..group_len).collect();
        while !group.is_empty() {
            let total: u32 = group.iter().map(|r| u32::from(r.weight)).sum();
            let mut pick = if total == 0 {
                0
            } else {
                rng.random_range(0..=total)
            };
            let index = group
                .iter()
                .position(|r| {
                    if pick <= u32::from(r.weight) {
                        true
                    } else {
                        pick -= u32::from(r.weight);
                        false
                    }
                })
                .unwrap_or(0);
            ordered.push(group.remove(index).endpoint);
        }
    }
    ordered
}

/// The socket addresses of an endpoint, through the system resolver (so
/// /etc/hosts applies).
pub async fn socket_addrs(endpoint: &Endpoint) -> Result<Vec<SocketAddr>> {
    let addrs = tokio::net::lookup_host((endpoint.host.as_str(), endpoint.port))
        .await
        .map_err(|e| {
            let reason = io_reason(&e);
            let error = Error::network(format!("cannot resolve {}: {reason}", endpoint.host));
            if reason.contains("Temporary") {
                error.transient()
            } else {
                error.with_hint("check the domain of the JID, or give the host with --server")
            }
        })?;
    Ok(addrs.collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(priority: u16, weight: u16, host: &str, direct_tls: bool) -> SrvRecord {
        SrvRecord {
            priority,
            weight,
            endpoint: Endpoint {
                host: host.into(),
                port: 1,
                direct_tls,
            },
        }
    }

    #[test]
    fn srv_order_is_by_priority_then_direct_tls_first() {
        let records = vec![
            rec(20, 0, "late", false),
            rec(10, 0, "starttls", false),
            rec(10, 0, "direct", true),
        ];
        let hosts: Vec<String> = order_srv(records, &mut rand::rng())
            .into_iter()
            .map(|e| e.host)
            .collect();
        assert_eq!(hosts, ["direct", "starttls", "late"]);
    }

    #[test]
    fn zero_weight_records_are_never_lost() {
        let records = vec![
            rec(1, 0, "a", false),
            rec(1, 5, "b", false),
            rec(1, 0, "c", false),
        ];
        let mut hosts: Vec<String> = order_srv(records, &mut rand::rng())
            .into_iter()
            .map(|e| e.host)
            .collect();
        hosts.sort();
        assert_eq!(hosts, ["a", "b", "c"]);
    }

    #[test]
    fn international_domains_use_their_ascii_form() {
        assert_eq!(
            ascii_domain("münchen.example").unwrap(),
            "xn--mnchen-3ya.example"
        );
        assert_eq!(ascii_domain("Example.ORG").unwrap(), "example.org");
    }

    #[test]
    fn server_addresses_parse() {
        let p = |s: &str| s.parse::<ServerAddr>();
        assert_eq!(p("example.org").unwrap().port, None);
        assert_eq!(p("example.org:5223").unwrap().port, Some(5223));
        assert_eq!(p("[::1]:5222").unwrap().host, "::1");
        assert_eq!(p("::1").unwrap().host, "::1");
        assert!(p("example.org:x").is_err());
        assert!(p(":5222").is_err());
    }
}
