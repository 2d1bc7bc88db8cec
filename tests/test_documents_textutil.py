"""Charset decisions, text clean-up and budgets shared by the extractors (documents.textutil)."""

from __future__ import annotations

import pytest
from scrapy.http import Headers

from detectors.extract.textutil import (
    EncodingHints,
    TextBudget,
    charset_from_content_type,
    clean_line,
    clean_text,
    codec_name,
    decode_body,
    header_value,
    leading_short_lines,
    reflow_wrapped_lines,
)

RU = "Противодействие коррупции"
KK = "Сыбайлас жемқорлыққа қарсы"


@pytest.mark.parametrize(("body", "hints", "markup", "text", "encoding"), [
    (KK.encode(), EncodingHints(), True, KK, "utf-8"),
    (RU.encode("cp1251"), EncodingHints(), False, RU, "cp1251"),
    (RU.encode("cp1251"), EncodingHints(declared="utf-8"), False, RU, "cp1251"),
    (RU.encode("koi8-r"), EncodingHints(header="koi8-r"), False, RU, "koi8-r"),
    (KK.encode("kz1048"), EncodingHints(declared="kz-1048"), False, KK, "kz1048"),
    (b'<meta charset="kz-1048">' + KK.encode("kz1048"), EncodingHints(declared="utf-8"), True,
     '<meta charset="kz-1048">' + KK, "kz1048"),
    (b"\xef\xbb\xbf" + KK.encode(), EncodingHints(declared="cp1251"), False, KK, "utf-8"),
    (b'<meta charset="utf-16">' + RU.encode("cp1251"), EncodingHints(), True,
     '<meta charset="utf-16">' + RU, "cp1251"),
    (b'<meta charset="zlib">' + RU.encode("cp1251"), EncodingHints(declared="base64"), True,
     '<meta charset="zlib">' + RU, "cp1251"),
    (b"ascii only", EncodingHints(declared="cp1251"), False, "ascii only", "utf-8"),
])
def test_decode_body(body: bytes, hints: EncodingHints, markup: bool, text: str, encoding: str) -> None:
    decoded = decode_body(body, hints, look_in_markup=markup)
    assert decoded.text == text
    assert decoded.encoding == encoding


def test_declared_legacy_charset_is_honoured_when_the_bytes_agree() -> None:
    decoded = decode_body(RU.encode("koi8-r"), EncodingHints(declared="koi8-r", header="windows-1251"),
                          look_in_markup=False)
    assert decoded.text == RU
    assert decoded.note is None


def test_notes_explain_overruled_declarations() -> None:
    wrong_utf8 = decode_body(b"<meta charset=windows-1251>" + RU.encode("cp1251"), EncodingHints(header="utf-8"),
                             look_in_markup=True)
    assert wrong_utf8.note is not None and "cp1251" in wrong_utf8.note
    wrong_legacy = decode_body(KK.encode(), EncodingHints(declared="cp1251"), look_in_markup=False)
    assert wrong_legacy.note is not None and "valid UTF-8" in wrong_legacy.note


def test_codec_names() -> None:
    assert codec_name("windows-1251") == "cp1251"
    assert codec_name("KZ-1048") == "kz1048"
    assert codec_name(" UTF8 ") == "utf-8"
    assert codec_name("no-such-charset") is None
    assert codec_name("rot13") is None and codec_name("zlib") is None and codec_name("utf-16") is None
    assert codec_name(None) is None


def test_charset_from_content_type() -> None:
    assert charset_from_content_type('text/html; charset="Windows-1251"') == "Windows-1251"
    assert charset_from_content_type("text/html;charset=utf-8") == "utf-8"
    assert charset_from_content_type("text/html") is None
    assert charset_from_content_type(None) is None


def test_header_value_from_dicts_and_scrapy_headers() -> None:
    assert header_value({"last-modified": "X"}, "Last-Modified") == "X"
    assert header_value({b"Content-Type": [b"text/html", b"text/plain"]}, "content-type") == "text/plain"
    assert header_value(Headers({"Content-Length": "12"}), "content-length") == "12"
    assert header_value({}, "Last-Modified") is None
    assert header_value(None, "Last-Modified") is None


def test_clean_text_normalises_whitespace_newlines_and_invisibles() -> None:
    raw = "  a\u00a0 b \r\n\r\n\tc\u200b d\x00\x07 \fe\u2028f\u00ad\n\n"
    assert clean_text(raw) == "a b\nc d\ne\nf"


def test_clean_text_composes_decomposed_letters() -> None:
    decomposed = "и\u0306"  # й written as и + combining breve, as some PDF producers emit it
    assert clean_text(decomposed) == "й"
    assert clean_line(decomposed, 10) == "й"


