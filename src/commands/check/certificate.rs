//! The few facts `check` reads from a server certificate (RFC 5280): the
//! DNS names of its subjectAltName, its issuer's name and its expiry.
//! A small DER walk rather than an X.509 crate: rustls has verified
//! nothing else of interest is needed, and these three fields sit at fixed
//! places of the TBSCertificate.

/// What a certificate says about itself.
#[derive(Debug, PartialEq, Eq)]
pub struct Certificate {
    pub names: Vec<String>,
    /// The issuer's common name, else its organisation.
    pub issuer: Option<String>,
    /// Seconds since the Unix epoch.
    pub not_after: i64,
}

const INTEGER: u8 = 0x02;
const SEQUENCE: u8 = 0x30;
const SET: u8 = 0x31;
const OID: u8 = 0x06;
const OCTET_STRING: u8 = 0x04;
const UTC_TIME: u8 = 0x17;
const GENERALIZED_TIME: u8 = 0x18;
/// `[0] EXPLICIT Version`, `[3] EXPLICIT Extensions`, `dNSName [2]`.
const VERSION: u8 = 0xa0;
const EXTENSIONS: u8 = 0xa3;
const DNS_NAME: u8 = 0x82;

const OID_SUBJECT_ALT_NAME: &[u8] = &[0x55, 0x1d, 0x11];
const OID_COMMON_NAME: &[u8] = &[0x55, 0x04, 0x03];
const OID_ORGANISATION: &[u8] = &[0x55, 0x04, 0x0a];

/// A DER reader over one level of nesting.
struct Der<'a>(&'a [u8]);

impl<'a> Der<'a> {
    /// The next element: its tag and contents.
    fn next(&mut self) -> Option<(u8, &'a [u8])> {
        let (&tag, rest) = self.0.split_first()?;
        let (&first, rest) = rest.split_first()?;
        let (len, rest) = if first < 0x80 {
            (usize::from(first), rest)
        } else {
            let count = usize::from(first & 0x7f);
            if count == 0 || count > 4 || rest.len() < count {
                return None;
            }
            let len = rest[..count]
                .iter()
                .fold(0usize, |len, &b| (len << 8) | usize::from(b));
            (len, &rest[count..])
        };
        if rest.len() < len {
            return None;
        }
        self.0 = &rest[len..];
        Some((tag, &rest[..len]))
    }

    /// The next element, which must have `tag`.
    fn expect(&mut self, tag: u8) -> Option<&'a [u8]> {
        self.next().filter(|(t, _)| *t == tag).map(|(_, body)| body)
    }
}

/// Parse a DER certificate; `None` when it is not one.
pub fn parse(der: &[u8]) -> Option<Certificate> {
    let certificate = Der(der).expect(SEQUENCE)?;
    let mut tbs = Der(Der(certificate).expect(SEQUENCE)?);
    if tbs.next()?.0 == VERSION {
        tbs.expect(INTEGER)?; // the serial number, after the version
    }
    tbs.expect(SEQUENCE)?; // signature algorithm
    let issuer = tbs.expect(SEQUENCE)?;
    let mut validity = Der(tbs.expect(SEQUENCE)?);
    validity.next()?; // notBefore
    let (time_tag, time) = validity.next()?;
    let not_after = parse_time(time_tag, time)?;
    tbs.expect(SEQUENCE)?; // subject
    tbs.expect(SEQUENCE)?; // subjectPublicKeyInfo
    let mut names = Vec::new();
    while let Some((tag, body)) = tbs.next() {
        if tag == EXTENSIONS {
            names = subject_alt_names(body)?;
        }
    }
    Some(Certificate {
        names,
        issuer: name_attribute(issuer, OID_COMMON_NAME)
            .or_else(|| name_attribute(issuer, OID_ORGANISATION)),
        not_after,
    })
}

