"""How coverage is counted, in one place, so reports, history and `adalscan diff` agree.

Coverage of a set of cells = found / applicable, where
- only public artefacts count (internal ones are the working group's manual checklist);
- cells of unreachable sites are left out entirely: "cannot say" is neither covered nor a gap;
- an analyst's "not applicable" removes the cell from the denominator;
- stale and uncertain are not covered (both are gaps until someone acts or confirms).
Group coverage (region, type, direction, run) pools the cells of reachable institutions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from adalscan.models import GapRow, Institution, SiteResult

from .context import RunCoverage

FOUND, STALE, UNCERTAIN, MISSING = "found", "stale", "uncertain", "missing"
UNREACHABLE, MANUAL, NOT_APPLICABLE = "unreachable", "manual", "not_applicable"
GAP_STATUSES = frozenset({MISSING, STALE, UNCERTAIN})
ALL_STATUSES = (FOUND, STALE, UNCERTAIN, MISSING, UNREACHABLE, MANUAL, NOT_APPLICABLE)


def status_of(row: GapRow) -> str:
    """The row's status as a plain string (accepts GapStatus members and bare strings).

    An analyst's "not applicable" reaches the reports either as the string "not_applicable" or, since
    gaps.csv keeps its closed status list, as `manual` on an overridden row (adalscan.overrides maps it
    so): found and missing overrides keep their own status, so an overridden `manual` can only mean N/A.
    """
    value = str(getattr(row.status, "value", row.status)).strip().lower().replace("-", "_")
    if value in ("n/a", "na") or (value == MANUAL and row.override_by):
        return NOT_APPLICABLE
    return value


def is_public(row: GapRow) -> bool:
    return (row.observable or "public") == "public"


@dataclass(frozen=True, slots=True)
class CoverageCount:
    """Counts of public cells by status and the resulting coverage percentage."""

    found: int = 0
    stale: int = 0
    uncertain: int = 0
    missing: int = 0
    unreachable: int = 0
    not_applicable: int = 0

    @property
    def applicable(self) -> int:
        """Cells that can be judged: the coverage denominator."""
        return self.found + self.stale + self.uncertain + self.missing

    @property
    def gaps(self) -> int:
        return self.stale + self.uncertain + self.missing

    @property
    def pct(self) -> float | None:
        return round(100.0 * self.found / self.applicable, 1) if self.applicable else None

    def __add__(self, other: CoverageCount) -> CoverageCount:
        return CoverageCount(self.found + other.found, self.stale + other.stale,
                             self.uncertain + other.uncertain, self.missing + other.missing,
                             self.unreachable + other.unreachable, self.not_applicable + other.not_applicable)


def count_cells(rows: Iterable[GapRow]) -> CoverageCount:
    """Count the public cells among `rows` by status (internal/manual rows are ignored)."""
    tally = dict.fromkeys(("found", "stale", "uncertain", "missing", "unreachable", "not_applicable"), 0)
    for row in rows:
        status = status_of(row)
        if is_public(row) and status in tally:
            tally[status] += 1
    return CoverageCount(**tally)


def site_reachable(institution_id: str, sites: Mapping[str, SiteResult], rows: Iterable[GapRow]) -> bool:
    """Was the site crawled? Uses the crawl status when known, else the rows (all public unreachable = no)."""
    site = sites.get(institution_id)
    if site is not None:
        return site.crawl_status.crawled
    public = [status_of(r) for r in rows if is_public(r)]
    return not public or any(s != UNREACHABLE for s in public)


def rows_by_institution(gaps: Iterable[GapRow]) -> dict[str, list[GapRow]]:
    grouped: dict[str, list[GapRow]] = {}
    for row in gaps:
        grouped.setdefault(row.institution_id, []).append(row)
    return grouped


def run_coverage(run_id: str, as_of: date, institutions: Iterable[Institution], gaps: Iterable[GapRow],
                 sites: Mapping[str, SiteResult]) -> RunCoverage:
    """Coverage of one run per institution, per region and overall (for history and trends)."""
    grouped = rows_by_institution(gaps)
    per_inst: dict[str, float | None] = {}
    per_region: dict[str, CoverageCount] = {}
    overall = CoverageCount()
    for inst in institutions:
        rows = grouped.get(inst.id, [])
        if not site_reachable(inst.id, sites, rows):
            per_inst[inst.id] = None
            per_region.setdefault(inst.region, CoverageCount())
            continue
        counts = count_cells(rows)
        per_inst[inst.id] = counts.pct
        per_region[inst.region] = per_region.get(inst.region, CoverageCount()) + counts
        overall = overall + counts
    return RunCoverage(run_id=run_id, as_of=as_of, institutions=per_inst,
                       regions={region: c.pct for region, c in per_region.items()}, overall=overall.pct)


def like_for_like_change(latest: RunCoverage, prior: RunCoverage,
                         institution_ids: Iterable[str]) -> tuple[float, int, int] | None:
    """Change of coverage between two runs over the same institutions: (mean change per institution in
    percentage points, institutions compared, institutions with a figure in either run).

    A region's own percentage moves when an institution joins the registry or its site is down one night;
    the change an oversight reader acts on is what happened at the institutions seen both times.
    """
    changes: list[float] = []
    seen = 0
    for inst_id in institution_ids:
        now, before = latest.institutions.get(inst_id), prior.institutions.get(inst_id)
        if now is None and before is None:
            continue
        seen += 1
        if now is not None and before is not None:
            changes.append(now - before)
    if not changes:
        return None
    return sum(changes) / len(changes), len(changes), seen
