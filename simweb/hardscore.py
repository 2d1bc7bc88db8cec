"""Score a run's gaps.csv against truth.csv per kind of hard case (see simweb/README.md, "Hard cases").

    python -m simweb score --truth DIR/truth.csv --gaps RUN/gaps.csv [--truth DIR/procurement-truth.csv] [--goszakup api]

Prints the cell accuracy, `uncertain` cells over public cells (reported and expected), one line per
kind (the cells whose notes carry it: a hard positive's tag, `national_model`, or `near:<kind>` for
the cells a hard negative is aimed at) and the wrong cells with their kinds. Later truth files win
for the cells they name (the procurement mock's truth for goszakup_procurement: by default what a scan
without a token can establish from the public listings, `--goszakup api` for a scan with one).
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

POSITIVE_TAGS = {"en_paraphrase": "en_paraphrase", "link_only": "link_only", "two_on_page": "two_on_page",
                 "national_standard": "national_standard", "download_only": "download", "file_name_anchor": "download",
                 "national_model": "national_model", "renamed": "renamed"}


def kinds(notes: str) -> list[str]:
    """The hard-case kinds a truth row belongs to, from its notes."""
    out: list[str] = []
    for tag in notes.split(";"):
        kind = tag if tag.startswith("near:") else POSITIVE_TAGS.get(tag, "")
        if kind and kind not in out:
            out.append(kind)
    return out


@dataclass(slots=True)
class KindScore:
    cells: int = 0
    right: int = 0
    got: Counter[str] = field(default_factory=Counter)  # reported status of the wrong cells


@dataclass(slots=True)
class HardScore:
    cells: int = 0
    right: int = 0
    public: int = 0
    uncertain_got: int = 0
    uncertain_expected: int = 0
    by_kind: dict[str, KindScore] = field(default_factory=dict)
    wrong: list[tuple[str, str, str, str, str]] = field(default_factory=list)  # inst, art, exp, got, kinds

    def lines(self) -> list[str]:
        out = [f"accuracy: {self.right / max(1, self.cells):.3f} ({self.right}/{self.cells} cells)",
               f"uncertain: reported {self.uncertain_got} of {self.public} public cells "
               f"({self.uncertain_got / max(1, self.public):.1%}); expected {self.uncertain_expected}",
               "kind                          cells  right  wrong (reported)"]
        for kind in sorted(self.by_kind):
            k = self.by_kind[kind]
            got = ", ".join(f"{s} {n}" for s, n in k.got.most_common())
            out.append(f"{kind:<28} {k.cells:>6} {k.right:>6}  {k.cells - k.right} {f'({got})' if got else ''}")
        out += [f"  wrong: {i} {a}: expected {e}, got {g}" + (f" [{k}]" if k else "") for i, a, e, g, k in self.wrong]
        return out


# The procurement mock's column for what a scan without a token can establish from the public listings alone.
LISTINGS_STATUS_COLUMN = "expected_status_listings"


def expected_status(row: dict[str, str], goszakup: str = "listings") -> str:
    """The status a truth row expects of a run that read procurement this way ("listings": without a token, the
    public listings; "api": with one). Rows without a listings column expect the same of both."""
    if goszakup == "listings" and row.get(LISTINGS_STATUS_COLUMN):
        return row[LISTINGS_STATUS_COLUMN]
    return row["expected_status"]


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def score(truth_paths: list[Path], gaps_path: Path, goszakup: str = "listings") -> HardScore:
    from detectors.spec import spec_by_id

    spec = spec_by_id()
    truth: dict[tuple[str, str], dict[str, str]] = {}
    for path in truth_paths:
        for row in read_rows(path):
            key = (row["institution_id"], row["artefact_id"])
            row = {**row, "expected_status": expected_status(row, goszakup)}
            truth[key] = {**truth.get(key, {}), **{k: v for k, v in row.items() if v or k == "expected_status"}}
    got = {(r["institution_id"], r["artefact_id"]): r["status"] for r in read_rows(gaps_path)}
    result = HardScore()
    for key, row in truth.items():
        if key not in got:
            continue
        expected, status = row["expected_status"], got[key]
        result.cells += 1
        ok = status == expected
        result.right += ok
        if key[1] in spec and spec[key[1]].public:
            result.public += 1
            result.uncertain_got += status == "uncertain"
            result.uncertain_expected += expected == "uncertain"
        row_kinds = kinds(row.get("notes", ""))
        for kind in row_kinds:
            k = result.by_kind.setdefault(kind, KindScore())
            k.cells += 1
            k.right += ok
            if not ok:
                k.got[status] += 1
        if not ok:
            result.wrong.append((*key, expected, status, ",".join(row_kinds)))
    return result
