"""Incremental nightly crawling: a persistent HTTP cache with conditional revalidation, a meter of the bytes
that really crossed the network, and re-classification of changed documents only.

How an unchanged site costs almost nothing:
- `SqliteCacheStorage` keeps every cacheable response of earlier runs (headers and body as received, still
  compressed) in one SQLite file under the output folder, shared by local worker processes.
- `NightlyCachePolicy` revalidates every entry from an earlier run with If-None-Match / If-Modified-Since;
  a 304 answer costs only headers and the cached body is used. An entry stored during the *current* run is
  served without any request at all: that is what makes a resumed (killed and restarted) run cheap.
- `NightlyCacheMiddleware` is Scrapy's HttpCacheMiddleware without its "error recovery": a site that is
  down tonight must be reported unreachable, never shown with last night's pages.
- The cache also keeps what each page's bytes were read into (its Document: text, headings, links), keyed
  by the body's hash and the extractors' code: a page answered 304 is not parsed again
  (`adalscan/extract/reused`); the texts of the pages linking to it are this run's, as always.
- `TransferMeter` sits next to the downloader and counts the bytes of network responses only.
- `IncrementalDetectPipeline` skips the detector when a document's fingerprint (content hash, the link
  context the detector reads, the detector's own code and the as-of window) equals the one recorded for
  the same URL in this run (resume) or in the previous completed run, and reuses that run's evidence rows.
  It sets the item's fingerprint, which StorePipeline writes in the same transaction as the document and its
  evidence, so a fingerprint never points at evidence that was not written.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import time
import zlib
from datetime import date
from pathlib import Path
from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.httpcache import HttpCacheMiddleware
from scrapy.http import Response
from scrapy.http.headers import Headers
from scrapy.responsetypes import responsetypes
from scrapy.settings import BaseSettings
from w3lib.http import headers_dict_to_raw, headers_raw_to_dict

from adalscan.models import Document, Evidence, Link
from adalscan.store import ResultStore, open_store
from crawler.batching import BatchTimer
from crawler.items import FetchedDocument, document_extracted
from crawler.pipelines import DetectPipeline

log = logging.getLogger(__name__)

_ROOT = Path(__file__).resolve().parent.parent
CACHE_FILE = "cache.sqlite"
# Statuses worth keeping: pages, redirect steps and "gone" answers (a resumed run need not ask again).
CACHEABLE_STATUSES = frozenset({200, 203, 204, 300, 301, 302, 303, 307, 308, 404, 410})
_COMPRESS_MIN = 512
# Bodies that are compressed already (PDF streams, zip-based office files, images, gzip, 7z): zlib would
# spend a millisecond each to gain nothing.
_COMPRESSED_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"7z\xbc\xaf",
                     b"RIFF")
CONDITIONAL_HEADERS = ((b"ETag", b"If-None-Match"), (b"Last-Modified", b"If-Modified-Since"))  # bodies shorter than this are stored as they are

_CACHE_SCHEMA = """
CREATE TABLE IF NOT EXISTS responses (
    fingerprint TEXT PRIMARY KEY,
    url         TEXT NOT NULL,
    status      INTEGER NOT NULL,
    headers     BLOB NOT NULL,
    body        BLOB NOT NULL,
    codec       TEXT NOT NULL DEFAULT '',   -- '' (as received) or 'zlib' (compressed here)
    stored_at   REAL NOT NULL,
    run_id      TEXT NOT NULL DEFAULT '',   -- the run that last stored or revalidated the entry
    warc        TEXT NOT NULL DEFAULT ''    -- JSON locating the WARC record of the body, '' when none
);
CREATE TABLE IF NOT EXISTS extracted (
    fingerprint TEXT PRIMARY KEY,           -- the request's, as in responses
    sha256      TEXT NOT NULL,              -- of the body it was read from
    extractor   TEXT NOT NULL,              -- extractor_digest() of the code that read it
    document    BLOB NOT NULL               -- zlib'd JSON (encode_document), without the linking pages' texts
)"""


def cache_path(settings: BaseSettings | dict[str, Any]) -> Path:
    """The SQLite file of the cache: HTTPCACHE_DIR itself when it names a .sqlite file, else a file in it."""
    where = Path(str(settings.get("HTTPCACHE_DIR") or "httpcache"))
    return where if where.suffix == ".sqlite" else where / CACHE_FILE


def prepare_cache(path: Path) -> None:
    """Create the cache file in WAL mode before several worker processes open it at once."""
    _connect(path).close()


def _connect(path: Path, attempts: int = 20) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    for attempt in range(attempts):
        conn = sqlite3.connect(str(path), timeout=60, isolation_level=None)
        try:
            # Switching a new file to WAL takes a lock SQLite does not wait for: another local worker
            # opening the same file at that moment gets "database is locked". Try again shortly.
            conn.execute("PRAGMA journal_mode=WAL")  # several local workers read and write the same cache
            break
        except sqlite3.OperationalError as exc:
            conn.close()
            if "locked" not in str(exc) or attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.executescript(_CACHE_SCHEMA)
    return conn


class SqliteCacheStorage:
    """HTTPCACHE_STORAGE: one SQLite file. Writes are committed in batches (ADALSCAN_CACHE_COMMIT_SECONDS
    after the first write of a batch, or COMMIT_EVERY entries): a commit per response cost the reactor more
    than the rows. A kill -9 never leaves half an entry; it loses at most the last batch, fetched again next time."""

    COMMIT_EVERY = 200

    def __init__(self, settings: BaseSettings) -> None:
        self.path = cache_path(settings)
        self.run_id = str(settings.get("ADALSCAN_RUN_ID") or "")
        self.conn: sqlite3.Connection | None = None
        self._fingerprinter: Any = None
        self.shared = settings.getbool("ADALSCAN_CACHE_SHARED", False)  # distributed workers on one machine
        seconds = settings.getfloat("ADALSCAN_CACHE_COMMIT_SECONDS", 0.5)
        self._batch = BatchTimer(self.commit, seconds, 1 if self.shared else self.COMMIT_EVERY)
        # Fingerprints the file holds (20 bytes each): a request the cache has never seen, every request of a
        # first night, costs no query. Not when shared: another worker may have just stored the entry.
        self._known: set[bytes] | None = None

    def _written(self) -> None:
        if self._batch.wrote():
            self.commit()

    def _begin(self) -> None:
        if self.conn is not None and not self.conn.in_transaction:
            self.conn.execute("BEGIN")

    def commit(self) -> None:
        self._batch.flushed()
        if self.conn is not None and self.conn.in_transaction:
            self.conn.execute("COMMIT")

    def open_spider(self, spider: Any) -> None:
        self._fingerprinter = spider.crawler.request_fingerprinter
        spider.crawler.signals.connect(self.remember_extraction, signal=document_extracted)
        try:
            self.conn = _connect(self.path)
        except sqlite3.Error:
            # A cache that cannot be opened costs this run its savings, never its pages.
            log.error("the HTTP cache %s cannot be opened; this crawl goes without it", self.path, exc_info=True)
            return
        if not self.shared:
            self._known = {bytes.fromhex(row[0]) for row in self.conn.execute("SELECT fingerprint FROM responses")}

    def close_spider(self, spider: Any) -> None:
        if self.conn is not None:
            self.commit()
            self.conn.close()
            self.conn = None

    def retrieve_response(self, spider: Any, request: Request) -> Response | None:
        if self.conn is None:
            return None
        fingerprint = self._fingerprinter.fingerprint(request)
        if self._known is not None and fingerprint not in self._known:
            return None
        row = self.conn.execute("SELECT url, status, headers, body, codec, run_id, warc FROM responses "
                                "WHERE fingerprint = ?", (fingerprint.hex(),)).fetchone()
        if row is None:
            return None
        url, status, raw_headers, body, codec, run_id, warc = row
        if codec == "zlib":
            body = zlib.decompress(body)
        headers = Headers(headers_raw_to_dict(raw_headers))
        request.meta["adalscan_cache_run"] = run_id
        memo = self.conn.execute("SELECT sha256, document FROM extracted WHERE fingerprint = ? AND extractor = ?",
                                 (fingerprint.hex(), EXTRACTOR)).fetchone()
        if memo is not None:
            request.meta["adalscan_extracted"] = memo  # used only if tonight's body has this very hash
        if warc:
            request.meta["adalscan_cached_warc"] = json.loads(warc)
        respcls = responsetypes.from_args(headers=headers, url=url, body=body)
        return respcls(url=url, status=status, headers=headers, body=body)

    def store_response(self, spider: Any, request: Request, response: Response) -> None:
        if self.conn is None:
            return
        fingerprint = self._fingerprinter.fingerprint(request)
        key = fingerprint.hex()
        if self._known is not None:
            self._known.add(fingerprint)
        self._begin()
        if "cached" in response.flags:
            # A revalidated entry (304): same body, so only its headers, time and run change. Rewriting
            # every body every night would cost as much disk I/O as the first crawl.
            cur = self.conn.execute(
                "UPDATE responses SET headers = ?, stored_at = ?, run_id = ? WHERE fingerprint = ?",
                (headers_dict_to_raw(response.headers), time.time(), self.run_id, key))
            if cur.rowcount:
                self._written()
                return
        body = bytes(response.body)
        codec = ""
        if (len(body) >= _COMPRESS_MIN and b"Content-Encoding" not in response.headers
                and not body.startswith(_COMPRESSED_MAGIC)):
            body, codec = zlib.compress(body, 1), "zlib"  # already-compressed bodies are kept as received
        warc = request.meta.get("adalscan_warc_record")
        # A revalidated entry keeps pointing at the WARC record that holds its body (an earlier night's).
        self.conn.execute(
            "INSERT INTO responses (fingerprint, url, status, headers, body, codec, stored_at, run_id, warc) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (fingerprint) DO UPDATE SET url = excluded.url, "
            "status = excluded.status, headers = excluded.headers, body = excluded.body, codec = excluded.codec, "
            "stored_at = excluded.stored_at, run_id = excluded.run_id, "
            "warc = CASE WHEN excluded.warc = '' THEN responses.warc ELSE excluded.warc END",
            (key, response.url, response.status, headers_dict_to_raw(response.headers), body, codec,
             time.time(), self.run_id, json.dumps(warc) if warc else ""))
        self._written()

    def remember_extraction(self, request: Request, sha256: str, document: Document) -> None:
        """Keep what a page's bytes were read into, for the night its server answers 304."""
        if self.conn is None or document.truncated or not self.should_remember(request):
            return
        self._begin()
        self.conn.execute("INSERT OR REPLACE INTO extracted (fingerprint, sha256, extractor, document) "
                          "VALUES (?, ?, ?, ?)", (self._fingerprinter.fingerprint(request).hex(), sha256,
                                                  EXTRACTOR, encode_document(document)))
        self._written()

    @staticmethod
    def should_remember(request: Request) -> bool:
        # Rendered pages are not cached (NightlyCachePolicy), so neither is what they were read into.
        return request.method == "GET" and not request.meta.get("playwright")


