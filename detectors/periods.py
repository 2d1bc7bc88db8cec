"""Freshness: which period a document covers, and whether that period has ended.

Sources, in order of trust (the first that yields anything wins, latest period within it):

1. title, headings, link texts pointing here, the URL / file name, the first short lines:
   explicit academic years ("2025-2026 оқу жылы", "2025/2026 уч. год", "plan_2025-2026.pdf"),
   multi-year ranges ("2022-2026 жылдарға"), calendar years ("на 2026 год", "2026 жылға
   арналған", "for 2026", "2026 г."), and dates ("16.11.2020", "8 april, 2024", "/2021/03/20/");
2. the body: only explicit academic years next to a marker ("учебный год", "оқу жылы",
   "academic year") and "на/for YYYY год"-style calendar years;
3. dates in the head, then the latest full date in the body (deadlines, publication dates);
   bare years in running text are never used (they are mostly laws and orders being cited);
4. the HTTP Last-Modified header, as a date.

When a period has ended: an academic year Y1-Y2 on 31 August of Y2; a multi-year range or a
calendar year on 31 December of its last year; a date stands for its calendar year (an
academic-year artefact dated 2024-02-05 stands for 2023-2024, one dated in July or August for the
academic year that follows: plans are approved and candidate lists published in the summer).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

from detectors.morph import fold

_YEAR = r"(19[89]\d|20\d\d)"
_RANGE_RE = re.compile(_YEAR + r"\s*[-–—/_]\s*(19[89]\d|20\d\d|\d\d)(?!\d)")
# All patterns run on folded text (detectors.morph.fold: қ->к, ғ->г, і->и, й->и, ...), so the
# Kazakh letters written with Russian look-alikes ("оку жылы", "жылгы 22 акпан") still match.
_ACADEMIC_MARKER_RE = re.compile(
    r"(оку\s+жыл|учебн\w*\s+год|уч\.?\s*г|о\.?\s*ж\.|academic\s+year|school\s+year|"
    r"oq[uúý]\s+jyl|oku\s+zhyl|uchebn)", re.IGNORECASE)
_CALENDAR_RES = (
    # the first three say "for the year" and are trusted in the body too
    # "\bна|\bза" and "\bfor" written to start with their first letters, case-sensitively (these
    # letters match nothing else case-insensitively), so that the regex engine scans for them.
    re.compile(r"(?-i:[нНзЗ])(?<!\w(?-i:[нНзЗ]))а\s+" + _YEAR + r"\s*(?:год|г\.|г\b)", re.IGNORECASE),
    # Latin-script Kazakh writes ғ as ğ (2021 alphabet) or ǵ (2018): "2024 jylǵy", "2026 jylğa"
    re.compile(_YEAR + r"\s*(?:жылга|жылдарга|жылдын|jyl[gğǵ]a|jyldar[gğǵ]a|jyldyn)", re.IGNORECASE),
    re.compile(r"(?-i:[fF])(?<!\w(?-i:[fF]))or\s+(?:the\s+)?(?:year\s+)?" + _YEAR + r"\b", re.IGNORECASE),
    # looser forms, only in titles, headings, link texts, URLs and first lines
    re.compile(r"(?:\bin|\bof|\bв)\s+" + _YEAR + r"\b", re.IGNORECASE),
    re.compile(_YEAR + r"\s*(?:год|г\.|year\b|ж\.|жыл\b|жылгы(?!\s*\d)|j\.|jyl\b|jyl[gğǵ][yı](?!\s*\d))", re.IGNORECASE),
    # a year that ends a title after a word ("Вакантные гранты 2026", "Vacant educational grants 2026 | Site",
    # "Transfer from paid study to a state grant (2026)"), not the year of a date ("от 12.03.2020") nor of a standard
    # ("ISO 9001:2015")
    re.compile(r"(?:(?<=[^\W\d_]\s)|(?<=[^\W\d_][»\"”)]\s)|(?<=[^\W\d_]\s\())" + _YEAR + r"\)?(?=[ \t]*(?:$|[|–—][^\n]*$))",
               re.IGNORECASE | re.MULTILINE),
)
_MONTHS = {
    # ru (stems), kk, en
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
    "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
    # Kazakh, folded: қаңтар, ақпан, наурыз, сәуір, мамыр, маусым, шілде, тамыз, қыркүйек, қазан, ...
    "кантар": 1, "акпан": 2, "наурыз": 3, "сауир": 4, "мамыр": 5, "маусым": 6, "шилде": 7,
    "тамыз": 8, "кыркуиек": 9, "казан": 10, "караша": 11, "желтоксан": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
    # Latin-script Kazakh (2018 and 2021 alphabets, and plain ASCII)
    "qantar": 1, "qańtar": 1, "aqpan": 2, "nauryz": 3, "naýryz": 3, "sauir": 4, "sáýir": 4, "säuır": 4,
    "mamyr": 5, "mausym": 6, "maýsym": 6, "shilde": 7, "şılde": 7, "tamyz": 8, "qyrkuiek": 9, "qyrkúiek": 9,
    "qyrküiek": 9, "qazan": 10, "qarasha": 11, "qaraşa": 11, "jeltoqsan": 12, "zheltoksan": 12,
}
_MONTH_ALT = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
# A month's name as a word of its own, in the (folded) forms a month-and-year takes ("январь", "января", "january", "jan.",
# "кантар", "qantar"); not a word that only starts like one ("материалы", "marketing").
# (Folding drops "ь" and turns "й" into "и": "январь" reads "январ", "май" "маи".)
_MONTH_WORD = (r"(?:январ[яе]?|феврал[яе]?|март[ае]?|апрел[яе]?|ма[ияе]|июн[яе]?|июл[яе]?|август[ае]?|сентябр[яе]?|октябр[яе]?|"
               r"ноябр[яе]?|декабр[яе]?|(?:кантар|акпан|наурыз|сауир|мамыр|маусым|шилде|тамыз|кыркуиек|караша|желтоксан)\w*|"
               r"казан(?:да|дагы)?|"
               r"january|february|march|april|may|june|july|august|september|october|november|december|"
               r"(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?|"
               + "|".join(re.escape(m) for m in _MONTHS if m[:1].isascii() and len(m) > 3) + ")")  # (Latin-script Kazakh)
_MONTH_BEFORE_RE = re.compile(r"(?<!\w)" + _MONTH_WORD + r"\s+$", re.IGNORECASE)
_MONTH_AFTER_RE = re.compile(r"\s+" + _MONTH_WORD + r"(?!\w)(?!\s*\d)", re.IGNORECASE)
# A month and its year without a day, in the head ("– January 2026", "январь 2026 г.", "2026 жылғы қаңтар", folded).
_MONTH_YEAR_RES = (
    re.compile(r"(?<!\w)(" + _MONTH_WORD + r")\s+(19[89]\d|20\d\d)(?!\d)", re.IGNORECASE),
    re.compile(r"(19[89]\d|20\d\d)\s*(?:жылгы|jyl[gğǵ][yı])\s+(" + _MONTH_WORD + r")(?!\w)(?!\s*\d)", re.IGNORECASE),
)
# "(\d(?<!\d\d)\d?)" is "(?<!\d)(\d{1,2})" written to start with a digit, which the regex engine
# scans for instead of trying the look-behind at every character of a page (3x faster).
_DAY = r"(\d(?<!\d\d)\d?)"
# Every letter that a month stem's first letter matches case-insensitively (Python's re also lets
# "s" match "ſ" and "д" match "ᲁ"): a case-sensitive look-ahead for them spares trying all the
# month stems at every word of a page.
_MONTH_INITIALS = "ADFJMNOQSTZadfjmnoqstzſŞşАДЖИКМНОСТФШЯаджикмностфшяᲁᲂᲃᲄᲅ"
_DATE_RES = (
    re.compile(_DAY + r"[./](\d{1,2})[./]" + _YEAR + r"(?!\d)"),
    re.compile(_YEAR + r"-(\d{2})-(\d{2})(?![-\d])"),  # ISO (not a slug time stamp 2020-01-30-02-50)
    re.compile(_DAY + r"\s+(" + _MONTH_ALT + r")[\w.]*,?\s+" + _YEAR, re.IGNORECASE),
    re.compile(r"\b(?=(?-i:[" + _MONTH_INITIALS + r"]))(" + _MONTH_ALT + r")[a-z.]*\s+(\d{1,2}),?\s+" + _YEAR,
               re.IGNORECASE),
    re.compile(_YEAR + r"\s*(?:жылгы|jyl[gğǵ][yı])\s+(\d{1,2})\s+(" + _MONTH_ALT + r")", re.IGNORECASE),
    re.compile(r"/" + _YEAR + r"/(\d{1,2})/(\d{1,2})/"),  # dated URL paths
)
# Texts without these cannot match the pattern at the same place of _DATE_RES / _CALENDAR_RES
# (each is a piece of every match), and they are found much faster than the pattern is tried.
_DATE_GUARDS = (None, None, None, re.compile(r"\d,?\s+" + _YEAR), None, None)
_CALENDAR_GUARDS = (re.compile(_YEAR + r"\s*(?:год|г\.|г\b)", re.IGNORECASE), None, None, None, None, None)
_MARKER_WINDOW = 40  # characters after a year range in which an academic-year marker counts


@dataclass(frozen=True, slots=True)
class Period:
    text: str  # as reported: "2025-2026", "2022-2026", "2026"
    end: dt.date  # last day the period covers
    kind: str  # academic_year | range | calendar_year | half_year | date
    source: str  # head | body | last_modified
    on: dt.date | None = None  # the date itself, for kind == "date"

    def ended(self, as_of: dt.date) -> bool:
        return self.end < as_of


def _year_ok(year: int, as_of: dt.date) -> bool:
    return 1990 <= year <= as_of.year + 3


def _ranges(text: str, as_of: dt.date, need_marker: bool) -> list[Period]:
    found = []
    for m in _RANGE_RE.finditer(text):
        y1 = int(m.group(1))
        y2_raw = m.group(2)
        y2 = int(y2_raw) if len(y2_raw) == 4 else (y1 // 100) * 100 + int(y2_raw)
        if not (_year_ok(y1, as_of) and _year_ok(y2, as_of)) or not 0 < y2 - y1 <= 10:
            continue
        marked = bool(_ACADEMIC_MARKER_RE.search(text[m.end(): m.end() + _MARKER_WINDOW]))
        if y2 - y1 == 1:
            if need_marker and not marked:
                continue
            found.append(Period(f"{y1}-{y2}", dt.date(y2, 8, 31), "academic_year", ""))
        elif not need_marker:
            found.append(Period(f"{y1}-{y2}", dt.date(y2, 12, 31), "range", ""))
    return found


# The first half of a year ("за первое полугодие 2025 года", "2025 жылдың бірінші жартыжылдығы", "first half of
# 2025", "H1 2025"), folded: a report on it is not one on the whole year, which ends six months later.
_FIRST_HALF_BEFORE_RE = re.compile(r"(?:\b(?:1|i|перв\w*)[\s-]*(?:е\s+|ое\s+)?полугоди\w*|\b(?:first|1st)\s+half(?:\s+of)?|"
                                   r"\bh1)\s*$")
_FIRST_HALF_AFTER_RE = re.compile(r"^\s*(?:1|i|биринши)[\s-]*(?:ши\s+)?жартыжылды")


# The number right after a year ("... от 31 декабря 2015 года № 1193", "2024 жылғы № 12 бұйрық", "of 2019 No. 5"): the
# year is a cited act's, whose date says nothing of the period of the page that cites it.
_ACT_NUMBER_AFTER_RE = re.compile(r"\w*\.?[ \t]*(?:№|no\.[ \t]*\d)")


def _calendar_years(text: str, as_of: dt.date, strict: bool) -> list[Period]:
    found = []
    patterns = _CALENDAR_RES[:3] if strict else _CALENDAR_RES
    for pattern, guard in zip(patterns, _CALENDAR_GUARDS, strict=False):
        if guard is not None and not guard.search(text):
            continue
        for m in pattern.finditer(text):
            year = int(m.group(1))
            if not _year_ok(year, as_of) or _ACT_NUMBER_AFTER_RE.match(text, m.end()):
                continue
            if _MONTH_BEFORE_RE.search(text, max(0, m.start(1) - 16), m.start(1)) or _MONTH_AFTER_RE.match(text, m.end()):
                # a month's or a day's ("Applicants for vacant grants – January 2026", "29 января 2025 года", "2026 жылғы
                # қаңтар"): a date (_dates, _month_years), not the whole year
                continue
            if ("полугоди" in text or "жартыжыл" in text or "h" in text) and (
                    _FIRST_HALF_BEFORE_RE.search(text, max(0, m.start(1) - 30), m.start(1))
                    or _FIRST_HALF_AFTER_RE.match(text[m.end():m.end() + 30])):
                found.append(Period(f"{year} H1", dt.date(year, 6, 30), "half_year", ""))
            else:
                found.append(Period(str(year), dt.date(year, 12, 31), "calendar_year", ""))
    return found


def _month(token: str) -> int:
    token = token.lower()
    if token.isdigit():
        return int(token)
    for stem in sorted(_MONTHS, key=len, reverse=True):
        if token.startswith(stem):
            return _MONTHS[stem]
    return 0


_CITATION_AFTER_RE = re.compile(r"^[^\n]{0,25}?(№|\bNo\.|\bN\s?\d)", re.IGNORECASE)
_CITATION_BEFORE_RE = re.compile(
    r"(приказ|буирык|order|постановлен|каулы|закон|заң|\blaw|решени|шешим|decision|протокол|хаттама|"
    r"указ|жарлык|decree|resolution|утвержд|бекит|approved|\bот|\bdated)[^\n]{0,40}$", re.IGNORECASE)


def _is_citation(text: str, start: int, end: int) -> bool:
    """A date that belongs to a cited act ("приказом ... от 23 января 2008 года № 58")."""
    return bool(_CITATION_AFTER_RE.search(text[end:end + 30]) or _CITATION_BEFORE_RE.search(text[max(0, start - 60):start]))


def _dates(text: str, as_of: dt.date, skip_citations: bool = False, skip_deadlines: bool = False) -> list[Period]:
    found = []
    # (day, month, year) group positions for each pattern of _DATE_RES
    layouts = ((0, 1, 2), (2, 1, 0), (0, 1, 2), (1, 0, 2), (1, 2, 0), (2, 1, 0))
    for pattern, guard, (di, mi, yi) in zip(_DATE_RES, _DATE_GUARDS, layouts, strict=True):
        if guard is not None and not guard.search(text):
            continue
        for m in pattern.finditer(text):
            if skip_citations and _is_citation(text, m.start(), m.end()):
                continue
            if skip_deadlines and _is_deadline(text, m.start(), m.end()):
                continue
            groups = m.groups()
            try:
                year = int(groups[yi])
                when = dt.date(year, _month(groups[mi]), int(groups[di]))
            except ValueError:
                continue
            if _year_ok(year, as_of):
                found.append(Period(str(year), dt.date(year, 12, 31), "date", "", when))
    return found


def _month_years(text: str, as_of: dt.date) -> list[Period]:
    """A month and its year in the head, without a day (see _MONTH_YEAR_RES): a date on the month's first day."""
    found = []
    for number, pattern in enumerate(_MONTH_YEAR_RES):
        for m in pattern.finditer(text):
            month_at, year_at = (1, 2) if number == 0 else (2, 1)
            year, month = int(m.group(year_at)), _month(m.group(month_at))
            if month and _year_ok(year, as_of):
                found.append(Period(str(year), dt.date(year, 12, 31), "date", "", dt.date(year, month, 1)))
    return found


