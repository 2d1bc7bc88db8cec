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

from adalscan.notes import SEPARATOR, note
from adalscan.procurement.bins import fold
from adalscan.procurement.models import RedFlag

SINGLE_SOURCE = "single_source_share"
SHORT_PERIOD = "short_tender_period"
SINGLE_BIDDER = "single_bidder"
VALUE_INCREASE = "contract_value_increase"
SUPPLIER_CONCENTRATION = "supplier_concentration"
RECORDS_MAX = 20  # records kept per indicator for the report's links
FLAG_IDS = (SINGLE_SOURCE, SHORT_PERIOD, SINGLE_BIDDER, VALUE_INCREASE, SUPPLIER_CONCENTRATION)
DIRECT_SHARE = "direct_contract_share"
FAILED_TENDERS = "failed_tenders"
SPLITTING = "split_purchases"
LATE_OR_AMENDED = "late_signing_or_repeated_amendments"
RNU_SUPPLIERS = "rnu_suppliers"
CANCELLED = "cancelled_tenders"
MORE_FLAG_IDS = (DIRECT_SHARE, FAILED_TENDERS, SPLITTING, LATE_OR_AMENDED, RNU_SUPPLIERS, CANCELLED)
ALL_FLAG_IDS = FLAG_IDS + MORE_FLAG_IDS

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
    DIRECT_SHARE: "Σ value of contracts by direct contracting (single source «путем прямого заключения договора», "
                  "method 23) / Σ value of all contracts; detail: legal ground (ref_justification_id) on plan points",
    FAILED_TENDERS: "share of competitive lots re-awarded «Из одного источника по несостоявшимся закупкам» "
                    "(ref_buy_trade_methods_id) after a failed tender",
    SPLITTING: "groups of >= 3 contracts with one supplier within 30 days, each under the threshold but together "
               "over it (splitting a purchase to stay under a threshold)",
    LATE_OR_AMENDED: "share of contracts signed > 30 days after the results (trd_buy_itogi_date_public) or "
                     "amended >= 3 times (Prozorro: three or more amendments)",
    RNU_SUPPLIERS: "contracts whose supplier is on the register of unreliable suppliers (/v3/rnu/{biin})",
    CANCELLED: "share of announcements cancelled or refused (ref_buy_status named «Отменено» / «Отказ от "
               "закупки») or re-run (ref_type_trade_id: повторная)",
}


@dataclass(frozen=True, slots=True)
class RedFlagConfig:
    """Thresholds (all configurable; defaults are starting points, not legal limits)."""

    years_window: int = 2  # as-of year and the previous one
    single_source_share_max: float = 0.5
    single_source_min_contracts: int = 3
    short_period_days: int = 15  # Cardinal R003 default, for methods the law table below does not name
    # ref_trade_methods_id -> minimum days; overrides the legal minimum MethodBook derives from the name
    short_period_days_by_method: Mapping[int, int] = field(default_factory=dict)
    # What an amendment row (ref_contract_type_id = 2) carries in contract_sum_wnds: "total" = the contract's
    # new total, "delta" = only the change. No source settles it (notes §12); see README.md.
    amendment_sum: str = "total"
    short_period_share_max: float = 0.2
    short_period_min_announcements: int = 3
    single_bidder_share_max: float = 0.3
    single_bidder_min_lots: int = 3
    value_increase_max: float = 0.2
    supplier_top_share_max: float = 0.4
    supplier_min_wins: int = 3
    supplier_min_contracts: int = 5
    peer_min_institutions: int = 4  # Q3 + 1.5·IQR fences need a few peers
    direct_share_max: float = 0.3
    direct_min_contracts: int = 3
    failed_tender_share_max: float = 0.2
    failed_tender_min_lots: int = 5
    # 8,000 MCI (the price-quotation cap per item a year, notes §12) at the 2025 MCI of 3,932 tenge.
    split_threshold: float = 8000 * 3932
    split_window_days: int = 30
    split_min_contracts: int = 3
    late_signing_days: int = 30
    repeated_amendments: int = 3
    late_or_amended_share_max: float = 0.1
    late_or_amended_min_contracts: int = 5
    cancelled_share_max: float = 0.2
    cancelled_min_announcements: int = 5


