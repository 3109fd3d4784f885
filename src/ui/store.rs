//! The store: everything Tartip keeps on this device, as one value that changes only
//! through [`Action`]s.
//!
//! Pure (no browser types), so the reducer is tested natively below. The
//! [`StoreProvider`](super::provider::StoreProvider) holds it in a `use_reducer` near the
//! root, gives it to the pages as a context, and writes it to the device (through
//! `ui::storage`, the only code touching `localStorage`) after each change the device
//! must get: components dispatch actions and read the state, they never write.
//!
//! A saved copy Tartip cannot read (damaged, or from a newer Tartip) is never written
//! over: applications are not saved or imported into it, and ticks and applicant details
//! are kept for this visit only, until the user clears it.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::Reducible;

use crate::engine::date::Date;
use crate::engine::text::Lang;
use crate::locale::S;
use crate::package::applicant::Applicant;
use crate::package::dossier::Dossier;
use crate::saved::{Loaded, Recent, SavedApplication, Store};

/// What the device holds under the store's key.
#[derive(Clone, Debug, PartialEq)]
pub enum Kept {
    /// Nothing yet (or cleared).
    Nothing,
    /// A copy Tartip reads: the working [`Device::store`] is written back to it.
    Readable,
    /// Written by a newer Tartip: kept untouched.
    Newer { format: u32 },
    /// Not a store Tartip can read: kept untouched.
    Broken { error: String },
}

impl Kept {
    /// Whether changes may be written to the device.
    pub fn writable(&self) -> bool {
        matches!(self, Kept::Nothing | Kept::Readable)
    }
}

/// Why the last change was not kept on the device.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// The saved copy cannot be read, so nothing is written over it.
    Unreadable,
    /// This browser keeps no local storage.
    NoStorage,
    /// The browser refused to store (storage full or disabled).
    Refused,
}

impl Problem {
    /// The problem in words, for the person whose change was not kept.
    pub fn words(&self, lang: Lang) -> String {
        match self {
            Problem::Unreadable => S::StorageUnreadableNotSaved.get(lang).to_string(),
            Problem::NoStorage => S::StorageUnavailable.get(lang).to_string(),
            Problem::Refused => S::StorageRefused.get(lang).to_string(),
        }
    }
}

/// Everything kept on this device, and the interface language.
#[derive(Clone, Debug, PartialEq)]
pub struct Device {
    /// What the device holds.
    pub kept: Kept,
    /// The working store: the saved copy when it is readable; otherwise this visit's
    /// ticks and details, never written.
    pub store: Store,
    /// The interface language.
    pub lang: Lang,
    /// Whether a chosen language is remembered on the device (not in server renders
    /// and component tests).
    pub remember_lang: bool,
    /// Whether the device is to hold the language (set by choosing one, unset by
    /// clearing); what the provider writes when `lang_changes` moves.
    pub lang_kept: bool,
    /// Counts changes the device must get; the provider writes the store when it moves.
    pub store_changes: u64,
    /// Counts changes of the remembered language.
    pub lang_changes: u64,
    /// Why the last change was not kept, if it was not.
    pub problem: Option<Problem>,
}

/// What a component can ask of the store.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Keep an application, replacing one with the same id. Refused while the saved copy
    /// cannot be read.
    SaveApplication(SavedApplication),
    /// Forget the saved application with this id.
    DeleteApplication(String),
    /// Forget everything Tartip kept on the device, including a copy it cannot read (the
    /// user's way out of one) and the chosen language.
    ClearAll,
    /// Tick (or untick) a document of the checklist `list` (`saved::ticks_key`).
    Tick {
        list: String,
        document: String,
        ticked: bool,
    },
    /// The applicant's details, reused across applications.
    SaveDetails(Box<Applicant>),
    /// Take in a dossier: its application, ticks and details. The page has already asked
    /// before replacing anything. Refused while the saved copy cannot be read.
    Import { dossier: Box<Dossier>, today: Date },
    /// Change the interface language.
    SetLang(Lang),
    /// The help desk showed a card: put it first among the recent look-ups.
    Remember(Recent),
    /// Forget the help desk's recent look-ups.
    ClearRecent,
    /// Another tab changed what the device holds: take it.
    Reload(Loaded),
    /// The last write failed; `found` is what the device holds now.
    WriteFailed { problem: Problem, found: Loaded },
}

