//! Files Tartip writes for people to carry between devices: JSON objects that name
//! their kind and their format number. Reading one tells a foreign file from a damaged
//! one and from one a newer Tartip wrote, before any field is read.

/// Why a marked file cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MarkError {
    /// Not a file of this kind at all.
    Foreign,
    /// Written by a newer Tartip, in this format.
    Newer { format: u32 },
    /// Of this kind, but cut short, edited or otherwise unreadable.
    Damaged(String),
}

/// `text` as JSON, once it names `kind` and a format from 1 to `newest`.
///
/// # Errors
/// See [`MarkError`]. A file that does not parse but mentions `kind` was cut short or
/// edited: damaged, not foreign.
pub fn read(text: &str, kind: &str, newest: u32) -> Result<serde_json::Value, MarkError> {
    let text = text.trim_start_matches('\u{feff}');
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        if text.contains(kind) {
            MarkError::Damaged(e.to_string())
        } else {
            MarkError::Foreign
        }
    })?;
    if value.get("kind").and_then(|k| k.as_str()) != Some(kind) {
        return Err(MarkError::Foreign);
    }
    match value.get("format").and_then(serde_json::Value::as_u64) {
        Some(f) if f > u64::from(newest) => Err(MarkError::Newer {
            format: u32::try_from(f).unwrap_or(u32::MAX),
        }),
        Some(f) if f >= 1 => Ok(value),
        _ => Err(MarkError::Damaged("no valid format number".into())),
    }
}
