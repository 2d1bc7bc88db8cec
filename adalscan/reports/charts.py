"""Charts as inline SVG built in Python: no library, no network, nothing to execute.

Every text that goes into the SVG passes through `markupsafe` formatting, which escapes it, so a
region or label can never open a tag. Colours follow the Okabe-Ito colour-blind-safe palette and the
status is always written out too (symbols, numbers): colour is never the only carrier.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from math import ceil

from markupsafe import Markup

# Okabe-Ito: distinguishable under the common colour-vision deficiencies.
STATUS_COLOURS = {
    "found": "#0072B2",  # blue
    "stale": "#F0E442",  # yellow
    "uncertain": "#E69F00",  # orange
    "missing": "#D55E00",  # vermillion
    "unreachable": "#999999",
    "manual": "#CC79A7",
    "not_applicable": "#E8E8E8",
}
STATUS_SYMBOLS = {
    "found": "✓", "stale": "↻", "uncertain": "?", "missing": "✗",
    "unreachable": "⊘", "manual": "☐", "not_applicable": "–",
}
BAR_COLOUR = "#0072B2"
TRACK_COLOUR = "#E3E8EE"
FONT = "DejaVu Sans, Liberation Sans, Arial, sans-serif"


@dataclass(frozen=True, slots=True)
class BarItem:
    label: str
    pct: float | None  # None: nothing could be said (drawn as a hatched "n/a" bar)
    detail: str = ""  # e.g. "12 / 40"


DETAIL_X = 54  # where a bar's detail starts, right of the bar's end (after its percentage)
DETAIL_CHAR_W = 7.0  # widest digit of an 11 px sans-serif, in px: what one character of a detail may take


def format_pct(value: float) -> str:
    """A percentage as every report prints it: "73%", "78.4%" (one decimal, none for a whole number)."""
    return f"{value:.0f}%" if value == int(value) else f"{value:.1f}%"


def bar_chart(items: Sequence[BarItem], *, aria_label: str, na_text: str = "n/a", width: int = 520) -> Markup:
    """Horizontal percentage bars, label above each bar and value to its right. The space right of the bars
    grows with the longest detail ("1 560 of 2 220" at a regional level), so no figure is cut off."""
    row_h, bar_h, label_h = 38, 14, 16
    longest = max((len(item.detail) for item in items if item.pct is not None), default=0)
    right = max(110, DETAIL_X + ceil(longest * DETAIL_CHAR_W) + 4)
    bar_w = width - right
    height = max(row_h * len(items), row_h) + 4
    parts = [Markup('<svg class="chart" role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" '
                    'width="{}" height="{}" font-family="{}" aria-label="{}"><title>{}</title>'
                    '<defs><pattern id="na-hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
                    'patternTransform="rotate(45)"><rect width="6" height="6" fill="#f4f4f4"/>'
                    '<line x1="0" y1="0" x2="0" y2="6" stroke="#bbb" stroke-width="2"/></pattern></defs>')
             .format(width, height, width, height, FONT, aria_label, aria_label)]
    for i, item in enumerate(items):
        y = i * row_h + 2
        parts.append(Markup('<text x="0" y="{}" font-size="12" fill="#222">{}</text>').format(y + 12, item.label))
        bar_y = y + label_h + 2
        parts.append(Markup('<rect x="0" y="{}" width="{}" height="{}" rx="2" fill="{}"/>')
                     .format(bar_y, bar_w, bar_h, TRACK_COLOUR))
        if item.pct is None:
            parts.append(Markup('<rect x="0" y="{}" width="{}" height="{}" rx="2" fill="url(#na-hatch)"/>'
                                '<text x="{}" y="{}" font-size="12" fill="#555">{}</text>')
                         .format(bar_y, bar_w, bar_h, bar_w + 8, bar_y + 12, na_text))
            continue
        filled = max(0.0, min(100.0, item.pct)) / 100.0 * bar_w
        parts.append(Markup('<rect x="0" y="{}" width="{:.1f}" height="{}" rx="2" fill="{}"/>'
                            '<text x="{}" y="{}" font-size="12" font-weight="bold" fill="#111">{}</text>'
                            '<text x="{}" y="{}" font-size="11" fill="#555">{}</text>')
                     .format(bar_y, filled, bar_h, BAR_COLOUR, bar_w + 8, bar_y + 12, format_pct(item.pct),
                             bar_w + DETAIL_X, bar_y + 12, item.detail))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


def stacked_bar(segments: Sequence[tuple[str, int, str]], *, aria_label: str, width: int = 520) -> Markup:
    """One bar split by status: segments are (status, count, legend text); counts are also printed."""
    total = sum(count for _, count, _ in segments) or 1
    height, bar_h = 44, 18
    parts = [Markup('<svg class="chart" role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" '
                    'width="{}" height="{}" font-family="{}" aria-label="{}"><title>{}</title>')
             .format(width, height, width, height, FONT, aria_label, aria_label)]
    x = 0.0
    legend_x = 0
    for status, count, text in segments:
        if count:
            w = count / total * width
            parts.append(Markup('<rect x="{:.1f}" y="0" width="{:.1f}" height="{}" fill="{}" stroke="#fff"/>')
                         .format(x, w, bar_h, STATUS_COLOURS.get(status, "#777")))
            x += w
        if legend_x < width - 40:
            parts.append(Markup('<rect x="{}" y="{}" width="10" height="10" fill="{}" stroke="#666" '
                                'stroke-width="0.5"/><text x="{}" y="{}" font-size="11" fill="#222">{} {}</text>')
                         .format(legend_x, bar_h + 12, STATUS_COLOURS.get(status, "#777"), legend_x + 14,
                                 bar_h + 21, STATUS_SYMBOLS.get(status, ""), text))
            legend_x += 14 + 7 * (len(text) + 2) + 12
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


def sparkline(points: Sequence[tuple[str, float | None]], *, aria_label: str, width: int = 150,
              height: int = 34) -> Markup:
    """Coverage over runs (0..100 scale) with a dot per run; None values break the line."""
    if not points:
        return Markup("")
    pad, label_w = 4, 44
    plot_w = width - label_w - 2 * pad
    step = plot_w / max(len(points) - 1, 1)

    def y_of(pct: float) -> float:
        return pad + (100.0 - max(0.0, min(100.0, pct))) / 100.0 * (height - 2 * pad)

    title = "; ".join(f"{label}: {'—' if pct is None else format_pct(pct)}" for label, pct in points)
    parts = [Markup('<svg class="spark" role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" '
                    'width="{}" height="{}" font-family="{}" aria-label="{}"><title>{}</title>'
                    '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#ddd"/>')
             .format(width, height, width, height, FONT, aria_label, title, pad, height - pad, pad + plot_w,
                     height - pad)]
    segment: list[str] = []
    for i, (_, pct) in enumerate(points):
        if pct is None:
            if len(segment) > 1:
                parts.append(Markup('<polyline fill="none" stroke="{}" stroke-width="1.6" points="{}"/>')
                             .format(BAR_COLOUR, " ".join(segment)))
            segment = []
            continue
        segment.append(f"{pad + i * step:.1f},{y_of(pct):.1f}")
    if len(segment) > 1:
        parts.append(Markup('<polyline fill="none" stroke="{}" stroke-width="1.6" points="{}"/>')
                     .format(BAR_COLOUR, " ".join(segment)))
    for i, (_, pct) in enumerate(points):
        if pct is not None:
            parts.append(Markup('<circle cx="{:.1f}" cy="{:.1f}" r="2.4" fill="{}"/>')
                         .format(pad + i * step, y_of(pct), BAR_COLOUR))
    last = points[-1][1]
    parts.append(Markup('<text x="{}" y="{}" font-size="12" fill="#111">{}</text>')
                 .format(width - label_w + 4, height / 2 + 4, "—" if last is None else format_pct(last)))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)
