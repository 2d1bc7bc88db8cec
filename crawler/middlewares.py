"""Downloader middlewares: the guard that keeps the crawler off private networks.

Every request (including each redirect step, which Scrapy re-schedules through this chain) has its host
resolved, and is refused when any address is loopback, private, link-local, multicast, reserved or a
cloud metadata address, unless the scan says --allow-private.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest

METADATA_ADDRESSES = {ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254")}


class RefusedPrivateAddress(IgnoreRequest):
    """The target resolves to an address a public-web scan must not touch."""


def is_forbidden_address(address: str) -> bool:
    """True for addresses a public-web crawl must never contact."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return (ip in METADATA_ADDRESSES or ip.is_loopback or ip.is_private or ip.is_link_local
            or ip.is_multicast or ip.is_reserved or ip.is_unspecified)


async def resolve(host: str) -> list[str]:
    """All addresses `host` resolves to (literal IPs pass through), resolved off the reactor thread."""
    try:
        return [str(ipaddress.ip_address(host.strip("[]")))]
    except ValueError:
        pass
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    return sorted({info[4][0] for info in infos})


class PrivateAddressGuard:
    """Refuses requests to private targets (Scrapy's OffsiteMiddleware shape, for addresses).

    The resolved address is checked at request time; the download handler resolves again, so a DNS answer
    that changes between the two (rebinding) is caught by the second look in `process_response` through
    the connection's peer address when the handler exposes it (`response.ip_address`).
    """

    def __init__(self, allow_private: bool) -> None:
        self.allow_private = allow_private

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PrivateAddressGuard:
        return cls(crawler.settings.getbool("ADALSCAN_ALLOW_PRIVATE"))

    async def process_request(self, request: Request) -> None:
        if self.allow_private or request.meta.get("adalscan_guard_checked") == request.url:
            return None
        host = request.url.split("://", 1)[-1].split("/", 1)[0].rsplit("@", 1)[-1]
        host = host.rsplit(":", 1)[0] if host.count(":") == 1 else host
        try:
            addresses = await resolve(host)
        except OSError:
            return None  # let the download fail with its own DNS error, recorded as dns_error
        bad = [a for a in addresses if is_forbidden_address(a)]
        if bad:
            raise RefusedPrivateAddress(f"refused_private: {host} resolves to {', '.join(bad)}")
        request.meta["adalscan_guard_checked"] = request.url
        return None

    def process_response(self, request: Request, response: Any) -> Any:
        peer = getattr(response, "ip_address", None)
        if not self.allow_private and peer is not None and is_forbidden_address(str(peer)):
            raise RefusedPrivateAddress(f"refused_private: {request.url} was served from {peer}")
        return response
