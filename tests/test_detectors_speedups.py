"""The fast paths of the detectors give exactly what the plain forms they replace give."""

from __future__ import annotations

import random

from detectors.engine import _PHONE_FAST_RE, _PHONE_RE
from detectors.morph import _FOLD_TABLE, fold
from detectors.normalize import clean_text
from detectors.patterns import Matcher, compile_phrase


def test_fold_equals_the_translate_table() -> None:
    rng = random.Random(3)
    alphabet = "әғқңөұүһіёйэщьъəǝабвгдежзиклмнопрстуфхцчшыюя ÄäIİıabc-1 "
    samples = ["Сыбайлас жемқорлыққа қарсы іс-қимыл", "Щёлково, подъезд, эхо", "", "ә" * 50]
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(2000)]
    for text in samples:
        assert fold(text) == text.translate(_FOLD_TABLE), text


def test_fast_phone_regex_finds_exactly_what_the_plain_one_finds() -> None:
    rng = random.Random(5)
    samples = ["+7 (727) 000-00-00", "тел.: 8 (7172) 70-97-77", "87272000000", "x+77272000000",
               "1+7 727 000 00 00", "17 727 000 00 00", "+87272000000", "78 727 000 00 00", "№ 7 от 2024 года",
               "7-777-77-77-77", "код 8 727 12 34 567"]
    samples += ["".join(rng.choice("0123456789+-() 78a\n") for _ in range(rng.randint(1, 40))) for _ in range(20000)]
    for text in samples:
        assert bool(_PHONE_FAST_RE.search(text)) == bool(_PHONE_RE.search(text)), text


def _matcher() -> Matcher:
    concepts = {"anticor": [compile_phrase("противодействие коррупции", "concept:anticor", set()),
                            compile_phrase("антикоррупционный", "concept:anticor", set())]}
    names = set(concepts)
    phrases = [compile_phrase("@anticor план", "plan", names), compile_phrase("@anticor", "any", names),
               compile_phrase("комиссия", "commission", names)]
    return Matcher(concepts, phrases)


def test_scan_words_matches_the_token_scan_and_keeps_offsets() -> None:
    matcher = _matcher()
    text = clean_text("Комиссия утвердила план мероприятий по противодействию коррупции и антикоррупционный стандарт")
    from detectors.normalize import tokenize

    by_tokens = matcher.scan(tokenize(text))
    n_words, relevant = matcher.words(text)
    by_words = matcher.scan_words(relevant)
    assert n_words == len(tokenize(text))
    hits = [(h.phrase.owner, h.start, h.end, h.quality) for h in by_words.hits]
    assert hits == [(h.phrase.owner, h.start, h.end, h.quality) for h in by_tokens.hits]
    assert {"plan", "any", "commission"} <= {owner for owner, *_ in hits}
    assert dict(by_words.positions) == dict(by_tokens.positions)
    # offsets (worked out lazily) point at the words themselves
    for index, (start, end) in by_words.offsets.items():
        assert by_tokens.offsets[index] == (start, end)
    assert text[slice(*by_words.offsets[0])] == "комиссия"
    # a window re-bases positions and offsets
    window = matcher.scan_words(relevant, 2, 6)
    assert window.offsets and min(window.offsets) >= 0 and max(window.offsets) < 4
    assert text[slice(*window.offsets[0])] == "план"


def test_suffixes_by_last_letter_equal_the_full_scan() -> None:
    from detectors import morph

    def reference(word: str) -> list[str]:  # the plain scan over every suffix, as it was written first
        found = []
        for suffix in morph._KK_SUFFIXES:
            if not word.endswith(suffix) or len(word) - len(suffix) < morph._KK_MIN_STEM:
                continue
            condition = morph._KK_SUFFIX_RULES[suffix]
            before = word[-len(suffix) - 1]
            vowel = before in morph._FOLDED_VOWELS
            if (condition == morph._AFTER_VOWEL and not vowel) or (condition == morph._AFTER_CONSONANT and vowel and before != "у") or (
                    condition == morph._AFTER_VOWEL_OR_NASAL and not (vowel or before in "мн")):
                continue
            found.append(suffix)
        return found

    rng = random.Random(7)
    letters = "абвгдежзиклмнопрстуфхцчшыюяе"
    words = [fold(w) for w in ("жоспарларын", "кеңесі", "ережесі", "құрамның", "мектебі", "студенттерге")]
    words += ["".join(rng.choice(letters) for _ in range(rng.randint(1, 12))) for _ in range(5000)]
    assert any(reference(w) for w in words)
    for word in words:
        assert morph._applicable_suffixes(word) == reference(word), word


