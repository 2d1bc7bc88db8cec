"""Generate a simulated web of N Kazakhstani institution sites, its registry and its truth.

    generate(12, seed=7, out_dir=Path("simweb-out"), as_of=date(2026, 11, 25))

writes out_dir/sites/<inst_id>/..., out_dir/institutions.csv (interface.md registry format),
out_dir/truth.csv, out_dir/TRUTH-README.md and out_dir/manifest.json (read by the server).
Sites come in blocks of 12: each full block has exactly one unreachable site, one or two sites with a
JS-only documents page, one with a windows-1251 page and one with Latin-script Kazakh pages.
"""

from __future__ import annotations

import csv
import json
import os
import random
import shutil
import time
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from simweb.documents import BlobStore, epoch
from simweb.institutions import SynthInstitution, make_institution
from simweb.render import not_found_page
from simweb.site import SiteBuilder, SiteFeatures, TruthRow
from simweb.urls import MAX_HOSTS, file_for_url, host_address

GENERATOR_VERSION = 2  # 2: hard cases (simweb.hardcases) and profiles
BLOCK = 12
REGISTRY_FIELDS = ("id", "name_kk", "name_ru", "name_en", "type", "region", "city", "website", "bin", "source")
TRUTH_FIELDS = ("institution_id", "artefact_id", "expected_status", "evidence", "notes")
MANIFEST = "manifest.json"
# Profiles: "default" (the demo's and the tests' web) and "unseen", which also puts about half of the
# documents behind links named only "Download"/"Скачать"/"Жүктеу" or by file name (a benchmark's web).
PROFILES = {"default": {"download_share": 0.0}, "unseen": {"download_share": 0.6}}


@dataclass(slots=True)
class SiteEntry:
    """One institution of the simulated web, as recorded in manifest.json."""

    id: str
    host: str
    type: str
    reachable: bool
    features: dict[str, object] = field(default_factory=dict)
    redirects: dict[str, list[object]] = field(default_factory=dict)  # path -> [status, location]


