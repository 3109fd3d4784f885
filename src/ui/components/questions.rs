//! The answers beside the results: change any of them and the plan updates at once.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::engine::plan::AskedQuestion;
use crate::engine::regulation::QuestionKind;
use crate::locale::S;
use crate::ui::hooks::use_lang;

/// One edit: the query key (`submitted` or a question id) and its new value;
/// `None` clears an answer.
#[derive(Clone, Debug, PartialEq)]
pub struct AnswerChange {
    pub key: String,
    pub value: Option<String>,
}

impl AnswerChange {
    /// A change handler for the input of `key`: its value as the new answer, an empty
    /// value clearing it. The interview's form and the desk's toggles share it.
    pub fn on_input(on_change: &Callback<AnswerChange>, key: String) -> Callback<Event> {
        let on_change = on_change.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            on_change.emit(AnswerChange {
                key: key.clone(),
                value: (!v.is_empty()).then_some(v),
            })
        })
    }
}

#[derive(Properties, PartialEq)]
pub struct QuestionFormProps {
    /// The date as typed in the URL, possibly invalid.
    pub submitted: AttrValue,
    pub questions: Vec<AskedQuestion>,
    pub on_change: Callback<AnswerChange>,
}

#[component]
pub fn QuestionForm(props: &QuestionFormProps) -> Html {
    let lang = use_lang();
    let change = |key: String| AnswerChange::on_input(&props.on_change, key);
    html! {
        <form class="answers" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <div class="field">
                <label for="submitted">{ S::SubmissionDate.get(lang) }</label>
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
                            vec![("yes".into(), S::Yes.get(lang).into()), ("no".into(), S::No.get(lang).into())]
                        } else {
                            q.options.iter().map(|(v, t)| (v.clone(), t.get(lang).to_string())).collect()
                        };
                        html! {
                            <select id={id.clone()} onchange={change(q.id.clone())}>
                                <option value="" selected={current.is_empty()}>{ S::NotAnswered.get(lang) }</option>
                                { for options.into_iter().map(|(v, t)| html! {
                                    <option value={v.clone()} selected={current == v}>{ t }</option>
                                }) }
                            </select>
                        }
                    }
                };
                html! {
                    <div class="field" key={q.id.clone()}>
                        <label for={id}>{ q.text.get(lang) }</label>
                        { control }
                        if let Some(h) = &q.help { <p class="help">{ h.get(lang) }</p> }
                    </div>
                }
            }) }
        </form>
    }
}
