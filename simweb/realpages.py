"""A simulated web built from labelled real pages, read when a benchmark runs (nothing of them is kept here).

    build(read_labelled(Path("../shared/data/pages-dev.jsonl")), out_dir, as_of=date(2026, 11, 25), port=8080)

simweb.generate writes sites from simweb's own phrase bank, so a scan of it measures the crawl on texts the
project wrote. This module puts *real* labelled pages (the JSON-lines format of detectors.learn) into sites,
as an independent held-out web built from real pages would: the pages of one institution stay on one site,
several institutions share a site of about `pages_per_site` pages, and about `document_share` of the pages
that evidence an artefact become PDF or DOCX files (half of them opening with an approval block) behind
links named "Скачать" / "Жүктеу" / "Download", by file name, or by their title (a document's title is then
only inside the file; half of the files carry a letterhead above it: a ministry or an akimat's
department, the legal name, a document code). Pages are dressed as real sites dress them: a language bar,
a menu, breadcrumbs, share buttons, a news sidebar and a contacts footer on every page, one of three CMS
templates per site, document lists as tables on some sites, and now and then two labelled pages on one.
HTML pages keep the path of their real URL (so what a URL says still counts), or with real_urls=False get a
neutral one (/page/N/). truth.csv says, per site and public artefact that applies to its type, `present`
(some page on the site is labelled with it) or `absent`; `score()` compares a run's gaps.csv with it, found
and stale both counting as present.

The output folder has the layout of simweb.generate (manifest.json, institutions.csv, truth.csv,
sites/<id>/...), so `python -m simweb serve --root DIR` serves it.
"""

from __future__ import annotations

import csv
import hashlib
import html
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from detectors.learn import LabelledPage, excerpt_title, is_sealed
from detectors.spec import load_spec
from simweb.documents import DocSpec, render
from simweb.generate import REGISTRY_FIELDS, SimWebManifest, SiteEntry, website
from simweb.urls import file_for_url, host_address

PROFILE = "realpages"
PRESENT, ABSENT = "present", "absent"
TRUTH_FIELDS = ("institution_id", "artefact_id", "expected_status", "pages", "sealed")
DOWNLOAD_WORDS = {"kk": "Жүктеу", "ru": "Скачать", "en": "Download"}
READ_MORE_WORDS = {"kk": "Толығырақ", "ru": "Подробнее", "en": "Read more"}
MAX_SEGMENT_BYTES = 120  # a file name must fit the file system (Cyrillic slugs run long once decoded)
# How a page is reached: by its own title, by "read more" after a title in the list, or (documents only) by
# "download" after the title, "download" alone, or the file's name.
HTML_LINKS = ("title", "read_more")
DOCUMENT_LINKS = ("title", "download_after_title", "download_only", "file_name")
SITE_TYPES = ("university", "college")


@dataclass(slots=True)
class PlacedPage:
    record: LabelledPage
    url_path: str  # path (+ ?query) on the site, percent-encoded as links carry it
    form: str  # html | pdf | docx
    link: str  # one of HTML_LINKS / DOCUMENT_LINKS
    title: str
    sections: list[LabelledPage] = field(default_factory=list)  # more pages of the institution on this one

    @property
    def records(self) -> list[LabelledPage]:
        return [self.record, *self.sections]


@dataclass(slots=True)
class RealSite:
    id: str
    host: str
    type: str
    sealed: bool
    pages: list[PlacedPage] = field(default_factory=list)
    template: str = "h1"


def _draw(seed: int, *parts: str) -> int:
    """A stable number per (seed, parts): the same web from the same pages, whatever PYTHONHASHSEED is."""
    return int(hashlib.sha256("\x1f".join((str(seed), *parts)).encode("utf-8")).hexdigest()[:12], 16)


