"""Find an institution's BIN in the portal's participant registry by name, when the registry lacks it.

Rules (issue #7): the registry's own valid BIN always wins; a name match is accepted only when it is
confident (score >= `min_score`) and unique (no other BIN within `margin` points); otherwise the BIN
is unknown and the procurement check says so. Every result records where the BIN came from.

Names are compared after `normalise_name`: case folded, ё -> е, Kazakh letters folded to their Russian
look-alikes (ә->а, қ->к, ң->н, ө->о, ұ/ү->у, ғ->г, һ->х, і->и), Latin look-alikes inside Cyrillic words
folded to Cyrillic, quotes and punctuation dropped, "им." -> "имени", and legal-form words removed
(НАО, РГП на ПХВ, ГККП, ТОО, "некоммерческое акционерное общество", КЕАҚ, МКҚК, ...). The part inside
the outermost quotes («...» or "...") is compared too, so «X» МКҚК matches ГККП "X". Branches
(«Филиал ...») never match a head institution.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process

from adalscan.models import Institution
from adalscan.notes import note
from adalscan.procurement.models import (
    BIN_SOURCE_NAME_MATCH,
    BIN_SOURCE_REGISTRY,
    BIN_SOURCE_UNKNOWN,
    BinResolution,
    valid_bin,
)
from detectors.morph import fold as fold_letters

# Latin letters that look like Cyrillic ones; folded only inside words that also contain Cyrillic.
_LATIN_LOOKALIKE = str.maketrans({"a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у",
                                  "k": "к", "m": "м", "t": "т", "h": "н", "b": "в", "i": "и"})
_CYRILLIC = re.compile(r"[а-я]")
_LATIN = re.compile(r"[a-z]")
_QUOTE_CHARS = "«»\"“”„‟'`’‘‹›"
_OPEN_QUOTES = "«“„\""
_CLOSE_QUOTES = "»”“\""

# Legal-form and ownership phrases, longest first (written naturally; folded at import time).
_LEGAL_FORMS_RAW = [
    "республиканское государственное предприятие на праве хозяйственного ведения",
    "государственное коммунальное предприятие на праве хозяйственного ведения",
    "коммунальное государственное предприятие на праве хозяйственного ведения",
    "республиканское государственное казенное предприятие",
    "государственное коммунальное казенное предприятие",
    "коммунальное государственное казенное предприятие",
    "коммунальное государственное учреждение",
    "некоммерческое акционерное общество",
    "товарищество с ограниченной ответственностью",
    "автономная организация образования",
    "некоммерческое учреждение",
    "государственное учреждение",
    "частное учреждение",
    "учреждение образования",
    "акционерное общество",
    "шаруашылық жүргізу құқығындағы республикалық мемлекеттік кәсіпорын",
    "шаруашылық жүргізу құқығындағы коммуналдық мемлекеттік кәсіпорны",
    "мемлекеттік коммуналдық қазыналық кәсіпорны",
    "коммуналдық мемлекеттік қазыналық кәсіпорны",
    "коммерциялық емес акционерлік қоғамы",
    "жауапкершілігі шектеулі серіктестігі",
    "акционерлік қоғамы",
    "мекемесі",
    "на пхв", "шжқ",
    "нао", "ргп", "ргкп", "гккп", "кгкп", "гкп", "кгп", "гу", "кгу", "чу", "тоо", "ао", "аоо", "нуо", "уо",
    "кеақ", "рмк", "ркмк", "мкқк", "кмқк", "кмк", "жшс", "ақ", "пхв",
]
_BRANCH_WORDS = {"филиал", "филиалы", "филиалыныц", "представительство", "окилдиги"}


def fold(text: str) -> str:
    """Lower-case, ё/Kazakh letters folded, Latin look-alikes in Cyrillic words folded to Cyrillic."""
    words = []
    for word in (text or "").lower().split():
        word = fold_letters(word)  # the detectors' one Kazakh/Russian letter folding
        if _CYRILLIC.search(word) and _LATIN.search(word):
            word = word.translate(_LATIN_LOOKALIKE)
        words.append(word)
    return " ".join(words)


def _tokens(text: str) -> list[str]:
    return re.findall(r"[0-9a-zа-я]+", fold(text))


_LEGAL_FORMS = sorted({tuple(_tokens(p)) for p in _LEGAL_FORMS_RAW}, key=len, reverse=True)


def _strip_legal_forms(tokens: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for form in _LEGAL_FORMS:
            if tuple(tokens[i:i + len(form)]) == form:
                i += len(form)
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


def normalise_name(text: str) -> str:
    """The comparable form of an organisation name (see module docstring)."""
    tokens = ["имени" if t == "им" else t for t in _tokens(text)]
    return " ".join(_strip_legal_forms(tokens))


def quoted_core(text: str) -> str:
    """The text between the first opening and the last closing quote, or "" when unquoted."""
    start = next((i for i, c in enumerate(text) if c in _OPEN_QUOTES), None)
    end = next((i for i in range(len(text) - 1, -1, -1) if text[i] in _CLOSE_QUOTES), None)
    if start is None or end is None or end <= start + 1:
        return ""
    return text[start + 1:end]


def name_variants(text: str) -> set[str]:
    """Normalised whole name, plus the normalised quoted core when it has at least two words."""
    variants = {normalise_name(text)}
    core = normalise_name(quoted_core(text))
    if len(core.split()) >= 2:
        variants.add(core)
    return {v for v in variants if v}


def is_branch(text: str) -> bool:
    return bool(_BRANCH_WORDS & set(_tokens(text)))


@dataclass(frozen=True, slots=True)
class Candidate:
    """One portal participant that could be an institution: its BIN and the names it is known by."""

    bin: str
    names: tuple[str, ...]

    @property
    def display(self) -> str:
        return self.names[0] if self.names else self.bin


def candidates_from_rows(rows: Iterable[Mapping[str, Any]], *, customers_only: bool = True) -> list[Candidate]:
    """Candidates from `/v3/subject/all` or `/v3/plans` rows, merged by BIN.

    Rows flagged as not being customers (customer = 0) are dropped when `customers_only`: an
    institution buys, so only customers can be it.
    """
    merged: dict[str, list[str]] = {}
    for row in rows:
        bin_value = str(row.get("bin") or row.get("biin") or "").strip()
        if not valid_bin(bin_value):
            continue
        if customers_only and str(row.get("customer", "1")) in ("0", "False", "false"):
            continue
        names = merged.setdefault(bin_value, [])
        for key in ("name_ru", "name_kz", "full_name_ru", "full_name_kz", "nameRu", "nameKz"):
            value = row.get(key)
            if isinstance(value, str) and value.strip() and value.strip() not in names:
                names.append(value.strip()[:500])
    return [Candidate(b, tuple(n)) for b, n in merged.items() if n]


class BinResolver:
    """Resolve institution BINs against a list of portal candidates."""

    def __init__(self, candidates: Iterable[Candidate], *, min_score: float = 90.0, margin: float = 5.0,
                 in_listings: bool = False) -> None:
        self.min_score = min_score
        self.margin = margin
        self._where = "_listings" if in_listings else ""  # the candidates are the public listings' customers
        self._choices: list[str] = []
        self._owner: list[tuple[Candidate, str, bool]] = []  # (candidate, original name, is branch)
        for cand in candidates:
            for name in cand.names:
                for variant in name_variants(name):
                    self._choices.append(variant)
                    self._owner.append((cand, name, is_branch(name)))

    def __len__(self) -> int:
        return len(self._owner)

    def best_matches(self, names: Iterable[str], *, allow_branches: bool = False) -> list[tuple[float, Candidate, str]]:
        """(score, candidate, matched name) per distinct BIN, best first."""
        best: dict[str, tuple[float, Candidate, str]] = {}
        cutoff = max(0.0, self.min_score - self.margin - 5)
        for name in names:
            for variant in name_variants(name):
                for _, score, index in process.extract(variant, self._choices, scorer=fuzz.token_sort_ratio,
                                                       limit=20, score_cutoff=cutoff):
                    cand, original, branch = self._owner[index]
                    if branch and not allow_branches:
                        continue
                    if cand.bin not in best or score > best[cand.bin][0]:
                        best[cand.bin] = (float(score), cand, original)
        return sorted(best.values(), key=lambda item: (-item[0], item[1].bin))

    def match(self, inst: Institution) -> BinResolution:
        """Name match only (ignores the registry BIN)."""
        names = [n for n in (inst.name_ru, inst.name_kk) if n]
        if not names:
            return BinResolution(None, BIN_SOURCE_UNKNOWN, detail=note("bin_no_name"))
        matches = self.best_matches(names, allow_branches=any(is_branch(n) for n in names))
        if not matches or matches[0][0] < self.min_score:
            why = (note(f"bin_no_match_near{self._where}", score=f"{matches[0][0]:.0f}", name=matches[0][2])
                   if matches else note(f"bin_no_match{self._where}"))
            return BinResolution(None, BIN_SOURCE_UNKNOWN, detail=why)
        score, cand, matched = matches[0]
        rivals = [m for m in matches[1:] if m[0] > score - self.margin]
        if rivals:
            others = "; ".join(f"{m[1].bin} «{m[2]}» {m[0]:.0f}" for m in rivals[:3])
            return BinResolution(None, BIN_SOURCE_UNKNOWN, score=score,
                                 detail=note("bin_ambiguous", candidates=f"{cand.bin} «{matched}» {score:.0f}; {others}"))
        return BinResolution(cand.bin, BIN_SOURCE_NAME_MATCH, matched_name=matched, score=score)

    def resolve(self, inst: Institution) -> BinResolution:
        """The registry's valid BIN if any (noting a disagreeing portal match), else a name match."""
        registry_bin = (inst.bin or "").strip()
        if valid_bin(registry_bin):
            remark = ""
            if self._owner:
                portal = self.match(inst)
                if portal.bin and portal.bin != registry_bin:
                    remark = note("bin_registry_kept", bin=portal.bin, name=portal.matched_name)
            return BinResolution(registry_bin, BIN_SOURCE_REGISTRY, detail=remark)
        result = self.match(inst) if self._owner else BinResolution(
            None, BIN_SOURCE_UNKNOWN, detail=note("bin_registry_unavailable"))
        if registry_bin:
            prefix = note("bin_invalid", bin=registry_bin)
            result = BinResolution(result.bin, result.source, result.matched_name, result.score,
                                   f"{prefix}; {result.detail}" if result.detail else prefix)
        return result


