"""Nightly operation at scale, on the simulated web: time against its bound, memory, incremental bytes, workers.

    .venv/bin/python benchmarks/nightly.py [--n 1000] [--seed 7] [--delay 0.25] [--change 0.05]
                                           [--workers 1,2] [--redis URL] [--store URL] [--keep DIR]

Steps (every figure is measured in this one invocation; nothing here asserts on them):
1. `adalscan nightly` over n simulated institutions (JS rendering on, screenshots off unless --screenshots),
   politeness as configured (DOWNLOAD_DELAY --delay, AutoThrottle off so the bound is computable).
2. The bound it cannot beat, the larger of:
   - politeness: for each host, the requests the run sent it x the download delay (hosts run in parallel);
   - a bare Scrapy spider fetching exactly the same URLs (every request of run 1, from its WARC index:
     robots.txt and redirect steps included) with the same concurrency and delay, no parsing at all.
   Printed: crawl wall time (spider open to close) and whole-run wall time, each / bound (target <= 1.25).
3. Peak RSS of the nightly process and its page workers (target <= 400 MB; Chromium not included).
   CPU seconds per response of the whole run (every process) and of the bare spider: on this many cores,
   how fast the run could possibly be.
4. simweb.mutate changes --change of the pages; a second nightly run on the same folder; bytes that
   crossed the network in run 2 / run 1 (target <= 0.15).
5. Distributed mode: a fresh folder per worker count (--workers, default 1,2), Redis scheduler, crawl wall
   time, speed-up over 1 worker.
6. Partitioned workers (`--workers N --partition`, --partition default 2): each local worker crawls its own
   share of the sites; crawl wall time against the same bound. On a small machine this is how a nightly
   run uses every core (the single process is bound by its one reactor thread).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

AS_OF = date(2026, 11, 25)


PACKAGES = ("adalscan", "archive", "crawler", "detectors", "documents", "procurement", "reports", "simweb", "store")
CODE = ROOT  # where the runs' code comes from (a frozen copy with --snapshot)


def snapshot_code(dest: Path) -> Path:
    """Copy the code, so edits made to the tree during a long benchmark cannot change it half-way (a change
    to the detectors would, rightly, make run 2 classify everything again)."""
    for package in PACKAGES:
        if (ROOT / package).is_dir():
            shutil.copytree(ROOT / package, dest / package, ignore=shutil.ignore_patterns("__pycache__"),
                            dirs_exist_ok=True)
    return dest


def nightly(registry: Path, out: Path, settings: dict[str, str], extra: list[str]) -> dict[str, Any]:
    """Run `adalscan nightly`; returns wall time, exit code, the run's manifest and crawl stats."""
    cmd = [sys.executable, "-m", "adalscan.cli", "nightly", "--institutions", str(registry), "--out", str(out),
           "--allow-private", "--as-of", AS_OF.isoformat(), "--lang", "en", "--log-format", "json",
           "--progress", "off", *extra]
    for name, value in settings.items():
        cmd += ["-s", f"{name}={value}"]
    log = out.with_suffix(".log")
    out.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.monotonic()
    with log.open("w", encoding="utf-8") as err, tempfile.TemporaryFile("w+", encoding="utf-8") as summary:
        returncode, cpu = run_measured(cmd, stdout=summary, stderr=err)
        summary.seek(0)
        stdout = summary.read()
    wall = time.monotonic() - t0
    if returncode != 0:
        raise SystemExit(f"nightly failed ({returncode}); log: {log}")
    run_path = out / "runs" / (out / "latest.txt").read_text(encoding="utf-8").strip()
    manifest = json.loads((run_path / "manifest.json").read_text(encoding="utf-8"))
    stats = manifest.get("nightly", {})
    crawl = json.loads((run_path / "nightly.json").read_text(encoding="utf-8")).get("crawl", {})
    return {"wall": wall, "run_path": run_path, "manifest": manifest, "nightly": stats, "crawl": crawl,
            "summary": stdout, "cpu": cpu}


