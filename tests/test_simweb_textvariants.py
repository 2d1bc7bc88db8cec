"""simweb's phrase bank, text variation, addressing and synthetic identities."""

from __future__ import annotations

import random
import re
from datetime import date
from pathlib import Path

import pytest

from detectors.spec import load_spec
from simweb import phrases
from simweb.institutions import bin_checksum, make_institution, synthetic_bin
from simweb.textvariants import (
    academic_year_start,
    current_period,
    drop_letter,
    period_phrases,
    russian_lookalikes,
    slugify,
    stale_period,
    to_latin_kk,
)
from simweb.urls import canonical_query, file_for_url, host_address, locate_file

AS_OF = date(2026, 11, 25)


def test_phrase_bank_covers_every_public_artefact_in_three_languages() -> None:
    public = {a.id for a in load_spec() if a.public}
    assert set(phrases.PHRASES) == public
    for aid, entry in phrases.PHRASES.items():
        for wording in entry.wordings:
            assert wording.kk and wording.ru and wording.en, aid
            assert wording.body in phrases.BODY_LINES, aid
            for template in (*wording.kk, *wording.ru):
                assert ("{p}" in template or "{ps}" in template) == bool(wording.period), (aid, template)
        assert sum(len(w.kk) for w in entry.wordings) >= 2 and sum(len(w.ru) for w in entry.wordings) >= 2, aid


def test_simweb_does_not_read_the_detectors_catalog() -> None:
    sources = " ".join(p.read_text(encoding="utf-8") for p in Path(phrases.__file__).parent.glob("*.py"))
    assert "catalog" not in re.sub(r"#.*|\"\"\".*?\"\"\"", "", sources, flags=re.S).replace("detectors.spec", "")


def test_latin_kazakh_conventions() -> None:
    text = "Сыбайлас жемқорлыққа қарсы іс-қимыл жоспары"
    assert to_latin_kk(text) == "Sybailas jemqorlyqqa qarsy ıs-qimyl jospary"
    assert to_latin_kk(text, "2018") == "Sybaılas jemqorlyqqa qarsy is-qımyl jospary"
    assert to_latin_kk("Қазақша Өскемен") == "Qazaqşa Öskemen"


def test_typos_look_like_real_ones() -> None:
    assert russian_lookalikes("Сыбайлас жемқорлыққа қарсы") == "Сыбайлас жемкорлыкка карсы"
    assert russian_lookalikes("Әдеп кодексі, Ұлттық, Өңір") == "Адеп кодексi, Улттык, Онiр"
    dropped = drop_letter("План мероприятий по противодействию", random.Random(3))
    assert len(dropped) == len("План мероприятий по противодействию") - 1


def test_current_and_stale_periods() -> None:
    rng = random.Random(1)
    assert academic_year_start(AS_OF) == 2026 and academic_year_start(date(2026, 5, 1)) == 2025
    for _ in range(50):
        plan = current_period("plan", AS_OF, rng)
        assert plan.end >= AS_OF and plan.issued(AS_OF) < AS_OF
        report = current_period("report", AS_OF, rng)
        assert date(2025, 11, 25) <= report.end < AS_OF
        dated = current_period("dated", AS_OF, rng)
        assert (AS_OF - dated.end).days <= 300
        for kind in ("plan", "report", "dated"):
            assert (AS_OF - stale_period(kind, AS_OF, rng).end).days > 2 * 365


def test_period_phrases_in_each_language() -> None:
    rng = random.Random(2)
    ay = current_period("plan", date(2026, 10, 1), random.Random(0))
    long_kk, short_kk = period_phrases(ay, "plan", "kk", rng)
    long_ru, _ = period_phrases(ay, "plan", "ru", rng)
    assert re.search(r"2026\W2027 (оқу жылына арналған|о\.ж\. арналған)|2026 жылға арналған", long_kk)
    assert re.search(r"на 2026\W2027 (учебный|уч\.) год|на 2026 год", long_ru)
    assert "2026" in short_kk


def test_slugs_and_addresses() -> None:
    assert slugify("План мероприятий по противодействию коррупции 2026") == "plan-meropriyatiy-po-protivodeystviyu-korruptsii"
    assert slugify("Ғылым және Өнер") == "gylym-zhane-oner"
    assert host_address(1) == "127.0.1.1" and host_address(254) == "127.0.1.254" and host_address(255) == "127.0.2.1"
    with pytest.raises(ValueError):
        host_address(0)
    assert canonical_query("lang=kk&id=3") == "id=3&lang=kk"
    assert file_for_url("/ru/x/") == "ru/x/index.html"
    assert file_for_url("/?lang=kk") == "index.html@lang=kk"
    assert file_for_url("/download.php?id=12") == "download.php@id=12"


def test_locate_file_prefers_the_query_version(tmp_path: Path) -> None:
    (tmp_path / "a@lang=kk").write_text("kk")
    (tmp_path / "a").write_text("ru")
    assert locate_file(tmp_path, "/a", "lang=kk").read_text() == "kk"  # type: ignore[union-attr]
    assert locate_file(tmp_path, "/a", "x=1&lang=kk").read_text() == "kk"  # type: ignore[union-attr]
    assert locate_file(tmp_path, "/a", "lang=en").read_text() == "ru"  # type: ignore[union-attr]
    assert locate_file(tmp_path, "/b", "") is None


def test_bins_are_valid_and_institutions_plausible() -> None:
    rng = random.Random(5)
    for _ in range(200):
        value = synthetic_bin(rng)
        assert len(value) == 12 and value[4] == "4" and bin_checksum(value[:11]) == int(value[11])
    uni = make_institution(0, "university", random.Random(1))
    col = make_institution(1, "college", random.Random(1))
    assert "университет" in uni.name_ru and "университеті" in uni.name_kk
    assert "олледж" in col.name_ru and "колледжі" in col.name_kk
    assert uni.id.endswith("-uni-0001") and col.id.endswith("-col-0002")
