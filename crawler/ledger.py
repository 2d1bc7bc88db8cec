"""Per-site bookkeeping shared by the spider and the downloader middlewares: budgets, scope, notes.

One `SiteState` per institution. The spider owns the ledger; middlewares reach it through
`crawler.spider.ledger`, keyed by the `adalscan_inst` meta every site request carries.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field

from adalscan.models import CrawlStatus, Institution, SiteResult
from adalscan.notes import CRAWL_COUNTERS, SEPARATOR, crawl_counter, partial_crawl
from crawler.urls import TrapCaps, TrapEvidence, UrlPolicy, site_host

MAX_ANCHORS_PER_PAGE = 6  # distinct link texts kept for one page
MAX_ANCHOR_CHARS = 300


@dataclass(slots=True)
class SiteState:
    """Everything the crawl knows about one institution's site while it runs."""

    institution: Institution
    result: SiteResult
    scope_hosts: set[str]
    urls: UrlPolicy
    started: float | None = None  # monotonic time of the first request that reached the downloader
    pages_downloading: int = 0  # requests let through to the downloader (the page budget counts these)
    queued: int = 0  # requests handed to the scheduler
    home_ok: bool = False
    any_page_ok: bool = False
    budget_hit: str = ""  # which budget stopped the site ("pages", "bytes", "time"), "" when none
    home_failure: tuple[CrawlStatus, str] | None = None
    sitemaps_requested: int = 0
    renders: int = 0
    content_hashes: set[str] = field(default_factory=set)
    seen: dict[str, float] = field(default_factory=dict)  # URL (session-stripped) -> best score it was queued at
    downloaded: set[str] = field(default_factory=set)  # URLs let through to the downloader (each at most once)
    notes: Counter[str] = field(default_factory=Counter)
    traps: TrapEvidence = field(default_factory=TrapEvidence)
    refusal_streak: int = 0  # pages given up on a refusal (after retries) since the last page fetched
    stopped_by_site: bool = False  # the site kept refusing: the rest of its queue is dropped as cut by the site
    # Link learning: "tag path.class" of links -> how often following them led to a document or an artefact.
    group_hits: Counter[str] = field(default_factory=Counter)
    discovered: int = 0  # distinct pages of the site found (queued, or left out by the queue cap)
    unfetched: Counter[str] = field(default_factory=Counter)  # pages left unfetched, by cut reason (adalscan.notes.CUT_REASONS)
    # Link texts that point at each page: all of them reach the detector with the page, so its verdict does
    # not depend on which linking page the crawl happened to read first (see SiteSpider._reread).
    anchors: dict[str, list[str]] = field(default_factory=dict)
    # Pages read -> the best score (Catalog.link_score) of the link texts they were read with.
    read: dict[str, float] = field(default_factory=dict)
    rereads: int = 0  # pages read again for a better link text found later
    # in_scope's answer per URL authority ('host:port'), valid while scope_hosts keeps its size (it only grows)
    scope_answers: dict[str, bool] = field(default_factory=dict)
    scope_answers_for: int = 0

    def note_anchor(self, url: str, text: str) -> bool:
        """Remember a link text for a page; True when it is new."""
        text = " ".join(text.split())[:MAX_ANCHOR_CHARS]
        if len(text) < 3:
            return False
        known = self.anchors.setdefault(url, [])
        if text in known or len(known) >= MAX_ANCHORS_PER_PAGE:
            return False
        known.append(text)
        return True

    def anchors_of(self, *urls: str) -> list[str]:
        """The link texts gathered for a page (under any of its URLs)."""
        out: list[str] = []
        for url in urls:
            for text in self.anchors.get(url, ()):
                if text not in out:
                    out.append(text)
        return out

    def in_scope(self, url: str) -> bool:
        parts = url.split("/", 3)  # 'https:', '', 'host:port', rest: a page's links mostly share a few hosts
        authority = parts[2] if len(parts) > 2 and not parts[1] else None
        if len(self.scope_hosts) != self.scope_answers_for:
            self.scope_answers.clear()
            self.scope_answers_for = len(self.scope_hosts)
        answer = self.scope_answers.get(authority) if authority is not None else None
        if answer is None:
            host = site_host(url)
            answer = any(host == h or host.endswith("." + h) for h in self.scope_hosts)
            if authority is not None and len(self.scope_answers) < 1000:
                self.scope_answers[authority] = answer
        return answer

    def elapsed(self) -> float:
        return 0.0 if self.started is None else time.monotonic() - self.started

    def learn(self, groups: tuple[str, ...]) -> None:
        """The link that led here (full credit) and the one before it (half) led to a document/artefact."""
        for weight, group in zip((1.0, 0.5), groups, strict=False):
            if group and len(self.group_hits) < 2000:
                self.group_hits[group] += weight  # type: ignore[assignment]

    def coverage(self) -> tuple[int, int, str]:
        """(pages discovered, pages left unfetched, cut reason codes joined by '+', most pages first)."""
        unfetched = sum(self.unfetched.values())
        reasons = "+".join(r for r, n in sorted(self.unfetched.items(), key=lambda kv: -kv[1]) if n)
        return max(self.discovered, self.result.pages_fetched + unfetched), unfetched, reasons

    def coverage_text(self) -> str:
        """'partial crawl: 180 of 230 discovered pages fetched, 50 left unfetched (page/byte budget 40, ...)'."""
        discovered, unfetched, _ = self.coverage()
        if not unfetched:
            return ""
        return partial_crawl(self.result.pages_fetched, discovered, unfetched, self.unfetched)

    def notes_text(self) -> str:
        """The site's counters that are not zero, in words ("3 request(s) timed out; ...")."""
        return SEPARATOR.join(crawl_counter(key, self.notes[key]) for key in CRAWL_COUNTERS if self.notes.get(key))


@dataclass(slots=True)
class Budgets:
    """Per-site budgets (all settings): pages fetched, bytes fetched, seconds since the first request."""

    max_pages: int
    max_bytes: int
    max_seconds: float
    max_queued: int

    def exhausted(self, site: SiteState) -> str:
        """The name of the budget the site has used up, or ''."""
        if site.pages_downloading >= self.max_pages:
            return "pages"
        if site.result.bytes_fetched >= self.max_bytes:
            return "bytes"
        if site.started is not None and site.elapsed() >= self.max_seconds:
            return "time"
        return ""


class Ledger:
    """All sites of the crawl, by institution id."""

    def __init__(self, institutions: list[Institution], budgets: Budgets, caps: TrapCaps) -> None:
        self.budgets = budgets
        self.sites: dict[str, SiteState] = {
            inst.id: SiteState(inst, SiteResult(inst.id), {site_host(inst.website)}, UrlPolicy(caps))
            for inst in institutions}

    def get(self, inst_id: str | None) -> SiteState | None:
        return self.sites.get(inst_id) if inst_id is not None else None

    def start_clock(self, site: SiteState) -> None:
        if site.started is None:
            site.started = time.monotonic()
