//! One target of `check`: connect, look at what the server offers before
//! TLS, start TLS, read the certificate and the features after it. No
//! credentials go over these connections, so the handshake completes
//! whatever the certificate and its verdict is only recorded.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use xmpp_parsers::{minidom::Element, stream_features::StreamFeatures};

use super::certificate;
use crate::error::{Error, Result};
use crate::records::{
    CertificateFindings, Sasl2Findings, SaslFindings, StartTlsOffer, StreamLimits, TargetFindings,
    TlsFindings,
};
use crate::session::{
    connect,
    resolve::{Endpoint, ascii_domain},
    tls::{self, TrustSettings},
};

/// XEP-0368: the ALPN protocol of direct TLS for clients.
const ALPN_XMPP_CLIENT: &[u8] = b"xmpp-client";

const NS_FAST: &str = "urn:xmpp:fast:0";

/// Probe `endpoint` for `domain`, giving up after `limit`.
pub async fn probe(
    endpoint: &Endpoint,
    domain: &str,
    trust: &TrustSettings,
    limit: Duration,
) -> TargetFindings {
    let mut findings = TargetFindings {
        host: endpoint.host.clone(),
        port: endpoint.port,
        tls_mode: if endpoint.direct_tls {
            "direct"
        } else {
            "starttls"
        },
        address: None,
        connect_ms: None,
        error: None,
        starttls: None,
        mechanisms_before_tls: Vec::new(),
        tls: None,
        certificate: None,
        sasl: None,
        limits: None,
        failure: None,
    };
    let outcome = tokio::time::timeout(limit, steps(endpoint, domain, trust, &mut findings)).await;
    let failure = match outcome {
        Ok(Ok(())) => None,
        Ok(Err(e)) => Some(e),
        Err(_) => Some(Error::timeout(format!(
            "{endpoint}: no answer within {} s",
            limit.as_secs_f64()
        ))),
    };
    if let Some(e) = failure {
        findings.error = Some(e.message);
        findings.failure = Some(e.kind);
    }
    findings
}

/// The probe's steps, each adding to `findings` before the next may fail.
async fn steps(
    endpoint: &Endpoint,
    domain: &str,
    trust: &TrustSettings,
    findings: &mut TargetFindings,
) -> Result<()> {
    let started = Instant::now();
    let (tcp, address) = connect::tcp_connect(endpoint).await?;
    findings.connect_ms = Some(millis(started.elapsed()));
    findings.address = Some(address.to_string());
    let tcp = if endpoint.direct_tls {
        tcp
    } else {
        let (features, stream) = connect::plaintext_features(tcp, endpoint, domain).await?;
        findings.starttls = Some(StartTlsOffer {
            offered: features.starttls.is_some(),
            required: features.starttls.as_ref().is_some_and(|s| s.required),
        });
        findings.mechanisms_before_tls = features.sasl_mechanisms.iter().cloned().collect();
        connect::request_starttls(stream, &features, endpoint).await?
    };
    let alpn: &[&[u8]] = if endpoint.direct_tls {
        &[ALPN_XMPP_CLIENT]
    } else {
        &[]
    };
    let (config, verifier) = tls::probing_config(trust, alpn)?;
    let tls_stream = connect::handshake(tcp, domain, config).await?;
    let connection = tls_stream.get_ref().1;
    findings.tls = Some(TlsFindings {
        version: connect::tls_version_name(connection.protocol_version()).to_string(),
        cipher: connection
            .negotiated_cipher_suite()
            .map(|s| format!("{:?}", s.suite()))
            .unwrap_or_default(),
        alpn: connection
            .alpn_protocol()
            .map(|p| String::from_utf8_lossy(p).into_owned()),
    });
    let chain = connection.peer_certificates().unwrap_or_default();
    findings.certificate = Some(certificate_findings(
        chain,
        &ascii_domain(domain)?,
        verifier.distrust(domain),
    ));
    let (features, _stream) = connect::open_encrypted(
        tls_stream,
        endpoint,
        connect::Header {
            to: domain,
            from: None,
        },
        &[],
        false,
    )
    .await?;
    describe_features(&features, findings);
    Ok(())
}

fn certificate_findings(
    chain: &[tokio_rustls::rustls::pki_types::CertificateDer<'_>],
    domain: &str,
    distrust: Option<Error>,
) -> CertificateFindings {
    let leaf = chain.first().and_then(|der| certificate::parse(der));
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    CertificateFindings {
        names_domain: leaf.as_ref().is_some_and(|leaf| {
            leaf.names
                .iter()
                .any(|name| certificate::name_covers(name, domain))
        }),
        issuer: leaf.as_ref().and_then(|leaf| leaf.issuer.clone()),
        not_after: leaf
            .as_ref()
            .map(|leaf| certificate::rfc3339(leaf.not_after)),
        days_left: leaf
            .as_ref()
            .map(|leaf| (leaf.not_after - now).div_euclid(86_400)),
        names: leaf.map(|leaf| leaf.names).unwrap_or_default(),
        chain_length: chain.len(),
        trusted: distrust.is_none(),
        error: distrust.map(|e| e.message),
    }
}

/// What the features after TLS offer: SASL (and SASL2 with its inline
/// features), channel binding, stream limits. (Stream management comes
/// after authentication: `--login` sees it.)
fn describe_features(features: &StreamFeatures, findings: &mut TargetFindings) {
    let sasl2 = features.sasl2.as_ref().map(|auth| {
        let inline = auth.inline.as_ref();
        Sasl2Findings {
            mechanisms: auth.mechanisms.clone(),
            bind2: inline.is_some_and(|i| i.bind2.is_some()),
            sm: inline.is_some_and(|i| i.sm.is_some()),
            fast: inline.is_some_and(|i| i.payloads.iter().any(|p| p.is("fast", NS_FAST))),
        }
    });
    let channel_binding = features.sasl_cb.as_ref().map_or_else(Vec::new, |cb| {
        // The type names as the feature spells them.
        Element::from(cb.clone())
            .children()
            .filter_map(|c| c.attr("type").map(String::from))
            .collect()
    });
    findings.sasl = Some(SaslFindings {
        mechanisms: features.sasl_mechanisms.iter().cloned().collect(),
        channel_binding,
        sasl2,
    });
    findings.limits = features.limits.as_ref().map(|limits| StreamLimits {
        max_bytes: limits.max_bytes.map(u32::from),
        idle_seconds: limits.idle_seconds.map(u32::from),
    });
}

pub fn millis(d: Duration) -> f64 {
    (d.as_secs_f64() * 1_000_000.0).round() / 1000.0
}
