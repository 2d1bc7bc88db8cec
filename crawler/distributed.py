"""Distributed nightly crawl: several worker processes (on one or more machines) sharing one crawl on Redis.

scrapy-redis 0.9.1 provides the shared pieces and works with Scrapy 2.19 when the spider seeds through
`async def start()` (checked: requests yielded there are pushed to the Redis queue, any worker pops them):
- the scheduler queue (a Redis sorted set by priority) and the request dupefilter (a Redis set) are shared,
  so each URL, a site's home page included, is fetched by exactly one worker;
- worker 0 alone seeds the home pages; the others start empty and pull from the queue.
What scrapy-redis leaves to us, done here:
- ending the crawl: a worker closes only when the queue is empty and every registered worker is idle
  (idle flags in Redis, set when a worker's engine is idle and cleared *before* it pops; heartbeats let a
  dead worker be skipped after DEAD_AFTER seconds);
- per-site state: the page budget is counted in Redis (SharedBudgetMiddleware), scope hosts learnt from a
  redirected home page are shared, and each worker's per-site results are merged (`merge_site_results`);
- fairness and politeness: the shared queue (`HostFairQueue`) keeps one priority queue per host, serves
  hosts in turn and lets each host be served at most once per DOWNLOAD_DELAY by all workers together
  (atomically, in Lua, on Redis' clock); per-host concurrency is divided between the workers.

Results go to the results store named by ADALSCAN_STORE_URL (PostgreSQL for workers on several machines;
SQLite works for workers on one machine). Each worker writes its own WARC files (suffix -w<N>).

Run by `adalscan nightly --workers N` (the coordinator: `run_distributed_crawl`), or joined from another
machine with `adalscan nightly-worker --redis URL --out DIR` (`python -m crawler.distributed` underneath).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import signal
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import asdict
from pathlib import Path
from typing import Any

import scrapy
from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.http import Response
from scrapy.utils.defer import deferred_from_coro
from scrapy.utils.httpobj import urlparse_cached
from scrapy_redis.queue import Base as RedisQueueBase
from scrapy_redis.scheduler import Scheduler as RedisScheduler
from twisted.internet.task import LoopingCall

from adalscan.logging_json import set_context, setup_logging
from adalscan.models import CrawlOutcome, CrawlStatus, Institution, SiteResult
from adalscan.notes import SEPARATOR, note
from crawler import settings as defaults
from crawler.failures import AlreadyFetched, SiteBudgetExhausted
from crawler.ledger import SiteState
from crawler.processes import exit_with_parent as die_with_parent
from crawler.progress import crawl_stats, peak_rss_mb, snapshot
from crawler.runner import run_crawl
from crawler.spiders.site import MIN_REREAD_TEXT_SCORE, SiteSpider, max_rereads, reread_meta

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
DEAD_AFTER = 90.0  # seconds without a heartbeat after which a worker is taken for dead
CURRENT_KEY = "adalscan:nightly:current"
NEVER_ANSWERED = note("crawl_home_silent")
NOT_ADDITIVE = frozenset({"elapsed_time_seconds", "memusage/max", "memusage/startup", "request_depth_max"})


def redis_client(url: str) -> Any:
    import redis

    return redis.Redis.from_url(url, decode_responses=True, socket_timeout=30, socket_connect_timeout=10)


class Keys:
    """The Redis keys of one run's distributed crawl."""

    def __init__(self, run_id: str) -> None:
        self.prefix = f"adalscan:{run_id}"

    def __getattr__(self, name: str) -> str:
        return f"{self.prefix}:{name}"

    def budget(self, institution_id: str) -> str:
        return f"{self.prefix}:pages:{institution_id}"

    def scope(self, institution_id: str) -> str:
        return f"{self.prefix}:scope:{institution_id}"

    def anchors(self, url: str) -> str:
        return f"{self.prefix}:anchors:{url}"


def clear_run_keys(client: Any, run_id: str) -> int:
    n = 0
    for key in client.scan_iter(match=f"adalscan:{run_id}:*", count=1000):
        n += int(client.delete(key))
    return n


