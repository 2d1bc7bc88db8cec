"""The gap rule (adalscan.assess): evidence, crawl statuses and procurement verdicts -> one status per cell."""

from __future__ import annotations

from adalscan.assess import ProcurementVerdict, assess, hold_unfetched_evidence
from adalscan.models import CrawlStatus, Evidence, GapRow, GapStatus, Institution, SiteResult

UNI = Institution("u1", "university", "http://u1.test/")
OK = {"u1": SiteResult("u1", CrawlStatus.OK, pages_fetched=40)}


def cells(rows: list[GapRow]) -> dict[str, GapRow]:
    return {r.artefact_id: r for r in rows}


def test_found_stale_uncertain_and_missing_follow_the_best_evidence() -> None:
    evidence = [
        ("u1", Evidence("anticorruption_plan", 0.9, "План 2023", stale=True, period="2023", url="http://u1.test/old")),
        ("u1", Evidence("anticorruption_plan", 0.6, "План 2026", period="2026", url="http://u1.test/new")),
        ("u1", Evidence("staff_ethics_code", 0.7, "Кодекс", stale=True, period="2021", url="http://u1.test/a")),
        ("u1", Evidence("staff_ethics_code", 0.8, "Кодекс", stale=True, period="2022", url="http://u1.test/b")),
        ("u1", Evidence("hotline", 0.45, "Телефон доверия", url="http://u1.test/news", genre="report")),
        ("u1", Evidence("gifts_policy", 0.2, "подарки", url="http://u1.test/weak")),  # below what is reported
    ]
    rows = cells(assess([UNI], OK, evidence))
    plan = rows["anticorruption_plan"]
    assert plan.status == GapStatus.FOUND and plan.evidence_url == "http://u1.test/new"  # current beats stronger old
    code = rows["staff_ethics_code"]
    assert code.status == GapStatus.STALE and code.period == "2022"  # the latest past period
    hotline = rows["hotline"]
    assert hotline.status == GapStatus.UNCERTAIN and "news item" in hotline.note
    assert rows["gifts_policy"].status == GapStatus.MISSING and rows["gifts_policy"].evidence_url == ""
    assert rows["attestation_minutes"].status == GapStatus.MANUAL  # internal: the working group checks it
    assert list(rows) == [r.artefact_id for r in assess([UNI], OK, [])]  # spec order, whatever the evidence


def test_a_site_not_crawled_is_unreachable_never_missing() -> None:
    sites = {"u1": SiteResult("u1", CrawlStatus.DNS_ERROR, detail="DNS lookup failed")}
    rows = assess([UNI], sites, [("u1", Evidence("hotline", 0.9, "x", url="http://u1.test/"))])
    public = [r for r in rows if r.observable == "public" and r.artefact_id != "goszakup_procurement"]
    assert public and {r.status for r in public} == {GapStatus.UNREACHABLE}
    assert all(r.note == "DNS lookup failed" for r in public)
    assert {r.status for r in rows if r.observable != "public"} == {GapStatus.MANUAL}


def test_the_portal_decides_procurement_even_when_the_site_was_not_reached() -> None:
    sites = {"u1": SiteResult("u1", CrawlStatus.TIMEOUT)}
    verdict = ProcurementVerdict(GapStatus.FOUND, "https://portal.test/customer", "2026", "12 plan points")
    row = cells(assess([UNI], sites, [], {"u1": verdict}))["goszakup_procurement"]
    assert (row.status, row.evidence_url, row.confidence, row.note) == (GapStatus.FOUND, verdict.evidence_url, 1.0,
                                                                        "12 plan points")


def test_a_cut_crawl_says_what_a_not_found_is_worth() -> None:
    sites = {"u1": SiteResult("u1", CrawlStatus.BUDGET_EXHAUSTED, pages_fetched=500, pages_discovered=900,
                              pages_unfetched=400, cut_reason="budget")}
    rows = cells(assess([UNI], sites, []))
    assert rows["hotline"].status == GapStatus.MISSING
    assert "400 of 900 discovered pages were not fetched" in rows["hotline"].note and "page/byte budget" in rows["hotline"].note


def test_last_runs_evidence_on_a_page_this_cut_crawl_did_not_fetch_is_held_unreachable() -> None:
    sites = {"u1": SiteResult("u1", CrawlStatus.BUDGET_EXHAUSTED, cut_reason="budget")}
    before = [GapRow("u1", "hotline", "x", "public", GapStatus.FOUND, evidence_url="http://u1.test/hotline"),
              GapRow("u1", "anticorruption_plan", "x", "public", GapStatus.FOUND, evidence_url="http://u1.test/plan")]
    rows = assess([UNI], sites, [])
    held = hold_unfetched_evidence(rows, sites, before, lambda inst: {"http://u1.test/plan"})
    by = cells(rows)
    assert held == 1 and by["hotline"].status == GapStatus.UNREACHABLE and by["hotline"].note
    assert by["anticorruption_plan"].status == GapStatus.MISSING  # its page was fetched: a real change
