//! The contract of doc/cli.md, held against the real binary: every
//! command's `--json` output has the shape that page's JSON section gives
//! (the section is parsed here, so the page is the one specification), and
//! errors the argument parser finds go through the same error path.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::{Background, Prosody, json, json_lines, run, xmppctl};
use serde_json::Value;

/// What a command prints with `--json`, as the commands table says.
#[derive(Debug, Clone)]
enum Printed {
    /// One document of this type.
    Document(String),
    /// JSON Lines, each one of these shapes.
    Lines(Vec<String>),
}

/// The JSON section of doc/cli.md: each command's output and each shape's
/// fields with their types.
struct Contract {
    commands: BTreeMap<String, Printed>,
    shapes: BTreeMap<String, Vec<(String, String)>>,
}

/// The cells of a Markdown table row, backquotes dropped; `\|` is a bar
/// inside a cell.
fn cells(row: &str) -> Vec<String> {
    row.trim()
        .trim_matches('|')
        .replace("\\|", "\u{0}")
        .split('|')
        .map(|cell| cell.trim().replace('\u{0}', "|").replace('`', ""))
        .collect()
}

fn contract() -> Contract {
    let page = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/doc/cli.md"))
        .expect("doc/cli.md");
    let section = page
        .split_once("\n## JSON shapes")
        .expect("a JSON shapes section")
        .1;
    let mut commands = BTreeMap::new();
    let mut shapes: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    let mut heading = String::new();
    for line in section.lines() {
        if let Some(title) = line.strip_prefix("### ").or(line.strip_prefix("#### ")) {
            heading = title.replace('`', "");
            continue;
        }
        if !line.starts_with('|') || line.starts_with("|---") {
            continue;
        }
        let row = cells(line);
        if heading == "Output of each command" {
            if row[0] == "command" {
                continue;
            }
            let printed = match row[1].strip_prefix("lines of ") {
                Some(list) => Printed::Lines(list.split(", ").map(String::from).collect()),
                None => Printed::Document(row[1].clone()),
            };
            commands.insert(row[0].clone(), printed);
        } else if row[0] != "field" {
            shapes
                .entry(heading.clone())
                .or_default()
                .push((row[0].clone(), row[1].clone()));
        }
    }
    Contract { commands, shapes }
}

impl Contract {
    /// Whether `value` has type `ty`; the error says where it does not.
    fn check(&self, value: &Value, ty: &str) -> Result<(), String> {
        let alternatives: Vec<&str> = ty.split(" or ").collect();
        if alternatives.len() > 1 {
            return match alternatives
                .iter()
                .any(|alt| self.check(value, alt).is_ok())
            {
                true => Ok(()),
                false => Err(format!("{value} is not {ty}")),
            };
        }
        let fits = match ty {
            "string" => value.is_string(),
            "integer" => value.is_i64() || value.is_u64(),
            "number" => value.is_number(),
            "boolean" => value.is_boolean(),
            "null" => value.is_null(),
            literal if literal.starts_with('"') => {
                value.as_str() == Some(literal.trim_matches('"'))
            }
            _ => {
                if let Some(item) = ty.strip_prefix("array of ") {
                    let items = value.as_array().ok_or(format!("{value} is not an array"))?;
                    return items.iter().try_for_each(|v| self.check(v, item));
                }
                return self.check_shape(value, ty);
            }
        };
        match fits {
            true => Ok(()),
            false => Err(format!("{value} is not {ty}")),
        }
    }

    /// Exactly the shape's fields, each of its type.
    fn check_shape(&self, value: &Value, shape: &str) -> Result<(), String> {
        let fields = self
            .shapes
            .get(shape)
            .ok_or(format!("doc/cli.md has no shape {shape:?}"))?;
        let object = value
            .as_object()
            .ok_or(format!("{value} is not a {shape} object"))?;
        let expected: BTreeSet<&str> = fields.iter().map(|(f, _)| f.as_str()).collect();
        let actual: BTreeSet<&str> = object.keys().map(String::as_str).collect();
        if expected != actual {
            return Err(format!(
                "{shape}: fields {actual:?}, documented {expected:?} in {value}"
            ));
        }
        for (field, ty) in fields {
            self.check(&object[field], ty)
                .map_err(|e| format!("{shape}.{field}: {e}"))?;
        }
        Ok(())
    }

