"""Shared helpers of the extractors: limits, text budgets, clean-up and charset decisions.

Nothing here knows about a particular file format; the format modules (html_extract, pdf_extract,
office_extract, ole_extract) build on these so that every format caps and cleans text the same way.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from w3lib.encoding import html_body_declared_encoding, read_bom

from detectors.document import Document


@dataclass(frozen=True, slots=True)
class ExtractLimits:
    """Caps that keep one hostile or huge document from eating the crawler's time and memory."""

    max_text_chars: int = 2_000_000
    max_pages: int = 200  # PDF pages read
    max_rows: int = 20_000  # spreadsheet rows read, all sheets together
    max_cols: int = 100  # spreadsheet columns read per row
    max_zip_member_bytes: int = 50 * 1024 * 1024  # inflated size of the main XML part of a DOCX/XLSX
    max_zip_total_bytes: int = 300 * 1024 * 1024  # inflated size of all parts (python-docx loads them all)
    max_zip_entries: int = 10_000
    max_links: int = 5_000
    max_headings: int = 100
    max_title_chars: int = 500
    max_heading_chars: int = 300
    max_link_text_chars: int = 500


@dataclass(frozen=True, slots=True)
class EncodingHints:
    """What the caller knows about the charset before the body is looked at."""

    declared: str | None = None  # e.g. Scrapy's response.encoding
    header: str | None = None  # charset= of the Content-Type header


class TextBudget:
    """Collects text pieces until `max_chars` is reached, remembering whether anything was cut."""

    __slots__ = ("_parts", "_used", "full", "max_chars")

    def __init__(self, max_chars: int) -> None:
        self._parts: list[str] = []
        self._used = 0
        self.max_chars = max(0, max_chars)
        self.full = False

    def add(self, text: str) -> bool:
        """Append one piece (a line, a page, a row); False once the budget is spent."""
        if self.full:
            return False
        if not text:
            return True
        room = self.max_chars - self._used
        if len(text) > room:
            if room > 0:
                self._parts.append(text[:room])
            self._used = self.max_chars
            self.full = True
            return False
        self._parts.append(text)
        self._used += len(text) + 1  # +1 for the joining newline
        return True

    def text(self) -> str:
        return "\n".join(self._parts)


# Characters that break keyword matching without being visible: soft hyphen, zero-width
# spaces/joiners, word joiner, BOM, and C0 controls other than tab and newline.
_INVISIBLE_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f\u00ad\u200b-\u200d\u2060\ufeff]")
_OTHER_NEWLINES = ("\r", "\f", "\v", "\u2028", "\u2029", "\x85")


