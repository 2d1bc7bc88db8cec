"""Procurement status without a token: a polite Scrapy spider over the portal's public search pages.

Most users have no OWS token (the operator issues it on request), so `adalscan scan` without
`ADALSCAN_GOSZAKUP_TOKEN` reads the public listings instead (goszakup-api.md §8):

* `/ru/search/announce?filter[customer]=<BIN>`  announcements (`table#search-result`), paged by
  `count_record` + `page`; the columns are found by their headers (number, method, start/end of
  submission, amount, status), positions as a fallback;
* `/ru/search/lots?filter[customer]=<BIN>`      lots (7 cells: lot number, announcement link, name,
  quantity, amount, method, status);
* `/ru/search/plans?filter[customer]=<BIN>`     plan points with their status. The notes name no public
  plan search; this path is an assumption (`ADALSCAN_GOSZAKUP_PLANS_PATH`). When the portal answers 404
  there, the plan half is "not checked" and the status rests on procurement alone (said in the detail).

Institutions without a registry BIN are searched by name (`filter[customer]=<name>`); the customer names
shown in the rows are matched with the same rules as the API path's BIN lookup. Without a token the
participant registry cannot be read, so a name that matches no customer is `uncertain`, never `missing`.

Politeness: robots.txt obeyed, one request at a time, `Crawl-delay` 5 s as the portal's robots.txt asks
(`ADALSCAN_GOSZAKUP_CRAWL_DELAY`, so tests and the demo can run fast on the mock), at most
`max_pages` pages per listing and institution, responses capped at 5 MB. The spider runs in a child
process (Scrapy's reactor starts once per process, and the site crawl already uses it):

    python -m crawler.goszakup_listings --portal URL --jobs jobs.json --out FOLDER [--delay 5]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import subprocess
import sys
import tempfile
import urllib.parse
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from lxml import etree

from adalscan.models import GapStatus, Institution
from adalscan.netpolicy import url_refusal
from adalscan.notes import SEPARATOR, note
from adalscan.procurement.assess import decide_status
from adalscan.procurement.bins import BinResolver, Candidate, fold, search_terms, taken_by_another
from adalscan.procurement.models import (
    BIN_SOURCE_REGISTRY,
    BIN_SOURCE_UNKNOWN,
    ProcurementResult,
    RedFlag,
    compact_years,
    valid_bin,
)
from adalscan.procurement.redflags import (
    FORMULAS,
    SHORT_PERIOD,
    MethodBook,
    RedFlagConfig,
    announcements_frame,
    cancelled_flag,
    evaluation_years,
    short_tender_period,
)

log = logging.getLogger("adalscan.procurement")

DEFAULT_PORTAL = "https://www.goszakup.gov.kz"
ENV_PORTAL_URL = "ADALSCAN_GOSZAKUP_PORTAL_URL"
ENV_CRAWL_DELAY = "ADALSCAN_GOSZAKUP_CRAWL_DELAY"
ENV_PLANS_PATH = "ADALSCAN_GOSZAKUP_PLANS_PATH"
ENV_LISTINGS = "ADALSCAN_GOSZAKUP_LISTINGS"  # "0" turns the no-token path off
DEFAULT_DELAY = 5.0  # robots.txt of the real portal: Crawl-delay: 5 (notes §8)
PAGE_SIZE = 50
MAX_PAGES = 20
MAX_BYTES = 5 * 1024 * 1024
BIN_SOURCE_LISTING_NAME = "listing_name_match"
CANCELLED_WORDS = ("отмен", "отказ от закупки")
PLAN_DEAD_WORDS = ("удален", "снят", "предварител", "отозван")
SOURCE = "listings"
DONE_MARK = "done"  # written by the child when the crawl has ended


# -- parsing (pure functions; the spider only fetches) ------------------------------------------------

_ANNOUNCE_ID_RE = re.compile(r"/announce/index/(\d+)")
_CUSTOMER_PREFIX_RE = re.compile(r"^\s*Заказчик:\s*")


def _text(cell: Any) -> str:
    """The text of an lxml element (its descendants' text nodes, as XPath `.//text()`), whitespace collapsed."""
    return " ".join(" ".join(cell.itertext()).split())[:500]


def _own_text(element: Any) -> list[str]:
    """The element's own text nodes (XPath `text()`): its text and the tails of its children."""
    parts = [element.text] if element.text is not None else []
    parts.extend(child.tail for child in element if child.tail is not None)
    return parts


def _money(text: str) -> float | None:
    cleaned = re.sub(r"[^\d.,]", "", text.replace("\xa0", "")).replace(",", ".")
    try:
        return float(cleaned) if cleaned else None
    except ValueError:
        return None


HEADER_KEYS = (("method", ("способ",)), ("start", ("начал",)), ("end", ("окончан",)), ("amount", ("сумм",)),
               ("status", ("статус",)), ("year", ("год",)), ("quantity", ("кол",)))


def _html_parser() -> Any:
    return etree.HTMLParser(encoding="utf-8", recover=True, no_network=True, huge_tree=True)


def parse_table(body: str, kind: str) -> tuple[list[dict[str, Any]], int | None]:
    """Rows of `table#search-result` as dicts, and the total the page states ("Найдено: N"), if any.

    Columns are located by their header words, so a reordered table still parses; the first cell is the
    number and the first link to `/ru/announce/index/{id}` gives the announcement id."""
    # lxml's own HTML parser on UTF-8 bytes, as parsel does but without lxml.html's Python element classes; the
    # rows are walked with the element iterators. An XPath per cell and parsel's classes cost 7.7 ms for a page
    # of 50 rows, and a night at 300 institutions reads about 4,000 such pages.
    text = body[:MAX_BYTES].strip().replace("\x00", "")
    root = etree.fromstring(text.encode("utf-8", errors="replace"), _html_parser()) if text else None
    if root is None:
        return [], None
    table = next((element for element in root.iter("table") if element.get("id") == "search-result"), None)
    if table is None:
        return [], None
    headers = [fold(_text(th)) for th in table.xpath("./thead//th")]
    index: dict[str, int] = {}
    for key, words in HEADER_KEYS:
        for i, header in enumerate(headers):
            if any(w in header for w in words) and key not in index:
                index[key] = i
    rows: list[dict[str, Any]] = []
    for tr in table.xpath("./tbody//tr"):
        cells = list(tr.iter("td"))
        if not cells:
            continue
        link = next((href for a in tr.iter("a") if "/announce/index/" in (href := a.get("href") or "")), "")
        match = _ANNOUNCE_ID_RE.search(link)
        customer = _CUSTOMER_PREFIX_RE.sub("", " ".join(text for small in tr.iter("small")
                                                          for text in _own_text(small))).strip()

        def cell(key: str, cells: Any = cells) -> str:
            i = index.get(key)
            return _text(cells[i]) if i is not None and i < len(cells) else ""

        row = {"kind": kind, "number": _text(cells[0]), "buy_id": int(match.group(1)) if match else None,
               "customer": customer[:300], "method": cell("method"), "start": cell("start"), "end": cell("end"),
               "amount": _money(cell("amount")), "status": cell("status"), "year": cell("year")}
        rows.append(row)
    total_text = " ".join(root.xpath("//*[contains(concat(' ', normalize-space(@class), ' '), ' total ')]/text()"))
    total = re.search(r"(\d+)", total_text)
    return rows, int(total.group(1)) if total else None


def name_query(inst: Institution) -> str:
    """The customer filter for an institution without a BIN: its most distinctive name word (stem), since the
    portal's spelling of the name (legal form, quotes, "им.") rarely equals the registry's."""
    terms = search_terms(inst, 1)
    return terms[0].rstrip("*") if terms else ""


def listing_url(portal: str, path: str, customer: str, page: int) -> str:
    query = urllib.parse.urlencode({"filter[customer]": customer, "count_record": PAGE_SIZE, "page": page})
    return f"{portal.rstrip('/')}{path}?{query}"


# -- the spider -----------------------------------------------------------------------------------------

def _spider_class() -> type:
    import scrapy

    class GoszakupListingsSpider(scrapy.Spider):
        """Fetch each institution's announcement, lot and plan listings; yield one item per page."""

        name = "goszakup_listings"

        def __init__(self, portal: str, jobs: list[dict[str, str]], plans_path: str = "/ru/search/plans",
                     max_pages: int = MAX_PAGES, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self.portal = portal.rstrip("/")
            self.host = urllib.parse.urlsplit(self.portal).netloc
            self.jobs = jobs
            self.plans_path = plans_path
            self.max_pages = max_pages

        async def start(self) -> Any:  # Scrapy >= 2.13
            for request in self.start_requests():
                yield request

        def start_requests(self) -> Iterator[Any]:
            for job in self.jobs:
                for kind, path in (("announce", "/ru/search/announce"), ("lots", "/ru/search/lots"),
                                   ("plans", self.plans_path)):
                    yield self._page(job, kind, path, 1)

        def _page(self, job: dict[str, str], kind: str, path: str, page: int) -> Any:
            return scrapy.Request(listing_url(self.portal, path, job["query"], page), callback=self.parse_page,
                                  errback=self.failed, dont_filter=True,
                                  cb_kwargs={"job": job, "kind": kind, "path": path, "page": page},
                                  meta={"handle_httpstatus_list": [301, 302, 303, 307, 308, 404, 410]})

        def parse_page(self, response: Any, job: dict[str, str], kind: str, path: str, page: int) -> Iterator[Any]:
            if response.status in (301, 302, 303, 307, 308) or urllib.parse.urlsplit(response.url).netloc != self.host:
                # Redirects are not followed: the configured portal URL is the one that was checked.
                yield {"id": job["id"], "kind": kind, "page": page, "error": f"{response.status} redirect not followed"}
                return
            if response.status in (404, 410):
                yield {"id": job["id"], "kind": kind, "page": page, "error": f"{response.status} not found"}
                return
            rows, _total = parse_table(response.text, kind)
            yield {"id": job["id"], "kind": kind, "page": page, "rows": rows, "url": response.url}
            if len(rows) >= PAGE_SIZE and page < self.max_pages:
                yield self._page(job, kind, path, page + 1)

        def failed(self, failure: Any) -> Iterator[Any]:
            request = failure.request
            job, kind = request.cb_kwargs["job"], request.cb_kwargs["kind"]
            yield {"id": job["id"], "kind": kind, "page": request.cb_kwargs["page"],
                   "error": f"{failure.type.__name__}: {str(failure.value)[:200]}"}

    return GoszakupListingsSpider


def crawl(portal: str, jobs: list[dict[str, str]], out: Path, *, delay: float, plans_path: str,
          max_pages: int = MAX_PAGES) -> None:
    """Run the spider in this process (the child); each page item is appended, as one JSON line, to the file
    of its search (job) in the folder `out` (`item_file`), so neither side ever holds every listing at once."""
    from scrapy.crawler import CrawlerProcess

    from crawler import settings as crawl_settings

    out.mkdir(parents=True, exist_ok=True)
    files = {job["id"]: item_file(out, n) for n, job in enumerate(jobs)}
    process = CrawlerProcess({
        "USER_AGENT": "adalscan/0.1 (anti-corruption compliance scanner; public procurement listings)",
        "ROBOTSTXT_OBEY": True, "DOWNLOAD_DELAY": delay, "RANDOMIZE_DOWNLOAD_DELAY": False,
        "CONCURRENT_REQUESTS": 1, "CONCURRENT_REQUESTS_PER_DOMAIN": 1, "AUTOTHROTTLE_ENABLED": False,
        "DOWNLOAD_TIMEOUT": 30, "DOWNLOAD_MAXSIZE": MAX_BYTES, "DOWNLOAD_WARNSIZE": 0, "RETRY_TIMES": 2,
        "REDIRECT_ENABLED": False, "COOKIES_ENABLED": False, "TELNETCONSOLE_ENABLED": False, "LOG_LEVEL": "WARNING",
        "REMOTE_CONTROL_ENABLED": crawl_settings.REMOTE_CONTROL_ENABLED,  # the site crawl's policy: no code-running endpoint
        "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7",
        "WARN_ON_GENERATOR_RETURN_VALUE": crawl_settings.WARN_ON_GENERATOR_RETURN_VALUE,  # the site crawl's policy
        "STATS_CLASS": crawl_settings.STATS_CLASS,  # the same: Scrapy's collector without its per-call shim
        # Scrapy starts CONCURRENT_ITEMS asyncio tasks for each response's output (default 100, for one or two
        # items here): that churn was a third of this child's CPU (cProfile, 1,378 listing pages).
        "CONCURRENT_ITEMS": crawl_settings.CONCURRENT_ITEMS,
        "ITEM_PIPELINES": {}, "EXTENSIONS": {"scrapy.extensions.telnet.TelnetConsole": None}})
    crawler = process.create_crawler(_spider_class())

    def collect(item: dict[str, Any]) -> None:
        with files[item["id"]].open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(dict(item), ensure_ascii=False) + "\n")

    from scrapy import signals

    crawler.signals.connect(collect, signal=signals.item_scraped)
    process.crawl(crawler, portal=portal, jobs=jobs, plans_path=plans_path, max_pages=max_pages)
    process.start()
    (out / DONE_MARK).write_text("done\n", encoding="utf-8")


def item_file(folder: Path, job_number: int) -> Path:
    """The JSON-lines file of the `job_number`-th search's page items (numbers, not names, name files)."""
    return folder / f"{job_number}.jsonl"


def read_items(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


# -- from pages to statuses ---------------------------------------------------------------------------------

def _year(text: str) -> int | None:
    match = re.search(r"(20\d\d)", text or "")
    return int(match.group(1)) if match else None


def _plan_alive(row: dict[str, Any]) -> bool:
    return not any(w in fold(row.get("status") or "") for w in PLAN_DEAD_WORDS)


def methods_from_names(names: list[str]) -> tuple[MethodBook, dict[str, int]]:
    """A MethodBook over the method names the listings show (no dictionary without a token)."""
    ids = {name: i for i, name in enumerate(sorted({n for n in names if n}), start=1)}
    return MethodBook.from_refs([{"id": i, "name_ru": n} for n, i in ids.items()]), ids


def _select_customer(inst: Institution, rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], str, str]:
    """For a name search: keep the rows of the one customer whose shown name matches the institution."""
    names = sorted({r["customer"] for r in rows if r.get("customer")})
    if not names:
        return [], "", note("bin_no_listed_customer")
    resolver = BinResolver([Candidate(name, (name,)) for name in names], in_listings=True)
    match = resolver.match(inst)
    if match.bin is None:
        return [], "", match.detail
    return [r for r in rows if r.get("customer") == match.bin], match.bin, ""


def results_from_pages(institutions: list[Institution], items: list[dict[str, Any]], as_of: date,
                       portal_url: str, config: RedFlagConfig | None = None) -> dict[str, ProcurementResult]:
    """One ProcurementResult per institution from the spider's page items (`source = "listings"`)."""
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in items:
        grouped[item["id"]].append(item)
    return results_from_grouped(institutions, lambda inst_id: grouped.get(inst_id, []), as_of, portal_url, config)


def results_from_grouped(institutions: list[Institution], items_of: Callable[[str], list[dict[str, Any]]],
                         as_of: date, portal_url: str,
                         config: RedFlagConfig | None = None) -> dict[str, ProcurementResult]:
    """The same, reading one institution's page items at a time (`items_of(institution_id)`): at 1,000
    institutions the listings run to hundreds of thousands of rows, which are never all in memory."""
    config = config or RedFlagConfig()
    results: dict[str, ProcurementResult] = {}
    customer_owners: dict[str, str] = {}  # a customer name read under a registry BIN -> that institution
    for inst in institutions:
        got: dict[str, list[dict[str, Any]]] = defaultdict(list)
        failed: dict[str, str] = {}
        for item in items_of(inst.id):
            if item.get("error"):
                failed[item["kind"]] = item["error"]
            else:
                got[item["kind"]].extend(item.get("rows") or [])
        registry_bin = (inst.bin or "").strip()
        has_bin = valid_bin(registry_bin)
        result = ProcurementResult(inst.id, GapStatus.UNCERTAIN, bin=registry_bin if has_bin else None,
                                   bin_source=BIN_SOURCE_REGISTRY if has_bin else BIN_SOURCE_UNKNOWN, source=SOURCE)
        announce, lots, plans = got.get("announce", []), got.get("lots", []), got.get("plans", [])
        if has_bin:
            for row in announce + lots + plans:
                if row.get("customer"):
                    customer_owners.setdefault(row["customer"], inst.id)
        notes: list[str] = []
        if not has_bin:
            if not name_query(inst):
                result.detail = note("bin_no_name_listings")
                results[inst.id] = result
                continue
            announce, matched, why = _select_customer(inst, announce + lots + plans)
            if not matched:
                result.detail = why
                results[inst.id] = result
                continue
            result.bin_source, result.bin_match = BIN_SOURCE_LISTING_NAME, f"«{matched}»"
            lots = [r for r in announce if r["kind"] == "lots"]
            plans = [r for r in announce if r["kind"] == "plans"]
            announce = [r for r in announce if r["kind"] == "announce"]
        query = registry_bin if has_bin else name_query(inst)
        result.evidence_url = listing_url(portal_url, "/ru/search/announce", query, 1)
        buy_year = {r["buy_id"]: _year(r["start"]) for r in announce if r.get("buy_id")}
        counts: dict[int, dict[str, int]] = defaultdict(lambda: {"plans": 0, "announcements": 0, "lots": 0,
                                                                 "contracts": 0})
        plans_checked = "plans" not in failed
        for row in plans:
            if _plan_alive(row) and (year := _year(row.get("year") or "")):
                counts[year]["plans"] += 1
        for row in announce:
            if year := _year(row["start"]):
                counts[year]["announcements"] += 1
        for row in lots:
            if year := buy_year.get(row.get("buy_id")):
                counts[year]["lots"] += 1
        hard = [f"{k}: {v}" for k, v in failed.items() if k != "plans" or "404" not in v]
        counts_plain = {y: dict(c) for y, c in sorted(counts.items())}
        if not plans_checked and not hard:
            # No public plan search: decide on procurement alone, as if the plan half agreed with it.
            year_now = counts_plain.get(as_of.year, {})
            if any(year_now.get(k) for k in ("announcements", "lots")):
                year_now["plans"] = year_now.get("plans", 0) or 1
            notes.append(note("procurement_plans_unchecked"))
        result.status, detail = decide_status(counts_plain, as_of.year, hard)
        result.detail = SEPARATOR.join([note("procurement_listings", detail=detail), *notes])
        result.counts = {y: dict(c) for y, c in sorted(counts.items())}
        result.years = sorted(result.counts)
        result.period = compact_years(result.years)
        result.errors = hard
        result.red_flags = listing_flags(announce, as_of, config)
        results[inst.id] = result
    # A customer name that another registry row's BIN already reads is that institution's, and one matched by
    # several registry institutions cannot tell them apart (the API path sees this as an ambiguous match in the
    # registry): those matches are refuted and the institutions stay uncertain.
    by_customer: dict[str, list[str]] = defaultdict(list)
    for result in results.values():
        if result.bin_source == BIN_SOURCE_LISTING_NAME:
            by_customer[result.bin_match].append(result.institution_id)
    for customer, claimants in by_customer.items():
        sharing: list[str] = []
        for institution_id in claimants:
            owner = taken_by_another(institution_id, customer[1:-1], customer_owners)
            if owner is not None:
                _unmatch(results[institution_id], note("bin_match_taken", customer=customer, owner=owner))
            else:
                sharing.append(institution_id)
        if len(sharing) > 1:
            for institution_id in sharing:
                _unmatch(results[institution_id], note("bin_listing_shared", customer=customer, count=len(sharing),
                                                       ids=", ".join(sorted(sharing))))
    return results


def _unmatch(result: ProcurementResult, detail: str) -> None:
    """A listings name match refuted after the fact: nothing is known of this institution's procurement."""
    result.status, result.red_flags, result.counts, result.detail = GapStatus.UNCERTAIN, [], {}, detail
    result.bin_source, result.years, result.period = BIN_SOURCE_UNKNOWN, [], ""


def listing_flags(announce: list[dict[str, Any]], as_of: date, config: RedFlagConfig) -> list[Any]:
    """The indicators the announcement listing supports: short submission periods against the legal minimum,
    and cancelled tenders (both risk indicators for review, from `source = listings`)."""
    years = evaluation_years(as_of.year, config)
    methods, ids = methods_from_names([r["method"] for r in announce])
    frame = announcements_frame([{"id": r.get("buy_id"), "ref_trade_methods_id": ids.get(r["method"]),
                                  "start_date": r["start"] or None, "end_date": r["end"] or None,
                                  "publish_date": r["start"] or None} for r in announce])
    flags = []
    if methods.names:
        flags.append(short_tender_period(frame, methods, config, years))
    else:
        flags.append(RedFlag(SHORT_PERIOD, None, config.short_period_share_max, False, FORMULAS[SHORT_PERIOD],
                             detail=note("flag_no_listed_announcements")))
    in_years = [r for r in announce if _year(r["start"]) in years]
    cancelled = [r for r in in_years if any(w in fold(r.get("status") or "") for w in CANCELLED_WORDS)]
    flags.append(cancelled_flag(len(cancelled), len(in_years), [r.get("buy_id") for r in cancelled], config))
    for flag in flags:
        flag.source = SOURCE
    return flags


# -- the parent side ---------------------------------------------------------------------------------------

def listings_settings(environ: dict[str, str] | None = None) -> tuple[str, float, str]:
    env = os.environ if environ is None else environ
    portal = (env.get(ENV_PORTAL_URL) or DEFAULT_PORTAL).rstrip("/")
    delay = float(env.get(ENV_CRAWL_DELAY) or DEFAULT_DELAY)
    return portal, max(0.0, delay), env.get(ENV_PLANS_PATH) or "/ru/search/plans"


def check_listings(institutions: list[Institution], as_of: date, *, portal_url: str | None = None,
                   delay: float | None = None, plans_path: str | None = None, allow_private: bool = False,
                   config: RedFlagConfig | None = None, timeout: float = 6 * 3600) -> dict[str, ProcurementResult]:
    """Procurement status of every institution from the public listings (no token). Runs the spider in a
    child process; a portal URL on a loopback/private address is refused unless `allow_private`."""
    env_portal, env_delay, env_plans = listings_settings()
    portal = (portal_url or env_portal).rstrip("/")
    delay = env_delay if delay is None else delay
    plans_path = plans_path or env_plans
    refusal = url_refusal(portal, allow_private)  # the crawler's address policy
    if refusal:
        why = note("procurement_listings_refused", reason=refusal)
        return {i.id: ProcurementResult(i.id, GapStatus.UNCERTAIN, detail=why, source=SOURCE) for i in institutions}
    queries: dict[str, str] = {}  # institution id -> its customer filter
    for inst in institutions:
        query = inst.bin.strip() if valid_bin((inst.bin or "").strip()) else name_query(inst)
        if query:
            queries[inst.id] = query
    # Institutions searched by the same name word share one search: at the portal's 5 s per request, each
    # repeated search of up to 3 x MAX_PAGES pages costs minutes.
    distinct = list(dict.fromkeys(queries.values()))
    jobs = [{"id": str(n), "query": query} for n, query in enumerate(distinct)]
    number = {query: n for n, query in enumerate(distinct)}
    with tempfile.TemporaryDirectory(prefix="goszakup-listings-") as tmp:
        jobs_path, out = Path(tmp) / "jobs.json", Path(tmp) / "pages"
        jobs_path.write_text(json.dumps(jobs, ensure_ascii=False), encoding="utf-8")
        cmd = [sys.executable, "-m", "crawler.goszakup_listings", "--portal", portal, "--jobs", str(jobs_path),
               "--out", str(out), "--delay", str(delay), "--plans-path", plans_path]
        root = str(Path(__file__).resolve().parents[1])
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH", "")) if p))
        env.pop("ADALSCAN_GOSZAKUP_TOKEN", None)  # the public pages need none; the child never sees it
        log.info("procurement: no token, reading the public listings at %s (%d institutions, %d searches, %.1f s "
                 "between requests)", portal, len(queries), len(jobs), delay)
        done = subprocess.run(cmd, env=env, cwd=root, capture_output=True, text=True, timeout=timeout, check=False)
        if done.returncode != 0 or not (out / DONE_MARK).exists():
            why = note("procurement_listings_failed", code=done.returncode, error=done.stderr.strip()[-300:])
            log.warning("procurement: %s", why)
            return {i.id: ProcurementResult(i.id, GapStatus.UNCERTAIN, detail=why, source=SOURCE)
                    for i in institutions}
        return results_from_grouped(
            institutions,
            lambda inst_id: read_items(item_file(out, number[queries[inst_id]])) if inst_id in queries else [],
            as_of, portal, config)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m crawler.goszakup_listings", description=__doc__.split("\n\n")[0])
    parser.add_argument("--portal", required=True)
    parser.add_argument("--jobs", required=True, help="JSON [{id, query}] (query = BIN or name)")
    parser.add_argument("--out", required=True, help="folder for the page items (one JSON-lines file per job)")
    parser.add_argument("--delay", type=float, default=DEFAULT_DELAY)
    parser.add_argument("--plans-path", default="/ru/search/plans")
    parser.add_argument("--max-pages", type=int, default=MAX_PAGES)
    args = parser.parse_args(argv)
    jobs = json.loads(Path(args.jobs).read_text(encoding="utf-8"))
    crawl(args.portal, jobs, Path(args.out), delay=args.delay, plans_path=args.plans_path, max_pages=args.max_pages)


if __name__ == "__main__":
    main()
