"""Partitioned crawl: N local processes, each crawling its own share of the sites, coordinated by files.

Why: a Scrapy process does all its Python work on one thread, so a single crawl process uses one core for
fetching, parsing and following links, however many page workers read documents beside it. Institution
sites are independent of each other, so the cheapest way to use every core of one machine is to split the
registry: worker i crawls every N-th site with Scrapy's own scheduler, politeness and page budget. A site
belongs to one worker, so nothing has to be shared per request (unlike the Redis crawl of
crawler/distributed.py, which lets workers on other machines join and pays a Redis round trip per request).

The coordinator (`run_partitioned_crawl`) writes the run's configuration into a folder, starts the workers
(`python -m crawler.partition`; they die with it, even on kill -9), shows their progress from the snapshot
each writes there every second, and merges the results each leaves there at its end. No Redis is needed.

Each worker writes its own WARC files (suffix -w<N>) and crawl-stats file; all share the run's results store
(SQLite in WAL mode, or PostgreSQL) and the HTTP cache file, where each entry is committed at once (the
split of the next night may differ, so entries cannot belong to one worker).
"""

from __future__ import annotations

import argparse
import json
import logging
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import asdict
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from twisted.internet.task import LoopingCall

from adalscan.logging_json import set_context, setup_logging
from adalscan.models import CrawlOutcome, Institution
from adalscan.runs import write_json  # atomic: the coordinator may read a report at any moment
from crawler.distributed import (
    ROOT,
    WorkerFailed,
    aggregate_snapshots,
    crawl_as_worker,
    merge_site_results,
    merge_stats,
    progress_snapshot,
    stop_workers,
    suffix_stats_file,
    worker_env,
    worker_report,
)
from crawler.processes import exit_with_parent
from crawler.spiders.site import SiteSpider

log = logging.getLogger(__name__)

CONFIG_FILE = "config.json"


def partition_share(institutions: list[Institution], index: int, workers: int) -> list[Institution]:
    """Worker `index`'s sites: every `workers`-th of the registry. Deterministic, so a resumed attempt gives
    each worker the sites (and WARC file names) it had; registries are not sorted by size, so shares even out."""
    return institutions[index::workers]


def read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def progress_path(folder: Path, index: int) -> Path:
    return folder / f"w{index}.progress.json"


def result_path(folder: Path, index: int) -> Path:
    return folder / f"w{index}.result.json"


def worker_settings(base: Mapping[str, Any], *, index: int, folder: Path) -> dict[str, Any]:
    """The crawl settings of worker `index`: the run's own, plus its file names and its coordinator's folder."""
    settings = dict(base)
    settings.update({"ADALSCAN_WORKER_INDEX": index, "ADALSCAN_ARCHIVE_SUFFIX": f"-w{index}",
                     "ADALSCAN_PARTITION_DIR": str(folder), "ADALSCAN_CACHE_SHARED": True})
    # The workers are the parallelism here: each reads its own pages (more processes would only contend).
    settings.setdefault("ADALSCAN_PAGE_WORKERS", 0)
    suffix_stats_file(settings, index)
    return settings  # ADALSCAN_PARTITION_DIR switches on its extension (crawler.addons.PartitionWorker)


class PartitionWorkerExtension:
    """A partition worker's reports to its coordinator: a progress snapshot each second, results at the end."""

    def __init__(self, crawler: Crawler, folder: Path, index: int) -> None:
        self.crawler = crawler
        self.folder = folder
        self.index = index
        self.started = time.monotonic()
        self._task: LoopingCall | None = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PartitionWorkerExtension:
        folder = crawler.settings.get("ADALSCAN_PARTITION_DIR")
        if not folder:
            raise NotConfigured("not a partition worker")
        return cls(crawler, Path(folder), crawler.settings.getint("ADALSCAN_WORKER_INDEX"))

    def spider_opened(self, spider: Any) -> None:
        self.started = time.monotonic()
        self._task = LoopingCall(self.tick)
        self._task.start(1.0, now=True)

    def tick(self) -> None:
        try:
            write_json(progress_path(self.folder, self.index), progress_snapshot(self.crawler, self.started))
        except Exception:  # a missed progress line is not worth stopping the crawl for
            log.debug("progress snapshot failed", exc_info=True)

    def spider_closed(self, spider: Any, reason: str) -> None:
        if self._task is not None and self._task.running:
            self._task.stop()
        self.tick()
        sites, stats = worker_report(self.crawler, spider, reason)
        write_json(result_path(self.folder, self.index), {"sites": sites, "stats": stats})


