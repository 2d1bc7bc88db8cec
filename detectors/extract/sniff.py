"""Decide a fetched body's format from its bytes; the Content-Type header is only a hint.

University sites serve PDFs as text/html, DOCX files named .pdf and HTML error pages named .docx,
so the magic bytes decide. The kinds are: html, pdf, docx, xlsx, doc, xls, text, binary.
"""

from __future__ import annotations

import io
import re
import zipfile

from detectors.extract.ole_extract import find_word_fib, ole_stream_names

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")

# Formats that are certainly not text documents, by their first bytes.
_BINARY_MAGICS: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "png image"), (b"\xff\xd8\xff", "jpeg image"), (b"GIF8", "gif image"),
    (b"\x1f\x8b", "gzip archive"), (b"7z\xbc\xaf", "7z archive"), (b"Rar!", "rar archive"),
    (b"BZh", "bzip2 archive"), (b"\xfd7zXZ", "xz archive"), (b"wOFF", "woff font"), (b"wOF2", "woff2 font"),
    (b"OTTO", "opentype font"), (b"ID3", "mp3 audio"), (b"OggS", "ogg media"), (b"fLaC", "flac audio"),
    (b"%!PS", "postscript"), (b"{\\rtf", "rtf document"), (b"\x7fELF", "executable"),
    (b"\x1a\x45\xdf\xa3", "matroska video"), (b"AT&TFORM", "djvu document"),
)

# WHATWG MIME sniffing starts an HTML document with one of these tags (after whitespace).
_HTML_START_RE = re.compile(
    rb"\s*<(?:!doctype\s+html|html|head|body|script|iframe|h1|div|font|table|a|style|title|b|p|br|meta|link"
    rb"|!--|ul|ol|section|header|nav|form|center|span|frameset)[\s/>]",
    re.IGNORECASE,
)
# Anywhere in the first KiB: pages often start with junk (a PHP warning, a byte-order mark, XML).
_HTML_ANYWHERE_RE = re.compile(rb"<(?:!doctype\s+html|html[\s>]|head>|body[\s>]|meta\s)|www\.w3\.org/1999/xhtml",
                               re.IGNORECASE)

SNIFF_BYTES = 4096


def sniff_kind(body: bytes, content_type: str | None = None) -> str:
    """Return the body's kind: html | pdf | docx | xlsx | doc | xls | text | binary.

    Content decides; `content_type` only settles bodies that look like text (text/html makes a
    tag-less text body "html", an image/* or font/* type makes it "binary").
    """
    return sniff_kind_and_detail(body, content_type)[0]


