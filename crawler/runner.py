"""Run one crawl of many institution sites in this process and return each site's result.

Settings precedence: Scrapy defaults < crawler/settings.py < CLI overrides (`-s NAME=VALUE`,
`--allow-private`, run context) applied at 'cmdline' priority.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from adalscan.models import Institution, SiteResult
from crawler.spiders.site import SiteSpider

log = logging.getLogger(__name__)

CHROMIUM = "/usr/bin/chromium"


def build_settings(overrides: Mapping[str, Any]) -> Settings:
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    for name, value in overrides.items():
        settings.set(name, value, priority="cmdline")
    if settings.getbool("ADALSCAN_RENDER_JS", True):
        # Pages flagged as JS shells are re-fetched through Debian's Chromium; all others keep the plain
        # HTTP handler (scrapy-playwright passes requests without meta["playwright"] straight through).
        settings.set("DOWNLOAD_HANDLERS", {
            "http": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
            "https": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler"}, priority="cmdline")
        settings.set("PLAYWRIGHT_BROWSER_TYPE", "chromium", priority="project")
        settings.set("PLAYWRIGHT_LAUNCH_OPTIONS", {
            "executable_path": CHROMIUM, "headless": True,
            "args": ["--disable-gpu", "--disable-background-networking", "--disable-component-update",
                     "--no-first-run", "--disable-sync", "--disable-quic"]}, priority="project")
        settings.set("PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT", 20_000, priority="project")
    return settings


def run_crawl(institutions: list[Institution], overrides: Mapping[str, Any]) -> dict[str, SiteResult]:
    """Crawl every site (blocking; Scrapy's reactor can start once per process)."""
    settings = build_settings(overrides)
    process = CrawlerProcess(settings, install_root_handler=False)
    crawler = process.create_crawler(SiteSpider)
    process.crawl(crawler, institutions=institutions)
    process.start()
    spider = crawler.spider
    assert isinstance(spider, SiteSpider)
    return spider.sites
