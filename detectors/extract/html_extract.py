"""HTML pages: title, h1-h3 headings, visible text (one line per block) and outgoing links.

This is the crawler's hot path, so it uses plain lxml elements (no lxml.html class lookup) and one
C-level tree walk; a 30 KB page takes well under 2 ms (see benchmarks/extract_speed.py).
"""

from __future__ import annotations

import re
import threading
from urllib.parse import urljoin, urlsplit

from lxml import etree

from detectors.document import Document, Link
from detectors.extract.textutil import (
    EncodingHints,
    ExtractLimits,
    clean_line,
    clean_text,
    decode_body,
    dedupe,
)

# Content a reader never sees as text. Links inside them are still collected (noscript menus).
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "math", "iframe", "object",
                           "embed", "canvas", "head", "select", "datalist", "video", "audio", "map"})
# Tags that start a new line of text, so menus, list items and table rows stay separate segments.
_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
    "thead", "tfoot", "tr", "ul", "center", "frameset", "html", "legend", "option", "button", "label", "img",
})
_CELL_TAGS = frozenset({"td", "th"})
# A table's caption is the table's heading ("Требования к квалификации по должностям", "Состав комиссии").
_HEADING_TAGS = ("h1", "h2", "h3", "caption")
# Where a URL sits in each link-bearing tag.
_LINK_ATTRIBUTES = {"a": "href", "area": "href", "iframe": "src", "frame": "src", "embed": "src",
                    "object": "data"}

_SCHEME_RE = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
_URL_INVISIBLE_RE = re.compile(r"[\t\n\r]")

# needs_js: single-page-app mount points and the "enable JavaScript" notices they ship.
_MOUNT_IDS = frozenset({"app", "root", "__next", "__nuxt", "___gatsby", "svelte", "application", "main-app",
                        "react-root", "vue-app", "spa-root", "q-app"})
_JS_NOTICE_RE = re.compile(r"javascript|включите|қосыңыз|enable js", re.IGNORECASE)
_NON_JS_SCRIPT_TYPES = ("application/ld+json", "application/json", "text/template", "text/x-template",
                        "importmap", "speculationrules", "text/html", "text/plain")
NEEDS_JS_MAX_TEXT = 200  # a page with less visible text than this and scripts is a shell
NEEDS_JS_SHELL_MAX_TEXT = 1500  # with an empty SPA mount point, a page this short is a shell too

_parsers = threading.local()  # an lxml parser must not be shared between threads


def _parser() -> etree.HTMLParser:
    parser = getattr(_parsers, "html", None)
    if parser is None:
        # The text is decoded already, so the parser must not re-guess the charset from <meta>.
        parser = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True,
                                  collect_ids=False, default_doctype=False)
        _parsers.html = parser
    return parser


def extract_html(body: bytes, doc: Document, limits: ExtractLimits, hints: EncodingHints) -> None:
    """Fill `doc` from an HTML page."""
    decoded = decode_body(body, hints, look_in_markup=True)
    if decoded.note:
        doc.notes.append(decoded.note)
    text = decoded.text.replace("\x00", "")
    if not text.strip():
        doc.notes.append("html: empty page")
        return
    try:
        root = etree.fromstring(text.encode("utf-8", errors="replace"), _parser())
    except etree.ParserError as exc:  # "Document is empty": only junk, no element at all
        doc.notes.append(f"html: no elements ({exc})")
        return
    if root is None:
        doc.notes.append("html: no elements")
        return

    doc.title = _title(root, limits)
    doc.body = _visible_text(root)
    doc.headings = dedupe((clean_line("".join(h.itertext()), limits.max_heading_chars)
                           for h in root.iter(_HEADING_TAGS) if not _in_site_furniture(h)), limits.max_headings)
    if not doc.title and doc.headings:
        doc.title = doc.headings[0]
    doc.links = _links(root, doc.url, limits, doc.notes)
    doc.furniture = _furniture_lines(root, limits)
    doc.needs_js = _needs_js(root, doc.body)


# The site's furniture around a page's content: a heading there ("Последние новости" over a sidebar, the
# logo's <h1>, "Контакты" in the footer) is on every page of the site and says nothing about this one.
_FURNITURE_TAGS = frozenset({"nav", "aside", "footer"})
_FURNITURE_ROLES = frozenset({"navigation", "complementary", "contentinfo", "banner"})
_FURNITURE_NAMES = frozenset({"sidebar", "widget", "footer", "site-footer", "site-header", "navbar", "breadcrumb",
                              "breadcrumbs", "menu", "main-menu", "top-menu", "left-column", "right-column"})


