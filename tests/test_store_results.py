"""The results store on real SQLite and real PostgreSQL: idempotent writes, history queries."""

from __future__ import annotations

from pathlib import Path

import pytest

from adalscan.models import CrawlStatus, Evidence, GapRow, GapStatus, Institution, SiteResult
from adalscan.store import RunInfo, open_store

INST = Institution(id="kazgu", type="university", website="https://kazgu.example.test/", name_ru="КазГУ",
                   region="Almaty")


def exercise(url: str) -> None:
    store = open_store(url)
    store.start_run(RunInfo("20261101T000000Z", "2026-11-01T00:00:00", "2026-11-01"), [INST])
    ev = Evidence("hotline", 0.9, "Сенім телефоны 24/7", url="https://kazgu.example.test/trust")
    doc = {"url": ev.url, "kind": "html", "http_status": 200, "content_sha256": "ab", "bytes": 10,
           "title": "Сенім телефоны", "fetched_at": "2026-11-01T00:00:01", "notes": ""}
    store.put_document("20261101T000000Z", "kazgu", doc, [ev])
    store.put_document("20261101T000000Z", "kazgu", doc, [ev])  # a resumed run sees the page again
    store.put_site_results("20261101T000000Z", [SiteResult("kazgu", CrawlStatus.OK, pages_fetched=3)])
    store.put_gaps("20261101T000000Z", [GapRow("kazgu", "hotline", "social_education", "public", GapStatus.FOUND,
                                               0.9, ev.url)])
    store.finish_run("20261101T000000Z", "2026-11-01T00:10:00")
    store.start_run(RunInfo("20261102T000000Z", "2026-11-02T00:00:00", "2026-11-02"), [INST])

    assert list(store.evidence("20261101T000000Z")) == [("kazgu", ev)]
    assert store.document_count("20261101T000000Z") == 1
    assert store.site_results("20261101T000000Z")["kazgu"].crawl_status is CrawlStatus.OK
    (gap,) = store.gaps("20261101T000000Z")
    assert gap.status is GapStatus.FOUND and gap.evidence_url == ev.url
    assert store.previous_completed_run("20261102T000000Z") == "20261101T000000Z"
    assert store.previous_completed_run("20261101T000000Z") is None
    assert [r.status for r in store.runs()] == ["completed", "running"]
    assert store.institutions("20261101T000000Z") == [INST]
    store.close()


def test_sqlite_store(tmp_path: Path) -> None:
    exercise(str(tmp_path / "results.sqlite"))


@pytest.mark.services
def test_postgres_store(postgres_url: str) -> None:
    exercise(postgres_url)


def test_store_of_an_older_version_gains_the_genre_column(tmp_path: Path) -> None:
    """A nightly store created before evidence had a genre opens, and keeps and returns genres."""
    import sqlite3

    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE evidence (run_id TEXT NOT NULL, institution_id TEXT NOT NULL, artefact_id TEXT NOT NULL,"
                 " url TEXT NOT NULL, confidence REAL NOT NULL, stale INTEGER NOT NULL DEFAULT 0,"
                 " period TEXT NOT NULL DEFAULT '', snippet TEXT NOT NULL DEFAULT '',"
                 " matched_part TEXT NOT NULL DEFAULT '', PRIMARY KEY (run_id, institution_id, artefact_id, url))")
    conn.execute("INSERT INTO evidence VALUES ('r0', 'u1', 'hotline', 'https://u.example.test/', 0.9, 0, '', 's', 'title')")
    conn.commit()
    conn.close()
    store = open_store(path)
    ev = Evidence("staff_ethics_code", 0.4, "Правила педагогической этики", url="https://u.example.test/p",
                  genre="national_act")
    store.put_document("r1", "u1", {"url": ev.url, "kind": "html"}, [ev])
    assert [e.genre for _, e in store.evidence("r1")] == ["national_act"]
    assert [e.genre for _, e in store.evidence("r0")] == [""]
