"""Without a token: the Scrapy spider over the mock's public search pages, against the API path's answers."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from adalscan.models import GapStatus, Institution
from adalscan.procurement.assess import check_institutions
from adalscan.procurement.models import ProcurementResult
from crawler.goszakup_listings import check_listings, name_query, parse_table, results_from_pages
from simweb.goszakup.mock import MockGoszakup
from simweb.goszakup.mockdata import build_world, demo_institutions

AS_OF = date(2026, 11, 25)
PROFILES = {
    "sever-tech": "value_increase", "step-agro": "current", "prioz-ped": "short_periods", "gorny-med": "past_only",
    "mysal": "dominant_supplier", "akzhaiyk-gum": "current", "rechnoy-ep": "nothing", "korkem": "nothing",
    "zapad-neft": "current", "vostok-innov": "withdrawn_plan", "centr-trans": "unknown_name",
    "ozerny-poly": "split_and_late", "step-agrotech": "plan_only", "zhana-qala": "current", "cifra": "current",
    "predgorny-med": "ambiguous_name",
}


@pytest.fixture(scope="module")
def mock() -> Iterator[MockGoszakup]:
    with MockGoszakup(demo_institutions(), seed=11, as_of=AS_OF, profiles=PROFILES) as running:
        yield running


@pytest.fixture(scope="module")
def both(mock: MockGoszakup) -> tuple[dict[str, ProcurementResult], dict[str, ProcurementResult]]:
    insts = demo_institutions()
    api = check_institutions(insts, mock.url, mock.token, AS_OF, allow_private=True, client_options={"rate_per_s": 0})
    listings = check_listings(insts, AS_OF, portal_url=mock.url, delay=0, allow_private=True)
    return api, listings


def test_listings_status_is_what_the_mock_says_the_listings_can_show(
        mock: MockGoszakup, both: tuple[dict[str, ProcurementResult], dict[str, ProcurementResult]]) -> None:
    """The mock's truth for a scan without a token (`listings_status`, the demo's scorer reads it): where the API
    proves "missing" through the participant registry, or sees an older entity of the same name, the listings
    cannot, and the truth says what they can."""
    _, listings = both
    truth = mock.truth["institutions"]
    assert {i: str(r.status) for i, r in listings.items()} == {i: truth[i]["listings_status"] for i in listings}
    # The cases where the two truths part: a name without a customer, an older entity of the same name.
    assert truth["korkem"]["status"] == "missing" and truth["korkem"]["listings_status"] == "uncertain"
    assert truth["predgorny-med"]["status"] == "uncertain" and truth["predgorny-med"]["listings_status"] == "found"


def test_listings_status_matches_the_api_path(both: tuple[dict[str, ProcurementResult],
                                                          dict[str, ProcurementResult]]) -> None:
    api, listings = both
    assert all(r.source == "listings" for r in listings.values()) and all(r.source == "api" for r in api.values())
    same = [i for i in api if api[i].status == listings[i].status]
    # Every institution whose BIN is in the registry or whose Russian name finds one customer agrees; the
    # found / stale / missing / uncertain mix is all there.
    assert {"step-agro", "rechnoy-ep", "sever-tech", "gorny-med", "mysal", "zapad-neft", "vostok-innov",
            "ozerny-poly", "step-agrotech", "cifra", "prioz-ped", "centr-trans"} <= set(same)
    assert {str(listings[i].status) for i in same} == {"found", "stale", "missing", "uncertain"}
    # Without a token the registry cannot be read, so what the listings cannot know stays open: a Kazakh-only
    # name has nothing to search by, and a name with no customer is uncertain rather than missing.
    for institution_id in set(api) - set(same):
        assert institution_id in ("akzhaiyk-gum", "zhana-qala", "korkem", "predgorny-med"), institution_id
    assert listings["korkem"].status == GapStatus.UNCERTAIN and "no customer of this name" in listings["korkem"].detail
    assert listings["rechnoy-ep"].status == GapStatus.MISSING  # registry BIN, nothing published: provable
    assert listings["vostok-innov"].status == GapStatus.UNCERTAIN  # withdrawn plan points are not a plan
    assert listings["step-agro"].evidence_url.startswith("http://127.0.0.1:")
    assert "public listings" in listings["step-agro"].detail
    # Every remark is one of the scanner's notes, which the kk/ru reports show in their language.
    from adalscan.notes import parse

    unknown = {i: r.detail for results in (api, listings) for i, r in results.items() if parse(r.detail) is None}
    assert unknown == {}


def test_listing_indicators_agree_with_the_api(both: tuple[dict[str, ProcurementResult],
                                                           dict[str, ProcurementResult]]) -> None:
    api, listings = both
    for institution_id in ("prioz-ped", "step-agro", "ozerny-poly"):
        for flag_id in ("short_tender_period", "cancelled_tenders"):
            a, b = api[institution_id].flag(flag_id), listings[institution_id].flag(flag_id)
            assert b is not None and b.source == "listings" and a.source == "api"
            assert (a.flagged, a.value) == (b.flagged, b.value), (institution_id, flag_id)
    assert listings["prioz-ped"].flag("short_tender_period").flagged
    assert not listings["step-agro"].flag("short_tender_period").flagged  # lawful short price quotations
    assert listings["ozerny-poly"].flag("cancelled_tenders").flagged
    assert all(r.startswith("announcement:") for r in listings["ozerny-poly"].flag("cancelled_tenders").records)


def test_spider_is_polite_and_reads_robots(mock: MockGoszakup) -> None:
    insts = [i for i in demo_institutions() if i.id in ("step-agro", "rechnoy-ep")]
    mock.clear_faults()
    started = time.monotonic()
    results = check_listings(insts, AS_OF, portal_url=mock.url, delay=0.4, allow_private=True)
    elapsed = time.monotonic() - started
    requests = [r for r in mock.stats()["requests"] if r["path"].startswith("/ru/") or r["path"] == "/robots.txt"]
    pages = [r for r in requests if r["path"].startswith("/ru/search/")]
    assert requests[0]["path"] == "/robots.txt" and len(pages) == 6  # 3 listings x 2 institutions, one page each
    assert elapsed >= 0.4 * (len(pages) - 1)  # one request at a time, the crawl delay between them
    assert all(r["auth"] == "missing" for r in requests)  # no token goes to the public pages
    assert results["step-agro"].status == GapStatus.FOUND


def test_refuses_a_private_portal_without_allow_private() -> None:
    insts = demo_institutions()[:2]
    results = check_listings(insts, AS_OF, portal_url="http://127.0.0.1:9", delay=0)
    assert all(r.status == GapStatus.UNCERTAIN and "allow_private" in r.detail for r in results.values())


def test_no_public_plan_search_decides_on_procurement_alone() -> None:
    inst = replace(demo_institutions()[1], bin="120540003214")
    row = {"kind": "announce", "number": "1-1", "buy_id": 1, "customer": "X", "method": "Открытый конкурс",
           "start": "2026-03-01 10:00:00", "end": "2026-03-20 10:00:00", "amount": 10.0, "status": "Завершено",
           "year": ""}
    items = [{"id": inst.id, "kind": "announce", "page": 1, "rows": [row]},
             {"id": inst.id, "kind": "lots", "page": 1, "rows": []},
             {"id": inst.id, "kind": "plans", "page": 1, "error": "404 not found"}]
    result = results_from_pages([inst], items, AS_OF, "http://portal.invalid")[inst.id]
    assert result.status == GapStatus.FOUND and "plan points not checked" in result.detail
    items[0]["error"], items[0]["rows"] = "TimeoutError: no answer", []
    assert results_from_pages([inst], items, AS_OF, "http://portal.invalid")[inst.id].status == GapStatus.UNCERTAIN


def test_table_parser_finds_columns_by_header_and_survives_hostile_cells() -> None:
    page = """<html><body><p class="total">Найдено: 2</p><table id="search-result"><thead><tr>
      <th>Статус</th><th>№</th><th>Сумма</th><th>Окончание приема заявок</th><th>Способ закупки</th>
      <th>Начало приема заявок</th></tr></thead><tbody>
      <tr><td>Опубликовано</td><td><strong>77-1</strong> <a href="/ru/announce/index/77">x</a>
          <small>Заказчик: <script>alert(1)</script>ТОО «Тест»</small></td><td>1 240 000.50</td>
          <td>2026-05-10 10:00:00</td><td>Аукцион</td><td>2026-05-01 10:00:00</td></tr>
      <tr><td></td></tr></tbody></table></body></html>"""
    rows, total = parse_table(page, "announce")
    assert total == 2 and len(rows) == 2
    first = rows[0]
    assert first["buy_id"] == 77 and first["method"] == "Аукцион" and first["amount"] == 1240000.5
    assert first["start"].startswith("2026-05-01") and first["end"].startswith("2026-05-10")
    assert first["status"] == "Опубликовано"
    assert parse_table("<html><body>no table</body></html>", "lots") == ([], None)


def _demo(out: Path, mode: str) -> dict[str, str]:
    env = dict(os.environ, ADALSCAN_DEMO_GOSZAKUP=mode)
    env.pop("ADALSCAN_GOSZAKUP_TOKEN", None)
    proc = subprocess.run([sys.executable, "-m", "adalscan.cli", "demo", "--n", "12", "--seed", "5", "--out",
                           str(out), "--as-of", "2026-11-25"], capture_output=True, text=True, env=env, timeout=900,
                          check=False, cwd=Path(__file__).resolve().parent.parent)
    assert proc.returncode == 0, proc.stderr[-3000:]
    with (out / "latest" / "gaps.csv").open(encoding="utf-8-sig", newline="") as fh:
        return {r["institution_id"]: r["status"] for r in csv.DictReader(fh) if r["artefact_id"] == "goszakup_procurement"}


def test_demo_without_a_token_reads_the_listings_and_agrees_with_the_api(tmp_path: Path) -> None:
    listings = _demo(tmp_path / "listings", "listings")
    saved = json.loads(next((tmp_path / "listings" / "runs").glob("*/procurement.json")).read_text("utf-8"))
    assert saved and {r["source"] for r in saved.values()} == {"listings"}
    api = _demo(tmp_path / "api", "api")
    saved_api = json.loads(next((tmp_path / "api" / "runs").glob("*/procurement.json")).read_text("utf-8"))
    assert {r["source"] for r in saved_api.values()} == {"api"}
    assert listings and listings == api


def test_one_customer_matched_by_two_institutions_is_uncertain_for_both() -> None:
    first, second = (replace(i, bin="") for i in demo_institutions()[:2])
    second = replace(second, id="twin", name_ru=first.name_ru)
    row = {"kind": "announce", "number": "1-1", "buy_id": 1, "customer": f"НАО «{first.name_ru}»",
           "method": "Открытый конкурс", "start": "2026-03-01 10:00:00", "end": "2026-03-20 10:00:00",
           "amount": 10.0, "status": "Завершено", "year": ""}
    items = [{"id": i.id, "kind": "announce", "page": 1, "rows": [row]} for i in (first, second)]
    results = results_from_pages([first, second], items, AS_OF, "http://portal.invalid")
    assert {r.status for r in results.values()} == {GapStatus.UNCERTAIN}
    assert all("matches 2 registry institutions" in r.detail for r in results.values())
    no_plans = {"id": first.id, "kind": "plans", "page": 1, "error": "404 not found"}
    alone = results_from_pages([first], [items[0], no_plans], AS_OF, "http://portal.invalid")[first.id]
    assert alone.bin_source == "listing_name_match" and alone.status == GapStatus.FOUND


def test_redirects_are_not_followed() -> None:
    import http.server
    import threading

    seen: list[str] = []

    class Redirecting(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.append(self.path)
            if self.path == "/robots.txt":
                self.send_response(404)
            else:
                self.send_response(302)
                self.send_header("Location", f"http://127.0.0.1:{self.server.server_address[1]}/elsewhere")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Redirecting)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        inst = replace(demo_institutions()[1], bin="120540003214")
        result = check_listings([inst], AS_OF, portal_url=f"http://127.0.0.1:{server.server_address[1]}", delay=0,
                                allow_private=True)[inst.id]
    finally:
        server.shutdown()
    assert result.status == GapStatus.UNCERTAIN and "redirect not followed" in result.detail
    assert "/elsewhere" not in seen


def test_institutions_with_the_same_name_word_share_one_search(mock: MockGoszakup) -> None:
    by_name = next(i for i in demo_institutions() if not (i.bin or "").strip() and name_query(i))
    twin = replace(by_name, id=f"{by_name.id}-branch")

    def searched(insts: list[Institution]) -> list[str]:
        mock.clear_faults()
        before = len(mock.stats()["requests"])
        check_listings(insts, AS_OF, portal_url=mock.url, delay=0, allow_private=True)
        return sorted(r["path"] for r in mock.stats()["requests"][before:] if r["path"].startswith("/ru/search/"))

    alone = searched([by_name])
    assert alone and searched([by_name, twin]) == alone  # the second institution costs no request


def test_a_name_match_on_another_registry_rows_customer_is_refuted_in_both_paths() -> None:
    """A renamed institution (the portal knows it under a new name) whose registry name is a namesake's of another
    legal form: its name match lands on the namesake, whose registry BIN already reads that customer. Neither the
    API path nor the public listings may give it the namesake's procurement."""
    holder = next(i for i in demo_institutions() if (i.bin or "").strip())
    renamed = replace(holder, id="renamed-namesake", bin="", name_ru=f"РГП на ПХВ «{holder.name_ru}»",
                      name_kk=holder.name_kk)
    profiles = {holder.id: "current", renamed.id: "unknown_name"}
    with MockGoszakup([holder, renamed], seed=5, as_of=AS_OF, profiles=profiles) as portal:
        api = check_institutions([holder, renamed], portal.url, portal.token, AS_OF, allow_private=True,
                                 client_options={"rate_per_s": 0})
        listings = check_listings([holder, renamed], AS_OF, portal_url=portal.url, delay=0, allow_private=True)
    for results in (api, listings):
        assert results[holder.id].status == GapStatus.FOUND
        assert results[renamed.id].status == GapStatus.UNCERTAIN and results[renamed.id].bin is None
        assert f"registry institution {holder.id}'s" in results[renamed.id].detail


