"""A site that starts refusing half-way (a firewall's 403 after some requests), over two nights.

Night 1: the simulated CMS web (simweb/cms.py) answers everything; night 2 it answers 403 after a few
requests per site. Night 2 must slow down and retry, then report the rest as cut by the site (coverage in
site_status.csv, manifest.json and the gap notes), and its diff against night 1 must show no found ->
missing for artefacts whose pages it could not fetch.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from simweb.cms import CmsWebProcess

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = ["DOWNLOAD_DELAY=0", "AUTOTHROTTLE_ENABLED=false", "ADALSCAN_RENDER_JS=false", "RETRY_TIMES=1",
            "ADALSCAN_RETRY_AFTER_DEFAULT=0.05", "ADALSCAN_REFUSAL_MAX_DELAY=0.2", "ADALSCAN_REFUSALS_TO_STOP=5"]
POSITIVE = {"found", "stale"}

pytestmark = pytest.mark.timeout(600)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def scan(registry: Path, out: Path) -> tuple[Path, str]:
    cmd = [sys.executable, "-m", "adalscan.cli", "scan", "--institutions", str(registry), "--out", str(out),
           "--allow-private", "--as-of", "2026-11-25", "--lang", "en"]
    for setting in SETTINGS:
        cmd += ["-s", setting]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=500)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return out / "runs" / (out / "latest.txt").read_text(encoding="utf-8").strip(), proc.stderr


@pytest.fixture(scope="module")
def two_nights(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    state = tmp_path_factory.mktemp("refusing")
    with CmsWebProcess(state / "web", n=3, pages=60, seed=3) as web:
        out = state / "out"
        night1, _ = scan(web.registry, out)
        web.reset_hits()
        web.refuse_after(12)
        night2, log2 = scan(web.registry, out)
        diff = subprocess.run([sys.executable, "-m", "adalscan.cli", "diff", "--out", str(out)], capture_output=True,
                              text=True, cwd=ROOT, timeout=120)
        return {"web": web.web(), "night1": night1, "night2": night2, "log2": log2, "diff": diff.stdout,
                "hits2": web.hits()}


def test_the_refusing_sites_are_crawled_cut_by_the_site(two_nights: dict[str, Any]) -> None:
    sites = {r["institution_id"]: r for r in read_csv(two_nights["night2"] / "site_status.csv")}
    manifest = json.loads((two_nights["night2"] / "manifest.json").read_text(encoding="utf-8"))
    for site in two_nights["web"]["sites"]:
        row = sites[site["id"]]
        assert row["crawl_status"] == "ok", row  # crawled: its home and first pages came
        assert "site" in row["cut_reason"].split("+"), row
        assert int(row["pages_unfetched"]) > 0 and int(row["pages_discovered"]) > int(row["pages_fetched"]), row
        assert "refused by the site" in row["detail"] and "partial crawl" in row["detail"], row
        assert manifest["sites"][site["id"]]["cut_reason"] == row["cut_reason"]
        # slowed down and retried: some page was asked for more than once and refused each time
        refused = [h for h in two_nights["hits2"] if h["host"] == site["address"] and h["status"] == 403]
        paths = [h["path"] for h in refused]
        assert len(paths) > len(set(paths)), "no refused page was retried"
        assert len(set(paths)) < len(site["pages"]) - 12  # it stopped asking: not every page was tried
    assert "slowing down" in two_nights["log2"] and "cut by the site" in two_nights["log2"]


def test_a_second_night_shows_no_found_to_missing_for_pages_it_could_not_fetch(two_nights: dict[str, Any]) -> None:
    before = {(g["institution_id"], g["artefact_id"]): g for g in read_csv(two_nights["night1"] / "gaps.csv")}
    after = {(g["institution_id"], g["artefact_id"]): g for g in read_csv(two_nights["night2"] / "gaps.csv")}
    found_before = [k for k, g in before.items() if g["status"] in POSITIVE]
    assert len(found_before) >= 5, found_before  # night 1 found the artefacts
    held = [k for k in found_before if after[k]["status"] == "unreachable"]
    assert held, "night 2 fetched every evidence page: the case did not happen"
    for key in found_before:
        assert after[key]["status"] != "missing", (key, after[key])
    for key in held:
        assert "was not fetched this run" in after[key]["note"] and "refused by the site" in after[key]["note"]
    assert "0 opened" in two_nights["diff"], two_nights["diff"]


def test_not_found_on_a_cut_crawl_says_so(two_nights: dict[str, Any]) -> None:
    gaps = read_csv(two_nights["night2"] / "gaps.csv")
    missing = [g for g in gaps if g["status"] == "missing" and g["institution_id"].startswith("cms")]
    assert missing
    assert all("the crawl was cut (refused by the site)" in g["note"] for g in missing), missing[0]
