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
import heapq
import re
from collections.abc import Callable, Iterable, Iterator
from re import _constants as sre_c  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, TypeVar, cast

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


_T = TypeVar("_T")


def by_pattern(function: Callable[[re.Pattern[str]], _T]) -> Callable[[re.Pattern[str]], _T]:
    """functools.cache for a function of a compiled pattern, kept by the pattern's text and flags: hashing a compiled
    pattern hashes its code too (a microsecond for a long one, each time it is looked up), a str keeps its hash."""
    cache: dict[tuple[str, int], _T] = {}

    @functools.wraps(function)
    def cached(regex: re.Pattern[str]) -> _T:
        key = (regex.pattern, regex.flags)
        if key in cache:
            return cache[key]
        value = cache[key] = function(regex)
        return value

    return cached


@by_pattern
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
    # (A page tests thousands of these small trees: a plain loop, not any()/all() over a generator whose frame per node
    # cost more than the tests themselves.)
    if condition is None:
        return True
    if type(condition) is frozenset:
        if found is not None and condition <= found.index.words:
            return not condition.isdisjoint(found.words)
        return any(map(text.__contains__, condition))
    op, parts = cast("tuple[str, tuple[Condition, ...]]", condition)  # (a string: nothing built per call)
    decisive = op != "&"  # an AND fails at its first part that fails, an OR holds at its first part that holds
    for part in parts:
        if condition_holds(part, text, found) is decisive:
            return decisive
    return not decisive


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
        # (Not a word that holds a line break: then the words found in texts joined by line breaks are the words found in
        # each, and a page's long text is read once for every join it is part of, see found_in_each. A condition with
        # such a word is tested by substring tests, as any condition the index does not hold.)
        self.words = frozenset(word for condition in conditions for word in condition_words(condition) if "\n" not in word)
        self._automaton = ahocorasick.Automaton()
        for word in self.words:
            self._automaton.add_word(word, word)
        if self.words:
            self._automaton.make_automaton()

    def found_in(self, text: str) -> WordsFound:
        words = frozenset(word for _end, word in self._automaton.iter(text)) if self.words else frozenset()
        return WordsFound(self, words)

    def found_in_each(self, found: WordsFound, texts: Iterable[str]) -> WordsFound:
        """The words found in `texts` and in the text `found` was found in, all joined by line breaks (no word holds one)."""
        return WordsFound(self, found.words | self.found_in("\n".join(texts)).words)


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


# ---- where a match may start ----------------------------------------------------------------------------------------
# The prefilter's words may all occur on a page without a match (a news page has "раздел" and "разработке" far apart); sre
# then tries the whole pattern at every position of the text, each of its ways to match in turn. Each way's first parts
# ("раздел", "в\s+нас", "(?:among|среди)\s") as a pattern of their own match wherever that way's match starts, and sre
# finds them fast (by their first letters): trying the pattern only where one of them matches finds what finditer finds
# (a match at a position is the one a search reaching that position finds). Patterns whose matches start a line
# ("(?m)^[ \t]*...") are tried at the starts of lines.

PROBE_LETTERS = 8  # a way's first parts up to this many fixed letters: selective enough, quick to find
PROBE_ITEMS = 8  # (and at most this many parts)
MAX_PROBES = 48  # ways to match: more would make the searches for them cost more than the one they replace
WIDE_REPEAT = 10  # any letters this many times ("[^\\n]{0,60}") are tried at many places after each line's start
MAX_CLASS_PROBES = 3  # ways that start with a class of letters, each found by a search of its own


@by_pattern
def start_probes(regex: re.Pattern[str]) -> tuple[re.Pattern[str], ...] | None:
    """Patterns one of which matches wherever a match of `regex` starts (None where not known)."""
    try:
        parsed = sre_parse.parse(regex.pattern, regex.flags)
    except (re.error, RecursionError):
        return None
    return _probes(list(parsed), regex.flags)


