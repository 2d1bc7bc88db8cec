"""simweb.realpages: a web built from labelled pages, scored cell by cell. The pages here are written for the
test (the benchmark reads the real ones at run time); hosts are loopback addresses that are never contacted."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from detectors.learn import LabelledPage, is_sealed
from simweb import realpages
from simweb.generate import SimWebManifest
from simweb.urls import locate_file

AS_OF = date(2026, 11, 25)


def page(pid: str, group: str, labels: set[str], url_path: str, text: str, itype: str = "university",
         lang: str = "ru") -> LabelledPage:
    return LabelledPage(pid, f"https://{group}{url_path}", group, itype, lang, labels, None, text)


def records() -> list[LabelledPage]:
    plan = "План мероприятий по противодействию коррупции\nНастоящий план утверждён решением учёного совета."
    news = "Состоялся семинар о добропорядочности\nВ университете прошла встреча студентов с юристом."
    code = "Кодекс академической честности обучающихся\nОбучающийся обязуется не допускать плагиата."
    return [page(f"t{i:02d}", f"inst{i % 7}.example.test", {"anticorruption_plan"} if i % 3 == 0 else
                 ({"student_ethics_code"} if i % 3 == 1 else set()), f"/ru/page-{i}",
                 (plan, code, news)[i % 3]) for i in range(21)]


def test_sites_keep_each_institution_whole_and_on_one_side_of_the_sealed_split() -> None:
    sites = realpages.pack_sites(records(), pages_per_site=4, seed=1)
    where: dict[str, set[int]] = {}
    for number, site in enumerate(sites):
        for placed in site.pages:
            where.setdefault(placed.record.group, set()).add(number)
            assert is_sealed(placed.record.group) == site.sealed
    assert all(len(numbers) == 1 for numbers in where.values())
    assert sum(len(s.pages) for s in sites) == 21


def test_build_writes_a_servable_web_with_documents_and_truth(tmp_path: Path) -> None:
    manifest = realpages.build(records(), tmp_path, as_of=AS_OF, port=8080, pages_per_site=6, document_share=1.0)
    assert SimWebManifest.load(tmp_path).profile == realpages.PROFILE
    with (tmp_path / "truth.csv").open(encoding="utf-8") as fh:
        truth = {(r["institution_id"], r["artefact_id"]): r for r in csv.DictReader(fh)}
    with (tmp_path / "institutions.csv").open(encoding="utf-8") as fh:
        registry = list(csv.DictReader(fh))
    assert {r["id"] for r in registry} == {s.id for s in manifest.sites}
    kinds = set()
    for site in manifest.sites:
        root = tmp_path / "sites" / site.id
        documents = (root / "documents" / "index.html").read_text(encoding="utf-8")
        hrefs = [part.split('"', 1)[0] for part in documents.split('href="')[1:] if "/upload/" in part[:10]]
        assert len(hrefs) == site.features["documents"]
        for href in hrefs:
            body = locate_file(root, href).read_bytes()  # type: ignore[union-attr]
            kinds.add(body[:4])
        labelled = {r["artefact_id"] for (sid, _), r in truth.items() if sid == site.id and r["pages"]}
        assert {r["artefact_id"] for (sid, _), r in truth.items()
                if sid == site.id and r["expected_status"] == realpages.PRESENT} == labelled
    assert kinds == {b"%PDF", b"PK\x03\x04"}  # every labelled page became a document, of both formats
    assert ("rw001", "goszakup_procurement") not in truth  # the portal is not simulated here


def test_pages_keep_their_real_path_unless_it_collides(tmp_path: Path) -> None:
    taken: set[str] = set()
    first = realpages.page_path("https://x.example.test/ru/Антикоррупция/План", taken, "/page/1/")
    assert first == "/ru/Антикоррупция/План/"
    taken.add("ru/Антикоррупция/План/index.html")
    assert realpages.page_path("https://x.example.test/ru/Антикоррупция/План/", taken, "/page/2/") == "/page/2/"
    assert realpages.page_path("https://x.example.test/", taken, "/page/3/") == "/page/3/"
    assert realpages.page_path("https://x.example.test/index.php?option=com_content&id=5", taken, "/p/") \
        == "/index.php?option=com_content&id=5"
    assert realpages.link_path("/ru/План/") == "/ru/%D0%9F%D0%BB%D0%B0%D0%BD/"


@pytest.mark.parametrize(("status", "bucket"), [("found", "present"), ("stale", "present"),
                                                ("uncertain", "uncertain"), ("missing", "absent")])
def test_score_counts_found_and_stale_as_present(tmp_path: Path, status: str, bucket: str) -> None:
    truth = tmp_path / "truth.csv"
    truth.write_text("institution_id,artefact_id,expected_status,pages,sealed\n"
                     "rw001,anticorruption_plan,present,t00,no\nrw002,anticorruption_plan,absent,,yes\n",
                     encoding="utf-8")
    gaps = tmp_path / "gaps.csv"
    gaps.write_text(f"institution_id,artefact_id,status\nrw001,anticorruption_plan,{status}\n"
                    f"rw002,anticorruption_plan,{status}\n", encoding="utf-8-sig")
    unsealed = realpages.score(truth, gaps, sealed=False)
    sealed = realpages.score(truth, gaps, sealed=True)
    assert unsealed.confusion == {("present", bucket): 1}
    assert sealed.confusion == {("absent", bucket): 1}
    assert unsealed.right == (bucket == "present") and sealed.right == (bucket == "absent")


def test_neutral_urls_leave_only_the_text_to_tell(tmp_path: Path) -> None:
    realpages.build(records(), tmp_path, as_of=AS_OF, port=8080, document_share=0.0, real_urls=False)
    pages = [p for p in (tmp_path / "sites").rglob("index.html") if p.parent.name not in ("documents", "materials")
             and p.parent.parent != tmp_path / "sites"]
    assert pages and all(p.parent.parent.name == "page" for p in pages)
    assert not list((tmp_path / "sites").rglob("page-*"))  # no page kept its real path


@pytest.mark.parametrize(("template", "marker"), [("h1", "<h1>План"), ("logo_h1", "<h2>План"),
                                                  ("no_heading", '<div class="page-title">План')])
def test_page_templates_put_the_title_where_cms_templates_do(template: str, marker: str) -> None:
    placed = realpages.PlacedPage(records()[0], "/ru/plan/", "html", "title", "План мероприятий")
    text = realpages.html_page("Колледж 1", placed, template)
    assert marker in text
    assert text.count("<h1") == (0 if template == "no_heading" else 1)
    assert "Противодействие коррупции" in text  # the site menu is on every page


def test_two_labelled_pages_of_an_institution_may_share_one_page(tmp_path: Path) -> None:
    """A section page that carries two documents: the second page's text becomes an <h2> section of the first,
    and the site's truth still holds both pages' labels."""
    group = "inst-merge.example.test"
    pages = [page(f"m{i:02d}", group, {"anticorruption_plan"} if i % 2 else {"student_ethics_code"}, f"/ru/m-{i}",
                  ("План мероприятий по противодействию коррупции\nПункт плана." if i % 2 else
                   "Кодекс чести студента\nСтудент соблюдает нормы.")) for i in range(12)]
    realpages.build(pages, tmp_path, as_of=AS_OF, port=8080, pages_per_site=20, document_share=0.0, seed=3)
    site = realpages.pack_sites(pages, 20, 3)[0]
    realpages.place_pages(site, 3, 0.0)
    merged = [p for p in site.pages if p.sections]
    assert merged and len(site.pages) + sum(len(p.sections) for p in merged) == 12
    host = merged[0]
    served = locate_file(tmp_path / "sites" / "rw001", host.url_path)
    assert served is not None
    text = served.read_text(encoding="utf-8")
    assert f"<h2>{realpages.excerpt_title(host.sections[0].text)}</h2>" in text
    with (tmp_path / "truth.csv").open(encoding="utf-8") as fh:
        present = {r["artefact_id"] for r in csv.DictReader(fh) if r["expected_status"] == realpages.PRESENT}
    assert present == {"anticorruption_plan", "student_ethics_code"}


def test_half_the_documents_carry_a_letterhead_above_the_title() -> None:
    """A ministry or an akimat's department, the legal name, a document code: printed above the approval block
    and the title of many real documents, so the web's files carry them too (in the document's language)."""
    from detectors.extract.extract import extract_document

    heads = []
    for i, record in enumerate(records()):
        placed = realpages.PlacedPage(record, f"/upload/doc_{i}.pdf", "pdf", "title", record.text.splitlines()[0])
        spec = realpages.document_spec(placed, AS_OF, seed=3)
        heads.append(spec.header)
        text = extract_document(realpages.render(spec), f"http://127.0.1.1/upload/doc_{i}.pdf", "application/pdf").body
        # above the title, in order (the narrow header column may wrap a long line)
        assert " ".join(text.split()).startswith(" ".join(" ".join(spec.header).split()))
    with_letterhead = [h for h in heads if h and h[0] in {lines[0] for lines in realpages.LETTERHEADS["ru"]}]
    assert 0.2 * len(heads) <= len(with_letterhead) <= 0.8 * len(heads)
