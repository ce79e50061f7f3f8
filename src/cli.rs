//! The command line: the only module that uses clap. Doc comments here are
//! the `--help` text. [`parse`] turns argv into the run's [`Flags`] and
//! one plain [`Request`]; no clap type goes past this module, and nothing
//! here does I/O.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{ArgAction, Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::commands::{
    adhoc, admin as server_admin,
    body::Source,
    check, disco, history,
    muc::{admin, join, owner, say},
    ping, presence, roster, send, upload,
};
use crate::config::{
    ENV_ACCOUNT, ENV_CONFIG, ENV_DNS, ENV_JID, ENV_OUTPUT, ENV_SERVER, Flags, Layer,
};
use crate::error::{Error, exit_codes};
use crate::output::Format;
use crate::run::Request;

const MAIN_EXAMPLES: &str = "\
Examples:
  xmppctl send ops@example.org \"deploy 42 finished\"
  tail -f app.log | xmppctl send --lines ops@example.org
  xmppctl ping --json | jq .median_ms
  echo \"<iq type='get' to='example.org'><query xmlns='jabber:iq:version'/></iq>\" | xmppctl iq raw

The password never goes on the command line: use --password-file,
--password-cmd, XMPPCTL_PASSWORD, the config file, or the terminal prompt.";

/// The examples, then the exit-code table of `error::ErrorKind`.
fn after_help() -> String {
    let codes: Vec<String> = exit_codes()
        .map(|(code, meaning)| format!("  {code:<4} {meaning}"))
        .collect();
    format!("{MAIN_EXAMPLES}\n\nExit codes:\n{}", codes.join("\n"))
}

/// curl for XMPP: one short-lived authenticated session that does one job,
/// prints the result as text or JSON, and exits with a code a script can trust.
#[derive(Debug, Parser)]
#[command(
    name = "xmppctl",
    version = version(),
    after_long_help = after_help(),
    max_term_width = 100,
    args_override_self = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

fn version() -> &'static str {
    concat!(env!("CARGO_PKG_VERSION"), " (TLS: rustls with ring)")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Text,
    Json,
}

/// The config file's values of `tls` are these names too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TlsArg {
    /// SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222
    Auto,
    /// STARTTLS on the stream (port 5222 by default)
    Starttls,
    /// TLS from the first byte, XEP-0368 (port 5223 by default)
    Direct,
}

/// Options of every command: account, credentials, connection, output.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]
    #[arg(short = 'j', long, global = true, value_name = "JID", env = ENV_JID, hide_env = true, help_heading = "Account")]
    pub jid: Option<String>,

    /// Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]
    #[arg(short = 'a', long, global = true, value_name = "NAME", env = ENV_ACCOUNT, hide_env = true, help_heading = "Account")]
    pub account: Option<String>,

    /// Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]
    #[arg(long, global = true, value_name = "PATH", env = ENV_CONFIG, hide_env = true, help_heading = "Account")]
    pub config: Option<PathBuf>,

    /// Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)
    #[arg(long, global = true, value_name = "PATH", help_heading = "Account")]
    pub password_file: Option<PathBuf>,

    /// Run this command with `sh -c` and use the first line it prints as the password
    #[arg(long, global = true, value_name = "CMD", help_heading = "Account")]
    pub password_cmd: Option<String>,

    /// Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]
    #[arg(long, global = true, value_name = "HOST[:PORT]", env = ENV_SERVER, hide_env = true, help_heading = "Connection")]
    pub server: Option<String>,

    /// Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]
    #[arg(long, global = true, value_name = "ADDR[:PORT]", env = ENV_DNS, hide_env = true, help_heading = "Connection")]
    pub dns: Option<String>,

    /// How TLS starts
    #[arg(
        long,
        global = true,
        value_name = "MODE",
        value_enum,
        help_heading = "Connection"
    )]
    pub tls: Option<TlsArg>,

    /// Extra trust anchors (PEM), added to the system's
    #[arg(long, global = true, value_name = "PATH", help_heading = "Connection")]
    pub ca_file: Option<PathBuf>,

    /// Skip certificate verification (prints a warning every run)
    #[arg(long, global = true, help_heading = "Connection")]
    pub insecure: bool,

    /// Resource to bind [default: xmppctl-<random>]
    #[arg(long, global = true, value_name = "RES", help_heading = "Connection")]
    pub resource: Option<String>,

    /// Deadline for the whole run, in seconds [default: 30]
    #[arg(long, global = true, value_name = "SECS", value_parser = parse_seconds, help_heading = "Connection")]
    pub timeout: Option<f64>,

    /// Deadline for each connection attempt, and the longest an upload may go without
    /// progress, in seconds [default: 10]
    #[arg(long, global = true, value_name = "SECS", value_parser = parse_seconds, help_heading = "Connection")]
    pub connect_timeout: Option<f64>,

    /// Long-running commands (send --lines, listen, muc join --listen, muc say --lines,
    /// presence set --hold) reconnect after a lost connection for this long, resuming the
    /// stream or logging in again; 0: never [default: 300]
    #[arg(long, global = true, value_name = "SECS", value_parser = parse_seconds_or_zero, help_heading = "Connection")]
    pub reconnect_for: Option<f64>,

    /// Long-running commands probe a quiet connection this often and reconnect when two
    /// probes go unanswered; 0: never [default: 60]
    #[arg(long, global = true, value_name = "SECS", value_parser = parse_seconds_or_zero, help_heading = "Connection")]
    pub keepalive: Option<f64>,

    /// Neither log in with a stored FAST token (XEP-0484) nor ask the server for one:
    /// the password every run
    #[arg(long, global = true, help_heading = "Connection")]
    pub no_fast: bool,

    /// Extra attempts after transient connection failures, with backoff [default: 2]
    #[arg(long, global = true, value_name = "N", help_heading = "Connection")]
    pub retry: Option<u32>,

    /// Output format [env: XMPPCTL_OUTPUT]
    #[arg(short = 'o', long, global = true, value_name = "FORMAT", value_enum, env = ENV_OUTPUT, hide_env = true, help_heading = "Output")]
    pub output: Option<OutputFormat>,

    /// Short for --output json
    #[arg(long, global = true, help_heading = "Output")]
    pub json: bool,

    /// -v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)
    #[arg(short, long, global = true, action = ArgAction::Count, help_heading = "Output")]
    pub verbose: u8,

    /// No stderr output except errors
    #[arg(
        short,
        long,
        global = true,
        conflicts_with = "verbose",
        help_heading = "Output"
    )]
    pub quiet: bool,
}

/// A positive number of seconds, at most a year.
fn parse_seconds(text: &str) -> Result<f64, String> {
    match parse_seconds_or_zero(text)? {
        0.0 => Err(format!("{text} is not a positive number of seconds")),
        secs => Ok(secs),
    }
}