fn subject_alt_names(extensions: &[u8]) -> Option<Vec<String>> {
    let mut list = Der(Der(extensions).expect(SEQUENCE)?);
    while let Some(extension) = list.expect(SEQUENCE) {
        let mut fields = Der(extension);
        if fields.expect(OID)? != OID_SUBJECT_ALT_NAME {
            continue;
        }
        let value = loop {
            // `critical BOOLEAN DEFAULT FALSE` may come first.
            match fields.next()? {
                (OCTET_STRING, value) => break value,
                _ => continue,
            }
        };
        let mut general_names = Der(Der(value).expect(SEQUENCE)?);
        let mut names = Vec::new();
        while let Some((tag, name)) = general_names.next() {
            if tag == DNS_NAME {
                names.push(String::from_utf8_lossy(name).into_owned());
            }
        }
        return Some(names);
    }
    Some(Vec::new())
}

/// The first value of attribute `oid` in a Name (RDNSequence).
fn name_attribute(name: &[u8], oid: &[u8]) -> Option<String> {
    let mut rdns = Der(name);
    while let Some(set) = rdns.expect(SET) {
        let mut attributes = Der(set);
        while let Some(attribute) = attributes.expect(SEQUENCE) {
            let mut fields = Der(attribute);
            if fields.expect(OID) == Some(oid) {
                let (_, value) = fields.next()?;
                return Some(String::from_utf8_lossy(value).into_owned());
            }
        }
    }
    None
}

/// UTCTime `YYMMDDHHMMSSZ` or GeneralizedTime `YYYYMMDDHHMMSSZ`, as Unix
/// seconds.
fn parse_time(tag: u8, text: &[u8]) -> Option<i64> {
    let text = std::str::from_utf8(text).ok()?.strip_suffix('Z')?;
    let (year, rest) = match tag {
        UTC_TIME => {
            let yy: i64 = text.get(..2)?.parse().ok()?;
            // RFC 5280 4.1.2.5.1: 50 and above are 19YY.
            (if yy >= 50 { 1900 + yy } else { 2000 + yy }, &text[2..])
        }
        GENERALIZED_TIME => (text.get(..4)?.parse().ok()?, &text[4..]),
        _ => return None,
    };
    if rest.len() != 10 {
        return None;
    }
    let field = |i: usize| rest[i..i + 2].parse::<i64>().ok();
    let days = days_from_civil(year, field(0)?, field(2)?);
    Some(days * 86_400 + field(4)? * 3600 + field(6)? * 60 + field(8)?)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
/// algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// RFC 3339 (UTC) of Unix seconds.
pub fn rfc3339(seconds: i64) -> String {
    let days = seconds.div_euclid(86_400);
    let time = seconds.rem_euclid(86_400);
    // The inverse of days_from_civil.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        time / 3600,
        time % 3600 / 60,
        time % 60
    )
}

/// Whether a certificate name (RFC 6125: one leading `*` label at most)
/// covers `domain`; both in ASCII.
pub fn name_covers(name: &str, domain: &str) -> bool {
    let name = name.trim_end_matches('.').to_ascii_lowercase();
    let domain = domain.trim_end_matches('.').to_ascii_lowercase();
    match name.strip_prefix("*.") {
        Some(parent) => domain
            .split_once('.')
            .is_some_and(|(label, rest)| !label.is_empty() && rest == parent),
        None => name == domain,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_convert_both_ways() {
        assert_eq!(parse_time(UTC_TIME, b"700101000000Z"), Some(0));
        assert_eq!(
            parse_time(GENERALIZED_TIME, b"20380119031408Z"),
            Some(2_147_483_648)
        );
        assert_eq!(parse_time(UTC_TIME, b"491231235959Z"), Some(2_524_607_999));
        assert_eq!(rfc3339(2_524_607_999), "2049-12-31T23:59:59Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(parse_time(UTC_TIME, b"7001010000Z"), None);
    }

    #[test]
    fn wildcards_cover_one_label() {
        assert!(name_covers("*.example.org", "chat.example.org"));
        assert!(!name_covers("*.example.org", "example.org"));
        assert!(!name_covers("*.example.org", "a.chat.example.org"));
        assert!(name_covers("Example.ORG", "example.org"));
        assert!(!name_covers("xmpp.example.org", "example.org"));
    }

    #[test]
    fn garbage_is_not_a_certificate() {
        assert_eq!(parse(b""), None);
        assert_eq!(parse(&[0x30, 0x82, 0xff]), None);
        assert_eq!(parse(&[0x30, 0x00]), None);
    }
}
