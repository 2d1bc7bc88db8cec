"""simweb's hard cases: every site gets hard negatives and hard positives, the truth follows
interface.md "What counts as evidence", and the pages say what the truth says they say."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from simweb import hardphrases as HP
from simweb.generate import SimWebManifest, generate, read_truth
from simweb.hardscore import kinds, score
from simweb.textvariants import to_latin_kk
from simweb.urls import file_for_url
from simweb.verify import walk_site

AS_OF = date(2026, 11, 25)
SERVICE_WORDS = {"head_blog": r"блог|blog", "dormitory_online_registration": r"жатақхана|общежити|dormitor|hostel",
                 "e_journal": r"журнал|journal", "online_transfer_service": r"перевод|ауысу|transfer"}
POSITIVE_KINDS = {"download", "en_paraphrase", "link_only", "two_on_page", "national_standard", "renamed"}


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> SimWebManifest:
    return generate(24, 3, tmp_path_factory.mktemp("hard") / "web", AS_OF, port=8099)


@pytest.fixture(scope="module")
def truth(web: SimWebManifest) -> list[dict[str, str]]:
    return read_truth(web.truth_path)


def rows_of(truth: list[dict[str, str]], tag: str) -> list[dict[str, str]]:
    return [t for t in truth if tag in t["notes"].split(";")]


def served_text(web: SimWebManifest, inst: str, url: str) -> str:
    """Visible text of a served HTML page or the text inside a PDF/DOCX (tags stripped)."""
    data = (web.out_dir / "sites" / inst / file_for_url(url)).read_bytes()
    if data.startswith(b"%PDF"):
        import pypdf

        return " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)
    if data.startswith(b"PK"):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return re.sub(r"<[^>]+>", " ", z.read("word/document.xml").decode("utf-8"))
    text = data.decode("utf-8", "replace")
    return re.sub(r"<[^>]+>", " ", text.split("<main>", 1)[-1].split("</main>", 1)[0])


def test_every_site_gets_hard_negatives_and_positives(web: SimWebManifest) -> None:
    for site in web.sites:
        if not site.reachable:
            continue
        hard = site.features["hard"]
        assert 2 <= len(hard["negatives"]) <= 4, site.id
        assert 1 <= len(set(hard["positives"].values())) <= 3, site.id
        assert set(hard["positives"].values()) <= POSITIVE_KINDS
    every = Counter(k for s in web.sites if s.reachable for k in (*s.features["hard"]["negatives"],
                                                                  *s.features["hard"]["positives"].values()))
    assert set(every) >= POSITIVE_KINDS | {"news_national_list", "national_model", "national_act", "vendor_page",
                                           "state_vacancy", "employee_survey", "appeal_rules", "thesis_guide"}, every


def test_a_reposted_national_model_alone_is_uncertain_and_says_why(web: SimWebManifest,
                                                                   truth: list[dict[str, str]]) -> None:
    models = {(s.id, aid): url for s in web.sites if s.reachable
              for aid, url in s.features["hard"]["national_models"].items()}
    assert models
    uncertain = [t for t in truth if t["expected_status"] == "uncertain"]
    assert uncertain
    for row in uncertain:
        assert (row["institution_id"], row["artefact_id"]) in models
        assert "national_model" in row["notes"] and "omitted" in row["notes"]
        text = served_text(web, row["institution_id"], row["evidence"])
        assert re.search(r"Министр|министрінің|Minister", text), row  # the ministerial order is on the page
    for (inst, aid), _ in models.items():
        row = next(t for t in truth if t["institution_id"] == inst and t["artefact_id"] == aid)
        # the site's own document wins; otherwise the model alone is at most uncertain
        assert row["expected_status"] in ("found", "stale", "uncertain")
        assert "near:national_model" in row["notes"]


def test_hard_negatives_leave_truth_missing_when_nothing_own_is_there(web: SimWebManifest,
                                                                      truth: list[dict[str, str]]) -> None:
    near = [t for t in truth if any(k.startswith("near:") for k in kinds(t["notes"]))
            and "near:national_model" not in t["notes"]]
    assert near
    statuses = Counter(t["expected_status"] for t in near)
    assert statuses["missing"] > 0 and statuses["found"] > 0
    assert "uncertain" not in statuses  # news, other bodies' documents and neighbours are no evidence at all


def test_hard_negative_pages_are_on_the_sites(web: SimWebManifest) -> None:
    """The texts are on the served pages (linked from the site), in Kazakh and Russian."""
    seen: Counter[str] = Counter()
    patterns = {"vendor": "|".join(map(re.escape, HP.VENDORS)), "national_news": r"министрлі|министерств",
                "appeal": r"[Аа]пелляци", "survey": r"сауалнама|[Аа]нкет|опрос",
                "state_vacancy": r"білім бөлімі|[Оо]тдел образования|[Уу]правление образования|Білім басқармасы"}
    for site in web.sites:
        if not site.reachable:
            continue
        walk = walk_site(web.out_dir, site)
        text = " ".join(p.read_text("utf-8", "replace") for p in walk.pages.values())
        for name, pattern in patterns.items():
            seen[name] += bool(re.search(pattern, text))
    assert all(seen[name] for name in patterns), seen


def test_two_artefacts_on_one_page(web: SimWebManifest, truth: list[dict[str, str]]) -> None:
    rows = rows_of(truth, "two_on_page")
    assert rows and len(rows) % 2 == 0
    by_site: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        by_site.setdefault(row["institution_id"], []).append(row)
    for inst, pair in by_site.items():
        assert len(pair) == 2 and pair[0]["evidence"] == pair[1]["evidence"], pair
        assert {r["expected_status"] for r in pair} == {"found"}
        assert {r["artefact_id"] for r in pair} in ({"anticorruption_commission_regulation",
                                                    "anticorruption_commission_composition"},
                                                   {"board_of_trustees_regulation", "board_of_trustees_composition"})
        text = served_text(web, inst, pair[0]["evidence"].split()[0])
        # (the Kazakh pages of a Latin-script site say "ereje", "qūramy", "müşe")
        assert re.search(r"[Пп]оложени|[Ее]реже|[Ee]reje", text), text[:300]
        assert re.search(r"[Сс]остав|[Чч]лен|құрам|мүше|qūram|müşe", text), text[:300]


def test_link_only_services_are_menu_links_to_pages_that_name_nothing(web: SimWebManifest,
                                                                     truth: list[dict[str, str]]) -> None:
    rows = rows_of(truth, "link_only")
    assert rows
    for row in rows:
        url = row["evidence"]
        site = next(s for s in web.sites if s.id == row["institution_id"])
        walk = walk_site(web.out_dir, site)
        assert url in walk.reachable
        text = served_text(web, row["institution_id"], url).lower()
        assert not re.search(SERVICE_WORDS[row["artefact_id"]], text), row
        anchors = {fill.lower() for lang in HP.LINK_ONLY[row["artefact_id"]].values() for fill in lang}
        pages = " ".join(p.read_text("utf-8", "replace") for p in walk.pages.values())
        linked = re.findall(rf'<a href="{re.escape(url)}">([^<]+)</a>', pages)
        assert linked and all(a.lower() not in ("", url) for a in linked)
        assert len(anchors) >= 4  # several wordings per service, in kk/ru/en


def test_download_only_documents_carry_their_title_inside(web: SimWebManifest, truth: list[dict[str, str]]) -> None:
    rows = rows_of(truth, "title_inside")
    assert rows
    words = {form.lower() for lang in HP.DOWNLOAD_WORDS.values() for w in lang for form in (w, to_latin_kk(w))}
    for row in rows:
        url = row["evidence"].split()[0]
        assert row["expected_status"] in ("found", "stale")
        site = next(s for s in web.sites if s.id == row["institution_id"])
        pages = " ".join(p.read_text("utf-8", "replace") for p in walk_site(web.out_dir, site).pages.values())
        anchors = re.findall(rf'<a href="{re.escape(url)}">([^<]+)</a>', pages)
        assert anchors, row
        for anchor in anchors:  # "Скачать" or the file's name, never its title
            assert anchor.lower() in words or anchor == url.rsplit("/", 1)[-1], (row, anchor)
        assert len(served_text(web, row["institution_id"], url).split()) > 10


def test_english_paraphrases_are_english_only(web: SimWebManifest, truth: list[dict[str, str]]) -> None:
    rows = rows_of(truth, "en_paraphrase")
    assert rows
    for row in rows:
        assert row["expected_status"] == "found" and "en_only" in row["notes"]
        assert re.search(r"/en/|lang=en", row["evidence"]), row
        text = served_text(web, row["institution_id"], row["evidence"]).strip()
        title = text.split("\n", 1)[0]  # names in member lists may stay in Cyrillic
        assert title and not re.search(r"[а-яәғқңөұүһі]", title.lower()), title


def test_renamed_own_documents_are_found(web: SimWebManifest, truth: list[dict[str, str]]) -> None:
    rows = rows_of(truth, "renamed")
    assert rows and {r["expected_status"] for r in rows} == {"found"}
    for row in rows:
        first = row["evidence"].split()[0]
        assert served_text(web, row["institution_id"], first).split()  # a page with its own text


def test_the_national_anticorruption_standard_is_evidence(truth: list[dict[str, str]]) -> None:
    rows = rows_of(truth, "national_standard")
    assert rows and {r["artefact_id"] for r in rows} == {"anticorruption_standard"}
    assert {r["expected_status"] for r in rows} == {"found"}


def test_texts_vary(tmp_path: Path) -> None:
    """Several wordings per kind and language, so detection is not measured on one template."""
    for text in (*HP.NEWS_NATIONAL_LISTS, *HP.NATIONAL_MODELS.values(), *HP.VENDOR_PAGES, *HP.EMPLOYEE_SURVEY,
                 *HP.APPEAL_RULES, *HP.STATE_VACANCY, HP.NATIONAL_STANDARD):
        assert text.kk and text.ru and text.en and text.body_kk and text.body_ru
    assert len(HP.NEWS_NATIONAL_LISTS) >= 3
    assert sum(len(t.ru) for t in HP.NEWS_NATIONAL_LISTS) >= 6
    assert all(len(v) >= 2 for v in HP.EN_PARAPHRASES.values() if v) and len(HP.EN_PARAPHRASES) >= 8


def test_unseen_profile_puts_about_half_the_documents_behind_download_links(tmp_path: Path) -> None:
    web = generate(12, 11, tmp_path / "unseen", AS_OF, profile="unseen")
    assert SimWebManifest.load(web.out_dir).profile == "unseen"
    rows = [t for t in read_truth(web.truth_path) if t["expected_status"] in ("found", "stale")
            and t["notes"].split(";")[0] in ("html", "pdf", "docx")]
    behind = [t for t in rows if "title_inside" in t["notes"]]
    assert 0.35 <= len(behind) / len(rows) <= 0.65, (len(behind), len(rows))
    with pytest.raises(ValueError):
        generate(1, 1, tmp_path / "bad", AS_OF, profile="nonsense")


def test_score_by_kind(web: SimWebManifest, truth: list[dict[str, str]], tmp_path: Path) -> None:
    """A perfect gaps.csv scores 1.0; turning every hard negative's cell into 'found' shows up under its kind."""
    gaps = tmp_path / "gaps.csv"

    def write(statuses: dict[tuple[str, str], str]) -> None:
        with gaps.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(("institution_id", "artefact_id", "status"))
            for (inst, art), status in statuses.items():
                w.writerow((inst, art, status))

    perfect = {(t["institution_id"], t["artefact_id"]): t["expected_status"] for t in truth}
    write(perfect)
    result = score([web.truth_path], gaps)
    assert result.right == result.cells == len(truth) and not result.wrong
    assert result.uncertain_got == result.uncertain_expected > 0
    fooled = dict(perfect)
    near_state = [k for k, t in zip(perfect, truth, strict=True)
                  if "near:state_vacancy" in t["notes"] and t["expected_status"] == "missing"]
    for key in near_state:
        fooled[key] = "found"
    write(fooled)
    result = score([web.truth_path], gaps)
    assert result.by_kind["near:state_vacancy"].got["found"] == len(near_state) > 0
    assert any("near:state_vacancy" in line for line in result.lines())


def test_score_reads_the_procurement_truth_of_the_path_the_run_took(tmp_path: Path) -> None:
    """A scan without a token cannot prove "missing" for a name the listings do not find: scored against the
    listings' truth by default, against the API's with `--goszakup api`."""
    truth = tmp_path / "procurement-truth.csv"
    truth.write_text("institution_id,artefact_id,expected_status,expected_status_listings\n"
                     "u1,goszakup_procurement,missing,uncertain\n", encoding="utf-8")
    gaps = tmp_path / "gaps.csv"
    gaps.write_text("institution_id,artefact_id,status\nu1,goszakup_procurement,uncertain\n", encoding="utf-8")
    assert score([truth], gaps).right == 1
    assert score([truth], gaps, goszakup="api").right == 0
