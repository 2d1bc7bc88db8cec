"""Scrapy's own check of generator callbacks that `return` a value is off (WARN_ON_GENERATOR_RETURN_VALUE = False:
it re-read each callback's source for most responses). This test does that check once, on every callback."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from scrapy.utils.misc import is_generator_with_return_value

from crawler import settings as crawl_settings
from crawler.goszakup_listings import _spider_class
from crawler.spiders.site import SiteSpider

LISTINGS_SPIDER: Any = _spider_class()
CALLBACKS: list[Callable[..., Any]] = [SiteSpider.parse, SiteSpider.on_error, LISTINGS_SPIDER.parse_page,
                                       LISTINGS_SPIDER.failed]


@pytest.mark.parametrize("callback", CALLBACKS, ids=[c.__qualname__ for c in CALLBACKS])
def test_no_callback_is_a_generator_that_returns_a_value(callback: Callable[..., Any]) -> None:
    assert not is_generator_with_return_value(callback)


def test_the_check_would_catch_one() -> None:
    def bad(response: Any) -> Any:
        yield response
        return 1

    assert is_generator_with_return_value(bad)
    assert crawl_settings.WARN_ON_GENERATOR_RETURN_VALUE is False
