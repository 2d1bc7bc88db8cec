"""PDF extraction with real reportlab PDFs (documents.pdf_extract)."""

from __future__ import annotations

import io

import pypdfium2
import pytest
from hostile.files import DEJAVU, make_pdf
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from detectors.extract import pdf_extract
from detectors.extract.extract import extract_document

FONT = DEJAVU
PLAN_KK = "Сыбайлас жемқорлыққа қарсы іс-қимыл жоспары"
KAZAKH_LETTERS = "әғқңөұүһі"
URL = "http://127.0.1.5:8080/upload/plan.pdf"

pytestmark = pytest.mark.skipif(not FONT.exists(), reason="DejaVu Sans (fonts-dejavu-core) is not installed")


def test_kazakh_text_survives_extraction() -> None:
    body = make_pdf([[PLAN_KK, f"Әріптер: {KAZAKH_LETTERS} {KAZAKH_LETTERS.upper()}", "2025-2026 оқу жылы"]])
    doc = extract_document(body, URL, "application/pdf")
    assert doc.kind == "pdf"
    assert PLAN_KK in doc.body
    for letter in KAZAKH_LETTERS + KAZAKH_LETTERS.upper():
        assert letter in doc.body, letter
    assert doc.notes == []


def test_title_from_metadata_and_pages_joined_in_order() -> None:
    body = make_pdf([["Бірінші бет"], ["Екінші бет"], ["Үшінші бет"]], title=PLAN_KK)
    doc = extract_document(body, URL)
    assert doc.title == PLAN_KK
    assert doc.body.split("\n") == ["Бірінші бет", "Екінші бет", "Үшінші бет"]


def test_title_falls_back_to_first_line_when_metadata_is_boilerplate() -> None:
    body = make_pdf([["БЕКІТЕМІН", PLAN_KK, "1. Жалпы ережелер"]], title="Microsoft Word - Document1.docx")
    doc = extract_document(body, URL)
    assert doc.title == "Document1"  # the file name is still better than nothing
    untitled = extract_document(make_pdf([["", "12", PLAN_KK]], title="untitled"), URL)
    assert untitled.title == PLAN_KK
    bulleted = extract_document(make_pdf([["• Студенттер тапсырмаларды апта сайын орындайды.", PLAN_KK]]), URL)
    assert bulleted.title == ""  # a document that opens with a list item has no title line


def test_running_text_wrapped_at_the_margin_reads_as_sentences() -> None:
    """reportlab wraps a long paragraph at the page margin, as word processors do: the extracted body has the
    paragraph as one line again, so no fragment of it looks like a short title line."""
    from simweb.documents import DocSpec, render_pdf

    sentence = ("Агенттік департаментінің директоры биыл магистратураға түсу үшін тапсырылатын емтихан кезінде "
                "қандай бұзушылықтар тіркелгенін айтып берді, деп хабарлайды тілші.")
    spec = DocSpec(fmt="pdf", lang="kk", title="Жаңалықтар", header=(), lines=(sentence, sentence),
                   issued=__import__("datetime").date(2025, 9, 1))
    doc = extract_document(render_pdf(spec), URL)
    assert doc.body.split("\n")[1:] == [sentence, sentence]


def test_headings_from_outline_then_first_short_lines() -> None:
    body = make_pdf([["1. Жалпы ережелер", "X" * 300], ["2. Іс-шаралар"]], outline=["Жалпы ережелер", "Іс-шаралар"])
    doc = extract_document(body, URL)
    assert doc.headings[:2] == ["Жалпы ережелер", "Іс-шаралар"]
    assert "1. Жалпы ережелер" in doc.headings
    assert all(len(heading) <= 150 for heading in doc.headings)


def test_max_pages_caps_and_marks_truncated() -> None:
    body = make_pdf([[f"Бет {index}"] for index in range(1, 8)])
    doc = extract_document(body, URL, max_pages=3)
    assert doc.body.split("\n") == ["Бет 1", "Бет 2", "Бет 3"]
    assert doc.truncated
    assert "pdf: read the first 3 of 7 pages" in doc.notes


def test_max_text_chars_caps_and_marks_truncated() -> None:
    body = make_pdf([[PLAN_KK] * 30 for _ in range(3)])
    doc = extract_document(body, URL, max_text_chars=500)
    assert len(doc.body) == 500
    assert doc.truncated
    assert any(note.startswith("text capped at 500") for note in doc.notes)


def test_broken_pdf_gives_a_note_not_an_exception() -> None:
    doc = extract_document(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage garbage", URL, "application/pdf")
    assert doc.kind == "pdf"
    assert doc.body == ""
    assert any(note.startswith("pdf: cannot parse (") for note in doc.notes), doc.notes


@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.9, 0.99])
def test_truncated_pdf_never_raises(fraction: float) -> None:
    body = make_pdf([[PLAN_KK, f"Бет {index}"] for index in range(5)])
    doc = extract_document(body[: int(len(body) * fraction)], URL, truncated=True)
    assert doc.kind == "pdf"
    assert doc.truncated
    assert doc.body == "" or PLAN_KK in doc.body  # pdfium may rebuild the cross-reference table
    assert doc.body or any(note.startswith("pdf:") for note in doc.notes)


def test_image_only_pdf_is_noted_as_without_text_layer() -> None:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.rect(100, 100, 200, 200, fill=1)
    pdf.showPage()
    pdf.save()
    doc = extract_document(buffer.getvalue(), URL)
    assert doc.body == ""
    assert any("no text layer" in note for note in doc.notes)


def test_pypdf_reads_what_pdfium_refuses(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise pypdfium2.PdfiumError("refused for the test")

    monkeypatch.setattr(pdf_extract.pypdfium2, "PdfDocument", refuse)
    doc = extract_document(make_pdf([[PLAN_KK]], title="Жоспар"), URL)
    assert PLAN_KK in doc.body
    assert doc.title == "Жоспар"
    assert any(note.startswith("pdf: read with pypdf") for note in doc.notes)
