//! Server-side renders of the real app (no browser): each route shows the facts the
//! engine computed for it.
#![cfg(not(target_arch = "wasm32"))]

use tartip::engine::text::Lang;
use tartip::ui::app::{ServerApp, ServerAppProps};

fn render(url: &str) -> String {
    render_in(url, Lang::En)
}

fn render_in(url: &str, lang: Lang) -> String {
    let renderer = yew::LocalServerRenderer::<ServerApp>::with_props(ServerAppProps {
        url: url.to_string().into(),
        lang,
    })
    .hydratable(false);
    futures::executor::block_on(renderer.render())
}

#[test]
fn the_catalogue_lists_the_driving_licence_service() {
    let html = render("/");
    assert!(html.contains("Choose a service"), "{html}");
    assert!(html.contains("Issue of a driving licence (national and international)"));
    assert!(html.contains(r#"href="/service/kg-driving-licence-issue""#));
    assert!(html.contains("in force as far as the text shows"));
    // The Kazakh acts are repealed by now (the copies received on 23.11.2026 say so).
    assert!(html.contains("badge repealed"));
}

/// Source: 004 l. 5–9. After the repeal a plan presents nothing as applying and links
/// to the last day the act surely applied.
#[test]
fn a_plan_after_the_repeal_shows_the_status_and_the_way_back() {
    let html = render("/service/kz-is-software-deposit/deposit?submitted=2026-12-07");
    assert!(html.contains(r#"id="act-status""#), "{html}");
    assert!(html.contains("status-panel not-in-force"), "{html}");
    assert!(html.contains("no longer in force"), "{html}");
    assert!(!html.contains(r#"id="documents""#), "{html}");
    assert!(!html.contains(r#"id="completion""#), "{html}");
    assert!(
        html.contains("submitted=2015-09-14"),
        "a link to the last day in force: {html}"
    );
}

/// Source: 004 l. 5–9: between 15.09.2015 and 22.11.2026 the repeal may or may not have
/// taken effect; the plan is computed under a warning naming the range.
#[test]
fn a_plan_in_the_uncertain_range_is_computed_under_a_warning() {
    let html = render("/service/kz-is-software-deposit/deposit?submitted=2020-03-02");
    assert!(html.contains("status-panel uncertain"), "{html}");
    assert!(html.contains("between 14.09.2015 and 22.11.2026"), "{html}");
    assert!(html.contains(r#"id="completion""#), "{html}");
}

#[test]
fn a_service_page_lists_its_ten_situations() {
    let html = render("/service/kg-driving-licence-issue");
    let service = tartip::engine::Catalog::embedded()
        .unwrap()
        .service("kg-driving-licence-issue")
        .unwrap();
    assert_eq!(service.situations.len(), 10);
    for situation in service.situations.iter().map(|s| &s.id) {
        let link =
            format!("/service/kg-driving-licence-issue/{situation}/ask?at=date&amp;submitted=");
        assert!(html.contains(&link), "no link {link} in {html}");
    }
}

/// Source: 002_6dedd84d796291a7.txt l. 27 (4 working days), l. 93–119 (list 5).
#[test]
fn the_lost_licence_result_shows_the_completion_date_documents_and_gaps() {
    let html = render("/service/kg-driving-licence-issue/replace-lost?submitted=2025-03-19");
    // Wed 19.03.2025 + 4 working days: 20 (1), 21 Nooruz, 22–23 weekend, 24 (2), 25 (3), 26 (4).
    assert!(
        html.contains(
            r#"<strong id="completion-latest" data-date="2025-03-26">Wed 26.03.2025</strong>"#
        ),
        "{html}"
    );
    assert!(html.contains("21.03.2025 Nooruz"));
    assert!(html.contains(r#"data-id="medical-certificate""#));
    assert!(html.contains("Must be issued on or after Tue 19.03.2024"));
    assert!(
        !html.contains(r#"data-id="licence-being-replaced""#),
        "a lost licence is not submitted"
    );
    assert!(html.contains("amount not in the regulation"));
    assert!(html.contains("Not in the regulation"));
    assert!(html.contains("general civil-law rule, not from the regulation"));
}

/// Source: 002 l. 125: a deprivation of driving rights on record bars issue in every
/// category. The bar stands first, as an alert, and nothing (documents, fees, the
/// package, steps) is offered as leading to the licence.
#[test]
fn a_deprivation_on_record_bars_the_licence_up_front() {
    let html = render(
        "/service/kg-driving-licence-issue/nat-first-issue?submitted=2025-03-19&deprivation_on_record=yes",
    );
    let bar = html
        .split(r#"class="status-panel not-in-force barred">"#)
        .nth(1)
        .unwrap_or_else(|| panic!("no bar panel: {html}"));
    assert!(bar.contains("(002_6dedd84d796291a7.txt, l. 125)"), "{bar}");
    assert!(!html.contains(r#"data-id="medical-certificate""#), "{html}");
    assert!(
        !html.contains(r#"id="fees""#) && !html.contains(r#"id="steps""#),
        "{html}"
    );
    let free = render("/service/kg-driving-licence-issue/nat-first-issue?submitted=2025-03-19&deprivation_on_record=no");
    assert!(!free.contains("barred"), "{free}");
    assert!(free.contains(r#"data-id="medical-certificate""#));
}

#[test]
fn the_consular_situation_says_the_date_cannot_be_determined() {
    let html =
        render("/service/kg-driving-licence-issue/abroad-via-consulate?submitted=2025-03-19");
    assert!(html.contains(r#"id="completion-lower-bound""#), "{html}");
    assert!(html.contains("Not determinable from the regulation"));
}

#[test]
fn a_broken_link_gets_a_clear_message_not_a_crash() {
    let html = render("/service/kg-driving-licence-issue/replace-lost?submitted=2025-02-30");
    assert!(html.contains("The submission date in this link is wrong: &#x27;2025-02-30&#x27; is not a real calendar date") || html.contains("The submission date in this link is wrong: '2025-02-30' is not a real calendar date"), "{html}");
    let html = render("/service/kg-driving-licence-issue/no-such-situation?submitted=2025-03-19");
    assert!(
        html.contains("unknown situation &#x27;no-such-situation&#x27;")
            || html.contains("unknown situation 'no-such-situation'"),
        "{html}"
    );
    let html = render("/service/nope");
    assert!(html.contains("Tartip knows no service"), "{html}");
}

#[test]
fn hostile_text_in_a_link_is_shown_as_text() {
    let html = render("/service/kg-driving-licence-issue/replace-lost?submitted=2025-03-19&citizenship=%3Cscript%3Ealert(1)%3C/script%3E");
    assert!(!html.contains("<script>alert(1)</script>"), "{html}");
    assert!(html.contains("invalid answer"));
}

#[test]
fn the_interview_asks_one_question_at_a_time_with_progress() {
    let base = "/service/kg-driving-licence-issue/replace-lost/ask?submitted=2025-03-19";
    // replace-lost asks: the date, then citizenship, data_in_database, has_training_certificate,
    // has_personal_card, licence_kind, medical_certificate_date, deprivation_on_record (a
    // deprivation in force bars issue, l. 125) — 8 steps before the review.
    let html = render(&format!("{base}&at=date"));
    assert!(html.contains("Question 1 of 8"), "{html}");
    assert!(html.contains(r#"id="submitted""#) && html.contains(r#"value="2025-03-19""#));
    let html = render(&format!("{base}&at=citizenship"));
    assert!(html.contains("Question 2 of 8"));
    assert!(html.contains(r#"type="radio""#) && html.contains("Citizen of the Kyrgyz Republic"));
    // Once the records are in the database, the questions about the paper ones go away.
    let html = render(&format!("{base}&data_in_database=yes&at=licence_kind"));
    assert!(html.contains("Question 4 of 6"), "{html}");
}

#[test]
fn the_review_lists_every_answer_with_a_way_to_change_it() {
    let html = render("/service/kg-driving-licence-issue/intl-in-person/ask?submitted=2025-03-19&citizenship=kg-citizen&at=review");
    assert!(html.contains("Check your answers"), "{html}");
    assert!(html.contains("Citizen of the Kyrgyz Republic"));
    assert!(html.contains("Wed 19.03.2025"));
    assert!(html.contains(">Change<"));
    assert!(html.contains("/service/kg-driving-licence-issue/intl-in-person?citizenship=kg-citizen&amp;submitted=2025-03-19"));
}

#[test]
fn the_whole_page_speaks_the_chosen_language() {
    let url = "/service/kg-driving-licence-issue/replace-lost?submitted=2025-03-19";
    let ru = render_in(url, Lang::Ru);
    assert!(
        ru.contains("Ожидаемое завершение") && ru.contains("ср 26.03.2025"),
        "{ru}"
    );
    assert!(ru.contains("Документы (9)") && ru.contains("Замена утерянного удостоверения"));
    assert!(ru.contains("21.03.2025 Народный праздник Нооруз"));
    let ky = render_in(url, Lang::Ky);
    assert!(
        ky.contains("Күтүлгөн аяктоо") && ky.contains("шарш 26.03.2025"),
        "{ky}"
    );
    // Regulation content in its source language.
    assert!(ky.contains("жоготуп алган улуттук жана/же эл аралык айдоочулук күбөлүгүнүн ордуна"));
    let kk = render_in(url, Lang::Kk);
    assert!(
        kk.contains("Күтілетін аяқталу") && kk.contains("Құжаттар (9)"),
        "{kk}"
    );
    // A Kazakh reader of a Kyrgyz act gets the Russian rendering, not the English one.
    assert!(kk.contains("Замена утерянного удостоверения"));
    assert!(!kk.contains("Replacing a lost licence"));
}

#[test]
fn the_catalogue_groups_services_by_country() {
    let html = render("/");
    assert!(html.contains("<h2>Kyrgyzstan</h2>"), "{html}");
    assert!(html.contains(r#"id="search""#));
}

/// Kyrgyzstan 2025: 7 January is a holiday and Saturday 11 January a working day by the
/// Cabinet's transfer (kg.json). Submitted Tue 07.01.2025 + 4 working days: Wed 08 (1),
/// Thu 09 (2), Fri 10 (3), Sat 11 (4). The due date is the working Saturday: it is
/// counted, so "days not counted" must not list it.
#[test]
fn days_not_counted_never_list_a_day_that_was_counted() {
    let html = render("/service/kg-driving-licence-issue/replace-lost?submitted=2025-01-07");
    assert!(html.contains(r#"data-date="2025-01-11""#), "{html}");
    let skipped = html
        .split(r#"<ul class="skipped">"#)
        .nth(1)
        .map(|rest| rest.split("</ul>").next().unwrap_or(""))
        .unwrap_or("");
    assert!(!skipped.contains("11.01.2025"), "{skipped}");
    let counted = html
        .split(r#"<ul class="counted">"#)
        .nth(1)
        .map(|rest| rest.split("</ul>").next().unwrap_or(""))
        .unwrap_or("");
    assert!(counted.contains("11.01.2025"), "{html}");
}

/// The opening tag of the calendar cell for `date` in the count calendar.
fn count_cell<'a>(html: &'a str, date: &str) -> &'a str {
    let at = html
        .find(r#"class="count-calendar""#)
        .unwrap_or_else(|| panic!("no count calendar in {html}"));
    let calendar = &html[at..];
    let attr = format!(r#"data-date="{date}""#);
    let hit = calendar
        .match_indices(&attr)
        .map(|(i, _)| i)
        .find(|&i| {
            calendar[..i]
                .rfind('<')
                .is_some_and(|o| calendar[o..].starts_with("<td"))
        })
        .unwrap_or_else(|| panic!("no cell {date} in {calendar}"));
    let open = calendar[..hit].rfind('<').unwrap();
    let close = hit + calendar[hit..].find('>').unwrap();
    &calendar[open..=close]
}

/// Source: 002 l. 27 (4 working days) and kg.json 2025 (Nooruz Fri 21.03, a day off).
/// "Why this date" draws March 2025: the start, the four counted working days, the due
/// date numbered 4, Nooruz named.
#[test]
fn why_this_date_draws_the_count_on_a_month_calendar() {
    let url = "/service/kg-driving-licence-issue/replace-lost?submitted=2025-03-19\
               &citizenship=kg-citizen&data_in_database=yes&licence_kind=national\
               &deprivation_on_record=no";
    let html = render(url);
    assert!(
        html.contains(r#"data-counting="working-days" data-total="4""#),
        "{html}"
    );
    assert!(html.contains("<caption>March 2025</caption>"), "{html}");
    // Wed 19.03 + 4 wd: Thu 20 (1), Fri 21 Nooruz, Sat 22, Sun 23, Mon 24 (2), Tue 25 (3), Wed 26 (4).
    let due = count_cell(&html, "2025-03-26");
    assert!(due.contains(r#"data-count="4""#), "{due}");
    assert!(due.contains("due"), "{due}");
    assert!(
        due.contains("Wed 26.03.2025: due date, working day 4"),
        "{due}"
    );
    for (date, n) in [("2025-03-20", 1), ("2025-03-24", 2), ("2025-03-25", 3)] {
        let cell = count_cell(&html, date);
        assert!(cell.contains(&format!(r#"data-count="{n}""#)), "{cell}");
    }
    let start = count_cell(&html, "2025-03-19");
    assert!(
        start.contains("start") && !start.contains("data-count"),
        "{start}"
    );
    let nooruz = count_cell(&html, "2025-03-21");
    assert!(nooruz.contains(r#"data-kind="holiday""#), "{nooruz}");
    assert!(
        nooruz.contains(r#"title="Fri 21.03.2025: Nooruz""#),
        "{nooruz}"
    );
    assert!(nooruz.contains(r#"tabindex="0""#), "{nooruz}");
    assert!(!nooruz.contains("data-count"), "{nooruz}");
    let weekend = count_cell(&html, "2025-03-22");
    assert!(weekend.contains(r#"data-kind="weekly-rest""#), "{weekend}");
    // A day after the due date is drawn but outside the count.
    let after = count_cell(&html, "2025-03-27");
    assert!(
        after.contains("outside") && !after.contains("data-count"),
        "{after}"
    );
    // The list for screen readers names the same days.
    assert!(html.contains("count-list visually-hidden"), "{html}");
    assert!(
        html.contains("<td>Fri 21.03.2025</td><td>Nooruz</td><td>—</td>"),
        "{html}"
    );

    // The same in Kazakh: the month and the weekdays in Kazakh.
    let kk = render_in(url, Lang::Kk);
    assert!(kk.contains("<caption>Наурыз 2025</caption>"), "{kk}");
    assert!(count_cell(&kk, "2025-03-26").contains("№ 4"), "{kk}");
}

/// The help desk with no card: the search box is a combobox over a listbox of every
/// situation (nothing typed, nothing looked up yet), with the key legend.
#[test]
fn the_desk_offers_the_search_as_a_combobox_with_its_keys() {
    let html = render("/desk");
    assert!(html.contains(r#"<h1 id="desk-title""#), "{html}");
    assert!(html.contains(r#"id="desk-search""#), "{html}");
    assert!(html.contains(r#"role="combobox""#), "{html}");
    assert!(html.contains(r#"aria-expanded="true""#), "{html}");
    assert!(
        html.contains(r#"aria-activedescendant="desk-opt-0""#),
        "{html}"
    );
    assert!(html.contains(r#"role="listbox""#), "{html}");
    assert!(
        html.contains(r#"data-service="kg-driving-licence-issue" data-situation="replace-lost""#),
        "{html}"
    );
    assert!(html.contains("<kbd>"), "the key legend: {html}");
    assert!(
        html.contains(r#"href="/desk""#),
        "the header links the desk"
    );
    assert!(!html.contains("desk-card"), "no card yet");
}

/// Source: 002 l. 27 (4 working days), l. 93–119 (list 5). The card of a lost licence
/// on Wed 19.03.2025 in Russian (the screen in English): due Wed 26.03.2025, the
/// documents, the fee, the toggles, the count.
#[test]
fn the_desk_card_shows_the_due_date_documents_fee_and_toggles_in_the_cards_language() {
    let html = render(
        "/desk/kg-driving-licence-issue/replace-lost?submitted=2025-03-19&lang=ru&citizenship=kg-citizen",
    );
    assert!(
        html.contains(r#"<article lang="ru""#) && html.contains(r#"class="desk-card""#),
        "{html}"
    );
    assert!(html.contains(r#"data-due="2025-03-26""#), "{html}");
    assert!(
        html.contains("Результат — не позднее ср 26.03.2025."),
        "{html}"
    );
    assert!(
        html.contains("Не считается: 21.03.2025"),
        "Nooruz skipped: {html}"
    );
    for doc in [
        "pin",
        "application",
        "passport-kg",
        "medical-certificate",
        "fee-receipt",
    ] {
        assert!(
            html.contains(&format!(r#"data-id="{doc}""#)),
            "{doc}: {html}"
        );
    }
    assert!(html.contains(r#"id="desk-fees""#), "{html}");
    assert!(
        html.contains(r#"<small class="src">l. 95</small>"#),
        "{html}"
    );
    // The toggles: the answered one checked; the unanswered ones on "not answered".
    assert!(
        html.contains(
            r#"<input value="kg-citizen" checked type="radio" id="desk-q-citizenship-kg-citizen""#
        ),
        "{html}"
    );
    assert!(html.contains(r#"id="desk-q-data_in_database--""#), "{html}");
    assert!(
        html.contains(r#"type="date" id="desk-q-medical_certificate_date""#),
        "{html}"
    );
    // The count calendar, in the card's language.
    assert!(
        html.contains(r#"<div lang="ru" data-counting="working-days""#),
        "{html}"
    );
    assert!(html.contains("Март 2025"), "{html}");
    // The desk's own controls stay in the screen's language.
    assert!(html.contains("Copy as text"), "{html}");
    assert!(
        html.contains(r#"value="2025-03-19""#),
        "the date field: {html}"
    );
}

/// Two dates side by side: the due dates differ and are marked; the fee is the same.
#[test]
fn the_desk_compares_one_situation_on_two_dates_and_marks_what_differs() {
    let html = render(
        "/desk/kg-driving-licence-issue/replace-lost?submitted=2025-03-19&vs_submitted=2025-03-20",
    );
    assert!(html.contains(r#"id="desk-compare""#), "{html}");
    assert!(
        html.contains(
            r#"data-side="left" data-situation="replace-lost" data-submitted="2025-03-19""#
        ),
        "{html}"
    );
    assert!(
        html.contains(
            r#"data-side="right" data-situation="replace-lost" data-submitted="2025-03-20""#
        ),
        "{html}"
    );
    // 20.03 + 4 working days: 24 (1), 25 (2), 26 (3), 27 (4).
    assert!(
        html.contains(r#"<li class="differs"><span role="img" aria-label="differs from the other card" class="diff-mark">≠</span>The result is due by Thu 27.03.2025."#),
        "{html}"
    );
    let fees = html.find(r#"data-kind="fees""#).unwrap();
    let fees = &html[fees..fees + html[fees..].find("</section>").unwrap()];
    assert!(!fees.contains("differs"), "{fees}");
}

#[test]
fn a_bad_desk_link_gets_a_worded_message_not_a_panic() {
    let html = render("/desk/no-such-service/x?submitted=2025-03-19");
    assert!(html.contains("This link cannot be shown"), "{html}");
    assert!(html.contains("no-such-service"), "{html}");
    let html = render("/desk/kg-driving-licence-issue/no-such?submitted=2025-03-19");
    assert!(html.contains("This link cannot be shown"), "{html}");
    let html = render("/desk/kg-driving-licence-issue/replace-lost?submitted=2025-02-30&lang=xx&vs_submitted=soon");
    assert!(html.contains("The date in this link is wrong"), "{html}");
    assert!(html.contains("2025-02-30"), "{html}");
    assert!(html.contains("“xx”"), "{html}");
    assert!(html.contains("The comparison in this link"), "{html}");
    assert!(
        html.contains(r#"class="desk-card""#),
        "still a card, for today: {html}"
    );
    let html = render("/desk/kg-driving-licence-issue/replace-lost?%3Cscript%3E=%22x%22");
    assert!(html.contains("This link cannot be shown"), "{html}");
    assert!(!html.contains("<script>"), "{html}");
}
