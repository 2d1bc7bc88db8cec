"""How fast documents.extract turns bytes into Documents: prints ms per page/document.

    .venv/bin/python benchmarks/extract_speed.py [--repeat N]

Inputs are generated here with real libraries: a ~30 KB CMS-like HTML page (menus, news list,
table, scripts), a 20-page PDF (reportlab + DejaVu Sans, Kazakh and Russian text) and a DOCX
(python-docx, 200 paragraphs, headings and a 30-row table). Timings are the median of N runs.
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from collections.abc import Callable

from detectors.extract.extract import extract_document, sniff_kind

FONT_PATH = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
KK_SENTENCE = ("Сыбайлас жемқорлыққа қарсы іс-қимыл жоспары бекітілді; әдеп жөніндегі комиссия "
               "ғылыми кеңестің шешімін қарады, өңірлік үйлестіру һәм ұйымдастыру жұмыстары жүргізілді.")
RU_SENTENCE = ("План мероприятий по противодействию коррупции на 2025-2026 учебный год утверждён "
               "решением учёного совета; комиссия по этике рассмотрела обращения студентов.")


def make_html_page(target_bytes: int = 30_000) -> bytes:
    """A page shaped like a university CMS page: head assets, two menus, news, a table, scripts."""
    menu = "".join(f'<li class="menu-item"><a href="/kk/section-{i}/">Бөлім {i} — Раздел {i}</a>'
                   f'<ul class="sub"><li><a href="/kk/section-{i}/sub-{j}">Ішкі бет {j}</a></li></ul></li>'
                   for i in range(12) for j in range(2))
    head = ('<!DOCTYPE html><html lang="kk"><head><meta charset="utf-8"><title>Сыбайлас жемқорлыққа қарсы '
            'іс-қимыл | Университет</title><meta name="viewport" content="width=device-width">'
            + "".join(f'<link rel="stylesheet" href="/static/css/{i}.css">' for i in range(6))
            + "<style>.menu{display:flex}.sub{display:none}</style>"
            + '<script src="/static/js/jquery.min.js"></script></head>')
    body = [f'<body><header><nav class="menu"><ul>{menu}</ul></nav></header><main><h1>Сыбайлас жемқорлыққа '
            'қарсы іс-қимыл</h1><div class="breadcrumbs"><a href="/">Басты бет</a> / <span>Антикор</span></div>']
    index = 0
    while sum(len(part.encode()) for part in body) < target_bytes - 4000:
        body.append(f'<article class="news"><h2><a href="/kk/news/{index}">Жаңалық {index}: {KK_SENTENCE[:60]}</a>'
                    f'</h2><p>{KK_SENTENCE} {RU_SENTENCE}</p><p><a href="/upload/docs/plan-{index}.pdf">'
                    f'Жоспар {index}.pdf</a> <span class="date">12.03.2025</span></p></article>')
        index += 1
    rows = "".join(f"<tr><td>{i}</td><td>{RU_SENTENCE[:50]}</td><td>2025</td></tr>" for i in range(10))
    body.append(f"<table><thead><tr><th>№</th><th>Мероприятие</th><th>Срок</th></tr></thead>{rows}</table>")
    body.append('</main><footer><p>© Университет, 2025</p><a href="mailto:info@example.kz">info@example.kz</a>'
                '<a href="tel:+77170000000">+7 717 000 00 00</a></footer>'
                '<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}</script>'
                "</body></html>")
    return (head + "".join(body)).encode("utf-8")


def make_pdf(pages: int = 20) -> bytes:
    """A text PDF written with reportlab and the DejaVu Sans TTF (embedded, with ToUnicode)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVuSans", FONT_PATH))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setTitle("Сыбайлас жемқорлыққа қарсы іс-қимыл жоспары")
    for page in range(pages):
        pdf.setFont("DejaVuSans", 10)
        y = 800
        for line in range(45):
            text = (KK_SENTENCE if (page + line) % 2 else RU_SENTENCE)[:95]
            pdf.drawString(40, y, f"{page + 1}.{line + 1} {text}")
            y -= 17
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def make_docx(paragraphs: int = 200, table_rows: int = 30) -> bytes:
    """A DOCX with Heading styles, body paragraphs and a table, written with python-docx."""
    import docx

    document = docx.Document()
    document.core_properties.title = "Сыбайлас жемқорлыққа қарсы іс-қимыл жоспары"
    for index in range(paragraphs):
        if index % 20 == 0:
            document.add_heading(f"{index // 20 + 1}-бөлім. {KK_SENTENCE[:40]}", level=1)
        document.add_paragraph(KK_SENTENCE if index % 2 else RU_SENTENCE)
    table = document.add_table(rows=table_rows, cols=3)
    for row_index, row in enumerate(table.rows):
        for col_index, cell in enumerate(row.cells):
            cell.text = f"{row_index}.{col_index} {RU_SENTENCE[:30]}"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def median_ms(function: Callable[[], object], repeat: int) -> float:
    function()  # warm-up: imports, font caches, parser construction
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()

    html = make_html_page()
    big_html = make_html_page(200_000)
    pdf = make_pdf(20)
    docx_bytes = make_docx()
    url = "http://127.0.1.5:8080/kk/anticor/"

    html_doc = extract_document(html, url, "text/html; charset=utf-8")
    pdf_doc = extract_document(pdf, url + "plan.pdf")
    docx_doc = extract_document(docx_bytes, url + "plan.docx")
    html_ms = median_ms(lambda: extract_document(html, url, "text/html; charset=utf-8"), args.repeat * 4)
    big_html_ms = median_ms(lambda: extract_document(big_html, url, "text/html; charset=utf-8"), args.repeat)
    sniff_ms = median_ms(lambda: sniff_kind(html, "text/html"), args.repeat * 4)
    pdf_ms = median_ms(lambda: extract_document(pdf, url + "plan.pdf"), args.repeat)
    docx_ms = median_ms(lambda: extract_document(docx_bytes, url + "plan.docx"), args.repeat)

    print(f"html  {len(html) / 1024:6.1f} KiB  {html_ms:7.3f} ms/page   "
          f"({len(html_doc.links)} links, {len(html_doc.body)} chars; sniff alone {sniff_ms * 1000:.0f} us)")
    print(f"html  {len(big_html) / 1024:6.1f} KiB  {big_html_ms:7.3f} ms/page   (same layout, more news items)")
    print(f"pdf   {len(pdf) / 1024:6.1f} KiB  {pdf_ms / 20:7.3f} ms/page   "
          f"({pdf_ms:.1f} ms for 20 pages, {len(pdf_doc.body)} chars)")
    print(f"docx  {len(docx_bytes) / 1024:6.1f} KiB  {docx_ms:7.3f} ms/doc    "
          f"(200 paragraphs + 30x3 table, {len(docx_doc.body)} chars)")


if __name__ == "__main__":
    main()
