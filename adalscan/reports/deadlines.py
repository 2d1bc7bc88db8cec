"""Deadlines of the methodology's section 5, counted from the run date on Kazakhstan's calendar.

- 5.4: the action plan that removes the risks is drawn up within 10 working days of the report being
  signed; the report is dated the run date, so the plan is due on the 10th working day after it.
- 5.5: its implementation is monitored for six months from that date; a period that ends on a day off
  ends on the next working day (the usual rule for time limits in Kazakhstan's Civil Code).

Working days come from the maintained `holidays` package (country "KZ"): weekends, public holidays,
their observed substitutes and the government's transferred days off; Saturdays that the government
declares working days count as working days.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

import holidays

ACTION_PLAN_WORKING_DAYS = 10
MONITORING_MONTHS = 6
HOLIDAY_LANGS = {"kk": "kk", "en": "en_US", "ru": "en_US"}  # no Russian names in the package: see RU_HOLIDAY_NAMES
# Kazakhstan's public holidays in Russian, by the package's English names (it names them in Kazakh and English only).
RU_HOLIDAY_NAMES = {
    "New Year's Day": "Новый год", "Orthodox Christmas": "Православное Рождество",
    "International Women's Day": "Международный женский день", "Nowruz Holiday": "Наурыз мейрамы",
    "Kazakhstan's People Solidarity Holiday": "Праздник единства народа Казахстана",
    "Defender of the Fatherland Day": "День защитника Отечества", "Victory Day": "День Победы",
    "Capital Day": "День столицы", "Eid al-Adha": "Курбан айт", "Constitution Day": "День Конституции",
    "Republic Day": "День Республики", "Independence Day": "День Независимости",
}
_RU_QUALIFIERS = (("(observed)", "(перенос)"), ("(estimated)", "(ориентировочно)"))
_SUBSTITUTED_RE = re.compile(r"^Day off \(substituted from (\d{2})/(\d{2})/(\d{4})\)$")  # en_US: month/day/year


@cache
def kz_calendar(language: str = "kk") -> holidays.HolidayBase:
    """Kazakhstan's public holidays; years are filled in lazily as dates are looked up."""
    return holidays.country_holidays("KZ", language=language)


def is_working_day(day: date) -> bool:
    return kz_calendar().is_working_day(day)


def add_working_days(start: date, count: int) -> date:
    """The `count`-th working day after `start` (the start day itself is not counted)."""
    if count < 0:
        raise ValueError("count must be >= 0")
    return kz_calendar().get_nth_working_day(start, count)


def add_months(start: date, months: int) -> date:
    """Same day `months` later, clamped to the month's end (31 Aug + 6 months = 28/29 Feb)."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def next_working_day_on_or_after(day: date) -> date:
    return kz_calendar().get_nth_working_day(day, 0)


def holidays_between(start: date, end: date, lang: str = "en") -> list[tuple[date, str]]:
    """Public holidays strictly after `start` up to and including `end`, with their names."""
    names = kz_calendar(HOLIDAY_LANGS.get(lang, "kk"))
    out = []
    day = start + timedelta(days=1)
    while day <= end:
        if day in names:
            name = names.get(day) or ""
            out.append((day, "; ".join(_russian_holiday(part) for part in name.split("; ")) if lang == "ru" else name))
        day += timedelta(days=1)
    return out


def _russian_holiday(english: str) -> str:
    """One holiday's Russian name; an unknown one keeps its English name."""
    if substituted := _SUBSTITUTED_RE.match(english):
        month, day, year = substituted.groups()
        return f"Выходной день (перенесён с {day}.{month}.{year})"
    for suffix, russian in _RU_QUALIFIERS:
        if english.endswith(" " + suffix):
            return f"{_russian_holiday(english[:-len(suffix) - 1])} {russian}"
    return RU_HOLIDAY_NAMES.get(english, english)


@dataclass(frozen=True, slots=True)
class Deadlines:
    run_date: date
    action_plan_due: date  # section 5.4
    monitoring_until: date  # section 5.5
    holidays_in_plan_window: tuple[tuple[date, str], ...]  # holidays that pushed the plan's due date


def deadlines_for(run_date: date, lang: str = "en") -> Deadlines:
    """Both section-5 deadlines for a report dated `run_date`."""
    due = add_working_days(run_date, ACTION_PLAN_WORKING_DAYS)
    monitoring = next_working_day_on_or_after(add_months(run_date, MONITORING_MONTHS))
    return Deadlines(run_date, due, monitoring, tuple(holidays_between(run_date, due, lang)))
