"""WarcArchiveMiddleware: every response that crosses the network, written as WARC records.

It sits next to the downloader (DOWNLOADER_MIDDLEWARES 955, after the HTTP cache at 900 and far after
decompression at 590 and redirects at 600), so it sees:
- each redirect step (the 3xx, before RedirectMiddleware turns it into a new request),
- bodies as received (still gzip-encoded when the server sent them so), with the headers as received,
- the request headers really sent, including conditional ones (If-None-Match) added by the cache,
- 304 answers to those, written as revisit records pointing at the record that holds the body.
Cache hits (flag "cached") are not written again: their record is already in this run's files.
Pages rendered in Chromium arrive here as the rendered DOM and are kept as `resource` records.

Settings: ADALSCAN_ARCHIVE (on/off), ADALSCAN_ARCHIVE_DIR (the run's archive folder), ADALSCAN_ARCHIVE_SUFFIX
(worker processes' file suffix, e.g. "-w1"), ADALSCAN_ARCHIVE_PREFIX (the folder relative to the output DIR,
stored in the cache so a later night's revisit record can name the file holding the body).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from scrapy.utils.httpobj import urlparse_cached

from adalscan import __version__
from adalscan.store.warc import ArchiveLocation, WarcSink

log = logging.getLogger(__name__)

UNATTRIBUTED = "_other"  # requests no institution claims (should not happen; kept rather than lost)


def _headers(headers: Any) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for name, values in headers.items():
        key = name.decode("latin-1") if isinstance(name, bytes) else str(name)
        for value in values:
            out.append((key, value.decode("latin-1") if isinstance(value, bytes) else str(value)))
    return out


class WarcArchiveMiddleware:
    """Downloader middleware writing request/response WARC records per institution."""

    def __init__(self, crawler: Crawler, sink: WarcSink, prefix: str) -> None:
        self.crawler = crawler
        self.sink = sink
        self.prefix = prefix.rstrip("/")
        self._hosts: dict[str, str] | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcArchiveMiddleware:
        s = crawler.settings
        folder = s.get("ADALSCAN_ARCHIVE_DIR")
        if not s.getbool("ADALSCAN_ARCHIVE") or not folder:
            raise NotConfigured("WARC archive off")
        info = {"adalscan-version": __version__, "run-id": str(s.get("ADALSCAN_RUN_ID") or ""),
                "http-header-user-agent": str(s.get("USER_AGENT") or ""),
                "robots": "obey" if s.getbool("ROBOTSTXT_OBEY") else "ignore",
                "isPartOf": str(s.get("ADALSCAN_RUN_ID") or "")}
        sink = WarcSink(Path(folder), str(s.get("ADALSCAN_ARCHIVE_SUFFIX") or ""), info)
        middleware = cls(crawler, sink, str(s.get("ADALSCAN_ARCHIVE_PREFIX") or ""))
        crawler.signals.connect(middleware.engine_stopped, signal=signals.engine_stopped)
        return middleware

    def engine_stopped(self) -> None:
        """The sink's files are unbuffered (on disk after each record); this closes them."""
        self.sink.close()

    def _institution(self, request: Request) -> str:
        inst = request.meta.get("adalscan_inst")
        if inst:
            return str(inst)
        # robots.txt requests carry no institution: find it by host (rebuilding the map once on a miss,
        # since a home that moved to another host widens its site's scope during the crawl).
        host = (urlparse_cached(request).hostname or "").lower()
        found = self._lookup(host) if self._hosts is not None else None
        if found is None:
            self._hosts = {}
            ledger = getattr(self.crawler.spider, "ledger", None)
            for inst_id, site in (getattr(ledger, "sites", None) or {}).items():
                for scope in getattr(site, "scope_hosts", ()):
                    self._hosts.setdefault(scope, inst_id)
            found = self._lookup(host)
        return found or UNATTRIBUTED

    def _lookup(self, host: str) -> str | None:
        assert self._hosts is not None
        if host in self._hosts:
            return self._hosts[host]
        return next((i for h, i in self._hosts.items() if host.endswith("." + h)), None)

    def process_response(self, request: Request, response: Response) -> Response:
        if "cached" in response.flags:
            return response
        try:
            # Written here, on the reactor thread: a record costs ~0.6 ms to build, hash and compress, while
            # handing each one to a writer thread and waiting for its location cost the process twice that
            # again in queue, wake-up and GIL hand-over work, and slowed the crawl (benchmarks/nightly.py).
            location = self._write(*self._exchange(request, response))
        except Exception:  # archiving must never cost the crawl a page
            log.warning("could not archive %s", response.url, exc_info=True)
            if self.crawler.stats is not None:
                self.crawler.stats.inc_value("adalscan/archive/errors")
            return response
        self._record(request, location)
        return response

    def _exchange(self, request: Request, response: Response) -> tuple[str, dict[str, Any]]:
        """Everything the writer needs, as plain values (names and headers decoded, bodies as bytes)."""
        cached = request.meta.get("cached_response")
        ip = getattr(response, "ip_address", None)
        return self._institution(request), {
            "url": response.url, "method": request.method, "request_headers": _headers(request.headers),
            "request_body": bytes(request.body or b""), "status": response.status,
            "protocol": str(getattr(response, "protocol", None) or "HTTP/1.1"),
            "response_headers": _headers(response.headers), "body": bytes(response.body),
            "ip_address": str(ip) if ip is not None else None,
            "truncated": bool(request.meta.get("adalscan_truncated")),
            "revisit_of": request.meta.get("adalscan_cached_warc") if response.status == 304 else None,
            "cached_body": bytes(cached.body) if cached is not None else None,
            "rendered": bool(request.meta.get("playwright"))}

    def _write(self, institution_id: str, exchange: dict[str, Any]) -> ArchiveLocation | None:
        return self.sink.write_exchange(institution_id, **exchange)

    def _record(self, request: Request, location: ArchiveLocation | None) -> None:
        stats = self.crawler.stats
        if location is None:
            if stats is not None:
                stats.inc_value("adalscan/archive/already_archived")
            return
        if stats is not None:
            stats.inc_value(f"adalscan/archive/{location.type}")
        if location.type == "response":
            # The cache keeps this pointer, so tomorrow's 304 can refer to the record with the body.
            request.meta["adalscan_warc_record"] = {
                "file": location.file, "path": f"{self.prefix}/{location.file}" if self.prefix else location.file,
                "offset": location.offset, "record_id": location.record_id, "date": location.date,
                "digest": location.digest}

