# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_xmppctl_global_optspecs
    string join \n j/jid= a/account= config= password-file= password-cmd= server= dns= tls= ca-file= insecure resource= timeout= connect-timeout= reconnect-for= keepalive= no-fast retry= o/output= json v/verbose q/quiet h/help V/version
end

function __fish_xmppctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_xmppctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_xmppctl_using_subcommand
    set -l cmd (__fish_xmppctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c xmppctl -n "__fish_xmppctl_needs_command" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_needs_command" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_needs_command" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_needs_command" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_needs_command" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_needs_command" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_needs_command" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_needs_command" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_needs_command" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_needs_command" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_needs_command" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_needs_command" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_needs_command" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_needs_command" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_needs_command" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_needs_command" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_needs_command" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_needs_command" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_needs_command" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_needs_command" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_needs_command" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_needs_command" -s V -l version -d 'Print version'
complete -c xmppctl -n "__fish_xmppctl_needs_command" -f -a "send" -d 'Send a message; exit 0 once the account\'s server took it (--receipt: once it arrived)'
complete -c xmppctl -n "__fish_xmppctl_needs_command" -f -a "listen" -d 'Print incoming messages until a count, a time limit or Ctrl-C'
complete -c xmppctl -n "__fish_xmppctl_needs_command" -f -a "ping" -d 'Measure the round trip to the server or another entity (XEP-0199)'
complete -c xmppctl -n "__fish_xmppctl_needs_command" -f -a "roster" -d 'List, add or remove contacts (default: list)'
complete -c xmppctl -n "__fish_xmppctl_needs_command" -f -a "presence" -d 'See who is online, announce a status, manage subscriptions (default: list)'
complete -c xmppctl -n "__fish_xmppctl_needs_command" -f -a "iq" -d 'Send raw IQ stanzas and print the answers'
complete -c xmppctl -n "__fish_xmppctl_needs_command" -f -a "disco" -d 'Service discovery (XEP-0030): identities, features, items'
complete -c xmppctl -n "__fish_xmppctl_needs_command" -f -a "version" -d 'Ask an entity for its software name and version (XEP-0092)'
complete -c xmppctl -n "__fish_xmppctl_needs_command" -f -a "muc" -d 'Multi-user chat (XEP-0045): join, talk, list, configure and administer rooms'
complete -c xmppctl -n "__fish_xmppctl_needs_command" -f -a "history" -d 'Read the message archive (XEP-0313): one conversation, all of it, or a room\'s'
complete -c xmppctl -n "__fish_xmppctl_needs_command" -f -a "adhoc" -d 'Ad-hoc commands (XEP-0050): list, show and run what an entity offers'
complete -c xmppctl -n "__fish_xmppctl_needs_command" -f -a "admin" -d 'Server administration (XEP-0133): accounts, online users, announcements'
complete -c xmppctl -n "__fish_xmppctl_needs_command" -f -a "bookmarks" -d 'Room bookmarks (XEP-0402): list, add or remove (default: list)'
complete -c xmppctl -n "__fish_xmppctl_needs_command" -f -a "check" -d 'Diagnose a domain\'s XMPP service: DNS, each target\'s TLS, certificate and features'
complete -c xmppctl -n "__fish_xmppctl_needs_command" -f -a "upload" -d 'Upload files to the server\'s HTTP upload service (XEP-0363), print their URLs, optionally send them'
complete -c xmppctl -n "__fish_xmppctl_needs_command" -f -a "completions" -d 'Print shell completions for xmppctl'
complete -c xmppctl -n "__fish_xmppctl_needs_command" -f -a "man" -d 'Print the man page (roff)'
complete -c xmppctl -n "__fish_xmppctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand send" -l to -d 'Another recipient, same session (repeatable)' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand send" -l type -d 'Message type' -r -f -a "chat\t''
normal\t''
headline\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand send" -l subject -d 'Subject of the message' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand send" -l thread -d 'Thread id of the message' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand send" -s f -l file -d 'Read the body from this file instead of the argument or stdin' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand send" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand send" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand send" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand send" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand send" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand send" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand send" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand send" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand send" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand send" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand send" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand send" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand send" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand send" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand send" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand send" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand send" -l lines -d 'Send every input line as its own message, as it arrives, in one session'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand send" -l receipt -d 'Ask for a delivery receipt (XEP-0184) and wait for it; exit 8 if none comes'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand send" -l dry-run -d 'Print the stanzas as XML and exit without connecting'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand send" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand send" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand send" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand send" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand send" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand send" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand listen" -s n -l count -d 'Stop after N messages' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand listen" -s s -l seconds -d 'Stop after S seconds (exit 0)' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand listen" -l from -d 'Only messages from this JID (bare: any resource; a room: any occupant)' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand listen" -l muc -d 'Also join this room (history 0, default nick) and print its messages (repeatable)' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand listen" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand listen" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand listen" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand listen" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand listen" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand listen" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand listen" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand listen" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand listen" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand listen" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand listen" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand listen" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand listen" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand listen" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand listen" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand listen" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand listen" -l bookmarks -d 'Also join the autojoin bookmarks\' rooms (with their nicks and passwords)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand listen" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand listen" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand listen" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand listen" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand listen" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand listen" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand ping" -s c -l count -d 'Number of pings in the session' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand ping" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand ping" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand ping" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand ping" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand ping" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand ping" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand ping" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand ping" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand ping" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand ping" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand ping" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand ping" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand ping" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand ping" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand ping" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand ping" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand ping" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand ping" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand ping" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand ping" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand ping" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand ping" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and not __fish_seen_subcommand_from list add remove help" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and not __fish_seen_subcommand_from list add remove help" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and not __fish_seen_subcommand_from list add remove help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and not __fish_seen_subcommand_from list add remove help" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and not __fish_seen_subcommand_from list add remove help" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and not __fish_seen_subcommand_from list add remove help" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and not __fish_seen_subcommand_from list add remove help" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and not __fish_seen_subcommand_from list add remove help" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and not __fish_seen_subcommand_from list add remove help" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and not __fish_seen_subcommand_from list add remove help" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and not __fish_seen_subcommand_from list add remove help" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and not __fish_seen_subcommand_from list add remove help" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and not __fish_seen_subcommand_from list add remove help" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and not __fish_seen_subcommand_from list add remove help" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and not __fish_seen_subcommand_from list add remove help" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and not __fish_seen_subcommand_from list add remove help" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and not __fish_seen_subcommand_from list add remove help" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and not __fish_seen_subcommand_from list add remove help" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and not __fish_seen_subcommand_from list add remove help" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and not __fish_seen_subcommand_from list add remove help" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and not __fish_seen_subcommand_from list add remove help" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and not __fish_seen_subcommand_from list add remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and not __fish_seen_subcommand_from list add remove help" -f -a "list" -d 'Print every contact: jid, name, subscription, groups (sorted by JID)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and not __fish_seen_subcommand_from list add remove help" -f -a "add" -d 'Add a contact, or update it if it is already there'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and not __fish_seen_subcommand_from list add remove help" -f -a "remove" -d 'Remove a contact (exit 7 if it is not in the roster)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and not __fish_seen_subcommand_from list add remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from list" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from list" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from list" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from list" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from list" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from list" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from list" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from list" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from list" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from list" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from list" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from list" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from list" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from list" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from list" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from list" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from list" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from list" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from add" -l name -d 'Display name' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from add" -l group -d 'A group to put the contact in (repeatable)' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from add" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from add" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from add" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from add" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from add" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from add" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from add" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from add" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from add" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from add" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from add" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from add" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from add" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from add" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from add" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from add" -l subscribe -d 'Also ask for a subscription to the contact\'s presence'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from add" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from add" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from add" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from add" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from add" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from remove" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from remove" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from remove" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from remove" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from remove" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from remove" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from remove" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from remove" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from remove" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from remove" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from remove" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from remove" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from remove" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from remove" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from remove" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from remove" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from remove" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from remove" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from remove" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from help" -f -a "list" -d 'Print every contact: jid, name, subscription, groups (sorted by JID)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a contact, or update it if it is already there'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a contact (exit 7 if it is not in the roster)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand roster; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and not __fish_seen_subcommand_from list set subscribe unsubscribe approve deny help" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and not __fish_seen_subcommand_from list set subscribe unsubscribe approve deny help" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and not __fish_seen_subcommand_from list set subscribe unsubscribe approve deny help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and not __fish_seen_subcommand_from list set subscribe unsubscribe approve deny help" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and not __fish_seen_subcommand_from list set subscribe unsubscribe approve deny help" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and not __fish_seen_subcommand_from list set subscribe unsubscribe approve deny help" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and not __fish_seen_subcommand_from list set subscribe unsubscribe approve deny help" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and not __fish_seen_subcommand_from list set subscribe unsubscribe approve deny help" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and not __fish_seen_subcommand_from list set subscribe unsubscribe approve deny help" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and not __fish_seen_subcommand_from list set subscribe unsubscribe approve deny help" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and not __fish_seen_subcommand_from list set subscribe unsubscribe approve deny help" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and not __fish_seen_subcommand_from list set subscribe unsubscribe approve deny help" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and not __fish_seen_subcommand_from list set subscribe unsubscribe approve deny help" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and not __fish_seen_subcommand_from list set subscribe unsubscribe approve deny help" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and not __fish_seen_subcommand_from list set subscribe unsubscribe approve deny help" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and not __fish_seen_subcommand_from list set subscribe unsubscribe approve deny help" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and not __fish_seen_subcommand_from list set subscribe unsubscribe approve deny help" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and not __fish_seen_subcommand_from list set subscribe unsubscribe approve deny help" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and not __fish_seen_subcommand_from list set subscribe unsubscribe approve deny help" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and not __fish_seen_subcommand_from list set subscribe unsubscribe approve deny help" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and not __fish_seen_subcommand_from list set subscribe unsubscribe approve deny help" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and not __fish_seen_subcommand_from list set subscribe unsubscribe approve deny help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and not __fish_seen_subcommand_from list set subscribe unsubscribe approve deny help" -f -a "list" -d 'Announce availability and print contacts\' presence once it settles'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and not __fish_seen_subcommand_from list set subscribe unsubscribe approve deny help" -f -a "set" -d 'Announce a presence (broadcast, or directed with --to), stay --hold seconds, then leave'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and not __fish_seen_subcommand_from list set subscribe unsubscribe approve deny help" -f -a "subscribe" -d 'Ask to see the contact\'s presence'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and not __fish_seen_subcommand_from list set subscribe unsubscribe approve deny help" -f -a "unsubscribe" -d 'Stop seeing the contact\'s presence'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and not __fish_seen_subcommand_from list set subscribe unsubscribe approve deny help" -f -a "approve" -d 'Let the contact see your presence (answer a subscription request)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and not __fish_seen_subcommand_from list set subscribe unsubscribe approve deny help" -f -a "deny" -d 'Refuse (or revoke) the contact\'s subscription to your presence'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and not __fish_seen_subcommand_from list set subscribe unsubscribe approve deny help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from list" -l wait -d 'Collect for this many seconds instead of until presence settles (at most 5 s)' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from list" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from list" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from list" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from list" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from list" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from list" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from list" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from list" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from list" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from list" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from list" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from list" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from list" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from list" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from list" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from list" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from list" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from list" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from set" -l show -d 'Availability detail' -r -f -a "away\t''
chat\t''
dnd\t''
xa\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from set" -l status -d 'Free-text status' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from set" -l priority -d 'Priority, -128..127: which resource gets messages sent to the bare JID' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from set" -l to -d 'Send it to this JID only (directed presence)' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from set" -l hold -d 'Stay online this many seconds before leaving (0: leave at once)' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from set" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from set" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from set" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from set" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from set" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from set" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from set" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from set" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from set" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from set" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from set" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from set" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from set" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from set" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from set" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from set" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from set" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from set" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from set" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from set" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from approve" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from approve" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from approve" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from approve" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from approve" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from approve" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from approve" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from approve" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from approve" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from approve" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from approve" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from approve" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from approve" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from approve" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from approve" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from approve" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from approve" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from approve" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from approve" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from approve" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from approve" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from approve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from deny" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from deny" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from deny" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from deny" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from deny" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from deny" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from deny" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from deny" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from deny" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from deny" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from deny" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from deny" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from deny" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from deny" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from deny" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from deny" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from deny" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from deny" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from deny" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from deny" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from deny" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from deny" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from help" -f -a "list" -d 'Announce availability and print contacts\' presence once it settles'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from help" -f -a "set" -d 'Announce a presence (broadcast, or directed with --to), stay --hold seconds, then leave'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from help" -f -a "subscribe" -d 'Ask to see the contact\'s presence'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from help" -f -a "unsubscribe" -d 'Stop seeing the contact\'s presence'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from help" -f -a "approve" -d 'Let the contact see your presence (answer a subscription request)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from help" -f -a "deny" -d 'Refuse (or revoke) the contact\'s subscription to your presence'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand presence; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and not __fish_seen_subcommand_from raw help" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and not __fish_seen_subcommand_from raw help" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and not __fish_seen_subcommand_from raw help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and not __fish_seen_subcommand_from raw help" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and not __fish_seen_subcommand_from raw help" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and not __fish_seen_subcommand_from raw help" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and not __fish_seen_subcommand_from raw help" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and not __fish_seen_subcommand_from raw help" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and not __fish_seen_subcommand_from raw help" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and not __fish_seen_subcommand_from raw help" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and not __fish_seen_subcommand_from raw help" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and not __fish_seen_subcommand_from raw help" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and not __fish_seen_subcommand_from raw help" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and not __fish_seen_subcommand_from raw help" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and not __fish_seen_subcommand_from raw help" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and not __fish_seen_subcommand_from raw help" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and not __fish_seen_subcommand_from raw help" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and not __fish_seen_subcommand_from raw help" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and not __fish_seen_subcommand_from raw help" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and not __fish_seen_subcommand_from raw help" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and not __fish_seen_subcommand_from raw help" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and not __fish_seen_subcommand_from raw help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and not __fish_seen_subcommand_from raw help" -f -a "raw" -d 'Send one or more <iq> get/set elements (pipelined) and print every answer in input order'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and not __fish_seen_subcommand_from raw help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and __fish_seen_subcommand_from raw" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and __fish_seen_subcommand_from raw" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and __fish_seen_subcommand_from raw" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and __fish_seen_subcommand_from raw" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and __fish_seen_subcommand_from raw" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and __fish_seen_subcommand_from raw" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and __fish_seen_subcommand_from raw" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and __fish_seen_subcommand_from raw" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and __fish_seen_subcommand_from raw" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and __fish_seen_subcommand_from raw" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and __fish_seen_subcommand_from raw" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and __fish_seen_subcommand_from raw" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and __fish_seen_subcommand_from raw" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and __fish_seen_subcommand_from raw" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and __fish_seen_subcommand_from raw" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and __fish_seen_subcommand_from raw" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and __fish_seen_subcommand_from raw" -l lines -d 'With --json: one object per line instead of an array'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and __fish_seen_subcommand_from raw" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and __fish_seen_subcommand_from raw" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and __fish_seen_subcommand_from raw" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and __fish_seen_subcommand_from raw" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and __fish_seen_subcommand_from raw" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and __fish_seen_subcommand_from raw" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and __fish_seen_subcommand_from help" -f -a "raw" -d 'Send one or more <iq> get/set elements (pipelined) and print every answer in input order'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand iq; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -f -a "info" -d 'Identities, features and extended information of an entity'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -f -a "items" -d 'Items of an entity (follows result-set paging)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from info" -l node -d 'Node to ask about' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from info" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from info" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from info" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from info" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from info" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from info" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from info" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from info" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from info" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from info" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from info" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from info" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from info" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from info" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from info" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from info" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from info" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from info" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from info" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from info" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from info" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from items" -l node -d 'Node to ask about' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from items" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from items" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from items" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from items" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from items" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from items" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from items" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from items" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from items" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from items" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from items" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from items" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from items" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from items" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from items" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from items" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from items" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from items" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from items" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from items" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from items" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from items" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from help" -f -a "info" -d 'Identities, features and extended information of an entity'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from help" -f -a "items" -d 'Items of an entity (follows result-set paging)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand disco; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand version" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand version" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand version" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand version" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand version" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand version" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand version" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand version" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand version" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand version" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand version" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand version" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand version" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand version" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand version" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand version" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand version" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand version" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand version" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand version" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand version" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and not __fish_seen_subcommand_from join say list info members admins owners bans moderators participants affiliation config create destroy help" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and not __fish_seen_subcommand_from join say list info members admins owners bans moderators participants affiliation config create destroy help" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and not __fish_seen_subcommand_from join say list info members admins owners bans moderators participants affiliation config create destroy help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and not __fish_seen_subcommand_from join say list info members admins owners bans moderators participants affiliation config create destroy help" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and not __fish_seen_subcommand_from join say list info members admins owners bans moderators participants affiliation config create destroy help" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and not __fish_seen_subcommand_from join say list info members admins owners bans moderators participants affiliation config create destroy help" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and not __fish_seen_subcommand_from join say list info members admins owners bans moderators participants affiliation config create destroy help" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and not __fish_seen_subcommand_from join say list info members admins owners bans moderators participants affiliation config create destroy help" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and not __fish_seen_subcommand_from join say list info members admins owners bans moderators participants affiliation config create destroy help" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and not __fish_seen_subcommand_from join say list info members admins owners bans moderators participants affiliation config create destroy help" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and not __fish_seen_subcommand_from join say list info members admins owners bans moderators participants affiliation config create destroy help" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and not __fish_seen_subcommand_from join say list info members admins owners bans moderators participants affiliation config create destroy help" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and not __fish_seen_subcommand_from join say list info members admins owners bans moderators participants affiliation config create destroy help" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and not __fish_seen_subcommand_from join say list info members admins owners bans moderators participants affiliation config create destroy help" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and not __fish_seen_subcommand_from join say list info members admins owners bans moderators participants affiliation config create destroy help" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and not __fish_seen_subcommand_from join say list info members admins owners bans moderators participants affiliation config create destroy help" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and not __fish_seen_subcommand_from join say list info members admins owners bans moderators participants affiliation config create destroy help" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and not __fish_seen_subcommand_from join say list info members admins owners bans moderators participants affiliation config create destroy help" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and not __fish_seen_subcommand_from join say list info members admins owners bans moderators participants affiliation config create destroy help" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and not __fish_seen_subcommand_from join say list info members admins owners bans moderators participants affiliation config create destroy help" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and not __fish_seen_subcommand_from join say list info members admins owners bans moderators participants affiliation config create destroy help" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and not __fish_seen_subcommand_from join say list info members admins owners bans moderators participants affiliation config create destroy help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and not __fish_seen_subcommand_from join say list info members admins owners bans moderators participants affiliation config create destroy help" -f -a "join" -d 'Enter a room, print its subject, occupants and history, optionally listen, leave'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and not __fish_seen_subcommand_from join say list info members admins owners bans moderators participants affiliation config create destroy help" -f -a "say" -d 'Say something in a room; exit 0 once the room reflected it back'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and not __fish_seen_subcommand_from join say list info members admins owners bans moderators participants affiliation config create destroy help" -f -a "list" -d 'Rooms of a conference service'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and not __fish_seen_subcommand_from join say list info members admins owners bans moderators participants affiliation config create destroy help" -f -a "info" -d 'Name, features and details (muc#roominfo) of a room'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and not __fish_seen_subcommand_from join say list info members admins owners bans moderators participants affiliation config create destroy help" -f -a "members" -d 'Members of a room (affiliation member)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and not __fish_seen_subcommand_from join say list info members admins owners bans moderators participants affiliation config create destroy help" -f -a "admins" -d 'Admins of a room (affiliation admin)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and not __fish_seen_subcommand_from join say list info members admins owners bans moderators participants affiliation config create destroy help" -f -a "owners" -d 'Owners of a room (affiliation owner)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and not __fish_seen_subcommand_from join say list info members admins owners bans moderators participants affiliation config create destroy help" -f -a "bans" -d 'Accounts banned from a room (affiliation outcast)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and not __fish_seen_subcommand_from join say list info members admins owners bans moderators participants affiliation config create destroy help" -f -a "moderators" -d 'Occupants who moderate a room now (role moderator)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and not __fish_seen_subcommand_from join say list info members admins owners bans moderators participants affiliation config create destroy help" -f -a "participants" -d 'Occupants with voice now (role participant)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and not __fish_seen_subcommand_from join say list info members admins owners bans moderators participants affiliation config create destroy help" -f -a "affiliation" -d 'Give an account an affiliation with a room: owner, admin, member, outcast (ban) or none'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and not __fish_seen_subcommand_from join say list info members admins owners bans moderators participants affiliation config create destroy help" -f -a "config" -d 'Print a room\'s configuration form, or change fields of it with --set'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and not __fish_seen_subcommand_from join say list info members admins owners bans moderators participants affiliation config create destroy help" -f -a "create" -d 'Create a room that does not exist yet, configured at once with --set'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and not __fish_seen_subcommand_from join say list info members admins owners bans moderators participants affiliation config create destroy help" -f -a "destroy" -d 'Destroy a room (owners only); its occupants are told why'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and not __fish_seen_subcommand_from join say list info members admins owners bans moderators participants affiliation config create destroy help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from join" -l nick -d 'Nickname in the room [default: the account\'s local part]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from join" -l password -d 'The room\'s password (not the account\'s)' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from join" -l history -d 'How many past messages to ask for' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from join" -l listen -d 'Stay this many seconds and print messages, joins and leaves as they happen' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from join" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from join" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from join" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from join" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from join" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from join" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from join" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from join" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from join" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from join" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from join" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from join" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from join" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from join" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from join" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from join" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from join" -l bookmarks -d 'Also enter every autojoin bookmark\'s room, with its nick and password (not with --listen)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from join" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from join" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from join" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from join" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from join" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from join" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from say" -l nick -d 'Nickname in the room [default: the account\'s local part]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from say" -l password -d 'The room\'s password (not the account\'s)' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from say" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from say" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from say" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from say" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from say" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from say" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from say" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from say" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from say" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from say" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from say" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from say" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from say" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from say" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from say" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from say" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from say" -l lines -d 'Post every stdin line as its own message, as it arrives'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from say" -l create -d 'Create the room if it does not exist (an instant room); without this, a missing room is exit 7 (item-not-found)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from say" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from say" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from say" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from say" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from say" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from say" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from list" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from list" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from list" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from list" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from list" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from list" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from list" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from list" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from list" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from list" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from list" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from list" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from list" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from list" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from list" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from list" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from list" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from list" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from info" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from info" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from info" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from info" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from info" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from info" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from info" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from info" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from info" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from info" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from info" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from info" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from info" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from info" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from info" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from info" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from info" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from info" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from info" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from info" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from info" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from members" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from members" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from members" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from members" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from members" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from members" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from members" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from members" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from members" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from members" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from members" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from members" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from members" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from members" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from members" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from members" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from members" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from members" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from members" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from members" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from members" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from members" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from admins" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from admins" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from admins" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from admins" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from admins" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from admins" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from admins" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from admins" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from admins" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from admins" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from admins" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from admins" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from admins" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from admins" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from admins" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from admins" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from admins" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from admins" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from admins" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from admins" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from admins" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from admins" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from owners" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from owners" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from owners" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from owners" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from owners" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from owners" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from owners" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from owners" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from owners" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from owners" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from owners" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from owners" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from owners" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from owners" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from owners" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from owners" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from owners" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from owners" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from owners" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from owners" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from owners" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from owners" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from bans" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from bans" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from bans" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from bans" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from bans" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from bans" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from bans" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from bans" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from bans" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from bans" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from bans" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from bans" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from bans" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from bans" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from bans" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from bans" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from bans" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from bans" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from bans" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from bans" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from bans" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from bans" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from moderators" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from moderators" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from moderators" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from moderators" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from moderators" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from moderators" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from moderators" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from moderators" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from moderators" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from moderators" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from moderators" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from moderators" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from moderators" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from moderators" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from moderators" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from moderators" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from moderators" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from moderators" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from moderators" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from moderators" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from moderators" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from moderators" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from participants" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from participants" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from participants" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from participants" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from participants" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from participants" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from participants" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from participants" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from participants" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from participants" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from participants" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from participants" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from participants" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from participants" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from participants" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from participants" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from participants" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from participants" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from participants" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from participants" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from participants" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from participants" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from affiliation" -l reason -d 'Why, shown to the user' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from affiliation" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from affiliation" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from affiliation" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from affiliation" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from affiliation" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from affiliation" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from affiliation" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from affiliation" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from affiliation" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from affiliation" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from affiliation" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from affiliation" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from affiliation" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from affiliation" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from affiliation" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from affiliation" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from affiliation" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from affiliation" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from affiliation" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from affiliation" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from affiliation" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from affiliation" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from config" -l set -d 'Set a field of the configuration form (repeatable)' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from config" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from config" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from config" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from config" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from config" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from config" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from config" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from config" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from config" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from config" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from config" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from config" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from config" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from config" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from config" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from config" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from config" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from config" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from config" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from config" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from config" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from config" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from create" -l set -d 'Set a field of the configuration form (repeatable)' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from create" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from create" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from create" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from create" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from create" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from create" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from create" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from create" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from create" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from create" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from create" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from create" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from create" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from create" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from create" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from create" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from create" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from create" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from create" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from destroy" -l reason -d 'Why, shown to the occupants' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from destroy" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from destroy" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from destroy" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from destroy" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from destroy" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from destroy" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from destroy" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from destroy" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from destroy" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from destroy" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from destroy" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from destroy" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from destroy" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from destroy" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from destroy" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from destroy" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from destroy" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from destroy" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from destroy" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from destroy" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from destroy" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from destroy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from help" -f -a "join" -d 'Enter a room, print its subject, occupants and history, optionally listen, leave'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from help" -f -a "say" -d 'Say something in a room; exit 0 once the room reflected it back'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from help" -f -a "list" -d 'Rooms of a conference service'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from help" -f -a "info" -d 'Name, features and details (muc#roominfo) of a room'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from help" -f -a "members" -d 'Members of a room (affiliation member)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from help" -f -a "admins" -d 'Admins of a room (affiliation admin)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from help" -f -a "owners" -d 'Owners of a room (affiliation owner)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from help" -f -a "bans" -d 'Accounts banned from a room (affiliation outcast)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from help" -f -a "moderators" -d 'Occupants who moderate a room now (role moderator)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from help" -f -a "participants" -d 'Occupants with voice now (role participant)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from help" -f -a "affiliation" -d 'Give an account an affiliation with a room: owner, admin, member, outcast (ban) or none'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from help" -f -a "config" -d 'Print a room\'s configuration form, or change fields of it with --set'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a room that does not exist yet, configured at once with --set'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from help" -f -a "destroy" -d 'Destroy a room (owners only); its occupants are told why'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand muc; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand history" -l room -d 'The room\'s own archive instead of the account\'s' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand history" -l since -d 'Only messages from this time on' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand history" -l until -d 'Only messages up to this time' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand history" -l max -d 'At most this many messages' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand history" -l after -d 'Continue after this archive id (the end event\'s last)' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand history" -l before -d 'The newest messages before this archive id (the end event\'s first)' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand history" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand history" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand history" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand history" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand history" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand history" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand history" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand history" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand history" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand history" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand history" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand history" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand history" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand history" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand history" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand history" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand history" -l last -d 'The newest --max messages'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand history" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand history" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand history" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand history" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand history" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and not __fish_seen_subcommand_from list show run help" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and not __fish_seen_subcommand_from list show run help" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and not __fish_seen_subcommand_from list show run help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and not __fish_seen_subcommand_from list show run help" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and not __fish_seen_subcommand_from list show run help" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and not __fish_seen_subcommand_from list show run help" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and not __fish_seen_subcommand_from list show run help" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and not __fish_seen_subcommand_from list show run help" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and not __fish_seen_subcommand_from list show run help" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and not __fish_seen_subcommand_from list show run help" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and not __fish_seen_subcommand_from list show run help" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and not __fish_seen_subcommand_from list show run help" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and not __fish_seen_subcommand_from list show run help" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and not __fish_seen_subcommand_from list show run help" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and not __fish_seen_subcommand_from list show run help" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and not __fish_seen_subcommand_from list show run help" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and not __fish_seen_subcommand_from list show run help" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and not __fish_seen_subcommand_from list show run help" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and not __fish_seen_subcommand_from list show run help" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and not __fish_seen_subcommand_from list show run help" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and not __fish_seen_subcommand_from list show run help" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and not __fish_seen_subcommand_from list show run help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and not __fish_seen_subcommand_from list show run help" -f -a "list" -d 'The commands an entity offers: node and name'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and not __fish_seen_subcommand_from list show run help" -f -a "show" -d 'Execute a command, print its first form (fields, types, options, required) and cancel'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and not __fish_seen_subcommand_from list show run help" -f -a "run" -d 'Run a command, filling each stage\'s form from --set, and print its notes and result form'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and not __fish_seen_subcommand_from list show run help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from list" -l to -d 'The entity offering the commands [default: the account\'s server]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from list" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from list" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from list" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from list" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from list" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from list" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from list" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from list" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from list" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from list" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from list" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from list" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from list" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from list" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from list" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from list" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from list" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from list" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from show" -l to -d 'The entity offering the commands [default: the account\'s server]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from show" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from show" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from show" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from show" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from show" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from show" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from show" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from show" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from show" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from show" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from show" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from show" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from show" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from show" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from show" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from show" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from show" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from show" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from show" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from run" -l to -d 'The entity offering the commands [default: the account\'s server]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from run" -l set -d 'Fill a field of the form (repeatable)' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from run" -l action -d 'How to submit each form [default: what the command offers, else complete]' -r -f -a "complete\t''
next\t''
cancel\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from run" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from run" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from run" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from run" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from run" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from run" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from run" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from run" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from run" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from run" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from run" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from run" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from run" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from run" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from run" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from run" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from run" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from run" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from run" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from run" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from run" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from help" -f -a "list" -d 'The commands an entity offers: node and name'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from help" -f -a "show" -d 'Execute a command, print its first form (fields, types, options, required) and cancel'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from help" -f -a "run" -d 'Run a command, filling each stage\'s form from --set, and print its notes and result form'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand adhoc; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user change-password online-users user-stats announce help" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user change-password online-users user-stats announce help" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user change-password online-users user-stats announce help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user change-password online-users user-stats announce help" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user change-password online-users user-stats announce help" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user change-password online-users user-stats announce help" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user change-password online-users user-stats announce help" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user change-password online-users user-stats announce help" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user change-password online-users user-stats announce help" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user change-password online-users user-stats announce help" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user change-password online-users user-stats announce help" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user change-password online-users user-stats announce help" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user change-password online-users user-stats announce help" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user change-password online-users user-stats announce help" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user change-password online-users user-stats announce help" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user change-password online-users user-stats announce help" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user change-password online-users user-stats announce help" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user change-password online-users user-stats announce help" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user change-password online-users user-stats announce help" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user change-password online-users user-stats announce help" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user change-password online-users user-stats announce help" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user change-password online-users user-stats announce help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user change-password online-users user-stats announce help" -f -a "add-user" -d 'Create an account (the new password: --new-password-file, --new-password-cmd, XMPPCTL_NEW_PASSWORD, else asked twice on the terminal)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user change-password online-users user-stats announce help" -f -a "delete-user" -d 'Delete accounts'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user change-password online-users user-stats announce help" -f -a "change-password" -d 'Set an account\'s password (the same sources as add-user)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user change-password online-users user-stats announce help" -f -a "online-users" -d 'The accounts online now'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user change-password online-users user-stats announce help" -f -a "user-stats" -d 'An account\'s roster size, online resources and addresses'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user change-password online-users user-stats announce help" -f -a "announce" -d 'Send a message to every online user'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user change-password online-users user-stats announce help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from add-user" -l new-password-file -d 'Read the new password from the first line of this file' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from add-user" -l new-password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the new password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from add-user" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from add-user" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from add-user" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from add-user" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from add-user" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from add-user" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from add-user" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from add-user" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from add-user" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from add-user" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from add-user" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from add-user" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from add-user" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from add-user" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from add-user" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from add-user" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from add-user" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from add-user" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from add-user" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from add-user" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from add-user" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from add-user" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from change-password" -l new-password-file -d 'Read the new password from the first line of this file' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from change-password" -l new-password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the new password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from change-password" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from change-password" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from change-password" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from change-password" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from change-password" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from change-password" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from change-password" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from change-password" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from change-password" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from change-password" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from change-password" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from change-password" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from change-password" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from change-password" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from change-password" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from change-password" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from change-password" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from change-password" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from change-password" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from change-password" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from change-password" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from change-password" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from online-users" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from online-users" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from online-users" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from online-users" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from online-users" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from online-users" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from online-users" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from online-users" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from online-users" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from online-users" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from online-users" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from online-users" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from online-users" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from online-users" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from online-users" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from online-users" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from online-users" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from online-users" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from online-users" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from online-users" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from online-users" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from online-users" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from user-stats" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from user-stats" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from user-stats" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from user-stats" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from user-stats" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from user-stats" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from user-stats" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from user-stats" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from user-stats" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from user-stats" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from user-stats" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from user-stats" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from user-stats" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from user-stats" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from user-stats" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from user-stats" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from user-stats" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from user-stats" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from user-stats" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from user-stats" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from user-stats" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from user-stats" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from announce" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from announce" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from announce" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from announce" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from announce" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from announce" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from announce" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from announce" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from announce" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from announce" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from announce" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from announce" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from announce" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from announce" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from announce" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from announce" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from announce" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from announce" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from announce" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from announce" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from announce" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from announce" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "add-user" -d 'Create an account (the new password: --new-password-file, --new-password-cmd, XMPPCTL_NEW_PASSWORD, else asked twice on the terminal)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "delete-user" -d 'Delete accounts'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "change-password" -d 'Set an account\'s password (the same sources as add-user)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "online-users" -d 'The accounts online now'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "user-stats" -d 'An account\'s roster size, online resources and addresses'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "announce" -d 'Send a message to every online user'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and not __fish_seen_subcommand_from list add remove help" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and not __fish_seen_subcommand_from list add remove help" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and not __fish_seen_subcommand_from list add remove help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and not __fish_seen_subcommand_from list add remove help" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and not __fish_seen_subcommand_from list add remove help" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and not __fish_seen_subcommand_from list add remove help" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and not __fish_seen_subcommand_from list add remove help" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and not __fish_seen_subcommand_from list add remove help" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and not __fish_seen_subcommand_from list add remove help" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and not __fish_seen_subcommand_from list add remove help" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and not __fish_seen_subcommand_from list add remove help" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and not __fish_seen_subcommand_from list add remove help" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and not __fish_seen_subcommand_from list add remove help" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and not __fish_seen_subcommand_from list add remove help" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and not __fish_seen_subcommand_from list add remove help" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and not __fish_seen_subcommand_from list add remove help" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and not __fish_seen_subcommand_from list add remove help" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and not __fish_seen_subcommand_from list add remove help" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and not __fish_seen_subcommand_from list add remove help" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and not __fish_seen_subcommand_from list add remove help" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and not __fish_seen_subcommand_from list add remove help" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and not __fish_seen_subcommand_from list add remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and not __fish_seen_subcommand_from list add remove help" -f -a "list" -d 'The stored bookmarks: room, name, nick, autojoin'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and not __fish_seen_subcommand_from list add remove help" -f -a "add" -d 'Bookmark a room (replacing its bookmark, if any)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and not __fish_seen_subcommand_from list add remove help" -f -a "remove" -d 'Remove a room\'s bookmark; exit 7 (item-not-found) when there is none'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and not __fish_seen_subcommand_from list add remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from list" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from list" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from list" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from list" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from list" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from list" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from list" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from list" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from list" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from list" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from list" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from list" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from list" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from list" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from list" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from list" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from list" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from list" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from add" -l name -d 'A name for the room' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from add" -l nick -d 'The nickname to join with [default: the account\'s local part]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from add" -l room-password-file -d 'Store the room\'s password, read from the first line of this file' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from add" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from add" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from add" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from add" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from add" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from add" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from add" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from add" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from add" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from add" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from add" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from add" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from add" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from add" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from add" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from add" -l autojoin -d 'Join the room automatically (listen --bookmarks, muc join --bookmarks)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from add" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from add" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from add" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from add" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from add" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from remove" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from remove" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from remove" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from remove" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from remove" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from remove" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from remove" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from remove" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from remove" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from remove" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from remove" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from remove" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from remove" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from remove" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from remove" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from remove" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from remove" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from remove" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from remove" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from help" -f -a "list" -d 'The stored bookmarks: room, name, nick, autojoin'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from help" -f -a "add" -d 'Bookmark a room (replacing its bookmark, if any)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a room\'s bookmark; exit 7 (item-not-found) when there is none'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand bookmarks; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand check" -l warn-days -d 'Warn when a certificate expires within this many days' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand check" -l crit-days -d 'Critical when a certificate expires within this many days' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand check" -l warn-time -d 'Warn when connecting or logging in takes longer than this' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand check" -l crit-time -d 'Critical when connecting or logging in takes longer than this' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand check" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand check" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand check" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand check" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand check" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand check" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand check" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand check" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand check" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand check" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand check" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand check" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand check" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand check" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand check" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand check" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand check" -l login -d 'Also log in with the configured account: login time, a ping, services from disco'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand check" -l nagios -d 'Print one monitoring-plugin status line (Nagios, Icinga); exit 0/1/2, 3 for UNKNOWN'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand check" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand check" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand check" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand check" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand check" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand upload" -l to -d 'Send each URL to this JID as a chat message (repeatable)' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand upload" -l muc -d 'Post each URL in this room (repeatable)' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand upload" -l message -d 'Text before the URL in each message (needs --to or --muc)' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand upload" -l content-type -d 'Content type of every file [default: guessed from the extension of its name (common kinds of image, audio, video, text, document, archive), else application/octet-stream]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand upload" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand upload" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand upload" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand upload" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand upload" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand upload" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand upload" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand upload" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand upload" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand upload" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand upload" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand upload" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand upload" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand upload" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand upload" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand upload" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand upload" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand upload" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand upload" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand upload" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand upload" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand upload" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand completions" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand completions" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand completions" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand completions" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand completions" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand completions" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand completions" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand completions" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand completions" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand completions" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand completions" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand completions" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand completions" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand completions" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand completions" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand completions" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand completions" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand completions" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand completions" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand completions" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand completions" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand man" -s j -l jid -d 'The account: a bare or full JID [env: XMPPCTL_JID] [config: jid]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand man" -s a -l account -d 'Use the named [accounts.NAME] section of the config file [env: XMPPCTL_ACCOUNT]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand man" -l config -d 'Config file [default: $XDG_CONFIG_HOME/xmppctl/config.toml] [env: XMPPCTL_CONFIG]' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand man" -l password-file -d 'Read the password from the first line of this file (else: --password-cmd, XMPPCTL_PASSWORD, config, prompt)' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand man" -l password-cmd -d 'Run this command with `sh -c` and use the first line it prints as the password' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand man" -l server -d 'Connect to this host (and port), skipping DNS SRV [env: XMPPCTL_SERVER]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand man" -l dns -d 'Send every DNS query to this server instead of the system resolver [env: XMPPCTL_DNS]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand man" -l tls -d 'How TLS starts' -r -f -a "auto\t'SRV _xmpps-client (direct TLS), then _xmpp-client (STARTTLS), else domain:5222'
starttls\t'STARTTLS on the stream (port 5222 by default)'
direct\t'TLS from the first byte, XEP-0368 (port 5223 by default)'"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand man" -l ca-file -d 'Extra trust anchors (PEM), added to the system\'s' -r -F
complete -c xmppctl -n "__fish_xmppctl_using_subcommand man" -l resource -d 'Resource to bind [default: xmppctl-<random>]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand man" -l timeout -d 'Deadline for the whole run, in seconds [default: 30]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand man" -l connect-timeout -d 'Deadline for each connection attempt, and the longest an upload may go without progress, in seconds [default: 10]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand man" -l reconnect-for -d 'Long-running commands (send --lines, listen, muc join --listen, muc say --lines, presence set --hold) reconnect after a lost connection for this long, resuming the stream or logging in again; 0: never [default: 300]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand man" -l keepalive -d 'Long-running commands probe a quiet connection this often and reconnect when two probes go unanswered; 0: never [default: 60]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand man" -l retry -d 'Extra attempts after transient connection failures, with backoff [default: 2]' -r
complete -c xmppctl -n "__fish_xmppctl_using_subcommand man" -s o -l output -d 'Output format [env: XMPPCTL_OUTPUT]' -r -f -a "text\t''
json\t''"
complete -c xmppctl -n "__fish_xmppctl_using_subcommand man" -l insecure -d 'Skip certificate verification (prints a warning every run)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand man" -l no-fast -d 'Neither log in with a stored FAST token (XEP-0484) nor ask the server for one: the password every run'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand man" -l json -d 'Short for --output json'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand man" -s v -l verbose -d '-v: one line per session phase on stderr; -vv: also every XML element (secrets redacted)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand man" -s q -l quiet -d 'No stderr output except errors'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and not __fish_seen_subcommand_from send listen ping roster presence iq disco version muc history adhoc admin bookmarks check upload completions man help" -f -a "send" -d 'Send a message; exit 0 once the account\'s server took it (--receipt: once it arrived)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and not __fish_seen_subcommand_from send listen ping roster presence iq disco version muc history adhoc admin bookmarks check upload completions man help" -f -a "listen" -d 'Print incoming messages until a count, a time limit or Ctrl-C'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and not __fish_seen_subcommand_from send listen ping roster presence iq disco version muc history adhoc admin bookmarks check upload completions man help" -f -a "ping" -d 'Measure the round trip to the server or another entity (XEP-0199)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and not __fish_seen_subcommand_from send listen ping roster presence iq disco version muc history adhoc admin bookmarks check upload completions man help" -f -a "roster" -d 'List, add or remove contacts (default: list)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and not __fish_seen_subcommand_from send listen ping roster presence iq disco version muc history adhoc admin bookmarks check upload completions man help" -f -a "presence" -d 'See who is online, announce a status, manage subscriptions (default: list)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and not __fish_seen_subcommand_from send listen ping roster presence iq disco version muc history adhoc admin bookmarks check upload completions man help" -f -a "iq" -d 'Send raw IQ stanzas and print the answers'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and not __fish_seen_subcommand_from send listen ping roster presence iq disco version muc history adhoc admin bookmarks check upload completions man help" -f -a "disco" -d 'Service discovery (XEP-0030): identities, features, items'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and not __fish_seen_subcommand_from send listen ping roster presence iq disco version muc history adhoc admin bookmarks check upload completions man help" -f -a "version" -d 'Ask an entity for its software name and version (XEP-0092)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and not __fish_seen_subcommand_from send listen ping roster presence iq disco version muc history adhoc admin bookmarks check upload completions man help" -f -a "muc" -d 'Multi-user chat (XEP-0045): join, talk, list, configure and administer rooms'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and not __fish_seen_subcommand_from send listen ping roster presence iq disco version muc history adhoc admin bookmarks check upload completions man help" -f -a "history" -d 'Read the message archive (XEP-0313): one conversation, all of it, or a room\'s'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and not __fish_seen_subcommand_from send listen ping roster presence iq disco version muc history adhoc admin bookmarks check upload completions man help" -f -a "adhoc" -d 'Ad-hoc commands (XEP-0050): list, show and run what an entity offers'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and not __fish_seen_subcommand_from send listen ping roster presence iq disco version muc history adhoc admin bookmarks check upload completions man help" -f -a "admin" -d 'Server administration (XEP-0133): accounts, online users, announcements'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and not __fish_seen_subcommand_from send listen ping roster presence iq disco version muc history adhoc admin bookmarks check upload completions man help" -f -a "bookmarks" -d 'Room bookmarks (XEP-0402): list, add or remove (default: list)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and not __fish_seen_subcommand_from send listen ping roster presence iq disco version muc history adhoc admin bookmarks check upload completions man help" -f -a "check" -d 'Diagnose a domain\'s XMPP service: DNS, each target\'s TLS, certificate and features'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and not __fish_seen_subcommand_from send listen ping roster presence iq disco version muc history adhoc admin bookmarks check upload completions man help" -f -a "upload" -d 'Upload files to the server\'s HTTP upload service (XEP-0363), print their URLs, optionally send them'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and not __fish_seen_subcommand_from send listen ping roster presence iq disco version muc history adhoc admin bookmarks check upload completions man help" -f -a "completions" -d 'Print shell completions for xmppctl'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and not __fish_seen_subcommand_from send listen ping roster presence iq disco version muc history adhoc admin bookmarks check upload completions man help" -f -a "man" -d 'Print the man page (roff)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and not __fish_seen_subcommand_from send listen ping roster presence iq disco version muc history adhoc admin bookmarks check upload completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and __fish_seen_subcommand_from roster" -f -a "list" -d 'Print every contact: jid, name, subscription, groups (sorted by JID)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and __fish_seen_subcommand_from roster" -f -a "add" -d 'Add a contact, or update it if it is already there'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and __fish_seen_subcommand_from roster" -f -a "remove" -d 'Remove a contact (exit 7 if it is not in the roster)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and __fish_seen_subcommand_from presence" -f -a "list" -d 'Announce availability and print contacts\' presence once it settles'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and __fish_seen_subcommand_from presence" -f -a "set" -d 'Announce a presence (broadcast, or directed with --to), stay --hold seconds, then leave'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and __fish_seen_subcommand_from presence" -f -a "subscribe" -d 'Ask to see the contact\'s presence'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and __fish_seen_subcommand_from presence" -f -a "unsubscribe" -d 'Stop seeing the contact\'s presence'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and __fish_seen_subcommand_from presence" -f -a "approve" -d 'Let the contact see your presence (answer a subscription request)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and __fish_seen_subcommand_from presence" -f -a "deny" -d 'Refuse (or revoke) the contact\'s subscription to your presence'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and __fish_seen_subcommand_from iq" -f -a "raw" -d 'Send one or more <iq> get/set elements (pipelined) and print every answer in input order'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and __fish_seen_subcommand_from disco" -f -a "info" -d 'Identities, features and extended information of an entity'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and __fish_seen_subcommand_from disco" -f -a "items" -d 'Items of an entity (follows result-set paging)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and __fish_seen_subcommand_from muc" -f -a "join" -d 'Enter a room, print its subject, occupants and history, optionally listen, leave'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and __fish_seen_subcommand_from muc" -f -a "say" -d 'Say something in a room; exit 0 once the room reflected it back'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and __fish_seen_subcommand_from muc" -f -a "list" -d 'Rooms of a conference service'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and __fish_seen_subcommand_from muc" -f -a "info" -d 'Name, features and details (muc#roominfo) of a room'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and __fish_seen_subcommand_from muc" -f -a "members" -d 'Members of a room (affiliation member)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and __fish_seen_subcommand_from muc" -f -a "admins" -d 'Admins of a room (affiliation admin)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and __fish_seen_subcommand_from muc" -f -a "owners" -d 'Owners of a room (affiliation owner)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and __fish_seen_subcommand_from muc" -f -a "bans" -d 'Accounts banned from a room (affiliation outcast)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and __fish_seen_subcommand_from muc" -f -a "moderators" -d 'Occupants who moderate a room now (role moderator)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and __fish_seen_subcommand_from muc" -f -a "participants" -d 'Occupants with voice now (role participant)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and __fish_seen_subcommand_from muc" -f -a "affiliation" -d 'Give an account an affiliation with a room: owner, admin, member, outcast (ban) or none'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and __fish_seen_subcommand_from muc" -f -a "config" -d 'Print a room\'s configuration form, or change fields of it with --set'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and __fish_seen_subcommand_from muc" -f -a "create" -d 'Create a room that does not exist yet, configured at once with --set'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and __fish_seen_subcommand_from muc" -f -a "destroy" -d 'Destroy a room (owners only); its occupants are told why'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and __fish_seen_subcommand_from adhoc" -f -a "list" -d 'The commands an entity offers: node and name'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and __fish_seen_subcommand_from adhoc" -f -a "show" -d 'Execute a command, print its first form (fields, types, options, required) and cancel'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and __fish_seen_subcommand_from adhoc" -f -a "run" -d 'Run a command, filling each stage\'s form from --set, and print its notes and result form'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "add-user" -d 'Create an account (the new password: --new-password-file, --new-password-cmd, XMPPCTL_NEW_PASSWORD, else asked twice on the terminal)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "delete-user" -d 'Delete accounts'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "change-password" -d 'Set an account\'s password (the same sources as add-user)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "online-users" -d 'The accounts online now'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "user-stats" -d 'An account\'s roster size, online resources and addresses'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "announce" -d 'Send a message to every online user'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and __fish_seen_subcommand_from bookmarks" -f -a "list" -d 'The stored bookmarks: room, name, nick, autojoin'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and __fish_seen_subcommand_from bookmarks" -f -a "add" -d 'Bookmark a room (replacing its bookmark, if any)'
complete -c xmppctl -n "__fish_xmppctl_using_subcommand help; and __fish_seen_subcommand_from bookmarks" -f -a "remove" -d 'Remove a room\'s bookmark; exit 7 (item-not-found) when there is none'
