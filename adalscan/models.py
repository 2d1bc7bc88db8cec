"""Typed contracts between the stages of the one-way flow.

registry -> crawler -> documents -> detectors -> evidence store -> reports

Every stage hands the next one of these records; none of them imports Scrapy, so detectors,
the store and reports can be used (and tested) on saved files without a crawl.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

# The detectors' records, re-exported: every stage above them names them from here.
from detectors.document import Document, Evidence, Link

__all__ = ["INSTITUTION_TYPES", "CrawlOutcome", "CrawlStatus", "Document", "Evidence", "GapRow", "GapStatus", "Institution", "Link",
           "SiteResult"]

INSTITUTION_TYPES = ("university", "college")


@dataclass(frozen=True, slots=True)
class Institution:
    """One validated registry row (see interface.md, 'The registry file')."""

    id: str
    type: str  # "university" | "college"
    website: str
    name_kk: str = ""
    name_ru: str = ""
    name_en: str = ""
    region: str = ""
    city: str = ""
    bin: str = ""
    source: str = ""
    line: int = 0  # line in the registry file, for messages

    def display_name(self, lang: str = "ru") -> str:
        """The name in the wanted language, falling back to whatever the registry has."""
        order = {"kk": (self.name_kk, self.name_ru, self.name_en),
                 "en": (self.name_en, self.name_ru, self.name_kk)}.get(lang, (self.name_ru, self.name_kk, self.name_en))
        return next((n for n in order if n), self.id)


class GapStatus(StrEnum):
    """Status of one institution x artefact cell in gaps.csv (closed list, interface.md)."""

    FOUND = "found"
    STALE = "stale"
    UNCERTAIN = "uncertain"
    MISSING = "missing"
    UNREACHABLE = "unreachable"
    MANUAL = "manual"


class CrawlStatus(StrEnum):
    """How the crawl of one site ended (closed, documented list; shown in reports).

    Only OK and BUDGET_EXHAUSTED mean the site was actually crawled: every other value makes its
    public artefacts `unreachable`, never `missing`.
    """

    OK = "ok"
    BUDGET_EXHAUSTED = "budget_exhausted"  # crawled, but stopped at the page/byte/time budget
    DNS_ERROR = "dns_error"
    TLS_ERROR = "tls_error"
    TIMEOUT = "timeout"
    CONNECTION_ERROR = "connection_error"  # refused / reset
    HTTP_ERROR = "http_error"  # home page answered 4xx/5xx
    ROBOTS_DISALLOWED = "robots_disallowed"
    REFUSED_PRIVATE = "refused_private"  # resolves to a loopback/private address without --allow-private
    TOO_LARGE = "too_large"  # home page above the size caps (huge body, decompression bomb)
    REDIRECT_LOOP = "redirect_loop"  # home page redirects in a loop or more than REDIRECT_MAX_TIMES
    NOT_CRAWLED = "not_crawled"  # run ended before the site was reached (crash, kill)

    @property
    def crawled(self) -> bool:
        return self in (CrawlStatus.OK, CrawlStatus.BUDGET_EXHAUSTED)


@dataclass(slots=True)
class SiteResult:
    """How the crawl of one institution's site went (one row of site_status.csv)."""

    institution_id: str
    crawl_status: CrawlStatus = CrawlStatus.NOT_CRAWLED
    pages_fetched: int = 0
    bytes_fetched: int = 0
    documents: int = 0
    errors: int = 0
    detail: str = ""  # human-readable cause for a non-ok status
    # Coverage of a crawled site: pages found (linked, listed) and left unfetched, and what cut the crawl:
    # "budget" (pages/bytes/queue), "time", "robots", "site" (the site refused: 401/403/429/503), joined by "+".
    pages_discovered: int = 0
    pages_unfetched: int = 0
    cut_reason: str = ""


@dataclass(slots=True)
class CrawlOutcome:
    """What one crawl hands back to the job that ran it, in memory: each site's result, why the crawl ended
    ("finished" when it ran to its end; "shutdown" on a signal, ...) and its stats (Scrapy's and adalscan's
    counters, peak RSS; a crawl of several workers merges theirs)."""

    sites: dict[str, SiteResult]
    finish_reason: str = "unknown"
    stats: dict[str, Any] = field(default_factory=dict)  # {"stats": {name: value}, "peak_rss_mb": ..., ...}

    @property
    def finished(self) -> bool:
        return self.finish_reason == "finished"


@dataclass(slots=True)
class GapRow:
    """One institution x applicable artefact cell: a row of gaps.csv."""

    institution_id: str
    artefact_id: str
    direction: str
    observable: str  # public | internal
    status: GapStatus
    confidence: float = 0.0
    evidence_url: str = ""
    snippet: str = ""
    period: str = ""
    crawl_status: str = ""
    note: str = ""
    override_by: str = ""  # analyst who overruled the scanner, empty when none

    CSV_FIELDS = ("institution_id", "artefact_id", "direction", "observable", "status", "confidence",
                  "evidence_url", "period", "snippet", "crawl_status", "note", "override_by")
