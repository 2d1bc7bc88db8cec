"""Compiled catalog phrases and the segment matcher.

Phrase syntax (what analysts write in the YAML catalog):

- plain words: ``положение о диссертационном совете``. Every content word must occur in one
  segment (a title, heading, link text, sentence or URL), in any order and any inflection, close
  together (see `max_span`); function words ("о", "туралы", "of") are ignored;
- ``a|b``: either word in that place (``жоспар|plan``);
- ``@name``: a concept from the ``concepts:`` section (``@anticor жоспар``), itself a list of phrases;
- ``=word``: exactly this word form (``=өтті`` "took place", not every form of the verb);
- ``#phone``, ``#email``, ``#goszakup_link``: document features, only in ``needs``.

Words are compared by key (detectors.morph.word_keys); a page word that is not a catalog key but
is close to one (rapidfuzz ratio >= fuzzy_min_ratio, words of 7+ letters), or to a catalog word as
written when its key is too short to compare, matches it with a lowered quality, which catches typos
and transliteration noise.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import cast

from rapidfuzz import fuzz, process

from detectors.morph import (
    SURFACE_PREFIX,
    fix_mixed_script,
    fold,
    latin_readings,
    may_be_misspelt,
    surface_key,
    token_keys,
    word_keys,
)
from detectors.normalize import WORD_RE, Token, clean_text, stopword_keys, tokenize

_LATIN_WORD_RE = re.compile(r"^[a-zäáçéğǵıñńöóşūüúý]+(?:['’ʼ][a-zäáçéğǵıñńöóşūüúý]+)*$")  # (apostrophes: normalize.WORD_RE)
CONCEPT_PREFIX = "@"
FEATURE_PREFIX = "#"
# Document features the engine computes itself, usable in `needs`: a phone number, an e-mail
# address, a number or address of the page's own (not another body's, not the footer's), a link to the state procurement
# portal, a sign-in form (a password field's label), shares in per cent, a list of participants by name.
FEATURES = frozenset({"#phone", "#email", "#own_contact", "#goszakup_link", "#sign_in", "#binds_staff_and_students",
                      "#roster", "#shares", "#participants"})
FUZZY_MIN_LEN = 6
PREFIX_LEN = 3  # first letters shared by a word and its keys (see Matcher._may_match)
WORD_CACHE_SIZE = 300_000  # words() forgets the words it knows past this many
PREFIX_EXTRA = 3  # a page word may extend a 6+ letter catalog key by this many letters ("конкурснго")
DROPPED_LETTER_QUALITY = 0.85  # a word read with its dropped third letter put back, as a typo is
POSSESSIVE_MIN_STEM = 4
WRITTEN_FORM_MIN_LEN = 7  # catalog words compared as written with a page's unknown words (see Matcher._written_form)
_CYRILLIC_WORD_RE = re.compile(r"^[а-яёәіңғүұқөһ]+$")
_VOWEL_ENDING = "аеиоуыэюяйь"  # the letters a Cyrillic inflection's usual ending is made of
_CYRILLIC_ENDING_RE = re.compile(rf"[а-яёәіңғүұқөһ][{_VOWEL_ENDING}]+$")


def _without_ending(word: str) -> str:
    """A Cyrillic word without its final vowels (an inflection's usual ending)."""
    return word.rstrip(_VOWEL_ENDING) or word


ADJACENT_MARK = "~"  # a phrase whose words must stand next to each other, in order


class PhraseError(ValueError):
    """A phrase that cannot be compiled (empty after stop words, unknown concept)."""


@dataclass(frozen=True, slots=True)
class Phrase:
    """One compiled phrase: a tuple of slots, each a set of alternative items (keys or @concepts).

    Equal phrases (same owner, slots, weight, needs) compare equal, so duplicates across the
    kk/ru/en lists are matched once."""

    slots: tuple[frozenset[str], ...]
    owner: str  # artefact id, "concept:<name>", "cue:<group>:<i>" or "neg:<artefact id>"
    weight: float = 1.0
    needs: tuple[frozenset[str], ...] = ()  # doc-level items that must be present somewhere
    text: str = field(default="", compare=False)
    period: str | None = field(default=None, compare=False)  # timeless synonym of a dated artefact
    key: str = field(default="", compare=False)  # "<artefact id>#<n>" for synonyms, so that their `not` phrases can name them
    # The slots' items in a fixed order, for every loop that lists positions: a frozenset's own order changes with
    # the interpreter's string hashing, and with it which of two equal occurrences a scan picks (the snippet).
    ordered_slots: tuple[tuple[str, ...], ...] = field(init=False, default=(), compare=False, repr=False)
    # "~state policy": the words next to each other in this order (a university's name, "Kazakh National ... University",
    # next to "Anti-Corruption Policy" is no national policy).
    adjacent: bool = False
    # ... and, for each word after the first, how many words may stand before it that the phrase has there but does not
    # match (its stop words: "~апелляция по результатам" is "Апелляция по результатам" as well as "апелляции результатов").
    gaps: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "ordered_slots", tuple(tuple(sorted(slot)) for slot in self.slots))

    @property
    def max_span(self) -> int:
        """Largest token distance between the first and last matched word; concepts can be
        several words long, hence the generous allowance."""
        return 4 + 3 * len(self.slots)


