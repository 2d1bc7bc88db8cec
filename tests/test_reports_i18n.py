"""The one translation file: complete in kk/ru/en, consistent placeholders, catalog recommendations."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import adalscan.reports.i18n as i18n
from adalscan.models import CrawlStatus, GapStatus, SiteResult
from adalscan.reports.i18n import LANGS, Labels, LabelsError, load_labels
from detectors.spec import DIRECTIONS, load_spec

PLACEHOLDER = re.compile(r"\{(\w+)\}")


def test_every_label_has_all_languages_and_the_same_placeholders() -> None:
    data = load_labels()
    for key, texts in data["labels"].items():
        assert set(texts) >= set(LANGS), key
        names = {lang: set(PLACEHOLDER.findall(texts[lang])) for lang in LANGS}
        assert names["kk"] == names["ru"] == names["en"], f"{key}: {names}"


@pytest.mark.parametrize("lang", LANGS)
def test_closed_lists_all_have_labels(lang: str) -> None:
    labels = Labels(lang)
    for status in [*GapStatus, "not_applicable"]:
        assert labels.has(f"status_{status}") and labels.has(f"status_help_{status}"), status
    for crawl in CrawlStatus:
        assert labels.has(f"crawl_{crawl}"), crawl
    for direction in DIRECTIONS:
        assert labels.has(f"direction_{direction}"), direction
    for kind in ("university", "college"):
        assert labels.has(f"type_{kind}")


def test_kazakh_labels_are_kazakh() -> None:
    kk = Labels("kk")
    assert kk.direction("research") == "Ғылыми-инновациялық қызмет"
    assert kk.region("Turkistan Region") == "Түркістан облысы"
    assert kk.artefact_title("anticorruption_plan") == next(a.title_kk for a in load_spec() if a.id == "anticorruption_plan")
    assert Labels("ru").region("Nowhere Region") == "Nowhere Region"  # unknown regions pass through
    assert kk.date(__import__("datetime").date(2026, 3, 31)) == "31.03.2026"


def test_a_language_missing_from_the_file_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "labels.yaml"
    bad.write_text("labels:\n  title: {kk: 'Атауы', ru: 'Название'}\n", encoding="utf-8")
    with pytest.raises(LabelsError, match=r"labels\.title: no text for en"):
        load_labels(bad)
    with pytest.raises(LabelsError, match="unknown report language"):
        Labels("de")


class StubCatalog:
    """Stands in for detectors.catalog's Catalog: knows one recommendation, KeyError for the rest."""

    def recommendation(self, artefact_id: str, lang: str) -> str:
        if artefact_id == "hotline":
            return {"kk": "Тәулік бойғы байланыс орталығын іске қосу", "ru": "Запустить круглосуточный контакт-центр",
                    "en": "Run a 24-hour contact centre"}[lang]
        raise KeyError(artefact_id)


def test_recommendation_from_the_catalog_else_a_titled_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "_catalog", lambda: StubCatalog())
    ru = Labels("ru")
    assert ru.recommendation("hotline") == ("Запустить круглосуточный контакт-центр", True)
    text, from_catalog = ru.recommendation("gifts_policy")
    assert not from_catalog and ru.artefact_title("gifts_policy") in text and text.startswith("Разместить")
    text, _ = Labels("en").recommendation("attestation_minutes", internal=True)
    assert text.startswith("The working group checks")


def test_no_catalog_module_means_fallbacks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "_catalog", lambda: None)
    text, from_catalog = Labels("kk").recommendation("hotline")
    assert not from_catalog and Labels("kk").artefact_title("hotline") in text


def test_names_sort_in_kazakh_alphabet_order() -> None:
    names = ["Түркістан", "Қарағанды", "Ақтөбе", "Астана", "Павлодар", "Әулиеата", "Almaty"]
    assert sorted(names, key=i18n.collation_key) == [
        "Almaty", "Ақтөбе", "Астана", "Әулиеата", "Қарағанды", "Павлодар", "Түркістан"]


def _cut_site() -> SiteResult:
    return SiteResult("u1", pages_fetched=250, pages_discovered=900, pages_unfetched=650, cut_reason="budget+site")


