//! The application package: what Tartip hands the applicant to submit or prepare from,
//! made on the device from the plan and the applicant's details. Pure Rust: the
//! browser, the CLI and the tests make exactly the same files.

pub mod applicant;
pub mod content;
pub mod docx;
pub mod dossier;
pub mod html;
pub mod ics;
pub mod ids;

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::ZipWriter;

use crate::engine::date::Date;
use crate::engine::plan::Plan;
use crate::engine::regulation::Service;
use crate::engine::text::Lang;
use applicant::Applicant;
use dossier::Dossier;

/// The files of a package, in the order they are listed in the ZIP.
pub struct Package {
    /// `<service>-<submission date>.zip`
    pub name: String,
    pub files: Vec<(String, Vec<u8>)>,
    modified: zip::DateTime,
}

pub struct Input<'a> {
    pub service: &'a Service,
    pub plan: &'a Plan,
    pub applicant: &'a Applicant,
    pub ticked: &'a [String],
    pub lang: Lang,
    /// The day the package is made.
    pub today: Date,
    /// The moment it is made, `YYYYMMDDTHHMMSSZ`, for the calendar's stamps.
    pub stamp: &'a str,
}

/// The files' modification time in the ZIP: the day the package is made.
fn zip_time(day: Date) -> zip::DateTime {
    use chrono::Datelike;
    let (y, m, d) = (day.year(), day.month(), day.day());
    u16::try_from(y)
        .ok()
        .and_then(|y| zip::DateTime::from_date_and_time(y, m as u8, d as u8, 12, 0, 0).ok())
        .unwrap_or_default()
}

pub fn build(i: &Input) -> Package {
    let plan = i.plan;
    let applicant = &i.applicant.for_service(&i.service.applicant_kinds);
    let title = plan.service_title.get(i.lang).to_string();
    let (app_lang, application) = content::application(i.service, plan, applicant, i.lang);
    let checklist = content::checklist(plan, i.ticked, i.lang);
    let timeline = content::timeline(plan, i.lang);
    let heading = [content::Block::Title(format!(
        "{title} — {}",
        plan.situation_title.get(i.lang)
    ))];
    let dossier = Dossier {
        kind: dossier::KIND.into(),
        format: dossier::FORMAT,
        service: plan.service.clone(),
        situation: plan.situation.clone(),
        submitted: plan.submitted,
        answers: plan.answers.clone(),
        applicant: applicant.clone(),
        ticked: i.ticked.to_vec(),
        created: i.today,
    };
    let files = vec![
        (
            "application.html".to_string(),
            html::page(&title, app_lang, &[&application]).into_bytes(),
        ),
        (
            "application.docx".to_string(),
            docx::document(&title, &application),
        ),
        (
            "checklist.html".to_string(),
            html::page(&title, i.lang, &[&heading, &checklist, &timeline]).into_bytes(),
        ),
        (
            "calendar.ics".to_string(),
            ics::calendar(&ics::events(plan, i.lang), &title, i.stamp).into_bytes(),
        ),
        ("dossier.json".to_string(), dossier.to_json().into_bytes()),
    ];
    Package {
        name: format!("{}-{}.zip", plan.service, plan.submitted),
        files,
        modified: zip_time(i.today),
    }
}

impl Package {
    /// One ZIP of all the files.
    pub fn zip(&self) -> Vec<u8> {
        let files: Vec<(&str, &[u8])> = self
            .files
            .iter()
            .map(|(n, b)| (n.as_str(), b.as_slice()))
            .collect();
        zip_files(&files, self.modified)
    }
}

/// A ZIP of `files` in memory, entries stored (see `docx` on why not deflated).
pub fn zip_files(files: &[(&str, &[u8])], modified: zip::DateTime) -> Vec<u8> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored)
        .last_modified_time(modified);
    for (name, bytes) in files {
        zip.start_file(*name, opts).expect("writing to memory");
        zip.write_all(bytes).expect("writing to memory");
    }
    zip.finish().expect("writing to memory").into_inner()
}
