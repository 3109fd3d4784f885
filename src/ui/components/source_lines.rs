//! The regulation texts, fetched on demand from `/sources/` (copied there at build
//! time) so they do not weigh on the first load, and kept for the session.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

thread_local! {
    static CACHE: RefCell<HashMap<String, Rc<String>>> = RefCell::new(HashMap::new());
}

/// The text of `file`, from the cache or the server.
pub async fn fetch(file: &str) -> Result<Rc<String>, String> {
    if let Some(t) = CACHE.with(|c| c.borrow().get(file).cloned()) {
        return Ok(t);
    }
    // Only names from the data reach here; still, never let one leave the folder.
    if file.contains('/') || file.contains("..") {
        return Err(format!("bad source name {file}"));
    }
    let resp = gloo::net::http::Request::get(&format!("/sources/{file}"))
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if !resp.ok() {
        return Err(format!("HTTP {}", resp.status()));
    }
    let text = Rc::new(resp.text().await.map_err(|e| e.to_string())?);
    CACHE.with(|c| c.borrow_mut().insert(file.to_string(), text.clone()));
    Ok(text)
}

/// Lines `from..=to` with `context` lines around them: (number, text, cited?).
pub fn excerpt(text: &str, from: u32, to: u32, context: u32) -> Vec<(u32, String, bool)> {
    let first = from.saturating_sub(context).max(1);
    text.split('\n')
        .enumerate()
        .map(|(i, l)| (i as u32 + 1, l))
        .filter(|(n, _)| *n >= first && *n <= to + context)
        .map(|(n, l)| (n, l.to_string(), (from..=to).contains(&n)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_excerpt_marks_the_cited_lines() {
        let text = "a\nb\nc\nd\ne";
        let got = excerpt(text, 2, 3, 1);
        assert_eq!(
            got,
            [
                (1, "a".to_string(), false),
                (2, "b".to_string(), true),
                (3, "c".to_string(), true),
                (4, "d".to_string(), false)
            ]
        );
    }
}
