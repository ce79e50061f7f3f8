//! The man page and shell completions, generated from the clap definition
//! so they cannot drift from the CLI (tests compare them with the copies
//! committed under `doc/` and `completions/`).

use std::io::{self, Write};

use crate::cli;
use crate::config::{ENVIRONMENT, Layer};
use crate::error::exit_codes;

const CONFIG_EXAMPLE: &str = "\
default_account = \"bot\"
timeout = 20

[accounts.bot]
jid = \"bot@example.org\"
password_cmd = \"pass show xmpp/bot\"

[accounts.ops]
jid = \"ops@example.net\"
password_file = \"~/.config/xmppctl/ops.pw\"
server = \"xmpp.example.net:5223\"
tls = \"direct\"
ca_file = \"/etc/ssl/private-ca.pem\"";

pub const EXAMPLES: &str = "\
# CI notification, password from a secret variable
XMPPCTL_JID=ci@example.org XMPPCTL_PASSWORD=$XMPP_PASSWORD \\
    xmppctl send ops@example.org \"build $CI_JOB_ID failed\"

# cron: page on errors in a log, one session for the stream
tail -f /var/log/app.log | grep --line-buffered ERROR | xmppctl send --lines ops@example.org

# attach the test log to the failure notice (HTTP File Upload)
xmppctl upload --to ops@example.org --message \"tests red on main\" test.log

# scripting with jq
xmppctl roster --json | jq -r '.[].jid'
xmppctl ping --count 5 --json | jq .median_ms

# raw IQ
echo \"<iq type='get' to='example.org'><query xmlns='jabber:iq:version'/></iq>\" | xmppctl iq raw";

/// Escape text for roff: backslashes, and a leading dot or quote.
fn roff(text: &str) -> String {
    let text = text.replace('\\', "\\e").replace('-', "\\-");
    if text.starts_with('.') || text.starts_with('\'') {
        format!("\\&{text}")
    } else {
        text
    }
}

fn tagged_list(out: &mut dyn Write, rows: &[(&str, &str)]) -> io::Result<()> {
    for (tag, text) in rows {
        writeln!(out, ".TP\n\\fB{}\\fR\n{}", roff(tag), roff(text))?;
    }
    Ok(())
}

fn literal(out: &mut dyn Write, text: &str) -> io::Result<()> {
    writeln!(out, ".PP\n.nf\n.RS 4")?;
    for line in text.lines() {
        writeln!(out, "{}", roff(line))?;
    }
    writeln!(out, ".RE\n.fi")
}

/// Every command with its usage line and summary, depth first. The
/// command must be built, so that usage lines carry the full path.
fn commands(out: &mut dyn Write, command: &mut clap::Command) -> io::Result<()> {
    for sub in command.get_subcommands_mut() {
        if sub.is_hide_set() || sub.get_name() == "help" {
            continue;
        }
        let usage = sub.render_usage().to_string();
        let usage = usage.trim_start_matches("Usage: ");
        let about = sub.get_about().map(|a| a.to_string()).unwrap_or_default();
        writeln!(out, ".TP\n\\fB{}\\fR\n{}", roff(usage), roff(&about))?;
        if sub.has_subcommands() {
            commands(out, sub)?;
        }
    }
    Ok(())
}

