//! `iq raw`: user-written IQs, checked before connecting, sent pipelined in
//! one session, each answer matched by id and sender and reported in input
//! order.

use std::io::Read;

use xmpp_parsers::{
    jid::Jid,
    minidom::{self, Element, rxml},
};

use crate::config::Settings;
use crate::error::io_reason;
use crate::error::{Error, Result};
use crate::records::Answer;
use crate::session::conditions;
use crate::xml;
use crate::xml::NS_CLIENT;

/// Every answer in input order, and the failure to report after them.
#[derive(Debug)]
pub struct Answers {
    pub answers: Vec<Answer>,
    /// Any error answer (exit 7), reported after all answers.
    pub failure: Option<Error>,
}

/// Element name used to hold several top-level IQs while parsing.
const WRAPPER: &str = "xmppctl-input";

/// Parse the input into IQ requests in `jabber:client` (RFC 6120 8.2.3:
/// type get or set, exactly one payload). Errors say which element and why.
pub fn parse_requests(input: &str) -> Result<Vec<Element>> {
    let body = strip_xml_declaration(input.trim());
    if body.is_empty() {
        return Err(Error::usage(
            "no XML given: pass <iq> elements as an argument or on stdin",
        ));
    }
    xml::check_limits(body)?;
    // A wrapper lets one parser read a sequence of top-level elements;
    // it is on line 1, so line numbers in errors stay the user's.
    let wrapped = format!("<{WRAPPER} xmlns='{NS_CLIENT}'>{body}</{WRAPPER}>");
    let root = parse_wrapped(&wrapped).map_err(|e| malformed(&e, body))?;
    if root
        .nodes()
        .any(|n| n.as_text().is_some_and(|t| !t.trim().is_empty()))
    {
        return Err(Error::usage(
            "malformed input: text outside of <iq> elements",
        ));
    }
    let mut requests = Vec::new();
    for (index, element) in root.children().enumerate() {
        let position = index + 1;
        let at = |problem: String| Error::usage(format!("element {position}: {problem}"));
        if element.name() != "iq" || element.ns() != NS_CLIENT {
            return Err(at(format!(
                "<{}> is not an <iq> in the jabber:client namespace",
                element.name()
            )));
        }
        match element.attr("type") {
            Some("get" | "set") => {}
            Some(other @ ("result" | "error")) => {
                return Err(at(format!(
                    "type=\"{other}\" is a response; only get and set can be sent"
                )));
            }
            Some(other) => return Err(at(format!("unknown IQ type {other:?}"))),
            None => return Err(at("the <iq> has no type attribute (get or set)".into())),
        }
        let payloads = element.children().count();
        if payloads != 1 {
            return Err(at(format!(
                "an IQ get/set carries exactly one payload element, this one has {payloads}"
            )));
        }
        if let Some(to) = element.attr("to") {
            to.parse::<Jid>()
                .map_err(|e| at(format!("invalid to={to:?}: {e}")))?;
        }
        // Answers are matched by id: two requests with one id could not
        // be told apart.
        let id = element.attr("id").filter(|id| !id.is_empty());
        if let Some(id) = id
            && requests.iter().any(|r: &Element| r.attr("id") == Some(id))
        {
            return Err(at(format!("the id {id:?} is used by an earlier element")));
        }
        requests.push(element.clone());
    }
    Ok(requests)
}

fn strip_xml_declaration(input: &str) -> &str {
    match input
        .strip_prefix("<?xml")
        .and_then(|rest| rest.find("?>").map(|end| &rest[end + 2..]))
    {
        Some(rest) => rest.trim_start(),
        None => input,
    }
}

fn parse_wrapped(text: &str) -> Result<Element, minidom::Error> {
    Element::from_reader_with_prefixes(text.as_bytes(), NS_CLIENT.to_string())
}

/// A usage error naming where the XML goes wrong.
fn malformed(error: &minidom::Error, body: &str) -> Error {
    match shortest_failing_prefix(body) {
        Some(end) => {
            let prefix = &body[..end];
            let line = prefix.matches('\n').count() + 1;
            let column = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count());
            let reason = parse_prefix(prefix)
                .err()
                .unwrap_or(minidom::Error::EndOfDocument);
            Error::usage(format!(
                "malformed XML at line {line}, column {column}: {reason}"
            ))
        }
        None => Error::usage(format!(
            "malformed XML: the input ends inside an element (an unclosed tag?): {error}"
        )),
    }
}

fn parse_prefix(prefix: &str) -> Result<Element, minidom::Error> {
    parse_wrapped(&format!("<{WRAPPER} xmlns='{NS_CLIENT}'>{prefix}"))
}

