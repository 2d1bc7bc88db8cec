"""Which words a regular expression cannot match without: a cheap test that skips the search.

Most of the engine's page-wide regexes (a news portal's byline, a ministry's order heading, an approval block)
find nothing on most pages, and sre walks the whole text to say so. Every match of `утвержд[её]н\\w*\\s+приказом`
contains "утвержден" or "утверждён", and "приказом"; where either is missing from the text (substring tests, much
faster than a search), the regex cannot match. The words are kept as a tree, AND over the parts of a sequence and OR
over the ways to match, as RE2's prefilter keeps them (and Google Code Search's, there over trigrams): every match of
"(?:раздел|страница)\\s+находится\\s+в\\s+(?:разработке|наполнении)" holds "раздел" or "страница", AND "находится",
AND "разработке" or "наполнении", so a page with the first words but none of the last is skipped too.

Only case-sensitive patterns get a tree (the engine runs its case-insensitive ones as lower-cased twins over
lower-cased text): a literal then occurs verbatim in every match, so the test never changes an answer.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from re import _constants as sre_c  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

MAX_STRINGS = 32  # a larger set costs as many substring tests as the search it would save
SELECTIVE_LETTERS = 4  # a word of four letters rarely occurs by chance; a longer one is hardly rarer
MAX_CLASS_LETTERS = 4  # "[қк]", "[іиi]": a class of a few letters is spelt out; a larger one is any letter
MAX_CONJUNCTS = 4  # the most selective parts of a sequence tested; more would cost about as much as the search
MIN_WORD_LETTERS = 3  # "by", "на", "of" occur in nearly every page: a set with one of them tests nothing

# What every match holds: None (nothing known: always holds), a set of words (one of them occurs), or ("&" | "|",
# the parts all of which, or one of which, hold).
Condition = frozenset[str] | tuple[str, tuple["Condition", ...]] | None
# (the strings a part matches where it is exact, else None; what every match of it holds)
_Info = tuple[frozenset[str] | None, Condition]
_EMPTY: _Info = (frozenset({""}), None)
_UNKNOWN: _Info = (None, None)


@functools.cache
def required_condition(regex: re.Pattern[str]) -> Condition:
    """What every match of `regex` holds, as a tree of word sets; None where nothing is known (a case-insensitive
    pattern, or one that can match without any fixed letters)."""
    if regex.flags & re.IGNORECASE:
        return None
    try:
        parsed = sre_parse.parse(regex.pattern, regex.flags)
    except (re.error, RecursionError):  # (the pattern compiled once, so this is only a guard for parser changes)
        return None
    exact, condition = _sequence(list(parsed))
    return _word_set(exact) if exact is not None else condition


def condition_holds(condition: Condition, text: str, found: WordsFound | None = None) -> bool:
    """False only where `condition` fails in `text` (the regex cannot match there). (Several texts are tested joined by
    line breaks: a word in any of them is in the join, so the test stays safe.) `found`: the words of a WordIndex found
    in `text` by one pass; other words are looked for in `text` one by one."""
    if condition is None:
        return True
    if isinstance(condition, frozenset):
        if found is not None and condition <= found.index.words:
            return not condition.isdisjoint(found.words)
        return any(word in text for word in condition)
    op, parts = condition
    if op == "&":
        return all(condition_holds(part, text, found) for part in parts)
    return any(condition_holds(part, text, found) for part in parts)


def condition_words(condition: Condition) -> frozenset[str]:
    """Every word a condition may test."""
    if condition is None:
        return frozenset()
    if isinstance(condition, frozenset):
        return condition
    return frozenset().union(*(condition_words(part) for part in condition[1]))


class WordIndex:
    """The words of many conditions, looked for in a page by one pass of an Aho-Corasick automaton (pyahocorasick)
    instead of one substring search each: a page is read once for all the regexes it may skip."""

    def __init__(self, conditions: Iterable[Condition]):
        self.words = frozenset().union(*(condition_words(condition) for condition in conditions))
        self._automaton = ahocorasick.Automaton()
        for word in self.words:
            self._automaton.add_word(word, word)
        if self.words:
            self._automaton.make_automaton()

    def found_in(self, text: str) -> WordsFound:
        words = frozenset(word for _end, word in self._automaton.iter(text)) if self.words else frozenset()
        return WordsFound(self, words)


class WordsFound:
    """The words of a WordIndex that occur in one text."""

    __slots__ = ("index", "words")

    def __init__(self, index: WordIndex, words: frozenset[str]):
        self.index = index
        self.words = words


def _word_set(words: frozenset[str] | None) -> frozenset[str] | None:
    """`words` as a condition where they are worth testing: no empty string, few, none shorter than MIN_WORD_LETTERS; a
    word that holds another of the set adds no test (where it occurs, so does the other)."""
    if not words or len(words) > MAX_STRINGS or min(map(len, words)) < MIN_WORD_LETTERS:
        return None
    return frozenset(word for word in words if not any(other != word and other in word for other in words))


def _rank(condition: Condition) -> tuple[int, int]:
    """How selective a condition is (larger is better): a set by its shortest word (up to SELECTIVE_LETTERS), then by
    fewer words; a tree of sets as selective as any."""
    if condition is None:
        return (-1, 0)
    if isinstance(condition, frozenset):
        return min(SELECTIVE_LETTERS, min(map(len, condition))), -len(condition)
    return SELECTIVE_LETTERS, 0


def _sequence(items: list[tuple[Any, Any]]) -> _Info:
    """A concatenation: its runs of exact parts spelt out while the combinations stay few; the AND of what each run and
    each other part requires (its most selective MAX_CONJUNCTS)."""
    run: frozenset[str] = frozenset({""})  # the strings the current run of exact parts matches
    whole_exact = True
    conjuncts: list[Condition] = []
    for op, av in items:
        node_exact, node_condition = _node(op, av)
        if node_exact is not None and len(run) * len(node_exact) <= MAX_STRINGS:
            run = frozenset(a + b for a in run for b in node_exact)
            continue
        whole_exact = False
        conjuncts += [_word_set(run), node_condition]
        # Too many combinations: a new run starts with this part (or after it, where it has no few exact strings).
        run = node_exact if node_exact is not None and len(node_exact) <= MAX_STRINGS else frozenset({""})
    if whole_exact:
        return run, None
    conjuncts.append(_word_set(run))
    kept = sorted((c for c in conjuncts if c is not None), key=_rank, reverse=True)[:MAX_CONJUNCTS]
    if not kept:
        return _UNKNOWN
    return None, kept[0] if len(kept) == 1 else ("&", tuple(kept))


def _node(op: Any, av: Any) -> _Info:
    if op is sre_c.LITERAL:
        return frozenset({chr(av)}), None
    if op is sre_c.AT or op is sre_c.ASSERT or op is sre_c.ASSERT_NOT:
        return _EMPTY  # zero-width: matches the empty string
    if op is sre_c.IN:
        letters = [chr(value) for kind, value in av if kind is sre_c.LITERAL]
        if len(letters) == len(av) and len(letters) <= MAX_CLASS_LETTERS:
            return frozenset(letters), None
        return _UNKNOWN
    if op is sre_c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & re.IGNORECASE:
            return _UNKNOWN  # a part made case-insensitive: its letters may match in another case
        return _sequence(list(sub))
    if op is sre_c.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is sre_c.BRANCH:
        _, alternatives = av
        infos = [_sequence(list(alt)) for alt in alternatives]
        exact: frozenset[str] | None = None
        if all(info[0] is not None for info in infos):
            exact = frozenset().union(*(info[0] for info in infos if info[0] is not None))
            if len(exact) > MAX_STRINGS:
                exact = None
        options = [_word_set(info[0]) if info[0] is not None else info[1] for info in infos]
        if any(option is None for option in options):
            return exact, None  # one way to match holds no words known
        if all(isinstance(option, frozenset) for option in options):
            return exact, _word_set(frozenset().union(*options))  # type: ignore[arg-type]
        return exact, ("|", tuple(options))
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
        low, high, sub = av
        sub_exact, sub_condition = _sequence(list(sub))
        if low == 0:
            if high == 1 and sub_exact is not None:
                return sub_exact | {""}, None
            return _UNKNOWN
        if low == high == 1:
            return sub_exact, sub_condition
        # at least once: whatever one repetition requires
        return None, _word_set(sub_exact) if sub_exact is not None else sub_condition
    return _UNKNOWN
