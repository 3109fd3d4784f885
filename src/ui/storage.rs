//! `localStorage`: the only place Tartip keeps anything, and the only code that touches
//! it. Only the [`StoreProvider`](super::provider::StoreProvider) calls the writes, after
//! the store changed. Natively (server-side rendering, tests) there is no storage and
//! nothing is kept.

use super::store::Problem;
use crate::engine::text::Lang;
use crate::saved::{load, Loaded, Store, KEY, LANG_KEY};

#[cfg(target_arch = "wasm32")]
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

#[cfg(target_arch = "wasm32")]
fn get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok()?
}

#[cfg(not(target_arch = "wasm32"))]
fn get(_key: &str) -> Option<String> {
    None
}

#[cfg(target_arch = "wasm32")]
fn set(key: &str, value: &str) -> Result<(), Problem> {
    storage()
        .ok_or(Problem::NoStorage)?
        .set_item(key, value)
        .map_err(|_| Problem::Refused)
}

#[cfg(not(target_arch = "wasm32"))]
fn set(_key: &str, _value: &str) -> Result<(), Problem> {
    Ok(())
}

fn remove(_key: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(s) = storage() {
        let _ = s.remove_item(_key);
    }
}

/// The saved store, read without changing it.
pub fn read() -> Loaded {
    load(get(KEY).as_deref())
}

/// Writes `store`, but never over a copy Tartip cannot read (that would lose it), even
/// one another tab wrote since the store was read.
pub fn write(store: &Store) -> Result<(), Problem> {
    match read() {
        Loaded::Newer { .. } | Loaded::Broken { .. } => Err(Problem::Unreadable),
        Loaded::Empty | Loaded::Ready(_) => set(KEY, &store.to_json()),
    }
}

/// Removes the saved store (the user cleared it).
pub fn forget() {
    remove(KEY);
}

pub fn read_lang() -> Option<Lang> {
    get(LANG_KEY)?.parse().ok()
}

pub fn write_lang(lang: Lang) {
    let _ = set(LANG_KEY, lang.code());
}

pub fn forget_lang() {
    remove(LANG_KEY);
}

/// The browser's preferred language, if it is one Tartip speaks.
pub fn browser_lang() -> Option<Lang> {
    #[cfg(target_arch = "wasm32")]
    {
        let tag = web_sys::window()?.navigator().language()?;
        tag.get(..2)?.parse().ok()
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// Calls `f` whenever another tab changes what Tartip keeps, until the returned
/// listener is dropped (natively, never).
pub fn on_change_elsewhere(f: impl Fn() + 'static) -> Option<gloo::events::EventListener> {
    #[cfg(target_arch = "wasm32")]
    {
        let window = web_sys::window()?;
        Some(gloo::events::EventListener::new(
            &window,
            "storage",
            move |_| f(),
        ))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        drop(f);
        None
    }
}
