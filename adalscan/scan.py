"""The scan job: registry -> crawl -> procurement -> assessment -> gaps.csv and reports, as one run of explicit
phases (ScanRun)."""

from __future__ import annotations

import logging
import os
import resource
import sys
import time
from collections import Counter
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from adalscan import __version__
from adalscan.assess import ProcurementVerdict, assess, hold_unfetched_evidence
from adalscan.errors import UsageError
from adalscan.models import CrawlOutcome, GapRow, Institution, SiteResult
from adalscan.overrides import OverrideAlert, apply_overrides, load_overrides
from adalscan.registry import load_registry
from adalscan.reporting import _procurement_plain, build_reports_for_run
from adalscan.reports.csvsafe import write_csv
from adalscan.runs import RunDir, mark_latest, new_run, write_json
from adalscan.store import ResultStore, RunInfo, open_store

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
    run_id: str | None = None  # continue this run (nightly's resume) instead of starting a new one


@dataclass(slots=True)
class ScanOutcome:
    run: RunDir
    institutions: list[Institution]
    sites: dict[str, SiteResult]
    gaps: list[GapRow]
    alerts: list[OverrideAlert]
    seconds: float
    procurement: dict[str, Any] = field(default_factory=dict)
    crawl: CrawlOutcome | None = None

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
    return ScanRun(opts).execute()


def _cpu_seconds() -> dict[str, float]:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"process": own.ru_utime + own.ru_stime, "children": children.ru_utime + children.ru_stime}


