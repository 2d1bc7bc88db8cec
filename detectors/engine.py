"""The one generic matching engine: Document -> Evidence, driven entirely by the YAML catalog.

Steps for one document (details in detectors/README.md):

1. cut the document into short segments by part: title pieces, headings (and, for PDF/DOCX or
   pages without headings, the first short lines, alone and joined by two or three; on a web page,
   the short title lines under its heading and under each section heading), link texts
   of referring pages, the referrer's title, the URL words, texts of links to files, body
   sentences;
2. match every segment against all catalog phrases at once (detectors.patterns.Matcher);
3. score each artefact hit: phrase weight x word quality x part weight, lowered when its own
   segment holds a negative phrase or cites a national "model" act, raised when the document
   names itself ("Настоящее положение", "Осы ереже", "This Code");
4. combine per artefact: best hit per part (body hits in several sentences add a bonus), then
   noisy-OR over parts, then the document-level cue factors (news/event report, third-party
   organisation, guidance or student work, reproduced national act);
5. map the rule score to a calibrated probability (the decision layer, detectors/decision.py),
   keep >= MIN_REPORTED;
6. find the period the document covers and mark evidence stale when that period has ended.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import ahocorasick

from detectors.catalog import Catalog, load_catalog, map_pattern_letters
from detectors.decision import (
    GENRE_MIN_STRENGTH,
    GENRE_OF_CUE,
    MIN_REPORTED,
    Candidate,
    DecisionModel,
    candidate_features,
    doc_features,
    load_decision,
)
from detectors.document import Document, Evidence
from detectors.literals import (
    StartsText,
    WordIndex,
    WordsFound,
    by_pattern,
    condition_holds,
    required_condition,
)
from detectors.morph import CYRILLIC_LETTER_RE
from detectors.normalize import (
    clean_text,
    line_sentences,
    split_sentences,
    tokenize,
    url_host,
    url_text,
    windows,
)
from detectors.patterns import CONCEPT_PREFIX, Hit, SegmentScan
from detectors.periods import Period, find_period, is_stale, latest_date
from detectors.spec import load_spec

SCAN_CACHE_SIZE = 50_000  # cached segment texts; cleared when full
MAX_BODY_CHARS = 400_000  # a 100-page PDF; the rest of a longer text is not read
MAX_SEGMENTS_PER_PART = 400
LEAD_LINES = 10
LEAD_LINE_MAX_CHARS = 160
HEADER_MAX_LINES = 4  # a page's header written as text: its title, a menu's row or two, the breadcrumb
DOCUMENT_OPENING_LINES = 8  # a page whose text opens a document within its first lines ("1. Общие положения") lists none
COUNTED_FACTOR = 0.8  # a line that gives a figure for what it names (see _counted)
INTRO_SENTENCE_WORDS = 12  # a line of this many words ending in a colon opens a list in a sentence, not as a title
# A listed document's file: its format, size or download word ("(PDF, 402 КБ) — скачать"), not a reference's year.
_FILE_NOTE_RE = re.compile(r"\b(?:pdf|docx?|xlsx?|rtf)\b|\d\s*(?:кб|мб|kb|mb)\b|(?:скачать|жүктеу|download)\W*$", re.IGNORECASE)
LISTED_FILE_WEIGHT = 0.6  # a line that lists a document by its title with its file's note
LEAD_FACTOR = 0.95  # first lines of a PDF count almost as much as a real heading
TOPIC_LIST_MIN = 3  # artefacts a sentence names at once that make it a list of topics
TOPIC_LIST_FACTOR = 0.5
_WHOSE_CUES = ("cue:third_party:", "cue:non_education:")  # cue groups that say whose a page is (see _cue_strengths)
HEAD_LEAD_LINES = 3  # lead lines that count as the document's head for cues
HTML_TITLE_BLOCK_LINES = 3  # short lines under a web page's heading read as the document's own title
HTML_TITLE_SEARCH_LINES = 12  # where the page's heading is looked for among its first lines
LATE_HEADING_MIN_LINES = 3  # lines of a page's own text above a heading that make it no heading of the page's
URL_DIRECTORY_FACTOR = 0.5  # a match only in the directories of a URL, not in the page's own name
MAX_PIPE_TRAIL_ITEMS = 4  # a path with pipes is this short ("Главная | Студентам | Стипендия"); a menu's row is longer
URL_MIXED_FACTOR = 0.7  # a match that needs words of the directories and of the page's name
HEAD_PARTS = frozenset({"title", "heading", "anchor", "url", "link"})
NEEDS_NEAR_SEGMENTS = 3  # a sentence's phrase finds the words it needs in the page's head or this many segments around it
HEAD_NEGATIVE_FACTOR = 0.4  # an artefact's negative phrase in the title / first lines
HEAD_NAMING_SCORE = 0.4  # a head hit at least this strong means the document is about that artefact
# A topic named only in a web page's head by a weak synonym ("Academic integrity" over a vacant-grant notice),
# on a page whose sentences (at least this many words) never speak of it but speak of another artefact: the
# head names the site's section.
TOPIC_ONLY_FACTOR = 0.75
TOPIC_ONLY_MIN_WORDS = 20
SECONDARY_MARGIN = 0.01  # a sentence in another artefact's document stays this far below `found`
WEAK_HEAD_SCORE = 0.2  # a head hit weaker than this (a word of the title block) names no second document
PASSING_MIN_ARTEFACTS = 2  # artefacts named only in the sentences of a page whose head names none: an overview page
PASSING_MIN_SCORE = 0.3
LINK_LINE_SHARE = 0.6  # a line whose text is at least this share a link's text is that link
TEASER_EXTRA_CHARS = 20  # a headline may sit in a link text with a date or "(Read more)" added
SHORT_LINE_CHARS = 100
SHORT_LINE_WORDS = 10
SNIPPET_CHARS = 240
QUALIFIER_WINDOW = 3  # tokens around a hit searched for @self / @model
MAX_BOOST_SCORE = 1.0
MENU_LINKS = 80  # link texts read to tell whose site a page is on (non_education cue)
SECTION_HEADING_WORDS = 4
SECTION_FACTOR = 0.9
WEAK_SYNONYM_WEIGHT = 0.5  # a synonym weighted below this only ever gives `uncertain` (detectors/README.md)
TIMELESS_SHARE = 0.7  # a never-expiring synonym this close to the best hit decides the period kind
# Weaker rule matches never reach MIN_REPORTED after calibration (a test checks it for the shipped
# weights), so detect() does not score them; learning looks further down (LEARN_MIN_CONFIDENCE).
CANDIDATE_MIN_CONFIDENCE = 0.15
LEARN_MIN_CONFIDENCE = 0.05

FILE_EXTENSIONS = (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".rtf", ".odt", ".ppt", ".pptx")


def _is_file_link(url: str) -> bool:
    return url.split("?", 1)[0].split("#", 1)[0].lower().endswith(FILE_EXTENSIONS)
# "4. ", "2.3 ", "5) ": a numbered section or clause of a document.
# A section's number: "4. ", "4.2 ", "Глава 4. ", "Раздел IV ", "4-бөлім. ", "Chapter 4 ", "Слайд 7. " (a presentation's slide).
_SECTION_NUMBER_RE = re.compile(
    r"\s*(?:(?:глава|раздел|параграф|бөлім|тарау|слайд|chapter|section|slide)\s+(?:\d{1,2}|[IVX]{1,5})[.):]?\s|"
    r"\d{1,2}\s?-\s?(?:бөлім|тарау)\w*[.:]?\s|\d{1,2}(?:\.\d{1,2})*[.)]?\s)", re.IGNORECASE)
# A numbered or bulleted item of running text (not an all-capitals heading like "1. ЖАЛПЫ ЕРЕЖЕЛЕР"); "12 сентября
# 2025", "12 September 2025", "12 қыркүйек 2025 ж." are dates, not items.
_LIST_ITEM_RE = re.compile(
    r"^\s*(?:\d{1,3}(?:\.\d{1,3})*[.)]?|[-•▪●*])\s+(?=.*[a-zа-яёәғқңөұүһі])"
    r"(?!(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    r"қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)\w*\s+\d{4})",
    re.IGNORECASE)
# Where a document's text begins: its first section ("Жалпы ережелер", "Общие положения", "General provisions") or a
# sentence that speaks of the document itself ("Осы Жоспар ...", "Настоящий Кодекс ...", "This Policy ..."), however
# short the lines a PDF wraps it in.
_BODY_OPENING_RE = re.compile(r"^\W*(?:\d{1,2}\.?\s*)?(?:жалпы\s+ережелер|общие\s+положения|general\s+provisions)\b|"
                              r"^\W*(?:осы|настоящ(?:ий|ая|ее|ие)|this|these)\s+\w", re.IGNORECASE)
# An order's operative text: its preamble ("В соответствии с Положением о комиссии ... ПРИКАЗЫВАЮ:", "... сәйкес
# БҰЙЫРАМЫН:", "In accordance with ..."): the documents it cites are no part of its title.
_ORDER_PREAMBLE_RE = re.compile(
    r"\W*(?:в\s+соответствии\s+с|согласно|в\s+целях|на\s+основании|руководствуясь|in\s+accordance\s+with|pursuant\s+to)\b|"
    r".*\b(?:ПРИКАЗЫВАЮ|ПОСТАНОВЛЯЮ|БҰЙЫРАМЫН|I\s+HEREBY\s+ORDER)\b")
# A roster's row by the member's role ("Төраға: Сейтқалиев Е. Б. – «...» ЖШС директоры", "Председатель – ...",
# "Члены комиссии:", "Secretary:"): the title block is over (the members' employers are no part of it).
_ROSTER_ROLE_RE = re.compile(
    r"\W*(?:(?:комиссия(?:ның|сының)?|кеңес(?:тің|інің)?|komissi[iy]a(?:nyń|nyn|synyń|synyn)?|ke[ńn]es(?:ti[ńn]|ini[ńn])?|"
    r"commission|council|board)\s+)?"  # "Комиссия төрағасы:"
    r"(?:председатель|заместитель\s+председателя|секретарь|члены(?:\s+\w+)?|төраға(?:сы|ның\s+орынбасары)?|"
    r"хатшы(?:сы)?|мүшелері|мүшесі|"
    # (Latin-script Kazakh: "Tóraǵa – ...", "Hatshy – ...", "Músheleri: ...")
    r"t[óo]ra[ǵg]a(?:sy|ny[ńn]\s+orynbasary)?|k?hatshy(?:sy)?|m[úu]sheleri|m[úu]shesi|"
    r"chair(?:man|person|woman)?|deputy\s+chair\w*|secretary|members)\s*[:–—-]", re.IGNORECASE)
# A plan's row by its quarter ("I тоқсан: ...", "2 квартал – ...", "Q3: ..."): the table of measures has begun.
_QUARTER_ROW_RE = re.compile(r"\W*(?:(?:[IV]{1,3}|[1-4])\s*-?\s*(?:тоқсан|токсан|квартал|quarter)|Q[1-4])\b", re.IGNORECASE)
# The minutes' text opens with who attended and the agenda ("Қатысқандар: ...", "Присутствовали:", "Повестка дня:").
_MINUTES_OPENING_RE = re.compile(
    r"\W*(?:присутствовали|присутствовало|отсутствовали|қатысқандар|қатыспағандар|қатысты|present|attended|absent|"
    r"повестка\s+дня|күн\s+тәртіб\w*|agenda)\b[^:\n]{0,40}:", re.IGNORECASE)
# An article or chapter of an act ("Статья 16-1. Антикоррупционные стандарты", "5-бап.", "Article 8", "Глава 2"): a
# heading inside the act, which names what the act says about a thing, not a document of the page's own.
_ARTICLE_HEADING_RE = re.compile(
    r"^\s*(?:(?:стат(?:ья|ьи)|article|глава|chapter|тарау|бап|бөлім)\s+\d{1,3}(?:[-.]\d{1,2})*\b|"
    r"\d{1,3}(?:-\d{1,2})?\s*-?\s*(?:бап|тарау)\b)", re.IGNORECASE)
# A breadcrumb trail: two steps or more ("Главная » Наука » Академическая честность", "Home / Students / Rules").
# (A "»" right after a word closes a quotation, «Преподаватель глазами студентов» — ..., and separates nothing.)
_BREADCRUMB_RE = re.compile(r"\S(?:\s*[›>→/|]|\s+»)\s*\S(?:[^»›>→/|]|(?<=\S)»)*\s[»›>→/|]\s*\S"
                            r"|^\s*(?:главная|басты\s+бет|home)\s*[»›>→/|]", re.IGNORECASE)
_PATH_SEPARATOR_RE = re.compile(r"\s+[»›>→/|]\s+")  # (spaced: "«Саналы ұрпақ»" closes a quotation)
_HOME_RE = re.compile(r"(?:главная|басты\s+бет|home)$", re.IGNORECASE)
BREADCRUMB_ITEM_WORDS = 6


def _is_breadcrumb(line: str) -> bool:
    """A site's path to the page ("Басты бет / Тәрбие жұмысы / Адалдық алаңы"): three short items or more between
    separators, or two from the home page; not one title in two languages with its file's note ("... жоспары / План
    работы ... — жүктеу / скачать (PDF, 230 КБ)")."""
    items = _PATH_SEPARATOR_RE.split(line.strip())
    if len(items) == 1:  # "Университет «Алтын Орда» — Наука — Магистратура и докторантура": a path with dashes
        items = _DASH_SEPARATOR_RE.split(line.strip())
        if len(items) < 3 or any(ch.isdigit() for ch in line) or _DOWNLOAD_OR_FILE_RE.search(line):
            return False  # (not "Положение о ... — PDF — скачать")
    return ((len(items) >= 3 or (len(items) == 2 and bool(_HOME_RE.match(items[0]))))
            and all(len(item.split()) <= BREADCRUMB_ITEM_WORDS for item in items))


_DASH_SEPARATOR_RE = re.compile(r"\s+[—–]\s+")
_DOWNLOAD_OR_FILE_RE = re.compile(r"скачать|жүктеу|download|\b(?:pdf|docx?|xlsx?|rtf)\b", re.IGNORECASE)


def _pipe_breadcrumb(line: str) -> bool:
    """A site's path written with bars under a title ("Университет | Обучающимся | Стипендия"), not a table's row: short
    items, no figures, no "№" column (and, where it is read, no row of a table under it: a table's header)."""
    return not any(ch.isdigit() for ch in line) and not line.lstrip().startswith("№") and _is_breadcrumb(line)


# "Приложение 2", "Қосымша 1", also unnumbered "Приложение к Положению ...", "Appendix to the Regulation", "... ережеге қосымша"
_APPENDIX_RE = re.compile(r"^\s*(?:приложение|қосымша|appendix|annex)\s*(?:(?:№\s*)?\d{1,2}\b|к\s|to\s)", re.IGNORECASE)
_KK_APPENDIX_END_RE = re.compile(r"\w(?:ге|ға|ке|қа|не|на)\s+(?:№\s*\d{1,2}\s*)?қосымша\s*$", re.IGNORECASE)


# "Приложение к протоколу ...", "Annex 2 to the order of ...", "... хаттамасына қосымша": what the page is attached to.
_ANNEX_TO_RE = re.compile(r"^\s*(?:приложение|annex|appendix)\s*(?:№\s*)?(?:\d{1,2}\s*)?(?:к|to)\s", re.IGNORECASE)


def _kk_annex_line(line: str) -> bool:
    """A Kazakh annex line, which names its parent before the word ("... ережеге қосымша", "... хаттамасына қосымша")."""
    return "осымша" in line and _KK_APPENDIX_END_RE.search(line) is not None


def _annex_to(line: str) -> bool:
    """Does this line say what the text is an annex to (see _ANNEX_TO_RE), naming that parent document?"""
    return bool(_ANNEX_TO_RE.match(line)) or _kk_annex_line(line)


def _opens_appendix(line: str) -> bool:
    """Does this line open an appendix: "Приложение 2", "Приложение к Положению ...", "... ережеге қосымша"?"""
    return bool(_APPENDIX_RE.match(line)) or _kk_annex_line(line)


# (Not the dash of a post: "Председатель Правления – Ректор", "Басқарма Төрағасы – Ректор", "Chairman of the Board -
# Rector" names one person.)
_TITLE_SPLIT_RE = re.compile(r"(?<!правления)(?<!төрағасы)(?<!board)\s+[|–—-]\s+|\s*::\s*|\s+/\s+", re.IGNORECASE)
_PHONE_RE = re.compile(r"(?<!\d)(?:\+?7|8)[\s\-(]*\d{3,4}[\s\-)]*\d{2,3}[\s\-]*\d{2}[\s\-]*\d{2}(?!\d)")
# Found iff _PHONE_RE is found, 4x faster: it starts with a character class that the regex engine
# scans for, and "+7..." implies a match at its "7" ("+" is not a digit).
_PHONE_FAST_RE = re.compile(r"[78](?<!\d[78])[\s\-(]*\d{3,4}[\s\-)]*\d{2,3}[\s\-]*\d{2}[\s\-]*\d{2}(?!\d)")
# Starts only where an address can start, its parts taken whole (possessive): a hostile run of 400,000 "_" before
# an "@" costs one pass, not one per character.
_EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+")
# A page that asks for a password is the door of an online service (a personal cabinet, a portal).
# "құпия сөз" in Latin-script Kazakh: "qūpiia söz" (2021), "qupııa sóz" (2018), "qupiya soz"
_SIGN_IN_RE = re.compile(r"\b(?:пароль|password|құпия\s*сөз|q[uūú]p[iıy]{1,3}a\s*s[öóo]z)", re.IGNORECASE)
# A scope clause that binds both the staff and the students: "This Policy applies to all students and members of
# the teaching staff", "распространяется на обучающихся и работников", "... білім алушылар мен оқытушыларға
# қолданылады". Each part may stand anywhere in the sentence; "Students shall respect teachers" is no scope.
_SCOPE_VERB_RE = re.compile(r"\b(?:appl(?:y|ies)\s+to|распространя\w*|қолданылады|таралады|обязател\w*\s+для)",
                            re.IGNORECASE)
_SCOPE_STUDENTS_RE = re.compile(r"\b(?:students?|learners?|студент\w*|обучающ\w*|білім\s+алушы\w*)", re.IGNORECASE)
_SCOPE_STAFF_RE = re.compile(r"\b(?:staff|teachers?|employees?|lecturers?|faculty\s+members?|преподават\w*|"
                             r"сотрудник\w*|работник\w*|педагог\w*|оқытушы\w*|қызметкер\w*)", re.IGNORECASE)
_SENTENCE_SPLIT_RE = re.compile(r"[.;!?\n]+")
# A body's roster: a role followed by a person's name with initials ("Chair – Vice-Rector A. Nurlanov",
# "Төраға – Ахметова Г.С.", "Секретарь: Омарова Л.Б."), twice or more.
# Capitals and small letters of Kazakh, Russian and English, Cyrillic and the Latin script's (2021: "Seıtqalı").
_UPPER, _LOWER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІÁǴŃÓÚÝŞÇĞÖÜ", "a-zа-яёәғқңөұүһіáǵıńóúýşçğöü"
_ROSTER_RE = re.compile(
    r"(?i:\b(?:председател\w*|төраға\w*|chair\w*|секретар\w*|хатшы\w*|secretary|члены|мүшелері|members?)\b)"
    rf"[^\n]{{0,80}}?(?:\b[{_UPPER}]\.\s?(?:[{_UPPER}]\.\s?)?[{_UPPER}][{_LOWER}]+|"
    rf"\b[{_UPPER}][{_LOWER}]+\s[{_UPPER}]\.\s?(?:[{_UPPER}]\.)?)")
# ... or a table's row that gives a full name and then the role ("Marat Zhaksylykov | Chair; Managing Director ...",
# "Абдрахманов Нурлан Сабитович | Проректор | Председатель", "Ахметова Г. С. | Проректор | председатель"): two or three
# capitalised words, or a surname and initials, the role on the same line; a numbered row too ("1 | Әлиев Бауыржан
# Ерғалиұлы | «...» бас дәрігері | төраға").
_ROSTER_ROW_RE = re.compile(
    rf"(?m)^(?:\d{{1,3}}\s*[|.)]\s*)?[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?(?:(?:\s[{_UPPER}][{_LOWER}]+){{1,2}}|"
    rf"\s[{_UPPER}]\.\s?(?:[{_UPPER}]\.)?)\s*[|,–—:-]\s*[^\n]{{0,80}}?"
    r"(?i:\b(?:председател\w*|төраға\w*|chair(?:man|woman|person)?|секретар\w*|хатшы\w*|secretary|член\w*|мүше\w*|members?)\b)")
ROSTER_MIN_ROLES = 2
# The line of minutes that says who attended ("Присутствовали: 7 из 9 членов", "Қатысқандар: ...", "Present: ...").
_ATTENDANCE_LINE_RE = re.compile(r"(?mi)^[ \t]*(?:присутствовали|присутствовало|қатысқандар|present|in\s+attendance)[ \t]*:")
# Figures in per cent ("81%", "77,5 %"): a page that gives several reports measured results (a survey's shares).
_SHARE_RE = re.compile(r"\b\d{1,3}(?:[.,]\d{1,2})?\s?%")
# ... or a survey's mean marks on the five-point scale, a row each ("2. Доступность изложения — 4,41")
_MEAN_MARK_RE = re.compile(r"(?m)\s[—–:-]\s*[0-5][.,]\d{1,2}[ \t]*$")
SHARES_MIN = 3
# A list of participants by name under its label ("Participants:" / "Aruzhan Kalieva – Agronomy, 3rd year – Lublin" / ...,
# "Бағдарламаға қатысқан білім алушылар:" / "• Әсел Нұрмағамбетова — «Есеп және аудит», 3-курс"): three people or more.
_PARTICIPANTS_WORD = r"(?i:participants|қатысушылар|қатысқан\s+(?:білім\s+алушылар|студенттер)|участник\w*)"
_TOOK_PART = r"(?i:участи[ея]|участвова|қатыс|particip|took\s+part)"
_FULL_NAME = rf"[{_UPPER}][{_LOWER}]+[ \t]+[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
_NAME_JOIN = r"(?:,[ \t]*|[ \t]+(?:и|және|пен|мен|and)[ \t]+)"
_PARTICIPANTS_RE = re.compile(
    rf"(?m)^[^\n]{{0,60}}{_PARTICIPANTS_WORD}[^\n:]{{0,40}}:[ \t]*$"
    rf"(?:\n[ \t•·\-–—\d.)|]*[{_UPPER}][{_LOWER}]+[ \t]+[{_UPPER}][^\n]*){{3}}|"
    # (or a table under a line that names them, its header row first: "Participants of outgoing academic mobility, autumn
    # semester 2026-2027" / "Student | Programme | Host university" / "Aizhan S. | Mathematics | University of Łódź")
    rf"^[^\n|]{{0,60}}{_PARTICIPANTS_WORD}[^\n:|]{{0,60}}:?[ \t]*$(?:\n[^\n]*\|[^\n]*)?"
    rf"(?:\n[ \t\d.)|]*[{_UPPER}][{_LOWER}]+[ \t]+[{_UPPER}][^\n|]*\|[^\n]*){{3}}|"
    # (or named in the sentence that says they took part: "В программе приняли участие студенты 3 курса ... Айдана
    # Курмангалиева, Даулет Есенгалиев, Руслан Тажибаев и ...")
    rf"^(?=[^\n]*{_TOOK_PART})[^\n]*?{_FULL_NAME}(?:{_NAME_JOIN}{_FULL_NAME}){{2}}")
# A roster's row that gives a person's name and then their post ("Сейітжан Айгерім – «Саналы ұрпақ» клубының
# жетекшісі", "Ли С.В. – бас бухгалтер", "Mamyrbekova Aruzhan, student, member of club ..."): what the post names is
# that person's work, not a document of the page.
# A roster's row: a person (surname and names, surname and initials, or initials and surname), then a dash or a comma.
_SURNAME = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
_PERSON_LINE_RE = re.compile(
    rf"^(?:\d{{1,3}}\s*[|.)]\s*|[-–—•·*]\s*)?(?:{_SURNAME}(?:(?:\s[{_UPPER}][{_LOWER}]+){{1,2}}|"
    rf"\s[{_UPPER}]\.\s?(?:[{_UPPER}]\.)?)|[{_UPPER}]\.\s?(?:[{_UPPER}]\.\s?)?{_SURNAME})\s*(?:[–—-]\s|,)")
# A line ending in a person's initials and surname ("Председатель Попечительского совета Б.Н. Абдикаликов"): who signed.
_SIGNED_LINE_RE = re.compile(rf"\s(?:[{_UPPER}]\.\s?){{1,2}}{_SURNAME}\s*$")
SCOPE_SENTENCE_CHARS = 400  # longer "sentences" are lists or tables, not a scope clause
_DEFINED_AS_RE = re.compile(
    r"\(\s*(?:далее|бұдан\s+әрі|әрі\s+қарай|ары\s+қарай|hereinafter(?:\s+referred\s+to\s+as)?)\s*[-–—:]?\s*"
    r"(?:the\s+)?[«\"“'„]?\s*([^\W\d_]+)", re.IGNORECASE)
GOSZAKUP_HOST = "goszakup.gov.kz"


TRAIL_OWN_NAME_WORDS = 3  # words of the page's own name at its breadcrumb's end that make a name of its own


@dataclass(slots=True)
class Segment:
    part: str  # title | heading | anchor | url | link | referrer | line | body
    display: str  # original text (for snippets)
    scan: SegmentScan  # the matcher's result for this (window of the) text
    n_words: int
    factor: float = 1.0  # LEAD_FACTOR for lead lines
    lead_rank: int = -1  # line number of a lead line (first short lines of a PDF/DOCX), else -1
    tail_start: int = 0  # url: index of the first token of the last path segment
    link_only: bool = False  # a body line that is just the text of a link (evidence of the target)
    joined: bool = False  # two or three lead lines joined (a title broken over lines)
    span: int = 1  # number of lead lines in this segment
    section: bool = False  # a later heading of an HTML page: names a section, not the whole page
    numbered: bool = False  # a numbered section's heading ("4. Подарки"): a part of the document, not a second one
    trail: bool = False  # a breadcrumb: tail_start is where its last item (the page's own name) begins
    menu_row: bool = False  # a row of the site's menu in the page's text: evidence of its services only (menu_item)
    listed: bool = False  # a numbered list's item with its note on the line below: a document listed (see _noted_below)
    analysed: str = ""  # the text matched where it differs from display (abbreviations spelt out), else ""

    def in_folders(self, hit: Hit) -> bool:
        """A hit of the address that starts in its directories, not in the page's own name (/antikor/...); a hit of a
        breadcrumb that lies wholly in the sections above the page ("Home > Final Attestation > Theses")."""
        if self.trail:
            # (Or one that runs from a section into a page's name of its own: "Итоговая аттестация / Положение о дипломном
            # проекте" is a regulation of the diploma project in the section, "Қамқоршылар кеңесі / Педагогикалық кеңес туралы
            # ереже" the pedagogical council's; not "Противодействие коррупции / План", whose name is the section's plan.)
            return hit.end < self.tail_start or (
                hit.start < self.tail_start and self.n_words - self.tail_start >= TRAIL_OWN_NAME_WORDS)
        return self.part == "url" and hit.start < self.tail_start

    @property
    def is_line(self) -> bool:
        """A short line of its own ("Приказ Министра ... от 11.11.2025 № 275"), not a sentence."""
        return len(self.display) <= LEAD_LINE_MAX_CHARS and not _is_sentence(self.display)


@dataclass(slots=True)
class _Scored:
    """Best evidence of one artefact in one part."""

    score: float = 0.0
    segment: Segment | None = None
    hit: Hit | None = None
    hit_segments: set[int] = field(default_factory=set)


