"""Addressing shared by the generator and the server: loopback hosts, URL -> file mapping."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qsl, urlencode

MAX_HOSTS = 254 * 254  # 127.0.1.1 ... 127.0.254.254


def host_address(number: int) -> str:
    """Loopback address of host number N (1-based): 127.0.1.N for N <= 254, then 127.0.2.1, ...

    Octets 0 and 255 are skipped so no address looks like a network or broadcast address.
    """
    if not 1 <= number <= MAX_HOSTS:
        raise ValueError(f"host number {number} out of range 1..{MAX_HOSTS}")
    third, fourth = divmod(number - 1, 254)
    return f"127.0.{third + 1}.{fourth + 1}"


def canonical_query(query: str) -> str:
    """Query string with parameters sorted, so '?b=1&a=2' and '?a=2&b=1' name the same file."""
    return urlencode(sorted(parse_qsl(query, keep_blank_values=True)))


def file_for_url(url: str) -> str:
    """Relative file path that serves a site URL path (+ query): '/ru/x/' -> 'ru/x/index.html',
    '/x?lang=kk' -> 'x@lang=kk' (a query-addressed page is stored as '<path>@<sorted query>')."""
    path, _, query = url.partition("?")
    rel = path.lstrip("/")
    if rel == "" or rel.endswith("/"):
        rel += "index.html"
    if query:
        rel += "@" + canonical_query(query)
    return rel


def locate_file(site_root: Path, path: str, query: str = "") -> Path | None:
    """The file serving a decoded path + raw query on one site: '<path>@<sorted query>' first, then
    the query reduced to the parameters pages use (lang, id), then the path alone."""
    candidates = [file_for_url(f"{path}?{query}")] if query else []
    if query:
        # Ignore tracking and unknown parameters the way a CMS does: keep only the ones pages use.
        known = "&".join(p for p in query.split("&") if p.split("=", 1)[0] in ("lang", "id"))
        if known and known != query:
            candidates.append(file_for_url(f"{path}?{known}"))
    candidates.append(file_for_url(path))
    for rel in candidates:
        candidate = site_root / rel
        if candidate.is_file():
            return candidate
    return None
