"""GoszakupClient over real HTTP against the goszakup mock on 127.0.0.1: paging, GraphQL, faults, secrecy."""

from __future__ import annotations

import asyncio
import email.utils
import logging
import pickle
from collections.abc import Iterator
from datetime import date

import pytest

from adalscan.procurement.client import (
    ENV_TOKEN,
    ENV_URL,
    GoszakupClient,
    GoszakupError,
    Secret,
    check_bin,
    parse_retry_after,
    settings_from_env,
)
from simweb.goszakup.mock import MockGoszakup
from simweb.goszakup.mockdata import demo_institutions

AS_OF = date(2026, 11, 25)
PROFILES = {"sever-tech": "current", "step-agro": "current"}


@pytest.fixture(scope="module")
def mock() -> Iterator[MockGoszakup]:
    with MockGoszakup(demo_institutions(), seed=7, as_of=AS_OF, profiles=PROFILES) as running:
        yield running


@pytest.fixture(autouse=True)
def _clean(mock: MockGoszakup) -> None:
    mock.clear_faults()


class Sleeps:
    """Records requested waits instead of sleeping: retries are asserted, never timed."""

    def __init__(self, *, really: bool = False) -> None:
        self.waits: list[float] = []
        self.really = really

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        if self.really:
            await asyncio.sleep(seconds)


def make_client(mock: MockGoszakup, sleeps: Sleeps | None = None, **options: object) -> GoszakupClient:
    options = {"rate_per_s": 0, "max_retries": 3, "timeout": 10, **options}
    return GoszakupClient(mock.url, mock.token, sleep=sleeps or Sleeps(), **options)  # type: ignore[arg-type]


def customer_bin(mock: MockGoszakup, institution_id: str = "sever-tech") -> str:
    return mock.truth["institutions"][institution_id]["portal_bin"]


def requests_to(mock: MockGoszakup, prefix: str) -> list[dict[str, object]]:
    return [r for r in mock.stats()["requests"] if str(r["path"]).startswith(prefix)]