class Detector:
    """Classifies documents against the catalog. Build once, call detect() per document."""

    def __init__(self, catalog: Catalog | None = None, decision: DecisionModel | None = None):
        self.catalog = catalog or load_catalog()
        self.matcher = self.catalog.matcher
        spec = load_spec()
        self._applicable: dict[str, frozenset[str]] = {}
        for itype in ("university", "college"):
            self._applicable[itype] = frozenset(
                a.id for a in spec if a.public and a.applies(itype) and a.id in self.catalog.entries)
        self._negative_factor = float(self.catalog.defaults.get("negative_factor", 0.15))
        # Artefacts that are a way to reach someone (the trust line): a sentence giving a number or an address is
        # evidence of them even inside another artefact's document (see _gives_contact).
        self._contacts = frozenset(aid for aid, entry in self.catalog.entries.items()
                                   if any("#phone" in need or "#email" in need
                                          for spec in entry.synonyms for need in spec.needs))
        # Services and channels an entry of the site's menu names on any page (catalog `menu_item`, see _menu_entry_only).
        self._menu_items = frozenset(aid for aid, entry in self.catalog.entries.items() if entry.menu_item)
        # The negatives that say whose an artefact is where only some of them do (catalog `negatives_say_whose` as a list).
        self._whose_negatives: dict[str, frozenset[str]] = {
            aid: frozenset(entry.negatives_say_whose) for aid, entry in self.catalog.entries.items()
            if not isinstance(entry.negatives_say_whose, bool)}
        # Negatives that name a neighbour's document, with the neighbour (catalog `negatives_of`).
        self._neighbour_negatives: dict[str, dict[str, str]] = {
            aid: dict(entry.negatives_of) for aid, entry in self.catalog.entries.items() if entry.negatives_of}
        # Artefacts whose document is a plan (catalog `lists_measures`): what its text names is a measure to take.
        self._plans = frozenset(aid for aid, entry in self.catalog.entries.items() if entry.lists_measures)
        # Artefacts that are surveys (a synonym names the catalog's `survey` concept): a questionnaire's item names theirs.
        self._surveys = frozenset(aid for aid, entry in self.catalog.entries.items()
                                  if any("@survey" in spec.text for spec in entry.synonyms))
        # Artefacts that are minutes (period `dated`): a sitting's entry in a list of them names theirs.
        self._dated = frozenset(aid for aid in self.catalog.entries if self.catalog.period(aid) == "dated")
        # What each cue group looks for in a page's own words by regex (see _listed_apart).
        self._own_text_regexes = {name: tuple(signal.text_regex for signal in group.signals
                                              if signal.text_regex is not None and signal.where in ("own_text", "own_head"))
                                  for name, group in self.catalog.cue_groups.items()}
        # The words the page-wide regexes' prefilters test, all looked for in one pass over a page (see literals.WordIndex).
        self._prefilter_words = WordIndex(
            required_condition(twin) for group in self.catalog.cue_groups.values() for signal in group.signals
            if signal.text_regex is not None for twin in [_caseless_twin(signal.text_regex)] if twin is not None)
        # Each cue group's signals with what says a page is not of the kind last (see _cue_strengths).
        self._cue_signals = {name: tuple(sorted(enumerate(group.signals), key=lambda item: item[1].weight < 0))
                             for name, group in self.catalog.cue_groups.items()}
        # Lines repeat across the pages of a site (headers, footers, titles repeated as headings):
        # their matches are kept, keyed by the exact text.
        self._scan_cache: dict[str, list[tuple[int, SegmentScan]]] = {}
        cal = self.catalog.calibration
        self._found, self._uncertain = cal["found"], cal["uncertain"]
        # (The cap of the "nothing yet" cue group: one policy for a page's note and for its sentence that nothing is there.)
        not_yet = self.catalog.cue_groups.get("not_yet")
        self._not_yet_cap = not_yet.cap if not_yet is not None and not_yet.cap is not None else self._found - SECONDARY_MARGIN
        self._order = {a.id: i for i, a in enumerate(spec)}
        self.decision = decision or load_decision(self.catalog)

    # ---- public API -------------------------------------------------------------------------------
    def detect(self, doc: Document, institution_type: str, as_of: dt.date) -> list[Evidence]:
        """Evidence for the artefacts that apply to `institution_type` (public ones only), with
        calibrated confidence (>= 0.5 found/stale, 0.3..0.5 uncertain; weaker is dropped)."""
        evidence = []
        for cand in self.candidates(doc, institution_type, as_of):
            confidence = self.decision.confidence(cand.features, cand.rule_confidence)
            if confidence < MIN_REPORTED:
                continue
            evidence.append(Evidence(
                artefact_id=cand.artefact_id, confidence=round(confidence, 3), snippet=cand.snippet,
                stale=cand.stale, period=cand.period, url=doc.url, matched_part=cand.matched_part,
                genre=cand.genre))
        return evidence

    def candidates(self, doc: Document, institution_type: str, as_of: dt.date,
                   min_confidence: float = CANDIDATE_MIN_CONFIDENCE) -> list[Candidate]:
        """Every artefact the catalog's phrases point at in `doc`, with the rule score and the
        features the decision layer weighs (detectors/decision.py); spec order."""
        itype = institution_type if institution_type in self._applicable else "university"
        applicable = set(self._applicable[itype])
        links_goszakup = self._links_goszakup(doc)
        if not links_goszakup:
            applicable.discard("goszakup_procurement")
        if not applicable or _lists_results(doc) or _error_page(doc):
            return []
        segments = self._segments(doc)
        scans = [seg.scan for seg in segments]
        applies = self._applicable[itype]

        def negates(hit: Hit) -> bool:
            """A negative's hit, which holds unless it names a neighbour's document where that neighbour does not apply."""
            neighbour = self._neighbour_negatives.get(hit.phrase.owner[4:], {}).get(hit.phrase.text)
            return hit.phrase.owner.startswith("neg:") and (neighbour is None or neighbour in applies)

        # (A title is cut into its parts, "Online Transfer Applications" / "Coming Soon": its parts say what the whole says.)
        title_not_offered = _not_offered(doc.title)

        def not_offered(seg: Segment) -> bool:
            return _not_offered(seg.display) or (seg.part == "title" and title_not_offered)

        doc_items: set[str] = set()
        head_items: set[str] = set()  # the same of the page's title, headings and address alone
        own_items: list[frozenset[str]] = []  # ... of each segment (empty where not the page's own words)
        for seg, scan in zip(segments, scans, strict=True):
            # what the page says, not what it links to nor its menu's sections ("... | Жатақхана | ...")
            # (nor what it says is still to come or not offered: "Университет ведёт работу над онлайн-сервисом подачи заявлений
            # на перевод; о его запуске будет сообщено дополнительно", "онлайн-заселение ... не проводится" gives a paper
            # procedure's page no online service)
            if not (seg.link_only or seg.menu_row) and seg.part != "link" and not not_offered(seg):
                doc_items.update(scan.positions)
                own_items.append(frozenset(scan.positions))
                if seg.part in HEAD_PARTS:
                    head_items.update(scan.positions)
            else:
                own_items.append(frozenset())

        def said_near(slot: frozenset[str], index: int) -> bool:
            """Does the page say one of `slot`'s words where a sentence's phrase may need it: in its head or in the segments
            around the sentence (a dormitory page's "Онлайн-өтініш" needs no "жатақхана" of its own; a report's "Launch online
            course registration" is no dormitory service for a "new dormitory block" four paragraphs up)?"""
            if not slot.isdisjoint(head_items):
                return True
            return any(not slot.isdisjoint(items)
                       for items in own_items[max(0, index - NEEDS_NEAR_SEGMENTS):index + NEEDS_NEAR_SEGMENTS + 1])
        features_tried: set[str] = set()

        def look_for(items: Iterable[str]) -> None:
            """Add the document features among `items` ("#phone", "#shares") that the page has to doc_items: they are
            regexes over the body, each looked for once, when first needed."""
            wanted = {item for item in items if item[:1] == "#" and item not in features_tried}
            if wanted:
                features_tried.update(wanted)
                doc_items.update(self._features(doc, wanted, links_goszakup))

        per_artefact: dict[str, dict[str, _Scored]] = defaultdict(dict)
        strongest: dict[str, float] = defaultdict(float)  # best phrase strength, before part weights
        qualifiers: dict[str, set[str]] = defaultdict(set)  # "self" / "model" near the artefact's hits
        # Best score of a synonym that never expires (a club's *regulation*, not its plan).
        timeless: dict[str, float] = defaultdict(float)
        timeless_lines: dict[str, set[int]] = defaultdict(set)  # the segments where such a synonym names it
        reported: dict[str, float] = defaultdict(float)  # the same for a synonym naming its report, in the head
        head_negative: set[str] = set()
        # ... and the phrases the head named it by there ("Annual Report of the Dissertation Council ..."): a file's line in the
        # same generic words, "Annual report (PDF, 740 KB)", is that document again, not one of its own.
        head_negated_phrases: dict[str, set[str]] = defaultdict(set)
        head_whose: set[str] = set()  # ... where the negative says whose it is
        # Artefacts a sentence or line says are not there yet or not offered ("План ... на 2027 год находится на стадии
        # разработки", "Электронная подача заявлений на заселение не предусмотрена").
        unavailable: dict[str, list[str]] = defaultdict(list)
        # The strongest phrase naming each of them in such a sentence: where it names the artefact as fully as any other
        # sentence or line of the page ("Сервис онлайн-регистрации в общежитие находится в разработке" on a page of paper
        # applications for a dormitory place), the page is the placeholder the sentence says it is.
        unavailable_strength: dict[str, float] = defaultdict(float)
        strongest_text: dict[str, float] = defaultdict(float)  # the same of the other sentences and lines naming it
        # The segments naming each artefact only as what a sentence follows ("Конкурс проводится в соответствии с Правилами
        # конкурсного замещения должностей ..."): the page cites the document, it does not publish it.
        cited: dict[str, set[int]] = defaultdict(set)
        uncited: dict[int, str | None] = {}  # each citing sentence without the document it cites (see _outside_citation)
        # Artefacts named by a title or heading of their own, free of their negatives: a page that
        # carries two documents ("Положение о комиссии", "Состав комиссии") is both.
        clean_head: set[str] = set()
        # A title broken over lead lines: a `not` phrase on the neighbouring line counts too
        # ("Профессорлық-оқытушылық құрам мен қызметкерлердің" / "ар-намыс кодексі").
        lead_cancelled: dict[int, set[str]] = defaultdict(set)
        lead_negated: dict[int, set[str]] = defaultdict(set)  # the same for negative phrases
        # The `not` phrases of each joined title: a shorter join inside a longer one ("КОДЕКС академической честности
        # и этики" inside "... и этики обучающихся") is ruled out by what the whole title says.
        joined_nots: list[tuple[int, int, set[str]]] = []
        for seg, scan in zip(segments, scans, strict=True):
            # (Not with a breadcrumb's line: its "Воспитательная работа" says where the page sits, not what it is.)
            if seg.joined and not _BREADCRUMB_RE.search(seg.display):
                nots = {h.phrase.owner[4:] for h in scan.hits if h.phrase.owner.startswith("not:")}
                negs = {h.phrase.owner[4:] for h in scan.hits if negates(h)}
                if nots:
                    joined_nots.append((seg.lead_rank, seg.span, nots))
                for line in range(seg.lead_rank, seg.lead_rank + seg.span):
                    lead_cancelled[line] |= nots
                    lead_negated[line] |= negs
        # A URL's words are a short form of the page's title: a generic phrase the title rules out
        # ("Педагогтердің әдеп кодексі" is no student code) is ruled out in /adep-kodeksi too.
        title_cancelled = {h.phrase.owner[4:] for seg, scan in zip(segments, scans, strict=True)
                           if seg.part == "title" or (seg.part == "heading" and not seg.section)
                           for h in scan.hits if h.phrase.owner.startswith("not:")}
        lead_rank_of = {seg.display: seg.lead_rank for seg in segments
                        if seg.part == "heading" and seg.lead_rank >= 0 and not seg.joined}
        title_texts = {seg.display for seg in segments if seg.part == "title"}
        # A table headed by who is responsible and when ("Отырыс | Күні | Қаралатын мәселелер | Баяндамашы", "Іс-шара |
        # Мерзімі | Жауапты"), or by when and how it was done ("Мероприятие | Срок | Исполнение", a plan's execution report): its
        # rows are a plan's measures or a council's agenda, what is to be done.
        plan_table = any(" | " in seg.display and _PLAN_HEADER_RE.search(seg.display) for seg in segments
                         if seg.part in ("body", "line"))
        # The artefacts whose negatives say whose they are in the line that opens a list ("Шұғыл жағдайда ... республикалық
        # сенім телефондары:" over "150 – ...", "Қызылорда облыстық ... орталығының сенім телефоны: ..."): the list's items are
        # theirs too, up to the first sentence or heading (see also negatives_say_whose in detectors/README.md).
        list_whose: set[str] = set()
        for index, (seg, scan) in enumerate(zip(segments, scans, strict=True)):
            item_whose: set[str] = set()
            if seg.part in ("line", "body", "heading"):
                if seg.part != "heading" and seg.is_line:
                    # (not an item that names the institution: "Университеттің сенім телефоны: ..." under "... және
                    # республикалық желілер:" is its own)
                    item_whose = set() if _INSTITUTION_WORD_RE.search(seg.display) else list_whose
                else:
                    list_whose = set()
            if seg.link_only or not (scan.hits or (seg.lead_rank >= 0 and lead_negated)):
                continue  # nothing to score here, and nothing that negates the head
            negatives: set[str] = set()
            whose: set[str] = set()  # ... of them, those a negative that says whose it is names (catalog `negatives_say_whose`)
            cancelled: set[str] = set()
            note_from = -1  # where a listed title's note begins, in words (worked out when first needed)
            examples: list[tuple[int, int]] | None = None  # the words of its bracketed enumerations (likewise)
            asides: list[tuple[int, int]] | None = None  # ... and of its bracketed "incl. ..." asides (likewise)
            for h in scan.hits:
                owner = h.phrase.owner
                if owner[3:4] == ":":  # "neg:", "not:" or "cue:" (artefact ids have no colon)
                    if negates(h):
                        if note_from < 0:
                            note_from = self._note_start(seg)
                        if examples is None:
                            examples = self._bracketed(seg, _ENUMERATION_RE)
                        # (the "протокол № 3" of "(утв. решением ..., протокол № 3)" is no minutes; nor is one of the
                        # examples a title lists, "Атаулы стипендияларға (Президент стипендиясы, «Болашақ» ..., ...)
                        # үміткерлер тізімі", what the title names)
                        if h.start < note_from and not any(start <= h.start < end for start, end in examples):
                            negatives.add(owner[4:])
                            if h.phrase.text in self._whose_negatives.get(owner[4:], ()):
                                whose.add(owner[4:])
                    elif owner.startswith("not:"):
                        cancelled.add(owner[4:])
            if item_whose:
                negatives |= item_whose
                whose |= item_whose
            if seg.part in ("line", "body") and seg.display.rstrip().endswith(":"):
                list_whose = {aid for aid in negatives
                              if aid in whose or self.catalog.entries[aid].negatives_say_whose is True}
            if seg.part in ("line", "body") and _blank_form(seg.display):
                # A blank to fill in, listed ("4 | Шетелдік ғылыми тағылымдама туралы есеп нысаны | DOCX"): the form of a
                # report or an application, not the report, the information or the rules it is for.
                negatives |= {h.phrase.owner for h in scan.hits if h.phrase.owner[3:4] != ":"}
            if seg.part == "url" or (seg.part == "heading" and seg.lead_rank >= 0 and not seg.joined
                                     and _is_breadcrumb(seg.display)):
                cancelled |= title_cancelled  # (so is a breadcrumb's last item: "Home / Documents / Code of Honour")
            if seg.part == "heading" and seg.lead_rank >= 0:
                # A title broken over lead lines: what a neighbouring line says counts for each line
                # ("2025-2026 ... «Оқытушы әріптестерінің" / "көзқарасымен» сауалнама" / "ҚОРЫТЫНДЫСЫ").
                for line in range(seg.lead_rank, seg.lead_rank + seg.span):
                    negatives |= lead_negated.get(line, set())
                    if not seg.joined:
                        cancelled |= lead_cancelled.get(line, set())
                if not seg.joined and _dangling_lead(seg.display):
                    # (a line that goes on in the next is read with it: "Педагогтердің бос лауазымдарына орналасу конкурсы
                    # бойынша" / "КОНКУРСТЫҚ КОМИССИЯ ОТЫРЫСЫНЫҢ ХАТТАМАСЫ" is the minutes' title, no vacancy notice)
                    negatives |= lead_negated.get(seg.lead_rank + seg.span, set())
                if seg.joined:
                    for start, span, nots in joined_nots:
                        if span > seg.span and start <= seg.lead_rank and start + span >= seg.lead_rank + seg.span:
                            cancelled |= nots
            elif seg.part == "title" and seg.display in lead_rank_of:
                # A file's title taken from its first line ("КОДЕКС" / "педагогической этики") is that line.
                negatives |= lead_negated.get(lead_rank_of[seg.display], set())
                cancelled |= lead_cancelled.get(lead_rank_of[seg.display], set())
            if (seg.part in ("title", "heading") and seg.lead_rank < HEAD_LEAD_LINES and not seg.joined
                    and not seg.section and not _BREADCRUMB_RE.search(seg.display)):
                head_negative |= negatives
                head_whose |= whose
                for hit in scan.hits:
                    if hit.phrase.owner in negatives:
                        head_negated_phrases[hit.phrase.owner].add(hit.phrase.text)
            # A sitting's entry in a list of minutes ("Протокол № 3 от 14.05.2025 — результаты анкетирования обучающихся",
            # "Протокол № 2 | 15.05.2025 | О мерах по ... экзаменационной сессии"): its agenda names what was discussed, the
            # minutes' own artefacts aside.
            minutes_entry = seg.part in ("heading", "line", "body") and _MINUTES_ENTRY_RE.match(seg.display) is not None
            # A question's topic in a blog's or a help line's list ("05.11.2026 | Тақырып: Стипендия", "Тема: Общежития вузов"):
            # what was asked about, no information on it.
            topic_line = seg.part in ("line", "body", "heading") and ":" in seg.display and _TOPIC_LABEL_RE.search(seg.display) is not None
            # A questionnaire's statement with its scale ("9. Академиялық ұтқырлық бағдарламаларына қатысу мүмкіндігі 1 2 3 4 5",
            # "... (1-ден 5-ке дейін)"): what is asked about, not a document of it.
            scale_item = (seg.part in ("line", "body") and seg.display.rstrip()[-1:] in _SCALE_ITEM_ENDS
                          and _SCALE_ITEM_RE.search(seg.display) is not None)
            # A document's approval line ("Одобрено на заседании Попечительского совета, протокол № 1 от 10 сентября 2026
            # года"): the minutes that adopted it, no minutes published (lead lines only: the first lines of a document).
            approval_line = seg.lead_rank >= 0 and not seg.joined and _approval_statement(seg.display)
            # A listed document noted as not adopted yet ("Положение о процедуре «Подарки ...» — в разработке, будет размещено
            # после утверждения"): no document of the site yet (among a short page's first lines too, read as its headings).
            # Nor a service the line says is not offered ("Электронная подача заявлений на заселение не предусмотрена").
            not_yet = seg.part != "url" and ((seg.part in ("line", "body", "heading") and _not_yet_published(seg.display))
                                             or not_offered(seg))
            # A sentence that names three kinds of thing or more in a row, between commas ("... consult on scholarships, the
            # dormitory, transfers and the vacant grants' competition"): a list of topics, each named in passing.
            topic_list = (seg.part == "body" and not seg.is_line and seg.display.count(",") >= TOPIC_LIST_MIN - 1
                          and len({h.phrase.owner for h in scan.hits if h.phrase.owner in applicable}) >= TOPIC_LIST_MIN)
            for hit in scan.hits:
                aid = hit.phrase.owner
                if aid not in applicable or hit.phrase.key in cancelled or (seg.menu_row and aid not in self._menu_items):
                    continue
                if not_yet:
                    unavailable[aid].append(seg.display)
                    unavailable_strength[aid] = max(unavailable_strength[aid],
                                                    self._hit_strength(scan.positions, hit, False)[0])
                if ((minutes_entry and aid not in self._dated) or not_yet or topic_line or (scale_item and aid not in self._surveys)
                        or (approval_line and aid in self._dated)):
                    continue
                if seg.part in ("body", "line") and "(" in seg.display:
                    # An example in brackets of whom or what a sentence speaks of ("International students (incl. academic
                    # mobility incoming students)", "(в том числе ... )"): a passing mention, no document or service.
                    if asides is None:
                        asides = self._bracketed(seg, _INCLUSION_ASIDE_RE)
                    if any(start <= hit.start and hit.end < end for start, end in asides):
                        continue
                if seg.part in ("line", "heading") and hit.end > hit.start:  # (word indexes, `end` inclusive)
                    if note_from < 0:
                        note_from = self._note_start(seg)
                    if hit.start < note_from <= hit.end:
                        # A phrase whose words run from a listed title into its note ("Regulation on the Board of
                        # Trustees (approved by ..., Minutes No. 1 of ...)"): the title's words alone name something else.
                        # (Unless the phrase is whole on one side: a menu's row read as a table's, "Ректор | Блог ректора |
                        # Структура", where the first match ran from "Ректор" into "Блог".)
                        apart = self._match_apart(hit, scan.positions, note_from)
                        if apart is None:
                            continue
                        hit = apart
                if hit.phrase.needs:
                    for slot in hit.phrase.needs:
                        if not slot & doc_items:
                            look_for(slot)
                    if any(not slot & doc_items for slot in hit.phrase.needs):
                        continue
                    if seg.part in ("body", "line") and any(
                            not any(item[:1] == "#" for item in slot) and not said_near(slot, index)
                            for slot in hit.phrase.needs):
                        continue
                strength, qualifier = self._hit_strength(scan.positions, hit, aid in negatives)
                weight = self.catalog.weight(aid, seg.part)
                if seg.part == "line" and weight < LISTED_FILE_WEIGHT and (_lists_file(seg.display) or seg.listed):
                    # A document listed by its title with its file ("Политика урегулирования конфликта интересов – скачать
                    # PDF", or its note and file on the lines below): the institution publishes it here (interface.md), not a
                    # line that only mentions it.
                    weight = LISTED_FILE_WEIGHT
                elif (seg.part == "body" and aid in self._plans and plan_table and weight < LISTED_FILE_WEIGHT
                      and _APPROVED_RE.search(seg.display)):
                    # A sentence that says the plan was approved over its table of measures ("The Anti-Corruption Action Plan
                    # for the 2026–2027 academic year was approved by Rector's Order ..." / "No. | Measure | Deadline |
                    # Responsible"): the page carries the plan, as a listed document's line.
                    weight = LISTED_FILE_WEIGHT
                score = strength * weight * seg.factor
                if topic_list:
                    score *= TOPIC_LIST_FACTOR
                if seg.in_folders(hit):
                    # only, or partly, in the directories: /antikor/politika-uregulirovaniya-konflikta/
                    score *= URL_DIRECTORY_FACTOR if hit.end < seg.tail_start else URL_MIXED_FACTOR
                if score <= 0:
                    continue
                if qualifier:
                    qualifiers[aid].add(qualifier)
                if hit.phrase.period == "none":
                    timeless[aid] = max(timeless[aid], score)
                    timeless_lines[aid].add(index)
                elif hit.phrase.period == "report" and seg.part in ("title", "heading"):
                    reported[aid] = max(reported[aid], score)
                # (A short line names it as a listed document's title, "1. Anti-Corruption Policy of ..." on a page headed
                # by two policies; not as a label with its value, "Онлайн-өтініш: [Өтініш жолдау]" on a trust line's page,
                # nor by a weak phrase, "Әл-Фараби атындағы стипендия" over its candidates under "... үміткерлер тізімі".)
                if ((seg.part in ("title", "heading")
                     or (seg.part == "line" and not _line_label(seg.display) and hit.phrase.weight >= 1.0
                         # (not where the head says whose it is not: "Протокол конкурсной комиссии № 3.pdf" under
                         # "Претенденты на вакантные гранты" is the grants' commission's, see catalog `negatives_say_whose`)
                         and not (aid in head_whose or (aid in head_negative
                                                        and self.catalog.entries[aid].negatives_say_whose is True))
                         and hit.phrase.text not in head_negated_phrases.get(aid, ())
                         # (not a clause by its number, "1.2. Порядок организации и проведения самих экзаменов настоящим": a
                         # document's provision, which lists no document)
                         and not _CLAUSE_NUMBER_RE.match(seg.display)))
                        and aid not in negatives and score >= HEAD_NAMING_SCORE
                        and not (seg.lead_rank >= 0 and _BREADCRUMB_RE.search(seg.display))
                        # (nor the line that says what the page is attached to: "Стипендиялық комиссияның ... № 1 хаттамасына
                        # қосымша" over a list of candidates names the commission's minutes, not the page)
                        and not _annex_to(seg.display)
                        # (nor a generic name under a title that rules it out: "Зимняя экзаменационная сессия ..."
                        # under "Расписание экзаменов" is the timetable's topic; "Диссертационный совет по ..." under a
                        # web page's heading "Объявления о защитах диссертаций", the first line of its title block)
                        and not ((seg.lead_rank > 0 or (seg.lead_rank == 0 and seg.part == "heading"
                                                        and seg.display not in title_texts))
                                 and hit.phrase.weight < 1.0 and aid in head_negative)):
                    clean_head.add(aid)  # (a breadcrumb's section, "Главная / Кадры / Конкурс на ...", names where it sits)
                strongest[aid] = max(strongest[aid], strength)
                if seg.part not in HEAD_PARTS:
                    strongest_text[aid] = max(strongest_text[aid], strength)
                if seg.part in ("body", "line"):
                    if index not in uncited:
                        uncited[index] = _outside_citation(seg.analysed or seg.display)
                    rest = uncited[index]
                    if rest is not None and not any(h.phrase.owner == aid for _, other in self._analyse(rest)
                                                    for h in other.hits):
                        cited[aid].add(index)
                scored_parts = per_artefact[aid]
                best = scored_parts.get(seg.part)
                if best is None:  # (not setdefault: it would build a _Scored for every hit)
                    best = scored_parts[seg.part] = _Scored()
                best.hit_segments.add(index)
                # Of equal hits, a heading of its own beats a numbered section's ("Комиссияның 2026-2027 оқу
                # жылына арналған құрамы" after "3. Комиссияның құрамы және жұмыс тәртібі"): it names a second document.
                if score > best.score or (score == best.score and best.segment is not None and (
                        (_numbered_section(best.segment) and not _numbered_section(seg))
                        # (and a title line beats the breadcrumb above it: "Главная / ... / Клуб «Саналы ұрпақ»" over
                        # "Отчёт о работе клуба «Саналы ұрпақ» за 2025-2026 учебный год", whose words say what it is)
                        or (seg.part == "heading" and best.segment.lead_rank >= 0 and _is_breadcrumb(best.segment.display)
                            and not _is_breadcrumb(seg.display)))):
                    best.score, best.segment, best.hit = score, seg, hit

        if not per_artefact:
            return []  # most pages of a crawl: no artefact named, so no genre to weigh either
        cue_strength, whose_page = self._cue_strengths(doc, segments, scans, itype)
        named_in_head = {aid for aid, parts in per_artefact.items()
                         if any(p in HEAD_PARTS and s.score >= HEAD_NAMING_SCORE for p, s in parts.items())}
        body_words = len(doc.body[:MAX_BODY_CHARS].split())
        # Artefacts the page's sentences speak of (see _topic_only).
        named_in_body = {aid for aid, parts in per_artefact.items()
                         if "body" in parts and parts["body"].score >= HEAD_NAMING_SCORE}
        page_features = doc_features(doc.kind, body_words, len(named_in_head), cue_strength)
        # The artefacts whose document this is: named in its head, and not only as the site's section (see below).
        owners = {aid for aid in named_in_head
                  if not (doc.kind == "html" and named_in_body - {aid}
                          and self._topic_only(per_artefact[aid], body_words))}
        # An overview page (about the university, a welcome, a faculty's page) speaks of several things in passing: where
        # the page's head names none of them and its sentences name at least two only there, each once, no such sentence
        # is more than `uncertain` ("The rector reports to the public yearly, ... through the rector's blog").
        in_passing = {aid for aid, parts in per_artefact.items()
                      if set(parts) == {"body"} and parts["body"].score >= PASSING_MIN_SCORE}
        if owners or len(in_passing) < PASSING_MIN_ARTEFACTS:
            in_passing = set()
        # Minutes (their decisions on lines of their own: "Шешім:", "ПОСТАНОВИЛИ:"): an item of their agenda or a decision
        # ("2. Электрондық журналға ата-аналардың қосылуы") is what the meeting spoke of, no document the page carries.
        minutes_text = _DECISION_LINE_RE.search(doc.body[:MAX_BODY_CHARS]) is not None
        found: list[Candidate] = []
        period: Period | None = None
        period_done = False
        list_page = _LazyListPage(segments)

        @functools.cache  # (asked for by each dated artefact of the page: worked out once)
        def head_block() -> list[str]:
            """The title and the first lines of the title block (a breadcrumb or the institution's name taking no place)."""
            ranks = self._head_ranks(segments)
            return [seg.display for seg in segments if seg.part == "title" or (
                seg.part == "heading" and 0 <= ranks.get(seg.lead_rank, seg.lead_rank) < HEAD_LEAD_LINES
                and not seg.joined and not seg.section)]
        # A page titled as a plan ("Топ кураторының ... тәрбие жұмысының жоспары"): its numbered items are what is to be done.
        plan_page = _PLAN_TITLE_RE.search(doc.title or "") is not None
        # A page titled as a regulation ("Положение о ...", "Правила ...", "... туралы ереже", "Regulation on ..."): its numbered
        # items are its provisions.
        regulation_page = _REGULATION_TITLE_RE.search(doc.title or "") is not None
        for aid, parts in per_artefact.items():
            # (A line of its own that names a document, "ПОЛОЖЕНИЕ О ПРОЦЕДУРЕ «ПОДАРКИ ...»" under a policy's title,
            # heads a second document the page carries, as a heading would.)
            suppressed = not any(p in HEAD_PARTS or _heads_document(p, s) for p, s in parts.items()) and bool(
                named_in_head.intersection(self.catalog.entries[aid].body_suppressed_by))
            if suppressed:
                continue
            # Repetition across parts never makes a weak phrase stronger than its own weight.
            raw = min(self._combine(parts), strongest[aid])
            before_cues = raw
            if doc.kind == "html" and named_in_body - {aid} and self._topic_only(parts, body_words):
                raw *= TOPIC_ONLY_FACTOR
            if aid in head_negative and aid not in clean_head:
                raw *= HEAD_NEGATIVE_FACTOR
            others = owners - {aid}
            # A plan's measure: a row of its table, a timetable's step, or a numbered item of a page titled as a plan.
            plan_task = _plan_tasks_only(parts, plan_table) or (plan_page and _numbered_items_only(parts, segments))
            # A section of a regulation of something else, whose head names no artefact ("Положение о порядке перевода и
            # восстановления обучающихся" / "5. Перевод на вакантный грант"): a provision on it, no document or list of it.
            regulation_section = regulation_page and not owners and _numbered_items_only(parts, segments)
            # A cell of a table of data, nothing else naming it ("Professional development | 10 % | certified training,
            # internships in industry, academic mobility" in a staff rating's criteria): a topic of the table, no document.
            table_cell = _table_cells_only(parts, segments)
            if (((others and not any(_names_apart(p, s) and not _names_head_again(p, s, others, per_artefact, segments)
                                    and (p not in HEAD_PARTS or s.score >= WEAK_HEAD_SCORE)
                                    for p, s in parts.items()))
                    # (nor an entry of the site's menu, which names its service on any page: "Student services: Electronic
                    # Journal | Transfer Application Online | ..." over the transfer service's page)
                    and not (aid in self._menu_items
                             and _menu_rows_only({p: s for p, s in parts.items() if p != "body"}, segments)))
                    or plan_task or regulation_section or table_cell) and not (aid in self._contacts and _gives_contact(parts)):
                # Only a sentence or a numbered section of a document whose head names another artefact: a
                # regulation's clause that the council reports yearly, a policy's that a trust line exists, a
                # code's "4. Gifts". Never more than `uncertain` (a second artefact the page carries has a heading
                # or a line of its own, or, like a trust line's number in a policy's text, says how to reach it).
                raw = min(raw, self._found - SECONDARY_MARGIN)
                if plan_task or (owners & self._plans and set(parts) <= {"body", "line"}):
                    # A measure of a plan ("Publish the scholarship candidates' lists", "Run the survey in December") is
                    # what the institution means to do: too little for an analyst to chase, so not reported.
                    raw = min(raw, (self._uncertain + self._found) / 2)
            sitting = {part for part, score in parts.items() if _where_it_sits(part, score, segments)}
            if sitting and all(
                    part in sitting or score.score < WEAK_HEAD_SCORE
                    or (part == "body" and score.hit is not None and score.hit.phrase.weight < 1.0)
                    for part, score in parts.items()):
                # Named only where the page sits: its breadcrumb's sections and its address's directories ("Главная /
                # Обучающимся / Итоговая аттестация / Документы", /itogovaya-attestaciya/dokumenty), or more weakly: a page of
                # that section, not its document. (Its text may name the section's topic in passing, by a weaker phrase: "...
                # является одной из форм итоговой аттестации"; not in full: "... under the outbound academic mobility programme".)
                raw = min(raw, self._found - SECONDARY_MARGIN)
            if aid not in self._contacts and all(
                    segments[i].part in ("body", "line", "heading") and _UNIT_CONTACT_RE.match(segments[i].display)
                    for s in parts.values() for i in s.hit_segments):
                # A unit of the institution with its room and phone ("Отдел академической мобильности — каб. 305, тел.
                # ..."): a contacts page names who deals with it, no document or information of it.
                raw = min(raw, self._found - SECONDARY_MARGIN)
            if minutes_text and set(parts) <= {"body", "line"} and self.catalog.period(aid) != "dated" and not (
                    # (not the minutes; but a file the page lists by its title, "Положение о совете (PDF, 188 КБ)", above
                    # an excerpt of minutes is the page's own document)
                    "line" in parts and any(_FILE_NOTE_RE.search(segments[i].display) for i in parts["line"].hit_segments)):
                raw = min(raw, self._found - SECONDARY_MARGIN)
            if aid in in_passing and len(parts["body"].hit_segments) == 1:
                raw = min(raw, self._found - SECONDARY_MARGIN)
            if (aid not in self._contacts and set(parts) == {"body"} and len(parts["body"].hit_segments) == 1
                    and _ENUMERATION_ITEM_RE.match(segments[next(iter(parts["body"].hit_segments))].display)):
                # Named only by one item of an enumeration, its clause closed by ";" ("— прозрачность распределения мест в
                # общежитиях и назначения стипендий;" among a section's areas of work, "— дарынды студенттерге демеушілік
                # стипендиялар тағайындауға жәрдем көрсету;" among a board's tasks): a topic the page lists, no more than
                # `uncertain`.
                raw = min(raw, self._found - SECONDARY_MARGIN)
            if aid in self._contacts and set(parts) <= {"body"} and not _gives_contact(parts):
                # Sentences that speak of the trust line without a way to reach it ("рассмотрение обращений, поступивших
                # на телефон доверия", "по телефону доверия, указанному в разделе ..."): at most `uncertain`.
                raw = min(raw, self._found - SECONDARY_MARGIN)
            # An artefact may accept e.g. news (a competition announcement is news), but only when
            # the page is about it: a passing mention in the text gets the group's own factor.
            # (So is a page's list that names it by title with its file: "... сыбайлас жемқорлыққа қарсы стандарт
            # (Оқу-ағарту министрінің бұйрығымен бекітілген) — PDF" among the documents of an anti-corruption section; not
            # a law's article heading, "Статья 16-1. Антикоррупционные стандарты".)
            listed_line = parts.get("line")
            about_it = any(part in HEAD_PARTS for part in parts) or (
                listed_line is not None and listed_line.segment is not None and _heads_document("line", listed_line)
                and (bool(_FILE_NOTE_RE.search(listed_line.segment.display)) or listed_line.segment.listed)) or (
                # (or a post's tags, the site's own label of its topic, where they name it in full: "Tags: academic mobility,
                # Erasmus+" under news of students leaving for a semester abroad; a "career" tag names no vacancy)
                "news" in cue_strength and any(_TAGS_LINE_RE.match(segments[i].display) and any(
                    h.phrase.owner == aid and h.phrase.weight >= 1.0 for h in segments[i].scan.hits)
                    for s in parts.values() for i in s.hit_segments))
            accepted = 0.0
            genre, genre_loss = "", 0.0
            # A page that reproduces a national act is the act, not a report about a national decision: the
            # minister named under its title does not also make it news. A national model stays `uncertain`, with
            # its note (interface.md), and the act an artefact *is* (the sectoral standard) stays found.
            reproduces_act = cue_strength.get("national_act", 0.0) >= GENRE_MIN_STRENGTH
            # On a list of documents, what the other items say of theirs (a law, a ministry's model rules) says nothing
            # of this item's own line ("«...» университетінің сыбайлас жемқорлыққа қарсы саясаты").
            listed_apart = self._listed_apart(parts, segments, cue_strength, list_page) - whose_page
            news_with = self.catalog.entries[aid].news_with
            if news_with and "news" in cue_strength:
                look_for(news_with)
                if doc_items.issuperset(news_with):
                    listed_apart = listed_apart | {"news"}  # the post carries the document ("Итоги анкетирования" with its figures)
            if aid in self._menu_items and _menu_entry_only({p: s for p, s in parts.items() if p != "body"}, segments):
                # A news item's page shows the site's menu and footer ("Блог ректора", "Сенім телефоны (тәулік бойы):
                # 8 800 ..."): what the news reports is something else, and the entry names the site's service as on
                # any other page (whatever the post's sentences say of it: "Questions can be asked through the Rector's
                # Blog").
                listed_apart = listed_apart | {"news"}
            if plan_table and (("line" in parts and parts["line"].segment is not None
                                and " | " not in parts["line"].segment.display and _names_apart("line", parts["line"]))
                               or any(p in ("title", "heading") and s.segment is not None and not s.segment.section
                                      and _PLAN_TITLE_RE.search(s.segment.display) and _names_apart(p, s)
                                      for p, s in parts.items())):
                # A news post that carries the plan itself: its title on a line of its own over the table of measures,
                # deadlines and who is responsible ("Утверждён План ..." / "План мероприятий ... на 2026-2027 учебный
                # год" / "№ | Мероприятие | Срок | Ответственные"), or as the post's own title ("«Саналы ұрпақ» клубының
                # ... жұмыс жоспары" over the table): the document is published here, not only reported.
                listed_apart = listed_apart | {"news"}
            for group, strength in self._with_item_cues(cue_strength, parts, segments).items():
                if strength > 0 and not (reproduces_act and group == "national_news") and group not in listed_apart:
                    factor = self.catalog.cue_factor(aid, group, about_it)
                    cap = self.catalog.cue_groups[group].cap
                    # Capped at `uncertain` where the page is about the artefact; a passing mention
                    # in a national act's text is weakened as usual.
                    if cap is not None and strength >= GENRE_MIN_STRENGTH and factor < 1.0 and about_it:
                        raw = min(raw, cap)
                    else:
                        raw *= 1.0 - (1.0 - factor) * strength
                    if factor > self.catalog.cue_groups[group].factor:
                        accepted = max(accepted, strength)
                    loss = (1.0 - factor) * strength
                    if strength >= GENRE_MIN_STRENGTH and loss > genre_loss and group in GENRE_OF_CUE:
                        genre, genre_loss = GENRE_OF_CUE[group], loss
            if aid in cited and all(index in cited[aid] for scored in parts.values() for index in scored.hit_segments):
                raw = min(raw, self._found - SECONDARY_MARGIN)  # named only as what the page follows: at most `uncertain`
            if (aid in unavailable and (set(parts) <= HEAD_PARTS or unavailable_strength[aid] >= strongest_text[aid])
                    and _same_document(parts, unavailable[aid], as_of)):
                # Named only by the page's title, headings or address, or by no sentence more fully than by the one that says
                # it is not there yet or not offered (a placeholder page for next year's plan, a service page saying
                # applications are on paper): at most `uncertain`, as the page's own note that nothing is published yet
                # would make it.
                raw = min(raw, self._not_yet_cap)
                genre = "not_yet"
            rule_confidence = self.calibrate(raw)
            if rule_confidence < min_confidence:
                continue
            best_part = max(parts.items(), key=lambda kv: kv[1].score)[1]
            assert best_part.segment is not None and best_part.hit is not None
            kind = best_part.hit.phrase.period or self.catalog.period(aid)
            if timeless[aid] >= TIMELESS_SHARE * best_part.score:
                # "Положние о клубе" (a typo) scores a little below the club's name, but names its regulation.
                kind = "none"
            elif kind != "report" and reported[aid] >= TIMELESS_SHARE * best_part.score:
                # The head names its report over two lines ("«Саналы ұрпақ» клубының 2025–2026 оқу жылындағы жұмысы туралы" /
                # "ЕСЕП"): the club's line alone scores a little higher, but the page is the year's report.
                kind = "report"
            # The evidence's own words first ("Отчёт ... за 2023-2024 уч. год" on a page of 2026),
            # then the document's period (not looked for when the artefact has none: codes, rules).
            own = find_period([best_part.segment.display], [], None, as_of)
            if own is None or best_part.segment.part in ("heading", "line"):
                # A list of the plans of several years ("План ... на 2025 год (PDF)" / "План ... на 2026 год (PDF)"): the
                # latest one it lists (not where the page's title names its own); under a title without one ("Антикоррупционная
                # комиссия"), the line that names it with its period ("Состав комиссии на 2025-2026 учебный год").
                listed = sorted({i for p, s in parts.items() if p in ("heading", "line") for i in s.hit_segments
                                 if p == "line" or own is not None or kind == "dated"  # (a sitting's line in the title block)
                                 # (or a line of the title block under a title without one: "Список ... претендентов ... на
                                 # I семестр 2026-2027 учебного года" dates the list, not its table's "по итогам ... 2025-2026")
                                 or (segments[i].lead_rank > 0 and not segments[i].joined and not segments[i].section
                                     and best_part.segment.part == "title")})
                # (not a plan's measure: "7 | Отчет о выполнении плана | июнь 2026 | Комплаенс-офицер")
                # (nor a listed document that never expires: "Regulation on the club (approved ..., 12 September 2024) — PDF"
                # beside "Work plan of the club for the 2026-2027 academic year — PDF" dates no plan)
                # (nor the archive's link, "Архив: результаты опросов 2024-2025 учебного года": the past's, not the page's)
                listed = [i for i in listed if not segments[i].joined and i not in timeless_lines[aid]
                          and not _ARCHIVE_LINE_RE.match(segments[i].display)
                          and not _MEASURE_LINE_RE.search(_without_trailing_note(segments[i].display))
                          and not (plan_table and " | " in segments[i].display)]
                # (with the title block's line that is only a period: "Протоколы заседаний ..." / "2026-2027 учебный год"
                # heads the year's minutes as much as a later section "2025-2026 учебный год" heads the last year's)
                latest = find_period([best_part.segment.display] + [segments[i].display for i in listed]
                                     + [seg.display for seg in segments if seg.part == "heading"
                                        and seg.lead_rank > 0 and not seg.joined and not seg.section
                                        and _PERIOD_LINE_RE.match(seg.display)],
                                     [], None, as_of) if listed else None
                # (under an undated title, a listed line's date is when its document was adopted, not a period; but a
                # listed sitting's minutes are dated by the sitting: "Хаттама № 3, 2026 жылғы 10 қыркүйек")
                if latest is not None and (own is not None or latest.kind != "date" or kind == "dated"):
                    own = latest
            if kind == "named":  # the period a title or first line naming it gives, not a date (when it was adopted)
                own = own or find_period([segments[i].display for p, s in parts.items() if p in ("title", "heading", "anchor")
                                          for i in s.hit_segments if not segments[i].joined]
                                         # (or a line of the title block that is only its period: "2024-2025 оқу жылы")
                                         + [seg.display for seg in segments if seg.part == "heading"
                                            and 0 < seg.lead_rank < HEAD_LEAD_LINES and not seg.joined
                                            and _PERIOD_LINE_RE.match(seg.display)]
                                         # (or the period the line under the title names: "Утверждён приказом ... на 2025
                                         # год", "2025-2026 oqu jylyna arnalğan (Rektordyñ ... būiryğy)")
                                         + _named_period_under_title(segments), [], None, as_of)
                own = None if own is None or own.kind == "date" else own
            elif kind == "dated":  # minutes: the meeting's date in their title block, not the years their agenda names;
                # then the place and date among the page's first lines ("г. Алматы, 12 ноября 2025 года"), not a deadline
                # their decisions set ("till February 1, 2026"); else the last meeting's of those the page lists ("4 | 2026
                # жылғы 15 қазан | ... | Хаттама №4 (PDF)"), in the section that lists them where one does ("Протоколы
                # заседаний:"), not the dates of the page's other documents
                if own is not None and own.kind != "date":
                    # (A full date where the line names the meeting's year, "Протокол № 2 ... от 20 мая 2025 года": twelve
                    # months from that day, not the calendar year.)
                    day = latest_date([best_part.segment.display], as_of, skip_citations=False)
                    if day is not None and day.on is not None and str(day.on.year) == own.text:
                        own = day
                if best_part.segment.section:
                    # (Where a section lists them, "Протоколы заседаний" / "Протокол №3 от 09.10.2026 (PDF)", its lines
                    # date them first: the page's title block dates the regulation or composition listed above it.)
                    own = own or latest_date([seg.display for seg in _section_lines(segments, best_part.segment)],
                                             as_of, skip_citations=False) or find_period(head_block(), [], None, as_of)
                else:
                    lead = [seg.display for seg in segments
                            if seg.part == "heading" and seg.lead_rank >= 0 and not seg.joined and not seg.section]
                    # (the sittings' entries the page lists, "Протокол № 2 от 14 октября 2025 г. (PDF)", before any date of
                    # the page's other lines: a sidebar's news of last week dates no minutes)
                    entries = [seg.display for seg in segments if seg.part in ("line", "body")
                               and _MINUTES_ENTRY_RE.match(seg.display) is not None]
                    own = own or find_period(head_block(), [], None, as_of) or latest_date(lead, as_of) or latest_date(
                        entries, as_of, skip_citations=False, skip_deadlines=True) or latest_date(
                        [seg.display for seg in _section_lines(segments, best_part.segment)], as_of, skip_citations=True,
                        skip_deadlines=True)
                    if own is not None and own.kind != "date":
                        # (Sittings listed under a heading per year, "2026 год" / "Протокол № 5 от 06.11.2026" ... "2025 год" /
                        # "- Протокол № 6 от 12.12.2025 (PDF)": the latest sitting the page lists, not the year of the one
                        # section whose file notes made it read as a heading.)
                        last_sitting = latest_date(entries, as_of, skip_citations=False, skip_deadlines=True)
                        own = last_sitting if last_sitting is not None and last_sitting.end > own.end else own
            if own is None and kind not in ("none", "named") and not period_done:
                period = self._period(doc, segments, as_of)
                period_done = True
            # (A line that lists another document on a page whose head names its own, "Стипендияға үміткерлер тізімі —
            # Толығырақ" under the scholarship rules, is not dated by the dates of the page's own document.)
            listed_elsewhere = best_part.segment.part == "line" and bool(owners) and aid not in owners
            if own is None and best_part.segment.part == "line" and kind not in ("none", "named"):
                # (A listed title with its period on the line below: "Атаулы стипендияларға үміткерлер тізімі" / "2025-2026
                # оқу жылы / 2025-2026 учебный год".)
                own = _period_below(segments, best_part.segment, as_of)
            chosen = own or (None if best_part.segment.part == "link" or kind in ("none", "named") or listed_elsewhere
                             else period)
            # (A meeting's date keeps minutes current for twelve months: no report's grace year on top of that.)
            grace = 0 if kind == "dated" and chosen is not None and chosen.kind == "date" else self.catalog.grace_years(aid)
            stale = is_stale(chosen, "calendar_year" if kind == "dated" else kind, as_of, grace)
            features = dict(page_features)
            features.update(candidate_features(
                parts={p: s.score for p, s in parts.items()},
                body_hits=sum(len(s.hit_segments) for p, s in parts.items() if p in ("body", "line")),
                strongest=strongest[aid], before_cues=before_cues, raw=raw, rule_confidence=rule_confidence,
                head_negative=aid in head_negative, about_it=about_it, cue_accepted=accepted,
                qualifiers=qualifiers[aid]))
            found.append(Candidate(
                artefact_id=aid, rule_confidence=rule_confidence, features=features,
                snippet=_snippet(best_part.segment, best_part.hit), stale=stale,
                period=chosen.text if chosen else None,
                matched_part="body" if best_part.segment.part == "line" else best_part.segment.part,
                genre=genre))
        found.sort(key=lambda c: self._order.get(c.artefact_id, 999))
        return found

    def _match_apart(self, hit: Hit, positions: dict[str, list[tuple[int, float]]], cut: int) -> Hit | None:
        """The hit's phrase matched wholly before word `cut` or wholly from it, or None."""
        for before in (True, False):
            kept = {key: [p for p in found if (p[0] < cut) is before] for key, found in positions.items()}
            kept = {key: found for key, found in kept.items() if found}
            match = self.matcher.match_phrase(hit.phrase, kept)
            if match is not None:
                return Hit(hit.phrase, match[0], match[1], match[2])
        return None

    def _note_start(self, seg: Segment) -> int:
        """The word at which the note after a listed title begins ("(утв. решением ..., протокол № 3)", "(PDF, 1 MB)",
        a table row's cells after its title's), or past the segment's end where it has none."""
        if seg.joined or seg.part not in ("line", "heading", "body"):
            return NO_NOTE
        text = seg.analysed or seg.display  # (the words the hits' places count)
        # A table's row (a long one is read as a sentence): its other cells are notes ("| решение ..., протокол №6 |").
        title = _row_title(text)
        if title is not None:
            bare = text[:text.find(title) + len(title)]
        elif seg.part != "body" and _has_trailing_note(text):
            bare = _without_trailing_note(text)
        else:
            return NO_NOTE
        return self.matcher.words(clean_text(bare))[0] if bare else NO_NOTE

    def _bracketed(self, seg: Segment, regex: re.Pattern[str]) -> list[tuple[int, int]]:
        """The words (from, to) of each bracketed part of the segment that `regex` matches: an enumeration of three items
        or more ("(A, B, C)", _ENUMERATION_RE), an aside that opens with "incl." or "e.g." (_INCLUSION_ASIDE_RE)."""
        text = seg.analysed or seg.display
        if "(" not in text:
            return []
        spans = []
        for match in regex.finditer(text):
            start = self.matcher.words(clean_text(text[:match.start()]))[0]
            spans.append((start, start + self.matcher.words(clean_text(match.group()))[0]))
        return spans

    def _listed_apart(self, parts: dict[str, _Scored], segments: list[Segment], cue_strength: dict[str, float],
                      list_page: _LazyListPage) -> frozenset[str]:
        """The page-wide genres (LISTED_APART_GROUPS) that do not hold for an artefact named by an item of a list of
        documents: its best line lists a document by title, names no other body, and says nothing of the genre itself."""
        groups = [group for group in LISTED_APART_GROUPS if cue_strength.get(group, 0.0) > 0]
        if not groups:
            return frozenset()
        best = max(parts.values(), key=lambda scored: scored.score)
        seg = best.segment
        if (seg is None or seg.joined or seg.section or seg.part not in ("line", "body", "heading")
                or (seg.part == "heading" and seg.lead_rank <= 0) or not (_list_item(seg.display) or seg.listed)
                or not list_page.holds() or _names_others(seg.display)
                # (nor a sentence of the text, unmarked: "В университете действует Кодекс чести ..., принятый Учёным советом
                # КазНУ, а также ..." in a report of a visit)
                or (_is_sentence(seg.display) and seg.display.lstrip(_BULLETS) == seg.display
                    and not _starts_numbered(seg.display))
                or _listed_title(seg.display) is None or (" | " in seg.display and _row_title(seg.display) is None)):
            return frozenset()
        # (A title listed with its description and then its file, "Антикоррупционный стандарт ..." / "Утверждён приказом
        # Министра просвещения ..." / "Скачать (PDF)": what its description says is said of it.)
        own_lines = [seg, *self._description(segments, seg)] if seg.listed else [seg]
        apart = set()
        for group in groups:
            prefix = f"cue:{group}:"
            if any(hit.phrase.owner.startswith(prefix) for line in own_lines for hit in line.scan.hits):
                continue
            # (Nor where the page's own title says it is another organisation's: a vendor's "Разработка
            # антикоррупционной политики ... под ключ" over the documents it offers to write.)
            # (Nor a national act's own section under its title: "Концепция антикоррупционной политики Республики Казахстан"
            # over "3. Видение развития антикоррупционной политики".)
            # (Nor a guide's own: a syllabus's reading list, "1. Педагогтік әдеп қағидалары (ресми мәтін)", under "...
            # пәнінің силлабусы".)
            if group in ("third_party", "national_act", "guidance") and any(hit.phrase.owner.startswith(prefix) for title in segments
                   # (a list's first act is no title; a title's " | " before the site's name is no table's cell)
                   if title.part == "title" or (title.part == "heading" and title.lead_rank == 0 and not (
                       group == "national_act" and _list_item(title.display.split(" | ", 1)[0])))
                   for hit in title.scan.hits):
                continue
            if not any(regex.search(line.display) for line in own_lines for regex in self._own_text_regexes[group]):
                apart.add(group)
        return frozenset(apart)

    def _with_item_cues(self, cue_strength: dict[str, float], parts: dict[str, _Scored],
                        segments: list[Segment]) -> dict[str, float]:
        """The page's cue strengths, with what a document listed with its description says of itself in its title ("Типовые
        правила ..." / "Утверждены приказом Министра ..." / "Скачать (PDF)"): a national model, whatever the page's other
        items are. (Not its description's words: the posts' qualification requirements "approved by the Minister's order",
        listed among the institution's documents, are what it applies.)"""
        best = max(parts.values(), key=lambda scored: scored.score).segment
        if best is None or not best.listed or not self._description(segments, best):
            return cue_strength
        said = {group for group in ITEM_CUE_GROUPS if any(hit.phrase.owner.startswith(f"cue:{group}:")
                                                          for hit in best.scan.hits)}
        return {group: max(strength, GENRE_MIN_STRENGTH) if group in said else strength
                for group, strength in cue_strength.items()}

    @staticmethod
    def _description(segments: list[Segment], title: Segment) -> list[Segment]:
        """The lines between an unmarked listed title and its file's note on a line of its own (see
        _described_then_filed); none where the next item comes first."""
        if title.display.lstrip(_BULLETS) != title.display or _starts_numbered(title.display):
            return []
        start = next((i for i, seg in enumerate(segments) if seg is title), len(segments)) + 1
        for end in range(start, min(start + DESCRIPTION_SEGMENTS, len(segments))):
            if _FILE_NOTE_LINE_RE.match(segments[end].display):
                return segments[start:end]
            if segments[end].listed or _list_item(segments[end].display):
                break
        return []

    def calibrate(self, raw: float) -> float:
        """Piecewise-linear map of a raw score: [0, uncertain] -> [0, 0.2],
        [uncertain, found] -> [0.2, 0.5], [found, 1] -> [0.5, 1]."""
        raw = max(0.0, min(1.0, raw))
        lo, hi = self._uncertain, self._found
        if raw < lo:
            return 0.2 * raw / lo
        if raw < hi:
            return 0.2 + 0.3 * (raw - lo) / (hi - lo)
        return 0.5 + 0.5 * (raw - hi) / (1.0 - hi)

    def _analyse(self, text: str) -> list[tuple[int, SegmentScan]]:
        """(number of words, matches) of each window of a segment text; cached by text."""
        cached = self._scan_cache.get(text)
        if cached is not None:
            return cached
        n_words, relevant = self.matcher.words(clean_text(text))
        result = [(min(end, n_words) - start, self.matcher.scan_words(relevant, start, end))
                  for start, end in windows(n_words)] if n_words else []
        if len(self._scan_cache) >= SCAN_CACHE_SIZE:
            self._scan_cache.clear()
        self._scan_cache[text] = result
        return result

    # ---- segments -------------------------------------------------------------------------------
    def _segments(self, doc: Document) -> list[Segment]:
        segments: list[Segment] = []
        # Abbreviations the page defines ("антикоррупционной комиссии (АКК)", "Попечительский совет (далее – ПС)"): each
        # segment is matched with them spelt out ("Состав АКК" names the commission's composition), shown as written.
        abbreviations = _defined_abbreviations(doc.body[:MAX_BODY_CHARS])

        def add(part: str, text: str, factor: float = 1.0, lead_rank: int = -1, link_only: bool = False,
                joined: bool = False, span: int = 1, section: bool = False, numbered: bool = False,
                menu_row: bool = False, listed: bool = False) -> None:
            text = (text or "").strip()
            if not text:
                return
            display = text[:2000]
            analysed = _spell_out(display, abbreviations) if abbreviations else display
            for n_words, scan in self._analyse(analysed):
                segments.append(Segment(part, display, scan, n_words, factor, lead_rank, link_only=link_only,
                                        joined=joined, span=span, section=section, numbered=numbered,
                                        menu_row=menu_row, listed=listed, analysed=analysed if analysed != display else ""))

        # A line that is only a link's text names the target, which is fetched and judged itself (with
        # this text as its anchor); a dead link must not count as evidence here. Nor may a news list's
        # headline ("<h3>Title</h3> <a>Read more</a>", or a linked <h3>), nor a menu line, be read as
        # the page's own title where the page has no heading of its own.
        squashed_links = [(_squash(link.text), link.url) for link in doc.links if len(link.text) > 3]
        # A file listed as "Title [Скачать]" has "Title (Скачать)" for its link text (html_extract): the line
        # "Title Скачать" is that link's, as a linked title's line is.
        for link in doc.links:
            cut = link.text.rfind(" (")
            if link.text.endswith(")") and cut > 3:  # the title alone, and as the page shows it ("Title Скачать")
                squashed_links.append((_squash(link.text[:cut]), link.url))
                squashed_links.append((_squash(f"{link.text[:cut]} {link.text[cut + 2:-1]}"), link.url))
        teaser_texts = _Teasers([text for text, url in squashed_links if url != doc.url]
                                if doc.kind == "html" else [])
        link_texts = {text for text, _ in squashed_links}
        long_link_texts = sorted((text for text in link_texts if len(text) > 10), key=len, reverse=True)
        link_first_words = {text.split(None, 1)[0] for text in link_texts if text.strip()}
        sentences = split_sentences(doc.body[:MAX_BODY_CHARS])[:LEAD_LINES + 4 * MAX_SEGMENTS_PER_PART]
        # A line of the site's furniture made only of link words is a row of links (a tag cloud, an inline menu):
        # each link is judged on its own page.
        link_menu_lines = _link_menu_lines(doc.furniture, link_texts) if doc.furniture else set()
        own_lines = [sentence for sentence in sentences
                     if not _is_link_line(squashed := _squash(sentence), link_texts, long_link_texts, link_first_words)
                     and not teaser_texts.holds(squashed) and squashed not in link_menu_lines]
        # A section's menu written as a list that holds the page's own name ("Policies and Regulations" / "- Academic
        # Policy" / "- Code of Honour of Faculty and Staff" / "- Student Code of Conduct"): its items name other pages.
        sidebar = _section_menu_lines(own_lines, doc)
        # What a document prints above its title is not its title: the letterhead ("Қазақстан Республикасы Ғылым
        # және жоғары білім министрлігі", "«...» КЕАҚ"), document-control lines ("СМК ... Издание 2") and the
        # approval block ("УТВЕРЖДАЮ / Ректор ____ / «28» августа 2025 г."). The letterhead is left out (a
        # ministry's name there is not a report about the ministry, a year in a document code not the
        # document's period); the approval block is read as text.
        late_heading = doc.kind == "html" and bool(doc.headings) and self._heading_below_text(own_lines, doc)
        reads_lead = doc.kind != "html" or not doc.headings or late_heading
        # A web page without headings opens with the site's header (the language switch, the breadcrumb): its
        # lines are read as text, and the page's own first lines as its title, as they are under a heading.
        head_start = 0
        if reads_lead and doc.kind == "html" and doc.furniture:
            furniture = set(doc.furniture)
            while head_start < len(own_lines) and own_lines[head_start] in furniture:
                head_start += 1
        # (On a web page without headings only the approval block: "Министерство ... объявляет конкурс" opens news.)
        block_end, letterhead = (self._front_matter(own_lines[head_start:], doc.kind != "html") if reads_lead
                                 else (0, set()))
        block_end += head_start
        # A web page's header written as its text's first lines (its title again, a menu's row, the breadcrumb) may stand
        # above a document's approval block ("Главная / ... / Положение" / "СОГЛАСОВАНО" / "на заседании Попечительского
        # совета" / "протокол № 1 от ..."): the header stays the page's lead, the block is read as text, as at the start.
        header_end = head_start
        if reads_lead and doc.kind == "html" and block_end == head_start:
            title_key = _squash(doc.title or "")
            while (header_end < len(own_lines) and header_end - head_start < HEADER_MAX_LINES
                   and (_is_breadcrumb(own_lines[header_end]) or _text_menu_row(own_lines[header_end])
                        or _squash(own_lines[header_end]) == title_key)):
                header_end += 1
            if header_end > head_start and header_end < len(own_lines):
                # (the block, or the institution's name right above it: "НАО «...»" / "УТВЕРЖДЁН" / "решением Учёного совета")
                block_end, letterhead = self._front_matter(own_lines[header_end:], False)
                block_end += header_end
            if block_end == head_start:
                header_end = head_start
        header = own_lines[head_start:header_end]

        front = set(own_lines[header_end:block_end])
        title = doc.title or ""
        if doc.kind != "html" and (title in front or self._is_letterhead(title)):
            title = ""  # the extractor took the front matter for the title; the lead lines below hold the real one
        if late_heading and title == doc.headings[0]:
            title = ""  # the extractor's guess from a page without <title>: a block's heading under the text
        pieces = [p for p in _TITLE_SPLIT_RE.split(title) if p.strip()]
        for rank, piece in enumerate(pieces[:6] or [title]):
            # Later pieces of a title are usually the site's name ("... | Kazakh National University"):
            # they still match, but their words say nothing against the page (see head_negative).
            add("title", piece, lead_rank=0 if rank == 0 else HEAD_LEAD_LINES)
        # A site map ("Карта сайта", "Sitemap") has no title block: its lines are the names of the site's sections.
        site_map = doc.kind == "html" and _SITE_MAP_RE.search(f"{doc.title} | {' | '.join(doc.headings[:1])}") is not None
        lead = self._lead_lines(header + own_lines[block_end:])[:1] if reads_lead and site_map else (
            self._lead_lines(header + own_lines[block_end:]) if reads_lead else [])
        html_lead_at = -1
        if not reads_lead and doc.kind == "html":
            html_lead_at, lead = self._html_title_block(own_lines, doc.headings)
        lead_texts = set(lead)
        # Where each later heading of a web page stands in its text, for the title block under it ("Приказ
        # ректора № 245" / "О составе комиссии"): a section's document is named there as the page's is.
        section_at: dict[str, int] = {}
        heading_keys: set[str] = set()
        if not reads_lead and doc.kind == "html" and len(doc.headings) > 1:
            heading_keys = {_squash(h) for h in doc.headings}
            for index, line in enumerate(own_lines):
                key = _squash(line)
                if key in heading_keys:
                    section_at.setdefault(key, index)
        for number, heading in enumerate(doc.headings[:MAX_SEGMENTS_PER_PART]):
            # An extractor's guesses at a PDF's headings may include list items and sentences; its
            # first lines are read below as lead lines, with their neighbours ("КОДЕКС" / "чести студента").
            if doc.kind != "html" and (len(heading) > LEAD_LINE_MAX_CHARS or _LIST_ITEM_RE.match(heading)
                                       or _is_sentence(heading) or heading in lead_texts or heading in front):
                continue
            section = doc.kind == "html" and (number > 0 or late_heading)
            if section and (teaser_texts.holds(_squash(heading)) or _ARTICLE_HEADING_RE.match(heading)):
                continue  # (an article's heading stays a line of the text)
            if section and heading.rstrip().endswith("?"):
                # An FAQ's question ("Сохранится ли грант при переводе?") asks about a thing; it names no document
                # (it stays a line of the text, read as a sentence).
                continue
            numbered = section and bool(_SECTION_NUMBER_RE.match(heading))
            add("heading", heading, section=section, numbered=numbered)
            at = section_at.get(_squash(heading)) if section else None
            if at is not None:  # (its lines stay in the text too, unlike the page's own title block)
                block = self._title_block_at(own_lines, at + 1, heading_keys)
                for line in block:
                    add("heading", line, LEAD_FACTOR, section=True, numbered=numbered)
                if len(block) > 1:
                    add("heading", " ".join(block), LEAD_FACTOR, section=True, numbered=numbered)
            if section and not late_heading and len(heading.split()) <= SECTION_HEADING_WORDS:
                # "Anti-corruption commission" / "Members": a short section heading is read with the
                # page's own heading, as a reader does ("the commission's members").
                add("heading", f"{doc.headings[0]} {heading}", SECTION_FACTOR, section=True, numbered=numbered)
        for anchor in doc.anchor_texts[:50]:
            add("anchor", anchor[:300])
        # The linking page's title, piece by piece as the page's own: its site's name ("... педагогический
        # университет") is no part of the section's name ("Кодекс этики обучающихся").
        for piece in [p for p in _TITLE_SPLIT_RE.split(doc.referrer_title[:300]) if p.strip()][:6]:
            add("referrer", piece)
        add("url", url_text(doc.url))
        if segments and segments[-1].part == "url":
            # Words of the directories count less than the page's own name: /vakansii/raspisanie/
            tail_words = len(tokenize(clean_text(url_text(doc.url, last_segment_only=True))))
            segments[-1].tail_start = max(0, segments[-1].n_words - tail_words)
        file_links = [link for link in doc.links if _is_file_link(link.url)]
        for link in file_links[:MAX_SEGMENTS_PER_PART]:
            add("link", f"{link.text} {url_text(link.url)}"[:300])

        lead_count = len(lead)
        if html_lead_at >= 0 and lead and doc.headings and len(doc.headings[0].split()) <= KIND_HEADING_WORDS \
                and not _approval_line(lead[0]):
            # A page headed by its document's kind ("Протокол № 2") goes on in the block under it ("заседания
            # конкурсной комиссии по замещению вакантных должностей"): what the heading says counts for that line.
            add("heading", f"{doc.headings[0]} {lead[0]}", LEAD_FACTOR, 0, joined=True)
        for i, line in enumerate(lead):
            # (A section's menu first, whatever marks its entries: "› Сыбайлас жемқорлыққа қарсы саясат" under "Бөлім мәзірі:".)
            if line in sidebar:  # a section's menu: its entries name (link) the section's other pages, no title's line
                add("line", line)
                continue
            if _text_menu_row(line):  # the site's menu, not a line of the title (see _text_menu_row)
                add("heading", line, LEAD_FACTOR, i, menu_row=True)
                continue
            before = len(segments)
            add("heading", line, LEAD_FACTOR, i)
            if len(segments) == before + 1 and _is_breadcrumb(line):
                # The sections a breadcrumb passes through say where the page sits, its last item what it is. (Not a
                # row of the menu: "Басты бет | Университет | Түлекке | Студентке | Жатақханаға онлайн тіркелу | Байланыс".)
                items = _PATH_SEPARATOR_RE.split(line.strip())
                if "|" not in line or len(items) <= MAX_PIPE_TRAIL_ITEMS:
                    segments[-1].trail = True
                    segments[-1].tail_start = max(0, segments[-1].n_words - len(tokenize(clean_text(items[-1]))))
                    last = _squash(items[-1])
                    if last and not any(last in _squash(other)
                                        for other in (doc.title or "", *doc.headings, *lead) if other != line):
                        # A trail that stops at the section, the page's own name not among its items ("Басты бет /
                        # Оқу-әдістемелік жұмыс / Қорытынды аттестаттау" over "Дипломдық жобаларды плагиатқа тексеру"):
                        # every item says where the page sits.
                        segments[-1].tail_start = segments[-1].n_words
            # Join a title broken over lines, but never with the approval block ("УТВЕРЖДАЮ",
            # "Ректор ______", "«12» сентября 2025 г."), whose words would mix with the title's.
            if _approval_line(line) or _approval_statement(line):
                continue
            # A document's kind alone on its line ("ПРОТОКОЛ", "ХАТТАМА") goes on in the next one, date and all
            # ("№7 заседания конкурсной комиссии ... от 01.05.2026"). A title does not go on in the line that says
            # who adopted it ("Утверждено решением Правления, протокол № 9 от 30 мая 2025 года"): its "протокол" is
            # the board's minutes, no word of the title.
            # Nor does a listed document's title go on past the note on its file ("... (PDF, 640 KB)") or a table's
            # row ("Title | PDF"): the next line lists the next document.
            if i + 1 < len(lead) and not _approval_statement(lead[i + 1]) and not self._two_titles(line, lead[i + 1]) and (
                    not _text_menu_row(lead[i + 1]) and lead[i + 1] not in sidebar) and (
                    not _approval_line(lead[i + 1])
                    or (_KIND_LINE_RE.match(line) and not _SIGNATURE_RE.search(lead[i + 1]))):
                add("heading", _joined(line, lead[i + 1]), LEAD_FACTOR, i, joined=True, span=2)
                if (i + 2 < len(lead) and not _approval_line(lead[i + 2]) and not _approval_statement(lead[i + 2])
                        and not _text_menu_row(lead[i + 2]) and lead[i + 2] not in sidebar
                        and not self._two_titles(lead[i + 1], lead[i + 2])):
                    add("heading", _joined(_joined(line, lead[i + 1]), lead[i + 2]), LEAD_FACTOR, i, joined=True, span=3)
        text_start = block_end + max(0, lead_count - len(header))  # the approval block is read as text, before the rest
        # (with the header's lines the lead did not take, as they would have been read without the block)
        front_text = [line for line in own_lines[:head_start] + header[lead_count:] + own_lines[header_end:block_end]
                      if line not in letterhead]
        body_lines = own_lines
        if html_lead_at >= 0:  # the title block under the page's heading was read above, as heading
            body_lines = own_lines[:html_lead_at] + own_lines[html_lead_at + lead_count:]
            text_start = 0
        # The site's menus and sidebars (their items are links, but a menu's "#" or script links are not in
        # doc.links): an item there names a section of the site, not a document the page carries. Read as text.
        menu_lines = frozenset(doc.furniture) if doc.kind == "html" else frozenset()
        # The page's own heading (its title where it has none), to read with the headings its text writes as lines: a
        # short line over a list of files ("Протоколы заседаний" / "Протокол № 1 от 12.03.2026 (PDF)") heads a section.
        own_heading = ((doc.headings[0] if doc.headings else pieces[0] if pieces else "").strip()
                       if doc.kind == "html" else "")
        wrapped = False  # the line before ended in "и", "and", "және": this one goes on with its sentence
        appendix = False  # the line before opened an appendix: this one may be its title
        text_lines = front_text + body_lines[text_start:text_start + 4 * MAX_SEGMENTS_PER_PART]
        # under "В этом разделе:", "See also", "Соңғы жаңалықтар": the next lines name other pages (on a site map, all of them)
        in_navigation = links_menu = section_menu = False
        for number, sentence in enumerate(text_lines):
            if section_menu and sentence in sidebar:
                # a section's menu under its label ("Бөлім мәзірі:", "In this section:") below the page's heading: its
                # entries link the section's pages by name, as in the page's first lines (see _section_menu_lines)
                add("line", sentence)
                continue
            if _navigation_row(sentence):  # "Смотрите также: План закупок | Итоги закупок | Архив 2025 года"
                add("body", sentence, link_only=True)
                continue
            if _NAVIGATION_HEAD_RE.match(sentence):
                in_navigation = True
                section_menu = _SECTION_MENU_LABEL_RE.match(sentence.strip()) is not None
                # (a block of the site's links, "Быстрые ссылки", "Useful links", not of its news: an entry there names a
                # service as the site's menu does, "Электронный журнал College SMART — оценки и посещаемость")
                links_menu = bool(_LINKS_MENU_HEAD_RE.match(sentence))
                add("body", sentence)
                continue
            if in_navigation and links_menu and _names_another_page(sentence):
                add("line" if _is_title_like(sentence) else "body", sentence, menu_row=True)
                continue
            if (in_navigation and _names_another_page(sentence)) or (site_map and (
                    _names_another_page(sentence) or _menu_entry(sentence))):  # (a site map's row: "Студенттерге: A | B | C")
                # (Their links' targets are judged on their own pages; as text here they are the site's navigation, whose
                # entry names a service as the site's menu does: "Ректор блогы", "Сенім телефоны".)
                if site_map:
                    add("line" if _is_title_like(sentence) else "body", sentence, menu_row=True)
                else:
                    add("body", sentence, link_only=True)
                continue
            in_navigation = section_menu = False
            if _FORM_OPTION_RE.match(sentence) or _POLL_RESULT_RE.match(sentence):
                # A form's answer option ("[ ] электронный журнал", "( ) да ( ) нет"): a choice offered to whoever fills it
                # in, naming nothing the site has. (Nor a poll's result for one ("- назначение стипендий — 81%"): what was
                # asked about.)
                wrapped = False
                continue
            if _points_elsewhere(sentence):
                add("body", sentence, link_only=True)  # "... публикуются в разделе «Вакансии»": evidence of another page
                continue
            if len(pieces_of_line := line_sentences(sentence)) > 1 and any(map(_points_elsewhere, pieces_of_line)):
                # (one of a line's sentences points elsewhere: "... вправе участвовать в конкурсе на вакантные гранты;
                # сведения о конкурсе публикуются в разделе «Обучающимся». Проживание ... не входят.")
                for piece in pieces_of_line:
                    add("body", piece, link_only=_points_elsewhere(piece))
                wrapped = False
                continue
            if _opens_appendix(sentence) and len(sentence) <= LEAD_LINE_MAX_CHARS:
                # "Приложение 2. О составе комиссии": the title of a second document in the file.
                add("heading", sentence, LEAD_FACTOR, section=True)
                wrapped, appendix = False, True
                continue
            if appendix and _is_title_like(sentence) and not _dangling(sentence):
                # "Приложение к Положению о комиссии" / "Состав комиссии на 2025-2027 годы": the appendix's own title.
                add("heading", sentence, LEAD_FACTOR, section=True)
                appendix = False
                continue
            appendix = False
            if (own_heading and len(sentence.split()) <= SECTION_HEADING_WORDS and not _list_item(sentence)
                    and sentence not in menu_lines and not _CLAUSE_NUMBER_RE.match(sentence)
                    # (under a web page's heading, a line that names a kind of document or list: "Протоколы заседаний",
                    # "Комиссия отырыстарының хаттамалары")
                    and (not doc.headings or _DOCUMENT_LINE_START_RE.match(sentence)
                         or _DOCUMENT_LINE_END_RE.search(sentence.removesuffix(":")))
                    and (sentence.endswith(":") or (not _is_sentence(sentence) and any(
                        # (or over a table of them, its header first: "№ | Дата | Повестка | Файл")
                        _FILE_NOTE_RE.search(line) for line in text_lines[number + 1:number + 3])))):
                # "Протоколы заседаний:" on a page without headings ("Попечительский совет"), or without its colon over
                # a list of files ("Протокол № 1 от 12.09.2026 (PDF, 402 КБ)", not a list of references): a section's
                # heading, read with the page's title as a section heading is with the page's heading (not a list's
                # numbered item, "2. Этикалық кодекстерді құру:", a measure to take).
                add("heading", f"{own_heading} {sentence.removesuffix(':')}", SECTION_FACTOR, section=True)
            if (number and sentence[:1].islower() and _KIND_LINE_RE.match(text_lines[number - 1])
                    and not text_lines[number - 1].rstrip().endswith(":")):  # (not an order's "ПРИКАЗЫВАЮ:" over its items)
                # A document's kind alone on its line goes on in this one ("ПРАВИЛА" / "конкурсного замещения вакантных
                # должностей ..."): its second line alone names no title (at the top the lead reads the two whole; further
                # down they are a mention).
                wrapped = False
                continue
            # A table's cell or a sentence wrapped over short lines (a PDF's "2 Актуализация" / "Антикоррупционной
            # политики и" / "Положения о конфликте интересов"): its pieces name nothing of their own.
            dangling = _dangling(sentence)
            # (Not a roster's row: "Нұрланов Дәурен – «Саналы ұрпақ» клубының төрағасы" names a person's post.)
            noted_below = _noted_below(text_lines, number)
            title_like = ((_is_title_like(sentence) or _heads_a_list(sentence) or _titles_a_table(text_lines, number)
                           or noted_below)
                          and not (wrapped or dangling) and sentence not in menu_lines
                          and not _PERSON_LINE_RE.match(sentence) and not _column_headings(text_lines, number))
            # "Студенту: Расписание | Претенденты на стипендию | Вакантные гранты | Общежитие | ...": the site's menu as the
            # page's text gives it; its entries name sections of the site (a service's entry names the service).
            menu_row = sentence not in menu_lines and _text_menu_row(sentence)
            # A report's figure ("Участники программ мобильности: 146 студентов") counts what it names; it is weak evidence.
            add("line" if title_like else "body", sentence, COUNTED_FACTOR if not title_like and _counted(sentence) else 1.0,
                menu_row=menu_row, listed=title_like and noted_below)
            line_label = _line_label(sentence) if not title_like else ""
            filed = not (title_like or line_label) and _filed_after(text_lines, number)
            entry_label = _entry_label(sentence, filed) if not (title_like or line_label) else ""
            if label := line_label or entry_label:
                # "Система «Антиплагиат»: все работы проверяются ...": the label names what the line describes (an entry's
                # title with its file's note after its description is a listed document's)
                add("line", label, LABEL_FACTOR, menu_row=menu_row, listed=filed and bool(entry_label))
            wrapped = dangling or sentence.endswith(",")  # "... Законом «О противодействии коррупции»," goes on
        return segments

    def _two_titles(self, line: str, following: str) -> bool:
        """Whether two lines are two titles of a list, not one title broken over both: the first is a list's item (a note
        on its file, a table's row), the two are parallel items ("Положение о ..." / "Положение о ..."), or the first
        names an artefact by one of its full names and so does the next ("План мероприятий ... на 2026 год" / "Положение
        об антикоррупционной комиссии") or it is a name of its own in sentence case ("Студенттің ар-намыс кодексі" /
        "Ішкі тәртіп ережелері"). A broken title goes on in lower case ("об антикоррупционной комиссии") or in capitals
        ("ЕРЕЖЕ")."""
        if _is_breadcrumb(line) or _is_breadcrumb(following):
            return True  # a breadcrumb says where the page sits ("Басты бет / ... / Қорытынды аттестаттау"): no title's part
        if self._names_institution(line) or self._names_institution(following):
            return True  # the institution's name under a page's title ("Shymkent joǵary medısınalyq kolledji"): whose page
        if _schedule_step(line) or _schedule_step(following):
            return True  # a timetable's steps, each with its deadline ("Проверка на заимствования — до 15 декабря 2026 г.")
        return _list_item(line) or _parallel_items(line, following) or (
            self._names_whole(line) and (self._names_whole(following) or _sentence_case_name(following)))

    def _names_institution(self, line: str) -> bool:
        """A short line that is an institution's name ("Қорқыт Ата атындағы Қызылорда университеті", "Shymkent joǵary
        medısınalyq kolledji") and names no document."""
        return (len(line.split()) <= INSTITUTION_NAME_WORDS and bool(_INSTITUTION_WORD_RE.search(line))
                and not _is_sentence(line) and not _DOCUMENT_WORD_RE.search(line) and not self._artefact_words(line))

    def _names_whole(self, line: str) -> bool:
        """Whether `line` names an artefact by one of its full names (a phrase of weight 1 and more than one word)."""
        return any(hit.phrase.weight >= 1.0 and ":" not in hit.phrase.owner and len(hit.phrase.slots) > 1
                   for _, scan in self._analyse(line[:2000]) for hit in scan.hits)

    @staticmethod
    def _heading_below_text(own_lines: list[str], doc: Document) -> bool:
        """Whether a web page's first heading comes after running text of its own: a "See also" or "Latest news"
        block under an article that has no heading, not the page's own heading (its text is then read as a page
        without headings is, and that heading as a section's)."""
        first = _squash(doc.headings[0])
        furniture = set(doc.furniture)
        before = 0
        running_text = False
        for line in own_lines:
            if _squash(line) == first:
                return running_text and before >= LATE_HEADING_MIN_LINES
            if line not in furniture:
                before += 1
                running_text = running_text or len(line) > LEAD_LINE_MAX_CHARS or _is_sentence(line)
        return False

    def _front_matter(self, lines: list[str], letterheads: bool = True) -> tuple[int, set[str]]:
        """How many of a document's first lines come before its title (letterhead, document control,
        approval blocks, in any order), and which of them are letterhead or document control."""
        end = 0
        letterhead: set[str] = set()
        # (A web page's text may open with a document's control line, "СМК ... Издание 3 | стр. 1 из 27", but a
        # ministry's name there opens news: "Министерство ... объявляет конкурс".)
        is_letterhead = self._is_letterhead if letterheads else _is_document_control
        while end < len(lines) and end < FRONT_MATTER_MAX_LINES:
            if _APPROVAL_START_RE.match(lines[end]):
                end += _approval_block_end(lines[end:], is_letterhead)
            elif appendix := _order_appendix_end(lines[end:]):
                end += appendix
            elif is_letterhead(lines[end]) or (
                    # a letterhead wrapped onto a second line ("Управление образования акимата" / "Костанайской
                    # области"): the rest completes it and names nothing an artefact is made of
                    end > 0 and lines[end - 1] in letterhead and len(lines[end]) <= LETTERHEAD_WRAP_CHARS
                    and is_letterhead(f"{lines[end - 1]} {lines[end]}") and not self._artefact_words(lines[end])) or (
                    # on a web page too, the organisations' names right above an approval block or a control line
                    # ("«...» МКҚК" / "КЕЛІСІЛДІ", "Министерство ..." / "НАО «...»" / "СМК ... Стр. 1 из 6"): a document's
                    # text as its file has it
                    not letterheads and self._letterhead_above_front_matter(lines, end)):
                letterhead.add(lines[end])
                end += 1
            elif (end + 1 < len(lines) and lines[end].count("«") > lines[end].count("»")
                  and len(lines[end + 1]) <= LETTERHEAD_WRAP_CHARS and is_letterhead(f"{lines[end]} {lines[end + 1]}")):
                # the organisation's quoted name wrapped ("РГП на ПХВ «... университет имени Т." / "Абилкасымова»")
                letterhead.update(lines[end:end + 2])
                end += 2
            elif (letterheads or end > 0) and (approved := _approval_tail_end(lines[end:])):  # (after a block: its tail)
                end += approved
            else:
                break
        return end, letterhead

    def _letterhead_above_front_matter(self, lines: list[str], at: int) -> bool:
        """Lines at..: letterhead (up to LETTERHEAD_RUN_LINES of it) and then an approval block or a control line."""
        for k in range(at, min(len(lines), at + LETTERHEAD_RUN_LINES)):
            if k > at and (_APPROVAL_START_RE.match(lines[k]) or _is_document_control(lines[k])):
                return True
            if not self._is_letterhead(lines[k]):
                return False
        return False

    def _artefact_words(self, text: str) -> bool:
        """Whether the text has a word that some artefact's phrase is made of."""
        items = self.matcher.artefact_items
        return any(key in items for _, scan in self._analyse(text) for key in scan.positions)

    def _is_letterhead(self, line: str) -> bool:
        """A line that names the organisation (a ministry or akimat's department, "«...» КЕАҚ", "КГКП «...
        колледжі»") or controls the document ("СМК ... Издание 2", "Стр. 1 из 12"), and names no document."""
        if _is_document_control(line):
            return True
        if not line or len(line) > LEAD_LINE_MAX_CHARS or _DOCUMENT_WORD_RE.search(line):
            return False
        if _GOVERNMENT_BODY_RE.fullmatch(line.strip(" .,")):
            return True
        if not (_ORGANISATION_FORM_RE.search(line) or _LEGAL_FORM_RE.search(line)):
            return False
        # The organisation's name is quoted; what is left must be short and name nothing an artefact is made of
        # ("Антикоррупционная комиссия НАО «...»" is a title).
        probe = _LEGAL_FORM_RE.sub(" ", _ORGANISATION_FORM_RE.sub(" ", line))
        if len(_QUOTED_RE.sub(" ", probe).split()) > LETTERHEAD_MAX_EXTRA_WORDS:
            return False
        # An institution's quoted name may hold an artefact's words («... педагогический университет»).
        return not self._artefact_words(_QUOTED_INSTITUTION_RE.sub(" ", probe))

    def _html_title_block(self, own_lines: list[str], headings: list[str]) -> tuple[int, list[str]]:
        """A web page's heading is often the menu item's name ("Антикоррупционный стандарт") and the
        document pasted under it opens with a title of its own, broken over short lines ("ПОЛОЖЕНИЕ" / "о
        комиссии ..."; "Приказ Министра ... № 174" / "Об утверждении ..."): those lines, read as lead lines
        are in a PDF, and where they start in `own_lines` (-1: none)."""
        first = _squash(headings[0]) if headings else ""
        if not first:
            return -1, []
        stops = {_squash(h) for h in headings}
        for index, line in enumerate(own_lines[:HTML_TITLE_SEARCH_LINES]):
            if _squash(line) == first:
                block = self._title_block_at(own_lines, index + 1, stops)
                return (index + 1, block) if block else (-1, [])
        return -1, []

    def _title_block_at(self, own_lines: list[str], start: int, stops: set[str]) -> list[str]:
        """The short lines from `start` that name what an artefact is made of, up to the next heading: a
        cover's "Экибастуз 2016" under a handbook's heading is no title (and its year no news)."""
        block: list[str] = []
        for candidate in self._lead_lines(own_lines[start:start + LEAD_LINES])[:HTML_TITLE_BLOCK_LINES]:
            if _squash(candidate) in stops or not self._artefact_words(candidate):
                break
            block.append(candidate)
        # Three or more lines that each name an artefact's words are a list's items ("Bachelor's theses" / "Master's
        # theses" / "PhD dissertations" under "What must be checked"), not one title broken over lines.
        return block if len(block) < 3 else []

    @staticmethod
    def _lead_lines(sentences: list[str]) -> list[str]:
        """PDFs and DOCX have no markup: their first short lines are the title and headings, often
        broken over two or three lines ("... ӘЗІРЛЕУ МЕН РӘСІМДЕУ" / "ЕРЕЖЕСІ")."""
        lead: list[str] = []
        for number, sentence in enumerate(sentences[:LEAD_LINES]):
            following = sentences[number + 1] if number + 1 < len(sentences) else ""
            if len(sentence) > LEAD_LINE_MAX_CHARS or _LIST_ITEM_RE.match(sentence) or _is_sentence(sentence) \
                    or _BODY_OPENING_RE.match(sentence) or _PERSON_LINE_RE.match(sentence) \
                    or _MINUTES_OPENING_RE.match(sentence) or _QUARTER_ROW_RE.match(sentence) \
                    or (sentence.count(" | ") >= TABLE_ROW_MIN_CELLS - 1
                        and not (_pipe_breadcrumb(sentence) and following.count(" | ") < TABLE_ROW_MIN_CELLS - 1)) \
                    or _ORDER_PREAMBLE_RE.match(sentence) \
                    or _ROSTER_ROLE_RE.match(sentence) or _opens_list_in_words(sentence) or _dated_label(sentence) \
                    or _LABELLED_LIST_RE.match(sentence) or _CONTENTS_RE.match(sentence) or _LISTED_AUTHOR_RE.match(sentence):
                # running text (also one that opens a list: "Если вы столкнулись с ..., сообщите нам:"; or gives dates:
                # "Экзаменационная сессия: 22 декабря 2026 г. – 10 января 2027 г."), the first
                # numbered item, a table's, roster's or plan's row, the minutes' attendance, an order's preamble: the
                # heading is over
                break
            lead.append(sentence)
        return lead

    # ---- scoring ---------------------------------------------------------------------------------
    def _hit_strength(self, positions: dict[str, list[tuple[int, float]]], hit: Hit,
                      negative_in_segment: bool) -> tuple[float, str]:
        """Phrase weight x word quality, adjusted by the words around the hit (before part weights);
        also which qualifier applied: "model", "self" or ""."""
        cal = self.catalog.calibration
        score = hit.phrase.weight * hit.quality
        qualifier = ""
        if _near(positions, CONCEPT_PREFIX + "model", hit.start - QUALIFIER_WINDOW, hit.end + QUALIFIER_WINDOW):
            score *= cal["model_reference_factor"]  # "Типовое положение ...": a national model act
            qualifier = "model"
        elif (_near(positions, CONCEPT_PREFIX + "self", hit.start - QUALIFIER_WINDOW, hit.start - 1)
              or _near(positions, CONCEPT_PREFIX + "defined_as", hit.end + 1, hit.end + QUALIFIER_WINDOW + 1)):
            # "Настоящее положение о ...", "... кодексі (бұдан әрі – Кодекс)": the document itself (a synonym that can only
            # give `uncertain` stays so: "Осы Ереже ... комплаенс-қызметінің" is a compliance service's regulation, a neighbour)
            if hit.phrase.weight >= WEAK_SYNONYM_WEIGHT:
                score = min(MAX_BOOST_SCORE, score * cal["self_reference_boost"])
            qualifier = "self"
        if negative_in_segment:
            score *= self._negative_factor
        return score, qualifier

    @staticmethod
    def _topic_only(parts: dict[str, _Scored], body_words: int) -> bool:
        """Named only in the head (and the body's copy of the heading, one line) by a synonym weaker than the
        artefact's own names, while the page's text runs to TOPIC_ONLY_MIN_WORDS words or more."""
        if body_words < TOPIC_ONLY_MIN_WORDS or "body" in parts:
            return False
        line = parts.get("line")
        if line is not None and len(line.hit_segments) > 1:
            return False
        return max(scored.hit.phrase.weight for scored in parts.values() if scored.hit is not None) < 1.0

    def _combine(self, parts: dict[str, _Scored]) -> float:
        bonus = self.catalog.calibration["body_repeat_bonus"]
        remaining = 1.0
        for part, scored in parts.items():
            score = scored.score
            if part in ("body", "line") and len(scored.hit_segments) > 1:
                score = min(1.0, score * (1.0 + bonus * min(len(scored.hit_segments) - 1, 3)))
            remaining *= 1.0 - min(score, 1.0)
        return 1.0 - remaining

    # ---- document-level signals ----------------------------------------------------------------------
    @staticmethod
    def _links_goszakup(doc: Document) -> bool:
        if any(GOSZAKUP_HOST in link.url and url_host(link.url).endswith(GOSZAKUP_HOST) for link in doc.links):
            return True
        # The portal's address written out ("опубликован на портале goszakup.gov.kz, ID плана ...") points there too.
        return url_host(doc.url).endswith(GOSZAKUP_HOST) or GOSZAKUP_HOST in doc.body[:MAX_BODY_CHARS]

    @staticmethod
    def _features(doc: Document, wanted: set[str], links_goszakup: bool) -> set[str]:
        """Which of the `wanted` document features (#phone, #email, ...) the document has."""
        body = doc.body[:MAX_BODY_CHARS]
        return {name for name in wanted if (name == "#goszakup_link" and links_goszakup)
                or (name in _FEATURE_TESTS and _FEATURE_TESTS[name](body))}

    def _cue_strengths(self, doc: Document, segments: list[Segment], scans: list,
                       itype: str) -> tuple[dict[str, float], frozenset[str]]:
        """Each cue group's strength on the page, and the groups that the page's host, its own title and headings or
        the site's text say (a vendor's "ТОО «...»" under its title, a document-sharing entry's views and downloads: whose
        page it is, not what one item of its list is)."""
        head_parts = {"title", "heading", "anchor"}
        hits_by_owner: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        head_rank = self._head_ranks(segments)
        for seg, scan in zip(segments, scans, strict=True):
            if (seg.link_only and seg.part == "body") or seg.menu_row:
                # a line that names another page (a navigation block's teaser, an entry of a section's menu: "Ғылыми
                # жобалар" beside "Докторантура"): that page's kind, not this one's
                continue
            if seg.part == "heading" and seg.lead_rank >= 0 and seg.display.count(" | ") >= MAX_PIPE_TRAIL_ITEMS:
                # A menu's row read among a page's first lines ("Home | About | ... | News | Contact"): the site's navigation,
                # not the kind of page this is.
                continue
            # Only the first lines of a PDF stand for its title; later lead lines are content.
            # (Nor a lead line that is the approval line: "Утверждён решением Учёного совета ..." under a code's title
            # says who adopted it, not that a headline reports an approval.)
            in_head = (seg.part in head_parts and head_rank.get(seg.lead_rank, seg.lead_rank) < HEAD_LEAD_LINES
                       and not seg.section
                       and not (seg.lead_rank >= 0 and _approval_statement(seg.display)))
            where = "head" if in_head else "body" if seg.part in ("body", "line", "heading") else seg.part
            # A later piece of the title is the site's name ("... | Study in Kazakhstan", "... | National Center for Higher
            # Education Development"): it says whose the page is, as the page's own head does.
            site_name = seg.part == "title" and seg.lead_rank >= HEAD_LEAD_LINES
            cites = roster_row = None  # (worked out for a segment only when a hit of theirs asks)
            for hit in scan.hits:
                if hit.phrase.owner.startswith("cue:"):
                    if where == "body" and hit.phrase.owner.startswith("cue:national_act:"):
                        if cites is None:
                            cites = _CITES_RE.search(seg.display) is not None
                        if cites:
                            continue  # "Конкурс проводится в соответствии с Правилами ... государственных организаций образования"
                    if where == "body" and hit.phrase.owner.startswith("cue:third_party:"):
                        if roster_row is None:
                            # A roster's row names where a member works ("Мүшесі – ..., «Балапан» балабақшасының
                            # меңгерушісі"), not whose page it is.
                            roster_row = (_ROSTER_ROLE_RE.match(seg.display) is not None
                                          or _PERSON_LINE_RE.match(seg.display) is not None
                                          # (or a table's: "2 | Оразалиева Гүлшат | Қала әкімдігінің білім бөлімі | мүшесі")
                                          or _ROSTER_ROW_RE.match(seg.display) is not None)
                        if roster_row:
                            continue
                        if _ALSO_CONTACT_RE.search(seg.display):
                            # A sentence that sends the reader to another body as well ("You can also call the Agency's
                            # national line 1424"): the page gives that body's contact, it is not that body's page.
                            continue
                    hits_by_owner[hit.phrase.owner][where] += 1
                    if site_name and hit.phrase.owner.startswith(_WHOSE_CUES):
                        hits_by_owner[hit.phrase.owner]["head"] += 1
                    if seg.part in ("body", "line") and seg.is_line:  # a line of its own, not a sentence
                        hits_by_owner[hit.phrase.owner]["line"] += 1
        url_keys: set[str] = set()
        for token in tokenize(clean_text(url_text(doc.url))):
            url_keys.update(token.keys)
        host = url_host(doc.url)
        path = doc.url
        defined_keys: set[str] = set()
        for m in _DEFINED_AS_RE.finditer(doc.body[:MAX_BODY_CHARS]):
            for token in tokenize(clean_text(m.group(1))):
                defined_keys.update(token.keys)

        site_has: dict[str, bool] = {}  # the same words are looked for by more than one signal
        # A file whose extracted title is its letterhead or approval block (no title segment was made of it, see
        # _segments) has no title of its own: "Education Department of the ... Akimat" above a college's document.
        front_matter_title = doc.kind != "html" and bool(doc.title) and not any(seg.part == "title" for seg in segments)
        # The first lines that stand for a title (a file's, or a page's without a heading) are its head too.
        lead = [seg.display for seg in segments if seg.part == "heading" and 0 <= head_rank.get(seg.lead_rank, -1) < HEAD_LEAD_LINES
                and not seg.joined and not seg.section and not _approval_statement(seg.display)]
        page_body = _PageBody(doc, self._prefilter_words)
        own_text = _OwnText(doc, page_body, title="" if front_matter_title else None, lead=lead)

        site_texts: list[_SiteText] = []  # made when first needed

        def site_text_has(regex: re.Pattern[str] | None) -> bool:
            key = regex.pattern if regex is not None else ""
            if key not in site_has:
                if not site_texts:
                    site_texts.append(_SiteText(doc, page_body))
                site_has[key] = site_texts[0].has(regex)
            return site_has[key]

        strengths: dict[str, float] = {}
        whose_page: set[str] = set()
        for name, signals in self._cue_signals.items():
            total = against = 0.0  # what says the page is of this kind (at most 1), and what says it is not
            # What says it is not is looked for only where something says it is (the strength is 0 else).
            for i, signal in signals:
                owner = f"cue:{name}:{i}"
                if (signal.kinds and doc.kind not in signal.kinds) or (signal.types and itype not in signal.types):
                    continue
                if signal.weight < 0 and total <= 0:
                    break
                if signal.where == "url":
                    count = 1 if url_keys & signal.words else 0
                elif signal.where == "url_regex":
                    count = 1 if signal.regex and signal.regex.search(path) else 0
                elif signal.where == "host":
                    count = 1 if signal.regex and signal.regex.search(host) else 0
                elif signal.where == "defined_as":
                    count = 1 if defined_keys & signal.words else 0
                elif signal.where == "any":
                    count = sum(n for where, n in hits_by_owner[owner].items() if where != "line")
                elif signal.where == "absent":  # no word of the kind anywhere: not in the host, nor the text
                    count = 0 if ((signal.regex and signal.regex.search(host))
                                  or site_text_has(signal.text_regex)) else 1
                elif signal.where == "own_text":  # the page's own words (not the site's furniture) say it
                    count = 1 if own_text.has(signal.text_regex) else 0
                elif signal.where == "own_head":  # the page's own title or headings (a file's first lines) say it
                    count = 1 if own_text.has_in_head(signal.text_regex) else 0
                elif signal.where == "not_own_text":  # the page's own words have none, nor has its host
                    count = 0 if ((signal.regex and signal.regex.search(host))
                                  or own_text.has(signal.text_regex)) else 1
                elif signal.where == "site_text":  # anywhere on the page, the site's furniture too (its footer names its owner)
                    count = 1 if site_text_has(signal.text_regex) else 0
                elif signal.where == "absent_own":  # only the site's furniture has one: a reposted document
                    count = 1 if (doc.furniture and not (signal.regex and signal.regex.search(host))
                                  and site_text_has(signal.text_regex)
                                  and not own_text.has(signal.text_regex)) else 0
                else:
                    count = hits_by_owner[owner].get(signal.where, 0)
                if signal.weight < 0:
                    against += signal.weight * count
                else:
                    total += min(signal.max, signal.weight * count)
                    if count and signal.weight >= GENRE_MIN_STRENGTH and signal.where in ("host", "own_head", "site_text"):
                        whose_page.add(name)
            strengths[name] = max(0.0, min(1.0, total) + against)
        return strengths, frozenset(whose_page)

    def _head_ranks(self, segments: list[Segment]) -> dict[int, int]:
        """Each lead line's place among the lines of the title: a breadcrumb or the institution's name above a title's
        last line ("Главная / Колледж / НПА", "Карагандинский колледж технологии и сервиса", "Приказ Министра ...")
        takes none of the HEAD_LEAD_LINES."""
        lines = {seg.lead_rank: seg.display for seg in segments
                 if seg.part == "heading" and seg.lead_rank >= 0 and not seg.joined}
        ranks: dict[int, int] = {}
        skipped = 0
        for rank in sorted(lines):
            ranks[rank] = rank - skipped
            if rank > 0 and (_is_breadcrumb(lines[rank]) or self._names_institution(lines[rank])):
                skipped += 1
        return ranks

    def _period(self, doc: Document, segments: list[Segment], as_of: dt.date) -> Period | None:
        # (With the documents a page lists with their files' notes: "Клубтың 2026-2027 оқу жылына арналған жоспары — PDF"
        # is as much the page's current document as its section "2025-2026 оқу жылының қорытындысы:" is its past.)
        head = [seg.display for seg in segments if seg.part in ("title", "heading", "anchor", "url")]
        # (Without their approval notes: "— approved by the Rector's order ... of 20 September 2024" dates no period.)
        # (Nor a line of its own that names a document by its kind: "2026-2027 оқу жылына арналған жұмыс жоспары" over the
        # plan's table is the page's current plan as much as a listed file.)
        head += [_APPROVAL_NOTE_RE.sub(" ", seg.display) for seg in segments
                 if seg.part == "line" and (_has_trailing_note(seg.display) or _document_line(seg))
                 and not _ARCHIVE_LINE_RE.match(seg.display)]  # (the archive's link names the past years')
        head.append(doc.url)
        head.extend(link.text for link in doc.links if _is_file_link(link.url))
        # (And the page's own publication date, "Жарияланған күні: 18.11.2026": an announcement is of that day, not of the
        # day of the minutes it lists below.)
        head.extend(seg.display for seg in segments if seg.part in ("body", "line") and _PUBLISHED_ON_RE.match(seg.display))
        body = [seg.display for seg in segments if seg.part in ("body", "line") and not _ARCHIVE_LINE_RE.match(seg.display)]
        return find_period(head, body, doc.last_modified, as_of)


