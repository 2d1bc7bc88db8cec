"""Every adalscan setting the crawler reads is declared, with its reason, in crawler/settings.py."""

from __future__ import annotations

import re
from pathlib import Path

from crawler import settings

CRAWLER = Path(__file__).resolve().parent.parent / "crawler"
# Scrapy settings reads (environment variables, os.environ.get, are the procurement's and the demo's).
READ = re.compile(r"(?<!environ)\.get(?:bool|int|float|list|dict)?\(\s*\"(ADALSCAN_[A-Z0-9_]+)\"|"
                  r"settings\[\"(ADALSCAN_[A-Z0-9_]+)\"\]|\bs\[\"(ADALSCAN_[A-Z0-9_]+)\"\]")


def test_every_setting_read_is_declared() -> None:
    read: dict[str, str] = {}
    for path in CRAWLER.rglob("*.py"):
        for match in READ.finditer(path.read_text(encoding="utf-8")):
            read.setdefault(next(g for g in match.groups() if g), path.name)
    declared = {name for name in dir(settings) if name.startswith("ADALSCAN_")}
    assert len(read) > 20  # the pattern does find the reads
    assert {name: where for name, where in read.items() if name not in declared} == {}
