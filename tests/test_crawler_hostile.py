"""The hostile web: one `adalscan scan` over misbehaving sites plus a normal one, with the guard ON.

tests/hostile/server.py serves every case on its own 127.0.1.x address; the scan reaches them through the
test-only ADALSCAN_RESOLVER_OVERRIDES, without --allow-private, so the address guard is live. One scan
runs for the module (Scrapy's reactor starts once per process, so the scan is a subprocess); each test
checks one case: the run completed, the case is in the site's status and in the run's log, and the good
site's results are intact.
"""

from __future__ import annotations

import csv
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SERVER = Path(__file__).resolve().parent / "hostile" / "server.py"
AS_OF = "2026-01-15"
TEST_SETTINGS = {  # small caps so every case shows within seconds
    "DOWNLOAD_TIMEOUT": 6, "ADALSCAN_MAX_DOCUMENT_BYTES": 1_000_000, "DOWNLOAD_MAXSIZE": 4_000_000,
    "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "ADALSCAN_MAX_PAGES_PER_SITE": 40,
    "ADALSCAN_RETRY_AFTER_MAX": 10, "ADALSCAN_REFUSAL_MAX_DELAY": 0.5, "ADALSCAN_REFUSALS_TO_STOP": 3,
}

pytestmark = pytest.mark.timeout(900)


@dataclass
class HostileRun:
    returncode: int
    log: str
    port: int
    sites: dict[str, dict[str, str]]  # site_status.csv rows by institution id
    documents: list[dict[str, str]]  # the store's documents rows
    gaps: list[dict[str, str]]
    hits: list[dict[str, object]]  # every request the hostile web saw
    stats: dict[str, int]  # the crawl's integer Scrapy stats, as dumped at the end of its log

    def site(self, inst_id: str) -> dict[str, str]:
        return self.sites[inst_id]

    def docs(self, inst_id: str) -> dict[str, dict[str, str]]:
        return {d["url"].split(f":{self.port}", 1)[-1]: d for d in self.documents if d["institution_id"] == inst_id}

    def hits_of(self, host: str, path: str | None = None) -> list[dict[str, object]]:
        return [h for h in self.hits if h["host"] == host and (path is None or h["path"] == path)]

    def log_lines(self, inst_id: str) -> list[str]:
        return [line for line in self.log.splitlines() if f"site {inst_id}" in line]


@pytest.fixture(scope="module")
def hostile_web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, object]]]:
    state = tmp_path_factory.mktemp("hostile-web")
    proc = subprocess.Popen([sys.executable, str(SERVER), "--state-dir", str(state), "--lifetime", "900"],
                            stdout=subprocess.DEVNULL, stderr=(state / "server.log").open("wb"),
                            stdin=subprocess.DEVNULL, cwd=ROOT)
    try:
        deadline = time.monotonic() + 120
        while not (state / "ready.json").exists():
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("hostile web did not start:\n" + (state / "server.log").read_text())
            time.sleep(0.1)
        yield state, json.loads((state / "ready.json").read_text(encoding="utf-8"))
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


