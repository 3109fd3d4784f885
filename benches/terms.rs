//! Times Tartip's working-day arithmetic and a whole plan, and writes the queries for
//! the Python peers (scripts/bench.py) so all three answer the same 100 000 questions.
//!
//! `cargo bench --bench terms` — prints ns per query and µs per plan, and fails when
//! an addition takes over 50 ns. The plan's budget (0.1 ms on the reference machine) is
//! checked as an instruction count by scripts/bench.sh; `--plans N` runs N plans alone.
//!
//! The help desk's look-up (search, plan, card, text) is timed on 1 000 random queries,
//! which must take under 100 ms in all; scripts/bench.sh gates it as an instruction
//! count, and `--lookups N` runs N look-ups alone for it.

use std::fmt::Write as _;
use std::hint::black_box;

/// CPU time spent by this thread, in nanoseconds. Wall time on a shared 2-core CI
/// machine counts every moment another process holds the core, so a target met on an
/// idle machine could be missed by luck; the thread's own CPU time does not.
fn cpu_ns() -> f64 {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `t` is a valid timespec for the call to fill; the clock always exists on Linux.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    assert_eq!(rc, 0, "thread CPU clock");
    t.tv_sec as f64 * 1e9 + t.tv_nsec as f64
}

use tartip::engine::calendar::Country;
use tartip::engine::date::{parse_date, Date};
use tartip::engine::plan::{plan, Request};
use tartip::engine::text::Lang;
use tartip::engine::Catalog;
use tartip::search::SearchIndex;

/// The look-ups timed, and their budget in all.
const LOOKUPS: usize = 1_000;
const LOOKUP_BUDGET_MS: f64 = 100.0;

const QUERIES: usize = 100_000;

/// A small deterministic generator, so every run asks the same questions.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

fn main() {
    let catalog = Catalog::embedded().expect("embedded data");
    // `--plans N`: N plans and nothing else, for scripts/bench.sh to count their
    // instructions under callgrind (a count does not depend on what else the machine
    // is doing; a time does).
    let args: Vec<String> = std::env::args().collect();
    if let Some(n) = args
        .iter()
        .position(|a| a == "--plans")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse::<usize>().ok())
    {
        let req = lost_licence();
        for _ in 0..n {
            black_box(plan(catalog, black_box(&req)).unwrap());
        }
        return;
    }
    let index = SearchIndex::new(catalog);
    if let Some(n) = args
        .iter()
        .position(|a| a == "--lookups")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse::<usize>().ok())
    {
        for q in lookups(catalog, n) {
            black_box(lookup(catalog, &index, &q));
        }
        return;
    }
    let cal = catalog.calendar(Country::KZ).expect("KZ calendar");
    let first = parse_date("2013-01-01").unwrap();
    // Leave room for 60 working days before the end of 2027.
    let span = (parse_date("2027-09-30").unwrap() - first).num_days() as u64;
    let mut rng = Lcg(20261123);
    let queries: Vec<(Date, u32)> = (0..QUERIES)
        .map(|_| {
            (
                first + chrono::Days::new(rng.next() % span),
                1 + (rng.next() % 60) as u32,
            )
        })
        .collect();

    // Best of several rounds, to keep noise out of a sub-microsecond figure.
    let mut best = f64::MAX;
    let mut results = Vec::with_capacity(QUERIES);
    for _ in 0..20 {
        results.clear();
        let t = cpu_ns();
        for &(d, n) in &queries {
            results.push(black_box(
                cal.add_working_days(black_box(d), black_box(n)).unwrap(),
            ));
        }
        best = best.min((cpu_ns() - t) / QUERIES as f64);
    }

    let req = lost_licence();
    // Best of ten batches as well.
    let batch = 200;
    let mut plan_us = f64::MAX;
    for _ in 0..10 {
        let t = cpu_ns();
        for _ in 0..batch {
            black_box(plan(catalog, black_box(&req)).unwrap());
        }
        plan_us = plan_us.min((cpu_ns() - t) / 1e3 / batch as f64);
    }

    // The desk: the same 1 000 look-ups, round after round.
    let questions = lookups(catalog, LOOKUPS);
    let mut lookup_ms = f64::MAX;
    let mut found = 0;
    // Best of fifteen rounds (about a second in all): the round least disturbed by
    // whatever else shares the machine.
    for _ in 0..15 {
        let t = cpu_ns();
        found = questions
            .iter()
            .filter(|q| black_box(lookup(catalog, &index, q)).is_some())
            .count();
        lookup_ms = lookup_ms.min((cpu_ns() - t) / 1e6);
    }

    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench");
    std::fs::create_dir_all(&dir).unwrap();
    let mut csv = String::from("start,n,tartip\n");
    for ((d, n), r) in queries.iter().zip(&results) {
        let _ = writeln!(csv, "{d},{n},{r}");
    }
    std::fs::write(dir.join("queries.csv"), csv).unwrap();
    let mut off = String::from("date,working\n");
    for year in 2013..=2027 {
        for s in cal.year_special_days(year).unwrap() {
            let _ = writeln!(off, "{},{}", s.date, s.working);
        }
    }
    std::fs::write(dir.join("kz-special-days.csv"), off).unwrap();

    println!("tartip: {best:.1} ns per working-day addition ({QUERIES} queries, KZ 2013–2027, 1–60 working days; thread CPU time, best of 20)");
    println!("tartip: {plan_us:.1} µs per plan (kg-driving-licence-issue, replace-lost; thread CPU time, best of 10 batches)");
    // The addition target has a fivefold margin, so time can gate it; the plan's time
    // is reported here and gated by its instruction count in scripts/bench.sh.
    println!("tartip: {lookup_ms:.1} ms for {LOOKUPS} help-desk look-ups (search, plan, card, text; {found} found a card; thread CPU time, best of 15)");
    // Like the plan's, the look-ups' budget is gated by their instruction count in
    // scripts/bench.sh: a time on a shared machine depends on what else runs.
    println!(
        "desk time ({LOOKUPS} look-ups): {}",
        if lookup_ms < LOOKUP_BUDGET_MS {
            format!("under {LOOKUP_BUDGET_MS} ms")
        } else {
            format!("over {LOOKUP_BUDGET_MS} ms on this machine now (see the instruction count)")
        }
    );
    let ok = best <= 50.0;
    println!(
        "target (≤ 50 ns per addition): {}; plan time {}",
        if ok { "met" } else { "MISSED" },
        if plan_us < 100.0 {
            "under 100 µs"
        } else {
            "over 100 µs on this machine now (see the instruction count)"
        }
    );
    if !ok {
        std::process::exit(1);
    }
}

