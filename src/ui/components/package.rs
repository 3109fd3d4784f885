//! The application package: the applicant's details (asked by the service's country,
//! checked as typed, kept on the device) and one button that makes the ZIP here, in the
//! browser.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::engine::calendar::Country;
use crate::engine::plan::Plan;
use crate::engine::Catalog;
use crate::locale::{tf, S};
use crate::package::applicant::{ApplicantKind, Field};
use crate::package::{build, Input};
use crate::ui::format::today;
use crate::ui::hooks::{use_lang, use_store};
use crate::ui::store::Action;

#[derive(Properties, PartialEq)]
pub struct PackagePanelProps {
    pub plan: Rc<Plan>,
    /// `service/situation`: whose checklist ticks go into the package.
    pub ticks_key: String,
}

fn label(f: Field, country: Country) -> S {
    match (f, country) {
        (Field::FullName, _) => S::FieldFullName,
        (Field::PersonId, Country::KZ) => S::FieldIin,
        (Field::PersonId, Country::KG) => S::FieldPin,
        (Field::BirthDate, _) => S::FieldBirthDate,
        (Field::IdentityDocument, _) => S::FieldIdentityDocument,
        (Field::PersonAddress | Field::OrgAddress, _) => S::FieldAddress,
        (Field::PersonPhone | Field::OrgPhone, _) => S::FieldPhone,
        (Field::PersonEmail | Field::OrgEmail, _) => S::FieldEmail,
        (Field::OrgName, _) => S::FieldOrgName,
        (Field::OrgId, Country::KZ) => S::FieldBin,
        (Field::OrgId, Country::KG) => S::FieldInn,
        (Field::OrgHead, _) => S::FieldHead,
    }
}

fn input_type(f: Field) -> &'static str {
    match f {
        Field::BirthDate => "date",
        Field::PersonEmail | Field::OrgEmail => "email",
        Field::PersonPhone | Field::OrgPhone => "tel",
        _ => "text",
    }
}

#[component]
pub fn PackagePanel(props: &PackagePanelProps) -> Html {
    let lang = use_lang();
    let store = use_store();
    let stored = store.details();
    // Problems are shown once the applicant has tried to download, or for a field they typed in.
    let tried = use_state(|| false);
    let notice = use_state(|| None::<Result<String, String>>);
    let plan = props.plan.clone();
    let country = plan.country;
    // A service for persons only (or organisations only) asks only their details.
    let kinds = Catalog::embedded()
        .ok()
        .and_then(|c| c.service(&plan.service))
        .map_or_else(Vec::new, |s| s.applicant_kinds.clone());
    let forced = match kinds.as_slice() {
        [only] => Some(*only),
        _ => None,
    };
    let applicant = stored.for_service(&kinds);
    let problems = applicant.problems(country);

    let set = |f: Option<Field>, kind: Option<ApplicantKind>| {
        let store = store.clone();
        move |value: String| {
            // The latest details: another field may have changed since this render.
            let mut a = store.details();
            if let Some(f) = f {
                a.set(f, value);
            }
            if let Some(k) = kind {
                a.kind = k;
            }
            store.dispatch(Action::SaveDetails(Box::new(a)));
        }
    };

    let download = {
        let applicant = applicant.clone();
        let tried = tried.clone();
        let notice = notice.clone();
        let plan = plan.clone();
        let ticked: Vec<String> = store.ticks(&props.ticks_key).into_iter().collect();
        Callback::from(move |_: MouseEvent| {
            tried.set(true);
            if !applicant.problems(plan.country).is_empty() {
                notice.set(Some(Err(S::PackageFix.get(lang).to_string())));
                return;
            }
            let Some(service) = Catalog::embedded()
                .ok()
                .and_then(|c| c.service(&plan.service))
            else {
                return;
            };
            let pkg = build(&Input {
                service,
                plan: &plan,
                applicant: &applicant,
                ticked: &ticked,
                lang,
                today: today(),
                stamp: &stamp(),
            });
            notice.set(Some(match save_file(&pkg.name, &pkg.zip()) {
                Ok(()) => Ok(tf(lang, S::PackageMade, &[("name", &pkg.name)])),
                Err(()) => Err(S::SaveFileRefused.get(lang).to_string()),
            }));
        })
    };

    let kind_radio = |kind: ApplicantKind, text: S, id: &str| {
        let on = set(None, Some(kind));
        let onchange = Callback::from(move |_: Event| on(String::new()));
        html! {
            <div class="option">
                <input type="radio" name="applicant-kind" id={id.to_string()} checked={applicant.kind == kind} {onchange} />
                <label for={id.to_string()}>{ text.get(lang) }</label>
            </div>
        }
    };

    html! {
        <section id="package" aria-labelledby="package-title">
            <h2 id="package-title">{ S::PackageTitle.get(lang) }</h2>
            <p class="help">{ S::PackageHelp.get(lang) }</p>
            if forced.is_none() {
                <fieldset class="options">
                    <legend>{ S::ApplicantIs.get(lang) }</legend>
                    { kind_radio(ApplicantKind::Person, S::APerson, "applicant-person") }
                    { kind_radio(ApplicantKind::Organisation, S::AnOrganisation, "applicant-organisation") }
                </fieldset>
            }
            { for applicant.fields().iter().map(|&f| {
                let id = format!("pkg-{}", f.key().replace('.', "-"));
                let value = applicant.get(f).to_string();
                let problem = problems.iter().find(|(x, _)| *x == f).map(|(_, p)| p)
                    .filter(|_| *tried || !value.is_empty());
                let on = set(Some(f), None);
                let onchange = Callback::from(move |e: Event| on(e.target_unchecked_into::<HtmlInputElement>().value()));
                let error_id = format!("{id}-error");
                html! {
                    <div class="field" key={id.clone()}>
                        <label for={id.clone()}>{ label(f, country).get(lang) }</label>
                        <input id={id.clone()} type={input_type(f)} value={value} {onchange}
                            aria-invalid={problem.is_some().to_string()}
                            aria-describedby={problem.map(|_| error_id.clone())} />
                        if let Some(p) = problem {
                            <p class="error" id={error_id}>{ crate::locale::field_problem(p, lang) }</p>
                        }
                    </div>
                }
            }) }
            <p><button type="button" id="download-package" onclick={download}>{ S::DownloadPackage.get(lang) }</button></p>
            { match &*notice {
                Some(Ok(m)) => html! { <p role="status" class="saved-notice">{ m.clone() }</p> },
                Some(Err(m)) => html! { <p role="alert" class="error">{ m.clone() }</p> },
                None => html! {},
            } }
        </section>
    }
}

/// Now, `YYYYMMDDTHHMMSSZ`, for the calendar file.
fn stamp() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let iso: String = js_sys::Date::new_0().to_iso_string().into();
        let digits: String = iso.chars().filter(char::is_ascii_digit).take(14).collect();
        if digits.len() == 14 {
            return format!("{}T{}Z", &digits[..8], &digits[8..]);
        }
    }
    format!("{}T000000Z", today().format("%Y%m%d"))
}

/// Hands the bytes to the browser as a download; nothing leaves the device.
#[cfg(target_arch = "wasm32")]
fn save_file(name: &str, bytes: &[u8]) -> Result<(), ()> {
    use wasm_bindgen::JsCast;
    let fail = |_| ();
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/zip");
    let blob =
        web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = gloo::utils::document();
    let a: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(fail)?.unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

#[cfg(not(target_arch = "wasm32"))]
fn save_file(_name: &str, _bytes: &[u8]) -> Result<(), ()> {
    Ok(())
}
