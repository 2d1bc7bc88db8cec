"""DOCX and XLSX extraction with files written by python-docx and openpyxl (documents.office_extract)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import docx
import openpyxl
import pytest

from detectors.extract.extract import extract_document
from detectors.extract.office_extract import check_archive
from detectors.extract.textutil import ExtractLimits

PLAN_KK = "Сыбайлас жемқорлыққа қарсы іс-қимыл жоспары"
PLAN_RU = "План мероприятий по противодействию коррупции"
KAZAKH_LETTERS = "әғқңөұүһі"
URL = "http://127.0.1.5:8080/upload/file"


def make_docx(title: str | None = "Жоспар 2025") -> bytes:
    document = docx.Document()
    if title is not None:
        document.core_properties.title = title
    document.add_heading(PLAN_KK, level=1)
    document.add_paragraph(f"Әріптер: {KAZAKH_LETTERS}. {PLAN_RU}.")
    document.add_heading("1. Жалпы ережелер", level=2)
    table = document.add_table(rows=3, cols=3)
    for row_index, values in enumerate([("№", "Іс-шара", "Мерзімі"), ("1", "Семинар өткізу", "2025 жылғы наурыз"),
                                        ("2", "Мониторинг", "тоқсан сайын")]):
        for cell, value in zip(table.rows[row_index].cells, values, strict=True):
            cell.text = value
    document.add_paragraph("Қорытынды абзац.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_paragraphs_tables_headings_and_title() -> None:
    doc = extract_document(make_docx(), URL + ".docx")
    assert doc.kind == "docx"
    assert doc.title == "Жоспар 2025"
    assert doc.headings == [PLAN_KK, "1. Жалпы ережелер"]
    assert doc.body.split("\n") == [
        PLAN_KK, f"Әріптер: {KAZAKH_LETTERS}. {PLAN_RU}.", "1. Жалпы ережелер",
        "№ | Іс-шара | Мерзімі", "1 | Семинар өткізу | 2025 жылғы наурыз", "2 | Мониторинг | тоқсан сайын",
        "Қорытынды абзац.",
    ]
    assert doc.notes == []


def test_docx_title_falls_back_to_first_heading() -> None:
    assert extract_document(make_docx(title=None), URL).title == PLAN_KK


def test_a_docx_that_opens_with_running_text_has_no_title_line() -> None:
    # Without metadata or a heading, the title is the first paragraph only if it reads as one: not a long
    # paragraph, not a bulleted item, and never a later short line picked past them.
    opening = ("Before the semester starts, every student receives a login to the learning system and is shown how "
               "to submit assignments, check the timetable and read the teachers' comments on each piece of work.")
    for first in (opening, "- Each student receives a login to the learning system."):
        document = docx.Document()
        document.add_paragraph(first)
        document.add_paragraph("- A short second item about training.")
        buffer = io.BytesIO()
        document.save(buffer)
        doc = extract_document(buffer.getvalue(), URL + ".docx")
        assert doc.title == "", doc.title
    document = docx.Document()
    document.add_paragraph(PLAN_RU)
    document.add_paragraph(opening)
    buffer = io.BytesIO()
    document.save(buffer)
    assert extract_document(buffer.getvalue(), URL + ".docx").title == PLAN_RU


def test_docx_merged_cells_appear_once() -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 2))
    merged.text = "Біріктірілген тақырып"
    for cell, value in zip(table.rows[1].cells, ("a", "b", "c"), strict=True):
        cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    assert extract_document(buffer.getvalue(), URL).body.split("\n") == ["Біріктірілген тақырып", "a | b | c"]


def test_docx_text_cap() -> None:
    document = docx.Document()
    for _ in range(200):
        document.add_paragraph(PLAN_KK)
    buffer = io.BytesIO()
    document.save(buffer)
    doc = extract_document(buffer.getvalue(), URL, max_text_chars=1000)
    assert 0 < len(doc.body) <= 1000
    assert doc.truncated


def _rezip(body: bytes, replace: dict[str, bytes]) -> bytes:
    """The same zip with some members' contents replaced (deflated)."""
    source = zipfile.ZipFile(io.BytesIO(body))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, replace.get(info.filename, source.read(info.filename)))
    return output.getvalue()


