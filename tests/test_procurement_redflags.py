"""Each red flag on hand-made data frames with the portal's own column names."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from adalscan.procurement.models import RedFlag
from adalscan.procurement.redflags import (
    FLAG_IDS,
    FORMULAS,
    ContractBook,
    MethodBook,
    RedFlagConfig,
    announcements_frame,
    bids_frame,
    compute_red_flags,
    contract_value_increase,
    contracts_frame,
    latest_versions,
    lots_frame,
    mark_peer_outliers,
    peer_fence,
    short_tender_period,
    single_bidder,
    single_source_share,
    supplier_concentration,
)

DIRECT = 913  # deliberately not a "known" id: methods come from the dictionary
METHODS_ROWS = [
    {"id": 2, "name_ru": "Открытый конкурс"}, {"id": 3, "name_ru": "Запрос ценовых предложений"},
    {"id": 6, "name_ru": "Из одного источника по несостоявшимся закупкам"},
    {"id": DIRECT, "name_ru": "Из одного источника путем прямого заключения договора"},
]
METHODS = MethodBook.from_refs(METHODS_ROWS)
CONFIG = RedFlagConfig()
YEARS = {2025, 2026}


def contract(cid: int, total: float, *, method: int = 2, supplier: str = "S1", year: int = 2026,
             parent: int | None = None, root: int | None = None, signed: str = "2026-03-01 10:00:00",
             fakt: float | None = None, deleted: int = 0, status: int = 190, kind: int | None = None) -> dict[str, object]:
    return {"id": cid, "parent_id": parent, "root_id": root, "supplier_biin": supplier, "fin_year": year,
            "fakt_trade_methods_id": method, "contract_sum_wnds": total, "fakt_sum_wnds": fakt, "sign_date": signed,
            "deleted": deleted, "ref_contract_status_id": status,
            "ref_contract_type_id": kind if kind is not None else (2 if parent else 1)}


# ref_contract_status / ref_contract_type as the notes give them (ids 190, 375, 390, 340, 350; types 1, 2).
STATUS_ROWS = [{"id": 190, "name_ru": "Действует"}, {"id": 375, "name_ru": "Частично исполнен"},
               {"id": 390, "name_ru": "Исполнен"}, {"id": 340, "name_ru": "Расторгнут"},
               {"id": 350, "name_ru": "Расторгнут"}, {"id": 320, "name_ru": "Не заключен"}]
TYPE_ROWS = [{"id": 1, "name_ru": "Основной договор"}, {"id": 2, "name_ru": "Дополнительное соглашение"}]
BOOK = ContractBook.from_refs(STATUS_ROWS, TYPE_ROWS)


def test_method_book_reads_single_source_names() -> None:
    assert METHODS.single_source == {6, DIRECT}
    assert METHODS.failed_single_source == {6}
    assert METHODS.competitive(2) and not METHODS.competitive(DIRECT) and not METHODS.competitive(None)


def test_single_source_share_by_value() -> None:
    frame = contracts_frame([contract(1, 100, method=DIRECT), contract(2, 300, method=DIRECT),
                             contract(3, 100), contract(4, 50, method=6)])
    flag = single_source_share(frame, METHODS, CONFIG, YEARS)
    assert flag.value == pytest.approx(450 / 550, abs=1e-4) and flag.flagged and flag.sample == 4
    low = contracts_frame([contract(1, 100, method=DIRECT), contract(2, 900), contract(3, 500)])
    assert not single_source_share(low, METHODS, CONFIG, YEARS).flagged


def test_single_source_share_needs_enough_contracts_and_the_window() -> None:
    few = contracts_frame([contract(1, 100, method=DIRECT), contract(2, 10)])
    flag = single_source_share(few, METHODS, CONFIG, YEARS)
    assert flag.value is not None and flag.value > 0.5 and not flag.flagged and "fewer than" in flag.detail
    old = contracts_frame([contract(i, 100, method=DIRECT, year=2020) for i in range(5)])
    assert single_source_share(old, METHODS, CONFIG, YEARS).value is None


def test_single_source_counts_an_amended_contract_once() -> None:
    frame = contracts_frame([contract(1, 100, method=DIRECT), contract(2, 130, method=DIRECT, parent=1, root=1,
                                                                      signed="2026-05-01 10:00:00"),
                             contract(3, 200), contract(4, 200)])
    assert len(latest_versions(frame)) == 3
    assert single_source_share(frame, METHODS, CONFIG, YEARS).value == pytest.approx(130 / 530, abs=1e-4)


def announcement(aid: int, start: str, end: str, method: int = 2) -> dict[str, object]:
    return {"id": aid, "ref_trade_methods_id": method, "start_date": start, "end_date": end,
            "publish_date": start, "fin_year": [2026]}


def test_short_tender_period_uses_whole_days() -> None:
    frame = announcements_frame([
        announcement(1, "2026-03-01 10:00:00", "2026-03-16 09:00:00"),  # 14 days 23 h -> 14 whole days: short
        announcement(2, "2026-03-01 10:00:00", "2026-03-16 10:00:00"),  # exactly 15: not short
        announcement(3, "2026-04-01 10:00:00", "2026-04-05 10:00:00"),  # 4: short
        announcement(4, "2026-05-01 10:00:00", "2026-06-01 10:00:00"),
        announcement(5, "2026-05-01 10:00:00", "2026-05-02 10:00:00", method=DIRECT),  # not competitive: ignored
    ])
    cardinal = RedFlagConfig(short_period_days_by_method={2: 15})  # Cardinal's default, set for method 2
    flag = short_tender_period(frame, METHODS, cardinal, YEARS)
    assert flag.sample == 4 and flag.value == 0.5 and flag.flagged
    assert "shortest 4 days" in flag.detail and flag.records == ["announcement:1", "announcement:3"]


def test_minimum_periods_come_from_the_law_per_method() -> None:
    book = MethodBook.from_refs([{"id": 3, "name_ru": "Запрос ценовых предложений"}, {"id": 7, "name_ru": "Аукцион"},
                                 {"id": 2, "name_ru": "Открытый конкурс"}, {"id": 99, "name_ru": "Что-то новое"},
                                 {"id": 6, "name_ru": "Из одного источника по несостоявшимся закупкам"}])
    assert book.min_days == {3: 2, 7: 10, 2: 10}
    assert book.minimum_days(99, CONFIG) == CONFIG.short_period_days
    assert book.minimum_days(3, RedFlagConfig(short_period_days_by_method={3: 4})) == 4


def test_lawful_short_price_quotation_and_auction_periods_raise_nothing() -> None:
    methods = MethodBook.from_refs([*METHODS_ROWS, {"id": 7, "name_ru": "Аукцион"}])
    lawful = [announcement(i, "2026-03-01 10:00:00", "2026-03-03 10:00:00", method=3) for i in range(1, 6)]
    lawful += [announcement(i, "2026-04-01 10:00:00", "2026-04-11 12:00:00", method=7) for i in range(6, 9)]
    flag = short_tender_period(announcements_frame(lawful), methods, CONFIG, YEARS)
    assert flag.sample == 8 and flag.value == 0.0 and not flag.flagged and flag.records == []
    # One day for a price quotation and five for an auction are under the law's minimum.
    unlawful = [announcement(i, "2026-03-01 10:00:00", "2026-03-02 09:00:00", method=3) for i in range(1, 4)]
    unlawful += [announcement(9, "2026-04-01 10:00:00", "2026-04-06 10:00:00", method=7)]
    flag = short_tender_period(announcements_frame(lawful + unlawful), methods, CONFIG, YEARS)
    assert flag.value == pytest.approx(4 / 12, abs=1e-4) and flag.flagged
    # The configuration overrides the law table (here: a stricter reading for price quotations).
    strict = RedFlagConfig(short_period_days_by_method={3: 5})
    assert short_tender_period(announcements_frame(lawful), methods, strict, YEARS).flagged


def lot(lid: int, planned: int = 2, actual: int = 2, year: int = 2026) -> dict[str, object]:
    return {"id": lid, "trd_buy_id": 100 + lid, "ref_trade_methods_id": planned, "ref_buy_trade_methods_id": actual,
            "year": year}


def test_single_bidder_from_bids() -> None:
    lots = lots_frame([lot(1), lot(2), lot(3), lot(4), lot(5, planned=DIRECT, actual=DIRECT)])
    apps = [{"supplierBinIin": s, "AppLots": [{"Offers": [{"lotId": lot_id}]}]}
            for lot_id, suppliers in ((1, ["A"]), (2, ["A", "A"]), (3, ["A", "B"]), (5, ["C"]))
            for s in suppliers]
    flag = single_bidder(lots, METHODS, CONFIG, YEARS, bids_frame(apps))
    # lot 4 has no bids yet (not counted), lot 5 is single-source (not competitive); the same supplier
    # applying twice is still one bidder.
    assert flag.sample == 3 and flag.value == pytest.approx(2 / 3, abs=1e-4) and flag.flagged
    assert flag.detail.endswith("with a single bidder (from the bids)")


def test_single_bidder_proxy_without_bids() -> None:
    lots = lots_frame([lot(1, actual=6), lot(2), lot(3), lot(4), lot(5, actual=6, year=2019)])
    flag = single_bidder(lots, METHODS, CONFIG, YEARS, None)
    assert flag.sample == 4 and flag.value == 0.25 and not flag.flagged and "proxy" in flag.detail


def test_lots_take_their_year_from_the_announcement() -> None:
    frame = lots_frame([{"id": 1, "trd_buy_id": 7, "ref_trade_methods_id": 2, "ref_buy_trade_methods_id": 2,
                         "last_update_date": "2027-01-05 10:00:00"},
                        {"id": 2, "trd_buy_id": 8, "ref_trade_methods_id": 2, "ref_buy_trade_methods_id": 2,
                         "last_update_date": "2025-01-05 10:00:00"}], {7: 2026})
    assert list(frame["year"]) == [2026, 2025]


def test_contract_value_increase_through_amendment_chain() -> None:
    frame = contracts_frame([
        contract(1, 1000), contract(2, 1100, parent=1, root=1, signed="2026-04-01 10:00:00"),
        contract(3, 1400, parent=2, root=1, signed="2026-06-01 10:00:00"),
        contract(4, 500), contract(5, 510, parent=4, root=4, signed="2026-05-01 10:00:00"),
    ])
    flag = contract_value_increase(frame, CONFIG, YEARS)
    assert flag.value == pytest.approx(0.4) and flag.flagged and flag.sample == 2
    assert "chain 1" in flag.detail and "1/2" in flag.detail


def test_contract_value_increase_from_execution_and_deleted_rows() -> None:
    executed = contracts_frame([contract(1, 1000, fakt=1300), contract(2, 1000, fakt=1000)])
    assert contract_value_increase(executed, CONFIG, YEARS).value == pytest.approx(0.3)
    small = contracts_frame([contract(1, 1000), contract(2, 1050, parent=1, root=1, signed="2026-04-01 10:00:00"),
                             contract(3, 9000, parent=1, root=1, signed="2026-05-01 10:00:00", deleted=1)])
    flag = contract_value_increase(small, CONFIG, YEARS)
    assert flag.value == pytest.approx(0.05) and not flag.flagged


def test_supplier_concentration() -> None:
    frame = contracts_frame([contract(i, 100, supplier="TOP") for i in range(1, 5)]
                            + [contract(i, 50, supplier=f"S{i}") for i in range(5, 9)])
    flag = supplier_concentration(frame, CONFIG, YEARS)
    assert flag.value == pytest.approx(400 / 600, abs=1e-4) and flag.flagged
    assert "TOP won 4/8" in flag.detail and "HHI" in flag.detail


def test_supplier_concentration_needs_repeated_wins() -> None:
    one_big = contracts_frame([contract(1, 1000, supplier="BIG")] + [contract(i, 10, supplier=f"S{i}")
                                                                    for i in range(2, 8)])
    flag = supplier_concentration(one_big, CONFIG, YEARS)
    assert flag.value is not None and flag.value > 0.9 and not flag.flagged  # one contract is not "repeatedly"
    spread = contracts_frame([contract(i, 100, supplier=f"S{i % 5}") for i in range(10)])
    assert not supplier_concentration(spread, CONFIG, YEARS).flagged


def test_compute_all_and_without_dictionary() -> None:
    empty = contracts_frame([])
    flags = compute_red_flags(empty, announcements_frame([]), lots_frame([]), METHODS, CONFIG, YEARS)
    assert [f.flag_id for f in flags] == list(FLAG_IDS)
    assert all(f.value is None and not f.flagged for f in flags)
    assert all(f.formula == FORMULAS[f.flag_id] for f in flags)
    frame = contracts_frame([contract(i, 100, method=DIRECT) for i in range(5)])
    no_refs = compute_red_flags(frame, announcements_frame([]), lots_frame([]), None, CONFIG, YEARS)
    assert no_refs[0].value is None and "dictionary unavailable" in no_refs[0].detail
    assert no_refs[4].value == 1.0  # supplier concentration needs no dictionary


def test_peer_fence_marks_outliers() -> None:
    assert peer_fence([0.1, 0.2]) is None
    assert peer_fence([0.1, 0.1, 0.2, 0.2, 0.3]) == pytest.approx(0.2 + 1.5 * 0.1)
    lists = [[RedFlag("single_source_share", v, 0.5, False, "")] for v in (0.1, 0.12, 0.11, 0.13, 0.1, 0.45)]
    fences = mark_peer_outliers(lists, CONFIG)
    assert "single_source_share" in fences
    assert [f[0].peer_outlier for f in lists] == [False, False, False, False, False, True]


def test_frames_tolerate_missing_columns() -> None:
    frame = contracts_frame(pd.DataFrame([{"id": 1, "contract_sum": 100.0, "fin_year": 2026}]))
    assert float(frame["amount"].iloc[0]) == 100.0 and int(frame["chain"].iloc[0]) == 1
    assert announcements_frame([{"id": 1}])["year"].isna().all()


def test_contract_book_reads_statuses_and_types_by_name() -> None:
    assert BOOK.void_statuses == {340, 350, 320} and BOOK.amendment_types == {2}


@pytest.mark.parametrize("meaning", ["total", "delta"])
def test_a_25_percent_amendment_raises_value_increase_under_either_meaning(meaning: str) -> None:
    # The same +25 % amendment as the portal would store it under each reading of its sum; only the
    # parent_id link, no root_id (the chain must still be found), and ref_contract_type_id = 2.
    amendment_sum = 1250 if meaning == "total" else 250
    rows = [contract(1, 1000), contract(2, amendment_sum, parent=1, signed="2026-05-01 10:00:00", kind=2),
            contract(3, 800, supplier="S2"), contract(4, 900, supplier="S3")]
    config = RedFlagConfig(amendment_sum=meaning)
    frame = contracts_frame(rows, BOOK)
    flag = contract_value_increase(frame, config, YEARS)
    assert flag.value == pytest.approx(0.25) and flag.flagged and flag.records == ["contract:1"]
    assert flag.sample == 3  # the amendment is not a second contract
    # Read under the other meaning the same rows give another figure (0, as the issue describes, or +125 %): the setting matters.
    other = RedFlagConfig(amendment_sum="delta" if meaning == "total" else "total")
    assert contract_value_increase(frame, other, YEARS).value == pytest.approx(0.0 if meaning == "delta" else 1.25)
    concentration = supplier_concentration(frame, config, YEARS)
    assert concentration.sample == 3 and concentration.value == pytest.approx(1250 / 2950, abs=1e-4)


def test_amendment_recognised_by_type_even_with_a_root_only() -> None:
    frame = contracts_frame([contract(10, 500), contract(11, 650, root=10, kind=2, signed="2026-06-01 10:00:00")], BOOK)
    assert list(frame["amendment"]) == [False, True] and set(frame["chain"]) == {10}
    assert contract_value_increase(frame, CONFIG, YEARS).value == pytest.approx(0.3)


def test_terminated_and_never_concluded_contracts_change_no_sum() -> None:
    base = [contract(1, 100, method=DIRECT), contract(2, 300), contract(3, 300, supplier="S2"),
            contract(4, 300, supplier="S3")]
    before = contracts_frame(base, BOOK)
    with_void = contracts_frame([*base, contract(5, 90_000, method=DIRECT, supplier="S9", status=340),
                                 contract(6, 50_000, method=DIRECT, supplier="S9", status=350),
                                 contract(7, 70_000, supplier="S9", status=320),
                                 contract(8, 100, fakt=900, status=340)], BOOK)
    for indicator in (lambda f: single_source_share(f, METHODS, CONFIG, YEARS),
                      lambda f: supplier_concentration(f, CONFIG, YEARS),
                      lambda f: contract_value_increase(f, CONFIG, YEARS)):
        a, b = indicator(before), indicator(with_void)
        assert (a.value, a.sample, a.flagged) == (b.value, b.sample, b.flagged)
    # An amended original stays in force on the portal; a terminated amendment is dropped from the chain.
    chain = contracts_frame([contract(1, 1000, status=390), contract(2, 1300, parent=1, root=1, status=340,
                                                                     signed="2026-05-01 10:00:00")], BOOK)
    assert contract_value_increase(chain, CONFIG, YEARS).value is None  # latest version terminated: out


def test_a_withdrawn_bid_is_not_a_bidder() -> None:
    def app(supplier: str, lot_id: int, status: str) -> dict[str, object]:
        return {"supplierBinIin": supplier, "AppLots": [{"id": 1, "lotId": lot_id, "statusId": 5, "price": 10.0,
                                                         "RefAppStatus": {"id": 5, "code": "", "nameRu": status}}]}
    apps = [app("A", 1, "Допущена"), app("B", 1, "Отозвана"),  # lot 1: one real bidder
            app("A", 2, "Допущена"), app("B", 2, "Отклонена"),  # lot 2: a rejected bid is still a bid
            app("C", 3, "Черновик"), app("D", 3, "Подана"), app("E", 3, "Подана")]
    bids = bids_frame(apps)
    assert sorted(map(tuple, bids.to_numpy().tolist())) == [(1, "A"), (2, "A"), (2, "B"), (3, "D"), (3, "E")]
    lots = lots_frame([lot(1), lot(2), lot(3)])
    flag = single_bidder(lots, METHODS, CONFIG, YEARS, bids)
    assert flag.value == pytest.approx(1 / 3, abs=1e-4) and flag.records == ["announcement:101"]
    assert bids_frame([app("A", 1, "x")], not_bid_ids=frozenset({5})).empty  # or by status id from the dictionary


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_indicators_detail_and_formula_read_in_the_reports_language(lang: str) -> None:
    """procurement.json keeps each flag's detail and formula in English; a kk or ru report shows them in its
    own language with the computed figures, in every branch: data, too little data, none, not computed."""
    from adalscan.notes import NOTES, SEPARATOR, note, parse, translate
    from adalscan.procurement.redflags import compute_more_flags
    from adalscan.reports.i18n import Labels

    contracts = contracts_frame(
        [contract(1, 1000, method=DIRECT), contract(2, 1400, parent=1, root=1, signed="2026-04-01 10:00:00"),
         *(contract(i, 90, supplier="TOP", signed=f"2026-05-0{i} 10:00:00") for i in range(3, 8)),
         contract(8, 50, method=6, supplier="S8")], BOOK)
    announcements = announcements_frame([announcement(1, "2026-03-01 10:00:00", "2026-03-05 10:00:00"),
                                         announcement(2, "2026-03-01 10:00:00", "2026-04-01 10:00:00")])
    lots = lots_frame([lot(1, actual=6), lot(2)])
    apps = [{"supplierBinIin": "A", "AppLots": [{"Offers": [{"lotId": 1}]}]}]
    small = RedFlagConfig(split_threshold=300.0)
    empty = (contracts_frame([]), announcements_frame([]), lots_frame([]))
    flags = [*compute_red_flags(contracts, announcements, lots, METHODS, small, YEARS),
             *compute_red_flags(contracts, announcements, lots, METHODS, small, YEARS, bids_frame(apps)),
             *compute_more_flags(contracts, announcements, lots, METHODS, small, YEARS, rnu={"TOP"},
                                 plans=[{"ref_trade_methods_id": DIRECT, "plan_fin_year": 2026}]),
             *compute_red_flags(*empty, METHODS, CONFIG, YEARS), *compute_red_flags(*empty, None, CONFIG, YEARS),
             *compute_more_flags(*empty, METHODS, CONFIG, YEARS), *compute_more_flags(*empty, None, CONFIG, YEARS),
             *compute_red_flags(contracts_frame([contract(1, 100)]), *empty[1:], METHODS, CONFIG, YEARS,
                                bids_frame([{"supplierBinIin": "A", "AppLots": [{"Offers": [{"lotId": 99}]}]}])),
             *compute_more_flags(contracts, *empty[1:], MethodBook.from_refs(METHODS_ROWS[:3]), CONFIG, YEARS)]
    # What the portal path adds (adalscan.procurement.assess: the dictionary or the bids could not be read) and
    # the public listings' (crawler.goszakup_listings).
    details = {f.detail for f in flags} | {
        note("flag_methods_unavailable", error="HTTP 503"), note("flag_methods_empty"), note("flag_no_listed_announcements"),
        flags[0].detail + SEPARATOR + note("flag_bids_unavailable", error="HTTP 403")}
    assert {key for detail in details for key, _ in parse(detail) or []} == {k for k in NOTES if k.startswith("flag_")}
    labels, english = Labels(lang), Labels("en")
    for detail in details:
        assert parse(detail), detail
        shown = translate(detail, labels)
        assert translate(detail, english) == detail
        assert not any(word in shown for word in ("contracts", "lots", "announcements", "not computed", "flagged")), shown
        assert set(re.findall(r"\d+", detail)) <= set(re.findall(r"\d+", shown)), (detail, shown)
    for flag_id, formula in FORMULAS.items():
        assert english(f"formula_{flag_id}") == formula  # the report's English is the scanner's own text
        assert labels(f"formula_{flag_id}") != formula and len(labels(f"formula_{flag_id}")) <= 200
