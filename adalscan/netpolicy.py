"""The network policies shared by the crawler and the goszakup client: which hosts adalscan may contact on the
public web, and how long a server asks it to wait (Retry-After).

Loopback, private, link-local, reserved and cloud-metadata addresses are refused unless a scan says
`--allow-private` (tests and the demo serve everything on 127.x). The crawler enforces it at its resolver,
its middleware and its browser filter (crawler.guard, on top of these functions); the goszakup client and
the listings spider judge the portal URL with `url_refusal` before the first request.
"""

from __future__ import annotations

import ipaddress
import socket
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

METADATA_ADDRESSES = frozenset({ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254"),
                                ipaddress.ip_address("100.100.100.200")})


def is_forbidden_address(address: str) -> bool:
    """True for addresses a public-web crawl must never contact (loopback, private, link-local, metadata...)."""
    try:
        ip = ipaddress.ip_address(address.strip("[]").split("%", 1)[0])
    except ValueError:
        return True  # not an address at all: refuse rather than guess
    if isinstance(ip, ipaddress.IPv6Address):
        mapped = ip.ipv4_mapped or ip.sixtofour
        if mapped is not None:
            ip = mapped
    return (ip in METADATA_ADDRESSES or ip.is_loopback or ip.is_private or ip.is_link_local
            or ip.is_multicast or ip.is_reserved or ip.is_unspecified or not ip.is_global)


def literal_address(host: str) -> str | None:
    """The host as a normalised IP address when it is an IP literal, else None."""
    try:
        return str(ipaddress.ip_address(host.strip("[]").split("%", 1)[0]))
    except ValueError:
        return None


def is_loopback(address: str) -> bool:
    literal = literal_address(address)
    return literal is not None and ipaddress.ip_address(literal).is_loopback


def names_private_host(url: str) -> bool:
    """True when the URL's host is, on its face, not public: localhost or a non-public IP literal."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    literal = literal_address(host)
    return literal is not None and is_forbidden_address(literal)


def url_refusal(url: str, allow_private: bool) -> str | None:
    """Why `url` must not be contacted, or None: its host is localhost, a non-public literal, or a name that
    resolves to a non-public address. A name that does not resolve is not refused here (the request then
    fails with its own error). Blocking: call it once per target, before the first request."""
    if allow_private:
        return None
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    if names_private_host(url):
        return f"{host} is a loopback/private address"
    if literal_address(host) is not None or not host:
        return None
    try:
        addresses = sorted({str(info[4][0]) for info in socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)})
    except OSError:
        return None
    bad = [a for a in addresses if is_forbidden_address(a)]
    return f"{host} resolves to {', '.join(bad)}" if bad else None


def parse_retry_after(value: str | bytes | None, now: datetime | float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date); None when absent or unreadable.
    `now` (a datetime or a POSIX timestamp) is for tests."""
    if value is None:
        return None
    text = (value.decode("latin-1") if isinstance(value, bytes) else value).strip()
    if not text:
        return None
    if text.isdigit():
        return float(int(text))
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    if isinstance(now, (int, float)):
        now = datetime.fromtimestamp(now, UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())
