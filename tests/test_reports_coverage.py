"""How coverage is counted: public cells of reachable sites; N/A leaves the denominator."""

from __future__ import annotations

from datetime import date

from adalscan.models import CrawlStatus, GapRow, Institution, SiteResult
from adalscan.reports.context import RunCoverage
from adalscan.reports.coverage import (
    count_cells,
    like_for_like_change,
    run_coverage,
    site_reachable,
    status_of,
)


def row(inst: str, art: str, status: str, observable: str = "public", override_by: str = "") -> GapRow:
    return GapRow(inst, art, "finance", observable, status, override_by=override_by)  # type: ignore[arg-type]


def test_count_cells_and_percentage() -> None:
    rows = [row("a", "1", "found"), row("a", "2", "found"), row("a", "3", "stale"), row("a", "4", "uncertain"),
            row("a", "5", "missing"), row("a", "6", "manual", observable="internal"),
            row("a", "7", "manual", override_by="Analyst")]  # an analyst's "not applicable"
    counts = count_cells(rows)
    assert (counts.found, counts.stale, counts.uncertain, counts.missing) == (2, 1, 1, 1)
    assert counts.not_applicable == 1 and counts.applicable == 5 and counts.gaps == 3
    assert counts.pct == 40.0


def test_nothing_applicable_gives_no_percentage() -> None:
    assert count_cells([row("a", "1", "manual", observable="internal")]).pct is None
    assert count_cells([]).pct is None


def test_status_of_understands_the_override_encoding() -> None:
    assert status_of(row("a", "1", "manual", override_by="X")) == "not_applicable"
    assert status_of(row("a", "1", "manual", observable="internal")) == "manual"
    assert status_of(row("a", "1", "N/A")) == "not_applicable"
    assert status_of(row("a", "1", "found", override_by="X")) == "found"


def test_run_coverage_leaves_unreachable_sites_out() -> None:
    insts = [Institution("a", "college", "https://a.example.test/", region="R1"),
             Institution("b", "college", "https://b.example.test/", region="R1"),
             Institution("c", "college", "https://c.example.test/", region="R2")]
    gaps = [row("a", "1", "found"), row("a", "2", "missing"),
            row("b", "1", "found"), row("b", "2", "found"), row("b", "3", "found"), row("b", "4", "found"),
            row("c", "1", "unreachable"), row("c", "2", "unreachable")]
    sites = {"a": SiteResult("a", CrawlStatus.OK), "b": SiteResult("b", CrawlStatus.BUDGET_EXHAUSTED),
             "c": SiteResult("c", CrawlStatus.TIMEOUT)}
    cov = run_coverage("r1", date(2026, 3, 1), insts, gaps, sites)
    assert cov.institutions == {"a": 50.0, "b": 100.0, "c": None}
    assert cov.regions == {"R1": round(100 * 5 / 6, 1), "R2": None}  # pooled cells, not a mean of percentages
    assert cov.overall == round(100 * 5 / 6, 1)


def test_reachability_without_a_site_record_is_judged_from_rows() -> None:
    assert not site_reachable("c", {}, [row("c", "1", "unreachable"), row("c", "2", "manual", "internal")])
    assert site_reachable("a", {}, [row("a", "1", "missing")])


def _coverage(run_id: str, per_inst: dict[str, float | None]) -> RunCoverage:
    return RunCoverage(run_id, date(2026, 1, 1), institutions=per_inst)


def test_change_is_counted_over_institutions_seen_in_both_runs() -> None:
    # The region's mean falls from 80 to about 57 because a weak institution joined the registry; of the two
    # that were there before, one went up by 10 points and one did not change.
    before = _coverage("r1", {"a": 80.0, "b": 80.0})
    now = _coverage("r2", {"a": 80.0, "b": 90.0, "new": 0.0})
    assert like_for_like_change(now, before, ["a", "b", "new"]) == (5.0, 2, 3)
    # A site down this night is left out of the comparison, not counted as a fall to nothing.
    down = _coverage("r3", {"a": None, "b": 90.0, "new": 10.0})
    assert like_for_like_change(down, now, ["a", "b", "new"]) == (5.0, 2, 3)


def test_no_change_without_a_common_institution() -> None:
    assert like_for_like_change(_coverage("r2", {"b": 50.0}), _coverage("r1", {"a": 40.0}), ["a", "b"]) is None
    assert like_for_like_change(_coverage("r2", {}), _coverage("r1", {}), []) is None
