"""URL hygiene for one site: session ids out, traps contained, language versions recognised.

A trap is judged by evidence, not by the shape of its URLs. Institution sites number their pages
(Joomla `?id=N`, WordPress `?p=N`, Bitrix `detail.php?ID=N`, `/p/N.html`): such a family of distinct pages
is crawled up to the site's page budget. What is refused is what is endless or the same page again: a
session id in every link (stripped), a repeating or too deep path, an overlong URL (hard caps), and a
family of URLs whose fetched pages keep coming back with the same words and no new links (a calendar's
next month, an empty search's next page): `TrapEvidence`.

Everything here is pure (no Scrapy objects), so the trap rules are unit-tested on plain strings.
"""

from __future__ import annotations

import re
import zlib
from array import array
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urldefrag, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

# Query parameters that carry a session or a tracking tag, never content: dropped before a URL is requested,
# so a site that mints a fresh session id per link cannot make the crawl see infinitely many pages.
SESSION_PARAMS = frozenset({
    "phpsessid", "sid", "sess", "session", "sessionid", "session_id", "sessid", "jsessionid", "aspsessionid",
    "cfid", "cftoken", "zenid", "oscsid", "xtcsid", "bxajaxid", "clear_cache", "fbclid", "gclid", "yclid",
    "dclid", "msclkid", "mc_cid", "mc_eid", "_openstat", "_ga", "_gl", "ysclid", "igshid",
})
SESSION_PREFIXES = ("utm_", "pk_", "hsa_")
_PATH_SESSION_RE = re.compile(r";(?:jsessionid|phpsessid|sid)=[^/?#]*", re.IGNORECASE)
_DIGITS_RE = re.compile(r"\d+")

# Resources that can never evidence an artefact: not worth a request (the body decides a document's kind,
# but an URL ending in .png is not worth fetching to find out).
SKIP_EXTENSIONS = frozenset(
    ["png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "bmp", "tif", "tiff", "css", "js", "mjs", "json", "woff",
     "woff2", "ttf", "eot", "otf", "mp3", "mp4", "m4a", "avi", "mov", "wmv", "webm", "flv", "mkv", "ogg", "wav",
     "zip", "rar", "7z", "gz", "tgz", "bz2", "xz", "exe", "msi", "dmg", "iso", "apk", "deb", "rpm", "jar"])
DOCUMENT_EXTENSIONS = frozenset(["pdf", "doc", "docx", "xls", "xlsx", "rtf", "odt", "ods", "ppt", "pptx"])

# Language versions of Kazakh institution sites: /kz/, /kk/, /ru/, /en/, ?lang=kk, kz.site.kz ...
LANGUAGE_CODES = {"kz": "kk", "kk": "kk", "kaz": "kk", "qaz": "kk", "ru": "ru", "rus": "ru", "en": "en",
                  "eng": "en"}
_LANGUAGE_ANCHORS = {"қаз": "kk", "қазақша": "kk", "казахский": "kk", "қазақ тілі": "kk", "kaz": "kk", "kz": "kk",
                     "рус": "ru", "русский": "ru", "орысша": "ru", "ru": "ru", "eng": "en", "english": "en",
                     "en": "en", "ағылшынша": "en", "английский": "en"}
_LANG_QUERY_KEYS = ("lang", "language", "lng", "locale", "hl")

# Sections that are budget sinks on institution sites (endless news and photo archives, contact pages):
# a menu link to one of them is still followed, after the other sections. Words of the URL slug or anchor.
_LOW_VALUE_WORDS = frozenset({
    "news", "novosti", "novost", "zhanalyktar", "jangalyqtar", "новости", "жаңалықтар", "gallery", "galereya",
    "галерея", "photo", "photos", "foto", "фото", "фотогалерея", "video", "видео", "events", "sobytiya", "события",
    "contacts", "contact", "kontakty", "kontakt", "контакты", "байланыс", "baylanys", "map", "search", "poisk",
    "login", "auth", "register", "forum", "blog-comments", "calendar", "afisha"})
_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)