def test_period_patterns_find_what_the_plain_patterns_find() -> None:
    import datetime as dt
    import re

    from detectors import periods

    year, months = periods._YEAR, periods._MONTH_ALT
    plain_dates = (
        re.compile(r"(?<!\d)(\d{1,2})[./](\d{1,2})[./]" + year + r"(?!\d)"),
        periods._DATE_RES[1],
        re.compile(r"(?<!\d)(\d{1,2})\s+(" + months + r")[\w.]*,?\s+" + year, re.IGNORECASE),
        re.compile(r"\b(" + months + r")[a-z.]*\s+(\d{1,2}),?\s+" + year, re.IGNORECASE),
    )
    plain_calendar = (
        re.compile(r"(?:\bна|\bза)\s+" + year + r"\s*(?:год|г\.|г\b)", re.IGNORECASE),
        periods._CALENDAR_RES[1],
        re.compile(r"\bfor\s+(?:the\s+)?(?:year\s+)?" + year + r"\b", re.IGNORECASE),
    )
    for letter in "fнз":  # the letters written case-sensitively match nothing else case-insensitively
        assert {c for c in map(chr, range(0x3000)) if re.fullmatch("(?i)" + letter, c)} == {letter, letter.upper()}
    initials = {c for c in map(chr, range(0x3000)) for m in periods._MONTHS if re.fullmatch("(?i)" + re.escape(m[0]), c)}
    assert initials == set(periods._MONTH_INITIALS)
    rng = random.Random(11)
    pieces = ["jan", "March", "MAY", "ма", "март", "мамыр", "ſep", "ᲃентябр", "12", "5", "31", "2024", "1999", "2026",
              ",", ".", "/", " ", "  ", "\n", "№", "от", "for", "на", "за", "год", "г.", "жылга", "x", "7"]
    texts = ["приказ от 12.05.2024 № 5, на 2025 год", "dated March 31, 2011, no. 126", "5 қыркүйек 2025 ж.",
             "for the year 2024", "за 2023 г. и 2024 жылга"]
    dates = ["12.05.2024", "1/2/2025", "2024-05-12", "5 мамыр 2025", "31 декабря 2023", "March 31, 2011",
             "ма 5, 2024", "sep. 1 2020", "ᲃентябр 2 2021", "ſep 3, 2022", "111.12.2024", "на 2025 год",
             "За 2024 г.", "жана 2025 год", "For the year 2025", "xfor 2020", "for 2026", "1за 2023 г"]

    def mutated(text: str) -> str:
        for _ in range(rng.randint(0, 3)):
            i = rng.randint(0, len(text))
            text = text[:i] + rng.choice(pieces) + text[i + rng.randint(0, 2):]
        return text

    texts += [" ".join(mutated(rng.choice(dates)) for _ in range(rng.randint(1, 4))) for _ in range(20000)]
    matched = [0] * (len(plain_dates) + len(plain_calendar))
    pairs = list(zip(plain_dates, periods._DATE_RES, strict=False)) + list(
        zip(plain_calendar, periods._CALENDAR_RES, strict=False))
    for text in texts:
        for i, (plain, fast) in enumerate(pairs):
            found = [(m.span(), m.groups()) for m in plain.finditer(text)]
            assert found == [(m.span(), m.groups()) for m in fast.finditer(text)], (fast.pattern, text)
            matched[i] += bool(found)
        # the guards never hide a match
        for pattern, guard in zip(periods._DATE_RES, periods._DATE_GUARDS, strict=True):
            if guard is not None and pattern.search(text):
                assert guard.search(text), text
        for pattern, guard in zip(periods._CALENDAR_RES, periods._CALENDAR_GUARDS, strict=True):
            if guard is not None and pattern.search(text):
                assert guard.search(text), text
    assert all(n >= 20 for n in matched), matched  # the texts exercise every pattern
    assert periods._dates("от 12.05.2024, March 31, 2011", dt.date(2026, 11, 25))


