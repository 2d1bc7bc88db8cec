"""Downloader middlewares: the address guard, per-site budgets, size caps and Retry-After.

Order in DOWNLOADER_MIDDLEWARES (lower runs first on the way out):
  30 SiteBudgetMiddleware   drop requests of a site that used up its budget (before anything else)
  40 PrivateAddressGuard    refuse private targets before robots.txt or anything touches the network
 550 RetryAfterMiddleware   Scrapy's RetryMiddleware, plus waiting out Retry-After on 429/503
 (signals) SizeCapMiddleware cut bodies at ADALSCAN_MAX_DOCUMENT_BYTES while they stream in
 960 BrowserPagePool        lend Chromium tabs to render requests, one after another, instead of a new tab each
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import CannotResolveHostError, StopDownload
from scrapy.http import Response
from scrapy.utils.httpobj import urlparse_cached

from adalscan.netpolicy import parse_retry_after
from crawler.failures import AlreadyFetched, SiteBudgetExhausted, TrapUrlRefused
from crawler.guard import (
    RESERVED_SUFFIXES,
    AddressPolicy,
    RefusedPrivateAddress,
    is_forbidden_address,
    resolver_refusal,
)
from crawler.ledger import Ledger, SiteState

__all__ = ["BrowserPagePool", "PrivateAddressGuard", "RefusedPrivateAddress", "RetryAfterMiddleware", "SiteBudgetMiddleware",
           "SizeCapMiddleware", "is_forbidden_address", "parse_retry_after"]

log = logging.getLogger(__name__)


def _site(crawler: Crawler, request: Request) -> SiteState | None:
    ledger: Ledger | None = getattr(crawler.spider, "ledger", None)
    return ledger.get(request.meta.get("adalscan_inst")) if ledger is not None else None


class PrivateAddressGuard:
    """Refuses requests to private targets (Scrapy's OffsiteMiddleware shape, for addresses).

    Names are judged by GuardedResolver at connection time; this middleware covers what never reaches
    that resolver: IP literals (also after each redirect step), the test overrides, and pages Chromium
    will fetch (Chromium resolves names itself, so those are resolved and judged here first).
    """

    def __init__(self, policy: AddressPolicy, crawler: Crawler | None = None) -> None:
        self.policy = policy
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PrivateAddressGuard:
        return cls(AddressPolicy.from_settings(crawler.settings), crawler)

    async def process_request(self, request: Request) -> None:
        host = urlparse_cached(request).hostname or ""
        reason = self.policy.refusal_without_dns(host)
        if reason is None and request.meta.get("playwright") and self.policy.needs_dns_check(host):
            await self.policy.check_host(host)  # raises RefusedPrivateAddress
        if reason:
            self._count()
            raise RefusedPrivateAddress(f"refused_private: {reason}")

    def process_response(self, request: Request, response: Response) -> Response:
        peer = getattr(response, "ip_address", None)
        host = urlparse_cached(request).hostname or ""
        if peer is not None and self.policy.peer_is_forbidden(host, str(peer)):
            self._count()
            raise RefusedPrivateAddress(f"refused_private: {request.url} was served from {peer}")
        return response

    def _count(self) -> None:
        if self.crawler is not None and self.crawler.stats is not None:
            self.crawler.stats.inc_value("adalscan/requests/refused_private")


class SiteBudgetMiddleware:
    """Counts each site's requests against its page budget and drops those past any budget.

    The page budget is spent when a request reaches the downloader, not when a link is found, so the
    scheduler's priority order (best-scored links first) decides which pages the budget buys.
    Redirect and retry steps of a counted request are not counted again, but still honour the time budget.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.max_url_length = crawler.settings.getint("URLLENGTH_LIMIT") or 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SiteBudgetMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        site = _site(self.crawler, request)
        if site is None:
            return None
        ledger: Ledger = self.crawler.spider.ledger  # type: ignore[union-attr]
        ledger.start_clock(site)
        if self.max_url_length and len(request.url) > self.max_url_length:
            site.notes["trap_url_too_long"] += 1
            raise TrapUrlRefused(f"URL longer than {self.max_url_length} characters")
        counted = request.meta.get("adalscan_counted")
        home = request.meta.get("adalscan_home")
        family = request.meta.get("adalscan_family")
        if family and not counted and not home and site.traps.trapped(family):
            site.notes["trap_self_similar"] += 1  # queued before its family showed itself a trap
            raise TrapUrlRefused("endless or self-similar URL family")
        if not counted and not home and request.url in site.downloaded:
            raise AlreadyFetched(request.url)  # the other queued copy of a re-prioritised link got there first
        if site.stopped_by_site and not home:
            site.unfetched["site"] += 1
            raise SiteBudgetExhausted("the site keeps refusing the crawler")
        exhausted = ledger.budgets.exhausted(site)
        if counted:
            # A redirect's target is fetched now: a queued link straight to it must not fetch it again
            # (the cache cannot stop that copy while this response is still on its way to being stored).
            site.downloaded.add(request.url)
            if exhausted != "time":
                return None
        if exhausted and not home:
            if not site.budget_hit:
                site.budget_hit = exhausted
                log.info("site %s: %s budget exhausted after %d requests, %d bytes, %.0f s", site.institution.id,
                         exhausted, site.pages_downloading, site.result.bytes_fetched, site.elapsed())
            self.crawler.stats.inc_value(f"adalscan/requests/dropped_budget_{exhausted}")
            if request.meta.get("adalscan_kind") != "sitemap":
                site.unfetched["time" if exhausted == "time" else "budget"] += 1
            raise SiteBudgetExhausted(f"{exhausted} budget exhausted")
        if not counted:
            site.downloaded.add(request.url)
            request.meta["adalscan_counted"] = True
            site.pages_downloading += 1
        return None


class SizeCapMiddleware:
    """Cuts a response at ADALSCAN_MAX_DOCUMENT_BYTES while it streams in, keeping what arrived.

    Scrapy's DOWNLOAD_MAXSIZE drops a too-big response whole; this softer cap stops the download and hands
    the first bytes to the spider, flagged `adalscan_truncated`, so a huge HTML page still yields its text
    with a note. A binary document declared bigger than the cap is not downloaded at all (a cut PDF or
    DOCX cannot be read), and becomes a note. DOWNLOAD_MAXSIZE stays the hard limit, also on decompressed
    size (HttpCompressionMiddleware), which is what stops gzip bombs.
    """

    def __init__(self, crawler: Crawler, max_bytes: int) -> None:
        self.crawler = crawler
        self.max_bytes = max_bytes
        crawler.signals.connect(self.headers_received, signal=signals.headers_received)
        crawler.signals.connect(self.bytes_received, signal=signals.bytes_received)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SizeCapMiddleware:
        return cls(crawler, crawler.settings.getint("ADALSCAN_MAX_DOCUMENT_BYTES"))

    def _cap(self, request: Request) -> int:
        return int(request.meta.get("adalscan_max_bytes", self.max_bytes) or 0)

    def headers_received(self, headers: Any, body_length: int, request: Request, spider: Any = None) -> None:
        cap = self._cap(request)
        if not cap or not isinstance(body_length, int) or body_length <= cap:
            return  # (Twisted says UNKNOWN_LENGTH for chunked bodies: those are cut while streaming)
        content_type = (headers.get(b"Content-Type") or b"").decode("latin-1").lower()
        if not content_type.startswith(("text/", "application/xhtml", "application/xml")):
            request.meta["adalscan_truncated"] = (
                f"not downloaded: declared size {body_length} bytes is above the {cap}-byte document cap")
            request.meta["adalscan_skipped_size"] = body_length
            raise StopDownload(fail=False)

    def bytes_received(self, data: bytes, request: Request, spider: Any = None) -> None:
        cap = self._cap(request)
        if not cap:
            return
        received = request.meta.get("adalscan_received", 0) + len(data)
        request.meta["adalscan_received"] = received
        if received > cap:
            request.meta["adalscan_truncated"] = f"cut at the {cap}-byte document cap"
            raise StopDownload(fail=False)


class RetryAfterMiddleware(RetryMiddleware):
    """RetryMiddleware that waits out Retry-After on 429 and 503 before retrying, without blocking the reactor.

    The wait (capped by ADALSCAN_RETRY_AFTER_MAX) is an asyncio sleep inside process_response, so other
    sites keep downloading. A server asking for more than the cap is not retried at all: the page is
    given up politely and recorded as an HTTP error.
    """

    RETRY_AFTER_CODES = frozenset({429, 503})
    # A site that served pages and then answers these has started refusing the crawler (a firewall's rate
    # rule): it is slowed down (its download slot's delay doubles) and the page is retried after a wait.
    REFUSAL_CODES = frozenset({403, 429})

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.max_wait = settings.getfloat("ADALSCAN_RETRY_AFTER_MAX")
        self.default_wait = settings.getfloat("ADALSCAN_RETRY_AFTER_DEFAULT")
        self.max_delay = settings.getfloat("ADALSCAN_REFUSAL_MAX_DELAY")
        self.base_delay = settings.getfloat("DOWNLOAD_DELAY")

    def _slot(self, request: Request) -> Any:
        downloader = getattr(getattr(self.crawler, "engine", None), "downloader", None)
        return None if downloader is None else downloader.slots.get(downloader.get_slot_key(request))

    def _recover(self, request: Request) -> None:
        slot = self._slot(request)
        if slot is not None and slot.delay > self.base_delay:
            slot.delay = max(self.base_delay, slot.delay / 2)

    def _slow_down(self, request: Request, site: SiteState) -> float:
        """Double the site's download delay (at least 1 s, at most ADALSCAN_REFUSAL_MAX_DELAY); the new delay."""
        site.notes["refused_by_site"] += 1
        self.crawler.stats.inc_value("adalscan/refusals")
        slot = self._slot(request)
        if slot is None:
            return 0.0
        slot.delay = min(self.max_delay, max(1.0, slot.delay * 2))
        return float(slot.delay)

    def process_exception(self, request: Request, exception: Exception,
                          spider: Any = None) -> Request | Response | None:
        # A name the guard refused, or one that can never resolve, fails the same way every time.
        host = urlparse_cached(request).hostname or ""
        if isinstance(exception, CannotResolveHostError) and (
                resolver_refusal(host) or host.endswith(RESERVED_SUFFIXES)):
            return None
        return super().process_exception(request, exception)

    async def process_response(self, request: Request, response: Response,  # type: ignore[override]
                               spider: Any = None) -> Request | Response:
        if request.meta.get("dont_retry", False):
            return response
        site = _site(self.crawler, request)
        if response.status < 400 and site is not None and site.notes.get("refused_by_site"):
            self._recover(request)  # a page served again: ease the slow-down (a few 403 pages are no firewall)
            return response
        refusing = (response.status in self.REFUSAL_CODES and site is not None and site.any_page_ok
                    and not request.meta.get("adalscan_home"))
        if refusing and site is not None:
            delay = self._slow_down(request, site)
            log.info("site %s: HTTP %d on %s after %d pages: slowing down to one request per %.1f s",
                     site.institution.id, response.status, request.url, site.result.pages_fetched, delay)
        elif response.status not in self.retry_http_codes:
            return response
        wait = 0.0
        if response.status in self.RETRY_AFTER_CODES:
            asked = parse_retry_after(response.headers.get(b"Retry-After"))
            wait = self.default_wait if asked is None else asked
            if wait > self.max_wait:
                log.info("not retrying %s: Retry-After %.0f s is above the %.0f s cap", request.url, wait,
                         self.max_wait)
                return response
        asked_wait = wait > 0
        if refusing and wait <= 0:
            wait = self.default_wait
        retry = self._retry(request, f"HTTP {response.status}")
        if retry is None:
            return response
        if asked_wait:
            if site is not None:
                site.notes["retry_after"] += 1
            log.info("site %s: HTTP %d on %s, honouring Retry-After: waiting %.1f s",
                     request.meta.get("adalscan_inst", "?"), response.status, request.url, wait)
            self.crawler.stats.inc_value("adalscan/retry_after/waits")
        if wait > 0:
            await asyncio.sleep(wait)
        return retry


class BrowserPagePool:
    """Render requests borrow an open Chromium tab instead of opening a new one each.

    scrapy-playwright opens a tab per request and closes it after; on a small machine Chromium spends
    about 0.7 s of CPU setting up each new tab and about a quarter of that navigating an open one
    (measured on the simulated web's JS pages). So a render request borrows an idle tab
    (`playwright_page`, with `playwright_include_page` so the handler leaves it open) and gives it back
    when its response arrives, after leaving the page for about:blank (no script of a crawled page runs
    in an idle tab). A tab whose request failed is closed, not lent again: its state is unknown. At most PLAYWRIGHT_MAX_PAGES_PER_CONTEXT render requests are in the handler at once, so a
    request never waits inside it for a tab slot that only idle tabs here hold.
    """

    def __init__(self, crawler: Crawler, size: int) -> None:
        self.crawler = crawler
        self.idle: list[Any] = []
        self.slots = asyncio.Semaphore(max(1, size))
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BrowserPagePool:
        return cls(crawler, crawler.settings.getint("PLAYWRIGHT_MAX_PAGES_PER_CONTEXT", 4))

    async def process_request(self, request: Request) -> None:
        if not request.meta.get("playwright") or request.meta.get("adalscan_tab_lent"):
            return
        await self.slots.acquire()
        request.meta["adalscan_tab_lent"] = True
        request.meta["playwright_include_page"] = True
        while self.idle:
            page = self.idle.pop()
            if not page.is_closed():
                request.meta["playwright_page"] = page
                self.crawler.stats.inc_value("adalscan/render/tabs_reused")
                break

    async def _give_back(self, request: Request, reuse: bool) -> None:
        if not request.meta.pop("adalscan_tab_lent", False):
            return
        page = request.meta.pop("playwright_page", None)
        request.meta.pop("playwright_include_page", None)
        try:
            if page is not None and not page.is_closed():
                # An idle tab shows a blank page, not the last site's: its scripts must not run on meanwhile.
                if reuse and await self._blank(page):
                    self.idle.append(page)
                else:
                    await self._close(page)
        finally:
            self.slots.release()  # only now: a tab in the pool holds one of scrapy-playwright's page slots

    @staticmethod
    async def _blank(page: Any) -> bool:
        try:
            await page.goto("about:blank", timeout=5000)
        except Exception:  # a tab that cannot leave its page is closed instead
            log.debug("could not blank a Chromium tab", exc_info=True)
            return False
        return True

    @staticmethod
    async def _close(page: Any) -> None:
        try:
            await page.close()
        except Exception:  # a tab that cannot even be closed goes with the browser at the end
            log.debug("could not close a Chromium tab", exc_info=True)

    async def process_response(self, request: Request, response: Response) -> Response:
        await self._give_back(request, reuse=True)
        return response

    async def process_exception(self, request: Request, exception: Exception) -> None:
        await self._give_back(request, reuse=False)

    async def spider_closed(self) -> None:
        pages, self.idle = self.idle, []
        for page in pages:
            await self._close(page)
