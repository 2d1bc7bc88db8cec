"""Bar charts of the regional report: every figure fits inside the drawing (a cut-off "156 of 22" misreads)."""

from __future__ import annotations

import re

from adalscan.reports.charts import DETAIL_CHAR_W, BarItem, bar_chart


def _width_and_details(svg: str) -> tuple[float, list[tuple[float, str]]]:
    width = float(re.search(r'viewBox="0 0 ([\d.]+) ', svg).group(1))  # type: ignore[union-attr]
    details = [(float(x), text) for x, text in re.findall(r'<text x="([\d.]+)" y="[\d.]+" font-size="11" '
                                                           r'fill="#555">([^<]*)</text>', svg)]
    return width, details


def test_long_details_get_room_of_their_own() -> None:
    items = [BarItem("Алматы облысы", 70.3, "1 560 / 2 220"), BarItem("University", 61.2, "156 of 2220"),
             BarItem("Колледж", 100.0, "15 600 из 22 200")]
    width, details = _width_and_details(str(bar_chart(items, aria_label="coverage")))
    assert len(details) == 3
    for x, text in details:
        assert x + len(text) * DETAIL_CHAR_W <= width, text


def test_short_details_keep_the_bars_wide() -> None:
    svg = str(bar_chart([BarItem("College", 61.2, "52 of 85")], aria_label="coverage", width=520))
    bars = re.findall(r'<rect x="0" y="[\d.]+" width="([\d.]+)" height="14" rx="2" fill="#E3E8EE"/>', svg)
    assert bars and float(bars[0]) >= 520 - 120  # about 110 px of figures, as before
