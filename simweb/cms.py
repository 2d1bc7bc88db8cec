"""A simulated web of CMS-shaped institution sites: numbered URLs, uninformative links, deep chains, traps.

The shapes that a URL-shape trap rule gets wrong: every page of a site lives in one numbered family
(Joomla `index.php?option=com_content&view=article&id=N`, WordPress `?p=N` / `?page_id=N`, Bitrix
`detail.php?ID=N`, `/news/view?id=N&lang=en`, `/page/view?id=N`, `/blog/1/qaView/N`, `/p/N.html`), every link
is named with ordinary words ("Подробнее", "Толығырақ", "Read more", a number), artefact pages and documents
sit at the end of chains of ordinary pages (whose links share a "materials" block, as document trails do on
real sites, with some ordinary links in it too), and news archives are long numbered listings. Some sites also
carry a real trap (an endless calendar, an endless empty search): those URLs are not pages of the site.

    python -m simweb.cms up --n 30 --pages 150 --seed 1 --state-dir DIR [--lifetime 3600]

serves site i on 127.0.3.(i+1) (clear of simweb's 127.0.1.x and the hostile web), writes DIR/institutions.csv,
DIR/web.json (per site: its pages, its artefacts and where they are, its trap) and DIR/ready.json, appends
every request to DIR/hits.jsonl, and prints `CMSWEB READY {json}`. `CmsWebProcess` runs it for tests and
benchmarks. A site is a pure function of (seed, index, pages, as_of).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import csv
import json
import os
import random
import signal
import socket
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any

from detectors.spec import applicable
from simweb import phrases as P
from simweb.render import esc
from simweb.textvariants import fill

# URL schemes of the CMSs Kazakhstani institution sites run on; {n} is the page number.
SCHEMES: dict[str, str] = {
    "static": "/p/{n}.html",
    "joomla": "/index.php?option=com_content&view=article&id={n}",
    "wp_post": "/?p={n}",
    "wp_page": "/?page_id={n}",
    "bitrix": "/about/detail.php?ID={n}",
    "yii_news": "/news/view?id={n}&lang=en",
    "yii_page": "/page/view?id={n}",
    "qa": "/blog/1/qaView/{n}",
}
ARCHIVE = "/news/archive?page={n}"  # the numbered news listing of every site
TRAPS = ("calendar", "", "search", "", "")  # site i gets TRAPS[i % 5]
PLAIN_LINKS = {"ru": ("Подробнее", "Далее", "Читать", "Материал", "Перейти"),
               "kk": ("Толығырақ", "Әрі қарай", "Оқу", "Материал", "Өту"),
               "en": ("Read more", "More", "Next", "Details", "Continue")}
DOWNLOAD = {"ru": "Скачать", "kk": "Жүктеу", "en": "Download"}
SECTIONS = {"ru": ("О нас", "Студентам", "Наука", "Жизнь вуза", "Медиа", "Партнёры"),
            "kk": ("Біз туралы", "Студенттерге", "Ғылым", "Университет өмірі", "Медиа", "Серіктестер")}
# Neutral words for ordinary pages: none of them is a catalog keyword, so ordinary pages evidence nothing.
VOCAB = {
    "ru": ("студенты", "преподаватели", "кафедра", "факультет", "конференция", "семинар", "встреча", "праздник",
           "турнир", "библиотека", "книги", "выставка", "концерт", "музыка", "город", "весной", "осенью", "лекция",
           "гости", "делегация", "партнёры", "лаборатория", "экскурсия", "музей", "театр", "волонтёры", "команда",
           "победа", "олимпиада", "выпускники", "день", "неделя", "спортзал", "стадион", "фестиваль", "песни",
           "танцы", "шахматы", "волейбол", "футбол", "дебаты", "клуб", "кружок", "поездка", "горы", "озеро",
           "история", "традиции", "юбилей", "ветераны", "родители", "школьники", "профессор", "доцент",
           "аудитория", "корпус", "ремонт", "сад", "деревья", "цветы", "фотографии", "альбом", "газета",
           "журнал", "радио", "телевидение", "интервью", "мастер-класс", "тренинг", "форум", "визит"),
    "kk": ("студенттер", "оқытушылар", "кафедра", "факультет", "конференция", "семинар", "кездесу", "мереке",
           "турнир", "кітапхана", "кітаптар", "көрме", "концерт", "музыка", "қала", "көктемде", "күзде", "дәріс",
           "қонақтар", "делегация", "серіктестер", "зертхана", "саяхат", "мұражай", "театр", "еріктілер",
           "команда", "жеңіс", "олимпиада", "түлектер", "күн", "апта", "спортзал", "стадион", "фестиваль",
           "әндер", "билер", "шахмат", "волейбол", "футбол", "пікірсайыс", "клуб", "үйірме", "тау", "көл",
           "тарих", "дәстүр", "мерейтой", "ардагерлер", "ата-аналар", "оқушылар", "профессор", "аудитория",
           "ғимарат", "бақ", "ағаштар", "гүлдер", "суреттер", "газет", "журнал", "радио", "сұхбат", "форум"),
}
BODY = ("regulation", "info", "code", "policy")  # body kinds of the artefacts placed (non-periodic, no people list)


@dataclass(slots=True)
class CmsPage:
    path: str  # path + query, as linked
    title: str
    lang: str
    text: str  # main HTML
    links: list[tuple[str, str]] = field(default_factory=list)  # (href, anchor text)
    attachments: list[tuple[str, str]] = field(default_factory=list)  # links in the page's "materials" block


@dataclass(slots=True)
class CmsArtefact:
    artefact_id: str
    form: str  # html | pdf | docx
    url: str  # the evidence: the page or the document (path + query)
    depth: int  # links from the home page


@dataclass(slots=True)
class CmsSite:
    index: int
    inst_id: str
    address: str
    scheme: str
    trap: str
    pages: dict[str, CmsPage] = field(default_factory=dict)
    documents: dict[str, tuple[str, Any]] = field(default_factory=dict)  # path -> (content type, DocSpec)
    artefacts: list[CmsArtefact] = field(default_factory=list)
    nav: list[tuple[str, str]] = field(default_factory=list)  # the menu: (href, section name)

    def summary(self) -> dict[str, Any]:
        return {"id": self.inst_id, "address": self.address, "scheme": self.scheme, "trap": self.trap,
                "pages": sorted(self.pages) + sorted(self.documents),
                "artefacts": [asdict(a) for a in self.artefacts]}


def site_address(index: int) -> str:
    return f"127.0.3.{index + 1}"


def _sentence(rng: random.Random, lang: str) -> str:
    words = rng.sample(VOCAB[lang], rng.randint(7, 12))
    return " ".join(words).capitalize() + "."


def _artefact_choices() -> list[tuple[str, P.Wording]]:
    """Artefacts a university's site is expected to carry (the CMS sites are universities)."""
    out = []
    university = {a.id for a in applicable("university") if a.public}
    for aid, phrases in P.PHRASES.items():
        if aid not in university:
            continue
        for wording in phrases.wordings:
            if wording.period is None and wording.body in BODY and "html" in phrases.forms:
                out.append((aid, wording))
                break
    return out


