"""Page work off the reactor: reading every document (HTML, PDF, office files) and detection, in worker processes.

Scrapy's reactor is one thread on one core. Past a few hundred pages a second the crawl is slowed by what
is done with each page (reading HTML, PDF and DOCX text, matching the catalog), not by the network. PageWork
runs that work in ADALSCAN_PAGE_WORKERS processes (-1, the default: every core but the reactor's; 0: inline,
on the reactor). The spider awaits `extract`, DetectPipeline awaits `detect`: the stages and their typed
contracts stay as they were. Jobs asked for in one turn of the event loop travel to the pool as one batch
(see PageWork._send).

A worker that dies (a hostile file crashing a C library, the OOM killer) costs only the documents it held:
the pool is rebuilt and each such document is tried again on its own, one at a time, and a document that
kills a worker twice is given up with PageWorkCrashed, which the caller records as a note on the site.
Workers are replaced every ADALSCAN_PAGE_WORKER_MAX_TASKS jobs (a document's reading and its detection are
two), so a leak in a document library cannot grow a long nightly run's memory.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import re
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from scrapy import signals
from scrapy.crawler import Crawler

from adalscan.models import Document, Evidence
from crawler import settings as defaults
from crawler.processes import exit_with_parent
from detectors.catalog import load_catalog
from detectors.engine import Detector
from detectors.gcpolicy import settle_after_document, tune_for_bulk_work

log = logging.getLogger(__name__)

T = TypeVar("T")
_CRAWLER_ATTRIBUTE = "_adalscan_page_work"
MAX_BATCH = 32  # jobs handed to the pool together at most
MAX_REBUILDS = 20  # a pool that keeps dying is not rebuilt for ever: the rest of the run goes inline


class PageWorkCrashed(RuntimeError):
    """The worker process handling a document died twice on it."""


class _TryAlone(Exception):
    """The batch a job travelled in failed: the job is tried on its own (`attempts` times at most: once when it
    was alone in the batch, twice when the failure may have been another job's)."""

    def __init__(self, attempts: int) -> None:
        super().__init__(attempts)
        self.attempts = attempts


# -- what runs in a worker process (module-level functions: they are pickled by name) ------------------
_detectors: dict[str, Any] = {}


def _detector(catalog_path: str) -> Any:
    detector = _detectors.get(catalog_path)
    if detector is None:
        detector = _detectors[catalog_path] = Detector(load_catalog(catalog_path or None))
    return detector


_in_page_worker = False  # set by _warm_up in the worker processes (see detect_job)


def _warm_up(catalog_path: str) -> None:
    """Pool initializer: die with the crawl (a kill -9 of it must not leave workers behind); load the
    libraries and the catalog once, before the first page arrives."""
    # heavy (the PDF and office readers): loaded here, in the page workers, not in the reactor's process
    import detectors.extract.extract  # noqa: F401

    exit_with_parent()

    _detector(catalog_path)
    tune_for_bulk_work()  # after the catalog and readers are loaded: they are frozen with the rest
    global _in_page_worker
    _in_page_worker = True


def extract_job(body: bytes, url: str, content_type: str | None, options: dict[str, Any]) -> Document:
    from detectors.extract.extract import extract_document  # heavy PDF/office readers: see _warm_up

    return extract_document(body, url, content_type, **options)


def detect_job(catalog_path: str, document: Document, institution_type: str, as_of: date) -> list[Evidence]:
    evidence = list(_detector(catalog_path).detect(document, institution_type, as_of))
    if _in_page_worker:  # a page worker only reads documents (not so the reactor's process, when inline)
        settle_after_document()
    return evidence


def batch_job(jobs: list[tuple[Callable[..., Any], tuple[Any, ...]]]) -> list[tuple[bool, Any]]:
    """Several jobs in one hand-over: (True, result) or (False, exception) for each, in order."""
    results: list[tuple[bool, Any]] = []
    for fn, args in jobs:
        try:
            results.append((True, fn(*args)))
        except Exception as exc:  # one document's failure is its own
            results.append((False, exc))
    return results


def worker_count(setting: int) -> int:
    """ADALSCAN_PAGE_WORKERS: -1 = every core but one (none on a one-core machine), 0 = inline, N = N."""
    if setting >= 0:
        return setting
    return max(0, (os.cpu_count() or 1) - 1)


def _asyncio_reactor() -> bool:
    """Is the reactor that runs (or, before the crawl starts, will run) the crawl asyncio's?"""
    from scrapy.utils.reactor import is_asyncio_reactor_installed, is_reactor_installed

    if not is_reactor_installed():
        return True  # CrawlerProcess installs TWISTED_REACTOR on start; _run checks again then
    return is_asyncio_reactor_installed()


# -- the reactor side ---------------------------------------------------------------------------------
class PageWork:
    """Extraction and detection for one crawl, in worker processes or inline."""

    def __init__(self, workers: int, catalog_path: str = "",
                 max_tasks_per_worker: int = defaults.ADALSCAN_PAGE_WORKER_MAX_TASKS,
                 job_timeout: float = 120.0) -> None:
        self.catalog_path = catalog_path
        self.job_timeout = job_timeout
        self.workers = workers
        self.max_tasks = max_tasks_per_worker
        self.rebuilds = 0
        self.jobs = 0
        self.last_peak_kb = 0
        self._waiting: list[tuple[Callable[..., Any], tuple[Any, ...], asyncio.Future[Any]]] = []
        self._batches: set[asyncio.Future[None]] = set()  # answer tasks in flight (held: asyncio keeps weak refs)
        self._alone = asyncio.Lock()
        self._executor: ProcessPoolExecutor | None = None
        if workers > 0:
            self._executor = self._new_executor()
            self._executor.submit(int)  # start the workers (and their warm-up) while the crawl starts

    @classmethod
    def of(cls, crawler: Crawler) -> PageWork:
        """The crawl's one PageWork (shared by its spider and pipelines), started on first use."""
        work: PageWork | None = getattr(crawler, _CRAWLER_ATTRIBUTE, None)
        if work is None:
            s = crawler.settings
            workers = worker_count(s.getint("ADALSCAN_PAGE_WORKERS", -1))
            if workers and "asyncio" not in str(s.get("TWISTED_REACTOR") or "").lower():
                log.warning("page work runs inline: worker processes need the asyncio reactor")
                workers = 0
            work = cls(workers, s.get("ADALSCAN_CATALOG") or "", s.getint("ADALSCAN_PAGE_WORKER_MAX_TASKS", defaults.ADALSCAN_PAGE_WORKER_MAX_TASKS),
                       s.getfloat("ADALSCAN_PAGE_WORK_TIMEOUT", 120.0))
            setattr(crawler, _CRAWLER_ATTRIBUTE, work)
            crawler.signals.connect(work.crawl_closed, signal=signals.spider_closed)
            crawler.signals.connect(work.close, signal=signals.engine_stopped)  # if the spider never opened
            if workers:
                log.info("page work: %d worker process(es)", workers)
        return work

    @property
    def inline(self) -> bool:
        return self._executor is None

    def _new_executor(self) -> ProcessPoolExecutor:
        # spawn, not fork: the reactor process has threads (Playwright, Twisted's pool) a fork would copy mid-step.
        return ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_warm_up, initargs=(self.catalog_path,))

    async def extract(self, body: bytes, url: str, content_type: str | None, **options: Any) -> Document:
        """detectors.extract.extract_document, off the reactor: HTML pages too.

        The reactor's one thread is what bounds a crawl's pages per second, and reading HTML took a sixth of
        its CPU (benchmarks/throughput.py, profiled). A worker's answer comes back within a turn or two of the
        event loop, in time for the page's links to be ordered under a page budget (benchmarks/harvest.py
        found as many artefacts at each budget as with HTML read on the reactor)."""
        return await self._run(extract_job, body, url, content_type, options)

    async def detect(self, document: Document, institution_type: str, as_of: date) -> list[Evidence]:
        """The catalog's detector over one document, off the reactor."""
        return await self._run(detect_job, self.catalog_path, document, institution_type, as_of)

    async def _run(self, fn: Callable[..., T], *args: Any) -> T:
        """fn(*args) in a worker: jobs asked for in one turn of the event loop travel together (see _send)."""
        self.jobs += 1
        if self._executor is not None and self.jobs % (self.max_tasks * self.workers) == 0:
            self._recycle()
        if self.jobs == 1 and self._executor is not None and not _asyncio_reactor():
            log.warning("page work runs inline: worker processes need the asyncio reactor")
            self.close()
        if self._executor is None:
            return fn(*args)
        loop = asyncio.get_running_loop()
        answer: asyncio.Future[T] = loop.create_future()
        self._waiting.append((fn, args, answer))
        if len(self._waiting) >= MAX_BATCH:
            self._send()
        elif len(self._waiting) == 1:
            loop.call_soon(self._send)  # after the rest of this turn's callbacks have asked for theirs
        try:
            return await answer
        except _TryAlone as retry:
            async with self._alone:  # one at a time: a job that kills its worker takes nobody else along
                return await self._run_alone(fn, args, retry.attempts)

    def _send(self) -> None:
        """Hand the waiting jobs to the pool as one batch. A job handed over alone costs the reactor's process
        ~0.3 ms besides pickling (the pool's queue, threads and wake-ups); a batch pays that once."""
        batch, self._waiting = self._waiting, []
        if not batch:
            return
        executor = self._executor
        if executor is None:  # closed meanwhile: the jobs run here
            for fn, args, answer in batch:
                if not answer.done():
                    try:
                        answer.set_result(fn(*args))
                    except Exception as exc:
                        answer.set_exception(exc)
            return
        try:
            future = executor.submit(batch_job, [(fn, args) for fn, args, _ in batch])
        except (BrokenProcessPool, RuntimeError):  # a pool broken or shut down since: each job goes alone
            self._replace(executor)
            future = None
        answers = [answer for _, _, answer in batch]
        self._batches.add(task := asyncio.get_running_loop().create_task(self._answer(executor, future, answers)))
        task.add_done_callback(self._batches.discard)

    async def _answer(self, executor: ProcessPoolExecutor, future: Future[list[tuple[bool, Any]]] | None,
                      answers: list[asyncio.Future[Any]]) -> None:
        """Give each job of a batch its result; when the batch failed, each job is tried once more alone."""
        try:
            if future is None:
                raise BrokenProcessPool("the pool broke before the batch was handed over")
            results = await asyncio.wait_for(asyncio.wrap_future(future), self.job_timeout)
        except asyncio.CancelledError:  # the crawl is closing: nobody waits for these any more
            for answer in answers:
                answer.cancel()
            raise
        except TimeoutError:
            # A document the reader loops on (or a hung worker). A job that was alone is not tried again.
            self._stop_hung(executor)
            failure: BaseException = (PageWorkCrashed(f"reading it took over {self.job_timeout:.0f} s")
                                      if len(answers) == 1 else _TryAlone(1))
        except Exception:  # the pool broke (a worker died), or the batch's answer could not be sent back
            self._replace(executor)
            failure = _TryAlone(1 if len(answers) == 1 else 2)
        else:
            for answer, (ok, value) in zip(answers, results, strict=True):
                if answer.done():
                    continue
                if ok:
                    answer.set_result(value)
                else:
                    answer.set_exception(value)
            return
        for answer in answers:
            if not answer.done():
                answer.set_exception(failure)

    async def _run_alone(self, fn: Callable[..., T], args: tuple[Any, ...], attempts: int) -> T:
        """One job on its own, after the batch it travelled in failed."""
        for _attempt in range(attempts):
            executor = self._executor
            if executor is None:
                return fn(*args)
            try:
                future: Future[T] = executor.submit(fn, *args)
                return await asyncio.wait_for(asyncio.wrap_future(future), self.job_timeout)
            except BrokenProcessPool:
                self._replace(executor)
            except TimeoutError:
                self._stop_hung(executor)
                raise PageWorkCrashed(f"reading it took over {self.job_timeout:.0f} s") from None
        raise PageWorkCrashed("reading it crashed the worker process twice")

    def _stop_hung(self, executor: ProcessPoolExecutor) -> None:
        """A job took over its time: stop that pool's processes (their other jobs are tried again on the next)."""
        log.warning("page work took over %.0f s; its worker is stopped", self.job_timeout)
        for process in list((getattr(executor, "_processes", None) or {}).values()):
            process.terminate()
        self._replace(executor)

    def _recycle(self) -> None:
        """Fresh workers every max_tasks jobs each, so a leak in a document library cannot grow a long run.
        (Not max_tasks_per_child: Python 3.11's pool can hang replacing a retired worker.) The old pool
        finishes the jobs it holds, then exits."""
        old, self._executor = self._executor, self._new_executor()
        if old is not None:
            old.shutdown(wait=False)

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        if self._executor is not broken:
            return  # another job already replaced it
        broken.shutdown(wait=False, cancel_futures=True)
        self.rebuilds += 1
        if self.rebuilds > MAX_REBUILDS:
            log.error("page workers died %d times: the rest of this crawl works inline", self.rebuilds)
            self._executor = None
            return
        log.warning("a page worker process died; starting a new pool (%d so far)", self.rebuilds)
        self._executor = self._new_executor()

    def peak_rss_kb(self) -> int:
        """The sum of the live workers' peak RSS in KiB (Linux /proc): with the reactor's own, the crawl's memory."""
        executor = self._executor
        if executor is None:
            return self.last_peak_kb
        processes = getattr(executor, "_processes", None) or {}
        total = 0
        for pid in list(processes):
            try:
                status = Path(f"/proc/{pid}/status").read_text(encoding="ascii", errors="replace")
            except OSError:
                continue
            match = re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE)
            total += int(match.group(1)) if match else 0
        self.last_peak_kb = max(self.last_peak_kb, total)
        return self.last_peak_kb

    def close(self) -> None:
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)

    def crawl_closed(self, spider: Any) -> None:
        """spider_closed: every item is through the pipelines; record the workers' memory, then stop them."""
        stats = spider.crawler.stats
        stats.set_value("adalscan/page_workers/count", self.workers if self._executor is not None else 0)
        stats.set_value("adalscan/page_workers/jobs", self.jobs)
        stats.set_value("adalscan/page_workers/rebuilds", self.rebuilds)
        stats.set_value("adalscan/page_workers/peak_rss_kb", self.peak_rss_kb())
        self.close()

    @staticmethod
    def peak_rss_kb_of(crawler: Crawler) -> int:
        """The page workers' peak RSS of a crawl (0 without workers): measured now, or when they stopped."""
        work: PageWork | None = getattr(crawler, _CRAWLER_ATTRIBUTE, None)
        return work.peak_rss_kb() if work is not None else 0
