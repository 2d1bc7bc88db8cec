"""Turn a run's site results, evidence and procurement checks into gap rows (institution x artefact).

The rules, in order:
1. internal artefacts -> manual (the working group checks them);
2. goszakup_procurement -> the procurement check's status when one ran (the portal's data beats a link on
   the site), else the site's own evidence;
3. a site that was not crawled -> unreachable (never 'missing': nothing can be said);
4. the best evidence: current with confidence >= FOUND_THRESHOLD -> found; only past-period -> stale;
   confidence in [UNCERTAIN_THRESHOLD, FOUND_THRESHOLD) -> uncertain; none -> missing.
Analyst overrides are applied afterwards (adalscan.overrides).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from adalscan.models import CrawlStatus, Evidence, GapRow, GapStatus, Institution, SiteResult
from adalscan.notes import SEPARATOR, cut_why, genre_note, note
from detectors.decision import FOUND, MIN_REPORTED
from detectors.spec import applicable

FOUND_THRESHOLD = FOUND  # interface.md: confidence >= 0.5 is reported as found (or stale)
UNCERTAIN_THRESHOLD = MIN_REPORTED
PROCUREMENT_ARTEFACT = "goszakup_procurement"


@dataclass(frozen=True, slots=True)
class ProcurementVerdict:
    """What the procurement check concluded for one institution (plain data, from procurement/)."""

    status: GapStatus
    evidence_url: str = ""
    period: str = ""
    detail: str = ""


def _best(evidence: list[Evidence]) -> tuple[GapStatus, Evidence | None]:
    strong = [e for e in evidence if e.confidence >= FOUND_THRESHOLD]
    current = [e for e in strong if not e.stale]
    if current:
        return GapStatus.FOUND, max(current, key=lambda e: e.confidence)
    if strong:
        return GapStatus.STALE, max(strong, key=lambda e: (e.period or "", e.confidence))
    weak = [e for e in evidence if e.confidence >= UNCERTAIN_THRESHOLD]
    if weak:
        return GapStatus.UNCERTAIN, max(weak, key=lambda e: e.confidence)
    return GapStatus.MISSING, None


def assess(institutions: Iterable[Institution], sites: Mapping[str, SiteResult],
           evidence: Iterable[tuple[str, Evidence]],
           procurement: Mapping[str, ProcurementVerdict] | None = None) -> list[GapRow]:
    """All gap rows of a run, institutions in registry order, artefacts in spec order."""
    by_cell: dict[tuple[str, str], list[Evidence]] = defaultdict(list)
    for inst_id, ev in evidence:
        by_cell[(inst_id, ev.artefact_id)].append(ev)
    procurement = procurement or {}
    rows: list[GapRow] = []
    for inst in institutions:
        site = sites.get(inst.id) or SiteResult(inst.id)
        crawled = CrawlStatus(site.crawl_status).crawled
        for spec in applicable(inst.type):
            row = GapRow(inst.id, spec.id, spec.direction, spec.observable, GapStatus.MISSING,
                         crawl_status=str(site.crawl_status))
            if not spec.public:
                row.status = GapStatus.MANUAL
                rows.append(row)
                continue
            verdict = procurement.get(inst.id) if spec.id == PROCUREMENT_ARTEFACT else None
            status, best = _best(by_cell.get((inst.id, spec.id), []))
            if verdict is not None:  # the portal's own data decides; a link on the site is weaker evidence
                row.status, row.evidence_url, row.period, row.note = (
                    verdict.status, verdict.evidence_url, verdict.period, verdict.detail)
                row.confidence = 1.0 if verdict.status in (GapStatus.FOUND, GapStatus.STALE) else 0.0
            elif not crawled:
                row.status = GapStatus.UNREACHABLE
                row.note = site.detail or str(site.crawl_status)
            else:
                row.status = status
                if best is not None:
                    row.confidence = round(best.confidence, 3)
                    row.evidence_url = best.url
                    row.snippet = best.snippet
                    row.period = best.period or ""
                    if best.genre and status == GapStatus.UNCERTAIN:
                        # why the best evidence is only uncertain, when the kind of page is the reason
                        # (interface.md, "What counts as evidence")
                        row.note = genre_note(best.genre)
                if status in (GapStatus.MISSING, GapStatus.UNCERTAIN) and site.cut_reason:
                    row.note = SEPARATOR.join(filter(None, (row.note, cut_note(site))))
            rows.append(row)
    return rows


def cut_note(site: SiteResult) -> str:
    """A partial crawl is never presented as a complete one: what a 'not found' is worth on this site."""
    return note("cut", fetched=site.pages_fetched, why=cut_why(site.cut_reason), unfetched=site.pages_unfetched,
                discovered=site.pages_discovered)


def hold_unfetched_evidence(rows: Iterable[GapRow], sites: Mapping[str, SiteResult], previous: Iterable[GapRow],
                            fetched_urls: Callable[[str], set[str]]) -> int:
    """Cells found (or stale) last run whose evidence page this run did not fetch, on a cut crawl, become
    `unreachable` with a note, not `missing`: a page the crawl could not fetch (budget, time, robots.txt, a
    site refusing half-way) says nothing, so the diff shows no found -> missing for it. Returns the count."""
    before = {(r.institution_id, r.artefact_id): r for r in previous}
    fetched: dict[str, set[str]] = {}
    held = 0
    for row in rows:
        site = sites.get(row.institution_id)
        old = before.get((row.institution_id, row.artefact_id))
        if (site is None or not site.cut_reason or old is None or not old.evidence_url
                or old.status not in (GapStatus.FOUND, GapStatus.STALE)
                or row.status not in (GapStatus.MISSING, GapStatus.UNCERTAIN)):
            continue
        if row.institution_id not in fetched:
            fetched[row.institution_id] = fetched_urls(row.institution_id)
        if old.evidence_url in fetched[row.institution_id]:
            continue  # the page was fetched and no longer evidences the artefact: a real change
        row.status = GapStatus.UNREACHABLE
        row.note = note("held", url=old.evidence_url, cut=cut_note(site))[:1000]
        held += 1
    return held
