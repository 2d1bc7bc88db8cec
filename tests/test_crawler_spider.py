"""SiteSpider on hand-built responses: focus, sitemaps, JS shells, statuses; callbacks never raise.

The link scorer here is a tiny stand-in (test only) so these tests pin the spider's mechanics, not the
catalog's keyword weights; the real catalog is exercised end to end in test_crawler_hostile.py.
"""

from __future__ import annotations

import asyncio
import gzip
from collections.abc import AsyncIterator
from typing import Any

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse, Response, XmlResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.test import get_crawler
from twisted.internet import error as twisted_error
from twisted.python.failure import Failure

from adalscan.models import CrawlStatus, Institution
from crawler.guard import RefusedPrivateAddress
from crawler.items import FetchedDocument
from crawler.runner import build_settings
from crawler.spiders.site import HOME_PRIORITY, SiteSpider


class StandInCatalog:
    """Scores 0.9 for anti-corruption words, 0.1 otherwise (the real Catalog.link_score's shape)."""

    def link_score(self, url: str, anchor_text: str) -> float:
        text = f"{url} {anchor_text}".lower()
        return 0.9 if any(k in text for k in ("antikor", "коррупц", "жемқор")) else 0.1


class BrokenCatalog:
    def link_score(self, url: str, anchor_text: str) -> float:
        raise RuntimeError("scorer exploded")


def make_spider(catalog: Any = None, **overrides: object) -> SiteSpider:
    settings = build_settings({"ADALSCAN_RENDER_JS": True, "ITEM_PIPELINES": {}, "TWISTED_REACTOR_ENABLED": False,
                               "ADALSCAN_CHROMIUM": "/bin/true", "ADALSCAN_PAGE_WORKERS": 0,
                               **overrides})
    crawler = get_crawler(SiteSpider, settings.copy_to_dict())
    spider = SiteSpider.from_crawler(crawler, institutions=[
        Institution("uni", "university", "http://uni.test/", name_ru="Университет"),
        Institution("dead", "college", "http://dead.test/", name_ru="Колледж")])
    crawler.spider = spider
    spider._catalog = catalog or StandInCatalog()
    return spider


