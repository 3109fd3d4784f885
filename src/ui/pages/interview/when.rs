//! The interview's first screen: the submission date.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::locale::S;
use crate::ui::hooks::use_lang;

#[derive(Properties, PartialEq)]
pub struct WhenStepProps {
    /// Receives focus when the screen opens.
    pub heading: NodeRef,
    /// The date as typed in the URL, possibly invalid or empty.
    pub raw_date: AttrValue,
    /// Why `raw_date` is not a date, if it is not.
    pub error: Option<AttrValue>,
    pub back: Html,
    /// A new date (`None` when the field is emptied).
    pub on_date: Callback<Option<String>>,
    pub on_next: Callback<MouseEvent>,
}

#[component]
pub fn WhenStep(props: &WhenStepProps) -> Html {
    let lang = use_lang();
    let onchange = props.on_date.reform(|e: Event| {
        let v = e.target_unchecked_into::<HtmlInputElement>().value();
        (!v.is_empty()).then_some(v)
    });
    html! {
        <>
            <h1 ref={props.heading.clone()} tabindex="-1"><label for="submitted">{ S::SubmissionDate.get(lang) }</label></h1>
            <p class="help" id="submitted-help">{ S::SubmissionDateHelp.get(lang) }</p>
            <input type="date" id="submitted" aria-describedby="submitted-help" value={props.raw_date.clone()} {onchange} />
            if let Some(e) = &props.error {
                if !props.raw_date.is_empty() {
                    <p class="error" role="alert">{ e.clone() }</p>
                }
            }
            <div class="actions">
                { props.back.clone() }
                <button type="button" id="next" onclick={props.on_next.clone()} disabled={props.error.is_some()}>{ S::Next.get(lang) }</button>
            </div>
        </>
    }
}
