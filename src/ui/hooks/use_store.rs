use yew::prelude::*;

use crate::ui::store::Device;

/// The store's state and its `dispatch`.
pub type StoreHandle = UseReducerHandle<Device>;

/// What Tartip keeps on the device ([`Device`]); change it with
/// `store.dispatch(Action::…)`, never by writing storage.
///
/// # Panics
/// Outside the [`StoreProvider`](crate::ui::provider::StoreProvider), which both `App`
/// and `ServerApp` put at their root: a programming error, found by any render test.
#[hook]
pub fn use_store() -> StoreHandle {
    use_context::<StoreHandle>().expect("use_store is called inside the StoreProvider")
}