@by_pattern
def line_probes(regex: re.Pattern[str]) -> tuple[re.Pattern[str], ...] | None:
    """For a pattern whose matches start a line and go on within it to what follows ("(?m)^[^\\n]{0,60}(?:портал|...)"):
    patterns one of which matches on each line where a match starts (None where not known)."""
    if not regex.flags & re.MULTILINE:
        return None
    try:
        items = list(sre_parse.parse(regex.pattern, regex.flags))
    except (re.error, RecursionError):
        return None
    start = 0
    while start < len(items) and _zero_width(items[start][0]) and items[start][1] is not sre_c.AT_BEGINNING:
        start += 1
    if start == len(items) or items[start] != (sre_c.AT, sre_c.AT_BEGINNING):
        return None
    # The first part after the line's start (and parts that stay within the line: "[ \t]*", "[^\n]{0,60}") whose ways to
    # match all start with a letter.
    # (Only past a part that spans much of the line: past "[ \t]*" a try at each line's start costs less than the probes.)
    wide = False
    for first in range(start + 1, len(items)):
        probes = _probes(items[first:], regex.flags, letters_only=True) if wide else None
        if probes is not None:
            return probes
        op, av = items[first]
        if not _within_line(op, av, regex.flags):
            break
        wide = wide or (op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT) and av[1] >= WIDE_REPEAT
                        and any(_any_letter(*item) for item in av[2]))
    return None


def _any_letter(op: Any, av: Any) -> bool:
    """A part that matches nearly any letter ("[^\\n]", ".", "[^|·•]")."""
    return op is sre_c.NOT_LITERAL or op is sre_c.ANY or (op is sre_c.IN and bool(av) and av[0][0] is sre_c.NEGATE)


def _within_line(op: Any, av: Any, flags: int) -> bool:
    """Whether a part never matches a line break."""
    if op is sre_c.LITERAL:
        return bool(av != ord("\n"))
    if op is sre_c.NOT_LITERAL:
        return bool(av == ord("\n"))
    if op is sre_c.ANY:
        return not flags & re.DOTALL
    if op is sre_c.IN:
        source = _class_source(av)
        return source is not None and re.match(source, "\n") is None
    if _zero_width(op):
        return True
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
        return all(_within_line(sub_op, sub_av, flags) for sub_op, sub_av in av[2])
    if op is sre_c.SUBPATTERN:
        return not (av[1] or av[2]) and all(_within_line(sub_op, sub_av, flags) for sub_op, sub_av in av[3])
    if op is sre_c.BRANCH:
        return all(_within_line(sub_op, sub_av, flags) for alternative in av[1] for sub_op, sub_av in alternative)
    return False


def _probes(items: list[tuple[Any, Any]], flags: int, letters_only: bool = False) -> tuple[re.Pattern[str], ...] | None:
    """Patterns one of which matches wherever a match of the parsed pattern starts (letters_only: where each way starts
    with a letter)."""
    ways = _ways(items)
    if ways is None:
        return None
    by_letter: list[str] = []
    by_class: list[str] = []  # (ways that start with a letter are found by one search: sre looks for their first letters)
    for way in ways:
        prefix = _probe_prefix(way)
        source = _source(prefix) if prefix is not None else None
        if prefix is None or source is None:
            return None
        (by_letter if prefix[0][0] is sre_c.LITERAL else by_class).append(source)
    if len(set(by_class)) > (0 if letters_only else MAX_CLASS_PROBES):
        return None
    sources = ([f"(?:{'|'.join(dict.fromkeys(by_letter))})"] if by_letter else []) + list(dict.fromkeys(by_class))
    return tuple(re.compile(source, flags) for source in sources)


def _zero_width(op: Any) -> bool:
    return op is sre_c.AT or op is sre_c.ASSERT or op is sre_c.ASSERT_NOT