def _latest(periods: list[Period], source: str) -> Period | None:
    if not periods:
        return None
    # Prefer explicit periods over dates, then the one that ends last.
    rank = {"academic_year": 2, "range": 2, "half_year": 1, "calendar_year": 1, "date": 0}
    best = max(periods, key=lambda p: (rank[p.kind], p.end, p.on or p.end))
    return Period(best.text, best.end, best.kind, source, best.on)


def find_period(head_texts: list[str], body_texts: list[str], last_modified: str | None,
                as_of: dt.date) -> Period | None:
    """The period a document covers (see module doc), or None when nothing says."""
    head = fold("\n".join(head_texts).lower())
    explicit = _ranges(head, as_of, need_marker=False) + _calendar_years(head, as_of, strict=False)
    found = _latest(explicit, "head")
    if found:
        return found
    body = fold("\n".join(body_texts).lower())
    found = _latest(_ranges(body, as_of, need_marker=True) + _calendar_years(body, as_of, strict=True), "body")
    if found:
        return found
    found = _latest(_dates(head, as_of) + _month_years(head, as_of), "head")
    if found:
        return found
    # Full dates in the body: the latest one (deadlines, publication), not bare years.
    found = _latest(_dates(body, as_of, skip_citations=True), "body")
    if found:
        return found
    if last_modified:
        try:
            when = parsedate_to_datetime(last_modified)
        except (TypeError, ValueError, IndexError):
            return None
        if when is not None and _year_ok(when.year, as_of):
            return Period(str(when.year), dt.date(when.year, 12, 31), "date", "last_modified", when.date())
    return None