    /// The shape among `shapes` whose `event` is the line's.
    fn line_shape<'a>(&self, line: &Value, shapes: &'a [String]) -> Option<&'a String> {
        shapes.iter().find(|shape| {
            self.shapes[shape.as_str()]
                .iter()
                .any(|(f, ty)| f == "event" && self.check(&line["event"], ty).is_ok())
        })
    }
}

/// Checks outputs against the contract and remembers which commands were
/// seen, so that none of the table goes unchecked.
struct Checker {
    contract: Contract,
    seen: BTreeSet<String>,
}

impl Checker {
    fn new() -> Checker {
        Checker {
            contract: contract(),
            seen: BTreeSet::new(),
        }
    }

    fn printed(&mut self, command: &str) -> Printed {
        self.seen.insert(command.to_string());
        self.contract
            .commands
            .get(command)
            .unwrap_or_else(|| panic!("doc/cli.md does not say what {command:?} prints"))
            .clone()
    }

    fn document(&mut self, command: &str, value: &Value) {
        let Printed::Document(ty) = self.printed(command) else {
            panic!("{command}: documented as JSON Lines");
        };
        if let Err(e) = self.contract.check(value, &ty) {
            panic!("{command}: {e}");
        }
    }

    fn lines(&mut self, command: &str, lines: &[Value]) {
        let Printed::Lines(shapes) = self.printed(command) else {
            panic!("{command}: documented as one document");
        };
        assert!(!lines.is_empty(), "{command}: no output");
        for line in lines {
            let shape = self
                .contract
                .line_shape(line, &shapes)
                .unwrap_or_else(|| panic!("{command}: no documented event for {line}"));
            if let Err(e) = self.contract.check_shape(line, shape) {
                panic!("{command}: {e}");
            }
        }
    }
}

#[test]
fn the_json_section_is_complete() {
    let contract = contract();
    assert!(contract.commands.len() > 20);
    let mut names = Vec::new();
    for printed in contract.commands.values() {
        match printed {
            Printed::Document(ty) => names.push(ty.trim_start_matches("array of ").to_string()),
            Printed::Lines(shapes) => names.extend(shapes.iter().cloned()),
        }
    }
    for (shape, fields) in &contract.shapes {
        for (_, ty) in fields {
            names.extend(
                ty.split(" or ")
                    .map(|t| t.trim_start_matches("array of ").to_string()),
            );
        }
        assert!(!fields.is_empty(), "{shape} has no fields");
    }
    let builtin = ["string", "integer", "number", "boolean", "null"];
    for name in names {
        if !builtin.contains(&name.as_str()) && !name.starts_with('"') {
            assert!(contract.shapes.contains_key(&name), "no shape {name:?}");
        }
    }
}

/// `ping --count 0 --json`: refused by the argument parser, reported like
/// any other error: prefixed on stderr, the error document on stdout.
#[test]
fn parser_errors_are_reported_through_the_error_path() {
    let mut checker = Checker::new();
    for args in [
        &["ping", "--count", "0", "--json"][..],
        &["-o", "json", "ping", "--count", "0"],
        &["ping", "--no-such-flag", "--output=json"],
    ] {
        let output = xmppctl().args(args).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.lines().all(|l| l.starts_with("xmppctl: ")),
            "{stderr}"
        );
        let document = json(&output);
        checker.document("failure", &document);
        assert_eq!(document["error"]["kind"], "usage");
    }
    let output = xmppctl()
        .env("XMPPCTL_OUTPUT", "json")
        .args(["presence", "set", "--hold", "-1"])
        .output()
        .unwrap();
    assert_eq!(json(&output)["error"]["code"], 2);
    // Help and version stay clap's, on stdout, exit 0.
    for flag in ["--help", "--version"] {
        let output = xmppctl().args([flag, "--json"]).output().unwrap();
        assert_eq!(output.status.code(), Some(0));
        assert!(output.stderr.is_empty());
    }
}

