"""Real PDF (reportlab + DejaVuSans, so Kazakh glyphs survive) and DOCX (python-docx) files for simweb.

Documents carry no institution-specific text, so identical ones recur across sites: each distinct
document is rendered once into out_dir/blobs/<sha256>.<ext> and hard-linked into every site that
publishes it. Output bytes are deterministic (reportlab `invariant`, fixed ZIP timestamps).
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import zipfile
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
PDF_FONT = "SimwebDejaVu"


@dataclass(frozen=True, slots=True)
class DocSpec:
    """Everything that determines a document's bytes (its hash is the blob name)."""

    fmt: str  # pdf | docx
    lang: str
    title: str
    header: tuple[str, ...]  # approval block ("БЕКІТЕМІН ...")
    lines: tuple[str, ...]  # body; a line with " | " is a table row
    issued: date
    meta_title: str = ""  # PDF/DOCX metadata title; real files often carry a useless one

    def key(self) -> str:
        raw = "\x1f".join((self.fmt, self.lang, self.title, *self.header, "\x1e", *self.lines,
                           self.issued.isoformat(), self.meta_title))
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def epoch(day: date) -> float:
    """Noon UTC of a day, as a file mtime (Last-Modified of the served file)."""
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC).timestamp()


@cache
def _register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(PDF_FONT, str(FONT_DIR / "DejaVuSans.ttf")))


def render_pdf(spec: DocSpec) -> bytes:
    """An A4 PDF with the header block, a bold title and the body lines, text wrapped."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    _register_fonts()
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4, invariant=1)  # invariant: no timestamps -> same bytes every run
    pdf.setTitle(spec.meta_title)
    pdf.setAuthor("")
    width, height = A4
    y = height - 60

    def emit(text: str, font: str, size: float, x: float = 56, gap: float = 4) -> None:
        nonlocal y
        for part in simpleSplit(text, font, size, width - x - 56) or [""]:
            if y < 60:
                pdf.showPage()
                y = height - 60
            pdf.setFont(font, size)
            pdf.drawString(x, y, part)
            y -= size + gap

    for line in spec.header:
        emit(line, PDF_FONT, 9, x=330, gap=2)
    y -= 14
    emit(spec.title, PDF_FONT, 13.5, gap=6)
    y -= 8
    for line in spec.lines:
        emit(line.replace(" | ", "   "), PDF_FONT, 10.5)
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


def render_docx(spec: DocSpec) -> bytes:
    """A DOCX with the header, a heading, paragraphs and one table for the ' | ' rows."""
    import docx

    document = docx.Document()
    props = document.core_properties
    props.title = spec.meta_title
    props.author = "admin"
    props.created = props.modified = datetime(spec.issued.year, spec.issued.month, spec.issued.day, 9, 0)
    props.last_modified_by = "admin"
    props.revision = 1
    for line in spec.header:
        document.add_paragraph(line).alignment = 2  # right-aligned approval block
    document.add_heading(spec.title, level=1)
    rows = [line.split(" | ") for line in spec.lines if " | " in line]
    for line in spec.lines:
        if " | " not in line:
            document.add_paragraph(line)
    if rows:
        table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        for r, cells in enumerate(rows):
            for c, cell_text in enumerate(cells):
                table.cell(r, c).text = cell_text
    raw = io.BytesIO()
    document.save(raw)
    return _normalise_zip(raw.getvalue(), spec.issued)


def _normalise_zip(data: bytes, day: date) -> bytes:
    """Rewrite a ZIP with fixed entry timestamps so the same document gives the same bytes."""
    stamp = (max(day.year, 1980), day.month, day.day, 9, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def render(spec: DocSpec) -> bytes:
    return render_pdf(spec) if spec.fmt == "pdf" else render_docx(spec)


class BlobStore:
    """Renders each distinct document once (in parallel for big webs) and hard-links it wherever
    it is published. `publish()` only queues; `flush()` renders and places the files."""

    PARALLEL_FROM = 80  # below this many new documents a process pool costs more than it saves

    def __init__(self, root: Path) -> None:
        self.root = root
        self.root.mkdir(parents=True, exist_ok=True)
        self.rendered = 0
        self._pending: dict[str, DocSpec] = {}
        self._placements: list[tuple[str, Path]] = []

    def path_for(self, spec: DocSpec) -> Path:
        return self.root / f"{spec.key()}.{spec.fmt}"

    def publish(self, spec: DocSpec, dest: Path) -> None:
        """Queue the document for dest (rendered and linked by flush())."""
        path = self.path_for(spec)
        if not path.exists():
            self._pending.setdefault(path.name, spec)
        self._placements.append((path.name, dest))

    def flush(self, workers: int = 2) -> None:
        """Render queued documents (a process pool when there are many), then link them into place."""
        names = sorted(self._pending)
        specs = [self._pending[name] for name in names]
        if len(specs) >= self.PARALLEL_FROM and workers > 1:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # fork: workers inherit the imported libraries and registered fonts; no pickling of modules.
            with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
                blobs = list(pool.map(render, specs, chunksize=16))
        else:
            blobs = [render(spec) for spec in specs]
        for name, spec, data in zip(names, specs, blobs, strict=True):
            path = self.root / name
            tmp = path.with_suffix(".tmp")
            tmp.write_bytes(data)
            os.replace(tmp, path)
            stamp = epoch(spec.issued)
            os.utime(path, (stamp, stamp))
        self.rendered += len(specs)
        self._pending.clear()
        for name, dest in self._placements:
            dest.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(self.root / name, dest)
            except OSError:
                shutil.copy2(self.root / name, dest)
        self._placements.clear()
