"""Real document files for tests, written by the libraries that make them (reportlab for PDF).

Imported as `hostile.files` by test modules (pytest puts tests/ on sys.path) and as `files` by
tests/hostile/server.py, which runs as a script from this folder.
"""

from __future__ import annotations

import io
from pathlib import Path

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")  # Debian's fonts-dejavu-core (scripts/setup.sh)


def make_pdf(pages: list[list[str]], title: str | None = None, outline: list[str] | None = None) -> bytes:
    """A PDF with the given lines per page and an embedded DejaVu Sans, so Kazakh letters survive extraction."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVuSans", str(DEJAVU)))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    if title is not None:
        pdf.setTitle(title)
    for page_index, lines in enumerate(pages):
        pdf.setFont("DejaVuSans", 11)
        if outline and page_index < len(outline):
            pdf.bookmarkPage(f"p{page_index}")
            pdf.addOutlineEntry(outline[page_index], f"p{page_index}", level=0)
        y = 790
        for line in lines:
            pdf.drawString(50, y, line)
            y -= 18
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()
