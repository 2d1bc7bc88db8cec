"""Registry validation: bad rows are named by file, line and field and skipped; fatal problems stop the run."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from adalscan.errors import RegistryError
from adalscan.registry import load_registry

HEADER = "id,name_kk,name_ru,name_en,type,region,city,website,bin,source\n"
GOOD = "kazgu,Қазақ университеті,Казахский университет,,university,Almaty,Almaty,https://kazgu.example.test/,,x\n"


def write(tmp_path: Path, text: str, name: str = "reg.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return path


def test_project_registry_loads_every_row() -> None:
    reg = load_registry(Path(__file__).parent.parent / "institutions.csv")
    assert len(reg.institutions) == 114
    assert not reg.problems
    assert {i.type for i in reg.institutions} == {"university", "college"}


def test_bom_is_accepted(tmp_path: Path) -> None:
    reg = load_registry(write(tmp_path, HEADER + GOOD, encoding="utf-8-sig"))
    assert [i.id for i in reg.institutions] == ["kazgu"]
    assert reg.institutions[0].name_kk == "Қазақ университеті"


@pytest.mark.parametrize(("row", "field", "fragment"), [
    ("bad id!,a,b,,university,,,https://x.example.test/,,\n", "id", "not a slug"),
    ("c1,a,b,,school,,,https://x.example.test/,,\n", "type", "'school'"),
    ("c2,a,b,,college,,,ftp://x.example.test/,,\n", "website", "not an http or https URL"),
    ("c3,,,Only English,college,,,https://x.example.test/,,\n", "name_kk", "both empty"),
    ("c4,a,b,,college,,,https://x.example.test/,12345,\n", "bin", "not 12 digits"),
    ("kazgu,a,b,,college,,,https://y.example.test/,,\n", "id", "repeats"),
])
def test_bad_row_is_named_and_skipped(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                      row: str, field: str, fragment: str) -> None:
    path = write(tmp_path, HEADER + GOOD + row)
    with caplog.at_level(logging.WARNING):
        reg = load_registry(path)
    assert [i.id for i in reg.institutions] == ["kazgu"]
    (problem,) = reg.problems
    assert problem.line == 3 and problem.field == field
    assert fragment in problem.message
    assert f"{path}:3: field '{field}'" in caplog.text


def test_missing_column_stops(tmp_path: Path) -> None:
    path = write(tmp_path, "id,name_ru,type\nx,Y,college\n")
    with pytest.raises(RegistryError, match=r"reg\.csv:1: missing column\(s\) website, name_kk"):
        load_registry(path)


def test_unreadable_files_stop(tmp_path: Path) -> None:
    with pytest.raises(RegistryError, match="no such file"):
        load_registry(tmp_path / "absent.csv")
    bad = tmp_path / "latin1.csv"
    bad.write_bytes((HEADER + GOOD).encode("utf-8") + "ü\n".encode("latin-1"))
    with pytest.raises(RegistryError, match="not UTF-8"):
        load_registry(bad)


def test_extra_columns_are_ignored(tmp_path: Path) -> None:
    text = HEADER.rstrip("\n") + ",comment\n" + GOOD.rstrip("\n") + ",hello\n"
    assert load_registry(write(tmp_path, text)).institutions[0].website == "https://kazgu.example.test/"
