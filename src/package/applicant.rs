//! Who applies: a person or an organisation, with the details an application asks for.
//! Typed by the applicant, kept on the device, reused across applications.

use serde::{Deserialize, Serialize};

use super::ids::{bin_problem, iin_problem, kg_inn_problem, kg_pin_problem, IdProblem};
use crate::engine::calendar::Country;
use crate::engine::prefill::PrefillKey;

pub use crate::engine::regulation::ApplicantKind;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Person {
    pub full_name: String,
    /// Kazakhstan's IIN or Kyrgyzstan's PIN, by the service's country.
    pub id_number: String,
    pub birth_date: String,
    pub identity_document: String,
    pub address: String,
    pub phone: String,
    pub email: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Organisation {
    pub name: String,
    /// Kazakhstan's BIN or Kyrgyzstan's INN.
    pub id_number: String,
    pub head: String,
    pub address: String,
    pub phone: String,
    pub email: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Applicant {
    pub kind: ApplicantKind,
    pub person: Person,
    pub organisation: Organisation,
}

/// A field of the details form, by its key (`person.full_name`, …).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    FullName,
    PersonId,
    BirthDate,
    IdentityDocument,
    PersonAddress,
    PersonPhone,
    PersonEmail,
    OrgName,
    OrgId,
    OrgHead,
    OrgAddress,
    OrgPhone,
    OrgEmail,
}

impl Field {
    pub const PERSON: [Field; 7] = [
        Field::FullName,
        Field::PersonId,
        Field::BirthDate,
        Field::IdentityDocument,
        Field::PersonAddress,
        Field::PersonPhone,
        Field::PersonEmail,
    ];
    pub const ORGANISATION: [Field; 6] = [
        Field::OrgName,
        Field::OrgId,
        Field::OrgHead,
        Field::OrgAddress,
        Field::OrgPhone,
        Field::OrgEmail,
    ];

    /// The detail a form field prefilled by `key` takes, if it is one of these.
    pub fn for_prefill(key: PrefillKey) -> Option<Field> {
        Some(match key {
            PrefillKey::PersonFullName => Field::FullName,
            PrefillKey::PersonIin | PrefillKey::PersonPin => Field::PersonId,
            PrefillKey::PersonBirthDate => Field::BirthDate,
            PrefillKey::PersonIdentityDocument => Field::IdentityDocument,
            PrefillKey::PersonAddress => Field::PersonAddress,
            PrefillKey::PersonPhone => Field::PersonPhone,
            PrefillKey::PersonEmail => Field::PersonEmail,
            PrefillKey::OrganisationName => Field::OrgName,
            PrefillKey::OrganisationBin | PrefillKey::OrganisationInn => Field::OrgId,
            PrefillKey::OrganisationHead => Field::OrgHead,
            PrefillKey::OrganisationAddress => Field::OrgAddress,
            PrefillKey::OrganisationPhone => Field::OrgPhone,
            PrefillKey::OrganisationEmail => Field::OrgEmail,
            PrefillKey::ApplicationDate | PrefillKey::ApplicationService => return None,
        })
    }

    /// The field's key in the details file and the form's element ids.
    pub fn key(self) -> &'static str {
        match self {
            Field::FullName => "person.full_name",
            Field::PersonId => "person.id_number",
            Field::BirthDate => "person.birth_date",
            Field::IdentityDocument => "person.identity_document",
            Field::PersonAddress => "person.address",
            Field::PersonPhone => "person.phone",
            Field::PersonEmail => "person.email",
            Field::OrgName => "organisation.name",
            Field::OrgId => "organisation.id_number",
            Field::OrgHead => "organisation.head",
            Field::OrgAddress => "organisation.address",
            Field::OrgPhone => "organisation.phone",
            Field::OrgEmail => "organisation.email",
        }
    }
}

/// What is wrong with a field's value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldProblem {
    Missing,
    Id(IdProblem),
    Email,
    Phone,
    Date,
    TooLong { max: usize },
}

