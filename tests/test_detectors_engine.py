"""Detection on texts written for these tests (never the development pages): kk, ru, en and
Latin-script Kazakh pages, documents evidenced through link texts, and the negatives that must not
count (news, seminars, quizzes, national acts, other organisations)."""

from __future__ import annotations

import datetime as dt

import pytest
from hostile.files import make_pdf

from adalscan.models import Document, Link
from detectors.engine import Detector

AS_OF = dt.date(2025, 11, 25)
U = "https://uni.example.test"
C = "https://college.example.test"


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def found(detector: Detector, doc: Document, itype: str = "university") -> dict[str, float]:
    return {e.artefact_id: e.confidence for e in detector.detect(doc, itype, AS_OF) if e.confidence >= 0.5}


def page(url: str, title: str = "", body: str = "", headings: list[str] | None = None, kind: str = "html",
         **kw) -> Document:
    return Document(url=url, kind=kind, title=title, headings=headings if headings is not None else
                    ([title] if title else []), body=body, **kw)


# (id, document, institution type, artefacts that must be found, artefacts that must not be found)
POSITIVE_CASES = [
    ("plan-ru", page(f"{U}/ru/protivodeystvie-korruptsii/plan", "План мероприятий по противодействию коррупции на 2025-2026 учебный год",
                     "1. Проведение антикоррупционного мониторинга. Ответственный: комплаенс-офицер. Срок: ежеквартально."),
     "university", {"anticorruption_plan"}, set()),
    ("plan-kk", page(f"{U}/kk/sybaylas", "Сыбайлас жемқорлыққа қарсы іс-қимыл жөніндегі 2025-2026 оқу жылына арналған жұмыс жоспары",
                     "Іс-шаралар тізбесі: адалдық сағаттарын өткізу, сауалнама жүргізу."), "college", {"anticorruption_plan"}, set()),
    ("plan-kk-lookalike", page(f"{C}/kk/antikor", "Жемкорлыкка карсы іс-шаралар жоспары",
                               "Колледж бойынша жемкорлыкка карсы жумыс жоспары бекітілді."), "college", {"anticorruption_plan"}, set()),
    ("plan-en", page(f"{U}/en/anti-corruption", "Anti-Corruption Action Plan for the 2025-2026 academic year",
                     "The plan of measures to counter corruption includes training of staff and students."), "university",
     {"anticorruption_plan"}, set()),
    ("plan-latin-kk", page(f"{U}/qz/jospar", "Sybaılas jemqorlyqqa qarsy is-qımyl josparı",
                           "Universitettiñ 2025-2026 oqu jylyna arnalǵan josparı."), "university", {"anticorruption_plan"}, set()),
    ("plan-anchor", Document(url=f"{U}/upload/Zhospar.pdf", kind="pdf", body="1. Іс-шара\n2. Мерзімі",
                             anchor_texts=["Сыбайлас жемқорлыққа қарсы іс-шаралар жоспары 2025-2026"]), "university",
     {"anticorruption_plan"}, set()),
    ("policy-ru", page(f"{U}/ru/antikorruptsionnaya-politika", "Антикоррупционная политика университета",
                       "Настоящая Антикоррупционная политика определяет основные принципы противодействия коррупции в университете."),
     "university", {"anticorruption_policy"}, set()),
    ("policy-kk", page(f"{U}/kk/sayasat", "Университеттің сыбайлас жемқорлыққа қарсы саясаты",
                       "Осы саясат университет қызметкерлері үшін міндетті."), "university", {"anticorruption_policy"}, set()),
    ("standard-ru", page(f"{U}/ru/standard", "Антикоррупционный стандарт",
                         "Стандарт обеспечения открытости и прозрачности в организациях высшего образования."), "university",
     {"anticorruption_standard"}, set()),
    ("commission-regulation", page(f"{U}/ru/komissiya", "Положение об антикоррупционной комиссии",
                                   "1. Общие положения. Комиссия по противодействию коррупции является совещательным органом."),
     "university", {"anticorruption_commission_regulation"}, {"anticorruption_commission_composition"}),
    ("commission-composition-kk", page(f"{U}/kk/komissiya-kuramy", "Сыбайлас жемқорлыққа қарсы комиссияның құрамы",
                                       "Төраға: проректор. Мүшелері: заң кеңесшісі, студенттер өкілі."), "university",
     {"anticorruption_commission_composition"}, {"anticorruption_commission_regulation"}),
    ("commission-minutes", Document(url=f"{U}/files/protokol3.pdf", kind="pdf",
                                    body="ПРОТОКОЛ № 3\nзаседания антикоррупционной комиссии\nот 12 марта 2025 года\nПовестка дня: 1. Об итогах мониторинга."),
     "university", {"anticorruption_commission_reports"}, {"anticorruption_commission_regulation"}),
    ("gifts", page(f"{U}/ru/gifts", "Положение о процедуре «Подарки и представительские расходы»",
                   "Работникам запрещается принимать подарки в связи с исполнением должностных обязанностей."), "university",
     {"gifts_policy"}, set()),
    ("coi-en", page(f"{U}/en/coi", "Conflict of Interest Policy",
                    "This Policy sets out how employees disclose and manage a conflict of interest."), "university",
     {"conflict_of_interest_policy"}, set()),
    ("coi-kk", page(f"{U}/kk/muddeler", "Мүдделер қақтығысын реттеу саясаты", "Осы саясат мүдделер қақтығысын анықтау тәртібін белгілейді."),
     "university", {"conflict_of_interest_policy"}, set()),
    ("integrity-school", page(f"{U}/kk/parasattylyq", "Парасаттылық мектебінің 2025-2026 оқу жылына арналған жұмыс жоспары",
                              "Мектеп отырыстары айына бір рет өтеді."), "university", {"integrity_school"}, set()),
    ("integrity-school-ru", page(f"{U}/ru/school", "Положение о Школе добропорядочности", "Школа добропорядочности создается в целях ..."),
     "university", {"integrity_school"}, set()),
    ("sanaly-club", page(f"{C}/kk/sanaly", "«Саналы ұрпақ» студенттер клубының ережесі",
                         "Клуб мүшелері колледж студенттерінен тұрады."), "college", {"sanaly_urpaq_club"}, set()),
    ("staff-code-ru", page(f"{U}/ru/kodeks", "Кодекс чести профессорско-преподавательского состава и сотрудников",
                           "Настоящий Кодекс устанавливает нормы поведения преподавателей."), "university",
     {"staff_ethics_code"}, {"student_ethics_code"}),
    ("staff-code-kk", page(f"{U}/kk/ar-namys", "Оқытушылар мен қызметкерлердің ар-намыс кодексі",
                           "Осы кодекс оқытушылардың кәсіби әдебін айқындайды."), "university",
     {"staff_ethics_code"}, {"student_ethics_code"}),
    ("student-code-kk", page(f"{U}/kk/student-kodeks", "Студенттің ар-намыс кодексі",
                             "Білім алушылар академиялық адалдық қағидаттарын сақтайды."), "university",
     {"student_ethics_code"}, {"staff_ethics_code"}),
    ("student-code-en", page(f"{U}/en/honor-code", "Student Code of Honour", "Students shall not cheat in exams."), "university",
     {"student_ethics_code"}, {"staff_ethics_code"}),
    ("both-codes", page(f"{U}/ru/etika", "Кодекс этики студентов и преподавателей",
                        "Кодекс распространяется на обучающихся и работников университета."), "university",
     {"student_ethics_code", "staff_ethics_code"}, set()),
    ("hotline-ru", page(f"{U}/ru/telefon-doveriya", "Телефон доверия",
                        "Сообщить о фактах коррупции можно круглосуточно по телефону +7 (7172) 55-44-33."), "university",
     {"hotline"}, set()),
    ("hotline-kk", page(f"{U}/kk/senim", "Сенім телефоны", "Тәулік бойы жұмыс істейтін байланыс орталығы: 8 800 080 1234."),
     "university", {"hotline"}, set()),
    ("dorm-ru", page(f"{U}/ru/obshchezhitie", "Онлайн-заселение в общежитие",
                     "Подайте заявку на место в общежитии через личный кабинет на портале."), "university",
     {"dormitory_online_registration"}, set()),
    ("dorm-kk", page(f"{U}/kk/zhataqkhana", "Жатақханаға онлайн тіркелу", "Өтінім жеке кабинет арқылы беріледі."), "university",
     {"dormitory_online_registration"}, set()),
    ("teacher-eyes", page(f"{U}/ru/opros", "Результаты анкетирования «Преподаватель глазами студентов» за 2024-2025 учебный год",
                          "В опросе приняли участие 1200 студентов."), "university",
     {"teacher_evaluation_surveys"}, set()),
    ("survey-results-kk", page(f"{U}/kk/saualnama", "Әлеуметтік сауалнама нәтижелері",
                               "Сауалнамаға 500 білім алушы қатысты."), "university", {"survey_results"}, set()),
    ("vacancies-ru", page(f"{U}/ru/vakansii", "Вакансии",
                          "Университет объявляет конкурс на замещение вакантных должностей профессорско-преподавательского состава."),
     "university", {"vacancy_announcements"}, {"vacancy_rules"}),
    ("vacancy-rules", page(f"{U}/ru/pravila", "Правила конкурсного замещения должностей руководителей и педагогов",
                           "Настоящие Правила определяют порядок проведения конкурса."), "university",
     {"vacancy_rules"}, {"vacancy_announcements"}),
    ("competition-minutes-kk", Document(url=f"{C}/files/hattama.pdf", kind="pdf",
                                        body="Конкурстық комиссия отырысының хаттамасы № 2\nБос лауазымға орналасу конкурсы"),
     "college", {"competition_commission_minutes"}, set()),
    ("competition-results", page(f"{U}/ru/itogi", "Итоги конкурса на замещение вакантных должностей ППС",
                                 "Победители конкурса: Иванов И. (доцент)."), "university",
     {"competition_commission_minutes"}, {"vacancy_announcements"}),
    ("qualification", page(f"{U}/ru/kval", "Квалификационные требования к должностям ППС", "Требования к стажу и учёной степени."),
     "university", {"qualification_requirements"}, set()),
    ("hiring-rules", page(f"{U}/ru/kadry", "Положение о порядке приема и увольнения работников", "Прием на работу оформляется приказом."),
     "university", {"hiring_dismissal_rules"}, set()),
    ("trustees-regulation", page(f"{C}/ru/popsovet", "Положение о попечительском совете колледжа", "Попечительский совет создается ..."),
     "college", {"board_of_trustees_regulation"}, {"board_of_trustees_composition"}),
    ("trustees-composition-kk", page(f"{C}/kk/kamkorshylyk", "Қамқоршылық кеңесінің құрамы", "Төраға: Асанов А."), "college",
     {"board_of_trustees_composition"}, set()),
    ("trustees-minutes", Document(url=f"{C}/files/ps.pdf", kind="pdf",
                                  body="Протокол № 4\nзаседания Попечительского совета\n15.05.2025"), "college",
     {"board_of_trustees_minutes"}, set()),
    ("head-blog-kk", page(f"{U}/kk/rektor-blogy", "Ректор блогы", "Сұрағыңызды ректорға жолдаңыз."), "university", {"head_blog"}, set()),
    ("head-report", page(f"{U}/ru/otchet", "Публичный отчет ректора за 2024 год", "Ректор представил итоги работы университета."),
     "university", {"head_annual_report"}, set()),
    ("e-journal", page(f"{C}/ru/journal", "Электронный журнал", "Посещаемость и успеваемость обучающихся ведутся в электронном журнале."),
     "college", {"e_journal"}, set()),
    ("exam-rules-ru", page(f"{U}/ru/attestaciya", "Положение о проведении промежуточной и итоговой аттестации обучающихся",
                           "Экзамены проводятся в письменной форме."), "university", {"exam_rules"}, set()),
    ("exam-rules-kk", Document(url=f"{C}/files/emtihan.pdf", kind="pdf",
                               body="«БЕКІТЕМІН»\nКолледж директоры\nЕмтихан өткізу тәртібі туралы\nЕРЕЖЕ\n1. Жалпы ережелер"),
     "college", {"exam_rules"}, set()),
    ("masters-statute-en", page(f"{U}/en/university/masters-statute", "Statute of the master's degree studies",
                                "1. General provisions. 2. Admission to the master's programmes."), "university",
     {"masters_regulation"}, set()),
    # "итоговый / рубежный контроль знаний" as machine translation renders it
    ("exam-rules-en-translated", page(f"{C}/en/about/knowledge-control", "Order of carrying out midterm and final control",
                                      "1. General provisions. 2. Students are admitted if their rating is at least 50 points."),
     "college", {"exam_rules"}, set()),
    ("mobility-kk", page(f"{U}/kk/mobility", "Академиялық ұтқырлық", "Білім алушылар серіктес университеттерде бір семестр оқиды."),
     "university", {"academic_mobility"}, set()),
    ("vacant-grants", page(f"{U}/ru/granty", "Конкурс на присуждение вакантных образовательных грантов",
                           "Список претендентов на вакантные гранты будет опубликован."), "university",
     {"grant_transfer_candidates"}, set()),
    ("scholarship-kk", page(f"{U}/kk/stipendiya", "Мемлекеттік стипендия тағайындау тәртібі",
                            "Стипендия емтихан сессиясының нәтижелері бойынша тағайындалады."), "university",
     {"scholarship_info"}, {"scholarship_candidates"}),
    ("scholarship-candidates", page(f"{U}/ru/kandidaty", "Список претендентов на именную стипендию",
                                    "Претенденты: Иванов И., Ахметова А."), "university", {"scholarship_candidates"}, set()),
    ("transfer-online", page(f"{U}/ru/perevod", "Онлайн-подача заявления на перевод",
                             "Заявление на перевод подается через портал университета."), "university",
     {"online_transfer_service"}, set()),
    ("antiplagiarism-en", page(f"{U}/en/plagiarism", "Anti-plagiarism check",
                               "All theses are checked with the StrikePlagiarism system."), "university", {"antiplagiarism"}, set()),
    ("thesis-kk", Document(url=f"{U}/files/diplom.pdf", kind="pdf",
                           body="Дипломдық жұмысты (жобаны) орындау\nжәне қорғау туралы\nЕРЕЖЕ\n1. Жалпы ережелер"),
     "university", {"thesis_regulation"}, {"master_thesis_regulation"}),
    ("master-thesis-ru", page(f"{U}/ru/magistr", "Положение о магистерской диссертации", "Магистерская диссертация выполняется ..."),
     "university", {"master_thesis_regulation"}, {"thesis_regulation", "masters_regulation"}),
    ("diss-council", page(f"{U}/ru/dissovet", "Положение о диссертационном совете университета",
                          "Настоящее Положение разработано в соответствии с Типовым положением о диссертационном совете."),
     "university", {"dissertation_council_regulation"}, {"phd_regulation"}),
    ("magistracy", page(f"{U}/kk/magistratura-ereze", "Магистратура туралы ереже", "Осы ереже магистратурада оқу тәртібін айқындайды."),
     "university", {"masters_regulation"}, {"master_thesis_regulation"}),
    ("phd", page(f"{U}/en/phd", "Regulation on PhD Doctoral Studies", "Doctoral students follow an individual plan."),
     "university", {"phd_regulation"}, set()),
    ("plan-latin-slug", Document(url=f"{U}/upload/sybaylas-zhemkorlykka-karsy-is-sharalar-zhospary-2025-2026.pdf",
                                 kind="pdf", body="1. Адалдық сағаты"), "university", {"anticorruption_plan"}, set()),
    ("policy-ru-slug", Document(url=f"{U}/files/antikorruptsionnaya-politika.pdf", kind="pdf", body="Общие положения"),
     "university", {"anticorruption_policy"}, set()),
    ("code-latin-2018", page(f"{U}/qz/kodeks", "Stýdentterdiń ar-namys kodeksi", "Osy kodeks bilim alýshylarǵa arnalǵan."),
     "university", {"student_ethics_code"}, set()),
    ("procurement-link", Document(url=f"{U}/ru/zakupki", kind="html", title="Государственные закупки",
                                  headings=["Государственные закупки"], body="План государственных закупок на 2025 год",
                                  links=[Link("https://goszakup.gov.kz/ru/search/announce", "Портал госзакупок")]),
     "university", {"goszakup_procurement"}, set()),
]

