"""Distributed nightly crawl: several workers on a Redis scheduler writing to PostgreSQL, merged results."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from adalscan.models import CrawlStatus
from crawler.distributed import Keys, merge_site_results, merge_stats, redis_client

ROOT = Path(__file__).parent.parent
REDIS_URL = "redis://127.0.0.1:6379/15"
AS_OF = "2026-11-25"
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=false"]


def view(status: str, pages: int, documents: int, detail: str = "", home: bool = False) -> dict[str, object]:
    return {"institution_id": "x", "crawl_status": status, "pages_fetched": pages, "bytes_fetched": pages * 100,
            "documents": documents, "errors": 0, "detail": detail, "home_attempted": home}


def test_a_site_crawled_by_any_worker_is_crawled_and_counts_add_up() -> None:
    merged = merge_site_results([
        {"x": view("ok", 10, 9, home=True)},
        {"x": view("connection_error", 0, 0, "home page never answered")},
        {"x": view("ok", 5, 5)},
    ])["x"]
    assert merged.crawl_status == CrawlStatus.OK
    assert (merged.pages_fetched, merged.documents, merged.bytes_fetched) == (15, 14, 1500)
    assert merged.detail == ""


def test_budget_exhausted_wins_and_details_are_kept() -> None:
    merged = merge_site_results([{"x": view("ok", 3, 3, "1 HTTP error response(s)")},
                                 {"x": view("budget_exhausted", 7, 7, "pages budget exhausted after 7 pages")}])["x"]
    assert merged.crawl_status == CrawlStatus.BUDGET_EXHAUSTED
    assert merged.detail == "1 HTTP error response(s); pages budget exhausted after 7 pages"


def test_an_unreachable_site_takes_the_status_of_the_worker_that_tried_its_home() -> None:
    merged = merge_site_results([
        {"x": view("connection_error", 0, 0, "home page never answered")},
        {"x": view("dns_error", 0, 0, "DNS lookup failed", home=True)},
    ])["x"]
    assert merged.crawl_status == CrawlStatus.DNS_ERROR and merged.detail == "DNS lookup failed"


def test_stats_merge_adds_counts_and_keeps_the_longest_time() -> None:
    merged = merge_stats([{"finish_reason": "finished", "stats": {"adalscan/net/bytes": 10, "elapsed_time_seconds": 5.0},
                           "peak_rss_mb": 150},
                          {"finish_reason": "finished", "stats": {"adalscan/net/bytes": 5, "elapsed_time_seconds": 7.5},
                           "peak_rss_mb": 170}])
    assert merged["stats"] == {"adalscan/net/bytes": 15, "elapsed_time_seconds": 7.5}
    assert merged["finish_reason"] == "finished" and merged["peak_rss_mb"] == 170
    assert merge_stats([{"finish_reason": "finished"}, {"finish_reason": "shutdown"}])["finish_reason"] == "shutdown"


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    from simweb import SimWebProcess

    with SimWebProcess(n=12, seed=9, out_dir=tmp_path_factory.mktemp("web"), as_of=date(2026, 11, 25)) as w:
        yield w


def nightly(registry: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "adalscan.cli", "nightly", "--institutions", str(registry),
                           "--out", str(out), "--allow-private", "--as-of", AS_OF, "--lang", "en", "--no-screenshots",
                           "--log-format", "json", *FAST, *extra], cwd=ROOT, capture_output=True, text=True,
                          timeout=int(os.environ.get("DIST_TIMEOUT", "280")))


def statuses(run_path: Path) -> dict[tuple[str, str], str]:
    with (run_path / "gaps.csv").open(encoding="utf-8-sig", newline="") as fh:
        return {(r["institution_id"], r["artefact_id"]): r["status"] for r in csv.DictReader(fh)}


def latest_run(out: Path) -> Path:
    return out / "runs" / (out / "latest.txt").read_text().strip()


@pytest.fixture(scope="module")
def single_run(web: object, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One ordinary nightly run of the simulated web: what every distributed mode must reproduce."""
    out = tmp_path_factory.mktemp("single")
    single = nightly(web.registry_path, out)  # type: ignore[attr-defined]
    assert single.returncode == 0, single.stderr[-3000:]
    return latest_run(out)


