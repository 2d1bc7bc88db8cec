"""The ways of crawling are Scrapy add-ons switched on by declared settings (crawler/addons.py)."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

import pytest
from scrapy.crawler import Crawler
from scrapy.settings import Settings

from adalscan.nightly import nightly_settings
from crawler import addons
from crawler import settings as declared
from crawler.runner import build_settings
from crawler.spiders.site import SiteSpider


def crawler_for(overrides: dict[str, Any]) -> Crawler:
    """A crawler with its add-ons applied to its settings (no reactor needed)."""
    crawler = Crawler(SiteSpider, build_settings(overrides))
    crawler.addons.load_settings(crawler.settings)
    return crawler


def applied(overrides: dict[str, Any]) -> Settings:
    """The settings a crawler would run with, after its add-ons."""
    return crawler_for(overrides).settings


def components(settings: Settings, name: str) -> dict[str, int]:
    """The enabled entries of a component dictionary, by import path."""
    out: dict[str, int] = {}
    for key, order in settings.getdict(name).items():
        path = key if isinstance(key, str) else f"{key.__module__}.{key.__qualname__}"
        if order is not None:
            out[path] = order
    return out


def test_every_add_on_is_listed_and_none_runs_in_a_plain_scan() -> None:
    defined = {f"crawler.addons.{name}" for name, obj in inspect.getmembers(addons, inspect.isclass)
               if obj.__module__ == "crawler.addons" and not name.startswith("_")}
    assert defined and set(declared.ADDONS) == defined
    crawler = crawler_for({"ADALSCAN_RENDER_JS": False})
    assert crawler.addons.addons == []  # each stood down (NotConfigured), so Scrapy lists none as enabled
    plain = crawler.settings
    mws, pipes = components(plain, "DOWNLOADER_MIDDLEWARES"), components(plain, "ITEM_PIPELINES")
    exts = components(plain, "EXTENSIONS")
    assert not plain.getbool("HTTPCACHE_ENABLED")
    assert pipes.get("crawler.pipelines.DetectPipeline") == 300
    assert not [p for p in {**mws, **pipes, **exts} if p.startswith(("crawler.incremental", "crawler.archive",
                                                                     "crawler.progress", "crawler.distributed",
                                                                     "crawler.partition"))]


@pytest.mark.parametrize(("switch", "expect"), [
    ({"ADALSCAN_INCREMENTAL": True}, {"DOWNLOADER_MIDDLEWARES": {"crawler.incremental.NightlyCacheMiddleware": 900,
                                                                 "crawler.incremental.TransferMeter": 950},
                                      "ITEM_PIPELINES": {"crawler.incremental.IncrementalDetectPipeline": 300}}),
    ({"ADALSCAN_ARCHIVE": True}, {"DOWNLOADER_MIDDLEWARES": {"crawler.archive.WarcArchiveMiddleware": 955}}),
    ({"ADALSCAN_NIGHTLY": True}, {"EXTENSIONS": {"crawler.progress.NightlyExtension": 500}}),
    ({"ADALSCAN_WORKER_ID": "host-1-w0"}, {"DOWNLOADER_MIDDLEWARES": {"crawler.distributed.SharedBudgetMiddleware": 29},
                                           "EXTENSIONS": {"crawler.distributed.WorkerExtension": 510}}),
    ({"ADALSCAN_PARTITION_DIR": "/nonexistent"}, {"EXTENSIONS": {"crawler.partition.PartitionWorkerExtension": 510}}),
])
def test_each_switch_adds_its_components(switch: dict[str, Any], expect: dict[str, dict[str, int]]) -> None:
    crawler = crawler_for({"ADALSCAN_RENDER_JS": False, **switch})
    assert len(crawler.addons.addons) == 1  # only the one switched on
    settings = crawler.settings
    for name, wanted in expect.items():
        got = components(settings, name)
        assert {path: got.get(path) for path in wanted} == wanted
    # The project's own components stay whatever was switched on.
    assert components(settings, "DOWNLOADER_MIDDLEWARES")["crawler.middlewares.PrivateAddressGuard"] == 40


def test_the_incremental_crawl_replaces_scrapys_cache_and_the_plain_detector() -> None:
    settings = applied({"ADALSCAN_RENDER_JS": False, "ADALSCAN_INCREMENTAL": True, "HTTPCACHE_DIR": "/tmp/x"})
    assert settings.getbool("HTTPCACHE_ENABLED")
    assert settings.get("HTTPCACHE_STORAGE") == "crawler.incremental.SqliteCacheStorage"
    assert "scrapy.downloadermiddlewares.httpcache.HttpCacheMiddleware" not in components(settings,
                                                                                          "DOWNLOADER_MIDDLEWARES")
    assert "crawler.pipelines.DetectPipeline" not in components(settings, "ITEM_PIPELINES")


def test_a_nightly_run_sets_values_and_user_dictionaries_extend(tmp_path: Path) -> None:
    values = nightly_settings(tmp_path, "R1", archive=True, screenshots=False,
                              user={"DOWNLOADER_MIDDLEWARES": {"x.Y": 5}, "DOWNLOAD_DELAY": 2})
    # The job names ways of crawling; it merges no component dictionary itself.
    assert values["ADALSCAN_INCREMENTAL"] is True and values["ADALSCAN_ARCHIVE"] is True
    assert "ITEM_PIPELINES" not in values and "EXTENSIONS" not in values
    settings = applied({**values, "ADALSCAN_RENDER_JS": False})
    mws = components(settings, "DOWNLOADER_MIDDLEWARES")
    assert mws["x.Y"] == 5 and mws["crawler.archive.WarcArchiveMiddleware"] == 955
    assert mws["crawler.middlewares.PrivateAddressGuard"] == 40 and mws["crawler.incremental.NightlyCacheMiddleware"]
    assert settings.getfloat("DOWNLOAD_DELAY") == 2 and settings.getbool("HTTPCACHE_ENABLED")
    assert settings.get("HTTPCACHE_DIR") == str((tmp_path / "httpcache").resolve())


def test_a_component_dictionary_on_the_command_line_extends_the_projects() -> None:
    # Scrapy would replace the whole dictionary, dropping the address guard with it.
    settings = applied({"ADALSCAN_RENDER_JS": False,
                        "DOWNLOADER_MIDDLEWARES": {"x.Y": 5, "crawler.middlewares.SizeCapMiddleware": None}})
    mws = components(settings, "DOWNLOADER_MIDDLEWARES")
    assert mws["x.Y"] == 5 and mws["crawler.middlewares.PrivateAddressGuard"] == 40
    assert "crawler.middlewares.SizeCapMiddleware" not in mws  # null still removes one on purpose


def test_the_crawl_starts_no_remote_control_endpoint() -> None:
    """Scrapy 2.19's remote control runs the code sent to its local HTTP endpoint: a nightly crawl refuses it, as it
    refuses the telnet console."""
    from scrapy.exceptions import NotConfigured
    from scrapy.extensions.remote_control import RemoteControl

    with pytest.raises(NotConfigured):
        RemoteControl.from_crawler(crawler_for({}))
