"""Institution reports link each found/stale row's screenshot and WARC record from the run's archive.

A run folder is built as the nightly run leaves it before the reports: real PNG files at
archive/screenshots/<institution>/<artefact>.png, a real WARC file written by archive.warc.WarcSink,
screenshots/index.json and archive/evidence.csv from archive.evidence. The reports are then rendered
by the real `write_run_reports`, and every href is resolved from the HTML file's own folder.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import struct
import zlib
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag
from warcio.archiveiterator import ArchiveIterator

from adalscan.models import CrawlStatus, GapRow, GapStatus, Institution, SiteResult
from adalscan.reports.context import RunReportInput
from adalscan.reports.evidence_index import write_evidence_index
from adalscan.reports.render import write_run_reports
from adalscan.runs import screenshot_path
from adalscan.store.warc import WarcSink
from detectors.spec import applicable

RUN_ID = "2026-03-12T0200"
SITE = "https://poly.example.kz"
# An institution id and an artefact id that try to break out of attributes and text.
EVIL_INST = "evil\"'><script>window.__pwned=1</script><img src=x onerror=alert(1)>/../../x"
EVIL_ART = "\"><svg onload=alert(1)>"
PWN_MARKERS = ("<script>window.__pwned", "<img src=x", "<svg onload")
HREF_SHAPE = re.compile(r"^\.\./\.\./\.\./archive/[A-Za-z0-9._/%-]+\.(png|warc\.gz)$")


def png_bytes(width: int = 64, height: int = 40) -> bytes:
    """A real PNG: with Pillow when it is installed, else written by hand (zlib + struct)."""
    try:
        from io import BytesIO

        from PIL import Image

        buf = BytesIO()
        Image.new("RGB", (width, height), (11, 170, 85)).save(buf, format="PNG")
        return buf.getvalue()
    except ImportError:
        def chunk(kind: bytes, data: bytes) -> bytes:
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

        raw = b"".join(b"\x00" + b"\x0b\xaa\x55" * width for _ in range(height))
        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def _rows(inst: Institution) -> list[GapRow]:
    """found, found, stale, uncertain, missing, then missing for the rest (spec order)."""
    statuses = [GapStatus.FOUND, GapStatus.FOUND, GapStatus.STALE, GapStatus.UNCERTAIN, GapStatus.MISSING]
    rows = []
    for n, spec in enumerate(s for s in applicable(inst.type) if s.public):
        status = statuses[n] if n < len(statuses) else GapStatus.MISSING
        url = f"{SITE}/docs/{spec.id}/" if status != GapStatus.MISSING else ""
        rows.append(GapRow(inst.id, spec.id, spec.direction, spec.observable, status, confidence=0.8,
                           evidence_url=url, period="2025-2026" if url else "", snippet="текст" if url else ""))
    return rows


def build_run(run: Path, *, with_archive: bool = True) -> tuple[RunReportInput, dict[str, GapRow]]:
    """A run folder laid out as the nightly run leaves it before the reports; returns the input and rows by role."""
    poly = Institution("poly", "university", f"{SITE}/", name_en="Polytechnic", region="Astana", city="Astana")
    evil = Institution(EVIL_INST, "college", "https://evil.example.test/", name_en="Evil College", region="Astana")
    rows = _rows(poly)
    evil_row = GapRow(evil.id, EVIL_ART, "education", "public", GapStatus.FOUND, confidence=0.9,
                      evidence_url="https://evil.example.test/<script>alert(1)</script>")
    gaps = [*rows, evil_row]
    role = {"shot": rows[0], "no_file": rows[1], "stale": rows[2], "uncertain": rows[3], "missing": rows[4],
            "evil": evil_row}
    data = RunReportInput(run_id=RUN_ID, as_of=date(2026, 3, 12), started=datetime(2026, 3, 12, 2),
                          finished=datetime(2026, 3, 12, 3), institutions=[poly, evil], gaps=gaps,
                          sites={poly.id: SiteResult(poly.id, CrawlStatus.OK, 40),
                                 evil.id: SiteResult(evil.id, CrawlStatus.OK, 3)})
    if not with_archive:
        return data, role
    sink = WarcSink(run / "archive", info={"run-id": RUN_ID})
    for row in (role["shot"], role["no_file"], role["stale"], role["uncertain"]):
        sink.write_exchange(row.institution_id, url=row.evidence_url, method="GET", request_headers=[],
                            request_body=b"", status=200, protocol="HTTP/1.1",
                            response_headers=[("Content-Type", "text/html; charset=utf-8")],
                            body=f"<html><body>{row.artefact_id}</body></html>".encode())
    files: dict[tuple[str, str], str] = {}
    index = []
    # The shot rows get a PNG; so does the missing row (a stray file must not be linked for a gap).
    for row in (role["shot"], role["stale"], role["missing"], role["evil"]):
        path = screenshot_path(run, row.institution_id, row.artefact_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(png_bytes())
        if row is not role["missing"]:
            files[(row.institution_id, row.artefact_id)] = path.relative_to(run).as_posix()
            index.append({"url": row.evidence_url, "ok": True, "status": 200, "taken": "2026-03-12T02:31:07+00:00",
                          "file": path.name, "artefacts": [f"{row.institution_id}/{row.artefact_id}"]})
    (run / "archive" / "screenshots" / "index.json").write_text(json.dumps(index), encoding="utf-8")
    write_evidence_index(run, gaps, files)
    return data, role


@pytest.fixture(scope="module")
def nightly_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, GapRow]]]:
    run = tmp_path_factory.mktemp("runs") / RUN_ID
    data, role = build_run(run)
    write_run_reports(run, data)
    yield run, role


def page_of(run: Path, institution_stem: str, lang: str = "en") -> tuple[Path, BeautifulSoup]:
    path = run / "reports" / lang / "institutions" / f"{institution_stem}.html"
    return path, BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def row_of(soup: BeautifulSoup, artefact_id: str) -> Tag:
    for tr in soup.select("table.gaps-table tbody tr"):
        ident = tr.select_one("td.art span.id")
        if ident is not None and ident.get_text() == artefact_id:
            return tr
    raise AssertionError(f"no row for {artefact_id}")


def archive_hrefs(tr: Tag) -> list[str]:
    return [str(a["href"]) for a in tr.select(".archive a[href]")]


def resolves_to(html: Path, href: str) -> Path:
    return (html.parent / href).resolve()


def test_found_and_stale_rows_link_their_screenshot(nightly_run: tuple[Path, dict[str, GapRow]]) -> None:
    run, role = nightly_run
    for lang in ("kk", "ru", "en"):
        html, soup = page_of(run, "poly", lang)
        for name in ("shot", "stale"):
            row = role[name]
            png = screenshot_path(run, row.institution_id, row.artefact_id)
            tr = row_of(soup, row.artefact_id)
            shots = [h for h in archive_hrefs(tr) if h.endswith(".png")]
            assert shots, (lang, name)
            assert all(HREF_SHAPE.match(h) for h in shots), shots  # relative, from safe names only
            assert {resolves_to(html, h) for h in shots} == {png.resolve()} and png.is_file()
            img = tr.select_one(".archive img")
            assert img is not None and resolves_to(html, str(img["src"])) == png.resolve()
            assert img.get("loading") == "lazy"
    _, soup = page_of(run, "poly", "en")
    tr = row_of(soup, role["shot"].artefact_id)
    link_texts = [a.get_text() for a in tr.select(".archive a")]
    assert "screenshot" in link_texts and "2026-03-12 02:31 UTC" in tr.get_text()
    _, soup = page_of(run, "poly", "ru")
    assert "скриншот" in [a.get_text() for a in row_of(soup, role["shot"].artefact_id).select(".archive a")]


def test_no_link_without_a_file_or_for_a_gap(nightly_run: tuple[Path, dict[str, GapRow]]) -> None:
    run, role = nightly_run
    html, soup = page_of(run, "poly")
    no_file = row_of(soup, role["no_file"].artefact_id)
    assert not [h for h in archive_hrefs(no_file) if h.endswith(".png")] and no_file.select(".archive img") == []
    # The missing row has a PNG lying at its path, yet a gap shows no screenshot and no archive block.
    missing = role["missing"]
    assert screenshot_path(run, missing.institution_id, missing.artefact_id).is_file()
    assert row_of(soup, missing.artefact_id).select(".archive") == []
    # Every archive href on the page points at a file that exists.
    for href in (str(a["href"]) for a in soup.select(".archive a[href]")):
        assert resolves_to(html, href).is_file(), href


def test_warc_record_is_named_and_linked(nightly_run: tuple[Path, dict[str, GapRow]]) -> None:
    run, role = nightly_run
    html, soup = page_of(run, "poly")
    with (run / "archive/evidence.csv").open(encoding="utf-8-sig", newline="") as fh:
        evidence = {(r["institution_id"], r["artefact_id"]): r for r in csv.DictReader(fh)}
    for name in ("shot", "no_file", "uncertain"):  # the WARC pointer needs no screenshot, and covers uncertain
        row = role[name]
        tr = row_of(soup, row.artefact_id)
        warcs = [h for h in archive_hrefs(tr) if h.endswith(".warc.gz")]
        assert len(warcs) == 1 and HREF_SHAPE.match(warcs[0]), (name, warcs)
        target = resolves_to(html, warcs[0])
        assert target == (run / "archive" / "poly.warc.gz").resolve() and target.is_file()
        offset = int(evidence[(row.institution_id, row.artefact_id)]["warc_offset"])
        assert f"offset {offset}" in tr.get_text()
        with target.open("rb") as fh:  # the offset shown really is the record of the row's URL
            fh.seek(offset)
            record = next(iter(ArchiveIterator(fh)))
            assert record.rec_headers.get_header("WARC-Target-URI") == row.evidence_url
    assert row_of(soup, role["uncertain"].artefact_id).select(".archive img") == []


def test_hostile_ids_cannot_inject_markup(nightly_run: tuple[Path, dict[str, GapRow]]) -> None:
    run, role = nightly_run
    pages = list((run / "reports" / "en" / "institutions").glob("*.html"))
    evil_html = next(p for p in pages if p.stem.startswith("evil"))
    text = evil_html.read_text(encoding="utf-8")
    for marker in PWN_MARKERS:
        assert marker not in text, marker
    soup = BeautifulSoup(text, "html.parser")
    assert soup.find("script", string=re.compile("pwned")) is None and soup.find("svg", onload=True) is None
    assert not soup.select("img[onerror]")
    tr = row_of(soup, EVIL_ART)  # the id is shown as text
    shots = [h for h in archive_hrefs(tr) if h.endswith(".png")]
    assert len(set(shots)) == 1 and HREF_SHAPE.match(shots[0]), shots  # thumbnail + text link, one file
    png = screenshot_path(run, role["evil"].institution_id, EVIL_ART)
    assert resolves_to(evil_html, shots[0]) == png.resolve() and png.is_file()
    assert png.resolve().is_relative_to(run.resolve() / "archive" / "screenshots")


def test_links_work_when_the_run_folder_is_copied(nightly_run: tuple[Path, dict[str, GapRow]], tmp_path: Path) -> None:
    run, _ = nightly_run
    copy = tmp_path / "elsewhere" / "copied-run"
    shutil.copytree(run, copy)
    html, soup = page_of(copy, "poly", "kk")
    hrefs = [str(a["href"]) for a in soup.select(".archive a[href]")]
    assert len(hrefs) >= 5
    for href in hrefs:
        target = resolves_to(html, href)
        assert target.is_file() and target.is_relative_to(copy.resolve()), href


def test_a_row_whose_evidence_changed_does_not_link_the_old_proof(tmp_path: Path) -> None:
    """Re-rendered after an analyst pointed the row at another page: the archive holds the old page's proof."""
    run = tmp_path / RUN_ID
    data, role = build_run(run)
    role["shot"].evidence_url = f"{SITE}/another-page/"
    role["shot"].override_by = "analyst"
    write_run_reports(run, data, ("en",))
    _, soup = page_of(run, "poly")
    assert row_of(soup, role["shot"].artefact_id).select(".archive") == []
    assert row_of(soup, role["stale"].artefact_id).select(".archive img")  # the others keep theirs


