"""Run folders: DIR/runs/<run_id>/ with the run's files, and DIR/latest naming the newest completed run.

`latest` is a symlink swapped atomically (os.replace) plus a `latest.txt` holding the run id, for
file systems and tools that do not follow symlinks.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from adalscan.errors import RunDirError
from adalscan.files import write_json_atomic

_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")

RUNS = "runs"
STORE_FILE = "adalscan.sqlite"


@dataclass(frozen=True, slots=True)
class RunDir:
    root: Path  # DIR given on the command line
    run_id: str

    @property
    def path(self) -> Path:
        return self.root / RUNS / self.run_id

    @property
    def store_url(self) -> str:
        return str(self.root / STORE_FILE)


def new_run(root: Path, now: datetime | None = None) -> RunDir:
    """Create DIR/runs/<timestamp>/ (unique even for runs started in the same second)."""
    now = now or datetime.now(UTC)
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    try:
        (root / RUNS).mkdir(parents=True, exist_ok=True)
        for n in range(1000):
            run_id = stamp if n == 0 else f"{stamp}-{n}"
            try:
                (root / RUNS / run_id).mkdir()
                return RunDir(root, run_id)
            except FileExistsError:
                continue
    except OSError as exc:
        raise RunDirError(f"{root}: cannot create the run folder ({exc.strerror or exc})") from None
    raise RunDirError(f"{root}: too many runs started at {stamp}")


def mark_latest(run: RunDir) -> None:
    """Point DIR/latest at this run, atomically."""
    tmp_link = run.root / ".latest.tmp"
    tmp_link.unlink(missing_ok=True)
    os.symlink(Path(RUNS) / run.run_id, tmp_link)
    os.replace(tmp_link, run.root / "latest")
    tmp_txt = run.root / ".latest.txt.tmp"
    tmp_txt.write_text(run.run_id + "\n", encoding="utf-8")
    os.replace(tmp_txt, run.root / "latest.txt")


def latest_run_dir(root: Path) -> Path | None:
    marker = root / "latest.txt"
    if marker.exists():
        return root / RUNS / marker.read_text(encoding="utf-8").strip()
    return None


def write_json(path: Path, data: Any) -> None:
    write_json_atomic(path, data)


def screenshot_path(run_path: Path, institution_id: str, artefact_id: str) -> Path:
    """Where the screenshot of one institution's artefact lives (taken by crawler.screenshots, linked by the
    reports); the names are made safe for a file system and a URL."""
    def safe(name: str) -> str:
        return _UNSAFE_NAME.sub("_", name).strip("._")[:120] or "_"

    return run_path / "archive" / "screenshots" / safe(institution_id) / f"{safe(artefact_id)}.png"
