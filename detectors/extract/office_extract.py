"""Office Open XML documents: DOCX (lxml over its XML parts) and XLSX (openpyxl, read-only).

Both are zips, so both are checked for decompression bombs from the zip directory before any
library inflates a part: the declared sizes are upper bounds, because zipfile never inflates a
member past its declared size.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import warnings
import zipfile
from collections.abc import Iterator
from typing import Any

from detectors.document import Document
from detectors.extract.textutil import (
    EncodingHints,
    ExtractLimits,
    TextBudget,
    clean_line,
    clean_text,
    dedupe,
    finish_spreadsheet,
    title_line,
)


class UnsafeArchive(ValueError):
    """A zip whose declared sizes or entry count exceed the caps (a likely decompression bomb)."""


def check_archive(body: bytes, main_part: str, limits: ExtractLimits,
                  other_parts: tuple[str, ...] = ()) -> None:
    """Refuse zips that would inflate beyond the caps; raise UnsafeArchive naming the cause."""
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        infos = archive.infolist()
        if len(infos) > limits.max_zip_entries:
            raise UnsafeArchive(f"{len(infos)} zip entries (cap {limits.max_zip_entries})")
        sizes = {info.filename: info.file_size for info in infos}
    if main_part not in sizes:
        raise UnsafeArchive(f"no {main_part} in the zip")
    for part in (main_part, *other_parts):
        size = sizes.get(part, 0)
        if size > limits.max_zip_member_bytes:
            raise UnsafeArchive(f"{part} inflates to {size} bytes (cap {limits.max_zip_member_bytes})")
    total = sum(sizes.values())
    if total > limits.max_zip_total_bytes:
        raise UnsafeArchive(f"parts inflate to {total} bytes (cap {limits.max_zip_total_bytes})")


# --- DOCX ----------------------------------------------------------------------------------------

_HEADING_STYLE_PREFIXES = ("heading", "title", "заголовок", "название", "тақырып", "subtitle")
_MAX_TABLE_DEPTH = 3


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _TBL, _TR, _TC = f"{_W}p", f"{_W}tbl", f"{_W}tr", f"{_W}tc"
_TEXT_TAGS = (f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr")
_WRAPPERS = (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml", f"{_W}smartTag")  # content controls etc.
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"


def extract_docx(body: bytes, doc: Document, limits: ExtractLimits, hints: EncodingHints) -> None:
    """Fill `doc` from a DOCX: paragraphs and tables in document order, headings from Heading styles.

    Read straight from the WordprocessingML parts with lxml (no entities, no network): python-docx built
    its whole object model for this and cost ten times as much per file.
    """
    check_archive(body, "word/document.xml", limits)
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        root = _xml_part(archive, "word/document.xml")
        heading_style_ids = _heading_style_ids_of(_raw_part(archive, "word/styles.xml"))
        core = _xml_part(archive, "docProps/core.xml", optional=True)
    assert root is not None
    budget = TextBudget(limits.max_text_chars)
    headings: list[str] = []
    first_lines: list[str] = []

    for block in _blocks(root.find(f"{_W}body")):
        if block.tag == _P:
            text = clean_line(_paragraph_text(block), limits.max_text_chars)
            if not text:
                continue
            if len(first_lines) < 3:  # (a longer paragraph is kept just long enough to be seen as one)
                first_lines.append(text[: limits.max_heading_chars + 1])
            if _paragraph_style_id(block) in heading_style_ids and len(headings) < limits.max_headings:
                headings.append(text[: limits.max_heading_chars])
            if not budget.add(text):
                break
        elif not _add_table(block, budget, 0):
            break

    doc.body = clean_text(budget.text())
    doc.headings = dedupe(headings, limits.max_headings)
    core_title = core.findtext(f".//{_DC_TITLE}") if core is not None else None
    fallback = doc.headings[0] if doc.headings else title_line(first_lines, limits.max_heading_chars)
    doc.title = clean_line(core_title or "", limits.max_title_chars) or clean_line(fallback, limits.max_title_chars)
    if budget.full:
        doc.truncated = True
        doc.notes.append(f"text capped at {limits.max_text_chars} characters")


def _raw_part(archive: zipfile.ZipFile, name: str) -> bytes | None:
    try:
        return archive.read(name)
    except KeyError:
        return None


def _parse_xml(data: bytes) -> Any:
    """XML parsed without entity expansion or network access."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True, huge_tree=False)
    return etree.fromstring(data, parser)


def _xml_part(archive: zipfile.ZipFile, name: str, optional: bool = False) -> Any:
    """One XML part, parsed safely (the zip's sizes are checked)."""
    data = _raw_part(archive, name)
    if data is None:
        if optional:
            return None
        raise KeyError(f"there is no item named {name!r} in the archive")
    return _parse_xml(data)


