//! One question on its own screen: radio buttons for a choice or yes/no, a date field
//! for a date.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::engine::plan::AskedQuestion;
use crate::engine::regulation::QuestionKind;
use crate::engine::text::Lang;
use crate::locale::S;
use crate::ui::hooks::use_lang;

#[derive(Properties, PartialEq)]
pub struct QuestionStepProps {
    /// Receives focus when the screen opens.
    pub heading: NodeRef,
    pub question: AskedQuestion,
    pub back: Html,
    /// The new answer (`None` when a date field is emptied).
    pub on_answer: Callback<Option<String>>,
    pub on_skip: Callback<MouseEvent>,
    pub on_next: Callback<MouseEvent>,
}

#[component]
pub fn QuestionStep(props: &QuestionStepProps) -> Html {
    let lang = use_lang();
    let q = &props.question;
    html! {
        <>
            <fieldset>
                <legend><h1 ref={props.heading.clone()} tabindex="-1">{ q.text.get(lang) }</h1></legend>
                if let Some(h) = &q.help { <p class="help">{ h.get(lang) }</p> }
                { control(q, lang, &props.on_answer) }
            </fieldset>
            <div class="actions">
                { props.back.clone() }
                <button type="button" class="secondary" id="skip" onclick={props.on_skip.clone()}>{ S::Skip.get(lang) }</button>
                <button type="button" id="next" onclick={props.on_next.clone()}>{ S::Next.get(lang) }</button>
            </div>
        </>
    }
}

/// Radio buttons for a choice, a date field for a date.
fn control(q: &AskedQuestion, lang: Lang, on_answer: &Callback<Option<String>>) -> Html {
    match q.kind {
        QuestionKind::Date => {
            let onchange = on_answer.reform(|e: Event| {
                let v = e.target_unchecked_into::<HtmlInputElement>().value();
                (!v.is_empty()).then_some(v)
            });
            html! {
                <input type="date" id={format!("q-{}", q.id)} aria-label={q.text.get(lang).to_string()}
                    value={q.answer.clone().unwrap_or_default()} {onchange} />
            }
        }
        QuestionKind::YesNo | QuestionKind::Choice => {
            let options: Vec<(String, String)> = if q.kind == QuestionKind::YesNo {
                vec![
                    ("yes".into(), S::Yes.get(lang).into()),
                    ("no".into(), S::No.get(lang).into()),
                ]
            } else {
                q.options
                    .iter()
                    .map(|(v, t)| (v.clone(), t.get(lang).to_string()))
                    .collect()
            };
            html! {
                <div class="options">
                    { for options.into_iter().map(|(value, label)| {
                        let input_id = format!("q-{}-{value}", q.id);
                        let v = value.clone();
                        let onchange = on_answer.reform(move |_: Event| Some(v.clone()));
                        html! {
                            <div class="option">
                                <input type="radio" id={input_id.clone()} name={q.id.clone()} value={value.clone()}
                                    checked={q.answer.as_deref() == Some(value.as_str())} {onchange} />
                                <label for={input_id}>{ label }</label>
                            </div>
                        }
                    }) }
                </div>
            }
        }
    }
}
