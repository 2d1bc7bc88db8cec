"""Legacy Office files (OLE2 compound documents): Word 97-2003 .doc and Excel .xls.

The container is read with olefile when it is installed, else with the compound-document reader
that ships inside xlrd (so a machine without olefile still handles .doc). DOC text comes from the
Word 97 piece table (exact text, fields reduced to their results); when that cannot be parsed, from
printable UTF-16LE / cp1251 runs of the WordDocument stream. Both are marked "doc: best-effort text".
"""

from __future__ import annotations

import io
import re
import struct

import xlrd

from detectors.document import Document
from detectors.extract.textutil import (
    EncodingHints,
    ExtractLimits,
    TextBudget,
    clean_line,
    clean_text,
    finish_spreadsheet,
    leading_short_lines,
    title_line,
)

try:  # optional: the more tolerant container reader
    import olefile
except ImportError:  # pragma: no cover - exercised by forcing the fallback in tests
    olefile = None


class OleContainer:
    """Read-only access to the streams of a compound document, whichever reader is available."""

    def __init__(self, body: bytes, *, prefer_olefile: bool = True) -> None:
        self._ole = None
        self._compdoc = None
        if olefile is not None and prefer_olefile:
            self._ole = olefile.OleFileIO(io.BytesIO(body))
        else:
            from xlrd.compdoc import CompDoc

            self._compdoc = CompDoc(body, logfile=io.StringIO())

    def stream_names(self) -> set[str]:
        """Paths of the streams (root-level streams are bare names like "WordDocument")."""
        if self._ole is not None:
            return {"/".join(path) for path in self._ole.listdir(streams=True, storages=False)}
        assert self._compdoc is not None
        nodes = self._compdoc.dirlist
        root_children = (nodes[index] for index in nodes[0].children if 0 <= index < len(nodes)) if nodes else ()
        return {node.name for node in root_children if node.etype == 2}  # 2: stream; root level only

    def read(self, name: str) -> bytes | None:
        if self._ole is not None:
            return self._ole.openstream(name).read() if self._ole.exists(name) else None
        assert self._compdoc is not None
        return self._compdoc.get_named_stream(name)

    def summary_title(self) -> str:
        """The Title of the SummaryInformation property set, '' when absent or unreadable."""
        stream = self.read("\x05SummaryInformation")
        return summary_information_title(stream) if stream else ""

    def close(self) -> None:
        if self._ole is not None:
            self._ole.close()


_PID_CODEPAGE, _PID_TITLE = 1, 2
_VT_I2, _VT_LPSTR, _VT_LPWSTR = 0x02, 0x1E, 0x1F
_MAX_PROPERTIES = 1000


def summary_information_title(stream: bytes) -> str:
    """Title from a SummaryInformation stream ([MS-OLEPS]), parsed with bounds checks.

    (olefile's get_metadata loops for minutes on some corrupted property sets, so this is ours.)
    """
    try:
        (section_offset,) = struct.unpack_from("<I", stream, 44)
        (count,) = struct.unpack_from("<I", stream, section_offset + 4)
        offsets: dict[int, int] = {}
        for index in range(min(count, _MAX_PROPERTIES)):
            property_id, offset = struct.unpack_from("<II", stream, section_offset + 8 + 8 * index)
            offsets[property_id] = section_offset + offset
        codepage = 1252
        if _PID_CODEPAGE in offsets:
            value_type, value = struct.unpack_from("<Hxxh", stream, offsets[_PID_CODEPAGE])
            if value_type == _VT_I2:
                codepage = value & 0xFFFF  # a signed 16-bit field: 65001 (UTF-8) reads as -535
        if _PID_TITLE not in offsets:
            return ""
        value_type, size = struct.unpack_from("<HxxI", stream, offsets[_PID_TITLE])
        start = offsets[_PID_TITLE] + 8
        if value_type == _VT_LPWSTR:
            return stream[start:start + 2 * min(size, 4096)].decode("utf-16-le", errors="replace").split("\x00")[0]
        if value_type != _VT_LPSTR:
            return ""
        raw = stream[start:start + min(size, 8192)].split(b"\x00")[0]
        encoding = {1200: "utf-16-le", 65001: "utf-8"}.get(codepage, f"cp{codepage}")
        try:
            return raw.decode(encoding, errors="replace")
        except LookupError:
            return raw.decode("cp1251", errors="replace")
    except struct.error:
        return ""


def ole_stream_names(body: bytes) -> set[str] | None:
    """Names of the streams in an OLE2 file, or None when the container cannot be read."""
    try:
        container = OleContainer(body)
    except Exception:  # any reader failure means "unreadable"; the caller falls back to byte search
        return None
    try:
        return container.stream_names()
    except Exception:
        return None
    finally:
        container.close()


# --- DOC -----------------------------------------------------------------------------------------

