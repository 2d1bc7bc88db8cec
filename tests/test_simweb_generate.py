"""simweb.generate: determinism, registry format, truth coverage and truth-vs-link-graph consistency."""

from __future__ import annotations

import csv
import hashlib
import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from detectors.spec import applicable, spec_by_id
from simweb.generate import SimWebManifest, generate, read_truth
from simweb.institutions import bin_checksum
from simweb.textvariants import Period
from simweb.verify import walk_site

AS_OF = date(2026, 11, 25)
STATUSES = {"found", "stale", "uncertain", "missing", "manual", "unreachable"}


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> SimWebManifest:
    return generate(12, 7, tmp_path_factory.mktemp("simweb") / "web", AS_OF, port=8099, first_host=3)


@pytest.fixture(scope="module")
def truth(web: SimWebManifest) -> list[dict[str, str]]:
    return read_truth(web.truth_path)


@pytest.fixture(scope="module")
def registry(web: SimWebManifest) -> list[dict[str, str]]:
    with web.registry_path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def tree_digest(root: Path) -> dict[str, tuple[str, int]]:
    """Relative path -> (sha256, mtime) of every file the generator wrote; mtimes matter for served files
    (they are the Last-Modified dates), not for the CSVs beside them."""
    out = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.name != "manifest.json":
            rel = path.relative_to(root)
            served = rel.parts[0] in ("sites", "blobs")
            out[str(rel)] = (hashlib.sha256(path.read_bytes()).hexdigest(), int(path.stat().st_mtime) if served else 0)
    return out


def test_generation_is_deterministic(web: SimWebManifest, tmp_path: Path) -> None:
    again = generate(12, 7, tmp_path / "again", AS_OF, port=8099, first_host=3)
    assert tree_digest(again.out_dir) == tree_digest(web.out_dir)
    first, second = web.to_json(), again.to_json()
    first["stats"], second["stats"] = {}, {}  # timings differ
    assert first == second


def test_another_seed_gives_another_web(web: SimWebManifest, tmp_path: Path) -> None:
    other = generate(12, 8, tmp_path / "other", AS_OF, port=8099, first_host=3)
    assert other.registry_path.read_bytes() != web.registry_path.read_bytes()
    assert other.truth_path.read_bytes() != web.truth_path.read_bytes()


def test_registry_follows_the_interface_format(registry: list[dict[str, str]]) -> None:
    assert list(registry[0]) == ["id", "name_kk", "name_ru", "name_en", "type", "region", "city", "website", "bin",
                                 "source"]
    assert len(registry) == 12
    assert len({r["id"] for r in registry}) == 12
    for i, row in enumerate(registry):
        assert row["website"] == f"http://127.0.1.{3 + i}:8099/"
        assert row["type"] in ("university", "college")
        assert row["name_ru"]
        assert re.fullmatch(r"[a-z0-9-]+", row["id"])
        if row["bin"]:
            assert re.fullmatch(r"\d{12}", row["bin"])
            assert bin_checksum(row["bin"][:11]) == int(row["bin"][11])
    with_bin = sum(1 for r in registry if r["bin"])
    assert 0 < with_bin < 12  # about 70 % of rows carry a BIN
    assert {r["type"] for r in registry} == {"university", "college"}


def test_truth_covers_every_applicable_artefact_in_spec_order(registry: list[dict[str, str]],
                                                              truth: list[dict[str, str]]) -> None:
    expected = [(r["id"], a.id) for r in registry for a in applicable(r["type"])]
    assert [(t["institution_id"], t["artefact_id"]) for t in truth] == expected
    assert {t["expected_status"] for t in truth} <= STATUSES


def test_status_semantics(web: SimWebManifest, truth: list[dict[str, str]]) -> None:
    spec = spec_by_id()
    unreachable = {s.id for s in web.sites if not s.reachable}
    assert len(unreachable) == 1  # one site in each block of 12 has no listener
    counts: dict[str, int] = {}
    for row in truth:
        status, public = row["expected_status"], spec[row["artefact_id"]].public
        counts[status] = counts.get(status, 0) + 1
        if not public:
            assert status == "manual"
        elif row["institution_id"] in unreachable:
            assert status == "unreachable"
        else:
            assert status in ("found", "stale", "uncertain", "missing")
        if status == "uncertain":  # only a reposted national model: evidence to look at, not the own document
            assert "national_model" in row["notes"].split(";"), row
        assert bool(row["evidence"]) == (status in ("found", "stale", "uncertain"))
    assert counts["found"] > counts["missing"] > 0
    assert counts["stale"] > 0


def test_every_site_omits_a_share_of_its_public_artefacts(web: SimWebManifest, truth: list[dict[str, str]]) -> None:
    spec = spec_by_id()
    for site in web.sites:
        if not site.reachable:
            continue
        rows = [t for t in truth if t["institution_id"] == site.id and spec[t["artefact_id"]].public]
        missing = sum(t["expected_status"] == "missing" for t in rows) / len(rows)
        assert 0.05 < missing < 0.7, (site.id, missing)


def test_periods_decide_stale_and_found(truth: list[dict[str, str]]) -> None:
    def period_end(label: str) -> date:
        if re.fullmatch(r"\d{4}-\d{4}", label):
            return Period("ay", int(label[:4])).end
        if re.fullmatch(r"\d{4}", label):
            return Period("year", int(label)).end
        return date.fromisoformat(label)

    seen_stale = 0
    for row in truth:
        tags = row["notes"].split(";")
        current = [t.split(":", 1)[1] for t in tags if t.startswith("current:")]
        stale = [t.split(":", 1)[1] for t in tags if t.startswith("stale:")]
        for label in current:
            assert period_end(label) >= AS_OF - timedelta(days=366), row
        for label in stale:
            assert period_end(label) < AS_OF - timedelta(days=2 * 365), row
            seen_stale += 1
        if row["expected_status"] == "stale":
            assert stale and not current, row
        if current and stale:
            assert row["expected_status"] == "found" and "current+stale" in tags
    assert seen_stale


