"""The scan job: registry -> crawl -> (procurement) -> assessment -> gaps.csv and reports, as one run."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from adalscan import __version__
from adalscan.assess import ProcurementVerdict, assess, hold_unfetched_evidence
from adalscan.errors import UsageError
from adalscan.models import GapRow, Institution, SiteResult
from adalscan.overrides import OverrideAlert, apply_overrides, load_overrides
from adalscan.registry import load_registry
from adalscan.reporting import _procurement_plain, build_reports_for_run
from adalscan.reports.csvsafe import write_csv
from adalscan.runs import RunDir, mark_latest, new_run, write_json
from adalscan.store import RunInfo, open_store

log = logging.getLogger(__name__)

SITE_FIELDS = ("institution_id", "crawl_status", "pages_fetched", "bytes_fetched", "documents", "errors", "detail",
               "pages_discovered", "pages_unfetched", "cut_reason")
DEFAULT_GOSZAKUP_URL = "https://ows.goszakup.gov.kz"


@dataclass(slots=True)
class ScanOptions:
    institutions: Path
    out: Path
    only: list[str] = field(default_factory=list)
    allow_private: bool = False
    as_of: date = field(default_factory=date.today)
    settings: dict[str, Any] = field(default_factory=dict)  # -s NAME=VALUE
    overrides: Path | None = None
    langs: tuple[str, ...] = ("kk", "ru", "en")
    command: str = "scan"
    # --- nightly hooks (adalscan.nightly): resume a given run id, crawl another way, act before reports
    run_id: str | None = None
    crawl: Callable[[list[Institution], dict[str, Any]], dict[str, SiteResult]] | None = None
    # Returns the run's evidence index rows (WARC record, screenshot per cell), stored with the run.
    after_assess: Callable[[RunDir, list[GapRow]], list[dict[str, Any]]] | None = None


@dataclass(slots=True)
class ScanOutcome:
    run: RunDir
    institutions: list[Institution]
    sites: dict[str, SiteResult]
    gaps: list[GapRow]
    alerts: list[OverrideAlert]
    seconds: float
    procurement: dict[str, Any] = field(default_factory=dict)

    def status_counts(self) -> Counter[str]:
        return Counter(str(g.status) for g in self.gaps)


def select_institutions(institutions: list[Institution], only: list[str]) -> list[Institution]:
    if not only:
        return institutions
    known = {i.id for i in institutions}
    unknown = [i for i in only if i not in known]
    if unknown:
        raise UsageError(f"--only: unknown institution id(s): {', '.join(unknown)}")
    wanted = set(only)
    return [i for i in institutions if i.id in wanted]


def check_procurement(institutions: list[Institution], opts: ScanOptions) -> dict[str, Any]:
    """The goszakup check: the OWS API when a token is configured (the token is never logged), else the
    portal's public search pages (a polite spider; ADALSCAN_GOSZAKUP_LISTINGS=0 turns that off)."""
    token = os.environ.get("ADALSCAN_GOSZAKUP_TOKEN") or None
    base_url = os.environ.get("ADALSCAN_GOSZAKUP_URL") or DEFAULT_GOSZAKUP_URL
    if not token:
        if os.environ.get("ADALSCAN_GOSZAKUP_LISTINGS", "1").strip() == "0":
            log.info("procurement: ADALSCAN_GOSZAKUP_TOKEN not set and listings off, goszakup check skipped")
            return {}
        from crawler.goszakup_listings import check_listings  # heavy (pandas, aiohttp), listings only

        log.info("procurement: ADALSCAN_GOSZAKUP_TOKEN not set, reading the portal's public listings instead")
        return check_listings(institutions, opts.as_of, allow_private=opts.allow_private)
    from adalscan.procurement.assess import check_institutions  # heavy (pandas, aiohttp), token path only

    return check_institutions(institutions, base_url, token, opts.as_of, allow_private=opts.allow_private)


