"""Where on a page a phrase stands, and who signed the page: an article heading inside a reposted act, the breadcrumb trail and the
address's folders name where the page sits or what a national act says, not a document the page carries.
Texts written for these tests (never the development pages)."""

from __future__ import annotations

import datetime as dt

import pytest

from detectors.engine import Detector
from detectors.extract.extract import extract_document

AS_OF = dt.date(2026, 11, 25)
MENU = "<nav><ul><li><a href='/'>Главная</a></li><li><a href='/about'>Об университете</a></li></ul></nav>"


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def verdicts(detector: Detector, url: str, html: str, itype: str = "university") -> dict[str, float]:
    doc = extract_document(f"<!doctype html><html><head><meta charset='utf-8'>{html}".encode(), url,
                           "text/html; charset=utf-8")
    return {e.artefact_id: e.confidence for e in detector.detect(doc, itype, AS_OF)}



# (address, institution type, page, artefacts that must be found, artefacts that must not be)
CASES = [
    pytest.param(
        "https://u.example.test/ru/anticor/zakon/", "university",
        "<title>Закон о противодействии коррупции (выдержки) | Университет</title></head><body>" + MENU +
        "<h1>Закон Республики Казахстан «О противодействии коррупции» (выдержки)</h1>"
        "<p>Закон Республики Казахстан от 18 ноября 2015 года № 410-V. Полный текст опубликован в системе «Әділет».</p>"
        "<h2>Статья 8. Внутренний анализ коррупционных рисков</h2>"
        "<p>Внутренний анализ коррупционных рисков проводится в порядке, определяемом уполномоченным органом.</p>"
        "<h2>Статья 16-1. Антикоррупционные стандарты</h2>"
        "<p>Антикоррупционные стандарты представляют собой систему рекомендаций, направленных на предупреждение "
        "коррупции в сфере общественных отношений.</p></body></html>",
        set(), {"anticorruption_standard"},
        id="an-article-heading-of-a-reposted-law-is-not-the-sectoral-standard"),

    pytest.param(
        "https://u.example.test/ru/anticor/standart/", "university",
        "<title>Антикоррупционный стандарт | Университет</title></head><body>" + MENU +
        "<h1>Антикоррупционный стандарт в сфере высшего и послевузовского образования</h1>"
        "<h2>1. Общие положения</h2><p>Настоящий антикоррупционный стандарт устанавливает рекомендации для "
        "организаций высшего и послевузовского образования.</p></body></html>",
        {"anticorruption_standard"}, set(),
        id="the-standard-itself-stays-found-on-the-institutions-site"),

    # A plagiarism-check procedure sits in the "Academic integrity" section: the trail and the address say so, and
    # the student code of academic integrity is not what the page carries.
    pytest.param(
        "https://u.example.test/science/akademicheskaya-chestnost/proverka/", "university",
        "<title>Порядок проверки работ на заимствования | Университет</title></head><body>" + MENU +
        "<div class='breadcrumbs'><a href='/'>Главная</a> » <a href='/science/'>Наука</a> » Академическая "
        "честность</div><h1>Порядок проверки письменных работ обучающихся на заимствования</h1>"
        "<p>Утверждён приказом ректора от 02.09.2025 № 210.</p>"
        "<p>1. Проверке подлежат дипломные работы, магистерские диссертации и статьи.</p>"
        "<p>2. Проверку проводит отдел академической честности библиотеки; отчёт подобия передаётся научному "
        "руководителю.</p></body></html>",
        {"antiplagiarism"}, {"student_ethics_code"},
        id="a-breadcrumb-and-the-address-folders-name-the-section-not-a-second-document"),

    # "... бұйрығымен бекітілген (өзгерістермен). Ақпарат үшін орналастырылған." is the national rules' own approval
    # line with the site's note in the same paragraph: the rules stay a national act (uncertain).
    pytest.param(
        "https://u.example.test/kk/dormitory/qagidalar/", "university",
        "<title>Жатақханаларда орын беру қағидалары | Университет</title></head><body>" + MENU +
        "<h1>Білім беру ұйымдарының жатақханаларында орын бөлу қағидалары</h1>"
        "<p>Қазақстан Республикасы Білім және ғылым министрінің 2016 жылғы 22 қаңтардағы № 66 бұйрығымен "
        "бекітілген (өзгерістермен). Ақпарат үшін орналастырылған.</p>"
        "<h2>1-тарау. Жалпы ережелер</h2><p>Жатақханадан орын беру өтініштер негізінде онлайн тіркеу арқылы "
        "жүзеге асырылады.</p></body></html>",
        set(), {"dormitory_online_registration"},
        id="a-ministers-approval-line-with-a-note-after-it-still-marks-a-reposted-act"),

    # An order the director signed uses a ministry's formulae ("БҰЙЫРАМЫН", "қоса беріліп отырған") and cites the
    # national model rules; its annex line says whose order it is, and the regulation under it is the college's.
    pytest.param(
        "https://c.example.test/kk/kamqorshylyq-kenes/buyryq/", "college",
        "<title>Қамқоршылық кеңес туралы ережені бекіту туралы бұйрық | Колледж</title></head><body>" + MENU +
        "<h1>Қамқоршылық кеңес туралы ережені бекіту туралы бұйрық</h1>"
        "<p>БҰЙРЫҚ № 41-ж</p><p>Қамқоршылық кеңес туралы ережені бекіту туралы</p>"
        "<p>Министрдің бұйрығымен бекітілген Қамқоршылық кеңестің жұмысын ұйымдастыру туралы үлгілік қағидаларға "
        "сәйкес БҰЙЫРАМЫН:</p><p>1. Қоса беріліп отырған колледждің Қамқоршылық кеңесі туралы ереже бекітілсін.</p>"
        "<p>Директор Н. Сапаров</p><p>Директордың 2025 жылғы 2 қыркүйектегі № 41-ж бұйрығына қосымша</p>"
        "<p>Колледждің Қамқоршылық кеңесі туралы ереже</p><p>1. Жалпы ережелер</p>"
        "<p>1.1. Қамқоршылық кеңес колледжді дамытуға жәрдемдесетін алқалы орган болып табылады.</p>"
        "</body></html>",
        {"board_of_trustees_regulation"}, set(),
        id="the-directors-order-with-the-regulation-it-approves-is-the-colleges-own"),

    pytest.param(
        "https://c.example.test/ru/popechitelskiy-sovet/prikaz/", "college",
        "<title>Приказ № 7-о | Колледж</title></head><body>" + MENU +
        "<h1>Об утверждении Положения о Попечительском совете колледжа</h1>"
        "<p>В соответствии с Типовыми правилами организации работы Попечительского совета ПРИКАЗЫВАЮ:</p>"
        "<p>1. Утвердить прилагаемое Положение о Попечительском совете колледжа.</p><p>Директор А. Б. Касымов</p>"
        "<p>Утверждено приказом директора от 12 января 2026 года № 7-о</p>"
        "<p>Положение о Попечительском совете колледжа</p><p>1. Общие положения</p>"
        "<p>1.1. Попечительский совет содействует развитию колледжа.</p></body></html>",
        {"board_of_trustees_regulation"}, set(),
        id="a-russian-order-that-says-it-was-approved-by-the-directors-order-is-the-colleges-own"),

    # English rosters give a name, then the role: "Marat Zhaksylykov | Chair; ...". "Board of Guardians" is a common
    # English name of the board of trustees.
    pytest.param(
        "https://c.example.test/en/governance/board-of-guardians/", "college",
        "<title>Board of Guardians | College</title></head><body>" + MENU +
        "<h1>Board of Guardians</h1><p>The Board of Guardians brings employers and parents into the oversight of "
        "the College.</p><table><tr><th>Name</th><th>Role</th></tr>"
        "<tr><td>Asel Nurpeisova</td><td>Chair; Director, Agro Holding LLP</td></tr>"
        "<tr><td>Pavel Smirnov</td><td>Member; Head of HR, Mining Company</td></tr>"
        "<tr><td>Dana Serikova</td><td>Secretary; Deputy Director, Chamber of Entrepreneurs</td></tr></table>"
        "</body></html>",
        {"board_of_trustees_composition"}, set(),
        id="a-board-listed-by-full-names-and-roles-in-a-table-is-its-composition"),

    pytest.param(
        "https://c.example.test/ru/popechitelskiy-sovet/protokol-3/", "college",
        "<title>Протокол заседания Попечительского совета | Колледж</title></head><body>" + MENU +
        "<h1>Протокол № 3 заседания Попечительского совета колледжа</h1>"
        "<p>Присутствовали 7 членов Попечительского совета.</p>"
        "<p>Решили: поручить администрации колледжа проверить обоснованность тарифа на питание в общежитии.</p>"
        "<p>Решили: одобрить отчёт о расходовании спонсорских средств.</p></body></html>",
        {"board_of_trustees_minutes"}, set(),
        id="a-tariff-in-a-boards-minutes-is-no-vendors-price-list"),

    # A sidebar's items whose links go nowhere ("#") are still the site's menu, not a document's name.
    pytest.param(
        "https://u.example.test/ru/anticor/telefon-doveriya/", "university",
        "<title>Телефон доверия | Университет</title></head><body>" + MENU +
        "<div class='container'><div class='breadcrumbs'><a href='/'>Главная</a> / <span>Телефон доверия</span></div>"
        "<aside class='sidebar'><ul><li><a href='#'>Антикоррупционная политика</a></li>"
        "<li><a href='#'>Комплаенс-служба</a></li></ul></aside><main class='content'><h1>Телефон доверия</h1>"
        "<div class='date'>Обновлено: 02.10.2026</div>"
        "<p>Сообщить о фактах коррупции в университете можно круглосуточно по телефону доверия 8 (7172) 55-44-33.</p>"
        "</main></div>"
        "</body></html>",
        {"hotline"}, {"anticorruption_policy"},
        id="a-sidebar-menu-item-is-no-document-of-the-page"),

    # A roadmap's table says what is to be built by when ("develop an online dormitory application module | 2027,
    # Q2"): not evidence that the service exists.
    pytest.param(
        "https://u.example.test/kk/strategiya/zhol-kartasy-2027/", "university",
        "<title>Цифрландыру жол картасы | Университет</title></head><body>" + MENU +
        "<h1>2027 жылға арналған цифрландыру жол картасы</h1><p>Университеттің даму стратегиясын іске асыру "
        "мақсатында жол картасы әзірленді.</p><table><tr><th>№</th><th>Іс-шара</th><th>Мерзімі</th>"
        "<th>Жауапты</th></tr><tr><td>1</td><td>Жатақханаға орналасуға өтінімдерді онлайн қабылдау модулін "
        "әзірлеу</td><td>2027 ж. II тоқсан</td><td>Әлеуметтік мәселелер департаменті</td></tr>"
        "<tr><td>2</td><td>Құжат айналымын енгізу</td><td>2027 ж. IV тоқсан</td><td>Іс жүргізу бөлімі</td></tr>"
        "</table></body></html>",
        set(), {"dormitory_online_registration"},
        id="a-plans-row-is-a-measure-to-take-not-a-service-the-site-has"),

    # The 2021 alphabet writes "тәрбие" as "tärbıe" and "оқу-әдістемелік" as "oqu-ädistemelik": the college's own
    # report, whose text names only its work, is not another organisation's document.
    pytest.param(
        "https://c.example.test/kk/o-nas/direktordyn-esebi/", "college",
        "<title>Dırektordyñ jūrtşylyq aldyndağy esebi (2025–2026 o.j.) | Kolledj</title></head><body>" + MENU +
        "<main><h1>Dırektordyñ jūrtşylyq aldyndağy esebi (2025–2026 o.j.)</h1><p>Kirispe</p>"
        "<p>Oqu-ädistemelik jūmys qorytyndylary</p><p>Kadrlyq äleuet</p><p>Tärbıe jūmysy jäne jastar saiasaty</p>"
        "<p>Aldağy kezeñge mindetter</p></main></body></html>",
        {"head_annual_report"}, set(),
        id="a-latin-script-kazakh-report-names-its-college-by-its-work"),

    # A commission's regulation with a numbered clause on its membership, then the membership under a heading of its
    # own: the page carries both documents.
    pytest.param(
        "https://u.example.test/kk/antikor/komissiya/", "university",
        "<title>Сыбайлас жемқорлыққа қарсы комиссия | Университет</title></head><body>" + MENU +
        "<h1>Сыбайлас жемқорлыққа қарсы комиссия</h1><h2>Комиссия туралы ереже</h2>"
        "<h3>1. Жалпы ережелер</h3><p>1.1. Осы Ереже комиссияның жұмыс тәртібін айқындайды.</p>"
        "<h3>2. Комиссияның құрамы және отырыстары</h3><p>2.1. Комиссия отырыстары тоқсан сайын өткізіледі.</p>"
        "<h2>Комиссияның 2025-2026 оқу жылына арналған құрамы</h2><table>"
        "<tr><td>1</td><td>Серікова Дана Болатқызы</td><td>Проректор</td><td>Төраға</td></tr>"
        "<tr><td>2</td><td>Қалиев Арман Нұрұлы</td><td>Заңгер</td><td>Хатшы</td></tr>"
        "<tr><td>3</td><td>Омарова Әйгерім</td><td>Студент</td><td>Мүше</td></tr></table></body></html>",
        {"anticorruption_commission_regulation", "anticorruption_commission_composition"}, set(),
        id="a-membership-under-its-own-heading-after-a-numbered-clause-is-a-second-document"),

    # The law defines a conflict of interest by "личная заинтересованность": a regulation titled by it is the policy.
    pytest.param(
        "https://u.example.test/ru/antikor/zainteresovannost/", "university",
        "<title>Личная заинтересованность | Университет</title></head><body>" + MENU +
        "<h1>Положение о предотвращении и урегулировании ситуаций личной заинтересованности работников</h1>"
        "<p>1. Работник уведомляет руководителя о личной заинтересованности, которая может повлиять на исполнение "
        "обязанностей.</p><p>2. Комплаенс-офицер предлагает меры урегулирования.</p></body></html>",
        {"conflict_of_interest_policy"}, set(),
        id="a-regulation-on-personal-interest-is-the-conflict-of-interest-policy"),

    # A plan's row whose deadline is a month alone ("| Маусым |"): a report to give, not one given.
    pytest.param(
        "https://c.example.test/kk/kolledzh/zhumys-zhospary/", "college",
        "<title>Колледждің жұмыс жоспары | Колледж</title></head><body>" + MENU +
        "<h1>Колледждің 2026-2027 оқу жылына арналған жұмыс жоспары</h1><table>"
        "<tr><th>№</th><th>Іс-шара</th><th>Мерзімі</th><th>Жауапты</th></tr>"
        "<tr><td>1</td><td>Педагогикалық кеңес отырысы</td><td>Тамыз</td><td>Директор орынбасары</td></tr>"
        "<tr><td>2</td><td>Директордың жұртшылық алдындағы есебі</td><td>Мамыр</td><td>Директор</td></tr>"
        "</table></body></html>",
        set(), {"head_annual_report"},
        id="a-plans-row-due-in-a-month-is-a-report-to-give"),

    # A career centre's board of employers' jobs for students is not a competition for the institution's posts.
    pytest.param(
        "https://u.example.test/en/career-centre/jobs/", "university",
        "<title>Career Centre | University</title></head><body>" + MENU +
        "<h1>Career Centre: jobs and internships for students and graduates</h1>"
        "<p>Partner companies send us their openings; apply to the employer directly.</p>"
        "<table><tr><td>Steel Works LLP</td><td>Junior engineer</td><td>final-year students</td></tr></table>"
        "</body></html>",
        set(), {"vacancy_announcements"},
        id="a-career-centres-job-board-is-not-a-vacancy-announcement"),

    # A plan's cell wrapped over short lines ("Обновление" / "Антикоррупционной политики и" / "Положения о ..."): the
    # pieces are a measure of the plan, not documents the page carries.
    pytest.param(
        "https://u.example.test/ru/antikor/plan-2026/", "university",
        "<title>План противодействия коррупции на 2026 год | Университет</title></head><body>" + MENU +
        "<h1>План мероприятий по противодействию коррупции на 2026 год</h1>"
        "<p>1 Обновление<br>Антикоррупционной политики и<br>Положения о конфликте интересов<br>"
        "Решение Правления<br>Юридический отдел</p>"
        "<p>2 Обучение работников<br>Список участников<br>Отдел кадров</p></body></html>",
        {"anticorruption_plan"}, {"anticorruption_policy", "conflict_of_interest_policy"},
        id="a-plans-cell-wrapped-over-short-lines-names-no-document-of-its-own"),

    # Members listed by surname and initials, then the post and the role: the commission's composition.
    pytest.param(
        "https://u.example.test/ru/antikor/komissiya/", "university",
        "<title>Комиссия по противодействию коррупции | Университет</title></head><body>" + MENU +
        "<h1>Комиссия по противодействию коррупции</h1><p>Комиссия – совещательный орган университета.</p>"
        "<p>Члены комиссии (приказ от 02.09.2026 № 301)</p><table>"
        "<tr><th>ФИО</th><th>Должность</th><th>Роль</th></tr>"
        "<tr><td>Байжанова А. К.</td><td>Проректор</td><td>председатель</td></tr>"
        "<tr><td>Ким Д. В.</td><td>Юрист</td><td>секретарь</td></tr>"
        "<tr><td>Тулегенов Е. С.</td><td>Студент 2 курса</td><td>член</td></tr></table></body></html>",
        {"anticorruption_commission_composition"}, set(),
        id="members-by-surname-and-initials-are-the-commissions-composition"),

    # The requirements in a table under its caption, reworded ("Требования к квалификации"), counting articles and
    # a monograph for a professor's post: the institution's qualification requirements, not a paper.
    pytest.param(
        "https://u.example.test/ru/about/kadry/", "university",
        "<title>Кадровая политика | Университет</title></head><body>" + MENU +
        "<h1>Кадровая политика университета</h1><p>Приём на должности ППС проводится по конкурсу.</p><table>"
        "<caption>Требования к квалификации по должностям ППС</caption>"
        "<tr><th>Должность</th><th>Степень</th><th>Публикации</th></tr>"
        "<tr><td>Доцент</td><td>PhD</td><td>не менее 3 научных статей</td></tr>"
        "<tr><td>Профессор</td><td>доктор наук</td><td>5 научных статей, монография</td></tr></table></body></html>",
        {"qualification_requirements"}, set(),
        id="qualification-requirements-under-a-tables-caption-count-articles"),

    pytest.param(
        "https://u.example.test/latn/kadrlar/biliktilik-talaptary/", "university",
        "<title>Laýazymdarǵa qoıylatyn talaptar | Unıversıtet</title></head><body>" + MENU +
        "<h1>POQ laýazymdaryna qoıylatyn biliktilik talaptary</h1><table>"
        "<tr><th>Laýazym</th><th>Dәreje</th><th>Jarıalanymdar</th></tr>"
        "<tr><td>Dosent</td><td>PhD / ğylym kandıdaty</td><td>keminde 3 ğylymı maqala</td></tr>"
        "<tr><td>Professor</td><td>ğylym doktory</td><td>5 ğylymı maqala, monografıa</td></tr></table></body></html>",
        {"qualification_requirements"}, set(),
        id="latin-script-qualification-requirements-count-articles-and-a-monograph"),

    # A page headed by its kind ("Протокол № 3") whose next line names the commission's business: minutes of the
    # hiring commission, not an announcement of the vacancies they speak of.
    pytest.param(
        "https://u.example.test/ru/kadry/konkurs/protokol-3/", "university",
        "<title>Протокол конкурсной комиссии № 3 | Университет</title></head><body>" + MENU +
        "<h1>Протокол № 3</h1><p>заседания конкурсной комиссии по замещению вакантных должностей "
        "профессорско-преподавательского состава</p><p>от 28 августа 2026 года</p>"
        "<p>Присутствовали: 7 членов комиссии. Повестка: рассмотрение документов претендентов.</p>"
        "<p>Решили: рекомендовать к назначению двух претендентов.</p></body></html>",
        {"competition_commission_minutes"}, {"vacancy_announcements"},
        id="a-page-headed-by-its-kind-goes-on-in-the-line-under-it"),

    # A compliance service's task table, monthly: analysing the trust line's calls is a task, not the trust line.
    pytest.param(
        "https://u.example.test/kk/antikor/komplaens/", "university",
        "<title>Комплаенс қызметі | Университет</title></head><body>" + MENU +
        "<h1>Комплаенс қызметі</h1><p>Университеттің комплаенс қызметі студенттер мен оқытушылардың өтініштерін "
        "қарайды.</p><table>"
        "<tr><th>№</th><th>Міндет</th><th>Мерзімі</th><th>Мәртебесі</th></tr>"
        "<tr><td>1</td><td>Сенім телефонына түскен өтініштерді талдау</td><td>ай сайын</td><td>орындалуда</td></tr>"
        "<tr><td>2</td><td>Қызметкерлерді оқыту</td><td>тоқсан сайын</td><td>орындалды</td></tr></table></body></html>",
        set(), {"hotline"},
        id="a-monthly-task-on-the-trust-lines-calls-is-not-the-trust-line"),

    # The procedure for competitive hiring ("... орналасу тәртібі") is the rules, not an announcement.
    pytest.param(
        "https://u.example.test/kk/kadrlar/konkurs-tartibi/", "university",
        "<title>Конкурс өткізу тәртібі | Университет</title></head><body>" + MENU +
        "<h1>Құрылымдық бөлімшелер басшыларының бос лауазымдарына конкурстық негізде орналасу тәртібі</h1>"
        "<p>1. Осы тәртіп университеттің кафедра меңгерушілерінің бос лауазымдарына конкурс өткізу рәсімін белгілейді."
        "</p><p>2. Конкурс туралы хабарландыру университет сайтында жарияланады.</p></body></html>",
        {"vacancy_rules"}, {"vacancy_announcements"},
        id="a-hiring-procedure-is-the-rules-not-an-announcement"),

    # A phone number in a sentence of the scholarship information does not make its mention of the holders' lists a
    # document of its own (a number makes a trust line's mention evidence, nothing else's).
    pytest.param(
        "https://u.example.test/en/students/scholarships/autumn-2026/", "university",
        "<title>Information on the assignment of scholarships for the 1st semester of 2026-2027 | University</title>"
        "</head><body>" + MENU +
        "<h1>Information on the assignment of scholarships for the 1st semester of 2026-2027</h1>"
        "<p>By the rector's order state scholarships were assigned to students with grades of B and above.</p>"
        "<p>The lists of the scholarship holders are in the student's personal cabinet; scholarship commission: "
        "room 210, +7 (7172) 55-20-30.</p></body></html>",
        {"scholarship_info"}, {"scholarship_candidates"},
        id="a-phone-number-makes-no-second-document-of-a-mention"),

    # An FAQ's question heading asks about a thing: "Сохранится ли грант при переводе?" names no candidate list.
    pytest.param(
        "https://u.example.test/ru/students/faq/perevod/", "university",
        "<title>Вопросы и ответы: перевод | Университет</title></head><body>" + MENU +
        "<h1>Вопросы и ответы: перевод и восстановление</h1>"
        "<h3>Сохраняется ли образовательный грант при переводе на вакантный грант?</h3>"
        "<p>Да, если программа относится к той же группе; решение принимает комиссия университета.</p>"
        "<h3>Когда подавать заявление?</h3><p>С 1 июля по 20 августа, через личный кабинет обучающегося.</p>"
        "</body></html>",
        set(), {"grant_transfer_candidates"},
        id="an-faqs-question-names-no-document"),

    # A sidebar's tag cloud ("... жатақхана стипендия ...") is a row of links, each judged on its own page: its words are
    # not the page's, here the dormitory an online admission application would need to be a dormitory's.
    pytest.param(
        "https://c.example.test/kk/talapkerge/qujattar/", "university",
        "<title>Қабылдауға қажетті құжаттар | Университет</title></head><body>" + MENU +
        "<main><h1>Қабылдауға қажетті құжаттар</h1>"
        "<ul><li>қабылдау туралы өтініш (электрондық нысанда);</li><li>білімі туралы құжаттың түпнұсқасы;</li>"
        "<li>075-У нысанындағы медициналық анықтама.</li></ul>"
        "<p>Онлайн өтінімді egov.kz порталы арқылы да беруге болады.</p></main>"
        "<aside class='widget-area'><section class='widget widget_tag_cloud'><h2>Тегтер</h2><div class='tagcloud'>"
        "<a href='/tag/1'>талапкер</a> <a href='/tag/2'>грант</a> <a href='/tag/3'>жатақхана</a> "
        "<a href='/tag/4'>стипендия</a> <a href='/tag/5'>спорт</a></div></section></aside></body></html>",
        set(), {"dormitory_online_registration", "scholarship_info"},
        id="a-tag-cloud-is-links-not-the-pages-words"),

    # A list under a section's heading names the kinds of work the library checks: its items are no title broken
    # over lines (the regulations of theses and of the dissertation council are elsewhere).
    pytest.param(
        "https://u.example.test/en/library/anti-plagiarism/", "university",
        "<title>Anti-plagiarism check | University</title></head><body>" + MENU +
        "<h1>Anti-plagiarism check</h1><p>The library checks student works in the StrikePlagiarism.com system.</p>"
        "<h2>What must be checked</h2><p>Bachelor's diploma works (theses) and projects - before pre-defence</p>"
        "<p>Master's theses and projects</p><p>PhD dissertations - before submission to the Dissertation Council</p>"
        "<p>Textbooks recommended by the Academic Council</p></body></html>",
        {"antiplagiarism"}, {"thesis_regulation", "master_thesis_regulation", "dissertation_council_regulation"},
        id="a-list-under-a-section-heading-is-no-title"),
]


@pytest.mark.parametrize(("url", "itype", "html", "found", "not_found"), CASES)
def test_where_a_phrase_stands_and_who_signed_the_page(detector: Detector, url: str, itype: str, html: str,
                                                       found: set[str], not_found: set[str]) -> None:
    got = verdicts(detector, url, html, itype)
    assert {a for a in found if got.get(a, 0.0) < 0.5} == set(), got
    assert {a for a in not_found if got.get(a, 0.0) >= 0.5} == set(), got
