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
    checked = {"kazgu": {"status": "found", "bin": "123456789012", "bin_source": "registry",
                         "flags": [{"code": "late_plan", "value": 3}], "detail": "Заказчик: КазГУ"}}
    store.put_procurement("20261101T000000Z", checked)
    store.put_procurement("20261101T000000Z", checked)  # idempotent, like every write
    assert store.procurement("20261101T000000Z") == checked
    assert store.procurement("20261102T000000Z") == {}
    index = [{"institution_id": "kazgu", "artefact_id": "hotline", "status": "found", "evidence_url": ev.url,
              "warc_file": "archive/kazgu.warc.gz", "warc_offset": 1234, "refers_to_file": None}]
    store.put_evidence_archive("20261101T000000Z", index)
    assert store.evidence_archive("20261101T000000Z") == [{**index[0], "warc_offset": "1234", "refers_to_file": ""}]
    assert store.evidence_archive("20261102T000000Z") == []
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


def test_two_writers_storing_the_same_pages_in_any_order_both_succeed(postgres_url: str) -> None:
    """Two crawl workers write the same page when one reads it again: batches lock rows in key order, so
    concurrent batches wait for each other instead of deadlocking (and a transient failure is retried)."""
    import threading

    from adalscan.store import StoredDocument

    setup = open_store(postgres_url)
    setup.start_run(RunInfo("20261101T000000Z", "2026-11-01T00:00:00", "2026-11-01"), [INST])
    setup.close()

    def batch(reverse: bool) -> list[StoredDocument]:
        docs = [StoredDocument("kazgu", {"url": f"https://kazgu.example.test/{n}", "kind": "html", "http_status": 200,
                                         "content_sha256": "ab", "bytes": 1, "title": str(n), "fetched_at": "",
                                         "notes": ""},
                               [Evidence(a, 0.9, "x", url=f"https://kazgu.example.test/{n}")
                                for a in ("hotline", "gifts_policy", "anticorruption_plan")])
                for n in range(60)]
        return docs[::-1] if reverse else docs

    errors: list[BaseException] = []

    def write(reverse: bool) -> None:
        store = open_store(postgres_url)
        try:
            for _ in range(8):
                store.put_documents("20261101T000000Z", batch(reverse))
        except BaseException as exc:  # collected for the assertion below
            errors.append(exc)
        finally:
            store.close()

    threads = [threading.Thread(target=write, args=(reverse,)) for reverse in (False, True, False, True)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    store = open_store(postgres_url)
    assert sum(1 for _ in store.evidence("20261101T000000Z")) == 180
    store.close()
