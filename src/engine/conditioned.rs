//! Every place in a service where an answer can change the plan: the conditions on
//! its items and the date questions it counts from. The data validator checks each
//! of them names real situations, questions and values; the planner asks a question
//! only when one of them comes out differently for its different answers. One list,
//! so the two cannot drift apart.

use std::fmt;

use super::condition::{Answers, Condition, Truth};
use super::regulation::{Question, ScheduleAnchor, Service};

/// The item a condition belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Owner<'a> {
    Document(&'a str),
    Step(&'a str),
    Fee(&'a str),
    Gap(&'a str),
    OverallTerm(&'a str),
    Schedule(&'a str),
    /// A refusal, return or suspension ground, an applicant or delivery fact.
    Fact(&'a str),
    Provider(&'a str),
    Channel(&'a str),
    Office(&'a str),
    ApplicationForm,
    Question(&'a str),
}

/// What the condition decides about its item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decides {
    /// Whether the item is in the plan at all.
    Listed,
    /// Whether a listed document need not be brought.
    Exempt,
    /// Whether a listed document's validity window applies.
    Validity,
    /// Whether a refusal ground holds, barring the result.
    Bars,
    /// Whether a question is asked (never itself a reason to ask another).
    Asked,
}

/// A condition, the item it belongs to and what it decides there.
#[derive(Clone, Copy, Debug)]
pub struct Conditioned<'a> {
    pub owner: Owner<'a>,
    pub decides: Decides,
    pub condition: &'a Condition,
    /// The item's own listing condition, when this one decides something within a
    /// listed item: where the item is not listed, this one cannot matter.
    pub within: Option<&'a Condition>,
}

impl Conditioned<'_> {
    /// What the condition comes to on these answers, `No` where its item is not listed.
    pub fn outcome(&self, situation: &str, answers: &Answers) -> Truth {
        if self
            .within
            .is_some_and(|w| w.eval(situation, answers) == Truth::No)
        {
            return Truth::No;
        }
        self.condition.eval(situation, answers)
    }
}

fn push<'a>(
    out: &mut Vec<Conditioned<'a>>,
    owner: Owner<'a>,
    decides: Decides,
    condition: &'a Option<Condition>,
    within: Option<&'a Condition>,
) {
    if let Some(condition) = condition {
        out.push(Conditioned {
            owner,
            decides,
            condition,
            within,
        });
    }
}

/// A date question some item counts from.
#[derive(Clone, Copy, Debug)]
pub struct DateUse<'a> {
    pub owner: Owner<'a>,
    pub question: &'a str,
    /// The conditions under which the item uses it (all must hold or might).
    pub when: [Option<&'a Condition>; 2],
}

impl DateUse<'_> {
    /// Whether the item uses the date on these answers (it does or might).
    pub fn used(&self, situation: &str, answers: &Answers) -> bool {
        self.when
            .iter()
            .flatten()
            .all(|c| c.eval(situation, answers) != Truth::No)
    }
}

impl Service {
    /// Every condition in the service, item by item.
    pub fn conditioned(&self) -> Vec<Conditioned<'_>> {
        let mut out = Vec::new();
        for d in &self.documents {
            let owner = Owner::Document(&d.id);
            let within = d.when.as_ref();
            push(&mut out, owner, Decides::Listed, &d.when, None);
            push(&mut out, owner, Decides::Exempt, &d.not_needed_when, within);
            if let Some(v) = &d.validity {
                push(&mut out, owner, Decides::Validity, &v.when, within);
            }
        }
        for x in &self.steps {
            push(&mut out, Owner::Step(&x.id), Decides::Listed, &x.when, None);
        }
        for x in &self.fees {
            push(&mut out, Owner::Fee(&x.id), Decides::Listed, &x.when, None);
        }
        for x in &self.gaps {
            push(&mut out, Owner::Gap(&x.id), Decides::Listed, &x.when, None);
        }
        for x in &self.overall_terms {
            push(
                &mut out,
                Owner::OverallTerm(&x.id),
                Decides::Listed,
                &x.when,
                None,
            );
        }
        for x in &self.schedules {
            push(
                &mut out,
                Owner::Schedule(&x.id),
                Decides::Listed,
                &x.when,
                None,
            );
        }
        for x in &self.refusal_grounds {
            push(
                &mut out,
                Owner::Fact(&x.id),
                Decides::Bars,
                &x.bars_when,
                None,
            );
        }
        let facts = [
            &self.refusal_grounds,
            &self.applicants,
            &self.return_grounds,
            &self.suspension_grounds,
            &self.delivery,
        ];
        for x in facts.into_iter().flatten() {
            push(&mut out, Owner::Fact(&x.id), Decides::Listed, &x.when, None);
        }
        for x in &self.providers {
            push(
                &mut out,
                Owner::Provider(&x.id),
                Decides::Listed,
                &x.when,
                None,
            );
        }
        for x in &self.channels {
            push(
                &mut out,
                Owner::Channel(&x.id),
                Decides::Listed,
                &x.when,
                None,
            );
        }
        for x in &self.offices {
            push(
                &mut out,
                Owner::Office(&x.id),
                Decides::Listed,
                &x.when,
                None,
            );
        }
        if let Some(f) = &self.application_form {
            push(
                &mut out,
                Owner::ApplicationForm,
                Decides::Listed,
                &f.when,
                None,
            );
        }
        for q in &self.questions {
            push(
                &mut out,
                Owner::Question(&q.id),
                Decides::Asked,
                &q.asked_when,
                None,
            );
        }
        out
    }

    /// Every date question an item counts from: a document's validity window or a
    /// schedule's anchor.
    pub fn date_uses(&self) -> Vec<DateUse<'_>> {
        let windows = self.documents.iter().filter_map(|d| {
            let v = d.validity.as_ref()?;
            Some(DateUse {
                owner: Owner::Document(&d.id),
                question: v.date_question.as_deref()?,
                when: [d.when.as_ref(), v.when.as_ref()],
            })
        });
        let anchors = self.schedules.iter().filter_map(|s| match &s.anchor {
            ScheduleAnchor::Question(q) => Some(DateUse {
                owner: Owner::Schedule(&s.id),
                question: q,
                when: [s.when.as_ref(), None],
            }),
            _ => None,
        });
        windows.chain(anchors).collect()
    }

    /// What the planner needs to tell which answers matter, gathered once per plan.
    pub fn dependence(&self) -> Dependence<'_> {
        Dependence {
            conditions: self.conditioned(),
            dates: self.date_uses(),
        }
    }
}

/// The service's conditions and date uses, to ask which answers matter.
pub struct Dependence<'a> {
    pub conditions: Vec<Conditioned<'a>>,
    pub dates: Vec<DateUse<'a>>,
}

impl Dependence<'_> {
    /// Whether the answer to `q` can change the plan in `situation`, the other
    /// answers as given: some condition comes out differently for its different
    /// values, or an item in use counts from it (a date question).
    pub fn answer_matters(&self, q: &Question, situation: &str, answers: &Answers) -> bool {
        let Some(values) = q.valid_values() else {
            return self
                .dates
                .iter()
                .any(|u| u.question == q.id && u.used(situation, answers));
        };
        let mentions = |c: &&Conditioned| {
            c.decides != Decides::Asked
                && (c.condition.mentions_question(&q.id)
                    || c.within.is_some_and(|w| w.mentions_question(&q.id)))
        };
        let deciding: Vec<&Conditioned> = self.conditions.iter().filter(mentions).collect();
        if deciding.is_empty() {
            return false;
        }
        let mut answers = answers.clone();
        let mut results = values.iter().map(|v| {
            answers.insert(q.id.clone(), v.to_string());
            deciding
                .iter()
                .map(|c| c.outcome(situation, &answers))
                .collect::<Vec<_>>()
        });
        let first = results.next();
        results.any(|r| Some(r) != first)
    }
}

