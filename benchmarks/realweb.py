"""Detection in a full crawl on a simulated web built from labelled real pages. A script that prints figures.

    .venv/bin/python benchmarks/realweb.py [--data FILE] [--pages-per-site 8] [--document-share 0.5]
                                           [--seed 1] [--neutral-urls] [--errors] [--keep DIR]
                                           [--code CHECKOUT]

simweb.realpages puts the labelled pages of --data (default ../shared/data/pages-dev.jsonl, read now and
kept nowhere in the project) into loopback sites, about half of the pages that evidence an artefact as
PDF/DOCX behind "download" or file-name links, and a full `adalscan scan` crawls them. Every public
artefact cell of every site is compared with what its pages are labelled with (found or stale = present).

Printed first: the sites built from the sealed institutions (detectors.learn.is_sealed: never tuned on,
their errors never listed) [UNSEEN]; then the other sites [rules tuned on their pages: a fit]. Each: cell
accuracy, the confusion of expected present/absent against reported present/uncertain/missing, and the
uncertain cells' share of the public cells. --errors lists the wrong cells of the unsealed sites only.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from detectors.learn import read_labelled  # noqa: E402
from simweb import realpages  # noqa: E402
from simweb.process import SimWebProcess  # noqa: E402
from simweb.server import choose_port  # noqa: E402
from simweb.urls import host_address  # noqa: E402

DEFAULT_DATA = REPO.parent / "shared" / "data" / "pages-dev.jsonl"
AS_OF = date(2026, 11, 25)


class ServedWeb(SimWebProcess):
    """`python -m simweb serve` over a folder that is already written (SimWebProcess generates one first)."""

    def __init__(self, root: Path) -> None:
        super().__init__(out_dir=root)

    def command(self) -> list[str]:
        return [sys.executable, "-m", "simweb", "serve", "--root", str(self.out_dir), "--exit-with-parent"]


def print_score(label: str, result: realpages.RealWebScore) -> None:
    c = result.confusion
    print(f"{label}")
    print(f"  cell accuracy {result.right}/{result.cells} = {result.accuracy:.3f}; uncertain {result.uncertain} "
          f"of {result.cells} public cells = {result.uncertain / max(1, result.cells):.1%}")
    print(f"  present: found {c[('present', 'present')]}, uncertain {c[('present', 'uncertain')]}, "
          f"missing {c[('present', 'absent')]}   absent: found {c[('absent', 'present')]}, "
          f"uncertain {c[('absent', 'uncertain')]}, missing {c[('absent', 'absent')]}")
    # Accuracy depends on how many cells are present; these two do not (a held-out web may mix otherwise).
    present = sum(n for (expected, _), n in c.items() if expected == "present")
    absent = result.cells - present
    print(f"  present cells found {c[('present', 'present')]}/{present} = "
          f"{c[('present', 'present')] / max(1, present):.1%}; absent cells falsely found "
          f"{c[('absent', 'present')]}/{absent} = {c[('absent', 'present')] / max(1, absent):.1%}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--pages-per-site", type=int, default=8)
    ap.add_argument("--document-share", type=float, default=0.5)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--neutral-urls", action="store_true",
                    help="HTML pages at /page/N/ instead of their real URL's path (only the text tells)")
    ap.add_argument("--errors", action="store_true", help="list the wrong cells of the unsealed sites")
    ap.add_argument("--keep", type=Path, help="keep the web and the run here")
    ap.add_argument("--code", type=Path, help="scan with the code of another checkout (PYTHONPATH), e.g. a release "
                                              "in a git worktree, to compare it on the same web")
    args = ap.parse_args(argv)

    records = read_labelled(args.data)
    work = args.keep or Path(tempfile.mkdtemp(prefix="adalscan-realweb-"))
    web_dir = work / "web"
    if web_dir.exists():
        shutil.rmtree(web_dir)
    sites = realpages.pack_sites(records, args.pages_per_site, args.seed)
    port = choose_port([host_address(1 + i) for i in range(len(sites))])
    manifest = realpages.build(records, web_dir, as_of=AS_OF, port=port, pages_per_site=args.pages_per_site,
                               document_share=args.document_share, seed=args.seed,
                               real_urls=not args.neutral_urls)
    sealed_sites = sum(1 for s in manifest.sites if s.features.get("sealed"))
    print(f"{len(records)} labelled pages from {args.data} -> {manifest.n} sites ({sealed_sites} of sealed "
          f"institutions), {manifest.stats['documents']:.0f} pages as PDF/DOCX; work {work}", flush=True)
    try:
        with ServedWeb(web_dir):
            cmd = [str(REPO / ".venv" / "bin" / "adalscan"), "scan", "--institutions", str(manifest.registry_path),
                   "--out", str(work / "out"), "--allow-private", "--as-of", AS_OF.isoformat(), "--lang", "en",
                   "-s", "ADALSCAN_SCREENSHOTS=False", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False"]
            start = time.perf_counter()
            env = dict(os.environ, PYTHONPATH=str(args.code.resolve())) if args.code else None
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=3600, check=False, env=env)
            elapsed = time.perf_counter() - start
        if proc.returncode != 0:
            print(f"scan failed ({proc.returncode}): {proc.stderr[-1500:]}")
            return 1
        gaps = next((work / "out").rglob("gaps.csv"))
        print(f"scan: {elapsed:.0f} s\n")
        print_score("sealed institutions' sites [UNSEEN]", realpages.score(manifest.truth_path, gaps, sealed=True))
        other = realpages.score(manifest.truth_path, gaps, sealed=False)
        print_score("other sites [rules tuned on these pages: a FIT]", other)
        if args.errors:
            print("\nwrong cells of the unsealed sites (sealed sites' cells are never listed):")
            for site, artefact, expected, status, pages in other.wrong:
                print(f"  {site} {artefact}: expected {expected}, got {status}  (pages: {pages or '-'})")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