def _word_keys(token: Token, text: str, latin_cyrillic: bool) -> frozenset[str]:
    """Keys of one catalog word. A Latin word keeps only its English key unless the phrase is
    Latin-script Kazakh (`lat`): "candidate" must not also match its over-stemmed Cyrillic reading."""
    stop = stopword_keys()
    keys = [k for k in token.keys if k not in stop and not k.startswith(SURFACE_PREFIX)]
    if not latin_cyrillic and _LATIN_WORD_RE.match(text[token.start:token.end]):
        keys = keys[:1]
    return frozenset(keys)


def _slot_items(raw: str, concept_names: set[str], latin_cyrillic: bool = False) -> list[frozenset[str] | None]:
    """Slots of one whitespace-separated phrase item (see module doc for the syntax); None for each of its words that
    is no slot (a stop word), so that an adjacent phrase knows the words it skips."""
    if "|" not in raw and not raw.startswith((CONCEPT_PREFIX, SURFACE_PREFIX, FEATURE_PREFIX)):
        # A hyphenated word ("іс-шаралар", "anti-corruption") yields one slot per part.
        slots: list[frozenset[str] | None] = []
        text = clean_text(raw)
        for token in tokenize(text):
            keys = _word_keys(token, text, latin_cyrillic)
            slots.append(keys or None)
        return slots
    alternatives: set[str] = set()
    for alt in raw.split("|"):
        alt = alt.strip()
        if not alt:
            continue
        if alt.startswith(CONCEPT_PREFIX):
            name = alt[1:].lower()
            if name not in concept_names:
                raise PhraseError(f"unknown concept @{name}")
            alternatives.add(CONCEPT_PREFIX + name)
        elif alt.startswith(FEATURE_PREFIX):
            if alt.lower() not in FEATURES:
                raise PhraseError(f"unknown document feature {alt} (use {', '.join(sorted(FEATURES))})")
            alternatives.add(alt.lower())
        elif alt.startswith(SURFACE_PREFIX):
            alternatives.add(surface_key(clean_text(alt[1:])))
        else:
            text = clean_text(alt)
            for token in tokenize(text):
                alternatives.update(_word_keys(token, text, latin_cyrillic))
    return [frozenset(alternatives)] if alternatives else [None]


def compile_phrase(text: str, owner: str, concept_names: set[str], weight: float = 1.0,
                   needs: tuple[str, ...] = (), latin_cyrillic: bool = False) -> Phrase:
    """Compile one catalog phrase; raises PhraseError when nothing matchable is left.

    latin_cyrillic: the phrase is Latin-script Kazakh or a transliterated slug, so its Latin words
    also get the key of their Cyrillic reading (English phrases keep English keys only).
    """
    adjacent = text.startswith(ADJACENT_MARK)
    slots: list[frozenset[str]] = []
    gaps: list[int] = []  # (adjacent phrases: the stop words skipped before each slot after the first)
    skipped = 0
    for raw in text.removeprefix(ADJACENT_MARK).split():
        for slot in _slot_items(raw, concept_names, latin_cyrillic):
            if slot is None:
                skipped += 1
                continue
            if slots:
                gaps.append(skipped)
            slots.append(slot)
            skipped = 0
    if not slots:
        raise PhraseError("phrase has no content words")
    need_slots: list[frozenset[str]] = []
    for need in needs:
        need_slots.extend(compile_phrase(need, owner, concept_names).slots)
    return Phrase(tuple(slots), owner, weight, tuple(need_slots), text, adjacent=adjacent,
                  gaps=tuple(gaps) if adjacent and any(gaps) else ())


# (concept rank, serial, phrase, items of its only slot or None, its slots after the first)
_ConceptEntry = tuple[int, int, Phrase, tuple[str, ...] | None, tuple[frozenset[str], ...]]
_Entry = tuple[Phrase, tuple[tuple[str, ...], ...], bool, tuple[frozenset[str], ...]]


@dataclass(slots=True)
class Hit:
    """A phrase found in a segment: token range and quality (1.0 exact, lower when fuzzy)."""

    phrase: Phrase
    start: int
    end: int
    quality: float


class WordMatches(list[tuple[int, tuple[tuple[str, float], ...]]]):
    """Matcher.words(): the words of a text that carry catalog keys, (word index, ((key, quality),
    ...)) in text order, with the text itself for the offsets that a snippet may need."""

    __slots__ = ("text",)  # set by Matcher.words (no __init__ of its own: list's C one is faster)
    text: str


