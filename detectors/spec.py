"""The fixed artefact ids of ../shared/spec/artefacts.csv, bundled as detectors/catalog/artefacts.csv.

This is the spec (ids, direction, who it applies to, public or internal); the matching rules for each
public artefact live beside it in the YAML catalog.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

SPEC_PATH = Path(__file__).parent / "catalog" / "artefacts.csv"

DIRECTIONS = ("management_hr", "finance", "education", "research", "social_education")


@dataclass(frozen=True, slots=True)
class ArtefactSpec:
    id: str
    direction: str
    applies_to: str  # college | university | both
    observable: str  # public | internal
    seed_ref: str
    title_kk: str
    title_ru: str
    title_en: str

    def applies(self, institution_type: str) -> bool:
        return self.applies_to in ("both", institution_type)

    @property
    def public(self) -> bool:
        return self.observable == "public"

    def title(self, lang: str) -> str:
        return {"kk": self.title_kk, "en": self.title_en}.get(lang, self.title_ru)


@cache
def load_spec(path: Path = SPEC_PATH) -> tuple[ArtefactSpec, ...]:
    """All artefacts in the spec's own order (the order of report rows)."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return tuple(ArtefactSpec(**{k: (v or "").strip() for k, v in row.items()}) for row in csv.DictReader(fh))


def spec_by_id() -> dict[str, ArtefactSpec]:
    return {a.id: a for a in load_spec()}


def applicable(institution_type: str) -> list[ArtefactSpec]:
    """Artefacts that apply to a university or a college, public and internal, in spec order."""
    return [a for a in load_spec() if a.applies(institution_type)]
