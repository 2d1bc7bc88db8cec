"""A realistic synthetic run for looking at the reports: `python -m adalscan.reports.sample OUT_DIR`.

Seven fictional institutions in three regions (example.kz sites), every status, analyst overrides
(found, not applicable, and one flagged for review), an unreachable site, procurement red flags and
three runs of history. Deterministic: the same seed gives the same pages, so screenshots compare.
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from adalscan.models import CrawlStatus, GapRow, GapStatus, Institution, SiteResult
from detectors.spec import applicable

from .context import RunCoverage, RunReportInput
from .coverage import run_coverage

AS_OF = date(2026, 3, 12)  # the 10-working-day window then spans Nauryz (21-25 March)

INSTITUTIONS = (
    Institution("astana_poly", "university", "https://astana-poly.example.kz/", "Астана политехникалық университеті",
                "Астанинский политехнический университет", "Astana Polytechnic University", "Astana", "Astana",
                "010140000017"),
    Institution("astana_arts_college", "college", "https://arts-college.example.kz/", "Астана өнер колледжі",
                "Астанинский колледж искусств", "Astana College of Arts", "Astana", "Astana"),
    Institution("saryarka_univ", "university", "https://saryarka-univ.example.kz/",
                "Сарыарқа мемлекеттік университеті", "Сарыаркинский государственный университет",
                "Saryarka State University", "Karaganda Region", "Karaganda", "020240000028"),
    Institution("karaganda_tech_college", "college", "https://krg-tech.example.kz/", "Қарағанды техникалық колледжі",
                "Карагандинский технический колледж", "Karaganda Technical College", "Karaganda Region", "Karaganda"),
    Institution("temirtau_med_college", "college", "https://temirtau-med.example.kz/",
                "Теміртау медициналық колледжі", "Темиртауский медицинский колледж", "Temirtau Medical College",
                "Karaganda Region", "Temirtau"),
    Institution("turkistan_ped_univ", "university", "https://turkistan-ped.example.kz/",
                "Түркістан педагогикалық университеті", "Туркестанский педагогический университет",
                "Turkistan Pedagogical University", "Turkistan Region", "Turkistan", "030340000039"),
    Institution("kentau_agro_college", "college", "https://kentau-agro.example.kz/", "Кентау аграрлық колледжі",
                "Кентауский аграрный колледж", "Kentau Agrarian College", "Turkistan Region", "Kentau"),
)
# Probability that a public artefact is found, per institution: a spread from good to poor.
QUALITY = {"astana_poly": 0.85, "astana_arts_college": 0.7, "saryarka_univ": 0.55, "karaganda_tech_college": 0.45,
           "temirtau_med_college": 0.5, "turkistan_ped_univ": 0.3, "kentau_agro_college": 0.4}
UNREACHABLE = {"temirtau_med_college": (CrawlStatus.TIMEOUT, "home page did not answer within 30 s (3 attempts)")}


def _snippet(inst: Institution, title_kk: str, title_ru: str, period: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{title_kk} {period} оқу жылына бекітілді. Ректордың бұйрығы № {rng.randint(10, 400)}-НҚ."
    return f"{title_ru} на {period} учебный год утверждено приказом № {rng.randint(10, 400)}-ОД от 02.09.2025."


def _rows_for(inst: Institution, rng: random.Random) -> list[GapRow]:
    rows = []
    unreachable = inst.id in UNREACHABLE
    crawl = str(UNREACHABLE[inst.id][0]) if unreachable else "ok"
    for spec in applicable(inst.type):
        row = GapRow(inst.id, spec.id, spec.direction, spec.observable, GapStatus.MANUAL, crawl_status=crawl)
        if spec.public and unreachable:
            row.status = GapStatus.UNREACHABLE
        elif spec.public:
            roll = rng.random()
            quality = QUALITY[inst.id]
            if roll < quality:
                row.status, row.period, row.confidence = GapStatus.FOUND, "2025-2026", rng.uniform(0.7, 0.98)
            elif roll < quality + 0.12:
                row.status, row.period, row.confidence = GapStatus.STALE, "2022-2023", rng.uniform(0.6, 0.9)
            elif roll < quality + 0.22:
                row.status, row.period, row.confidence = GapStatus.UNCERTAIN, "", rng.uniform(0.28, 0.48)
            else:
                row.status = GapStatus.MISSING
            if row.status != GapStatus.MISSING:
                row.evidence_url = f"{inst.website}ru/docs/{spec.id.replace('_', '-')}.pdf"
                row.snippet = _snippet(inst, spec.title_kk, spec.title_ru, row.period or "2025-2026", rng)
        rows.append(row)
    return rows


def _apply_sample_overrides(rows: list[GapRow]) -> None:
    def cell(inst: str, art: str) -> GapRow:
        return next(r for r in rows if r.institution_id == inst and r.artefact_id == art)

    hotline = cell("astana_poly", "hotline")
    hotline.status, hotline.override_by = GapStatus.FOUND, "А. Сейітқали"
    hotline.evidence_url = "https://astana-poly.example.kz/ru/contacts"
    hotline.note, hotline.confidence = "Телефон доверия 8-800 указан в подвале каждой страницы", 1.0
    attestation = cell("saryarka_univ", "attestation_minutes")
    attestation.status, attestation.override_by = GapStatus.FOUND, "Д. Омарова"
    attestation.note = "Протоколы аттестации № 1–4 за 2025 г. представлены рабочей группе"
    board = cell("kentau_agro_college", "board_of_trustees_minutes")
    board.status, board.override_by = GapStatus.MANUAL, "Е. Жұмабеков"
    board.note = "not applicable: попечительский совет создаётся, заседаний ещё не было"
    tricky = cell("turkistan_ped_univ", "anticorruption_plan")
    tricky.status, tricky.confidence, tricky.period = GapStatus.UNCERTAIN, 0.41, ""
    tricky.evidence_url = "https://turkistan-ped.example.kz/kk/news?id=17&lang=kk"
    tricky.snippet = 'Жаңалықтар: «Сыбайлас жемқорлыққа қарсы <b>жоспар</b>» & "жоба" талқыланды'


def _perturb(rows: list[GapRow], rng: random.Random, share: float) -> list[GapRow]:
    """An earlier run: some of today's found cells were still missing then (and a few the other way)."""
    earlier = []
    for row in rows:
        old = replace(row)
        if old.override_by:
            old.override_by, old.note = "", ""
            old.status = GapStatus.MISSING if old.observable == "public" else GapStatus.MANUAL
        elif old.status == GapStatus.FOUND and rng.random() < share:
            old.status, old.evidence_url, old.snippet, old.confidence = GapStatus.MISSING, "", "", 0.0
        elif old.status == GapStatus.MISSING and rng.random() < share / 3:
            old.status, old.period, old.confidence = GapStatus.FOUND, "2024-2025", 0.8
        elif old.status == GapStatus.STALE and rng.random() < 0.5:
            old.status = GapStatus.MISSING
        earlier.append(old)
    return earlier


