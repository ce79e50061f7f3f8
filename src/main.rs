//! xmppctl: curl for XMPP. argv -> request -> settings -> session ->
//! outcome -> output + exit code.

mod cli;
mod commands;
mod config;
mod diag;
mod error;
mod interrupt;
mod manual;
mod output;
mod records;
mod run;
mod sanitize;
mod secret;
mod session;
mod xml;

use std::process::ExitCode;

use crate::cli::Stop;
use crate::config::Settings;
use crate::error::Error;
use crate::output::{Format, Output};
use crate::run::Request;

fn main() -> ExitCode {
    secret::protect_process();
    let invocation = match cli::parse(std::env::args_os()) {
        Ok(invocation) => invocation,
        Err(Stop::Shown(help)) => {
            let _ = help.print();
            return ExitCode::from(help.exit_code() as u8);
        }
        Err(Stop::Usage(error, format)) => return report(&error, Output { format }),
    };
    diag::set_level(invocation.quiet, invocation.verbose);
    if invocation.request.is_offline() {
        return print_manual(&invocation.request);
    }
    let asked = invocation.flags.format().unwrap_or(Format::Text);
    let settings = match Settings::from_flags(invocation.flags) {
        Ok(settings) => settings,
        Err(e) => return report(&e, Output { format: asked }),
    };
    match run::run(invocation.request, &settings) {
        Ok(()) if output::write_failed() => ExitCode::from(1),
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => report(&e, settings.output),
    }
}

fn report(error: &Error, output: Output) -> ExitCode {
    output.error(error);
    ExitCode::from(error.kind.exit_code())
}

/// `completions SHELL` and `man`: generated from the CLI definition.
fn print_manual(request: &Request) -> ExitCode {
    let mut text = Vec::new();
    let made = match request {
        Request::Completions(shell) => manual::completions(shell, &mut text),
        _ => manual::man_page(&mut text),
    };
    if let Err(e) = made {
        return report(
            &Error::internal(format!("cannot render: {e}")),
            Output {
                format: Format::Text,
            },
        );
    }
    output::write_bytes(&text);
    ExitCode::SUCCESS
}
