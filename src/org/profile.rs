//! The organisation and the people who act for it, entered once and used by every
//! dossier and application package.

use serde::{Deserialize, Serialize};

use crate::engine::calendar::Country;
use crate::package::ids::{bin_problem, iin_problem, kg_inn_problem, kg_pin_problem, IdProblem};

/// An organisation as its documents name it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Organisation {
    /// Stable on this device: dossiers refer to it.
    pub id: String,
    pub country: Option<Country>,
    pub name: String,
    /// Kazakhstan's BIN or Kyrgyzstan's INN.
    pub id_number: String,
    pub address: String,
    /// The person heading it, by [`Person::id`].
    pub head: Option<String>,
    pub phone: String,
    pub email: String,
}

/// What a person does for the organisation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Head,
    Expert,
    #[default]
    Representative,
}

/// Someone who acts for an organisation.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Person {
    pub id: String,
    /// The organisation, by [`Organisation::id`].
    pub organisation: String,
    pub full_name: String,
    pub role: Role,
    /// Kazakhstan's IIN or Kyrgyzstan's PIN.
    pub id_number: String,
    pub phone: String,
    pub email: String,
}

impl Organisation {
    /// What is wrong with the identification number for the organisation's country;
    /// nothing when it is empty or the country is not set.
    pub fn id_problem(&self) -> Option<IdProblem> {
        let n = self.id_number.trim();
        match (self.country?, n.is_empty()) {
            (_, true) => None,
            (Country::KZ, false) => bin_problem(n),
            (Country::KG, false) => kg_inn_problem(n),
        }
    }

    /// The organisation's people.
    pub fn people<'p>(&self, people: &'p [Person]) -> impl Iterator<Item = &'p Person> {
        let id = self.id.clone();
        people.iter().filter(move |p| p.organisation == id)
    }
}

impl Person {
    /// What is wrong with the person's identification number in `country`.
    pub fn id_problem(&self, country: Country) -> Option<IdProblem> {
        let n = self.id_number.trim();
        if n.is_empty() {
            return None;
        }
        match country {
            Country::KZ => iin_problem(n),
            Country::KG => kg_pin_problem(n),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identification_numbers_are_checked_by_country_and_empty_ones_are_not_yet_wrong() {
        let mut org = Organisation {
            id: "lab".into(),
            country: Some(Country::KZ),
            ..Organisation::default()
        };
        assert_eq!(org.id_problem(), None);
        org.id_number = "12345".into();
        assert!(org.id_problem().is_some());
        org.country = None;
        assert_eq!(org.id_problem(), None, "no country, no rule to check by");
    }

    #[test]
    fn an_organisation_lists_only_its_own_people() {
        let org = Organisation {
            id: "lab".into(),
            ..Organisation::default()
        };
        let people = [
            Person {
                id: "a".into(),
                organisation: "lab".into(),
                ..Person::default()
            },
            Person {
                id: "b".into(),
                organisation: "other".into(),
                ..Person::default()
            },
        ];
        let ids: Vec<&str> = org.people(&people).map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["a"]);
    }
}
