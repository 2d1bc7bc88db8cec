"""The crawl's stats collector: Scrapy's in-memory one, without the per-access deprecation shim.

Scrapy 2.14's StatsCollector routes every attribute access through a `__getattribute__` that formats a name
and raises and catches an AttributeError before it finds the method, and wraps each stats method in a check
for a deprecated `spider` argument. The crawl counts a dozen things per response, and a profile of a nightly
run at 300 institutions put that shim at 2 % of the crawl process's CPU. The methods still accept `spider`
(scrapy-redis's scheduler, in distributed mode, passes it); only the deprecation warning is gone.
"""

from __future__ import annotations

from scrapy.statscollectors import MemoryStatsCollector


class CrawlStats(MemoryStatsCollector):
    __getattribute__ = object.__getattribute__
