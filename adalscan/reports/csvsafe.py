"""CSV written for analysts: UTF-8 with BOM (Excel opens Cyrillic and Kazakh right) and no live formulas.

Crawled text is hostile: a title such as `=HYPERLINK("http://evil","click")` must stay text in Excel,
LibreOffice and Google Sheets, so cells starting with a formula trigger are prefixed with a quote.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")


def neutralise_cell(value: object) -> object:
    """Return `value` made inert for spreadsheets; numbers pass through unchanged."""
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    text = str(value)
    if text.startswith(FORMULA_TRIGGERS):
        return "'" + text
    return text


def write_csv(path: Path, fields: Sequence[str], rows: Iterable[Mapping[str, object]]) -> int:
    """Write rows (dicts keyed by `fields`) as UTF-8-with-BOM CSV; return the number of rows written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    tmp = path.with_suffix(path.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(fields), extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: neutralise_cell(row.get(k, "")) for k in fields})
            count += 1
    tmp.replace(path)  # readers never see a half-written file
    return count
