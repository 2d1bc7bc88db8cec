"""Analyst overrides: applied to gap rows, kept across scans, flagged when the scanner's evidence changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from adalscan.errors import UsageError
from adalscan.models import GapRow, GapStatus
from adalscan.overrides import Override, apply_overrides, load_overrides, record_override


def row(status: GapStatus, url: str = "") -> GapRow:
    return GapRow("kazgu", "hotline", "social_education", "public", status, evidence_url=url)


def test_override_applies_and_is_marked(tmp_path: Path) -> None:
    path = tmp_path / "overrides.yaml"
    record_override(path, Override("kazgu", "hotline", "found", "A. Analyst", url="https://kazgu.example.test/t",
                                   note="в подвале сайта"), row(GapStatus.MISSING))
    rows = [row(GapStatus.MISSING)]
    assert apply_overrides(rows, load_overrides(path)) == []
    assert rows[0].status is GapStatus.FOUND
    assert rows[0].override_by == "A. Analyst"
    assert rows[0].evidence_url == "https://kazgu.example.test/t"
    assert "в подвале" in path.read_text(encoding="utf-8")  # plain, reviewable UTF-8


def test_override_flagged_when_scanner_evidence_changes(tmp_path: Path) -> None:
    path = tmp_path / "overrides.yaml"
    record_override(path, Override("kazgu", "hotline", "missing", "B"), row(GapStatus.UNCERTAIN, "https://a.test/x"))
    rows = [row(GapStatus.FOUND, "https://a.test/y")]
    (alert,) = apply_overrides(rows, load_overrides(path))
    assert alert.artefact_id == "hotline" and "scanner now says found" in alert.message
    assert rows[0].status is GapStatus.MISSING  # the override still holds until an analyst reviews it


def test_not_applicable_keeps_row_out_of_gaps(tmp_path: Path) -> None:
    path = tmp_path / "o.yaml"
    record_override(path, Override("kazgu", "hotline", "not_applicable", "C", note="no students"), None)
    rows = [row(GapStatus.MISSING)]
    apply_overrides(rows, load_overrides(path))
    assert rows[0].status is GapStatus.MANUAL and rows[0].note.startswith("not applicable")


def test_bad_override_file_names_entry_and_field(tmp_path: Path) -> None:
    path = tmp_path / "o.yaml"
    path.write_text("- institution: kazgu\n  artefact: hotline\n  status: maybe\n  analyst: D\n", encoding="utf-8")
    with pytest.raises(UsageError, match=r"o\.yaml: entry 1: field 'status'"):
        load_overrides(path)