_STYLE_CACHE: dict[bytes, frozenset[str]] = {}
_STYLE_CACHE_SIZE = 256


def _heading_style_ids_of(styles_xml: bytes | None) -> frozenset[str]:
    """_heading_style_ids of a styles part, remembered by its digest: a site's documents come from a few
    templates, and a template's styles part is often the largest part of a short document."""
    if not styles_xml:
        return frozenset()
    key = hashlib.blake2b(styles_xml, digest_size=16).digest()
    ids = _STYLE_CACHE.get(key)
    if ids is None:
        if len(_STYLE_CACHE) >= _STYLE_CACHE_SIZE:
            _STYLE_CACHE.clear()
        ids = _STYLE_CACHE[key] = _heading_style_ids(_parse_xml(styles_xml))
    return ids


def _blocks(container: Any) -> Iterator[Any]:
    """The paragraphs and tables of a body or cell in document order, through content-control wrappers."""
    if container is None:
        return
    for child in container.iterchildren(_P, _TBL, *_WRAPPERS):
        if child.tag in _WRAPPERS:
            yield from _blocks(child)
        else:
            yield child


def _paragraph_text(paragraph: Any) -> str:
    """What Word shows of a paragraph: its runs' text (hyperlinks and text boxes too), tabs and breaks."""
    parts: list[str] = []
    for element in paragraph.iter(*_TEXT_TAGS):
        tag = element.tag
        if tag == _TEXT_TAGS[0]:
            parts.append(element.text or "")
        elif tag == _TEXT_TAGS[1]:
            if element.getparent().tag != f"{_W}tabs":  # a tab stop's definition, not a tab character
                parts.append("\t")
        else:
            parts.append("\n")
    return "".join(parts)


def _heading_style_ids(styles: Any) -> frozenset[str]:
    """Ids of the paragraph styles named like headings ("heading 1", "Title", "Заголовок 2")."""
    if styles is None:
        return frozenset()
    ids = set()
    for style in styles.iterchildren(f"{_W}style"):
        name = style.find(f"{_W}name")
        label = (name.get(f"{_W}val") if name is not None else "") or ""
        style_id = style.get(f"{_W}styleId")
        if style.get(f"{_W}type") == "paragraph" and style_id and label.strip().lower().startswith(
                _HEADING_STYLE_PREFIXES):
            ids.add(style_id)
    return frozenset(ids)


def _paragraph_style_id(paragraph: Any) -> str | None:
    style = paragraph.find(f"{_W}pPr/{_W}pStyle")
    return style.get(f"{_W}val") if style is not None else None


def _add_table(table: Any, budget: TextBudget, depth: int) -> bool:
    """One line per row, cells joined by ' | ' (merged cells once); False when the budget is spent."""
    for row in table.iterchildren(_TR):
        cells: list[str] = []
        for cell in row.iterchildren(_TC):
            text = " ".join(" ".join(_paragraph_text(p) for p in cell.iterchildren(_P)).split())
            if text and (not cells or cells[-1] != text):  # a merged cell repeats in every grid column
                cells.append(text)
            if depth < _MAX_TABLE_DEPTH:
                for nested in cell.iterchildren(_TBL):
                    if not _add_table(nested, budget, depth + 1):
                        return False
        if cells and not budget.add(" | ".join(cells)):
            return False
    return True


# --- XLSX ----------------------------------------------------------------------------------------


def extract_xlsx(body: bytes, doc: Document, limits: ExtractLimits, hints: EncodingHints) -> None:
    """Fill `doc` from an XLSX: one line per row, cells joined by ' | ', sheet names as headings."""
    import openpyxl

    # openpyxl reads these parts whole even in read-only mode; sheets are streamed.
    check_archive(body, "xl/workbook.xml", limits, other_parts=("xl/sharedStrings.xml", "xl/styles.xml"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about unsupported extensions in many real files
        workbook = openpyxl.load_workbook(io.BytesIO(body), read_only=True, data_only=True)
        budget = TextBudget(limits.max_text_chars)
        sheet_names: list[str] = []
        rows_left = limits.max_rows
        rows_capped = False
        try:
            for sheet in workbook.worksheets:
                if rows_left <= 0 or budget.full:
                    rows_capped = rows_left <= 0
                    break
                sheet_names.append(clean_line(sheet.title, limits.max_heading_chars))
                for row in sheet.iter_rows(max_col=limits.max_cols, values_only=True):
                    if rows_left <= 0:
                        rows_capped = True
                        break
                    rows_left -= 1
                    line = " | ".join(text for text in map(_xlsx_value_text, row) if text)
                    if line and not budget.add(line):
                        break
            title = workbook.properties.title or ""
        finally:
            workbook.close()
    finish_spreadsheet(doc, budget, sheet_names, title, limits, rows_capped)


def _xlsx_value_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return " ".join(str(value).split())
