//! The order of the interview's screens: the date, the questions the engine asks for
//! this situation (in its order), then the review.

use crate::ui::query::Step;

/// The screens of one interview and the one being shown.
#[derive(Clone, Debug, PartialEq)]
pub struct Steps {
    all: Vec<Step>,
    index: usize,
}

impl Steps {
    /// The screens for `questions` (ids), at `at`. A question that stopped mattering
    /// (another answer changed) or that this situation never asks falls to the review.
    pub fn new<'a>(questions: impl IntoIterator<Item = &'a str>, at: &Step) -> Steps {
        let mut all = vec![Step::When];
        all.extend(
            questions
                .into_iter()
                .map(|id| Step::Question(id.to_string())),
        );
        all.push(Step::Review);
        let index = all.iter().position(|s| s == at).unwrap_or(all.len() - 1);
        Steps { all, index }
    }

    pub fn current(&self) -> &Step {
        &self.all[self.index]
    }

    pub fn next(&self) -> Option<&Step> {
        self.all.get(self.index + 1)
    }

    pub fn back(&self) -> Option<&Step> {
        self.index.checked_sub(1).and_then(|i| self.all.get(i))
    }

    /// The screen's number and how many screens come before the review.
    pub fn progress(&self) -> (usize, usize) {
        (self.index + 1, self.all.len() - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(id: &str) -> Step {
        Step::Question(id.into())
    }

    #[test]
    fn the_date_comes_first_and_the_review_last() {
        let s = Steps::new(["citizenship", "licence_kind"], &Step::When);
        assert_eq!(s.current(), &Step::When);
        assert_eq!(s.back(), None);
        assert_eq!(s.next(), Some(&q("citizenship")));
        assert_eq!(s.progress(), (1, 3));
        let s = Steps::new(["citizenship", "licence_kind"], &q("licence_kind"));
        assert_eq!(s.progress(), (3, 3));
        assert_eq!(s.back(), Some(&q("citizenship")));
        assert_eq!(s.next(), Some(&Step::Review));
        let s = Steps::new(["citizenship"], &Step::Review);
        assert_eq!(s.next(), None);
        assert_eq!(s.back(), Some(&q("citizenship")));
    }

    #[test]
    fn a_question_no_longer_asked_shows_the_review() {
        let s = Steps::new(["citizenship"], &q("has_training_certificate"));
        assert_eq!(s.current(), &Step::Review);
    }
}
