"""The incremental machinery: cache policy, SQLite cache storage, transfer meter and evidence reuse keys."""

from __future__ import annotations

import gzip
import sqlite3
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse, Response
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler

from adalscan.models import Document
from crawler.incremental import (
    NightlyCacheMiddleware,
    NightlyCachePolicy,
    SqliteCacheStorage,
    TransferMeter,
    as_of_window,
    cache_path,
    decode_document,
    document_fingerprint,
    encode_document,
    prune_cache,
)
from crawler.items import FetchedDocument, document_extracted
from detectors.extract.extract import extract_document

URL = "http://127.0.0.1:9/page"


def values(tmp_path: Path, run_id: str = "R2") -> dict[str, Any]:
    return {"HTTPCACHE_DIR": str(tmp_path / "cache"), "ADALSCAN_RUN_ID": run_id, "HTTPCACHE_ENABLED": True,
            "HTTPCACHE_POLICY": "crawler.incremental.NightlyCachePolicy",
            "HTTPCACHE_STORAGE": "crawler.incremental.SqliteCacheStorage"}


def settings(tmp_path: Path, run_id: str = "R2") -> Settings:
    return Settings(values(tmp_path, run_id))


class FakeSpider:
    name = "site"

    def __init__(self) -> None:
        self.crawler = get_crawler()


def storage(tmp_path: Path, run_id: str) -> SqliteCacheStorage:
    store = SqliteCacheStorage(settings(tmp_path, run_id))
    store.open_spider(FakeSpider())
    return store


def test_policy_revalidates_earlier_runs_and_trusts_this_run(tmp_path: Path) -> None:
    policy = NightlyCachePolicy(settings(tmp_path, "R2"))
    cached = Response(URL, headers={"ETag": '"abc"', "Last-Modified": "Mon, 02 Nov 2026 10:00:00 GMT"})
    this_run = Request(URL, meta={"adalscan_cache_run": "R2"})
    assert policy.is_cached_response_fresh(cached, this_run)
    assert b"If-None-Match" not in this_run.headers
    last_night = Request(URL, meta={"adalscan_cache_run": "R1"})
    assert not policy.is_cached_response_fresh(cached, last_night)
    assert last_night.headers[b"If-None-Match"] == b'"abc"'
    assert last_night.headers[b"If-Modified-Since"] == b"Mon, 02 Nov 2026 10:00:00 GMT"
    assert policy.is_cached_response_valid(cached, Response(URL, status=304), last_night)
    assert not policy.is_cached_response_valid(cached, Response(URL, status=200), last_night)
    # A server error tonight is tonight's finding: the old copy is not used instead.
    assert not policy.is_cached_response_valid(cached, Response(URL, status=503), last_night)


@pytest.mark.parametrize(("request_meta", "status", "headers", "cacheable"), [
    ({}, 200, {}, True),
    ({}, 301, {}, True),
    ({}, 404, {}, True),
    ({}, 500, {}, False),
    ({}, 200, {"Cache-Control": "private, no-store"}, False),
    ({"adalscan_truncated": "cut at the cap"}, 200, {}, False),
])
def test_what_is_cached(tmp_path: Path, request_meta: dict[str, Any], status: int, headers: dict[str, str],
                        cacheable: bool) -> None:
    policy = NightlyCachePolicy(settings(tmp_path))
    request = Request(URL, meta=request_meta)
    assert policy.should_cache_response(Response(URL, status=status, headers=headers), request) is cacheable


def test_rendered_pages_are_never_cached(tmp_path: Path) -> None:
    policy = NightlyCachePolicy(settings(tmp_path))
    assert policy.should_cache_request(Request(URL))
    assert not policy.should_cache_request(Request(URL, meta={"playwright": True}))
    assert not policy.should_cache_request(Request(URL, method="POST"))


