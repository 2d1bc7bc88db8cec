"""The `goszakup_procurement` check per institution (issue #7), over the portal API.

For each institution: take its BIN (registry first, else a confident unique name match in the
participant registry), read its plan points, announcements, lots and contracts, and decide:

* found      the as-of year's plan AND the as-of year's procurement (announcements, lots or contracts)
             are published;
* stale      something is published, but only for past years;
* missing    the BIN is known, the portal answered, and nothing is published for it;
* uncertain  the BIN is unknown (detail says why: no match / ambiguous / registry unavailable), the
             portal did not answer (detail names the error), or only half of the as-of year is there
             (plan without procurement or the reverse), which an analyst should confirm.

Then the five red flags (procurement/redflags.py) on the as-of year and the year before, and the
Q3 + 1.5·IQR peer fences across all institutions checked together. Dictionaries (trade methods) are
read from /v3/refs at run time. No fault is fatal: every failed request ends in `detail`/`errors`.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from adalscan.models import GapStatus, Institution
from adalscan.netpolicy import names_private_host, url_refusal
from adalscan.notes import SEPARATOR, note
from adalscan.procurement.bins import (
    BinResolver,
    Candidate,
    candidates_from_rows,
    search_terms,
    taken_by_another,
)
from adalscan.procurement.client import AsyncGoszakupClient, GoszakupClient, GoszakupError
from adalscan.procurement.models import (
    BIN_RE,
    BIN_SOURCE_NAME_MATCH,
    BIN_SOURCE_REGISTRY,
    BIN_SOURCE_UNKNOWN,
    BinResolution,
    ProcurementResult,
    compact_years,
    valid_bin,
)
from adalscan.procurement.redflags import (
    ContractBook,
    MethodBook,
    RedFlagConfig,
    announcements_frame,
    bids_frame,
    compute_more_flags,
    compute_red_flags,
    contracts_frame,
    evaluation_years,
    lots_frame,
    mark_peer_outliers,
)

log = logging.getLogger("adalscan.procurement")

DEFAULT_PORTAL_URL = "https://goszakup.gov.kz"  # public HTML portal, for evidence links only
ENV_PORTAL_URL = "ADALSCAN_GOSZAKUP_PORTAL_URL"
ENV_RATE = "ADALSCAN_GOSZAKUP_RATE"  # requests per second; default 5 (0 for a loopback URL)
MAX_RNU_LOOKUPS = 200  # distinct suppliers looked up in RNU per institution
MAX_EXTRA_BUYS = 200  # announcements organised by someone else, fetched one by one per institution
BUY_ID_CHUNK = 100
BREAKER_AFTER = 12  # failed requests in a row (after their retries) that mean the portal is down
OUTAGE_KINDS = frozenset({"server", "timeout", "connection", "forbidden", "rate_limited"})
# Bids as five independent clients read them (notes §12): AppLots with lotId and statusId, and the status name.
TRD_APP_QUERY = """query($filter: TrdAppFiltersInput, $after: Int) {
  TrdApp(filter: $filter, limit: 200, after: $after) {
    id buyId supplierBinIin
    AppLots { id lotId statusId price RefAppStatus { id code nameRu } }
  }
}"""
SUBJECT_SEARCH_QUERY = """query($filter: SubjectsFiltersInput, $after: Int) {
  Subjects(filter: $filter, limit: 200, after: $after) { pid bin nameRu nameKz fullNameRu fullNameKz customer }
}"""
ENV_AMENDMENT_SUM = "ADALSCAN_GOSZAKUP_AMENDMENT_SUM"  # total | delta (what an amendment's sum means)
ENV_MIN_DAYS = "ADALSCAN_GOSZAKUP_MIN_DAYS"  # JSON {"<ref_trade_methods_id>": days} over the law table
CHAINS_TO_LOG = 5  # amendment chains shown in the log of a run against the real portal

Progress = Callable[[int, int, str], None]


def evidence_url(bin_value: str, portal_url: str | None = None) -> str:
    """Public search page of the customer's announcements (a link for analysts; adalscan never fetches it)."""
    base = (portal_url or os.environ.get(ENV_PORTAL_URL) or DEFAULT_PORTAL_URL).rstrip("/")
    return f"{base}/ru/search/announce?filter[customer]={bin_value}"