def run_scan(opts: ScanOptions) -> ScanOutcome:
    """Do one complete run; raise AdalscanError only when the run itself cannot be done."""
    t0 = time.monotonic()
    registry = load_registry(opts.institutions)
    institutions = select_institutions(registry.institutions, opts.only)
    run = RunDir(opts.out, opts.run_id) if opts.run_id else new_run(opts.out)
    run.path.mkdir(parents=True, exist_ok=True)
    started = datetime.now(UTC)
    store = open_store(opts.settings.get("ADALSCAN_STORE_URL") or run.store_url)
    settings = {**opts.settings, "ADALSCAN_RUN_ID": run.run_id, "ADALSCAN_STORE_URL": store.url,
                "ADALSCAN_AS_OF": opts.as_of.isoformat(), "ADALSCAN_ALLOW_PRIVATE": opts.allow_private}
    store.start_run(RunInfo(run.run_id, started.isoformat(timespec="seconds"), opts.as_of.isoformat(),
                            command=opts.command, settings=_printable(settings)), institutions)
    log.info("run %s: %d institutions -> %s", run.run_id, len(institutions), run.path)

    from crawler.runner import run_crawl  # Scrapy (and its reactor) only when a crawl really happens

    sites = (opts.crawl or run_crawl)(institutions, settings)
    store.put_site_results(run.run_id, sites.values())

    procurement = check_procurement(institutions, opts)
    store.put_procurement(run.run_id, _procurement_plain(procurement) or {})
    verdicts = {k: ProcurementVerdict(r.status, r.evidence_url, r.period, r.detail) for k, r in procurement.items()}
    gaps = assess(institutions, sites, store.evidence(run.run_id), verdicts)
    previous_run = store.previous_completed_run(run.run_id)
    if previous_run is not None:
        held = hold_unfetched_evidence(gaps, sites, store.gaps(previous_run),
                                       lambda inst_id: store.document_urls(run.run_id, inst_id))
        if held:
            log.info("run %s: %d cell(s) found last run whose evidence page was not fetched on a cut crawl are "
                     "unreachable, not missing", run.run_id, held)
    overrides_path = opts.overrides or (opts.out / "overrides.yaml")
    alerts = apply_overrides(gaps, load_overrides(overrides_path))
    store.put_gaps(run.run_id, gaps)
    if opts.after_assess is not None:
        store.put_evidence_archive(run.run_id, opts.after_assess(run, gaps))

    write_csv(run.path / "gaps.csv", GapRow.CSV_FIELDS,
              ({f: str(getattr(g, f)) if f == "status" else getattr(g, f) for f in GapRow.CSV_FIELDS} for g in gaps))
    write_csv(run.path / "site_status.csv", SITE_FIELDS, (asdict(s) for s in sites.values()))
    if procurement:
        write_json(run.path / "procurement.json", _procurement_plain(procurement))
    outcome = ScanOutcome(run, institutions, sites, gaps, alerts, time.monotonic() - t0, procurement)
    finished = datetime.now(UTC)
    write_json(run.path / "manifest.json", {
        "adalscan_version": __version__, "run_id": run.run_id, "command": opts.command,
        "argv": sys.argv[1:], "as_of": opts.as_of.isoformat(),
        "started": started.isoformat(timespec="seconds"), "finished": finished.isoformat(timespec="seconds"),
        "institutions": len(institutions), "registry_problems": [str(p) for p in registry.problems],
        "settings": _printable(settings, as_json=False), "status_counts": dict(outcome.status_counts()),
        "sites": {k: {"crawl_status": str(v.crawl_status), "pages": v.pages_fetched, "bytes": v.bytes_fetched,
                      "documents": v.documents, "errors": v.errors, "detail": v.detail,
                      "pages_discovered": v.pages_discovered, "pages_unfetched": v.pages_unfetched,
                      "cut_reason": v.cut_reason} for k, v in sites.items()},
    })
    store.finish_run(run.run_id, finished.isoformat(timespec="seconds"))
    # Reports are derived from the completed run (and show its end time); latest moves only after them.
    _write_reports(outcome, store, opts, started)
    store.close()
    mark_latest(run)
    outcome.seconds = time.monotonic() - t0
    return outcome


def _write_reports(outcome: ScanOutcome, store: Any, opts: ScanOptions, started: datetime) -> None:
    """Reports are derived output: a failure here is logged, never costs the run's data."""
    try:
        build_reports_for_run(store, outcome.run.run_id, outcome.run.path, opts.langs,
                              procurement=outcome.procurement, alerts=outcome.alerts)
    except Exception:  # reports must never lose a completed crawl; the traceback goes to the log
        log.exception("reports could not be written for run %s", outcome.run.run_id)


def _printable(settings: Mapping[str, Any], as_json: bool = True) -> Any:
    clean = {k: (v if isinstance(v, (str, int, float, bool)) else str(v)) for k, v in settings.items()
             if "TOKEN" not in k.upper() and "PASSWORD" not in k.upper()}
    if as_json:
        import json

        return json.dumps(clean, ensure_ascii=False, sort_keys=True)
    return clean