def test_truth_matches_the_link_graph(web: SimWebManifest, truth: list[dict[str, str]]) -> None:
    """Evidence is reachable by links from '/', except js_only evidence, which only a browser finds."""
    walks = {s.id: walk_site(web.out_dir, s) for s in web.sites if s.reachable}
    js_rows = 0
    for row in truth:
        if row["expected_status"] not in ("found", "stale", "uncertain"):
            continue
        walk = walks[row["institution_id"]]
        for url in row["evidence"].split():
            if "js_only" in row["notes"]:
                js_rows += 1
                assert url not in walk.reachable, row
                js_page = [p for u, p in walk.pages.items() if "docs-app" in p.read_text("utf-8", "replace")]
                stem, _, ext = url.removeprefix("/upload/").rpartition(".")
                blob = json.loads(re.search(r"var DATA=(\{.*?\});", js_page[0].read_text("utf-8")).group(1))
                assert {"f": stem, "x": ext} in [{"f": i["f"], "x": i["x"]} for i in blob["items"]]
            else:
                assert url in walk.reachable, row
    assert js_rows >= 1
    for site_id, walk in walks.items():
        assert 20 <= len(walk.pages) <= 80, (site_id, len(walk.pages))


def test_dead_links_answer_404_and_missing_artefacts_stay_missing(web: SimWebManifest,
                                                                   truth: list[dict[str, str]]) -> None:
    dead = [t for t in truth if "dead_link" in t["notes"]]
    assert all(t["expected_status"] == "missing" for t in dead)
    broken = set().union(*(walk_site(web.out_dir, s).broken for s in web.sites if s.reachable))
    assert broken  # archive links and dead document links exist somewhere in the web


def test_procurement_found_only_with_the_institutions_own_portal_link(web: SimWebManifest, registry: list[dict[str, str]],
                                                                      truth: list[dict[str, str]]) -> None:
    rows = [t for t in truth if t["artefact_id"] == "goszakup_procurement" and t["expected_status"] != "unreachable"]
    assert rows and {t["expected_status"] for t in rows} <= {"found", "missing"}
    for row in rows:
        site = web.out_dir / "sites" / row["institution_id"]
        text = "\n".join(p.read_text("utf-8", "replace") for p in site.rglob("*") if p.is_file()
                         and p.suffix not in (".pdf", ".docx") and not p.name.startswith("download.php"))
        own_link = re.search(r"goszakup\.gov\.kz/ru/search/announce\?filter\[customer\]=\d{12}", text)
        assert bool(own_link) == (row["expected_status"] == "found"), row


def test_special_pages(web: SimWebManifest, truth: list[dict[str, str]]) -> None:
    notes = [t["notes"] for t in truth]
    assert sum("cp1251" in n for n in notes) == 1
    assert any("latin_kk" in n for n in notes)
    cp_pages = [p for p in (web.out_dir / "sites").rglob("*")
                if p.is_file() and p.suffix not in (".pdf", ".docx") and b"windows-1251" in p.read_bytes()[:600]]
    assert len(cp_pages) == 1
    text = cp_pages[0].read_bytes().decode("cp1251")
    assert "&#1179;" in text or "&#1178;" in text  # Kazakh letters survive as entities
    with pytest.raises(UnicodeDecodeError):
        cp_pages[0].read_bytes().decode("utf-8")
    latin = next(s for s in web.sites if s.features["latin"])
    kk_pages = [p for u, p in walk_site(web.out_dir, latin).pages.items() if f"/{latin.features['kk_code']}" in u
                or f"lang={latin.features['kk_code']}" in u]
    body = " ".join(re.sub(r"<script.*?</script>", "", p.read_text("utf-8"), flags=re.S) for p in kk_pages)
    assert kk_pages and "q" in body and not re.search(r"[әғқңөұүһі]", re.sub(r"<[^>]+>", " ", body))


def test_hard_negative_news_on_every_site(web: SimWebManifest) -> None:
    for site in web.sites:
        if site.reachable:
            pages = walk_site(web.out_dir, site).pages
            news = " ".join(p.read_text("utf-8", "replace") for u, p in pages.items() if "news" in u)
            assert re.search(r"коррупц|жемқор|викторин|семинар|комисси|жоспар|план|опрос|Адалдық|Честность|"
                              r"seminar|quiz|Agency", news), site.id


def test_every_site_has_robots_and_some_have_sitemaps(web: SimWebManifest) -> None:
    sitemaps = 0
    for site in web.sites:
        root = web.out_dir / "sites" / site.id
        if not site.reachable:
            assert not root.exists()
            continue
        assert (root / "robots.txt").is_file()
        robots = (root / "robots.txt").read_text()
        if "Sitemap:" in robots:
            assert (root / "sitemap.xml").is_file()
        sitemaps += (root / "sitemap.xml").is_file()
    assert 0 < sitemaps < len(web.hosts)


def test_bad_arguments_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        generate(0, 1, tmp_path, AS_OF)
    with pytest.raises(ValueError):
        generate(3, 1, tmp_path, AS_OF, universities_share=1.5)
    with pytest.raises(ValueError):
        generate(3, 1, tmp_path, AS_OF, first_host=254 * 254)
