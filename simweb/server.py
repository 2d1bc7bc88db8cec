"""One aiohttp process serving every reachable simulated site on its own loopback address.

Each site listens on 127.0.1.N:PORT; the handler finds the site by the local address the request
arrived on. Static files are served with a sniffed Content-Type, a content-hash ETag and
Last-Modified (conditional GET answers 304), gzip when the client asks, and HEAD. robots.txt and
sitemap.xml get the real origin filled in. Unreachable sites simply get no listener.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import hashlib
import json
import os
import resource
import signal
import socket
import sys
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import formatdate, parsedate_to_datetime
from pathlib import Path, PurePosixPath

from aiohttp import web

from simweb.generate import SimWebManifest
from simweb.render import ORIGIN_PLACEHOLDER
from simweb.urls import locate_file

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
TEXT_TYPES = {".xml": "application/xml", ".txt": "text/plain; charset=utf-8", ".json": "application/json",
              ".css": "text/css", ".js": "application/javascript"}
HTML_SUFFIXES = {"", ".html", ".htm", ".php"}
COMPRESSIBLE = ("text/", "application/xml", "application/json", "application/javascript")
MAX_FILE = 20 * 1024 * 1024  # the generator writes nothing this big; refuse rather than read it


@dataclass(slots=True)
class ServedSite:
    root: Path
    redirects: dict[str, tuple[int, str]]
    docx_octet_stream: bool


@dataclass(slots=True)
class FileBody:
    data: bytes
    etag: str
    mtime: float
    content_type: str


class SimWebServer:
    """Maps (local address, path) to a file of the right site and answers like a static web server."""

    def __init__(self, root: Path, port: int) -> None:
        self.manifest = SimWebManifest.load(root)
        self.port = port
        self.sites: dict[str, ServedSite] = {}
        for s in self.manifest.sites:
            if s.reachable:
                self.sites[s.host] = ServedSite(root / "sites" / s.id,
                                                {k: (int(v[0]), str(v[1])) for k, v in s.redirects.items()},
                                                bool(s.features.get("docx_octet_stream")))
        self._etags: dict[tuple[str, int, int, int], str] = {}
        self.runner: web.AppRunner | None = None

    # ---- request handling --------------------------------------------------------------------

    async def handle(self, request: web.Request) -> web.StreamResponse:
        if request.method not in ("GET", "HEAD"):
            raise web.HTTPMethodNotAllowed(request.method, ["GET", "HEAD"])
        sockname = request.transport.get_extra_info("sockname") if request.transport else None
        site = self.sites.get(sockname[0]) if sockname else None
        if site is None:
            raise web.HTTPMisdirectedRequest()
        path, query = request.path, request.query_string
        if "\x00" in path or ".." in PurePosixPath(path).parts or "@" in path:
            return self.not_found(site)
        if path in site.redirects:
            status, location = site.redirects[path]
            raise (web.HTTPMovedPermanently if status == 301 else web.HTTPFound)(location)
        try:
            target = locate_file(site.root, path, query)
            if target is None:
                if path != "/" and not path.endswith("/") and (site.root / path.lstrip("/")).is_dir():
                    raise web.HTTPMovedPermanently(path + "/" + (f"?{query}" if query else ""))
                return self.not_found(site)
            body = self.read(site, target, sockname[0])
        except OSError:  # e.g. a name too long for the file system: hostile input gets a 404, not a 500
            return self.not_found(site)
        if body is None:
            return self.not_found(site)
        return self.respond(request, body)

    def read(self, site: ServedSite, path: Path, host: str) -> FileBody | None:
        st = path.stat()
        if st.st_size > MAX_FILE:
            return None
        data = path.read_bytes()
        name = path.name
        if name in ("robots.txt", "sitemap.xml") and path.parent == site.root:
            data = data.replace(ORIGIN_PLACEHOLDER.encode(), f"http://{host}:{self.port}".encode())
        key = (str(path), st.st_ino, st.st_mtime_ns, st.st_size)
        etag = self._etags.get(key)
        if etag is None:
            etag = '"' + hashlib.sha1(data).hexdigest()[:20] + '"'
            self._etags[key] = etag
        return FileBody(data, etag, st.st_mtime, self.content_type(site, name, data))

    @staticmethod
    def content_type(site: ServedSite, name: str, data: bytes) -> str:
        """By content for documents (a PDF behind download.php is still a PDF), else by extension."""
        if data.startswith(b"%PDF-"):
            return "application/pdf"
        if data.startswith(b"PK\x03\x04"):
            return "application/octet-stream" if site.docx_octet_stream else DOCX_TYPE
        suffix = PurePosixPath(name.split("@", 1)[0]).suffix.lower()
        if suffix in TEXT_TYPES:
            return TEXT_TYPES[suffix]
        if suffix in HTML_SUFFIXES:
            # A legacy page declares windows-1251 only in its meta tag: the header must not claim utf-8.
            return "text/html" if b"windows-1251" in data[:1024] else "text/html; charset=utf-8"
        return "application/octet-stream"

    @staticmethod
    def respond(request: web.Request, body: FileBody) -> web.Response:
        compressible = body.content_type.startswith(COMPRESSIBLE)
        use_gzip = compressible and len(body.data) > 200 and "gzip" in request.headers.get("Accept-Encoding", "")
        etag = body.etag[:-1] + '-gz"' if use_gzip else body.etag
        headers = {"ETag": etag, "Last-Modified": formatdate(body.mtime, usegmt=True), "Server": "simweb"}
        if compressible:
            headers["Vary"] = "Accept-Encoding"
        if not_modified(request, body, etag):
            return web.Response(status=304, headers=headers)
        data = body.data
        if use_gzip:
            data = gzip.compress(data, compresslevel=6, mtime=0)
            headers["Content-Encoding"] = "gzip"
        headers["Content-Type"] = body.content_type
        return web.Response(body=data, headers=headers)

    def not_found(self, site: ServedSite) -> web.Response:
        page = site.root / "404.html"
        data = page.read_bytes() if page.is_file() else b"Not Found"
        return web.Response(status=404, body=data, headers={"Content-Type": "text/html; charset=utf-8", "Server": "simweb"})

    # ---- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> None:
        raise_fd_limit()
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self.handle)
        self.runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self.runner.setup()
        for host in self.sites:
            await web.TCPSite(self.runner, host, self.port, backlog=256, reuse_address=True).start()

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()
            self.runner = None

    def ready_line(self) -> str:
        m = self.manifest
        info = {"port": self.port, "hosts": m.hosts, "unreachable_hosts": m.unreachable_hosts,
                "registry": str(m.registry_path.resolve()), "truth": str(m.truth_path.resolve()),
                "root": str(m.out_dir.resolve()), "pid": os.getpid()}
        return "SIMWEB READY " + json.dumps(info, ensure_ascii=False)


def not_modified(request: web.Request, body: FileBody, etag: str) -> bool:
    """RFC 9110 conditional GET: If-None-Match wins; If-Modified-Since only without it."""
    inm = request.headers.get("If-None-Match")
    if inm is not None:
        tags = {t.strip().removeprefix("W/") for t in inm.split(",")}
        return "*" in tags or etag in tags or body.etag in tags
    ims = request.headers.get("If-Modified-Since")
    if ims:
        try:
            since = parsedate_to_datetime(ims).timestamp()
        except (TypeError, ValueError):
            return False
        return int(body.mtime) <= since
    return False


def raise_fd_limit() -> None:
    """1000 listening sockets plus connections exceed a default soft limit of 1024."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


