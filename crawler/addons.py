"""Scrapy add-ons: each switches on one way of crawling from a declared setting (crawler/settings.py, ADDONS).

A job asks for a kind of crawl with plain values (`ADALSCAN_INCREMENTAL=True`, `ADALSCAN_ARCHIVE=True`, ...);
the add-on that owns that kind puts its components into Scrapy's component dictionaries, so no job merges
middleware or pipeline dictionaries by hand, and `-s DOWNLOADER_MIDDLEWARES=...` still only extends them.

An add-on whose switch is off raises NotConfigured (no message): Scrapy then leaves it out silently, so its
"Enabled addons" log line lists only the ways of crawling this run uses.

Components are named by import path, not imported here: loading the add-ons must not import what a crawl
does not use (Redis for the distributed worker, warcio for the archive).
"""

from __future__ import annotations

from scrapy.exceptions import NotConfigured
from scrapy.settings import BaseSettings


def _put(settings: BaseSettings, name: str, components: dict[str, int | None]) -> None:
    """Set entries of a component priority dictionary whatever its setting's priority (as Scrapy's own
    set_in_component_priority_dict does, by import path)."""
    merged = settings.getdict(name)
    merged.update(components)
    settings.set(name, merged, priority=settings.getpriority(name) or 0)


class _AddOn:
    def __repr__(self) -> str:  # Scrapy logs the enabled add-ons by their repr
        return type(self).__name__


class IncrementalCrawl(_AddOn):
    """ADALSCAN_INCREMENTAL: the nightly HTTP cache (conditional requests, raw bodies kept in SQLite under
    HTTPCACHE_DIR), the meter of bytes really off the network, and detection reused for unchanged pages."""

    def update_settings(self, settings: BaseSettings) -> None:
        if not settings.getbool("ADALSCAN_INCREMENTAL"):
            raise NotConfigured
        settings.set("HTTPCACHE_ENABLED", True, priority="addon")
        settings.set("HTTPCACHE_POLICY", "crawler.incremental.NightlyCachePolicy", priority="addon")
        settings.set("HTTPCACHE_STORAGE", "crawler.incremental.SqliteCacheStorage", priority="addon")
        _put(settings, "DOWNLOADER_MIDDLEWARES", {
            "scrapy.downloadermiddlewares.httpcache.HttpCacheMiddleware": None,
            "crawler.incremental.NightlyCacheMiddleware": 900,  # Scrapy's place: below decompression (raw bodies)
            "crawler.incremental.TransferMeter": 950,  # between the cache and the network
        })
        _put(settings, "ITEM_PIPELINES", {
            "crawler.pipelines.DetectPipeline": None,
            "crawler.incremental.IncrementalDetectPipeline": 300,  # the same place, reusing unchanged pages' evidence
        })


class WarcArchive(_AddOn):
    """ADALSCAN_ARCHIVE: a WARC record of every response, next to the downloader (see crawler/archive.py)."""

    def update_settings(self, settings: BaseSettings) -> None:
        if not settings.getbool("ADALSCAN_ARCHIVE"):
            raise NotConfigured
        _put(settings, "DOWNLOADER_MIDDLEWARES", {"crawler.archive.WarcArchiveMiddleware": 955})


class NightlyProgress(_AddOn):
    """ADALSCAN_NIGHTLY: progress snapshots for the terminal and the log, and the stats file of the crawl."""

    def update_settings(self, settings: BaseSettings) -> None:
        if not settings.getbool("ADALSCAN_NIGHTLY"):
            raise NotConfigured
        _put(settings, "EXTENSIONS", {"crawler.progress.NightlyExtension": 500})


class DistributedWorker(_AddOn):
    """ADALSCAN_WORKER_ID: one worker of a crawl shared on Redis (crawler/distributed.py): the budget is kept
    in Redis, and the worker reports its sites and stats there."""

    def update_settings(self, settings: BaseSettings) -> None:
        if not settings.get("ADALSCAN_WORKER_ID"):
            raise NotConfigured
        _put(settings, "DOWNLOADER_MIDDLEWARES", {"crawler.distributed.SharedBudgetMiddleware": 29})
        _put(settings, "EXTENSIONS", {"crawler.distributed.WorkerExtension": 510})


class PartitionWorker(_AddOn):
    """ADALSCAN_PARTITION_DIR: one worker of a crawl split by site (crawler/partition.py), reporting progress
    and results to its coordinator through files in that folder."""

    def update_settings(self, settings: BaseSettings) -> None:
        if not settings.get("ADALSCAN_PARTITION_DIR"):
            raise NotConfigured
        _put(settings, "EXTENSIONS", {"crawler.partition.PartitionWorkerExtension": 510})
