"""The address guard: a public-web crawl never touches loopback, private, link-local or metadata addresses.

Three places enforce it, because a hostile site can reach an internal address in three ways:

* `GuardedResolver` (TWISTED_DNS_RESOLVER) judges the very address Scrapy is about to connect to, in the
  same step that resolves it, so no DNS answer that changes between a check and the connection (rebinding)
  can slip through: a refused name never gets a socket.
* `PrivateAddressGuard` (downloader middleware) refuses literal IP targets (which never reach a resolver),
  every redirect step (Scrapy re-schedules redirects through the middleware chain), and resolves names for
  requests that Chromium will fetch itself.
* `BrowserRequestFilter` (PLAYWRIGHT_ABORT_REQUEST) judges every sub-request a rendered page makes.

Test-only hook: ADALSCAN_RESOLVER_OVERRIDES maps names (e.g. "good.test") to addresses. A name mapped to a
loopback address is connected to on loopback but judged as a public-looking name, so the guard can be
exercised with --allow-private off against sites served on 127.x. A name mapped to any other address
(10.0.0.1, 169.254.169.254) is a simulated DNS answer only: it is judged by that address and never
connected to, whatever --allow-private says.
"""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.resolver import CachingThreadedResolver
from twisted.internet import defer
from twisted.internet.base import ReactorBase
from twisted.internet.error import DNSLookupError
from twisted.internet.interfaces import IResolverSimple
from zope.interface import implementer

from adalscan.netpolicy import is_forbidden_address, is_loopback, literal_address

# RFC 6761 / 2606 names that never resolve on the public DNS: failing them at once saves a DNS timeout.
RESERVED_SUFFIXES = (".test", ".invalid", ".example", ".local")


class RefusedPrivateAddress(IgnoreRequest):
    """The target resolves to an address a public-web scan must not touch."""


# Twisted's HostnameEndpoint turns every resolver failure into "no results for hostname lookup", so the
# resolver also notes here why it refused a name; crawler.failures reads it back (one crawl per process).
_REFUSED_BY_RESOLVER: dict[str, str] = {}


def resolver_refusal(host: str) -> str | None:
    """Why GuardedResolver refused `host` in this process, or None."""
    return _REFUSED_BY_RESOLVER.get(host.lower().rstrip("."))


class ResolverRefusal(DNSLookupError):
    """Raised by GuardedResolver: a DNSLookupError to Twisted (which logs any other error as CRITICAL)."""


def _refuse(host: str, reason: str) -> ResolverRefusal:
    _REFUSED_BY_RESOLVER[host] = reason
    return ResolverRefusal(f"refused_private: {reason}")


def parse_overrides(value: Any) -> dict[str, str]:
    """ADALSCAN_RESOLVER_OVERRIDES as {lowercase name: address}; accepts a dict or its JSON text."""
    if not value:
        return {}
    if isinstance(value, str):
        value = json.loads(value)
    if not isinstance(value, Mapping):
        raise ValueError("ADALSCAN_RESOLVER_OVERRIDES must map host names to IP addresses")
    overrides: dict[str, str] = {}
    for name, address in value.items():
        literal = literal_address(str(address))
        if literal is None:
            raise ValueError(f"ADALSCAN_RESOLVER_OVERRIDES: {address!r} (for {name!r}) is not an IP address")
        overrides[str(name).lower().rstrip(".")] = literal
    return overrides