# -- the spider and its helpers -------------------------------------------------------------------------
class DistributedSiteSpider(SiteSpider):
    """SiteSpider for one worker among several: seeds only on worker 0, shares scope hosts via Redis."""

    name = "site"
    shares_anchors = True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._anchor_buffer: list[tuple[str, str]] = []

    def _redis(self) -> tuple[Any, Keys]:
        client = getattr(self, "_redis_client", None)
        if client is None:
            client = self._redis_client = redis_client(self.settings["REDIS_URL"])
            self._keys = Keys(self.settings["ADALSCAN_RUN_ID"])
            self._scope_checked: dict[str, float] = {}
            self._raise_read = client.register_script(_RAISE_LUA)
        return client, self._keys

    async def start(self) -> AsyncIterator[scrapy.Request]:
        client, keys = self._redis()
        if self.settings.getint("ADALSCAN_WORKER_INDEX") == 0:
            async for request in super().start():
                yield request
            client.set(keys.seeded, "1")  # every home page is in the shared queue now

    def _sync_scope(self, inst_id: str) -> None:
        """Take in scope hosts other workers learnt (a home page that redirected to another host)."""
        site = self.ledger.get(inst_id)
        if site is None:
            return
        now = time.monotonic()
        if now - self._scope_checked.get(inst_id, 0.0) < 5.0:
            return
        self._scope_checked[inst_id] = now
        client, keys = self._redis()
        site.scope_hosts.update(client.smembers(keys.scope(inst_id)))
        site.home_ok = site.home_ok or bool(client.sismember(keys.homes, inst_id))

    def _anchor_noted(self, site: SiteState, url: str, text: str) -> None:
        self._anchor_buffer.append((url, text))  # sent in one round trip before the page's links are queued

    def _shared_anchors(self, urls: list[str], read_score: float) -> list[str]:
        # Marked read first, texts taken second; another worker sends its texts first and asks whether the
        # page was read second (may_reread): whatever the interleaving, a text is read with the page or
        # makes the page be read again.
        client, keys = self._redis()
        with client.pipeline(transaction=False) as pipe:
            for url in urls:
                self._raise_read(keys=[keys.read_scores], args=[url, read_score], client=pipe)
                pipe.smembers(keys.anchors(url))
                pipe.delete(keys.anchors(url))  # a page is read once: its texts are not needed again
            found = pipe.execute()[1::3]  # (raise, members, delete) per URL
        return sorted({text for members in found for text in members})  # sorted: the same on every worker

    def _share_anchors(self) -> None:
        if not self._anchor_buffer:
            return
        client, keys = self._redis()
        with client.pipeline(transaction=False) as pipe:
            for url, text in self._anchor_buffer:
                pipe.sadd(keys.anchors(url), text)
            pipe.execute()
        self._anchor_buffer.clear()

    async def parse(self, response: Response) -> AsyncIterator[Any]:
        inst_id = response.meta.get("adalscan_inst")
        site = self.ledger.get(inst_id)
        if site is None:
            async for output in super().parse(response):
                yield output
            return
        assert inst_id is not None  # the ledger has no site for None
        self._redis()
        self._sync_scope(inst_id)
        before = set(site.scope_hosts)
        async for output in super().parse(response):
            yield output
        client, keys = self._redis()
        grown = site.scope_hosts - before
        if grown:
            client.sadd(keys.scope(inst_id), *grown)
        if response.meta.get("adalscan_home") and site.home_ok:
            client.sadd(keys.homes, inst_id)


_PUSH_LUA = """
local q = KEYS[1] .. ':q:' .. ARGV[1]
local added = redis.call('ZADD', q, ARGV[3], ARGV[2])
if added == 1 then redis.call('INCR', KEYS[1] .. ':n') end
local now = redis.call('TIME')
local t = tonumber(now[1]) + tonumber(now[2]) / 1000000
local nxt = redis.call('HGET', KEYS[1] .. ':next', ARGV[1])
if nxt and tonumber(nxt) > t then t = tonumber(nxt) end
redis.call('ZADD', KEYS[1] .. ':ready', 'NX', t, ARGV[1])
return added
"""
_POP_LUA = """
local now = redis.call('TIME')
local t = tonumber(now[1]) + tonumber(now[2]) / 1000000
local ready = KEYS[1] .. ':ready'
for i = 1, 100 do
  local hosts = redis.call('ZRANGEBYSCORE', ready, '-inf', t, 'LIMIT', 0, 1)
  if #hosts == 0 then return false end
  local host = hosts[1]
  local q = KEYS[1] .. ':q:' .. host
  local item = redis.call('ZPOPMIN', q)
  if #item == 0 then
    redis.call('ZREM', ready, host)
  else
    redis.call('DECR', KEYS[1] .. ':n')
    local nxt = t + tonumber(ARGV[1])
    redis.call('HSET', KEYS[1] .. ':next', host, nxt)
    if redis.call('ZCARD', q) == 0 then redis.call('ZREM', ready, host) else redis.call('ZADD', ready, nxt, host) end
    return item[1]
  end
end
return false
"""