_HIT_POSITIONS = """
from detectors.normalize import clean_text
from detectors.patterns import Matcher, compile_phrase
phrases = [compile_phrase("приказ|бұйрық|order|решение|шешім|protocol", "order", set()),
           compile_phrase("приказ|бұйрық|order|решение|шешім|protocol ректора", "rector", set())]
matcher = Matcher({}, phrases)
text = clean_text("protocol шешім решение order бұйрық приказ ректора приказ бұйрық order решение шешім protocol")
print([(h.phrase.owner, h.start, h.end) for h in matcher.scan_words(matcher.words(text)[1]).hits])
"""


def test_which_of_equal_occurrences_a_scan_picks_does_not_depend_on_string_hashing() -> None:
    # A slot's alternatives are a frozenset, whose order changes with PYTHONHASHSEED from run to run; the
    # scan must not pick another occurrence (and so another snippet) each night.
    import os
    import subprocess
    import sys

    outputs = set()
    for seed in range(8):
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        done = subprocess.run([sys.executable, "-c", _HIT_POSITIONS], env=env, capture_output=True, text=True,
                              check=True)
        outputs.add(done.stdout)
    assert len(outputs) == 1, outputs


def test_a_caseless_twin_over_lower_case_text_finds_what_the_case_insensitive_regex_finds() -> None:
    import re

    from detectors.engine import _CASE_FOLDS, _POINTS_ELSEWHERE_RE, Detector, _caseless_search, _caseless_twin

    catalog = Detector().catalog
    regexes = [signal.text_regex for group in catalog.cue_groups.values() for signal in group.signals
               if signal.text_regex is not None]
    assert len(regexes) >= 5
    assert all(_caseless_twin(regex) is not None for regex in regexes)  # the catalog's all have one
    regexes.append(_POINTS_ELSEWHERE_RE)  # (a line's test, searched by its twin too)
    rng = random.Random(11)
    words = ["Настоящие", "ПРАВИЛА", "педагогической", "этики", "ОСЫ", "Үлгілік", "ҚАҒИДАЛАР", "These", "MODEL",
             "rules", "Утверждены", "приказом", "МИНИСТРА", "министрінің", "БҰЙРЫҒЫМЕН", "бекітілген", "Approved",
             "BY", "order", "of", "the", "Minister", "УНИВЕРСИТЕТ", "бiлiм", "ТОО", "©", "ЖШС", "\n", "«", "."]
    samples = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 14))) for _ in range(3000)]
    # Letters sre takes for another ("ı" for "i", "ſ" for "s", "ᲀ" for "в"), as a page may carry them.
    samples += [text.replace("i", "ı").replace("s", "ſ").replace("в", "ᲀ") for text in samples[:500]]
    for regex in regexes:
        twin = _caseless_twin(regex)
        assert twin is not None
        assert not twin.flags & re.IGNORECASE, regex.pattern[:60]  # "(?mi)" too: the twin compares letters as they are
        for text in samples:
            assert bool(twin.search(text.lower().translate(_CASE_FOLDS))) == bool(regex.search(text)), (
                regex.pattern[:60], text)
            assert _caseless_search(regex, text) == bool(regex.search(text))
    pointers = ["Информация о переводе — В РАЗДЕЛЕ «Студенту».", "Сведения о конкурсе ПУБЛИКУЮТСЯ в разделе «Обучающимся».",
                "Rules are Published in the «Students» Section.", "Грантқа ауысу туралы ақпарат «Студентке» БӨЛІМІНДЕ.",
                "Порядок ИЗЛОЖЕН в главе 7.", "Раздел «Студенту» обновлён.", "Published in the Gazette."]
    found = [_caseless_search(_POINTS_ELSEWHERE_RE, text) for text in pointers]
    assert found == [bool(_POINTS_ELSEWHERE_RE.search(text)) for text in pointers] and sum(found) >= 4
    # A case-sensitive pattern, and one naming a capital by its code, keep their own search.
    assert _caseless_twin(re.compile("ТОО")) is None
    assert _caseless_twin(re.compile(r"\u0422ОО", re.IGNORECASE)) is None
    assert _caseless_twin(re.compile(r"(?-i:ТОО) ltd", re.IGNORECASE)) is None
    twin = _caseless_twin(re.compile(r"\bПРИКАЗ\S*\s+\W?Министра\B", re.IGNORECASE))
    assert twin is not None and twin.pattern == r"\bприказ\S*\s+\W?министра\B"  # escapes keep their case


