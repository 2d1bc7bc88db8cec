"""Per-site budgets, the streaming size cap and Retry-After, on hand-built requests and responses."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import StopDownload
from scrapy.http import Headers, HtmlResponse
from scrapy.utils.test import get_crawler
from twisted.web.iweb import UNKNOWN_LENGTH

from adalscan.models import Institution
from crawler.failures import AlreadyFetched, SiteBudgetExhausted, TrapUrlRefused
from crawler.middlewares import (
    BrowserPagePool,
    RetryAfterMiddleware,
    SiteBudgetMiddleware,
    SizeCapMiddleware,
    parse_retry_after,
)
from crawler.runner import build_settings
from crawler.spiders.site import SiteSpider


def make_crawler(**overrides: object) -> Crawler:
    """A real Crawler with adalscan's settings and a bound SiteSpider for one institution (no reactor needed)."""
    settings = build_settings({"ADALSCAN_RENDER_JS": False, "ITEM_PIPELINES": {}, "TWISTED_REACTOR_ENABLED": False,
                               **overrides})
    crawler = get_crawler(SiteSpider, settings.copy_to_dict())
    crawler.spider = SiteSpider.from_crawler(crawler, institutions=[
        Institution("uni", "university", "http://uni.test/", name_ru="Университет")])
    return crawler


def site_request(url: str, **meta: object) -> Request:
    return Request(url, meta={"adalscan_inst": "uni", **meta})


def test_page_budget_is_spent_at_the_downloader_and_then_drops_requests() -> None:
    crawler = make_crawler(ADALSCAN_MAX_PAGES_PER_SITE=3)
    budget = SiteBudgetMiddleware.from_crawler(crawler)
    for n in range(3):
        assert budget.process_request(site_request(f"http://uni.test/p{n}")) is None
    with pytest.raises(SiteBudgetExhausted, match="pages budget"):
        budget.process_request(site_request("http://uni.test/p9"))
    site = crawler.spider.ledger.sites["uni"]  # type: ignore[union-attr]
    assert site.budget_hit == "pages" and site.pages_downloading == 3
    budget.process_request(site_request("http://uni.test/", adalscan_home=True))  # the home page always goes
    retried = site_request("http://uni.test/p1", adalscan_counted=True)
    assert budget.process_request(retried) is None  # a redirect/retry step of a counted page is not re-counted
    assert budget.process_request(Request("http://elsewhere.test/robots.txt")) is None  # not a site request


def test_a_redirect_target_is_not_fetched_again_through_a_queued_link() -> None:
    crawler = make_crawler()
    budget = SiteBudgetMiddleware.from_crawler(crawler)
    budget.process_request(site_request("http://uni.test/file?id=7"))
    redirected = site_request("http://uni.test/upload/plan.pdf", adalscan_counted=True,
                              redirect_urls=["http://uni.test/file?id=7"])
    assert budget.process_request(redirected) is None
    # The same document, linked directly and queued again at a better score (dont_filter): dropped.
    with pytest.raises(AlreadyFetched):
        budget.process_request(site_request("http://uni.test/upload/plan.pdf"))


def test_time_budget_stops_even_redirect_steps() -> None:
    crawler = make_crawler(ADALSCAN_MAX_SECONDS_PER_SITE=0)
    budget = SiteBudgetMiddleware.from_crawler(crawler)
    with pytest.raises(SiteBudgetExhausted, match="time budget"):
        budget.process_request(site_request("http://uni.test/next", adalscan_counted=True))


def test_overlong_redirect_targets_are_refused() -> None:
    crawler = make_crawler(URLLENGTH_LIMIT=100)
    with pytest.raises(TrapUrlRefused):
        SiteBudgetMiddleware.from_crawler(crawler).process_request(site_request("http://uni.test/" + "a" * 200))


def test_size_cap_cuts_a_stream_and_keeps_the_first_bytes() -> None:
    crawler = make_crawler(ADALSCAN_MAX_DOCUMENT_BYTES=1000)
    cap = SizeCapMiddleware.from_crawler(crawler)
    request = site_request("http://uni.test/huge")
    cap.bytes_received(b"x" * 600, request)
    with pytest.raises(StopDownload) as stopped:
        cap.bytes_received(b"x" * 600, request)
    assert stopped.value.fail is False  # the spider gets the partial body, not an error
    assert "cut at the 1000-byte document cap" in request.meta["adalscan_truncated"]


def test_size_cap_skips_declared_huge_binaries_but_streams_html() -> None:
    crawler = make_crawler(ADALSCAN_MAX_DOCUMENT_BYTES=1000)
    cap = SizeCapMiddleware.from_crawler(crawler)
    pdf = site_request("http://uni.test/big.pdf")
    with pytest.raises(StopDownload):
        cap.headers_received(Headers({"Content-Type": "application/pdf"}), 200 << 20, pdf)
    assert pdf.meta["adalscan_skipped_size"] == 200 << 20
    html = site_request("http://uni.test/long.html")
    cap.headers_received(Headers({"Content-Type": "text/html; charset=utf-8"}), 200 << 20, html)  # read, then cut
    assert "adalscan_truncated" not in html.meta
    chunked = site_request("http://uni.test/chunked.pdf")
    cap.headers_received(Headers({"Content-Type": "application/pdf"}), UNKNOWN_LENGTH, chunked)  # no length known
    assert "adalscan_truncated" not in chunked.meta


