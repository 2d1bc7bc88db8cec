"""What each page shows, computed once in Python so templates stay dumb and every output agrees.

`RunFacts` holds the language-independent facts of a run (grouping, coverage, diff, deadlines);
`institution_page` and `regional_page` turn them into view objects in one language. All crawled text
is cleaned here (controls, bidi overrides, size caps) and links are kept only for http(s) URLs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from markupsafe import Markup

from adalscan.models import GapRow, Institution, SiteResult
from adalscan.notes import translate as translate_note
from detectors.spec import DIRECTIONS, ArtefactSpec, load_spec

from .archive_links import ArchiveRef, relative_href
from .charts import STATUS_SYMBOLS, BarItem, bar_chart, sparkline, stacked_bar
from .context import RunCoverage, RunReportInput
from .coverage import (
    FOUND,
    NOT_APPLICABLE,
    CoverageCount,
    count_cells,
    is_public,
    like_for_like_change,
    rows_by_institution,
    run_coverage,
    site_reachable,
    status_of,
)
from .deadlines import Deadlines, deadlines_for
from .diff import GapChange, GapDiff, diff_gaps, is_gap
from .i18n import Labels, collation_key
from .safety import MAX_SNIPPET_CHARS, MAX_URL_CHARS, clean_text, display_url, safe_filename, safe_http_url

STATUS_ORDER = ("missing", "stale", "uncertain", "found", "not_applicable", "unreachable", "manual")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")


@dataclass(slots=True)
class RunFacts:
    """Language-independent facts of one run, computed once for all pages and languages."""

    data: RunReportInput
    rows: dict[str, list[GapRow]]
    reachable: dict[str, bool]
    counts: dict[str, CoverageCount]
    diff: GapDiff | None
    history: list[RunCoverage]
    alerts: dict[tuple[str, str], list[tuple[str, str, str]]]  # -> (status now, URL now, status then)
    file_stems: dict[str, str]
    cell_index: dict[tuple[str, str], GapRow]
    specs: tuple[ArtefactSpec, ...] = field(default_factory=load_spec)
    # (institution, artefact) -> its screenshot / WARC record in the run folder (reports.archive_links)
    archive: dict[tuple[str, str], ArchiveRef] = field(default_factory=dict)

    @classmethod
    def build(cls, data: RunReportInput, archive: dict[tuple[str, str], ArchiveRef] | None = None) -> RunFacts:
        rows = rows_by_institution(data.gaps)
        reachable = {i.id: site_reachable(i.id, data.sites, rows.get(i.id, [])) for i in data.institutions}
        counts = {i.id: count_cells(rows.get(i.id, [])) for i in data.institutions}
        diff = diff_gaps(data.previous_gaps, data.gaps) if data.previous_gaps is not None else None
        history = list(data.history)
        if not history or history[-1].run_id != data.run_id:
            history.append(run_coverage(data.run_id, data.as_of, data.institutions, data.gaps, data.sites))
        alerts: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
        for inst_id, art_id, now_status, now_url, then_status in data.override_alerts:
            alerts.setdefault((inst_id, art_id), []).append((now_status, now_url, then_status))
        stems = {i.id: safe_filename(i.id) for i in data.institutions}
        index = {(r.institution_id, r.artefact_id): r for r in data.gaps}
        return cls(data, rows, reachable, counts, diff, history, alerts, stems, index, archive=archive or {})

    def pooled(self, institution_ids: Sequence[str], direction: str | None = None) -> CoverageCount:
        """Pooled counts over reachable institutions (optionally one direction only)."""
        total = CoverageCount()
        for inst_id in institution_ids:
            if not self.reachable.get(inst_id, False):
                continue
            rows = self.rows.get(inst_id, [])
            total = total + (count_cells(r for r in rows if r.direction == direction) if direction
                             else self.counts[inst_id])
        return total

    def deadlines(self, lang: str) -> Deadlines:
        return deadlines_for(self.data.as_of, lang)


# --- cells -------------------------------------------------------------------------------------
# From reports/<lang>/institutions/<id>.html up to the run folder that holds archive/.
INSTITUTION_PAGE_TO_RUN = "../../.."


@dataclass(slots=True)
class ArchiveLinks:
    """A row's proof in the run's archive, ready to show: hrefs relative to the page, texts cleaned."""

    screenshot_href: str = ""
    screenshot_taken: str = ""  # "12.03.2026 02:31 UTC", or "" when the shot's time is not known
    warc_href: str = ""  # "" when the WARC file is named but not in this run folder
    warc_name: str = ""
    warc_offset: str = ""
    warc_revisit_of: str = ""  # for a revisit record: the file holding the unchanged body


def archive_links(ref: ArchiveRef | None, labels: Labels, page_to_run: str) -> ArchiveLinks | None:
    """The view of an ArchiveRef: hrefs only from its checked run-relative paths."""
    if not ref:
        return None
    taken = ""
    if ref.screenshot_taken is not None:
        zone = ref.screenshot_taken.tzname() or ""
        taken = f"{labels.datetime(ref.screenshot_taken)} {zone}".strip()
    return ArchiveLinks(
        screenshot_href=relative_href(ref.screenshot_path, page_to_run) if ref.screenshot_path else "",
        screenshot_taken=clean_text(taken, 40),
        warc_href=relative_href(ref.warc_path, page_to_run) if ref.warc_path else "",
        warc_name=clean_text(ref.warc_name, 160),
        warc_offset=str(ref.warc_offset) if ref.warc_offset is not None else "",
        warc_revisit_of=clean_text(ref.refers_to, 160) if ref.warc_record_type == "revisit" else "")


@dataclass(slots=True)
class Cell:
    """One institution x artefact row as a report shows it."""

    artefact_id: str
    title: str
    direction: str
    observable: str
    status: str
    status_label: str
    symbol: str
    confidence: str
    period: str
    evidence_href: str | None
    evidence_text: str
    evidence_url: str  # the full URL as text (CSV/XLSX), cleaned but not shortened
    snippet: str
    note: str
    override_by: str
    is_gap: bool
    recommendation: str = ""
    recommendation_from_catalog: bool = False
    hint: str = ""  # what to do about a stale or uncertain cell, beside the section-6 measure
    action_plan_due: str = ""
    monitoring_until: str = ""
    alerts: list[str] = field(default_factory=list)
    change: str = ""  # opened | closed | changed | "" since the previous run
    previous_status_label: str = ""
    archive: ArchiveLinks | None = None  # screenshot / WARC record of the evidence (nightly runs only)


def _note(note: str, status: str, labels: Labels) -> str:
    """The note as shown: the scanner's own notes in the report's language; the "not applicable:" prefix
    adalscan.overrides adds is said by the badge already."""
    text = clean_text(note)
    if status == NOT_APPLICABLE and text.lower().startswith("not applicable:"):
        text = text.split(":", 1)[1].strip()
    return translate_note(text, labels)


def _crawl_detail(detail: str, labels: Labels, limit: int) -> str:
    """A site's crawl detail in the report's language, shortened after it is translated (a note cut short
    would not be recognised)."""
    return clean_text(translate_note(clean_text(detail, 1000), labels), limit)


def override_alert(labels: Labels, now_status: str, now_url: str, then_status: str) -> str:
    """An override's alert in the page's language: what the scanner says now, and said at override time."""
    url = clean_text(now_url, MAX_URL_CHARS) or labels("override_no_evidence")
    return labels("override_changed", now=labels.status(clean_text(now_status, 40)), url=url,
                  then=labels.status(clean_text(then_status, 40)))


def make_cell(row: GapRow, labels: Labels, deadlines: Deadlines, alerts: list[str],
              change: tuple[str, GapChange] | None, archive: ArchiveLinks | None = None) -> Cell:
    status = status_of(row)
    gap = is_gap(status)
    href = safe_http_url(row.evidence_url)
    cell = Cell(
        artefact_id=row.artefact_id, title=labels.artefact_title(row.artefact_id), direction=row.direction,
        observable=row.observable or "public", status=status, status_label=labels.status(status),
        symbol=STATUS_SYMBOLS.get(status, "•"),
        confidence=labels.confidence(row.confidence) if row.confidence and status not in ("manual",) else "",
        period=clean_text(row.period, 40), evidence_href=href,
        evidence_text=display_url(row.evidence_url) if row.evidence_url else "",
        evidence_url=clean_text(row.evidence_url, MAX_URL_CHARS),
        snippet=clean_text(row.snippet, MAX_SNIPPET_CHARS), note=_note(row.note, status, labels),
        override_by=clean_text(row.override_by, 80), is_gap=gap, alerts=alerts, archive=archive)
    if gap or cell.observable != "public":
        cell.recommendation, cell.recommendation_from_catalog = labels.recommendation(
            row.artefact_id, internal=cell.observable != "public")
    if status in ("stale", "uncertain"):
        cell.hint = labels(f"rec_hint_{status}")
    if gap:
        cell.action_plan_due = labels.date(deadlines.action_plan_due)
        cell.monitoring_until = labels.date(deadlines.monitoring_until)
    if change:
        cell.change, ch = change[0], change[1]
        cell.previous_status_label = labels.status(ch.before)
    return cell


@dataclass(slots=True)
class DirectionBlock:
    id: str
    label: str
    cells: list[Cell]
    counts: CoverageCount
    coverage: str


@dataclass(slots=True)
class ChangeLine:
    institution_id: str
    title: str
    before: str
    after: str
    override_by: str


@dataclass(slots=True)
class RedFlag:
    label: str
    value: str
    threshold: str
    flagged: bool
    formula: str
    detail: str
    records: list[tuple[str, str | None]] = field(default_factory=list)  # (text, portal href or None)


@dataclass(slots=True)
class Procurement:
    status: str
    status_label: str
    bin: str
    bin_source: str
    detail: str
    flags: list[RedFlag]
    period: str = ""
    portal_href: str | None = None
    portal_text: str = ""
    years: list[tuple[str, str, str, str, str]] = field(default_factory=list)  # year, plans, ann., lots, contracts
    source_label: str = ""  # where the figures came from (API with a token, or the public listings)

    @property
    def flagged_count(self) -> int:
        return sum(f.flagged for f in self.flags)


def _number(value: object) -> str:
    """Numbers as people read them (0.4567 -> 0.457); anything else as cleaned text."""
    if isinstance(value, bool) or value is None:
        return "—" if value is None else str(value)
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 1000 else f"{value:,.0f}".replace(",", " ")
    return clean_text(value, 60)


def _labelled(labels: Labels, prefix: str, value: str, fallback: str | None = None) -> str:
    key = f"{prefix}_{value}"
    return labels(key) if labels.has(key) else (fallback if fallback is not None else value)


RECORD_PATHS = {"announcement": "/ru/announce/index/{}", "contract": "/ru/egzcontract/cpublic/contract/{}"}


def _record_links(records: Any, portal: str) -> list[tuple[str, str | None]]:
    """"contract:123" -> ("contract 123", <portal contract page>); ids must be digits, anything else is text."""
    origin = ""
    href = safe_http_url(portal) if portal else None
    if href:
        from urllib.parse import urlsplit

        parts = urlsplit(href)
        origin = f"{parts.scheme}://{parts.netloc}"
    out: list[tuple[str, str | None]] = []
    for record in (records if isinstance(records, list) else [])[:20]:
        kind, _, ident = clean_text(record, 80).partition(":")
        link = RECORD_PATHS.get(kind)
        target = safe_http_url(origin + link.format(ident)) if origin and link and ident.isdigit() else None
        out.append((f"{kind} {ident}".strip(), target))
    return out


def procurement_view(raw: dict[str, Any] | None, labels: Labels) -> Procurement | None:
    """The plain procurement dict of one institution, cleaned for display (portal text is hostile too)."""
    if not raw:
        return None
    portal = raw.get("evidence_url") or ""
    flags = []
    for flag in raw.get("red_flags") or []:
        flag_id = clean_text(flag.get("flag_id"), 80)
        formula = clean_text(flag.get("formula"), 200)
        if formula and labels.has(f"formula_{flag_id}"):
            formula = labels(f"formula_{flag_id}")  # the scanner's formulas, in the report's language
        flags.append(RedFlag(
            label=_labelled(labels, "flag", flag_id, flag_id.replace("_", " ")),
            value=_number(flag.get("value")), threshold=_number(flag.get("threshold")),
            flagged=bool(flag.get("flagged")), formula=formula,
            detail=translate_note(clean_text(flag.get("detail"), 300), labels),
            records=_record_links(flag.get("records"), portal)))
    status = clean_text(raw.get("status"), 40)
    years: list[tuple[str, str, str, str, str]] = []
    counts = raw.get("counts") or {}
    if isinstance(counts, dict):
        for year, c in sorted(counts.items(), key=lambda kv: str(kv[0])):
            if isinstance(c, dict):
                years.append((clean_text(year, 8), _number(c.get("plans", 0)),
                              _number(c.get("announcements", 0)), _number(c.get("lots", 0)),
                              _number(c.get("contracts", 0))))
    portal = raw.get("evidence_url") or ""
    bin_source = clean_text(raw.get("bin_source"), 60)
    return Procurement(status=status, status_label=_labelled(labels, "procurement_status", status,
                                                             labels.status(status)),
                       bin=clean_text(raw.get("bin"), 20),
                       bin_source=_labelled(labels, "bin_source", bin_source),
                       detail=translate_note(clean_text(raw.get("detail"), 400), labels), flags=flags,
                       period=clean_text(raw.get("period"), 60), portal_href=safe_http_url(portal),
                       portal_text=display_url(portal) if portal else "", years=years,
                       source_label=_labelled(labels, "procurement_source", clean_text(raw.get("source") or "api", 20)))


# --- per-institution page --------------------------------------------------------------------------
@dataclass(slots=True)
class InstitutionPage:
    inst: Institution
    stem: str
    name: str
    type_label: str
    region_label: str
    city: str
    website_href: str | None
    website_text: str
    site: SiteResult | None
    crawl_status: str
    crawl_label: str
    crawl_detail: str
    reachable: bool
    counts: CoverageCount
    coverage: str
    status_chart: Markup
    directions: list[DirectionBlock]
    checklist: list[DirectionBlock]
    has_previous: bool
    changes: dict[str, list[ChangeLine]]
    trend: Markup
    alerts: list[tuple[str, str]]
    procurement: Procurement | None
    deadlines: Deadlines
    holidays_text: str
    gap_count: int
    override_count: int


def _change_lines(diff: GapDiff, labels: Labels) -> dict[str, list[ChangeLine]]:
    return {kind: [ChangeLine(c.institution_id, labels.artefact_title(c.artefact_id), labels.status(c.before),
                              labels.status(c.after), clean_text(c.override_by, 80))
                   for c in getattr(diff, kind)] for kind in GapDiff.KINDS}


def _order(rows: list[GapRow]) -> list[GapRow]:
    """Spec order (the methodology's order); rows for unknown artefacts go last."""
    position = {a.id: i for i, a in enumerate(load_spec())}
    return sorted(rows, key=lambda r: (position.get(r.artefact_id, len(position)), r.artefact_id))


def _holiday_ranges(days: Sequence[tuple[date, str]], labels: Labels) -> str:
    """Consecutive holidays folded into ranges: "21.03.2026–25.03.2026 Наурыз мейрамы"."""
    ranges: list[list[Any]] = []
    for day, name in days:
        if ranges and (day - ranges[-1][1]).days == 1:
            ranges[-1][1] = day
        else:
            ranges.append([day, day, clean_text(name, 60)])
    return ", ".join(f"{labels.date(a)}{'–' + labels.date(b) if b != a else ''} {name}" for a, b, name in ranges)


def institution_page(facts: RunFacts, inst: Institution, labels: Labels,
                     page_to_run: str = INSTITUTION_PAGE_TO_RUN) -> InstitutionPage:
    """The per-institution page; `page_to_run` leads from the page's folder to the run folder (archive links)."""
    rows = _order(facts.rows.get(inst.id, []))
    deadlines = facts.deadlines(labels.lang)
    inst_diff = facts.diff.for_institution(inst.id) if facts.diff is not None else GapDiff()
    change_of = {c.artefact_id: (kind, c) for kind in GapDiff.KINDS for c in getattr(inst_diff, kind)}
    cells = [make_cell(r, labels, deadlines, [override_alert(labels, *a)
                                              for a in facts.alerts.get((inst.id, r.artefact_id), [])],
                       change_of.get(r.artefact_id),
                       archive_links(facts.archive.get((inst.id, r.artefact_id)), labels, page_to_run))
             for r in rows]
    counts = facts.counts[inst.id]

    def blocks(public: bool) -> list[DirectionBlock]:
        out = []
        for direction in (*DIRECTIONS, *sorted({c.direction for c in cells} - set(DIRECTIONS))):
            chosen = [c for c in cells if c.direction == direction and (c.observable == "public") == public]
            if chosen:
                sub = count_cells(r for r in rows if r.direction == direction) if facts.reachable[inst.id] \
                    else CoverageCount()
                out.append(DirectionBlock(direction, labels.direction(direction), chosen, sub, labels.pct(sub.pct)))
        return out

    site = facts.data.sites.get(inst.id)
    crawl_status = str(site.crawl_status) if site else ""
    statuses = ("found", "stale", "uncertain", "missing", "not_applicable")
    segments = [(s, getattr(counts, s), f"{labels.status(s)}: {getattr(counts, s)}") for s in statuses
                if getattr(counts, s) or s != "not_applicable"]
    points = [(labels.date(h.as_of), h.institutions.get(inst.id)) for h in facts.history
              if inst.id in h.institutions]
    holidays_text = _holiday_ranges(deadlines.holidays_in_plan_window, labels)
    alerts = [(labels.artefact_title(a), override_alert(labels, *m))
              for (i, a), msgs in sorted(facts.alerts.items()) if i == inst.id for m in msgs]
    procurement = procurement_view((facts.data.procurement or {}).get(inst.id), labels)
    return InstitutionPage(
        inst=inst, stem=facts.file_stems[inst.id], name=clean_text(inst.display_name(labels.lang), 200),
        type_label=labels.institution_type(inst.type), region_label=labels.region(inst.region),
        # Registry cities are written in Latin letters: shown in English reports, or when given in Cyrillic.
        city=clean_text(inst.city, 80) if labels.lang == "en" or not inst.city.isascii() else "", website_href=safe_http_url(inst.website),
        website_text=display_url(inst.website), site=site, crawl_status=crawl_status,
        crawl_label=labels.crawl_status(crawl_status) if crawl_status else labels("not_available"),
        crawl_detail=_crawl_detail(site.detail if site else "", labels, 300), reachable=facts.reachable[inst.id],
        counts=counts, coverage=labels.pct(counts.pct if facts.reachable[inst.id] else None),
        status_chart=stacked_bar(segments, aria_label=labels("chart_status_split")) if facts.reachable[inst.id]
        else Markup(""),
        directions=blocks(public=True), checklist=blocks(public=False),
        has_previous=facts.diff is not None, changes=_change_lines(inst_diff, labels),
        trend=sparkline(points, aria_label=labels("chart_trend")) if len(points) > 1 else Markup(""),
        alerts=alerts, procurement=procurement, deadlines=deadlines, holidays_text=holidays_text,
        gap_count=sum(c.is_gap for c in cells), override_count=sum(bool(c.override_by) for c in cells))


# --- regional page ---------------------------------------------------------------------------------
@dataclass(slots=True)
class CoverageRow:
    key: str
    label: str
    institutions: int
    reachable: int
    counts: CoverageCount
    coverage: str
    pct_sort: float


@dataclass(slots=True)
class HeatCell:
    status: str
    symbol: str
    tip: str
    override: bool = False


@dataclass(slots=True)
class HeatRow:
    inst: Institution
    stem: str
    name: str
    region_label: str
    type_label: str
    reachable: bool
    coverage: str
    pct_sort: float
    gaps: int
    overrides: int
    opened: int
    closed: int
    cells: list[HeatCell]
    crawl_detail: str = ""


@dataclass(slots=True)
class ArtefactGapRow:
    artefact_id: str
    title: str
    direction_label: str
    missing: int
    stale: int
    uncertain: int
    applicable: int
    gap_pct: str
    gap_sort: float


@dataclass(slots=True)
class RegionalPage:
    total: int
    reachable_count: int
    unreachable_count: int
    overall: str
    total_gaps: int
    total_overrides: int
    by_region: list[CoverageRow]
    by_type: list[CoverageRow]
    by_direction: list[CoverageRow]
    region_chart: Markup
    type_chart: Markup
    direction_chart: Markup
    heat_columns: list[tuple[str, str, str, int]]  # (artefact_id, title, direction, index)
    heat_groups: list[tuple[str, int, str]]  # (direction label, column span, numeral)
    heat_rows: list[HeatRow]
    worst_artefacts: list[ArtefactGapRow]
    unreachable: list[HeatRow]
    # (region label, sparkline, latest, change, "n of m compared" where not every institution could be)
    region_trend: list[tuple[str, Markup, str, str, str]]
    history_runs: list[str]
    has_previous: bool
    opened_total: int
    closed_total: int
    alerts: list[tuple[str, str, str, str]]  # (stem, institution name, artefact title, message)
    flags: list[tuple[str, str, RedFlag]]  # (stem, institution name, flag)
    regions: list[str]
    types: list[str]


def _coverage_row(key: str, label: str, ids: list[str], facts: RunFacts, labels: Labels,
                  direction: str | None = None) -> CoverageRow:
    counts = facts.pooled(ids, direction)
    reachable = sum(facts.reachable[i] for i in ids)
    return CoverageRow(key, label, len(ids), reachable, counts, labels.pct(counts.pct),
                       -1.0 if counts.pct is None else counts.pct)


def _chart(rows: list[CoverageRow], labels: Labels, aria: str) -> Markup:
    items = [BarItem(r.label, r.counts.pct, labels("chart_cells", found=r.counts.found, total=r.counts.applicable))
             for r in rows]
    return bar_chart(items, aria_label=aria, na_text=labels("not_available"))


def regional_page(facts: RunFacts, labels: Labels) -> RegionalPage:
    data = facts.data
    insts = data.institutions
    ids_by_region: dict[str, list[str]] = {}
    ids_by_type: dict[str, list[str]] = {}
    for inst in insts:
        ids_by_region.setdefault(inst.region, []).append(inst.id)
        ids_by_type.setdefault(inst.type, []).append(inst.id)
    by_region = sorted((_coverage_row(r, labels.region(r), ids, facts, labels) for r, ids in ids_by_region.items()),
                       key=lambda c: (c.pct_sort, collation_key(c.label)))
    by_type = [_coverage_row(t, labels.institution_type(t), ids, facts, labels)
               for t, ids in sorted(ids_by_type.items())]
    all_ids = [i.id for i in insts]
    used = {r.direction for r in data.gaps}
    by_direction = [_coverage_row(d, labels.direction(d), all_ids, facts, labels, d) for d in DIRECTIONS if d in used]
    overall = facts.pooled(all_ids)

    public_specs = [a for a in facts.specs if a.public]
    heat_columns = [(a.id, labels.artefact_title(a.id), a.direction, n) for n, a in enumerate(public_specs, 1)]
    heat_groups: list[tuple[str, int, str]] = []
    for direction in DIRECTIONS:
        span = sum(1 for a in public_specs if a.direction == direction)
        if span:
            heat_groups.append((labels.direction(direction), span, ROMAN[len(heat_groups)]))

    changes = facts.diff or GapDiff()
    heat_rows = []
    for inst in insts:
        cells = []
        for art_id, title, _, _ in heat_columns:
            row = facts.cell_index.get((inst.id, art_id))
            status = status_of(row) if row else ""
            tip = f"{title}: {labels.status(status)}" if row else f"{title}: {labels('heat_not_required')}"
            if row and row.override_by:
                tip += " · " + labels("override_by", name=clean_text(row.override_by, 80))
            cells.append(HeatCell(status or "none", STATUS_SYMBOLS.get(status, "·") if row else "", tip,
                                  bool(row and row.override_by)))
        counts = facts.counts[inst.id]
        reachable = facts.reachable[inst.id]
        pct = counts.pct if reachable else None
        heat_rows.append(HeatRow(
            inst=inst, stem=facts.file_stems[inst.id], name=clean_text(inst.display_name(labels.lang), 160),
            region_label=labels.region(inst.region), type_label=labels.institution_type(inst.type),
            reachable=reachable, coverage=labels.pct(pct), pct_sort=-1.0 if pct is None else pct,
            gaps=counts.gaps if reachable else 0,
            overrides=sum(bool(r.override_by) for r in facts.rows.get(inst.id, [])),
            opened=sum(c.institution_id == inst.id for c in changes.opened),
            closed=sum(c.institution_id == inst.id for c in changes.closed), cells=cells,
            crawl_detail=_crawl_detail(data.sites[inst.id].detail if inst.id in data.sites else "", labels, 200)))
    # Worst first: lowest coverage at the top; unreachable sites are listed apart, not ranked.
    ranked = sorted((r for r in heat_rows if r.reachable), key=lambda r: (r.pct_sort, -r.gaps, collation_key(r.name)))
    unreachable = sorted((r for r in heat_rows if not r.reachable), key=lambda r: collation_key(r.name))

    worst = []
    for art_id, title, direction, _ in heat_columns:
        tally = {"missing": 0, "stale": 0, "uncertain": 0, "applicable": 0}
        for inst in insts:
            if not facts.reachable[inst.id]:
                continue
            row = facts.cell_index.get((inst.id, art_id))
            status = status_of(row) if row else ""
            if status in ("found", "missing", "stale", "uncertain"):
                tally["applicable"] += 1
            if status in tally:
                tally[status] += 1
        gaps = tally["missing"] + tally["stale"] + tally["uncertain"]
        if tally["applicable"]:
            share = 100.0 * gaps / tally["applicable"]
            worst.append(ArtefactGapRow(art_id, title, labels.direction(direction), tally["missing"], tally["stale"],
                                        tally["uncertain"], tally["applicable"], labels.pct(round(share, 1)), share))
    worst.sort(key=lambda w: (-w.gap_sort, -w.missing, collation_key(w.title)))

    region_trend = []
    for region_row in by_region:
        runs = [h for h in facts.history if region_row.key in h.regions]
        points = [(labels.date(h.as_of), h.regions.get(region_row.key)) for h in runs]
        latest = points[-1][1] if points else None
        prior = next((h for h in reversed(runs[:-1]) if h.regions.get(region_row.key) is not None), None)
        change = (like_for_like_change(runs[-1], prior, ids_by_region.get(region_row.key, []))
                  if latest is not None and prior is not None else None)
        delta, compared = "", ""
        if change is not None:
            delta = f"{change[0]:+.1f}"
            if change[1] < change[2]:
                compared = labels("trend_compared", count=change[1], total=change[2])
        region_trend.append((region_row.label,
                             sparkline(points, aria_label=labels("chart_trend")) if len(points) > 1
                             else Markup(""), labels.pct(latest), delta, compared))

    names = {i.id: clean_text(i.display_name(labels.lang), 160) for i in insts}
    alerts = [(facts.file_stems.get(i, ""), names.get(i, i), labels.artefact_title(a), override_alert(labels, *m))
              for (i, a), msgs in sorted(facts.alerts.items()) for m in msgs]
    flags: list[tuple[str, str, RedFlag]] = []
    for inst in insts:
        proc = procurement_view((data.procurement or {}).get(inst.id), labels)
        if proc:
            flags.extend((facts.file_stems[inst.id], names[inst.id], f) for f in proc.flags if f.flagged)
    return RegionalPage(
        total=len(insts), reachable_count=sum(facts.reachable.values()),
        unreachable_count=len(unreachable), overall=labels.pct(overall.pct), total_gaps=overall.gaps,
        total_overrides=sum(bool(r.override_by) for r in data.gaps),
        by_region=by_region, by_type=by_type, by_direction=by_direction,
        region_chart=_chart(by_region, labels, labels("sec_by_region")),
        type_chart=_chart(by_type, labels, labels("sec_by_type")),
        direction_chart=_chart(by_direction, labels, labels("sec_by_direction")),
        heat_columns=heat_columns, heat_groups=heat_groups, heat_rows=ranked, worst_artefacts=worst,
        unreachable=unreachable, region_trend=region_trend,
        history_runs=[labels.date(h.as_of) for h in facts.history], has_previous=facts.diff is not None,
        opened_total=len(changes.opened), closed_total=len(changes.closed), alerts=alerts, flags=flags,
        regions=sorted({r.region_label for r in heat_rows}, key=collation_key),
        types=sorted({r.type_label for r in heat_rows}, key=collation_key))


def run_summary(facts: RunFacts) -> dict[str, Any]:
    """A few language-free figures for the index page and the CLI."""
    overall = facts.pooled([i.id for i in facts.data.institutions])
    return {"institutions": len(facts.data.institutions), "reachable": sum(facts.reachable.values()),
            "coverage_pct": overall.pct, "gaps": overall.gaps,
            "found": sum(status_of(r) == FOUND for r in facts.data.gaps if is_public(r)),
            "not_applicable": sum(status_of(r) == NOT_APPLICABLE for r in facts.data.gaps)}