impl Device {
    /// The store as read from the device at start.
    pub fn new(loaded: Loaded, lang: Lang, remember_lang: bool) -> Device {
        let mut d = Device {
            kept: Kept::Nothing,
            store: Store::default(),
            lang,
            remember_lang,
            lang_kept: false,
            store_changes: 0,
            lang_changes: 0,
            problem: None,
        };
        d.take(loaded);
        d
    }

    /// The ticked documents of checklist `list`.
    pub fn ticks(&self, list: &str) -> BTreeSet<String> {
        self.store
            .ticks
            .get(list)
            .map(|t| t.iter().cloned().collect())
            .unwrap_or_default()
    }

    /// The applicant's details kept so far (empty if none).
    pub fn details(&self) -> Applicant {
        self.store.details.as_deref().cloned().unwrap_or_default()
    }

    /// Applies one action: the reducer, without Yew's `Rc`.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::SaveApplication(app) => self.keep(|s| {
                s.save(app);
                Ok(())
            }),
            Action::DeleteApplication(id) => self.keep(|s| {
                s.delete(&id);
                Ok(())
            }),
            Action::Import { dossier, today } => self.keep(|s| {
                s.import(&dossier, today);
                Ok(())
            }),
            Action::Tick {
                list,
                document,
                ticked,
            } => self.change(|s| {
                let mut set: BTreeSet<String> = s
                    .ticks
                    .remove(&list)
                    .unwrap_or_default()
                    .into_iter()
                    .collect();
                if ticked {
                    set.insert(document);
                } else {
                    set.remove(&document);
                }
                s.ticks.insert(list, set.into_iter().collect());
            }),
            Action::SaveDetails(details) => self.change(|s| s.details = Some(details)),
            // Already first: nothing to write.
            Action::Remember(r) if self.store.recent.first() == Some(&r) => {}
            Action::Remember(r) => self.change(|s| s.remember(r)),
            Action::ClearRecent => self.change(|s| s.recent.clear()),
            Action::ClearAll => {
                self.kept = Kept::Nothing;
                self.store = Store::default();
                self.store_changes += 1;
                self.lang_kept = false;
                self.lang_changes += 1;
                self.problem = None;
            }
            Action::SetLang(lang) => {
                self.lang = lang;
                if self.remember_lang {
                    self.lang_kept = true;
                    self.lang_changes += 1;
                }
            }
            Action::Reload(loaded) => self.take(loaded),
            Action::WriteFailed { problem, found } => {
                // This visit keeps its working store; only an unreadable copy is taken,
                // so that nothing is written over it.
                if !matches!(found, Loaded::Empty | Loaded::Ready(_)) {
                    self.take(found);
                }
                self.problem = Some(problem);
            }
        }
    }

    /// Takes what the device holds. A copy Tartip cannot read leaves the working store
    /// as it is (this visit's).
    fn take(&mut self, loaded: Loaded) {
        match loaded {
            Loaded::Empty => {
                self.kept = Kept::Nothing;
                self.store = Store::default();
            }
            Loaded::Ready(store) => {
                self.kept = Kept::Readable;
                self.store = store;
            }
            Loaded::Newer { format } => self.kept = Kept::Newer { format },
            Loaded::Broken { error } => self.kept = Kept::Broken { error },
        }
    }

    /// A change that must be kept to mean anything (saving, deleting, importing): refused
    /// while the saved copy cannot be read.
    fn keep(&mut self, f: impl FnOnce(&mut Store) -> Result<(), Problem>) {
        if !self.kept.writable() {
            self.problem = Some(Problem::Unreadable);
            return;
        }
        let mut next = self.store.clone();
        match f(&mut next) {
            Ok(()) => {
                self.store = next;
                self.written();
            }
            Err(p) => self.problem = Some(p),
        }
    }

    /// A change that is useful for this visit even when it cannot be kept (ticks,
    /// details): made in the working store, written only if the device's copy is
    /// readable.
    fn change(&mut self, f: impl FnOnce(&mut Store)) {
        f(&mut self.store);
        if self.kept.writable() {
            self.written();
        } else {
            self.problem = Some(Problem::Unreadable);
        }
    }

    /// Marks the working store as the device's copy to be.
    fn written(&mut self) {
        self.kept = Kept::Readable;
        self.store_changes += 1;
        self.problem = None;
    }
}

