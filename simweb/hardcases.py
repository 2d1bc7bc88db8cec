"""Hard cases of a simulated site: hard negatives (pages that look like an artefact and are not the
institution's own document of it) and hard positives (own documents in forms that are hard to see).

A mixin of simweb.site.SiteBuilder. `plan_hard()` runs before the artefacts are placed: it decides
the site's share of hard cases, renders their pages and documents, and leaves the truth rows of the
hard positives in `pending_truth` (emitted in spec order by plan_artefacts) plus, per artefact, the
national model that makes a missing cell `uncertain` and the `near:<kind>` notes. The semantics are in
simweb/README.md ("Hard cases").
"""

from __future__ import annotations

import random
import zlib
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from simweb import hardphrases as HP
from simweb import phrases as P
from simweb.documents import DocSpec
from simweb.institutions import person_name
from simweb.render import esc, paragraphs, service_form
from simweb.textvariants import current_period, fill, period_phrases, slugify, tidy

if TYPE_CHECKING:
    from simweb.site import SiteBuilder, TruthRow

    _Base = SiteBuilder
else:
    _Base = object

SERVICES = ("dormitory_online_registration", "head_blog", "e_journal", "online_transfer_service")
# Hard negatives: kind -> artefacts a careless detector reads it as (their truth rows get near:<kind>).
NEGATIVE_NEAR: dict[str, tuple[str, ...]] = {
    "news_national_list": ("grant_transfer_candidates", "scholarship_candidates", "scholarship_info"),
    "national_model": (),  # the artefact is the model's own key (hardphrases.NATIONAL_MODELS)
    "national_act": (),  # per act: hardphrases.NATIONAL_ACTS
    "vendor_page": ("antiplagiarism",),
    "state_vacancy": ("vacancy_announcements", "vacancy_rules"),
    "employee_survey": ("conflict_of_interest_policy", "survey_results", "gifts_policy", "hotline"),
    "appeal_rules": ("exam_rules",),
    "thesis_guide": ("master_thesis_regulation", "thesis_regulation", "antiplagiarism"),
}
# What a national model's text also mentions (its cell stays missing unless the site has its own).
MODEL_NEAR = {"board_of_trustees_regulation": ("board_of_trustees_composition",),
              "vacancy_rules": ("vacancy_announcements",),
              "dissertation_council_regulation": ("phd_regulation",)}
UNIVERSITY_ONLY_NEGATIVES = ("news_national_list", "vendor_page", "thesis_guide")
# A hard positive also tags the neighbour it is easily taken for (a staff code read as the student code:
# issue 13's scope errors), so a wrong cell there is attributed to the kind that caused it.
POSITIVE_NEAR = {"staff_ethics_code": ("student_ethics_code",), "student_ethics_code": ("staff_ethics_code",),
                 "anticorruption_commission_regulation": ("anticorruption_commission_reports",),
                 "board_of_trustees_regulation": ("board_of_trustees_minutes",)}
POSITIVE_KINDS = ("download", "en_paraphrase", "link_only", "two_on_page", "national_standard", "renamed")


# The body a printed document names above the institution's name (read as letterhead, not as the title).
LETTERHEAD_BODY = {
    ("university", "kk"): "Қазақстан Республикасы Ғылым және жоғары білім министрлігі",
    ("university", "ru"): "Министерство науки и высшего образования Республики Казахстан",
    ("college", "kk"): "Облыс әкімдігінің білім басқармасы",
    ("college", "ru"): "Управление образования акимата области"}


