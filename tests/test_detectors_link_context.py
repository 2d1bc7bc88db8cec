"""A page's verdict must not depend on which of the pages linking to it the crawl read first.

The spider passes the detector the title of the page whose link it followed (`referrer_title`); which
page that is depends on crawl order, and in a distributed nightly on which worker got there first. On the
simulated webs, every page linked from two or more pages gets the same verdict whichever of them linked
first: otherwise two runs of the same night disagree (a distributed run and one process did, on a hiring
commission's minutes reached from the Russian or the Kazakh staff page).
"""

from __future__ import annotations

import csv
import dataclasses
from collections import defaultdict
from datetime import date
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

from detectors.engine import Detector
from detectors.extract.extract import extract_document
from simweb.generate import generate

AS_OF = date(2026, 11, 25)


def linking_contexts(site: Path) -> tuple[dict[str, Path], dict[str, list[tuple[str, str]]]]:
    """The site's HTML pages by path, and for each path the (title, link text) of the pages linking to it
    from their content (menus link to everything, from every page)."""
    pages = {"/" + str(f.parent.relative_to(site)).strip(".") + "/": f for f in site.rglob("index.html")}
    pages = {path.replace("//", "/"): f for path, f in pages.items()}
    links: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for path, file in pages.items():
        soup = BeautifulSoup(file.read_bytes(), "html.parser")
        title = soup.title.get_text(" ", strip=True) if soup.title else ""
        for a in (soup.find("main") or soup).find_all("a", href=True):
            target = urlsplit(urljoin(f"http://site{path}", str(a["href"]))).path
            links[target].append((title, a.get_text(" ", strip=True)))
    return pages, links


@pytest.mark.parametrize(("seed", "profile"), [(9, "default"), (11, "unseen")])
def test_no_verdict_depends_on_the_page_that_linked_first(tmp_path: Path, seed: int, profile: str) -> None:
    web = tmp_path / "web"
    generate(12, seed, web, AS_OF, profile=profile)
    with (web / "institutions.csv").open(encoding="utf-8-sig", newline="") as fh:
        kinds = {row["id"]: row["type"] for row in csv.DictReader(fh)}
    detector = Detector()
    checked, differing = 0, []
    for site in sorted((web / "sites").iterdir()):
        pages, links = linking_contexts(site)
        for path, file in pages.items():
            referrers = sorted({title for title, _ in links.get(path, [])})
            if len(referrers) < 2:
                continue
            anchors = sorted({text for _, text in links[path] if text})
            page = extract_document(file.read_bytes(), f"http://127.0.1.1:8080{path}", "text/html")
            page.anchor_texts = anchors  # every link text, as a page read after all its links were seen
            verdicts = {title: sorted((e.artefact_id, e.confidence >= 0.5) for e in detector.detect(
                dataclasses.replace(page, referrer_title=title), kinds[site.name], AS_OF)) for title in referrers}
            checked += 1
            if len({repr(v) for v in verdicts.values()}) > 1:
                differing.append((site.name, path, verdicts))
    assert checked >= 30  # the webs have such pages, or the test would prove nothing
    assert differing == []
