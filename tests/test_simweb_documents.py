"""simweb.documents: real PDFs keep Kazakh glyphs, DOCX files open in python-docx, bytes are deterministic."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import docx
import pypdfium2 as pdfium
import pytest

from simweb.documents import BlobStore, DocSpec, render_docx, render_pdf

KAZAKH = "әғқңөұүһі"
TITLE = "Парасаттылық мектебінің 2026-2027 оқу жылына арналған жұмыс жоспары"


def pdf_text(data: bytes) -> str:
    pdf = pdfium.PdfDocument(data)
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def spec(fmt: str, **changes: object) -> DocSpec:
    base = {"fmt": fmt, "lang": "kk", "title": TITLE, "header": ("БЕКІТЕМІН", "Ректор ______"),
            "lines": ("Сыбайлас жемқорлыққа қарсы іс-қимыл: ә ғ қ ң ө ұ ү һ і",
                      "№ | Іс-шараның атауы | Мерзімі", "1 | Дөңгелек үстел | қараша"),
            "issued": date(2026, 9, 12)}
    return DocSpec(**{**base, **changes})  # type: ignore[arg-type]


def test_pdf_text_keeps_kazakh_letters() -> None:
    text = pdf_text(render_pdf(spec("pdf")))
    assert TITLE in text.replace("\r\n", " ").replace("\n", " ")
    assert all(ch in text for ch in KAZAKH)
    assert "\ufffd" not in text


def test_long_pdf_wraps_onto_more_pages_without_losing_text() -> None:
    lines = tuple(f"{i} Сыбайлас жемқорлыққа қарсы шара" for i in range(120))
    data = render_pdf(spec("pdf", lines=lines))
    assert len(pdfium.PdfDocument(data)) >= 2
    assert "119 Сыбайлас жемқорлыққа қарсы шара" in pdf_text(data)


def test_docx_opens_with_title_and_table() -> None:
    document = docx.Document(io.BytesIO(render_docx(spec("docx"))))
    texts = [p.text for p in document.paragraphs]
    assert TITLE in texts
    assert document.tables[0].cell(1, 1).text == "Дөңгелек үстел"
    assert document.core_properties.created.year == 2026


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_documents_are_byte_identical_across_renders(fmt: str) -> None:
    render = render_pdf if fmt == "pdf" else render_docx
    assert render(spec(fmt)) == render(spec(fmt))
    assert render(spec(fmt)) != render(spec(fmt, title=TITLE + " (2)"))


def test_blob_store_renders_once_and_links_everywhere(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "blobs")
    one = spec("pdf")
    store.publish(one, tmp_path / "a" / "doc_1.pdf")
    store.publish(one, tmp_path / "b" / "Жоспар.pdf")
    store.publish(spec("docx"), tmp_path / "b" / "x.docx")
    store.flush(workers=1)
    assert store.rendered == 2
    a, b = tmp_path / "a" / "doc_1.pdf", tmp_path / "b" / "Жоспар.pdf"
    assert a.read_bytes() == b.read_bytes() and a.stat().st_ino == b.stat().st_ino
    assert int(a.stat().st_mtime) == 1789214400  # noon UTC of the issue date: the served Last-Modified


def test_generated_kazakh_pdfs_extract_cleanly(tmp_path: Path) -> None:
    from simweb.generate import generate

    web = generate(12, 11, tmp_path / "web", date(2026, 11, 25))
    letters: set[str] = set()
    kk_pdfs = 0
    for blob in (web.out_dir / "blobs").glob("*.pdf"):
        text = pdf_text(blob.read_bytes())
        assert "\ufffd" not in text
        found = {ch for ch in KAZAKH if ch in text}
        if found:
            kk_pdfs += 1
            letters |= found
    assert kk_pdfs >= 5
    assert letters == set(KAZAKH)
