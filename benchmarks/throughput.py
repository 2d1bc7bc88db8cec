"""Throughput: pages/s of the full adalscan pipeline vs a bare Scrapy spider fetching the same pages.

    .venv/bin/python benchmarks/throughput.py [--n 12] [--seed 7] [--regime polite|unthrottled|issue14|both]
        [--cms] [--repeat 1]

On one simulated web (simweb.SimWebProcess), in one invocation, for each regime:
  1. `adalscan scan --allow-private` (crawl, extraction, detection, results store, reports) in a child
     process; pages/s = Scrapy's downloader/response_count / elapsed_time_seconds of the crawl;
  2. a bare Scrapy spider (no adalscan middleware, parsing or pipeline) in another child process, fed the
     URLs of every document the full run stored, with the same concurrency and politeness settings;
     pages/s from its own Scrapy stats.
Prints both rates, their ratio (the issue's target: >= 0.85) and each child's peak RSS (ru_maxrss from
wait4, plus the scan's page worker processes; Chromium's own processes are not counted).

Regimes: "polite" uses crawler/settings.py as shipped (per-host delay, AutoThrottle, 4 requests per host);
"unthrottled" drops the delays and allows 8 per host, so the CPU cost of the pipeline shows.
Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

REGIMES: dict[str, dict[str, object]] = {
    "polite": {},
    "unthrottled": {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "CONCURRENT_REQUESTS_PER_DOMAIN": 8},
    # issue 14's figures: -s DOWNLOAD_DELAY=0 -s AUTOTHROTTLE_ENABLED=False -s CONCURRENT_REQUESTS=64
    # -s CONCURRENT_REQUESTS_PER_DOMAIN=8
    "issue14": {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "CONCURRENT_REQUESTS": 64,
                "CONCURRENT_REQUESTS_PER_DOMAIN": 8},
}
# The politeness and concurrency settings the bare spider shares with the full run.
SHARED = ("CONCURRENT_REQUESTS", "CONCURRENT_REQUESTS_PER_DOMAIN", "DOWNLOAD_DELAY", "DOWNLOAD_DELAY_JITTER",
          "AUTOTHROTTLE_ENABLED", "AUTOTHROTTLE_START_DELAY", "AUTOTHROTTLE_MAX_DELAY",
          "AUTOTHROTTLE_TARGET_CONCURRENCY", "ROBOTSTXT_OBEY", "USER_AGENT", "DOWNLOAD_TIMEOUT", "COOKIES_ENABLED",
          "TWISTED_REACTOR")


@dataclass(slots=True)
class Measure:
    pages: int
    seconds: float
    peak_rss_mb: float
    cpu_seconds: float = 0.0

    @property
    def cpu_ms_per_page(self) -> float:
        return 1000 * self.cpu_seconds / self.pages if self.pages else 0.0

    @property
    def rate(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0


def run_child(cmd: list[str], log: Path) -> tuple[int, float, float]:
    """Run a child process to its end; (exit code, peak RSS in MB, CPU seconds of it and the processes it
    waited for) from wait4's resource usage."""
    # These figures are the crawl's: no procurement phase (without a token it would read the real portal).
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ADALSCAN_GOSZAKUP_LISTINGS": "0"}
    with log.open("wb") as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, cwd=ROOT, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def stat(log_text: str, name: str) -> float:
    """One value from the 'Dumping Scrapy stats' block of a log."""
    match = re.search(rf"'{re.escape(name)}': ([0-9.]+)", log_text)
    if not match:
        raise SystemExit(f"no {name} in the log:\n{log_text[-3000:]}")
    return float(match.group(1))


def full_run(registry: Path, work: Path, overrides: dict[str, object]) -> tuple[Measure, list[str]]:
    out = work / "out"
    cmd = [sys.executable, "-m", "adalscan.cli", "scan", "--institutions", str(registry), "--out", str(out),
           "--allow-private", "--as-of", "2026-11-25", "--lang", "en"]
    for name, value in overrides.items():
        cmd += ["-s", f"{name}={json.dumps(value)}"]
    code, rss, cpu = run_child(cmd, work / "scan.log")
    text = (work / "scan.log").read_text(encoding="utf-8", errors="replace")
    if code != 0:
        raise SystemExit(f"scan failed ({code}):\n{text[-3000:]}")
    with sqlite3.connect(out / "adalscan.sqlite") as db:
        urls = [row[0] for row in db.execute("SELECT url FROM documents ORDER BY fetched_at")]
    # wait4's ru_maxrss is the largest single process: add the page workers' own peak (crawler/pagework.py).
    workers = re.search(r"'adalscan/page_workers/peak_rss_kb': ([0-9]+)", text)
    rss += int(workers.group(1)) / 1024 if workers else 0.0
    return Measure(int(stat(text, "downloader/response_count")), stat(text, "elapsed_time_seconds"), rss,
                   cpu), urls


