"""GraphQL queries written the way independent clients of the portal write them (roots, relations, filters
and paging as the notes, section 12, list them) keep working against the mock. The query texts are ours."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from simweb.goszakup.mock import MockGoszakup
from simweb.goszakup.mockdata import demo_institutions

AS_OF = date(2026, 11, 25)
PROFILES = {"step-agro": "value_increase", "rechnoy-ep": "current", "zapad-neft": "single_bidder"}


@pytest.fixture(scope="module")
def mock() -> Iterator[MockGoszakup]:
    insts = [i for i in demo_institutions() if i.id in PROFILES]
    with MockGoszakup(insts, seed=3, as_of=AS_OF, profiles=PROFILES) as running:
        yield running


def post(mock: MockGoszakup, query: str, variables: dict[str, Any] | None = None,
         token: str | None = "default") -> tuple[int, dict[str, Any]]:
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {mock.token if token == 'default' else token}"
    body = json.dumps({"operationName": None, "query": query, "variables": variables or {}}).encode()
    request = urllib.request.Request(mock.url + "/v3/graphql", data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"{}")


def page_all(mock: MockGoszakup, query: str, root: str, filters: dict[str, Any], limit: int = 200) -> list[dict]:
    """The clients' loop: after = 0, then after = pageInfo.lastId while hasNextPage."""
    rows: list[dict[str, Any]] = []
    after = 0
    for _ in range(100):
        status, data = post(mock, query, {"limit": limit, "after": after, "filter": filters})
        assert status == 200 and "errors" not in data, data
        rows += data["data"][root]
        info = data["extensions"]["pageInfo"]
        assert set(info) == {"limitPage", "totalCount", "hasNextPage", "lastId"}
        if not info["hasNextPage"]:
            return rows
        after = info["lastId"]
    raise AssertionError("paging did not end")


def bin_of(mock: MockGoszakup, inst: str) -> str:
    return mock.truth["institutions"][inst]["portal_bin"]


CONTRACTS = """
query($limit: Int, $after: Int, $filter: ContractFiltersInput!) {
  Contract(limit: $limit, after: $after, filter: $filter) {
    id parentId rootId contractNumber signDate contractSum contractSumWnds faktSum supplierBiin descriptionRu finYear
    refContractStatusId refContractTypeId
    Supplier { nameRu bin }
    RefContractStatus { id nameRu }
    RefSubjectType { nameRu }
    RefContractType { id nameRu }
    FaktTradeMethods { id nameRu }
    TrdBuy { numberAnno }
    ContractUnits { id totalSumWnds Plans { amount PlanActs { planActNumber } } }
  }
}"""


def test_contracts_by_customer_and_year_with_relations(mock: MockGoszakup) -> None:
    rows = page_all(mock, CONTRACTS, "Contract", {"customerBin": bin_of(mock, "step-agro"), "finYear": 2025}, limit=7)
    assert len(rows) > 7  # more than one page
    assert len({r["id"] for r in rows}) == len(rows)
    assert all(r["Supplier"]["nameRu"] and r["RefContractStatus"]["nameRu"] for r in rows)
    amendments = [r for r in rows if r["refContractTypeId"] == 2]
    assert amendments and all(r["RefContractType"]["nameRu"] == "Дополнительное соглашение" for r in amendments)
    assert all(r["parentId"] for r in amendments)
    statuses = {r["refContractStatusId"] for r in rows}
    assert statuses <= {190, 375, 390, 340, 350, 330}


def test_contract_filters_in_real_use(mock: MockGoszakup) -> None:
    customer = bin_of(mock, "rechnoy-ep")
    query = """query($limit: Int, $after: Int, $filter: ContractFiltersInput) {
      Contract(limit: $limit, after: $after, filter: $filter) { id refContractStatusId faktTradeMethodsId crdate } }"""
    executed = page_all(mock, query, "Contract", {"customerBin": customer, "refContractStatusId": [390, 375]})
    assert executed and {r["refContractStatusId"] for r in executed} <= {390, 375}
    direct = page_all(mock, query, "Contract", {"customerBin": customer, "faktTradeMethodsId": 23})
    assert direct and {r["faktTradeMethodsId"] for r in direct} == {23}
    since = page_all(mock, query, "Contract", {"customerBin": customer, "crdate": ["2026-01-01"]})
    before = page_all(mock, query, "Contract", {"customerBin": customer, "crdate": ["", "2025-12-31"]})
    assert since and before and all(r["crdate"] >= "2026-01-01" for r in since)
    assert all(r["crdate"] <= "2025-12-31 23:59:59" for r in before)