def phases(result: dict[str, Any]) -> str:
    """Seconds per phase of a run (manifest.json's phase_seconds), in the order they ran."""
    seconds = result["manifest"].get("phase_seconds", {})
    cpu = result["manifest"].get("phase_cpu_seconds", {})

    def one(name: str, value: float) -> str:
        used = cpu.get(name)
        return f"{name} {value:.1f} s" + (f" (CPU {used['process']:.1f} + {used['children']:.1f} in children)"
                                          if used else "")

    return ", ".join(one(name, value) for name, value in seconds.items()) or "(not recorded)"


def run_measured(cmd: list[str], **popen: Any) -> tuple[int, float]:
    """Run a command to its end: (exit code, CPU seconds of it and every descendant it waited for: page
    workers, Chromium and its driver included)."""
    proc = subprocess.Popen(cmd, cwd=CODE, **popen)
    _, status, usage = os.wait4(proc.pid, 0)
    return os.waitstatus_to_exitcode(status), usage.ru_utime + usage.ru_stime


def network_requests(run_path: Path) -> list[str]:
    """Every URL run 1 sent over the network (request records of its WARC index), in order."""
    urls: list[str] = []
    for idx in sorted((run_path / "archive").glob("*.idx.jsonl")):
        for line in idx.read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            if entry.get("type") == "request":
                urls.append(entry["url"])
    return urls


def politeness_bound(urls: list[str], delay: float) -> tuple[float, int]:
    per_host = Counter(urlsplit(u).netloc for u in urls)
    busiest = max(per_host.values(), default=0)
    return busiest * delay, busiest


BARE_SPIDER = r'''
import sys, json, time, scrapy
from scrapy.crawler import CrawlerProcess
urls = json.load(open(sys.argv[1])); settings = json.loads(sys.argv[2])
class Bare(scrapy.Spider):
    name = "bare"
    async def start(self):
        for url in urls:
            yield scrapy.Request(url, dont_filter=True, callback=self.parse, errback=self.failed,
                                 meta={"dont_redirect": True, "handle_httpstatus_all": True})
    def parse(self, response):
        pass
    def failed(self, failure):
        pass
process = CrawlerProcess(settings)
crawler = process.create_crawler(Bare)
process.crawl(crawler)
t0 = time.monotonic(); process.start(); elapsed = time.monotonic() - t0
print(json.dumps({"seconds": elapsed, "responses": crawler.stats.get_value("response_received_count", 0)}))
'''


def bare_scrapy(urls: list[str], delay: float, concurrency: int, per_domain: int, work: Path) -> dict[str, Any]:
    """A plain Scrapy spider fetching the same URLs with the same politeness, doing nothing with them."""
    url_file = work / "bare-urls.json"
    url_file.write_text(json.dumps(urls), encoding="utf-8")
    settings = {"DOWNLOAD_DELAY": delay, "AUTOTHROTTLE_ENABLED": False, "CONCURRENT_REQUESTS": concurrency,
                "CONCURRENT_REQUESTS_PER_DOMAIN": per_domain, "ROBOTSTXT_OBEY": False, "RETRY_ENABLED": False,
                "COOKIES_ENABLED": False, "TELNETCONSOLE_ENABLED": False, "LOG_LEVEL": "WARNING",
                "REDIRECT_ENABLED": False, "DOWNLOAD_TIMEOUT": 20}
    out_file = work / "bare-out.json"
    with out_file.open("w", encoding="utf-8") as out:
        code, cpu = run_measured([sys.executable, "-c", BARE_SPIDER, str(url_file), json.dumps(settings)], stdout=out)
    if code != 0:
        raise SystemExit(f"the bare spider failed ({code})")
    return {**json.loads(out_file.read_text(encoding="utf-8").strip().splitlines()[-1]), "cpu": cpu}


