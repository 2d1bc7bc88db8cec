"""WARC records from the bytes and headers as received: responses, redirect steps, revisits, repair, index."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

from scrapy import Request
from scrapy.http import Response
from scrapy.utils.test import get_crawler
from warcio.archiveiterator import ArchiveIterator

from adalscan.store.warc import WarcSink, find_record, index_path, payload_digest, read_index, repair_warc
from crawler.archive import WarcArchiveMiddleware

URL = "http://college.example.test/anticorruption/"
PAGE = ("<html><body><h1>Сыбайлас жемқорлыққа қарсы іс-қимыл жоспары</h1>" + "<p>текст</p>" * 50
        + "</body></html>").encode()


def exchange(sink: WarcSink, **changes: Any) -> Any:
    values: dict[str, Any] = {
        "url": URL, "method": "GET", "request_headers": [("Accept-Encoding", "gzip"), ("User-Agent", "adalscan/0.1")],
        "request_body": b"", "status": 200, "protocol": "HTTP/1.1",
        "response_headers": [("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip")],
        "body": gzip.compress(PAGE), "ip_address": "127.0.1.5"}
    values.update(changes)
    return sink.write_exchange("col-01", **values)


def records(path: Path) -> list[Any]:
    out = []
    with path.open("rb") as fh:
        for record in ArchiveIterator(fh):
            out.append((record.rec_type, record.rec_headers, record.http_headers, record.raw_stream.read()))
    return out


def test_response_is_archived_as_received(tmp_path: Path) -> None:
    sink = WarcSink(tmp_path, info={"run-id": "R1"})
    body = gzip.compress(PAGE)
    location = exchange(sink, body=body)
    path = tmp_path / "col-01.warc.gz"
    kinds = [(r[0], r[1].get_header("WARC-Target-URI")) for r in records(path)]
    assert kinds == [("warcinfo", None), ("request", URL), ("response", URL)]
    _, rec_headers, http_headers, payload = records(path)[2]
    assert payload == body  # still gzip-encoded, as the server sent it
    assert http_headers.get_header("Content-Encoding") == "gzip"
    assert http_headers.get_statuscode() == "200"
    assert rec_headers.get_header("WARC-IP-Address") == "127.0.1.5"
    assert rec_headers.get_header("WARC-Date") and rec_headers.get_header("WARC-Payload-Digest") == payload_digest(body)
    request = records(path)[1]
    assert (request[2].protocol, request[2].statusline) == ("GET", "/anticorruption/ HTTP/1.1")
    assert request[2].get_header("Host") == "college.example.test"
    assert request[1].get_header("WARC-Concurrent-To") == rec_headers.get_header("WARC-Record-ID")
    # The index points straight at the record.
    with path.open("rb") as fh:
        fh.seek(location.offset)
        first = next(iter(ArchiveIterator(fh)))
        assert first.rec_type == "response" and first.rec_headers.get_header("WARC-Target-URI") == URL
    assert find_record(tmp_path, URL)["offset"] == location.offset


def test_redirect_steps_chunking_and_truncation(tmp_path: Path) -> None:
    sink = WarcSink(tmp_path)
    exchange(sink, url="http://college.example.test/", status=301, body=b"",
             response_headers=[("Location", URL), ("Content-Length", "0")])
    exchange(sink, response_headers=[("Transfer-Encoding", "chunked"), ("Content-Type", "text/html")], body=PAGE)
    exchange(sink, url=URL + "big.pdf", body=b"%PDF-1.7 cut", truncated=True,
             response_headers=[("Content-Type", "application/pdf")])
    responses = [r for r in records(tmp_path / "col-01.warc.gz") if r[0] == "response"]
    assert [r[2].get_statuscode() for r in responses] == ["301", "200", "200"]
    assert responses[0][2].get_header("Location") == URL
    assert responses[1][2].get_header("Transfer-Encoding") is None  # the body is de-chunked ...
    assert responses[1][2].get_header("X-Archive-Orig-Transfer-Encoding") == "chunked"  # ... and says so
    assert responses[2][1].get_header("WARC-Truncated") == "length"


def test_a_304_becomes_a_revisit_of_the_record_with_the_body(tmp_path: Path) -> None:
    night1 = WarcSink(tmp_path / "night1")
    original = exchange(night1)
    night2 = WarcSink(tmp_path / "night2")
    pointer = {"file": original.file, "path": "runs/R1/archive/col-01.warc.gz", "record_id": original.record_id,
               "date": original.date, "digest": original.digest}
    location = exchange(night2, status=304, body=b"", response_headers=[("ETag", '"v1"')], revisit_of=pointer)
    assert location.type == "revisit" and location.digest == original.digest
    revisit = next(r for r in records(tmp_path / "night2" / "col-01.warc.gz") if r[0] == "revisit")
    assert revisit[1].get_header("WARC-Refers-To") == original.record_id
    assert revisit[1].get_header("WARC-Refers-To-Filename") == "runs/R1/archive/col-01.warc.gz"
    assert revisit[1].get_header("WARC-Refers-To-Target-URI") == URL
    assert revisit[1].get_header("WARC-Payload-Digest") == original.digest


def test_repair_cuts_a_half_written_record_and_its_index_line(tmp_path: Path) -> None:
    sink = WarcSink(tmp_path)
    exchange(sink)
    path = tmp_path / "col-01.warc.gz"
    good_size = path.stat().st_size
    whole = path.read_bytes()
    exchange(sink, url=URL + "2")
    with path.open("r+b") as fh:  # a kill -9 in the middle of the last write
        fh.truncate(good_size + (path.stat().st_size - good_size) * 3 // 4)  # request whole, response not
    assert repair_warc(path) > 0
    assert path.read_bytes() == whole
    assert [(e["type"], e["url"]) for e in read_index(index_path(path))] == [
        ("warcinfo", ""), ("request", URL), ("response", URL)]  # the first fetch, whole
    assert len(records(path)) == 3


def test_a_resumed_attempt_does_not_archive_the_same_fetch_twice(tmp_path: Path) -> None:
    exchange(WarcSink(tmp_path))
    again = WarcSink(tmp_path)  # a new process on the same run folder
    assert exchange(again) is None
    assert exchange(again, body=gzip.compress(PAGE + b"<!-- changed -->")) is not None
    assert sum(1 for r in records(tmp_path / "col-01.warc.gz") if r[0] == "response") == 2
    assert sum(1 for r in records(tmp_path / "col-01.warc.gz") if r[0] == "warcinfo") == 1


def test_worker_suffix_and_hostile_ids(tmp_path: Path) -> None:
    sink = WarcSink(tmp_path, suffix="-w1")
    sink.write_exchange("../../etc/passwd", url=URL, method="GET", request_headers=[], request_body=b"",
                        status=200, protocol="HTTP/1.1", response_headers=[], body=b"x")
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".gz"] == ["etc_passwd-w1.warc.gz"]


def middleware(tmp_path: Path) -> WarcArchiveMiddleware:
    crawler = get_crawler(settings_dict={"ADALSCAN_ARCHIVE": True, "ADALSCAN_ARCHIVE_DIR": str(tmp_path),
                                         "ADALSCAN_ARCHIVE_PREFIX": "runs/R1/archive", "ADALSCAN_RUN_ID": "R1"})
    crawler.stats.open_spider()
    return WarcArchiveMiddleware.from_crawler(crawler)


def test_middleware_archives_network_responses_and_skips_cache_hits(tmp_path: Path) -> None:
    mw = middleware(tmp_path)
    request = Request(URL, meta={"adalscan_inst": "col-01"}, headers={"If-None-Match": '"v0"'})
    response = Response(URL, body=gzip.compress(PAGE), headers={"Content-Encoding": "gzip"}, ip_address=None)
    assert mw.process_response(request, response) is response
    pointer = request.meta["adalscan_warc_record"]
    assert pointer["path"] == "runs/R1/archive/col-01.warc.gz" and pointer["offset"] > 0
    sent = next(r for r in records(tmp_path / "col-01.warc.gz") if r[0] == "request")
    assert sent[2].get_header("If-None-Match") == '"v0"'  # the conditional request as sent
    mw.process_response(Request(URL + "x", meta={"adalscan_inst": "col-01"}),
                        Response(URL + "x", body=b"cached", flags=["cached"]))
    assert not any(e["url"] == URL + "x" for e in read_index(tmp_path / "col-01.idx.jsonl"))
    # A 304 with the cached copy at hand becomes a revisit pointing at the earlier record.
    conditional = Request(URL, meta={"adalscan_inst": "col-01", "adalscan_cached_warc": pointer,
                                     "cached_response": response})
    mw.process_response(conditional, Response(URL, status=304))
    types = [json.loads(line)["type"] for line in (tmp_path / "col-01.idx.jsonl").read_text().splitlines()]
    assert types == ["warcinfo", "request", "response", "request", "revisit"]


def test_a_body_compressed_already_is_stored_and_a_plain_one_deflated(tmp_path: Path) -> None:
    """Each record is one gzip member either way; deflating a gzip-encoded page or a PDF again buys nothing."""
    import zlib

    from adalscan.store import warc

    sink = WarcSink(tmp_path)
    encoded = exchange(sink)  # gzip-encoded page
    plain = exchange(sink, url=URL + "plain", response_headers=[("Content-Type", "text/html")], body=PAGE * 4)
    pdf = exchange(sink, url=URL + "a.pdf", response_headers=[("Content-Type", "application/pdf")],
                   body=b"%PDF-1.7 " + bytes(range(256)) * 40)
    data = (tmp_path / "col-01.warc.gz").read_bytes()
    for location in (encoded, plain, pdf):
        member = data[location.offset:location.offset + location.length]
        assert zlib.decompress(member, 16 + zlib.MAX_WBITS).startswith(b"WARC/1.1")
    # gzip's header records the compression level chosen: the extra-flags byte is 4 for the fastest level
    # (level 1) and 0 otherwise, so compare the member's size with its content instead.
    raw_plain = zlib.decompress(data[plain.offset:plain.offset + plain.length], 16 + zlib.MAX_WBITS)
    raw_pdf = zlib.decompress(data[pdf.offset:pdf.offset + pdf.length], 16 + zlib.MAX_WBITS)
    assert plain.length < len(raw_plain) / 3  # deflated
    assert pdf.length > len(raw_pdf)  # stored: the payload and a few bytes of framing
    assert warc._payload_level([("Content-Encoding", "br")]) == 0
    assert warc._payload_level([("Content-Type", "text/html; charset=utf-8")]) == warc.GZIP_LEVEL


def test_files_stay_open_between_records_and_offsets_hold_past_the_open_file_limit(tmp_path: Path,
                                                                                    monkeypatch: Any) -> None:
    from adalscan.store import warc

    monkeypatch.setattr(warc, "MAX_OPEN_FILES", 2)
    sink = WarcSink(tmp_path)
    locations = []
    for round_ in range(3):
        for inst in ("a", "b", "c"):  # three sites, two open files: each write reopens one
            locations.append(sink.write_exchange(
                inst, url=f"{URL}{round_}", method="GET", request_headers=[], request_body=b"", status=200,
                protocol="HTTP/1.1", response_headers=[("Content-Type", "text/html")], body=PAGE))
    assert len(sink._open) == 2
    # Everything is on disk before close (a reader during the crawl sees it), and every index line is right.
    for location in locations:
        with (tmp_path / location.file).open("rb") as fh:
            fh.seek(location.offset)
            record = next(iter(ArchiveIterator(fh)))
            assert record.rec_headers.get_header("WARC-Target-URI") == location.url
    for inst in ("a", "b", "c"):
        entries = list(read_index(index_path(tmp_path / f"{inst}.warc.gz")))
        assert [e["type"] for e in entries] == ["warcinfo"] + ["request", "response"] * 3
    sink.close()
    assert not sink._open


def test_open_file_limit_follows_the_descriptor_limit(monkeypatch: Any) -> None:
    """A night crawls hundreds of sites in turn: a sink keeps as many sites' files open as an eighth of the
    process's descriptors allow (at most 512), so a record rarely reopens two files."""
    import resource

    from adalscan.store import warc

    for soft, expected in ((1024, 64), (20000, 512), (100, 16), (resource.RLIM_INFINITY, 512)):
        monkeypatch.setattr(resource, "getrlimit", lambda _which, soft=soft: (soft, soft))
        assert warc._max_open_files() == expected


