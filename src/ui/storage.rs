//! `localStorage`: the only place Tartip keeps anything. Natively (server-side
//! rendering, tests) there is no storage and nothing is kept.

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
fn set(key: &str, value: &str) -> Result<(), String> {
    storage()
        .ok_or("this browser keeps no local storage")?
        .set_item(key, value)
        .map_err(|_| "the browser refused to store (storage full or disabled)".to_string())
}

#[cfg(not(target_arch = "wasm32"))]
fn set(_key: &str, _value: &str) -> Result<(), String> {
    Ok(())
}

/// The saved store, read without changing it.
pub fn read() -> Loaded {
    load(get(KEY).as_deref())
}

/// Writes `store`, but never over a copy Tartip cannot read (that would lose it).
pub fn write(store: &Store) -> Result<(), String> {
    match read() {
        Loaded::Newer { .. } | Loaded::Broken { .. } => {
            Err("the saved copy is kept untouched".into())
        }
        _ => set(KEY, &store.to_json()),
    }
}

/// Changes the store if it can be written.
pub fn update(f: impl FnOnce(&mut Store)) -> Result<(), String> {
    let mut store = read()
        .writable()
        .ok_or("the saved copy is kept untouched")?;
    f(&mut store);
    set(KEY, &store.to_json())
}

/// Removes everything Tartip saved.
pub fn clear() {
    #[cfg(target_arch = "wasm32")]
    if let Some(s) = storage() {
        let _ = s.remove_item(KEY);
        let _ = s.remove_item(LANG_KEY);
    }
}

pub fn read_lang() -> Option<Lang> {
    get(LANG_KEY)?.parse().ok()
}

pub fn write_lang(lang: Lang) {
    let _ = set(LANG_KEY, lang.code());
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
