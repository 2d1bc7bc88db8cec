"""Numbered CMS sites are crawled whole, their traps contained by evidence (simweb/cms.py, one real scan).

Eight sites of 150 pages, one per URL scheme (/p/N.html, Joomla ?id=N, WordPress ?p=N and ?page_id=N,
Bitrix detail.php?ID=N, /news/view?id=N&lang=en, /page/view?id=N, /blog/1/qaView/N), every link named with
ordinary words, artefacts at the end of chains; four of them also carry an endless calendar or an endless
empty search. The page budget (250) is above every site's size, so a scan must fetch what a bare crawl
fetches. The 30-site figure is benchmarks/harvest.py --cms.
"""

from __future__ import annotations

import csv
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from simweb.cms import CmsWebProcess

ROOT = Path(__file__).resolve().parent.parent
FAST = ["DOWNLOAD_DELAY=0", "AUTOTHROTTLE_ENABLED=false", "ADALSCAN_RENDER_JS=false"]
POSITIVE = {"found", "stale"}

pytestmark = pytest.mark.timeout(600)


@dataclass
class CmsRun:
    web: dict[str, Any]
    fetched: dict[str, set[str]]  # address -> paths answered 200
    gaps: list[dict[str, str]]
    sites: dict[str, dict[str, str]]
    log: str


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def cms_run(tmp_path_factory: pytest.TempPathFactory) -> CmsRun:
    state = tmp_path_factory.mktemp("cms-web")
    with CmsWebProcess(state / "web", n=8, pages=150, seed=1) as web:
        out = state / "out"
        cmd = [sys.executable, "-m", "adalscan.cli", "scan", "--institutions", str(web.registry), "--out", str(out),
               "--allow-private", "--as-of", "2026-11-25", "--lang", "en"]
        for setting in FAST:
            cmd += ["-s", setting]
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=500)
        assert proc.returncode == 0, proc.stderr[-3000:]
        fetched: dict[str, set[str]] = defaultdict(set)
        for hit in web.hits():
            if hit["status"] == 200:
                fetched[hit["host"]].add(hit["path"])
        run = out / "runs" / (out / "latest.txt").read_text(encoding="utf-8").strip()
        return CmsRun(web.web(), fetched, read_csv(run / "gaps.csv"),
                      {r["institution_id"]: r for r in read_csv(run / "site_status.csv")}, proc.stderr)


def test_every_numbered_site_under_the_budget_is_crawled_whole(cms_run: CmsRun) -> None:
    for site in cms_run.web["sites"]:
        pages = set(site["pages"])
        got = cms_run.fetched[site["address"]] & pages
        assert len(got) >= 0.95 * len(pages), (site["id"], site["scheme"], len(got), len(pages))
        assert cms_run.sites[site["id"]]["crawl_status"] == "ok"


def test_artefacts_behind_plain_links_are_found_without_false_ones(cms_run: CmsRun) -> None:
    expected = {(s["id"], a["artefact_id"]) for s in cms_run.web["sites"] for a in s["artefacts"]}
    reported = {(g["institution_id"], g["artefact_id"]) for g in cms_run.gaps if g["status"] in POSITIVE}
    assert len(reported & expected) >= 0.9 * len(expected), sorted(expected - reported)
    assert len(reported - expected) <= 1, sorted(reported - expected)


def test_calendars_and_empty_searches_are_dropped_as_self_similar(cms_run: CmsRun) -> None:
    trap_sites = [s for s in cms_run.web["sites"] if s["trap"]]
    assert {s["trap"] for s in trap_sites} == {"calendar", "search"}
    for site in trap_sites:
        extra = cms_run.fetched[site["address"]] - set(site["pages"]) - {"/robots.txt"}
        assert 6 <= len(extra) <= 12, (site["id"], site["trap"], sorted(extra))
        assert "endless or self-similar URL family" in cms_run.sites[site["id"]]["detail"]
    assert any("is endless or self-similar" in line for line in cms_run.log.splitlines())
