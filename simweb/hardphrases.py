"""Texts of simweb's hard cases, written for simweb (kk / ru / en, several wordings per kind).

Hard negatives are pages that share words with an artefact without being the institution's own
document of it: news about national grant or scholarship lists, reposted national acts and model
documents, another organisation's pages (an anti-plagiarism vendor, a state body's vacancy notice)
and the institution's own documents of a neighbouring kind (an employee survey questionnaire, rules
for electronic appeals). Hard positives are the institution's own documents in forms that are hard to
recognise: English pages with paraphrased, machine-translated titles, menu links to online services
whose target says nothing, and pages that carry two artefacts. simweb/README.md ("Hard cases") says
how each kind sets the expected status.

Placeholders: {y} a year, {y1} the next year, {d} a date "dd.mm.yyyy", {n} a number, {V} a vendor,
{city} the city in the template's language, {H}/{Hg} the head (nominative / genitive).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class HardText:
    """Titles per language and body lines per language (a line with ' | ' is a table row)."""

    kk: tuple[str, ...]
    ru: tuple[str, ...]
    en: tuple[str, ...]
    body_kk: tuple[str, ...]
    body_ru: tuple[str, ...]
    body_en: tuple[str, ...] = ()

    def titles(self, lang: str) -> tuple[str, ...]:
        return getattr(self, lang) or self.ru

    def body(self, lang: str) -> tuple[str, ...]:
        return getattr(self, f"body_{lang}") or self.body_ru


H = HardText

# ---- hard negatives ----------------------------------------------------------------------------

# News about national lists or national rule changes (not the institution's own list or rules).
NEWS_NATIONAL_LISTS: tuple[HardText, ...] = (
    H(("Ғылым және жоғары білім министрлігі білім беру гранттарын иеленгендердің тізімін жариялады",
       "{y} жылғы мемлекеттік білім беру гранттарын тағайындау конкурсының нәтижелері жарияланды",
       "Министрлік: гранттар конкурсының қорытындысы шықты"),
      ("Министерство науки и высшего образования опубликовало списки обладателей образовательных грантов",
       "Опубликованы результаты конкурса по присуждению образовательных грантов на {y}-{y1} учебный год",
       "МНВО РК подвело итоги конкурса на присуждение государственных грантов"),
      ("Ministry publishes the names of state education grant holders",
       "Results of the national grant competition for {y}-{y1} announced"),
      ("{d} Қазақстан Республикасы Ғылым және жоғары білім министрлігі ресми сайтында гранттар конкурсының "
       "нәтижелерін жариялады.",
       "Тізімдермен министрліктің ресми интернет-ресурсында танысуға болады.",
       "Еске сала кетейік, конкурс Ұлттық бірыңғай тестілеу нәтижелері бойынша өткізіледі.",
       "Сұрақтар бойынша қабылдау комиссиясына хабарласыңыздар."),
      ("{d} Министерство науки и высшего образования Республики Казахстан разместило на своём официальном "
       "сайте итоги конкурса.",
       "Ознакомиться со списками можно на интернет-ресурсе министерства.",
       "Напомним, конкурс проводится по результатам Единого национального тестирования.",
       "По всем вопросам обращайтесь в приёмную комиссию."),
      ("On {d} the Ministry of Science and Higher Education published the results on its website.",
       "The lists are available on the ministry's website.")),
    H(("Мемлекеттік стипендия тағайындау қағидаларына өзгерістер енгізілді",
       "{d} бастап стипендия тағайындаудың жаңа тәртібі күшіне енеді",
       "Стипендия мөлшері артады: министрлік жаңа қағидаларды бекітті"),
      ("Внесены изменения в Правила назначения государственных стипендий",
       "С {d} вступает в силу новый порядок назначения стипендий",
       "Размер стипендий вырастет: министерство утвердило поправки в правила"),
      ("Changes to the national scholarship rules take effect on {d}",
       "Ministry amends the rules for awarding state scholarships"),
      ("Білім және ғылым саласындағы уәкілетті орган мемлекеттік стипендия тағайындау қағидаларына "
       "түзетулер енгізу туралы бұйрыққа қол қойды.",
       "Өзгерістер {y}-{y1} оқу жылының екінші жартыжылдығынан бастап қолданылады.",
       "Бұйрық мәтіні нормативтік құқықтық актілердің эталондық бақылау банкінде жарияланған.",
       "Жаңалықты баспасөз қызметі дайындады."),
      ("Уполномоченный орган в области образования подписал приказ о внесении поправок в Правила назначения "
       "государственных стипендий.",
       "Изменения применяются со второго семестра {y}-{y1} учебного года.",
       "Текст приказа опубликован в Эталонном контрольном банке нормативных правовых актов.",
       "Новость подготовлена пресс-службой."),
      ("The authorised body signed an order amending the rules for state scholarships.",
       "The changes apply from the second semester of {y}-{y1}.")),
    H(("Бос гранттарды бөлу қорытындысы: министрлік хабарлайды",
       "Босаған гранттарға ауысу бойынша республикалық комиссияның шешімі жарияланды"),
      ("Итоги распределения вакантных грантов: сообщает министерство",
       "Республиканская комиссия объявила решение о переводе на вакантные гранты"),
      ("Vacant grants redistributed nationally: ministry statement",),
      ("Республикалық комиссия {d} отырысында босаған білім беру гранттарын бөлу туралы шешім қабылдады.",
       "Шешім министрліктің сайтында жарияланды, жоғары оқу орындары оны ақпарат үшін алды.",
       "Біздің білім алушылар бұл шешім бойынша кеңесті тіркеу кеңсесінен ала алады."),
      ("Республиканская комиссия на заседании {d} приняла решение о распределении вакантных образовательных грантов.",
       "Решение опубликовано на сайте министерства, вузы приняли его к сведению.",
       "Наши обучающиеся могут получить консультацию в офисе регистратора."),
      ("At its meeting on {d} the national commission decided how vacant grants are redistributed.",)),
)

# National models reposted on the institution's site: the national counterpart of one artefact.
# Key: the artefact whose cell becomes `uncertain` when the site has nothing of its own for it.
NATIONAL_MODELS: dict[str, HardText] = {
    "staff_ethics_code": H(
        ("Педагогтік әдеп қағидалары", "Педагогтік әдеп қағидаларын бекіту туралы",
         "Педагогтердің әдеп қағидалары (Министрдің бұйрығымен бекітілген)"),
        ("Правила педагогической этики", "Об утверждении Правил педагогической этики",
         "Правила педагогической этики (утверждены приказом Министра)"),
        ("Rules of pedagogical ethics (national)",),
        ("Қазақстан Республикасы Оқу-ағарту министрінің {d} № {n} бұйрығы",
         "Қазақстан Республикасының Әділет министрлігінде тіркелген.",
         "«Педагог мәртебесі туралы» Заңға сәйкес БҰЙЫРАМЫН:",
         "1. Қоса беріліп отырған Педагогтік әдеп қағидалары бекітілсін.",
         "2. Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.",
         "Осы Қағидалар білім беру ұйымдарының барлық педагогтеріне қолданылады."),
        ("Приказ Министра просвещения Республики Казахстан от {d} № {n}",
         "Зарегистрирован в Министерстве юстиции Республики Казахстан.",
         "В соответствии с Законом Республики Казахстан «О статусе педагога» ПРИКАЗЫВАЮ:",
         "1. Утвердить прилагаемые Правила педагогической этики.",
         "2. Настоящий приказ вводится в действие по истечении десяти календарных дней после дня его первого "
         "официального опубликования.",
         "Настоящие Правила распространяются на педагогов всех организаций образования."),
        ("Order of the Minister of Education of the Republic of Kazakhstan of {d} No. {n}.",
         "These rules apply to teachers of all education organisations.")),
    "exam_rules": H(
        ("Білім алушылардың үлгерімін ағымдағы бақылауды, аралық және қорытынды аттестаттауды өткізудің "
         "үлгілік қағидалары", "Аралық және қорытынды аттестаттауды өткізудің үлгілік қағидаларын бекіту туралы"),
        ("Типовые правила проведения текущего контроля успеваемости, промежуточной и итоговой аттестации "
         "обучающихся", "Об утверждении Типовых правил проведения текущего контроля успеваемости и аттестации",
         "Типовые правила проведения промежуточной и итоговой аттестации (приказ Министра)"),
        ("Model rules for ongoing assessment and final certification of learners",),
        ("Қазақстан Республикасы Білім және ғылым министрінің {d} № {n} бұйрығы",
         "Осы Үлгілік қағидалар меншік нысанына қарамастан барлық білім беру ұйымдарына арналған.",
         "Білім беру ұйымдары осы Үлгілік қағидалар негізінде өздерінің ішкі қағидаларын әзірлейді.",
         "1-тарау. Жалпы ережелер"),
        ("Приказ Министра образования и науки Республики Казахстан от {d} № {n}",
         "Настоящие Типовые правила предназначены для организаций образования независимо от формы собственности.",
         "На основе Типовых правил организации образования разрабатывают собственные внутренние правила.",
         "Глава 1. Общие положения"),
        ("Order of the Minister of Education and Science of {d} No. {n}.",
         "Education organisations develop their own rules on the basis of these model rules.")),
    "dissertation_council_regulation": H(
        ("Диссертациялық кеңес туралы үлгілік ереже", "Диссертациялық кеңес туралы үлгілік ережені бекіту туралы"),
        ("Типовое положение о диссертационном совете", "Об утверждении Типового положения о диссертационном совете"),
        ("Model regulation on dissertation councils (national)",),
        ("Қазақстан Республикасы Ғылым және жоғары білім министрінің {d} № {n} бұйрығы",
         "Осы Үлгілік ереже диссертациялық кеңестердің қызметін ұйымдастыру тәртібін айқындайды.",
         "Жоғары оқу орындары осы Үлгілік ереже негізінде диссертациялық кеңестер туралы ережелерін бекітеді."),
        ("Приказ Министра науки и высшего образования Республики Казахстан от {d} № {n}",
         "Настоящее Типовое положение определяет порядок организации деятельности диссертационных советов.",
         "Организации высшего образования на основе Типового положения утверждают положения о своих советах."),
        ("Order of the Minister of Science and Higher Education of {d} No. {n}.",)),
    "board_of_trustees_regulation": H(
        ("Білім беру ұйымдарында қамқоршылық кеңестің жұмысын ұйымдастыру және оны сайлау тәртібінің үлгілік "
         "қағидалары", "Қамқоршылық кеңестің жұмысын ұйымдастырудың үлгілік қағидаларын бекіту туралы"),
        ("Типовые правила организации работы Попечительского совета и порядок его избрания в организациях "
         "образования", "Об утверждении Типовых правил организации работы попечительского совета"),
        ("Model rules on boards of trustees of education organisations",),
        ("Қазақстан Республикасы Білім және ғылым министрінің {d} № {n} бұйрығы",
         "Осы Үлгілік қағидалар білім беру ұйымдарындағы қамқоршылық кеңестің жұмысын ұйымдастыру тәртібін айқындайды.",
         "Қамқоршылық кеңестің құрамын білім беру ұйымының басшысы ұсынады."),
        ("Приказ Министра образования и науки Республики Казахстан от {d} № {n}",
         "Настоящие Типовые правила определяют порядок организации работы попечительского совета в организациях "
         "образования.", "Состав попечительского совета предлагается руководителем организации образования."),
        ("Order of the Minister of Education and Science of {d} No. {n}.",)),
    "vacancy_rules": H(
        ("Мемлекеттік білім беру ұйымдарының бірінші басшылары мен педагогтерін лауазымға тағайындау, лауазымнан "
         "босату қағидалары", "Бірінші басшылар мен педагогтерді лауазымға тағайындау қағидаларын бекіту туралы"),
        ("Правила назначения на должности, освобождения от должностей первых руководителей и педагогов "
         "государственных организаций образования",
         "Об утверждении Правил назначения на должности первых руководителей и педагогов государственных "
         "организаций образования"),
        ("National rules on appointing heads and teachers of state education organisations",),
        ("Қазақстан Республикасы Білім және ғылым министрінің {d} № {n} бұйрығы",
         "Осы Қағидалар мемлекеттік білім беру ұйымдарының бірінші басшылары мен педагогтерін тағайындау тәртібін "
         "айқындайды.", "Конкурс туралы хабарландыру бұқаралық ақпарат құралдарында жарияланады."),
        ("Приказ Министра образования и науки Республики Казахстан от {d} № {n}",
         "Настоящие Правила определяют порядок назначения первых руководителей и педагогов государственных "
         "организаций образования.", "Объявление о конкурсе публикуется в средствах массовой информации."),
        ("Order of the Minister of Education and Science of {d} No. {n}.",)),
}

# National acts that are not the national counterpart of any artefact (no evidence of anything):
POSTGRAD_STANDARD = H(("Жоғары оқу орнынан кейінгі білім берудің мемлекеттік жалпыға міндетті стандарты",
       "Жоғары және жоғары оқу орнынан кейінгі білім берудің мемлекеттік жалпыға міндетті стандарттарын "
       "бекіту туралы"),
      ("Государственный общеобязательный стандарт послевузовского образования",
       "Об утверждении государственных общеобязательных стандартов высшего и послевузовского образования"),
      ("State compulsory standard of postgraduate education",),
      ("Қазақстан Республикасы Ғылым және жоғары білім министрінің {d} № {n} бұйрығы",
       "Осы стандарт магистратура мен докторантура бағдарламаларының мазмұнына қойылатын талаптарды белгілейді.",
       "Стандарт меншік нысанына қарамастан барлық жоғары оқу орындарына міндетті."),
      ("Приказ Министра науки и высшего образования Республики Казахстан от {d} № {n}",
       "Настоящий стандарт устанавливает требования к содержанию программ магистратуры и докторантуры.",
       "Стандарт обязателен для всех организаций высшего и послевузовского образования."),
      ("Order of the Minister of Science and Higher Education of {d} No. {n}.",))
CIVIL_SERVICE_RULES = H(("«Б» корпусының әкімшілік мемлекеттік лауазымына орналасуға конкурс өткізу қағидалары",),
      ("Правила проведения конкурса на занятие административной государственной должности корпуса «Б»",),
      ("Rules of competitions for civil-service posts of corps B",),
      ("Қазақстан Республикасы Мемлекеттік қызмет істері агенттігі төрағасының {d} № {n} бұйрығы",
       "Осы Қағидалар мемлекеттік органдардағы бос лауазымдарға конкурс өткізу тәртібін айқындайды."),
      ("Приказ Председателя Агентства Республики Казахстан по делам государственной службы от {d} № {n}",
       "Настоящие Правила определяют порядок проведения конкурса на вакантные должности в государственных "
       "органах."),
      ("Order of the Chair of the Civil Service Affairs Agency of {d} No. {n}.",))
TVET_STANDARD = H(("Техникалық және кәсіптік білім берудің мемлекеттік жалпыға міндетті стандарты",
       "Техникалық және кәсіптік, орта білімнен кейінгі білім берудің мемлекеттік жалпыға міндетті стандарты"),
      ("Государственный общеобязательный стандарт технического и профессионального образования",
       "Об утверждении государственного общеобязательного стандарта технического и профессионального, "
       "послесреднего образования"),
      ("State compulsory standard of technical and vocational education",),
      ("Қазақстан Республикасы Оқу-ағарту министрінің {d} № {n} бұйрығы",
       "Стандарт білім беру бағдарламаларының мазмұнына және оқу жүктемесінің көлеміне қойылатын талаптарды "
       "белгілейді."),
      ("Приказ Министра просвещения Республики Казахстан от {d} № {n}",
       "Стандарт устанавливает требования к содержанию образовательных программ и объёму учебной нагрузки."),
      ("Order of the Minister of Education of {d} No. {n}.",))
# per type, (text, section it is reposted in, artefacts a careless detector reads it as).
NATIONAL_ACTS: dict[str, tuple[tuple[HardText, str, tuple[str, ...]], ...]] = {
    "university": ((POSTGRAD_STANDARD, "science", ("masters_regulation", "phd_regulation")),
                   (CIVIL_SERVICE_RULES, "vacancies", ("vacancy_rules",))),
    "college": ((TVET_STANDARD, "about", ("qualification_requirements",)),
                (CIVIL_SERVICE_RULES, "vacancies", ("vacancy_rules",))),
}

VENDORS = ("ТекстАудит", "Uniqum", "ОригиналПро", "PlagiScan KZ")
# An anti-plagiarism vendor's own rules, reposted (another organisation's document).
VENDOR_PAGES: tuple[HardText, ...] = (
    H(("«{V}» сервисін адал пайдалану қағидалары", "«{V}» компаниясының адал жұмыс ережелері"),
      ("Правила добросовестного использования сервиса «{V}»", "Правила честной работы от компании «{V}»",
       "«{V}»: политика добросовестного использования"),
      ("{V} fair use policy", "{V}: rules of fair work for authors"),
      ("Материал «{V}» ЖШС ұсынған.", "Осы қағидалар сервис пайдаланушыларына арналған: авторлар, оқытушылар, "
       "сарапшылар.", "Компания сервисті пайдаланушылардың жұмыстарының мазмұнына жауап бермейді.",
       "Лицензиялық келісімді бұзған жағдайда компания кіруді шектеуге құқылы."),
      ("Материал предоставлен ТОО «{V}».", "Настоящие правила адресованы пользователям сервиса: авторам, "
       "преподавателям, экспертам.", "Компания не несёт ответственности за содержание работ пользователей.",
       "При нарушении лицензионного соглашения компания вправе ограничить доступ."),
      ("Provided by {V} LLP.", "These rules are addressed to users of the service: authors, teachers, reviewers.",
       "The company may restrict access if the licence agreement is breached.")),
    H(("«{V}»: мәтіндердің түпнұсқалығын тексеру жүйесін пайдаланушыға нұсқаулық",),
      ("«{V}»: руководство пользователя системы проверки оригинальности текстов",
       "Пользовательское соглашение системы «{V}»"),
      ("{V} user guide",),
      ("Жүйеге кіру үшін ұйымыңыз берген логинді пайдаланыңыз.", "Файлды жүктеп, «Тексеру» батырмасын басыңыз.",
       "Есеп 5 минут ішінде дайын болады. © «{V}» ЖШС"),
      ("Для входа используйте логин, выданный вашей организацией.", "Загрузите файл и нажмите «Проверить».",
       "Отчёт будет готов в течение 5 минут. © ТОО «{V}»"),
      ("Sign in with the login your organisation gave you.", "Upload a file and press Check. (c) {V} LLP")),
)

# A state body's vacancy notice reposted on the institution's vacancies page.
STATE_VACANCY: tuple[HardText, ...] = (
    H(("{city} қаласының білім бөлімі бос әкімшілік мемлекеттік лауазымға орналасуға конкурс жариялайды",
       "Білім басқармасы: «Б» корпусының бос лауазымына жалпы конкурс"),
      ("ГУ «Отдел образования города {city}» объявляет конкурс на занятие вакантной административной "
       "государственной должности", "Управление образования объявляет общий конкурс на должность корпуса «Б»"),
      ("The {city} education department announces a civil-service vacancy",),
      ("Мемлекеттік мекеме «{city} қаласының білім бөлімі» бас маман лауазымына конкурс жариялайды.",
       "Құжаттар хабарландыру жарияланған күннен бастап 10 жұмыс күні ішінде «электрондық үкімет» порталы арқылы "
       "қабылданады.", "Лауазымдық айлықақы: 180 000 теңгеден бастап."),
      ("Государственное учреждение «Отдел образования города {city}» объявляет конкурс на должность главного "
       "специалиста.", "Документы принимаются через портал «электронного правительства» в течение 10 рабочих дней "
       "со дня опубликования объявления.", "Должностной оклад: от 180 000 тенге."),
      ("The state institution announces a competition for a chief specialist post.",
       "Applications through the e-government portal within 10 working days.")),
)

# The institution's own questionnaire (no results): an employee survey on anti-corruption awareness.
EMPLOYEE_SURVEY: tuple[HardText, ...] = (
    H(("Қызметкерлерге арналған сауалнама: сыбайлас жемқорлыққа қарсы хабардарлық",
       "Мүдделер қақтығысы және адалдық мәдениеті туралы жасырын сауалнамаға қатысыңыз"),
      ("Анкета для работников: уровень антикоррупционной осведомлённости",
       "Приглашаем сотрудников пройти анонимный опрос об антикоррупционной культуре",
       "Опрос работников о конфликте интересов и подарках"),
      ("Staff questionnaire on anti-corruption awareness",),
      ("Құрметті әріптестер! Сауалнама жасырын, толтыруға 5 минут кетеді.",
       "1. Мүдделер қақтығысы туындаған жағдайда кімге жүгіну керектігін білесіз бе? (иә / жоқ)",
       "2. Сізге соңғы жылы сыйлық ұсынылды ма? (иә / жоқ / жауап бермеймін)",
       "3. Сенім телефонының нөмірін білесіз бе? (иә / жоқ)", "Сауалнама 30 қарашаға дейін ашық."),
      ("Уважаемые коллеги! Опрос анонимный, заполнение займёт 5 минут.",
       "1. Знаете ли вы, к кому обратиться при возникновении конфликта интересов? (да / нет)",
       "2. Предлагали ли вам подарки за последний год? (да / нет / не хочу отвечать)",
       "3. Знаете ли вы номер телефона доверия? (да / нет)", "Анкета открыта до 30 ноября."),
      ("Dear colleagues, the questionnaire is anonymous and takes 5 minutes.",
       "1. Do you know whom to contact about a conflict of interest? (yes / no)",
       "2. Were you offered gifts in the last year? (yes / no)")),
)

# The institution's own rules of a neighbouring kind: electronic appeals (not the exam regulation).
APPEAL_RULES: tuple[HardText, ...] = (
    H(("Апелляцияны электрондық жүйе арқылы беру қағидалары", "Электрондық форматта апелляция беру және қарау тәртібі",
       "Емтихан нәтижелеріне электрондық апелляция: нұсқаулық"),
      ("Правила подачи апелляции через электронную систему", "Порядок подачи и рассмотрения апелляций в электронном "
       "формате", "Электронная апелляция по результатам экзамена: инструкция"),
      ("Rules for filing electronic appeals", "How to appeal an exam grade online"),
      ("Білім алушы емтихан нәтижесі жарияланғаннан кейін 24 сағат ішінде жеке кабинет арқылы өтініш береді.",
       "Апелляциялық комиссия өтінішті үш жұмыс күні ішінде қарайды.",
       "Комиссияның шешімі жеке кабинетте көрсетіледі және түпкілікті болып табылады."),
      ("Обучающийся подаёт заявление через личный кабинет в течение 24 часов после объявления результата экзамена.",
       "Апелляционная комиссия рассматривает заявление в течение трёх рабочих дней.",
       "Решение комиссии отображается в личном кабинете и является окончательным."),
      ("Learners file the appeal in their personal account within 24 hours after the grade is published.",
       "The appeal commission decides within three working days.")),
)

# ---- hard positives ------------------------------------------------------------------------------

# English-only pages of the institution's own documents, with paraphrased (machine-translated) titles.
# {ps} is filled with the period for periodic artefacts.
EN_PARAPHRASES: dict[str, tuple[str, ...]] = {
    "dormitory_online_registration": ("Check-in to the hostel: online procedure", "Settling in the student house",
                                      "Hostel accommodation: electronic application"),
    "dissertation_council_regulation": ("Dissertation councils", "Provision on the Dissertation Council",
                                        "Statute of the board for defence of theses"),
    "grant_transfer_candidates": ("Vacant educational grants {ps}", "Announcement on vacated grants for {ps}",
                                  "Transfer from paid study to a state grant ({ps})"),
    "academic_mobility": ("Outgoing student exchange {ps}", "Mobility of learners ({ps})",
                          "Study abroad semester: our participants {ps}"),
    "masters_regulation": ("Provision on magistracy", "Statute of the master's degree studies"),
    "phd_regulation": ("Provision on doctoral studies (PhD)", "Doctoral school statute"),
    "exam_rules": ("Procedure of the final control of knowledge", "Regulations on holding the examination session"),
    "anticorruption_policy": ("Policy on countering corruption", "Anti-bribery and integrity policy"),
    "conflict_of_interest_policy": ("Policy on settlement of the conflict of interests",
                                    "Managing conflicts of interest"),
    "student_ethics_code": ("Code of academic honesty of the learner", "Honour code of learners"),
    "staff_ethics_code": ("Code of honour of the faculty and employees", "Ethics charter of the teaching staff"),
    "gifts_policy": ("Provision on the procedure 'Gifts and representation expenses'",
                     "Rules on receiving presents and hospitality costs"),
}
EN_PARAPHRASE_LINE = ("This is the English version of the document adopted by the institution.",
                      "Translated from the Russian original; in case of discrepancy the Russian text prevails.",
                      "Approved by the decision of the Academic Council.")

# Menu links to online services whose target page says nothing about the artefact (link-only evidence).
LINK_ONLY: dict[str, dict[str, tuple[str, ...]]] = {
    "dormitory_online_registration": {
        "kk": ("Жатақханадан орын алуға өтінім беру", "Жатақханаға өтінім"),
        "ru": ("Подать заявку на место в общежитии", "Заселение в общежитие онлайн"),
        "en": ("Apply for a dormitory place", "Dormitory application")},
    "head_blog": {
        "kk": ("{Hg} блогы", "{Hd} сұрақ қою"), "ru": ("Блог {Hg}", "Вопрос {Hd}"),
        "en": ("{H}'s blog", "Ask the {H}")},
    "e_journal": {
        "kk": ("Электрондық журнал", "Үлгерім журналы"), "ru": ("Электронный журнал", "Журнал успеваемости"),
        "en": ("E-journal", "Gradebook")},
    "online_transfer_service": {
        "kk": ("Ауысуға өтініш беру", "Ауысу және қайта қабылдану"),
        "ru": ("Подать заявление на перевод", "Перевод и восстановление"),
        "en": ("Apply for a transfer", "Transfer application")},
}
# What the target of such a link shows: a title and text that name no artefact.
SERVICE_SHELL_TITLES = {"kk": ("Жеке кабинет", "Жүйеге кіру", "Портал"), "ru": ("Личный кабинет", "Вход в систему",
                                                                              "Портал"),
                        "en": ("Personal account", "Sign in", "Portal")}
SERVICE_SHELL_TEXT = {"kk": "Жалғастыру үшін жүйеге кіріңіз.", "ru": "Для продолжения войдите в систему.",
                      "en": "Please sign in to continue."}
BLOG_SHELL_TITLES = {"kk": ("{name}: сұрақ-жауап", "{name}"), "ru": ("{name}: вопрос-ответ", "{name}"),
                     "en": ("{name}: questions and answers", "{name}")}

# One page with a commission's (or board's) regulation and its composition.
PAIRS: dict[str, tuple[str, str, dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]] = {
    # type: (regulation artefact, composition artefact, page titles, composition headings)
    "university": ("anticorruption_commission_regulation", "anticorruption_commission_composition",
                   {"kk": ("Сыбайлас жемқорлыққа қарсы комиссия", "Сыбайлас жемқорлыққа қарсы іс-қимыл жөніндегі комиссия"),
                    "ru": ("Антикоррупционная комиссия", "Комиссия по противодействию коррупции"),
                    "en": ("Anti-corruption commission",)},
                   {"kk": ("Комиссия құрамы", "Комиссияның құрамы"), "ru": ("Состав комиссии", "Члены комиссии"),
                    "en": ("Members",)}),
    "college": ("board_of_trustees_regulation", "board_of_trustees_composition",
                {"kk": ("Қамқоршылық кеңес", "Қамқоршылар кеңесі"), "ru": ("Попечительский совет",),
                 "en": ("Board of Trustees",)},
                {"kk": ("Кеңестің құрамы", "Кеңес мүшелері"), "ru": ("Состав совета", "Члены совета"),
                 "en": ("Members",)}),
}
PAIR_ORDER_TITLES = {  # a PDF/DOCX order that approves both (its appendices are the two artefacts)
    "university": {"kk": ("Сыбайлас жемқорлыққа қарсы комиссия туралы ережені және оның құрамын бекіту туралы",),
                   "ru": ("Об утверждении Положения о комиссии по противодействию коррупции и её состава",
                          "О создании антикоррупционной комиссии, утверждении положения и состава")},
    "college": {"kk": ("Қамқоршылық кеңес туралы ережені және кеңестің құрамын бекіту туралы",),
                "ru": ("Об утверждении Положения о Попечительском совете и его состава",)},
}
PAIR_APPENDIX = {"kk": ("1-қосымша. {reg}", "2-қосымша. {comp}"), "ru": ("Приложение 1. {reg}", "Приложение 2. {comp}")}

# The anti-corruption standard as the national act it is (on the own site it is evidence: spec exception).
NATIONAL_STANDARD = H(
    ("Білім беру саласындағы сыбайлас жемқорлыққа қарсы стандартты бекіту туралы",
     "Сыбайлас жемқорлыққа қарсы стандарт (Министрдің бұйрығы)"),
    ("Об утверждении антикоррупционного стандарта в сфере образования",
     "Антикоррупционный стандарт (приказ Министра)"),
    ("Anti-corruption standard for the education sector (ministerial order)",),
    ("Қазақстан Республикасы Оқу-ағарту министрінің {d} № {n} бұйрығы",
     "«Сыбайлас жемқорлыққа қарсы іс-қимыл туралы» Заңға сәйкес БҰЙЫРАМЫН:",
     "1. Қоса беріліп отырған сыбайлас жемқорлыққа қарсы стандарт бекітілсін.",
     "Стандарт салалық білім беру ұйымдарының қызметкерлері үшін міндетті."),
    ("Приказ Министра просвещения Республики Казахстан от {d} № {n}",
     "В соответствии с Законом Республики Казахстан «О противодействии коррупции» ПРИКАЗЫВАЮ:",
     "1. Утвердить прилагаемый антикоррупционный стандарт.",
     "Стандарт обязателен для работников подведомственных организаций образования."),
    ("Order of the Minister of Education of {d} No. {n}.",))

# Link texts for documents reached only through "download" links or their file names.
DOWNLOAD_WORDS = {"kk": ("Жүктеу", "Жүктеп алу", "жүктеу"), "ru": ("Скачать", "Скачать файл", "скачать"),
                  "en": ("Download", "download")}
SCAN_NAMES = ("scan_{n}", "Document{n}", "{y}_{n}", "prikaz_{n}", "buyryq_{n}", "IMG_{n}", "file{n}")
ROW_PREFIXES = {"kk": ("{d}", "Құжат №{k}", "{k}."), "ru": ("{d}", "Документ №{k}", "{k}."), "en": ("{d}", "{k}.")}

# The institution's own documents under names that do not say what they are (hard positives, kind
# "renamed"): the regulation of an "ethics council" that is the anti-corruption commission, a Kazakh
# institutional-research page of survey results, vacant grants announced without the word "list" ...
# {ps} is the period for periodic artefacts.
RENAMED: dict[str, HardText] = {
    "anticorruption_commission_regulation": H(
        ("Әдеп кеңесі туралы ереже", "Әдеп жөніндегі кеңестің ережесі"),
        ("Положение о Совете по этике", "Положение о Совете по академической этике и дисциплине"),
        ("Regulation on the Ethics Council",),
        ("1. Жалпы ережелер", "1.1 Әдеп кеңесі сыбайлас жемқорлыққа қарсы іс-қимыл және тәртіптік теріс қылықтарды "
         "қарау жөніндегі тұрақты алқалы орган болып табылады.", "2. Кеңестің міндеттері мен функциялары",
         "2.1 Кеңес сыбайлас жемқорлық тәуекелдерін талдайды және оларды азайту шараларын ұсынады.",
         "3. Кеңестің отырыстары тоқсанына кемінде бір рет өткізіледі."),
        ("1. Общие положения", "1.1 Совет по этике является постоянно действующим коллегиальным органом по "
         "противодействию коррупции и рассмотрению дисциплинарных проступков.", "2. Задачи и функции Совета",
         "2.1 Совет анализирует коррупционные риски и вносит предложения по их снижению.",
         "3. Заседания Совета проводятся не реже одного раза в квартал."),
        ("1. The Ethics Council is the permanent body for countering corruption and for disciplinary cases.",)),
    "survey_results": H(
        ("Институционалдық зерттеулер: сауалнамалар ({ps})", "Институционалдық зерттеулер бөлімі: {ps} нәтижелер"),
        ("Институциональные исследования: анкетирование ({ps})", "Мониторинг удовлетворённости {ps}"),
        ("Institutional research: surveys ({ps})",),
        ("{ps}: білім алушылар, түлектер және жұмыс берушілер арасында үш сауалнама өткізілді.",
         "Сауалнама | Қатысқандар | Қанағаттанғандар", "Білім алушылардың қанағаттануы | 1 204 | 81%",
         "Түлектер | 356 | 77%", "Жұмыс берушілер | 48 | 90%"),
        ("{ps}: проведены три опроса — обучающихся, выпускников и работодателей.",
         "Опрос | Участников | Удовлетворены", "Удовлетворённость обучающихся | 1 204 | 81%",
         "Выпускники | 356 | 77%", "Работодатели | 48 | 90%"),
        ("Three surveys were run in {ps}: learners, graduates and employers.",)),
    "grant_transfer_candidates": H(
        ("Бос гранттар: {ps}", "Босаған білім беру гранттары ({ps})"),
        ("Вакантные гранты {ps}", "Об освободившихся образовательных грантах ({ps})"),
        ("Vacant grants {ps}",),
        ("Босаған гранттарға ауысуға өтініш берген білім алушылар:", "Т.А.Ә. | Білім беру бағдарламасы | GPA"),
        ("Обучающиеся, подавшие заявления на перевод на освободившиеся гранты:",
         "Ф.И.О. | Образовательная программа | GPA"),
        ("Learners who applied for a transfer to vacated grants:", "Name | Programme | GPA")),
    "dissertation_council_regulation": H(
        ("Диссертациялық кеңестер", "Диссертациялық кеңес"),
        ("Диссертационные советы", "Диссертационный совет"),
        ("Dissertation councils",),
        ("Диссертациялық кеңес PhD дәрежесін беру үшін диссертациялар қорғауды ұйымдастырады.",
         "Кеңестің жұмыс тәртібі, құрамын қалыптастыру және қорғау рәсімі Ғылыми кеңес бекіткен ережемен айқындалады:",
         "1. Кеңестің құзыреті", "2. Қорғауға қабылдау тәртібі", "3. Шешім қабылдау тәртібі"),
        ("Диссертационный совет организует защиту диссертаций на присуждение степени доктора философии (PhD).",
         "Порядок работы совета, формирования его состава и процедура защиты определяются настоящим положением, "
         "утверждённым Учёным советом:", "1. Компетенция совета", "2. Порядок принятия к защите",
         "3. Порядок принятия решений"),
        ("The council organises PhD defences under rules approved by the Academic Council.",)),
}

# A methodological guide whose anti-plagiarism chapter is not the thesis regulation (hard negative).
THESIS_GUIDE: tuple[HardText, ...] = (
    H(("Магистрлік диссертацияны жазу бойынша әдістемелік ұсыныстар", "Магистранттарға арналған әдістемелік нұсқаулық"),
      ("Методические рекомендации по написанию магистерской диссертации", "Методическое пособие для магистрантов"),
      ("Guidelines for writing a master's thesis",),
      ("Мазмұны: 1. Тақырыпты таңдау. 2. Әдебиеттерге шолу. 3. Рәсімдеу. 4. Плагиатқа тексеру.",
       "4-тарау. Плагиатқа тексеру: мәтіннің түпнұсқалығы кемінде 70% болуы тиіс, дәйексөздер рәсімделеді.",
       "Ұсыныстар кафедраның оқу-әдістемелік құралы болып табылады."),
      ("Содержание: 1. Выбор темы. 2. Обзор литературы. 3. Оформление. 4. Проверка на заимствования.",
       "Глава 4. Проверка на плагиат: оригинальность текста должна быть не ниже 70%, цитаты оформляются ссылками.",
       "Рекомендации являются учебно-методическим пособием кафедры."),
      ("Contents: 1. Topic. 2. Literature review. 3. Layout. 4. Plagiarism check.",)),
)
