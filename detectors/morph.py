"""Word-level normalisation: look-alike folding, Latin-script Kazakh to Cyrillic, and light morphology.

Every word of a page and every word of a catalog pattern goes through the same `word_keys()`, so
both sides meet in one key space even where the rules are linguistically rough: over-stemming is
harmless as long as it is applied identically on both sides.

Steps for one lower-cased word:

1. Mixed-script words ("жемқорлыққa" typed with a Latin "a") get their look-alike letters mapped
   into the word's dominant script.
2. A Latin word yields up to two keys: an English stem ("regulations" -> "regulation") and the key
   of its Cyrillic transliteration ("sybaılas" / "sybaylas" -> "сыбайлас"), covering the 2021,
   2018 (acute) and informal URL-slug alphabets, and Russian slugs ("polozhenie", "korruptsii").
3. A Cyrillic word is lemmatised with pymorphy3 when Russian knows it, then folded; otherwise it is
   folded and put through the Kazakh suffix stripper (`strip_kazakh_suffixes`).
4. Folding maps Kazakh letters to their Russian look-alikes (ә->а, ғ->г, қ->к, ң->н, ө->о, ұ/ү->у,
   һ->х, і->и) and ё->е, й->и, э->е, щ->ш, and drops ь/ъ: sites often type Kazakh with Russian
   letters ("жемкорлыкка карсы"), and this makes the two spellings one key.
"""

from __future__ import annotations

import re
from functools import lru_cache

KAZAKH_LETTERS = frozenset("әғқңөұүһіəǝ")
CYRILLIC_LETTER_RE = re.compile(r"[а-яёәғқңөұүһіəǝ]")  # (lower case; also read by the engine)
_LATIN_RE = re.compile(r"[a-zäáçéğǵıñńöóşūüúý]")
# The 2017 Latin Kazakh alphabet's apostrophe letters, with the apostrophes a text may type them with.
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})

_FOLD_TABLE = str.maketrans({
    "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и",
    "ё": "е", "й": "и", "э": "е", "щ": "ш", "ь": None, "ъ": None,
    "ə": "а", "ǝ": "а",  # Latin schwa, used for "ә" by some Kazakh fonts and PDF exports
})

# Latin letters that look like Cyrillic ones, for words typed with a mixed keyboard layout.
_LATIN_LOOKALIKE_TO_CYR = str.maketrans({
    "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "k": "к", "i": "і",
    "m": "м", "t": "т", "h": "һ", "b": "в",
})
_CYR_LOOKALIKE_TO_LATIN = str.maketrans({
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "к": "k", "і": "i",
    "м": "m", "т": "t",
    # Kazakh letters kept in a Latin slug ("t%D2%AFsu" = "tүsu", "қazhet"): their Latin-script Kazakh letters.
    "ә": "ä", "ғ": "ğ", "қ": "q", "ң": "ñ", "ө": "ö", "ұ": "ū", "ү": "ü", "һ": "h",
})


# The same table as (letter, replacement) pairs: str.replace per letter is one fast C pass each,
# while str.translate with a dict looks every character up in Python objects (20x slower on a
# whole page, which detectors.periods folds). No replacement is itself a letter of the table, so
# replacing one letter after another gives what translate gives.
_FOLD_PAIRS = tuple((chr(code), value or "") for code, value in _FOLD_TABLE.items())


def fold(word: str) -> str:
    """Fold Kazakh letters and Russian variants onto one Cyrillic skeleton (see module doc)."""
    for letter, replacement in _FOLD_PAIRS:
        if letter in word:
            word = word.replace(letter, replacement)
    return word


def kazakh_typed_as() -> dict[str, str]:
    """Each Kazakh letter with the letters a text may be typed with instead: its Russian look-alike (what `fold`
    maps it to, as on a Russian keyboard layout) and its Latin look-alike ("i" for "і")."""
    latin: dict[str, str] = {}
    for code, cyrillic in _LATIN_LOOKALIKE_TO_CYR.items():
        latin[str(cyrillic)] = latin.get(str(cyrillic), "") + chr(code)
    return {letter: letter + fold(letter) + latin.get(letter, "") for letter in "әғқңөұүһі"}


def fix_mixed_script(word: str) -> str:
    """Map look-alike letters of a mixed Latin/Cyrillic word into its dominant script."""
    cyr = len(CYRILLIC_LETTER_RE.findall(word))
    lat = len(_LATIN_RE.findall(word))
    if not cyr or not lat:
        return word
    return word.translate(_LATIN_LOOKALIKE_TO_CYR) if cyr >= lat else word.translate(_CYR_LOOKALIKE_TO_LATIN)


