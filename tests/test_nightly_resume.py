"""kill -9 in the middle of `adalscan nightly`, start it again: the same run resumes and completes, nothing
collected before the kill is fetched again, lost or duplicated, and the result equals an uninterrupted run."""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
AS_OF = "2026-11-25"
FAST = ["-s", "AUTOTHROTTLE_ENABLED=false", "-s", "ADALSCAN_RENDER_JS=false"]
SLOW = ["-s", "DOWNLOAD_DELAY=0.25", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1", *FAST]


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    from simweb import SimWebProcess

    with SimWebProcess(n=12, seed=11, out_dir=tmp_path_factory.mktemp("web"), as_of=date(2026, 11, 25)) as w:
        yield w


def nightly_cmd(registry: Path, out: Path, settings: list[str]) -> list[str]:
    return [sys.executable, "-m", "adalscan.cli", "nightly", "--institutions", str(registry), "--out", str(out),
            "--allow-private", "--as-of", AS_OF, "--lang", "en", "--no-screenshots", "--log-format", "json",
            *settings]


def documents_stored(out: Path) -> int:
    db = out / "adalscan.sqlite"
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0


def partition_workers(out: Path) -> list[str]:
    """Process ids of the partition workers of the nightly writing to `out`."""
    return subprocess.run(["pgrep", "-f", f"crawler.partition --folder {out}"], capture_output=True,
                          text=True).stdout.split()


def wait_until_stored(proc: subprocess.Popen[str] | subprocess.Popen[bytes], out: Path, documents: int) -> None:
    """Wait (up to 2 minutes) until the running nightly has stored this many documents."""
    deadline = time.monotonic() + 120
    while documents_stored(out) < documents:
        assert proc.poll() is None, "the run ended before it could be interrupted (make it slower)"
        assert time.monotonic() < deadline, "no documents were stored"
        time.sleep(0.2)


def evidence_rows(out: Path) -> set[tuple[str, str, str, str]]:
    with sqlite3.connect(f"file:{out / 'adalscan.sqlite'}?mode=ro", uri=True, timeout=5) as conn:
        return {(str(a), str(b), str(c), str(d)) for a, b, c, d in conn.execute(
            "SELECT run_id, institution_id, artefact_id, url FROM evidence").fetchall()}


def gap_statuses(run_path: Path) -> dict[tuple[str, str], str]:
    with (run_path / "gaps.csv").open(encoding="utf-8-sig", newline="") as fh:
        return {(r["institution_id"], r["artefact_id"]): r["status"] for r in csv.DictReader(fh)}


def site_pages(run_path: Path) -> dict[str, tuple[str, int]]:
    with (run_path / "site_status.csv").open(encoding="utf-8-sig", newline="") as fh:
        return {r["institution_id"]: (r["crawl_status"], int(r["documents"])) for r in csv.DictReader(fh)}


def response_records(run_path: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    for idx in (run_path / "archive").glob("*.idx.jsonl"):
        for line in idx.read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            if entry["type"] in ("response", "revisit"):
                counts[entry["url"]] += 1
    return counts


def crawl_stats(run_path: Path) -> Counter[str]:
    """The crawl's stats, added up over the workers' files in a partitioned run."""
    total: Counter[str] = Counter()
    for path in run_path.glob("crawl-stats*.json"):
        for key, value in json.loads(path.read_text(encoding="utf-8"))["stats"].items():
            if isinstance(value, (int, float)):
                total[key] += value
    return total


@pytest.mark.parametrize("mode", [[], ["--workers", "2", "--partition"]], ids=["one-process", "partitioned"])
def test_kill_9_then_resume_completes_the_same_run(web: object, tmp_path: Path, mode: list[str]) -> None:
    registry = web.registry_path  # type: ignore[attr-defined]
    out = tmp_path / "nightly"
    proc = subprocess.Popen(nightly_cmd(registry, out, [*SLOW, *mode]), cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        wait_until_stored(proc, out, 200)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)
    # Partition workers die with their coordinator at once (SIGKILL, not a graceful stop): one still
    # finishing its downloads would append to the WARC files the next attempt appends to.
    time.sleep(1.0)
    assert not partition_workers(out)
    before_kill = documents_stored(out)
    evidence_before_kill = evidence_rows(out)
    assert evidence_before_kill
    runs = list((out / "runs").iterdir())
    assert len(runs) == 1
    run_id = runs[0].name
    assert not (out / "latest.txt").exists()  # the killed run is not a completed run

    second = subprocess.run(nightly_cmd(registry, out, [*SLOW, *mode]), cwd=ROOT, capture_output=True, text=True, timeout=240)
    assert second.returncode == 0, second.stderr[-3000:]
    assert (out / "latest.txt").read_text(encoding="utf-8").strip() == run_id  # the same run, resumed
    assert [p.name for p in (out / "runs").iterdir()] == [run_id]
    assert f"run {run_id} completed" in second.stdout and "resumed, attempt 2" in second.stdout
    manifest = json.loads((out / "runs" / run_id / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["nightly"]["resumed"] is True
    assert [a["outcome"] for a in manifest["nightly"]["attempts"]] == ["running", "completed"]

    # What the first attempt fetched came from the run's own cache, not from the network again.
    stats = crawl_stats(out / "runs" / run_id)
    assert stats.get("adalscan/cache/served", 0) >= before_kill // 2
    assert stats.get("adalscan/classify/reused", 0) > 0

    # No WARC record twice, nothing lost: the same documents and gaps as an uninterrupted run.
    duplicates = {url: n for url, n in response_records(out / "runs" / run_id).items() if n > 1}
    assert not duplicates
    baseline_out = tmp_path / "baseline"
    base = subprocess.run(nightly_cmd(registry, baseline_out, ["-s", "DOWNLOAD_DELAY=0", *FAST]), cwd=ROOT,
                          capture_output=True, text=True, timeout=240)
    assert base.returncode == 0, base.stderr[-3000:]
    baseline_run = baseline_out / "runs" / (baseline_out / "latest.txt").read_text(encoding="utf-8").strip()
    resumed_run = out / "runs" / run_id
    assert site_pages(resumed_run) == site_pages(baseline_run)
    assert gap_statuses(resumed_run) == gap_statuses(baseline_run)
    assert set(response_records(resumed_run)) == set(response_records(baseline_run))
    # Every piece of evidence stored before the kill is still there. (Which page first linked to a
    # document can differ between two crawls, so evidence URLs are compared through the gaps, not 1:1.)
    assert evidence_before_kill <= evidence_rows(out)
    assert documents_stored(out) == documents_stored(baseline_out)


def test_sigterm_stops_a_partitioned_run_gracefully_and_leaves_no_worker(web: object, tmp_path: Path) -> None:
    registry = web.registry_path  # type: ignore[attr-defined]
    out = tmp_path / "nightly"
    proc = subprocess.Popen(nightly_cmd(registry, out, [*SLOW, "--workers", "2", "--partition"]), cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_until_stored(proc, out, 50)
        workers = partition_workers(out)
        assert len(workers) == 2
        proc.send_signal(signal.SIGTERM)  # what `systemctl stop` sends
        _, stderr = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 143, stderr[-3000:]
    assert not (out / "latest.txt").exists()  # not completed: the next start resumes it
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{pid}").exists() for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [pid for pid in workers if Path(f"/proc/{pid}").exists()]