@pytest.mark.parametrize("lang", LANGS)
def test_the_scanners_own_notes_are_shown_in_the_reports_language(lang: str) -> None:
    """gaps.csv keeps the scanner's notes in English; a report shows each in its own language, with its
    figures and URLs, and an analyst's own note as written."""
    from adalscan.assess import cut_note
    from adalscan.notes import NOTES, SEPARATOR, genre_note, note, translate

    labels = Labels(lang)
    cut = cut_note(_cut_site())
    held = note("held", url="https://u1.example.kz/docs/plan.pdf", cut=cut)
    for key in NOTES:
        assert labels.has(f"note_{key}"), key
    shown = {text: translate(text, labels) for text in
             (genre_note("national_act"), genre_note("report") + SEPARATOR + cut, held)}
    if lang == "en":
        assert all(after == before for before, after in shown.items())
    else:
        english_words = ("reposted", "news item", "the crawl was cut", "was not fetched this run", "page budget",
                         "refusing")
        assert not any(word in after for after in shown.values() for word in english_words), shown
        assert all(n in shown[genre_note("report") + SEPARATOR + cut] for n in ("250", "650", "900"))
        assert "https://u1.example.kz/docs/plan.pdf" in shown[held] and "650" in shown[held]
        assert shown[genre_note("report") + SEPARATOR + cut].count(SEPARATOR) == 2  # each note keeps its own "; "
    from adalscan.procurement.assess import decide_status

    counts = {2025: {"plans": 3}, 2026: {"plans": 15, "announcements": 8, "lots": 15, "contracts": 0}}
    _, found = decide_status(counts, 2026, ["HTTP 502 (+1 more)"])
    listings = note("procurement_listings", detail=found)
    for text in (listings, decide_status({2024: {"lots": 2}}, 2026, [])[1], decide_status({}, 2026, [])[1]):
        shown = translate(text, labels)
        assert (shown == text) if lang == "en" else not any(
            word in shown for word in ("published", "portal error", "public listings", "nothing for")), shown
    assert "HTTP 502 (+1 more)" in translate(listings, labels) and "15" in translate(listings, labels)
    # The procurement cell's remarks: plans not checked, how the BIN was (not) found; a remark may hold "; " itself.
    remarks = [SEPARATOR.join([listings, note("procurement_plans_unchecked")]),
               SEPARATOR.join([found, note("bin_registry_kept", bin="030940191700", name="СКУ им. М. Козыбаева")]),
               note("bin_ambiguous", candidates="030940191700 «Университет А» 96; 040840002222 «Университет Б» 94"),
               SEPARATOR.join([note("bin_invalid", bin="12345"), note("bin_no_match_near", score=84, name="Колледж")]),
               note("bin_listing_shared", customer="«Колледж»", count=2, ids="a-col-0001, b-col-0002"),
               note("bin_match_taken", customer="«НАО «Колледж»»", owner="a-col-0001"),
               note("bin_no_listed_customer"), note("bin_unknown"),
               SEPARATOR.join([note("bin_invalid", bin="12345"), note("bin_registry_error", error="HTTP 500")])]
    for text in remarks:
        shown = translate(text, labels)
        assert (shown == text) if lang == "en" else not any(
            word in shown for word in ("BIN unknown", "not checked", "registry", "match", "published")), shown
    assert "040840002222 «Университет Б» 94" in translate(remarks[2], labels)
    analyst = "Протоколы № 1–4 за 2025 г. представлены рабочей группе"
    assert translate(analyst, labels) == analyst
    assert translate("not found in the 3 pages fetched", labels) == "not found in the 3 pages fetched"


def test_a_gap_rows_note_is_translated_in_a_report_cell() -> None:
    import datetime as dt

    from adalscan.models import GapRow
    from adalscan.notes import genre_note
    from adalscan.reports.deadlines import deadlines_for
    from adalscan.reports.views import make_cell

    row = GapRow("u1", "vacancy_rules", "management_hr", "public", GapStatus.UNCERTAIN, confidence=0.45,
                 evidence_url="https://u1.example.kz/ru/pravila", note=genre_note("national_act"))
    cell = make_cell(row, Labels("ru"), deadlines_for(dt.date(2026, 12, 4), "ru"), [], None)
    assert cell.note.startswith("национальный акт") and "Под вопросом" in cell.note
    assert make_cell(row, Labels("en"), deadlines_for(dt.date(2026, 12, 4)), [], None).note == row.note


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_sites_crawl_detail_is_shown_in_the_reports_language(lang: str) -> None:
    """site_status.csv keeps a site's crawl detail in English; a report shows each part in its language:
    how much was left unfetched and why, the budget, the home page, every counter."""
    from adalscan.notes import CRAWL_COUNTERS, SEPARATOR, crawl_counter, note, partial_crawl, translate

    labels = Labels(lang)
    details = [partial_crawl(180, 230, 50, {"budget": 40, "robots": 3, "site": 7}),
               note("crawl_budget_pages", fetched=250), note("crawl_home_silent"),
               note("crawl_home_failed", status="timeout", error="took longer than 6.0 seconds"),
               note("crawl_home_error", error="DNS lookup failed: no results for hostname lookup: x.invalid"),
               *(crawl_counter(key, 3 + i) for i, key in enumerate(CRAWL_COUNTERS))]
    shown = translate(SEPARATOR.join(details), labels)
    assert shown.count(SEPARATOR) >= len(details) - 1
    english = ("partial crawl", "discovered", "budget", "home page", "request(s)", "response(s)", "URL(s) dropped",
               "document(s)", "refused by the site", "left unfetched")
    assert not any(word in shown for word in english), shown
    for number in ("180", "230", "50", "40", "250", str(3 + len(CRAWL_COUNTERS) - 1)):
        assert number in shown
    assert "took longer than 6.0 seconds" in shown and "x.invalid" in shown  # the network's own words kept
    assert len(CRAWL_COUNTERS) >= 20 and "refused_by_site" in CRAWL_COUNTERS