# Minimum submission periods in whole days per method, matched on the folded `ref_trade_methods` name (first
# match wins). From the 2025 procurement law as a regional finance department summarised it (notes §12):
# competition and auction 10 days, competition by a single organiser 5, request for price quotations 2.
# Whether these are submission windows or whole procedures is not stated, so they are the lenient reading;
# `RedFlagConfig.short_period_days_by_method` overrides any of them, per method id.
LEGAL_MIN_DAYS: tuple[tuple[str, int], ...] = (
    ("запрос ценовых предложени", 2),  # fold() turns й into и
    ("единым организатор", 5),
    ("единого организатор", 5),
    ("аукцион", 10),
    ("конкурс", 10),
)


@dataclass(frozen=True, slots=True)
class MethodBook:
    """Procurement methods as the portal's `ref_trade_methods` dictionary defines them (loaded at run time)."""

    names: Mapping[int, str]
    single_source: frozenset[int]
    failed_single_source: frozenset[int]  # «Из одного источника по несостоявшимся закупкам»
    min_days: Mapping[int, int] = field(default_factory=dict)  # legal minimum period per method (LEGAL_MIN_DAYS)

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
        min_days = {}
        for method_id, name in names.items():
            folded = fold(name)
            days = next((d for pattern, d in LEGAL_MIN_DAYS if pattern in folded), None)
            if days is not None and method_id not in single:
                min_days[method_id] = days
        return cls(names, single, failed, min_days)

    def direct(self) -> frozenset[int]:
        """Single source by direct contract (method 23 on the portal): single-source but not the failed-tender one."""
        return frozenset(i for i in self.single_source - self.failed_single_source
                         if "прям" in fold(self.names.get(i, "")))

    def minimum_days(self, method_id: object, config: RedFlagConfig) -> int:
        """Configured override, else the legal minimum for the method, else Cardinal's default."""
        value = _as_int(method_id)
        if value is not None and value in config.short_period_days_by_method:
            return int(config.short_period_days_by_method[value])
        if value is not None and value in self.min_days:
            return int(self.min_days[value])
        return config.short_period_days

    def is_single_source(self, method_id: object) -> bool:
        return _as_int(method_id) in self.single_source

    def competitive(self, method_id: object) -> bool:
        """Any known or unknown method that is not single-source (a missing id is not competitive)."""
        value = _as_int(method_id)
        return value is not None and value not in self.single_source


@dataclass(frozen=True, slots=True)
class ContractBook:
    """Contract statuses and types as the portal's dictionaries name them (`ref_contract_status`,
    `ref_contract_type`), so ids are not hard-coded: terminated («Расторгнут») and never-concluded
    («Не заключен») contracts stay out of value sums; supplementary agreements («Дополнительное
    соглашение», id 2 per the notes) are amendments of the chain they point to."""

    void_statuses: frozenset[int] = frozenset()
    amendment_types: frozenset[int] = frozenset({2})
    status_names: Mapping[int, str] = field(default_factory=dict)

    @classmethod
    def from_refs(cls, statuses: Iterable[Mapping[str, Any]] | None,
                  types: Iterable[Mapping[str, Any]] | None = None) -> ContractBook:
        names = _names(statuses or [])
        void = frozenset(i for i, n in names.items() if any(w in fold(n) for w in VOID_STATUS_WORDS))
        type_names = _names(types or [])
        amendment = frozenset(i for i, n in type_names.items() if "дополнит" in fold(n)) or frozenset({2})
        return cls(void, amendment, names)


VOID_STATUS_WORDS = ("расторг", "не заключ", "незаключ")


def _names(rows: Iterable[Mapping[str, Any]]) -> dict[int, str]:
    names: dict[int, str] = {}
    for row in rows:
        try:
            names[int(row["id"])] = str(row.get("name_ru") or "")
        except (KeyError, TypeError, ValueError):
            continue
    return names


def _as_int(value: Any) -> int | None:
    try:
        return None if value is None or pd.isna(value) else int(value)
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
                    "contract_sum_wnds", "contract_sum", "fakt_sum_wnds", "sign_date", "deleted",
                    "ref_contract_status_id", "ref_contract_type_id")