# --- Latin-script Kazakh (and Russian slugs) to Cyrillic -----------------------------------------
# Digraphs first (informal slugs and Russian transliteration), longest first.
_LATIN_DIGRAPHS = (
    ("a'", "ә"), ("g'", "ғ"), ("i'", "и"), ("n'", "ң"), ("o'", "ө"), ("u'", "ү"), ("y'", "у"), ("s'", "ш"), ("c'", "ч"),
    ("shch", "щ"), ("sch", "щ"), ("zh", "ж"), ("sh", "ш"), ("ch", "ч"), ("kh", "х"), ("ts", "ц"),
    ("gh", "ғ"), ("ya", "я"), ("yu", "ю"), ("yo", "ё"), ("iia", "ия"), ("ia", "ия"),
)  # (the 2021 alphabet writes ия as "iia": "komissiia", "akademiia")
_DIGRAPH_INITIALS = frozenset(latin[0] for latin, _ in _LATIN_DIGRAPHS)
# Russian adjective endings in slugs ("popechitelskiy", "novyy"), only at the end of a word.
_LATIN_FINAL = (("iy", "ий"), ("yy", "ый"), ("yi", "ый"))
# One letter each. 2021 alphabet: ä ğ ı(=і) i(=и/й) ñ ö q ş ū ü y(=ы); 2018 acute alphabet:
# á ǵ ı(=и/й) i(=і) ń ó ú(=ү) ý(=у) y(=ы). і and и fold to one key; plain "i" becomes Russian
# "и" so that pymorphy3 can still lemmatise Russian slugs ("korruptsii"), while the Kazakh-only
# "ı" becomes "і" and sends the word down the Kazakh path.
_LATIN_SINGLE = {
    "a": "а", "ä": "ә", "á": "ә", "b": "б", "c": "ц", "ç": "ч", "d": "д", "e": "е", "é": "е",
    "f": "ф", "g": "г", "ğ": "ғ", "ǵ": "ғ", "h": "х", "ı": "і", "i": "и", "k": "к", "l": "л",
    "m": "м", "n": "н", "ñ": "ң", "ń": "ң", "o": "о", "ö": "ө", "ó": "ө", "p": "п", "q": "қ",
    "r": "р", "s": "с", "ş": "ш", "t": "т", "u": "у", "ū": "ұ", "ü": "ү", "ú": "ү", "ý": "у",
    "v": "в", "w": "у", "x": "х", "z": "з",
}
_VOWELS = set("aeiouäáıöóūüúýy")
# A "y" between a vowel and a consonant: "й" or "ы" (see latin_readings).
_AMBIGUOUS_Y_RE = re.compile(r"[aeiouäáıöóūüúý]y(?=[^\W\daeiouäáıöóūüúýy_])")


def latin_to_cyrillic(word: str, vowel_y: str = "й", ia: str = "ия", dotless_ia: str = "іа") -> str:
    """Transliterate one lower-case Latin word (Kazakh 2021/2018/informal, Russian slug) to Cyrillic.

    Ambiguous letters are resolved by position: "y" after a vowel and not before one is `vowel_y`, "й" by
    default ("sybaylas"; word_keys also tries "ы": "auysu" is ауысу in the 2021 alphabet), otherwise "ы"
    ("jemqorlyq"); "j" before a vowel is Kazakh "ж" ("jospar"), otherwise Russian-slug "й" ("akademicheskoj");
    "ia" is `ia`, "ия" by default ("akademiia"; word_keys also tries "иа": "plagiat"); "ıa" is `dotless_ia`, "іа" by
    default (the 2021 alphabet's і + а; word_keys also tries the 2018 alphabet's я: "komıssııa").
    """
    out: list[str] = []
    i = 0
    n = len(word)
    tail = ""
    for latin, cyr in _LATIN_FINAL:
        if word.endswith(latin) and len(word) > len(latin) + 2:
            word, tail = word[: -len(latin)], cyr
            n = len(word)
            break
    while i < n:
        if word.startswith("ıa", i):
            out.append(dotless_ia)
            i += 2
            continue
        for latin, cyr in (_LATIN_DIGRAPHS if word[i] in _DIGRAPH_INITIALS else ()):
            if word.startswith(latin, i):
                out.append(ia if latin in ("ia", "iia") else cyr)
                i += len(latin)
                break
        else:
            ch = word[i]
            prev_vowel = i > 0 and word[i - 1] in _VOWELS
            next_vowel = i + 1 < n and word[i + 1] in _VOWELS
            if ch == "y":
                out.append(vowel_y if prev_vowel and not next_vowel else "ы")
            elif ch == "j":
                out.append("ж" if next_vowel else "й")
            else:
                out.append(_LATIN_SINGLE.get(ch, ch))
            i += 1
    return "".join(out) + tail


