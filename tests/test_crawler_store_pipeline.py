"""StorePipeline: documents, evidence and fingerprints go to the results store together, in batches."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from adalscan.models import Document, Evidence
from adalscan.store import open_store
from crawler.items import FetchedDocument
from crawler.pipelines import StorePipeline


def item(n: int, fingerprint: str = "") -> FetchedDocument:
    url = f"http://uni.test/doc/{n}"
    return FetchedDocument("uni", "university", url, 200, Document(url=url, kind="html", title=f"Doc {n}"),
                           f"{n:064x}", 100, "2026-11-25T00:00:00+00:00",
                           [Evidence("anticorruption_plan", 0.9, "plan", False, "2026", url, "title")], fingerprint)


def counts(db: Path) -> tuple[int, int, int]:
    with sqlite3.connect(db) as conn:
        return tuple(conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]  # type: ignore[return-value]
                     for t in ("documents", "evidence", "nightly_fingerprints"))


def test_a_full_batch_is_written_in_one_go_and_the_rest_at_close(tmp_path: Path) -> None:
    db = tmp_path / "adalscan.sqlite"
    open_store(db).close()
    pipe = StorePipeline(str(db), "run1")
    pipe.batch.max_writes = 3
    pipe.open_spider()
    pipe.batch.wrote = lambda: len(pipe.pending) >= 3  # type: ignore[method-assign]  # as under a running reactor
    for n in range(5):
        pipe.process_item(item(n, fingerprint=f"fp{n}" if n % 2 else ""))
    assert counts(db) == (3, 3, 1)  # the first batch of three, one of them fingerprinted
    pipe.close_spider()
    assert counts(db) == (5, 5, 2)  # the rest when the crawl closes


def test_without_a_reactor_every_document_is_written_at_once(tmp_path: Path) -> None:
    db = tmp_path / "adalscan.sqlite"
    pipe = StorePipeline(str(db), "run1")
    pipe.open_spider()
    pipe.process_item(item(1, "fp1"))
    assert counts(db) == (1, 1, 1)
    pipe.close_spider()


def test_a_batch_the_store_refused_is_kept_and_written_at_the_next_flush(tmp_path: Path) -> None:
    db = tmp_path / "adalscan.sqlite"
    open_store(db).close()
    pipe = StorePipeline(str(db), "run1")
    pipe.open_spider()
    assert pipe.store is not None
    real_put = pipe.store.put_documents
    calls = []

    def refuse_once(run_id: str, batch: list) -> None:  # type: ignore[type-arg]
        calls.append(len(batch))
        if len(calls) == 1:
            raise sqlite3.OperationalError("disk I/O error")
        real_put(run_id, batch)

    pipe.store.put_documents = refuse_once  # type: ignore[method-assign]
    pipe.batch.wrote = lambda: True  # type: ignore[method-assign]  # every item flushes
    pipe.process_item(item(1))
    assert counts(db) == (0, 0, 0) and len(pipe.pending) == 1  # refused, but not dropped
    pipe.process_item(item(2))
    pipe.close_spider()
    assert calls == [1, 2] and counts(db) == (2, 2, 0)