NEGATIVE_CASES = [
    ("news-seminar-kk", page(f"{U}/kk/news/5521", "Университетте сыбайлас жемқорлыққа қарсы семинар өтті",
                             "Кеше университетте сыбайлас жемқорлыққа қарсы іс-қимыл жоспары талқыланды. Семинарға 200 студент қатысты."),
     "university"),
    ("news-plan-signed-en", page(f"{U}/en/news/771", "Anti-corruption plan has been signed",
                                 "On Monday the rector and the regional agency signed a joint plan. Students took part in a quiz."),
     "university"),
    ("quiz-ru", page(f"{U}/ru/news/quiz", "Викторина «Коррупции – нет!»",
                     "Состоялась викторина среди студентов первого курса о кодексе чести и антикоррупционной политике."),
     "university"),
    ("honesty-hour-kk", page(f"{C}/kk/2025/03/12/adaldyq", "«Адалдық сағаты» өтті",
                             "Колледжде «Саналы ұрпақ» клубының мүшелері адалдық сағатын ұйымдастырды. Іс-шараға студенттер қатысты."),
     "college"),
    ("national-concept", page(f"{U}/ru/news/concept", "Обсуждена Концепция антикоррупционной политики на 2022-2026 годы",
                              "Сотрудники приняли участие в обсуждении государственной антикоррупционной политики."),
     "university"),
    ("model-rules", page(f"{U}/ru/npa", "Типовые правила деятельности попечительского совета",
                         "Утверждены приказом Министра просвещения."), "college"),
    ("exam-schedule", page(f"{U}/ru/raspisanie", "Расписание экзаменов зимней сессии", "Группа ИС-21: 15 января, ауд. 301."),
     "university"),
    ("school-ethics", page("https://sc0042.region.example.test/ru/etika", "Кодекс этики педагогов",
                           "Кодекс этики педагогов общеобразовательной школы № 42."), "college"),
    ("stipend-news", page("https://gazeta.example.test/stipendiya-uvelichitsya", "Стипендия студентов увеличится",
                          "С 1 января размер стипендии будет повышен на 20 процентов, сообщили в министерстве."),
     "university"),
    ("dorm-paper", page(f"{U}/ru/obshchezhitie", "Общежитие", "Заявление на заселение подается в деканат на бумаге. Стоимость 15 000 тенге."),
     "university"),
    ("student-essay", page(f"{U}/ru/ref", "Реферат: Магистерская диссертация и требования к ней",
                           "Выполнил: студент группы М-12. Проверил: доцент Петров."), "university"),
    ("menu-only-section", page(f"{U}/ru/about", "О нас", "Университет основан в 1960 году. Ректор: Абенов А."), "university"),
    ("scientific-e-journal", page(f"{U}/ru/vestnik", "Электронный журнал «Вестник университета»",
                                  "Журнал публикует научные статьи. ISSN 1234-5678. Редакция принимает рукописи."), "university"),
    ("plan-news-approved", page(f"{U}/ru/news/plan", "Утвержден план мероприятий по противодействию коррупции",
                                "На заседании ректората утвержден план. В обсуждении приняли участие деканы."), "university"),
    ("commission-meeting-news", page(f"{U}/kk/news/komissiya", "Сыбайлас жемқорлыққа қарсы комиссияның отырысы өтті",
                                     "Отырысқа комиссия мүшелері қатысты."), "university"),
    ("development-plan", page(f"{U}/ru/plan-razvitiya", "План развития университета на 2025-2029 годы",
                              "Стратегические цели: качество образования, наука."), "university"),
    ("upbringing-plan", page(f"{C}/kk/tarbie", "2025-2026 оқу жылына арналған тәрбие жұмысының жоспары",
                             "Қыркүйек: білім күні. Қазан: адалдық сағаты."), "college"),
    ("best-teacher-contest", page(f"{U}/ru/konkurs", "Положение о конкурсе «Лучший преподаватель года»",
                                  "Конкурс проводится ежегодно среди преподавателей."), "university"),
    ("bolashak", page(f"{U}/ru/bolashak", "Международная стипендия «Болашак»",
                      "Программа обучения за рубежом для граждан Казахстана."), "university"),
    ("internal-rules", page(f"{C}/ru/pravila", "Правила внутреннего распорядка для обучающихся",
                            "Обучающиеся обязаны соблюдать дисциплину."), "college"),
    ("flashmob-news", page(f"{U}/ru/news/flash", "Студенты приняли участие в антикоррупционном флешмобе",
                           "В рамках недели добропорядочности студенты провели флешмоб."), "university"),
    ("contacts-call-centre", page(f"{U}/en/contacts", "Contacts", "Call center: +7 727 000 00 00. Email: info@uni.example.test"),
     "university"),
    ("translation-bureau", page(f"{U}/ru/translate", "Бюро переводов",
                                "Онлайн заявка на перевод документов на английский язык."), "university"),
    ("rector-meeting-news", page(f"{U}/ru/news/meeting", "Встреча ректора со студентами",
                                 "Ректор ответил на вопросы студентов о стипендиях, общежитии и переводе на грант."), "university"),
    ("research-grants", page(f"{U}/ru/grants", "Гранты на научные исследования",
                             "Конкурс на грантовое финансирование научных проектов на 2026 год."), "university"),
    ("law-text", page(f"{U}/ru/zakon", "Закон «О противодействии коррупции»",
                      "Закон Республики Казахстан от 18 ноября 2015 года № 410-V."), "university"),
    ("sports-news-latin", page(f"{U}/qz/janalyqtar/sport", "Stýdentter sport jarysynda jeńiske jetti",
                               "Ýniversitet komandasy birinshi oryn aldy."), "university"),
]


@pytest.mark.parametrize(("case_id", "doc", "itype", "expected", "forbidden"), POSITIVE_CASES,
                         ids=[c[0] for c in POSITIVE_CASES])
def test_finds_artefact(detector: Detector, case_id: str, doc: Document, itype: str, expected: set[str],
                        forbidden: set[str]) -> None:
    got = found(detector, doc, itype)
    assert expected <= set(got), f"{case_id}: expected {expected}, got {got}"
    assert not (forbidden & set(got)), f"{case_id}: must not find {forbidden & set(got)}"


@pytest.mark.parametrize(("case_id", "doc", "itype"), NEGATIVE_CASES, ids=[c[0] for c in NEGATIVE_CASES])
def test_negatives_are_not_found(detector: Detector, case_id: str, doc: Document, itype: str) -> None:
    assert found(detector, doc, itype) == {}, case_id


def test_only_applicable_artefacts_are_returned(detector: Detector) -> None:
    doc = page(f"{C}/ru/granty", "Конкурс на присуждение вакантных образовательных грантов")
    assert "grant_transfer_candidates" not in found(detector, doc, "college")  # university-only
    doc = page(f"{U}/ru/popsovet", "Положение о попечительском совете")
    assert "board_of_trustees_regulation" not in found(detector, doc, "university")  # college-only


def test_goszakup_needs_a_portal_link(detector: Detector) -> None:
    doc = page(f"{U}/ru/zakupki", "Государственные закупки", "План государственных закупок на 2025 год")
    assert "goszakup_procurement" not in found(detector, doc)


def test_stale_and_period(detector: Detector) -> None:
    old = page(f"{U}/ru/plan", "План мероприятий по противодействию коррупции на 2023-2024 учебный год")
    current = page(f"{U}/ru/plan", "План мероприятий по противодействию коррупции на 2025-2026 учебный год")
    code = page(f"{U}/ru/kodeks", "Кодекс чести студентов (утвержден в 2019 году)")
    ev_old = {e.artefact_id: e for e in detector.detect(old, "university", AS_OF)}["anticorruption_plan"]
    ev_new = {e.artefact_id: e for e in detector.detect(current, "university", AS_OF)}["anticorruption_plan"]
    ev_code = {e.artefact_id: e for e in detector.detect(code, "university", AS_OF)}["student_ethics_code"]
    assert (ev_old.stale, ev_old.period) == (True, "2023-2024")
    assert (ev_new.stale, ev_new.period) == (False, "2025-2026")
    assert ev_code.stale is False  # codes have no period


def test_stale_from_file_name_and_last_modified(detector: Detector) -> None:
    by_name = Document(url=f"{U}/upload/plan_2022-2023.pdf", kind="pdf", body="1. Іс-шара",
                       anchor_texts=["Сыбайлас жемқорлыққа қарсы іс-шаралар жоспары"])
    ev = detector.detect(by_name, "university", AS_OF)[0]
    assert (ev.artefact_id, ev.stale, ev.period) == ("anticorruption_plan", True, "2022-2023")
    by_header = Document(url=f"{U}/upload/report.pdf", kind="pdf", body="Публичный отчет ректора",
                         last_modified="Tue, 10 Jan 2023 10:00:00 GMT")
    ev = detector.detect(by_header, "university", AS_OF)[0]
    assert (ev.artefact_id, ev.stale, ev.period) == ("head_annual_report", True, "2023")


def test_evidence_fields(detector: Detector) -> None:
    long_body = "Вступление. " * 60 + "Настоящее Положение о диссертационном совете определяет порядок работы. " + "Конец. " * 60
    doc = Document(url=f"{U}/files/dissovet.pdf", kind="pdf", body=long_body)
    ev = next(e for e in detector.detect(doc, "university", AS_OF) if e.artefact_id == "dissertation_council_regulation")
    assert ev.url == doc.url
    assert ev.matched_part == "body"
    assert len(ev.snippet) <= 240 and "диссертационном совете" in ev.snippet
    assert 0.5 <= ev.confidence <= 1.0


def test_calibration_map(detector: Detector) -> None:
    found_at = detector.catalog.calibration["found"]
    uncertain_at = detector.catalog.calibration["uncertain"]
    assert detector.calibrate(found_at) == pytest.approx(0.5)
    assert detector.calibrate(uncertain_at) == pytest.approx(0.2)
    assert detector.calibrate(1.0) == pytest.approx(1.0)
    assert detector.calibrate(0.0) == 0.0


def test_uncertain_band(detector: Detector) -> None:
    # A page titled only "Саналы ұрпақ" (no club, plan or regulation) is weak evidence: uncertain.
    doc = page(f"{C}/kk/sanaly", "Саналы ұрпақ", "Колледж студенттері жобаға белсенді қатысады.")
    evidence = {e.artefact_id: e.confidence for e in detector.detect(doc, "college", AS_OF)}
    assert 0.2 <= evidence["sanaly_urpaq_club"] < 0.5


def test_one_document_several_artefacts(detector: Detector) -> None:
    doc = page(f"{U}/ru/antikor", "Противодействие коррупции",
               "Антикоррупционная политика университета\nПоложение об антикоррупционной комиссии\n"
               "Состав антикоррупционной комиссии\nТелефон доверия: +7 (7172) 11-22-33")
    got = found(detector, doc)
    assert {"anticorruption_policy", "anticorruption_commission_regulation",
            "anticorruption_commission_composition", "hotline"} <= set(got)


# ---- real files through documents.extract -----------------------------------------------------------
def test_pdf_plan_with_a_link_text(detector: Detector) -> None:
    from detectors.extract.extract import extract_document

    body = make_pdf([
        ["«БЕКІТЕМІН»", "Колледж директоры", "2024-2025 оқу жылына арналған", "жұмыс жоспары"],
        [f"{i}. Студенттермен түсіндіру жұмысын жүргізу" for i in range(1, 30)],
    ])
    doc = extract_document(body, f"{C}/upload/Zhospar.pdf", "application/pdf",
                           anchor_texts=["Сыбайлас жемқорлыққа қарсы іс-шаралар жоспары"])
    evidence = {e.artefact_id: e for e in detector.detect(doc, "college", AS_OF)}
    plan = evidence["anticorruption_plan"]
    assert plan.confidence >= 0.5 and plan.matched_part == "anchor"
    assert (plan.stale, plan.period) == (True, "2024-2025")


def test_pdf_regulation_title_broken_over_lines(detector: Detector) -> None:
    from detectors.extract.extract import extract_document

    body = make_pdf([[
        "Қазақ ұлттық университеті", "ДИПЛОМДЫҚ ЖҰМЫСТЫ (ЖОБАНЫ) ДАЙЫНДАУ МЕН ҚОРҒАУ", "ТУРАЛЫ ЕРЕЖЕ",
        "1. Жалпы ережелер", "1.1 Осы ереже дипломдық жұмысқа қойылатын талаптарды анықтайды.",
    ]])
    doc = extract_document(body, f"{U}/files/ereje.pdf", "application/pdf")
    assert doc.kind == "pdf"
    got = found(detector, doc)
    assert "thesis_regulation" in got
    assert "master_thesis_regulation" not in got


