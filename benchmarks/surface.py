"""Do verdicts depend on how a page is typed? A script that prints figures, not a test.

    .venv/bin/python benchmarks/surface.py [--data FILE] [--seeds 3] [--list]

Every unsealed labelled page of --data (default ../shared/data/pages-dev.jsonl, read now and kept nowhere in the
project) is classified as the detection benchmark does, then again with its surface changed the ways real sites
change it: its title in capitals or lower case, its first word letter-spaced, or with a letter dropped (--seeds
draws of the letter), Kazakh typed on a Russian layout or with a Latin "i" for "і", straight quotes for «», and the
lines a CMS puts inside an article (its date and view count under the title; "print", "share", "back to the list"
under the text; a cookie notice) in Kazakh, Russian and English. Printed: for each change, how many pages got other
"found" verdicts than their own, and whether that moved them towards or away from their labels. A robust detector's
verdicts do not depend on these. --list names each changed verdict (unsealed pages only; sealed pages are skipped).
benchmarks/wrapping.py asks the same of the ways a page is served (templates, PDF, DOCX, lists).
"""

from __future__ import annotations

import argparse
import random
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from detection import wrap_html  # noqa: E402
from wrapping import DEFAULT_DATA, VerdictChanges  # noqa: E402

from adalscan.models import Document  # noqa: E402
from detectors.engine import Detector  # noqa: E402
from detectors.extract.extract import extract_document  # noqa: E402
from detectors.learn import LabelledPage, is_sealed, read_labelled  # noqa: E402
from simweb.textvariants import drop_letter, russian_lookalikes  # noqa: E402

# What a CMS prints inside an article: under its title, and under its text.
ARTICLE_LINES = {
    "kk": ("Жарияланған күні: 12.09.2025 | Қаралды: 1284", "Басып шығару нұсқасы", "Бөлісу: Facebook Telegram",
           "Тізімге оралу"),
    "ru": ("Опубликовано: 12.09.2025 | Просмотров: 1284", "Версия для печати", "Поделиться: Facebook Telegram",
           "Назад к списку"),
    "en": ("Published: 12.09.2025 | Views: 1284", "Print version", "Share: Facebook Telegram", "Back to list"),
}
COOKIE_NOTICE = {
    "kk": "Сайт жұмысын жақсарту үшін cookie файлдарын пайдаланамыз. Жалғастыра отырып, құпиялылық саясатымен келісесіз.",
    "ru": "Мы используем файлы cookie для улучшения работы сайта. Продолжая, вы соглашаетесь с политикой "
          "конфиденциальности.",
    "en": "We use cookies to improve the website. By continuing you agree to the privacy policy.",
}


def _with_title(text: str, change: Callable[[str], str]) -> str:
    first, sep, rest = text.partition("\n")
    return change(first) + sep + rest


def _letter_spaced_first_word(line: str) -> str:
    """"П О Л О Ж Е Н И Е о ...": official documents space out the first word of their title."""
    first, _, rest = line.partition(" ")
    return " ".join(first.upper()) + "  " + rest if first.isalpha() and len(first) >= 4 else line


def _with_article_lines(text: str, lang: str) -> str:
    under_title, *under_text = ARTICLE_LINES[lang]
    first, _, rest = text.partition("\n")
    return "\n".join([first, under_title, rest, *under_text])


def variants(record: LabelledPage, seeds: int) -> dict[str, str]:
    """The page's text as other sites would type it: name -> text (only the changes that change the text)."""
    text = record.text
    texts = {"title in capitals": _with_title(text, str.upper), "title in lower case": _with_title(text, str.lower),
             "title's first word letter-spaced": _with_title(text, _letter_spaced_first_word),
             "straight quotes": text.replace("«", '"').replace("»", '"')}
    for seed in range(seeds):
        rng = random.Random(zlib.crc32(record.id.encode("utf-8")) + seed)
        first, sep, rest = text.partition("\n")
        texts[f"a letter dropped from the title ({seed})"] = drop_letter(first, rng) + sep + rest
    if record.lang == "kk":
        texts["Kazakh on a Russian layout"] = russian_lookalikes(text)
        texts["Latin i for і"] = text.replace("і", "i").replace("І", "I")
    for lang in ARTICLE_LINES:
        texts[f"article lines ({lang})"] = _with_article_lines(text, lang)
        texts[f"cookie notice ({lang})"] = f"{text}\n{COOKIE_NOTICE[lang]}\nOK"
    return {name: changed for name, changed in texts.items() if changed != text}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--seeds", type=int, default=3, help="draws of the dropped letter")
    ap.add_argument("--list", action="store_true", help="name each changed verdict")
    args = ap.parse_args(argv)

    changes = VerdictChanges(Detector())
    records = [r for r in read_labelled(args.data) if not is_sealed(r.group)]
    for record in records:
        docs: dict[str, Document] = {
            name: extract_document(wrap_html(text).encode("utf-8"), record.url, "text/html; charset=utf-8")
            for name, text in variants(record, args.seeds).items()}
        changes.compare(record, changes.own(record), docs, args.list)
    changes.print(len(records), "retyped pages")
    changes.print_table("change")
    return 0


if __name__ == "__main__":
    sys.exit(main())