def stat(result: dict[str, Any], key: str) -> float:
    return float((result["crawl"].get("stats") or {}).get(key, 0) or 0)


def crawl_seconds(result: dict[str, Any]) -> float:
    return stat(result, "elapsed_time_seconds") or result["wall"]


def mb(n: float) -> str:
    return f"{n / 1e6:.1f} MB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--delay", type=float, default=0.25, help="DOWNLOAD_DELAY (politeness), seconds")
    parser.add_argument("--change", type=float, default=0.05, help="fraction of pages changed before run 2")
    parser.add_argument("--workers", default="1,2", help="worker counts for distributed mode ('' to skip)")
    parser.add_argument("--partition", default="2", help="worker counts for partitioned mode ('' to skip)")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/12")
    parser.add_argument("--store", default="", help="results store URL for distributed runs (default: SQLite)")
    parser.add_argument("--screenshots", action="store_true")
    parser.add_argument("--keep", type=Path, default=None, help="work folder to keep (default: a temp folder)")
    parser.add_argument("--live-code", action="store_true", help="run the tree as it is, not a frozen copy")
    args = parser.parse_args(argv)
    global CODE

    from simweb import SimWebProcess
    from simweb.goszakup.mock import MockGoszakup
    from simweb.mutate import mutate

    work = args.keep or Path(tempfile.mkdtemp(prefix="adalscan-bench-nightly-"))
    work.mkdir(parents=True, exist_ok=True)
    if not args.live_code:
        CODE = snapshot_code(work / "src")
    from crawler import settings as crawl_defaults

    politeness = {"DOWNLOAD_DELAY": str(args.delay), "AUTOTHROTTLE_ENABLED": "false"}
    extra = [] if args.screenshots else ["--no-screenshots"]
    print(f"benchmark: {args.n} simulated institutions (seed {args.seed}), delay {args.delay} s, work {work}",
          flush=True)
    try:
        with SimWebProcess(n=args.n, seed=args.seed, out_dir=work / "web", as_of=AS_OF) as web, \
                MockGoszakup(registry=web.registry_path, seed=args.seed, as_of=AS_OF) as portal:
            # Procurement comes from the loopback mock's public listings, as in the demo: never the real portal.
            os.environ.update({"ADALSCAN_GOSZAKUP_URL": portal.url, "ADALSCAN_GOSZAKUP_PORTAL_URL": portal.url,
                               "ADALSCAN_GOSZAKUP_LISTINGS": "1", "ADALSCAN_GOSZAKUP_CRAWL_DELAY": "0"})
            os.environ.pop("ADALSCAN_GOSZAKUP_TOKEN", None)
            registry = web.registry_path
            first = nightly(registry, work / "nightly", politeness, extra)
            urls = network_requests(first["run_path"])
            polite, busiest = politeness_bound(urls, args.delay)
            bare = bare_scrapy(urls, args.delay, crawl_defaults.CONCURRENT_REQUESTS,
                               crawl_defaults.CONCURRENT_REQUESTS_PER_DOMAIN, work)
            bound = max(polite, bare["seconds"])
            changed = mutate(work / "web", fraction=args.change, seed=args.seed)
            second = nightly(registry, work / "nightly", politeness, extra)
            dist: dict[int, dict[str, Any]] = {}
            for count in [int(x) for x in args.workers.split(",") if x.strip()]:
                store = ["--store", args.store] if args.store else []
                dist[count] = nightly(registry, work / f"dist-{count}",
                                      politeness, [*extra, "--workers", str(count), "--redis", args.redis, *store])
            split: dict[int, dict[str, Any]] = {}
            for count in [int(x) for x in args.partition.split(",") if x.strip()]:
                split[count] = nightly(registry, work / f"partition-{count}", politeness,
                                       [*extra, "--workers", str(count), "--partition"])
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)

    pages = int(stat(first, "adalscan/pages/fetched"))
    print()
    print(f"run 1: {pages} pages, {len(urls)} network requests ({busiest} to the busiest host)")
    print(f"  crawl wall time          {crawl_seconds(first):8.1f} s   (whole run {first['wall']:.1f} s)")
    print(f"  politeness bound         {polite:8.1f} s   ({busiest} requests x {args.delay} s)")
    print(f"  bare Scrapy, same URLs   {bare['seconds']:8.1f} s   ({bare['responses']} responses)")
    print(f"  bound = max of the two   {bound:8.1f} s")
    print(f"  crawl / bound            {crawl_seconds(first) / bound:8.2f}     (target <= 1.25)")
    print(f"  whole run / bound        {first['wall'] / bound:8.2f}")
    print(f"  phases                   {phases(first)}")
    # Why the ratio is what it is on this machine: CPU seconds per response of everything each side ran.
    responses = max(1, int(stat(first, "downloader/response_count")))
    pipeline_ms, bare_ms = 1000 * first["cpu"] / responses, 1000 * bare["cpu"] / max(1, bare["responses"])
    cores = os.cpu_count() or 1
    print(f"  CPU per response         {pipeline_ms:8.2f} ms (whole nightly run, all its processes) vs "
          f"{bare_ms:.2f} ms bare = {pipeline_ms / bare_ms:.1f}x; on {cores} core(s) the run cannot beat "
          f"{pipeline_ms * responses / 1000 / cores:.0f} s")
    print(f"  peak RSS                 {first['nightly'].get('peak_rss_mb', 0):8.0f} MB (target <= 400; Chromium not included)")
    b1, b2 = stat(first, "adalscan/net/bytes"), stat(second, "adalscan/net/bytes")
    print(f"run 2 after changing {len(changed)} pages ({args.change:.0%}):")
    print(f"  network bytes            {mb(b2)} vs {mb(b1)} = {b2 / b1 if b1 else 0:.3f} of run 1 (target <= 0.15)")
    print(f"  not modified (304)       {int(stat(second, 'adalscan/net/not_modified'))} of "
          f"{int(stat(second, 'adalscan/net/responses'))} responses")
    print(f"  classified / reused      {int(stat(second, 'adalscan/classify/ran'))} / "
          f"{int(stat(second, 'adalscan/classify/reused'))} documents")
    print(f"  crawl wall time          {crawl_seconds(second):8.1f} s   (whole run {second['wall']:.1f} s)")
    print(f"  CPU, whole run           {second['cpu']:8.1f} s   vs {first['cpu']:.1f} s in run 1 = "
          f"{second['cpu'] / first['cpu'] if first['cpu'] else 0:.2f}")
    print(f"  phases                   {phases(second)}")
    if dist:
        base = crawl_seconds(dist[min(dist)])
        print("distributed mode (Redis scheduler), fresh folder each:")
        for count, result in sorted(dist.items()):
            secs = crawl_seconds(result)
            print(f"  {count} worker(s)              {secs:8.1f} s crawl ({secs / bound:.2f} x bound), "
                  f"{result['wall']:.1f} s whole run, speed-up {base / secs:.2f}x, peak RSS per worker "
                  f"{result['crawl'].get('peak_rss_mb_per_worker') or result['crawl'].get('peak_rss_mb')} MB")
    if split:
        print("partitioned workers (each its own share of the sites), fresh folder each:")
        for count, result in sorted(split.items()):
            secs = crawl_seconds(result)
            responses = max(1, int(stat(result, "downloader/response_count")))
            print(f"  {count} worker(s)              {secs:8.1f} s crawl ({secs / bound:.2f} x bound, target <= 1.25), "
                  f"{result['wall']:.1f} s whole run ({result['wall'] / bound:.2f} x), "
                  f"{1000 * result['cpu'] / responses:.2f} ms CPU per response, peak RSS per worker "
                  f"{result['crawl'].get('peak_rss_mb_per_worker')} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
