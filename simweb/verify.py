"""Walk a generated site through its links, without a server: what a plain (non-JS) crawler can reach.

Used by the tests to check truth.csv against the link graph, and handy for benchmarks (pages per site).
"""

from __future__ import annotations

import html
import re
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from simweb.generate import SiteEntry
from simweb.urls import locate_file

HREF = re.compile(rb'href="([^"]*)"')


@dataclass(slots=True)
class Walk:
    reachable: set[str] = field(default_factory=set)  # decoded URL paths (+ ?query) that answer 200
    broken: set[str] = field(default_factory=set)  # linked URLs that answer 404
    offsite: set[str] = field(default_factory=set)  # absolute links to other hosts (not followed)
    pages: dict[str, Path] = field(default_factory=dict)  # HTML page URL -> file


def normalise(url: str) -> str:
    parts = urlsplit(url)
    return unquote(parts.path) + (f"?{parts.query}" if parts.query else "")


def walk_site(out_dir: Path, site: SiteEntry, limit: int = 5000) -> Walk:
    """Breadth-first walk from '/' following <a href> links and the site's redirects."""
    root = out_dir / "sites" / site.id
    redirects = {k: str(v[1]) for k, v in site.redirects.items()}
    origin = "http://site.invalid"
    result = Walk()
    queue, seen = deque(["/"]), {"/"}
    while queue and len(seen) < limit:
        url = queue.popleft()
        path, _, query = url.partition("?")
        if path in redirects:
            nxt = normalise(urljoin(origin + url, redirects[path]))
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        target = locate_file(root, path, query)
        if target is None and not path.endswith("/") and (root / path.lstrip("/")).is_dir():
            target = locate_file(root, path + "/", query)
        if target is None:
            result.broken.add(url)
            continue
        result.reachable.add(url)
        data = target.read_bytes()
        if data.startswith((b"%PDF-", b"PK\x03\x04")) or target.name in ("robots.txt", "sitemap.xml"):
            continue
        result.pages[url] = target
        for raw in HREF.findall(data):
            href = html.unescape(raw.decode("utf-8", "replace"))
            absolute = urljoin(origin + url, href)
            if not absolute.startswith(origin + "/"):
                result.offsite.add(absolute)
                continue
            nxt = normalise(absolute)
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return result
