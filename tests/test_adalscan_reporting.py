"""Reports of a past run are built from the store alone: the procurement checks included."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from adalscan import reporting
from adalscan.models import Institution
from adalscan.reports import render
from adalscan.store import RunInfo, open_store

INST = Institution(id="kazgu", type="university", website="https://kazgu.example.test/", name_ru="КазГУ")


def test_a_past_runs_procurement_comes_from_the_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = open_store(tmp_path / "adalscan.sqlite")
    store.start_run(RunInfo("r1", "2026-11-01T00:00:00", "2026-11-01"), [INST])
    store.put_procurement("r1", {"kazgu": {"status": "found", "bin": "123456789012", "detail": "12 plan points"}})
    store.finish_run("r1", "2026-11-01T00:10:00")
    seen: dict[str, Any] = {}

    def capture(run_path: Path, data: Any, langs: tuple[str, ...]) -> list[Path]:
        seen["procurement"] = data.procurement
        return []

    monkeypatch.setattr(render, "write_run_reports", capture)
    run_path = tmp_path / "runs" / "r1"
    run_path.mkdir(parents=True)  # no procurement.json in it: the store holds the results
    reporting.build_reports_for_run(store, "r1", run_path, ["en"])
    store.close()
    assert seen["procurement"]["kazgu"]["status"] == "found"
    assert seen["procurement"]["kazgu"]["detail"] == "12 plan points"


def test_past_runs_coverage_is_computed_once_and_again_after_their_gaps_change(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from adalscan.models import CrawlStatus, GapRow, GapStatus, SiteResult

    store = open_store(tmp_path / "adalscan.sqlite")
    for run_id, status in (("r1", GapStatus.FOUND), ("r2", GapStatus.MISSING)):
        store.start_run(RunInfo(run_id, f"2026-11-0{run_id[1]}T00:00:00", f"2026-11-0{run_id[1]}"), [INST])
        store.put_site_results(run_id, [SiteResult("kazgu", CrawlStatus.OK, pages_fetched=3)])
        store.put_gaps(run_id, [GapRow("kazgu", "hotline", "social_education", "public", status)])
        store.finish_run(run_id, f"2026-11-0{run_id[1]}T00:10:00")
    histories: list[Any] = []
    monkeypatch.setattr(render, "write_run_reports", lambda path, data, langs: histories.append(data.history) or [])
    run_path = tmp_path / "runs" / "r2"
    run_path.mkdir(parents=True)

    reporting.build_reports_for_run(store, "r2", run_path, ["en"])
    assert set(store.run_coverages()) == {"r1"}  # computed from r1's gaps, and kept
    reporting.build_reports_for_run(store, "r2", run_path, ["en"])
    assert histories[0] == histories[1] and histories[0][0].institutions == {"kazgu": 100.0}

    store.put_gaps("r1", [GapRow("kazgu", "hotline", "social_education", "public", GapStatus.MISSING)])  # override
    assert store.run_coverages() == {}
    reporting.build_reports_for_run(store, "r2", run_path, ["en"])
    store.close()
    assert histories[2][0].institutions == {"kazgu": 0.0}