class SegmentScan:
    """Items present in one segment: item -> list of (token position, quality), the phrase hits,
    and the character offsets of the words that carry catalog keys (for snippets; worked out on
    first use, since few segments need a snippet)."""

    __slots__ = ("_offsets", "_words", "hits", "positions")

    def __init__(self, positions: dict[str, list[tuple[int, float]]] | None = None, hits: list[Hit] | None = None,
                 offsets: dict[int, tuple[int, int]] | None = None) -> None:
        self.positions = positions if positions is not None else {}
        self.hits = hits if hits is not None else []
        self._offsets = offsets
        self._words: tuple[WordMatches, int, int | None] | None = None

    @property
    def offsets(self) -> dict[int, tuple[int, int]]:
        if self._offsets is None:
            offsets: dict[int, tuple[int, int]] = {}
            if self._words is not None:
                relevant, lo, hi = self._words
                wanted = {index for index, _ in relevant if index >= lo and (hi is None or index < hi)}
                for index, m in enumerate(WORD_RE.finditer(relevant.text)):
                    if index in wanted:
                        offsets[index - lo] = m.span()
            self._offsets = offsets
        return self._offsets

    @offsets.setter
    def offsets(self, value: dict[int, tuple[int, int]]) -> None:
        self._offsets = value

    def items(self) -> set[str]:
        return set(self.positions)


def _min_window(slot_positions: list[list[tuple[int, float]]]) -> tuple[int, int, float] | None:
    """Smallest token window holding one position of every slot: (start, end, quality)."""
    events = sorted((pos, slot, q) for slot, plist in enumerate(slot_positions) for pos, q in plist)
    need = len(slot_positions)
    counts = [0] * need
    covered = 0
    best: tuple[int, int, float] | None = None
    left = 0
    for right in range(len(events)):
        slot = events[right][1]
        if counts[slot] == 0:
            covered += 1
        counts[slot] += 1
        while covered == need:
            start, end = events[left][0], events[right][0]
            if best is None or end - start < best[1] - best[0]:
                per_slot: list[float | None] = [None] * need  # best quality of each slot in the window
                for _, s, q in events[left:right + 1]:
                    have = per_slot[s]
                    if have is None or q > have:
                        per_slot[s] = q
                best = (start, end, min(q for q in per_slot if q is not None))
            lslot = events[left][1]
            counts[lslot] -= 1
            if counts[lslot] == 0:
                covered -= 1
            left += 1
    return best