class HostFairQueue(RedisQueueBase):
    """The shared frontier: one priority queue per host, hosts taken in turn, each host at most once per
    ADALSCAN_SHARED_DELAY (with Scrapy's jitter) across *all* workers, enforced atomically in Redis.

    scrapy-redis' own PriorityQueue is one global sorted set: a worker may pop dozens of requests of one
    host into its downloader, where they wait out that worker's per-host delay while other hosts idle,
    and N workers each keep their own per-host delay, so a host sees N times the rate. Here the delay is
    the host's, not the worker's, and the order across hosts is round-robin (least recently served first).
    """

    def __init__(self, server: Any, spider: Any, key: str, serializer: Any = None) -> None:
        super().__init__(server, spider, key, serializer)
        self.delay = spider.settings.getfloat("ADALSCAN_SHARED_DELAY")
        self.jitter = spider.settings.getfloat("DOWNLOAD_DELAY_JITTER", 0.5)
        self._push = server.register_script(_PUSH_LUA)
        self._pop = server.register_script(_POP_LUA)

    def __len__(self) -> int:
        return max(0, int(self.server.get(self.key + ":n") or 0))

    def push(self, request: Request) -> None:
        slot = request.meta.get("download_slot") or urlparse_cached(request).hostname or ""
        self._push(keys=[self.key], args=[slot, self._encode_request(request), -request.priority])

    def pop(self, timeout: int = 0) -> Request | None:
        delay = self.delay * random.uniform(1 - self.jitter, 1 + self.jitter) if self.delay else 0.0
        data = self._pop(keys=[self.key], args=[f"{delay:.6f}"])
        return self._decode_request(data) if data else None

    def clear(self) -> None:
        for key in list(self.server.scan_iter(match=self.key + ":*", count=1000)):
            self.server.delete(key)


class CoordinatedScheduler(RedisScheduler):
    """scrapy-redis' scheduler, plus this worker's idle flag in Redis (cleared before any pop)."""

    worker_id: str = ""
    state_key: str = ""
    keys: Keys
    idle_marked: bool = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CoordinatedScheduler:
        instance: CoordinatedScheduler = super().from_crawler(crawler)
        instance.worker_id = crawler.settings["ADALSCAN_WORKER_ID"]
        instance.keys = Keys(crawler.settings["ADALSCAN_RUN_ID"])
        instance.state_key = instance.keys.state
        return instance

    def mark_idle(self) -> None:
        self.server.hset(self.state_key, self.worker_id, "idle")
        self.idle_marked = True

    def enqueue_request(self, request: Request) -> bool:
        if not request.dont_filter and self.df.request_seen(request):
            if not may_reread(self.server, self.keys, request):
                self.df.log(request, self.spider)
                return False
            request = request.replace(dont_filter=True)  # SharedBudgetMiddleware decides, once for all workers
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        self.queue.push(request)
        return True

    def next_request(self) -> Request | None:
        if self.idle_marked:
            # Busy first, pop second: whoever finds the queue empty afterwards also finds us busy.
            self.server.hset(self.state_key, self.worker_id, "busy")
            self.idle_marked = False
            request = self.queue.pop(0)
            if request is None:
                self.mark_idle()
        else:
            request = self.queue.pop(0)
        if request is not None and self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request


def may_reread(client: Any, keys: Keys, request: Request) -> bool:
    """A link to a page some worker already read, whose text names an artefact better than the texts it was
    read with (the distributed side of SiteSpider._reread)."""
    score = request.meta.get("adalscan_text_score")
    if not request.meta.get("adalscan_anchor") or score is None or float(score) < MIN_REREAD_TEXT_SCORE:
        return False
    read = client.hget(keys.read_scores, request.url)
    return read is not None and float(score) > float(read)


