"""Buyer-level procurement red flags, computed with pandas (goszakup-api.md §11; formulas in README.md).

Every indicator takes data frames whose columns carry the portal's own REST field names (so tests can
build them by hand), looks only at the evaluation years (by default the as-of year and the one
before), and returns a `RedFlag` with its value, threshold, sample size and formula. A flag is a
reason for an analyst to look, not a finding; thresholds live in `RedFlagConfig`.

Contracts come as amendment chains (`parent_id`/`root_id`): value sums use the latest version of
each chain, so an amended contract is counted once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from procurement.bins import fold
from procurement.models import RedFlag

SINGLE_SOURCE = "single_source_share"
SHORT_PERIOD = "short_tender_period"
SINGLE_BIDDER = "single_bidder"
VALUE_INCREASE = "contract_value_increase"
SUPPLIER_CONCENTRATION = "supplier_concentration"
FLAG_IDS = (SINGLE_SOURCE, SHORT_PERIOD, SINGLE_BIDDER, VALUE_INCREASE, SUPPLIER_CONCENTRATION)

FORMULAS: dict[str, str] = {  # <= 200 characters each: reports show them verbatim
    SINGLE_SOURCE: "Σ contract_sum_wnds of single-source contracts (fakt_trade_methods_id named «Из одного "
                   "источника…») / Σ contract_sum_wnds of all contracts, latest version of each",
    SHORT_PERIOD: "share of competitive announcements with floor(end_date − start_date) < min days for their "
                  "ref_trade_methods_id (Cardinal R003, default 15 days)",
    SINGLE_BIDDER: "share of competitive lots with one distinct bidder (TrdApp supplierBinIin per lot, Cardinal "
                   "R018); without bids: lots re-awarded «по несостоявшимся закупкам»",
    VALUE_INCREASE: "max over contract chains (root_id) of (latest − original contract_sum_wnds) / original, "
                    "or (fakt_sum_wnds − contract_sum_wnds) / contract_sum_wnds",
    SUPPLIER_CONCENTRATION: "top supplier's Σ contract_sum_wnds / Σ contract_sum_wnds (latest versions), "
                            "flagged only if it also won >= min_wins contracts; HHI in detail",
}


@dataclass(frozen=True, slots=True)
class RedFlagConfig:
    """Thresholds (all configurable; defaults are starting points, not legal limits)."""

    years_window: int = 2  # as-of year and the previous one
    single_source_share_max: float = 0.5
    single_source_min_contracts: int = 3
    short_period_days: int = 15  # Cardinal R003 default
    short_period_days_by_method: Mapping[int, int] = field(default_factory=dict)  # ref_trade_methods_id -> days
    short_period_share_max: float = 0.2
    short_period_min_announcements: int = 3
    single_bidder_share_max: float = 0.3
    single_bidder_min_lots: int = 3
    value_increase_max: float = 0.2
    supplier_top_share_max: float = 0.4
    supplier_min_wins: int = 3
    supplier_min_contracts: int = 5
    peer_min_institutions: int = 4  # Q3 + 1.5·IQR fences need a few peers


@dataclass(frozen=True, slots=True)
class MethodBook:
    """Procurement methods as the portal's `ref_trade_methods` dictionary defines them (loaded at run time)."""

    names: Mapping[int, str]
    single_source: frozenset[int]
    failed_single_source: frozenset[int]  # «Из одного источника по несостоявшимся закупкам»

    @classmethod
    def from_refs(cls, rows: Iterable[Mapping[str, Any]]) -> MethodBook:
        names: dict[int, str] = {}
        for row in rows:
            try:
                names[int(row["id"])] = str(row.get("name_ru") or "")
            except (KeyError, TypeError, ValueError):
                continue
        single = frozenset(i for i, n in names.items() if fold(n).startswith("из одного источника"))
        failed = frozenset(i for i in single if "несостоявш" in fold(names[i]))
        return cls(names, single, failed)

    def is_single_source(self, method_id: object) -> bool:
        return _as_int(method_id) in self.single_source

    def competitive(self, method_id: object) -> bool:
        """Any known or unknown method that is not single-source (a missing id is not competitive)."""
        value = _as_int(method_id)
        return value is not None and value not in self.single_source


