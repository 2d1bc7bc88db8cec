"""Full-page screenshots of rendered reports in headless Chromium, for checking them by eye.

    python -m adalscan.reports.screenshots RUN_DIR OUT_DIR [--institution ID] [--width 1280]

Shoots `<lang>/regional.html`, `<lang>/index.html` and one institution report per language found
under RUN_DIR/reports, and prints any console error or CSP violation the pages raised (a report
should raise none). Uses Debian's /usr/bin/chromium; nothing is fetched from the network.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import ConsoleMessage

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--disable-background-networking", "--disable-component-update", "--no-first-run",
                 "--disable-sync"]


def _print_console_problem(msg: ConsoleMessage) -> None:
    if msg.type in ("error", "warning"):
        print(f"  console {msg.type}: {msg.text}")


def shoot(run_dir: Path, out_dir: Path, institution: str | None = None, width: int = 1280) -> list[Path]:
    """Screenshot the regional, index and one institution page in each language; return PNG paths."""
    from playwright.sync_api import sync_playwright

    reports = run_dir / "reports"
    out_dir.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": 900})
            page.on("console", _print_console_problem)
            for lang_dir in sorted(p for p in reports.iterdir() if p.is_dir()):
                inst_dir = lang_dir / "institutions"
                pick = inst_dir / f"{institution}.html" if institution else min(inst_dir.glob("*.html"), default=None)
                targets = [lang_dir / "regional.html", lang_dir / "index.html"] + ([pick] if pick else [])
                for target in targets:
                    if not target.exists():
                        continue
                    name = f"{lang_dir.name}-{target.stem}.png"
                    print(f"{name}: {target}")
                    page.goto(target.resolve().as_uri())
                    shots.append(out_dir / name)
                    page.screenshot(path=str(shots[-1]), full_page=True)
        finally:
            browser.close()
    return shots


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m adalscan.reports.screenshots", description=__doc__.splitlines()[0])
    parser.add_argument("run_dir", type=Path)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--institution", help="institution id (file stem) to shoot; default: the first")
    parser.add_argument("--width", type=int, default=1280)
    args = parser.parse_args(argv)
    for path in shoot(args.run_dir, args.out_dir, args.institution, args.width):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