class Matcher:
    """Finds concepts and phrases in token lists. Built once per catalog; cheap per segment."""

    def __init__(self, concepts: dict[str, list[Phrase]], phrases: list[Phrase], fuzzy_min_ratio: float = 88):
        self.concept_order = list(concepts)  # definition order: a concept may use earlier ones
        self.concepts = concepts
        self.phrases = phrases
        self.fuzzy_min_ratio = fuzzy_min_ratio
        vocab: set[str] = set()
        for phrase in [p for plist in concepts.values() for p in plist] + phrases:
            for slot in phrase.slots:
                vocab.update(item for item in slot if not item.startswith(CONCEPT_PREFIX))
            # A word only a phrase's `needs` names ("жауап" of a blog's questions and answers) is looked up too.
            for slot in phrase.needs:
                vocab.update(item for item in slot if not item.startswith((CONCEPT_PREFIX, "#")))
        self.vocab = frozenset(vocab)
        self._prefixes = frozenset(key.lstrip(SURFACE_PREFIX)[:PREFIX_LEN] for key in vocab)
        # A typo that drops the third letter ("ваантных", "элктронный") changes a word's first three letters: such
        # a word may still be a typo of a key long enough to be looked up fuzzily; the letters such keys have in
        # third place are put back ("обчающихся" -> "обучающихся").
        dropped: dict[str, set[str]] = defaultdict(set)
        for key in vocab:
            if len(key) >= FUZZY_MIN_LEN and not key.startswith(SURFACE_PREFIX):
                dropped[key[:2] + key[3]].add(key[2])
        self._third_letters = {prefix: tuple(sorted(letters)) for prefix, letters in dropped.items()}
        self._prefixes |= frozenset(self._third_letters)
        self._fuzzy_vocab_by_initial: dict[str, list[str]] = defaultdict(list)
        self._vocab_by_prefix: dict[str, list[str]] = defaultdict(list)
        for key in sorted(vocab):  # a fixed order of candidates for the fuzzy look-ups
            if len(key) < FUZZY_MIN_LEN:
                continue  # a short key leaves no room for a typo: "коркыт" (Қорқыт, a name) is not "корыт"
            self._fuzzy_vocab_by_initial[key[0]].append(key)
            if not key.startswith(SURFACE_PREFIX):
                self._vocab_by_prefix[key[:FUZZY_MIN_LEN]].append(key)
        # Phrases indexed by the items of one slot, so a segment only checks candidates: the slot
        # likely to be rarest (plain words before concepts such as @student; of those, the items the fewest
        # phrases use: an item many phrases use, @regulation, is a common word on a page too).
        # (Nor a word every text is full of, whatever the catalog: "=не" of "=не =утверждён", "год" of "... ректора за год".)
        uses = Counter(item for phrase in phrases for slot in phrase.slots for item in slot)
        self._by_item: dict[str, list[Phrase]] = defaultdict(list)
        for phrase in phrases:
            slot = min(phrase.slots, key=lambda sl: (any(i.startswith(CONCEPT_PREFIX) for i in sl),
                                                     any(i in _COMMON_TEXT_ITEMS for i in sl),
                                                     sum(uses[i] for i in sl)))
            for item in slot:
                self._by_item[item].append(phrase)
        # The same index, precompiled for _scan_positions: (phrase, its slots as ordered tuples, whether
        # the phrase is listed under several items).
        listed: dict[int, int] = defaultdict(int)
        for plist in self._by_item.values():
            for phrase in plist:
                listed[id(phrase)] += 1
        # For phrases of several slots, the slots to check: not the one the phrase is listed under.
        self._index: dict[str, tuple[_Entry, ...]] = {
            item: tuple((phrase, phrase.ordered_slots, listed[id(phrase)] > 1,
                         tuple(slot for slot in phrase.slots if item not in slot))
                        for phrase in plist)
            for item, plist in self._by_item.items()}
        # Concept phrases likewise, tagged with their concept's rank (definition order), and with
        # the items of their only slot (None for phrases of several slots).
        self._concept_by_item: dict[str, list[_ConceptEntry]] = defaultdict(list)
        self._concept_items = tuple(CONCEPT_PREFIX + name for name in self.concept_order)
        serial = 0
        for rank, name in enumerate(self.concept_order):
            for phrase in concepts[name]:
                single = phrase.ordered_slots[0] if len(phrase.slots) == 1 else None
                for item in phrase.slots[0]:
                    self._concept_by_item[item].append((rank, serial, phrase, single, phrase.slots[1:]))
                serial += 1
        self._fuzzy_stems_by_initial = {initial: [_without_ending(key) for key in keys]
                                        for initial, keys in self._fuzzy_vocab_by_initial.items()}
        self._written_forms = _written_forms([p for plist in concepts.values() for p in plist] + phrases, self.vocab)
        self._fuzzy = lru_cache(maxsize=100_000)(self._fuzzy_lookup)
        self._catalog_keys_cached = lru_cache(maxsize=300_000)(self._catalog_keys)
        self._word_lookup = lru_cache(maxsize=300_000)(self._word_catalog_keys)
        self._word_cache: dict[str, tuple[tuple[str, float], ...]] = {}  # words() looks words up here first

    @cached_property
    def artefact_items(self) -> frozenset[str]:
        """The keys and concepts that some artefact's phrase (not a cue's, nor a negative's) is made of."""
        return frozenset(item for phrases in self._by_item.values() for phrase in phrases if ":" not in phrase.owner
                         for slot in phrase.slots for item in slot)

    def _fuzzy_lookup(self, key: str, may_be_misspelt: bool) -> tuple[str, float] | None:
        # A catalog key followed by a few letters: an unknown inflection or a typo in the ending.
        extensions = [k for k in self._vocab_by_prefix.get(key[:FUZZY_MIN_LEN], ())
                      if key.startswith(k) and len(key) - len(k) <= PREFIX_EXTRA]
        if extensions:
            return max(extensions, key=len), 0.85
        if not may_be_misspelt:
            return None  # a word the dictionary knows is itself, not a typo of a catalog word
        candidates = self._fuzzy_vocab_by_initial.get(key[0])
        if not candidates:
            return None
        best = process.extractOne(key, candidates, scorer=fuzz.ratio, score_cutoff=self.fuzzy_min_ratio)
        if best is None and _CYRILLIC_ENDING_RE.search(key):
            # A typo in an inflected form is two edits from the catalog's lemma ("корупции" for
            # "коррупция"): compared without their vowel endings, it is one.
            stem = process.extractOne(_without_ending(key), self._fuzzy_stems_by_initial[key[0]],
                                      scorer=fuzz.ratio, score_cutoff=self.fuzzy_min_ratio)
            if stem is not None:
                best = (candidates[stem[2]], stem[1], stem[2])
        if best is None:
            return None
        # ratio 88 -> quality 0.8, ratio 100 -> 1.0
        quality = 0.8 + 0.2 * (best[1] - self.fuzzy_min_ratio) / max(1.0, 100 - self.fuzzy_min_ratio)
        return best[0], quality

    def _catalog_keys(self, keys: tuple[str, ...], may_be_misspelt: bool = True) -> tuple[tuple[str, float], ...]:
        """The catalog keys a word with these keys stands for, with their quality (cached per word)."""
        vocab = self.vocab
        exact = tuple((key, 1.0) for key in keys if key in vocab)
        if exact:
            return exact
        for key in keys:
            if len(key) >= FUZZY_MIN_LEN and not key.startswith(SURFACE_PREFIX):
                found = self._fuzzy(key, may_be_misspelt)
                if found is not None:
                    return (found,)
        return ()

    def positions(self, tokens: list[Token]) -> dict[str, list[tuple[int, float]]]:
        """Catalog keys (exact or fuzzy) and concepts present in `tokens`, with positions."""
        pos: dict[str, list[tuple[int, float]]] = defaultdict(list)
        catalog_keys = self._catalog_keys_cached
        for i, token in enumerate(tokens):
            for key, quality in catalog_keys(token.keys, token.may_be_misspelt):
                pos[key].append((i, quality))
        return self._add_concepts(pos)

    def _word_catalog_keys(self, word: str) -> tuple[tuple[str, float], ...]:
        # Lemmas and stems keep a word's first letters, so a word whose first three (folded)
        # letters start no catalog key cannot match: skip pymorphy3 and the stemmer for it.
        if not self._may_match(word):
            return ()
        misspelt = may_be_misspelt(word)
        found = self._catalog_keys_cached(token_keys(word), misspelt)
        if found and misspelt and found[0][1] < 1.0:
            # A fuzzy reading of one key ("ережлер" as "ережелера", a Russian-looking lemma): the written form may
            # stand for more ("ережелер": also "ереже", the key phrases ask for).
            known = {key for key, _ in found}
            return found + tuple(item for item in self._written_form(word) if item[0] not in known)
        if found or not misspelt or len(word) < FUZZY_MIN_LEN - 1 or _LATIN_WORD_RE.match(word):
            return found
        # A typo that dropped the third letter is two edits from an inflected form's lemma, more than a fuzzy
        # look-up allows ("обчающихся" for "обучающихся", lemma "обучаться"; "нәижелері" for "нәтижелері"): put
        # back each letter the catalog's keys have there, and take the first spelling that is a catalog word of
        # FUZZY_MIN_LEN letters or more itself, not one more approximation of one, nor a short Kazakh stem that
        # any word of those letters reaches: "бұрын" (earlier) is no "бұ(й)рын", stem "бұйр" of an order, and
        # "оралдағы" (in Oral) no "ор(т)алдағы", a centre. Not Latin-script words: no dictionary here says the
        # English "materials" is a word, not "ma(s)terials".
        for letter in self._third_letters.get(fold(word.lower())[:PREFIX_LEN], ()):
            restored = self._catalog_keys_cached(token_keys(word[:2] + letter + word[2:]), False)
            kept = tuple((key, DROPPED_LETTER_QUALITY) for key, quality in restored
                         if quality == 1.0 and (key.startswith(SURFACE_PREFIX) or len(key) >= FUZZY_MIN_LEN))
            if any(not key.startswith(SURFACE_PREFIX) for key, _ in kept):
                return kept
        return self._written_form(word)

    def _written_form(self, word: str) -> tuple[tuple[str, float], ...]:
        """The keys of the catalog word this unknown word is a typo of, compared as written: a word whose stem
        is short has no key a fuzzy look-up can reach ("мүдделер", interests, has the key "муд"), so its typo
        ("мүддеер") is compared with "мүдделер" itself. Cyrillic words only (see _word_catalog_keys)."""
        plain = fold(fix_mixed_script(word.replace("ё", "е")))
        forms = self._written_forms.get(plain[:1])
        if not forms or len(plain) < WRITTEN_FORM_MIN_LEN - 1 or not _CYRILLIC_WORD_RE.match(plain):
            return ()
        best = process.extractOne(plain, forms[0], scorer=fuzz.ratio, score_cutoff=self.fuzzy_min_ratio)
        if best is None:
            return ()
        quality = 0.8 + 0.2 * (best[1] - self.fuzzy_min_ratio) / max(1.0, 100 - self.fuzzy_min_ratio)
        return tuple((key, quality) for key in forms[1][best[2]])

    def _may_match(self, word: str) -> bool:
        prefixes = self._prefixes
        plain = fold(fix_mixed_script(word.replace("ё", "е")))
        if plain[:PREFIX_LEN] in prefixes:
            return True
        if _LATIN_WORD_RE.match(plain):  # a Latin word may also stand for its Cyrillic readings (morph.word_keys)
            return any(fold(reading)[:PREFIX_LEN] in prefixes for reading in latin_readings(plain))
        return False

    def words(self, text: str) -> tuple[int, WordMatches]:
        """Number of words of a cleaned text, and the words that carry catalog keys:
        (index, ((key, quality), ...)) in text order. The fast path of the engine: words that mean
        nothing to the catalog cost one dictionary look-up each, done by C code (map)."""
        words = WORD_RE.findall(text)
        cache = self._word_cache
        found = list(map(cache.get, words))
        if None in found:  # words not seen yet
            if len(cache) > WORD_CACHE_SIZE:
                cache.clear()
            lookup = self._word_lookup
            for i, keys in enumerate(found):
                if keys is None:
                    found[i] = cache[words[i]] = lookup(words[i])
        filled = cast("list[tuple[tuple[str, float], ...]]", found)  # no None left after the loop above
        # A comprehension beats zip(compress(...)) on a sentence's dozen words (fewer iterator objects).
        relevant = WordMatches([(i, keys) for i, keys in enumerate(filled) if keys])
        relevant.text = text
        return len(filled), relevant

    def scan_words(self, relevant: WordMatches, lo: int = 0, hi: int | None = None) -> SegmentScan:
        """Phrase hits among the words lo..hi-1 (positions re-based to lo)."""
        pos: dict[str, list[tuple[int, float]]] = defaultdict(list)
        if lo == 0 and (hi is None or not relevant or relevant[-1][0] < hi):  # the whole segment
            for index, found in relevant:
                for key, quality in found:
                    pos[key].append((index, quality))
        else:
            for index, found in relevant:  # in word order
                if index < lo:
                    continue
                if hi is not None and index >= hi:
                    break
                j = index - lo
                for key, quality in found:
                    pos[key].append((j, quality))
        scan = self._scan_positions(self._add_concepts(pos))
        scan._words = (relevant, lo, hi)
        return scan

    def _add_concepts(self, pos: dict[str, list[tuple[int, float]]]) -> dict[str, list[tuple[int, float]]]:
        # Concepts in definition order; a concept found may enable later concepts that use it.
        by_item = self._concept_by_item
        queue: list[_ConceptEntry] = []
        for item in pos:
            candidates = by_item.get(item)
            if candidates:
                queue.extend(candidates)
        if not queue:
            return pos
        heapq.heapify(queue)
        heappop, heappush = heapq.heappop, heapq.heappush
        done: set[int] = set()
        while queue:
            rank, serial, phrase, single, rest = heappop(queue)
            if serial in done:
                continue
            done.add(serial)
            if single is not None:
                # One slot: every occurrence of its items, in the order _occurrences lists them.
                if len(single) == 1:
                    found = pos.get(single[0])
                else:
                    found = [p for item in single for p in pos.get(item, ())]
            else:
                for slot_set in rest:  # the first slot holds the item it was queued for
                    if slot_set.isdisjoint(pos):
                        found = None
                        break
                else:
                    found = (self._adjacent_occurrences(phrase, pos) if phrase.adjacent
                             else self._occurrences(phrase, pos, span_limit=len(phrase.slots) + 2))
            if not found:
                continue
            item = self._concept_items[rank]
            have = pos.get(item)
            if have is not None:
                have.extend(found)
                continue
            pos[item] = list(found)
            for candidate in by_item.get(item, ()):
                if candidate[0] > rank:
                    heappush(queue, candidate)
        return pos

    @staticmethod
    def _occurrences(phrase: Phrase, pos: dict[str, list[tuple[int, float]]],
                     span_limit: int) -> list[tuple[int, float]]:
        """Every place a concept phrase occurs (position of its first word, quality), so that a
        pattern can use the occurrence nearest to its other words."""
        for slot in phrase.slots:
            if slot.isdisjoint(pos):
                return []
        slot_positions = []
        for items in phrase.ordered_slots:
            plist = [p for item in items for p in pos.get(item, ())]
            slot_positions.append(plist)
        if len(slot_positions) == 1:
            return slot_positions[0]
        found = []
        rest = slot_positions[1:]
        for anchor, quality in slot_positions[0]:
            start = end = anchor
            q = quality
            for plist in rest:
                # the nearest position within span_limit of the anchor (the first of equals)
                best = None
                best_distance = span_limit + 1
                for p in plist:
                    distance = p[0] - anchor if p[0] >= anchor else anchor - p[0]
                    if distance < best_distance:
                        best, best_distance = p, distance
                if best is None:
                    break
                if best[0] < start:
                    start = best[0]
                elif best[0] > end:
                    end = best[0]
                if best[1] < q:
                    q = best[1]
            else:
                if end - start <= span_limit:
                    found.append((start, q))
        return found

    @staticmethod
    def _match(phrase: Phrase, pos: dict[str, list[tuple[int, float]]],
               span_limit: int | None = None) -> tuple[int, int, float] | None:
        for slot in phrase.slots:  # cheap rejection before building position lists
            if slot.isdisjoint(pos):
                return None
        slot_positions = []
        one_each = True
        for items in phrase.ordered_slots:
            plist = [p for item in items for p in pos.get(item, ())]
            if not plist:
                return None
            if len(plist) > 1:
                one_each = False
            slot_positions.append(plist)
        if len(slot_positions) == 1:
            best = max(slot_positions[0], key=lambda p: p[1])
            return best[0], best[0], best[1]
        if one_each:  # the usual case: the only window is the one holding every position
            start, q = slot_positions[0][0]
            end = start
            for ((position, quality),) in slot_positions[1:]:
                if position < start:
                    start = position
                elif position > end:
                    end = position
                if quality < q:
                    q = quality
            window: tuple[int, int, float] | None = (start, end, q)
        else:
            window = _min_window(slot_positions)
        limit = phrase.max_span if span_limit is None else span_limit
        if window is None or window[1] - window[0] > limit:
            return None
        return window

    @classmethod
    def _adjacent_occurrences(cls, phrase: Phrase, pos: dict[str, list[tuple[int, float]]]) -> list[tuple[int, float]]:
        """Every place where the phrase's words stand next to each other in its order (see Phrase.adjacent): its first
        word's position and the match's quality, in word order."""
        return [(start, quality) for start, _, quality in cls._adjacent_spans(phrase, pos)]

    @staticmethod
    def _adjacent_spans(phrase: Phrase, pos: dict[str, list[tuple[int, float]]]) -> list[tuple[int, int, float]]:
        """The same as (first word, last word, quality)."""
        at = [{p: q for item in items for p, q in pos.get(item, ())} for items in phrase.ordered_slots]
        gaps = phrase.gaps or (0,) * (len(at) - 1)
        found = []
        for start, quality in sorted(at[0].items()):
            q, last = quality, start
            for slot, gap in zip(at[1:], gaps, strict=True):
                # the next word, or one a stop word of the phrase's later (up to `gap` words between them)
                following = next(((last + step, slot[last + step]) for step in range(1, gap + 2) if last + step in slot), None)
                if following is None:
                    break
                last, q = following[0], min(q, following[1])
            else:
                found.append((start, last, q))
        return found

    @classmethod
    def _match_adjacent(cls, phrase: Phrase, pos: dict[str, list[tuple[int, float]]]) -> tuple[int, int, float] | None:
        """The first such place, as _match gives a window."""
        found = cls._adjacent_spans(phrase, pos)
        return found[0] if found else None

    def match_phrase(self, phrase: Phrase, pos: dict[str, list[tuple[int, float]]]) -> tuple[int, int, float] | None:
        """Where `phrase` matches among the positions `pos` (first word, last word, quality), or None."""
        return self._match_adjacent(phrase, pos) if phrase.adjacent else self._match(phrase, pos)

    def scan(self, tokens: list[Token]) -> SegmentScan:
        """All phrase hits in one segment (best window per phrase)."""
        scan = self._scan_positions(self.positions(tokens))
        scan.offsets = {i: (t.start, t.end) for i, t in enumerate(tokens)}
        return scan

    def _scan_positions(self, pos: dict[str, list[tuple[int, float]]]) -> SegmentScan:
        # Same order of hits as matching each candidate phrase with _match (items in the order
        # they entered `pos`, candidates in index order), without a call per candidate.
        hits: list[Hit] = []
        index = self._index
        seen: set[int] = set()
        for item in pos:  # not changed below
            entries = index.get(item)
            if entries is None:
                continue
            item_best = None  # best occurrence of this item, for the phrases that are just this item
            for phrase, slots, listed_twice, others in entries:
                if listed_twice:
                    if id(phrase) in seen:
                        continue
                    seen.add(id(phrase))
                if len(slots) == 1:
                    # One slot, present by construction: its best occurrence (the first of the best quality).
                    slot = slots[0]
                    if len(slot) == 1:  # the slot is this item
                        if item_best is None:
                            item_best = _first_best(pos[item])
                        best = item_best
                    else:
                        best = _first_best([p for it in slot for p in pos.get(it, ())])
                    hits.append(Hit(phrase, best[0], best[0], best[1]))
                    continue
                for slot_set in others:  # most candidates lack a word: reject them before a call
                    if slot_set.isdisjoint(pos):
                        break
                else:
                    found = self._match_adjacent(phrase, pos) if phrase.adjacent else self._match(phrase, pos)
                    if found is not None:
                        hits.append(Hit(phrase, found[0], found[1], found[2]))
        return SegmentScan(pos, hits)


