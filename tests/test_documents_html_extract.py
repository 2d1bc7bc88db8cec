"""HTML extraction: encodings, visible text, headings, links, needs_js (documents.html_extract)."""

from __future__ import annotations

import pytest

from adalscan.models import Link
from detectors.extract.extract import extract_document
from detectors.extract.html_extract import resolve_link

KAZAKH_LETTERS = "әғқңөұүһі"
PLAN_KK = "Сыбайлас жемқорлыққа қарсы іс-қимыл жоспары"
PLAN_RU = "План мероприятий по противодействию коррупции"
PAGE_URL = "http://127.0.1.5:8080/kk/anticor/index.php"


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


# --- encodings -----------------------------------------------------------------------------------


def test_cp1251_declared_only_in_meta() -> None:
    html = page(f"<p>{PLAN_RU}</p>", '<meta charset="windows-1251"><title>Антикоррупция</title>')
    doc = extract_document(html.encode("cp1251"), PAGE_URL, "text/html")
    assert doc.kind == "html"
    assert doc.title == "Антикоррупция"
    assert PLAN_RU in doc.body
    assert "\ufffd" not in doc.body


def test_cp1251_declared_in_http_equiv_meta() -> None:
    html = page(f"<p>{PLAN_RU}</p>", '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">')
    doc = extract_document(html.encode("cp1251"), PAGE_URL)
    assert PLAN_RU in doc.body


def test_header_says_utf8_but_body_is_cp1251_with_meta() -> None:
    """The pitfall Scrapy falls into: header charset wins over the truthful <meta>."""
    html = page(f"<h1>{PLAN_RU}</h1>", '<meta charset="windows-1251">')
    doc = extract_document(html.encode("cp1251"), PAGE_URL, "text/html; charset=utf-8", declared_encoding="utf-8")
    assert doc.headings == [PLAN_RU]
    assert "\ufffd" not in doc.body
    assert any("cp1251" in note for note in doc.notes)


def test_header_says_utf8_but_body_is_cp1251_without_any_declaration() -> None:
    html = page(f"<p>{PLAN_RU}</p>")
    doc = extract_document(html.encode("cp1251"), PAGE_URL, "text/html; charset=UTF-8")
    assert PLAN_RU in doc.body


def test_kz1048_page_keeps_kazakh_letters() -> None:
    html = page(f"<p>{PLAN_KK} {KAZAKH_LETTERS} {KAZAKH_LETTERS.upper()}</p>", '<meta charset="KZ-1048">')
    doc = extract_document(html.encode("kz1048"), PAGE_URL, "text/html")
    assert PLAN_KK in doc.body
    assert KAZAKH_LETTERS in doc.body and KAZAKH_LETTERS.upper() in doc.body


def test_koi8r_page() -> None:
    html = page(f"<p>{PLAN_RU}</p>", '<meta http-equiv="content-type" content="text/html; charset=koi8-r">')
    assert PLAN_RU in extract_document(html.encode("koi8-r"), PAGE_URL).body


@pytest.mark.parametrize("prefix", [b"", b"\xef\xbb\xbf"], ids=["no-bom", "bom"])
def test_utf8_with_and_without_bom(prefix: bytes) -> None:
    html = page(f"<p>{PLAN_KK}</p>", "<title>Жоспар</title>")
    doc = extract_document(prefix + html.encode("utf-8"), PAGE_URL, "text/html")
    assert doc.title == "Жоспар"
    assert doc.body == PLAN_KK


def test_bom_beats_a_wrong_header() -> None:
    html = page(f"<p>{PLAN_KK}</p>")
    doc = extract_document(b"\xef\xbb\xbf" + html.encode(), PAGE_URL, "text/html; charset=windows-1251",
                           declared_encoding="cp1251")
    assert doc.body == PLAN_KK


def test_utf16_page_with_bom() -> None:
    html = page(f"<p>{PLAN_KK}</p>")
    doc = extract_document(html.encode("utf-16"), PAGE_URL)
    assert doc.kind == "html"
    assert doc.body == PLAN_KK


def test_valid_utf8_body_wins_over_a_wrong_declared_cp1251() -> None:
    html = page(f"<p>{PLAN_KK}</p>", '<meta charset="windows-1251">')
    doc = extract_document(html.encode("utf-8"), PAGE_URL, declared_encoding="cp1251")
    assert doc.body == PLAN_KK
    assert any("valid UTF-8" in note for note in doc.notes)


