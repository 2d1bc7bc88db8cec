"""Commands over the results store: diff between runs, analyst overrides, re-rendering reports."""

from __future__ import annotations

import argparse
from pathlib import Path

from adalscan.errors import UsageError
from adalscan.overrides import Override, apply_overrides, load_overrides, record_override, save_overrides
from adalscan.reporting import build_reports_for_run
from adalscan.reports.diff import diff_gaps
from adalscan.runs import STORE_FILE, latest_run_dir
from adalscan.store import ResultStore, open_store


def _store(out: Path) -> ResultStore:
    if not (out / STORE_FILE).exists():
        raise UsageError(f"{out}: no results store here (run `adalscan scan --out {out}` first)")
    return open_store(out / STORE_FILE)


def _resolve_run(out: Path, store: ResultStore, run_id: str | None) -> str:
    if run_id:
        if run_id not in {r.run_id for r in store.runs()}:
            raise UsageError(f"{out}: no run {run_id!r}")
        return run_id
    latest = latest_run_dir(out)
    if latest is None:
        raise UsageError(f"{out}: no completed run yet")
    return latest.name


def print_diff(out: Path, run_id: str | None, against: str | None) -> int:

    store = _store(out)
    current = _resolve_run(out, store, run_id)
    previous = against or store.previous_completed_run(current)
    if previous is None:
        print(f"run {current}: no earlier completed run to compare with")
        return 0
    diff = diff_gaps(store.gaps(previous), store.gaps(current))
    print(f"gaps since {previous} -> {current}: {len(diff.opened)} opened, {len(diff.closed)} closed, "
          f"{len(diff.changed)} changed")
    for label, items in (("opened", diff.opened), ("closed", diff.closed), ("changed", diff.changed)):
        for change in items:
            print(f"  {label:8} {change.institution_id:24} {change.artefact_id:38} "
                  f"{change.before or '-'} -> {change.after or '-'}")
    return 0


def override_command(args: argparse.Namespace) -> int:
    path: Path = args.file or (args.out / "overrides.yaml")
    if args.action == "list":
        for o in load_overrides(path):
            print(f"{o.institution:24} {o.artefact:38} {o.status:15} {o.analyst:20} {o.date} {o.note}")
        return 0
    if not args.institution or not args.artefact:
        raise UsageError("override set/remove needs --institution and --artefact")
    if args.action == "remove":
        kept = [o for o in load_overrides(path) if (o.institution, o.artefact) != (args.institution, args.artefact)]
        save_overrides(path, kept)
        return 0
    if not args.status or not args.analyst:
        raise UsageError("override set needs --status and --by NAME")
    scanner_row = None
    if (args.out / STORE_FILE).exists():
        store = open_store(args.out / STORE_FILE)
        latest = latest_run_dir(args.out)
        if latest is not None:
            scanner_row = next((g for g in store.gaps(latest.name)
                                if (g.institution_id, g.artefact_id) == (args.institution, args.artefact)), None)
    o = record_override(path, Override(args.institution, args.artefact, args.status, args.analyst,
                                       url=args.url, note=args.note), scanner_row)
    print(f"override recorded in {path}: {o.institution} {o.artefact} -> {o.status} by {o.analyst}")
    return 0


def rebuild_reports(out: Path, run_id: str | None, langs: tuple[str, ...]) -> int:
    store = _store(out)
    run = _resolve_run(out, store, run_id)
    gaps = store.gaps(run)
    alerts = apply_overrides(gaps, load_overrides(out / "overrides.yaml"))
    store.put_gaps(run, gaps)
    paths = build_reports_for_run(store, run, out / "runs" / run, langs, alerts=alerts)
    print(f"reports of run {run} rewritten: {len(paths)} files under {out / 'runs' / run / 'reports'}")
    return 0
