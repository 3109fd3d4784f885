//! `answer`: the help desk's card for a caller, as the desk copies it.

use super::plan::plan_from_flags;
use super::{today, CliError, Flags};
use crate::desk::{card, render, Format};

pub(super) fn answer(f: &Flags) -> Result<String, CliError> {
    let lang = f.lang()?;
    let format = match f.one("format") {
        None => Format::Text,
        Some(name) => Format::parse(name).ok_or_else(|| {
            CliError::Usage(format!(
                "--format {name}: unknown (valid: text, markdown, json)"
            ))
        })?,
    };
    let plan = plan_from_flags(f, "answer", lang, true)?;
    Ok(render(&card(&plan, lang, today()), format))
}