def test_docx_code_of_ethics(detector: Detector, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import docx

    from detectors.extract.extract import extract_document

    document = docx.Document()
    document.add_heading("Кодекс корпоративной этики работников университета", level=1)
    document.add_paragraph("1. Общие положения")
    document.add_paragraph("Настоящий Кодекс определяет нормы поведения преподавателей и сотрудников.")
    path = tmp_path / "kodeks.docx"
    document.save(str(path))
    doc = extract_document(path.read_bytes(), f"{U}/files/kodeks.docx")
    got = found(detector, doc)
    assert "staff_ethics_code" in got and "student_ethics_code" not in got


def test_html_page_through_the_extractor(detector: Detector) -> None:
    from detectors.extract.extract import extract_document

    html = ("<html><head><title>Антикоррупционная политика | Университет</title></head><body>"
            "<nav><a href='/ru/'>Главная</a></nav><h1>Антикоррупционная политика</h1>"
            "<p>Настоящая Политика утверждена решением Совета директоров.</p>"
            "<a href='/files/policy.pdf'>Скачать (PDF)</a></body></html>").encode()
    doc = extract_document(html, f"{U}/ru/anticorruption-policy", "text/html; charset=utf-8")
    evidence = {e.artefact_id: e for e in detector.detect(doc, "university", AS_OF)}
    assert evidence["anticorruption_policy"].confidence >= 0.9
    assert evidence["anticorruption_policy"].matched_part in ("title", "heading")


def test_link_texts_are_evidence_of_the_target_not_of_the_linking_page(detector: Detector) -> None:
    """A section page that only links to documents evidences nothing itself: each target is fetched
    and judged with the link text as its anchor, so a dead link is not counted as a published document."""
    section = Document(url=f"{U}/ru/antikor", kind="html", title="Противодействие коррупции",
                       headings=["Противодействие коррупции"],
                       body="Документы\nКодекс корпоративной этики работников\nПоложение о комиссии по противодействию коррупции",
                       links=[Link(f"{U}/files/kodeks.pdf", "Кодекс корпоративной этики работников"),
                              Link(f"{U}/files/polozhenie.pdf", "Положение о комиссии по противодействию коррупции")])
    assert found(detector, section) == {}
    target = Document(url=f"{U}/files/kodeks.pdf", kind="pdf", body="1. Общие положения",
                      anchor_texts=["Кодекс корпоративной этики работников"], referrer_title="Противодействие коррупции")
    assert "staff_ethics_code" in found(detector, target)



def test_a_news_lists_headlines_are_evidence_of_the_linked_pages_not_of_the_list(detector: Detector) -> None:
    """'<h3>Headline</h3> <a>Толығырақ</a>' and '<h3><a>Headline</a></h3>': the headline is the link's text
    (the target is judged with it as its anchor), not a section of the list page, which would otherwise
    leave an `uncertain` cell for every headline. A section heading that links nowhere still counts."""
    from detectors.extract.extract import extract_document

    items = ("<li><h3>Сыбайлас жемқорлыққа қарсы комиссияның құрамы</h3><a href='/kk/news/41'>Толығырақ</a></li>"
             "<li><h3><a href='/kk/news/42'>Антикоррупционный стандарт университета</a></h3><p>12.09.2025</p></li>")
    listing = (f"<html><head><title>Жаңалықтар</title></head><body><h1>Жаңалықтар</h1><ul>{items}</ul>"
               "</body></html>").encode()
    doc = extract_document(listing, f"{U}/kk/news", "text/html; charset=utf-8")
    reported = {e.artefact_id for e in detector.detect(doc, "university", AS_OF)}  # not even `uncertain`
    assert {"anticorruption_commission_composition", "anticorruption_standard"} & reported == set()
    assert any("комиссияның құрамы" in link.text for link in doc.links)  # the target keeps the headline
    section = ("<html><head><title>Комиссия</title></head><body><h1>Сыбайлас жемқорлыққа қарсы іс-қимыл</h1>"
               "<h3>Сыбайлас жемқорлыққа қарсы комиссияның құрамы</h3>"
               "<p>Комиссия төрағасы: Ахметов А.А.; мүшелері: Серікова Б.Б., Омаров В.В.</p></body></html>").encode()
    doc = extract_document(section, f"{U}/kk/komissiya", "text/html; charset=utf-8")
    assert "anticorruption_commission_composition" in found(detector, doc)


@pytest.mark.parametrize(("heading", "block", "artefact"), [
    # The heading is the menu item's name; the document pasted under it opens with its own title block.
    ("Нормативтік құжаттар", ["ЕРЕЖЕ", "Сыбайлас жемқорлыққа қарсы іс-қимыл жөніндегі комиссия туралы"],
     "anticorruption_commission_regulation"),
    ("Документы", ["ПОЛОЖЕНИЕ", "о комиссии по противодействию коррупции"], "anticorruption_commission_regulation"),
    ("Student life", ["CODE", "of academic honesty of university students"], "student_ethics_code"),
])
def test_a_title_block_under_a_web_pages_heading_is_read_as_its_title(detector: Detector, heading: str,
                                                                     block: list[str], artefact: str) -> None:
    """CMS pages often head a pasted document with the menu item's name; the document's own title is the
    short lines under it, broken as in a PDF. The same lines further down are only mentions."""
    from detectors.extract.extract import extract_document

    running = ("1. General provisions. This document is binding on every department of the university "
               "and is reviewed before each academic year.")
    lines = "".join(f"<p>{line}</p>" for line in block)

    def page_html(main: str) -> bytes:
        return (f"<html><head><title>{heading} | University</title></head><body><main><h1>{heading}</h1>{main}"
                "</main></body></html>").encode()

    doc = extract_document(page_html(f"{lines}<p>{running}</p>"), f"{U}/page/17", "text/html; charset=utf-8")
    assert artefact in found(detector, doc)
    doc = extract_document(page_html(f"<p>{running}</p>{lines}"), f"{U}/page/17", "text/html; charset=utf-8")
    assert artefact not in found(detector, doc)


def test_a_title_block_under_a_section_heading_names_the_sections_document(detector: Detector) -> None:
    """A page that carries two documents: the second under a heading that is only its order's number, with its
    title on the short line below ("Приказ ректора ... № 245" / "О составе комиссии"). Both are found."""
    from detectors.extract.extract import extract_document

    def detect(second: str) -> dict[str, float]:
        html = ("<html><head><title>Комиссия | Университет</title></head><body><main>"
                "<h1>Положение об антикоррупционной комиссии</h1>"
                "<p>1. Общие положения. Комиссия создаётся приказом ректора и действует на постоянной основе.</p>"
                f"{second}<p>Председатель комиссии: Ахметов А.А., проректор. Члены комиссии: Серикова Б.Б.; "
                "Омаров В.В.; Жумабаева Г.Г.</p></main></body></html>").encode()
        return found(detector, extract_document(html, f"{U}/ru/komissiya", "text/html; charset=utf-8"))

    order = "<h2>Приказ ректора университета от 12.09.2025 № 245</h2>"
    assert set(detect(order + "<p>О составе антикоррупционной комиссии</p>")) >= {
        "anticorruption_commission_regulation", "anticorruption_commission_composition"}
    # The same words as running text further down the section are a mention, not its title.
    assert "anticorruption_commission_composition" not in detect(
        order + "<p>Комиссия утверждена на заседании ректората и работает по плану на учебный год.</p>")


def test_a_cover_line_under_a_web_pages_heading_is_not_its_title(detector: Detector) -> None:
    """A handbook's cover under its heading ("Ekibastuz 2016") names nothing: it is not read as the title,
    so its year does not make the page a dated news item."""
    assert Detector._html_title_block(detector, ["Student handbook", "Ekibastuz 2016", "CODE"],
                                      ["Student handbook"]) == (-1, [])
    assert Detector._html_title_block(detector, ["Student handbook", "CODE", "of honour of students"],
                                      ["Student handbook"]) == (1, ["CODE", "of honour of students"])

def test_a_page_without_headings_does_not_take_its_menu_for_its_title(detector: Detector) -> None:
    """Old CMS pages often have no <h1>: the first lines of their text are then read as a title, as in a
    PDF, but the menu's lines are link texts (each target is judged itself), never the page's title."""
    from detectors.extract.extract import extract_document

    menu = "".join(f"<li><a href='/ru/{i}'>{text}</a></li>" for i, text in enumerate(
        ["Главная", "Антикоррупционная политика", "Антикоррупционный стандарт", "Кодекс чести студента",
         "Телефон доверия"]))
    html = (f"<html><head><title>Колледж</title></head><body><ul class='menu'>{menu}</ul>"
            "<div class='content'><p>Библиотека работает с 9:00 до 18:00.</p>"
            "<p>Читальный зал открыт для студентов и преподавателей колледжа.</p></div></body></html>").encode()
    doc = extract_document(html, f"{C}/ru/biblioteka", "text/html; charset=utf-8")
    assert not doc.headings
    assert detector.detect(doc, "college", AS_OF) == []


def test_an_institutions_approval_block_is_not_a_national_act(detector: Detector) -> None:
    """"APPROVED / Rector ___" opens the institution's own documents ("On approval of ..." titles an order):
    it changes no verdict, in any language."""
    body = ["INTERNAL REGULATORY DOCUMENTS", "Anti-Corruption Policy", "Regulation on Academic Mobility",
            "Code of Academic Integrity of Students"]
    bare = Document(url=f"{U}/upload/iblock/5d7/doc_4.docx", kind="docx", body="\n".join(body))
    expected = {e.artefact_id: e.confidence for e in detector.detect(bare, "university", AS_OF)}
    assert expected
    for block in (["APPROVED", "Rector ____________", "«___» __________ 2025"],
                  ["APPROVED", "at the meeting of the Academic Council", "Protocol No. 1 of 28.08.2025"],
                  ["УТВЕРЖДАЮ", "Ректор ____________", "«___» __________ 2025 г."],
                  ["УТВЕРЖДЕНО", "решением Ученого совета", "протокол №1 от 28.08.2025 г."],
                  ["СОГЛАСОВАНО", "Председатель профкома", "__________ В.Г. Серикова", "УТВЕРЖДАЮ",
                   "Председатель Правления – Ректор", "__________ А.Б. Ахметов"],
                  ["БЕКІТЕМІН", "Ректор ____________", "«___» __________ 2025 ж."],
                  ["БЕКІТІЛДІ", "Ғылыми кеңестің шешімімен", "2025 жылғы 28 тамыздағы №1 хаттама"]):
        approved = Document(url=bare.url, kind="docx", body="\n".join(block + body))
        assert {e.artefact_id: e.confidence for e in detector.detect(approved, "university", AS_OF)} == expected
    # A title that names a council is the title, not the end of the block ("решением Ученого совета").
    council = Document(url=bare.url, kind="pdf", body="\n".join(
        ["УТВЕРЖДЕНО", "решением Ученого совета", "Положение о Попечительском совете",
         "1. Общие положения", "1.1. Настоящее Положение определяет порядок работы Попечительского совета."]))
    assert found(detector, council, "college").get("board_of_trustees_regulation", 0) >= 0.5
    report = Document(url=bare.url, kind="pdf", body="\n".join(  # "Ректордың" (the rector's): a title, not a signature
        ["БЕКІТЕМІН", "Ректор ______________", "20.01.2025 ж.", "Ректордың 2024-2025 оқу жылындағы", "ЕСЕБІ",
         "Кіріспе", "Оқу-әдістемелік жұмыс қорытындылары"]))
    assert found(detector, report).get("head_annual_report", 0) >= 0.5


@pytest.mark.parametrize("letterhead", [
    ["Қазақстан Республикасы Ғылым және жоғары білім министрлігі", "«Университет» коммерциялық емес акционерлік қоғамы"],
    ["Министерство науки и высшего образования Республики Казахстан", "НАО «Университет»"],
    ["Ministry of Science and Higher Education of the Republic of Kazakhstan", "Non-profit joint-stock company «University»"],
    ["Управление образования акимата Костанайской области", "КГКП «Высший колледж»"],
    ["Қостанай облысы әкімдігінің білім басқармасы", "«Жоғары колледж» МКҚК"],
    ["«Университет» КЕАҚ", "СМЖ ҚҰЖАТЫ", "П 043-05-2019. Басылым 2", "Бет 1 / 14"],
    ["НАО «Университет»", "Документ СМК. Издание 3", "Стр. 1 из 12"],
    # the country on a line of its own, upper case, as printed letterheads set it
    ["ҚАЗАҚСТАН РЕСПУБЛИКАСЫ", "ҒЫЛЫМ ЖӘНЕ ЖОҒАРЫ БІЛІМ МИНИСТРЛІГІ", "«УНИВЕРСИТЕТ» КЕАҚ"],
    ["РЕСПУБЛИКА КАЗАХСТАН", "МИНИСТЕРСТВО НАУКИ И ВЫСШЕГО ОБРАЗОВАНИЯ", "НАО «УНИВЕРСИТЕТ»"],
    # approved as an appendix to the institution's own order
    ["Приложение 1", "к приказу Председателя Правления – Ректора", "НАО «Университет»", "от 12.09.2025 № 245-п"],
    ["Басқарма Төрағасы – Ректордың", "2025 жылғы 12 қыркүйектегі", "№ 245-н бұйрығына 1-қосымша"],
    ["Appendix 1 to the order of the Rector", "of «University» NJSC", "No. 245 of 12.09.2025"],
    # wrapped by a narrow header column
    ["Управление образования акимата", "Костанайской области", "КГКП «Высший колледж»"],
    ["Ministry of Science and Higher Education of the", "Republic of Kazakhstan", "«University» NJSC"]])
@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_a_documents_letterhead_changes_no_verdict(detector: Detector, letterhead: list[str], kind: str) -> None:
    """The ministry, the akimat's education department, the institution's legal name and the quality system's
    document code head many documents, above the approval block and the title: a ministry's name there is not
    a report about the ministry, and a year in a document code is not the document's period."""
    title_and_text = ["ПОЛОЖЕНИЕ", "об антикоррупционной комиссии", "1. Общие положения",
                      "1.1. Настоящее Положение определяет порядок деятельности антикоррупционной комиссии."]
    approval = ["УТВЕРЖДЕНО", "решением Ученого совета", "протокол №1 от 28.08.2025 г."]
    url = f"{U}/upload/iblock/5d7/polozhenie.{kind}"
    plain = Document(url=url, kind=kind, body="\n".join(approval + title_and_text))
    expected = [(e.artefact_id, e.confidence, e.period) for e in detector.detect(plain, "university", AS_OF)]
    assert tuple(a for a, conf, _ in expected if conf >= 0.5) == ("anticorruption_commission_regulation",)
    for top in (letterhead + approval, approval + letterhead, letterhead[:1] + approval + letterhead[1:]):
        # the extractor may also take the letterhead's first line for the title and the rest for headings
        for title, headings in (("", []), (letterhead[0], letterhead[1:])):
            doc = Document(url=url, kind=kind, title=title, headings=headings, body="\n".join(top + title_and_text))
            assert [(e.artefact_id, e.confidence, e.period) for e in detector.detect(doc, "university", AS_OF)] \
                == expected, (top, title)


@pytest.mark.parametrize("block", [
    ["Ғылыми кеңестің 2025 жылғы 28 тамыздағы", "№1 хаттамасымен бекітілді"],
    ["Ректордың 2025 жылғы 12 қыркүйектегі", "№ 245 бұйрығымен бекітілген"],
    ["Ғылыми кеңестің 2025 жылғы 28 тамыздағы №1 хаттамасымен БЕКІТІЛГЕН"],
    ["Ғылыми кеңес отырысында қаралды", "және мақұлданды", "2025 жылғы 28 тамыздағы №1 хаттама"],
    ["Рассмотрено и одобрено", "на заседании Ученого совета", "протокол № 1 от 28.08.2025 г."],
    ["Approved by the decision of the Academic Council", "Protocol No. 1 of 28.08.2025"]])
@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_an_approval_block_with_its_verb_last_changes_no_verdict(detector: Detector, block: list[str],
                                                                 kind: str) -> None:
    """Kazakh documents put the approval's verb last ("... №1 хаттамасымен бекітілді"): the block is still read
    as text, not as the title, and its minutes do not make the document the minutes."""
    text = ["Академиялық адалдық туралы", "ЕРЕЖЕ", "1. Жалпы ережелер",
            "1.1. Осы Ереже білім алушылардың академиялық адалдық қағидаттарын белгілейді."]
    url = f"{U}/upload/iblock/5d7/ereje.{kind}"
    expected = [(e.artefact_id, e.confidence) for e in
                detector.detect(Document(url=url, kind=kind, body="\n".join(text)), "university", AS_OF)]
    assert any(a == "student_ethics_code" and conf >= 0.5 for a, conf in expected)
    doc = Document(url=url, kind=kind, body="\n".join(block + text))
    assert [(e.artefact_id, e.confidence) for e in detector.detect(doc, "university", AS_OF)] == expected


@pytest.mark.parametrize("date", ["12 сентября 2025", "12 сентября 2025 г.", "12 қыркүйек 2025 ж.", "12 September 2025"])
@pytest.mark.parametrize("kind", ["html", "pdf"])
def test_a_date_above_the_title_is_not_a_list_item(detector: Detector, date: str, kind: str) -> None:
    """A CMS prints the date above the title of a page without headings, an order above its title: "12 сентября
    2025" starts with a number but is no numbered item, so the lines below it are still read as the title."""
    text = ["Положение об антикоррупционной комиссии", "1. Общие положения",
            "1.1. Настоящее Положение определяет порядок деятельности антикоррупционной комиссии."]
    url = f"{U}/ru/page/245" if kind == "html" else f"{U}/upload/polozhenie.pdf"
    plain = found(detector, Document(url=url, kind=kind, title="Университет" if kind == "html" else "", headings=[],
                                     body="\n".join(text)))
    dated = found(detector, Document(url=url, kind=kind, title="Университет" if kind == "html" else "", headings=[],
                                     body="\n".join([date, *text])))
    assert plain["anticorruption_commission_regulation"] >= 0.8
    assert dated == plain


def test_an_appendix_to_a_ministers_order_is_still_a_national_act(detector: Detector) -> None:
    """"Приложение 1 к приказу Министра ..." heads national rules reproduced on a site: unlike an appendix to the
    rector's order, it is not set aside, and the document is read as the national act it is."""
    body = ["Приложение 1", "к приказу Министра образования и науки", "Республики Казахстан",
            "от 12 октября 2018 года № 563", "Правила приема на обучение в организации образования"]
    assert detector._front_matter(body) == (0, set())
    ministers = ["Қазақстан Республикасы Білім және ғылым министрінің", "2018 жылғы 12 қазандағы",
                 "№ 563 бұйрығына 1-қосымша"]
    assert detector._front_matter([*ministers, "Білім беру ұйымдарына қабылдау қағидалары"]) == (0, set())


def test_a_web_page_that_opens_with_a_ministry_is_not_read_as_a_letterhead(detector: Detector) -> None:
    """Only files print a letterhead: a web page without headings whose first line names the ministry is news
    about the ministry's decision, and that line stays its head."""
    doc = Document(url=f"{U}/ru/granty", kind="html", title="Университет", headings=[], body="\n".join(
        ["Министерство науки и высшего образования объявляет конкурс",
         "На вакантные образовательные гранты могут претендовать студенты всех вузов страны.",
         "Список претендентов на вакантные гранты будет опубликован министерством."]))
    assert "grant_transfer_candidates" not in found(detector, doc)


def test_a_title_that_names_the_institution_is_not_its_letterhead(detector: Detector) -> None:
    """A title may carry the institution's legal name: it stays the title."""
    for title in ("«Университет» КЕАҚ сыбайлас жемқорлыққа қарсы комиссиясының құрамы",
                  "Антикоррупционная комиссия НАО «Университет»"):
        assert not detector._is_letterhead(title)
    doc = Document(url=f"{U}/upload/sostav.pdf", kind="pdf", body="\n".join(
        ["НАО «Университет»", "Антикоррупционная комиссия НАО «Университет»", "Состав",
         "1. Ахметов А.Б. – председатель комиссии, проректор", "2. Серикова В.Г. – секретарь комиссии"]))
    assert found(detector, doc).get("anticorruption_commission_composition", 0) >= 0.5


@pytest.mark.parametrize("furniture", [
    "<div class='meta'>12.09.2025 | Просмотров: 245</div>",
    "<dl class='article-info'><dd>Опубликовано: 12.09.2025</dd><dd>Просмотров: 1532</dd></dl>",
    "<div class='meta'>Published: 12.09.2025 · Views: 245</div>",
    "<div class='share'>Поделиться: ВКонтакте Facebook Telegram</div>",
    "<div class='copy'>© 2025 Университет. Все права защищены.</div>",
    # a news block inside the content area: a section called "News" does not make the page a news item
    "<div class='news-block'><h3>Новости</h3><ul><li><a href='/n/1'>Состоялся семинар</a></li></ul></div>"])
def test_a_cms_articles_furniture_changes_no_verdict(detector: Detector, furniture: str) -> None:
    """Joomla and Bitrix show a date and a view counter on every article, documents included, and many pages
    carry a news block: none of it makes the page a news item."""
    from detectors.extract.extract import extract_document

    def verdicts(extra: str) -> dict[str, float]:
        html = ("<html><head><title>Телефон доверия | Университет</title></head><body><main><h1>Телефон доверия</h1>"
                f"{extra}<p>По вопросам коррупционных правонарушений звоните: 8 (7172) 00-00-00.</p>"
                "<p>Звонки принимаются круглосуточно.</p></main></body></html>").encode()
        doc = extract_document(html, f"{U}/ru/telefon-doveriya", "text/html; charset=utf-8")
        return {e.artefact_id: e.confidence for e in detector.detect(doc, "university", AS_OF)}

    plain = verdicts("")
    assert "hotline" in plain
    assert verdicts(furniture) == plain


def test_the_national_standard_published_by_the_institution_is_not_news_about_it(detector: Detector) -> None:
    """interface.md: the sectoral anti-corruption standard is a national document institutions publish, so the
    minister's order that approves it, on the institution's site, is evidence; news that it was approved is not."""
    from detectors.extract.extract import extract_document

    order = ("<html><head><title>Антикоррупционный стандарт | Колледж</title></head><body><main>"
             "<h1>Приказ Министра просвещения Республики Казахстан от 12 марта 2024 года № 55</h1>"
             "<p>Об утверждении антикоррупционного стандарта в сфере технического и профессионального образования</p>"
             "<p>В соответствии с решением Совета безопасности ПРИКАЗЫВАЮ:</p>"
             "<p>1. Утвердить прилагаемый антикоррупционный стандарт.</p>"
             "<p>2. Настоящий приказ вводится в действие по истечении десяти календарных дней после дня его первого "
             "официального опубликования.</p></main></body></html>")
    news = ("<html><head><title>Новости | Колледж</title></head><body><main>"
            "<h1>Министерство утвердило новый антикоррупционный стандарт для колледжей</h1>"
            "<p>12.03.2024. Министерство просвещения утвердило антикоррупционный стандарт для организаций образования "
            "по всей стране, сообщает пресс-служба ведомства.</p></main></body></html>")
    url = f"{C}/ru/antikor/standart"
    order_doc = extract_document(order.encode(), url, "text/html; charset=utf-8")
    assert found(detector, order_doc, "college").get("anticorruption_standard", 0) >= 0.9
    news_doc = extract_document(news.encode(), url, "text/html; charset=utf-8")
    assert "anticorruption_standard" not in found(detector, news_doc, "college")


def test_the_evidence_own_period_wins_over_the_page(detector: Detector) -> None:
    doc = page(f"{U}/ru/antikor", "Противодействие коррупции на 2025-2026 учебный год",
               "Отчёт о работе антикоррупционной комиссии за 2022-2023 учебный год")
    ev = {e.artefact_id: e for e in detector.detect(doc, "university", AS_OF)}["anticorruption_commission_reports"]
    assert (ev.period, ev.stale) == ("2022-2023", True)


_PEDAGOGICAL_UNIVERSITY = {
    "ru": ("Казахского национального педагогического университета имени Абая",
           ["Кодекс чести студента {name}", "Кодекс академической честности обучающихся {name}"],
           "Правила проведения экзаменов {name}", "Настоящие правила устанавливают порядок."),
    "kk": ("Абай атындағы Қазақ ұлттық педагогикалық университетінің",
           ["{name} студентінің ар-намыс кодексі", "{name} білім алушыларының академиялық адалдық кодексі"],
           "{name} емтихан өткізу қағидалары", "Осы қағидалар тәртіпті белгілейді."),
    "en": ("of Abai Kazakh National Pedagogical University",
           ["Student Code of Honour {name}", "Code of Academic Integrity for students {name}"],
           "Rules for conducting examinations {name}", "These rules set out the procedure."),
}


@pytest.mark.parametrize("lang", sorted(_PEDAGOGICAL_UNIVERSITY))
def test_a_pedagogical_universitys_name_does_not_make_a_code_the_staffs(detector: Detector, lang: str) -> None:
    # "Pedagogical" in the institution's name does not say the document binds its teachers, and "проведения"
    # (of holding exams) is not "поведения" (conduct): neither makes a student code or exam rules a staff code.
    name, student_codes, exam_rules, body = _PEDAGOGICAL_UNIVERSITY[lang]
    for title in student_codes:
        verdicts = found(detector, page("https://u.example.kz/students/code", title.format(name=name), body))
        assert "student_ethics_code" in verdicts and "staff_ethics_code" not in verdicts, (title, verdicts)
    verdicts = found(detector, page("https://u.example.kz/exams/rules", exam_rules.format(name=name), body))
    assert "exam_rules" in verdicts and "staff_ethics_code" not in verdicts, verdicts
    teachers = {"ru": "Кодекс этики педагогических работников {name}", "kk": "{name} педагогикалық қызметкерлерінің "
                "әдеп кодексі", "en": "Code of Ethics for pedagogical staff {name}"}[lang]
    verdicts = found(detector, page("https://u.example.kz/staff/code", teachers.format(name=name), body))
    assert "staff_ethics_code" in verdicts, verdicts


@pytest.mark.parametrize(("url", "title", "body", "named", "not_named"), [
    ("https://c.example.kz/kk/adep-kodeksi", "Педагогтердің әдеп кодексі",
     "Осы Кодекс колледж педагогтерінің кәсіби әдеп нормаларын белгілейді. Педагог білім алушылардың білімін "
     "әділ бағалайды. Кодексті бұзу әдеп кеңесінде қаралады.", "staff_ethics_code", "student_ethics_code"),
    ("https://u.example.kz/en/honour-code", "Student Code of Honour",
     "This Code sets the rules students follow in examinations and written work. The Code is reviewed by the "
     "ethics council with the participation of teachers.", "student_ethics_code", "staff_ethics_code"),
])
def test_a_url_is_read_with_the_scope_its_page_title_gives(detector: Detector, url: str, title: str, body: str,
                                                           named: str, not_named: str) -> None:
    # The URL's words are a short form of the title: "/adep-kodeksi" under the title "Педагогтердің әдеп
    # кодексі" is the teachers' code, not a code of anyone a body sentence happens to mention.
    verdicts = found(detector, page(url, title, body), "college" if "//c." in url else "university")
    assert named in verdicts and not_named not in verdicts, verdicts


def test_a_files_title_taken_from_its_first_line_is_read_with_the_next_line(detector: Detector) -> None:
    # The extractor's title "КОДЕКС" is the first line of "КОДЕКС" / "педагогической этики": the teachers' code,
    # not a code of the students its text mentions.
    doc = Document(url=f"{U}/upload/files/order_12.docx", kind="docx", title="КОДЕКС", headings=["КОДЕКС"],
                   body="УТВЕРЖДАЮ\nРектор ______________\n«1» сентября 2025 г.\nКОДЕКС\nпедагогической этики\n"
                        "1. Общие положения\nПреподаватель уважает обучающихся и не принимает от них подарков.")
    verdicts = found(detector, doc)
    assert "staff_ethics_code" in verdicts and "student_ethics_code" not in verdicts, verdicts


@pytest.mark.parametrize("headline", ["Мемлекеттік шәкіртақы тағайындау қағидаларына өзгерістер енгізілді",
                                      "Внесены изменения в правила назначения государственной стипендии"])
def test_a_headline_saying_rules_were_changed_is_news_not_the_rules(detector: Detector, headline: str) -> None:
    body = ("Уполномоченный орган подписал приказ о поправках. Изменения применяются со второго семестра. "
            "Новость подготовила пресс-служба.")
    verdicts = found(detector, page(f"{U}/kz/news/4512/", headline, body))
    assert "scholarship_info" not in verdicts, verdicts


@pytest.mark.parametrize("second_line", ["№4 заседания конкурсной комиссии по замещению вакантных должностей от 12.06.2026",
                                         "конкурсной комиссии (12.06.2026)"])
def test_a_kind_word_alone_on_its_line_goes_on_in_the_dated_next_line(detector: Detector, second_line: str) -> None:
    # "ПРОТОКОЛ" / "№4 заседания ... от 12.06.2026": the date does not make the second line an approval block.
    doc = Document(url=f"{U}/upload/iblock/3f1/5a9c.docx", kind="docx", title="ПРОТОКОЛ", headings=["ПРОТОКОЛ"],
                   body=f"ПРОТОКОЛ\n{second_line}\nПрисутствовали: председатель, секретарь, члены комиссии.\n"
                        "ПОСТАНОВИЛИ: рекомендовать кандидата к назначению.")
    verdicts = found(detector, doc)
    assert "competition_commission_minutes" in verdicts and "vacancy_announcements" not in verdicts, verdicts


def test_a_title_line_ending_in_the_academic_years_abbreviation_is_no_sentence(detector: Detector) -> None:
    # "... 2022–2023 о.ж." ends with a full stop of "оқу жылы", not of a sentence: the title goes on in the next line.
    doc = Document(url=f"{U}/download.php?id=812", kind="pdf", title="БЕКІТЕМІН", headings=["БЕКІТЕМІН"],
                   body="БЕКІТЕМІН\nРектор ______________\n12.09.2022 ж.\n"
                        "Сыбайлас жемқорлыққа қарсы іс-қимыл бойынша 2022–2023 о.ж.\nарналған шаралар жоспары\n"
                        "№ Іс-шараның атауы Орындау мерзімі Жауаптылар\n1 Дәрістер өткізу тоқсан сайын тәрбие бөлімі")
    evidence = {e.artefact_id: e for e in detector.detect(doc, "university", AS_OF)}
    assert "anticorruption_plan" in evidence and evidence["anticorruption_plan"].confidence >= 0.5
    assert evidence["anticorruption_plan"].period == "2022-2023" and evidence["anticorruption_plan"].stale


@pytest.mark.parametrize("block", [
    ["Approved by the decision of the Academic", "Council", "Protocol No. 1 of 28.08.2025"],  # wrapped in a column
    ["Рассмотрено и одобрено", "на заседании Ученого совета", "протокол № 1 от 28.08.2025 г."],
    ["Қаралды және мақұлданды", "Ғылыми кеңестің отырысында", "2025 жылғы 28 тамыздағы №1 хаттама"],
])
def test_an_approval_block_in_any_wording_is_not_the_title(detector: Detector, block: list[str]) -> None:
    lines = [*block, "REGULATION", "on the Integrity School", "1. The Integrity School is a voluntary association."]
    assert detector._front_matter(lines) == (len(block), set())


@pytest.mark.parametrize("item", [
    '<li><a href="/upload/a/doc_001.pdf">Кодекс чести студентов</a></li>',
    '<li>Кодекс чести студентов <a href="/upload/a/doc_001.pdf">Скачать</a></li>',
    '<tr><td>1</td><td>Кодекс чести студентов</td><td><a href="/upload/a/doc_001.pdf">Жүктеу</a></td></tr>',
    '<li>Vacant grants <a href="/upload/a/doc_001.pdf">Download</a></li>',  # a title shorter than the line's rest
])
def test_a_listed_file_is_judged_itself_however_the_list_links_it(detector: Detector, item: str) -> None:
    """A documents page that lists a file by its title names the file, which is fetched and judged itself with
    that title as its anchor: the list is no evidence of its own, whether the title or a "download" word beside
    it is the link (else another organisation's file listed there would be found on the list)."""
    from detectors.extract.extract import extract_document

    listing = f"<table>{item}</table>" if item.startswith("<tr>") else f"<ul>{item}</ul>"
    page_html = (f"<html><head><title>Документы | Университет</title></head><body><nav><a href='/'>Главная</a></nav>"
                 f"<main><h1>Документы</h1>{listing}</main></body></html>")
    doc = extract_document(page_html.encode(), f"{U}/documents/", "text/html; charset=utf-8")
    assert found(detector, doc) == {}
    title = "Vacant grants" if "Vacant" in item else "Кодекс чести студентов"
    assert any(title in link.text for link in doc.links)  # the file's anchor carries the title


def test_a_referrer_title_is_read_piece_by_piece(detector: Detector) -> None:
    """The linking page's title ends in its site's name, whose words are no part of the section's: "Кодекс этики
    обучающихся | ... педагогический университет" is the students' code, not a "pedagogical" (staff) code."""
    doc = page(f"{U}/kz/compliance/kodeks-etiki-obuchayushchikhsya/", "Білім алушылардың әдеп кодексі",
               "1. Жалпы ережелер\nКодекс адалдық пен өзара құрмет қағидаттарына негізделген.",
               referrer_title="Кодекс этики обучающихся | Туркестанский педагогический университет")
    evidence = {e.artefact_id: e.confidence for e in detector.detect(doc, "university", AS_OF)}
    assert "student_ethics_code" in evidence and "staff_ethics_code" not in evidence, evidence


@pytest.mark.parametrize("name", [
    ["РГП на ПХВ «Туркестанский педагогический университет имени Т.", "Абилкасымова»"],  # wrapped in the quotes
    ["РГП на ПХВ «Туркестанский педагогический университет имени Т. Абилкасымова»"],
])
def test_a_letterhead_naming_the_institution_in_any_words_is_not_the_title(detector: Detector,
                                                                           name: list[str]) -> None:
    """An institution's quoted name may hold an artefact's words ("педагогический"), and may wrap onto a second
    line: the letterhead is still no title, and the document's own title under the approval block is."""
    title = "ИТОГИ опроса «Преподаватель глазами коллег» за 2025-2026 уч. год"
    lines = ["Министерство науки и высшего образования Республики Казахстан", *name,
             "УТВЕРЖДАЮ", "Ректор ______________", "«12» сентября 2025 г.", title,
             "В анкетировании приняли участие 412 респондентов.", "Доля удовлетворённых – 87%."]
    assert detector._front_matter(lines)[0] == len(name) + 4
    doc = page(f"{U}/upload/files/Document6292.pdf", lines[0], "\n".join(lines), headings=lines[:5], kind="pdf")
    assert "teacher_evaluation_surveys" in found(detector, doc)


def test_a_thesis_regulations_plagiarism_clause_is_not_the_anti_plagiarism_policy(detector: Detector) -> None:
    doc = page(f"{U}/kz/bitiru-zhumystary/", "Бітіру жұмысын қорғау тәртібі туралы нұсқаулық",
               "1. Білім алушы жұмысты қорғауға дейін екі апта бұрын ғылыми жетекшіге тапсырады.\n"
               "2. Жетекші жұмысты плагиатқа тексеруді ұйымдастырады және қорытынды береді.\n"
               "3. Қорғау мемлекеттік аттестаттау комиссиясының отырысында өтеді.")
    evidence = {e.artefact_id for e in detector.detect(doc, "university", AS_OF)}
    assert "thesis_regulation" in evidence and "antiplagiarism" not in evidence, evidence


def test_a_kazakh_model_act_reposted_stays_uncertain(detector: Detector) -> None:
    """A verbal noun with a case ending ("аттестаттауды") is read as its word, not as a guessed inflection: a
    national model's title keeps the same weight in Kazakh as in Russian, and stays `uncertain` (interface.md)."""
    for title in ("Аралық және қорытынды аттестаттауды өткізудің үлгілік қағидаларын бекіту туралы",
                  "Об утверждении Типовых правил проведения промежуточной и итоговой аттестации"):
        doc = page(f"{U}/kk/obuchayushchimsya/2141/", title,
                   "Қазақстан Республикасы Білім және ғылым министрінің 2025 жылғы 29 қаңтардағы № 92 бұйрығы\n"
                   "Осы Үлгілік қағидалар барлық білім беру ұйымдарына арналған.")
        evidence = {e.artefact_id: e.confidence for e in detector.detect(doc, "college", AS_OF)}
        assert 0.4 <= evidence.get("exam_rules", 0.0) < 0.5, (title, evidence)


def _extracted(page_html: str, url: str) -> Document:
    from detectors.extract.extract import extract_document

    return extract_document(page_html.encode(), url, "text/html; charset=utf-8")


@pytest.mark.parametrize("item", ['<p><a href="/ru/granty/">Вакантные гранты</a> 12.09.2025</p>',
                                  '<p><a href="/ru/granty/">Вакантные гранты</a> (PDF, 447 КБ)</p>',
                                  '<p><a href="/ru/granty/">Вакантные гранты</a> - 12 сентября 2025 г.</p>'])
def test_a_link_with_its_date_or_size_beside_it_is_a_link_line(detector: Detector, item: str) -> None:
    """"Title 12.09.2025" under "See also" names another page, which is judged itself: the date beside a link
    does not make its title the page's own words."""
    article = ("<p>Студенты колледжа приняли участие в городском конкурсе чтецов.</p>"
               "<p>Победители награждены грамотами и памятными подарками.</p>")
    doc = _extracted(f"<html><body>{article}<h3>См. также</h3>{item}</body></html>", f"{U}/ru/news/5/")
    assert "grant_transfer_candidates" not in found(detector, doc)


@pytest.mark.parametrize("heading", ["Соңғы жаңалықтар", "See also", "Последние новости"])
def test_a_heading_under_the_text_is_no_heading_of_the_page(detector: Detector, heading: str) -> None:
    """An article without a heading of its own, with a block of links under it: the block's heading ("Latest
    news") is no heading of the page's (nor its title), so the page is neither news by it nor read otherwise."""
    article = ("<p>To apply for a place in the student dormitory, fill in the application form online in your "
               "personal account on the e-Services page.</p><p>Attach the documents that give a preferential right "
               "to a place.</p><p>The housing commission reviews applications within five working days.</p>")
    links = '<ul><li><a href="/en/1/">Rector met first-year students</a></li></ul>'
    bare = found(detector, _extracted(f"<html><body>{article}</body></html>", f"{U}/en/23056"))
    assert "dormitory_online_registration" in bare
    with_block = _extracted(f"<html><body>{article}<h3>{heading}</h3>{links}</body></html>", f"{U}/en/23056")
    assert with_block.headings == [heading]
    assert found(detector, with_block) == bare


def test_a_letter_spaced_title_is_read(detector: Detector) -> None:
    """"П О Л О Ж Е Н И Е" / "о комиссии ...": the spaced-out first word of a title is the word."""
    page_html = ("<html><body><p>П О Л О Ж Е Н И Е</p><p>о комиссии по противодействию коррупции</p>"
                 "<p>1. Комиссия является постоянно действующим коллегиальным органом университета.</p>"
                 "<p>2. Комиссия рассматривает вопросы противодействия коррупции.</p></body></html>")
    doc = _extracted(page_html, f"{U}/upload/docs/polozhenie.html")
    assert "anticorruption_commission_regulation" in found(detector, doc)


def test_latin_script_kazakh_reads_ia_as_either_cyrillic_spelling(detector: Detector) -> None:
    """"plagiat" is плагиат (и + а), as "akademiia" is академия: a Latin "ia" has both readings."""
    page_html = ("<html><head><title>Jazbaşa jūmystardy plagiatqa tekseru tärtıbı</title></head><body>"
                 "<h1>Jazbaşa jūmystardy plagiatqa tekseru tärtıbı</h1>"
                 "<p>Qūjattar elektrondyq türde qabyldanady.</p></body></html>")
    assert "antiplagiarism" in found(detector, _extracted(page_html, f"{U}/kz/research/2892/"))


def test_latin_script_kazakh_matches_the_exact_forms_a_phrase_asks_for(detector: Detector) -> None:
    """"uäkiletti organ ... būıryqqa qol qoıdy" is the catalog's exact "уәкілетті орган =қол =қойды": news that the
    ministry signed new scholarship rules is not the institution's scholarship information."""
    news = ("<html><head><title>Stıpendıia tağaıyndaudyñ jaña tärtibi küşine enedi</title></head><body>"
            "<h1>Stıpendıia tağaıyndaudyñ jaña tärtibi küşine enedi</h1><p>08.11.2026</p>"
            "<p>Bilim jäne ğylym salasyndağy uäkiletti organ memlekettik stıpendıia tağaıyndau qağıdalaryna "
            "tüzetuler engizu turaly būıryqqa qol qoıdy.</p></body></html>")
    doc = _extracted(news, f"{U}/news-21262?lang=kk")
    assert "scholarship_info" not in {e.artefact_id for e in detector.detect(doc, "university", AS_OF)}


def test_an_english_gifts_procedure_may_say_presents(detector: Detector) -> None:
    """"Rules on receiving presents and hospitality costs" is the gifts procedure; "presented" (awards) is not."""
    page = ("<html><body><h1>Rules on receiving presents and hospitality costs</h1><p>Approved by the decision of the "
            "Academic Council.</p><p>The policy applies to management, staff and students.</p></body></html>")
    assert "gifts_policy" in found(detector, _extracted(page, f"{U}/en/anticorruption/rules/"))
    award = ("<html><body><h1>The rector presented gifts to the veterans</h1><p>On the eve of the holiday the rector "
             "presented gifts to the university's veterans.</p></body></html>")
    assert "gifts_policy" not in found(detector, _extracted(award, f"{U}/en/news/1/"))


@pytest.mark.parametrize("title", ["Педагогтің әдеп қағидалары", "Педагогтік әдеп қағидалары", "Pedagogtyñ ádep qağıdalary"])
def test_the_national_rules_of_pedagogical_ethics_in_kazakh_stay_uncertain(detector: Detector, title: str) -> None:
    """The national rules reposted under their Kazakh names (and in Latin script) are a national model: at most
    uncertain as the staff code (interface.md), as "Правила педагогической этики" is. (The catalog says "педагог
    әдеп қағидалары": a new catalog word "педагогтік" would stop the page's "педагогтік" from meeting "педагог".)"""
    page = (f"<html><head><title>{title}</title></head><body><h1>{title}</h1><p>Осы қағидалар педагогтердің "
            "кәсіби әдебінің нормаларын белгілейді.</p></body></html>")
    evidence = {e.artefact_id: e.confidence for e in detector.detect(_extracted(page, f"{U}/kz/page/1/"),
                                                                      "university", AS_OF)}
    assert evidence.get("staff_ethics_code", 0.0) < 0.5


@pytest.mark.parametrize(("title", "expected"), [
    ("Опубликованы списки обладателей образовательных грантов", False),  # the national award
    ("Білім беру гранттары иегерлерінің тізімі жарияланды", False),
    ("Lists of state educational grant holders published", False),
    ("Список обладателей вакантных грантов", True),  # the institution's award of vacant grants
    ("Список претендентов на вакантный грант", True),
    ("Грантқа ауыстыруға үміткерлер тізімі", True),
])
def test_a_list_of_grant_holders_is_the_national_award_unless_the_grants_are_vacant(
        detector: Detector, title: str, expected: bool) -> None:
    """Kind 1 of issue 13: "the ministry published the lists of grant holders" is no list of the institution's
    candidates for vacant grants; each language's `not` words count, though the phrase is one."""
    doc = _extracted(f"<html><body><h1>{title}</h1><p>Тізім / список / list.</p></body></html>", f"{U}/ru/news/1/")
    assert ("grant_transfer_candidates" in found(detector, doc)) is expected


def test_a_page_called_vacancies_makes_its_announcement_its_subject(detector: Detector) -> None:
    """A vacancy announcement on a news URL under the heading "Вакансии" is still the announcement; a ministry's
    vacancies are not the institution's."""
    own = _extracted("<html><body><h1>Вакансии</h1><p>Университет объявляет конкурс на замещение вакантных "
                     "должностей профессорско-преподавательского состава: доцент кафедры физики.</p></body></html>",
                     f"{U}/ru/news/1/")
    assert "vacancy_announcements" in found(detector, own)
    ministry = _extracted("<html><body><h1>Вакансии в Министерстве образования</h1><p>Министерство просвещения "
                          "объявляет конкурс на занятие вакантных административных государственных должностей.</p>"
                          "</body></html>", f"{U}/ru/news/2/")
    assert "vacancy_announcements" not in found(detector, ministry)


@pytest.mark.parametrize(("title", "body"), [
    ("Кто получит стипендию в новом учебном году", "По новым правилам Министерства стипендия будет назначаться "
     "только отличникам. Изменения вступят в силу с 1 сентября."),
    ("Нацкомиссия опубликовала списки студентов на стипендию Президента", "Национальная комиссия утвердила список "
     "стипендиатов Президента Республики Казахстан на 2025 год."),
])
def test_news_of_national_scholarship_decisions_is_no_scholarship_page(detector: Detector, title: str,
                                                                         body: str) -> None:
    doc = _extracted(f"<html><body><h1>{title}</h1><p>{body}</p></body></html>", f"{U}/ru/news/3/")
    assert not {"scholarship_info", "scholarship_candidates"} & set(found(detector, doc))


def test_kazakh_daily_is_not_the_school_e_diary_kundelik(detector: Detector) -> None:
    """"күнделікті" (daily) is a common Kazakh word; only "Күнделік"/"Kundelik" itself (the schools' e-diary), in the
    page's head, hints at a school's page (in the text it may be a college's journal: test_detectors_genre)."""
    page = ("<html><body><h1>Академиялық адалдық кодексі</h1><p>Білім алушылар күнделікті оқу жұмысында "
            "академиялық адалдық қағидаттарын сақтайды.</p></body></html>")
    candidates = detector.candidates(_extracted(page, f"{U}/kz/page/2/"), "university", AS_OF)
    assert [c.genre for c in candidates if c.artefact_id == "student_ethics_code"] == [""]  # no other organisation
    school = page.replace("<h1>Академиялық адалдық кодексі</h1>", "<h1>Күнделік: академиялық адалдық кодексі</h1>")
    assert "student_ethics_code" not in found(detector, _extracted(school, f"{U}/kz/page/3/"))


def test_english_elite_is_not_kazakh_in_our_country(detector: Detector) -> None:
    """The Latin reading of "elite" stems like "елі" (country): the national-news cue asks for the exact
    "елімізде" (in our country), so an "Elite ... programme" headline is no news of a national decision."""
    page = ("<html><body><h1>Elite academic mobility programme</h1><p>Students of the university may apply for the "
            "semester abroad under the academic mobility programme.</p></body></html>")
    assert found(detector, _extracted(page, f"{U}/en/page/4/")).get("academic_mobility", 0.0) >= 0.9
    news = ("<html><body><h1>Елімізде шәкіртақы мөлшері өзгереді</h1><p>Ғылым және жоғары білім министрлігі "
            "хабарлады.</p></body></html>")
    assert "scholarship_info" not in found(detector, _extracted(news, f"{U}/kz/news/4/"))


def test_knowing_in_kazakh_is_no_exam_ticket(detector: Detector) -> None:
    """"білетінін" (that they know) folds to the Russian "билет" (an exam ticket, a negative of the exam rules):
    the negative asks for the ticket's own forms."""
    page = ("<html><body><h1>Қорытынды бақылау</h1><p>Емтихан өткізу тәртібі: емтихан білім алушылардың пән бойынша "
            "не білетінін тексереді.</p></body></html>")
    assert found(detector, _extracted(page, f"{U}/kz/page/5/")).get("exam_rules", 0.0) >= 0.9
    tickets = "<html><body><h1>Емтихан билеттері</h1><p>Пән бойынша.</p></body></html>"
    assert "exam_rules" not in found(detector, _extracted(tickets, f"{U}/kz/page/6/"))


def test_listed_files_under_no_heading_are_read_one_by_one(detector: Detector) -> None:
    """A page without a heading opens with its lines, read as a title block whose broken lines are joined; a line that
    ends in its file's note ("(PDF, 410 KB)") is a whole title, so the next listed document is not joined to it (the
    joined pair named a plan and a commission and lost the second, or lent the plan's year to the next line)."""
    body = "\n".join([
        "Басты бет / Университет / Сыбайлас жемқорлыққа қарсы іс-қимыл",
        "Сыбайлас жемқорлыққа қарсы іс-қимыл жөніндегі іс-шаралар жоспары 2023-2024 оқу жылына (PDF, 530 KB)",
        "Сыбайлас жемқорлыққа қарсы комиссия туралы ереже (PDF, 210 KB)",
        "Сыбайлас жемқорлыққа қарсы комиссияның құрамы (PDF, 95 KB)",
    ])
    doc = page(f"{U}/kk/anticor", "Сыбайлас жемқорлыққа қарсы іс-қимыл", body, headings=[])
    evidence = {e.artefact_id: e for e in detector.detect(doc, "university", AS_OF) if e.confidence >= 0.5}
    assert {"anticorruption_plan", "anticorruption_commission_regulation",
            "anticorruption_commission_composition"} <= set(evidence)
    assert evidence["anticorruption_plan"].stale
    assert not evidence["anticorruption_commission_composition"].stale


def test_a_contact_centre_is_the_institutions_own_only_with_its_number(detector: Detector) -> None:
    """A page called "Contact centre" that only points to the national e-government centre (1414) gives no line of
    the institution's own; the same page with its own number is its contact centre."""
    national = page(f"{U}/kk/baylanys", "Байланыс орталығы",
                    "Мемлекеттік қызметтер бойынша «Электрондық үкімет» бірыңғай байланыс орталығына 1414 нөмірі арқылы "
                    "хабарласыңыз.")
    own = page(f"{U}/kk/baylanys", "Байланыс орталығы",
               "Университеттің байланыс орталығы тәулік бойы жұмыс істейді: +7 (7172) 70-12-34, call@uni.example.test.")
    assert "hotline" not in found(detector, national)
    assert "hotline" in found(detector, own)


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("Бос жұмыс орындары", "Химия пәнінің оқытушысы — 1 бірлік\nӨндірістік оқыту шебері — 0,5 бірлік", True),
    ("Вакансии", "Преподаватель истории — 1 ставка\nВоспитатель общежития — 0,5 ставки", True),
    ("Бос жұмыс орындары", "Қазіргі уақытта бос жұмыс орындары жоқ.", False),
    ("Вакансии", "На данный момент вакансий нет.", False),
])
def test_a_list_of_vacant_posts_with_their_staff_units_is_an_announcement(detector: Detector, title: str, body: str,
                                                                           expected: bool) -> None:
    """A vacancies page that lists posts with their staff units announces them, though it never says "конкурс";
    the same heading over "no vacancies" announces nothing."""
    doc = page(f"{C}/kk/vacancies", title, body)
    assert ("vacancy_announcements" in found(detector, doc, "college")) is expected


