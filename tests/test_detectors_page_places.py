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


def test_an_article_heading_of_a_reposted_law_is_not_the_sectoral_standard(detector: Detector) -> None:
    html = (
        "<title>Закон о противодействии коррупции (выдержки) | Университет</title></head><body>" + MENU +
        "<h1>Закон Республики Казахстан «О противодействии коррупции» (выдержки)</h1>"
        "<p>Закон Республики Казахстан от 18 ноября 2015 года № 410-V. Полный текст опубликован в системе «Әділет».</p>"
        "<h2>Статья 8. Внутренний анализ коррупционных рисков</h2>"
        "<p>Внутренний анализ коррупционных рисков проводится в порядке, определяемом уполномоченным органом.</p>"
        "<h2>Статья 16-1. Антикоррупционные стандарты</h2>"
        "<p>Антикоррупционные стандарты представляют собой систему рекомендаций, направленных на предупреждение "
        "коррупции в сфере общественных отношений.</p></body></html>")
    found = verdicts(detector, "https://u.example.test/ru/anticor/zakon/", html)
    assert found.get("anticorruption_standard", 0.0) < 0.5, found


def test_the_standard_itself_stays_found_on_the_institutions_site(detector: Detector) -> None:
    html = (
        "<title>Антикоррупционный стандарт | Университет</title></head><body>" + MENU +
        "<h1>Антикоррупционный стандарт в сфере высшего и послевузовского образования</h1>"
        "<h2>1. Общие положения</h2><p>Настоящий антикоррупционный стандарт устанавливает рекомендации для "
        "организаций высшего и послевузовского образования.</p></body></html>")
    assert verdicts(detector, "https://u.example.test/ru/anticor/standart/", html)["anticorruption_standard"] >= 0.5


def test_a_breadcrumb_and_the_address_folders_name_the_section_not_a_second_document(detector: Detector) -> None:
    """A plagiarism-check procedure sits in the "Academic integrity" section: the trail and the address say
    so, and the student code of academic integrity is not what the page carries."""
    html = (
        "<title>Порядок проверки работ на заимствования | Университет</title></head><body>" + MENU +
        "<div class='breadcrumbs'><a href='/'>Главная</a> » <a href='/science/'>Наука</a> » Академическая "
        "честность</div><h1>Порядок проверки письменных работ обучающихся на заимствования</h1>"
        "<p>Утверждён приказом ректора от 02.09.2025 № 210.</p>"
        "<p>1. Проверке подлежат дипломные работы, магистерские диссертации и статьи.</p>"
        "<p>2. Проверку проводит отдел академической честности библиотеки; отчёт подобия передаётся научному "
        "руководителю.</p></body></html>")
    found = verdicts(detector, "https://u.example.test/science/akademicheskaya-chestnost/proverka/", html)
    assert found.get("antiplagiarism", 0.0) >= 0.5, found
    assert found.get("student_ethics_code", 0.0) < 0.5, found


def test_a_ministers_approval_line_with_a_note_after_it_still_marks_a_reposted_act(detector: Detector) -> None:
    """"... бұйрығымен бекітілген (өзгерістермен). Ақпарат үшін орналастырылған." is the national rules' own
    approval line with the site's note in the same paragraph: the rules stay a national act (uncertain)."""
    html = (
        "<title>Жатақханаларда орын беру қағидалары | Университет</title></head><body>" + MENU +
        "<h1>Білім беру ұйымдарының жатақханаларында орын бөлу қағидалары</h1>"
        "<p>Қазақстан Республикасы Білім және ғылым министрінің 2016 жылғы 22 қаңтардағы № 66 бұйрығымен "
        "бекітілген (өзгерістермен). Ақпарат үшін орналастырылған.</p>"
        "<h2>1-тарау. Жалпы ережелер</h2><p>Жатақханадан орын беру өтініштер негізінде онлайн тіркеу арқылы "
        "жүзеге асырылады.</p></body></html>")
    found = verdicts(detector, "https://u.example.test/kk/dormitory/qagidalar/", html)
    assert found.get("dormitory_online_registration", 0.0) < 0.5, found


