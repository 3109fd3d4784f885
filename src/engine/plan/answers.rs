//! The applicant's answers: checked against the questions, and the questions whose
//! answers can change this situation's plan.

use super::super::condition::{applies, Answers, Condition, Truth};
use super::super::date::parse_date;
use super::super::regulation::{Document, Question, QuestionKind, ScheduleAnchor, Service};
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
    /// Questions whose answer can change this situation's outcome: some document,
    /// step, fee, gap, overall term, validity window or barring ground comes out
    /// differently for different answers (given the other answers), or an applicable
    /// document or schedule takes its date from it.
    pub fn questions(&self) -> Vec<AskedQuestion> {
        let s = self.service;
        s.questions
            .iter()
            .filter(|q| self.truth(&q.asked_when) != Truth::No && self.matters(q))
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

    fn matters(&self, q: &Question) -> bool {
        let Some(values) = q.valid_values() else {
            return self.date_questions().contains(&q.id.as_str());
        };
        // The items whose condition names the question, found once, then evaluated
        // under each of its values.
        let s = self.service;
        let mentions = |c: Option<&Condition>| c.is_some_and(|c| c.mentions_question(&q.id));
        let docs: Vec<&Document> = s
            .documents
            .iter()
            .filter(|d| {
                mentions(d.when.as_ref())
                    || mentions(d.not_needed_when.as_ref())
                    || mentions(d.validity.as_ref().and_then(|v| v.when.as_ref()))
            })
            .collect();
        let others: Vec<&Option<Condition>> = s
            .steps
            .iter()
            .map(|x| &x.when)
            .chain(s.fees.iter().map(|x| &x.when))
            .chain(s.gaps.iter().map(|x| &x.when))
            .chain(s.overall_terms.iter().map(|x| &x.when))
            .chain(s.refusal_grounds.iter().map(|x| &x.bars_when))
            .filter(|w| mentions(w.as_ref()))
            .collect();
        if docs.is_empty() && others.is_empty() {
            return false;
        }
        let mut answers = self.answers.clone();
        let mut results = values.iter().map(|v| {
            answers.insert(q.id.clone(), v.to_string());
            outcomes(self.situation, &answers, &docs, &others)
        });
        let first = results.next();
        results.any(|r| Some(r) != first)
    }

    /// Date questions an applicable document's validity or a schedule counts from.
    fn date_questions(&self) -> Vec<&str> {
        let s = self.service;
        let schedule_anchors = s
            .schedules
            .iter()
            .filter(|x| self.listed(&x.when))
            .filter_map(|x| match &x.anchor {
                ScheduleAnchor::Question(q) => Some(q.as_str()),
                _ => None,
            });
        s.documents
            .iter()
            .filter(|d| self.listed(&d.when))
            .filter_map(|d| {
                let v = d.validity.as_ref()?;
                (self.truth(&v.when) != Truth::No).then_some(v.date_question.as_deref()?)
            })
            .chain(schedule_anchors)
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

/// What the answers make of each item that depends on a question: whether it is
/// listed (and, for a document, whether it is then exempt and its window applies).
fn outcomes(
    situation: &str,
    a: &Answers,
    docs: &[&Document],
    others: &[&Option<Condition>],
) -> Vec<[Truth; 3]> {
    let docs = docs.iter().map(|d| match applies(&d.when, situation, a) {
        Truth::No => [Truth::No; 3],
        listed => [
            listed,
            d.not_needed_when
                .as_ref()
                .map_or(Truth::No, |c| c.eval(situation, a)),
            d.validity
                .as_ref()
                .map_or(Truth::No, |v| applies(&v.when, situation, a)),
        ],
    });
    let others = others
        .iter()
        .map(|w| [applies(w, situation, a), Truth::No, Truth::No]);
    docs.chain(others).collect()
}