def test_first_lines_standing_for_the_title_say_whose_document_it_is(detector: Detector) -> None:
    """A page without a heading is titled by its first lines: where they give the document to the region's education
    department, it is the department's plan reposted, as it would be under a heading of its own."""
    department = page(f"{C}/kk/anticor", "Сыбайлас жемқорлыққа қарсы іс-қимыл",
                      "Ақмола облысы білім басқармасының 2026 жылға арналған сыбайлас жемқорлыққа қарсы іс-қимыл "
                      "жөніндегі жоспары\nБасқарманың ресми сайтында жарияланған.", headings=[])
    own = page(f"{C}/kk/anticor", "Сыбайлас жемқорлыққа қарсы іс-қимыл",
               "Колледждің 2026 жылға арналған сыбайлас жемқорлыққа қарсы іс-қимыл жөніндегі жоспары\n"
               "Колледж директорының бұйрығымен бекітілген.", headings=[])
    assert "anticorruption_plan" not in found(detector, department, "college")
    assert "anticorruption_plan" in found(detector, own, "college")


def test_a_commission_formed_for_a_past_year_is_stale_its_approval_date_is_not(detector: Detector) -> None:
    """The composition is current unless its title or first lines name a period that has ended; the date of the order
    that approved it says when, not for what period."""
    members = "Председатель — Ахметов Б. К., проректор\nСекретарь — Омарова Г. А., комплаенс-офицер"
    past = page(f"{U}/ru/anticor/sostav", "Состав антикоррупционной комиссии",
                f"Состав антикоррупционной комиссии на 2021-2022 учебный год\n{members}", headings=[])
    approved = page(f"{U}/ru/anticor/sostav", "Состав антикоррупционной комиссии",
                    f"Утверждён приказом ректора № 12 от 05.09.2021\n{members}", headings=[])
    for doc, stale in ((past, True), (approved, False)):
        evidence = {e.artefact_id: e for e in detector.detect(doc, "university", AS_OF) if e.confidence >= 0.5}
        assert evidence["anticorruption_commission_composition"].stale is stale


