//! `dossier verify`: whether an exported organisation dossier is sound: a ZIP that
//! reads, a manifest of a known format whose records hold together, every file present
//! with the hash the manifest gives, and, on the planned date (or `--on`), no document
//! missing, unfinished or expired. Not sound exits with status 2 and the reasons.

use super::{catalog, date_flag, CliError, Flags};
use crate::engine::date::dotted;
use crate::engine::plan::plan;
use crate::engine::text::Lang;
use crate::locale::{archive_error, blocker, plan_error, tf, O};
use crate::org::archive;
use crate::org::review::review;

/// The largest archive read: the browser lets the user set a lower one.
const LIMIT: u64 = 512 << 20;

const USAGE: &str = "usage: tartip dossier verify FILE.zip [--on YYYY-MM-DD] [--lang L]";

pub(super) fn dossier(f: &Flags) -> Result<String, CliError> {
    let lang = f.lang()?;
    match (
        f.positional.first().map(String::as_str),
        f.positional.get(1),
    ) {
        (Some("verify"), Some(path)) => verify(f, path, lang),
        _ => Err(CliError::Usage(USAGE.into())),
    }
}

fn verify(f: &Flags, path: &str, lang: Lang) -> Result<String, CliError> {
    let bytes = std::fs::read(path).map_err(|e| CliError::Usage(format!("{path}: {e}")))?;
    let not_sound = |reasons: &[String]| {
        let mut s = tf(lang, O::NotSound, &[("file", path)]);
        for r in reasons {
            s.push_str("\n  ");
            s.push_str(r);
        }
        CliError::Usage(s)
    };
    let opened = archive::open(&bytes, LIMIT).map_err(|e| not_sound(&[archive_error(&e, lang)]))?;
    let on = f.one("on").map(|_| date_flag(f, "on")).transpose()?;
    let catalog = catalog()?;
    let (mut lines, mut reasons) = (vec![], vec![]);
    for d in &opened.manifest.dossiers {
        let mut d = d.clone();
        d.planned = on.unwrap_or(d.planned);
        let p = match plan(catalog, &d.request()) {
            Ok(p) => p,
            Err(e) => {
                let why = plan_error(&e, lang);
                reasons.push(tf(lang, O::CannotPlan, &[("id", &d.id), ("why", &why)]));
                continue;
            }
        };
        let Some(cal) = catalog.calendar(p.country) else {
            continue;
        };
        let r = review(&d, &p, cal, d.planned);
        let date = dotted(d.planned);
        let total = r.documents.len().to_string();
        let ready = (r.ready + r.not_applicable).to_string();
        lines.push(tf(
            lang,
            O::DossierLine,
            &[
                ("id", &d.id),
                ("service", p.service_title.get(lang)),
                ("situation", p.situation_title.get(lang)),
                ("date", &date),
                ("ready", &ready),
                ("total", &total),
            ],
        ));
        let title = |id: &str| {
            p.documents
                .iter()
                .find(|x| x.id == id)
                .map_or_else(|| id.to_string(), |x| x.title.get(lang).to_string())
        };
        reasons.extend(r.blockers.iter().map(|b| {
            let why = blocker(b, lang, title, &date);
            format!("{}: {why}", d.id)
        }));
    }
    if !reasons.is_empty() {
        lines.extend(reasons);
        return Err(not_sound(&lines));
    }
    let mut out = tf(
        lang,
        O::Sound,
        &[
            ("file", path),
            ("dossiers", &opened.manifest.dossiers.len().to_string()),
            ("files", &opened.files.len().to_string()),
        ],
    );
    for l in lines {
        out.push_str("\n  ");
        out.push_str(&l);
    }
    out.push('\n');
    Ok(out)
}
