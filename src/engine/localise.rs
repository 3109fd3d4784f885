//! Flattens multilingual text in serialised output to one language, for the CLI's
//! JSON: every object made only of `ky`/`kk`/`ru`/`en` keys becomes a string.

use serde_json::Value;

use super::text::{Lang, Text};

pub fn flatten(value: Value, lang: Lang) -> Value {
    match value {
        Value::Object(map) => {
            let is_text = !map.is_empty()
                && map
                    .keys()
                    .all(|k| matches!(k.as_str(), "ky" | "kk" | "ru" | "en"))
                && map.values().all(Value::is_string);
            if is_text {
                let text: Text = serde_json::from_value(Value::Object(map)).expect("checked shape");
                Value::String(text.get(lang).to_string())
            } else {
                Value::Object(
                    map.into_iter()
                        .map(|(k, v)| (k, flatten(v, lang)))
                        .collect(),
                )
            }
        }
        Value::Array(items) => Value::Array(items.into_iter().map(|v| flatten(v, lang)).collect()),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn text_objects_become_strings_in_the_chosen_language() {
        let v = json!({"title": {"ky": "Нооруз", "en": "Nooruz"}, "n": 4, "list": [{"ru": "да", "en": "yes"}]});
        assert_eq!(
            flatten(v.clone(), Lang::En),
            json!({"title": "Nooruz", "n": 4, "list": ["yes"]})
        );
        assert_eq!(
            flatten(v, Lang::Ru),
            json!({"title": "Nooruz", "n": 4, "list": ["да"]}),
            "falls back to en"
        );
    }
}