def _names(element: etree._Element) -> list[str]:
    return f"{element.get('class') or ''} {element.get('id') or ''}".lower().split()


def _is_furniture(element: etree._Element) -> bool:
    """Is this element itself a menu, sidebar or footer (not a header: see _is_header)?"""
    if element.tag in _FURNITURE_TAGS or element.get("role") in _FURNITURE_ROLES:
        return True
    return any(name in _FURNITURE_NAMES or name.startswith(("sidebar", "widget")) for name in _names(element))


def _is_header(element: etree._Element) -> bool:
    """A <header> or an element of class or id "header": the site's, unless inside <main>/<article>."""
    return element.tag == "header" or "header" in _names(element)


def _in_site_furniture(element: etree._Element) -> bool:
    """Is this element in a menu, sidebar, footer or the site's header (outside <main>/<article>)?"""
    in_header = False
    node = element.getparent()
    while node is not None:
        if isinstance(node.tag, str):
            if node.tag in ("main", "article"):
                return False  # the page's own content (an article's <header> included)
            if _is_furniture(node):
                return True
            in_header = in_header or _is_header(node)
        node = node.getparent()
    return in_header


MAX_FURNITURE_LINES = 200
# Walked past without a look inside: the page's own content, and text-level elements (a paragraph, a heading,
# a link) that hold no menu, sidebar or footer of the site.
_NOT_FURNITURE_TAGS = frozenset({"main", "article", "p", "h1", "h2", "h3", "h4", "h5", "h6", "a", "span", "b", "i",
                                 "strong", "em", "img", "br", "small", "sup", "sub", "label", "option", "button",
                                 "input", "select", "textarea", "code", "pre", "blockquote"})


def _furniture_lines(root: etree._Element, limits: ExtractLimits) -> list[str]:
    """The text lines of the site's furniture: the outermost menus, sidebars, footers and headers outside the
    page's own content (<main>, <article>). One walk that skips what it has read or need not read."""
    lines: list[str] = []
    walker = etree.iterwalk(root, events=("start",))
    for _, element in walker:
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if tag in _NOT_FURNITURE_TAGS or tag in _SKIPPED_TAGS:
            walker.skip_subtree()  # the page's own content, or text that holds no menu or footer
        elif tag in _FURNITURE_TAGS or tag == "header" or (element.attrib and (_is_furniture(element)
                                                                               or _is_header(element))):
            walker.skip_subtree()
            tail, element.tail = element.tail, None  # the text after it is the page's, not the furniture's
            lines.extend(line for line in _visible_text(element).split("\n") if line)
            element.tail = tail
            if len(lines) >= MAX_FURNITURE_LINES:
                break
    return dedupe((clean_line(line, limits.max_heading_chars) for line in lines), MAX_FURNITURE_LINES)


def _title(root: etree._Element, limits: ExtractLimits) -> str:
    for element in root.iter("title"):
        title = clean_line(element.text or "", limits.max_title_chars)
        if title:
            return title
    for meta in root.iter("meta"):
        if meta.get("property") in ("og:title", "twitter:title") and meta.get("content"):
            return clean_line(meta.get("content", ""), limits.max_title_chars)
    return ""


def _visible_text(root: etree._Element) -> str:
    """Visible text, one line per block element; table cells joined by ' | '."""
    parts: list[str] = []
    append = parts.append
    in_pre = 0
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag
        if not isinstance(tag, str):
            continue  # entities and the like
        if event == "start":
            if tag in _SKIPPED_TAGS:
                walker.skip_subtree()  # its "end" still comes, which adds the tail
                continue
            if tag in _BLOCK_TAGS:
                append("\n")
            in_pre += tag == "pre"
            if element.text:
                append(_unwrap(element.text) if not in_pre and "\n" in element.text else element.text)
        else:
            in_pre -= tag == "pre" and in_pre > 0
            if tag in _BLOCK_TAGS:
                append("\n")
            elif tag in _CELL_TAGS:
                append(" | ")
            if element.tail:
                append(_unwrap(element.tail) if not in_pre and "\n" in element.tail else element.tail)
    lines = clean_text("".join(parts)).split("\n")
    # Drop the separators that empty cells and row ends leave behind.
    return "\n".join(cleaned for line in lines if (cleaned := _tidy_cells(line)))


