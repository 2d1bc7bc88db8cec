"""NightlyExtension: progress snapshots, a stats file and the close reason of a nightly crawl.

Enabled by ADALSCAN_NIGHTLY. Every ADALSCAN_PROGRESS_INTERVAL seconds it takes a snapshot (sites done out
of total, pages, documents, evidence, bytes off the network, cache use) and hands it to
adalscan.logging_json.report_progress (a terminal line when someone watches); every
ADALSCAN_PROGRESS_LOG_INTERVAL seconds it also logs the snapshot as one structured line. When the spider
closes it writes ADALSCAN_STATS_FILE (JSON: finish reason, the crawl's adalscan/httpcache/downloader stats,
peak RSS), which is how `adalscan nightly` tells a finished crawl from an interrupted one.
"""

from __future__ import annotations

import json
import logging
import os
import resource
import time
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from twisted.internet.task import LoopingCall

from adalscan.logging_json import report_progress
from crawler.pagework import PageWork
from crawler.urls import site_host

log = logging.getLogger(__name__)

STAT_PREFIXES = ("adalscan/", "httpcache/", "downloader/", "item_scraped_count", "response_received_count",
                 "finish_reason", "elapsed_time_seconds", "scheduler/", "robotstxt/", "retry/")


def peak_rss_mb(crawler: Crawler | None = None) -> float:
    """Peak resident set size in MB: this process's, plus (given the crawler) its page workers' (pagework.py)."""
    own_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if crawler is None:
        return own_kb / 1024.0
    return (own_kb + PageWork.peak_rss_kb_of(crawler)) / 1024.0


def _busy_hosts(crawler: Crawler) -> set[str] | None:
    """Download slots (hosts) with queued or active requests; None when the scheduler cannot tell."""
    engine = crawler.engine
    if engine is None:
        return None
    busy: set[str] = set()
    scheduler = getattr(getattr(engine, "_slot", None), "scheduler", None)
    for queue in (getattr(scheduler, "mqs", None), getattr(scheduler, "dqs", None)):
        if queue is None:
            continue
        pqueues = getattr(queue, "pqueues", None)
        if pqueues is None:
            return None
        busy.update(slot for slot, pq in pqueues.items() if len(pq))
    if scheduler is None or getattr(scheduler, "mqs", None) is None:
        return None
    for key, slot in getattr(engine.downloader, "slots", {}).items():
        if slot.active or slot.queue:
            busy.add(key)
    return busy


def snapshot(crawler: Crawler, started: float) -> dict[str, Any]:
    """What a person (or the log) wants to know about a running crawl."""
    stats = crawler.stats
    get = (lambda key: int(stats.get_value(key, 0) or 0)) if stats is not None else (lambda key: 0)
    ledger = getattr(crawler.spider, "ledger", None)
    sites = getattr(ledger, "sites", {}) or {}
    busy = _busy_hosts(crawler)
    resolved = done = 0
    for site in sites.values():
        if not (site.home_ok or site.home_failure or site.any_page_ok):
            continue
        resolved += 1
        if busy is not None and not any(h in busy for h in site.scope_hosts | {site_host(site.institution.website)}):
            done += 1
    elapsed = time.monotonic() - started
    pages = get("adalscan/pages/fetched")
    return {"sites_total": len(sites), "sites_started": resolved, "sites_done": done if busy is not None else resolved,
            "pages": pages, "documents": get("adalscan/documents"), "evidence": get("adalscan/evidence"),
            "net_bytes": get("adalscan/net/bytes"), "net_responses": get("adalscan/net/responses"),
            "not_modified": get("adalscan/net/not_modified"), "cache_served": get("adalscan/cache/served"),
            "classified": get("adalscan/classify/ran"), "reused": get("adalscan/classify/reused"),
            "elapsed": round(elapsed, 1), "pages_per_s": round(pages / elapsed, 1) if elapsed > 0 else 0.0}


def crawl_stats(crawler: Crawler) -> dict[str, Any]:
    """The stats worth keeping with the run (JSON-able)."""
    stats = crawler.stats.get_stats() if crawler.stats is not None else {}
    return {k: (v if isinstance(v, (int, float, str, bool)) or v is None else str(v))
            for k, v in sorted(stats.items()) if k.startswith(STAT_PREFIXES)}


class NightlyExtension:
    """Progress and stats for `adalscan nightly` (see module docstring)."""

    def __init__(self, crawler: Crawler) -> None:
        s = crawler.settings
        if not s.getbool("ADALSCAN_NIGHTLY"):
            raise NotConfigured("not a nightly crawl")
        self.crawler = crawler
        self.stats_file = s.get("ADALSCAN_STATS_FILE") or ""
        self.interval = max(0.2, s.getfloat("ADALSCAN_PROGRESS_INTERVAL", 1.0))
        self.log_interval = s.getfloat("ADALSCAN_PROGRESS_LOG_INTERVAL", 60.0)
        self.started = time.monotonic()
        self._last_log = self.started
        self._task: LoopingCall | None = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> NightlyExtension:
        return cls(crawler)

    def spider_opened(self, spider: Any) -> None:
        self.started = self._last_log = time.monotonic()
        self._task = LoopingCall(self.tick)
        self._task.start(self.interval, now=False)

    def tick(self) -> None:
        try:
            snap = snapshot(self.crawler, self.started)
        except Exception:  # progress is cosmetic; it must never stop the crawl
            log.debug("progress snapshot failed", exc_info=True)
            return
        report_progress(snap)
        now = time.monotonic()
        if self.log_interval > 0 and now - self._last_log >= self.log_interval:
            self._last_log = now
            log.info("progress: %d/%d sites done, %d pages, %d documents, %d evidence", snap["sites_done"],
                     snap["sites_total"], snap["pages"], snap["documents"], snap["evidence"],
                     extra={"progress": snap})

    def spider_closed(self, spider: Any, reason: str) -> None:
        if self._task is not None and self._task.running:
            self._task.stop()
        snap = snapshot(self.crawler, self.started)
        report_progress({**snap, "sites_done": snap["sites_total"] if reason == "finished" else snap["sites_done"]})
        if self.stats_file:
            write_stats_file(Path(self.stats_file), {"finish_reason": reason, "stats": crawl_stats(self.crawler),
                                                     "progress": snap, "peak_rss_mb": round(peak_rss_mb(self.crawler), 1),
                                                     "pid": os.getpid()})


def write_stats_file(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8")
    os.replace(tmp, path)

