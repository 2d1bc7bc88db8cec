"""`python -m adalscan.procurement`: run the goszakup_procurement check alone and write its results.

    ADALSCAN_GOSZAKUP_URL=http://127.0.0.1:PORT ADALSCAN_GOSZAKUP_TOKEN=... \\
        python -m adalscan.procurement --institutions institutions.csv --as-of 2026-11-25 --out procurement.json

Prints one line per institution (id, status, BIN source, raised flags) and writes the full results as
JSON (and, with --csv, one flat row per institution). The token is read from the environment only.
"""

from __future__ import annotations

import argparse
import json
import logging
from datetime import date
from pathlib import Path

from adalscan.procurement.assess import check_institutions, flags_summary, result_rows
from adalscan.procurement.client import settings_from_env
from adalscan.registry import load_registry


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m adalscan.procurement", description=__doc__.split("\n\n")[0])
    parser.add_argument("--institutions", required=True, help="registry CSV (interface.md columns)")
    parser.add_argument("--as-of", default=None, help="YYYY-MM-DD (default today)")
    parser.add_argument("--only", default="", help="comma-separated institution ids")
    parser.add_argument("--out", default=None, help="write results JSON here")
    parser.add_argument("--csv", default=None, help="write one flat row per institution here")
    parser.add_argument("--rate", type=float, default=5.0, help="requests per second (0 = unlimited)")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--allow-private", action="store_true", help="allow a loopback/private API URL (the mock)")
    parser.add_argument("--subjects-cache", default=None, help="JSON cache of participant names (30 days)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    institutions = load_registry(args.institutions).institutions  # the one registry reader
    if args.only:
        wanted = {i.strip() for i in args.only.split(",")}
        institutions = [i for i in institutions if i.id in wanted]
    url, token = settings_from_env()
    as_of = date.fromisoformat(args.as_of) if args.as_of else date.today()
    results = check_institutions(institutions, url, token, as_of, concurrency=args.concurrency,
                                 client_options={"rate_per_s": args.rate}, allow_private=args.allow_private,
                                 subjects_cache=Path(args.subjects_cache) if args.subjects_cache else None)
    for result in results.values():
        raised = flags_summary(result)
        print(f"{result.institution_id}\t{result.status}\t{result.bin_source}\t{raised or '-'}")
    if args.out:
        Path(args.out).write_text(json.dumps([r.to_dict() for r in results.values()], ensure_ascii=False, indent=1),
                                  encoding="utf-8")
    if args.csv:
        from adalscan.reports.csvsafe import (
            write_csv,  # UTF-8 BOM and formula-safe cells, as every analyst CSV
        )

        rows = result_rows(results)
        write_csv(Path(args.csv), list(rows[0]) if rows else ["institution_id"], rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