# A sentence the page's source wrapped over lines ("... (studentter – Univer\njüiesınıñ logini ...)"), which a
# browser shows as one: a line break that neither ends a sentence nor starts one.
_SOFT_WRAP_RE = re.compile(r"(?<=[^\s.;:!?])[ \t]*\n\s*(?=[a-zа-яёәғқңөұүһіüöşçğıñ(«\"'])")


def _unwrap(text: str) -> str:
    return _SOFT_WRAP_RE.sub(" ", text)


def _tidy_cells(line: str) -> str:
    if "|" not in line:
        return line
    return " | ".join(cell for cell in (part.strip() for part in line.split("|")) if cell)


def _base_url(root: etree._Element, page_url: str) -> str:
    for base in root.iter("base"):
        href = base.get("href")
        if href:
            resolved = urljoin(page_url, _URL_INVISIBLE_RE.sub("", href.strip()))
            if resolved.lower().startswith(("http://", "https://")):
                return resolved
            break
    return page_url


def _links(root: etree._Element, page_url: str, limits: ExtractLimits, notes: list[str]) -> list[Link]:
    """Outgoing http(s) links with their anchor text, resolved against <base href> and the page URL."""
    base = _base_url(root, page_url)
    parts = urlsplit(base)
    origin = f"{parts.scheme}://{parts.netloc}"
    links: list[Link] = []
    seen: set[tuple[str, str]] = set()
    for element in root.iter(*_LINK_ATTRIBUTES):
        raw = element.get(_LINK_ATTRIBUTES[element.tag])
        if not raw:
            continue
        url = resolve_link(raw, base, parts.scheme, origin)
        if url is None:
            continue
        text = _link_text(element, limits)
        if (url, text) in seen:
            continue
        seen.add((url, text))
        if len(links) >= limits.max_links:
            notes.append(f"html: kept the first {limits.max_links} links")
            break
        links.append(Link(url=url, text=text, place=_place(element)))
    return links


def _place(element: etree._Element) -> str:
    """'tag.class' of the element and its two parents, outermost first ('ul.list/li.item/a.more')."""
    parts: list[str] = []
    node: etree._Element | None = element
    for _ in range(3):
        if node is None or not isinstance(node.tag, str):
            break
        classes = node.get("class")
        first = classes.split(None, 1)[0] if classes and not classes.isspace() else ""
        parts.append(f"{node.tag}.{first}" if first else node.tag)
        node = node.getparent()
    parts.reverse()
    return "/".join(parts)


def resolve_link(raw: str, base: str, base_scheme: str, origin: str) -> str | None:
    """Absolute http(s) URL without fragment for an href, or None for javascript:, mailto:, tel:,
    data:, other schemes and fragment-only links. Common shapes skip urljoin (it costs ~3 us)."""
    href = raw.strip()
    if "\t" in href or "\n" in href or "\r" in href:
        href = _URL_INVISIBLE_RE.sub("", href)
    if not href or href[0] == "#":
        return None
    if "\\" in href:
        href = href.replace("\\", "/")  # browsers read backslashes in http(s) URLs as slashes
    scheme_match = _SCHEME_RE.match(href)
    if scheme_match:
        if scheme_match.group(1).lower() not in ("http", "https"):
            return None
        url = href if href[scheme_match.end():].startswith("//") else urljoin(base, href)
    elif href.startswith("//"):
        url = f"{base_scheme}:{href}"
    elif href[0] == "/" and "/." not in href:
        url = origin + href
    else:
        url = urljoin(base, href)
    url = url.split("#", 1)[0]
    if "/." in url:
        url = _without_dot_segments(url)
    host_and_path = url.partition("://")[2]
    if not host_and_path or host_and_path[0] in "/?" or not url.lower().startswith(("http://", "https://")):
        return None
    return url


def _without_dot_segments(url: str) -> str:
    """'http://h/a/../b' -> 'http://h/b' (urljoin leaves absolute URLs as they are)."""
    parts = urlsplit(url)
    if "/." not in parts.path:
        return url
    relative = parts.path + (f"?{parts.query}" if parts.query else "")
    return urljoin(f"{parts.scheme}://{parts.netloc}/", relative)