/// The longest value Tartip keeps in a field; longer text is refused, not cut.
pub const MAX_LEN: usize = 10_000;

impl Applicant {
    pub fn get(&self, f: Field) -> &str {
        let (p, o) = (&self.person, &self.organisation);
        match f {
            Field::FullName => &p.full_name,
            Field::PersonId => &p.id_number,
            Field::BirthDate => &p.birth_date,
            Field::IdentityDocument => &p.identity_document,
            Field::PersonAddress => &p.address,
            Field::PersonPhone => &p.phone,
            Field::PersonEmail => &p.email,
            Field::OrgName => &o.name,
            Field::OrgId => &o.id_number,
            Field::OrgHead => &o.head,
            Field::OrgAddress => &o.address,
            Field::OrgPhone => &o.phone,
            Field::OrgEmail => &o.email,
        }
    }

    pub fn set(&mut self, f: Field, value: String) {
        let (p, o) = (&mut self.person, &mut self.organisation);
        let slot = match f {
            Field::FullName => &mut p.full_name,
            Field::PersonId => &mut p.id_number,
            Field::BirthDate => &mut p.birth_date,
            Field::IdentityDocument => &mut p.identity_document,
            Field::PersonAddress => &mut p.address,
            Field::PersonPhone => &mut p.phone,
            Field::PersonEmail => &mut p.email,
            Field::OrgName => &mut o.name,
            Field::OrgId => &mut o.id_number,
            Field::OrgHead => &mut o.head,
            Field::OrgAddress => &mut o.address,
            Field::OrgPhone => &mut o.phone,
            Field::OrgEmail => &mut o.email,
        };
        *slot = value;
    }

    /// The value for a `prefill` key of an application form, if these details hold
    /// it (the application's own date and service are filled by the package).
    pub fn prefill(&self, key: PrefillKey) -> Option<&str> {
        let field = Field::for_prefill(key)?;
        Some(self.get(field)).filter(|v| !v.trim().is_empty())
    }

    /// The fields this applicant fills in.
    pub fn fields(&self) -> &'static [Field] {
        match self.kind {
            ApplicantKind::Person => &Field::PERSON,
            ApplicantKind::Organisation => &Field::ORGANISATION,
        }
    }

    /// Every problem, field by field; the name (and the organisation's number) must be
    /// given, the rest may be left empty but must be right when given.
    pub fn problems(&self, country: Country) -> Vec<(Field, FieldProblem)> {
        let mut out = Vec::new();
        for &f in self.fields() {
            let v = self.get(f).trim();
            if v.chars().count() > MAX_LEN {
                out.push((f, FieldProblem::TooLong { max: MAX_LEN }));
                continue;
            }
            if v.is_empty() {
                if matches!(f, Field::FullName | Field::OrgName) {
                    out.push((f, FieldProblem::Missing));
                }
                continue;
            }
            let problem = match f {
                Field::PersonId => match country {
                    Country::KZ => iin_problem(v),
                    Country::KG => kg_pin_problem(v),
                }
                .map(FieldProblem::Id),
                Field::OrgId => match country {
                    Country::KZ => bin_problem(v),
                    Country::KG => kg_inn_problem(v),
                }
                .map(FieldProblem::Id),
                Field::PersonEmail | Field::OrgEmail => {
                    (!looks_like_email(v)).then_some(FieldProblem::Email)
                }
                Field::PersonPhone | Field::OrgPhone => {
                    (!looks_like_phone(v)).then_some(FieldProblem::Phone)
                }
                Field::BirthDate => crate::engine::date::parse_date(v)
                    .err()
                    .map(|_| FieldProblem::Date),
                _ => None,
            };
            out.extend(problem.map(|p| (f, p)));
        }
        out
    }

    /// These details as a service takes them: a service only persons (or only
    /// organisations) may use makes that the kind, whatever was chosen before.
    pub fn for_service(&self, kinds: &[ApplicantKind]) -> Applicant {
        let mut a = self.clone();
        if let [only] = kinds {
            a.kind = *only;
        }
        a
    }

    /// The name to address and to sign with.
    pub fn display_name(&self) -> &str {
        match self.kind {
            ApplicantKind::Person => &self.person.full_name,
            ApplicantKind::Organisation => &self.organisation.name,
        }
    }
}