_RAISE_LUA = """
local current = tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '-1')
if tonumber(ARGV[2]) > current then redis.call('HSET', KEYS[1], ARGV[1], ARGV[2]) return 1 end
return 0
"""


class SharedBudgetMiddleware:
    """Counts each site's pages in Redis, so the page budget holds across workers (before the local budget).

    It also drops the second copy of a link the spider queued again at a better priority when another
    worker already sent the first one to its downloader (the spider's own check only knows its process).
    """

    def __init__(self, crawler: Crawler) -> None:
        s = crawler.settings
        self.crawler = crawler
        self.client = redis_client(s["REDIS_URL"])
        self.keys = Keys(s["ADALSCAN_RUN_ID"])
        self.max_pages = s.getint("ADALSCAN_MAX_PAGES_PER_SITE")
        self.max_rereads = max_rereads(self.max_pages)
        self._raise = self.client.register_script(_RAISE_LUA)

    def _first_reread(self, institution_id: str, request: Request) -> bool:
        """One worker reads a page again for a better text (the read score is raised atomically), and at
        most max_rereads a site."""
        score = float(request.meta.get("adalscan_text_score", 0.0))
        if not int(self._raise(keys=[self.keys.read_scores], args=[request.url, score])):
            return False
        return int(self.client.hincrby(self.keys.reread_counts, institution_id, 1)) <= self.max_rereads

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedBudgetMiddleware:
        if not crawler.settings.get("REDIS_URL"):
            raise NotConfigured("not a distributed crawl")
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        inst = request.meta.get("adalscan_inst")
        if not inst or request.meta.get("adalscan_home") or request.meta.get("adalscan_shared_counted"):
            return None
        if request.meta.get("adalscan_reread"):  # a worker's spider asks to read a page it read once more
            if self._first_reread(inst, request):
                request.meta["adalscan_shared_counted"] = True
                return None
            raise AlreadyFetched(request.url)
        if not int(self.client.sadd(self.keys.downloaded, request.url)):
            if may_reread(self.client, self.keys, request) and self._first_reread(inst, request):
                # Another worker read this page before this better link text was seen: read it again.
                request.meta.update(reread_meta(inst, request.url, request.meta["adalscan_anchor"],
                                                float(request.meta["adalscan_text_score"])))
                request.meta["adalscan_shared_counted"] = True
                return None
            raise AlreadyFetched(request.url)
        request.meta["adalscan_shared_counted"] = True
        if int(self.client.incr(self.keys.budget(inst))) > self.max_pages:
            ledger = getattr(self.crawler.spider, "ledger", None)
            site = ledger.get(inst) if ledger is not None else None
            if site is not None and not site.budget_hit:
                site.budget_hit = "pages"
            raise SiteBudgetExhausted("pages budget exhausted (counted across workers)")
        return None