def test_mostly_utf8_page_with_a_stray_byte_is_not_turned_into_mojibake() -> None:
    html = page(f"<p>{PLAN_KK} {PLAN_RU}</p><p>bad \xff byte</p>", '<meta charset="windows-1251">')
    body = html.encode("utf-8").replace(b"\xc3\xbf", b"\xff")
    doc = extract_document(body, PAGE_URL, "text/html; charset=utf-8")
    assert PLAN_KK in doc.body and PLAN_RU in doc.body


def test_html_entities_for_kazakh_letters_in_a_cp1251_page() -> None:
    html = page("<p>&#1179;&#1201;&#1179;&#1199;&#1179; &#1241;&#1203;</p>", '<meta charset="windows-1251">')
    assert extract_document(html.encode("cp1251"), PAGE_URL).body == "құқүқ әҳ"


def test_xml_declaration_with_encoding_is_accepted() -> None:
    xhtml = ('<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml">'
             f"<head><title>X</title></head><body><p>{PLAN_KK}</p></body></html>")
    doc = extract_document(xhtml.encode(), PAGE_URL, "application/xhtml+xml")
    assert doc.kind == "html"
    assert doc.body == PLAN_KK


# --- visible text, title, headings ---------------------------------------------------------------


def test_visible_text_drops_scripts_styles_and_templates_and_keeps_blocks_apart() -> None:
    html = page(
        "<nav><ul><li><a href='/'>Басты бет</a></li><li><a href='/about'>Біз туралы</a></li></ul></nav>"
        "<script>var secret = 'SCRIPT_TEXT';</script><style>.x{color:red}</style>"
        "<noscript>NOSCRIPT_TEXT</noscript><template><p>TEMPLATE_TEXT</p></template>"
        "<!-- COMMENT_TEXT --><h2>Құжаттар</h2><p>Бірінші <b>абзац</b>.</p><p>Екінші&nbsp;абзац.</p>"
        "<table><tr><th>№</th><th>Іс-шара</th></tr><tr><td>1</td><td>Семинар</td></tr></table>",
        "<title>Title</title><style>HEAD_STYLE</style>",
    )
    doc = extract_document(page_bytes := html.encode(), PAGE_URL)
    assert len(page_bytes) > 0
    for hidden in ("SCRIPT_TEXT", "NOSCRIPT_TEXT", "TEMPLATE_TEXT", "COMMENT_TEXT", "HEAD_STYLE", "color:red"):
        assert hidden not in doc.body
    assert doc.body.split("\n") == ["Басты бет", "Біз туралы", "Құжаттар", "Бірінші абзац.", "Екінші абзац.",
                                    "№ | Іс-шара", "1 | Семинар"]


def test_title_and_h1_to_h3_headings() -> None:
    html = page(f"<h1>{PLAN_KK}</h1><h2> Бөлім  1 </h2><h3>Бөлім 1.1</h3><h4>Not a heading</h4><h2>Бөлім 1</h2>",
                "<title>\n  Университет | Антикор  \n</title>")
    doc = extract_document(html.encode(), PAGE_URL)
    assert doc.title == "Университет | Антикор"
    assert doc.headings == [PLAN_KK, "Бөлім 1", "Бөлім 1.1"]


def test_a_tables_caption_is_a_heading() -> None:
    html = page("<h1>Кадр саясаты</h1><p>Мәтін.</p><table><caption> Лауазымдарға қойылатын  талаптар </caption>"
                "<tr><td>Оқытушы</td><td>магистр</td></tr></table>")
    doc = extract_document(html.encode(), PAGE_URL)
    assert doc.headings == ["Кадр саясаты", "Лауазымдарға қойылатын талаптар"]


def test_title_falls_back_to_og_title_then_h1() -> None:
    with_og = page("<h1>Heading</h1>", '<meta property="og:title" content="OG title">')
    assert extract_document(with_og.encode(), PAGE_URL).title == "OG title"
    assert extract_document(page("<h1>Heading</h1>").encode(), PAGE_URL).title == "Heading"


def test_soft_hyphens_and_zero_width_spaces_do_not_split_words() -> None:
    html = page("<p>жем\u00adқор\u200bлық</p>")
    assert extract_document(html.encode(), PAGE_URL).body == "жемқорлық"


