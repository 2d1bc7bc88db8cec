"""Which period a document covers, and when evidence is stale (detectors.periods)."""

from __future__ import annotations

import datetime as dt

import pytest

from detectors.periods import find_period, is_stale

AS_OF = dt.date(2025, 11, 25)


@pytest.mark.parametrize(("head", "text", "kind"), [
    ("План мероприятий на 2025-2026 учебный год", "2025-2026", "academic_year"),
    ("2024-2025 оқу жылына арналған жоспар", "2024-2025", "academic_year"),
    ("Plan for the 2023/24 academic year", "2023-2024", "academic_year"),
    ("plan_2025_2026.pdf", "2025-2026", "academic_year"),
    ("Программа на 2022-2026 годы", "2022-2026", "range"),
    ("План работы на 2026 год", "2026", "calendar_year"),
    ("2025 жылға арналған жұмыс жоспары", "2025", "calendar_year"),
    ("Annual report for 2024", "2024", "calendar_year"),
    ("16 november, 2020", "2020", "date"),
    ("Опубликовано 12.03.2024", "2024", "date"),
    ("2023 жылғы 5 қыркүйек", "2023", "date"),
    ("https://u.example.test/news/2021/03/20/antikor", "2021", "date"),
    # a year that ends a title after a word is the year the document covers
    ("Вакантные образовательные гранты 2025", "2025", "calendar_year"),
    ("Vacant educational grants 2025 | Example University", "2025", "calendar_year"),
    ("Протокол заседания от 12.03.2024", "2024", "date"),  # the year of a date stays a date
    # Latin-script Kazakh: "2025 j.", "2025 jylğy", "2026 jylğa arnalğan"
    ("Saualnamalar (2025 j.)", "2025", "calendar_year"),
    ("2025 jylğy direktordyñ jariia esebı", "2025", "calendar_year"),
    ("2025 jylğa arnalğan jūmys jospary", "2025", "calendar_year"),
    # the 2018 alphabet writes ғ as ǵ
    ("Komıssııanyń 2024 jylǵy jumysy týraly esep", "2024", "calendar_year"),
    ("2026 jylǵa arnalǵan jumys jospary", "2026", "calendar_year"),
])
def test_period_in_the_head(head: str, text: str, kind: str) -> None:
    period = find_period([head], [], None, AS_OF)
    assert period is not None
    assert (period.text, period.kind) == (text, kind)


def test_a_number_ending_a_title_is_not_always_a_year() -> None:
    assert find_period(["Система менеджмента качества ISO 9001:2015"], [], None, AS_OF) is None
    assert find_period(["Приказ № 2019"], [], None, AS_OF) is None


def test_head_wins_over_body_and_explicit_over_dates() -> None:
    period = find_period(["Жоспар 2025-2026", "Жарияланды 01.09.2025"], ["2019-2020 оқу жылы"], None, AS_OF)
    assert period is not None and period.text == "2025-2026"


def test_body_needs_an_explicit_marker() -> None:
    # A law's years in running text are not the document's period ...
    assert find_period([], ["Стратегия на 2015-2025 годы утверждена Указом от 26.12.2014 № 986"], None, AS_OF) is None
    assert find_period([], ["The Council of Europe defined it in 1996."], None, AS_OF) is None
    # ... an academic year with its marker is.
    period = find_period([], ["Отбор на осенний семестр 2022-2023 учебного года"], None, AS_OF)
    assert period is not None and period.text == "2022-2023"
    # (the 2021 Latin alphabet writes "оқу жылы" as "oqý jyly")
    period = find_period([], ["Klýbtyń 2026-2027 oqý jylyna arnalǵan jumys josparı"], None, AS_OF)
    assert period is not None and (period.text, period.kind) == ("2026-2027", "academic_year")


def test_body_dates_skip_cited_acts() -> None:
    cited = "Постановлением Правительства от 23 января 2008 года № 58 утверждены правила."
    assert find_period([], [cited], None, AS_OF) is None
    deadline = "Документы принимаются до 20.02.2024 в кабинете 212."
    period = find_period([], [cited, deadline], None, AS_OF)
    assert period is not None and period.text == "2024" and period.on == dt.date(2024, 2, 20)


def test_last_modified_is_the_last_resort() -> None:
    period = find_period(["Жоспар"], [], "Wed, 21 Oct 2015 07:28:00 GMT", AS_OF)
    assert period is not None and (period.text, period.source) == ("2015", "last_modified")
    assert find_period(["Жоспар"], [], "not a date", AS_OF) is None


def test_implausible_years_are_ignored() -> None:
    assert find_period(["Артикул 1234-1235", "Телефон 2045-2046"], [], None, AS_OF) is None