def build_site(index: int, seed: int, n_pages: int, as_of: date, artefacts: int = 3) -> CmsSite:
    """One site of `n_pages` pages and documents: home, menu sections, a numbered news archive, chains."""
    rng = random.Random(f"cms:{seed}:{index}")
    scheme = list(SCHEMES)[index % len(SCHEMES)]
    site = CmsSite(index, f"cms{index:03d}", site_address(index), scheme, TRAPS[index % len(TRAPS)])
    lang = "kk" if index % 3 == 0 else "ru"
    numbers = rng.sample(range(100, 100 + n_pages * 40), n_pages * 2)  # sparse, unordered ids, as CMSs have

    def new_url() -> str:
        return SCHEMES[scheme].format(n=numbers.pop())

    def plain(n: int | None = None) -> str:
        return str(n) if n is not None and rng.random() < 0.2 else rng.choice(PLAIN_LINKS[lang])

    def ordinary(url: str) -> CmsPage:
        title = " ".join(rng.sample(VOCAB[lang], 3)).capitalize()
        text = "".join(f"<p>{esc(_sentence(rng, lang))}</p>" for _ in range(rng.randint(3, 6)))
        page = site.pages[url] = CmsPage(url, title, lang, text)
        return page

    home = site.pages["/"] = CmsPage("/", SECTIONS[lang][0], lang, f"<p>{esc(_sentence(rng, lang))}</p>")
    nav: list[tuple[str, str]] = []
    for name in SECTIONS[lang]:
        section = ordinary(new_url())
        section.title = name
        nav.append((section.path, name))
    home.links += [(ARCHIVE.format(n=1), PLAIN_LINKS[lang][0])]
    depth: dict[str, int] = {"/": 0, **{path: 1 for path, _ in nav}}
    budget = n_pages - 1 - len(nav)
    # The artefacts, each at the end of a chain of 2..5 ordinary pages hanging off a random page.
    chosen = rng.sample(_artefact_choices(), artefacts)
    chains: list[tuple[str, P.Wording, str, list[str]]] = []
    for aid, wording in chosen:
        form = rng.choice(("html", "html", "pdf", "docx"))
        chain = [new_url() for _ in range(rng.randint(2, 5))]
        chains.append((aid, wording, form, chain))
        budget -= len(chain) + 1
    archive_pages = max(2, budget // 12)  # listings of 8 news items each, with "next"
    budget -= archive_pages
    news = [new_url() for _ in range(min(budget, archive_pages * 8))]
    budget -= len(news)
    for n in range(1, archive_pages + 1):
        items = news[(n - 1) * 8: n * 8]
        listing = site.pages[ARCHIVE.format(n=n)] = CmsPage(
            ARCHIVE.format(n=n), {"ru": "Новости", "kk": "Жаңалықтар"}[lang] + f" {n}", lang,
            f"<p>{esc(_sentence(rng, lang))}</p>")
        listing.links += [(u, plain()) for u in items]
        if n < archive_pages:
            listing.links.append((ARCHIVE.format(n=n + 1), str(n + 1)))
        depth[listing.path] = n
        for u in items:
            ordinary(u)
            depth[u] = n + 1
    # The rest: ordinary pages under random parents, often the newest page (deep chains), else any page.
    parents = [p for p in site.pages if not p.startswith("/news/archive")]
    for _ in range(max(0, budget)):
        parent = parents[-1] if rng.random() < 0.3 else rng.choice(parents)
        page = ordinary(new_url())
        parents.append(page.path)
        block = site.pages[parent].attachments if rng.random() < 0.15 else site.pages[parent].links
        block.append((page.path, plain(len(site.pages))))
        depth[page.path] = depth.get(parent, 1) + 1
    ordinary_paths = [p for p in site.pages if p != "/" and not p.startswith("/news/archive")]
    for aid, wording, form, chain in chains:
        # Document trails start in a menu section ("About", "Students" ...), as on real sites, or anywhere.
        parent = rng.choice(nav)[0] if rng.random() < 0.7 else rng.choice(ordinary_paths)
        for url in chain:  # a documents trail: its links sit in the pages' "materials" block
            ordinary(url)
            site.pages[parent].attachments.append((url, plain()))
            depth[url] = depth.get(parent, 1) + 1
            parent = url
        head = P.HEAD["university"][lang]
        title = fill(getattr(wording, lang)[0], n=str(rng.randint(10, 300)), H=head[0], Hg=head[1], Hd=head[2])
        lines = P.BODY_LINES[wording.body][lang]
        issued = as_of - timedelta(days=rng.randint(200, 900))
        if form == "html":
            target = new_url()
            site.pages[target] = CmsPage(target, title, lang, f"<h2>{esc(title)}</h2>" + "".join(
                f"<p>{esc(line)}</p>" for line in lines))
            site.pages[parent].attachments.append((target, plain()))
        else:
            from simweb.documents import DocSpec

            target = f"/upload/files/{rng.getrandbits(48):012x}.{form}"
            spec = DocSpec(fmt=form, lang=lang, title=title, header=(), lines=tuple(lines), issued=issued,
                           meta_title="")
            kind = "application/pdf" if form == "pdf" else (
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            site.documents[target] = (kind, spec)
            site.pages[parent].attachments.append((target, DOWNLOAD[lang]))
        depth[target] = depth.get(parent, 1) + 1
        site.artefacts.append(CmsArtefact(aid, form, target, depth[target]))
    for page in site.pages.values():
        page.links.insert(0, ("/", {"ru": "Главная", "kk": "Басты бет"}[lang]))
    home.links[:0] = nav
    if site.trap == "calendar":
        home.links.append((f"/events/calendar?month={as_of:%Y-%m}", {"ru": "Календарь", "kk": "Күнтізбе"}[lang]))
    elif site.trap == "search":
        home.links.append(("/search?q=&page=1", {"ru": "Поиск", "kk": "Іздеу"}[lang]))
    site.nav = nav
    return site


def render_page(site: CmsSite, page: CmsPage, nav: list[tuple[str, str]]) -> str:
    """Every link inside <main>, named plainly; the menu repeats the sections on every page."""
    menu = "".join(f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for h, t in nav)
    links = "".join(f'<li class="item"><a href="{esc(h)}">{esc(t)}</a></li>' for h, t in page.links)
    materials = "".join(f'<p class="file"><a class="doc" href="{esc(h)}">{esc(t)}</a></p>' for h, t in page.attachments)
    block = f'<div class="attachments">{materials}</div>' if materials else ""
    return (f'<!DOCTYPE html><html lang="{page.lang}"><head><meta charset="utf-8"><title>{esc(page.title)}</title>'
            f'</head><body><header><nav class="menu"><ul>{menu}</ul></nav></header><main><h1>{esc(page.title)}</h1>'
            f'{page.text}<ul class="list">{links}</ul>{block}</main><footer>{esc(site.inst_id)}</footer></body></html>')


def trap_page(site: CmsSite, path: str, query: dict[str, str]) -> tuple[str, list[tuple[str, str]]] | None:
    """The endless part of a site: a calendar one month after another, an empty search one page after another."""
    if site.trap == "calendar" and path == "/events/calendar":
        try:
            year, month = (int(x) for x in query.get("month", "2026-01").split("-")[:2])
        except ValueError:
            year, month = 2026, 1
        nxt = (year + (month == 12), month % 12 + 1)
        prv = (year - (month == 1), (month - 2) % 12 + 1)
        return ("Календарь мероприятий. Мероприятий в этом месяце нет.",
                [(f"/events/calendar?month={nxt[0]}-{nxt[1]:02d}", "»"),
                 (f"/events/calendar?month={prv[0]}-{prv[1]:02d}", "«")])
    if site.trap == "search" and path == "/search":
        n = int(query.get("page", "1")) if query.get("page", "1").isdigit() else 1
        return ("Результаты поиска. Ничего не найдено.", [(f"/search?q=&page={n + 1}", str(n + 1))])
    return None


# -- serving ----------------------------------------------------------------------------------------------
def write_state(state: Path, sites: list[CmsSite], port: int) -> dict[str, Any]:
    registry = state / "institutions.csv"
    with registry.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "name_kk", "name_ru", "name_en", "type", "region", "city", "website", "bin", "source"])
        for s in sites:
            writer.writerow([s.inst_id, "", f"Университет {s.index}", "", "university", "", "",
                             f"http://{s.address}:{port}/", "", "simweb cms (synthetic)"])
    (state / "web.json").write_text(json.dumps({"port": port, "sites": [s.summary() for s in sites]},
                                               ensure_ascii=False), encoding="utf-8")
    ready = {"port": port, "registry": str(registry), "web": str(state / "web.json"),
             "hits": str(state / "hits.jsonl"), "pid": os.getpid()}
    (state / "ready.json").write_text(json.dumps(ready), encoding="utf-8")
    return ready


