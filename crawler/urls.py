"""URL hygiene for one site: session ids out, traps capped, language versions recognised.

Everything here is pure (no Scrapy objects), so the trap rules are unit-tested on plain strings.
"""

from __future__ import annotations

import re
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


def file_extension(url: str) -> str:
    """The lowercase extension of the URL's last path segment ('' when there is none)."""
    last = urlsplit(url).path.rsplit("/", 1)[-1]
    return last.rsplit(".", 1)[-1].lower() if "." in last else ""


def strip_session(url: str) -> str:
    """The URL without its fragment, session-id and tracking parameters (order of the rest kept)."""
    if "#" not in url and "?" not in url and ";" not in url:
        return url  # nothing to strip (most links): skip parsing it twice
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
    max_query_variants: int = 20  # distinct query strings per (host, path)
    max_urls_per_pattern: int = 60  # distinct HTML URLs per path with digits masked
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
        key = f"{parts.hostname}{parts.path}"
        canonical = canonicalize_url(url)
        if parts.query:
            seen = self._variants[key]
            if canonical not in seen:
                if len(seen) >= caps.max_query_variants and not exempt:
                    return "query_variants"
                seen.add(canonical)
        if file_extension(url) not in DOCUMENT_EXTENSIONS:
            pattern = f"{parts.hostname}{path_pattern(parts.path)}"
            if pattern != f"{parts.hostname}{parts.path.lower()}" or parts.query:
                seen = self._patterns[pattern]
                if canonical not in seen:
                    if len(seen) >= caps.max_urls_per_pattern and not exempt:
                        return "path_pattern"
                    seen.add(canonical)
        return None
