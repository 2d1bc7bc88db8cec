"""Change a fraction of the simulated pages, for the incremental-crawl benchmark.

Each chosen HTML page gets an "updated" line inserted (its artefacts, links and truth do not change);
the file is replaced atomically with a later mtime, so the server sends a new ETag and Last-Modified.
"""

from __future__ import annotations

import json
import os
import random
import time
from pathlib import Path

from simweb.generate import SimWebManifest

NOT_PAGES = {"robots.txt", "sitemap.xml", "404.html"}
UPDATED = {"utf-8": "Жаңартылды / Обновлено", "cp1251": "Обновлено"}


def html_pages(out_dir: Path) -> list[Path]:
    """Every HTML page file of every reachable site, in a stable order."""
    manifest = SimWebManifest.load(out_dir)
    pages: list[Path] = []
    for site in manifest.sites:
        root = out_dir / "sites" / site.id
        if not site.reachable or not root.is_dir():
            continue
        for path in root.rglob("*"):
            if path.is_file() and path.name not in NOT_PAGES and not path.name.startswith("download.php") \
                    and path.suffix.lower() not in (".pdf", ".docx"):
                pages.append(path)
    return sorted(pages)


def mutate(out_dir: Path, fraction: float = 0.05, seed: int = 1) -> list[str]:
    """Modify `fraction` of all HTML pages (at least one when fraction > 0); returns their paths
    relative to out_dir/sites. Also appends them to out_dir/mutations.jsonl."""
    if not 0.0 <= fraction <= 1.0:
        raise ValueError("fraction must be within 0..1")
    out_dir = Path(out_dir)
    pages = html_pages(out_dir)
    count = min(len(pages), max(1, round(len(pages) * fraction))) if fraction > 0 else 0
    rng = random.Random(f"simweb:mutate:{seed}")
    chosen = sorted(rng.sample(pages, count))
    now = time.time()
    changed: list[str] = []
    for path in chosen:
        data = path.read_bytes()
        charset = "cp1251" if b"windows-1251" in data[:1024] else "utf-8"
        text = data.decode(charset, errors="replace")
        line = f'<p class="updated">{UPDATED[charset]}: rev {rng.getrandbits(32):08x}</p>\n'
        marker = "</main>" if "</main>" in text else "</body>"
        text = text.replace(marker, line + marker, 1) if marker in text else text + line
        old_mtime = path.stat().st_mtime
        tmp = path.with_name(path.name + ".mutating")
        tmp.write_bytes(text.encode(charset, errors="xmlcharrefreplace"))
        stamp = max(now, old_mtime + 86400)  # Last-Modified must move forward even with a future as_of
        os.utime(tmp, (stamp, stamp))
        os.replace(tmp, path)  # a new inode: readers never see half a file
        changed.append(str(path.relative_to(out_dir / "sites")))
    with (out_dir / "mutations.jsonl").open("a", encoding="utf-8") as log:
        log.write(json.dumps({"time": now, "seed": seed, "fraction": fraction, "pages": changed}, ensure_ascii=False)
                  + "\n")
    return changed
