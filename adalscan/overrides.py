"""Analyst overrides: a reviewed YAML file of cells an analyst has overruled.

Each entry records what the scanner said when the analyst decided; when the scanner's own status or
evidence URL for that cell changes later, the override stays in force but is flagged for review.

    - institution: enu
      artefact: hotline
      status: found            # found | missing | not_applicable
      url: https://enu.kz/ru/trust-line
      note: Phone number is in the site footer
      analyst: A. Seitkali
      date: 2026-11-25
      scanner_status: missing  # what the scanner said at that time
      scanner_url: ""
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

import yaml

from adalscan.errors import UsageError
from adalscan.files import write_text_atomic
from adalscan.models import GapRow, GapStatus

OVERRIDE_STATUSES = {"found": GapStatus.FOUND, "missing": GapStatus.MISSING, "not_applicable": GapStatus.MANUAL}
FIELDS = ("institution", "artefact", "status", "url", "note", "analyst", "date", "scanner_status", "scanner_url")


@dataclass(slots=True)
class Override:
    institution: str
    artefact: str
    status: str
    analyst: str
    url: str = ""
    note: str = ""
    date: str = ""
    scanner_status: str = ""
    scanner_url: str = ""


@dataclass(frozen=True, slots=True)
class OverrideAlert:
    """An override whose scanner evidence changed since the analyst made it (reports say it in kk/ru/en)."""

    institution_id: str
    artefact_id: str
    now_status: str  # what the scanner says in this run
    now_url: str
    then_status: str  # what it said when the analyst overrode it

    @property
    def message(self) -> str:
        """The alert in English, for logs and the command line."""
        return (f"scanner now says {self.now_status} ({self.now_url or 'no evidence'}); "
                f"at override time it said {self.then_status}")


def load_overrides(path: Path) -> list[Override]:
    """Read the overrides file; a bad entry stops with file, entry number and field named."""
    if not path.exists():
        return []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except yaml.YAMLError as exc:
        raise UsageError(f"{path}: not valid YAML ({exc})") from None
    if not isinstance(data, list):
        raise UsageError(f"{path}: expected a list of overrides")
    out = []
    for n, entry in enumerate(data, start=1):
        if not isinstance(entry, dict):
            raise UsageError(f"{path}: entry {n}: not a mapping")
        for required in ("institution", "artefact", "status", "analyst"):
            if not entry.get(required):
                raise UsageError(f"{path}: entry {n}: field '{required}' is required")
        if entry["status"] not in OVERRIDE_STATUSES:
            raise UsageError(f"{path}: entry {n}: field 'status': {entry['status']!r} is not one of "
                             f"{', '.join(OVERRIDE_STATUSES)}")
        out.append(Override(**{k: str(entry.get(k) or "") for k in FIELDS}))
    return out


def save_overrides(path: Path, overrides: list[Override]) -> None:
    write_text_atomic(path, yaml.safe_dump([asdict(o) for o in overrides], allow_unicode=True, sort_keys=False))


def record_override(path: Path, new: Override, scanner_row: GapRow | None) -> Override:
    """Add or replace the override for one cell, remembering what the scanner said."""
    if new.status not in OVERRIDE_STATUSES:
        raise UsageError(f"--status {new.status!r} is not one of {', '.join(OVERRIDE_STATUSES)}")
    new.date = new.date or date.today().isoformat()
    if scanner_row is not None:
        new.scanner_status = str(scanner_row.status)
        new.scanner_url = scanner_row.evidence_url
    kept = [o for o in load_overrides(path) if (o.institution, o.artefact) != (new.institution, new.artefact)]
    save_overrides(path, [*kept, new])
    return new


def apply_overrides(rows: list[GapRow], overrides: list[Override]) -> list[OverrideAlert]:
    """Apply overrides in place; return alerts for overrides whose scanner evidence has changed."""
    index = {(o.institution, o.artefact): o for o in overrides}
    alerts: list[OverrideAlert] = []
    for row in rows:
        o = index.get((row.institution_id, row.artefact_id))
        if o is None:
            continue
        if o.scanner_status and (str(row.status) != o.scanner_status or row.evidence_url != o.scanner_url):
            alerts.append(OverrideAlert(row.institution_id, row.artefact_id, str(row.status), row.evidence_url,
                                        o.scanner_status))
        row.status = OVERRIDE_STATUSES[o.status]
        if o.url:
            row.evidence_url = o.url
        row.note = ("not applicable: " if o.status == "not_applicable" else "") + (o.note or "analyst override")
        row.override_by = o.analyst
        row.confidence = 1.0 if o.status == "found" else 0.0
    return alerts