@lru_cache(maxsize=100_000)
def latin_readings(word: str) -> tuple[str, ...]:
    """The Cyrillic readings of a lower-case Latin word: two where a "y" stands between a vowel and a
    consonant (й in "sybaylas", ы in the 2021 alphabet's "auysu"), two where an "i" stands before an "a"
    (ия in "akademiia", иа in "plagiat", "sotsialnaya"), three where an "ıa" does (іа, or the 2018 alphabet's я in
    "komıssııa", or ия in "stıpendıa"); their combinations where several do; else one. (A dotless "ı" is "і" in the 2021 alphabet and
    "й" in the 2018 one's "qoıdy": one reading, since і, и and й fold to one key.)"""
    if "'" in word or "’" in word or "ʼ" in word:
        word = word.translate(_APOSTROPHES)
    vowel_ys = ("й", "ы") if _AMBIGUOUS_Y_RE.search(word) else ("й",)
    ias = ("ия", "иа") if "ia" in word else ("ия",)
    # (and "ия", a 2018 "ı" for и before a plain "a": "stıpendıa" for стипендия)
    dotless_ias = ("іа", "я", "ия") if "ıa" in word else ("іа",)
    return tuple(latin_to_cyrillic(word, vowel_y=vowel_y, ia=ia, dotless_ia=dotless_ia)
                 for dotless_ia in dotless_ias for ia in ias for vowel_y in vowel_ys)


# --- Kazakh suffix stripper ----------------------------------------------------------------------
# A small documented rule set (no offline Kazakh stemmer exists on PyPI). Suffixes are written in
# FOLDED form (қ->к, ң->н, і->и, ...) with the condition under which each applies (after a vowel
# or a consonant, following Kazakh morphophonology: кеңес-і but ереже-сі); the longest applicable
# suffix is stripped, in a loop, while the stem keeps at least 3 letters. Derivational -лық/-лік
# is NOT stripped: "жемқорлық" stays a word of its own.
_ANY, _AFTER_VOWEL, _AFTER_CONSONANT, _AFTER_VOWEL_OR_NASAL = 0, 1, 2, 3
_KK_SUFFIX_RULES: dict[str, int] = {
    # plural
    "лар": _ANY, "лер": _ANY, "дар": _ANY, "дер": _ANY, "тар": _ANY, "тер": _ANY,
    # genitive: -ның/-нің after vowels and м/н/ң, -дың/-тың after other consonants
    "нын": _AFTER_VOWEL_OR_NASAL, "нин": _AFTER_VOWEL_OR_NASAL, "дын": _AFTER_CONSONANT, "дин": _AFTER_CONSONANT,
    "тын": _AFTER_CONSONANT, "тин": _AFTER_CONSONANT,
    # dative: -ға/-қа any, -на/-не after a possessive vowel
    "га": _ANY, "ге": _ANY, "ка": _ANY, "ке": _ANY, "на": _AFTER_VOWEL, "не": _AFTER_VOWEL,
    # accusative
    "ны": _AFTER_VOWEL, "ни": _AFTER_VOWEL, "ды": _AFTER_CONSONANT, "ди": _AFTER_CONSONANT,
    "ты": _AFTER_CONSONANT, "ти": _AFTER_CONSONANT, "сын": _AFTER_VOWEL, "син": _AFTER_VOWEL,
    "ын": _AFTER_CONSONANT, "ин": _AFTER_CONSONANT,
    # locative / ablative / instrumental
    "нда": _AFTER_VOWEL, "нде": _AFTER_VOWEL, "да": _ANY, "де": _ANY, "та": _ANY, "те": _ANY,
    "нан": _AFTER_VOWEL_OR_NASAL, "нен": _AFTER_VOWEL_OR_NASAL, "дан": _ANY, "ден": _ANY, "тан": _ANY, "тен": _ANY,
    "менен": _ANY, "мен": _ANY, "бен": _ANY, "пен": _ANY,
    # possessive: -сы/-сі after vowels, -ы/-і after consonants; plural persons
    "сы": _AFTER_VOWEL, "си": _AFTER_VOWEL, "ы": _AFTER_CONSONANT, "и": _AFTER_CONSONANT,
    "мыз": _ANY, "миз": _ANY, "ныз": _ANY, "низ": _ANY,
    # adjectival -ғы/-гі/-қы/-кі, -дағы/-дегі, -ндағы
    "ндагы": _AFTER_VOWEL, "ндеги": _AFTER_VOWEL, "дагы": _ANY, "деги": _ANY, "тагы": _ANY,
    "теги": _ANY, "гы": _ANY, "ги": _ANY, "кы": _ANY, "ки": _ANY,
}
_KK_SUFFIXES = tuple(sorted(_KK_SUFFIX_RULES, key=len, reverse=True))
_FOLDED_VOWELS = frozenset("аеиоуыюя")
_KK_MIN_STEM = 3


