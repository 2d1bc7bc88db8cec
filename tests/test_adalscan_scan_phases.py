"""A run is explicit phases (adalscan.scan.ScanRun): their order, what each leaves in the store, and that a
failing report phase costs none of the run's data. The crawl phase is replaced here (no network); the real
crawl is covered by the end-to-end tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from adalscan import reporting
from adalscan.models import CrawlOutcome, CrawlStatus, GapStatus, SiteResult
from adalscan.scan import ScanOptions, ScanRun
from adalscan.store import open_store

REGISTRY = (
    "id,name_kk,name_ru,name_en,type,region,city,website,bin,source\n"
    "u1,,Университет,University,university,Astana,Astana,http://u1.test/,,test\n"
    "c1,,Колледж,College,college,Almaty,Almaty,http://c1.test/,,test\n"
)


class OfflineRun(ScanRun):
    """The scan's phases with a crawl that reached one site and not the other."""

    def __init__(self, opts: ScanOptions) -> None:
        super().__init__(opts)
        self.seen: list[str] = []

    def entering(self, phase: str) -> None:
        self.seen.append(phase)

    def crawl_sites(self) -> CrawlOutcome:
        return CrawlOutcome({
            "u1": SiteResult("u1", CrawlStatus.OK, pages_fetched=3),
            "c1": SiteResult("c1", CrawlStatus.DNS_ERROR, detail="DNS lookup failed")}, "finished")


@pytest.fixture
def opts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ScanOptions:
    monkeypatch.setenv("ADALSCAN_GOSZAKUP_LISTINGS", "0")  # no procurement check: no network at all
    monkeypatch.delenv("ADALSCAN_GOSZAKUP_TOKEN", raising=False)
    registry = tmp_path / "institutions.csv"
    registry.write_text(REGISTRY, encoding="utf-8")
    return ScanOptions(institutions=registry, out=tmp_path / "out", langs=("en",))


def test_the_phases_run_in_order_and_leave_a_complete_run(opts: ScanOptions) -> None:
    run = OfflineRun(opts)
    outcome = run.execute()
    assert run.seen == list(ScanRun.PHASES) == ["open", "crawl", "procurement", "assess", "evidence", "record",
                                                 "reports"]
    public = [g for g in outcome.gaps if g.observable == "public" and g.artefact_id != "goszakup_procurement"]
    assert {g.status for g in public if g.institution_id == "c1"} == {GapStatus.UNREACHABLE}
    assert {g.status for g in public if g.institution_id == "u1"} == {GapStatus.MISSING}
    path = outcome.run.path
    manifest = json.loads((path / "manifest.json").read_text(encoding="utf-8"))
    assert list(manifest["phase_seconds"]) == ["open", "crawl", "procurement", "assess", "evidence"]
    cpu = manifest["phase_cpu_seconds"]
    assert list(cpu) == list(manifest["phase_seconds"])
    assert all(set(used) == {"process", "children"} and min(used.values()) >= 0 for used in cpu.values())
    assert (path / "gaps.csv").is_file() and (path / "reports" / "index.html").is_file()
    assert (opts.out / "latest.txt").read_text(encoding="utf-8").strip() == outcome.run.run_id
    store = open_store(str(opts.out / "adalscan.sqlite"))
    try:
        assert [r.status for r in store.runs() if r.run_id == outcome.run.run_id] == ["completed"]
        assert len(store.gaps(outcome.run.run_id)) == len(outcome.gaps)
    finally:
        store.close()


def test_a_failing_report_phase_costs_none_of_the_runs_data(opts: ScanOptions,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> list[Path]:
        raise RuntimeError("a template broke")

    monkeypatch.setattr("adalscan.scan.build_reports_for_run", broken)
    assert reporting.build_reports_for_run is not broken
    outcome = OfflineRun(opts).execute()
    assert (outcome.run.path / "gaps.csv").is_file() and not (outcome.run.path / "reports" / "index.html").exists()
    store = open_store(str(opts.out / "adalscan.sqlite"))
    try:
        assert len(store.gaps(outcome.run.run_id)) == len(outcome.gaps) > 0
    finally:
        store.close()