@pytest.mark.parametrize("rows", [
    ["• Қазақстан Республикасының «Білім туралы» Заңы",
     "• Білім және ғылым министрінің бұйрығымен бекітілген үлгілік қағидалар",
     "• «Солтүстік университеті» КеАҚ-ның сыбайлас жемқорлыққа қарсы саясаты",
     "• Оқытушылар мен қызметкерлердің ар-намыс кодексі"],
    ["Закон Республики Казахстан «Об образовании» | Парламент РК | 27.07.2007",
     "Типовые правила деятельности организаций образования | Приказ Министра образования № 595 | 30.10.2018",
     "Антикоррупционная политика университета | Решение Ученого совета, протокол № 3 | 28.10.2025",
     "Кодекс чести профессорско-преподавательского состава | Решение Ученого совета, протокол № 3 | 28.10.2025"],
])
def test_a_list_that_mixes_national_acts_with_the_institutions_own_documents(detector: Detector, rows: list[str]) -> None:
    """On a "Normative documents" page, what the law's and the ministry's items say of theirs is no genre of the
    institution's own items: each own item lists its document (a bullet or a table's row, with who approved it)."""
    doc = page(f"{U}/ru/normativnye-dokumenty", "Нормативные документы", "\n".join(rows))
    got = found(detector, doc)
    assert {"anticorruption_policy", "staff_ethics_code"} <= set(got)


