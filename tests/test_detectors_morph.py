"""Word normalisation: folding, Latin-script Kazakh, Kazakh suffixes, Russian lemmas, English stems,
tokens, URL words and fuzzy matching (detectors.morph, detectors.normalize, detectors.patterns)."""

from __future__ import annotations

import pytest

from detectors.morph import (
    english_stem,
    fix_mixed_script,
    fold,
    latin_readings,
    latin_to_cyrillic,
    russian_lemma,
    strip_kazakh_suffixes,
    word_keys,
)
from detectors.normalize import clean_text, split_sentences, tokenize, url_text, windows
from detectors.patterns import Matcher, PhraseError, compile_phrase


def keys(word: str) -> set[str]:
    return set(word_keys(word.lower()))


@pytest.mark.parametrize(("kazakh", "russian_lookalike"), [
    ("жемқорлыққа", "жемкорлыкка"), ("қарсы", "карсы"), ("әдеп", "адеп"), ("ұрпақ", "урпак"),
    ("үміткер", "умиткер"), ("кеңес", "кенес"), ("ғылыми", "гылыми"), ("өтінім", "отиним"), ("һ", "х"),
])
def test_fold_meets_russian_lookalikes(kazakh: str, russian_lookalike: str) -> None:
    assert fold(kazakh) == fold(russian_lookalike)
    assert keys(kazakh) & keys(russian_lookalike)


def test_fold_variants() -> None:
    assert fold("ёлка") == fold("елка")
    assert fold("политический") == "политическии"  # й -> и
    assert fold("ərine") != ""  # Latin schwa from PDF fonts folds like ә
    assert fold("ə") == fold("ә")


def test_mixed_script_words_are_repaired() -> None:
    assert fix_mixed_script("жемқорлыққa") == "жемқорлыққа"  # Latin "a" at the end
    assert fix_mixed_script("plаn") == "plan"  # Cyrillic "а" inside a Latin word
    # A Latin slug that kept its Kazakh letters ("t%D2%AFsu"): they become Latin-script Kazakh letters.
    assert fix_mixed_script("tүsu") == "tüsu" and fix_mixed_script("қazhet") == "qazhet"
    assert keys("Кoдекс") == keys("Кодекс")


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("sybaılas jemqorlyqqa qarsy is-qımyl josparı", "сыбайлас жемқорлыққа қарсы іс-қимыл жоспары"),  # 2021
    ("sybaılas jemqorlyqqa qarsy", "сыбайлас жемқорлыққа қарсы"),
    ("stýdentterdiń ar-namys kodeksi", "студенттердің ар-намыс кодексі"),  # 2018 acute alphabet
    ("sybaylas-zhemkorlykka-karsy", "сыбайлас жемқорлыққа қарсы"),  # informal URL slug
    ("antikorruptsionnaya politika", "антикоррупционная политика"),  # Russian slug
    ("protivodeystvie korruptsii", "противодействие коррупции"),
    ("polozhenie o dissertatsionnom sovete", "положение о диссертационном совете"),
    ("akademicheskoj mobilnosti", "академической мобильности"),
    ("auysuğa onlain ötınış", "ауысуға онлайн өтініш"),  # 2021: "y" after a vowel is ы here, not й
    ("kodeks etiki", "кодекс этики"),  # Russian slug: "e" for "э"
    ("plagiatqa tekseru", "плагиатқа тексеру"),  # "ia" is иа here, ия in "akademiia"
    ("sybaılas jemqorlyqqa qarsy komıssııa", "сыбайлас жемқорлыққа қарсы комиссия"),  # 2018: "ıa" is я
])
def test_latin_words_meet_their_cyrillic_spelling(latin: str, cyrillic: str) -> None:
    latin_tokens = tokenize(clean_text(latin))
    cyrillic_tokens = tokenize(clean_text(cyrillic))
    assert len(latin_tokens) == len(cyrillic_tokens)
    for lat, cyr in zip(latin_tokens, cyrillic_tokens, strict=True):
        common = set(lat.keys) & set(cyr.keys)
        close = any(_close(a, b) for a in lat.keys for b in cyr.keys)
        assert common or close, (lat.keys, cyr.keys)