def test_the_directors_order_with_the_regulation_it_approves_is_the_colleges_own(detector: Detector) -> None:
    """An order the director signed uses a ministry's formulae ("БҰЙЫРАМЫН", "қоса беріліп отырған") and cites the
    national model rules; its annex line says whose order it is, and the regulation under it is the college's."""
    html = (
        "<title>Қамқоршылық кеңес туралы ережені бекіту туралы бұйрық | Колледж</title></head><body>" + MENU +
        "<h1>Қамқоршылық кеңес туралы ережені бекіту туралы бұйрық</h1>"
        "<p>БҰЙРЫҚ № 41-ж</p><p>Қамқоршылық кеңес туралы ережені бекіту туралы</p>"
        "<p>Министрдің бұйрығымен бекітілген Қамқоршылық кеңестің жұмысын ұйымдастыру туралы үлгілік қағидаларға "
        "сәйкес БҰЙЫРАМЫН:</p><p>1. Қоса беріліп отырған колледждің Қамқоршылық кеңесі туралы ереже бекітілсін.</p>"
        "<p>Директор Н. Сапаров</p><p>Директордың 2025 жылғы 2 қыркүйектегі № 41-ж бұйрығына қосымша</p>"
        "<p>Колледждің Қамқоршылық кеңесі туралы ереже</p><p>1. Жалпы ережелер</p>"
        "<p>1.1. Қамқоршылық кеңес колледжді дамытуға жәрдемдесетін алқалы орган болып табылады.</p>"
        "</body></html>")
    found = verdicts(detector, "https://c.example.test/kk/kamqorshylyq-kenes/buyryq/", html, "college")
    assert found.get("board_of_trustees_regulation", 0.0) >= 0.5, found



def test_a_russian_order_that_says_it_was_approved_by_the_directors_order_is_the_colleges_own(
        detector: Detector) -> None:
    html = (
        "<title>Приказ № 7-о | Колледж</title></head><body>" + MENU +
        "<h1>Об утверждении Положения о Попечительском совете колледжа</h1>"
        "<p>В соответствии с Типовыми правилами организации работы Попечительского совета ПРИКАЗЫВАЮ:</p>"
        "<p>1. Утвердить прилагаемое Положение о Попечительском совете колледжа.</p><p>Директор А. Б. Касымов</p>"
        "<p>Утверждено приказом директора от 12 января 2026 года № 7-о</p>"
        "<p>Положение о Попечительском совете колледжа</p><p>1. Общие положения</p>"
        "<p>1.1. Попечительский совет содействует развитию колледжа.</p></body></html>")
    found = verdicts(detector, "https://c.example.test/ru/popechitelskiy-sovet/prikaz/", html, "college")
    assert found.get("board_of_trustees_regulation", 0.0) >= 0.5, found


def test_a_board_listed_by_full_names_and_roles_in_a_table_is_its_composition(detector: Detector) -> None:
    """English rosters give a name, then the role: "Marat Zhaksylykov | Chair; ...". "Board of Guardians" is a
    common English name of the board of trustees."""
    html = (
        "<title>Board of Guardians | College</title></head><body>" + MENU +
        "<h1>Board of Guardians</h1><p>The Board of Guardians brings employers and parents into the oversight of "
        "the College.</p><table><tr><th>Name</th><th>Role</th></tr>"
        "<tr><td>Asel Nurpeisova</td><td>Chair; Director, Agro Holding LLP</td></tr>"
        "<tr><td>Pavel Smirnov</td><td>Member; Head of HR, Mining Company</td></tr>"
        "<tr><td>Dana Serikova</td><td>Secretary; Deputy Director, Chamber of Entrepreneurs</td></tr></table>"
        "</body></html>")
    found = verdicts(detector, "https://c.example.test/en/governance/board-of-guardians/", html, "college")
    assert found.get("board_of_trustees_composition", 0.0) >= 0.5, found


