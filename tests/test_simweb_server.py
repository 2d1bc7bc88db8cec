"""simweb.server through a real child process: per-site loopback addresses, ETag/304, gzip, HEAD,
content types, redirects, 404s, robots/sitemap origins and the JS-only page in Chromium."""

from __future__ import annotations

import gzip
import http.client
import socket
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from simweb.generate import SimWebManifest, read_truth
from simweb.process import SimWebProcess
from simweb.verify import walk_site


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SimWebProcess]:
    with SimWebProcess(n=12, seed=7, out_dir=tmp_path_factory.mktemp("served") / "web") as process:
        yield process


@pytest.fixture(scope="module")
def manifest(web: SimWebProcess) -> SimWebManifest:
    return SimWebManifest.load(web.root)


def get(web: SimWebProcess, host: str, path: str, method: str = "GET",
        headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    conn = http.client.HTTPConnection(host, web.port, timeout=10)
    try:
        conn.request(method, quote(path, safe="/?=&%"), headers=headers or {})
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


def site_with(manifest: SimWebManifest, **features: object) -> str:
    for s in manifest.sites:
        if s.reachable and all(s.features.get(k) == v for k, v in features.items()):
            return s.host
    pytest.fail(f"no site with {features}")


def home(web: SimWebProcess, host: str) -> tuple[str, bytes]:
    """Follow redirects from '/' to the first 200 page."""
    path = "/"
    for _ in range(5):
        status, headers, body = get(web, host, path)
        if status in (301, 302):
            path = headers["location"]
            continue
        assert status == 200
        return path, body
    raise AssertionError("redirect loop")


def test_each_reachable_site_answers_on_its_own_address(web: SimWebProcess, manifest: SimWebManifest) -> None:
    assert len(web.hosts) == 11 and web.hosts[0] == "127.0.1.1"
    titles = set()
    for host in web.hosts:
        _, body = home(web, host)
        titles.add(body.split(b"<title>")[1].split(b"</title>")[0])
    assert len(titles) > 5  # different institutions, not one site on every address


def test_unreachable_site_has_no_listener(web: SimWebProcess) -> None:
    [host] = web.unreachable_hosts
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection((host, web.port), timeout=3).close()


def test_etag_last_modified_and_conditional_get(web: SimWebProcess) -> None:
    host = web.hosts[0]
    path, _body = home(web, host)
    status, headers, _ = get(web, host, path)
    etag, last_modified = headers["etag"], headers["last-modified"]
    assert status == 200 and etag.startswith('"') and last_modified.endswith("GMT")
    assert get(web, host, path, headers={"If-None-Match": etag})[0] == 304
    assert get(web, host, path, headers={"If-None-Match": f'W/{etag}, "other"'})[0] == 304
    assert get(web, host, path, headers={"If-None-Match": '"stale-tag"'})[0] == 200
    assert get(web, host, path, headers={"If-Modified-Since": last_modified})[0] == 304
    assert get(web, host, path, headers={"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"})[0] == 200
    status, headers304, body304 = get(web, host, path, headers={"If-None-Match": etag})
    assert body304 == b"" and headers304["etag"] == etag


def test_gzip_when_asked(web: SimWebProcess) -> None:
    host = web.hosts[0]
    path, plain = home(web, host)
    status, headers, body = get(web, host, path, headers={"Accept-Encoding": "gzip, deflate"})
    assert status == 200 and headers["content-encoding"] == "gzip"
    assert gzip.decompress(body) == plain
    assert headers["etag"] != get(web, host, path)[1]["etag"]
    assert "content-encoding" not in get(web, host, path)[1]


def test_head_has_headers_but_no_body(web: SimWebProcess) -> None:
    host = web.hosts[0]
    path, body = home(web, host)
    status, headers, head_body = get(web, host, path, method="HEAD")
    assert status == 200 and head_body == b""
    assert int(headers["content-length"]) == len(body)
    assert get(web, host, path, method="POST")[0] == 405


def test_documents_get_types_by_content(web: SimWebProcess, manifest: SimWebManifest) -> None:
    truth = read_truth(web.truth_path)
    seen = set()
    hosts = {s.id: s for s in manifest.sites}
    for row in truth:
        for url in row["evidence"].split():
            kind = "pdf" if "pdf" in row["notes"].split(";") else "docx" if "docx" in row["notes"].split(";") else ""
            if not kind or kind in seen:
                continue
            site = hosts[row["institution_id"]]
            status, headers, body = get(web, site.host, url)
            assert status == 200
            if kind == "pdf":
                assert body.startswith(b"%PDF-") and headers["content-type"] == "application/pdf"
            elif not site.features["docx_octet_stream"]:
                assert headers["content-type"].startswith("application/vnd.openxmlformats")
            seen.add(kind)
    assert seen == {"pdf", "docx"}


def test_windows_1251_page_is_not_declared_utf8(web: SimWebProcess, manifest: SimWebManifest) -> None:
    row = next(r for r in read_truth(web.truth_path) if "cp1251" in r["notes"])
    host = next(s.host for s in manifest.sites if s.id == row["institution_id"])
    statuses = []
    for url in row["evidence"].split():
        status, headers, body = get(web, host, url)
        statuses.append(status)
        if b"windows-1251" in body[:600]:
            assert headers["content-type"] == "text/html"
            assert "Противодейств" in body.decode("cp1251") or "коррупц" in body.decode("cp1251")
            break
    else:
        pytest.fail(f"no windows-1251 page among {row['evidence']} ({statuses})")


def test_redirects_404s_and_directory_slashes(web: SimWebProcess, manifest: SimWebManifest) -> None:
    for site in manifest.sites:
        for path, (code, location) in site.redirects.items():
            status, headers, _ = get(web, site.host, path)
            assert (status, headers["location"]) == (code, location)
    host = web.hosts[0]
    status, _, body = get(web, host, "/no/such/page/")
    assert status == 404 and "табылмады".encode() in body
    assert get(web, host, "/../manifest.json")[0] == 404
    assert get(web, host, "/%2e%2e/truth.csv")[0] == 404
    assert get(web, host, "/" + "a" * 5000)[0] == 404  # file name too long: still a 404, not a 500
    prefix = site_with(manifest, style="prefix")
    code = next(s.features["kk_code"] for s in manifest.sites if s.host == prefix)
    status, headers, _ = get(web, prefix, f"/{code}")
    assert status == 301 and headers["location"] == f"/{code}/"


def test_query_language_versions(web: SimWebProcess, manifest: SimWebManifest) -> None:
    site = next(s for s in manifest.sites if s.reachable and s.features["style"] == "query")
    code = site.features["kk_code"]
    kk = get(web, site.host, f"/?lang={code}")[2]
    ru = get(web, site.host, "/?lang=ru")[2]
    assert b'lang="kk"' in kk and b'lang="ru"' in ru
    assert get(web, site.host, f"/?utm_source=x&lang={code}")[2] == kk  # unknown parameters ignored
    assert get(web, site.host, "/")[2] == ru


def test_robots_and_sitemap_name_the_real_origin(web: SimWebProcess, manifest: SimWebManifest) -> None:
    checked = 0
    for site in manifest.sites:
        if not site.reachable:
            continue
        status, _, robots = get(web, site.host, "/robots.txt")
        assert status == 200 and b"User-agent" in robots
        if b"Sitemap:" in robots:
            origin = f"http://{site.host}:{web.port}".encode()
            assert origin + b"/sitemap.xml" in robots
            status, headers, sitemap = get(web, site.host, "/sitemap.xml")
            assert status == 200 and headers["content-type"] == "application/xml"
            assert sitemap.count(b"<loc>" + origin + b"/") == sitemap.count(b"<loc>") > 5
            checked += 1
    assert checked


def test_every_page_a_crawler_reaches_is_served(web: SimWebProcess, manifest: SimWebManifest) -> None:
    site = next(s for s in manifest.sites if s.reachable)
    walk = walk_site(web.root, site)
    for url in sorted(walk.reachable)[:60]:
        assert get(web, site.host, url)[0] == 200, url
    for url in walk.broken:
        assert get(web, site.host, url)[0] == 404, url


@pytest.mark.browser
def test_js_only_link_appears_once_chromium_renders(web: SimWebProcess, manifest: SimWebManifest) -> None:
    from playwright.sync_api import sync_playwright

    row = next(r for r in read_truth(web.truth_path) if "js_only" in r["notes"])
    site = next(s for s in manifest.sites if s.id == row["institution_id"])
    page_path = next(u for u, p in walk_site(web.root, site).pages.items() if b"docs-app" in Path(p).read_bytes())
    raw = get(web, site.host, page_path)[2]
    assert row["evidence"].encode() not in raw  # not in the HTML as sent
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", headless=True)
        try:
            page = browser.new_page()
            page.goto(f"http://{site.host}:{web.port}{quote(page_path, safe='/?=&')}")
            hrefs = page.eval_on_selector_all("#docs-app a", "els => els.map(e => e.getAttribute('href'))")
        finally:
            browser.close()
    assert row["evidence"] in hrefs
