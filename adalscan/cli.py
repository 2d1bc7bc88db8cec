"""The `adalscan` command line: one error path, shared option groups.

Library code raises AdalscanError subclasses; `main` turns each into one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from adalscan.errors import AdalscanError, UsageError
from adalscan.reports.i18n import parse_languages
from adalscan.summary import print_summary

# The commands import their modules when they run (adalscan.scan/nightly/demo/history/detect), not here: CLI
# start-up (`adalscan --help`, `adalscan detect`) stays fast, and no Scrapy/Twisted reactor is loaded or
# installed by commands that do not crawl. Each such import below is marked "per-command".

log = logging.getLogger("adalscan")


# -- shared option groups --------------------------------------------------------------------------------
def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date in YYYY-MM-DD form") from None


def _setting(text: str) -> tuple[str, Any]:
    name, sep, raw = text.partition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(f"{text!r} is not NAME=VALUE")
    try:
        value: Any = json.loads(raw)  # numbers, booleans, lists, dicts as JSON; anything else is a string
    except json.JSONDecodeError:
        value = raw
    return name.strip(), value


def add_as_of(p: argparse.ArgumentParser) -> None:
    p.add_argument("--as-of", type=_iso_date, default=date.today(), metavar="YYYY-MM-DD",
                   help="date against which freshness (stale) is judged (default: today)")


def add_crawl_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--institutions", type=Path, required=True, metavar="FILE", help="registry CSV")
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder that holds the runs")
    p.add_argument("--only", default="", metavar="ID[,ID...]", help="scan only these institution ids")
    p.add_argument("--allow-private", action="store_true",
                   help="allow loopback and private addresses (needed for the simulated web)")
    p.add_argument("-s", "--set", dest="settings", action="append", type=_setting, default=[],
                   metavar="NAME=VALUE", help="override one Scrapy or adalscan setting for this run (repeatable)")
    p.add_argument("--overrides", type=Path, default=None, metavar="FILE",
                   help="analyst overrides file (default: DIR/overrides.yaml)")
    p.add_argument("--lang", default="kk,ru,en", help="report languages, comma-separated (default: kk,ru,en)")
    add_as_of(p)


# -- commands --------------------------------------------------------------------------------------------
def cmd_scan(args: argparse.Namespace) -> int:
    from adalscan.scan import ScanOptions, run_scan  # per-command (see the top)

    opts = ScanOptions(institutions=args.institutions, out=args.out,
                       only=[x.strip() for x in args.only.split(",") if x.strip()],
                       allow_private=args.allow_private, as_of=args.as_of, settings=dict(args.settings),
                       overrides=args.overrides, langs=parse_languages(args.lang), command=args.command)
    outcome = run_scan(opts)
    print_summary(outcome)
    return 0


def cmd_detect(args: argparse.Namespace) -> int:
    from adalscan.detect import detect_batch, detect_one  # per-command: the extractors cost ~200 ms

    if args.batch:
        return detect_batch(args.batch, args.as_of, sys.stdout)
    if not args.path or not args.url or not args.type:
        raise UsageError("detect needs PATH --url URL --type university|college (or --batch FILE.jsonl)")
    evidence = detect_one(args.path, args.url, args.type, args.as_of)
    if args.json:
        print(json.dumps([e.as_json() for e in evidence], ensure_ascii=False))
    else:
        for e in evidence:
            state = "stale" if e.stale else ("found" if e.confidence >= 0.5 else "uncertain")
            print(f"{e.artefact_id:38} {e.confidence:5.2f} {state:9} {e.period or '':10} {e.snippet[:80]}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from adalscan.demo import run_demo  # per-command (see the top)

    return run_demo(n=args.n, seed=args.seed, out=args.out, as_of=args.as_of, settings=dict(args.settings),
                    profile=args.profile)


def cmd_diff(args: argparse.Namespace) -> int:
    from adalscan.history import print_diff  # per-command (see the top)

    return print_diff(args.out, args.run, args.against)


def cmd_override(args: argparse.Namespace) -> int:
    from adalscan.history import override_command  # per-command (see the top)

    return override_command(args)


def cmd_report(args: argparse.Namespace) -> int:
    from adalscan.history import rebuild_reports  # per-command (see the top)

    return rebuild_reports(args.out, args.run, parse_languages(args.lang))


def add_nightly_parser(subparsers: Any) -> None:
    """Register `adalscan nightly` (every option of `scan`, plus its own) and `adalscan nightly-worker`."""
    p = subparsers.add_parser("nightly", help="the unattended nightly run: incremental, resumable, archived")
    add_crawl_options(p)
    p.add_argument("--store", default=None, metavar="URL",
                   help="results store: SQLite path or postgresql://... (default: DIR/adalscan.sqlite)")
    p.add_argument("--workers", type=_worker_count, default=1, metavar="N|auto",
                   help="crawl worker processes (auto: one per core); >1 shares the crawl on Redis, "
                        "or splits the sites with --partition")
    p.add_argument("--redis", default=os.environ.get("ADALSCAN_REDIS_URL", "redis://127.0.0.1:6379/0"),
                   metavar="URL", help="Redis for --workers > 1 (default: $ADALSCAN_REDIS_URL or local)")
    p.add_argument("--partition", action="store_true",
                   help="with --workers N: each local worker crawls its own share of the sites, no Redis needed "
                        "(the cheaper way to use every core of one machine; no workers from other machines)")
    p.add_argument("--log-format", choices=("auto", "json", "text"), default="auto",
                   help="log lines on stderr: JSON when not a terminal (auto), or forced")
    p.add_argument("--progress", choices=("auto", "on", "off"), default="auto",
                   help="one updating progress line on a terminal (auto)")
    p.add_argument("--no-screenshots", action="store_true", help="no PNG screenshots of found artefacts")
    p.add_argument("--no-archive", action="store_true", help="no WARC archive (not recommended)")
    p.add_argument("--fresh", action="store_true", help="never resume: give up any unfinished run")
    p.add_argument("--max-attempts", type=int, default=3, help="attempts of one run before it is given up")
    p.add_argument("--resume-within", type=float, default=20.0, metavar="HOURS",
                   help="resume an unfinished run only when it started this recently (default 20)")
    p.add_argument("--cache-keep-days", type=float, default=30.0,
                   help="drop HTTP cache entries not seen for this many days (default 30)")
    p.set_defaults(func=cmd_nightly)

    w = subparsers.add_parser("nightly-worker", help="join the distributed nightly run going on (another machine)")
    w.add_argument("--redis", default=os.environ.get("ADALSCAN_REDIS_URL", "redis://127.0.0.1:6379/0"),
                   metavar="URL")
    w.add_argument("--out", type=Path, required=True, metavar="DIR", help="this machine's cache and archive folder")
    w.set_defaults(func=cmd_nightly_worker)


def _worker_count(text: str) -> int:
    """--workers: a number, or 'auto' for one per core."""
    if text.strip().lower() == "auto":
        return max(1, os.cpu_count() or 1)
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number or 'auto', not {text!r}") from None




def cmd_nightly(args: argparse.Namespace) -> int:
    from adalscan import nightly  # per-command (see the top)

    return nightly.cmd_nightly(args)


def cmd_nightly_worker(args: argparse.Namespace) -> int:
    from adalscan import nightly  # per-command (see the top)

    return nightly.cmd_nightly_worker(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="adalscan", description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("scan", help="crawl every institution of a registry and write one run")
    add_crawl_options(p)
    p.set_defaults(func=cmd_scan)

    p = sub.add_parser("detect", help="classify one saved document (HTML, PDF, DOCX) or a batch")
    p.add_argument("path", nargs="?", type=Path, help="the saved document")
    p.add_argument("--url", help="URL the document was fetched from")
    p.add_argument("--type", choices=("university", "college"), help="institution type")
    p.add_argument("--batch", type=Path, metavar="FILE.jsonl", help='lines of {"path","url","type"}')
    p.add_argument("--json", action="store_true", help="print JSON (an array, or one line per document)")
    add_as_of(p)
    p.set_defaults(func=cmd_detect)

    p = sub.add_parser("demo", help="scan a simulated web of ~12 institutions and score the result")
    p.add_argument("--n", type=int, default=12, help="number of simulated institutions (default 12)")
    p.add_argument("--seed", type=int, default=7, help="seed of the simulated web (default 7)")
    p.add_argument("--profile", choices=("default", "unseen"), default="default",
                   help="'unseen': about half of the documents behind 'Download' links only (simweb/README.md)")
    p.add_argument("--out", type=Path, default=Path("outputs/demo"), metavar="DIR")
    p.add_argument("-s", "--set", dest="settings", action="append", type=_setting, default=[],
                   metavar="NAME=VALUE", help="override one setting for the demo's scan")
    add_as_of(p)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("diff", help="gaps opened and closed between two runs (default: latest vs previous)")
    p.add_argument("--out", type=Path, required=True, metavar="DIR")
    p.add_argument("--run", default=None, help="run id (default: latest)")
    p.add_argument("--against", default=None, help="earlier run id (default: the one before --run)")
    p.set_defaults(func=cmd_diff)

    p = sub.add_parser("override", help="record or list analyst overrides")
    p.add_argument("action", choices=("set", "list", "remove"))
    p.add_argument("--out", type=Path, required=True, metavar="DIR")
    p.add_argument("--file", type=Path, default=None, help="overrides file (default: DIR/overrides.yaml)")
    p.add_argument("--institution")
    p.add_argument("--artefact")
    p.add_argument("--status", choices=("found", "missing", "not_applicable"))
    p.add_argument("--url", default="")
    p.add_argument("--note", default="")
    p.add_argument("--by", dest="analyst", help="analyst name")
    p.set_defaults(func=cmd_override)

    p = sub.add_parser("report", help="re-render the reports of a run (e.g. after overrides)")
    p.add_argument("--out", type=Path, required=True, metavar="DIR")
    p.add_argument("--run", default=None, help="run id (default: latest)")
    p.add_argument("--lang", default="kk,ru,en")
    p.set_defaults(func=cmd_report)

    add_nightly_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    try:
        return int(args.func(args) or 0)
    except AdalscanError as exc:
        print(f"adalscan: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("adalscan: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
