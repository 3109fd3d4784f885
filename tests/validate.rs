//! Every rule the data checks enforce, each shown rejecting a fixture (issue 14).
//!
//! Each case starts from the sound test-only service
//! (tests/fixtures/kz-fixture-fees-and-form.json, on tests/fixtures/acts/kz-fixture-act.json),
//! applies the smallest mutation that breaks one rule and asserts the exact problem
//! list: one problem, so a mutation that trips a second rule fails as well. The rules:
//! `service_problems` and `quote_problems` (src/engine/validate.rs, the latter through
//! `Source::check_against`), the catalogue loader (src/engine/catalog.rs, with the act
//! periods of src/engine/act.rs and the calendars of src/engine/calendar),
//! `IndexFile::problems`, and the serde refusals that stand in for rules (unknown keys,
//! an unknown prefill key). The last test reads the sources and fails when a message
//! there has no case here, so a new rule cannot go without a fixture.
//!
//! The quotes are checked against tests/fixtures/validate/fixture.txt, a text made up
//! so that every quote of the fixture service and act is found at its lines.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use serde_json::{json, Value};
use tartip::engine::act::ActFile;
use tartip::engine::date::Date;
use tartip::engine::index::IndexFile;
use tartip::engine::regulation::Service;
use tartip::engine::validate::{quote_problems, service_problems};
use tartip::engine::Catalog;

