"""Synthetic institutions: names in kk/ru/en, regions and cities of Kazakhstan, BINs.

Names are built from city + profile (+ an invented eponym), so they read like real Kazakhstani
institutions without being copies of any; the registry's `source` column marks them as simweb's.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

# (region as in the project's registry, city en, city kk, city ru, Russian adjective stem for names)
CITIES: tuple[tuple[str, str, str, str, str], ...] = (
    ("Astana", "Astana", "Астана", "Астана", "Астанинск"),
    ("Almaty", "Almaty", "Алматы", "Алматы", "Алматинск"),
    ("Shymkent", "Shymkent", "Шымкент", "Шымкент", "Шымкентск"),
    ("Abai Region", "Semey", "Семей", "Семей", "Семейск"),
    ("Akmola Region", "Kokshetau", "Көкшетау", "Кокшетау", "Кокшетауск"),
    ("Aktobe Region", "Aktobe", "Ақтөбе", "Актобе", "Актюбинск"),
    ("Almaty Region", "Konaev", "Қонаев", "Конаев", "Конаевск"),
    ("Atyrau Region", "Atyrau", "Атырау", "Атырау", "Атырауск"),
    ("West Kazakhstan Region", "Oral", "Орал", "Уральск", "Западно-Казахстанск"),
    ("Jambyl Region", "Taraz", "Тараз", "Тараз", "Таразск"),
    ("Jetisu Region", "Taldykorgan", "Талдықорған", "Талдыкорган", "Талдыкорганск"),
    ("Karaganda Region", "Karaganda", "Қарағанды", "Караганда", "Карагандинск"),
    ("Kostanay Region", "Kostanay", "Қостанай", "Костанай", "Костанайск"),
    ("Kyzylorda Region", "Kyzylorda", "Қызылорда", "Кызылорда", "Кызылординск"),
    ("Mangystau Region", "Aktau", "Ақтау", "Актау", "Актауск"),
    ("Pavlodar Region", "Pavlodar", "Павлодар", "Павлодар", "Павлодарск"),
    ("North Kazakhstan Region", "Petropavl", "Петропавл", "Петропавловск", "Северо-Казахстанск"),
    ("Turkistan Region", "Turkistan", "Түркістан", "Туркестан", "Туркестанск"),
    ("Ulytau Region", "Zhezkazgan", "Жезқазған", "Жезказган", "Жезказганск"),
    ("East Kazakhstan Region", "Oskemen", "Өскемен", "Усть-Каменогорск", "Восточно-Казахстанск"),
)

# University profiles: (kk, ru adjective ending after the city stem, ru noun phrase suffix, en)
UNI_PROFILES: tuple[tuple[str, str, str], ...] = (
    ("мемлекеттік университеті", "ий государственный университет", "State University"),
    ("инженерлік-технологиялық университеті", "ий инженерно-технологический университет",
     "University of Engineering and Technology"),
    ("педагогикалық университеті", "ий педагогический университет", "Pedagogical University"),
    ("аграрлық-техникалық университеті", "ий аграрно-технический университет", "Agrarian and Technical University"),
    ("медицина университеті", "ий медицинский университет", "Medical University"),
    ("гуманитарлық-техникалық университеті", "ий гуманитарно-технический университет",
     "University of Humanities and Technology"),
    ("инновациялық университеті", "ий инновационный университет", "Innovative University"),
)
COLLEGE_PROFILES: tuple[tuple[str, str, str], ...] = (
    ("жоғары политехникалық колледжі", "Высший политехнический колледж", "Higher Polytechnic College"),
    ("медициналық колледжі", "Медицинский колледж", "Medical College"),
    ("педагогикалық колледжі", "Педагогический колледж", "Pedagogical College"),
    ("көлік және коммуникациялар колледжі", "Колледж транспорта и коммуникаций", "College of Transport and Communications"),
    ("аграрлық-техникалық колледжі", "Аграрно-технический колледж", "Agrarian and Technical College"),
    ("сервис және технологиялар колледжі", "Колледж сервиса и технологий", "College of Service and Technology"),
    ("құрылыс-экономикалық колледжі", "Строительно-экономический колледж", "College of Construction and Economics"),
    ("музыкалық колледжі", "Музыкальный колледж", "Music College"),
)
# Invented eponyms: (kk, ru genitive, en)
EPONYMS: tuple[tuple[str, str, str], ...] = (
    ("Т. Әбілқасымов", "Т. Абилкасымова", "T. Abilkassymov"),
    ("Ж. Серікбаев", "Ж. Серикбаева", "Zh. Serikbayev"),
    ("Қ. Нұрмағамбетов", "К. Нурмагамбетова", "K. Nurmagambetov"),
    ("А. Төлеубаев", "А. Толеубаева", "A. Toleubayev"),
    ("М. Жақыпбеков", "М. Жакыпбекова", "M. Zhakypbekov"),
    ("Б. Оспанқұлов", "Б. Оспанкулова", "B. Ospankulov"),
)
SURNAMES = ("Ахметов", "Серікова", "Жұмабаев", "Қасымова", "Нұрланов", "Омарова", "Бекмұхамедов", "Ермекова",
            "Тұрсынбаев", "Әлиева", "Ғабитов", "Мұратова", "Сейітов", "Иванова", "Ким", "Петренко")
INITIALS = ("А.", "Б.", "Г.", "Д.", "Ж.", "Е.", "Қ.", "М.", "Н.", "С.", "Т.", "Ә.", "Ұ.", "Р.")


@dataclass(frozen=True, slots=True)
class SynthInstitution:
    """One synthetic institution (the registry row plus what its site needs)."""

    index: int
    id: str
    type: str
    name_kk: str
    name_ru: str
    name_en: str
    short_kk: str  # e.g. "Қостанай мемлекеттік университеті" without the legal form
    region: str
    city_en: str
    city_kk: str
    city_ru: str
    bin: str  # always set; the registry shows it only for some rows
    bin_in_registry: bool


def bin_checksum(first11: str) -> int | None:
    """Kazakhstani IIN/BIN control digit (weights 1..11, then 3..11,1,2); None when undefined (10)."""
    digits = [int(c) for c in first11]
    check = sum(d * w for d, w in zip(digits, range(1, 12), strict=True)) % 11
    if check == 10:
        check = sum(d * w for d, w in zip(digits, (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2), strict=True)) % 11
    return None if check == 10 else check


def synthetic_bin(rng: random.Random) -> str:
    """A 12-digit BIN with a valid control digit: YYMM + 4 (legal entity) + 0 + serial + check."""
    while True:
        yy, mm = rng.randint(95, 99) if rng.random() < 0.3 else rng.randint(0, 23), rng.randint(1, 12)
        first11 = f"{yy:02d}{mm:02d}40{rng.randint(0, 99999):05d}"
        check = bin_checksum(first11)
        if check is not None:
            return first11 + str(check)


def make_institution(index: int, inst_type: str, rng: random.Random) -> SynthInstitution:
    """Draw one institution's names, place and BIN."""
    region, city_en, city_kk, city_ru, ru_stem = rng.choice(CITIES)
    if inst_type == "university":
        kk_prof, ru_end, en_prof = rng.choice(UNI_PROFILES)
        short_kk = f"{city_kk} {kk_prof}"
        name_ru = f"{ru_stem}{ru_end}"
        name_en = f"{city_en} {en_prof}"
        if rng.random() < 0.4:
            ep_kk, ep_ru, ep_en = rng.choice(EPONYMS)
            short_kk = f"{ep_kk} атындағы {short_kk}"
            name_ru = f"{name_ru} имени {ep_ru}"
            name_en = f"{ep_en} {name_en}"
        legal_kk, legal_ru = rng.choice((("КеАҚ", "НАО"), ("РМК", "РГП на ПХВ")))
    else:
        kk_prof, ru_prof, en_prof = rng.choice(COLLEGE_PROFILES)
        short_kk = f"{city_kk} {kk_prof}"
        if rng.random() < 0.5:
            name_ru = f"{ru_prof} города {city_ru}"
        else:
            name_ru = f"{ru_stem}ий {ru_prof[0].lower()}{ru_prof[1:]}"
        name_en = f"{city_en} {en_prof}"
        legal_kk, legal_ru = rng.choice((("МКҚК", "ГККП"), ("ЖШС", "ТОО")))
    name_kk = f"«{short_kk}» {legal_kk}"
    name_ru_full = f"{legal_ru} «{name_ru}»"
    kind = "uni" if inst_type == "university" else "col"
    inst_id = f"{city_en.lower()}-{kind}-{index + 1:04d}"
    return SynthInstitution(
        index=index, id=inst_id, type=inst_type, name_kk=name_kk, name_ru=name_ru_full, name_en=name_en,
        short_kk=short_kk, region=region, city_en=city_en, city_kk=city_kk, city_ru=city_ru,
        bin=synthetic_bin(rng), bin_in_registry=rng.random() < 0.7)


def person_name(rng: random.Random) -> str:
    """A fictional 'Surname I.O.' for member and candidate lists."""
    return f"{rng.choice(SURNAMES)} {rng.choice(INITIALS)}{rng.choice(INITIALS)}"
