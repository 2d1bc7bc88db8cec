"""Write a run's reports: per-institution HTML/CSV/XLSX, the regional page and CSVs, index pages.

Layout under `run_dir/reports/` (documented in reports/README.md):

    index.html                              language chooser
    regional.csv, regional_groups.csv, regional_matrix.csv   language-neutral, for scripts and pivots
    <lang>/index.html                       list of institutions with links
    <lang>/regional.html                    regional comparison
    <lang>/institutions/<id>.html|.csv|.xlsx  per-institution gap report

A nightly run's `run_dir/archive/` (screenshots, evidence.csv) is read, never written: the institution
pages link each row's screenshot and WARC record with relative hrefs (reports.archive_links).
Templates autoescape everything; the only script is reports/static/table.js, inlined and allowed by
its sha256 hash in each page's Content-Security-Policy.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from .archive_links import load_archive_refs, page_to_run_prefix
from .charts import STATUS_SYMBOLS
from .context import RunReportInput
from .i18n import LANGS, Labels, LabelsError, collation_key
from .safety import content_security_policy
from .tables import write_institution_csv, write_institution_xlsx, write_regional_csvs
from .views import RunFacts, institution_page, regional_page

TEMPLATES_DIR = Path(__file__).parent / "templates"
STATIC_DIR = Path(__file__).parent / "static"


@cache
def environment() -> jinja2.Environment:
    """Jinja with autoescaping forced on (templates end in .j2, so extension sniffing would not)."""
    return jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES_DIR), autoescape=True,
                              undefined=jinja2.StrictUndefined, trim_blocks=False, lstrip_blocks=False)


@cache
def static_text(name: str) -> Markup:
    """One of our own static files, trusted as-is (it must not be escaped: the CSP hash covers its
    exact text, and CSS quotes must stay quotes). It can never contain crawled text."""
    text = (STATIC_DIR / name).read_text(encoding="utf-8")
    if "</" in text:  # would end the <script>/<style> element early
        raise ValueError(f"{name}: '</' is not allowed in an inlined static file")
    return Markup(text)


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)  # a reader never sees half a page
    return path


def _crawl_label(facts: RunFacts, labels: Labels) -> Callable[[str], str]:
    def label(institution_id: str) -> str:
        site = facts.data.sites.get(institution_id)
        if site is not None:
            return labels.crawl_status(str(site.crawl_status))
        return labels("crawl_reachable") if facts.reachable.get(institution_id) else labels("status_unreachable")
    return label


def write_run_reports(run_dir: Path, data: RunReportInput, langs: Sequence[str] = LANGS) -> list[Path]:
    """Render every report of one run under `run_dir/reports/`; return the paths written."""
    unknown = [lang for lang in langs if lang not in LANGS]
    if unknown or not langs:
        raise LabelsError(f"unknown report language(s) {', '.join(unknown) or '(none)'}: use {', '.join(LANGS)}")
    out_dir = Path(run_dir) / "reports"
    facts = RunFacts.build(data, load_archive_refs(Path(run_dir), data.gaps, data.evidence_archive))
    env = environment()
    script, css = static_text("table.js"), static_text("report.css")
    csp = content_security_policy((script,))
    written: list[Path] = []
    regional_any = None
    names = {lang: Labels(lang)("language_name") for lang in langs}
    for lang in langs:
        labels = Labels(lang)
        common: dict[str, Any] = {
            "lang": lang, "t": labels, "fmt_date": labels.date, "csp": csp, "css": css, "script": script,
            "run_id": data.run_id, "as_of": labels.date(data.as_of), "started": labels.datetime(data.started),
            "finished": labels.datetime(data.finished), "generated": labels.datetime(data.finished or data.started),
            "symbols": STATUS_SYMBOLS, "previous_run_id": data.previous_run_id,
            "crawl_label": _crawl_label(facts, labels), "procurement_collected": data.procurement is not None}
        regional = regional_page(facts, labels)
        regional_any = regional_any or regional
        for inst in data.institutions:
            page = institution_page(facts, inst, labels,
                                    page_to_run_prefix(Path(run_dir), out_dir / lang / "institutions"))
            base = out_dir / lang / "institutions" / page.stem
            html = env.get_template("institution.html.j2").render(
                **common, p=page, page_title=f"{page.name} · {labels('report_institution_title')}",
                nav={"index": "../index.html", "regional": "../regional.html"},
                lang_links=[(c, names[c], f"../../{c}/institutions/{page.stem}.html") for c in langs])
            written.append(_write(base.with_suffix(".html"), html))
            written.append(write_institution_csv(base.with_suffix(".csv"), page, labels))
            written.append(write_institution_xlsx(base.with_suffix(".xlsx"), page, labels, data.run_id))
        page_nav = {"index": "index.html", "regional": "regional.html"}
        html = env.get_template("regional.html.j2").render(
            **common, r=regional, page_title=f"{labels('report_regional_title')} · {data.run_id}", nav=page_nav,
            lang_links=[(c, names[c], f"../{c}/regional.html") for c in langs])
        written.append(_write(out_dir / lang / "regional.html", html))
        rows = sorted([*regional.heat_rows, *regional.unreachable], key=lambda r: collation_key(r.name))
        html = env.get_template("index.html.j2").render(
            **common, r=regional, rows=rows, page_title=f"{labels('index_title')} · {data.run_id}", nav=page_nav,
            lang_links=[(c, names[c], f"../{c}/index.html") for c in langs])
        written.append(_write(out_dir / lang / "index.html", html))
    assert regional_any is not None
    written.extend(write_regional_csvs(out_dir, facts, regional_any))
    root_langs = [{"code": c, "name": names[c], "index_title": Labels(c)("index_title"),
                   "regional_title": Labels(c)("report_regional_title")} for c in langs]
    html = env.get_template("root.html.j2").render(langs=root_langs, run_id=data.run_id, css=css,
                                                   csp=content_security_policy())
    written.append(_write(out_dir / "index.html", html))
    return written