def test_storage_keeps_bodies_as_received_and_the_warc_pointer(tmp_path: Path) -> None:
    body = gzip.compress(b"<html><body>" + "Сыбайлас жемқорлық".encode() * 200 + b"</body></html>")
    request = Request(URL, meta={"adalscan_warc_record": {"file": "a.warc.gz", "offset": 10}})
    response = Response(URL, body=body, headers={"Content-Encoding": "gzip", "Content-Type": "text/html",
                                                 "ETag": '"v1"'})
    first = storage(tmp_path, "R1")
    first.store_response(None, request, response)
    first.close_spider(None)

    second = storage(tmp_path, "R2")
    again = Request(URL)
    cached = second.retrieve_response(None, again)
    assert cached is not None and cached.body == body  # still gzip: decompression happens later
    assert cached.headers[b"Content-Encoding"] == b"gzip"
    assert isinstance(cached, Response)
    assert again.meta["adalscan_cache_run"] == "R1"
    assert again.meta["adalscan_cached_warc"] == {"file": "a.warc.gz", "offset": 10}
    # Revalidated tonight (no new WARC body): the entry moves to R2 and still points at R1's record.
    cached.flags.append("cached")  # as HttpCacheMiddleware marks what it took from the cache
    second.store_response(None, Request(URL), cached.replace(headers={**cached.headers.to_unicode_dict(),
                                                                      "ETag": '"v2"'}))
    third = Request(URL)
    assert second.retrieve_response(None, third) is not None
    assert third.meta["adalscan_cache_run"] == "R2"
    assert third.meta["adalscan_cached_warc"]["file"] == "a.warc.gz"
    assert second.retrieve_response(None, Request(URL)).headers[b"ETag"] == b'"v2"'  # type: ignore[union-attr]
    assert second.retrieve_response(None, Request(URL + "?other")) is None
    second.close_spider(None)


def test_html_comes_back_as_html(tmp_path: Path) -> None:
    st = storage(tmp_path, "R1")
    st.store_response(None, Request(URL), HtmlResponse(URL, body=b"<html><title>x</title></html>",
                                                       headers={"Content-Type": "text/html; charset=utf-8"}))
    cached = st.retrieve_response(None, Request(URL))
    assert isinstance(cached, HtmlResponse) and cached.xpath("//title/text()").get() == "x"


PAGE = ("<html><head><title>Сыбайлас жемқорлыққа қарсы іс-қимыл</title></head><body><h1>Құжаттар</h1>"
        "<ul class='docs'><li class='item'><a class='more' href='/plan.pdf'>Жоспар 2025-2026</a></li></ul>"
        "<p>Ішкі сенім телефоны: 1424</p></body></html>").encode()


def test_a_page_read_once_is_not_parsed_again_while_its_bytes_stay_the_same(tmp_path: Path) -> None:
    doc = extract_document(PAGE, URL, "text/html; charset=utf-8", anchor_texts=["Антикор"], referrer_title="Басты")
    kept = decode_document(encode_document(doc), URL)
    assert kept is not None
    # The same reading, links with their places, but not the linking pages' texts: those are each run's own.
    assert (kept.title, kept.headings, kept.body, kept.links, kept.needs_js) == (
        doc.title, doc.headings, doc.body, doc.links, doc.needs_js)
    assert [link.place for link in kept.links] == [link.place for link in doc.links] and kept.links[0].place
    assert kept.anchor_texts == [] and kept.referrer_title == ""
    assert decode_document(b"not zlib", URL) is None

    first = SqliteCacheStorage(settings(tmp_path, "R1"))
    spider = FakeSpider()
    first.open_spider(spider)  # also connects the signal the spider sends after reading a page
    request = Request(URL)
    first.store_response(None, request, HtmlResponse(URL, body=PAGE, headers={"Content-Type": "text/html"}))
    spider.crawler.signals.send_catch_log(document_extracted, request=request, sha256="abc", document=doc)
    truncated = Document(url=URL + "2", kind="html", truncated=True)
    spider.crawler.signals.send_catch_log(document_extracted, request=Request(URL + "2"), sha256="def",
                                          document=truncated)  # a cut reading is never kept
    first.close_spider(None)

    second = storage(tmp_path, "R2")
    again = Request(URL)
    assert second.retrieve_response(None, again) is not None
    sha256, blob = again.meta["adalscan_extracted"]
    assert sha256 == "abc" and decode_document(blob, URL) == kept
    other = Request(URL + "2")
    second.retrieve_response(None, other)
    assert "adalscan_extracted" not in other.meta
    second.close_spider(None)
    # A reading made by other extractor code is not offered, and prune drops it.
    path = cache_path(settings(tmp_path))
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE extracted SET extractor = 'older'")
    third = storage(tmp_path, "R3")
    older = Request(URL)
    assert third.retrieve_response(None, older) is not None and "adalscan_extracted" not in older.meta
    third.close_spider(None)
    prune_cache(path, 30 * 86400)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM extracted").fetchone()[0] == 0


def test_prune_drops_entries_nobody_saw_lately(tmp_path: Path) -> None:
    st = storage(tmp_path, "R1")
    st.store_response(None, Request(URL), Response(URL, body=b"x"))
    st.store_response(None, Request(URL + "2"), Response(URL + "2", body=b"y"))
    st.close_spider(None)
    path = cache_path(settings(tmp_path))
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE responses SET stored_at = ? WHERE url = ?", (time.time() - 40 * 86400, URL))
    assert prune_cache(path, 30 * 86400) == 1
    with sqlite3.connect(path) as conn:
        assert [r[0] for r in conn.execute("SELECT url FROM responses")] == [URL + "2"]


