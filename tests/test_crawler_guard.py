"""The address guard: private targets are refused before any connection, test names map to loopback."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse
from twisted.internet.error import DNSLookupError
from twisted.internet.testing import MemoryReactorClock

from crawler.guard import (
    AddressPolicy,
    BrowserRequestFilter,
    GuardedResolver,
    RefusedPrivateAddress,
    ResolverRefusal,
    is_forbidden_address,
    parse_overrides,
    resolver_refusal,
)
from crawler.middlewares import PrivateAddressGuard

OVERRIDES = {"good.test": "127.0.1.40", "intranet.test": "10.0.0.1", "metadata.test": "169.254.169.254",
             "public.test": "93.184.216.34"}


@pytest.mark.parametrize("address", [
    "127.0.0.1", "127.0.1.40", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "169.254.1.1",
    "100.100.100.200", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "fe80::1", "fc00::1",
    "fd00:ec2::254", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "2002:7f00:1::", "not-an-address"])
def test_non_public_addresses_are_forbidden(address: str) -> None:
    assert is_forbidden_address(address)


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2a00:1450:4001:81a::200e", "[2606:4700::1]"])
def test_public_addresses_are_allowed(address: str) -> None:
    assert not is_forbidden_address(address)


def test_overrides_accept_json_text_and_reject_non_addresses() -> None:
    assert parse_overrides('{"Good.Test.": "127.0.1.40"}') == {"good.test": "127.0.1.40"}
    assert parse_overrides({}) == {} and parse_overrides("") == {}
    with pytest.raises(ValueError, match="not an IP address"):
        parse_overrides({"good.test": "somewhere"})


def _guard_request(url: str, allow_private: bool = False, **meta: object) -> None:
    guard = PrivateAddressGuard(AddressPolicy(allow_private, OVERRIDES))
    asyncio.run(guard.process_request(Request(url, meta=dict(meta))))


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/", "http://127.0.0.1:8080/canary", "http://[::1]/", "http://169.254.169.254/latest/meta-data/",
    "http://10.0.0.1/", "http://intranet.test/", "http://metadata.test:80/x", "http://[::ffff:192.168.0.1]/"])
def test_guard_refuses_private_targets_without_allow_private(url: str) -> None:
    with pytest.raises(RefusedPrivateAddress, match="refused_private"):
        _guard_request(url)


def test_guard_lets_override_names_through_as_public_looking() -> None:
    _guard_request("http://good.test:8080/page")  # maps to loopback for the connection only
    _guard_request("http://GOOD.test./page")


def test_allow_private_opens_loopback_but_never_simulated_private_answers() -> None:
    _guard_request("http://127.0.0.1/", allow_private=True)
    _guard_request("http://10.0.0.1/", allow_private=True)  # a literal the operator asked for
    with pytest.raises(RefusedPrivateAddress):
        _guard_request("http://intranet.test/", allow_private=True)  # a simulated answer: never connected to


def test_guard_resolves_names_for_chromium_requests() -> None:
    # Chromium resolves names itself, so a page going to the browser is resolved and judged first.
    with pytest.raises(RefusedPrivateAddress, match=r"localhost resolves to 127\.0\.0\.1"):
        _guard_request("http://localhost/", playwright=True)


def test_guard_refuses_a_response_served_from_a_private_peer() -> None:
    guard = PrivateAddressGuard(AddressPolicy(False, OVERRIDES))
    request = Request("http://college.example.test/")
    from ipaddress import ip_address

    served = HtmlResponse(request.url, body=b"<html></html>", request=request, ip_address=ip_address("10.1.2.3"))
    with pytest.raises(RefusedPrivateAddress, match=r"served from 10\.1\.2\.3"):
        guard.process_response(request, served)
    test_site = Request("http://good.test/")
    loopback = HtmlResponse(test_site.url, body=b"x", request=test_site, ip_address=ip_address("127.0.1.40"))
    assert guard.process_response(test_site, loopback) is loopback


def _resolve(resolver: GuardedResolver, name: str) -> object:
    outcome: list[object] = []
    resolver.getHostByName(name).addBoth(outcome.append)
    assert outcome, "override, reserved and loopback names are answered without touching the network"
    return outcome[0]


def test_resolver_connects_test_names_to_loopback_and_refuses_the_rest() -> None:
    resolver = GuardedResolver(MemoryReactorClock(), 0, 5.0, AddressPolicy(False, OVERRIDES))
    assert _resolve(resolver, "good.test") == "127.0.1.40"
    refused = _resolve(resolver, "intranet.test")
    assert isinstance(getattr(refused, "value", None), ResolverRefusal)  # a DNSLookupError, so Twisted stays quiet
    assert resolver_refusal("intranet.test") == "intranet.test resolves to 10.0.0.1"
    simulated_public = _resolve(resolver, "public.test")  # a simulated answer is never connected to
    assert isinstance(getattr(simulated_public, "value", None), DNSLookupError)
    reserved = _resolve(resolver, "nowhere.invalid")
    assert isinstance(getattr(reserved, "value", None), DNSLookupError)
    loopback = _resolve(resolver, "localhost")
    assert isinstance(getattr(loopback, "value", None), ResolverRefusal)
    assert resolver_refusal("localhost") == "localhost is the loopback interface"
    assert resolver.reactor.getDelayedCalls() == []  # nothing was scheduled: no lookup, no connection


def test_resolver_judges_the_address_it_hands_to_the_connection() -> None:
    resolver = GuardedResolver(MemoryReactorClock(), 0, 5.0, AddressPolicy(False, {}))
    assert resolver._judge("93.184.216.34", "college.example.test") == "93.184.216.34"
    with pytest.raises(ResolverRefusal):
        resolver._judge("192.168.10.2", "rebinding.example.test")
    assert resolver_refusal("rebinding.example.test") == "rebinding.example.test resolves to 192.168.10.2"
    permissive = GuardedResolver(MemoryReactorClock(), 0, 5.0, AddressPolicy(True, {}))
    assert permissive._judge("192.168.10.2", "lab.example.test") == "192.168.10.2"


def test_browser_filter_maps_test_names_for_chromium() -> None:
    args = BrowserRequestFilter(AddressPolicy(False, OVERRIDES)).chromium_args()
    assert args == ["--host-resolver-rules=MAP good.test 127.0.1.40"]  # never the simulated private answers
    assert BrowserRequestFilter(AddressPolicy(False, {})).chromium_args() == []


@dataclass(frozen=True)
class BrowserRequestShape:
    """The two attributes of a Playwright request that BrowserRequestFilter reads."""

    url: str
    resource_type: str


@pytest.mark.parametrize(("url", "resource_type", "aborted"), [
    ("http://good.test/app.js", "script", False),
    ("http://good.test/api/menu", "fetch", False),
    ("data:text/plain,hello", "fetch", False),
    ("http://good.test/logo.png", "image", True),  # heavy and never evidence
    ("http://127.0.0.1:8080/canary", "fetch", True),
    ("http://169.254.169.254/latest/meta-data/", "xhr", True),
    ("http://metadata.test/", "document", True),
    ("http://localhost/", "script", True),
    ("ftp://good.test/file", "document", True),
])
def test_browser_filter_aborts_private_and_heavy_subrequests(url: str, resource_type: str, aborted: bool) -> None:
    browser_filter = BrowserRequestFilter(AddressPolicy(False, OVERRIDES))
    assert asyncio.run(browser_filter(BrowserRequestShape(url, resource_type))) is aborted
