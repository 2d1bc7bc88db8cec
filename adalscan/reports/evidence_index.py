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


_WORKER_SUFFIX = re.compile(r"^(.*)-w\d+$")


def _index_files_by_stem(folder: Path) -> dict[str, list[Path]]:
    """Each institution stem -> its index files (its own and its workers' `-wN` ones), sorted by name.

    The folder is listed once: listing and matching it again for every institution made the evidence
    phase grow with the square of the registry (13 s at 1,000 sites against 1.3 s at 300)."""
    files: dict[str, list[Path]] = {}
    if not folder.is_dir():
        return files
    for idx in sorted(folder.iterdir()):
        if not idx.name.endswith(INDEX_SUFFIX):
            continue
        base = idx.name.removesuffix(INDEX_SUFFIX)
        files.setdefault(base, []).append(idx)
        worker = _WORKER_SUFFIX.match(base)
        if worker:  # "abc-w1" is a worker's file of "abc" (or the own file of an institution called so)
            files.setdefault(worker.group(1), []).append(idx)
    return files


def _institution_records(index_files: list[Path]) -> dict[str, dict[str, Any]]:
    """url -> the last response/revisit/resource record among one institution's index files (in name order,
    as `_index_files_by_stem` lists them)."""
    records: dict[str, dict[str, Any]] = {}
    for idx in index_files:
        warc = idx.name.removesuffix(INDEX_SUFFIX) + WARC_SUFFIX
        for entry in read_index(idx):
            if entry.get("type") in ("response", "revisit", "resource"):
                records[str(entry.get("url"))] = {**entry, "file": warc}
    return records


def write_evidence_index(run_path: Path, gaps: Iterable[Any],
                         screenshots: Mapping[tuple[str, str], str]) -> list[dict[str, Any]]:
    """Write run_path/archive/evidence.csv (for people); return its rows (for the store)."""
    folder = run_path / "archive"
    index_files = _index_files_by_stem(folder)
    cache: dict[str, dict[str, dict[str, Any]]] = {}
    rows: list[dict[str, Any]] = []
    for gap in gaps:
        url = str(gap.evidence_url or "")
        if str(gap.status) not in STATUSES or not url:
            continue
        if gap.institution_id not in cache:
            cache[gap.institution_id] = _institution_records(index_files.get(safe_stem(gap.institution_id), []))
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
