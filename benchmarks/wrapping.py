"""Do verdicts depend on how a page is wrapped? A script that prints figures, not a test.

    .venv/bin/python benchmarks/wrapping.py [--data FILE] [--list]

Every unsealed labelled page of --data (default ../shared/data/pages-dev.jsonl, read now and kept nowhere in the
project) is classified as the detection benchmark does (its text in a bare page at its real URL), then served as
the simulated web built from real pages serves it (simweb.realpages): in each of the three site templates, at its
real path and on a loopback host; and as a PDF and a DOCX at a neutral file address, bare and under each approval
block and letterhead; and with a block of links to other labelled pages under its text ("See also", "Latest news":
their titles, with a date or without). Printed: for each way of wrapping, how many pages got other "found" verdicts
than their own, and whether that moved them towards or away from their labels; and how many documents pages that
list one such page (by its title, "Download" beside it, "Download" alone, its file name, "Read more"; as a list and
as a table) found something themselves. A robust detector's verdicts do not depend on the wrapping. --list names
each changed verdict (unsealed pages only; sealed pages are skipped).
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import random
import sys
import zlib
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from detection import wrap_html  # noqa: E402

from adalscan.models import Document  # noqa: E402
from detectors.engine import Detector  # noqa: E402
from detectors.extract.extract import extract_document  # noqa: E402
from detectors.learn import LabelledPage, excerpt_title, is_sealed, read_labelled  # noqa: E402
from simweb import realpages  # noqa: E402
from simweb.documents import DocSpec, render  # noqa: E402

DEFAULT_DATA = REPO.parent / "shared" / "data" / "pages-dev.jsonl"
AS_OF = dt.date(2026, 11, 25)
CONTENT_TYPES = {"pdf": "application/pdf",
                 "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


def wrappings(record: LabelledPage) -> dict[str, Document]:
    """The page as the simulated web serves it, each way it may: name -> extracted document."""
    title = excerpt_title(record.text)
    lines = [line.strip() for line in record.text.splitlines() if line.strip()]
    lang = record.lang if record.lang in realpages.APPROVAL else "ru"
    parts = urlsplit(record.url)
    loopback = "http://127.0.1.5:8080" + (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    docs: dict[str, Document] = {}
    for template in realpages.TEMPLATES:
        placed = realpages.PlacedPage(record, "/page/1/", "html", "title", title)
        page = realpages.html_page("Университет", placed, template).encode("utf-8")
        docs[f"html {template}"] = extract_document(page, record.url, "text/html; charset=utf-8")
        docs[f"html {template}, loopback host"] = extract_document(page, loopback, "text/html; charset=utf-8")
    headers = [("bare", ())] + [(f"approval {i}", block) for i, block in enumerate(realpages.APPROVAL[lang])]
    headers += [(f"letterhead {i}", block) for i, block in enumerate(realpages.LETTERHEADS[lang])]
    headers.append(("letterhead 0 + approval 1", realpages.LETTERHEADS[lang][0] + realpages.APPROVAL[lang][1]))
    for fmt, content_type in CONTENT_TYPES.items():
        for name, header in headers:
            spec = DocSpec(fmt=fmt, lang=lang, title=title, header=tuple(header),
                           lines=tuple(lines[1:] if title else lines), issued=AS_OF - dt.timedelta(days=90))
            docs[f"{fmt} {name}"] = extract_document(render(spec), f"https://x.kz/upload/iblock/abc/doc_001.{fmt}",
                                                     content_type)
    return docs


def listings(record: LabelledPage) -> dict[str, Document]:
    """A documents page of the simulated web that lists this page only, in each way it links a page: the list is
    no evidence of its own (the page it links is fetched and judged itself), so it should find nothing."""
    title = excerpt_title(record.text)
    docs: dict[str, Document] = {}
    for link in (*realpages.DOCUMENT_LINKS, *realpages.HTML_LINKS):
        path = "/page/1/" if link in realpages.HTML_LINKS else "/upload/iblock/abc/doc_001.pdf"
        placed = realpages.PlacedPage(record, path, "html" if path.startswith("/page") else "pdf", link, title)
        for as_table in (False, True):
            page = realpages.section_page("Университет", "Документы", [placed], as_table=as_table).encode("utf-8")
            docs[f"list {link}{' (table)' if as_table else ''}"] = extract_document(
                page, "http://127.0.1.5:8080/documents/", "text/html; charset=utf-8")
    return docs


class VerdictChanges:
    """How variants of the unsealed pages change their "found" verdicts, against each page's own."""

    def __init__(self, detector: Detector) -> None:
        self.detector = detector
        self.changed: Counter[str] = Counter()
        self.worse: Counter[str] = Counter()
        self.better: Counter[str] = Counter()
        self.pages_changed: set[str] = set()
        self.total = 0

    def found(self, doc: Document, itype: str) -> frozenset[str]:
        return frozenset(e.artefact_id for e in self.detector.detect(doc, itype, AS_OF) if e.confidence >= 0.5)

    def own(self, record: LabelledPage) -> frozenset[str]:
        """The page's verdicts as the detection benchmark reads it (its text in a bare page at its real URL)."""
        return self.found(extract_document(wrap_html(record.text).encode("utf-8"), record.url,
                                           "text/html; charset=utf-8"), record.itype)

    def compare(self, record: LabelledPage, own: frozenset[str], variants: dict[str, Document],
                show: bool = False) -> None:
        labels = frozenset(record.labels)
        for name, doc in variants.items():
            self.total += 1
            got = self.found(doc, record.itype)
            if got == own:
                continue
            self.changed[name] += 1
            self.pages_changed.add(record.id)
            delta = len(got ^ labels) - len(own ^ labels)
            if delta > 0:
                self.worse[name] += 1
            elif delta < 0:
                self.better[name] += 1
            if show:
                print(f"  {record.id} {name}: {sorted(own)} -> {sorted(got)} (labels {sorted(labels)})")

    def print(self, pages: int, what: str) -> None:
        print(f"{pages} unsealed labelled pages, {self.total} {what}: {sum(self.changed.values())} with other "
              f"'found' verdicts than the page's own ({sum(self.worse.values())} further from the labels, "
              f"{sum(self.better.values())} closer), on {len(self.pages_changed)} pages")

    def print_table(self, column: str) -> None:
        print(f"{column:32} {'changed':>8} {'worse':>6} {'better':>7}")
        for name in sorted(self.changed, key=lambda n: (-self.changed[n], n)):
            print(f"{name:32} {self.changed[name]:8d} {self.worse[name]:6d} {self.better[name]:7d}")