def _year(value: object) -> int | None:
    if isinstance(value, (list, tuple)):
        value = value[0] if value else None
    if isinstance(value, int):
        return value
    text = str(value or "").strip()
    return int(text[:4]) if len(text) >= 4 and text[:4].isdigit() else None


def buy_year(buy: dict[str, Any]) -> int | None:
    """Financial year of an announcement (fin_year, else the publish/start date's year)."""
    return _year(buy.get("fin_year")) or _year(buy.get("publish_date")) or _year(buy.get("start_date"))


def _truthy(value: object) -> bool:
    return str(value).strip().lower() in ("1", "true", "t", "yes")


def plan_point_counts(point: dict[str, Any]) -> bool:
    """A plan point that shows a published plan: active, not deleted, in an approved (not preliminary) plan.
    Fields the portal leaves out are not held against the point."""
    if _truthy(point.get("is_deleted")) or _truthy(point.get("plan_preliminary")):
        return False
    if "is_active" in point and point["is_active"] is not None and not _truthy(point["is_active"]):
        return False
    return not ("date_approved" in point and not point["date_approved"])


def config_from_env(environ: dict[str, str] | None = None) -> RedFlagConfig:
    """RedFlagConfig with the operator's settings: amendment-sum meaning and per-method minimum periods."""
    env = os.environ if environ is None else environ
    meaning = (env.get(ENV_AMENDMENT_SUM) or "total").strip().lower()
    if meaning not in ("total", "delta"):
        raise ValueError(f"{ENV_AMENDMENT_SUM} must be 'total' or 'delta', not {meaning!r}")
    days: dict[int, int] = {}
    if env.get(ENV_MIN_DAYS):
        raw = json.loads(env[ENV_MIN_DAYS])
        days = {int(k): int(v) for k, v in raw.items()}
    return RedFlagConfig(amendment_sum=meaning, short_period_days_by_method=days)


def year_counts(plans: Iterable[dict[str, Any]], buys: Iterable[dict[str, Any]], lots: Iterable[dict[str, Any]],
                contracts: Iterable[dict[str, Any]]) -> dict[int, dict[str, int]]:
    """year -> {plans, announcements, lots, contracts}; withdrawn, deleted or unapproved plan points are not
    counted, nor amendments (a parent, or ref_contract_type_id 2) as new contracts."""
    counts: dict[int, dict[str, int]] = defaultdict(lambda: {"plans": 0, "announcements": 0, "lots": 0, "contracts": 0})
    buys = list(buys)
    years_of_buys = {b.get("id"): buy_year(b) for b in buys}
    for point in plans:
        if not plan_point_counts(point):
            continue
        year = _year(point.get("plan_fin_year")) or _year(point.get("pln_point_year"))
        if year:
            counts[year]["plans"] += 1
    for buy in buys:
        if (year := years_of_buys.get(buy.get("id"))) is not None:
            counts[year]["announcements"] += 1
    for lot in lots:
        year = years_of_buys.get(lot.get("trd_buy_id")) or _year(lot.get("last_update_date"))
        if year:
            counts[year]["lots"] += 1
    for contract in contracts:
        if contract.get("parent_id") or str(contract.get("ref_contract_type_id")) == "2" or _truthy(contract.get("deleted")):
            continue
        if year := _year(contract.get("fin_year")) or _year(contract.get("sign_date")):
            counts[year]["contracts"] += 1
    return {y: dict(c) for y, c in sorted(counts.items())}


