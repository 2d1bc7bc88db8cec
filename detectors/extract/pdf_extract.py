"""PDF text: pypdfium2 first (about 0.5 ms/page, Kazakh glyphs intact), pypdf when pdfium refuses.

A PDF that neither library opens leaves an empty body and a note "pdf: cannot parse (...)".
"""

from __future__ import annotations

import io
import logging
import re
import threading

import pypdfium2

from detectors.document import Document
from detectors.extract.textutil import (
    EncodingHints,
    ExtractLimits,
    TextBudget,
    clean_line,
    clean_text,
    dedupe,
    leading_short_lines,
    reflow_wrapped_lines,
    title_line,
)

logger = logging.getLogger(__name__)

# Producer boilerplate that authoring tools write into the Title field instead of a title.
_TITLE_PREFIX_RE = re.compile(r"^(?:microsoft\s+(?:word|excel|powerpoint)\s*-\s*)", re.IGNORECASE)
_TITLE_EXTENSION_RE = re.compile(r"\.(?:docx?|xlsx?|pptx?|rtf|odt|pdf|txt)$", re.IGNORECASE)
_USELESS_TITLES = frozenset({"", "untitled", "title", "document", "без названия", "документ", "presentation"})
_MAX_OUTLINE_ITEMS = 200


# PDFium is not thread-safe; a crawler that extracts in a thread pool must not enter it twice.
_PDFIUM_LOCK = threading.Lock()


class PdfParseError(Exception):
    """Neither PDF library could open the file."""


def extract_pdf(body: bytes, doc: Document, limits: ExtractLimits, hints: EncodingHints) -> None:
    """Fill `doc` from a PDF: per-page text joined, title from metadata or the first line."""
    try:
        pages, page_count, meta_title, outline = _read_with_pdfium(body, limits)
    except Exception as pdfium_error:  # pdfium reports every problem as PdfiumError/OSError/ValueError
        logger.debug("pdfium failed on %s: %s", doc.url, pdfium_error)
        try:
            pages, page_count, meta_title, outline = _read_with_pypdf(body, limits)
        except Exception as pypdf_error:
            doc.notes.append(f"pdf: cannot parse ({_describe(pdfium_error)}; pypdf: {_describe(pypdf_error)})")
            return
        doc.notes.append(f"pdf: read with pypdf ({_describe(pdfium_error)})")

    budget = TextBudget(limits.max_text_chars)
    for page_text in pages:
        if not budget.add(reflow_wrapped_lines(clean_text(page_text))):
            break
    doc.body = budget.text()
    if budget.full:
        doc.truncated = True
        doc.notes.append(f"text capped at {limits.max_text_chars} characters")
    if page_count > limits.max_pages:
        doc.truncated = True
        doc.notes.append(f"pdf: read the first {limits.max_pages} of {page_count} pages")
    if page_count and not doc.body:
        doc.notes.append("pdf: no text layer (scanned image?); OCR is not done")

    outline_titles = [clean_line(item, limits.max_heading_chars) for item in outline]
    doc.headings = dedupe([*outline_titles, *leading_short_lines(doc.body)], limits.max_headings)
    doc.title = _usable_title(meta_title, limits) or title_line(doc.body.split("\n", 20))


def _read_with_pdfium(body: bytes, limits: ExtractLimits) -> tuple[list[str], int, str, list[str]]:
    with _PDFIUM_LOCK:
        return _read_with_pdfium_unlocked(body, limits)


def _read_with_pdfium_unlocked(body: bytes, limits: ExtractLimits) -> tuple[list[str], int, str, list[str]]:
    pdf = pypdfium2.PdfDocument(body)
    try:
        page_count = len(pdf)
        meta_title = str(pdf.get_metadata_value("Title") or "")
        outline: list[str] = []
        try:
            for item in pdf.get_toc(max_depth=2):
                if len(outline) >= _MAX_OUTLINE_ITEMS:
                    break
                outline.append(item.get_title() if hasattr(item, "get_title") else str(item.title))
        except Exception as exc:  # a broken outline must not cost the text
            logger.debug("pdf outline unreadable: %s", exc)
        pages: list[str] = []
        for index in range(min(page_count, limits.max_pages)):
            page = pdf[index]
            try:
                text_page = page.get_textpage()
                try:
                    pages.append(text_page.get_text_range())
                finally:
                    text_page.close()
            finally:
                page.close()
        return pages, page_count, meta_title, outline
    finally:
        pdf.close()


def _read_with_pypdf(body: bytes, limits: ExtractLimits) -> tuple[list[str], int, str, list[str]]:
    import pypdf  # imported lazily: only needed for the PDFs pdfium refuses

    reader = pypdf.PdfReader(io.BytesIO(body), strict=False)
    if reader.is_encrypted and not reader.decrypt(""):
        raise PdfParseError("encrypted with a password")
    page_count = len(reader.pages)
    pages = [reader.pages[index].extract_text() or "" for index in range(min(page_count, limits.max_pages))]
    meta_title = ""
    if reader.metadata is not None and reader.metadata.title:
        meta_title = str(reader.metadata.title)
    return pages, page_count, meta_title, []


def _usable_title(raw: str, limits: ExtractLimits) -> str:
    """The metadata title unless it is authoring-tool boilerplate."""
    title = _TITLE_EXTENSION_RE.sub("", _TITLE_PREFIX_RE.sub("", clean_line(raw, limits.max_title_chars)))
    title = title.strip()
    return "" if title.lower() in _USELESS_TITLES or not any(ch.isalpha() for ch in title) else title


def _describe(exc: BaseException) -> str:
    message = " ".join(str(exc).split())[:200]
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__
