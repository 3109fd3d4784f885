//! The words of organisation dossiers: what blocks a submission, why an archive or a
//! workspace file is refused, and the command line's verdict on an exported dossier.

use super::{tf, Lang};
use crate::org::archive::ArchiveError;
use crate::org::review::Blocker;
use crate::org::workspace::{Record, WorkspaceError};
use crate::org::DocStatus;

words! {
    /// Organisation dossiers.
    O;
    RecordOrganisation {
        en: "organisation",
        ru: "организация",
        ky: "уюм",
        kk: "ұйым",
    }
    RecordPerson {
        en: "person",
        ru: "лицо",
        ky: "адам",
        kk: "тұлға",
    }
    RecordDossier {
        en: "dossier",
        ru: "досье",
        ky: "досье",
        kk: "досье",
    }
    CycleSubmission {
        en: "Submission: {service}",
        ru: "Подача: {service}",
        ky: "Тапшыруу: {service}",
        kk: "Тапсыру: {service}",
    }
    CycleDecision {
        en: "Decision expected by this day: {service}",
        ru: "Решение ожидается не позднее этого дня: {service}",
        ky: "Чечим ушул күнгө чейин күтүлөт: {service}",
        kk: "Шешім осы күнге дейін күтіледі: {service}",
    }
    CycleExpiry {
        en: "Last day valid: {doc}",
        ru: "Последний день действия: {doc}",
        ky: "Жарактуулуктун акыркы күнү: {doc}",
        kk: "Жарамдылықтың соңғы күні: {doc}",
    }
    StatusMissing {
        en: "missing",
        ru: "нет",
        ky: "жок",
        kk: "жоқ",
    }
    StatusInPreparation {
        en: "in preparation",
        ru: "готовится",
        ky: "даярдалууда",
        kk: "дайындалуда",
    }
    StatusReady {
        en: "ready",
        ru: "готов",
        ky: "даяр",
        kk: "дайын",
    }
    StatusNotApplicable {
        en: "not applicable: {reason}",
        ru: "не требуется: {reason}",
        ky: "талап кылынбайт: {reason}",
        kk: "талап етілмейді: {reason}",
    }
    BlockNotReady {
        en: "{doc}: {status}",
        ru: "{doc}: {status}",
        ky: "{doc}: {status}",
        kk: "{doc}: {status}",
    }
    BlockExpires {
        en: "{doc}: valid only until {date}, before the submission",
        ru: "{doc}: действителен только до {date}, раньше подачи",
        ky: "{doc}: {date} чейин гана жарактуу, тапшыруудан мурун",
        kk: "{doc}: {date} дейін ғана жарамды, тапсырудан бұрын",
    }
    BlockActDoesNotApply {
        en: "the act does not apply on {date}: see the plan",
        ru: "на {date} акт не применяется: см. план",
        ky: "{date} күнү акт колдонулбайт: планды караңыз",
        kk: "{date} күні акт қолданылмайды: жоспарды қараңыз",
    }
    Sound {
        en: "{file}: sound. {dossiers} dossier(s), {files} file(s), every hash checked.",
        ru: "{file}: в порядке. Досье: {dossiers}, файлов: {files}, все хэши проверены.",
        ky: "{file}: туура. Досье: {dossiers}, файлдар: {files}, бардык хэштер текшерилди.",
        kk: "{file}: дұрыс. Досье: {dossiers}, файлдар: {files}, барлық хэштер тексерілді.",
    }
    NotSound {
        en: "{file}: not sound.",
        ru: "{file}: не в порядке.",
        ky: "{file}: туура эмес.",
        kk: "{file}: дұрыс емес.",
    }
    DossierLine {
        en: "{id}: {service} — {situation}; submission {date}; {ready} of {total} documents ready or not needed",
        ru: "{id}: {service} — {situation}; подача {date}; готово или не требуется: {ready} из {total} документов",
        ky: "{id}: {service} — {situation}; тапшыруу {date}; даяр же талап кылынбайт: {total} документтин {ready}",
        kk: "{id}: {service} — {situation}; тапсыру {date}; дайын не талап етілмейді: {total} құжаттың {ready}",
    }
    CannotPlan {
        en: "{id}: no plan ({why})",
        ru: "{id}: план не составлен ({why})",
        ky: "{id}: план түзүлгөн жок ({why})",
        kk: "{id}: жоспар жасалмады ({why})",
    }
    ArchiveNotZip {
        en: "the ZIP archive does not read ({why})",
        ru: "ZIP-архив не читается ({why})",
        ky: "ZIP архив окулбайт ({why})",
        kk: "ZIP мұрағаты оқылмайды ({why})",
    }
    ArchiveTooLarge {
        en: "{size} bytes, over the limit of {limit}",
        ru: "{size} байт, больше предела {limit}",
        ky: "{size} байт, {limit} чегинен ашык",
        kk: "{size} байт, {limit} шегінен асады",
    }
    ArchiveNoManifest {
        en: "no manifest.json: not an exported Tartip dossier",
        ru: "нет manifest.json: это не выгруженное досье Tartip",
        ky: "manifest.json жок: бул Tartipтен чыгарылган досье эмес",
        kk: "manifest.json жоқ: бұл Tartip-тен шығарылған досье емес",
    }
    ArchiveFileMissing {
        en: "the file {name} ({sha}) is not in the archive",
        ru: "файла {name} ({sha}) нет в архиве",
        ky: "{name} ({sha}) файлы архивде жок",
        kk: "{name} ({sha}) файлы мұрағатта жоқ",
    }
    ArchiveFileAltered {
        en: "the file {name} does not match its SHA-256 {sha}: it was changed",
        ru: "файл {name} не совпадает со своим SHA-256 {sha}: он изменён",
        ky: "{name} файлы өзүнүн SHA-256 {sha} менен дал келбейт: ал өзгөртүлгөн",
        kk: "{name} файлы өзінің SHA-256 {sha} мәнімен сәйкес емес: ол өзгертілген",
    }
    WorkspaceForeign {
        en: "not a Tartip organisations file",
        ru: "это не файл организаций Tartip",
        ky: "бул Tartip уюмдар файлы эмес",
        kk: "бұл Tartip ұйымдар файлы емес",
    }
    WorkspaceNewer {
        en: "made by a newer Tartip (format {format}): update Tartip to read it",
        ru: "создан более новой версией Tartip (формат {format}): обновите Tartip",
        ky: "Tartipтин жаңыраак версиясында түзүлгөн (формат {format}): Tartipти жаңыртыңыз",
        kk: "Tartip-тің жаңарақ нұсқасында жасалған (формат {format}): Tartip-ті жаңартыңыз",
    }
    WorkspaceDamaged {
        en: "damaged, it does not read ({why})",
        ru: "повреждён и не читается ({why})",
        ky: "бузулган, окулбайт ({why})",
        kk: "бүлінген, оқылмайды ({why})",
    }
    WorkspaceDuplicate {
        en: "two records of kind {what} share the id {id}",
        ru: "две записи вида {what} с одним id {id}",
        ky: "{what} түрүндөгү эки жазуунун id бирдей: {id}",
        kk: "{what} түріндегі екі жазбаның id бірдей: {id}",
    }
    WorkspaceDangling {
        en: "{what} {id} refers to {missing}, which is not in the file",
        ru: "{what} {id} ссылается на {missing}, которого нет в файле",
        ky: "{what} {id} файлда жок {missing} жазуусуна шилтеме берет",
        kk: "{what} {id} файлда жоқ {missing} жазбасына сілтейді",
    }
    WorkspaceBadHash {
        en: "dossier {dossier}: the file {file} has no valid SHA-256",
        ru: "досье {dossier}: у файла {file} нет правильного SHA-256",
        ky: "{dossier} досьеси: {file} файлынын туура SHA-256 жок",
        kk: "{dossier} досьесі: {file} файлының дұрыс SHA-256 мәні жоқ",
    }
}