def test_clean_line_caps_length() -> None:
    assert clean_line("  a   b  " * 100, 7) == "a b a b"


def test_text_budget_cuts_at_the_cap_and_remembers() -> None:
    budget = TextBudget(10)
    assert budget.add("12345")
    assert not budget.add("abcdefgh")
    assert budget.full
    assert not budget.add("more")
    assert budget.text() == "12345\nabcd"
    assert len(budget.text()) == 10


def test_leading_short_lines_skips_numbers_and_long_lines() -> None:
    text = "12\n" + "x" * 200 + "\nБЕКІТЕМІН\nЖоспар\nЖоспар\n2025\nБөлім"
    assert leading_short_lines(text, count=3) == ["БЕКІТЕМІН", "Жоспар", "Бөлім"]


@pytest.mark.parametrize(("text", "charset", "caller_guess"), [
    ("План мероприятий", "cp1251", "cp1250"),  # what Scrapy guesses for a short undeclared Russian page
    (f"{KK} іс-қимыл жоспары, оқу жылы", "kz1048", "cp1251"),
    (f"{KK} іс-қимыл жоспары, оқу жылы", "kz1048", None),
    ("План мероприятий по противодействию коррупции", "koi8-r", None),
    ("План мероприятий по противодействию коррупции", "koi8-r", "cp1251"),
    ("«План» — №5, утверждён", "cp1251", None),
])
def test_undeclared_legacy_charsets_are_chosen_by_the_bytes(text: str, charset: str, caller_guess: str | None) -> None:
    decoded = decode_body(text.encode(charset), EncodingHints(declared=caller_guess), look_in_markup=True)
    assert decoded.text == text
    assert decoded.encoding == charset


def test_a_header_charset_is_trusted_over_the_byte_score() -> None:
    """An explicit declaration is the page's own word: cp1251 Ukrainian stays cp1251."""
    text = "Київ, Україна: ґанок, їжак, єнот"
    decoded = decode_body(text.encode("cp1251"), EncodingHints(header="windows-1251"), look_in_markup=True)
    assert decoded.text == text


def test_wrapped_lines_of_running_text_are_joined_into_paragraphs() -> None:
    wrapped = ("ПОЛОЖЕНИЕ\n"
               "о комиссии по академической честности\n"
               "1. Общие положения\n"
               "1.1. Комиссия создаётся для рассмотрения обращений обучающихся и преподавателей по\n"
               "вопросам нарушения академической честности, плагиата и списывания при сдаче\n"
               "экзаменов и зачётов в течение учебного года.\n"
               "Отчёт о результатах анкетирования обучающихся (2025 г.)\n"
               "Сауалнамаға 412 респондент қатысты.\n"
               "Короткая строка.\n"
               "а) первый подпункт;\n"
               "б) второй подпункт.")
    assert reflow_wrapped_lines(wrapped).split("\n") == [
        "ПОЛОЖЕНИЕ о комиссии по академической честности",  # a title broken before a lowercase word
        "1. Общие положения",  # a list item starts its own line
        "1.1. Комиссия создаётся для рассмотрения обращений обучающихся и преподавателей по вопросам нарушения "
        "академической честности, плагиата и списывания при сдаче экзаменов и зачётов в течение учебного года.",
        "Отчёт о результатах анкетирования обучающихся (2025 г.)",  # a title followed by a sentence stays
        "Сауалнамаға 412 респондент қатысты.",
        "Короткая строка.",
        "а) первый подпункт;",
        "б) второй подпункт."]
    assert reflow_wrapped_lines("Сыбайлас жемқорлыққа қарсы іс-\nшаралар жоспары\nБекітілді\n2025 ж.") \
        == "Сыбайлас жемқорлыққа қарсы іс-шаралар жоспары\nБекітілді\n2025 ж."  # a hyphen at the break stays


@pytest.mark.parametrize(("raw", "clean"), [
    ("П О Л О Ж Е Н И Е  о комиссии", "ПОЛОЖЕНИЕ о комиссии"),
    ("П О Л О Ж Е Н И Е   О   К О М И С С И И", "ПОЛОЖЕНИЕ О КОМИССИИ"),  # words two or more spaces apart
    ("Б Е К І Т Е М І Н\nРектор ____", "БЕКІТЕМІН\nРектор ____"),
    ("в и с к", "в и с к"),  # lowercase one-letter words stay apart
    ("A B C", "A B C"),  # three capitals are an initialism or a list, not a spaced word
])
def test_a_letter_spaced_word_is_read_as_one(raw: str, clean: str) -> None:
    """Official documents space out the first word of their title or approval block: it is one word."""
    assert clean_text(raw) == clean
    assert clean_line(raw, 200) == clean.replace("\n", " ")