def test_the_mocks_truth_for_a_namesake_of_a_registry_bin_is_what_the_listings_show() -> None:
    """Two registry rows of one name, one with a BIN: the listings show names only; the mock's truth for each is what
    the scan can know from them, and the scan says it."""
    holder = next(i for i in demo_institutions() if (i.bin or "").strip())
    holder = replace(holder, name_ru=f"НАО «{holder.name_ru}»")
    namesake = replace(holder, id="namesake-without-bin", bin="")
    profiles = {holder.id: "current", namesake.id: "current"}
    with MockGoszakup([holder, namesake], seed=3, as_of=AS_OF, profiles=profiles) as portal:
        listings = check_listings([holder, namesake], AS_OF, portal_url=portal.url, delay=0, allow_private=True)
    world = build_world([holder, namesake], seed=3, as_of=AS_OF, profiles=profiles)  # the mock's own, deterministic
    assert {inst_id: str(r.status) for inst_id, r in listings.items()} == {
        inst_id: t["listings_status"] for inst_id, t in world.truth.items()}


def test_the_mocks_truth_for_two_namesakes_without_a_bin_is_what_the_listings_show() -> None:
    """Two registry rows of one name, neither with a BIN: the listings cannot tell them apart, and the mock's truth
    expects what the scan says (uncertain for both)."""
    first = next(i for i in demo_institutions() if not (i.bin or "").strip())
    second = replace(first, id="namesake-without-bin")
    profiles = {first.id: "current", second.id: "current"}
    with MockGoszakup([first, second], seed=3, as_of=AS_OF, profiles=profiles) as portal:
        listings = check_listings([first, second], AS_OF, portal_url=portal.url, delay=0, allow_private=True)
    world = build_world([first, second], seed=3, as_of=AS_OF, profiles=profiles)
    assert {inst_id: str(r.status) for inst_id, r in listings.items()} == {
        inst_id: t["listings_status"] for inst_id, t in world.truth.items()}
