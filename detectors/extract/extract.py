"""Turn fetched bytes into an `adalscan.models.Document`: the "extracted documents" stage.

    registry -> crawler -> **documents** -> detectors -> evidence store -> reports

`extract_document` never raises on what a website sends: every problem (unparseable PDF, zip bomb,
wrong charset, truncated body) becomes a note on the returned Document. The format is decided by
the bytes (`sniff_kind`), never by the URL's extension; the Content-Type is only a hint.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Protocol

from detectors.document import Document
from detectors.extract.html_extract import extract_html
from detectors.extract.office_extract import UnsafeArchive, extract_docx, extract_xlsx
from detectors.extract.ole_extract import extract_doc, extract_xls
from detectors.extract.pdf_extract import extract_pdf
from detectors.extract.sniff import sniff_kind, sniff_kind_and_detail
from detectors.extract.textutil import (
    EncodingHints,
    ExtractLimits,
    charset_from_content_type,
    clean_line,
    clean_text,
    decode_body,
    header_value,
    leading_short_lines,
)

__all__ = ["ExtractLimits", "FormatExtractor", "extract_document", "sniff_kind"]

logger = logging.getLogger(__name__)


class FormatExtractor(Protocol):
    """Fills a Document (url and kind already set) from a body of one format; may raise."""

    def __call__(self, body: bytes, doc: Document, limits: ExtractLimits, hints: EncodingHints, /) -> None: ...


def extract_text(body: bytes, doc: Document, limits: ExtractLimits, hints: EncodingHints) -> None:
    """Plain text (and anything text-like that is not HTML): decoded, cleaned, first line as title."""
    decoded = decode_body(body, hints, look_in_markup=False)
    if decoded.note:
        doc.notes.append(decoded.note)
    doc.body = clean_text(decoded.text[: limits.max_text_chars + 1])
    first_line = leading_short_lines(doc.body, count=1, max_len=limits.max_title_chars)
    doc.title = first_line[0] if first_line else ""


EXTRACTORS: dict[str, FormatExtractor] = {
    "html": extract_html,
    "pdf": extract_pdf,
    "docx": extract_docx,
    "xlsx": extract_xlsx,
    "doc": extract_doc,
    "xls": extract_xls,
    "text": extract_text,
}


def extract_document(
    body: bytes,
    url: str,
    content_type: str | None = None,
    *,
    headers: Mapping[str, str] | None = None,
    max_text_chars: int = 2_000_000,
    declared_encoding: str | None = None,
    truncated: bool = False,
    max_pages: int = 200,
    max_rows: int = 20_000,
    anchor_texts: Sequence[str] = (),
    referrer_title: str = "",
) -> Document:
    """Extract one fetched resource into a Document; never raises on hostile input.

    body: the bytes as fetched (already content-decoded, i.e. un-gzipped).
    url: the final URL (after redirects); relative links are resolved against it or <base href>.
    content_type: the Content-Type value, a hint only; taken from `headers` when None.
    headers: response headers (a dict or Scrapy's Headers); Last-Modified becomes `last_modified`,
        a Content-Length larger than the body marks it truncated.
    max_text_chars: cap on the extracted body text (longer text is cut, with a note).
    declared_encoding: the charset the caller already decided on (Scrapy's response.encoding);
        honoured unless the bytes prove it wrong.
    truncated: the caller cut the body at its size cap.
    max_pages / max_rows: caps on PDF pages and spreadsheet rows read.
    anchor_texts / referrer_title: evidence from the linking page, copied onto the Document.
    """
    doc = Document(url=url, kind="binary", anchor_texts=[text for text in anchor_texts if text],
                   referrer_title=referrer_title)
    try:
        _extract_into(doc, bytes(body or b""), content_type, headers, declared_encoding, truncated,
                      ExtractLimits(max_text_chars=max_text_chars, max_pages=max_pages, max_rows=max_rows))
    except Exception as exc:  # last line of defence: a crawl must not die on one document
        logger.warning("extraction of %s failed unexpectedly", url, exc_info=True)
        doc.notes.append(f"extract: unexpected error ({_describe(exc)})")
    return doc


def _extract_into(doc: Document, body: bytes, content_type: str | None, headers: Mapping[str, str] | None,
                  declared_encoding: str | None, truncated: bool, limits: ExtractLimits) -> None:
    content_type = content_type or header_value(headers, "Content-Type")
    doc.last_modified = header_value(headers, "Last-Modified")
    if truncated or _shorter_than_declared(body, headers):
        doc.truncated = True
        doc.notes.append(f"body truncated by the crawler at {len(body)} bytes")

    kind, detail = sniff_kind_and_detail(body, content_type)
    doc.kind = kind
    if not body:
        doc.notes.append("empty body")
        return
    extractor = EXTRACTORS.get(kind)
    if extractor is None:
        doc.notes.append(f"binary: not a text document ({detail})")
        return
    hints = EncodingHints(declared=declared_encoding, header=charset_from_content_type(content_type))
    try:
        extractor(body, doc, limits, hints)
    except UnsafeArchive as exc:
        _reset_text(doc)
        doc.notes.append(f"{kind}: refused ({exc})")
    except Exception as exc:  # every library raises its own types on hostile input
        _reset_text(doc)
        logger.debug("cannot parse %s as %s", doc.url, kind, exc_info=True)
        doc.notes.append(f"{kind}: cannot parse ({_describe(exc)})")

    if len(doc.body) > limits.max_text_chars:
        doc.body = doc.body[: limits.max_text_chars]
        doc.truncated = True
        if not any(note.startswith("text capped") for note in doc.notes):
            doc.notes.append(f"text capped at {limits.max_text_chars} characters")
    doc.title = clean_line(doc.title, limits.max_title_chars)


def _shorter_than_declared(body: bytes, headers: Mapping[str, str] | None) -> bool:
    """A Content-Length clearly above the received size means the transfer was cut short.

    Scrapy drops Content-Encoding after un-gzipping but keeps Content-Length, and gzip makes tiny or
    incompressible bodies slightly larger; the margin keeps those from looking truncated.
    """
    declared = header_value(headers, "Content-Length")
    if not declared or not declared.isdigit():
        return False
    return int(declared) > len(body) + 256 + len(body) // 50


def _reset_text(doc: Document) -> None:
    """A half-parsed document is dropped whole: partial text could mislead the detectors."""
    doc.title, doc.body = "", ""
    doc.headings, doc.links = [], []
    doc.needs_js = False


def _describe(exc: BaseException) -> str:
    message = " ".join(str(exc).split())[:200]
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__
