"""Which Chromium binary renders pages (the configured one, else Debian's headless shell, else the full browser), and
the one scrapy-playwright handler a crawl uses."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from crawler import browser


def test_a_configured_binary_is_used_as_given() -> None:
    assert browser.chromium_executable("/opt/other/chrome") == "/opt/other/chrome"


def test_the_headless_shell_is_preferred_where_installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shell = tmp_path / "chromium-headless-shell"
    shell.write_text("#!/bin/sh\n")
    shell.chmod(0o755)
    monkeypatch.setattr(browser, "HEADLESS_SHELL", str(shell))
    assert browser.chromium_executable("") == str(shell)
    assert browser.chromium_executable(None) == str(shell)
    monkeypatch.setattr(browser, "HEADLESS_SHELL", str(tmp_path / "absent"))
    assert browser.chromium_executable("") == browser.FULL_BROWSER


def test_one_playwright_handler_serves_both_schemes_of_a_crawl() -> None:
    """Scrapy builds a handler per scheme and each of scrapy-playwright's starts a Node.js driver: one per crawl here."""
    script = (
        "from scrapy.utils.reactor import install_reactor\n"
        "install_reactor('twisted.internet.asyncioreactor.AsyncioSelectorReactor')\n"
        "from scrapy import Spider\n"
        "from scrapy.utils.test import get_crawler\n"
        "from crawler.playwright_handler import SharedPlaywrightHandler\n"
        "settings = {'TWISTED_REACTOR': 'twisted.internet.asyncioreactor.AsyncioSelectorReactor'}\n"
        "crawler, other = get_crawler(Spider, settings), get_crawler(Spider, settings)\n"
        "http, https = SharedPlaywrightHandler.from_crawler(crawler), SharedPlaywrightHandler.from_crawler(crawler)\n"
        "print(http is https, http is not SharedPlaywrightHandler.from_crawler(other))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parent.parent)
    assert done.stdout.split() == ["True", "True"], done.stderr[-2000:]
