"""Spreadsheet outputs: per-institution CSV and XLSX, and the run-wide regional CSVs.

CSV goes through `reports.csvsafe.write_csv` (UTF-8 with BOM, formula triggers quoted). XLSX cells that
hold text are always written as string cells (never formulas) and, when they start with a formula
trigger, carry Excel's "quote prefix" flag too, so editing the cell later cannot bring a formula to life.
Only http(s) evidence URLs become hyperlinks.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from copy import copy
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell as XlCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from detectors.spec import DIRECTIONS

from .coverage import ALL_STATUSES, status_of
from .csvsafe import FORMULA_TRIGGERS, write_csv
from .i18n import Labels
from .safety import clean_text
from .views import Cell, InstitutionPage, RegionalPage, RunFacts

HEADER_FILL = PatternFill("solid", fgColor="1F3A5F")
HEADER_FONT = Font(bold=True, color="FFFFFF")
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
LINK_FONT = Font(color="0563C1", underline="single")

# (label key, width) of the per-institution gap table, in column order.
GAP_COLUMNS = (
    ("col_direction", 24), ("col_artefact_id", 22), ("col_artefact", 42), ("col_status", 14),
    ("col_confidence", 10), ("col_period", 12), ("col_evidence", 40), ("col_snippet", 60),
    ("col_override", 18), ("col_note", 36), ("col_recommendation", 60), ("col_action_plan_due", 14),
    ("col_monitoring_until", 14), ("col_change", 22), ("col_review_alert", 40),
)
WRAPPED = {"col_artefact", "col_snippet", "col_note", "col_recommendation", "col_review_alert", "col_evidence"}


def _gap_values(cell: Cell, labels: Labels, direction_label: str) -> list[object]:
    change = ""
    if cell.change:
        change = f"{labels('change_' + cell.change)}: {cell.previous_status_label} → {cell.status_label}"
    return [direction_label, cell.artefact_id, cell.title, cell.status_label,
            float(cell.confidence) if cell.confidence else "", cell.period, cell.evidence_url, cell.snippet,
            cell.override_by, cell.note, cell.recommendation, cell.action_plan_due, cell.monitoring_until,
            change, " | ".join(cell.alerts)]


def _page_rows(page: InstitutionPage, labels: Labels) -> list[tuple[Cell, list[object]]]:
    return [(cell, _gap_values(cell, labels, block.label))
            for block in (*page.directions, *page.checklist) for cell in block.cells]


def write_institution_csv(path: Path, page: InstitutionPage, labels: Labels) -> Path:
    """One row per applicable artefact (public then internal), localized headers, UTF-8 with BOM."""
    headers = [labels(key) for key, _ in GAP_COLUMNS]
    rows = [dict(zip(headers, values, strict=True)) for _, values in _page_rows(page, labels)]
    write_csv(path, headers, rows)
    return path


def set_text(ws: Worksheet, row: int, column: int, value: object) -> XlCell:
    """Write a value that can never become a live formula (numbers stay numbers)."""
    cell = ws.cell(row=row, column=column)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.value = value
        return cell
    text = "" if value is None else str(value)
    cell.value = text
    cell.data_type = "s"  # openpyxl would otherwise store "=..." as a formula
    if text.startswith(FORMULA_TRIGGERS):
        cell.quotePrefix = True  # Excel keeps it text even after the cell is edited
    return cell


class _Styles:
    """Cell styles made once per workbook and copied by value: setting a font, fill or alignment object cell
    by cell makes openpyxl hash it every time (and a workbook's sheets share its style lists), which
    dominated the time to write a report."""

    def __init__(self) -> None:
        self.cache: dict[tuple[object, ...], StyleArray] = {}

    def apply(self, cell: XlCell, wrap: bool) -> None:
        """A body cell's alignment (its style is the new cell's, give or take the quote prefix)."""
        key = (wrap, bool(cell.quotePrefix))
        if key not in self.cache:
            cell.alignment = WRAP if wrap else TOP
            self.cache[key] = copy(cell._style)
        else:
            cell._style = copy(self.cache[key])

    def header(self, cell: XlCell) -> None:
        self._set(cell, "header", fill=HEADER_FILL, font=HEADER_FONT, alignment=WRAP)

    def link(self, cell: XlCell) -> None:
        self._set(cell, "link", font=LINK_FONT)

    def _set(self, cell: XlCell, name: str, **styles: object) -> None:
        key = (name, *(cell._style or ()))  # what the style becomes depends on what it was (None: none yet)
        cached = self.cache.get(key)
        if cached is None:
            for attribute, value in styles.items():
                setattr(cell, attribute, value)
            self.cache[key] = copy(cell._style)
        else:
            cell._style = copy(cached)


def _sheet(ws: Worksheet, styles: _Styles, title: str, headers: Sequence[str], widths: Sequence[int],
           rows: Sequence[Sequence[object]], wrapped: Collection[int] = ()) -> Worksheet:
    ws.title = title[:31]
    for col, (header, width) in enumerate(zip(headers, widths, strict=True), start=1):
        styles.header(set_text(ws, 1, col, header))
        ws.column_dimensions[get_column_letter(col)].width = width
    for r, values in enumerate(rows, start=2):
        for col, value in enumerate(values, start=1):
            styles.apply(set_text(ws, r, col, value), col in wrapped)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(len(rows) + 1, 1)}"
    return ws


def write_institution_xlsx(path: Path, page: InstitutionPage, labels: Labels, run_id: str) -> Path:
    """Workbook: summary, gap table (with evidence hyperlinks), manual checklist, procurement, changes."""
    wb = Workbook()  # its first sheet is the summary (making a sheet costs openpyxl half a millisecond)
    styles = _Styles()
    summary = [
        (labels("field_institution"), page.name), (labels("field_id"), page.inst.id),
        (labels("field_type"), page.type_label), (labels("field_region"), page.region_label),
        (labels("field_website"), clean_text(page.inst.website, 300)), (labels("field_run"), run_id),
        (labels("field_as_of"), labels.date(page.deadlines.run_date)),
        (labels("field_crawl_status"), page.crawl_label), (labels("field_coverage"), page.coverage),
        (labels("field_gaps"), page.gap_count), (labels("field_action_plan_due"),
                                                 labels.date(page.deadlines.action_plan_due)),
        (labels("field_monitoring_until"), labels.date(page.deadlines.monitoring_until)),
    ]
    _sheet(wb.active, styles, labels("sheet_summary"), [labels("col_field"), labels("col_value")], [28, 70],
           summary, {2})

    key_of = [key for key, _ in GAP_COLUMNS]
    wrapped = {i for i, k in enumerate(key_of, start=1) if k in WRAPPED}
    public = [(c, v) for c, v in _page_rows(page, labels) if c.observable == "public"]
    ws = _sheet(wb.create_sheet(), styles, labels("sheet_gaps"), [labels(k) for k in key_of],
                [w for _, w in GAP_COLUMNS], [v for _, v in public], wrapped)
    url_col = key_of.index("col_evidence") + 1
    for r, (cell, _) in enumerate(public, start=2):
        if cell.evidence_href:
            ws.cell(r, url_col).hyperlink = cell.evidence_href
            styles.link(ws.cell(r, url_col))

    checklist = [[b.label, c.artefact_id, c.title, c.status_label, c.override_by, c.note, c.recommendation]
                 for b in page.checklist for c in b.cells]
    _sheet(wb.create_sheet(), styles, labels("sheet_checklist"),
           [labels(k) for k in ("col_direction", "col_artefact_id", "col_artefact", "col_status", "col_override",
                                "col_note", "col_recommendation")], [24, 22, 50, 14, 18, 36, 60], checklist, {3, 6, 7})
    if page.procurement:
        proc = page.procurement
        flags = [[f.label, f.value, f.threshold, labels("yes") if f.flagged else labels("no"), f.formula, f.detail,
                  ", ".join(text for text, _ in f.records)] for f in proc.flags]
        _sheet(wb.create_sheet(), styles, labels("sheet_procurement"),
               [labels(k) for k in ("col_flag", "col_value", "col_threshold", "col_flagged", "col_formula",
                                    "col_detail", "col_records")], [30, 14, 14, 10, 40, 60, 40], flags, {5, 6, 7})
    changes = [[labels("change_" + kind), line.title, line.before, line.after, line.override_by]
               for kind, lines in page.changes.items() for line in lines]
    _sheet(wb.create_sheet(), styles, labels("sheet_changes"),
           [labels(k) for k in ("col_change", "col_artefact", "col_before", "col_after", "col_override")],
           [22, 50, 14, 14, 18], changes, {2})
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp.xlsx")
    wb.save(tmp)
    tmp.replace(path)
    return path


# --- run-wide CSVs (language-neutral: ids and codes, for scripts and pivot tables) -----------------
REGIONAL_FIELDS = ("institution_id", "name_kk", "name_ru", "name_en", "type", "region", "website", "crawl_status",
                   "reachable", "applicable_public", "found", "stale", "uncertain", "missing", "not_applicable",
                   "coverage_pct", "overrides", "opened_since_previous", "closed_since_previous",
                   *(f"coverage_{d}_pct" for d in DIRECTIONS))
GROUP_FIELDS = ("group_kind", "group", "institutions", "reachable", "applicable_public", "found", "gaps",
                "coverage_pct")


def write_regional_csvs(reports_dir: Path, facts: RunFacts, page: RegionalPage) -> list[Path]:
    """regional.csv (one row per institution), regional_groups.csv, regional_matrix.csv (statuses)."""
    rows = []
    changes = facts.diff
    for inst in facts.data.institutions:
        counts, reachable = facts.counts[inst.id], facts.reachable[inst.id]
        site = facts.data.sites.get(inst.id)
        row: dict[str, object] = {
            "institution_id": inst.id, "name_kk": inst.name_kk, "name_ru": inst.name_ru, "name_en": inst.name_en,
            "type": inst.type, "region": inst.region, "website": inst.website,
            "crawl_status": str(site.crawl_status) if site else "", "reachable": int(reachable),
            "applicable_public": counts.applicable if reachable else "", "found": counts.found if reachable else "",
            "stale": counts.stale if reachable else "", "uncertain": counts.uncertain if reachable else "",
            "missing": counts.missing if reachable else "", "not_applicable": counts.not_applicable,
            "coverage_pct": counts.pct if reachable and counts.pct is not None else "",
            "overrides": sum(bool(r.override_by) for r in facts.rows.get(inst.id, [])),
            "opened_since_previous": sum(c.institution_id == inst.id for c in changes.opened) if changes else "",
            "closed_since_previous": sum(c.institution_id == inst.id for c in changes.closed) if changes else ""}
        for direction in DIRECTIONS:
            pct = facts.pooled([inst.id], direction).pct
            row[f"coverage_{direction}_pct"] = "" if pct is None else pct
        rows.append({k: clean_text(v, 300) if isinstance(v, str) else v for k, v in row.items()})
    out = [reports_dir / "regional.csv", reports_dir / "regional_groups.csv", reports_dir / "regional_matrix.csv"]
    write_csv(out[0], REGIONAL_FIELDS, rows)

    groups = [{"group_kind": kind, "group": r.key, "institutions": r.institutions, "reachable": r.reachable,
               "applicable_public": r.counts.applicable, "found": r.counts.found, "gaps": r.counts.gaps,
               "coverage_pct": "" if r.counts.pct is None else r.counts.pct}
              for kind, items in (("region", page.by_region), ("type", page.by_type),
                                  ("direction", page.by_direction)) for r in items]
    write_csv(out[1], GROUP_FIELDS, groups)

    artefacts = [a.id for a in facts.specs]
    matrix = []
    for inst in facts.data.institutions:
        row = {"institution_id": inst.id, "region": inst.region, "type": inst.type}
        for art in artefacts:
            gap = facts.cell_index.get((inst.id, art))
            status = status_of(gap) if gap else ""
            row[art] = status if status in ALL_STATUSES else clean_text(status, 20)
        matrix.append(row)
    write_csv(out[2], ("institution_id", "region", "type", *artefacts), matrix)
    return out
