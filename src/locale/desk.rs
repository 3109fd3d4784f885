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
}
