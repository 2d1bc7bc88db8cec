"""One scrapy-playwright download handler for both http and https.

Scrapy builds a download handler per scheme, and scrapy-playwright's starts its own Playwright (a Node.js driver
process) when the engine starts: two drivers for every crawl, though pages are rendered rarely and one browser
serves both schemes. This handler is made once per crawler and closed once.
"""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler
from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler

_CRAWLER_ATTRIBUTE = "_adalscan_playwright_handler"


class SharedPlaywrightHandler(ScrapyPlaywrightDownloadHandler):
    """scrapy-playwright's handler, shared by the schemes of one crawler (DOWNLOAD_HANDLERS names it for both)."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self._closed = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Any:
        handler = getattr(crawler, _CRAWLER_ATTRIBUTE, None)
        if handler is None:
            handler = cls(crawler)
            setattr(crawler, _CRAWLER_ATTRIBUTE, handler)
        return handler

    async def close(self) -> None:
        if self._closed:  # asked once per scheme
            return
        self._closed = True
        await super().close()
