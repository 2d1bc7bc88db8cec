"""Gaps opened / closed / changed between runs; unreachable never opens or closes a gap."""

from __future__ import annotations

from adalscan.models import GapRow, GapStatus
from adalscan.reports.diff import GapDiff, diff_gaps


def row(inst: str, art: str, status: GapStatus | str, override_by: str = "", observable: str = "public") -> GapRow:
    return GapRow(inst, art, "social_education", observable, status, override_by=override_by)  # type: ignore[arg-type]


def kinds(diff: GapDiff) -> dict[str, set[tuple[str, str]]]:
    return {kind: {(c.institution_id, c.artefact_id) for c in getattr(diff, kind)} for kind in GapDiff.KINDS}


def test_opened_closed_and_changed() -> None:
    previous = [row("a", "plan", "found"), row("a", "hotline", "missing"), row("a", "code", "missing"),
                row("a", "policy", "stale"), row("b", "plan", "uncertain"), row("b", "hotline", "found")]
    current = [row("a", "plan", "missing"), row("a", "hotline", "found"), row("a", "code", "stale"),
               row("a", "policy", "uncertain"), row("b", "plan", "found"), row("b", "hotline", "found")]
    got = kinds(diff_gaps(previous, current))
    assert got["opened"] == {("a", "plan")}
    assert got["closed"] == {("a", "hotline"), ("b", "plan")}
    assert got["changed"] == {("a", "code"), ("a", "policy")}  # still gaps, different kind
    assert got["cannot_say"] == set()


def test_uncertain_counts_as_a_gap() -> None:
    got = kinds(diff_gaps([row("a", "plan", "found")], [row("a", "plan", "uncertain")]))
    assert got["opened"] == {("a", "plan")}


def test_unreachable_neither_opens_nor_closes() -> None:
    previous = [row("a", "plan", "unreachable"), row("a", "hotline", "missing"), row("b", "plan", "found")]
    current = [row("a", "plan", "missing"), row("a", "hotline", "unreachable"), row("b", "plan", "unreachable")]
    diff = diff_gaps(previous, current)
    assert not diff.opened and not diff.closed and not diff.changed
    assert diff.empty
    assert kinds(diff)["cannot_say"] == {("a", "plan"), ("a", "hotline"), ("b", "plan")}


def test_rows_only_in_one_run_are_not_compared() -> None:
    diff = diff_gaps([row("gone", "plan", "missing")], [row("new", "plan", "missing"), row("new", "x", "found")])
    assert diff.empty and not diff.cannot_say


def test_analyst_not_applicable_closes_a_gap_and_found_to_na_is_a_change() -> None:
    # adalscan.overrides stores "not applicable" as manual on an overridden row.
    previous = [row("a", "plan", "missing"), row("a", "club", "found"), row("a", "minutes", "manual", observable="internal")]
    current = [row("a", "plan", GapStatus.MANUAL, override_by="A. Analyst"),
               row("a", "club", "not_applicable", override_by="A. Analyst"),
               row("a", "minutes", "manual", observable="internal")]
    diff = diff_gaps(previous, current)
    assert [(c.artefact_id, c.before, c.after, c.override_by) for c in diff.closed] == [
        ("plan", "missing", "not_applicable", "A. Analyst")]
    assert [(c.artefact_id, c.before, c.after) for c in diff.changed] == [("club", "found", "not_applicable")]


def test_for_institution_and_flat_rows() -> None:
    previous = [row("a", "plan", "found"), row("b", "plan", "missing")]
    current = [row("a", "plan", "missing"), row("b", "plan", "found")]
    diff = diff_gaps(previous, current)
    only_a = diff.for_institution("a")
    assert [c.institution_id for c in only_a.opened] == ["a"] and not only_a.closed
    assert diff.rows() == [
        {"kind": "opened", "institution_id": "a", "artefact_id": "plan", "before": "found", "after": "missing",
         "override_by": ""},
        {"kind": "closed", "institution_id": "b", "artefact_id": "plan", "before": "missing", "after": "found",
         "override_by": ""},
    ]