def test_without_an_archive_the_pages_are_unchanged(tmp_path: Path) -> None:
    """The scan command takes no screenshots: no archive block, no empty column, the same page as with
    an archive folder that holds nothing for these rows."""
    plain = tmp_path / "plain" / RUN_ID
    data, _ = build_run(plain, with_archive=False)
    write_run_reports(plain, data, ("en", "kk"))
    empty = tmp_path / "empty" / RUN_ID
    (empty / "archive" / "screenshots").mkdir(parents=True)
    write_run_reports(empty, build_run(empty, with_archive=False)[0], ("en", "kk"))
    for lang in ("en", "kk"):
        for html in (plain / "reports" / lang / "institutions").glob("*.html"):
            text = html.read_text(encoding="utf-8")
            soup = BeautifulSoup(text, "html.parser")
            assert soup.select(".archive") == [] and "warc" not in text.lower()
            assert all(len(t.select("thead th")) == 4 for t in soup.select("table.gaps-table"))  # no extra column
            assert text == (empty / html.relative_to(plain)).read_text(encoding="utf-8")


@pytest.mark.browser
def test_thumbnails_load_under_the_csp_in_chromium(nightly_run: tuple[Path, dict[str, GapRow]]) -> None:
    from playwright.sync_api import sync_playwright

    run, _ = nightly_run
    html, _ = page_of(run, "poly")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=[
            "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"])
        try:
            page = browser.new_page()
            problems: list[str] = []
            page.on("console", lambda msg: msg.type in ("error", "warning") and problems.append(msg.text))
            page.goto(html.resolve().as_uri())
            thumbs = page.locator(".archive img")
            assert thumbs.count() == 2
            for i in range(thumbs.count()):
                thumbs.nth(i).scroll_into_view_if_needed()
            page.wait_for_function(
                "() => [...document.querySelectorAll('.archive img')].every(i => i.complete && i.naturalWidth > 0)")
            widths = page.eval_on_selector_all(".archive img", "els => els.map(e => e.naturalWidth)")
            assert widths == [64, 64] and problems == []
        finally:
            browser.close()