def test_the_letter_spaced_word_regex_finds_what_its_plain_form_finds() -> None:
    import re

    from detectors.extract.textutil import _SPACED_LETTERS_RE

    plain = re.compile(r"(?<![^\s])(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ] ){3,}[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ](?![^\s])")
    rng = random.Random(13)
    samples = ["П О Л О Ж Е Н И Е", "x П О Л О", "xП О Л О", "Б Е К І Т Е М І Н\nok", "(П О Л О)"]
    samples += ["".join(rng.choice("ПОЛАBCІ  \n(x.") for _ in range(rng.randint(1, 30))) for _ in range(20000)]
    for text in samples:
        assert ([m.span() for m in _SPACED_LETTERS_RE.finditer(text)]
                == [m.span() for m in plain.finditer(text)]), text


def test_a_phrase_is_listed_under_its_least_used_concept_and_found_as_before() -> None:
    """"@regulation @gifts" waits under @gifts, not under @regulation that many phrases use (and many lines
    hold): fewer candidates per line, the same hits."""
    concepts = {"regulation": [compile_phrase("положение", "concept:regulation", set()),
                               compile_phrase("правила", "concept:regulation", set())],
                "gifts": [compile_phrase("подарки", "concept:gifts", set())],
                "exam": [compile_phrase("экзамен", "concept:exam", set())],
                "ethics": [compile_phrase("этика", "concept:ethics", set())]}
    names = set(concepts)
    phrases = [compile_phrase("@regulation @gifts", "gifts_policy", names),
               compile_phrase("@regulation @exam", "exam_rules", names),
               compile_phrase("@regulation @ethics", "ethics_code", names)]
    matcher = Matcher(concepts, phrases)
    gifts_policy = phrases[0]
    assert gifts_policy in matcher._by_item["@gifts"]
    assert gifts_policy not in matcher._by_item.get("@regulation", [])
    text = clean_text("Положение о подарках и правила экзамена")
    hits = {h.phrase.owner for h in matcher.scan_words(matcher.words(text)[1]).hits}
    assert {"gifts_policy", "exam_rules"} <= hits and "ethics_code" not in hits


def test_case_folds_are_the_letters_sre_takes_for_one_another() -> None:
    import re

    from detectors.engine import _CASE_FOLDS

    assert {(chr(code), letter) for code, letter in _CASE_FOLDS.items()} >= {("ı", "i"), ("ſ", "s"), ("µ", "μ"), ("ᲀ", "в")}
    for code, letter in _CASE_FOLDS.items():
        assert re.fullmatch(re.escape(letter), chr(code), re.IGNORECASE), (chr(code), letter)
        assert not re.fullmatch(re.escape(letter), chr(code)), (chr(code), letter)


def _a_match(parsed: list, rng: random.Random) -> str:
    """A random string written by a parsed pattern's parts (it may still fail an anchor or a lookaround: checked after)."""
    from re import _constants as c  # type: ignore[attr-defined]

    out = []
    for op, av in parsed:
        if op is c.LITERAL:
            out.append(chr(av))
        elif op is c.NOT_LITERAL:
            out.append("x" if av != ord("x") else "y")
        elif op is c.ANY:
            out.append("a")
        elif op is c.IN:
            kind, value = rng.choice([item for item in av if item[0] is not c.NEGATE] or [(c.LITERAL, ord("z"))])
            if kind is c.LITERAL:
                out.append(chr(value))
            elif kind is c.RANGE:
                out.append(chr(rng.randint(*value)))
            else:  # a category: a word's letter, a space, a digit
                out.append({c.CATEGORY_DIGIT: "7", c.CATEGORY_SPACE: " ", c.CATEGORY_NOT_SPACE: "б"}.get(value, "б"))
        elif op is c.BRANCH:
            out.append(_a_match(list(rng.choice(av[1])), rng))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, high, sub = av
            out.extend(_a_match(list(sub), rng) for _ in range(rng.randint(low, min(high, low + 2))))
        elif op is c.SUBPATTERN:
            out.append(_a_match(list(av[3]), rng))
        elif op is c.ATOMIC_GROUP:
            out.append(_a_match(list(av), rng))
        elif op is c.CATEGORY:
            out.append({c.CATEGORY_DIGIT: "7", c.CATEGORY_SPACE: " "}.get(av, "б"))
    return "".join(out)


