"""Logging for unattended runs: one JSON object per line, and a one-line progress display for people.

- `JsonFormatter`: `{"ts", "level", "logger", "msg", "run_id", "institution", ...}` per record; the
  institution is taken from the record (extra={"institution": ...}) or from the "site <id>: ..." wording the
  crawler uses; `extra={"progress": {...}}` and exceptions (`exc`) are included as fields.
- `ProgressLine`: when stderr is a terminal, a single updating line (sites done/total, pages, documents,
  evidence, network bytes, rate). Log records printed meanwhile clear the line first and it is redrawn.
- `setup_logging(fmt, level, progress)` installs either, replacing the CLI's plain handler.
The crawl side reports progress through `report_progress(snapshot)`; nothing happens when no display is on.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import threading
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any, TextIO

_CONTEXT: dict[str, Any] = {}
_SITE_RE = re.compile(r"^site (\S+?):")
_RESERVED = set(logging.LogRecord("", 0, "", 0, "", (), None).__dict__) | {"message", "asctime", "taskName"}
_display: ProgressLine | None = None
_progress_listeners: list[Callable[[Mapping[str, Any]], None]] = []


def set_context(**values: Any) -> None:
    """Fields added to every JSON line from now on (run_id, worker, ...); None removes one."""
    for key, value in values.items():
        if value is None:
            _CONTEXT.pop(key, None)
        else:
            _CONTEXT[key] = value


class JsonFormatter(logging.Formatter):
    """One JSON object per record, on one line; never raises on odd arguments."""

    def format(self, record: logging.LogRecord) -> str:
        try:
            msg = record.getMessage()
        except Exception:  # a bad format string must not lose the line
            msg = f"{record.msg!r} {record.args!r}"
        line: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(), "logger": record.name, "msg": msg, **_CONTEXT}
        institution = getattr(record, "institution", None)
        if institution is None:
            match = _SITE_RE.match(msg)
            institution = match.group(1) if match else None
        if institution:
            line["institution"] = institution
        for key, value in record.__dict__.items():
            if key not in _RESERVED and key not in line and not key.startswith("_") and key != "spider":
                line[key] = value
        if record.exc_info:
            line["exc"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


class ProgressLine:
    """A single status line on a terminal, redrawn at most a few times a second."""

    def __init__(self, stream: TextIO, total_label: str = "sites") -> None:
        self.stream = stream
        self.total_label = total_label
        self.text = ""
        self.lock = threading.Lock()
        self._last_draw = 0.0

    def update(self, snap: Mapping[str, Any]) -> None:
        self.text = format_progress(snap)
        now = time.monotonic()
        if now - self._last_draw >= 0.2:
            self._last_draw = now
            self.draw()

    def draw(self) -> None:
        with self.lock:
            if self.text:
                self.stream.write("\r\x1b[K" + self.text[: 200])
                self.stream.flush()

    def clear(self) -> None:
        with self.lock:
            if self.text:
                self.stream.write("\r\x1b[K")
                self.stream.flush()

    def finish(self) -> None:
        self.clear()
        self.text = ""


class _ProgressAwareHandler(logging.StreamHandler):
    """Clears the progress line before a log line and redraws it after."""

    def emit(self, record: logging.LogRecord) -> None:
        display = _display
        if display is not None:
            display.clear()
        super().emit(record)
        if display is not None:
            display.draw()


def human_bytes(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if abs(n) < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GB"


def format_progress(snap: Mapping[str, Any]) -> str:
    """'sites 12/30 done · pages 540 (31/s) · docs 500 · evidence 120 · net 3.2 MB · cache 200'."""
    parts = [f"sites {snap.get('sites_done', 0)}/{snap.get('sites_total', 0)} done"]
    pages = int(snap.get("pages", 0))
    rate = snap.get("pages_per_s")
    parts.append(f"pages {pages}" + (f" ({rate:.0f}/s)" if rate else ""))
    parts.append(f"docs {snap.get('documents', 0)}")
    parts.append(f"evidence {snap.get('evidence', 0)}")
    parts.append(f"net {human_bytes(float(snap.get('net_bytes', 0)))}")
    if snap.get("cache_served") or snap.get("not_modified"):
        parts.append(f"cached {int(snap.get('cache_served', 0))}")
    if snap.get("workers"):
        parts.append(f"workers {snap['workers']}")
    elapsed = float(snap.get("elapsed", 0.0))
    return f"[{int(elapsed // 60):02d}:{int(elapsed % 60):02d}] " + " · ".join(parts)


def report_progress(snap: Mapping[str, Any]) -> None:
    """Called by the crawl with a progress snapshot; draws it when a display is on."""
    if _display is not None:
        _display.update(snap)
    for listener in list(_progress_listeners):
        listener(snap)


def show_phase(text: str) -> None:
    """Put a phase name ("writing reports") on the progress line, when one is shown."""
    if _display is not None:
        _display.text = f"{_display.text.split(' | ', 1)[0]} | {text}" if _display.text else text
        _display.draw()


def progress_display_on() -> bool:
    return _display is not None


def add_progress_listener(listener: Callable[[Mapping[str, Any]], None]) -> None:
    _progress_listeners.append(listener)


def end_progress() -> None:
    """Remove the progress line (before the final summary is printed)."""
    global _display
    if _display is not None:
        _display.finish()
    _display = None


def setup_logging(fmt: str = "auto", level: int = logging.INFO, progress: str = "auto",
                  stream: TextIO | None = None) -> tuple[str, bool]:
    """Replace the root handlers: JSON lines (fmt json, or auto when stream is not a terminal) or text;
    a progress line when progress is on (auto: stream is a terminal). Returns (format used, progress on)."""
    global _display
    stream = stream or sys.stderr
    tty = bool(getattr(stream, "isatty", lambda: False)())
    use_json = fmt == "json" or (fmt == "auto" and not tty)
    use_progress = progress == "on" or (progress == "auto" and tty)
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    handler = _ProgressAwareHandler(stream)
    handler.setFormatter(JsonFormatter() if use_json else
                         logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s", "%H:%M:%S"))
    root.addHandler(handler)
    root.setLevel(level)
    _display = ProgressLine(stream) if use_progress else None
    if use_progress and level <= logging.INFO:
        # A person is watching the line: per-site INFO chatter would scroll it away; warnings still show.
        handler.setLevel(logging.WARNING)
    logging.captureWarnings(True)
    return ("json" if use_json else "text"), use_progress