def _as_int(value: object) -> int | None:
    try:
        return None if value is None or pd.isna(value) else int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _first_year(value: object) -> int | None:
    """fin_year is an int on contracts and plan points, an array on trd-buy."""
    if isinstance(value, (list, tuple)):
        value = value[0] if value else None
    return _as_int(value)


def _money(value: float) -> str:
    return f"{value:,.0f}".replace(",", " ")


# -- frames ------------------------------------------------------------------------------------------

CONTRACT_COLUMNS = ("id", "parent_id", "root_id", "supplier_biin", "fin_year", "fakt_trade_methods_id",
                    "contract_sum_wnds", "contract_sum", "fakt_sum_wnds", "sign_date", "deleted")
ANNOUNCEMENT_COLUMNS = ("id", "ref_trade_methods_id", "start_date", "end_date", "publish_date", "fin_year")
LOT_COLUMNS = ("id", "trd_buy_id", "ref_trade_methods_id", "ref_buy_trade_methods_id", "year")


def _frame(items: Sequence[Mapping[str, Any]] | pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
    frame = items.copy() if isinstance(items, pd.DataFrame) else pd.DataFrame.from_records(list(items))
    for column in columns:
        if column not in frame.columns:
            frame[column] = None
    return frame


def contracts_frame(items: Sequence[Mapping[str, Any]] | pd.DataFrame) -> pd.DataFrame:
    """Contracts with numeric ids/sums, parsed sign_date, `year`, `amount` and `chain` columns; deleted rows dropped."""
    frame = _frame(items, CONTRACT_COLUMNS)
    if frame.empty:
        return frame.assign(year=pd.Series(dtype="Int64"), amount=pd.Series(dtype=float),
                            chain=pd.Series(dtype="Int64"))
    for column in ("id", "parent_id", "root_id", "fakt_trade_methods_id"):
        frame[column] = pd.to_numeric(frame[column], errors="coerce")
    for column in ("contract_sum_wnds", "contract_sum", "fakt_sum_wnds"):
        frame[column] = pd.to_numeric(frame[column], errors="coerce")
    frame["deleted"] = frame["deleted"].map(lambda v: str(v).lower() in ("1", "true"))
    frame = _rows(frame, ~frame["deleted"] & frame["id"].notna()).copy()
    frame["sign_date"] = pd.to_datetime(frame["sign_date"], errors="coerce")
    frame["year"] = frame["fin_year"].map(_first_year).astype("Int64")
    frame["amount"] = frame["contract_sum_wnds"].fillna(frame["contract_sum"]).fillna(0.0)
    chain = frame["root_id"].where(frame["root_id"].notna() & (frame["root_id"] > 0), frame["id"])
    frame["chain"] = chain.astype("Int64")
    return frame


def announcements_frame(items: Sequence[Mapping[str, Any]] | pd.DataFrame) -> pd.DataFrame:
    """Announcements with parsed dates and a `year` (publish date, else start date, else fin_year)."""
    frame = _frame(items, ANNOUNCEMENT_COLUMNS)
    for column in ("start_date", "end_date", "publish_date"):
        frame[column] = pd.to_datetime(frame[column], errors="coerce")
    year = frame["publish_date"].dt.year.fillna(frame["start_date"].dt.year)
    year = year.fillna(frame["fin_year"].map(_first_year).astype(float))
    frame["year"] = year.astype("Int64")
    frame["ref_trade_methods_id"] = pd.to_numeric(frame["ref_trade_methods_id"], errors="coerce")
    return frame


def lots_frame(items: Sequence[Mapping[str, Any]] | pd.DataFrame,
               buy_years: Mapping[int, int] | None = None) -> pd.DataFrame:
    """Lots with numeric method ids and a `year` (from their announcement, else last_update_date)."""
    frame = _frame(items, (*LOT_COLUMNS, "last_update_date"))
    for column in ("id", "trd_buy_id", "ref_trade_methods_id", "ref_buy_trade_methods_id"):
        frame[column] = pd.to_numeric(frame[column], errors="coerce")
    if buy_years:
        from_buy = frame["trd_buy_id"].map(lambda b: buy_years.get(int(b)) if pd.notna(b) else None)
        frame["year"] = frame["year"].where(frame["year"].notna(), from_buy)
    fallback = pd.to_datetime(frame["last_update_date"], errors="coerce").dt.year
    frame["year"] = pd.to_numeric(frame["year"], errors="coerce").fillna(fallback).astype("Int64")
    return frame


def bids_frame(apps: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    """One row per (lot_id, supplier) from GraphQL TrdApp rows (AppLots.Offers.lotId, supplierBinIin)."""
    rows = []
    for app in apps:
        supplier = app.get("supplierBinIin") or app.get("supplierId")
        for app_lot in app.get("AppLots") or []:
            for offer in (app_lot or {}).get("Offers") or []:
                lot_id = _as_int((offer or {}).get("lotId"))
                if lot_id is not None and supplier:
                    rows.append({"lot_id": lot_id, "supplier": str(supplier)})
    return pd.DataFrame(rows, columns=["lot_id", "supplier"])


def _rows(frame: pd.DataFrame, mask: pd.Series) -> pd.DataFrame:
    """Boolean row selection that stays a row selection on empty frames (an empty object-dtype mask
    would otherwise be read as a list of column names)."""
    return frame.loc[mask.astype(bool).to_numpy()]


def _in_years(frame: pd.DataFrame, years: set[int] | None) -> pd.DataFrame:
    return frame if years is None else _rows(frame, frame["year"].isin(sorted(years)))


def latest_versions(contracts: pd.DataFrame) -> pd.DataFrame:
    """The last version (by sign_date, then id) of every contract chain."""
    if contracts.empty:
        return contracts
    ordered = contracts.sort_values(["chain", "sign_date", "id"], na_position="first")
    return ordered.groupby("chain", sort=False).tail(1)


# -- indicators -------------------------------------------------------------------------------------

def single_source_share(contracts: pd.DataFrame, methods: MethodBook, config: RedFlagConfig,
                        years: set[int] | None = None) -> RedFlag:
    """Share of contract value awarded by single-source methods (see FORMULAS[SINGLE_SOURCE])."""
    latest = latest_versions(_in_years(contracts, years))
    flag = RedFlag(SINGLE_SOURCE, None, config.single_source_share_max, False, FORMULAS[SINGLE_SOURCE],
                   sample=len(latest))
    total = float(latest["amount"].sum()) if len(latest) else 0.0
    if not len(latest) or total <= 0:
        flag.detail = "no contracts in the evaluation years"
        return flag
    nc = latest["fakt_trade_methods_id"].map(methods.is_single_source)
    share_value = float(latest.loc[nc, "amount"].sum()) / total
    flag.value = round(share_value, 4)
    flag.flagged = len(latest) >= config.single_source_min_contracts and share_value > flag.threshold
    flag.detail = (f"{int(nc.sum())}/{len(latest)} contracts ({nc.mean():.0%} by count), {share_value:.0%} of "
                   f"{_money(total)} by value, awarded by single-source methods")
    if len(latest) < config.single_source_min_contracts:
        flag.detail += f"; fewer than {config.single_source_min_contracts} contracts, not flagged"
    return flag


def short_tender_period(announcements: pd.DataFrame, methods: MethodBook, config: RedFlagConfig,
                        years: set[int] | None = None) -> RedFlag:
    """Share of competitive announcements with a submission period under the minimum (Cardinal R003)."""
    frame = _in_years(announcements, years)
    frame = _rows(frame, frame["ref_trade_methods_id"].map(methods.competitive).astype(bool)
                  & frame["start_date"].notna() & frame["end_date"].notna())
    flag = RedFlag(SHORT_PERIOD, None, config.short_period_share_max, False, FORMULAS[SHORT_PERIOD],
                   sample=len(frame))
    if frame.empty:
        flag.detail = "no competitive announcements with dates in the evaluation years"
        return flag
    days = (frame["end_date"] - frame["start_date"]).dt.days  # .days floors: whole days
    minimum = frame["ref_trade_methods_id"].map(
        lambda m: config.short_period_days_by_method.get(int(m), config.short_period_days))
    short = days < minimum
    share = float(short.mean())
    flag.value = round(share, 4)
    flag.flagged = len(frame) >= config.short_period_min_announcements and share > flag.threshold
    flag.detail = (f"{int(short.sum())}/{len(frame)} competitive announcements had fewer than the minimum days "
                   f"(default {config.short_period_days}); shortest {int(days.min())} days, median "
                   f"{float(days.median()):g}")
    if len(frame) < config.short_period_min_announcements:
        flag.detail += f"; fewer than {config.short_period_min_announcements} announcements, not flagged"
    return flag


def single_bidder(lots: pd.DataFrame, methods: MethodBook, config: RedFlagConfig,
                  years: set[int] | None = None, bids: pd.DataFrame | None = None) -> RedFlag:
    """Share of competitive lots that received one bid (Cardinal R018), or the failed-tender proxy."""
    frame = _in_years(lots, years)
    frame = _rows(frame, frame["ref_trade_methods_id"].map(methods.competitive))
    if bids is not None and not bids.empty:
        bidders = bids.groupby("lot_id")["supplier"].nunique()
        counts = frame["id"].map(lambda i: int(bidders.get(int(i), 0)) if pd.notna(i) else 0)
        considered = _rows(frame, counts > 0)
        one = counts[counts > 0] == 1
        source = "bids (TrdApp)"
    else:
        considered = frame
        one = frame["ref_buy_trade_methods_id"].map(lambda m: _as_int(m) in methods.failed_single_source)
        source = "proxy: lots re-awarded «по несостоявшимся закупкам»"
    flag = RedFlag(SINGLE_BIDDER, None, config.single_bidder_share_max, False, FORMULAS[SINGLE_BIDDER],
                   sample=len(considered))
    if considered.empty:
        flag.detail = f"no competitive lots with data in the evaluation years ({source})"
        return flag
    share = float(one.mean())
    flag.value = round(share, 4)
    flag.flagged = len(considered) >= config.single_bidder_min_lots and share > flag.threshold
    flag.detail = f"{int(one.sum())}/{len(considered)} competitive lots with a single bidder; source: {source}"
    if len(considered) < config.single_bidder_min_lots:
        flag.detail += f"; fewer than {config.single_bidder_min_lots} lots, not flagged"
    return flag


def contract_value_increase(contracts: pd.DataFrame, config: RedFlagConfig,
                            years: set[int] | None = None) -> RedFlag:
    """Largest relative increase of a contract's value after award (amendments or execution)."""
    flag = RedFlag(VALUE_INCREASE, None, config.value_increase_max, False, FORMULAS[VALUE_INCREASE])
    if contracts.empty:
        flag.detail = "no contracts in the evaluation years"
        return flag
    ordered = contracts.sort_values(["chain", "sign_date", "id"], na_position="first")
    first = ordered.groupby("chain", sort=False).head(1).set_index("chain")
    # The original is the record whose id is the chain id when present, else the earliest version.
    originals = _rows(ordered, ordered["id"] == ordered["chain"]).set_index("chain")
    original = first["amount"].copy()
    original.update(originals["amount"])
    original_year = first["year"].copy()
    original_year.update(originals["year"])
    latest = ordered.groupby("chain", sort=False).tail(1).set_index("chain")
    chains = pd.DataFrame({"original": original, "latest": latest["amount"], "year": original_year,
                           "fakt": latest["fakt_sum_wnds"], "versions": ordered.groupby("chain").size()})
    if years is not None:
        chains = _rows(chains, chains["year"].isin(sorted(years)))
    chains = _rows(chains, chains["original"] > 0)
    flag.sample = len(chains)
    if chains.empty:
        flag.detail = "no contracts in the evaluation years"
        return flag
    amendment = (chains["latest"] - chains["original"]) / chains["original"]
    execution = ((chains["fakt"] - chains["latest"]) / chains["latest"]).where(
        chains["fakt"].notna() & (chains["latest"] > 0), 0.0)
    increase = pd.concat([amendment, execution], axis=1).max(axis=1)
    worst = increase.idxmax()
    flag.value = round(float(increase.max()), 4)
    flag.flagged = flag.value > flag.threshold
    above = int((increase > flag.threshold).sum())
    amended = int((chains["versions"] > 1).sum())
    flag.detail = (f"{above}/{len(chains)} contracts grew by more than {flag.threshold:.0%}; {amended} amended; "
                   f"largest +{float(increase.max()):.0%} (contract chain {int(worst)}: "
                   f"{_money(float(chains.loc[worst, 'original']))} -> {_money(float(chains.loc[worst, 'latest']))})")
    return flag


def supplier_concentration(contracts: pd.DataFrame, config: RedFlagConfig,
                           years: set[int] | None = None) -> RedFlag:
    """Share of contract value won by the buyer's top supplier, with its number of wins and the HHI."""
    latest = latest_versions(_in_years(contracts, years))
    latest = _rows(latest, latest["supplier_biin"].notna() & (latest["supplier_biin"].astype(str) != ""))
    flag = RedFlag(SUPPLIER_CONCENTRATION, None, config.supplier_top_share_max, False,
                   FORMULAS[SUPPLIER_CONCENTRATION], sample=len(latest))
    total = float(latest["amount"].sum()) if len(latest) else 0.0
    if not len(latest) or total <= 0:
        flag.detail = "no contracts with a supplier in the evaluation years"
        return flag
    by_supplier = latest.groupby(latest["supplier_biin"].astype(str))["amount"].agg(["sum", "count"])
    shares = by_supplier["sum"] / total
    top = shares.idxmax()
    top_share, top_wins = float(shares.max()), int(by_supplier.loc[top, "count"])
    hhi = float((shares ** 2).sum())
    flag.value = round(top_share, 4)
    flag.flagged = (len(latest) >= config.supplier_min_contracts and top_share > flag.threshold
                    and top_wins >= config.supplier_min_wins)
    flag.detail = (f"top supplier {top} won {top_wins}/{len(latest)} contracts, {top_share:.0%} of value; "
                   f"most wins by one supplier {int(by_supplier['count'].max())}; "
                   f"{len(by_supplier)} suppliers; HHI {hhi:.2f}")
    if len(latest) < config.supplier_min_contracts:
        flag.detail += f"; fewer than {config.supplier_min_contracts} contracts, not flagged"
    return flag


def evaluation_years(as_of_year: int, config: RedFlagConfig) -> set[int]:
    return {as_of_year - k for k in range(max(1, config.years_window))}


def compute_red_flags(contracts: pd.DataFrame, announcements: pd.DataFrame, lots: pd.DataFrame,
                      methods: MethodBook | None, config: RedFlagConfig, years: set[int] | None,
                      bids: pd.DataFrame | None = None) -> list[RedFlag]:
    """All five indicators for one buyer, in FLAG_IDS order. Without the methods dictionary the three
    that depend on it are left uncomputed (value None) with the reason in detail."""
    flags: list[RedFlag] = []
    if methods is None or not methods.names:
        for flag_id in (SINGLE_SOURCE, SHORT_PERIOD, SINGLE_BIDDER):
            flags.append(RedFlag(flag_id, None, 0.0, False, FORMULAS[flag_id],
                                 detail="not computed: ref_trade_methods dictionary unavailable"))
        flags[0].threshold = config.single_source_share_max
        flags[1].threshold = config.short_period_share_max
        flags[2].threshold = config.single_bidder_share_max
    else:
        flags.append(single_source_share(contracts, methods, config, years))
        flags.append(short_tender_period(announcements, methods, config, years))
        flags.append(single_bidder(lots, methods, config, years, bids))
    flags.append(contract_value_increase(contracts, config, years))
    flags.append(supplier_concentration(contracts, config, years))
    return flags


def peer_fence(values: Iterable[float]) -> float | None:
    """Cardinal's outlier fence Q3 + 1.5·IQR over peers' values (None with fewer than 4 values)."""
    series = pd.Series([v for v in values if v is not None], dtype=float)
    if len(series) < 4:
        return None
    q1, q3 = float(series.quantile(0.25)), float(series.quantile(0.75))
    return q3 + 1.5 * (q3 - q1)


def mark_peer_outliers(flag_lists: Iterable[list[RedFlag]], config: RedFlagConfig) -> dict[str, float]:
    """Set `peer_outlier` on every computed flag (value above its indicator's fence); return the fences."""
    lists = list(flag_lists)
    fences: dict[str, float] = {}
    for flag_id in FLAG_IDS:
        flags = [f for flags in lists for f in flags if f.flag_id == flag_id and f.value is not None]
        if len(flags) < config.peer_min_institutions:
            continue
        fence = peer_fence(f.value for f in flags)
        if fence is None:
            continue
        fences[flag_id] = fence
        for f in flags:
            f.peer_outlier = bool(f.value is not None and f.value > fence and f.value > 0)
    return fences
