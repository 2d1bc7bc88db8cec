"""Links from the reports to a run's evidence archive: the PNG screenshot and the WARC record of a row.

The nightly run writes, under the run folder and before the reports (see archive/__init__.py):

    archive/screenshots/<institution>/<artefact>.png   the page as Chromium showed it (found/stale rows)
    archive/screenshots/index.json                     URL, time and outcome of each shot
    archive/evidence.csv                               per row: evidence URL, WARC file + offset, screenshot

`load_archive_refs` reads them once per run and returns, per (institution, artefact), what a report may
link. Nothing read from those files ever becomes an href as is: a screenshot href is built from
`adalscan.runs.screenshot_path` (safe names) and a WARC href only from a file name that matches
the archive's own naming and exists; both are relative, so the links work wherever the run folder is
copied. A missing archive (the plain `scan` command takes no screenshots) gives an empty mapping, and
the reports look exactly as they did without one.
"""

from __future__ import annotations

import csv
import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from adalscan.models import GapRow
from adalscan.runs import screenshot_path

from .coverage import status_of
from .csvsafe import FORMULA_TRIGGERS

SCREENSHOT_STATUSES = ("found", "stale")  # the statuses crawler.screenshots shoots
WARC_STATUSES = ("found", "stale", "uncertain")  # the statuses archive.evidence indexes
# archive/<institution>[-w<N>].warc.gz as archive.warc names them; anything else is shown, never linked.
_WARC_NAME = re.compile(r"^(?!\.)[A-Za-z0-9._-]{1,160}\.warc\.gz$")
# A revisit names the earlier file as DIR-relative text ("runs/<id>/archive/<file>"): shown, never linked,
# since it lies outside this run folder.
_REFERS_TO = re.compile(r"^[A-Za-z0-9._:/-]{1,300}\.warc\.gz$")
_MAX_INDEX_BYTES = 64 * 1024 * 1024  # evidence.csv / index.json of a huge run stay far below this


@dataclass(frozen=True, slots=True)
class ArchiveRef:
    """What a report links for one institution x artefact row; hrefs are relative to the run folder."""

    screenshot_path: str = ""  # e.g. "archive/screenshots/astana_poly/hotline.png"
    screenshot_taken: datetime | None = None  # when Chromium shot the page (from screenshots/index.json)
    warc_path: str = ""  # e.g. "archive/astana_poly.warc.gz"; "" when the record's file is not in this run
    warc_name: str = ""  # the file name, shown as text
    warc_offset: int | None = None  # byte offset of the record (gzip member) in that file
    warc_record_type: str = ""  # response | revisit | resource
    refers_to: str = ""  # a revisit's WARC-Refers-To-Filename: the (earlier) file holding the unchanged body

    def __bool__(self) -> bool:
        return bool(self.screenshot_path or self.warc_name)


def relative_href(run_relative_path: str, page_to_run: str) -> str:
    """An href from a report page to a file of the run folder: `page_to_run` ("../../..") + the quoted path."""
    return f"{page_to_run.rstrip('/')}/{quote(run_relative_path, safe='/')}"


def page_to_run_prefix(run_dir: Path, page_dir: Path) -> str:
    """The relative way up from a report page's folder to the run folder, as URL path text."""
    return Path(os.path.relpath(run_dir, page_dir)).as_posix()


def _unneutralise(value: str) -> str:
    """Undo reports.csvsafe's quote before a formula trigger, so ids read back as written."""
    if value.startswith("'") and value[1:].startswith(FORMULA_TRIGGERS):
        return value[1:]
    return value


def _read_evidence_csv(path: Path) -> list[dict[str, str]]:
    if not path.is_file() or path.stat().st_size > _MAX_INDEX_BYTES:
        return []
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            return [{k: _unneutralise(v or "") for k, v in row.items() if k} for row in csv.DictReader(fh)]
    except (OSError, UnicodeDecodeError, csv.Error):
        return []  # a damaged index costs the WARC pointers, never the reports


def _shot_times(path: Path) -> dict[str, datetime]:
    """"institution/artefact" -> when its page was shot, from screenshots/index.json."""
    if not path.is_file() or path.stat().st_size > _MAX_INDEX_BYTES:
        return {}
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return {}
    times: dict[str, datetime] = {}
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict) or not entry.get("ok"):
            continue
        try:
            taken = datetime.fromisoformat(str(entry.get("taken") or ""))
        except ValueError:
            continue
        for key in entry.get("artefacts") or []:
            times[str(key)] = taken
    return times


def _offset(value: str) -> int | None:
    return int(value) if value.isdigit() and len(value) < 16 else None


def _warc_fields(run_dir: Path, row: Mapping[str, str]) -> dict[str, Any]:
    """The WARC pointer of one evidence.csv row: linked only when the file is this run's and exists."""
    name = row.get("warc_file", "").removeprefix("archive/")
    if not _WARC_NAME.match(name):
        return {}
    target = run_dir / "archive" / name
    linked = target.is_file() and not target.is_symlink()
    refers = row.get("refers_to_file", "")
    return {"warc_path": f"archive/{name}" if linked else "", "warc_name": name,
            "warc_offset": _offset(row.get("warc_offset", "")),
            "warc_record_type": row.get("warc_record_type", "")[:20],
            "refers_to": refers if _REFERS_TO.match(refers) else ""}


def load_archive_refs(run_dir: Path, gaps: Iterable[GapRow],
                      index: Iterable[Mapping[str, str]] | None = None) -> dict[tuple[str, str], ArchiveRef]:
    """(institution, artefact) -> ArchiveRef for the rows whose screenshot or WARC record is in the run folder.

    `index`: the run's evidence index rows from the store; None reads archive/evidence.csv (runs stored
    before the store held it). A screenshot is linked for a found/stale row when its PNG exists; a WARC
    record when the index names it for the same evidence URL the row shows (a row re-rendered after an analyst changed its
    evidence must not point at the old page's bytes; the same check guards the screenshot when the
    index knows the row).
    """
    run_dir = Path(run_dir)
    archive = run_dir / "archive"
    if not archive.is_dir():
        return {}
    rows = _read_evidence_csv(archive / "evidence.csv") if index is None else index  # the store's, when given
    evidence = {(r.get("institution_id", ""), r.get("artefact_id", "")): r for r in rows}
    times = _shot_times(archive / "screenshots" / "index.json")
    refs: dict[tuple[str, str], ArchiveRef] = {}
    for gap in gaps:
        key = (gap.institution_id, gap.artefact_id)
        status = status_of(gap)
        indexed = evidence.get(key)
        same_url = indexed is None or indexed.get("evidence_url", "") == str(gap.evidence_url or "")
        fields: dict[str, Any] = {}
        if status in SCREENSHOT_STATUSES and same_url:
            png = screenshot_path(run_dir, gap.institution_id, gap.artefact_id)
            if png.is_file() and not png.is_symlink():
                fields["screenshot_path"] = png.relative_to(run_dir).as_posix()
                fields["screenshot_taken"] = times.get(f"{gap.institution_id}/{gap.artefact_id}")
        if indexed is not None and same_url and status in WARC_STATUSES and gap.evidence_url:
            fields.update(_warc_fields(run_dir, indexed))
        ref = ArchiveRef(**fields)
        if ref:
            refs[key] = ref
    return refs
