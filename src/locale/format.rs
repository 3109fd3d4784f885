//! How dates and numbers read in each language.

use chrono::{Datelike, Weekday};

use crate::engine::date::{push_dotted, Date};
use crate::engine::text::Lang;

/// Short weekday names.
pub fn weekday(lang: Lang, d: Weekday) -> &'static str {
    let i = d.num_days_from_monday() as usize;
    match lang {
        Lang::En => ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][i],
        Lang::Ru => ["пн", "вт", "ср", "чт", "пт", "сб", "вс"][i],
        Lang::Ky => ["дүй", "шейш", "шарш", "бейш", "жума", "ишм", "жекш"][i],
        Lang::Kk => ["дс", "сс", "ср", "бс", "жм", "сб", "жс"][i],
    }
}

/// A month's name with its year, as a calendar page is headed: "March 2025",
/// "Март 2025", "Наурыз 2025" (`month` 1–12; another number gives the year alone).
pub fn month_year(lang: Lang, year: i32, month: u32) -> String {
    let names: [&str; 12] = match lang {
        Lang::En => [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        // Kyrgyz calendars name the months as Russian does.
        Lang::Ru | Lang::Ky => [
            "Январь",
            "Февраль",
            "Март",
            "Апрель",
            "Май",
            "Июнь",
            "Июль",
            "Август",
            "Сентябрь",
            "Октябрь",
            "Ноябрь",
            "Декабрь",
        ],
        Lang::Kk => [
            "Қаңтар",
            "Ақпан",
            "Наурыз",
            "Сәуір",
            "Мамыр",
            "Маусым",
            "Шілде",
            "Тамыз",
            "Қыркүйек",
            "Қазан",
            "Қараша",
            "Желтоқсан",
        ],
    };
    match names.get((month as usize).wrapping_sub(1)) {
        Some(name) => format!("{name} {year}"),
        None => year.to_string(),
    }
}

/// "Wed 26.03.2025", "ср 26.03.2025", …
pub fn day(lang: Lang, date: Date) -> String {
    let name = weekday(lang, date.weekday());
    let mut s = String::with_capacity(name.len() + 11);
    s.push_str(name);
    s.push(' ');
    push_dotted(&mut s, date);
    s
}

/// An amount with the thousands grouped as each language writes them:
/// "7,864" in English, "7 864" (narrow no-break space) in the others.
pub fn amount(lang: Lang, value: f64) -> String {
    let whole = value.trunc() as i64;
    let cents = ((value - value.trunc()) * 100.0).round() as i64;
    let digits = whole.abs().to_string();
    let sep = if lang == Lang::En { "," } else { "\u{202F}" };
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push_str(sep);
        }
        grouped.push(c);
    }
    let sign = if whole < 0 { "-" } else { "" };
    if cents == 0 {
        format!("{sign}{grouped}")
    } else {
        let point = if lang == Lang::En { "." } else { "," };
        format!("{sign}{grouped}{point}{cents:02}")
    }
}

/// The name of a language in itself, for the switcher.
pub fn native_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Ky => "Кыргызча",
        Lang::Kk => "Қазақша",
        Lang::Ru => "Русский",
        Lang::En => "English",
    }
}

/// When the provider receives applicants: "09:00–18:00 (13:00–14:00)", in a sentence.
pub fn office_hours(h: &crate::engine::clock::OfficeHours, lang: Lang) -> String {
    let breaks: String = h
        .breaks
        .iter()
        .map(|[a, b]| format!(" ({a}–{b})"))
        .collect();
    crate::locale::tf(
        lang,
        crate::locale::S::OfficeHours,
        &[("hours", &format!("{}–{}{breaks}", h.open, h.close))],
    )
}