def bare_run(urls: list[str], work: Path, overrides: dict[str, object]) -> Measure:
    from crawler.runner import build_settings

    settings = build_settings(overrides)
    shared = {name: settings.get(name) for name in SHARED}
    (work / "bare.json").write_text(json.dumps({"urls": urls, "settings": shared}), encoding="utf-8")
    code, rss, cpu = run_child([sys.executable, str(Path(__file__).resolve()), "--bare",
                                str(work / "bare.json")], work / "bare.log")
    text = (work / "bare.log").read_text(encoding="utf-8", errors="replace")
    if code != 0:
        raise SystemExit(f"bare spider failed ({code}):\n{text[-3000:]}")
    return Measure(int(stat(text, "downloader/response_count")), stat(text, "elapsed_time_seconds"), rss, cpu)


def bare_spider_main(job: Path) -> None:
    """Child process: fetch the given URLs with a plain Scrapy spider that does nothing with them."""
    import scrapy
    from scrapy.crawler import CrawlerProcess

    data = json.loads(job.read_text(encoding="utf-8"))

    class FetchOnly(scrapy.Spider):
        name = "fetch_only"

        async def start(self):  # type: ignore[no-untyped-def]
            for url in data["urls"]:
                yield scrapy.Request(url, callback=self.parse, errback=self.failed)

        def parse(self, response):  # type: ignore[no-untyped-def]
            return None

        def failed(self, failure):  # type: ignore[no-untyped-def]
            return None

    process = CrawlerProcess({**{k: v for k, v in data["settings"].items() if v is not None}, "LOG_LEVEL": "INFO",
                              "TELNETCONSOLE_ENABLED": False})
    process.crawl(FetchOnly)
    process.start()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=12, help="simulated institutions (default 12)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--regime", choices=(*REGIMES, "both"), default="both")
    parser.add_argument("--repeat", type=int, default=1,
                        help="pairs of runs (pipeline, then bare) per regime; the median ratio is printed too: "
                             "on a shared machine one pair can be off by a third")
    parser.add_argument("--cms", action="store_true",
                        help="crawl simweb/cms.py's CMS-numbered sites of 150 pages (--n of them) instead")
    parser.add_argument("--bare", type=Path, help=argparse.SUPPRESS)  # internal: the bare spider's child process
    args = parser.parse_args()
    if args.bare:
        bare_spider_main(args.bare)
        return

    from simweb.cms import CmsWebProcess
    from simweb.process import SimWebProcess

    regimes = ["polite", "unthrottled"] if args.regime == "both" else [args.regime]
    rows: list[tuple[str, Measure, Measure]] = []
    work_root = Path(tempfile.mkdtemp(prefix="adalscan-throughput-"))
    try:
        web_cm = (CmsWebProcess(work_root / "cms", n=args.n, pages=150, seed=args.seed) if args.cms
                  else SimWebProcess(n=args.n, seed=args.seed))
        with web_cm as web:
            registry = web.registry if args.cms else web.registry_path  # type: ignore[union-attr]
            print(f"{'CMS-numbered' if args.cms else 'simulated'} web: {args.n} institutions (seed {args.seed})",
                  flush=True)
            for regime in regimes:
                for repeat in range(args.repeat):
                    work = work_root / f"{regime}-{repeat}"
                    work.mkdir()
                    full, urls = full_run(registry, work, REGIMES[regime])
                    bare = bare_run(urls, work, REGIMES[regime])
                    rows.append((regime, full, bare))
                    print(f"  {regime}: pipeline {full.pages} pages in {full.seconds:.1f} s, "
                          f"bare {bare.pages} pages in {bare.seconds:.1f} s", flush=True)
    finally:
        shutil.rmtree(work_root, ignore_errors=True)

    print()
    print(f"{'regime':12} {'pipeline p/s':>12} {'bare p/s':>9} {'ratio':>6} {'pipeline RSS':>13} {'bare RSS':>9}"
          f" {'CPU ms/page':>12} {'bare':>5}")
    for regime, full, bare in rows:
        ratio = full.rate / bare.rate if bare.rate else 0.0
        print(f"{regime:12} {full.rate:12.1f} {bare.rate:9.1f} {ratio:6.2f} {full.peak_rss_mb:10.0f} MB "
              f"{bare.peak_rss_mb:6.0f} MB {full.cpu_ms_per_page:12.2f} {bare.cpu_ms_per_page:5.2f}")
    if args.repeat > 1:
        for regime in regimes:
            ratios = sorted(f.rate / b.rate for r, f, b in rows if r == regime and b.rate)
            print(f"{regime:12} median ratio of {len(ratios)} paired runs: {statistics.median(ratios):.2f} "
                  f"(range {ratios[0]:.2f}-{ratios[-1]:.2f})")
    print("\nratio = pipeline pages/s / bare pages/s (target >= 0.85); RSS = peak resident set of each child;"
          "\nCPU ms/page = the child's whole CPU time (with its page workers, start-up and reports) per response")


if __name__ == "__main__":
    main()
