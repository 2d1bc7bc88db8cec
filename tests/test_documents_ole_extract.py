"""Legacy Word (.doc) and Excel (.xls) files (documents.ole_extract).

Two sources of real files: LibreOffice converts python-docx/openpyxl files when `soffice` is
installed (Debian libreoffice-writer-nogui / libreoffice-calc-nogui); otherwise those tests skip.
Always available: a compound file written below to the [MS-CFB] and [MS-DOC] layouts, which both
container readers (olefile and xlrd's) must open.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import docx
import openpyxl
import pytest

from detectors.extract import ole_extract
from detectors.extract.extract import extract_document, sniff_kind

PLAN_KK = "Сыбайлас жемқорлыққа қарсы іс-қимыл жоспары"
KAZAKH_LETTERS = "әғқңөұүһі"
URL = "http://127.0.1.5:8080/upload/file"

SECTOR = 512
END_OF_CHAIN, FREE_SECTOR, FAT_SECTOR, NO_STREAM = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF


def _directory_entry(name: str, kind: int, start: int, size: int, right: int = NO_STREAM,
                     child: int = NO_STREAM) -> bytes:
    encoded = (name + "\x00").encode("utf-16-le") if name else b""
    entry = encoded.ljust(64, b"\x00")
    entry += struct.pack("<HBBIII", len(encoded), kind, 1, NO_STREAM, right, child)
    entry += b"\x00" * 16 + b"\x00" * 4 + b"\x00" * 16  # clsid, state bits, times
    return entry + struct.pack("<IQ", start, size)


def make_compound_file(streams: dict[str, bytes]) -> bytes:
    """A version-3 compound file holding the given streams (each padded past the 4 KiB mini-stream cutoff)."""
    padded = {name: data.ljust(max(len(data), 4096), b"\x00") for name, data in streams.items()}
    fat = [FAT_SECTOR, END_OF_CHAIN]  # sector 0: the FAT, sector 1: the directory
    sectors = [b"", b""]
    entries = [_directory_entry("Root Entry", 5, END_OF_CHAIN, 0, child=1 if streams else NO_STREAM)]
    names = list(padded)
    for index, name in enumerate(names):
        data = padded[name].ljust(-(-len(padded[name]) // SECTOR) * SECTOR, b"\x00")
        first = len(fat)
        count = len(data) // SECTOR
        fat.extend(range(first + 1, first + count))
        fat.append(END_OF_CHAIN)
        sectors.extend(data[offset:offset + SECTOR] for offset in range(0, len(data), SECTOR))
        right = index + 2 if index + 1 < len(names) else NO_STREAM  # a chain of right siblings
        entries.append(_directory_entry(name, 2, first, len(padded[name]), right=right))
    assert len(fat) <= SECTOR // 4 and len(entries) <= 4, "keep test files small"
    entries += [_directory_entry("", 0, 0, 0)] * (4 - len(entries))
    sectors[0] = struct.pack(f"<{SECTOR // 4}I", *fat, *[FREE_SECTOR] * (SECTOR // 4 - len(fat)))
    sectors[1] = b"".join(entries)
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16
    header += struct.pack("<HHHHH6sIIIIIIIII", 0x3E, 3, 0xFFFE, 9, 6, b"\x00" * 6, 0, 1, 1, 0, 4096,
                          END_OF_CHAIN, 0, END_OF_CHAIN, 0)
    header += struct.pack("<109I", 0, *[FREE_SECTOR] * 108)
    return header + b"".join(sectors)


def make_word97(unicode_text: str, ansi_text: str) -> bytes:
    """A minimal Word 97 file: FIB, a UTF-16 piece and a compressed (cp1252) piece, CLX in 1Table."""
    word = bytearray(0x1400)
    struct.pack_into("<HH", word, 0, 0xA5EC, 0x00C1)
    struct.pack_into("<H", word, 0x0A, 0x0200)  # fWhichTblStm: the CLX is in 1Table
    struct.pack_into("<I", word, 0x18, 0x800)  # fcMin: where the text starts
    struct.pack_into("<I", word, 0x4C, len(unicode_text))  # ccpText (a damaged file is salvaged from these)
    unicode_bytes = unicode_text.encode("utf-16-le")
    word[0x800:0x800 + len(unicode_bytes)] = unicode_bytes
    ansi_bytes = ansi_text.encode("cp1252")
    word[0x1200:0x1200 + len(ansi_bytes)] = ansi_bytes
    cps = (0, len(unicode_text), len(unicode_text) + len(ansi_text))
    plc = struct.pack("<3I", *cps) + struct.pack("<HIH", 0, 0x800, 0) + struct.pack("<HIH", 0, 0x40000000 | 0x2400, 0)
    clx = b"\x01" + struct.pack("<H", 2) + b"\x00\x00" + b"\x02" + struct.pack("<I", len(plc)) + plc
    struct.pack_into("<II", word, 0x01A2, 0, len(clx))
    return make_compound_file({"WordDocument": bytes(word), "1Table": clx})


WORD_TEXT = (f"{PLAN_KK}\r{KAZAKH_LETTERS}\r\x13 HYPERLINK \"http://example.kz\" \x14Сілтеме\x15\r"
             "Іс-шара\x07Мерзімі\x07\x07Семинар\x072025\x07\x07")


@pytest.fixture(params=[True, False], ids=["olefile", "xlrd-compdoc"])
def container_reader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> bool:
    """Run a test with olefile (when installed) and with the reader bundled in xlrd."""
    if request.param and ole_extract.olefile is None:
        pytest.skip("olefile is not installed")
    if not request.param:
        monkeypatch.setattr(ole_extract, "olefile", None)
    return request.param


def test_word97_piece_table(container_reader: bool) -> None:
    body = make_word97(WORD_TEXT, "Plain ANSI piece.\r")
    assert sniff_kind(body, "application/octet-stream") == "doc"
    doc = extract_document(body, URL + ".pdf", "application/pdf")
    assert doc.kind == "doc"
    assert doc.body.split("\n") == [PLAN_KK, KAZAKH_LETTERS, "Сілтеме", "Іс-шара | Мерзімі", "Семинар | 2025",
                                    "Plain ANSI piece."]
    assert doc.title == PLAN_KK
    assert "doc: best-effort text (piece table)" in doc.notes


def test_word_stream_without_a_readable_piece_table_falls_back_to_printable_runs() -> None:
    stream = b"\x00\x01" * 100 + f"  {PLAN_KK}  ".encode("utf-16-le") + b"\x00\xff\x13" * 50
    body = make_compound_file({"WordDocument": stream})
    doc = extract_document(body, URL)
    assert doc.kind == "doc"
    assert PLAN_KK in doc.body
    assert "doc: best-effort text (printable runs)" in doc.notes


def test_encrypted_word_file_is_noted() -> None:
    word = bytearray(0x1000)
    struct.pack_into("<HH", word, 0, 0xA5EC, 0x00C1)
    struct.pack_into("<H", word, 0x0A, 0x0100)
    doc = extract_document(make_compound_file({"WordDocument": bytes(word), "0Table": b"x"}), URL)
    assert doc.kind == "doc"
    assert doc.body == ""
    assert "doc: password-protected, text not readable" in doc.notes


def test_ole_files_of_other_programs_are_binary() -> None:
    body = make_compound_file({"PowerPoint Document": b"x" * 10})
    assert sniff_kind(body) == "binary"
    doc = extract_document(body, URL + ".doc", "application/msword")
    assert doc.kind == "binary"
    assert any("ppt" in note for note in doc.notes)
    assert sniff_kind(make_compound_file({"EncryptedPackage": b"x"})) == "binary"


def test_damaged_ole_container_is_sniffed_by_its_directory_names() -> None:
    body = make_word97(WORD_TEXT, "")
    damaged = body[:8] + b"\xff" * 60 + body[68:]  # header wrecked, directory sector intact
    assert sniff_kind(damaged) == "doc"
    doc = extract_document(damaged, URL)
    assert doc.kind == "doc"
    assert PLAN_KK in doc.body
    assert "doc: best-effort text (printable runs)" in doc.notes


def test_container_without_directory_is_found_by_the_word_header() -> None:
    body = make_word97(WORD_TEXT, "")
    truncated = body[: len(body) - 2 * 512]  # the directory survives, but the header is wrecked too
    wrecked = truncated[:8] + b"\xff" * 100 + truncated[108:]
    wrecked = wrecked.replace("WordDocument".encode("utf-16-le"), b"X" * 24)
    assert sniff_kind(wrecked) == "doc"
    assert PLAN_KK in extract_document(wrecked, URL, truncated=True).body
    assert sniff_kind(wrecked[:1024]) == "binary"  # no Word header left: nothing to go on


# --- real files converted by LibreOffice -----------------------------------------------------------

SOFFICE = shutil.which("soffice")


@pytest.fixture(scope="module")
def libreoffice_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    folder = tmp_path_factory.mktemp("libreoffice")
    document = docx.Document()
    document.core_properties.title = "Жоспар"
    document.add_heading(PLAN_KK, level=1)
    document.add_paragraph(f"Әріптер: {KAZAKH_LETTERS} {KAZAKH_LETTERS.upper()}")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Іс-шара", "Мерзімі"
    document.save(folder / "plan.docx")
    workbook = openpyxl.Workbook()
    workbook.active.title = "Есеп"
    workbook.active.append(["№", PLAN_KK, 2025])
    workbook.save(folder / "report.xlsx")
    profile = (folder / "profile").as_uri()
    for source, target in (("plan.docx", "doc"), ("report.xlsx", "xls")):
        subprocess.run([SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", target,
                        "--outdir", str(folder), str(folder / source)],
                       check=True, capture_output=True, timeout=120)
    return {"doc": Path(folder / "plan.doc").read_bytes(), "xls": Path(folder / "report.xls").read_bytes()}


def test_libreoffice_doc(libreoffice_files: dict[str, bytes], container_reader: bool) -> None:
    doc = extract_document(libreoffice_files["doc"], URL + ".docx")
    assert doc.kind == "doc"
    assert doc.body.split("\n") == [PLAN_KK, f"Әріптер: {KAZAKH_LETTERS} {KAZAKH_LETTERS.upper()}",
                                    "Іс-шара | Мерзімі"]
    assert doc.title == "Жоспар"  # from the SummaryInformation stream


def test_libreoffice_xls(libreoffice_files: dict[str, bytes]) -> None:
    doc = extract_document(libreoffice_files["xls"], URL + ".xlsx")
    assert doc.kind == "xls"
    assert doc.headings == ["Есеп"]
    assert doc.body == f"№ | {PLAN_KK} | 2025"


def test_truncated_xls_gives_a_note(libreoffice_files: dict[str, bytes]) -> None:
    body = libreoffice_files["xls"]
    doc = extract_document(body[: len(body) // 3], URL, truncated=True)
    assert doc.kind in ("xls", "binary")
    assert doc.truncated
    assert any(note.startswith(("xls: cannot parse", "binary: not a text document")) for note in doc.notes)