@pytest.fixture(scope="module")
def hostile_run(hostile_web: tuple[Path, dict[str, object]], tmp_path_factory: pytest.TempPathFactory) -> HostileRun:
    state, ready = hostile_web
    port = int(ready["port"])  # type: ignore[call-overload]
    overrides: dict[str, str] = ready["overrides"]  # type: ignore[assignment]
    work = tmp_path_factory.mktemp("hostile-run")
    registry = work / "institutions.csv"
    with registry.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "name_kk", "name_ru", "name_en", "type", "region", "city", "website", "bin", "source"])
        for name, address in overrides.items():
            if not address.startswith("127."):
                continue  # simulated private answers are redirect targets, not institutions
            scheme = "https" if name == "tls.test" else "http"
            writer.writerow([name.split(".")[0], "", f"Сайт {name}", "", "university", "", "", f"{scheme}://{name}:{port}/",
                             "", "hostile web"])
        writer.writerow(["nxdomain", "", "Нет такого сайта", "", "college", "", "", "http://nowhere.invalid/", "", ""])
    out = work / "out"
    settings = [f"ADALSCAN_RESOLVER_OVERRIDES={json.dumps(overrides)}"]
    settings += [f"{k}={json.dumps(v)}" for k, v in TEST_SETTINGS.items()]
    cmd = [sys.executable, "-m", "adalscan.cli", "scan", "--institutions", str(registry), "--out", str(out),
           "--as-of", AS_OF, "--lang", "en"]  # no --allow-private: the guard is on
    for item in settings:
        cmd += ["-s", item]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("ADALSCAN_GOSZAKUP_TOKEN", None)
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=600, env=env)
    (work / "scan.log").write_text(proc.stderr, encoding="utf-8")
    run_dir = out / "runs" / (out / "latest.txt").read_text(encoding="utf-8").strip() if (out / "latest.txt").exists() \
        else None
    sites: dict[str, dict[str, str]] = {}
    gaps: list[dict[str, str]] = []
    if run_dir is not None:
        with (run_dir / "site_status.csv").open(encoding="utf-8-sig", newline="") as fh:
            sites = {row["institution_id"]: row for row in csv.DictReader(fh)}
        with (run_dir / "gaps.csv").open(encoding="utf-8-sig", newline="") as fh:
            gaps = list(csv.DictReader(fh))
    documents: list[dict[str, str]] = []
    if (out / "adalscan.sqlite").exists():
        with sqlite3.connect(out / "adalscan.sqlite") as db:
            db.row_factory = sqlite3.Row
            documents = [dict(r) for r in db.execute("SELECT institution_id, url, kind, title, notes, http_status "
                                                      "FROM documents")]
    hits = [json.loads(line) for line in (state / "hits.jsonl").read_text(encoding="utf-8").splitlines() if line]
    dumped = proc.stderr.rpartition("Dumping Scrapy stats")[2]
    stats = {k: int(v) for k, v in re.findall(r"'([^']+)': (\d+)[,}]", dumped)}
    return HostileRun(proc.returncode, proc.stderr, port, sites, documents, gaps, hits, stats)


def assert_case(run: HostileRun, inst_id: str, status: str, log_part: str) -> dict[str, str]:
    """The run completed, the site ended with `status`, the log says so, and the good site is intact."""
    assert run.returncode == 0, run.log[-3000:]
    site = run.site(inst_id)
    assert site["crawl_status"] == status, site
    assert any(log_part in line for line in run.log_lines(inst_id)), run.log_lines(inst_id)
    good = run.site("good")
    assert good["crawl_status"] == "ok", good
    good_docs = run.docs("good")
    assert {"/", "/antikor/", "/antikor/plan.pdf", "/docs/kodeks.docx"} <= set(good_docs), sorted(good_docs)
    assert good_docs["/antikor/plan.pdf"]["kind"] == "pdf" and good_docs["/docs/kodeks.docx"]["kind"] == "docx"
    return site


def test_good_site_results_are_intact_and_found(hostile_run: HostileRun) -> None:
    assert_case(hostile_run, "good", "ok", "site good")
    found = {g["artefact_id"] for g in hostile_run.gaps if g["institution_id"] == "good" and g["status"] == "found"}
    assert "anticorruption_plan" in found, found
    assert "/private/secret" not in hostile_run.docs("good")  # robots.txt Disallow: /private/
    assert not hostile_run.hits_of("good.test", "/private/secret")
    assert len(hostile_run.hits_of("good.test", "/robots.txt")) == 1


def test_user_agent_names_adalscan_and_a_contact(hostile_run: HostileRun) -> None:
    agents = {str(h["ua"]) for h in hostile_run.hits}
    assert agents and all(a.startswith("adalscan/") and "+http" in a for a in agents), agents