def decide_status(counts: dict[int, dict[str, int]], as_of_year: int, errors: list[str]) -> tuple[GapStatus, str]:
    """The goszakup_procurement status and its reason, from per-year counts and request errors."""
    now = counts.get(as_of_year, {})
    plans_now = now.get("plans", 0)
    procurement_now = sum(now.get(k, 0) for k in ("announcements", "lots", "contracts"))
    failed = note("procurement_portal_error",
                  error=errors[0] + (f" (+{len(errors) - 1} more)" if len(errors) > 1 else "")) if errors else ""
    if plans_now and procurement_now:
        found = note("procurement_found", year=as_of_year, points=plans_now, announcements=now.get("announcements", 0),
                     lots=now.get("lots", 0), contracts=now.get("contracts", 0))
        return GapStatus.FOUND, SEPARATOR.join(filter(None, (found, failed)))
    if errors:
        return GapStatus.UNCERTAIN, failed
    if plans_now or procurement_now:
        key = "procurement_partial_plan" if plans_now else "procurement_partial_buys"
        return GapStatus.UNCERTAIN, note(key, year=as_of_year, year2=as_of_year)
    if counts:
        return GapStatus.STALE, note("procurement_past_only", years=compact_years(list(counts)), year=as_of_year)
    return GapStatus.MISSING, note("procurement_none")


@dataclass
class _Portal:
    """What one run shares across institutions."""

    client: AsyncGoszakupClient
    as_of: date
    config: RedFlagConfig
    portal_url: str | None
    methods: MethodBook | None = None
    methods_note: str = ""
    contract_book: ContractBook = field(default_factory=ContractBook)
    chains: list[str] = field(default_factory=list)  # amendment chains for the operator's log (real portal)
    log_chains: bool = False
    name_search: bool = True  # False once the portal refused the Subjects name filter
    buy_status_names: dict[int, str] = field(default_factory=dict)
    rnu_cache: dict[str, bool] = field(default_factory=dict)  # supplier BIN -> listed in RNU
    rnu_broken: bool = False
    stop_error: GoszakupError | None = None  # a 401, or the portal stopped answering: no more requests
    failures_in_a_row: int = 0
    resolver: BinResolver = field(default_factory=lambda: BinResolver([]))
    subjects_cache: Path | None = None  # customer names+BINs, so the big registry is not paged every run
    subjects_cache_days: float = 30.0


def _record_failure(portal: _Portal, exc: GoszakupError) -> None:
    """A 401 stops the run's requests at once; BREAKER_AFTER outage-like failures in a row (each already
    retried) mean the portal is down, so the rest of the run does not wait through every retry."""
    if exc.kind == "auth":
        portal.stop_error = exc
    elif exc.kind in OUTAGE_KINDS:
        portal.failures_in_a_row += 1
        if portal.failures_in_a_row >= BREAKER_AFTER and portal.stop_error is None:
            portal.stop_error = GoszakupError(
                "outage", f"portal not answering ({portal.failures_in_a_row} failed requests in a row, last "
                          f"{exc.short()}); later requests skipped")
            log.warning("goszakup: %s", portal.stop_error.message)


async def _guard(portal: _Portal, errors: list[GoszakupError], coro: Any) -> Any:
    """Await a request; record a GoszakupError instead of raising (see `_record_failure`)."""
    if portal.stop_error is not None:
        coro.close()
        errors.append(portal.stop_error)
        return None
    try:
        value = await coro
    except GoszakupError as exc:
        errors.append(exc)
        _record_failure(portal, exc)
        return None
    portal.failures_in_a_row = 0
    return value


async def _load_methods(portal: _Portal) -> None:
    errors: list[GoszakupError] = []
    rows = await _guard(portal, errors, portal.client.refs("ref_trade_methods"))
    if rows:
        portal.methods = MethodBook.from_refs(rows)
    else:
        portal.methods_note = (note("flag_methods_unavailable", error=errors[0].short()) if errors
                               else note("flag_methods_empty"))
        log.warning("goszakup: method-based red flags %s", portal.methods_note)
    statuses = await _guard(portal, errors, portal.client.refs("ref_contract_status"))
    types = await _guard(portal, errors, portal.client.refs("ref_contract_type"))
    portal.contract_book = ContractBook.from_refs(statuses, types)
    buy_statuses = await _guard(portal, errors, portal.client.refs("ref_buy_status"))
    portal.buy_status_names = {int(r["id"]): str(r.get("name_ru") or "") for r in buy_statuses or []
                               if isinstance(r, dict) and str(r.get("id", "")).isdigit()}
    if not statuses:
        log.warning("goszakup: ref_contract_status unavailable; terminated contracts cannot be told apart")


