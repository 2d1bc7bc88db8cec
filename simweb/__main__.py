"""Command line: python -m simweb {generate,serve,up,mutate,score} (see simweb/README.md)."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
from datetime import date
from pathlib import Path

from simweb.urls import host_address


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {text!r}") from exc


def _generation_options(p: argparse.ArgumentParser, *, out_required: bool) -> None:
    p.add_argument("--n", type=int, default=12, help="number of institutions (default 12)")
    p.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    p.add_argument("--out", type=Path, required=out_required, help="output folder")
    p.add_argument("--as-of", type=_date, default=date(2026, 11, 25),
                   help="date that decides current vs stale periods (default 2026-11-25)")
    p.add_argument("--first-host", type=int, default=1, help="first site is 127.0.1.<first-host> (default 1)")
    p.add_argument("--universities-share", type=float, default=0.5, help="share of universities (default 0.5)")
    p.add_argument("--profile", choices=("default", "unseen"), default="default",
                   help="'unseen': about half of the documents behind 'Download' links only (default: default)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m simweb", description="Simulated web of institution sites.")
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="write sites, institutions.csv and truth.csv")
    _generation_options(gen, out_required=True)
    gen.add_argument("--port", type=int, default=8080, help="port written into the registry (default 8080)")
    serve = sub.add_parser("serve", help="serve a generated folder until SIGTERM/SIGINT")
    serve.add_argument("--root", type=Path, required=True, help="folder written by generate/up")
    serve.add_argument("--port", type=int, default=0, help="port (default: the one in manifest.json); "
                                                          "a different one rewrites institutions.csv")
    serve.add_argument("--exit-with-parent", action="store_true", help=argparse.SUPPRESS)
    up = sub.add_parser("up", help="generate, then serve; prints 'SIMWEB READY {json}' once listening")
    _generation_options(up, out_required=False)
    up.add_argument("--port", type=int, default=8080, help="preferred port; 0 or busy -> a free one (default 8080)")
    up.add_argument("--reuse", action="store_true",
                    help="skip generation when --out already holds a web generated with the same parameters")
    up.add_argument("--exit-with-parent", action="store_true", help="stop when the parent process dies")
    mut = sub.add_parser("mutate", help="change a fraction of the pages (incremental-crawl benchmark)")
    mut.add_argument("--root", type=Path, required=True)
    mut.add_argument("--fraction", type=float, default=0.05)
    mut.add_argument("--seed", type=int, default=1)
    sc = sub.add_parser("score", help="score a run's gaps.csv against truth.csv per kind of hard case")
    sc.add_argument("--truth", type=Path, action="append", required=True,
                    help="truth.csv (repeat for procurement-truth.csv; later files win)")
    sc.add_argument("--gaps", type=Path, required=True, help="gaps.csv of a run")
    sc.add_argument("--goszakup", choices=("listings", "api"), default="listings",
                    help="how the run read procurement: without a token (public listings, default) or with one")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "generate":
        from simweb.generate import generate

        m = generate(args.n, args.seed, args.out, args.as_of, port=args.port, first_host=args.first_host,
                     universities_share=args.universities_share, profile=args.profile)
        print(json.dumps({"registry": str(m.registry_path), "truth": str(m.truth_path), **m.stats}))
        return 0
    if args.command == "score":
        from simweb.hardscore import score

        print("\n".join(score(args.truth, args.gaps, args.goszakup).lines()))
        return 0
    if args.command == "mutate":
        from simweb.mutate import mutate

        changed = mutate(args.root, fraction=args.fraction, seed=args.seed)
        print(json.dumps({"mutated": len(changed)}))
        return 0
    from simweb.generate import SimWebManifest, generate, rewrite_registry_port
    from simweb.server import choose_port, port_is_free, serve_until_stopped

    if args.command == "serve":
        manifest = SimWebManifest.load(args.root)
        port = args.port or manifest.port
        if not port_is_free(manifest.hosts, port):
            print(f"simweb: port {port} is busy on the simweb hosts", file=sys.stderr)
            return 2
        if port != manifest.port:
            rewrite_registry_port(args.root, port)
        root = args.root
    else:
        root = args.out or Path(tempfile.mkdtemp(prefix="simweb-"))
        hosts = [host_address(args.first_host + i) for i in range(args.n)]
        port = choose_port(hosts, args.port)
        if args.reuse and _same_web(root, args):
            rewrite_registry_port(root, port)
        else:
            generate(args.n, args.seed, root, args.as_of, port=port, first_host=args.first_host,
                     universities_share=args.universities_share, profile=args.profile)
    try:
        asyncio.run(serve_until_stopped(root, port, exit_with_parent=args.exit_with_parent))
    except OSError as exc:  # e.g. the port was taken between the check and the bind
        print(f"simweb: cannot listen: {exc}", file=sys.stderr)
        return 2
    return 0


def _same_web(root: Path, args: argparse.Namespace) -> bool:
    from simweb.generate import MANIFEST, SimWebManifest

    if not (root / MANIFEST).is_file():
        return False
    m = SimWebManifest.load(root)
    wanted = {"n": args.n, "seed": args.seed, "as_of": args.as_of.isoformat(), "first_host": args.first_host,
              "universities_share": args.universities_share, "version": m.version, "profile": args.profile}
    from simweb.generate import GENERATOR_VERSION

    return m.params() == wanted and m.version == GENERATOR_VERSION and (root / "sites").is_dir()


if __name__ == "__main__":
    sys.exit(main())
