"""archive/evidence.csv: for each artefact with evidence, where the proof is kept.

One row per gap row with an evidence URL and status found, stale or uncertain: the WARC file and byte
offset of the record holding what the site sent (a `revisit` record names the earlier file holding the
unchanged body), and the screenshot, all relative to the run folder. Reports and analysts start here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from adalscan.reports.csvsafe import write_csv
from adalscan.store.warc import INDEX_SUFFIX, WARC_SUFFIX, read_index, safe_stem

EVIDENCE_FIELDS = ("institution_id", "artefact_id", "status", "evidence_url", "screenshot", "warc_file",
                   "warc_offset", "warc_length", "warc_record_type", "warc_date", "payload_digest", "refers_to_file")
STATUSES = ("found", "stale", "uncertain")


def _institution_records(folder: Path, institution_id: str) -> dict[str, dict[str, Any]]:
    """url -> the last response/revisit/resource record of that institution (any worker's file)."""
    stem = re.escape(safe_stem(institution_id))
    pattern = re.compile(rf"^{stem}(-w\d+)?{re.escape(INDEX_SUFFIX)}$")
    records: dict[str, dict[str, Any]] = {}
    if not folder.is_dir():
        return records
    for idx in sorted(folder.iterdir()):
        if not pattern.match(idx.name):
            continue
        warc = idx.name.removesuffix(INDEX_SUFFIX) + WARC_SUFFIX
        for entry in read_index(idx):
            if entry.get("type") in ("response", "revisit", "resource"):
                records[str(entry.get("url"))] = {**entry, "file": warc}
    return records


def write_evidence_index(run_path: Path, gaps: Iterable[Any],
                         screenshots: Mapping[tuple[str, str], str]) -> list[dict[str, Any]]:
    """Write run_path/archive/evidence.csv (for people); return its rows (for the store)."""
    folder = run_path / "archive"
    cache: dict[str, dict[str, dict[str, Any]]] = {}
    rows: list[dict[str, Any]] = []
    for gap in gaps:
        url = str(gap.evidence_url or "")
        if str(gap.status) not in STATUSES or not url:
            continue
        if gap.institution_id not in cache:
            cache[gap.institution_id] = _institution_records(folder, gap.institution_id)
        record = cache[gap.institution_id].get(url, {})
        refers = ""
        if record.get("type") == "revisit":
            refers = _revisit_target(folder / record["file"], int(record.get("offset", 0)))
        rows.append({"institution_id": gap.institution_id, "artefact_id": gap.artefact_id, "status": str(gap.status),
                     "evidence_url": url, "screenshot": screenshots.get((gap.institution_id, gap.artefact_id), ""),
                     "warc_file": f"archive/{record['file']}" if record else "",
                     "warc_offset": record.get("offset", ""), "warc_length": record.get("length", ""),
                     "warc_record_type": record.get("type", ""), "warc_date": record.get("date", ""),
                     "payload_digest": record.get("digest", ""), "refers_to_file": refers})
    write_csv(folder / "evidence.csv", EVIDENCE_FIELDS, rows)
    return rows


def _revisit_target(warc: Path, offset: int) -> str:
    """The WARC-Refers-To-Filename of a revisit record (the file with the unchanged body)."""
    from warcio.archiveiterator import ArchiveIterator

    try:
        with warc.open("rb") as fh:
            fh.seek(offset)
            for record in ArchiveIterator(fh):
                return str(record.rec_headers.get_header("WARC-Refers-To-Filename") or "")
    except Exception:  # an unreadable record only loses the pointer, not the row
        return ""
    return ""
