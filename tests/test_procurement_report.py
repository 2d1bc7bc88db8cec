"""The report says where each procurement figure came from and links the records behind every indicator."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from adalscan.reports.i18n import Labels
from adalscan.reports.render import write_run_reports
from adalscan.reports.sample import sample_input
from adalscan.reports.views import procurement_view

RAW = {"status": "found", "bin": "010140000017", "bin_source": "registry", "source": "listings",
       "detail": "public listings: 2026 plan (3 points) and procurement published", "period": "2025-2026",
       "evidence_url": "https://portal.example.kz/ru/search/announce?filter[customer]=010140000017",
       "red_flags": [{"flag_id": "short_tender_period", "value": 0.5, "threshold": 0.2, "flagged": True,
                      "formula": "f", "detail": "d", "source": "listings",
                      "records": ["announcement:77", "contract:5", "supplier:010140000017",
                                  "announcement:javascript:alert(1)", "<script>x</script>"]}]}


def test_records_become_portal_links_and_hostile_ones_stay_text() -> None:
    view = procurement_view(RAW, Labels("en"))
    assert view is not None and view.source_label == "the portal's public search pages (no token)"
    records = view.flags[0].records
    assert records[0] == ("announcement 77", "https://portal.example.kz/ru/announce/index/77")
    assert records[1] == ("contract 5", "https://portal.example.kz/ru/egzcontract/cpublic/contract/5")
    assert records[2] == ("supplier 010140000017", None)
    assert all(href is None for _, href in records[3:])
    api = procurement_view({**RAW, "source": "api"}, Labels("ru"))
    assert api is not None and "OWS v3" in api.source_label


def test_institution_page_names_the_source_and_links_the_records(tmp_path: Path) -> None:
    data = sample_input()
    first = data.institutions[0].id
    data = replace(data, procurement={**(data.procurement or {}), first: RAW})
    write_run_reports(tmp_path, data)
    pages = [p.read_text(encoding="utf-8") for p in tmp_path.rglob("*.html")]
    page = next(p for p in pages if "/ru/announce/index/77" in p and "public search pages" in p)
    assert "risk indicators for an analyst to review, not findings" in page
    assert 'href="https://portal.example.kz/ru/egzcontract/cpublic/contract/5"' in page
    assert "<script>x</script>" not in page and "href=\"javascript" not in page


def test_the_procurement_section_speaks_the_reports_language() -> None:
    """The portal remark, each flag's formula and its detail: English in procurement.json, Russian here."""
    from adalscan.notes import note
    from adalscan.procurement.redflags import FORMULAS

    found = note("procurement_found", year=2026, points=15, announcements=8, lots=15, contracts=0)
    raw = {**RAW, "detail": note("procurement_listings", detail=found),
           "red_flags": [{"flag_id": "short_tender_period", "value": 0.0625, "threshold": 0.2, "flagged": False,
                          "formula": FORMULAS["short_tender_period"], "records": [],
                          "detail": note("flag_short_period", hits=1, sample=16, days=15, shortest=4, median="13")}]}
    english, russian = procurement_view(raw, Labels("en")), procurement_view(raw, Labels("ru"))
    assert english is not None and russian is not None
    assert english.detail == raw["detail"] and english.flags[0].formula == FORMULAS["short_tender_period"]
    assert russian.detail.startswith("открытые") and "2026" in russian.detail and "15" in russian.detail
    assert russian.flags[0].formula.startswith("доля конкурсных объявлений")
    assert russian.flags[0].detail.startswith("в 1 из 16 конкурсных объявлений") and "13" in russian.flags[0].detail
    # A formula or detail the scanner did not write is shown as written (escaped by the template).
    other = procurement_view(RAW, Labels("ru"))
    assert other is not None and other.flags[0].detail == "d"
