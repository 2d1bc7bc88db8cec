"""The artefact catalog: YAML data that analysts edit, validated on load.

`load_catalog()` reads every ``*.yaml`` file of this directory (or the file / directory given),
checks it against the spec (detectors/catalog/artefacts.csv) and returns a `Catalog`. A bad entry
raises `CatalogError` naming the file, the line and the field. The format is documented in
detectors/README.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import yaml

from detectors.morph import kazakh_typed_as
from detectors.normalize import clean_text, tokenize, url_text
from detectors.patterns import Matcher, Phrase, PhraseError, compile_phrase, keys_of_words
from detectors.spec import load_spec

CATALOG_DIR = Path(__file__).parent
LANGS = ("kk", "ru", "en")
PATTERN_LANGS = ("kk", "ru", "en", "lat")  # lat: Latin-script Kazakh and URL slugs
PARTS = ("title", "heading", "anchor", "url", "link", "referrer", "line", "body")
PERIODS = ("academic_year", "calendar_year", "dated", "named", "none", "report")
CUE_WHERE = ("url", "url_regex", "host", "head", "line", "body", "any", "defined_as", "absent", "absent_own",
             "own_text", "own_head", "not_own_text", "site_text")
_TOP_KEYS = {"version", "defaults", "calibration", "concepts", "cues", "link_hints", "artefacts"}
_ARTEFACT_KEYS = {"titles", "synonyms", "negative", "weights", "cue_factors", "cue_anywhere", "period",
                  "grace_years", "body_suppressed_by", "lists_measures", "menu_item", "news_with", "recommendation", "notes",
                  "negatives_say_whose", "negatives_of"}
_CALIBRATION_KEYS = {"found", "uncertain", "body_repeat_bonus", "self_reference_boost",
                     "model_reference_factor", "fuzzy_min_ratio"}
_FILE_LINK_RE = re.compile(r"\.(pdf|docx?|xlsx?|rtf|odt|pptx?)(?:$|[?#])", re.IGNORECASE)


# The letters a Kazakh text is often typed with instead of its own (a Russian layout, a Latin "i" for "і").
_KAZAKH_LOOKALIKES = kazakh_typed_as()


def map_pattern_letters(pattern: str, replace: Callable[[str, bool], str]) -> str:
    """A regular expression with each character outside escapes replaced by `replace(character, inside a
    [class])`; escapes (\\S, \\W, \\b, \\.) are kept as they are: their letter is their meaning."""
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
        elif ch == "]" and in_class:
            in_class = False
        out.append(replace(ch, in_class))
        i += 1
    return "".join(out)


def lookalike_tolerant(pattern: str) -> str:
    """A regular expression whose Kazakh letters also match the letters typed for them ("білім" also matches
    "бiлiм" with a Latin i, and "билим"); the words the phrase matcher reads are repaired the same way
    (morph.fix_mixed_script), so a regex over the text must not be stricter than they are."""
    def tolerant(ch: str, in_class: bool) -> str:
        letters = _KAZAKH_LOOKALIKES.get(ch.lower())
        return ch if letters is None else letters if in_class else f"[{letters}]"

    return map_pattern_letters(pattern, tolerant)


class CatalogError(ValueError):
    """A catalog entry that cannot be used; the message names file, line and field."""


@dataclass(frozen=True, slots=True)
class PatternSpec:
    """One synonym as written in the YAML (compiled later into a Phrase)."""

    text: str
    lang: str
    weight: float = 1.0
    needs: tuple[str, ...] = ()
    nots: tuple[str, ...] = ()  # phrases that cancel this synonym when in the same segment
    period: str | None = None  # overrides the artefact's period for evidence from this synonym


@dataclass(frozen=True, slots=True)
class ArtefactEntry:
    id: str
    titles: dict[str, str]
    synonyms: tuple[PatternSpec, ...]
    negative: tuple[str, ...]
    weights: dict[str, float]
    cue_factors: dict[str, float]
    period: str
    recommendation: dict[str, str]
    cue_anywhere: bool = False  # cue_factors also apply when the artefact is only named in the text
    grace_years: int = 0  # a report on the last completed period is current: it goes stale a year later
    # Artefacts that, when a document names them in its title/headings/URL/link text, make this
    # artefact's mentions in that document's text no evidence (a vacancy notice quotes the
    # qualification requirements; a code of ethics mentions gifts).
    body_suppressed_by: tuple[str, ...] = ()
    # Its document lists measures to take (a plan): what its text names is meant to be done, not had (engine).
    lists_measures: bool = False
    # A service or a channel the site offers (the rector's blog, the trust line, the e-journal): an entry of the site's
    # menu or footer names it on any page, a news item's included (engine).
    menu_item: bool = False
    # Document features (see `needs`) that show a news post carries the document itself (a survey's results with their
    # shares in per cent, "#shares"): where they hold, the news cue does not weaken the artefact (engine).
    news_with: tuple[str, ...] = ()
    # Its negatives say whose it is not (a commission's: the grants', an olympiad's, a procurement's): where the page's
    # title or first lines carry one, a listed line that names it by its full name is that other body's too (engine).
    # Or only these of its negatives do (a trust line's "государственных органов", not its "анкета").
    negatives_say_whose: bool | tuple[str, ...] = False
    # Negatives that name a neighbour artefact's own document (a survey's results are not the teacher survey's), each with
    # that artefact: they hold only where it applies to the institution (a college has no teacher survey of its own to
    # tell apart, so its teacher survey's results are its survey results) (engine).
    negatives_of: tuple[tuple[str, str], ...] = ()

    def synonyms_in(self, lang: str) -> list[str]:
        return [p.text for p in self.synonyms if p.lang == lang]


@dataclass(frozen=True, slots=True)
class CueSignal:
    where: str
    weight: float
    max: float
    phrases: tuple[Phrase, ...] = ()
    regex: re.Pattern[str] | None = None
    words: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()  # document kinds (html, pdf, docx, ...) it applies to; empty = all
    text_regex: re.Pattern[str] | None = None  # `absent`: what must not occur in the text; `own_text`: what must
    types: frozenset[str] = frozenset()  # institution types (university, college) it applies to; empty = all


@dataclass(frozen=True, slots=True)
class CueGroup:
    name: str
    factor: float
    signals: tuple[CueSignal, ...]
    # When the group is clearly present (strength >= 0.5), the artefact's raw score is capped here
    # instead of multiplied by `factor` (a reposted national model: at most `uncertain`); None = no cap.
    cap: float | None = None


@dataclass
class Catalog:
    """Validated catalog. Build it with load_catalog()."""

    entries: dict[str, ArtefactEntry]
    concepts: dict[str, tuple[str, ...]]
    defaults: dict[str, Any]
    calibration: dict[str, float]
    cue_groups: dict[str, CueGroup] = field(default_factory=dict)
    link_hints: tuple[tuple[Phrase, float], ...] = ()
    source: str = ""
    # link_score's best phrase score of each text it has read: menus and "Read more" links repeat on every
    # page of a site (bounded: a nightly run reads millions of links).
    _link_text_scores: dict[str, float] = field(default_factory=dict, repr=False, compare=False)

    @property
    def source_dir(self) -> Path | None:
        """The folder the catalog was read from (where its decision weights live)."""
        if not self.source:
            return None
        path = Path(self.source)
        return path if path.is_dir() else path.parent

    # ---- look-ups used by reports --------------------------------------------------------------
    def title(self, artefact_id: str, lang: str) -> str:
        """Display title in kk/ru/en (Russian for an unknown language)."""
        titles = self.entries[artefact_id].titles
        return titles.get(lang) or titles["ru"]

    def recommendation(self, artefact_id: str, lang: str) -> str:
        """The section-6 measure that removes the risk of this artefact's absence."""
        texts = self.entries[artefact_id].recommendation
        return texts.get(lang) or texts["ru"]

    def period(self, artefact_id: str) -> str:
        """academic_year | calendar_year | named | none: what kind of period the artefact must be current for (named:
        only the one its own words name, "Состав комиссии на 2022-2023 учебный год"; none: it never expires)."""
        return self.entries[artefact_id].period

    def grace_years(self, artefact_id: str) -> int:
        """Years after its period ends that the artefact still counts as current (1 for reports)."""
        return self.entries[artefact_id].grace_years

    def weight(self, artefact_id: str, part: str) -> float:
        return self.entries[artefact_id].weights.get(part, self.defaults["weights"][part])

    def cue_factor(self, artefact_id: str, group: str, about_it: bool = True) -> float:
        """The factor of cue `group` for this artefact: its own override when the document is about
        it (named in the title, headings, link texts or URL) or when it sets cue_anywhere."""
        entry = self.entries[artefact_id]
        if group in entry.cue_factors and (about_it or entry.cue_anywhere):
            return entry.cue_factors[group]
        return self.cue_groups[group].factor

    # ---- compiled matching structures ------------------------------------------------------------
    @cached_property
    def _compiled_synonyms(self) -> tuple[list[Phrase], list[Phrase]]:
        names = set(self.concepts)
        phrases: dict[Phrase, Phrase] = {}
        nots: dict[tuple[str, str], Phrase] = {}
        for entry in self.entries.values():
            for n, spec in enumerate(entry.synonyms):
                phrase = compile_phrase(spec.text, entry.id, names, spec.weight, spec.needs, spec.lang == "lat")
                kept = phrases.get(phrase)  # the same phrase in several languages counts once ...
                if kept is None:
                    kept = phrases[phrase] = replace(phrase, key=f"{entry.id}#{n}", period=spec.period)
                for text in spec.nots:  # ... with every language's `not` words
                    nots.setdefault((kept.key, text), compile_phrase(text, "not:" + kept.key, names))
        return list(phrases.values()), list(nots.values())

    @property
    def artefact_phrases(self) -> list[Phrase]:
        return self._compiled_synonyms[0]

    @cached_property
    def negative_phrases(self) -> list[Phrase]:
        phrases = [compile_phrase(text, "neg:" + e.id, set(self.concepts))
                   for e in self.entries.values() for text in e.negative]
        return list(dict.fromkeys(phrases))

    @cached_property
    def matcher(self) -> Matcher:
        """One matcher for artefact synonyms, negatives, cue phrases and link hints."""
        names = set(self.concepts)
        concepts = {name: [compile_phrase(t, "concept:" + name, names) for t in texts]
                    for name, texts in self.concepts.items()}
        cue_phrases = [p for g in self.cue_groups.values() for s in g.signals for p in s.phrases]
        hint_phrases = [p for p, _ in self.link_hints]
        not_phrases = self._compiled_synonyms[1]
        return Matcher(concepts, self.artefact_phrases + not_phrases + self.negative_phrases + cue_phrases + hint_phrases,
                       self.calibration["fuzzy_min_ratio"])

    # ---- crawler support -----------------------------------------------------------------------
    def link_score(self, url: str, anchor_text: str) -> float:
        """How likely a link leads to some artefact, 0..1, from its anchor text and URL words.

        A full synonym of an artefact in the anchor text scores its weight (up to 1.0), in the URL
        slightly less; section words (@anticor, compliance, documents, ...) score their
        `link_hints` value; a link to a PDF/DOC file gets a small bonus. Cheap: the words' keys are
        cached, and the matcher only checks phrases that start with a word present.
        """
        best = max(self._link_text_score(anchor_text[:300]), 0.85 * self._link_text_score(url_text(url)[:300]))
        if _FILE_LINK_RE.search(url):
            best = min(1.0, best + 0.1) if best else 0.15
        return round(min(1.0, best), 3)

    def _link_text_score(self, text: str) -> float:
        """The best weight x match quality of an artefact synonym or link hint in one text, remembered."""
        cached = self._link_text_scores.get(text)
        if cached is not None:
            return cached
        best = 0.0
        tokens = tokenize(clean_text(text))
        if tokens:
            for hit in self.matcher.scan(tokens).hits:
                owner = hit.phrase.owner
                if ":" not in owner or owner.startswith("hint:"):
                    best = max(best, hit.phrase.weight * hit.quality)
        if len(self._link_text_scores) >= 20_000:
            self._link_text_scores.clear()
        self._link_text_scores[text] = best
        return best


