"""Section-5 deadlines on Kazakhstan's calendar (holidays package, country KZ)."""

from __future__ import annotations

from datetime import date, timedelta

from adalscan.reports.deadlines import (
    add_months,
    add_working_days,
    deadlines_for,
    holidays_between,
    is_working_day,
    next_working_day_on_or_after,
)


def weekdays_only(start: date, count: int) -> date:
    """The same count with weekends alone skipped (what a calendar without holidays would give)."""
    day = start
    while count:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def test_ten_working_days_in_an_ordinary_fortnight() -> None:
    monday = date(2026, 2, 2)
    assert add_working_days(monday, 10) == date(2026, 2, 16) == weekdays_only(monday, 10)


def test_nauryz_inside_the_window_pushes_the_action_plan_back() -> None:
    run_date = date(2026, 3, 12)  # Nauryz 21-23 March, with 24-25 March as observed days off
    due = add_working_days(run_date, 10)
    assert due == date(2026, 3, 31)
    assert weekdays_only(run_date, 10) == date(2026, 3, 26)  # the holidays moved it by three working days
    for day in (date(2026, 3, 23), date(2026, 3, 24), date(2026, 3, 25)):
        assert not is_working_day(day)


def test_deadlines_name_the_holidays_that_moved_them() -> None:
    dl = deadlines_for(date(2026, 3, 12), lang="en")
    assert dl.action_plan_due == date(2026, 3, 31)
    days = [d for d, _ in dl.holidays_in_plan_window]
    assert days == [date(2026, 3, 21), date(2026, 3, 22), date(2026, 3, 23), date(2026, 3, 24), date(2026, 3, 25)]
    assert all("Nowruz" in name for _, name in dl.holidays_in_plan_window)
    kk_names = {name for _, name in holidays_between(date(2026, 3, 12), dl.action_plan_due, "kk")}
    assert any("Наурыз" in name for name in kk_names)
    # The package names the holidays in Kazakh and English only: a Russian report has them in Russian.
    ru_names = {name for _, name in holidays_between(date(2026, 3, 12), dl.action_plan_due, "ru")}
    assert ru_names and all(name.startswith("Наурыз мейрамы") for name in ru_names), ru_names
    assert [name for _, name in holidays_between(date(2026, 12, 1), date(2026, 12, 31), "ru")] == ["День Независимости"]
    assert [name for _, name in holidays_between(date(2025, 1, 2), date(2025, 1, 3), "ru")] == [
        "Выходной день (перенесён с 05.01.2025)"]


def test_a_transferred_working_sunday_counts_as_a_working_day() -> None:
    # 3 January 2025 was made a day off in exchange for working on Sunday 5 January.
    assert not is_working_day(date(2025, 1, 3))
    assert is_working_day(date(2025, 1, 5))
    assert add_working_days(date(2025, 1, 2), 1) == date(2025, 1, 5)


def test_add_months_clamps_to_the_end_of_the_month() -> None:
    assert add_months(date(2025, 8, 31), 6) == date(2026, 2, 28)
    assert add_months(date(2027, 8, 31), 6) == date(2028, 2, 29)
    assert add_months(date(2026, 3, 12), 6) == date(2026, 9, 12)
    assert add_months(date(2025, 11, 30), 3) == date(2026, 2, 28)


def test_monitoring_period_ending_on_a_day_off_ends_on_the_next_working_day() -> None:
    # 14 September 2025 + six months = Saturday 14 March 2026 -> Monday 16 March.
    assert deadlines_for(date(2025, 9, 14)).monitoring_until == date(2026, 3, 16)
    # 12 March 2026 + six months = Saturday 12 September 2026 -> Monday 14 September.
    assert deadlines_for(date(2026, 3, 12)).monitoring_until == date(2026, 9, 14)
    assert next_working_day_on_or_after(date(2026, 9, 15)) == date(2026, 9, 15)


def test_zero_days_and_negative_counts() -> None:
    assert add_working_days(date(2026, 2, 2), 0) == date(2026, 2, 2)
    try:
        add_working_days(date(2026, 2, 2), -1)
    except ValueError:
        pass
    else:
        raise AssertionError("negative counts must be refused")