def test_a_tariff_in_a_boards_minutes_is_no_vendors_price_list(detector: Detector) -> None:
    html = (
        "<title>Протокол заседания Попечительского совета | Колледж</title></head><body>" + MENU +
        "<h1>Протокол № 3 заседания Попечительского совета колледжа</h1>"
        "<p>Присутствовали 7 членов Попечительского совета.</p>"
        "<p>Решили: поручить администрации колледжа проверить обоснованность тарифа на питание в общежитии.</p>"
        "<p>Решили: одобрить отчёт о расходовании спонсорских средств.</p></body></html>")
    found = verdicts(detector, "https://c.example.test/ru/popechitelskiy-sovet/protokol-3/", html, "college")
    assert found.get("board_of_trustees_minutes", 0.0) >= 0.5, found


def test_a_sidebar_menu_item_is_no_document_of_the_page(detector: Detector) -> None:
    """A sidebar's items whose links go nowhere ("#") are still the site's menu, not a document's name."""
    html = (
        "<title>Телефон доверия | Университет</title></head><body>" + MENU +
        "<div class='container'><div class='breadcrumbs'><a href='/'>Главная</a> / <span>Телефон доверия</span></div>"
        "<aside class='sidebar'><ul><li><a href='#'>Антикоррупционная политика</a></li>"
        "<li><a href='#'>Комплаенс-служба</a></li></ul></aside><main class='content'><h1>Телефон доверия</h1>"
        "<div class='date'>Обновлено: 02.10.2026</div>"
        "<p>Сообщить о фактах коррупции в университете можно круглосуточно по телефону доверия 8 (7172) 55-44-33.</p>"
        "</main></div>"
        "</body></html>")
    found = verdicts(detector, "https://u.example.test/ru/anticor/telefon-doveriya/", html)
    assert found.get("hotline", 0.0) >= 0.5, found
    assert found.get("anticorruption_policy", 0.0) < 0.5, found


def test_a_plans_row_is_a_measure_to_take_not_a_service_the_site_has(detector: Detector) -> None:
    """A roadmap's table says what is to be built by when ("develop an online dormitory application module |
    2027, Q2"): not evidence that the service exists."""
    html = (
        "<title>Цифрландыру жол картасы | Университет</title></head><body>" + MENU +
        "<h1>2027 жылға арналған цифрландыру жол картасы</h1><p>Университеттің даму стратегиясын іске асыру "
        "мақсатында жол картасы әзірленді.</p><table><tr><th>№</th><th>Іс-шара</th><th>Мерзімі</th>"
        "<th>Жауапты</th></tr><tr><td>1</td><td>Жатақханаға орналасуға өтінімдерді онлайн қабылдау модулін "
        "әзірлеу</td><td>2027 ж. II тоқсан</td><td>Әлеуметтік мәселелер департаменті</td></tr>"
        "<tr><td>2</td><td>Құжат айналымын енгізу</td><td>2027 ж. IV тоқсан</td><td>Іс жүргізу бөлімі</td></tr>"
        "</table></body></html>")
    found = verdicts(detector, "https://u.example.test/kk/strategiya/zhol-kartasy-2027/", html)
    assert found.get("dormitory_online_registration", 0.0) < 0.5, found


def test_a_latin_script_kazakh_report_names_its_college_by_its_work(detector: Detector) -> None:
    """The 2021 alphabet writes "тәрбие" as "tärbıe" and "оқу-әдістемелік" as "oqu-ädistemelik": the college's own
    report, whose text names only its work, is not another organisation's document."""
    html = (
        "<title>Dırektordyñ jūrtşylyq aldyndağy esebi (2025–2026 o.j.) | Kolledj</title></head><body>" + MENU +
        "<main><h1>Dırektordyñ jūrtşylyq aldyndağy esebi (2025–2026 o.j.)</h1><p>Kirispe</p>"
        "<p>Oqu-ädistemelik jūmys qorytyndylary</p><p>Kadrlyq äleuet</p><p>Tärbıe jūmysy jäne jastar saiasaty</p>"
        "<p>Aldağy kezeñge mindetter</p></main></body></html>")
    found = verdicts(detector, "https://c.example.test/kk/o-nas/direktordyn-esebi/", html, "college")
    assert found.get("head_annual_report", 0.0) >= 0.5, found