async def serve(state: Path, n: int, n_pages: int, seed: int, as_of: date, lifetime: float,
                refuse_after: int = 0) -> None:
    from aiohttp import web

    from simweb.documents import render

    sites = [build_site(i, seed, n_pages, as_of) for i in range(n)]
    by_address = {s.address: s for s in sites}
    html_cache: dict[tuple[str, str], bytes] = {}
    doc_cache: dict[tuple[str, str], bytes] = {}
    hits = (state / "hits.jsonl").open("a", encoding="utf-8")
    served: dict[str, int] = {}
    control = state / "refuse_after.txt"  # rewritten between scans: a firewall rule switched on or off
    limit = {"value": refuse_after, "mtime": 0.0}

    def refusal_limit() -> int:
        try:
            mtime = control.stat().st_mtime
        except OSError:
            return limit["value"]  # type: ignore[return-value]
        if mtime != limit["mtime"]:
            text = control.read_text(encoding="ascii").strip()
            limit.update(value=int(text) if text.isdigit() else 0, mtime=mtime)
            served.clear()  # a new rule counts from zero
        return limit["value"]  # type: ignore[return-value]

    async def handle(request: web.Request) -> web.StreamResponse:
        address = (request.transport.get_extra_info("sockname") or ("",))[0] if request.transport else ""
        site = by_address.get(address)
        status, body, ctype = 404, b"not found", "text/plain"
        path_qs = request.path_qs
        if site is not None:
            served[site.inst_id] = count = served.get(site.inst_id, 0) + 1
            refuse = refusal_limit()
            if refuse and count > refuse and request.path != "/robots.txt":
                status, body = 403, b"Forbidden"
            elif request.path == "/robots.txt":
                status, body = 200, b"User-agent: *\nAllow: /\n"
            elif path_qs in site.pages or (request.path == "/" and not request.query_string):
                key = (site.inst_id, path_qs if path_qs in site.pages else "/")
                if key not in html_cache:
                    html_cache[key] = render_page(site, site.pages[key[1]], site.nav).encode()
                status, body, ctype = 200, html_cache[key], "text/html; charset=utf-8"
            elif path_qs in site.documents:
                kind, spec = site.documents[path_qs]
                key = (site.inst_id, path_qs)
                if key not in doc_cache:
                    doc_cache[key] = render(spec)
                status, body, ctype = 200, doc_cache[key], kind
            elif (trap := trap_page(site, request.path, dict(request.query))) is not None:
                text, links = trap
                page = CmsPage(path_qs, text.split(".")[0], "ru", f"<p>{esc(text)}</p>", links)
                status, body, ctype = 200, render_page(site, page, site.nav).encode(), "text/html; charset=utf-8"
        hits.write(json.dumps({"t": time.time(), "host": address, "path": path_qs, "status": status}) + "\n")
        hits.flush()
        return web.Response(status=status, body=body, content_type=ctype.split(";")[0],
                            charset="utf-8" if ctype.startswith("text/html") else None)

    app = web.Application()
    app.router.add_route("GET", "/{tail:.*}", handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    port = _free_port([s.address for s in sites])
    for s in sites:
        await web.TCPSite(runner, s.address, port).start()
    ready = write_state(state, sites, port)
    print("CMSWEB READY " + json.dumps(ready), flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), lifetime)
    await runner.cleanup()
    hits.close()