# -- what a page was read into --------------------------------------------------------------------------
def extractor_digest() -> str:
    """A hash of the code that reads bytes into a Document: a change to it reads every page again."""
    return files_digest([*sorted((_ROOT / "detectors" / "extract").glob("*.py")),
                         _ROOT / "detectors" / "document.py", _ROOT / "crawler" / "pagework.py"])


def files_digest(files: list[Path]) -> str:
    """A hash of these files' names (relative to the project) and contents."""
    h = hashlib.sha256()
    for path in files:
        h.update(str(path.relative_to(_ROOT) if path.is_relative_to(_ROOT) else path).encode())
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(b"<unreadable>")
    return h.hexdigest()[:32]


EXTRACTOR = extractor_digest()


def encode_document(doc: Document) -> bytes:
    """A Document as zlib'd JSON, without `anchor_texts` and `referrer_title` (they are each run's own)."""
    record = {"kind": doc.kind, "title": doc.title, "headings": doc.headings, "body": doc.body,
              "links": [[link.url, link.text, link.place] for link in doc.links], "last_modified": doc.last_modified,
              "needs_js": doc.needs_js, "notes": doc.notes, "furniture": doc.furniture}
    return zlib.compress(json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 1)


def decode_document(blob: bytes, url: str) -> Document | None:
    """The Document `encode_document` kept, or None when the blob cannot be read (the page is read anew)."""
    try:
        r = json.loads(zlib.decompress(blob))
        return Document(url=url, kind=str(r["kind"]), title=str(r["title"]), headings=list(r["headings"]),
                        body=str(r["body"]), links=[Link(u, t, p) for u, t, p in r["links"]],
                        last_modified=r["last_modified"], needs_js=bool(r["needs_js"]), notes=list(r["notes"]),
                        furniture=list(r.get("furniture", [])))
    except (ValueError, KeyError, TypeError, zlib.error):
        return None