def pack_sites(records: Iterable[LabelledPage], pages_per_site: int, seed: int) -> list[RealSite]:
    """Institutions (record groups) of one type and one side of the sealed split packed into sites of about
    `pages_per_site` pages; an institution is never split over two sites."""
    by_group: dict[str, list[LabelledPage]] = defaultdict(list)
    for record in records:
        by_group[record.group].append(record)
    buckets: dict[tuple[bool, str], list[str]] = defaultdict(list)
    for group, pages in by_group.items():
        kind = Counter(p.itype for p in pages).most_common(1)[0][0]
        buckets[(is_sealed(group), kind if kind in SITE_TYPES else "university")].append(group)
    sites: list[RealSite] = []
    for (sealed, kind), groups in sorted(buckets.items(), key=lambda kv: (not kv[0][0], kv[0][1])):
        groups.sort(key=lambda g: _draw(seed, "order", g))
        current: list[LabelledPage] = []
        for group in groups:
            current.extend(sorted(by_group[group], key=lambda p: p.id))
            if len(current) >= pages_per_site:
                sites.append(RealSite("", "", kind, sealed, [PlacedPage(p, "", "", "", "") for p in current]))
                current = []
        if current:
            sites.append(RealSite("", "", kind, sealed, [PlacedPage(p, "", "", "", "") for p in current]))
    return sites


def _clip_segment(segment: str) -> str:
    raw = segment.encode("utf-8")
    if len(raw) <= MAX_SEGMENT_BYTES:
        return segment
    return raw[:MAX_SEGMENT_BYTES].decode("utf-8", "ignore")


def page_path(url: str, taken: set[str], fallback: str) -> str:
    """The decoded path (+ query) a real page keeps on its simulated site; `fallback` when it is the home
    page or the file layout cannot hold it next to the pages already placed (`taken`: their file paths)."""
    parts = urlsplit(url)
    segments = [_clip_segment(s).replace("@", "-") for s in unquote(parts.path).split("/")
                if s and s not in (".", "..")]
    if not segments and not parts.query:
        return fallback
    path = "/" + "/".join(segments)
    if segments and "." not in segments[-1] and not parts.query:
        path += "/"  # /en/students/handbook/ : a directory, so /en/students/ can hold a page of its own too
    if parts.query:
        path = (path if segments else "/index.php") + "?" + parts.query
    rel = file_for_url(path)
    parents = {str(parent) for parent in Path(rel).parents}
    if rel in taken or parents & taken or any(t.startswith(rel + "/") for t in taken):
        return fallback
    return path


def link_path(path: str) -> str:
    """A decoded path (+ query) as an href: percent-encoded, the query kept as it is."""
    base, sep, query = path.partition("?")
    return quote(base, safe="/") + (sep + query if sep else "")