def _close(a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    return len(a) >= 6 and fuzz.ratio(a, b) >= 88


def test_the_2021_alphabets_iia_is_one_ia() -> None:
    """"komissiianyñ" is комиссияның (и + я written i + ia), word for word, as the exact forms ("=...") compare."""
    assert "комиссияның" in latin_readings("komissiianyñ")
    assert "академия" in latin_readings("akademiia")
    assert keys("komissiianyñ") & keys("комиссияның")


def test_the_2017_alphabets_apostrophe_letters_stay_in_their_words() -> None:
    """"ken'es" is кеңес and "lay'azymdarg'a" лауазымдарға (n' = ң, y' = у, g' = ғ), one word each; an English
    possessive or contraction still ends its word ("university's", "don't", "you'll")."""
    text = clean_text("Dissertatsiialyq ken’es turaly erezhe. Bos lay'azymdarg'a konku'rs")
    assert [text[t.start:t.end] for t in tokenize(text)][:5] == ["dissertatsiialyq", "ken’es", "turaly", "erezhe", "bos"]
    assert keys("ken'es") & keys("кеңес")
    assert keys("lay'azymdarg'a") & keys("лауазымдарға")
    assert keys("konku'rs") & keys("конкурс")
    english = clean_text("The university's rector's blog: don't, you'll")
    words = [english[t.start:t.end] for t in tokenize(english)]
    assert words == ["the", "university", "s", "rector", "s", "blog", "don", "t", "you", "ll"]


def test_transliteration_rules() -> None:
    assert latin_to_cyrillic("sybaylas") == "сыбайлас"  # y after a vowel -> й
    assert latin_to_cyrillic("jospar") == "жоспар"  # j before a vowel -> ж
    assert latin_to_cyrillic("akademicheskoj") == "академической"  # j at the end -> й
    assert latin_to_cyrillic("popechitelskiy") == "попечителский"
    assert latin_to_cyrillic("qoǵam") == "қоғам"
    assert latin_to_cyrillic("kóz") == "көз"


@pytest.mark.parametrize(("word", "stem"), [
    ("жоспарларын", "жоспар"), ("жоспары", "жоспар"), ("жоспарының", "жоспар"), ("ережесі", "ереже"),
    ("ережелері", "ереже"), ("комиссиясының", "комиссия"), ("кеңесінің", "кенес"), ("мектебі", "мектеп"),
    ("құрамның", "курам"), ("студенттердің", "студент"), ("кодексі", "кодекс"), ("саясаты", "саясат"),
    ("стипендиясы", "стипендия"), ("жемқорлықпен", "жемкорлык"),
    # A verbal noun in -у takes the consonant forms of the case endings: оқу-ды, оқу-дың, бағалау-ы.
    ("аттестаттауды", "аттестаттау"), ("өткізудің", "откизу"), ("тіркеуді", "тиркеу"), ("бағалауы", "багалау"),
])
def test_kazakh_suffix_stripper(word: str, stem: str) -> None:
    assert stem in strip_kazakh_suffixes(fold(word))


def test_kazakh_stems_keep_derivation_and_short_words() -> None:
    assert strip_kazakh_suffixes("жемкорлык") == ("жемкорлык",)  # -лық is not stripped
    assert strip_kazakh_suffixes("ар") == ("ар",)  # too short to strip


@pytest.mark.parametrize(("word", "lemma"), [
    ("противодействию", "противодействие"), ("коррупции", "коррупция"), ("антикоррупционной", "антикоррупционный"),
    ("положения", "положение"), ("правил", "правило"), ("попечительского", "попечительский"),
])
def test_russian_lemmas(word: str, lemma: str) -> None:
    assert russian_lemma(word) == lemma


def test_unknown_words_are_not_lemmatised_as_russian() -> None:
    assert russian_lemma("жоспар") is None
    assert keys("жоспары") == {"жоспар"}  # goes to the Kazakh stripper instead


@pytest.mark.parametrize(("word", "stem"), [
    ("regulations", "regulation"), ("policies", "policy"), ("students", "student"), ("honour", "honor"),
    ("checking", "check"), ("code", "code"), ("programme", "program"),
    # A Greek plural is its singular's, not the word it would be cut to ("theses" is no "these").
    ("theses", "thesis"), ("thesis", "thesis"), ("these", "these"),
])
def test_english_stems(word: str, stem: str) -> None:
    assert english_stem(word) == stem


def test_tokens_keep_offsets_and_exact_forms() -> None:
    text = clean_text("Анти-коррупционная «Политика» 2025 года")
    tokens = tokenize(text)
    assert [text[t.start:t.end] for t in tokens] == ["анти", "коррупционная", "политика", "года"]
    assert "=политика" in tokens[2].keys  # exact-form key for "=word" phrases
    assert clean_text("İzdeu") == "izdeu"  # Kazakh 2021 capital İ keeps offsets


def test_url_words() -> None:
    assert url_text("https://u.example.test/ru/antikorruptsionnaya-politika.pdf?lang=kk") == \
        "ru antikorruptsionnaya politika pdf"
    # A CMS's routing says nothing about the page ("article" would read as news); other values name it.
    assert url_text("https://u.example.test/index.php?option=com_content&view=article&id=871&Itemid=285") == "index php 871"
    assert url_text("https://u.example.test/index.php?page=antikor&tag=plan+meropriyatiy") == \
        "index php antikor plan meropriyatiy"
    assert url_text("https://u.example.test/kk/%D0%B5%D1%80%D0%B5%D0%B6%D0%B5") == "kk ереже"


def test_sentences_and_windows() -> None:
    body = "Первая строка\n" + "Длинное предложение номер один. " * 12 + "\n\n• пункт"
    pieces = split_sentences(body)
    assert pieces[0] == "Первая строка" and len(pieces) > 3
    tokens = tokenize(clean_text("слово " * 100))
    spans = windows(tokens)
    assert spans[0] == (0, 48) and spans[-1][1] == 100
    assert all(end - start <= 48 for start, end in spans)


def test_fuzzy_matching_catches_typos_not_other_words() -> None:
    names: set[str] = set()
    phrase = compile_phrase("антикоррупционная политика", "anticorruption_policy", names)
    matcher = Matcher({}, [phrase], fuzzy_min_ratio=88)
    typo = matcher.scan(tokenize(clean_text("Антикорупционная политика университета")))
    assert [h.phrase.owner for h in typo.hits] == ["anticorruption_policy"]
    assert 0.8 <= typo.hits[0].quality < 1.0
    other = matcher.scan(tokenize(clean_text("Антитеррористическая политика")))
    assert other.hits == []


def test_a_typo_in_an_inflected_form_is_caught_too() -> None:
    # "корупции" is two edits from the lemma "коррупция" (a letter and the ending), one without the endings.
    names: set[str] = set()
    matcher = Matcher({}, [compile_phrase("комиссия по противодействию коррупции", "commission", names)],
                      fuzzy_min_ratio=88)
    typo = matcher.scan(tokenize(clean_text("Протокол заседания комиссии по противодействию корупции")))
    assert [h.phrase.owner for h in typo.hits] == ["commission"]
    assert 0.8 <= typo.hits[0].quality < 1.0
    assert matcher.scan(tokenize(clean_text("Протокол заседания комиссии по противодействию контрабанде"))).hits == []


def test_a_typo_that_drops_the_third_letter_is_caught() -> None:
    # "ваантных", "элктронный": the first three letters no longer start a catalog word, so the cheap filter
    # in front of the look-up must know the catalog's words with their third letter dropped too.
    names: set[str] = set()
    matcher = Matcher({}, [compile_phrase("замещение вакантных должностей", "vacancy_rules", names),
                           compile_phrase("электронный журнал", "e_journal", names)], fuzzy_min_ratio=88)
    for text, owner in (("Правила замещения ваантных должностей", "vacancy_rules"), ("Элктронный журнал", "e_journal")):
        hits = matcher.scan_words(matcher.words(clean_text(text))[1]).hits
        assert [h.phrase.owner for h in hits] == [owner], text
        assert 0.8 <= hits[0].quality < 1.0


def test_an_inflected_word_that_dropped_its_third_letter_is_read_with_the_letter_put_back() -> None:
    # "обчающихся" is two edits from the lemma of "обучающихся" ("обучаться"), more than the fuzzy look-up
    # allows: the letter the catalog's key has in third place is put back and the word read again.
    names: set[str] = set()
    matcher = Matcher({}, [compile_phrase("кодекс этики обучающихся", "student_code", names)], fuzzy_min_ratio=88)
    hits = matcher.scan_words(matcher.words(clean_text("Кодекс этики обчающихся"))[1]).hits
    assert [h.phrase.owner for h in hits] == ["student_code"]
    assert hits[0].quality < 1.0
    assert matcher.scan_words(matcher.words(clean_text("Кодекс этики обвиняемых"))[1]).hits == []
    # Not an English word: with no dictionary to say "materials" is a word, it would be "ma(s)terials".
    english = Matcher({}, [compile_phrase("master thesis", "master_thesis", names)], fuzzy_min_ratio=88)
    assert english.scan_words(english.words(clean_text("Master thesis materials"))[1]).hits[0].end == 1
    assert english.scan_words(english.words(clean_text("Thesis materials"))[1]).hits == []
    # A Kazakh typo is read ("нәижелері" for "нәтижелері"), but not a word whose restored spelling only meets a short
    # stem: "бұрын" (earlier) is no "бұ(й)рын", stem "бұйр" of an order's word.
    results = Matcher({}, [compile_phrase("сауалнама нәтижелері", "survey", names)], fuzzy_min_ratio=88)
    assert [h.phrase.owner for h in results.scan_words(results.words(clean_text("Сауалнама нәижелері"))[1]).hits] == [
        "survey"]
    kazakh = Matcher({}, [compile_phrase("министрдің бұйрығы", "order", names)], fuzzy_min_ratio=88)
    assert kazakh.scan_words(kazakh.words(clean_text("Министрдің бұрын айтқаны"))[1]).hits == []


def test_a_typo_in_a_word_with_a_short_stem_is_read_by_its_written_form() -> None:
    # "мүдделер" (interests) has the key "муд": too short for a fuzzy look-up, so "мүддеер" is compared with the
    # catalog word as written. A fuzzy reading of one key also takes the others the written form stands for:
    # "ережлер" reads as "ережелер", which is also "ереже" (a regulation).
    names: set[str] = set()
    matcher = Matcher({}, [compile_phrase("мүдделер қақтығысын реттеу", "coi", names),
                           compile_phrase("бос орындарға орналасу ережелер", "rules", names)], fuzzy_min_ratio=88)
    for text, owner in (("Мүддеер қақтығысының алдын алу және реттеу туралы ереже", "coi"),
                        ("Бос орындарға орналасу ережлер", "rules")):
        hits = matcher.scan_words(matcher.words(clean_text(text))[1]).hits
        assert [h.phrase.owner for h in hits] == [owner], text
        assert 0.8 <= hits[0].quality < 1.0
    # A word of another meaning a few letters away is not one: "мүдірлер" (heads) is no "мүдделер".
    assert matcher.scan_words(matcher.words(clean_text("Мүдірлер қақтығысын реттеу"))[1]).hits == []


def test_a_word_the_dictionary_knows_is_not_read_as_a_typo_of_another() -> None:
    names: set[str] = set()
    matcher = Matcher({}, [compile_phrase("правила поведения", "conduct_rules", names)], fuzzy_min_ratio=88)
    holding = matcher.scan_words(matcher.words(clean_text("Правила проведения экзаменов"))[1])
    assert holding.hits == []  # "проведения" (of holding) is a word of its own, one letter off "поведения"
    typo = matcher.scan_words(matcher.words(clean_text("Правила повидения студентов"))[1])
    assert [h.phrase.owner for h in typo.hits] == ["conduct_rules"]
    assert matcher.scan(tokenize(clean_text("Правила проведения экзаменов"))).hits == []  # the token path alike


def test_a_name_one_letter_longer_than_a_short_key_is_not_that_key() -> None:
    # "Қорқыт Ата" (a university's name) is one letter off the stem of "қорытынды" (results): a five-letter key
    # leaves no room for a typo, so the survey's results are not read into a page that names the university.
    names: set[str] = set()
    phrase = compile_phrase("сауалнама қорытындысы", "survey_results", names)
    matcher = Matcher({}, [phrase], fuzzy_min_ratio=88)
    assert "корыт" in matcher.vocab  # the stem the name is one letter off
    named = matcher.scan(tokenize(clean_text("Қорқыт Ата атындағы университетте сауалнама өтті")))
    assert named.hits == []
    results = matcher.scan(tokenize(clean_text("Сауалнама қорытындысы")))
    assert [h.phrase.owner for h in results.hits] == ["survey_results"]


def test_phrase_syntax() -> None:
    names = {"anticor"}
    phrase = compile_phrase("@anticor жоспар|plan =өтті", "x", names)
    assert phrase.slots[0] == frozenset({"@anticor"})
    assert {"жоспар", "plan"} <= phrase.slots[1]
    assert phrase.slots[2] == frozenset({"=отти"})
    with pytest.raises(PhraseError, match="unknown concept"):
        compile_phrase("@nothing plan", "x", names)
    with pytest.raises(PhraseError, match="no content words"):
        compile_phrase("и в на", "x", names)
    with pytest.raises(PhraseError, match="unknown document feature"):
        compile_phrase("#fax", "x", names)


def test_word_order_and_distance() -> None:
    concepts = {"anticor": [compile_phrase("противодействие коррупции", "concept:anticor", set())]}
    phrase = compile_phrase("план @anticor", "anticorruption_plan", {"anticor"})
    matcher = Matcher(concepts, [phrase])
    near = matcher.scan(tokenize(clean_text("Противодействию коррупции: утвержден план")))
    assert [h.phrase.owner for h in near.hits] == ["anticorruption_plan"]
    far = matcher.scan(tokenize(clean_text("План " + "слово " * 30 + "противодействие коррупции")))
    assert far.hits == []


def test_a_latin_word_carries_the_exact_forms_of_its_readings() -> None:
    """A phrase's exact "=қойды" meets the 2018 alphabet's "qoıdy" (і, и and й fold to one key)."""
    from detectors.morph import surface_key, token_keys

    assert surface_key("қойды") in token_keys("qoıdy")
    assert surface_key("плагиатқа") in token_keys("plagiatqa")


def test_a_word_only_a_phrases_needs_names_is_looked_up() -> None:
    """The fast path looks up only words that may be catalog keys: "жауап", named only in a phrase's `needs`,
    must be one, or the phrase never has what it needs."""
    phrase = compile_phrase("блог", "head_blog", set(), needs=("сұрақ", "жауап"))
    matcher = Matcher({}, [phrase])
    _, relevant = matcher.words(clean_text("Жауап: жөндеу тамызда аяқталады."))
    assert any(key == "жауап" for _, found in relevant for key, _quality in found)