impl Reducible for Device {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::engine::date::parse_date;
    use crate::saved::load;

    fn d(s: &str) -> Date {
        parse_date(s).unwrap()
    }

    fn app(situation: &str) -> SavedApplication {
        SavedApplication::new(
            "kg-driving-licence-issue",
            situation,
            d("2025-03-19"),
            BTreeMap::from([("citizenship".into(), "kg-citizen".into())]),
            d("2025-03-01"),
        )
    }

    fn dossier(name: &str) -> Box<Dossier> {
        let mut applicant = Applicant::default();
        applicant.person.full_name = name.into();
        Box::new(Dossier {
            kind: crate::package::dossier::KIND.into(),
            format: crate::package::dossier::FORMAT,
            service: "kg-driving-licence-issue".into(),
            situation: "replace-lost".into(),
            submitted: d("2025-03-19"),
            answers: BTreeMap::new(),
            applicant,
            ticked: vec!["pin".into()],
            created: d("2025-03-01"),
        })
    }

    fn tick(document: &str, ticked: bool) -> Action {
        Action::Tick {
            list: "kg-driving-licence-issue/replace-lost".into(),
            document: document.into(),
            ticked,
        }
    }

    fn fresh() -> Device {
        Device::new(Loaded::Empty, Lang::En, true)
    }

    fn after(mut device: Device, actions: impl IntoIterator<Item = Action>) -> Device {
        for a in actions {
            device.apply(a);
        }
        device
    }

    /// Every action that could change a store Tartip cannot read.
    fn every_change() -> Vec<Action> {
        vec![
            Action::SaveApplication(app("replace-lost")),
            Action::DeleteApplication("kg-driving-licence-issue/replace-lost/2025-03-19".into()),
            Action::Import {
                dossier: dossier("Асель"),
                today: d("2025-03-02"),
            },
            tick("pin", true),
            Action::SaveDetails(Box::default()),
            Action::SetLang(Lang::Ky),
            Action::Remember(look_up("replace-lost")),
            Action::ClearRecent,
        ]
    }

    fn look_up(situation: &str) -> Recent {
        Recent {
            service: "kg-driving-licence-issue".into(),
            situation: situation.into(),
            submitted: d("2025-03-19"),
            lang: Lang::Ru,
        }
    }

    #[test]
    fn look_ups_are_remembered_written_once_and_cleared() {
        let s = after(
            fresh(),
            [
                Action::Remember(look_up("replace-lost")),
                Action::Remember(look_up("replace-lost")),
                Action::Remember(look_up("intl-in-person")),
            ],
        );
        let got: Vec<&str> = s
            .store
            .recent
            .iter()
            .map(|r| r.situation.as_str())
            .collect();
        assert_eq!(got, ["intl-in-person", "replace-lost"]);
        assert_eq!(s.store_changes, 2, "the same look-up again writes nothing");
        assert_eq!(s.kept, Kept::Readable);
        let s = after(s, [Action::ClearRecent]);
        assert!(s.store.recent.is_empty());
        assert_eq!(s.store_changes, 3);
        // Over a copy Tartip cannot read: kept for the visit, never written.
        let broken = Device::new(load(Some("{not json")), Lang::En, true);
        let s = after(broken, [Action::Remember(look_up("replace-lost"))]);
        assert_eq!(s.store.recent.len(), 1);
        assert_eq!(s.store_changes, 0);
    }

