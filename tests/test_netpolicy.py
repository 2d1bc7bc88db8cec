"""The one address policy (adalscan.netpolicy): the crawler's guard and the goszakup URL check share it."""

from __future__ import annotations

import socket
from typing import Any

import pytest

from adalscan import netpolicy
from adalscan.netpolicy import is_forbidden_address, names_private_host, url_refusal
from crawler import guard


def test_the_crawler_guard_uses_the_one_policy() -> None:
    assert guard.is_forbidden_address is netpolicy.is_forbidden_address
    assert guard.literal_address is netpolicy.literal_address


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080/", "http://[::1]/", "http://localhost/", "http://a.localhost/",
                                 "http://10.1.2.3/", "http://169.254.169.254/latest/", "http://[::ffff:192.168.1.1]/"])
def test_literal_and_local_hosts_are_refused_without_dns(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_dns(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("no DNS lookup for a literal or localhost")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    assert names_private_host(url)
    assert url_refusal(url, allow_private=False)
    assert url_refusal(url, allow_private=True) is None


def _answer(address: str) -> Any:
    def getaddrinfo(host: str, *args: Any, **kwargs: Any) -> list[Any]:
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, 0))]

    return getaddrinfo


def test_a_name_is_judged_by_the_addresses_it_resolves_to(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket, "getaddrinfo", _answer("10.0.0.7"))  # a DNS answer pointing inside
    assert not names_private_host("https://portal.example.test/")
    assert url_refusal("https://portal.example.test/", allow_private=False) == "portal.example.test resolves to 10.0.0.7"
    monkeypatch.setattr(socket, "getaddrinfo", _answer("8.8.8.8"))
    assert url_refusal("https://portal.example.test/", allow_private=False) is None


def test_a_name_that_does_not_resolve_is_left_to_fail_on_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    def fails(*args: Any, **kwargs: Any) -> Any:
        raise socket.gaierror("no such name")

    monkeypatch.setattr(socket, "getaddrinfo", fails)
    assert url_refusal("https://goszakup.example.test/", allow_private=False) is None
    assert is_forbidden_address("not an address")