# --- links ---------------------------------------------------------------------------------------


def test_links_resolved_against_base_href_with_skipped_schemes() -> None:
    html = page(
        '<a href="plan.pdf">Жоспар</a>'
        '<a href="/root.html">Root</a>'
        '<a href="../up/./doc.docx#page=2">Up</a>'
        '<a href="//cdn.example.test/file.xlsx">CDN</a>'
        '<a href="https://other.example.test/a/../b?x=1#frag">Other</a>'
        '<a href="javascript:void(0)">JS</a><a href="JavaScript:alert(1)">JS2</a>'
        '<a href="mailto:rector@example.kz">Mail</a><a href="tel:+77000000000">Tel</a>'
        '<a href="data:text/html,hi">Data</a><a href="#top">Top</a><a href="">Empty</a><a>No href</a>'
        '<a href="ftp://example.kz/x">FTP</a>',
        '<base href="http://127.0.1.5:8080/docs/2025/">',
    )
    doc = extract_document(html.encode(), PAGE_URL)
    assert doc.links == [
        Link("http://127.0.1.5:8080/docs/2025/plan.pdf", "Жоспар"),
        Link("http://127.0.1.5:8080/root.html", "Root"),
        Link("http://127.0.1.5:8080/docs/up/doc.docx", "Up"),
        Link("http://cdn.example.test/file.xlsx", "CDN"),
        Link("https://other.example.test/b?x=1", "Other"),
    ]


def test_relative_base_href_and_page_url_resolution() -> None:
    html = page('<a href="a.html">A</a>', '<base href="/sub/">')
    assert extract_document(html.encode(), PAGE_URL).links == [Link("http://127.0.1.5:8080/sub/a.html", "A")]
    plain = page('<a href="a.html">A</a><a href="?page=2">Next</a>')
    assert extract_document(plain.encode(), PAGE_URL).links == [
        Link("http://127.0.1.5:8080/kk/anticor/a.html", "A"),
        Link("http://127.0.1.5:8080/kk/anticor/index.php?page=2", "Next"),
    ]


def test_link_text_falls_back_to_title_aria_label_and_image_alt() -> None:
    html = page('<a href="/a" title="Title text"></a><a href="/b" aria-label="Aria text"> </a>'
                '<a href="/c"><img src="i.png" alt="Жоспар PDF"></a>'
                '<a href="/d">  Anchor\n  text </a><iframe src="/viewer.pdf" title="Embedded plan"></iframe>')
    doc = extract_document(html.encode(), "http://127.0.0.1/")
    assert [(link.url, link.text) for link in doc.links] == [
        ("http://127.0.0.1/a", "Title text"), ("http://127.0.0.1/b", "Aria text"),
        ("http://127.0.0.1/c", "Жоспар PDF"), ("http://127.0.0.1/d", "Anchor text"),
        ("http://127.0.0.1/viewer.pdf", "Embedded plan"),
    ]


def test_duplicate_links_with_the_same_text_are_kept_once() -> None:
    html = page('<a href="/x">X</a><a href="/x#a">X</a><a href="/x">Other text</a>')
    assert len(extract_document(html.encode(), "http://127.0.0.1/").links) == 2


@pytest.mark.parametrize(("href", "expected"), [
    ("  /a b  ", "http://h.test/a b"),
    ("/a\n/b", "http://h.test/a/b"),
    ("\\files\\x.pdf", "http://h.test/files/x.pdf"),
    ("HTTPS://H.test/x", "HTTPS://H.test/x"),
    ("http:", "http://h.test/dir/page"),  # RFC 3986: a same-scheme reference without authority
    ("https://", None),
    ("vbscript:x", None),
    ("#", None),
])
def test_resolve_link_edge_cases(href: str, expected: str | None) -> None:
    assert resolve_link(href, "http://h.test/dir/page", "http", "http://h.test") == expected


# --- needs_js ------------------------------------------------------------------------------------


def test_spa_shell_needs_js() -> None:
    html = page('<div id="app"></div><script src="/js/chunk-vendors.js"></script><script src="/js/app.js"></script>',
                "<title>Университет</title>")
    doc = extract_document(html.encode(), PAGE_URL)
    assert doc.needs_js
    assert doc.body == ""


