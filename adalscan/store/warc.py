"""WARC writing for the evidence archive: records built from the bytes and headers as received.

Each record is serialised to one gzip member in memory and appended to the site's file with a single
write, so a killed process leaves at most one incomplete member at the end of a file; `repair_warc`
cuts it off (and the index lines that point past the cut) before a resumed run appends again.

Choices, documented for whoever reads the files:
- Bodies are stored exactly as they came off the wire after HTTP/1.1 de-chunking: a gzip-encoded page is
  stored gzip-encoded, with its Content-Encoding header. Because the chunk framing is gone, a
  `Transfer-Encoding: chunked` header is kept under the name `X-Archive-Orig-Transfer-Encoding`.
- A response cut at the crawl's size cap carries `WARC-Truncated: length`.
- A 304 to a conditional request becomes a `revisit` record (profile server-not-modified) that refers to
  the record holding the body (often in an earlier night's file: `WARC-Refers-To-Filename` names it).
- A page rendered in Chromium is a `resource` record of the rendered DOM (`X-Adalscan-Rendered: chromium`).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import resource
import zlib
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from http import HTTPStatus
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders, StatusAndHeadersParser
from warcio.warcwriter import WARCWriter

from adalscan.files import write_text_atomic

WARC_VERSION = "1.1"
GZIP_LEVEL = 1
INDEX_SUFFIX = ".idx.jsonl"
WARC_SUFFIX = ".warc.gz"
_SAFE = re.compile(r"[^A-Za-z0-9._-]+")
Headers = list[tuple[str, str]]


def safe_stem(name: str) -> str:
    """A file-name-safe form of an institution id (ids are slugs already; this is belt and braces)."""
    return _SAFE.sub("_", name).strip("._")[:120] or "_unknown"


def payload_digest(body: bytes) -> str:
    """The WARC payload digest of a body (sha1, base32), as warcio writes it."""
    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode("ascii")


_EMPTY_DIGEST = payload_digest(b"")  # most requests have no body


@dataclass(frozen=True, slots=True)
class ArchiveLocation:
    """Where one record lives: file name (relative to the archive folder), byte offset and length."""

    file: str
    offset: int
    length: int
    record_id: str
    date: str
    type: str
    url: str
    status: int = 0
    digest: str = ""

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def _status_line(status: int) -> str:
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"{status} Unknown"


def _wire_headers(headers: Headers) -> Headers:
    out: Headers = []
    for name, value in headers:
        if name.lower() == "transfer-encoding" and "chunked" in value.lower():
            out.append(("X-Archive-Orig-Transfer-Encoding", value))  # the body below is de-chunked
        else:
            out.append((name, value))
    return out


def _max_open_files() -> int:
    """Sites whose files a sink keeps open (two descriptors each). A night crawls every site at once, taking
    turns between them, so fewer files open than sites meant reopening two files for nearly every record.
    An eighth of the process's descriptor limit leaves the rest to sockets, SQLite and Chromium."""
    try:
        soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    except (OSError, ValueError):
        return 64
    if soft == resource.RLIM_INFINITY:
        return 512
    return max(16, min(512, soft // 16))


MAX_OPEN_FILES = _max_open_files()  # per sink


@dataclass(slots=True)
class _OpenFiles:
    warc: BinaryIO
    index: BinaryIO
    size: int  # the WARC file's length: this process is its only writer (worker processes have their own)

    def close(self) -> None:
        self.warc.close()
        self.index.close()


def _write_all(fh: BinaryIO, data: bytes) -> None:
    """An unbuffered file's write may take only part of the data; the rest is written after it."""
    view = memoryview(data)
    while view:
        view = view[fh.write(view) or 0:]


class WarcSink:
    """Appends records to per-site WARC files in one archive folder.

    `suffix` tells worker processes' files apart ("-w1"); `info` goes into each new file's warcinfo record.
    Records already in a file when this process first touches it (an earlier attempt of a resumed run) are
    remembered by (type, url, digest), and the same fetch is not written a second time. (Within one attempt
    every fetch is written: the HTTP cache already keeps a page from being fetched twice in a run.)
    """

    def __init__(self, folder: Path, suffix: str = "", info: dict[str, str] | None = None) -> None:
        self.folder = folder
        self.suffix = suffix
        self.info = dict(info or {})
        self._known: dict[str, set[tuple[str, str, str]]] = {}
        self.records_written = 0
        self.bytes_written = 0
        self._open: OrderedDict[str, _OpenFiles] = OrderedDict()
        # Build records only (their own output stream is never written) and serialise them (its stream is set
        # for each record): warcio's writer looks up the host name each time one is made.
        self._builder = WARCWriter(BytesIO(), gzip=True, warc_version=WARC_VERSION)
        self._serialiser = WARCWriter(None, gzip=False, warc_version=WARC_VERSION)

    def file_name(self, institution_id: str) -> str:
        return safe_stem(institution_id) + self.suffix + WARC_SUFFIX

    def _prepare(self, name: str) -> set[tuple[str, str, str]]:
        known = self._known.get(name)
        if known is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            path = self.folder / name
            known = set()
            if path.exists():
                repair_warc(path)
                for entry in read_index(index_path(path)):
                    known.add((entry["type"], entry["url"], entry.get("digest", "")))
            else:
                self._append(name, [self._warcinfo(name)], entries=[{"url": "", "type": "warcinfo", "status": 0,
                                                                     "digest": "", "date": "", "record_id": ""}])
            self._known[name] = known
        return known

    def _warcinfo(self, name: str) -> bytes:
        record = self._builder.create_warcinfo_record(name, {"software": "adalscan", "format": "WARC File Format 1.1",
                                                             **self.info})
        return _serialise(self._serialiser, record)

    def _files(self, name: str) -> _OpenFiles:
        """The open WARC and index files of `name` (the most recently used MAX_OPEN_FILES stay open: opening
        them for every record was a fifth of a record's cost)."""
        files = self._open.get(name)
        if files is not None:
            self._open.move_to_end(name)
            return files
        path = self.folder / name
        warc = open(path, "ab", buffering=0)  # noqa: SIM115 - kept open across calls, closed by close()
        try:
            index = open(index_path(path), "ab", buffering=0)  # noqa: SIM115
        except OSError:
            warc.close()
            raise
        files = self._open[name] = _OpenFiles(warc, index, os.fstat(warc.fileno()).st_size)
        if len(self._open) > MAX_OPEN_FILES:
            self._open.popitem(last=False)[1].close()
        return files

    def close(self) -> None:
        """Close the files kept open (everything written is on disk already: the files are unbuffered)."""
        while self._open:
            self._open.popitem()[1].close()

    def _append(self, name: str, members: list[bytes], entries: list[dict[str, Any]] | None = None) -> int:
        """One write per call: the members (gzip records) back to back; returns the offset of the first."""
        files = self._files(name)
        data = b"".join(members)
        offset = files.size
        _write_all(files.warc, data)
        files.size += len(data)
        if entries:
            lines = []
            position = offset
            for member, entry in zip(members, entries, strict=True):
                lines.append(json.dumps({**entry, "offset": position, "length": len(member)}, ensure_ascii=False))
                position += len(member)
            _write_all(files.index, ("\n".join(lines) + "\n").encode("utf-8"))
        self.records_written += len(members)
        self.bytes_written += len(data)
        return offset

    def write_exchange(self, institution_id: str, *, url: str, method: str, request_headers: Headers,
                       request_body: bytes, status: int, protocol: str, response_headers: Headers, body: bytes,
                       ip_address: str | None = None, truncated: bool = False,
                       revisit_of: dict[str, Any] | None = None, cached_body: bytes | None = None,
                       rendered: bool = False) -> ArchiveLocation | None:
        """Write one fetch: a request record and its response (or revisit, or rendered resource) record.

        Returns where the response-side record went, or None when this fetch is already in the file.
        """
        name = self.file_name(institution_id)
        known = self._prepare(name)
        writer = self._builder
        extra = {"WARC-IP-Address": ip_address} if ip_address else {}
        record: Any = None  # warcio's record of a rendered page or a revisit; a response is written below
        if rendered:
            record = writer.create_warc_record(
                url, "resource", payload=BytesIO(body), length=len(body),
                warc_content_type=dict((k.lower(), v) for k, v in response_headers).get("content-type", "text/html"),
                warc_headers_dict={"X-Adalscan-Rendered": "chromium"})
            rtype, digest = "resource", payload_digest(body)
        elif status == 304 and (revisit_of or cached_body is not None):
            digest = (revisit_of or {}).get("digest") or payload_digest(cached_body or b"")
            http = StatusAndHeaders(_status_line(status), _wire_headers(response_headers), protocol=protocol)
            headers = dict(extra)
            if revisit_of:
                headers["WARC-Refers-To"] = revisit_of.get("record_id", "")
                headers["WARC-Refers-To-Filename"] = revisit_of.get("path", revisit_of.get("file", ""))
            record = writer.create_revisit_record(
                url, digest, url, (revisit_of or {}).get("date", ""), http_headers=http,
                warc_headers_dict={k: v for k, v in headers.items() if v})
            rtype = "revisit"
        else:
            rtype, digest = "response", payload_digest(body)
        if (rtype, url, digest) in known:
            return None
        if record is not None:  # a resource or revisit record, rarer: warcio writes it
            record_id = record.rec_headers.get_header("WARC-Record-ID")
            date = record.rec_headers.get_header("WARC-Date")
            # A rendered page's DOM is text whatever the server's Content-Encoding was; a revisit has no body.
            response_member = _serialise(self._serialiser, record, GZIP_LEVEL)
        else:
            record_id, date = _new_record_id(), writer.curr_warc_date()
            warc_headers = list(extra.items())
            if truncated:
                warc_headers.append(("WARC-Truncated", "length"))
            warc_headers += [("WARC-Type", "response"), ("WARC-Record-ID", record_id), ("WARC-Target-URI", url),
                             ("WARC-Date", date)]
            http_block = _http_block(protocol, _status_line(status), _wire_headers(response_headers))
            response_member = _gzip_member(
                _record_bytes(warc_headers, "application/http; msgtype=response", http_block, body, digest),
                _payload_level(response_headers))
        request_id = _new_record_id()
        members = [self._request_member(url, method, request_headers, request_body, date, record_id, request_id),
                   response_member]
        entries = [{"url": url, "type": "request", "status": 0, "digest": "", "date": date, "record_id": request_id},
                   {"url": url, "type": rtype, "status": status, "digest": digest, "date": date,
                    "record_id": record_id}]
        offset = self._append(name, members, entries=entries)
        return ArchiveLocation(name, offset + len(members[0]), len(members[1]), record_id, date, rtype, url, status,
                               digest)

    @staticmethod
    def _request_member(url: str, method: str, headers: Headers, body: bytes, date: str, concurrent_to: str,
                        record_id: str) -> bytes:
        """The request record of a fetch, as one gzip member."""
        parts = urlsplit(url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        if not any(k.lower() == "host" for k, _ in headers):
            headers = [("Host", parts.netloc), *headers]
        # warcio's header order for a request made with WARC-Date and WARC-Concurrent-To given
        warc_headers = [("WARC-Date", date), ("WARC-Concurrent-To", concurrent_to), ("WARC-Type", "request"),
                        ("WARC-Record-ID", record_id), ("WARC-Target-URI", url)]
        http_block = _http_block(method, f"{target} HTTP/1.1", headers)
        return _gzip_member(_record_bytes(warc_headers, "application/http; msgtype=request", http_block, body,
                                          _EMPTY_DIGEST if not body else payload_digest(body)), GZIP_LEVEL)


def _new_record_id() -> str:
    return str(StatusAndHeadersParser.make_warc_id())


def _http_block(protocol: str, statusline: str, headers: Headers) -> bytes:
    """The HTTP status line and headers as warcio's StatusAndHeaders.to_ascii_bytes writes them (it is the
    fallback, with its percent-encoding, where a header is not ASCII)."""
    first = f"{protocol} {statusline}" if protocol else statusline
    try:
        return (first + "\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n").encode("ascii")
    except UnicodeEncodeError:
        return bytes(StatusAndHeaders(statusline, list(headers), protocol=protocol).to_ascii_bytes())


def _record_bytes(warc_headers: Headers, content_type: str, http_block: bytes, payload: bytes,
                  digest: str) -> bytes:
    """A request or response record exactly as warcio's WARCWriter writes it from a record built by its
    create_warc_record (the given headers, then the digests, content type and length), without its
    per-header look-ups, stream copies and base32 of a second payload hash: they were most of a record's
    cost."""
    block = hashlib.sha1(http_block)
    block.update(payload)
    block_digest = "sha1:" + base64.b32encode(block.digest()).decode("ascii")
    head = "".join(f"{k}: {v}\r\n" for k, v in warc_headers)
    head = (f"WARC/{WARC_VERSION}\r\n{head}WARC-Payload-Digest: {digest}\r\nWARC-Block-Digest: {block_digest}\r\n"
            f"Content-Type: {content_type}\r\nContent-Length: {len(http_block) + len(payload)}\r\n\r\n")
    return b"".join((head.encode("utf-8"), http_block, payload, b"\r\n\r\n"))


def _gzip_member(data: bytes, level: int) -> bytes:
    compressor = zlib.compressobj(level, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


_COMPRESSED_TYPES = ("application/pdf", "application/zip", "application/gzip", "application/x-gzip",
                     "application/vnd.openxmlformats", "application/vnd.oasis.opendocument", "image/", "video/",
                     "audio/", "font/woff")


def _payload_level(headers: Headers) -> int:
    """The gzip level for a response record: 0 (stored) where the body is compressed already (a gzip- or
    br-encoded page, a PDF, an office file, an image), which deflate cannot shrink: on a simulated night
    (most pages gzip-encoded) level 1 spent four fifths of a record's compression time for 1 % of its size."""
    for name, value in headers:
        lowered = name.lower()
        if lowered == "content-encoding" and value.strip().lower() not in ("", "identity"):
            return 0
        if lowered == "content-type" and value.strip().lower().startswith(_COMPRESSED_TYPES):
            return 0
    return GZIP_LEVEL


def _serialise(writer: WARCWriter, record: Any, level: int = GZIP_LEVEL) -> bytes:
    """One record as one gzip member. Level 1, not warcio's 9: on a simulated night's records level 1 made
    the archive 0.7 % larger than level 6 and took a tenth less of the time a record costs, and level 9
    costs several times the CPU. A body compressed already is stored (level 0, see _payload_level)."""
    out = BytesIO()
    writer.out = out
    try:
        writer.write_record(record)
    finally:
        writer.out = None
    return _gzip_member(out.getvalue(), level)


def index_path(warc: Path) -> Path:
    return warc.with_name(warc.name.removesuffix(WARC_SUFFIX) + INDEX_SUFFIX)


def read_index(path: Path) -> Iterator[dict[str, Any]]:
    """The index lines of one WARC file (complete lines only)."""
    if not path.exists():
        return
    with path.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if line.endswith("\n"):
                try:
                    yield json.loads(line)
                except json.JSONDecodeError:
                    continue


def _complete_members_end(path: Path) -> int:
    """Byte offset just after the last complete gzip member of the file."""
    good_end = 0
    position = 0
    decomp: Any = None
    with path.open("rb") as fh:
        while True:
            chunk = fh.read(1 << 20)
            if not chunk:
                break
            data = chunk
            while data:
                if decomp is None:
                    decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
                try:
                    decomp.decompress(data)
                except zlib.error:
                    return good_end  # garbage: keep what was whole
                if decomp.eof:
                    used = len(data) - len(decomp.unused_data)
                    position += used
                    good_end = position
                    data = decomp.unused_data
                    decomp = None
                else:
                    position += len(data)
                    data = b""
    return good_end


def repair_warc(path: Path) -> int:
    """Cut what a killed writer left half done; returns the bytes removed.

    Records are appended first and indexed second, a fetch's request and response records together: the
    file is cut after the last complete gzip member that its index also lists (a fetch is kept whole or
    not at all), and index lines pointing past the cut are dropped.
    """
    if not path.exists():
        return 0
    size = path.stat().st_size
    good_end = _complete_members_end(path)
    idx = index_path(path)
    if idx.exists():
        # A request record is written just before its response: a fetch ends with its response-side record.
        ends = [e.get("offset", 0) + e.get("length", 0) for e in read_index(idx) if e.get("type") != "request"]
        good_end = max([end for end in ends if end <= good_end], default=0)
    removed = size - good_end
    if removed:
        with path.open("r+b") as fh:
            fh.truncate(good_end)
    if idx.exists():
        entries = [e for e in read_index(idx) if e.get("offset", 0) + e.get("length", 0) <= good_end]
        write_text_atomic(idx, "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries))
    return removed


def repair_archive_dir(folder: Path) -> dict[str, int]:
    """Repair every WARC file of a run's archive folder (before a resumed run appends to them)."""
    repaired: dict[str, int] = {}
    if folder.is_dir():
        for path in sorted(folder.glob("*" + WARC_SUFFIX)):
            removed = repair_warc(path)
            if removed:
                repaired[path.name] = removed
    return repaired


def find_record(folder: Path, url: str, types: Iterable[str] = ("response", "revisit", "resource")
                ) -> dict[str, Any] | None:
    """The last index entry for `url` among the archive folder's files (any worker's), or None."""
    wanted = set(types)
    found: dict[str, Any] | None = None
    for idx in sorted(folder.glob("*" + INDEX_SUFFIX)):
        for entry in read_index(idx):
            if entry.get("url") == url and entry.get("type") in wanted:
                found = {**entry, "file": idx.name.removesuffix(INDEX_SUFFIX) + WARC_SUFFIX}
    return found