/// A document's status as a short label.
pub fn doc_status(s: &DocStatus, lang: Lang) -> String {
    match s {
        DocStatus::Missing => O::StatusMissing.get(lang).into(),
        DocStatus::InPreparation => O::StatusInPreparation.get(lang).into(),
        DocStatus::Ready => O::StatusReady.get(lang).into(),
        DocStatus::NotApplicable { reason } => {
            tf(lang, O::StatusNotApplicable, &[("reason", reason)])
        }
    }
}

/// What blocks a submission, with the document named by `title`.
pub fn blocker(b: &Blocker, lang: Lang, title: impl Fn(&str) -> String, on: &str) -> String {
    match b {
        Blocker::NotReady { document, status } => tf(
            lang,
            O::BlockNotReady,
            &[
                ("doc", &title(document)),
                ("status", &doc_status(status, lang)),
            ],
        ),
        Blocker::ExpiresBeforeSubmission { document, expires } => tf(
            lang,
            O::BlockExpires,
            &[
                ("doc", &title(document)),
                ("date", &crate::engine::date::dotted(*expires)),
            ],
        ),
        Blocker::ActDoesNotApply => tf(lang, O::BlockActDoesNotApply, &[("date", on)]),
    }
}

/// Why an exported dossier cannot be opened.
pub fn archive_error(e: &ArchiveError, lang: Lang) -> String {
    match e {
        ArchiveError::NotZip(why) => tf(lang, O::ArchiveNotZip, &[("why", why)]),
        ArchiveError::TooLarge { size, limit } => tf(
            lang,
            O::ArchiveTooLarge,
            &[("size", &size.to_string()), ("limit", &limit.to_string())],
        ),
        ArchiveError::NoManifest => O::ArchiveNoManifest.get(lang).into(),
        ArchiveError::Manifest(e) => workspace_error(e, lang),
        ArchiveError::FileMissing { name, sha256 } => tf(
            lang,
            O::ArchiveFileMissing,
            &[("name", name), ("sha", sha256)],
        ),
        ArchiveError::FileAltered { name, sha256 } => tf(
            lang,
            O::ArchiveFileAltered,
            &[("name", name), ("sha", sha256)],
        ),
    }
}

/// Why an organisations file cannot be read.
pub fn workspace_error(e: &WorkspaceError, lang: Lang) -> String {
    let record = |r: &Record| {
        match r {
            Record::Organisation => O::RecordOrganisation,
            Record::Person => O::RecordPerson,
            Record::Dossier => O::RecordDossier,
        }
        .get(lang)
    };
    match e {
        WorkspaceError::Foreign => O::WorkspaceForeign.get(lang).into(),
        WorkspaceError::Newer { format } => {
            tf(lang, O::WorkspaceNewer, &[("format", &format.to_string())])
        }
        WorkspaceError::Damaged(why) => tf(lang, O::WorkspaceDamaged, &[("why", why)]),
        WorkspaceError::DuplicateId { what, id } => tf(
            lang,
            O::WorkspaceDuplicate,
            &[("what", record(what)), ("id", id)],
        ),
        WorkspaceError::Dangling { what, id, missing } => tf(
            lang,
            O::WorkspaceDangling,
            &[("what", record(what)), ("id", id), ("missing", missing)],
        ),
        WorkspaceError::BadHash { dossier, file } => tf(
            lang,
            O::WorkspaceBadHash,
            &[("dossier", dossier), ("file", file)],
        ),
    }
}
