"""`adalscan detect`: classify saved documents with the same engine the scan uses."""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from pathlib import Path
from typing import TextIO

from adalscan.errors import UsageError
from adalscan.models import INSTITUTION_TYPES, Evidence
from detectors.engine import Detector
from detectors.extract.extract import extract_document
from detectors.gcpolicy import settle_after_document, tune_for_bulk_work

MAX_DOCUMENT_BYTES = 50 * 1024 * 1024


@cache
def _detector() -> Detector:
    return Detector()


def detect_one(path: Path, url: str, institution_type: str, as_of: date) -> list[Evidence]:
    try:
        if path.stat().st_size > MAX_DOCUMENT_BYTES:
            raise UsageError(f"{path}: larger than {MAX_DOCUMENT_BYTES // 2**20} MiB")
        body = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"{path}: cannot read ({exc.strerror or exc})") from None
    doc = extract_document(body, url)
    return _detector().detect(doc, institution_type, as_of)


def detect_batch(batch: Path, as_of: date, out: TextIO) -> int:
    """One output line per input line, same order; a bad line gets an `error` and empty evidence."""
    try:
        lines = batch.read_text(encoding="utf-8-sig").splitlines()
    except OSError as exc:
        raise UsageError(f"{batch}: cannot read ({exc.strerror or exc})") from None
    _detector()  # built before the first page, so that it is frozen with the imports
    tune_for_bulk_work()
    _detect_lines(batch, lines, as_of, out)
    out.flush()
    return 0


def _detect_lines(batch: Path, lines: list[str], as_of: date, out: TextIO) -> None:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        settle_after_document()
        result: dict[str, object] = {"path": None, "evidence": []}
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("not a JSON object")
            result["path"] = record.get("path")
            for name in ("path", "url", "type"):
                if not record.get(name):
                    raise ValueError(f"field '{name}' is missing")
            if record["type"] not in INSTITUTION_TYPES:
                raise ValueError(f"field 'type': {record['type']!r} is not university or college")
            evidence = detect_one(batch.parent / record["path"] if not Path(record["path"]).is_absolute()
                                  else Path(record["path"]), record["url"], record["type"], as_of)
            result["evidence"] = [e.as_json() for e in evidence]
        except (ValueError, UsageError) as exc:
            result["error"] = f"{batch}:{number}: {exc}"
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