RELATED_HEADINGS = ("Читайте также", "Соңғы жаңалықтар", "See also")


def related_blocks(record: LabelledPage, others: list[LabelledPage]) -> dict[str, Document]:
    """The page's text followed by a block of links to other pages (their titles, with a date or without), as a
    CMS puts "See also" or "Latest news" under an article: the links name their targets, which are judged
    themselves, and the block's heading is no heading of the page's own."""
    picks = random.Random(zlib.crc32(record.id.encode("utf-8"))).sample(others, min(3, len(others)))
    titles = [html.escape(excerpt_title(p.text) or p.text.splitlines()[0][:80]) for p in picks]
    page = wrap_html(record.text)
    docs: dict[str, Document] = {}
    for heading in RELATED_HEADINGS:
        for dated, items in ((False, "".join(f'<li><a href="/ru/page/{i}/">{t}</a></li>' for i, t in enumerate(titles))),
                             (True, "".join(f'<p><a href="/ru/page/{i}/">{t}</a> 12.09.2025</p>'
                                            for i, t in enumerate(titles)))):
            block = f"<h3>{heading}</h3>" + (items if dated else f"<ul>{items}</ul>")
            docs[f"related links, {heading}{', dated' if dated else ''}"] = extract_document(
                page.replace("</body>", block + "</body>").encode("utf-8"), record.url, "text/html; charset=utf-8")
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--list", action="store_true", help="name each changed verdict")
    args = ap.parse_args(argv)

    changes = VerdictChanges(Detector())
    records = [r for r in read_labelled(args.data) if not is_sealed(r.group)]
    positives = [r for r in records if r.labels]
    for record in records:
        own = changes.own(record)
        changes.compare(record, own, wrappings(record), args.list)
        changes.compare(record, own, related_blocks(record, [p for p in positives if p.group != record.group]),
                        args.list)
    listed = listing_found = 0
    for record in records:
        for name, doc in listings(record).items():
            listed += 1
            got = changes.found(doc, record.itype)
            if got:
                listing_found += 1
                if args.list:
                    print(f"  {record.id} {name}: the list itself found {sorted(got)}")
    changes.print(len(records), "wrapped pages")
    print(f"documents pages listing one of them (each way of linking, list or table): {listing_found} of {listed} "
          "found something of their own (a list is no evidence: the page it links is judged itself)")
    changes.print_table("wrapping")
    return 0


if __name__ == "__main__":
    sys.exit(main())
