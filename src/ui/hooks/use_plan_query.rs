use std::collections::BTreeMap;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::ui::query::PlanQuery;

/// The plan's inputs from the current URL (empty outside a router).
#[hook]
pub fn use_plan_query() -> PlanQuery {
    let location = use_location();
    let map = location
        .and_then(|l| l.query::<BTreeMap<String, String>>().ok())
        .unwrap_or_default();
    PlanQuery::from_map(map)
}
