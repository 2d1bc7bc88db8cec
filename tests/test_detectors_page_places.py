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