/// Zero or a positive number of seconds, at most a year (`--hold 0`:
/// leave at once).
fn parse_seconds_or_zero(text: &str) -> Result<f64, String> {
    let secs: f64 = text
        .parse()
        .map_err(|_| format!("{text:?} is not a number of seconds"))?;
    // 1e-9: below a nanosecond a Duration is zero, so it must be 0 itself.
    if secs == 0.0 || (1e-9..=86_400.0 * 365.0).contains(&secs) {
        Ok(secs)
    } else {
        Err(format!(
            "{text} is not a number of seconds from 0 to a year"
        ))
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Send a message; exit 0 once the account's server took it (--receipt: once it arrived)
    #[command(after_long_help = SEND_EXAMPLES)]
    Send(SendArgs),

    /// Print incoming messages until a count, a time limit or Ctrl-C
    #[command(after_long_help = LISTEN_EXAMPLES)]
    Listen(ListenArgs),

    /// Measure the round trip to the server or another entity (XEP-0199)
    #[command(after_long_help = PING_EXAMPLES)]
    Ping(PingArgs),

    /// List, add or remove contacts (default: list)
    #[command(after_long_help = ROSTER_EXAMPLES)]
    Roster {
        #[command(subcommand)]
        command: Option<RosterCommand>,
    },

    /// See who is online, announce a status, manage subscriptions (default: list)
    #[command(after_long_help = PRESENCE_EXAMPLES)]
    Presence {
        #[command(subcommand)]
        command: Option<PresenceCommand>,
    },

    /// Send raw IQ stanzas and print the answers
    #[command(subcommand)]
    Iq(IqCommand),

    /// Service discovery (XEP-0030): identities, features, items
    #[command(subcommand)]
    Disco(DiscoCommand),

    /// Ask an entity for its software name and version (XEP-0092)
    #[command(
        after_long_help = "Examples:\n  xmppctl version example.org\n  xmppctl version --json bob@example.org/phone | jq -r .version"
    )]
    Version(VersionArgs),

    /// Multi-user chat (XEP-0045): join, talk, list, configure and administer rooms
    #[command(subcommand)]
    Muc(MucCommand),

    /// Read the message archive (XEP-0313): one conversation, all of it, or a room's
    #[command(after_long_help = HISTORY_EXAMPLES)]
    History(HistoryArgs),

    /// Ad-hoc commands (XEP-0050): list, show and run what an entity offers
    #[command(subcommand)]
    Adhoc(AdhocCommand),

    /// Server administration (XEP-0133): accounts, online users, announcements
    #[command(subcommand)]
    Admin(AdminCommand),

    /// Room bookmarks (XEP-0402): list, add or remove (default: list)
    #[command(after_long_help = BOOKMARKS_EXAMPLES)]
    Bookmarks {
        #[command(subcommand)]
        command: Option<BookmarksCommand>,
    },

    /// Diagnose a domain's XMPP service: DNS, each target's TLS, certificate and features
    #[command(after_long_help = CHECK_EXAMPLES)]
    Check(CheckArgs),

    /// Upload files to the server's HTTP upload service (XEP-0363), print their URLs,
    /// optionally send them
    #[command(after_long_help = UPLOAD_EXAMPLES)]
    Upload(UploadArgs),

    /// Print shell completions for xmppctl
    #[command(
        after_long_help = "Examples:\n  xmppctl completions bash > /etc/bash_completion.d/xmppctl\n  xmppctl completions zsh > \"${fpath[1]}/_xmppctl\""
    )]
    Completions {
        /// The shell
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },

    /// Print the man page (roff)
    #[command(after_long_help = "Examples:\n  xmppctl man > xmppctl.1\n  xmppctl man | man -l -")]
    Man,
}

const HISTORY_EXAMPLES: &str = "\
WHEN is an RFC 3339 time (2026-12-01T08:00:00Z) or a span back from now:
90s, 15m, 2h, 3d. Messages come oldest first; --last and --before take the
newest --max messages before their point. Text: STAMP FROM: BODY, the
stamp in local time. JSON Lines: one message event per message (id is the
archive's id, stamp in UTC), then one end event {complete, first, last,
count}: continue with --after LAST. No archive on the server: exit 7
(feature-not-implemented).

Examples:
  xmppctl history bob@example.org --since 2h
  xmppctl history --last --max 20
  xmppctl history --room ops@conference.example.org --since 1d --json | jq -r .body
  xmppctl history --json --max 50 | tail -1 | jq -r .last";

const CHECK_EXAMPLES: &str = "\
Exit 0 when nothing is critical, else the code of the most basic critical
failure: 4 unreachable, 5 TLS or certificate, 6 login, 8 too slow.
--nagios: one monitoring-plugin status line, exit 0 OK, 1 WARNING,
2 CRITICAL, 3 UNKNOWN.

Examples:
  xmppctl check example.org
  xmppctl check --json example.org | jq '.problems[].text'
  xmppctl check --login --jid monitor@example.org --password-file ~/.monitor.pw example.org
  xmppctl check --nagios --warn-days 21 --crit-days 7 example.org";

const SEND_EXAMPLES: &str = "\
Exit 0 means the account's server took every message (a XEP-0198 ack, or
the answer to a ping sent after them), not that it arrived: a recipient
on another server may still bounce it later. With --receipt, exit 0 means
each recipient's client confirmed it (XEP-0184).

Examples:
  xmppctl send ops@example.org \"deploy 42 finished\"
  echo \"nightly backup failed\" | xmppctl send --type headline ops@example.org
  xmppctl send --to dev@example.org --subject CI ops@example.org \"tests red on main\"
  tail -f /var/log/app.log | xmppctl send --lines ops@example.org
  xmppctl send --json ops@example.org hi | jq -r .confirmed";

const LISTEN_EXAMPLES: &str = "\
Examples:
  xmppctl listen --count 1 --seconds 60          # wait for one message
  xmppctl listen --json | jq -r 'select(.type==\"chat\") | .body'
  xmppctl listen --from ops@example.org --seconds 300
  xmppctl listen --muc builds@conference.example.org --json | jq -r .body
  xmppctl listen --bookmarks --seconds 3600     # the autojoin bookmarks' rooms";

const BOOKMARKS_EXAMPLES: &str = "\
Bookmarks are stored on the account (PEP, urn:xmpp:bookmarks:1), one per
room, readable by the account alone. Text: room, name, nick, autojoin,
aligned. JSON: an array of {\"room\",\"name\",\"nick\",\"autojoin\",\"password\"};
password is true when a room password is stored, and its text is never
shown. `listen --bookmarks` and `muc join --bookmarks` enter the autojoin
ones.

Examples:
  xmppctl bookmarks
  xmppctl bookmarks add ops@conference.example.org --name Ops --nick deploy-bot --autojoin
  xmppctl bookmarks add secret@conference.example.org --room-password-file ./room.pw --autojoin
  xmppctl bookmarks --json | jq -r '.[] | select(.autojoin) | .room'
  xmppctl bookmarks remove ops@conference.example.org";

#[derive(Debug, Subcommand)]
pub enum BookmarksCommand {
    /// The stored bookmarks: room, name, nick, autojoin
    #[command(
        after_long_help = "Examples:\n  xmppctl bookmarks list\n  xmppctl bookmarks list --json | jq -r '.[].room'"
    )]
    List,
    /// Bookmark a room (replacing its bookmark, if any)
    #[command(after_long_help = BOOKMARKS_ADD_EXAMPLES)]
    Add(BookmarksAddArgs),
    /// Remove a room's bookmark; exit 7 (item-not-found) when there is none
    #[command(after_long_help = "Examples:\n  xmppctl bookmarks remove ops@conference.example.org")]
    Remove {
        /// The room's JID (room@service)
        #[arg(value_name = "ROOM")]
        room: String,
    },
}

const BOOKMARKS_ADD_EXAMPLES: &str = "\
The room password comes from the first line of --room-password-file, never
from the command line; a file that cannot be read or is empty: exit 2,
before connecting.

Examples:
  xmppctl bookmarks add ops@conference.example.org --name Ops --autojoin
  xmppctl bookmarks add secret@conference.example.org --nick bot --room-password-file ./room.pw";

#[derive(Debug, Args)]
pub struct BookmarksAddArgs {
    /// The room's JID (room@service)
    #[arg(value_name = "ROOM")]
    pub room: String,

    /// A name for the room
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,

    /// The nickname to join with [default: the account's local part]
    #[arg(long, value_name = "NICK")]
    pub nick: Option<String>,

    /// Store the room's password, read from the first line of this file
    #[arg(long, value_name = "PATH")]
    pub room_password_file: Option<PathBuf>,

    /// Join the room automatically (listen --bookmarks, muc join --bookmarks)
    #[arg(long)]
    pub autojoin: bool,
}

const PING_EXAMPLES: &str = "\
Examples:
  xmppctl ping                       # the account's server
  xmppctl ping --count 10 --json     # min/median/max over 10 pings
  xmppctl ping bob@example.org/phone";

const ROSTER_EXAMPLES: &str = "\
Examples:
  xmppctl roster
  xmppctl roster --json | jq -r '.[] | select(.subscription==\"both\") | .jid'
  xmppctl roster add ops@example.org --name Ops --group Work --subscribe
  xmppctl roster remove old@example.org";

const PRESENCE_EXAMPLES: &str = "\
Examples:
  xmppctl presence                                   # who is online
  xmppctl presence list --wait 10 --json | jq -r '.[].jid'
  xmppctl presence set --show dnd --status \"deploying\" --hold 600
  xmppctl presence subscribe ops@example.org
  xmppctl presence approve ops@example.org";

