
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'xmppctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'xmppctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'xmppctl' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send a message; exit 0 once the account''s server took it (--receipt: once it arrived)')
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Print incoming messages until a count, a time limit or Ctrl-C')
            [CompletionResult]::new('ping', 'ping', [CompletionResultType]::ParameterValue, 'Measure the round trip to the server or another entity (XEP-0199)')
            [CompletionResult]::new('roster', 'roster', [CompletionResultType]::ParameterValue, 'List, add or remove contacts (default: list)')
            [CompletionResult]::new('presence', 'presence', [CompletionResultType]::ParameterValue, 'See who is online, announce a status, manage subscriptions (default: list)')
            [CompletionResult]::new('iq', 'iq', [CompletionResultType]::ParameterValue, 'Send raw IQ stanzas and print the answers')
            [CompletionResult]::new('disco', 'disco', [CompletionResultType]::ParameterValue, 'Service discovery (XEP-0030): identities, features, items')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Ask an entity for its software name and version (XEP-0092)')
            [CompletionResult]::new('muc', 'muc', [CompletionResultType]::ParameterValue, 'Multi-user chat (XEP-0045): join, talk, list, configure and administer rooms')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Read the message archive (XEP-0313): one conversation, all of it, or a room''s')
            [CompletionResult]::new('adhoc', 'adhoc', [CompletionResultType]::ParameterValue, 'Ad-hoc commands (XEP-0050): list, show and run what an entity offers')
            [CompletionResult]::new('admin', 'admin', [CompletionResultType]::ParameterValue, 'Server administration (XEP-0133): accounts, online users, announcements')
            [CompletionResult]::new('bookmarks', 'bookmarks', [CompletionResultType]::ParameterValue, 'Room bookmarks (XEP-0402): list, add or remove (default: list)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Diagnose a domain''s XMPP service: DNS, each target''s TLS, certificate and features')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload files to the server''s HTTP upload service (XEP-0363), print their URLs, optionally send them')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions for xmppctl')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmppctl;send' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Another recipient, same session (repeatable)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Message type')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Subject of the message')
            [CompletionResult]::new('--thread', '--thread', [CompletionResultType]::ParameterName, 'Thread id of the message')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read the body from this file instead of the argument or stdin')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the body from this file instead of the argument or stdin')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--lines', '--lines', [CompletionResultType]::ParameterName, 'Send every input line as its own message, as it arrives, in one session')
            [CompletionResult]::new('--receipt', '--receipt', [CompletionResultType]::ParameterName, 'Ask for a delivery receipt (XEP-0184) and wait for it; exit 8 if none comes')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the stanzas as XML and exit without connecting')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;listen' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Stop after N messages')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop after N messages')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Stop after S seconds (exit 0)')
            [CompletionResult]::new('--seconds', '--seconds', [CompletionResultType]::ParameterName, 'Stop after S seconds (exit 0)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Only messages from this JID (bare: any resource; a room: any occupant)')
            [CompletionResult]::new('--muc', '--muc', [CompletionResultType]::ParameterName, 'Also join this room (history 0, default nick) and print its messages (repeatable)')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--bookmarks', '--bookmarks', [CompletionResultType]::ParameterName, 'Also join the autojoin bookmarks'' rooms (with their nicks and passwords)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;ping' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Number of pings in the session')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Number of pings in the session')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;roster' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Print every contact: jid, name, subscription, groups (sorted by JID)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contact, or update it if it is already there')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a contact (exit 7 if it is not in the roster)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmppctl;roster;list' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;roster;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'A group to put the contact in (repeatable)')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--subscribe', '--subscribe', [CompletionResultType]::ParameterName, 'Also ask for a subscription to the contact''s presence')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;roster;remove' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;roster;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Print every contact: jid, name, subscription, groups (sorted by JID)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contact, or update it if it is already there')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a contact (exit 7 if it is not in the roster)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmppctl;roster;help;list' {
            break
        }
        'xmppctl;roster;help;add' {
            break
        }
        'xmppctl;roster;help;remove' {
            break
        }
        'xmppctl;roster;help;help' {
            break
        }
        'xmppctl;presence' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Announce availability and print contacts'' presence once it settles')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Announce a presence (broadcast, or directed with --to), stay --hold seconds, then leave')
            [CompletionResult]::new('subscribe', 'subscribe', [CompletionResultType]::ParameterValue, 'Ask to see the contact''s presence')
            [CompletionResult]::new('unsubscribe', 'unsubscribe', [CompletionResultType]::ParameterValue, 'Stop seeing the contact''s presence')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Let the contact see your presence (answer a subscription request)')
            [CompletionResult]::new('deny', 'deny', [CompletionResultType]::ParameterValue, 'Refuse (or revoke) the contact''s subscription to your presence')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmppctl;presence;list' {
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Collect for this many seconds instead of until presence settles (at most 5 s)')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;presence;set' {
            [CompletionResult]::new('--show', '--show', [CompletionResultType]::ParameterName, 'Availability detail')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Free-text status')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'Priority, -128..127: which resource gets messages sent to the bare JID')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Send it to this JID only (directed presence)')
            [CompletionResult]::new('--hold', '--hold', [CompletionResultType]::ParameterName, 'Stay online this many seconds before leaving (0: leave at once)')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;presence;subscribe' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;presence;unsubscribe' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;presence;approve' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;presence;deny' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;presence;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Announce availability and print contacts'' presence once it settles')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Announce a presence (broadcast, or directed with --to), stay --hold seconds, then leave')
            [CompletionResult]::new('subscribe', 'subscribe', [CompletionResultType]::ParameterValue, 'Ask to see the contact''s presence')
            [CompletionResult]::new('unsubscribe', 'unsubscribe', [CompletionResultType]::ParameterValue, 'Stop seeing the contact''s presence')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Let the contact see your presence (answer a subscription request)')
            [CompletionResult]::new('deny', 'deny', [CompletionResultType]::ParameterValue, 'Refuse (or revoke) the contact''s subscription to your presence')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmppctl;presence;help;list' {
            break
        }
        'xmppctl;presence;help;set' {
            break
        }
        'xmppctl;presence;help;subscribe' {
            break
        }
        'xmppctl;presence;help;unsubscribe' {
            break
        }
        'xmppctl;presence;help;approve' {
            break
        }
        'xmppctl;presence;help;deny' {
            break
        }
        'xmppctl;presence;help;help' {
            break
        }
        'xmppctl;iq' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('raw', 'raw', [CompletionResultType]::ParameterValue, 'Send one or more <iq> get/set elements (pipelined) and print every answer in input order')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmppctl;iq;raw' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--lines', '--lines', [CompletionResultType]::ParameterName, 'With --json: one object per line instead of an array')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;iq;help' {
            [CompletionResult]::new('raw', 'raw', [CompletionResultType]::ParameterValue, 'Send one or more <iq> get/set elements (pipelined) and print every answer in input order')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmppctl;iq;help;raw' {
            break
        }
        'xmppctl;iq;help;help' {
            break
        }
        'xmppctl;disco' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Identities, features and extended information of an entity')
            [CompletionResult]::new('items', 'items', [CompletionResultType]::ParameterValue, 'Items of an entity (follows result-set paging)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmppctl;disco;info' {
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Node to ask about')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;disco;items' {
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Node to ask about')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;disco;help' {
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Identities, features and extended information of an entity')
            [CompletionResult]::new('items', 'items', [CompletionResultType]::ParameterValue, 'Items of an entity (follows result-set paging)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmppctl;disco;help;info' {
            break
        }
        'xmppctl;disco;help;items' {
            break
        }
        'xmppctl;disco;help;help' {
            break
        }
        'xmppctl;version' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;muc' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('join', 'join', [CompletionResultType]::ParameterValue, 'Enter a room, print its subject, occupants and history, optionally listen, leave')
            [CompletionResult]::new('say', 'say', [CompletionResultType]::ParameterValue, 'Say something in a room; exit 0 once the room reflected it back')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Rooms of a conference service')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Name, features and details (muc#roominfo) of a room')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'Members of a room (affiliation member)')
            [CompletionResult]::new('admins', 'admins', [CompletionResultType]::ParameterValue, 'Admins of a room (affiliation admin)')
            [CompletionResult]::new('owners', 'owners', [CompletionResultType]::ParameterValue, 'Owners of a room (affiliation owner)')
            [CompletionResult]::new('bans', 'bans', [CompletionResultType]::ParameterValue, 'Accounts banned from a room (affiliation outcast)')
            [CompletionResult]::new('moderators', 'moderators', [CompletionResultType]::ParameterValue, 'Occupants who moderate a room now (role moderator)')
            [CompletionResult]::new('participants', 'participants', [CompletionResultType]::ParameterValue, 'Occupants with voice now (role participant)')
            [CompletionResult]::new('affiliation', 'affiliation', [CompletionResultType]::ParameterValue, 'Give an account an affiliation with a room: owner, admin, member, outcast (ban) or none')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Print a room''s configuration form, or change fields of it with --set')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a room that does not exist yet, configured at once with --set')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Destroy a room (owners only); its occupants are told why')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmppctl;muc;join' {
            [CompletionResult]::new('--nick', '--nick', [CompletionResultType]::ParameterName, 'Nickname in the room [default: the account''s local part]')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The room''s password (not the account''s)')
            [CompletionResult]::new('--history', '--history', [CompletionResultType]::ParameterName, 'How many past messages to ask for')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Stay this many seconds and print messages, joins and leaves as they happen')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--bookmarks', '--bookmarks', [CompletionResultType]::ParameterName, 'Also enter every autojoin bookmark''s room, with its nick and password (not with --listen)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;muc;say' {
            [CompletionResult]::new('--nick', '--nick', [CompletionResultType]::ParameterName, 'Nickname in the room [default: the account''s local part]')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The room''s password (not the account''s)')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--lines', '--lines', [CompletionResultType]::ParameterName, 'Post every stdin line as its own message, as it arrives')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the room if it does not exist (an instant room); without this, a missing room is exit 7 (item-not-found)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;muc;list' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;muc;info' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;muc;members' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;muc;admins' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;muc;owners' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;muc;bans' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;muc;moderators' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;muc;participants' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;muc;affiliation' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why, shown to the user')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;muc;config' {
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Set a field of the configuration form (repeatable)')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;muc;create' {
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Set a field of the configuration form (repeatable)')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;muc;destroy' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why, shown to the occupants')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;muc;help' {
            [CompletionResult]::new('join', 'join', [CompletionResultType]::ParameterValue, 'Enter a room, print its subject, occupants and history, optionally listen, leave')
            [CompletionResult]::new('say', 'say', [CompletionResultType]::ParameterValue, 'Say something in a room; exit 0 once the room reflected it back')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Rooms of a conference service')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Name, features and details (muc#roominfo) of a room')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'Members of a room (affiliation member)')
            [CompletionResult]::new('admins', 'admins', [CompletionResultType]::ParameterValue, 'Admins of a room (affiliation admin)')
            [CompletionResult]::new('owners', 'owners', [CompletionResultType]::ParameterValue, 'Owners of a room (affiliation owner)')
            [CompletionResult]::new('bans', 'bans', [CompletionResultType]::ParameterValue, 'Accounts banned from a room (affiliation outcast)')
            [CompletionResult]::new('moderators', 'moderators', [CompletionResultType]::ParameterValue, 'Occupants who moderate a room now (role moderator)')
            [CompletionResult]::new('participants', 'participants', [CompletionResultType]::ParameterValue, 'Occupants with voice now (role participant)')
            [CompletionResult]::new('affiliation', 'affiliation', [CompletionResultType]::ParameterValue, 'Give an account an affiliation with a room: owner, admin, member, outcast (ban) or none')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Print a room''s configuration form, or change fields of it with --set')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a room that does not exist yet, configured at once with --set')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Destroy a room (owners only); its occupants are told why')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmppctl;muc;help;join' {
            break
        }
        'xmppctl;muc;help;say' {
            break
        }
        'xmppctl;muc;help;list' {
            break
        }
        'xmppctl;muc;help;info' {
            break
        }
        'xmppctl;muc;help;members' {
            break
        }
        'xmppctl;muc;help;admins' {
            break
        }
        'xmppctl;muc;help;owners' {
            break
        }
        'xmppctl;muc;help;bans' {
            break
        }
        'xmppctl;muc;help;moderators' {
            break
        }
        'xmppctl;muc;help;participants' {
            break
        }
        'xmppctl;muc;help;affiliation' {
            break
        }
        'xmppctl;muc;help;config' {
            break
        }
        'xmppctl;muc;help;create' {
            break
        }
        'xmppctl;muc;help;destroy' {
            break
        }
        'xmppctl;muc;help;help' {
            break
        }
        'xmppctl;history' {
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'The room''s own archive instead of the account''s')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only messages from this time on')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only messages up to this time')
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'At most this many messages')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Continue after this archive id (the end event''s last)')
            [CompletionResult]::new('--before', '--before', [CompletionResultType]::ParameterName, 'The newest messages before this archive id (the end event''s first)')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--last', '--last', [CompletionResultType]::ParameterName, 'The newest --max messages')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;adhoc' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The commands an entity offers: node and name')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Execute a command, print its first form (fields, types, options, required) and cancel')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a command, filling each stage''s form from --set, and print its notes and result form')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmppctl;adhoc;list' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The entity offering the commands [default: the account''s server]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;adhoc;show' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The entity offering the commands [default: the account''s server]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;adhoc;run' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The entity offering the commands [default: the account''s server]')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Fill a field of the form (repeatable)')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'How to submit each form [default: what the command offers, else complete]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;adhoc;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The commands an entity offers: node and name')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Execute a command, print its first form (fields, types, options, required) and cancel')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a command, filling each stage''s form from --set, and print its notes and result form')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmppctl;adhoc;help;list' {
            break
        }
        'xmppctl;adhoc;help;show' {
            break
        }
        'xmppctl;adhoc;help;run' {
            break
        }
        'xmppctl;adhoc;help;help' {
            break
        }
        'xmppctl;admin' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add-user', 'add-user', [CompletionResultType]::ParameterValue, 'Create an account (the new password: --new-password-file, --new-password-cmd, XMPPCTL_NEW_PASSWORD, else asked twice on the terminal)')
            [CompletionResult]::new('delete-user', 'delete-user', [CompletionResultType]::ParameterValue, 'Delete accounts')
            [CompletionResult]::new('change-password', 'change-password', [CompletionResultType]::ParameterValue, 'Set an account''s password (the same sources as add-user)')
            [CompletionResult]::new('online-users', 'online-users', [CompletionResultType]::ParameterValue, 'The accounts online now')
            [CompletionResult]::new('user-stats', 'user-stats', [CompletionResultType]::ParameterValue, 'An account''s roster size, online resources and addresses')
            [CompletionResult]::new('announce', 'announce', [CompletionResultType]::ParameterValue, 'Send a message to every online user')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmppctl;admin;add-user' {
            [CompletionResult]::new('--new-password-file', '--new-password-file', [CompletionResultType]::ParameterName, 'Read the new password from the first line of this file')
            [CompletionResult]::new('--new-password-cmd', '--new-password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the new password')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;admin;delete-user' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;admin;change-password' {
            [CompletionResult]::new('--new-password-file', '--new-password-file', [CompletionResultType]::ParameterName, 'Read the new password from the first line of this file')
            [CompletionResult]::new('--new-password-cmd', '--new-password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the new password')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;admin;online-users' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;admin;user-stats' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;admin;announce' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;admin;help' {
            [CompletionResult]::new('add-user', 'add-user', [CompletionResultType]::ParameterValue, 'Create an account (the new password: --new-password-file, --new-password-cmd, XMPPCTL_NEW_PASSWORD, else asked twice on the terminal)')
            [CompletionResult]::new('delete-user', 'delete-user', [CompletionResultType]::ParameterValue, 'Delete accounts')
            [CompletionResult]::new('change-password', 'change-password', [CompletionResultType]::ParameterValue, 'Set an account''s password (the same sources as add-user)')
            [CompletionResult]::new('online-users', 'online-users', [CompletionResultType]::ParameterValue, 'The accounts online now')
            [CompletionResult]::new('user-stats', 'user-stats', [CompletionResultType]::ParameterValue, 'An account''s roster size, online resources and addresses')
            [CompletionResult]::new('announce', 'announce', [CompletionResultType]::ParameterValue, 'Send a message to every online user')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmppctl;admin;help;add-user' {
            break
        }
        'xmppctl;admin;help;delete-user' {
            break
        }
        'xmppctl;admin;help;change-password' {
            break
        }
        'xmppctl;admin;help;online-users' {
            break
        }
        'xmppctl;admin;help;user-stats' {
            break
        }
        'xmppctl;admin;help;announce' {
            break
        }
        'xmppctl;admin;help;help' {
            break
        }
        'xmppctl;bookmarks' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The stored bookmarks: room, name, nick, autojoin')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Bookmark a room (replacing its bookmark, if any)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a room''s bookmark; exit 7 (item-not-found) when there is none')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmppctl;bookmarks;list' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;bookmarks;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A name for the room')
            [CompletionResult]::new('--nick', '--nick', [CompletionResultType]::ParameterName, 'The nickname to join with [default: the account''s local part]')
            [CompletionResult]::new('--room-password-file', '--room-password-file', [CompletionResultType]::ParameterName, 'Store the room''s password, read from the first line of this file')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--autojoin', '--autojoin', [CompletionResultType]::ParameterName, 'Join the room automatically (listen --bookmarks, muc join --bookmarks)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;bookmarks;remove' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;bookmarks;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The stored bookmarks: room, name, nick, autojoin')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Bookmark a room (replacing its bookmark, if any)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a room''s bookmark; exit 7 (item-not-found) when there is none')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmppctl;bookmarks;help;list' {
            break
        }
        'xmppctl;bookmarks;help;add' {
            break
        }
        'xmppctl;bookmarks;help;remove' {
            break
        }
        'xmppctl;bookmarks;help;help' {
            break
        }
        'xmppctl;check' {
            [CompletionResult]::new('--warn-days', '--warn-days', [CompletionResultType]::ParameterName, 'Warn when a certificate expires within this many days')
            [CompletionResult]::new('--crit-days', '--crit-days', [CompletionResultType]::ParameterName, 'Critical when a certificate expires within this many days')
            [CompletionResult]::new('--warn-time', '--warn-time', [CompletionResultType]::ParameterName, 'Warn when connecting or logging in takes longer than this')
            [CompletionResult]::new('--crit-time', '--crit-time', [CompletionResultType]::ParameterName, 'Critical when connecting or logging in takes longer than this')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--login', '--login', [CompletionResultType]::ParameterName, 'Also log in with the configured account: login time, a ping, services from disco')
            [CompletionResult]::new('--nagios', '--nagios', [CompletionResultType]::ParameterName, 'Print one monitoring-plugin status line (Nagios, Icinga); exit 0/1/2, 3 for UNKNOWN')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;upload' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Send each URL to this JID as a chat message (repeatable)')
            [CompletionResult]::new('--muc', '--muc', [CompletionResultType]::ParameterName, 'Post each URL in this room (repeatable)')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'Text before the URL in each message (needs --to or --muc)')
            [CompletionResult]::new('--content-type', '--content-type', [CompletionResultType]::ParameterName, 'Content type of every file [default: guessed from the extension of its name (common kinds of image, audio, video, text, document, archive), else application/octet-stream]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;completions' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;man' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)')
            [CompletionResult]::new('--password-cmd', '--password-cmd', [CompletionResultType]::ParameterName, 'Run this command with `sh -c` and use the first line it prints as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How TLS starts')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system''s')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: xmppctl-<random>]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline for the whole run, in seconds [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]')
            [CompletionResult]::new('--reconnect-for', '--reconnect-for', [CompletionResultType]::ParameterName, 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Extra attempts after transient connection failures, with backoff [default: 2]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: XMPPCTL_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every run)')
            [CompletionResult]::new('--no-fast', '--no-fast', [CompletionResultType]::ParameterName, 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No stderr output except errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmppctl;help' {
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send a message; exit 0 once the account''s server took it (--receipt: once it arrived)')
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Print incoming messages until a count, a time limit or Ctrl-C')
            [CompletionResult]::new('ping', 'ping', [CompletionResultType]::ParameterValue, 'Measure the round trip to the server or another entity (XEP-0199)')
            [CompletionResult]::new('roster', 'roster', [CompletionResultType]::ParameterValue, 'List, add or remove contacts (default: list)')
            [CompletionResult]::new('presence', 'presence', [CompletionResultType]::ParameterValue, 'See who is online, announce a status, manage subscriptions (default: list)')
            [CompletionResult]::new('iq', 'iq', [CompletionResultType]::ParameterValue, 'Send raw IQ stanzas and print the answers')
            [CompletionResult]::new('disco', 'disco', [CompletionResultType]::ParameterValue, 'Service discovery (XEP-0030): identities, features, items')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Ask an entity for its software name and version (XEP-0092)')
            [CompletionResult]::new('muc', 'muc', [CompletionResultType]::ParameterValue, 'Multi-user chat (XEP-0045): join, talk, list, configure and administer rooms')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Read the message archive (XEP-0313): one conversation, all of it, or a room''s')
            [CompletionResult]::new('adhoc', 'adhoc', [CompletionResultType]::ParameterValue, 'Ad-hoc commands (XEP-0050): list, show and run what an entity offers')
            [CompletionResult]::new('admin', 'admin', [CompletionResultType]::ParameterValue, 'Server administration (XEP-0133): accounts, online users, announcements')
            [CompletionResult]::new('bookmarks', 'bookmarks', [CompletionResultType]::ParameterValue, 'Room bookmarks (XEP-0402): list, add or remove (default: list)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Diagnose a domain''s XMPP service: DNS, each target''s TLS, certificate and features')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload files to the server''s HTTP upload service (XEP-0363), print their URLs, optionally send them')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions for xmppctl')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmppctl;help;send' {
            break
        }
        'xmppctl;help;listen' {
            break
        }
        'xmppctl;help;ping' {
            break
        }
        'xmppctl;help;roster' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Print every contact: jid, name, subscription, groups (sorted by JID)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contact, or update it if it is already there')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a contact (exit 7 if it is not in the roster)')
            break
        }
        'xmppctl;help;roster;list' {
            break
        }
        'xmppctl;help;roster;add' {
            break
        }
        'xmppctl;help;roster;remove' {
            break
        }
        'xmppctl;help;presence' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Announce availability and print contacts'' presence once it settles')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Announce a presence (broadcast, or directed with --to), stay --hold seconds, then leave')
            [CompletionResult]::new('subscribe', 'subscribe', [CompletionResultType]::ParameterValue, 'Ask to see the contact''s presence')
            [CompletionResult]::new('unsubscribe', 'unsubscribe', [CompletionResultType]::ParameterValue, 'Stop seeing the contact''s presence')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Let the contact see your presence (answer a subscription request)')
            [CompletionResult]::new('deny', 'deny', [CompletionResultType]::ParameterValue, 'Refuse (or revoke) the contact''s subscription to your presence')
            break
        }
        'xmppctl;help;presence;list' {
            break
        }
        'xmppctl;help;presence;set' {
            break
        }
        'xmppctl;help;presence;subscribe' {
            break
        }
        'xmppctl;help;presence;unsubscribe' {
            break
        }
        'xmppctl;help;presence;approve' {
            break
        }
        'xmppctl;help;presence;deny' {
            break
        }
        'xmppctl;help;iq' {
            [CompletionResult]::new('raw', 'raw', [CompletionResultType]::ParameterValue, 'Send one or more <iq> get/set elements (pipelined) and print every answer in input order')
            break
        }
        'xmppctl;help;iq;raw' {
            break
        }
        'xmppctl;help;disco' {
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Identities, features and extended information of an entity')
            [CompletionResult]::new('items', 'items', [CompletionResultType]::ParameterValue, 'Items of an entity (follows result-set paging)')
            break
        }
        'xmppctl;help;disco;info' {
            break
        }
        'xmppctl;help;disco;items' {
            break
        }
        'xmppctl;help;version' {
            break
        }
        'xmppctl;help;muc' {
            [CompletionResult]::new('join', 'join', [CompletionResultType]::ParameterValue, 'Enter a room, print its subject, occupants and history, optionally listen, leave')
            [CompletionResult]::new('say', 'say', [CompletionResultType]::ParameterValue, 'Say something in a room; exit 0 once the room reflected it back')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Rooms of a conference service')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Name, features and details (muc#roominfo) of a room')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'Members of a room (affiliation member)')
            [CompletionResult]::new('admins', 'admins', [CompletionResultType]::ParameterValue, 'Admins of a room (affiliation admin)')
            [CompletionResult]::new('owners', 'owners', [CompletionResultType]::ParameterValue, 'Owners of a room (affiliation owner)')
            [CompletionResult]::new('bans', 'bans', [CompletionResultType]::ParameterValue, 'Accounts banned from a room (affiliation outcast)')
            [CompletionResult]::new('moderators', 'moderators', [CompletionResultType]::ParameterValue, 'Occupants who moderate a room now (role moderator)')
            [CompletionResult]::new('participants', 'participants', [CompletionResultType]::ParameterValue, 'Occupants with voice now (role participant)')
            [CompletionResult]::new('affiliation', 'affiliation', [CompletionResultType]::ParameterValue, 'Give an account an affiliation with a room: owner, admin, member, outcast (ban) or none')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Print a room''s configuration form, or change fields of it with --set')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a room that does not exist yet, configured at once with --set')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Destroy a room (owners only); its occupants are told why')
            break
        }
        'xmppctl;help;muc;join' {
            break
        }
        'xmppctl;help;muc;say' {
            break
        }
        'xmppctl;help;muc;list' {
            break
        }
        'xmppctl;help;muc;info' {
            break
        }
        'xmppctl;help;muc;members' {
            break
        }
        'xmppctl;help;muc;admins' {
            break
        }
        'xmppctl;help;muc;owners' {
            break
        }
        'xmppctl;help;muc;bans' {
            break
        }
        'xmppctl;help;muc;moderators' {
            break
        }
        'xmppctl;help;muc;participants' {
            break
        }
        'xmppctl;help;muc;affiliation' {
            break
        }
        'xmppctl;help;muc;config' {
            break
        }
        'xmppctl;help;muc;create' {
            break
        }
        'xmppctl;help;muc;destroy' {
            break
        }
        'xmppctl;help;history' {
            break
        }
        'xmppctl;help;adhoc' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The commands an entity offers: node and name')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Execute a command, print its first form (fields, types, options, required) and cancel')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a command, filling each stage''s form from --set, and print its notes and result form')
            break
        }
        'xmppctl;help;adhoc;list' {
            break
        }
        'xmppctl;help;adhoc;show' {
            break
        }
        'xmppctl;help;adhoc;run' {
            break
        }
        'xmppctl;help;admin' {
            [CompletionResult]::new('add-user', 'add-user', [CompletionResultType]::ParameterValue, 'Create an account (the new password: --new-password-file, --new-password-cmd, XMPPCTL_NEW_PASSWORD, else asked twice on the terminal)')
            [CompletionResult]::new('delete-user', 'delete-user', [CompletionResultType]::ParameterValue, 'Delete accounts')
            [CompletionResult]::new('change-password', 'change-password', [CompletionResultType]::ParameterValue, 'Set an account''s password (the same sources as add-user)')
            [CompletionResult]::new('online-users', 'online-users', [CompletionResultType]::ParameterValue, 'The accounts online now')
            [CompletionResult]::new('user-stats', 'user-stats', [CompletionResultType]::ParameterValue, 'An account''s roster size, online resources and addresses')
            [CompletionResult]::new('announce', 'announce', [CompletionResultType]::ParameterValue, 'Send a message to every online user')
            break
        }
        'xmppctl;help;admin;add-user' {
            break
        }
        'xmppctl;help;admin;delete-user' {
            break
        }
        'xmppctl;help;admin;change-password' {
            break
        }
        'xmppctl;help;admin;online-users' {
            break
        }
        'xmppctl;help;admin;user-stats' {
            break
        }
        'xmppctl;help;admin;announce' {
            break
        }
        'xmppctl;help;bookmarks' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The stored bookmarks: room, name, nick, autojoin')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Bookmark a room (replacing its bookmark, if any)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a room''s bookmark; exit 7 (item-not-found) when there is none')
            break
        }
        'xmppctl;help;bookmarks;list' {
            break
        }
        'xmppctl;help;bookmarks;add' {
            break
        }
        'xmppctl;help;bookmarks;remove' {
            break
        }
        'xmppctl;help;check' {
            break
        }
        'xmppctl;help;upload' {
            break
        }
        'xmppctl;help;completions' {
            break
        }
        'xmppctl;help;man' {
            break
        }
        'xmppctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