HOME = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Университет</title></head><body>
<header><nav><a href="/about/">О нас</a><a href="/news/">Новости</a><a href="/kz/">ҚАЗ</a></nav></header>
<main><h1>Басты бет</h1><p>Қош келдіңіздер, университеттің ресми сайтына.</p>
<a href="/antikor/?PHPSESSID=deadbeef">Противодействие коррупции</a>
<a href="/files/antikor-2025.pdf">Скачать</a><a href="/rector/">Ректор</a><a href="/logo.png">logo</a>
<a href="http://other.example.test/antikor/">партнёр</a><a href="mailto:rector@uni.test">почта</a>
<a href="http://cdn.uni.test/files/plan.pdf">План (PDF)</a>
</main></body></html>"""


def respond(spider: SiteSpider, url: str, body: bytes | str, *, cls: type[Response] = HtmlResponse,
            **meta: object) -> list[Any]:
    request = Request(url, meta={"adalscan_inst": "uni", "depth": 0, **meta})
    raw = body.encode() if isinstance(body, str) else body
    response = cls(url, body=raw, request=request, headers={"Content-Type": "text/html; charset=utf-8"}
                   if cls is HtmlResponse else {})
    return drain(spider.parse(response))


def drain(outputs: AsyncIterator[Any]) -> list[Any]:
    """Everything an async callback yields (page work runs inline here, so nothing really waits)."""
    async def collect() -> list[Any]:
        return [output async for output in outputs]

    return asyncio.run(collect())


def test_home_page_yields_its_document_and_scored_links_best_first() -> None:
    spider = make_spider()
    out = respond(spider, "http://uni.test/", HOME, adalscan_home=True)
    docs = [o for o in out if isinstance(o, FetchedDocument)]
    requests = {r.url: r for r in out if isinstance(r, Request)}
    assert len(docs) == 1 and docs[0].document.title == "Университет" and docs[0].institution_type == "university"
    assert "http://uni.test/antikor/" in requests  # session id stripped
    assert "http://cdn.uni.test/files/plan.pdf" in requests  # a subdomain is the same site
    assert not any("other.example.test" in u or u.endswith(".png") or u.startswith("mailto") for u in requests)
    by_url = {u: r.priority for u, r in requests.items()}
    # Links the catalog's keywords name (in anchor or slug) > menu sections (hubs) > the other language
    # version > news (a menu section, but a budget sink) > an ordinary link.
    assert by_url["http://uni.test/files/antikor-2025.pdf"] == by_url["http://uni.test/antikor/"]
    order = ["http://uni.test/antikor/", "http://uni.test/about/", "http://uni.test/kz/", "http://uni.test/news/",
             "http://uni.test/rector/"]
    assert [by_url[u] for u in order] == sorted((by_url[u] for u in order), reverse=True), by_url
    assert len({by_url[u] for u in order}) == len(order)
    assert requests["http://uni.test/antikor/"].meta["adalscan_anchor"] == "Противодействие коррупции"
    assert requests["http://uni.test/kz/"].meta.get("adalscan_lang_root") is True
    assert requests["http://uni.test/sitemap.xml"].meta["adalscan_kind"] == "sitemap"  # robots.txt named none


def test_sitemaps_named_in_robots_txt_are_used_instead_of_the_default() -> None:
    from scrapy.robotstxt import ProtegoRobotParser

    spider = make_spider()
    robots = ProtegoRobotParser(b"User-agent: *\nSitemap: http://uni.test/map-index.xml\n"
                                b"Sitemap: http://evil.example.test/map.xml\n", None)
    spider.robots_parsed(robots, Request("http://uni.test/", meta={"adalscan_inst": "uni"}))
    out = respond(spider, "http://uni.test/", HOME, adalscan_home=True)
    sitemaps = [r.url for r in out if isinstance(r, Request) and r.meta.get("adalscan_kind") == "sitemap"]
    assert sitemaps == ["http://uni.test/map-index.xml"]


def test_sitemap_entries_are_scored_and_the_promising_ones_requested() -> None:
    spider = make_spider()
    urlset = (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
              b"<url><loc>http://uni.test/news/1</loc></url><url><loc>http://uni.test/antikor/plan.pdf</loc></url>"
              b"<url><loc>http://elsewhere.test/antikor/</loc></url></urlset>")
    out = respond(spider, "http://uni.test/sitemap.xml.gz", gzip.compress(urlset), cls=Response,
                  adalscan_kind="sitemap")
    assert [r.url for r in out] == ["http://uni.test/antikor/plan.pdf"]  # news scores below the sitemap minimum
    index = ('<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             "<sitemap><loc>http://uni.test/s1.xml</loc></sitemap></sitemapindex>")
    out = respond(spider, "http://uni.test/index.xml", index, cls=XmlResponse, adalscan_kind="sitemap")
    assert [(r.url, r.meta["adalscan_kind"]) for r in out] == [("http://uni.test/s1.xml", "sitemap")]


def test_a_js_shell_is_rendered_once_and_kept_if_rendering_fails() -> None:
    spider = make_spider()
    shell = ('<html><head><title>Loading</title></head><body><div id="app"></div>'
             "<noscript>Enable JavaScript</noscript><script src='/app.js'></script></body></html>")
    # (A reading the nightly cache kept for other bytes is not used, nor carried to the render request.)
    out = respond(spider, "http://uni.test/", shell, adalscan_home=True, adalscan_extracted=("other bytes", b""))
    assert len(out) == 1 and isinstance(out[0], Request)
    render = out[0]
    assert render.meta["playwright"] is True and render.dont_filter and render.meta["adalscan_home"]
    assert "adalscan_extracted" not in render.meta
    assert "download_latency" not in render.meta
    failure = Failure(twisted_error.TimeoutError("navigation timed out"))
    failure.request = render  # type: ignore[attr-defined]
    kept = list(spider.on_error(failure))
    assert len(kept) == 1 and isinstance(kept[0], FetchedDocument)
    assert any("JavaScript rendering failed" in n for n in kept[0].document.notes)


def test_every_route_of_a_single_page_app_is_rendered() -> None:
    """An app serves one and the same shell for every route: identical bytes are not duplicates here."""
    spider = make_spider()
    shell = ('<html><head><title>App</title></head><body><div id="root"></div>'
             "<script src='/bundle.js'></script></body></html>")
    for route in ("http://uni.test/antikor/", "http://uni.test/vacancies/"):
        out = respond(spider, route, shell)
        assert len(out) == 1 and isinstance(out[0], Request) and out[0].meta["playwright"] is True, route


def test_duplicate_content_is_not_emitted_twice() -> None:
    spider = make_spider()
    page = "<html><head><title>Новости</title></head><body><p>" + "Жаңалықтар. " * 30 + "</p></body></html>"
    assert any(isinstance(o, FetchedDocument) for o in respond(spider, "http://uni.test/news", page))
    assert respond(spider, "http://uni.test/news?page=1", page) == []
    assert spider.ledger.sites["uni"].notes["duplicate_content"] == 1


def test_a_failing_scorer_never_breaks_the_callback() -> None:
    spider = make_spider(BrokenCatalog())
    out = respond(spider, "http://uni.test/", HOME, adalscan_home=True)
    assert any(isinstance(o, FetchedDocument) for o in out)
    assert any(isinstance(o, Request) and o.url == "http://uni.test/antikor/" for o in out)


def test_breadth_first_mode_ignores_scores_and_sitemaps() -> None:
    spider = make_spider(ADALSCAN_FOCUS=False)
    out = [o for o in respond(spider, "http://uni.test/", HOME, adalscan_home=True) if isinstance(o, Request)]
    assert out and {r.priority for r in out} == {0}
    assert not any(r.meta.get("adalscan_kind") == "sitemap" for r in out)


def test_each_site_ends_with_one_status_and_a_reason() -> None:
    spider = make_spider()
    respond(spider, "http://uni.test/", HOME, adalscan_home=True)
    missing = Request("http://uni.test/gone", meta={"adalscan_inst": "uni"})
    gone = Failure(HttpError(Response(missing.url, status=404, request=missing)))
    gone.request = missing  # type: ignore[attr-defined]
    list(spider.on_error(gone))
    home = Request("http://dead.test/", meta={"adalscan_inst": "dead", "adalscan_home": True})
    refused = Failure(RefusedPrivateAddress("refused_private: dead.test resolves to 10.0.0.1"))
    refused.request = home  # type: ignore[attr-defined]
    list(spider.on_error(refused))
    spider.closed("finished")
    uni, dead = spider.sites["uni"], spider.sites["dead"]
    assert uni.crawl_status is CrawlStatus.OK and uni.pages_fetched == 1 and uni.documents == 1
    assert "1 HTTP error response(s)" in uni.detail
    assert dead.crawl_status is CrawlStatus.REFUSED_PRIVATE and "10.0.0.1" in dead.detail
    assert spider.crawler.stats.get_value("adalscan/sites/unreachable") == 1
    assert spider.crawler.stats.get_value("adalscan/pages/fetched") == 1


def test_a_site_never_reached_is_not_reported_as_crawled() -> None:
    spider = make_spider()
    spider.closed("finished")
    assert spider.sites["uni"].crawl_status is CrawlStatus.CONNECTION_ERROR
    assert spider.sites["uni"].detail == "home page never answered"
    interrupted = make_spider()
    interrupted.closed("shutdown")
    assert interrupted.sites["uni"].crawl_status is CrawlStatus.NOT_CRAWLED


def test_home_requests_come_first() -> None:
    import asyncio

    spider = make_spider()

    async def collect() -> list[Request]:
        return [r async for r in spider.start()]

    homes = asyncio.run(collect())
    assert [r.url for r in homes] == ["http://uni.test/", "http://dead.test/"]
    assert all(r.priority == HOME_PRIORITY and r.dont_filter and r.meta["adalscan_home"] for r in homes)


def test_a_link_found_again_in_a_better_place_is_requeued_and_fetched_once() -> None:
    from crawler.failures import AlreadyFetched
    from crawler.middlewares import SiteBudgetMiddleware

    spider = make_spider()
    first = [r for r in respond(spider, "http://uni.test/", HOME, adalscan_home=True) if isinstance(r, Request)]
    rector = next(r for r in first if r.url == "http://uni.test/rector/")
    kz_home = ('<html><head><title>Басты бет</title></head><body><nav><a href="/rector/">Ректор</a></nav>'
               "<p>" + "Мәтін. " * 40 + "</p></body></html>")
    again = [r for r in respond(spider, "http://uni.test/kz/", kz_home, adalscan_lang_root=True)
             if isinstance(r, Request) and r.url == "http://uni.test/rector/"]
    assert len(again) == 1 and again[0].priority > rector.priority and again[0].dont_filter  # now a menu hub
    third = respond(spider, "http://uni.test/ru/", kz_home.replace("Мәтін", "Текст"), adalscan_lang_root=True)
    assert not [r for r in third if isinstance(r, Request) and r.url == "http://uni.test/rector/"]  # same score
    budget = SiteBudgetMiddleware.from_crawler(spider.crawler)
    budget.process_request(again[0])
    with pytest.raises(AlreadyFetched):
        budget.process_request(rector)  # the first, lower-priority copy arrives later: dropped, not fetched twice


def test_every_link_text_seen_reaches_the_detector_and_a_better_one_found_late_reads_the_page_again() -> None:
    spider = make_spider()
    home = [r for r in respond(spider, "http://uni.test/", HOME, adalscan_home=True) if isinstance(r, Request)]
    rector = next(r for r in home if r.url == "http://uni.test/rector/")
    about = ('<html><head><title>О нас</title></head><body><main><p>' + "Текст. " * 40 +
             '<a href="/rector/">Блог ректора</a><a href="/news/">Новости</a></p></main></body></html>')
    respond(spider, "http://uni.test/about/", about)
    # Read with both texts the crawl had seen for it, whichever link was queued.
    from crawler.middlewares import SiteBudgetMiddleware

    SiteBudgetMiddleware.from_crawler(spider.crawler).process_request(rector)
    page = respond(spider, "http://uni.test/rector/", "<html><head><title>Страница</title></head></html>",
                   adalscan_anchor=rector.meta["adalscan_anchor"])
    doc = next(o for o in page if isinstance(o, FetchedDocument)).document
    assert doc.anchor_texts == ["Ректор", "Блог ректора"]
    # Seen after it was read: a plainer text changes nothing, one that scores better reads it again, once.
    later = '<html><body><main><p>{}</p><a href="/rector/">{}</a></main></body></html>'
    assert not [r for r in respond(spider, "http://uni.test/a/", later.format("Мәтін " * 40, "Ректор блогы"))
                if isinstance(r, Request) and r.url.endswith("/rector/")]
    again = [r for r in respond(spider, "http://uni.test/b/", later.format("Сөз " * 40, "Противодействие коррупции"))
             if isinstance(r, Request) and r.url.endswith("/rector/")]
    assert len(again) == 1 and again[0].dont_filter and again[0].meta["adalscan_reread"]
    assert not [r for r in respond(spider, "http://uni.test/c/", later.format("Сөз " * 41, "Антикоррупционный план"))
                if isinstance(r, Request) and r.url.endswith("/rector/")]  # no better than the last
    reread = respond(spider, "http://uni.test/rector/", "<html><head><title>Страница</title></head></html>",
                     **again[0].meta)
    doc = next(o for o in reread if isinstance(o, FetchedDocument)).document
    assert "Противодействие коррупции" in doc.anchor_texts
    assert not [r for r in reread if isinstance(r, Request)]  # its links were followed the first time
    site = spider.ledger.get("uni")
    assert site is not None and site.result.pages_fetched == 6  # home, about, rector, a, b, c: the reread is not a page


LISTING = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Page {n}</title></head><body><main>
<h1>Page {n}</h1><p>Words {n}.</p>
<ul class="list"><li class="item"><a href="/p/{a}.html">Подробнее</a></li></ul>
<div class="attachments"><p class="file"><a class="doc" href="/p/{b}.html">Подробнее</a></p></div>
</main></body></html>"""


