"""Run one crawl of many institution sites in this process and return its outcome (each site's result).

Settings precedence: Scrapy defaults < crawler/settings.py < CLI overrides (`-s NAME=VALUE`,
`--allow-private`, run context) applied at 'cmdline' priority; a component dictionary given there extends the
project's. The add-ons (crawler/addons.py) then add the components of the ways of crawling switched on.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Mapping
from typing import Any

from scrapy import signals
from scrapy.crawler import CrawlerProcess
from scrapy.logformatter import LogFormatter, LogFormatterResult
from scrapy.settings import Settings

from adalscan.models import CrawlOutcome, Institution
from crawler.browser import chromium_executable
from crawler.guard import AddressPolicy, BrowserRequestFilter
from crawler.progress import crawl_stats, peak_rss_mb
from crawler.spiders.site import SiteSpider
from detectors.gcpolicy import tune_for_bulk_work

log = logging.getLogger(__name__)

# The last three let a few renderer processes serve every site. By default Chromium starts a renderer for each
# site a tab visits (site isolation), which cost about 0.2 s of CPU per rendered page here, half of Chromium's
# share of a nightly run. Isolation keeps one site's renderer away from another site's logged-in data; this
# browser holds none (no accounts, no saved state, the crawl's pages only). The limit takes effect only with
# isolation off, and at 2: a limit of 3 or 4 still started a renderer per site on Chromium 156.
CHROMIUM_ARGS = ["--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync", "--disable-quic", "--disable-dev-shm-usage",
                 "--disable-site-isolation-trials", "--disable-features=IsolateOrigins,site-per-process",
                 "--renderer-process-limit=2"]


class QuietRobotsErrors(logging.Filter):
    """A robots.txt that cannot be fetched is a per-site finding, reported once per site at the end.

    Scrapy's RobotsTxtMiddleware logs each such failure as an ERROR with a traceback; this filter keeps the
    line, at INFO and without the traceback, so a run over many dead sites keeps a readable log.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.ERROR:
            record.exc_info, record.exc_text = None, None
            record.levelno, record.levelname = logging.INFO, "INFO"
        return True


class CompactLogFormatter(LogFormatter):
    """Scrapy's log formatter, but a scraped item is logged by its URL, not with a document's whole text."""

    def scraped(self, item: Any, response: Any, spider: Any) -> LogFormatterResult:
        result = super().scraped(item, response, spider)
        url = getattr(item, "url", None)
        if url is not None:
            result["args"] = {**dict(result["args"]), "item": f"<document {url}>"}
        return result


# Settings given on the command line that extend the project's dictionary instead of replacing it.
COMPONENT_DICTS = ("DOWNLOADER_MIDDLEWARES", "SPIDER_MIDDLEWARES", "ITEM_PIPELINES", "EXTENSIONS", "ADDONS")


def user_agent(contact_url: str) -> str:
    """The User-Agent: names adalscan and where a site's operator can reach whoever runs the scan."""
    return f"adalscan/0.1 (+{contact_url}; anti-corruption compliance scanner)"