def assert_same_results(run: Path, single_run: Path) -> None:
    assert statuses(run) == statuses(single_run)
    with (single_run / "site_status.csv").open(encoding="utf-8-sig") as a, \
            (run / "site_status.csv").open(encoding="utf-8-sig") as b:
        assert {r["institution_id"]: r["crawl_status"] for r in csv.DictReader(a)} == \
            {r["institution_id"]: r["crawl_status"] for r in csv.DictReader(b)}


def fetches(run: Path) -> tuple[Counter[str], dict[str, set[str]]]:
    """How often each URL was fetched (robots.txt aside), and which workers wrote each institution's files."""
    fetched: Counter[str] = Counter()
    workers_of: dict[str, set[str]] = {}
    for idx in (run / "archive").glob("*.idx.jsonl"):
        institution, worker = idx.name.removesuffix(".idx.jsonl").rsplit("-w", 1)
        for line in idx.read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            if entry["type"] == "response" and not entry["url"].endswith("/robots.txt"):
                fetched[entry["url"]] += 1
                workers_of.setdefault(institution, set()).add(worker)
    return fetched, workers_of


@pytest.mark.services
def test_two_workers_on_redis_and_postgresql_match_one_process(web: object, tmp_path: Path, single_run: Path,
                                                               postgres_url: str) -> None:
    registry = web.registry_path  # type: ignore[attr-defined]
    dist = nightly(registry, tmp_path / "dist", "--workers", "2", "--redis", REDIS_URL, "--store", postgres_url)
    assert dist.returncode == 0, dist.stderr[-3000:]
    dist_run = latest_run(tmp_path / "dist")
    assert_same_results(dist_run, single_run)

    # Both workers crawled; every URL (home pages included) was fetched by one worker only, except a page
    # read again for a better link text found after it was read (by a worker that has not cached it).
    fetched, workers_of = fetches(dist_run)
    per_worker = Counter(w for ws in workers_of.values() for w in ws)
    assert set(per_worker) == {"0", "1"}
    rereads = sum(json.loads(f.read_text(encoding="utf-8"))["stats"].get("adalscan/pages/reread", 0)
                  for f in dist_run.glob("crawl-stats-w*.json"))
    twice = [url for url, n in fetched.items() if n > 1]
    assert fetched and max(fetched.values()) <= 2 and len(twice) <= rereads < 0.05 * len(fetched), (rereads, twice)
    homes = {f"{web.base_url(h)}" for h in web.hosts}  # type: ignore[attr-defined]
    assert homes <= set(fetched)

    # The results are in PostgreSQL; the run's keys are gone from Redis.
    import psycopg

    with psycopg.connect(postgres_url) as conn:
        docs = conn.execute("SELECT COUNT(*), COUNT(DISTINCT url) FROM documents").fetchone()
        run = conn.execute("SELECT status, command FROM runs").fetchall()
    assert docs is not None and docs[0] == docs[1] > 400
    assert run == [("completed", "nightly")]
    client = redis_client(REDIS_URL)
    assert not list(client.scan_iter(match=f"{Keys(dist_run.name).prefix}:*"))
    manifest = json.loads((dist_run / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["nightly"]["workers"] == 2


def test_partitioned_workers_each_crawl_their_own_sites_and_match_one_process(web: object, tmp_path: Path,
                                                                            single_run: Path) -> None:
    registry = web.registry_path  # type: ignore[attr-defined]
    out = tmp_path / "partition"
    run = nightly(registry, out, "--workers", "2", "--partition", "--redis", "redis://127.0.0.1:1/0")
    assert run.returncode == 0, run.stderr[-3000:]  # (no Redis is used: the URL above answers nothing)
    part_run = latest_run(out)
    assert_same_results(part_run, single_run)

    # Each institution was crawled by exactly one worker, the sites were split evenly, no URL fetched twice.
    fetched, workers_of = fetches(part_run)
    assert all(len(ws) == 1 for ws in workers_of.values())
    shares = Counter(next(iter(ws)) for ws in workers_of.values())
    assert set(shares) == {"0", "1"} and abs(shares["0"] - shares["1"]) <= 1
    assert fetched and max(fetched.values()) == 1
    manifest = json.loads((part_run / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["nightly"]["workers"] == 2
    assert sorted(p.name for p in (part_run / "workers").glob("w*.result.json")) == ["w0.result.json",
                                                                                     "w1.result.json"]


def test_partition_needs_several_workers(web: object, tmp_path: Path) -> None:
    result = nightly(web.registry_path, tmp_path / "out", "--partition")  # type: ignore[attr-defined]
    assert result.returncode == 2 and "--partition" in result.stderr