const UPLOAD_EXAMPLES: &str = "\
The service is the first item of the account's server with the feature
urn:xmpp:http:upload:0. A file larger than its max-file-size is refused
before anything is uploaded (exit 7, file-too-large). Each file is PUT over
HTTPS, verified as the XMPP connection is (--ca-file, --insecure; http://
only with --insecure), streamed from disk. Text: one URL per line. JSON: an
array of {\"file\",\"size\",\"content_type\",\"sha256\",\"url\"}.

With --to, each URL goes to each JID as a chat message (exit 0 once the
server confirmed it, as for send); with --muc, it is posted in each room
(exit 0 once the room reflected it, as for muc say). The message carries a
XEP-0066 link (jabber:x:oob), so clients show the file inline.

A progress bar per file goes to stderr when it is a terminal (not with -q).
--timeout bounds each wait for the server, not a transfer; a transfer that
moves no byte for --connect-timeout seconds ends it (exit 8). A lost
connection during the transfer: exit 4; an HTTP error status: exit 7.

Examples:
  xmppctl upload build.log
  xmppctl upload --to ops@example.org --message \"tests red on main\" build.log
  xmppctl upload --muc ops@conference.example.org screenshot.png
  xmppctl upload --json report.pdf | jq -r '.[].url'
  xmppctl upload --content-type text/plain trace.out core.txt";

#[derive(Debug, Args)]
pub struct UploadArgs {
    /// The files to upload (each name is sent as the file's name; its folder is not)
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,

    /// Send each URL to this JID as a chat message (repeatable)
    #[arg(long, value_name = "JID")]
    pub to: Vec<String>,

    /// Post each URL in this room (repeatable)
    #[arg(long, value_name = "ROOM")]
    pub muc: Vec<String>,

    /// Text before the URL in each message (needs --to or --muc)
    #[arg(long, value_name = "TEXT")]
    pub message: Option<String>,

    /// Content type of every file [default: guessed from the extension of its name (common
    /// kinds of image, audio, video, text, document, archive), else application/octet-stream]
    #[arg(long, value_name = "TYPE", value_parser = parse_content_type)]
    pub content_type: Option<String>,
}

/// `type/subtype` with optional parameters, as a header value may hold it.
fn parse_content_type(text: &str) -> Result<String, String> {
    let essence = text.split(';').next().unwrap_or_default().trim();
    let valid = essence.split_once('/').is_some_and(|(kind, sub)| {
        let token = |t: &str| {
            !t.is_empty()
                && t.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"!#$&-^_.+".contains(&b))
        };
        token(kind) && token(sub)
    });
    if valid && text.bytes().all(|b| (b' '..=b'~').contains(&b)) {
        Ok(text.to_string())
    } else {
        Err(format!("{text:?} is not a content type (type/subtype)"))
    }
}

#[derive(Debug, Subcommand)]
pub enum RosterCommand {
    /// Print every contact: jid, name, subscription, groups (sorted by JID)
    #[command(
        after_long_help = "Examples:\n  xmppctl roster list\n  xmppctl roster list --json | jq -r '.[].jid'"
    )]
    List,
    /// Add a contact, or update it if it is already there
    #[command(
        after_long_help = "Examples:\n  xmppctl roster add ops@example.org --name Ops --group Work\n  xmppctl roster add ops@example.org --subscribe   # also ask to see their presence"
    )]
    Add(RosterAddArgs),
    /// Remove a contact (exit 7 if it is not in the roster)
    #[command(after_long_help = "Examples:\n  xmppctl roster remove old@example.org")]
    Remove {
        /// The contact's bare JID
        #[arg(value_name = "JID")]
        contact: String,
    },
}

#[derive(Debug, Args)]
pub struct RosterAddArgs {
    /// The contact's bare JID
    #[arg(value_name = "JID")]
    pub contact: String,

    /// Display name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,

    /// A group to put the contact in (repeatable)
    #[arg(long, value_name = "GROUP")]
    pub group: Vec<String>,

    /// Also ask for a subscription to the contact's presence
    #[arg(long)]
    pub subscribe: bool,
}

#[derive(Debug, Subcommand)]
pub enum PresenceCommand {
    /// Announce availability and print contacts' presence once it settles
    #[command(
        after_long_help = "Examples:\n  xmppctl presence list\n  xmppctl presence list --wait 10 --json | jq -r '.[] | select(.show==\"available\") | .jid'"
    )]
    List(PresenceListArgs),
    /// Announce a presence (broadcast, or directed with --to), stay --hold seconds, then leave
    #[command(
        after_long_help = "Examples:\n  xmppctl presence set --show dnd --status deploying --hold 600\n  xmppctl presence set --to room@conference.example.org/bot --status here"
    )]
    Set(PresenceSetArgs),
    /// Ask to see the contact's presence
    #[command(after_long_help = "Examples:\n  xmppctl presence subscribe ops@example.org")]
    Subscribe {
        /// The contact's bare JID
        #[arg(value_name = "JID")]
        contact: String,
    },
    /// Stop seeing the contact's presence
    #[command(after_long_help = "Examples:\n  xmppctl presence unsubscribe ops@example.org")]
    Unsubscribe {
        /// The contact's bare JID
        #[arg(value_name = "JID")]
        contact: String,
    },
    /// Let the contact see your presence (answer a subscription request)
    #[command(after_long_help = "Examples:\n  xmppctl presence approve ops@example.org")]
    Approve {
        /// The contact's bare JID
        #[arg(value_name = "JID")]
        contact: String,
    },
    /// Refuse (or revoke) the contact's subscription to your presence
    #[command(after_long_help = "Examples:\n  xmppctl presence deny spam@example.org")]
    Deny {
        /// The contact's bare JID
        #[arg(value_name = "JID")]
        contact: String,
    },
}

#[derive(Debug, Args)]
pub struct PresenceListArgs {
    /// Collect for this many seconds instead of until presence settles (at most 5 s)
    #[arg(long, value_name = "SECS", value_parser = parse_seconds)]
    pub wait: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Show {
    Away,
    Chat,
    Dnd,
    Xa,
}

#[derive(Debug, Args)]
pub struct PresenceSetArgs {
    /// Availability detail
    #[arg(long, value_enum)]
    pub show: Option<Show>,

    /// Free-text status
    #[arg(long, value_name = "TEXT")]
    pub status: Option<String>,

    /// Priority, -128..127: which resource gets messages sent to the bare JID
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub priority: Option<i8>,

    /// Send it to this JID only (directed presence)
    #[arg(long, value_name = "JID")]
    pub to: Option<String>,

    /// Stay online this many seconds before leaving (0: leave at once)
    #[arg(long, value_name = "SECS", default_value_t = 0.0, value_parser = parse_seconds_or_zero)]
    pub hold: f64,
}

#[derive(Debug, Subcommand)]
pub enum IqCommand {
    /// Send one or more <iq> get/set elements (pipelined) and print every answer in input order
    #[command(after_long_help = IQ_EXAMPLES)]
    Raw(IqRawArgs),
}

const IQ_EXAMPLES: &str = "\
The input is one or more <iq> elements in the jabber:client namespace. A
missing id is filled in. Malformed XML, a non-iq element, or an iq of type
result/error stops before connecting (exit 2). Any error answer: exit 7,
after printing all answers.

Examples:
  echo \"<iq type='get' to='example.org'><query xmlns='jabber:iq:version'/></iq>\" | xmppctl iq raw
  xmppctl iq raw \"<iq type='get'><query xmlns='jabber:iq:roster'/></iq>\" --json | jq -r '.[0].xml'
  cat requests.xml | xmppctl iq raw --json --lines";

#[derive(Debug, Args)]
pub struct IqRawArgs {
    /// The XML; omitted or "-": read it from stdin
    #[arg(value_name = "XML")]
    pub xml: Option<String>,

    /// With --json: one object per line instead of an array
    #[arg(long)]
    pub lines: bool,
}

#[derive(Debug, Subcommand)]
pub enum DiscoCommand {
    /// Identities, features and extended information of an entity
    #[command(
        after_long_help = "Examples:\n  xmppctl disco info                         # the account's server\n  xmppctl disco info --json conference.example.org | jq '.features'"
    )]
    Info(DiscoArgs),
    /// Items of an entity (follows result-set paging)
    #[command(
        after_long_help = "Examples:\n  xmppctl disco items\n  xmppctl disco items --json conference.example.org | jq -r '.[].jid'"
    )]
    Items(DiscoArgs),
}

#[derive(Debug, Args)]
pub struct DiscoArgs {
    /// Entity to ask [default: the account's server]
    #[arg(value_name = "JID")]
    pub target: Option<String>,

    /// Node to ask about
    #[arg(long, value_name = "NODE")]
    pub node: Option<String>,
}

#[derive(Debug, Args)]
pub struct VersionArgs {
    /// Entity to ask (a server domain or a full JID)
    #[arg(value_name = "JID")]
    pub target: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MessageType {
    Chat,
    Normal,
    Headline,
}

#[derive(Debug, Args)]
pub struct SendArgs {
    /// Recipient JID
    #[arg(value_name = "TO")]
    pub to: String,