/// With the account and server in the environment, a missing argument's
/// usage hint does not claim --jid and --server are required.
#[test]
fn usage_hints_do_not_list_options_from_the_environment() {
    let output = xmppctl()
        .env("XMPPCTL_JID", "alice@example.org")
        .env("XMPPCTL_SERVER", "127.0.0.1:1")
        .arg("version")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("usage: xmppctl version [OPTIONS] <JID>"),
        "{stderr}"
    );
    assert!(!stderr.contains("--jid"), "{stderr}");
}

#[test]
fn user_errors_say_what_is_wrong() {
    let output = xmppctl()
        .args(["-j", "alice@", "--server", "127.0.0.1:1", "ping"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("the domain is empty"), "{stderr}");
    // --hold 0: leave at once, as the help's default says.
    let output = xmppctl()
        .args(["--json", "presence", "set", "--hold", "0", "--jid", "a@"])
        .output()
        .unwrap();
    let error = json(&output);
    assert!(
        error["error"]["message"]
            .as_str()
            .unwrap()
            .contains("the domain is empty"),
        "{error}"
    );
}

#[test]
fn every_command_prints_its_documented_shape() {
    let prosody = Prosody::start_with(common::ProsodyOptions {
        extra_modules: vec!["admin_adhoc".into(), "pep".into(), "bookmarks".into()],
        admins: vec!["alice".into()],
        upload: true,
        ..Default::default()
    });
    let mut check = Checker::new();
    let bob = prosody.jid("bob");
    let carol = prosody.jid("carol");
    let domain = prosody.domain().to_string();
    let room = format!("contract@{}", prosody.muc_service());
    let alice = |args: &[&str]| {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        run(&prosody, "alice", &all)
    };

    let dry = xmppctl()
        .args(["--json", "send", "--dry-run", "a@example.org", "hi"])
        .output()
        .unwrap();
    check.lines("send --dry-run", &json_lines(&dry));

    let listener = Background::start(&prosody, "bob", &["--json", "listen", "--count", "1"]);
    listener.wait_stderr("listening as");
    check.lines("send", &json_lines(&alice(&["send", &bob, "hello"])));
    let heard: Value = serde_json::from_str(&listener.next_line()).unwrap();
    check.lines("listen", &[heard]);

    check.document("ping", &json(&alice(&["ping", "--count", "2"])));
    check.document(
        "roster add",
        &json(&alice(&["roster", "add", &carol, "--group", "Work"])),
    );
    check.document("roster list", &json(&alice(&["roster", "list"])));
    check.document(
        "roster remove",
        &json(&alice(&["roster", "remove", &carol])),
    );
    check.document(
        "presence list",
        &json(&alice(&["presence", "list", "--wait", "1"])),
    );
    check.document(
        "presence set",
        &json(&alice(&["presence", "set", "--show", "dnd", "--hold", "0"])),
    );
    check.document(
        "presence subscribe",
        &json(&alice(&["presence", "subscribe", &bob])),
    );
    let iq = format!("<iq type='get' to='{domain}'><query xmlns='jabber:iq:version'/></iq>");
    check.document("iq raw", &json(&alice(&["iq", "raw", &iq])));
    check.lines(
        "iq raw --lines",
        &json_lines(&alice(&["iq", "raw", "--lines", &iq])),
    );
    check.document("disco info", &json(&alice(&["disco", "info"])));
    check.document("disco items", &json(&alice(&["disco", "items"])));
    check.document("version", &json(&alice(&["version", &domain])));

    check.document("muc join", &json(&alice(&["muc", "join", &room])));
    let member = Background::start(
        &prosody,
        "bob",
        &["--json", "muc", "join", &room, "--listen", "20"],
    );
    let mut events = Vec::new();
    while events
        .last()
        .is_none_or(|e: &Value| e["event"] != "message")
    {
        let line: Value = serde_json::from_str(&member.next_line()).unwrap();
        if line["event"] == "entered" {
            check.lines(
                "muc say",
                &json_lines(&alice(&["muc", "say", &room, "hi all"])),
            );
        }
        events.push(line);
    }
    check.lines("muc join --listen", &events);
    check.document("muc list", &json(&alice(&["muc", "list"])));
    check.document("muc info", &json(&alice(&["muc", "info", &room])));
    check.document("muc members", &json(&alice(&["muc", "members", &room])));
    check.document(
        "muc affiliation",
        &json(&alice(&["muc", "affiliation", &room, &bob, "member"])),
    );
    check.document("muc config", &json(&alice(&["muc", "config", &room])));
    check.document(
        "muc config --set",
        &json(&alice(&[
            "muc",
            "config",
            &room,
            "--set",
            "muc#roomconfig_roomname=Contract",
        ])),
    );
    let fresh = format!("fresh@{}", prosody.muc_service());
    check.document("muc create", &json(&alice(&["muc", "create", &fresh])));
    check.document("muc destroy", &json(&alice(&["muc", "destroy", &fresh])));

    check.lines(
        "history",
        &json_lines(&alice(&["history", &bob, "--max", "5"])),
    );
    check.document("adhoc list", &json(&alice(&["adhoc", "list"])));
    let add_user = "http://jabber.org/protocol/admin#add-user";
    check.document("adhoc show", &json(&alice(&["adhoc", "show", add_user])));
    check.document(
        "adhoc run",
        &json(&alice(&[
            "adhoc",
            "run",
            "http://jabber.org/protocol/admin#user-stats",
            "--set",
            &format!("accountjid={bob}"),
        ])),
    );
    check.document(
        "admin online-users",
        &json(&alice(&["admin", "online-users"])),
    );
    check.document(
        "bookmarks add",
        &json(&alice(&[
            "bookmarks",
            "add",
            &room,
            "--name",
            "C",
            "--autojoin",
        ])),
    );
    check.document("bookmarks list", &json(&alice(&["bookmarks", "list"])));
    check.document(
        "muc join --bookmarks",
        &json(&alice(&["muc", "join", "--bookmarks"])),
    );
    check.document(
        "bookmarks remove",
        &json(&alice(&["bookmarks", "remove", &room])),
    );
    check.document(
        "check",
        &json(&alice(&["check", "--login", prosody.domain()])),
    );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("contract.txt");
    std::fs::write(&file, "shape").unwrap();
    let file = file.to_str().unwrap();
    check.document("upload", &json(&alice(&["upload", file])));

    let refused = prosody
        .cmd_as("alice")
        .args(["--json", "version", &bob])
        .output()
        .unwrap();
    check.document("failure", &json(&refused));
    // A bare account JID gets the hint that version wants a full JID.
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("presence list"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );

    let documented: BTreeSet<String> = check.contract.commands.keys().cloned().collect();
    let unchecked: Vec<&String> = documented.difference(&check.seen).collect();
    assert!(unchecked.is_empty(), "not checked: {unchecked:?}");
}

/// Each certificate fault gets the hint that fits it.
#[test]
fn certificate_hints_fit_the_fault() {
    let cases = [
        (
            vec!["elsewhere.test".to_string()],
            false,
            "check --server and the JID's domain",
        ),
        (Vec::new(), true, "needs to renew it"),
    ];
    for (names, expired, hint) in cases {
        let prosody = Prosody::start_with(common::ProsodyOptions {
            cert: common::CertSpec {
                names,
                expired,
                ..Default::default()
            },
            ..Default::default()
        });
        let output = prosody.cmd_as("alice").arg("ping").output().unwrap();
        assert_eq!(output.status.code(), Some(5));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("hint: ") && stderr.contains(hint),
            "{stderr}"
        );
        assert!(!stderr.contains("--ca-file"), "{stderr}");
    }
}