@pytest.mark.parametrize(("head", "artefact_period", "stale"), [
    ("План на 2024-2025 учебный год", "academic_year", True),  # ended 31 Aug 2025
    ("План на 2025-2026 учебный год", "academic_year", False),
    ("План на 2025 год", "calendar_year", False),  # runs to 31 Dec 2025
    ("Отчёт за 2024 год", "calendar_year", True),
    ("Кодекс 2019 года", "none", False),  # codes and regulations never go stale
    ("Стратегия на 2022-2026 годы", "academic_year", False),
])
def test_staleness(head: str, artefact_period: str, stale: bool) -> None:
    assert is_stale(find_period([head], [], None, AS_OF), artefact_period, AS_OF) is stale


def test_a_dated_document_stands_for_its_academic_year() -> None:
    spring = find_period(["Опубликовано 10.03.2025"], [], None, AS_OF)  # academic year 2024-2025
    autumn = find_period(["Опубликовано 10.10.2025"], [], None, AS_OF)  # academic year 2025-2026
    assert is_stale(spring, "academic_year", AS_OF) is True
    assert is_stale(autumn, "academic_year", AS_OF) is False
    assert is_stale(None, "academic_year", AS_OF) is False


def test_reports_stay_current_for_a_year() -> None:
    report = find_period(["Отчёт ректора за 2024 год"], [], None, AS_OF)
    older = find_period(["Отчёт ректора за 2023 год"], [], None, AS_OF)
    assert is_stale(report, "calendar_year", AS_OF, grace_years=1) is False  # last completed year
    assert is_stale(older, "calendar_year", AS_OF, grace_years=1) is True
    survey = find_period(["Сауалнама нәтижелері, 2024-2025 оқу жылы"], [], None, AS_OF)
    assert is_stale(survey, "academic_year", AS_OF, grace_years=1) is False


@pytest.mark.parametrize(("head", "stale"), [
    ("Отчёт о работе комиссии за первое полугодие 2024 года", True),
    ("Сыбайлас жемқорлыққа қарсы комиссияның 2024 жылдың бірінші жартыжылдығындағы жұмысы туралы есеп", True),
    ("Commission report for the first half of 2024", True),
    ("Отчёт о работе комиссии за 1 полугодие 2025 года", False),
    ("Отчёт о работе комиссии за второе полугодие 2024 года", False),  # the year's second half ends with it
])
def test_a_report_on_a_years_first_half_ends_in_june(head: str, stale: bool) -> None:
    period = find_period([head], [], None, AS_OF)
    assert period is not None
    assert is_stale(period, "calendar_year", AS_OF, grace_years=1) is stale


def test_a_named_period_is_stale_only_where_a_period_is_named() -> None:
    """A commission's composition names the academic year it was formed for, or none: then it is current, even if a
    date says when it was approved."""
    named = find_period(["Состав комиссии на 2022-2023 учебный год"], [], None, AS_OF)
    approved = find_period(["Утверждён приказом ректора от 05.09.2022"], [], None, AS_OF)
    assert is_stale(named, "named", AS_OF)
    assert not is_stale(approved, "named", AS_OF)


@pytest.mark.parametrize(("head", "on"), [
    ("2023 jylğy 7 aqpandağy konkurstyq komissiianyñ hattamasy", dt.date(2023, 2, 7)),
    ("2024 jylǵy 12 qyrkúiektegi otyrys hattamasy", dt.date(2024, 9, 12)),
])
def test_a_latin_script_kazakh_date(head: str, on: dt.date) -> None:
    period = find_period([head], [], None, AS_OF)
    assert period is not None and period.on == on


@pytest.mark.parametrize(("on", "stale"), [
    (dt.date(2024, 8, 20), False),  # published in the summer of 2024: for 2024-2025, current on 2025-06-01
    (dt.date(2024, 6, 20), True),  # June 2024 is still 2023-2024
])
def test_a_summer_date_stands_for_the_academic_year_that_follows(on: dt.date, stale: bool) -> None:
    period = find_period([f"Список претендентов, {on:%d.%m.%Y}"], [], None, AS_OF)
    assert period is not None and period.kind == "date"
    assert is_stale(period, "academic_year", dt.date(2025, 6, 1)) is stale


def test_a_synonym_of_period_report_keeps_the_last_completed_years_report_current() -> None:
    """A club's report for 2025-2026 is current in November 2026 (period `report`); its plan for that year is not."""
    from detectors.periods import Period, is_stale

    year = Period("2025-2026", dt.date(2026, 8, 31), "academic_year", "head")
    older = Period("2024-2025", dt.date(2025, 8, 31), "academic_year", "head")
    as_of = dt.date(2026, 11, 25)
    assert not is_stale(year, "report", as_of) and is_stale(year, "academic_year", as_of)
    assert is_stale(older, "report", as_of)