    /// The body; omitted or "-": read it from stdin
    #[arg(value_name = "MESSAGE")]
    pub message: Option<String>,

    /// Another recipient, same session (repeatable)
    #[arg(long = "to", value_name = "JID", id = "also_to")]
    pub also_to: Vec<String>,

    /// Message type
    #[arg(long = "type", value_enum, default_value = "chat")]
    pub message_type: MessageType,

    /// Subject of the message
    #[arg(long, value_name = "TEXT")]
    pub subject: Option<String>,

    /// Thread id of the message
    #[arg(long, value_name = "ID")]
    pub thread: Option<String>,

    /// Read the body from this file instead of the argument or stdin
    #[arg(short = 'f', long, value_name = "PATH", conflicts_with = "message")]
    pub file: Option<PathBuf>,

    /// Send every input line as its own message, as it arrives, in one session
    #[arg(long)]
    pub lines: bool,

    /// Ask for a delivery receipt (XEP-0184) and wait for it; exit 8 if none comes
    #[arg(long)]
    pub receipt: bool,

    /// Print the stanzas as XML and exit without connecting
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct ListenArgs {
    /// Stop after N messages
    #[arg(short = 'n', long, value_name = "N")]
    pub count: Option<u64>,

    /// Stop after S seconds (exit 0)
    #[arg(short = 's', long, value_name = "S", value_parser = parse_seconds)]
    pub seconds: Option<f64>,

    /// Only messages from this JID (bare: any resource; a room: any occupant)
    #[arg(long, value_name = "JID")]
    pub from: Vec<String>,

    /// Also join this room (history 0, default nick) and print its messages (repeatable)
    #[arg(long, value_name = "ROOM")]
    pub muc: Vec<String>,

    /// Also join the autojoin bookmarks' rooms (with their nicks and passwords)
    #[arg(long)]
    pub bookmarks: bool,
}

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// Only the conversation with this JID (in a room: with this occupant)
    #[arg(value_name = "JID")]
    pub with: Option<String>,

    /// The room's own archive instead of the account's
    #[arg(long, value_name = "ROOM")]
    pub room: Option<String>,

    /// Only messages from this time on
    #[arg(long, value_name = "WHEN", value_parser = history::parse_when)]
    pub since: Option<history::When>,

    /// Only messages up to this time
    #[arg(long, value_name = "WHEN", value_parser = history::parse_when)]
    pub until: Option<history::When>,

    /// At most this many messages
    #[arg(long, value_name = "N", default_value_t = 100, value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub max: u32,

    /// Continue after this archive id (the end event's last)
    #[arg(long, value_name = "ID", conflicts_with_all = ["before", "last"])]
    pub after: Option<String>,

    /// The newest messages before this archive id (the end event's first)
    #[arg(long, value_name = "ID", conflicts_with = "last")]
    pub before: Option<String>,

    /// The newest --max messages
    #[arg(long)]
    pub last: bool,
}

#[derive(Debug, Subcommand)]
pub enum AdhocCommand {
    /// The commands an entity offers: node and name
    #[command(
        after_long_help = "Examples:\n  xmppctl adhoc list\n  xmppctl adhoc list --json --to conference.example.org | jq -r '.[].node'"
    )]
    List(AdhocTarget),
    /// Execute a command, print its first form (fields, types, options, required) and cancel
    #[command(
        after_long_help = "Examples:\n  xmppctl adhoc show http://jabber.org/protocol/admin#add-user\n  xmppctl adhoc show --json ping --to bot@example.org/x | jq '.form.fields'"
    )]
    Show(AdhocShowArgs),
    /// Run a command, filling each stage's form from --set, and print its notes and result form
    #[command(after_long_help = ADHOC_RUN_EXAMPLES)]
    Run(AdhocRunArgs),
}

const ADHOC_RUN_EXAMPLES: &str = "\
--set FIELD=VALUE fills a field of the stage's form (repeat a field for
list values; booleans as 1, 0, true or false). A required field that is
neither given nor filled in by the form: exit 2, naming it, before
anything is submitted. Exit 0 only when the command completes (or, with
--action cancel, is canceled) and no note is an error; an error note or
an error answer: exit 7.

Examples:
  xmppctl adhoc run http://prosody.im/protocol/modules#list
  xmppctl adhoc run http://jabber.org/protocol/admin#user-stats --set accountjid=bob@example.org
  xmppctl adhoc run --json ping --to bot@example.org/x | jq -r .status";

#[derive(Debug, Args)]
pub struct AdhocTarget {
    /// The entity offering the commands [default: the account's server]
    #[arg(long, value_name = "JID")]
    pub to: Option<String>,
}

#[derive(Debug, Args)]
pub struct AdhocShowArgs {
    /// The command's node
    #[arg(value_name = "NODE")]
    pub node: String,

    #[command(flatten)]
    pub target: AdhocTarget,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AdhocAction {
    Complete,
    Next,
    Cancel,
}

#[derive(Debug, Args)]
pub struct AdhocRunArgs {
    /// The command's node
    #[arg(value_name = "NODE")]
    pub node: String,

    #[command(flatten)]
    pub target: AdhocTarget,

    /// Fill a field of the form (repeatable)
    #[arg(long = "set", value_name = "FIELD=VALUE", value_parser = parse_field_assignment)]
    pub set: Vec<owner::FieldAssignment>,

    /// How to submit each form [default: what the command offers, else complete]
    #[arg(long, value_enum)]
    pub action: Option<AdhocAction>,
}

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Create an account (the new password: --new-password-file, --new-password-cmd,
    /// XMPPCTL_NEW_PASSWORD, else asked twice on the terminal)
    #[command(after_long_help = ADMIN_PASSWORD_EXAMPLES)]
    AddUser(AdminPasswordArgs),
    /// Delete accounts
    #[command(
        after_long_help = "Examples:\n  xmppctl admin delete-user old@example.org spam@example.org"
    )]
    DeleteUser {
        /// The accounts (bare JIDs)
        #[arg(value_name = "JID", required = true)]
        users: Vec<String>,
    },
    /// Set an account's password (the same sources as add-user)
    #[command(after_long_help = ADMIN_PASSWORD_EXAMPLES)]
    ChangePassword(AdminPasswordArgs),
    /// The accounts online now
    #[command(
        after_long_help = "Examples:\n  xmppctl admin online-users\n  xmppctl admin online-users --json | jq -r '.form.fields[].values[]'"
    )]
    OnlineUsers,
    /// An account's roster size, online resources and addresses
    #[command(after_long_help = "Examples:\n  xmppctl admin user-stats bob@example.org")]
    UserStats {
        /// The account (bare JID)
        #[arg(value_name = "JID")]
        user: String,
    },
    /// Send a message to every online user
    #[command(
        after_long_help = "Examples:\n  xmppctl admin announce \"maintenance at 18:00\"\n  echo \"back up\" | xmppctl admin announce"
    )]
    Announce {
        /// The text; omitted or "-": read it from stdin
        #[arg(value_name = "MESSAGE")]
        message: Option<String>,
    },
}

const ADMIN_PASSWORD_EXAMPLES: &str = "\
The new password never comes from the command line, and never shows in
the -vv trace. Not an admin of the server: exit 7 (forbidden).

Examples:
  xmppctl admin add-user new@example.org --new-password-file ./pw
  XMPPCTL_NEW_PASSWORD=\"$(pass new)\" xmppctl admin add-user new@example.org
  xmppctl admin change-password bob@example.org --new-password-cmd \"pass show bob\"";

#[derive(Debug, Args)]
pub struct AdminPasswordArgs {
    /// The account (bare JID)
    #[arg(value_name = "JID")]
    pub user: String,

    /// Read the new password from the first line of this file
    #[arg(long, value_name = "PATH")]
    pub new_password_file: Option<PathBuf>,

    /// Run this command with `sh -c` and use the first line it prints as the new password
    #[arg(long, value_name = "CMD", conflicts_with = "new_password_file")]
    pub new_password_cmd: Option<String>,
}

#[derive(Debug, Args)]
pub struct PingArgs {
    /// Entity to ping [default: the account's server]
    #[arg(value_name = "JID")]
    pub target: Option<String>,

    /// Number of pings in the session
    #[arg(short = 'c', long, value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub count: u32,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The XMPP domain to diagnose
    #[arg(value_name = "DOMAIN")]
    pub domain: String,

    /// Also log in with the configured account: login time, a ping, services from disco
    #[arg(long)]
    pub login: bool,

