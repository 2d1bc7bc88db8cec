"""SiteSpider: one generic spider for every institution site, parameterised by registry rows.

Per-institution variation is data (the registry row, the catalog's link scores) carried in request meta
under `adalscan_*` keys, never a subclass per site.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urldefrag, urlsplit

import scrapy
from documents.extract import extract_document
from scrapy.http import Response
from twisted.python.failure import Failure

from adalscan.models import CrawlStatus, Institution, SiteResult
from crawler.failures import classify_failure
from crawler.items import FetchedDocument
from detectors.catalog import Catalog, load_catalog

# Resources that can never evidence an artefact: not worth a request.
SKIP_EXTENSIONS = frozenset(
    ["png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "bmp", "tif", "tiff", "css", "js", "mjs", "woff", "woff2", "ttf", "eot", "otf", "mp3", "mp4", "avi", "mov", "wmv", "webm", "flv", "mkv", "zip", "rar", "7z", "gz", "tgz", "bz2", "exe", "msi", "dmg", "iso", "apk"])


def site_host(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


class SiteSpider(scrapy.Spider):
    name = "site"

    def __init__(self, institutions: list[Institution], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.institutions = {i.id: i for i in institutions}
        self.sites: dict[str, SiteResult] = {i.id: SiteResult(i.id) for i in institutions}
        self._hosts = {i.id: site_host(i.website) for i in institutions}
        self._started: dict[str, float] = {}
        self._home_ok: set[str] = set()
        self._budget_hit: set[str] = set()
        self._scheduled: dict[str, int] = {}
        self._catalog: Catalog | None = None

    # -- settings-derived state, read once the crawler is bound --------------------------------------
    @property
    def catalog(self) -> Catalog:
        if self._catalog is None:
            path = self.settings.get("ADALSCAN_CATALOG") or None
            self._catalog = load_catalog(path)
        return self._catalog

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for inst in self.institutions.values():
            self._started[inst.id] = time.monotonic()
            self._scheduled[inst.id] = 1
            yield scrapy.Request(inst.website, callback=self.parse, errback=self.on_error, priority=1000,
                                 meta={"adalscan_inst": inst.id, "adalscan_home": True}, dont_filter=True)

    # -- budget -------------------------------------------------------------------------------------
    def _within_budget(self, inst_id: str) -> bool:
        site = self.sites[inst_id]
        s = self.settings
        over = (self._scheduled.get(inst_id, 0) >= s.getint("ADALSCAN_MAX_PAGES_PER_SITE")
                or site.bytes_fetched >= s.getint("ADALSCAN_MAX_BYTES_PER_SITE")
                or time.monotonic() - self._started.get(inst_id, time.monotonic())
                >= s.getfloat("ADALSCAN_MAX_SECONDS_PER_SITE"))
        if over and inst_id not in self._budget_hit:
            self._budget_hit.add(inst_id)
            self.logger.info("site %s: budget exhausted after %d pages", inst_id, site.pages_fetched)
        return not over

    def in_scope(self, inst_id: str, url: str) -> bool:
        host = site_host(url)
        base = self._hosts[inst_id]
        return host == base or host.endswith("." + base)

    # -- callbacks ----------------------------------------------------------------------------------
    def parse(self, response: Response) -> Iterator[Any]:
        meta = response.meta
        inst_id: str = meta["adalscan_inst"]
        inst = self.institutions[inst_id]
        site = self.sites[inst_id]
        site.pages_fetched += 1
        site.bytes_fetched += len(response.body)
        if meta.get("adalscan_home"):
            self._home_ok.add(inst_id)
        headers = {k.decode("latin-1"): b", ".join(v).decode("latin-1")
                   for k, v in response.headers.items()}
        content_type = headers.get("Content-Type")
        declared = getattr(response, "encoding", None)
        doc = extract_document(response.body, response.url, content_type, headers=headers,
                               declared_encoding=declared,
                               truncated=bool(meta.get("adalscan_truncated")))
        anchor = meta.get("adalscan_anchor")
        if anchor:
            doc.anchor_texts.append(anchor)
        doc.referrer_title = meta.get("adalscan_referrer_title", "")
        if doc.needs_js and not meta.get("playwright") and self.settings.getbool("ADALSCAN_RENDER_JS", True):
            # An empty shell built by scripts: fetch it once more through Chromium and read what it renders.
            self.logger.info("site %s: rendering %s in Chromium", inst_id, response.url)
            yield response.request.replace(meta={**meta, "playwright": True, "adalscan_rendered": True},
                                           dont_filter=True)
            return
        site.documents += 1
        yield FetchedDocument(
            institution_id=inst_id, institution_type=inst.type, url=response.url, http_status=response.status,
            document=doc, content_sha256=hashlib.sha256(response.body).hexdigest(), size=len(response.body),
            fetched_at=datetime.now(UTC).isoformat(timespec="seconds"))
        yield from self.follow_links(inst_id, doc)

    def follow_links(self, inst_id: str, doc: Any) -> Iterator[scrapy.Request]:
        min_score = self.settings.getfloat("ADALSCAN_MIN_LINK_SCORE")
        for link in doc.links:
            url = urldefrag(link.url)[0]
            if not url.startswith(("http://", "https://")) or not self.in_scope(inst_id, url):
                continue
            ext = urlsplit(url).path.rsplit(".", 1)[-1].lower() if "." in urlsplit(url).path else ""
            if ext in SKIP_EXTENSIONS:
                continue
            score = self.catalog.link_score(url, link.text)
            if score < min_score or not self._within_budget(inst_id):
                continue
            self._scheduled[inst_id] = self._scheduled.get(inst_id, 0) + 1
            yield scrapy.Request(url, callback=self.parse, errback=self.on_error, priority=int(score * 100),
                                 meta={"adalscan_inst": inst_id, "adalscan_anchor": link.text[:300],
                                       "adalscan_referrer_title": doc.title[:300]})

    def on_error(self, failure: Failure) -> None:
        request = failure.request  # type: ignore[attr-defined]
        inst_id = request.meta.get("adalscan_inst")
        if inst_id is None:
            return
        site = self.sites[inst_id]
        site.errors += 1
        status, detail = classify_failure(failure)
        if request.meta.get("adalscan_home") and inst_id not in self._home_ok:
            site.crawl_status = status
            site.detail = detail
            self.logger.warning("site %s unreachable: %s (%s)", inst_id, status, detail)
        else:
            self.logger.info("site %s: %s on %s (%s)", inst_id, status, request.url, detail)

    def closed(self, reason: str) -> None:
        for inst_id, site in self.sites.items():
            if inst_id in self._home_ok:
                site.crawl_status = CrawlStatus.BUDGET_EXHAUSTED if inst_id in self._budget_hit else CrawlStatus.OK
                site.detail = site.detail if inst_id in self._budget_hit else ""
            elif site.crawl_status == CrawlStatus.NOT_CRAWLED and reason == "finished":
                site.crawl_status, site.detail = CrawlStatus.CONNECTION_ERROR, "home page never answered"