# A deadline a decision sets ("Мерзімі – 2025 жылғы 1 желтоқсан", "Срок исполнения: до 01.12.2025", "Deadline: ...",
# "... 1 желтоқсанға дейін"): when something is to be done, not when the meeting was held. (Folded text: "мерзими".)
_DEADLINE_BEFORE_RE = re.compile(r"(?<!\w)(?:мерзими|срок\w*(?:\s+исполнения)?|deadline|due(?:\s+date)?|не\s+позднее|до|until|till|by)"
                                 r"\s*[:–—-]?\s*$")
_DEADLINE_AFTER_RE = re.compile(r"^\w*\s+(?:деиин|дейин)")


def _is_deadline(text: str, start: int, end: int) -> bool:
    return bool(_DEADLINE_BEFORE_RE.search(text[max(0, start - 30):start]) or _DEADLINE_AFTER_RE.match(text[end:end + 20]))


def latest_date(texts: list[str], as_of: dt.date, skip_citations: bool = True,
                skip_deadlines: bool = False) -> Period | None:
    """The latest full date in `texts` (not a cited act's, unless the texts are the listed items themselves: "Протокол № 3
    от 20.10.2025"; with `skip_deadlines`, not a deadline's): when the last of a list of dated items (minutes) was held."""
    # Each text alone: a line's date is not a citation because the line above ends in a number ("ПРОТОКОЛ № 4" /
    # "заседания комиссии" / "г. Алматы, 12 ноября 2025 года").
    return _latest([found for text in texts for found in _dates(fold(text.lower()), as_of, skip_citations=skip_citations,
                                                                 skip_deadlines=skip_deadlines)], "body")


