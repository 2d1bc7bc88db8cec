"""A hostile test web on loopback: one aiohttp process serving many misbehaving "institution sites".

Run by tests/test_crawler_hostile.py in a subprocess:

    python tests/hostile/server.py --state-dir DIR [--lifetime 600]

Each site is a `.test` name bound to its own 127.0.1.x address, all on one port; the crawler reaches them
through ADALSCAN_RESOLVER_OVERRIDES (written to DIR/ready.json with the port), so the address guard runs
with --allow-private off. The server also listens on 127.0.0.1 with a /canary page that a correct guard
never lets the crawler reach. Every request is appended to DIR/hits.jsonl (time, host, path, status,
User-Agent) for the tests to inspect. The process stops by itself after --lifetime seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import email.utils
import hashlib
import io
import json
import os
import socket
import struct
import time
import zlib
from pathlib import Path
from typing import Any

from aiohttp import web
from files import make_pdf  # tests/hostile/files.py (this script's folder is on sys.path)

# name -> last octet of its 127.0.1.x address. 127.0.1.200+ keeps clear of the simulated web (127.0.1.1..N).
SITES = {
    "good.test": 201, "trap.test": 202, "huge.test": 203, "bomb.test": 204, "slow.test": 205,
    "loop.test": 206, "private.test": 207, "internal.test": 208, "charset.test": 209, "brokenpdf.test": 210,
    "ratelimit.test": 211, "robots.test": 212, "js.test": 213, "tls.test": 214, "reset.test": 215,
    "budget.test": 216, "refusing.test": 217,
}
# Simulated DNS answers that must never be connected to: the guard judges them by these addresses.
SIMULATED = {"intranet.test": "10.0.0.1", "metadata.test": "169.254.169.254"}
RAW_SITES = {"tls.test", "reset.test"}  # served by raw sockets, not aiohttp

KK_PLAN = "Сыбайлас жемқорлыққа қарсы іс-қимыл жоспары 2025-2026 оқу жылына"
RU_PLAN = "План мероприятий по противодействию коррупции на 2025-2026 учебный год"
KK_CODE = "Академиялық адалдық кодексі"
RU_CODE = "Кодекс академической честности обучающихся"
KAZAKH_LETTERS = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"


def page(title: str, body: str, links: list[tuple[str, str]] = (), *, nav: list[tuple[str, str]] = (),
         charset: str = "utf-8", head_extra: str = "") -> str:
    nav_html = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in nav)
    links_html = "".join(f'<p><a href="{h}">{t}</a></p>' for h, t in links)
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}</title>{head_extra}</head>'
            f"<body><header><nav><ul>{nav_html}</ul></nav></header><main><h1>{title}</h1><p>{body}</p>"
            f"{links_html}</main></body></html>")


def make_docx(title: str, paragraphs: list[str]) -> bytes:
    from docx import Document

    doc = Document()
    doc.add_heading(title, level=1)
    for text in paragraphs:
        doc.add_paragraph(text)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def gzip_of_zeros(size: int) -> bytes:
    """A gzip stream of `size` zero bytes (about size/1000 compressed): the decompression bomb."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = b"\0" * (1 << 20)
    out = [compressor.compress(chunk) for _ in range(size >> 20)]
    out.append(compressor.flush())
    return b"".join(out)


def letters(n: int) -> str:
    """n written in letters a..z (page names without digits, so the numbered-pattern cap never applies)."""
    out = ""
    while True:
        n, digit = divmod(n, 26)
        out = chr(97 + digit) + out
        if n == 0:
            return out


def from_letters(text: str) -> int:
    value = 0
    for char in text:
        value = value * 26 + (ord(char) - 97)
    return value