def is_low_value_section(url: str, anchor_text: str = "") -> bool:
    """A link to news, galleries, contacts, search or log-in: rarely an artefact, often endless."""
    words = set(_WORD_RE.findall(urlsplit(url).path.lower())) | set(_WORD_RE.findall(anchor_text.lower()))
    return bool(words & _LOW_VALUE_WORDS)


_URL_UNSAFE_RE = re.compile(r"[\t\r\n]")  # urlsplit drops these; such a URL takes the slow path


def file_extension(url: str) -> str:
    """The lowercase extension of the URL's last path segment ('' when there is none)."""
    # For an http(s) URL (every link the crawl meets), urlsplit(url).path without building the other parts.
    if url[:8].lower().startswith(("http://", "https://")) and not _URL_UNSAFE_RE.search(url):
        path = url.split("#", 1)[0].split("?", 1)[0]
        slash = path.find("/", path.find("://") + 3)
        path = path[slash:] if slash >= 0 else ""
    else:
        path = urlsplit(url).path
    last = path.rsplit("/", 1)[-1]
    return last.rsplit(".", 1)[-1].lower() if "." in last else ""


# Could this URL hold a session or tracking key (or an encoded one, '%')? Most links cannot: they skip parsing.
_SESSION_KEYS = "|".join([*sorted(SESSION_PARAMS, key=len, reverse=True), *SESSION_PREFIXES])
_SESSION_HINT_RE = re.compile(rf"[?&;](?:{_SESSION_KEYS})|%", re.IGNORECASE)


def strip_session(url: str) -> str:
    """The URL without its fragment, session-id and tracking parameters (order of the rest kept)."""
    if "#" not in url and "?" not in url and ";" not in url:
        return url  # nothing to strip (most links): skip parsing it twice
    if "#" not in url and not _SESSION_HINT_RE.search(url):
        return url  # a query without any session-like key (numbered CMS pages): ~60 us saved a link
    url = urldefrag(url)[0]
    parts = urlsplit(url)
    path = _PATH_SESSION_RE.sub("", parts.path)
    if not parts.query and path == parts.path:
        return url
    kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if k.lower() not in SESSION_PARAMS and not k.lower().startswith(SESSION_PREFIXES)]
    return urlunsplit((parts.scheme, parts.netloc, path, urlencode(kept, doseq=True), ""))


def site_host(url: str) -> str:
    """The URL's host, lowercase, without a leading 'www.' (the unit a site's scope is built on)."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def language_of(url: str, anchor_text: str = "") -> str | None:
    """'kk' | 'ru' | 'en' when the link looks like a language version of the site, else None."""
    parts = urlsplit(url)
    host_label = (parts.hostname or "").split(".", 1)[0]
    if host_label in LANGUAGE_CODES:
        return LANGUAGE_CODES[host_label]
    segments = [s for s in parts.path.lower().split("/") if s]
    if segments and segments[0] in LANGUAGE_CODES:
        return LANGUAGE_CODES[segments[0]]
    for key, value in parse_qsl(parts.query):
        if key.lower() in _LANG_QUERY_KEYS and value.lower()[:3] in LANGUAGE_CODES:
            return LANGUAGE_CODES[value.lower()[:3]]
    text = anchor_text.strip().lower().rstrip(".")
    return _LANGUAGE_ANCHORS.get(text)


def is_language_root(url: str) -> bool:
    """A language version's home: /kz, /ru/, /en/index.php, kz.site.kz/, ?lang=kk on the root."""
    parts = urlsplit(url)
    segments = [s for s in parts.path.lower().split("/") if s]
    if segments and segments[0] in LANGUAGE_CODES:
        segments = segments[1:]
    return len(segments) == 0 or (len(segments) == 1 and segments[0].startswith(("index", "main", "home")))


def path_pattern(path: str) -> str:
    """The path with every digit run replaced by '#': /events/2024/05/ and /events/2031/11/ share one."""
    return _DIGITS_RE.sub("#", path.lower())


