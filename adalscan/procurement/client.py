"""Client for the goszakup.gov.kz open-data API (REST v3 + GraphQL), see ../shared/data/goszakup-api.md.

* REST: `GET /v3/...` returns `{total, limit, next_page, items}`; `next_page` is a path+query relative
  to the API host ("" on the last page). Every list method here follows it to the end.
* GraphQL: `POST /v3/graphql`; paging is in `extensions.pageInfo` (`hasNextPage`, `lastId` -> `after`);
  errors come back as HTTP 200 with an `errors` array.
* Faults (notes §9): 429 (honouring Retry-After), 403, 5xx, timeouts, dropped connections and malformed
  JSON are retried with backoff; 401 is not (the token is wrong, retrying cannot help). What is still
  failing after `max_retries` is raised as `GoszakupError`, which callers record, never crash on.
* The bearer token lives in a `Secret` whose str/repr is `***`; it is only put in the Authorization
  header of requests to the configured API origin (redirects are not followed, cursors pointing
  elsewhere are refused), and every error text is scrubbed of it.

`AsyncGoszakupClient` is the aiohttp implementation; `GoszakupClient` is a synchronous facade that runs
it on a private event loop in a daemon thread, so it can be called from plain code or from inside a
running reactor/loop without clashing with it.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import random
import re
import ssl
import threading
import time
import urllib.parse
from collections import Counter
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar

import aiohttp

from adalscan.netpolicy import parse_retry_after
from adalscan.procurement.models import BIN_RE

log = logging.getLogger("adalscan.procurement")

DEFAULT_API_URL = "https://ows.goszakup.gov.kz"
ENV_URL = "ADALSCAN_GOSZAKUP_URL"
ENV_TOKEN = "ADALSCAN_GOSZAKUP_TOKEN"
ENV_CA_BUNDLE = "ADALSCAN_GOSZAKUP_CA_BUNDLE"

MAX_BODY_BYTES = 32 * 1024 * 1024  # one page of 500 rows is far below this; the cap bounds hostile answers
REF_NAME_RE = re.compile(r"^[a-z][a-z0-9_]{1,63}$")

T = TypeVar("T")
SleepFn = Callable[[float], Awaitable[None]]


class Secret:
    """A string that refuses to show itself: str/repr/format give `***`; `reveal()` gives the value."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __bool__(self) -> bool:
        return bool(self._value)

    def __repr__(self) -> str:
        return "Secret('***')"

    def __str__(self) -> str:
        return "***"

    def __reduce__(self) -> Any:
        raise TypeError("a Secret is not picklable (it would be written out in clear)")


class GoszakupError(Exception):
    """A portal request that did not give usable data. The message never contains the token.

    kind: auth (401) | forbidden (403) | rate_limited (429) | server (5xx) | timeout | connection |
    malformed (bad JSON/envelope/cursor) | not_found (404) | http (other status) | graphql (errors array).
    """

    def __init__(self, kind: str, message: str, *, path: str = "", status: int | None = None,
                 attempts: int = 1) -> None:
        self.kind = kind
        self.path = path
        self.status = status
        self.attempts = attempts
        self.message = message
        super().__init__(f"{path}: {message}" if path else message)

    def short(self) -> str:
        """One line for reports, e.g. "503 after 4 retries (/v3/plans/…)"."""
        retries = f" after {self.attempts - 1} retries" if self.attempts > 1 else ""
        if self.kind == "auth":
            what = "401 unauthorized (token missing or rejected)"
        elif self.status and self.kind in ("server", "forbidden", "rate_limited", "http", "not_found"):
            what = str(self.status)
        else:  # malformed JSON, empty body, no answer within Ns, connection refused, GraphQL error text
            what = self.message
        return f"{what}{retries} ({self.path})" if self.path else f"{what}{retries}"


def settings_from_env(environ: dict[str, str] | None = None) -> tuple[str, str | None]:
    """(API base URL, token) from ADALSCAN_GOSZAKUP_URL / ADALSCAN_GOSZAKUP_TOKEN."""
    env = os.environ if environ is None else environ
    url = (env.get(ENV_URL) or DEFAULT_API_URL).strip().rstrip("/")
    token = (env.get(ENV_TOKEN) or "").strip() or None
    return url, token


def check_bin(value: str) -> str:
    """Return a 12-digit BIN/IIN or raise ValueError (registry data is hostile: no path tricks)."""
    value = (value or "").strip()
    if not BIN_RE.match(value):
        raise ValueError("a BIN/IIN is 12 digits")
    return value