# Link texts that say nothing about the document ("Скачать", "Жүктеу", "PDF"): the words around the
# link (the list item or table row it sits in) name the document instead.
_GENERIC_LINK_TEXT = frozenset({
    "скачать", "загрузить", "открыть", "подробнее", "читать", "читать далее", "далее", "здесь", "тут", "ссылка",
    "жүктеу", "жүктеп алу", "ашу", "толығырақ", "оқу", "сілтеме", "осы жерде", "мұнда",
    "download", "open", "view", "more", "read more", "here", "link", "pdf", "doc", "docx", "файл", "file"})
# A link's text that only says what the file is ("PDF, 640 КБ", "docx (48 KB)", "Скачать (pdf, 1,2 Мб)"): its title is
# in the row or the paragraph around it.
_FILE_LABEL_RE = re.compile(
    r"^(?:(?:скачать|загрузить|жүктеу|жүктеп алу|download)\b[\s:(\[-]*)?"
    r"(?=[^\n]*(?:pdf|doc|xls|ppt|rtf|odt|zip|rar|\d))(?:\.?(?:pdf|docx?|xlsx?|pptx?|rtf|odt|zip|rar)\b)?[\s,;:|/()\[\]-]*"
    r"(?:\d+(?:[.,]\d+)?\s*(?:[кkмmгg][бb]|kib|mib|байт|bytes?)\.?)?[\s)\]]*$", re.IGNORECASE)
_CONTEXT_TAGS = frozenset({"li", "p", "td", "tr", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "div", "span"})
_MAX_CONTEXT_CHARS = 300


def _surrounding_text(element: etree._Element, limits: ExtractLimits) -> str:
    """Text of the nearest small enclosing block, without the link's own words."""
    own = "".join(element.itertext()).strip()
    parent = element.getparent()
    for _ in range(3):
        if parent is None:
            return ""
        if parent.tag in _CONTEXT_TAGS:
            # A table row's cells are read apart, as the page's text shows them ("1 | Title | Download").
            raw = (" | ".join("".join(cell.itertext()).strip() for cell in parent if cell.tag in ("td", "th"))
                   if parent.tag == "tr" else "".join(parent.itertext()))
            text = clean_line(raw, _MAX_CONTEXT_CHARS + len(own) + 1)
            context = text.replace(own, " ").strip(" -–—:|·") if own else text
            if len(context) > 3 and len(text) <= _MAX_CONTEXT_CHARS + len(own):
                return clean_line(context, limits.max_link_text_chars)
        parent = parent.getparent()
    return ""


def _link_text(element: etree._Element, limits: ExtractLimits) -> str:
    text = clean_line("".join(element.itertext()), limits.max_link_text_chars) if element.tag == "a" else ""
    if text and text.lower().strip(" .:»>→") not in _GENERIC_LINK_TEXT and not _FILE_LABEL_RE.match(text):
        return text
    context = _surrounding_text(element, limits) if element.tag == "a" else ""
    if context:
        return f"{context} ({text})" if text else context
    if text:
        return text
    for attribute in ("title", "aria-label", "alt"):
        value = element.get(attribute)
        if value and value.strip():
            return clean_line(value, limits.max_link_text_chars)
    for image in element.iter("img"):
        alt = image.get("alt")
        if alt and alt.strip():
            return clean_line(alt, limits.max_link_text_chars)
    return ""


def _needs_js(root: etree._Element, visible_text: str) -> bool:
    """True when the page looks like an empty shell that scripts fill in a browser."""
    text_length = len(visible_text)
    if text_length >= NEEDS_JS_SHELL_MAX_TEXT:
        return False
    scripts = [script for script in root.iter("script")
               if not (script.get("type") or "").strip().lower().startswith(_NON_JS_SCRIPT_TYPES)]
    if not scripts:
        return False
    if text_length < NEEDS_JS_MAX_TEXT:
        return True
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        is_mount = (element.get("id") or "").lower() in _MOUNT_IDS or element.tag in ("app-root", "ng-app") \
            or element.get("ng-app") is not None or element.get("data-reactroot") is not None
        if is_mount and not "".join(element.itertext()).strip():
            return True
    return any(_JS_NOTICE_RE.search("".join(noscript.itertext())) for noscript in root.iter("noscript"))