    #[test]
    fn saving_twice_keeps_one_application_and_asks_for_a_write_each_time() {
        let s = after(
            fresh(),
            [
                Action::SaveApplication(app("replace-lost")),
                Action::SaveApplication(app("intl-in-person")),
                Action::SaveApplication(app("replace-lost")),
            ],
        );
        let ids: Vec<&str> = s
            .store
            .applications
            .iter()
            .map(|a| a.situation.as_str())
            .collect();
        assert_eq!(ids, ["replace-lost", "intl-in-person"], "the latest first");
        assert_eq!(s.kept, Kept::Readable);
        assert_eq!(s.store_changes, 3);
        assert_eq!(s.problem, None);
        let s = after(
            s,
            [Action::DeleteApplication(
                "kg-driving-licence-issue/intl-in-person/2025-03-19".into(),
            )],
        );
        assert_eq!(s.store.applications, [app("replace-lost")]);
        assert_eq!(s.store_changes, 4);
    }

    #[test]
    fn ticking_and_unticking_keeps_a_sorted_list_per_checklist() {
        let s = after(
            fresh(),
            [
                tick("pin", true),
                tick("medical-certificate", true),
                tick("pin", true),
            ],
        );
        assert_eq!(
            s.ticks("kg-driving-licence-issue/replace-lost"),
            BTreeSet::from(["medical-certificate".into(), "pin".into()])
        );
        assert_eq!(
            s.store.ticks["kg-driving-licence-issue/replace-lost"],
            ["medical-certificate", "pin"]
        );
        assert!(s.ticks("other/list").is_empty());
        let s = after(s, [tick("pin", false)]);
        assert_eq!(
            s.store.ticks["kg-driving-licence-issue/replace-lost"],
            ["medical-certificate"]
        );
        assert_eq!(s.store_changes, 4);
    }

    #[test]
    fn details_and_imports_land_in_the_store() {
        let mut details = Applicant::default();
        details.person.full_name = "Бакыт".into();
        let s = after(fresh(), [Action::SaveDetails(Box::new(details.clone()))]);
        assert_eq!(s.details(), details);
        let s = after(
            s,
            [Action::Import {
                dossier: dossier("Асель"),
                today: d("2025-03-02"),
            }],
        );
        assert_eq!(s.details().person.full_name, "Асель");
        assert_eq!(s.store.applications.len(), 1);
        assert_eq!(s.store.applications[0].saved_on, d("2025-03-02"));
        assert_eq!(s.ticks("kg-driving-licence-issue/replace-lost").len(), 1);
    }

    #[test]
    fn a_broken_or_newer_copy_is_never_written_over() {
        for raw in [r#"{"format": 1, "applications": 7"#, r#"{"format": 9}"#] {
            let start = Device::new(load(Some(raw)), Lang::En, true);
            assert!(!start.kept.writable(), "{raw}");
            for action in every_change() {
                let s = after(start.clone(), [action.clone()]);
                assert_eq!(s.kept, start.kept, "{raw}: {action:?}");
                assert_eq!(s.store_changes, 0, "{raw}: {action:?} would write");
                assert!(s.store.applications.is_empty(), "{action:?}");
            }
            // Saving says why nothing was saved.
            let s = after(
                start.clone(),
                [Action::SaveApplication(app("replace-lost"))],
            );
            assert_eq!(s.problem, Some(Problem::Unreadable));
            // Ticks and details still work for this visit, unwritten.
            let s = after(start.clone(), [tick("pin", true)]);
            assert_eq!(s.ticks("kg-driving-licence-issue/replace-lost").len(), 1);
            assert_eq!(s.store_changes, 0);
            // Clearing is the way out: then the device is written again.
            let s = after(
                start,
                [
                    Action::ClearAll,
                    Action::SaveApplication(app("replace-lost")),
                ],
            );
            assert_eq!(s.kept, Kept::Readable);
            assert_eq!(s.store.applications.len(), 1);
            assert_eq!(s.store_changes, 2);
        }
    }

