"""The YAML catalog: coverage of the spec, validation with file/line/field messages, look-ups,
and the crawler's link score."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from detectors.catalog import CATALOG_DIR, PERIODS, CatalogError, load_catalog
from detectors.spec import load_spec, spec_by_id

PUBLIC = [a.id for a in load_spec() if a.public]


@pytest.fixture(scope="module")
def catalog():  # type: ignore[no-untyped-def]
    return load_catalog()


@pytest.mark.parametrize("artefact_id", PUBLIC)
def test_every_public_artefact_has_kk_and_ru_synonyms(catalog, artefact_id: str) -> None:
    entry = catalog.entries[artefact_id]
    assert entry.synonyms_in("kk"), artefact_id
    assert entry.synonyms_in("ru"), artefact_id
    assert entry.synonyms_in("en"), artefact_id


@pytest.mark.parametrize("artefact_id", [a.id for a in load_spec()])
def test_every_artefact_has_titles_recommendation_and_period(catalog, artefact_id: str) -> None:
    for lang in ("kk", "ru", "en"):
        assert catalog.title(artefact_id, lang).strip()
        assert len(catalog.recommendation(artefact_id, lang)) > 30
    assert catalog.period(artefact_id) in PERIODS


def test_catalog_ids_exist_in_spec(catalog) -> None:
    assert set(catalog.entries) <= set(spec_by_id())


def test_current_documents_have_a_period(catalog) -> None:
    # The methodology asks for the plan of the *current* academic year; codes never expire.
    assert catalog.period("anticorruption_plan") == "academic_year"
    assert catalog.period("head_annual_report") == "calendar_year"
    assert catalog.period("student_ethics_code") == "none"


def test_lookups_fall_back_to_russian(catalog) -> None:
    assert catalog.title("anticorruption_plan", "xx") == catalog.title("anticorruption_plan", "ru")
    assert "жоспар" in catalog.recommendation("anticorruption_plan", "kk")
    assert "plan" in catalog.recommendation("anticorruption_plan", "en")


def test_link_score_orders_links(catalog) -> None:
    strong = catalog.link_score("https://u.example.test/ru/page/12", "Антикоррупционная политика")
    slug = catalog.link_score("https://u.example.test/kk/sybaylas-zhemkorlykka-karsy/", "Толығырақ")
    section = catalog.link_score("https://u.example.test/ru/antikor/", "")
    russian_slug = catalog.link_score("https://u.example.test/ru/protivodeystvie-korruptsii/", "")
    documents = catalog.link_score("https://u.example.test/ru/dokumenty/", "Документы")
    unrelated = catalog.link_score("https://u.example.test/ru/sport/", "Спортивные секции")
    assert strong >= 0.9
    assert slug >= 0.6 and section >= 0.6 and russian_slug >= 0.6
    assert 0.3 <= documents < strong
    assert unrelated < 0.2
    assert catalog.link_score("https://u.example.test/files/x.pdf", "") > unrelated
    assert all(0.0 <= s <= 1.0 for s in (strong, slug, section, documents, unrelated))


def _copy_catalog(tmp_path: Path) -> Path:
    target = tmp_path / "catalog"
    target.mkdir()
    for yaml_file in CATALOG_DIR.glob("*.yaml"):
        shutil.copy(yaml_file, target / yaml_file.name)
    return target


def _break(path: Path, old: str, new: str) -> int:
    text = path.read_text(encoding="utf-8")
    assert old in text
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return line


def test_bad_period_names_file_line_and_field(tmp_path: Path) -> None:
    folder = _copy_catalog(tmp_path)
    file = folder / "social_education.yaml"
    line = _break(file, "    period: academic_year\n", "    period: monthly\n")
    with pytest.raises(CatalogError) as err:
        load_catalog(folder)
    message = str(err.value)
    assert f"{file}:{line}" in message
    assert "artefacts.anticorruption_plan.period" in message and "monthly" in message


def test_unknown_artefact_id_is_rejected(tmp_path: Path) -> None:
    folder = _copy_catalog(tmp_path)
    file = folder / "finance.yaml"
    line = _break(file, "  timesheets:\n", "  timesheet_typo:\n")
    with pytest.raises(CatalogError, match=rf"{file}:{line}: artefacts.timesheet_typo: .*not in artefacts.csv"):
        load_catalog(folder)


def test_unknown_concept_in_a_synonym(tmp_path: Path) -> None:
    folder = _copy_catalog(tmp_path)
    file = folder / "research.yaml"
    line = _break(file, '"@regulation @diss_council"', '"@regulation @no_such_concept"')
    with pytest.raises(CatalogError) as err:
        load_catalog(folder)
    assert f"{file}:" in str(err.value) and "unknown concept @no_such_concept" in str(err.value)
    assert "dissertation_council_regulation.synonyms" in str(err.value)
    assert line > 0


def test_missing_kk_synonyms_for_a_public_artefact(tmp_path: Path) -> None:
    folder = _copy_catalog(tmp_path)
    file = folder / "social_education.yaml"
    _break(file, '      kk: [{p: "@anticor стандарт", not: [мінез-құлық, мінез-құлқы, "=мінез", поведение, behaviour, behavior, '
                 'conduct]}]\n', "")
    with pytest.raises(CatalogError, match=r"anticorruption_standard\.synonyms\.kk: a public artefact needs kk synonyms"):
        load_catalog(folder)


def test_duplicate_key_is_reported(tmp_path: Path) -> None:
    folder = _copy_catalog(tmp_path)
    file = folder / "finance.yaml"
    _break(file, "  timesheets:\n", "  inventory_lists:\n")
    with pytest.raises(CatalogError, match=r"finance.yaml:\d+: duplicate key 'inventory_lists'"):
        load_catalog(folder)


def test_missing_public_entry_is_reported(tmp_path: Path) -> None:
    folder = _copy_catalog(tmp_path)
    (folder / "research.yaml").unlink()
    with pytest.raises(CatalogError, match=r"public artefact.* without a catalog entry: .*antiplagiarism"):
        load_catalog(folder)


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    folder = _copy_catalog(tmp_path)
    file = folder / "finance.yaml"
    line = _break(file, "  timesheets:\n", "  timesheets: [unclosed\n")
    with pytest.raises(CatalogError, match=r"finance.yaml:\d+: YAML syntax error"):
        load_catalog(folder)
    assert line > 0


def test_bad_weight_is_rejected(tmp_path: Path) -> None:
    folder = _copy_catalog(tmp_path)
    file = folder / "social_education.yaml"
    line = _break(file, "    weights: {body: 0.75}", "    weights: {body: 7.5}")
    with pytest.raises(CatalogError, match=rf"{file}:{line}: .*teacher_evaluation_surveys.weights.body: must be a number"):
        load_catalog(folder)


def test_lists_measures_must_be_true_or_false(tmp_path: Path) -> None:
    folder = _copy_catalog(tmp_path)
    file = folder / "social_education.yaml"
    _break(file, "    lists_measures: true", "    lists_measures: sometimes")
    with pytest.raises(CatalogError, match=r"anticorruption_plan.lists_measures: must be true or false"):
        load_catalog(folder)
    assert load_catalog().entries["anticorruption_plan"].lists_measures


def test_negatives_that_say_whose_must_be_the_artefacts_negatives(tmp_path: Path) -> None:
    """A list of the negatives that say whose an artefact is names only its own negatives (a typo would silently do
    nothing)."""
    folder = _copy_catalog(tmp_path)
    file = folder / "social_education.yaml"
    _break(file, "мемлекеттік органдардың, state bodies, government agencies]\n",
           "мемлекеттік органдардың, state bodies, goverment agencies]\n")
    with pytest.raises(CatalogError, match=r"hotline.negatives_say_whose.\d+: 'goverment agencies' is not one of the "
                                           r"artefact's negatives"):
        load_catalog(folder)
    assert "государственных органов" in load_catalog().entries["hotline"].negatives_say_whose


@pytest.mark.parametrize("broken, message", [
    ('negatives_of: {"@teacher_eye": teacher_evaluation_surveys}', r"'@teacher_eye' is not one of the artefact's negatives"),
    ('negatives_of: {"@teacher_eyes": teacher_surveys}', r"artefact id 'teacher_surveys' is not in artefacts.csv"),
    ("negatives_of: [teacher_evaluation_surveys]", r"must map negatives of the artefact to artefact ids"),
])
def test_negatives_of_a_neighbour_name_the_artefacts_negatives_and_a_known_neighbour(tmp_path: Path, broken: str,
                                                                                     message: str) -> None:
    folder = _copy_catalog(tmp_path)
    file = folder / "management_hr.yaml"
    _break(file, 'negatives_of: {"@teacher_eyes": teacher_evaluation_surveys, "@teaching_evaluation": teacher_evaluation_surveys}',
           broken)
    with pytest.raises(CatalogError, match=rf"survey_results.negatives_of.*{message}"):
        load_catalog(folder)
    assert load_catalog().entries["survey_results"].negatives_of == (("@teacher_eyes", "teacher_evaluation_surveys"),
                                                                     ("@teaching_evaluation", "teacher_evaluation_surveys"))


def test_single_file_catalog_can_be_loaded(tmp_path: Path) -> None:
    """An analyst can point load_catalog at one merged file."""
    merged = tmp_path / "all.yaml"
    parts = []
    import yaml

    data: dict = {}
    for yaml_file in sorted(CATALOG_DIR.glob("*.yaml")):
        loaded = yaml.safe_load(yaml_file.read_text(encoding="utf-8")) or {}
        for key, value in loaded.items():
            if isinstance(value, dict):
                data.setdefault(key, {}).update(value)
            elif isinstance(value, list):
                data.setdefault(key, []).extend(value)
            else:
                data[key] = value
    merged.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    parts.append(merged)
    catalog = load_catalog(merged)
    assert set(catalog.entries) == set(load_catalog().entries)


def test_a_cue_signal_may_count_against_its_kind_down_to_minus_one(tmp_path: Path) -> None:
    """"An order the rector signed is no national act": a signal's weight may be negative, not below -1."""
    assert any(signal.weight < 0 for signal in load_catalog().cue_groups["national_act"].signals)
    folder = _copy_catalog(tmp_path)
    file = folder / "common.yaml"
    line = _break(file, "        weight: -0.6\n", "        weight: -1.5\n")
    with pytest.raises(CatalogError) as err:
        load_catalog(folder)
    assert f"{file}:{line}" in str(err.value) and "between -1.0 and 1.0" in str(err.value)


