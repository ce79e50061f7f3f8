//! Test PKI generated at test time with rcgen: a private CA and server
//! certificates it signs. Nothing is checked in, so nothing expires in the repo.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use rcgen::{
    BasicConstraints, Certificate, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa,
    KeyPair, KeyUsagePurpose,
};
use tokio_rustls::rustls::{
    self, ServerConfig,
    pki_types::{CertificateDer, PrivateKeyDer, pem::PemObject},
};

use super::servers::DOMAIN;

/// A certificate authority that tests trust through `--ca-file`.
pub struct TestCa {
    cert: Certificate,
    key: KeyPair,
}

/// A server certificate and its private key, both PEM.
pub struct ServerCert {
    pub cert_pem: String,
    pub key_pem: String,
}

/// What the server certificate claims; the default is a valid certificate.
#[derive(Clone, Debug, Default)]
pub struct CertSpec {
    /// DNS names in the subjectAltName. Empty means "the hosts the server
    /// serves"; set it to other names to test hostname mismatch.
    pub names: Vec<String>,
    /// Validity entirely in the past, to test that expiry is enforced.
    pub expired: bool,
    /// Valid from yesterday until this many days from now (default: rcgen's
    /// far-off expiry), to test warnings about a coming expiry.
    pub expires_in_days: Option<i64>,
}

impl TestCa {
    pub fn new() -> Self {
        let key = KeyPair::generate().expect("generate CA key");
        let mut params = CertificateParams::new(Vec::<String>::new()).expect("CA params");
        params
            .distinguished_name
            .push(DnType::CommonName, "xmppctl test CA");
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        valid_for_a_year(&mut params);
        params.key_usages = vec![
            KeyUsagePurpose::KeyCertSign,
            KeyUsagePurpose::CrlSign,
            KeyUsagePurpose::DigitalSignature,
        ];
        let cert = params.self_signed(&key).expect("self-sign CA");
        TestCa { cert, key }
    }

    pub fn cert_pem(&self) -> String {
        self.cert.pem()
    }

    /// Writes the CA certificate (PEM) to `path` and returns the path.
    pub fn write_pem(&self, path: &Path) -> PathBuf {
        fs::write(path, self.cert_pem()).expect("write CA certificate");
        path.to_path_buf()
    }

    /// Issues a server certificate. Deliberately no IP SANs: an XMPP client
    /// must verify the domain, not the address it dialled (`--server
    /// 127.0.0.1:P`), and an IP SAN would hide a client that does the latter.
    pub fn issue_server(&self, names: &[String], expired: bool) -> ServerCert {
        self.issue_server_for(&CertSpec {
            names: names.to_vec(),
            expired,
            expires_in_days: None,
        })
    }

    /// Issues a server certificate as `spec` says (its names as given).
    pub fn issue_server_for(&self, spec: &CertSpec) -> ServerCert {
        let names = &spec.names;
        let key = KeyPair::generate().expect("generate server key");
        let mut params = CertificateParams::new(names.to_vec()).expect("server params");
        params
            .distinguished_name
            .push(DnType::CommonName, names.first().map_or("server", |s| s));
        params.is_ca = IsCa::ExplicitNoCa;
        params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
        params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
        valid_for_a_year(&mut params);
        if spec.expired {
            params.not_before = rcgen::date_time_ymd(2000, 1, 1);
            params.not_after = rcgen::date_time_ymd(2001, 1, 1);
        }
        if let Some(days) = spec.expires_in_days {
            let now = time::OffsetDateTime::now_utc();
            params.not_before = now - time::Duration::days(1);
            params.not_after = now + time::Duration::days(days);
        }
        let cert = params
            .signed_by(&key, &self.cert, &self.key)
            .expect("sign server certificate");
        ServerCert {
            cert_pem: cert.pem(),
            key_pem: key.serialize_pem(),
        }
    }
}

impl Default for TestCa {
    fn default() -> Self {
        Self::new()
    }
}

/// Certificates are made per run, so a year is plenty (and far beyond the
/// 30 days under which `check` warns); rcgen's default (the year 4096)
/// crashes ejabberd, which arms an Erlang timer for the expiry and that
/// timer cannot be set so far ahead.
fn valid_for_a_year(params: &mut CertificateParams) {
    params.not_after = (SystemTime::now() + Duration::from_secs(365 * 24 * 3600)).into();
}

/// Writes `cert` as `<dir>/<host>.crt` and `<dir>/<host>.key` for every host:
/// the names Prosody's certificate index looks up, including for SNI on the
/// direct-TLS port.
pub fn install_for_hosts(dir: &Path, hosts: &[&str], cert: &ServerCert) {
    fs::create_dir_all(dir).expect("create certificates folder");
    for host in hosts {
        fs::write(dir.join(format!("{host}.crt")), &cert.cert_pem).expect("write certificate");
        fs::write(dir.join(format!("{host}.key")), &cert.key_pem).expect("write key");
    }
}

/// A CA file that has nothing to do with any test server: trusting only it
/// must make certificate verification fail.
pub fn unrelated_ca_file(dir: &Path) -> PathBuf {
    TestCa::new().write_pem(&dir.join("unrelated-ca.crt"))
}

/// A rustls server configuration for a fake direct-TLS server of DOMAIN,
/// signed by a fresh CA whose certificate is written to `ca_file`.
pub fn fake_server_tls(ca_file: &Path) -> Arc<ServerConfig> {
    let ca = TestCa::new();
    ca.write_pem(ca_file);
    let cert = ca.issue_server(&[DOMAIN.to_string()], false);
    let certs: Vec<CertificateDer<'static>> =
        CertificateDer::pem_slice_iter(cert.cert_pem.as_bytes())
            .collect::<Result<_, _>>()
            .expect("certificate PEM");
    let key = PrivateKeyDer::from_pem_slice(cert.key_pem.as_bytes()).expect("key PEM");
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("TLS versions")
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .expect("server certificate");
    Arc::new(config)
}
