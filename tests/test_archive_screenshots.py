"""Screenshots of found artefacts' pages in Debian's Chromium, under the crawl's address policy."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from aiohttp import web

from adalscan.runs import screenshot_path
from crawler.screenshots import plan, screenshot_found

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Сыбайлас жемқорлыққа қарсы</title></head>
<body><h1>Сыбайлас жемқорлыққа қарсы іс-қимыл жоспары 2026-2027</h1><p>Бекітілді</p></body></html>"""


@dataclass
class Gap:
    institution_id: str
    artefact_id: str
    status: str
    evidence_url: str
    override_by: str = ""


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    """A small page server on loopback, in a thread with its own event loop."""
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    box: dict[str, object] = {}

    async def page(_: web.Request) -> web.Response:
        return web.Response(text=PAGE, content_type="text/html")

    async def start() -> None:
        app = web.Application()
        app.router.add_get("/{tail:.*}", page)
        runner = web.AppRunner(app)
        await runner.setup()
        tcp = web.TCPSite(runner, "127.0.0.1", 0)
        await tcp.start()
        box["runner"] = runner
        box["port"] = tcp._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        ready.set()

    thread = threading.Thread(target=lambda: (loop.run_until_complete(start()), loop.run_forever()), daemon=True)
    thread.start()
    assert ready.wait(10)
    yield f"http://127.0.0.1:{box['port']}"
    asyncio.run_coroutine_threadsafe(box["runner"].cleanup(), loop).result(10)  # type: ignore[attr-defined]
    loop.call_soon_threadsafe(loop.stop)


def test_plan_shoots_each_found_html_page_once() -> None:
    gaps = [Gap("a", "plan", "found", "http://x.example.test/p"), Gap("a", "code", "found", "http://x.example.test/p"),
            Gap("a", "report", "stale", "http://x.example.test/r.pdf"), Gap("a", "hotline", "missing", ""),
            Gap("a", "manual", "found", "http://x.example.test/m", override_by="analyst"),
            Gap("a", "ftp", "found", "ftp://x.example.test/f")]
    html = {("a", "http://x.example.test/p"), ("a", "http://x.example.test/m")}
    targets, skipped = plan(gaps, html)
    assert targets == {"http://x.example.test/p": [("a", "plan"), ("a", "code")]}
    assert skipped == 2  # the PDF (kept in the WARC instead) and the ftp link


@pytest.mark.browser
def test_screenshots_are_taken_and_linked_per_artefact(site: str, tmp_path: Path) -> None:
    gaps = [Gap("col-1", "anticorruption_plan", "found", f"{site}/antikor/"),
            Gap("col-1", "ethics_code", "found", f"{site}/antikor/")]
    result = screenshot_found(tmp_path, gaps, {"ADALSCAN_RUN_ID": "R1"}, allow_private=True)
    assert result["taken"] == 2 and result["failed"] == 0
    for gap in gaps:
        png = screenshot_path(tmp_path, gap.institution_id, gap.artefact_id)
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 2000
        assert result["files"][(gap.institution_id, gap.artefact_id)] == str(png.relative_to(tmp_path))
    index = json.loads((tmp_path / "archive" / "screenshots" / "index.json").read_text(encoding="utf-8"))
    assert index[0]["ok"] is True and index[0]["status"] == 200 and index[0]["taken"]


@pytest.mark.browser
def test_private_addresses_are_refused_without_allow_private(site: str, tmp_path: Path) -> None:
    gaps = [Gap("col-1", "anticorruption_plan", "found", f"{site}/antikor/")]
    result = screenshot_found(tmp_path, gaps, {"ADALSCAN_RUN_ID": "R1"}, allow_private=False)
    assert result["taken"] == 0 and result["failed"] == 1
    assert not screenshot_path(tmp_path, "col-1", "anticorruption_plan").exists()
    index = json.loads((tmp_path / "archive" / "screenshots" / "index.json").read_text(encoding="utf-8"))
    assert index[0]["ok"] is False and "ERR_BLOCKED_BY_CLIENT" in index[0]["error"]
