"""Harvest rate: artefacts found per page fetched, focused crawl vs plain breadth-first, on the simulated web.

    .venv/bin/python benchmarks/harvest.py [--n 12] [--seed 7] [--budgets 10,20,30,60]

For each per-site page budget, the same simulated web is scanned twice with `adalscan scan --allow-private`:
once as shipped (links scored with the catalog's keywords, sitemaps, language versions and menus first)
and once with ADALSCAN_FOCUS=false (breadth-first in discovery order, no sitemaps). An artefact counts as
found when gaps.csv says found/stale and the simulated web's truth.csv agrees (a true positive).
Politeness delays are switched off for both runs: they change the time, not which pages a budget buys.
Prints a table; the figures are measurements, nothing here asserts on them.

    .venv/bin/python benchmarks/harvest.py --cms [--n 30] [--harvest-n 12] [--budgets 50,100,250]

The same on simweb/cms.py's web of CMS-numbered sites (every URL /p/N.html, ?id=N, ?p=N ..., every link named
"Подробнее", "Read more" or a number, artefacts at the end of chains, some sites with an endless calendar or
search). First the coverage check: n sites of 150 pages under the shipped budget (250), with the settings
of issue 14 (no delay, 64 requests, 8 per host): the share of each site's pages fetched (every page is
reachable by links, so a bare crawl fetches them all), artefacts found and false found. Then artefact recall
at each budget on sites of 150 and of 2,000 pages, focused vs breadth-first.
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FAST = {"DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_ENABLED": "false", "ADALSCAN_RENDER_JS": "false"}
POSITIVE = {"found", "stale"}


@dataclass(slots=True)
class Harvest:
    mode: str
    budget: int
    pages: int
    true_positives: int
    false_positives: int
    expected: int
    seconds: float

    @property
    def rate(self) -> float:
        return self.true_positives / self.pages if self.pages else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.expected if self.expected else 0.0


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def scan(registry: Path, out: Path, settings: dict[str, str], as_of: str) -> tuple[Path, float]:
    cmd = [sys.executable, "-m", "adalscan.cli", "scan", "--institutions", str(registry), "--out", str(out),
           "--allow-private", "--as-of", as_of, "--lang", "en"]
    for name, value in settings.items():
        cmd += ["-s", f"{name}={value}"]
    started = time.monotonic()
    # Harvest is about the crawl: no procurement phase (without a token it would read the real portal).
    env = {**os.environ, "ADALSCAN_GOSZAKUP_LISTINGS": "0"}
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=3600, env=env)
    seconds = time.monotonic() - started
    if proc.returncode != 0:
        raise SystemExit(f"scan failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return out / "runs" / (out / "latest.txt").read_text(encoding="utf-8").strip(), seconds


def score(run_dir: Path, truth: list[dict[str, str]], mode: str, budget: int, seconds: float) -> Harvest:
    expected = {(t["institution_id"], t["artefact_id"]) for t in truth if t["expected_status"] in POSITIVE}
    reported = {(g["institution_id"], g["artefact_id"]) for g in read_csv(run_dir / "gaps.csv")
                if g["status"] in POSITIVE}
    pages = sum(int(s["pages_fetched"]) for s in read_csv(run_dir / "site_status.csv"))
    return Harvest(mode, budget, pages, len(reported & expected), len(reported - expected), len(expected), seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=12, help="simulated institutions (default 12)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--budgets", default="10,20,30,60", help="per-site page budgets to compare")
    parser.add_argument("--as-of", default="2026-11-25")
    parser.add_argument("--cms", action="store_true", help="measure on simweb/cms.py's CMS-numbered web instead")
    parser.add_argument("--harvest-n", type=int, default=12, help="--cms: sites per size in the recall table")
    parser.add_argument("--sizes", default="150,2000", help="--cms: site sizes (pages) of the recall table")
    args = parser.parse_args()
    if args.cms:
        if args.n == 12:
            args.n = 30
        if args.budgets == "10,20,30,60":
            args.budgets = "50,100,250"
        return cms_main(args)

    from simweb.generate import read_truth
    from simweb.process import SimWebProcess

    budgets = [int(b) for b in args.budgets.split(",") if b.strip()]
    work = Path(tempfile.mkdtemp(prefix="adalscan-harvest-"))
    results: list[Harvest] = []
    try:
        with SimWebProcess(n=args.n, seed=args.seed) as web:
            truth = read_truth(web.truth_path)
            print(f"simulated web: {args.n} institutions (seed {args.seed}), {len(web.hosts)} reachable; "
                  f"{sum(t['expected_status'] in POSITIVE for t in truth)} artefacts to find", flush=True)
            for budget in budgets:
                for mode, focus in (("focused", "true"), ("breadth-first", "false")):
                    settings = {**FAST, "ADALSCAN_MAX_PAGES_PER_SITE": str(budget), "ADALSCAN_FOCUS": focus}
                    run_dir, seconds = scan(web.registry_path, work / f"{mode}-{budget}", settings, args.as_of)
                    results.append(score(run_dir, truth, mode, budget, seconds))
                    r = results[-1]
                    print(f"  budget {budget:4d} {mode:13s} pages {r.pages:5d}  found {r.true_positives:4d}", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print()
    print(f"{'budget':>6} {'mode':13} {'pages':>6} {'found':>6} {'wrong':>6} {'recall':>7} {'harvest':>9} {'x bfs':>6}")
    for budget in budgets:
        rows = {r.mode: r for r in results if r.budget == budget}
        baseline = rows["breadth-first"].rate
        for r in rows.values():
            lift = f"{r.rate / baseline:5.2f}" if baseline else "  n/a"
            print(f"{r.budget:6d} {r.mode:13} {r.pages:6d} {r.true_positives:6d} {r.false_positives:6d} "
                  f"{r.recall:7.1%} {r.rate:9.3f} {lift:>6}")
    print("\nharvest = artefacts found (true positives) per page fetched; 'x bfs' = harvest / breadth-first harvest")


# -- the CMS-shaped web (simweb/cms.py) ------------------------------------------------------------------
UNTHROTTLED = {"DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_ENABLED": "false", "CONCURRENT_REQUESTS": "64",
               "CONCURRENT_REQUESTS_PER_DOMAIN": "8", "ADALSCAN_RENDER_JS": "false"}


@dataclass(slots=True)
class CmsScore:
    pages: int  # site pages fetched (answered 200)
    site_pages: int  # pages of the sites (what a bare crawl fetches, traps aside)
    other: int  # other URLs fetched (trap pages)
    found: int
    expected: int
    false_found: int
    seconds: float


def cms_scan(web: object, out: Path, settings: dict[str, str]) -> CmsScore:
    from collections import defaultdict

    web.reset_hits()  # type: ignore[attr-defined]
    run_dir, seconds = scan(web.registry, out, settings, "2026-11-25")  # type: ignore[attr-defined]
    fetched: dict[str, set[str]] = defaultdict(set)
    for hit in web.hits():  # type: ignore[attr-defined]
        if hit["status"] == 200 and hit["path"] != "/robots.txt":
            fetched[hit["host"]].add(hit["path"])
    sites = web.web()["sites"]  # type: ignore[attr-defined]
    expected = {(s["id"], a["artefact_id"]) for s in sites for a in s["artefacts"]}
    reported = {(g["institution_id"], g["artefact_id"]) for g in read_csv(run_dir / "gaps.csv")
                if g["status"] in POSITIVE}
    pages = sum(len(fetched[s["address"]] & set(s["pages"])) for s in sites)
    other = sum(len(fetched[s["address"]] - set(s["pages"])) for s in sites)
    return CmsScore(pages, sum(len(s["pages"]) for s in sites), other, len(reported & expected), len(expected),
                    len(reported - expected), seconds)


def cms_main(args: argparse.Namespace) -> None:
    from simweb.cms import CmsWebProcess

    work = Path(tempfile.mkdtemp(prefix="adalscan-harvest-cms-"))
    try:
        if args.n:  # (--n 0: the recall table only)
            with CmsWebProcess(work / "web150", n=args.n, pages=150, seed=args.seed) as web:
                r = cms_scan(web, work / "coverage", dict(UNTHROTTLED))
            print(f"coverage, {args.n} sites of 150 pages, budget 250 as shipped: pages fetched {r.pages}/{r.site_pages}"
                  f" = {r.pages / r.site_pages:.1%} (+{r.other} trap URLs); artefacts found {r.found}/{r.expected}"
                  f" = {r.found / r.expected:.1%}; false found {r.false_found}; {r.seconds:.0f} s", flush=True)
        budgets = [int(b) for b in args.budgets.split(",") if b.strip()]
        rows: list[tuple[int, int, str, CmsScore]] = []
        for size in (int(x) for x in args.sizes.split(",")):
            with CmsWebProcess(work / f"web{size}", n=args.harvest_n, pages=size, seed=args.seed + 1) as web:
                for budget in budgets:
                    for mode, focus in (("focused", "true"), ("breadth-first", "false")):
                        settings = {**UNTHROTTLED, "ADALSCAN_MAX_PAGES_PER_SITE": str(budget), "ADALSCAN_FOCUS": focus}
                        r = cms_scan(web, work / f"h{size}-{budget}-{mode}", settings)
                        rows.append((size, budget, mode, r))
                        print(f"  {size:5d} pages, budget {budget:4d} {mode:13s} found {r.found}/{r.expected}",
                              flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"\nartefact recall on {args.harvest_n} CMS-numbered sites per size (plain link texts)")
    print(f"{'site pages':>10} {'budget':>6} {'mode':13} {'fetched':>8} {'found':>6} {'wrong':>6} {'recall':>7}")
    for size, budget, mode, r in rows:
        print(f"{size:10d} {budget:6d} {mode:13} {r.pages:8d} {r.found:6d} {r.false_found:6d} "
              f"{r.found / r.expected:7.1%}")


if __name__ == "__main__":
    main()
