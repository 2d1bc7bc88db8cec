"""Map a failed request to one CrawlStatus from the closed list, with a short human-readable cause."""

from __future__ import annotations

from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import error as twisted_error
from twisted.python.failure import Failure

from adalscan.models import CrawlStatus
from crawler.middlewares import RefusedPrivateAddress


def classify_failure(failure: Failure) -> tuple[CrawlStatus, str]:
    """(status, detail) for a request failure; never raises."""
    exc = failure.value
    text = str(exc)[:200]
    if isinstance(exc, RefusedPrivateAddress):
        return CrawlStatus.REFUSED_PRIVATE, text
    if isinstance(exc, HttpError):
        return CrawlStatus.HTTP_ERROR, f"HTTP {exc.response.status}"
    if isinstance(exc, IgnoreRequest):
        if "robots.txt" in text:
            return CrawlStatus.ROBOTS_DISALLOWED, "forbidden by robots.txt"
        return CrawlStatus.CONNECTION_ERROR, text or "request ignored"
    if isinstance(exc, twisted_error.DNSLookupError):
        return CrawlStatus.DNS_ERROR, text
    if isinstance(exc, (twisted_error.TimeoutError, twisted_error.TCPTimedOutError)):
        return CrawlStatus.TIMEOUT, text
    name = type(exc).__name__
    if "SSL" in name or "TLS" in name or "certificate" in text.lower():
        return CrawlStatus.TLS_ERROR, text
    if "Timeout" in name:
        return CrawlStatus.TIMEOUT, text
    return CrawlStatus.CONNECTION_ERROR, f"{name}: {text}"
