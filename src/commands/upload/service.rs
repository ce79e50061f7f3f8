//! The XMPP half of XEP-0363: find the upload service among the items of
//! the account's server, read its size limit, and ask it for a slot (a
//! PUT URL with the headers to send, and the GET URL to share).

use xmpp_parsers::{
    data_forms::DataForm,
    disco::{DiscoInfoQuery, DiscoInfoResult},
    http_upload::SlotRequest,
    iq::Iq,
    jid::Jid,
    minidom::Element,
    ns,
};

use crate::commands::disco;
use crate::diag;
use crate::error::{Error, Result};
use crate::session::{Session, conditions};

/// The headers a slot may ask for (XEP-0363 §5): no other reaches the PUT.
const ALLOWED_HEADERS: [&str; 3] = ["Authorization", "Cookie", "Expires"];

/// An upload service of the account's server.
#[derive(Debug)]
pub struct Service {
    pub jid: Jid,
    /// `max-file-size` of its disco#info form, when it gives one.
    pub max_size: Option<u64>,
}

/// Where to PUT one file and where it can be fetched afterwards.
#[derive(Debug)]
pub struct Slot {
    pub put: String,
    /// Only the allowed headers, newlines stripped from their values.
    pub headers: Vec<(&'static str, String)>,
    pub get: String,
}

/// The first item of the account's server whose disco#info has the
/// `urn:xmpp:http:upload:0` feature. The items are asked together, in
/// one round trip.
pub async fn discover(session: &mut Session) -> Result<Service> {
    let server = session.server();
    let items = disco::items(session, &server, None).await?;
    let mut asked = Vec::new();
    for item in items.iter().filter(|item| item.node.is_none()) {
        let Ok(jid) = item.jid.parse::<Jid>() else {
            continue;
        };
        let id = session.new_id();
        session.expect_answer(&id, Some(jid.clone()));
        let query = Iq::from_get(id.clone(), DiscoInfoQuery { node: None }).with_to(jid.clone());
        session.feed(query.into()).await?;
        asked.push((id, jid));
    }
    session.flush().await?;
    let ids: Vec<String> = asked.iter().map(|(id, _)| id.clone()).collect();
    let answers = session.await_answers(&ids).await?;
    for ((_, jid), answer) in asked.into_iter().zip(answers) {
        if let Some(service) = upload_service(jid, &answer) {
            diag::phase(format_args!(
                "upload service {} (at most {})",
                service.jid,
                service
                    .max_size
                    .map_or_else(|| "any size".to_string(), describe_size)
            ));
            return Ok(service);
        }
    }
    Err(Error::refused(format!(
        "{server} offers no HTTP upload service (XEP-0363): none of its items has the feature {}",
        ns::HTTP_UPLOAD
    ))
    .with_condition("service-unavailable")
    .with_hint(format!(
        "`xmppctl disco items` lists what {server} offers; its administrator can add one (Prosody: mod_http_file_share, ejabberd: mod_http_upload)"
    )))
}

/// The service `jid` answered `answer` to disco#info, if it is one.
fn upload_service(jid: Jid, answer: &Element) -> Option<Service> {
    if answer.attr("type") != Some("result") {
        return None;
    }
    let info = DiscoInfoResult::try_from(answer.children().next()?.clone()).ok()?;
    if !info.features.iter().any(|f| f == ns::HTTP_UPLOAD) {
        return None;
    }
    Some(Service {
        jid,
        max_size: max_file_size(&info.extensions),
    })
}

/// XEP-0363 §3: `max-file-size` in the form of type `urn:xmpp:http:upload:0`.
fn max_file_size(forms: &[DataForm]) -> Option<u64> {
    forms
        .iter()
        .filter(|form| form.form_type() == Some(ns::HTTP_UPLOAD))
        .flat_map(|form| &form.fields)
        .find(|field| field.var.as_deref() == Some("max-file-size"))
        .and_then(|field| field.values.first())
        .and_then(|value| value.trim().parse().ok())
}

/// Ask `service` for a slot for `filename` of `size` bytes.
pub async fn request_slot(
    session: &mut Session,
    service: &Jid,
    filename: &str,
    size: u64,
    content_type: &str,
) -> Result<Slot> {
    let request = SlotRequest {
        filename: filename.to_string(),
        size,
        content_type: Some(content_type.to_string()),
    };
    let iq = Iq::from_get(session.new_id(), request).with_to(service.clone());
    let answer = session.request(iq).await?;
    let what = format!("{service} refused a slot for {filename}");
    if answer.attr("type") == Some("error") {
        return Err(refusal(&what, &answer));
    }
    answer
        .get_child("slot", ns::HTTP_UPLOAD)
        .and_then(parse_slot)
        .ok_or_else(|| {
            Error::refused(format!(
                "{service} answered the slot request for {filename} with no usable slot"
            ))
        })
}

/// A refused slot request, with the service's own condition: a
/// `file-too-large` (XEP-0363 §4) names the service's limit.
fn refusal(what: &str, answer: &Element) -> Error {
    let error = conditions::stanza_error(what, answer);
    let too_large = answer
        .children()
        .find(|c| c.name() == "error")
        .and_then(|e| e.get_child("file-too-large", ns::HTTP_UPLOAD));
    match too_large {
        Some(detail) => {
            let limit = detail
                .get_child("max-file-size", ns::HTTP_UPLOAD)
                .and_then(|m| m.text().trim().parse().ok())
                .map(|max| format!("; it takes at most {}", describe_size(max)))
                .unwrap_or_default();
            Error::refused(format!("{}{limit}", error.message)).with_condition("file-too-large")
        }
        None => error,
    }
}

/// The slot's URLs and the allowed headers; a header of another name is
/// dropped (XEP-0363 §5), and newlines are stripped from values so that
/// none can start a header of its own.
fn parse_slot(slot: &Element) -> Option<Slot> {
    let put = slot.get_child("put", ns::HTTP_UPLOAD)?;
    let get = slot.get_child("get", ns::HTTP_UPLOAD)?;
    let mut headers = Vec::new();
    for header in put.children().filter(|c| c.is("header", ns::HTTP_UPLOAD)) {
        let name = header.attr("name").unwrap_or_default();
        match ALLOWED_HEADERS
            .iter()
            .find(|allowed| allowed.eq_ignore_ascii_case(name))
        {
            Some(allowed) => headers.push((*allowed, header.text().replace(['\r', '\n'], ""))),
            None => diag::phase(format_args!(
                "dropping the slot's header {name:?}: XEP-0363 allows only {}",
                ALLOWED_HEADERS.join(", ")
            )),
        }
    }
    Some(Slot {
        put: put.attr("url")?.to_string(),
        headers,
        get: get.attr("url")?.to_string(),
    })
}

/// `12.0 MiB (12582912 bytes)`; small sizes in bytes only.
pub fn describe_size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
    if bytes < 1024 {
        return format!("{bytes} bytes");
    }
    let mut value = bytes as f64 / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    format!("{value:.1} {} ({bytes} bytes)", UNITS[unit])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_allowed_headers_survive_and_newlines_go() {
        let slot: Element = "<slot xmlns='urn:xmpp:http:upload:0'>\
            <put url='https://up.example/a/b.txt'>\
              <header name='authorization'>Bearer x\r\nX-Evil: 1</header>\
              <header name='Cookie'>c=1</header>\
              <header name='Expires'>Tue, 01 Dec 2026 10:00:00 GMT</header>\
              <header name='X-Other'>no</header>\
            </put><get url='https://dl.example/a/b.txt'/></slot>"
            .parse()
            .unwrap();
        let slot = parse_slot(&slot).unwrap();
        let names: Vec<&str> = slot.headers.iter().map(|(n, _)| *n).collect();
        assert_eq!(names, ["Authorization", "Cookie", "Expires"]);
        assert_eq!(slot.headers[0].1, "Bearer xX-Evil: 1");
        assert_eq!(slot.get, "https://dl.example/a/b.txt");
    }

    #[test]
    fn a_too_large_refusal_names_the_limit() {
        let answer: Element = "<iq xmlns='jabber:client' type='error' id='1'><error type='modify'>\
            <not-acceptable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>\
            <text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>File too large</text>\
            <file-too-large xmlns='urn:xmpp:http:upload:0'><max-file-size>1024</max-file-size></file-too-large>\
            </error></iq>"
            .parse()
            .unwrap();
        let error = refusal("upload.example refused a slot for x", &answer);
        assert_eq!(error.condition.as_deref(), Some("file-too-large"));
        assert!(
            error.message.contains("File too large"),
            "{}",
            error.message
        );
        assert!(error.message.ends_with("at most 1.0 KiB (1024 bytes)"));
    }

    #[test]
    fn sizes_read_in_binary_units() {
        assert_eq!(describe_size(0), "0 bytes");
        assert_eq!(describe_size(10 * 1024 * 1024), "10.0 MiB (10485760 bytes)");
        assert_eq!(describe_size(1536), "1.5 KiB (1536 bytes)");
    }
}