# A line that points to the archive of past years ("Архив: ...", "Мұрағат: ...", "Archive of ...").
_ARCHIVE_LINE_RE = re.compile(r"\W*(?:архив|мұрағат|archive)\w*\b", re.IGNORECASE)
# A page's line giving the day it was published ("Жарияланған күні: 18.11.2026", "Дата публикации: 18.11.2026",
# "Published: 18 November 2026").
_PUBLISHED_ON_RE = re.compile(r"\s*(?:жарияланған\s+күні|жарияланды|дата\s+(?:публикации|размещения)|опубликовано|размещено|"
                              r"(?:date\s+)?published|posted\s+on)\s*:?\s*\d", re.IGNORECASE)


# An abbreviation defined in brackets after what it stands for ("антикоррупционной комиссии (АКК)", "сыбайлас жемқорлыққа
# қарсы (СЖҚ)", "Попечительский совет (далее – ПС)").
_ABBREVIATION_DEFINED_RE = re.compile(
    r"\((?:далее\s*[–—-]?\s*|бұдан\s+әрі\s*[–—-]?\s*|hereinafter\s+)?([A-ZА-ЯЁӘІҢҒҮҰҚӨҺ]{2,6})\)")
# ... or in a list of them, the abbreviation first ("Сокращения: ДР/ДП — дипломная работа (проект); МД — магистерская
# диссертация; ДС — диссертационный совет").
_ABBREVIATION_LISTED_RE = re.compile(
    r"(?:^|[:;]\s*)([A-ZА-ЯЁӘІҢҒҮҰҚӨҺ]{2,6})(?:/[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ]{2,6})?\s+[—–-]\s+([^;\n.()]{3,80})", re.MULTILINE)