def test_a_cue_signal_may_apply_to_one_institution_type_only(tmp_path: Path) -> None:
    """A region's education department runs state colleges: naming it marks a school's page only for a university."""
    assert any(signal.types == {"university"} for signal in load_catalog().cue_groups["third_party"].signals)
    folder = _copy_catalog(tmp_path)
    file = folder / "common.yaml"
    line = _break(file, "types: [university]", "types: [school]")
    with pytest.raises(CatalogError) as err:
        load_catalog(folder)
    assert f"{file}:{line}" in str(err.value) and "institution types" in str(err.value)


def test_a_negative_that_is_no_phrase_is_rejected(tmp_path: Path) -> None:
    """A list inside the list (a YAML anchor's list written as one item) would be read as its printed form."""
    folder = _copy_catalog(tmp_path)
    file = folder / "social_education.yaml"
    _break(file, '               "@supplier",\n', '               [поставщик, supplier],\n')
    with pytest.raises(CatalogError, match=r"staff_ethics_code\.negative.*must be a phrase \(text\), not list"):
        load_catalog(folder)


def test_a_list_may_splice_another_by_its_alias(catalog) -> None:
    """`not: [*integrity_bodies, "@plagiarism", ...]`: the aliased list's phrases, then the list's own, one flat list."""
    nots = next(spec.nots for spec in catalog.entries["student_ethics_code"].synonyms if spec.text == "@integrity")
    assert nots[0] == "@integrity_school" and "@plagiarism" in nots
    assert all(isinstance(text, str) for text in nots)