def run_worker(folder: Path, index: int) -> int:
    """Run worker `index` of the partitioned crawl configured in `folder`; returns a process exit code."""
    import warnings

    exit_with_parent(signal.SIGKILL)

    config = read_json(folder / CONFIG_FILE)
    if not isinstance(config, dict):
        print(f"adalscan: error: no partitioned crawl is configured in {folder}", file=sys.stderr)
        return 2
    setup_logging(config.get("log_format", "json"), int(config.get("log_level", logging.INFO)), "off")
    set_context(run_id=config["run_id"], worker=index)
    warnings.filterwarnings("ignore", message=".*Passing a 'spider' argument.*")
    settings = worker_settings(config["settings"], index=index, folder=folder)
    institutions = [Institution(**row) for row in config["institutions"]]
    share = partition_share(institutions, index, int(config["workers"]))
    reason = crawl_as_worker(share, settings, spider_class=SiteSpider)
    return 0 if reason == "finished" else 1


def run_partitioned_crawl(institutions: list[Institution], settings: Mapping[str, Any], *, workers: int,
                          folder: Path | None = None, log_format: str = "json", log_level: int = logging.INFO,
                          on_progress: Callable[[dict[str, Any]], None] | None = None,
                          ) -> CrawlOutcome:
    """Crawl with `workers` local processes, each its own share of the sites; returns the merged outcome
    (as `run_distributed_crawl` does)."""
    folder = folder or Path(tempfile.mkdtemp(prefix="adalscan-partition-"))
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("w*.json"):  # an earlier attempt's reports
        stale.unlink()
    workers = max(1, min(workers, len(institutions)))
    write_json(folder / CONFIG_FILE, {
        "run_id": str(settings.get("ADALSCAN_RUN_ID", "")), "workers": workers,
        "institutions": [asdict(i) for i in institutions], "settings": dict(settings),
        "log_format": log_format, "log_level": log_level})
    procs = [subprocess.Popen([sys.executable, "-m", "crawler.partition", "--folder", str(folder), "--index", str(i)],
                              env=worker_env(), cwd=str(ROOT), stdin=subprocess.DEVNULL) for i in range(workers)]
    started = time.monotonic()
    try:
        while any(p.poll() is None for p in procs):
            time.sleep(0.5)
            failed = [i for i, p in enumerate(procs)
                      if p.poll() not in (None, 0) and not result_path(folder, i).exists()]
            if failed:  # it died: the run cannot be complete without its sites
                raise WorkerFailed(f"worker(s) {failed} exited with {[procs[i].returncode for i in failed]}")
            if on_progress is not None:
                snaps = [read_json(progress_path(folder, i)) for i in range(workers)]
                on_progress(aggregate_snapshots([s for s in snaps if isinstance(s, dict)], started, len(institutions)))
    except BaseException:
        stop_workers(procs)
        raise
    # A worker that stopped early (a signal) left results with its reason: merge_stats passes it on.
    results = [read_json(result_path(folder, i)) or {} for i in range(workers)]
    missing = [i for i, r in enumerate(results) if "sites" not in r]
    if missing:
        raise WorkerFailed(f"worker(s) {missing} left no results in {folder}")
    stats = merge_stats([r["stats"] for r in results])
    stats["worker_exit_codes"] = [p.returncode for p in procs]
    return CrawlOutcome(merge_site_results([r["sites"] for r in results]), str(stats["finish_reason"]), stats)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crawler.partition", description="one partitioned crawl worker")
    parser.add_argument("--folder", type=Path, required=True)
    parser.add_argument("--index", type=int, required=True)
    args = parser.parse_args(argv)
    return run_worker(args.folder, args.index)


if __name__ == "__main__":
    sys.exit(main())