_WORD_PIECE_RE = re.compile(r"[^\W\d_]+")
ABBREVIATION_WORDS = 6  # the words before the brackets looked at for what the letters stand for


def _defined_abbreviations(body: str) -> dict[str, str]:
    """{abbreviation: the words it stands for} for each abbreviation the text defines: the fewest words before its
    brackets whose first letters (of each part of a hyphenated word) spell it, or failing that that start with its
    first letter and end with a word starting with its last ("антикоррупционной комиссии (АКК)")."""
    found: dict[str, str] = {}
    for match in _ABBREVIATION_DEFINED_RE.finditer(body) if "(" in body else ():
        abbreviation = match.group(1)
        if abbreviation in found:
            continue
        words = body[max(0, match.start() - 200):match.start()].split("\n")[-1].split()[-ABBREVIATION_WORDS:]
        letters = abbreviation.lower()
        best = None
        for n in range(1, len(words) + 1):
            taken = words[-n:]
            initials = _initials(taken)
            if not initials or initials[0] != letters[0]:
                continue
            if initials == letters:
                best = taken
                break
            if best is None and n <= len(letters) and taken[-1][:1].lower() == letters[-1]:
                best = taken
        if best is not None:
            found[abbreviation] = " ".join(word.strip("«»\"'(),;:") for word in best)
    for match in _ABBREVIATION_LISTED_RE.finditer(body):
        abbreviation, words = match.group(1), match.group(2).split()
        if abbreviation in found:
            continue
        for n in range(1, min(len(words), ABBREVIATION_WORDS) + 1):  # the first words whose initials spell it
            if _initials(words[:n]) == abbreviation.lower():
                found[abbreviation] = " ".join(words[:n])
                break
    return found


def _initials(words: list[str]) -> str:
    """The first letters of the words, each part of a hyphenated word apart, in lower case."""
    return "".join(piece[0].lower() for word in words for piece in _WORD_PIECE_RE.findall(word))


def _spell_out(text: str, abbreviations: dict[str, str]) -> str:
    """`text` with each defined abbreviation followed by what it stands for ("Состав АКК" -> "Состав АКК антикоррупционной
    комиссии")."""
    for abbreviation, words in abbreviations.items():
        if abbreviation in text:
            text = re.sub(rf"(?<![\w-]){abbreviation}(?![\w-])", f"{abbreviation} {words}", text)
    return text


# A sentence that cites a national act ("в соответствии с Правилами ...", "... Қағидаларына сәйкес", "in accordance with
# the Rules ..."): the page follows the act, it does not reproduce it.
_CITES_RE = re.compile(r"(?i)(?<!\w)(?:в\s+соответствии\s+с|согласно|на\s+основании|сәйкес|in\s+accordance\s+with|according\s+to|"
                       r"pursuant\s+to|(?:are|is)\s+(?:set\s+out|laid\s+down|established)\s+(?:in|by)|"
                       # ("Требования ... установлены Правилами ...", not "установлена горячая линия": a document's kind follows)
                       r"установлен[аоы]?(?=\s+(?:правил|положени|приказ|порядк|стандарт|закон|кодекс|постановлени)))(?!\w)")
# Where the cited document's name ends: the clause's comma or semicolon, a bracket, a full stop before a space.
_CITED_NAME_END_RE = re.compile(r"[,;:(]|\.(?:\s|$)")
_CITED_NAME_WORD_RE = re.compile(r"\S+")
CITED_NAME_WORDS = 12


def _outside_citation(sentence: str) -> str | None:
    """The sentence without the name of the document it says it follows ("Конкурс проводится в соответствии с Правилами
    конкурсного замещения ..., утверждёнными ..." -> "Конкурс проводится , утверждёнными ..."; the Kazakh postposition
    takes the words before it: "... Қағидаларына сәйкес"); None where it cites nothing."""
    match = _CITES_RE.search(sentence)
    if match is None:
        return None
    if match.group().lower() == "сәйкес":
        start = max(sentence.rfind(",", 0, match.start()), sentence.rfind(";", 0, match.start())) + 1
        return sentence[:start] + sentence[match.end():]
    end = _CITED_NAME_END_RE.search(sentence, match.end())
    name_end = end.start() if end is not None else len(sentence)
    # (A name is a dozen words at most: "in accordance with the standards of ... University and is applicable to ... academic
    # mobility" goes on to say what the page is about.)
    words = list(_CITED_NAME_WORD_RE.finditer(sentence, match.end(), name_end))
    if len(words) > CITED_NAME_WORDS:
        name_end = words[CITED_NAME_WORDS].start()
    return sentence[:match.start()] + sentence[name_end:]


# A decision of minutes on a line of its own ("Қаулы етті: ...", "ПОСТАНОВИЛИ:", "Шешім:", "Resolved:").
_DECISION_LINE_RE = re.compile(r"(?mi)^[ \t\d.]*(?:постановили|решили|решение|тыңдалды|қаулы\s+етті|шешім(?:\s+қабылданды)?|"
                               r"resolved|decided|decision)\s*:")


# A label and the list it heads on one line ("Службы при ректоре: Комплаенс-служба, Антикоррупционная комиссия, Юридический
# отдел", "Факультеты: Инженерный, Экономики и права, ..."): a row of a structure or a roster, no part of a title.
_LABELLED_LIST_RE = re.compile(r"[^:\n]{2,60}:\s*[^,\n]+,[^,\n]+,")


# A collection's contents begin ("Содержание:", "Мазмұны", "Contents"): its entries are papers, each by its author.
_CONTENTS_RE = re.compile(r"\W*(?:содержание|мазмұны|contents|table\s+of\s+contents)\W*$", re.IGNORECASE)


# A unit of the institution and how to reach it, on a line of its own ("Отдел стипендий — каб. 203, тел. ...", "Академиялық
# ұтқырлық бөлімі – 305 каб.", "International Office — room 12, tel. ...").
_UNIT_CONTACT_RE = re.compile(
    r"[^—–\n]{0,80}?(?:отдел|бөлім|департамент|центр|офис|служб|сектор|office|department|centre|center)[^—–\n]{0,60}"
    r"[—–-]\s*(?:\d+\s*)?(?:каб|кабинет|ауд|тел|room|tel|phone|\+7|8\s?\()", re.IGNORECASE)


def _binds_staff_and_students(body: str) -> bool:
    return bool(_SCOPE_VERB_RE.search(body)) and any(
        len(sentence) <= SCOPE_SENTENCE_CHARS and _SCOPE_VERB_RE.search(sentence)
        and _SCOPE_STUDENTS_RE.search(sentence) and _SCOPE_STAFF_RE.search(sentence)
        for sentence in _SENTENCE_SPLIT_RE.split(body))


# The lines above a page's closing "© ..." line that are its footer (the site's address, switchboard and mail).
FOOTER_LINES = 3


def _own_contact(body: str) -> bool:
    """Does the page give a number or an address of its own: on a line that names no other body ("Телефон доверия
    Министерства ...", "Департамент Агентства ..., тел. ...") and is not the site's footer above its "©" line? A page
    "Куда сообщить о факте коррупции" that lists only the state's lines is no trust line of the institution's."""
    lines = body[:20_000].splitlines()
    end = len(lines)
    for k in range(len(lines) - 1, max(-1, len(lines) - 8), -1):
        if lines[k].lstrip().startswith(("©", "(c)", "(C)")):
            end = max(0, k - FOOTER_LINES)
            break
    return any((_PHONE_FAST_RE.search(line) or ("@" in line and _EMAIL_RE.search(line)))
               and not _names_others(line) for line in lines[:end])


_FEATURE_TESTS: dict[str, Callable[[str], bool]] = {
    "#own_contact": _own_contact,
    "#phone": lambda body: bool(_PHONE_FAST_RE.search(body)),
    "#email": lambda body: "@" in body and bool(_EMAIL_RE.search(body)),  # the regex alone backtracks over words
    "#sign_in": lambda body: bool(_SIGN_IN_RE.search(body)),
    "#binds_staff_and_students": _binds_staff_and_students,
    "#shares": lambda body: (("%" in body and len(_SHARE_RE.findall(body, 0, 20_000)) >= SHARES_MIN)
                             or len(_MEAN_MARK_RE.findall(body, 0, 20_000)) >= SHARES_MIN),
    "#participants": lambda body: _PARTICIPANTS_RE.search(body, 0, 20_000) is not None,
    # (Not the chair and the secretary of a sitting whose minutes say who attended: "Қатысқандар: ...", "Присутствовали: ...".)
    "#roster": lambda body: ((len(_ROSTER_RE.findall(body, 0, 20_000)) >= ROSTER_MIN_ROLES
                              or len(_ROSTER_ROW_RE.findall(body, 0, 20_000)) >= ROSTER_MIN_ROLES)
                             and _ATTENDANCE_LINE_RE.search(body, 0, 20_000) is None),
}


