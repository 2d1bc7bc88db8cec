"""Score a run's gaps.csv against a ground-truth file (institution_id, artefact_id, expected_status)."""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

STATUSES = ("found", "stale", "uncertain", "missing", "unreachable", "manual")


@dataclass(slots=True)
class Score:
    cells: int = 0
    correct: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)  # (expected, got) -> count
    missing_rows: list[tuple[str, str]] = field(default_factory=list)  # in truth, absent from gaps.csv
    extra_rows: list[tuple[str, str]] = field(default_factory=list)  # in gaps.csv, absent from truth
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)  # inst, artefact, expected, got

    @property
    def accuracy(self) -> float:
        return self.correct / self.cells if self.cells else 0.0

    def confusion_table(self) -> str:
        """Expected statuses as rows, reported statuses as columns."""
        seen = [s for s in STATUSES if any(s in k for k in self.confusion)]
        head = "expected \\ got".ljust(14) + "".join(s[:11].rjust(12) for s in seen)
        lines = [head]
        for exp in seen:
            lines.append(exp.ljust(14) + "".join(str(self.confusion.get((exp, got), 0)).rjust(12) for got in seen))
        return "\n".join(lines)


def read_cells(path: Path, status_column: str) -> dict[tuple[str, str], str]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return {(r["institution_id"], r["artefact_id"]): r[status_column] for r in csv.DictReader(fh)}


def score_gaps(gaps_csv: Path, truth: dict[tuple[str, str], str]) -> Score:
    got = read_cells(gaps_csv, "status")
    score = Score()
    for key, expected in truth.items():
        if key not in got:
            score.missing_rows.append(key)
            continue
        score.cells += 1
        score.confusion[(expected, got[key])] += 1
        if got[key] == expected:
            score.correct += 1
        else:
            score.errors.append((*key, expected, got[key]))
    score.extra_rows = [k for k in got if k not in truth]
    return score
