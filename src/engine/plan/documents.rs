//! What the applicant brings: each document that applies in this situation, whether
//! required or only if its condition holds, and its validity window as a date.

use super::super::condition::Truth;
use super::super::date::parse_date;
use super::super::term;
use super::types::{PlannedDocument, Required, ValidityNote};
use super::warnings::Warning;
use super::Ctx;

impl Ctx<'_> {
    pub fn documents(&self, warnings: &mut Vec<Warning>) -> Vec<PlannedDocument> {
        let mut out = Vec::new();
        for d in &self.service.documents {
            let needed = self.truth(&d.when);
            let exempt = d
                .not_needed_when
                .as_ref()
                .map_or(Truth::No, |c| c.eval(self.situation, self.answers));
            if needed == Truth::No || exempt == Truth::Yes {
                continue;
            }
            let required = if needed == Truth::Yes && exempt == Truth::No {
                Required::Yes
            } else {
                Required::IfApplicable
            };
            // A window that holds only in some cases is left out where it surely does not.
            let validity = d
                .validity
                .as_ref()
                .filter(|v| self.truth(&v.when) != Truth::No);
            let issued_not_before = validity.and_then(|v| {
                term::window_start(self.calendar, self.submitted, v.max_age, v.unit).ok()
            });
            let mut alert = None;
            if let (Some(v), Some(limit)) = (validity, issued_not_before) {
                let dated = v
                    .date_question
                    .as_ref()
                    .and_then(|q| self.answers.get(q))
                    .and_then(|s| parse_date(s).ok());
                if let Some(issued) = dated {
                    if issued < limit {
                        alert = Some(Warning::DocumentTooOld {
                            document: d.id.clone(),
                            title: d.title.clone(),
                            issued,
                            submitted: self.submitted,
                            limit,
                            max_age: v.max_age,
                            unit: v.unit,
                            if_it_applies: self.truth(&v.when) != Truth::Yes,
                            source: v.source.clone(),
                        });
                    } else if issued > self.submitted {
                        alert = Some(Warning::DocumentDatedAfter {
                            document: d.id.clone(),
                            title: d.title.clone(),
                            issued,
                            submitted: self.submitted,
                        });
                    }
                }
            }
            warnings.extend(alert.clone());
            out.push(PlannedDocument {
                alert,
                id: d.id.clone(),
                title: d.title.clone(),
                original_or_copy: d.original_or_copy,
                count: d.count,
                required,
                condition: d.condition.clone(),
                issued_not_before,
                validity: validity.map(|v| ValidityNote {
                    max_age: v.max_age,
                    unit: v.unit,
                    applies: v.applies.clone(),
                    source: v.source.clone(),
                }),
                reading: d.reading.clone(),
                source: d.source.clone(),
            });
        }
        out
    }
}