class _Retryable(Exception):
    """Internal: one attempt failed in a way worth retrying."""

    def __init__(self, kind: str, message: str, status: int | None = None, wait: float | None = None) -> None:
        super().__init__(message)
        self.kind, self.message, self.status, self.wait = kind, message, status, wait


class AsyncGoszakupClient:
    """aiohttp client for one API base URL. Use `async with`, or call `close()`."""

    def __init__(self, base_url: str, token: str | Secret | None, *, timeout: float = 20, max_retries: int = 4,
                 rate_per_s: float = 5, page_size: int = 500, backoff_base: float = 2.0,
                 backoff_cap: float = 60.0, max_retry_after: float = 120.0, max_pages: int = 2000,
                 sleep: SleepFn | None = None, ca_bundle: str | None = None) -> None:
        self.base_url = base_url.strip().rstrip("/")
        parts = urllib.parse.urlsplit(self.base_url)
        self.origin = f"{parts.scheme}://{parts.netloc}"
        self._token = token if isinstance(token, Secret) else Secret(token or "")
        self.timeout = timeout
        self.max_retries = max_retries
        self.min_interval = 1.0 / rate_per_s if rate_per_s > 0 else 0.0
        self.page_size = page_size
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self.max_retry_after = max_retry_after
        self.max_pages = max_pages
        self._sleep: SleepFn = sleep or asyncio.sleep
        self._ca_bundle = ca_bundle if ca_bundle is not None else os.environ.get(ENV_CA_BUNDLE)
        self._session: aiohttp.ClientSession | None = None
        self._rate_lock: asyncio.Lock | None = None
        self._next_slot = 0.0
        self.stats: Counter[str] = Counter()  # requests, retries, failures, kind:<kind>
        self.events: list[str] = []  # token-free record of every fault met, for the run log

    def __repr__(self) -> str:
        return f"AsyncGoszakupClient({self.base_url!r}, token={self._token!r})"

    @property
    def has_token(self) -> bool:
        return bool(self._token)

    async def __aenter__(self) -> AsyncGoszakupClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    # -- public API -----------------------------------------------------------------------------

    async def plans(self, bin: str) -> list[dict[str, Any]]:
        """Annual-plan points of a customer BIN (`/v3/plans/{bin}`)."""
        return await self.get_all(f"/v3/plans/{check_bin(bin)}")

    async def plan_customers(self) -> list[dict[str, Any]]:
        """Customers that have plans (`/v3/plans`): {pid, bin, name_ru, name_kz, doc_count}."""
        return await self.get_all("/v3/plans")

    async def trd_buy(self, bin: str) -> list[dict[str, Any]]:
        """Announcements whose *organizer* is this BIN (`/v3/trd-buy/bin/{bin}`)."""
        return await self.get_all(f"/v3/trd-buy/bin/{check_bin(bin)}")

    async def trd_buy_by_id(self, buy_id: int) -> dict[str, Any] | None:
        """One announcement (`/v3/trd-buy/{id}`); None when the portal does not know it."""
        try:
            data = await self.get_json(f"/v3/trd-buy/{int(buy_id)}")
        except GoszakupError as exc:
            if exc.kind == "not_found":
                return None
            raise
        return data if isinstance(data, dict) else None

    async def lots(self, bin: str) -> list[dict[str, Any]]:
        """Lots whose *customer* is this BIN (`/v3/lots/bin/{bin}`)."""
        return await self.get_all(f"/v3/lots/bin/{check_bin(bin)}")

    async def contracts(self, bin: str) -> list[dict[str, Any]]:
        """Contracts whose customer is this BIN (`/v3/contract/customer/{bin}`), amendments included."""
        return await self.get_all(f"/v3/contract/customer/{check_bin(bin)}")

    async def contract_units(self, contract_id: int) -> list[dict[str, Any]]:
        """Line items of one contract (`/v3/contract/{id}/units`)."""
        return await self.get_all(f"/v3/contract/{int(contract_id)}/units")

    async def subjects_all(self) -> list[dict[str, Any]]:
        """The whole participant registry (`/v3/subject/all`), used to resolve BINs by name."""
        return await self.get_all("/v3/subject/all")

    async def subject(self, biin: str) -> dict[str, Any] | None:
        """One participant by BIN/IIN (`/v3/subject/biin/{biin}`); None if unknown."""
        try:
            data = await self.get_json(f"/v3/subject/biin/{check_bin(biin)}")
        except GoszakupError as exc:
            if exc.kind == "not_found":
                return None
            raise
        if isinstance(data, dict) and isinstance(data.get("items"), list):  # tolerate an envelope
            return data["items"][0] if data["items"] else None
        return data if isinstance(data, dict) else None

    async def rnu(self, biin: str) -> dict[str, Any] | None:
        """The supplier's entry in the register of unreliable suppliers (`/v3/rnu/{biin}`); None when not
        listed (the portal answers 404, notes §9)."""
        try:
            data = await self.get_json(f"/v3/rnu/{check_bin(biin)}")
        except GoszakupError as exc:
            if exc.kind == "not_found":
                return None
            raise
        if isinstance(data, dict) and isinstance(data.get("items"), list):
            return data["items"][0] if data["items"] else None
        return data if isinstance(data, dict) else None

    async def refs(self, name: str) -> list[dict[str, Any]]:
        """A dictionary (`/v3/refs/{name}`), e.g. ref_trade_methods, ref_buy_status."""
        if not REF_NAME_RE.match(name):
            raise ValueError("bad dictionary name")
        return await self.get_all(f"/v3/refs/{name}")

    async def journal(self, date_from: str, date_to: str) -> list[dict[str, Any]]:
        """Change journal between two YYYY-MM-DD dates (`/v3/journal`)."""
        for value in (date_from, date_to):
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise ValueError("dates are YYYY-MM-DD")
        return await self.get_all(f"/v3/journal?date_from={date_from}&date_to={date_to}")

    async def graphql(self, query: str, variables: dict[str, Any] | None = None, *,
                      root: str | None = None, limit_pages: int | None = None) -> list[dict[str, Any]]:
        """Run a GraphQL query and page through `extensions.pageInfo` (after = lastId).

        The query must take an `$after: Int` variable and pass it to the root field. Returns the rows
        of `root` (default: the only key of `data`) from every page.
        """
        variables = dict(variables or {})
        after = variables.get("after")
        rows: list[dict[str, Any]] = []
        seen_after: set[Any] = set()
        for _ in range(limit_pages or self.max_pages):
            data = await self._request_json("POST", "/v3/graphql", {"query": query,
                                                                    "variables": {**variables, "after": after}})
            if not isinstance(data, dict):
                raise GoszakupError("malformed", "GraphQL answer is not an object", path="/v3/graphql")
            if data.get("errors"):
                first = data["errors"][0] if isinstance(data["errors"], list) and data["errors"] else {}
                message = first.get("message", "error") if isinstance(first, dict) else str(first)
                self._note("graphql", "/v3/graphql", None, 1)
                raise GoszakupError("graphql", self._scrub(str(message))[:300], path="/v3/graphql")
            payload = data.get("data") or {}
            key = root or (next(iter(payload)) if len(payload) == 1 else None)
            page = payload.get(key) if key else None
            if not isinstance(page, list):
                raise GoszakupError("malformed", "GraphQL data has no row list", path="/v3/graphql")
            rows.extend(r for r in page if isinstance(r, dict))
            info = (data.get("extensions") or {}).get("pageInfo") or {}
            if not info.get("hasNextPage"):
                return rows
            last_id = info.get("lastId")
            if last_id is None or last_id in seen_after:
                raise GoszakupError("malformed", "GraphQL pageInfo cursor does not advance", path="/v3/graphql")
            seen_after.add(last_id)
            after = last_id
        raise GoszakupError("malformed", "GraphQL paging exceeded the page cap", path="/v3/graphql")

    # -- paging ---------------------------------------------------------------------------------

    async def get_json(self, path: str) -> Any:
        """GET one path (relative to the API root) and return the decoded JSON."""
        return await self._request_json("GET", path, None)

    async def get_all(self, path: str) -> list[dict[str, Any]]:
        """GET a list path and follow `next_page` cursors until it is empty; return all items."""
        sep = "&" if "?" in path else "?"
        url_path: str = f"{path}{sep}limit={self.page_size}"
        items: list[dict[str, Any]] = []
        seen: set[str] = set()
        for _ in range(self.max_pages):
            seen.add(url_path)
            data = await self._request_json("GET", url_path, None)
            if not isinstance(data, dict) or not isinstance(data.get("items"), list):
                self._note("malformed", path, 200, 1)
                raise GoszakupError("malformed", "answer is not a {total, limit, next_page, items} envelope",
                                    path=path)
            items.extend(i for i in data["items"] if isinstance(i, dict))
            cursor = data.get("next_page") or ""
            if not cursor:
                return items
            url_path = self._cursor_path(cursor, path)
            if "limit=" not in url_path:  # some cursors omit it; keep the page size we asked for
                url_path += f"{'&' if '?' in url_path else '?'}limit={self.page_size}"
            if url_path in seen:
                raise GoszakupError("malformed", "next_page cursor repeats", path=path)
        raise GoszakupError("malformed", f"more than {self.max_pages} pages", path=path)

    def _cursor_path(self, cursor: object, path: str) -> str:
        """A next_page value as a path under the API root; anything pointing elsewhere is refused
        (following it would send the token to another host)."""
        if not isinstance(cursor, str):
            raise GoszakupError("malformed", "next_page is not a string", path=path)
        if cursor.startswith(self.origin + "/"):
            cursor = cursor[len(self.origin):]
        if not cursor.startswith("/") or cursor.startswith("//") or "\\" in cursor or "://" in cursor:
            raise GoszakupError("malformed", "next_page is not a path on the API host", path=path)
        return cursor

    # -- one request with retries -----------------------------------------------------------------

    async def _request_json(self, method: str, path: str, body: dict[str, Any] | None) -> Any:
        url = self.base_url + path
        short_path = path.split("?", 1)[0]
        last: _Retryable | None = None
        for attempt in range(1, self.max_retries + 2):
            try:
                return await self._attempt(method, url, short_path, body)
            except _Retryable as fault:
                last = fault
                self._note(fault.kind, short_path, fault.status, attempt)
                if attempt > self.max_retries:
                    break
                wait = self._backoff(attempt) if fault.wait is None else min(fault.wait, self.max_retry_after)
                self.stats["retries"] += 1
                log.warning("goszakup %s %s: %s; retry %d/%d in %.1fs", method, short_path, fault.message,
                            attempt, self.max_retries, wait)
                await self._sleep(wait)
        assert last is not None
        self.stats["failures"] += 1
        raise GoszakupError(last.kind, last.message, path=short_path, status=last.status,
                            attempts=self.max_retries + 1)

    async def _attempt(self, method: str, url: str, short_path: str, body: dict[str, Any] | None) -> Any:
        session = await self._get_session()
        await self._rate_limit()
        headers = {"Accept": "application/json", "Content-Type": "application/json"}
        if self._token:
            headers["Authorization"] = f"Bearer {self._token.reveal()}"
        self.stats["requests"] += 1
        try:
            async with session.request(method, url, headers=headers, json=body, allow_redirects=False,
                                       timeout=aiohttp.ClientTimeout(total=self.timeout)) as resp:
                status = resp.status
                retry_after = parse_retry_after(resp.headers.get("Retry-After"))
                raw = await self._read_capped(resp)
        except TimeoutError:
            raise _Retryable("timeout", f"no answer within {self.timeout:g}s") from None
        except aiohttp.ClientError as exc:  # refused, reset, dropped mid-body ([YC] retries these)
            raise _Retryable("connection", self._scrub(f"{type(exc).__name__}: {exc}")[:200]) from None
        if status == 401:
            self._note("auth", short_path, 401, 1)
            self.stats["failures"] += 1
            raise GoszakupError("auth", "401 unauthorized: the token is missing or was rejected",
                                path=short_path, status=401)
        if status == 429:
            raise _Retryable("rate_limited", "429 too many requests", 429, retry_after)
        if status == 403:
            raise _Retryable("forbidden", "403 forbidden", 403)
        if status >= 500:
            raise _Retryable("server", f"{status} server error", status)
        if status == 404:
            raise GoszakupError("not_found", "404 not found", path=short_path, status=404)
        if status != 200:
            self.stats["failures"] += 1
            raise GoszakupError("http", f"unexpected HTTP {status}", path=short_path, status=status)
        if len(raw) > MAX_BODY_BYTES:
            raise GoszakupError("malformed", "answer larger than the size cap", path=short_path, status=200)
        try:
            return json.loads(raw.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            # An empty or cut body is what a dropped connection looks like ([YC] retries it).
            raise _Retryable("malformed", "malformed JSON" if raw.strip() else "empty body", 200) from None

    @staticmethod
    async def _read_capped(resp: aiohttp.ClientResponse) -> bytes:
        """The body, stopping one chunk past MAX_BODY_BYTES (read(n) alone may return a partial body)."""
        chunks: list[bytes] = []
        size = 0
        async for chunk in resp.content.iter_chunked(256 * 1024):
            chunks.append(chunk)
            size += len(chunk)
            if size > MAX_BODY_BYTES:
                break
        return b"".join(chunks)

    async def _get_session(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            ssl_context: ssl.SSLContext | bool = True
            if self._ca_bundle:
                ssl_context = ssl.create_default_context(cafile=self._ca_bundle)
            self._session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=8, ssl=ssl_context),
                                                  trust_env=False)
            self._rate_lock = asyncio.Lock()
        return self._session

    async def _rate_limit(self) -> None:
        """Space requests at least 1/rate_per_s apart across all concurrent callers."""
        if not self.min_interval or self._rate_lock is None:
            return
        async with self._rate_lock:
            now = time.monotonic()
            wait = self._next_slot - now
            self._next_slot = max(now, self._next_slot) + self.min_interval
        if wait > 0:
            await self._sleep(wait)

    def _backoff(self, attempt: int) -> float:
        """Exponential backoff with jitter: base·2^(attempt-1), capped, times 0.5..1."""
        return min(self.backoff_cap, self.backoff_base * 2 ** (attempt - 1)) * (0.5 + random.random() / 2)

    def _note(self, kind: str, path: str, status: int | None, attempt: int) -> None:
        self.stats[f"kind:{kind}"] += 1
        self.events.append(f"{path} {kind}{f' {status}' if status else ''} (attempt {attempt})")

    def _scrub(self, text: str) -> str:
        token = self._token.reveal()
        return text.replace(token, "***") if token else text