def test_docx_zip_bomb_is_refused_before_parsing() -> None:
    xml = zipfile.ZipFile(io.BytesIO(make_docx())).read("word/document.xml")
    padding = b" " * (51 * 1024 * 1024)  # valid XML whitespace, deflates to ~50 KB
    bomb = _rezip(make_docx(), {"word/document.xml": xml.replace(b"<w:body>", b"<w:body>" + padding, 1)})
    assert len(bomb) < 1024 * 1024
    doc = extract_document(bomb, URL + ".docx")
    assert doc.kind == "docx"
    assert doc.body == ""
    assert any(note.startswith("docx: refused (word/document.xml inflates to") for note in doc.notes), doc.notes


def test_check_archive_counts_entries_and_total_size() -> None:
    body = make_docx()
    with pytest.raises(ValueError, match="zip entries"):
        check_archive(body, "word/document.xml", ExtractLimits(max_zip_entries=3))
    with pytest.raises(ValueError, match="parts inflate"):
        check_archive(body, "word/document.xml", ExtractLimits(max_zip_total_bytes=1000))
    check_archive(body, "word/document.xml", ExtractLimits())


def test_truncated_and_corrupted_docx_give_notes() -> None:
    body = make_docx()
    truncated = extract_document(body[: len(body) // 2], URL, truncated=True)
    assert truncated.kind == "docx"
    assert truncated.truncated
    assert any(note.startswith("docx: cannot parse") for note in truncated.notes)
    broken_xml = _rezip(body, {"word/document.xml": b"<w:document><w:body><unclosed"})
    broken = extract_document(broken_xml, URL)
    assert broken.body == ""
    assert any(note.startswith("docx: cannot parse") for note in broken.notes)


def make_xlsx() -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Жоспар"
    sheet.append(["№", "Іс-шара", "Мерзімі", "Сомасы"])
    sheet.append([1, PLAN_KK, dt.datetime(2025, 3, 1), 1500.0])
    sheet.append([2, f"{KAZAKH_LETTERS} тексеру", dt.date(2025, 6, 30), 2.5])
    second = workbook.create_sheet("Есеп")
    second.append(["Барлығы", None, 3])
    workbook.properties.title = "Іс-шаралар жоспары"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_xlsx_rows_as_text() -> None:
    doc = extract_document(make_xlsx(), URL + ".xlsx")
    assert doc.kind == "xlsx"
    assert doc.title == "Іс-шаралар жоспары"
    assert doc.headings == ["Жоспар", "Есеп"]
    assert doc.body.split("\n") == [
        "№ | Іс-шара | Мерзімі | Сомасы",
        f"1 | {PLAN_KK} | 2025-03-01 | 1500",
        f"2 | {KAZAKH_LETTERS} тексеру | 2025-06-30 | 2.5",
        "Барлығы | 3",
    ]


def test_xlsx_row_cap() -> None:
    workbook = openpyxl.Workbook()
    for index in range(50):
        workbook.active.append([index, "жол"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    doc = extract_document(buffer.getvalue(), URL, max_rows=10)
    assert len(doc.body.split("\n")) == 10
    assert doc.truncated
    assert "xlsx: read only the first 10 rows" in doc.notes


def test_other_zips_are_binary() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("photos/1.jpg", b"\xff\xd8\xff" + b"0" * 100)
    doc = extract_document(buffer.getvalue(), URL + ".docx", "application/vnd.openxmlformats-officedocument")
    assert doc.kind == "binary"
    assert doc.body == ""
    assert any(note.startswith("binary: not a text document (zip archive") for note in doc.notes)
