//! The labels and messages of the interface and the command line.

use super::Lang;

words! {
    /// A label or message of the interface and the command line.
    S;
    Tagline {
        en: "Public services of Kyrgyzstan and Kazakhstan, step by step",
        ru: "Государственные услуги Кыргызстана и Казахстана — шаг за шагом",
        ky: "Кыргызстан менен Казакстандын мамлекеттик кызматтары — кадам сайын",
        kk: "Қырғызстан мен Қазақстанның мемлекеттік қызметтері — қадам сайын",
    }
    Footer {
        en: "Tartip works on your device: nothing you enter is sent anywhere. Figures come from the regulation texts, each with its source; Russian and English renderings are unofficial translations.",
        ru: "Tartip работает на вашем устройстве: ничего из введённого никуда не отправляется. Все данные взяты из текстов регламентов со ссылкой на источник; русский и английский переводы неофициальные.",
        ky: "Tartip сиздин түзмөгүңүздө иштейт: киргизген маалыматыңыз эч жакка жөнөтүлбөйт. Бардык маалымат регламенттердин тексттеринен булагы менен алынган; орусча жана англисче котормолор расмий эмес.",
        kk: "Tartip сіздің құрылғыңызда жұмыс істейді: енгізген деректеріңіз ешқайда жіберілмейді. Барлық деректер регламенттер мәтінінен дереккөзімен алынған; орыс және ағылшын тіліндегі аудармалар ресми емес.",
    }
    SkipToContent {
        en: "Skip to the content",
        ru: "Перейти к содержанию",
        ky: "Мазмунга өтүү",
        kk: "Мазмұнға өту",
    }
    NavServices {
        en: "Services",
        ru: "Услуги",
        ky: "Кызматтар",
        kk: "Қызметтер",
    }
    NavSaved {
        en: "My applications",
        ru: "Мои заявления",
        ky: "Менин арыздарым",
        kk: "Менің өтініштерім",
    }
    Language {
        en: "Language",
        ru: "Язык",
        ky: "Тил",
        kk: "Тіл",
    }
    ChooseService {
        en: "Choose a service",
        ru: "Выберите услугу",
        ky: "Кызматты тандаңыз",
        kk: "Қызметті таңдаңыз",
    }
    SearchLabel {
        en: "Search services and documents",
        ru: "Поиск услуг и документов",
        ky: "Кызматтарды жана документтерди издөө",
        kk: "Қызметтер мен құжаттарды іздеу",
    }
    SearchPlaceholder {
        en: "e.g. driving licence, medical certificate",
        ru: "например, водительское удостоверение, справка",
        ky: "мисалы, айдоочулук күбөлүк, медициналык маалымкат",
        kk: "мысалы, жүргізуші куәлігі, анықтама",
    }
    NoResults {
        en: "Nothing found for “{q}”.",
        ru: "По запросу «{q}» ничего не найдено.",
        ky: "«{q}» боюнча эч нерсе табылган жок.",
        kk: "«{q}» бойынша ештеңе табылмады.",
    }
    MatchedDocument {
        en: "Mentions: {what}",
        ru: "Упоминается: {what}",
        ky: "Эскерилет: {what}",
        kk: "Аталады: {what}",
    }
    CountryKG {
        en: "Kyrgyzstan",
        ru: "Кыргызстан",
        ky: "Кыргызстан",
        kk: "Қырғызстан",
    }
    CountryKZ {
        en: "Kazakhstan",
        ru: "Казахстан",
        ky: "Казакстан",
        kk: "Қазақстан",
    }
    Historical {
        en: "Historical: the act is no longer in force.",
        ru: "Исторический: акт утратил силу.",
        ky: "Тарыхый: акт күчүн жоготкон.",
        kk: "Тарихи: акт күшін жойған.",
    }
    StatusInForce {
        en: "in force",
        ru: "действует",
        ky: "күчүндө",
        kk: "күшінде",
    }
    StatusRepealed {
        en: "repealed",
        ru: "утратил силу",
        ky: "күчүн жоготкон",
        kk: "күшін жойған",
    }
    StatusAsFarAsTextShows {
        en: "in force as far as the text shows",
        ru: "действует, насколько видно из текста",
        ky: "тексттен көрүнгөн боюнча күчүндө",
        kk: "мәтіннен көрінгендей күшінде",
    }
    StatusUncertain {
        en: "status uncertain on this date",
        ru: "статус на эту дату неясен",
        ky: "бул күнгө карата статусу белгисиз",
        kk: "осы күнге мәртебесі белгісіз",
    }
    StatusNotYetInForce {
        en: "not yet in force",
        ru: "ещё не действовал",
        ky: "али күчүнө кире элек",
        kk: "әлі күшіне енбеген",
    }
    SeeWhenInForce {
        en: "See what the act required on {date}",
        ru: "Что требовал акт на {date}",
        ky: "Акт {date} күнү эмнени талап кылганын көрүү",
        kk: "Акт {date} күні не талап еткенін көру",
    }
    NothingApplies {
        en: "Tartip holds no act for this service in force on that date, so it lists no documents, fees or dates for it.",
        ru: "У Tartip нет акта по этой услуге, действовавшего на эту дату, поэтому документы, платежи и сроки не приводятся.",
        ky: "Tartipте бул кызмат боюнча ошол күнү күчүндө болгон акт жок, ошондуктан документтер, төлөмдөр жана мөөнөттөр көрсөтүлбөйт.",
        kk: "Tartip-те бұл қызмет бойынша сол күні күшінде болған акт жоқ, сондықтан құжаттар, төлемдер мен мерзімдер көрсетілмейді.",
    }
    ByReading {
        en: "Tartip's reading: {text}",
        ru: "Прочтение Tartip: {text}",
        ky: "Tartipтин окуусу: {text}",
        kk: "Tartip оқуы: {text}",
    }
    BasisAlso {
        en: "Also: {law}.",
        ru: "Также: {law}.",
        ky: "Ошондой эле: {law}.",
        kk: "Сондай-ақ: {law}.",
    }
    BasisConflict {
        en: "Can be read otherwise: {law}.",
        ru: "Можно прочесть иначе: {law}.",
        ky: "Башкача окулушу мүмкүн: {law}.",
        kk: "Басқаша оқылуы мүмкін: {law}.",
    }
    CountedAsWorking {
        en: "Counted as working days:",
        ru: "Засчитаны как рабочие:",
        ky: "Жумуш күнү катары эсептелди:",
        kk: "Жұмыс күні ретінде есептелді:",
    }
    WhatIsYourSituation {
        en: "What is your situation?",
        ru: "Какая у вас ситуация?",
        ky: "Сиздин кырдаалыңыз кандай?",
        kk: "Сіздің жағдайыңыз қандай?",
    }
    QuestionOf {
        en: "Question {n} of {total}",
        ru: "Вопрос {n} из {total}",
        ky: "{total} суроонун {n}-суроосу",
        kk: "{total} сұрақтың {n}-сұрағы",
    }
    SubmissionDate {
        en: "When will you submit the application?",
        ru: "Когда вы подадите заявление?",
        ky: "Арызды качан бересиз?",
        kk: "Өтінішті қашан бересіз?",
    }
    SubmissionDateHelp {
        en: "Terms are counted from this date on the country's production calendar.",
        ru: "Сроки считаются от этой даты по производственному календарю страны.",
        ky: "Мөөнөттөр ушул күндөн тартып өлкөнүн өндүрүштүк календары боюнча эсептелет.",
        kk: "Мерзімдер осы күннен бастап елдің өндірістік күнтізбесі бойынша есептеледі.",
    }
    Next {
        en: "Next",
        ru: "Далее",
        ky: "Кийинки",
        kk: "Келесі",
    }
    Back {
        en: "Back",
        ru: "Назад",
        ky: "Артка",
        kk: "Артқа",
    }
    Skip {
        en: "I don't know — skip",
        ru: "Не знаю — пропустить",
        ky: "Билбейм — өткөрүп жиберүү",
        kk: "Білмеймін — өткізіп жіберу",
    }
    Yes {
        en: "Yes",
        ru: "Да",
        ky: "Ооба",
        kk: "Иә",
    }
    No {
        en: "No",
        ru: "Нет",
        ky: "Жок",
        kk: "Жоқ",
    }
    NotAnswered {
        en: "— not answered —",
        ru: "— нет ответа —",
        ky: "— жооп жок —",
        kk: "— жауап жоқ —",
    }
    ReviewTitle {
        en: "Check your answers",
        ru: "Проверьте ответы",
        ky: "Жоопторуңузду текшериңиз",
        kk: "Жауаптарыңызды тексеріңіз",
    }
    Change {
        en: "Change",
        ru: "Изменить",
        ky: "Өзгөртүү",
        kk: "Өзгерту",
    }
    SeePlan {
        en: "See my plan",
        ru: "Показать мой план",
        ky: "Менин планымды көрсөтүү",
        kk: "Менің жоспарымды көрсету",
    }
    Situation {
        en: "Situation",
        ru: "Ситуация",
        ky: "Кырдаал",
        kk: "Жағдай",
    }
    ChangeAnswers {
        en: "Change my answers",
        ru: "Изменить ответы",
        ky: "Жоопторумду өзгөртүү",
        kk: "Жауаптарымды өзгерту",
    }
    Submitted {
        en: "Submitted {date}",
        ru: "Подача {date}",
        ky: "Берилген күнү {date}",
        kk: "Берілген күні {date}",
    }
    ExpectedCompletion {
        en: "Expected completion",
        ru: "Ожидаемое завершение",
        ky: "Күтүлгөн аяктоо",
        kk: "Күтілетін аяқталу",
    }
    By {
        en: "By",
        ru: "Не позднее",
        ky: "Эң кечинде",
        kk: "Ең кешінде",
    }
    AtTheEarliest {
        en: "At the earliest {date}: the regulation sets only upper limits.",
        ru: "Не ранее {date}: регламент устанавливает только предельные сроки.",
        ky: "Эң эрте {date}: регламент чектүү мөөнөттөрдү гана белгилейт.",
        kk: "Ең ерте {date}: регламент тек шекті мерзімдерді белгілейді.",
    }
    NotDeterminable {
        en: "Not determinable from the regulation",
        ru: "По регламенту определить нельзя",
        ky: "Регламент боюнча аныктоого болбойт",
        kk: "Регламент бойынша анықтау мүмкін емес",
    }
    WhyThisDate {
        en: "Why this date?",
        ru: "Почему эта дата?",
        ky: "Эмне үчүн бул күн?",
        kk: "Неге бұл күн?",
    }
    NoDayOff {
        en: "No day in the counted span was a day off.",
        ru: "В отсчитанном периоде не было нерабочих дней.",
        ky: "Эсептелген мезгилде дем алыш күндөр болгон жок.",
        kk: "Есептелген кезеңде демалыс күндері болған жоқ.",
    }
    DaysNotCounted {
        en: "Days not counted as working days:",
        ru: "Дни, не засчитанные как рабочие:",
        ky: "Жумуш күнү катары эсептелбеген күндөр:",
        kk: "Жұмыс күні ретінде есептелмеген күндер:",
    }
    CountCalendar {
        en: "The count, day by day",
        ru: "Отсчёт по дням",
        ky: "Эсеп күн сайын",
        kk: "Күн бойынша есеп",
    }
    CountSummaryWorking {
        en: "Working days counted after the day of submission: {n}. The due date is working day {n}.",
        ru: "Рабочих дней после дня подачи: {n}. Срок истекает в рабочий день № {n}.",
        ky: "Арыз берилген күндөн кийин эсептелген жумуш күндөрү: {n}. Мөөнөт № {n} жумуш күнү аяктайт.",
        kk: "Өтініш берілген күннен кейін есептелген жұмыс күндері: {n}. Мерзім № {n} жұмыс күні аяқталады.",
    }
    CountSummaryCalendar {
        en: "Calendar days counted after the day of submission: {n}.",
        ru: "Календарных дней после дня подачи: {n}.",
        ky: "Арыз берилген күндөн кийинки календардык күндөр: {n}.",
        kk: "Өтініш берілген күннен кейінгі күнтізбелік күндер: {n}.",
    }
    CountMixedUnits {
        en: "The steps' terms are in different units, so every day is numbered.",
        ru: "Сроки шагов исчисляются в разных единицах, поэтому пронумерован каждый день.",
        ky: "Кадамдардын мөөнөттөрү ар башка бирдиктерде эсептелет, ошондуктан ар бир күн номерленди.",
        kk: "Қадамдардың мерзімдері әртүрлі бірліктерде есептеледі, сондықтан әр күн нөмірленді.",
    }
    CountSummaryMarked {
        en: "The term is not counted in days: the calendar marks the day of submission and the due date.",
        ru: "Срок исчисляется не в днях: в календаре отмечены день подачи и последний день срока.",
        ky: "Мөөнөт күн менен эсептелбейт: календарда арыз берилген күн жана мөөнөттүн акыркы күнү белгиленген.",
        kk: "Мерзім күнмен есептелмейді: күнтізбеде өтініш берілген күн мен мерзімнің соңғы күні белгіленген.",
    }
    CountLegend {
        en: "Legend",
        ru: "Условные обозначения",
        ky: "Шарттуу белгилер",
        kk: "Шартты белгілер",
    }
    CountStart {
        en: "day of submission (not counted)",
        ru: "день подачи (не засчитывается)",
        ky: "арыз берилген күн (эсептелбейт)",
        kk: "өтініш берілген күн (есептелмейді)",
    }
    CountDue {
        en: "due date",
        ru: "последний день срока",
        ky: "мөөнөттүн акыркы күнү",
        kk: "мерзімнің соңғы күні",
    }
    CountNumberedWorking {
        en: "working day, with its number in the count",
        ru: "рабочий день и его номер в отсчёте",
        ky: "жумуш күнү жана анын эсептеги номери",
        kk: "жұмыс күні және оның есептегі нөмірі",
    }
    CountNumberedCalendar {
        en: "day, with its number in the count",
        ru: "день и его номер в отсчёте",
        ky: "күн жана анын эсептеги номери",
        kk: "күн және оның есептегі нөмірі",
    }
    CountWorkingDayN {
        en: "working day {n}",
        ru: "рабочий день № {n}",
        ky: "№ {n} жумуш күнү",
        kk: "№ {n} жұмыс күні",
    }
    CountDayN {
        en: "day {n}",
        ru: "день № {n}",
        ky: "№ {n} күн",
        kk: "№ {n} күні",
    }
    CountKindWorking {
        en: "working day",
        ru: "рабочий день",
        ky: "жумуш күнү",
        kk: "жұмыс күні",
    }
    CountKindHoliday {
        en: "public holiday, a day off",
        ru: "праздник, нерабочий день",
        ky: "майрам, иштелбеген күн",
        kk: "мереке, демалыс күні",
    }
    CountKindCarryOver {
        en: "day off carried over from a holiday on a weekend",
        ru: "выходной, перенесённый с праздника, выпавшего на выходной",
        ky: "дем алышка туш келген майрамдан жылдырылган дем алыш күнү",
        kk: "демалысқа сәйкес келген мерекеден ауыстырылған демалыс күні",
    }
    CountKindTransferredDayOff {
        en: "day off by government transfer",
        ru: "выходной по переносу (решение правительства)",
        ky: "өкмөттүн чечими менен жылдырылган дем алыш күнү",
        kk: "үкімет шешімімен ауыстырылған демалыс күні",
    }
    CountKindTransferredWorkingDay {
        en: "working day by government transfer",
        ru: "рабочий день по переносу (решение правительства)",
        ky: "өкмөттүн чечими менен жумуш күнү",
        kk: "үкімет шешімімен жұмыс күні",
    }
    CountKindWorkingHoliday {
        en: "holiday that is a working day",
        ru: "праздник, но рабочий день",
        ky: "майрам, бирок жумуш күнү",
        kk: "мереке, бірақ жұмыс күні",
    }
    CountProjected {
        en: "Days from {date} on are counted with weekends alone: that year's holidays and transfers are not known yet.",
        ru: "Дни начиная с {date} посчитаны только с учётом выходных: праздники и переносы того года ещё не известны.",
        ky: "{date} баштап күндөр дем алыш күндөрү менен гана эсептелди: ал жылдын майрамдары жана жылдыруулары азырынча белгисиз.",
        kk: "{date} бастап күндер тек демалыс күндерімен есептелді: сол жылдың мерекелері мен ауыстырулары әлі белгісіз.",
    }
    CountProjectedDay {
        en: "holidays not known yet",
        ru: "праздники ещё не известны",
        ky: "майрамдар азырынча белгисиз",
        kk: "мерекелер әлі белгісіз",
    }
    CountTableCaption {
        en: "The count as a list: the day of submission, every day not counted as an ordinary working day, and the due date",
        ru: "Отсчёт списком: день подачи, все дни, кроме обычных рабочих, и последний день срока",
        ky: "Эсеп тизме түрүндө: арыз берилген күн, кадимки жумуш күнүнөн башка бардык күндөр жана мөөнөттүн акыркы күнү",
        kk: "Есеп тізім түрінде: өтініш берілген күн, қарапайым жұмыс күнінен басқа барлық күндер және мерзімнің соңғы күні",
    }
    CountColDate {
        en: "Date",
        ru: "Дата",
        ky: "Күнү",
        kk: "Күні",
    }
    CountColWhat {
        en: "What the day is",
        ru: "Что это за день",
        ky: "Бул кандай күн",
        kk: "Бұл қандай күн",
    }
    CountColNumber {
        en: "Number in the count",
        ru: "Номер в отсчёте",
        ky: "Эсептеги номери",
        kk: "Есептегі нөмірі",
    }
    RolledFrom {
        en: "The count ended on {date}, a day off, so the term ends on the next working day.",
        ru: "Отсчёт закончился {date} — в нерабочий день, поэтому срок истекает в следующий рабочий день.",
        ky: "Эсеп {date} күнү — дем алыш күнү бүттү, ошондуктан мөөнөт кийинки жумуш күнү аяктайт.",
        kk: "Есеп {date} күні — демалыс күні аяқталды, сондықтан мерзім келесі жұмыс күні аяқталады.",
    }
    HowCounted {
        en: "How the term is counted",
        ru: "Как считается срок",
        ky: "Мөөнөт кантип эсептелет",
        kk: "Мерзім қалай есептеледі",
    }
    OriginGeneral {
        en: "general civil-law rule, not from the regulation",
        ru: "общее правило гражданского права, не из регламента",
        ky: "жарандык укуктун жалпы эрежеси, регламенттен эмес",
        kk: "азаматтық құқықтың жалпы ережесі, регламенттен емес",
    }
    OriginRegulation {
        en: "from the regulation",
        ru: "из регламента",
        ky: "регламенттен",
        kk: "регламенттен",
    }
    CheckBeforeYouGo {
        en: "Check before you go",
        ru: "Проверьте перед визитом",
        ky: "Барардан мурун текшериңиз",
        kk: "Барар алдында тексеріңіз",
    }
    Documents {
        en: "Documents ({n})",
        ru: "Документы ({n})",
        ky: "Документтер ({n})",
        kk: "Құжаттар ({n})",
    }
    IfApplies {
        en: "if it applies to you",
        ru: "если относится к вам",
        ky: "эгер сизге тиешелүү болсо",
        kk: "егер сізге қатысты болса",
    }
    FormOriginal {
        en: "original",
        ru: "оригинал",
        ky: "түп нуска",
        kk: "түпнұсқа",
    }
    FormCopy {
        en: "copy",
        ru: "копия",
        ky: "көчүрмө",
        kk: "көшірме",
    }
    FormPresented {
        en: "show the original",
        ru: "предъявить оригинал",
        ky: "түп нусканы көрсөтүү",
        kk: "түпнұсқаны көрсету",
    }
    FormRecord {
        en: "checked in the database",
        ru: "проверяется по базе данных",
        ky: "маалымат базасы боюнча текшерилет",
        kk: "дерекқор бойынша тексеріледі",
    }
    FormNotStated {
        en: "original or copy: not stated",
        ru: "оригинал или копия: не указано",
        ky: "түп нускабы же көчүрмөбү: көрсөтүлгөн эмес",
        kk: "түпнұсқа ма, көшірме ме: көрсетілмеген",
    }
    IssuedOnOrAfter {
        en: "issued on or after {date}",
        ru: "выдан не ранее {date}",
        ky: "{date} же андан кийин берилген",
        kk: "{date} немесе одан кейін берілген",
    }
    MustBeIssued {
        en: "Must be issued on or after {date} (not older than {age}).",
        ru: "Должен быть выдан не ранее {date} (не старше: {age}).",
        ky: "{date} же андан кийин берилген болушу керек (эскирбеши керек: {age}).",
        kk: "{date} немесе одан кейін берілген болуы керек (ескірмеуі керек: {age}).",
    }
    Applies {
        en: "Applies: {text}.",
        ru: "Применяется: {text}.",
        ky: "Колдонулат: {text}.",
        kk: "Қолданылады: {text}.",
    }
    Fees {
        en: "Fees",
        ru: "Оплата",
        ky: "Төлөм",
        kk: "Төлем",
    }
    Free {
        en: "free",
        ru: "бесплатно",
        ky: "акысыз",
        kk: "тегін",
    }
    AmountNotInRegulation {
        en: "amount not in the regulation",
        ru: "сумма в регламенте не указана",
        ky: "суммасы регламентте көрсөтүлгөн эмес",
        kk: "сомасы регламентте көрсетілмеген",
    }
    Steps {
        en: "Steps",
        ru: "Этапы",
        ky: "Кадамдар",
        kk: "Қадамдар",
    }
    DueBy {
        en: "by {date}",
        ru: "до {date}",
        ky: "{date} чейин",
        kk: "{date} дейін",
    }
    NotBefore {
        en: "not before {date}",
        ru: "не ранее {date}",
        ky: "{date} эртерээк эмес",
        kk: "{date} ерте емес",
    }
    DateNotDeterminable {
        en: "date not determinable",
        ru: "дату определить нельзя",
        ky: "күнүн аныктоого болбойт",
        kk: "күнін анықтау мүмкін емес",
    }
    PartyYou {
        en: "(you)",
        ru: "(вы)",
        ky: "(сиз)",
        kk: "(сіз)",
    }
    PartyOther {
        en: "(another body)",
        ru: "(другой орган)",
        ky: "(башка орган)",
        kk: "(басқа орган)",
    }
    NoTermInRegulation {
        en: "no term in the regulation",
        ru: "срок в регламенте не указан",
        ky: "регламентте мөөнөт көрсөтүлгөн эмес",
        kk: "регламентте мерзім көрсетілмеген",
    }
    OnlyIf {
        en: "Only if: {text}",
        ru: "Только если: {text}",
        ky: "Эгер гана: {text}",
        kk: "Тек егер: {text}",
    }
    UnitReading {
        en: "Unit: {text}",
        ru: "Единица: {text}",
        ky: "Бирдиги: {text}",
        kk: "Бірлігі: {text}",
    }
    DependsOnAnswers {
        en: "depends on your answers",
        ru: "зависит от ваших ответов",
        ky: "жоопторуңузга жараша",
        kk: "жауаптарыңызға байланысты",
    }
    DaysNotCountedShort {
        en: "Days not counted",
        ru: "Не засчитанные дни",
        ky: "Эсептелбеген күндөр",
        kk: "Есептелмеген күндер",
    }
    AfterResult {
        en: "After the result",
        ru: "После получения результата",
        ky: "Натыйжадан кийин",
        kk: "Нәтижеден кейін",
    }
    DateNotKnownYet {
        en: "date not known yet",
        ru: "дата пока неизвестна",
        ky: "күнү азырынча белгисиз",
        kk: "күні әзірге белгісіз",
    }
    ChainedNote {
        en: "Each term counts from the previous date.",
        ru: "Каждый срок считается от предыдущей даты.",
        ky: "Ар бир мөөнөт мурунку күндөн эсептелет.",
        kk: "Әр мерзім алдыңғы күннен есептеледі.",
    }
    AnchoredNote {
        en: "Every term counts from the same starting date.",
        ru: "Все сроки считаются от одной начальной даты.",
        ky: "Бардык мөөнөттөр бир баштапкы күндөн эсептелет.",
        kk: "Барлық мерзімдер бір бастапқы күннен есептеледі.",
    }
    RefusalGrounds {
        en: "Grounds for refusal",
        ru: "Основания для отказа",
        ky: "Баш тартуунун негиздери",
        kk: "Бас тарту негіздері",
    }
    ReturnGrounds {
        en: "Grounds for returning the application",
        ru: "Основания для возврата заявления",
        ky: "Арызды кайтаруунун негиздери",
        kk: "Өтінішті қайтару негіздері",
    }
    SuspensionGrounds {
        en: "Grounds for suspension",
        ru: "Основания для приостановления",
        ky: "Токтотуп туруунун негиздери",
        kk: "Тоқтата тұру негіздері",
    }
    NotInRegulation {
        en: "Not in the regulation",
        ru: "Чего нет в регламенте",
        ky: "Регламентте жок нерселер",
        kk: "Регламентте жоқ нәрселер",
    }
    WhereToLook {
        en: "Where to look: {text}",
        ru: "Где искать: {text}",
        ky: "Кайдан издөө керек: {text}",
        kk: "Қайдан іздеу керек: {text}",
    }
    GapMissing {
        en: "missing",
        ru: "отсутствует",
        ky: "жок",
        kk: "жоқ",
    }
    GapExternal {
        en: "in another act",
        ru: "в другом акте",
        ky: "башка актыда",
        kk: "басқа актіде",
    }
    GapAmbiguous {
        en: "unclear",
        ru: "неясно",
        ky: "түшүнүксүз",
        kk: "түсініксіз",
    }
    GapConflict {
        en: "contradiction",
        ru: "противоречие",
        ky: "карама-каршылык",
        kk: "қайшылық",
    }
    TheRegulation {
        en: "The regulation",
        ru: "Регламент",
        ky: "Регламент",
        kk: "Регламент",
    }
    Source {
        en: "Source: {citation}",
        ru: "Источник: {citation}",
        ky: "Булагы: {citation}",
        kk: "Дереккөзі: {citation}",
    }
    TartipReading {
        en: "Tartip's reading: {text}",
        ru: "Прочтение Tartip: {text}",
        ky: "Tartipтин окуусу: {text}",
        kk: "Tartip оқуы: {text}",
    }
    ShowLines {
        en: "Show these lines of the regulation",
        ru: "Показать эти строки регламента",
        ky: "Регламенттин бул саптарын көрсөтүү",
        kk: "Регламенттің осы жолдарын көрсету",
    }
    Loading {
        en: "Loading…",
        ru: "Загрузка…",
        ky: "Жүктөлүүдө…",
        kk: "Жүктелуде…",
    }
    SourceUnavailable {
        en: "The regulation text could not be loaded: {error}",
        ru: "Не удалось загрузить текст регламента: {error}",
        ky: "Регламенттин текстин жүктөө мүмкүн болгон жок: {error}",
        kk: "Регламент мәтінін жүктеу мүмкін болмады: {error}",
    }
    Save {
        en: "Save on this device",
        ru: "Сохранить на этом устройстве",
        ky: "Ушул түзмөккө сактоо",
        kk: "Осы құрылғыда сақтау",
    }
    PackageTitle {
        en: "Your application package",
        ru: "Ваш пакет документов для подачи",
        ky: "Арыз топтомуңуз",
        kk: "Өтініш топтамаңыз",
    }
    PackageHelp {
        en: "Tartip fills in the application with your details and puts it in one ZIP with the checklist, the timeline, a calendar file and a dossier you can open in Tartip on another device. Your details stay on this device.",
        ru: "Tartip заполнит заявление вашими данными и соберёт в один ZIP вместе с перечнем документов, сроками, файлом календаря и досье, которое можно открыть в Tartip на другом устройстве. Ваши данные остаются на этом устройстве.",
        ky: "Tartip арызды сиздин маалыматтарыңыз менен толтуруп, документтердин тизмеси, мөөнөттөр, календарь файлы жана башка түзмөктө Tartipте ачууга боло турган досье менен бир ZIPке салат. Маалыматтарыңыз ушул түзмөктө калат.",
        kk: "Tartip өтінішті сіздің деректеріңізбен толтырып, құжаттар тізімімен, мерзімдермен, күнтізбе файлымен және басқа құрылғыда Tartip-те ашуға болатын досьемен бір ZIP-ке жинайды. Деректеріңіз осы құрылғыда қалады.",
    }
    ApplicantIs {
        en: "Who applies?",
        ru: "Кто подаёт заявление?",
        ky: "Арызды ким берет?",
        kk: "Өтінішті кім береді?",
    }
    APerson {
        en: "A person",
        ru: "Физическое лицо",
        ky: "Жеке адам",
        kk: "Жеке тұлға",
    }
    AnOrganisation {
        en: "An organisation",
        ru: "Организация",
        ky: "Уюм",
        kk: "Ұйым",
    }
    FieldFullName {
        en: "Full name",
        ru: "Фамилия, имя, отчество",
        ky: "Аты-жөнү",
        kk: "Тегі, аты, әкесінің аты",
    }
    FieldIin {
        en: "IIN (12 digits)",
        ru: "ИИН (12 цифр)",
        ky: "ЖСН (12 сан)",
        kk: "ЖСН (12 цифр)",
    }
    FieldPin {
        en: "PIN (14 digits)",
        ru: "ПИН (14 цифр)",
        ky: "ЖИН (14 сан)",
        kk: "ЖСН (14 цифр)",
    }
    FieldBirthDate {
        en: "Date of birth",
        ru: "Дата рождения",
        ky: "Туулган күнү",
        kk: "Туған күні",
    }
    FieldIdentityDocument {
        en: "Identity document (type, number, issued by, date)",
        ru: "Документ, удостоверяющий личность (вид, номер, кем и когда выдан)",
        ky: "Инсандыгын күбөлөндүрүүчү документ (түрү, номери, ким жана качан берген)",
        kk: "Жеке басын куәландыратын құжат (түрі, нөмірі, кім және қашан берген)",
    }
    FieldAddress {
        en: "Address",
        ru: "Адрес",
        ky: "Дареги",
        kk: "Мекенжайы",
    }
    FieldPhone {
        en: "Phone",
        ru: "Телефон",
        ky: "Телефону",
        kk: "Телефоны",
    }
    FieldEmail {
        en: "E-mail",
        ru: "Электронная почта",
        ky: "Электрондук почта",
        kk: "Электрондық пошта",
    }
    FieldOrgName {
        en: "Name of the organisation",
        ru: "Наименование организации",
        ky: "Уюмдун аталышы",
        kk: "Ұйымның атауы",
    }
    FieldBin {
        en: "BIN (12 digits)",
        ru: "БИН (12 цифр)",
        ky: "БИН (12 сан)",
        kk: "БСН (12 цифр)",
    }
    FieldInn {
        en: "INN (14 digits)",
        ru: "ИНН (14 цифр)",
        ky: "ИСН (14 сан)",
        kk: "СТН (14 цифр)",
    }
    FieldHead {
        en: "Head (full name, position)",
        ru: "Руководитель (ФИО, должность)",
        ky: "Жетекчи (аты-жөнү, кызматы)",
        kk: "Басшы (аты-жөні, лауазымы)",
    }
    DownloadPackage {
        en: "Download the package (ZIP)",
        ru: "Скачать пакет (ZIP)",
        ky: "Топтомду жүктөп алуу (ZIP)",
        kk: "Топтаманы жүктеп алу (ZIP)",
    }
    PackageFix {
        en: "Please correct the marked fields first.",
        ru: "Сначала исправьте отмеченные поля.",
        ky: "Адегенде белгиленген талааларды оңдоңуз.",
        kk: "Алдымен белгіленген өрістерді түзетіңіз.",
    }
    PackageMade {
        en: "The package {name} is ready in your downloads.",
        ru: "Пакет {name} сохранён в загрузках.",
        ky: "{name} топтому жүктөлүп алынгандарда даяр.",
        kk: "{name} топтамасы жүктелгендерде дайын.",
    }
    IdNotDigits {
        en: "Only digits, {len} of them.",
        ru: "Только цифры, {len} штук.",
        ky: "Сандар гана, {len} даана.",
        kk: "Тек цифрлар, {len} дана.",
    }
    IdLength {
        en: "{has} digits; it must have {len}.",
        ru: "{has} цифр; должно быть {len}.",
        ky: "{has} сан; {len} болушу керек.",
        kk: "{has} цифр; {len} болуы керек.",
    }
    IdSeventhDigit {
        en: "The 7th digit must be 0 to 6.",
        ru: "7-я цифра должна быть от 0 до 6.",
        ky: "7-сан 0дөн 6га чейин болушу керек.",
        kk: "7-цифр 0-ден 6-ға дейін болуы керек.",
    }
    IdBirthDate {
        en: "The digits for the date of birth are not a real date.",
        ru: "Цифры даты рождения не образуют существующую дату.",
        ky: "Туулган күнүнүн сандары чыныгы күн эмес.",
        kk: "Туған күннің цифрлары нақты күн емес.",
    }
    IdFirstDigit {
        en: "The first digit must be 1 or 2.",
        ru: "Первая цифра должна быть 1 или 2.",
        ky: "Биринчи сан 1 же 2 болушу керек.",
        kk: "Бірінші цифр 1 немесе 2 болуы керек.",
    }
    IdCheckDigit {
        en: "The last digit should be {expected}: please check the number.",
        ru: "Последняя цифра должна быть {expected}: проверьте номер.",
        ky: "Акыркы сан {expected} болушу керек: номерди текшериңиз.",
        kk: "Соңғы цифр {expected} болуы керек: нөмірді тексеріңіз.",
    }
    IdImpossible {
        en: "No valid number starts with these 11 digits.",
        ru: "Ни один верный номер не начинается с этих 11 цифр.",
        ky: "Бул 11 сан менен башталган туура номер жок.",
        kk: "Бұл 11 цифрмен басталатын дұрыс нөмір жоқ.",
    }
    ProblemMissing {
        en: "Required.",
        ru: "Обязательное поле.",
        ky: "Милдеттүү талаа.",
        kk: "Міндетті өріс.",
    }
    ProblemEmail {
        en: "This is not an e-mail address (name@example.kz).",
        ru: "Это не адрес электронной почты (name@example.kz).",
        ky: "Бул электрондук почтанын дареги эмес (name@example.kz).",
        kk: "Бұл электрондық пошта мекенжайы емес (name@example.kz).",
    }
    ProblemPhone {
        en: "A phone number: 7 to 15 digits, with + ( ) - and spaces if you like.",
        ru: "Номер телефона: от 7 до 15 цифр, можно с + ( ) - и пробелами.",
        ky: "Телефон номери: 7ден 15ке чейин сан, + ( ) - жана боштук менен болот.",
        kk: "Телефон нөмірі: 7-ден 15-ке дейін цифр, + ( ) - және бос орынмен болады.",
    }
    ProblemDate {
        en: "Not a date.",
        ru: "Это не дата.",
        ky: "Бул күн эмес.",
        kk: "Бұл күн емес.",
    }
    ProblemTooLong {
        en: "Longer than {max} characters.",
        ru: "Длиннее {max} символов.",
        ky: "{max} белгиден узун.",
        kk: "{max} таңбадан ұзын.",
    }
    ImportLabel {
        en: "Open a dossier file (dossier.json from a Tartip package)",
        ru: "Открыть файл досье (dossier.json из пакета Tartip)",
        ky: "Досье файлын ачуу (Tartip топтомундагы dossier.json)",
        kk: "Досье файлын ашу (Tartip топтамасындағы dossier.json)",
    }
    ImportNotDossier {
        en: "This file is not a Tartip dossier. Choose the dossier.json file from a Tartip package.",
        ru: "Этот файл не является досье Tartip. Выберите файл dossier.json из пакета Tartip.",
        ky: "Бул файл Tartip досьеси эмес. Tartip топтомундагы dossier.json файлын тандаңыз.",
        kk: "Бұл файл Tartip досьесі емес. Tartip топтамасындағы dossier.json файлын таңдаңыз.",
    }
    ImportNewer {
        en: "This dossier was made by a newer version of Tartip (format {format}). Update Tartip to open it; nothing was changed.",
        ru: "Это досье создано более новой версией Tartip (формат {format}). Обновите Tartip, чтобы открыть его; ничего не изменено.",
        ky: "Бул досье Tartipтин жаңыраак версиясында түзүлгөн (формат {format}). Ачуу үчүн Tartipти жаңыртыңыз; эч нерсе өзгөргөн жок.",
        kk: "Бұл досье Tartip-тің жаңарақ нұсқасында жасалған (формат {format}). Ашу үшін Tartip-ті жаңартыңыз; ештеңе өзгермеді.",
    }
    ImportDamaged {
        en: "This dossier is damaged and cannot be read ({error}). Nothing was changed.",
        ru: "Это досье повреждено и не читается ({error}). Ничего не изменено.",
        ky: "Бул досье бузулган, окулбайт ({error}). Эч нерсе өзгөргөн жок.",
        kk: "Бұл досье бүлінген, оқылмайды ({error}). Ештеңе өзгермеді.",
    }
    ImportUnknownService {
        en: "This dossier is for a service this Tartip does not know ({id}). Nothing was changed.",
        ru: "Это досье для услуги, которой нет в этой версии Tartip ({id}). Ничего не изменено.",
        ky: "Бул досье Tartipтин бул версиясында жок кызмат үчүн ({id}). Эч нерсе өзгөргөн жок.",
        kk: "Бұл досье Tartip-тің осы нұсқасында жоқ қызмет үшін ({id}). Ештеңе өзгермеді.",
    }
    ImportReplaceConfirm {
        en: "This device already has a different saved application for the same service and date, or other applicant details. Replace them with the dossier's?",
        ru: "На этом устройстве уже есть другое сохранённое заявление на ту же услугу и дату или другие данные заявителя. Заменить их данными из досье?",
        ky: "Бул түзмөктө ошол эле кызматка жана күнгө башка сакталган арыз же арыз ээсинин башка маалыматтары бар. Аларды досьедеги маалыматтар менен алмаштырасызбы?",
        kk: "Бұл құрылғыда сол қызметке және күнге басқа сақталған өтініш немесе өтініш берушінің басқа деректері бар. Оларды досьедегі деректермен ауыстырасыз ба?",
    }
    ImportDone {
        en: "The dossier is saved on this device.",
        ru: "Досье сохранено на этом устройстве.",
        ky: "Досье ушул түзмөккө сакталды.",
        kk: "Досье осы құрылғыда сақталды.",
    }
    ImportCancelled {
        en: "Nothing was replaced.",
        ru: "Ничего не заменено.",
        ky: "Эч нерсе алмаштырылган жок.",
        kk: "Ештеңе ауыстырылмады.",
    }
    SavedNotice {
        en: "Saved on this device.",
        ru: "Сохранено на этом устройстве.",
        ky: "Ушул түзмөккө сакталды.",
        kk: "Осы құрылғыда сақталды.",
    }
    Print {
        en: "Print the checklist",
        ru: "Распечатать перечень",
        ky: "Тизмени басып чыгаруу",
        kk: "Тізімді басып шығару",
    }
    DateWrong {
        en: "The submission date in this link is wrong: {error}. Pick a date:",
        ru: "Дата подачи в этой ссылке неверна: {error}. Выберите дату:",
        ky: "Бул шилтемедеги арыз берүү күнү туура эмес: {error}. Күндү тандаңыз:",
        kk: "Бұл сілтемедегі өтініш беру күні қате: {error}. Күнді таңдаңыз:",
    }
    LinkCannotBeShown {
        en: "This link cannot be shown: {error}.",
        ru: "Эту ссылку нельзя показать: {error}.",
        ky: "Бул шилтемени көрсөтүүгө болбойт: {error}.",
        kk: "Бұл сілтемені көрсету мүмкін емес: {error}.",
    }
    StartAgain {
        en: "Start again from the service",
        ru: "Начать заново с услуги",
        ky: "Кызматтан кайра баштоо",
        kk: "Қызметтен қайта бастау",
    }
    UnknownService {
        en: "Tartip knows no service “{id}”.",
        ru: "В Tartip нет услуги «{id}».",
        ky: "Tartipте «{id}» кызматы жок.",
        kk: "Tartip-те «{id}» қызметі жоқ.",
    }
    PageNotFound {
        en: "Page not found",
        ru: "Страница не найдена",
        ky: "Барак табылган жок",
        kk: "Бет табылмады",
    }
    PageNotFoundText {
        en: "This address does not lead to a service Tartip knows.",
        ru: "По этому адресу нет услуги, известной Tartip.",
        ky: "Бул дарек Tartip билген кызматка алып барбайт.",
        kk: "Бұл мекенжай Tartip білетін қызметке апармайды.",
    }
    SeeAllServices {
        en: "See all services",
        ru: "Все услуги",
        ky: "Бардык кызматтар",
        kk: "Барлық қызметтер",
    }
    Offices {
        en: "Where to apply",
        ru: "Куда обращаться",
        ky: "Кайда кайрылуу керек",
        kk: "Қайда жүгіну керек",
    }
    OfficeHours {
        en: "Office hours: {hours}",
        ru: "Часы работы: {hours}",
        ky: "Иш убактысы: {hours}",
        kk: "Жұмыс уақыты: {hours}",
    }
    Result {
        en: "Result",
        ru: "Результат",
        ky: "Натыйжа",
        kk: "Нәтиже",
    }
    Delivery {
        en: "How you receive it",
        ru: "Как получить результат",
        ky: "Натыйжаны кантип алуу",
        kk: "Нәтижені қалай алу",
    }
    Appeal {
        en: "Appeal",
        ru: "Обжалование",
        ky: "Даттануу",
        kk: "Шағымдану",
    }
    MyApplications {
        en: "My applications",
        ru: "Мои заявления",
        ky: "Менин арыздарым",
        kk: "Менің өтініштерім",
    }
    NoSaved {
        en: "Nothing is saved on this device yet.",
        ru: "На этом устройстве пока ничего не сохранено.",
        ky: "Бул түзмөктө азырынча эч нерсе сакталган эмес.",
        kk: "Бұл құрылғыда әзірге ештеңе сақталмаған.",
    }
    Open {
        en: "Open",
        ru: "Открыть",
        ky: "Ачуу",
        kk: "Ашу",
    }
    Delete {
        en: "Delete",
        ru: "Удалить",
        ky: "Өчүрүү",
        kk: "Жою",
    }
    ClearAll {
        en: "Clear my data",
        ru: "Удалить мои данные",
        ky: "Менин маалыматтарымды өчүрүү",
        kk: "Менің деректерімді жою",
    }
    ClearConfirm {
        en: "Delete everything Tartip saved on this device?",
        ru: "Удалить всё, что Tartip сохранил на этом устройстве?",
        ky: "Tartip бул түзмөккө сактагандын баарын өчүрөсүзбү?",
        kk: "Tartip осы құрылғыда сақтағанның бәрін жоясыз ба?",
    }
    Cleared {
        en: "Everything Tartip saved on this device has been deleted.",
        ru: "Всё, что Tartip сохранил на этом устройстве, удалено.",
        ky: "Tartip бул түзмөккө сактагандын баары өчүрүлдү.",
        kk: "Tartip осы құрылғыда сақтағанның бәрі жойылды.",
    }
    SavedOn {
        en: "saved {date}",
        ru: "сохранено {date}",
        ky: "сакталды {date}",
        kk: "сақталды {date}",
    }
    StorageKeptUntouched {
        en: "Your saved data cannot be read, so nothing is added to it. Clear it first (below) to save here.",
        ru: "Сохранённые данные не читаются, поэтому к ним ничего не добавлено. Чтобы сохранить, сначала удалите их (ниже).",
        ky: "Сакталган маалыматтар окулбайт, ошондуктан аларга эч нерсе кошулган жок. Сактоо үчүн адегенде аларды өчүрүңүз (төмөндө).",
        kk: "Сақталған деректер оқылмайды, сондықтан оларға ештеңе қосылмады. Сақтау үшін алдымен оларды жойыңыз (төменде).",
    }
    StorageBroken {
        en: "Your saved data could not be read ({error}). It is kept as it was; you can clear it here.",
        ru: "Сохранённые данные не удалось прочитать ({error}). Они оставлены как есть; их можно удалить здесь.",
        ky: "Сакталган маалыматтарды окуу мүмкүн болгон жок ({error}). Алар ошол бойдон калтырылды; аларды бул жерден өчүрсөңүз болот.",
        kk: "Сақталған деректерді оқу мүмкін болмады ({error}). Олар сол күйінде қалдырылды; оларды осы жерден жоюға болады.",
    }
    StorageUnreadableNotSaved {
        en: "Your saved data cannot be read, so nothing was saved. Open “My applications” to see why or to clear it.",
        ru: "Сохранённые данные не читаются, поэтому ничего не сохранено. Откройте «Мои заявления», чтобы узнать причину или удалить их.",
        ky: "Сакталган маалыматтар окулбайт, ошондуктан эч нерсе сакталган жок. Себебин билүү же аларды өчүрүү үчүн «Менин арыздарым» бөлүмүн ачыңыз.",
        kk: "Сақталған деректер оқылмайды, сондықтан ештеңе сақталмады. Себебін білу немесе оларды жою үшін «Менің өтініштерім» бөлімін ашыңыз.",
    }
    StorageUnavailable {
        en: "This browser keeps no data on the device, so nothing was saved.",
        ru: "Этот браузер не хранит данные на устройстве, поэтому ничего не сохранено.",
        ky: "Бул браузер түзмөктө маалымат сактабайт, ошондуктан эч нерсе сакталган жок.",
        kk: "Бұл браузер құрылғыда деректер сақтамайды, сондықтан ештеңе сақталмады.",
    }
    StorageRefused {
        en: "The browser refused to store (its storage is full or switched off), so nothing was saved.",
        ru: "Браузер отказался сохранять (хранилище заполнено или отключено), поэтому ничего не сохранено.",
        ky: "Браузер сактоодон баш тартты (сактагычы толуп калган же өчүрүлгөн), ошондуктан эч нерсе сакталган жок.",
        kk: "Браузер сақтаудан бас тартты (қоймасы толы немесе өшірілген), сондықтан ештеңе сақталмады.",
    }
    StorageNewer {
        en: "Your saved data was written by a newer version of Tartip (format {version}). It is kept untouched; update Tartip to open it.",
        ru: "Сохранённые данные записаны более новой версией Tartip (формат {version}). Они не тронуты; обновите Tartip, чтобы открыть их.",
        ky: "Сакталган маалыматтар Tartipтин жаңыраак версиясы менен жазылган (формат {version}). Алар тийилбей калды; ачуу үчүн Tartipти жаңыртыңыз.",
        kk: "Сақталған деректер Tartip-тің жаңа нұсқасымен жазылған (пішім {version}). Олар өзгертілмеді; ашу үшін Tartip-ті жаңартыңыз.",
    }
    CliAct {
        en: "Act: {act} — {standing}",
        ru: "Акт: {act} — {standing}",
        ky: "Акт: {act} — {standing}",
        kk: "Акт: {act} — {standing}",
    }
    CliRequiredOn {
        en: "What the act required on {date}:",
        ru: "Что требовал акт на {date}:",
        ky: "{date} күнү акт эмнени талап кылган:",
        kk: "{date} күні акт не талап еткен:",
    }
    CliEarliestLatest {
        en: "not before {earliest}, by {latest}",
        ru: "не раньше {earliest}, не позже {latest}",
        ky: "{earliest} күнүнөн эрте эмес, {latest} күнүнөн кеч эмес",
        kk: "{earliest} күнінен ерте емес, {latest} күнінен кеш емес",
    }
    CliNotBeforeNoLatest {
        en: "not before {date}; no latest date",
        ru: "не раньше {date}; крайней даты нет",
        ky: "{date} күнүнөн эрте эмес; акыркы күн жок",
        kk: "{date} күнінен ерте емес; соңғы күн жоқ",
    }
    CliSituations {
        en: "situations: {list}",
        ru: "ситуации: {list}",
        ky: "кырдаалдар: {list}",
        kk: "жағдайлар: {list}",
    }
    CliDayWorking {
        en: "working",
        ru: "рабочий",
        ky: "жумуш күнү",
        kk: "жұмыс күні",
    }
    CliDayOff {
        en: "off",
        ru: "выходной",
        ky: "дем алыш",
        kk: "демалыс",
    }
    CliWorkdays {
        en: "{n} {unit} from {from} (not counted) to {to} (counted)",
        ru: "{n} {unit} с {from} (не считается) по {to} (считается)",
        ky: "{from} (эсептелбейт) күнүнөн {to} (эсептелет) күнүнө чейин: {n} {unit}",
        kk: "{from} (есептелмейді) күнінен {to} (есептеледі) күніне дейін: {n} {unit}",
    }
    CliExplain {
        en: "{from} + {n} {unit} = {to}",
        ru: "{from} + {n} {unit} = {to}",
        ky: "{from} + {n} {unit} = {to}",
        kk: "{from} + {n} {unit} = {to}",
    }
    CliCheckSummary {
        en: "{services} services, {quotes} quotes, {cases} plan cases: {problems} problems",
        ru: "услуг: {services}, цитат: {quotes}, случаев планов: {cases}; проблем: {problems}",
        ky: "кызматтар: {services}, цитаталар: {quotes}, план учурлары: {cases}; көйгөйлөр: {problems}",
        kk: "қызметтер: {services}, дәйексөздер: {quotes}, жоспар жағдайлары: {cases}; мәселелер: {problems}",
    }
    CliProblems {
        en: "{n} problems",
        ru: "проблем: {n}",
        ky: "көйгөйлөр: {n}",
        kk: "мәселелер: {n}",
    }
    CliNothingToPackage {
        en: "nothing to package: the act does not apply on {date}.",
        ru: "пакет не собран: на {date} акт не применяется.",
        ky: "топтом түзүлгөн жок: {date} күнү акт колдонулбайт.",
        kk: "топтама жасалмады: {date} күні акт қолданылмайды.",
    }
    CliAppliedOn {
        en: "It applied on {date}: --submitted {iso}",
        ru: "Он применялся {date}: --submitted {iso}",
        ky: "Ал {date} күнү колдонулган: --submitted {iso}",
        kk: "Ол {date} күні қолданылған: --submitted {iso}",
    }
    CliNote {
        en: "note: {text}",
        ru: "примечание: {text}",
        ky: "эскертүү: {text}",
        kk: "ескерту: {text}",
    }
    ErrUnknownService {
        en: "unknown service '{id}' (valid: {valid})",
        ru: "неизвестная услуга '{id}' (возможные: {valid})",
        ky: "белгисиз кызмат '{id}' (мүмкүн болгондор: {valid})",
        kk: "белгісіз қызмет '{id}' (мүмкіндері: {valid})",
    }
    ErrUnknownSituation {
        en: "unknown situation '{id}' for {service} (valid: {valid})",
        ru: "неизвестная ситуация '{id}' для {service} (возможные: {valid})",
        ky: "{service} үчүн белгисиз кырдаал '{id}' (мүмкүн болгондор: {valid})",
        kk: "{service} үшін белгісіз жағдай '{id}' (мүмкіндері: {valid})",
    }
    ErrUnknownQuestion {
        en: "unknown question '{id}' (valid: {valid})",
        ru: "неизвестный вопрос '{id}' (возможные: {valid})",
        ky: "белгисиз суроо '{id}' (мүмкүн болгондор: {valid})",
        kk: "белгісіз сұрақ '{id}' (мүмкіндері: {valid})",
    }
    ErrInvalidAnswer {
        en: "invalid answer '{value}' to '{question}' (valid: {valid})",
        ru: "недопустимый ответ '{value}' на '{question}' (возможные: {valid})",
        ky: "'{question}' суроосуна жараксыз жооп '{value}' (мүмкүн болгондор: {valid})",
        kk: "'{question}' сұрағына жарамсыз жауап '{value}' (мүмкіндері: {valid})",
    }
    ErrAnswerIsDate {
        en: "a date YYYY-MM-DD",
        ru: "дата ГГГГ-ММ-ДД",
        ky: "күн ЖЖЖЖ-АА-КК",
        kk: "күн ЖЖЖЖ-АА-КК",
    }
    ErrNoCalendar {
        en: "no production calendar for {country}",
        ru: "нет производственного календаря для {country}",
        ky: "{country} үчүн өндүрүштүк календарь жок",
        kk: "{country} үшін өндірістік күнтізбе жоқ",
    }
    CliMissingFlag {
        en: "missing --{flag}",
        ru: "не указан --{flag}",
        ky: "--{flag} көрсөтүлгөн жок",
        kk: "--{flag} көрсетілмеген",
    }
    CliAnswerShape {
        en: "--answer '{value}' is not KEY=VALUE",
        ru: "--answer «{value}» — не вида КЛЮЧ=ЗНАЧЕНИЕ",
        ky: "--answer «{value}» АЧКЫЧ=МААНИ түрүндө эмес",
        kk: "--answer «{value}» КІЛТ=МӘН түрінде емес",
    }
    CliAnswerTwice {
        en: "--answer {key} is given twice ('{first}', then '{second}'): give each question one answer",
        ru: "--answer {key} указан дважды («{first}», затем «{second}»): дайте на каждый вопрос один ответ",
        ky: "--answer {key} эки жолу берилди («{first}», андан кийин «{second}»): ар бир суроого бир жооп бериңиз",
        kk: "--answer {key} екі рет берілді («{first}», содан кейін «{second}»): әр сұраққа бір жауап беріңіз",
    }
    ErrDateShape {
        en: "'{value}' is not a date in the form YYYY-MM-DD",
        ru: "«{value}» — не дата вида ГГГГ-ММ-ДД",
        ky: "«{value}» ЖЖЖЖ-АА-КК түрүндөгү күн эмес",
        kk: "«{value}» ЖЖЖЖ-АА-КК түріндегі күн емес",
    }
    ErrDateNotReal {
        en: "'{value}' is not a real calendar date",
        ru: "«{value}» — такого дня в календаре нет",
        ky: "«{value}» — календарда мындай күн жок",
        kk: "«{value}» — күнтізбеде мұндай күн жоқ",
    }
    SaveFileRefused {
        en: "The browser refused to save the file. Nothing was lost: try again, or allow downloads for this page.",
        ru: "Браузер не дал сохранить файл. Ничего не потеряно: попробуйте ещё раз или разрешите загрузки для этой страницы.",
        ky: "Браузер файлды сактоого уруксат берген жок. Эч нерсе жоголгон жок: кайра аракет кылыңыз же бул бет үчүн жүктөөгө уруксат бериңиз.",
        kk: "Браузер файлды сақтауға рұқсат бермеді. Ештеңе жоғалған жоқ: қайталап көріңіз немесе осы бет үшін жүктеуге рұқсат беріңіз.",
    }
    ErrNoConventions {
        en: "no counting conventions for {country}",
        ru: "нет правил исчисления сроков для {country}",
        ky: "{country} үчүн мөөнөттөрдү эсептөө эрежелери жок",
        kk: "{country} үшін мерзімдерді есептеу ережелері жоқ",
    }
    ErrOutOfCalendar {
        en: "{date} is outside the years Tartip counts on the {country} calendar ({from}–{to})",
        ru: "{date} — вне лет, которые Tartip считает по календарю {country} ({from}–{to})",
        ky: "{date} Tartip {country} календары боюнча эсептеген жылдардан ({from}–{to}) тышкары",
        kk: "{date} Tartip {country} күнтізбесі бойынша есептейтін жылдардан ({from}–{to}) тыс",
    }

}
