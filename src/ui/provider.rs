//! The one store near the root: read from the device once, given to every page as a
//! context, and written back after each change. The effects here are the only writes.

use yew::prelude::*;

use super::hooks::StoreHandle;
use super::storage;
use super::store::{Action, Device, Kept};
use crate::engine::text::Lang;

#[derive(Properties, PartialEq)]
pub struct StoreProviderProps {
    /// The interface language to start with, unless (with `remember_lang`) the device
    /// remembers one or the browser prefers one Tartip speaks.
    pub lang: Lang,
    /// Whether a chosen language is remembered on the device (the browser app; not
    /// server renders and component tests).
    pub remember_lang: bool,
    pub children: Html,
}

#[component]
pub fn StoreProvider(props: &StoreProviderProps) -> Html {
    let store = use_reducer(|| {
        let lang = if props.remember_lang {
            storage::read_lang().or_else(storage::browser_lang)
        } else {
            None
        };
        Device::new(
            storage::read(),
            lang.unwrap_or(props.lang),
            props.remember_lang,
        )
    });
    {
        // The store, after each change the device must get. The handle reads the
        // latest state, so changes dispatched together are written once.
        let store = store.clone();
        use_effect_with(store.store_changes, move |&changes| {
            if changes > 0 {
                let written = match &store.kept {
                    Kept::Nothing => {
                        storage::forget();
                        Ok(())
                    }
                    Kept::Readable => storage::write(&store.store),
                    // The reducer never asks for this; there is nothing to write.
                    Kept::Newer { .. } | Kept::Broken { .. } => Ok(()),
                };
                if let Err(problem) = written {
                    store.dispatch(Action::WriteFailed {
                        problem,
                        found: storage::read(),
                    });
                }
            }
        });
    }
    {
        let store = store.clone();
        use_effect_with(store.lang_changes, move |&changes| {
            if changes > 0 {
                if store.lang_kept {
                    storage::write_lang(store.lang);
                } else {
                    storage::forget_lang();
                }
            }
        });
    }
    // Screen readers and fonts follow the document's language.
    use_effect_with(store.lang, |l| {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("lang", l.code());
        }
    });
    {
        // Another tab saved or cleared: show what the device holds now.
        let dispatcher = store.dispatcher();
        use_effect_with((), move |_| {
            let listener = storage::on_change_elsewhere(move || {
                dispatcher.dispatch(Action::Reload(storage::read()))
            });
            move || drop(listener)
        });
    }
    let lang = store.lang;
    html! {
        <ContextProvider<StoreHandle> context={store}>
            <ContextProvider<Lang> context={lang}>{ props.children.clone() }</ContextProvider<Lang>>
        </ContextProvider<StoreHandle>>
    }
}