def clean_text(text: str) -> str:
    """Normalise extracted text: NFC, no invisible characters, one space between words,
    one line per block, no blank lines."""
    if not text:
        return ""
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    for newline in _OTHER_NEWLINES:  # `in` is a fast C scan; a regex here cost 0.2 ms per 20 KB
        if newline in text:
            text = text.replace(newline, "\n")
    text = _INVISIBLE_RE.sub("", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if _SPACED_LETTERS_RE.search(text):
        text = _SPACED_LETTERS_RE.sub(_join_letters, text)
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


# A letter-spaced word of a document's title or approval block ("П О Л О Ж Е Н И Е", "Б Е К І Т Е М І Н"): capitals
# one space apart (words are two or more apart), at least four of them. It opens with a capital, not with the
# look-behind for the space before it, so that the search skips from capital to capital (3x faster on a page).
_CAPITAL = "[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]"
_SPACED_LETTERS_RE = re.compile(rf"{_CAPITAL}(?<![^\s].) (?:{_CAPITAL} ){{2,}}{_CAPITAL}(?![^\s])")


def _join_letters(match: re.Match[str]) -> str:
    return match.group(0).replace(" ", "")


def clean_line(text: str, max_chars: int) -> str:
    """One whitespace-collapsed line (titles, headings, anchor texts), cut to `max_chars`."""
    if not text:
        return ""
    if not text.isprintable():  # rare: skip the regex for ordinary strings
        text = _INVISIBLE_RE.sub("", text)
    if _SPACED_LETTERS_RE.search(text):
        text = _SPACED_LETTERS_RE.sub(_join_letters, text)
    line = " ".join(text.split())
    if not unicodedata.is_normalized("NFC", line):
        line = unicodedata.normalize("NFC", line)
    return line[:max_chars]


# A continuation starts in lowercase, so numbered and bulleted items never qualify; a lettered one ("а) ...") does.
_LETTERED_ITEM_RE = re.compile(r"^[a-zа-яёәғқңөұүһі]\)\s")
_SENTENCE_END = (".", "!", "?", ";")


def reflow_wrapped_lines(text: str) -> str:
    """Join the lines a PDF broke at its right margin back into paragraphs, so that a fragment of running
    text ("... биыл магистратураға түсу үшін" / "тапсырылатын емтихан кезінде ...") is not read as a short
    title-like line. A line is continued by the next when the next starts in lowercase and is not a list
    item, and the line does not end a sentence. (Line length is no guide without the layout: a long title
    followed by a sentence, or a table row, looks the same as a wrapped line.)"""
    out: list[str] = []
    last = ""  # the previous physical line
    for raw in text.split("\n"):
        line = raw.strip()
        if (out and last and line and line[0].islower() and not last.endswith(_SENTENCE_END)
                and not _LETTERED_ITEM_RE.match(line)):
            out[-1] += ("" if last.endswith("-") and last[-2:-1].isalpha() else " ") + line
        else:
            out.append(line)
        last = line
    return "\n".join(out)


def leading_short_lines(text: str, *, count: int = 5, max_len: int = 150, scan: int = 20) -> list[str]:
    """The first few short lines of a text: the heading-like lines of a PDF or a legacy DOC."""
    found: list[str] = []
    for index, line in enumerate(text.split("\n", scan)):
        if index >= scan or len(found) >= count:
            break
        line = line.strip()
        # A heading has letters; page numbers and dates alone are not headings.
        if line and len(line) <= max_len and any(ch.isalpha() for ch in line) and line not in found:
            found.append(line)
    return found


_BULLET_RE = re.compile(r"^[-–—•▪●*·]\s")
SENTENCE_TITLE_CHARS = 100  # a line longer than this that ends like a sentence is running text, not a title


def title_line(lines: Iterable[str], max_len: int = 150, scan: int = 20) -> str:
    """A document's title when its metadata has none: its first line with letters, if that line is short,
    not a list item and not a long sentence. A document that opens with running text or a bulleted item
    has no title line, and a later short line (the second bullet, a caption) is not one."""
    for index, raw in enumerate(lines):
        if index >= scan:
            break
        line = raw.strip()
        if not line or not any(ch.isalpha() for ch in line):
            continue  # blank lines, page numbers and dates above the title
        sentence = len(line) > SENTENCE_TITLE_CHARS and line.endswith((".", "!", "?", ";"))
        return "" if len(line) > max_len or sentence or _BULLET_RE.match(line) else line
    return ""


def dedupe(items: Iterable[str], limit: int) -> list[str]:
    """Non-empty items in first-seen order, at most `limit`."""
    seen: dict[str, None] = {}
    for item in items:
        if item and item not in seen:
            seen[item] = None
            if len(seen) >= limit:
                break
    return list(seen)


def header_value(headers: Mapping[str, object] | None, name: str) -> str | None:
    """A header's value from a plain dict or Scrapy's Headers (bytes, lists), case-insensitively."""
    if not headers:
        return None
    value: object = None
    try:
        value = headers.get(name)  # Scrapy's Headers: case-insensitive, returns the last value as bytes
    except (AttributeError, TypeError):
        value = None
    if value is None:
        wanted = name.lower()
        for key, candidate in headers.items():
            key_text = key.decode("latin-1") if isinstance(key, bytes) else str(key)
            if key_text.lower() == wanted:
                value = candidate
                break
    if isinstance(value, list | tuple):
        value = value[-1] if value else None
    if isinstance(value, bytes | bytearray):
        value = bytes(value).decode("latin-1")
    if value is None:
        return None
    return str(value).strip() or None


_CHARSET_RE = re.compile(r"charset\s*=\s*[\"']?\s*([\w.:+-]+)", re.IGNORECASE)


def charset_from_content_type(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type value, if any."""
    if not content_type:
        return None
    match = _CHARSET_RE.search(content_type)
    return match.group(1) if match else None


def codec_name(label: str | None) -> str | None:
    """Python's codec name for a charset label ('windows-1251' -> 'cp1251').

    None for unknown labels and for labels a page must not be decoded with: bytes-to-bytes codecs
    (zlib, base64, rot13: a hostile <meta> could name them) and ASCII-incompatible ones (a <meta>
    saying utf-16 in a page that parsed as ASCII is wrong by definition, as the HTML spec says)."""
    if not label:
        return None
    label = label.strip().lower()
    # Labels browsers and servers use that Python spells differently.
    aliases = {"x-cp1251": "cp1251", "win-1251": "cp1251", "cp-1251": "cp1251", "kz-1048": "kz1048",
               "strk1048-2002": "kz1048", "rk1048": "kz1048", "x-user-defined": "cp1252",
               "iso-8859-1": "cp1252", "latin1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252"}
    label = aliases.get(label, label)
    try:
        name = codecs.lookup(label).name
        if b"<a href=x>".decode(name) != "<a href=x>":
            return None
    except (LookupError, UnicodeError, TypeError, ValueError):
        return None
    return name


_UTF8_NAMES = frozenset({"utf-8", "utf-8-sig"})


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    note: str | None = None


def decode_body(body: bytes, hints: EncodingHints, *, look_in_markup: bool) -> Decoded:
    """Decode a text body, trusting the bytes over wrong declarations.

    Order: a BOM wins; a body that is valid UTF-8 with non-ASCII bytes is UTF-8 whatever was
    declared (legacy single-byte Cyrillic text is practically never valid UTF-8); otherwise the
    first usable non-UTF-8 label among the caller's, the header's and (for markup) the <meta> one,
    and cp1251 as the regional default. A body that is mostly UTF-8 with a few broken bytes stays
    UTF-8 (with replacement characters) rather than being turned into mojibake.
    """
    bom_encoding, bom = read_bom(body)
    if bom_encoding and bom is not None:  # w3lib names only UTF-8/16/32 here
        encoding = codecs.lookup(bom_encoding).name
        return Decoded(body[len(bom):].decode(encoding, errors="replace"), encoding)

    declared = [codec_name(hints.declared), codec_name(hints.header)]
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        first = next((name for name in declared if name), None)
        if first and first not in _UTF8_NAMES and not body.isascii():
            return Decoded(text, "utf-8", f"encoding: body is valid UTF-8 although {first} was declared")
        return Decoded(text, "utf-8")

    meta = codec_name(html_body_declared_encoding(body)) if look_in_markup else None
    candidates = [*declared, meta]
    primary = next((name for name in candidates if name), None)
    if primary in _UTF8_NAMES or primary is None:
        as_utf8 = body.decode("utf-8", errors="replace")
        broken = as_utf8.count("\ufffd")
        valid_non_ascii = len(as_utf8) - len(as_utf8.encode("ascii", "ignore")) - broken
        if valid_non_ascii >= 10 * broken:
            return Decoded(as_utf8, "utf-8", f"encoding: {broken} invalid UTF-8 sequences replaced")
    legacy_names = list(dict.fromkeys(name for name in candidates if name and name not in _UTF8_NAMES))
    explicit = {name for name in (declared[1], meta) if name}  # the server's or the page's own word
    if len(legacy_names) == 1 and legacy_names[0] in explicit:
        legacy = legacy_names[0]
    else:
        # Nothing declared, or only the caller's guess (Scrapy guesses cp1250 for short Russian
        # pages), or declarations that disagree: let the bytes choose among the candidates.
        pool = legacy_names if len(legacy_names) > 1 else [*legacy_names, *_REGIONAL_DEFAULTS]
        guess = legacy_names[0] if legacy_names else None
        legacy = best_cyrillic_decoding(body, list(dict.fromkeys(pool)), incumbent=guess)
    if not legacy_names:
        note = f"encoding: not UTF-8 and no other charset declared; decoded as {legacy}"
    elif primary in _UTF8_NAMES:
        source = "the document's <meta>" if legacy == meta and legacy not in declared else "the bytes"
        note = f"encoding: declared utf-8 but body is not UTF-8; used {legacy} from {source}"
    elif legacy != legacy_names[0]:
        note = f"encoding: {legacy_names[0]} did not fit the bytes; used {legacy}"
    else:
        note = None
    return Decoded(body.decode(legacy, errors="replace"), legacy, note)


# Legacy Cyrillic charsets of Kazakhstan's web, most common first (ties go to the first).
_REGIONAL_DEFAULTS = ("cp1251", "kz1048", "koi8-r")
_CYRILLIC_LOWER_RE = re.compile("[а-яёәғқңөұүһі]")
_CYRILLIC_UPPER_RE = re.compile("[А-ЯЁӘҒҚҢӨҰҮҺІ]")
# Non-ASCII characters that are neither good nor bad evidence: typographic punctuation and symbols.
_NEUTRAL_RE = re.compile("[\u00a0«»—–“”„‘’‚№…•·°±§©®™€\u2116]")
_SCORE_SAMPLE_BYTES = 20_000


def best_cyrillic_decoding(body: bytes, encodings: list[str], incumbent: str | None = None) -> str:
    """The encoding under which the body's non-ASCII bytes read most like Kazakh/Russian text.

    Lowercase Cyrillic counts 1, uppercase 0.5 (KOI8-R read as cp1251 turns lowercase into
    uppercase), punctuation 0, anything else -2 (Latin diacritics from cp1250; the Ukrainian or
    Macedonian letters that KZ-1048's Kazakh letters become in cp1251). Only the non-ASCII bytes
    are decoded, so it is cheap. An `incumbent` (the caller's choice) keeps its place unless another
    encoding scores clearly better (a page of Ukrainian cp1251 would otherwise read as KZ-1048).
    """
    sample = body.translate(None, delete=bytes(range(128)))[:_SCORE_SAMPLE_BYTES]
    scores: dict[str, float] = {}
    best, best_score = encodings[0], float("-inf")
    for encoding in encodings:
        try:
            text = sample.decode(encoding, errors="replace")
        except LookupError:
            continue
        lower = len(_CYRILLIC_LOWER_RE.findall(text))
        upper = len(_CYRILLIC_UPPER_RE.findall(text))
        other = len(text) - lower - upper - len(_NEUTRAL_RE.findall(text))
        score = lower + 0.5 * upper - 2 * other
        scores[encoding] = score
        if score > best_score:
            best, best_score = encoding, score
    if incumbent in scores and scores[incumbent] >= 0.8 * best_score:
        return incumbent
    return best


def finish_spreadsheet(doc: Document, budget: TextBudget, sheet_names: list[str], title: str,
                        limits: ExtractLimits, rows_capped: bool) -> None:
    """Body, headings (sheet names), title and caps of a spreadsheet: shared by XLS and XLSX."""
    doc.body = clean_text(budget.text())
    doc.headings = [name for name in sheet_names if name][: limits.max_headings]
    first_line = doc.body.split("\n", 1)[0] if doc.body else ""
    doc.title = clean_line(title, limits.max_title_chars) or clean_line(first_line, limits.max_title_chars)
    if rows_capped:
        doc.truncated = True
        doc.notes.append(f"{doc.kind}: read only the first {limits.max_rows} rows")
    if budget.full:
        doc.truncated = True
        doc.notes.append(f"text capped at {limits.max_text_chars} characters")
