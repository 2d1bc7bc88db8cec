"""PNG screenshots of each found artefact's page, taken in Debian's Chromium after the crawl.

    screenshot_found(run_path, gaps, settings, allow_private=False) -> {"taken", "skipped", "failed", "files"}

For every gap row with status found or stale whose evidence URL is an http(s) HTML page (PDFs and office
files are kept byte for byte in the WARC archive instead), the page is loaded and shot once per URL, then
linked as DIR/runs/<id>/archive/screenshots/<institution>/<artefact>.png (hard links when several
artefacts share a page). screenshots/index.json records URL, time and outcome of each shot.

Chromium runs in a child process (`python -m crawler.screenshots JOB RESULT`), so a browser crash or hang
cannot take the run with it; the whole batch is capped by ADALSCAN_SCREENSHOTS_MAX (pages) and
ADALSCAN_SCREENSHOTS_MAX_SECONDS, each page by ADALSCAN_SCREENSHOT_TIMEOUT seconds. Every request the page
makes is judged by the crawl's address policy (no loopback/private targets unless --allow-private).
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import subprocess
import sys
import time
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from adalscan.files import write_json_atomic
from adalscan.runs import screenshot_path
from crawler.browser import chromium_executable

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
SHOT_STATUSES = ("found", "stale")
MAX_HEIGHT = 12_000  # px: a full-page shot is clipped here (an endless page must not make a 1 GB PNG)




def _html_urls(store_url: str, run_id: str) -> set[tuple[str, str]] | None:
    """(institution, url) of the run's HTML documents; None when the store cannot tell."""
    if not store_url:
        return None
    from adalscan.store import open_store

    store = open_store(store_url)
    try:
        return store.html_documents(run_id)
    finally:
        store.close()


def plan(gaps: Iterable[Any], html: set[tuple[str, str]] | None) -> tuple[dict[str, list[tuple[str, str]]], int]:
    """URL -> [(institution, artefact)] to shoot, and how many rows were skipped (not an HTML page)."""
    targets: dict[str, list[tuple[str, str]]] = {}
    skipped = 0
    for gap in gaps:
        url = str(gap.evidence_url or "")
        if str(gap.status) not in SHOT_STATUSES or gap.override_by:
            continue
        if not url.startswith(("http://", "https://")) or (html is not None and (gap.institution_id, url) not in html):
            skipped += 1
            continue
        targets.setdefault(url, []).append((gap.institution_id, gap.artefact_id))
    return targets, skipped


