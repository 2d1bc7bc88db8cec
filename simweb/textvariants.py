"""Surface variation for simweb texts: periods, typos, Latin-script Kazakh, slugs.

Everything here is a pure function of its arguments (and of a `random.Random` passed in), so the
generator stays deterministic for a seed.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, timedelta

KK_MONTHS_LOC = ("қаңтардағы", "ақпандағы", "наурыздағы", "сәуірдегі", "мамырдағы", "маусымдағы", "шілдедегі",
                 "тамыздағы", "қыркүйектегі", "қазандағы", "қарашадағы", "желтоқсандағы")
RU_MONTHS_GEN = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                 "ноября", "декабря")
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")


def academic_year_start(day: date) -> int:
    """The first calendar year of the academic year containing `day` (academic years start on 1 September)."""
    return day.year if day.month >= 9 else day.year - 1


@dataclass(frozen=True, slots=True)
class Period:
    """A concrete period a document covers: an academic year, a calendar year, or one date."""

    kind: str  # ay | year | date
    start: int  # first year (ay, year) or the date's year
    day: date | None = None

    @property
    def end(self) -> date:
        """Last day the period covers (used to decide current vs stale)."""
        if self.kind == "ay":
            return date(self.start + 1, 8, 31)
        if self.kind == "year":
            return date(self.start, 12, 31)
        assert self.day is not None
        return self.day

    @property
    def label(self) -> str:
        if self.kind == "ay":
            return f"{self.start}-{self.start + 1}"
        if self.kind == "year":
            return str(self.start)
        assert self.day is not None
        return self.day.isoformat()

    def issued(self, as_of: date) -> date:
        """A plausible publication date for a document of this period, never after `as_of`."""
        if self.kind == "ay":
            issued = date(self.start, 9, 12)
        elif self.kind == "year":
            issued = date(self.start, 1, 20)
        else:
            assert self.day is not None
            issued = self.day
        return min(issued, as_of - timedelta(days=1))


def current_period(kind: str, as_of: date, rng: random.Random) -> Period:
    """The period a *current* document of this kind covers (see simweb/README.md, 'truth semantics').

    plan: the academic (or calendar) year containing as_of; report: the last completed academic or
    calendar year; dated: a date within the ~10 months before as_of.
    """
    ay = academic_year_start(as_of)
    if kind == "plan":
        return Period("ay", ay) if rng.random() < 0.8 else Period("year", as_of.year)
    if kind == "report":
        return Period("ay", ay - 1) if rng.random() < 0.6 else Period("year", as_of.year - 1)
    day = as_of - timedelta(days=rng.randint(12, 300))
    return Period("date", day.year, day)


def stale_period(kind: str, as_of: date, rng: random.Random) -> Period:
    """A period that ended well over two years before as_of (3-4 academic years back)."""
    ay = academic_year_start(as_of) - rng.choice((3, 4))
    if kind == "dated":
        day = date(ay + 1, rng.randint(1, 6), rng.randint(1, 28))
        return Period("date", day.year, day)
    if kind == "report" or rng.random() < 0.8:
        return Period("ay", ay)
    return Period("year", ay)


def period_phrases(period: Period, kind: str, lang: str, rng: random.Random) -> tuple[str, str]:
    """(long, short) phrases for a period in a language: fills {p} and {ps}."""
    a, b = period.start, period.start + 1
    if period.kind == "date":
        d = period.day
        assert d is not None
        num = f"{d.day:02d}.{d.month:02d}.{d.year}"
        long = {"kk": f"{d.year} жылғы {d.day} {KK_MONTHS_LOC[d.month - 1]}",
                "ru": rng.choice((f"от {num}", f"от {d.day} {RU_MONTHS_GEN[d.month - 1]} {d.year} г.")),
                "en": f"of {d.day} {EN_MONTHS[d.month - 1]} {d.year}"}[lang]
        return long, num
    if period.kind == "year":
        long = {"plan": {"kk": f"{a} жылға арналған", "ru": f"на {a} год", "en": f"for {a}"},
                "report": {"kk": f"{a} жылғы", "ru": f"за {a} год", "en": f"for {a}"}}[kind][lang]
        short = {"kk": f"{a} ж.", "ru": f"{a} г.", "en": str(a)}[lang]
        return long, short
    sep = rng.choice(("-", "-", "/", "–"))
    ys = f"{a}{sep}{b}"
    long = {"plan": {"kk": rng.choice((f"{ys} оқу жылына арналған", f"{ys} о.ж. арналған")),
                     "ru": rng.choice((f"на {ys} учебный год", f"на {ys} уч. год")),
                     "en": f"for the {ys} academic year"},
            "report": {"kk": rng.choice((f"{ys} оқу жылындағы", f"{ys} оқу жылы бойынша")),
                       "ru": rng.choice((f"за {ys} учебный год", f"за {ys} уч. год")),
                       "en": f"for {ys}"}}[kind][lang]
    short = {"kk": rng.choice((f"{ys} оқу жылы", f"{ys} о.ж.")), "ru": rng.choice((f"{ys} уч. год", ys)),
             "en": ys}[lang]
    return long, short


def fill(template: str, **values: str) -> str:
    """Fill {placeholders} that are present; unknown ones are left as they are."""
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template)


def tidy(text: str) -> str:
    """Collapse spaces and capitalise the first letter (a title may start with a period phrase)."""
    text = re.sub(r"\s+", " ", text).strip()
    return text[:1].upper() + text[1:]


# ---- typos -------------------------------------------------------------------------------------

# Kazakh letters typed on a Russian keyboard layout (the most common real-world "typo").
KK_LOOKALIKE = {"қ": "к", "Қ": "К", "ө": "о", "Ө": "О", "ү": "у", "Ү": "У", "ұ": "у", "Ұ": "У", "ә": "а", "Ә": "А",
                "ғ": "г", "Ғ": "Г", "ң": "н", "Ң": "Н", "і": "i", "І": "I", "һ": "х"}


def russian_lookalikes(text: str) -> str:
    """Replace every Kazakh-specific letter by the Russian (or Latin, for і) letter people type instead."""
    return "".join(KK_LOOKALIKE.get(ch, ch) for ch in text)


def drop_letter(text: str, rng: random.Random) -> str:
    """Drop one inner letter of one long word: 'жемқорлыққа' -> 'жемқорлықа'."""
    words = text.split(" ")
    long_words = [i for i, w in enumerate(words) if len(w) >= 7 and w.isalpha()]
    if not long_words:
        return text
    i = rng.choice(long_words)
    w = words[i]
    cut = rng.randint(2, len(w) - 3)
    words[i] = w[:cut] + w[cut + 1:]
    return " ".join(words)


def typo(text: str, lang: str, rng: random.Random) -> str:
    """One realistic typo: look-alike letters (kk) or a dropped letter."""
    if lang == "kk" and rng.random() < 0.6:
        return russian_lookalikes(text)
    return drop_letter(text, rng)


# ---- Latin-script Kazakh -------------------------------------------------------------------------

_LATIN_2021 = {"а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d", "е": "e", "ё": "io", "ж": "j",
               "з": "z", "и": "i", "й": "i", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "ñ", "о": "o",
               "ө": "ö", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "ū", "ү": "ü", "ф": "f", "х": "h",
               "һ": "h", "ц": "ts", "ч": "ch", "ш": "ş", "щ": "şş", "ъ": "", "ы": "y", "і": "ı", "ь": "", "э": "e",
               "ю": "iu", "я": "ia"}
# The 2018-style spelling still seen on sites: и/й -> ı and і -> i ("Sybaılas ... is-qımyl josparı").
_LATIN_2018 = {**_LATIN_2021, "и": "ı", "й": "ı", "і": "i"}


def to_latin_kk(text: str, convention: str = "2021") -> str:
    """Transliterate Cyrillic Kazakh into the Latin alphabet (2021 official, or the 2018-style variant)."""
    table = _LATIN_2018 if convention == "2018" else _LATIN_2021
    out = []
    for ch in text:
        low = ch.lower()
        if low in table:
            lat = table[low]
            out.append(lat[:1].upper() + lat[1:] if ch != low and lat else lat)
        else:
            out.append(ch)
    return "".join(out)


# Russian-style transliteration for URL slugs (what CMSs generate), Kazakh letters folded to Latin.
_SLUG = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
         "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
         "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
         "ю": "yu", "я": "ya", "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i"}


def slugify(text: str, limit: int = 48) -> str:
    """ASCII slug for file and page names ('План мероприятий 2026' -> 'plan-meropriyatiy-2026')."""
    folded = "".join(_SLUG.get(ch, ch) for ch in text.lower())
    slug = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
    return slug[:limit].rstrip("-") or "doc"