def test_a_list_of_national_acts_alone_is_no_evidence(detector: Detector) -> None:
    rows = ["1. Закон Республики Казахстан «О противодействии коррупции»",
            "2. Типовые правила проведения итоговой аттестации (приказ Министра образования № 125)",
            "3. Этический кодекс государственных служащих (Указ Президента № 153)"]
    doc = page(f"{U}/ru/normativnye-dokumenty", "Нормативные документы", "\n".join(rows))
    assert found(detector, doc) == {}


@pytest.mark.parametrize(("approval", "expected"), [
    ("Утверждено решением Ученого совета от 12 сентября 2025 года, протокол № 2", True),
    ("Ученый совет утвердил новое положение на заседании 12 сентября.", False),  # a story about it
])
def test_a_document_posted_in_the_news_section_is_the_document(detector: Detector, approval: str,
                                                                expected: bool) -> None:
    """Sites post documents as news items: a page under /news/ that carries the approval line of the institution's own
    body and the document's first section is the document; one that tells of it is news."""
    lines = ["Новости", approval]
    if expected:
        lines += ["1. Общие положения",
                  "1.1. Антикоррупционная комиссия (далее – Комиссия) является консультативно-совещательным органом."]
    doc = page(f"{U}/ru/news/polozhenie-o-komissii", "Положение об антикоррупционной комиссии", "\n".join(lines),
               headings=[])
    assert ("anticorruption_commission_regulation" in found(detector, doc)) is expected


@pytest.mark.parametrize("titles", [
    ["Положение о магистерской диссертации", "Положение о докторантуре PhD", "Положение о диссертационном совете"],
    ["Магистрлік диссертация туралы ереже", "PhD докторантура туралы ереже", "Диссертациялық кеңес туралы ереже"],
])
def test_titles_of_one_list_are_not_joined_into_one(detector: Detector, titles: list[str]) -> None:
    """Lines that open or end with the same word are two titles of a list, not one title broken over two lines: the
    joined pair named the council and lost the PhD regulation."""
    doc = page(f"{U}/ru/postgraduate/documents", "Нормативные документы", "\n".join(titles), headings=[])
    assert {"master_thesis_regulation", "phd_regulation", "dissertation_council_regulation"} <= set(found(detector, doc))


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("Результаты анонимного анкетирования студентов", "Всего опрошено 412 студентов; удовлетворены качеством 78 %.", True),
    ("Анонимді сауалнама нәтижелері", "Сауалнамаға 300 студент қатысты, 81 % қанағаттанған.", True),
    ("Анонимное анкетирование студентов", "Приглашаем пройти анонимный опрос о качестве обучения до 20 декабря.", False),
])
def test_an_anonymous_surveys_results_are_survey_results(detector: Detector, title: str, body: str,
                                                         expected: bool) -> None:
    """An anonymous survey's results are results; "anonymous" only says a bare mention of a survey is its invitation."""
    assert ("survey_results" in found(detector, page(f"{U}/ru/survey", title, body))) is expected


def test_a_code_of_corporate_culture_listed_is_not_the_staff_code_of_ethics(detector: Detector) -> None:
    """"Corporate" reads as staff ("a corporate ethics code"); a code of corporate culture states values."""
    def listing(item: str) -> Document:
        return page(f"{U}/en/documents", "Internal documents", "Internal documents are listed below.\n"
                    f"Charter of the University\n{item}\nStudent Code of Ethics\nAnti-Corruption Policy", headings=[])
    assert "staff_ethics_code" not in found(detector, listing("Corporate Culture Code"))
    assert "staff_ethics_code" in found(detector, listing("Corporate Ethics Code"))


def test_an_invitation_to_a_satisfaction_survey_is_no_survey_results(detector: Detector) -> None:
    """"Satisfaction" names what a survey asks about, not its results."""
    invitation = page(f"{U}/ru/career/employer-survey", "Анкетирование работодателей",
                      "Университет проводит опрос об удовлетворённости качеством подготовки выпускников.\n"
                      "Опрос проводится до 20 декабря. Пройти анкетирование: forms.example.test/abc")
    results = page(f"{U}/ru/career/employer-survey", "Результаты анкетирования работодателей",
                   "Удовлетворены качеством подготовки выпускников 84 % опрошенных работодателей.")
    assert "survey_results" not in found(detector, invitation)
    assert "survey_results" in found(detector, results)


