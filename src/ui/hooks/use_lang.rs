use yew::prelude::*;

use crate::engine::text::Lang;

/// The chosen language and how to change it.
#[derive(Clone, PartialEq)]
pub struct LangCtx {
    pub lang: Lang,
    pub set: Callback<Lang>,
}

/// The interface language (English outside a provider, e.g. in isolated tests).
#[hook]
pub fn use_lang() -> Lang {
    use_context::<LangCtx>().map_or(Lang::En, |c| c.lang)
}