def _warcio_members(url: str, method: str, request_headers: list[tuple[str, str]], request_body: bytes,
                    status: int, protocol: str, response_headers: list[tuple[str, str]], body: bytes,
                    warc_headers: dict[str, str]) -> list[bytes]:
    """A fetch's request and response records as warcio builds and writes them (what the sink wrote before it
    serialised plain responses itself)."""
    from io import BytesIO
    from urllib.parse import urlsplit

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from adalscan.store import warc

    builder = WARCWriter(BytesIO(), gzip=False, warc_version="1.1")
    http = StatusAndHeaders(warc._status_line(status), warc._wire_headers(response_headers), protocol=protocol)
    response = builder.create_warc_record(url, "response", payload=BytesIO(body), length=len(body),
                                          http_headers=http, warc_headers_dict=warc_headers)
    parts = urlsplit(url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    if not any(k.lower() == "host" for k, _ in request_headers):
        request_headers = [("Host", parts.netloc), *request_headers]
    request = builder.create_warc_record(
        url, "request", payload=BytesIO(request_body), length=len(request_body),
        http_headers=StatusAndHeaders(f"{method} {target} HTTP/1.1", request_headers, is_http_request=True),
        warc_headers_dict={"WARC-Date": response.rec_headers.get_header("WARC-Date"),
                           "WARC-Concurrent-To": response.rec_headers.get_header("WARC-Record-ID")})
    out = []
    for record in (request, response):
        builder.out = BytesIO()
        builder.write_record(record)
        out.append(builder.out.getvalue())
    return out


def test_request_and_response_records_are_byte_for_byte_what_warcio_writes(tmp_path: Path, monkeypatch: Any) -> None:
    """The sink writes plain responses and their requests itself (warcio's per-header look-ups were most of a
    record's cost): the bytes are warcio's, given the same record ids and dates."""
    import itertools
    import zlib

    from warcio.recordbuilder import RecordBuilder
    from warcio.statusandheaders import StatusAndHeadersParser

    cases: list[dict[str, Any]] = [
        {},
        {"ip_address": None, "truncated": True, "body": b"%PDF-1.7 cut", "status": 206,
         "response_headers": [("Content-Type", "application/pdf"), ("Transfer-Encoding", "chunked")]},
        # latin-1-decoded bytes that are not ASCII: warcio percent-encodes them in the HTTP block
        {"url": URL + "%D1%84.pdf?a=1", "status": 299, "protocol": "HTTP/1.0", "method": "POST", "request_body": b"q=1",
         "request_headers": [("Host", "college.example.test"), ("Referer", "http://x.test/Ð¿")],
         "response_headers": [("Content-Disposition", 'attachment; filename="Ñ\x84.pdf"'), ("X-Name", "Ñ\x84")]},
        {"body": b"", "status": 301, "response_headers": [("Location", URL)]},
    ]
    ids = [itertools.count()]  # record ids in the order they are made, counted again for each case
    monkeypatch.setattr(StatusAndHeadersParser, "make_warc_id",
                        staticmethod(lambda: f"<urn:uuid:00000000-0000-4000-8000-{next(ids[0]):012d}>"))
    monkeypatch.setattr(RecordBuilder, "_make_warc_date",
                        classmethod(lambda cls, use_micros=False: "2026-12-05T06:30:46.751793Z"))
    for number, case in enumerate(cases):
        values: dict[str, Any] = {
            "url": URL, "method": "GET",
            "request_headers": [("Accept-Encoding", "gzip"), ("User-Agent", "adalscan/0.1")],
            "request_body": b"", "status": 200, "protocol": "HTTP/1.1", "ip_address": "127.0.1.5",
            "response_headers": [("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip")],
            "body": gzip.compress(PAGE), "truncated": False, **case}
        ids[0] = itertools.count()
        sink = WarcSink(tmp_path / str(number))
        location = sink.write_exchange("col-01", **values)
        assert location is not None
        data = (tmp_path / str(number) / "col-01.warc.gz").read_bytes()
        request_offset = next(e["offset"] for e in read_index(index_path(tmp_path / str(number) / "col-01.warc.gz"))
                              if e["type"] == "request")
        written = [zlib.decompress(data[request_offset:location.offset], 16 + zlib.MAX_WBITS),
                   zlib.decompress(data[location.offset:location.offset + location.length], 16 + zlib.MAX_WBITS)]
        extra = {"WARC-IP-Address": values["ip_address"]} if values["ip_address"] else {}
        if values["truncated"]:
            extra["WARC-Truncated"] = "length"
        ids[0] = itertools.count(1)  # the warcinfo record took the first id
        expected = _warcio_members(values["url"], values["method"], values["request_headers"],
                                   values["request_body"], values["status"], values["protocol"],
                                   values["response_headers"], values["body"], extra)
        # warcio made the response's id first, then the request's; the sink does too
        assert written == expected, number