def test_announcements_by_organizer_and_publish_date(mock: MockGoszakup) -> None:
    query = """query($limit: Int, $after: Int, $filter: TrdBuyFiltersInput!) {
      TrdBuy(limit: $limit, after: $after, filter: $filter) {
        id numberAnno publishDate RefTradeMethods { nameRu } RefBuyStatus { id nameRu code }
        Lots { id lotNumber customerBin RefLotsStatus { nameRu } } } }"""
    rows = page_all(mock, query, "TrdBuy", {"orgBin": bin_of(mock, "rechnoy-ep"),
                                            "publishDate": ["2026-01-01", "2026-12-31"]})
    assert rows and all(r["publishDate"].startswith("2026") and r["RefTradeMethods"]["nameRu"] for r in rows)
    assert all(lot["customerBin"] for r in rows for lot in r["Lots"])


def test_bids_as_five_clients_read_them(mock: MockGoszakup) -> None:
    buys = page_all(mock, "query($limit: Int, $after: Int, $filter: TrdBuyFiltersInput) { TrdBuy(limit: $limit, "
                    "after: $after, filter: $filter) { id } }", "TrdBuy", {"orgBin": bin_of(mock, "zapad-neft")})
    query = """query($limit: Int, $after: Int, $filter: TrdAppFiltersInput) {
      TrdApp(limit: $limit, after: $after, filter: $filter) {
        id buyId supplierBinIin dateApply
        Supplier { nameRu bin }
        AppLots { id lotId statusId price amount RefAppStatus { id code nameRu } Lot { id lotNumber amount } } } }"""
    apps = []
    for buy in buys[:6]:
        apps += page_all(mock, query, "TrdApp", {"buyId": buy["id"]})
    assert apps and all(a["Supplier"]["bin"] == a["supplierBinIin"] for a in apps)
    lots = [al for a in apps for al in a["AppLots"]]
    assert all(al["Lot"]["id"] == al["lotId"] and al["RefAppStatus"]["nameRu"] for al in lots)


def test_subjects_by_name_filter_and_lots_and_plans(mock: MockGoszakup) -> None:
    query = """query($limit: Int, $after: Int, $filter: SubjectsFiltersInput) {
      Subjects(limit: $limit, after: $after, filter: $filter) { pid bin nameRu fullNameRu } }"""
    found = page_all(mock, query, "Subjects", {"nameOrFullNameRu": "западн*"})
    assert bin_of(mock, "zapad-neft") in {s["bin"] for s in found}
    assert page_all(mock, query, "Subjects", {"nameOrFullNameRu": "несуществующ*"}) == []
    lots_query = """query($limit: Int, $after: Int, $filter: LotsFiltersInput) {
      Lots(limit: $limit, after: $after, filter: $filter) { id amount nameRu Customer { bin } TrdBuy { id } } }"""
    lots = page_all(mock, lots_query, "Lots", {"customerBin": bin_of(mock, "zapad-neft"), "amount": [1_000_000]})
    assert lots and all(lot["amount"] >= 1_000_000 and lot["Customer"]["bin"] == bin_of(mock, "zapad-neft")
                        for lot in lots)
    plan_id = mock.truth["institutions"]["zapad-neft"]["portal_bin"]
    plans = page_all(mock, "query($limit: Int, $after: Int, $filter: PlansFiltersInput) { Plans(limit: $limit, "
                     "after: $after, filter: $filter) { id amount RefPlnPointStatus { nameRu } RefUnits { code } "
                     "PlanActs { planActNumber } } }", "Plans", {"subjectBiin": plan_id})
    one = page_all(mock, "query($filter: PlansFiltersInput, $limit: Int, $after: Int) { Plans(filter: $filter, "
                   "limit: $limit, after: $after) { id } }", "Plans", {"id": plans[0]["id"]})
    assert [p["id"] for p in one] == [plans[0]["id"]] and plans[0]["PlanActs"]["planActNumber"]


def test_other_roots_introspection_and_errors(mock: MockGoszakup) -> None:
    for root in ("Rnu", "Acts", "ContractPayment", "ContractSpecSum", "TreasuryPay"):
        status, data = post(mock, f"query {{ {root}(limit: 5) {{ id }} }}")
        assert status == 200 and isinstance(data["data"][root], list), root
    status, schema = post(mock, "{ __schema { queryType { name } types { name kind fields { name } } } }")
    types = {t["name"]: t for t in schema["data"]["__schema"]["types"]}
    assert {"TrdBuy", "Lots", "Contract", "Subjects", "TrdApp", "Plans", "Rnu", "ContractFiltersInput"} <= set(types)
    assert "Supplier" in {f["name"] for f in types["Contract"]["fields"]}
    _, one = post(mock, 'query { __type(name: "TrdBuyFiltersInput") { name kind inputFields { name } } }')
    assert {"orgBin", "publishDate"} <= {f["name"] for f in one["data"]["__type"]["inputFields"]}
    assert post(mock, "{ __schema { types { name } } }", token=None)[0] == 401  # introspection needs the token too
    _, unknown = post(mock, "{ Contract(filter: {madeUp: 1}) { id } }")
    assert "not defined by type" in unknown["errors"][0]["message"]
    _, offset = post(mock, "{ TrdBuy(offset: 5) { id } }")
    assert 'Unknown argument "offset"' in offset["errors"][0]["message"]