class GoszakupClient:
    """Synchronous facade over `AsyncGoszakupClient`, running it on a private loop in a daemon thread.

    Same constructor arguments; every coroutine method is available as a blocking call. Use as a
    context manager (or call `close()`) so the session and thread are released.
    """

    def __init__(self, base_url: str, token: str | Secret | None, *, timeout: float = 20, max_retries: int = 4,
                 rate_per_s: float = 5, **options: Any) -> None:
        self.aio = AsyncGoszakupClient(base_url, token, timeout=timeout, max_retries=max_retries,
                                       rate_per_s=rate_per_s, **options)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="goszakup-client", daemon=True)
        self._thread.start()
        self._closed = False

    def __repr__(self) -> str:
        return f"GoszakupClient({self.aio.base_url!r}, token={self.aio._token!r})"

    def __enter__(self) -> GoszakupClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def run(self, coro: Coroutine[Any, Any, T]) -> T:
        """Run a coroutine that uses `self.aio` on the client's loop and wait for its result."""
        if self._closed:
            coro.close()
            raise RuntimeError("client is closed")
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result()

    def close(self) -> None:
        if self._closed:
            return
        self.run(self.aio.close())
        self._closed = True
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    @property
    def stats(self) -> Counter[str]:
        return self.aio.stats

    @property
    def events(self) -> list[str]:
        return self.aio.events

    def plans(self, bin: str) -> list[dict[str, Any]]:
        return self.run(self.aio.plans(bin))

    def plan_customers(self) -> list[dict[str, Any]]:
        return self.run(self.aio.plan_customers())

    def trd_buy(self, bin: str) -> list[dict[str, Any]]:
        return self.run(self.aio.trd_buy(bin))

    def trd_buy_by_id(self, buy_id: int) -> dict[str, Any] | None:
        return self.run(self.aio.trd_buy_by_id(buy_id))

    def lots(self, bin: str) -> list[dict[str, Any]]:
        return self.run(self.aio.lots(bin))

    def contracts(self, bin: str) -> list[dict[str, Any]]:
        return self.run(self.aio.contracts(bin))

    def contract_units(self, contract_id: int) -> list[dict[str, Any]]:
        return self.run(self.aio.contract_units(contract_id))

    def subjects_all(self) -> list[dict[str, Any]]:
        return self.run(self.aio.subjects_all())

    def subject(self, biin: str) -> dict[str, Any] | None:
        return self.run(self.aio.subject(biin))

    def refs(self, name: str) -> list[dict[str, Any]]:
        return self.run(self.aio.refs(name))

    def journal(self, date_from: str, date_to: str) -> list[dict[str, Any]]:
        return self.run(self.aio.journal(date_from, date_to))

    def graphql(self, query: str, variables: dict[str, Any] | None = None, *, root: str | None = None,
                limit_pages: int | None = None) -> list[dict[str, Any]]:
        return self.run(self.aio.graphql(query, variables, root=root, limit_pages=limit_pages))

    def get_all(self, path: str) -> list[dict[str, Any]]:
        return self.run(self.aio.get_all(path))

    def get_json(self, path: str) -> Any:
        return self.run(self.aio.get_json(path))
