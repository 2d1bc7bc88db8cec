"""The goszakup_procurement check end to end against the mock portal (real HTTP on 127.0.0.1)."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import random
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from adalscan.models import GapStatus, Institution
from adalscan.netpolicy import names_private_host
from adalscan.procurement.assess import (
    BREAKER_AFTER,
    amendment_chains,
    check_institutions,
    check_institutions_async,
    decide_status,
    evidence_url,
    flags_summary,
    plan_point_counts,
    result_rows,
    year_counts,
)
from adalscan.procurement.client import GoszakupClient
from adalscan.procurement.models import (
    BIN_SOURCE_NAME_MATCH,
    BIN_SOURCE_REGISTRY,
    BIN_SOURCE_UNKNOWN,
    ProcurementResult,
)
from adalscan.procurement.redflags import ContractBook, RedFlagConfig
from simweb.goszakup.mock import MockGoszakup, write_registry
from simweb.goszakup.mockdata import demo_institutions, make_bin

AS_OF = date(2026, 11, 25)
FAST = {"rate_per_s": 0, "max_retries": 2, "backoff_base": 0.01}
# One institution per profile, fixed (the seed would pick them otherwise).
PROFILES = {
    "sever-tech": "value_increase", "step-agro": "current", "prioz-ped": "short_periods", "gorny-med": "past_only",
    "mysal": "dominant_supplier", "akzhaiyk-gum": "current", "rechnoy-ep": "single_source", "korkem": "nothing",
    "zapad-neft": "current", "vostok-innov": "withdrawn_plan", "centr-trans": "unknown_name", "ozerny-poly": "single_bidder",
    "step-agrotech": "plan_only", "zhana-qala": "split_and_late", "cifra": "current", "predgorny-med": "ambiguous_name",
}


@pytest.fixture(scope="module")
def mock() -> Iterator[MockGoszakup]:
    with MockGoszakup(demo_institutions(), seed=11, as_of=AS_OF, profiles=PROFILES) as running:
        yield running


@pytest.fixture(scope="module")
def results(mock: MockGoszakup) -> dict[str, ProcurementResult]:
    mock.clear_faults()
    return check_institutions(demo_institutions(), mock.url, mock.token, AS_OF, allow_private=True, portal_url=mock.url,
                              client_options=FAST)


def truth(mock: MockGoszakup, institution_id: str) -> dict[str, object]:
    return mock.truth["institutions"][institution_id]


def test_every_status_matches_the_mock_truth(mock: MockGoszakup, results: dict[str, ProcurementResult]) -> None:
    assert set(results) == {i.id for i in demo_institutions()}
    for institution_id, result in results.items():
        expected = truth(mock, institution_id)
        assert (str(result.status), result.bin, result.bin_source) == \
            (expected["status"], expected["bin"], expected["bin_source"]), institution_id
    assert {str(r.status) for r in results.values()} == {"found", "stale", "missing", "uncertain"}


def test_every_red_flag_matches_the_mock_truth(mock: MockGoszakup, results: dict[str, ProcurementResult]) -> None:
    checked = 0
    for institution_id, result in results.items():
        expected = truth(mock, institution_id)["flags"]
        if expected:
            got = {f.flag_id: f.flagged for f in result.red_flags}
            assert {k: got[k] for k in expected} == expected, institution_id
            checked += 1
    assert checked >= 10
    assert "single_source_share" in flags_summary(results["rechnoy-ep"])
    assert results["ozerny-poly"].flag("single_bidder").detail.endswith("with a single bidder (from the bids)")


def test_status_details_say_why(results: dict[str, ProcurementResult]) -> None:
    assert "2026 plan" in results["step-agro"].detail
    assert "only past years" in results["gorny-med"].detail
    assert results["korkem"].detail == "nothing published on the portal for this BIN"
    assert results["step-agrotech"].detail.startswith("partial: 2026 plan published")
    assert "no confident match" in results["centr-trans"].detail
    assert "ambiguous" in results["predgorny-med"].detail
    assert results["centr-trans"].evidence_url == ""


def test_bin_provenance(results: dict[str, ProcurementResult]) -> None:
    assert results["step-agro"].bin_source == BIN_SOURCE_REGISTRY and results["step-agro"].bin == "120540003214"
    matched = results["sever-tech"]
    assert matched.bin_source == BIN_SOURCE_NAME_MATCH and "score" in matched.bin_match
    assert results["cifra"].bin_source == BIN_SOURCE_NAME_MATCH
    assert results["centr-trans"].bin_source == BIN_SOURCE_UNKNOWN and results["centr-trans"].bin is None


def test_counts_period_and_evidence_link(mock: MockGoszakup, results: dict[str, ProcurementResult]) -> None:
    result = results["zapad-neft"]
    assert result.period == "2025-2026" and result.years == [2025, 2026]
    assert result.counts[2026]["plans"] > 0 and result.counts[2026]["contracts"] > 0
    assert result.evidence_url == f"{mock.url}/ru/search/announce?filter[customer]={result.bin}"
    with urllib.request.urlopen(result.evidence_url.replace("[", "%5B").replace("]", "%5D"), timeout=10) as page:
        table = BeautifulSoup(page.read(), "lxml").select("#search-result tbody tr")
    announcements = sum(c["announcements"] for c in result.counts.values())
    assert len(table) == min(50, announcements)
    assert evidence_url("050140006873", "https://portal.example.test/") == \
        "https://portal.example.test/ru/search/announce?filter[customer]=050140006873"


def test_announcements_of_another_organizer_are_found(mock: MockGoszakup) -> None:
    one = [i for i in demo_institutions() if i.id == "zapad-neft"]
    with MockGoszakup(one, seed=3, as_of=AS_OF, profiles={"zapad-neft": "current"}) as single:
        bin_value = single.truth["institutions"]["zapad-neft"]["portal_bin"]
        result = check_institutions(one, single.url, single.token, AS_OF, allow_private=True, client_options=FAST)["zapad-neft"]
        paths = [r["path"] for r in single.stats()["requests"]]
    organised_here = sum(1 for p in paths if p.startswith(f"/v3/trd-buy/bin/{bin_value}"))
    fetched_by_id = [p for p in paths if p.startswith("/v3/trd-buy/") and "/bin/" not in p]
    assert organised_here >= 1
    if single.truth["institutions"]["zapad-neft"]["via_organizer"]:
        assert fetched_by_id
    assert result.status == GapStatus.FOUND


def test_result_rows_are_flat(results: dict[str, ProcurementResult]) -> None:
    rows = result_rows(results)
    assert len(rows) == len(results)
    row = next(r for r in rows if r["institution_id"] == "mysal")
    assert row["supplier_concentration_flagged"] is True and row["flags_raised"] >= 1
    json.dumps([r.to_dict() for r in results.values()])  # JSON-ready


def test_peer_outliers_are_marked(results: dict[str, ProcurementResult]) -> None:
    assert results["rechnoy-ep"].flag("single_source_share").peer_outlier is True
    assert results["step-agro"].flag("single_source_share").peer_outlier is False


def test_portal_errors_make_one_institution_uncertain(mock: MockGoszakup) -> None:
    insts = [i for i in demo_institutions() if i.id in ("step-agro", "zapad-neft", "rechnoy-ep")]
    broken = truth(mock, "zapad-neft")["portal_bin"]
    mock.set_faults([{"kind": "503", "count": 100, "path": f"/v3/contract/customer/{broken}"},
                     {"kind": "429", "count": 1, "retry_after": 0, "path": "/v3/plans/"}])
    try:
        results = check_institutions(insts, mock.url, mock.token, AS_OF, allow_private=True, client_options=FAST)
    finally:
        mock.clear_faults()
    # Plan and announcements for 2026 are enough to say "found", with the failure noted.
    assert results["zapad-neft"].status == GapStatus.FOUND
    assert "503 after 2 retries" in results["zapad-neft"].detail
    assert results["zapad-neft"].errors == [f"503 after 2 retries (/v3/contract/customer/{broken})"]
    assert results["step-agro"].status == GapStatus.FOUND and not results["step-agro"].errors
    assert results["rechnoy-ep"].flag("single_source_share").flagged


def test_unanswered_portal_is_uncertain_with_the_reason(mock: MockGoszakup) -> None:
    insts = [i for i in demo_institutions() if i.id in ("gorny-med", "korkem")]
    mock.set_faults([{"kind": "malformed", "count": 100, "path": f"/v3/plans/{truth(mock, 'gorny-med')['portal_bin']}"},
                     {"kind": "slow", "delay": 3, "count": 100,
                      "path": f"/v3/lots/bin/{truth(mock, 'korkem')['portal_bin']}"}])
    try:
        results = check_institutions(insts, mock.url, mock.token, AS_OF, allow_private=True,
                                     client_options={**FAST, "max_retries": 1, "timeout": 0.5})
    finally:
        mock.clear_faults()
    assert results["gorny-med"].status == GapStatus.UNCERTAIN  # stale data so far, but the plans did not answer
    assert results["gorny-med"].detail.startswith("portal error: malformed JSON after 1 retries")
    assert results["korkem"].status == GapStatus.UNCERTAIN  # would be missing, but lots timed out
    assert "no answer within 0.5s after 1 retries" in results["korkem"].detail


def test_401_stops_the_run_and_every_result_says_so(mock: MockGoszakup, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    secret = "not-the-token-9d2e7b"
    mock.clear_faults()
    results = check_institutions(demo_institutions(), mock.url, secret, AS_OF, allow_private=True, client_options=FAST)
    assert all(r.status == GapStatus.UNCERTAIN for r in results.values())
    assert "401 unauthorized" in results["step-agro"].detail
    assert "401 unauthorized" in results["sever-tech"].detail  # no BIN, and no registry to look it up
    assert len(mock.stats()["requests"]) == 1  # the dictionary request; nothing after the 401
    dumped = json.dumps([r.to_dict() for r in results.values()], ensure_ascii=False)
    assert secret not in dumped and secret not in caplog.text


def test_token_never_in_results_or_logs(mock: MockGoszakup, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    insts = demo_institutions()[:4]
    mock.set_faults([{"kind": "500", "count": 2, "path": "/v3/"}, {"kind": "403", "count": 100, "path": "/v3/graphql"}])
    try:
        results = check_institutions(insts, mock.url, mock.token, AS_OF, allow_private=True, client_options=FAST)
    finally:
        mock.clear_faults()
    assert "retry" in caplog.text
    assert any("the proxy was used" in (r.flag("single_bidder").detail or "") for r in results.values()
               if r.red_flags)
    dumped = json.dumps([r.to_dict() for r in results.values()], ensure_ascii=False)
    assert mock.token not in dumped and mock.token not in caplog.text


def test_missing_dictionary_leaves_method_flags_uncomputed(mock: MockGoszakup) -> None:
    insts = [i for i in demo_institutions() if i.id == "step-agro"]
    mock.set_faults([{"kind": "503", "count": 100, "path": "/v3/refs/"}])
    try:
        result = check_institutions(insts, mock.url, mock.token, AS_OF, allow_private=True, client_options=FAST)["step-agro"]
    finally:
        mock.clear_faults()
    assert result.status == GapStatus.FOUND
    assert result.flag("single_source_share").value is None
    assert "ref_trade_methods unavailable" in result.flag("single_source_share").detail
    assert result.flag("supplier_concentration").value is not None


def test_bin_by_name_uses_the_name_filter_not_the_whole_registry(mock: MockGoszakup) -> None:
    insts = [i for i in demo_institutions() if i.id in ("step-agro", "zapad-neft", "sever-tech")]
    mock.clear_faults()
    results = check_institutions(insts, mock.url, mock.token, AS_OF, allow_private=True, client_options=FAST)
    paths = [r["path"] for r in mock.stats()["requests"]]
    assert results["zapad-neft"].bin == mock.truth["institutions"]["zapad-neft"]["bin"]
    assert results["zapad-neft"].bin_source == "portal_name_match"
    assert results["sever-tech"].bin == mock.truth["institutions"]["sever-tech"]["bin"]
    assert not any(p.startswith(("/v3/subject/all", "/v3/plans?")) or p == "/v3/plans" for p in paths)


def test_name_filter_refused_falls_back_to_the_registry(mock: MockGoszakup) -> None:
    insts = [i for i in demo_institutions() if i.id == "zapad-neft"]
    mock.set_faults([{"kind": "500", "count": 100, "path": "/v3/graphql"}])
    try:
        results = check_institutions(insts, mock.url, mock.token, AS_OF, allow_private=True, client_options=FAST)
        paths = [r["path"] for r in mock.stats()["requests"]]
    finally:
        mock.clear_faults()
    assert results["zapad-neft"].bin == mock.truth["institutions"]["zapad-neft"]["bin"]
    assert any(p.startswith("/v3/subject/all") for p in paths)


def test_participant_registry_down_leaves_bins_unknown(mock: MockGoszakup) -> None:
    insts = [i for i in demo_institutions() if i.id in ("step-agro", "zapad-neft")]
    mock.set_faults([{"kind": "500", "count": 100, "path": "/v3/subject/all"},
                     {"kind": "500", "count": 100, "path": "/v3/graphql"},
                     {"kind": "500", "count": 100, "path": "/v3/plans$"}])
    try:
        results = check_institutions(insts, mock.url, mock.token, AS_OF, allow_private=True, client_options=FAST)
    finally:
        mock.clear_faults()
    assert results["step-agro"].status == GapStatus.FOUND  # its registry BIN needs no lookup
    assert results["zapad-neft"].status == GapStatus.UNCERTAIN
    assert results["zapad-neft"].detail.startswith("BIN unknown: participant registry unavailable: 500")


def test_dictionary_ids_are_not_hard_coded() -> None:
    insts = [i for i in demo_institutions() if i.id in ("rechnoy-ep", "step-agro", "zapad-neft")]
    profiles = {"rechnoy-ep": "single_source", "step-agro": "current", "zapad-neft": "current"}
    with MockGoszakup(insts, seed=5, as_of=AS_OF, profiles=profiles, direct_method_id=4711) as other:
        results = check_institutions(insts, other.url, other.token, AS_OF, allow_private=True, client_options=FAST)
    assert results["rechnoy-ep"].flag("single_source_share").flagged
    assert not results["step-agro"].flag("single_source_share").flagged


def test_progress_is_reported(mock: MockGoszakup) -> None:
    seen: list[tuple[int, int, str]] = []
    insts = demo_institutions()[:3]
    check_institutions(insts, mock.url, mock.token, AS_OF, allow_private=True, client_options=FAST,
                       progress=lambda done, total, iid: seen.append((done, total, iid)))
    assert sorted(d for d, _, _ in seen) == [1, 2, 3] and {t for _, t, _ in seen} == {3}
    assert {iid for _, _, iid in seen} == {i.id for i in insts}


def test_decide_status_rules() -> None:
    year = 2026
    both = {2026: {"plans": 3, "announcements": 1, "lots": 0, "contracts": 0}}
    assert decide_status(both, year, [])[0] == GapStatus.FOUND
    assert decide_status(both, year, ["503 after 4 retries (/v3/lots/bin/x)"])[0] == GapStatus.FOUND
    past = {2024: {"plans": 3, "announcements": 2, "lots": 2, "contracts": 1}}
    assert decide_status(past, year, []) == (GapStatus.STALE, "only past years published (2024), nothing for 2026")
    assert decide_status(past, year, ["timeout"])[0] == GapStatus.UNCERTAIN
    assert decide_status({}, year, [])[0] == GapStatus.MISSING
    assert decide_status({}, year, ["401 unauthorized"]) == (GapStatus.UNCERTAIN, "portal error: 401 unauthorized")
    contracts_only = {2026: {"plans": 0, "announcements": 0, "lots": 0, "contracts": 4}}
    status, detail = decide_status(contracts_only, year, [])
    assert status == GapStatus.UNCERTAIN and "no 2026 annual plan points" in detail


def test_year_counts_skip_amendments_and_use_announcement_years() -> None:
    counts = year_counts(
        plans=[{"plan_fin_year": 2025}, {"pln_point_year": 2026}],
        buys=[{"id": 1, "fin_year": [2026], "publish_date": "2025-12-20 10:00:00"}, {"id": 2, "publish_date": "2025-03-01"}],
        lots=[{"trd_buy_id": 1}, {"trd_buy_id": 2}, {"trd_buy_id": 99, "last_update_date": "2024-02-02"}],
        contracts=[{"fin_year": 2026}, {"fin_year": 2026, "parent_id": 5}, {"fin_year": 2026, "deleted": 1}])
    assert counts == {2024: {"plans": 0, "announcements": 0, "lots": 1, "contracts": 0},
                      2025: {"plans": 1, "announcements": 1, "lots": 1, "contracts": 0},
                      2026: {"plans": 1, "announcements": 1, "lots": 1, "contracts": 1}}


def test_hostile_registry_bin_is_not_put_in_a_path(mock: MockGoszakup) -> None:
    evil = Institution(id="evil", type="university", website="https://evil.example.test/", name_ru="Злой университет",
                       bin="../../v3/subject/all")
    mock.clear_faults()
    result = check_institutions([evil], mock.url, mock.token, AS_OF, allow_private=True, client_options=FAST)["evil"]
    assert result.status == GapStatus.UNCERTAIN and result.bin is None
    assert "not a valid BIN" in result.detail
    assert not any("../" in str(r["path"]) for r in mock.stats()["requests"])


def test_subjects_cache_spares_the_registry_download(mock: MockGoszakup, tmp_path: Path) -> None:
    insts = [i for i in demo_institutions() if i.id in ("zapad-neft", "cifra")]
    cache = tmp_path / "subjects.json"
    no_name_filter = {"kind": "500", "count": 100, "path": "/v3/graphql"}  # forces the registry fallback
    mock.set_faults([no_name_filter])
    try:
        first = check_institutions(insts, mock.url, mock.token, AS_OF, allow_private=True, client_options=FAST,
                                   subjects_cache=cache)
    finally:
        mock.clear_faults()
    assert cache.is_file() and first["zapad-neft"].bin_source == BIN_SOURCE_NAME_MATCH
    mock.clear_faults()  # also empties the request log
    mock.set_faults([{"kind": "500", "count": 100, "path": "/v3/subject/all"}, no_name_filter,
                     {"kind": "500", "count": 100, "path": "/v3/plans$"}])
    try:
        again = check_institutions(insts, mock.url, mock.token, AS_OF, allow_private=True, client_options=FAST, subjects_cache=cache)
        paths = [r["path"] for r in mock.stats()["requests"]]
    finally:
        mock.clear_faults()
    assert again["zapad-neft"].bin == first["zapad-neft"].bin and again["cifra"].bin == first["cifra"].bin
    assert not any(p.startswith("/v3/subject/all") for p in paths)


def test_command_line_run(mock: MockGoszakup, tmp_path: Path) -> None:
    registry = tmp_path / "registry.csv"
    write_registry(demo_institutions(), registry)
    root = Path(__file__).resolve().parent.parent
    env = dict(os.environ, ADALSCAN_GOSZAKUP_URL=mock.url, ADALSCAN_GOSZAKUP_TOKEN=mock.token,
               PYTHONPATH=str(root))
    mock.clear_faults()
    done = subprocess.run([sys.executable, "-m", "adalscan.procurement", "--institutions", str(registry), "--as-of",
                           "2026-11-25", "--only", "step-agro,korkem,rechnoy-ep", "--rate", "0",
                           "--allow-private", "--out", str(tmp_path / "out.json"), "--csv", str(tmp_path / "out.csv")],
                          capture_output=True, text=True, timeout=120, env=env, cwd=root)
    assert done.returncode == 0, done.stderr
    lines = dict(line.split("\t", 1) for line in done.stdout.splitlines())
    assert lines["step-agro"].startswith("found\tregistry") and lines["korkem"].startswith("missing")
    assert "single_source_share" in lines["rechnoy-ep"]
    saved = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert {r["institution_id"] for r in saved} == {"step-agro", "korkem", "rechnoy-ep"}
    csv_text = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert csv_text.startswith("institution_id,status,bin")
    for text in (done.stdout, done.stderr, csv_text, json.dumps(saved)):
        assert mock.token not in text


def test_private_api_url_is_refused_without_allow_private(mock: MockGoszakup) -> None:
    mock.clear_faults()
    insts = [i for i in demo_institutions() if i.id in ("step-agro", "zapad-neft")]
    results = check_institutions(insts, mock.url, mock.token, AS_OF, client_options=FAST)
    assert all(r.status == GapStatus.UNCERTAIN and "allow_private" in r.detail for r in results.values())
    assert results["step-agro"].bin_source == BIN_SOURCE_REGISTRY
    assert mock.stats()["requests"] == []
    assert names_private_host("http://127.0.0.1:5") and names_private_host("http://[::1]:5/")
    assert names_private_host("http://localhost") and names_private_host("http://10.1.2.3")
    assert not names_private_host("https://ows.example.test")


def test_a_portal_that_stops_answering_does_not_stall_the_run(mock: MockGoszakup) -> None:
    rng = random.Random(1)
    insts = [dataclasses.replace(i, bin=make_bin(rng)) for i in demo_institutions()]  # no name lookups
    mock.clear_faults()
    mock.set_faults([{"kind": "503", "count": 10000, "path": "/v3/"}])
    try:
        results = check_institutions(insts, mock.url, mock.token, AS_OF, allow_private=True,
                                     client_options={**FAST, "max_retries": 0})
        requests = mock.stats()["requests"]
    finally:
        mock.clear_faults()
    assert all(r.status == GapStatus.UNCERTAIN for r in results.values())
    assert sum("portal not answering" in r.detail for r in results.values()) >= len(insts) // 2
    # Without the breaker every institution would cost four failing requests (64); with it, the
    # breaker's 12 plus what was already in flight (4 institutions x 4 requests) and the dictionary.
    assert len(requests) <= 1 + BREAKER_AFTER + 4 * 4


def test_a_withdrawn_plan_point_does_not_make_found(mock: MockGoszakup, results: dict[str, ProcurementResult]) -> None:
    # vostok-innov publishes this year's procurement, but each of this year's plan points is withdrawn,
    # deleted or in a preliminary plan; the portal still returns them.
    bin_value = truth(mock, "vostok-innov")["bin"]
    with GoszakupClient(mock.url, mock.token, **FAST) as client:
        points = [p for p in client.plans(bin_value) if p["plan_fin_year"] == AS_OF.year]
    assert points and not any(plan_point_counts(p) for p in points)
    result = results["vostok-innov"]
    assert result.status == GapStatus.UNCERTAIN and "partial" in result.detail
    assert result.counts[AS_OF.year]["plans"] == 0 and result.counts[AS_OF.year]["contracts"] > 0
    assert plan_point_counts({"is_active": 1, "is_deleted": 0, "date_approved": "2026-01-05 11:00:00"})
    assert plan_point_counts({"id": 1})  # fields the portal leaves out are not held against a point


@pytest.mark.parametrize("meaning", ["total", "delta"])
def test_mock_amendments_under_either_meaning_raise_value_increase(meaning: str) -> None:
    insts = [i for i in demo_institutions() if i.id in ("sever-tech", "step-agro", "mysal", "cifra")]
    profiles = {"sever-tech": "value_increase", "step-agro": "current", "mysal": "current", "cifra": "current"}
    with MockGoszakup(insts, seed=11, as_of=AS_OF, profiles=profiles, amendment_sums=meaning) as world:
        with GoszakupClient(world.url, world.token, **FAST) as client:
            rows = client.contracts(world.truth["institutions"]["sever-tech"]["bin"])
        results = check_institutions(insts, world.url, world.token, AS_OF, allow_private=True, client_options=FAST,
                                     config=RedFlagConfig(amendment_sum=meaning))
        wrong = check_institutions(insts, world.url, world.token, AS_OF, allow_private=True, client_options=FAST,
                                   config=RedFlagConfig(amendment_sum="delta" if meaning == "total" else "total"))
    amendments = [r for r in rows if r["ref_contract_type_id"] == 2]
    assert amendments and all(r["parent_id"] and r["root_id"] for r in amendments)
    flag = results["sever-tech"].flag("contract_value_increase")
    assert flag.flagged and 0.25 <= flag.value <= 0.6 and flag.records
    assert all(not results[i].flag("contract_value_increase").flagged for i in ("step-agro", "mysal", "cifra"))
    # Read with the other meaning, the same rows give another figure: why the setting exists.
    assert wrong["sever-tech"].flag("contract_value_increase").value != flag.value


def test_mock_uses_real_contract_statuses_and_terminated_ones_change_no_sum(mock: MockGoszakup) -> None:
    with GoszakupClient(mock.url, mock.token, **FAST) as client:
        statuses = {r["id"]: r["name_ru"] for r in client.refs("ref_contract_status")}
        rows = [r for inst in PROFILES for r in (client.contracts(truth(mock, inst)["bin"]) if truth(mock, inst)["bin"]
                                                 else [])]
    assert {190, 375, 390, 340, 350} <= set(statuses)
    used = {r["ref_contract_status_id"] for r in rows}
    assert used <= set(statuses) and {190, 390} <= used and used & {340, 350}
    book = ContractBook.from_refs([{"id": k, "name_ru": v} for k, v in statuses.items()])
    void = [r for r in rows if r["ref_contract_status_id"] in book.void_statuses]
    assert void and all(r["contract_sum_wnds"] > 3e7 for r in void)  # large enough to move any sum


def test_amendment_chains_are_logged_for_the_operator_without_the_token(mock: MockGoszakup,
                                                                        caplog: pytest.LogCaptureFixture) -> None:
    rows = [{"id": 1, "parent_id": None, "root_id": None, "ref_contract_type_id": 1, "contract_sum_wnds": 100.0,
             "sign_date": "2026-01-01 10:00:00", "ref_contract_status_id": 190},
            {"id": 2, "parent_id": 1, "root_id": 1, "ref_contract_type_id": 2, "contract_sum_wnds": 125.0,
             "sign_date": "2026-03-01 10:00:00", "ref_contract_status_id": 190},
            {"id": 3, "parent_id": None, "root_id": None, "ref_contract_type_id": 1, "contract_sum_wnds": 50.0}]
    lines = amendment_chains(rows, 5)
    assert len(lines) == 1 and "id=2 type=2 parent=1 root=1" in lines[0] and "contract_sum_wnds=125.0" in lines[0]
    insts = [i for i in demo_institutions() if i.id == "sever-tech"]
    with GoszakupClient(mock.url, mock.token, **FAST) as client, caplog.at_level("INFO", "adalscan.procurement"):
        client.run(check_institutions_async(insts, client.aio, AS_OF, log_chains=True))
    logged = [r.getMessage() for r in caplog.records if "chain" in r.getMessage()]
    assert any("amendment chains" in m and "ADALSCAN_GOSZAKUP_AMENDMENT_SUM" in m for m in logged)
    assert any("type=2" in m for m in logged) and not any(mock.token in m for m in logged)