@dataclass(slots=True)
class SimWebManifest:
    """What generate() produced; `load()` reads it back from out_dir/manifest.json."""

    out_dir: Path
    n: int
    seed: int
    as_of: date
    port: int
    first_host: int
    universities_share: float
    sites: list[SiteEntry]
    stats: dict[str, float] = field(default_factory=dict)
    version: int = GENERATOR_VERSION
    profile: str = "default"

    @property
    def registry_path(self) -> Path:
        return self.out_dir / "institutions.csv"

    @property
    def truth_path(self) -> Path:
        return self.out_dir / "truth.csv"

    @property
    def hosts(self) -> list[str]:
        """Addresses that get a listener (reachable sites)."""
        return [s.host for s in self.sites if s.reachable]

    @property
    def unreachable_hosts(self) -> list[str]:
        return [s.host for s in self.sites if not s.reachable]

    def params(self) -> dict[str, object]:
        """The inputs that determine the sites' content (the port only changes the registry)."""
        return {"n": self.n, "seed": self.seed, "as_of": self.as_of.isoformat(), "first_host": self.first_host,
                "universities_share": self.universities_share, "version": self.version, "profile": self.profile}

    def to_json(self) -> dict[str, object]:
        return {**self.params(), "port": self.port, "stats": self.stats,
                "registry": self.registry_path.name, "truth": self.truth_path.name,
                "sites": [asdict(s) for s in self.sites]}

    def save(self) -> None:
        (self.out_dir / MANIFEST).write_text(json.dumps(self.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")

    @classmethod
    def load(cls, out_dir: Path) -> SimWebManifest:
        data = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
        sites = [SiteEntry(**s) for s in data["sites"]]
        return cls(out_dir=out_dir, n=data["n"], seed=data["seed"], as_of=date.fromisoformat(data["as_of"]),
                   port=data["port"], first_host=data["first_host"], universities_share=data["universities_share"],
                   sites=sites, stats=data.get("stats", {}), version=data.get("version", 0),
                   profile=data.get("profile", "default"))


def block_features(seed: int, block: int, length: int, universities_share: float,
                   profile: str = "default") -> tuple[list[str], list[SiteFeatures]]:
    """Types and special features for one block of up to 12 consecutive sites.

    Positions are drawn in range(12) so a full block always has one unreachable site, 1-2 JS sites,
    one windows-1251 page and one Latin-script site; a partial last block keeps those that fall in it.
    """
    rng = random.Random(f"simweb:{seed}:block:{block}")
    n_uni = round(length * universities_share)
    types = ["university"] * n_uni + ["college"] * (length - n_uni)
    rng.shuffle(types)
    positions = list(range(BLOCK))
    rng.shuffle(positions)
    unreachable = positions[0]
    js = set(positions[1:1 + rng.choice((1, 2))])
    cp1251, latin = positions[3], positions[4]
    feats = []
    for pos in range(length):
        site_rng = random.Random(f"simweb:{seed}:feat:{block}:{pos}")
        style = site_rng.choices(("prefix", "query", "rootru"), (5, 2, 3))[0]
        f = SiteFeatures(
            reachable=pos != unreachable, style=style,
            kk_code=site_rng.choice(("kz", "kk", "qaz") if style == "prefix" else ("kz", "kk")),
            has_en=site_rng.random() < 0.4, latin=site_rng.choice(("2021", "2021", "2018")) if pos == latin else "",
            js_page=pos in js, cp1251_page=pos == cp1251, sitemap=site_rng.random() < 0.5,
            sitemap_docs=site_rng.random() < 0.5, robots_variant=site_rng.randrange(3),
            root_redirect=style == "prefix" and site_rng.random() < 0.5, old_url_redirect=site_rng.random() < 0.4,
            dead_archive_link=site_rng.random() < 0.5, generic_portal_link=site_rng.random() < 0.4,
            docx_octet_stream=site_rng.random() < 0.2, omit_rate=round(site_rng.uniform(0.2, 0.4), 3),
            download_share=PROFILES[profile]["download_share"])
        feats.append(f)
    return types, feats


def generate(n: int, seed: int, out_dir: Path, as_of: date, *, port: int = 8080, first_host: int = 1,
             universities_share: float = 0.5, profile: str = "default") -> SimWebManifest:
    """Write N synthetic institution sites + institutions.csv + truth.csv under out_dir (deterministic)."""
    if profile not in PROFILES:
        raise ValueError(f"profile must be one of {', '.join(PROFILES)}")
    if n < 1:
        raise ValueError("n must be at least 1")
    if first_host < 1 or first_host + n - 1 > MAX_HOSTS:
        raise ValueError(f"hosts {first_host}..{first_host + n - 1} do not fit in 1..{MAX_HOSTS}")
    if not 0.0 <= universities_share <= 1.0:
        raise ValueError("universities_share must be within 0..1")
    started = time.perf_counter()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for stale in ("sites", "blobs"):
        if (out_dir / stale).exists():
            shutil.rmtree(out_dir / stale)
    blobs = BlobStore(out_dir / "blobs")
    entries: list[SiteEntry] = []
    institutions: list[SynthInstitution] = []
    truth: list[TruthRow] = []
    pages = docs = 0
    for block in range((n + BLOCK - 1) // BLOCK):
        length = min(BLOCK, n - block * BLOCK)
        types, feats = block_features(seed, block, length, universities_share, profile)
        for pos in range(length):
            index = block * BLOCK + pos
            rng = random.Random(f"simweb:{seed}:site:{index}")
            inst = make_institution(index, types[pos], rng)
            institutions.append(inst)
            f = feats[pos]
            entry = SiteEntry(id=inst.id, host=host_address(first_host + index), type=inst.type, reachable=f.reachable)
            if f.reachable:
                builder = SiteBuilder(inst, f, rng, as_of, random.Random(f"simweb:{seed}:hard:{index}"))
                builder.build()
                pages, docs = pages + len(builder.pages), docs + len(builder.docs)
                write_site(out_dir / "sites" / inst.id, builder, blobs, as_of)
                truth.extend(builder.truth)
                entry.redirects = {k: list(v) for k, v in builder.redirects.items()}
            else:
                truth.extend(unreachable_truth(inst))
            entry.features = asdict(f)
            if f.reachable:
                entry.features["hard"] = builder.hard_summary
            entries.append(entry)
    blobs.flush(workers=min(2, os.cpu_count() or 1))
    manifest = SimWebManifest(out_dir=out_dir, n=n, seed=seed, as_of=as_of, port=port, first_host=first_host,
                              universities_share=universities_share, sites=entries, profile=profile)
    write_registry(manifest, institutions)
    write_truth(out_dir / "truth.csv", truth)
    (out_dir / "TRUTH-README.md").write_text(TRUTH_README, encoding="utf-8")
    manifest.stats = {"pages": pages, "documents": docs, "blobs_rendered": blobs.rendered,
                      "seconds": round(time.perf_counter() - started, 2)}
    manifest.save()
    return manifest


def unreachable_truth(inst: SynthInstitution) -> list[TruthRow]:
    from detectors.spec import applicable

    return [TruthRow(inst.id, a.id, "unreachable" if a.public else "manual",
                     notes="no_listener" if a.public else "internal") for a in applicable(inst.type)]


def write_site(root: Path, builder: SiteBuilder, blobs: BlobStore, as_of: date) -> None:
    """Write pages, documents, robots.txt, sitemap.xml and the 404 page of one site."""
    root.mkdir(parents=True, exist_ok=True)
    for page in builder.pages:
        data = page.html.encode("cp1251", errors="xmlcharrefreplace") if page.charset == "cp1251" else page.html.encode()
        stamp = epoch(page.issued)
        for url in (page.url, *page.aliases):
            path = root / file_for_url(url)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            os.utime(path, (stamp, stamp))
    for doc in builder.docs:
        blobs.publish(doc.spec, root / file_for_url(doc.url))
    extras = {"robots.txt": builder.robots, "404.html": not_found_page()}
    if builder.sitemap:
        extras["sitemap.xml"] = builder.sitemap
    stamp = epoch(as_of)
    for name, text in extras.items():
        (root / name).write_text(text, encoding="utf-8")
        os.utime(root / name, (stamp, stamp))


def website(host: str, port: int) -> str:
    return f"http://{host}:{port}/"


def write_registry(manifest: SimWebManifest, institutions: list[SynthInstitution]) -> None:
    """institutions.csv in the interface.md registry format (UTF-8, header row)."""
    hosts = {s.id: s.host for s in manifest.sites}
    source = f"simweb seed={manifest.seed} (synthetic)"
    with manifest.registry_path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(REGISTRY_FIELDS)
        for inst in institutions:
            # Like the real registry, some rows lack a Kazakh or English name; Russian is always there.
            name_kk = inst.name_kk if inst.index % 17 != 5 else ""
            name_en = inst.name_en if inst.index % 7 != 3 else ""
            writer.writerow((inst.id, name_kk, inst.name_ru, name_en, inst.type, inst.region, inst.city_en,
                             website(hosts[inst.id], manifest.port), inst.bin if inst.bin_in_registry else "", source))


def rewrite_registry_port(out_dir: Path, port: int) -> SimWebManifest:
    """Point the registry (and manifest) at another port without regenerating the sites."""
    manifest = SimWebManifest.load(out_dir)
    rows = list(csv.DictReader(manifest.registry_path.open(encoding="utf-8", newline="")))
    hosts = {s.id: s.host for s in manifest.sites}
    for row in rows:
        row["website"] = website(hosts[row["id"]], port)
    with manifest.registry_path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=REGISTRY_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    manifest.port = port
    manifest.save()
    return manifest


def write_truth(path: Path, rows: list[TruthRow]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(TRUTH_FIELDS)
        for r in rows:
            writer.writerow((r.institution_id, r.artefact_id, r.expected_status, r.evidence, r.notes))


def read_truth(path: Path) -> list[dict[str, str]]:
    """truth.csv rows as dicts (for tests and benchmarks)."""
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


TRUTH_README = """# truth.csv — what a perfect scan of this simulated web reports

One row per institution x artefact that applies to the institution's type (detectors.spec.applicable),
public and internal, in spec order. Columns:

- institution_id, artefact_id
- expected_status: found | stale | uncertain | missing | manual | unreachable
  - manual: the artefact is internal (observable=internal).
  - unreachable: the site has no listener (every public artefact of it).
  - found: current evidence is linked from the site (an HTML page, a PDF/DOCX, an online-service page,
    an inline block on a section page, or a link only a JavaScript-rendering browser sees: note js_only).
    A site that has both a current and a past-period version is `found` (note current+stale).
  - stale: only past-period evidence (a plan, report, list or minutes whose period ended more than two years
    before as_of). Current periods: plans = the academic or calendar year containing as_of; reports = the last
    completed academic or calendar year; dated minutes/announcements = within ~10 months before as_of.
    Timeless documents (regulations, codes, policies) are never stale, even when approved years ago.
  - uncertain: nothing of the institution's own, only a national model of the artefact reposted on its site
    (note national_model; evidence = that page). A national model is at most uncertain.
  - missing: not published; a link that answers 404 is not evidence (note dead_link). Neither are news about a
    document, another organisation's document, a national act, or a neighbouring document (notes near:<kind>).
    The sectoral anti-corruption standard is the exception: a national document on the own site is evidence
    (note national_standard).
- goszakup_procurement: `found` only when the site links its own customer page on the portal
  (https://goszakup.gov.kz/ru/search/announce?filter[customer]=<BIN>, note portal_link); a generic link
  to the portal's home page does not count (note generic_portal_link). The procurement mock (another
  component) may override this row from portal data later; simweb knows only what the site links.
- evidence: space-separated URL paths (percent-decoded) where the evidence lives (current version when
  there is one); empty for missing/manual/unreachable.
- notes: ';'-separated tags: form (html, pdf, docx, service, inline), placement (section, sub, js),
  kk_only / ru_only, typo, latin_kk, cp1251, opaque_name, download_anchor, current:<period>,
  stale:<period>, current+stale, omitted, dead_link, internal, no_listener; hard cases: download_only,
  file_name_anchor, title_inside, en_paraphrase, en_only, menu, link_only, two_on_page, national_standard,
  renamed, national_model, near:<kind> (simweb/README.md, "Hard cases").
"""
