use yew::prelude::*;

use crate::engine::text::Lang;

/// The interface language: the store's, given as a context of its own by the
/// [`StoreProvider`](crate::ui::provider::StoreProvider) so that components that only
/// word things do not re-render on every change of the store. English outside a
/// provider (e.g. a component rendered alone in a test).
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or(Lang::En)
}
