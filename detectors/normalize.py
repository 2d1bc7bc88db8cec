"""Text to match keys: tokenisation, stop words, URL slugs, segmentation into short pieces.

The engine never fuzzy-matches a whole document: it cuts each page part into short segments
(a title, a heading, a link text, one sentence or line, a URL path) and matches each of them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import unquote, urlsplit

from detectors.morph import may_be_misspelt, token_keys, word_keys

# Letters only (Cyrillic, Latin with Kazakh diacritics); digits are handled by detectors.periods. A letter of the
# 2017 Latin Kazakh alphabet written with an apostrophe ("ken'es", "lay'azymdarg'a": a' g' i' n' o' u' y' s' c') stays in
# its word; not an English possessive or contraction ("university's", "don't", "you'll").
WORD_RE = re.compile(r"[^\W\d_]+(?:(?<=[agniouyscAGNIOUYSC])['’ʼ](?!(?:s|t|d|m|ll|re|ve)\b)[^\W\d_]+)*")
# Not after an initial ("Л.Н. Гумилева", "B. Smith") nor an abbreviation that a name follows ("им. Абая", "ул. Сатпаева",
# "проф. Ахметов", "Dr. Aliyev", "No. 5"): no sentence ends there.
_SENTENCE_SPLIT_RE = re.compile(
    r"(?<=[.!?;:])(?<![\s.][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.)(?<!^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.)"
    r"(?<!\bим\.)(?<!\bул\.)(?<!\bпр\.)(?<!\bкаб\.)(?<!\bтел\.)(?<!\bпроф\.)(?<!\bакад\.)(?<!\bдоц\.)"
    r"(?<!\bDr\.)(?<!\bNo\.)(?<!\bSt\.)"
    r"\s+(?=[\"«“(]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9])")
# What every place _SENTENCE_SPLIT_RE splits at holds, without its look-behinds: most lines have no such place, and this
# finds so (from one stop to the next, skipped by sre's first-character search) about twice as fast as the split itself.
_SENTENCE_END_RE = re.compile(r"[.!?;:]\s+[\"«“(]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9]")
_BULLET_SPLIT_RE = re.compile(r"\s+[•▪●◦·]\s+")
MAX_SEGMENT_TOKENS = 48  # longer sentences are cut into overlapping windows
MAX_SEGMENT_CHARS = 2000

# Function words dropped from catalog patterns (never from page text). Kept out on purpose:
# self-reference words (настоящий, осы, this, these, данный) that the engine uses as cues.
STOPWORDS_RAW = """
и в во на о об обо по с со к ко от из за для при до а или как что это не его ее их также же у над под
между через а также либо
және мен пен бен да де та те бойынша үшін туралы арналған жөніндегі жөнінде ретінде сондай ақ немесе
және де ал бірақ сияқты
the of for on in and to a an by at with from or as is are be its their our s de
"""


@lru_cache(maxsize=1)
def stopword_keys() -> frozenset[str]:
    """Keys of the stop words (computed with the same word_keys() as everything else)."""
    keys: set[str] = set()
    for word in STOPWORDS_RAW.split():
        keys.update(word_keys(word))
    return frozenset(keys)


class Token(NamedTuple):
    """One word: its match keys and its character offsets in the segment text (for snippets)."""

    keys: tuple[str, ...]
    start: int
    end: int
    may_be_misspelt: bool = True  # not a word the dictionary knows (morph.may_be_misspelt)


def clean_text(text: str) -> str:
    """NFKC, lower case and collapsed whitespace (soft hyphens and zero-width marks removed)."""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u00ad", "").replace("\u200b", "").replace("\ufeff", "")
    # "İ" (Kazakh 2021 capital i) lower-cases to two code points; keep offsets stable.
    return text.replace("İ", "i").lower()


def tokenize(text: str) -> list[Token]:
    """Word tokens of an already lower-cased text, each with its match keys and offsets."""
    return [Token(token_keys(m.group()), m.start(), m.end(), may_be_misspelt(m.group())) for m in WORD_RE.finditer(text)]


# Query parameters that route a CMS's request and say nothing about the page: on a Joomla site every
# content page is "?option=com_content&view=article&id=871&Itemid=285", and "article" is a news word.
# (Numbers are no words, so "?page=2" or "?id=871" adds nothing anyway; "?page=antikor" names the page.)
_ROUTING_PARAMETERS = frozenset({"option", "view", "layout", "task", "format", "tmpl", "itemid", "lang", "language",
                                 "lng", "print"})


def _query_words(query: str) -> str:
    """The values of a query's parameters, without their names and without CMS routing parameters."""
    values = []
    for pair in query.split("&"):
        name, sep, value = pair.partition("=")
        if name.strip().lower() not in _ROUTING_PARAMETERS:
            values.append(value if sep else name)  # "?anticorruption": a bare word is the page's name
    return " ".join(values)


def url_text(url: str, last_segment_only: bool = False) -> str:
    """The words of a URL's path and query ("/ru/antikorruptsionnaya-politika.pdf?tag=plan" ->
    "ru antikorruptsionnaya politika pdf plan"), percent-decoded so Cyrillic slugs survive; of the
    query only the values of parameters that are not a CMS's routing (option, view, Itemid, lang, ...).
    last_segment_only: the words of the last path segment and the query only."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    path = parts.path
    if last_segment_only:
        path = path.rstrip("/").rsplit("/", 1)[-1]
    raw = unquote(path + " " + _query_words(parts.query), errors="replace")
    return re.sub(r"[/\-_.?=&+,;:%()\[\]~!]+", " ", raw).strip().lower()


def url_host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def split_sentences(body: str) -> list[str]:
    """Lines of a body, long lines cut at sentence ends and bullet marks; empty pieces dropped."""
    pieces: list[str] = []
    for line in body.split("\n"):
        line = line.strip()
        if not line:
            continue
        if len(line) <= 300:
            pieces.append(line)
            continue
        for part in _BULLET_SPLIT_RE.split(line):
            pieces.extend(s for s in _SENTENCE_SPLIT_RE.split(part) if s.strip())
    return pieces


def line_sentences(line: str) -> list[str]:
    """The sentences of one line (split_sentences keeps a short line whole)."""
    if _SENTENCE_END_RE.search(line) is None:  # (nowhere to split: the line is one sentence)
        return [line] if line.strip() else []
    return [piece for piece in _SENTENCE_SPLIT_RE.split(line) if piece.strip()]


def windows(tokens: list[Token] | int) -> list[tuple[int, int]]:
    """Token index ranges of at most MAX_SEGMENT_TOKENS, overlapping by half, covering `tokens`
    (a token list or a number of tokens)."""
    n = tokens if isinstance(tokens, int) else len(tokens)
    if n <= MAX_SEGMENT_TOKENS:
        return [(0, n)]
    step = MAX_SEGMENT_TOKENS // 2
    return [(i, min(i + MAX_SEGMENT_TOKENS, n)) for i in range(0, n - step, step)]
