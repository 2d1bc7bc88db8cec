"""Typed contracts between the stages of the one-way flow.

registry -> crawler -> documents -> detectors -> evidence store -> reports

Every stage hands the next one of these records; none of them imports Scrapy, so detectors,
the store and reports can be used (and tested) on saved files without a crawl.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

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


@dataclass(frozen=True, slots=True)
class Link:
    url: str
    text: str


@dataclass(slots=True)
class Document:
    """Text extracted from one fetched resource (HTML, PDF, DOCX, XLSX, ...), ready for detection.

    `anchor_texts` and `referrer_title` carry evidence from the page that linked here: a PDF named
    "Жоспар.pdf" is identified by the link text "Сыбайлас жемқорлыққа қарсы іс-шаралар жоспары".
    """

    url: str
    kind: str  # html | pdf | docx | xlsx | doc | xls | text
    title: str = ""
    headings: list[str] = field(default_factory=list)
    body: str = ""
    links: list[Link] = field(default_factory=list)  # outgoing links (HTML only)
    anchor_texts: list[str] = field(default_factory=list)
    referrer_title: str = ""
    last_modified: str | None = None  # HTTP Last-Modified, when the server sent one
    truncated: bool = False  # body or text was cut at a size cap
    needs_js: bool = False  # HTML looked like an empty shell that a browser must render
    notes: list[str] = field(default_factory=list)  # extraction problems worth reporting


@dataclass(frozen=True, slots=True)
class Evidence:
    """One artefact evidenced by one document (the detectors' output, and `adalscan detect`'s)."""

    artefact_id: str
    confidence: float  # calibrated: >= 0.5 reported as found/stale, below as uncertain
    snippet: str
    stale: bool = False
    period: str | None = None  # the period the document covers, e.g. "2025-2026" or "2026"
    url: str = ""
    matched_part: str = ""  # title | heading | anchor | url | body
    # What kind of page said it, when that weakened the evidence: national_act (a national act or model
    # document reproduced), report (news about the thing), other_org (another organisation's page),
    # guidance; "" for the institution's own document or page.
    genre: str = ""

    def as_json(self) -> dict[str, object]:
        """The object printed by `adalscan detect --json` (interface.md)."""
        out: dict[str, object] = {"artefact_id": self.artefact_id, "confidence": round(self.confidence, 3),
                                  "snippet": self.snippet, "stale": self.stale, "period": self.period}
        if self.genre:
            out["genre"] = self.genre
        return out


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