def test_links_in_a_place_that_led_to_documents_are_followed_first() -> None:
    # ADALSCAN_MAX_PAGES_PER_SITE=1: the site has shown more pages than its budget, so order matters.
    spider = make_spider(ADALSCAN_MAX_PAGES_PER_SITE=1)
    site = spider.ledger.sites["uni"]
    site.discovered = 5
    first = {r.url: r for r in respond(spider, "http://uni.test/p/1.html", LISTING.format(n=1, a=2, b=3))
             if isinstance(r, Request)}
    plain, materials = first["http://uni.test/p/2.html"], first["http://uni.test/p/3.html"]
    assert plain.priority == materials.priority  # nothing learnt yet: "Подробнее" is "Подробнее"
    assert materials.meta["adalscan_group"] == "div.attachments/p.file/a.doc"
    assert plain.meta["adalscan_group"] == "ul.list/li.item/a"
    # A PDF reached through the materials block teaches the site where documents are linked.
    pdf = Request("http://uni.test/p/3.html", meta={"adalscan_inst": "uni", "depth": 1,
                                                     "adalscan_group": materials.meta["adalscan_group"]})
    spider_out = drain(spider.parse(Response("http://uni.test/p/3.html", body=b"%PDF-1.4 broken", request=pdf,
                                             headers={"Content-Type": "application/pdf"})))
    assert any(isinstance(o, FetchedDocument) for o in spider_out)
    assert site.group_hits["div.attachments/p.file/a.doc"] == 1
    second = {r.url: r for r in respond(spider, "http://uni.test/p/4.html", LISTING.format(n=4, a=5, b=6))
              if isinstance(r, Request)}
    assert second["http://uni.test/p/6.html"].priority > second["http://uni.test/p/5.html"].priority


def test_link_places_are_not_read_while_the_site_is_small_for_its_budget() -> None:
    spider = make_spider()
    out = [r for r in respond(spider, "http://uni.test/p/1.html", LISTING.format(n=1, a=2, b=3))
           if isinstance(r, Request)]
    assert out and not any("adalscan_group" in r.meta for r in out)
