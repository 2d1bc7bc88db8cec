"""SimWebProcess and the `python -m simweb` CLI: start, READY line, free-port fallback, reuse, clean stop."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from simweb.process import READY_PREFIX, REPO_ROOT, SimWebProcess


def listening(host: str, port: int) -> bool:
    try:
        socket.create_connection((host, port), timeout=2).close()
        return True
    except OSError:
        return False


def test_process_starts_serves_and_stops(tmp_path: Path) -> None:
    web = SimWebProcess(n=12, seed=3, out_dir=tmp_path / "web")
    with web:
        assert web.registry_path.is_file() and web.truth_path.is_file()
        assert len(web.hosts) == 11 and len(web.unreachable_hosts) == 1
        assert web.port > 0 and listening(web.hosts[0], web.port)
        registry = web.registry_path.read_text(encoding="utf-8")
        assert f"http://127.0.1.1:{web.port}/" in registry
    assert web.returncode == 0  # SIGTERM leads to a clean exit
    assert not listening(web.hosts[0], web.port)
    assert (tmp_path / "web" / "truth.csv").is_file()  # a caller-given folder is kept


def test_busy_port_falls_back_to_a_free_one(tmp_path: Path) -> None:
    blocker = socket.socket()
    blocker.bind(("127.0.1.1", 0))
    blocker.listen()
    busy = blocker.getsockname()[1]
    try:
        with SimWebProcess(n=2, seed=1, port=busy) as web:
            assert web.port != busy
            own_dir = web.out_dir
            assert web.hosts and all(listening(h, web.port) for h in web.hosts)
    finally:
        blocker.close()
    assert not own_dir.exists()  # a temporary folder is removed on exit


def test_reuse_skips_generation_and_repoints_the_registry(tmp_path: Path) -> None:
    out = tmp_path / "web"
    with SimWebProcess(n=12, seed=5, out_dir=out) as first:
        assert first.port
        stamp = (out / "sites").stat().st_mtime_ns
    with SimWebProcess(n=12, seed=5, out_dir=out, reuse=True) as second:
        assert (out / "sites").stat().st_mtime_ns == stamp
        assert f":{second.port}/" in second.registry_path.read_text(encoding="utf-8")


def test_failed_start_reports_the_log(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="did not get ready"):
        SimWebProcess(n=0, out_dir=tmp_path / "bad").start()


def test_cli_up_prints_ready_and_stops_on_sigint(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "simweb", "up", "--n", "3", "--seed", "2", "--out",
                             str(tmp_path / "web"), "--port", "0", "--as-of", "2026-11-25"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=REPO_ROOT)
    try:
        line = proc.stdout.readline().decode() if proc.stdout else ""
        assert line.startswith(READY_PREFIX)
        info = json.loads(line[len(READY_PREFIX):])
        assert set(info) >= {"port", "hosts", "registry", "truth", "root"}
        assert Path(info["registry"]).is_file()
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=15) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_cli_generate_and_serve(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    out = subprocess.run([sys.executable, "-m", "simweb", "generate", "--n", "2", "--seed", "4", "--out",
                          str(tmp_path / "web"), "--port", "8123", "--first-host", "40"],
                         capture_output=True, text=True, env=env, cwd=REPO_ROOT, check=True)
    assert json.loads(out.stdout)["pages"] > 20
    assert "http://127.0.1.40:8123/" in (tmp_path / "web" / "institutions.csv").read_text(encoding="utf-8")
    with socket.socket() as probe:
        probe.bind(("127.0.1.40", 0))
        port = probe.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "simweb", "serve", "--root", str(tmp_path / "web"), "--port",
                             str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=REPO_ROOT)
    try:
        line = proc.stdout.readline().decode() if proc.stdout else ""
        assert line.startswith(READY_PREFIX) and json.loads(line[len(READY_PREFIX):])["port"] == port
        assert f"http://127.0.1.40:{port}/" in (tmp_path / "web" / "institutions.csv").read_text(encoding="utf-8")
        proc.terminate()
        assert proc.wait(timeout=15) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def _running(pid: int) -> bool:
    """Whether the process runs: an exited one that its new parent has not reaped yet (a zombie) does not."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True
    return state != "Z"


def test_server_exits_when_its_parent_dies(tmp_path: Path) -> None:
    """--exit-with-parent: a test runner killed mid-run leaves no server holding the ports."""
    script = (
        "import subprocess, sys, time\n"
        f"p = subprocess.Popen([sys.executable, '-m', 'simweb', 'up', '--n', '2', '--seed', '1', '--port', '0',"
        f" '--out', {str(tmp_path / 'web')!r}, '--exit-with-parent'], stdout=subprocess.PIPE)\n"
        "print(p.pid, flush=True)\n"
        "p.stdout.readline()\n"
        "print('ready', flush=True)\n"
        "time.sleep(60)\n")
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, cwd=REPO_ROOT,
                              env={**os.environ, "PYTHONPATH": str(REPO_ROOT)})
    assert parent.stdout is not None
    child = int(parent.stdout.readline())
    try:
        assert parent.stdout.readline().strip() == b"ready"
        parent.kill()
        parent.wait()
        deadline = time.monotonic() + 30  # it looks once a second; a loaded 2-core machine can take a while more
        while time.monotonic() < deadline:
            if not _running(child):
                break
            time.sleep(0.2)
        else:
            pytest.fail("simweb server outlived its parent")
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        with contextlib.suppress(ProcessLookupError):
            os.kill(child, signal.SIGKILL)
