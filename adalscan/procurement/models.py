"""Records handed from the procurement check to the reports.

One `ProcurementResult` per institution: the `goszakup_procurement` status (found / stale / missing /
uncertain, never unreachable: an unanswered portal is `uncertain`, with the reason in `detail`), where
the BIN came from, the years and counts the portal showed, and the buyer-level red flags.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from adalscan.models import GapStatus

BIN_RE = re.compile(r"^\d{12}$")

# Where an institution's BIN came from (closed list, shown in reports).
BIN_SOURCE_REGISTRY = "registry"
BIN_SOURCE_NAME_MATCH = "portal_name_match"
BIN_SOURCE_UNKNOWN = "unknown"


def valid_bin(value: str) -> bool:
    """True when `value` is 12 digits with a correct IIN/BIN control digit.

    The 12th digit is Σ d_i·i (i = 1..11) mod 11; when that is 10 the weights 3..11,1,2 are used,
    and a second 10 means the number is invalid. Checked against BINs quoted in goszakup-api.md.
    """
    if not BIN_RE.match(value or ""):
        return False
    digits = [int(c) for c in value]
    check = sum(d * w for d, w in zip(digits[:11], range(1, 12), strict=True)) % 11
    if check == 10:
        check = sum(d * w for d, w in zip(digits[:11], (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2), strict=True)) % 11
        if check == 10:
            return False
    return check == digits[11]


@dataclass(frozen=True, slots=True)
class BinResolution:
    """The BIN used for one institution and how it was obtained."""

    bin: str | None
    source: str  # registry | portal_name_match | unknown
    matched_name: str = ""  # the portal subject name that matched (portal_name_match only)
    score: float = 0.0  # rapidfuzz score of that match, 0..100
    detail: str = ""  # why unknown, or a note (e.g. the portal suggests another BIN)


@dataclass(slots=True)
class RedFlag:
    """One buyer-level risk indicator: a reason for an analyst to look, not a finding."""

    flag_id: str
    value: float | None  # None when there was too little data to compute it
    threshold: float
    flagged: bool
    formula: str
    detail: str = ""
    sample: int = 0  # size of the denominator (contracts, announcements, lots)
    peer_outlier: bool | None = None  # above Q3 + 1.5·IQR among the institutions checked together
    records: list[str] = field(default_factory=list)  # the records behind it: "contract:<id>", "announcement:<id>", ...
    source: str = "api"  # api | listings: where the figure came from


@dataclass(slots=True)
class ProcurementResult:
    """The procurement check of one institution."""

    institution_id: str
    status: GapStatus
    bin: str | None = None
    bin_source: str = BIN_SOURCE_UNKNOWN
    detail: str = ""
    evidence_url: str = ""  # public portal search URL for the BIN; a string only, never fetched by adalscan
    period: str = ""  # years seen, compact ("2024-2026", "2022, 2024")
    years: list[int] = field(default_factory=list)
    counts: dict[int, dict[str, int]] = field(default_factory=dict)  # year -> {plans, announcements, lots, contracts}
    red_flags: list[RedFlag] = field(default_factory=list)
    bin_match: str = ""  # "«matched name» (score 97.0)" for portal_name_match
    errors: list[str] = field(default_factory=list)  # portal errors met (already token-free)
    source: str = "api"  # api (OWS v3 with a token) | listings (public search pages, no token)

    @property
    def confidence(self) -> float:
        """Gap-report confidence: portal data is authoritative, an unanswered question is not."""
        return 0.3 if self.status == GapStatus.UNCERTAIN else 1.0

    def flag(self, flag_id: str) -> RedFlag | None:
        """The red flag with this id, if computed."""
        return next((f for f in self.red_flags if f.flag_id == flag_id), None)

    def to_dict(self) -> dict[str, object]:
        """JSON-ready form (years as string keys)."""
        data = asdict(self)
        data["status"] = str(self.status)
        data["counts"] = {str(year): dict(c) for year, c in sorted(self.counts.items())}
        return data


def compact_years(years: list[int] | set[int]) -> str:
    """[2022, 2023, 2024, 2026] -> "2022-2024, 2026"."""
    ordered = sorted(set(years))
    spans: list[str] = []
    start: int | None = None
    prev: int | None = None
    for year in [*ordered, None]:
        if start is not None:
            assert prev is not None  # set together with start
            if year is None or year != prev + 1:
                spans.append(str(start) if start == prev else f"{start}-{prev}")
                start = None
        if year is not None and start is None:
            start = year
        prev = year
    return ", ".join(spans)
