//! The applicant's answers: checked against the questions, and the questions whose
//! answers can change this situation's plan.

use super::super::condition::{Answers, Truth};
use super::super::date::parse_date;
use super::super::regulation::{QuestionKind, Service};
use super::types::AskedQuestion;
use super::warnings::Warning;
use super::{Ctx, PlanError};

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