# The suffixes by their last letter, each list in _KK_SUFFIXES order: a word is only tested
# against the suffixes that end in its own last letter.
_KK_SUFFIXES_BY_LAST: dict[str, tuple[str, ...]] = {
    last: tuple(s for s in _KK_SUFFIXES if s[-1] == last) for last in {s[-1] for s in _KK_SUFFIXES}}


def _applicable_suffixes(word: str) -> list[str]:
    found: list[str] = []
    if not word:
        return found
    for suffix in _KK_SUFFIXES_BY_LAST.get(word[-1], ()):
        if not word.endswith(suffix) or len(word) - len(suffix) < _KK_MIN_STEM:
            continue
        condition = _KK_SUFFIX_RULES[suffix]
        before = word[-len(suffix) - 1]
        stem_ends_in_vowel = before in _FOLDED_VOWELS
        # A stem in -у (a verbal noun: оқу, бағалау, тіркеу) takes the consonant forms: оқу-ды, оқу-дың, оқу-ы.
        if (condition == _AFTER_VOWEL and not stem_ends_in_vowel) or (
                condition == _AFTER_CONSONANT and stem_ends_in_vowel and before != "у") or (
                condition == _AFTER_VOWEL_OR_NASAL and not (stem_ends_in_vowel or before in "мн")):
            continue
        found.append(suffix)
    return found


def _strip(word: str, longest_first: bool) -> str:
    while True:
        suffixes = _applicable_suffixes(word)
        if not suffixes:
            return word
        suffix = suffixes[0] if longest_first else suffixes[-1]
        word = word[: -len(suffix)]


def strip_kazakh_suffixes(folded: str) -> tuple[str, ...]:
    """Candidate stems of a folded Kazakh word ("жоспарларын" -> ("жоспар",)).

    Kazakh spelling is ambiguous without a lexicon ("кеңес-і" vs "ереже-сі" both end in -еси), so
    two strategies run (longest and shortest suffix first) and both stems are kept; a stem ending
    in б/г also yields its dictionary form with п/к ("мектеб-і" -> "мектеп"). A page word matches a
    catalog word when their candidate sets meet.
    """
    stems = {_strip(folded, True), _strip(folded, False)}
    for stem in list(stems):
        if stem[-1] in "бг":
            stems.add(stem[:-1] + ("п" if stem[-1] == "б" else "к"))
    return tuple(sorted(stems))


# --- Russian lemmas ------------------------------------------------------------------------------
_morph = None
_PREFERRED_POS = {"NOUN", "ADJF", "PRTF", "ADJS"}


def _analyzer():
    """pymorphy3's analyser, created on first use (0.1 s) so that importing is side-effect free."""
    global _morph
    if _morph is None:
        import pymorphy3

        _morph = pymorphy3.MorphAnalyzer(lang="ru")
    return _morph


@lru_cache(maxsize=200_000)
def russian_lemma(word: str, predict: bool = False) -> str | None:
    """Lemma of a Russian word known to pymorphy3's dictionary, preferring noun/adjective readings
    (catalog patterns are noun phrases); None for unknown words unless `predict` (then pymorphy3's
    guess from the ending, used for misspelt words such as "антикорупционная")."""
    if len(word) < 3:
        return None
    morph = _analyzer()
    if not predict and not morph.word_is_known(word):
        return None
    parses = morph.parse(word)
    for parse in parses:
        if parse.tag.POS in _PREFERRED_POS:
            return str(parse.normal_form)
    return str(parses[0].normal_form)