fn lost_licence() -> Request<'static> {
    Request {
        service: "kg-driving-licence-issue",
        situation: "replace-lost",
        submitted: parse_date("2025-03-19").unwrap(),
        submitted_at: None,
        answers: Default::default(),
    }
}

/// A caller's question: a few letters of a word of the catalogue (a title, a situation,
/// a document), sometimes with a typo, in one of the four languages, on a date.
struct Question {
    query: String,
    submitted: Date,
    lang: Lang,
}

fn lookups(catalog: &Catalog, n: usize) -> Vec<Question> {
    let mut words: Vec<String> = vec![];
    for s in &catalog.services {
        let texts = std::iter::once(&s.title)
            .chain(s.situations.iter().map(|x| &x.title))
            .chain(s.documents.iter().map(|x| &x.title));
        for t in texts {
            for l in Lang::ALL {
                words.extend(
                    t.get(l)
                        .split_whitespace()
                        .filter(|w| w.chars().count() >= 5)
                        .map(str::to_string),
                );
            }
        }
    }
    let mut rng = Lcg(20261207);
    let first = parse_date("2014-01-01").unwrap();
    (0..n)
        .map(|_| {
            let word = &words[rng.next() as usize % words.len()];
            let chars: Vec<char> = word.chars().collect();
            // The first few letters, with one swapped pair now and then.
            let mut typed: Vec<char> =
                chars[..chars.len().min(4 + rng.next() as usize % 4)].to_vec();
            if rng.next() % 3 == 0 && typed.len() > 4 {
                typed.swap(2, 3);
            }
            Question {
                query: typed.into_iter().collect(),
                submitted: first + chrono::Days::new(rng.next() % 4_700),
                lang: Lang::ALL[rng.next() as usize % 4],
            }
        })
        .collect()
}

/// What the desk does on a key press: the best situation, its plan, the card, the text.
fn lookup(catalog: &Catalog, index: &SearchIndex, q: &Question) -> Option<String> {
    let hit = index.lookup(&q.query).into_iter().next()?;
    let req = Request {
        service: &hit.service.id,
        situation: &hit.situation.id,
        submitted: q.submitted,
        submitted_at: None,
        answers: Default::default(),
    };
    let p = plan(catalog, &req).ok()?;
    let card = tartip::desk::card(&p, q.lang, q.submitted);
    Some(tartip::desk::render(&card, tartip::desk::Format::Text))
}