@pytest.mark.parametrize(("value", "seconds"), [("7", 7.0), (b"0", 0.0), ("", None), ("soon", None), (None, None)])
def test_retry_after_parses_delta_seconds(value: str | bytes | None, seconds: float | None) -> None:
    assert parse_retry_after(value) == seconds


def test_retry_after_parses_http_dates() -> None:
    now = datetime(2026, 11, 1, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after(format_datetime(now + timedelta(seconds=30), usegmt=True), now) == 30.0
    assert parse_retry_after(format_datetime(now - timedelta(seconds=30), usegmt=True), now) == 0.0


def _answer(status: int, retry_after: str | None) -> tuple[Request, HtmlResponse]:
    request = site_request("http://uni.test/plan")
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    return request, HtmlResponse(request.url, status=status, headers=headers, body=b"busy", request=request)


def test_429_is_retried_after_the_wait_it_asks_for() -> None:
    crawler = make_crawler(ADALSCAN_RETRY_AFTER_MAX=5)
    middleware = RetryAfterMiddleware.from_crawler(crawler)
    request, response = _answer(429, "0")
    retried = asyncio.run(middleware.process_response(request, response))
    assert isinstance(retried, Request) and retried.url == request.url and retried.meta["retry_times"] == 1
    assert crawler.spider.ledger.sites["uni"].notes["retry_after"] == 0  # type: ignore[union-attr]  # no wait
    request, response = _answer(503, "0.0")  # unreadable value: the default wait applies
    middleware.default_wait = 0.01
    assert isinstance(asyncio.run(middleware.process_response(request, response)), Request)
    assert crawler.spider.ledger.sites["uni"].notes["retry_after"] == 1  # type: ignore[union-attr]


def test_a_retry_after_above_the_cap_is_not_retried() -> None:
    middleware = RetryAfterMiddleware.from_crawler(make_crawler(ADALSCAN_RETRY_AFTER_MAX=5))
    request, response = _answer(503, "3600")
    assert asyncio.run(middleware.process_response(request, response)) is response
    request, response = _answer(200, "3600")
    assert asyncio.run(middleware.process_response(request, response)) is response


def test_names_that_can_never_resolve_are_not_retried() -> None:
    from scrapy.exceptions import CannotResolveHostError

    middleware = RetryAfterMiddleware.from_crawler(make_crawler())
    never = site_request("http://nowhere.invalid/")
    assert middleware.process_exception(never, CannotResolveHostError("no results")) is None
    flaky = site_request("http://example.kz/college/")
    retried = middleware.process_exception(flaky, CannotResolveHostError("no results"))
    assert isinstance(retried, Request) and retried.meta["retry_times"] == 1


class FakeTab:
    """Stands in for a Playwright Page: the pool asks whether it is closed, blanks it and closes it."""

    def __init__(self) -> None:
        self.closed = False
        self.url = "http://uni.test/a"

    def is_closed(self) -> bool:
        return self.closed

    async def goto(self, url: str, timeout: float) -> None:
        self.url = url

    async def close(self) -> None:
        self.closed = True


def test_render_requests_borrow_an_open_tab_and_a_failed_ones_tab_is_closed() -> None:
    async def scenario() -> None:
        crawler = make_crawler(PLAYWRIGHT_MAX_PAGES_PER_CONTEXT=2)
        crawler.stats.open_spider()
        pool = BrowserPagePool.from_crawler(crawler)
        plain = site_request("http://uni.test/plain")
        await pool.process_request(plain)
        assert "playwright_include_page" not in plain.meta  # only render requests are touched

        first = site_request("http://uni.test/a", playwright=True)
        await pool.process_request(first)
        assert first.meta["playwright_include_page"] and "playwright_page" not in first.meta  # none idle yet
        tab = FakeTab()
        first.meta["playwright_page"] = tab  # what scrapy-playwright sets when it opens one
        await pool.process_response(first, HtmlResponse(first.url, body=b"<html></html>", request=first))
        assert "playwright_page" not in first.meta and pool.idle == [tab]
        assert tab.url == "about:blank"  # an idle tab runs no crawled page's scripts

        second = site_request("http://uni.test/b", playwright=True)
        await pool.process_request(second)
        assert second.meta["playwright_page"] is tab and crawler.stats.get_value("adalscan/render/tabs_reused") == 1
        await pool.process_exception(second, TimeoutError("navigation timed out"))
        assert tab.closed and pool.idle == []  # a tab whose request failed is never lent again

        # At most PLAYWRIGHT_MAX_PAGES_PER_CONTEXT render requests hold a tab; the next one waits for a slot.
        held = [site_request(f"http://uni.test/h{i}", playwright=True) for i in range(3)]
        await pool.process_request(held[0])
        await pool.process_request(held[1])
        waiting = asyncio.ensure_future(pool.process_request(held[2]))
        await asyncio.sleep(0.01)
        assert not waiting.done()
        held[0].meta["playwright_page"] = FakeTab()
        await pool.process_response(held[0], HtmlResponse(held[0].url, body=b"", request=held[0]))
        await asyncio.wait_for(waiting, 1)
        assert held[2].meta["playwright_page"] is not None
        closed = FakeTab()
        pool.idle.append(closed)
        closed.closed = True
        await pool.spider_closed()
        assert pool.idle == []

    asyncio.run(scenario())
