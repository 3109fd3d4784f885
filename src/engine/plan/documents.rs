//! What the applicant brings: each document that applies in this situation, whether
//! required or only if its condition holds, and its validity window as a date.

use super::types::{PlannedDocument, Required, ValidityNote};
use super::warnings::Warning;
use super::Ctx;
use crate::engine::condition::Truth;
use crate::engine::date::parse_date;
use crate::engine::term;

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

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use crate::engine::catalog::Catalog;
    use crate::engine::plan::testing::{answers, ctx, d, Fixture, ID};
    use crate::engine::plan::types::{PlannedDocument, Required, ValidityNote};
    use crate::engine::plan::warnings::Warning;
    use crate::engine::term::Unit;
    use crate::engine::text::Text;

    fn docs(
        c: &Catalog,
        situation: &str,
        day: &str,
        pairs: &[(&str, &str)],
    ) -> (Vec<PlannedDocument>, Vec<Warning>) {
        let a = answers(pairs);
        let mut w = Vec::new();
        let out = ctx(c, situation, d(day), &a).documents(&mut w);
        (out, w)
    }

    fn required(out: &[PlannedDocument]) -> Vec<(&str, Required)> {
        out.iter().map(|x| (x.id.as_str(), x.required)).collect()
    }

    fn photo(out: &[PlannedDocument]) -> &PlannedDocument {
        out.iter().find(|x| x.id == "photo").unwrap()
    }

    /// The fixture with the photo's window set to `validity` (its source kept).
    fn window(validity: Value) -> Catalog {
        Fixture::new()
            .edit(|s| {
                let source = s["documents"][1]["validity"]["source"].clone();
                s["documents"][1]["validity"] = validity;
                s["documents"][1]["validity"]["source"] = source;
            })
            .catalog()
    }

    #[test]
    fn a_document_is_listed_required_if_applicable_or_exempt() {
        let c = Fixture::new().catalog();
        let yes = Required::Yes;
        // The old licence is listed for renewal only; the urgent are exempt from it, so
        // unanswered it is needed only if applicable, and answered `yes` not listed.
        let (out, _) = docs(&c, "first", "2025-03-19", &[]);
        assert_eq!(required(&out), [("application", yes), ("photo", yes)]);
        let (out, _) = docs(&c, "renewal", "2025-03-19", &[]);
        assert_eq!(
            required(&out),
            [
                ("application", yes),
                ("photo", yes),
                ("old-licence", Required::IfApplicable)
            ]
        );
        let (out, _) = docs(&c, "renewal", "2025-03-19", &[("urgent", "no")]);
        assert_eq!(
            required(&out),
            [("application", yes), ("photo", yes), ("old-licence", yes)]
        );
        let (out, _) = docs(&c, "renewal", "2025-03-19", &[("urgent", "yes")]);
        assert_eq!(required(&out), [("application", yes), ("photo", yes)]);
        // A document whose own condition is unanswered is listed if applicable.
        let c = Fixture::new()
            .edit(|s| {
                s["documents"][0]["when"] =
                    json!({"answer_is": {"question": "branch", "value": "almaty"}})
            })
            .catalog();
        let (out, _) = docs(&c, "first", "2025-03-19", &[]);
        assert_eq!(required(&out)[0], ("application", Required::IfApplicable));
        let (out, _) = docs(&c, "first", "2025-03-19", &[("branch", "astana")]);
        assert_eq!(required(&out), [("photo", yes)]);
    }

    #[test]
    fn a_window_in_months_starts_on_the_same_day_or_the_month_end() {
        let c = Fixture::new().catalog();
        let service = c.service(ID).unwrap();
        let start = |day: &str| photo(&docs(&c, "first", day, &[]).0).issued_not_before;
        // Six months before 19.03.2025 is 19.09.2024.
        assert_eq!(start("2025-03-19"), Some(d("2024-09-19")));
        // Before 31.08 there is no 31.02: the month's last day, 28.02.2025 or, in a leap
        // year, 29.02.2024.
        assert_eq!(start("2025-08-31"), Some(d("2025-02-28")));
        assert_eq!(start("2024-08-31"), Some(d("2024-02-29")));
        let (out, _) = docs(&c, "first", "2025-03-19", &[]);
        assert_eq!(
            photo(&out).validity,
            Some(ValidityNote {
                max_age: 6,
                unit: Unit::Months,
                applies: None,
                source: service.documents[1]
                    .validity
                    .as_ref()
                    .unwrap()
                    .source
                    .clone(),
            })
        );
        // A document with no window has no earliest issue date.
        assert_eq!(
            (out[0].validity.as_ref(), out[0].issued_not_before),
            (None, None)
        );
    }

    #[test]
    fn a_window_in_working_days_skips_nauryz_and_one_in_days_is_not_rolled() {
        // Five working days before Wed 26.03.2025: 21–25.03 are off (Nauryz and its
        // carry-overs), so Thu 20 (1), Wed 19 (2), Tue 18 (3), Mon 17 (4), Fri 14 (5).
        let c = window(json!({"max_age": 5, "unit": "working_days"}));
        let (out, _) = docs(&c, "first", "2025-03-26", &[]);
        assert_eq!(photo(&out).issued_not_before, Some(d("2025-03-14")));
        // Thirty calendar days before Mon 31.03.2025 is Sat 01.03.2025: a bound on a
        // document's date, not a deadline, so it stays on the Saturday.
        let c = window(json!({"max_age": 30, "unit": "calendar_days"}));
        let (out, _) = docs(&c, "first", "2025-03-31", &[]);
        assert_eq!(photo(&out).issued_not_before, Some(d("2025-03-01")));
        // Five working days before Thu 03.01.2013 leave the calendar (from 2013): no
        // date rather than a wrong one.
        let c = window(json!({"max_age": 5, "unit": "working_days"}));
        let (out, w) = docs(&c, "first", "2013-01-03", &[("photo_date", "2012-06-01")]);
        assert_eq!(
            (photo(&out).issued_not_before, photo(&out).alert.as_ref()),
            (None, None)
        );
        assert_eq!(w, []);
    }

    #[test]
    fn a_photo_one_day_too_old_or_dated_after_submission_is_flagged() {
        let c = Fixture::new().catalog();
        let service = c.service(ID).unwrap();
        let (out, w) = docs(&c, "first", "2025-03-19", &[("photo_date", "2024-09-18")]);
        let too_old = Warning::DocumentTooOld {
            document: "photo".into(),
            title: Text {
                kk: Some("фото".into()),
                en: Some("photo".into()),
                ..Text::default()
            },
            issued: d("2024-09-18"),
            submitted: d("2025-03-19"),
            limit: d("2024-09-19"),
            max_age: 6,
            unit: Unit::Months,
            if_it_applies: false,
            source: service.documents[1]
                .validity
                .as_ref()
                .unwrap()
                .source
                .clone(),
        };
        assert_eq!(photo(&out).alert, Some(too_old.clone()));
        assert_eq!(w, [too_old]);
        // The window's first day and the submission day itself are fine.
        for ok in ["2024-09-19", "2025-03-19"] {
            let (out, w) = docs(&c, "first", "2025-03-19", &[("photo_date", ok)]);
            assert_eq!((photo(&out).alert.as_ref(), w), (None, vec![]), "{ok}");
        }
        let (out, w) = docs(&c, "first", "2025-03-19", &[("photo_date", "2025-03-20")]);
        let after = Warning::DocumentDatedAfter {
            document: "photo".into(),
            title: service.documents[1].title.clone(),
            issued: d("2025-03-20"),
            submitted: d("2025-03-19"),
        };
        assert_eq!(
            (photo(&out).alert.clone(), w),
            (Some(after.clone()), vec![after])
        );
    }

    #[test]
    fn a_window_that_holds_only_in_some_cases_follows_the_answer() {
        // The window is made to apply only when not urgent.
        let c = window(
            json!({"max_age": 6, "unit": "months", "date_question": "photo_date",
                              "when": {"answer_is": {"question": "urgent", "value": "no"}}}),
        );
        let old = ("photo_date", "2024-01-10");
        let flagged = |w: &[Warning]| -> Vec<bool> {
            w.iter()
                .filter_map(|x| match x {
                    Warning::DocumentTooOld { if_it_applies, .. } => Some(*if_it_applies),
                    _ => None,
                })
                .collect()
        };
        // Unanswered: kept, and the alert says it holds only if the case applies.
        let (out, w) = docs(&c, "first", "2025-03-19", &[old]);
        assert_eq!(photo(&out).issued_not_before, Some(d("2024-09-19")));
        assert_eq!(flagged(&w), [true]);
        let (_, w) = docs(&c, "first", "2025-03-19", &[old, ("urgent", "no")]);
        assert_eq!(flagged(&w), [false]);
        // Urgent: the window is surely not applied, so there is nothing to check.
        let (out, w) = docs(&c, "first", "2025-03-19", &[old, ("urgent", "yes")]);
        let p = photo(&out);
        assert_eq!(
            (p.validity.as_ref(), p.issued_not_before, w),
            (None, None, vec![])
        );
    }
}