def _ways(items: list[tuple[Any, Any]]) -> list[list[tuple[Any, Any]]] | None:
    """The pattern's ways to match as sequences that each start with a part that consumes a letter (the alternatives of
    its leading groups spelt out, each followed by what follows the group; leading assertions dropped)."""
    start = 0
    while start < len(items) and _zero_width(items[start][0]):
        start += 1
    if start == len(items):
        return None  # (a match may be empty)
    op, av = items[start]
    rest = items[start + 1:]
    if op is sre_c.SUBPATTERN and not (av[1] or av[2]):
        return _ways(list(av[3]) + rest)
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT) and (av[0] >= 1 or av[1] == 1):
        # "(?:X)?Y" is "XY" or "Y"; "(?:X){2}Y" is "X(?:X){1}Y" (a greedy or a lazy repeat tries both, in one order or the other)
        low, high, sub = av
        once = _ways([*sub, (op, (max(0, low - 1), high if high is sre_c.MAXREPEAT else high - 1, sub)), *rest])
        if low >= 1 or once is None:
            return once
        never = _ways(rest)
        return None if never is None or len(once) + len(never) > MAX_PROBES else once + never
    if op is sre_c.BRANCH:
        ways: list[list[tuple[Any, Any]]] = []
        for alternative in av[1]:
            found = _ways(list(alternative) + rest)
            if found is None or len(ways) + len(found) > MAX_PROBES:
                return None
            ways += found
        return ways
    return [items[start:]]


def _probe_prefix(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]] | None:
    """A way's first parts, up to PROBE_LETTERS fixed letters; None where its first part is not a letter or a class of
    them (sre would try it at every position)."""
    op, av = items[0]
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT) and av[0] >= 1 and len(av[2]) == 1:
        # "\d{1,2}" is "\d" then "\d{0,1}": the way starts with its class
        low, high, sub = av
        items = [sub[0], (op, (low - 1, high if high is sre_c.MAXREPEAT else high - 1, sub)), *items[1:]]
    if items[0][0] is not sre_c.LITERAL and items[0][0] is not sre_c.IN:
        return None
    letters = 0
    for count, (op, av) in enumerate(items, 1):
        exact, _condition = _node(op, av)
        if exact is not None and "" not in exact:
            letters += min(map(len, exact))
        if letters >= PROBE_LETTERS or count >= PROBE_ITEMS:
            return items[:count]
    return items


_AT_SOURCE = {sre_c.AT_BOUNDARY: r"\b", sre_c.AT_NON_BOUNDARY: r"\B", sre_c.AT_BEGINNING: "^", sre_c.AT_END: "$",
              sre_c.AT_BEGINNING_STRING: r"\A", sre_c.AT_END_STRING: r"\Z"}
_CATEGORY_SOURCE = {sre_c.CATEGORY_DIGIT: r"\d", sre_c.CATEGORY_NOT_DIGIT: r"\D", sre_c.CATEGORY_SPACE: r"\s",
                    sre_c.CATEGORY_NOT_SPACE: r"\S", sre_c.CATEGORY_WORD: r"\w", sre_c.CATEGORY_NOT_WORD: r"\W"}


def _letter_source(code: int) -> str:
    return {"\n": r"\n", "\t": r"\t", "\r": r"\r"}.get(chr(code)) or re.escape(chr(code))


def _source(items: list[tuple[Any, Any]]) -> str | None:
    """A parsed pattern written out again (None for a part not written here: a group's flags, a back reference)."""
    out = []
    for op, av in items:
        part: str | None
        if op is sre_c.LITERAL:
            part = _letter_source(av)
        elif op is sre_c.NOT_LITERAL:
            part = f"[^{_letter_source(av)}]"
        elif op is sre_c.ANY:
            part = "."
        elif op is sre_c.IN:
            part = _class_source(av)
        elif op is sre_c.AT:
            part = _AT_SOURCE.get(av)
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
            low, high, sub = av
            inner = _source(list(sub))
            lazy = "?" if op is sre_c.MIN_REPEAT else "+" if op is sre_c.POSSESSIVE_REPEAT else ""
            part = None if inner is None else f"(?:{inner}){{{low},{'' if high is sre_c.MAXREPEAT else high}}}{lazy}"
        elif op is sre_c.SUBPATTERN:
            inner = None if av[1] or av[2] else _source(list(av[3]))
            part = None if inner is None else f"(?:{inner})"
        elif op is sre_c.ATOMIC_GROUP:
            inner = _source(list(av))
            part = None if inner is None else f"(?>{inner})"
        elif op is sre_c.BRANCH:
            alternatives = [_source(list(alternative)) for alternative in av[1]]
            part = None if None in alternatives else f"(?:{'|'.join(cast(list[str], alternatives))})"
        elif op is sre_c.ASSERT or op is sre_c.ASSERT_NOT:
            direction, sub = av
            inner = _source(list(sub))
            kind = ("<" if direction < 0 else "") + ("=" if op is sre_c.ASSERT else "!")
            part = None if inner is None else f"(?{kind}{inner})"
        else:
            part = None
        if part is None:
            return None
        out.append(part)
    return "".join(out)