class ScanRun:
    """One run of a scan, as explicit phases done in order (PHASES), each a method of the same name.

    open -> crawl -> procurement -> assess -> evidence -> record -> reports; then `latest` moves to the run.
    Each phase writes what it produced to the results store before the next starts, so a failure later in
    the run costs nothing already collected. The nightly job is this run with its own crawl (incremental,
    several workers) and evidence (screenshots, the WARC index) phases: adalscan.nightly.NightlyScanRun.
    """

    PHASES: tuple[str, ...] = ("open", "crawl", "procurement", "assess", "evidence", "record", "reports")

    def __init__(self, opts: ScanOptions) -> None:
        self.opts = opts
        self.registry = load_registry(opts.institutions)
        self.institutions = select_institutions(self.registry.institutions, opts.only)
        self.run = RunDir(opts.out, opts.run_id) if opts.run_id else new_run(opts.out)
        self.store: ResultStore | None = None
        self.settings: dict[str, Any] = dict(opts.settings)
        self.started = datetime.now(UTC)
        self.finished = self.started
        self.crawl_outcome = CrawlOutcome({})
        self.procurement_results: dict[str, Any] = {}
        self.gaps: list[GapRow] = []
        self.alerts: list[OverrideAlert] = []
        self.phase_seconds: dict[str, float] = {}
        self.phase_cpu_seconds: dict[str, dict[str, float]] = {}

    @property
    def sites(self) -> dict[str, SiteResult]:
        return self.crawl_outcome.sites

    def execute(self) -> ScanOutcome:
        t0 = time.monotonic()
        try:
            for phase in self.PHASES:
                self.entering(phase)
                began, cpu_before = time.monotonic(), _cpu_seconds()
                getattr(self, phase)()
                self.phase_seconds[phase] = round(time.monotonic() - began, 2)
                cpu_after = _cpu_seconds()
                self.phase_cpu_seconds[phase] = {who: round(cpu_after[who] - cpu_before[who], 2) for who in cpu_after}
                log.debug("run %s: phase %s done in %.1f s", self.run.run_id, phase, self.phase_seconds[phase])
        finally:
            if self.store is not None:
                self.store.close()
        mark_latest(self.run)
        return ScanOutcome(self.run, self.institutions, self.sites, self.gaps, self.alerts, time.monotonic() - t0,
                           self.procurement_results, self.crawl_outcome)

    def entering(self, phase: str) -> None:
        """Called as each phase starts (the nightly job shows it on its progress line)."""

    def need_store(self) -> ResultStore:
        assert self.store is not None, "the 'open' phase opens the store"
        return self.store

    # -- the phases -----------------------------------------------------------------------------------
    def open(self) -> None:
        """The run's folder and its row in the results store (with the institutions it covers)."""
        opts, run = self.opts, self.run
        run.path.mkdir(parents=True, exist_ok=True)
        self.store = store = open_store(self.settings.get("ADALSCAN_STORE_URL") or run.store_url)
        self.settings.update({"ADALSCAN_RUN_ID": run.run_id, "ADALSCAN_STORE_URL": store.url,
                              "ADALSCAN_AS_OF": opts.as_of.isoformat(), "ADALSCAN_ALLOW_PRIVATE": opts.allow_private})
        store.start_run(RunInfo(run.run_id, self.started.isoformat(timespec="seconds"), opts.as_of.isoformat(),
                                command=opts.command, settings=_printable(self.settings)), self.institutions)
        log.info("run %s: %d institutions -> %s", run.run_id, len(self.institutions), run.path)

    def crawl(self) -> None:
        """Every site; documents and evidence reach the store as the crawl goes, the sites' results after it."""
        self.crawl_outcome = self.crawl_sites()
        self.need_store().put_site_results(self.run.run_id, self.sites.values())

    def crawl_sites(self) -> CrawlOutcome:
        """The crawl itself: one Scrapy crawl in this process (the nightly job chooses among its ways)."""
        from crawler.runner import run_crawl  # Scrapy (and its reactor) only when a crawl really happens

        return run_crawl(self.institutions, self.settings)

    def procurement(self) -> None:
        self.procurement_results = check_procurement(self.institutions, self.opts)
        self.need_store().put_procurement(self.run.run_id, _procurement_plain(self.procurement_results) or {})

    def assess(self) -> None:
        """Evidence and procurement -> one verdict per institution x artefact; then the analysts' overrides."""
        store, run_id = self.need_store(), self.run.run_id
        verdicts = {k: ProcurementVerdict(r.status, r.evidence_url, r.period, r.detail)
                    for k, r in self.procurement_results.items()}
        gaps = assess(self.institutions, self.sites, store.evidence(run_id), verdicts)
        previous_run = store.previous_completed_run(run_id)
        if previous_run is not None:
            held = hold_unfetched_evidence(gaps, self.sites, store.gaps(previous_run),
                                           lambda inst_id: store.document_urls(run_id, inst_id))
            if held:
                log.info("run %s: %d cell(s) found last run whose evidence page was not fetched on a cut crawl are "
                         "unreachable, not missing", run_id, held)
        overrides_path = self.opts.overrides or (self.opts.out / "overrides.yaml")
        self.alerts = apply_overrides(gaps, load_overrides(overrides_path))
        self.gaps = gaps
        store.put_gaps(run_id, gaps)

    def evidence(self) -> None:
        """Extra evidence of the found cells (the nightly job's screenshots and WARC index); none in a scan."""

    def record(self) -> None:
        """gaps.csv, site_status.csv, procurement.json and manifest.json; the run is complete in the store."""
        run, opts = self.run, self.opts
        write_csv(run.path / "gaps.csv", GapRow.CSV_FIELDS,
                  ({f: str(getattr(g, f)) if f == "status" else getattr(g, f) for f in GapRow.CSV_FIELDS}
                   for g in self.gaps))
        write_csv(run.path / "site_status.csv", SITE_FIELDS, (asdict(s) for s in self.sites.values()))
        if self.procurement_results:
            write_json(run.path / "procurement.json", _procurement_plain(self.procurement_results))
        self.finished = datetime.now(UTC)
        write_json(run.path / "manifest.json", {
            "adalscan_version": __version__, "run_id": run.run_id, "command": opts.command,
            "argv": sys.argv[1:], "as_of": opts.as_of.isoformat(),
            "started": self.started.isoformat(timespec="seconds"),
            "finished": self.finished.isoformat(timespec="seconds"),
            "institutions": len(self.institutions), "registry_problems": [str(p) for p in self.registry.problems],
            "settings": _printable(self.settings, as_json=False),
            "status_counts": dict(Counter(str(g.status) for g in self.gaps)),
            "phase_seconds": dict(self.phase_seconds),
            # Where the CPU went: this process, and its child processes that ended within the phase (page
            # workers, Chromium and its driver, the listings crawl).
            "phase_cpu_seconds": dict(self.phase_cpu_seconds),
            "sites": {k: {"crawl_status": str(v.crawl_status), "pages": v.pages_fetched, "bytes": v.bytes_fetched,
                          "documents": v.documents, "errors": v.errors, "detail": v.detail,
                          "pages_discovered": v.pages_discovered, "pages_unfetched": v.pages_unfetched,
                          "cut_reason": v.cut_reason} for k, v in self.sites.items()},
        })
        self.need_store().finish_run(run.run_id, self.finished.isoformat(timespec="seconds"))

    def reports(self) -> None:
        """Reports are derived from the completed run (and show its end time); `latest` moves only after them.
        They are derived output: a failure here is logged and never costs the run's data."""
        try:
            build_reports_for_run(self.need_store(), self.run.run_id, self.run.path, self.opts.langs,
                                  procurement=self.procurement_results, alerts=self.alerts)
        except Exception:  # reports must never lose a completed crawl; the traceback goes to the log
            log.exception("reports could not be written for run %s", self.run.run_id)


def _printable(settings: Mapping[str, Any], as_json: bool = True) -> Any:
    clean = {k: (v if isinstance(v, (str, int, float, bool)) else str(v)) for k, v in settings.items()
             if "TOKEN" not in k.upper() and "PASSWORD" not in k.upper()}
    if as_json:
        import json

        return json.dumps(clean, ensure_ascii=False, sort_keys=True)
    return clean