# Items every page is full of: never the slot a phrase is looked up by when it has another (see Matcher.__init__).
_COMMON_TEXT_ITEMS = frozenset({
    "=в", "=во", "=не", "=по", "=при", "=за", "=на", "=с", "=со", "=и", "=о", "=об", "=к", "=у", "=из", "=от", "=для", "=до",
    "=мен", "=бен", "=пен", "=және", "=үшін", "=бойынша", "=туралы",
    "=of", "=the", "=to", "=by", "=on", "=in", "=for", "=and", "=a", "=an", "=is", "=are", "=was", "=were", "=be", "=been",
    "=has", "=have", "=not", "=when", "=if", "=we", "=our", "=you", "=will", "=it", "=they", "=as", "=at", "=with",
    "год", "жыл", "year"})


def _first_best(plist: list[tuple[int, float]]) -> tuple[int, float]:
    """The first position of the best quality (what max(plist, key=quality) returns)."""
    best = plist[0]
    if len(plist) > 1:
        for p in plist:
            if p[1] > best[1]:
                best = p
    return best


_FOLDED_FRONT_VOWELS = frozenset("еиэ")  # (folded: "ә" "ө" "ү" "і" read as "а" "о" "у" "и")
_FOLDED_VOWELS = frozenset("аеиоуыэюяё")