    /// Print one monitoring-plugin status line (Nagios, Icinga); exit 0/1/2, 3 for UNKNOWN
    #[arg(long)]
    pub nagios: bool,

    /// Warn when a certificate expires within this many days
    #[arg(long, value_name = "N", default_value_t = 30)]
    pub warn_days: u32,

    /// Critical when a certificate expires within this many days
    #[arg(long, value_name = "N", default_value_t = 7)]
    pub crit_days: u32,

    /// Warn when connecting or logging in takes longer than this
    #[arg(long, value_name = "SECS", default_value_t = 1.0, value_parser = parse_seconds)]
    pub warn_time: f64,

    /// Critical when connecting or logging in takes longer than this
    #[arg(long, value_name = "SECS", default_value_t = 2.0, value_parser = parse_seconds)]
    pub crit_time: f64,
}

#[derive(Debug, Subcommand)]
pub enum MucCommand {
    /// Enter a room, print its subject, occupants and history, optionally listen, leave
    #[command(after_long_help = MUC_JOIN_EXAMPLES)]
    Join(MucJoinArgs),

    /// Say something in a room; exit 0 once the room reflected it back
    #[command(after_long_help = MUC_SAY_EXAMPLES)]
    Say(MucSayArgs),

    /// Rooms of a conference service
    #[command(
        after_long_help = "The default service is the first item of the account's server whose\nidentity is conference/text.\n\nExamples:\n  xmppctl muc list\n  xmppctl muc list --json conference.example.org | jq -r '.[].jid'"
    )]
    List(MucListArgs),

    /// Name, features and details (muc#roominfo) of a room
    #[command(
        after_long_help = "Examples:\n  xmppctl muc info ops@conference.example.org\n  xmppctl muc info --json ops@conference.example.org | jq '.features | index(\"muc_membersonly\")'"
    )]
    Info(MucRoomArgs),

    /// Members of a room (affiliation member)
    #[command(after_long_help = MUC_LIST_EXAMPLES)]
    Members(MucRoomArgs),

    /// Admins of a room (affiliation admin)
    #[command(after_long_help = MUC_LIST_EXAMPLES)]
    Admins(MucRoomArgs),

    /// Owners of a room (affiliation owner)
    #[command(after_long_help = MUC_LIST_EXAMPLES)]
    Owners(MucRoomArgs),

    /// Accounts banned from a room (affiliation outcast)
    #[command(after_long_help = MUC_LIST_EXAMPLES)]
    Bans(MucRoomArgs),

    /// Occupants who moderate a room now (role moderator)
    #[command(after_long_help = MUC_LIST_EXAMPLES)]
    Moderators(MucRoomArgs),

    /// Occupants with voice now (role participant)
    #[command(after_long_help = MUC_LIST_EXAMPLES)]
    Participants(MucRoomArgs),

    /// Give an account an affiliation with a room: owner, admin, member, outcast (ban) or none
    #[command(after_long_help = MUC_AFFILIATION_EXAMPLES)]
    Affiliation(MucAffiliationArgs),

    /// Print a room's configuration form, or change fields of it with --set
    #[command(after_long_help = MUC_CONFIG_EXAMPLES)]
    Config(MucConfigArgs),

    /// Create a room that does not exist yet, configured at once with --set
    #[command(after_long_help = MUC_CREATE_EXAMPLES)]
    Create(MucConfigArgs),

    /// Destroy a room (owners only); its occupants are told why
    #[command(
        after_long_help = "Examples:\n  xmppctl muc destroy old@conference.example.org --reason \"moved to ops\""
    )]
    Destroy(MucDestroyArgs),
}

const MUC_JOIN_EXAMPLES: &str = "\
Waits for the room's own presence (status 110). A room that did not exist
is created as an instant room with the service's defaults. Without --nick,
the nickname is the account's local part, retried once with a suffix when
taken. Refusals exit 7 naming the condition: not-authorized (password),
forbidden (banned), registration-required (members-only), conflict
(nickname), service-unavailable (full), item-not-found (locked or missing).

With --bookmarks, ROOM (if given) and every autojoin bookmark's room are
entered and left in turn, each with its bookmarked nick and password; JSON:
an array of the entries. To follow bookmarked rooms, use listen --bookmarks.

With --listen and --json, one object per line, told apart by \"event\":
entered, occupant (one per occupant on entry), history, then message,
join and leave as they happen.

Examples:
  xmppctl muc join ops@conference.example.org --history 20
  xmppctl muc join --json ops@conference.example.org | jq -r '.occupants[].nick'
  xmppctl muc join ops@conference.example.org --listen 3600 --json | jq -c 'select(.body)'
  xmppctl muc join --bookmarks --json | jq -r '.[] | select(.subject) | .room'";

const MUC_SAY_EXAMPLES: &str = "\
Each message carries an id and an origin-id (XEP-0359); exit 0 only after
the room reflected every one back. An error reply (e.g. forbidden for a
visitor in a moderated room): exit 7.

Examples:
  xmppctl muc say ops@conference.example.org \"deploy 42 finished\"
  tail -f app.log | xmppctl muc say --lines --nick deploy-bot ops@conference.example.org
  xmppctl muc say --json ops@conference.example.org hi | jq -r .confirmed";

const MUC_LIST_EXAMPLES: &str = "\
Text: one entry per line (jid, nick, affiliation, role, reason), aligned.
JSON: an array of {\"jid\",\"nick\",\"affiliation\",\"role\",\"reason\"}.

Examples:
  xmppctl muc members ops@conference.example.org
  xmppctl muc bans --json ops@conference.example.org | jq -r '.[].jid'";

const MUC_AFFILIATION_EXAMPLES: &str = "\
Examples:
  xmppctl muc affiliation ops@conference.example.org bob@example.org member
  xmppctl muc affiliation ops@conference.example.org spam@example.net outcast --reason spam
  xmppctl muc affiliation ops@conference.example.org bob@example.org none";

const MUC_CONFIG_EXAMPLES: &str = "\
Without --set: the form's fields (var, type, values, label, options).
With --set (repeatable; a multi-valued field may be given several times):
submit FORM_TYPE and the given fields; booleans take true, false, 1 or 0.
A field the form does not have: exit 2, nothing submitted.

Examples:
  xmppctl muc config ops@conference.example.org
  xmppctl muc config ops@conference.example.org --set muc#roomconfig_roomname=Ops
  xmppctl muc config ops@conference.example.org --set muc#roomconfig_persistentroom=true
  xmppctl muc config --json ops@conference.example.org | jq '.fields[] | {var, values}'";

const MUC_CREATE_EXAMPLES: &str = "\
The room must not exist yet (else exit 7). It is configured before anyone
else can enter (a reserved room); with no --set, the service's defaults.
When a --set does not fit the form, the configuration is cancelled and the
exit code is 2 (XEP-0045 has the service remove the room then; Prosody
keeps it with its defaults, to be fixed with `muc config` or removed with
`muc destroy`).

Examples:
  xmppctl muc create ops@conference.example.org
  xmppctl muc create ops@conference.example.org --set muc#roomconfig_membersonly=1";

#[derive(Debug, Args)]
pub struct MucJoinArgs {
    /// The room's JID (room@service); optional with --bookmarks
    #[arg(value_name = "ROOM", required_unless_present = "bookmarks")]
    pub room: Option<String>,

    /// Nickname in the room [default: the account's local part]
    #[arg(long, value_name = "N")]
    pub nick: Option<String>,

    /// The room's password (not the account's)
    #[arg(long, value_name = "P")]
    pub password: Option<String>,

    /// How many past messages to ask for
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub history: u32,

    /// Stay this many seconds and print messages, joins and leaves as they happen
    #[arg(long, value_name = "SECS", value_parser = parse_seconds)]
    pub listen: Option<f64>,

    /// Also enter every autojoin bookmark's room, with its nick and password (not with --listen)
    #[arg(long, conflicts_with = "listen")]
    pub bookmarks: bool,
}

#[derive(Debug, Args)]
pub struct MucSayArgs {
    /// The room's JID (room@service)
    #[arg(value_name = "ROOM")]
    pub room: String,

    /// The body; omitted or "-": read it from stdin
    #[arg(value_name = "MESSAGE")]
    pub message: Option<String>,

    /// Nickname in the room [default: the account's local part]
    #[arg(long, value_name = "N")]
    pub nick: Option<String>,

    /// The room's password (not the account's)
    #[arg(long, value_name = "P")]
    pub password: Option<String>,

    /// Post every stdin line as its own message, as it arrives
    #[arg(long)]
    pub lines: bool,

    /// Create the room if it does not exist (an instant room); without
    /// this, a missing room is exit 7 (item-not-found)
    #[arg(long)]
    pub create: bool,
}

#[derive(Debug, Args)]
pub struct MucListArgs {
    /// The conference service [default: found through the account's server]
    #[arg(value_name = "SERVICE")]
    pub service: Option<String>,
}

#[derive(Debug, Args)]
pub struct MucRoomArgs {
    /// The room's JID (room@service)
    #[arg(value_name = "ROOM")]
    pub room: String,
}

/// An affiliation with a room (XEP-0045 5.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MucAffiliation {
    Owner,
    Admin,
    Member,
    /// Banned
    Outcast,
    /// No affiliation (removes any)
    None,
}