def test_calendar_and_session_traps_are_contained(hostile_run: HostileRun) -> None:
    # No URL-shape cap is set: the calendars are dropped because their pages repeat themselves.
    site = assert_case(hostile_run, "trap", "ok", "is endless or self-similar")
    assert int(site["pages_fetched"]) < 30  # well under the page budget (40)
    assert "endless or self-similar URL family" in site["detail"]
    calendar = [h for h in hostile_run.hits_of("trap.test") if str(h["path"]).startswith("/calendar")]
    events = [h for h in hostile_run.hits_of("trap.test") if str(h["path"]).startswith("/events/")]
    assert 7 <= len(calendar) <= 12 and 7 <= len(events) <= 12, (len(calendar), len(events))
    assert len([h for h in hostile_run.hits_of("trap.test") if str(h["path"]).startswith("/news")]) == 1  # sid stripped
    assert not any("a/a/a/" in str(h["path"]) for h in hostile_run.hits_of("trap.test"))  # path loop stopped


def test_a_huge_body_is_cut_at_the_cap_with_a_note(hostile_run: HostileRun) -> None:
    site = assert_case(hostile_run, "huge", "ok", "cut at the 1000000-byte document cap")
    home = hostile_run.docs("huge")["/"]
    assert "cut at the 1000000-byte document cap" in home["notes"]
    assert "response(s) cut at the size cap" in site["detail"]
    assert "skipped: declared size above the cap" in site["detail"]  # /big.pdf was not downloaded
    assert "not downloaded" in hostile_run.docs("huge")["/big.pdf"]["notes"]


def test_a_gzip_bomb_is_dropped_at_the_decompressed_size_cap(hostile_run: HostileRun) -> None:
    site = assert_case(hostile_run, "bomb", "too_large", "too_large")
    assert "during decompression" in site["detail"] and int(site["pages_fetched"]) == 0


def test_a_slow_drip_times_out(hostile_run: HostileRun) -> None:
    site = assert_case(hostile_run, "slow", "timeout", "timeout")
    assert "took longer than 6" in site["detail"]


def test_a_redirect_loop_ends_the_site(hostile_run: HostileRun) -> None:
    assert_case(hostile_run, "loop", "redirect_loop", "redirect_loop")
    redirect_max_times = 5  # crawler/settings.py REDIRECT_MAX_TIMES
    assert len(hostile_run.hits_of("loop.test")) <= 1 + redirect_max_times + 1  # robots.txt + the chain


def test_redirects_to_private_addresses_are_refused_before_connecting(hostile_run: HostileRun) -> None:
    site = assert_case(hostile_run, "private", "refused_private", "127.0.0.1")
    assert "non-public address" in site["detail"]
    internal = assert_case(hostile_run, "internal", "ok", "refused_private")
    assert "3 request(s) refused: private/loopback target" in internal["detail"]  # 10.0.0.1, 169.254..., localhost
    assert [h for h in hostile_run.hits if h["path"].startswith("/canary")] == []  # type: ignore[union-attr]


def test_wrong_and_legacy_charsets_are_read_right(hostile_run: HostileRun) -> None:
    assert_case(hostile_run, "charset", "ok", "site charset")
    docs = hostile_run.docs("charset")
    assert docs["/"]["title"] == "Противодействие коррупции"  # cp1251 bytes under a header claiming utf-8
    assert docs["/koi8"]["title"] == "Кодекс этики преподавателей"


def test_a_broken_pdf_becomes_a_note_and_the_good_one_is_read(hostile_run: HostileRun) -> None:
    site = assert_case(hostile_run, "brokenpdf", "ok", "malformed pdf document")
    docs = hostile_run.docs("brokenpdf")
    assert "cannot parse" in docs["/broken.pdf"]["notes"]
    assert docs["/good.pdf"]["kind"] == "pdf" and "cannot parse" not in docs["/good.pdf"]["notes"]
    assert "1 document(s) could not be parsed" in site["detail"]


