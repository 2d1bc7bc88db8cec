"""HTML for simulated sites: the page layout, listings, forms, the JS-only shell, robots and sitemap.

Every text that reaches HTML goes through `esc`; the JS-only page keeps its data in a JSON blob whose
non-ASCII text is \\u-escaped, so its link texts and URLs appear only once a browser runs the script.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

ORIGIN_PLACEHOLDER = "__SIMWEB_ORIGIN__"  # the server puts http://host:port here (robots.txt, sitemap.xml)

CSS = ("body{font-family:sans-serif;margin:0;color:#222}header,footer{background:#0b4f8a;color:#fff;padding:8px 16px}"
       "header a,footer a{color:#fff}nav ul{display:flex;flex-wrap:wrap;gap:12px;list-style:none;padding:8px 16px;"
       "margin:0;background:#e8eef5}main{padding:16px;max-width:960px}table{border-collapse:collapse}"
       "td,th{border:1px solid #999;padding:2px 6px}.lang a{margin-left:8px}")


def esc(text: str) -> str:
    return html.escape(text, quote=True)


@dataclass(slots=True)
class Chrome:
    """What every page of one site in one language shares: name, menu, language switch, footer."""

    lang: str
    site_name: str
    home_url: str
    menu: list[tuple[str, str]] = field(default_factory=list)  # (text, url)
    footer_lines: list[str] = field(default_factory=list)  # already-escaped HTML snippets
    lang_names: dict[str, str] = field(default_factory=dict)  # lang -> label ("Қазақша")


def page_html(chrome: Chrome, title: str, main: str, *, alternates: dict[str, str], charset: str = "utf-8",
              head_extra: str = "") -> str:
    """A complete HTML document; `alternates` maps lang -> URL of this page in that language."""
    switch = " ".join(f'<a href="{esc(url)}" hreflang="{lang}">{esc(chrome.lang_names.get(lang, lang))}</a>'
                      for lang, url in alternates.items() if lang != chrome.lang)
    menu = "".join(f'<li><a href="{esc(url)}">{esc(text)}</a></li>' for text, url in chrome.menu)
    footer = "<br>".join(chrome.footer_lines)
    html_lang = {"kk": "kk", "ru": "ru", "en": "en"}[chrome.lang]
    return (f'<!DOCTYPE html>\n<html lang="{html_lang}">\n<head>\n<meta charset="{charset}">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{esc(title)} | {esc(chrome.site_name)}</title>\n<style>{CSS}</style>{head_extra}\n</head>\n<body>\n"
            f'<header><a class="logo" href="{esc(chrome.home_url)}">{esc(chrome.site_name)}</a>'
            f'<span class="lang">{switch}</span></header>\n<nav><ul>{menu}</ul></nav>\n'
            f"<main>\n{main}\n</main>\n<footer>{footer}</footer>\n</body>\n</html>\n")


def link_list(items: Iterable[tuple[str, str, str, str]]) -> str:
    """<ul> of links; each item is (escaped HTML before the link, anchor text, url, escaped HTML after it)."""
    rows = "".join(f'<li>{prefix}<a href="{esc(url)}">{esc(text)}</a>{tail}</li>\n' for prefix, text, url, tail in items)
    return f'<ul class="docs">\n{rows}</ul>' if rows else ""


def paragraphs(lines: Sequence[str]) -> str:
    """Body lines as paragraphs, with ' | ' rows gathered into a table."""
    out: list[str] = []
    rows: list[list[str]] = []

    def flush() -> None:
        if rows:
            body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
            out.append(f"<table>{body}</table>")
            rows.clear()

    for line in lines:
        if " | " in line:
            rows.append(line.split(" | "))
        else:
            flush()
            out.append(f"<p>{esc(line)}</p>")
    flush()
    return "\n".join(out)


FORM_LABELS = {
    "kk": {"name": "Тегі, аты, әкесінің аты", "iin": "ЖСН", "course": "Курс", "program": "Білім беру бағдарламасы",
           "message": "Сұрағыңыз", "login": "Логин", "password": "Құпия сөз", "send": "Жіберу", "enter": "Кіру",
           "file": "Құжаттарды тіркеу"},
    "ru": {"name": "Фамилия, имя, отчество", "iin": "ИИН", "course": "Курс", "program": "Образовательная программа",
           "message": "Ваш вопрос", "login": "Логин", "password": "Пароль", "send": "Отправить", "enter": "Войти",
           "file": "Прикрепить документы"},
    "en": {"name": "Full name", "iin": "IIN", "course": "Year", "program": "Programme", "message": "Your question",
           "login": "Login", "password": "Password", "send": "Send", "enter": "Sign in", "file": "Attach documents"},
}


def service_form(kind: str, lang: str, action: str) -> str:
    """A form that makes a page an online service: login (e-journal), question (blog), application."""
    labels = FORM_LABELS[lang]

    def field_html(key: str, kind_attr: str = "text") -> str:
        return f'<label>{esc(labels[key])} <input type="{kind_attr}" name="{key}"></label><br>'

    if kind == "login":
        fields = field_html("login") + field_html("password", "password")
        button = labels["enter"]
    elif kind == "question":
        fields = field_html("name") + f'<label>{esc(labels["message"])} <textarea name="message"></textarea></label><br>'
        button = labels["send"]
    else:
        fields = field_html("name") + field_html("iin") + field_html("course") + field_html("program") + field_html(
            "file", "file")
        button = labels["send"]
    return f'<form method="post" action="{esc(action)}">{fields}<button type="submit">{esc(button)}</button></form>'


def js_shell(heading: str, loading: str, noscript: str, items: Sequence[tuple[str, str, str]]) -> str:
    """Main content of a JS-only page: an empty container filled by inline script from a JSON blob.

    items: (link text, path stem under /upload/, extension). The full URL is assembled in JS, so it
    never appears literally in the HTML.
    """
    data = {"v": 2, "base": "/upload/", "items": [{"t": t, "f": f, "x": x} for t, f, x in items]}
    blob = json.dumps(data, ensure_ascii=True).replace("</", "<\\/")
    script = ("(function(){var DATA=" + blob + ";var root=document.getElementById('docs-app');root.innerHTML='';"
              "var ul=document.createElement('ul');DATA.items.forEach(function(it){var li=document.createElement('li');"
              "var a=document.createElement('a');a.href=DATA.base+it.f+'.'+it.x;a.textContent=it.t;li.appendChild(a);"
              "ul.appendChild(li);});root.appendChild(ul);})();")
    return (f"<h1>{esc(heading)}</h1>\n<div id=\"docs-app\"><p class=\"loading\">{esc(loading)}</p></div>\n"
            f"<noscript>{esc(noscript)}</noscript>\n<script>{script}</script>")


def robots_txt(variant: int, sitemap: bool) -> str:
    """robots.txt: every site has one; some disallow irrelevant paths and name their sitemap."""
    if variant == 0:
        text = "User-agent: *\nDisallow:\n"
    elif variant == 1:
        text = "User-agent: *\nDisallow: /admin/\nDisallow: /bitrix/\n"
    else:
        text = "User-agent: Yandex\nCrawl-delay: 2\n\nUser-agent: *\nDisallow: /admin/\nDisallow: /search/\n"
    if sitemap:
        text += f"\nSitemap: {ORIGIN_PLACEHOLDER}/sitemap.xml\n"
    return text


def sitemap_xml(entries: Iterable[tuple[str, str]]) -> str:
    """sitemap.xml with absolute URLs (origin filled in by the server) and lastmod dates."""
    rows = "".join(f"<url><loc>{ORIGIN_PLACEHOLDER}{esc(url)}</loc><lastmod>{day}</lastmod></url>\n"
                   for url, day in entries)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{rows}</urlset>\n')


def not_found_page() -> str:
    """The body every simulated site sends with a 404."""
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>404</title></head><body>"
            "<h1>404</h1><p>Бет табылмады / Страница не найдена / Page not found</p></body></html>\n")
