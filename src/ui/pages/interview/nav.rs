//! The interview's moves, as changes of the address: an answer replaces it (Back leaves
//! the screen, not the keystroke), going to another screen pushes it.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::ui::query::{PlanQuery, Step};
use crate::ui::route::Route;

/// Moves from the inputs in the current address.
#[derive(Clone)]
pub struct Nav {
    pub navigator: Option<Navigator>,
    /// This interview's route.
    pub route: Route,
    pub query: PlanQuery,
}

impl Nav {
    fn go(&self, q: &PlanQuery, replace: bool) {
        if let Some(nav) = &self.navigator {
            let map = q.to_map();
            // A query of plain strings always serialises.
            let _ = if replace {
                nav.replace_with_query(&self.route, &map)
            } else {
                nav.push_with_query(&self.route, &map)
            };
        }
    }

    /// Opens `step`.
    pub fn to(&self) -> Callback<Step> {
        let nav = self.clone();
        Callback::from(move |step: Step| nav.go(&nav.query.at(Some(step)), false))
    }

    /// A button's click that opens `step` (does nothing without one).
    pub fn click(&self, step: Option<&Step>) -> Callback<MouseEvent> {
        match step.cloned() {
            Some(s) => self.to().reform(move |_: MouseEvent| s.clone()),
            None => Callback::noop(),
        }
    }

    /// A new submission date (`None`: emptied).
    pub fn set_date(&self) -> Callback<Option<String>> {
        let nav = self.clone();
        Callback::from(move |value: Option<String>| {
            let q = PlanQuery {
                submitted: value,
                ..nav.query.clone()
            };
            nav.go(&q, true)
        })
    }

    /// A new answer to question `id` (`None`: emptied).
    pub fn set_answer(&self, id: &str) -> Callback<Option<String>> {
        let (nav, id) = (self.clone(), id.to_string());
        Callback::from(move |value: Option<String>| {
            let mut q = nav.query.clone();
            match value {
                Some(v) => q.answers.insert(id.clone(), v),
                None => q.answers.remove(&id),
            };
            nav.go(&q, true)
        })
    }

    /// Leaves question `id` unanswered and opens `following`.
    pub fn skip(&self, id: &str, following: Option<&Step>) -> Callback<MouseEvent> {
        let mut q = self.query.at(following.cloned());
        q.answers.remove(id);
        let nav = self.clone();
        Callback::from(move |_: MouseEvent| nav.go(&q, false))
    }
}