@pytest.fixture
def page_server() -> Iterator[str]:
    """A one-page site on loopback (the screenshot step shoots real pages)."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    body = ("<!doctype html><html><head><meta charset='utf-8'></head><body><h1>Сыбайлас жемқорлыққа қарсы "
            "іс-қимыл жоспары 2025-2026</h1></body></html>").encode()

    class Page(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Page)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.browser
def test_end_to_end_with_real_screenshots(page_server: str, tmp_path: Path) -> None:
    """screenshot_found -> write_evidence_index -> write_run_reports, as the nightly run chains them."""
    from crawler.screenshots import screenshot_found

    run = tmp_path / RUN_ID
    data, role = build_run(run, with_archive=False)
    shot, other = role["shot"], role["no_file"]
    shot.evidence_url = f"{page_server}/antikor/"
    other.evidence_url = "http://127.0.0.1:1/closed/"  # nothing listens there: the shot fails, no file
    result = screenshot_found(run, data.gaps, {"ADALSCAN_RUN_ID": RUN_ID, "ADALSCAN_SCREENSHOT_TIMEOUT": 10},
                              allow_private=True)
    assert result["taken"] >= 1 and (shot.institution_id, shot.artefact_id) in result["files"], result
    assert not screenshot_path(run, other.institution_id, other.artefact_id).exists()
    write_evidence_index(run, data.gaps, result["files"])
    write_run_reports(run, data, ("en",))
    html, soup = page_of(run, "poly")
    png = screenshot_path(run, shot.institution_id, shot.artefact_id)
    tr = row_of(soup, shot.artefact_id)
    hrefs = {h for h in archive_hrefs(tr) if h.endswith(".png")}
    assert {resolves_to(html, h) for h in hrefs} == {png.resolve()}
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert re.search(r"screenshot\s+\d{4}-\d\d-\d\d \d\d:\d\d UTC", tr.get_text())
    assert row_of(soup, other.artefact_id).select(".archive img") == []


def test_the_evidence_index_from_the_store_links_the_same_as_the_file(tmp_path: Path) -> None:
    """Nightly stores the index rows; reports of the run read them from the store, not from evidence.csv."""
    from adalscan.reports.archive_links import load_archive_refs
    from adalscan.store import open_store

    run = tmp_path / RUN_ID
    data, _ = build_run(run)
    from_file = load_archive_refs(run, data.gaps)
    rows = write_evidence_index(run, data.gaps, {})  # the same WARC rows (screenshot paths aside)
    store = open_store(tmp_path / "adalscan.sqlite")
    store.put_evidence_archive(RUN_ID, rows)
    stored = store.evidence_archive(RUN_ID)
    store.close()
    (run / "archive" / "evidence.csv").unlink()
    from_store = load_archive_refs(run, data.gaps, stored)
    assert from_file and from_store == from_file
    assert any(ref.warc_name for ref in from_store.values())
    assert not any(ref.warc_name for ref in load_archive_refs(run, data.gaps).values())  # (the file is gone)


def test_each_institution_reads_its_own_and_its_workers_archive_files_only(tmp_path: Path) -> None:
    """`col-1`'s evidence is in col-1.warc.gz or a worker's col-1-w2.warc.gz, never in col-10's files."""
    folder = tmp_path / "archive"
    page = "https://col.example.test/anticorruption/"

    def archive(inst: str, suffix: str, body: bytes) -> None:
        WarcSink(folder, suffix=suffix).write_exchange(inst, url=page, method="GET", request_headers=[],
                                                       request_body=b"", status=200, protocol="HTTP/1.1",
                                                       response_headers=[], body=body)

    archive("col-10", "", b"col-10's page")
    archive("col-1", "-w2", b"col-1's page, fetched by worker 2")
    archive("col-2", "", b"col-2's page")
    gaps = [GapRow(inst, "anticorruption_plan", "governance", "public", GapStatus.FOUND, evidence_url=page)
            for inst in ("col-1", "col-10", "col-2", "col-3")]
    rows = {row["institution_id"]: row for row in write_evidence_index(tmp_path, gaps, {})}
    assert rows["col-1"]["warc_file"] == "archive/col-1-w2.warc.gz"
    assert rows["col-10"]["warc_file"] == "archive/col-10.warc.gz"
    assert rows["col-2"]["warc_file"] == "archive/col-2.warc.gz"
    assert rows["col-3"]["warc_file"] == ""  # nothing archived for it
