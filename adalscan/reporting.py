"""Glue from the results store to the reports: build a RunReportInput for one run and render it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from adalscan.overrides import OverrideAlert
from adalscan.procurement.models import ProcurementResult
from adalscan.reports.context import RunCoverage, RunReportInput
from adalscan.reports.coverage import run_coverage
from adalscan.store import ResultStore


def _procurement_plain(
    results: Mapping[str, ProcurementResult | Mapping[str, Any]] | None,
) -> dict[str, dict[str, Any]] | None:
    """ProcurementResult objects -> the plain dicts the reports take."""
    if not results:
        return None
    plain: dict[str, dict[str, Any]] = {}
    for inst_id, result in results.items():
        data = asdict(result) if is_dataclass(result) else dict(result)
        data["status"] = str(data.get("status", ""))
        plain[inst_id] = data
    return plain


def build_reports_for_run(store: ResultStore, run_id: str, run_path: Path, langs: Sequence[str],
                          procurement: Mapping[str, Any] | None = None,
                          alerts: Iterable[OverrideAlert] = ()) -> list[Path]:
    """Render every report of one run from what the store holds (plus this run's procurement checks)."""
    # heavy (openpyxl, pandas: ~0.7 s): `adalscan diff`/`override` import this module but never render
    from adalscan.reports.render import write_run_reports

    runs = {r.run_id: r for r in store.runs()}
    info = runs[run_id]
    history = []
    stored = store.run_coverages()  # a year of nightly runs is not re-read for every report
    for past in store.runs(status="completed"):
        if past.run_id >= run_id:
            continue
        if past.run_id in stored:
            history.append(_coverage_from_record(past.run_id, date.fromisoformat(past.as_of), stored[past.run_id]))
            continue
        coverage = run_coverage(past.run_id, date.fromisoformat(past.as_of), store.institutions(past.run_id),
                                store.gaps(past.run_id), store.site_results(past.run_id))
        store.put_run_coverage(past.run_id, {"institutions": coverage.institutions, "regions": coverage.regions,
                                             "overall": coverage.overall})
        history.append(coverage)
    previous = store.previous_completed_run(run_id)
    if procurement is None:  # a past run's: from the store (procurement.json for runs stored before it held them)
        procurement = store.procurement(run_id) or _load_procurement(run_path)
    data = RunReportInput(
        run_id=run_id, as_of=date.fromisoformat(info.as_of), started=datetime.fromisoformat(info.started),
        finished=datetime.fromisoformat(info.finished) if info.finished else None,
        institutions=store.institutions(run_id), gaps=store.gaps(run_id), sites=store.site_results(run_id),
        procurement=_procurement_plain(procurement), previous_gaps=store.gaps(previous) if previous else None,
        history=history, override_alerts=[(a.institution_id, a.artefact_id, a.now_status, a.now_url, a.then_status)
                         for a in alerts],
        previous_run_id=previous or "", evidence_archive=store.evidence_archive(run_id) or None)
    return write_run_reports(run_path, data, tuple(langs))


def _coverage_from_record(run_id: str, as_of: date, record: Mapping[str, Any]) -> RunCoverage:
    return RunCoverage(run_id=run_id, as_of=as_of, institutions=dict(record.get("institutions") or {}),
                       regions=dict(record.get("regions") or {}), overall=record.get("overall"))


def _load_procurement(run_path: Path) -> dict[str, Any] | None:
    """Procurement results saved with the run (procurement.json), for re-rendering later."""
    import json

    path = run_path / "procurement.json"
    if not path.exists():
        return None
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data
