//! `tartip`: the help-desk command line on Tartip's engine.
//!
//! Output is for people by default and JSON with `--json`. Bad input exits with
//! status 2 and one line on stderr naming the bad value and the valid choices.

use std::process::ExitCode;

use tartip::cli::{run, CliError};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(out) => {
            print!("{out}");
            ExitCode::SUCCESS
        }
        Err(CliError::Usage(msg)) => {
            eprintln!("tartip: {msg}");
            ExitCode::from(2)
        }
        Err(CliError::Failed(msg)) => {
            eprintln!("tartip: {msg}");
            ExitCode::from(1)
        }
    }
}