def place_pages(site: RealSite, seed: int, document_share: float, real_urls: bool = True) -> None:
    taken = {file_for_url(p) for p in ("/", "/documents/", "/materials/")}
    for number, placed in enumerate(site.pages, 1):
        record = placed.record
        placed.title = excerpt_title(record.text)
        draw = _draw(seed, "form", record.id)
        share = document_share if record.labels else document_share / 3  # a national act is often a PDF too
        if (draw % 1000) / 1000 < share:
            placed.form = "pdf" if (draw // 1000) % 2 == 0 else "docx"
            placed.link = DOCUMENT_LINKS[(draw // 2000) % len(DOCUMENT_LINKS)]
            path = f"/upload/iblock/{hashlib.sha1(record.id.encode()).hexdigest()[:3]}/doc_{number:03d}.{placed.form}"
        else:
            placed.form = "html"
            placed.link = HTML_LINKS[(draw // 1000) % len(HTML_LINKS)]
            fallback = f"/page/{number}/"
            path = page_path(record.url, taken, fallback) if real_urls else fallback
        taken.add(file_for_url(path))
        placed.url_path = path
    # A page that evidences an artefact takes the institution's next such HTML page in as a section (<h2>) one
    # time in two, as a section page that carries two documents ("Положение о комиссии", "Состав комиссии")
    # does. (Labels pick them: a news item with a code inside it is another matter.)
    merged: list[PlacedPage] = []
    for placed in site.pages:
        host = merged[-1] if merged else None
        if (host is not None and host.form == placed.form == "html" and host.record.group == placed.record.group
                and host.record.labels and placed.record.labels and not host.sections
                and _draw(seed, "merge", host.record.id) % 2 == 0):
            host.sections.append(placed.record)
            continue
        merged.append(placed)
    site.pages = merged


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


# How a site's pages mark their title, as CMS templates do: an <h1>; the site's name in an <h1> (the
# logo) and the page's title in an <h2>; or no heading at all, the title in a styled <div>.
TEMPLATES = ("h1", "logo_h1", "no_heading")


def html_page(site_name: str, placed: PlacedPage, template: str = "h1",
              related: list[PlacedPage] | None = None) -> str:
    """One page in the site's template: logo, menu, breadcrumbs, the page, a sidebar of links to other pages
    of the site (`related`, by their titles), and a footer with the contacts every real site shows."""
    lines = _lines(placed.record.text)
    title = placed.title
    body = lines[1:] if title else lines
    # Title first ("Кодекс чести | Колледж"), or the site's name first as some CMS templates write it.
    head = html.escape((f"{site_name} - {title}" if template == "logo_h1" else f"{title} | {site_name}")
                       if title else site_name)
    logo = f"<h1 class=\"logo\">{html.escape(site_name)}</h1>" if template == "logo_h1" else \
        f"<div class=\"logo\">{html.escape(site_name)}</div>"
    heading = ""
    if title:
        heading = {"h1": f"<h1>{html.escape(title)}</h1>", "logo_h1": f"<h2>{html.escape(title)}</h2>",
                   "no_heading": f"<div class=\"page-title\">{html.escape(title)}</div>"}[template]
    paragraphs = "\n".join(f"<p>{html.escape(ln)}</p>" for ln in body)
    for section in placed.sections:
        lines_of = _lines(section.text)
        section_title = excerpt_title(section.text)
        paragraphs += f"\n<h2>{html.escape(section_title)}</h2>" if section_title else ""
        paragraphs += "".join(f"\n<p>{html.escape(ln)}</p>" for ln in (lines_of[1:] if section_title else lines_of))
    crumbs = ('<div class="breadcrumbs"><a href="/">Басты бет / Главная</a> / '
              f'<a href="/materials/">Материалдар / Материалы</a> / <span>{html.escape(title[:60])}</span></div>')
    aside = "".join(f'<li><a href="{html.escape(link_path(p.url_path))}">{html.escape(p.title)}</a></li>'
                    for p in related or () if p.title)
    return (f"<!doctype html><html lang=\"{placed.record.lang or 'ru'}\"><head><meta charset=\"utf-8\">"
            f"<title>{head}</title></head><body><header>{TOP_BAR}{logo}{_nav()}</header>{crumbs}<main>{heading}\n"
            f"{paragraphs}\n{SHARE}</main><aside class=\"sidebar\"><h3>Соңғы жаңалықтар / Последние новости</h3>"
            f"<ul>{aside}</ul></aside><footer><p>{html.escape(site_name)}</p><p>{FOOTER}</p></footer></body></html>")


FOOTER = "Мекенжай / Адрес: Астана қ., Мәңгілік Ел д-лы, 10. Тел.: +7 (7172) 00-00-00. E-mail: info@example.kz"
# The bar above the logo (languages, the version for the visually impaired, search) and the share buttons
# under an article, as Kazakhstani institution sites show them.
TOP_BAR = ('<div class="top-bar"><a href="/kk/">Қаз</a> <a href="/ru/">Рус</a> <a href="/en/">Eng</a> '
           '<a href="#" class="bvi">Нашар көретіндерге арналған нұсқа / Версия для слабовидящих</a> '
           '<form action="/search/"><input name="q" placeholder="Іздеу / Поиск"></form></div>')
SHARE = ('<div class="share">Бөлісу / Поделиться: <a href="https://t.me/share/url">Telegram</a> '
         '<a href="https://www.facebook.com/sharer/sharer.php">Facebook</a> <a href="https://wa.me/">WhatsApp</a></div>')


# The menu every page carries, as on a real institution's site: its words (anti-corruption, students,
# documents) are on every page, and must not count for or against any page's own content.
MENU = (("/", "Басты бет / Главная"), ("/materials/", "Университет туралы / Об университете"),
        ("/documents/", "Сыбайлас жемқорлыққа қарсы іс-қимыл / Противодействие коррупции"),
        ("/materials/", "Студентке / Студенту"), ("/documents/", "Нормативтік құжаттар / Нормативные документы"),
        ("/materials/", "Жаңалықтар / Новости"), ("/", "Байланыс / Контакты"))


def _nav() -> str:
    items = "".join(f'<li><a href="{href}">{html.escape(text)}</a></li>' for href, text in MENU)
    return f'<nav class="menu"><ul>{items}</ul></nav>'


def list_item(placed: PlacedPage) -> str:
    href = html.escape(link_path(placed.url_path))
    lang = placed.record.lang if placed.record.lang in DOWNLOAD_WORDS else "ru"
    title = html.escape(placed.title or _lines(placed.record.text)[0][:80])
    if placed.link == "title":
        return f'<li><a href="{href}">{title}</a></li>'
    if placed.link == "read_more":
        return f'<li class="news-item"><h3>{title}</h3><a href="{href}">{READ_MORE_WORDS[lang]}</a></li>'
    if placed.link == "download_after_title":
        return f'<li>{title} <a href="{href}">{DOWNLOAD_WORDS[lang]}</a></li>'
    if placed.link == "download_only":
        return f'<li><a href="{href}">{DOWNLOAD_WORDS[lang]}</a></li>'
    return f'<li><a href="{href}">{html.escape(placed.url_path.rsplit("/", 1)[-1])}</a></li>'


def table_row(number: int, placed: PlacedPage) -> str:
    """A document list as a table, as many sites publish it: № | title | a "download" link (or the title linked)."""
    item = list_item(placed)[4:-5]  # the list item's content, without <li>...</li>
    if placed.link in ("download_after_title", "read_more") and "</a>" in item:
        title, _, link = item.rpartition(" <a ")
        return f"<tr><td>{number}</td><td>{title}</td><td><a {link}</td></tr>"
    return f"<tr><td>{number}</td><td>{item}</td></tr>"


def section_page(site_name: str, heading: str, pages: list[PlacedPage], as_table: bool = False) -> str:
    if as_table:
        rows = "\n".join(table_row(n, p) for n, p in enumerate(pages, 1))
        listing = f"<table class=\"docs\"><tr><th>№</th><th>Атауы / Наименование</th><th></th></tr>\n{rows}\n</table>"
    else:
        listing = "<ul>\n" + "\n".join(list_item(p) for p in pages) + "\n</ul>"
    return (f"<!doctype html><html><head><meta charset=\"utf-8\"><title>{html.escape(heading)} | "
            f"{html.escape(site_name)}</title></head><body>{_nav()}<main><h1>{html.escape(heading)}</h1>"
            f"{listing}</main></body></html>")


# The approval block an institution's document opens with (every other document here; the page's own text
# decides whether it is the institution's document, so a news text may carry one too, as a scan would).
APPROVAL = {"kk": (("БЕКІТЕМІН", "Ректор ____________", "«___» __________ 2025 ж."),
                   ("БЕКІТІЛДІ", "Ғылыми кеңестің шешімімен", "2025 жылғы 28 тамыздағы №1 хаттама"),
                   ("Ғылыми кеңестің 2025 жылғы 28 тамыздағы", "№1 хаттамасымен бекітілді")),  # the verb last
            "ru": (("УТВЕРЖДАЮ", "Ректор ____________", "«___» __________ 2025 г."),
                   ("УТВЕРЖДЕНО", "решением Ученого совета", "протокол №1 от 28.08.2025 г."),
                   ("Рассмотрено и одобрено", "на заседании Ученого совета", "протокол № 1 от 28.08.2025 г.")),
            "en": (("APPROVED", "Rector ____________", "«___» __________ 2025"),
                   ("APPROVED", "at the meeting of the Academic Council", "Protocol No. 1 of 28.08.2025"),
                   ("Approved by the decision of the Academic Council", "Protocol No. 1 of 28.08.2025"))}


# What a document prints above everything else (half of them here): the ministry and the institution's legal
# name, a college's akimat department, the quality system's document code, or the institution's order the
# document is an appendix to, in the document's language.
LETTERHEADS = {
    "kk": (("Қазақстан Республикасы Ғылым және жоғары білім министрлігі", "«Университет» коммерциялық емес акционерлік қоғамы"),
           ("Қостанай облысы әкімдігінің білім басқармасы", "«Жоғары колледж» МКҚК"),
           ("«Университет» КЕАҚ", "СМЖ ҚҰЖАТЫ", "П 043-05-2019. Басылым 2"),
           ("ҚАЗАҚСТАН РЕСПУБЛИКАСЫ", "ҒЫЛЫМ ЖӘНЕ ЖОҒАРЫ БІЛІМ МИНИСТРЛІГІ"),
           ("Басқарма Төрағасы – Ректордың", "2025 жылғы 12 қыркүйектегі", "№ 245-н бұйрығына 1-қосымша")),
    "ru": (("Министерство науки и высшего образования Республики Казахстан", "НАО «Университет»"),
           ("Управление образования акимата Костанайской области", "КГКП «Высший колледж»"),
           ("НАО «Университет»", "Документ СМК", "П 043-05-2019. Издание 2"),
           ("РЕСПУБЛИКА КАЗАХСТАН", "МИНИСТЕРСТВО НАУКИ И ВЫСШЕГО ОБРАЗОВАНИЯ"),
           ("Приложение 1", "к приказу Председателя Правления – Ректора", "от 12.09.2025 № 245-п")),
    "en": (("Ministry of Science and Higher Education of the Republic of Kazakhstan", "Non-profit joint-stock company «University»"),
           ("Education Department of the Kostanay Region Akimat", "«Higher College» SCSE"),
           ("«University» NJSC", "QMS document", "P 043-05-2019. Edition 2"),
           ("REPUBLIC OF KAZAKHSTAN", "MINISTRY OF SCIENCE AND HIGHER EDUCATION"),
           ("Appendix 1 to the order of the Rector", "No. 245 of 12.09.2025"))}


def document_spec(placed: PlacedPage, as_of: date, seed: int = 1) -> DocSpec:
    lines = _lines(placed.record.text)
    title = placed.title
    lang = placed.record.lang if placed.record.lang in APPROVAL else "ru"
    draw = _draw(seed, "approval", placed.record.id)
    header: tuple[str, ...] = APPROVAL[lang][(draw // 2) % len(APPROVAL[lang])] if draw % 2 else ()
    letterhead = _draw(seed, "letterhead", placed.record.id)
    if letterhead % 2:
        header = LETTERHEADS[lang][(letterhead // 2) % len(LETTERHEADS[lang])] + header
    return DocSpec(fmt=placed.form, lang=lang, title=title, header=header,
                   lines=tuple(lines[1:] if title else lines), issued=as_of - timedelta(days=90))


def truth_rows(site: RealSite) -> list[dict[str, str]]:
    rows = []
    evidence: dict[str, list[str]] = defaultdict(list)
    for placed in site.pages:
        for record in placed.records:
            for label in sorted(record.labels):
                evidence[label].append(record.id)
    for spec in load_spec():
        if not spec.public or not spec.applies(site.type) or spec.id == "goszakup_procurement":
            continue  # procurement is judged from the portal, which this web does not simulate
        pages = evidence.get(spec.id, [])
        rows.append({"institution_id": site.id, "artefact_id": spec.id,
                     "expected_status": PRESENT if pages else ABSENT, "pages": " ".join(pages),
                     "sealed": "yes" if site.sealed else "no"})
    return rows


def build(records: Iterable[LabelledPage], out_dir: Path, *, as_of: date, port: int, first_host: int = 1,
          pages_per_site: int = 8, document_share: float = 0.5, seed: int = 1,
          real_urls: bool = True) -> SimWebManifest:
    """Write the web to out_dir (see the module docstring); returns its manifest."""
    sites = pack_sites(records, pages_per_site, seed)
    sites_dir = out_dir / "sites"
    out_dir.mkdir(parents=True, exist_ok=True)
    registry, truth, entries = [], [], []
    for index, site in enumerate(sites):
        site.id = f"rw{index + 1:03d}"
        site.host = host_address(first_host + index)
        name = f"{'Колледж' if site.type == 'college' else 'Университет'} {index + 1}"
        place_pages(site, seed, document_share, real_urls)
        site.template = TEMPLATES[_draw(seed, "template", site.id) % len(TEMPLATES)]
        root = sites_dir / site.id
        for placed in site.pages:
            target = root / file_for_url(placed.url_path)
            target.parent.mkdir(parents=True, exist_ok=True)
            if placed.form == "html":
                others = [p for p in site.pages if p.form == "html" and p is not placed]
                picks = sorted({_draw(seed, "aside", placed.record.id, str(k)) % len(others)
                                for k in range(3)}) if others else []
                target.write_text(html_page(name, placed, site.template, [others[i] for i in picks]),
                                  encoding="utf-8")
            else:
                target.write_bytes(render(document_spec(placed, as_of, seed)))
        documents = [p for p in site.pages if p.form != "html"]
        materials = [p for p in site.pages if p.form == "html"]
        (root / "documents").mkdir(parents=True, exist_ok=True)
        (root / "materials").mkdir(parents=True, exist_ok=True)
        (root / "documents" / "index.html").write_text(section_page(name, "Құжаттар / Документы", documents,
                                                                   as_table=site.template != "h1"),
                                                       encoding="utf-8")
        (root / "materials" / "index.html").write_text(section_page(name, "Материалдар / Материалы", materials),
                                                       encoding="utf-8")
        (root / "index.html").write_text(
            f"<!doctype html><html><head><meta charset=\"utf-8\"><title>{name}</title></head><body>{_nav()}"
            f"<main><h1>{name}</h1></main></body></html>", encoding="utf-8")
        registry.append({"id": site.id, "name_kk": name, "name_ru": name, "name_en": name, "type": site.type,
                         "region": "Astana", "city": "Astana", "website": website(site.host, port), "bin": "",
                         "source": f"simweb realpages seed={seed} (real labelled pages)"})
        truth.extend(truth_rows(site))
        entries.append(SiteEntry(site.id, site.host, site.type, True,
                                 features={"sealed": site.sealed, "pages": len(site.pages), "template": site.template,
                                           "documents": len(documents)}))
    _write_csv(out_dir / "institutions.csv", REGISTRY_FIELDS, registry)
    _write_csv(out_dir / "truth.csv", TRUTH_FIELDS, truth)
    manifest = SimWebManifest(out_dir=out_dir, n=len(sites), seed=seed, as_of=as_of, port=port,
                              first_host=first_host, universities_share=0.0, sites=entries, profile=PROFILE,
                              stats={"pages": sum(len(s.pages) for s in sites),
                                     "documents": sum(1 for s in sites for p in s.pages if p.form != "html")})
    manifest.save()
    return manifest


def _write_csv(path: Path, fields: tuple[str, ...], rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


# ---- scoring -------------------------------------------------------------------------------------------

PRESENT_STATUSES = {"found", "stale"}


@dataclass(slots=True)
class RealWebScore:
    cells: int = 0
    right: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)  # (expected, reported) -> cells
    wrong: list[tuple[str, str, str, str, str]] = field(default_factory=list)  # site, artefact, exp, got, pages

    @property
    def accuracy(self) -> float:
        return self.right / self.cells if self.cells else 0.0

    @property
    def uncertain(self) -> int:
        return sum(n for (_, got), n in self.confusion.items() if got == "uncertain")


def score(truth_path: Path, gaps_path: Path, *, sealed: bool | None = None) -> RealWebScore:
    """Cells of truth.csv (only the sealed, or only the other, sites when `sealed` is given) against gaps.csv."""
    with gaps_path.open(encoding="utf-8-sig", newline="") as fh:
        got = {(r["institution_id"], r["artefact_id"]): r["status"] for r in csv.DictReader(fh)}
    result = RealWebScore()
    with truth_path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if sealed is not None and (row["sealed"] == "yes") != sealed:
                continue
            key = (row["institution_id"], row["artefact_id"])
            status = got.get(key, "missing")
            reported = PRESENT if status in PRESENT_STATUSES else "uncertain" if status == "uncertain" else ABSENT
            result.cells += 1
            result.confusion[(row["expected_status"], reported)] += 1
            if reported == row["expected_status"]:
                result.right += 1
            else:
                result.wrong.append((*key, row["expected_status"], status, row["pages"]))
    return result
