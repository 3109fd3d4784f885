//! The help desk's words: the answer card (screen, pasted text, `tartip answer`) and the
//! desk's own controls.

use super::Lang;

words! {
    /// Words of the help desk and its answer card.
    D;
    DeskTitle {
        en: "Help desk",
        ru: "Справочная",
        ky: "Маалымат кызматы",
        kk: "Анықтама қызметі",
    }
    SubmittedToday {
        en: "Submitted today, {date}.",
        ru: "Подано сегодня, {date}.",
        ky: "Бүгүн тапшырылды, {date}.",
        kk: "Бүгін тапсырылды, {date}.",
    }
    SubmittedOn {
        en: "Submitted on {date}.",
        ru: "Подано {date}.",
        ky: "Тапшырылган күнү: {date}.",
        kk: "Тапсырылған күні: {date}.",
    }
    ResultDueBy {
        en: "The result is due by {date}.",
        ru: "Результат — не позднее {date}.",
        ky: "Жыйынтык {date} чейин болушу керек.",
        kk: "Нәтиже {date} дейін болуы тиіс.",
    }
    ResultEarliest {
        en: "At the earliest {date}.",
        ru: "Не ранее {date}.",
        ky: "Эң эрте {date}.",
        kk: "Ең ерте {date}.",
    }
    ResultNotBefore {
        en: "The result comes not before {date}; no later date can be given.",
        ru: "Результат — не ранее {date}; более поздний срок указать нельзя.",
        ky: "Жыйынтык {date} мурун болбойт; акыркы мөөнөттү көрсөтүү мүмкүн эмес.",
        kk: "Нәтиже {date} бұрын болмайды; соңғы мерзімді көрсету мүмкін емес.",
    }
    ResultNoDate {
        en: "No date for the result can be given.",
        ru: "Срок результата указать нельзя.",
        ky: "Жыйынтыктын мөөнөтүн көрсөтүү мүмкүн эмес.",
        kk: "Нәтиженің мерзімін көрсету мүмкін емес.",
    }
    NotCounted {
        en: "Not counted: {day}",
        ru: "Не считается: {day}",
        ky: "Эсептелбейт: {day}",
        kk: "Есептелмейді: {day}",
    }
    CountedAsWorking {
        en: "Counted as a working day: {day}",
        ru: "Считается рабочим днём: {day}",
        ky: "Иш күнү катары эсептелет: {day}",
        kk: "Жұмыс күні ретінде есептеледі: {day}",
    }
    WeekendsNotCounted {
        en: "Weekend days not counted: {n}",
        ru: "Выходных дней не считается: {n}",
        ky: "Эсептелбеген дем алыш күндөр: {n}",
        kk: "Есептелмеген демалыс күндері: {n}",
    }
    PartWhen {
        en: "When",
        ru: "Сроки",
        ky: "Мөөнөттөр",
        kk: "Мерзімдер",
    }
    PartAct {
        en: "The act",
        ru: "Акт",
        ky: "Акт",
        kk: "Акт",
    }
    PartAnswers {
        en: "The caller's situation",
        ru: "Ситуация заявителя",
        ky: "Арыз берүүчүнүн абалы",
        kk: "Өтініш берушінің жағдайы",
    }
    PartWhere {
        en: "Where to apply",
        ru: "Куда обращаться",
        ky: "Кайда кайрылуу керек",
        kk: "Қайда жүгіну керек",
    }
    Answered {
        en: "{question}: {answer}",
        ru: "{question}: {answer}",
        ky: "{question}: {answer}",
        kk: "{question}: {answer}",
    }
    Phone {
        en: "tel. {phone}",
        ru: "тел. {phone}",
        ky: "тел. {phone}",
        kk: "тел. {phone}",
    }
    Refused {
        en: "Refused on the answers given: {ground}",
        ru: "По данным ответам будет отказ: {ground}",
        ky: "Берилген жооптор боюнча баш тартылат: {ground}",
        kk: "Берілген жауаптар бойынша бас тартылады: {ground}",
    }
    StepLine {
        en: "{n}. {title} — {term}, {when}",
        ru: "{n}. {title} — {term}, {when}",
        ky: "{n}. {title} — {term}, {when}",
        kk: "{n}. {title} — {term}, {when}",
    }
    LastDayInForce {
        en: "Tartip can show what the act required on {date}, its nearest day in force.",
        ru: "Tartip может показать, что акт требовал {date}, в ближайший день его действия.",
        ky: "Tartip актынын эң жакын күчүндөгү күнү, {date}, эмнени талап кылганын көрсөтө алат.",
        kk: "Tartip актінің ең жақын күшіндегі күні, {date}, нені талап еткенін көрсете алады.",
    }
    DeskIntro {
        en: "Type a few letters of the caller's situation in any language, Latin or Cyrillic; arrows choose, Enter opens the answer.",
        ru: "Наберите несколько букв ситуации звонящего на любом языке, латиницей или кириллицей; стрелки выбирают, Enter открывает ответ.",
        ky: "Чалган адамдын абалын каалаган тилде, латын же кирилл тамгалары менен бир нече тамга менен жазыңыз; жебелер тандайт, Enter жоопту ачат.",
        kk: "Қоңырау шалушының жағдайын кез келген тілде, латын не кирилл әрпімен бірнеше әріппен теріңіз; бағыттауыштар таңдайды, Enter жауапты ашады.",
    }
    SearchLabel {
        en: "Caller's situation",
        ru: "Ситуация звонящего",
        ky: "Чалган адамдын абалы",
        kk: "Қоңырау шалушының жағдайы",
    }
    SearchPlaceholder {
        en: "e.g. lost licence, утеря прав, kubeluk",
        ru: "например: утеря прав, lost licence, kubeluk",
        ky: "мисалы: күбөлүк жоголду, утеря прав, lost licence",
        kk: "мысалы: куәлік жоғалды, утеря прав, lost licence",
    }
    ComparePickLabel {
        en: "Compare with (a situation)",
        ru: "Сравнить с ситуацией",
        ky: "Абал менен салыштыруу",
        kk: "Жағдаймен салыстыру",
    }
    ResultsLabel {
        en: "Situations found",
        ru: "Найденные ситуации",
        ky: "Табылган абалдар",
        kk: "Табылған жағдайлар",
    }
    RecentLabel {
        en: "Recent look-ups",
        ru: "Недавние запросы",
        ky: "Акыркы издөөлөр",
        kk: "Соңғы іздеулер",
    }
    RecentEntry {
        en: "{situation} — {service} · {date} · {lang}",
        ru: "{situation} — {service} · {date} · {lang}",
        ky: "{situation} — {service} · {date} · {lang}",
        kk: "{situation} — {service} · {date} · {lang}",
    }
    ClearRecent {
        en: "Clear recent look-ups",
        ru: "Очистить недавние запросы",
        ky: "Акыркы издөөлөрдү тазалоо",
        kk: "Соңғы іздеулерді тазалау",
    }
    RecentCleared {
        en: "Recent look-ups cleared.",
        ru: "Недавние запросы очищены.",
        ky: "Акыркы издөөлөр тазаланды.",
        kk: "Соңғы іздеулер тазаланды.",
    }
    NoMatch {
        en: "No situation matches “{q}”. Try fewer letters or another word.",
        ru: "Ни одна ситуация не подходит под «{q}». Наберите меньше букв или другое слово.",
        ky: "«{q}» боюнча эч бир абал табылган жок. Азыраак тамга же башка сөз жазыңыз.",
        kk: "«{q}» бойынша бірде-бір жағдай табылмады. Азырақ әріп не басқа сөз теріңіз.",
    }
    ResultsCount {
        en: "{n} situations found; arrows choose, Enter opens.",
        ru: "Найдено ситуаций: {n}; стрелки выбирают, Enter открывает.",
        ky: "Табылган абалдар: {n}; жебелер тандайт, Enter ачат.",
        kk: "Табылған жағдайлар: {n}; бағыттауыштар таңдайды, Enter ашады.",
    }
    DateLabel {
        en: "Submitted on",
        ru: "Дата подачи",
        ky: "Тапшыруу күнү",
        kk: "Тапсыру күні",
    }
    Today {
        en: "Today",
        ru: "Сегодня",
        ky: "Бүгүн",
        kk: "Бүгін",
    }
    DayEarlier {
        en: "A day earlier",
        ru: "На день раньше",
        ky: "Бир күн мурун",
        kk: "Бір күн бұрын",
    }
    DayLater {
        en: "A day later",
        ru: "На день позже",
        ky: "Бир күн кийин",
        kk: "Бір күн кейін",
    }
    CardLang {
        en: "Card language",
        ru: "Язык карточки",
        ky: "Карточканын тили",
        kk: "Карточка тілі",
    }
    CopyText {
        en: "Copy as text",
        ru: "Копировать текстом",
        ky: "Текст катары көчүрүү",
        kk: "Мәтін ретінде көшіру",
    }
    CopyLink {
        en: "Copy link",
        ru: "Копировать ссылку",
        ky: "Шилтемени көчүрүү",
        kk: "Сілтемені көшіру",
    }
    Copied {
        en: "Copied: the card as text, ready to paste.",
        ru: "Скопировано: карточка текстом, можно вставлять.",
        ky: "Көчүрүлдү: карточка текст түрүндө, чаптаса болот.",
        kk: "Көшірілді: карточка мәтін түрінде, қоюға болады.",
    }
    LinkCopied {
        en: "Copied: the link to this card.",
        ru: "Скопировано: ссылка на эту карточку.",
        ky: "Көчүрүлдү: бул карточканын шилтемеси.",
        kk: "Көшірілді: осы карточканың сілтемесі.",
    }
    CopyRefused {
        en: "The browser did not allow copying ({error}). Select the text below and copy it by hand.",
        ru: "Браузер не разрешил копирование ({error}). Выделите текст ниже и скопируйте вручную.",
        ky: "Браузер көчүрүүгө уруксат берген жок ({error}). Төмөнкү текстти белгилеп, колго көчүрүңүз.",
        kk: "Браузер көшіруге рұқсат бермеді ({error}). Төмендегі мәтінді белгілеп, қолмен көшіріңіз.",
    }
    Compare {
        en: "Compare",
        ru: "Сравнить",
        ky: "Салыштыруу",
        kk: "Салыстыру",
    }
    CompareHelp {
        en: "Compare this card with another situation (type and press Enter) or with the same situation on another date.",
        ru: "Сравните карточку с другой ситуацией (наберите и нажмите Enter) или с той же ситуацией на другую дату.",
        ky: "Бул карточканы башка абал менен (жазып, Enter басыңыз) же ушул эле абал менен башка күнгө салыштырыңыз.",
        kk: "Бұл карточканы басқа жағдаймен (теріп, Enter басыңыз) не сол жағдаймен басқа күнге салыстырыңыз.",
    }
    CompareDate {
        en: "Or the same situation submitted on",
        ru: "Или та же ситуация с датой подачи",
        ky: "Же ушул эле абал, тапшыруу күнү",
        kk: "Не сол жағдай, тапсыру күні",
    }
    CompareDateGo {
        en: "Compare the dates",
        ru: "Сравнить даты",
        ky: "Күндөрдү салыштыруу",
        kk: "Күндерді салыстыру",
    }
    CompareClose {
        en: "Close the comparison",
        ru: "Закрыть сравнение",
        ky: "Салыштырууну жабуу",
        kk: "Салыстыруды жабу",
    }
    CompareTitle {
        en: "Comparison: {n} lines differ (marked ≠)",
        ru: "Сравнение: различаются строк — {n} (отмечены ≠)",
        ky: "Салыштыруу: айырмаланган саптар — {n} (≠ менен белгиленген)",
        kk: "Салыстыру: ерекшеленетін жолдар — {n} (≠ белгісімен)",
    }
    Differs {
        en: "differs from the other card",
        ru: "отличается от другой карточки",
        ky: "башка карточкадан айырмаланат",
        kk: "басқа карточкадан ерекшеленеді",
    }
    CountDetails {
        en: "The count, day by day",
        ru: "Подсчёт по дням",
        ky: "Күн сайын эсептөө",
        kk: "Күн бойынша есептеу",
    }
    ChangesCard {
        en: "Answers that change the card",
        ru: "Ответы, которые меняют карточку",
        ky: "Карточканы өзгөрткөн жооптор",
        kk: "Карточканы өзгертетін жауаптар",
    }
    LangWrong {
        en: "The language in this link, “{value}”, is not one Tartip speaks (ky, kk, ru, en): the card is in the screen's language.",
        ru: "Язык в этой ссылке, «{value}», Tartip не знает (ky, kk, ru, en): карточка показана на языке экрана.",
        ky: "Бул шилтемедеги «{value}» тилин Tartip билбейт (ky, kk, ru, en): карточка экрандын тилинде көрсөтүлдү.",
        kk: "Бұл сілтемедегі «{value}» тілін Tartip білмейді (ky, kk, ru, en): карточка экран тілінде көрсетілді.",
    }
    DateWrongToday {
        en: "The date in this link is wrong: {error}. The card is for today.",
        ru: "Дата в этой ссылке неверна: {error}. Карточка показана на сегодня.",
        ky: "Бул шилтемедеги күн туура эмес: {error}. Карточка бүгүнкү күнгө көрсөтүлдү.",
        kk: "Бұл сілтемедегі күн қате: {error}. Карточка бүгінгі күнге көрсетілді.",
    }
    VsWrong {
        en: "The comparison in this link, “{value}”, cannot be read: the card is shown alone.",
        ru: "Сравнение в этой ссылке, «{value}», не читается: карточка показана одна.",
        ky: "Бул шилтемедеги «{value}» салыштыруусу окулбайт: карточка жалгыз көрсөтүлдү.",
        kk: "Бұл сілтемедегі «{value}» салыстыруы оқылмайды: карточка жалғыз көрсетілді.",
    }
    VsCannotBeShown {
        en: "The other card cannot be shown: {error}.",
        ru: "Вторую карточку нельзя показать: {error}.",
        ky: "Экинчи карточканы көрсөтүүгө болбойт: {error}.",
        kk: "Екінші карточканы көрсету мүмкін емес: {error}.",
    }
    KeysTitle {
        en: "Keys",
        ru: "Клавиши",
        ky: "Баскычтар",
        kk: "Пернелер",
    }
    KeySearch {
        en: "search",
        ru: "поиск",
        ky: "издөө",
        kk: "іздеу",
    }
    KeyChoose {
        en: "choose, open",
        ru: "выбрать, открыть",
        ky: "тандоо, ачуу",
        kk: "таңдау, ашу",
    }
    KeyDate {
        en: "date",
        ru: "дата",
        ky: "күн",
        kk: "күн",
    }
    KeyToday {
        en: "today",
        ru: "сегодня",
        ky: "бүгүн",
        kk: "бүгін",
    }
    KeyDayStep {
        en: "a day later / earlier",
        ru: "на день позже / раньше",
        ky: "бир күн кийин / мурун",
        kk: "бір күн кейін / бұрын",
    }
    KeyLang {
        en: "card language",
        ru: "язык карточки",
        ky: "карточканын тили",
        kk: "карточка тілі",
    }
    KeyCopy {
        en: "copy text",
        ru: "копировать текст",
        ky: "текстти көчүрүү",
        kk: "мәтінді көшіру",
    }
    KeyLink {
        en: "copy link",
        ru: "копировать ссылку",
        ky: "шилтемени көчүрүү",
        kk: "сілтемені көшіру",
    }
    KeyCompare {
        en: "compare",
        ru: "сравнить",
        ky: "салыштыруу",
        kk: "салыстыру",
    }
    KeyOpenAll {
        en: "open / close all parts",
        ru: "раскрыть / свернуть всё",
        ky: "баарын ачуу / жабуу",
        kk: "бәрін ашу / жабу",
    }
    KeyAnswers {
        en: "answers",
        ru: "ответы",
        ky: "жооптор",
        kk: "жауаптар",
    }
}