def test_pagination_follows_cursors_to_the_end(mock: MockGoszakup) -> None:
    bin_value = customer_bin(mock)
    with make_client(mock, page_size=500) as client:
        whole = client.plans(bin_value)
    mock.clear_faults()
    with make_client(mock, page_size=3) as client:
        paged = client.plans(bin_value)
    assert len(whole) > 6
    assert [p["id"] for p in paged] == [p["id"] for p in whole]
    assert len({p["id"] for p in paged}) == len(paged)
    calls = requests_to(mock, f"/v3/plans/{bin_value}")
    assert len(calls) == -(-len(whole) // 3)  # ceil: one request per page, the last cursor empty
    assert all("page=next&search_after=" in str(c["path"]) for c in calls[1:])
    assert all(p["subject_biin"] == bin_value for p in paged)


def test_every_list_method_returns_rows_of_the_bin(mock: MockGoszakup) -> None:
    bin_value = customer_bin(mock)
    with make_client(mock, page_size=7) as client:
        lots = client.lots(bin_value)
        contracts = client.contracts(bin_value)
        buys = client.trd_buy(bin_value)
        units = client.contract_units(contracts[0]["id"])
        refs = client.refs("ref_trade_methods")
        subject = client.subject(bin_value)
        journal = client.journal("2026-01-01", "2026-12-31")
        one = client.trd_buy_by_id(lots[0]["trd_buy_id"])
    assert lots and all(lot["customer_bin"] == bin_value for lot in lots)
    assert contracts and all(c["customer_bin"] == bin_value for c in contracts)
    assert all(b["org_bin"] == bin_value for b in buys)
    assert units and units[0]["contract_id"] == contracts[0]["id"]
    assert any(r["name_ru"].startswith("Из одного источника") for r in refs)
    assert subject is not None and subject["bin"] == bin_value
    assert journal and all("2026-01-01" <= j["date_action"][:10] <= "2026-12-31" for j in journal)
    assert one is not None and one["id"] == lots[0]["trd_buy_id"]


def test_unknown_objects_are_none_not_errors(mock: MockGoszakup) -> None:
    with make_client(mock) as client:
        assert client.subject("000000000000") is None
        assert client.trd_buy_by_id(1) is None
        assert client.plans("000000000000") == []


def test_graphql_pages_through_page_info(mock: MockGoszakup) -> None:
    bin_value = customer_bin(mock)
    query = """query($filter: LotsFiltersInput, $after: Int) {
      Lots(filter: $filter, limit: 4, after: $after) { id customerBin trdBuyId RefLotsStatus { code } } }"""
    with make_client(mock) as client:
        rows = client.graphql(query, {"filter": {"customerBin": bin_value}})
        rest = client.lots(bin_value)
    assert sorted(r["id"] for r in rows) == sorted(lot["id"] for lot in rest)
    assert len(rows) > 4 and all(r["customerBin"] == bin_value for r in rows)
    assert len(requests_to(mock, "/v3/graphql")) == -(-len(rows) // 4)


def test_graphql_errors_are_recorded_not_retried(mock: MockGoszakup) -> None:
    with make_client(mock) as client, pytest.raises(GoszakupError) as caught:
        client.graphql("{ TrdBuy(offset: 10) { id } }")
    assert caught.value.kind == "graphql"
    assert "offset" in str(caught.value)
    assert len(requests_to(mock, "/v3/graphql")) == 1


def test_401_is_not_retried(mock: MockGoszakup) -> None:
    sleeps = Sleeps()
    with (GoszakupClient(mock.url, "wrong-token-value-123", rate_per_s=0, sleep=sleeps) as client,
          pytest.raises(GoszakupError) as caught):
        client.refs("ref_buy_status")
    assert caught.value.kind == "auth" and caught.value.status == 401 and caught.value.attempts == 1
    assert sleeps.waits == []
    calls = requests_to(mock, "/v3/refs/")
    assert len(calls) == 1 and calls[0]["auth"] == "wrong" and calls[0]["status"] == 401


def test_missing_token_is_a_401(mock: MockGoszakup) -> None:
    with GoszakupClient(mock.url, None, rate_per_s=0) as client, pytest.raises(GoszakupError) as caught:
        client.refs("ref_buy_status")
    assert caught.value.kind == "auth"
    assert requests_to(mock, "/v3/refs/")[0]["auth"] == "missing"


def test_429_honours_retry_after(mock: MockGoszakup) -> None:
    bin_value = customer_bin(mock)
    mock.set_faults([{"kind": "429", "count": 2, "retry_after": 7, "path": f"/v3/lots/bin/{bin_value}"}])
    sleeps = Sleeps()
    with make_client(mock, sleeps) as client:
        lots = client.lots(bin_value)
        assert client.stats["retries"] == 2
    assert lots
    assert sleeps.waits == [7.0, 7.0]
    statuses = [c["status"] for c in requests_to(mock, f"/v3/lots/bin/{bin_value}")]
    assert statuses == [429, 429, 200]


def test_retry_after_is_capped(mock: MockGoszakup) -> None:
    mock.set_faults([{"kind": "429", "count": 1, "retry_after": 100000, "path": "/v3/refs/"}])
    sleeps = Sleeps()
    with make_client(mock, sleeps, max_retry_after=30) as client:
        client.refs("ref_subject_type")
    assert sleeps.waits == [30.0]


@pytest.mark.parametrize("kind", ["500", "502", "503", "403"])
def test_transient_errors_are_retried_then_succeed(mock: MockGoszakup, kind: str) -> None:
    mock.set_faults([{"kind": kind, "count": 2, "path": "/v3/refs/"}])
    sleeps = Sleeps()
    with make_client(mock, sleeps) as client:
        rows = client.refs("ref_buy_status")
    assert any(r["id"] == 350 for r in rows)
    assert len(sleeps.waits) == 2 and all(w > 0 for w in sleeps.waits)
    assert [c["status"] for c in requests_to(mock, "/v3/refs/")] == [int(kind), int(kind), 200]


def test_5xx_retried_then_recorded(mock: MockGoszakup) -> None:
    mock.set_faults([{"kind": "503", "count": 50, "path": "/v3/refs/"}])
    with make_client(mock, max_retries=2) as client:
        with pytest.raises(GoszakupError) as caught:
            client.refs("ref_buy_status")
        assert client.stats["failures"] == 1
        assert any("server 503" in e for e in client.events)
    error = caught.value
    assert (error.kind, error.status, error.attempts) == ("server", 503, 3)
    assert error.short() == "503 after 2 retries (/v3/refs/ref_buy_status)"
    assert len(requests_to(mock, "/v3/refs/")) == 3


@pytest.mark.parametrize("kind", ["malformed", "empty"])
def test_malformed_json_is_retried_then_recorded(mock: MockGoszakup, kind: str) -> None:
    mock.set_faults([{"kind": kind, "count": 1, "path": "/v3/refs/"}])
    with make_client(mock) as client:
        assert client.refs("ref_subject_type")
    mock.set_faults([{"kind": kind, "count": 50, "path": "/v3/refs/"}])
    with make_client(mock, max_retries=1) as client, pytest.raises(GoszakupError) as caught:
        client.refs("ref_subject_type")
    assert caught.value.kind == "malformed" and caught.value.attempts == 2


def test_timeout_is_retried_then_recorded(mock: MockGoszakup) -> None:
    mock.set_faults([{"kind": "slow", "count": 2, "delay": 3, "path": "/v3/refs/"}])
    with make_client(mock, timeout=0.3, max_retries=1) as client, pytest.raises(GoszakupError) as caught:
        client.refs("ref_subject_type")
    assert caught.value.kind == "timeout" and caught.value.attempts == 2


def test_connection_refused_is_recorded() -> None:
    with (GoszakupClient("http://127.0.0.1:9", "tok", rate_per_s=0, max_retries=1, sleep=Sleeps()) as client,
          pytest.raises(GoszakupError) as caught):
        client.refs("ref_subject_type")
    assert caught.value.kind == "connection" and caught.value.attempts == 2


def test_cursor_to_another_host_is_refused(mock: MockGoszakup) -> None:
    for cursor in ("//127.0.0.2:9/v3/x", "http://127.0.0.2:9/v3/x", "v3/x"):
        mock.set_faults([{"kind": "foreign_cursor", "count": 1, "next_page": cursor, "path": "/v3/refs/"}])
        with make_client(mock) as client, pytest.raises(GoszakupError) as caught:
            client.refs("ref_subject_type")
        assert caught.value.kind == "malformed" and "next_page" in str(caught.value)
        assert len(requests_to(mock, "/v3/")) == 1  # nothing followed, not even on the mock
        mock.clear_faults()


def test_token_never_in_logs_errors_or_reprs(mock: MockGoszakup, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    texts: list[str] = []
    mock.set_faults([{"kind": k, "count": 1, "path": "/v3/refs/"} for k in ("429", "403", "500", "malformed",
                                                                            "empty")])
    with make_client(mock, timeout=0.5, max_retries=6) as client:
        client.refs("ref_buy_status")
        texts += [repr(client), repr(client.aio), *client.events]
        mock.set_faults([{"kind": "503", "count": 50, "path": "/v3/"}])
        with pytest.raises(GoszakupError) as caught:
            client.aio.max_retries = 1
            client.plans(customer_bin(mock))
        texts += [str(caught.value), repr(caught.value), caught.value.short()]
        mock.set_faults([{"kind": "slow", "delay": 2, "count": 50, "path": "/v3/"}])
        with pytest.raises(GoszakupError) as caught:
            client.lots(customer_bin(mock))
        texts += [str(caught.value), *client.events]
    secret = "leaky-secret-token-4f1c"
    with GoszakupClient(mock.url, secret, rate_per_s=0) as client, pytest.raises(GoszakupError) as caught:
        client.refs("ref_buy_status")
    texts += [str(caught.value), repr(caught.value), repr(client)]
    texts.append(caplog.text)
    assert "retry" in caplog.text  # the retries were logged at all
    for text in texts:
        assert mock.token not in text
        assert secret not in text
        assert "Bearer" not in text


def test_secret_hides_itself() -> None:
    secret = Secret("abc-123")
    assert str(secret) == "***" and "abc" not in repr(secret) and f"{secret}" == "***"
    assert secret.reveal() == "abc-123" and bool(secret) and not Secret("")
    with pytest.raises(TypeError):
        pickle.dumps(secret)


def test_sync_facade_works_inside_a_running_event_loop(mock: MockGoszakup) -> None:
    async def inside() -> list[dict[str, object]]:
        with make_client(mock) as client:
            return client.refs("ref_subject_type")

    assert len(asyncio.run(inside())) == 3


def test_rate_limit_answers_are_waited_out() -> None:
    with MockGoszakup(demo_institutions()[:3], as_of=AS_OF, rate_limit=2) as limited:
        sleeps = Sleeps(really=True)  # the mock's limiter counts real seconds
        with GoszakupClient(limited.url, limited.token, rate_per_s=0, sleep=sleeps, max_retries=10) as client:
            for _ in range(5):
                client.refs("ref_subject_type")
        # The mock's limiter answered 429 + Retry-After: 1 at least once; the client waited exactly that.
        assert sleeps.waits and set(sleeps.waits) == {1.0}
        statuses = [r["status"] for r in limited.stats()["requests"]]
        assert statuses.count(200) == 5 and statuses.count(429) == len(sleeps.waits)


def test_helpers_validate_input() -> None:
    assert check_bin(" 050140006873 ") == "050140006873"
    for bad in ("../v3/x", "12345", "05014000687a", ""):
        with pytest.raises(ValueError):
            check_bin(bad)
    assert parse_retry_after("12") == 12.0
    when = "Wed, 25 Nov 2026 10:00:30 GMT"
    assert parse_retry_after(when, now=email.utils.parsedate_to_datetime(when).timestamp() - 30) == 30.0
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None
    url, token = settings_from_env({ENV_URL: "http://127.0.0.1:5/ ", ENV_TOKEN: " t "})
    assert (url, token) == ("http://127.0.0.1:5", "t")
    assert settings_from_env({})[1] is None
    with GoszakupClient("http://127.0.0.1:9", None) as client, pytest.raises(ValueError):
        client.refs("../secret")