class HardCasesMixin(_Base):
    """Hard negatives and hard positives; relies on SiteBuilder's state and helpers."""

    # ---- the plan ---------------------------------------------------------------------------

    def plan_hard(self, present: dict[str, bool], specials: dict[str, str]) -> dict[str, str]:
        """Decide and render this site's hard cases. Returns artefact -> special for place_artefact
        ('download' documents); other hard positives are rendered here and their truth rows wait in
        pending_truth."""
        rng = self.hrng
        self.pending_truth: dict[str, TruthRow] = {}
        self.national_models: dict[str, str] = {}  # artefact -> URL of the reposted national model
        self.near: dict[str, list[str]] = {}
        self.extra_news: list[dict[str, Any]] = []
        self.hard_specials = dict(specials)
        free = [aid for aid, on in present.items() if on and aid not in specials]
        placed: dict[str, str] = {}

        kinds = list(POSITIVE_KINDS)
        rng.shuffle(kinds)
        wanted = rng.randint(1, 3)
        for kind in kinds:
            if len(set(placed.values())) >= wanted:
                break
            aid = self.choose_positive(kind, present, free, placed)
            if aid:
                placed[aid] = kind
        share = self.f.download_share
        if share:
            # The "unseen-like" profile: a share of the remaining documents sit behind "download" links only.
            for aid in free:
                if aid not in placed and self.doc_forms(aid) and rng.random() < share:
                    placed[aid] = "download"
        for aid, kind in placed.items():
            if kind == "en_paraphrase":
                self.place_en_paraphrase(aid)
            elif kind == "link_only":
                self.place_link_only(aid)
            elif kind == "national_standard":
                self.place_national_standard(aid)
            elif kind == "renamed":
                self.place_renamed(aid)
        for aid, kind in placed.items():
            for near in POSITIVE_NEAR.get(aid, ()):
                if near in present and near not in placed:
                    self.add_near(near, kind)
        pair = [aid for aid, kind in placed.items() if kind == "two_on_page"]
        if pair:
            self.place_pair(*pair)

        pool = [k for k in NEGATIVE_NEAR if self.inst.type == "university" or k not in UNIVERSITY_ONLY_NEGATIVES]
        rng.shuffle(pool)
        negatives = pool[:rng.randint(2, 4)]
        for kind in negatives:
            self.place_negative(kind, present)
        # Recorded in manifest.json (features.hard) for tests and benchmarks.
        self.hard_summary = {"positives": dict(placed), "negatives": negatives,
                             "national_models": dict(self.national_models)}
        return {aid: "download" for aid, kind in placed.items() if kind == "download"}

    def choose_positive(self, kind: str, present: dict[str, bool], free: list[str], placed: dict[str, str]) -> str:
        """An artefact for one hard-positive kind ('' when the site has none that fits)."""
        rng = self.hrng
        taken = set(placed)
        if kind == "download":
            cands = [a for a in free if a not in taken and self.doc_forms(a)]
        elif kind == "en_paraphrase":
            cands = [a for a in free if a not in taken and a in HP.EN_PARAPHRASES] if "en" in self.langs else []
        elif kind == "link_only":
            cands = [a for a in free if a not in taken and a in SERVICES]
        elif kind == "national_standard":
            cands = [a for a in free if a not in taken and a == "anticorruption_standard"]
        elif kind == "renamed":
            cands = [a for a in free if a not in taken and a in HP.RENAMED]
        else:  # two_on_page: both artefacts of the pair are published (on one page)
            reg, comp = HP.PAIRS[self.inst.type][:2]
            if reg not in present or comp not in present or {reg, comp} & (taken | set(self.hard_specials)):
                return ""
            present[reg] = present[comp] = True
            placed[reg] = "two_on_page"
            return comp
        if not cands:
            return ""
        # The examples first: "Apply for a dormitory place" is the typical menu-only service.
        weights = [3 if a == "dormitory_online_registration" else 2 if a == "head_blog" else 1 for a in cands]
        return rng.choices(cands, weights)[0]

    def doc_forms(self, aid: str) -> list[str]:
        return [x for x in P.PHRASES[aid].forms if x in ("pdf", "docx")]

    # ---- helpers ----------------------------------------------------------------------------

    def hard_values(self, lang: str, key: float) -> dict[str, str]:
        """Placeholder values; the same `key` gives the same date, number and vendor in every language."""
        vrng = random.Random(key)
        day = self.as_of - timedelta(days=vrng.randint(200, 2400))
        city = {"kk": self.inst.city_kk, "ru": self.inst.city_ru, "en": self.inst.city_en}[lang]
        nom, gen, dat = self.head[lang]
        return {"y": str(self.as_of.year), "y1": str(self.as_of.year + 1), "d": f"{day:%d.%m.%Y}",
                "n": str(vrng.choice((17, 64, 92, 190, 275, 448))), "V": vrng.choice(HP.VENDORS), "city": city,
                "H": nom, "Hg": gen, "Hd": dat}

    def hard_text(self, text: HP.HardText, lang: str, key: float) -> tuple[str, list[str]]:
        """(title, body lines) of one hard text in one language, placeholders filled consistently."""
        values = self.hard_values(lang, key)
        title = tidy(fill(self.hrng.choice(text.titles(lang)), **values))
        return title, [fill(line, **values) for line in text.body(lang)]

    def hard_url(self, section: str, lang: str, title: str) -> str:
        slug = slugify(title, 40) if self.hrng.random() < 0.7 else str(self.hrng.randint(100, 9999))
        base = f"page/{slug}" if self.f.style == "query" else f"{self.section_slug[section]}/{slug}"
        return self.unique(self.page_url(lang, base))

    def hard_doc(self, title: str, lines: list[str], lang: str, fmt: str, issued: date, header: tuple[str, ...] = (),
                 meta: str | None = None) -> str:
        """A PDF/DOCX with an uninformative URL; returns its URL."""
        url, _ = self.doc_url(title, fmt, lang, issued, upload_only=False)
        spec = DocSpec(fmt=fmt, lang=lang, title=title, header=header, lines=tuple(lines), issued=issued,
                       meta_title=title if meta is None else meta)
        from simweb.site import DocOut

        self.docs.append(DocOut(url, spec))
        return url

    def listed(self, section: str, lang: str, text: str, url: str, place: str = "section") -> None:
        if lang == "en":
            place = "section"
        self.listings.setdefault((section, lang, place), []).append(self.entry(text, url))

    def add_near(self, aid: str, kind: str) -> None:
        tag = f"near:{kind}"
        if tag not in self.near.setdefault(aid, []):
            self.near[aid].append(tag)

    def truth_row(self, aid: str, status: str, urls: list[str], notes: list[str]) -> None:
        from simweb.site import TruthRow

        self.pending_truth[aid] = TruthRow(self.inst.id, aid, status, " ".join(dict.fromkeys(urls)), ";".join(notes))

    def en_section(self, aid: str) -> str:
        return "anticorruption" if "anticorruption" in P.PHRASES[aid].sections or aid.startswith(
            ("anticorruption", "conflict", "gifts")) else "about"

    # ---- hard positives -----------------------------------------------------------------------

    def place_en_paraphrase(self, aid: str) -> None:
        """The institution's own document only in English, under a paraphrased, translated-sounding title."""
        rng = self.hrng
        wording = P.PHRASES[aid].wordings[0]
        period = current_period(wording.period, self.as_of, rng) if wording.period else None
        ps = period_phrases(period, wording.period or "plan", "en", rng)[1] if period else ""
        title = tidy(fill(rng.choice(HP.EN_PARAPHRASES[aid]), ps=ps))
        section = self.en_section(aid)
        url = self.hard_url(section, "en", title)
        issued = period.issued(self.as_of) if period else self.timeless_issued(rng)
        lines = [*rng.sample(HP.EN_PARAPHRASE_LINE, 2), *P.BODY_LINES[wording.body]["en"]]
        if wording.body == "people":
            lines += [f"{person_name(rng)} | {rng.randint(1, 4)}-{rng.randint(10, 40)}" for _ in range(5)]
        main = f"<h1>{esc(title)}</h1>\n" + paragraphs(lines)
        form = "service" if aid in SERVICES else "html"
        if form == "service":
            main += "\n" + service_form("application", "en", f"/api/forms/{aid.split('_')[0]}")
        self.add_page("en", url, title, main, issued, alternates={"en": url})
        self.listed(section, "en", title, url)
        notes = [form, "section", "en_only", "en_paraphrase"] + ([f"current:{period.label}"] if period else [])
        self.truth_row(aid, "found", [url], notes)

    def place_link_only(self, aid: str) -> None:
        """An online service reached from the main menu; its page names no artefact (the link is the evidence)."""
        rng = self.hrng
        lang = rng.choice(("kk", "ru"))
        if aid == "head_blog":
            name = person_name(rng)
            title = fill(rng.choice(HP.BLOG_SHELL_TITLES[lang]), name=name)
            main = f"<h1>{esc(title)}</h1>\n" + paragraphs(P.BODY_LINES["blog"][lang]) + "\n" + service_form(
                "question", lang, "/api/forms/head")
            path = rng.choice(("/qa/", "/rector/", "/priemnaya/"))
        else:
            title = rng.choice(HP.SERVICE_SHELL_TITLES[lang])
            main = (f"<h1>{esc(title)}</h1>\n<p>{esc(HP.SERVICE_SHELL_TEXT[lang])}</p>\n"
                    + service_form("login", lang, "/api/login"))
            path = rng.choice(("/lk/", "/portal/", "/cabinet/", "/service/"))
        url = self.unique(path)
        self.add_page(lang, url, title, main, self.recent(5, 200), alternates={lang: url})
        for menu_lang, chrome in self.chrome.items():
            h = self.head[menu_lang]
            label = tidy(fill(rng.choice(HP.LINK_ONLY[aid][menu_lang]), H=h[0], Hg=h[1], Hd=h[2]))
            news_at = next(i for i, (_, u) in enumerate(chrome.menu) if u == self.page_url(menu_lang, "news"))
            chrome.menu.insert(news_at, (label, url))
        self.truth_row(aid, "found", [url], ["service", "menu", "link_only"])

    def place_national_standard(self, aid: str) -> None:
        """The sectoral anti-corruption standard as the ministerial order it is: evidence on the own site."""
        rng = self.hrng
        langs = ["kk", "ru"] if rng.random() < 0.6 else [rng.choice(("kk", "ru"))]
        form = rng.choice(("html", "pdf"))
        issued = self.timeless_issued(rng)
        urls: list[str] = []
        doc_url = ""
        key = rng.random()
        for lang in langs:
            title, lines = self.hard_text(HP.NATIONAL_STANDARD, lang, key)
            if form == "pdf":
                doc_url = doc_url or self.hard_doc(title, lines, lang, "pdf", issued)
                url = doc_url
            else:
                url = self.hard_url("anticorruption", lang, title)
                self.add_page(lang, url, title, f"<h1>{esc(title)}</h1>\n" + paragraphs(lines), issued)
            self.listed("anticorruption", lang, title, url)
            urls.append(url)
        notes = [form, "section", "national_standard"] + ([f"{langs[0]}_only"] if len(langs) == 1 else [])
        self.truth_row(aid, "found", urls, notes)

    def place_renamed(self, aid: str) -> None:
        """An own document under a name that does not say what it is ("Положение о Совете по этике" for the
        anti-corruption commission, "Институционалдық зерттеулер: сауалнамалар" for survey results ...)."""
        rng = self.hrng
        text = HP.RENAMED[aid]
        wording = P.PHRASES[aid].wordings[0]
        period = current_period(wording.period, self.as_of, rng) if wording.period else None
        if aid == "survey_results":
            langs = ["kk"]  # the case: a Kazakh institutional-research page
        else:
            langs = ["kk", "ru"] if rng.random() < 0.6 else [rng.choice(("kk", "ru"))]
        section = self.section_for(aid)
        issued = period.issued(self.as_of) if period else self.timeless_issued(rng)
        key = rng.random()
        pages: dict[str, tuple[str, list[str]]] = {}
        for lang in langs:
            ps = period_phrases(period, wording.period or "plan", lang, rng)[1] if period else ""
            title, lines = self.hard_text(text, lang, key)
            title, lines = tidy(fill(title, ps=ps)), [fill(line, ps=ps) for line in lines]
            if aid == "grant_transfer_candidates":
                lines += [f"{person_name(rng)} | 6B0{rng.randint(1, 9)}1{rng.randint(10, 99)} | "
                          f"{rng.uniform(2.8, 4.0):.2f}" for _ in range(5)]
            pages[lang] = (title, lines)
        urls = {lang: self.hard_url(section, lang, pages[lang][0]) for lang in langs}
        for lang, (title, lines) in pages.items():
            self.add_page(lang, urls[lang], title, f"<h1>{esc(title)}</h1>\n" + paragraphs(lines), issued,
                          alternates=urls)
            self.listed(section, lang, title, urls[lang])
        notes = ["html", "section", "renamed"] + ([f"{langs[0]}_only"] if len(langs) == 1 else [])
        notes += [f"current:{period.label}"] if period else []
        self.truth_row(aid, "found", list(urls.values()), notes)

    def place_pair(self, reg: str, comp: str) -> None:
        """One page (or one order with two appendices) carrying a regulation and the body's composition."""
        rng = self.hrng
        _, _, titles, comp_heads = HP.PAIRS[self.inst.type]
        section = "anticorruption" if self.inst.type == "university" else "about"
        as_doc = rng.random() < 0.4
        langs = ["kk", "ru"] if rng.random() < 0.6 else [rng.choice(("kk", "ru"))]
        issued = self.timeless_issued(rng)
        members = [f"{person_name(rng)} | {role}" for role in rng.sample(
            ("төраға / председатель", "хатшы / секретарь", "мүше / член", "мүше / член", "мүше / член"), 5)]
        urls: list[str] = []
        doc_url = ""
        for lang in langs:
            reg_title = self.title(P.PHRASES[reg].wordings[0], None, lang, False, rng)
            comp_title = self.title(P.PHRASES[comp].wordings[0], None, lang, False, rng)
            reg_lines = list(P.BODY_LINES["regulation"][lang][:5])
            if as_doc:
                if not doc_url:
                    title = rng.choice(HP.PAIR_ORDER_TITLES[self.inst.type][lang])
                    app1, app2 = (fill(x, reg=reg_title, comp=comp_title) for x in HP.PAIR_APPENDIX[lang])
                    fmt = rng.choice(("pdf", "docx"))
                    doc_url = self.hard_doc(title, [app1, *reg_lines, app2, *members], lang, fmt, issued,
                                            meta=rng.choice((title, "")))
                url, text = doc_url, rng.choice(HP.PAIR_ORDER_TITLES[self.inst.type][lang])
            else:
                text = rng.choice(titles[lang])
                url = self.hard_url(section, lang, text)
                main = (f"<h1>{esc(text)}</h1>\n<h2>{esc(reg_title)}</h2>\n" + paragraphs(reg_lines)
                        + f"\n<h2>{esc(rng.choice(comp_heads[lang]))}</h2>\n" + paragraphs(members))
                self.add_page(lang, url, text, main, issued)
            self.listed(section, lang, text, url)
            urls.append(url)
        form = "pdf" if doc_url.endswith(".pdf") else "docx" if doc_url else "html"
        notes = [form, "section", "two_on_page"] + ([f"{langs[0]}_only"] if len(langs) == 1 else [])
        self.truth_row(reg, "found", urls, notes)
        self.truth_row(comp, "found", urls, notes)

    # ---- hard negatives -----------------------------------------------------------------------

    def place_negative(self, kind: str, present: dict[str, bool]) -> None:
        rng = self.hrng
        if kind == "news_national_list":
            self.place_national_news()
        elif kind == "national_model":
            cands = [a for a in HP.NATIONAL_MODELS if a in present]
            aid = rng.choice(cands)
            section = self.section_for(aid)
            url = self.place_hard_page(HP.NATIONAL_MODELS[aid], section, docs_ok=True)
            self.national_models[aid] = url
            for near in (aid, *MODEL_NEAR.get(aid, ())):
                if near in present:
                    self.add_near(near, kind)
            return
        elif kind == "national_act":
            text, section, near = rng.choice(HP.NATIONAL_ACTS[self.inst.type])
            self.place_hard_page(text, section, docs_ok=True)
            for aid in near:
                if aid in present:
                    self.add_near(aid, kind)
            return
        elif kind == "vendor_page":
            self.place_hard_page(rng.choice(HP.VENDOR_PAGES), "science", docs_ok=False)
        elif kind == "state_vacancy":
            self.place_hard_page(rng.choice(HP.STATE_VACANCY), "vacancies", docs_ok=True)
        elif kind == "employee_survey":
            self.place_hard_page(rng.choice(HP.EMPLOYEE_SURVEY), "anticorruption", docs_ok=False)
        elif kind == "appeal_rules":
            self.place_hard_page(rng.choice(HP.APPEAL_RULES), "students", docs_ok=True)
        elif kind == "thesis_guide":
            self.place_hard_page(rng.choice(HP.THESIS_GUIDE), "science", docs_ok=True)
        for aid in NEGATIVE_NEAR[kind]:
            if aid in present:
                self.add_near(aid, kind)

    def place_hard_page(self, text: HP.HardText, section: str, *, docs_ok: bool) -> str:
        """Render one hard-negative text as an HTML page (kk and/or ru) or one PDF/DOCX; returns a URL."""
        rng = self.hrng
        if section not in self.sections:
            section = "about"
        langs = ["kk", "ru"] if rng.random() < 0.6 else [rng.choice(("kk", "ru"))]
        issued = self.recent(20, 400)
        key = rng.random()
        texts = {lang: self.hard_text(text, lang, key) for lang in langs}
        if docs_ok and rng.random() < 0.35:
            lang = rng.choice(langs)
            title, lines = texts[lang]
            url = self.hard_doc(title, lines, lang, rng.choice(("pdf", "docx")), issued)
            for list_lang in langs:
                self.listed(section, list_lang, texts[list_lang][0], url)
            return url
        urls = {lang: self.hard_url(section, lang, texts[lang][0]) for lang in langs}
        for lang in langs:
            title, lines = texts[lang]
            self.add_page(lang, urls[lang], title, f"<h1>{esc(title)}</h1>\n" + paragraphs(lines), issued,
                          alternates=urls)
            self.listed(section, lang, title, urls[lang])
        return next(iter(urls.values()))

    def place_national_news(self) -> None:
        """News about national grant or scholarship lists: on the news page, sometimes also in the students section."""
        rng = self.hrng
        text = rng.choice(HP.NEWS_NATIONAL_LISTS)
        langs = ["kk", "ru"] if rng.random() < 0.5 else [rng.choice(("kk", "ru"))]
        if "en" in self.langs and rng.random() < 0.3:
            langs.append("en")
        day = self.recent(5, 150)
        sep = "-" if self.f.style == "query" else "/"
        number = rng.randint(1000, 99999)
        key = rng.random()
        for lang in langs:
            title, lines = self.hard_text(text, lang, key)
            url = self.unique(self.page_url(lang, f"news{sep}{number}"))
            self.add_page(lang, url, title, f"<h1>{esc(title)}</h1>\n" + paragraphs([f"{day:%d.%m.%Y}", *lines]), day)
            self.extra_news.append({"lang": lang, "title": title, "url": url, "day": day, "negative": False})
            if lang != "en" and rng.random() < 0.4:
                self.listed("students", lang, title, url)

    # ---- "download" documents (rendered by SiteBuilder.publish) ---------------------------------

    def download_url(self, fmt: str, issued: date) -> str:
        """An uninformative file URL for a document linked only as "Download" or by its file name."""
        rng = self.hrng
        r = rng.random()
        if r < 0.35:
            name = fill(rng.choice(HP.SCAN_NAMES), n=f"{rng.randint(1, 9999):04d}", y=str(issued.year))
            return self.unique(f"/upload/files/{name}.{fmt}")
        if r < 0.55:
            return self.unique(f"/upload/iblock/{rng.getrandbits(12):03x}/{rng.getrandbits(32):08x}.{fmt}")
        if r < 0.75:
            return self.unique(f"/download.php?id={rng.randint(1000, 99999)}")
        return self.unique(f"/upload/doc_{rng.randint(1000, 9999)}.{fmt}")

    def download_entry(self, lang: str, url: str, fmt: str, issued: date, tags: list[str]) -> Any:
        """The listing entry of such a document: "Скачать" (maybe after a date or a number) or the file name."""
        from simweb.site import Entry

        rng = self.hrng
        name = url.rsplit("/", 1)[-1]
        if not url.startswith("/download.php") and rng.random() < 0.35:
            text = name
            tag = "file_name_anchor"
        else:
            text = rng.choice(HP.DOWNLOAD_WORDS[lang])
            tag = "download_only"
        prefix = ""
        if rng.random() < 0.6:
            prefix = esc(fill(rng.choice(HP.ROW_PREFIXES[lang]), d=f"{issued:%d.%m.%Y}", k=str(rng.randint(1, 12))))
            prefix += " — "
        tail = f" ({fmt.upper()}, {rng.randint(80, 900)} {'KB' if lang == 'en' else 'КБ'})" if rng.random() < 0.4 else ""
        for t in (tag, "title_inside"):
            if t not in tags:
                tags.append(t)
        return Entry(text=text, url=url, prefix=prefix, tail=tail)

    def download_spec(self, spec: DocSpec) -> DocSpec:
        """A file whose properties say nothing (the title is only inside it), often with the title broken
        the way printed regulations set it: "ПОЛОЖЕНИЕ" / "о порядке ...", or "... туралы" / "ЕРЕЖЕ"."""
        rng = self.hrng
        meta = rng.choice(("", "Microsoft Word - Документ1.docx", "Құжат1", "Document1", "scan"))
        words = spec.title.split(" ")
        if len(words) < 3 or rng.random() < 0.4:
            return replace(spec, meta_title=meta)
        if spec.lang == "kk":
            first, rest = " ".join(words[:-1]), words[-1].upper()
        else:
            first, rest = words[0].upper(), " ".join(words[1:])
        header = spec.header
        if rng.random() < 0.5:
            name = self.inst.name_kk if spec.lang == "kk" else self.inst.name_ru
            header = (name, *header)
            if zlib.crc32(spec.title.encode("utf-8")) % 2:  # not drawn from rng: the rest of the web stays as it was
                # the ministry above a university's name, the akimat's education department above a college's
                header = (LETTERHEAD_BODY[self.inst.type, spec.lang], *header)
        return replace(spec, title=first, lines=(rest, *spec.lines), header=header, meta_title=meta)

    def finish_truth(self, row: TruthRow) -> TruthRow:
        """Add the near:<kind> notes of the hard negatives aimed at this artefact."""
        extra = self.near.get(row.artefact_id, [])
        if extra:
            row.notes = ";".join([*(n for n in row.notes.split(";") if n), *extra])
        return row
