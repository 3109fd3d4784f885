//! The applicant details an application form's field may be filled from. One enum
//! for the data (an unknown key is a parse error naming the valid ones), the data
//! validator (a number of the other country's kind) and the package that fills
//! the form (an exhaustive match, so a new key cannot go unfilled).

use serde::{Deserialize, Serialize};

use super::calendar::Country;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PrefillKey {
    #[serde(rename = "person.full_name")]
    PersonFullName,
    /// Kazakhstan's individual identification number.
    #[serde(rename = "person.iin")]
    PersonIin,
    /// Kyrgyzstan's personal identification number.
    #[serde(rename = "person.pin")]
    PersonPin,
    #[serde(rename = "person.birth_date")]
    PersonBirthDate,
    #[serde(rename = "person.identity_document")]
    PersonIdentityDocument,
    #[serde(rename = "person.address")]
    PersonAddress,
    #[serde(rename = "person.phone")]
    PersonPhone,
    #[serde(rename = "person.email")]
    PersonEmail,
    #[serde(rename = "organisation.name")]
    OrganisationName,
    /// Kazakhstan's business identification number.
    #[serde(rename = "organisation.bin")]
    OrganisationBin,
    /// Kyrgyzstan's taxpayer identification number.
    #[serde(rename = "organisation.inn")]
    OrganisationInn,
    #[serde(rename = "organisation.head")]
    OrganisationHead,
    #[serde(rename = "organisation.address")]
    OrganisationAddress,
    #[serde(rename = "organisation.phone")]
    OrganisationPhone,
    #[serde(rename = "organisation.email")]
    OrganisationEmail,
    /// The submission date of the plan.
    #[serde(rename = "application.date")]
    ApplicationDate,
    /// The service's title in the act's language.
    #[serde(rename = "application.service")]
    ApplicationService,
}

impl PrefillKey {
    pub const ALL: [PrefillKey; 17] = [
        PrefillKey::PersonFullName,
        PrefillKey::PersonIin,
        PrefillKey::PersonPin,
        PrefillKey::PersonBirthDate,
        PrefillKey::PersonIdentityDocument,
        PrefillKey::PersonAddress,
        PrefillKey::PersonPhone,
        PrefillKey::PersonEmail,
        PrefillKey::OrganisationName,
        PrefillKey::OrganisationBin,
        PrefillKey::OrganisationInn,
        PrefillKey::OrganisationHead,
        PrefillKey::OrganisationAddress,
        PrefillKey::OrganisationPhone,
        PrefillKey::OrganisationEmail,
        PrefillKey::ApplicationDate,
        PrefillKey::ApplicationService,
    ];

    /// The key as the data writes it.
    pub fn key(self) -> &'static str {
        match self {
            PrefillKey::PersonFullName => "person.full_name",
            PrefillKey::PersonIin => "person.iin",
            PrefillKey::PersonPin => "person.pin",
            PrefillKey::PersonBirthDate => "person.birth_date",
            PrefillKey::PersonIdentityDocument => "person.identity_document",
            PrefillKey::PersonAddress => "person.address",
            PrefillKey::PersonPhone => "person.phone",
            PrefillKey::PersonEmail => "person.email",
            PrefillKey::OrganisationName => "organisation.name",
            PrefillKey::OrganisationBin => "organisation.bin",
            PrefillKey::OrganisationInn => "organisation.inn",
            PrefillKey::OrganisationHead => "organisation.head",
            PrefillKey::OrganisationAddress => "organisation.address",
            PrefillKey::OrganisationPhone => "organisation.phone",
            PrefillKey::OrganisationEmail => "organisation.email",
            PrefillKey::ApplicationDate => "application.date",
            PrefillKey::ApplicationService => "application.service",
        }
    }

    /// The one country whose numbers this key names, for the national numbers.
    pub fn country(self) -> Option<Country> {
        match self {
            PrefillKey::PersonIin | PrefillKey::OrganisationBin => Some(Country::KZ),
            PrefillKey::PersonPin | PrefillKey::OrganisationInn => Some(Country::KG),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_key_reads_back_as_itself_and_an_unknown_key_is_refused() {
        for k in PrefillKey::ALL {
            let json = format!("\"{}\"", k.key());
            assert_eq!(serde_json::from_str::<PrefillKey>(&json).unwrap(), k);
            assert_eq!(serde_json::to_string(&k).unwrap(), json);
        }
        let err = serde_json::from_str::<PrefillKey>("\"person.id_number\"").unwrap_err();
        assert!(err.to_string().contains("organisation.inn"), "{err}");
    }

    #[test]
    fn national_numbers_belong_to_their_country() {
        assert_eq!(PrefillKey::OrganisationInn.country(), Some(Country::KG));
        assert_eq!(PrefillKey::PersonIin.country(), Some(Country::KZ));
        assert_eq!(PrefillKey::PersonEmail.country(), None);
    }
}