def test_cache_middleware_never_serves_last_nights_copy_for_a_failed_download(tmp_path: Path) -> None:
    crawler = get_crawler(settings_dict=values(tmp_path))
    mw = NightlyCacheMiddleware.from_crawler(crawler)
    request = Request(URL, meta={"cached_response": Response(URL, body=b"old")})
    request.meta["adalscan_conditional"] = [b"If-None-Match"]
    request.headers[b"If-None-Match"] = b'"v1"'
    assert mw.process_exception(request, ConnectionRefusedError()) is None
    assert b"If-None-Match" not in request.headers  # a re-used request (e.g. for Chromium) is unconditional


def test_transfer_meter_counts_the_network_only() -> None:
    crawler = get_crawler()
    crawler.stats.open_spider()
    meter = TransferMeter.from_crawler(crawler)
    meter.process_response(Request(URL), Response(URL, body=b"x" * 1000, headers={"A": "b"}))
    meter.process_response(Request(URL), Response(URL, status=304, headers={"ETag": '"v"'}))
    meter.process_response(Request(URL), Response(URL, body=b"y" * 5000, flags=["cached"]))
    stats = crawler.stats
    assert stats.get_value("adalscan/net/responses") == 2
    assert stats.get_value("adalscan/net/not_modified") == 1
    assert stats.get_value("adalscan/net/body_bytes") == 1000
    assert 1000 < stats.get_value("adalscan/net/bytes") < 1100
    assert stats.get_value("adalscan/cache/served") == 1


@pytest.mark.parametrize(("a", "b", "same"), [
    (date(2026, 9, 1), date(2026, 12, 31), True),
    (date(2026, 8, 31), date(2026, 9, 1), False),  # an academic year ends: staleness may change
    (date(2026, 12, 31), date(2027, 1, 1), False),  # a calendar year ends
    (date(2027, 1, 1), date(2027, 8, 31), True),
])
def test_as_of_window(a: date, b: date, same: bool) -> None:
    assert (as_of_window(a) == as_of_window(b)) is same


def item(**changes: Any) -> FetchedDocument:
    doc = Document(url=URL, kind="html", title="t", anchor_texts=[changes.pop("anchor", "План")],
                   referrer_title=changes.pop("referrer", "Главная"))
    values = {"institution_id": "x", "institution_type": "college", "url": URL, "http_status": 200, "document": doc,
              "content_sha256": "a" * 64, "size": 10, "fetched_at": "2026-11-25T01:00:00+00:00", **changes}
    return FetchedDocument(**values)


def test_document_fingerprint_covers_what_the_detector_reads() -> None:
    base = document_fingerprint(item(), "d1", "2026-autumn")
    assert base == document_fingerprint(item(fetched_at="2026-11-26T01:00:00+00:00"), "d1", "2026-autumn")
    for changed in (document_fingerprint(item(content_sha256="b" * 64), "d1", "2026-autumn"),
                    document_fingerprint(item(anchor="Кодекс"), "d1", "2026-autumn"),
                    document_fingerprint(item(referrer="Другая"), "d1", "2026-autumn"),
                    document_fingerprint(item(institution_type="university"), "d1", "2026-autumn"),
                    document_fingerprint(item(), "d2", "2026-autumn"),
                    document_fingerprint(item(), "d1", "2027-spring")):
        assert changed != base


def open_cache(path: str) -> str:
    from crawler.incremental import _connect

    try:
        _connect(Path(path)).close()
    except Exception as exc:  # reported to the test
        return repr(exc)
    return ""


def test_workers_opening_a_new_cache_together_all_get_it(tmp_path: Path) -> None:
    """Local workers start at once: switching a new file to WAL must fail none of them (it did, about one
    start in ten, before _connect waited for SQLite's lock)."""
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(8) as pool:
        for trial in range(10):
            path = tmp_path / f"cache-{trial}" / "httpcache.sqlite"
            assert pool.map(open_cache, [str(path)] * 8) == [""] * 8
            assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_cache_that_cannot_be_opened_costs_only_the_savings(tmp_path: Path) -> None:
    values_ = values(tmp_path, "R1")
    values_["HTTPCACHE_DIR"] = str(tmp_path / "not-a-db.sqlite")
    (tmp_path / "not-a-db.sqlite").write_bytes(b"this is not a SQLite file" * 100)
    store = SqliteCacheStorage(Settings(values_))
    store.open_spider(FakeSpider())  # logs an error, does not raise
    request = Request(URL)
    assert store.retrieve_response(None, request) is None
    store.store_response(None, request, HtmlResponse(URL, body=b"<html></html>"))  # nothing written, no error
    store.close_spider(None)