def test_shell_with_some_static_chrome_and_an_empty_root_needs_js() -> None:
    footer = "<footer>" + "Байланыс телефоны және мекенжайы. " * 12 + "</footer>"
    html = page(f'<header>Университет</header><div id="root"></div>{footer}<script src="/main.js"></script>')
    doc = extract_document(html.encode(), PAGE_URL)
    assert 200 <= len(doc.body) < 1500
    assert doc.needs_js


def test_ordinary_page_with_scripts_does_not_need_js() -> None:
    html = page(f"<h1>{PLAN_KK}</h1>" + f"<p>{PLAN_RU}. {PLAN_KK}.</p>" * 5 + '<script src="/jquery.js"></script>')
    assert not extract_document(html.encode(), PAGE_URL).needs_js


def test_tiny_static_page_without_scripts_does_not_need_js() -> None:
    assert not extract_document(page("<p>Hello</p>").encode(), PAGE_URL).needs_js


def test_json_ld_alone_is_not_a_script_that_builds_content() -> None:
    html = page('<p>Short page</p><script type="application/ld+json">{"@type": "Organization"}</script>')
    assert not extract_document(html.encode(), PAGE_URL).needs_js


# --- hostile markup ------------------------------------------------------------------------------


def test_deeply_nested_and_broken_markup_does_not_raise() -> None:
    html = "<div>" * 20_000 + "deep text" + "<p><b><i>unclosed <table><td>cell" + "\x00" * 5
    doc = extract_document(html.encode(), PAGE_URL, "text/html")
    assert doc.kind == "html"
    assert isinstance(doc.body, str)


def test_empty_and_whitespace_html() -> None:
    assert extract_document(b"   \n ", PAGE_URL, "text/html").body == ""
    doc = extract_document(b"<html></html>", PAGE_URL)
    assert doc.kind == "html" and doc.body == "" and doc.links == []


def test_max_links_cap_notes_it() -> None:
    html = page("".join(f'<a href="/p{i}">p{i}</a>' for i in range(5_100)))
    doc = extract_document(html.encode(), PAGE_URL)
    assert len(doc.links) == 5_000
    assert any("links" in note for note in doc.notes)


def _link_texts(page: str) -> dict[str, str]:
    """Each link's text by the last part of its address."""
    return {link.url.rsplit("/", 1)[1]: link.text for link in extract_document(page.encode(), "http://a.test/").links}


def test_generic_download_link_takes_its_name_from_the_list_item() -> None:
    page = ("<html><body><ul><li>Сыбайлас жемқорлыққа қарсы іс-қимыл жоспары 2025-2026 "
            "<a href='/u/1.pdf'>Жүктеу</a></li><li><a href='/x'>Басты бет</a></li></ul>"
            "<table><tr><td>План мероприятий по противодействию коррупции</td>"
            "<td><a href='/u/2.pdf'>Скачать</a></td></tr></table></body></html>")
    links = _link_texts(page)
    assert links["1.pdf"].startswith("Сыбайлас жемқорлыққа қарсы іс-қимыл жоспары 2025-2026")
    assert links["x"] == "Басты бет"  # a telling link text is kept as it is
    assert "противодействию коррупции" in links["2.pdf"]


def test_a_link_that_only_names_the_file_type_and_size_takes_the_rows_title() -> None:
    page = ("<html><body><table><tr><td>Магистратура туралы ереже</td><td>28.08.2026</td>"
            "<td><a href='/u/1.pdf'>PDF, 640 КБ</a></td></tr>"
            "<tr><td>Положение о диссертационном совете</td><td><a href='/u/2.docx'>docx (48 KB)</a></td></tr>"
            "<tr><td>Годовой отчёт</td><td><a href='/u/3.pdf'>Отчёт 2025</a></td></tr></table></body></html>")
    links = _link_texts(page)
    assert links["1.pdf"].startswith("Магистратура туралы ереже") and "PDF, 640 КБ" in links["1.pdf"]
    assert links["2.docx"].startswith("Положение о диссертационном совете")
    assert links["3.pdf"] == "Отчёт 2025"  # a link that says what it is keeps its own words