#[derive(Debug, Args)]
pub struct MucAffiliationArgs {
    /// The room's JID (room@service)
    #[arg(value_name = "ROOM")]
    pub room: String,

    /// The account (bare JID)
    #[arg(value_name = "USER")]
    pub user: String,

    /// The new affiliation
    #[arg(value_name = "AFFILIATION", value_enum)]
    pub affiliation: MucAffiliation,

    /// Why, shown to the user
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
}

fn parse_field_assignment(text: &str) -> Result<owner::FieldAssignment, String> {
    match text.split_once('=') {
        Some((var, value)) if !var.is_empty() => Ok(owner::FieldAssignment {
            var: var.to_string(),
            value: value.to_string(),
        }),
        _ => Err(format!("{text:?} is not FIELD=VALUE")),
    }
}

#[derive(Debug, Args)]
pub struct MucConfigArgs {
    /// The room's JID (room@service)
    #[arg(value_name = "ROOM")]
    pub room: String,

    /// Set a field of the configuration form (repeatable)
    #[arg(long = "set", value_name = "FIELD=VALUE", value_parser = parse_field_assignment)]
    pub set: Vec<owner::FieldAssignment>,
}

#[derive(Debug, Args)]
pub struct MucDestroyArgs {
    /// The room's JID (room@service)
    #[arg(value_name = "ROOM")]
    pub room: String,

    /// Why, shown to the occupants
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
}

pub fn command() -> clap::Command {
    Cli::command()
}

/// A parsed command line: the settings flags and the command's request.
#[derive(Debug)]
pub struct Invocation {
    pub flags: Flags,
    pub verbose: u8,
    pub quiet: bool,
    pub request: Request,
}

/// Why a command line does not lead to a run.
#[derive(Debug)]
pub enum Stop {
    /// `--help`, `--version` (exit 0) or help for a missing command (exit
    /// 2): clap's own text, printed as clap prints it.
    Shown(clap::Error),
    /// A usage error (exit 2), to report in the format the line asked for.
    Usage(Error, Format),
}

/// Parse argv. Errors the parser catches are usage errors like any other,
/// reported through the one output path.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Invocation, Stop> {
    let args: Vec<OsString> = args.into_iter().collect();
    let mut command = command();
    let parsed = command
        .try_get_matches_from_mut(&args)
        .and_then(|mut matches| Cli::from_arg_matches_mut(&mut matches));
    match parsed {
        Ok(cli) => cli.invocation(),
        Err(e)
            if matches!(
                e.kind(),
                clap::error::ErrorKind::DisplayHelp
                    | clap::error::ErrorKind::DisplayVersion
                    | clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            ) =>
        {
            Err(Stop::Shown(e))
        }
        Err(e) => Err(Stop::Usage(
            parse_error(&e, &mut command, &args),
            asked_format(&args),
        )),
    }
}

/// clap's first line as the message; the usage of the command the line
/// names as the hint. (clap's own usage line lists the options that came
/// from the environment as if they were required.)
fn parse_error(e: &clap::Error, root: &mut clap::Command, args: &[OsString]) -> Error {
    let rendered = e.render().to_string();
    // The first paragraph, on one line: "error: the following required
    // arguments were not provided:" continues with the arguments.
    let paragraph: Vec<&str> = rendered
        .lines()
        .take_while(|line| !line.trim().is_empty())
        .map(str::trim)
        .collect();
    let message = paragraph
        .join(" ")
        .trim_start_matches("error: ")
        .to_string();
    root.build();
    let mut command = &*root;
    for arg in args.iter().skip(1).filter_map(|a| a.to_str()) {
        if let Some(sub) = command.find_subcommand(arg) {
            command = sub;
        }
    }
    let usage = command.clone().render_usage().to_string();
    let usage = usage.trim_start_matches("Usage: ");
    let name = command.get_bin_name().unwrap_or("xmppctl");
    Error::usage(message).with_hint(format!("usage: {usage} (more: {name} --help)"))
}

/// The output format asked for, read from the raw arguments and the
/// environment, for errors found before the arguments could be parsed.
fn asked_format(args: &[OsString]) -> Format {
    let args: Vec<&str> = args
        .iter()
        .skip(1)
        .map(|a| a.to_str().unwrap_or_default())
        .take_while(|a| *a != "--")
        .collect();
    let mut asked = std::env::var(ENV_OUTPUT).ok();
    for (i, arg) in args.iter().enumerate() {
        let next = || args.get(i + 1).map(|a| a.to_string());
        match *arg {
            // A monitoring plugin reports even its bad arguments as UNKNOWN.
            "--nagios" => return Format::Nagios,
            "--json" => asked = Some("json".into()),
            "-o" | "--output" => asked = next(),
            other => {
                if let Some(value) = other.strip_prefix("--output=").or(other.strip_prefix("-o")) {
                    asked = Some(value.to_string());
                }
            }
        }
    }
    match asked.as_deref() {
        Some("json") => Format::Json,
        _ => Format::Text,
    }
}

impl Cli {
    fn invocation(self) -> Result<Invocation, Stop> {
        let global = self.global;
        let format = match (global.json, global.output) {
            (true, _) | (false, Some(OutputFormat::Json)) => Some("json"),
            (false, Some(OutputFormat::Text)) => Some("text"),
            (false, None) => None,
        };
        let tls = global.tls.map(|tls| match tls {
            TlsArg::Auto => "auto",
            TlsArg::Starttls => "starttls",
            TlsArg::Direct => "direct",
        });
        let flags = Flags {
            layer: Layer {
                jid: global.jid,
                password: None,
                password_file: global.password_file,
                password_cmd: global.password_cmd,
                server: global.server,
                tls: tls.map(String::from),
                ca_file: global.ca_file,
                resource: global.resource,
                timeout: global.timeout,
                connect_timeout: global.connect_timeout,
                reconnect_for: global.reconnect_for,
                keepalive: global.keepalive,
                retry: global.retry,
                fast: global.no_fast.then_some(false),
                output: format.map(String::from),
                dns: global.dns,
            },
            account: global.account,
            config: global.config,
            insecure: global.insecure,
            nagios: matches!(&self.command, Command::Check(args) if args.nagios),
        };
        let request = self
            .command
            .request()
            .map_err(|e| Stop::Usage(e, flags.format().unwrap_or(Format::Text)))?;
        Ok(Invocation {
            flags,
            verbose: global.verbose,
            quiet: global.quiet,
            request,
        })
    }
}