# The words an approval block opens with ("УТВЕРЖДАЮ", "БЕКІТІЛДІ", "СОГЛАСОВАНО", "APPROVED").
_APPROVAL_WORDS = (r"утверждаю|утвержд[её]но|утвержд[её]на|утвержд[её]н|утвержд[её]ны|бекітемін|бекітілді|бекітілген|келісемін|"
                   r"келісілді|согласовано|согласован|рассмотрено|одобрено|қаралды|мақұлданды|approved|agreed|reviewed|considered|endorsed")
# A sentence that says something was approved ("... утверждён приказом ректора", "... was approved by Rector's Order").
_APPROVED_RE = re.compile(rf"\b(?:{_APPROVAL_WORDS})\b", re.IGNORECASE)
_SIGNATURE = r"_{3,}|«\s*\d"  # a signature line ("Ректор ______") or a quoted day ("«28» августа")
_APPROVAL_RE = re.compile(rf"{_SIGNATURE}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|^\W*(?:{_APPROVAL_WORDS})\W*$", re.IGNORECASE)


class _PageBody:
    """The page's text as the page-wide regexes read it, shared by _OwnText and _SiteText: lower-cased once, and the
    prefilters' words (see literals.WordIndex) looked for in it by one pass, the long text read once for both."""

    __slots__ = ("_found", "_words", "lowered", "lowered_text", "text")

    def __init__(self, doc: Document, words: WordIndex | None = None) -> None:
        self.text = doc.body[:MAX_BODY_CHARS]
        lowered = _caseless_text(self.text)
        # (None where lower-casing moves a character's place, "İ" becoming two: the twins' matches are placed by it)
        self.lowered: str | None = lowered if len(lowered) == len(self.text) else None
        self.lowered_text = StartsText(lowered)  # (searched only where a match may start: see StartsText)
        self._words = words
        self._found: WordsFound | None = None

    def found_with(self, texts: Iterable[str]) -> WordsFound | None:
        """The prefilters' words in the lower-cased text and in `texts` (lower-cased), all joined by line breaks; None
        without an index or a lower-cased text."""
        if self._words is None or self.lowered is None:
            return None
        if self._found is None:
            self._found = self._words.found_in(self.lowered)
        return self._words.found_in_each(self._found, texts)


class _SiteText:
    """The page's title, its menu's link texts ("Студентам", "Университет туралы" say whose site it is, although menu
    lines are not read as evidence) and its text: what the site says, its furniture included."""

    def __init__(self, doc: Document, body: _PageBody):
        self._body = body
        self._found: WordsFound | None = None
        menu = " | ".join(link.text for link in doc.links[:MENU_LINKS] if link.text)
        self._texts = (doc.title, " | ".join(doc.headings), menu, doc.referrer_title, " | ".join(doc.anchor_texts),
                       body.text)
        # Lower-cased as in _OwnText, for the regexes' case-sensitive twins and the words their matches hold.
        lowered = [_caseless_text(text) for text in self._texts[:-1]]
        self._lowered: list[str] | None = None
        self._lowered_all = ""
        if body.lowered is not None and all(len(low) == len(text)
                                              for low, text in zip(lowered, self._texts[:-1], strict=True)):
            self._lowered = lowered
            self._lowered_all = "\n".join((*lowered, body.lowered))  # (one substring test for all of them)

    def has(self, regex: re.Pattern[str] | None) -> bool:
        """Whether `regex` occurs in any of the site's texts."""
        if regex is None:
            return False
        twin = _caseless_twin(regex) if self._lowered is not None else None
        if twin is not None and self._lowered is not None:
            # (No search where the words every match holds are not there, as in _OwnText.has.)
            if self._found is None:
                self._found = self._body.found_with(self._lowered)
            return (condition_holds(required_condition(twin), self._lowered_all, self._found)
                    and (any(twin.search(low) for low in self._lowered) or self._body.lowered_text.search(twin)))
        return any(regex.search(text) for text in self._texts)


class _OwnText:
    """What the page itself says: its own title, headings and text, and the texts that link to it. Not the
    site's furniture (menu, header, footer, sidebar) nor the site's name in a title: they say whose site the
    page is on, and a site reposts other organisations' documents too. Read once per page, looked in per regex."""

    def __init__(self, doc: Document, body: _PageBody, title: str | None = None, lead: Iterable[str] = ()) -> None:
        """body: the page's text, lower-cased and with the words the regexes' prefilters test (looked for when first
        needed); title: the page's own title where it is not doc.title (a file's front matter taken for its title: "");
        lead: the first lines read as the title where the page has none of its own (see _segments)."""
        self._furniture = set(doc.furniture)
        self._page_body = body
        self._found: WordsFound | None = None
        own_title = _without_site_name(doc.title if title is None else title, self._furniture,
                                       doc.headings[0] if doc.headings else "")
        self._head = (own_title, " | ".join(doc.headings),
                      _referrer_without_site_name(doc.referrer_title, doc.title, self._furniture),
                      " | ".join(doc.anchor_texts), " | ".join(lead))
        self._body = body.text
        self._seen: dict[str, bool] = {}
        # The same texts in lower case, for the case-insensitive regexes (see _caseless_twin); only where
        # lower-casing keeps every character's place ("İ" becomes two), which _search relies on.
        self._lowered: tuple[tuple[str, ...], str] | None = None
        self._lowered_all = ""
        if body.lowered is not None:
            lowered_head = tuple(_caseless_text(text) for text in self._head)
            self._lowered = lowered_head, body.lowered
            self._lowered_all = "\n".join((body.lowered, *lowered_head))  # (one substring test for all of them)
        # The page's text and its lower-cased copy, where a regex is tried only where its matches may start (StartsText).
        self._lowered_body = body.lowered_text
        self._plain_body = StartsText(self._body)

    def _words_found(self) -> WordsFound | None:
        if self._found is None and self._lowered is not None:
            self._found = self._page_body.found_with(self._lowered[0])
        return self._found

    def has(self, regex: re.Pattern[str] | None) -> bool:
        """Whether `regex` occurs in the page's own words."""
        if regex is None:
            return False
        known = self._seen.get(regex.pattern)
        if known is None:
            lowered = self._lowered
            twin = _caseless_twin(regex) if lowered is not None else None
            # (No search where the words every match holds are not there: most of these regexes find nothing.)
            if twin is not None and lowered is not None:
                known = (condition_holds(required_condition(twin), self._lowered_all, self._words_found())
                         and self._search(twin, lowered[0], self._lowered_body))
            else:
                known = (condition_holds(required_condition(regex), "\n".join((self._body, *self._head)))
                         and self._search(regex, self._head, self._plain_body))
            self._seen[regex.pattern] = known
        return known

    def has_in_head(self, regex: re.Pattern[str] | None) -> bool:
        """Whether `regex` occurs in the page's own title, headings or the texts that link to it."""
        return regex is not None and any(regex.search(text) for text in self._head)

    def _search(self, regex: re.Pattern[str], head: tuple[str, ...], text: StartsText) -> bool:
        """`regex` in `head` or on a line of `text` that is not furniture; `text` is the page's text or its
        lower-cased copy (same length: a line is cut from the page's own text by the match's place)."""
        if any(regex.search(part) for part in head):
            return True
        furniture = self._furniture
        body = text.text
        for match in text.finditer(regex):  # a word of the kind on a line of the page's own
            start = body.rfind("\n", 0, match.start()) + 1
            end = body.find("\n", match.end())
            if self._body[start:end if end >= 0 else len(body)].strip() not in furniture:
                return True
        return False


# Escapes that name a character (which may be a capital) rather than a class of them.
_CHARACTER_ESCAPE_RE = re.compile(r"\\[uUxN0-7]")
# The global flags a pattern may open with ("(?mi)").
_LEADING_FLAGS_RE = re.compile(r"\(\?([aiLmsux]+)\)")


def _case_folds() -> dict[int, str]:
    """The lower-case letters that sre's case-insensitive matching takes for another ("ı" for "i", "ſ" for "s", "ᲀ"
    for "в": they share a capital), each mapped to the one of its group that lower-casing the capital gives. No letter
    beyond the Basic Multilingual Plane shares its capital."""
    by_capital: dict[str, list[str]] = defaultdict(list)
    for code in range(0x10000):
        letter = chr(code)
        if letter.lower() == letter and letter.upper() != letter:
            by_capital[letter.upper()].append(letter)
    folds: dict[int, str] = {}
    for capital, letters in by_capital.items():
        if len(letters) > 1:
            canonical = capital.lower() if capital.lower() in letters else min(letters)
            folds.update({ord(letter): canonical for letter in letters if letter != canonical})
    return folds


_CASE_FOLDS = _case_folds()
_FOLDED_LETTER_RE = re.compile(f"[{''.join(map(chr, _CASE_FOLDS))}]")


def _caseless_search(regex: re.Pattern[str], text: str) -> bool:
    """Whether a case-insensitive `regex` occurs in `text`, searched by its case-sensitive twin over the text in lower case
    (see _caseless_twin: about three times as fast over a line)."""
    twin = _caseless_twin(regex)
    lowered = _caseless_text(text)
    if twin is None or len(lowered) != len(text):
        return regex.search(text) is not None
    return twin.search(lowered) is not None


def _caseless_text(text: str) -> str:
    """`text` as the case-sensitive twins read it (see _caseless_twin): in lower case, the letters sre takes for others
    folded to one. (Its length differs from the text's where a letter lower-cases to two: "İ".)"""
    lowered = text.lower()
    return lowered.translate(_CASE_FOLDS) if _FOLDED_LETTER_RE.search(lowered) else lowered