def prune_cache(path: Path, keep_seconds: float) -> int:
    """Delete entries nobody stored or revalidated for `keep_seconds` (pages that left the sites)."""
    if not path.exists():
        return 0
    conn = _connect(path)
    try:
        cur = conn.execute("DELETE FROM responses WHERE stored_at < ?", (time.time() - keep_seconds,))
        # Readings of pages that left the cache, or made by extractors that have changed since.
        conn.execute("DELETE FROM extracted WHERE extractor != ? OR fingerprint NOT IN "
                     "(SELECT fingerprint FROM responses)", (EXTRACTOR,))
        return int(cur.rowcount or 0)
    finally:
        conn.close()


def _cache_control(headers: Any) -> set[str]:
    raw = b",".join(headers.getlist(b"Cache-Control")).decode("latin-1").lower()
    return {part.strip().split("=", 1)[0] for part in raw.split(",") if part.strip()}


class NightlyCachePolicy:
    """HTTPCACHE_POLICY: this run's entries are fresh; earlier runs' entries are always revalidated."""

    def __init__(self, settings: BaseSettings) -> None:
        self.run_id = str(settings.get("ADALSCAN_RUN_ID") or "")

    def should_cache_request(self, request: Request) -> bool:
        # Pages rendered in Chromium are not raw HTTP responses: they are never cached.
        return request.method == "GET" and not request.meta.get("playwright")

    def should_cache_response(self, response: Response, request: Request) -> bool:
        if response.status not in CACHEABLE_STATUSES or request.meta.get("adalscan_truncated"):
            return False
        return "no-store" not in _cache_control(response.headers) | _cache_control(request.headers)

    def is_cached_response_fresh(self, cachedresponse: Response, request: Request) -> bool:
        if self.run_id and request.meta.get("adalscan_cache_run") == self.run_id:
            return True  # fetched earlier in this very run (a resumed run)
        headers = cachedresponse.headers
        for validator, conditional in CONDITIONAL_HEADERS:
            if validator in headers and conditional not in request.headers:
                request.headers[conditional] = headers[validator]
                request.meta.setdefault("adalscan_conditional", []).append(conditional)
        return False

    def is_cached_response_valid(self, cachedresponse: Response, response: Response, request: Request) -> bool:
        return response.status == 304  # a 5xx tonight is tonight's finding, not a reason to show old pages