/// The length of the shortest prefix of the input whose parse fails for a
/// reason other than ending early; its last character is where the input
/// goes wrong. A binary search: such a failure persists in longer prefixes.
fn shortest_failing_prefix(body: &str) -> Option<usize> {
    let fails = |end: usize| {
        !matches!(
            parse_prefix(&body[..end]),
            Err(minidom::Error::EndOfDocument
                | minidom::Error::XmlError(rxml::Error::InvalidEof(_)))
        )
    };
    let ends: Vec<usize> = body.char_indices().map(|(i, c)| i + c.len_utf8()).collect();
    let first = ends.partition_point(|&end| !fails(end));
    ends.get(first).copied()
}

/// The XML argument, or stdin when it is `None` or "-".
fn read_input(xml: Option<&str>) -> Result<String> {
    match xml {
        Some(xml) if xml != "-" => Ok(xml.to_string()),
        _ => {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| Error::usage(format!("cannot read stdin: {}", io_reason(&e))))?;
            Ok(text)
        }
    }
}

pub async fn run(xml: Option<&str>, settings: &Settings) -> Result<Answers> {
    let mut requests = parse_requests(&read_input(xml)?)?;
    let mut session = super::connect(settings).await?;
    // Pipelined: everything goes out in one flush, answers come as they may.
    let mut waiting = Vec::with_capacity(requests.len());
    for request in &mut requests {
        let id = match request.attr("id") {
            Some(id) if !id.is_empty() => id.to_string(),
            _ => {
                let id = session.new_id();
                xml::set_attr(request, "id", id.clone());
                id
            }
        };
        let to = request.attr("to").and_then(|t| t.parse::<Jid>().ok());
        session.expect_answer(&id, to);
        session.feed(request.clone()).await?;
        waiting.push(id);
    }
    session.flush().await?;
    let answers = session.await_answers(&waiting).await?;
    session.close().await?;
    Ok(Answers {
        failure: failure(&answers),
        answers: answers.iter().map(answer_of).collect(),
    })
}

fn answer_of(answer: &Element) -> Answer {
    Answer {
        id: answer.attr("id").unwrap_or("").to_string(),
        iq_type: answer.attr("type").unwrap_or("").to_string(),
        from: answer.attr("from").map(String::from),
        xml: String::from(answer),
        pretty: xml::pretty(answer),
    }
}

/// One error naming the first failed IQ and how many more failed.
fn failure(answers: &[Element]) -> Option<Error> {
    let mut failures = answers
        .iter()
        .filter(|a| a.attr("type") == Some("error"))
        .map(|a| conditions::stanza_error(format!("IQ {}", a.attr("id").unwrap_or("")), a));
    let first = failures.next()?;
    Some(match failures.count() {
        0 => first,
        more => Error {
            message: format!("{} IQs failed; first: {}", more + 1, first.message),
            ..first
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use xmpp_parsers::iq::Iq;

    #[test]
    fn accepts_several_iqs_in_jabber_client() {
        let requests = parse_requests(
            "<?xml version='1.0'?>\n<iq type='get'><ping xmlns='urn:xmpp:ping'/></iq>\n<iq type='set' id='x'><query xmlns='jabber:iq:roster'/></iq>",
        )
        .unwrap();
        assert_eq!(requests.len(), 2);
        assert_eq!(requests[0].ns(), NS_CLIENT);
        assert_eq!(requests[1].attr("id"), Some("x"));
        assert!(
            Iq::try_from({
                let mut r = requests[0].clone();
                xml::set_attr(&mut r, "id", "1");
                r
            })
            .is_ok()
        );
    }

    #[test]
    fn rejects_what_cannot_be_sent() {
        let cases = [
            (
                "<iq type='get'><ping xmlns='urn:xmpp:ping'/>",
                "ends inside an element",
            ),
            (
                "<iq type='get'>\n<ping xmlns='urn:xmpp:ping'/></iz>",
                "line 2, column",
            ),
            (
                "<message to='a@b'><body>x</body></message>",
                "element 1: <message>",
            ),
            ("<iq><ping xmlns='urn:xmpp:ping'/></iq>", "no type"),
            ("<iq type='result' id='1'/>", "response"),
            ("<iq type='get'/>", "exactly one payload"),
            ("<iq type='get'><a xmlns='x'/></iq> junk", "text outside"),
            ("", "no XML"),
        ];
        for (input, expected) in cases {
            let error = parse_requests(input).unwrap_err();
            assert_eq!(error.kind, crate::error::ErrorKind::Usage, "{input}");
            assert!(
                error.message.contains(expected),
                "{input}: {}",
                error.message
            );
        }
    }
}
