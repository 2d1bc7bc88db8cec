"""Crawled text is hostile: helpers that make it inert before it reaches a report.

HTML safety rests on three layers: Jinja autoescaping (crawled text only ever lands in text nodes or
quoted attributes), a Content-Security-Policy that allows no script but our own hashed one, and links
that are emitted only for plain http(s) URLs. Spreadsheet safety: `reports.csvsafe` for CSV and
`xlsx_text_cell` for XLSX (string cells, never formulas).
"""

from __future__ import annotations

import base64
import hashlib
import re
from urllib.parse import unquote, urlsplit

MAX_SNIPPET_CHARS = 320
MAX_TEXT_CHARS = 600
MAX_URL_CHARS = 2048

# C0/C1 controls (except tab/newline which become spaces) and the bidi overrides that can make
# "gpj.exe" read as "exe.jpg": none of them has a place in a report.
_UNSAFE_CHARS = re.compile("[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f"
                           "\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_SPACES = re.compile(r"\s+")


def clean_text(value: object, limit: int = MAX_TEXT_CHARS) -> str:
    """Crawled text for display: controls and bidi overrides removed, whitespace collapsed, capped."""
    if value is None:
        return ""
    text = _SPACES.sub(" ", _UNSAFE_CHARS.sub("", str(value))).strip()
    if len(text) > limit:
        text = text[: max(limit - 1, 0)].rstrip() + "…"
    return text


def safe_http_url(value: object) -> str | None:
    """`value` if it is a plain absolute http(s) URL fit to be a link target, else None.

    javascript:, data:, vbscript:, file:, protocol-relative and malformed URLs are refused; the
    report then shows the text without a link.
    """
    if not isinstance(value, str):
        return None
    url = value.strip()
    if not url or len(url) > MAX_URL_CHARS or _UNSAFE_CHARS.search(url) or any(c.isspace() for c in url):
        return None
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises ValueError on a malformed port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


def display_url(value: object, limit: int = 90) -> str:
    """A URL shortened for display (scheme dropped, percent-escapes read as the letters they stand for, middle
    elided): "/upload/Правила.docx", not "/upload/%D0%9F%D1%80...". Decoded controls and bidi overrides are removed
    like any crawled text's; the link's target keeps the URL as it is."""
    text = clean_text(unquote(clean_text(value, MAX_URL_CHARS), errors="replace"), MAX_URL_CHARS)
    text = re.sub(r"^https?://", "", text, flags=re.IGNORECASE)
    if len(text) > limit:
        head = limit * 2 // 3
        text = text[:head] + "…" + text[-(limit - head - 1):]
    return text


def script_hash(script: str) -> str:
    """CSP source expression for an inline script: 'sha256-<base64>' of its exact text."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def content_security_policy(scripts: tuple[str, ...] = ()) -> str:
    """The policy every report carries: nothing loads, no script runs except the hashed ones."""
    script_src = " ".join(script_hash(s) for s in scripts) or "'none'"
    return ("default-src 'none'; style-src 'unsafe-inline'; img-src data: 'self'; "
            f"script-src {script_src}; base-uri 'none'; form-action 'none'")


_FILENAME_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


def safe_filename(institution_id: str) -> str:
    """A file name stem for an institution id (ids are slugs; anything else is replaced)."""
    stem = _FILENAME_UNSAFE.sub("_", institution_id)[:80].strip("_")
    if stem != institution_id:  # keep distinct ids distinct after replacement
        stem = f"{stem or 'institution'}-{hashlib.sha256(institution_id.encode()).hexdigest()[:8]}"
    return stem
