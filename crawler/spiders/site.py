"""SiteSpider: one generic spider for every institution site, parameterised by registry rows.

Per-institution variation is data (the registry row, the catalog's link scores) carried in request meta
under `adalscan_*` keys, never a subclass per site. Callbacks never raise: whatever a page does to the
parser ends up as a note on the site, and the crawl goes on.

Focus: each site starts at its home page plus the sitemaps robots.txt names (or /sitemap.xml); every link
is scored with the catalog's own keywords (anchor text, URL slug), language versions and menu links get a
lift, and Scrapy's per-host priority queue fetches the best-scored first, until the site's page, byte or
time budget is spent. With ADALSCAN_FOCUS off the same spider crawls plain breadth-first (the baseline of
benchmarks/harvest.py).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.http import HtmlResponse, Response
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap
from twisted.python.failure import Failure

from adalscan.models import CrawlStatus, Document, Institution, SiteResult
from adalscan.notes import SEPARATOR, note
from crawler.failures import (
    NOTE_FOR_STATUS,
    AlreadyFetched,
    SiteBudgetExhausted,
    TrapUrlRefused,
    classify_failure,
    refused_by_site,
)
from crawler.incremental import decode_document
from crawler.items import FetchedDocument, document_extracted
from crawler.ledger import MAX_ANCHORS_PER_PAGE, Budgets, Ledger, SiteState
from crawler.pagework import PageWork, PageWorkCrashed
from crawler.urls import (
    DOCUMENT_EXTENSIONS,
    SKIP_EXTENSIONS,
    TrapCaps,
    family_key,
    file_extension,
    is_language_root,
    is_low_value_section,
    language_of,
    site_host,
    strip_session,
    text_words,
)
from detectors.catalog import load_catalog

HOME_PRIORITY = 100_000
# A sitemap is a discovery aid for deep content: read after the home page's artefact links and menu
# sections (which a small budget should buy first), before ordinary pages.
SITEMAP_PRIORITY = 580
RENDER_PRIORITY = 95_000
# How a link's score is built (0..1; the scheduler fetches higher first, per site). Under a budget the
# question is which page reveals the most artefacts not yet evidenced:
# - a section of a home page's menu is a hub: its page lists many artefacts at once, whatever its words;
#   news, galleries and contacts are menu sections too, but budget sinks, so they come later;
# - any other link scores what the catalog's keywords say of its anchor text and URL slug: a document
#   named like an artefact comes first (the detectors want the document itself, not just its anchor);
# - a language version's home leads to that version's menu, whose sections (and documents) often differ:
#   it comes right after the menu's own sections;
# - a news item or gallery page is capped low whatever its headline says.
HUB_SCORE = 0.75
LOW_VALUE_HUB_SCORE = 0.5
HUB_KEYWORD_WEIGHT = 0.25
LANGUAGE_ROOT_SCORE = 0.7
LOW_VALUE_PAGE_SCORE = 0.4
# Link learning: a link whose place in the page (tag path and class) already led to documents or artefacts
# on this site gets up to this much on top of its score, so "Подробнее" in the right block comes first.
LEARNED_GROUP_WEIGHT = 0.3
RESCORE_MARGIN = 0.1  # a link found again scoring this much higher is queued again at the better priority
NEVER = float("inf")


def max_rereads(max_pages: int) -> int:
    """Pages of a site read again for a better link text: five, or one in twenty of the page budget."""
    return max(5, max_pages // 20)


MIN_REREAD_TEXT_SCORE = 0.5  # a link text found after its page was read must name an artefact this well


def reread_meta(institution_id: str, url: str, text: str, text_score: float) -> dict[str, Any]:
    """Meta of a request that reads a page once more: it passes the duplicate check and budget that already
    counted the page (in a distributed crawl SharedBudgetMiddleware lets one worker's through)."""
    return {"adalscan_inst": institution_id, "adalscan_family": family_key(url), "adalscan_anchor": text[:300],
            "adalscan_text_score": text_score, "adalscan_reread": True, "adalscan_counted": True}
_MENU_XPATH = ("//nav//a/@href | //header//a/@href | //*[contains(@class, 'menu') or contains(@id, 'menu')"
               " or contains(@class, 'nav')]//a/@href")

log = logging.getLogger(__name__)


class SiteSpider(scrapy.Spider):
    shares_anchors = False  # link texts go to other crawl workers too (DistributedSiteSpider)

    name = "site"

    def __init__(self, institutions: Iterable[Institution], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.institutions = list(institutions)
        self.ledger = Ledger(self.institutions, Budgets(250, 100 << 20, 900.0, 1000), TrapCaps())
        self.refusals_to_stop = 10
        self._catalog: Any = None
        self._robots_sitemaps: dict[str, list[str]] = {}
        self._score_cache: dict[tuple[str, str, bool], float] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> SiteSpider:
        spider: SiteSpider = super().from_crawler(crawler, *args, **kwargs)
        spider._configure()
        crawler.signals.connect(spider.robots_parsed, signal=signals.robots_parsed)
        return spider

    def _configure(self) -> None:
        s = self.settings
        max_pages = s.getint("ADALSCAN_MAX_PAGES_PER_SITE")
        budgets = Budgets(max_pages=max_pages, max_bytes=s.getint("ADALSCAN_MAX_BYTES_PER_SITE"),
                          max_seconds=s.getfloat("ADALSCAN_MAX_SECONDS_PER_SITE"),
                          max_queued=max_pages * max(1, s.getint("ADALSCAN_QUEUE_FACTOR")))
        caps = TrapCaps(max_url_length=s.getint("URLLENGTH_LIMIT") or 2000,
                        max_query_variants=s.getint("ADALSCAN_MAX_QUERY_VARIANTS"),
                        max_urls_per_pattern=s.getint("ADALSCAN_MAX_URLS_PER_PATTERN"))
        self.ledger = Ledger(self.institutions, budgets, caps)
        self.focus = s.getbool("ADALSCAN_FOCUS", True)
        self.requeue = self.focus and s.getbool("ADALSCAN_REQUEUE_BETTER_LINKS", True)
        self.min_score = s.getfloat("ADALSCAN_MIN_LINK_SCORE")
        self.trap_exempt_score = s.getfloat("ADALSCAN_TRAP_EXEMPT_SCORE")
        self.refusals_to_stop = max(1, s.getint("ADALSCAN_REFUSALS_TO_STOP", 10))
        self.max_links_per_page = s.getint("ADALSCAN_MAX_LINKS_PER_PAGE")
        self.max_sitemaps = s.getint("ADALSCAN_MAX_SITEMAPS_PER_SITE")
        self.sitemap_min_score = s.getfloat("ADALSCAN_SITEMAP_MIN_SCORE")
        self.max_sitemap_urls = s.getint("ADALSCAN_SITEMAP_MAX_URLS")
        self.render_js = s.getbool("ADALSCAN_RENDER_JS", True)
        self.max_renders = s.getint("ADALSCAN_MAX_RENDERS_PER_SITE")
        self.max_rereads = max_rereads(s.getint("ADALSCAN_MAX_PAGES_PER_SITE"))
        self.render_settle_ms = s.getint("ADALSCAN_RENDER_SETTLE_MS")
        self.remembers_extraction = s.getbool("ADALSCAN_INCREMENTAL")  # the nightly cache keeps each reading
        self.page_work = PageWork.of(self.crawler)
        if self.focus:  # links are scored with the catalog: read and compiled now, before the first page waits
            _ = self.catalog.matcher

    @property
    def sites(self) -> dict[str, SiteResult]:
        """Each institution's SiteResult (what crawler.runner.run_crawl returns)."""
        return {inst_id: site.result for inst_id, site in self.ledger.sites.items()}

    @property
    def catalog(self) -> Any:
        if self._catalog is None:
            self._catalog = load_catalog(self.settings.get("ADALSCAN_CATALOG") or None)
        return self._catalog

    # -- start: home pages ----------------------------------------------------------------------------
    async def start(self) -> AsyncIterator[scrapy.Request]:
        for inst in self.institutions:
            site = self.ledger.sites[inst.id]
            site.queued += 1
            site.discovered += 1
            yield scrapy.Request(inst.website, callback=self.parse, errback=self.on_error, priority=HOME_PRIORITY,
                                 meta={"adalscan_inst": inst.id, "adalscan_home": True}, dont_filter=True)

    def robots_parsed(self, robotparser: Any, request: scrapy.Request) -> None:
        """Remember the sitemaps a site's robots.txt names (read when its home page arrives)."""
        inst_id = request.meta.get("adalscan_inst")
        sitemaps = list(getattr(getattr(robotparser, "rp", None), "sitemaps", []) or [])
        if inst_id and sitemaps:
            self._robots_sitemaps.setdefault(inst_id, []).extend(sitemaps[: self.max_sitemaps])

    # -- callbacks --------------------------------------------------------------------------------------
    async def parse(self, response: Response) -> AsyncIterator[Any]:
        site = self.ledger.get(response.meta.get("adalscan_inst"))
        if site is None:
            return
        try:
            async for output in self._parse_page(site, response):
                yield output
        except Exception as exc:  # a callback must never take the crawl down: the page becomes a note
            site.notes["malformed_document"] += 1
            site.result.errors += 1
            self.logger.warning("site %s: could not process %s (%s: %s)", site.institution.id, response.url,
                                type(exc).__name__, str(exc)[:200], exc_info=True)

    async def _parse_page(self, site: SiteState, response: Response) -> AsyncIterator[Any]:
        meta = response.meta
        result = site.result
        result.pages_fetched += not meta.get("adalscan_reread")  # a page read again is still one page
        result.bytes_fetched += len(response.body)
        self.crawler.stats.inc_value("adalscan/pages/fetched")
        self.crawler.stats.inc_value("adalscan/bytes/fetched", len(response.body))
        is_home = bool(meta.get("adalscan_home"))
        if is_home and not site.home_ok:
            site.home_ok = True
            site.scope_hosts.add(site_host(response.url))  # a home that moved to another host takes its scope along
            # The home request skips the duplicate filter (it must always go), so its own URLs are marked
            # seen here: a menu link back to "/" or to where "/" redirected is not fetched a second time.
            site.seen.update((strip_session(u), NEVER) for u in (response.url, site.institution.website))
        if meta.get("adalscan_kind") == "sitemap":
            for request in self._parse_sitemap(site, response):
                yield request
            return
        site.any_page_ok = True
        site.refusal_streak = 0
        rendered = bool(meta.get("playwright"))
        sha256 = hashlib.sha256(response.body).hexdigest()
        reread = bool(meta.get("adalscan_reread"))
        if reread:
            self.crawler.stats.inc_value("adalscan/pages/reread")
        if not is_home and not rendered and not reread and sha256 in site.content_hashes:
            site.notes["duplicate_content"] += 1
            self._trap_evidence(site, response, frozenset({sha256}), 0, duplicate=True)
            return
        doc = await self._extract(site, response, sha256)
        if rendered:
            site.notes["rendered_js"] += 1
            self.crawler.stats.inc_value("adalscan/render/pages")

        groups = (meta.get("adalscan_group", ""), meta.get("adalscan_parent_group", ""))
        item = FetchedDocument(
            institution_id=site.institution.id, institution_type=site.institution.type, url=response.url,
            http_status=response.status, document=doc, content_sha256=sha256,
            size=len(response.body), fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),
            link_groups=groups if any(groups) else ())
        if doc.kind != "html" and any(groups):
            site.learn(groups)  # a document: the links that led here are worth following first
        if (doc.needs_js and not rendered and self.render_js and site.renders < self.max_renders):
            # An empty shell built by scripts: fetch it once more through Chromium and read what it renders.
            # The raw shell rides along in meta, so a failed render still stores what was fetched.
            site.renders += 1
            self.logger.info("site %s: %s needs JavaScript, rendering it in Chromium", site.institution.id,
                             response.url)
            yield self._render_request(response, item)
            return
        # (Not before: single-page apps serve one shell for every route, and each route is rendered.)
        site.content_hashes.add(sha256)
        if reread:
            yield item  # the same document, read with more link texts: stored over the first reading
            return  # (and its links were followed the first time)
        yield self._emit(site, item)
        depth = int(meta.get("depth", 0))
        if is_home or site.in_scope(response.url):
            menu = self._menu_urls(response) if (is_home or meta.get("adalscan_lang_root")) else frozenset()
            family = meta.get("adalscan_family") or ""
            elsewhere = 0  # new links this page brought outside its own URL family
            places = self._learns_places(site, response)
            for request in self._follow(site, doc, depth, menu, places, meta.get("adalscan_group", "")):
                elsewhere += request.meta.get("adalscan_family") != family
                yield request
            if doc.kind == "html" and not is_home:
                self._trap_evidence(site, response, text_words(f"{doc.title} {doc.body}"), elsewhere)
        if is_home and self.focus:
            for request in self._sitemap_requests(site, response.url):
                yield request

    async def _extract(self, site: SiteState, response: Response, sha256: str) -> Document:
        meta = response.meta
        headers = {k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in response.headers.items()}
        cut = meta.get("adalscan_truncated")
        anchor_texts = self._anchors_of(site, response)
        referrer_title = meta.get("adalscan_referrer_title", "")
        # A page the nightly cache read before, with the very same bytes (its server answered 304): that
        # reading stands; only the texts of the pages linking to it are tonight's.
        memo = meta.get("adalscan_extracted")
        if memo is not None and memo[0] == sha256 and not cut \
                and (kept := decode_document(memo[1], response.url)) is not None:
            kept.anchor_texts, kept.referrer_title = anchor_texts, referrer_title
            self.crawler.stats.inc_value("adalscan/extract/reused")
            return kept
        try:
            doc = await self.page_work.extract(
                response.body, response.url, headers.get("Content-Type"), headers=headers,
                declared_encoding=getattr(response, "encoding", None), truncated=bool(cut),
                anchor_texts=anchor_texts, referrer_title=referrer_title)
        except PageWorkCrashed as exc:
            doc = Document(url=response.url, kind="binary", notes=[f"cannot parse: {exc}"])
        else:
            if self.remembers_extraction and not cut and response.request is not None:
                self.crawler.signals.send_catch_log(document_extracted, request=response.request, sha256=sha256,
                                                    document=doc)
        if cut:
            doc.truncated = True
            skipped = "adalscan_skipped_size" in meta
            site.notes["skipped_too_large" if skipped else "cut_at_size_cap"] += 1
            self.crawler.stats.inc_value("adalscan/documents/truncated")
            doc.notes.append(str(cut))
            self.logger.info("site %s: %s %s", site.institution.id, response.url, cut)
        if any("cannot parse" in note or "refused" in note for note in doc.notes):
            site.notes["malformed_document"] += 1
            self.crawler.stats.inc_value("adalscan/documents/malformed")
            self.logger.info("site %s: malformed %s document %s (%s)", site.institution.id, doc.kind,
                             response.url, "; ".join(doc.notes)[:200])
        return doc

    def _anchors_of(self, site: SiteState, response: Response) -> list[str]:
        """Every link text seen for this page before it was read (the queued link's first)."""
        urls = [strip_session(u) for u in (*response.meta.get("redirect_urls", ()), response.url)]
        texts: list[str] = []
        for text in (response.meta.get("adalscan_anchor") or "", *site.anchors_of(*urls)):
            text = " ".join(text.split())
            if text and text not in texts and len(texts) < MAX_ANCHORS_PER_PAGE:
                texts.append(text)
        # A link text seen from now on comes too late unless it scores better: see _reread.
        best = 2.0 if response.meta.get("adalscan_home") else max(map(self._text_score, texts), default=0.0)
        for url in urls:
            site.read[url] = max(best, site.read.get(url, 0.0))
        for text in self._shared_anchors(urls, best):
            if text not in texts and len(texts) < MAX_ANCHORS_PER_PAGE:
                texts.append(text)
        return texts

    def _text_score(self, text: str) -> float:
        """How well a link text alone names an artefact (Catalog.link_score without the URL; the catalog
        remembers each text's score)."""
        try:
            return float(self.catalog.link_score("", text))
        except Exception:  # a scorer problem costs only the reread
            return 0.0

    def _shared_anchors(self, urls: list[str], read_score: float) -> list[str]:
        """Link texts other crawl workers saw for these URLs, which are being read now with texts that
        score `read_score` (none in a single-process crawl)."""
        return []

    def _anchor_noted(self, site: SiteState, url: str, text: str) -> None:
        """A new link text for a page (a distributed worker shares it)."""

    def _share_anchors(self) -> None:
        """Called before a page's links are queued (a distributed worker sends the texts it noted)."""

    def _trap_evidence(self, site: SiteState, response: Response, words: frozenset[str], elsewhere: int, *,
                       duplicate: bool = False) -> None:
        """Feed one fetched page to the site's trap evidence; log the family when it turns out a trap."""
        family = response.meta.get("adalscan_family")
        if not family:
            return
        if site.traps.observe(family, words, elsewhere, duplicate=duplicate):
            self.crawler.stats.inc_value("adalscan/urls/trap_families")
            self.logger.info("site %s: URL family %s is endless or self-similar (its pages repeat the same words"
                             " and bring no new links): its other URLs are dropped", site.institution.id, family)

    def _emit(self, site: SiteState, item: FetchedDocument) -> FetchedDocument:
        site.result.documents += 1
        self.crawler.stats.inc_value("adalscan/documents")
        return item

    def _render_request(self, response: Response, raw: FetchedDocument) -> scrapy.Request:
        from scrapy_playwright.page import PageMethod

        self.crawler.stats.inc_value("adalscan/render/requests")
        methods = [PageMethod("wait_for_timeout", self.render_settle_ms)] if self.render_settle_ms else []
        meta = {k: v for k, v in response.meta.items() if k.startswith("adalscan_") or k == "depth"}
        meta.pop("adalscan_truncated", None)
        meta.pop("adalscan_received", None)
        meta.pop("adalscan_extracted", None)  # the shell's reading in the nightly cache, not the rendered page's
        return response.request.replace(  # type: ignore[union-attr]
            priority=RENDER_PRIORITY, dont_filter=True,
            meta={**meta, "playwright": True, "playwright_page_methods": methods, "adalscan_raw_item": raw})

    # -- links ------------------------------------------------------------------------------------------
    def _menu_urls(self, response: Response) -> frozenset[str]:
        """Links in the page's navigation menus (nav, header, *menu*): a site's map of its own sections."""
        if not isinstance(response, HtmlResponse) or not self.focus:
            return frozenset()
        try:
            hrefs = response.xpath(_MENU_XPATH).getall()
        except Exception:  # a page lxml cannot build a tree from simply has no menu
            return frozenset()
        return frozenset(strip_session(urljoin(response.url, h.strip())) for h in hrefs[:500])

    def _follow(self, site: SiteState, doc: Document, depth: int, menu: frozenset[str],
                places: bool = False, parent_group: str = "") -> Iterator[scrapy.Request]:
        requests = []
        for link in doc.links[: self.max_links_per_page]:
            request = self._request(site, link.url, link.text, depth=depth, referrer_title=doc.title,
                                    menu=link.url in menu, group=link.place if places else "",
                                    parent_group=parent_group)
            if request is not None:
                requests.append(request)
        self._share_anchors()  # before the links are queued: a worker that reads a page now sees the texts
        yield from requests

    def _learns_places(self, site: SiteState, response: Response) -> bool:
        """Are the links' places in the page (Link.place) worth weighing? Only where order may matter: a
        focused crawl of a site that has shown at least half as many pages as its budget buys (a small site is
        fetched whole whatever the order)."""
        return (self.focus and isinstance(response, HtmlResponse)
                and 2 * site.discovered >= self.ledger.budgets.max_pages)

    def score(self, url: str, text: str, *, menu: bool = False) -> float:
        """How much fetching a link is worth, 0..1: the catalog's keywords, menu position, language versions."""
        try:
            value = float(self.catalog.link_score(url, text))
        except Exception:  # a scorer problem must not stop the crawl: the link is simply not favoured
            value = 0.0
        if menu and file_extension(url) not in DOCUMENT_EXTENSIONS:
            hub = LOW_VALUE_HUB_SCORE if is_low_value_section(url, text) else HUB_SCORE
            value = hub + HUB_KEYWORD_WEIGHT * value
        if not menu and is_low_value_section(url):
            value = min(value, LOW_VALUE_PAGE_SCORE)
        if is_language_root(url) and language_of(url, text):
            value = max(value, LANGUAGE_ROOT_SCORE) if not menu else min(value, LANGUAGE_ROOT_SCORE + 0.05)
        return min(1.0, max(0.0, value))

    def _scored(self, url: str, text: str, menu: bool) -> float:
        """score(), remembered: menus repeat the same links on every page of a site. (Bounded: a thousand
        sites' links would otherwise fill the memory of a nightly run.)"""
        key = (url, text, menu)
        value = self._score_cache.get(key)
        if value is None:
            if len(self._score_cache) > 50_000:
                self._score_cache.clear()
            value = self._score_cache[key] = self.score(url, text, menu=menu)
        return value

    def _request(self, site: SiteState, raw_url: str, text: str, *, depth: int, referrer_title: str = "",
                 menu: bool = False, sitemap_score: float | None = None, group: str = "",
                 parent_group: str = "") -> scrapy.Request | None:
        if not raw_url.startswith(("http://", "https://")):
            return None
        url = strip_session(raw_url)
        if not site.in_scope(url) or file_extension(url) in SKIP_EXTENSIONS:
            return None
        new_text = bool(text) and site.note_anchor(url, text)
        if new_text:
            self._anchor_noted(site, url, text)
        queued_score = site.seen.get(url)
        if queued_score is not None and (not self.requeue or url in site.downloaded):
            if new_text and url in site.read:
                return self._reread(site, url, text, depth=depth)
            return None
        if self.focus:
            score = self._scored(url, text, menu) if sitemap_score is None else sitemap_score
            if group and site.group_hits:
                hits = site.group_hits.get(group, 0.0)
                if hits:
                    score = min(1.0, score + LEARNED_GROUP_WEIGHT * min(1.0, hits / 2))
            if queued_score is not None and score < queued_score + RESCORE_MARGIN:
                return None
            if score < self.min_score:
                return None
            priority = int(score * 1000) - depth
        else:
            score, priority = 0.0, 0
        requeued = queued_score is not None
        family = family_key(url)
        if site.traps.trapped(family):
            site.seen[url] = NEVER
            site.notes["trap_self_similar"] += 1
            self.crawler.stats.inc_value("adalscan/urls/dropped/self_similar")
            return None
        if not requeued:
            if site.queued >= self.ledger.budgets.max_queued:
                site.notes["queue_full"] += 1
                site.seen[url] = NEVER  # counted once as discovered and left unfetched
                site.discovered += 1
                site.unfetched["budget"] += 1
                return None
            reason = site.urls.refusal(url, exempt=self.focus and score >= self.trap_exempt_score)
            if reason:
                site.seen[url] = NEVER
                site.notes[f"trap_{reason}"] += 1
                self.crawler.stats.inc_value(f"adalscan/urls/dropped/{reason}")
                return None
        # A link seen before with a lower score (say in a page's text, and now in a language version's
        # menu) is queued again at its better priority; the downloader fetches whichever copy comes first
        # and drops the other (SiteBudgetMiddleware), so the page is never fetched twice.
        site.seen[url] = score
        site.queued += 1
        site.discovered += not requeued
        meta: dict[str, Any] = {"adalscan_inst": site.institution.id, "adalscan_family": family}
        if text:
            meta["adalscan_anchor"] = text[:300]
            if self.shares_anchors:
                meta["adalscan_text_score"] = self._text_score(text)  # may_reread weighs it in Redis
        if group:
            meta["adalscan_group"] = group
        if parent_group:
            meta["adalscan_parent_group"] = parent_group
        if referrer_title:
            meta["adalscan_referrer_title"] = referrer_title[:300]
        if self.focus and language_of(url, text) and is_language_root(url):
            meta["adalscan_lang_root"] = True
        return scrapy.Request(url, callback=self.parse, errback=self.on_error, priority=priority, meta=meta,
                              dont_filter=requeued)

    def _reread(self, site: SiteState, url: str, text: str, *, depth: int) -> scrapy.Request | None:
        """A page already read, now linked with a text that names an artefact better than the texts it was
        read with ("Подать заявление на перевод" after "Ауысу және қайта қабылдану"): read it once more with
        every text known, so the verdict does not depend on which page the crawl happened to read first.
        The HTTP cache of a nightly run answers the second request; at most `max_rereads` a site."""
        score = self._text_score(text)
        if score < MIN_REREAD_TEXT_SCORE or score <= site.read[url] or site.rereads >= self.max_rereads:
            return None
        site.rereads += 1
        site.read[url] = score
        return scrapy.Request(url, callback=self.parse, errback=self.on_error, dont_filter=True,
                              priority=int(score * 1000) - depth,
                              meta=reread_meta(site.institution.id, url, text, score))

    # -- sitemaps ---------------------------------------------------------------------------------------
    def _sitemap_requests(self, site: SiteState, home_url: str) -> Iterator[scrapy.Request]:
        listed = [u for u in self._robots_sitemaps.get(site.institution.id, []) if site.in_scope(u)]
        parts = urlsplit(home_url)
        urls = listed or [f"{parts.scheme}://{parts.netloc}/sitemap.xml"]
        for url in urls:
            if site.sitemaps_requested >= self.max_sitemaps:
                return
            site.sitemaps_requested += 1
            yield scrapy.Request(url, callback=self.parse, errback=self.on_error, priority=SITEMAP_PRIORITY,
                                 meta={"adalscan_inst": site.institution.id, "adalscan_kind": "sitemap"})

    def _parse_sitemap(self, site: SiteState, response: Response) -> Iterator[scrapy.Request]:
        body = response.body
        if body[:2] == b"\x1f\x8b":
            body = gunzip(body, max_size=self.settings.getint("DOWNLOAD_MAXSIZE"))
        if b"<" not in body[:2048]:
            return
        sitemap = Sitemap(body)
        if sitemap.type == "sitemapindex":
            for entry in sitemap:
                loc = entry.get("loc", "")
                if site.sitemaps_requested >= self.max_sitemaps:
                    break
                if loc.startswith(("http://", "https://")) and site.in_scope(loc):
                    site.sitemaps_requested += 1
                    yield scrapy.Request(loc, callback=self.parse, errback=self.on_error, priority=SITEMAP_PRIORITY,
                                         meta={"adalscan_inst": site.institution.id, "adalscan_kind": "sitemap"})
            return
        scored: list[tuple[float, str]] = []
        for n, entry in enumerate(sitemap):
            if n >= self.max_sitemap_urls:  # each entry is scored on the reactor thread: keep it bounded
                break
            loc = entry.get("loc", "")
            if loc.startswith(("http://", "https://")) and site.in_scope(loc):
                value = self.score(loc, "")
                if value >= self.sitemap_min_score:
                    scored.append((value, loc))
        scored.sort(reverse=True)
        for value, loc in scored[: self.ledger.budgets.max_pages]:
            request = self._request(site, loc, "", depth=1, sitemap_score=value)
            if request is not None:
                yield request

    # -- failures and the end ---------------------------------------------------------------------------
    def on_error(self, failure: Failure) -> Iterator[Any]:
        request: scrapy.Request = failure.request  # type: ignore[attr-defined]
        site = self.ledger.get(request.meta.get("adalscan_inst"))
        if site is None or isinstance(failure.value, (SiteBudgetExhausted, TrapUrlRefused, AlreadyFetched)):
            return
        status, detail = classify_failure(failure)
        self.crawler.stats.inc_value(f"adalscan/errors/{status}")
        raw = request.meta.get("adalscan_raw_item")
        if raw is not None:
            # Chromium could not render the page: keep the shell as fetched, with a note.
            raw.document.notes.append(f"JavaScript rendering failed: {detail}")
            site.content_hashes.add(raw.content_sha256)
            self.logger.info("site %s: rendering %s failed (%s)", site.institution.id, request.url, detail)
            yield self._emit(site, raw)
            return
        if request.meta.get("adalscan_kind") == "sitemap":
            self.logger.debug("site %s: no sitemap at %s (%s)", site.institution.id, request.url, detail)
            return
        site.result.errors += 1
        if not request.meta.get("adalscan_home"):
            if status == CrawlStatus.ROBOTS_DISALLOWED:
                site.unfetched["robots"] += 1
            elif refused_by_site(failure.value):
                site.unfetched["site"] += 1
                site.refusal_streak += 1
                if site.refusal_streak >= self.refusals_to_stop and not site.stopped_by_site:
                    site.stopped_by_site = True
                    self.logger.warning("site %s: refused %d pages in a row after serving %d: the rest of its pages"
                                        " are left unfetched (cut by the site)", site.institution.id,
                                        site.refusal_streak, site.result.pages_fetched)
        if request.meta.get("adalscan_home") and not site.home_ok:
            site.home_failure = (status, detail)
            self.logger.warning("site %s: home page %s failed: %s (%s)", site.institution.id, request.url,
                                status, detail)
        else:
            site.notes[NOTE_FOR_STATUS.get(status, "connection_error")] += 1
            self.logger.info("site %s: %s on %s (%s)", site.institution.id, status, request.url, detail)

    def closed(self, reason: str) -> None:
        stats = self.crawler.stats
        for inst_id, site in self.ledger.sites.items():
            result = site.result
            details: list[str] = []
            if site.home_ok or site.any_page_ok:
                result.crawl_status = CrawlStatus.BUDGET_EXHAUSTED if site.budget_hit else CrawlStatus.OK
                result.pages_discovered, result.pages_unfetched, result.cut_reason = site.coverage()
                coverage = site.coverage_text()
                if coverage:
                    details.append(coverage)
                if site.budget_hit:
                    details.append(note(f"crawl_budget_{site.budget_hit}", fetched=result.pages_fetched))
                if site.home_failure:
                    details.append(note("crawl_home_failed", status=site.home_failure[0], error=site.home_failure[1]))
            elif site.home_failure:
                result.crawl_status = site.home_failure[0]
                details.append(note("crawl_home_error", error=site.home_failure[1]))
            elif reason == "finished":
                result.crawl_status = CrawlStatus.CONNECTION_ERROR
                details.append(note("crawl_home_silent"))
            notes = site.notes_text()
            if notes:
                details.append(notes)
            result.detail = SEPARATOR.join(details)[:1000]
            stats.inc_value(f"adalscan/sites/{result.crawl_status}")
            if not CrawlStatus(result.crawl_status).crawled:
                stats.inc_value("adalscan/sites/unreachable")
            if result.crawl_status == CrawlStatus.OK:
                self.logger.info("site %s: ok, %d pages, %d documents%s", inst_id, result.pages_fetched,
                                 result.documents, f" ({result.detail})" if result.detail else "")
            else:
                self.logger.warning("site %s: %s, %d pages (%s)", inst_id, result.crawl_status,
                                    result.pages_fetched, result.detail)