fn looks_like_email(v: &str) -> bool {
    let mut parts = v.split('@');
    matches!((parts.next(), parts.next(), parts.next()), (Some(a), Some(b), None)
        if !a.is_empty() && b.contains('.') && !b.starts_with('.') && !b.ends_with('.') && !v.contains(char::is_whitespace))
}

fn looks_like_phone(v: &str) -> bool {
    let digits = v.chars().filter(char::is_ascii_digit).count();
    (7..=15).contains(&digits) && v.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str, id: &str) -> Applicant {
        let mut a = Applicant::default();
        a.person.full_name = name.into();
        a.person.id_number = id.into();
        a
    }

    #[test]
    fn a_person_needs_a_name_and_a_valid_number_for_the_country() {
        assert_eq!(
            person("", "").problems(Country::KZ),
            vec![(Field::FullName, FieldProblem::Missing)]
        );
        assert_eq!(
            person("Айгүл", "900101300017").problems(Country::KZ),
            vec![]
        );
        assert_eq!(
            person("Айгүл", "900101300017").problems(Country::KG),
            vec![(
                Field::PersonId,
                FieldProblem::Id(IdProblem::Length { has: 12, len: 14 })
            )]
        );
        assert_eq!(
            person("Бакыт", "21503199000123").problems(Country::KG),
            vec![]
        );
    }

    #[test]
    fn contacts_are_checked_only_when_given() {
        let mut a = person("A", "");
        a.person.email = "a@b".into();
        a.person.phone = "+7 (701) 123-45-67".into();
        assert_eq!(
            a.problems(Country::KZ),
            vec![(Field::PersonEmail, FieldProblem::Email)]
        );
        a.person.email = "a@b.kz".into();
        a.person.phone = "call me".into();
        assert_eq!(
            a.problems(Country::KZ),
            vec![(Field::PersonPhone, FieldProblem::Phone)]
        );
    }

    #[test]
    fn prefill_keys_of_the_data_find_the_details() {
        let a = person("Asel", "900101300017");
        assert_eq!(a.prefill(PrefillKey::PersonFullName), Some("Asel"));
        assert_eq!(a.prefill(PrefillKey::PersonIin), Some("900101300017"));
        assert_eq!(a.prefill(PrefillKey::PersonPin), Some("900101300017"));
        assert_eq!(a.prefill(PrefillKey::PersonEmail), None);
        assert_eq!(a.prefill(PrefillKey::ApplicationDate), None);
        let mut org = a.clone();
        org.organisation.id_number = "01234567890123".into();
        // The form that asks for a Kyrgyz INN gets the organisation's number.
        assert_eq!(
            org.prefill(PrefillKey::OrganisationInn),
            Some("01234567890123")
        );
    }

    #[test]
    fn ten_thousand_characters_are_kept_and_more_are_refused() {
        let a = person(&"я".repeat(MAX_LEN), "");
        assert_eq!(a.problems(Country::KZ), vec![]);
        let a = person(&"я".repeat(MAX_LEN + 1), "");
        assert_eq!(
            a.problems(Country::KZ),
            vec![(Field::FullName, FieldProblem::TooLong { max: MAX_LEN })]
        );
    }

    #[test]
    fn a_service_for_organisations_asks_the_organisation() {
        let a = person("Asel", "");
        let org = a.for_service(&[ApplicantKind::Organisation]);
        assert_eq!(
            org.problems(Country::KG),
            vec![(Field::OrgName, FieldProblem::Missing)]
        );
        assert_eq!(
            a.for_service(&[ApplicantKind::Person, ApplicantKind::Organisation]),
            a
        );
        assert_eq!(a.for_service(&[]), a);
    }
}