def port_is_free(hosts: list[str], port: int) -> bool:
    """True when every host:port can be bound right now."""
    socks: list[socket.socket] = []
    try:
        for host in hosts:
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            socks.append(s)
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind((host, port))
        return True
    except OSError:
        return False
    finally:
        for s in socks:
            s.close()


def choose_port(hosts: list[str], preferred: int = 0) -> int:
    """The preferred port when it is free on all hosts, else one the kernel hands out that is."""
    if preferred and port_is_free(hosts, preferred):
        return preferred
    for _ in range(50):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.bind((hosts[0] if hosts else "127.0.0.1", 0))
            port = s.getsockname()[1]
        if port_is_free(hosts, port):
            return port
    raise RuntimeError("no port is free on all simweb hosts")


async def serve_until_stopped(root: Path, port: int, *, exit_with_parent: bool = False,
                              announce: Callable[[str], None] | None = None) -> None:
    """Serve until SIGTERM/SIGINT (or the parent process dies, when asked); prints the READY line."""
    # (Who the parent is, read before the READY line: a parent that reads it and dies at once must still be missed.)
    parent = os.getppid()
    server = SimWebServer(root, port)
    await server.start()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    (announce or _print_flush)(server.ready_line())
    try:
        while not stop.is_set():
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=1.0)
            if exit_with_parent and os.getppid() != parent:
                break  # orphaned: the test process that started us is gone
    finally:
        await server.stop()
        print("simweb: stopped", file=sys.stderr, flush=True)


def _print_flush(line: str) -> None:
    print(line, flush=True)