def is_stale(period: Period | None, artefact_period: str, as_of: dt.date, grace_years: int = 0) -> bool:
    """True when an artefact that must be current (academic_year / calendar_year) covers a period
    that had ended `grace_years` before `as_of` (a report on the last completed year is current:
    grace 1; a synonym with period `report` has that grace whatever its artefact's). Artefacts with period `none`
    (codes, regulations) never go stale."""
    if period is None or artefact_period == "none" or (artefact_period == "named" and period.kind == "date"):
        return False
    if artefact_period == "report":  # a report on the last completed period, of a dated artefact's synonym: current
        artefact_period, grace_years = "academic_year", max(grace_years, 1)
    end = period.end
    if period.kind == "date" and period.on is not None:
        on = period.on
        if artefact_period == "academic_year":
            # A dated document stands for the academic year it was issued for: September to June in it, July and August
            # (plans approved, lists of candidates published in the summer) for the next one.
            end = dt.date(on.year + 1 if on.month >= 7 else on.year, 8, 31)
        elif artefact_period == "calendar_year" and grace_years:
            # A dated report on a calendar year (a head's public report, its meeting on 29 January 2025) speaks of the year
            # before when given in its first half, of its own year after: its grace then runs from that year's end.
            end = dt.date(on.year - 1 if on.month <= 6 else on.year, 12, 31)
        else:
            # Dated items (minutes, announcements) stay current for twelve months.
            end = _add_years(on, 1)
    return _add_years(end, grace_years) < as_of


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)
