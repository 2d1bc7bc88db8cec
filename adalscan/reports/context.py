"""Plain typed inputs of the reports: everything a run's reports show, handed over by the lead's code.

Reports never read the results store or the crawl themselves: `adalscan` builds one `RunReportInput`
(from the store, the assessment and the procurement module) and `reports.render.write_run_reports`
turns it into files. That keeps rendering pure, testable on hand-built data, and free of I/O surprises.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from adalscan.models import GapRow, Institution, SiteResult


@dataclass(frozen=True, slots=True)
class RunCoverage:
    """Coverage figures of one past (or the current) run, for trend lines.

    Percentages are 0..100, or None where nothing could be said (site unreachable, nothing applicable).
    Build them with `reports.coverage.run_coverage` so every run is measured the same way.
    """

    run_id: str
    as_of: date
    institutions: dict[str, float | None] = field(default_factory=dict)  # institution_id -> coverage %
    regions: dict[str, float | None] = field(default_factory=dict)  # region -> coverage %
    overall: float | None = None


# (institution_id, artefact_id, scanner status now, evidence URL now, scanner status at override time):
# an analyst override whose scanner evidence has changed. Reports word it in each language.
OverrideAlert = tuple[str, str, str, str, str]


@dataclass(slots=True)
class RunReportInput:
    """Everything one run's reports show.

    - `gaps`: one GapRow per institution x applicable artefact (public and internal), as in gaps.csv.
      `override_by` non-empty marks an analyst override; `note` holds its note (or the scanner's note).
      A status value of "not_applicable" (an analyst's verdict) is accepted even if GapStatus lacks it.
    - `sites`: crawl outcome per institution id; an institution without an entry is judged from its rows.
    - `procurement`: per institution id {"status", "bin", "bin_source", "detail", "red_flags": [
      {"flag_id", "value", "threshold", "flagged", "formula", "detail"}]}, or None when not collected.
    - `previous_gaps`: rows of the last completed run before this one (None: no previous run).
    - `history`: coverage of earlier runs, oldest first; the current run is added by the reports
      when its run_id is not already the last entry.
    - `override_alerts`: overrides to review because the scanner's own evidence changed.
    """

    run_id: str
    as_of: date
    started: datetime
    finished: datetime | None
    institutions: list[Institution]
    gaps: list[GapRow]
    sites: dict[str, SiteResult] = field(default_factory=dict)
    procurement: dict[str, dict[str, Any]] | None = None
    previous_gaps: list[GapRow] | None = None
    history: list[RunCoverage] = field(default_factory=list)
    override_alerts: list[OverrideAlert] = field(default_factory=list)
    previous_run_id: str = ""  # shown next to "since the previous run" when known
    # The run's evidence index from the store (rows as in archive/evidence.csv); None: read that file.
    evidence_archive: list[dict[str, str]] | None = None