def test_a_listed_titles_file_note_in_several_languages_is_no_breadcrumb(detector: Detector) -> None:
    """"(PDF, EN / RU / KZ)" after a listed title names its file's languages; the slashes make no site path of it."""
    doc = page(f"{U}/en/compliance/trust-line", "Speak Up: 24/7 Trust Line",
               "Speak Up: 24/7 Trust Line\n"
               "If you have witnessed bribery or any other breach of our Anti-Corruption Policy, please report it.\n"
               "24-hour Trust Line: +7 (727) 000 00 00 (calls answered round the clock)\nE-mail: speakup@example.test\n"
               "Key documents:\nAnti-Corruption Policy of Example University (PDF, EN / RU / KZ)\nWhistleblower protection FAQ")
    assert {"hotline", "anticorruption_policy"} <= set(found(detector, doc))


@pytest.mark.parametrize(("line", "expected"), [
    ('Position on the procedure "Gifts and representative expenses" (PDF)', "gifts_policy"),
    ("Position on the Board of Trustees of the college (PDF)", "board_of_trustees_regulation"),
])
def test_a_machine_translated_position_on_listed_with_its_file_is_a_document(detector: Detector, line: str,
                                                                             expected: str) -> None:
    """"Position on ...", how machine translation renders "Положение о ...", listed with its file under another
    document's heading, is a second document of the page."""
    doc = page(f"{U}/en/compliance/documents", "Internal documents on anti-corruption compliance",
               "Internal documents on anti-corruption compliance\nPolicy of settlement of the conflict of interests\n"
               "The Policy establishes the procedure for settling conflicts of interest of employees.\n"
               f"Policy of settlement of the conflict of interests (PDF)\n{line.removesuffix(' (PDF)')}\n"
               "Employees are prohibited from accepting gifts in connection with their duties.\n" + line)
    assert expected in found(detector, doc, itype="college" if "college" in line else "university")


@pytest.mark.parametrize(("shares", "expected"), [(["81%", "77 %", "90,5%"], True), (["", "", ""], False)])
def test_a_surveys_page_with_its_shares_in_per_cent_is_survey_results(detector: Detector, shares: list[str],
                                                                     expected: bool) -> None:
    """A page named only after its surveys ("Institutional research: surveys") whose table gives the shares of those
    satisfied reports results; without figures it only names the surveys."""
    rows = "\n".join(f"{group} | {count} | {share}".rstrip(" |")
                     for group, count, share in zip(["Білім алушылар", "Түлектер", "Жұмыс берушілер"],
                                                    ["1 204", "356", "48"], shares, strict=True))
    doc = page(f"{U}/kz/o-nas/institutsionaldyk-zertteuler", "Институционалдық зерттеулер: сауалнамалар",
               "Оқу жылында үш сауалнама өткізілді.\nСауалнама | Қатысқандар | Қанағаттанғандар\n" + rows)
    assert ("survey_results" in found(detector, doc)) is expected


@pytest.mark.parametrize(("title", "expected"), [
    ("Position on the degree work (project)", "thesis_regulation"),
    ("Position on a magistracy", "masters_regulation"),
    ("Position on doctoral studies PhD", "phd_regulation"),
    ("Position about the order of reception and dismissal of workers", "hiring_dismissal_rules"),
    ("Rules of competitive replacement of vacant positions of heads", "vacancy_rules"),
    ("Electronic magazine of attendance and grades", "e_journal"),
])
def test_machine_translated_english_titles(detector: Detector, title: str, expected: str) -> None:
    """English versions of the sites are often machine translations: "Положение о ..." comes out as "Position on ...",
    "конкурсное замещение" as "competitive replacement", "электронный журнал" as "electronic magazine"."""
    doc = page(f"{U}/en/documents", title, f"{title}\nApproved by the Academic Council of the University.")
    assert expected in found(detector, doc)


def test_an_announcement_of_the_heads_report_to_come_is_not_the_report(detector: Detector) -> None:
    doc = page(f"{U}/kk/news/esep", "Хабарландыру: ректордың есепті кездесуі",
               "2026 жылғы 11 желтоқсанда акт залында Ректордың 2026 жылғы қызметі туралы есепті кездесуі өтеді.\n"
               "Сұрақтарды rector@uni.example.test мекенжайына жолдауға болады.")
    assert "head_annual_report" not in found(detector, doc)


def test_an_approval_clause_spelt_with_yo_is_a_note(detector: Detector) -> None:
    from detectors.engine import _has_trailing_note
    assert _has_trailing_note("Концепция антикоррупционной политики на 2022-2026 годы, утверждённая Указом Президента")
    assert _has_trailing_note("Концепция антикоррупционной политики на 2022-2026 годы, утвержденная Указом Президента")


@pytest.mark.parametrize("title", [
    "Информация о проделанной работе по противодействию коррупции за 9 месяцев 2026 года",
    "Сыбайлас жемқорлыққа қарсы іс-қимыл бойынша атқарылған жұмыс туралы ақпарат (2026 жылғы 9 ай)",
])
def test_a_report_on_the_anti_corruption_work_done(detector: Detector, title: str) -> None:
    doc = page(f"{U}/ru/anticor/otchet", title, "За отчётный период проведено 3 заседания комиссии и 6 занятий.")
    assert "anticorruption_commission_reports" in found(detector, doc)


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("Перевод из другого вуза", "Заявление на перевод подаётся онлайн через личный кабинет Platonus.", False),
    ("АИС Platonus", "Посещаемость и оценки студентов ведутся в АИС Platonus; родители видят успеваемость.", True),
])
def test_a_platform_name_stands_for_the_e_journal_only_where_it_keeps_the_journal(
        detector: Detector, title: str, body: str, expected: bool) -> None:
    doc = page(f"{U}/ru/services", title, body)
    assert ("e_journal" in found(detector, doc)) is expected


@pytest.mark.parametrize("title", ["Директордың блогы ашылды", "Открылся блог ректора"])
def test_a_headline_that_reports_a_launch_is_news(detector: Detector, title: str) -> None:
    doc = page(f"{U}/kk/news/blog-ashyldy", title, "Енді студенттер басшыға сұрақ қоя алады.")
    assert "head_blog" not in found(detector, doc)


# Pages read by their lines: a page or file without headings, whose first lines stand for its title (joined where a
# title is broken over lines) and whose later short lines may name documents of their own. (address, institution
# type, kind, title, headings, lines, artefacts that must be found, artefacts that must not be)
LINE_CASES = [
    # A research article's table of shares ("Rector's blog | 80%") gives figures about documents on other sites; its rows
    # list no document of the page's own, whatever the article's genre says.
    pytest.param(f"{U}/en/journal/2026/3/5", "university", "html", "Academic integrity policies: what websites tell us", [], [
        "Bulletin of the University. Series: Social Sciences. 2026, No. 3, pp. 45-61",
        "This paper examines how 54 universities communicate their anti-corruption arrangements online.",
        "Table 1. Share of institutions publishing each artefact (n = 54)",
        "Code of honour of staff | 94%",
        "Anti-corruption action plan (current year) | 87%",
        "Rector's blog | 80%",
        "Online dormitory registration | 52%",
    ], set(), {"staff_ethics_code", "anticorruption_plan", "head_blog", "dormitory_online_registration"},
        id="a_table_of_shares_lists_no_document"),
    # Under a plan's title on a page without headings, the first row by quarter ("II тоқсан: ...") begins its table;
    # the row's "жастар саясаты бөлімі" (the youth policy department) names no anti-corruption policy.
    pytest.param(f"{U}/kk/anticor/jospar", "university", "html", "Сыбайлас жемқорлыққа қарсы іс-шаралар жоспары", [], [
        "Сыбайлас жемқорлыққа қарсы іс-шаралар жоспары (2026 жыл)",
        "I тоқсан: Ішкі талдау жүргізу – жұмыс тобы",
        "II тоқсан: Сыбайлас жемқорлыққа қарсы күрес күніне арналған шаралар – жастар саясаты бөлімі",
    ], {"anticorruption_plan"}, {"anticorruption_policy"}, id="a_plans_quarter_rows_end_its_title_block"),
    # "«...» КеАҚ Басқарма Төрағасы – Ректордың ... № 301 бұйрығымен бекітілген" says who approved the regulation: its
    # "Төрағасы" (the board's chairman) joined to the title would make the commission's chairman, i.e. its composition.
    pytest.param(f"{U}/kk/anticor/ereje", "university", "html", "Сыбайлас жемқорлыққа қарсы комиссия туралы ереже", [], [
        "Сыбайлас жемқорлыққа қарсы комиссия туралы ереже",
        "«Солтүстік университеті» КеАҚ Басқарма Төрағасы – Ректордың 2025 жылғы 4 қыркүйектегі № 301 бұйрығымен бекітілген",
        "1. Жалпы ережелер",
        "1. Сыбайлас жемқорлыққа қарсы комиссия (бұдан әрі – Комиссия) тұрақты жұмыс істейтін алқалы орган болып табылады.",
    ], {"anticorruption_commission_regulation"}, {"anticorruption_commission_composition"}, id="a_kazakh_approval_line_that_names_the_act_last_is_no_part_of_the_title"),
    # A page of several sections opens with one artefact's title (the commission's composition, whose words rule a
    # report or a trust line out as the page's subject); a later short line of its own names the next artefact, as a
    # heading would.
    pytest.param(f"{U}/ru/compliance", "university", "html", "Служба комплаенс", [], [
        "НАО «Северный аграрный университет»",
        "Состав антикоррупционной комиссии на 2026 год",
        "Председатель – Нурланов К. Т., проректор по стратегическому развитию",
        "Члены комиссии: Абенова С. Е. (юрист), Ковалев И. П. (главный бухгалтер), Садыков Е. Б. (студент)",
        "Секретарь – Абишева М. К., комплаенс-офицер",
        "Отчёты комиссии",
        "Отчёт антикоррупционной комиссии за 2025 год",
        "Протокол заседания антикоррупционной комиссии № 2 от 16.06.2026",
        "Телефон доверия",
        "Круглосуточный телефон доверия: 8 (7162) 25-00-00. Сообщения принимаются анонимно, также через Telegram-бот.",
    ], {"anticorruption_commission_composition", "anticorruption_commission_reports", "hotline"}, set(), id="a_section_line_names_its_artefact_whatever_the_pages_head_says"),
    # "(утв. решением Совета директоров, протокол № 3 от ...)" says who approved the rules: its "протокол" is no
    # word of the title, so it does not make the rules a commission's minutes.
    pytest.param(f"{U}/ru/hr", "university", "html", "Кадровая политика", ["Кадровая политика"], [
        "Правила конкурсного замещения вакантных должностей профессорско-преподавательского состава (утв. решением Совета директоров, протокол № 3 от 14.04.2026)",
        "Квалификационные требования к должностям профессорско-преподавательского состава (утв. решением Правления от 21.04.2026)",
        "Вакантные должности публикуются в разделе «Вакансии».",
    ], {"vacancy_rules"}, set(), id="the_note_after_a_listed_title_rules_nothing_out"),
    # "No. | Full name of the student | Course | Code and name of the educational program | GPA" heads a list's table:
    # its "code" and "student" make no student code.
    pytest.param(f"{U}/en/grants", "university", "html", "Applicants for vacant educational grants", [], [
        "List of applicants for vacant educational grants, 2026-2027 academic year",
        "No. | Full name of the student | Course | Code and name of the educational program | GPA",
        "1 | Serikbayeva A. N. | 2 | 6B08101 Agronomy | 3.87",
    ], set(), {"student_ethics_code"}, id="a_tables_header_row_is_no_title"),
    # A rector's order that forms a commission cites its regulation in the preamble ("В соответствии с Положением об
    # антикоррупционной комиссии ... ПРИКАЗЫВАЮ:"): the order is the composition, not the regulation it cites.
    pytest.param(f"{U}/upload/iblock/prikaz-712.pdf", "university", "pdf", "", [], [
        "ПРИКАЗ",
        "«15» сентября 2026 г. № 712-ж",
        "Об утверждении состава антикоррупционной комиссии",
        "В соответствии с Положением об антикоррупционной комиссии Университета ПРИКАЗЫВАЮ:",
        "1. Утвердить антикоррупционную комиссию в следующем составе:",
        "Председатель: Нуржанов А. Б. – проректор;",
        "Секретарь: Ахметова Л. С. – комплаенс-офицер.",
    ], {"anticorruption_commission_composition"}, {"anticorruption_commission_regulation"}, id="an_orders_preamble_cites_documents_it_is_not"),
    # "Төраға: ... – «Жетісу Агро» ЖШС директоры" begins the board's roster: the chairman's employer (an LLP) is not the
    # page's owner, so the college's own board composition is not another organisation's page.
    pytest.param(f"{C}/kk/qamqorshylyq-kenes", "college", "html", "Қамқоршылық кеңесінің құрамы", [], [
        "«Жетісу жоғары колледжі» МКҚК (2025-2028 жж.)",
        "Төраға: Сейтқалиев Ерлан Бақытұлы – «Дала Агро» ЖШС директоры",
        "Төрағаның орынбасары: Әбдірахманова Гүлнар Серікқызы – қала әкімдігінің өкілі",
        "Хатшы: Мұқанова Әсем Ерболқызы",
    ], {"board_of_trustees_composition"}, set(), id="a_rosters_first_row_by_role_ends_the_title_block"),
    # "КОДЕКС" / "академической честности и этики" / "обучающихся": the first two lines joined read as a code of
    # ethics that may be the staff's; the whole title says whose it is.
    pytest.param(f"{U}/upload/iblock/kodeks.pdf", "university", "pdf", "", [], [
        "УТВЕРЖДЕН",
        "решением Ученого совета",
        "протокол № 1 от 29.08.2025 г.",
        "КОДЕКС",
        "академической честности и этики",
        "обучающихся",
        "1. Общие положения",
        "1.1. Настоящий Кодекс определяет нормы поведения обучающихся университета и обязанности сотрудников по его соблюдению.",
    ], {"student_ethics_code"}, {"staff_ethics_code"}, id="a_title_over_three_lines_rules_out_what_its_last_line_rules_out"),
    # On a page without headings ("Попечительский совет"), "Протоколы заседаний:" heads the board's minutes listed
    # under it ("Протокол №1 от 22.02.2026"), as a section heading is read with the page's own heading.
    pytest.param(f"{C}/ru/popechitelskiy-sovet", "college", "html", "Попечительский совет", [], [
        "Попечительский совет колледжа создан в целях содействия развитию колледжа.",
        "Протоколы заседаний:",
        "Протокол №1 от 22.02.2026",
        "Протокол №2 от 16.05.2026",
    ], {"board_of_trustees_minutes"}, set(), id="a_sections_heading_ending_in_a_colon_is_read_with_the_pages_title"),
    # "План мероприятий по противодействию коррупции на 2026 год" / "Положение об антикоррупционной комиссии": each
    # line names a document by its full name, so they are not one title broken over two lines (the pair's plan ruled
    # the regulation out).
    pytest.param(f"{U}/ru/anticor", "university", "html", "Противодействие коррупции", [], [
        "План мероприятий по противодействию коррупции на 2026 год",
        "Положение об антикоррупционной комиссии",
        "Кодекс чести профессорско-преподавательского состава и сотрудников",
    ], {"anticorruption_commission_regulation", "anticorruption_plan", "staff_ethics_code"}, set(), id="two_lines_each_naming_an_artefact_in_full_are_two_titles"),
    pytest.param(f"{U}/upload/iblock/polozhenie.pdf", "university", "pdf", "", [], [
        "Положение о магистер-",
        "ской диссертации",
        "1 Область применения",
        "Настоящее положение устанавливает требования к магистерской диссертации.",
    ], {"master_thesis_regulation"}, set(), id="a_word_hyphenated_across_a_titles_lines_is_whole_again"),
    # "Главная / Кадры / Конкурс на вакантные должности" says where the minutes' page sits: the page is the minutes,
    # and what rules an announcement out in its title still does.
    pytest.param(f"{C}/ru/kadry/protokoly", "college", "html", "Протоколы конкурсной комиссии", [], [
        "Главная / Кадры / Конкурс на вакантные должности",
        "Протокол заседания конкурсной комиссии № 1 от 25.08.2026 (скан)",
        "Протокол заседания конкурсной комиссии № 2 от 14.09.2026 (скан)",
    ], {"competition_commission_minutes"}, {"vacancy_announcements"}, id="a_breadcrumbs_section_does_not_name_the_page_cleanly"),
    # "Я знаю порядок получения подарков | 1 | 2 | 3 | 4 | 5" is a survey's statement to rate, not a listed gifts
    # procedure.
    pytest.param(f"{U}/ru/anticor/anketa", "university", "html", "Анкета: антикоррупционная культура", [], [
        "Утверждение | 1 | 2 | 3 | 4 | 5",
        "Я знаю порядок получения подарков | 1 | 2 | 3 | 4 | 5",
        "Я знаю, куда сообщить о коррупции | 1 | 2 | 3 | 4 | 5",
    ], set(), {"gifts_policy"}, id="a_questionnaires_statement_with_its_scale_lists_no_document"),
    # "План ... на 2024 год (PDF, 250 KB) 15.01.2024" lists the institution's file with the date it was posted: an item
    # of the list beside the national acts, not one of them.
    pytest.param(f"{U}/ru/anticor", "university", "html", "Антикоррупционная деятельность", [], [
        "Закон Республики Казахстан «О противодействии коррупции» (PDF, 520 KB) 18.11.2015",
        "Концепция антикоррупционной политики Республики Казахстан на 2022-2026 годы (PDF, 380 KB) 02.02.2022",
        "План мероприятий по противодействию коррупции на 2024 год (PDF, 250 KB) 15.01.2024",
        "Антикоррупционная политика университета (PDF, 310 KB) 30.08.2024",
    ], {"anticorruption_plan", "anticorruption_policy"}, set(), id="a_listed_files_posting_date_after_its_note_is_part_of_the_note"),
    pytest.param(f"{C}/upload/protokol-2.pdf", "college", "pdf", "", [], [
        "Протокол № 2 заседания Попечительского совета колледжа от 16.05.2026",
        "Присутствовали: 7 из 9 членов Попечительского совета",
        "Повестка дня: 1. Об итогах учебного года.",
    ], {"board_of_trustees_minutes"}, {"board_of_trustees_composition"}, id="the_boards_minutes_saying_who_attended_are_no_composition"),
    # "Студенттің ар-намыс кодексі" / "Ішкі тәртіп ережелері": the second line is another document of the list (its
    # "тәртіп", internal rules, rules the code out as the page's subject only were they one title).
    pytest.param(f"{C}/kz/about/documents", "college", "html", "Колледж құжаттары", [], [
        "Басты бет / Колледж туралы / Нормативтік құжаттар",
        "Колледж Жарғысы",
        "Педагогтердің әдеп кодексі",
        "Студенттің ар-намыс кодексі",
        "Ішкі тәртіп ережелері",
    ], {"staff_ethics_code", "student_ethics_code"}, set(), id="a_documents_name_in_sentence_case_after_a_full_title_is_the_next_item"),
]