def _read_cache(path: Path | None, max_age_days: float) -> list[Candidate] | None:
    if path is None or not path.is_file() or time.time() - path.stat().st_mtime > max_age_days * 86400:
        return None
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
        return [Candidate(str(r["bin"]), tuple(str(n) for n in r["names"])) for r in rows]
    except (OSError, ValueError, KeyError, TypeError):
        return None


async def _load_candidates(portal: _Portal) -> tuple[list[Candidate], str]:
    """Participants to match names against: the cache if fresh, else /v3/subject/all, else /v3/plans; and
    why there are none ("" when there are)."""
    cached = _read_cache(portal.subjects_cache, portal.subjects_cache_days)
    if cached:
        return cached, ""
    errors: list[GoszakupError] = []
    for loader in (portal.client.subjects_all, portal.client.plan_customers):
        rows = await _guard(portal, errors, loader())
        if rows:
            candidates = candidates_from_rows(rows)
            if portal.subjects_cache is not None:
                portal.subjects_cache.parent.mkdir(parents=True, exist_ok=True)
                portal.subjects_cache.write_text(json.dumps([{"bin": c.bin, "names": c.names} for c in candidates],
                                                            ensure_ascii=False), encoding="utf-8")
            return candidates, ""
    return [], errors[0].short() if errors else "empty"


async def _search_by_name(portal: _Portal, inst: Institution) -> tuple[BinResolution | None, str]:
    """BIN by the portal's name filter (`Subjects(filter: {nameOrFullNameRu})`), without paging the whole
    registry. None when the search cannot settle it (refused, nothing found, no confident match): the caller
    then falls back to the full registry."""
    terms = search_terms(inst)
    if not terms or not portal.name_search or portal.stop_error is not None:
        return None, ""
    rows: list[dict[str, Any]] = []
    for term in terms:
        try:
            rows += await portal.client.graphql(SUBJECT_SEARCH_QUERY, {"filter": {"nameOrFullNameRu": term}},
                                                root="Subjects", limit_pages=5)
        except GoszakupError as exc:
            if exc.kind != "graphql":
                _record_failure(portal, exc)
            portal.name_search = False  # refused once: the registry fallback for everyone else
            return None, f"name search unavailable ({exc.short()})"
    candidates = candidates_from_rows(rows)
    if not candidates:
        return None, ""
    resolution = BinResolver(candidates).match(inst)
    return (resolution, "") if resolution.bin or "ambiguous" in resolution.detail else (None, "")


async def _rnu_listed(portal: _Portal, contracts: list[dict[str, Any]], years: set[int]) -> set[str] | None:
    """Which of the buyer's suppliers (contracts of the evaluation years) are in RNU; None if unreadable."""
    suppliers = sorted({str(c.get("supplier_biin")) for c in contracts
                        if (_year(c.get("fin_year")) or _year(c.get("sign_date"))) in years
                        and BIN_RE.match(str(c.get("supplier_biin") or ""))})[:MAX_RNU_LOOKUPS]
    for biin in suppliers:
        if biin in portal.rnu_cache:
            continue
        if portal.rnu_broken or portal.stop_error is not None:
            return None
        try:
            portal.rnu_cache[biin] = await portal.client.rnu(biin) is not None
        except GoszakupError as exc:
            _record_failure(portal, exc)
            portal.rnu_broken = True
            return None
    return {b for b in suppliers if portal.rnu_cache.get(b)}