def _class_source(av: list[tuple[Any, Any]]) -> str | None:
    out = []
    for kind, value in av:
        if kind is sre_c.NEGATE:
            out.append("^")
        elif kind is sre_c.LITERAL:
            out.append(_letter_source(value))
        elif kind is sre_c.RANGE:
            out.append(f"{_letter_source(value[0])}-{_letter_source(value[1])}")
        elif kind is sre_c.CATEGORY and value in _CATEGORY_SOURCE:
            out.append(_CATEGORY_SOURCE[value])
        else:
            return None
    return f"[{''.join(out)}]"


@by_pattern
def starts_lines(regex: re.Pattern[str]) -> bool:
    """Whether every match of `regex` starts at a line's start ("(?m)^..."); False where not known."""
    if not regex.flags & re.MULTILINE:
        return False
    try:
        parsed = sre_parse.parse(regex.pattern, regex.flags)
    except (re.error, RecursionError):
        return False
    return _at_line_start(list(parsed))


def _at_line_start(items: list[tuple[Any, Any]]) -> bool:
    for op, av in items:
        if op is sre_c.AT and av is sre_c.AT_BEGINNING:
            return True
        if _zero_width(op):
            continue
        if op is sre_c.SUBPATTERN:
            return not (av[1] or av[2]) and _at_line_start(list(av[3]))
        if op is sre_c.ATOMIC_GROUP:
            return _at_line_start(list(av))
        if op is sre_c.BRANCH:
            return all(_at_line_start(list(alternative)) for alternative in av[1])
        if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT) and av[0] >= 1:
            return _at_line_start(list(av[2]))
        return False
    return False


_Plan = tuple[tuple[re.Pattern[str], ...], bool]  # probes (none: every line's start), whether they find lines


@by_pattern
def _plan(regex: re.Pattern[str]) -> _Plan | None:
    """How StartsText finds where `regex` may match; None: anywhere."""
    probes = start_probes(regex)
    if probes is not None:
        return probes, False
    lines = line_probes(regex)
    if lines is not None:
        return lines, True
    return ((), True) if starts_lines(regex) else None


_LEADING_FLAGS_RE = re.compile(r"\(\?[aiLmsux]+\)")  # the global flags a pattern may open with ("(?mi)")
_Ways = tuple[tuple[re.Pattern[str], ...], re.Pattern[str] | None]


@by_pattern
def alternatives(regex: re.Pattern[str]) -> _Ways | None:
    """A pattern that is an alternation at its top ("A|B|C") as its ways to match: those a plan finds the starts of (see
    _plan), each compiled on its own, and the others as one pattern (or None). A search finds a match where one of them
    does, each tried only where its own matches may start and its own words are there (see StartsText.search). None for
    another pattern, for a verbose one, and for one whose groups are referred to (a way alone would lose them)."""
    if regex.flags & re.VERBOSE:
        return None
    try:
        parsed = sre_parse.parse(regex.pattern, regex.flags)
    except (re.error, RecursionError):
        return None
    if _refers_to_groups(list(parsed)):
        return None
    flags = _LEADING_FLAGS_RE.match(regex.pattern)
    ways = _top_alternatives(regex.pattern[flags.end() if flags else 0:])
    if len(ways) < 2:
        return None
    try:
        compiled = [re.compile(way, regex.flags) for way in ways]
    except re.error:
        return None
    planned = tuple(way for way in compiled if _plan(way) is not None)
    rest = [way.pattern for way in compiled if _plan(way) is None]
    if not planned:
        return None  # (nothing gained)
    return planned, re.compile("|".join(rest), regex.flags) if rest else None


