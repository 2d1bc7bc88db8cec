"""Which words a regular expression cannot match without: a cheap test that skips the search.

Most of the engine's page-wide regexes (a news portal's byline, a ministry's order heading, an approval block)
find nothing on most pages, and sre walks the whole text to say so. Every match of `утвержд[её]н\\w*\\s+приказом`
contains "утвержден" or "утверждён"; where neither occurs in the text (a substring test, much faster than a search),
the regex cannot match. The same idea as the trigram prefilters of RE2 and Google Code Search, kept to literals.

Only case-sensitive patterns get a set (the engine runs its case-insensitive ones as lower-cased twins over
lower-cased text): a literal then occurs verbatim in every match, so the test never changes an answer.
"""

from __future__ import annotations

import functools
import re
from re import _constants as sre_c  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

MAX_STRINGS = 32  # a larger set costs as many substring tests as the search it would save
SELECTIVE_LETTERS = 4  # a word of four letters rarely occurs by chance; a longer one is hardly rarer
MAX_CLASS_LETTERS = 4  # "[қк]", "[іиi]": a class of a few letters is spelt out; a larger one is any letter

# (exact strings the node matches, or None; strings one of which is in every match, or None)
_Info = tuple[frozenset[str] | None, frozenset[str] | None]
_EMPTY: _Info = (frozenset({""}), None)
_UNKNOWN: _Info = (None, None)


@functools.cache
def required_substrings(regex: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which occurs in every match of `regex`; None where no such set is known (a
    case-insensitive pattern, or one that can match without any fixed letters)."""
    if regex.flags & re.IGNORECASE:
        return None
    try:
        parsed = sre_parse.parse(regex.pattern, regex.flags)
    except (re.error, RecursionError):  # (the pattern compiled once, so this is only a guard for parser changes)
        return None
    exact, required = _sequence(list(parsed))
    best = _better(exact, required)
    if not best:
        return None
    # A string that holds another of the set adds no test: where it occurs, so does the other.
    return frozenset(word for word in best if not any(other != word and other in word for other in best))


def may_match(required: frozenset[str] | None, *texts: str) -> bool:
    """False only where no string of `required` occurs in any of `texts` (the regex cannot match there)."""
    return required is None or any(word in text for text in texts for word in required)


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two required sets: fewer tests of longer strings."""
    if not a or "" in a or len(a) > MAX_STRINGS:
        a = None
    if not b or "" in b or len(b) > MAX_STRINGS:
        b = None
    if a is None or b is None:
        return a if b is None else b
    return a if _selectivity(a) >= _selectivity(b) else b


def _selectivity(words: frozenset[str]) -> tuple[int, int]:
    # Words of a few letters are about as rare in a page as longer ones; then fewer tests are better.
    return min(SELECTIVE_LETTERS, min(map(len, words))), -len(words)


def _sequence(items: list[tuple[Any, Any]]) -> _Info:
    """A concatenation: its run of exact parts spelt out while the combinations stay few; each such run, and
    whatever any part requires, is required by the whole."""
    run: frozenset[str] = frozenset({""})  # the strings the current run of exact parts matches
    whole_exact = True
    best: frozenset[str] | None = None
    for op, av in items:
        node_exact, node_required = _node(op, av)
        if node_exact is not None and len(run) * len(node_exact) <= MAX_STRINGS:
            run = frozenset(a + b for a in run for b in node_exact)
            continue
        whole_exact = False
        best = _better(_better(best, run), node_required)
        # Too many combinations: a new run starts with this part (or after it, where it has no few exact strings).
        run = node_exact if node_exact is not None and len(node_exact) <= MAX_STRINGS else frozenset({""})
    return (run if whole_exact else None), _better(best, run)


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
        required: frozenset[str] | None = frozenset()
        for info in infos:
            own = _better(info[0], info[1])
            if own is None or required is None:
                required = None
                break
            required = required | own
        if required is not None and len(required) > MAX_STRINGS:
            required = None
        return exact, required
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
        low, high, sub = av
        sub_exact, sub_required = _sequence(list(sub))
        if low == 0:
            if high == 1 and sub_exact is not None:
                return sub_exact | {""}, None
            return _UNKNOWN
        if low == high == 1:
            return sub_exact, sub_required
        return None, _better(sub_exact, sub_required)  # at least once: whatever one repetition requires
    return _UNKNOWN