    #[test]
    fn a_copy_that_became_unreadable_elsewhere_is_not_written_over() {
        // Another tab (a newer Tartip) wrote its own format.
        let s = after(
            fresh(),
            [
                Action::SaveApplication(app("replace-lost")),
                Action::Reload(Loaded::Newer { format: 2 }),
                Action::SaveApplication(app("intl-in-person")),
            ],
        );
        assert_eq!(s.kept, Kept::Newer { format: 2 });
        assert_eq!(s.store_changes, 1);
        assert_eq!(s.problem, Some(Problem::Unreadable));
        // The write itself found a damaged copy.
        let s = after(
            fresh(),
            [
                tick("pin", true),
                Action::WriteFailed {
                    problem: Problem::Unreadable,
                    found: Loaded::Broken {
                        error: "not JSON".into(),
                    },
                },
                tick("pin", false),
            ],
        );
        assert_eq!(
            s.kept,
            Kept::Broken {
                error: "not JSON".into()
            }
        );
        assert_eq!(s.store_changes, 1);
    }

    #[test]
    fn a_failed_write_is_reported_and_this_visit_keeps_its_changes() {
        let s = after(
            fresh(),
            [
                tick("pin", true),
                Action::WriteFailed {
                    problem: Problem::Refused,
                    found: Loaded::Empty,
                },
            ],
        );
        assert_eq!(s.problem, Some(Problem::Refused));
        assert_eq!(s.ticks("kg-driving-licence-issue/replace-lost").len(), 1);
        // The next change tries again, with everything.
        let s = after(s, [tick("medical-certificate", true)]);
        assert_eq!(s.problem, None);
        assert_eq!(s.store_changes, 2);
    }

    #[test]
    fn clearing_forgets_the_store_and_the_language() {
        let s = after(
            fresh(),
            [
                Action::SetLang(Lang::Kk),
                Action::SaveApplication(app("replace-lost")),
                Action::ClearAll,
            ],
        );
        assert_eq!(s.kept, Kept::Nothing);
        assert_eq!(s.store, Store::default());
        assert!(!s.lang_kept);
        assert_eq!(
            s.lang,
            Lang::Kk,
            "the page keeps speaking the chosen language"
        );
        assert_eq!((s.store_changes, s.lang_changes), (2, 2));
    }

    #[test]
    fn a_language_is_remembered_only_where_asked() {
        let s = after(fresh(), [Action::SetLang(Lang::Ru)]);
        assert_eq!((s.lang, s.lang_kept, s.lang_changes), (Lang::Ru, true, 1));
        let s = after(
            Device::new(Loaded::Empty, Lang::En, false),
            [Action::SetLang(Lang::Ru)],
        );
        assert_eq!((s.lang, s.lang_kept, s.lang_changes), (Lang::Ru, false, 0));
    }

    #[test]
    fn another_tab_clearing_or_saving_is_taken() {
        let mut other = Store::default();
        other.save(app("intl-in-person"));
        let s = after(
            fresh(),
            [
                Action::SaveApplication(app("replace-lost")),
                Action::Reload(Loaded::Ready(other.clone())),
            ],
        );
        assert_eq!(s.store, other);
        let s = after(s, [Action::Reload(Loaded::Empty)]);
        assert_eq!((s.kept, s.store), (Kept::Nothing, Store::default()));
    }

    #[test]
    fn the_reducer_returns_a_new_state() {
        let start = Rc::new(fresh());
        let next = start.clone().reduce(tick("pin", true));
        assert!(start
            .ticks("kg-driving-licence-issue/replace-lost")
            .is_empty());
        assert_eq!(next.ticks("kg-driving-licence-issue/replace-lost").len(), 1);
    }
}
