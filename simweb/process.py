"""Run the simulated web in a child process (like Scrapy's BaseMockServer).

    with SimWebProcess(n=12, seed=7) as web:
        scan(web.registry_path)            # websites point at http://127.0.1.N:web.port/
        truth = web.truth_path

The child (`python -m simweb up ...`) generates, binds and prints `SIMWEB READY {json}`; it is
isolated from the caller's Twisted/asyncio loop and stopped with SIGTERM on exit.
"""

from __future__ import annotations

import json
import os
import selectors
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from types import TracebackType

READY_PREFIX = "SIMWEB READY "
REPO_ROOT = Path(__file__).resolve().parents[1]


class SimWebProcess:
    """Context manager around `python -m simweb up`; exposes registry_path, truth_path, hosts, port."""

    def __init__(self, n: int = 12, seed: int = 7, out_dir: Path | None = None, *, port: int = 0,
                 as_of: date = date(2026, 11, 25), first_host: int = 1, universities_share: float = 0.5,
                 reuse: bool = False, startup_timeout: float = 300.0, profile: str = "default") -> None:
        self.n, self.seed, self.as_of, self.profile = n, seed, as_of, profile
        self.requested_port, self.first_host, self.universities_share = port, first_host, universities_share
        self.reuse, self.startup_timeout = reuse, startup_timeout
        self._own_dir = out_dir is None
        self.out_dir = Path(out_dir) if out_dir is not None else Path(tempfile.mkdtemp(prefix="simweb-"))
        self.proc: subprocess.Popen[bytes] | None = None
        self.info: dict[str, object] = {}
        self._log: Path | None = None

    # ---- what the caller uses -------------------------------------------------------------------

    @property
    def port(self) -> int:
        return int(self.info["port"])  # type: ignore[call-overload]

    @property
    def hosts(self) -> list[str]:
        """Addresses with a listener (reachable sites)."""
        return list(self.info["hosts"])  # type: ignore[call-overload]

    @property
    def unreachable_hosts(self) -> list[str]:
        return list(self.info["unreachable_hosts"])  # type: ignore[call-overload]

    @property
    def registry_path(self) -> Path:
        return Path(str(self.info["registry"]))

    @property
    def truth_path(self) -> Path:
        return Path(str(self.info["truth"]))

    @property
    def root(self) -> Path:
        return Path(str(self.info["root"]))

    def base_url(self, host: str) -> str:
        return f"http://{host}:{self.port}/"

    # ---- lifecycle ---------------------------------------------------------------------------

    def command(self) -> list[str]:
        cmd = [sys.executable, "-m", "simweb", "up", "--n", str(self.n), "--seed", str(self.seed),
               "--out", str(self.out_dir), "--port", str(self.requested_port), "--as-of", self.as_of.isoformat(),
               "--first-host", str(self.first_host), "--universities-share", str(self.universities_share),
               "--profile", self.profile, "--exit-with-parent"]
        return [*cmd, "--reuse"] if self.reuse else cmd

    def start(self) -> SimWebProcess:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p)
        fd, log_name = tempfile.mkstemp(prefix="simweb-", suffix=".log")
        self._log = Path(log_name)
        with os.fdopen(fd, "wb") as log:
            self.proc = subprocess.Popen(self.command(), stdout=subprocess.PIPE, stderr=log, stdin=subprocess.DEVNULL,
                                         env=env, cwd=str(REPO_ROOT))
        try:
            self.info = self._wait_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def _wait_ready(self) -> dict[str, object]:
        assert self.proc is not None and self.proc.stdout is not None
        deadline = time.monotonic() + self.startup_timeout
        buffer = b""
        with selectors.DefaultSelector() as sel:
            sel.register(self.proc.stdout, selectors.EVENT_READ)
            while time.monotonic() < deadline:
                if not sel.select(timeout=0.5):
                    if self.proc.poll() is not None:
                        break
                    continue
                chunk = os.read(self.proc.stdout.fileno(), 65536)
                if not chunk:
                    break
                buffer += chunk
                while b"\n" in buffer:
                    line, buffer = buffer.split(b"\n", 1)
                    text = line.decode("utf-8", "replace")
                    if text.startswith(READY_PREFIX):
                        return dict(json.loads(text[len(READY_PREFIX):]))
        raise RuntimeError(f"simweb did not get ready (exit code {self.proc.poll()}); log:\n{self.log_tail()}")

    def log_tail(self, limit: int = 4000) -> str:
        if self._log is None or not self._log.exists():
            return ""
        return self._log.read_text(encoding="utf-8", errors="replace")[-limit:]

    def stop(self) -> None:
        """SIGTERM, then SIGKILL after 10 s; removes the output folder when this object created it."""
        if self.proc is not None:
            if self.proc.poll() is None:
                self.proc.send_signal(signal.SIGTERM)
                try:
                    self.proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    self.proc.kill()
                    self.proc.wait(timeout=10)
            if self.proc.stdout is not None:
                self.proc.stdout.close()
        if self._log is not None:
            self._log.unlink(missing_ok=True)
            self._log = None
        if self._own_dir:
            shutil.rmtree(self.out_dir, ignore_errors=True)

    @property
    def returncode(self) -> int | None:
        return None if self.proc is None else self.proc.poll()

    def __enter__(self) -> SimWebProcess:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
