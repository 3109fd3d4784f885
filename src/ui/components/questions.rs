//! The submission date and the questions that change this situation's outcome.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::engine::plan::AskedQuestion;
use crate::engine::regulation::QuestionKind;
use crate::engine::text::Lang;

/// One edit: the query key (`submitted` or a question id) and its new value;
/// `None` clears an answer.
#[derive(Clone, Debug, PartialEq)]
pub struct AnswerChange {
    pub key: String,
    pub value: Option<String>,
}

#[derive(Properties, PartialEq)]
pub struct QuestionFormProps {
    /// The date as typed in the URL, possibly invalid.
    pub submitted: AttrValue,
    pub questions: Vec<AskedQuestion>,
    pub on_change: Callback<AnswerChange>,
}

fn value_of(e: &Event) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

#[component]
pub fn QuestionForm(props: &QuestionFormProps) -> Html {
    let change = |key: String| {
        let cb = props.on_change.clone();
        Callback::from(move |e: Event| {
            let v = value_of(&e);
            cb.emit(AnswerChange {
                key: key.clone(),
                value: (!v.is_empty()).then_some(v),
            })
        })
    };
    html! {
        <form class="answers" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <div class="field">
                <label for="submitted">{ "Date you submit the application" }</label>
                <input type="date" id="submitted" name="submitted" value={props.submitted.clone()} onchange={change("submitted".into())} />
            </div>
            { for props.questions.iter().map(|q| {
                let id = format!("q-{}", q.id);
                let current = q.answer.clone().unwrap_or_default();
                let control = match q.kind {
                    QuestionKind::Date => html! {
                        <input type="date" id={id.clone()} value={current} onchange={change(q.id.clone())} />
                    },
                    QuestionKind::YesNo | QuestionKind::Choice => {
                        let options: Vec<(String, String)> = if q.kind == QuestionKind::YesNo {
                            vec![("yes".into(), "Yes".into()), ("no".into(), "No".into())]
                        } else {
                            q.options.iter().map(|(v, t)| (v.clone(), t.get(Lang::En).to_string())).collect()
                        };
                        html! {
                            <select id={id.clone()} onchange={change(q.id.clone())}>
                                <option value="" selected={current.is_empty()}>{ "— not answered —" }</option>
                                { for options.into_iter().map(|(v, t)| html! {
                                    <option value={v.clone()} selected={current == v}>{ t }</option>
                                }) }
                            </select>
                        }
                    }
                };
                html! {
                    <div class="field" key={q.id.clone()}>
                        <label for={id}>{ q.text.get(Lang::En) }</label>
                        { control }
                        if let Some(h) = &q.help { <p class="help">{ h.get(Lang::En) }</p> }
                    </div>
                }
            }) }
        </form>
    }
}