def test_a_regex_is_never_skipped_where_it_would_match() -> None:
    """detectors.literals: AND and OR of the words each part of a match holds, tested on matches written from each
    pattern the engine reads page-wide (the catalog's cue regexes, as their case-sensitive twins)."""
    import re
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    from detectors.engine import _NOT_OFFERED_RE, _NOT_YET_RE, Detector, _caseless_twin
    from detectors.literals import condition_holds, required_condition

    catalog = Detector().catalog
    regexes = [_caseless_twin(signal.text_regex) or signal.text_regex for group in catalog.cue_groups.values()
               for signal in group.signals if signal.text_regex is not None]
    regexes += [_caseless_twin(_NOT_OFFERED_RE) or _NOT_OFFERED_RE, _caseless_twin(_NOT_YET_RE) or _NOT_YET_RE]
    rng = random.Random(7)
    trees = tested = 0
    for regex in regexes:
        condition = required_condition(regex)
        trees += isinstance(condition, tuple)
        parsed = list(sre_parse.parse(regex.pattern, regex.flags))
        for _ in range(200):
            text = f"Колледж\n{_a_match(parsed, rng)}\nend"
            if regex.search(text):
                tested += 1
                assert condition_holds(condition, text), (regex.pattern[:80], text, condition)
    assert trees >= len(regexes) // 4  # many patterns need words from two parts or more
    assert tested >= len(regexes) * 50
    sample = re.compile(r"(?:раздел|страница)\s+находится\s+в\s+(?:разработке|наполнении)|бөлім\s+толықтырылу\s+үстінде")
    condition = required_condition(sample)
    assert condition_holds(condition, "Раздел находится в разработке".lower())
    # (The first words of one way to match without its last ones: skipped, where one set of words could not tell.)
    assert not condition_holds(condition, "раздел находится на главной странице; бөлім")
    assert required_condition(re.compile(r"(?m)^[ \t]*(?:утвержд[её]н[аоы]?|approved)\s+(?:приказом|order)")) == (
        "&", (frozenset({"приказом", "order"}), frozenset({"утвержден", "утверждён", "approved"})))  # fewer words first
    # (A way to match whose word has two letters tests nothing: "by" occurs on nearly every page.)
    assert required_condition(re.compile(r"(?:утвержд[её]н|approved)\s+(?:приказом|by)")) == {"утвержден", "утверждён",
                                                                                                "approved"}
    assert required_condition(re.compile(r"(?:ab)?cdef+ghi")) == ("&", (frozenset({"cde"}), frozenset({"ghi"})))
    assert required_condition(re.compile(r"\d+|abc")) is None  # one way to match holds no fixed letters
    assert required_condition(re.compile("xyz(?i:abc)uvw")) == ("&", (frozenset({"xyz"}), frozenset({"uvw"})))
    assert required_condition(re.compile(r"by\s+of")) is None  # words of two letters occur on nearly every page
    assert required_condition(re.compile("abc", re.IGNORECASE)) is None
    assert not condition_holds(frozenset({"приказ"}), "Кодекс") and condition_holds(None, "")
    # The words of many conditions found in one pass give the same answers as looking for each.
    from detectors.literals import WordIndex

    conditions = [required_condition(regex) for regex in regexes]
    index = WordIndex(conditions)
    pages = ["раздел находится в разработке", "приказом министра утверждены типовые правила", "колледж\nend", ""]
    for page in pages:
        found = index.found_in(page)
        assert all(condition_holds(c, page, found) == condition_holds(c, page) for c in conditions)


def test_the_hand_kept_stems_of_the_sentence_regexes_hold_every_match() -> None:
    """_NOT_OFFERED_STEMS and _NOT_YET_STEMS skip the search where none occurs: matches written from each regex (with
    whitespace collapsed, as extraction leaves a page's text) each hold one."""
    import re
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    from detectors.engine import (
        _NOT_OFFERED_RE,
        _NOT_OFFERED_STEMS,
        _NOT_YET_RE,
        _NOT_YET_STEMS,
        _not_offered,
    )

    rng = random.Random(13)
    for regex, stems in ((_NOT_OFFERED_RE, _NOT_OFFERED_STEMS), (_NOT_YET_RE, _NOT_YET_STEMS)):
        parsed = list(sre_parse.parse(regex.pattern, regex.flags & ~re.IGNORECASE))
        tested = 0
        for _ in range(3000):
            text = re.sub(r"\s+", " ", f"Колледж {_a_match(parsed, rng)} end")
            if regex.search(text):
                tested += 1
                assert any(stem in text.lower() for stem in stems), text
        assert tested >= 1000
    assert _not_offered("Online dormitory registration is not yet available.")