def _possessives(plain: str) -> tuple[str, ...]:
    """A folded Kazakh word's third-person possessive: "-сы"/"-си" after a vowel, "-ы"/"-и" after a consonant, by the
    row of its last vowel as folded ("ереже" -> "ережеси"; a back "ә" folded to "а" takes "-сы", a near miss the
    fuzzy comparison still reaches)."""
    front = _front_row(plain)
    if front is None:
        return ()
    if plain[-1] in _FOLDED_VOWELS:
        return (plain + ("си" if front else "сы"),)
    return (plain + ("и" if front else "ы"),)


def _front_row(plain: str) -> bool | None:
    """Whether a folded Kazakh word's endings take the front row (by its last vowel); None for a word too short to
    inflect here (or without vowels)."""
    if len(plain) < POSSESSIVE_MIN_STEM:
        return None
    vowels = [ch for ch in plain if ch in _FOLDED_VOWELS]
    return vowels[-1] in _FOLDED_FRONT_VOWELS if vowels else None


_FOLDED_VOICELESS = frozenset("кпстфхцчшщ")


def _datives(plain: str) -> tuple[str, ...]:
    """A folded Kazakh word's dative: "-га"/"-ге" after a vowel or a voiced consonant, "-ка"/"-ке" after a voiceless one,
    by the row of its last vowel ("ауысу" -> "ауысуга", folded "ауысуға"): the form a title gives a short catalog word
    ("Ауысуға онлайн өтініш беру"), so that its typo ("Ауыуға") is compared with that."""
    front = _front_row(plain)
    if front is None:
        return ()
    return (plain + ("к" if plain[-1] in _FOLDED_VOICELESS else "г") + ("е" if front else "а"),)