_FIB_MAGIC = 0xA5EC
_FIB_FLAGS_OFFSET = 0x000A
_FLAG_ENCRYPTED = 0x0100
_FLAG_TABLE1 = 0x0200  # the piece table lives in "1Table" instead of "0Table"
_FIB_NFIB_OFFSET = 0x0002
_FIB_CLX_OFFSET = 0x01A2  # fcClx, followed by lcbClx, in FibRgFcLcb97
_WORD97_NFIB = 0x00C1
_MAX_PIECES = 100_000

# Field codes (HYPERLINK "...", PAGE, TOC \o ...) sit between 0x13 and 0x14; the result follows up to 0x15.
_FIELD_CODE_RE = re.compile("\x13[^\x13\x14\x15]*\x14")
_FIELD_NO_RESULT_RE = re.compile("\x13[^\x13\x14\x15]*\x15")
# Word's own control characters: cell/row ends, line and page breaks, object anchors, hyphens.
_WORD_CONTROLS = str.maketrans({"\r": "\n", "\x07": "\t", "\x0b": "\n", "\x0c": "\n", "\x0e": "\n",
                                "\x1e": "-", "\x1f": "", "\x01": "", "\x02": "", "\x05": "", "\x08": "",
                                "\x15": "", "\x13": "", "\x14": ""})
_UTF16_RUN_RE = re.compile(rb"(?:[\x09\x0a\x0d\x20-\x7e]\x00|[\x00-\xff]\x04){6,}")
_CP1251_RUN_RE = re.compile(rb"[\x09\x0a\x0d\x20-\x7e\xa8\xb8\xc0-\xff]{8,}")


def extract_doc(body: bytes, doc: Document, limits: ExtractLimits, hints: EncodingHints) -> None:
    """Fill `doc` from a Word 97-2003 file."""
    try:
        container = OleContainer(body)
    except Exception as exc:  # damaged or truncated container: salvage what text the bytes hold
        doc.notes.append(f"doc: container unreadable ({type(exc).__name__})")
        _fill_from_text(doc, _printable_runs(_salvage_text_region(body)), "", limits,
                        "doc: best-effort text (printable runs)")
        return
    try:
        word_stream = container.read("WordDocument")
        if not word_stream:
            doc.notes.append("doc: no WordDocument stream")
            return
        title = container.summary_title()
        text, method = _doc_text(container, word_stream, doc)
    finally:
        container.close()
    _fill_from_text(doc, text, title, limits, f"doc: best-effort text ({method})")


def _doc_text(container: OleContainer, word_stream: bytes, doc: Document) -> tuple[str, str]:
    if len(word_stream) >= 0x01AA:
        ident, nfib = struct.unpack_from("<HH", word_stream, 0)
        flags = struct.unpack_from("<H", word_stream, _FIB_FLAGS_OFFSET)[0]
        if ident == _FIB_MAGIC and flags & _FLAG_ENCRYPTED:
            doc.notes.append("doc: password-protected, text not readable")
            return "", "encrypted"
        if ident == _FIB_MAGIC and nfib >= _WORD97_NFIB:
            table = container.read("1Table" if flags & _FLAG_TABLE1 else "0Table")
            if table:
                try:
                    return _piece_table_text(word_stream, table), "piece table"
                except (ValueError, struct.error, IndexError) as exc:
                    doc.notes.append(f"doc: piece table unreadable ({exc})")
    return _printable_runs(word_stream), "printable runs"


def _piece_table_text(word_stream: bytes, table: bytes) -> str:
    """Text of a Word 97+ document in character order, from the CLX piece table ([MS-DOC] 2.9.38)."""
    fc_clx, lcb_clx = struct.unpack_from("<II", word_stream, _FIB_CLX_OFFSET)
    clx = table[fc_clx:fc_clx + lcb_clx]
    if not clx or len(clx) != lcb_clx:
        raise ValueError("CLX outside the table stream")
    position = 0
    while position < len(clx) and clx[position] == 0x01:  # Prc: property modifiers, skipped
        (size,) = struct.unpack_from("<H", clx, position + 1)
        position += 3 + size
    if position >= len(clx) or clx[position] != 0x02:
        raise ValueError("no Pcdt in CLX")
    (lcb,) = struct.unpack_from("<I", clx, position + 1)
    plc = clx[position + 5:position + 5 + lcb]
    pieces = (len(plc) - 4) // 12
    if pieces <= 0 or pieces > _MAX_PIECES:
        raise ValueError(f"bad piece count {pieces}")
    cps = struct.unpack_from(f"<{pieces + 1}I", plc, 0)
    parts: list[str] = []
    for index in range(pieces):
        chars = cps[index + 1] - cps[index]
        if chars <= 0:
            continue
        (fc_raw,) = struct.unpack_from("<I", plc, 4 * (pieces + 1) + 8 * index + 2)
        if fc_raw & 0x40000000:  # "compressed": one byte per character, Windows-1252
            start = (fc_raw & 0x3FFFFFFF) // 2
            parts.append(word_stream[start:start + chars].decode("cp1252", errors="replace"))
        else:
            start = fc_raw & 0x3FFFFFFF
            parts.append(word_stream[start:start + 2 * chars].decode("utf-16-le", errors="replace"))
    return _strip_word_markup("".join(parts))


