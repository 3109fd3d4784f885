//! The sentences the engine composes itself (warnings, notes, labels), in all four
//! languages. Each message is a template per language with `{name}` placeholders; an
//! argument is either plain (a date, a number) or multilingual (a document title).
//!
//! The macro makes a message without all four languages a compile error.

use super::text::{Lang, Text};

/// A value put into a message.
#[derive(Clone, Debug)]
pub enum Arg {
    Plain(String),
    Text(Text),
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Plain(s)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Plain(s.to_string())
    }
}

impl From<Text> for Arg {
    fn from(t: Text) -> Self {
        Arg::Text(t)
    }
}

impl From<&Text> for Arg {
    fn from(t: &Text) -> Self {
        Arg::Text(t.clone())
    }
}

macro_rules! messages {
    ($($key:ident { en: $en:expr, ru: $ru:expr, ky: $ky:expr, kk: $kk:expr $(,)? })*) => {
        /// Every sentence the engine writes.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum M { $($key),* }

        impl M {
            pub const ALL: &'static [M] = &[$(M::$key),*];

            pub fn template(self, lang: Lang) -> &'static str {
                match self {
                    $(M::$key => match lang {
                        Lang::En => $en,
                        Lang::Ru => $ru,
                        Lang::Ky => $ky,
                        Lang::Kk => $kk,
                    }),*
                }
            }
        }
    };
}