pub fn man_page(out: &mut dyn Write) -> io::Result<()> {
    let mut command = cli::command();
    command.build();
    let man = clap_mangen::Man::new(command.clone());
    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    man.render_options_section(out)?;
    writeln!(out, ".SH COMMANDS")?;
    commands(out, &mut command)?;
    writeln!(
        out,
        ".PP\nEach command has its own \\fB\\-\\-help\\fR with every option and examples."
    )?;
    writeln!(out, ".SH \"EXIT STATUS\"")?;
    let codes: Vec<(String, &str)> = exit_codes().map(|(c, m)| (c.to_string(), m)).collect();
    let codes: Vec<(&str, &str)> = codes.iter().map(|(c, m)| (c.as_str(), *m)).collect();
    tagged_list(out, &codes)?;
    writeln!(out, ".SH ENVIRONMENT")?;
    tagged_list(out, ENVIRONMENT)?;
    writeln!(
        out,
        ".SH FILES\n.TP\n\\fI$XDG_CONFIG_HOME/xmppctl/config.toml\\fR"
    )?;
    writeln!(
        out,
        "{}",
        roff(&format!(
            "Named accounts and defaults. Flags override the environment, which overrides the file; an [accounts.NAME] section overrides the top level. Keys: {}. A file holding a password must be readable by its owner alone (chmod 600), or xmppctl refuses it (exit 3).",
            Layer::KEYS.join(", ")
        ))
    )?;
    literal(out, CONFIG_EXAMPLE)?;
    writeln!(out, ".SH SECURITY")?;
    writeln!(
        out,
        "{}",
        roff(
            "TLS is always required and certificates are verified against the system roots plus --ca-file. SCRAM is preferred over PLAIN, and an offered SCRAM is never downgraded to PLAIN. There is no option that takes the password on the command line, where other users could read it; nothing secret is printed at any verbosity."
        )
    )?;
    writeln!(out, ".SH EXAMPLES")?;
    literal(out, EXAMPLES)?;
    man.render_version_section(out)
}

/// The completion script for `shell` (a name clap_complete knows).
pub fn completions(shell: &str, out: &mut dyn Write) -> io::Result<()> {
    let shell: clap_complete::Shell = shell
        .parse()
        .map_err(|e: String| io::Error::new(io::ErrorKind::InvalidInput, e))?;
    clap_complete::generate(shell, &mut cli::command(), "xmppctl", out);
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::config::{ENVIRONMENT, Layer};
    use crate::error::exit_codes;

    const CONTRACT: &str = include_str!("../doc/cli.md");

    /// The rows of the Markdown table that follows `heading` in doc/cli.md.
    fn table(heading: &str) -> Vec<Vec<String>> {
        let (_, after) = CONTRACT.split_once(heading).expect("the heading");
        after
            .lines()
            .skip_while(|l| !l.starts_with('|'))
            .take_while(|l| l.starts_with('|'))
            .skip(2)
            .map(|row| {
                row.trim_matches('|')
                    .split('|')
                    .map(|cell| cell.trim().replace('`', ""))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn the_contract_page_has_the_programs_tables() {
        let codes: Vec<Vec<String>> = exit_codes()
            .map(|(code, meaning)| vec![code.to_string(), meaning.to_string()])
            .collect();
        assert_eq!(table("\n## Exit codes"), codes);
        let environment: Vec<Vec<String>> = ENVIRONMENT
            .iter()
            .map(|(name, meaning)| vec![name.to_string(), meaning.to_string()])
            .collect();
        assert_eq!(table("\n### Environment"), environment);
        let keys: Vec<String> = Layer::KEYS.iter().map(|key| format!("`{key}`")).collect();
        let keys = keys.join(", ");
        assert!(
            CONTRACT.replace('\n', " ").contains(&keys),
            "doc/cli.md should list the config keys {keys}"
        );
    }

    #[test]
    fn the_readme_names_every_variable_and_links_the_contract() {
        let readme = include_str!("../README.md");
        for (name, _) in ENVIRONMENT {
            assert!(readme.contains(name), "README.md does not mention {name}");
        }
        assert!(readme.contains("(doc/cli.md)"));
        assert!(!readme.contains("shared/design"));
    }

    #[test]
    fn man_page_renders() {
        let mut page = Vec::new();
        super::man_page(&mut page).unwrap();
        let page = String::from_utf8(page).unwrap();
        assert!(page.contains(".SH \"EXIT STATUS\""));
        assert!(page.contains("XMPPCTL_PASSWORD"));
        assert!(page.contains("xmppctl roster add"));
    }
}