def test_a_regex_tried_only_where_its_matches_may_start_finds_what_finditer_finds() -> None:
    """detectors.literals.StartsText: each cue regex (and its case-sensitive twin) tried only where a way of it to match
    starts, or at the starts of lines, finds the same matches as finditer, in texts written from its own matches."""
    import re
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    from detectors.engine import Detector, _caseless_twin
    from detectors.literals import StartsText, _plan

    catalog = Detector().catalog
    regexes = [regex for group in catalog.cue_groups.values() for signal in group.signals
               if signal.text_regex is not None
               for regex in (signal.text_regex, _caseless_twin(signal.text_regex)) if regex is not None]
    regexes += [re.compile(r"(?m)^$|ab"), re.compile(r"(?m)^[^\n]{0,40}(?:abc|xyz)"), re.compile(r"(?:x)?abcd|\d{1,2}\s+efgh")]
    rng = random.Random(11)
    planned = matched = 0
    filler = ["Колледж", "студенты и сотрудники", "раздел сайта", "— ", "is not", "\n", "\n\n", " ", "12 ", "«»", "|"]
    for regex in regexes:
        planned += _plan(regex) is not None
        parsed = list(sre_parse.parse(regex.pattern, regex.flags))
        for _ in range(60):
            pieces = [rng.choice(filler) for _ in range(rng.randint(0, 6))]
            pieces += [_a_match(parsed, rng) for _ in range(rng.randint(1, 3))]
            rng.shuffle(pieces)
            text = "".join(pieces)
            for sample in (text, text.lower()):
                expected = [match.span() for match in regex.finditer(sample)]
                matched += bool(expected)
                assert [match.span() for match in StartsText(sample).finditer(regex)] == expected, (regex.pattern[:80], sample)
                assert StartsText(sample).search(regex) == bool(expected)
    assert planned >= len(regexes) // 2  # most patterns are tried only at some places
    assert matched >= len(regexes) * 40


def test_an_alternation_is_cut_into_its_ways_only_at_its_top() -> None:
    """detectors.literals.alternatives: a pattern's "|" inside a group or a class, or escaped, cuts no way; a pattern that
    refers to its groups is not cut (StartsText.search over the ways is checked against the whole pattern above)."""
    import re

    from detectors.literals import _top_alternatives, alternatives

    assert _top_alternatives(r"a(?:b|c)|[|]d|e\|f|[]|]x|[^]|]y") == ["a(?:b|c)", "[|]d", r"e\|f", "[]|]x", "[^]|]y"]
    ways = alternatives(re.compile(r"(?m)^[^\n]{0,40}(?:abc|xyz)|(?:^|\|)[ \t]*q|\bdefg"))
    assert ways is not None
    assert [way.pattern for way in ways[0]] == [r"^[^\n]{0,40}(?:abc|xyz)", r"\bdefg"]
    assert ways[1] is not None and ways[1].pattern == r"(?:^|\|)[ \t]*q" and ways[1].flags & re.MULTILINE
    assert alternatives(re.compile(r"(a)bcd|\1efgh")) is None
    assert alternatives(re.compile(r"abcd(?:e|f)")) is None


def test_a_line_without_a_sentence_end_is_one_sentence_as_the_split_says() -> None:
    """detectors.normalize.line_sentences: the quick test for a place to split (_SENTENCE_END_RE) skips only lines that
    _SENTENCE_SPLIT_RE leaves whole."""
    from detectors.normalize import _SENTENCE_SPLIT_RE, line_sentences

    rng = random.Random(13)
    pieces = ["Приказ", " ", "  ", "\t", ".", "!", "?", ";", ":", "«", "(", "\"", "“", "А", "Ә", "б", "B", "c", "1", "им.",
              "ул.", "Dr.", "No.", "St.", " Л.", "Н.", "|", "-", "\u00a0", "ў"]
    samples = ["", " ", "Положение о совете. Утверждено 2024.", "Тел.: 8 (7172) 70-97-77", "им. Абая", "a. B", "1. 2",
               "Осы ереже; Қазақстан", "Dr. Aliyev said: Yes"]
    samples += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(20000)]
    for line in samples:
        assert line_sentences(line) == [piece for piece in _SENTENCE_SPLIT_RE.split(line) if piece.strip()], line