def screenshot_found(run_path: Path, gaps: Iterable[Any], settings: Mapping[str, Any], *,
                     allow_private: bool = False) -> dict[str, Any]:
    """Shoot the pages of the found artefacts; returns counts and {(institution, artefact): path}."""
    chromium = chromium_executable(settings.get("ADALSCAN_CHROMIUM"))
    if not Path(chromium).exists():
        log.warning("screenshots skipped: %s not found", chromium)
        return {"taken": 0, "skipped": 0, "failed": 0, "files": {}, "note": "chromium not found"}
    run_id = str(settings.get("ADALSCAN_RUN_ID") or run_path.name)
    targets, skipped = plan(gaps, _html_urls(str(settings.get("ADALSCAN_STORE_URL") or ""), run_id))
    limit = int(settings.get("ADALSCAN_SCREENSHOTS_MAX", 1000))
    max_seconds = float(settings.get("ADALSCAN_SCREENSHOTS_MAX_SECONDS", 1800))
    urls = sorted(targets)
    if len(urls) > limit:
        log.warning("screenshots: %d pages, only the first %d are shot (ADALSCAN_SCREENSHOTS_MAX)", len(urls), limit)
        skipped += sum(len(targets[u]) for u in urls[limit:])
        urls = urls[:limit]
    folder = run_path / "archive" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    first_path = {u: screenshot_path(run_path, *targets[u][0]) for u in urls}
    jobs = [{"url": u, "path": str(first_path[u])} for u in urls]
    job = {"jobs": jobs, "chromium": chromium, "allow_private": allow_private,
           "overrides": settings.get("ADALSCAN_RESOLVER_OVERRIDES") or {},
           "user_agent": str(settings.get("USER_AGENT") or ""), "max_seconds": max_seconds,
           "timeout": float(settings.get("ADALSCAN_SCREENSHOT_TIMEOUT", 20)),
           "concurrency": int(settings.get("ADALSCAN_SCREENSHOT_CONCURRENCY", 3))}
    job_path, result_path = folder / ".job.json", folder / ".result.json"
    job_path.write_text(json.dumps(job, default=str), encoding="utf-8")
    result_path.unlink(missing_ok=True)
    results: dict[str, dict[str, Any]] = {}
    if jobs:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
        try:
            subprocess.run([sys.executable, "-m", "crawler.screenshots", str(job_path), str(result_path)],
                           cwd=str(ROOT), env=env, timeout=max_seconds + 120, check=False, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            log.warning("screenshots: the browser process overran %.0f s and was stopped", max_seconds)
        if result_path.exists():
            results = json.loads(result_path.read_text(encoding="utf-8"))
    files: dict[tuple[str, str], str] = {}
    taken = failed = 0
    for url in urls:
        outcome = results.get(url) or {"ok": False, "error": "not reached (time cap)"}
        first = first_path[url]
        if not outcome.get("ok") or not first.exists():
            failed += len(targets[url])
            continue
        for inst, art in targets[url]:
            path = screenshot_path(run_path, inst, art)
            if path != first:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.unlink(missing_ok=True)
                try:
                    os.link(first, path)
                except OSError:
                    path.write_bytes(first.read_bytes())
            files[(inst, art)] = str(path.relative_to(run_path))
            taken += 1
    index = [{"url": u, **(results.get(u) or {"ok": False, "error": "not reached (time cap)"}),
              "artefacts": [f"{i}/{a}" for i, a in targets[u]]} for u in urls]
    (folder / "index.json").write_text(json.dumps(index, ensure_ascii=False, indent=1), encoding="utf-8")
    job_path.unlink(missing_ok=True)
    result_path.unlink(missing_ok=True)
    log.info("screenshots: %d taken, %d skipped (not an HTML page or over the cap), %d failed", taken, skipped, failed)
    return {"taken": taken, "skipped": skipped, "failed": failed, "files": files}


# -- the child process ----------------------------------------------------------------------------------
async def _shoot_all(job: dict[str, Any]) -> dict[str, dict[str, Any]]:
    from playwright.async_api import async_playwright

    from crawler.guard import AddressPolicy, BrowserRequestFilter, RefusedPrivateAddress, parse_overrides
    from crawler.runner import CHROMIUM_ARGS

    policy = AddressPolicy(bool(job["allow_private"]), parse_overrides(job.get("overrides") or {}))
    args = CHROMIUM_ARGS + BrowserRequestFilter(policy).chromium_args()
    deadline = time.monotonic() + float(job["max_seconds"])
    timeout_ms = int(1000 * float(job["timeout"]))
    results: dict[str, dict[str, Any]] = {}

    async def guard(route: Any) -> None:
        from urllib.parse import urlsplit

        parts = urlsplit(route.request.url)
        if parts.scheme in ("data", "blob", "about"):
            await route.continue_()
            return
        if parts.scheme not in ("http", "https") or not parts.hostname:
            await route.abort()
            return
        try:
            await policy.check_host(parts.hostname)
        except RefusedPrivateAddress:
            await route.abort("blockedbyclient")
            return
        await route.continue_()

    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=job["chromium"], headless=True, args=args)
        try:
            context = await browser.new_context(viewport={"width": 1280, "height": 900},
                                                user_agent=job.get("user_agent") or None,
                                                service_workers="block", accept_downloads=False)
            await context.route("**/*", guard)
            queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
            for entry in job["jobs"]:
                queue.put_nowait(entry)

            async def worker() -> None:
                while not queue.empty() and time.monotonic() < deadline:
                    entry = queue.get_nowait()
                    results[entry["url"]] = await _shoot_one(context, entry["url"], Path(entry["path"]), timeout_ms)

            await asyncio.gather(*(worker() for _ in range(max(1, int(job.get("concurrency", 3))))))
        finally:
            await browser.close()
    return results


async def _shoot_one(context: Any, url: str, path: Path, timeout_ms: int) -> dict[str, Any]:
    page = await context.new_page()
    try:
        response = await page.goto(url, wait_until="load", timeout=timeout_ms)
        await page.wait_for_timeout(300)
        height = int(await page.evaluate("document.documentElement.scrollHeight") or 0)
        path.parent.mkdir(parents=True, exist_ok=True)
        clip = {"x": 0, "y": 0, "width": 1280, "height": MAX_HEIGHT} if height > MAX_HEIGHT else None
        await page.screenshot(path=str(path), full_page=True, timeout=timeout_ms, clip=clip)
        return {"ok": True, "status": response.status if response else None,
                "taken": datetime.now(UTC).isoformat(timespec="seconds"), "file": path.name, "height": height}
    except Exception as exc:  # one page's failure is recorded; the others go on
        return {"ok": False, "error": f"{type(exc).__name__}: {(str(exc).splitlines() or [''])[0][:200]}"}
    finally:
        await page.close()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if len(argv) != 2:
        print("usage: python -m crawler.screenshots JOB.json RESULT.json", file=sys.stderr)
        return 2
    job = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    results = asyncio.run(_shoot_all(job))
    write_json_atomic(argv[1], results, indent=None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