class WorkerExtension:
    """Registration, heartbeat, progress, the shared idle rule, and posting results at the end."""

    def __init__(self, crawler: Crawler) -> None:
        s = crawler.settings
        self.crawler = crawler
        self.client = redis_client(s["REDIS_URL"])
        self.keys = Keys(s["ADALSCAN_RUN_ID"])
        self.worker_id = s["ADALSCAN_WORKER_ID"]
        self.started = time.monotonic()
        self.stopping = False
        self._task: LoopingCall | None = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WorkerExtension:
        if not crawler.settings.get("ADALSCAN_WORKER_ID"):
            raise NotConfigured("not a distributed worker")
        return cls(crawler)

    def spider_opened(self, spider: Any) -> None:
        self.client.sadd(self.keys.workers, self.worker_id)
        self.client.hset(self.keys.state, self.worker_id, "busy")
        self.started = time.monotonic()
        self._task = LoopingCall(self.tick)
        self._task.start(1.0, now=True)
        self._kick = LoopingCall(self.kick)
        self._kick.start(0.05, now=False)

    def kick(self) -> None:
        """Look at the shared queue often: a host becomes ready when its delay is over, not on Scrapy's
        5-second heartbeat."""
        slot = getattr(self.crawler.engine, "_slot", None)
        if slot is not None and not self.crawler.engine.needs_backout():
            slot.nextcall.schedule()

    def coordinator_gone(self) -> bool:
        beat = self.client.get(self.keys.coordinator)
        return beat is None or time.time() - float(beat) > DEAD_AFTER

    def tick(self) -> None:
        try:
            if self.coordinator_gone():
                # Nobody will merge what this worker finds: stop rather than crawl (or wait) for nothing.
                if not self.stopping:
                    self.stopping = True
                    log.error("the coordinator of run %s is gone; this worker stops", self.keys.prefix)
                    deferred_from_coro(self.crawler.engine.close_spider_async(
                        reason="coordinator_gone"))
                return
            self.client.hset(self.keys.hb, self.worker_id, str(time.time()))
            snap = progress_snapshot(self.crawler, self.started)
            self.client.hset(self.keys.progress, self.worker_id, json.dumps(snap))
        except Exception:  # a missed heartbeat is not worth stopping the crawl for
            log.debug("worker tick failed", exc_info=True)

    def all_done(self) -> bool:
        if not self.client.exists(self.keys.seeded):
            return False
        if int(self.client.get(self.keys.requests + ":n") or 0) > 0:
            return False
        states = self.client.hgetall(self.keys.state)
        beats = self.client.hgetall(self.keys.hb)
        now = time.time()
        for worker in self.client.smembers(self.keys.workers):
            if states.get(worker) in ("idle", "done"):
                continue
            if now - float(beats.get(worker, now)) > DEAD_AFTER:
                log.warning("worker %s has not been heard of for %.0f s; going on without it", worker,
                            now - float(beats.get(worker, now)))
                continue
            return False
        return True

    def spider_idle(self, spider: Any) -> None:
        scheduler = getattr(getattr(self.crawler.engine, "_slot", None), "scheduler", None)
        if isinstance(scheduler, CoordinatedScheduler):
            scheduler.mark_idle()
        if not self.all_done():
            raise DontCloseSpider("other workers are still crawling")

    def spider_closed(self, spider: Any, reason: str) -> None:
        for task in (self._task, getattr(self, "_kick", None)):
            if task is not None and task.running:
                task.stop()
        sites, stats = worker_report(self.crawler, spider, reason)
        self.client.hset(self.keys.sites, self.worker_id, json.dumps(sites))
        self.client.hset(self.keys.stats, self.worker_id, json.dumps(stats, default=str))
        self.client.hset(self.keys.state, self.worker_id, "done")


