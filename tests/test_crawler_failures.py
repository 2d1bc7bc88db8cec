"""Each way a request fails maps to one status of the closed CrawlStatus list."""

from __future__ import annotations

import pytest
from OpenSSL import SSL
from scrapy import Request
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
)
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import error as twisted_error
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseNeverReceived

from adalscan.models import CrawlStatus
from crawler.failures import classify_exception, classify_failure
from crawler.guard import RefusedPrivateAddress


def _wrapped(outer: type[Exception], inner: BaseException) -> Exception:
    """An exception raised `from` another, the way Scrapy 2.19 wraps Twisted's errors."""
    try:
        raise outer(str(inner)) from inner
    except outer as exc:
        return exc


def _tls_failure() -> Exception:
    ssl_error = SSL.Error([("SSL routines", "", "wrong version number")])
    return _wrapped(DownloadFailedError, ResponseNeverReceived([Failure(ssl_error)]))


@pytest.mark.parametrize(("exc", "status", "detail_part"), [
    (RefusedPrivateAddress("refused_private: 127.0.0.1 is a non-public address"), CrawlStatus.REFUSED_PRIVATE,
     "127.0.0.1"),
    (IgnoreRequest("Forbidden by robots.txt"), CrawlStatus.ROBOTS_DISALLOWED, "robots.txt"),
    (IgnoreRequest("max redirections reached"), CrawlStatus.REDIRECT_LOOP, "redirect"),
    (IgnoreRequest("Ignored response <200 http://u.test/redirect/> because its body (65250 B compressed, "
                   "4063232 B decompressed so far) exceeded DOWNLOAD_MAXSIZE (4000000 B) during decompression."),
     CrawlStatus.TOO_LARGE, "decompression"),
    (_wrapped(CannotResolveHostError, twisted_error.DNSLookupError("no results")), CrawlStatus.DNS_ERROR, "no results"),
    (DownloadTimeoutError("Getting http://u.test/ took longer than 20.0 seconds."), CrawlStatus.TIMEOUT, "longer"),
    (twisted_error.TCPTimedOutError(), CrawlStatus.TIMEOUT, ""),
    (DownloadCancelledError("Received 40000000 bytes which is larger than download max size"), CrawlStatus.TOO_LARGE,
     "max size"),
    (_wrapped(DownloadConnectionRefusedError, twisted_error.ConnectionRefusedError()), CrawlStatus.CONNECTION_ERROR,
     ""),
    (_tls_failure(), CrawlStatus.TLS_ERROR, "wrong version number"),
    (twisted_error.ConnectionLost("reset"), CrawlStatus.CONNECTION_ERROR, "ConnectionLost"),
    (_wrapped(DownloadFailedError, ResponseNeverReceived([Failure(twisted_error.ConnectionLost("non-clean"))])),
     CrawlStatus.CONNECTION_ERROR, "ConnectionLost: Connection to the other side was lost"),
])
def test_exceptions_map_to_one_closed_status(exc: Exception, status: CrawlStatus, detail_part: str) -> None:
    got_status, detail = classify_exception(exc)
    assert got_status is status
    assert detail_part in detail
    assert got_status in set(CrawlStatus)


def test_http_errors_name_the_status_code() -> None:
    request = Request("http://u.test/")
    response = Response(request.url, status=503, request=request)
    assert classify_exception(HttpError(response)) == (CrawlStatus.HTTP_ERROR, "HTTP 503")


def test_a_name_the_resolver_refused_is_refused_private_not_a_dns_error() -> None:
    from twisted.internet.testing import MemoryReactorClock

    from crawler.guard import AddressPolicy, GuardedResolver

    resolver = GuardedResolver(MemoryReactorClock(), 0, 5.0, AddressPolicy(False, {"vault.test": "10.9.9.9"}))
    resolver.getHostByName("vault.test").addErrback(lambda _: None)
    # Twisted's HostnameEndpoint reports any resolver failure as "no results for hostname lookup".
    failure = Failure(_wrapped(CannotResolveHostError, twisted_error.DNSLookupError("no results for vault.test")))
    failure.request = Request("http://vault.test/")  # type: ignore[attr-defined]
    status, detail = classify_failure(failure)
    assert status is CrawlStatus.REFUSED_PRIVATE and "10.9.9.9" in detail
    plain = Failure(_wrapped(CannotResolveHostError, twisted_error.DNSLookupError("no results")))
    plain.request = Request("http://gone.example.test/")  # type: ignore[attr-defined]
    assert classify_failure(plain)[0] is CrawlStatus.DNS_ERROR


def test_only_ok_and_budget_exhausted_count_as_crawled() -> None:
    crawled = {s for s in CrawlStatus if s.crawled}
    assert crawled == {CrawlStatus.OK, CrawlStatus.BUDGET_EXHAUSTED}