impl fmt::Display for Owner<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Owner::Document(id) => write!(f, "document '{id}'"),
            Owner::Step(id) => write!(f, "step '{id}'"),
            Owner::Fee(id) => write!(f, "fee '{id}'"),
            Owner::Gap(id) => write!(f, "gap '{id}'"),
            Owner::OverallTerm(id) => write!(f, "overall term '{id}'"),
            Owner::Schedule(id) => write!(f, "schedule '{id}'"),
            Owner::Fact(id) => write!(f, "fact '{id}'"),
            Owner::Provider(id) => write!(f, "provider '{id}'"),
            Owner::Channel(id) => write!(f, "channel '{id}'"),
            Owner::Office(id) => write!(f, "office '{id}'"),
            Owner::ApplicationForm => f.write_str("application form"),
            Owner::Question(id) => write!(f, "question '{id}'"),
        }
    }
}

impl fmt::Display for Conditioned<'_> {
    /// How the data validator names the condition: "document 'x' validity", …
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.decides {
            Decides::Validity => write!(f, "{} validity", self.owner),
            Decides::Exempt => write!(f, "{} exemption", self.owner),
            Decides::Bars => write!(f, "{} bars", self.owner),
            Decides::Listed | Decides::Asked => write!(f, "{}", self.owner),
        }
    }
}