const ID: &str = "kz-fixture-fees-and-form";
const ACT: &str = "kz-fixture-act";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read_json(path: &Path) -> Value {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn fixture() -> Value {
    read_json(&root().join(format!("tests/fixtures/{ID}.json")))
}

fn fixture_act() -> Value {
    read_json(&root().join(format!("tests/fixtures/acts/{ACT}.json")))
}

/// What `service_problems` finds in `v`, or why `v` does not parse.
fn problems(v: &Value) -> Result<Vec<String>, String> {
    let s: Service = serde_json::from_value(v.clone()).map_err(|e| e.to_string())?;
    Ok(service_problems(&s))
}

/// A problem as `service_problems` words it for the fixture.
fn p(what: &str) -> String {
    format!("{ID}: {what}")
}

// ---------------------------------------------------------------------------------
// Pieces of sound data to add to the fixture.

/// A source citing the first line of the fixture text.
fn src() -> Value {
    json!({"file": "fixture.txt", "lines": [1, 1], "quote": "Test service"})
}

fn text(en: &str) -> Value {
    json!({ "en": en })
}

/// Appends `item` to the list `key` of `v`, making the list where there is none.
fn push(v: &mut Value, key: &str, item: Value) {
    let slot = &mut v[key];
    if slot.is_null() {
        *slot = json!([]);
    }
    slot.as_array_mut().expect("a list").push(item);
}

fn remove(v: &mut Value, key: &str) {
    v.as_object_mut().expect("an object").remove(key);
}

fn fact(id: &str) -> Value {
    json!({"id": id, "text": text(id), "source": src()})
}

fn overall_term() -> Value {
    json!({"id": "overall", "term": {"kind": "within", "max": 5, "unit": "working_days"},
           "source": src()})
}

fn schedule() -> Value {
    json!({"id": "inspection", "title": text("inspection"), "anchor": "completion",
           "mode": "chained",
           "items": [{"id": "first", "title": text("first inspection"),
                      "term": {"kind": "within", "max": 12, "unit": "months"},
                      "source": src()}],
           "source": src()})
}

fn channel() -> Value {
    json!({"id": "portal", "kind": "portal", "text": text("the portal"), "source": src()})
}

fn office() -> Value {
    json!({"id": "hq", "address": text("1 Main Street"), "source": src()})
}

fn office_hours(open: &str, close: &str, breaks: Value) -> Value {
    json!({"open": open, "close": close, "breaks": breaks, "source": src()})
}

/// The fixture with one sound instance of every item and reference the fixture
/// itself lacks, so that the cases below add only their fault.
fn rich() -> Value {
    let mut v = fixture();
    let urgent = |value: &str| json!({"answer_is": {"question": "urgent", "value": value}});
    let mut t = overall_term();
    t["from_step"] = json!("1");
    t["to_step"] = json!("2");
    t["when"] = json!({"situation_in": ["first"]});
    push(&mut v, "overall_terms", t);
    let mut s = schedule();
    s["anchor"] = json!({"question": "photo_date"});
    push(&mut v, "schedules", s);
    let mut s = schedule();
    s["id"] = json!("surveillance");
    s["anchor"] = json!({"step": "2"});
    s["mode"] = json!("anchored");
    s["when"] = urgent("no");
    push(&mut v, "schedules", s);
    let mut g = fact("refusal");
    g["when"] = json!({"situation_in": ["renewal"]});
    g["bars_when"] = urgent("yes");
    push(&mut v, "refusal_grounds", g);
    for (key, id) in [
        ("applicants", "applicant"),
        ("return_grounds", "return"),
        ("suspension_grounds", "suspension"),
        ("delivery", "delivery"),
    ] {
        let mut f = fact(id);
        f["when"] = json!({"any": [{"situation_in": ["first"]}, {"not": urgent("yes")}]});
        push(&mut v, key, f);
    }
    let mut c = channel();
    c["when"] = json!({"answer_is": {"question": "branch", "value": "astana"}});
    push(&mut v, "channels", c);
    let mut o = office();
    o["when"] = json!({"answer_is": {"question": "branch", "value": "almaty"}});
    o["phone"] = json!("+7 727 000 00 00");
    push(&mut v, "offices", o);
    push(
        &mut v,
        "procedures",
        json!({"id": "review", "title": text("review"),
               "cap": {"kind": "within", "max": 10, "unit": "working_days"}, "source": src()}),
    );
    v["steps"][0]["procedure"] = json!("review");
    v["steps"][1]["alongside"] = json!("1");
    v["steps"][1]["term"]["conventions"] = json!({"start": "same_day", "source": src()});
    v["steps"][1]["when"] = json!({"all": [{"situation_in": ["first", "renewal"]}, urgent("no")]});
    for (id, rule) in [
        (
            "printing",
            json!({"kind": "price_list", "set_by": text("the price list")}),
        ),
        ("postage", json!({"kind": "not_stated"})),
        ("stamp", json!({"kind": "free"})),
    ] {
        push(
            &mut v,
            "fees",
            json!({"id": id, "title": text(id), "rule": rule, "gap": "appeal", "source": src()}),
        );
    }
    v["office_hours"] = office_hours("09:00", "18:00", json!([["13:00", "14:00"]]));
    v["application_form"]["when"] = json!({"situation_in": ["first", "renewal"]});
    v["questions"][3]["asked_when"] = urgent("yes");
    v["documents"][0]["reading"] = text("listed on Tartip's reading");
    v["documents"][1]["validity"]["when"] = urgent("no");
    v["documents"][2]["condition"] = text("on renewal");
    v
}

#[test]
fn the_fixture_and_its_rich_variant_are_sound() {
    assert_eq!(problems(&fixture()), Ok(vec![]));
    assert_eq!(problems(&rich()), Ok(vec![]));
}

// ---------------------------------------------------------------------------------
// `service_problems`: one case per rule.

type Mutation = Box<dyn Fn(&mut Value)>;

struct Case {
    /// Which rule the case breaks, named in a failure.
    rule: String,
    mutate: Mutation,
    /// The whole problem list (one problem).
    expect: Vec<String>,
}

fn case(rule: &str, mutate: impl Fn(&mut Value) + 'static, problem: &str) -> Case {
    Case {
        rule: rule.into(),
        mutate: Box::new(mutate),
        expect: vec![p(problem)],
    }
}

/// Every item that can carry a condition (`Service::conditioned`): how the validator
/// names the condition and how to give that item a condition in the fixture.
type Slot = (&'static str, fn(&mut Value, Value));

const CONDITION_SLOTS: &[Slot] = &[
    ("document 'application'", |v, c| {
        v["documents"][0]["when"] = c
    }),
    ("document 'old-licence' exemption", |v, c| {
        v["documents"][2]["not_needed_when"] = c
    }),
    ("document 'photo' validity", |v, c| {
        v["documents"][1]["validity"]["when"] = c
    }),
    ("step '1'", |v, c| v["steps"][0]["when"] = c),
    ("fee 'blank'", |v, c| v["fees"][1]["when"] = c),
    ("gap 'appeal'", |v, c| v["gaps"][0]["when"] = c),
    ("overall term 'overall'", |v, c| {
        let mut t = overall_term();
        t["when"] = c;
        push(v, "overall_terms", t);
    }),
    ("schedule 'inspection'", |v, c| {
        let mut s = schedule();
        s["when"] = c;
        push(v, "schedules", s);
    }),
    ("fact 'refusal' bars", |v, c| {
        let mut g = fact("refusal");
        g["bars_when"] = c;
        push(v, "refusal_grounds", g);
    }),
    ("fact 'refusal'", |v, c| {
        let mut g = fact("refusal");
        g["when"] = c;
        push(v, "refusal_grounds", g);
    }),
    ("fact 'applicant'", |v, c| {
        let mut f = fact("applicant");
        f["when"] = c;
        push(v, "applicants", f);
    }),
    ("fact 'return'", |v, c| {
        let mut f = fact("return");
        f["when"] = c;
        push(v, "return_grounds", f);
    }),
    ("fact 'suspension'", |v, c| {
        let mut f = fact("suspension");
        f["when"] = c;
        push(v, "suspension_grounds", f);
    }),
    ("fact 'delivery'", |v, c| {
        let mut f = fact("delivery");
        f["when"] = c;
        push(v, "delivery", f);
    }),
    ("provider 'almaty'", |v, c| v["providers"][0]["when"] = c),
    ("channel 'portal'", |v, c| {
        let mut x = channel();
        x["when"] = c;
        push(v, "channels", x);
    }),
    ("office 'hq'", |v, c| {
        let mut x = office();
        x["when"] = c;
        push(v, "offices", x);
    }),
    ("application form", |v, c| v["application_form"]["when"] = c),
    ("question 'unused_note'", |v, c| {
        v["questions"][3]["asked_when"] = c
    }),
];

/// Conditions naming what the service does not have, with what the validator says.
fn bad_conditions() -> Vec<(&'static str, Value, &'static str)> {
    vec![
        (
            "unknown situation",
            json!({"situation_in": ["nowhere"]}),
            "names unknown situation 'nowhere'",
        ),
        (
            "unknown situation deep inside not/all/any",
            json!({"not": {"all": [{"situation_in": ["first"]},
                                   {"any": [{"situation_in": ["nowhere"]}]}]}}),
            "names unknown situation 'nowhere'",
        ),
        (
            "unknown question",
            json!({"answer_is": {"question": "nothing", "value": "yes"}}),
            "names unknown question 'nothing'",
        ),
        (
            "value a yes/no question cannot take",
            json!({"answer_is": {"question": "urgent", "value": "maybe"}}),
            "tests 'urgent' for 'maybe', which it cannot be",
        ),
        (
            "value a choice question cannot take",
            json!({"answer_is": {"question": "branch", "value": "bishkek"}}),
            "tests 'branch' for 'bishkek', which it cannot be",
        ),
    ]
}

fn validator_cases() -> Vec<Case> {
    let mut cases = vec![
        case(
            "search keywords are required",
            |v| remove(v, "keywords"),
            "no search keywords",
        ),
        case(
            "search keywords in every language: ky missing",
            |v| remove(&mut v["keywords"], "ky"),
            "search keywords lack ky",
        ),
        case(
            "search keywords in every language: ru blank",
            |v| v["keywords"]["ru"] = json!("  "),
            "search keywords lack ru",
        ),
        case(
            "at least one situation",
            |v| {
                v["situations"] = json!([]);
                // The one condition naming a situation would name an unknown one.
                remove(&mut v["documents"][2], "when");
            },
            "no situations",
        ),
        case(
            "situation ids unique",
            |v| {
                let first = v["situations"][0].clone();
                push(v, "situations", first);
            },
            "situation 'first' defined twice",
        ),
        case(
            "question ids unique",
            |v| {
                let q = v["questions"][1].clone();
                push(v, "questions", q);
            },
            "question 'urgent' defined twice",
        ),
        case(
            "step ids unique",
            |v| {
                let s = v["steps"][1].clone();
                push(v, "steps", s);
            },
            "step '2' defined twice",
        ),
        case(
            "gap ids unique",
            |v| {
                let g = v["gaps"][0].clone();
                push(v, "gaps", g);
            },
            "gap 'appeal' defined twice",
        ),
        case(
            "fee ids unique",
            |v| {
                let f = v["fees"][1].clone();
                push(v, "fees", f);
            },
            "fee 'blank' defined twice",
        ),
        case(
            "provider ids unique",
            |v| {
                let p = v["providers"][0].clone();
                push(v, "providers", p);
            },
            "provider 'almaty' defined twice",
        ),
        case(
            "option ids unique within their question",
            |v| {
                let o = v["questions"][0]["options"][0].clone();
                push(&mut v["questions"][0], "options", o);
            },
            "'almaty' defined twice in 'branch'",
        ),
        case(
            "a fixed fee is in the country's currency",
            |v| v["fees"][1]["rule"]["currency"] = json!("USD"),
            "fee 'blank' is in USD, not the country's KZT",
        ),
        case(
            "a choice has two options or more: one",
            |v| {
                v["questions"][3]["kind"] = json!("choice");
                v["questions"][3]["options"] = json!([{"id": "only", "text": text("only")}]);
            },
            "question 'unused_note' is a choice with fewer than two options",
        ),
        case(
            "a choice has two options or more: none",
            |v| v["questions"][3]["kind"] = json!("choice"),
            "question 'unused_note' is a choice with fewer than two options",
        ),
        case(
            "only a choice has options: yes/no",
            |v| {
                v["questions"][1]["options"] = json!([{"id": "yes", "text": text("yes")},
                                                      {"id": "no", "text": text("no")}]);
            },
            "question 'urgent' has options but is not a choice",
        ),
        case(
            "only a choice has options: date",
            |v| {
                v["questions"][2]["options"] = json!([{"id": "a", "text": text("a")},
                                                      {"id": "b", "text": text("b")}]);
            },
            "question 'photo_date' has options but is not a choice",
        ),
        case(
            "a document once per situation",
            |v| {
                let mut d = v["documents"][0].clone();
                d["when"] = json!({"situation_in": ["renewal"]});
                push(v, "documents", d);
            },
            "document 'application' appears twice in situation 'renewal'",
        ),
        case(
            "a fee's gap exists",
            |v| v["fees"][1]["gap"] = json!("x"),
            "fee 'blank' names unknown gap 'x'",
        ),
        case(
            "a fee without an amount names a gap: not stated",
            |v| v["fees"][1]["rule"] = json!({"kind": "not_stated"}),
            "fee 'blank' has no amount and names no gap",
        ),
        case(
            "a fee without an amount names a gap: price list",
            |v| {
                v["fees"][1]["rule"] = json!({"kind": "price_list", "set_by": text("a list")});
            },
            "fee 'blank' has no amount and names no gap",
        ),
        case(
            "a step's procedure exists",
            |v| v["steps"][0]["procedure"] = json!("nowhere"),
            "step '1' names unknown procedure 'nowhere'",
        ),
        case(
            "a step runs alongside an earlier step: a later one",
            |v| v["steps"][0]["alongside"] = json!("2"),
            "step '1' runs alongside '2', which is not an earlier step",
        ),
        case(
            "a step runs alongside an earlier step: itself",
            |v| v["steps"][1]["alongside"] = json!("2"),
            "step '2' runs alongside '2', which is not an earlier step",
        ),
        case(
            "a step runs alongside an earlier step: unknown",
            |v| v["steps"][1]["alongside"] = json!("nothing"),
            "step '2' runs alongside 'nothing', which is not an earlier step",
        ),
        case(
            "a step's term has a figure",
            |v| v["steps"][0]["term"] = json!({"kind": "within", "unit": "working_days"}),
            "step '1' has a term with no figure",
        ),
        case(
            "a validity window counts from a date question: yes/no",
            |v| v["documents"][1]["validity"]["date_question"] = json!("urgent"),
            "document 'photo' counts from 'urgent', which is not a date question",
        ),
        case(
            "a validity window counts from a date question: unknown",
            |v| v["documents"][1]["validity"]["date_question"] = json!("nothing"),
            "document 'photo' counts from 'nothing', which is not a date question",
        ),
        case(
            "a schedule anchor is a date question: choice",
            |v| {
                let mut s = schedule();
                s["anchor"] = json!({"question": "branch"});
                push(v, "schedules", s);
            },
            "schedule 'inspection' counts from 'branch', which is not a date question",
        ),
        case(
            "a schedule anchor is a date question: unknown",
            |v| {
                let mut s = schedule();
                s["anchor"] = json!({"question": "nothing"});
                push(v, "schedules", s);
            },
            "schedule 'inspection' counts from 'nothing', which is not a date question",
        ),
        case(
            "office hours: closing before opening",
            |v| v["office_hours"] = office_hours("18:00", "09:00", json!([])),
            "office hours: office closes (09:00) before it opens (18:00)",
        ),
        case(
            "office hours: closing when opening",
            |v| v["office_hours"] = office_hours("09:00", "09:00", json!([])),
            "office hours: office closes (09:00) before it opens (09:00)",
        ),
        case(
            "office hours: a break past closing",
            |v| v["office_hours"] = office_hours("09:00", "13:30", json!([["13:00", "14:30"]])),
            "office hours: break 13:00–14:30 does not fit the day 09:00–13:30",
        ),
        case(
            "office hours: a break before opening",
            |v| v["office_hours"] = office_hours("09:00", "18:00", json!([["08:00", "08:30"]])),
            "office hours: break 08:00–08:30 does not fit the day 09:00–18:00",
        ),
        case(
            "office hours: a break ending before it starts",
            |v| v["office_hours"] = office_hours("09:00", "18:00", json!([["14:00", "13:00"]])),
            "office hours: break 14:00–13:00 does not fit the day 09:00–18:00",
        ),
        case(
            "office hours: overlapping breaks",
            |v| {
                v["office_hours"] = office_hours(
                    "09:00",
                    "18:00",
                    json!([["13:00", "14:00"], ["13:30", "14:30"]]),
                )
            },
            "office hours: break 13:30–14:30 does not fit the day 09:00–18:00",
        ),
        case(
            "a schedule has items",
            |v| {
                let mut s = schedule();
                s["items"] = json!([]);
                push(v, "schedules", s);
            },
            "schedule 'inspection' has no items",
        ),
        case(
            "form field ids unique",
            |v| {
                let f = v["application_form"]["fields"][0].clone();
                push(&mut v["application_form"], "fields", f);
            },
            "application form field 'name' defined twice",
        ),
        case(
            "a form field prefills no number of another country: person",
            |v| v["application_form"]["fields"][1]["prefill"] = json!("person.pin"),
            "form field 'iin' prefills from 'person.pin', a number of another country",
        ),
        case(
            "a form field prefills no number of another country: organisation",
            |v| v["application_form"]["fields"][1]["prefill"] = json!("organisation.inn"),
            "form field 'iin' prefills from 'organisation.inn', a number of another country",
        ),
        case(
            "an overall term's steps exist: from",
            |v| {
                let mut t = overall_term();
                t["from_step"] = json!("9");
                push(v, "overall_terms", t);
            },
            "overall term 'overall' names unknown step '9'",
        ),
        case(
            "an overall term's steps exist: to",
            |v| {
                let mut t = overall_term();
                t["to_step"] = json!("9");
                push(v, "overall_terms", t);
            },
            "overall term 'overall' names unknown step '9'",
        ),
        case(
            "a schedule's anchor step exists",
            |v| {
                let mut s = schedule();
                s["anchor"] = json!({"step": "9"});
                push(v, "schedules", s);
            },
            "schedule 'inspection' counts from unknown step '9'",
        ),
        case(
            "a document's reading says something",
            |v| v["documents"][0]["reading"] = json!({}),
            "document 'application' has an empty reading",
        ),
        case(
            "a refusal ground does not bar whenever it is listed",
            |v| {
                let mut g = fact("refusal");
                g["when"] = json!({"answer_is": {"question": "urgent", "value": "yes"}});
                g["bars_when"] = g["when"].clone();
                push(v, "refusal_grounds", g);
            },
            "refusal ground 'refusal' bars whenever it is listed",
        ),
        case(
            "an appeal route or an 'appeal' gap",
            |v| v["gaps"] = json!([]),
            "no appeal route and no 'appeal' gap saying so",
        ),
    ];
    for &(owner, set) in CONDITION_SLOTS {
        for (kind, condition, says) in bad_conditions() {
            cases.push(Case {
                rule: format!("the condition of {owner}: {kind}"),
                mutate: Box::new(move |v| set(v, condition.clone())),
                expect: vec![p(&format!("{owner} {says}"))],
            });
        }
    }
    cases
}

#[test]
fn each_validator_rule_rejects_its_fixture() {
    let cases = validator_cases();
    let mut failures = Vec::new();
    for c in &cases {
        let mut v = fixture();
        (c.mutate)(&mut v);
        match problems(&v) {
            Ok(got) if got == c.expect => {}
            Ok(got) => failures.push(format!(
                "{}:\n    expected {:?}\n    got      {got:?}",
                c.rule, c.expect
            )),
            Err(e) => failures.push(format!(
                "{}: the mutated fixture does not parse: {e}",
                c.rule
            )),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rules did not reject their fixture as expected:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// A conditioned item's name with its id left out: "fee '*'", "document '*' exemption".
fn kind_of(name: &str) -> String {
    match (name.find('\''), name.rfind('\'')) {
        (Some(a), Some(b)) if a < b => format!("{}'*'{}", &name[..a], &name[b + 1..]),
        _ => name.to_string(),
    }
}

#[test]
fn every_kind_of_conditioned_item_has_a_slot() {
    // `Service::conditioned()` on the fixture with a condition in every slot lists the
    // same kinds of item as the slots: a kind added to that list without a slot here
    // (so without its cases above) fails.
    let mut v = fixture();
    for &(_, set) in CONDITION_SLOTS {
        set(&mut v, json!({"situation_in": ["first"]}));
    }
    let service: Service = serde_json::from_value(v).unwrap();
    let listed: BTreeSet<String> = service
        .conditioned()
        .iter()
        .map(|c| kind_of(&c.to_string()))
        .collect();
    let slotted: BTreeSet<String> = CONDITION_SLOTS.iter().map(|(o, _)| kind_of(o)).collect();
    assert_eq!(listed, slotted);
    // Likewise the items that count from a date question (`Service::date_uses()`).
    let service: Service = serde_json::from_value(rich()).unwrap();
    let dated: BTreeSet<String> = service
        .date_uses()
        .iter()
        .map(|u| kind_of(&u.owner.to_string()))
        .collect();
    assert_eq!(
        dated,
        BTreeSet::from(["document '*'".to_string(), "schedule '*'".to_string()])
    );
}

// ---------------------------------------------------------------------------------
// Serde refusals that stand in for rules.

/// The JSON pointer of every object in `v`.
fn objects(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            out.push(at.clone());
            for (k, x) in map {
                objects(x, format!("{at}/{k}"), out);
            }
        }
        Value::Array(items) => {
            for (i, x) in items.iter().enumerate() {
                objects(x, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// The objects of `v` that still parse as `T` with an unknown key added.
fn accepting_unknown_keys<T: serde::de::DeserializeOwned>(v: &Value) -> Vec<String> {
    let mut pointers = Vec::new();
    objects(v, String::new(), &mut pointers);
    assert!(pointers.len() > 5, "{pointers:?}");
    pointers
        .into_iter()
        .filter(|at| {
            let mut w = v.clone();
            let obj = w.pointer_mut(at).unwrap().as_object_mut().unwrap();
            obj.insert("zz_unknown".into(), json!(true));
            serde_json::from_value::<T>(w).is_ok()
        })
        .collect()
}

/// Where in `file` (a `.json` path, or the rich fixture) an unknown key is accepted.
/// (A tag-only object such as `{"kind": "free"}` is included: its variant is written
/// `Free {}` so that serde refuses a stray key there too.)
fn unknown_keys_accepted<T: serde::de::DeserializeOwned>(name: &str, v: &Value) -> Vec<String> {
    accepting_unknown_keys::<T>(v)
        .iter()
        .map(|at| format!("{name}: {at} accepts an unknown key"))
        .collect()
}

#[test]
fn an_unknown_key_anywhere_is_refused() {
    use tartip::engine::calendar::CalendarFile;
    use tartip::engine::term::CountryConventions;
    let mut act = fixture_act();
    // Every object an act can hold: registration, a reading, a repeal.
    act["registration"] = json!({"number": "1", "date": "2019-12-25", "source": src()});
    act["entry_into_force"]["rule"] = json!({"kind": "not_stated"});
    act["entry_into_force"]["latest"] = reading("2020-06-01");
    let mut r = repeal(json!("2030-01-01"), after_publication(10));
    r["latest"] = reading("2030-03-01");
    act["repeal"] = r;
    let mut accepted = unknown_keys_accepted::<Service>("the rich fixture", &rich());
    accepted.extend(unknown_keys_accepted::<ActFile>("the fixture act", &act));
    type Check = fn(&str, &Value) -> Vec<String>;
    let dirs: [(&str, Check); 4] = [
        ("regulations/acts", unknown_keys_accepted::<ActFile>),
        (
            "regulations/calendars",
            unknown_keys_accepted::<CalendarFile>,
        ),
        (
            "regulations/conventions",
            unknown_keys_accepted::<CountryConventions>,
        ),
        ("regulations/indices", unknown_keys_accepted::<IndexFile>),
    ];
    for (dir, check) in dirs {
        for (stem, v) in json_dir(dir) {
            accepted.extend(check(&format!("{dir}/{stem}.json"), &v));
        }
    }
    assert_eq!(accepted, Vec::<String>::new());
    // The message names the key.
    let mut v = fixture();
    v["documents"][1]["validity"]["colour"] = json!("red");
    let e = problems(&v).unwrap_err();
    assert!(
        e.starts_with("unknown field `colour`, expected one of `max_age`"),
        "{e}"
    );
}

#[test]
fn an_unknown_prefill_key_is_refused_naming_the_valid_ones() {
    let mut v = fixture();
    v["application_form"]["fields"][0]["prefill"] = json!("person.id_number");
    let e = problems(&v).unwrap_err();
    assert!(
        e.starts_with("unknown variant `person.id_number`, expected one of `person.full_name`"),
        "{e}"
    );
    assert!(
        e.contains("`person.iin`") && e.contains("`person.pin`"),
        "{e}"
    );
}

#[test]
fn a_clock_time_that_is_no_time_is_refused() {
    for (open, bad) in [
        ("25:00", "'25:00'"),
        ("9:00", "'9:00'"),
        ("09:60", "'09:60'"),
    ] {
        let mut v = fixture();
        v["office_hours"] = office_hours(open, "18:00", json!([]));
        let e = problems(&v).unwrap_err();
        assert!(e.starts_with(&format!("{bad} is not a time HH:MM")), "{e}");
    }
}

// ---------------------------------------------------------------------------------
// `quote_problems` and `Source::check_against`.

fn sources_dir() -> PathBuf {
    root().join("tests/fixtures/validate")
}

#[test]
fn the_fixture_quotes_occur_at_their_lines() {
    assert_eq!(quote_problems(&fixture(), &sources_dir()), (25, vec![]));
    assert_eq!(quote_problems(&fixture_act(), &sources_dir()), (3, vec![]));
}

/// A change to the fixture's own `source`, and the problems `quote_problems` finds.
fn quote_cases() -> Vec<(&'static str, Value, Vec<String>)> {
    let dir = sources_dir();
    // fixture.txt has 15 lines and a final newline: split on '\n' it has 16.
    let outside =
        |a: u32, b: u32| format!("fixture.txt: lines {a}–{b} are outside the file's 16 lines");
    vec![
        (
            "lines start at 1",
            json!({"lines": [0, 1]}),
            vec![outside(0, 1)],
        ),
        (
            "lines run forwards",
            json!({"lines": [5, 4]}),
            vec![outside(5, 4)],
        ),
        (
            "lines end within the file",
            json!({"lines": [15, 17]}),
            vec![outside(15, 17)],
        ),
        (
            "the quote is on its lines",
            json!({"lines": [2, 2]}),
            vec!["fixture.txt: quote fragment «Test service» not found at l. 2–2".into()],
        ),
        (
            "fragments around … occur in order",
            json!({"lines": [5, 5], "quote": "renewal … first"}),
            vec!["fixture.txt: quote fragment «first» not found at l. 5–5".into()],
        ),
        (
            "the cited file exists",
            json!({"file": "nowhere.txt"}),
            vec![format!(
                "source file nowhere.txt is missing from {}",
                dir.display()
            )],
        ),
    ]
}

#[test]
fn each_quote_rule_rejects_its_fixture() {
    let dir = sources_dir();
    let cases = quote_cases();
    let mut failures = Vec::new();
    for (rule, change, expect) in cases {
        let mut v = fixture();
        for (k, x) in change.as_object().unwrap() {
            v["source"][k] = x.clone();
        }
        let (n, got) = quote_problems(&v, &dir);
        if n != 25 || got != expect {
            failures.push(format!(
                "{rule}:\n    expected {expect:?}\n    got      {got:?} ({n} quotes)"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // Whitespace and markdown emphasis are compared loosely, as the texts are OCR'd.
    let mut v = fixture();
    v["source"] =
        json!({"file": "fixture.txt", "lines": [14, 15], "quote": "is *given.*\n  The form"});
    assert_eq!(quote_problems(&v, &dir), (25, vec![]));
}

// ---------------------------------------------------------------------------------
// The catalogue loader.

/// `(stem, JSON)` of the `.json` files in `dir` (relative to the crate).
fn json_dir(dir: &str) -> Vec<(String, Value)> {
    let mut out: Vec<(String, Value)> = fs::read_dir(root().join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| {
            (
                p.file_stem().unwrap().to_string_lossy().into_owned(),
                read_json(&p),
            )
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// The files a catalogue is built from: the fixture service on its act, with the real
/// calendars, conventions and indices.
struct Files {
    services: Vec<(String, Value)>,
    calendars: Vec<(String, Value)>,
    conventions: Vec<(String, Value)>,
    indices: Vec<(String, Value)>,
    acts: Vec<(String, Value)>,
}

impl Files {
    fn sound() -> Files {
        Files {
            services: vec![(ID.into(), fixture())],
            calendars: json_dir("regulations/calendars"),
            conventions: json_dir("regulations/conventions"),
            indices: json_dir("regulations/indices"),
            acts: vec![(ACT.into(), fixture_act())],
        }
    }

    fn service(&mut self) -> &mut Value {
        &mut self.services[0].1
    }

    fn act(&mut self) -> &mut Value {
        &mut self.acts[0].1
    }

    fn named<'a>(files: &'a mut [(String, Value)], stem: &str) -> &'a mut Value {
        &mut files.iter_mut().find(|(s, _)| s == stem).unwrap().1
    }

    /// Builds the catalogue as `Catalog::embedded` does; the error, if any.
    fn load_error(&self) -> Option<String> {
        let text = |v: &[(String, Value)]| -> Vec<(String, String)> {
            v.iter().map(|(s, j)| (s.clone(), j.to_string())).collect()
        };
        let (services, calendars, conventions, indices, acts) = (
            text(&self.services),
            text(&self.calendars),
            text(&self.conventions),
            text(&self.indices),
            text(&self.acts),
        );
        Catalog::from_files(&pairs(&services), &pairs(&calendars), &pairs(&conventions))
            .and_then(|c| c.with_indices(&pairs(&indices)))
            .and_then(|c| c.with_acts(&pairs(&acts)))
            .err()
    }
}

fn pairs(v: &[(String, String)]) -> Vec<(&str, &str)> {
    v.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect()
}

/// What a catalogue case expects: the whole error, or (a serde message, which lists
/// the valid keys and a position) how it begins.
enum Expect {
    Exactly(String),
    StartsWith(String),
}

struct LoadCase {
    rule: &'static str,
    mutate: fn(&mut Files),
    expect: Expect,
}

fn in_file(stem: &str, what: &str) -> String {
    format!("regulations/{stem}.json: {what}")
}

fn repeal(signed: Value, rule: Value) -> Value {
    json!({"by": text("a later order"), "signed": signed, "rule": rule, "source": src()})
}

fn after_publication(days: u32) -> Value {
    json!({"kind": "after_publication", "days": days})
}

fn reading(date: &str) -> Value {
    json!({"date": date, "why": text("read so"), "source": src()})
}

fn load_cases() -> Vec<LoadCase> {
    use Expect::{Exactly, StartsWith};
    let service = |what: &str| in_file(ID, what);
    let period = |what: &str| service(&format!("act {ACT}: {what}"));
    vec![
        LoadCase {
            rule: "a service's id is its file name",
            mutate: |f| f.service()["id"] = json!("kz-renamed"),
            expect: Exactly(service("id 'kz-renamed' differs from the file name")),
        },
        LoadCase {
            rule: "an act's id is its file name",
            mutate: |f| f.act()["id"] = json!("kz-other-act"),
            expect: Exactly(in_file(
                &format!("acts/{ACT}"),
                "id 'kz-other-act' differs from the file name",
            )),
        },
        LoadCase {
            rule: "an index's id is its file name",
            mutate: |f| Files::named(&mut f.indices, "kz-mrp")["id"] = json!("kz-mci"),
            expect: Exactly(in_file(
                "indices/kz-mrp",
                "id 'kz-mci' differs from the file name",
            )),
        },
        LoadCase {
            rule: "an index table has no gap when it loads",
            mutate: |f| {
                Files::named(&mut f.indices, "kz-mrp")["values"][1]["from"] = json!("2014-01-02")
            },
            expect: Exactly(in_file(
                "indices/kz-mrp",
                "kz-mrp: 2014-01-02 does not follow 2013-12-31 without a gap or overlap",
            )),
        },
        LoadCase {
            rule: "a calendar file is named by its country",
            mutate: |f| f.calendars[0].0 = "kyrgyzstan".into(),
            expect: Exactly(in_file(
                "calendars/kyrgyzstan",
                "a file for KG must be named kg.json",
            )),
        },
        LoadCase {
            rule: "a conventions file is named by its country, so none replaces another",
            mutate: |f| f.conventions[1].0 = "kg".into(),
            expect: Exactly(in_file(
                "conventions/kg",
                "a file for KZ must be named kz.json",
            )),
        },
        LoadCase {
            rule: "a fee's index exists",
            mutate: |f| f.service()["fees"][0]["rule"]["index"] = json!("kz-mci"),
            expect: Exactly(service(
                "fee 'state-duty' names unknown index 'kz-mci' (valid: kz-mrp)",
            )),
        },
        LoadCase {
            rule: "a service's act exists",
            mutate: |f| f.service()["act"]["id"] = json!("kz-missing-act"),
            expect: Exactly(service(&format!(
                "unknown act 'kz-missing-act' (valid: {ACT})"
            ))),
        },
        LoadCase {
            rule: "a service's act is of its country",
            mutate: |f| f.act()["country"] = json!("KG"),
            expect: Exactly(service(&format!("act '{ACT}' is of another country"))),
        },
        LoadCase {
            rule: "an act has a signing date or year",
            mutate: |f| remove(&mut f.act()["signed"], "date"),
            expect: Exactly(period("neither a signing date nor a year")),
        },
        LoadCase {
            rule: "the first day's latest is not before its earliest",
            mutate: |f| {
                // Signed 20.12.2019, in force 10 days after publication: 31.12.2019 at
                // the earliest, but read as in force by 25.12.2019.
                f.act()["entry_into_force"] = json!({"rule": after_publication(10),
                                                      "latest": reading("2019-12-25")});
            },
            expect: Exactly(period(
                "the first day in force latest 2019-12-25 is before its earliest 2019-12-31",
            )),
        },
        LoadCase {
            rule: "the last day's latest is not before its earliest",
            mutate: |f| {
                // Repealed by an order of 10.01.2024 in force 10 days after
                // publication: in force to 20.01.2024 at least, but read as gone by 15.01.
                let mut r = repeal(json!("2024-01-10"), after_publication(10));
                r["latest"] = reading("2024-01-15");
                f.act()["repeal"] = r;
            },
            expect: Exactly(period(
                "the last day in force latest 2024-01-15 is before its earliest 2024-01-20",
            )),
        },
        LoadCase {
            rule: "not repealed before entering into force (the act's repeal)",
            mutate: |f| {
                f.act()["repeal"] = repeal(
                    json!("2019-05-01"),
                    json!({"kind": "on_date", "date": "2019-06-01"}),
                );
            },
            expect: Exactly(period("repealed before it can have entered into force")),
        },
        LoadCase {
            rule: "not repealed before entering into force (the annex's own repeal)",
            mutate: |f| {
                f.service()["act"]["repeal"] = repeal(
                    json!("2019-05-01"),
                    json!({"kind": "on_date", "date": "2019-06-01"}),
                );
            },
            expect: Exactly(period("repealed before it can have entered into force")),
        },
        LoadCase {
            rule: "dates in range: entry after publication",
            mutate: |f| {
                f.act()["signed"]["date"] = json!(Date::MAX);
                f.act()["entry_into_force"]["rule"] = after_publication(10);
            },
            expect: Exactly(service("date out of range")),
        },
        LoadCase {
            rule: "dates in range: repeal after publication",
            mutate: |f| f.act()["repeal"] = repeal(json!(Date::MAX), after_publication(10)),
            expect: Exactly(service("date out of range")),
        },
        LoadCase {
            rule: "dates in range: repeal on a date",
            mutate: |f| {
                f.act()["repeal"] = repeal(
                    json!("2024-01-10"),
                    json!({"kind": "on_date", "date": Date::MIN}),
                );
            },
            expect: Exactly(service("date out of range")),
        },
        LoadCase {
            rule: "dates in range: repeal on a date not stated",
            mutate: |f| {
                f.act()["repeal"] = repeal(json!(Date::MIN), json!({"kind": "not_stated"}));
            },
            expect: Exactly(service("date out of range")),
        },
        LoadCase {
            rule: "dates in range: the text's date",
            mutate: |f| {
                f.act()["repeal"] = repeal(json!("2024-01-10"), after_publication(10));
                f.act()["text_as_of"]["date"] = json!(Date::MIN);
            },
            expect: Exactly(service("date out of range")),
        },
        LoadCase {
            rule: "a calendar's first year is a year",
            mutate: |f| Files::named(&mut f.calendars, "kz")["covers"]["from"] = json!(300_000),
            expect: Exactly(in_file("calendars/kz", "bad covers.from")),
        },
        LoadCase {
            rule: "a calendar's last year is a year (the last counted)",
            mutate: |f| Files::named(&mut f.calendars, "kz")["covers"]["to"] = json!(300_000),
            expect: Exactly(in_file("calendars/kz", "bad covers.to")),
        },
        LoadCase {
            rule: "a calendar's last year is a year (the last known)",
            mutate: |f| {
                let c = Files::named(&mut f.calendars, "kz");
                c["covers"]["to"] = json!(-300_000);
                c["covers"]["projected_to"] = json!(2045);
            },
            expect: Exactly(in_file("calendars/kz", "bad covers.to")),
        },
        LoadCase {
            rule: "a holiday lies within the covered years",
            mutate: |f| {
                let c = Files::named(&mut f.calendars, "kz");
                c["covers"] = json!({"from": 2013, "to": 2027, "projected_to": 2045});
                c["holidays"][0]["date"] = json!("2012-12-31");
            },
            expect: Exactly(in_file(
                "calendars/kz",
                "2012-12-31 is outside covers 2013–2027",
            )),
        },
        LoadCase {
            rule: "a transfer names a day",
            mutate: |f| {
                let c = Files::named(&mut f.calendars, "kz");
                c["transfers"] = json!([{"day_off": null, "working_day": null,
                                         "text": text("nothing moved"),
                                         "source": {"title": "a decree"}}]);
            },
            expect: Exactly(in_file("calendars/kz", "transfer 0 names no day")),
        },
        LoadCase {
            rule: "a service has no unknown key",
            mutate: |f| f.service()["colour"] = json!("red"),
            expect: StartsWith(service("unknown field `colour`, expected one of `id`")),
        },
        LoadCase {
            rule: "a form field prefills from a known key",
            mutate: |f| {
                f.service()["application_form"]["fields"][0]["prefill"] = json!("person.id_number")
            },
            expect: StartsWith(service(
                "unknown variant `person.id_number`, expected one of `person.full_name`",
            )),
        },
        LoadCase {
            rule: "an act has no unknown key",
            mutate: |f| f.act()["colour"] = json!("red"),
            expect: StartsWith(in_file(
                &format!("acts/{ACT}"),
                "unknown field `colour`, expected one of `id`",
            )),
        },
        LoadCase {
            rule: "an index has no unknown key",
            mutate: |f| Files::named(&mut f.indices, "kz-mrp")["colour"] = json!("red"),
            expect: StartsWith(in_file(
                "indices/kz-mrp",
                "unknown field `colour`, expected one of `id`",
            )),
        },
        LoadCase {
            rule: "a calendar has no unknown key",
            mutate: |f| Files::named(&mut f.calendars, "kz")["colour"] = json!("red"),
            expect: StartsWith(in_file(
                "calendars/kz",
                "unknown field `colour`, expected one of `country`",
            )),
        },
        LoadCase {
            rule: "conventions have no unknown key",
            mutate: |f| Files::named(&mut f.conventions, "kz")["colour"] = json!("red"),
            expect: StartsWith(in_file(
                "conventions/kz",
                "unknown field `colour`, expected one of `country`",
            )),
        },
    ]
}

#[test]
fn the_sound_fixture_loads_into_a_catalogue() {
    assert_eq!(Files::sound().load_error(), None);
}

#[test]
fn each_catalogue_rule_rejects_its_fixture() {
    let cases = load_cases();
    let mut failures = Vec::new();
    for c in &cases {
        let mut files = Files::sound();
        (c.mutate)(&mut files);
        let got = files.load_error();
        let ok = match (&c.expect, &got) {
            (Expect::Exactly(e), Some(g)) => g == e,
            (Expect::StartsWith(e), Some(g)) => g.starts_with(e.as_str()),
            (_, None) => false,
        };
        if !ok {
            let want = match &c.expect {
                Expect::Exactly(e) => format!("exactly {e:?}"),
                Expect::StartsWith(e) => format!("starting {e:?}"),
            };
            failures.push(format!(
                "{}:\n    expected {want}\n    got      {got:?}",
                c.rule
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} catalogue rules did not reject their fixture as expected:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

// ---------------------------------------------------------------------------------
// `IndexFile::problems`: the index tables' own checks (the data tests run them).

fn index(values: Value) -> IndexFile {
    serde_json::from_value(json!({
        "id": "test-index", "name": text("a test index"), "currency": "KZT",
        "rounding": text("none"), "values": values
    }))
    .unwrap()
}

fn period_value(from: &str, to: &str, value: f64) -> Value {
    json!({"from": from, "to": to, "value": value, "source": {"title": "a budget law"}})
}

#[test]
fn each_index_rule_rejects_its_table() {
    let year = |first: &str, value: f64| -> [Value; 2] {
        [
            period_value("2020-01-01", "2020-12-31", value),
            period_value(first, "2021-12-31", 110.0),
        ]
    };
    assert_eq!(
        index(json!(year("2021-01-01", 100.0))).problems(),
        Vec::<String>::new()
    );
    let cases: Vec<(&str, Value, &str)> = vec![
        (
            "periods without a gap",
            json!(year("2021-01-05", 100.0)),
            "test-index: 2021-01-05 does not follow 2020-12-31 without a gap or overlap",
        ),
        (
            "periods without an overlap",
            json!(year("2020-12-01", 100.0)),
            "test-index: 2020-12-01 does not follow 2020-12-31 without a gap or overlap",
        ),
        (
            "a positive value: zero",
            json!(year("2021-01-01", 0.0)),
            "test-index: bad period 2020-01-01–2020-12-31 = 0",
        ),
        (
            "a positive value: negative",
            json!(year("2021-01-01", -5.5)),
            "test-index: bad period 2020-01-01–2020-12-31 = -5.5",
        ),
        (
            "a period ends after it starts",
            json!([period_value("2020-01-01", "2019-12-31", 100.0)]),
            "test-index: bad period 2020-01-01–2019-12-31 = 100",
        ),
    ];
    let mut failures = Vec::new();
    for (rule, values, expect) in cases {
        let got = index(values).problems();
        if got != [expect] {
            failures.push(format!(
                "{rule}:\n    expected [{expect:?}]\n    got      {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// ---------------------------------------------------------------------------------
// No rule without a case: the message shapes in the sources against the cases above.

/// The string literal that opens the arguments after each `marker` in `file`'s code
/// (before its `mod tests`).
fn shapes(file: &str, marker: &str) -> Vec<String> {
    let source = fs::read_to_string(root().join(file)).unwrap();
    let code = source.split("#[cfg(test)]\nmod tests").next().unwrap();
    code.match_indices(marker)
        .map(|(i, _)| {
            let rest = &code[i + marker.len()..];
            let open = rest.find('"').unwrap();
            let between = rest[..open].trim();
            assert!(
                between.is_empty() || between == "format!(",
                "{file}: a {marker} call whose message is not a literal ({between}): \
                 give it a case and list it here by hand"
            );
            let body = &rest[open + 1..];
            body[..body.find('"').unwrap()].to_string()
        })
        .collect()
}

/// Whether `message` can have been formatted from `shape`: each `{…}` stands for any text.
fn fits(shape: &str, message: &str) -> bool {
    let mut pieces = Vec::new();
    let mut rest = shape;
    while let Some(open) = rest.find('{') {
        pieces.push(&rest[..open]);
        let close = rest[open..].find('}').map_or(rest.len(), |c| open + c + 1);
        rest = &rest[close..];
    }
    pieces.push(rest);
    let Some(mut m) = message.strip_prefix(pieces[0]) else {
        return false;
    };
    let last = pieces.len() - 1;
    if last == 0 {
        return m.is_empty();
    }
    for piece in &pieces[1..last] {
        match m.find(piece) {
            Some(i) => m = &m[i + piece.len()..],
            None => return false,
        }
    }
    m.ends_with(pieces[last])
}

/// The shapes no message fits.
fn uncovered(shapes: &[String], messages: &[String]) -> Vec<String> {
    shapes
        .iter()
        .filter(|s| !messages.iter().any(|m| fits(s, m)))
        .cloned()
        .collect()
}

#[test]
fn every_rule_in_the_sources_has_a_case() {
    // Each message shape in the sources, with the messages of the cases that cover it.
    let validator: Vec<String> = validator_cases()
        .into_iter()
        .flat_map(|c| c.expect)
        .collect();
    let quotes: Vec<String> = quote_cases().into_iter().flat_map(|c| c.2).collect();
    let loaded: Vec<String> = load_cases()
        .into_iter()
        .map(|c| match c.expect {
            Expect::Exactly(e) | Expect::StartsWith(e) => e,
        })
        .collect();
    // validate.rs: every `bad(…)` of `service_problems` (its messages open with the
    // service id), and the missing file of `quote_problems`.
    let bad: Vec<String> = shapes("src/engine/validate.rs", "bad(")
        .iter()
        .map(|s| format!("{ID}: {s}"))
        .collect();
    // source.rs: the errors of `Source::check_against`.
    let quote: Vec<String> = shapes("src/engine/validate.rs", "Err(_) => problems.push(format!(")
        .into_iter()
        .chain(shapes("src/engine/source.rs", "Err(format!("))
        .collect();
    // catalog.rs: every error naming a file; act.rs: every error of an act's period,
    // which the loader reports under the service's file.
    let catalog: Vec<String> = shapes("src/engine/catalog.rs", "format!(")
        .into_iter()
        .filter(|s| s.starts_with("regulations/"))
        .collect();
    let periods: Vec<String> = ["Err(format!(", "ok_or(", "ok_or_else(|| format!("]
        .into_iter()
        .flat_map(|m| shapes("src/engine/act.rs", m))
        .map(|s| in_file(ID, &s))
        .collect();
    // The scan finds what is there today (27 `bad(` calls, 3 quote errors, 14 file
    // errors, 8 period errors): fewer means it stopped seeing them.
    let found = [bad.len(), quote.len(), catalog.len(), periods.len()];
    assert!(
        found[0] >= 27 && found[1] >= 3 && found[2] >= 14 && found[3] >= 8,
        "the scan found only {found:?}"
    );
    let mut missing = Vec::new();
    for (shapes, messages) in [
        (&bad, &validator),
        (&quote, &quotes),
        (&catalog, &loaded),
        (&periods, &loaded),
    ] {
        missing.extend(uncovered(shapes, messages));
    }
    assert_eq!(missing, Vec::<String>::new(), "rules without a case");
}