@by_pattern
def _caseless_twin(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """The case-insensitive `regex` as a case-sensitive one over lower-cased text whose letters sre takes for
    others are folded to one (_CASE_FOLDS): sre folds the case of every character it compares, which makes a search
    over a page's text about twice as slow, and a case-sensitive pattern shows the words every match holds
    (detectors.literals). None where the pattern is case-sensitive, names characters by escapes (their case cannot be
    seen in the pattern) or has a letter that lower-cases to two ("İ")."""
    pattern = regex.pattern
    if (not regex.flags & re.IGNORECASE or _CHARACTER_ESCAPE_RE.search(pattern)
            or "(?-" in pattern  # a part made case-sensitive again
            or any(len(letter.lower()) != 1 for letter in pattern)):
        return None
    leading = _LEADING_FLAGS_RE.match(pattern)
    if leading:  # "(?mi)" -> "(?m)"
        kept = leading.group(1).replace("i", "")
        pattern = (f"(?{kept})" if kept else "") + pattern[leading.end():]
    lowered = map_pattern_letters(pattern, lambda letter, _: letter.lower().translate(_CASE_FOLDS))
    try:
        return re.compile(lowered, regex.flags & ~re.IGNORECASE)
    except re.error:  # (a class's range whose ends no longer stand in order once lower-cased)
        return None


def _without_site_name(title: str, furniture: set[str], heading: str = "") -> str:
    """A title without the site's name: "Кодекс этики | Колледж №1" -> "Кодекс этики", where the other
    pieces are the site's furniture (its logo, its footer) or the page's own heading is one piece."""
    pieces = [piece.strip() for piece in _TITLE_SPLIT_RE.split(title) if piece.strip()]
    own = [piece for piece in pieces if piece not in furniture]
    if len(own) > 1 and heading in own:
        own = [heading]
    return " | ".join(own)


def _referrer_without_site_name(referrer: str, title: str, furniture: set[str]) -> str:
    """The linking page's title without the site's name. Its name in the page's own language is furniture;
    in another language ("Кадровая политика | Северо-Казахстанский ... университет" linking to a Kazakh
    page) it sits where the page's own title has it, first or last, and is dropped there too: whose site a
    page is on must not depend on which language version happened to link to it first."""
    own = _without_site_name(referrer, furniture)
    pieces = [piece.strip() for piece in _TITLE_SPLIT_RE.split(own) if piece.strip()]
    if len(pieces) < 2:
        return own
    title_pieces = [piece.strip() for piece in _TITLE_SPLIT_RE.split(title) if piece.strip()]
    if len(title_pieces) < 2:
        return own
    if title_pieces[-1] in furniture and title_pieces[0] not in furniture:
        pieces.pop()
    elif title_pieces[0] in furniture and title_pieces[-1] not in furniture:
        pieces.pop(0)
    return " | ".join(pieces)


KIND_HEADING_WORDS = 3  # "Протокол № 2", "ХАТТАМА", "Приказ № 45-н": a page's heading that names only its kind
_KIND_LINE_RE = re.compile(r"^\W*[^\W\d_a-zа-яёәғқңөұүһі]{4,}\W*$")  # one capitalised word: "ПРОТОКОЛ", "ХАТТАМА"
_SIGNATURE_RE = re.compile(_SIGNATURE)


def _approval_line(line: str) -> bool:
    return bool(_APPROVAL_RE.search(line))


_APPROVAL_START_RE = re.compile(rf"^\W*(?:{_APPROVAL_WORDS})\b", re.IGNORECASE)
# What the rest of an approval block says: who approved (a rector, a council's decision), the minutes, the date.
_APPROVAL_MORE_RE = re.compile(
    r"_{3,}|«\s*[\d_]|\d{1,2}[./]\d{1,2}[./]\d{2,4}|№\s*\d|\bno\.?\s*\d|"
    r"\b(?:протокол\w*|хаттама\w*|protocol|minutes|решени\w*|шешім\w*|decision|"
    # roles in the nominative only: "Ректордың ... есебі" (the rector's report) is a title
    r"ректор|rector|председатель|төраға|төрағасы|chairman|chairperson|президент|president|директор|director|"
    r"учен\w+ совет\w*|ғылыми кеңес\w*|academic council|правлени\w*|басқарма\w*|заседани\w*|отырыс\w*|"
    r"meeting|профком\w*|кәсіподақ\w*|взамен|введен\w* в действие|қолданысқа енгізі\w*|supersedes)\b|"
    # the end of an approver's name wrapped onto a line of its own ("... of the Academic" / "Council")
    r"^\W*(?:council|совета?|кеңес(?:і|інің)?)\W*$", re.IGNORECASE)
# A line that starts like a document's title ends the block ("Положение об Ученом совете" names a council too).
_TITLE_WORDS = (r"положени|правил|план|кодекс|политик|порядок|инструкци|стандарт|отч[её]т|регламент|устав|ереже|"
                r"қағида|жоспар|саясат|есеп|нұсқаулық|тәртіп|жарғы|regulation|rules|plan|code|policy|procedure|"
                r"standard|report|instruction|charter")
_TITLE_START_RE = re.compile(rf"^\W*(?:{_TITLE_WORDS})", re.IGNORECASE)
_TITLE_WORD_RE = re.compile(rf"\b(?:{_TITLE_WORDS})", re.IGNORECASE)
# A line that names a document or a list the page carries: a kind of document (or a body's roster, a list) first or last.
_LIST_WORDS = r"состав|список|перечень|протокол|құрам|тізім|тізбе|хаттама|composition|list|members|minutes"
# (Also "Position on ...": how machine translation renders "Положение о ..." on an English version.)
_DOCUMENT_LINE_START_RE = re.compile(rf"^\W*(?:{_TITLE_WORDS}|{_LIST_WORDS}|position\s+(?:on|about)\b)", re.IGNORECASE)
_DOCUMENT_LINE_END_RE = re.compile(rf"\b(?:{_TITLE_WORDS}|{_LIST_WORDS})\w*(?:\s+(?:на|for|of)\s+)?[\W\d]*(?:год\w*|жыл\w*|year)?\W*$",
                                   re.IGNORECASE)
TITLE_LINE_MIN_WORDS = 5


# The same said approver first, as Kazakh does and Russian may ("Басқарма шешімімен бекітілген, 2026 жылғы 28
# қаңтардағы №2 хаттама", "Решением Ученого совета утверждено, протокол № 3"): a decision or an order in the
# instrumental within the first words, an approval word after it, and the minutes' number or date.
_APPROVER_FIRST_RE = re.compile(
    r"^\W*+(?:\S++\s++){0,4}?(?:шешімімен|шешiмiмен|бұйрығымен|хаттамасымен|решением|приказом|протоколом)\s+"
    r"(?:\S++\s++){0,4}?(?:бекітілген|бекітілді|мақұлданды|мақұлданған|қаралды|утвержден\w*|одобрен\w*|рассмотрен\w*)\b",
    re.IGNORECASE)
# A Kazakh approval line names who and when first and the act last: "«...» КеАҚ Басқарма Төрағасы – Ректордың 2025 жылғы
# 4 қыркүйектегі № 301 бұйрығымен бекітілген".
_APPROVED_LAST_RE = re.compile(r"(?:шешімімен|шешiмiмен|бұйрығымен|хаттамасымен|қаулысымен)\s+(?:бекітілген|бекітілді)\W*$",
                               re.IGNORECASE)
_APPROVAL_DETAIL_RE = re.compile(r"№\s*\d|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\b(?:хаттама\w*|протокол\w*)\b", re.IGNORECASE)


def _approval_statement(line: str) -> bool:
    """A line that says who adopted the document and when ("Утверждён решением Учёного совета, протокол № 10"), not
    a headline that an act was approved ("Утвержден план мероприятий на 2026 год")."""
    line = line.replace("ё", "е").replace("Ё", "Е")
    if _APPROVAL_START_RE.match(line):
        return bool(_APPROVAL_MORE_RE.search(line))
    return bool((_APPROVER_FIRST_RE.match(line) or _APPROVED_LAST_RE.search(line)) and _APPROVAL_DETAIL_RE.search(line))


def _starts_title(line: str) -> bool:
    """Does this line open a document's title (and so end an approval block)? It starts with a document's
    name, or names one in a line of several words: an order's own title line ("Приказ №118 об утверждении
    Плана ...", whose number is no approval detail), a Kazakh title that names the document last ("...
    шаралар жоспарын бекіту туралы №145 бұйрық"). Approval details name approvers, minutes and dates."""
    return bool(_TITLE_START_RE.match(line)
                or (len(line.split()) >= TITLE_LINE_MIN_WORDS and _TITLE_WORD_RE.search(line)
                    and not _APPROVAL_START_RE.match(line)))


APPROVAL_BLOCK_MAX_LINES = 12
FRONT_MATTER_MAX_LINES = 16
LETTERHEAD_RUN_LINES = 3  # a ministry, a department, the institution: the letterhead above a web page's document text
# Legal forms of state and non-profit organisations, as letterheads abbreviate them (case matters: "ақ" is a word).
_ORGANISATION_FORM_RE = re.compile(r"(?<![\w-])(?:КЕАҚ|КеАҚ|НАО|АО|АҚ|РГП|ШЖҚ|РМК|ГККП|КГКП|МКҚК|КМҚК|ГКП|ТОО|ЖШС|"
                                   r"NJSC|NCJSC|JSC|LLP|RSE|SCSE)(?![\w-])")
_LEGAL_FORM_RE = re.compile(
    r"(?:некоммерческ\w+ )?акционерн\w+ обществ\w*|(?:коммерциялық емес )?акционерлік қоғам\w*|"
    r"(?:non[- ]profit |non[- ]commercial )?joint[- ]stock company|(?:государственн\w+ )?(?:коммунальн\w+ )?"
    r"казенн\w+ предприяти\w*|(?:мемлекеттік )?(?:коммуналдық )?қазыналық кәсіпор\w*|"
    r"(?:республиканск\w+ )?государственн\w+ предприяти\w*(?: на праве хозяйственного ведения)?|"
    r"шаруашылық жүргізу құқығындағы (?:республикалық )?мемлекеттік кәсіпор\w*|"
    r"(?:частное )?учреждени[ея]|(?:жеке )?мекемесі\b", re.IGNORECASE)  # a private university: "Учреждение «...»"
_QUOTED_RE = re.compile(r"«[^»]{1,120}»|\"[^\"]{1,120}\"|“[^”]{1,120}”")
_QUOTED_INSTITUTION_RE = re.compile(
    r"«[^»]{0,120}?(?:университет|колледж|институт|академи|college|universit|institut|academ)[^»]{0,120}»", re.IGNORECASE)
LETTERHEAD_MAX_EXTRA_WORDS = 6
LETTERHEAD_WRAP_CHARS = 60
# A ministry, or an akimat's education department, as a letterhead names it (the whole line).
_GOVERNMENT_BODY_RE = re.compile(
    r"қазақстан республикасы|республика казахстан|(?:the\s+)?republic\s+of\s+kazakhstan|"
    r"(?:қазақстан республикасы(?:ның)?\s+)?[\w\s,-]{0,80}?министрлігі|министерство\s[\w\s,-]{1,80}|"
    r"ministry\s+of\s[\w\s,-]{1,80}|[\w\s,-]{0,60}?әкімдігінің\s+(?:білім\s+)?(?:басқармасы|бөлімі)|"
    r"(?:управление|отдел)\s+образования\s[\w\s,-]{1,80}|[\w\s,-]{0,60}?education\s+department[\w\s,-]{0,60}",
    re.IGNORECASE)
_DOCUMENT_CONTROL_RE = re.compile(
    r"\b(?:СМК|СМЖ|QMS|ISO\s*9001)\b|\b(?:издание|басылым|edition|редакция|version|версия)\s*№?\s*\d|"
    r"\d\s*-?\s*(?:басылым|издание)|\b(?:стр|бет|page|парақ)\.?\s*\d+\s*(?:из|of|/)\s*\d+|"
    r"\b(?:издание|редакция|edition)\s+(?:перв|втор|трет|четв|пят|first|second|third|fourth)\w*",
    re.IGNORECASE)
# A line with one of these words is a title or the line of an order or minutes, not a letterhead.
_DOCUMENT_WORD_RE = re.compile(
    rf"\b(?:{_TITLE_WORDS}|приказ|бұйры|order\b|постановлени|қаулы|resolution|решени|шешім|протокол|хаттама|"
    r"приложени|қосымша|annex|appendix|состав|құрам|composition|список|тізім|list\b)", re.IGNORECASE)


# "Приложение 1 к приказу Ректора ... от ... № 245-п", "Ректордың 2025 жылғы ... № 245 бұйрығына 1-қосымша": the
# document was approved as an appendix to the institution's order (a minister's order is a national act's sign).
_ORDER_APPENDIX_RE = re.compile(
    r"приложени\w*\s*(?:№\s*)?\d*\s*к\s+(?:приказу|решению|протоколу|постановлению)|"
    r"(?:бұйрығына|бұйрыққа|шешіміне|шешімге|хаттамасына|қаулысына)\s*(?:№\s*)?\d*\s*-?\s*қосымша|"
    r"(?:annex|appendix|attachment)\s*(?:no\.?\s*)?\d*\s*to\s+(?:the\s+)?(?:order|decision|minutes|resolution)",
    re.IGNORECASE)
_MINISTER_RE = re.compile(r"министр|minister", re.IGNORECASE)
ORDER_APPENDIX_MAX_LINES = 6


def _order_appendix_end(lines: list[str]) -> int:
    """How many first lines say that the document is an appendix to the institution's own order or decision
    (with the order's date and number); 0 where they do not, or name a minister. A sentence on the way is the
    document's text ("Осы бұйрыққа 1-қосымшаға сәйкес ..."): no such block."""
    for k in range(1, min(len(lines), ORDER_APPENDIX_MAX_LINES) + 1):
        line = lines[k - 1]
        if (len(line) > LEAD_LINE_MAX_CHARS or (_TITLE_START_RE.match(line) and not _APPENDIX_RE.match(line))
                or _is_sentence(line)):
            return 0
        said = " ".join(lines[:k])
        if _ORDER_APPENDIX_RE.search(said):
            if _MINISTER_RE.search(said):
                return 0
            # the order's date and number on lines of their own
            return _details_end(lines, k, ORDER_APPENDIX_MAX_LINES + 2, lambda line: bool(_MINISTER_RE.search(line)))
    return 0


# Kazakh puts the verb last: "Ғылыми кеңестің 2025 жылғы 28 тамыздағы / №1 хаттамасымен бекітілді".
_APPROVAL_TAIL_RE = re.compile(rf"\b(?:{_APPROVAL_WORDS}|мақұлданды|мақұлданған|қаралды|қабылданды|қабылданған|"
                               r"одобрено|рассмотрено|принято)\W*$", re.IGNORECASE)
APPROVAL_TAIL_MAX_LINES = 4


def _approval_tail_end(lines: list[str]) -> int:
    """How many first lines are an approval block that ends with its verb ("... №1 хаттамасымен бекітілді",
    "Ғылыми кеңес отырысында қаралды / және мақұлданды / ... №1 хаттама"); 0 unless it says who or when
    ("Жоспар бекітілді" is a headline)."""
    for k in range(1, min(len(lines), APPROVAL_TAIL_MAX_LINES) + 1):
        line = lines[k - 1]
        if len(line) > LEAD_LINE_MAX_CHARS or _TITLE_START_RE.match(line) or _APPROVAL_START_RE.match(line):
            return 0  # (a block that opens with its approval word is read by _approval_block_end)
        if _APPROVAL_TAIL_RE.search(line):
            if not _APPROVAL_MORE_RE.search(_APPROVAL_TAIL_RE.sub("", " ".join(lines[:k]))):
                return 0
            # "және мақұлданды", the minutes' number and date on lines of their own
            return _details_end(lines, k, APPROVAL_TAIL_MAX_LINES + 2, also=_APPROVAL_TAIL_RE)
    return 0


def _details_end(lines: list[str], k: int, limit: int, stop: Callable[[str], bool] = lambda line: False,
                 also: re.Pattern[str] | None = None) -> int:
    """Past line k, the block goes on while its short lines name approvers, minutes or dates (or match `also`),
    up to line `limit`; a new block's approval word, a title, or a line that `stop` says is not the block's
    ends it."""
    while (k < len(lines) and k < limit and len(lines[k]) <= LEAD_LINE_MAX_CHARS
           and not _APPROVAL_START_RE.match(lines[k]) and not _starts_title(lines[k])):
        if _names_approving_body(lines, k):
            k += 1  # "решением Совета директоров" / "НАО «...»" / "протокол № 4 от ...": whose board approved it
            continue
        if not (_APPROVAL_MORE_RE.search(lines[k]) or (also is not None and also.search(lines[k]))) or stop(lines[k]):
            break
        k += 1
    return k


def _names_approving_body(lines: list[str], k: int) -> bool:
    """Is line k an organisation's quoted name between an approval's details (the next line names minutes or a date)?"""
    line = lines[k]
    return (k + 1 < len(lines) and "«" in line and bool(_ORGANISATION_FORM_RE.search(line) or _LEGAL_FORM_RE.search(line))
            and bool(_APPROVAL_MORE_RE.search(lines[k - 1])) and bool(_APPROVAL_MORE_RE.search(lines[k + 1]))
            and not _DOCUMENT_WORD_RE.search(_QUOTED_RE.sub(" ", line)))


def _is_document_control(line: str) -> bool:
    """A document-control line ("СМК ... Издание 2", "Стр. 1 из 12") that names no document."""
    return (len(line) <= LEAD_LINE_MAX_CHARS and bool(_DOCUMENT_CONTROL_RE.search(line))
            and not _DOCUMENT_WORD_RE.search(line))


def _approval_block_end(lines: list[str], is_letterhead: Callable[[str], bool] = lambda line: False) -> int:
    """How many of a document's first lines are its approval blocks ("СОГЛАСОВАНО ... УТВЕРЖДАЮ ..."): each
    starts with an approval word and goes on while its short lines name approvers, minutes or dates (and are
    not the letterhead that may follow: "... әкімдігінің білім басқармасы" names no board)."""
    end = 0
    while end < len(lines) and end < APPROVAL_BLOCK_MAX_LINES and _APPROVAL_START_RE.match(lines[end]):
        end = _details_end(lines, end + 1, APPROVAL_BLOCK_MAX_LINES, is_letterhead)
    return end


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


def _link_menu_lines(furniture: list[str], link_texts: set[str]) -> set[str]:
    """The furniture's lines (squashed) whose every word is a word of the page's link texts, at least three links'
    worth: "applicant grant science scholarship dormitory" of a tag cloud."""
    link_words = {word for text in link_texts for word in text.split()}
    lines = set()
    for line in furniture:
        words = _squash(line).split()
        if len(words) >= 3 and all(word in link_words for word in words):
            lines.add(" ".join(words))
    return lines


# What a list prints beside a link: its date and time, the file's kind and size ("Вакантные гранты 12.09.2025",
# "Положение (PDF, 447 КБ)", "Title - 12 сентября 2025 г."). Not words of the link's line.
_LINK_LINE_EXTRAS_RE = re.compile(
    r"(?<!\w)(?:[\d.:/-]+|pdf|docx?|xlsx?|rtf|kb|кб|mb|мб|г|гг|ж|жыл|жылғы|year|"
    r"январ\w*|феврал\w*|март\w*|апрел\w*|ма[йя]|июн\w*|июл\w*|август\w*|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*|"
    r"қаңтар\w*|ақпан\w*|наурыз\w*|сәуір\w*|мамыр\w*|маусым\w*|шілде\w*|тамыз\w*|қыркүйек\w*|қазан\w*|"
    r"қараша\w*|желтоқсан\w*|january|february|march|april|may|june|july|august|september|october|november|"
    r"december)(?!\w)|[()\[\],|·•–—]")


def _is_link_line(line: str, link_texts: set[str], long_link_texts: list[str], first_words: set[str]) -> bool:
    """The line is (mostly) the text of a link: "Положение о ... (PDF, 447 КБ)", "Вакантные гранты 12.09.2025".
    long_link_texts: the link texts of more than 10 characters, longest first; first_words: the link texts' first
    words (a link's line starts with its text, or with a date and then its text)."""
    if line in link_texts:
        return True
    bare = line
    words = line.split(None, 2)
    if words and (words[0] in first_words or (len(words) > 1 and words[0][0].isdigit() and words[1] in first_words)):
        bare = " ".join(_LINK_LINE_EXTRAS_RE.sub(" ", line).split())  # the line's words beside a date or a size
        if bare != line and bare in link_texts:
            return True
    shortest = LINK_LINE_SHARE * len(bare)
    for text in long_link_texts:
        if len(text) < shortest:
            return False  # the rest are shorter still
        if text in line:
            return True
    return False


class _Teasers:
    """The texts of a page's links to other pages, asked whether a line is (most of) one of them: the
    headline of an item in a list of pages."""

    __slots__ = ("_joined", "_texts")

    def __init__(self, texts: list[str]) -> None:
        self._texts = texts
        self._joined = "\n".join(texts)  # one C-level search rejects almost every line

    def holds(self, line: str) -> bool:
        if len(line) <= 3 or line not in self._joined:
            return False
        limit = 2 * len(line) + TEASER_EXTRA_CHARS
        return any(line in text and len(text) <= limit for text in self._texts)


_WORD3_RE = re.compile(r"[^\W\d_]{3,}")


# A line ending in a date's or a period's abbreviation ("2025 г.", "(2026-2027 уч.", "2025-2026 оқу ж.") is no sentence.
# (also the academic year's abbreviations "о.ж." / "оқу ж.", "уч. г.", "a.y.")
_DATE_ABBREVIATION_END_RE = re.compile(r"(?:\d|\s)(?:г|гг|ж|жж|жыл|уч|оқу ж|оку ж|acad|о\.\s?ж|уч\.\s?г|у\.\s?г|a\.\s?y)\.$",
                                       re.IGNORECASE)


# A block of the site's navigation under the text, as a page's text gives it without its links: "Осы бөлімде:", "В этом
# разделе", "Разделы", "See also", "Related news", "Соңғы жаңалықтар", "Полезные ссылки", "Quick links".
_NAVIGATION_HEAD_RE = re.compile(
    r"\W*(?:осы\s+бөлімде|бөлімде|в\s+этом\s+разделе|в\s+разделе|разделы|подразделы|бөлімдер|in\s+this\s+section|sections|"
    r"see\s+also|смотрите\s+также|см\.\s+также|читайте\s+также|тағы\s+оқыңыз|сондай-ақ\s+оқыңыз|related(?:\s+(?:pages|news|"
    r"links|articles))?|похожие\s+(?:новости|материалы|объявления)|другие\s+(?:новости|объявления)|басқа\s+жаңалықтар|"
    r"басқа\s+хабарландырулар|other\s+(?:announcements|notices)|последние\s+новости|"
    r"соңғы\s+жаңалықтар|latest\s+news|other\s+news|полезные\s+ссылки|пайдалы\s+сілтемелер|useful\s+links|"
    r"quick\s+links|быстрые\s+ссылки|жылдам\s+сілтемелер|навигация|navigation|меню\s+раздела|бөлім\s+мәзірі|"
    r"новости\s+раздела|бөлім\s+жаңалықтары|section\s+news|полезные\s+ресурсы|пайдалы\s+ресурстар|useful\s+resources|"
    # (a news portal's stories on the same subject: "Тақырып бойынша:", "По теме:", "More on this topic")
    r"(?:осы\s+)?тақырып\s+бойынша|тақырыпқа\s+қатысты(?:\s+материалдар)?|(?:материалы\s+)?по\s+(?:этой\s+)?теме|"
    r"(?:more\s+)?on\s+(?:this|the\s+same)\s+topic|"
    # ("Оқи отырыңыз:", "Читайте ещё", "Read also", "You may also like": a portal's other stories)
    r"оқи\s+отырыңыз|міндетті\s+түрде\s+оқыңыз|читайте\s+ещ[её]|read\s+also|also\s+read|you\s+may\s+also\s+like|"
    # "Связанные документы университета: План ... | Комиссия" (of the university, of the college: one more word)
    r"(?:связанные|смежные)\s+(?:документы|материалы|страницы|разделы)(?:\s+\w+)?|байланысты\s+(?:құжаттар|материалдар|"
    r"беттер)|related\s+documents)\s*:?\s*$",
    re.IGNORECASE)
# A post's tags on a line of their own ("Tags: academic mobility, Erasmus+", "Теги: стипендии", "Тегтер: ұтқырлық").
_TAGS_LINE_RE = re.compile(r"\s*(?:tags|теги|метки|тегтер|тэгтер)\s*:", re.IGNORECASE)
# The heads of those blocks that list the site's links (not its news): "Быстрые ссылки", "Useful links", "Навигация".
_LINKS_MENU_HEAD_RE = re.compile(
    r"\W*(?:quick\s+links|быстрые\s+ссылки|жылдам\s+сілтемелер|useful\s+links|полезные\s+ссылки|пайдалы\s+сілтемелер|"
    # (and a section's own menu, "Меню раздела" / "• Система «Антиплагиат»": its entries are the site's pages)
    r"навигация|navigation|меню\s+раздела|бөлім\s+мәзірі|section\s+menu)\W*$", re.IGNORECASE)
NAVIGATION_ITEM_WORDS = 14  # (a related story's headline: "В Актобе завершено расследование по делу о закупках в колледже")
# A sentence that says where a thing is published: another section or page of the site ("Объявления о конкурсах
# публикуются в разделе «Вакансии».", "... «Сенім телефоны» бөлімінде жарияланады", "... are posted in the
# "Vacancies" section").
_POINTS_ELSEWHERE_RE = re.compile(
    r"(?:публику\w*|размещ\w*|опубликова\w*|указан\w*|представлен\w*|доступн\w*)\s+(?:на\s+(?:странице|сайте\s+в\s+разделе)|"
    r"в\s+разделе|в\s+подразделе)\s*[«\"“]|"
    r"[»\"”]\s+(?:бөлімінде|бөлімінен|парағында|бетінде)\s+(?:\w+\s+)?(?:жарияла\w*|орналаст\w*|көрсетіл\w*|беріл\w*|қолжетімді)|"
    # (with no verb: "Грантқа ауысу туралы ақпарат «Студентке» бөлімінде.", "Информация о переводе — в разделе «Студенту».")
    r"[»\"”]\s+(?:бөлімінде|парағында|бетінде)\s*[.!]?\s*$|(?:информация|сведения)\s[^.!?]{0,80}?\bв\s+разделе\s*[«\"“]|"
    r"(?:published|posted|available|listed|given)\s+(?:in|on|under)\s+the\s+[«\"“][^»\"”]{1,60}[»\"”]\s+(?:section|page)|"
    # (another part of the same guide: "... are set out in Chapter 7", "... изложены в главе 7", "... 7-тарауда берілген")
    r"(?:set\s+out|described|given|explained|covered)\s+in\s+(?:chapter|section|part)\s+\d|"
    r"(?:изложен\w*|описан\w*|приведен\w*|рассмотрен\w*)\s+в\s+(?:главе|разделе|части)\s+\d|"
    r"\d+[-\s]?(?:тарауда|бөлімде)\s+(?:берілген|көрсетілген|сипатталған)|"
    # (where it will be or is put up, with no section named: "... конкурс на вакантные гранты, объявление о котором
    # публикуется на сайте", "Information on how scholarships are awarded is published by the Registrar's Office",
    # "... университет сайтында жарияланады")
    r"(?:публику(?:ется|ются)|размеща(?:ется|ются))\s+(?:отдельно\s+)?на\s+сайте|"
    # (or apart from this page: "информация о вакантных грантах публикуется отдельно", "... бөлек жарияланады")
    r"(?:публику(?:ется|ются)|размеща(?:ется|ются)|объявля(?:ется|ются))\s+отдельно\b|(?:бөлек|жеке)\s+жарияланады|"
    r"(?:is|are)\s+(?:published|announced|posted)\s+separately\b|"
    r"(?:is|are)\s+published\s+(?:separately\s+)?(?:on\s+the\s+(?:\w+\s+)?website|by\s+the\s+[\w'’ -]{1,40}?(?:office|department|centre|center))|"
    r"сайт(?:ын)?да\s+(?:(?:және|мен|әрі)\s[^!?]{1,40}?\s)?жарияланады|"  # ("... сайтында және enbek.kz порталында жарияланады")
    # (or sends the reader there: "... о возможности перевода на грант читайте в разделе «Студентам»", "... «Студентке»
    # бөлімінен оқыңыз", "see the "Students" section")
    r"(?:читайте|смотрите|узнайте)\s+(?:\w+\s+){0,3}?(?:в\s+разделе|на\s+странице)\s*[«\"“]|"
    r"[»\"”]\s+(?:бөлімінен|бөлімінде|парағынан|бетінен)\s+(?:оқыңыз|қараңыз|біліңіз|танысыңыз)|"
    r"(?:see|read|visit|refer\s+to)\s+the\s+[«\"“][^»\"”]{1,60}[»\"”]\s+(?:section|page)",
    re.IGNORECASE)
POINTER_SENTENCE_WORDS = 25
# A line that opens with a sitting's minutes and their number ("Протокол № 3 от ...", "2 | Хаттама № 4 | ...", "Minutes No. 2",
# "2025 жылғы 10 қазандағы № 3 хаттама — ...", "14.10.2026 | Протокол заседания № 2 (итоги ...)", "Minutes of meeting No. 1"),
# or with the sitting's number ("№ 3 отырыс, 2026 жылғы 14 қазан", "Заседание № 2 от 19.06.2026", "Meeting No. 4, 12 May 2026").
_MINUTES_ENTRY_RE = re.compile(r"^\W*(?:(?:\d{1,3}|\d{1,2}\.\d{1,2}\.\d{2,4})\s*[.|)]\s*)?"
                               r"(?:(?:протокол|хаттама|minutes|protocol|заседани|meeting|sitting)\w*\s*(?:[^\W\d]+\s+){0,2}?"
                               r"(?:№|no\.?|#)\s*\d|[^|\n]{0,40}?№\s*\d+\S*\s+(?:хаттама|отырыс))", re.IGNORECASE)
# A sentence about a service still to come (being built, or its launch planned: "ведёт работу над онлайн-сервисом", "о его
# запуске будет сообщено", "іске қосу жоспарлануда", "is being developed") or not offered ("онлайн-заселение в этом году не
# проводится", "онлайн тіркелу жүргізілмейді", "is not available this year"). Not a service's dates ("приём заявок будет
# открыт 1 июля", "регистрация планируется с 1 по 20 августа"): the service is there, its window ahead.
_NOT_OFFERED_RE = re.compile(
    r"(?:вед[её]т\s+работу\s+над|вед[её]тся\s+(?:работа\s+(?:над|по)|разработка)|(?:запуск|внедрение|создание|разработк)\w*\s+(?:\w+\s+){0,4}?"
    r"планиру(?:ется|ются)|планиру(?:ется|ются)\s+(?:запустить|внедрить|создать|запуск|внедрение|создание)|"
    r"будет\s+(?:запущен|внедр[её]н)|будут\s+(?:запущены|внедрены)|о\s+(?:его|е[её]|их)\s+запуске|в\s+стадии\s+разработки|"
    r"(?:іске\s+қосу|енгізу)\w*\s+(?:\w+\s+){0,3}?жоспарлан\w*|іске\s+қосылады|енгізілетін\s+болады|әзірленуде|"
    r"(?:is|are)\s+(?:being\s+developed|under\s+development)|will\s+be\s+(?:launched|introduced)|coming\s+soon|"
    r"plans?\s+(?:to\s+(?:introduce|launch|create|set\s+up)\b|for\s+(?:an?\s+|the\s+)?(?:new\s+)?online\b)|"
    r"не\s+(?:проводится|проводятся|осуществляется|предусмотрен\w*|предоставляется)|жүргізілмейді|қарастырылмаған|"
    r"(?:is|are)\s+(?:currently\s+|still\s+)?not\s+(?:yet\s+)?(?:available|offered|provided)|"
    # ("Университет разрабатывает онлайн-сервис ...", "До запуска сервиса заявления принимаются ...", "We are building an
    # online service ...", "Online Transfer Portal – coming in spring 2027", "now in testing", "when the service goes live")
    r"разрабатыва(?:ет|ем|ется|ют)\s+(?:[\w-]+\s+){0,2}?(?:онлайн|электронн|сервис|систем|портал)|до\s+(?:его\s+|е[её]\s+)?запуска|"
    r"(?:we\s+are|is|are)\s+(?:currently\s+)?(?:building|developing)\s+(?:an?\s+|the\s+)?(?:new\s+)?(?:online|electronic|digital|portal|service|system)|"
    r"coming\s+in\s+(?:spring|summer|autumn|fall|winter|early|late|\d{4})|(?:is|are)\s+(?:now\s+)?in\s+testing|"
    r"when\s+the\s+(?:service|portal|system)\s+goes\s+live|until\s+(?:the\s+|its\s+)?launch|іске\s+қосылғанға\s+дейін|"
    r"(?:is|are)\s+expected\s+to\s+(?:open|launch|start|go\s+live)|until\s+the\s+(?:new\s+)?(?:service|portal|system)\s+(?:opens|is\s+launched)|"
    r"әзірлеп\s+жатыр|"
    # ("Сервис онлайн-регистрации ... находится в разработке", "заявления в электронном виде не принимаются", "направленные по
    # почте или в электронном виде, не рассматриваются", "после запуска сервиса", "онлайн қабылданбайды")
    r"наход\w+\s+в\s+(?:стадии\s+)?разработке|(?:в\s+электронном\s+виде|онлайн|через\s+(?:сайт|интернет|личный\s+кабинет)),?\s+"
    r"не\s+(?:принима|рассматрива)(?:ется|ются)|после\s+(?:его\s+|е[её]\s+)?запуска|(?:онлайн|электронды\s+түрде)\s+қабылданбайды|"
    # ("Университет онлайн өтінім қабылдамайды", Latin-script "onlaın ótinim qabyldamaıdy", "не принимает онлайн-заявки",
    # "The university does not accept online applications")
    r"(?:онлайн|электронды)\s+(?:[\w-]+\s+){0,2}?қабылда(?:майды|мауы)|onla[ıi]n\s+(?:[\w-]+\s+){0,2}?qabylda(?:ma[ıi]dy|nba[ıi]dy)|"
    r"не\s+принима(?:ет|ем|ют)\s+(?:[\w-]+\s+){0,2}?(?:онлайн|электронн)|"
    r"(?:does|do)\s+not\s+(?:yet\s+)?accept\s+(?:online|electronic)\s+applications)",
    re.IGNORECASE)


# Stems every match of _NOT_OFFERED_RE holds (lower case): a substring test skips the search on almost every segment.
# (Hand-kept, so a test writes matches of the regex and checks each holds one; literals' tree of the regex's words is
# exact too, but walking it for every sentence costs more than these tests.)
_NOT_OFFERED_STEMS = ("работу над", "работа над", "работа по", "тся разработка", "планиру", "будет запущ", "будет внедр", "будут запущ",
                      "будут внедр", "запуске", "стадии разраб", "жоспарлан", "іске қос", "енгізілетін", "әзірлен",
                      "being develop", "under develop", "will be launch", "will be introduc", "coming soon", "plans to", "plan to",
                      "plans for", "plan for", "не провод",
                      "не осуществ", "не предусмотр", "не предоставл", "жүргізілмей", "қарастырылма", "not avail", "not offer",
                      "not provid", "not yet avail", "not yet offer", "not yet provid", "разрабатыва", "до запуска", "до его запуска", "до её запуска", "до ее запуска", "building",
                      "developing", "coming in", "in testing", "goes live", "launch", "әзірлеп", "expected to", "until the",
                      "разработке", "не принима", "не рассматрива", "после запуска", "после его запуска", "после её запуска", "после ее запуска",
                      "қабылданбайды", "қабылдамайды", "қабылдамауы", "qabyldama", "qabyldanba", "not accept", "not yet accept")


# The label of a question's topic, first on its line or in a cell of its own ("Тема: ...", "05.11.2026 | Тақырып: ...").
_TOPIC_LABEL_RE = re.compile(r"(?:^|\|)\s*(?:тема|тақырып|тақырыбы|subject|topic)\s*:", re.IGNORECASE)
# A document's note that it is still being written or updated ("Положение об академической мобильности — в стадии
# обновления") or will be put up once adopted.
_NOT_YET_RE = re.compile(
    r"(?:—|–|-|\(|,)\s*(?:находится\s+)?в\s+(?:стадии\s+)?(?:разработке|обновлени[ия])|(?:—|–|-|\(|,)\s*жаңартылу\s+үстінде|"
    r"(?:—|–|-|\(|,)\s*(?:is\s+)?(?:being\s+updated|under\s+update)|"
    # ("... будет размещено после утверждения", "Текст отчёта будет размещён в данном разделе после проведения встречи",
    # "... список претендентов будут размещены на этой странице после заседания комиссии", "Результаты анкетирования будут
    # опубликованы на этой странице после обработки данных")
    r"(?:будет\s+(?:размещ[её]н|опубликован)|будут\s+(?:размещены|опубликованы))\w*\s+(?:[\w.-]+\s+){0,8}?(?:после\s+(?:его\s+|е[её]\s+|их\s+)?"
    r"(?:утвержд|проведени|подписани|заверш|издани|рассмотрени|заседани|обработк|подведени)|не\s+позднее\b)|"
    # ("Раздел будет наполнен после завершения зимней экзаменационной сессии")
    r"\bраздел\w*\s+будет\s+(?:наполнен|заполнен|дополнен)|"
    # ("Есептің толық мәтіні ... кездесу өткеннен кейін осы бөлімде жарияланады")
    # ("Отырыс өткізілгеннен кейін оның хаттамасы осы бөлімде орналастырылады", "... бекітілгеннен кейін осы бөлімде
    # жарияланатын болады")
    r"(?:өткізілгеннен|өткеннен|қол\s+қойылғаннан|бекітілгеннен)\s+кейін\s+(?:[\w-]+\s+){0,5}?"
    r"(?:орналастырылады|жарияланады|(?:орналастырылатын|жарияланатын)\s+болады)|"
    # (as a sentence: "План ... на 2027 год находится на стадии разработки", "... после утверждения директором будет опубликован")
    r"\bнаход\w+\s+(?:на\s+стадии\s+(?:разработки|согласования)|в\s+(?:стадии\s+)?разработке|на\s+(?:утверждении|согласовании))|"
    r"после\s+(?:его\s+|е[её]\s+|их\s+)?утверждения\s+[^.\n]{0,100}?(?:будет\s+(?:размещен|опубликован)|будут\s+(?:размещены|опубликованы))|әзірленуде|"
    r"\bis\s+(?:currently\s+)?(?:being\s+(?:drafted|prepared|developed|revised|reviewed)|under\s+(?:development|review|revision))|"
    r"әзірлену\s+үстінде|[äa]z[iı]rlenu\s+[üu]st[iı]nde|"  # (and in Latin-script Kazakh: "äzırlenu üstınde")
    r"(?:—|–|-|\(|,)\s*under\s+development|will\s+be\s+(?:posted|published|made\s+available)\s+(?:[\w-]+\s+){0,4}?(?:once|after|when|upon)\s+"
    r"(?:it\s+is\s+|it\s+has\s+been\s+|they\s+(?:are|have\s+been)\s+|its\s+|their\s+)?(?:approv\w*|adopt\w*|signed|held)|"
    # (or that it has not been published or drawn up yet: "... үміткерлер тізімі әзірге жарияланған жоқ", "списки пока не
    # сформированы", "The list has not yet been published")
    r"(?:әзірге|әлі|қазірше)\s+(?:[\w-]+\s+){0,2}?(?:жарияланған\s+жоқ|жарияланбаған|жарияланбады|қалыптастырылған\s+жоқ|"
    r"қалыптастырылмаған)|(?:пока|ещ[её])\s+не\s+(?:опубликован|сформирован|размещ[её]н|объявлен)\w*|"
    r"(?:has|have)\s+not\s+(?:yet\s+)?been\s+(?:published|posted|compiled|formed)|(?:is|are)\s+not\s+yet\s+(?:published|posted)",
    re.IGNORECASE)
_NOT_YET_STEMS = ("разработке", "обновлени", "жаңартылу", "being updated", "under update", "после утвержд", "после его утвержд", "после ее утвержд", "после её утвержд", "әзірлену", "zırlenu", "zirlenu", "бекітілгеннен", "under development", "will be posted", "will be made",
                  "will be published", "стадии разработки", "стадии согласования", "әзірленуде", "being drafted",
                  "being prepared", "being developed", "being revised", "being reviewed", "under review", "under revision", "жарияланған жоқ", "жарияланбаған", "жарияланбады",
                  "қалыптастырылған жоқ", "қалыптастырылмаған", "не опубликован", "не сформирован", "не размещ", "not been",
                  "not yet been", "not yet publ", "not yet post", "после проведени", "после подписани",
                  "после заверш", "после издани", "после заседани", "не объявлен", "будут размещ", "будут опубликов", "будет наполн", "будет заполн", "будет дополн", "после рассмотрени", "после его рассмотрени", "после ее рассмотрени", "после её рассмотрени", "на утверждении", "на согласовании", "өткізілгеннен", "өткеннен", "қол қойылғаннан", "будет размещ",
                  "будет опубликован")


def _same_document(parts: dict[str, _Scored], unavailable: list[str], as_of: dt.date) -> bool:
    """Does a sentence saying a document is not there yet speak of the one the page's head names: of no other period
    ("План ... на 2027 год находится на стадии разработки" under a listed "План ... на 2026 год" speaks of the next one)?"""
    # (The names of the head and of listed titles; not another sentence's date: "... подать заявку до 31 октября 2026 года"
    # under a placeholder for the composition "на 2026-2027 учебный год" that "находится на утверждении".)
    named = {found.text for part, scored in parts.items() if scored.segment is not None and part != "body"
             for found in [find_period([scored.segment.display], [], None, as_of)] if found is not None}
    said = {found.text for text in unavailable for found in [find_period([text], [], None, as_of)] if found is not None}
    return not named or not said or bool(named & said)


# An item of an enumeration: a dash or a bullet, the clause closed by ";" (or "," mid-list).
_ENUMERATION_ITEM_RE = re.compile(r"^\s*[—–•·-]\s[^\n]*[;,]\s*$")
# A clause's number of two levels or more ("1.2. ", "3.1.4 "): a provision of a document, not an item of a list of them.
_CLAUSE_NUMBER_RE = re.compile(r"\s*\d{1,2}\.\d{1,2}(?:\.\d{1,2})*\.?\s")
# A rating scale closing a questionnaire's statement ("... 1 2 3 4 5", "... | 1 | 2 | 3 | 4 | 5", "(1-ден 5-ке дейін)", "(от 1 до 5)",
# "(1–5)").
_SCALE_ITEM_ENDS = frozenset("12345)?")  # (how such a line ends: a substring test spares the search on the others)
_SCALE_ITEM_RE = re.compile(r"(?:\s(?:\|\s*)?[1-5]){5}\s*$|\(\s*(?:1\s*[-–]\s*5|1-ден\s+5-ке\s+дейін|от\s+1\s+до\s+5|1\s+to\s+5)\s*\)\s*\??\s*$")
# A questionnaire's answer option by its empty box or circle ("[ ] электронный журнал", "( ) преподаватель", "☐ Yes").
_FORM_OPTION_RE = re.compile(r"^\s*(?:\[\s?\]|\(\s?\)|[☐□○◯])\s*\S")
# A poll's result row: what was asked about and its share ("- назначение стипендий — 81%", "Заселение в общежитие: 69 %"),
# or its mean mark on a five-point scale ("9. Своевременность выставления оценок в электронный журнал — 4,47").
_POLL_RESULT_RE = re.compile(r"^\s*[-–•·]?\s*[^\n%|]{1,80}?\s?[—–:-]\s*\d{1,3}(?:[.,]\d+)?\s?%\s*$|"
                             r"^\s*(?:\d{1,2}[.)]\s*|[-–•·]\s*)?[^\n%|]{1,120}?\s[—–:-]\s*[0-5][.,]\d{1,2}"
                             r"(?:\s*(?:/\s*5|из\s+5|out\s+of\s+5|балл\w*|points?))?\s*$", re.IGNORECASE)


def _stem_finder(stems: Iterable[str]) -> Callable[[str], bool]:
    """Whether a text holds one of `stems`, looked for in one pass (an Aho-Corasick automaton) rather than one substring
    search each: a line is tested against fifty stems."""
    automaton = ahocorasick.Automaton()
    for stem in stems:
        automaton.add_word(stem, stem)
    automaton.make_automaton()
    return lambda text: next(automaton.iter(text), None) is not None


_has_not_yet_stem = _stem_finder(_NOT_YET_STEMS)


def _not_yet_published(text: str) -> bool:
    return _has_not_yet_stem(text.lower()) and _NOT_YET_RE.search(text) is not None


# A sentence saying the paper or in-person way is not taken ("Қағаз түріндегі өтініштер ... жүргізілмейді", "Заявления в бумажном
# виде не принимаются", "Paper applications are not accepted"): the online service is the only way, not one not offered.
_PAPER_NOT_TAKEN_RE = re.compile(
    r"(?:қағаз|бумажн|на\s+бумаге|лично|paper|in\s+person)[^.;\n]{0,80}?(?:жүргізілмейді|қабылданбайды|не\s+принима(?:ется|ются)|"
    r"не\s+провод(?:ится|ятся)|не\s+осуществля(?:ется|ются)|(?:is|are)\s+not\s+(?:accepted|taken|processed))|"
    # ("Личная подача бумажных заявлений не предусмотрена": the paper way is not provided, so the online one is the only way;
    # the paper word right before, not "... лично в бумажном виде, онлайн-подача не предусмотрена")
    r"(?:подач\w+|при[её]м\w*)\s+(?:[\w-]+\s+){0,2}?(?:бумажн\w+|на\s+бумаге)[^.;,\n]{0,30}?не\s+предусмотрен\w*|"
    r"қағаз\s+түрінде[^.;,\n]{0,40}?қарастырылмаған|paper\s+applications\s+are\s+not\s+(?:provided|possible)", re.IGNORECASE)


_has_not_offered_stem = _stem_finder(_NOT_OFFERED_STEMS)


@functools.lru_cache(maxsize=8192)
def _not_offered(text: str) -> bool:
    return (_has_not_offered_stem(text.lower()) and _NOT_OFFERED_RE.search(text) is not None
            and _PAPER_NOT_TAKEN_RE.search(text) is None)


def _navigation_row(line: str) -> bool:
    """A navigation block on one line, its head and its items ("Смотрите также: План закупок | Итоги закупок | Архив 2025
    года", "See also: Plan · Reports"): the names of other pages, each judged on its own."""
    head, colon, rest = line.partition(":")
    if not colon or not _NAVIGATION_HEAD_RE.match(head):
        return False
    items = [item for item in _MENU_SEPARATOR_RE.split(f" {rest.strip()} ") if item.strip()]
    return len(items) >= 2 and all(len(item.split()) <= NAVIGATION_ITEM_WORDS for item in items)


# "You can also contact ...", "Также можно обратиться в ...", "Сондай-ақ ... хабарласуға болады": another body's contact,
# offered besides the page's own.
_ALSO_CONTACT_RE = re.compile(
    r"\byou\s+(?:can|may)\s+also\s+(?:contact|call|report|write|reach|turn)\b|"
    r"\b(?:также|кроме\s+того,?)\s+(?:можно|вы\s+можете)\s+(?:обратиться|сообщить|позвонить|написать)|"
    r"\bвы\s+также\s+можете\s+(?:обратиться|сообщить|позвонить|написать)|"
    r"\bсондай-ақ\b[^.\n]{0,150}?(?:хабарласуға|жүгінуге|хабарлауға|қоңырау\s+шалуға|жазуға)\s+болады", re.IGNORECASE)


def _points_elsewhere(sentence: str) -> bool:
    """A short sentence saying that a thing is published in another section of the site: no evidence of its own (the
    crawl reads that section)."""
    return (len(sentence.split()) <= POINTER_SENTENCE_WORDS and _is_sentence(sentence)
            and _caseless_search(_POINTS_ELSEWHERE_RE, sentence))


# A site's search results or a tag's page ("Результаты поиска: «вакантные гранты»", "#кадрлар", /tag/kadrlar): a list of
# other pages' teasers under a title the visitor's query or the tag made. Each listed page is judged on its own.
_RESULTS_TITLE_RE = re.compile(
    r"(?i)^\s*(?:результаты\s+поиска|поиск\s+по\s+сайту|іздеу\s+нәтижелері|сайт\s+бойынша\s+іздеу|search\s+results?"
    r"|search\s*:|izdeu\s+natijeleri|записи\s+с\s+меткой|метка\s*:|тег\s*:|теги\s*:|tag\s*:|tagged\s*:|posts\s+tagged"
    r"|тегтер\s*:|#\w+\s*(?:$|[|—–-]))")
_RESULTS_PATH_RE = re.compile(r"(?i)/(?:search|poisk|izdeu|tags?|teg|tegi|tegter|metka)(?:/|$|\?|\.)")


# A "soft 404": an error page served as a page ("Ошибка 404 — Страница не найдена", "Page not found", "Бет табылмады"), whose
# text may name what was asked for ("Запрашиваемая страница «Антикоррупционный стандарт» не найдена"): nothing is there.
_ERROR_TITLE_RE = re.compile(
    r"(?i)^\W*(?:(?:ошибка|error|қате)\s*404\b|404\s*(?:[-—–:|.]|$|error\b|not\s+found\b|page\b)|страница\s+не\s+найдена|"
    r"page\s+not\s+found|бет\s+табылмады|сұралған\s+бет\s+табылмады|not\s+found\b)")


def _error_page(doc: Document) -> bool:
    """An error page by its title or first heading (see _ERROR_TITLE_RE)."""
    if doc.kind != "html":
        return False
    return any(_ERROR_TITLE_RE.match(text) for text in (doc.title or "", *doc.headings[:1]))


def _lists_results(doc: Document) -> bool:
    """A search-results or tag page (see _RESULTS_TITLE_RE), by its title, first heading or URL path."""
    if doc.kind != "html":
        return False
    if any(_RESULTS_TITLE_RE.match(text) for text in (doc.title, *doc.headings[:1]) if text):
        return True
    return _RESULTS_PATH_RE.search("/" + doc.url.split("#", 1)[0].split("://", 1)[-1].partition("/")[2]) is not None


# A site map ("Карта сайта", "Сайт картасы", "Sitemap"): its lines are the names of the site's sections.
_SITE_MAP_RE = re.compile(r"(?i)(?<!\w)(?:карта\s+сайта|сайт\s+картасы|site\s*map|sayt\s+kartasy)(?!\w)")


def _names_another_page(line: str) -> bool:
    """A navigation block's item: a short name with no file of its own and no sentence ("Комиссия отырыстарының
    хаттамалары", "Ректордың жылдық есебі", "12.11.2026 Семинар ..."), not a listed document ("... (PDF, 214 КБ)")."""
    # (Not a line that gives a number to call, "Trust Line 24/7: 8 800 080 ...": the page's own contact information. A
    # site's address after the name is no file's note: "Веб-портал государственных закупок — goszakup.gov.kz".)
    return (len(line.split()) <= NAVIGATION_ITEM_WORDS and not _is_sentence(line)
            and (not _has_trailing_note(line) or _SITE_NOTE_RE.search(line) is not None)
            and not line.endswith(":") and not _PHONE_FAST_RE.search(line))


_SITE_NOTE_RE = re.compile(r"\s[—–-]\s*(?:https?://)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:kz|ru|com|org|net)/?\s*$", re.IGNORECASE)


# A listed document's note on its approval, in brackets or after a dash, up to its file's note: when it was adopted.
_APPROVAL_NOTE_WORDS = r"утв|бекіт|approv|adopt|приня|қабылд|приказ|бұйры|order|решени|шешім|decision|протокол|хаттам|minutes"
_APPROVAL_NOTE_RE = re.compile(rf"\((?=[^)]*(?:{_APPROVAL_NOTE_WORDS}))[^)]*\)|\s[—–-]\s*(?=[^(]*?(?:{_APPROVAL_NOTE_WORDS}))[^(]*",
                               re.IGNORECASE)
# A line that is only a period, in one language or two: "2024-2025 оқу жылы / 2024-2025 academic year", "на 2026 год".
# (In Latin-script Kazakh too, "2025-2026 oqu jylyna arnalğan", and with its approval note in brackets: "(Ректордың
# 2025 жылғы 3 қыркүйектегі № 305 бұйрығы)".)
def _period_below(segments: list[Segment], segment: Segment, as_of: dt.date) -> Period | None:
    """The period of the line below `segment` where that line gives only a period ("2025-2026 оқу жылы")."""
    at = next((i for i, seg in enumerate(segments) if seg is segment), -1)
    below = next((seg for seg in segments[at + 1:] if seg.display != segment.display), None) if at >= 0 else None
    if below is None or below.part not in ("body", "line") or not _PERIOD_LINE_RE.match(
            " ".join(piece.strip() for piece in below.display.split(" / "))):
        return None
    return find_period([below.display], [], None, as_of)


_PERIOD_LINE_RE = re.compile(
    r"(?:\W*(?:на|for|за)?\s*20\d\d(?:\s*[-–/]\s*(?:20)?\d\d)?\s*(?:оқу\s+жылы\w*|oqu\s+jyl\w*|учебн\w+\s+год\w*|"
    r"уч\.?\s*г\w*\.?|academic\s+year|о\.\s?ж\.?|жыл\w*|jyl\w*|год\w*|year)?\s*(?:арналған|arnal\w*)?\W*)+"
    r"(?:\([^()]*\)\W*)?$", re.IGNORECASE)


# A period a line names as what it is for ("на 2025 год", "for the 2025-2026 academic year", "2025-2026 оқу жылына
# арналған"), or the academic year it ends with ("«...» МКҚК, 2025-2026 оқу жылы"), not a date it gives (when a
# composition was approved).
_NAMED_PERIOD_RE = re.compile(
    r"\b(?:на|for)\s+(?:the\s+)?20\d\d(?:\s*[-–/]\s*(?:20)?\d\d)?\s*(?:учебн\w+\s+год\w*|academic\s+year|год\w*|year|г\.)|"
    r"\b20\d\d(?:\s*[-–/]\s*(?:20)?\d\d)?\s*(?:оқу\s+жыл\w*|oqu\s+jyl\w*|жыл\w*|jyl\w*)\s+(?:арналған|arnal\w*)|"
    # ("... бұйрығымен 2025 жылға бекітілген": approved for a year)
    r"\b20\d\d(?:\s*[-–/]\s*(?:20)?\d\d)?\s*(?:оқу\s+жылына|жылға|жылдарға|oqu\s+jylyna|jyl[gğǵ]a)\s+(?:бекітілген|bekitilgen)|"
    r"\b20\d\d\s*[-–/]\s*(?:20)?\d\d\s*(?:оқу\s+жылы(?:на)?|oqu\s+jyly(?:na)?|учебн\w+\s+год\w*|уч\.\s*г\.?|academic\s+year)\W*$|"
    # ("(2025 жылға, директордың ... бұйрығымен бекітілген)": the year it is for, first in the line's aside)
    r"^\W*20\d\d(?:\s*[-–/]\s*(?:20)?\d\d)?\s*(?:оқу\s+жылына|жылға|жылдарға|oqu\s+jylyna|jyl[gğǵ]a)\s*[,;)]",
    re.IGNORECASE)
UNDER_TITLE_MAX_CHARS = 200


def _named_period_under_title(segments: list[Segment]) -> list[str]:
    """The period named by the first line under the page's title (a composition's "на 2025 год" in its approval line),
    as a text to read a period from; [] where that line names none."""
    heads = {seg.display for seg in segments if seg.part == "title" or (seg.part == "heading" and seg.lead_rank < 0)}
    # (Below the title where the text repeats it: a site's vertical menu, one item a line, may stand above it, "ЭГЭК" /
    # "Главная" / "О колледже" / ... / "СОСТАВ ПОПЕЧИТЕЛЬСКОГО СОВЕТА" / "КГКП «...» на 2025-2026 учебный год".)
    title = next((seg.display.casefold() for seg in segments if seg.part == "title"), None)
    # (Below its last repeat in the header: "Қамқоршылар кеңесінің құрамы" / "«...» КМҚК" / menu / breadcrumb / "Қамқоршылар
    # кеңесінің құрамы" / "(2025-2026 оқу жылы)".)
    # (Or a longer line that holds it, the institution's name before it: "«...» МКҚК ҚАМҚОРШЫЛЫҚ КЕҢЕСІНІҢ ҚҰРАМЫ".)
    start = max((i + 1 for i, seg in enumerate(segments) if seg.part == "heading" and seg.lead_rank >= 0
                 and not seg.joined and title is not None and (seg.display.casefold() == title or (
                     len(title.split()) >= 2 and title in seg.display.casefold()))), default=0)
    for seg in segments[start:]:
        if seg.part in ("title", "url", "anchor", "link") or seg.joined or seg.link_only or seg.display in heads:
            continue
        if ((seg.part == "heading" and seg.lead_rank >= 0) or seg.part in ("line", "body")) and (
                seg.menu_row or _is_breadcrumb(seg.display) or _text_menu_row(seg.display)
                or all(piece.strip() in heads for piece in _TITLE_SPLIT_RE.split(seg.display) if piece.strip())):
            # (the site's header above the title: the whole title again with the site's name, "Басты бет | Университет |
            # ...", "Басты бет › ... › Комиссия құрамы"; as the page's first lines of text too)
            continue
        match = _NAMED_PERIOD_RE.search(seg.display) if len(seg.display) <= UNDER_TITLE_MAX_CHARS else None
        if match is None and (seg.display.rstrip().endswith(":") or _LANGUAGE_SWITCH_RE.match(seg.display)):
            continue  # (a label over what follows, "Төраға орынбасары:", or the site's languages, "KZ | RU | EN")
        return [match.group(0)] if match else []
    return []


# The site's language switch ("KZ | RU | EN", "ҚАЗ РУС ENG").
_LANGUAGE_SWITCH_RE = re.compile(r"^\W*(?:[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ]{2,3}\W+){1,3}[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ]{2,3}\W*$")


INSTITUTION_NAME_WORDS = 10
_INSTITUTION_WORD_RE = re.compile(
    r"\b(?:университет|колледж|институт|академи|university|college|institute|academy|kolledj|ýnıversıtet|unıversıtet|"
    r"ınstıtýt|akademıa)\w*", re.IGNORECASE)


_DATED_VALUE_RE = re.compile(r"\s*(?:с\s+|from\s+)?\d[^\n]{0,30}?20\d\d", re.IGNORECASE)


def _dated_label(line: str) -> bool:
    """A label and its dates ("Экзаменационная сессия: 22 декабря 2026 г. – 10 января 2027 г.", "Аралық аттестаттау
    кезеңі: 2026 жылғы 21 желтоқсан – ..."): when something happens, no title."""
    match = _LABEL_RE.match(line) if ":" in line else None
    return match is not None and _DATED_VALUE_RE.match(line, match.end(1) + 1) is not None


def _opens_list_in_words(line: str) -> bool:
    """A long line that ends in a colon says something and opens what follows ("If you have met with corruption,
    extortion or ..., tell us:"); a title over a list is short ("Состав комиссии на 2026-2027 учебный год:")."""
    return line.endswith(":") and len(line.split()) >= INTRO_SENTENCE_WORDS


def _is_sentence(line: str) -> bool:
    """A line of running text: it ends like a sentence and has words (not "11.03.2024 ж.", nor
    "№45 заседания комиссии от 11 февраля 2026 г.": a title line ending in a date)."""
    line = line.rstrip()
    if not line.endswith((".", "!", "?", ";")) or _DATE_ABBREVIATION_END_RE.search(line):
        return False
    return len(_WORD3_RE.findall(line)) >= 2 and any(c.islower() for c in line)


def _section_lines(segments: list[Segment], heading: Segment) -> list[Segment]:
    """The lines and sentences of the section `heading` opens (up to the next section's heading); every line and sentence
    of the page when it opens none."""
    text = [seg for seg in segments if seg.part in ("line", "body")]
    if not heading.section:
        return text
    start = next((i for i, seg in enumerate(segments) if seg is heading), len(segments))
    lines = []
    for seg in segments[start + 1:]:
        if seg.section and seg.part == "heading":
            break
        if seg.part in ("line", "body"):
            lines.append(seg)
    return lines or text


def _names_apart(part: str, scored: _Scored) -> bool:
    """Does this part name the artefact as a thing of its own: in the head, or on a line of its own, but not as a
    numbered section of the document ("4. Подарки", "5. Академиялық ұтқырлық")?"""
    if part not in HEAD_PARTS and part != "line":
        return False
    seg = scored.segment
    if seg is None:
        return True
    if scored.hit is not None and seg.in_folders(scored.hit):
        return False  # a folder of the address ("/akademicheskaya-chestnost/proverka/"): the site's section
    # (A listed title's file note is no path: "Anti-Corruption Policy (PDF, EN / RU / KZ)".)
    if ((part == "line" and _BREADCRUMB_RE.search(line := _without_trailing_note(seg.display))
         # (not a table's row listing a file, dated, its cells between bars: "15.01.2026 | Отчёт о работе комиссии за 2025
         # год | PDF, 1,1 МБ — скачать")
         and not (" | " in line and any(ch.isdigit() for ch in line) and _FILE_NOTE_RE.search(seg.display)))
            or (part == "heading" and _is_breadcrumb(seg.display))):
        return False  # "Главная » Наука » Академическая честность": where the page sits, not what it carries
    if part == "line" and _MEASURE_LINE_RE.search(_without_trailing_note(seg.display)):
        # "«Преподаватель глазами студентов» декабрь 2022, май 2023 Отдел качества": a plan's measure (not a listed
        # title's note: "(approved by the Director's order No. 188 of 29 August 2026) — PDF")
        return False
    if part == "line" and _PERSON_LINE_RE.match(seg.display):
        return False  # "Сейітжан Айгерім – «Саналы ұрпақ» клубының жетекшісі": a member's post
    if part == "line" and " | " in seg.display and not (seg.listed or _lists_file(seg.display)) and not any(
            _DOCUMENT_LINE_START_RE.match(cell) or _DOCUMENT_LINE_END_RE.search(cell)
            for cell in seg.display.split(" | ") if cell.strip()):
        # A row of the document's own table, no cell of it a document's name nor a file ("Емтиханда көшіру | жұмысты жою,
        # қайта тапсыру", "Экзамен у родственника | замена экзаменатора"): a case the document deals with.
        return False
    if part == "line" and ("___" in seg.display or _SIGNED_LINE_RE.search(seg.display)):
        return False  # "Председатель Попечительского совета ____ Б. Нургалиев": who signed, under the minutes
    return not _numbered_section(seg)


# A listed blank by its kind, first ("Форма отчёта о ...", "Бланк заявления", "Template of ...") or last ("... есеп нысаны",
# "... өтініш үлгісі", "... report form", "... — шаблон"), before the row's next cell or the file's note. (Not an online form:
# a service.)
_BLANK_FORM_RE = re.compile(
    r"^\W*(?:\d{1,3}\s*[.|)]\s*)?(?:форма|бланк|образец|шаблон|template|blank)\s+(?!обучения|контроля|оплаты|of\s+study)\w|"
    r"\w\s+(?:нысаны|үлгісі|бланкісі|бланкы|form|template)\s*(?:$|\||\(|[—–-]\s)|"
    # (or after a dash: "Уведомление о конфликте интересов — шаблон | DOCX")
    r"\w\s+[—–-]\s+(?:шаблон|образец|форма|бланк|үлгі|template|form)\s*(?:$|\||\()", re.IGNORECASE)


def _blank_form(line: str) -> bool:
    """Is the line a listed blank to fill in (see _BLANK_FORM_RE)? (A substring test first spares most lines the search.)"""
    lowered = line.lower()
    return ("нысан" in lowered or "үлгі" in lowered or "бланк" in lowered or "форм" in lowered or "образец" in lowered
            or "шаблон" in lowered or "form" in lowered or "template" in lowered or "blank" in lowered) and (
        _BLANK_FORM_RE.search(line) is not None and "онлайн" not in lowered and "online" not in lowered
        and "электрон" not in lowered)


def _names_head_again(part: str, scored: _Scored, owners: set[str], per_artefact: dict[str, dict[str, _Scored]],
                      segments: list[Segment]) -> bool:
    """Is this a line whose generic name, scoped by the rest of the page, also names the document the page's head
    names ("Кодекстің қазақша мәтіні: ar-namys_kodeksi_kk.pdf" on a staff code's page whose text names students)?"""
    if part != "line" or scored.hit is None or not scored.hit.phrase.needs or scored.segment is None:
        return False
    index = next((i for i, seg in enumerate(segments) if seg is scored.segment), -1)
    return any(index in line.hit_segments for owner in owners if (line := per_artefact[owner].get("line")))


def _heads_document(part: str, scored: _Scored) -> bool:
    """Is this a line of its own, apart from the text's sections, that names a document or a list: a kind of document
    first ("Политика урегулирования конфликта интересов", "Состав комиссии на 2026 год:") or last ("Сыйлықтар туралы
    ереже", "Комиссияның құрамы", "Gifts policy")?"""
    seg = scored.segment
    return part == "line" and seg is not None and _names_apart(part, scored) and _document_line(seg)


def _document_line(seg: Segment) -> bool:
    """A line that names a document or a list by its kind (see _heads_document) or lists it with its file, not a
    roster's row or a section."""
    text = seg.display
    # (Or by its file: "Квалификационные требования к должностям ППС (PDF, 390 КБ) — скачать".)
    return (bool(seg.listed or _DOCUMENT_LINE_START_RE.match(text) or _DOCUMENT_LINE_END_RE.search(text)
                 or (_FILE_NOTE_RE.search(text) and _has_trailing_note(text)))
            and not _PERSON_LINE_RE.match(text) and not _numbered_section(seg))


@functools.lru_cache(maxsize=4096)
def _lists_file(line: str) -> bool:
    """The line lists a file: its title, then the file's note ("... – скачать PDF", "... (PDF, 1,2 МБ)")."""
    return bool(_FILE_NOTE_RE.search(line)) and _has_trailing_note(line) and not _PERSON_LINE_RE.match(line)


def _numbered_section(seg: Segment) -> bool:
    """A numbered section's heading or line ("4. Подарки"): a part of the document, not a second one; not a numbered
    list's item with its file ("4) Студенттің ар-намыс кодексі — жүктеу (PDF, 150 КБ)"), or with its approval on the line
    below ("2. Квалификационные требования к должностям ППС" / "Утверждены приказом ректора ..."), a document listed."""
    return not seg.listed and (seg.numbered or (seg.part in ("heading", "line") and bool(_SECTION_NUMBER_RE.match(seg.display))
                                                and not (_FILE_NOTE_RE.search(seg.display) and _has_trailing_note(seg.display))))


_MONTHS = (r"январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|қаңтар|ақпан|наурыз|сәуір|мамыр|"
           r"маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан|january|february|march|april|may|june|july|august|"
           r"september|october|november|december|"
           # Latin-script Kazakh, both alphabets ("maýsym", "mausym", "qyrkúiek", "qyrküiek")
           r"qa[ńñn]tar|aqpan|na[ýu]ryz|s[áä][ýu][iı]r|mamyr|ma[ýu]sym|[sş]h?[iı]lde|tamyz|qyrk[úü][iı]ek|qazan|"
           r"qara[sş]h?a|jeltoqsan")
# How often a measure is taken, or by which month of which year ("ежемесячно", "жыл сайын", "декабрь 2022"), or a
# table's cell that is only a month or months ("| Маусым |", "| май-июнь |"): when the measure falls due.
_DEADLINE = (r"\b(?:[1-4]|I{1,3}|IV)[\s-]*(?:тоқсан|квартал|quarter)|"
             r"\b(?:в\s+течение\s+(?:года|учебного\s+года)|жыл\s+бойы|throughout\s+the\s+year|ежеквартально|ежегодно|"
             r"ежемесячно|еженедельно|(?:ай|апта|жыл|тоқсан)\s+сайын|monthly|weekly|annually|quarterly)\b|"
             rf"\b(?:{_MONTHS})\w*\s+20\d\d|"
             rf"(?<=\|)\s*(?:(?:{_MONTHS})\w*[\s,–-]*)+(?:\||$)")
# A row of a plan's table: its number, the measure, a deadline ("2027 ж. II тоқсан", "в течение года", "March 2027").
_PLAN_ROW_RE = re.compile(
    rf"^\s*\d{{1,3}}\s*\|.*\|.*(?:{_DEADLINE}|\b(?:тоқсан|квартал|quarter)\w*|"
    r"\b(?:в\s+течение|жыл\s+бойы|throughout|постоянно|тұрақты|үнемі|ongoing|ежеквартально|ежегодно|ежемесячно|"
    r"еженедельно|(?:ай|апта|жыл)\s+сайын|monthly|weekly|annually|quarterly)|"
    r"\b20\d\d\s*(?:ж\.|г\.|жыл|год|о\.ж|оқу\s+жыл|уч))", re.IGNORECASE)
# A plan's measure as a numbered line, not a table's row: a task ("Разработать ...", "... әзірлеу", "Develop ...") and
# its deadline ("— срок: 2027 год", "мерзімі: 2027 ж.", "deadline: Q2 2027").
_PLAN_MEASURE_RE = re.compile(
    r"^\s*\d{1,2}(?:\.\d{1,2})*[.)]?\s+(?:(?:разработать|утвердить|внедрить|организовать|создать|обеспечить|провести|"
    r"опубликовать|разместить|актуализировать|принять|сформировать|подготовить|запустить|develop|introduce|implement|"
    r"establish|create|ensure|organi[sz]e|conduct|hold|publish|launch|set\s+up|adopt|prepare)\b|[^|]*?\b(?:әзірлеу|бекіту|"
    r"енгізу|ұйымдастыру|құру|өткізу|жариялау|орналастыру|дайындау|іске\s+қосу)\b)[^|]*?"
    r"(?:\bсрок(?:\s+(?:исполнения|выполнения))?|(?:\bорындау\s+)?мерзімі|\bdeadline|\bdue)\s*[:–—-]", re.IGNORECASE)
# A plan table's cell that is only a deadline: "2027 жыл", "2027-2028 оқу жылы", "II квартал 2027 г.", "ежегодно".
_DEADLINE_CELL_RE = re.compile(
    r"(?:(?:[1-4]|I{1,3}|IV)[\s-]*(?:тоқсан\w*|квартал\w*|quarter)\s*)?20\d\d(?:\s*[-–]\s*20\d\d)?\s*"
    r"(?:ж\.?|жыл\w*|г\.?|год\w*|оқу\s+жылы|уч\.?\s*год\w*|academic\s+year)?|в\s+течение\s+(?:года|учебного\s+года)|"
    r"жыл\s+бойы|throughout\s+the\s+year|ежегодно|жыл\s+сайын|annually|постоянно|тұрақты|ongoing", re.IGNORECASE)
# A measure's first words (Russian, English) or last word (a Kazakh verbal noun: "... енгізу", "... блогын ашу").
_TASK_START_RE = re.compile(
    r"^[\s\d.)]*(?:to\s+)?(?:разработать|утвердить|внедрить|организовать|создать|обеспечить|провести|опубликовать|"
    r"разместить|открыть|запустить|перевести|develop|introduce|implement|establish|create|ensure|organi[sz]e|conduct|"
    r"publish|launch|open|set\s+up|adopt|prepare)\b", re.IGNORECASE)
_KAZAKH_TASK_END_RE = re.compile(r"\w{2,}(?:у|ю)\s*$")


def _without_approval_cells(row: str) -> str:
    """A table's row without the cells that say who approved its document ("Директорлар кеңесінің 2025 жылғы 18 желтоқсандағы
    № 9 шешімі", "2025 ж. 24 қаңтар, Басқарма хаттамасы № 2"): the year of a decision is no deadline of a plan's measure."""
    if " | " not in row:
        return row
    cells = row.split(" | ")
    return " | ".join(cells[:1] + [cell for cell in cells[1:] if not (
        _APPROVAL_CELL_RE.match(cell.strip()) or _DATED_DECISION_CELL_RE.match(cell.strip()))])


def _plan_table_row(line: str) -> bool:
    """A plan table's row without its number: the measure, then its deadline ("Колледж сайтында директор блогын ашу |
    2027 жыл | IT бөлімі", "4.2.1. To introduce an online dormitory registration service | 2027-2028 | ...")."""
    cells = line.split(" | ")
    if len(cells) < TABLE_ROW_MIN_CELLS or not any(_DEADLINE_CELL_RE.fullmatch(cell.strip()) for cell in cells[1:3]):
        return False
    task = cells[0].strip()
    return bool(_TASK_START_RE.match(task) or _KAZAKH_TASK_END_RE.search(task))


# A line of a file's text with a deadline: a plan's row that came out of a PDF's table without its cells.
_MEASURE_LINE_RE = re.compile(_DEADLINE, re.IGNORECASE)


_REGULATION_TITLE_RE = re.compile(r"^\W*(?:положение|правила|регламент|порядок|regulations?|rules|procedure)\b|"
                                  # (a procedure named after its subject: "Академический отпуск: порядок оформления")
                                  r"[:—–]\s*(?:порядок|procedure)\b|\b(?:ережесі|ереже|қағидалары|тәртібі)\b",
                                  re.IGNORECASE)
_PLAN_TITLE_RE = re.compile(r"\b(?:план\w*|жоспар\w*|plan)\b", re.IGNORECASE)
_PLAN_HEADER_RE = re.compile(
    r"(?=.*\b(?:ответственн\w*|исполнител\w*|исполнени\w*|докладчик\w*|жауапты\w*|орындаушы\w*|орындалу\w*|баяндамашы\w*|"
    r"responsible|speaker|implementation|execution|"
    r"rapporteur|jaýapty\w*|jauapty\w*|oryndaýshy\w*))(?=.*\b(?:срок\w*|мерзім\w*|дата|күні|deadline|date|timing|merzim\w*|"
    r"kúni|kuni)\b)"
    # (or by its measures and their month: "Ай | Іс-шара | Нәтиже", "Месяц | Мероприятие | Результат")
    r"|(?=.*(?:^|\|)\s*(?:іс-шара\w*|мероприяти\w*|activit\w*|measures?|is-shara\w*)\s*(?:\||$))"
    r"(?=.*(?:^|\|)\s*(?:ай|айы|месяц|month|срок\w*|мерзім\w*|deadline|timing)\s*(?:\||$))",
    re.IGNORECASE)  # (also in Latin-script Kazakh: "Is-shara | Merzimi | Jaýaptylar")


APPROVAL_BLOCK_ROWS = 6  # "БЕКІТЕМІН" / the head's post / signature / date, between a plan's title and its table


def _titles_a_table(lines: list[str], number: int) -> bool:
    """Is line `number` the title over a plan's table ("План мероприятий ... НАО «...» на 2026-2027 учебный год" over
    "№ | Мероприятие | Срок исполнения | Ответственные") or over a list of people ("Candidates for the Presidential
    scholarship and named scholarships, 2026-2027 academic year" over "No. | Full name | Programme | GPA"): a name,
    long as a plan's may run? (Also with the head's approval between them: "... шаралар жоспары" / "БЕКІТЕМІН" / "Колледж
    директоры" / "«01» қыркүйек 2025 ж." / "№ | Іс-шаралар атауы | Орындау мерзімі".)"""
    below = number + 1
    if below < len(lines) and _APPROVAL_START_RE.match(lines[below]):
        end = min(len(lines), below + APPROVAL_BLOCK_ROWS)
        while below < end and " | " not in lines[below] and len(lines[below]) <= LEAD_LINE_MAX_CHARS:
            below += 1
    following = lines[below] if below < len(lines) else ""
    return (" | " in following and " | " not in lines[number]
            and (bool(_PLAN_HEADER_RE.search(following))
                 or any(_NAME_COLUMN_RE.match(cell.strip()) for cell in following.split(" | ")))
            and _short_name(lines[number], LISTED_TITLE_WORDS))


COLUMN_HEADING_WORDS = 3  # "Programme | Duration | Credits | Final assessment": a column's name is a word or three


def _column_headings(lines: list[str], number: int) -> bool:
    """Is line `number` a table's row of column names, over rows of as many cells ("Programme | Duration | Credits | Final
    assessment" / "Master's (profile) | 1 year | 60 ECTS | comprehensive exam")? It names what the columns hold, no document."""
    line = lines[number]
    cells = line.split(" | ")
    if len(cells) < TABLE_ROW_MIN_CELLS or number + 1 >= len(lines) or any(ch.isdigit() for ch in line):
        return False
    return (all(0 < len(cell.split()) <= COLUMN_HEADING_WORDS for cell in cells)
            and lines[number + 1].count(" | ") == line.count(" | "))


def _numbered_items_only(parts: dict[str, _Scored], segments: list[Segment]) -> bool:
    """Named only by numbered or bulleted items of the text ("2. Жылдық есепті дайындау" in a curator's plan, "- introduction
    of an online dormitory check-in module by 2028" in a development plan's direction)."""
    return bool(parts) and set(parts) <= {"body", "line"} and all(
        _LIST_ITEM_RE.match(segments[i].display) for scored in parts.values() for i in scored.hit_segments)


def _where_it_sits(part: str, scored: _Scored, segments: list[Segment]) -> bool:
    """Does this part name the artefact only by the sections the page sits in: its address's directories, or the sections of
    its breadcrumb above the page's own name?"""
    if scored.segment is None or scored.hit is None:
        return False
    if part == "url":
        return scored.segment.in_folders(scored.hit)
    return (part == "heading" and scored.segment.in_folders(scored.hit)
            and all(_is_breadcrumb(segments[i].display) for i in scored.hit_segments))


def _plan_tasks_only(parts: dict[str, _Scored], plan_table: bool = False) -> bool:
    """Named only in the rows of a plan's table, as a measure to take by a deadline ("4 | Develop an online
    dormitory application module | 2027, Q2 | ...", "5.2. Внедрить электронный журнал ... — срок: 2028 год"), or in a
    timetable's steps ("Проверка на заимствования — до 15 декабря 2026 г."): what the institution means to do, not what
    it has."""
    if not parts or not set(parts) <= {"body", "line", "heading"}:  # a short row is read as a line of its own
        return False
    for part, scored in parts.items():
        seg = scored.segment
        if seg is None or (part == "heading" and (seg.lead_rank <= 0 or seg.joined)):
            return False  # (the page's own title or heading names it)
        row = seg.display
        if not (_SCHEDULE_STEP_RE.match(row) or (part != "heading" and (
                _PLAN_ROW_RE.match(_without_approval_cells(row)) or _PLAN_MEASURE_RE.match(row) or _plan_table_row(row)
                or (plan_table and (row.count(" | ") >= 2 or _MONTH_CELL_RE.match(row) is not None))))):
            return False
    return True


# A plan's row of two cells, its month first ("Мамыр | Жылдық есеп, жаңа белсенділерді марапаттау" under "Айы | Іс-шара").
_MONTH_CELL_RE = re.compile(rf"\W{{0,3}}(?:{_MONTHS})\w*\s*\|", re.IGNORECASE)


# A timetable's step: what is done, a dash, and by or on which day ("Проверка на заимствования — до 15 декабря 2026 г.",
# "Защита магистерских диссертаций — 1–19 июня 2027 г.", "Submission of theses — by 30 April 2027").
# (Or the day first, as a calendar's row: "5–14 January 2027 — Applications for vacant state grants", "1 July – 15 August
# 2027 — Transfer and reinstatement applications".)
_SCHEDULE_STEP_RE = re.compile(
    rf"^[^|\n]{{3,90}}?\s[—–-]\s*(?:до|к|не\s+позднее|с|by|until|before|from)?\s*\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?\s+"
    rf"(?:{_MONTHS})\w*\s+20\d\d\b|"
    rf"^\W{{0,3}}\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?\s+(?:{_MONTHS})\w*(?:\s+20\d\d)?"
    rf"(?:\s*[–-]\s*\d{{1,2}}\s+(?:{_MONTHS})\w*)?(?:\s+20\d\d)?\s*[—–]\s+\S", re.IGNORECASE)


def _gives_contact(parts: dict[str, _Scored]) -> bool:
    """Does a sentence that names the artefact give a phone number or an e-mail address?"""
    for scored in parts.values():
        text = scored.segment.display if scored.segment is not None else ""
        if _PHONE_FAST_RE.search(text) or ("@" in text and _EMAIL_RE.search(text)):
            return True
    return False


# A line ending in a conjunction or a preposition goes on in the next one (its last word is looked up: a regex
# anchored at the end would be tried at every space of every line).
_DANGLING_WORDS = frozenset({"и", "или", "а", "в", "во", "на", "о", "об", "по", "для", "с", "со", "к", "от", "из", "при",
                             "and", "or", "of", "for", "to", "the", "in", "on", "with", "және", "мен", "бен", "пен",
                             "немесе", "үшін"})


def _dangling_lead(line: str) -> bool:
    """Does a title's line end in a word that goes on in the next ("... конкурсы бойынша", "... по")?"""
    if _dangling(line):
        return True
    words = line.rsplit(None, 1)
    return bool(words) and words[-1].lower() in _DANGLING_POSTPOSITIONS


# Kazakh postpositions that end a title's line only where the title goes on ("... конкурсы бойынша" / "... хаттамасы"); not
# "туралы", which ends a menu's "Университет туралы".
_DANGLING_POSTPOSITIONS = frozenset({"бойынша", "жөніндегі", "арналған"})


def _dangling(line: str) -> bool:
    """Does the line end in a conjunction or a preposition ("Антикоррупционной политики и")?"""
    words = line.rsplit(None, 1)
    return bool(words) and words[-1].lower() in _DANGLING_WORDS


def _is_title_like(line: str) -> bool:
    """A short line that names something rather than says something: a list item or the name of a
    document on a section page ("Положение об антикоррупционной комиссии"), also with a note on its approval or
    its file after it ("... (утверждено приказом № 86 от 30.08.2025)", "..., approved by the Council ... (PDF)"),
    in two languages, or as a table's row. A question is said, not named."""
    return _listed_title(line) is not None


MENU_ENTRY_WORDS = 4  # an entry of a menu names a section in a few words ("Блог ректора", "Подать заявку на общежитие")
_MENU_SEPARATOR_RE = re.compile(r"\s[·•|]\s")


TEXT_MENU_ROW_ENTRIES = 5  # a row of this many short entries in running text is a menu, not a list of documents


def _text_menu_row(line: str) -> bool:
    """A row of the site's menu written in the text ("Главная | Университет | Поступающим | Студенту | Контакты", with a
    section's label before its first entry: "Студенту: Расписание | Претенденты на стипендию | ..."): five or more entries
    of a few words each; or an entry of a sidebar's menu, marked by its arrow ("› План мероприятий")."""
    if _SIDEBAR_ENTRY_RE.match(line):
        return len(line.split()) <= MENU_ENTRY_WORDS + 2
    pieces = _MENU_SEPARATOR_RE.split(line)
    # (a row that a section's label opens is a menu with one entry fewer: "Rector: Biography | Rector's Blog | Public
    # Accountability | Meeting Schedule")
    labelled = ":" in pieces[0] and not any(ch.isdigit() for ch in line)
    # (or a path from the home page in the menu's manner: "Главная | Наука | Диссертационный совет | Объявления о защитах")
    from_home = len(pieces) >= HOME_ROW_ENTRIES and _HOME_RE.match(pieces[0].strip()) is not None
    return ((len(pieces) >= TEXT_MENU_ROW_ENTRIES - labelled or from_home) and _menu_entry(line)) or _capitalised_row(line)


HOME_ROW_ENTRIES = 3


CAPITALISED_ROW_WORDS = 6
CAPITALISED_ROW_MAX_WORDS = 20


def _capitalised_row(line: str) -> bool:
    """A menu whose entries the text runs together, each a capitalised word or two ("О колледже Приём Обучающимся Педагогам
    Воспитательная работа Контакты"): Cyrillic words that nearly all start with a capital, no punctuation, not in capitals
    throughout (a title: "КОДЕКС ЭТИКИ"). (Not Latin script: English titles are written in title case.)"""
    words = line.split()
    if not CAPITALISED_ROW_WORDS <= len(words) <= CAPITALISED_ROW_MAX_WORDS or line.isupper():
        return False
    capitals = sum(word[:1].isupper() for word in words)
    return (capitals >= len(words) - len(words) // 4 and not _SENTENCE_MARK_RE.search(line)
            and bool(CYRILLIC_LETTER_RE.search(line.lower()))
            and len(_MENU_WORD_RE.findall(line)) >= CAPITALISED_ROW_MENU_WORDS)


CAPITALISED_ROW_MENU_WORDS = 2  # (a title in title case names no two of a site's sections: "Сыбайлас Жемқорлыққа Қарсы ...")
# The words of a site's main menu: its home, contacts, news, search, and whom its sections are for.
_MENU_WORD_RE = re.compile(
    r"(?i)\b(?:главная|контакты|байланыс|басты\s+бет|новости|жаңалықтар|поиск|іздеу|абитуриент\w*|поступающ\w*|талапкер\w*|"
    r"студент\w*|обучающ\w*|білім\s+алушы\w*|при[её]м|қабылдау|наука|ғылым|о\s+колледже|об\s+университете|колледж\s+туралы|"
    r"университет\s+туралы|вакансии|педагог\w*|сотрудник\w*|қызметкер\w*|выпускник\w*|түлек\w*)\b")


_SENTENCE_MARK_RE = re.compile(r"[.,:;!?«»\"“”()\d]")


SECTION_MENU_MIN_ITEMS = 3
SECTION_MENU_MIN_PLAIN = 4  # unmarked short lines are a menu only in a longer run
SECTION_MENU_ITEM_WORDS = 10


def _section_menu_lines(lines: list[str], doc: Document) -> frozenset[str]:
    """The items of a list that names the page itself among its siblings: a section's menu in the page's text (see
    _segments). Only for web pages, whose title says their name."""
    if doc.kind != "html" or not doc.title:
        return frozenset()
    names = {_squash(piece) for piece in _TITLE_PIECES_RE.split(doc.title)} | {_squash(doc.title)}
    names |= {_squash(heading) for heading in doc.headings[:1]}
    # (and the last item of its breadcrumb: "Басты бет » Университет » Тарих")
    names |= {_squash(_PATH_SEPARATOR_RE.split(line.strip())[-1]) for line in lines[:HTML_TITLE_SEARCH_LINES]
              if _is_breadcrumb(line)}
    names.discard("")
    found: set[str] = set()
    run: list[str] = []
    run_kind = ""
    labelled = False  # the run stands under a label that calls it the section's menu ("Бөлім мәзірі:", "In this section:")
    previous = ""
    for line in [*lines, ""]:
        stripped = line.strip()
        item = stripped.lstrip(_MENU_MARKS).strip()
        if item and item != stripped and len(item.split()) <= SECTION_MENU_ITEM_WORDS:
            kind = "marked"  # an item with a bullet or an arrow
        elif (stripped and _short_name(stripped, MENU_ENTRY_WORDS + 2) and not _is_sentence(stripped)
              and not any(ch.isdigit() for ch in stripped)):
            # a short name alone on its line ("Тарих" / "Миссия және пайымдау" / "Басшылық"); a number ends the run (the
            # page's own heading under its menu: "ПРОТОКОЛ № 3")
            kind = "plain"
        else:
            kind = ""
        if kind != run_kind:
            if run_kind == "marked":
                if len(run) >= SECTION_MENU_MIN_ITEMS and (labelled or any(
                        _squash(entry.strip().lstrip(_MENU_MARKS)) in names
                        # (or as "About ...": "› Комплаенс-қызмет туралы" on the page "Комплаенс-қызмет")
                        or _squash(_ABOUT_RE.sub("", entry.strip().lstrip(_MENU_MARKS))) in names for entry in run)):
                    found.update(run)
            # (Not a document's front matter, whose title comes first and whose dated approval lines end a run: the
            # page's own name among its siblings, after the first.)
            elif (run_kind == "plain" and len(run) >= SECTION_MENU_MIN_PLAIN
                  and any(_squash(entry) in names for entry in run[1:])):
                # (Up to the page's own heading, which holds its name in more words: "Нормативтік құжаттар" in the
                # menu, then "Докторантура бойынша нормативтік құжаттар" / "PhD докторантура туралы ереже", the page's
                # heading and its first document.)
                own_at = next(i for i, entry in enumerate(run) if i > 0 and _squash(entry) in names)
                found.update(run[:next((i for i, entry in enumerate(run) if i > own_at and _holds_name(_squash(entry), names)),
                                       len(run))])
            run, run_kind = [], kind
            labelled = bool(kind) and _SECTION_MENU_LABEL_RE.match(previous.strip()) is not None
        if kind:
            run.append(line)
        previous = line
    return frozenset(found)


# A label over a section's menu: "Бөлім мәзірі:", "Меню раздела", "В этом разделе:", "Осы бөлімде:", "In this section:",
# "Разделы" (alone on its line).
_SECTION_MENU_LABEL_RE = re.compile(r"(?:бөлім\s+мәзірі|меню\s+раздела|section\s+menu|в\s+(?:этом|данном)\s+разделе|"
                                    r"осы\s+бөлімде|бөлімнің\s+беттері|in\s+this\s+section|разделы|подразделы|бөлімдер|"
                                    r"sections)\s*:?$", re.IGNORECASE)
_ABOUT_RE = re.compile(r"^(?:about|о|об)\s+|\s+туралы$", re.IGNORECASE)


def _holds_name(line: str, names: set[str]) -> bool:
    """Does a (squashed) line hold one of the page's names in more words ("докторантура бойынша нормативтік құжаттар")?"""
    return any(len(name) >= MIN_HELD_NAME_CHARS and name != line and name in line
               # (as words of its own: "тәрбие жұмысының жоспары" is a sibling's name, not "тәрбие жұмысы" in more words)
               and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", line) is not None for name in names)


MIN_HELD_NAME_CHARS = 8
_TITLE_PIECES_RE = re.compile(r"\s+[|—–]\s+")
# (A chevron, as sidebars mark their entries; not an arrow or a triangle, which content lists of documents use too.)
_SIDEBAR_ENTRY_RE = re.compile(r"\s*[›»]\s+\S")


def _menu_entry(line: str) -> bool:
    """Is the line an entry of the site's menu or footer: a short name, a row of them ("Студенту: Расписание · Блог
    ректора · Библиотека"), or a channel's label with its number ("Сенім телефоны (тәулік бойы): 8 800 080 47 47")?"""
    pieces = [piece.strip() for piece in _MENU_SEPARATOR_RE.split(line) if piece.strip()]
    if len(pieces) >= 3:
        # (the row's first entry may carry the section's label: "Студенту: Расписание занятий")
        return all(len(piece.split()) <= MENU_ENTRY_WORDS + (2 if n == 0 else 0) for n, piece in enumerate(pieces))
    if len(line.split()) <= MENU_ENTRY_WORDS and not _is_sentence(line):
        return True
    languages = line.split(" / ")
    if 1 < len(languages) <= MAX_TITLE_LANGUAGES and all(
            0 < len(name.split()) <= MENU_ENTRY_WORDS and not _is_sentence(name) for name in languages):
        return True  # one entry in two languages ("Директор блогы / Блог директора")
    label, colon, rest = line.partition(":")
    return bool(colon) and len(label.split()) <= 6 and bool(_PHONE_FAST_RE.search(rest) or _EMAIL_RE.search(rest))


def _menu_rows_only(parts: dict[str, _Scored], segments: list[Segment]) -> bool:
    """Is the artefact named only in rows of the site's menu as the page's text writes them (Segment.menu_row)?"""
    indexes = [index for scored in parts.values() for index in scored.hit_segments]
    return bool(indexes) and all(segments[index].menu_row for index in indexes)


def _menu_entry_only(parts: dict[str, _Scored], segments: list[Segment]) -> bool:
    """Is the artefact named only by entries of the menu or the footer (not by the page's title or headline)?"""
    seen = False
    for part, scored in parts.items():
        if part not in ("heading", "line", "body"):
            return False
        for index in scored.hit_segments:
            seg = segments[index]
            if seg.joined:
                continue  # (lead lines read together: each line is judged on its own)
            if seg.section or (seg.part == "heading" and seg.lead_rank == 0) or not _menu_entry(seg.display):
                return False
            seen = True
    return seen


def _listed_title(line: str) -> str | None:
    """The name a line gives where it names something (see _is_title_like), without its bullet and notes."""
    stripped = line.strip().lstrip(_BULLETS)
    if "?" in stripped:
        return None  # a question, with its answers after it or not ("2. Знаете ли вы ...? (да / нет)"), names nothing
    if _counted(stripped):
        return None  # a figure of a report ("Академиялық ұтқырлық бағдарламасына қатысушылар: 146 студент")
    if (((" | " in stripped or stripped != line.strip() or _starts_numbered(stripped))
         and _names_others(stripped[:MAX_ROW_CHARS])) or _LISTED_AUTHOR_RE.match(stripped)):
        # a listed act of a ministry, a law, an association's document; a paper by its author, listed or in a collection's
        # contents ("Исмаилова А. Б. Антикоррупционная политика вуза: опыт ... (PDF)"): not named here
        return None
    bare = _without_trailing_note(stripped)
    if _schedule_step(bare) or _dated_label(stripped):
        # a timetable's step ("Промежуточная аттестация — январь 2027 г.", "Қысқы емтихан сессиясы: 21 желтоқсан 2026 – 17
        # қаңтар 2027"): an event, not a document
        return None
    # A title with a note after it is marked as a listed document's: a plan's title may run long.
    if _short_name(bare, SHORT_LINE_WORDS if bare == stripped.rstrip() else LISTED_TITLE_WORDS):
        return bare
    if bare != stripped.rstrip() and bare.endswith(")"):
        # (with a remark in brackets before its file's note: "Квалификационные требования к должностям ППС (в соответствии с
        # профессиональным стандартом «Педагог» ...) — PDF")
        unremarked = _TRAILING_REMARK_RE.sub("", bare)
        if unremarked != bare and _short_name(unremarked, LISTED_TITLE_WORDS):
            return unremarked
    # One title in two or three languages: "Комиссия туралы ереже / Положение о комиссии".
    pieces = [piece.strip() for piece in bare.split(" / ")]
    if 1 < len(pieces) <= MAX_TITLE_LANGUAGES and all(_short_name(piece) for piece in pieces):
        return pieces[0]
    return _row_title(bare)


_TRAILING_REMARK_RE = re.compile(r"\s*\([^()\n]*\)\s*$")  # a listed title's closing remark in brackets (see _listed_title)
NOTE_LINE_WORDS = 20  # a listed document's note on the line below its title: who approved it, its file


def _noted_below(lines: list[str], number: int) -> bool:
    """A list's item whose note is the next line ("2. Колледждің 2026-2027 оқу жылына арналған ... іс-шаралар жоспары" /
    "Директордың ... бұйрығымен бекітілген. PDF, 285 КБ"): a listed document's title, which may run long."""
    line = lines[number].strip()
    if number + 1 >= len(lines):
        return False
    def note(below: str) -> bool:  # (not the next item)
        return (len(below.split()) <= NOTE_LINE_WORDS and not _starts_numbered(below) and below.lstrip(_BULLETS) == below)

    below = lines[number + 1].strip()
    unmarked = not (_starts_numbered(line) or line.lstrip(_BULLETS) != line)
    if unmarked and _described_then_filed(lines, number):
        below = ""  # (its note is the file's, below its description)
    elif not note(below):
        return False
    elif unmarked:
        # (Or unmarked, with both its approval and its file below: "План мероприятий ... на 2025-2026 учебный год" /
        # "Утверждён приказом директора № 156-ОД от 02.09.2025" / "Скачать (DOCX, 64 KB)".)
        after = lines[number + 2].strip() if number + 2 < len(lines) else ""
        if not (_APPROVED_LINE_RE.search(below) and note(after) and _FILE_NOTE_RE.search(after)):
            return False
    if below and not _FILE_NOTE_RE.search(below) and not _APPROVED_LINE_RE.search(below):
        # (or its order on one line and its file on the next: "Приказ № 301-н от 01.09.2026" / "PDF, 154 КБ — скачать";
        # or only who approved it: "Директордың 2026 жылғы 31 тамыздағы №176-н бұйрығымен бекітілген.")
        after = lines[number + 2].strip() if number + 2 < len(lines) else ""
        if not (_LISTING_NOTE_RE.search(below) and note(after) and _FILE_NOTE_RE.search(after)):
            return False
    bare = line.lstrip(_BULLETS)
    if numbered := _LIST_NUMBER_RE.match(bare):
        bare = bare[numbered.end():]
    return "?" not in bare and not _names_others(bare[:MAX_ROW_CHARS]) and _short_name(bare.strip(), LISTED_TITLE_WORDS)


def _described_then_filed(lines: list[str], number: int) -> bool:
    """An unmarked title whose file's bare note follows a few sentences that describe it ("План мероприятий ... на 2026–2027
    учебный год" / "Утверждён приказом директора ..." / "Включает 18 мероприятий: ..." / "Скачать (PDF, 290 КБ)")."""
    for k in range(number + 2, min(number + 2 + DESCRIPTION_LINES, len(lines))):
        below = lines[k].strip()
        if _FILE_NOTE_LINE_RE.match(below):
            return all(map(_describes, lines[number + 1:k]))
        if not _describes(below):
            return False
    return False


def _describes(line: str) -> bool:
    """A line of a listed document's description: a sentence, or text longer than any title ("Включает 18 мероприятий:
    ..., отчёт о выполнении плана на педсовете в июне 2027 г.", not the next document's title)."""
    return _is_sentence(line.strip()) or len(line.split()) > LISTED_TITLE_WORDS


def _starts_numbered(line: str) -> bool:
    return bool(_LIST_NUMBER_RE.match(line))


def _table_cells_only(parts: dict[str, _Scored], segments: list[Segment]) -> bool:
    """Is the artefact named only in the text's table rows that list no document (data: criteria, figures, measures)?"""
    if set(parts) - {"body", "line"}:
        return False
    rows = [segments[i].display for scored in parts.values() for i in scored.hit_segments]
    return bool(rows) and all(" | " in row and _row_title(row) is None for row in rows)


def _row_title(line: str) -> str | None:
    """The title a table's row lists ("1 | Положение о ... (утв. ...) | 28.08.2025 | PDF, 236 КБ"): its one cell that
    names something, the others numbering, dating or filing it or naming who approved it; None for another row."""
    if " | " not in line or len(line) > MAX_ROW_CHARS:
        return None
    cells = [cell.strip() for cell in line.split(" | ", MAX_ROW_CELLS)]
    figures = sum(cell.isdigit() and not _YEAR_CELL_RE.match(cell) for cell in cells[1:])
    if (sum(cell.isdigit() for cell in cells) >= SCALE_CELLS or figures >= FIGURE_CELLS
            or any(_SHARE_CELL_RE.match(cell) for cell in cells)):
        # a questionnaire's statement with its scale ("Я знаю порядок получения подарков | 1 | 2 | 3 | 4 | 5"), or a
        # table of figures ("Rector's blog | 80%"): data about a thing, not a listing of a document
        return None
    if any(_NAME_COLUMN_RE.match(cell) for cell in cells):
        return None  # the column headings over a list of people ("№ | ФИО | Курс | GPA | Вид стипендии")
    named = [cell for cell in cells if cell and not _NOTE_CELL_RE.match(cell)]
    if not named:  # minutes listed by their own name: "Протокол заседания комиссии № 1 | 16.02.2026 | PDF, 412 КБ"
        named = [cell for cell in cells if cell and not _FILING_CELL_RE.match(cell)][:1]
    if not named or any(len(cell.split()) > ROW_NOTE_WORDS for cell in named[1:]):
        return None
    title = _without_trailing_note(named[0]).lstrip(_BULLETS)
    return title if _short_name(title, LISTED_TITLE_WORDS) else None


def _short_name(line: str, max_words: int = SHORT_LINE_WORDS) -> bool:
    # (A name may end in its date's abbreviation: "Қамқоршылар кеңесі отырысының №1 хаттамасы, 16.09.2026 ж."; an
    # institution's name in quotes counts as one word: "Anti-corruption policy of NJSC "Aktobe Regional University of
    # Medicine and Health"" is a title of four.)
    if "(" in line:  # (nor do a title's examples in brackets: "Атаулы стипендияларға (A, B, C) үміткерлер тізімі")
        line = _ENUMERATION_RE.sub("()", line)
    return (len(line) <= SHORT_LINE_CHARS * max_words // SHORT_LINE_WORDS
            and len(_QUOTED_NAME_RE.sub("«»", line).split()) <= max_words
            and (not line.endswith((".", ",", ";", ":", "?", "!")) or bool(_DATE_ABBREVIATION_END_RE.search(line))))


_NAME_COLUMN_RE = re.compile(r"(?:ф\.?\s?и\.?\s?о\.?|аты[\s,-]*жөні|т\.\s?а\.\s?ә\.?|full\s+name|name|surname)\s*$",
                             re.IGNORECASE)
_QUOTED_NAME_RE = re.compile(r"«[^«»]{1,80}»|\"[^\"]{1,80}\"|“[^“”]{1,80}”")
_DOWNLOAD_WORDS = r"скачать|жүктеу|жүктеп алу|download"
# A listed document's approval note on a line of its own ("Утверждена решением Совета директоров ...", "... бұйрығымен
# бекітілген", "Approved by the Academic Council ...").
_APPROVED_LINE_RE = re.compile(r"\bутвержд[её]н\w*|\bутв\.|\bбекітілг\w*|\bбекітілді\b|\bapproved\b|\badopted\b", re.IGNORECASE)
# What a note after a listed document's title says: who approved it and when, its file's format or size.
_NOTE_WORDS = r"утв|бекіт|approved|adopted|приня|қабылд|pdf|docx?\b|xlsx?\b|rtf|\b[кkмm][бb]\b|№"
_LISTING_NOTE_RE = re.compile(rf"{_NOTE_WORDS}|\d{{4}}|"
                              r"ссылк|сілтеме|\blink\b|"  # "— ссылка на adilet.zan.kz": where the listed text is
                              r"(?<![\w.-])[a-z0-9-]+\.gov\.kz(?![\w.-])|"  # "— goszakup.gov.kz": a state portal that holds it
                              rf"{_DOWNLOAD_WORDS}", re.IGNORECASE)
_DOWNLOAD_WORD_RE = re.compile(rf"\s(?:{_DOWNLOAD_WORDS})\W*$", re.IGNORECASE)
# A file's bare note on a line of its own: "Скачать (PDF, 290 КБ)", "Жүктеу (PDF)", "Download (DOCX, 64 KB)", "PDF, 154 КБ".
_FILE_NOTE_LINE_RE = re.compile(rf"\W*(?:(?:{_DOWNLOAD_WORDS}|открыть|ашу|view|читать|оқу)\W*)?\(?\s*(?:pdf|docx?|xlsx?|rtf)\b[^\n]{{0,30}}$|"
                                rf"\W*(?:{_DOWNLOAD_WORDS})\W*$", re.IGNORECASE)
DESCRIPTION_LINES = 3  # a listed document's description between its title and its file's note
DESCRIPTION_SEGMENTS = 3 * DESCRIPTION_LINES + 1  # ... as segments (a line's label and its sentences are segments too)
ITEM_CUE_GROUPS = ("national_act", "third_party")  # what a listed document's own title says of it alone
# A deadline after a dash ("— до 10 мая 2027 г.", "— январь 2027 г.", "— 1-20 июня 2027 г.", "– 2027 жылғы 10 мамырға дейін"): the
# line is a step of a timetable, not a listed document with its note.
_DEADLINE_NOTE_RE = re.compile(
    rf"\s*(?:(?:до|не\s+позднее|by|until|before|not\s+later\s+than)\s|(?:{_MONTHS})\w*\s+20\d\d|"
    rf"\d{{1,2}}\s*[-–]\s*\d{{1,2}}\s+(?:{_MONTHS})|[^\n]{{0,40}}\sдейін\W*$)", re.IGNORECASE)
def _ends_in_deadline(line: str) -> bool:
    """Does the line end in a deadline after a dash ("... — до 10 мая 2027 г.")?"""
    start = max(line.rfind(" — "), line.rfind(" – "), line.rfind(" - "))
    return start > 0 and _DEADLINE_NOTE_RE.match(line, start + 2) is not None


# A month and a dash, then what is done in it: a plan's or a club's timetable ("Мамыр — жылдық есеп, жаңа құрамға өкілеттік
# беру", "Сентябрь – выборы актива клуба").
_MONTH_STEP_RE = re.compile(rf"\W*(?:{_MONTHS})\w*\s+[—–-]\s", re.IGNORECASE)


def _schedule_step(line: str) -> bool:
    """A step of a timetable: a month and what is done in it, or a thing to do and its deadline."""
    if "—" not in line and "–" not in line and " - " not in line:
        return False  # (a month's step and a deadline both come with a dash: most lines stop here)
    return _MONTH_STEP_RE.match(line) is not None or _ends_in_deadline(line)


# A note after a dash is short ("— скачать, PDF 210 КБ", "– 2025"), unless it says who approved the document, names its file or
# gives a room and a phone ("Директор департамента — Омарова А. Б., каб. 201, тел. ...").
DASH_NOTE_WORDS = 7
_DASH_NOTE_WORD_RE = re.compile(rf"{_NOTE_WORDS}|{_DOWNLOAD_WORDS}|"
                                r"\bкаб\.|\bтел\.|\btel\b|\broom\b|\+7|\b8\s?\(\d", re.IGNORECASE)
_TRAILING_DATE_RE = re.compile(r"\s\d{1,2}[./]\d{1,2}[./]\d{2,4}(?:\s*(?:г|ж)\.?)?$")
# A file's type and size right after the title, with no bracket or dash ("План ... на 2026 год PDF, 203 КБ": a link's text and
# the note beside it, one line in the page's text).
_BARE_FILE_NOTE_RE = re.compile(r"(?<=[^\s|])\s+(?:pdf|docx?|xlsx?|rtf|zip|pptx?)(?:[,;]?\s+\d+(?:[.,]\d+)?\s*(?:кб|мб|kb|mb))?$",
                                re.IGNORECASE)
_CLAUSE_GOES_ON_RE = re.compile(r",\s+(?:и|а\s+также|and|және|сондай-ақ)\s")
# (or its next clause: "..., утверждёнными Ученым советом; настоящее Положение определяет ...")
_NEXT_SENTENCE_RE = re.compile(rf"[.!?]\s+[{_UPPER}]|;\s+\w")
# (Not "..., принято 9 педагогов": hired, in a report's sentence.)
_APPROVED_CLAUSE_RE = re.compile(r",\s*(?:утвержд[её]н|утв\.|принят(?!\w*\s+\d)|бекітілген|approved|adopted)"
                                 # (Kazakh puts the verb last: ", директордың 2026 жылғы 29 тамыздағы №188 бұйрығымен бекітілген")
                                 r"|,\s*[^,.;]{0,100}?(?:бұйрығымен|шешімімен|хаттамасымен|қаулысымен)\s+бекітілген",
                                 re.IGNORECASE)
# Words one of which every match of _APPROVED_CLAUSE_RE holds (lower case): most lines have none, and a substring test
# is much cheaper than the search.
_APPROVED_CLAUSE_WORDS = ("утвержд", "утв.", "принят", "бекітілген", "approved", "adopted")
NOTE_TAIL_CHARS = 60  # a file's note or a download word at a line's end is shorter than this
MAX_TRAILING_NOTES = 3
_NOTE_SEPARATORS = " \t—–-,;:|"  # (a row's cell separator left dangling: "Title | решение ... | Скачать")
_LIST_NUMBER_RE = re.compile(r"\d{1,3}[.)]\s")
# A document's clause by its number ("5.1. Члены Совета вправе:"): what the clause says opens its list, no section's name.
_CLAUSE_NUMBER_RE = re.compile(r"\d{1,2}\.\d{1,2}(?:\.\d{1,2})*\.?\s")
# What a list's item says of a document that is not the institution's own: a national body's act or a law (the
# institution's own list names its own bodies: "утв. решением Учёного совета"), an association's or a school's document, or
# a paper by its author ("Иманбекова А. Т. Антикоррупционная политика ...", "A. Zhaksylykova (3rd year) — ...").
_LISTED_OTHERS_RE = re.compile(
    r"министр|министерств|ministry|minister|агентств|агенттіг|агенттік|agency|правительств|үкімет|government|\bмнво\b|\bмон\b|\bбғм\b|"
    # (a prosecutor's office, a region's administration)
    r"прокуратур|prosecutor|әкімдіг|акимат|akimat|"
    r"\bғжбм\b|\bзакон\w*|\bзаң\b|заңы\b|\blaw\s+(?:of|on)\b|\bthe\s+law\b|ассоциаци|қауымдаст|association|альянс|alliance|"
    # (a law named as such, "Law of/on ...", not an academy "of Economics and Law");
    # a school's (a partner school's code or plan on a pedagogical practice page), not the Integrity School's; "КГУ «...»"
    # is a school's legal form, "«КГУ им. ...»" a university's short name
    r"школ(?!\w*\s+добропорядочност)|(?<!парасаттылық\s)мектеб|(?<!парасаттылық\s)мектеп|\bсош\b|\bкгу\s*[«\"“]|"
    r"\bжббм\b|\bкмм\b|гимнази|лицей|"
    # a hospital's or a clinic's (a medical college's clinical base: "Антикоррупционная политика ГКП «Городская больница № 2»")
    r"больниц|аурухана|поликлиник|емхана|hospitals?\b|clinic\b|перинатальн", re.IGNORECASE)  # (not "hospitality")
# The same, case-sensitive over lower-cased text: sre folds the case of every character it compares, twice as slow.
_LISTED_OTHERS_LOWER_RE = re.compile(_LISTED_OTHERS_RE.pattern)


def _names_others(text: str) -> bool:
    # (tried only where one of its forty words starts: sre would try each of them at every letter)
    return StartsText(text.lower()).search(_LISTED_OTHERS_LOWER_RE)

_LISTED_AUTHOR_RE = re.compile(
    rf"(?:\d{{1,3}}[.)]\s*)?(?:{_SURNAME}\s[{_UPPER}]\.\s?(?:[{_UPPER}]\.)?|[{_UPPER}]\.\s?(?:[{_UPPER}]\.\s?)?{_SURNAME})"
    r"(?!\s*(?:атындағы|имени|им\.|named))(?=[\s,(–—-])")
MAX_ROW_CELLS = 8
SCALE_CELLS = 3  # a row of three bare numbers or more is a scale or data, not a document's listing
_SHARE_CELL_RE = re.compile(r"\d+(?:[.,]\d+)?\s*%$")
FIGURE_CELLS = 2  # "Anti-corruption action plan | 87 | 96": a table of figures about it (not a numbered row, nor its year)
_YEAR_CELL_RE = re.compile(r"(?:19|20)\d\d$")
LIST_PAGE_ITEMS = 3
LABEL_WORDS = 4  # "Плагиатқа қарсы жүйе:", "Телефон доверия:", "Online application:"
LABEL_FACTOR = 0.9  # a label counts a little less than a line that is a title of its own
TABLE_ROW_MIN_CELLS = 3  # a line of three cells or more is a table's row ("№ | ФИО | GPA"), never a title
NO_NOTE = 1 << 30  # (a word index past any segment's end)
PARALLEL_MIN_WORDS = 3
PARALLEL_MIN_LETTERS = 4
# Genres a page gets from what its other lines say (a law, a ministry's order, a company; a table's "Кем утверждён").
# (A guide's words below a page's list of its documents, its FAQ's "Часто задаваемые вопросы", say nothing of what they are.)
LISTED_APART_GROUPS = ("national_act", "third_party", "news", "guidance")
LISTED_TITLE_WORDS = 16  # "Колледждің сыбайлас жемқорлыққа қарсы іс-қимыл жөніндегі 2026 жылға арналған іс-шаралар жоспары"
MAX_ROW_CHARS = 400  # a row that lists one document; longer ones are read as text
ROW_NOTE_WORDS = 4  # a row's other cells say who approved it ("Учёный совет"), not what it is
# A table cell that only numbers a row, dates it, or names its file: "3", "28.08.2025", "PDF, 236 КБ", "Скачать".
_FILING_CELL = (r"\W*(?:\d{1,3}[.)]?|\d{1,2}[./]\d{1,2}[./]\d{2,4}\s*(?:г|ж|ж\.|г\.)?|"
                r"(?:pdf|docx?|xlsx?|rtf|zip|файл|file)(?:\W+\d+(?:[.,]\d+)?\s*(?:кб|мб|kb|mb))?|"
                rf"{_DOWNLOAD_WORDS}|открыть|ашу|view|"
                # (or its languages: "KZ / RU / EN", "қаз / рус")
                r"(?:kz|kk|ru|en|қаз|рус|eng|каз)(?:\s*[/,]\s*(?:kz|kk|ru|en|қаз|рус|eng|каз))+)\W*$|"
                r"[^|]{1,100}\.(?:pdf|docx?|xlsx?|rtf|zip)\s*$")  # the file's name: "Положение о магистратуре.pdf"
_FILING_CELL_RE = re.compile(_FILING_CELL, re.IGNORECASE)
# The same words in Latin-script Kazakh: "Dırektorlar keńesiniń sheshimi, ... №5 hattama", "rektordyń ... №412 buıryǵy".
_LATIN_KK_DECISION = r"sheshim|bu[ıiy]ry|k?hattam|bekit|qa[ýu]ly"
_APPROVAL_CELL = (
    # who approved it: "Решение Ученого совета, протокол № 3", "Ғылыми кеңестің шешімі, № 2 хаттама", "Order of the Rector"
    r"\W*(?:решени|приказ|протокол|утвержд|постановлени|шешім|бұйры|хаттам|бекіт|decision|order|minutes|approved|resolution|"
    rf"{_LATIN_KK_DECISION})[^|]{{0,80}}$|"
    # or, in Kazakh, the decision's word last: "Директорлар кеңесінің 2025 жылғы 18 желтоқсандағы № 9 шешімі", "... № 08-НҚ бұйрығы"
    rf"(?=[^|]{{0,140}}$)[^|]*(?:шешім|бұйры|хаттам|қаулы|{_LATIN_KK_DECISION})\w*\W*$")
_APPROVAL_CELL_RE = re.compile(_APPROVAL_CELL, re.IGNORECASE)
# A cell that names the body and its minutes with their date: "Academic council, minutes No. 2 from 30.09.2026", "Board of
# Directors, decision No. 4 of 23 May 2024", and in the Kazakh order, year first: "2025 ж. 24 қаңтар, Басқарма хаттамасы № 2".
# A full date in a cell: "30.09.2026", "23 May 2024", "May 23, 2024", "2025 ж. 24 қаңтар".
_CELL_DATE = (rf"(?:\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|\d{{1,2}}\s+(?:{_MONTHS})\w*\s+\d{{4}}|(?:{_MONTHS})\w*\s+\d{{1,2}},?\s+\d{{4}}|"
              rf"\d{{4}}\s*(?:ж\.?|жылғы)\s*\d{{1,2}}\s+(?:{_MONTHS}))")
_DATED_DECISION_CELL = (
    rf"(?=[^|]{{0,100}}$)(?=[^|]*(?:протокол|хаттам|minutes|решени|шешім|decision|приказ|бұйры|order))[^|]*{_CELL_DATE}|"
    # ... or the body alone, then the date: "Директорлар кеңесі, 2024 ж. 18 сәуір", "Учёный совет, 28.08.2026".
    rf"\W*(?=[^|,]{{0,50}}(?:кеңес|совет|council|board|басқарма|правлени))[^|,]{{1,50}},\s*{_CELL_DATE}\w*\W*$")
_DATED_DECISION_CELL_RE = re.compile(_DATED_DECISION_CELL, re.IGNORECASE)
_NOTE_CELL_RE = re.compile(rf"{_FILING_CELL}|{_APPROVAL_CELL}|{_DATED_DECISION_CELL}", re.IGNORECASE)
MAX_TITLE_LANGUAGES = 3  # kk / ru / en
_BULLETS = "-–—•·*●→►▪■ "  # a list item's mark is not a word of its title
_BULLET_CLASS = "[" + re.escape(_BULLETS.strip()) + "]"  # (the same marks in a regex)
_MENU_MARKS = _BULLETS + "›»→▸►"  # what marks a list's or a sidebar's item (see _section_menu_lines)


class _LazyListPage:
    """Whether a page lists documents (LIST_PAGE_ITEMS or more lines of its own are marked as a list's items);
    worked out on first use, since few pages need it."""

    def __init__(self, segments: list[Segment]) -> None:
        self._segments = segments
        self._holds: bool | None = None

    def holds(self) -> bool:
        if self._holds is None:
            lines = {seg.display for seg in self._segments if seg.part in ("line", "body", "heading")
                     and not seg.joined and seg.lead_rank != 0 and len(seg.display) <= MAX_ROW_CHARS}
            opening = [seg.display for seg in self._segments if seg.part in ("line", "body", "heading")
                       and not seg.joined][:DOCUMENT_OPENING_LINES]
            if any(_BODY_OPENING_RE.match(line) for line in opening):
                self._holds = False  # a document's own text ("1. Жалпы ережелер"): its numbered lines are its sections
                return False
            # (a title listed with its file's note below it counts as much as one marked, and once)
            items = len({seg.display for seg in self._segments if seg.listed and not _list_item(seg.display)})
            for line in lines:
                if items >= LIST_PAGE_ITEMS:
                    break
                items += _list_item(line)
            self._holds = items >= LIST_PAGE_ITEMS
        return self._holds


def _list_item(line: str) -> bool:
    """A line marked as an item of a list: a bullet, a number, a table's cells or a note on its file."""
    return (line.lstrip(_BULLETS) != line or _starts_numbered(line) or " | " in line
            or _has_trailing_note(line))


_BROKEN_WORD_RE = re.compile(r"[^\W\d_]-$")


def _joined(line: str, following: str) -> str:
    """Two lines of one title as one: a word hyphenated at the line's end is whole again ("Положение о магистер-" /
    "ской диссертации")."""
    if _BROKEN_WORD_RE.search(line) and following[:1].islower():
        return line[:-1] + following
    return f"{line} {following}"


def _sentence_case_name(line: str) -> bool:
    """A document's short name in sentence case, naming its kind ("Ішкі тәртіп ережелері"), not a piece of a title in
    capitals or in lower case, nor a letterhead's or a place's line ("Жаратылыстану факультеті", "Бурабай кенті")."""
    words = line.split()
    return (len(words) >= 2 and _short_name(line) and line[:1].isupper() and line[1:2].islower()
            and not any(char.isdigit() for char in words[0]) and bool(_TITLE_WORD_RE.search(line)))


_LABEL_RE = re.compile(r"((?:\d{1,2}(?:/\d|-\w+)\s+)?[^\W\d][^:;.!?]{2,60}?):\s+\S")  # (also "24-hour trust line:", "24/7 ...:")
_ENUMERATION_RE = re.compile(r"\((?:[^(),]{2,80},\s*){2,}[^(),]{2,80}\)")
# A bracketed aside giving an example or a part of what the sentence names ("(incl. academic mobility incoming students)",
# "(в том числе обучающиеся по академической мобильности)", "(оның ішінде ...)").
_INCLUSION_ASIDE_RE = re.compile(r"\((?:incl\.|including|e\.\s?g\.|such\s+as|в\s+т\.\s?ч\.|в\s+том\s+числе|включая|например|"
                                 r"оның\s+ішінде|соның\s+ішінде|мысалы)[^()]{2,120}\)", re.IGNORECASE)
_ENTRY_LABEL_RE = re.compile(_BULLET_CLASS + r"\s*([^\W\d][^—–:;.!?|«»]{2,160}?)\s+[—–]\s+\S")
# What follows a label is a figure, a report's line ("Академиялық ұтқырлық бағдарламасына қатысушылар: 146 студент"):
# the label names what was counted, not a thing the page describes.
_FIGURE_RE = re.compile(r"\s*\d[\d\s.,]*\s*(?:%|[^\W\d]+\.?)\s*$")
_SHORT_NUMBER_RE = re.compile(r"\d[\d\s.,]{0,6}")


def _line_label(line: str) -> str:
    """The short label a line opens with ("Плагиатқа қарсы жүйе: барлық жұмыстар ... тексеріледі"), or "": a name of
    LABEL_WORDS words or fewer before a colon, not a list's item, nor a figure's ("Участники мобильности: 146 студентов")."""
    match = _LABEL_RE.match(line)
    # (Its values may be a row of cells: "Results of previous surveys: Spring 2026 | Fall 2025".)
    if match is None or _list_item(line[:match.end(1)] + line[match.end():].replace(" | ", " ")) or _counted(line):
        return ""
    label = match.group(1).strip()
    return label if len(label.split()) <= LABEL_WORDS else ""


def _entry_label(line: str, filed: bool = False) -> str:
    """The short name a list's entry opens with before a dash and its description ("- Блог директора — задайте вопрос
    директору ..."), or "": not a person's ("- Нұрланов Дәурен – клуб төрағасы"), nor a figure's. An entry whose file's
    note follows its description (`filed`) is a listed document: its title may run as long as a listed title's."""
    match = _ENTRY_LABEL_RE.match(line)
    if match is None and filed:
        # (or its approval note in brackets, then what it covers: "- Rules of Master's Studies (approved by the Academic
        # Council, Minutes No. 2, 25 September 2025). Sets out admission to ..." / "Download (PDF, 540 KB)")
        match = _ENTRY_NOTED_LABEL_RE.match(line)
        if match is not None and _names_others(line[match.end():line.find(")", match.end()) + 1 or None]):
            return ""  # (its note names another's act: "(ҚР БҒМ 2012 жылғы 21 ақпандағы № 57 бұйрығы)", read with the line)
    if match is None or _PERSON_LINE_RE.match(line) or _counted(line):
        return ""
    label = match.group(1).strip()
    if filed and "(" not in label and not _names_others(label):
        return label if len(label.split()) <= LISTED_TITLE_WORDS else ""
    # (A listed document with its file's note, then a remark: "- Student Code of Honour (PDF, 310 KB) — every student must
    # sign ...": its title may run as long as a listed title; not one with a note of its own, "... (Қауымдастықтың жалпы
    # жиналысы қабылдаған, 2022) (PDF)", which the line is read with.)
    title = _ENTRY_FILE_NOTE_RE.sub("", label)
    if title != label and "(" not in title:
        return label if len(title.split()) <= LISTED_TITLE_WORDS else ""
    return label if len(label.split()) <= LABEL_WORDS else ""


def _filed_after(lines: list[str], number: int) -> bool:
    """Does the file's note of the list's entry on line `number` follow its description, before the next entry ("- Regulations
    on the Master's Thesis — topic approval, supervision, ... defence." / "Approved 29 May 2026, Minutes No. 9." / "Download
    (PDF, 468 KB) | Kazakh (PDF)"), or end its line ("... defence. Approved ... Download (PDF, 468 KB)")?"""
    if _FILE_NOTE_RE.search(lines[number][-NOTE_TAIL_CHARS:]):
        return True
    for below in lines[number + 1:number + 1 + DESCRIPTION_LINES]:
        below = below.strip()
        if below.lstrip(_BULLETS) != below or _starts_numbered(below):
            return False  # (the next entry)
        if len(below.split()) <= NOTE_LINE_WORDS and _FILE_NOTE_RE.search(below):
            return True
        if not (_describes(below) or _APPROVED_LINE_RE.search(below)):
            return False
    return False


_ENTRY_NOTED_LABEL_RE = re.compile(rf"{_BULLET_CLASS}\s*([^\W\d][^—–:;.!?|«»()]{{2,160}}?)\s+\((?=[^()]{{0,120}}?(?:{_NOTE_WORDS}))",
                                   re.IGNORECASE)
_ENTRY_FILE_NOTE_RE = re.compile(r"\s*\((?:pdf|docx?|xlsx?|rtf|odt|pptx?)\b[^()]{0,30}\)$", re.IGNORECASE)


def _counted(line: str) -> bool:
    """Is the line a label and a figure ("Участники академической мобильности: 146 студентов", "Охват: 100%"), also as a
    table's row of two cells ("Студентов, участвовавших в академической мобильности | 134")?"""
    cells = line.split(" | ")
    if len(cells) == 2:  # (a bare number too, if short: "134", not a phone's "8 800 080 12 34")
        return _FIGURE_RE.match(cells[1]) is not None or _SHORT_NUMBER_RE.fullmatch(cells[1].strip()) is not None
    match = _LABEL_RE.match(line) if ":" in line else None
    return match is not None and _FIGURE_RE.match(line, match.end(1) + 1) is not None


def _parallel_items(line: str, following: str) -> bool:
    """Two titles of one list, not one title broken over two lines: both short names of PARALLEL_MIN_WORDS words or more, opening
    or ending with the same word ("Положение о магистратуре" / "Положение о докторантуре PhD", "Магистратура туралы
    ереже" / "Докторантура туралы ереже")."""
    words, next_words = line.lower().split(), following.lower().split()
    if (len(words) < PARALLEL_MIN_WORDS or len(next_words) < PARALLEL_MIN_WORDS
            or not (_short_name(line) and _short_name(following))):
        return False
    return ((words[0] == next_words[0] and len(words[0]) >= PARALLEL_MIN_LETTERS)
            or (words[-1] == next_words[-1] and len(words[-1]) >= PARALLEL_MIN_LETTERS))


def _has_trailing_note(line: str) -> bool:
    return len(_without_trailing_note(line)) < len(line.rstrip())


@functools.lru_cache(maxsize=8192)  # (the same lines are asked about by several rules in one page)
def _without_trailing_note(line: str) -> str:
    """A listed document's title without the notes after it: "(утверждено ... 2025 года)", "(PDF, 1,2 МБ)",
    ", approved by the Academic Council on ...", " — скачать, PDF 210 КБ". Notes that say something else are kept
    ("(жоба)", "(Project)", "– 2 единицы")."""
    core = line.rstrip()
    for _ in range(MAX_TRAILING_NOTES):
        # (Both notes end the line and are short: searched in its tail, not from every word of a long sentence.)
        tail = max(0, len(core) - NOTE_TAIL_CHARS)
        bare_note = _BARE_FILE_NOTE_RE.search(core, tail)
        if bare_note is not None and len(core[:bare_note.start()].split()) > 1:
            core = core[:bare_note.start()].rstrip(_NOTE_SEPARATORS)
            continue
        word = _DOWNLOAD_WORD_RE.search(core, tail)
        if word is not None and word.start() > 0:  # "... (PDF, 64 КБ) жүктеу", "... (PDF) — скачать"
            core = core[:word.start()].rstrip(_NOTE_SEPARATORS)
            continue
        date = _TRAILING_DATE_RE.search(core) if core[-1:].isdigit() or core.endswith(".") else None
        if date is not None and core[:date.start()].rstrip().endswith(")"):  # "... (PDF, 250 KB) 15.01.2024": posted
            core = core[:date.start()].rstrip(_NOTE_SEPARATORS)
            continue
        bracketed = core.endswith((")", "]"))  # ("[PDF, 412 КБ]" as well as "(PDF, 412 КБ)")
        if bracketed:
            start = core.rfind("(" if core.endswith(")") else "[")
        else:  # "Title — скачать, PDF 210 КБ"
            start = max(core.rfind(" — "), core.rfind(" – "), core.rfind(" - "))
        if start <= 0 or not _LISTING_NOTE_RE.search(core, start) or (
                not bracketed and _NEXT_SENTENCE_RE.search(core, start)):
            break  # (not a sentence after a dash: "... 29-ы – жоғары санатты педагогтар. Оқу жылы ішінде ... қабылданды.")
        if not bracketed and core.count("«", 0, start) > core.count("»", 0, start):
            break  # (nor a dash inside a name in quotes: "«Үздік куратор – 2026» байқауы конкурстық комиссиясының ... хаттамасы")
        if (not bracketed and len(core[start:].split()) > DASH_NOTE_WORDS
                and not _DASH_NOTE_WORD_RE.search(core, start)):
            break  # (nor a title's own dash with its year: "... отчёт Председателя Правления – Ректора о деятельности за 2025 год")
        if not bracketed and _ends_in_deadline(core):
            break  # (nor a timetable's step and its deadline: "Загрузка диссертации для проверки — до 10 мая 2027 г.")
        core = core[:start].rstrip(_NOTE_SEPARATORS)
    clause = None
    if "," in core:
        lowered = core.lower()
        if any(word in lowered for word in _APPROVED_CLAUSE_WORDS):
            clause = _APPROVED_CLAUSE_RE.search(core)
    if (clause is not None and clause.start() > 0 and not _NEXT_SENTENCE_RE.search(core, clause.end())
            # (nor a sentence that goes on past the clause: "... характеристиками должностей, утверждёнными приказом ..., и
            # Правилами конкурсного замещения ... университета.")
            and not _CLAUSE_GOES_ON_RE.search(core, clause.end())):
        core = core[:clause.start()]  # (not a paragraph's: "Проведен анализ рисков, утвержден план ... . В блог ...")
    return core


def _heads_a_list(line: str) -> bool:
    """A short line that opens the list under it by naming the document or the list ("Состав комиссии на 2026 год:",
    "Клубтың жұмыс жоспары:"), not one that says something ("Комиссия выполняет следующие функции:")."""
    head = line[:-1]
    # (The kind may come before a note on what the list covers: "Стипендияға үміткерлер тізімі (2026-2027 оқу жылы):")
    return (line.endswith(":") and _is_title_like(head)
            and bool(_DOCUMENT_LINE_START_RE.match(head) or _DOCUMENT_LINE_END_RE.search(_without_trailing_note(head))))


def _near(positions: dict[str, list[tuple[int, float]]], item: str, start: int, end: int) -> bool:
    return any(start <= pos <= end for pos, _ in positions.get(item, ()))


def _snippet(seg: Segment, hit: Hit) -> str:
    """Up to SNIPPET_CHARS of the segment around the matched words, whitespace collapsed."""
    text = seg.display
    if len(text) <= SNIPPET_CHARS:
        return " ".join(text.split())
    offsets = seg.scan.offsets
    start_char = offsets.get(hit.start, (0, 0))[0]
    end_char = offsets.get(hit.end, (start_char, start_char))[1]
    middle = (start_char + end_char) // 2
    left = max(0, min(middle - SNIPPET_CHARS // 2, len(text) - SNIPPET_CHARS))
    piece = text[left:left + SNIPPET_CHARS]
    piece = " ".join(piece.split())
    if left > 0:
        piece = "…" + piece[1:]
    if left + SNIPPET_CHARS < len(text):
        piece = piece[:-1] + "…"
    return piece[:SNIPPET_CHARS]