@dataclass(slots=True)
class TrapCaps:
    """Limits that keep an endless URL space (calendars, session ids, path loops) from eating a site's budget."""

    max_url_length: int = 2000
    max_query_variants: int = 0  # distinct query strings per (host, path); 0 = no cap (the page budget is one)
    max_urls_per_pattern: int = 0  # distinct HTML URLs per path with digits masked; 0 = no cap
    max_path_segments: int = 14
    max_segment_repeats: int = 2  # /a/b/a/b/a/b: the same segment 3 times is a loop


@dataclass(slots=True)
class UrlPolicy:
    """Per-site memory of the URLs seen, deciding which new ones are traps. One instance per site."""

    caps: TrapCaps = field(default_factory=TrapCaps)
    _variants: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    _patterns: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    dropped: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def refusal(self, url: str, *, exempt: bool = False) -> str | None:
        """Why `url` (already session-stripped) is not worth a request, or None to allow it.

        `exempt` (a link the scorer rates highly) skips the variant and pattern caps, never the hard ones.
        """
        reason = self._check(url, exempt)
        if reason:
            self.dropped[reason] += 1
        return reason

    def _check(self, url: str, exempt: bool) -> str | None:
        caps = self.caps
        if len(url) > caps.max_url_length:
            return "url_too_long"
        parts = urlsplit(url)
        segments = [s for s in parts.path.split("/") if s]
        if len(segments) > caps.max_path_segments:
            return "path_too_deep"
        if segments and max(segments.count(s) for s in set(segments)) > caps.max_segment_repeats:
            return "path_loop"
        if not (caps.max_query_variants or caps.max_urls_per_pattern):
            return None  # (the shape caps are off by default: no canonical form to compute, ~0.2 ms a URL)
        key = f"{parts.hostname}{parts.path}"
        canonical = canonicalize_url(url)
        if parts.query and caps.max_query_variants:
            seen = self._variants[key]
            if canonical not in seen:
                if caps.max_query_variants and len(seen) >= caps.max_query_variants and not exempt:
                    return "query_variants"
                seen.add(canonical)
        if caps.max_urls_per_pattern and file_extension(url) not in DOCUMENT_EXTENSIONS:
            pattern = f"{parts.hostname}{path_pattern(parts.path)}"
            if pattern != f"{parts.hostname}{parts.path.lower()}" or parts.query:
                seen = self._patterns[pattern]
                if canonical not in seen:
                    if caps.max_urls_per_pattern and len(seen) >= caps.max_urls_per_pattern and not exempt:
                        return "path_pattern"
                    seen.add(canonical)
        return None


# -- traps by evidence ----------------------------------------------------------------------------------
_TOKEN_SEGMENT_RE = re.compile(r"(?=[^/]*\d)(?=[^/]*[a-z])[0-9a-z_-]{16,}", re.IGNORECASE)


def family_key(url: str) -> str:
    """The family a URL belongs to: host, path with digit runs (and long id tokens) masked, query *keys*.

    /p/12.html and /p/907.html, ?option=com_content&id=5 and &id=6, /calendar?month=2024-05 and ?month=2031-11
    are each one family; whether a family is a trap is decided by what its pages turn out to be."""
    parts = urlsplit(url)
    path = _DIGITS_RE.sub("#", _TOKEN_SEGMENT_RE.sub("~", parts.path.lower()))
    keys = sorted({k.lower() for k, _ in parse_qsl(parts.query, keep_blank_values=True)}) if parts.query else []
    return f"{parts.hostname}{path}?{'&'.join(keys)}" if keys else f"{parts.hostname}{path}"


def text_words(text: str, limit: int = 20_000) -> frozenset[str]:
    """The distinct words of a page's text, digits left out (a calendar's months differ only by them)."""
    return frozenset(_WORD_RE.findall(text[:limit].lower()))


RECENT_PAGES = 16  # pages of a family a new one is compared with
SKETCH_SIZE = 64  # hashes kept of a page's words: a sketch of 256 bytes instead of the words' kilobytes