def worker_report(crawler: Crawler, spider: Any, reason: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """What a worker hands the coordinator at its end: its view of each site, and its stats."""
    sites = {}
    ledger = getattr(spider, "ledger", None)
    for inst_id, site in (getattr(ledger, "sites", None) or {}).items():
        row = asdict(site.result)
        row["crawl_status"] = str(site.result.crawl_status)
        sites[inst_id] = {**row, "home_attempted": bool(site.home_ok or site.home_failure)}
    stats = {"finish_reason": reason, "stats": crawl_stats(crawler), "peak_rss_mb": round(peak_rss_mb(crawler), 1)}
    return sites, stats


def progress_snapshot(crawler: Crawler, started: float) -> dict[str, Any]:
    """A worker's progress, as the coordinator adds it up (`aggregate_snapshots`)."""
    snap = snapshot(crawler, started)
    ledger = getattr(crawler.spider, "ledger", None)
    snap["homes_resolved"] = sum(1 for site in getattr(ledger, "sites", {}).values()
                                 if site.home_ok or site.home_failure)
    return snap


# -- merging per-worker results -------------------------------------------------------------------------
def merge_site_results(per_worker: list[Mapping[str, Mapping[str, Any]]]) -> dict[str, SiteResult]:
    """One SiteResult per institution from every worker's view of it.

    Counts add up. A site any worker crawled is crawled (budget_exhausted wins over ok); otherwise its
    status comes from the worker that tried its home page (the others never saw it).
    """
    merged: dict[str, SiteResult] = {}
    ids: list[str] = []
    for view in per_worker:
        ids.extend(i for i in view if i not in ids)
    for inst_id in ids:
        rows = [view[inst_id] for view in per_worker if inst_id in view]
        result = SiteResult(inst_id, pages_fetched=sum(int(r["pages_fetched"]) for r in rows),
                            bytes_fetched=sum(int(r["bytes_fetched"]) for r in rows),
                            documents=sum(int(r["documents"]) for r in rows), errors=sum(int(r["errors"]) for r in rows),
                            pages_discovered=sum(int(r.get("pages_discovered", 0)) for r in rows),
                            pages_unfetched=sum(int(r.get("pages_unfetched", 0)) for r in rows))
        reasons = [c for r in rows for c in str(r.get("cut_reason") or "").split("+") if c]
        result.cut_reason = "+".join(dict.fromkeys(reasons))
        crawled = [r for r in rows if CrawlStatus(r["crawl_status"]).crawled]
        if crawled:
            budget = any(r["crawl_status"] == CrawlStatus.BUDGET_EXHAUSTED for r in crawled)
            result.crawl_status = CrawlStatus.BUDGET_EXHAUSTED if budget else CrawlStatus.OK
            details = [r["detail"] for r in crawled if r["detail"]]
        else:
            chosen = next((r for r in rows if r.get("home_attempted")), rows[0])
            result.crawl_status = CrawlStatus(chosen["crawl_status"])
            details = [chosen["detail"]] if chosen["detail"] else []
        unique = list(dict.fromkeys(d for d in details if d != NEVER_ANSWERED))
        result.detail = SEPARATOR.join(unique)[:1000]
        merged[inst_id] = result
    return merged


def merge_stats(per_worker: list[Mapping[str, Any]]) -> dict[str, Any]:
    """Numeric stats summed across workers; the first non-'finished' reason wins."""
    total: dict[str, Any] = {}
    reasons = [str(w.get("finish_reason", "")) for w in per_worker]
    for worker in per_worker:
        for key, value in (worker.get("stats") or {}).items():
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                # Times and peaks are not additive: the crawl took as long as its slowest worker.
                total[key] = max(total.get(key, 0), value) if key in NOT_ADDITIVE else total.get(key, 0) + value
    reason = next((r for r in reasons if r != "finished"), "finished") if reasons else "no workers"
    return {"finish_reason": reason, "stats": total, "workers": len(per_worker),
            "peak_rss_mb": max((float(w.get("peak_rss_mb", 0)) for w in per_worker), default=0.0),
            "peak_rss_mb_per_worker": [w.get("peak_rss_mb", 0) for w in per_worker]}


# -- settings of a worker -------------------------------------------------------------------------------
def worker_settings(base: Mapping[str, Any], *, redis_url: str, run_id: str, index: int, workers: int,
                    worker_id: str) -> dict[str, Any]:
    """The crawl settings of worker `index` of `workers`: scrapy-redis scheduling, politeness shared out."""
    keys = Keys(run_id)
    settings = dict(base)
    settings.update({
        "SCHEDULER": "crawler.distributed.CoordinatedScheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_QUEUE_CLASS": "crawler.distributed.HostFairQueue",
        "SCHEDULER_QUEUE_KEY": keys.requests, "SCHEDULER_DUPEFILTER_KEY": keys.dupefilter,
        "SCHEDULER_PERSIST": True,  # the coordinator clears the run's keys; a closing worker must not
        "REDIS_URL": redis_url, "ADALSCAN_WORKER_INDEX": index, "ADALSCAN_WORKER_ID": worker_id,
        "ADALSCAN_ARCHIVE_SUFFIX": f"-w{index}",
        # Local workers share the HTTP cache file: each entry is committed at once (a batch would hold the
        # write lock while the others wait) and looked up there (another worker may just have stored it).
        "ADALSCAN_CACHE_SHARED": True,
    })
    # The workers are the parallelism here: each reads its own pages (more processes would only contend).
    settings.setdefault("ADALSCAN_PAGE_WORKERS", 0)
    suffix_stats_file(settings, index)
    # Politeness moves from each worker's downloader to the shared queue: a host is served at most once per
    # delay by all workers together. AutoThrottle (per process) is replaced by that fixed shared delay.
    delay = float(settings.get("DOWNLOAD_DELAY", defaults.DOWNLOAD_DELAY))
    per_domain = int(settings.get("CONCURRENT_REQUESTS_PER_DOMAIN", defaults.CONCURRENT_REQUESTS_PER_DOMAIN))
    settings["ADALSCAN_SHARED_DELAY"] = delay
    settings["DOWNLOAD_DELAY"] = 0
    settings["AUTOTHROTTLE_ENABLED"] = False
    settings["CONCURRENT_REQUESTS_PER_DOMAIN"] = max(1, -(-per_domain // max(1, workers)))
    return settings  # ADALSCAN_WORKER_ID switches on the worker's components (crawler.addons.DistributedWorker)


def suffix_stats_file(settings: dict[str, Any], index: int) -> None:
    """Each worker writes its own crawl-stats file (crawl-stats-w<N>.json)."""
    if settings.get("ADALSCAN_STATS_FILE"):
        stats = Path(str(settings["ADALSCAN_STATS_FILE"]))
        settings["ADALSCAN_STATS_FILE"] = str(stats.with_name(f"{stats.stem}-w{index}{stats.suffix}"))


# -- a worker process -----------------------------------------------------------------------------------
def run_worker(redis_url: str, run_id: str | None, index: int | None, out: Path | None = None,
               exit_with_parent: bool = False) -> int:
    """Run one worker of the run published in Redis; returns a process exit code."""
    import warnings

    if exit_with_parent:
        die_with_parent(signal.SIGKILL)

    client = redis_client(redis_url)
    run_id = run_id or client.get(CURRENT_KEY)
    if not run_id:
        print("adalscan: error: no distributed nightly run is going on", file=sys.stderr)
        return 2
    keys = Keys(run_id)
    raw = client.get(keys.config)
    if raw is None:
        print(f"adalscan: error: run {run_id} has no configuration in Redis", file=sys.stderr)
        return 2
    config = json.loads(raw)
    if index is None:
        index = int(client.incr(keys.next_index)) - 1
    setup_logging(config.get("log_format", "json"), int(config.get("log_level", logging.INFO)), "off")
    set_context(run_id=run_id, worker=index)
    warnings.filterwarnings("ignore", message=".*Passing a 'spider' argument.*")
    base = dict(config["settings"])
    if out is not None:  # a worker on another machine keeps its cache and archive on its own disk
        if not str(base.get("ADALSCAN_STORE_URL", "")).startswith(("postgresql://", "postgres://")):
            print("adalscan: error: workers on other machines need a PostgreSQL results store", file=sys.stderr)
            return 2
        run_path = out / "runs" / run_id
        base["HTTPCACHE_DIR"] = str((out / "httpcache").resolve())
        base["ADALSCAN_ARCHIVE_DIR"] = str((run_path / "archive").resolve())
        base["ADALSCAN_STATS_FILE"] = str((run_path / "crawl-stats.json").resolve())
    worker_id = f"{socket.gethostname()}-{os.getpid()}-w{index}"
    settings = worker_settings(base, redis_url=redis_url, run_id=run_id, index=index,
                               workers=int(config["workers"]), worker_id=worker_id)
    institutions = [Institution(**row) for row in config["institutions"]]
    reason = crawl_as_worker(institutions, settings)
    return 0 if reason == "finished" else 1


def crawl_as_worker(institutions: list[Institution], overrides: Mapping[str, Any],
                    spider_class: type[SiteSpider] | None = None) -> str:
    """One worker's crawl (blocking); returns the spider's close reason (its sites and stats go to the
    coordinator through Redis or its folder, written by the worker's extension)."""
    return run_crawl(institutions, overrides, spider_class or DistributedSiteSpider).finish_reason


# -- the coordinator ------------------------------------------------------------------------------------
def run_distributed_crawl(institutions: list[Institution], settings: Mapping[str, Any], *, workers: int,
                          redis_url: str, log_format: str = "json", log_level: int = logging.INFO,
                          on_progress: Callable[[dict[str, Any]], None] | None = None,
                          ) -> CrawlOutcome:
    """Start `workers` local worker processes on a fresh shared crawl and wait for every worker
    (local or joined from elsewhere); returns the merged outcome (site results, stats, close reason)."""
    run_id = str(settings["ADALSCAN_RUN_ID"])
    client = redis_client(redis_url)
    client.ping()
    keys = Keys(run_id)
    clear_run_keys(client, run_id)  # a resumed run starts its queue afresh; the HTTP cache makes that cheap
    config = {"run_id": run_id, "workers": workers, "institutions": [asdict(i) for i in institutions],
              "settings": {k: v for k, v in settings.items()}, "log_format": log_format, "log_level": log_level,
              "created": time.time()}
    client.set(keys.config, json.dumps(config, default=str))
    client.set(keys.next_index, workers)
    client.set(keys.coordinator, str(time.time()))
    client.set(CURRENT_KEY, run_id)
    env = worker_env()
    procs = [subprocess.Popen([sys.executable, "-m", "crawler.distributed", "--redis", redis_url, "--run-id", run_id,
                               "--index", str(i), "--exit-with-parent"], env=env, cwd=str(ROOT), stdin=subprocess.DEVNULL)
             for i in range(workers)]
    started = time.monotonic()
    try:
        _wait_for_workers(client, keys, procs, started, on_progress)
    except BaseException:
        stop_workers(procs)
        raise
    failed = [i for i, p in enumerate(procs) if p.returncode not in (0, None)]
    views = [json.loads(v) for v in client.hgetall(keys.sites).values()]
    stats = merge_stats([json.loads(v) for v in client.hgetall(keys.stats).values()])
    stats["worker_exit_codes"] = [p.returncode for p in procs]
    if client.get(CURRENT_KEY) == run_id:
        client.delete(CURRENT_KEY)
    clear_run_keys(client, run_id)
    if failed:
        stats["finish_reason"] = f"worker(s) {failed} failed"
    return CrawlOutcome(merge_site_results(views), str(stats["finish_reason"]), stats)


def worker_env() -> dict[str, str]:
    """The environment of a local worker process: this one's, with the project importable."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


def stop_workers(procs: list[subprocess.Popen[bytes]], grace: float = 60.0) -> None:
    """SIGTERM every worker still running (each closes its spider: a graceful stop), then wait; kill the
    ones that take longer than `grace` seconds."""
    for proc in procs:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
    for proc in procs:
        try:
            proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            proc.kill()


class WorkerFailed(RuntimeError):
    """A worker process ended without finishing its crawl; the others are stopped and the run stays resumable."""


def _wait_for_workers(client: Any, keys: Keys, procs: list[subprocess.Popen[bytes]], started: float,
                      on_progress: Callable[[dict[str, Any]], None] | None) -> None:
    while True:
        time.sleep(0.5)
        client.set(keys.coordinator, str(time.time()))  # workers give up when this stops moving
        if on_progress is not None:
            on_progress(aggregate_progress(client, keys, started))
        failed = [i for i, p in enumerate(procs) if p.poll() not in (None, 0)]
        if failed:
            # The crawl cannot end well without it (worker 0 seeds the queue; others hold popped requests).
            raise WorkerFailed(f"worker(s) {failed} exited with {[procs[i].returncode for i in failed]}")
        if any(p.poll() is None for p in procs):
            continue
        states = client.hgetall(keys.state)
        beats = client.hgetall(keys.hb)
        now = time.time()
        remote_busy = [w for w in client.smembers(keys.workers) if states.get(w) != "done"
                       and now - float(beats.get(w, 0)) <= DEAD_AFTER]
        if not remote_busy:
            return


def aggregate_progress(client: Any, keys: Keys, started: float) -> dict[str, Any]:
    return aggregate_snapshots([json.loads(v) for v in client.hgetall(keys.progress).values()], started)


def aggregate_snapshots(snaps: list[dict[str, Any]], started: float, sites_total: int = 0) -> dict[str, Any]:
    """The whole crawl's progress from the workers' snapshots (`progress_snapshot`)."""
    total: dict[str, Any] = {"elapsed": round(time.monotonic() - started, 1), "workers": len(snaps)}
    for key in ("pages", "documents", "evidence", "net_bytes", "net_responses", "not_modified", "cache_served",
                "classified", "reused", "homes_resolved"):
        total[key] = sum(int(s.get(key, 0)) for s in snaps)
    total["sites_total"] = sites_total or max((int(s.get("sites_total", 0)) for s in snaps), default=0)
    total["sites_done"] = min(total["sites_total"], total["homes_resolved"])
    total["pages_per_s"] = round(total["pages"] / total["elapsed"], 1) if total["elapsed"] else 0.0
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crawler.distributed", description="one distributed crawl worker")
    parser.add_argument("--redis", required=True)
    parser.add_argument("--run-id", default=None)
    parser.add_argument("--index", type=int, default=None)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--exit-with-parent", action="store_true")
    args = parser.parse_args(argv)
    return run_worker(args.redis, args.run_id, args.index, args.out, args.exit_with_parent)


if __name__ == "__main__":
    sys.exit(main())
