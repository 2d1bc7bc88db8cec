"""One simulated institution site: what it publishes, where and how, rendered to pages and documents,
plus the truth rows that a perfect scanner would report for it.

All choices come from the `random.Random` handed in (seeded per institution), in a fixed order, so a
site is a pure function of (seed, index, as_of, features).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from urllib.parse import quote

from detectors.spec import applicable
from simweb import phrases as P
from simweb.documents import DocSpec
from simweb.hardcases import HardCasesMixin
from simweb.institutions import SynthInstitution, person_name
from simweb.render import (
    Chrome,
    esc,
    js_shell,
    link_list,
    page_html,
    paragraphs,
    robots_txt,
    service_form,
    sitemap_xml,
)
from simweb.sitepages import SitePagesMixin
from simweb.textvariants import (
    RU_MONTHS_GEN,
    Period,
    current_period,
    fill,
    period_phrases,
    slugify,
    stale_period,
    tidy,
    to_latin_kk,
    typo,
)

LANG_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
EN_SECTIONS = P.EN_SECTIONS
GENERIC_DOC_NAMES = {"kk": ("Жоспар", "Ереже", "Бұйрық", "Құжат", "Хаттама"),
                     "ru": ("Положение", "Приказ", "План", "Документ", "Протокол")}
SERVICE_FORM = {"e_journal": "login", "head_blog": "question"}
DOC_VARIANTS = 4  # pooled variants per artefact x version (bounds the number of distinct documents)


@dataclass(slots=True)
class SiteFeatures:
    """Per-site knobs decided by the generator (recorded in manifest.json)."""

    reachable: bool = True
    style: str = "prefix"  # prefix (/kz/ /ru/ /en/) | query (?lang=) | rootru (ru at /, kk under /kk/)
    kk_code: str = "kz"
    has_en: bool = False
    latin: str = ""  # "", "2021" or "2018": the site's Kazakh pages are in Latin script
    js_page: bool = False
    cp1251_page: bool = False
    sitemap: bool = False
    sitemap_docs: bool = False
    robots_variant: int = 0
    root_redirect: bool = False
    old_url_redirect: bool = False
    dead_archive_link: bool = False
    generic_portal_link: bool = False
    docx_octet_stream: bool = False
    omit_rate: float = 0.3
    download_share: float = 0.0  # the "unseen" profile: share of documents linked only as "Download"


@dataclass(slots=True)
class PageOut:
    url: str
    html: str
    issued: date
    charset: str = "utf-8"
    sitemap: bool = True
    aliases: list[str] = field(default_factory=list)  # extra URLs serving the same bytes


@dataclass(slots=True)
class DocOut:
    url: str
    spec: DocSpec
    sitemap: bool = True


@dataclass(slots=True)
class TruthRow:
    institution_id: str
    artefact_id: str
    expected_status: str
    evidence: str = ""  # space-separated URL paths (decoded) where the evidence lives
    notes: str = ""  # ';'-separated tags: form, placement and difficulty (README: truth notes)


@dataclass(slots=True)
class Entry:
    """One link on a listing page: optional text before it, anchor text, target, text after it."""

    text: str
    url: str
    prefix: str = ""
    tail: str = ""


class UrlScheme:
    """How a site addresses its language versions of a page."""

    def __init__(self, style: str, kk_code: str) -> None:
        self.style = style
        self.codes = {"kk": kk_code, "ru": "ru", "en": "en"}

    def url(self, lang: str, slug: str = "") -> str:
        code = self.codes[lang]
        if self.style == "query":
            return f"/{slug}?lang={code}"
        if self.style == "rootru" and lang == "ru":
            return "/" + (f"{slug}/" if slug else "")
        return f"/{code}/" + (f"{slug}/" if slug else "")


class SiteBuilder(HardCasesMixin, SitePagesMixin):
    """Plans and renders one site; `build()` returns a BuiltSite."""

    def __init__(self, inst: SynthInstitution, feats: SiteFeatures, rng: random.Random, as_of: date,
                 hard_rng: random.Random | None = None) -> None:
        self.inst, self.f, self.rng, self.as_of = inst, feats, rng, as_of
        # The hard cases draw from their own stream, so adding one changes little of the rest of the site.
        self.hrng = hard_rng or random.Random(f"simweb:hard:{inst.id}:{as_of}")
        self.urls = UrlScheme(feats.style, feats.kk_code)
        self.langs = ["kk", "ru"] + (["en"] if feats.has_en else [])
        self.head = P.HEAD[inst.type]
        third = "science" if inst.type == "university" else "upbringing"
        self.sections = ("about", "anticorruption", "students", third, "vacancies")
        self.pages: list[PageOut] = []
        self.docs: list[DocOut] = []
        self.truth: list[TruthRow] = []
        self.redirects: dict[str, tuple[int, str]] = {}
        self.used_urls: set[str] = set()
        self.listings: dict[tuple[str, str, str], list[Entry]] = {}  # (section, lang, place) -> entries
        self.inline: dict[tuple[str, str], list[str]] = {}  # (section, lang) -> HTML blocks
        self.js_items: dict[str, list[tuple[str, str, str]]] = {}  # lang -> (text, stem, ext)
        self.js_section = ""
        self.no_sitemap: set[str] = set()  # URLs kept out of sitemap.xml (JS-only targets)
        self.section_name: dict[tuple[str, str], str] = {}
        self.section_slug: dict[str, str] = {}
        self.chrome: dict[str, Chrome] = {}
        self.robots = ""
        self.sitemap: str | None = None

    # ---- small helpers ----------------------------------------------------------------------

    def page_url(self, lang: str, slug: str) -> str:
        return self.urls.url(lang, slug)

    def section_url(self, section: str, lang: str, sub: str = "") -> str:
        slug = self.section_slug[section] + (f"-{sub}" if sub and self.f.style == "query" else f"/{sub}" if sub else "")
        return self.urls.url(lang, slug)

    def unique(self, url: str) -> str:
        """Make a URL unique on this site by numbering repeats (_2, _3 ...)."""
        base, n = url, 2
        while url in self.used_urls:
            stem, dot, ext = base.rpartition(".") if "." in base.rsplit("/", 1)[-1] else (base.rstrip("/"), "", "")
            url = f"{stem}_{n}{dot}{ext}" + ("/" if base.endswith("/") and not dot else "")
            n += 1
        self.used_urls.add(url)
        return url

    def add_page(self, lang: str, url: str, title: str, main: str, issued: date, *,
                 alternates: dict[str, str] | None = None, charset: str = "utf-8", sitemap: bool = True) -> PageOut:
        """Render a page in this site's chrome; Kazakh pages of a Latin-script site are transliterated."""
        alts = alternates or {lang_: self.page_url(lang_, "") for lang_ in self.langs}
        alts = {**alts, lang: url}
        html_text = page_html(self.chrome[lang], title, main, alternates=alts,
                              charset="windows-1251" if charset == "cp1251" else "utf-8")
        if lang == "kk" and self.f.latin:
            conv = self.f.latin
            html_text = re.sub(r">([^<]+)<", lambda m: ">" + to_latin_kk(m.group(1), conv) + "<", html_text)
        page = PageOut(url=url, html=html_text, issued=issued, charset=charset, sitemap=sitemap)
        if self.f.style == "query" and url.endswith("?lang=ru"):
            page.aliases.append(url.partition("?")[0])  # the bare URL serves the default (Russian) version
        self.pages.append(page)
        return page

    def title(self, wording: P.Wording, period: Period | None, lang: str, typo_flag: bool,
              rng: random.Random | None = None) -> str:
        """A title from the wording's templates, with period, order number and head filled in."""
        rng = rng or self.rng
        template = rng.choice(getattr(wording, lang))
        p, ps = period_phrases(period, wording.period or "plan", lang, rng) if period else ("", "")
        nom, gen, dat = self.head[lang]
        text = tidy(fill(template, p=p, ps=ps, n=str(rng.choice((7, 12, 45, 118, 145, 203, 311))),
                         H=nom, Hg=gen, Hd=dat))
        return typo(text, lang, rng) if typo_flag and lang != "en" else text

    def recent(self, low: int = 3, high: int = 90) -> date:
        return self.as_of - timedelta(days=self.rng.randint(low, high))

    # ---- the plan -----------------------------------------------------------------------------

    def build(self) -> None:
        """Decide and render everything; results are in pages, docs, redirects and truth."""
        self.plan_sections()
        self.plan_artefacts()
        self.plan_decoys()
        news = self.plan_news()
        self.render_sections(news)
        self.render_home_and_fillers(news)
        self.robots, self.sitemap = self.robots_and_sitemap()

    def plan_sections(self) -> None:
        rng, inst = self.rng, self.inst
        inst_word = {"university": ("Университет", "университете"), "college": ("Колледж", "колледже")}[inst.type]
        for section in self.sections:
            names = P.SECTIONS[section]
            slug = rng.choice(names["slug"])
            self.section_slug[section] = "college" if slug == "university" and inst.type == "college" else slug
            for lang in self.langs:
                name = rng.choice(names[lang])
                self.section_name[section, lang] = name.replace("{Inst}", inst_word[0]).replace("{inst_ru}", inst_word[1])
        site_names = {"kk": inst.short_kk, "ru": inst.name_ru.split("«", 1)[-1].rstrip("»"), "en": inst.name_en}
        for lang in self.langs:
            menu = [(P.HOME[lang], self.page_url(lang, ""))]
            for section in self.sections:
                if lang == "en" and section not in EN_SECTIONS:
                    continue
                menu.append((self.section_name[section, lang], self.section_url(section, lang)))
            menu.append((P.NEWS[lang], self.page_url(lang, "news")))
            menu.append((P.CONTACTS[lang], self.page_url(lang, "contacts")))
            if self.f.dead_archive_link:
                menu.append((P.ARCHIVE[lang], "/arhiv/" if lang != "en" else "/en/archive/"))  # 404 on purpose
            footer = [esc({"kk": f"{inst.city_kk} қ.", "ru": f"г. {inst.city_ru}", "en": inst.city_en}[lang]) +
                      f", +7 (7{inst.index % 90 + 10:02d}) 5{inst.index % 10}-{inst.index % 89 + 10:02d}-00",
                      esc(f"info@{slugify(inst.id)}.example.kz")]
            if self.f.generic_portal_link:
                label = {"kk": "Мемлекеттік сатып алу веб-порталы", "ru": "Веб-портал государственных закупок",
                         "en": "State procurement portal"}[lang]
                footer.append(f'<a href="https://goszakup.gov.kz/">{esc(label)}</a>')
            self.chrome[lang] = Chrome(lang=lang, site_name=site_names[lang], home_url=self.page_url(lang, ""),
                                       menu=menu, footer_lines=footer, lang_names=LANG_NAMES)
        if self.f.old_url_redirect:
            old = f"/old/{self.section_slug['anticorruption']}.php"
            self.redirects[old] = (301, self.section_url("anticorruption", "ru"))
            ru_menu = self.chrome["ru"].menu
            ru_menu[2] = (ru_menu[2][0], old)  # the Russian menu still points at the pre-redesign URL
        if self.f.root_redirect:
            self.redirects["/"] = (302, self.page_url(self.rng.choice(("kk", "ru")), ""))

    def plan_artefacts(self) -> None:
        rng, f = self.rng, self.f
        specs = applicable(self.inst.type)
        public = [a.id for a in specs if a.public and a.id != "goszakup_procurement"]
        present = {aid: rng.random() >= f.omit_rate for aid in public}
        # Keep truth unambiguous: a teacher survey IS a survey, and candidate lists imply award information.
        if present.get("teacher_evaluation_surveys"):
            present["survey_results"] = True
        if present.get("scholarship_candidates"):
            present["scholarship_info"] = True
        specials: dict[str, str] = {}

        def pick(kind: str, need: set[str]) -> bool:
            cands = [aid for aid in public if present[aid] and aid not in specials
                     and need & set(P.PHRASES[aid].forms)]
            if not cands:
                return False
            specials[rng.choice(cands)] = kind
            return True

        f.js_page = f.js_page and pick("js", {"pdf", "docx"})
        f.cp1251_page = f.cp1251_page and pick("cp1251", {"html"})
        if f.latin and not pick("latin", {"html"}):
            f.latin = ""
        specials.update(self.plan_hard(present, specials))
        missing = [aid for aid in public if not present[aid]]
        dead = rng.choice(missing) if missing and rng.random() < 0.3 else ""
        for spec in specs:
            aid = spec.id
            if not spec.public:
                self.truth.append(TruthRow(self.inst.id, aid, "manual", notes="internal"))
            elif aid == "goszakup_procurement":
                self.plan_procurement()
            elif aid in self.pending_truth:
                self.truth.append(self.finish_truth(self.pending_truth[aid]))
            elif present[aid]:
                self.place_artefact(aid, specials.get(aid, ""))
                self.finish_truth(self.truth[-1])
            else:
                notes = "omitted"
                if aid == dead:
                    self.dead_link(aid)
                    notes += ";dead_link"
                status, evidence = "missing", ""
                if aid in self.national_models:
                    # A national model reposted on the own site is at most uncertain (interface.md).
                    status, evidence = "uncertain", self.national_models[aid]
                    notes += ";national_model"
                self.truth.append(self.finish_truth(TruthRow(self.inst.id, aid, status, evidence, notes)))

    def section_for(self, aid: str) -> str:
        options = [s for s in P.PHRASES[aid].sections if s in self.sections]
        if self.inst.type == "college" and aid in ("sanaly_urpaq_club", "student_ethics_code") and self.rng.random() < 0.5:
            return "upbringing"
        return self.rng.choice(options) if options else "about"

    def place_artefact(self, aid: str, special: str) -> None:
        rng, ph = self.rng, P.PHRASES[aid]
        versions = ["current"]
        if ph.period_bound and special in ("", "download"):
            r = rng.random()
            versions = ["current"] if r < 0.62 else ["stale"] if r < 0.85 else ["current", "stale"]
        forms = [x for x in ph.forms if not (special == "js" and x not in ("pdf", "docx"))]
        if special in ("cp1251", "latin"):
            forms = ["html"]
        if special == "download":
            forms = self.doc_forms(aid)
        weights = [{"html": 3, "pdf": 5, "docx": 2}.get(x, 5) for x in forms]
        form = rng.choices(forms, weights)[0]
        if special == "latin":
            langs = ["kk"]
        elif special == "cp1251":
            langs = ["kk", "ru"]
        else:
            r = rng.random()
            langs = ["kk", "ru"] if r < 0.7 else ["kk"] if r < 0.85 else ["ru"]
        section = self.section_for(aid)
        if special == "js":
            place, self.js_section = "js", section
        elif form in ("pdf", "docx", "html") and rng.random() < 0.2:
            place = "sub"
        else:
            place = "section"
        typo_flag = not special and rng.random() < 0.08
        notes = [form, place] + ([f"{langs[0]}_only"] if len(langs) == 1 else [])
        notes += [x for x, on in (("typo", typo_flag), ("js_only", special == "js"), ("cp1251", special == "cp1251"),
                                  ("latin_kk", special == "latin" or (langs == ["kk"] and bool(self.f.latin))))
                  if on]
        evidence: list[str] = []
        for version in versions:
            stale = version == "stale"
            # The version's wording, period and document text come from one of a few pooled variants, so
            # identical documents recur across sites and are rendered once (see documents.BlobStore).
            variant = f"simweb:variant:{aid}:{version}:{rng.randrange(DOC_VARIANTS)}:{self.as_of}"
            vrng = random.Random(variant)
            wordings = [w for w in ph.wordings if w.period] if stale else list(ph.wordings)
            wording = vrng.choice(wordings)
            period = None
            if wording.period:
                period = (stale_period if stale else current_period)(wording.period, self.as_of, vrng)
            issued = period.issued(self.as_of) if period else self.timeless_issued(vrng)
            vplace = "archive" if stale and len(versions) == 2 and rng.random() < 0.5 else place
            urls, tags = self.publish(aid, wording, period, form, langs, section, vplace, special, typo_flag,
                                      variant, issued)
            notes += [t for t in tags if t not in notes]
            if not stale or versions == ["stale"]:
                evidence += urls
            if period:
                notes.append(f"{version}:{period.label}")
        if len(versions) == 2:
            notes.append("current+stale")
        status = "stale" if versions == ["stale"] else "found"
        self.truth.append(TruthRow(self.inst.id, aid, status, " ".join(dict.fromkeys(evidence)), ";".join(notes)))

    def publish(self, aid: str, wording: P.Wording, period: Period | None, form: str, langs: list[str],
                section: str, place: str, special: str, typo_flag: bool, variant: str,
                issued: date) -> tuple[list[str], list[str]]:
        """Create the target(s) of one version and list them; returns (evidence URLs, extra note tags)."""
        rng = self.rng
        list_langs = list(langs)
        if "en" in self.langs and "ru" in langs and section in EN_SECTIONS and place != "js" and rng.random() < 0.7:
            list_langs.append("en")
        titles = {lang: self.title(wording, period, lang, typo_flag) for lang in list_langs}
        tags: list[str] = []
        targets: dict[str, str] = {}
        if form == "inline":
            for lang in langs:
                block = (f'<div class="hotline"><h3>{esc(titles[lang])}</h3><p>+7 (7{self.inst.index % 90 + 10:02d})'
                         f' 50-{rng.randint(10, 99)}-{rng.randint(10, 99)}</p>'
                         + paragraphs(P.BODY_LINES[wording.body][lang]) + "</div>")
                self.inline.setdefault((section, lang), []).append(block)
            return [self.section_url(section, lang) for lang in langs], tags
        if form in ("html", "service"):
            separate = special == "cp1251" or (len(langs) == 2 and rng.random() < 0.3)
            page_langs = list(langs) if separate else [rng.choice(langs)]
            slug_title = titles.get("ru") or titles[page_langs[0]]
            slug = slugify(slug_title, 40) if rng.random() < 0.7 else str(rng.randint(100, 9999))
            base = f"page/{slug}" if self.f.style == "query" else f"{self.section_slug[section]}/{slug}"
            urls = {lang: self.unique(self.page_url(lang, base)) for lang in page_langs}
            for lang in page_langs:
                title = titles[lang]
                main = self.artefact_main(aid, wording, title, lang, form, issued)
                charset = "cp1251" if special == "cp1251" and lang == "ru" else "utf-8"
                self.add_page(lang, urls[lang], title, main, issued, alternates=urls, charset=charset)
            targets = {lang: urls.get(lang, urls[page_langs[0]]) for lang in list_langs}
            evidence = list(urls.values())
        else:
            doc_lang = "ru" if "ru" in langs and ("kk" not in langs or rng.random() < 0.6) else "kk"
            drng = random.Random(f"{variant}:{doc_lang}:{form}:{self.inst.type}")
            doc_title = self.title(wording, period, doc_lang, False, drng)
            if doc_lang in titles and rng.random() < 0.5 and not typo_flag:
                titles[doc_lang] = doc_title  # the link text is often the document's own title
            if special == "download":
                url, opaque = self.download_url(form, issued), True
            else:
                url, opaque = self.doc_url(titles.get(doc_lang, doc_title), form, doc_lang, issued,
                                           upload_only=special == "js")
            if opaque:
                tags.append("opaque_name")
            spec = self.doc_spec(wording, doc_title, doc_lang, form, issued, period, drng)
            if special == "download":
                spec = self.download_spec(spec)
            self.docs.append(DocOut(url, spec, sitemap=special != "js"))
            if special == "js":
                self.no_sitemap.add(url)
            targets = dict.fromkeys(list_langs, url)
            evidence = [url]
        for lang in list_langs:
            self.list_entry(section, lang, place, titles[lang], targets[lang], form, tags,
                            issued=issued if special == "download" else None)
        return evidence, tags

    def list_entry(self, section: str, lang: str, place: str, text: str, url: str, form: str, tags: list[str],
                   *, issued: date | None = None) -> None:
        """One link to a target; `issued` set means a document linked only as "Download" or by its file name."""
        rng = self.rng
        if place == "js":
            stem, _, ext = url.removeprefix("/upload/").rpartition(".")
            self.js_items.setdefault(lang, []).append((text, stem, ext))
            return
        href = quote(url, safe="/?=&%") if rng.random() < 0.5 else url
        entry = Entry(text=text, url=href)
        if issued is not None:
            entry = self.download_entry(lang, href, form, issued, tags)
        elif form in ("pdf", "docx"):
            if rng.random() < 0.1:
                entry = Entry(text=P.DOWNLOAD[lang], url=href, prefix=esc(text) + " — ")
                if "download_anchor" not in tags:
                    tags.append("download_anchor")
            elif rng.random() < 0.5:
                entry.tail = f" ({form.upper()}, {rng.randint(80, 900)} {'KB' if lang == 'en' else 'КБ'})"
        if lang == "en" and place in ("sub", "archive"):
            place = "section"  # English pages have no sub-pages
        self.listings.setdefault((section, lang, place), []).append(entry)

    def timeless_issued(self, rng: random.Random) -> date:
        """Approval date of a timeless document: some year since 2019 (it does not make it stale)."""
        year = rng.randint(2019, max(2019, self.as_of.year - 1))
        return min(date(year, rng.choice((1, 3, 6, 9)), 15), self.as_of - timedelta(days=30))

    def doc_url(self, title: str, fmt: str, lang: str, issued: date, *, upload_only: bool) -> tuple[str, bool]:
        """A file URL in one of the styles real sites use; True when the name says nothing about the content."""
        rng = self.rng
        r = rng.random()
        if upload_only and 0.12 <= r < 0.2:
            r = 0.25  # a JS-built link must be /upload/<stem>.<ext>: no download.php ...
        if upload_only and r >= 0.7:
            r = 0.5  # ... and no /files/<title>
        if r < 0.12:
            url, opaque = f"/upload/doc_{rng.randint(1000, 9999)}.{fmt}", True
        elif r < 0.2:
            url, opaque = f"/download.php?id={rng.randint(1000, 99999)}", True
        elif r < 0.28:
            url, opaque = f"/upload/iblock/{rng.getrandbits(12):03x}/{rng.getrandbits(32):08x}.{fmt}", True
        elif r < 0.4:
            name = rng.choice(GENERIC_DOC_NAMES["kk" if lang == "kk" else "ru"])
            url, opaque = f"/upload/{issued.year}/{issued.month:02d}/{name}.{fmt}", True
        elif r < 0.7:
            url, opaque = f"/upload/docs/{slugify(title)}.{fmt}", False
        else:
            name = re.sub(r"[«»\"'/\\?#%:*<>|№.,()]", "", title).strip().replace(" ", "_")[:80]
            url, opaque = f"/files/{name}.{fmt}", False
        return self.unique(url), opaque

    def doc_spec(self, wording: P.Wording, title: str, lang: str, fmt: str, issued: date,
                 period: Period | None, rng: random.Random) -> DocSpec:
        nom = self.head[lang][0]
        council = {("university", "kk"): "Ғылыми кеңестің", ("university", "ru"): "Учёного совета",
                   ("college", "kk"): "Педагогикалық кеңестің", ("college", "ru"): "Педагогического совета"}
        stamp = f"{issued.day:02d}.{issued.month:02d}.{issued.year}"
        if wording.body == "minutes":
            header: tuple[str, ...] = ()
        elif lang == "kk":
            header = ("БЕКІТЕМІН", f"{nom} ______________", f"{stamp} ж.")
            if not period:
                header += (f"{council[self.inst.type, 'kk']} {stamp} шешімімен бекітілген",)
        else:
            header = ("УТВЕРЖДАЮ", f"{nom.capitalize()} ______________",
                      f"«{issued.day}» {RU_MONTHS_GEN[issued.month - 1]} {issued.year} г.")
            if not period:
                header += (f"Утверждено решением {council[self.inst.type, 'ru']} от {stamp}",)
        lines = list(P.BODY_LINES[wording.body][lang])
        if wording.body == "people":
            people = random.Random(f"people:{title}")  # pooled: same list for the same title
            lines += [f"{person_name(people)} | {people.choice(('1', '2', '3'))}-{lang}-{people.randint(10, 40)}"
                      for _ in range(6)]
        meta = rng.choice((title, "", "Microsoft Word - Документ1.docx" if lang == "ru" else "Құжат1"))
        return DocSpec(fmt=fmt, lang=lang, title=title, header=header, lines=tuple(lines), issued=issued,
                       meta_title=meta)

    def artefact_main(self, aid: str, wording: P.Wording, title: str, lang: str, form: str, issued: date) -> str:
        """Main HTML of an artefact page (document rendered as HTML, or an online service)."""
        rng = self.rng
        label = {"kk": "Жарияланған күні", "ru": "Опубликовано", "en": "Published"}[lang]
        parts = [f"<h1>{esc(title)}</h1>", f'<p class="date">{label}: {issued:%d.%m.%Y}</p>']
        lines = list(P.BODY_LINES[wording.body][lang])
        if wording.body == "people":
            lines += [f"{person_name(rng)} | {rng.choice(P.HEAD[self.inst.type][lang])}" if i == 0 else
                      f"{person_name(rng)} | {rng.randint(1, 4)}-{rng.randint(10, 40)}" for i in range(rng.randint(4, 8))]
        parts.append(paragraphs(lines))
        if form == "service":
            parts.append(service_form(SERVICE_FORM.get(aid, "application"), lang, f"/api/forms/{aid.split('_')[0]}"))
        if aid == "hotline":
            parts.append(f"<p>+7 (7{self.inst.index % 90 + 10:02d}) 50-{rng.randint(10, 99)}-{rng.randint(10, 99)}, "
                         f"{esc('trust@' + slugify(self.inst.id) + '.example.kz')}</p>")
        return "\n".join(parts)

    def plan_procurement(self) -> None:
        """goszakup_procurement is 'found' only where the site links its own customer page on the portal."""
        rng, inst = self.rng, self.inst
        if rng.random() >= 0.55:
            notes = "no_portal_link" + (";generic_portal_link" if self.f.generic_portal_link else "")
            self.truth.append(TruthRow(inst.id, "goszakup_procurement", "missing", notes=notes))
            return
        wording = P.PHRASES["goszakup_procurement"].wordings[0]
        href = f"https://goszakup.gov.kz/ru/search/announce?filter[customer]={inst.bin}"
        label = {"kk": "Біздің сатып алуларымыз goszakup.gov.kz порталында",
                 "ru": "Наши закупки на портале goszakup.gov.kz", "en": "Our procurement on goszakup.gov.kz"}
        inline = rng.random() < 0.5
        urls: list[str] = []
        for lang in ("kk", "ru"):
            title = self.title(wording, None, lang, False)
            block = (f"<h2>{esc(title)}</h2>" + paragraphs(P.BODY_LINES["procurement"][lang])
                     + f'<p><a href="{esc(href)}">{esc(label[lang])}</a></p>')
            if inline:
                self.inline.setdefault(("about", lang), []).append(block)
                urls.append(self.section_url("about", lang))
            else:
                url = self.unique(self.page_url(lang, "page/zakupki" if self.f.style == "query" else "about/zakupki"))
                self.add_page(lang, url, title, block.replace("<h2>", "<h1>").replace("</h2>", "</h1>"), self.recent())
                self.listings.setdefault(("about", lang, "section"), []).append(Entry(title, url))
                urls.append(url)
        self.truth.append(TruthRow(inst.id, "goszakup_procurement", "found", " ".join(urls),
                                   "portal_link;" + ("inline" if inline else "html")))

    def dead_link(self, aid: str) -> None:
        """List an omitted artefact with a link that answers 404 (a dead link is not evidence)."""
        wording = P.PHRASES[aid].wordings[0]
        period = current_period(wording.period, self.as_of, self.rng) if wording.period else None
        lang = self.rng.choice(("kk", "ru"))
        url = self.unique(f"/upload/old/{slugify(aid)}-{self.rng.randint(100, 999)}.pdf")
        self.listings.setdefault((self.section_for(aid), lang, "section"), []).append(
            Entry(self.title(wording, period, lang, False), url))

    # ---- robots / sitemap -------------------------------------------------------------------

    def robots_and_sitemap(self) -> tuple[str, str | None]:
        sitemap = None
        if self.f.sitemap:
            entries = [(p.url, p.issued.isoformat()) for p in self.pages if p.sitemap]
            if self.f.sitemap_docs:
                entries += [(d.url, d.spec.issued.isoformat()) for d in self.docs if d.sitemap]
            sitemap = sitemap_xml((quote(u, safe="/?=&"), d) for u, d in entries)
        return robots_txt(self.f.robots_variant, self.f.sitemap and self.f.robots_variant != 0), sitemap

    def js_main(self, lang: str) -> str:
        return js_shell(P.SUBSECTION_DOCS[lang][-1], P.LOADING[lang],
                        {"kk": "JavaScript қосыңыз", "ru": "Включите JavaScript", "en": "Enable JavaScript"}[lang],
                        self.js_items.get(lang, []))

    def listing_html(self, entries: list[Entry]) -> str:
        return link_list((e.prefix, e.text, e.url, esc(e.tail)) for e in entries)


__all__ = ["DocOut", "PageOut", "SiteBuilder", "SiteFeatures", "TruthRow"]
