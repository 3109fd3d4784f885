//! The sentences about plans, calendars and documents: a template per language with
//! `{name}` placeholders, filled by [`super::render`].

use super::Lang;

words! {
    /// A sentence Tartip composes about a plan, a calendar or a document.
    M;
    NotInText {
        en: "not in the text",
        ru: "в тексте нет",
        ky: "текстте жок",
        kk: "мәтінде жоқ",
    }
    ActNotYetInForce {
        en: "On {date} this act was not yet in force: it entered into force on {earliest} at the earliest (at the latest: {latest}). Its documents, fees and terms did not apply then.",
        ru: "На {date} этот акт ещё не действовал: он вступил в силу не раньше {earliest} (не позже: {latest}). Его документы, платежи и сроки тогда не применялись.",
        ky: "{date} күнү бул акт али күчүнө кире элек болчу: ал {earliest} күнүнөн эрте эмес күчүнө кирген (эң кечи: {latest}). Анын документтери, төлөмдөрү жана мөөнөттөрү ал кезде колдонулган эмес.",
        kk: "{date} күні бұл акт әлі күшіне енбеген еді: ол {earliest} күнінен ерте емес күшіне енді (ең кеші: {latest}). Оның құжаттары, төлемдері мен мерзімдері ол кезде қолданылмады.",
    }
    ActRepealed {
        en: "On {date} this act was no longer in force: it was repealed by {by}, and its last day in force fell between {earliest} and {latest} (the text does not fix the day). The rules in force now are in an act Tartip does not hold.",
        ru: "На {date} этот акт уже не действовал: он отменён актом «{by}», последний день его действия — между {earliest} и {latest} (точного дня в тексте нет). Действующие правила — в акте, которого в Tartip нет.",
        ky: "{date} күнү бул акт мындан ары күчүндө эмес болчу: ал «{by}» акты менен жокко чыгарылган, анын күчүндө болгон акыркы күнү {earliest} менен {latest} ортосунда (так күнү текстте жок). Азыр колдонулуп жаткан эрежелер Tartipте жок актыда.",
        kk: "{date} күні бұл акт енді күшінде емес еді: оның күші «{by}» актісімен жойылды, күшінде болған соңғы күні {earliest} мен {latest} аралығында (нақты күні мәтінде жоқ). Қазір қолданылатын ережелер Tartip-те жоқ актіде.",
    }
    ActRepealedOn {
        en: "On {date} this act was no longer in force: it was repealed by {by}; its last day in force was {earliest}. The rules in force now are in an act Tartip does not hold.",
        ru: "На {date} этот акт уже не действовал: он отменён актом «{by}»; последний день его действия — {earliest}. Действующие правила — в акте, которого в Tartip нет.",
        ky: "{date} күнү бул акт мындан ары күчүндө эмес болчу: ал «{by}» акты менен жокко чыгарылган; анын күчүндө болгон акыркы күнү — {earliest}. Азыр колдонулуп жаткан эрежелер Tartipте жок актыда.",
        kk: "{date} күні бұл акт енді күшінде емес еді: оның күші «{by}» актісімен жойылды; күшінде болған соңғы күні — {earliest}. Қазір қолданылатын ережелер Tartip-те жоқ актіде.",
    }
    ActEntryUncertain {
        en: "Uncertain on {date}: the act entered into force on a day the text does not give, between {earliest} and {latest}. The plan below is computed as if it applied; check that it did before relying on it.",
        ru: "Неясно, действовал ли акт на {date}: он вступил в силу в день, которого текст не называет, — между {earliest} и {latest}. План ниже рассчитан так, будто акт уже действовал; прежде чем на него полагаться, проверьте это.",
        ky: "{date} күнү акт күчүндө болгонбу — белгисиз: ал текстте көрсөтүлбөгөн күнү, {earliest} менен {latest} ортосунда күчүнө кирген. Төмөнкү план акт колдонулган деп эсептелди; ага таянуудан мурун муну текшериңиз.",
        kk: "{date} күні акт күшінде болды ма — белгісіз: ол мәтінде көрсетілмеген күні, {earliest} пен {latest} аралығында күшіне енді. Төмендегі жоспар акт қолданылды деп есептелді; оған сүйенбес бұрын мұны тексеріңіз.",
    }
    ActInForceByReading {
        en: "In force on {date} on Tartip's reading: the text does not date the act's entry into force, and Tartip takes it as in force by {entered_by}. {why}",
        ru: "Действует на {date} в прочтении Tartip: текст не датирует вступление акта в силу, и Tartip считает его действующим не позднее {entered_by}. {why}",
        ky: "{date} күнү Tartipтин окуусу боюнча күчүндө: текст актынын күчүнө кирген күнүн көрсөтпөйт, Tartip аны {entered_by} күнүнөн кечиктирбей күчүндө деп эсептейт. {why}",
        kk: "{date} күні Tartip оқуы бойынша күшінде: мәтін актінің күшіне енген күнін көрсетпейді, Tartip оны {entered_by} күнінен кешіктірмей күшінде деп санайды. {why}",
    }
    ActSigningUncertain {
        en: "Uncertain on {date}: the act was approved in {year} on a day its text leaves blank, and its entry into force is not stated, so on this day it may not yet have applied. The plan below is computed as if it applied; check that it did before relying on it.",
        ru: "Неясно, действовал ли акт на {date}: он утверждён в {year} году в день, который в тексте не заполнен, а дата вступления в силу не указана, поэтому в этот день он мог ещё не действовать. План ниже рассчитан так, будто акт уже действовал; прежде чем на него полагаться, проверьте это.",
        ky: "{date} күнү акт күчүндө болгонбу — белгисиз: ал {year}-жылы текстте толтурулбаган күнү бекитилген, күчүнө кирген күнү көрсөтүлгөн эмес, ошондуктан бул күнү ал али колдонулбашы мүмкүн. Төмөнкү план акт колдонулган деп эсептелди; ага таянуудан мурун муну текшериңиз.",
        kk: "{date} күні акт күшінде болды ма — белгісіз: ол {year} жылы мәтінде толтырылмаған күні бекітілген, күшіне енген күні көрсетілмеген, сондықтан бұл күні ол әлі қолданылмауы мүмкін. Төмендегі жоспар акт қолданылды деп есептелді; оған сүйенбес бұрын мұны тексеріңіз.",
    }
    ActRepealUncertain {
        en: "Uncertain on {date}: the act was repealed by {by} with effect from a day the text does not give; its last day in force fell between {earliest} and {latest}. The plan below is computed as if it still applied; check that it did before relying on it.",
        ru: "Неясно, действовал ли акт на {date}: он отменён актом «{by}» с дня, которого текст не называет; последний день его действия — между {earliest} и {latest}. План ниже рассчитан так, будто акт ещё действовал; прежде чем на него полагаться, проверьте это.",
        ky: "{date} күнү акт күчүндө болгонбу — белгисиз: ал «{by}» акты менен текстте көрсөтүлбөгөн күндөн тартып жокко чыгарылган; анын күчүндө болгон акыркы күнү {earliest} менен {latest} ортосунда. Төмөнкү план акт дагы эле колдонулган деп эсептелди; ага таянуудан мурун муну текшериңиз.",
        kk: "{date} күні акт күшінде болды ма — белгісіз: оның күші «{by}» актісімен мәтінде көрсетілмеген күннен бастап жойылды; күшінде болған соңғы күні {earliest} пен {latest} аралығында. Төмендегі жоспар акт әлі қолданылды деп есептелді; оған сүйенбес бұрын мұны тексеріңіз.",
    }
    ActAsFarAsTextShows {
        en: "In force as far as the text shows: no repeal is known, but the copy Tartip holds speaks only as of {as_of}.",
        ru: "Действует, насколько видно из текста: об отмене ничего не известно, но копия, которая есть у Tartip, говорит лишь о положении на {as_of}.",
        ky: "Тексттен көрүнгөн боюнча күчүндө: жокко чыгарылганы белгисиз, бирок Tartipтеги нуска {as_of} күнкү абалды гана көрсөтөт.",
        kk: "Мәтіннен көрінгендей күшінде: күшінің жойылғаны белгісіз, бірақ Tartip-тегі көшірме {as_of} күнгі жағдайды ғана көрсетеді.",
    }
    ActAsFarAsTextShowsUndated {
        en: "In force as far as the text shows: no repeal is known, but the text does not say when it entered into force, and the copy Tartip holds speaks only as of {as_of}.",
        ru: "Действует, насколько видно из текста: об отмене ничего не известно, но текст не говорит, когда акт вступил в силу, а копия, которая есть у Tartip, говорит лишь о положении на {as_of}.",
        ky: "Тексттен көрүнгөн боюнча күчүндө: жокко чыгарылганы белгисиз, бирок акт качан күчүнө киргени текстте айтылган эмес, ал эми Tartipтеги нуска {as_of} күнкү абалды гана көрсөтөт.",
        kk: "Мәтіннен көрінгендей күшінде: күшінің жойылғаны белгісіз, бірақ актінің қашан күшіне енгені мәтінде айтылмаған, ал Tartip-тегі көшірме {as_of} күнгі жағдайды ғана көрсетеді.",
    }
    RunsPastRepeal {
        en: "From step {step} on, the dates fall after the act was repealed (its last day in force was {date} at the latest): those steps would fall under other rules.",
        ru: "Начиная с этапа {step} даты приходятся на время после отмены акта (последний день его действия — не позже {date}): к этим этапам применялись бы другие правила.",
        ky: "{step}-кадамдан баштап күндөр акт жокко чыгарылгандан кийинки мезгилге туура келет (анын күчүндө болгон акыркы күнү — {date} күнүнөн кеч эмес): бул кадамдарга башка эрежелер колдонулмак.",
        kk: "{step}-қадамнан бастап күндер акт күшін жойғаннан кейінгі уақытқа түседі (күшінде болған соңғы күні — {date} күнінен кеш емес): бұл қадамдарға басқа ережелер қолданылар еді.",
    }
    MayRunPastRepeal {
        en: "From step {step} on, the dates fall after {date}, the earliest day that can have been the act's last day in force: those steps may fall under other rules.",
        ru: "Начиная с этапа {step} даты приходятся на время после {date} — самого раннего дня, который мог быть последним днём действия акта: к этим этапам могли применяться другие правила.",
        ky: "{step}-кадамдан баштап күндөр {date} күнүнөн кийин келет — бул актынын күчүндө болгон акыркы күнү боло алган эң эрте күн: бул кадамдарга башка эрежелер колдонулушу мүмкүн.",
        kk: "{step}-қадамнан бастап күндер {date} күнінен кейін түседі — бұл актінің күшінде болған соңғы күні бола алатын ең ерте күн: бұл қадамдарға басқа ережелер қолданылуы мүмкін.",
    }
    CompletionOtherStart {
        en: "On the other reading of {law} (the day a term starts from counted as its day one): by {date}.",
        ru: "В другом прочтении {law} (день, от которого считается срок, — его первый день): к {date}.",
        ky: "{law} башкача окулганда (мөөнөт эсептелген күн анын биринчи күнү болуп саналат): {date} чейин.",
        kk: "{law} басқаша оқылғанда (мерзім есептелетін күн оның бірінші күні болып саналады): {date} дейін.",
    }
    IntoWorkingDay {
        en: "{date}, {h}:{min} of working time into the day",
        ru: "{date}, через {h}:{min} рабочего времени от начала дня",
        ky: "{date}, күндүн башынан {h}:{min} жумуш убактысы өткөндө",
        kk: "{date}, күннің басынан {h}:{min} жұмыс уақыты өткенде",
    }
    ProcedureOverrun {
        en: "Procedure {id} ({title}) may take {limit}: counted from {started} it ends by {cap}, but its step {step} is due {ends} ({source}).",
        ru: "Процедура {id} ({title}) занимает {limit}: считая с {started}, она должна закончиться к {cap}, но её этап {step} приходится на {ends} ({source}).",
        ky: "{id}-жол-жобо ({title}) {limit} созулат: {started} күнүнөн баштап эсептегенде ал {cap} күнүнө чейин бүтүшү керек, бирок анын {step}-кадамынын мөөнөтү {ends} ({source}).",
        kk: "{id}-рәсім ({title}) {limit} алады: {started} күнінен бастап есептегенде ол {cap} күніне дейін аяқталуы тиіс, бірақ оның {step}-қадамының мерзімі {ends} ({source}).",
    }
    ProvisionalYear {
        en: "The {country} production calendar for {year} is provisional. {open}",
        ru: "Производственный календарь {country} на {year} год предварительный. {open}",
        ky: "{country} өндүрүштүк календары {year}-жылга алдын ала гана. {open}",
        kk: "{country} өндірістік күнтізбесі {year} жылға алдын ала ғана. {open}",
    }
    ProjectedYear {
        en: "Tartip knows the {country} holidays only up to {last}: dates in {year} are counted with weekends alone and are provisional; a holiday or a transfer decreed for {year} can move them later.",
        ru: "Праздники {country} известны Tartip только по {last} год: даты {year} года рассчитаны только с учётом выходных и предварительны; праздник или перенос, установленный на {year} год, может сдвинуть их позже.",
        ky: "Tartip {country} майрамдарын {last}-жылга чейин гана билет: {year}-жылдагы күндөр дем алыш күндөрү менен гана эсептелди жана алдын ала гана; {year}-жылга белгиленген майрам же которуу аларды кечирээк жылдырышы мүмкүн.",
        kk: "Tartip {country} мерекелерін {last} жылға дейін ғана біледі: {year} жылғы күндер демалыс күндерімен ғана есептелді және алдын ала ғана; {year} жылға белгіленген мереке немесе ауыстыру оларды кешірек жылжытуы мүмкін.",
    }
    OpenNoTransferDecree {
        en: "No decree moving days off in {year} is known yet.",
        ru: "Постановление о переносе дней отдыха на {year} год пока не известно.",
        ky: "{year}-жылга дем алыш күндөрүн которуу жөнүндө токтом азырынча белгисиз.",
        kk: "{year} жылға демалыс күндерін ауыстыру туралы қаулы әзірге белгісіз.",
    }
    OpenHolidayUnconfirmed {
        en: "The date of {holiday} in {year} is announced but not confirmed.",
        ru: "Дата праздника «{holiday}» в {year} году объявлена, но не подтверждена.",
        ky: "{year}-жылы «{holiday}» майрамынын күнү жарыяланган, бирок ырасталган эмес.",
        kk: "{year} жылы «{holiday}» мерекесінің күні жарияланған, бірақ расталмаған.",
    }
    OpenHolidayNotAnnounced {
        en: "The date of {holiday} in {year} is not announced yet, so it is not counted.",
        ru: "Дата праздника «{holiday}» в {year} году ещё не объявлена и не учитывается.",
        ky: "{year}-жылы «{holiday}» майрамынын күнү али жарыялана элек, ошондуктан эсепке алынган жок.",
        kk: "{year} жылы «{holiday}» мерекесінің күні әлі жарияланбаған, сондықтан есепке алынбады.",
    }
    OpenHolidayChangeReported {
        en: "The change of {holiday} in {year} follows reports; the amending act itself was not read.",
        ru: "Изменение праздника «{holiday}» в {year} году учтено по сообщениям; сам изменяющий акт не прочитан.",
        ky: "{year}-жылы «{holiday}» майрамынын өзгөрүшү билдирүүлөр боюнча эсепке алынды; өзгөртүүчү актынын өзү окулган жок.",
        kk: "{year} жылы «{holiday}» мерекесінің өзгеруі хабарламалар бойынша ескерілді; өзгертетін актінің өзі оқылмады.",
    }
    LowerBounds {
        en: "The regulation gives no term for step {step} ({title}): the dates after it are counted as if it took no time, so they are the earliest possible, not deadlines.",
        ru: "Регламент не даёт срока для этапа {step} ({title}): даты после него рассчитаны так, будто он не занял времени, поэтому это самые ранние возможные даты, а не крайние сроки.",
        ky: "Регламент {step}-кадамга ({title}) мөөнөт бербейт: андан кийинки күндөр ал убакыт албагандай эсептелди, ошондуктан алар акыркы мөөнөттөр эмес, эң эрте мүмкүн болгон күндөр.",
        kk: "Регламент {step}-қадамға ({title}) мерзім бермейді: одан кейінгі күндер ол уақыт алмағандай есептелді, сондықтан олар соңғы мерзімдер емес, ең ерте мүмкін күндер.",
    }
    Barred {
        en: "On your answers the result will be refused: {ground} ({source}).",
        ru: "По вашим ответам в результате будет отказано: {ground} ({source}).",
        ky: "Сиздин жоопторуңуз боюнча натыйжадан баш тартылат: {ground} ({source}).",
        kk: "Сіздің жауаптарыңыз бойынша нәтижеден бас тартылады: {ground} ({source}).",
    }
    FlagAfterRepeal {
        en: "after the act's last day in force ({date})",
        ru: "после последнего дня действия акта ({date})",
        ky: "акт күчүндө болгон акыркы күндөн ({date}) кийин",
        kk: "акт күшінде болған соңғы күннен ({date}) кейін",
    }
    FlagMayBeAfterRepeal {
        en: "the act may have been repealed by then (its last day in force fell between {earliest} and {latest})",
        ru: "к этому времени акт мог быть уже отменён (последний день его действия — между {earliest} и {latest})",
        ky: "бул убакытка чейин акт жокко чыгарылган болушу мүмкүн (анын күчүндө болгон акыркы күнү {earliest} менен {latest} ортосунда)",
        kk: "бұл уақытқа дейін актінің күші жойылған болуы мүмкін (күшінде болған соңғы күні {earliest} пен {latest} аралығында)",
    }
    FlagProvisional {
        en: "{year}: provisional calendar",
        ru: "{year}: календарь предварительный",
        ky: "{year}: календарь алдын ала",
        kk: "{year}: күнтізбе алдын ала",
    }
    FlagProjected {
        en: "{year}: weekends only, holidays not yet known",
        ru: "{year}: учтены только выходные, праздники ещё неизвестны",
        ky: "{year}: дем алыш күндөрү гана эсептелди, майрамдар али белгисиз",
        kk: "{year}: тек демалыс күндері ескерілді, мерекелер әлі белгісіз",
    }
    FlagLowerBound {
        en: "not earlier than this: step {step} has no term",
        ru: "не раньше этой даты: у этапа {step} нет срока",
        ky: "бул күндөн эрте эмес: {step}-кадамдын мөөнөтү жок",
        kk: "бұл күннен ерте емес: {step}-қадамның мерзімі жоқ",
    }
    FlagTermByReading {
        en: "term by Tartip's reading",
        ru: "срок по прочтению Tartip",
        ky: "мөөнөт Tartipтин окуусу боюнча",
        kk: "мерзім Tartip оқуы бойынша",
    }
    FlagOverCap {
        en: "past procedure {id}'s own limit ({cap})",
        ru: "позже предела самой процедуры {id} ({cap})",
        ky: "{id}-жол-жобонун өз чегинен ({cap}) кеч",
        kk: "{id}-рәсімнің өз шегінен ({cap}) кеш",
    }
    FlagHeldBack {
        en: "not before {date}: procedure {id}'s minimum term",
        ru: "не раньше {date}: минимальный срок процедуры {id}",
        ky: "{date} күнүнөн эрте эмес: {id}-жол-жобонун эң аз мөөнөтү",
        kk: "{date} күнінен ерте емес: {id}-рәсімнің ең аз мерзімі",
    }
    FlagHeldBackOverall {
        en: "not before {date}: the overall term's minimum",
        ru: "не раньше {date}: минимальный общий срок",
        ky: "{date} күнүнөн эрте эмес: жалпы мөөнөттүн эң азы",
        kk: "{date} күнінен ерте емес: жалпы мерзімнің ең азы",
    }
    FlagOtherReading {
        en: "{date} on the other reading: this step done the same day the previous one ends",
        ru: "{date} при другом прочтении: этап выполнен в тот же день, когда закончился предыдущий",
        ky: "башка окууда {date}: бул кадам мурунку кадам бүткөн күнү эле аткарылат",
        kk: "басқа оқуда {date}: бұл қадам алдыңғы қадам аяқталған күні орындалады",
    }
    NotComputedNotInForce {
        en: "Not computed: the act does not apply on the submission date.",
        ru: "Не рассчитано: на дату подачи акт не применяется.",
        ky: "Эсептелген жок: арыз берилген күнү акт колдонулбайт.",
        kk: "Есептелмеді: өтініш берілген күні акт қолданылмайды.",
    }
    CompletionBarred {
        en: "No completion date: on your answers the result will be refused.",
        ru: "Даты завершения нет: по вашим ответам в результате будет отказано.",
        ky: "Аяктоо күнү жок: сиздин жоопторуңуз боюнча натыйжадан баш тартылат.",
        kk: "Аяқталу күні жоқ: сіздің жауаптарыңыз бойынша нәтижеден бас тартылады.",
    }
    OverallTermFromStep {
        en: "Overall term: {term} ({source}). Counted from the end of step {step} on {from}, it ends on {to}.",
        ru: "Общий срок: {term} ({source}). Считая с окончания этапа {step} {from}, он истекает {to}.",
        ky: "Жалпы мөөнөт: {term} ({source}). {step}-кадам бүткөн {from} күнүнөн баштап эсептегенде, ал {to} күнү бүтөт.",
        kk: "Жалпы мерзім: {term} ({source}). {step}-қадам аяқталған {from} күнінен бастап есептегенде, ол {to} күні аяқталады.",
    }
    NotBefore {
        en: "Not before {date}.",
        ru: "Не раньше {date}.",
        ky: "{date} күнүнөн эрте эмес.",
        kk: "{date} күнінен ерте емес.",
    }
    LowerBoundNote {
        en: "This is a lower bound: step {step} has no term in the regulation, and the count takes it as taking no time.",
        ru: "Это нижняя граница: у этапа {step} в регламенте нет срока, и расчёт считает, что он не занял времени.",
        ky: "Бул төмөнкү чек: регламентте {step}-кадамдын мөөнөтү жок, эсеп аны убакыт албады деп алат.",
        kk: "Бұл төменгі шек: регламентте {step}-қадамның мерзімі жоқ, есеп оны уақыт алмады деп санайды.",
    }

    ScheduleFromStep {
        en: "Counted from the due date of step {step} ({title}).",
        ru: "Считается от срока этапа {step} ({title}).",
        ky: "{step}-кадамдын ({title}) мөөнөтүнөн баштап эсептелет.",
        kk: "{step}-қадамның ({title}) мерзімінен бастап есептеледі.",
    }
    ScheduleFromHeldBackStep {
        en: "Counted from {date}, the earliest day step {step} ({title}) can be done: a minimum term holds it back past its due date.",
        ru: "Считается от {date} — самого раннего дня, когда может быть выполнен этап {step} ({title}): минимальный срок сдвигает его позже срока этапа.",
        ky: "{date} күндөн баштап эсептелет — {step}-кадам ({title}) аткарылышы мүмкүн болгон эң эрте күн: эң аз мөөнөт аны өз мөөнөтүнөн кечирээк жылдырат.",
        kk: "{date} күннен бастап есептеледі — {step}-қадам ({title}) орындалуы мүмкін ең ерте күн: ең аз мерзім оны өз мерзімінен кейінге ығыстырады.",
    }
    ChainRule {
        en: "Each step counts from the end of the one before. A term in days counts from the day the previous step ended, that day not counted; a step in hours starts when the previous one ended, or at the next opening if the previous step could use its whole last day. Where steps in hours could instead be done on that last day, the earlier date is shown as the other reading.",
        ru: "Каждый этап считается от окончания предыдущего. Срок в днях считается со дня окончания предыдущего этапа, не включая этот день; этап в часах начинается, когда закончился предыдущий, или со следующего начала рабочего дня, если предыдущий этап мог занять весь свой последний день. Если этапы в часах можно выполнить в этот последний день, более ранняя дата показана как другое прочтение.",
        ky: "Ар бир кадам мурункусу бүткөндөн баштап эсептелет. Күн менен эсептелген мөөнөт мурунку кадам бүткөн күндөн баштап, ал күн кирбестен эсептелет; саат менен эсептелген кадам мурункусу бүткөндө, же мурунку кадам акыркы күнүн толук колдоно алса, кийинки жумуш күнүнүн башынан башталат. Саат менен эсептелген кадамдар ошол акыркы күнү аткарылышы мүмкүн болсо, эртерээк күн башка окуу катары көрсөтүлөт.",
        kk: "Әр қадам алдыңғысы аяқталғаннан бастап есептеледі. Күнмен есептелетін мерзім алдыңғы қадам аяқталған күннен бастап, сол күн кірмей есептеледі; сағатпен есептелетін қадам алдыңғысы аяқталғанда, не алдыңғы қадам соңғы күнін толық пайдалана алса, келесі жұмыс күнінің басынан басталады. Сағатпен есептелетін қадамдар сол соңғы күні орындалуы мүмкін болса, ертерек күн басқа оқу ретінде көрсетіледі.",
    }

    MinimumAfterDue {
        en: "Procedure {id} ({title}) takes at least until {date} by its own term, but its step {step} is due {due}: the regulation contradicts itself ({source}).",
        ru: "Процедура {id} ({title}) по своему сроку длится не меньше чем до {date}, но её этап {step} должен завершиться {due}: регламент противоречит сам себе ({source}).",
        ky: "{id}-жол-жобо ({title}) өз мөөнөтү боюнча кеминде {date} күнүнө чейин созулат, бирок анын {step}-кадамынын мөөнөтү {due}: регламент өзүнө өзү карама-каршы ({source}).",
        kk: "{id}-рәсім ({title}) өз мерзімі бойынша кемінде {date} күніне дейін созылады, бірақ оның {step}-қадамының мерзімі {due}: регламент өзіне-өзі қайшы ({source}).",
    }
    AfterUntimed {
        en: "Due not before this date: it depends on step {step} ({title}), for which the regulation gives no term.",
        ru: "Срок — не раньше этой даты: он зависит от этапа {step} ({title}), для которого регламент не даёт срока.",
        ky: "Мөөнөтү бул күндөн эрте эмес: ал регламент мөөнөт бербеген {step}-кадамга ({title}) көз каранды.",
        kk: "Мерзімі бұл күннен ерте емес: ол регламент мерзім бермеген {step}-қадамға ({title}) байланысты.",
    }
    CompletionLowerBound {
        en: "Not before {date}: step {step} has no term in the regulation, so no latest date can be given; {date} is where the step terms end if it takes no time.",
        ru: "Не раньше {date}: у этапа {step} в регламенте нет срока, поэтому крайнюю дату назвать нельзя; {date} — окончание сроков этапов, если он не займёт времени.",
        ky: "{date} күнүнөн эрте эмес: регламентте {step}-кадамдын мөөнөтү жок, ошондуктан акыркы күндү айтуу мүмкүн эмес; {date} — ал убакыт албаса, кадамдардын мөөнөттөрү бүткөн күн.",
        kk: "{date} күнінен ерте емес: регламентте {step}-қадамның мерзімі жоқ, сондықтан соңғы күнді айту мүмкін емес; {date} — ол уақыт алмаса, қадамдар мерзімдерінің аяқталатын күні.",
    }

    DocumentTooOldIfApplies {
        en: "If its validity window applies to you: {doc} dated {issued} is too old, as on {submitted} it must be issued on or after {limit} ({age}, {source}).",
        ru: "Если к вам применяется срок действия: {doc} от {issued} устарел(а) — на {submitted} дата выдачи должна быть не ранее {limit} ({age}, {source}).",
        ky: "Эгер мөөнөт сизге тиешелүү болсо: {issued} күнкү {doc} эскирген — {submitted} күнү ал {limit} же андан кийин берилген болушу керек ({age}, {source}).",
        kk: "Егер мерзім сізге қолданылса: {issued} күнгі {doc} ескірген — {submitted} күні ол {limit} немесе одан кейін берілген болуы керек ({age}, {source}).",
    }

    OverallTermNotForPath {
        en: "The act's overall term does not apply to this path; {date} is where its own steps end.",
        ru: "Общий срок акта к этому пути не относится; {date} — окончание его собственных этапов.",
        ky: "Актынын жалпы мөөнөтү бул жолго тиешелүү эмес; {date} — анын өз кадамдары бүткөн күн.",
        kk: "Актінің жалпы мерзімі бұл жолға қолданылмайды; {date} — оның өз қадамдары аяқталатын күн.",
    }
    CompletionPastRepeal {
        en: "The completion ({completion}) falls after the act was repealed (its last day in force was {date} at the latest).",
        ru: "Завершение ({completion}) приходится на время после отмены акта (последний день его действия — не позже {date}).",
        ky: "Аяктоо ({completion}) акт жокко чыгарылгандан кийинки мезгилге туура келет (анын күчүндө болгон акыркы күнү — {date} күнүнөн кеч эмес).",
        kk: "Аяқталу ({completion}) акт күшін жойғаннан кейінгі уақытқа түседі (күшінде болған соңғы күні — {date} күнінен кеш емес).",
    }
    CompletionMayBePastRepeal {
        en: "The completion ({completion}) falls after {date}, the earliest day that can have been the act's last day in force: it may come under other rules.",
        ru: "Завершение ({completion}) приходится на время после {date} — самого раннего дня, который мог быть последним днём действия акта: к нему могли применяться другие правила.",
        ky: "Аяктоо ({completion}) {date} күнүнөн кийин келет — бул актынын күчүндө болгон акыркы күнү боло алган эң эрте күн: ага башка эрежелер колдонулушу мүмкүн.",
        kk: "Аяқталу ({completion}) {date} күнінен кейін түседі — бұл актінің күшінде болған соңғы күні бола алатын ең ерте күн: оған басқа ережелер қолданылуы мүмкін.",
    }

    TransferredDayOffFor {
        en: "day off by government transfer, worked instead on {date}{decree}",
        ru: "выходной по переносу, вместо него рабочий день {date}, решение правительства{decree}",
        ky: "өкмөттүн чечими менен которулган дем алыш күнү, анын ордуна {date} иштелет{decree}",
        kk: "үкімет шешімімен ауыстырылған демалыс күні, оның орнына {date} жұмыс күні{decree}",
    }
    TransferredWorkingDayFor {
        en: "working day by government transfer, for the day off on {date}{decree}",
        ru: "рабочий день по переносу за выходной {date}, решение правительства{decree}",
        ky: "өкмөттүн чечими менен жумуш күнү, {date} күнкү дем алыштын ордуна{decree}",
        kk: "үкімет шешімімен жұмыс күні, {date} күнгі демалыстың орнына{decree}",
    }

    Contradiction {
        en: "The regulation contradicts itself: {what} ({source})",
        ru: "Регламент противоречит сам себе: {what} ({source})",
        ky: "Регламент өзүнө өзү карама-каршы келет: {what} ({source})",
        kk: "Регламент өзіне-өзі қайшы келеді: {what} ({source})",
    }
    NoStepsNoTerm {
        en: "The regulation gives no steps or terms for this service: no date follows from it.",
        ru: "Регламент не содержит ни этапов, ни сроков этой услуги: дату из него вывести нельзя.",
        ky: "Регламентте бул кызматтын кадамдары да, мөөнөттөрү да жок: андан күндү чыгарууга болбойт.",
        kk: "Регламентте бұл қызметтің қадамдары да, мерзімдері де жоқ: одан күнді шығаруға болмайды.",
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
        en: "Not determinable: {date} is outside the years Tartip counts on the {country} calendar ({from}–{to}).",
        ru: "Определить нельзя: {date} выходит за пределы лет, которые Tartip считает по календарю {country} ({from}–{to}).",
        ky: "Аныктоо мүмкүн эмес: {date} Tartip {country} календары боюнча эсептеген жылдардан ({from}–{to}) тышкары.",
        kk: "Анықтау мүмкін емес: {date} Tartip {country} күнтізбесі бойынша есептейтін жылдардан ({from}–{to}) тыс.",
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
}
