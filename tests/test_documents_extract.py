"""extract_document / sniff_kind: format by content, header handling, caps, hostile input."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from scrapy.http import Headers

from detectors.extract.extract import extract_document, sniff_kind

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
PLAN_KK = "Сыбайлас жемқорлыққа қарсы іс-қимыл жоспары"
KAZAKH_LETTERS = "әғқңөұүһі"
URL = "http://127.0.1.5:8080/files/plan.docx"


@pytest.fixture(scope="module")
def pdf_bytes() -> bytes:
    if not FONT.exists():
        pytest.skip("DejaVu Sans is not installed")
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT)))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.setFont("DejaVuSans", 12)
    pdf.drawString(50, 750, PLAN_KK)
    pdf.drawString(50, 730, KAZAKH_LETTERS)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@pytest.fixture(scope="module")
def docx_bytes() -> bytes:
    document = docx.Document()
    document.add_heading(PLAN_KK, level=1)
    document.add_paragraph("Мазмұны")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def xlsx_bytes() -> bytes:
    workbook = openpyxl.Workbook()
    workbook.active.append(["№", PLAN_KK])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# --- sniffing ------------------------------------------------------------------------------------


def test_pdf_served_as_text_html_named_docx_is_a_pdf(pdf_bytes: bytes) -> None:
    assert sniff_kind(pdf_bytes, "text/html; charset=utf-8") == "pdf"
    doc = extract_document(pdf_bytes, URL, "text/html; charset=utf-8")
    assert doc.kind == "pdf"
    assert PLAN_KK in doc.body


def test_docx_served_as_pdf_is_a_docx(docx_bytes: bytes) -> None:
    doc = extract_document(docx_bytes, "http://127.0.0.1/plan.pdf", "application/pdf")
    assert doc.kind == "docx"
    assert doc.headings == [PLAN_KK]


def test_html_error_page_named_pdf_is_html() -> None:
    body = b"<!DOCTYPE html><html><head><title>404</title></head><body><h1>Not found</h1></body></html>"
    doc = extract_document(body, "http://127.0.0.1/plan.pdf", "application/pdf")
    assert doc.kind == "html"
    assert doc.title == "404"


@pytest.mark.parametrize(("body", "content_type", "kind"), [
    (b"%PDF-1.4\n...", None, "pdf"),
    (b"\xef\xbb\xbf junk before %PDF-1.7", None, "pdf"),
    (b"<!doctype html><p>x", None, "html"),
    (b"\n\n  <HTML><body>x", "text/plain", "html"),
    (b"<?php warning ?>\n<html lang='kk'><body>x</body></html>", None, "html"),
    (b"<div class='news'>fragment</div>", None, "html"),
    (b"plain words, no tags", "text/html", "html"),
    (b"plain words, no tags", "text/plain", "text"),
    (b"plain words, no tags", None, "text"),
    ("Противодействие коррупции".encode("cp1251"), None, "text"),
    (b'{"json": true}', "application/json", "text"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "text/html", "binary"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "application/pdf", "binary"),
    (b"GIF89a\x01\x00", None, "binary"),
    (b"\x1f\x8b\x08\x00\x00\x00", "text/html", "binary"),
    (b"{\\rtf1\\ansi text}", "application/msword", "binary"),
    (b"<svg xmlns='http://www.w3.org/2000/svg'></svg>", "image/svg+xml", "binary"),
    (b"\x00\x01\x02\x03" * 100, None, "binary"),
    (b"", None, "text"),
    (b"", "text/html", "html"),
])
def test_sniff_kind_table(body: bytes, content_type: str | None, kind: str) -> None:
    assert sniff_kind(body, content_type) == kind


def test_sniff_office_zips(docx_bytes: bytes, xlsx_bytes: bytes) -> None:
    assert sniff_kind(docx_bytes, "application/octet-stream") == "docx"
    assert sniff_kind(xlsx_bytes, "text/html") == "xlsx"
    assert sniff_kind(docx_bytes[:2000]) == "docx"  # truncated: names read from local headers
    assert sniff_kind(xlsx_bytes[:3000]) == "xlsx"


def test_binary_gives_empty_text_and_a_note() -> None:
    doc = extract_document(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "http://127.0.0.1/logo.pdf", "application/pdf")
    assert doc.kind == "binary"
    assert doc.body == "" and doc.title == "" and doc.links == []
    assert doc.notes == ["binary: not a text document (png image)"]


def test_plain_text_document() -> None:
    body = "План мероприятий\r\n\r\n  1. Семинар  \r\n".encode("cp1251")
    doc = extract_document(body, "http://127.0.0.1/readme.txt", "text/plain")
    assert doc.kind == "text"
    assert doc.body == "План мероприятий\n1. Семинар"
    assert doc.title == "План мероприятий"
    utf8 = extract_document(f"{PLAN_KK}\n{KAZAKH_LETTERS}".encode(), "http://127.0.0.1/a.txt", "text/plain")
    assert utf8.body == f"{PLAN_KK}\n{KAZAKH_LETTERS}"


# --- headers, caps, referrer evidence ------------------------------------------------------------


def test_last_modified_and_content_type_from_headers() -> None:
    body = "<html><head><meta charset='windows-1251'></head><body><p>Тест</p></body></html>".encode("cp1251")
    headers = {"content-type": "text/html; charset=windows-1251", "last-modified": "Tue, 04 Mar 2025 10:00:00 GMT"}
    doc = extract_document(body, "http://127.0.0.1/", headers=headers)
    assert doc.last_modified == "Tue, 04 Mar 2025 10:00:00 GMT"
    assert doc.body == "Тест"


def test_scrapy_headers_object_is_accepted() -> None:
    headers = Headers({"Last-Modified": "Mon, 01 Sep 2025 00:00:00 GMT", "Content-Type": "text/html",
                       "Content-Length": "10"})
    doc = extract_document(b"<p>ok</p>", "http://127.0.0.1/", headers=headers)
    assert doc.last_modified == "Mon, 01 Sep 2025 00:00:00 GMT"
    assert not doc.truncated


def test_truncation_from_the_caller_and_from_content_length() -> None:
    body = b"<html><body><p>partial"
    flagged = extract_document(body, "http://127.0.0.1/", truncated=True)
    assert flagged.truncated
    assert f"body truncated by the crawler at {len(body)} bytes" in flagged.notes
    by_length = extract_document(body, "http://127.0.0.1/", headers={"Content-Length": "50000"})
    assert by_length.truncated
    gzip_overhead = extract_document(body, "http://127.0.0.1/", headers={"Content-Length": str(len(body) + 40)})
    assert not gzip_overhead.truncated


def test_max_text_chars_caps_html() -> None:
    body = ("<html><body>" + f"<p>{PLAN_KK}</p>" * 500 + "</body></html>").encode()
    doc = extract_document(body, "http://127.0.0.1/", max_text_chars=1000)
    assert len(doc.body) == 1000
    assert doc.truncated
    assert "text capped at 1000 characters" in doc.notes


def test_anchor_texts_and_referrer_title_are_carried() -> None:
    doc = extract_document(b"%PDF-broken", "http://127.0.0.1/x.pdf", anchor_texts=["Жоспар", ""],
                           referrer_title="Антикор")
    assert doc.anchor_texts == ["Жоспар"]
    assert doc.referrer_title == "Антикор"


def test_empty_body() -> None:
    doc = extract_document(b"", "http://127.0.0.1/x")
    assert doc.body == ""
    assert doc.notes == ["empty body"]


# --- hostile input -------------------------------------------------------------------------------


def test_random_bytes_never_raise() -> None:
    generator = random.Random(20250301)
    prefixes = [b"", b"%PDF-1.7\n", b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"<html>", b"\xef\xbb\xbf",
                b"\xff\xfe", b"{\\rtf1"]
    for index in range(240):
        body = prefixes[index % len(prefixes)] + generator.randbytes(generator.randrange(0, 3000))
        doc = extract_document(body, "http://127.0.0.1/fuzz", generator.choice([None, "text/html", "application/pdf"]))
        assert doc.kind in {"html", "pdf", "docx", "xlsx", "doc", "xls", "text", "binary"}
        assert isinstance(doc.body, str)


def test_mutated_documents_never_raise(pdf_bytes: bytes, docx_bytes: bytes, xlsx_bytes: bytes) -> None:
    generator = random.Random(7)
    for original in (pdf_bytes, docx_bytes, xlsx_bytes):
        for _ in range(25):
            mutated = bytearray(original)
            for _ in range(generator.randrange(1, 40)):
                mutated[generator.randrange(len(mutated))] = generator.randrange(256)
            cut = generator.choice([len(mutated), generator.randrange(1, len(mutated))])
            doc = extract_document(bytes(mutated[:cut]), "http://127.0.0.1/mutant")
            assert isinstance(doc.body, str)


def test_zip_with_huge_declared_document_xml_is_refused() -> None:
    """A crafted zip directory that claims a 4 GB document.xml is refused without inflating it."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    body = bytearray(buffer.getvalue())
    # Patch the uncompressed size (offset 24 in the central directory entry) of word/document.xml.
    entry = body.rfind(b"PK\x01\x02")
    assert body[entry + 46:entry + 46 + 17] == b"word/document.xml"
    body[entry + 24:entry + 28] = (4_000_000_000).to_bytes(4, "little")
    doc = extract_document(bytes(body), URL)
    assert doc.kind == "docx"
    assert any("refused" in note and "inflates" in note for note in doc.notes), doc.notes
