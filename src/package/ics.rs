//! The calendar file (RFC 5545): the applicant's own deadlines and the expected
//! completion, as all-day events with a reminder, for any calendar app.

use chrono::Duration;

use crate::engine::date::Date;
use crate::engine::plan::Plan;
use crate::engine::regulation::Party;
use crate::engine::text::Lang;
use crate::locale::Say;

/// One all-day event.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub uid: String,
    pub date: Date,
    pub summary: String,
    pub description: String,
    /// Days before the date to remind.
    pub remind_days_before: u32,
    /// How many times the event has changed since first exported (RFC 5545 3.8.7.4):
    /// a calendar app updates an event it has when the UID is the same and this is
    /// higher, instead of adding a second one.
    pub sequence: u32,
}

/// The events of a plan: each of the applicant's own steps with a due date, every
/// scheduled date after the result, and the latest completion date.
pub fn events(plan: &Plan, lang: Lang) -> Vec<Event> {
    let base = format!("{}-{}-{}", plan.service, plan.situation, plan.submitted);
    let service = plan.service_title.get(lang);
    let mut out = Vec::new();
    for s in plan.steps.iter().filter(|s| s.party == Party::Applicant) {
        if let Some(due) = s.due {
            out.push(Event {
                uid: format!("{base}-step-{}@tartip", s.id),
                date: due,
                summary: s.title.get(lang).to_string(),
                description: format!("{service}. {}", s.source.citation()),
                remind_days_before: 3,
                sequence: 0,
            });
        }
    }
    for sch in &plan.schedules {
        for item in &sch.items {
            if let Some(d) = item.date {
                out.push(Event {
                    uid: format!("{base}-{}-{}@tartip", sch.id, item.id),
                    date: d,
                    summary: format!("{}: {}", sch.title.get(lang), item.title.get(lang)),
                    description: format!("{service}. {}", item.source.citation()),
                    remind_days_before: 14,
                    sequence: 0,
                });
            }
        }
    }
    if let Some(latest) = plan.completion.latest {
        out.push(Event {
            uid: format!("{base}-completion@tartip"),
            date: latest,
            summary: format!(
                "{} — {}",
                service,
                crate::locale::S::ExpectedCompletion.get(lang)
            ),
            description: plan.completion.say(lang),
            remind_days_before: 1,
            sequence: 0,
        });
    }
    out
}

/// The calendar text. `stamp` is the moment the file is made, `YYYYMMDDTHHMMSSZ`.
pub fn calendar(events: &[Event], name: &str, stamp: &str) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        "PRODID:-//Tartip//Applicant assistant//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        format!("X-WR-CALNAME:{}", escape(name)),
    ];
    for e in events {
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}", escape(&e.uid)),
            format!("SEQUENCE:{}", e.sequence),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", e.date.format("%Y%m%d")),
            format!(
                "DTEND;VALUE=DATE:{}",
                (e.date + Duration::days(1)).format("%Y%m%d")
            ),
            format!("SUMMARY:{}", escape(&e.summary)),
            format!("DESCRIPTION:{}", escape(&e.description)),
            "TRANSP:TRANSPARENT".into(),
            "BEGIN:VALARM".into(),
            "ACTION:DISPLAY".into(),
            format!("DESCRIPTION:{}", escape(&e.summary)),
            format!("TRIGGER:-P{}D", e.remind_days_before),
            "END:VALARM".into(),
            "END:VEVENT".into(),
        ]);
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|l| fold(l)).collect::<String>()
}

/// Text values escape backslash, semicolon, comma and line breaks (RFC 5545 3.3.11);
/// other control characters are dropped.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Lines longer than 75 octets continue on the next line after a space (RFC 5545 3.1),
/// never splitting a UTF-8 character; every line ends with CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_long_lines_folded_on_character_boundaries() {
        assert_eq!(escape("a,b;c\\d\ne\u{7}"), "a\\,b\\;c\\\\d\\ne");
        let long = format!("SUMMARY:{}", "ж".repeat(60));
        let folded = fold(&long);
        for l in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets", l.len());
        }
        assert_eq!(folded.replace("\r\n ", "").trim_end(), long);
    }

    #[test]
    fn an_event_is_a_whole_day_with_a_reminder() {
        let e = Event {
            uid: "x@tartip".into(),
            date: Date::from_ymd_opt(2025, 12, 31).unwrap(),
            summary: "Report, corrective actions".into(),
            description: "d".into(),
            remind_days_before: 3,
            sequence: 2,
        };
        let ics = calendar(&[e], "Tartip", "20251201T000000Z");
        assert!(ics.contains("DTSTART;VALUE=DATE:20251231\r\nDTEND;VALUE=DATE:20260101\r\n"));
        assert!(ics.contains("SUMMARY:Report\\, corrective actions\r\n"));
        assert!(ics.contains("TRIGGER:-P3D\r\n"));
        assert!(ics.contains("UID:x@tartip\r\nSEQUENCE:2\r\n"));
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
    }
}