def _strip_word_markup(text: str) -> str:
    for _ in range(4):  # nested fields: innermost first
        reduced = _FIELD_NO_RESULT_RE.sub("", _FIELD_CODE_RE.sub("", text))
        if reduced == text:
            break
        text = reduced
    # A table row ends with its last cell's mark and the row's own mark.
    return text.replace("\x07\x07", "\n").translate(_WORD_CONTROLS)


def find_word_fib(body: bytes) -> int | None:
    """Offset of a Word 97+ FIB in raw container bytes (streams start on 64-byte mini sectors or
    512-byte sectors), or None."""
    position = body.find(b"\xec\xa5")
    while position != -1:
        if position % 64 == 0 and len(body) >= position + 0x50:
            nfib = struct.unpack_from("<H", body, position + 2)[0]
            if 0x0065 <= nfib <= 0x0200:
                return position
        position = body.find(b"\xec\xa5", position + 1)
    return None


def _salvage_text_region(body: bytes) -> bytes:
    """The bytes where a damaged file's main text most likely is: from the FIB's fcMin for
    ccpText characters (streams are usually stored contiguously), else the whole body."""
    fib = find_word_fib(body)
    if fib is None:
        return body
    fc_min = struct.unpack_from("<I", body, fib + 0x18)[0]
    ccp_text = struct.unpack_from("<I", body, fib + 0x4C)[0]
    start = fib + fc_min
    if not 0 < fc_min < len(body) or start >= len(body):
        return body[fib:]
    return body[start:start + 2 * ccp_text + 2]


def _printable_runs(stream: bytes) -> str:
    """Fallback for unparseable DOC files: runs of printable UTF-16LE, else cp1251, characters."""
    runs = [match.decode("utf-16-le", errors="replace") for match in _UTF16_RUN_RE.findall(stream)]
    runs = [run for run in runs if sum(ch.isalpha() for ch in run) >= 3]
    if not runs:
        runs = [match.decode("cp1251") for match in _CP1251_RUN_RE.findall(stream)]
        runs = [run for run in runs if sum(ch.isalpha() for ch in run) >= 4]
    return _strip_word_markup("\n".join(runs))


def _fill_from_text(doc: Document, text: str, title: str, limits: ExtractLimits, note: str) -> None:
    """Body, title and heading-like first lines from plain text (DOC, and XLS titles)."""
    budget = TextBudget(limits.max_text_chars)
    budget.add(clean_text(text.replace("\t", " | ")))
    doc.body = budget.text()
    if budget.full:
        doc.truncated = True
        doc.notes.append(f"text capped at {limits.max_text_chars} characters")
    doc.headings = leading_short_lines(doc.body)
    doc.title = clean_line(title, limits.max_title_chars) or title_line(doc.body.split("\n", 20))
    doc.notes.append(note)


# --- XLS -----------------------------------------------------------------------------------------


def extract_xls(body: bytes, doc: Document, limits: ExtractLimits, hints: EncodingHints) -> None:
    """Fill `doc` from an Excel 97-2003 workbook: one line per row, cells joined by ' | '."""
    book = xlrd.open_workbook(file_contents=body, on_demand=True, logfile=io.StringIO(), verbosity=0)
    budget = TextBudget(limits.max_text_chars)
    rows_left = limits.max_rows
    rows_capped = False
    sheet_names: list[str] = []
    try:
        for sheet_index in range(book.nsheets):
            if rows_left <= 0 or budget.full:
                rows_capped = rows_left <= 0
                break
            sheet = book.sheet_by_index(sheet_index)
            sheet_names.append(clean_line(sheet.name, limits.max_heading_chars))
            rows_capped = sheet.nrows > rows_left
            for row_index in range(min(sheet.nrows, rows_left)):
                rows_left -= 1
                cells = [_xls_cell_text(cell, book.datemode)
                         for cell in sheet.row_slice(row_index, 0, min(sheet.ncols, limits.max_cols))]
                line = " | ".join(cell for cell in cells if cell)
                if line and not budget.add(line):
                    break
            book.unload_sheet(sheet_index)
    finally:
        book.release_resources()
    finish_spreadsheet(doc, budget, sheet_names, "", limits, rows_capped)


def _xls_cell_text(cell: xlrd.sheet.Cell, datemode: int) -> str:
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate_as_datetime(cell.value, datemode).date().isoformat()
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return ""
    if cell.ctype == xlrd.XL_CELL_NUMBER:
        value = cell.value
        return str(int(value)) if float(value).is_integer() and abs(value) < 1e15 else str(value)
    if cell.ctype == xlrd.XL_CELL_TEXT:
        return " ".join(str(cell.value).split())
    return ""
