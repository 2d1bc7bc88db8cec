"""Procurement records: BIN validation, year spans, JSON form."""

from __future__ import annotations

import json

from adalscan.models import GapStatus
from adalscan.procurement.models import ProcurementResult, RedFlag, compact_years, valid_bin


def test_valid_bin_checks_the_control_digit() -> None:
    for good in ("050140006873", "210240033968", "000140001536"):  # BINs quoted in goszakup-api.md
        assert valid_bin(good)
    for bad in ("050140006874", "05014000687", "0501400068733", "05014000687x", "", "-50140006873"):
        assert not valid_bin(bad)


def test_compact_years() -> None:
    assert compact_years([]) == ""
    assert compact_years([2024]) == "2024"
    assert compact_years([2026, 2022, 2023, 2024]) == "2022-2024, 2026"
    assert compact_years({2020, 2022}) == "2020, 2022"


def test_result_to_dict_and_helpers() -> None:
    result = ProcurementResult("x", GapStatus.FOUND, bin="050140006873", counts={2026: {"plans": 1}},
                               red_flags=[RedFlag("single_bidder", 0.5, 0.3, True, "f")])
    data = result.to_dict()
    assert data["status"] == "found" and data["counts"] == {"2026": {"plans": 1}}
    assert json.loads(json.dumps(data))["red_flags"][0]["flag_id"] == "single_bidder"
    assert result.flag("single_bidder") is not None and result.flag("nope") is None
    assert result.confidence == 1.0
    assert ProcurementResult("y", GapStatus.UNCERTAIN).confidence < 0.5