class NightlyCacheMiddleware(HttpCacheMiddleware):
    """Scrapy's cache middleware, minus serving the old copy when tonight's download fails.

    The conditional headers the policy added are taken off the request once the answer is in: the spider
    re-uses `response.request` (e.g. to render a page in Chromium), and a browser sent If-None-Match
    gets a bodiless 304 it cannot display.
    """

    def process_response(self, request: Request, response: Response,
                         spider: Any = None) -> Request | Response:
        result = super().process_response(request, response)
        for name in request.meta.pop("adalscan_conditional", ()):
            request.headers.pop(name, None)
        return result

    def process_exception(self, request: Request, exception: Exception,
                          spider: Any = None) -> Request | Response | None:
        request.meta.pop("cached_response", None)
        for name in request.meta.pop("adalscan_conditional", ()):
            request.headers.pop(name, None)
        return None


def _header_bytes(response: Response) -> int:
    size = 17  # status line
    for name, values in response.headers.items():
        for value in values:
            size += len(name) + len(value) + 4
    return size


class TransferMeter:
    """Counts what crossed the network (placed next to the downloader, after the cache).

    Cache hits pass through here flagged "cached" and are counted apart; a 304 is counted with its headers
    only, which is the whole point of revalidation. Bodies are counted as received (still compressed).
    """

    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> TransferMeter:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        assert self.stats is not None
        if "cached" in response.flags:
            self.stats.inc_value("adalscan/cache/served")
            return response
        self.stats.inc_value("adalscan/net/responses")
        self.stats.inc_value("adalscan/net/bytes", _header_bytes(response) + len(response.body))
        self.stats.inc_value("adalscan/net/body_bytes", len(response.body))
        if response.status == 304:
            self.stats.inc_value("adalscan/net/not_modified")
        return response