class HostileWeb:
    def __init__(self, state_dir: Path, port: int) -> None:
        self.state_dir = state_dir
        self.port = port
        self.hits = (state_dir / "hits.jsonl").open("a", encoding="utf-8", buffering=1)
        self.bomb = gzip_of_zeros(64 << 20)
        self.plan_pdf = make_pdf([[KK_PLAN, RU_PLAN, "1. " + KAZAKH_LETTERS, "Бекітілді: ректор"]])
        self.code_docx = make_docx(RU_CODE, [KK_CODE, "Студенттің ар-намыс кодексі", KAZAKH_LETTERS])
        self.counters: dict[str, int] = {}

    def url(self, host: str, path: str = "/") -> str:
        return f"http://{host}:{self.port}{path}"

    def record(self, request: web.Request, status: int) -> None:
        self.hits.write(json.dumps({"t": time.time(), "host": request.host.split(":")[0], "path": request.path_qs,
                                    "status": status, "ua": request.headers.get("User-Agent", "")},
                                   ensure_ascii=False) + "\n")

    # -- dispatch -----------------------------------------------------------------------------------
    async def handle(self, request: web.Request) -> web.StreamResponse:
        host = request.host.split(":")[0].lower()
        if request.path == "/canary":
            self.record(request, 200)
            return web.Response(text="the guard let a request through to 127.0.0.1")
        handler = getattr(self, "site_" + host.split(".")[0], None)
        if handler is None:
            self.record(request, 404)
            return web.Response(status=404, text="no such site")
        response: web.StreamResponse = await handler(request)
        self.record(request, response.status)
        return response

    @staticmethod
    def html(text: str, status: int = 200, charset: str = "utf-8", **headers: str) -> web.Response:
        return web.Response(body=text.encode(charset), status=status, headers={
            "Content-Type": f"text/html; charset={charset}", **headers})

    @staticmethod
    def robots(request: web.Request, body: str = "User-agent: *\nAllow: /\n") -> web.Response | None:
        if request.path == "/robots.txt":
            return web.Response(text=body, content_type="text/plain")
        return None

    # -- the normal site, whose results must stay intact ---------------------------------------------------
    async def site_good(self, request: web.Request) -> web.StreamResponse:
        if request.path == "/robots.txt":
            return web.Response(text=f"User-agent: *\nDisallow: /private/\nSitemap: {self.url('good.test', '/sitemap.xml')}\n",
                                content_type="text/plain")
        if request.path == "/sitemap.xml":
            urls = "".join(f"<url><loc>{self.url('good.test', p)}</loc></url>"
                           for p in ("/", "/antikor/", "/antikor/plan.pdf", "/about/"))
            return web.Response(text=f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                                     f"{urls}</urlset>", content_type="application/xml")
        nav = [("/antikor/", "Сыбайлас жемқорлыққа қарсы іс-қимыл"), ("/about/", "Университет туралы"),
               ("/kz/", "ҚАЗ"), ("/ru/", "РУС")]
        if request.path in ("/", "/kz/", "/ru/"):
            return self.html(page("Университет", "Қош келдіңіздер! Добро пожаловать.", [
                ("/docs/kodeks.docx", KK_CODE), ("/private/secret", "Жабық бөлім")], nav=nav))
        if request.path == "/antikor/":
            return self.html(page("Противодействие коррупции", RU_PLAN, [
                ("/antikor/plan.pdf", KK_PLAN), ("/docs/kodeks.docx", RU_CODE)], nav=nav))
        if request.path == "/antikor/plan.pdf":
            return web.Response(body=self.plan_pdf, content_type="application/pdf")
        if request.path == "/docs/kodeks.docx":
            return web.Response(body=self.code_docx, content_type=(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
        if request.path == "/about/":
            return self.html(page("Университет туралы", "Тарихы және миссиясы.", nav=nav))
        return self.html(page("Табылмады", "404"), status=404)

    # -- traps ----------------------------------------------------------------------------------------
    async def site_trap(self, request: web.Request) -> web.StreamResponse:
        if (r := self.robots(request)) is not None:
            return r
        session = hashlib.md5(str(time.time_ns()).encode()).hexdigest()  # a fresh session id in every link
        if request.path == "/calendar":  # ?month=N links to N+1 and N-1 forever
            month = int(request.query.get("month", "0") or 0)
            return self.html(page(f"Күнтізбе {month}", "Іс-шаралар күнтізбесі.", [
                (f"/calendar?month={month + 1}", "Келесі ай"), (f"/calendar?month={month - 1}", "Алдыңғы ай")]))
        if request.path.startswith("/events/"):  # /events/2024/05/ -> next month, forever
            parts = [p for p in request.path.split("/") if p.isdigit()]
            year, month = (int(parts[0]), int(parts[1])) if len(parts) == 2 else (2024, 1)
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
            return self.html(page(f"Оқиғалар {year}", "Оқиғалар.", [(f"/events/{year}/{month:02d}/", "Келесі")]))
        if request.path.startswith("/loop/"):  # relative link: /loop/a/ -> /loop/a/a/ -> ...
            return self.html(page("Цикл", "Жол.", [("a/", "Ішкі бөлім")]))
        if request.path == "/news":
            return self.html(page("Жаңалықтар", "Сессия.", [(f"/news?PHPSESSID={session}&utm_source=x", "Жаңалықтар")]))
        return self.html(page("Тұзақ", "Шексіз сілтемелер.", [
            ("/calendar?month=1", "Күнтізбе"), ("/events/2024/01/", "Оқиғалар"), ("/loop/a/", "Цикл"),
            (f"/news?PHPSESSID={session}", "Жаңалықтар"), (f"/news;jsessionid={session}", "Жаңалықтар")]))

    async def site_budget(self, request: web.Request) -> web.StreamResponse:
        if (r := self.robots(request)) is not None:
            return r
        name = request.path.strip("/").removeprefix("p-")
        n = from_letters(name) if name.isalpha() and name.islower() else 0
        links = [(f"/p-{letters(n * 5 + k)}", f"Бет {k}") for k in range(1, 6)]  # an endless tree of pages
        return self.html(page("Көп бет", "Шексіз сайт.", links))

    # -- size caps ------------------------------------------------------------------------------------
    async def site_huge(self, request: web.Request) -> web.StreamResponse:
        if (r := self.robots(request)) is not None:
            return r
        if request.path == "/big.pdf":  # declares 200 MiB; the crawler must not download it
            response = web.StreamResponse(headers={"Content-Type": "application/pdf",
                                                   "Content-Length": str(200 << 20)})
            await response.prepare(request)
            with contextlib.suppress(ConnectionError, RuntimeError):
                await response.write(b"%PDF-1.7\n" + b"0" * 65536)
            return response
        # A 40 MiB page streamed without Content-Length: the crawler keeps the first part, with a note.
        response = web.StreamResponse(headers={"Content-Type": "text/html; charset=utf-8"})
        await response.prepare(request)
        head = page(RU_PLAN, KK_PLAN, [("/big.pdf", "Жоспар (PDF)")])[:-len("</main></body></html>")]
        filler = ("<p>" + "Ақпарат. " * 100 + "</p>\n").encode()
        try:
            await response.write(head.encode())
            for _ in range((40 << 20) // len(filler)):
                await response.write(filler)
        except (ConnectionError, RuntimeError):
            pass  # the crawler hung up at its cap: expected
        return response

    async def site_bomb(self, request: web.Request) -> web.StreamResponse:
        if (r := self.robots(request)) is not None:
            return r
        return web.Response(body=self.bomb, headers={"Content-Type": "text/html", "Content-Encoding": "gzip"})

    async def site_slow(self, request: web.Request) -> web.StreamResponse:
        if (r := self.robots(request)) is not None:
            return r
        response = web.StreamResponse(headers={"Content-Type": "text/html"})
        await response.prepare(request)
        try:
            for _ in range(120):  # one byte every half second, for at most a minute
                await response.write(b"<")
                await asyncio.sleep(0.5)
        except (ConnectionError, RuntimeError):
            pass
        return response

    # -- redirects -------------------------------------------------------------------------------------
    async def site_loop(self, request: web.Request) -> web.StreamResponse:
        if (r := self.robots(request)) is not None:
            return r
        target = {"/": "/a", "/a": "/b", "/b": "/a"}.get(request.path, "/")
        raise web.HTTPFound(target)

    async def site_private(self, request: web.Request) -> web.StreamResponse:
        if (r := self.robots(request)) is not None:
            return r
        raise web.HTTPFound(f"http://127.0.0.1:{self.port}/canary")

    async def site_internal(self, request: web.Request) -> web.StreamResponse:
        if (r := self.robots(request)) is not None:
            return r
        if request.path == "/go-intranet":
            raise web.HTTPFound(f"http://intranet.test:{self.port}/canary")
        if request.path == "/go-metadata":
            raise web.HTTPFound("http://169.254.169.254/latest/meta-data/")
        if request.path == "/go-localhost":
            raise web.HTTPFound(f"http://localhost:{self.port}/canary")
        return self.html(page("Ішкі сілтемелер", "Бұл сайт ішкі мекенжайларға бағыттайды.", [
            ("/go-intranet", "Intranet"), ("/go-metadata", "Metadata"), ("/go-localhost", "Localhost"),
            (f"http://metadata.test:{self.port}/canary", "Metadata by name")]))

    # -- content ---------------------------------------------------------------------------------------
    async def site_charset(self, request: web.Request) -> web.StreamResponse:
        if (r := self.robots(request)) is not None:
            return r
        if request.path == "/koi8":  # KOI8-R, declared only in a meta tag
            return web.Response(body=page("Кодекс этики преподавателей", "Этика.", charset="koi8-r").encode("koi8-r"),
                                headers={"Content-Type": "text/html"})
        # windows-1251 bytes while the header claims utf-8 (the header lies; the meta tag is right)
        body = page("Противодействие коррупции", "Антикоррупционная политика университета.",
                    [("/koi8", "Кодекс этики")], charset="windows-1251").encode("cp1251")
        return web.Response(body=body, headers={"Content-Type": "text/html; charset=utf-8"})

    async def site_brokenpdf(self, request: web.Request) -> web.StreamResponse:
        if (r := self.robots(request)) is not None:
            return r
        if request.path == "/broken.pdf":
            return web.Response(body=b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\n" + bytes(range(256)) * 40,
                                content_type="application/pdf")
        if request.path == "/good.pdf":
            return web.Response(body=self.plan_pdf, content_type="application/pdf")
        return self.html(page("Құжаттар", "Құжаттар тізімі.", [("/broken.pdf", "Бұзылған құжат"),
                                                                ("/good.pdf", KK_PLAN)]))

    async def site_ratelimit(self, request: web.Request) -> web.StreamResponse:
        if (r := self.robots(request)) is not None:
            return r
        count = self.counters[request.path] = self.counters.get(request.path, 0) + 1
        if request.path == "/plan" and count == 1:
            return self.html(page("Too many requests", "Slow down"), status=429, **{"Retry-After": "2"})
        if request.path == "/report" and count == 1:
            when = email.utils.formatdate(time.time() + 3, usegmt=True)
            return self.html(page("Unavailable", "Maintenance"), status=503, **{"Retry-After": when})
        if request.path == "/plan":
            return self.html(page(RU_PLAN, KK_PLAN))
        if request.path == "/report":
            return self.html(page("Отчёт о реализации антикоррупционного плана", "Есеп."))
        return self.html(page("Шектеу", "Сайт сұраныстарды шектейді.", [("/plan", RU_PLAN), ("/report", "Отчёт")]))

    async def site_refusing(self, request: web.Request) -> web.StreamResponse:
        """Serves its first 8 requests, then a firewall rule answers 403 to everything (robots.txt included)."""
        count = self.counters["refusing"] = self.counters.get("refusing", 0) + 1
        if count > 8:
            return self.html(page("Forbidden", "Access denied"), status=403)
        if (r := self.robots(request)) is not None:
            return r
        n = int(request.path.strip("/").removeprefix("item-") or 0) if request.path != "/" else 0
        links = [(f"/item-{n * 4 + k}", f"Бет {n * 4 + k}") for k in range(1, 5)] if n < 10 else []
        return self.html(page(f"Бет {n}", f"Мазмұны {n}: " + "сөз " * n, links))

    async def site_robots(self, request: web.Request) -> web.StreamResponse:
        if (r := self.robots(request, "User-agent: *\nDisallow: /\n")) is not None:
            return r
        return self.html(page("Жабық", "Бұл бетті робот оқымауы керек."))

    async def site_js(self, request: web.Request) -> web.StreamResponse:
        """Every page is a shell its script fills in; the home's links lead to two more such pages."""
        if (r := self.robots(request)) is not None:
            return r
        pages = {"/": ("Антикор: жоспар", "Сыбайлас жемқорлыққа қарсы іс-қимыл жоспары",
                       '<a href="/rules">Ережелер</a> <a href="/report">Есеп</a>'),
                 "/rules": ("Антикор: стандарт", "Сыбайлас жемқорлыққа қарсы стандарт", ""),
                 "/report": ("Антикор: есеп", "Жоспардың орындалуы туралы есеп", "")}
        if request.path not in pages:
            return self.html(page("Табылмады", "Бет жоқ."), status=404)
        title, heading, links = pages[request.path]
        script = (f"document.getElementById('app').innerHTML = '<h1>{heading}</h1><p>Ішкі сенім телефоны: 1424</p>"
                  f"{links}';"
                  f"document.title = '{title}';"
                  f"fetch('http://127.0.0.1:{self.port}/canary?from=js').catch(() => null);")
        return self.html('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Loading</title></head>'
                         f'<body><div id="app"></div><noscript>Enable JavaScript</noscript>'
                         f"<script>{script}</script></body></html>")


async def serve_raw(address: str, port: int, mode: str) -> asyncio.Server:
    """tls.test answers a TLS ClientHello with plain HTTP; reset.test resets every connection."""

    async def on_connect(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            if mode == "tls":
                await asyncio.wait_for(reader.read(1024), 5)
                writer.write(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
                await writer.drain()
            else:
                sock = writer.get_extra_info("socket")
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except (OSError, TimeoutError):
            pass
        finally:
            writer.close()

    return await asyncio.start_server(on_connect, address, port)


def pick_port() -> int:
    """A port free on every address the web needs (bound and released; the server binds it right after)."""
    for _ in range(50):
        probes: list[socket.socket] = []
        try:
            first = socket.socket()
            first.bind(("127.0.1.201", 0))
            probes.append(first)
            port = first.getsockname()[1]
            for address in [f"127.0.1.{n}" for n in SITES.values()] + ["127.0.0.1"]:
                if address == "127.0.1.201":
                    continue
                probe = socket.socket()
                probes.append(probe)
                probe.bind((address, port))
            return port
        except OSError:
            continue
        finally:
            for probe in probes:
                probe.close()
    raise RuntimeError("no common free port")


async def main(state_dir: Path, lifetime: float) -> None:
    port = pick_port()
    web_app = HostileWeb(state_dir, port)
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", web_app.handle)
    runner = web.AppRunner(app, access_log=None, handler_cancellation=True)
    await runner.setup()
    raw_servers = []
    for name, octet in SITES.items():
        address = f"127.0.1.{octet}"
        if name in RAW_SITES:
            raw_servers.append(await serve_raw(address, port, name.split(".")[0]))
        else:
            await web.TCPSite(runner, address, port).start()
    await web.TCPSite(runner, "127.0.0.1", port).start()  # only the canary lives here
    overrides: dict[str, Any] = {name: f"127.0.1.{octet}" for name, octet in SITES.items()} | SIMULATED
    ready = {"port": port, "overrides": overrides, "pid": os.getpid()}
    tmp = state_dir / "ready.json.tmp"
    tmp.write_text(json.dumps(ready), encoding="utf-8")
    tmp.replace(state_dir / "ready.json")
    await asyncio.sleep(lifetime)
    for server in raw_servers:
        server.close()
    await runner.cleanup()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--state-dir", type=Path, required=True)
    parser.add_argument("--lifetime", type=float, default=600.0, help="seconds before the server stops itself")
    args = parser.parse_args()
    args.state_dir.mkdir(parents=True, exist_ok=True)
    asyncio.run(main(args.state_dir, args.lifetime))
