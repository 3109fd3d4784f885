//! What is wrong with what the applicant typed or imported, in their language: a
//! field of the details form, an identity number, a dossier file.

use super::{tf, Lang, S};
use crate::engine::date::DateError;
use crate::package::applicant::FieldProblem;
use crate::package::dossier::ImportError;
use crate::package::ids::IdProblem;

pub fn id_problem(p: &IdProblem, lang: Lang) -> String {
    match p {
        IdProblem::NotDigits { len } => tf(lang, S::IdNotDigits, &[("len", &len.to_string())]),
        IdProblem::Length { has, len } => tf(
            lang,
            S::IdLength,
            &[("has", &has.to_string()), ("len", &len.to_string())],
        ),
        IdProblem::SeventhDigit => S::IdSeventhDigit.get(lang).into(),
        IdProblem::BirthDate => S::IdBirthDate.get(lang).into(),
        IdProblem::FirstDigit => S::IdFirstDigit.get(lang).into(),
        IdProblem::CheckDigit { expected } => tf(
            lang,
            S::IdCheckDigit,
            &[("expected", &expected.to_string())],
        ),
        IdProblem::Impossible => S::IdImpossible.get(lang).into(),
    }
}

pub fn field_problem(p: &FieldProblem, lang: Lang) -> String {
    match p {
        FieldProblem::Missing => S::ProblemMissing.get(lang).into(),
        FieldProblem::Id(e) => id_problem(e, lang),
        FieldProblem::Email => S::ProblemEmail.get(lang).into(),
        FieldProblem::Phone => S::ProblemPhone.get(lang).into(),
        FieldProblem::Date => S::ProblemDate.get(lang).into(),
        FieldProblem::TooLong { max } => tf(lang, S::ProblemTooLong, &[("max", &max.to_string())]),
    }
}

pub fn date_error(e: &DateError, lang: Lang) -> String {
    match e {
        DateError::Shape(value) => tf(lang, S::ErrDateShape, &[("value", value)]),
        DateError::NotReal(value) => tf(lang, S::ErrDateNotReal, &[("value", value)]),
    }
}

impl std::fmt::Display for DateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&date_error(self, Lang::En))
    }
}

pub fn import_error(e: &ImportError, lang: Lang) -> String {
    match e {
        ImportError::NotADossier => S::ImportNotDossier.get(lang).into(),
        ImportError::Newer { format } => {
            tf(lang, S::ImportNewer, &[("format", &format.to_string())])
        }
        ImportError::Damaged(error) => tf(lang, S::ImportDamaged, &[("error", error)]),
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&import_error(self, Lang::En))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::package::ids::iin_problem;

    #[test]
    fn a_wrong_check_digit_names_the_right_one() {
        assert_eq!(
            id_problem(&iin_problem("900101300018").unwrap(), Lang::Ru),
            "Последняя цифра должна быть 7: проверьте номер."
        );
        assert_eq!(
            field_problem(
                &FieldProblem::Id(IdProblem::Length { has: 11, len: 12 }),
                Lang::En
            ),
            "11 digits; it must have 12."
        );
    }

    #[test]
    fn a_newer_dossier_names_its_format() {
        let e = ImportError::Newer { format: 7 };
        assert!(import_error(&e, Lang::En).contains("format 7"));
        assert!(e.to_string().contains("format 7"));
    }
}