def test_each_link_knows_its_place_in_the_page() -> None:
    html = page('<ul class="news list"><li class="item"><a class="more" href="/n/1">Read more</a></li></ul>'
                '<div><p><a href="/n/2">Two</a></p></div>')
    places = {link.url.rsplit("/", 1)[-1]: link.place for link in extract_document(html.encode(), PAGE_URL).links}
    assert places == {"1": "ul.news/li.item/a.more", "2": "div/p/a"}


def test_headings_of_the_site_furniture_are_not_the_pages() -> None:
    """The logo's <h1> in the site header, a sidebar's "Последние новости", a footer's "Контакты" are on every
    page of the site; the page's headings are those of its content (an article's own <header> included)."""
    page = ("<html><body><header><h1>Колледж сервиса</h1><nav><h3>Меню</h3><a href='/'>Главная</a></nav></header>"
            "<div class='sidebar-left'><h3>Последние новости</h3></div>"
            "<main><article><header><h1>Антикоррупционный стандарт</h1></header><h2>Общие положения</h2>"
            "<p>Текст.</p></article></main><aside><h2>Календарь</h2></aside>"
            "<div id='footer'><h3>Контакты</h3></div><footer><h2>Адрес</h2></footer></body></html>").encode()
    doc = extract_document(page, "https://college.example.test/ru/standart", "text/html; charset=utf-8")
    assert doc.headings == ["Антикоррупционный стандарт", "Общие положения"]
    old_cms = ("<html><body><div class='header'><h1>Университет</h1></div><div class='content'><h2>Кодекс чести</h2>"
               "</div><div class='widget_news'><h3>Новости</h3></div></body></html>").encode()
    doc = extract_document(old_cms, "https://uni.example.test/kodeks", "text/html; charset=utf-8")
    assert doc.headings == ["Кодекс чести"]


def test_furniture_lines_are_the_sites_menu_header_footer_and_sidebar() -> None:
    page = ("<html><head><title>Әдеп кодексі | Жоғары колледж</title></head><body>"
            "<header><div class='logo'>Жоғары колледж</div><nav><a href='/'>Басты бет</a> <a href='/s'>Студенттерге</a></nav></header>"
            "<div class='breadcrumbs'><a href='/'>Басты бет</a> / Құжаттар</div>"
            "<main><article><header><h1>Әдеп кодексі</h1></header><p>Осы кодекс қызметкерлердің мінез-құлқын белгілейді.</p>"
            "<aside class='note'>Ескерту</aside></article></main>"
            "<aside class='sidebar'><h3>Соңғы жаңалықтар</h3><a href='/n/1'>Колледжде жиналыс өтті</a></aside>"
            "<footer><p>Жоғары колледж</p><p>Тел.: +7 7172 00 00 00</p></footer></body></html>")
    doc = extract_document(page.encode(), "https://college.example.test/kodeks/", "text/html; charset=utf-8")
    assert "Жоғары колледж" in doc.furniture and "Соңғы жаңалықтар" in doc.furniture
    assert "Басты бет / Құжаттар" in doc.furniture and "Тел.: +7 7172 00 00 00" in doc.furniture
    # The page's own content, an article's own <header> and an <aside> inside the article are not furniture.
    assert not {"Әдеп кодексі", "Осы кодекс қызметкерлердің мінез-құлқын белгілейді.", "Ескерту"} & set(doc.furniture)
    assert "Осы кодекс қызметкерлердің мінез-құлқын белгілейді." in doc.body  # the body keeps every line


def test_a_sentence_wrapped_in_the_source_is_one_line_as_a_browser_shows_it() -> None:
    """A line break inside a paragraph's source is a space on screen: "Univer" / "jüiesınıñ logini" is one
    sentence, not a short title-like line followed by another. Breaks before a capital or after a full stop
    stay (a text that sets its lines apart), and so does preformatted text."""
    doc = extract_document(page(
        "<ol><li>Portalğa kırıñız (studentter – Univer\njüiesınıñ logini arqyly).</li></ol>"
        "<p>Приказ ректора\nО составе комиссии</p><pre>строка один\nстрока два</pre>").encode("utf-8"),
        "https://u.example.test/qz/page", "text/html; charset=utf-8")
    lines = doc.body.splitlines()
    assert "Portalğa kırıñız (studentter – Univer jüiesınıñ logini arqyly)." in lines
    assert "Приказ ректора" in lines and "О составе комиссии" in lines
    assert "строка один" in lines and "строка два" in lines
