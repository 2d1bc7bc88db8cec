"""The goszakup mock itself: CLI, envelope and cursors, auth, dictionaries, GraphQL, HTML, generated data."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup

from adalscan.models import Institution
from adalscan.procurement.models import valid_bin
from simweb.goszakup.mock import READY_PREFIX, MockGoszakup, read_registry, write_registry
from simweb.goszakup.mockdata import REQUIRED_PROFILES, build_world, demo_institutions

AS_OF = date(2026, 11, 25)
HOSTILE = Institution(id="hostile", type="college", website="https://hostile.example.test/",
                      name_ru='Колледж <script>alert("x")</script> «Тест»')


@pytest.fixture(scope="module")
def mock() -> Iterator[MockGoszakup]:
    profiles = {"sever-tech": "current", "hostile": "current"}
    with MockGoszakup([*demo_institutions(), HOSTILE], seed=7, as_of=AS_OF, profiles=profiles) as running:
        yield running


def fetch(mock: MockGoszakup, path: str, *, token: str | None = "default", body: Any = None) -> tuple[int, Any]:
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {mock.token if token == 'default' else token}"
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(mock.url + path, data=data, headers=headers, method="POST" if data else "GET")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            raw, status, kind = response.read(), response.status, response.headers.get_content_type()
    except urllib.error.HTTPError as error:
        raw, status, kind = error.read(), error.code, error.headers.get_content_type()
    return status, json.loads(raw) if kind == "application/json" else raw.decode("utf-8")


def bin_of(mock: MockGoszakup, institution_id: str = "sever-tech") -> str:
    return mock.truth["institutions"][institution_id]["portal_bin"]


def test_cli_prints_ready_and_writes_truth(tmp_path: Path) -> None:
    registry = tmp_path / "registry.csv"
    write_registry(demo_institutions(), registry)
    truth_path = tmp_path / "truth.json"
    root = Path(__file__).resolve().parent.parent
    env = {k: v for k, v in os.environ.items() if k not in ("ADALSCAN_MOCK_TOKEN", "ADALSCAN_MOCK_FAULTS")}
    env["PYTHONPATH"] = str(root)
    proc = subprocess.Popen([sys.executable, "-m", "simweb.goszakup.mock", "--registry", str(registry), "--host",
                             "127.0.0.1", "--port", "0", "--seed", "7", "--as-of", "2026-11-25", "--truth-out",
                             str(truth_path)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            env=env, cwd=root)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith(READY_PREFIX)
        ready = json.loads(line[len(READY_PREFIX):])
        assert ready["url"] == f"http://127.0.0.1:{ready['port']}" and ready["token"].startswith("mock-token-")
        request = urllib.request.Request(ready["url"] + "/v3/refs/ref_subject_type",
                                         headers={"Authorization": f"Bearer {ready['token']}"})
        with urllib.request.urlopen(request, timeout=10) as response:
            assert json.loads(response.read())["total"] == 3
    finally:
        proc.terminate()
        proc.wait(10)
        if proc.stdout is not None:
            proc.stdout.close()
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    assert truth["as_of"] == "2026-11-25" and set(truth["institutions"]) == {i.id for i in demo_institutions()}
    assert {v["profile"] for v in truth["institutions"].values()} >= set(REQUIRED_PROFILES)


def test_cli_refuses_non_loopback_hosts(tmp_path: Path) -> None:
    registry = tmp_path / "registry.csv"
    write_registry(demo_institutions()[:2], registry)
    done = subprocess.run([sys.executable, "-m", "simweb.goszakup.mock", "--registry", str(registry), "--host", "0.0.0.0"],
                          capture_output=True, text=True, timeout=60, cwd=Path(__file__).resolve().parent.parent)
    assert done.returncode != 0 and "loopback" in done.stderr


def test_bearer_check(mock: MockGoszakup) -> None:
    status, body = fetch(mock, "/v3/refs/ref_buy_status", token=None)
    assert status == 401 and body["name"] == "Unauthorized" and body["status"] == 401 and "type" in body
    assert fetch(mock, "/v3/refs/ref_buy_status", token="nope")[0] == 401
    assert fetch(mock, "/v3/refs/ref_buy_status")[0] == 200


def test_envelope_and_cursor(mock: MockGoszakup) -> None:
    bin_value = bin_of(mock)
    status, first = fetch(mock, f"/v3/contract/customer/{bin_value}?limit=5")
    assert status == 200 and set(first) == {"total", "limit", "next_page", "items"}
    assert first["limit"] == 5 and len(first["items"]) == 5 and first["total"] > 5
    assert first["next_page"] == (f"/v3/contract/customer/{bin_value}?page=next&search_after="
                                  f"{first['items'][-1]['id']}&limit=5")
    ids = [c["id"] for c in first["items"]]
    assert ids == sorted(ids, reverse=True)  # newest first
    cursor, pages, seen = first["next_page"], 1, ids
    while cursor:
        _, page = fetch(mock, cursor)
        seen += [c["id"] for c in page["items"]]
        cursor, pages = page["next_page"], pages + 1
    assert len(seen) == len(set(seen)) == first["total"] and pages == -(-first["total"] // 5)
    assert fetch(mock, "/v3/refs/ref_buy_status?limit=100000")[1]["limit"] == 500


def test_dictionaries(mock: MockGoszakup) -> None:
    _, methods = fetch(mock, "/v3/refs/ref_trade_methods")
    names = {r["id"]: r["name_ru"] for r in methods["items"]}
    assert names[6] == "Из одного источника по несостоявшимся закупкам" and names[2] == "Открытый конкурс"
    assert names[23] == "Из одного источника путем прямого заключения договора"
    _, statuses = fetch(mock, "/v3/refs/ref_buy_status")
    assert {(r["id"], r["code"]) for r in statuses["items"]} >= {(220, "PublishedOrderTaking"), (350, "Complete")}
    assert fetch(mock, "/v3/refs/ref_lots_status")[1]["total"] == statuses["total"]
    assert [r["name_ru"] for r in fetch(mock, "/v3/refs/ref_subject_type")[1]["items"]] == ["Товар", "Работа", "Услуга"]
    assert fetch(mock, "/v3/refs/ref_nothing")[0] == 404


def test_records_carry_the_documented_fields(mock: MockGoszakup) -> None:
    bin_value = bin_of(mock)
    plan = fetch(mock, f"/v3/plans/{bin_value}")[1]["items"][0]
    buy = fetch(mock, f"/v3/trd-buy/bin/{bin_value}")[1]["items"][0]
    lot = fetch(mock, f"/v3/lots/bin/{bin_value}")[1]["items"][0]
    contract = fetch(mock, f"/v3/contract/customer/{bin_value}")[1]["items"][0]
    assert {"subject_biin", "plan_fin_year", "pln_point_year", "ref_trade_methods_id", "amount"} <= set(plan)
    assert {"number_anno", "org_bin", "start_date", "end_date", "publish_date", "ref_buy_status_id", "fin_year"} <= set(buy)
    assert buy["number_anno"] == f"{buy['id']}-1" and isinstance(buy["fin_year"], list)
    assert {"customer_bin", "trd_buy_id", "ref_trade_methods_id", "ref_buy_trade_methods_id"} <= set(lot)
    assert {"parent_id", "root_id", "supplier_biin", "contract_sum_wnds", "fakt_trade_methods_id"} <= set(contract)
    assert not any(key.startswith("_") for key in lot)
    units = fetch(mock, f"/v3/contract/{contract['id']}/units")[1]["items"]
    assert units and units[0]["contract_id"] == contract["id"]
    subject = fetch(mock, f"/v3/subject/biin/{bin_value}")[1]
    assert subject["customer"] == 1 and subject["website"].startswith("https://sever-tech.")
    assert fetch(mock, "/v3/subject/biin/000000000000")[0] == 404


def test_subject_registry_supports_name_resolution(mock: MockGoszakup) -> None:
    subjects, cursor = [], "/v3/subject/all?limit=500"
    while cursor:
        page = fetch(mock, cursor)[1]
        subjects += page["items"]
        cursor = page["next_page"]
    truth = mock.truth["institutions"]
    assert all(valid_bin(s["bin"]) for s in subjects)
    assert len({s["bin"] for s in subjects}) == len(subjects)
    by_bin = {s["bin"]: s for s in subjects}
    for institution_id, expected in truth.items():
        assert by_bin[expected["portal_bin"]]["customer"] == 1
        if expected["profile"] == "ambiguous_name":
            same = [s for s in subjects if s["website"] == f"https://{institution_id}.example.kz/"]
            assert len(same) == 2
    assert any(s["supplier"] == 1 and s["customer"] == 0 for s in subjects)
    customers = fetch(mock, "/v3/plans")[1]
    assert {"pid", "bin", "name_ru", "name_kz", "doc_count"} <= set(customers["items"][0])


def test_amendment_chains_exist(mock: MockGoszakup) -> None:
    bin_value = bin_of(mock, next(i for i, t in mock.truth["institutions"].items() if t["profile"] == "value_increase"))
    contracts = fetch(mock, f"/v3/contract/customer/{bin_value}?limit=500")[1]["items"]
    by_id = {c["id"]: c for c in contracts}
    amended = [c for c in contracts if c["parent_id"]]
    assert amended
    grown = [c for c in amended if c["contract_sum_wnds"] > 1.2 * by_id[c["root_id"]]["contract_sum_wnds"]]
    assert len(grown) >= 3


def test_graphql_paging_nesting_and_errors(mock: MockGoszakup) -> None:
    query = """query($filter: TrdBuyFiltersInput, $after: Int) {
      TrdBuy(filter: $filter, limit: 3, after: $after) {
        id number: numberAnno orgBin finYear RefBuyStatus { id code } RefTradeMethods { nameRu }
        Lots { id customerBin RefLotsStatus { code } } } }"""
    bin_value = bin_of(mock)
    rows, after, pages = [], None, 0
    while True:
        _, body = fetch(mock, "/v3/graphql", body={"query": query, "variables": {"filter": {"orgBin": bin_value},
                                                                                   "after": after}})
        info = body["extensions"]["pageInfo"]
        rows += body["data"]["TrdBuy"]
        pages += 1
        if not info["hasNextPage"]:
            break
        after = info["lastId"]
    assert len(rows) == info["totalCount"] and pages == -(-len(rows) // 3)
    assert all(r["orgBin"] == bin_value and r["number"] == f"{r['id']}-1" for r in rows)
    assert all(r["Lots"] and r["Lots"][0]["RefLotsStatus"]["code"] for r in rows)
    errors = {
        "{ TrdBuy(offset: 5) { id } }": "Unknown argument \"offset\"",
        "{ TrdBuy { id nope } }": "Cannot query field \"nope\"",
        "{ TrdBuy(filter: {customerName: \"x\"}) { id } }": "is not defined by type \"TrdBuyFiltersInput\"",
        "{ TrdBuy { Lots } }": "must have a selection of subfields",
        "{ TrdBuy { id ": "Syntax Error",
        "mutation { x }": "not supported",
    }
    for bad, message in errors.items():
        status, body = fetch(mock, "/v3/graphql", body={"query": bad})
        assert status == 200 and message in body["errors"][0]["message"], bad


def test_graphql_trd_app_bids(mock: MockGoszakup) -> None:
    bin_value = bin_of(mock)
    buys = fetch(mock, f"/v3/trd-buy/bin/{bin_value}?limit=500")[1]["items"]
    query = ("query($f: TrdAppFiltersInput) { TrdApp(filter: $f, limit: 200) { buyId supplierBinIin "
             "AppLots { id lotId statusId price RefAppStatus { id code nameRu } Offers { lotId } } } }")
    _, body = fetch(mock, "/v3/graphql", body={"query": query, "variables": {"f": {"buyId": [b["id"] for b in buys]}}})
    apps = body["data"]["TrdApp"]
    assert apps and {a["buyId"] for a in apps} <= {b["id"] for b in buys}
    assert all(valid_bin(a["supplierBinIin"]) and a["AppLots"][0]["Offers"][0]["lotId"] for a in apps)
    statuses = {a["AppLots"][0]["RefAppStatus"]["nameRu"] for a in apps}
    assert "Допущена" in statuses and statuses & {"Отозвана", "Черновик"}  # withdrawn and draft ones too
    _, refused = fetch(mock, "/v3/graphql", body={"query": query.replace("limit: 200", "limit: 500"),
                                                  "variables": {"f": {"buyId": [buys[0]["id"]]}}})
    assert "between 0 and 200" in refused["errors"][0]["message"]  # the schema's limit is 0..200


def test_html_search_page_lists_the_customers_announcements(mock: MockGoszakup) -> None:
    bin_value = bin_of(mock)
    status, page = fetch(mock, f"/ru/search/announce?filter%5Bcustomer%5D={bin_value}&count_record=500", token=None)
    assert status == 200
    rows = BeautifulSoup(page, "lxml").select("table#search-result tbody tr")
    buys = {b["id"] for b in fetch(mock, f"/v3/trd-buy/bin/{bin_value}?limit=500")[1]["items"]}
    linked = {int(a["href"].rsplit("/", 1)[1]) for r in rows for a in r.select("a")}
    assert buys <= linked and all(len(r.find_all("td")) == 7 for r in rows)


def test_html_escapes_hostile_names(mock: MockGoszakup) -> None:
    status, page = fetch(mock, f"/ru/search/announce?filter%5Bcustomer%5D={bin_of(mock, 'hostile')}", token=None)
    assert status == 200 and "<script>" not in page and "&lt;script&gt;" in page


def test_faults_and_journal(mock: MockGoszakup) -> None:
    mock.set_faults([{"kind": "429", "count": 1, "retry_after": 9, "path": "/v3/journal"}])
    try:
        status, _ = fetch(mock, "/v3/journal?date_from=2026-01-01&date_to=2026-01-31")
        assert status == 429
        _, body = fetch(mock, "/v3/journal?date_from=2026-01-01&date_to=2026-01-31&limit=10")
    finally:
        mock.clear_faults()
    assert body["items"] and all(e["date_action"].startswith("2026-01") for e in body["items"])
    assert "date_from=2026-01-01" in body["next_page"] or body["total"] <= 10
    assert {"action", "object_id", "date_action", "service_name", "service_title", "url"} <= set(body["items"][0])
    with pytest.raises(urllib.error.HTTPError):
        mock.set_faults([{"kind": "teapot", "count": 1}])


def test_generation_is_deterministic_and_seeded() -> None:
    insts = demo_institutions()
    first = build_world(insts, seed=7, as_of=AS_OF)
    again = build_world(insts, seed=7, as_of=AS_OF)
    other = build_world(insts, seed=8, as_of=AS_OF)
    assert first.truth == again.truth and first.contracts == again.contracts
    assert first.truth != other.truth
    current_year = [p for p in first.plans if p["plan_fin_year"] == 2026]
    assert current_year and all(p["date_create"][:10] <= "2026-11-25" for p in current_year)
    assert all(b["publish_date"][:10] <= "2026-11-25" for b in first.trd_buys)


def test_registry_with_bins_keeps_them_and_skips_name_profiles() -> None:
    insts = [Institution(id=f"u{n}", type="university", website=f"https://u{n}.example.kz/",
                         name_ru=f"Университет номер {n}", bin=b)
             for n, b in enumerate(("120540003214", "091140007871", "150340004568"))]
    world = build_world(insts, seed=1, as_of=AS_OF)
    assert {t["bin"] for t in world.truth.values()} == {"120540003214", "091140007871", "150340004568"}
    assert all(t["bin_source"] == "registry" and t["profile"] not in ("unknown_name", "ambiguous_name")
               for t in world.truth.values())


def test_read_registry_skips_bad_rows(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text("\ufeffid,name_kk,name_ru,name_en,type,region,city,website,bin,source\n"
                    "a,,Университет А,,university,,,https://a.example.test/,,\n"
                    "b,,Школа,,school,,,https://b.example.test/,,\n"
                    ",,Без id,,college,,,https://c.example.test/,,\n"
                    "d,,,,college,,,https://d.example.test/,,\n", encoding="utf-8")
    assert [i.id for i in read_registry(path)] == ["a"]


def test_truth_out_csv_for_the_demo_scorer(tmp_path: Path) -> None:
    insts = demo_institutions()
    with MockGoszakup(insts, seed=7, as_of=AS_OF, truth_out=tmp_path / "truth.csv") as running:
        truth = running.truth["institutions"]
    with (tmp_path / "truth.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    universities = {i.id for i in insts if i.type == "university"}
    assert {r["institution_id"] for r in rows} == universities  # the artefact applies to universities only
    for row in rows:
        assert row["artefact_id"] == "goszakup_procurement"
        assert row["expected_status"] == truth[row["institution_id"]]["status"]
    flagged = {r["institution_id"]: r["expected_flags"] for r in rows if r["expected_flags"]}
    assert all(set(v.split(";")) <= {"single_source_share", "short_tender_period", "single_bidder",
                                     "contract_value_increase", "supplier_concentration", "direct_contract_share",
                                     "split_purchases", "late_signing_or_repeated_amendments", "cancelled_tenders",
                                     "rnu_suppliers"}
               for v in flagged.values())
