"""Item pipelines, in order: detect (document -> evidence), then store (-> results store).

Items are written in small batches (StorePipeline); a kill loses at most the last second's, which a resumed
nightly run writes again.
"""

from __future__ import annotations

import logging
from datetime import date

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.statscollectors import StatsCollector

from adalscan.store import ResultStore, StoredDocument, open_store
from crawler.batching import BatchTimer
from crawler.items import FetchedDocument
from crawler.pagework import PageWork

log = logging.getLogger(__name__)


class DetectPipeline:
    """Runs the one generic detector over every fetched document (in the crawl's page workers)."""

    def __init__(self, page_work: PageWork, as_of: date, stats: StatsCollector | None = None,
                 crawler: Crawler | None = None) -> None:
        self.page_work = page_work
        self.as_of = as_of
        self.stats = stats
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DetectPipeline:
        as_of = crawler.settings.get("ADALSCAN_AS_OF") or date.today().isoformat()
        return cls(PageWork.of(crawler), date.fromisoformat(as_of), crawler.stats, crawler)

    def _learn(self, item: FetchedDocument) -> None:
        """An artefact was found: the places of the links that led to it are worth following first."""
        ledger = getattr(getattr(self.crawler, "spider", None), "ledger", None)
        site = ledger.get(item.institution_id) if ledger is not None else None
        if site is not None and item.link_groups and item.document.kind == "html":
            site.learn(item.link_groups)  # (documents were credited when they were fetched)

    async def process_item(self, item: FetchedDocument) -> FetchedDocument:
        if isinstance(item, FetchedDocument):
            try:
                item.evidence = await self.page_work.detect(item.document, item.institution_type, self.as_of)
            except Exception as exc:  # one odd document must not lose the item (it is still stored)
                log.warning("detection failed on %s (%s: %s)", item.url, type(exc).__name__, str(exc)[:200],
                            exc_info=True)
                item.document.notes.append(f"detection failed: {type(exc).__name__}")
                item.evidence = []
            if item.evidence and self.stats is not None:
                self.stats.inc_value("adalscan/evidence", len(item.evidence))
            if item.evidence and any(e.confidence >= 0.5 for e in item.evidence):
                self._learn(item)
        return item


class StorePipeline:
    """Writes each document, its evidence and its fingerprint to the results store of the run.

    In batches (BATCH documents, or BATCH_SECONDS after the first of a batch), one transaction each: a
    commit per document cost more than the rows. A batch lost to a kill is written again when the run is
    resumed, which replays the crawl through its HTTP cache.
    """

    BATCH = 100
    BATCH_SECONDS = 1.0

    def __init__(self, store_url: str, run_id: str) -> None:
        self.store_url = store_url
        self.run_id = run_id
        self.store: ResultStore | None = None
        self.pending: list[StoredDocument] = []
        self.batch = BatchTimer(self.flush, self.BATCH_SECONDS, self.BATCH)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        url = crawler.settings.get("ADALSCAN_STORE_URL")
        run_id = crawler.settings.get("ADALSCAN_RUN_ID")
        if not url or not run_id:
            raise NotConfigured("no results store configured for this crawl")
        return cls(url, run_id)

    def open_spider(self) -> None:
        self.store = open_store(self.store_url)

    def close_spider(self) -> None:
        if self.store:
            self.flush()
            self.store.close()

    def flush(self) -> None:
        self.batch.flushed()
        if self.store is None or not self.pending:
            return
        batch, self.pending = self.pending, []
        try:
            self.store.put_documents(self.run_id, batch)
        except Exception:  # kept for the next flush (at the latest when the crawl closes): nothing is dropped
            log.warning("could not store %d documents yet; keeping them for the next write", len(batch),
                        exc_info=True)
            self.pending = batch + self.pending

    def process_item(self, item: FetchedDocument) -> FetchedDocument:
        if isinstance(item, FetchedDocument) and self.store is not None:
            doc = item.document
            self.pending.append(StoredDocument(item.institution_id, {
                "url": item.url, "kind": doc.kind, "http_status": item.http_status,
                "content_sha256": item.content_sha256, "bytes": item.size, "title": doc.title[:500],
                "fetched_at": item.fetched_at, "notes": "; ".join(doc.notes)[:1000]}, item.evidence,
                item.fingerprint))
            if self.batch.wrote():
                self.flush()
        return item