impl Command {
    /// The command's plain request; combinations clap cannot express are
    /// refused here (exit 2).
    fn request(self) -> Result<Request, Error> {
        Ok(match self {
            Command::Send(args) => args.request()?,
            Command::Listen(args) => Request::Listen(crate::commands::listen::Request {
                count: args.count,
                seconds: args.seconds,
                from: args.from,
                rooms: args.muc,
                bookmarks: args.bookmarks,
            }),
            Command::Ping(args) => Request::Ping(ping::Request {
                target: args.target,
                count: args.count,
            }),
            Command::Roster { command } => match command {
                None | Some(RosterCommand::List) => Request::RosterList,
                Some(RosterCommand::Add(args)) => Request::RosterAdd(roster::Addition {
                    contact: args.contact,
                    name: args.name,
                    groups: args.group,
                    subscribe: args.subscribe,
                }),
                Some(RosterCommand::Remove { contact }) => Request::RosterRemove(contact),
            },
            Command::Presence { command } => presence_request(command),
            Command::Iq(IqCommand::Raw(args)) => Request::Iq {
                xml: args.xml,
                lines: args.lines,
            },
            Command::Disco(DiscoCommand::Info(args)) => Request::DiscoInfo(args.into()),
            Command::Disco(DiscoCommand::Items(args)) => Request::DiscoItems(args.into()),
            Command::Version(args) => Request::Version(args.target),
            Command::Check(args) => Request::Check(check::Request {
                domain: args.domain,
                login: args.login,
                thresholds: check::Thresholds {
                    warn_days: args.warn_days,
                    crit_days: args.crit_days,
                    warn_time: args.warn_time,
                    crit_time: args.crit_time,
                },
            }),
            Command::Muc(command) => command.request()?,
            Command::Adhoc(command) => command.request(),
            Command::Admin(command) => Request::Admin(command.request()),
            Command::Bookmarks { command } => match command {
                None | Some(BookmarksCommand::List) => Request::BookmarksList,
                Some(BookmarksCommand::Add(args)) => {
                    Request::BookmarksAdd(crate::commands::bookmarks::Addition {
                        room: args.room,
                        name: args.name,
                        nick: args.nick,
                        password_file: args.room_password_file,
                        autojoin: args.autojoin,
                    })
                }
                Some(BookmarksCommand::Remove { room }) => Request::BookmarksRemove(room),
            },
            Command::History(args) => Request::History(history::Request {
                with: args.with,
                room: args.room,
                since: args.since,
                until: args.until,
                max: args.max as usize,
                direction: match (args.after, args.before, args.last) {
                    (_, Some(before), _) => history::Direction::Backward {
                        before: Some(before),
                    },
                    (_, None, true) => history::Direction::Backward { before: None },
                    (after, None, false) => history::Direction::Forward { after },
                },
            }),
            Command::Upload(args) => {
                if args.message.is_some() && args.to.is_empty() && args.muc.is_empty() {
                    return Err(Error::usage(
                        "--message is the text of the messages that --to and --muc send; give one of them",
                    ));
                }
                Request::Upload(upload::Request {
                    files: args.files,
                    to: args.to,
                    rooms: args.muc,
                    message: args.message,
                    content_type: args.content_type,
                })
            }
            Command::Completions { shell } => Request::Completions(shell.to_string()),
            Command::Man => Request::Man,
        })
    }
}

impl SendArgs {
    fn request(self) -> Result<Request, Error> {
        let body = Source::from_args(self.message, self.file);
        if self.lines && matches!(body, Source::Text(_)) {
            return Err(Error::usage(
                "--lines reads the messages from stdin (or --file); drop the MESSAGE argument",
            ));
        }
        let refused_with_lines = [(self.dry_run, "--dry-run"), (self.receipt, "--receipt")];
        if let Some((_, flag)) = refused_with_lines
            .iter()
            .find(|(set, _)| self.lines && *set)
        {
            return Err(Error::usage(format!(
                "{flag} cannot be combined with --lines"
            )));
        }
        let mut recipients = vec![self.to];
        recipients.extend(self.also_to);
        let request = send::Request {
            recipients,
            body,
            kind: match self.message_type {
                MessageType::Chat => send::Kind::Chat,
                MessageType::Normal => send::Kind::Normal,
                MessageType::Headline => send::Kind::Headline,
            },
            subject: self.subject,
            thread: self.thread,
            lines: self.lines,
            receipt: self.receipt,
        };
        Ok(match self.dry_run {
            true => Request::SendDryRun(request),
            false => Request::Send(request),
        })
    }
}

fn presence_request(command: Option<PresenceCommand>) -> Request {
    use presence::SubscriptionAction as Action;
    let subscription = |action, contact| Request::Subscription(action, contact);
    match command {
        None => Request::PresenceList(None),
        Some(PresenceCommand::List(args)) => Request::PresenceList(args.wait),
        Some(PresenceCommand::Set(args)) => Request::PresenceSet(presence::Announcement {
            show: args.show.map(|show| match show {
                Show::Away => presence::Show::Away,
                Show::Chat => presence::Show::Chat,
                Show::Dnd => presence::Show::Dnd,
                Show::Xa => presence::Show::Xa,
            }),
            status: args.status,
            priority: args.priority,
            to: args.to,
            hold: args.hold,
        }),
        Some(PresenceCommand::Subscribe { contact }) => subscription(Action::Subscribe, contact),
        Some(PresenceCommand::Unsubscribe { contact }) => {
            subscription(Action::Unsubscribe, contact)
        }
        Some(PresenceCommand::Approve { contact }) => subscription(Action::Approve, contact),
        Some(PresenceCommand::Deny { contact }) => subscription(Action::Deny, contact),
    }
}

impl From<DiscoArgs> for disco::Request {
    fn from(args: DiscoArgs) -> Self {
        disco::Request {
            target: args.target,
            node: args.node,
        }
    }
}

impl AdhocCommand {
    fn request(self) -> Request {
        match self {
            AdhocCommand::List(target) => Request::AdhocList(target.to),
            AdhocCommand::Show(args) => Request::AdhocShow(args.node, args.target.to),
            AdhocCommand::Run(args) => Request::AdhocRun(adhoc::Request {
                to: args.target.to,
                node: args.node,
                sets: args.set,
                action: args.action.map(|action| match action {
                    AdhocAction::Complete => adhoc::Action::Complete,
                    AdhocAction::Next => adhoc::Action::Next,
                    AdhocAction::Cancel => adhoc::Action::Cancel,
                }),
            }),
        }
    }
}

impl AdminCommand {
    fn request(self) -> server_admin::Request {
        use server_admin::Task;
        let (task, file, cmd) = match self {
            AdminCommand::AddUser(args) => (
                Task::AddUser(args.user),
                args.new_password_file,
                args.new_password_cmd,
            ),
            AdminCommand::ChangePassword(args) => (
                Task::ChangePassword(args.user),
                args.new_password_file,
                args.new_password_cmd,
            ),
            AdminCommand::DeleteUser { users } => (Task::DeleteUsers(users), None, None),
            AdminCommand::OnlineUsers => (Task::OnlineUsers, None, None),
            AdminCommand::UserStats { user } => (Task::UserStats(user), None, None),
            AdminCommand::Announce { message } => {
                (Task::Announce(Source::from_args(message, None)), None, None)
            }
        };
        server_admin::Request {
            task,
            new_password_file: file,
            new_password_cmd: cmd,
        }
    }
}