def _free_port(addresses: list[str]) -> int:
    for _ in range(50):
        with socket.socket() as probe:
            probe.bind((addresses[0], 0))
            port = probe.getsockname()[1]
        try:
            for address in addresses:
                with socket.socket() as s:
                    s.bind((address, port))
            return port
        except OSError:
            continue
    raise RuntimeError("no free port on the cms web's addresses")


class CmsWebProcess:
    """`python -m simweb.cms up ...` in a child process, for tests and benchmarks (stopped on exit)."""

    def __init__(self, state: Path, *, n: int = 6, pages: int = 150, seed: int = 1, as_of: str = "2026-11-25",
                 refuse_after: int = 0) -> None:
        self.state = state
        self.args = ["--n", str(n), "--pages", str(pages), "--seed", str(seed), "--as-of", as_of,
                     "--refuse-after", str(refuse_after)]
        self.proc: subprocess.Popen[str] | None = None
        self.ready: dict[str, Any] = {}

    def __enter__(self) -> CmsWebProcess:
        self.state.mkdir(parents=True, exist_ok=True)
        root = Path(__file__).resolve().parent.parent
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "simweb.cms", "up", "--state-dir", str(self.state), *self.args],
            stdout=subprocess.PIPE, stderr=(self.state / "server.log").open("w"), stdin=subprocess.DEVNULL,
            text=True, cwd=root, env={**os.environ, "PYTHONPATH": str(root)})
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.startswith("CMSWEB READY "):
                self.ready = json.loads(line.removeprefix("CMSWEB READY "))
                return self
        self.__exit__(None, None, None)
        raise RuntimeError("cms web did not start:\n" + (self.state / "server.log").read_text())

    @property
    def registry(self) -> Path:
        return Path(self.ready["registry"])

    def web(self) -> dict[str, Any]:
        return json.loads(Path(self.ready["web"]).read_text(encoding="utf-8"))

    def hits(self) -> list[dict[str, Any]]:
        path = Path(self.ready["hits"])
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]

    def reset_hits(self) -> None:
        Path(self.ready["hits"]).write_text("", encoding="utf-8")

    def refuse_after(self, requests: int) -> None:
        """From now on every site answers 403 after `requests` more requests (0: never); robots.txt stays open."""
        path = self.state / "refuse_after.txt"
        path.write_text(str(requests), encoding="ascii")
        os.utime(path, (time.time(), time.time() + 1e-3 * requests + 1))  # a new mtime even within one tick

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m simweb.cms", description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["up"])
    parser.add_argument("--state-dir", type=Path, required=True)
    parser.add_argument("--n", type=int, default=30)
    parser.add_argument("--pages", type=int, default=150)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--as-of", default="2026-11-25")
    parser.add_argument("--lifetime", type=float, default=3600.0)
    parser.add_argument("--refuse-after", type=int, default=0,
                        help="answer 403 to every site's requests after this many (0: never)")
    args = parser.parse_args(argv)
    from crawler.processes import exit_with_parent

    exit_with_parent()
    args.state_dir.mkdir(parents=True, exist_ok=True)
    asyncio.run(serve(args.state_dir, args.n, args.pages, args.seed, date.fromisoformat(args.as_of),
                      args.lifetime, args.refuse_after))


if __name__ == "__main__":
    main()