def _written_forms(phrases: list[Phrase], vocab: frozenset[str]
                   ) -> dict[str, tuple[list[str], list[tuple[str, ...]]]]:
    """The catalog's Cyrillic words of WRITTEN_FORM_MIN_LEN letters or more as written (folded), by first letter,
    with the keys each stands for: (forms, keys of each form)."""
    by_initial: dict[str, dict[str, tuple[str, ...]]] = defaultdict(dict)
    for phrase in phrases:
        for raw in phrase.text.split():
            for alternative in raw.split("|"):
                if alternative.startswith((CONCEPT_PREFIX, FEATURE_PREFIX, SURFACE_PREFIX)):
                    continue
                text = clean_text(alternative)
                for token in tokenize(text):
                    plain = fold(text[token.start:token.end].replace("ё", "е"))
                    keys = tuple(sorted(key for key in _word_keys(token, text, False) if key in vocab))
                    if not keys or not _CYRILLIC_WORD_RE.match(plain):
                        continue
                    # A short word's Kazakh possessive and dative as written ("ереже" -> "ережесі", folded "ережеси";
                    # "ауысу" -> "ауысуға"), the forms a title has: its typo ("ережсі", "ауыуға") is compared with that,
                    # a short stem leaving no key to look up.
                    for form in (plain, *_possessives(plain), *_datives(plain)):
                        if len(form) >= WRITTEN_FORM_MIN_LEN:
                            by_initial[form[0]].setdefault(form, keys)
    return {initial: (sorted(forms), [forms[form] for form in sorted(forms)]) for initial, forms in by_initial.items()}


def keys_of_words(words: list[str]) -> set[str]:
    """Keys of plain words (used for URL word lists and the definitional-cue word lists)."""
    keys: set[str] = set()
    for word in words:
        for token in tokenize(clean_text(word)):
            keys.update(token.keys)
        keys.update(word_keys(word.lower()))
    return keys
