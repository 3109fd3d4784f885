//! Finding a service by what a person types: titles, situations, documents and
//! synonyms in all four languages, tolerant of a typo or two.

use strsim::osa_distance;

use crate::engine::regulation::Service;
use crate::engine::text::{Lang, Text};
use crate::engine::Catalog;

/// A service that matches, best first.
#[derive(Debug)]
pub struct Hit<'a> {
    pub service: &'a Service,
    pub score: u32,
    /// A document or situation that matched when the title did not.
    pub matched: Option<&'a Text>,
}

/// The words of every service, folded once: searching then only compares words.
pub struct SearchIndex<'a> {
    services: Vec<(&'a Service, Vec<IndexedField<'a>>)>,
}

/// One searchable text of a service: its words, weight, whether it is worth naming
/// when it is what matched, and the text itself.
struct IndexedField<'a> {
    words: Vec<String>,
    weight: u32,
    named: bool,
    text: &'a Text,
}

impl<'a> SearchIndex<'a> {
    pub fn new(catalog: &'a Catalog) -> Self {
        let services = catalog
            .services
            .iter()
            .map(|s| {
                let fields = fields(catalog, s)
                    .into_iter()
                    .map(|(text, weight, named)| {
                        let all: Vec<&str> =
                            Lang::ALL.iter().filter_map(|l| text.in_lang(*l)).collect();
                        IndexedField {
                            words: tokens(&all.join(" ")),
                            weight,
                            named,
                            text,
                        }
                    })
                    .collect();
                (s, fields)
            })
            .collect();
        SearchIndex { services }
    }

    /// Services matching every word of `query`; all of them, in catalogue order, when
    /// the query is empty.
    pub fn search(&self, query: &str) -> Vec<Hit<'a>> {
        let words = tokens(query);
        if words.is_empty() {
            return self
                .services
                .iter()
                .map(|(service, _)| Hit {
                    service,
                    score: 0,
                    matched: None,
                })
                .collect();
        }
        let mut hits: Vec<Hit> = self
            .services
            .iter()
            .filter_map(|(s, fields)| score(s, fields, &words))
            .collect();
        hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.service.id.cmp(&b.service.id)));
        hits
    }
}

/// A one-off search; a page that searches as the person types keeps a `SearchIndex`.
pub fn search<'a>(catalog: &'a Catalog, query: &str) -> Vec<Hit<'a>> {
    SearchIndex::new(catalog).search(query)
}

/// The searchable texts of a service with their weights; `true` marks an item that is
/// worth naming when it is what matched.
fn fields<'a>(catalog: &'a Catalog, s: &'a Service) -> Vec<(&'a Text, u32, bool)> {
    let mut f: Vec<(&Text, u32, bool)> = vec![(&s.title, 6, false), (&s.summary, 2, false)];
    if let Some(k) = &s.keywords {
        f.push((k, 5, false));
    }
    f.extend(s.situations.iter().map(|x| (&x.title, 3, true)));
    f.extend(s.documents.iter().map(|x| (&x.title, 2, true)));
    f.push((&catalog.act(s).title, 1, false));
    f
}

fn score<'a>(s: &'a Service, fields: &[IndexedField<'a>], words: &[String]) -> Option<Hit<'a>> {
    let mut total = 0;
    let mut matched = None;
    for word in words {
        let best = fields
            .iter()
            .filter_map(|f| {
                let quality = f
                    .words
                    .iter()
                    .map(|t| similarity(word, t))
                    .max()
                    .unwrap_or(0);
                (quality > 0).then_some((quality * f.weight, f.named, f.text))
            })
            .max_by_key(|(q, _, _)| *q)?;
        total += best.0;
        if best.1 && matched.is_none() {
            matched = Some(best.2);
        }
    }
    // Name the item only when the title itself does not explain the match.
    let title_words = &fields[0].words;
    if words
        .iter()
        .all(|w| title_words.iter().any(|t| similarity(w, t) > 0))
    {
        matched = None;
    }
    Some(Hit {
        service: s,
        score: total,
        matched,
    })
}

/// 3 for an exact word, 2 for a prefix, 1 for a near miss, 0 for none.
fn similarity(query: &str, word: &str) -> u32 {
    if query == word {
        return 3;
    }
    let q: Vec<char> = query.chars().collect();
    let w: Vec<char> = word.chars().collect();
    if q.len() >= 3 && w.starts_with(&q) {
        return 2;
    }
    let allowed = match q.len() {
        0..=3 => 0,
        4..=6 => 1,
        _ => 2,
    };
    if allowed == 0 {
        return 0;
    }
    // A typo anywhere in the word, or in the part of a longer word that was typed.
    let head: String = w[..w.len().min(q.len())].iter().collect();
    let near = osa_distance(query, word) <= allowed
        || (w.len() > q.len() && osa_distance(query, &head) <= allowed);
    u32::from(near)
}

/// Lower-case words with the Kyrgyz and Kazakh letters folded onto their nearest
/// Russian ones, so a query typed on a Russian keyboard still finds them.
pub fn tokens(s: &str) -> Vec<String> {
    let folded: String = s
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ё' => 'е',
            'ү' | 'ұ' => 'у',
            'ө' => 'о',
            'ң' => 'н',
            'ә' => 'а',
            'ғ' => 'г',
            'қ' => 'к',
            'і' => 'и',
            'һ' => 'х',
            'й' => 'и',
            c if c.is_alphanumeric() => c,
            _ => ' ',
        })
        .collect();
    folded
        .split_whitespace()
        .filter(|w| w.chars().count() >= 2)
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_counts_edits_and_swaps() {
        let d = osa_distance;
        assert_eq!(d("licence", "licence"), 0);
        assert_eq!(d("lisence", "licence"), 1);
        assert_eq!(d("licnece", "licence"), 1, "a swap is one edit");
        assert_eq!(d("", "abc"), 3);
    }

    #[test]
    fn words_fold_regional_letters() {
        assert_eq!(tokens("Айдоочулук КҮБӨЛҮК!"), ["аидоочулук", "куболук"]);
        assert_eq!(tokens("Жүргізуші куәлігі"), ["жургизуши", "куалиги"]);
    }

    #[test]
    fn similarity_tolerates_typos_by_length() {
        assert_eq!(similarity("права", "права"), 3);
        assert_eq!(similarity("водит", "водительское"), 2);
        assert_eq!(similarity("водительськое", "водительское"), 1);
        assert_eq!(
            similarity("cat", "car"),
            0,
            "short words must match exactly"
        );
        assert_eq!(similarity("medicl", "medical"), 1);
    }
}
