//! Runs the `tartip` binary, for the tests of the command line.

use std::process::Command;

/// The exit status, standard output and standard error of `tartip args…`.
pub fn tartip(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tartip"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}