# --- English -------------------------------------------------------------------------------------
_EN_SPELLING = {"honour": "honor", "behaviour": "behavior", "programme": "program", "centre": "center",
                "counselling": "counseling", "organisation": "organization", "dormitories": "dormitory",
                # (Greek plurals in -ses: "theses" cut to "these" would be the word "these", "Why we have these rules".)
                "theses": "thesis", "hypotheses": "hypothesis", "analyses": "analysis", "crises": "crisis"}


def english_stem(word: str) -> str:
    """A deliberately light English stemmer: spelling variants, possessive, plural, -ing/-ed."""
    word = _EN_SPELLING.get(word, word)
    if len(word) <= 3:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    if word.endswith("ing") and len(word) > 6:
        return word[:-3]
    if word.endswith("ed") and len(word) > 5:
        return word[:-2]
    return word


# --- one word -> its keys ------------------------------------------------------------------------
def cyrillic_keys(word: str) -> tuple[str, ...]:
    """Keys of a lower-case Cyrillic word: its Russian lemma when Russian knows it, else the
    candidate stems of the folded Kazakh word."""
    if not KAZAKH_LETTERS.intersection(word):
        lemma = russian_lemma(word)
        if lemma is not None:
            return (fold(lemma),)
        stems = strip_kazakh_suffixes(fold(word))
        guess = russian_lemma(word, predict=True) if len(word) >= 7 else None
        if guess is not None and fold(guess) not in stems:
            # An unknown word without Kazakh letters may be misspelt Russian: keep the guess too.
            return (*stems, fold(guess))
        return stems
    return strip_kazakh_suffixes(fold(word))


SURFACE_PREFIX = "="


@lru_cache(maxsize=300_000)
def surface_key(word: str) -> str:
    """Exact-form key of a lower-case word ("=" + folded form), for phrases written "=word"."""
    return SURFACE_PREFIX + fold(fix_mixed_script(word.replace("ё", "е")))


@lru_cache(maxsize=300_000)
def may_be_misspelt(word: str) -> bool:
    """False for a Russian word that pymorphy3's dictionary knows: a real word is not read as a typo of another
    ("проведения", of holding an exam, is not "поведения", of conduct). Kazakh and English have no dictionary here."""
    word = fix_mixed_script(word.replace("ё", "е"))
    if word.lower() in _ENGLISH_FUNCTION_WORDS:
        return False
    if not CYRILLIC_LETTER_RE.search(word) or KAZAKH_LETTERS.intersection(word):
        return True
    return russian_lemma(word) is None


# English words the engine keeps (self-reference cues) that are one letter from a catalog word: "These Rules apply" names no
# "theses".
_ENGLISH_FUNCTION_WORDS = frozenset({"these", "those", "there", "where", "whose"})


@lru_cache(maxsize=300_000)
def token_keys(word: str) -> tuple[str, ...]:
    """Match keys of a page word: its word_keys() plus its exact-form key (a Latin word's also those of its
    Cyrillic readings: "qol qoıdy" is the exact "қол қойды" a phrase may ask for)."""
    keys = (*word_keys(word), surface_key(word))
    if CYRILLIC_LETTER_RE.search(word) or not _LATIN_RE.search(word):
        return keys
    return (*keys, *(key for key in dict.fromkeys(surface_key(reading) for reading in latin_readings(word))
                     if key not in keys))


@lru_cache(maxsize=300_000)
def word_keys(word: str) -> tuple[str, ...]:
    """All match keys of one lower-case word (one for Cyrillic words; for Latin ones the English stem and
    the keys of the Cyrillic reading, of every reading where a "y" may be "й" or "ы", an "ia" "ия" or "иа")."""
    word = fix_mixed_script(word.replace("ё", "е"))
    if CYRILLIC_LETTER_RE.search(word):
        return cyrillic_keys(word)
    if not _LATIN_RE.search(word):
        return (word,)
    keys = [english_stem(word)]
    readings = dict.fromkeys(latin_readings(word))
    for reading in list(readings):
        # Russian slugs write "э" as "e" ("etika", "ekzamen"): the "э" reading where Russian knows the word.
        if reading.startswith("е") and russian_lemma(alternative := "э" + reading[1:]) is not None:
            readings[alternative] = None
    for reading in readings:
        keys.extend(k for k in cyrillic_keys(reading) if k not in keys)
    return tuple(keys)
