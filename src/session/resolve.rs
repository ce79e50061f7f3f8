//! Where to connect: `--server`, else DNS SRV (RFC 6120 section 3.2,
//! XEP-0368), else the domain itself on port 5222.

use std::net::{IpAddr, SocketAddr};
use std::sync::OnceLock;

use hickory_resolver::{
    TokioResolver,
    config::{NameServerConfig, ResolveHosts, ResolverConfig},
    net::{NetError, runtime::TokioRuntimeProvider},
    proto::rr::RData,
};

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
    let resolver = resolver()?;
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

/// `--dns`: the one name server every lookup of this run asks, set once
/// before the command starts. Unset: the system's configuration.
static NAME_SERVER: OnceLock<SocketAddr> = OnceLock::new();

/// Send every DNS query of this run to `server` (UDP, and TCP for long
/// answers) instead of the system resolver, /etc/hosts included.
pub fn use_name_server(server: SocketAddr) {
    // A second call would come from a second run in one process: none.
    let _ = NAME_SERVER.set(server);
}

/// The DNS server `--dns ADDR[:PORT]` names (port 53 by default).
pub fn parse_name_server(text: &str) -> std::result::Result<SocketAddr, String> {
    let address: ServerAddr = text.parse()?;
    let ip: IpAddr = address
        .host
        .parse()
        .map_err(|_| format!("{:?} is not an IP address of a DNS server", address.host))?;
    Ok(SocketAddr::new(ip, address.port.unwrap_or(53)))
}

/// The resolver of this run: `--dns` when given, else the system's.
pub fn resolver() -> Result<TokioResolver> {
    let builder = match NAME_SERVER.get() {
        Some(server) => {
            let mut name_server = NameServerConfig::udp_and_tcp(server.ip());
            for connection in &mut name_server.connections {
                connection.port = server.port();
            }
            let config = ResolverConfig::from_name_servers(vec![name_server]);
            let mut builder =
                TokioResolver::builder_with_config(config, TokioRuntimeProvider::default());
            builder.options_mut().use_hosts_file = ResolveHosts::Never;
            builder
        }
        None => TokioResolver::builder_tokio().map_err(|e| {
            Error::network(format!("cannot read the system DNS configuration: {e}"))
        })?,
    };
    builder
        .build()
        .map_err(|e| Error::network(format!("cannot set up DNS resolution: {e}")))
}

/// One SRV record (RFC 2782); the empty host is the "." target.
#[derive(Debug, Clone)]
pub struct SrvRecord {
    pub priority: u16,
    pub weight: u16,
    pub endpoint: Endpoint,
}

/// Any lookup failure counts as "no records": the fallback still applies.
async fn srv_records(
    resolver: &TokioResolver,
    service: &str,
    domain: &str,
    direct_tls: bool,
) -> Vec<SrvRecord> {
    srv_lookup(resolver, service, domain, direct_tls)
        .await
        .unwrap_or_else(|reason| {
            crate::diag::phase(format_args!(
                "no SRV records for {service}.{domain}: {reason}"
            ));
            Vec::new()
        })
}

/// The SRV records of `service` (`_xmpp-client._tcp`) for `domain` (ASCII);
/// none is an empty list, a failure the reason in words.
pub async fn srv_lookup(
    resolver: &TokioResolver,
    service: &str,
    domain: &str,
    direct_tls: bool,
) -> std::result::Result<Vec<SrvRecord>, String> {
    let name = format!("{service}.{domain}.");
    let lookup = match resolver.srv_lookup(name.as_str()).await {
        Ok(lookup) => lookup,
        Err(e) if e.is_no_records_found() && !e.is_nx_domain() => return Ok(Vec::new()),
        Err(e) => return Err(lookup_reason(&e)),
    };
    Ok(lookup
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
        .collect())
}

/// A failed lookup in the user's terms.
fn lookup_reason(e: &NetError) -> String {
    if e.is_nx_domain() {
        "no such domain (NXDOMAIN)".to_string()
    } else if e.is_no_records_found() {
        "no address records".to_string()
    } else {
        e.to_string()
    }
}

/// RFC 2782 order: ascending priority; within one priority, a weighted
/// random pick repeated until none is left. At equal priority, direct TLS
/// records come before STARTTLS ones (XEP-0368): each is its own group.
fn order_srv(mut records: Vec<SrvRecord>, rng: &mut impl rand::RngExt) -> Vec<Endpoint> {
    let group = |r: &SrvRecord| (r.priority, !r.endpoint.direct_tls);
    records.sort_by_key(group);
    let mut ordered = Vec::with_capacity(records.len());
    while !records.is_empty() {
        let key = group(&records[0]);
        let group_len = records.iter().take_while(|r| group(r) == key).count();
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

/// The socket addresses of an endpoint: through the system resolver (so
/// /etc/hosts applies), or only the `--dns` server when one is given.
pub async fn socket_addrs(endpoint: &Endpoint) -> Result<Vec<SocketAddr>> {
    if let Ok(ip) = endpoint.host.parse::<IpAddr>() {
        return Ok(vec![SocketAddr::new(ip, endpoint.port)]);
    }
    if NAME_SERVER.get().is_some() {
        let lookup = resolver()?
            .lookup_ip(endpoint.host.as_str())
            .await
            .map_err(|e| {
                Error::network(format!(
                    "cannot resolve {}: {}",
                    endpoint.host,
                    lookup_reason(&e)
                ))
                .with_hint("check the domain of the JID, or give the host with --server")
            })?;
        return Ok(lookup
            .iter()
            .map(|ip| SocketAddr::new(ip, endpoint.port))
            .collect());
    }
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
        // Weights must not let a STARTTLS record jump ahead.
        for _ in 0..50 {
            let records = vec![
                rec(20, 0, "late", false),
                rec(10, 5, "starttls", false),
                rec(10, 5, "direct", true),
            ];
            let hosts: Vec<String> = order_srv(records, &mut rand::rng())
                .into_iter()
                .map(|e| e.host)
                .collect();
            assert_eq!(hosts, ["direct", "starttls", "late"]);
        }
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