ANNOUNCEMENT_COLUMNS = ("id", "ref_trade_methods_id", "start_date", "end_date", "publish_date", "fin_year",
                        "ref_buy_status_id", "ref_type_trade_id")
LOT_COLUMNS = ("id", "trd_buy_id", "ref_trade_methods_id", "ref_buy_trade_methods_id", "year")


def _frame(items: Sequence[Mapping[str, Any]] | pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
    frame = items.copy() if isinstance(items, pd.DataFrame) else pd.DataFrame.from_records(list(items))
    for column in columns:
        if column not in frame.columns:
            frame[column] = None
    return frame


def contracts_frame(items: Sequence[Mapping[str, Any]] | pd.DataFrame, book: ContractBook | None = None) -> pd.DataFrame:
    """Contracts with numeric ids/sums, parsed sign_date, `year`, `amount`, `chain` (root_id, else parent_id,
    else id), `amendment` (a supplementary agreement: its type, or a parent) and `void` (terminated or
    never concluded, by the status dictionary) columns; deleted rows dropped."""
    book = book or ContractBook()
    frame = _frame(items, CONTRACT_COLUMNS)
    if frame.empty:
        return frame.assign(year=pd.Series(dtype="Int64"), amount=pd.Series(dtype=float),
                            chain=pd.Series(dtype="Int64"), amendment=pd.Series(dtype=bool),
                            void=pd.Series(dtype=bool))
    for column in ("id", "parent_id", "root_id", "fakt_trade_methods_id", "ref_contract_status_id",
                   "ref_contract_type_id"):
        frame[column] = pd.to_numeric(frame[column], errors="coerce")
    for column in ("contract_sum_wnds", "contract_sum", "fakt_sum_wnds"):
        frame[column] = pd.to_numeric(frame[column], errors="coerce")
    frame["deleted"] = frame["deleted"].map(lambda v: str(v).lower() in ("1", "true"))
    frame = _rows(frame, ~frame["deleted"] & frame["id"].notna()).copy()
    frame["sign_date"] = pd.to_datetime(frame["sign_date"], errors="coerce")
    frame["year"] = frame["fin_year"].map(_first_year).astype("Int64")
    frame["amount"] = frame["contract_sum_wnds"].fillna(frame["contract_sum"]).fillna(0.0)
    parent = frame["parent_id"].where(frame["parent_id"].notna() & (frame["parent_id"] > 0), frame["id"])
    chain = frame["root_id"].where(frame["root_id"].notna() & (frame["root_id"] > 0), parent)
    frame["chain"] = chain.astype("Int64")
    typed = frame["ref_contract_type_id"].map(lambda t: _as_int(t) in book.amendment_types)
    frame["amendment"] = (typed | (frame["chain"] != frame["id"])).astype(bool)
    frame["void"] = frame["ref_contract_status_id"].map(lambda s: _as_int(s) in book.void_statuses).astype(bool)
    return frame


def chain_values(contracts: pd.DataFrame, config: RedFlagConfig) -> pd.DataFrame:
    """One row per contract chain: `original` (the main contract's sum), `value` (after amendments: the last
    amendment's sum when amendments carry the new total, the original plus every amendment's sum when they
    carry the change, `config.amendment_sum`), `year` and `supplier_biin`/`method` of the original, `fakt`
    (executed sum of the latest version that has one), `versions`, `amendments`, `ids`. A chain whose
    original or latest version is terminated or never concluded is left out, so it changes no sum."""
    columns = ["original", "value", "year", "supplier_biin", "method", "fakt", "versions", "amendments", "ids"]
    if contracts.empty:
        return pd.DataFrame(columns=columns)
    delta = str(config.amendment_sum).lower() == "delta"
    rows = []
    ordered = contracts.sort_values(["chain", "sign_date", "id"], na_position="first")
    for chain, group in ordered.groupby("chain", sort=False):
        mains = _rows(group, ~group["amendment"])
        own = _rows(group, group["id"] == chain)
        first = own.iloc[0] if len(own) else (mains.iloc[0] if len(mains) else group.iloc[0])
        amendments = _rows(group, group["id"] != first["id"])
        amendments = _rows(amendments, amendments["amendment"])
        latest = group.iloc[-1]
        if bool(first["void"]) or bool(latest["void"]):
            continue
        live = _rows(amendments, ~amendments["void"])
        if live.empty:
            value = float(first["amount"])
        elif delta:
            value = float(first["amount"]) + float(live["amount"].sum())
        else:
            value = float(live.iloc[-1]["amount"])
        fakts = group["fakt_sum_wnds"].dropna()
        rows.append({"chain": chain, "original": float(first["amount"]), "value": value, "year": first["year"],
                     "supplier_biin": first["supplier_biin"] if pd.notna(first["supplier_biin"]) else latest["supplier_biin"],
                     "method": first["fakt_trade_methods_id"], "fakt": float(fakts.iloc[-1]) if len(fakts) else None,
                     "versions": len(group), "amendments": len(amendments),
                     "ids": [int(i) for i in group["id"]]})
    if not rows:
        return pd.DataFrame(columns=columns)
    return pd.DataFrame(rows).set_index("chain")


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


# Application statuses that are not a bid: withdrawn by the supplier, or never submitted (a draft). Matched
# on `RefAppStatus.nameRu` (or `code`), since no source gives the ids.
NOT_A_BID_WORDS = ("отозван", "черновик", "withdraw", "draft", "не подан")


def is_bid(app_lot: Mapping[str, Any], not_bid_ids: frozenset[int] = frozenset()) -> bool:
    """An AppLots row that counts as a bid: its status is not withdrawn or draft."""
    raw_status = app_lot.get("RefAppStatus")
    status: Mapping[str, Any] = raw_status if isinstance(raw_status, Mapping) else {}
    text = fold(f"{status.get('nameRu') or ''} {status.get('code') or ''}")
    if any(word in text for word in NOT_A_BID_WORDS):
        return False
    return _as_int(app_lot.get("statusId")) not in not_bid_ids


def bids_frame(apps: Sequence[Mapping[str, Any]], not_bid_ids: frozenset[int] = frozenset()) -> pd.DataFrame:
    """One row per (lot_id, supplier) that really bid, from GraphQL TrdApp rows as independent clients read
    them (`supplierBinIin`, `AppLots { lotId statusId RefAppStatus { nameRu } }`); withdrawn and draft
    applications are not bids. `AppLots.Offers.lotId` (seen in one source) is read as well."""
    rows = []
    for app in apps:
        supplier = app.get("supplierBinIin") or app.get("supplierId")
        for app_lot in app.get("AppLots") or []:
            app_lot = app_lot or {}
            if not supplier or not is_bid(app_lot, not_bid_ids):
                continue
            lot_ids = {_as_int(app_lot.get("lotId"))} | {_as_int((o or {}).get("lotId"))
                                                          for o in app_lot.get("Offers") or []}
            rows += [{"lot_id": lot_id, "supplier": str(supplier)} for lot_id in lot_ids if lot_id is not None]
    return pd.DataFrame(rows, columns=["lot_id", "supplier"]).drop_duplicates()


def _rows(frame: pd.DataFrame, mask: pd.Series) -> pd.DataFrame:
    """Boolean row selection that stays a row selection on empty frames (an empty object-dtype mask
    would otherwise be read as a list of column names)."""
    return frame.loc[mask.astype(bool).to_numpy()]


def _in_years(frame: pd.DataFrame, years: set[int] | None) -> pd.DataFrame:
    return frame if years is None else _rows(frame, frame["year"].isin(sorted(years)))


def _chains_in_years(contracts: pd.DataFrame, config: RedFlagConfig, years: set[int] | None) -> pd.DataFrame:
    chains = chain_values(contracts, config)
    return chains if years is None or chains.empty else _rows(chains, chains["year"].isin(sorted(years)))


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
    chains = _chains_in_years(contracts, config, years)
    flag = RedFlag(SINGLE_SOURCE, None, config.single_source_share_max, False, FORMULAS[SINGLE_SOURCE],
                   sample=len(chains))
    total = float(chains["value"].sum()) if len(chains) else 0.0
    if not len(chains) or total <= 0:
        flag.detail = note("flag_no_contracts")
        return flag
    nc = chains["method"].map(methods.is_single_source).astype(bool)
    share_value = float(chains.loc[nc, "value"].sum()) / total
    flag.value = round(share_value, 4)
    flag.flagged = len(chains) >= config.single_source_min_contracts and share_value > flag.threshold
    flag.detail = note("flag_single_source", hits=int(nc.sum()), sample=len(chains), count_share=f"{nc.mean():.0%}",
                       value_share=f"{share_value:.0%}", total=_money(total))
    if len(chains) < config.single_source_min_contracts:
        flag.detail += SEPARATOR + note("flag_too_few_contracts", minimum=config.single_source_min_contracts)
    flag.records = [f"contract:{c}" for c in chains.index[nc][:RECORDS_MAX]]
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
        flag.detail = note("flag_no_dated_announcements")
        return flag
    days = (frame["end_date"] - frame["start_date"]).dt.days  # .days floors: whole days
    minimum = frame["ref_trade_methods_id"].map(lambda m: methods.minimum_days(m, config))
    short = days < minimum
    share = float(short.mean())
    flag.value = round(share, 4)
    flag.flagged = len(frame) >= config.short_period_min_announcements and share > flag.threshold
    flag.detail = note("flag_short_period", hits=int(short.sum()), sample=len(frame), days=config.short_period_days,
                       shortest=int(days.min()), median=f"{float(days.median()):g}")
    flag.records = [f"announcement:{int(i)}" for i in frame.loc[short.to_numpy(), "id"].dropna()[:RECORDS_MAX]]
    if len(frame) < config.short_period_min_announcements:
        flag.detail += SEPARATOR + note("flag_too_few_announcements", minimum=config.short_period_min_announcements)
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
        from_bids = True
    else:
        considered = frame
        one = frame["ref_buy_trade_methods_id"].map(lambda m: _as_int(m) in methods.failed_single_source)
        from_bids = False
    flag = RedFlag(SINGLE_BIDDER, None, config.single_bidder_share_max, False, FORMULAS[SINGLE_BIDDER],
                   sample=len(considered))
    if considered.empty:
        flag.detail = note("flag_no_bid_lots" if from_bids else "flag_no_lots")
        return flag
    share = float(one.mean())
    flag.value = round(share, 4)
    flag.flagged = len(considered) >= config.single_bidder_min_lots and share > flag.threshold
    flag.detail = note("flag_single_bidder_bids" if from_bids else "flag_single_bidder_proxy", hits=int(one.sum()),
                       sample=len(considered))
    if len(considered) < config.single_bidder_min_lots:
        flag.detail += SEPARATOR + note("flag_too_few_lots", minimum=config.single_bidder_min_lots)
    buys = considered.loc[one.astype(bool).to_numpy(), "trd_buy_id"].dropna()
    flag.records = list(dict.fromkeys(f"announcement:{int(b)}" for b in buys))[:RECORDS_MAX]
    return flag


def contract_value_increase(contracts: pd.DataFrame, config: RedFlagConfig,
                            years: set[int] | None = None) -> RedFlag:
    """Largest relative increase of a contract's value after award (amendments or execution)."""
    flag = RedFlag(VALUE_INCREASE, None, config.value_increase_max, False, FORMULAS[VALUE_INCREASE])
    chains = _chains_in_years(contracts, config, years)
    chains = _rows(chains, chains["original"].astype(float) > 0) if len(chains) else chains
    flag.sample = len(chains)
    if chains.empty:
        flag.detail = note("flag_no_contracts")
        return flag
    value = chains["value"].astype(float)
    original = chains["original"].astype(float)
    fakt = pd.to_numeric(chains["fakt"], errors="coerce")
    amendment = (value - original) / original
    execution = ((fakt - value) / value).where(fakt.notna() & (value > 0), 0.0)
    increase = pd.concat([amendment, execution], axis=1).max(axis=1)
    worst = increase.idxmax()
    flag.value = round(float(increase.max()), 4)
    flag.flagged = flag.value > flag.threshold
    above = increase > flag.threshold
    amended = int((chains["amendments"] > 0).sum())
    flag.detail = note("flag_value_increase", hits=int(above.sum()), sample=len(chains),
                       threshold=f"{flag.threshold:.0%}", amended=amended, mode=config.amendment_sum,
                       largest=f"{float(increase.max()):.0%}", chain=int(worst),
                       before=_money(float(original[worst])), after=_money(float(value[worst])))
    flag.records = [f"contract:{c}" for c in increase[above].sort_values(ascending=False).index[:RECORDS_MAX]]
    return flag


def supplier_concentration(contracts: pd.DataFrame, config: RedFlagConfig,
                           years: set[int] | None = None) -> RedFlag:
    """Share of contract value won by the buyer's top supplier, with its number of wins and the HHI."""
    chains = _chains_in_years(contracts, config, years)
    if len(chains):
        chains = _rows(chains, chains["supplier_biin"].notna() & (chains["supplier_biin"].astype(str) != ""))
    flag = RedFlag(SUPPLIER_CONCENTRATION, None, config.supplier_top_share_max, False,
                   FORMULAS[SUPPLIER_CONCENTRATION], sample=len(chains))
    total = float(chains["value"].sum()) if len(chains) else 0.0
    if not len(chains) or total <= 0:
        flag.detail = note("flag_no_supplier_contracts")
        return flag
    by_supplier = chains.groupby(chains["supplier_biin"].astype(str))["value"].agg(["sum", "count"])
    shares = by_supplier["sum"] / total
    top = shares.idxmax()
    top_share, top_wins = float(shares.max()), int(by_supplier.loc[top, "count"])
    hhi = float((shares ** 2).sum())
    flag.value = round(top_share, 4)
    flag.flagged = (len(chains) >= config.supplier_min_contracts and top_share > flag.threshold
                    and top_wins >= config.supplier_min_wins)
    flag.detail = note("flag_supplier", supplier=top, wins=top_wins, sample=len(chains), share=f"{top_share:.0%}",
                       most=int(by_supplier["count"].max()), suppliers=len(by_supplier), hhi=f"{hhi:.2f}")
    if len(chains) < config.supplier_min_contracts:
        flag.detail += SEPARATOR + note("flag_too_few_contracts", minimum=config.supplier_min_contracts)
    top_rows = chains["supplier_biin"].astype(str) == top
    flag.records = [f"supplier:{top}", *(f"contract:{c}" for c in chains.index[top_rows][:RECORDS_MAX - 1])]
    return flag


def _share_flag(flag_id: str, hits: int, sample: int, threshold: float, minimum: int, details: tuple[str, str, str],
                records: list[str], **params: object) -> RedFlag:
    """A share of `sample` over `threshold`; `details` are the note keys for the share, for no sample and for
    a sample too small to flag."""
    share_note, empty_note, too_few_note = details
    flag = RedFlag(flag_id, None, threshold, False, FORMULAS[flag_id], sample=sample)
    if sample == 0:
        flag.detail = note(empty_note)
        return flag
    flag.value = round(hits / sample, 4)
    flag.flagged = sample >= minimum and flag.value > threshold
    flag.detail = note(share_note, hits=hits, sample=sample, **params)
    if sample < minimum:
        flag.detail += SEPARATOR + note(too_few_note, minimum=minimum)
    flag.records = records[:RECORDS_MAX]
    return flag


def direct_contract_share(contracts: pd.DataFrame, methods: MethodBook, config: RedFlagConfig,
                          years: set[int] | None = None, plans: Sequence[Mapping[str, Any]] = ()) -> RedFlag:
    """Value share of direct contracting (method 23), with how many direct plan points record a legal ground."""
    chains = _chains_in_years(contracts, config, years)
    direct = methods.direct()
    flag = RedFlag(DIRECT_SHARE, None, config.direct_share_max, False, FORMULAS[DIRECT_SHARE], sample=len(chains))
    total = float(chains["value"].sum()) if len(chains) else 0.0
    if not direct:
        flag.detail = note("flag_no_direct_method")
        return flag
    if not len(chains) or total <= 0:
        flag.detail = note("flag_no_contracts")
        return flag
    is_direct = chains["method"].map(lambda m: _as_int(m) in direct).astype(bool)
    share = float(chains.loc[is_direct, "value"].sum()) / total
    flag.value = round(share, 4)
    flag.flagged = len(chains) >= config.direct_min_contracts and share > flag.threshold
    plan_years: set[int] | set[None] = years or {None}
    direct_points = [p for p in plans if _as_int(p.get("ref_trade_methods_id")) in direct
                     and _first_year(p.get("plan_fin_year") or p.get("pln_point_year")) in plan_years]
    grounded = sum(1 for p in direct_points if p.get("ref_justification_id"))
    flag.detail = note("flag_direct", hits=int(is_direct.sum()), sample=len(chains), share=f"{share:.0%}",
                       total=_money(total), grounded=grounded, points=len(direct_points))
    flag.records = [f"contract:{c}" for c in chains.index[is_direct][:RECORDS_MAX]]
    return flag


def failed_tenders(lots: pd.DataFrame, methods: MethodBook, config: RedFlagConfig,
                   years: set[int] | None = None) -> RedFlag:
    """Competitive lots re-awarded from a single source after the tender failed (the single-bid proxy)."""
    frame = _in_years(lots, years)
    frame = _rows(frame, frame["ref_trade_methods_id"].map(methods.competitive))
    failed = frame["ref_buy_trade_methods_id"].map(lambda m: _as_int(m) in methods.failed_single_source).astype(bool)
    buys = frame.loc[failed.to_numpy(), "trd_buy_id"].dropna()
    return _share_flag(FAILED_TENDERS, int(failed.sum()), len(frame), config.failed_tender_share_max,
                       config.failed_tender_min_lots, ("flag_failed_tenders", "flag_no_lots", "flag_too_few_lots"),
                       list(dict.fromkeys(f"announcement:{int(b)}" for b in buys)))


def split_purchases(contracts: pd.DataFrame, config: RedFlagConfig, years: set[int] | None = None) -> RedFlag:
    """Runs of small contracts with one supplier that together pass the threshold (splitting)."""
    flag = RedFlag(SPLITTING, None, float(config.split_min_contracts), False, FORMULAS[SPLITTING])
    frame = _rows(contracts, ~contracts["amendment"] & ~contracts["void"]) if len(contracts) else contracts
    frame = _in_years(frame, years) if len(frame) else frame
    frame = _rows(frame, frame["sign_date"].notna() & (frame["amount"] < config.split_threshold)) if len(frame) else frame
    flag.sample = len(frame)
    if frame.empty:
        flag.detail = note("flag_no_small_contracts")
        return flag
    groups: list[list[int]] = []
    window = pd.Timedelta(days=config.split_window_days)
    for _, rows in frame.sort_values("sign_date").groupby(frame["supplier_biin"].astype(str)):
        dates, amounts, ids = list(rows["sign_date"]), list(rows["amount"]), [int(i) for i in rows["id"]]
        start = 0
        for end in range(len(rows)):
            while dates[end] - dates[start] > window:
                start += 1
            if end - start + 1 >= config.split_min_contracts and sum(amounts[start:end + 1]) >= config.split_threshold:
                groups.append(ids[start:end + 1])
                start = end + 1
    flag.value = float(len(groups))
    flag.flagged = bool(groups)
    flag.detail = note("flag_split", groups=len(groups), minimum=config.split_min_contracts,
                       days=config.split_window_days, threshold=_money(config.split_threshold))
    flag.records = [f"contract:{c}" for group in groups for c in group][:RECORDS_MAX]
    return flag


_LATE_NOTES = ("flag_late_or_amended", "flag_no_contracts", "flag_too_few_contracts")


def late_or_amended(contracts: pd.DataFrame, config: RedFlagConfig, years: set[int] | None = None) -> RedFlag:
    """Contracts signed long after the results, or amended again and again."""
    chains = _chains_in_years(contracts, config, years)
    if chains.empty:
        return _share_flag(LATE_OR_AMENDED, 0, 0, config.late_or_amended_share_max,
                           config.late_or_amended_min_contracts, _LATE_NOTES, [])
    results = {}
    if "trd_buy_itogi_date_public" in contracts.columns:
        itogi = pd.to_datetime(contracts["trd_buy_itogi_date_public"], errors="coerce")
        late_days = (contracts["sign_date"] - itogi).dt.days
        results = dict(zip(contracts["id"].astype("Int64"), late_days, strict=True))
    hits = []
    for chain, row in chains.iterrows():
        days = results.get(chain)
        late = days is not None and pd.notna(days) and days > config.late_signing_days
        if late or row["amendments"] >= config.repeated_amendments:
            hits.append(f"contract:{int(chain)}")
    flag = _share_flag(LATE_OR_AMENDED, len(hits), len(chains), config.late_or_amended_share_max,
                       config.late_or_amended_min_contracts, _LATE_NOTES, hits, days=config.late_signing_days,
                       times=config.repeated_amendments)
    return flag


def rnu_suppliers(contracts: pd.DataFrame, config: RedFlagConfig, years: set[int] | None,
                  rnu: set[str] | None) -> RedFlag:
    """Contracts with suppliers on the register of unreliable suppliers (RNU)."""
    flag = RedFlag(RNU_SUPPLIERS, None, 0.0, False, FORMULAS[RNU_SUPPLIERS])
    chains = _chains_in_years(contracts, config, years)
    flag.sample = len(chains)
    if rnu is None:
        flag.detail = note("flag_rnu_unreadable")
        return flag
    if chains.empty:
        flag.detail = note("flag_no_contracts")
        return flag
    listed = chains["supplier_biin"].astype(str).isin(rnu)
    flag.value = float(listed.sum())
    flag.flagged = bool(listed.any())
    suppliers = sorted(set(chains.loc[listed, "supplier_biin"].astype(str)))
    flag.detail = note("flag_rnu", hits=int(listed.sum()), sample=len(chains), suppliers=len(suppliers))
    flag.records = [*(f"supplier:{b}" for b in suppliers), *(f"contract:{c}" for c in chains.index[listed])][:RECORDS_MAX]
    return flag


def cancelled_flag(hits: int, sample: int, buy_ids: Sequence[object], config: RedFlagConfig) -> RedFlag:
    return _share_flag(CANCELLED, hits, sample, config.cancelled_share_max, config.cancelled_min_announcements,
                       ("flag_cancelled", "flag_no_announcements", "flag_too_few_announcements"),
                       [f"announcement:{b}" for b in buy_ids if b is not None])


def cancelled_tenders(announcements: pd.DataFrame, config: RedFlagConfig, years: set[int] | None,
                      status_names: Mapping[int, str]) -> RedFlag:
    """Announcements cancelled / refused (by the status dictionary's names) or re-run."""
    frame = _in_years(announcements, years)
    cancelled_ids = {i for i, n in status_names.items() if any(w in fold(n) for w in ("отмен", "отказ от закупки"))}
    status = frame.get("ref_buy_status_id", pd.Series(index=frame.index, dtype=object))
    rerun_col = frame.get("ref_type_trade_id", pd.Series(index=frame.index, dtype=object))
    hit = status.map(lambda v: _as_int(v) in cancelled_ids) | rerun_col.map(lambda v: _as_int(v) == 2)
    ids = [int(i) for i in frame.loc[hit.astype(bool).to_numpy(), "id"].dropna()]
    return cancelled_flag(len(ids), len(frame), ids, config)


def compute_more_flags(contracts: pd.DataFrame, announcements: pd.DataFrame, lots: pd.DataFrame,
                       methods: MethodBook | None, config: RedFlagConfig, years: set[int] | None, *,
                       plans: Sequence[Mapping[str, Any]] = (), rnu: set[str] | None = None,
                       buy_status_names: Mapping[int, str] | None = None) -> list[RedFlag]:
    """The further indicators (MORE_FLAG_IDS order); method-based ones need the dictionary."""
    flags: list[RedFlag] = []
    if methods is None or not methods.names:
        for flag_id in (DIRECT_SHARE, FAILED_TENDERS):
            flags.append(RedFlag(flag_id, None, 0.0, False, FORMULAS[flag_id],
                                 detail=note("flag_no_methods")))
    else:
        flags.append(direct_contract_share(contracts, methods, config, years, plans))
        flags.append(failed_tenders(lots, methods, config, years))
    flags.append(split_purchases(contracts, config, years))
    flags.append(late_or_amended(contracts, config, years))
    flags.append(rnu_suppliers(contracts, config, years, rnu))
    flags.append(cancelled_tenders(announcements, config, years, buy_status_names or {}))
    return flags


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
                                 detail=note("flag_no_methods")))
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


def peer_fence(values: Iterable[float | None]) -> float | None:
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
    for flag_id in ALL_FLAG_IDS:
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