@dataclass(frozen=True, slots=True)
class WordSketch:
    """A page's word set, as its number of words and the SKETCH_SIZE smallest of their (stable) hashes: a
    bottom-k sketch. A night keeps one per page fetched, for as long as it runs; whole word sets took about
    7 KB a page, 0.4 GB on 1,000 sites. Pages of fewer words keep every hash, and compare exactly."""

    size: int
    hashes: array  # unsigned 32-bit CRCs, ascending

    @classmethod
    def of(cls, words: frozenset[str]) -> WordSketch:
        return cls(len(words), array("I", sorted({zlib.crc32(w.encode()) for w in words})[:SKETCH_SIZE]))

    def similarity(self, other: WordSketch, at_least: float = 0.0) -> float:
        """Estimated Jaccard similarity: of the SKETCH_SIZE smallest hashes of both sets together, the share
        that both sets have (exact when the two together have no more words than that). Below `at_least`,
        any figure under it may be returned (0.0): most pairs are told apart without the sort."""
        if not self.size and not other.size:
            return 1.0
        mine = set(self.hashes)
        both = mine.intersection(other.hashes)
        if not both:
            return 0.0
        # An upper bound first: the shared hashes among the smallest can be no more than those shared at all,
        # out of no fewer than min(SKETCH_SIZE, hashes of both together). (This runs for every page of a
        # family against its recent pages, on the reactor; set operations and one sort, all in C.)
        together = len(mine) + len(other.hashes) - len(both)
        if len(both) < at_least * min(SKETCH_SIZE, together):
            return 0.0
        smallest = sorted(mine.union(other.hashes))[:SKETCH_SIZE]
        cut = smallest[-1]
        shared = len(both) if max(both) <= cut else sum(1 for h in both if h <= cut)
        return shared / len(smallest)


def _near_duplicate(words: WordSketch, seen: WordSketch, threshold: float) -> bool:
    # Jaccard >= t needs the smaller set to be >= t times the larger: most pairs are ruled out by size alone.
    small, large = sorted((words.size, seen.size))
    return small >= threshold * large and words.similarity(seen, threshold) >= threshold


@dataclass(slots=True)
class _Family:
    pages: int = 0
    redundant: int = 0  # pages that were the same words as an earlier page of the family, with no new links
    recent: list[WordSketch] = field(default_factory=list)  # the last RECENT_PAGES (a list: most families have one)
    trapped: bool = False


@dataclass(slots=True)
class TrapEvidence:
    """Per site: which URL families have shown themselves to be traps, from the pages fetched so far.

    A page is redundant when its words are (nearly) those of an earlier page of its family and it brought
    no new link outside that family: a calendar's next month, an empty search's next page, a page under a
    fresh session token. A family becomes a trap once `min_redundant` of its pages were redundant and they
    are at least `min_share` of its pages; its queued and future URLs are then dropped. A numbered family of
    distinct pages never qualifies, however long it is: the page budget is its only limit.
    """

    min_redundant: int = 6
    min_share: float = 0.5
    near_duplicate: float = 0.9  # Jaccard similarity of word sets from which two pages are "the same page"
    _families: dict[str, _Family] = field(default_factory=dict)

    def observe(self, family: str, words: frozenset[str], new_links_elsewhere: int, *,
                duplicate: bool = False) -> bool:
        """Record one fetched page of `family` (`duplicate`: byte-identical to a page seen before);
        True when this page made the family a trap."""
        fam = self._families.get(family)
        if fam is None:
            if len(self._families) >= 5000:  # bounded per site: a hostile site can mint families too
                return False
            fam = self._families[family] = _Family()
        fam.pages += 1
        sketch = None if duplicate else WordSketch.of(words)
        if sketch is None or (new_links_elsewhere == 0
                              and any(_near_duplicate(sketch, seen, self.near_duplicate) for seen in fam.recent)):
            fam.redundant += 1
        if sketch is not None:
            fam.recent.append(sketch)
            if len(fam.recent) > RECENT_PAGES:
                del fam.recent[0]
        if (not fam.trapped and fam.redundant >= self.min_redundant
                and fam.redundant >= self.min_share * fam.pages):
            fam.trapped = True
            return True
        return False

    def trapped(self, family: str) -> bool:
        fam = self._families.get(family)
        return fam is not None and fam.trapped

    def trap_families(self) -> list[str]:
        return [key for key, fam in self._families.items() if fam.trapped]
