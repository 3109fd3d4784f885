//! The desk's single keys, read when the focus is not in a text field, and the legend
//! that shows them. Pure: the page maps a key to a [`Command`] and carries it out.

use crate::engine::text::Lang;
use crate::locale::D;

/// What a key asks of the desk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    /// Into the search box, the text kept.
    Search,
    /// Into the date field.
    Date,
    Today,
    /// `±1` day.
    Day(i64),
    /// The card's next language (ky → kk → ru → en → ky).
    NextLang,
    Lang(Lang),
    CopyText,
    CopyLink,
    /// Choose what to compare the card with.
    Compare,
    /// Close the comparison.
    CloseCompare,
    /// Open or close every collapsed part.
    OpenAll,
    /// To the first answer that changes the card.
    Answers,
}

/// The command of a key (as `KeyboardEvent.key` names it), if any.
pub fn command(key: &str) -> Option<Command> {
    Some(match key {
        "/" | "s" => Command::Search,
        "d" => Command::Date,
        "t" => Command::Today,
        "+" | "=" => Command::Day(1),
        "-" | "_" => Command::Day(-1),
        "l" => Command::NextLang,
        "1" => Command::Lang(Lang::Ky),
        "2" => Command::Lang(Lang::Kk),
        "3" => Command::Lang(Lang::Ru),
        "4" => Command::Lang(Lang::En),
        "c" => Command::CopyText,
        "k" => Command::CopyLink,
        "m" => Command::Compare,
        "x" => Command::CloseCompare,
        "o" => Command::OpenAll,
        "a" => Command::Answers,
        _ => return None,
    })
}

/// The language after `l` in the cycle.
pub fn next_lang(l: Lang) -> Lang {
    let i = Lang::ALL.iter().position(|x| *x == l).unwrap_or(0);
    Lang::ALL[(i + 1) % Lang::ALL.len()]
}

/// The legend: the keys as shown, and what they do.
pub const LEGEND: &[(&str, D)] = &[
    ("/", D::KeySearch),
    ("↑ ↓ Enter", D::KeyChoose),
    ("Esc", D::KeySearch),
    ("d", D::KeyDate),
    ("t", D::KeyToday),
    ("+ −", D::KeyDayStep),
    ("l 1–4", D::KeyLang),
    ("a", D::KeyAnswers),
    ("c", D::KeyCopy),
    ("k", D::KeyLink),
    ("m x", D::KeyCompare),
    ("o", D::KeyOpenAll),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_in_the_legend_does_something() {
        for (keys, _) in LEGEND {
            for k in keys.split(' ') {
                let k = match k {
                    "↑" | "↓" | "Enter" | "Esc" => continue,
                    "−" => "-",
                    "1–4" => "1",
                    k => k,
                };
                assert!(
                    command(k).is_some(),
                    "{k} is in the legend but does nothing"
                );
            }
        }
        assert_eq!(command("q"), None);
        assert_eq!(command("+"), Some(Command::Day(1)));
        assert_eq!(command("3"), Some(Command::Lang(Lang::Ru)));
    }

    #[test]
    fn the_language_cycles_ky_kk_ru_en() {
        let mut l = Lang::Ky;
        let mut seen = vec![l];
        for _ in 0..4 {
            l = next_lang(l);
            seen.push(l);
        }
        assert_eq!(seen, [Lang::Ky, Lang::Kk, Lang::Ru, Lang::En, Lang::Ky]);
    }
}