# ---- loading -------------------------------------------------------------------------------------
def _to_plain(node: yaml.Node, loader: yaml.SafeLoader, path: tuple[Any, ...], lines: dict[tuple[Any, ...], int],
              file: str) -> Any:
    """Node tree -> plain Python, recording the line of every path; rejects duplicate keys."""
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node)
            if key in out:
                raise CatalogError(f"{file}:{key_node.start_mark.line + 1}: duplicate key {key!r}")
            out[key] = _to_plain(value_node, loader, (*path, key), lines, file)
            lines[(*path, key)] = key_node.start_mark.line + 1  # report the line of the key
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_to_plain(v, loader, (*path, i), lines, file) for i, v in enumerate(node.value)]
    return loader.construct_object(node)


# libyaml's parser when PyYAML was built with it (a quarter of a second less at every start-up);
# the nodes, marks and errors are the same.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Source:
    """Parsed YAML files with a line for every path, for error messages."""

    def __init__(self) -> None:
        self.lines: dict[tuple[Any, ...], tuple[str, int]] = {}

    def read(self, path: Path) -> dict[str, Any]:
        text = path.read_text(encoding="utf-8")
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 1 if mark else 0
            raise CatalogError(f"{path}:{line}: YAML syntax error: {exc}") from exc
        finally:
            loader.dispose()
        if node is None:
            return {}
        lines: dict[tuple[Any, ...], int] = {}
        data = _to_plain(node, _Loader(""), (), lines, str(path))
        if not isinstance(data, dict):
            raise CatalogError(f"{path}:1: top level must be a mapping")
        for key, line in lines.items():
            self.lines[key] = (str(path), line)
        return data

    def where(self, *path: Any) -> str:
        """'file:line' of the deepest known prefix of `path`."""
        for i in range(len(path), -1, -1):
            if path[:i] in self.lines:
                file, line = self.lines[path[:i]]
                return f"{file}:{line}"
        return "catalog"

    def error(self, path: tuple[Any, ...], message: str) -> CatalogError:
        dotted = ".".join(str(p) for p in path)
        return CatalogError(f"{self.where(*path)}: {dotted}: {message}")