# -- re-classifying changed documents only --------------------------------------------------------------


def detector_digest(catalog_path: str = "") -> str:
    """A hash of everything that turns bytes into evidence: extraction and detection code, the catalog."""
    files: list[Path] = []
    for package in ("documents", "detectors"):
        files += sorted(p for p in (_ROOT / package).rglob("*") if p.suffix in (".py", ".yaml", ".csv", ".json"))
    if catalog_path:
        files.append(Path(catalog_path))
    return files_digest(files)


def as_of_window(as_of: date) -> str:
    """Evidence can only change its staleness when as_of crosses 1 January or 1 September (the ends of
    calendar and academic years); within one window, yesterday's judgement of the same bytes stands."""
    return f"{as_of.year}-{'autumn' if as_of.month >= 9 else 'spring'}"


def document_fingerprint(item: FetchedDocument, digest: str, window: str) -> str:
    """Everything the detector reads about a document, hashed."""
    doc = item.document
    parts = [item.content_sha256, item.url, item.institution_type, doc.kind, doc.last_modified or "",
             str(doc.truncated), doc.referrer_title, "\x1e".join(doc.anchor_texts), digest, window]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "replace")).hexdigest()


class IncrementalDetectPipeline(DetectPipeline):
    """DetectPipeline that re-uses evidence for documents whose fingerprint has not changed.

    Two indexed point lookups per document (its fingerprint row, then its evidence rows), against the
    current run only when it is a resumed one (it already has fingerprints), and the previous completed run.
    """

    store_url: str = ""
    run_id: str = ""
    runs: tuple[str, ...] = ()
    digest: str = ""
    window: str = ""
    _store: ResultStore | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IncrementalDetectPipeline:
        pipe = super().from_crawler(crawler)
        assert isinstance(pipe, IncrementalDetectPipeline)
        s = crawler.settings
        pipe.store_url = s.get("ADALSCAN_STORE_URL") or ""
        pipe.run_id = s.get("ADALSCAN_RUN_ID") or ""
        pipe.digest = detector_digest(s.get("ADALSCAN_CATALOG") or "")
        pipe.window = as_of_window(pipe.as_of)
        return pipe

    def open_spider(self) -> None:
        if not (self.store_url and self.run_id):
            return
        self._store = open_store(self.store_url)  # its schema holds nightly_fingerprints
        runs: list[str] = []
        if self._store.has_fingerprints(self.run_id):
            runs.append(self.run_id)  # a resumed run: what its killed attempt classified stands
        previous = self._store.previous_completed_run(self.run_id)
        if previous:
            runs.append(previous)
        self.runs = tuple(runs)

    def close_spider(self) -> None:
        if self._store is not None:
            self._store.close()

    def reusable_evidence(self, item: FetchedDocument) -> list[Evidence] | None:
        """The evidence recorded for this very document (same fingerprint), or None when it must be classified."""
        if self._store is None or not self.runs:
            return None
        fingerprint = item.fingerprint
        for run_id in self.runs:
            if self._store.fingerprint(run_id, item.institution_id, item.url) == fingerprint:
                return self._store.document_evidence(run_id, item.institution_id, item.url)
        return None

    async def process_item(self, item: FetchedDocument) -> FetchedDocument:
        if not isinstance(item, FetchedDocument):
            return item
        # StorePipeline writes it with the document and its evidence, in one transaction.
        item.fingerprint = document_fingerprint(item, self.digest, self.window)
        try:
            reused = self.reusable_evidence(item)
        except Exception:  # a lookup problem only costs a classification
            log.warning("evidence lookup failed for %s; classifying it again", item.url, exc_info=True)
            reused = None
        if reused is None:
            if self.stats is not None:
                self.stats.inc_value("adalscan/classify/ran")
            return await super().process_item(item)
        item.evidence = reused
        if self.stats is not None:
            self.stats.inc_value("adalscan/classify/reused")
            if reused:
                self.stats.inc_value("adalscan/evidence", len(reused))
        return item
