//! The clipboard: the only code that touches `navigator.clipboard`. Natively (server
//! renders, tests) there is no clipboard and writing says so.

/// Why nothing was copied, as the browser said it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refused(pub String);

/// Puts `text` on the clipboard, exactly as given.
pub async fn write_text(text: &str) -> Result<(), Refused> {
    #[cfg(target_arch = "wasm32")]
    {
        let clipboard = web_sys::window()
            .ok_or_else(|| Refused("no window".into()))?
            .navigator()
            .clipboard();
        wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
            .await
            .map(|_| ())
            .map_err(|e| {
                Refused(
                    js_sys::Error::from(e)
                        .message()
                        .as_string()
                        .filter(|m| !m.is_empty())
                        .unwrap_or_else(|| "NotAllowedError".into()),
                )
            })
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = text;
        Err(Refused("no clipboard".into()))
    }
}

/// The page's origin (`http://host:port`), for links to copy; empty natively.
pub fn origin() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|w| w.location().origin().ok())
            .unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    String::new()
}
