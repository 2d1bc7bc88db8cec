"""Load and validate the institutions registry (interface.md, 'The registry file').

A bad row is reported with file, line and field, and skipped; a missing column or an unreadable file
stops the run (RegistryError, exit code 2).
"""

from __future__ import annotations

import csv
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from adalscan.errors import RegistryError
from adalscan.models import INSTITUTION_TYPES, Institution

log = logging.getLogger(__name__)

COLUMNS = ("id", "name_kk", "name_ru", "name_en", "type", "region", "city", "website", "bin", "source")
REQUIRED_COLUMNS = ("id", "type", "website", "name_kk", "name_ru")
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,79}$")
_BIN_RE = re.compile(r"^\d{12}$")
MAX_REGISTRY_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class RowProblem:
    """One skipped row: where and why."""

    path: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: field '{self.field}': {self.message}"


@dataclass(slots=True)
class Registry:
    institutions: list[Institution]
    problems: list[RowProblem] = field(default_factory=list)

    def by_id(self) -> dict[str, Institution]:
        return {i.id: i for i in self.institutions}


def _check_row(row: dict[str, str], path: str, line: int, seen: set[str]) -> RowProblem | None:
    def bad(name: str, message: str) -> RowProblem:
        return RowProblem(path, line, name, message)

    ident = row["id"]
    if not ident:
        return bad("id", "is empty")
    if not _ID_RE.match(ident):
        return bad("id", f"{ident!r} is not a slug (lowercase letters, digits, '.', '_', '-')")
    if ident in seen:
        return bad("id", f"{ident!r} repeats an earlier row")
    if row["type"] not in INSTITUTION_TYPES:
        return bad("type", f"{row['type']!r} is not 'university' or 'college'")
    website = row["website"]
    parts = urlsplit(website)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return bad("website", f"{website!r} is not an http or https URL")
    if not row["name_kk"] and not row["name_ru"]:
        return bad("name_kk", "name_kk and name_ru are both empty; one is required")
    if row["bin"] and not _BIN_RE.match(row["bin"]):
        return bad("bin", f"{row['bin']!r} is not 12 digits (leave it empty when unknown)")
    return None


def load_registry(path: Path | str) -> Registry:
    """Read a registry CSV; raise RegistryError when the file as a whole is unusable."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_REGISTRY_BYTES:
            raise RegistryError(f"{path}: larger than {MAX_REGISTRY_BYTES // 2**20} MiB, refusing to read")
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise RegistryError(f"{path}: no such file") from None
    except UnicodeDecodeError as exc:
        raise RegistryError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise RegistryError(f"{path}: cannot read ({exc.strerror})") from None

    reader = csv.DictReader(text.splitlines(keepends=True))
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise RegistryError(f"{path}:1: missing column(s) {', '.join(missing)} (header: {','.join(header) or 'empty'})")

    seen: set[str] = set()
    institutions: list[Institution] = []
    problems: list[RowProblem] = []
    for row_raw in reader:
        line = reader.line_num
        if None in row_raw:  # more cells than header columns
            problems.append(RowProblem(str(path), line, "(row)", "has more cells than the header"))
            continue
        row = {c: (row_raw.get(c) or "").strip() for c in COLUMNS}
        if not any(row.values()):
            continue
        problem = _check_row(row, str(path), line, seen)
        if problem:
            problems.append(problem)
            continue
        seen.add(row["id"])
        institutions.append(Institution(line=line, **row))
    for problem in problems:
        log.warning("registry row skipped: %s", problem)
    if not institutions:
        raise RegistryError(f"{path}: no valid institution rows ({len(problems)} bad)")
    return Registry(institutions, problems)