def _procurement() -> dict[str, dict[str, Any]]:
    def flags(single: float, late: float, splits: int) -> list[dict[str, Any]]:
        return [
            {"flag_id": "single_source_share", "value": single, "threshold": 0.5, "flagged": single > 0.5,
             "formula": "single-source contracts ÷ all contracts", "detail": "contracts 2025"},
            {"flag_id": "late_plan_changes", "value": late, "threshold": 0.3, "flagged": late > 0.3,
             "formula": "plan points changed in the last 30 days of the year ÷ plan points", "detail": ""},
            {"flag_id": "threshold_splitting", "value": float(splits), "threshold": 3.0, "flagged": splits > 3,
             "formula": "same-item lots just under the open-tender threshold", "detail": "ТРУ 2025"},
        ]
    return {
        "astana_poly": {"status": "found", "bin": "010140000017", "bin_source": "registry",
                        "detail": "plans, announcements and contracts published for 2024-2026",
                        "period": "2024-2026", "evidence_url": "https://goszakup.example.kz/ru/search/announce?bin=1",
                        "counts": {"2025": {"plans": 412, "announcements": 96, "lots": 230, "contracts": 388},
                                   "2026": {"plans": 120, "announcements": 21, "lots": 40, "contracts": 12}},
                        "red_flags": flags(0.22, 0.12, 1)},
        "saryarka_univ": {"status": "found", "bin": "020240000028", "bin_source": "registry", "detail": "",
                          "period": "2025-2026", "red_flags": flags(0.64, 0.35, 5)},
        "turkistan_ped_univ": {"status": "uncertain", "bin": "030340000039", "bin_source": "portal_name_match",
                               "detail": "BIN matched by name (score 93.5); portal answered 2 of 3 queries",
                               "red_flags": flags(0.58, 0.1, 2)},
    }


def sample_input(seed: int = 20260312) -> RunReportInput:
    """The sample run (current), with its previous run and two earlier runs of history."""
    rng = random.Random(seed)
    gaps = [row for inst in INSTITUTIONS for row in _rows_for(inst, rng)]
    _apply_sample_overrides(gaps)
    previous = _perturb(gaps, rng, 0.2)
    oldest = _perturb(previous, rng, 0.25)
    sites = {}
    for inst in INSTITUTIONS:
        status, detail = UNREACHABLE.get(inst.id, (CrawlStatus.OK, ""))
        if inst.id == "saryarka_univ":
            status = CrawlStatus.BUDGET_EXHAUSTED
        pages = 0 if inst.id in UNREACHABLE else rng.randint(180, 2000)
        sites[inst.id] = SiteResult(inst.id, status, pages, pages * 41_000, pages // 6, rng.randint(0, 9), detail)
    # The Temirtau site answered in earlier runs: history shows it, this run cannot say.
    old_sites = {k: replace(v, crawl_status=CrawlStatus.OK) for k, v in sites.items()}
    for rows in (previous, oldest):
        for row in rows:
            if row.status == GapStatus.UNREACHABLE:
                row.status = GapStatus.FOUND if rng.random() < 0.5 else GapStatus.MISSING
    history: list[RunCoverage] = [
        run_coverage("2025-09-15T0200", date(2025, 9, 15), INSTITUTIONS, oldest, old_sites),
        run_coverage("2025-12-10T0200", date(2025, 12, 10), INSTITUTIONS, previous, old_sites),
    ]
    return RunReportInput(
        run_id="2026-03-12T0200", as_of=AS_OF, started=datetime(2026, 3, 12, 2, 0),
        finished=datetime(2026, 3, 12, 2, 47), institutions=list(INSTITUTIONS), gaps=gaps, sites=sites,
        procurement=_procurement(), previous_gaps=previous, history=history, previous_run_id="2025-12-10T0200",
        override_alerts=[("astana_poly", "hotline", "uncertain", "https://astana-poly.example.kz/ru/trust-line",
                          "missing")])


def main(argv: list[str] | None = None) -> int:
    from .render import write_run_reports

    parser = argparse.ArgumentParser(prog="python -m adalscan.reports.sample", description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, help="directory to write reports/ into")
    parser.add_argument("--lang", action="append", choices=("kk", "ru", "en"),
                        help="report language (repeatable; default: all three)")
    args = parser.parse_args(argv)
    paths = write_run_reports(args.out_dir, sample_input(), tuple(args.lang or ("kk", "ru", "en")))
    print(f"{len(paths)} files written; open {args.out_dir / 'reports' / 'index.html'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