def test_429_and_503_retry_after_are_honoured(hostile_run: HostileRun) -> None:
    site = assert_case(hostile_run, "ratelimit", "ok", "honouring Retry-After")
    for path, minimum in (("/plan", 2.0), ("/report", 1.0)):
        hits = hostile_run.hits_of("ratelimit.test", path)
        assert [h["status"] for h in hits[:2]] in ([429, 200], [503, 200]), hits
        assert float(hits[1]["t"]) - float(hits[0]["t"]) >= minimum - 0.05  # type: ignore[arg-type]
    assert {"/plan", "/report"} <= set(hostile_run.docs("ratelimit"))
    assert "2 Retry-After wait(s) honoured" in site["detail"]


def test_robots_disallow_is_obeyed(hostile_run: HostileRun) -> None:
    assert_case(hostile_run, "robots", "robots_disallowed", "robots_disallowed")
    assert [h["path"] for h in hostile_run.hits_of("robots.test")] == ["/robots.txt"]


def test_tls_reset_and_dns_failures_are_recorded_per_site(hostile_run: HostileRun) -> None:
    tls = assert_case(hostile_run, "tls", "tls_error", "tls_error")
    assert "TLS handshake failed" in tls["detail"]
    assert_case(hostile_run, "reset", "connection_error", "connection_error")
    assert_case(hostile_run, "nxdomain", "dns_error", "dns_error")


def test_an_endless_site_stops_at_its_page_budget(hostile_run: HostileRun) -> None:
    site = assert_case(hostile_run, "budget", "budget_exhausted", "budget exhausted")
    assert int(site["pages_fetched"]) <= TEST_SETTINGS["ADALSCAN_MAX_PAGES_PER_SITE"] + 1  # + sitemap.xml


def test_a_site_that_starts_refusing_is_slowed_down_and_reported_cut_by_the_site(hostile_run: HostileRun) -> None:
    site = assert_case(hostile_run, "refusing", "ok", "slowing down")
    assert "site" in site["cut_reason"].split("+"), site
    assert int(site["pages_unfetched"]) > 0 and "refused by the site" in site["detail"], site
    refused = [h["path"] for h in hostile_run.hits_of("refusing.test") if h["status"] == 403]
    assert len(refused) > len(set(refused)), refused  # refused pages were retried
    statuses = {g["status"] for g in hostile_run.gaps if g["institution_id"] == "refusing"}
    assert "unreachable" not in statuses  # crawled, if partly: its cells say what was not found, and why
    assert all("the crawl was cut" in g["note"] for g in hostile_run.gaps
               if g["institution_id"] == "refusing" and g["status"] == "missing")


def test_unreachable_sites_are_unreachable_not_missing(hostile_run: HostileRun) -> None:
    assert hostile_run.returncode == 0
    for inst_id in ("bomb", "slow", "loop", "private", "robots", "tls", "reset", "nxdomain"):
        statuses = {g["status"] for g in hostile_run.gaps if g["institution_id"] == inst_id}
        assert "missing" not in statuses and "unreachable" in statuses, (inst_id, statuses)


@pytest.mark.browser
def test_a_js_only_page_is_rendered_in_chromium(hostile_run: HostileRun) -> None:
    site = assert_case(hostile_run, "js", "ok", "needs JavaScript, rendering it in Chromium")
    docs = hostile_run.docs("js")
    # Set by each page's script; the two inner pages are reached only through links the home's script writes.
    assert {path: docs[path]["title"] for path in ("/", "/rules", "/report")} == {
        "/": "Антикор: жоспар", "/rules": "Антикор: стандарт", "/report": "Антикор: есеп"}
    assert "3 page(s) rendered in Chromium" in site["detail"]
    assert not [h for h in hostile_run.hits if str(h["path"]).startswith("/canary")]  # the script's fetch was cut
    # Render requests borrow an open tab: fewer tabs opened than pages rendered (one each before).
    assert hostile_run.stats.get("adalscan/render/tabs_reused", 0) >= 1
    assert hostile_run.stats["playwright/page_count"] < 3