def sniff_kind_and_detail(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """`sniff_kind` plus a short description of why (used in notes for binary bodies)."""
    head = bytes(body[:SNIFF_BYTES])
    hint = (content_type or "").split(";", 1)[0].strip().lower()
    if b"%PDF-" in head[:1024]:  # the PDF header may follow up to 1 KiB of junk
        return "pdf", "pdf"
    if head.startswith(ZIP_MAGICS):
        return _sniff_zip(body)
    if head.startswith(OLE_MAGIC):
        return _sniff_ole(body)
    for magic, description in _BINARY_MAGICS:
        if head.startswith(magic):
            return "binary", description
    if head[:12].startswith(b"RIFF") or head[4:8] == b"ftyp":
        return "binary", "media container"

    text_head = _text_head(head)
    if text_head is None:
        return "binary", "unrecognised binary data"
    if _looks_like_html(text_head):
        return "html", "html"
    if hint.startswith(("image/", "audio/", "video/", "font/")) or text_head.lstrip()[:4].lower() == b"<svg":
        return "binary", hint or "svg image"
    if hint in ("text/html", "application/xhtml+xml"):
        return "html", "html (by content type)"
    return "text", "text"


_CONTROL_BYTES = bytes([*range(1, 9), *range(14, 27), *range(28, 32)])  # all but tab, LF, VT, FF, CR, ESC


def _text_head(head: bytes) -> bytes | None:
    """The first bytes as ASCII-compatible text, or None when they look binary."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with BOM: re-encode to sniff its tags
        codec = "utf-16-le" if head.startswith(b"\xff\xfe") else "utf-16-be"
        return head[2:].decode(codec, errors="replace").encode("utf-8", errors="replace")
    if b"\x00" in head:
        return None
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))  # one pass in C, not one per byte value
    if head and controls * 10 > len(head):
        return None
    return head


def _looks_like_html(text_head: bytes) -> bool:
    if text_head.startswith(b"\xef\xbb\xbf"):
        text_head = text_head[3:]
    if _HTML_START_RE.match(text_head):
        return True
    return _HTML_ANYWHERE_RE.search(text_head[:2048]) is not None


def _sniff_zip(body: bytes) -> tuple[str, str]:
    """DOCX and XLSX are zips told apart by their main part; other zips are binary."""
    names: list[str] = []
    try:
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        # A truncated zip has no central directory; the local headers still carry the names.
        for name in _local_header_names(body):
            if name.startswith(b"word/"):
                return "docx", "docx (damaged zip)"
            if name.startswith(b"xl/"):
                return "xlsx", "xlsx (damaged zip)"
        return "binary", "zip archive (unreadable)"
    name_set = set(names)
    if "word/document.xml" in name_set:
        return "docx", "docx"
    if "xl/workbook.xml" in name_set:
        return "xlsx", "xlsx"
    if "ppt/presentation.xml" in name_set:
        return "binary", "pptx presentation (not extracted)"
    if "content.xml" in name_set and "mimetype" in name_set:
        return "binary", "OpenDocument file (not extracted)"
    return "binary", f"zip archive of {len(names)} files"


def _local_header_names(body: bytes, limit: int = 200) -> list[bytes]:
    """Member names from the zip's local file headers (name length at +26, name at +30)."""
    names: list[bytes] = []
    position = body.find(b"PK\x03\x04")
    while position != -1 and len(names) < limit and position + 30 <= len(body):
        name_length = int.from_bytes(body[position + 26:position + 28], "little")
        names.append(body[position + 30:position + 30 + name_length])
        position = body.find(b"PK\x03\x04", position + 30)
    return names


def _sniff_ole(body: bytes) -> tuple[str, str]:
    """Legacy Office files share one container; the stream names say which program wrote it."""
    names = ole_stream_names(body)
    if names is None:
        return _sniff_damaged_ole(body)
    lowered = {name.lower() for name in names}
    if "worddocument" in lowered:
        return "doc", "doc"
    if "workbook" in lowered or "book" in lowered:
        return "xls", "xls"
    if "encryptedpackage" in lowered:
        return "binary", "password-protected Office file"
    if "powerpoint document" in lowered:
        return "binary", "ppt presentation (not extracted)"
    return "binary", "OLE2 container of an unknown program"


def _sniff_damaged_ole(body: bytes) -> tuple[str, str]:
    """An unreadable (often truncated) container: look for directory entries (128-byte aligned
    UTF-16 names) and for stream starts (Word's FIB, Excel's BOF record)."""
    for name, kind in (("WordDocument", "doc"), ("Workbook", "xls"), ("Book", "xls")):
        needle = (name + "\x00").encode("utf-16-le")
        position = body.find(needle)
        while position != -1:
            if position % 128 == 0:
                return kind, f"{kind} (damaged container)"
            position = body.find(needle, position + 1)
    if find_word_fib(body) is not None:
        return "doc", "doc (damaged container)"
    for offset in range(512, len(body) - 3, 512):
        if body[offset:offset + 4] in (b"\x09\x08\x10\x00", b"\x09\x08\x08\x00"):  # BIFF8 BOF record
            return "xls", "xls (damaged container)"
    return "binary", "OLE2 container (unreadable)"
