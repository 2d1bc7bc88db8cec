"""`adalscan nightly` end to end on the simulated web: exit codes, lock, JSON logs, manifest, WARC evidence,
and a second, incremental night after pages changed."""

from __future__ import annotations

import csv
import fcntl
import json
import logging
import os
import signal
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from adalscan.logging_json import JsonFormatter, format_progress, set_context
from adalscan.nightly import LockHeld, NightlyLock, find_resumable

ROOT = Path(__file__).parent.parent
AS_OF = "2026-11-25"
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=false"]


def run_nightly(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "adalscan.cli", "nightly", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout)


def json_lines(stderr: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in stderr.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    from simweb import SimWebProcess

    with SimWebProcess(n=12, seed=5, out_dir=tmp_path_factory.mktemp("web"), as_of=date(2026, 11, 25)) as w:
        yield w


# -- exit codes and the lock -----------------------------------------------------------------------------
def test_bad_registry_exits_2_with_a_json_error_line(tmp_path: Path) -> None:
    reg = tmp_path / "reg.csv"
    reg.write_text("id,type\nx,college\n", encoding="utf-8")
    proc = run_nightly("--institutions", str(reg), "--out", str(tmp_path / "out"), "--log-format", "json")
    assert proc.returncode == 2
    lines = json_lines(proc.stderr)
    assert lines[-1]["level"] == "error" and "missing column" in str(lines[-1]["msg"])
    assert not (tmp_path / "out").exists()


def test_unknown_only_id_exits_2(tmp_path: Path) -> None:
    proc = run_nightly("--institutions", str(ROOT / "institutions.csv"), "--out", str(tmp_path / "out"),
                       "--only", "no-such-institution")
    assert proc.returncode == 2 and "no-such-institution" in proc.stderr


def test_a_second_run_while_one_holds_the_lock_exits_3(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with NightlyLock(out):
        proc = run_nightly("--institutions", str(ROOT / "institutions.csv"), "--out", str(out), "--only", "enu",
                           "--log-format", "json")
    assert proc.returncode == 3
    assert f"pid {os.getpid()}" in proc.stderr  # names the holder
    assert not (out / "runs").exists()  # nothing started


def test_a_dead_holder_does_not_keep_the_lock(tmp_path: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from pathlib import Path; from adalscan.nightly import NightlyLock;"
        "lock = NightlyLock(Path(sys.argv[1])); lock.acquire(); print('held', flush=True); time.sleep(60)"),
        str(tmp_path)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(LockHeld):
            NightlyLock(tmp_path).acquire()
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
    finally:
        if holder.poll() is None:
            holder.kill()
    lock = NightlyLock(tmp_path)
    lock.acquire()  # the kernel released the dead holder's flock
    lock.release()
    with (tmp_path / ".nightly.lock").open() as fh:  # and it is a real flock, free now
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)


# -- logging ---------------------------------------------------------------------------------------------
def test_json_log_lines_carry_run_and_institution() -> None:
    set_context(run_id="R1")
    try:
        record = logging.LogRecord("site", logging.WARNING, __file__, 1, "site %s: home page failed (%s)",
                                   ("kaz-uni-1", "timeout"), None)
        line = json.loads(JsonFormatter().format(record))
        assert line["level"] == "warning" and line["logger"] == "site"
        assert line["msg"] == "site kaz-uni-1: home page failed (timeout)"
        assert line["run_id"] == "R1" and line["institution"] == "kaz-uni-1" and line["ts"].endswith("+00:00")
        try:
            raise ValueError("boom")
        except ValueError:
            record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", (), sys.exc_info())
        assert "ValueError: boom" in json.loads(JsonFormatter().format(record))["exc"]
    finally:
        set_context(run_id=None)


def test_progress_line_text() -> None:
    text = format_progress({"sites_done": 3, "sites_total": 12, "pages": 120, "pages_per_s": 40.0, "documents": 100,
                            "evidence": 30, "net_bytes": 2_500_000, "elapsed": 65})
    assert text.startswith("[01:05] sites 3/12 done") and "pages 120 (40/s)" in text and "2.4 MB" in text


# -- the whole chain, twice ------------------------------------------------------------------------------
def latest_run(out: Path) -> Path:
    return out / "runs" / (out / "latest.txt").read_text(encoding="utf-8").strip()


def warc_records(run_path: Path) -> list[tuple[str, str, str, bytes, dict[str, str]]]:
    """(type, uri, status, raw payload, http headers) of every record in the run's WARC files."""
    out = []
    for path in sorted((run_path / "archive").glob("*.warc.gz")):
        with path.open("rb") as fh:
            for rec in ArchiveIterator(fh):
                http = dict(rec.http_headers.headers) if rec.http_headers else {}
                status = rec.http_headers.get_statuscode() if rec.http_headers and rec.rec_type != "request" else ""
                out.append((rec.rec_type, rec.rec_headers.get_header("WARC-Target-URI") or "", status or "",
                            rec.raw_stream.read(), http))
    return out


def test_two_nights_on_the_simulated_web(web: object, tmp_path: Path) -> None:
    from simweb.mutate import mutate

    out = tmp_path / "out"
    args = ["--institutions", str(web.registry_path), "--out", str(out), "--allow-private",  # type: ignore[attr-defined]
            "--as-of", AS_OF, "--lang", "en", "--no-screenshots", *FAST]
    first = run_nightly(*args)
    assert first.returncode == 0, first.stderr[-3000:]
    lines = json_lines(first.stderr)  # not a terminal: every line is one JSON object
    assert all({"ts", "level", "logger", "msg"} <= set(line) for line in lines)
    run1 = latest_run(out)
    assert all(line.get("run_id") == run1.name for line in lines)
    assert any(line.get("institution") for line in lines)
    assert f"adalscan nightly: run {run1.name} completed" in first.stdout
    assert len(first.stdout.splitlines()) <= 20  # one screen

    manifest = json.loads((run1 / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["adalscan_version"] and manifest["started"] and manifest["finished"]
    assert manifest["settings"]["ADALSCAN_INCREMENTAL"] is True
    sites = manifest["sites"]
    assert len(sites) == 12 and Counter(s["crawl_status"] for s in sites.values())["ok"] >= 10
    assert all({"pages", "bytes", "documents", "errors"} <= set(s) for s in sites.values())
    assert manifest["nightly"]["workers"] == 1 and manifest["nightly"]["network_bytes"] > 0
    # The crawl's outcome, as the job got it in memory, holds the stats written as the crawl closed.
    crawl = json.loads((run1 / "nightly.json").read_text(encoding="utf-8"))["crawl"]
    assert crawl["finish_reason"] == "finished" and crawl["stats"]["finish_reason"] == "finished"
    assert crawl["stats"]["elapsed_time_seconds"] > 0 and "adalscan/page_workers/jobs" in crawl["stats"]

    # Evidence: every fetch in WARC, redirect steps included, bodies as received.
    records = warc_records(run1)
    responses = [r for r in records if r[0] == "response"]
    assert sum(1 for r in records if r[0] == "request") >= len(responses) > 400
    assert any(r[2] in ("301", "302") for r in responses), "redirect steps are archived"
    gzipped = [r for r in responses if r[4].get("Content-Encoding") == "gzip"]
    assert gzipped and all(r[3][:2] == b"\x1f\x8b" for r in gzipped)
    assert any(r[1].endswith("/robots.txt") for r in responses)
    with (run1 / "archive" / "evidence.csv").open(encoding="utf-8-sig", newline="") as fh:
        evidence = [row for row in csv.DictReader(fh) if row["status"] == "found"]
    assert evidence
    for row in evidence[:20]:  # each found artefact points at the WARC record of its evidence URL
        with (run1 / row["warc_file"]).open("rb") as fh:
            fh.seek(int(row["warc_offset"]))
            record = next(iter(ArchiveIterator(fh)))
            assert record.rec_headers.get_header("WARC-Target-URI") == row["evidence_url"]

    changed = mutate(web.root, fraction=0.05, seed=3)  # type: ignore[attr-defined]
    assert changed
    second = run_nightly(*args)
    assert second.returncode == 0, second.stderr[-3000:]
    run2 = latest_run(out)
    assert run2 != run1
    stats1 = json.loads((run1 / "crawl-stats.json").read_text(encoding="utf-8"))["stats"]
    stats2 = json.loads((run2 / "crawl-stats.json").read_text(encoding="utf-8"))["stats"]
    assert stats2["adalscan/net/bytes"] < 0.15 * stats1["adalscan/net/bytes"]
    assert stats2["adalscan/net/not_modified"] > 0.8 * stats2["adalscan/net/responses"]
    # Only changed documents were classified again; the others reused last night's evidence.
    assert 0 < stats2["adalscan/classify/ran"] < 0.3 * stats1["adalscan/classify/ran"]
    assert stats2["adalscan/classify/reused"] > 0.7 * stats1["adalscan/classify/ran"]
    # Pages answered 304 were not parsed again: last night's reading of the same bytes stands.
    # (On the first night only pages the cache serves again, such as a page read once more, reuse one.)
    assert stats1.get("adalscan/extract/reused", 0) <= stats1.get("adalscan/cache/served", 0)
    assert stats2["adalscan/extract/reused"] > 0.7 * stats2["adalscan/net/not_modified"]
    revisits = [r for r in warc_records(run2) if r[0] == "revisit"]
    assert len(revisits) == stats2["adalscan/net/not_modified"]
    diff = json.loads((run2 / "diff.json").read_text(encoding="utf-8"))
    assert diff["previous_run"] == run1.name
    with (run1 / "gaps.csv").open(encoding="utf-8-sig") as a, (run2 / "gaps.csv").open(encoding="utf-8-sig") as b:
        statuses1 = {(r["institution_id"], r["artefact_id"]): r["status"] for r in csv.DictReader(a)}
        statuses2 = {(r["institution_id"], r["artefact_id"]): r["status"] for r in csv.DictReader(b)}
    changed_cells = {k for k in statuses1 if statuses1[k] != statuses2.get(k)}
    assert len(changed_cells) == diff["opened"] + diff["closed"] + diff["changed"]


def test_find_resumable_gives_up_runs_of_another_registry(tmp_path: Path) -> None:
    from adalscan.nightly import NightlyState
    from adalscan.store import RunInfo, open_store

    store = open_store(tmp_path / "s.sqlite")
    (tmp_path / "runs" / "R1").mkdir(parents=True)
    from datetime import UTC, datetime

    store.start_run(RunInfo("R1", datetime.now(UTC).isoformat(timespec="seconds"), AS_OF, command="nightly"), [])
    NightlyState("R1", "reg.csv", "sha-a", [], AS_OF, [{"outcome": "running"}]).save(
        tmp_path / "runs" / "R1" / "nightly.json")
    chosen, give_up = find_resumable(store, tmp_path, "sha-a", [], 3, 20)
    assert chosen is not None and chosen.run_id == "R1" and not give_up
    chosen, give_up = find_resumable(store, tmp_path, "sha-b", [], 3, 20)
    assert chosen is None and give_up == [("R1", "the registry or --only changed")]
    chosen, give_up = find_resumable(store, tmp_path, "sha-a", [], 1, 20)
    assert chosen is None and "attempts" in give_up[0][1]
    store.close()
