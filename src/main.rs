//! xmppctl: curl for XMPP. argv -> settings -> stanza -> session -> outcome
//! -> output + exit code.

mod cli;
mod commands;
mod config;
mod diag;
mod error;
mod interrupt;
mod manual;
mod output;
mod sanitize;
mod secret;
mod session;
mod xml;

use std::process::ExitCode;

use clap::Parser;

use crate::cli::{Cli, Command, DiscoCommand, IqCommand};
use crate::config::Settings;
use crate::error::{Error, Result};
use crate::output::Output;

fn main() -> ExitCode {
    secret::protect_process();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // clap prints usage errors (exit 2) and --help/--version (exit 0).
            let _ = e.print();
            return ExitCode::from(e.exit_code() as u8);
        }
    };
    diag::set_level(cli.global.quiet, cli.global.verbose);
    match &cli.command {
        Command::Completions { shell } => {
            let mut script = Vec::new();
            manual::completions(*shell, &mut script);
            output::write_bytes(&script);
            return ExitCode::SUCCESS;
        }
        Command::Man => return print_man_page(),
        _ => {}
    }
    let settings = match Settings::from_args(&cli.global) {
        Ok(settings) => settings,
        Err(e) => {
            let format = config::flag_format(&cli.global).unwrap_or(output::Format::Text);
            return report(&e, Output { format });
        }
    };
    match run(&cli.command, &settings) {
        Ok(()) if output::write_failed() => ExitCode::from(1),
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => report(&e, settings.output),
    }
}

fn run(command: &Command, settings: &Settings) -> Result<()> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::internal(format!("cannot start the runtime: {e}")))?;
    let outcome = runtime.block_on(async {
        match command {
            Command::Send(args) => commands::send::run(args, settings).await,
            Command::Listen(args) => commands::listen::run(args, settings).await,
            Command::Ping(args) => commands::ping::run(args, settings).await,
            Command::Roster { command } => commands::roster::run(command.as_ref(), settings).await,
            Command::Presence { command } => {
                commands::presence::run(command.as_ref(), settings).await
            }
            Command::Iq(IqCommand::Raw(args)) => commands::iq::run(args, settings).await,
            Command::Disco(DiscoCommand::Info(args)) => {
                commands::disco::run_info(args, settings).await
            }
            Command::Disco(DiscoCommand::Items(args)) => {
                commands::disco::run_items(args, settings).await
            }
            Command::Version(args) => commands::disco::run_version(args, settings).await,
            Command::Muc(command) => commands::muc::run(command, settings).await,
            Command::Completions { .. } | Command::Man => unreachable!("handled before settings"),
        }
    });
    // A stdin read still blocked on its thread (`send --lines` after
    // Ctrl-C) must not hold the exit until the input closes.
    runtime.shutdown_background();
    outcome
}

/// One line on stderr (plus a hint line), the JSON error document in JSON
/// mode, and the exit code of the error's kind.
fn report(error: &Error, output: Output) -> ExitCode {
    let message = output::sanitize(&error.message).replace('\n', " ");
    eprintln!("xmppctl: {message}");
    if let Some(hint) = &error.hint {
        diag::hint(hint);
    }
    output.error(error);
    ExitCode::from(error.kind.exit_code())
}

fn print_man_page() -> ExitCode {
    let mut page = Vec::new();
    if let Err(e) = manual::man_page(&mut page) {
        eprintln!("xmppctl: cannot render the man page: {e}");
        return ExitCode::from(1);
    }
    output::write_bytes(&page);
    ExitCode::SUCCESS
}