def _refers_to_groups(items: list[tuple[Any, Any]]) -> bool:
    """Whether a parsed pattern refers to a group ("(?P=name)", "\\1", "(?(1)...)")."""
    for op, av in items:
        if op is sre_c.GROUPREF or op is sre_c.GROUPREF_EXISTS:
            return True
        if op is sre_c.SUBPATTERN:
            parts = [av[3]]
        elif op is sre_c.BRANCH:
            parts = av[1]
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
            parts = [av[2]]
        elif op is sre_c.ATOMIC_GROUP:
            parts = [av]
        elif op is sre_c.ASSERT or op is sre_c.ASSERT_NOT:
            parts = [av[1]]
        else:
            continue
        if any(_refers_to_groups(list(part)) for part in parts):
            return True
    return False


def _top_alternatives(source: str) -> list[str]:
    """A pattern's source cut at each "|" outside groups and classes of letters (an escaped "\\|" is a letter)."""
    ways = []
    depth = start = 0
    in_class = False
    at = 0
    while at < len(source):
        char = source[at]
        if char == "\\":
            at += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            at += 1
            if source[at:at + 1] == "^":
                at += 1
            if source[at:at + 1] == "]":  # ("[]...]", "[^]...]": a class's first "]" is a letter)
                at += 1
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            ways.append(source[start:at])
            start = at + 1
        at += 1
    ways.append(source[start:])
    return ways


class StartsText:
    """A long text that many regexes are searched in, each tried only where a match of it may start (see start_probes);
    what finditer and search find there is what they find trying every position."""

    __slots__ = ("_line_starts", "text")

    def __init__(self, text: str):
        self.text = text
        self._line_starts: list[int] | None = None

    def _starts(self, regex: re.Pattern[str]) -> Iterable[int] | None:
        """The positions where a match of `regex` may start, in order; None where any may."""
        plan = _plan(regex)
        if plan is None:
            return None
        probes, by_line = plan
        if probes:
            return self._probe_lines(probes) if by_line else self._probe_starts(probes)
        if self._line_starts is None:
            line_starts = [0]
            at = self.text.find("\n")
            while at >= 0:
                line_starts.append(at + 1)
                at = self.text.find("\n", at + 1)
            self._line_starts = line_starts
        return self._line_starts

    def _probe_starts(self, probes: tuple[re.Pattern[str], ...]) -> Iterator[int]:
        """Where one of the probes matches, in order, found as far as asked for."""
        text = self.text
        if len(probes) == 1:
            search = probes[0].search
            match = search(text)
            while match is not None:
                yield match.start()
                match = search(text, match.start() + 1)
            return
        heads = [(match.start(), i) for i, probe in enumerate(probes) if (match := probe.search(text)) is not None]
        heapq.heapify(heads)
        while heads:
            at = heads[0][0]
            yield at
            while heads and heads[0][0] == at:
                i = heapq.heappop(heads)[1]
                match = probes[i].search(text, at + 1)
                if match is not None:
                    heapq.heappush(heads, (match.start(), i))

    def _probe_lines(self, probes: tuple[re.Pattern[str], ...]) -> Iterator[int]:
        """The starts of the lines where one of the probes matches, in order."""
        text = self.text
        last = -1
        for at in self._probe_starts(probes):
            line_start = text.rfind("\n", 0, at) + 1
            if line_start > last:
                yield line_start
                last = line_start

    def finditer(self, regex: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """regex.finditer(text)."""
        starts = self._starts(regex)
        if starts is None:
            yield from regex.finditer(self.text)
            return
        end = 0
        for at in starts:
            if at < end:
                continue  # (inside the last match: finditer goes on after it)
            match = regex.match(self.text, at)
            if match is None:
                continue
            if match.end() == at:  # an empty match: what may follow one is finditer's own rule
                yield from regex.finditer(self.text, at)  # (its first match is this one)
                return
            yield match
            end = match.end()

    def search(self, regex: re.Pattern[str]) -> bool:
        """Whether regex.search(text) finds a match."""
        if _plan(regex) is None:
            ways = alternatives(regex)
            if ways is not None:
                # "A|B|C" matches where one of its ways does (see alternatives): a way is tried where its matches may
                # start, or (the ways no plan finds) as one pattern, and only where the words its matches hold are there.
                planned, rest = ways
                return any(condition_holds(required_condition(way), self.text) and self._finds(way)
                           for way in (*planned, *((rest,) if rest is not None else ())))
        return self._finds(regex)

    def _finds(self, regex: re.Pattern[str]) -> bool:
        return next(self.finditer(regex), None) is not None
