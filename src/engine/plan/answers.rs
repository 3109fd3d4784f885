//! The applicant's answers: checked against the questions, and the questions whose
//! answers can change this situation's plan.

use super::types::AskedQuestion;
use super::warnings::Warning;
use super::{Ctx, PlanError};
use crate::engine::condition::{Answers, Truth};
use crate::engine::date::parse_date;
use crate::engine::regulation::{QuestionKind, Service};

/// Every answer names a question of the service and is one of its values.
pub fn validate(service: &Service, answers: &Answers) -> Result<(), PlanError> {
    for (id, value) in answers {
        let q = service
            .questions
            .iter()
            .find(|q| &q.id == id)
            .ok_or_else(|| PlanError::UnknownQuestion {
                id: id.clone(),
                valid: service.questions.iter().map(|q| q.id.clone()).collect(),
            })?;
        let ok = match q.valid_values() {
            Some(values) => values.contains(&value.as_str()),
            None => parse_date(value).is_ok(),
        };
        if !ok {
            return Err(PlanError::InvalidAnswer {
                question: id.clone(),
                value: value.clone(),
                valid: q
                    .valid_values()
                    .map(|v| v.iter().map(|x| x.to_string()).collect()),
            });
        }
    }
    Ok(())
}

impl Ctx<'_> {
    /// Questions asked in this situation whose answer can change the plan
    /// (`Service::dependence` says which, for the planner and the data validator).
    pub fn questions(&self) -> Vec<AskedQuestion> {
        let s = self.service;
        let dependence = s.dependence();
        s.questions
            .iter()
            .filter(|q| {
                self.truth(&q.asked_when) != Truth::No
                    && dependence.answer_matters(q, self.situation, self.answers)
            })
            .map(|q| AskedQuestion {
                id: q.id.clone(),
                kind: q.kind,
                text: q.text.clone(),
                help: q.help.clone(),
                options: match q.kind {
                    QuestionKind::Choice => q
                        .options
                        .iter()
                        .map(|o| (o.id.clone(), o.text.clone()))
                        .collect(),
                    _ => Vec::new(),
                },
                answer: self.answers.get(&q.id).cloned(),
            })
            .collect()
    }

    pub fn check_unused_answers(&self, asked: &[AskedQuestion], warnings: &mut Vec<Warning>) {
        for (id, value) in self.answers {
            if !asked.iter().any(|q| &q.id == id) {
                warnings.push(Warning::UnusedAnswer {
                    question: id.clone(),
                    value: value.clone(),
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::validate;
    use crate::engine::plan::testing::{answers, ctx, d, Fixture, ID};
    use crate::engine::plan::warnings::Warning;
    use crate::engine::plan::PlanError;
    use crate::engine::regulation::QuestionKind;

    fn check(pairs: &[(&str, &str)]) -> Result<(), PlanError> {
        let c = Fixture::new().catalog();
        validate(c.service(ID).unwrap(), &answers(pairs))
    }

    #[test]
    fn an_answer_to_no_question_names_the_questions() {
        assert_eq!(
            check(&[("urgent", "no"), ("colour", "red")]),
            Err(PlanError::UnknownQuestion {
                id: "colour".into(),
                valid: vec![
                    "branch".into(),
                    "urgent".into(),
                    "photo_date".into(),
                    "unused_note".into()
                ],
            })
        );
    }

    #[test]
    fn a_value_the_question_does_not_offer_names_its_values() {
        assert_eq!(
            check(&[("branch", "bishkek")]),
            Err(PlanError::InvalidAnswer {
                question: "branch".into(),
                value: "bishkek".into(),
                valid: Some(vec!["almaty".into(), "astana".into()]),
            })
        );
        // A yes/no question takes exactly `yes` and `no`, in that case.
        assert_eq!(
            check(&[("urgent", "Yes")]),
            Err(PlanError::InvalidAnswer {
                question: "urgent".into(),
                value: "Yes".into(),
                valid: Some(vec!["yes".into(), "no".into()]),
            })
        );
    }

    #[test]
    fn a_date_answer_must_be_a_real_iso_date() {
        // 30 February does not exist; 29 February 2024 does (a leap year); the dotted
        // form of the documents is not the answer's format. A date question has no
        // list of values (`valid: None`).
        let bad = |v: &str| PlanError::InvalidAnswer {
            question: "photo_date".into(),
            value: v.into(),
            valid: None,
        };
        assert_eq!(
            check(&[("photo_date", "2025-02-30")]),
            Err(bad("2025-02-30"))
        );
        assert_eq!(
            check(&[("photo_date", "19.03.2025")]),
            Err(bad("19.03.2025"))
        );
        assert_eq!(check(&[("photo_date", "2024-02-29")]), Ok(()));
        assert_eq!(
            check(&[
                ("branch", "astana"),
                ("urgent", "yes"),
                ("unused_note", "no")
            ]),
            Ok(())
        );
    }

    #[test]
    fn only_questions_an_item_depends_on_are_asked_with_their_options_and_answers() {
        let c = Fixture::new().catalog();
        let a = answers(&[("branch", "astana")]);
        let asked = ctx(&c, "first", d("2025-03-19"), &a).questions();
        let summary: Vec<_> = asked
            .iter()
            .map(|q| (q.id.as_str(), q.kind, q.options.len(), q.answer.as_deref()))
            .collect();
        // `branch` picks the provider (two options, answered), `urgent` a fee, and
        // `photo_date` dates the photo's window; nothing depends on `unused_note`.
        assert_eq!(
            summary,
            [
                ("branch", QuestionKind::Choice, 2, Some("astana")),
                ("urgent", QuestionKind::YesNo, 0, None),
                ("photo_date", QuestionKind::Date, 0, None),
            ]
        );
        assert_eq!(asked[0].options[1].0, "astana");
    }

    #[test]
    fn a_question_that_matters_only_in_another_situation_is_not_asked() {
        // Without the urgency fee, `urgent` only exempts from the old licence, which
        // only renewal lists; `photo_date` is asked only where `asked_when` holds.
        let c = Fixture::new()
            .edit(|s| {
                s["fees"]
                    .as_array_mut()
                    .unwrap()
                    .retain(|f| f["id"] != "urgency");
                s["questions"][2]["asked_when"] = json!({"situation_in": ["renewal"]});
            })
            .catalog();
        let ids = |situation: &str| -> Vec<String> {
            let a = answers(&[]);
            ctx(&c, situation, d("2025-03-19"), &a)
                .questions()
                .into_iter()
                .map(|q| q.id)
                .collect()
        };
        assert_eq!(ids("first"), ["branch"]);
        assert_eq!(ids("renewal"), ["branch", "urgent", "photo_date"]);
    }

    #[test]
    fn each_answer_not_asked_for_is_reported_once_in_question_order() {
        let c = Fixture::new()
            .edit(|s| {
                s["fees"]
                    .as_array_mut()
                    .unwrap()
                    .retain(|f| f["id"] != "urgency")
            })
            .catalog();
        let a = answers(&[
            ("unused_note", "yes"),
            ("urgent", "yes"),
            ("branch", "almaty"),
        ]);
        let x = ctx(&c, "first", d("2025-03-19"), &a);
        let mut warnings = Vec::new();
        x.check_unused_answers(&x.questions(), &mut warnings);
        // Answers are kept sorted by question id: `unused_note` before `urgent`.
        assert_eq!(
            warnings,
            [
                Warning::UnusedAnswer {
                    question: "unused_note".into(),
                    value: "yes".into()
                },
                Warning::UnusedAnswer {
                    question: "urgent".into(),
                    value: "yes".into()
                },
            ]
        );
        // Asked for everything answered: nothing to report.
        let mut warnings = Vec::new();
        let a = answers(&[("branch", "almaty")]);
        let x = ctx(&c, "first", d("2025-03-19"), &a);
        x.check_unused_answers(&x.questions(), &mut warnings);
        assert_eq!(warnings, []);
    }
}