class AddressPolicy:
    """Decides whether a host may be contacted; shared by the resolver, the middleware and the browser filter."""

    def __init__(self, allow_private: bool, overrides: Mapping[str, str] | None = None) -> None:
        self.allow_private = allow_private
        self.overrides = dict(overrides or {})

    @classmethod
    def from_settings(cls, settings: Any) -> AddressPolicy:
        return cls(settings.getbool("ADALSCAN_ALLOW_PRIVATE"),
                   parse_overrides(settings.get("ADALSCAN_RESOLVER_OVERRIDES")))

    def refusal_without_dns(self, host: str) -> str | None:
        """Why `host` is refused when that can be told without DNS (literal, override); None if it can't."""
        host = host.lower().rstrip(".")
        if host in self.overrides:
            mapped = self.overrides[host]
            if is_loopback(mapped):
                return None  # a test site standing in for a public server
            if is_forbidden_address(mapped):
                return f"{host} resolves to {mapped}"
            return None
        literal = literal_address(host)
        if literal is not None and not self.allow_private and is_forbidden_address(literal):
            return f"{host} is a non-public address"
        return None

    def needs_dns_check(self, host: str) -> bool:
        """True when the host is a real name whose addresses still have to be judged."""
        host = host.lower().rstrip(".")
        return not self.allow_private and host not in self.overrides and literal_address(host) is None

    def refusal_for_addresses(self, host: str, addresses: list[str]) -> str | None:
        if self.allow_private:
            return None
        bad = [a for a in addresses if is_forbidden_address(a)]
        return f"{host} resolves to {', '.join(bad)}" if bad else None

    def peer_is_forbidden(self, host: str, peer: str) -> bool:
        """The connection's peer address, judged after the fact (belt and braces)."""
        host = host.lower().rstrip(".")
        if self.allow_private or (host in self.overrides and is_loopback(self.overrides[host])):
            return False
        return is_forbidden_address(peer)

    async def check_host(self, host: str) -> None:
        """Raise RefusedPrivateAddress when `host` must not be contacted (resolving names off the reactor)."""
        reason = self.refusal_without_dns(host)
        if reason is None and self.needs_dns_check(host):
            try:
                addresses = await resolve_all(host)
            except OSError:
                return  # the download fails with its own DNS error, recorded as dns_error
            reason = self.refusal_for_addresses(host, addresses)
        if reason:
            raise RefusedPrivateAddress(f"refused_private: {reason}")


async def resolve_all(host: str) -> list[str]:
    """All addresses `host` resolves to, resolved in the loop's executor (never on the reactor thread)."""
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


@implementer(IResolverSimple)
class GuardedResolver(CachingThreadedResolver):
    """Scrapy's caching resolver, plus the test overrides and the address judgement at connection time."""

    def __init__(self, reactor: ReactorBase, cache_size: int, timeout: float, policy: AddressPolicy) -> None:
        super().__init__(reactor, cache_size, timeout)
        self.policy = policy

    @classmethod
    def from_crawler(cls, crawler: Crawler, reactor: ReactorBase) -> GuardedResolver:
        settings = crawler.settings
        cache_size = settings.getint("DNSCACHE_SIZE") if settings.getbool("DNSCACHE_ENABLED") else 0
        return cls(reactor, cache_size, settings.getfloat("DNS_TIMEOUT"), AddressPolicy.from_settings(settings))

    def getHostByName(self, name: str, timeout: Any = ()) -> defer.Deferred[str]:
        host = name.lower().rstrip(".")
        mapped = self.policy.overrides.get(host)
        if mapped is not None:
            if is_loopback(mapped):
                return defer.succeed(mapped)
            # A simulated answer for a non-loopback address: judged, never connected to.
            if is_forbidden_address(mapped):
                return defer.fail(_refuse(host, f"{host} resolves to {mapped}"))
            return defer.fail(DNSLookupError(f"{host}: simulated address {mapped} is not reachable"))
        if (host == "localhost" or host.endswith(".localhost")) and not self.policy.allow_private:
            return defer.fail(_refuse(host, f"{host} is the loopback interface"))
        if host.endswith(RESERVED_SUFFIXES):
            return defer.fail(DNSLookupError(f"{host}: reserved name, not in the public DNS"))
        d = super().getHostByName(name, timeout)
        d.addCallback(self._judge, host)
        return d

    def _judge(self, address: str, host: str) -> str:
        reason = self.policy.refusal_for_addresses(host, [address])
        if reason:
            raise _refuse(host, reason)
        return address


class BrowserRequestFilter:
    """PLAYWRIGHT_ABORT_REQUEST: aborts a rendered page's sub-requests that are heavy or not allowed.

    Chromium resolves names itself, so each sub-request (scripts, XHR, frames, redirects) is judged here.
    """

    HEAVY_RESOURCES = frozenset({"image", "media", "font"})

    def __init__(self, policy: AddressPolicy) -> None:
        self.policy = policy

    async def __call__(self, request: Any) -> bool:
        if request.resource_type in self.HEAVY_RESOURCES:
            return True
        parts = urlsplit(request.url)
        if parts.scheme in ("data", "blob", "about"):
            return False
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return True
        try:
            await self.policy.check_host(parts.hostname)
        except RefusedPrivateAddress:
            return True
        return False

    def chromium_args(self) -> list[str]:
        """--host-resolver-rules so Chromium maps the test names like the crawler's resolver does."""
        rules = [f"MAP {name} {address}" for name, address in self.policy.overrides.items() if is_loopback(address)]
        return [f"--host-resolver-rules={', '.join(rules)}"] if rules else []