messages! {
    Contradiction {
        en: "The regulation contradicts itself: {what} ({source})",
        ru: "Регламент противоречит сам себе: {what} ({source})",
        ky: "Регламент өзүнө өзү карама-каршы келет: {what} ({source})",
        kk: "Регламент өзіне-өзі қайшы келеді: {what} ({source})",
    }
    ActStatusUnknown {
        en: "Tartip could not establish whether this act is in force.",
        ru: "Tartip не смог установить, действует ли этот акт.",
        ky: "Tartip бул актынын күчүндө экенин аныктай алган жок.",
        kk: "Tartip бұл актінің күшінде екенін анықтай алмады.",
    }
    ActNotYetInForce {
        en: "The act was not in force on {date}: it entered into force on {from}. The figures below are historical.",
        ru: "На {date} акт ещё не действовал: он вступил в силу {from}. Приведённые данные — исторические.",
        ky: "{date} күнү акт күчүндө эмес болчу: ал {from} күнү күчүнө кирген. Төмөнкү маалыматтар тарыхый.",
        kk: "{date} күні акт әлі күшінде емес еді: ол {from} күні күшіне енді. Төмендегі деректер тарихи.",
    }
    ActRepealed {
        en: "The act was not in force on {date}: it ceased to be in force on {to}{by}. The figures below are historical.",
        ru: "На {date} акт не действовал: он утратил силу {to}{by}. Приведённые данные — исторические.",
        ky: "{date} күнү акт күчүндө эмес болчу: ал {to} күнү күчүн жоготкон{by}. Төмөнкү маалыматтар тарыхый.",
        kk: "{date} күні акт күшінде емес еді: ол {to} күні күшін жойды{by}. Төмендегі деректер тарихи.",
    }
    ActRepealedUndated {
        en: "The act has been repealed{by}; the text does not give the date it ceased to be in force. The figures below may be historical.",
        ru: "Акт утратил силу{by}; дата утраты силы в тексте не указана. Приведённые данные могут быть историческими.",
        ky: "Акт күчүн жоготкон{by}; күчүн жоготкон күнү текстте көрсөтүлгөн эмес. Төмөнкү маалыматтар тарыхый болушу мүмкүн.",
        kk: "Акт күшін жойған{by}; күшін жойған күні мәтінде көрсетілмеген. Төмендегі деректер тарихи болуы мүмкін.",
    }
    ApproximateDate {
        en: "{date} or later (the text gives only the earliest possible date)",
        ru: "не ранее {date} (в тексте есть только самая ранняя возможная дата)",
        ky: "{date} же андан кийин (текстте эң эрте мүмкүн болгон күн гана бар)",
        kk: "{date} немесе одан кейін (мәтінде тек ең ерте мүмкін күн бар)",
    }
    NoStepsNoTerm {
        en: "The regulation gives no steps or terms for this service: no date follows from it.",
        ru: "Регламент не содержит ни этапов, ни сроков этой услуги: дату из него вывести нельзя.",
        ky: "Регламентте бул кызматтын кадамдары да, мөөнөттөрү да жок: андан күндү чыгарууга болбойт.",
        kk: "Регламентте бұл қызметтің қадамдары да, мерзімдері де жоқ: одан күнді шығаруға болмайды.",
    }
    RepealedBy {
        en: " ({act})",
        ru: " ({act})",
        ky: " ({act})",
        kk: " ({act})",
    }
    UnusedAnswer {
        en: "The answer {id}={value} does not change anything in this situation.",
        ru: "Ответ {id}={value} ничего не меняет в этой ситуации.",
        ky: "{id}={value} жообу бул кырдаалда эч нерсени өзгөртпөйт.",
        kk: "{id}={value} жауабы бұл жағдайда ештеңені өзгертпейді.",
    }
    DocumentTooOld {
        en: "{doc} dated {issued} is too old: on {submitted} it must be issued on or after {limit} ({age}, {source}).",
        ru: "{doc} от {issued} устарел(а): на {submitted} дата выдачи должна быть не ранее {limit} ({age}, {source}).",
        ky: "{issued} күнкү {doc} эскирген: {submitted} күнү ал {limit} же андан кийин берилген болушу керек ({age}, {source}).",
        kk: "{issued} күнгі {doc} ескірген: {submitted} күні ол {limit} немесе одан кейін берілген болуы керек ({age}, {source}).",
    }
    DocumentDatedAfter {
        en: "{doc} is dated {issued}, after the submission date {submitted}.",
        ru: "{doc} датирован(а) {issued} — позже даты подачи {submitted}.",
        ky: "{doc} {issued} күнү берилген — бул арыз берилген {submitted} күнүнөн кеч.",
        kk: "{doc} {issued} күні берілген — бұл өтініш берілген {submitted} күнінен кеш.",
    }
    FeeFree {
        en: "Free of charge.",
        ru: "Бесплатно.",
        ky: "Акысыз.",
        kk: "Тегін.",
    }
    FeeFixed {
        en: "{amount} {currency}, fixed by the regulation.",
        ru: "{amount} {currency}, установлено регламентом.",
        ky: "{amount} {currency}, регламент менен белгиленген.",
        kk: "{amount} {currency}, регламентпен белгіленген.",
    }
    FeeIndex {
        en: "{multiple} × {index} ({value} {currency} on {date}, {law}) = {amount} {currency}.",
        ru: "{multiple} × {index} ({value} {currency} на {date}, {law}) = {amount} {currency}.",
        ky: "{multiple} × {index} ({date} күнү {value} {currency}, {law}) = {amount} {currency}.",
        kk: "{multiple} × {index} ({date} күні {value} {currency}, {law}) = {amount} {currency}.",
    }
    FeeIndexMissing {
        en: "{multiple} × {index}; Tartip holds no value of this index for {date}.",
        ru: "{multiple} × {index}; у Tartip нет значения этого показателя на {date}.",
        ky: "{multiple} × {index}; Tartipте бул көрсөткүчтүн {date} күнкү мааниси жок.",
        kk: "{multiple} × {index}; Tartip-те бұл көрсеткіштің {date} күнгі мәні жоқ.",
    }
    FeeNotStated {
        en: "The regulation does not say whether this is paid or how much.",
        ru: "Регламент не говорит, платно ли это и сколько стоит.",
        ky: "Регламентте бул акы төлөнөбү жана канча экени айтылган эмес.",
        kk: "Регламентте бұл ақылы ма және қанша тұратыны айтылмаған.",
    }
    NoTermForStep {
        en: "Not determinable from the regulation: it gives no term for “{step}” ({source}).",
        ru: "По регламенту определить нельзя: срок для «{step}» не указан ({source}).",
        ky: "Регламент боюнча аныктоо мүмкүн эмес: «{step}» үчүн мөөнөт көрсөтүлгөн эмес ({source}).",
        kk: "Регламент бойынша анықтау мүмкін емес: «{step}» үшін мерзім көрсетілмеген ({source}).",
    }
    LowerBoundOnly {
        en: "The regulation sets only a lower bound.",
        ru: "Регламент устанавливает только нижнюю границу.",
        ky: "Регламент төмөнкү чекти гана белгилейт.",
        kk: "Регламент тек төменгі шекті белгілейді.",
    }
    NoOverallTerm {
        en: "The regulation states no overall term; {date} is where its step terms end.",
        ru: "Общий срок в регламенте не указан; сроки шагов заканчиваются {date}.",
        ky: "Регламентте жалпы мөөнөт көрсөтүлгөн эмес; кадамдардын мөөнөттөрү {date} күнү аяктайт.",
        kk: "Регламентте жалпы мерзім көрсетілмеген; қадамдардың мерзімдері {date} күні аяқталады.",
    }
    OverallTerm {
        en: "Overall term: {term} ({source}). Counted from submission on {from}, it ends on {to}.",
        ru: "Общий срок: {term} ({source}). Считая от подачи {from}, он истекает {to}.",
        ky: "Жалпы мөөнөт: {term} ({source}). {from} күнү берилген арыздан эсептегенде, ал {to} күнү аяктайт.",
        kk: "Жалпы мерзім: {term} ({source}). {from} күні берілген өтініштен есептегенде, ол {to} күні аяқталады.",
    }
    StepsExceedOverall {
        en: "The step terms add up to {steps}, later than the overall term's {cap} ({source}).",
        ru: "Сроки шагов в сумме дают {steps} — позже общего срока {cap} ({source}).",
        ky: "Кадамдардын мөөнөттөрү кошулганда {steps} болот — бул жалпы мөөнөттүн {cap} күнүнөн кеч ({source}).",
        kk: "Қадамдардың мерзімдері қосылғанда {steps} болады — бұл жалпы мерзімнің {cap} күнінен кеш ({source}).",
    }
    StepOverProcedure {
        en: "Step {step}: its upper bound of {n} is longer than its procedure's own limit of {limit} ({source}).",
        ru: "Шаг {step}: его предельный срок {n} больше предела самой процедуры — {limit} ({source}).",
        ky: "{step}-кадам: анын жогорку чеги {n} — жол-жобонун өз чегинен ({limit}) узун ({source}).",
        kk: "{step}-қадам: оның жоғарғы шегі {n} — рәсімнің өз шегінен ({limit}) ұзақ ({source}).",
    }
    ProcedureOverCap {
        en: "Procedure {id} ({title}): its steps take {sum}, more than the procedure's own limit of {limit} ({source}).",
        ru: "Процедура {id} ({title}): её шаги занимают {sum} — больше предела самой процедуры, {limit} ({source}).",
        ky: "{id}-жол-жобо ({title}): анын кадамдары {sum} алат — бул жол-жобонун өз чегинен ({limit}) көп ({source}).",
        kk: "{id}-рәсім ({title}): оның қадамдары {sum} алады — бұл рәсімнің өз шегінен ({limit}) көп ({source}).",
    }
    ProvisionalYear {
        en: "The {country} production calendar for {year} is provisional: the government's transfers of days off for that year are not all known yet. {note}",
        ru: "Производственный календарь {country} на {year} год предварительный: не все решения правительства о переносе выходных на этот год известны. {note}",
        ky: "{country} өндүрүштүк календары {year}-жылга болжолдуу: бул жылга дем алыш күндөрүн которуу боюнча өкмөттүн бардык чечимдери азырынча белгисиз. {note}",
        kk: "{country} өндірістік күнтізбесі {year} жылға алдын ала: осы жылға демалыс күндерін ауыстыру туралы үкіметтің барлық шешімдері әлі белгісіз. {note}",
    }
    ScheduleFromCompletion {
        en: "Counted from the latest completion date of the service.",
        ru: "Считается от последней даты завершения услуги.",
        ky: "Кызматтын аякташынын акыркы күнүнөн эсептелет.",
        kk: "Қызметтің аяқталуының соңғы күнінен есептеледі.",
    }
    ScheduleFromDate {
        en: "Counted from {date} ({question}).",
        ru: "Считается от {date} ({question}).",
        ky: "{date} күнүнөн эсептелет ({question}).",
        kk: "{date} күнінен есептеледі ({question}).",
    }
    ScheduleNeedsDate {
        en: "Give the date asked by “{question}” to see these dates.",
        ru: "Укажите дату («{question}»), чтобы увидеть эти даты.",
        ky: "Бул күндөрдү көрүү үчүн «{question}» суроосуна күндү жазыңыз.",
        kk: "Бұл күндерді көру үшін «{question}» сұрағына күнді көрсетіңіз.",
    }
    OfficeHoursRule {
        en: "Terms in hours and minutes run within the office hours {open}–{close}.",
        ru: "Сроки в часах и минутах идут в часы работы {open}–{close}.",
        ky: "Саат жана мүнөт менен эсептелген мөөнөттөр {open}–{close} иш убактысында өтөт.",
        kk: "Сағат пен минутпен есептелетін мерзімдер {open}–{close} жұмыс уақытында өтеді.",
    }
    OfficeHoursWithBreak {
        en: "Terms in hours and minutes run within the office hours {open}–{close}, with a break {breaks}.",
        ru: "Сроки в часах и минутах идут в часы работы {open}–{close}, перерыв {breaks}.",
        ky: "Саат жана мүнөт менен эсептелген мөөнөттөр {open}–{close} иш убактысында өтөт, тыныгуу {breaks}.",
        kk: "Сағат пен минутпен есептелетін мерзімдер {open}–{close} жұмыс уақытында өтеді, үзіліс {breaks}.",
    }
    ShortenedEve {
        en: "On the eve of a holiday the working day is {hours} h shorter, as the labour law sets it.",
        ru: "Накануне праздника рабочий день короче на {hours} ч, как установлено трудовым законодательством.",
        ky: "Майрамдын алдындагы жумуш күнү эмгек мыйзамы боюнча {hours} саатка кыска.",
        kk: "Мерекенің алдындағы жұмыс күні еңбек заңнамасы бойынша {hours} сағатқа қысқа.",
    }
    StepOwnRule {
        en: "Step {step} is counted as its regulation says: {quote}",
        ru: "Шаг {step} считается так, как сказано в регламенте: {quote}",
        ky: "{step}-кадам регламентте айтылгандай эсептелет: {quote}",
        kk: "{step}-қадам регламентте айтылғандай есептеледі: {quote}",
    }
    OutOfCalendar {
        en: "Not determinable: {date} is outside the {country} production calendar Tartip holds ({from}–{to}).",
        ru: "Определить нельзя: {date} выходит за пределы производственного календаря {country}, который есть в Tartip ({from}–{to}).",
        ky: "Аныктоо мүмкүн эмес: {date} Tartipтеги {country} өндүрүштүк календарынан ({from}–{to}) тышкары.",
        kk: "Анықтау мүмкін емес: {date} Tartip-тегі {country} өндірістік күнтізбесінен ({from}–{to}) тыс.",
    }
    Weekend {
        en: "weekend",
        ru: "выходной",
        ky: "дем алыш күнү",
        kk: "демалыс күні",
    }
    CarriedOver {
        en: "day off carried over from {holiday} ({date})",
        ru: "выходной, перенесённый с праздника «{holiday}» ({date})",
        ky: "«{holiday}» ({date}) майрамынан которулган дем алыш күнү",
        kk: "«{holiday}» ({date}) мерекесінен ауыстырылған демалыс күні",
    }
    TransferredDayOff {
        en: "day off by government transfer{decree}",
        ru: "выходной по переносу, решение правительства{decree}",
        ky: "өкмөттүн чечими менен которулган дем алыш күнү{decree}",
        kk: "үкімет шешімімен ауыстырылған демалыс күні{decree}",
    }
    TransferredWorkingDay {
        en: "working day by government transfer{decree}",
        ru: "рабочий день по переносу, решение правительства{decree}",
        ky: "өкмөттүн чечими менен жумуш күнү{decree}",
        kk: "үкімет шешімімен жұмыс күні{decree}",
    }
    WorkingHoliday {
        en: "{name} (a holiday, but a working day)",
        ru: "{name} (праздник, но рабочий день)",
        ky: "{name} (майрам, бирок жумуш күнү)",
        kk: "{name} (мереке, бірақ жұмыс күні)",
    }
    TermWithin {
        en: "within {n} {unit}",
        ru: "не позднее чем через {n} {unit}",
        ky: "{n} {unit} ичинде",
        kk: "{n} {unit} ішінде",
    }
    TermNotEarlier {
        en: "not earlier than {n} {unit}",
        ru: "не ранее чем через {n} {unit}",
        ky: "{n} {unit} өткөндөн кийин",
        kk: "{n} {unit} өткеннен кейін",
    }
    TermRange {
        en: "{min} to {max}",
        ru: "через {min} – {max}",
        ky: "{min} – {max} ичинде",
        kk: "{min} – {max} ішінде",
    }
    TermDuration {
        en: "{n} {unit}",
        ru: "за {n} {unit}",
        ky: "{n} {unit}",
        kk: "{n} {unit}",
    }
    CompletionEvent {
        en: "expected completion",
        ru: "ожидаемое завершение",
        ky: "күтүлгөн аяктоо",
        kk: "күтілетін аяқталу",
    }
    ApplicationTitle {
        en: "Application",
        ru: "Заявление",
        ky: "Арыз",
        kk: "Өтініш",
    }
    ApplicationTo {
        en: "To: {provider}",
        ru: "Кому: {provider}",
        ky: "Кимге: {provider}",
        kk: "Кімге: {provider}",
    }
    ApplicationFrom {
        en: "From:",
        ru: "От:",
        ky: "Кимден:",
        kk: "Кімнен:",
    }
    ApplicationRequest {
        en: "I ask you to provide the state service «{service}» ({situation}) under {act}.",
        ru: "Прошу оказать государственную услугу «{service}» ({situation}) в соответствии с актом: {act}.",
        ky: "«{service}» ({situation}) мамлекеттик кызматын {act} ылайык көрсөтүүңүздү суранам.",
        kk: "«{service}» ({situation}) мемлекеттік көрсетілетін қызметін {act} сәйкес көрсетуіңізді сұраймын.",
    }
    StandardApplicationNote {
        en: "The regulation does not contain an application form: this is a standard application naming the service and the regulation. Ask the provider whether its own form is required.",
        ru: "Регламент не содержит формы заявления: это типовое заявление с указанием услуги и регламента. Уточните у услугодателя, нужна ли его собственная форма.",
        ky: "Регламентте арыздын формасы жок: бул кызматты жана регламентти көрсөткөн типтүү арыз. Кызмат көрсөтүүчүдөн өз формасы керекпи, сураңыз.",
        kk: "Регламентте өтініш нысаны жоқ: бұл қызмет пен регламентті көрсететін үлгілік өтініш. Көрсетілетін қызметті берушіден өз нысаны қажет пе, сұраңыз.",
    }
    AttachedDocuments {
        en: "Documents attached:",
        ru: "Прилагаемые документы:",
        ky: "Тиркелген документтер:",
        kk: "Қоса берілетін құжаттар:",
    }
    DateLine {
        en: "Date: {date}",
        ru: "Дата: {date}",
        ky: "Күнү: {date}",
        kk: "Күні: {date}",
    }
    SignatureLine {
        en: "Signature: ____________",
        ru: "Подпись: ____________",
        ky: "Колу: ____________",
        kk: "Қолы: ____________",
    }
    ChecklistTitle {
        en: "Checklist of documents",
        ru: "Перечень документов",
        ky: "Документтердин тизмеси",
        kk: "Құжаттар тізімі",
    }
    TimelineTitle {
        en: "Steps and due dates",
        ru: "Этапы и сроки",
        ky: "Кадамдар жана мөөнөттөр",
        kk: "Қадамдар және мерзімдер",
    }
    DueBy {
        en: "due {date}",
        ru: "до {date}",
        ky: "{date} чейин",
        kk: "{date} дейін",
    }
    NoDueDate {
        en: "date not determinable from the regulation",
        ru: "дату нельзя определить по регламенту",
        ky: "күнүн регламент боюнча аныктоого болбойт",
        kk: "күнін регламент бойынша анықтау мүмкін емес",
    }
    IfApplies {
        en: "if it applies to you",
        ru: "если относится к вам",
        ky: "эгер сизге тиешелүү болсо",
        kk: "егер сізге қатысты болса",
    }
    DocOriginal {
        en: "original",
        ru: "оригинал",
        ky: "түп нуска",
        kk: "түпнұсқа",
    }
    DocCopy {
        en: "copy",
        ru: "копия",
        ky: "көчүрмө",
        kk: "көшірме",
    }
    DocPresented {
        en: "show the original",
        ru: "предъявить оригинал",
        ky: "түп нусканы көрсөтүү",
        kk: "түпнұсқаны көрсету",
    }
    DocRecord {
        en: "checked in the e-database",
        ru: "проверяется по базе данных",
        ky: "маалымат базасынан текшерилет",
        kk: "дерекқор бойынша тексеріледі",
    }
    DocNotStated {
        en: "original or copy: not stated",
        ru: "оригинал или копия: не указано",
        ky: "түп нуска же көчүрмө: көрсөтүлгөн эмес",
        kk: "түпнұсқа ма, көшірме ме: көрсетілмеген",
    }
    IssuedNotBefore {
        en: "issued on or after {date}",
        ru: "выдан не ранее {date}",
        ky: "{date} же андан кийин берилген",
        kk: "{date} немесе одан кейін берілген",
    }
    TermNone {
        en: "no term stated",
        ru: "срок не указан",
        ky: "мөөнөт көрсөтүлгөн эмес",
        kk: "мерзім көрсетілмеген",
    }
}

