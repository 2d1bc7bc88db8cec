"""`adalscan nightly`: the unattended run over the whole registry, one at a time, resumable, with evidence.

The chain: lock -> resume or start a run -> the scan's phases (adalscan.scan.ScanRun), as NightlyScanRun:
open -> crawl (incremental: HTTP cache + conditional requests, WARC archive; one process, N workers on Redis
or N partitioned by site) -> procurement -> assess -> evidence (screenshots of found artefacts, the WARC index
of each cell) -> record (gaps.csv, site_status.csv, manifest.json) -> reports -> latest; then, outside the
run proper (a failure there costs nothing recorded): diff against the previous run, cache pruning, the
nightly part of the manifest, the summary.

Exit codes (deploy/README.md): 0 the run completed (unreachable sites are findings, not failures);
2 bad input (registry, options, output folder, results store or Redis unreachable); 3 another nightly run
holds the lock; 1 unexpected failure (the run stays resumable); 130/143 interrupted by SIGINT/SIGTERM
(resumable too).

A run is resumed, with the same run id (and its as-of date), when the last nightly run in the store is still 'running' (its
process died: the lock says nobody holds it), it used the same registry, it started less than
--resume-within hours ago and has had fewer than --max-attempts attempts. Resuming replays the crawl
through the run's own HTTP cache entries (no network for pages already fetched), the store's upserts keep
rows unique, and the WARC files are cut back to their last complete record.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import fcntl
import hashlib
import json
import logging
import os
import signal
import socket
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from types import FrameType
from typing import Any, ClassVar, TextIO

from adalscan import __version__
from adalscan.errors import AdalscanError, RunDirError, UsageError
from adalscan.logging_json import (
    end_progress,
    human_bytes,
    report_progress,
    set_context,
    setup_logging,
    show_phase,
)
from adalscan.models import CrawlOutcome
from adalscan.registry import load_registry
from adalscan.reports.diff import diff_gaps
from adalscan.reports.evidence_index import write_evidence_index
from adalscan.reports.i18n import parse_languages
from adalscan.runs import STORE_FILE, RunDir, new_run, write_json
from adalscan.scan import ScanOptions, ScanOutcome, ScanRun, select_institutions
from adalscan.scoring import STATUSES
from adalscan.store import open_store
from adalscan.store.warc import repair_archive_dir

# Deferred imports below: Scrapy and Twisted load only in the phase that crawls, and only the crawl chosen
# (one process, Redis workers, partition workers), so the lock, the resume decision and bad-input errors come
# before any of it (and a run on one process never imports Redis).

log = logging.getLogger("adalscan.nightly")

LOCK_FILE = ".nightly.lock"
STATE_FILE = "nightly.json"
EXIT_OK, EXIT_FAILURE, EXIT_LOCKED = 0, 1, 3


class LockHeld(AdalscanError):
    """Another nightly run holds DIR/.nightly.lock."""

    exit_code = EXIT_LOCKED


class NightlyInterrupted(Exception):
    """The run was stopped (signal, or the crawl did not finish); it stays resumable."""

    def __init__(self, reason: str, exit_code: int = 130) -> None:
        super().__init__(reason)
        self.exit_code = exit_code


# -- the lock -------------------------------------------------------------------------------------------
class NightlyLock:
    """An exclusive flock on DIR/.nightly.lock: the kernel releases it when the holder dies, however it dies.

    The file also says who holds it (pid, host, since), for people; the lock itself is the flock.
    """

    def __init__(self, out: Path) -> None:
        self.path = out / LOCK_FILE
        self.fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                raise LockHeld(f"{self.path}: another nightly run is going on ({self.holder()})") from None
            raise
        os.ftruncate(fd, 0)
        os.write(fd, json.dumps({"pid": os.getpid(), "host": socket.gethostname(),
                                 "since": datetime.now(UTC).isoformat(timespec="seconds"),
                                 "argv": sys.argv[1:]}).encode() + b"\n")
        os.fsync(fd)
        self.fd = fd

    def holder(self) -> str:
        try:
            info = json.loads(self.path.read_text(encoding="utf-8") or "{}")
        except (OSError, ValueError):
            return "holder unknown"
        return f"pid {info.get('pid')} on {info.get('host')} since {info.get('since')}"

    def release(self) -> None:
        if self.fd is not None:
            with contextlib.suppress(OSError):
                os.ftruncate(self.fd, 0)
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None

    def __enter__(self) -> NightlyLock:
        self.acquire()
        return self

    def __exit__(self, *_: object) -> None:
        self.release()


# -- per-run state (DIR/runs/<id>/nightly.json) ------------------------------------------------------------
@dataclass
class NightlyState:
    run_id: str
    registry: str
    registry_sha256: str
    only: list[str]
    as_of: str
    attempts: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path) -> NightlyState | None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(**{k: data[k] for k in ("run_id", "registry", "registry_sha256", "only", "as_of")},
                       attempts=list(data.get("attempts", [])))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def save(self, path: Path, extra: dict[str, Any] | None = None) -> None:
        data = {"run_id": self.run_id, "registry": self.registry, "registry_sha256": self.registry_sha256,
                "only": self.only, "as_of": self.as_of, "attempts": self.attempts, **(extra or {})}
        write_json(path, data)


def file_sha256(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def find_resumable(store: Any, out: Path, registry_sha: str, only: list[str], max_attempts: int,
                   within_hours: float) -> tuple[NightlyState | None, list[tuple[str, str]]]:
    """The unfinished nightly run to resume, and the (run id, reason) of those to give up."""
    running = [r for r in store.runs(status="running")
               if r.command == "nightly" and (out / "runs" / r.run_id).is_dir()]
    running.sort(key=lambda r: r.run_id, reverse=True)
    give_up: list[tuple[str, str]] = []
    chosen: NightlyState | None = None
    for info in running:
        if chosen is not None:
            give_up.append((info.run_id, "a newer unfinished run is being resumed"))
            continue
        state = NightlyState.load(out / "runs" / info.run_id / STATE_FILE)
        started = datetime.fromisoformat(info.started) if info.started else None
        age_h = (datetime.now(UTC) - started).total_seconds() / 3600 if started and started.tzinfo else 1e9
        if state is None:
            give_up.append((info.run_id, "no nightly state"))
        elif state.registry_sha256 != registry_sha or sorted(state.only) != sorted(only):
            give_up.append((info.run_id, "the registry or --only changed"))
        elif len(state.attempts) >= max_attempts:
            give_up.append((info.run_id, f"{len(state.attempts)} attempts already"))
        elif age_h > within_hours:
            give_up.append((info.run_id, f"started {age_h:.0f} h ago"))
        else:
            chosen = state
    return chosen, give_up


# -- settings -------------------------------------------------------------------------------------------
def nightly_settings(out: Path, run_id: str, *, archive: bool, screenshots: bool,
                     user: dict[str, Any]) -> dict[str, Any]:
    """The crawl settings of a nightly run: scan's, plus the switches of the incremental, archive and progress
    add-ons (crawler/addons.py) and where their files go; -s values win (dictionaries extend, in Scrapy)."""
    run_path = (out / "runs" / run_id).resolve()
    settings: dict[str, Any] = {
        "ADALSCAN_INCREMENTAL": True, "HTTPCACHE_DIR": str((out / "httpcache").resolve()),
        "ADALSCAN_NIGHTLY": True, "ADALSCAN_STATS_FILE": str(run_path / "crawl-stats.json"),
        "ADALSCAN_PROGRESS_LOG_INTERVAL": 60.0, "LOGSTATS_INTERVAL": 0.0,
        "ADALSCAN_ARCHIVE": archive, "ADALSCAN_ARCHIVE_DIR": str(run_path / "archive"),
        "ADALSCAN_ARCHIVE_PREFIX": f"runs/{run_id}/archive", "ADALSCAN_SCREENSHOTS": screenshots,
    }
    return {**settings, **user}


def _truthy(value: Any) -> bool:
    return value if isinstance(value, bool) else str(value).strip().lower() in ("1", "true", "yes", "on")


# -- signals --------------------------------------------------------------------------------------------
def _on_signal(signum: int, frame: FrameType | None) -> None:
    raise NightlyInterrupted(f"signal {signal.Signals(signum).name}", 128 + signum)


def _install_signal_handlers() -> None:
    signal.signal(signal.SIGTERM, _on_signal)
    signal.signal(signal.SIGINT, _on_signal)


# -- the command ----------------------------------------------------------------------------------------
def cmd_nightly_worker(args: argparse.Namespace) -> int:
    from crawler.distributed import run_worker  # Scrapy: see the note at the top

    return run_worker(args.redis, None, None, args.out)


def cmd_nightly(args: argparse.Namespace) -> int:
    """`adalscan nightly` (its options: adalscan.cli.add_nightly_parser)."""
    level = logging.DEBUG if getattr(args, "verbose", False) else logging.INFO
    fmt, progress_on = setup_logging(args.log_format, level, args.progress)
    _install_signal_handlers()
    try:
        return Nightly(args, fmt, level, progress_on).run()
    except AdalscanError as exc:
        end_progress()
        log.error("adalscan: error: %s", exc, extra={"exit_code": exc.exit_code})
        return exc.exit_code
    except NightlyInterrupted as exc:  # a signal before or after the run proper: nothing to resume or lose
        end_progress()
        log.warning("interrupted (%s)", exc)
        return exc.exit_code
    finally:
        end_progress()


class Nightly:
    """One invocation of `adalscan nightly`."""

    def __init__(self, args: argparse.Namespace, log_format: str, log_level: int, progress_on: bool) -> None:
        self.args = args
        self.log_format, self.log_level, self.progress_on = log_format, log_level, progress_on
        self.out: Path = args.out
        self.t0 = time.monotonic()
        self.crawl_stats: dict[str, Any] = {}
        self.screenshots: dict[str, Any] = {}
        self.state: NightlyState | None = None
        self.resumed = False

    def run(self) -> int:
        args = self.args
        if args.workers < 1:
            raise UsageError("--workers must be at least 1")
        # (On a one-core machine `--workers auto --partition` is one worker: the ordinary crawl.)
        if args.partition and args.workers < 2 and (os.cpu_count() or 1) >= 2:
            raise UsageError("--partition splits the sites between --workers N (N at least 2, or auto)")
        registry = load_registry(args.institutions)
        only = [x.strip() for x in args.only.split(",") if x.strip()]
        select_institutions(registry.institutions, only)  # unknown ids are bad input, before anything is made
        langs = parse_languages(args.lang)
        try:
            self.out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise RunDirError(f"{self.out}: cannot create the output folder ({exc.strerror or exc})") from None
        with NightlyLock(self.out):
            return self._locked(only, langs)

    def _open_store(self, url: str) -> Any:
        try:
            return open_store(url)
        except Exception as exc:  # an unreachable PostgreSQL is a configuration problem, reported as such
            raise UsageError(f"cannot open the results store {_redact(url)}: {type(exc).__name__}: "
                             f"{str(exc).splitlines()[0] if str(exc) else ''}") from None

    def _locked(self, only: list[str], langs: tuple[str, ...]) -> int:
        args = self.args
        user = dict(args.settings)
        store_url = args.store or user.get("ADALSCAN_STORE_URL") or str(self.out / STORE_FILE)
        user["ADALSCAN_STORE_URL"] = store_url
        store = self._open_store(store_url)
        registry_sha = file_sha256(args.institutions)
        try:
            chosen, give_up = find_resumable(store, self.out, registry_sha, only, args.max_attempts,
                                             args.resume_within)
            if args.fresh and chosen is not None:
                give_up.append((chosen.run_id, "--fresh"))
                chosen = None
            for run_id, reason in give_up:
                log.warning("giving up unfinished run %s (%s)", run_id, reason, extra={"run_id": run_id})
                store.finish_run(run_id, _now(), status="failed")
        finally:
            store.close()
        if chosen is not None:
            self.state, self.resumed = chosen, True
            as_of = date.fromisoformat(chosen.as_of)
        else:
            as_of = args.as_of
            run = new_run(self.out)
            self.state = NightlyState(run.run_id, str(args.institutions), registry_sha, only, as_of.isoformat())
        state = self.state
        set_context(run_id=state.run_id)
        run = RunDir(self.out, state.run_id)
        attempt = {"number": len(state.attempts) + 1, "pid": os.getpid(), "host": socket.gethostname(),
                   "started": _now(), "argv": sys.argv[1:], "outcome": "running", "resumed": self.resumed}
        state.attempts.append(attempt)
        state.save(run.path / STATE_FILE)
        if self.resumed:
            repaired = repair_archive_dir(run.path / "archive")
            log.info("resuming run %s (attempt %d)%s", state.run_id, attempt["number"],
                     f"; cut incomplete WARC records in {len(repaired)} file(s)" if repaired else "")
        else:
            log.info("starting run %s", state.run_id)
        try:
            outcome = self._scan(run, only, langs, as_of, user)
        except NightlyInterrupted as exc:
            attempt.update(outcome=f"interrupted: {exc}", finished=_now())
            state.save(run.path / STATE_FILE)
            end_progress()
            log.warning("run %s interrupted (%s); the next `adalscan nightly` resumes it", state.run_id, exc)
            return exc.exit_code
        except AdalscanError:
            attempt.update(outcome="bad input", finished=_now())
            state.save(run.path / STATE_FILE)
            raise
        except Exception as exc:
            attempt.update(outcome=f"failed: {type(exc).__name__}: {exc}"[:500], finished=_now())
            state.save(run.path / STATE_FILE)
            end_progress()
            log.exception("run %s failed; the next `adalscan nightly` resumes it", state.run_id)
            return EXIT_FAILURE
        attempt.update(outcome="completed", finished=_now())
        show_phase("diff against the previous run")
        try:
            extra = self._after(outcome, store_url)
        except Exception:  # the run is complete and recorded; only the extras are missing
            log.exception("run %s completed, but its diff/manifest extras could not be written", state.run_id)
            extra = {"crawl": self.crawl_stats}
        state.save(run.path / STATE_FILE, extra)
        end_progress()
        print_nightly_summary(outcome, extra, self.resumed, len(state.attempts), sys.stdout)
        return EXIT_OK

    def _scan(self, run: RunDir, only: list[str], langs: tuple[str, ...], as_of: date,
              user: dict[str, Any]) -> ScanOutcome:
        args = self.args
        screenshots = not args.no_screenshots and _truthy(user.get("ADALSCAN_SCREENSHOTS", True))
        settings = nightly_settings(self.out, run.run_id, archive=not args.no_archive, screenshots=screenshots,
                                    user=user)
        self.settings = settings
        opts = ScanOptions(institutions=args.institutions, out=self.out, only=only, allow_private=args.allow_private,
                           as_of=as_of, settings=settings, overrides=args.overrides, langs=langs, command="nightly",
                           run_id=run.run_id)
        scan = NightlyScanRun(opts, self)
        try:
            return scan.execute()
        finally:
            self.crawl_stats = scan.crawl_outcome.stats
            self.screenshots = scan.screenshots

    # -- after the run --------------------------------------------------------------------------------
    def _after(self, outcome: Any, store_url: str) -> dict[str, Any]:
        from crawler.incremental import cache_path, prune_cache  # Scrapy: see the note at the top
        from crawler.progress import peak_rss_mb  # Scrapy: see the note at the top

        run = outcome.run
        extra: dict[str, Any] = {"crawl": self.crawl_stats, "screenshots": {k: v for k, v in self.screenshots.items()
                                                                            if k != "files"}}
        extra["diff"] = self._diff(run.run_id, store_url)
        try:
            extra["cache_pruned"] = prune_cache(cache_path(self.settings), self.args.cache_keep_days * 86400)
        except Exception:
            log.warning("could not prune the HTTP cache", exc_info=True)
        extra["archive"] = _archive_totals(run.path / "archive")
        # The crawl's figure (written as it closed) adds its page worker processes to this process's own.
        extra["peak_rss_mb"] = round(max(peak_rss_mb(), float(self.crawl_stats.get("peak_rss_mb") or 0)), 1)
        extra["seconds"] = round(time.monotonic() - self.t0, 1)
        _extend_manifest(run.path / "manifest.json", {
            "nightly": {"adalscan_version": __version__, "resumed": self.resumed,
                        "attempts": self.state.attempts if self.state else [], "workers": self.args.workers,
                        "crawl_finish_reason": self.crawl_stats.get("finish_reason"),
                        "network_bytes": _stat(self.crawl_stats, "adalscan/net/bytes"),
                        "peak_rss_mb": extra["peak_rss_mb"], "archive": extra["archive"],
                        "screenshots": extra["screenshots"], "diff": {k: v for k, v in extra["diff"].items()
                                                                      if k != "changes"}}})
        return extra

    def _diff(self, run_id: str, store_url: str) -> dict[str, Any]:
        store = open_store(store_url)
        try:
            previous = store.previous_completed_run(run_id)
            if previous is None:
                return {"previous_run": None}
            diff = diff_gaps(store.gaps(previous), store.gaps(run_id))
        finally:
            store.close()
        changes = {label: [{"institution_id": c.institution_id, "artefact_id": c.artefact_id, "before": c.before,
                            "after": c.after} for c in items]
                   for label, items in (("opened", diff.opened), ("closed", diff.closed), ("changed", diff.changed))}
        data = {"previous_run": previous, **{k: len(v) for k, v in changes.items()}, "changes": changes}
        write_json(self.out / "runs" / run_id / "diff.json", data)
        return data


class NightlyScanRun(ScanRun):
    """The scan's phases, with the nightly crawl (incremental; one process, or workers on Redis or by site)
    and evidence (screenshots of the found artefacts, the WARC index of each cell), shown on the progress
    line as they start."""

    LABELS: ClassVar[dict[str, str]] = {"open": "starting", "crawl": "crawl", "procurement": "procurement on goszakup",
              "assess": "assessment", "evidence": "screenshots of found artefacts", "record": "writing gaps.csv",
              "reports": "writing reports"}

    def __init__(self, opts: ScanOptions, job: Nightly) -> None:
        super().__init__(opts)
        self.job = job
        self.screenshots: dict[str, Any] = {}

    def entering(self, phase: str) -> None:
        show_phase(self.LABELS.get(phase, phase))

    def crawl_sites(self) -> CrawlOutcome:
        args, settings = self.job.args, self.settings
        worker_log_level = logging.WARNING if self.job.progress_on else self.job.log_level
        if args.workers > 1:
            from crawler.incremental import cache_path, prepare_cache  # Scrapy: see the note at the top

            prepare_cache(cache_path(settings))  # once, before the workers open it together
        if args.workers > 1 and args.partition:
            from crawler.partition import run_partitioned_crawl  # Scrapy: see the note at the top

            outcome = run_partitioned_crawl(
                self.institutions, settings, workers=args.workers, folder=self.run.path / "workers",
                log_format=self.job.log_format, log_level=worker_log_level, on_progress=report_progress)
        elif args.workers > 1:
            from crawler.distributed import run_distributed_crawl  # Scrapy: see the note at the top

            try:
                outcome = run_distributed_crawl(
                    self.institutions, settings, workers=args.workers, redis_url=args.redis,
                    log_format=self.job.log_format, log_level=worker_log_level, on_progress=report_progress)
            except (ConnectionError, OSError) as exc:
                raise UsageError(f"cannot use Redis at {_redact(args.redis)}: {exc}") from None
            except Exception as exc:
                if type(exc).__module__.startswith("redis"):
                    raise UsageError(f"cannot use Redis at {_redact(args.redis)}: {exc}") from None
                raise
        else:
            from crawler.runner import run_crawl  # Scrapy and its reactor: see the note at the top

            try:
                outcome = run_crawl(self.institutions, settings)
            finally:
                _install_signal_handlers()  # Scrapy installed its own for the crawl
            _release_memory()  # the crawl's heap is garbage now: give it back before reports are built
        self.crawl_outcome = outcome  # its stats go into nightly.json even when it did not finish
        if not outcome.finished:  # nothing is assessed from a crawl cut short: the next attempt resumes it
            reason = outcome.finish_reason
            raise NightlyInterrupted(f"the crawl ended with '{reason}'", 143 if reason == "shutdown" else 1)
        return outcome

    def evidence(self) -> None:
        """Screenshots of the found artefacts, and the evidence index (WARC record and screenshot of each
        cell), stored with the run for the reports."""
        run = self.run
        if _truthy(self.settings.get("ADALSCAN_SCREENSHOTS", True)):
            try:
                from crawler.screenshots import (
                    screenshot_found,  # Playwright: only when screenshots are taken
                )

                self.screenshots = screenshot_found(run.path, self.gaps, self.settings,
                                                    allow_private=self.opts.allow_private)
            except Exception:  # screenshots are extra evidence; their failure never costs the run
                log.exception("screenshots failed for run %s", run.run_id)
        try:
            rows = write_evidence_index(run.path, self.gaps, self.screenshots.get("files", {}))
        except Exception:
            log.exception("evidence index failed for run %s", run.run_id)
            return
        self.need_store().put_evidence_archive(run.run_id, rows)


# -- helpers --------------------------------------------------------------------------------------------
def _redact(url: str) -> str:
    """A connection URL without its password."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return urlunsplit(parts._replace(netloc=netloc))
    return url


