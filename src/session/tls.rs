//! TLS client configuration and the translation of handshake failures into
//! messages a user can act on.
//!
//! tokio-xmpp builds its own rustls `ClientConfig` with no way to add trust
//! anchors, so xmppctl makes its own: system roots plus `--ca-file`, or no
//! verification at all with `--insecure`.

use std::io;
use std::path::Path;
use std::sync::Arc;

use tokio_rustls::rustls::{
    self, ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme,
    client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier},
    crypto::{CryptoProvider, ring},
    pki_types::{CertificateDer, ServerName, UnixTime, pem::PemObject},
};

use crate::error::{Error, Result, io_reason};

/// Where trust comes from for this run.
#[derive(Debug, Clone, Default)]
pub struct TrustSettings {
    pub ca_file: Option<std::path::PathBuf>,
    pub insecure: bool,
}

pub fn client_config(trust: &TrustSettings) -> Result<Arc<ClientConfig>> {
    let provider = Arc::new(ring::default_provider());
    let builder = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::tls(format!("cannot set up TLS: {e}")))?;
    let mut config = if trust.insecure {
        builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(AcceptAnyCertificate(provider)))
            .with_no_client_auth()
    } else {
        builder
            .with_root_certificates(root_store(trust.ca_file.as_deref())?)
            .with_no_client_auth()
    };
    // A one-shot process has nowhere to keep a session ticket for the next run.
    config.resumption = rustls::client::Resumption::disabled();
    Ok(Arc::new(config))
}

fn root_store(ca_file: Option<&Path>) -> Result<RootCertStore> {
    let mut roots = RootCertStore::empty();
    // Unreadable entries in the system store are skipped, as browsers do.
    roots.add_parsable_certificates(rustls_native_certs::load_native_certs().certs);
    if let Some(path) = ca_file {
        let shown = path.display();
        let pem = std::fs::read(path).map_err(|e| {
            Error::config(format!("cannot read CA file {shown}: {}", io_reason(&e)))
        })?;
        let mut added = 0;
        for cert in CertificateDer::pem_slice_iter(&pem) {
            let cert =
                cert.map_err(|e| Error::config(format!("CA file {shown} is not valid PEM: {e}")))?;
            roots.add(cert).map_err(|e| {
                Error::config(format!("CA file {shown}: unusable certificate: {e}"))
            })?;
            added += 1;
        }
        if added == 0 {
            return Err(Error::config(format!(
                "CA file {shown} holds no PEM certificate"
            )));
        }
    }
    Ok(roots)
}

/// Turn a failed handshake with `host` into a TLS error (exit 5) with a hint.
pub fn handshake_error(host: &str, e: io::Error) -> Error {
    let rustls_error = e
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<rustls::Error>());
    match rustls_error {
        Some(rustls::Error::InvalidCertificate(cert)) => certificate_error(host, cert),
        Some(rustls::Error::InvalidMessage(_)) => Error::tls(format!(
            "TLS handshake with {host} failed: the server did not answer in TLS"
        ))
        .with_hint("if this port expects STARTTLS, try --tls starttls"),
        Some(other) => Error::tls(format!("TLS handshake with {host} failed: {other}")),
        None if e.kind() == io::ErrorKind::UnexpectedEof => Error::tls(format!(
            "TLS handshake with {host} failed: the server closed the connection"
        ))
        .with_hint("if this port expects STARTTLS, try --tls starttls"),
        None => Error::network(format!(
            "connection to {host} lost during the TLS handshake: {}",
            io_reason(&e)
        )),
    }
}

fn certificate_error(host: &str, cert: &rustls::CertificateError) -> Error {
    use rustls::CertificateError as C;
    let reason = match cert {
        C::UnknownIssuer => "issued by an unknown authority".to_string(),
        C::NotValidForName | C::NotValidForNameContext { .. } => {
            format!("not valid for the name {host}")
        }
        C::Expired | C::ExpiredContext { .. } => "expired".to_string(),
        C::NotValidYet | C::NotValidYetContext { .. } => "not valid yet".to_string(),
        C::Revoked => "revoked".to_string(),
        C::BadSignature => "badly signed".to_string(),
        other => format!("{other:?}"),
    };
    let hint = match cert {
        C::Expired | C::ExpiredContext { .. } => {
            "the server's certificate has expired: its administrator needs to renew it"
        }
        C::NotValidYet | C::NotValidYetContext { .. } => {
            "check this machine's clock, or wait until the certificate becomes valid"
        }
        C::NotValidForName | C::NotValidForNameContext { .. } => {
            "check --server and the JID's domain: the certificate is for another name"
        }
        C::Revoked => "the server's certificate was revoked: its administrator needs a new one",
        _ => {
            "pass the server's CA with --ca-file PATH (or skip verification with --insecure, unsafe)"
        }
    };
    Error::tls(format!("certificate of {host} is not trusted: {reason}")).with_hint(hint)
}

/// `--insecure`: accepts any certificate but still checks handshake
/// signatures, so the session is encrypted, only not authenticated.
#[derive(Debug)]
struct AcceptAnyCertificate(Arc<CryptoProvider>);

impl ServerCertVerifier for AcceptAnyCertificate {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> std::result::Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}
