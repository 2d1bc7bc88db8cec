"""Map a failed request to one CrawlStatus from the closed list, with a short human-readable cause.

Scrapy 2.19 wraps Twisted's errors in its own (CannotResolveHostError, DownloadTimeoutError, ...) and
keeps the original as `__cause__`; TLS failures arrive as a DownloadFailedError whose cause carries the
OpenSSL error among its `reasons`. Everything is looked at through that chain.
"""

from __future__ import annotations

from collections.abc import Iterator

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
    IgnoreRequest,
)
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet import error as twisted_error
from twisted.python.failure import Failure

from adalscan.models import CrawlStatus
from crawler.guard import RefusedPrivateAddress, resolver_refusal


class SiteBudgetExhausted(IgnoreRequest):
    """The site used up its page, byte or time budget: the request is dropped, not failed."""


class AlreadyFetched(IgnoreRequest):
    """A second queued copy of a page already sent to the downloader (a link re-queued at a better priority)."""


class TrapUrlRefused(IgnoreRequest):
    """A redirect led into a trap URL (too long, looping path): dropped, counted as a note."""


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """The exception, its causes, and the failures a Twisted ResponseFailed carries in `reasons`."""
    seen: set[int] = set()
    todo = [exc]
    while todo:
        current = todo.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        if current.__cause__ is not None:
            todo.append(current.__cause__)
        if current.__context__ is not None:
            todo.append(current.__context__)
        for reason in getattr(current, "reasons", None) or []:
            value = getattr(reason, "value", reason)
            if isinstance(value, BaseException):
                todo.append(value)


def _is_tls(exc: BaseException) -> bool:
    module = type(exc).__module__ or ""
    name = type(exc).__name__
    return (module.startswith(("OpenSSL", "ssl", "service_identity")) or "SSL" in name or "TLS" in name
            or "certificate" in str(exc).lower() or "tlsv1" in str(exc).lower())


def _tls_reason(exc: BaseException) -> str:
    """'wrong version number' out of OpenSSL's [('SSL routines', '', 'wrong version number')]."""
    args = exc.args[0] if exc.args and isinstance(exc.args[0], list) else None
    if args and isinstance(args[0], tuple) and args[0]:
        return str(args[0][-1])[:200]
    return " ".join(str(exc).split())[:200] or type(exc).__name__


def classify_exception(exc: BaseException) -> tuple[CrawlStatus, str]:
    """(status, detail) for the exception a request failed with; never raises."""
    chain = list(_chain(exc))
    text = " ".join(str(exc).split())[:200]
    for item in chain:
        if isinstance(item, RefusedPrivateAddress):
            return CrawlStatus.REFUSED_PRIVATE, " ".join(str(item).split())[:200]
    if isinstance(exc, HttpError):
        return CrawlStatus.HTTP_ERROR, f"HTTP {exc.response.status}"
    if isinstance(exc, IgnoreRequest):
        lowered = text.lower()
        if "during decompression" in lowered or "download_maxsize" in lowered:
            return CrawlStatus.TOO_LARGE, text
        if lowered.startswith("forbidden by robots.txt"):
            return CrawlStatus.ROBOTS_DISALLOWED, "forbidden by robots.txt"
        if lowered.startswith("max redirections"):
            return CrawlStatus.REDIRECT_LOOP, f"{text} (redirect loop or too many redirects)"
        return CrawlStatus.CONNECTION_ERROR, text or "request ignored"
    tls = next((item for item in chain if _is_tls(item)), None)
    if tls is not None:
        return CrawlStatus.TLS_ERROR, f"TLS handshake failed: {_tls_reason(tls)}"
    for item in chain:
        if isinstance(item, (CannotResolveHostError, twisted_error.DNSLookupError)):
            return CrawlStatus.DNS_ERROR, text or "host name does not resolve"
        if isinstance(item, (DownloadTimeoutError, twisted_error.TimeoutError, twisted_error.TCPTimedOutError)):
            return CrawlStatus.TIMEOUT, text or "timed out"
        if isinstance(item, DownloadCancelledError):
            return CrawlStatus.TOO_LARGE, text or "download cancelled at the size cap"
        if isinstance(item, (DownloadConnectionRefusedError, twisted_error.ConnectionRefusedError)):
            return CrawlStatus.CONNECTION_ERROR, text or "connection refused"
    name = type(exc).__name__
    if "Timeout" in name:
        return CrawlStatus.TIMEOUT, text
    # A connection lost or reset mid-way: name the innermost cause, not the wrapper's list of failures.
    inner = [item for item in chain if getattr(item, "reasons", None) is None and item is not exc]
    cause = inner[-1] if inner else exc
    cause_text = " ".join(str(cause).split())[:200]
    return CrawlStatus.CONNECTION_ERROR, f"{type(cause).__name__}: {cause_text}" if cause_text else type(cause).__name__


def classify_failure(failure: Failure) -> tuple[CrawlStatus, str]:
    """(status, detail) for a request failure as an errback receives it; never raises."""
    exc = failure.value
    if not isinstance(exc, BaseException):
        return CrawlStatus.CONNECTION_ERROR, str(exc)[:200]
    status, detail = classify_exception(exc)
    request = getattr(failure, "request", None)
    if status == CrawlStatus.DNS_ERROR and request is not None:
        refusal = resolver_refusal(urlparse_cached(request).hostname or "")
        if refusal:  # the resolver refused the name's address; Twisted reported it as a lookup failure
            return CrawlStatus.REFUSED_PRIVATE, f"refused_private: {refusal}"
    return status, detail


# The ledger note each failure status is counted under (for a page that is not the home page).
NOTE_FOR_STATUS = {
    CrawlStatus.REFUSED_PRIVATE: "refused_private",
    CrawlStatus.ROBOTS_DISALLOWED: "robots_disallowed",
    CrawlStatus.REDIRECT_LOOP: "redirect_loop",
    CrawlStatus.TOO_LARGE: "download_too_large",
    CrawlStatus.TIMEOUT: "timeout",
    CrawlStatus.HTTP_ERROR: "http_error",
    CrawlStatus.CONNECTION_ERROR: "connection_error",
    CrawlStatus.TLS_ERROR: "tls_error",
    CrawlStatus.DNS_ERROR: "dns_error",
}


# Answers by which a site refuses the crawler rather than lacks the page: what stays unfetched because of
# them is "cut by the site", never evidence that a page (or an artefact) is not there.
REFUSAL_STATUSES = frozenset({401, 403, 429, 503})


def refused_by_site(exc: object) -> bool:
    """Is this failure an HTTP refusal (401/403/429/503 after retries)?"""
    response = getattr(exc, "response", None)
    return response is not None and getattr(response, "status", 0) in REFUSAL_STATUSES
