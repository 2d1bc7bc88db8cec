"""BIN resolution by name against portal participants: normalisation, registry priority, uniqueness."""

from __future__ import annotations

from adalscan.models import Institution
from adalscan.procurement.bins import (
    BinResolver,
    Candidate,
    candidates_from_rows,
    fold,
    is_branch,
    name_variants,
    normalise_name,
    quoted_core,
    resolve_bin,
)
from adalscan.procurement.models import (
    BIN_SOURCE_NAME_MATCH,
    BIN_SOURCE_REGISTRY,
    BIN_SOURCE_UNKNOWN,
    valid_bin,
)

BIN_A = "120540003214"
BIN_B = "091140007871"
BIN_C = "150340004568"


def inst(name_ru: str = "", name_kk: str = "", bin_value: str = "", type_: str = "university") -> Institution:
    return Institution(id="x", type=type_, website="https://x.example.test/", name_ru=name_ru, name_kk=name_kk,
                       bin=bin_value)


def test_fixture_bins_are_valid() -> None:
    assert all(valid_bin(b) for b in (BIN_A, BIN_B, BIN_C, "050140006873", "210240033968"))
    assert not valid_bin("120540003215") and not valid_bin("12054000321") and not valid_bin("")


def test_normalise_drops_legal_forms_quotes_and_case() -> None:
    assert normalise_name('НАО «Северный технический университет»') == "северныи техническии университет"
    assert normalise_name('Некоммерческое акционерное общество "Северный технический университет"') == \
        normalise_name("северный  технический   УНИВЕРСИТЕТ")
    assert normalise_name("РГП на ПХВ «Горный университет»") == "горныи университет"
    assert normalise_name("ГКП «Высший колледж» на ПХВ") == "высшии колледж"
    assert normalise_name("«Жаңа қала колледжі» МКҚК") == "жана кала колледжи"
    assert normalise_name("Ақжайық университеті КЕАҚ") == "акжаиык университети"


def test_normalise_folds_yo_imeni_and_lookalikes() -> None:
    assert normalise_name("университет им. А.Б. Тёстова") == normalise_name("Университет имени А. Б. Тестова")
    latin_e_and_o = "Университет Ст\u0065пн\u006fй"  # Latin 'e' and 'o' inside Cyrillic words
    assert normalise_name(latin_e_and_o) == normalise_name("Университет Степной")
    assert fold("Қазақ ҰЛТТЫҚ") == "казак улттык"
    assert fold("Astana IT University") == "astana it university"  # pure Latin words are left alone


def test_quoted_core_and_variants() -> None:
    assert quoted_core("ЧУ «Университет «Мысал»»") == "Университет «Мысал»"
    assert quoted_core("без кавычек") == ""
    variants = name_variants("ГККП «Озерный политехнический колледж» при управлении образования области")
    assert "озерныи политехническии колледж" in variants
    assert name_variants("ТОО «Мысал»") == {"мысал"}  # a one-word core is too weak to use alone


def test_branch_detection() -> None:
    assert is_branch("Филиал НАО «Северный университет» в г. Кентау")
    assert not is_branch("НАО «Северный университет»")


def test_registry_bin_wins_over_a_name_match() -> None:
    candidates = [Candidate(BIN_B, ("НАО «Степной аграрный университет»",))]
    result = resolve_bin(inst("Степной аграрный университет", bin_value=BIN_A), candidates)
    assert result.bin == BIN_A and result.source == BIN_SOURCE_REGISTRY
    assert BIN_B in result.detail  # the disagreement is recorded for the analyst


def test_name_match_records_name_and_score() -> None:
    candidates = [Candidate(BIN_A, ("АО «Северный технический университет имени А.Б.Тестова»",)),
                  Candidate(BIN_B, ("ТОО «Северный Сервис»",))]
    result = resolve_bin(inst("Северный технический университет имени А. Б. Тестова"), candidates)
    assert result.source == BIN_SOURCE_NAME_MATCH and result.bin == BIN_A
    assert result.matched_name.startswith("АО «Северный") and result.score >= 90


def test_kazakh_only_name_matches_name_kz() -> None:
    rows = [{"bin": BIN_C, "name_ru": "РГП «Акжайыкский университет»", "name_kz": "«Ақжайық гуманитарлық университеті» ШЖҚ РМК",
             "customer": 1}]
    result = resolve_bin(inst(name_kk="Ақжайық гуманитарлық университеті"), candidates_from_rows(rows))
    assert result.bin == BIN_C and result.source == BIN_SOURCE_NAME_MATCH


def test_ambiguous_match_is_unknown() -> None:
    candidates = [Candidate(BIN_A, ("ГККП «Предгорный медицинский колледж»",)),
                  Candidate(BIN_B, ("КГКП «Предгорный медицинский колледж»",))]
    result = resolve_bin(inst("Предгорный медицинский колледж", type_="college"), candidates)
    assert result.bin is None and result.source == BIN_SOURCE_UNKNOWN
    assert "ambiguous" in result.detail and BIN_A in result.detail and BIN_B in result.detail


def test_no_confident_match_is_unknown() -> None:
    candidates = [Candidate(BIN_A, ("ГУ «Учебное заведение № 12»",)),
                  Candidate(BIN_B, ("НАО «Центральный университет экономики»",))]
    result = resolve_bin(inst("Центральный университет транспорта"), candidates)
    assert result.bin is None and result.source == BIN_SOURCE_UNKNOWN and "no confident match" in result.detail


def test_branch_never_stands_for_the_head_institution() -> None:
    candidates = [Candidate(BIN_A, ("Филиал НАО «Горный медицинский университет» в г. Тестовск",))]
    assert resolve_bin(inst("Горный медицинский университет"), candidates).bin is None
    branch = resolve_bin(inst("Филиал Горного медицинского университета в г. Тестовск"),
                         [Candidate(BIN_A, ("Филиал Горного медицинского университета в г. Тестовск",))])
    assert branch.bin == BIN_A


def test_suppliers_are_not_candidates_and_bad_bins_are_dropped() -> None:
    rows = [{"bin": BIN_A, "name_ru": "ТОО «Горный университет»", "customer": 0},
            {"bin": "123", "name_ru": "НАО «Горный университет»", "customer": 1},
            {"bin": BIN_B, "name_ru": "НАО «Горный университет»", "customer": 1},
            {"bin": BIN_B, "name_kz": "«Тау университеті» КЕАҚ", "customer": 1}]
    candidates = candidates_from_rows(rows)
    assert [c.bin for c in candidates] == [BIN_B]
    assert candidates[0].names == ("НАО «Горный университет»", "«Тау университеті» КЕАҚ")


def test_invalid_registry_bin_is_ignored_with_a_note() -> None:
    candidates = [Candidate(BIN_A, ("НАО «Горный медицинский университет»",))]
    result = resolve_bin(inst("Горный медицинский университет", bin_value="123456789012"), candidates)
    assert result.bin == BIN_A and result.source == BIN_SOURCE_NAME_MATCH
    assert "not a valid BIN" in result.detail


def test_without_candidates_or_names() -> None:
    assert BinResolver([]).resolve(inst("Горный университет")).detail.endswith("not available")
    resolver = BinResolver([Candidate(BIN_A, ("НАО «Горный университет»",))])
    assert resolver.match(inst()).source == BIN_SOURCE_UNKNOWN
