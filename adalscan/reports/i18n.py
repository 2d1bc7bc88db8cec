"""Report language: every UI label from ONE file, reports/translations/labels.yaml (kk, ru, en).

Artefact titles come from the spec (detectors.spec, title_kk/ru/en) and recommendations from the
detectors catalog (`detectors.catalog.load_catalog().recommendation(artefact_id, lang)`); nothing a
reader sees is hard-coded in templates or Python.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from adalscan.errors import UsageError
from adalscan.reports.charts import format_pct
from detectors.spec import spec_by_id

LABELS_PATH = Path(__file__).parent / "translations" / "labels.yaml"
LANGS = ("kk", "ru", "en")


def parse_languages(text: str) -> tuple[str, ...]:
    """`--lang kk,ru,en` -> ("kk", "ru", "en"); a UsageError names any other code."""
    langs = tuple(x.strip() for x in text.split(",") if x.strip())
    bad = [x for x in langs if x not in LANGS]
    if bad or not langs:
        raise UsageError(f"--lang: {','.join(bad) or 'empty'}: languages are kk, ru, en")
    return langs
log = logging.getLogger(__name__)


# Kazakh Cyrillic alphabet order; Russian letters keep their own relative order inside it.
_KK_ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
_KK_POSITION = {c: i for i, c in enumerate(_KK_ALPHABET)}


def collation_key(text: str) -> tuple[tuple[int, int], ...]:
    """Sort key for names in kk/ru/en: Latin first, then Cyrillic in Kazakh alphabet order
    (code-point order would put Қ, Ә, Ұ ... after Я)."""
    return tuple((1, _KK_POSITION[c]) if c in _KK_POSITION else (0, ord(c)) for c in text.casefold())


class LabelsError(ValueError):
    """labels.yaml is malformed or a key lacks one of the languages."""


@cache
def load_labels(path: Path = LABELS_PATH) -> dict[str, dict[str, dict[str, str]]]:
    """Load and check the translation file: {"labels": {key: {lang: text}}, "regions": {...}}."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("labels"), dict):
        raise LabelsError(f"{path}: expected a mapping with a 'labels' section")
    for section in ("labels", "regions"):
        for key, texts in (data.get(section) or {}).items():
            if not isinstance(texts, dict):
                raise LabelsError(f"{path}: {section}.{key}: expected a mapping of languages")
            missing = [lang for lang in LANGS if not isinstance(texts.get(lang), str) or not texts[lang].strip()]
            if missing:
                raise LabelsError(f"{path}: {section}.{key}: no text for {', '.join(missing)}")
    data.setdefault("regions", {})
    return data


@cache
def _catalog() -> Any | None:
    """The detectors catalog (it provides the section-6 recommendations), or None without one.

    A catalog that fails to load would already have stopped the scan; when reports are re-rendered
    with a broken catalog they still come out, with the fallback texts, and the cause is logged once.
    """
    try:
        # CLI start-up: adalscan.cli imports this module; the catalog (~45 ms) loads only when reports render
        from detectors.catalog import load_catalog  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    try:
        return load_catalog()
    except ValueError as exc:  # detectors.catalog.CatalogError
        log.warning("reports: catalog not loaded, recommendations fall back to artefact titles: %s", exc)
        return None


def catalog_recommendation(artefact_id: str, lang: str) -> str:
    """The catalog's section-6 measure for a gap in `artefact_id`, or "" when it has none."""
    catalog = _catalog()
    if catalog is None or not hasattr(catalog, "recommendation"):
        return ""
    try:
        text = catalog.recommendation(artefact_id, lang)
    except LookupError:
        return ""
    return str(text or "").strip()


class Labels:
    """All texts of one report language; `labels("key", name=...)` formats a label."""

    def __init__(self, lang: str, path: Path = LABELS_PATH) -> None:
        if lang not in LANGS:
            raise LabelsError(f"unknown report language {lang!r}: use one of {', '.join(LANGS)}")
        self.lang = lang
        data = load_labels(path)
        self._labels = {key: texts[lang] for key, texts in data["labels"].items()}
        self._regions = {key: texts[lang] for key, texts in data["regions"].items()}
        self._specs = spec_by_id()

    def __call__(self, key: str, **params: object) -> str:
        text = self._labels[key]  # a missing key is a bug: tests render every page in every language
        return text.format(**params) if params else text

    def has(self, key: str) -> bool:
        return key in self._labels

    def _prefixed(self, prefix: str, value: str) -> str:
        key = f"{prefix}_{value}"
        return self._labels.get(key, value)

    def status(self, status: str) -> str:
        return self._prefixed("status", status)

    def status_help(self, status: str) -> str:
        return self._labels.get(f"status_help_{status}", "")

    def direction(self, direction: str) -> str:
        return self._prefixed("direction", direction)

    def institution_type(self, kind: str) -> str:
        return self._prefixed("type", kind)

    def crawl_status(self, status: str) -> str:
        return self._prefixed("crawl", status)

    def region(self, region: str) -> str:
        return self._regions.get(region, region) if region else self("region_unknown")

    def artefact_title(self, artefact_id: str) -> str:
        spec = self._specs.get(artefact_id)
        return spec.title(self.lang) if spec else artefact_id

    def recommendation(self, artefact_id: str, internal: bool = False) -> tuple[str, bool]:
        """(text, from_catalog): the catalog's section-6 measure, else a plain fallback
        ("publish <title>" for a public artefact, "check <title>" for an internal one)."""
        text = catalog_recommendation(artefact_id, self.lang)
        if text:
            return text, True
        key = "checklist_fallback" if internal else "recommendation_fallback"
        return self(key, title=self.artefact_title(artefact_id)), False

    def date(self, value: date | datetime | None) -> str:
        return value.strftime(self("format_date")) if value else "—"

    def datetime(self, value: datetime | None) -> str:
        return value.strftime(self("format_datetime")) if value else "—"

    def pct(self, value: float | None) -> str:
        if value is None:
            return self("not_available")
        return format_pct(value)

    def confidence(self, value: float | None) -> str:
        return "" if value is None else f"{value:.2f}"