impl MucCommand {
    fn request(self) -> Result<Request, Error> {
        use admin::ListKind;
        let list = |args: MucRoomArgs, kind| Request::MucList(args.room, kind);
        Ok(match self {
            MucCommand::Join(args) => {
                let options = crate::commands::muc::JoinOptions {
                    nick: args.nick,
                    password: args.password,
                    history: args.history,
                };
                match (args.room, args.bookmarks) {
                    (room, true) => Request::MucJoinBookmarks(join::Bookmarked { room, options }),
                    (Some(room), false) => Request::MucJoin(join::Request {
                        room,
                        options,
                        listen: args.listen,
                    }),
                    (None, false) => {
                        return Err(Error::usage("muc join needs a ROOM or --bookmarks"));
                    }
                }
            }
            MucCommand::Say(args) => {
                let body = Source::from_args(args.message, None);
                let body = match (args.lines, body) {
                    (false, body) => Some(body),
                    (true, Source::Stdin) => None,
                    (true, _) => {
                        return Err(Error::usage(
                            "--lines reads the messages from stdin; drop the MESSAGE argument",
                        ));
                    }
                };
                Request::MucSay(say::Request {
                    room: args.room,
                    body,
                    nick: args.nick,
                    password: args.password,
                    create: args.create,
                })
            }
            MucCommand::List(args) => Request::MucRooms(args.service),
            MucCommand::Info(args) => Request::MucInfo(args.room),
            MucCommand::Members(args) => list(args, ListKind::Members),
            MucCommand::Admins(args) => list(args, ListKind::Admins),
            MucCommand::Owners(args) => list(args, ListKind::Owners),
            MucCommand::Bans(args) => list(args, ListKind::Bans),
            MucCommand::Moderators(args) => list(args, ListKind::Moderators),
            MucCommand::Participants(args) => list(args, ListKind::Participants),
            MucCommand::Affiliation(args) => Request::MucAffiliation(admin::AffiliationChange {
                room: args.room,
                user: args.user,
                affiliation: match args.affiliation {
                    MucAffiliation::Owner => admin::Affiliation::Owner,
                    MucAffiliation::Admin => admin::Affiliation::Admin,
                    MucAffiliation::Member => admin::Affiliation::Member,
                    MucAffiliation::Outcast => admin::Affiliation::Outcast,
                    MucAffiliation::None => admin::Affiliation::None,
                },
                reason: args.reason,
            }),
            MucCommand::Config(args) => Request::MucConfig(args.room, args.set),
            MucCommand::Create(args) => Request::MucCreate(args.room, args.set),
            MucCommand::Destroy(args) => Request::MucDestroy(args.room, args.reason),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("xmppctl").chain(args.iter().copied()))
    }

    #[test]
    fn cli_definition_is_consistent() {
        command().debug_assert();
    }

    #[test]
    fn global_options_work_after_the_command() {
        let cli = parse(&["send", "a@b", "hi", "--json", "-vv", "--timeout", "2.5"]).unwrap();
        assert!(cli.global.json);
        assert_eq!(cli.global.verbose, 2);
        assert_eq!(cli.global.timeout, Some(2.5));
    }

    #[test]
    fn a_repeated_option_takes_the_last_value_but_lists_accumulate() {
        let cli = parse(&[
            "--server", "a", "--server", "b:1", "send", "--to", "x@y", "--to", "z@y", "a@b",
        ])
        .unwrap();
        assert_eq!(cli.global.server.as_deref(), Some("b:1"));
        let Command::Send(args) = cli.command else {
            panic!()
        };
        assert_eq!(args.also_to, ["x@y", "z@y"]);
    }

    #[test]
    fn rejects_non_positive_timeouts_and_message_with_file() {
        assert!(parse(&["send", "a@b", "hi", "--timeout", "0"]).is_err());
        assert!(parse(&["send", "a@b", "hi", "--file", "x"]).is_err());
    }

    #[test]
    fn positional_jids_do_not_clobber_the_account() {
        let cli = parse(&["--jid", "me@a", "version", "a"]).unwrap();
        assert_eq!(cli.global.jid.as_deref(), Some("me@a"));
        let Command::Version(args) = cli.command else {
            panic!()
        };
        assert_eq!(args.target, "a");
    }

    /// Every command's `--help` names each of its options and has examples.
    #[test]
    fn help_of_every_command_mentions_every_option() {
        fn check(command: &mut clap::Command, path: &str) {
            let help = command.render_long_help().to_string();
            for arg in command.get_arguments() {
                if let Some(long) = arg.get_long() {
                    assert!(
                        help.contains(&format!("--{long}")),
                        "{path}: --{long} missing"
                    );
                }
            }
            let is_leaf = !command.has_subcommands();
            if is_leaf
                && !["xmppctl help", "xmppctl man"]
                    .iter()
                    .any(|p| path.starts_with(p))
            {
                assert!(
                    help.contains("Examples:") || path.contains(" help"),
                    "{path}: no examples"
                );
            }
            for sub in command.get_subcommands_mut() {
                let name = format!("{path} {}", sub.get_name());
                check(sub, &name);
            }
        }
        let mut root = command();
        root.build();
        check(&mut root, "xmppctl");
    }

    /// Words of a shell line as `sh` would split them (quotes and
    /// backslashes), with `|`, `;`, `&&`, `||` and `#` as separate words.
    fn shell_words(line: &str) -> Vec<(String, bool)> {
        let mut words = Vec::new();
        let mut word = String::new();
        let mut quoted = false;
        let mut chars = line.chars().peekable();
        let push = |word: &mut String, quoted: &mut bool, words: &mut Vec<(String, bool)>| {
            if !word.is_empty() || *quoted {
                words.push((std::mem::take(word), *quoted));
            }
            *quoted = false;
        };
        while let Some(c) = chars.next() {
            match c {
                '\'' | '"' => {
                    quoted = true;
                    for inner in chars.by_ref() {
                        if inner == c {
                            break;
                        }
                        word.push(inner);
                    }
                }
                '\\' => word.extend(chars.next()),
                ' ' | '\t' => push(&mut word, &mut quoted, &mut words),
                '|' | ';' | '&' | '#' if word.is_empty() => {
                    push(&mut word, &mut quoted, &mut words);
                    words.push((c.to_string(), false));
                }
                _ => word.push(c),
            }
        }
        push(&mut word, &mut quoted, &mut words);
        words
    }

    /// The xmppctl invocations of a shell line: each pipeline stage that
    /// runs `xmppctl`, without env assignments, redirections and comments.
    fn invocations(line: &str) -> Vec<Vec<String>> {
        let mut found = Vec::new();
        let mut stage: Vec<String> = Vec::new();
        let mut words = shell_words(line).into_iter().peekable();
        let mut finish = |stage: &mut Vec<String>| {
            let start = stage
                .iter()
                .position(|w| !w.contains('=') || w.starts_with('-'));
            let stage: Vec<String> = stage.drain(..).skip(start.unwrap_or(0)).collect();
            if stage.first().map(String::as_str) == Some("xmppctl") {
                found.push(stage);
            }
        };
        while let Some((word, quoted)) = words.next() {
            match word.as_str() {
                "#" if !quoted => break,
                "|" | ";" | "&" if !quoted => finish(&mut stage),
                ">" | "2>" | "<" if !quoted => {
                    words.next();
                }
                w if !quoted && (w.starts_with('>') || w.starts_with("2>")) => {}
                _ => stage.push(word),
            }
        }
        finish(&mut stage);
        found
    }

    /// Example lines of a text: indented lines after an `Examples:` line
    /// (help), or, for a README or man page, every line that runs xmppctl;
    /// a trailing backslash continues a line.
    fn example_lines(text: &str) -> Vec<String> {
        let mut lines = Vec::new();
        let mut pending = String::new();
        for line in text.lines() {
            let line = line.trim();
            if let Some(head) = line.strip_suffix('\\') {
                pending.push_str(head);
                continue;
            }
            let whole = std::mem::take(&mut pending) + line;
            if whole.contains("xmppctl ") {
                lines.push(whole);
            }
        }
        lines
    }

    fn check_examples(source: &str, text: &str) -> usize {
        let mut checked = 0;
        for line in example_lines(text) {
            for args in invocations(&line) {
                if let Err(e) = Cli::try_parse_from(&args) {
                    panic!("{source}: `{line}` does not parse: {e}");
                }
                checked += 1;
            }
        }
        checked
    }

    /// Every example in `--help` (rendered at the widest help, so a
    /// wrapped example fails), the README and the man page runs as
    /// printed, as far as the parser can tell.
    #[test]
    fn every_example_parses() {
        fn help_examples(command: &mut clap::Command, checked: &mut usize) {
            let help = command.render_long_help().to_string();
            if let Some((_, examples)) = help.split_once("Examples:") {
                let block: String = examples
                    .lines()
                    .skip(1)
                    .take_while(|line| line.starts_with("  "))
                    .map(|line| format!("{line}\n"))
                    .collect();
                *checked += check_examples(command.get_name(), &block);
            }
            for sub in command.get_subcommands_mut() {
                help_examples(sub, checked);
            }
        }
        let mut root = command().term_width(100);
        root.build();
        let mut checked = 0;
        help_examples(&mut root, &mut checked);
        assert!(checked > 40, "only {checked} help examples");
        assert!(check_examples("README.md", include_str!("../README.md")) > 5);
        assert!(check_examples("man page", crate::manual::EXAMPLES) > 3);
    }

    #[test]
    fn examples_are_read_as_a_shell_reads_them() {
        assert_eq!(
            invocations("X=1 xmppctl send a@b \"hi there\" | jq -r '.id' # note"),
            vec![vec!["xmppctl", "send", "a@b", "hi there"]]
        );
        assert_eq!(
            invocations("xmppctl completions zsh > \"${fpath[1]}/_xmppctl\""),
            vec![vec!["xmppctl", "completions", "zsh"]]
        );
    }

    /// The environment variables the parser reads are in the one table.
    #[test]
    fn every_environment_variable_is_in_the_table() {
        for arg in command().get_arguments() {
            if let Some(name) = arg.get_env() {
                let name = name.to_str().unwrap();
                assert!(
                    crate::config::ENVIRONMENT.iter().any(|(n, _)| *n == name),
                    "{name}"
                );
            }
        }
    }

    #[test]
    fn hold_takes_zero_and_the_man_command_is_listed() {
        let cli = parse(&["presence", "set", "--hold", "0"]).unwrap();
        assert!(matches!(
            cli.command,
            Command::Presence {
                command: Some(PresenceCommand::Set(PresenceSetArgs { hold: 0.0, .. }))
            }
        ));
        assert!(parse(&["presence", "set", "--hold", "-1"]).is_err());
        let help = command().render_help().to_string();
        assert!(help.contains("  man "), "{help}");
    }

    #[test]
    fn has_no_password_option() {
        assert!(parse(&["send", "a@b", "hi", "--password", "x"]).is_err());
    }
}
