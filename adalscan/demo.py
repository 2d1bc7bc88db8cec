"""`adalscan demo`: serve a simulated web on loopback, scan it, and score the result against ground truth."""

from __future__ import annotations

import csv
import logging
import os
import time
from datetime import date
from pathlib import Path
from typing import Any

from adalscan.scan import ScanOptions, run_scan
from adalscan.scoring import score_gaps
from adalscan.summary import print_summary

# The simulated web answers instantly; the demo need not wait as it would on a real site.
DEMO_SETTINGS: dict[str, Any] = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False,
                                 "CONCURRENT_REQUESTS_PER_DOMAIN": 8, "LOG_LEVEL": "WARNING"}


def read_truth(*paths: Path, goszakup: str = "api") -> dict[tuple[str, str], str]:
    """Merge ground-truth files; later files win (the procurement mock knows goszakup_procurement best).
    `goszakup` says how the scored run read procurement (simweb.hardscore.expected_status)."""
    from simweb.hardscore import expected_status

    truth: dict[tuple[str, str], str] = {}
    for path in paths:
        if path and path.exists():
            with path.open(encoding="utf-8-sig", newline="") as fh:
                for row in csv.DictReader(fh):
                    truth[(row["institution_id"], row["artefact_id"])] = expected_status(row, goszakup)
    return truth


def run_demo(n: int, seed: int, out: Path, as_of: date, settings: dict[str, Any] | None = None,
             profile: str = "default") -> int:
    # simweb only when the demo runs: the product never loads the simulated world otherwise
    from simweb import SimWebProcess
    from simweb.goszakup.mock import MockGoszakup

    for noisy in ("scrapy", "scrapy-playwright", "py.warnings", "asyncio", "procurement"):
        logging.getLogger(noisy).setLevel(logging.WARNING)  # a newcomer reads the summary, not the chatter
    t0 = time.monotonic()
    web_dir = out / "simweb"
    print(f"demo: generating and serving {n} simulated institutions (seed {seed}) on 127.0.1.x ...", flush=True)
    with SimWebProcess(n=n, seed=seed, out_dir=web_dir, as_of=as_of, reuse=True, profile=profile) as web:
        procurement_truth = web_dir / "procurement-truth.csv"
        with MockGoszakup(registry=web.registry_path, seed=seed, as_of=as_of, truth_out=procurement_truth) as mock:
            os.environ["ADALSCAN_GOSZAKUP_URL"] = mock.url
            os.environ["ADALSCAN_GOSZAKUP_PORTAL_URL"] = mock.url  # evidence links open the mock's search page
            # Like a new user, the demo has no token: procurement comes from the public listings (the mock
            # serves them; no crawl delay on loopback). ADALSCAN_DEMO_GOSZAKUP=api uses the mock's API instead.
            via_api = os.environ.get("ADALSCAN_DEMO_GOSZAKUP", "listings") == "api"
            if via_api:
                os.environ["ADALSCAN_GOSZAKUP_TOKEN"] = mock.token
            else:
                os.environ.pop("ADALSCAN_GOSZAKUP_TOKEN", None)
                os.environ["ADALSCAN_GOSZAKUP_LISTINGS"] = "1"
                os.environ.setdefault("ADALSCAN_GOSZAKUP_CRAWL_DELAY", "0")
            opts = ScanOptions(institutions=web.registry_path, out=out, allow_private=True, as_of=as_of,
                               settings={**DEMO_SETTINGS, **(settings or {})}, command="demo")
            outcome = run_scan(opts)
    print_summary(outcome)
    # Scored against what the path the scan took can know: the public listings cannot read the participant
    # registry, so a name they do not find stays uncertain where the API would prove "missing".
    truth = read_truth(web.truth_path, procurement_truth, goszakup="api" if via_api else "listings")
    score = score_gaps(outcome.run.path / "gaps.csv", truth)
    print(f"\naccuracy against ground truth: {score.accuracy:.3f} ({score.correct}/{score.cells} cells)")
    print(score.confusion_table())
    for inst, art, exp, got in score.errors[:15]:
        print(f"  wrong: {inst} {art}: expected {exp}, got {got}")
    if score.missing_rows or score.extra_rows:
        print(f"  rows missing from gaps.csv: {len(score.missing_rows)}, unexpected rows: {len(score.extra_rows)}")
    print(f"demo finished in {time.monotonic() - t0:.1f} s")
    return 0