def test_a_year_in_brackets_ending_a_title_is_its_period() -> None:
    """"Transfer from paid study to a state grant (2026)": the title's year, as "Вакантные гранты 2026" is; not a
    file's note ("(PDF, 2024)")."""
    as_of = dt.date(2026, 11, 25)
    found = find_period(["Transfer from paid study to a state grant (2026)"], [], None, as_of)
    assert found is not None and found.text == "2026"
    assert find_period(["Положение о клубе (PDF, 2024)"], [], None, as_of) is None


def test_a_deadline_a_decision_sets_does_not_date_the_minutes_when_asked() -> None:
    from detectors.periods import latest_date

    as_of = dt.date(2026, 11, 25)
    lines = ["Павлодар қ. | 2025 жылғы 14 қазан",
             "ШЕШІМ: Ұсыныстар дайындалсын. Мерзімі – 2025 жылғы 1 желтоқсан.",
             "РЕШИЛИ: представить отчёт. Срок исполнения: до 15.12.2025",
             "Ұсыныстар 2025 жылғы 20 желтоқсанға дейін жіберілсін."]
    held = latest_date(lines, as_of, skip_deadlines=True)
    assert held is not None and held.on == dt.date(2025, 10, 14)
    # (Not asked, the latest date stands, as an announcement's deadline keeps it current.)
    latest = latest_date(lines, as_of)
    assert latest is not None and latest.on == dt.date(2025, 12, 20)


@pytest.mark.parametrize("text, year", [
    ("Должностной оклад — по постановлению Правительства РК 2015 года № 1193", None),
    ("Лауазымдық жалақы Үкіметтің 2015 жылғы № 1193 қаулысына сәйкес", None),
    ("Salaries follow Government Decree of 2015 No. 1193", None),
    ("Отчёт за 2025 год (протокол № 3)", "2025"),
    ("План работы на 2026 год", "2026"),
])
def test_a_year_numbered_as_a_cited_acts_is_no_period(text: str, year: str | None) -> None:
    """"2015 года № 1193" dates the act a page cites (a salary decree in a vacancy notice), not the page's period."""
    found = find_period([text], [], None, dt.date(2026, 11, 25))
    assert (found.text if found is not None else None) == year


@pytest.mark.parametrize(("head", "on"), [
    ("Applicants for vacant state educational grants – January 2026", dt.date(2026, 1, 1)),
    ("Список претендентов на вакантные гранты — январь 2026", dt.date(2026, 1, 1)),
    ("Бос гранттарға үміткерлер тізімі, 2026 жылғы қаңтар", dt.date(2026, 1, 1)),
])
def test_a_month_and_its_year_ending_a_title_is_a_date_not_the_whole_year(head: str, on: dt.date) -> None:
    """A list published in January 2026 belongs to 2025-2026, ended by November 2026; "2026" alone would keep it current."""
    period = find_period([head], [], None, dt.date(2026, 11, 25))
    assert period is not None and period.kind == "date" and period.on == on
    assert is_stale(period, "academic_year", dt.date(2026, 11, 25))


@pytest.mark.parametrize("head", ["Материалы 2026", "Marketing 2026", "Decisions 2026"])
def test_a_word_that_only_starts_like_a_month_leaves_the_titles_year(head: str) -> None:
    period = find_period([head], [], None, dt.date(2026, 11, 25))
    assert period is not None and period.kind == "calendar_year"


def test_a_year_in_a_full_date_with_its_word_for_year_is_the_dates() -> None:
    """"29 января 2025 года": a day (a meeting held then), not the whole of 2025."""
    period = find_period(["29 января 2025 года состоялась отчётная встреча директора"], [], None, dt.date(2026, 11, 25))
    assert period is not None and period.kind == "date" and period.on == dt.date(2025, 1, 29)


@pytest.mark.parametrize(("on", "stale"), [
    (dt.date(2025, 1, 29), True),  # a report given in January 2025 speaks of 2024: no longer the last completed year
    (dt.date(2026, 1, 29), False),  # ... given in January 2026, of 2025: current in November 2026
])
def test_a_dated_report_on_a_calendar_year_speaks_of_the_year_before_in_its_first_half(on: dt.date, stale: bool) -> None:
    from detectors.periods import Period

    period = Period(str(on.year), dt.date(on.year, 12, 31), "date", "body", on)
    assert is_stale(period, "calendar_year", dt.date(2026, 11, 25), grace_years=1) is stale