def resolve_bin(inst: Institution, candidates: Iterable[Candidate], *, min_score: float = 90.0,
                margin: float = 5.0) -> BinResolution:
    """One-off convenience wrapper around `BinResolver(...).resolve(inst)`."""
    return BinResolver(candidates, min_score=min_score, margin=margin).resolve(inst)


# Words too common among institution names to narrow a server-side name search.
_GENERIC_WORDS = {"университет", "университеты", "колледж", "колледжи", "высшии", "высшая", "школа",
                  "институт", "академия", "государственныи", "национальныи", "технически", "техническии",
                  "медицинскии", "педагогическии", "имени", "казахскии", "казахстанскии", "международныи",
                  "политехническии", "аграрныи", "экономики", "права", "технологии"}


def taken_by_another(institution_id: str, key: str, owners: Mapping[str, str]) -> str | None:
    """The registry institution that already holds what a name match of institution_id landed on: a BIN (the API path) or
    a listings customer read under that institution's registry BIN. A name match is never another registry row's
    (a renamed institution and a namesake of another legal form share a name's core)."""
    owner = owners.get(key)
    return owner if owner is not None and owner != institution_id else None


def search_terms(inst: Institution, limit: int = 2) -> list[str]:
    """Prefix patterns for the portal's name filter (`Subjects(filter: {nameOrFullNameRu: "term*"})`): the
    longest distinctive words of the Russian name (its quoted core first), cut to a stem so inflection
    still matches. The words keep their own letters (only ё -> е), since the portal searches its own
    spelling. Empty when the institution has no Russian name."""
    name = inst.name_ru or ""
    terms: list[str] = []
    for text in (quoted_core(name), name):
        words = re.findall(r"[0-9a-zа-яёәғқңөұүһі]+", text.lower().replace("ё", "е"))
        words = [w for w in words if len(w) >= 4 and fold(w) not in _GENERIC_WORDS
                 and (fold(w),) not in _LEGAL_FORMS]
        for word in sorted(dict.fromkeys(words), key=len, reverse=True):
            stem = word[:-2] if len(word) > 6 else word
            if stem not in terms and len(terms) < limit:
                terms.append(stem)
    return [f"{t}*" for t in terms]