async def _fetch_extra_buys(portal: _Portal, errors: list[GoszakupError], buys: list[dict[str, Any]],
                            lots: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Announcements of the institution's lots that another organizer published (not in /trd-buy/bin)."""
    known = {b.get("id") for b in buys}
    lot_buy_ids: set[int] = {lot["trd_buy_id"] for lot in lots if isinstance(lot.get("trd_buy_id"), int)}
    missing = sorted(lot_buy_ids - known)
    found = []
    for buy_id in missing[:MAX_EXTRA_BUYS]:
        row = await _guard(portal, errors, portal.client.trd_buy_by_id(buy_id))
        if isinstance(row, dict):
            found.append(row)
    return found


async def _fetch_bids(portal: _Portal, buy_ids: list[int]) -> tuple[list[dict[str, Any]] | None, str]:
    """TrdApp applications for these announcements (GraphQL); None + why when the portal refuses."""
    apps: list[dict[str, Any]] = []
    for start in range(0, len(buy_ids), BUY_ID_CHUNK):
        chunk = buy_ids[start:start + BUY_ID_CHUNK]
        try:
            apps += await portal.client.graphql(TRD_APP_QUERY, {"filter": {"buyId": chunk}}, root="TrdApp")
        except GoszakupError as exc:
            _record_failure(portal, exc)
            return None, note("flag_bids_unavailable", error=exc.short())
    return apps, ""


async def _check_one(portal: _Portal, inst: Institution, resolution: BinResolution) -> ProcurementResult:
    result = ProcurementResult(inst.id, GapStatus.UNCERTAIN, bin=resolution.bin, bin_source=resolution.source)
    if resolution.source == BIN_SOURCE_NAME_MATCH:
        result.bin_match = f"«{resolution.matched_name}» (score {resolution.score:.0f})"
    notes = [resolution.detail] if resolution.detail and resolution.bin else []
    if not resolution.bin:
        result.detail = resolution.detail or note("bin_unknown")
        return result
    result.evidence_url = evidence_url(resolution.bin, portal.portal_url)
    errors: list[GoszakupError] = []
    client = portal.client
    plans, buys, lots, contracts = await asyncio.gather(
        _guard(portal, errors, client.plans(resolution.bin)), _guard(portal, errors, client.trd_buy(resolution.bin)),
        _guard(portal, errors, client.lots(resolution.bin)), _guard(portal, errors, client.contracts(resolution.bin)))
    plans, buys, lots, contracts = plans or [], buys or [], lots or [], contracts or []
    buys = buys + await _fetch_extra_buys(portal, errors, buys, lots)
    counts = year_counts(plans, buys, lots, contracts)
    error_texts = list(dict.fromkeys(e.short() for e in errors))
    result.status, detail = decide_status(counts, portal.as_of.year, error_texts)
    result.detail = "; ".join([detail, *notes])
    result.counts = counts
    result.years = sorted(counts)
    result.period = compact_years(result.years)
    result.errors = error_texts
    # Red flags on whatever data arrived (a failed endpoint leaves its indicators without data).
    years = evaluation_years(portal.as_of.year, portal.config)
    apps, bids_note = (None, "")
    buy_ids = sorted({b["id"] for b in buys if isinstance(b.get("id"), int)})
    if buy_ids and portal.stop_error is None:
        apps, bids_note = await _fetch_bids(portal, buy_ids)
    years_of_buys = {b["id"]: y for b in buys if isinstance(b.get("id"), int) and (y := _year(b.get("publish_date")))}
    if portal.log_chains and len(portal.chains) < CHAINS_TO_LOG:
        portal.chains += amendment_chains(contracts, CHAINS_TO_LOG - len(portal.chains))
    frames = (contracts_frame(contracts, portal.contract_book), announcements_frame(buys),
              lots_frame(lots, years_of_buys))
    result.red_flags = compute_red_flags(*frames, portal.methods, portal.config, years, bids_frame(apps) if apps else None)
    rnu = await _rnu_listed(portal, contracts, years)
    result.red_flags += compute_more_flags(*frames, portal.methods, portal.config, years,
                                           plans=[p for p in plans if plan_point_counts(p)], rnu=rnu,
                                           buy_status_names=portal.buy_status_names)
    for flag in result.red_flags:
        if bids_note and flag.flag_id == "single_bidder":
            flag.detail += SEPARATOR + bids_note
        if portal.methods is None and portal.methods_note and flag.value is None:
            flag.detail = portal.methods_note
    return result


def amendment_chains(contracts: list[dict[str, Any]], limit: int) -> list[str]:
    """Up to `limit` amendment chains as token-free log lines: ids, types, statuses, sign dates and sums, so
    an operator can see on real data whether an amendment's sum is the new total or the change."""
    by_chain: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for row in contracts:
        chain = row.get("root_id") or row.get("parent_id") or row.get("id")
        by_chain[chain].append(row)
    lines = []
    for chain, rows in by_chain.items():
        if len(rows) < 2:
            continue
        rows.sort(key=lambda r: (str(r.get("sign_date") or ""), r.get("id") or 0))
        parts = [f"id={r.get('id')} type={r.get('ref_contract_type_id')} parent={r.get('parent_id')} "
                 f"root={r.get('root_id')} status={r.get('ref_contract_status_id')} signed={r.get('sign_date')} "
                 f"contract_sum_wnds={r.get('contract_sum_wnds')} fakt_sum_wnds={r.get('fakt_sum_wnds')}"
                 for r in rows[:6]]
        lines.append(f"chain {chain}: " + " | ".join(parts))
        if len(lines) >= limit:
            break
    return lines


async def check_institutions_async(institutions: list[Institution], client: AsyncGoszakupClient, as_of: date, *,
                                   config: RedFlagConfig | None = None, portal_url: str | None = None,
                                   concurrency: int = 4, progress: Progress | None = None,
                                   subjects_cache: Path | None = None,
                                   log_chains: bool = False) -> dict[str, ProcurementResult]:
    """Async core of `check_institutions`, for callers that already run an event loop. `log_chains` logs a few
    amendment chains (ids, types, sums; never the token) so an operator can settle what an amendment's sum
    means on the real portal (`ADALSCAN_GOSZAKUP_AMENDMENT_SUM`)."""
    portal = _Portal(client, as_of, config or config_from_env(), portal_url, subjects_cache=subjects_cache,
                     log_chains=log_chains)
    await _load_methods(portal)
    registry_error = ""
    searched: dict[str, BinResolution] = {}
    for inst in institutions:
        if not valid_bin((inst.bin or "").strip()):
            found, _why = await _search_by_name(portal, inst)
            if found is not None:
                searched[inst.id] = found
    if any(not valid_bin((inst.bin or "").strip()) and inst.id not in searched for inst in institutions):
        if portal.stop_error is None:  # the full registry only as a fallback
            candidates, registry_error = await _load_candidates(portal)
            portal.resolver = BinResolver(candidates)
        else:
            registry_error = portal.stop_error.short()
    resolutions = {}
    unavailable = note("bin_registry_unavailable")
    registry_bins = {inst.bin.strip(): inst.id for inst in institutions if valid_bin((inst.bin or "").strip())}
    for inst in institutions:
        resolution = searched.get(inst.id) or portal.resolver.resolve(inst)
        if (resolution.source == BIN_SOURCE_NAME_MATCH and resolution.bin
                and (owner := taken_by_another(inst.id, resolution.bin, registry_bins))):
            resolution = BinResolution(None, BIN_SOURCE_UNKNOWN, detail=note(
                "bin_match_taken", customer=f"{resolution.bin} «{resolution.matched_name}»", owner=owner))
        if resolution.bin is None and registry_error and resolution.detail.endswith(unavailable):
            # say why (an invalid registry BIN's remark before it is kept)
            detail = resolution.detail.removesuffix(unavailable) + note("bin_registry_error", error=registry_error)
            resolution = BinResolution(None, resolution.source, detail=detail)
        resolutions[inst.id] = resolution
    semaphore = asyncio.Semaphore(max(1, concurrency))
    done = 0
    results: dict[str, ProcurementResult] = {}

    async def run(inst: Institution) -> None:
        nonlocal done
        async with semaphore:
            try:
                results[inst.id] = await _check_one(portal, inst, resolutions[inst.id])
            except Exception as exc:  # a bug or odd data must not sink the other institutions
                log.exception("goszakup: check of %s failed", inst.id)
                results[inst.id] = ProcurementResult(inst.id, GapStatus.UNCERTAIN, bin=resolutions[inst.id].bin,
                                                     bin_source=resolutions[inst.id].source,
                                                     detail=note("procurement_internal_error", error=type(exc).__name__))
        done += 1
        if progress is not None:
            progress(done, len(institutions), inst.id)

    await asyncio.gather(*(run(inst) for inst in institutions))
    if portal.log_chains:
        log.info("goszakup: %d amendment chains as the portal returns them (amendment sums read as %r; set %s "
                 "if they carry only the change):", len(portal.chains), portal.config.amendment_sum, ENV_AMENDMENT_SUM)
        for line in portal.chains:
            log.info("goszakup: %s", line)
    mark_peer_outliers((r.red_flags for r in results.values()), portal.config)
    return {inst.id: results[inst.id] for inst in institutions}


def check_institutions(institutions: list[Institution], base_url: str, token: str | None, as_of: date, *,
                       progress: Progress | None = None, config: RedFlagConfig | None = None,
                       portal_url: str | None = None, concurrency: int = 4,
                       client_options: dict[str, Any] | None = None,
                       subjects_cache: Path | None = None, allow_private: bool = False) -> dict[str, ProcurementResult]:
    """Check every institution's procurement on the portal; returns institution id -> result.

    `base_url`/`token` are usually `procurement.client.settings_from_env()`. `client_options` go to
    `GoszakupClient` (timeout, max_retries, rate_per_s, page_size, ...). `progress(done, total, id)`
    is called from the client's worker thread after each institution. `portal_url` is the public
    site used in evidence links (default $ADALSCAN_GOSZAKUP_PORTAL_URL or goszakup.gov.kz).
    `subjects_cache` keeps the participant names between runs (30 days). As for crawling, an API URL
    on a loopback/private address is refused unless `allow_private` (the mock lives on 127.0.0.1):
    every institution is then `uncertain` and nothing is requested.
    """
    refusal = url_refusal(base_url, allow_private)  # the crawler's address policy, for the API host too
    if refusal:
        why = f"portal not queried: {refusal} (allow_private is off)"
        log.warning("goszakup: %s", why)
        resolver = BinResolver([])
        results = {}
        for inst in institutions:
            resolution = resolver.resolve(inst)
            results[inst.id] = ProcurementResult(inst.id, GapStatus.UNCERTAIN, bin=resolution.bin,
                                                 bin_source=resolution.source, detail=why)
        return results
    options = dict(client_options or {})
    if "rate_per_s" not in options:  # politeness is for the real portal; a loopback mock needs none
        env_rate = os.environ.get(ENV_RATE, "").strip()
        options["rate_per_s"] = float(env_rate) if env_rate else (0.0 if names_private_host(base_url) else 5.0)
    with GoszakupClient(base_url, token, **options) as client:
        results = client.run(check_institutions_async(institutions, client.aio, as_of, config=config,
                                                      portal_url=portal_url, concurrency=concurrency,
                                                      progress=progress, subjects_cache=subjects_cache,
                                                      log_chains=bool(token) and not names_private_host(base_url)))
        if client.events:
            log.info("goszakup: %d requests, %d retries, %d failures", client.stats["requests"],
                     client.stats["retries"], client.stats["failures"])
    return results


def result_rows(results: dict[str, ProcurementResult]) -> list[dict[str, object]]:
    """One flat row per institution (status, BIN provenance, counts of the as-of years, each flag's
    value/flagged/peer_outlier) for CSV export and the regional comparison."""
    rows = []
    for result in results.values():
        row: dict[str, object] = {"institution_id": result.institution_id, "status": str(result.status),
                                  "bin": result.bin or "", "bin_source": result.bin_source,
                                  "bin_match": result.bin_match, "period": result.period, "detail": result.detail,
                                  "evidence_url": result.evidence_url}
        for flag in result.red_flags:
            row[f"{flag.flag_id}"] = flag.value
            row[f"{flag.flag_id}_flagged"] = flag.flagged
            row[f"{flag.flag_id}_peer_outlier"] = flag.peer_outlier
        row["flags_raised"] = sum(1 for f in result.red_flags if f.flagged)
        rows.append(row)
    return rows


def flags_summary(result: ProcurementResult) -> str:
    """"single_source_share 0.73 > 0.5; supplier_concentration 0.61 > 0.4" (flagged ones only)."""
    return "; ".join(f"{f.flag_id} {f.value:.2f} > {f.threshold:g}" for f in result.red_flags
                     if f.flagged and f.value is not None)


__all__ = ["BIN_SOURCE_REGISTRY", "check_institutions", "check_institutions_async", "decide_status",
           "evidence_url", "flags_summary", "result_rows", "year_counts"]