@pytest.mark.parametrize(("url", "itype", "kind", "title", "headings", "lines", "present", "absent"), LINE_CASES)
def test_a_page_read_by_its_lines(detector: Detector, url: str, itype: str, kind: str, title: str, headings: list[str],
                                  lines: list[str], present: set[str], absent: set[str]) -> None:
    got = found(detector, page(url, title, "\n".join(lines), headings=headings, kind=kind), itype)
    assert present <= set(got)
    assert not absent & set(got)


def test_an_online_services_own_faq_is_the_services_page(detector: Detector) -> None:
    doc = page(f"{U}/ru/dormitory/faq", "Часто задаваемые вопросы: онлайн-заявка на общежитие",
               "Где подать заявку на место в общежитии? — В личном кабинете на портале Univer, раздел «Общежитие».\n"
               "Сколько рассматривается заявка? — Не более 3 рабочих дней; решение приходит в личный кабинет.")
    assert "dormitory_online_registration" in found(detector, doc)


def test_a_lines_label_names_what_the_line_describes(detector: Detector) -> None:
    """"Плагиатқа қарсы жүйе: барлық жұмыстар ... тексеріледі" opens with the name of what the line describes."""
    body = "\n".join([
        "Университет академиялық адалдық қағидаттарын ұстанады.",
        "Плагиатқа қарсы жүйе: барлық дипломдық жұмыстар «Антиплагиат.ВУЗ» жүйесінде тексеріледі, түпнұсқалық шегі – 60%.",
        "Сұрақтар бойынша: академиялық сапа бөлімі, 204 каб.",
    ])
    doc = page(f"{U}/kk/adaldyq", "Академиялық адалдық", body)
    assert "antiplagiarism" in found(detector, doc)


def test_an_adjacent_phrase_matches_its_words_next_to_each_other_in_order() -> None:
    """"~state policy" (patterns.ADJACENT_MARK): "the state policy" matches; "policy of the State University" and
    "state ... policy" further apart do not."""
    from detectors.patterns import Matcher, compile_phrase

    matcher = Matcher({}, [compile_phrase("~state policy", "neg:x", set())])

    def hits(text: str) -> int:
        return len(matcher.scan_words(matcher.words(text)[1]).hits)

    assert hits("the state policy of the republic") == 1
    assert hits("policy of the state university") == 0
    assert hits("state technical university policy") == 0


def test_an_adjacent_phrase_with_stop_words_matches_them_in_the_text_or_left_out() -> None:
    """"~board of directors" and "~апелляция по результатам": the phrase's stop words ("of", "по") are not matched, but
    stand in the text between its words ("Board of Directors", "Апелляция по результатам экзаменов"), or not ("апелляции
    результатов"); another word there, or the words apart, is no match."""
    from detectors.normalize import clean_text
    from detectors.patterns import Matcher, compile_phrase

    matcher = Matcher({}, [compile_phrase("~board of directors", "neg:x", set()),
                           compile_phrase("~апелляция по результатам", "neg:y", set())])

    def owners(text: str) -> list[str]:
        scan = matcher.scan_words(matcher.words(clean_text(text))[1])
        return sorted({hit.phrase.owner for hit in scan.hits})

    assert owners("approved by the Board of Directors on 5 May") == ["neg:x"]
    assert owners("Апелляция по результатам экзаменов") == ["neg:y"]
    assert owners("Положение об апелляции результатов итогового контроля") == ["neg:y"]
    assert owners("the board of the institute's directors") == []
    assert owners("апелляция подаётся по результатам") == []


def test_a_scientific_electronic_magazine_is_no_class_journal(detector: Detector) -> None:
    """"Electronic magazine" is how machine translation renders "электронный журнал", but a university's scientific
    "electronic magazine" (issues, articles, an editorial board) records no attendance or grades."""
    doc = page(f"{U}/en/electronic-magazine", 'Electronic magazine "Intellect, idea, innovation"',
               "The scientific and analytical electronic magazine has been published since 2006, 4 issues per year.\n"
               "Requirements for articles: 7-12 pages, abstract in three languages.\nEditorial board | Submit an article")
    assert "e_journal" not in found(detector, doc)


def test_a_paraphrased_dissertation_council_statute_is_its_regulation_not_the_diploma_theses(detector: Detector) -> None:
    """"Statute of the board for defence of theses" is how an English version may render "Положение о диссертационном
    совете"."""
    doc = page(f"{U}/en/page/8065", "Statute of the board for defence of theses",
               "Approved by the decision of the Academic Council.\n1. General provisions\n2. Procedure")
    got = found(detector, doc)
    assert "dissertation_council_regulation" in got and "thesis_regulation" not in got


def test_a_listed_regulation_dates_no_club_whose_current_plan_is_listed_beside_it(detector: Detector) -> None:
    """A club's page lists its regulation with its approval note (a document that never expires) and its plan for the
    current year: the regulation's approval year dates nothing, the plan dates the club's documents."""
    doc = page("https://uni.example.test/en/student-life/clubs/sanaly-urpaq", "Sanaly Urpaq Student Club",
               "Sanaly Urpaq Student Club\n"
               "The club brings together students who promote honesty in studies and campus life.\n"
               "Club documents\n"
               "Regulation on the Sanaly Urpaq Student Club (approved by the Vice-Rector, 3 October 2022) — PDF\n"
               "Work plan of the club for the 2025-2026 academic year — PDF\n"
               "Contact: the Student Affairs Office, room 204.", headings=[])
    evidence = {e.artefact_id: e for e in detector.detect(doc, "university", AS_OF) if e.confidence >= 0.5}
    assert evidence["sanaly_urpaq_club"].stale is False, evidence["sanaly_urpaq_club"]


def test_a_compositions_year_on_the_line_under_its_title_below_the_sites_header(detector: Detector) -> None:
    """The page's text repeats the whole title with the site's name, the menu's row and the breadcrumb above the title:
    the line under the title ("2020-2021 оқу жылына", for the year) still names the composition's period."""
    doc = page("https://uni.example.test/kz/university/antikor/komissiya-quramy",
               "Сыбайлас жемқорлыққа қарсы комиссияның құрамы — Университет",
               "Сыбайлас жемқорлыққа қарсы комиссияның құрамы — Университет\n"
               "Басты бет | Университет | Талапкер | Студент | Ғылым | Тәрбие | Жаңалықтар | Байланыс\n"
               "Басты бет › Университет › Сыбайлас жемқорлыққа қарсы іс-қимыл › Комиссия құрамы\n"
               "Сыбайлас жемқорлыққа қарсы комиссияның құрамы\n"
               "2020-2021 оқу жылына\n"
               "Ректордың 2020 жылғы 28 тамыздағы № 201-ж бұйрығымен бекітілген\n"
               "№ | Аты-жөні | Лауазымы | Комиссиядағы рөлі\n"
               "1 | Әбдікәрімов Нұрлан Серікұлы | Проректор | Төраға\n"
               "2 | Сәрсенов Дәурен Жомартұлы | Комплаенс-офицер | Хатшы", headings=[])
    evidence = {e.artefact_id: e for e in detector.detect(doc, "university", AS_OF) if e.confidence >= 0.5}
    assert evidence["anticorruption_commission_composition"].stale is True


def test_a_phrase_whole_in_a_rows_later_cell_counts_where_its_first_match_straddled_the_first(detector: Detector) -> None:
    """A menu's row read as a table's ("Ректор | Блог ректора | Структура"): the first match of "блог ... ректор" runs
    from the first cell into the next, but the phrase is whole in the second cell."""
    doc = page("https://uni.example.test/ru/obuchayushchimsya", "Обучающимся",
               "Обучающимся — Университет\n"
               "Главная | Университет | Абитуриенту | Обучающимся | Наука | Контакты\n"
               "Ректор | Блог ректора | Структура | Документы\n"
               "Обучающимся\n"
               "Онлайн-сервисы\n"
               "Заказ справки с места учёбы (справка для ЦОН, военкомата).\n"
               "Расписание занятий и экзаменов", headings=[])
    assert found(detector, doc).get("head_blog", 0) >= 0.5


def test_an_abbreviation_the_page_defines_is_read_as_what_it_stands_for() -> None:
    from detectors.engine import _defined_abbreviations, _spell_out

    body = ("Комплаенс-офицер координирует работу антикоррупционной комиссии (АКК).\n"
            "Попечительский совет (далее – ПС) колледжа.\nПрофессорско-преподавательского состава (ППС).\n"
            "Ставка (0,5) и (PDF) не определяют сокращений.")
    found = _defined_abbreviations(body)
    assert found == {"АКК": "антикоррупционной комиссии", "ПС": "Попечительский совет",
                     "ППС": "Профессорско-преподавательского состава"}
    assert _spell_out("Протоколы АКК", found) == "Протоколы АКК антикоррупционной комиссии"
    assert _spell_out("ПАКК и АКК-2", found) == "ПАКК и АКК-2"  # (only the word itself)


def test_minutes_listed_under_a_defined_abbreviation_are_the_commissions(detector: Detector) -> None:
    doc = page("https://uni.example.test/ru/antikor/komplaens", "Антикоррупционный комплаенс",
               "Антикоррупционный комплаенс\n"
               "Комплаенс-офицер координирует работу антикоррупционной комиссии (АКК) и принимает сообщения о нарушениях.\n"
               "Протоколы АКК\n"
               "Протокол № 1 от 19.09.2025 — PDF\n"
               "Протокол № 2 от 30.10.2025 — PDF", headings=[])
    assert found(detector, doc).get("anticorruption_commission_reports", 0) >= 0.5


def test_abbreviations_listed_before_their_meaning_are_read_too() -> None:
    from detectors.engine import _defined_abbreviations

    body = ("Сокращения: ДР/ДП — дипломная работа (проект); МД — магистерская диссертация; ДС — диссертационный совет.\n"
            "ТОО — товарищество с ограниченной ответственностью.")
    assert _defined_abbreviations(body) == {"ДР": "дипломная работа", "МД": "магистерская диссертация",
                                            "ДС": "диссертационный совет"}


def test_a_list_of_abbreviations_needs_no_bracket_on_the_page() -> None:
    from detectors.engine import _defined_abbreviations

    assert _defined_abbreviations("Сокращения: МД — магистерская диссертация; ДС — диссертационный совет.") == {
        "МД": "магистерская диссертация", "ДС": "диссертационный совет"}
