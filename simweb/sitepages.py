"""The non-artefact pages of a simulated site: decoys, news (with hard negatives), section pages,
sub-pages (documents, archive, the JS-only page), home pages and fillers.

A mixin of simweb.site.SiteBuilder, kept apart so each module stays readable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from simweb import phrases as P
from simweb.render import esc, paragraphs
from simweb.textvariants import slugify

if TYPE_CHECKING:
    from simweb.site import SiteBuilder

    _Base = SiteBuilder
else:
    _Base = object

INTRO = {"kk": "Бұл бөлімде ресми құжаттар мен ақпарат орналастырылған.",
         "ru": "В этом разделе размещены официальные документы и информация.",
         "en": "Official documents and information of this section."}
WELCOME = {"kk": "Ресми сайтқа қош келдіңіз!", "ru": "Добро пожаловать на официальный сайт!",
           "en": "Welcome to the official website!"}
FILLER_TEXT = {"history": {"kk": "Оқу орны 1960 жылдары құрылған.", "ru": "Учебное заведение основано в 1960-х годах.",
                           "en": "Founded in the 1960s."},
               "contacts": {"kk": "Мекенжай, телефон және электрондық пошта.", "ru": "Адрес, телефон и электронная почта.",
                            "en": "Address, phone and e-mail."},
               "admissions": {"kk": "Қабылдау ережелері және білім беру бағдарламалары.",
                              "ru": "Правила приёма и образовательные программы.", "en": "Admission rules and programmes."}}


class SitePagesMixin(_Base):
    """Pages around the artefacts; relies on SiteBuilder's state and helpers."""

    def plan_decoys(self) -> None:
        """Document-like links that are not artefacts (a plan of upbringing work, a timetable ...)."""
        rng = self.rng
        for _ in range(rng.randint(1, 2)):
            lang = rng.choice(("kk", "ru"))
            text = rng.choice(P.DECOY_LINKS[lang])
            section = rng.choice(self.sections)
            base = f"page/{slugify(text, 30)}" if self.f.style == "query" else f"{self.section_slug[section]}/{slugify(text, 30)}"
            url = self.unique(self.page_url(lang, base))
            self.add_page(lang, url, text, f"<h1>{esc(text)}</h1>\n" + paragraphs(P.BODY_LINES["info"][lang]),
                          self.recent())
            self.listings.setdefault((section, lang, "section"), []).append(self.entry(text, url))

    def entry(self, text: str, url: str) -> Any:
        from simweb.site import Entry

        return Entry(text=text, url=url)

    def plan_news(self) -> list[dict[str, Any]]:
        """4-7 news items; about half mention anti-corruption words without being an artefact."""
        rng = self.rng
        news: list[dict[str, Any]] = []
        used: set[str] = set()
        for i in range(rng.randint(3, 5)):
            lang = "en" if "en" in self.langs and rng.random() < 0.15 else rng.choice(("kk", "ru"))
            negative = i == 0 or rng.random() < 0.5
            titles = (P.HARD_NEGATIVE_NEWS if negative else P.NEUTRAL_NEWS)[lang]
            title = rng.choice([t for t in titles if t not in used] or list(titles))
            used.add(title)
            day = self.recent(2, 200)
            sep = "-" if self.f.style == "query" else "/"  # query style: '/news' is a page, not a folder
            url = self.unique(self.page_url(lang, f"news{sep}{rng.randint(1000, 99999)}"))
            body = [f"{day:%d.%m.%Y}", *rng.sample(P.NEWS_BODY[lang], k=min(2, len(P.NEWS_BODY[lang])))]
            self.add_page(lang, url, title, f"<h1>{esc(title)}</h1>\n" + paragraphs(body), day)
            news.append({"lang": lang, "title": title, "url": url, "day": day, "negative": negative})
        news.extend(getattr(self, "extra_news", []))  # news about national lists (simweb.hardcases)
        return news

    def teasers(self, news: list[dict[str, Any]], lang: str, only_negative: bool = False) -> str:
        rows = [n for n in news if n["lang"] == lang and (n["negative"] or not only_negative)]
        if not rows:
            return ""
        items = "".join(f'<li><a href="{esc(n["url"])}">{esc(n["title"])}</a> <small>{n["day"]:%d.%m.%Y}</small></li>'
                        for n in rows[:3])
        return f'<h2>{esc(P.NEWS[lang])}</h2>\n<ul class="news">{items}</ul>'

    def render_sections(self, news: list[dict[str, Any]]) -> None:
        for section in self.sections:
            langs = [lang for lang in self.langs if lang != "en" or section in P.EN_SECTIONS]
            alternates = {lang: self.section_url(section, lang) for lang in langs}
            for lang in langs:
                self.render_section(section, lang, alternates, news)

    def render_section(self, section: str, lang: str, alternates: dict[str, str], news: list[dict[str, Any]]) -> None:
        name = self.section_name[section, lang]
        entries = list(self.listings.get((section, lang, "section"), []))
        sub = self.listings.get((section, lang, "sub"), [])
        archive = self.listings.get((section, lang, "archive"), [])
        sub_links: list[tuple[str, str]] = []
        issued = self.recent(1, 40)
        if section == self.js_section and lang in self.js_items:
            entries += sub  # the JS page carries only the JS-only link
            url = self.section_url(section, lang, "docs")
            self.add_page(lang, url, P.SUBSECTION_DOCS[lang][-1], self.js_main(lang), issued)
            sub_links.append((P.SUBSECTION_DOCS[lang][-1], url))
        elif sub:
            heading = self.rng.choice(P.SUBSECTION_DOCS[lang])
            url = self.section_url(section, lang, "docs")
            self.add_page(lang, url, heading, f"<h1>{esc(heading)}</h1>\n" + self.listing_html(sub), issued)
            sub_links.append((heading, url))
        if archive:
            url = self.section_url(section, lang, "archive")
            self.add_page(lang, url, P.ARCHIVE[lang], f"<h1>{esc(P.ARCHIVE[lang])}</h1>\n" + self.listing_html(archive),
                          issued)
            sub_links.append((P.ARCHIVE[lang], url))
        self.rng.shuffle(entries)
        parts = [f"<h1>{esc(name)}</h1>", f"<p>{esc(INTRO[lang])}</p>", *self.inline.get((section, lang), []),
                 self.listing_html(entries)]
        if sub_links:
            parts.append(self.listing_html([self.entry(text, url) for text, url in sub_links]))
        if section == "anticorruption":
            parts.append(self.teasers(news, lang, only_negative=True))
        self.add_page(lang, self.section_url(section, lang), name, "\n".join(p for p in parts if p), issued,
                      alternates=alternates)

    def render_home_and_fillers(self, news: list[dict[str, Any]]) -> None:
        rng = self.rng
        homes = {lang: self.page_url(lang, "") for lang in self.langs}
        extra_filler = rng.choice(("history", "admissions"))
        for lang in self.langs:
            site_name = self.chrome[lang].site_name
            quick = [(self.section_name[s, lang], self.section_url(s, lang)) for s in self.sections
                     if lang != "en" or s in P.EN_SECTIONS]
            fillers = ("contacts", extra_filler) if lang != "en" else ("contacts",)
            for key in fillers:
                url = self.page_url(lang, key)
                label = P.FILLER_PAGES[key][lang]
                self.add_page(lang, url, label, f"<h1>{esc(label)}</h1>\n<p>{esc(FILLER_TEXT[key][lang])}</p>",
                              self.recent(30, 400))
                if key != "contacts":
                    quick.append((label, url))
            own = [n for n in news if n["lang"] == lang]
            news_list = "".join(f'<li><a href="{esc(n["url"])}">{esc(n["title"])}</a></li>' for n in own)
            self.add_page(lang, self.page_url(lang, "news"), P.NEWS[lang],
                          f"<h1>{esc(P.NEWS[lang])}</h1>\n<ul>{news_list}</ul>", self.recent(1, 20))
            main = (f"<h1>{esc(site_name)}</h1>\n<p>{esc(WELCOME[lang])}</p>\n"
                    + self.listing_html([self.entry(t, u) for t, u in quick]) + "\n" + self.teasers(news, lang))
            self.add_page(lang, homes[lang], P.HOME[lang], main, self.recent(1, 10), alternates=homes)
        if self.f.style == "prefix" and not self.f.root_redirect:
            chooser = "".join(f'<p><a href="{esc(url)}">{esc(self.chrome[lang].lang_names[lang])}</a></p>'
                              for lang, url in homes.items())
            self.add_page("ru", "/", self.chrome["ru"].site_name, f"<h1>{esc(self.chrome['ru'].site_name)}</h1>\n{chooser}",
                          self.recent(100, 300), alternates=homes)