def build_settings(overrides: Mapping[str, Any]) -> Settings:
    """crawler/settings.py with the overrides on top, plus what is derived from them (UA, Chromium, guard)."""
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    for name, value in overrides.items():
        if name in COMPONENT_DICTS and isinstance(value, Mapping):
            # -s DOWNLOADER_MIDDLEWARES={...} adds to (or, with null, removes from) the project's components; it
            # never silently drops the rest, such as the address guard.
            value = {**settings.getdict(name), **value}
        settings.set(name, value, priority="cmdline")
    if "USER_AGENT" not in overrides:
        settings.set("USER_AGENT", user_agent(settings.get("ADALSCAN_CONTACT_URL")), priority="project")
    if not settings.getbool("ADALSCAN_FOCUS", True):
        # The breadth-first baseline: shallow pages first, in discovery order.
        settings.set("DEPTH_PRIORITY", 1, priority="cmdline")
        settings.set("SCHEDULER_DISK_QUEUE", "scrapy.squeues.PickleFifoDiskQueue", priority="cmdline")
        settings.set("SCHEDULER_MEMORY_QUEUE", "scrapy.squeues.FifoMemoryQueue", priority="cmdline")
    chromium = chromium_executable(settings.get("ADALSCAN_CHROMIUM"))
    if settings.getbool("ADALSCAN_RENDER_JS", True) and not shutil.which(chromium):
        log.warning("JavaScript rendering is off: %s not found (run scripts/setup.sh)", chromium)
        settings.set("ADALSCAN_RENDER_JS", False, priority="cmdline")
    if settings.getbool("ADALSCAN_RENDER_JS", True):
        # Pages flagged as JS shells are re-fetched through Debian's Chromium; all others keep the plain
        # HTTP handler (scrapy-playwright passes requests without meta["playwright"] straight through).
        browser_filter = BrowserRequestFilter(AddressPolicy.from_settings(settings))
        settings.set("DOWNLOAD_HANDLERS", {
            "http": "crawler.playwright_handler.SharedPlaywrightHandler",
            "https": "crawler.playwright_handler.SharedPlaywrightHandler"}, priority="cmdline")
        settings.set("PLAYWRIGHT_BROWSER_TYPE", "chromium", priority="project")
        settings.set("PLAYWRIGHT_LAUNCH_OPTIONS", {
            "executable_path": chromium, "headless": True,
            "args": CHROMIUM_ARGS + browser_filter.chromium_args()}, priority="project")
        settings.set("PLAYWRIGHT_ABORT_REQUEST", browser_filter, priority="project")
        settings.set("PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT",
                     1000 * min(20, settings.getint("DOWNLOAD_TIMEOUT")), priority="project")
        settings.set("PLAYWRIGHT_MAX_CONTEXTS", 1, priority="project")
        settings.set("PLAYWRIGHT_MAX_PAGES_PER_CONTEXT", 4, priority="project")
    return settings


def run_crawl(institutions: list[Institution], overrides: Mapping[str, Any],
              spider_class: type[SiteSpider] = SiteSpider) -> CrawlOutcome:
    """Crawl every site (blocking; Scrapy's reactor can start once per process); the outcome comes back in
    memory: each site's result, the close reason and the crawl's stats. A worker of a shared crawl passes
    its own spider class."""
    settings = build_settings(overrides)
    robots_log = logging.getLogger("scrapy.downloadermiddlewares.robotstxt")
    if not any(isinstance(f, QuietRobotsErrors) for f in robots_log.filters):
        robots_log.addFilter(QuietRobotsErrors())
    process = CrawlerProcess(settings)
    # Scrapy's logging config pins its loggers at DEBUG; let them follow the level the CLI chose instead
    # (INFO, or DEBUG with -v), unless LOG_LEVEL itself was overridden for this run.
    logging.getLogger("scrapy").setLevel(overrides.get("LOG_LEVEL", logging.NOTSET))
    crawler = process.create_crawler(spider_class)
    reasons: list[str] = []
    crawler.signals.connect(lambda spider, reason: reasons.append(reason), signal=signals.spider_closed, weak=False)
    process.crawl(crawler, institutions=institutions)
    # After the spider is made (it loads the catalog): what start-up built is frozen, not walked by every
    # collection of a reactor that handles every page (and reads and classifies them when page work is inline).
    tune_for_bulk_work()
    process.start()
    spider = crawler.spider
    assert isinstance(spider, SiteSpider)
    # Read once the crawl is over: Scrapy's own close-time stats (elapsed time, finish reason) and the page
    # workers' are written by spider_closed handlers that may run after any handler connected here.
    reason = reasons[0] if reasons else "unknown"
    summary = {"finish_reason": reason, "stats": crawl_stats(crawler), "peak_rss_mb": round(peak_rss_mb(crawler), 1)}
    return CrawlOutcome(spider.sites, reason, summary)
