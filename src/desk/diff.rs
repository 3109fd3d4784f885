//! What differs between two cards, part by part: the desk's comparison marks a line of
//! one card that the other card's part of the same kind does not have (two situations,
//! or one situation on two dates).

use std::collections::HashSet;

use super::card::{Card, Line, PartKind};

/// For each card, part by part and line by line (in the cards' order), whether the
/// line differs from the other card.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Diff {
    pub left: Vec<Vec<bool>>,
    pub right: Vec<Vec<bool>>,
}

impl Diff {
    /// Lines marked on either side.
    pub fn count(&self) -> usize {
        self.left
            .iter()
            .chain(&self.right)
            .map(|p| p.iter().filter(|d| **d).count())
            .sum()
    }

    /// Whether line `line` of part `part` of the left (or right) card differs.
    pub fn differs(&self, right: bool, part: usize, line: usize) -> bool {
        let side = if right { &self.right } else { &self.left };
        side.get(part)
            .and_then(|p| p.get(line))
            .copied()
            .unwrap_or(false)
    }
}

/// The lines of `a` and of `b` that the other card's part of the same kind lacks (text
/// and source both count: a figure from another line of the act is another figure).
/// A part only one card has is marked whole.
pub fn diff(a: &Card, b: &Card) -> Diff {
    Diff {
        left: marks(a, b),
        right: marks(b, a),
    }
}

fn marks(card: &Card, other: &Card) -> Vec<Vec<bool>> {
    card.parts
        .iter()
        .map(|p| {
            let there = lines_of(other, p.kind);
            p.lines.iter().map(|l| !there.contains(&key(l))).collect()
        })
        .collect()
}

fn lines_of(card: &Card, kind: PartKind) -> HashSet<(&str, Option<&str>)> {
    card.part(kind)
        .map(|p| p.lines.iter().map(key).collect())
        .unwrap_or_default()
}

fn key(l: &Line) -> (&str, Option<&str>) {
    (l.text.as_str(), l.source.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::desk::card::Part;
    use crate::engine::date::parse_date;
    use crate::engine::text::Lang;

    fn line(t: &str) -> Line {
        Line {
            text: t.into(),
            source: None,
        }
    }

    fn card(parts: Vec<(PartKind, Vec<&str>)>) -> Card {
        Card {
            service: "s".into(),
            situation: "x".into(),
            submitted: parse_date("2025-03-19").unwrap(),
            lang: Lang::En,
            title: "t".into(),
            parts: parts
                .into_iter()
                .map(|(kind, lines)| Part {
                    kind,
                    heading: format!("{kind:?}"),
                    lines: lines.into_iter().map(line).collect(),
                })
                .collect(),
        }
    }

    #[test]
    fn a_line_is_marked_when_the_same_part_of_the_other_card_lacks_it() {
        let a = card(vec![
            (PartKind::When, vec!["due 26.03", "weekends 2"]),
            (PartKind::Documents, vec!["pin", "passport", "medical"]),
            (PartKind::Fees, vec!["fee"]),
        ]);
        let b = card(vec![
            (PartKind::When, vec!["due 27.03", "weekends 2"]),
            (PartKind::Documents, vec!["pin", "medical", "translation"]),
            (PartKind::Appeal, vec!["court"]),
        ]);
        let d = diff(&a, &b);
        assert_eq!(
            d.left,
            vec![vec![true, false], vec![false, true, false], vec![true]]
        );
        assert_eq!(
            d.right,
            vec![vec![true, false], vec![false, false, true], vec![true]]
        );
        assert_eq!(d.count(), 6);
        assert!(d.differs(false, 1, 1));
        assert!(!d.differs(true, 1, 1));
        assert!(!d.differs(true, 9, 9), "out of range is not a difference");
    }

    #[test]
    fn the_same_line_in_another_part_still_differs_and_the_source_counts() {
        let a = card(vec![(PartKind::Refusal, vec!["no documents"])]);
        let b = card(vec![(PartKind::Check, vec!["no documents"])]);
        assert_eq!(diff(&a, &b).count(), 2);
        let mut c = a.clone();
        c.parts[0].lines[0].source = Some("l. 150".into());
        assert_eq!(diff(&a, &c).left, vec![vec![true]]);
        assert_eq!(
            diff(&a, &a.clone()),
            Diff {
                left: vec![vec![false]],
                right: vec![vec![false]]
            }
        );
    }

    /// Two real cards: one lost licence on two dates differs in its dates, not in
    /// the fee or the place; a citizen and a foreigner differ in the documents.
    #[test]
    fn real_cards_differ_where_the_situation_or_date_does() {
        use crate::engine::plan::{plan, Request};
        let catalog = crate::engine::Catalog::embedded().unwrap();
        let mk = |date: &str, answers: &[(&str, &str)]| {
            let req = Request {
                service: "kg-driving-licence-issue",
                situation: "replace-lost",
                submitted: parse_date(date).unwrap(),
                submitted_at: None,
                answers: answers
                    .iter()
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect(),
            };
            let p = plan(catalog, &req).unwrap();
            crate::desk::card(&p, Lang::En, parse_date("2030-01-01").unwrap())
        };
        let a = mk("2025-03-19", &[]);
        let b = mk("2025-03-20", &[]);
        let d = diff(&a, &b);
        let marked = |c: &Card, m: &[Vec<bool>], kind: PartKind| -> Vec<String> {
            let i = c.parts.iter().position(|p| p.kind == kind).unwrap();
            c.parts[i]
                .lines
                .iter()
                .zip(&m[i])
                .filter(|(_, d)| **d)
                .map(|(l, _)| l.text.clone())
                .collect()
        };
        let when = marked(&a, &d.left, PartKind::When);
        assert!(when.iter().any(|l| l.contains("26.03.2025")), "{when:?}");
        assert!(marked(&a, &d.left, PartKind::Fees).is_empty());
        assert!(marked(&a, &d.left, PartKind::Where).is_empty());
        let citizen = mk("2025-03-19", &[("citizenship", "kg-citizen")]);
        let foreigner = mk("2025-03-19", &[("citizenship", "foreigner")]);
        let d = diff(&citizen, &foreigner);
        let docs = marked(&citizen, &d.left, PartKind::Documents);
        assert_eq!(docs.len(), 1, "{docs:?}");
        assert!(docs[0].contains("Kyrgyz passport"), "{docs:?}");
    }
}
