//! The command line: the only module that uses clap. Doc comments here are
//! the `--help` text; nothing here does I/O.

use std::path::PathBuf;

use clap::{ArgAction, Args, CommandFactory, Parser, Subcommand, ValueEnum};

pub const ENV_JID: &str = "XMPPCTL_JID";
pub const ENV_ACCOUNT: &str = "XMPPCTL_ACCOUNT";
pub const ENV_CONFIG: &str = "XMPPCTL_CONFIG";
pub const ENV_SERVER: &str = "XMPPCTL_SERVER";
pub const ENV_OUTPUT: &str = "XMPPCTL_OUTPUT";

const EXIT_CODES: &str = "\
Exit codes:
  0    success (for send: the server confirmed every message)
  1    internal or unclassified error
  2    usage: bad arguments, invalid JID, malformed input; nothing was sent
  3    configuration or credentials: no password source, insecure config
  4    network: DNS failure, connection refused or lost
  5    TLS: untrusted or mismatched certificate, handshake failure
  6    authentication: rejected credentials, no acceptable mechanism
  7    refused: the server or a peer answered with an error
  8    timeout: the deadline passed, or an awaited reply or ack never came
  130  interrupted";

const MAIN_EXAMPLES: &str = "\
Examples:
  xmppctl send ops@example.org \"deploy 42 finished\"
  tail -f app.log | xmppctl send --lines ops@example.org
  xmppctl ping --json | jq .rtt_ms
  echo \"<iq type='get' to='example.org'><query xmlns='jabber:iq:version'/></iq>\" | xmppctl iq raw

The password never goes on the command line: use --password-file,
--password-cmd, XMPPCTL_PASSWORD, the config file, or the terminal prompt.";

fn after_help() -> String {
    format!("{MAIN_EXAMPLES}\n\n{EXIT_CODES}")
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

    /// Deadline for each connection attempt, in seconds [default: 10]
    #[arg(long, global = true, value_name = "SECS", value_parser = parse_seconds, help_heading = "Connection")]
    pub connect_timeout: Option<f64>,

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

fn parse_seconds(text: &str) -> Result<f64, String> {
    let secs: f64 = text
        .parse()
        .map_err(|_| format!("{text:?} is not a number of seconds"))?;
    // 1e-9: below a nanosecond a Duration is zero.
    if (1e-9..=86_400.0 * 365.0).contains(&secs) {
        Ok(secs)
    } else {
        Err(format!("{text} is not a positive number of seconds"))
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Send a message; exit 0 only once the server confirmed it
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
    #[command(hide = true)]
    Man,
}

const SEND_EXAMPLES: &str = "\
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
  xmppctl listen --muc builds@conference.example.org --json | jq -r .body";

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

/// The four subscription stanzas of RFC 6121 section 3.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubscriptionAction {
    Subscribe,
    Unsubscribe,
    Approve,
    Deny,
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

    /// Stay online this many seconds before leaving [default: 0]
    #[arg(long, value_name = "SECS", value_parser = parse_seconds)]
    pub hold: Option<f64>,
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

With --listen and --json, one object per line, told apart by \"event\":
entered, occupant (one per occupant on entry), history, then message,
join and leave as they happen.

Examples:
  xmppctl muc join ops@conference.example.org --history 20
  xmppctl muc join --json ops@conference.example.org | jq -r '.occupants[].nick'
  xmppctl muc join ops@conference.example.org --listen 3600 --json | jq -r 'select(.event==\"message\") | .body'";

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
  xmppctl muc config ops@conference.example.org --set muc#roomconfig_roomname=Ops --set muc#roomconfig_persistentroom=true
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
  xmppctl muc create ops@conference.example.org --set muc#roomconfig_membersonly=1 --set muc#roomconfig_persistentroom=1";

#[derive(Debug, Args)]
pub struct MucJoinArgs {
    /// The room's JID (room@service)
    #[arg(value_name = "ROOM")]
    pub room: String,

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

/// One `--set FIELD=VALUE`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldAssignment {
    pub var: String,
    pub value: String,
}

fn parse_field_assignment(text: &str) -> Result<FieldAssignment, String> {
    match text.split_once('=') {
        Some((var, value)) if !var.is_empty() => Ok(FieldAssignment {
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
    pub set: Vec<FieldAssignment>,
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

    #[test]
    fn has_no_password_option() {
        assert!(parse(&["send", "a@b", "hi", "--password", "x"]).is_err());
    }
}
