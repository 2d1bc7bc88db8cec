"""What the detectors read and what they find: a fetched resource's text (Document, with its Links) and one
artefact evidenced by it (Evidence). Plain records, free of Scrapy and of the rest of adalscan, so the
extractors and the engine work on saved files alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Link:
    url: str
    text: str
    # Where the link sits in its page: 'tag.class' of its two parents and itself ('ul.list/li.item/a.more').
    # Links in the same place on a site's pages tend to lead to the same kind of page (crawl link learning).
    # Not part of a link's identity: the same URL and text are the same link wherever they sit.
    place: str = field(default="", compare=False)


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
    # Lines of the site's furniture in the page's text (menus, header, footer, sidebars; also in `body`): they
    # say whose site the page is on, not whose document it is (HTML only).
    furniture: list[str] = field(default_factory=list)


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
