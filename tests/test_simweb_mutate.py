"""simweb.mutate: the chosen fraction of pages changes, the server then sends new validators, truth holds."""

from __future__ import annotations

import http.client
from pathlib import Path
from urllib.parse import quote

import pytest

from simweb.generate import SimWebManifest
from simweb.mutate import html_pages, mutate
from simweb.process import SimWebProcess
from simweb.urls import file_for_url
from simweb.verify import walk_site


def head(host: str, port: int, path: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str]]:
    conn = http.client.HTTPConnection(host, port, timeout=10)
    try:
        conn.request("GET", quote(path, safe="/?=&%"), headers=headers or {})
        resp = conn.getresponse()
        resp.read()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}
    finally:
        conn.close()


def test_mutate_changes_a_fraction_and_validators_follow(tmp_path: Path) -> None:
    with SimWebProcess(n=12, seed=9, out_dir=tmp_path / "web") as web:
        manifest = SimWebManifest.load(web.root)
        pages = html_pages(web.root)
        # Map served URL -> file for every page of every site, with its validators before the change.
        before: dict[tuple[str, str], tuple[Path, str, str]] = {}
        for site in manifest.sites:
            if not site.reachable:
                continue
            for url, path in walk_site(web.root, site).pages.items():
                status, headers = head(site.host, web.port, url)
                assert status == 200
                before[site.host, url] = (path, headers["etag"], headers["last-modified"])
        changed = set(mutate(web.root, fraction=0.1, seed=4))
        assert len(changed) == round(len(pages) * 0.1)
        moved = kept = 0
        for (host, url), (path, etag, last_modified) in before.items():
            rel = str(path.relative_to(web.root / "sites"))
            status, headers = head(host, web.port, url, {"If-None-Match": etag})
            if rel in changed:
                assert status == 200 and headers["etag"] != etag and headers["last-modified"] != last_modified
                assert b'<p class="updated">' in path.read_bytes()
                moved += 1
            else:
                assert status == 304
                kept += 1
        assert moved and kept


def test_mutation_choice_is_deterministic_and_keeps_links(tmp_path: Path) -> None:
    from datetime import date

    from simweb.generate import generate

    a = generate(12, 2, tmp_path / "a", date(2026, 11, 25))
    b = generate(12, 2, tmp_path / "b", date(2026, 11, 25))
    changed_a, changed_b = mutate(a.out_dir, 0.2, seed=1), mutate(b.out_dir, 0.2, seed=1)
    assert changed_a == changed_b
    assert mutate(a.out_dir, 0.2, seed=2) != changed_a
    for site in a.sites:
        if site.reachable:
            walk_a = walk_site(a.out_dir, site)
            assert walk_a.reachable == walk_site(b.out_dir, site).reachable  # same link graph after mutating
            for url in list(walk_a.pages)[:3]:
                assert (a.out_dir / "sites" / site.id / file_for_url(url)).exists()
    assert (a.out_dir / "mutations.jsonl").read_text(encoding="utf-8").count("\n") == 2


def test_fraction_is_checked(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        mutate(tmp_path, fraction=1.5)