def _number(src: _Source, path: tuple[Any, ...], value: Any, low: float = 0.0, high: float = 1.0) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise src.error(path, f"must be a number between {low} and {high}, got {value!r}")
    return float(value)


def _text_map(src: _Source, path: tuple[Any, ...], value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        raise src.error(path, "must be a mapping with kk, ru and en")
    for lang in LANGS:
        text = value.get(lang)
        if not isinstance(text, str) or not text.strip():
            raise src.error((*path, lang), f"missing or empty {lang} text")
    extra = set(value) - set(LANGS)
    if extra:
        raise src.error(path, f"unknown language(s) {sorted(extra)}")
    return {lang: value[lang].strip() for lang in LANGS}


def _spliced(values: object) -> object:
    """A list whose items may be lists, spliced in: `[*integrity_bodies, "@plagiarism"]` extends another list by its YAML
    alias instead of copying it (anything else is returned as it is, for the caller's check)."""
    if not isinstance(values, list):
        return values
    return [value for item in values for value in (item if isinstance(item, list) else [item])]


def _parse_synonyms(src: _Source, path: tuple[Any, ...], value: Any, concepts: set[str],
                    public: bool) -> tuple[PatternSpec, ...]:
    if value is None and not public:
        return ()
    if not isinstance(value, dict):
        raise src.error(path, "must be a mapping of language -> list of phrases")
    for lang in value:
        if lang not in PATTERN_LANGS:
            raise src.error((*path, lang), f"unknown language {lang!r} (use {', '.join(PATTERN_LANGS)})")
    if public:
        for lang in ("kk", "ru"):
            if not value.get(lang):
                raise src.error((*path, lang), f"a public artefact needs {lang} synonyms")
    specs: list[PatternSpec] = []
    for lang, items in value.items():
        if not isinstance(items, list):
            raise src.error((*path, lang), "must be a list")
        for i, item in enumerate(items):
            where = (*path, lang, i)
            if isinstance(item, str):
                spec = PatternSpec(item, lang)
            elif isinstance(item, dict) and isinstance(item.get("p"), str):
                unknown = set(item) - {"p", "w", "needs", "not", "period"}
                if unknown:
                    raise src.error(where, f"unknown key(s) {sorted(unknown)} (use p, w, needs, not, period)")
                if item.get("period", "none") not in PERIODS:
                    raise src.error((*where, "period"), f"must be one of {', '.join(PERIODS)}")
                lists = {}
                for name in ("needs", "not"):
                    values = _spliced(item.get(name, []))
                    if not isinstance(values, list) or not all(isinstance(n, str) for n in values):
                        raise src.error((*where, name), "must be a list of phrases")
                    for j, text in enumerate(values):
                        try:
                            compile_phrase(text, "check", concepts)
                        except PhraseError as exc:
                            raise src.error((*where, name, j), f"{exc}: {text!r}") from exc
                    lists[name] = tuple(values)
                spec = PatternSpec(item["p"], lang, _number(src, (*where, "w"), item.get("w", 1.0)),
                                   lists["needs"], lists["not"], item.get("period"))
            else:
                raise src.error(where, "must be a phrase or a mapping {p: phrase, w: weight, needs: [...], not: [...]}")
            try:
                compile_phrase(spec.text, "check", concepts, spec.weight, spec.needs, lang == "lat")
            except PhraseError as exc:
                raise src.error(where, f"{exc}: {spec.text!r}") from exc
            specs.append(spec)
    return tuple(specs)


def _mapping(src: _Source, path: tuple[Any, ...], raw: dict[str, Any], key: str, message: str) -> dict[Any, Any]:
    """An artefact's optional mapping field (empty where absent), or a CatalogError naming the field."""
    value = raw.get(key, {}) or {}
    if not isinstance(value, dict):
        raise src.error((*path, key), message)
    return value


def _parse_artefact(src: _Source, aid: str, raw: Any, concepts: set[str], cue_names: set[str],
                    defaults: dict[str, Any]) -> ArtefactEntry:
    path = ("artefacts", aid)
    spec = {a.id: a for a in load_spec()}
    if aid not in spec:
        raise src.error(path, f"artefact id {aid!r} is not in artefacts.csv")
    if not isinstance(raw, dict):
        raise src.error(path, "must be a mapping")
    unknown = set(raw) - _ARTEFACT_KEYS
    if unknown:
        raise src.error(path, f"unknown field(s) {sorted(unknown)}")
    public = spec[aid].public
    titles = _text_map(src, (*path, "titles"), raw.get("titles"))
    recommendation = _text_map(src, (*path, "recommendation"), raw.get("recommendation"))
    synonyms = _parse_synonyms(src, (*path, "synonyms"), raw.get("synonyms"), concepts, public)
    negative = raw.get("negative", []) or []
    if not isinstance(negative, list):
        raise src.error((*path, "negative"), "must be a list of phrases")
    for i, text in enumerate(negative):
        if not isinstance(text, str):  # (a nested list, as a YAML anchor's list inside the list writes it)
            raise src.error((*path, "negative", i), f"must be a phrase (text), not {type(text).__name__}: {text!r}")
        try:
            compile_phrase(text, "check", concepts)
        except PhraseError as exc:
            raise src.error((*path, "negative", i), f"{exc}: {text!r}") from exc
    weights = _mapping(src, path, raw, "weights", "must be a mapping part -> weight")
    for part, w in weights.items():
        if part not in PARTS:
            raise src.error((*path, "weights", part), f"unknown part {part!r} (use {', '.join(PARTS)})")
        _number(src, (*path, "weights", part), w)
    cue_factors = _mapping(src, path, raw, "cue_factors", "must be a mapping cue group -> factor")
    for name, f in cue_factors.items():
        if name not in cue_names:
            raise src.error((*path, "cue_factors", name), f"unknown cue group {name!r}")
        _number(src, (*path, "cue_factors", name), f)
    cue_anywhere = raw.get("cue_anywhere", False)
    if not isinstance(cue_anywhere, bool):
        raise src.error((*path, "cue_anywhere"), "must be true or false")
    lists_measures = raw.get("lists_measures", False)
    if not isinstance(lists_measures, bool):
        raise src.error((*path, "lists_measures"), "must be true or false")
    menu_item = raw.get("menu_item", False)
    if not isinstance(menu_item, bool):
        raise src.error((*path, "menu_item"), "must be true or false")
    negatives_say_whose = raw.get("negatives_say_whose", False)
    if isinstance(negatives_say_whose, list):
        for i, phrase in enumerate(negatives_say_whose):
            if phrase not in negative:
                raise src.error((*path, "negatives_say_whose", i), f"{phrase!r} is not one of the artefact's negatives")
        negatives_say_whose = tuple(negatives_say_whose)
    elif not isinstance(negatives_say_whose, bool):
        raise src.error((*path, "negatives_say_whose"), "must be true, false or a list of the artefact's negatives")
    negatives_of = _mapping(src, path, raw, "negatives_of", "must map negatives of the artefact to artefact ids")
    for phrase, other in negatives_of.items():
        if phrase not in negative:
            raise src.error((*path, "negatives_of", phrase), f"{phrase!r} is not one of the artefact's negatives")
        if other not in spec:
            raise src.error((*path, "negatives_of", phrase), f"artefact id {other!r} is not in artefacts.csv")
    news_with = raw.get("news_with", []) or []
    if not isinstance(news_with, list) or not all(isinstance(f, str) and f.startswith("#") for f in news_with):
        raise src.error((*path, "news_with"), "must be a list of document features (#shares, #roster, ...)")
    period = raw.get("period", defaults.get("period", "none"))
    if period not in PERIODS:
        raise src.error((*path, "period"), f"must be one of {', '.join(PERIODS)}, got {period!r}")
    suppressed_by = raw.get("body_suppressed_by", []) or []
    if not isinstance(suppressed_by, list) or not all(isinstance(a, str) for a in suppressed_by):
        raise src.error((*path, "body_suppressed_by"), "must be a list of artefact ids")
    for i, other in enumerate(suppressed_by):
        if other not in spec:
            raise src.error((*path, "body_suppressed_by", i), f"artefact id {other!r} is not in artefacts.csv")
    grace = raw.get("grace_years", 0)
    if isinstance(grace, bool) or not isinstance(grace, int) or not 0 <= grace <= 5:
        raise src.error((*path, "grace_years"), f"must be a whole number of years 0..5, got {grace!r}")
    return ArtefactEntry(aid, titles, synonyms, tuple(str(n) for n in negative),
                         {k: float(v) for k, v in weights.items()},
                         {k: float(v) for k, v in cue_factors.items()}, period, recommendation, cue_anywhere,
                         grace, tuple(suppressed_by), lists_measures, menu_item, tuple(news_with),
                         negatives_say_whose, tuple((str(phrase), str(other)) for phrase, other in negatives_of.items()))


def _parse_cues(src: _Source, raw: Any, concepts: set[str]) -> dict[str, CueGroup]:
    if not isinstance(raw, dict):
        raise src.error(("cues",), "must be a mapping of cue groups")
    groups: dict[str, CueGroup] = {}
    for name, group in raw.items():
        path = ("cues", name)
        if not isinstance(group, dict) or not isinstance(group.get("signals"), list):
            raise src.error(path, "needs `factor` and a list of `signals`")
        factor = _number(src, (*path, "factor"), group.get("factor", 1.0))
        signals = []
        for i, sig in enumerate(group["signals"]):
            spath = (*path, "signals", i)
            if not isinstance(sig, dict) or sig.get("where") not in CUE_WHERE:
                raise src.error(spath, f"`where` must be one of {', '.join(CUE_WHERE)}")
            # A negative weight counts against the kind ("an order the rector signed is no national act").
            weight = _number(src, (*spath, "weight"), sig.get("weight", 0.5), low=-1.0)
            cap = _number(src, (*spath, "max"), sig.get("max", 1.0))
            where = sig["where"]
            kinds = sig.get("kinds", [])
            if not isinstance(kinds, list) or not all(isinstance(k, str) for k in kinds):
                raise src.error((*spath, "kinds"), "must be a list of document kinds (html, pdf, docx, ...)")
            types = sig.get("types", [])
            if not isinstance(types, list) or not set(types) <= {"university", "college"}:
                raise src.error((*spath, "types"), "must be a list of institution types (university, college)")
            if where in ("url_regex", "host"):
                try:
                    regex = re.compile(str(sig.get("regex", "")), re.IGNORECASE)
                except re.error as exc:
                    raise src.error((*spath, "regex"), f"bad regular expression: {exc}") from exc
                signals.append(CueSignal(where, weight, cap, regex=regex, kinds=frozenset(kinds)))
            elif where in ("url", "defined_as"):
                words = sig.get("words")
                if not isinstance(words, list) or not words:
                    raise src.error((*spath, "words"), "must be a non-empty list of words")
                signals.append(CueSignal(where, weight, cap, words=frozenset(keys_of_words([str(w) for w in words])),
                                         kinds=frozenset(kinds)))
            elif where in ("absent", "absent_own", "own_text", "own_head", "not_own_text", "site_text"):
                # One regular expression over the text (title, menu, body), not the phrase matcher: it
                # only has to say whether any word of a kind occurs, and a C search is far cheaper.
                patterns = {}
                for key in ("text_regex", "host_regex"):
                    try:
                        source = str(sig[key]) if sig.get(key) else ""
                        patterns[key] = (re.compile(lookalike_tolerant(source) if key == "text_regex" else source,
                                                    re.IGNORECASE) if source else None)
                    except re.error as exc:
                        raise src.error((*spath, key), f"bad regular expression: {exc}") from exc
                if patterns["text_regex"] is None:
                    raise src.error((*spath, "text_regex"), f"an `{where}` signal needs a text_regex")
                signals.append(CueSignal(where, weight, cap, regex=patterns["host_regex"],
                                         text_regex=patterns["text_regex"], kinds=frozenset(kinds)))
            else:
                phrases = sig.get("phrases")
                if not isinstance(phrases, list) or not phrases:
                    raise src.error((*spath, "phrases"), "must be a non-empty list of phrases")
                compiled = []
                for j, text in enumerate(phrases):
                    try:
                        compiled.append(compile_phrase(str(text), f"cue:{name}:{i}", concepts))
                    except PhraseError as exc:
                        raise src.error((*spath, "phrases", j), f"{exc}: {text!r}") from exc
                signals.append(CueSignal(where, weight, cap, phrases=tuple(compiled), kinds=frozenset(kinds)))
            if types:
                signals[-1] = replace(signals[-1], types=frozenset(types))
        group_cap = _number(src, (*path, "cap"), group["cap"]) if group.get("cap") is not None else None
        groups[name] = CueGroup(name, factor, tuple(signals), group_cap)
    return groups


def _merge(target: dict[str, Any], data: dict[str, Any], src: _Source) -> None:
    for key, value in data.items():
        if key not in _TOP_KEYS:
            raise src.error((key,), f"unknown top-level key (use {', '.join(sorted(_TOP_KEYS))})")
        if key in ("concepts", "cues", "artefacts", "defaults", "calibration"):
            if not isinstance(value, dict):
                raise src.error((key,), "must be a mapping")
            bucket = target.setdefault(key, {})
            for name, item in value.items():
                if name in bucket:
                    raise src.error((key, name), f"{name!r} is defined in more than one catalog file")
                bucket[name] = item
        elif key == "link_hints":
            target.setdefault(key, []).extend(value or [])
        else:
            target[key] = value


def load_catalog(path: str | Path | None = None) -> Catalog:
    """Load and validate the catalog (the bundled one by default; a YAML file or a directory).

    Raises CatalogError naming file, line and field for the first problem found.
    """
    if path is None:
        return _default_catalog()
    return _load(Path(path))


@cache
def _default_catalog() -> Catalog:
    return _load(CATALOG_DIR)


def _load(path: Path) -> Catalog:
    files = sorted(path.glob("*.yaml")) if path.is_dir() else [path]
    if not files:
        raise CatalogError(f"{path}: no *.yaml catalog files")
    src = _Source()
    merged: dict[str, Any] = {}
    for file in files:
        _merge(merged, src.read(file), src)
    raw_concepts = merged.get("concepts", {})
    concepts: dict[str, tuple[str, ...]] = {}
    for name, phrases in raw_concepts.items():
        if not isinstance(phrases, list) or not phrases:
            raise src.error(("concepts", name), "must be a non-empty list of phrases")
        for i, text in enumerate(phrases):
            try:  # a concept may only use the concepts defined before it
                compile_phrase(str(text), "check", set(concepts))
            except PhraseError as exc:
                raise src.error(("concepts", name, i), f"{exc}: {text!r}") from exc
        concepts[str(name).lower()] = tuple(str(p) for p in phrases)
    names = set(concepts)
    defaults = merged.get("defaults", {})
    weights = defaults.get("weights", {})
    for part in PARTS:
        _number(src, ("defaults", "weights", part), weights.get(part))
    defaults.setdefault("negative_factor", 0.15)
    calibration = merged.get("calibration", {})
    unknown = set(calibration) - _CALIBRATION_KEYS
    if unknown:
        raise src.error(("calibration",), f"unknown key(s) {sorted(unknown)}")
    cal = {
        "found": _number(src, ("calibration", "found"), calibration.get("found", 0.5)),
        "uncertain": _number(src, ("calibration", "uncertain"), calibration.get("uncertain", 0.2)),
        "body_repeat_bonus": _number(src, ("calibration", "body_repeat_bonus"), calibration.get("body_repeat_bonus", 0.1)),
        "self_reference_boost": _number(src, ("calibration", "self_reference_boost"),
                                        calibration.get("self_reference_boost", 1.5), 1.0, 3.0),
        "model_reference_factor": _number(src, ("calibration", "model_reference_factor"),
                                          calibration.get("model_reference_factor", 0.1)),
        "fuzzy_min_ratio": _number(src, ("calibration", "fuzzy_min_ratio"),
                                   calibration.get("fuzzy_min_ratio", 88), 50, 100),
    }
    if not 0 < cal["uncertain"] < cal["found"] < 1:
        raise src.error(("calibration",), "need 0 < uncertain < found < 1")
    cue_groups = _parse_cues(src, merged.get("cues", {}), names)
    hints = []
    for i, hint in enumerate(merged.get("link_hints", [])):
        if not isinstance(hint, dict) or "p" not in hint:
            raise CatalogError(f"link_hints[{i}]: must be a mapping {{p: phrase, score: 0..1}}")
        try:
            phrase = compile_phrase(str(hint["p"]), f"hint:{i}", names, float(hint.get("score", 0.5)))
        except (PhraseError, ValueError) as exc:
            raise CatalogError(f"link_hints[{i}]: {exc}") from exc
        hints.append((phrase, phrase.weight))
    entries: dict[str, ArtefactEntry] = {}
    for aid, raw in merged.get("artefacts", {}).items():
        entries[aid] = _parse_artefact(src, aid, raw, names, set(cue_groups), defaults)
    missing = [a.id for a in load_spec() if a.public and a.id not in entries]
    if missing:
        raise CatalogError(f"{path}: public artefact(s) without a catalog entry: {', '.join(missing)}")
    ordered = {a.id: entries[a.id] for a in load_spec() if a.id in entries}
    return Catalog(ordered, concepts, defaults, cal, cue_groups, tuple(hints), str(path))
