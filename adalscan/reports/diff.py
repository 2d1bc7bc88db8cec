"""Gaps opened and closed between two runs (used by `adalscan diff` and by every report).

A *gap* is a public cell whose status is missing, stale or uncertain: uncertain counts, because until
an analyst confirms it nobody can say the institution complies. A cell is compared only when it exists
in both runs and neither side is `unreachable`: an unreachable site says nothing, so it can neither
open nor close a gap (such pairs are listed apart as `cannot_say`).

- opened:  not a gap before (found / manual / not_applicable), a gap now;
- closed:  a gap before, not a gap now;
- changed: status changed otherwise (e.g. missing -> stale, found -> not_applicable);
- cannot_say: status differs but one side is unreachable.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from adalscan.models import GapRow

from .coverage import GAP_STATUSES, UNREACHABLE, status_of


@dataclass(frozen=True, slots=True)
class GapChange:
    """One cell whose status differs between the previous and the current run."""

    institution_id: str
    artefact_id: str
    before: str
    after: str
    override_by: str = ""  # who overruled the scanner in the current run, if anyone

    def as_dict(self, kind: str) -> dict[str, str]:
        return {"kind": kind, "institution_id": self.institution_id, "artefact_id": self.artefact_id,
                "before": self.before, "after": self.after, "override_by": self.override_by}


@dataclass(slots=True)
class GapDiff:
    opened: list[GapChange] = field(default_factory=list)
    closed: list[GapChange] = field(default_factory=list)
    changed: list[GapChange] = field(default_factory=list)
    cannot_say: list[GapChange] = field(default_factory=list)

    KINDS = ("opened", "closed", "changed", "cannot_say")

    @property
    def empty(self) -> bool:
        return not (self.opened or self.closed or self.changed)

    def for_institution(self, institution_id: str) -> GapDiff:
        """The part of the diff that concerns one institution."""
        def pick(items: list[GapChange]) -> list[GapChange]:
            return [c for c in items if c.institution_id == institution_id]
        return GapDiff(pick(self.opened), pick(self.closed), pick(self.changed), pick(self.cannot_say))

    def rows(self) -> list[dict[str, str]]:
        """Flat rows (kind, institution_id, artefact_id, before, after, override_by) for CSV/JSON output."""
        return [change.as_dict(kind) for kind in self.KINDS for change in getattr(self, kind)]


def is_gap(status: str) -> bool:
    return status in GAP_STATUSES


def diff_gaps(previous: Iterable[GapRow], current: Iterable[GapRow]) -> GapDiff:
    """Compare two runs' rows cell by cell; results are sorted by institution then artefact."""
    before = {(r.institution_id, r.artefact_id): status_of(r) for r in previous}
    result = GapDiff()
    for row in sorted(current, key=lambda r: (r.institution_id, r.artefact_id)):
        key = (row.institution_id, row.artefact_id)
        if key not in before:
            continue  # new institution or artefact: nothing to compare against
        old, new = before[key], status_of(row)
        if old == new:
            continue
        change = GapChange(row.institution_id, row.artefact_id, old, new, row.override_by)
        if UNREACHABLE in (old, new):
            result.cannot_say.append(change)
        elif is_gap(new) and not is_gap(old):
            result.opened.append(change)
        elif is_gap(old) and not is_gap(new):
            result.closed.append(change)
        else:
            result.changed.append(change)
    return result
