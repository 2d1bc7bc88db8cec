"""The short summary printed at the end of a scan: where the files are, institutions x statuses."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from adalscan.scoring import STATUSES

if TYPE_CHECKING:
    # type-only: adalscan.cli imports this module at start-up, and must not load adalscan.scan then
    from adalscan.scan import ScanOutcome


def status_table(outcome: ScanOutcome) -> str:
    per: dict[str, Counter[str]] = defaultdict(Counter)
    for g in outcome.gaps:
        per[g.institution_id][str(g.status)] += 1
    width = max([len(i.id) for i in outcome.institutions] + [11])
    lines = ["institution".ljust(width) + " crawl            " + "".join(s[:9].rjust(10) for s in STATUSES)]
    for inst in outcome.institutions:
        site = outcome.sites.get(inst.id)
        crawl = str(site.crawl_status) if site else "-"
        lines.append(inst.id.ljust(width) + " " + crawl.ljust(17)
                     + "".join(str(per[inst.id][s]).rjust(10) for s in STATUSES))
    total = outcome.status_counts()
    lines.append("total".ljust(width) + " " + "".ljust(17) + "".join(str(total[s]).rjust(10) for s in STATUSES))
    return "\n".join(lines)


def print_summary(outcome: ScanOutcome) -> None:
    run = outcome.run
    print(f"run {run.run_id}: {len(outcome.institutions)} institutions, {len(outcome.gaps)} gap rows, "
          f"{outcome.seconds:.1f} s")
    print(status_table(outcome))
    print(f"gaps.csv:      {run.path / 'gaps.csv'}")
    print(f"site status:   {run.path / 'site_status.csv'}")
    reports = run.path / "reports"
    if reports.exists():
        print(f"reports:       {reports / 'index.html'}")
    if outcome.alerts:
        print(f"overrides to review: {len(outcome.alerts)}")
    print(f"latest:        {run.root / 'latest'}")