/// Fills `m`'s template in every language.
pub fn render(m: M, args: &[(&str, Arg)]) -> Text {
    let fill = |lang: Lang| {
        let mut s = m.template(lang).to_string();
        for (name, arg) in args {
            let value = match arg {
                Arg::Plain(p) => p.as_str(),
                Arg::Text(t) => t.get(lang),
            };
            s = s.replace(&format!("{{{name}}}"), value);
        }
        s
    };
    Text {
        ky: Some(fill(Lang::Ky)),
        kk: Some(fill(Lang::Kk)),
        ru: Some(fill(Lang::Ru)),
        en: Some(fill(Lang::En)),
    }
}

/// A message with no arguments.
pub fn text(m: M) -> Text {
    render(m, &[])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_exists_in_every_language_with_the_same_placeholders() {
        let holes = |s: &str| -> Vec<String> {
            let mut v: Vec<String> = s
                .split('{')
                .skip(1)
                .filter_map(|p| p.split_once('}').map(|(n, _)| n.to_string()))
                .collect();
            v.sort();
            v
        };
        for m in M::ALL {
            let en = m.template(Lang::En);
            for lang in Lang::ALL {
                let t = m.template(lang);
                assert!(!t.trim().is_empty(), "{m:?} is empty in {lang}");
                assert_eq!(
                    holes(t),
                    holes(en),
                    "{m:?} in {lang} has other placeholders"
                );
            }
        }
    }

    #[test]
    fn arguments_fill_each_language() {
        let name = Text {
            ky: Some("Нооруз".into()),
            ru: Some("Нооруз".into()),
            en: Some("Nooruz".into()),
            kk: None,
        };
        let t = render(
            M::CarriedOver,
            &[("holiday", name.into()), ("date", "21.03.2025".into())],
        );
        assert_eq!(
            t.en.as_deref(),
            Some("day off carried over from Nooruz (21.03.2025)")
        );
        assert_eq!(
            t.ky.as_deref(),
            Some("«Нооруз» (21.03.2025) майрамынан которулган дем алыш күнү")
        );
    }
}
