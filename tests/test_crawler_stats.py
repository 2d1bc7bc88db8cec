"""The crawl's stats collector counts as Scrapy's does, and is the one a crawl gets."""

from __future__ import annotations

from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.misc import load_object
from scrapy.utils.test import get_crawler

from crawler.runner import build_settings
from crawler.stats import CrawlStats


def test_counts_like_scrapys_collector() -> None:
    ours, scrapys = CrawlStats(get_crawler()), MemoryStatsCollector(get_crawler())
    for stats in (ours, scrapys):
        stats.inc_value("pages")
        stats.inc_value("pages", 2)
        stats.inc_value("bytes", 10, start=5)
        stats.max_value("peak", 3)
        stats.max_value("peak", 1)
        stats.min_value("low", 3)
        stats.min_value("low", 1)
        stats.set_value("reason", "finished")
    assert ours.get_stats() == scrapys.get_stats() == {"pages": 3, "bytes": 15, "peak": 3, "low": 1,
                                                        "reason": "finished"}
    assert ours.get_value("missing", 7) == 7


def test_accepts_the_spider_argument_scrapy_redis_passes() -> None:
    stats = CrawlStats(get_crawler())
    stats.inc_value("scheduler/enqueued/redis", spider=object())  # scrapy-redis's scheduler (distributed mode)
    assert stats.get_value("scheduler/enqueued/redis") == 1


def test_the_crawl_uses_it() -> None:
    assert load_object(build_settings({})["STATS_CLASS"]) is CrawlStats  # as Scrapy's Crawler loads it