def _release_memory() -> None:
    """Collect garbage and hand freed heap pages back to the OS (glibc keeps them otherwise)."""
    import ctypes
    import gc

    gc.collect()
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def _stat(crawl: dict[str, Any], key: str) -> int:
    return int((crawl.get("stats") or {}).get(key, 0) or 0)


def _archive_totals(folder: Path) -> dict[str, Any]:
    warcs = list(folder.glob("*.warc.gz")) if folder.is_dir() else []
    shots = list((folder / "screenshots").rglob("*.png")) if (folder / "screenshots").is_dir() else []
    return {"warc_files": len(warcs), "warc_bytes": sum(p.stat().st_size for p in warcs), "screenshots": len(shots)}


def _extend_manifest(path: Path, data: dict[str, Any]) -> None:
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        manifest = {}
    manifest.update(data)
    write_json(path, manifest)


def print_nightly_summary(outcome: Any, extra: dict[str, Any], resumed: bool, attempts: int, out: TextIO) -> None:
    """The one-screen summary at the end of a nightly run."""
    run = outcome.run
    stats = (extra.get("crawl") or {}).get("stats") or {}
    sites = outcome.sites.values()
    crawl = Counter(str(s.crawl_status) for s in sites)
    crawled = crawl.get("ok", 0) + crawl.get("budget_exhausted", 0)
    unreachable = {k: v for k, v in crawl.items() if k not in ("ok", "budget_exhausted")}
    counts = outcome.status_counts()
    lines = [f"adalscan nightly: run {run.run_id} completed in {_duration(extra.get('seconds', outcome.seconds))}"
             + (f" (resumed, attempt {attempts})" if resumed else "")]
    lines.append(f"  sites       {len(outcome.institutions)} · crawled {crawled} · not crawled {sum(unreachable.values())}"
                 + (f" ({', '.join(f'{k} {v}' for k, v in sorted(unreachable.items()))})" if unreachable else ""))
    lines.append(f"  pages       {sum(s.pages_fetched for s in sites)} · documents {sum(s.documents for s in sites)}"
                 f" · network {human_bytes(float(stats.get('adalscan/net/bytes', 0)))} in "
                 f"{int(stats.get('adalscan/net/responses', 0))} responses · not modified "
                 f"{int(stats.get('adalscan/net/not_modified', 0))} · from cache {int(stats.get('adalscan/cache/served', 0))}")
    lines.append(f"  classified  {int(stats.get('adalscan/classify/ran', 0))} documents · evidence reused for "
                 f"{int(stats.get('adalscan/classify/reused', 0))} unchanged ones")
    lines.append("  gaps        " + " · ".join(f"{s} {counts.get(s, 0)}" for s in STATUSES))
    diff = extra.get("diff") or {}
    if diff.get("previous_run"):
        lines.append(f"  since       {diff['previous_run']}: {diff.get('opened', 0)} opened · {diff.get('closed', 0)} "
                     f"closed · {diff.get('changed', 0)} changed")
    else:
        lines.append("  since       (first completed run: nothing to compare with)")
    arch = extra.get("archive") or {}
    shots = extra.get("screenshots") or {}
    lines.append(f"  archive     {arch.get('warc_files', 0)} WARC files, {human_bytes(float(arch.get('warc_bytes', 0)))}"
                 f" · screenshots {arch.get('screenshots', 0)}"
                 + (f" ({shots.get('skipped', 0)} skipped, {shots.get('failed', 0)} failed)"
                    if shots.get("skipped") or shots.get("failed") else ""))
    if outcome.alerts:
        lines.append(f"  overrides   {len(outcome.alerts)} to review")
    lines.append(f"  files       {run.path / 'gaps.csv'}")
    reports = run.path / "reports" / "index.html"
    if reports.exists():
        lines.append(f"              {reports}")
    lines.append(f"              {run.path / 'manifest.json'}")
    lines.append(f"  latest      {run.root / 'latest'} · peak RSS {extra.get('peak_rss_mb', 0):.0f} MB")
    print("\n".join(lines), file=out, flush=True)


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m{seconds % 60:02d}s" if seconds >= 3600 else \
        f"{seconds // 60}m{seconds % 60:02d}s"
