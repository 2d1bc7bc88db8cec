"""The kinds of page that fooled detection on unseen real pages (issue: detection that generalises),
each written for this test in kk, ru or en (never the development pages): reports about a thing,
national acts and model documents, other organisations' pages, scope (students vs staff),
neighbouring documents, and paraphrased titles that must still be found."""

from __future__ import annotations

import datetime as dt

import pytest

from adalscan.models import Document
from detectors.decision import MIN_REPORTED
from detectors.document import Link
from detectors.engine import Detector
from detectors.extract.extract import extract_document
from detectors.learn import wrap_html

AS_OF = dt.date(2026, 11, 25)
U = "https://uni.example.test"
C = "https://college.example.test"


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def page(url: str, title: str, body: str, headings: list[str] | None = None) -> Document:
    return Document(url=url, kind="html", title=title, headings=headings if headings is not None else [title],
                    body=body)


def excerpt(url: str, text: str) -> Document:
    """A page as the labelled excerpts are read: no heading, its first line the title and the text's first line."""
    return Document(url=url, kind="html", title=text.split("\n", 1)[0], headings=[], body=text)


def pdf_text(url: str, text: str, heading: str | None = None) -> Document:
    """A PDF as its extractor gives it without a title: its text, and the first line as its heading where it has one."""
    return Document(url=url, kind="pdf", title="", headings=[heading] if heading else [], body=text)


def verdicts(detector: Detector, doc: Document, itype: str = "university") -> dict[str, float]:
    return {e.artefact_id: e.confidence for e in detector.detect(doc, itype, AS_OF)}


def found_verdicts(detector: Detector, doc: Document, itype: str = "university") -> dict[str, float]:
    return {aid: confidence for aid, confidence in verdicts(detector, doc, itype).items() if confidence >= 0.5}


# (id, document, institution type, artefacts that must not be `found`)
# A commission's composition published as the rector's order: "БҰЙЫРАМЫН" is every order's word, no national act's;
# a member's post that names the club she leads is her work, not the club's document.
RECTOR_ORDER_COMPOSITION_KK = excerpt(f"{U}/kk/antikor/komissiya-quramy",
        "Сыбайлас жемқорлыққа қарсы комиссияның құрамы\nБҰЙРЫҚ № 418-ж\nПавлодар қ. 2025 жылғы «15» қыркүйек\n"
        "Университеттің сыбайлас жемқорлыққа\nқарсы комиссиясының құрамын бекіту туралы\n"
        "«Сыбайлас жемқорлыққа қарсы іс-қимыл туралы» ҚР Заңын іске асыру мақсатында БҰЙЫРАМЫН:\n"
        "1. Университеттің сыбайлас жемқорлыққа қарсы комиссиясы мынадай құрамда бекітілсін:\n"
        "Төраға: Қасымов Ерлан Болатұлы – академиялық мәселелер жөніндегі проректор\nМүшелері:\n"
        "Ли Светлана Викторовна – бас бухгалтер\n"
        "Сейітжан Айгерім – «Саналы ұрпақ» клубының жетекшісі, ПД-21 тобының студенті\n"
        "Хатшы: Төлеуова Мадина Қайратқызы – комплаенс-офицер\n"
        "2. Бұйрықтың орындалуын бақылауды өзіме қалдырамын.\nРектор Т.С. Бекмағамбетов")

NOT_FOUND = [
    # 1. Reporting about a thing: news that the ministry published grant lists or changes scholarships.
    ("news-ministry-grant-lists-ru", page(
        f"{U}/ru/news/2026/08/12/spiski", "Министерство опубликовало списки обладателей образовательных грантов",
        "Министерство науки и высшего образования опубликовало списки абитуриентов, получивших государственные "
        "образовательные гранты. По всей стране гранты получили более 70 тысяч человек. Списки размещены на сайте "
        "министерства, сообщили в министерстве."),
     "university", {"grant_transfer_candidates", "scholarship_candidates", "scholarship_info"}),
    ("news-scholarship-change-kk", page(
        f"{C}/kk/zhanalyqtar/1234", "Жаңалықтар | Келесі жылдан бастап шәкіртақы мөлшері өзгереді",
        "Ғылым және жоғары білім министрлігі шәкіртақы тағайындау қағидаларына өзгерістер енгізуді жоспарлап отыр. "
        "Республика бойынша барлық колледж студенттерінің шәкіртақысы өсірілмек, деп хабарлады министрліктің "
        "баспасөз қызметі."),
     "college", {"scholarship_info", "scholarship_candidates"}),
    # Reposted without a headline: only the address names the scholarship, the text reports a rise to come.
    ("repost-scholarship-rise-url-only-ru", Document(
        url=f"{U}/stipendiya-studentov/", kind="html", title="Университет", headings=[],
        body="С нового учебного года стипендия студентов будет увеличена на треть. Размер выплаты увеличится "
             "с 30 до 40 тысяч тенге в месяц."),
     "university", {"scholarship_info"}),
    # The Integrity School's plan "for the academic year": "academic ... Integrity" is no academic integrity.
    ("integrity-school-plan-not-the-student-code-en", page(
        f"{U}/en/integrity-school/plan", "Work plan of the Integrity School for 2026-2027 academic year",
        "1. Session 1 \"Corruption risks in education\" - October 2026 - Anti-corruption compliance officer\n"
        "2. Session 2 \"Personal example of the teacher\" - December 2026 - Vice-rector"),
     "university", {"student_ethics_code"}),
    # The civil servants' national code reposted, under the President's decree that approved it: a national act.
    ("civil-servants-code-presidential-decree-kk", excerpt(f"{U}/kk/adep/memlekettik-qyzmetshi-kodeksi",
        "Қазақстан Республикасы мемлекеттік қызметшілерінің әдеп кодексі\n"
        "(Мемлекеттік қызметшілердің қызметтік әдеп қағидалары)\n"
        "Қазақстан Республикасы Президентінің 2015 жылғы 29 желтоқсандағы № 153 Жарлығымен бекітілген\n"
        "1. Жалпы ережелер\n1. Осы Қазақстан Республикасы мемлекеттік қызметшілерінің әдеп кодексі мемлекеттік "
        "қызметшілердің мінез-құлқының негізгі стандарттарын белгілейді.\n2. Мемлекеттік қызметтің негізгі әдеп "
        "қағидаттары\n3. Мемлекеттік қызметшілердің сыйлықтар алуы заңда белгіленген тәртіппен шектеледі.\n"
        "Университет қызметкерлері назарына: құжат танысу үшін орналастырылды."),
     "university", {"staff_ethics_code"}),
    # A policy's section on a line of its own that names a topic, no document: part of the policy.
    ("policy-section-line-is-no-second-document-ru", excerpt(f"{U}/ru/antikor/politika",
        "Антикоррупционная политика\n1. Университет придерживается принципа «нулевой терпимости» к коррупции.\n"
        "Конфликт интересов\nРаботник обязан в письменной форме уведомить руководителя и комплаенс-офицера о "
        "возникшем конфликте интересов.\nПодарки\nРаботникам запрещается принимать подарки от обучающихся."),
     "university", {"conflict_of_interest_policy", "gifts_policy"}),
    ("rector-order-member-post-is-no-club-document-kk", RECTOR_ORDER_COMPOSITION_KK, "university", {"sanaly_urpaq_club"}),
    # A staff code's page offering its Kazakh text as a file: "the Code" on that line is this code again, although
    # the code's text also speaks of students (and of the Labour Code).
    ("staff-code-file-line-names-it-again-latin-kk", excerpt(f"{C}/kk/ar-namys",
        "Oqytýshylar men qyzmetkerlerdiń ar-namys kodeksi\nAqtóbe joǵary kolledji\nCode of Honour of Teachers and Staff\n"
        "Approved by the Pedagogical Council of the College, minutes No. 3 of 29 August 2025.\n"
        "1. This Code sets the standards of conduct of every teacher and employee of the College.\n"
        "2. Staff treat students and colleagues with respect and accept no gifts or services for grades or placements.\n"
        "3. Breaches are considered by the Ethics Commission of the College; the Director applies penalties under the "
        "Labour Code.\nKodekstiń qazaq tilindegi mátini: ar-namys_kodeksi_kk.pdf"),
     "college", {"student_ethics_code"}),
    # A head's report as its slides: the slide on anti-corruption work that names the club's events is the report's.
    ("report-slide-names-the-club-kk", excerpt(f"{C}/kk/direktor-esebi",
        "Директордың 2026 жылғы жария есебі\nСлайд 1. Колледж туралы: 1 240 білім алушы, 96 педагог\n"
        "Слайд 2. Оқу нәтижелері: үлгерім 91 %, сапа 64 %\n"
        "Слайд 3. Сыбайлас жемқорлыққа қарсы іс-қимыл: «Саналы ұрпақ» клубының 15 іс-шарасы, сенім телефоны\n"
        "Слайд 4. Материалдық база: екі шеберхана жаңартылды"),
     "college", {"sanaly_urpaq_club"}),
    # A commission's minutes: who attended ("Қатысқандар: комиссия төрағасы, 7 мүше") opens the minutes' text, it is
    # no title naming the commission's regulation.
    ("minutes-attendance-is-no-title-kk", excerpt(f"{U}/kk/antikor/hattama-3",
        "Сыбайлас жемқорлыққа қарсы комиссия отырысының хаттамасы №3\nУниверситет\n2026 жылғы 18 қыркүйек\n"
        "Қатысқандар: комиссия төрағасы, 7 мүше, шақырылғандар – факультет деканы\nКүн тәртібінде:\n"
        "1. Іс-шаралар жоспарының орындалуы туралы."),
     "university", {"anticorruption_commission_regulation"}),
    # A student's blog post about plagiarism and the anti-plagiarism system: an opinion, not the institution's policy.
    ("student-blog-on-plagiarism-kk", excerpt(f"{U}/kk/blog/plagiat",
        "Плагиат туралы: студенттің ойы\nСтуденттік блог\n"
        "Дипломдық жұмысымды жазғанда антиплагиат жүйесі туралы алғаш ойландым.\n"
        "Көп студенттер антиплагиат жүйесін алдаудың жолын іздейді, бірақ мәселе өзімізде."),
     "university", {"antiplagiarism"}),
    # The region's education department's own plan, reposted by a college.
    ("education-department-plan-reposted-ru", excerpt(f"{C}/ru/antikor/plan-upravleniya",
        "План мероприятий управления образования акимата Павлодарской области по противодействию коррупции на 2026 год\n"
        "Утверждён приказом руководителя управления образования №01-09/118 от 15.01.2026\n"
        "1. Анализ коррупционных рисков в подведомственных колледжах – II квартал 2026."),
     "college", {"anticorruption_plan"}),
    # A board of trustees' meeting announced: no minutes yet.
    ("trustees-meeting-announced-ru", excerpt(f"{C}/ru/obyavleniya/popechitelskiy-sovet",
        "Анонс: заседание Попечительского совета\nОбъявления | 20.11.2026\n"
        "3 декабря 2026 года в актовом зале колледжа состоится очередное заседание Попечительского совета.\n"
        "В повестке: подготовка общежития к зиме."),
     "college", {"board_of_trustees_minutes"}),
    # The ministry's explanation of the national rules for vacant grants, reposted from its press service: no list.
    ("ministry-explains-vacant-grants-ru", excerpt(f"{U}/ru/news/vakantnye-granty",
        "Вакантные гранты: разъяснение Министерства\nНовости | 02.07.2026\n"
        "Министерство науки и высшего образования разъяснило, как студенты платного отделения могут перейти на "
        "вакантный грант в каникулярный период.\nКонкурс проводится по среднему баллу GPA.\n"
        "По материалам пресс-службы МНВО РК"),
     "university", {"grant_transfer_candidates"}),
    # Lists with the notes an institution's own documents have, of others' acts and works: a ministry's orders, a
    # national order in an item's note, an association's documents, papers by their authors.
    ("ministry-orders-table-ru", excerpt(f"{U}/ru/normativnaya-baza/prikazy",
        "Приказы Министерства\n№ | Документ | Дата | Формат\n"
        "1 | Приказ МНВО РК «Об утверждении Правил организации академической мобильности» | 20.05.2024 | PDF\n"
        "2 | Приказ МНВО РК «Об утверждении Правил перевода обучающихся» | 12.10.2023 | PDF"),
     "university", {"academic_mobility", "online_transfer_service"}),
    ("national-order-in-the-note-kk", excerpt(f"{C}/kk/bos-lauazymdar",
        "Бос лауазымдар\nҚұжаттар:\n"
        "- Педагогтердің лауазымдарына тағайындау қағидалары (ҚР БҒМ 2012 жылғы 21 ақпандағы № 57 бұйрығы) (PDF)"),
     "college", {"vacancy_rules"}),
    ("association-documents-kk", excerpt(f"{C}/kk/qauymdastyq",
        "Серіктестер құжаттары\nКолледж республикалық қауымдастықтың мүшесі.\n"
        "• Педагогтердің әдеп кодексі (Қауымдастықтың жалпы жиналысы қабылдаған, 2022) (PDF, 210 КБ) — жүктеу\n"
        "• Қауымдастықтың 2025 жылғы жылдық есебі (PDF, 2,6 МБ) — жүктеу"),
     "college", {"staff_ethics_code", "head_annual_report"}),
    ("papers-by-their-authors-ru", excerpt(f"{U}/ru/nauka/sbornik",
        "Сборник материалов конференции\nСодержание:\n"
        "1. Иманбекова А. Т. Антикоррупционная политика в университетах (с. 5–11) (PDF, 240 КБ)\n"
        "2. A. Zhaksylykova (3rd year, Law) — Conflict of Interest Policy in Universities (PDF, 410 KB)"),
     "university", {"anticorruption_policy", "conflict_of_interest_policy"}),
    # A master's thesis's title page: a student's work on the codes and policies, not the university's.
    ("master-thesis-title-page-en", pdf_text(f"{U}/upload/theses/bekova_2026.pdf",
        "Academic Integrity Policies in Kazakhstani Universities\nGraduate School of Public Policy\nMASTER'S THESIS\n"
        "Student Codes of Ethics and Academic Integrity Policies: A Comparison\nSubmitted by: A. T. Bekova, master's student\n"
        "Supervisor: Associate Professor D. K. Sultanov\nAstana, 2026\nAbstract\n"
        "This thesis compares the student codes of ethics and anti-corruption policies of twelve universities.",
        "Academic Integrity Policies in Kazakhstani Universities"),
     "university", {"student_ethics_code", "anticorruption_policy"}),
    # A department's guide to formatting a master's thesis, compiled by a lecturer: not the thesis regulation.
    ("thesis-formatting-guide-compiled-by-kk", pdf_text(f"{U}/files/metod/nusqaulyq.pdf",
        "Магистрлік диссертацияны рәсімдеу бойынша әдістемелік нұсқаулық\nПедагогика кафедрасы\n"
        "Магистранттарға арналған\nҚұрастырған: п.ғ.к., доцент Р. Т. Әлімбекова\nСемей, 2026\nКіріспе\n"
        "Бұл нұсқаулықта магистрлік диссертацияның құрылымы мен рәсімдеу талаптары берілген.",
        "Магистрлік диссертацияны рәсімдеу бойынша әдістемелік нұсқаулық"),
     "university", {"master_thesis_regulation"}),
    # Students' thesis topics on the artefacts' subjects: each line is a topic, not a document.
    ("thesis-topics-list-ru", excerpt(f"{U}/ru/law/diploma-topics",
        "Темы дипломных работ на 2026-2027 учебный год\nКафедра права\n"
        "1. Антикоррупционная политика в высших учебных заведениях\n"
        "2. Правовое регулирование конфликта интересов\n3. Кодекс этики студентов как инструмент воспитания"),
     "university", {"anticorruption_policy", "conflict_of_interest_policy", "student_ethics_code"}),
    # A regional akimat's plan reposted by a college "for information", in Latin-script Kazakh.
    ("akimat-plan-reposted-latin-kk", excerpt(f"{C}/kk/aqparat/akimdik-jospar",
        "Pavlodar oblysy ákimdiginiń sybaılas jemqorlyqqa qarsy is-qımyl jospary 2026\n"
        "Aqparat úshin: ákimdiktiń josparyn oblystyq basqarma hatpen jiberdi.\n"
        "1. Ákimdik basqarmalarynyń qyzmetindegi sybaılas jemqorlyq táýekelderin taldaý — I toqsan."),
     "college", {"anticorruption_plan"}),
    # The same in Latin-script Kazakh, each member with initials first, as a dashed list.
    ("member-post-initials-first-latin-kk", excerpt(f"{U}/kk/antikor/quram",
        "Sybaılas jemqorlyqqa qarsy komıssııanyń quramy\nTóraǵa: E. B. Qasymov – prorektor\nMúsheler:\n"
        "- S. V. Lı – bas búhgalter\n- A. Seıitjan – «Sanaly urpaq» klýbynyń jetekshisi (stýdent)\n"
        "Hatshy: M. Q. Tóleýova – komplaens-ofıser"),
     "university", {"sanaly_urpaq_club"}),
    # Minutes that say who attended ("Присутствовали: 9 членов комиссии из 11"): no composition.
    ("minutes-attendance-is-no-composition-ru", excerpt(f"{U}/ru/antikor/protokol-3-2026",
        "Протокол заседания антикоррупционной комиссии № 3\nг. Уральск, 14 октября 2026 г.\n"
        "Председатель – Мукашев С.К., проректор по академическим вопросам\n"
        "Присутствовали: 9 членов комиссии из 11 (список прилагается)\nПОВЕСТКА ДНЯ:\n"
        "1. О результатах анализа коррупционных рисков в приёмной комиссии.\n"
        "ПОСТАНОВИЛИ: 1.1 Информацию принять к сведению."),
     "university", {"anticorruption_commission_composition"}),
    # A blank form, an appendix of the policy: "Форма уведомления" over lines of blanks, short ones among them.
    ("conflict-notification-form-is-no-policy-ru", excerpt(f"{U}/ru/antikor/forma-uvedomleniya",
        "Форма уведомления о возникновении конфликта интересов\nПриложение 1\n"
        "к Политике урегулирования конфликта интересов\n(форма)\nКомплаенс-офицеру\n"
        "от _______________________________\n(Ф.И.О., должность, подразделение)\nУВЕДОМЛЕНИЕ\n"
        "о возникновении личной заинтересованности, которая приводит или может привести к конфликту интересов\n"
        "Обстоятельства, являющиеся основанием возникновения личной заинтересованности: ____________________\n"
        "Должностные обязанности, на исполнение которых влияет личная заинтересованность: ________________\n"
        "Предлагаемые меры по предотвращению конфликта интересов: ___________________\n"
        "«___» __________ 20__ г. __________ /__________________/\n(подпись) (расшифровка)\n"
        "Регистрационный № ______ от «___» _______ 20__ г."),
     "university", {"conflict_of_interest_policy"}),
    # The Anti-Corruption Agency's regional department's plan, reposted: the Agency's, not the university's.
    ("agency-department-plan-reposted-kk", excerpt(f"{U}/kk/antikor/departament-zhospary-2026",
        "ҚР Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің Ақмола облысы бойынша департаментінің жоспары\n"
        "БЕКІТЕМІН\nДепартамент басшысы\n__________ Е.С. Жүнісов\n2026 жылғы «15» қаңтар\n"
        "Ақмола облысында 2026 жылға арналған сыбайлас жемқорлықтың алдын алу жөніндегі іс-шаралар жоспары\n"
        "1 Облыстың ЖОО мен колледждерінде «Адал студент» жобасы аясында кездесулер өткізу ақпан-мамыр"),
     "university", {"anticorruption_plan"}),
    # Information on how the standard was carried out is a report about it, not the standard.
    ("standard-implementation-report-kk", excerpt(f"{U}/kk/antikor",
        "Сыбайлас жемқорлыққа қарсы іс-қимыл\nСыбайлас жемқорлыққа қарсы стандартты орындау туралы ақпарат (2023 ж.)\n"
        "Жүктеп алу (DOC, 74 КБ)"),
     "university", {"anticorruption_standard"}),
    ("standard-implementation-report-ru", page(
        f"{U}/ru/antikor/standart-info", "Информация о реализации антикоррупционного стандарта за 2025 год",
        "Во исполнение антикоррупционного стандарта в 2025 году проведены 12 мероприятий."),
     "university", {"anticorruption_standard"}),
    # A club's plan whose last measure is the club's own annual report: no head's report.
    ("club-plan-annual-report-measure-kk", excerpt(f"{U}/kk/sanaly-urpaq",
        "«Саналы ұрпақ» жобалық кеңсесі\n«Саналы ұрпақ» студенттік клубының 2026-2027 оқу жылына арналған жұмыс "
        "жоспары\nҚыркүйек 2026 – клуб активін сайлау, жоспарды бекіту.\nҚазан 2026 – «Адал студент» тақырыбында "
        "пікірсайыс.\nМамыр 2027 – клубтың жылдық есебі.\nКлуб жетекшісі: Қасымова Ақмарал."),
     "university", {"head_annual_report"}),
    # A composition whose rows give a name, a comma and the post, one of them a club member: no heading of the page,
    # and no club's document.
    ("roster-rows-with-commas-name-no-club-kk", excerpt(f"{U}/kk/antikor/komissiya-quramy",
        "Сыбайлас жемқорлыққа қарсы комиссияның құрамы\n"
        "Сәрсенова Гүлмира, экономика факультетінің деканы\n"
        "Бауыржанұлы Диас, студенттік өзін-өзі басқару төрағасы\n"
        "Ахметжанова Мадина, 3-курс студенті, «Саналы ұрпақ» клубының мүшесі"),
     "university", {"sanaly_urpaq_club"}),
    # A commission named after academic integrity: its members' list is no student code.
    ("academic-integrity-commission-members-ru", excerpt(f"{U}/ru/antikor/komissiya-akademicheskoy-chestnosti",
        "Состав Комиссии по академической честности и противодействию коррупции\n"
        "Председатель – Сапарова А.К., проректор по академическим вопросам\n"
        "Секретарь – Ли И.П., комплаенс-офицер\nЧлены комиссии: Омаров Д.С., декан; Ким Е.В., студентка 3 курса"),
     "university", {"student_ethics_code"}),
    # The rules of internal order bind students too, but they are not the code.
    ("internal-order-rules-not-the-code-ru", page(
        f"{U}/ru/studentam/pravila-rasporyadka", "Правила внутреннего распорядка для обучающихся",
        "Обучающиеся соблюдают расписание занятий, бережно относятся к имуществу университета и выполняют "
        "требования пропускного режима."),
     "university", {"student_ethics_code"}),
    # Admission grants for applicants (entrants), not vacant grants for the institution's students.
    ("admission-grants-for-applicants-en", page(
        f"{U}/en/for-applicants/educational-grant", "How an educational grant is awarded",
        "Applicants take part in the competition for educational grants with the certificate of the Unified "
        "National Testing; grants are awarded by the scores of the certificate for each group of programmes."),
     "university", {"grant_transfer_candidates"}),
    ("news-vacant-grants-national-en", page(
        f"{U}/en/news/vacant-grants-ministry", "Ministry announces the distribution of vacant grants nationwide",
        "The Ministry of Science and Higher Education said that vacant educational grants will be distributed "
        "across the country in August. Universities will receive the lists of candidates from the ministry."),
     "university", {"grant_transfer_candidates"}),
    # A portal's article about scholarships in general, which says what it is ("in our article").
    ("portal-article-on-scholarships-kk", page(
        f"{C}/kk/maqalalar/shakirtaqy-turlery", "Шәкіртақы түрлері туралы",
        "Біздің мақаламызда шәкіртақының қандай түрлері бар екенін және оның мөлшері неге байланысты екенін "
        "қарастырамыз. Мемлекеттік шәкіртақы, жоғары шәкіртақы және атаулы шәкіртақылар бар."),
     "college", {"scholarship_info"}),
    ("blog-article-on-scholarships-ru", page(
        f"{U}/ru/blog/vse-o-stipendiyah", "Всё о стипендиях",
        "В этой статье расскажем, какие бывают стипендии и от чего зависит их размер. Государственная "
        "стипендия, повышенная стипендия и именные стипендии назначаются по итогам сессии."),
     "university", {"scholarship_info"}),
    # Entrance exams for applicants (Kazakh), not the institution's rules for its exams.
    ("entrance-exams-for-applicants-kk", page(
        f"{C}/kk/talapkerlerge/tusu-emtihandary", "Колледжге түсу үшін емтихан тапсыру керек пе?",
        "Түсушілер шығармашылық мамандықтарға арнайы емтихан тапсырады, қалған мамандықтарға түсу емтихандары "
        "өткізілмейді. Талапкерлер құжаттарын қабылдау комиссиясына тапсырады."),
     "college", {"exam_rules"}),
    # News of an explanatory hour on the code, told in the past tense ("жүргізді", "түсіндірді").
    ("news-explanatory-hour-on-the-code-kk", page(
        f"{C}/kk/akademiyalyq-adaldyq-kodeksi", "Академиялық адалдық кодексі",
        "Топ кураторлары бірінші курс студенттерімен Академиялық адалдық кодексі бойынша түсіндіру жұмысын "
        "жүргізді. Кураторлар көшірудің және плагиаттың жол берілмейтінін түсіндірді."),
     "college", {"student_ethics_code"}),
    # A policy's list of the surveys the university runs each year describes them: it is not their results.
    ("survey-programme-described-en", page(
        f"{U}/en/quality/feedback", "Feedback",
        "Feedback from students is collected through several instruments.\n1. The Graduate Survey is conducted "
        "annually in June.\n2. The Student Satisfaction Survey is conducted annually at the end of the spring "
        "semester.\n3. Employer surveys are conducted every two years."),
     "university", {"survey_results"}),
    ("survey-programme-described-ru", page(
        f"{U}/ru/kachestvo/obratnaya-svyaz", "Обратная связь",
        "Обратная связь с обучающимися собирается несколькими способами.\n1. Анкетирование выпускников проводится "
        "ежегодно в июне.\n2. Социологический опрос удовлетворенности студентов проводится ежегодно в конце "
        "весеннего семестра."),
     "university", {"survey_results"}),
    # The rules for developing educational programmes of every level, postgraduate ones included.
    ("programme-development-rules-ru", page(
        f"{U}/ru/dokumenty/razrabotka-op", "Положение о разработке образовательных программ высшего и послевузовского образования",
        "Положение определяет порядок разработки, экспертизы и утверждения образовательных программ "
        "бакалавриата, магистратуры и докторантуры."),
     "university", {"masters_regulation"}),
    ("programme-development-rules-en", page(
        f"{U}/en/documents/programme-development", "Regulation on the Development of Higher and Postgraduate Educational Programmes",
        "The regulation sets out how educational programmes of bachelor's, master's and doctoral studies are "
        "designed, reviewed and approved."),
     "university", {"masters_regulation"}),
    # An employees' survey that asks about gifts and the hotline is neither the gifts procedure nor the hotline.
    ("employee-survey-on-gifts-and-hotline-ru", Document(
        url=f"{U}/ru/anticor/opros-podarki", kind="html", title="Анкета сотрудников о подарках и телефоне доверия",
        headings=["Анкета сотрудников о подарках и телефоне доверия"], anchor_texts=["Анкета сотрудников о подарках"],
        body="Анкета сотрудников о подарках и телефоне доверия\nУважаемые коллеги! Анкета анонимная.\n"
             "1. Предлагали ли вам подарки за последний год? (да / нет)\n"
             "2. Знаете ли вы номер телефона доверия университета? (да / нет)\nТел.: +7 (7172) 55-44-33"),
     "university", {"gifts_policy", "hotline"}),
    # 2. National acts and model documents reproduced.
    ("national-pedagogical-ethics-ru", page(
        f"{C}/ru/documents/pravila-etiki", "Правила педагогической этики",
        "Приказ Министра просвещения Республики Казахстан. Зарегистрирован в Министерстве юстиции Республики "
        "Казахстан. ПРИКАЗЫВАЮ: утвердить прилагаемые Правила педагогической этики. Педагог соблюдает нормы "
        "педагогической этики и не допускает получения подарков от обучающихся и их родителей."),
     "college", {"staff_ethics_code"}),
    ("state-standard-postgraduate-kk", page(
        f"{U}/kk/normativ/goso", "Жоғары және жоғары оқу орнынан кейінгі білім берудің мемлекеттік жалпыға міндетті стандарты",
        "Қазақстан Республикасы Ғылым және жоғары білім министрінің бұйрығы. Қазақстан Республикасының Әділет "
        "министрлігінде тіркелді. БҰЙЫРАМЫН: қоса беріліп отырған мемлекеттік жалпыға міндетті стандартын бекітсін. "
        "Магистратура мен докторантура бағдарламаларының мазмұнына қойылатын талаптар."),
     "university", {"masters_regulation", "phd_regulation", "master_thesis_regulation"}),
    ("civil-service-competition-ru", page(
        f"{U}/ru/vakansii/pravila-gossluzhby", "Правила проведения конкурса на занятие административной государственной должности",
        "Настоящие Правила определяют порядок проведения конкурса на занятие административной государственной "
        "должности корпуса «Б». Агентство по делам государственной службы объявляет конкурс."),
     "university", {"vacancy_rules", "vacancy_announcements"}),
    # 3. A vendor's manual kept as a file on the university's own site: its first lines name the company with its
    # legal form.
    ("vendor-manual-file-on-the-institutions-site-en", Document(
        url="https://u.example.test/upload/docs/checker_admin_manual.pdf", kind="pdf", title="StrikePlagiarism",
        headings=["StrikePlagiarism", "Administrator's manual", "Checker Software LLC, Riga. Release 4.1, 2025"],
        body="StrikePlagiarism\nAdministrator's manual\nChecker Software LLC, Riga. Release 4.1, 2025\n1. Signing in\n"
             "Open the panel and enter the password your institution's administrator gave you.\n2. Reports\n"
             "The similarity report lists the sources found for each uploaded thesis."),
     "university", {"antiplagiarism"}),
    # 3. A regional akimat's own plan, reposted on a university's page.
    ("akimat-plan-reposted-ru", page(
        "https://u.example.test/ru/antikor/plan-akimata/", "План мероприятий акимата области по противодействию коррупции",
        "Университет публикует план для сведения студентов и сотрудников. Утверждён постановлением акимата области. "
        "1. Анализ коррупционных рисков в управлениях акимата. 2. Отчёт акима перед населением."),
     "university", {"anticorruption_plan"}),
    # 1. News of a ceremony for scholarship holders is not the list of candidates.
    ("rector-congratulated-scholarship-holders-en", page(
        "https://u.example.test/en/news/2026/10/scholars/", "Rector congratulated the holders of named scholarships",
        "The rector met the students who hold named scholarships for the 2026-2027 academic year and handed them "
        "certificates."), "university", {"scholarship_candidates"}),
    # A blank template of a plan ("ҮЛГІ", every line "______"): not the institution's plan.
    ("blank-plan-template-kk", Document(
        url="https://u.example.test/upload/jospar-ulgi.docx", kind="docx", title="ҮЛГІ",
        headings=["ҮЛГІ"],
        body="ҮЛГІ\nСыбайлас жемқорлыққа қарсы іс-қимыл жөніндегі ______ жылға арналған іс-шаралар жоспары\n"
             "Жоғары оқу орнының атауы: ____________\nБекітілген күні: «___» ________ 20___ ж.\n"
             "№ | Іс-шара | Мерзімі | Жауапты\n1 | ________ | ______ | ______\n2 | ________ | ______ | ______\n"
             "Жауапты тұлға ____________ / ________ /"),
     "university", {"anticorruption_plan"}),
    # 3. A vendor's press release reposted among the university's partner news.
    ("vendor-press-release-reposted-en", page(
        f"{U}/en/news/partners/checker-release/", "StrikePlagiarism launches a new AI-text detector",
        "Press release of Checker Software LLC, Riga. The company announces a module for its plagiarism checking system "
        "used by universities.\nAbout the company: Checker Software has worked since 2009."),
     "university", {"antiplagiarism"}),
    # 3. Other organisations: an anti-plagiarism vendor's rules for fair use of its service.
    ("vendor-antiplagiarism-en", page(
        "https://plagiat.example.test/en/fair-use", "Fair use rules of the plagiarism detection service",
        "Our clients are universities and publishers. These rules govern the fair use of our plagiarism "
        "detection service; see pricing and subscription plans, or request a demo account."),
     "university", {"antiplagiarism"}),
    # 5. Neighbours.
    ("electronic-appeals-ru", page(
        f"{U}/ru/obrashcheniya", "Правила рассмотрения электронных обращений",
        "Обращения физических и юридических лиц, поступившие в электронной форме, рассматриваются в сроки, "
        "установленные законом. Апелляция на ответ подаётся вышестоящему должностному лицу."),
     "university", {"exam_rules"}),
    ("staff-survey-anticorruption-en", page(
        f"{U}/en/survey-anticorruption", "Anti-corruption awareness survey of employees",
        "The questionnaire asks employees whether they know how to report a conflict of interest and whom "
        "to contact in case of a conflict of interest. Please answer all questions."),
     "university", {"conflict_of_interest_policy"}),
    # 4. Scope: a code that binds students only is not the staff code.
    ("student-integrity-code-en", page(
        f"{U}/en/students/academic-integrity-code", "Code of Academic Integrity for Students",
        "This Code sets out the rules of academic integrity for students in written work and examinations. "
        "A student shall not cheat, use unauthorised materials or submit plagiarised work; the teacher records "
        "every violation."),
     "university", {"staff_ethics_code"}),
    # Integrity rules in which a teacher checks students' integrity do not bind the teacher.
    ("student-integrity-rules-teacher-checks-ru", page(
        f"{U}/ru/studentam/akademicheskaya-chestnost", "Правила академической честности",
        "Настоящие Правила устанавливают нормы академической честности при выполнении письменных работ и сдаче "
        "экзаменов. Преподаватель проверяет соблюдение академической честности студентами на экзамене."),
     "university", {"staff_ethics_code"}),
    # A national fund's code of business ethics reposted on a university's site ("(бұдан әрі – Қор)").
    ("national-fund-code-reposted-kk", page(
        f"{U}/kk/quzhattar/kor-kodeksi", "«Бәйтерек» ұлттық қоры» АҚ іскерлік әдеп кодексі",
        "Осы Кодекс «Бәйтерек» ұлттық қоры» АҚ (бұдан әрі – Қор) қызметкерлерінің іскерлік әдеп нормаларын "
        "белгілейді. Қор қызметкерлері сыйлықтар қабылдамайды және мүдделер қақтығысына жол бермейді."),
     "university", {"staff_ethics_code", "gifts_policy", "conflict_of_interest_policy"}),
    # A portal's article about scholarships in general, saved as a file on a site: it says it is an article.
    ("article-about-scholarships-as-file-ru", Document(
        url=f"{U}/upload/iblock/3f2/doc_007.docx", kind="docx", title="Всё о стипендиях",
        body="Всё о стипендиях\nВ этой статье мы расскажем, какие бывают стипендии и от чего зависит их размер.\n"
             "Виды стипендий\nгосударственная стипендия;\nповышенная государственная стипендия;\n"
             "именная стипендия.\nСтипендии платят и в вузах, и в колледжах."),
     "university", {"scholarship_info"}),
    # The ministry reports, in Kazakh; a republican commission decides, in Russian.
    ("news-ministry-reports-kk", page(
        f"{U}/kk/zhanalyqtar/8812", "Босаған гранттар бойынша шешім: министрлік хабарлайды",
        "Біздің университеттің он студенті ақылы оқудан грантқа ауыстырылды."),
     "university", {"grant_transfer_candidates"}),
    ("news-republican-commission-ru", page(
        f"{U}/ru/novosti/8813", "Республиканская комиссия объявила итоги конкурса на вакантные гранты",
        "В числе победителей конкурса и наши студенты."),
     "university", {"grant_transfer_candidates"}),
    ("news-republican-commission-kk", page(
        f"{U}/kk/zhanalyqtar/8814", "Республикалық комиссия босаған гранттарға конкурс қорытындыларын жариялады",
        "Жеңімпаздар арасында біздің студенттеріміз де бар."),
     "university", {"grant_transfer_candidates"}),
    # The commission in the genitive: "the republican commission's decision".
    ("news-republican-commission-genitive-kk", page(
        f"{U}/qaz/news/8815", "Босаған гранттарға ауысу бойынша республикалық комиссияның шешімі жарияланды",
        "Шешім министрліктің сайтында жарияланды. Біздің білім алушылар бұл шешім бойынша кеңесті тіркеу "
        "кеңсесінен ала алады."),
     "university", {"grant_transfer_candidates"}),
    # The ministry as the actor of the headline's verb, nothing else national in the text.
    ("news-ministry-published-headline-only-ru", page(
        f"{U}/ru/news/2026/08/grants", "Министерство опубликовало списки обладателей грантов",
        "Поздравляем абитуриентов, которые выбрали наш университет! Зачисление продлится до 25 августа, "
        "приёмная комиссия работает без выходных."),
     "university", {"grant_transfer_candidates", "scholarship_candidates"}),
    # "Faculty" on these sites' English pages is a факультет: a students' code enforced by a faculty's
    # committee does not bind the staff.
    ("student-code-faculty-committee-en", page(
        f"{U}/en/students/integrity-code", "Code of Academic Integrity",
        "This Code sets out the rules of academic integrity binding on students. Students write their papers "
        "themselves and do not use crib sheets in exams. Breaches go to the faculty's integrity committee."),
     "university", {"staff_ethics_code"}),
    # A course's syllabus teaches the national policy, codes and trust lines: teaching material, not the policy.
    ("course-syllabus-en", Document(
        url=f"{U}/files/syllabus/law-2101.docx", kind="docx", title="SYLLABUS: LAW 2101 Foundations of Anti-Corruption Culture",
        headings=["SYLLABUS: LAW 2101 Foundations of Anti-Corruption Culture", "Course outline"],
        body="SYLLABUS: LAW 2101 Foundations of Anti-Corruption Culture\nSchool of Law and Public Policy · Spring semester 2026-2027 · 6 ECTS\n"
             "Course outline\nThe course covers the national anti-corruption policy, the Law on combating corruption, "
             "ethics codes of public servants, conflicts of interest and whistle-blowing lines.\n"
             "Week | Topic\n1 | Corruption and its costs\n2 | Anti-corruption policy of the state\n3 | Codes of ethics"),
     "university", {"anticorruption_policy", "staff_ethics_code", "hotline"}),
    # A plan's table as a PDF gives it: a measure's line with its months is a task of the plan, not a survey held.
    ("plan-file-measure-lines-ru", pdf_text(
        f"{U}/upload/antikor/plan-2025-2026.pdf",
        heading="План мероприятий по противодействию коррупции на 2025-2026 учебный год", text=
        "План мероприятий по противодействию коррупции на 2025-2026 учебный год\n"
        "№ Мероприятие Срок исполнения Ответственные\n"
        "1 Проведение антикоррупционных часов в академических группах ежемесячно Кураторы\n"
        "2 Анонимное анкетирование обучающихся\n"
        "«Преподаватель глазами студентов» ноябрь 2025, апрель 2026 Отдел качества\n"
        "3 Проверка письменных работ в системе «Антиплагиат» ежегодно, май Отдел науки"),
     "university", {"teacher_evaluation_surveys", "antiplagiarism"}),
    # A plan's row without its number, due in a month named in Latin-script Kazakh: the school's own yearly report
    # to write ("Jyldyq esep | maýsym"), not the rector's annual report.
    ("plan-row-latin-month-cell-kk", page(
        f"{U}/kz/anticorruption/parasattylyq-mektebi", "Parasattylyq mektebiniń 2026-2027 oqý jylyna arnalǵan josparı",
        "Is-shara | Merzimi\nAshyq sabaq: adaldyq jáne parasattylyq | qazan\nStýdenttermen keızdesý | qarasha\n"
        "Jyldyq esep | maýsym"),
     "university", {"head_annual_report"}),
    # A job fair brings employers' jobs to graduates: no competition for the institution's own posts.
    ("job-fair-en", page(
        f"{U}/en/graduates/career/job-fair-2026", "Job fair 2026",
        "More than forty employers will present jobs for graduates on 3 December in the main building. "
        "Bring your CV."),
     "university", {"vacancy_announcements"}),
    # A model policy reposted "for information": the text calls itself "Настоящая Типовая политика".
    ("model-coi-policy-reposted-ru", page(
        f"{U}/ru/antikor/tipovaya-politika", "Типовая политика урегулирования конфликта интересов",
        "Материал размещён для сведения работников.\n1. Общие положения\n1.1. Настоящая Типовая политика определяет "
        "порядок выявления и урегулирования конфликта интересов в организациях квазигосударственного сектора.\n"
        "2. Порядок раскрытия конфликта интересов\n2.1. Работник уведомляет руководителя о личной заинтересованности.",
        headings=["Типовая политика урегулирования конфликта интересов", "1. Общие положения",
                  "2. Порядок раскрытия конфликта интересов"]),
     "university", {"conflict_of_interest_policy"}),
    # A news story under a headline in the present tense, signed by the press office: students signed the code.
    ("news-byline-press-office-en", page(
        f"{C}/en/news/honesty-week", "Students sign the Code of Honour during Honesty Week",
        "23 November 2026 · Press office\nHonesty Week ran at the college from 16 to 20 November. First-year students "
        "read out the main principles of the student Code of Honour, and every group signed a poster pledging not to "
        "cheat."),
     "college", {"student_ethics_code"}),
    # A file's sentence wrapped after a comma: the next line goes on with it, naming the acts the commission follows.
    ("wrapped-legal-basis-after-comma-ru", pdf_text(
        f"{U}/upload/antikor/polozhenie-komissii.pdf",
        heading="Положение об антикоррупционной комиссии", text=
        "Положение об антикоррупционной комиссии\n1. Общие положения\n"
        "1.1. В своей деятельности Комиссия руководствуется Конституцией Республики\n"
        "Казахстан, Законом Республики Казахстан «О противодействии коррупции»,\n"
        "Антикоррупционным стандартом в сфере образования и науки\n"
        "и настоящим Положением."),
     "university", {"anticorruption_standard"}),
    # Minutes of a parents' meeting mention the e-journal in passing: at most uncertain.
    ("parents-minutes-mention-e-journal-ru", page(
        f"{C}/ru/roditelyam/protokol-2", "Протокол родительского собрания группы ТО-21",
        "Присутствовали: 18 родителей, куратор группы.\nСлушали: куратора об успеваемости за первую четверть. "
        "Родителям напомнили, что оценки и пропуски можно видеть в системе электронного журнала.\n"
        "Решили: усилить контроль посещаемости."),
     "college", {"e_journal"}),
    # A candidates' list chosen by the results of the exam session is no exam regulation.
    ("grant-candidates-after-exam-session-ru", page(
        f"{U}/ru/students/vakantnye-granty", "Список претендентов на вакантные гранты по итогам летней экзаменационной сессии",
        "Решением комиссии от 22 августа 2026 года на вакантные образовательные гранты рекомендованы:\n"
        "1 | Ахметова А. | 6B04101 | GPA 3,85\n2 | Сериков Б. | 6B07101 | GPA 3,79"),
     "university", {"exam_rules"}),
    # A headline that asks is an article about the rules, not the rules.
    ("question-headline-news-en", page(
        f"{U}/en/news/masters-rules", "What's new in the rules for master's programmes?",
        "From this academic year the national standard sets new rules for master's programmes: the profile track "
        "may last one year. The university's own regulations will be updated by the end of the semester."),
     "university", {"masters_regulation"}),
    # A regulation's chapter ("Глава 4. Итоговая аттестация") is a part of it, not a second document.
    ("masters-rules-chapter-heading-ru", Document(
        url=f"{U}/upload/docs/pravila-magistratury.docx", kind="docx", title="",
        headings=["Правила организации учебного процесса в магистратуре"],
        body="Правила организации учебного процесса в магистратуре\n"
             "Глава 1. Общие положения\n1. Настоящие правила определяют порядок обучения в магистратуре "
             "университета.\nГлава 4. Итоговая аттестация\n"
             "20. Итоговая аттестация магистрантов проводится в форме защиты магистерской диссертации."),
     "university", {"exam_rules"}),
    # An invitation to the head's report meeting to come: the report is not given yet.
    ("en-invitation-to-the-rectors-public-report", excerpt(f"{U}/en/announcements/public-report",
        "Invitation to the public report of the Rector\nDear colleagues and students! The meeting with the academic "
        "community takes place on 18 December 2026 in the assembly hall.\nQuestions may be sent in advance."),
     "university", {"head_annual_report"}),
    # A programming course's "Clean Code": source code, not a code of conduct (though it names students and staff).
    ("en-programming-course-clean-code", excerpt(f"{U}/en/school-it/courses/cs-301",
        "CS 301 Clean Code and Refactoring\nInstructor: Dr. A. Seitkali, Associate Professor\n"
        "Students learn to write readable code, unit tests and code reviews in Python.\n"
        "Code of conduct for reviews: comment on the code, not the person."),
     "university", {"staff_ethics_code", "student_ethics_code"}),
    # A report's paragraph whose first sentence goes on ", утвержден план ..." is a paragraph, not a listed title
    # with its approval note: the blog it mentions in passing is the report's figure.
    ("rectors-report-paragraph-mentions-the-blog-ru", excerpt(f"{U}/ru/rektor/otchet-2026",
        "Публичный отчет ректора за 2025-2026 учебный год\n1. Образование\n"
        "Контингент обучающихся составил 9 400 человек.\n2. Противодействие коррупции\n"
        "Проведен анализ коррупционных рисков, утвержден план по их устранению. В блог ректора поступило 204 "
        "обращения, на все даны ответы."),
     "university", {"head_blog"}),
    # "График приёма работ" (when works are handed in for checking) is no hiring.
    ("antiplagiarism-page-hours-for-handing-in-works-ru", excerpt(f"{U}/ru/nauka/antiplagiat",
        "Проверка работ на заимствования («Антиплагиат»)\nРаботы проверяются в системе «Антиплагиат.ВУЗ».\n"
        "График приёма работ: понедельник — пятница, 9:00–17:00.\nКонтакты: каб. 105"),
     "university", {"vacancy_announcements"}),
    # A site's path written with bars under the title ("... | Обучающимся | Стипендия") is where the list sits: the
    # candidates' list names no scholarship rules.
    ("scholarship-candidates-under-a-barred-path-ru", excerpt(f"{U}/ru/students/stipendiya/pretendenty",
        "Претенденты на назначение государственной стипендии – осенний семестр 2026-2027 учебного года\n"
        "Северный аграрный университет | Обучающимся | Стипендия\n20 августа 2026 года\n"
        "№ | ФИО | Группа | GPA\n1 | Андреева Полина Сергеевна | АГР-23-1р | 4,00\n"
        "2 | Бекенов Тимур Асхатович | АГР-24-1р | 3,67"),
     "university", {"scholarship_info"}),
    # A compliance officer's duties speak of the trust line's calls; no way to reach it is given in them.
    ("compliance-officer-duties-mention-the-trust-line-ru", excerpt(f"{U}/ru/komplaens/oficer",
        "Комплаенс-офицер университета\nОсновные функции комплаенс-офицера:\n"
        "мониторинг исполнения антикоррупционного законодательства работниками университета, а также "
        "рассмотрение обращений, поступивших на телефон доверия;\n"
        "проведение обучающих семинаров для работников и обучающихся.\nКабинет 214, приём по вторникам."),
     "university", {"hotline"}),
    # A timetable's title rules the exams out; the session's name under it is the timetable's topic.
    ("exam-timetable-with-the-session-named-under-its-title-ru", excerpt(f"{U}/ru/studentam/sessiya/raspisanie",
        "Расписание экзаменов летней сессии\nСеверный технический университет\nСтудентам / Сессия / Расписание\n"
        "Летняя экзаменационная сессия 2 семестра 2026-2027 учебного года\nДата | Время | Дисциплина | Группа\n"
        "01.06.2027 | 09:00 | Физика | ЭЭ-25-1\n03.06.2027 | 09:00 | Химия | ЭЭ-25-1"),
     "university", {"exam_rules"}),
    # A sentence saying where the announcements are published names another section: no announcement here.
    ("hr-documents-point-to-the-vacancies-section-ru", excerpt(f"{U}/ru/kadry/dokumenty",
        "Кадровые документы\nНаименование | Дата | Файл\n"
        "Правила конкурсного замещения вакантных должностей | 12.02.2025 | PDF, 210 КБ\n"
        "Форма заявления на участие в конкурсе | — | DOCX, 24 КБ\n"
        "Объявления о текущих конкурсах публикуются в разделе «Вакансии».\nОтдел кадров: каб. 108"),
     "university", {"vacancy_announcements"}),
    ("hr-documents-point-to-the-vacancies-section-kk", excerpt(f"{U}/kk/kadrlar/qujattar",
        "Кадрлық құжаттар\nАтауы | Күні | Файл\nБос лауазымдарға конкурстық орналасу қағидалары | 12.02.2025 | PDF, 210 КБ\n"
        "Конкурсқа қатысуға өтініш нысаны | — | DOCX, 24 КБ\n"
        "Ағымдағы конкурстар туралы хабарландырулар «Бос орындар» бөлімінде жарияланады.\nКадр бөлімі: 108-кабинет"),
     "university", {"vacancy_announcements"}),
    # Minutes signed by the board's chair (initials and surname, no underscores): who signed, not who sits on it.
    ("trustees-minutes-signed-by-the-chair-ru", excerpt(f"{C}/ru/popechitelskiy-sovet/protokol-3",
        "Протокол заседания Попечительского совета № 3\nг. Кокшетау, 14 октября 2026 года\n"
        "Председатель: Мусин К.Т. Секретарь: Жакупова А.Б.\n"
        "Присутствовали: 6 из 8 членов Попечительского совета. Приглашены: директор колледжа Оспанов Е.Р., главный "
        "бухгалтер Ахметова Г.К., председатель студенческого совета Серик А.\nПОВЕСТКА ДНЯ: 1. Об итогах летней практики студентов.\n"
        "СЛУШАЛИ: заместителя директора по учебно-производственной работе.\n"
        "ПОСТАНОВИЛИ: информацию принять к сведению.\nПредседатель Попечительского совета К.Т. Мусин\n"
        "Секретарь А.Б. Жакупова"),
     "college", {"board_of_trustees_composition"}),
    # The line under a competition's minutes names the commission's meeting on vacant posts: no announcement.
    ("competition-minutes-subtitle-kk", excerpt(f"{U}/kk/personal/konkurs/hattama-2",
        "Конкурстық комиссия отырысының хаттамасы №2\n«Солтүстік университеті» КеАҚ\n2026 жылғы 3 наурыз\n"
        "Оқытушылардың бос лауазымдарына орналасуға арналған конкурстық комиссияның отырысы\n"
        "Қатысқандар: комиссияның 5 мүшесі. Кворум бар.\nКафедра | Лауазым | Үміткер | Шешім\n"
        "Химия кафедрасы | аға оқытушы | Серікова А. | ұсынылды"),
     "university", {"vacancy_announcements"}),
]


@pytest.mark.parametrize("case_id,doc,itype,not_found", NOT_FOUND, ids=[c[0] for c in NOT_FOUND])
def test_not_the_institutions_own(detector: Detector, case_id: str, doc: Document, itype: str,
                                  not_found: set[str]) -> None:
    got = verdicts(detector, doc, itype)
    wrong = {a: c for a, c in got.items() if a in not_found and c >= 0.5}
    assert not wrong, f"{case_id}: reported found: {wrong}"


# (id, document, institution type, artefacts that must be found)
FOUND = [
    ("own-student-integrity-code-found", next(c[1] for c in NOT_FOUND if c[0] == "student-code-faculty-committee-en"),
     "university", {"student_ethics_code"}),
    ("code-binds-both-ru", page(
        f"{U}/ru/kodeks-chesti", "Кодекс академической честности",
        "Настоящий Кодекс распространяется на обучающихся, преподавателей и сотрудников университета и "
        "устанавливает нормы академической честности."),
     "university", {"student_ethics_code", "staff_ethics_code"}),
    # Integrity rules (not called a code) that name whom they bind: students and teachers, so both.
    ("integrity-rules-bind-both-kk", page(
        f"{U}/kk/akademiyalyq-adaldyq", "Академиялық адалдық қағидалары",
        "Осы Қағидалар университеттің білім алушылары мен оқытушыларының академиялық адалдық қағидаттарын "
        "сақтау тәртібін белгілейді."),
     "university", {"student_ethics_code", "staff_ethics_code"}),
    ("integrity-rules-bind-both-en", page(
        f"{U}/en/academic-integrity-rules", "Academic Integrity Rules",
        "These Rules of academic integrity apply to students, faculty and staff of the University."),
     "university", {"student_ethics_code", "staff_ethics_code"}),
    # An instruction on how the institution's exams are held is its exam rules, whatever it is called.
    ("exam-instruction-ru", page(
        f"{U}/ru/studentam/ekzameny", "Инструкция по сдаче экзаменов в дистанционном формате",
        "Экзамены проводятся по расписанию сессии на платформе университета. Во время экзамена камера и микрофон "
        "должны быть включены; посторонние устройства запрещены. При нарушении экзаменатор прекращает экзамен."),
     "university", {"exam_rules"}),
    # Posted in the news section, as such instructions often are: still the institution's own rules.
    ("exam-instruction-in-news-en", page(
        f"{U}/en/news/7311", "Instructions for taking the exams",
        "Dear students! The examination session goes ahead in a remote format according to the academic calendar. "
        "Keep the camera and microphone on during the exam; phones and other devices are not allowed. If a student "
        "breaks the exam order, the examiner stops the exam and the grade is unsatisfactory."),
     "university", {"exam_rules"}),
    ("exam-instruction-kk", page(
        f"{U}/kk/bilim-alushylarga/emtihan", "Емтихан тапсыру бойынша нұсқаулық",
        "Емтихандар сессия кестесіне сәйкес университет платформасында өткізіледі. Емтихан кезінде бейнекамера "
        "қосулы болуы тиіс; бөгде құрылғыларды пайдалануға тыйым салынады."),
     "university", {"exam_rules"}),
    ("own-vacant-grants-announcement-kk", page(
        f"{U}/kk/news/bos-granttar", "Босаған білім беру гранттарына конкурс жарияланады",
        "Университет 2026-2027 оқу жылына босаған білім беру гранттарына конкурс жариялайды. Өтініштер "
        "тіркеу кеңсесінде 25 тамызға дейін қабылданады."),
     "university", {"grant_transfer_candidates"}),
    ("ethics-council-regulation-en", page(
        f"{U}/en/documents/ethics-council", "Regulation on the Ethics Council",
        "This Regulation defines the tasks of the Ethics Council, which considers violations of academic "
        "integrity, conflicts of interest and corruption offences by employees and students."),
     "university", {"anticorruption_commission_regulation"}),
    ("dissertation-councils-page-en", page(
        f"{U}/en/science/dissertation-councils", "Dissertation councils",
        "The dissertation councils of the university accept PhD theses for defence in the following "
        "specialities. The regulation on the dissertation council and the schedule of defences are below."),
     "university", {"dissertation_council_regulation"}),
    # The code listed among the university's internal documents ("internal" is no negative for it).
    ("code-listed-under-internal-documents-en", page(
        f"{U}/en/category/internal-documents", "Internal regulatory documents",
        "Academic Policy\nStudent Code of Ethics\nRegulation on the Student Dormitory\nAcademic Calendar"),
     "university", {"student_ethics_code"}),
    ("surveys-page-kk", page(
        f"{U}/kk/saualnamalar", "Әлеуметтік сауалнама нәтижелері",
        "Университет білім алушылар арасында әлеуметтік сауалнама өткізді. Сауалнама нәтижелері бойынша "
        "респонденттердің 82 пайызы оқыту сапасына қанағаттанады."),
     "university", {"survey_results"}),
    # The plagiarism-check clause of a thesis guide: the guide is found, the anti-plagiarism system is not
    # claimed on the strength of one clause in someone else's text.
    ("thesis-guide-with-plagiarism-clause-en", page(
        f"{U}/en/science/master-thesis-guide", "Guidelines for the master's thesis",
        "These guidelines set the structure of the master's thesis and the order of its defence. Before the "
        "defence the thesis is checked for plagiarism; its originality must be at least 70 percent."),
     "university", {"master_thesis_regulation"}),
    # Kazakh in the 2021 Latin alphabet, where "uy" is уы ("auysu" = ауысу), not уй.
    ("transfer-online-latin-kazakh", page(
        f"{U}/kz/bilim-alushylarga/auysu", "Basqa JOO-dan auysuğa onlain ötınış",
        "Ötınımdı jeke kabinet arqyly berıñız, ol üş jūmys künı ışınde qaralady."),
     "university", {"online_transfer_service"}),
    # A private college's own legal form on its document's first line is no vendor's ("ТОО «... колледж»").
    ("private-college-legal-name-on-its-code-ru", Document(
        url="https://c.example.test/upload/docs/kodeks.pdf", kind="pdf", title="ТОО «Степной колледж сервиса»",
        headings=["ТОО «Степной колледж сервиса»", "Кодекс академической честности обучающихся"],
        body="ТОО «Степной колледж сервиса»\nКодекс академической честности обучающихся\n1. Обучающийся не "
             "списывает и не использует чужие работы.\n2. Нарушения рассматривает совет колледжа."),
     "college", {"student_ethics_code"}),
    # ... nor its legal form alone on the line under the name ("«... колледжі»" / "ЖШС").
    ("college-legal-form-on-its-own-line-kk", Document(
        url="https://c.example.test/upload/doc_17.pdf", kind="pdf", title="Құжат1",
        headings=["«Жайық политехникалық колледжі»", "ЖШС", "2026 жылғы 12 ақпандағы Қамқоршылық кеңестің №4 отырысының",
                  "ХАТТАМАСЫ"],
        body="«Жайық политехникалық колледжі»\nЖШС\n2026 жылғы 12 ақпандағы Қамқоршылық кеңестің №4 отырысының\n"
             "ХАТТАМАСЫ\nҚатысқандар: кеңес төрағасы, хатшы, мүшелер (6 адам).\nКүн тәртібі: бюджеттің атқарылуы."),
     "college", {"board_of_trustees_minutes"}),
    # A state college's letterhead names the akimat's education department over two lines: the order is the college's.
    ("state-college-letterhead-with-akimat-kk", Document(
        url="https://c.example.test/upload/buiryq_12.pdf", kind="pdf", title="Құжат",
        headings=["Қарағанды облысы әкімдігінің", "білім басқармасының «Сарыарқа колледжі» КМҚК",
                  "Қамқоршылық кеңестің құрамы"],
        body="Қарағанды облысы әкімдігінің\nбілім басқармасының «Сарыарқа колледжі» КМҚК\nҚамқоршылық кеңестің құрамы\n"
             "Серікова А. Б. | кеңес төрағасы\nОмаров Д. Е. | хатшы\nЖақыпов Н. С. | кеңес мүшесі"),
     "college", {"board_of_trustees_composition"}),
    # A survey's results in a PDF whose first lines say it ran on Google Forms: not a blank form to fill in.
    ("survey-results-run-with-google-forms-pdf-ru", Document(
        url="https://u.example.test/upload/sociology/opros-2026.pdf", kind="pdf", title="Университет",
        headings=["Университет", "Отдел мониторинга качества"],
        body="Университет\nОтдел мониторинга качества\nРезультаты социологического опроса обучающихся, 2026 год\n"
             "Опрос проведён в марте 2026 года онлайн (Google\nForms), опрошено 820 обучающихся\n"
             "Удовлетворены качеством обучения: 78 %."),
     "university", {"survey_results"}),
    # A thesis regulation with a title page to fill in (blanks) stays the regulation: blanks alone weigh little.
    ("thesis-regulation-with-a-title-page-to-fill-ru", page(
        f"{U}/ru/magistratura/polozhenie-dissertaciya", "Положение о магистерской диссертации",
        "1. Магистерская диссертация выполняется обучающимся под руководством научного руководителя.\n"
        "Приложение 1. Титульный лист\nФакультет ________\nКафедра ________\nТема ________\n"
        "Магистрант ________\nРуководитель ________\nРецензент ________\nДопущен к защите ________\n"
        "Дата ________\nПодпись ________"),
     "university", {"master_thesis_regulation"}),
    # A regulation with its appendix, unnumbered ("Приложение к Положению ..."), whose own title names the membership.
    ("regulation-with-an-appendix-of-members-pdf-ru", Document(
        url=f"{U}/upload/polozhenie-komissiya.pdf", kind="pdf", title="ПОЛОЖЕНИЕ о комиссии по противодействию коррупции",
        headings=["ПОЛОЖЕНИЕ о комиссии по противодействию коррупции"],
        body="ПОЛОЖЕНИЕ о комиссии по противодействию коррупции\n1. Комиссия является совещательным органом университета."
             "\n2. Заседания комиссии проводятся ежеквартально.\nПриложение к Положению о комиссии по противодействию "
             "коррупции\nСостав комиссии по противодействию коррупции на 2026-2027 годы\n"
             "1 Сапарова Алия Куатовна Проректор Председатель\n2 Ли Игорь Павлович Юрист Секретарь\n"
             "3 Омаров Данияр Студент 3 курса Член комиссии"),
     "university", {"anticorruption_commission_regulation", "anticorruption_commission_composition"}),
    # Link-only evidence: a personal cabinet's sign-in page, reached by a link naming transfer.
    ("sign-in-page-linked-as-transfer-ru", Document(
        url=f"{U}/cabinet/", kind="html", title="Личный кабинет", headings=["Личный кабинет"],
        body="Для продолжения войдите в систему.\nЛогин\nПароль\nВойти",
        anchor_texts=["Перевод и восстановление"]),
     "university", {"online_transfer_service"}),
    # The same in Latin-script Kazakh: "Qūpiia söz" is the password field.
    ("sign-in-page-linked-as-transfer-latin-kazakh", Document(
        url=f"{U}/cabinet/", kind="html", title="Portal", headings=["Portal"],
        body="Jalğastyru üşın jüiege kırıñız.\nLogin\nQūpiia söz\nKıru",
        anchor_texts=["Auysu jäne qaita qabyldanu"]),
     "university", {"online_transfer_service"}),
    # ... and by a link that applies for a dormitory place: the application is made online.
    ("sign-in-page-linked-as-dormitory-application-ru", Document(
        url=f"{U}/lk/", kind="html", title="Jüıege kiru", headings=["Jüıege kiru"],
        body="Jalğastyru üşin jüıege kiriñiz.\nLogın\nQūpıia söz\nKiru",
        anchor_texts=["Подать заявку на место в общежитии"]),
     "university", {"dormitory_online_registration"}),
    # A transfer page that never says "application" in its title, whose text says where to apply online.
    ("transfer-page-online-applications-en", page(
        f"{U}/en/students/transfer", "Transfer and reinstatement",
        "Online applications for transfer between programmes or from another university are accepted in the "
        "Platonus system; the dean's office answers within five working days."),
     "university", {"online_transfer_service"}),
    # A page named after the board that lists its chair and members by name is the board's composition.
    ("trustees-page-with-roster-ru", page(
        f"{C}/ru/popechitelskiy-sovet", "Попечительский совет",
        "Положение о попечительском совете колледжа утверждено приказом директора.\n"
        "Председатель – Ахметов А.А., директор ТОО «Агро». Члены: Серикова Б.К., Ким В.В."),
     "college", {"board_of_trustees_composition"}),
    # "Школа честности": the Integrity School under another of its Russian names.
    ("integrity-school-another-name-ru", page(
        f"{U}/ru/shkola-chestnosti", "Школа честности",
        "План работы Школы честности университета на 2025-2026 учебный год: встречи студентов с представителями "
        "Антикоррупционной службы."),
     "university", {"integrity_school"}),
    # "Восстановление" as machine translation renders it: "restoration".
    ("transfer-and-restoration-online-en", page(
        f"{U}/en/students/perevod", "Transfer and restoration of students",
        "Applications for transfer from another university are accepted online through the personal account."),
     "university", {"online_transfer_service"}),
    # "Проверка на заимствования" machine-translated: "checking for borrowings".
    ("checking-for-borrowings-en", page(
        f"{U}/en/science/borrowings", "Checking works for borrowings",
        "All final works of students are checked in the Antiplagiat system; originality must be at least 70 %."),
     "university", {"antiplagiarism"}),
    # A road map of anti-corruption measures is the plan, whatever it is called.
    ("anticorruption-road-map-ru", page(
        f"{U}/ru/antikor/karta", "Дорожная карта по противодействию коррупции на 2025-2026 учебный год",
        "Мероприятия для студентов и преподавателей университета: семинары, анализ коррупционных рисков."),
     "university", {"anticorruption_plan"}),
    # A board's page whose table numbers its members' rows ("1 | Name | workplace | төраға").
    ("trustees-numbered-member-rows-kk", page(
        f"{C}/kk/qamqorshylyq-kenes", "Қамқоршылық кеңес",
        "Кеңес мүшелері директордың бұйрығымен бекітілді.\n№ | Аты-жөні | Жұмыс орны | Кеңестегі міндеті\n"
        "1 | Серікова Айнұр Бекқызы | «Алтын дән» ЖШС директоры | төраға\n"
        "2 | Омаров Ержан Қайратұлы | қалалық мәслихат депутаты | мүше\n"
        "3 | Жұмабаева Гүлнар | колледж әдіскері | хатшы"),
     "college", {"board_of_trustees_composition"}),
    # The head's annual report given as a speech: "Доклад ректора об итогах учебного года".
    ("rectors-doklad-ru", page(
        f"{U}/ru/rector/doklad-2026", "Доклад ректора об итогах 2025-2026 учебного года",
        "Доклад представлен на расширенном заседании Учёного совета с участием общественности. Контингент "
        "обучающихся составил 8 200 человек, трудоустройство выпускников — 84 %."),
     "university", {"head_annual_report"}),
    # "Требуются преподаватели": a college's own vacancy notice in the words of a job advertisement.
    ("teachers-wanted-ru", page(
        f"{C}/ru/vakansii", "Требуются преподаватели",
        "Преподаватель специальных дисциплин — 1 ставка. Документы принимаются в отделе кадров в течение 15 "
        "календарных дней со дня публикации; конкурсная комиссия рассмотрит их 7 декабря 2026 года."),
     "college", {"vacancy_announcements"}),
    # A call centre in Kazakh: "қоңырау орталығы".
    ("call-centre-kk", page(
        f"{U}/kk/qonyrau-ortalygy", "Университеттің қоңырау орталығы",
        "Заңсыз талаптар мен пара сұрау фактілері туралы тәулік бойы хабарлаңыз: 8 800 080 47 47 (қоңырау тегін)."),
     "university", {"hotline"}),
    # A college keeps its journal in Kundelik, the schools' e-journal: a plan's row naming it is no school's page.
    ("college-plan-kundelik-row-ru", page(
        f"{C}/ru/antikor/plan-2026-2027", "План мероприятий по противодействию коррупции на 2026-2027 учебный год",
        "№ | Мероприятие | Срок\n1 | Антикоррупционный час в группах | ежемесячно\n"
        "2 | Контроль заполнения электронного журнала (Kundelik) | ежеквартально\n"
        "3 | Отчёт о выполнении плана на педагогическом совете | июнь 2027"),
     "college", {"anticorruption_plan"}),
    # A PDF plan whose first section's sentence, wrapped in short lines, cites the law: text, not the title block.
    ("plan-file-preamble-cites-the-law-kk", pdf_text(f"{U}/upload/antikor/jospar-2026-2027.pdf",
        "Сыбайлас жемқорлыққа қарсы іс-қимыл жоспары\n2026-2027 оқу жылына\nЖалпы ережелер\n"
        "Осы Жоспар «Сыбайлас жемқорлыққа қарсы іс-қимыл туралы»\nҚазақстан Республикасының 2015 жылғы 18 "
        "қарашадағы № 410-V Заңына\nсәйкес әзірленді.\n№ | Іс-шара | Мерзімі\n1 | Антикоррупциялық сағат | ай сайын"),
     "university", {"anticorruption_plan"}),
    # The Integrity School's regulation defines it as "Мектеп" (the School): the university's, not a school's.
    ("integrity-school-defined-as-mektep-kk", pdf_text(f"{U}/upload/parasattylyq-mektebi-erejesi.pdf",
        "«ПАРАСАТТЫЛЫҚ МЕКТЕБІ» ТУРАЛЫ ЕРЕЖЕ\n1. Жалпы ережелер\n1.1. Осы Ереже Университет жанындағы "
        "«Парасаттылық мектебінің» (бұдан әрі – Мектеп) мақсаттарын және жұмысын ұйымдастыру тәртібін айқындайды.\n"
        "1.2. Мектеп сабақтары айына екі рет өткізіледі."),
     "university", {"integrity_school"}),
    # "Anti-bribery": the compliance word for anti-corruption in English.
    ("anti-bribery-policy-en", page(
        f"{U}/en/anticorruption/4773/", "Anti-bribery and integrity policy",
        "Translated from the Russian original; in case of discrepancy the Russian text prevails.\n"
        "This is the English version of the document adopted by the institution.\n1. Purpose\n"
        "The policy applies to management, staff and students.\n2. Principles\n3. Oversight"),
     "university", {"anticorruption_policy"}),
    # A regulation's title over the line that says who adopted it: that line's "протокол" is the board's minutes.
    ("regulation-title-over-its-approval-line-ru", excerpt(f"{U}/ru/documents/polozhenie-antikorr-komissiya",
        "Положение об антикоррупционной комиссии НАО «Технологический университет»\n"
        "Утверждено решением Правления, протокол № 9 от 30 мая 2025 года\n1. Общие положения\n"
        "1.1. Настоящее Положение определяет порядок формирования и деятельности антикоррупционной комиссии "
        "университета (далее – Комиссия).\n4.2. Решения оформляются протоколом."),
     "university", {"anticorruption_commission_regulation"}),
    # The same in Kazakh, approver first ("Басқарма шешімімен бекітілген ... №2 хаттама"): that line's "хаттама" is
    # the board's minutes too, and a first line that says who adopted the document is no headline of news.
    ("regulation-title-over-its-approval-line-kk", excerpt(f"{U}/kk/documents/komissiya-erezhe",
        "Сыбайлас жемқорлыққа қарсы комиссия туралы ереже\n«Батыс техникалық университеті» КеАҚ\n"
        "Басқарма шешімімен бекітілген, 2026 жылғы 28 қаңтардағы №2 хаттама\n1. Жалпы ережелер\n"
        "1.1. Осы Ереже Университеттің Сыбайлас жемқорлыққа қарсы комиссиясының жұмысын ұйымдастыру тәртібін "
        "айқындайды.\n4.3. Отырыс шешімдері хаттамамен ресімделеді."),
     "university", {"anticorruption_commission_regulation"}),
    # "The meeting of the commission" is its sitting, whose minutes these are, not an event.
    ("competition-minutes-of-the-meeting-en", page(
        f"{C}/en/hr/competition-minutes-5", "Minutes of the competition commission", headings=[], body=
        "Minutes of the competition commission\nShymkent Higher Medical College\n"
        "MINUTES No. 5 of the meeting of the competition commission for filling of vacant positions of teachers\n"
        "Date: 12 October 2026. Present: chairman, 5 members, secretary.\n"
        "DECIDED: to recommend Abdullayeva Zh. for appointment to the position of teacher of Nursing."),
     "college", {"competition_commission_minutes"}),
    # A policy's page that carries two more documents, each under a line of its own that names it (not a section
    # of the policy, "Конфликт интересов", which the policy's title suppresses).
    ("policy-page-with-two-more-documents-ru", excerpt(f"{U}/ru/antikor/politika",
        "Антикоррупционная политика\n1. Университет придерживается принципа «нулевой терпимости» к коррупции.\n"
        "ПОЛИТИКА УРЕГУЛИРОВАНИЯ КОНФЛИКТА ИНТЕРЕСОВ\nРаботник обязан в письменной форме уведомить руководителя "
        "и комплаенс-офицера о возникшем конфликте интересов.\n"
        "ПОЛОЖЕНИЕ О ПРОЦЕДУРЕ «ПОДАРКИ И ПРЕДСТАВИТЕЛЬСКИЕ РАСХОДЫ»\nРаботникам запрещается принимать "
        "подарки от обучающихся.\nПолученные подарки передаются в комплаенс-службу и регистрируются в Реестре "
        "подарков."),
     "university", {"anticorruption_policy", "conflict_of_interest_policy", "gifts_policy"}),
    ("composition-as-the-rectors-order-kk", RECTOR_ORDER_COMPOSITION_KK, "university",
     {"anticorruption_commission_composition"}),
    # A section page whose composition opens with a line that names the list and ends with a colon.
    ("composition-under-a-line-that-names-the-list-kk", excerpt(f"{U}/kk/sybaylas-zhemkorlykka-karsy",
        "Сыбайлас жемқорлыққа қарсы іс-қимыл\nУниверситетте сыбайлас жемқорлыққа қарсы комиссия жұмыс істейді. "
        "Комиссия құрамы ректордың 2026 жылғы 28 тамыздағы №156 бұйрығымен бекітілген.\nКОМИССИЯ ҚҰРАМЫ:\n"
        "Төраға – Байжанов Қайрат Төлеуұлы, тәрбие жұмысы жөніндегі проректор\n"
        "Хатшы – Ермекова Гүлназ Асқарқызы, комплаенс-офицер\n"
        "Мүшелері: Сәрсенбаев Дәурен (Жаратылыстану факультетінің деканы), Тұрсынов Алмас (студенттік кеңес "
        "төрағасы, 4 курс)\nСенім телефоны: 8 (7172) 57-33-10 (тәулік бойы)"),
     "university", {"anticorruption_commission_composition"}),
    # "Мүдделер қайшылығы": conflict of interest in other Kazakh words.
    ("conflict-of-interest-other-kazakh-words", page(
        f"{U}/kk/antikor/mudde-qaishylygy", "Мүдделер қайшылығын реттеу саясаты",
        "Қызметкер мүдделер қайшылығы туындаған жағдайда тікелей басшысына жазбаша хабарлайды."),
     "university", {"conflict_of_interest_policy"}),
    # A procurement page that writes the portal's address out instead of linking it.
    ("procurement-page-portal-named-en", page(
        f"{U}/en/procurement", "Public procurement",
        "The university's annual procurement plan for 2026 is published on the state procurement portal "
        "goszakup.gov.kz (plan ID 1234567). Ongoing tenders: lot 7712345-ОК1, cleaning services, applications until "
        "10 December 2026. BIN 990340001234."),
     "university", {"goszakup_procurement"}),
    # "Master's Programmes" in the plural.
    ("regulations-on-masters-programmes-en", page(
        f"{U}/en/science/documents/7", "Regulations on Master's Programmes",
        "Approved by the Academic Council, Minutes No. 2 of 24 September 2026.\n1. General provisions\n"
        "1.1. These Regulations set out the procedure for admission to, study in and completion of the master's "
        "programmes of the University."),
     "university", {"masters_regulation"}),
    # Members who work at a clinic (a medical college's board): the page is the board's, not a clinic's.
    ("trustees-members-from-clinics-ru", page(
        f"{C}/ru/popechitelskiy-sovet/sostav", "Состав попечительского совета",
        "Председатель – Ахметов А.А., главный врач городской поликлиники № 3.\n"
        "Члены: Серикова Б.К., заведующая отделением областной больницы; Ким В.В., врач поликлиники № 1."),
     "college", {"board_of_trustees_composition"}),
    # Minutes posted in full in the news section: their decisions on lines of their own make the post the minutes.
    ("minutes-posted-as-news-kk", excerpt(f"{C}/kk/news/kamqorshylyq-kenes-hattama-2",
        "Қамқоршылық кеңесі отырысының № 2 хаттамасы\nБасты бет › Жаңалықтар\n2026 жылғы 6 қараша\n"
        "Қамқоршылық кеңесі отырысының № 2 ХАТТАМАСЫ\nКеңестің 7 мүшесінің 5-уі қатысты.\n"
        "Күн тәртібі:\n1. Жатақхананы жылу маусымына дайындау туралы.\n2. Студенттерге көмек туралы.\n"
        "1. Тыңдалды: шаруашылық бөлімінің меңгерушісі.\nҚаулы етті: ақпарат назарға алынсын.\n"
        "2. Тыңдалды: тәрбие ісі жөніндегі орынбасар.\n"
        "Қаулы етті: 15 студентке оқу құралдары мен киім алу үшін демеушілік көмек көрсетілсін."),
     "college", {"board_of_trustees_minutes"}),
    ("minutes-posted-as-news-ru", excerpt(f"{U}/ru/news/protokol-komissii-3",
        "Протокол заседания антикоррупционной комиссии № 3\nГлавная / Новости\n12.11.2026\n"
        "ПРОТОКОЛ № 3 заседания антикоррупционной комиссии университета от 10 ноября 2026 года\n"
        "Присутствовали: 7 членов комиссии из 9.\nПовестка дня:\n1. О результатах мониторинга закупок.\n"
        "СЛУШАЛИ: комплаенс-офицера Ахметову Д.С.\nПОСТАНОВИЛИ: информацию принять к сведению."),
     "university", {"anticorruption_commission_reports"}),
    # An English call for applications to vacant posts is a vacancy announcement.
    ("call-for-applications-vacant-positions-en", excerpt(f"{U}/en/news/call-for-applications",
        "Call for Applications: Vacant Teaching Positions\nHome > News > Announcements\nPosted: 10 November 2026\n"
        "The University invites applications for the following positions from January 2027:\n"
        "- Senior Lecturer in Chemistry (1 position)\n- Associate Professor in Law (1 position)\n"
        "Deadline: 10 December 2026."), "university", {"vacancy_announcements"}),
    # A roster in Latin-script Kazakh ("Tóraǵa – ...", "Hatshy – ...") ends the title block: the section of minutes
    # under it is read with the page's title.
    ("latin-roster-ends-the-title-block-kk", excerpt(f"{U}/kz/sybailas/komissiia",
        "Sybailas jemqorlyqqa qarsy komissiia\nBasty bet / Universitet / Komissiia\n"
        "Komissiianyń quramy (2026-2027 oqu jyly)\nTóraǵa – Nurlanov Erlan, prorektor\n"
        "Hatshy – Ospanova Dana, komplaens-ofiser\nMúsheleri: Ermekov A. (zańger), Sadyq B. (studentter keńesi)\n"
        "Otyrys hattamalary\nKomissiia otyrysynyń 2026 jylǵy 12 naýryzdaǵy №1 hattamasy – PDF\n"
        "Komissiia otyrysynyń 2026 jylǵy 5 qazandaǵy №2 hattamasy – PDF"),
     "university", {"anticorruption_commission_composition", "anticorruption_commission_reports"}),
    # "корпус Б" is a university's building B, not the civil service's corps.
    ("building-b-is-no-civil-service-ru", excerpt(f"{U}/ru/vospitanie/shkola-dobroporyadochnosti",
        "Школа добропорядочности\nГлавная / Воспитательная работа / Школа добропорядочности\n"
        "Положение о Школе добропорядочности (PDF, 180 KB)\n"
        "Занятия Школы проходят по вторникам в 15:00 в актовом зале (корпус Б, 2 этаж)."),
     "university", {"integrity_school"}),
    # A college keeps its e-journal in Kundelik, the schools' system: its page is still the college's.
    ("college-e-journal-in-kundelik-ru", excerpt(f"{C}/ru/elektronnyj-zhurnal",
        "Электронный журнал\nГлавная / Студентам\n"
        "Посещаемость и оценки обучающихся колледжа ведутся в электронном журнале «Kundelik». "
        "Вход: college.kundelik.kz"), "college", {"e_journal"}),
    # A 2018-alphabet "ı" for и before a plain "a" ("Stıpendıa" for стипендия).
    ("scholarship-in-latin-with-dotless-i-kk", excerpt(f"{U}/latn/studentterge/stipendia",
        "Stıpendıa taǵaıyndaý tártibi\nBasty bet / Stýdentterge\n"
        "Memlekettik stıpendıa sessıanyń qorytyndysy boıynsha taǵaıyndalady."), "university", {"scholarship_info"}),
    # "жоба" is a project as well as a draft: the regulation of the Integrity School project is adopted.
    ("project-regulation-is-no-draft-kk", excerpt(f"{U}/kk/sybailas/parasattylyq-mektebi-jobasy",
        "«Парасаттылық мектебі» жобасы туралы ереже\nБасты бет / Сыбайлас жемқорлыққа қарсы іс-қимыл\n"
        "1. Жалпы ережелер\n1.1. «Парасаттылық мектебі» жобасы білім алушылардың адалдық мәдениетін қалыптастыруға "
        "бағытталған."), "university", {"integrity_school"}),
    # The rector's report for a year, listed by title with its file.
    ("rectors-report-for-a-year-listed-ru", excerpt(f"{U}/ru/otkrytyy-universitet",
        "Открытый университет\nГлавная / Открытый университет\nРаздел содержит сведения о деятельности университета.\n"
        "Отчётность\n- Отчёт ректора за 2025 год (PDF, 2,1 MB)\n- Финансовая отчётность за 2025 год (PDF, 900 KB)"),
     "university", {"head_annual_report"}),
    # A board's member who heads a kindergarten: the roster names where members work, not whose page it is.
    ("board-member-from-a-kindergarten-kk", excerpt(f"{C}/kz-lat/qamqorshylyq-kenes",
        "Qamqorshylyq keńes\nBasty bet / Kolej týraly / Qamqorshylyq keńes\n«Esil kolleji» Qamqorshylyq keńesi\n"
        "Qujattar:\n1. Qamqorshylyq keńes týraly ereje (PDF)\n2. Keńestiń jumys josparı (PDF)\nKeńes quramy:\n"
        "Tóraǵa – Ábilov Marat, «Qurylys» JShS dırektory\n"
        "Múshesi – Ospanova Dına, «Balapan» balabaqshasynyń meńgerýshisi\n"
        "Múshesi – Serikova Aıgúl, ata-analar ókili"),
     "college", {"board_of_trustees_regulation"}),
    # A row of the menu with pipes is no breadcrumb: its entry names the service ("Жатақханаға онлайн тіркелу").
    ("menu-row-with-pipes-kk", excerpt(f"{U}/kk/kafedra/fizika",
        "Физика кафедрасы\nБасты бет | Университет | Студентке | Жатақханаға онлайн тіркелу | Байланыс\n"
        "Кафедра 1968 жылы құрылған. Кафедрада 14 оқытушы жұмыс істейді.\nБайланыс: 3-корпус, 305 кабинет"),
     "university", {"dormitory_online_registration"}),
    # A survey's results posted in the news with their shares in per cent are the results (catalog news_with).
    ("survey-results-posted-as-news-ru", excerpt(f"{C}/ru/news/2026/11/itogi-anketirovaniya",
        "Результаты анкетирования обучающихся\nГлавная / Новости\n05.11.2026\n"
        "В октябре 2026 года в колледже проведено анкетирование обучающихся 1–3 курсов.\nРезультаты:\n"
        "Удовлетворены качеством преподавания — 79,5%\nУдовлетворены расписанием — 66,1%\n"
        "Знают, куда сообщить о фактах коррупции — 71,0%"), "college", {"survey_results"}),
    # A Kazakh approval note puts its verb last (", директордың ... №188 бұйрығымен бекітілген"): the listed title is before it.
    ("kazakh-approval-note-after-a-listed-plan-kk", excerpt(f"{C}/kk/sybailas",
        "Сыбайлас жемқорлыққа қарсы іс-қимыл\nБасты бет » Колледж туралы » Сыбайлас жемқорлыққа қарсы іс-қимыл\n"
        "Құжаттар:\n• Сыбайлас жемқорлыққа қарсы стандарт (PDF, 310 KB) Жүктеу\n"
        "• 2026-2027 оқу жылына арналған сыбайлас жемқорлыққа қарсы іс-қимыл бойынша шаралар жоспары, директордың 2026 "
        "жылғы 30 тамыздағы №190 бұйрығымен бекітілген (PDF, 150 KB) Жүктеу\nСенім телефоны: 8 (7282) 00-00-00"),
     "college", {"anticorruption_plan"}),
    # A news item's page shows the site's menu and footer: their entries name the site's services as on any page
    # (the news reports a sports day, not the blog, the e-journal or the trust line).
    ("menu-row-on-a-news-page-ru", excerpt(f"{U}/ru/news/den-sporta-2026",
        "День спорта в университете\nГлавная | Абитуриенту | Студенту | Контакты\n"
        "Университет: О нас · Ректорат · Блог ректора · Структура · Вакансии\n"
        "День спорта в университете\n21 ноября 2026\n"
        "В спортивном комплексе прошёл День спорта: студенты соревновались в мини-футболе и шахматах.\n"
        "Победителям вручили кубки и грамоты."), "university", {"head_blog"}),
    ("menu-row-on-a-news-page-kk", excerpt(f"{C}/kk/news/sport-kuni",
        "Колледжде спорт күні өтті\nКолледж туралы | Талапкерге | Байланыс\n"
        "Білім алушыларға: Сабақ кестесі · Электрондық журнал · Кітапхана · Асхана\n"
        "Колледжде спорт күні өтті\n2026 жылғы 20 қараша\n"
        "Спорт күніне 1-3 курс студенттері қатысты. Жеңімпаздарға грамоталар табысталды."), "college", {"e_journal"}),
    ("trust-line-in-a-news-pages-footer-kk", excerpt(f"{U}/kk/news/shakhmat-turniri",
        "Шахматтан университет турнирі\n2026 жылғы 12 қараша\n"
        "Шахматтан университет турнирінің финалында «Құрылыс» факультетінің командасы жеңіске жетті.\n"
        "Сенім телефоны (тәулік бойы): 8 800 070 11 22\nМекенжай: Тараз қ., Абай к-сі, 12"), "university", {"hotline"}),
]


@pytest.mark.parametrize("case_id,doc,itype,expected", FOUND, ids=[c[0] for c in FOUND])
def test_paraphrased_own_documents_found(detector: Detector, case_id: str, doc: Document, itype: str,
                                         expected: set[str]) -> None:
    got = verdicts(detector, doc, itype)
    missing = {a: got.get(a) for a in expected if got.get(a, 0.0) < 0.5}
    assert not missing, f"{case_id}: not found: {missing}; got {got}"


def test_a_passing_mention_in_another_documents_text_is_not_found(detector: Detector) -> None:
    doc = next(case[1] for case in FOUND if case[0] == "thesis-guide-with-plagiarism-clause-en")
    assert verdicts(detector, doc).get("antiplagiarism", 0.0) < 0.5


def test_national_model_reposted_is_at_most_uncertain(detector: Detector) -> None:
    """interface.md: a national model reposted on the institution's own site is at most uncertain."""
    doc = next(case[1] for case in NOT_FOUND if case[0] == "national-pedagogical-ethics-ru")
    got = verdicts(detector, doc, "college")
    assert got.get("staff_ethics_code", 0.0) < 0.5


def test_a_national_model_reposted_is_uncertain_with_its_note_not_dropped(detector: Detector) -> None:
    """interface.md: a national model reposted on the institution's site is uncertain, with a note saying so.
    The minister's order under its title makes it a national act, not news about a national decision: the two
    cues do not stack into a "missing" that would hide the page from the analyst."""
    doc = Document(url=f"{C}/upload/doc_3885.docx", kind="docx",
                   title="Типовые правила проведения текущего контроля успеваемости, промежуточной и итоговой "
                         "аттестации обучающихся",
                   body="Приказ Министра образования и науки Республики Казахстан от 05.07.2021 № 64\n"
                        "Настоящие Типовые правила предназначены для организаций образования.\nГлава 1. Общие "
                        "положения")
    evidence = {e.artefact_id: e for e in detector.detect(doc, "college", AS_OF)}
    assert "exam_rules" in evidence, "a national model must stay visible to the analyst"
    exam = evidence["exam_rules"]
    assert 0.2 <= exam.confidence < 0.5 and exam.genre == "national_act"


def test_other_organisations_code_without_education_context(detector: Detector) -> None:
    """A company's code of ethics names no institution, student or teacher: another organisation's."""
    doc = page("https://energo-company.example.test/ru/compliance/kodeks", "Кодекс деловой этики",
               "Настоящий Кодекс деловой этики устанавливает нормы поведения работников Общества. "
               "Работник не принимает подарков и сообщает о конфликте интересов комплаенс-офицеру.")
    got = verdicts(detector, doc)
    assert got.get("staff_ethics_code", 0.0) < 0.5, got
    # The same text on an institution's page (its template names the university) is evidence.
    own = page(f"{U}/ru/kodeks-etiki", "Кодекс этики работников университета", doc.body)
    assert verdicts(detector, own).get("staff_ethics_code", 0.0) >= 0.5


@pytest.mark.parametrize("host", ["example-gazeti.kz", "example-times.com", "zhurnal-example.kz"])  # never contacted
def test_a_newspapers_page_is_not_the_institutions_own(detector: Detector, host: str) -> None:
    """A newspaper or magazine is known by the words of its name, whatever the paper."""
    title = "Шәкіртақы тағайындау тәртібі"
    body = ("Университет студенттеріне мемлекеттік шәкіртақы тағайындау тәртібі. Шәкіртақы семестр қорытындысы "
            "бойынша үлгерімі жақсы және үздік студенттерге тағайындалады. Өтінішті деканатқа тапсыру қажет.")
    assert verdicts(detector, page(f"{U}/kk/student/shakirtaky", title, body)).get("scholarship_info", 0) >= 0.5
    paper = verdicts(detector, page(f"https://{host}/kk/bilim/shakirtaky", title, body))
    assert paper.get("scholarship_info", 0.0) < 0.5, paper


def test_reposted_national_act_says_so(detector: Detector) -> None:
    """The evidence names the kind of page, and the gap row's note says why it is only uncertain."""
    from adalscan.assess import assess
    from adalscan.models import CrawlStatus, Institution, SiteResult

    doc = next(case[1] for case in NOT_FOUND if case[0] == "national-pedagogical-ethics-ru")
    evidence = [e for e in detector.detect(doc, "college", AS_OF) if e.artefact_id == "staff_ethics_code"]
    assert evidence and evidence[0].genre == "national_act"
    inst = Institution("c1", "college", C, name_ru="Колледж")
    rows = assess([inst], {"c1": SiteResult("c1", CrawlStatus.OK)}, [("c1", e) for e in evidence])
    row = next(r for r in rows if r.artefact_id == "staff_ethics_code")
    if row.status == "uncertain":
        assert "national act" in row.note
    else:
        assert row.status == "missing"


TWO_ARTEFACT_PAGES = [
    ("headings-ru", Document(
        url=f"{U}/ru/antikor/komissiya", kind="html", title="Антикоррупционная комиссия | Университет",
        headings=["Антикоррупционная комиссия", "Положение об антикоррупционной комиссии",
                  "Состав антикоррупционной комиссии"],
        body="1. Общие положения. Настоящее положение определяет порядок работы комиссии.\n"
             "Председатель комиссии – проректор по учебной работе И. Иванов.\n"
             "Члены комиссии: А. Сейткали, начальник юридического отдела; Г. Ахметова, отдел кадров.")),
    ("section-headings-en", Document(
        url=f"{U}/en/anti-corruption-commission", kind="html", title="Anti-corruption commission",
        headings=["Anti-corruption commission", "Regulation", "Members"],
        body="Regulation on the Anti-Corruption Commission (approved by the Academic Council).\n"
             "Members of the commission: Chair – Vice-Rector A. Seitkali; members – G. Akhmetova, B. Nurlanov.")),
]


@pytest.mark.parametrize("case_id,doc", TWO_ARTEFACT_PAGES, ids=[c[0] for c in TWO_ARTEFACT_PAGES])
def test_one_page_two_artefacts(detector: Detector, case_id: str, doc: Document) -> None:
    """A commission's page with its regulation and its composition evidences both."""
    got = verdicts(detector, doc)
    for aid in ("anticorruption_commission_regulation", "anticorruption_commission_composition"):
        assert got.get(aid, 0.0) >= 0.5, (case_id, got)


# A section page listing the institution's documents by title, each with a note on its approval or its file after it.
LISTED_WITH_NOTES = [
    ("ru-approval-and-file-notes", excerpt(f"{U}/ru/compliance",
        "Комплаенс-служба\nДокументы университета:\n"
        "- Политика урегулирования конфликта интересов (утверждена решением Наблюдательного совета от 3 марта 2025 года)\n"
        "- Положение о порядке получения и передачи подарков (PDF, 240 КБ)\n"
        "Обращения принимает комплаенс-офицер, кабинет 210."),
     {"conflict_of_interest_policy", "gifts_policy"}),
    ("kk-ru-title-in-two-languages", excerpt(f"{U}/kk/magistratura",
        "Магистратура\nНормативтік құжаттар:\n"
        "- Магистратура туралы ереже / Положение о магистратуре (PDF, 300 KB)\n"
        "Байланыс: магистратура бөлімі, 104 кабинет."),
     {"masters_regulation"}),
    ("ru-minutes-listed-under-their-heading", excerpt(f"{C}/ru/konkursnaya-komissiya",
        "Конкурсная комиссия\nДокументы:\n"
        "- Правила конкурсного замещения должностей руководителей колледжа (утверждены приказом № 41 от 01.09.2025)\n"
        "Протоколы заседаний конкурсной комиссии:\n"
        "- Протокол № 1 от 10 сентября 2026 года – замещение должности заместителя директора\n"
        "- Протокол № 2 от 8 октября 2026 года – замещение должности заведующего отделением"),
     {"vacancy_rules", "competition_commission_minutes"}),
    ("ru-table-rows", excerpt(f"{U}/ru/normativnye-dokumenty",
        "Нормативные документы\nВнутренние документы университета\n№ | Наименование | Дата | Файл\n"
        "1 | Положение о порядке проведения экзаменов | 29.08.2025 | PDF, 310 КБ\n"
        "2 | Положение о магистерской диссертации | 29.08.2025 | PDF\n"
        "3 | Правила перевода обучающихся | 29.08.2025 | Скачать"),
     {"exam_rules", "master_thesis_regulation"}),
    ("kk-dash-file-notes", excerpt(f"{U}/kk/qujattar",
        "Құжаттар\nУниверситеттің ішкі құжаттары:\n"
        "1. Мүдделер қақтығысын реттеу саясаты — PDF, 290 КБ\n"
        "2. Сыйлықтар туралы ереже (ректордың 2025 жылғы 3 ақпандағы № 12 бұйрығымен бекітілген) — жүктеу\n"
        "Байланыс: университеттің заң кеңесшісі."),
     {"conflict_of_interest_policy", "gifts_policy"}),
    ("kk-long-plan-title-in-a-row-and-a-download-word", excerpt(f"{C}/kk/qujattar",
        "Колледж құжаттары\nОқу-тәрбие үдерісін реттейтін құжаттар\nР/с | Құжат атауы | Бекітілген күні | Файл\n"
        "1 | Колледждің сыбайлас жемқорлыққа қарсы іс-қимыл жөніндегі 2026 жылға арналған іс-шаралар жоспары | "
        "14.01.2026 | PDF\n"
        "- «Саналы ұрпақ» студенттер клубы туралы ереже (директордың 2025 ж. 2 қыркүйектегі № 98 бұйрығы) (PDF, 190 КБ) "
        "жүктеу"),
     {"anticorruption_plan", "sanaly_urpaq_club"}),
    ("ru-plan-under-a-breadcrumb-naming-the-upbringing-section", excerpt(f"{C}/ru/vospitatelnaya-rabota/antikor",
        "Противодействие коррупции\nГлавная / Воспитательная работа / Противодействие коррупции\nДокументы колледжа\n"
        "• План мероприятий по противодействию коррупции колледжа на 2026-2027 учебный год (утв. приказом директора "
        "№ 87-о от 01.09.2026) (PDF, 240 КБ)"),
     {"anticorruption_plan"}),
    ("kk-notes-then-a-dash-and-the-download-word", excerpt(f"{C}/kk/qamqorshylar",
        "Қамқоршылар кеңесі\nКолледж құжаттары:\n"
        "• Колледждің Қамқоршылар кеңесі туралы ереже (директордың 2025 жылғы 4 қыркүйектегі № 212-н бұйрығымен "
        "бекітілген) (PDF, 240 КБ) — жүктеу"),
     {"board_of_trustees_regulation"}),
    ("en-approved-clause", excerpt(f"{U}/en/graduation",
        "Graduation\nDocuments\n"
        "- Regulation on the Diploma Work (Project), approved by the Academic Council on 26 September 2025 (PDF)\n"
        "Questions: Office of the Registrar, room 12."),
     {"thesis_regulation"}),
    # An anti-plagiarism system's page lists the works it checks, theses first and then articles and textbooks:
    # the kinds of work its rule covers, not a textbook's or a paper's text.
    ("kk-antiplagiarism-system-page-lists-the-works-it-checks", excerpt(f"{U}/kk/gylym/antiplagiat",
        "Антиплагиат жүйесі\nУниверситет жазбаша жұмыстардың түпнұсқалығын «StrikePlagiarism» жүйесімен тексереді.\n"
        "Тексерілетін жұмыстар:\nдипломдық жұмыстар;\nмагистрлік диссертациялар;\n"
        "оқытушылардың ғылыми мақалалары мен оқу құралдары.\nЖұмысты кітапханаға жіберіңіз, тел. 8 (7122) 27-63-62"),
     {"antiplagiarism"}),
    # An English version's table: the approving body and its minutes with their date, the file's Russian name.
    ("en-table-rows-approved-by-minutes-and-russian-file-names", excerpt(f"{U}/en/education/postgraduate/documents",
        "Normative documents\nInternal normative documents of the university:\n№ | Name of the document | Approved | File\n"
        "1 | Regulations about the magistracy of the University | Academic council, minutes No. 2 from 30.09.2026 | "
        "Положение о магистратуре.pdf\n"
        "2 | Position on doctoral studies PhD | Academic council, minutes No. 3 from 28.10.2026 | Положение о докторантуре.pdf"),
     {"masters_regulation", "phd_regulation"}),
    # "Academy of Economics and Law": the institution's name, not a law listed.
    ("en-academy-of-economics-and-law", excerpt(f"{U}/en/academy/compliance",
        "Anti-corruption compliance\nInternal documents of the Academy:\n№ | Document | Approved | Download\n"
        "1 | Anti-corruption policy of the Northern Academy of Economics and Law | Decision of the Board of Directors, "
        "minutes No. 5 from 18.03.2026 | Антикоррупционная политика.pdf"),
     {"anticorruption_policy"}),
    # "«КГУ им. ...»": a university's short name, not a school's legal form ("КГУ «Школа-гимназия №3»").
    ("ru-university-short-name-kgu", excerpt(f"{U}/ru/nauka/magistratura",
        "Магистратура\nУниверситет готовит магистров по 40 программам.\nНормативные документы университета:\n"
        "Положение о магистратуре НАО «КГУ им. С. Торайгырова» (утверждено решением Учёного совета от 30.05.2025, "
        "протокол №9) | PDF\nОтдел магистратуры: каб. 312"),
     {"masters_regulation"}),
    # Minutes listed by their own name in a table whose other cells date and file them.
    ("ru-minutes-row-named-by-itself", excerpt(f"{U}/ru/komplaens/dokumenty",
        "Комплаенс-служба — Документы\nНаименование документа | Дата | Формат\n"
        "Протокол заседания антикоррупционной комиссии № 3 от 10.09.2026 | 14.09.2026 | PDF, 305 КБ"),
     {"anticorruption_commission_reports"}),
    # A table row's approval cell names the board's minutes ("протокол №2"): a note, not the row's title.
    ("ru-table-row-approval-cell-names-minutes", excerpt(f"{U}/ru/antikorrupciya/dokumenty",
        "Документы по противодействию коррупции\n№ | Документ | Утверждён | Файл\n"
        "1 | Положение об антикоррупционной комиссии | решение Правления от 03.02.2025, протокол №2 | PDF, 210 КБ\n"
        "2 | Антикоррупционный стандарт университета | решение Правления от 03.02.2025, протокол №2 | PDF, 180 КБ"),
     {"anticorruption_commission_regulation", "anticorruption_standard"}),
]


def test_a_web_pages_document_text_under_the_colleges_name_and_stamps_is_named_by_its_title(detector: Detector) -> None:
    """The college's name right above the approval blocks, and the line that the council considered it, come before the
    title on a web page as in the file: the title names the staff, and a clause on students does not make it theirs."""
    lines = ["«Қостанай политехникалық колледжі» КМҚК", "КЕЛІСІЛДІ", "Кәсіподақ ұйымының төрағасы",
             "__________ Серікова А.Т.", "2026 жылғы «27» тамыз", "БЕКІТЕМІН", "Колледж директоры",
             "__________ Омаров Б.Е.", "2026 жылғы «28» тамыз", "Педагогикалық кеңестің 2026 жылғы 27 тамыздағы № 1 "
             "хаттамасымен қаралды", "ПЕДАГОГТЕР МЕН ҚЫЗМЕТКЕРЛЕРДІҢ АР-НАМЫС КОДЕКСІ", "1. Жалпы ережелер",
             "1.1. Осы кодекс колледж педагогтері мен қызметкерлерінің мінез-құлық нормаларын белгілейді.",
             "2.1. Педагог білім алушылардан сыйлық қабылдамайды және оларды әділ бағалайды.",
             "3.1. Кодекс нормаларын бұзу фактілерін колледждің әдеп жөніндегі кеңесі қарайды."]
    body = "".join(f"<p>{line}</p>" for line in lines)
    doc = extract_document(f"<html><body>{body}</body></html>".encode(), f"{C}/kk/qujattar/ar-namys-kodeksi",
                           "text/html; charset=utf-8")
    got = verdicts(detector, doc, "college")
    assert got.get("staff_ethics_code", 0.0) >= 0.9, got
    assert got.get("student_ethics_code", 0.0) < 0.5, got


def test_a_web_pages_document_text_under_the_letterhead_and_control_line_is_named_by_its_title(detector: Detector) -> None:
    """The ministry's and the university's names, the control line and the rector's stamp above the title on a web
    page, as in the file; the works its rule covers (theses, then articles and textbooks) make it no guide."""
    lines = ["Министерство науки и высшего образования Республики Казахстан", "НАО «Северный технический университет»",
             "СМК П 05-11-2025 | Редакция 1 | Стр. 1 из 5", "УТВЕРЖДАЮ", "Председатель Правления – Ректор",
             "_____________ А.Б. Касымов", "«12» ноября 2025 г.", "ПОЛОЖЕНИЕ",
             "о проверке письменных работ на наличие заимствований", "1. Общие положения",
             "1.1 Настоящее Положение устанавливает порядок проверки работ в системе «Антиплагиат.ВУЗ».",
             "Вид работы | Минимальная оригинальность", "Дипломная работа (проект) | 60 %",
             "Магистерская диссертация | 70 %", "Научная статья, учебное пособие | 75 %"]
    body = "".join(f"<p>{line}</p>" for line in lines)
    doc = extract_document(f"<html><body>{body}</body></html>".encode(), f"{U}/ru/nauka/antiplagiat/polozhenie",
                           "text/html; charset=utf-8")
    assert verdicts(detector, doc).get("antiplagiarism", 0.0) >= 0.5


@pytest.mark.parametrize("text", [
    "Противодействие коррупции\nТелефон доверия\n+7 (7172) 55-00-00 (круглосуточно)\nE-mail: antikor@uni.example.test",
    "Сыбайлас жемқорлыққа қарсы іс-қимыл\nСыбайлас жемқорлық фактілері туралы университеттің сенім телефонына "
    "хабарлаңыз: +7 (7172) 55-00-00.",
], ids=["ru-heading-then-number", "kk-sentence-with-number"])
def test_the_trust_line_with_its_number_is_found(detector: Detector, text: str) -> None:
    assert verdicts(detector, excerpt(f"{U}/antikor", text)).get("hotline", 0.0) >= 0.5


def test_a_signed_thesis_title_page_is_no_anti_plagiarism_rule(detector: Detector) -> None:
    """A master's thesis's title page, its blanks signed with names: its originality line is the thesis's."""
    lines = ["Ministry of Science and Higher Education of the Republic of Kazakhstan",
             'NJSC "Northern Polytechnic University"', "School of Digital Sciences", "ADMITTED TO DEFENCE",
             "Head of Department, PhD _____________ K. Ospanova", '"___" ____________ 2026', "MASTER'S THESIS",
             'Topic: "Graph methods for detecting contract cheating in online exams"',
             "Completed by: Master's student, group CS-24M _____________ A. Bekov",
             "Scientific supervisor: PhD, Associate Professor _____________ D. Omarova",
             "Originality check: Antiplagiat.VUZ, originality 88.1 % (certificate No. 512 of 14 May 2026)",
             "Astana, 2026", "ABSTRACT", "This thesis studies graph methods for detecting collusion in online "
             "assessments and discusses academic integrity.", "Keywords: academic integrity, plagiarism, anomaly detection."]
    body = "".join(f"<p>{line}</p>" for line in lines)
    doc = extract_document(f"<html><head><title>{lines[0]}</title></head><body>{body}</body></html>".encode(),
                           f"{U}/en/library/theses/cs-2026-14", "text/html; charset=utf-8")
    assert verdicts(detector, doc).get("antiplagiarism", 0.0) < 0.5


@pytest.mark.parametrize("text", [
    "Проект Положения о комиссии по этике\nГлавная / Объявления\nПРОЕКТ\n(вносится на обсуждение, не утверждён)\n"
    "ПОЛОЖЕНИЕ об антикоррупционной комиссии университета\n1. Общие положения\n"
    "1.1. Комиссия является постоянно действующим органом университета.",
    "Комиссия туралы ереженің жобасы\nБасты бет / Хабарландырулар\nЖОБА\n(талқылауға ұсынылады, бекітілмеген)\n"
    "Сыбайлас жемқорлыққа қарсы комиссия туралы ЕРЕЖЕ\n1. Жалпы ережелер\n"
    "1.1. Комиссия университеттің тұрақты жұмыс істейтін алқалы органы болып табылады.",
])
def test_a_draft_marked_as_such_is_at_most_uncertain_with_its_note(detector: Detector, text: str) -> None:
    # A draft put up for discussion ("ПРОЕКТ", "не утверждён", "ЖОБА", "бекітілмеген"), whatever it names, is not adopted.
    doc = excerpt(f"{U}/ru/obyavleniya/proekt-polozheniya", text)
    evidence = {e.artefact_id: e for e in detector.detect(doc, "university", AS_OF)}
    regulation = evidence["anticorruption_commission_regulation"]
    assert MIN_REPORTED <= regulation.confidence < 0.5 and regulation.genre == "draft", regulation


def test_forms_of_exams_are_no_forms_to_fill_in(detector: Detector) -> None:
    # "Forms of Exams" names the forms exams take: the page is not a page of blanks (guidance), and it is found.
    doc = excerpt(f"{U}/en/studying/exam-regulations",
                  "Forms of Exams\nFinal examinations by their assessment are divided into:\n"
                  "- final examination, the form of assessment that checks knowledge and skills at the end of the course;\n"
                  "- continuous assessment, the form of assessment of assignments during a period.\n"
                  "Final examinations by access to materials are divided into open book and closed book examinations.")
    (rules,) = [c for c in detector.candidates(doc, "university", AS_OF) if c.artefact_id == "exam_rules"]
    assert rules.features.get("cue_guidance", 0.0) == 0.0
    assert verdicts(detector, doc)["exam_rules"] >= 0.5


def test_a_sentence_citing_national_rules_does_not_make_the_page_a_national_act(detector: Detector) -> None:
    # "... в соответствии с Правилами ... государственных организаций образования": the announcement follows the rules.
    doc = excerpt(f"{C}/ru/kadry/konkurs",
                  "Конкурс на замещение вакантных должностей педагогов\n"
                  "Колледж объявляет конкурс на замещение вакантной должности преподавателя информатики (1 ставка).\n"
                  "Конкурс проводится в соответствии с Правилами назначения на должности, освобождения от должностей "
                  "первых руководителей и педагогов государственных организаций образования.\n"
                  "Документы принимаются в отделе кадров до 15 декабря 2026 года.")
    (announcement,) = [c for c in detector.candidates(doc, "college", AS_OF) if c.artefact_id == "vacancy_announcements"]
    assert announcement.features.get("cue_national_act", 0.0) == 0.0
    assert verdicts(detector, doc, "college")["vacancy_announcements"] >= 0.9


def test_a_private_institutions_presidents_order_is_no_national_act(detector: Detector) -> None:
    doc = excerpt(f"{U}/en/academy/documents/hiring",
                  "Position on the order of reception and dismissal of employees\n"
                  "APPROVED by the order of the President of the Academy No. 17-ОД from 10.02.2026\n"
                  "1. General provisions\n1.1. The present Position determines the order of reception on work and "
                  "dismissal of the employees of the Academy.")
    assert verdicts(detector, doc).get("hiring_dismissal_rules", 0.0) >= 0.5


def test_minutes_listed_in_a_section_of_their_own_are_dated_by_it_not_by_the_documents_above(detector: Detector) -> None:
    # The regulation listed first was approved in 2024, the composition is for 2025-2026: the minutes' own section
    # lists meetings of 2026, which date them.
    doc = excerpt(f"{U}/kk/anticor/komissiya",
                  "Сыбайлас жемқорлыққа қарсы комиссия\nБасты бет / Университет / Комиссия\n"
                  "Комиссия туралы ереже\n"
                  "Комиссия туралы ереже (Ғылыми кеңестің 2024 жылғы 12 ақпандағы №4 шешімімен бекітілген) (PDF, 200 KB)\n"
                  "Комиссия құрамы\n2025-2026 оқу жылына арналған комиссия құрамы\n"
                  "1. Омаров Ерлан Бекұлы – проректор, төраға\n2. Ахметова Дана – заңгер, хатшы\n"
                  "3. Серіков Нұрлан – 3 курс студенті\n"
                  "Отырыс хаттамалары\n"
                  "Комиссия отырысының №1 хаттамасы, 14.03.2026 (PDF, 150 KB)\n"
                  "Комиссия отырысының №2 хаттамасы, 02.10.2026 (PDF, 170 KB)")
    evidence = {e.artefact_id: e for e in detector.detect(doc, "university", AS_OF)}
    minutes = evidence.get("anticorruption_commission_reports")
    assert minutes is not None and minutes.confidence >= 0.5 and not minutes.stale, minutes
    assert evidence["anticorruption_commission_composition"].stale


def test_minutes_are_dated_by_their_meeting_not_by_the_years_their_agenda_names(detector: Detector) -> None:
    doc = excerpt(f"{C}/kk/qamqorshylar/hattama-3",
                  "Қамқоршылық кеңесі отырысының № 3 хаттамасы\n«Ақтау гуманитарлық колледжі» КМҚК\n"
                  "Ақтау қаласы, 2026 жылғы 20 мамыр\nҚатысқандар: кеңестің 7 мүшесінің 6-уы.\nКүн тәртібі:\n"
                  "1. 2025-2026 оқу жылының қорытынды аттестаттауына дайындық туралы.\n"
                  "ҚАУЛЫ ЕТІЛДІ: ақпарат назарға алынсын.")
    evidence = {e.artefact_id: e for e in detector.detect(doc, "college", AS_OF)}
    assert "board_of_trustees_minutes" in evidence and evidence["board_of_trustees_minutes"].confidence >= 0.5
    assert not evidence["board_of_trustees_minutes"].stale, evidence["board_of_trustees_minutes"]


@pytest.mark.parametrize("last_meeting,stale", [("15.10.2026", False), ("19.12.2024", True)])
def test_a_list_of_minutes_is_dated_by_its_last_meeting(detector: Detector, last_meeting: str, stale: bool) -> None:
    """Not by the years the agenda speaks of ("2024 жылғы жұмыс қорытындысы"); and a meeting's date keeps its minutes
    current for twelve months, with no report's grace year on top."""
    doc = excerpt(f"{U}/ru/komplaens/protokoly",
                  "Северный университет\nГлавная / Комплаенс-служба / Протоколы заседаний\n"
                  "Протоколы заседаний антикоррупционной комиссии\n№ | Дата заседания | Повестка дня | Документ\n"
                  f"2 | {last_meeting} | О поселении обучающихся в общежития | Скачать (PDF)\n"
                  "1 | 15.02.2024 | Отчёт о работе комиссии за 2023 год; план на 2024 год | Скачать (PDF)")
    evidence = {e.artefact_id: e for e in detector.detect(doc, "university", AS_OF)}
    assert evidence["anticorruption_commission_reports"].confidence >= 0.5
    assert evidence["anticorruption_commission_reports"].stale is stale


def test_a_private_universitys_name_and_a_worded_edition_open_its_document(detector: Detector) -> None:
    """"Учреждение «...»" (a private university's legal form) and "Издание второе" come before the title."""
    lines = ["Учреждение «Северный инновационный университет»", "П СИУ 6.1-02-2025 | Издание второе | стр. 1 из 8",
             "УТВЕРЖДЕНО", "решением Ученого совета", "протокол № 6 от «25» января 2025 г.", "ПОЛОЖЕНИЕ",
             "О ДИССЕРТАЦИОННОМ СОВЕТЕ", "1. Общие положения",
             "1.1 Диссертационный совет (далее – Совет) создается по решению Ученого совета университета.",
             "6.1 Совет ежегодно представляет в уполномоченный орган отчет о своей деятельности."]
    body = "".join(f"<p>{line}</p>" for line in lines)
    doc = extract_document(f"<html><body>{body}</body></html>".encode(), f"{U}/ru/nauka/dissovet/polozhenie",
                           "text/html; charset=utf-8")
    got = verdicts(detector, doc)
    assert got.get("dissertation_council_regulation", 0.0) >= 0.9, got
    assert got.get("head_annual_report", 0.0) < 0.5, got


def test_a_universitys_faq_for_students_gives_its_own_online_services(detector: Detector) -> None:
    """An education host's FAQ is its own page (a vendor's or a state body's FAQ stays another's guidance)."""
    doc = excerpt("https://sever-uni.edu.kz/ru/students/faq",
                  "Студентам: вопросы и ответы\nКак заселиться в общежитие?\nЗаявка на место в общежитии подаётся только "
                  "онлайн: войдите на портал dorm.sever-uni.edu.kz с логином Platonus и нажмите «Подать заявку».\n"
                  "Когда выплачивается стипендия?\nСтипендия перечисляется на карту до 25 числа каждого месяца.")
    assert verdicts(detector, doc).get("dormitory_online_registration", 0.0) >= 0.5


def test_a_news_post_that_carries_the_plan_itself_is_its_evidence(detector: Detector) -> None:
    """"Утверждён План ..." as a news headline, then the plan's own title over its table of measures, deadlines and
    who is responsible: the document is published here, not only reported."""
    doc = excerpt(f"{U}/ru/news/2026/09/plan",
                  "Утверждён План мероприятий по противодействию коррупции на 2026-2027 учебный год\n"
                  "Главная / Новости / Противодействие коррупции\n15 сентября 2026 года\n"
                  "Решением Правления (протокол № 9 от 11.09.2026) утверждён план на новый учебный год.\n"
                  "План мероприятий по противодействию коррупции НАО «Северный университет» на 2026-2027 учебный год\n"
                  "№ | Мероприятие | Срок исполнения | Ответственные\n"
                  "1 | Внутренний анализ коррупционных рисков | I квартал 2027 г. | комплаенс-офицер\n"
                  "2 | Заседания антикоррупционной комиссии | ежеквартально | председатель комиссии")
    assert verdicts(detector, doc).get("anticorruption_plan", 0.0) >= 0.5


def test_a_report_line_under_the_breadcrumb_dates_the_clubs_page(detector: Detector) -> None:
    """Of two lead lines naming the club equally, the report's title gives the period, not the breadcrumb above it:
    a report on the last completed year is current."""
    doc = excerpt(f"{C}/ru/vospitatelnaya-rabota/klub/otchet",
                  "Северный колледж сервиса\nГлавная / Воспитательная работа / Клуб «Саналы ұрпақ»\n"
                  "Отчёт о работе студенческого клуба «Саналы ұрпақ» за 2025-2026 учебный год\n"
                  "За учебный год клубом проведено 12 мероприятий: тренинги, дебаты, конкурс плакатов.")
    evidence = {e.artefact_id: e for e in detector.detect(doc, "college", AS_OF)}
    assert "sanaly_urpaq_club" in evidence and not evidence["sanaly_urpaq_club"].stale, evidence.get("sanaly_urpaq_club")


def test_a_web_pages_document_text_under_its_control_line_and_stamps_is_named_by_its_title(detector: Detector) -> None:
    """A document's text on a web page, as copied from its file: the control line, the approval stamps (the
    university's name between the board and its minutes) and when it took effect come before its title."""
    doc = extract_document(
        ("<html><body><p>НАО «Северный университет» | Документ СМК | П-СУ-04-2026 | Издание 2 | стр. 1 из 14</p>"
         "<p>УТВЕРЖДЕНО</p><p>решением Правления</p><p>НАО «Северный университет»</p><p>протокол № 3 от 12.03.2026</p>"
         "<p>СОГЛАСОВАНО</p><p>Проректор по науке __________ Омаров Б.К.</p>"
         "<p>Дата введения в действие: 01.04.2026</p><p>ПОЛОЖЕНИЕ</p><p>о магистратуре</p><p>1. Общие положения</p>"
         "<p>1.1 Настоящее Положение устанавливает порядок приема и итоговой аттестации магистрантов, "
         "в том числе порядок сдачи экзаменов.</p></body></html>").encode(),
        f"{U}/ru/nauka/magistratura/dokumenty/p-su-04", "text/html; charset=utf-8")
    got = verdicts(detector, doc)
    assert got.get("masters_regulation", 0.0) >= 0.5, got
    assert got.get("exam_rules", 0.0) < 0.5, got


@pytest.mark.parametrize("case_id,doc,expected", LISTED_WITH_NOTES, ids=[c[0] for c in LISTED_WITH_NOTES])
def test_a_document_listed_by_title_with_a_note_after_it_is_found(detector: Detector, case_id: str, doc: Document,
                                                                 expected: set[str]) -> None:
    """Listing its own document by title is evidence (interface.md); a note on who approved it or on its file
    does not make the list item a sentence of the page's text."""
    got = verdicts(detector, doc, "college" if doc.url.startswith(C) else "university")
    assert {aid for aid, confidence in got.items() if confidence >= 0.5} >= expected, (case_id, got)


def test_a_file_type_and_size_right_after_a_listed_title_is_its_note(detector: Detector) -> None:
    """ "План ... на 2026 год PDF, 203 КБ": a link's text and the note beside it, with no bracket or dash between, read as
    one line. The note is not part of the title: the line lists the plan, and of two plans listed the current one counts."""
    text = ("Документы — Антикоррупционная деятельность — Университет Примера\nУниверситет Примера\n"
            "Қазақша | Русский | English\nОб университете\nОбразование\nНаука\nАнтикоррупционная деятельность\n"
            "Главная / Антикоррупционная деятельность / Документы\nАнтикоррупционная деятельность\nДокументы\nНовости\n"
            "Документы\nВнутренние документы\n"
            "Положение об антикоррупционной комиссии (утв. приказом ректора № 15 от 02.10.2023) PDF, 286 КБ\nПланы\n"
            "План мероприятий по противодействию коррупции на 2025 год PDF, 187 КБ\n"
            "План мероприятий по противодействию коррупции на 2026 год PDF, 203 КБ\nДата обновления: 12.03.2026")
    found = {e.artefact_id: e for e in detector.detect(excerpt(f"{U}/ru/antikor/dokumenty", text), "university", AS_OF)}
    assert found["anticorruption_plan"].confidence >= 0.5 and not found["anticorruption_plan"].stale
    assert found["anticorruption_commission_regulation"].confidence >= 0.5


def test_a_sections_news_block_does_not_make_its_page_news(detector: Detector) -> None:
    """A section's page lists its documents and, under "Новости раздела", the dated headlines of the section's news:
    those teasers name other pages (news each), they do not make the documents' page a news report."""
    text = ("Антикоррупционная деятельность — Университет Примера\nГлавная | Университет | Студентам | Контакты\n"
            "Главная / Антикоррупционная деятельность\nАнтикоррупционная деятельность\n"
            "В университете действует система мер по предупреждению коррупции. Ниже размещены внутренние документы.\n"
            "Документы университета\n"
            "План мероприятий по противодействию коррупции на 2026 год\n"
            "Положение о процедуре «Подарки и представительские расходы»\n"
            "Новости раздела\n14.10.2026 Прошло заседание антикоррупционной комиссии\n"
            "01.10.2026 Студенты приняли участие в акции «Адал ұрпақ»\nВсе новости раздела")
    got = verdicts(detector, excerpt(f"{U}/ru/antikorruptsionnaya-deyatelnost", text))
    assert got.get("anticorruption_plan", 0.0) >= 0.5 and got.get("gifts_policy", 0.0) >= 0.5, got


def test_a_listed_plan_whose_note_names_the_site_it_is_on_is_dated_by_its_year(detector: Detector) -> None:
    """ "План ... на 2026 год (с изменениями от 10.11.2026) — goszakup.gov.kz": the notes say where the plan is and
    when it changed; the line lists this year's plan, and the page is current although last year's is listed too."""
    text = ("Государственные закупки — Университет Примера\nГлавная / Университет / Государственные закупки\n"
            "Государственные закупки\nЗакупки университета проводятся на веб-портале государственных закупок.\n"
            "Годовой план государственных закупок на 2026 год (с изменениями от 10.11.2026) — goszakup.gov.kz\n"
            "Годовой план государственных закупок на 2025 год — goszakup.gov.kz\n"
            "Ответственный: отдел закупок, каб. 305.")
    (evidence,) = [e for e in detector.detect(excerpt(f"{U}/ru/universitet/goszakupki", text), "university", AS_OF)
                   if e.artefact_id == "goszakup_procurement"]
    assert evidence.confidence >= 0.5 and not evidence.stale, evidence


def test_a_menus_row_among_the_first_lines_does_not_make_the_page_news(detector: Detector) -> None:
    """ "Home | About | ... | News | Contact" read among a page's first lines is the site's menu: its "News" item is no
    news label of the page, which lists the institution's documents."""
    text = ("Anti-Corruption Compliance | Example University\n"
            "Home | About | Admissions | Academics | Research | Student Life | News | Contact\n"
            "Home / About / Anti-Corruption Compliance\nAnti-Corruption Compliance\n"
            "The university does not tolerate corruption in admissions, teaching, hiring and procurement.\nKey documents\n"
            "Anti-Corruption Policy (approved by the Board of Directors, 2025) — PDF\nGifts and Hospitality Procedure — PDF\n"
            "Compliance Officer: compliance@example.edu.kz")
    got = verdicts(detector, excerpt(f"{U}/en/about/anti-corruption-compliance", text))
    assert got.get("gifts_policy", 0.0) >= 0.5, got


def test_a_trust_line_with_its_number_under_quick_links_is_the_pages_own(detector: Detector) -> None:
    """Under "Quick links" the lines name other pages, but one that gives a number to call is the site's trust line."""
    text = ("PhD programmes — Example University\nHome / Graduate School / PhD programmes\nPhD programmes\n"
            "Doctoral students publish their results in indexed journals.\nQuick links\nLibrary\n"
            "Trust Line 24/7: 8 800 080 4545 (toll-free)\nCampus map")
    assert verdicts(detector, excerpt(f"{U}/en/graduate-school/phd", text)).get("hotline", 0.0) >= 0.5


def test_a_register_of_documents_with_kazakh_approval_cells_lists_them(detector: Detector) -> None:
    """ "1 | Сыбайлас жемқорлыққа қарсы саясат | Директорлар кеңесінің 2025 жылғы 18 желтоқсандағы № 9 шешімі | PDF": the year
    in the cell that says who approved the document is no deadline of a plan's measure; the row lists the policy."""
    text = ("Сыбайлас жемқорлыққа қарсы комплаенс — құжаттар\nБасты бет / Университет / Комплаенс / Құжаттар\n"
            "Комплаенс қызметінің құжаттары\n№ | Құжаттың атауы | Бекітілген | Файл\n"
            "1 | Сыбайлас жемқорлыққа қарсы саясат | Директорлар кеңесінің 2025 жылғы 18 желтоқсандағы № 9 шешімі | PDF\n"
            "2 | Мүдделер қақтығысын реттеу саясаты | Директорлар кеңесінің 2025 жылғы 18 желтоқсандағы № 9 шешімі | PDF")
    got = verdicts(detector, excerpt(f"{U}/kk/universitet/komplaens/kuzhattar", text))
    assert got.get("anticorruption_policy", 0.0) >= 0.5 and got.get("conflict_of_interest_policy", 0.0) >= 0.5, got


def test_a_thesis_regulation_whose_appendix_shows_the_title_page_to_fill_in_is_still_found(detector: Detector) -> None:
    doc = pdf_text(f"{U}/upload/docs/polozhenie_md.pdf",
                   "ПОЛОЖЕНИЕ\nо магистерской диссертации\n1. Общие положения\n1.1 Настоящее положение определяет "
                   "порядок подготовки и защиты магистерской диссертации.\nПриложение 1. Образец титульного листа\n"
                   "Выполнил: магистрант ____________\nНаучный руководитель: к.т.н., доцент ____________", "ПОЛОЖЕНИЕ")
    assert verdicts(detector, doc).get("master_thesis_regulation", 0.0) >= 0.5


def test_a_kazakh_title_whose_short_word_lost_a_letter_is_still_read(detector: Detector) -> None:
    """ "ережсі" for "ережесі": a typo in the possessive of a short word, whose stem leaves no key to look up."""
    doc = excerpt(f"{U}/kk/kadr/ereje", "Қызметкерлерді қабылдау, ауыстыру және босату ережсі\nУниверситет\n"
                  "1. Жалпы ережелер\n1.1 Осы Ереже университеттің барлық бөлімшелері үшін міндетті.")
    assert verdicts(detector, doc).get("hiring_dismissal_rules", 0.0) >= 0.5


def test_a_kazakh_title_whose_short_word_lost_a_letter_in_the_dative_is_still_read(detector: Detector) -> None:
    """ "Ауыуға" for "Ауысуға" (to transfer): a typo in the dative of a short word, compared as the title writes it."""
    doc = page(f"{U}/kz/students/auyuga-onlayn-otinish-beru", "Ауыуға онлайн өтініш беру",
               "Ауыуға онлайн өтініш беру\nӨтінімді жеке кабинет арқылы беріңіз.\nӨтінім 3 жұмыс күні ішінде қаралады.")
    assert verdicts(detector, doc).get("online_transfer_service", 0.0) >= 0.5


@pytest.mark.parametrize("text,itype,aid", [
    # The college's letterhead under the title names the akimat: no report "to the akim".
    ("Колледж директорының 2025-2026 оқу жылындағы жұмысы туралы жария есебі\nЖамбыл облысы әкімдігінің білім "
     "басқармасының «Көпсалалы колледжі» МКҚК\nЕсеп ата-аналардың қатысуымен тыңдалды.", "college", "head_annual_report"),
    # "Anti-corruption politics": the machine translation of "Антикоррупционная политика" an English version shows.
    ("Anti-corruption politics\nUniversity\nThe anti-corruption politics of the University was approved by the Board "
     "of Directors on 12 May 2025.\nDownload (PDF)", "university", "anticorruption_policy"),
])
def test_own_pages_whose_titles_once_lost_them_are_found(detector: Detector, text: str, itype: str, aid: str) -> None:
    assert verdicts(detector, excerpt(f"{U}/page", text), itype).get(aid, 0.0) >= 0.5


def test_files_are_not_judged_by_the_page_template_rule(detector: Detector) -> None:
    """A DOCX report has no site template naming the institution; it is still the institution's."""
    doc = Document(url=f"{C}/files/report.docx", kind="docx", title="Директордың жария есебі",
                   headings=["Директордың 2025-2026 жылғы жария есебі"],
                   body="БЕКІТЕМІН\nДиректор\nКіріспе\nКадрлық әлеует\nҚаржылық-шаруашылық қызмет")
    assert verdicts(detector, doc, "college").get("head_annual_report", 0.0) >= 0.5


def test_the_menu_says_whose_site_it_is(detector: Detector) -> None:
    """Menu lines are not evidence, but a menu naming students and the university shows an
    institution's own site: its page is not judged as another organisation's."""
    from adalscan.models import Link

    menu = [Link(f"https://kaz.example.kz/{i}", text) for i, text in
            enumerate(("Біз туралы", "Студенттерге", "Ғылым", "Университет өмірі"))]
    body = "\n".join(link.text for link in menu) + "\nСтипендия тағайындау туралы ақпарат\nҚұжаттар электрондық түрде қабылданады."
    doc = Document(url="https://kaz.example.kz/?page_id=291", kind="html", title="Стипендия тағайындау туралы ақпарат",
                   headings=["Стипендия тағайындау туралы ақпарат"], body=body, links=menu)
    assert verdicts(detector, doc).get("scholarship_info", 0.0) >= 0.5
    alone = Document(url="https://kaz.example.kz/?page_id=291", kind="html", title=doc.title, headings=doc.headings,
                     body="Стипендия тағайындау туралы ақпарат\nҚұжаттар электрондық түрде қабылданады.")
    assert verdicts(detector, alone).get("scholarship_info", 0.0) < 0.5


def test_a_cms_routing_address_is_not_news(detector: Detector) -> None:
    """A Joomla site's address says "view=article" for every page: that is routing, not a news section."""
    body = ("A student of the University accepts the norms of this Code of honour: does not use unauthorised help "
            "in examinations and does not present another person's work as their own.")
    plain = verdicts(detector, page(f"{U}/index.php", "University", body, headings=[]))
    joomla = verdicts(detector, page(f"{U}/index.php?option=com_content&view=article&id=412&Itemid=77&lang=en",
                                     "University", body, headings=[]))
    assert plain.get("student_ethics_code", 0.0) >= 0.4  # evidence to weaken, or the test would prove nothing
    assert joomla.get("student_ethics_code") == plain.get("student_ethics_code")


def _in_site_template(path: str, title: str, paragraphs: list[str]) -> Document:
    """A page as an institution's site serves it: its name in the title, logo and footer, a menu naming the
    university and its students, and the page's own content in <main>."""

    site = "Қызылжар университеті"
    html_page = (f"<html><head><title>{title} | {site}</title></head><body><header><div class='logo'>{site}</div>"
                 "<nav><a href='/about'>Университет туралы</a> <a href='/students'>Студенттерге</a> "
                 "<a href='/docs'>Нормативтік құжаттар</a></nav></header>"
                 f"<main><h1>{title}</h1>{''.join(f'<p>{p}</p>' for p in paragraphs)}</main>"
                 f"<footer><p>{site}</p><p>Мекенжай: Петропавл қ.</p></footer></body></html>")
    # A host that does not say "university" itself (a host with "edu" or "uni" would settle whose site it is).
    return extract_document(html_page.encode(), f"https://www.kyzylzhar.example.kz{path}", "text/html; charset=utf-8")


def test_another_organisations_code_reposted_in_the_sites_template(detector: Detector) -> None:
    """The site's template names the university; the code it reposts never does: it is a company's code
    (issue: detection that generalises, kind 3), not the staff's code of honour."""
    company = _in_site_template("/docs/kodeks-etiki", "Кодекс деловой этики", [
        "Настоящий Кодекс деловой этики определяет принципы поведения работников товарищества.",
        "Работники товарищества не принимают подарков от поставщиков и сообщают о конфликте интересов."])
    own = _in_site_template("/docs/kodeks-chesti", "Кодекс деловой этики", [
        "Настоящий Кодекс деловой этики определяет принципы поведения преподавателей и сотрудников университета.",
        "Преподаватели не принимают подарков от студентов и сообщают о конфликте интересов."])
    assert company.furniture and verdicts(detector, company).get("staff_ethics_code", 0.0) < 0.5
    assert verdicts(detector, own).get("staff_ethics_code", 0.0) >= 0.5


def test_a_page_in_latin_script_kazakh_names_its_education_in_latin_script(detector: Detector) -> None:
    """"Akademiialyq", "oqytuşylar": Latin-script Kazakh words of an education make a page the institution's as
    their Cyrillic forms do."""
    doc = _in_site_template("/page/antiplagiat", "«Antiplagiat» jüiesı", [
        "Akademiialyq adaldyq saiasatyna säikes oqytuşylardyñ jūmystary da tekserıledı.",
        "Tekserıs nätijesı jūmys jetekşısıne jıberıledı."])
    assert verdicts(detector, doc).get("antiplagiarism", 0.0) >= 0.5


def test_another_commission_in_the_anticorruption_section_is_not_the_anticorruption_commission(
        detector: Detector) -> None:
    """A site may file its admissions commission under "Антикор": the section does not make it that commission."""
    for title in ("Состав приёмной комиссии", "Положение об апелляционной комиссии", "Қабылдау комиссиясының құрамы"):
        found = {a for a, c in verdicts(detector, page(f"{U}/antikor/komissiya", title,
                                                         "Председатель – Ахметов А.А. Члены: Серикова Б.К., Ким В.")).items()
                 if c >= 0.5}
        assert not found & {"anticorruption_commission_composition", "anticorruption_commission_regulation"}, (title, found)
    own = verdicts(detector, page(f"{U}/antikor/komissiya", "Состав комиссии по противодействию коррупции",
                                  "Председатель – Ахметов А.А. Члены: Серикова Б.К., Ким В."))
    assert own.get("anticorruption_commission_composition", 0.0) >= 0.5


def test_a_state_standard_of_an_education_level_is_no_professional_standard(detector: Detector) -> None:
    """"Стандарт технического и профессионального образования" holds the words of "профессиональный стандарт"."""
    doc = page(f"{C}/ru/about/gos-standart", "Об утверждении государственного общеобязательного стандарта "
               "технического и профессионального, послесреднего образования",
               "Приказ Министра просвещения Республики Казахстан от 27.07.2025 № 64. Стандарт устанавливает требования "
               "к содержанию образовательных программ.")
    assert "qualification_requirements" not in verdicts(detector, doc, "college")


def test_a_short_service_page_is_the_institutions_by_its_site(detector: Detector) -> None:
    """A vacancies notice names jobs, not the university: the site makes it the institution's."""
    doc = _in_site_template("/vacancies", "Бос лауазымдарға конкурс жариялайды", [
        "Бухгалтер – 1 бірлік. Заңгер – 1 бірлік.", "Құжаттарды қабылдау мерзімі – хабарландыру жарияланған күннен "
        "бастап 15 күнтізбелік күн."])
    assert verdicts(detector, doc).get("vacancy_announcements", 0.0) >= 0.5


def test_whose_page_does_not_depend_on_the_language_of_the_page_that_linked_to_it(detector: Detector) -> None:
    """The linking page's title carries the site's name, in its own language ("Кадровая политика |
    Северо-Казахстанский университет" linking to a Kazakh page): it is the site's name wherever it sits in
    the page's own title, not the page's content, so a reposted company code stays another organisation's
    whichever language version the crawl read first."""
    company = _in_site_template("/docs/kodeks-etiki", "Кодекс деловой этики", [
        "Настоящий Кодекс деловой этики определяет принципы поведения работников товарищества.",
        "Работники товарищества не принимают подарков от поставщиков и сообщают о конфликте интересов."])
    seen = []
    for referrer in ("", "Нормативтік құжаттар | Қызылжар университеті",
                     "Нормативные документы | Северо-Казахстанский университет",
                     "Regulations | Kozybayev University"):
        company.referrer_title = referrer
        seen.append(verdicts(detector, company).get("staff_ethics_code", 0.0))
    assert max(seen) < 0.5 and len(set(seen)) == 1, seen


def test_a_bodys_minutes_on_the_site_are_the_institutions_whoever_linked_to_them(detector: Detector) -> None:
    """A commission's or board's minutes name its chair, secretary and vote, never the university: on the
    institution's site they are its own (as its vacancy notices are), from any linking page."""
    minutes = _in_site_template("/kadry/protokol", "Конкурстық комиссия отырысының хаттамасы (03.10.2026)", [
        "Қатысқандар: комиссия төрағасы, хатшы, мүшелер (7 адам).", "ТЫҢДАЛДЫ: комиссия төрағасының баяндамасы.",
        "ҚАУЛЫ ЕТТІ: ақпарат назарға алынсын.", "Дауыс беру: «иә» – 7, «қарсы» – 0."])
    board = _in_site_template("/about/board", "Протокол заседания Попечительского совета от 28 октября 2026 г.", [
        "Присутствовали: председатель, секретарь, члены совета (7 человек).", "СЛУШАЛИ: доклад председателя.",
        "ПОСТАНОВИЛИ: информацию принять к сведению."])
    for doc, artefact in ((minutes, "competition_commission_minutes"), (board, "board_of_trustees_minutes")):
        for referrer in ("", "Кадровая политика | Северо-Казахстанский университет"):
            doc.referrer_title = referrer
            assert verdicts(detector, doc, "college").get(artefact, 0.0) >= 0.5, (artefact, referrer)


def test_an_article_that_says_it_is_one_is_not_left_to_the_analyst(detector: Detector) -> None:
    """"В этой статье мы расскажем": a portal's piece, not worth an uncertain cell either."""
    doc = next(case[1] for case in NOT_FOUND if case[0] == "article-about-scholarships-as-file-ru")
    assert "scholarship_info" not in verdicts(detector, doc)


def test_a_sign_in_page_is_not_a_transfer_service_by_itself(detector: Detector) -> None:
    doc = Document(url=f"{U}/cabinet/", kind="html", title="Личный кабинет", headings=["Личный кабинет"],
                   body="Для продолжения войдите в систему.\nЛогин\nПароль\nВойти", anchor_texts=["Личный кабинет"])
    assert verdicts(detector, doc).get("online_transfer_service", 0.0) < 0.5


def test_a_staff_code_named_in_a_russian_slug_is_not_the_students_code(detector: Detector) -> None:
    """"kodeks-pedagogicheskoy-etiki": "etiki" is этики, so the address names the staff's code, and the text's
    mention of students does not make it theirs."""
    html = ("<html><head><title>Кодекс педагогической этики | Университет</title></head><body>"
            "<h1>Кодекс педагогической этики</h1><p>Опубликовано: 10.02.2024</p><h3>1. Общие положения</h3>"
            "<p>Кодекс основан на уважении и честности.</p><h3>2. Основные принципы</h3>"
            "<p>Преподаватель не принимает подарков от обучающихся.</p></body></html>")
    doc = extract_document(html.encode(), f"{U}/antikor/kodeks-pedagogicheskoy-etiki/", "text/html")
    got = verdicts(detector, doc)
    assert got.get("staff_ethics_code", 0.0) >= 0.5 and got.get("student_ethics_code", 0.0) < 0.5, got


def test_an_orders_title_line_after_the_approval_block_is_the_documents_title(detector: Detector) -> None:
    """"Приказ №7 об утверждении Плана ..." under "УТВЕРЖДАЮ / Ректор / date" is the title, not more of the
    approval block (its "№7" looks like an approval detail)."""
    doc = Document(url=f"{U}/upload/iblock/1a2/5f0c11d2.pdf", kind="pdf", title="Документ1", body=(
        "УТВЕРЖДАЮ\nРектор ______________\n«3» сентября 2026 г.\n"
        "Приказ №7 об утверждении Плана мероприятий по противодействию коррупции на 2026-2027 учебный год\n"
        "№ Мероприятие Срок Ответственный\n1 Семинар для сотрудников октябрь юридический отдел\n"
        "2 Анализ коррупционных рисков декабрь рабочая группа"))
    assert verdicts(detector, doc).get("anticorruption_plan", 0.0) >= 0.5


@pytest.mark.parametrize("body,artefact", [
    # Kazakh names the document last: "... жоспарын бекіту туралы №12 бұйрық" after the approval block.
    ("БЕКІТЕМІН\nДиректор ______________\n15.01.2026 ж.\n"
     "Сыбайлас жемқорлыққа қарсы іс-қимыл бойынша 2026 жылға арналған шаралар жоспарын бекіту туралы №12 бұйрық\n"
     "№ Іс-шара Мерзімі Жауапты\n1 Құқықтық сауаттылық дәрісі наурыз тәрбие бөлімі", "anticorruption_plan"),
    # A title broken after the abbreviation of "учебный": "(2026-2027 уч." / "год)" is not a sentence.
    ("УТВЕРЖДАЮ\nРектор ______________\n«1» сентября 2026 г.\nПлан работы студенческого клуба «Саналы ұрпақ» "
     "(2026-2027 уч.\nгод)\n№ Мероприятие Срок Ответственный\n1 Встреча с ветеранами октябрь куратор", "sanaly_urpaq_club"),
])
def test_a_files_title_under_its_approval_block_is_read_as_its_title(detector: Detector, body: str,
                                                                      artefact: str) -> None:
    doc = Document(url=f"{C}/upload/files/doc_12.pdf", kind="pdf", title="Документ1", body=body)
    assert verdicts(detector, doc).get(artefact, 0.0) >= 0.5


def test_a_vendors_manual_with_its_copyright_is_another_organisations_page(detector: Detector) -> None:
    doc = page(f"{U}/kk/gylym/antiplagiat-nuskaulyk", "«TextCheck Pro» түпнұсқалықты тексеру жүйесінің нұсқаулығы",
               "Жүйеге кіру үшін ұйымыңыз берген логинді пайдаланыңыз. Файлды жүктеп, «Тексеру» батырмасын басыңыз.\n"
               "© «TextCheck Pro» ЖШС")
    assert verdicts(detector, doc).get("antiplagiarism", 0.0) < 0.5


def test_a_private_colleges_own_copyright_does_not_make_its_page_anothers(detector: Detector) -> None:
    doc = page(f"{C}/ru/antikor/plan", "План мероприятий по противодействию коррупции на 2026-2027 учебный год",
               "1. Анализ коррупционных рисков — декабрь.\n2. Семинар для преподавателей — октябрь.\n"
               "© ТОО «Колледж экономики и права»")
    assert verdicts(detector, doc, "college").get("anticorruption_plan", 0.0) >= 0.5


@pytest.mark.parametrize(("case_id", "url", "heading", "body"), [
    ("kk", f"{C}/content/pedagogikalyq-adep-qagidalary/", "1. Жалпы ережелер",
     "1.1. Осы Педагогикалық әдеп қағидалары білім беру ұйымдары педагогтерінің кәсіби мінез-құлқының нормаларын "
     "белгілейді. 1.2. Педагог өз қызметінде заңнаманы, ұйымның жарғысын және осы Қағидаларды басшылыққа алады."),
    ("ru", f"{C}/content/pravila-pedagogicheskoy-etiki/", "1. Общие положения",
     "1.1. Настоящие Правила педагогической этики определяют нормы профессионального поведения педагогов "
     "организаций образования. 1.2. Педагог руководствуется законодательством, уставом организации и "
     "настоящими Правилами."),
    ("en", f"{U}/en/content/rules-of-pedagogical-ethics/", "1. General provisions",
     "1.1. These Rules of Pedagogical Ethics set the norms of professional conduct of teachers of educational "
     "organisations. 1.2. A teacher follows the legislation, the organisation's charter and these Rules."),
], ids=["kk", "ru", "en"])
def test_national_rules_named_only_by_their_own_first_sentence_are_at_most_uncertain(
        detector: Detector, case_id: str, url: str, heading: str, body: str) -> None:
    """A page whose heading is only a section's ("1. Общие положения") and whose first sentence names the
    document it is as the national Rules of pedagogical ethics is that national act reposted (interface.md:
    at most uncertain), even where the address spells the rules' name."""
    doc = page(url, heading, body)
    assert verdicts(detector, doc, "college").get("staff_ethics_code", 0.0) < 0.5, case_id


def test_an_own_code_written_under_the_national_rules_is_still_found(detector: Detector) -> None:
    doc = page(f"{C}/ru/documents/kodeks-chesti-pedagogov/", "Кодекс чести педагогов колледжа",
               "1.1. Настоящий Кодекс чести педагогов колледжа разработан в соответствии с Правилами педагогической "
               "этики и определяет нормы поведения преподавателей и сотрудников колледжа.")
    assert verdicts(detector, doc, "college").get("staff_ethics_code", 0.0) >= 0.5


@pytest.mark.parametrize(("title", "body"), [
    ("Академическая честность",
     "Объявление. Заявления на вакантные государственные образовательные гранты принимаются с 5 по 15 января в "
     "офисе регистратора. Претендовать на вакантный грант могут обучающиеся на платной основе со средним баллом "
     "GPA не ниже 3,0."),
    ("Academic integrity",
     "Notice: applications for vacant state educational grants are accepted from 5 to 15 January at the "
     "registrar's office. Fee-paying students with a GPA of at least 3.0 may apply for a vacant grant."),
], ids=["ru", "en"])
def test_a_sections_topic_over_another_artefacts_text_is_not_that_topics_document(
        detector: Detector, title: str, body: str) -> None:
    """A vacant-grant notice under an "Academic integrity" heading (the site's section): the heading's weak
    synonym alone, over a text that speaks of another artefact and never of integrity, is not the code."""
    got = verdicts(detector, page(f"{U}/students/academic-integrity/notice", title, body))
    assert got.get("student_ethics_code", 0.0) < 0.5
    assert got.get("grant_transfer_candidates", 0.0) >= 0.5


def test_a_sections_topic_over_its_own_text_is_still_found(detector: Detector) -> None:
    body = ("Студент университета честно выполняет письменные работы, не допускает списывания и плагиата, "
            "уважает преподавателей и однокурсников и соблюдает принципы академической честности.")
    assert verdicts(detector, page(f"{U}/students/academic-integrity", "Академическая честность", body)).get(
        "student_ethics_code", 0.0) >= 0.5


@pytest.mark.parametrize("title", [
    "Акимат области утвердил план мероприятий по противодействию коррупции на 2026 год",
    "Облыс әкімдігі 2026 жылға арналған сыбайлас жемқорлыққа қарсы іс-шаралар жоспарын бекітті",
], ids=["ru", "kk"])
def test_a_headline_saying_who_approved_a_plan_is_news(detector: Detector, title: str) -> None:
    """A document's title names what it is; a headline in which somebody approved it reports the act."""
    body = ("План предусматривает анализ коррупционных рисков в управлениях и отделах, обучение "
            "государственных служащих и отчёт о выполнении мероприятий до 20 декабря.")
    got = verdicts(detector, page(f"{C}/ru/novosti/plan", title, body), "college")
    assert got.get("anticorruption_plan", 0.0) < 0.5


@pytest.mark.parametrize(("title", "scope"), [
    ("Academic Integrity Policy", "This Policy applies to all students and members of the teaching staff of the University."),
    ("Политика академической честности", "Настоящая Политика распространяется на обучающихся и работников университета."),
    ("Академиялық адалдық саясаты", "Осы Саясат университеттің барлық білім алушылары мен оқытушыларына қолданылады."),
], ids=["en", "ru", "kk"])
def test_an_integrity_policy_whose_scope_names_staff_and_students_is_both_codes(detector: Detector, title: str,
                                                                                 scope: str) -> None:
    doc = Document(url=f"{U}/upload/iblock/99/policy.docx", kind="docx", title=title, headings=[],
                   body=f"{title}\n1. {scope}\n2. Students shall not cheat or plagiarise.")
    got = verdicts(detector, doc)
    assert got.get("student_ethics_code", 0.0) >= 0.5 and got.get("staff_ethics_code", 0.0) >= 0.5


def test_a_student_code_that_asks_respect_for_teachers_binds_only_students(detector: Detector) -> None:
    doc = Document(url=f"{U}/upload/iblock/99/code.docx", kind="docx", title="Academic Integrity Policy", headings=[],
                   body="Academic Integrity Policy\n1. Students shall respect their teachers and fellow students.\n"
                        "2. Students shall not cheat or plagiarise.")
    got = verdicts(detector, doc)
    assert got.get("student_ethics_code", 0.0) >= 0.5 and got.get("staff_ethics_code", 0.0) < 0.5


@pytest.mark.parametrize(("title", "body"), [
    ("Мектеп-лицей бос лауазымдарға конкурс жариялайды",
     "«№7 мектеп-лицей» КММ химия пәні мұғалімі мен информатика пәні мұғалімінің бос лауазымдарына конкурс "
     "жариялайды. Құжаттар күнтізбелік 15 күн ішінде қабылданады."),
    ("Школа-гимназия объявляет конкурс на вакантные должности",
     "КГУ «Школа-гимназия №3» объявляет конкурс на занятие вакантных должностей учителя биологии и учителя "
     "английского языка. Документы принимаются в течение 15 календарных дней."),
], ids=["kk", "ru"])
def test_a_schools_vacancy_reposted_is_not_the_institutions(detector: Detector, title: str, body: str) -> None:
    got = verdicts(detector, page(f"{U}/ru/news/konkurs", title, body))
    assert got.get("vacancy_announcements", 0.0) < 0.5


@pytest.mark.parametrize(("title", "body"), [
    ("Anti-corruption Commission",
     "Chair – First Vice-Rector B. Sadykov. Members – Head of Legal Service M. Li, Head of Finance G. Tulegenova, "
     "student representative R. Amanov. Secretary – Compliance Officer A. Zhakupova."),
    ("Сыбайлас жемқорлыққа қарсы комиссия",
     "Төраға – Оспанов Қ.Е., бірінші проректор.\nМүшелері: Ли М.В., заң қызметінің басшысы; Амантаев Р.Б., "
     "студенттік кеңес төрағасы.\nХатшы – Жақыпова А.С., комплаенс-офицер."),
], ids=["en", "kk"])
def test_a_commissions_page_listing_its_members_by_name_is_its_composition(detector: Detector, title: str,
                                                                             body: str) -> None:
    got = verdicts(detector, page(f"{U}/about/anti-corruption/commission", title, body))
    assert got.get("anticorruption_commission_composition", 0.0) >= 0.5


def test_a_commissions_regulation_naming_its_roles_is_not_its_composition(detector: Detector) -> None:
    body = ("1. Комиссию возглавляет председатель, назначаемый приказом ректора. 2. Секретарь комиссии ведёт "
            "протоколы заседаний. 3. Члены комиссии участвуют в заседаниях лично.")
    got = verdicts(detector, page(f"{U}/ru/antikor/polozhenie-komissii",
                                  "Положение об антикоррупционной комиссии", body))
    assert got.get("anticorruption_commission_regulation", 0.0) >= 0.5
    assert got.get("anticorruption_commission_composition", 0.0) < 0.5


@pytest.mark.parametrize(("url", "title", "body"), [
    (f"{U}/en/students/dress-code", "Dress code",
     "Students and staff are expected to dress in a business style on campus. Sportswear is allowed only in "
     "sports facilities."),
    (f"{C}/ru/studentam/dress-kod", "Дресс-код студентов",
     "Студенты колледжа приходят на занятия в деловой одежде. Спортивная форма допускается на уроках "
     "физической культуры."),
], ids=["en", "ru"])
def test_a_dress_code_is_no_code_of_ethics(detector: Detector, url: str, title: str, body: str) -> None:
    got = verdicts(detector, page(url, title, body))
    assert got.get("student_ethics_code", 0.0) < 0.5 and got.get("staff_ethics_code", 0.0) < 0.5


def test_a_machine_translated_position_on_the_commission_is_its_regulation(detector: Detector) -> None:
    """"Положение о комиссии" comes out of machine translation as "Position on the commission"."""
    doc = page(f"{U}/en/anti-corruption/position", "Position on the commission on counteraction to corruption",
               "The present Position defines the tasks, the functions and the order of the work of the commission on "
               "counteraction to corruption of the university.")
    assert verdicts(detector, doc).get("anticorruption_commission_regulation", 0.0) >= 0.5
    vacancy = page(f"{U}/en/hr/vacancy", "Vacant position: secretary of the anti-corruption commission",
                   "The university announces a competition for the position of the secretary of the commission.")
    assert verdicts(detector, vacancy).get("anticorruption_commission_regulation", 0.0) < 0.5


def test_a_page_about_the_dissertation_council_is_the_institutions(detector: Detector) -> None:
    """A "Dissertation councils" page in the site's template names PhD and defences, not the university: only
    universities and research institutes have such councils, so it is the institution's own page of its
    council (issue: detection that generalises, kind 6), not another organisation's."""
    for title, paragraphs in (
            ("Dissertation councils", ["The council organises the defence of theses for the PhD degree.",
                                       "Its procedure and membership follow the regulation approved by the Academic "
                                       "Council."]),
            ("Диссертациялық кеңестер", ["Кеңес PhD дәрежесін алуға арналған диссертациялар қорғауын өткізеді.",
                                         "Оның жұмыс тәртібі Ғылыми кеңес бекіткен ережеде жазылған."])):
        doc = _in_site_template("/research/dissovet", title, paragraphs)
        assert verdicts(detector, doc).get("dissertation_council_regulation", 0.0) >= 0.5, title


def test_a_national_acts_approval_line_makes_it_national(detector: Detector) -> None:
    """A national act reposted under the site's template says on a line of its own that a minister's order
    approved it (issue: detection that generalises, kind 2): at most uncertain. An own code that cites such an
    order in a sentence is still the institution's."""
    for title, paragraphs in (
            ("Педагогтің әдебі қағидалары", [
                "Қазақстан Республикасы Оқу-ағарту министрінің 2024 жылғы 15 сәуірдегі № 80 бұйрығымен бекітілген.",
                "Осы Қағидалар педагогтердің кәсіби әдеп нормаларын белгілейді."]),
            ("Правила этики педагога", [
                "Утверждены приказом Министра просвещения Республики Казахстан от 15 апреля 2024 года № 80",
                "Настоящие Правила определяют нормы профессиональной этики педагогов."]),
            ("Teacher ethics rules", [
                "Approved by order of the Minister of Education of the Republic of Kazakhstan No. 80 of 15 April 2024",
                "These Rules set the norms of professional ethics of teachers."])):
        doc = _in_site_template("/docs/ethics", title, paragraphs)
        assert verdicts(detector, doc).get("staff_ethics_code", 0.0) < 0.5, title
    own = _in_site_template("/docs/adep", "Оқытушылардың әдеп кодексі", [
        "Кодекс Оқу-ағарту министрінің 2024 жылғы № 80 бұйрығымен бекітілген қағидаларға сәйкес әзірленді.",
        "Университет оқытушылары білім алушылардан сыйлық қабылдамайды."])
    assert verdicts(detector, own).get("staff_ethics_code", 0.0) >= 0.5


def test_national_scholarship_rules_on_the_institutions_page_are_its_scholarship_information(
        detector: Detector) -> None:
    """The dev pages label the national rules of awarding scholarships, reproduced on an institution's page, as
    its scholarship information: a national act, but the one that artefact is about (its recommendation asks
    for the procedure of awarding scholarships on the site). News of a change to the rules is not (NOT_FOUND)."""
    kk = _in_site_template("/students/stipendiya", "Мемлекеттік стипендия тағайындау қағидалары", [
        "Қазақстан Республикасы Үкіметінің 2008 жылғы 7 ақпандағы № 116 қаулысымен бекітілген.",
        "Мемлекеттік стипендия білім беру грантымен оқитын білім алушыларға тағайындалады."])
    en = page(f"{U}/en/documents/scholarship-rules", "Rules for awarding state scholarships",
              "Approved by Government Resolution No. 116 of the Republic of Kazakhstan\n"
              "1. These Rules set the procedure for awarding state scholarships to students who study under the "
              "state educational order.")
    for doc in (kk, en):
        assert verdicts(detector, doc).get("scholarship_info", 0.0) >= 0.5, doc.title


@pytest.mark.parametrize(("title", "text"), [
    ("Academic mobility financed by the Ministry of Science and Higher Education",
     "Bachelor's students of the second and third year may spend one semester at a partner university abroad. "
     "The university accepts the applications and sends them on; the programme is paid for from the republican budget."),
    ("Академическая мобильность за счёт республиканского бюджета МНВО РК",
     "Обучающиеся 2-3 курсов могут пройти обучение в течение одного семестра в зарубежном вузе-партнёре. "
     "Университет принимает заявления до 20 февраля."),
])
def test_a_ministry_named_as_the_funder_does_not_make_a_page_news(detector: Detector, title: str, text: str) -> None:
    """The ministry in an institution's own title as the funder or the legal basis is no report about a
    national decision (national news needs the ministry as the actor, or the whole country)."""
    doc = page(f"{U}/page/14/", title, text)
    evidence = {e.artefact_id: e for e in detector.detect(doc, "university", AS_OF)}
    assert evidence["academic_mobility"].confidence >= 0.5
    assert evidence["academic_mobility"].genre != "report"


def test_the_republic_in_a_head_is_not_the_whole_country(detector: Detector) -> None:
    """"по республике" / "республика бойынша" (across the republic) is news's scope; the republic's name in a
    title ("... Республики Казахстан") is not."""
    doc = Document(url=f"{U}/upload/iblock/3f2/doc_007.pdf", kind="pdf", body="\n".join([
        "Вакантные образовательные гранты магистратуры",
        "присуждаются в соответствии с постановлением",
        "Правительства Республики Казахстан от 23 января 2008 года № 58",
        "Список претендентов: Ахметова А.А. (GPA 3,71), Серiков Б.Б. (GPA 3,65)."]))
    features = {c.artefact_id: c.features for c in detector.candidates(doc, "university", AS_OF)}
    assert features["grant_transfer_candidates"].get("cue_national_news", 0.0) < 0.4


def test_a_page_without_headings_is_read_past_the_sites_header(detector: Detector) -> None:
    """A web page without a heading opens with the site's header (language switch, breadcrumb): the national
    model's annex block and title under it are still the page's head, so the model stays at most uncertain."""
    html_page = (
        "<html><head><title>Материалдар | Қызылжар университеті</title></head><body>"
        "<header><div class='top'>Қаз Рус Eng Нашар көретіндерге арналған нұсқа</div>"
        "<nav><a href='/'>Басты бет</a> <a href='/students'>Студенттерге</a></nav>"
        "<div class='breadcrumb'>Басты бет / Материалдар / Әдеп</div></header>"
        "<div class='content'><p>Қазақстан Республикасы</p><p>Оқу-ағарту министрінің</p>"
        "<p>2022 жылғы 3 наурыздағы</p><p>№ 74 бұйрығына</p><p>1-қосымша</p>"
        "<p>Педагогикалық әдеп қағидалары</p><p>1. Педагог әріптестерін құрметтейді, білім алушылардың "
        "қадір-қасиетін қорғайды және кәсіби әдеп нормаларын сақтайды.</p></div>"
        "<footer><p>Қызылжар университеті</p></footer></body></html>")
    doc = extract_document(html_page.encode(), "https://www.kyzylzhar.example.kz/kk/materials/adep",
                           "text/html; charset=utf-8")
    assert verdicts(detector, doc).get("staff_ethics_code", 0.0) < 0.5


def test_a_file_that_never_names_an_education_is_another_organisations(detector: Detector) -> None:
    """A file has no site template, but all its words are its own: a company's code of conduct kept as a PDF on an
    institution's site (whose address does not say so) is not the staff's code; the same code naming the college's
    teachers is."""
    lines = ["Code of Business Ethics",
             "1. This Code sets out the standards of conduct of the employees of the Company.",
             "2. Employees act honestly, avoid conflicts of interest and do not accept gifts from partners.",
             "3. Breaches of this Code are considered by the ethics officer."]
    company = Document(url="https://www.kyzylzhar.example.kz/upload/iblock/7a1/doc_003.pdf", kind="pdf",
                       title=lines[0], body="\n".join(lines))
    assert verdicts(detector, company, "college").get("staff_ethics_code", 0.0) < 0.5
    own = Document(url="https://www.kyzylzhar.example.kz/upload/iblock/7a1/doc_004.pdf", kind="pdf", title=lines[0],
                   body="\n".join([*lines, "4. The Code applies to the teachers and staff of the college."]))
    assert verdicts(detector, own, "college").get("staff_ethics_code", 0.0) >= 0.5


def test_a_kazakh_page_typed_with_lookalike_letters_still_names_education(detector: Detector) -> None:
    """Kazakh texts are often typed on a Russian layout or with a Latin "i" for "і" ("бiлiм", "оку"): the words a
    page names education with are those words too, so the page is not read as another organisation's."""
    title = "Бос бiлiм беру гранттарына конкурс нәтижелерi"
    body = ("Ақылы негiзде бiлiм алушылар арасында бос бiлiм беру гранттарын беру конкурсының нәтижелерi.\n"
            "Гранттар оку улгерiмiнiң орташа балы бойынша берiледi.")
    for text in ((title, body), (title.replace("і", "i"), body.replace("і", "i").replace("қ", "к"))):
        doc = page("https://ktu.example.kz/kk/granty/", *text)  # a host that names no education
        assert verdicts(detector, doc).get("grant_transfer_candidates", 0) >= 0.5, text[0]


def test_a_site_named_in_passing_is_no_online_service(detector: Detector) -> None:
    """"Через сайт" (through the website) names an online service; "сайт" alone (a cookie notice, "on the website")
    does not, as "signed" is no "sign in": dormitory rules on a page that mentions the site stay no registration."""
    rules = ("Правила заселения в общежитие на 2018 учебный год\n1. Заселение в общежитие начинается 23 августа.\n"
             "2. Ордера на заселение выдаются в деканатах факультетов.")
    cookie = "\nМы используем файлы cookie для улучшения работы сайта. Договор подписан сторонами."
    title, _, body = rules.partition("\n")
    assert "dormitory_online_registration" not in verdicts(detector, page(f"{U}/ru/dorm/", title, body + cookie))
    online = body + "\n3. Заявку на место в общежитии можно подать через сайт университета."
    assert verdicts(detector, page(f"{U}/ru/dorm/", title, online)).get("dormitory_online_registration", 0) >= 0.4


@pytest.mark.parametrize(("title", "line"), [
    ("Compliance service", "Report corruption: trust phone +7 (7172) 70-70-70 (around the clock), e-mail compliance@uni.kz."),
    ("Комплаенс-служба", "Сообщить о коррупции: телефон доверия +7 (7172) 70-70-70 (круглосуточно), compliance@uni.kz."),
])
def test_the_compliance_service_page_carries_the_hotline(detector: Detector, title: str, line: str) -> None:
    """The institution's compliance service publishes its trust line: "service" in the title names the institution's
    own office, as often as a state body's."""
    doc = page(f"{U}/en/about/compliance/", title, f"{line}\nАнонимное сообщение можно оставить в ящике на первом этаже.")
    assert verdicts(detector, doc).get("hotline", 0) >= 0.5


@pytest.mark.parametrize(("title", "body"), [
    ("10.12.2025 бастап стипендия тағайындаудың жаңа тәртібі күшіне енеді",
     "Білім және ғылым саласындағы уәкілетті орган мемлекеттік стипендия тағайындау қағидаларына түзетулер енгізу "
     "туралы бұйрыққа қол қойды.\nӨзгерістер екінші жартыжылдықтан бастап қолданылады."),
    ("С 10.12.2025 вступает в силу новый порядок назначения стипендий",
     "Уполномоченный орган в области образования подписал приказ о внесении поправок в правила назначения "
     "государственной стипендии.\nИзменения применяются со второго полугодия."),
])
def test_news_that_the_authorized_body_signed_new_rules_is_no_scholarship_information(detector: Detector, title: str,
                                                                                     body: str) -> None:
    """"The authorized body" is the ministry: a news item that it signed an order changing the national rules is a
    report on a national decision, not the institution's scholarship information, nor a doubt to check."""
    assert "scholarship_info" not in verdicts(detector, page(f"{U}/kk/news/39308/", title, body))


@pytest.mark.parametrize(("url", "title", "body", "own", "mentioned"), [
    # A regulation's clause on how the council reports is not the head's annual report.
    (f"{U}/ru/documents/polozhenie-o-sovete-po-etike", "Положение о комиссии по противодействию коррупции",
     "1. Комиссия является постоянно действующим коллегиальным органом университета.\n"
     "2. Комиссия рассматривает обращения о нарушениях и вносит предложения ректору.\n"
     "3. Отчёт о деятельности комиссии ежегодно представляется Учёному совету университета.",
     "anticorruption_commission_regulation", "head_annual_report"),
    # A policy's clause that a trust line exists (no number, no hours) is not the hotline's page.
    (f"{U}/en/compliance/anti-corruption-policy", "Anti-Corruption Policy of the University",
     "1. The policy sets out the principles of preventing corruption at the university.\n"
     "2. Employees and students may report suspected corruption through the trust line or anonymously "
     "through the website form, and no one who reports in good faith is punished.",
     "anticorruption_policy", "hotline"),
    # The rector's blog answering that applications go through the student portal is not the service.
    (f"{U}/kk/rector/blog", "Ректордың блогы",
     "Сұрақ: Жатақханаға орын алу үшін өтінішті қайда беруге болады?\n"
     "Жауап: Өтініштер студенттің жеке кабинеті арқылы онлайн қабылданады, кезек тәртібі жатақхана бетінде "
     "жарияланған.",
     "head_blog", "dormitory_online_registration"),
])
def test_a_passing_sentence_in_another_artefacts_document_is_at_most_uncertain(
        detector: Detector, url: str, title: str, body: str, own: str, mentioned: str) -> None:
    found = verdicts(detector, page(url, title, body))
    assert found.get(own, 0.0) >= 0.5, found
    assert found.get(mentioned, 0.0) < 0.5, found


def test_a_trust_lines_number_in_a_policys_sentence_is_still_the_hotline(detector: Detector) -> None:
    """A sentence that says how to reach the trust line (its number) is the line's evidence wherever it stands."""
    doc = page(f"{U}/ru/anticor/policy", "Антикоррупционная политика университета",
               "1. Политика определяет принципы противодействия коррупции в университете.\n"
               "2. О фактах коррупции можно сообщить по телефону доверия ректора +7 (7172) 12-34-56, звонки "
               "принимаются круглосуточно.")
    found = verdicts(detector, doc)
    assert found.get("anticorruption_policy", 0.0) >= 0.5, found
    assert found.get("hotline", 0.0) >= 0.5, found


def test_a_second_artefact_with_its_own_heading_on_the_page_is_still_found(detector: Detector) -> None:
    """The cap is for sentences only: a page that gives the second artefact a heading or line carries both."""
    doc = page(f"{U}/ru/anticor/komissiya", "Положение о комиссии по противодействию коррупции",
               "1. Комиссия является постоянно действующим коллегиальным органом университета.\n"
               "Состав комиссии по противодействию коррупции\n"
               "Председатель: Ахметов Серик Бакытович, проректор\n"
               "Секретарь: Жумабаева Айгуль Нурлановна, юрист",
               headings=["Положение о комиссии по противодействию коррупции",
                         "Состав комиссии по противодействию коррупции"])
    found = verdicts(detector, doc)
    assert found.get("anticorruption_commission_regulation", 0.0) >= 0.5, found
    assert found.get("anticorruption_commission_composition", 0.0) >= 0.5, found


def test_equipment_bought_for_the_academic_year_is_no_textbook(detector: Detector) -> None:
    """Guidance's "оқу құралы" (a textbook) is matched in its own forms: phrase words meet in any order, and
    "құрал-жабдық" (equipment) near "оқу жылы" (academic year) made survey results read as guidance."""
    doc = page(f"{C}/kk/saualnama/natizheleri-2026", "Білім алушылар сауалнамасының нәтижелері",
               "Сауалнамаға 1-3 курстың 312 білім алушысы қатысты.\n"
               "Зертханалардың жабдықталуына 58% қанағаттанады, асхана қызметіне 49% қанағаттанады.\n"
               "Сауалнама қорытындысы бойынша шеберханаларға жаңа құрал-жабдық сатып алу колледждің 2026-2027 оқу "
               "жылына арналған жоспарына енгізілді.")
    evidence = {e.artefact_id: e for e in detector.detect(doc, "college", AS_OF)}
    assert evidence["survey_results"].confidence >= 0.5
    assert evidence["survey_results"].genre != "guidance"


@pytest.mark.parametrize("title", ["Methodological guidelines for the preparation of the diploma project",
                                   "Методические указания по выполнению дипломного проекта"])
def test_methodological_guidelines_are_guidance_in_english_as_in_russian(detector: Detector, title: str) -> None:
    """A methodological guide to the diploma project is a neighbour of the thesis regulation, named as guidance in
    either language (English translations of "методические указания" say "methodological guidelines")."""
    doc = page(f"{U}/en/students/diploma-guide", title,
               "The guide sets out the structure of the diploma project, its volume and the order of its defence.")
    evidence = {e.artefact_id: e for e in detector.detect(doc, "university", AS_OF)}
    assert evidence["thesis_regulation"].genre == "guidance"


@pytest.mark.parametrize(("title", "sections", "own", "neighbours"), [
    ("Кодекс деловой этики работников университета",
     [("4. Подарки и конфликт интересов",
       "Работник не принимает подарков в связи с исполнением обязанностей; порядок установлен отдельным "
       "положением. О личной заинтересованности работник сообщает непосредственному руководителю.")],
     "staff_ethics_code", ("gifts_policy", "conflict_of_interest_policy")),
    ("Магистратура туралы ереже",
     [("4. Қорытынды аттестаттау",
       "Магистрант қорытынды аттестаттауға оқу жоспарын толық орындағаннан кейін жіберіледі."),
      ("5. Академиялық ұтқырлық",
       "Магистранттар серіктес университеттерде бір семестр оқи алады.")],
     "masters_regulation", ("exam_rules", "academic_mobility")),
])
def test_a_numbered_section_of_another_artefacts_document_is_at_most_uncertain(
        detector: Detector, title: str, sections: list[tuple[str, str]], own: str, neighbours: tuple[str, ...]) -> None:
    """A code's "4. Gifts" section, a regulation's "5. Academic mobility": parts of one document, not second ones."""
    body = "1. Жалпы ережелер / Общие положения\n" + "\n".join(f"{h}\n{text}" for h, text in sections)
    found = verdicts(detector, page(f"{U}/ru/documents/{own}", title, body,
                                    headings=[title, *(h for h, _ in sections)]))
    assert found.get(own, 0.0) >= 0.5, found
    for neighbour in neighbours:
        assert found.get(neighbour, 0.0) < 0.5, (neighbour, found)


@pytest.mark.parametrize(("url", "title"), [
    ("https://kaznu.example.test/ru/anticor/komissiya",
     "Состав антикоррупционной комиссии Казахского национального университета имени аль-Фараби"),
    ("https://enu.example.test/kk/anticor/komissiya",
     "Л.Н. Гумилев атындағы Еуразия ұлттық университетінің сыбайлас жемқорлыққа қарсы комиссиясының құрамы"),
    ("https://kaznu.example.test/en/anticor/commission",
     "Anti-Corruption Commission of Al-Farabi Kazakh National University: members"),
])
def test_a_national_universitys_own_commission_is_no_national_news(detector: Detector, url: str, title: str) -> None:
    """A "national university"'s commission is no "national commission": phrase words meet in any order, so a
    national commission counts as news only where it acts (published, approved)."""
    doc = page(url, title, "Председатель / Төраға / Chair: Ахметов С.Б., проректор.\nСекретарь / Хатшы / Secretary: "
                           "Жумабаева А.Н.")
    evidence = {e.artefact_id: e for e in detector.detect(doc, "university", AS_OF)}
    assert evidence["anticorruption_commission_composition"].confidence >= 0.8
    assert evidence["anticorruption_commission_composition"].genre != "report"


def test_a_practical_guide_to_writing_the_thesis_is_not_its_regulation(detector: Detector) -> None:
    doc = page(f"{U}/en/graduate/thesis-guide", "How to Write Your Master's Thesis: A Practical Guide for Graduate Students",
               "This guide offers advice on planning the master's thesis, working with the supervisor and citing "
               "sources. It does not replace the University's rules on the final attestation.")
    assert verdicts(detector, doc).get("master_thesis_regulation", 0.0) < 0.5


def test_nominees_for_a_scholarship_are_its_candidates(detector: Detector) -> None:
    doc = page(f"{U}/en/students/scholarships/nominees-2026",
               "Nominees for the Named Scholarship of the Alumni Association, Fall 2026",
               "No. | Student | Programme | Year | GPA\n1 | Aigerim Tursynova | Finance | 3 | 3.94\n"
               "2 | Daulet Yermekov | Computer Science | 4 | 3.90")
    found = verdicts(detector, doc)
    assert found.get("scholarship_candidates", 0.0) >= 0.5, found


def test_the_approval_line_under_a_codes_title_is_no_headline(detector: Detector) -> None:
    """"Утверждён решением Учёного совета, протокол № 10 от ..." under the title says who adopted the code: it is no
    headline that an act was approved (news), which "Утвержден план мероприятий на 2026 год" is."""
    title = "Кодекс чести преподавателей и сотрудников университета"
    doc = extract_document(
        (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><h1>{title}</h1>"
         "<p>Утверждён решением Учёного совета, протокол № 10 от 29 мая 2026 г.</p>"
         "<p>1. Кодекс устанавливает нормы поведения преподавателей и сотрудников университета.</p>"
         "<p>2. Преподаватель уважает честь и достоинство обучающихся и коллег.</p></body></html>").encode(),
        f"{U}/ru/dokumenty/kodeks-chesti", "text/html; charset=utf-8")
    evidence = {e.artefact_id: e for e in detector.detect(doc, "university", AS_OF)}
    assert evidence["staff_ethics_code"].genre != "report"
    assert evidence["staff_ethics_code"].confidence >= 0.8


def test_a_plans_measure_is_not_reported_for_the_artefact_it_promises(detector: Detector) -> None:
    """A plan's rows promise a survey and the candidates' lists: not evidence of either, not even `uncertain`
    (an analyst would chase a list that the plan only means to publish)."""
    plan = page(f"{U}/ru/antikor/plan-2026-2027", "План мероприятий по противодействию коррупции на 2026-2027 учебный год",
                "№ | Мероприятие | Срок\n1 | Анкетирование «Преподаватель глазами студентов» | декабрь 2026\n"
                "2 | Размещение списков претендентов на вакантные гранты на сайте | июль 2027\n"
                "3 | Антикоррупционный час в группах | ежемесячно")
    got = verdicts(detector, plan)
    assert got.get("anticorruption_plan", 0.0) >= 0.5
    assert not {"teacher_evaluation_surveys", "grant_transfer_candidates"} & set(got), got


def test_competition_results_posted_as_news_are_weakened_not_dropped(detector: Detector) -> None:
    # The hiring competition's results posted as news, with the minutes' number, the votes and the decisions: the
    # commission's own record. The news weakens it, as it weakens the other bodies' minutes, but an analyst still
    # gets it to look at.
    doc = excerpt(f"{U}/kk/news/konkurs-qorytyndylary-2026-10",
        "ПОҚ бос лауазымдарына орналасу конкурсының қорытындылары\n2026 жылғы 28 қазан • Баспасөз қызметі\n"
        "2026 жылғы 27 қазанда университеттің конкурстық комиссиясының кезекті отырысы өтті (№4 хаттама).\n"
        "Дауыс беру қорытындысы бойынша комиссия ШЕШТІ:\n1. «Ақпараттық жүйелер» кафедрасының профессоры "
        "лауазымына – Нұрмағамбетов Е.С. («жақтады» – 8, «қарсы» – 0);\nКомиссия төрағасы: Д. Әбілқасымов. "
        "Хатшы: Ж. Төлеуова.")
    assert verdicts(detector, doc).get("competition_commission_minutes", 0.0) >= 0.3


def test_online_dormitory_registration_announced_as_news_is_weakened_not_dropped(detector: Detector) -> None:
    # The opening of the online applications, posted as news with the service's address and steps: the service
    # exists. The news weakens it, as it weakens a body's minutes posted as news, but does not drop it.
    doc = excerpt(f"{U}/ru/news/zaselenie-2026-2027",
        "Заселение в общежития 2026-2027: онлайн-регистрация\nНовости | 29.07.2026 | Департамент по делам молодежи\n"
        "Уважаемые студенты! С 1 по 15 августа 2026 года открыт прием заявок на место в студенческих общежитиях "
        "№ 1, 2 и 3 на 2026-2027 учебный год.\nЗаявка подается только онлайн через сервис «Общежитие» в личном "
        "кабинете студента.\nПорядок регистрации:\n- войти в личный кабинет, выбрать раздел «Общежитие»;\n"
        "- заполнить анкету и прикрепить подтверждающие документы.\nПросмотров: 4 377")
    assert verdicts(detector, doc).get("dormitory_online_registration", 0.0) >= 0.3


@pytest.mark.parametrize("lang,title,text", [
    ("ru", "Положение о Совете по этике",
     "1. Общие положения\n1.1 Совет по этике является постоянно действующим коллегиальным органом по противодействию "
     "коррупции и рассмотрению дисциплинарных проступков.\n2. Задачи и функции Совета\n"
     "2.1 Совет анализирует коррупционные риски и вносит предложения по их снижению."),
    ("kk", "Әдеп кеңесі туралы ереже",
     "1. Жалпы ережелер\n1.1 Әдеп кеңесі сыбайлас жемқорлыққа қарсы іс-қимыл және тәртіптік теріс қылықтарды қарау "
     "жөніндегі тұрақты алқалы орган болып табылады.\n2.1 Кеңес сыбайлас жемқорлық тәуекелдерін талдайды."),
])
def test_an_ethics_council_that_is_the_anticorruption_body_has_its_regulation_found(
        detector: Detector, lang: str, title: str, text: str) -> None:
    # Its own text names no education (so, on a host that does not either, it would read as another organisation's
    # document reposted), but says it is the body against corruption: the anti-corruption commission's regulation
    # under another name.
    furniture = ["Атырауский педагогический университет", "Главная", "О нас", "Обучающимся", "Контакты"]
    doc = Document(url=f"http://127.0.1.5/{lang}/antikor/polozhenie-o-sovete-po-etike/", kind="html", title=title,
                   headings=[title], body="\n".join([*furniture, title, text]), furniture=furniture)
    assert verdicts(detector, doc).get("anticorruption_commission_regulation", 0.0) >= 0.5


def test_a_files_letterhead_taken_for_its_title_is_no_other_organisations_head(detector: Detector) -> None:
    # A DOCX that opens with an akimat's education department (a state college's letterhead): the extractor takes
    # that line for the title, the engine reads it as letterhead, and the check for another organisation's own
    # document (a local government's, named in the page's own title) must too.
    doc = Document(url=f"{U}/upload/iblock/abc/doc_001.docx", kind="docx",
                   title="Education Department of the Kostanay Region Akimat", headings=[],
                   body="Education Department of the Kostanay Region Akimat\n«Higher College» SCSE\n"
                        "Conditions of participation in the academic mobility programme\n"
                        "Second- and third-year students may spend a semester at a partner institution under the "
                        "academic mobility programme; the international office accepts applications until 1 March 2027.")
    assert verdicts(detector, doc).get("academic_mobility", 0.0) >= 0.5


@pytest.mark.parametrize("text,found", [
    ("Отчётная встреча ректора с общественностью состоится 16 декабря\nУниверситет\n16 декабря 2026 года в актовом "
     "зале университета состоится отчётная встреча ректора по итогам 2026 года.", False),
    ("Колледж директорының есеп беру кездесуіне шақырамыз!\nКолледж\n2026 жылғы 9 желтоқсанда колледж директорының "
     "жұртшылық алдындағы есеп беру кездесуі өтеді.", False),
    ("Ректор отчитался перед общественностью\nУниверситет\n15 декабря 2025 года состоялась отчётная встреча ректора "
     "по итогам 2025 года.", True),
])
def test_the_head_report_meeting_announced_is_not_yet_the_report(detector: Detector, text: str, found: bool) -> None:
    """News of the head's public report held is its evidence (the report is a meeting); an announcement or an invitation
    to the meeting to come is not: the report is not given yet."""
    got = verdicts(detector, excerpt(f"{U}/ru/news/otchet", text))
    assert (got.get("head_annual_report", 0.0) >= 0.5) is found, got


@pytest.mark.parametrize("source", ["Дереккөз: ҚР ҒЖБМ баспасөз қызметі", "Источник: пресс-служба МНВО РК",
                                    "Source: Ministry of Science and Higher Education"])
def test_a_ministrys_release_reprinted_names_its_source(detector: Detector, source: str) -> None:
    """A news item that names a ministry as its source reprints the ministry's release: the national mobility quota is
    no list of the institution's outgoing students."""
    doc = Document(url=f"{U}/kk/news/mobility-2027", kind="html", title="2027 жылы 2 мыңнан астам студент шетелде оқиды",
                   headings=["2027 жылы 2 мыңнан астам студент шетелде оқиды"],
                   body="Академиялық ұтқырлық бағдарламасы бойынша 62 жоғары оқу орнының 2 150 студенті шетелде бір семестр "
                        f"оқиды. Квота республикалық бюджет есебінен бекітілді.\n{source}")
    evidence = {e.artefact_id: e.confidence for e in detector.detect(doc, "university", AS_OF)}
    assert evidence.get("academic_mobility", 0.0) < 0.5


def test_a_trust_line_section_beside_a_listed_national_act_is_the_institutions(detector: Detector) -> None:
    """The anti-corruption section's own trust line (a number, round the clock) stays found where the same page also
    lists national rules approved by the minister's order: a national act publishes no institution's trust line."""
    doc = page(f"{U}/kk/antikor", "Сыбайлас жемқорлыққа қарсы іс-қимыл | Университет",
               "Сыбайлас жемқорлыққа қарсы іс-қимыл\nСенім телефоны\n+7 (7172) 44-12-90\n"
               "Сыбайлас жемқорлық фактілері туралы тәулік бойы хабарлауға болады.\n"
               "Педагогтердің әдеп қағидалары (Министрдің бұйрығымен бекітілген)\nqagidalar.pdf (PDF, 420 КБ)",
               headings=["Сыбайлас жемқорлыққа қарсы іс-қимыл", "Сенім телефоны"])
    assert verdicts(detector, doc).get("hotline", 0.0) >= 0.5


PLAN_MEASURE_PAGES = [
    ("ru", "Программа развития колледжа на 2026-2030 годы\n4. Открытость управления\n"
           "4.1. Внедрить электронный журнал успеваемости во всех группах — срок: 2028 год, ответственный: зам. директора.\n"
           "4.2. Разработать и утвердить Положение о попечительском совете — срок исполнения: 2027 год.",
     ("e_journal", "board_of_trustees_regulation")),
    ("kk", "Колледжді дамыту бағдарламасы 2026-2030\n3. Басқарудың ашықтығы\n"
           "3.1. Барлық топтарда электрондық журнал енгізу — мерзімі: 2027 ж., жауапты: директордың орынбасары.\n"
           "3.2. Қамқоршылық кеңес туралы ережені әзірлеу және бекіту — орындау мерзімі: 2027 ж.",
     ("e_journal", "board_of_trustees_regulation")),
    ("en", "College development programme 2026-2030\n2. Open governance\n"
           "2.1. Introduce an electronic journal of attendance and grades in every group — deadline: 2028.\n"
           "2.2. Develop and approve the Regulation on the Board of Trustees — deadline: Q2 2027.",
     ("e_journal", "board_of_trustees_regulation")),
    ("kk-table", "Колледжді дамыту жоспары 2026-2030\nІс-шара | Мерзімі | Жауапты\n"
                 "Колледж сайтында директордың блогын ашу | 2027 жыл | IT бөлімі\n"
                 "Топтарда электрондық журнал енгізу | 2027-2028 оқу жылы | оқу бөлімі",
     ("head_blog", "e_journal")),
    ("en-table", "Development Programme 2026-2030\nPlanned activities:\n"
                 "3.1.1. To introduce an electronic journal of attendance in every group | 2027 | Academic Affairs\n"
                 "3.1.2. To open the director's blog on the college website | 2027-2028 | IT Centre",
     ("e_journal", "head_blog")),
]


@pytest.mark.parametrize("lang,text,aids", PLAN_MEASURE_PAGES, ids=[c[0] for c in PLAN_MEASURE_PAGES])
def test_a_development_plans_numbered_measures_with_deadlines_evidence_nothing_yet(
        detector: Detector, lang: str, text: str, aids: tuple[str, ...]) -> None:
    """"4.1. Внедрить электронный журнал ... — срок: 2028 год", or a plan table's row without its number ("... блогын
    ашу | 2027 жыл | IT бөлімі"), is what a college means to do, not what it has."""
    got = verdicts(detector, excerpt("https://college.example.test/ru/about/development", text), "college")
    assert all(got.get(aid, 0.0) < 0.5 for aid in aids), got


def test_a_sentence_that_opens_a_list_with_a_colon_is_no_part_of_the_title(detector: Detector) -> None:
    """A trust line's page without headings: its first sentence ("If you have met with ... breaches of academic
    integrity ..., tell us:") is text, not the page's title read with the lines above it as a student code."""
    doc = excerpt(f"{U}/ru/antikor/telefon-doveriya",
                  "Телефон доверия университета\nГлавная / Противодействие коррупции / Телефон доверия\n"
                  "Круглосуточная линия для обращений\n"
                  "Если вам известно о вымогательстве, нарушениях академической честности или ином неэтичном поведении "
                  "работников, сообщите нам любым удобным способом:\n"
                  "Телефон доверия (круглосуточно): +7 (7212) 50-33-17\nE-mail: doverie@uni.example.test")
    got = verdicts(detector, doc)
    assert got.get("hotline", 0.0) >= 0.5 and got.get("student_ethics_code", 0.0) < 0.5, got


def test_a_breadcrumbs_short_name_is_ruled_out_as_the_title_rules_it_out(detector: Detector) -> None:
    """"Home / Documents / Code of Honour" over "Code of Honour of the Teaching Staff and Employees": the breadcrumb's
    item is the title's short form, so it names no student code the title rules out."""
    doc = excerpt(f"{U}/en/documents/code-of-honour",
                  "Code of Honour of the Teaching Staff and Employees\nHome / University / Documents / Code of Honour\n"
                  "1. General provisions\n1.1. This Code sets the norms of conduct of the University's teachers and "
                  "employees towards students, colleagues and partners.\n"
                  "1.2. Teachers assess students' knowledge objectively and accept no gifts from students.")
    got = verdicts(detector, doc)
    assert got.get("staff_ethics_code", 0.0) >= 0.5 and got.get("student_ethics_code", 0.0) < 0.5, got


def test_a_reports_figure_names_nothing_the_page_carries(detector: Detector) -> None:
    """"Участники программ академической мобильности: 146 студентов" in a rector's report counts participants; the
    page is the report, not the mobility programme's page."""
    doc = excerpt(f"{U}/ru/rector/otchet-2025-2026",
                  "Отчет ректора о деятельности за 2025-2026 учебный год\nГлавная / Ректор / Отчет ректора\n"
                  "Отчет заслушан на открытом собрании 24 сентября 2026 года.\nОтчет (PDF, 2,4 МБ) скачать\n"
                  "Основные показатели:\nКонтингент обучающихся: 9 870 человек\n"
                  "Участники программ академической мобильности: 146 студентов\nОбеспеченность общежитием: 100%")
    got = verdicts(detector, doc)
    assert got.get("head_annual_report", 0.0) >= 0.5 and got.get("academic_mobility", 0.0) < 0.5, got


def test_a_breadcrumbs_section_names_no_second_document(detector: Detector) -> None:
    """A thesis regulation's page in the "Final attestation" section ("Басты бет / Білім алушыларға / Қорытынды
    аттестаттау") carries the regulation only: the breadcrumb says where it sits, and joins no title."""
    doc = excerpt(f"{U}/kk/students/attestation/diplom",
                  "Дипломдық жұмысты орындау және қорғау туралы ереже\n"
                  "Басты бет / Білім алушыларға / Қорытынды аттестаттау\n"
                  "Ғылыми кеңестің 2025 жылғы 28 тамыздағы № 1 шешімімен бекітілген\n1. Жалпы ережелер\n"
                  "1.1. Осы ереже бакалавриат білім алушыларының дипломдық жұмысын орындау және қорғау тәртібін белгілейді.\n"
                  "2. Қорғау мемлекеттік аттестаттау комиссиясының ашық отырысында өтеді.")
    got = verdicts(detector, doc)
    assert got.get("thesis_regulation", 0.0) >= 0.5 and got.get("exam_rules", 0.0) < 0.5, got


def test_the_chairman_rectors_report_is_named_by_its_whole_title(detector: Detector) -> None:
    """"Отчёт Председателя Правления – Ректора ..." names one post: the title is not cut at its dash, so the page is the
    rector's report, and a table's figure in it ("... академической мобильности | 134") no mobility page."""
    doc = excerpt(f"{U}/ru/rector/reports",
                  "Отчёт Председателя Правления – Ректора перед общественностью за 2025-2026 учебный год\n"
                  "Главная / Ректор / Отчёты\nОсновные показатели:\nКонтингент обучающихся | 9 842 чел.\n"
                  "Студентов, участвовавших в академической мобильности | 134\n"
                  "Противодействие коррупции: рассмотрено 37 обращений по телефону доверия.")
    got = verdicts(detector, doc)
    assert got.get("head_annual_report", 0.0) >= 0.9, got
    assert got.get("academic_mobility", 0.0) < 0.5 and got.get("hotline", 0.0) < 0.5, got


def test_a_career_pages_partner_vacancies_are_not_the_institutions(detector: Detector) -> None:
    """Partner companies' jobs on a career centre's page ("Job Openings from Our Partners") announce no vacancy of the
    institution's own."""
    text = ("Career Centre – Job Openings from Our Partners\nHome / Students / Jobs\n"
            "Current openings from partner companies (updated 20 November 2026)\nCompany | Position | Deadline\n"
            "Beta LLP | Junior analyst | 15.12.2026\nApplications go directly to the employer.")
    got = verdicts(detector, excerpt(f"{U}/ru/career/vacancies", text))
    assert got.get("vacancy_announcements", 0.0) < 0.5, got


NATIONAL_TEXTS_REPOSTED = [
    ("kk-concept-sections", "anticorruption_policy",
     "Қазақстан Республикасының 2022-2026 жылдарға арналған сыбайлас жемқорлыққа қарсы саясат тұжырымдамасы\n"
     "Басты бет / Нормативтік құқықтық актілер\nПрезидентінің 2022 жылғы 2 ақпандағы № 802 Жарлығымен бекітілген\n"
     "1. Жалпы ережелер\nТұжырымдама сыбайлас жемқорлыққа қарсы саясаттың негізгі бағыттарын айқындайды.\n"
     "2. Ағымдағы ахуалды талдау\n3. Сыбайлас жемқорлыққа қарсы саясаттың негізгі бағыттары\n"
     "- мемлекеттік басқарудың ашықтығын арттыру;\n- білім беру саласында сыбайлас жемқорлықтың алдын алу."),
    ("ru-model-characteristics", "qualification_requirements",
     "Типовые квалификационные характеристики должностей педагогов\nГлавная / Документы / НПА\n"
     "Глава 1. Общие положения\n1. Характеристики обязательны при приеме на работу педагогов.\n"
     "Параграф 3. Преподаватель\nТребования к квалификации: высшее педагогическое образование, стаж не менее 3 лет.\n"
     "Источник: ИПС «Әділет»\nДокумент размещён для ознакомления работников."),
]


@pytest.mark.parametrize("case_id,aid,text", NATIONAL_TEXTS_REPOSTED, ids=[c[0] for c in NATIONAL_TEXTS_REPOSTED])
def test_a_national_text_reposted_with_numbered_sections_or_its_source_is_not_the_institutions(
        detector: Detector, case_id: str, aid: str, text: str) -> None:
    """A national act's numbered sections ("3. ... саясаттың негізгі бағыттары") are its own, not items of a list of the
    institution's documents; model characteristics, or a text whose source is the state's legal database ("Источник:
    ИПС «Әділет»"), are a national text reposted: at most uncertain."""
    got = verdicts(detector, excerpt(f"{U}/kk/antikor/npa", text))
    assert got.get(aid, 0.0) < 0.5, got


@pytest.mark.parametrize("title", ["Что такое плагиат и как его избежать", "Plagiarism: what is it and how to avoid it"])
def test_a_librarys_guide_to_plagiarism_is_no_antiplagiarism_system(detector: Detector, title: str) -> None:
    """A guide that explains plagiarism names no system that checks students' work."""
    text = (f"{title}\nГлавная / Научная библиотека / В помощь автору\n"
            "Плагиат — это использование чужих идей или текстов без указания источника.\n"
            "1. Ведите список прочитанной литературы.\n2. Оформляйте цитаты в кавычках.")
    assert verdicts(detector, excerpt(f"{U}/ru/library/plagiat", text)).get("antiplagiarism", 0.0) < 0.5


def test_an_ethics_councils_regulation_in_latin_script_kazakh_says_it_is_the_anticorruption_body(
        detector: Detector) -> None:
    """"Ädep keñesi ... sybaılas jemqorlyqqa qarsy is-qımyl ... alqaly organ bolyp tabylady": the ethics council is the
    anti-corruption commission in Latin-script Kazakh as in Cyrillic, though the page's own text names no education."""
    doc = Document(url="https://tmu.example.test/kk/compliance/adep-kenesi", kind="html", title="Ädep keñesi turaly ereje",
                   headings=["Ädep keñesi turaly ereje"], furniture=["Unıversıtet turaly", "Bilim aluşylarğa"],
                   body="Unıversıtet turaly\nBilim aluşylarğa\nÄdep keñesi turaly ereje\n1. Jalpy erejeler\n"
                        "1.1 Ädep keñesi sybaılas jemqorlyqqa qarsy is-qımyl mäseleleri jönindegi tūraqty alqaly organ "
                        "bolyp tabylady.\n2. Keñestiñ otyrystary toqsanyna keminde bir ret ötkiziledi.")
    assert verdicts(detector, doc).get("anticorruption_commission_regulation", 0.0) >= 0.5


def test_a_listed_minutes_title_ending_in_its_dates_abbreviation_is_a_listed_title(detector: Detector) -> None:
    """"Қамқоршылар кеңесі отырысының №2 хаттамасы, 12.11.2026 ж. (PDF, 395 KB) жүктеу": the title ends in its date's
    "ж.", not a sentence's full stop."""
    text = ("Қамқоршылар кеңесі | Жоғары колледж\nБасты бет / Колледж туралы / Қамқоршылар кеңесі\n"
            "Қамқоршылар кеңесі — колледжді дамытуға жәрдемдесетін алқалы орган.\nҚұжаттар:\n"
            "Қамқоршылар кеңесі туралы ереже (PDF, 300 KB) жүктеу\n"
            "Қамқоршылар кеңесі отырысының №1 хаттамасы, 15.09.2026 ж. (PDF, 410 KB) жүктеу\n"
            "Қамқоршылар кеңесі отырысының №2 хаттамасы, 12.11.2026 ж. (PDF, 395 KB) жүктеу\n"
            "Сұрақтарыңызды мына мекенжайға жолдаңыз: college@example.test")
    got = verdicts(detector, excerpt("https://college.example.test/kk/qamqorshylar-kenesi", text), "college")
    assert got.get("board_of_trustees_minutes", 0.0) >= 0.5, got


NAMED_LIKE_THE_STATE = [
    ("ru-title", "anticorruption_policy",
     "Антикоррупционная политика Карагандинского государственного технического университета\n"
     "Утверждена решением Совета директоров, протокол № 4 от 22.04.2025\n1. Общие положения"),
    ("en-listed", "anticorruption_policy",
     "Documents\n- Anti-Corruption Policy of NJSC Kazakh National Agrarian Research University (approved by the Board of "
     "Directors, Minutes No. 4 of 22.04.2025) — PDF, 410 KB\n- Code of Business Ethics (PDF, 300 KB)\n"
     "- Regulation on the Trust Line (PDF, 200 KB)"),
    ("en-trust-line", "hotline",
     "Anti-corruption\nHome / University / Anti-corruption\n"
     "Trust line of Al-Farabi Kazakh National University: +7 (727) 377-33-33 (24/7).\nE-mail: trust@uni.example.test"),
]


@pytest.mark.parametrize("case_id,aid,text", NAMED_LIKE_THE_STATE, ids=[c[0] for c in NAMED_LIKE_THE_STATE])
def test_a_state_or_national_universitys_own_document_is_not_the_states(detector: Detector, case_id: str, aid: str,
                                                                        text: str) -> None:
    """"... государственного университета", "Kazakh National ... University": the institution's name beside its own
    policy or trust line names no state policy and no national hotline."""
    assert verdicts(detector, excerpt(f"{U}/ru/antikor", text)).get(aid, 0.0) >= 0.5


@pytest.mark.parametrize("text", ["Государственная антикоррупционная политика", "State anti-corruption policy",
                                  "Мемлекеттік сыбайлас жемқорлыққа қарсы саясат"])
def test_the_states_anticorruption_policy_is_still_not_the_institutions(detector: Detector, text: str) -> None:
    doc = excerpt(f"{U}/ru/antikor", f"{text}\nГлавная / Университет / Противодействие коррупции\n"
                                     "Политика государства направлена на устранение причин коррупции.\n© Университет")
    assert verdicts(detector, doc).get("anticorruption_policy", 0.0) < 0.5


def test_a_title_in_two_languages_with_its_files_note_is_no_breadcrumb(detector: Detector) -> None:
    """"«Саналы ұрпақ» клубы туралы ереже / Положение о клубе «Саналы ұрпақ» — жүктеу / скачать (PDF)" is one listed
    document in two languages (a quotation's "»" is no path's separator), not a path to the page."""
    text = ("Адалдық алаңы / Пространство честности | Университет\nБасты бет / Тәрбие жұмысы / Адалдық алаңы\n"
            "Құжаттар / Документы\n"
            "Парасаттылық мектебінің 2026-2027 оқу жылына арналған жұмыс жоспары / План работы Школы добропорядочности "
            "на 2026-2027 уч. год — жүктеу / скачать (PDF, 230 КБ)\n"
            "«Саналы ұрпақ» студенттік клубы туралы ереже / Положение о студенческом клубе «Саналы ұрпақ» — жүктеу / "
            "скачать (PDF, 170 КБ)\nСенім телефоны / Телефон доверия\nБайланыс орталығы: 8 (7152) 49-30-30")
    got = verdicts(detector, excerpt(f"{U}/kk/adaldyq-alany", text))
    assert got.get("sanaly_urpaq_club", 0.0) >= 0.5 and got.get("integrity_school", 0.0) >= 0.5, got


def test_a_seminar_on_the_anticorruption_standard_is_no_standard(detector: Detector) -> None:
    """An announcement of a seminar named after the standard ("Анонс: семинар «Антикоррупционный стандарт ...»")
    publishes no standard."""
    text = ("Анонс: семинар «Антикоррупционный стандарт в образовании»\nОбъявления | 18.11.2026\n"
            "4 декабря 2026 года в актовом зале колледжа состоится обучающий семинар для кураторов групп.\n"
            "Вопросы семинара: сферы антикоррупционного стандарта, подарки и ответственность педагогов.\n"
            "Контакты: +7 (727) 293-00-00")
    got = verdicts(detector, excerpt("https://college.example.test/ru/announcements/seminar", text), "college")
    assert got.get("anticorruption_standard", 0.0) < 0.5, got


def test_a_room_number_and_in_person_make_no_personal_cabinet(detector: Detector) -> None:
    """"... Тіркеу офисіне (108-кабинет) жеке өзі тапсырылады": a room and "in person" are no online personal cabinet,
    so a transfer FAQ that takes applications on paper is no online transfer service."""
    text = ("Ауысу және қайта қабылдану: жиі қойылатын сұрақтар\nБілім алушыларға / Тіркеу офисі / Сұрақ-жауап\n"
            "Ауысу туралы өтінішті қайда тапсыру керек?\n"
            "Ректордың атына жазылған өтініш Тіркеу офисіне (бас ғимарат, 108-кабинет) жеке өзі тапсырылады.\n"
            "Өтініш 10 жұмыс күні ішінде қаралады.")
    assert verdicts(detector, excerpt(f"{U}/kk/registrar/faq", text)).get("online_transfer_service", 0.0) < 0.5


def test_a_partner_schools_documents_listed_by_a_university_are_the_schools(detector: Detector) -> None:
    """A pedagogical practice page listing partner schools' codes and plans ("План ... КГУ «СОШ №17»", "Кодекс
    педагогической этики школы") lists no document of the university's own."""
    text = ("Базовые школы практики: документы\nФакультет педагогики / Практика / Базовые школы\n"
            "Документы школ-партнёров, где студенты университета проходят педагогическую практику.\n"
            "КГУ «Средняя общеобразовательная школа №17»:\n- Кодекс педагогической этики школы (PDF, 208 КБ)\n"
            "- План мероприятий по противодействию коррупции КГУ «СОШ №17» на 2026-2027 учебный год (PDF, 190 КБ)\n"
            "КГУ «Школа-гимназия №9»:\n- Правила пропускного режима (PDF, 115 КБ)")
    got = verdicts(detector, excerpt(f"{U}/ru/practice/schools", text))
    assert got.get("anticorruption_plan", 0.0) < 0.5 and got.get("staff_ethics_code", 0.0) < 0.5, got


def test_the_integrity_schools_listed_plan_is_still_the_institutions(detector: Detector) -> None:
    text = ("Парасаттылық мектебі\nБасты бет / Тәрбие жұмысы / Парасаттылық мектебі\nҚұжаттар:\n"
            "- Парасаттылық мектебі туралы ереже (PDF, 200 КБ)\n"
            "- Парасаттылық мектебінің 2026-2027 оқу жылына арналған жұмыс жоспары (PDF, 230 КБ)\n"
            "- ҚР Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің ұсынымдары (PDF, 400 КБ)")
    assert verdicts(detector, excerpt(f"{U}/kk/parasattylyq", text)).get("integrity_school", 0.0) >= 0.5


def test_a_section_line_over_a_list_of_files_is_read_with_the_pages_title(detector: Detector) -> None:
    """"Протоколы заседаний" (no colon) over "Протокол № 1 от 12.09.2026 (PDF, 402 КБ) — скачать" on the board of
    trustees' page without headings: the board's minutes."""
    text = ("Попечительский совет — Высший колледж\nГлавная / О колледже / Попечительский совет\n"
            "Попечительский совет колледжа действует в соответствии с Законом «Об образовании».\n"
            "Протоколы заседаний\nПротокол № 1 от 12.09.2026 (PDF, 402 КБ) — скачать\n"
            "Протокол № 2 от 14.11.2026 (PDF, 388 КБ) — скачать\nТел.: 8 (7162) 25-00-00")
    got = verdicts(detector, excerpt("https://college.example.test/ru/popechitelskij-sovet", text), "college")
    assert got.get("board_of_trustees_minutes", 0.0) >= 0.5, got


def test_a_listed_current_plan_dates_the_page_beside_a_section_on_the_past_year(detector: Detector) -> None:
    """A club's page listing its 2026-2027 plan (with its file's note) and summing up 2025-2026 under a section line is
    current: the listed document dates the page as a heading would."""
    text = ("«Саналы ұрпақ» студенттік клубы\nКлуб 2019 жылдан бастап жұмыс істейді.\nҚұжаттар:\n"
            "«Саналы ұрпақ» клубы туралы ереже — PDF (бекітілген 02.09.2024)\n"
            "Клубтың 2026-2027 оқу жылына арналған іс-шаралар жоспары — PDF\n"
            "2025-2026 оқу жылының қорытындысы:\n- 27 іс-шара өткізілді;\n- 1 200 студент адалдық декларациясына қол қойды.")
    evidence = {e.artefact_id: e for e in detector.detect(excerpt(f"{U}/kk/sanaly-urpaq", text), "university", AS_OF)}
    assert "sanaly_urpaq_club" in evidence and not evidence["sanaly_urpaq_club"].stale


def test_a_commissions_roster_under_minutes_title_ends_its_title_block(detector: Detector) -> None:
    """"Комиссия төрағасы: ...", "Комиссия мүшелері: ... (Қамқоршылық кеңес өкілі)" under a hiring commission's minutes
    are its roster, not lines of its title: a board member's seat on it is no board composition."""
    text = ("Конкурстық комиссия отырысының хаттамасы № 4\n«Жоғары медициналық колледжі» КМК\n2026 жылғы 14 қыркүйек\n"
            "Комиссия төрағасы: Әбдіқалықова Г.Н., директордың орынбасары\n"
            "Комиссия мүшелері: Есенова Р.Т., Жақыпова М.Е., Сейдахметова Б.Қ. (Қамқоршылық кеңес өкілі)\n"
            "Күн тәртібі: оқытушылардың бос лауазымдарына үміткерлерді қарау.")
    got = verdicts(detector, excerpt("https://college.example.test/kk/konkurs/hattama-4", text), "college")
    assert got.get("competition_commission_minutes", 0.0) >= 0.5, got
    assert got.get("board_of_trustees_composition", 0.0) < 0.5, got


def test_a_list_heading_with_a_note_on_what_it_covers_heads_the_list(detector: Detector) -> None:
    """"Стипендияға үміткерлер тізімі (2026-2027 оқу жылы, күзгі семестр):" over the institutes' files names the list:
    its kind ("тізімі") comes before the note in brackets."""
    text = ("Стипендия\nБасты бет / Білім алушыларға / Стипендия\nМемлекеттік стипендия тағайындау тәртібі\n"
            "Стипендия аралық аттестаттау қорытындысы бойынша тағайындалады.\n"
            "Стипендияға үміткерлер тізімі (2026-2027 оқу жылы, күзгі семестр):\n"
            "Педагогикалық институт (PDF, 340 KB) жүктеу\nАграрлық институт (PDF, 210 KB) жүктеу")
    assert verdicts(detector, excerpt(f"{U}/kk/students/stipendiya", text)).get("scholarship_candidates", 0.0) >= 0.5


def test_an_integrity_schools_position_in_english_is_its_timeless_regulation(detector: Detector) -> None:
    """"Position on the Integrity School" (machine-translated "Положение о ..."), approved in June 2025, is its
    regulation: undated, so current."""
    text = ('Integrity School "Parasattylyq mektebi"\nPosition on the Integrity School (Parasattylyq mektebi)\n'
            "Approved by the decision of the Board, protocol No. 9 of 24.06.2025\n1. General provisions\n"
            "1.1. The Integrity School is an educational project of the university for students.")
    evidence = {e.artefact_id: e for e in detector.detect(excerpt(f"{U}/en/integrity-school", text), "university", AS_OF)}
    assert "integrity_school" in evidence and not evidence["integrity_school"].stale


NAVIGATION_BLOCKS = [
    ("kk", "Сыбайлас жемқорлыққа қарсы комиссияның құрамы\nБасты бет / Университет / Комиссия құрамы\n"
           "Төраға: Ахметов Б.С., проректор\nХатшы: Оспанова Г.Ә., комплаенс-офицер\nҚұрам туралы бұйрық (PDF, 214 КБ)\n"
           "Осы бөлімде:\nСыбайлас жемқорлыққа қарсы комиссия туралы ереже\nСенім телефоны",
     "anticorruption_commission_composition", ("anticorruption_commission_regulation", "hotline")),
    ("ru", "Положение о попечительском совете колледжа\nГлавная / Колледж / Попечительский совет\n"
           "1. Общие положения\n1.1. Попечительский совет является коллегиальным органом колледжа.\n"
           "См. также\nСостав попечительского совета\nПротоколы заседаний попечительского совета",
     "board_of_trustees_regulation", ("board_of_trustees_composition", "board_of_trustees_minutes")),
    ("en", "About the University\nHome / About\nThe university was founded in 1934 and trains 12,000 students.\n"
           "Quick links\nRector's blog\nAnnual report of the Rector\nAnti-corruption policy",
     # (a service's entry names it there as in the site's menu: the rector's blog; the documents are judged on their pages)
     "head_blog", ("head_annual_report", "anticorruption_policy")),
]


@pytest.mark.parametrize("lang,text,aid,others", NAVIGATION_BLOCKS, ids=[c[0] for c in NAVIGATION_BLOCKS])
def test_a_navigation_blocks_items_under_the_text_name_other_pages(detector: Detector, lang: str, text: str,
                                                                   aid: str | None, others: tuple[str, ...]) -> None:
    """"Осы бөлімде:", "См. также", "Quick links" over short names: the site's navigation, as a page's text gives it
    without its links; the pages they name are judged on their own (a service's entry among "Quick links" names the
    service, as the site's menu does)."""
    got = verdicts(detector, excerpt(f"{U}/ru/section/page", text), "college" if lang == "ru" else "university")
    assert aid is None or got.get(aid, 0.0) >= 0.5, got
    assert all(got.get(other, 0.0) < 0.5 for other in others), got


@pytest.mark.parametrize("text,aid", [
    ("Лучшие практики вузов-партнёров: Положение об антикоррупционной комиссии партнёрского университета\n"
     "Раздел: Комплаенс / Опыт других организаций\n"
     "Публикуем для изучения документ вуза-партнёра. Документ не является нормативным документом университета.\n"
     "ПОЛОЖЕНИЕ ОБ АНТИКОРРУПЦИОННОЙ КОМИССИИ\n1. Общие положения\n1.1. Настоящее Положение определяет порядок работы "
     "комиссии.", "anticorruption_commission_regulation"),
    ("Anti-Corruption Policy of an industrial partner\nSection: Partners / Corporate documents of industrial partners\n"
     "The following document of our strategic partner is published for students of the Oil and Gas Business programme.\n"
     "ANTI-CORRUPTION POLICY\n1. General Provisions\n1.1. The Policy defines the Company's approach to countering "
     "corruption.", "anticorruption_policy"),
], ids=["ru-partner-university", "en-partner-company"])
def test_a_partners_document_published_for_study_is_the_partners(detector: Detector, text: str, aid: str) -> None:
    """A page that says it publishes a partner's document for study ("документ вуза-партнёра", "document of our
    strategic partner") reposts another organisation's document."""
    assert verdicts(detector, excerpt(f"{U}/ru/compliance/partners", text)).get(aid, 0.0) < 0.5


def test_a_councils_agenda_table_lists_what_is_to_be_done(detector: Detector) -> None:
    """A council's work plan as a table headed "Отырыс | Күні | Қаралатын мәселелер | Баяндамашы": its rows ("... жылдық
    есебі", "«Оқытушы студенттердің көзімен» сауалнамасының нәтижелері") are its agenda, not documents it publishes."""
    text = ("Ғылыми кеңестің 2026-2027 оқу жылына арналған жұмыс жоспары\nБЕКІТІЛДІ\n"
            "Отырыс | Күні | Қаралатын мәселелер | Баяндамашы\n"
            "№ 6 | 29.01.2027 | «Оқытушы студенттердің көзімен» сауалнамасының нәтижелері туралы | Сапа департаменті\n"
            "№ 10 | 28.05.2027 | Ректордың жылдық есебі | Ғылыми кеңестің хатшысы")
    got = verdicts(detector, excerpt(f"{U}/kk/academic-council/plan", text))
    assert got.get("teacher_evaluation_surveys", 0.0) < 0.5 and got.get("head_annual_report", 0.0) < 0.5, got


def test_a_guide_on_how_to_draft_a_plan_is_guidance(detector: Detector) -> None:
    """"Guide: How to Draft an Anti-Corruption Action Plan (template for colleges)": a methodological guide with a
    model plan, not the college's plan."""
    text = ("Guide: How to Draft an Anti-Corruption Action Plan (template for colleges)\n"
            "This guide was prepared by a republican methodological centre as a training resource.\n"
            "1. Purpose of the Guide\n1.1. The guide helps colleges prepare an annual anti-corruption action plan.\n"
            "2. Model plan\nNo. | Measure | Deadline | Responsible\n1 | [Measure] | [Quarter] | [Deputy director]")
    got = verdicts(detector, excerpt("https://college.example.test/en/anticorruption/guide", text), "college")
    assert got.get("anticorruption_plan", 0.0) < 0.5, got


def test_an_exchange_programmes_student_charter_is_no_student_code(detector: Detector) -> None:
    """"Erasmus+ Student Charter" states an exchange student's rights abroad; it is no code of the institution's."""
    text = ("Erasmus+ Student Charter\nUniversity / International Relations / Erasmus+\n"
            "The Charter sets out your rights and obligations as an Erasmus+ student.\n"
            "- you should respect the rules and obligations of the receiving institution.")
    assert verdicts(detector, excerpt(f"{U}/en/international/erasmus/charter", text)).get("student_ethics_code", 0.0) < 0.5


def test_a_latin_script_kazakh_plan_table_lists_what_is_to_be_done(detector: Detector) -> None:
    """"№ | Is-shara | Merzimi | Jaýaptylar": a plan's table in Latin-script Kazakh; a row that names the club's
    meeting is a measure, not the club's documents."""
    text = ("Tárbıe jumysynyń josparyi 2026-2027 oqý jyly\nQyzylorda joǵary pedagogıkalyq kolledji\n"
            "№ | Is-shara | Merzimi | Jaýaptylar\n1 | «Bilim kúni» saltanatty jıyny | 1 qyrkúıek 2026 | Orynbasar\n"
            "2 | «Sanaly urpaq» klýbynyń otyrysy | toqsanyna bir ret | Klýb jetekshisi")
    got = verdicts(detector, excerpt("https://college.example.test/kk/tarbie/jospar", text), "college")
    assert got.get("sanaly_urpaq_club", 0.0) < 0.5, got


def test_a_compositions_period_on_the_line_under_its_title_dates_it(detector: Detector) -> None:
    """"Қамқоршылық кеңесінің құрамы" over "2024-2025 оқу жылы / 2024-2025 academic year": the title block names the
    period, so the composition is stale in 2026-2027."""
    text = ("Қамқоршылық кеңесінің құрамы / Composition of the Board of Trustees\n"
            "2024-2025 оқу жылы / 2024-2025 academic year\n"
            "1. Қасымов Ерболат Төлеуұлы - басқарма басшысының орынбасары, төраға\n2. Бекенова Гүлжан - ата-ана, мүше")
    evidence = {e.artefact_id: e for e in detector.detect(excerpt("https://college.example.test/kk/qamqorshylar/quramy",
                                                                  text), "college", AS_OF)}
    assert evidence["board_of_trustees_composition"].stale


@pytest.mark.parametrize("under_title", [
    "Утверждён приказом ректора от 10 января 2025 года № 05-к на 2025 год",
    "2025-2026 oqu jylyna arnalğan (Rektordyñ 2025 jylğy 3 qyrküiektegi № 305 būiryğy)",
    "2025-2026 оқу жылы",
    "«Example гуманитарлық колледжі» МКҚК, 2025-2026 оқу жылы",
])
def test_the_period_the_line_under_a_web_pages_heading_names_dates_a_composition(detector: Detector,
                                                                                 under_title: str) -> None:
    """A web page's heading over its approval line: the year it is approved *for* dates the composition (the date it
    was approved on does not)."""
    title = "Состав антикоррупционной комиссии"
    doc = page(f"{U}/ru/anticorruption/sostav", title, f"{title}\n{under_title}\n"
               "Председатель — Жаксылыков Б. А., проректор\nСекретарь — Нурланова А. К., комплаенс-офицер\n"
               "Члены комиссии:\nКравченко О. И., начальник юридического отдела")
    evidence = {e.artefact_id: e for e in detector.detect(doc, "university", AS_OF)}
    assert evidence["anticorruption_commission_composition"].stale


@pytest.mark.parametrize(("title", "lines", "itype", "aid"), [
    ("Попечительский совет", ["Протоколы заседаний", "Протокол № 1 от 12.03.2026 (PDF)", "Протокол № 2 от 14.10.2026 (PDF)"],
     "college", "board_of_trustees_minutes"),
    ("Сыбайлас жемқорлыққа қарсы комиссия", ["Комиссия отырыстарының хаттамалары", "№ 1 хаттама, 2026 жылғы 20 ақпан (PDF, 180 КБ)",
                                            "№ 2 хаттама, 2026 жылғы 18 қыркүйек (PDF, 195 КБ)"],
     "university", "anticorruption_commission_reports"),
])
def test_a_line_over_a_list_of_files_under_a_web_pages_heading_heads_its_section(
        detector: Detector, title: str, lines: list[str], itype: str, aid: str) -> None:
    """"Протоколы заседаний" written as a line (not a heading) over the dated files, under the page's heading "Попечительский
    совет": the section lists the body's minutes, read with the page's heading."""
    doc = page(f"{U}/ru/council", title, "\n".join([title, "Совет создан для содействия развитию организации.",
                                                     "Председатель — Омаров Е. К., директор ТОО «Example»", *lines]))
    assert verdicts(detector, doc, itype).get(aid, 0.0) >= 0.5


def test_a_report_that_counts_published_articles_is_no_guidance(detector: Detector) -> None:
    """A rector's report that counts the articles published ("ғылыми жобалар ... 92 мақала жарияланды") is the report,
    not a scientific article or a textbook (their words stand next to each other)."""
    doc = page(f"{U}/kk/rector/esep-2023", "Басқарма төрағасы – ректордың 2023 жылғы қызмет нәтижелері туралы есебі",
               "Басқарма төрағасы – ректордың 2023 жылғы қызмет нәтижелері туралы есебі\n«Алтай медицина университеті» КеАҚ\n2023 жылы университетте 5 214 білім алушы оқыды, оның ішінде 3 870-і мемлекеттік білім беру гранты бойынша.\nКлиникалық базалар саны 46-ға жетті, университет клиникасында 18 мыңнан астам пациент ем алды.\nҒылыми жобаларды қаржыландыру көлемі 640 млн теңгені құрады, Scopus базасындағы журналдарда 92 мақала жарияланды.\nЖыл ішінде 27 оқытушы конкурстық негізде жұмысқа қабылданды, бос лауазымдар туралы хабарландырулар сайтта жарияланды.\nСыбайлас жемқорлыққа қарсы комиссияның 4 отырысы өтті, сенім телефонына 11 өтініш түсті.\n2024 жылға арналған міндеттер: резидентура бағдарламаларын халықаралық аккредиттеу, симуляциялық орталықты кеңейту.")
    evidence = {e.artefact_id: e for e in detector.detect(doc, "university", AS_OF)}
    assert evidence["head_annual_report"].confidence >= 0.5 and evidence["head_annual_report"].stale


def test_the_institutions_name_under_a_title_joins_no_title(detector: Detector) -> None:
    """A page titled after a project office, the college's name, then the club's plan: the name line is whose page it is,
    so the office's title does not run on into the club's plan and rule it out."""
    text = ("«Sanaly urpaq» jobalyq keńsesi\nShymkent joǵary medısınalyq kolledji\n"
            "«Sanaly urpaq» stýdentter klýbynyń 2026-2027 oqý jylyna arnalǵan jumys jospary\n"
            "№ | Is-shara | Merzimi | Jaýaptylar\n1 | «Adaldyq – ómir saltym» dóńgelek ústel | qazan 2026 | Klýb músheleri")
    got = verdicts(detector, excerpt("https://college.example.test/kk/tarbie/sanaly-urpaq", text), "college")
    assert got.get("sanaly_urpaq_club", 0.0) >= 0.5, got


def test_a_ministers_order_under_the_breadcrumb_and_the_colleges_name_heads_the_page(detector: Detector) -> None:
    """Title, breadcrumb, the college's name, then "Приказ Министра ... Об утверждении Правил ...": the order's line is
    still among the page's first lines of its own (the path and the name take no place), so the rules are national."""
    text = ("Правила назначения на должности руководителей\nГлавная / Колледж / Нормативно-правовая база\n"
            "Карагандинский колледж технологии и сервиса\n"
            "Приказ Министра образования и науки Республики Казахстан от 21 февраля 2012 года № 57\n"
            "Об утверждении Правил назначения на должности руководителей организаций образования\n"
            "Глава 1. Общие положения\n1. Настоящие Правила определяют порядок назначения на должности руководителей.")
    got = verdicts(detector, excerpt("https://college.example.test/ru/college/npa/pravila", text), "college")
    assert got.get("vacancy_rules", 0.0) < 0.5, got


def test_a_listed_texts_link_note_is_a_note() -> None:
    """"... — ссылка на adilet.zan.kz" says where the listed text is, as "(PDF, 280 КБ)" does: a list's item."""
    from detectors.engine import _has_trailing_note, _without_trailing_note

    line = "Закон Республики Казахстан «О противодействии коррупции» — ссылка на adilet.zan.kz"
    assert _has_trailing_note(line)
    assert _without_trailing_note(line) == "Закон Республики Казахстан «О противодействии коррупции»"


@pytest.mark.parametrize("title,aid", [
    ("Антикоррупционная политика АО «НК «Нефтегаз» — материалы для ознакомления", "anticorruption_policy"),
    ("Положение о подарках и представительских расходах АО «Телеком» — документ партнёра", "gifts_policy"),
], ids=["ao-policy", "ao-gifts"])
def test_a_joint_stock_companys_document_in_the_head_is_the_companys(detector: Detector, title: str, aid: str) -> None:
    """A company named with its legal form "АО" (as "ТОО", "LLC" are) in the page's title: its document, reposted."""
    text = (f"{title}\nГлавная / Сотрудничество / Партнёры\nУниверситет энергетики и связи\n"
            "Для студентов, проходящих практику в компании, размещаем документ для ознакомления.\n"
            "1. Общие положения\n1.1. Настоящий документ определяет правила компании.")
    assert verdicts(detector, excerpt(f"{U}/ru/partners/doc", text)).get(aid, 0.0) < 0.5


@pytest.mark.parametrize("title,aid", [
    ("Industry Partners: Code of Business Ethics of a National Holding", "staff_ethics_code"),
    ("Double Degree: Examination Regulations of the Partner University", "exam_rules"),
    ("Серіктес жоғары оқу орындарының озық тәжірибесі: студенттердің ар-намыс кодексі", "student_ethics_code"),
], ids=["industry-partners", "partner-university", "kk-best-practice"])
def test_a_partners_document_named_so_in_the_title_is_the_partners(detector: Detector, title: str, aid: str) -> None:
    text = (f"{title}\nHome / Cooperation / Partners\n"
            "Students are expected to know the partner's rules; below is the text.\n"
            "1. General provisions\n1.1. These rules apply to students and employees.")
    assert verdicts(detector, excerpt(f"{U}/en/partners/doc", text)).get(aid, 0.0) < 0.5


def test_a_clubs_report_on_the_last_academic_year_is_current(detector: Detector) -> None:
    text = ("Отчёт о работе студенческого клуба «Саналы ұрпақ» за 2025-2026 учебный год\n"
            "Главная / Воспитательная работа / Саналы ұрпақ\nЗа год проведено 24 мероприятия, охвачено 900 студентов.")
    evidence = {e.artefact_id: e for e in detector.detect(excerpt("https://college.example.test/ru/sanaly", text),
                                                          "college", AS_OF)}
    assert "sanaly_urpaq_club" in evidence and not evidence["sanaly_urpaq_club"].stale


def test_a_listed_regulations_approval_date_is_no_plans_deadline() -> None:
    """"Regulation on the Board of Trustees (approved by the Director's order No. 188 of 29 August 2026) — PDF": the
    date in its note says when it was approved, so the line names a document apart; a plan's row with its months
    does not."""
    from detectors.engine import Segment, _names_apart, _Scored
    from detectors.patterns import SegmentScan

    def apart(line: str) -> bool:
        return _names_apart("line", _Scored(0.5, Segment("line", line, SegmentScan(), len(line.split())), None))

    assert apart("Regulation on the Board of Trustees (approved by the Director's order No. 188 of 29 August 2026) — PDF")
    assert not apart("«Преподаватель глазами студентов» декабрь 2026, май 2027 Отдел качества")


def test_a_universitys_faq_for_suppliers_with_its_portal_plan_is_its_procurement_page(detector: Detector) -> None:
    text = ("For suppliers: FAQ on procurement\nHome > Procurement > For suppliers\n"
            "How does the University buy goods and services?\n"
            "All purchases are made via the state procurement web portal goszakup.gov.kz.\n"
            "Where can I see what the University plans to buy?\n"
            "The annual procurement plan for 2026 is published on the portal: "
            "https://goszakup.gov.kz/en/plans/view/990140004654?year=2026")
    doc = Document(url=f"{U}/en/procurement/suppliers", kind="html", title=text.split("\n", 1)[0], headings=[],
                   body=text, links=[Link(text="plan", url="https://goszakup.gov.kz/en/plans/view/990140004654?year=2026")])
    assert verdicts(detector, doc).get("goszakup_procurement", 0.0) >= 0.5


@pytest.mark.parametrize("title", ["Recommended Reading: Anti-Corruption and Academic Integrity",
                                   "Список литературы: академическая честность и противодействие коррупции"])
def test_a_librarys_reading_list_is_guidance(detector: Detector, title: str) -> None:
    text = (f"{title}\nLibrary / Subject Guides\nThis guide lists books and databases available in the library.\n"
            "- Bretag, T. (Ed.). (2016). Handbook of Academic Integrity. Springer. E-book")
    assert verdicts(detector, excerpt(f"{U}/library/guides/integrity", text)).get("student_ethics_code", 0.0) < 0.5


def test_a_listed_regulations_approval_date_does_not_date_the_page(detector: Detector) -> None:
    """"Regulation on the Integrity School — approved by the Rector's order ... of 20 September 2024 (PDF)": when it
    was approved is no period the Integrity School's page covers."""
    text = ("Integrity School (Parasattylyq Mektebi)\nHome / Students / Integrity School\n"
            "The Integrity School is a permanent educational project of the University for students.\n"
            "Regulation on the Integrity School — approved by the Rector's order No. 1/2-183 of 20 September 2024 "
            "(PDF, 230 KB)\n- Sessions are held at least once a month during the academic year.")
    evidence = {e.artefact_id: e for e in detector.detect(excerpt(f"{U}/en/students/integrity-school", text),
                                                          "university", AS_OF)}
    assert "integrity_school" in evidence and not evidence["integrity_school"].stale


@pytest.mark.parametrize("lang,text", [
    ("kk", "Бос жұмыс орындары\nҚазіргі уақытта колледжде бос лауазымдар жоқ.\n"
           "Бос лауазымдарға конкурс жарияланған жағдайда хабарландыру осы бетте жарияланады.\nТел.: 8 (72536) 3-00-00"),
    ("ru", "Вакансии\nНа данный момент вакансий нет.\n"
           "В случае объявления конкурса на вакантные должности объявление будет опубликовано на этой странице.\n"
           "Тел.: 8 (7162) 25-00-00"),
], ids=["kk", "ru"])
def test_a_page_that_says_there_are_no_vacancies_announces_none(detector: Detector, lang: str, text: str) -> None:
    got = verdicts(detector, excerpt("https://college.example.test/vacancies", text), "college")
    assert got.get("vacancy_announcements", 0.0) < 0.5, got


def test_an_exam_timetables_session_dates_are_no_title(detector: Detector) -> None:
    """"Экзаменационная сессия: 22 декабря 2026 г. – 10 января 2027 г." under a timetable's title says when, not what:
    the page is a timetable, not exam rules."""
    text = ("Расписание экзаменов зимней сессии 2026-2027 учебного года\nГлавная / Студентам / Расписание\n"
            "КГКП «Технический колледж»\nЭкзаменационная сессия: 22 декабря 2026 г. – 10 января 2027 г.\n"
            "Группа | Дисциплина | Дата | Аудитория\nТМ-21 | Физика | 23.12.2026 | 204")
    got = verdicts(detector, excerpt("https://college.example.test/ru/raspisanie", text), "college")
    assert got.get("exam_rules", 0.0) < 0.5, got


def test_a_document_listed_with_its_file_under_an_announcement_is_a_second_document(detector: Detector) -> None:
    """"Квалификационные требования к должностям ППС (PDF, 390 КБ) — скачать" under a vacancy announcement: a document
    of its own, listed with its file, not a clause of the announcement."""
    text = ("Вакансии — Университет\nГлавная / Университет / Вакансии\n"
            "Объявление о конкурсе на замещение вакантных должностей профессорско-преподавательского состава\n"
            "Кафедра «Информационные системы» — старший преподаватель, 2 ставки\n"
            "Срок приема документов: с 16.11.2026 по 16.12.2026\n"
            "Квалификационные требования к должностям ППС (PDF, 390 КБ) — скачать")
    got = verdicts(detector, excerpt(f"{U}/ru/vakansii", text))
    assert got.get("vacancy_announcements", 0.0) >= 0.5 and got.get("qualification_requirements", 0.0) >= 0.5, got


def test_the_chairs_signature_under_minutes_is_no_composition(detector: Detector) -> None:
    """"Председатель Попечительского совета ____ Б. Нургалиев" signs the minutes; it lists no board."""
    text = ("Протокол заседания Попечительского совета № 2 от 14.10.2026\n"
            "Главная / О колледже / Попечительский совет / Протоколы\nПРОТОКОЛ № 2\nзаседания Попечительского совета\n"
            "Присутствовали: 7 из 9 членов Попечительского совета.\nПредседатель – Нургалиев Б.С., секретарь – Омарова Д.Е.\n"
            "Повестка дня: об оказании помощи студентам.\nРЕШИЛИ:\n1. Информацию принять к сведению.\n"
            "Голосовали: «за» – 7, «против» – 0.\nПредседатель Попечительского совета ____ Б. Нургалиев\n"
            "Секретарь ____ Д. Омарова")
    got = verdicts(detector, excerpt("https://college.example.test/ru/popechitelskij-sovet/protokol-2", text), "college")
    assert got.get("board_of_trustees_minutes", 0.0) >= 0.5 and got.get("board_of_trustees_composition", 0.0) < 0.5, got


def test_an_academic_ethics_commission_that_never_speaks_of_corruption_is_another_body(detector: Detector) -> None:
    """An ethics commission's regulation about academic ethics alone is no anti-corruption commission's; one that
    considers corruption offences is (see FOUND, ethics-council-regulation-en)."""
    text = ("Положение о комиссии по академической этике\nГлавная / Документы\n1. Общие положения\n"
            "1.1. Комиссия по академической этике рассматривает нарушения правил цитирования и оформления работ.\n"
            "1.2. В состав комиссии входят преподаватели кафедр и представители студентов.")
    got = verdicts(detector, excerpt(f"{U}/ru/docs/ethics-commission", text))
    assert got.get("anticorruption_commission_regulation", 0.0) < 0.5, got


def test_a_blogs_tips_for_exam_week_are_no_exam_rules(detector: Detector) -> None:
    text = ("Five tips to get through exam week | Student Affairs Blog\nHome / Student Life / Blog\n"
            "Exam week is coming! Our student counsellor shares five tips that really work.\n"
            "1. Plan backwards from your last exam.\n2. Know the rules: everything is in the exam regulations.")
    assert verdicts(detector, excerpt(f"{U}/en/student-life/blog/exam-tips", text)).get("exam_rules", 0.0) < 0.5


@pytest.mark.parametrize("line", ["Итоги анкетирования будут опубликованы на сайте колледжа в январе 2027 года.",
                                  "Results of the survey will be summarised and discussed at the Council in January 2027."])
def test_a_surveys_results_to_come_are_no_results(detector: Detector, line: str) -> None:
    text = ("Анкетирование студентов «Удовлетворённость качеством обучения»\nУважаемые студенты!\n"
            "С 20 ноября по 10 декабря 2026 года проводится анонимное анкетирование.\n"
            f"1. Насколько вы удовлетворены расписанием занятий? (1-5)\n{line}")
    got = verdicts(detector, excerpt("https://college.example.test/ru/survey", text), "college")
    assert got.get("survey_results", 0.0) < 0.5, got


def test_a_councils_decision_in_a_table_row_is_no_advice(detector: Detector) -> None:
    """"Решение Учёного совета" in a document table's row is a council's decision, not "советы" (tips)."""
    text = ("Нормативные документы\n№ | Название | Кем утверждено | Файл\n"
            "1 | Положение о порядке проведения экзаменов и итоговой аттестации обучающихся | Решение Учёного совета, "
            "протокол №1 от 28.08.2026 | PDF, 900 КБ\n"
            "2 | Положение о магистратуре | Решение Учёного совета, протокол №10 от 27.05.2025 | PDF, 710 КБ")
    assert verdicts(detector, excerpt(f"{U}/ru/docs/normative", text)).get("exam_rules", 0.0) >= 0.5


def test_a_colleges_sanaly_urpaq_project_office_plan_is_the_clubs(detector: Detector) -> None:
    """Colleges often call their «Саналы ұрпақ» club a project office ("жобалық кеңсесі"): its plan is the club's."""
    text = ("«Саналы ұрпақ» жобалық кеңсесінің 2026-2027 оқу жылына арналған жұмыс жоспары\n"
            "№ | Іс-шара | Мерзімі | Жауапты\n1 | «Адалдық – өмір салтым» дөңгелек үстел | қазан 2026 | Кеңсе мүшелері")
    got = verdicts(detector, excerpt("https://college.example.test/kk/tarbie/sanaly-urpaq", text), "college")
    assert got.get("sanaly_urpaq_club", 0.0) >= 0.5, got


def test_a_numbered_list_items_with_their_files_are_documents_listed_not_sections(detector: Detector) -> None:
    """"4) Студенттің ар-намыс кодексі — жүктеу (PDF, 150 КБ)" under a club's page: a second document the page lists,
    not a numbered section of the club's."""
    text = ("«Саналы ұрпақ» студенттік клубы | Колледж\nБасты бет / Тәрбие жұмысы\n"
            "Колледжде «Саналы ұрпақ» клубы 2018 жылдан бері жұмыс істейді.\nҚұжаттар\n"
            "1) «Саналы ұрпақ» клубы туралы ереже — жүктеу (PDF, 180 КБ)\n"
            "2) Студенттің ар-намыс кодексі — жүктеу (PDF, 150 КБ)\nБайланыс: 8 (7282) 24-00-00")
    got = verdicts(detector, excerpt("https://college.example.test/kk/sanaly", text), "college")
    assert got.get("sanaly_urpaq_club", 0.0) >= 0.5 and got.get("student_ethics_code", 0.0) >= 0.5, got


def test_a_reports_sentence_on_who_was_hired_names_no_vacancy_announcement(detector: Detector) -> None:
    # "..., принято 7 преподавателей" is who was hired, not an approval note after a listed title.
    doc = excerpt(f"{C}/ru/o-kolledzhe/otchet-direktora",
                  "Публичный отчёт директора колледжа за 2025-2026 учебный год\n"
                  "Отчёт заслушан на заседании педагогического совета 18 сентября 2026 года.\n"
                  "1. Кадры\nВ колледже работают 64 педагога.\n"
                  "В 2025-2026 учебном году проведено 3 конкурса на замещение вакантных должностей, принято 7 преподавателей.\n"
                  "2. Обучение\nКачество знаний по итогам года — 61,5%.")
    found = verdicts(detector, doc, "college")
    assert found.get("head_annual_report", 0) >= 0.5
    assert found.get("vacancy_announcements", 0) < 0.5


def test_a_listed_title_naming_the_university_in_quotes_is_a_short_title(detector: Detector) -> None:
    doc = excerpt(f"{U}/en/university/compliance",
                  "Compliance\nThe compliance service ensures that the University and its employees comply with the "
                  "anti-corruption legislation.\nDocuments\n"
                  'Anti-corruption policy of NJSC "Northern Steppe University of Engineering and Agrarian Sciences"\n'
                  "Policy of settlement of conflict of interests\nDownload all documents (ZIP)")
    assert verdicts(detector, doc).get("anticorruption_policy", 0) >= 0.5


def test_a_list_of_plans_of_several_years_is_dated_by_the_latest(detector: Detector) -> None:
    doc = excerpt(f"{U}/ru/protivodeystvie-korrupcii",
                  "Противодействие коррупции\nДокументы\n"
                  "План мероприятий по противодействию коррупции на 2025 год (PDF)\n"
                  "План мероприятий по противодействию коррупции на 2026 год (PDF)\n"
                  "Положение об антикоррупционной комиссии (PDF)")
    plan = [e for e in detector.detect(doc, "university", AS_OF) if e.artefact_id == "anticorruption_plan"]
    assert plan and plan[0].confidence >= 0.5 and not plan[0].stale and plan[0].period == "2026"


# Pages written for issue 13's error kinds: announcements, news portals, vendors, others' documents,
# national acts and letters, neighbours.
NOT_FOUND_WRITTEN = [
    # A meeting to come, announced: no minutes yet.
    ("board-meeting-announced-kk", excerpt(f"{C}/kk/announcements/kenes-2026-12",
        "Хабарландыру: Қамқоршылық кеңестің отырысы\nХабарландырулар\n20.11.2026\nҚұрметті Қамқоршылық кеңес мүшелері!\n"
        "2026 жылғы 9 желтоқсанда сағат 11:00-де колледждің акт залында Қамқоршылық кеңестің кезекті отырысы өтеді.\n"
        "Күн тәртібінде: жатақхананы жөндеу, ата-аналармен жұмыс.\n"
        "Отырысқа әлеуметтік серіктестердің өкілдері де шақырылады.\n"
        "Анықтама үшін: кеңес хатшысы А.Б. Серікова, 8 (72533) 3-11-22"), "college", "board_of_trustees_minutes"),
    # An academic calendar lists the weeks of midterm control and sessions: it is no exam regulation.
    ("academic-calendar-ru", excerpt(f"{U}/ru/obuchenie/akademicheskiy-kalendar",
        "Академический календарь на 2026-2027 учебный год\nОсенний семестр\n"
        "Начало занятий | 1 сентября 2026 г.\nРубежный контроль 1 | 12–17 октября 2026 г.\n"
        "Рубежный контроль 2 | 30 ноября – 5 декабря 2026 г.\nЭкзаменационная сессия | 14–26 декабря 2026 г."),
     "university", "exam_rules"),
    # A news portal's crime story that names an exam.
    ("portal-crime-story-ru", excerpt("https://kz-example-news24.kz/ru/proisshestviya/vzyatka",
        "Доцента задержали при получении взятки за экзамен\nПроисшествия | 3 ноября 2026, 10:15\n"
        "Сотрудники антикоррупционной службы задержали доцента одного из вузов при получении 200 тысяч тенге.\n"
        "Возбуждено уголовное дело.\nНапомним, ранее в области был осуждён бывший декан."), "university", "exam_rules"),
    # A regional portal's article (its byline names it) on a college director's report: the portal's, not the college's.
    ("portal-director-report-kk", excerpt("https://example-aqparat.kz/kk/bilim/direktor-esep",
        "Колледж директоры жұртшылық алдында есеп берді\nОблыстық ақпарат порталы | 02.10.2026\n"
        "Колледж директоры 2025-2026 оқу жылындағы жұмысы туралы ата-аналар мен әлеуметтік серіктестер алдында есеп берді.\n"
        "Түлектердің 84 пайызы жұмысқа орналасқан."), "college", "head_annual_report"),
    # A vendor's page for its anti-plagiarism service: products, tariffs, clients.
    ("vendor-service-page-ru", excerpt("https://checktext-example.kz/ru/",
        "Сервис проверки работ на заимствования для вузов\nПродукты | Тарифы | Клиенты | Контакты\n"
        "Проверка дипломных работ и диссертаций по базе из 60 млн источников.\n"
        "Наши клиенты: более 30 университетов Казахстана.\nЗапросить демо-доступ"), "university", "antiplagiarism"),
    # A partner university's code, reposted to learn from it.
    ("partner-code-ru", excerpt(f"{U}/ru/kachestvo/opyt-partnerov",
        "Из опыта вузов-партнёров: Кодекс академической честности\n"
        "Ниже приведён документ, предоставленный университетом-партнёром в рамках меморандума.\n"
        "Кодекс академической честности обучающихся и преподавателей\n"
        "1. Кодекс определяет ценности академической честности.\n2. Преподаватели обязаны объективно оценивать знания."),
     "university", "staff_ethics_code"),
    # A neighbouring college's plan, reposted for experience sharing.
    ("neighbour-college-plan-kk", excerpt(f"{C}/kk/adistemelik/tazhiribe",
        "Көршілес колледждің сыбайлас жемқорлыққа қарсы іс-шаралар жоспары\n"
        "Тәжірибе алмасу мақсатында жарияланады.\n№ | Іс-шара | Мерзімі\n1 | Сауалнама жүргізу | қазан\n"
        "2 | Кураторлық сағаттар | ай сайын"), "college", "anticorruption_plan"),
    # The region's education department's plan, in Latin-script Kazakh, reposted on a college's site.
    ("department-plan-latin-kk", excerpt(f"{C}/kz/anticorruption/joǵary-organdar",
        "Oblys bilim basqarmasynyń sybaılas jemqorlyqqa qarsy is-qımyl josparı\n"
        "Oblys bilim basqarmasynyń 2026 jylǵa arnalǵan sybaılas jemqorlyqqa qarsy is-qımyl jónindegi josparı\n"
        "Nº | Is-shara | Merzimi\n1 | Táýekelderdi taldaý | I toqsan\nAqparat úshin jarııalandy."),
     "college", "anticorruption_plan"),
    # Another college's code under "Опыт коллег" ...
    ("colleagues-experience-code-ru", excerpt(f"{C}/ru/metodicheskaya-rabota/opyt-kolleg",
        "Опыт коллег: Кодекс чести студента Высшего колледжа «Example»\n"
        "Публикуется для ознакомления кураторов групп.\nКодекс чести студента Высшего колледжа «Example»\n"
        "1. Студент дорожит честью своего учебного заведения.\n2. Студент не допускает списывания и плагиата."),
     "college", "student_ethics_code"),
    # ... and one whose last line says which site it was taken from.
    ("source-official-site-kk", excerpt(f"{C}/kk/tarbie/kodeks",
        "Студенттің ар-намыс кодексі\n1. Студент оқу орнының абыройын сақтайды.\n"
        "2. Студент көшіруге және плагиатқа жол бермейді.\n3. Студент оқытушыларға сыйлық ұсынбайды.\n"
        "Дереккөз: «Example» жоғары колледжінің ресми сайты"), "college", "student_ethics_code"),
    # News that the ministry published the national list of grant holders ("иеленушілердің тізімі").
    ("grant-holders-news-kk", excerpt(f"{U}/kk/zhanalyqtar/grant-2026",
        "Білім беру гранттарын иеленушілердің тізімі жарияланды\nЖаңалықтар | 2026 жылғы 14 тамыз\n"
        "Ғылым және жоғары білім министрлігі 2026-2027 оқу жылына арналған білім беру гранттарын иеленушілердің "
        "тізімін жариялады.\nТолық тізіммен Ұлттық тестілеу орталығының сайтында танысуға болады."),
     "university", "grant_transfer_candidates"),
    # A council's own annual report is not the head's.
    ("council-annual-report-en", excerpt(f"{U}/en/science/dissertation-council",
        "Dissertation Council in Chemistry\nThe council accepts PhD dissertations for defence in 8D05301 Chemistry.\n"
        "Regulation on the Dissertation Council (PDF)\nAnnual report of the Dissertation Council for 2025 (PDF)\n"
        "Composition of the council for 2026 (PDF)"), "university", "head_annual_report"),
    # A path written with dashes under the title names where the page sits: "... — Магистратура и докторантура" does
    # not make a master's thesis regulation the PhD regulation too.
    ("dash-breadcrumb-ru", excerpt(f"{U}/ru/nauka/magistratura/polozhenie-md",
        "Положение о магистерской диссертации\nУниверситет «Example» — Наука — Магистратура и докторантура\n"
        "УТВЕРЖДАЮ\nРектор университета\n«14» марта 2026 г.\nПОЛОЖЕНИЕ О МАГИСТЕРСКОЙ ДИССЕРТАЦИИ\n1. Общие положения\n"
        "1.1. Настоящее положение определяет требования к магистерской диссертации и порядок её защиты."),
     "university", "phd_regulation"),
    # A curriculum's form-of-control column says "экзамен" on every row: it is no exam regulation.
    ("curriculum-ru", excerpt(f"{C}/ru/uchebnaya-rabota/rup-2026",
        "Рабочий учебный план 06130100 Программное обеспечение\nКГКП «Колледж Example»\nУТВЕРЖДАЮ\n"
        "Директор ____________ А. Б. Сейтов\n«28» августа 2026 г.\nРАБОЧИЙ УЧЕБНЫЙ ПЛАН\n"
        "по специальности 06130100 «Программное обеспечение»\nКвалификация: 4S06130103 Разработчик\n"
        "Индекс | Наименование модулей и дисциплин | Кредиты | Часы | Форма контроля\n"
        "ООД 01 | Казахский язык | 6 | 144 | экзамен\nООД 05 | История Казахстана | 4 | 96 | экзамен\n"
        "БМ 01 | Физическая культура | 6 | 144 | зачет\nПМ 01 | Основы алгоритмизации | 5 | 120 | экзамен\n"
        "ПМ 02 | Базы данных | 5 | 120 | экзамен\nПМ 03 | Веб-программирование | 6 | 144 | экзамен\n"
        "ПМ 04 | Компьютерные сети | 4 | 96 | экзамен\nИтоговая аттестация | | 4 | 96 | комплексный экзамен"),
     "college", "exam_rules"),
    # A ministry's letter to the heads of organisations: the House of Ministries on its letterhead, its addressees.
    ("ministry-letter-kk", excerpt(f"{U}/kk/studentterge/stipendiya/khat-2026",
        "ҒЖБМ хаты 2026\nҚАЗАҚСТАН РЕСПУБЛИКАСЫ\nҒЫЛЫМ ЖӘНЕ ЖОҒАРЫ БІЛІМ МИНИСТРЛІГІ\n"
        "010000, Астана қ., Мәңгілік Ел даңғ., 8, Министрліктер үйі\n2026 жылғы 04.09 № 05-1/7700\n"
        "Жоғары білім беру ұйымдарының басшыларына\nСтипендиялар тағайындау туралы\n"
        "Министрлік 2026 жылғы 1 қыркүйектен бастап мемлекеттік стипендия мөлшері өзгеретінін хабарлайды."),
     "university", "scholarship_info"),
    # The minister's order that adopts the text, as its opening line: a national act reproduced.
    ("ministers-order-opens-the-text-ru", excerpt(f"{C}/ru/o-kolledzhe/npa/pravila-naznacheniya",
        "Правила назначения на должности руководителей государственных организаций образования\n"
        "Главная / О колледже / Нормативные правовые акты\n"
        "Приказ Министра просвещения Республики Казахстан от 10 марта 2023 года № 64 «Об утверждении Правил "
        "назначения на должности, освобождения от должностей первых руководителей и педагогов»\n"
        "Глава 1. Общие положения\n1. Настоящие Правила определяют порядок назначения на должности первых "
        "руководителей государственных организаций образования.\n2. Первый руководитель назначается по итогам "
        "конкурса сроком на три года."), "college", "vacancy_rules"),
    # A code of corporate governance is the board's rules, not a code of conduct.
    ("corporate-governance-code-en", excerpt(f"{U}/en/university/corporate-governance",
        "Code of Corporate Governance\nApproved by the Board of Directors, minutes No. 4 of 12 May 2026\n"
        "1. This Code sets out the principles of corporate governance of the University: the rights of the "
        "shareholder, the work of the Board of Directors and the Management Board, transparency.\n"
        "2. The Corporate Secretary ensures compliance of the governing bodies with the procedures set by this Code."), "university", "staff_ethics_code"),
    # A student newspaper's opinion piece (its byline, "Менің ойымша") on plagiarism.
    ("student-newspaper-opinion-kk", excerpt(f"{U}/kk/gazet/student-minberi/plagiat",
        "Плагиат: көшіру ме, әлде шығармашылық па?\n«Example жастары» университет газеті\n"
        "Авторы: Сейтова Аружан, «Журналистика» ББ 2-курс студенті\n"
        "Курстық жұмыс жазғанда интернеттен дайын мәтін тауып, оны өз атымызбен тапсыру оңай жол сияқты.\n"
        "Плагиат — өзгенің еңбегін өз атыңнан ұсыну. Бұл академиялық тәртіп бұзушылық.\n"
        "Соңғы жылдары жоғары оқу орындарында жұмыстарды арнайы бағдарламалармен плагиатқа тексеру әдетке айналды.\n"
        "Менің ойымша, ең бастысы — дереккөзге сілтеме беруді үйрену."), "university", "antiplagiarism"),
    # A notice that the candidates' list is still to come is not the list.
    ("grant-list-to-come-ru", excerpt(f"{U}/ru/registrar/vacant-grants",
        "Вакантные гранты: когда будут опубликованы списки\n"
        "Заявления на участие в конкурсе на вакантные гранты принимаются в деканатах до 19 января 2027 года.\n"
        "Список претендентов будет сформирован после зимней сессии и опубликован на сайте не позднее 27 января 2027 года."),
     "university", "grant_transfer_candidates"),
    # News that one member of the board gave the college computers names a member, not the board's members.
    ("trustee-donation-news-kk", excerpt(f"{C}/kk/news/qamqorshy-syiy",
        "Қамқоршылық кеңес мүшесі колледжге 10 компьютер сыйға тартты\n2026 жылғы 2 қараша\n"
        "Колледж Қамқоршылық кеңесінің мүшесі, «Example Сервис» ЖШС директоры колледж кабинетіне 10 компьютер сыйға тартты.\n"
        "Салтанатты шарада колледж директоры демеушіге алғыс хат табыстады."), "college", "board_of_trustees_composition"),
    # Minutes name who chaired the sitting and sign with the chair's and secretary's roles: no composition.
    ("commission-minutes-chaired-ru", page(f"{U}/ru/anticorruption/protokol-3", "Протокол № 3 заседания Антикоррупционной комиссии",
        "Протокол № 3 заседания Антикоррупционной комиссии\nг. Талдыкорган, 14 октября 2026 года, 15:00, зал Ученого совета\n"
        "Председательствовал: Касымов Б.Т., председатель Антикоррупционной комиссии\n"
        "Присутствовали: 9 из 11 членов Комиссии (список прилагается). Кворум имеется.\n"
        "Приглашенные: Ермекова Л.С., руководитель отдела закупок; Жанабаев Р.М., директор Центра обслуживания.\n"
        "Повестка дня:\n"
        "1. О рассмотрении обращений, поступивших в III квартале 2026 года.\n"
        "Постановили: Информацию принять к сведению.\n"
        "Председатель комиссии Б. Касымов\nСекретарь комиссии А. Нурланова"), "university", "anticorruption_commission_composition"),
    # An advertisement for a compliance course names a trust line among its modules.
    ("compliance-course-advert-ru", page(f"{U}/ru/announcements/compliance-course", "Корпоративное обучение: антикоррупционный комплаенс",
        "Корпоративное обучение: антикоррупционный комплаенс\n"
        "ТОО «Example Academy» предлагает программу повышения квалификации для руководителей и комплаенс-офицеров.\n"
        "Программа курса (72 академических часа):\nМодуль 1. Требования Закона РК «О противодействии коррупции»\n"
        "Модуль 2. Как разработать антикоррупционную политику: шаблоны и кейсы\n"
        "Модуль 3. Внутренний анализ коррупционных рисков в университете\n"
        "Модуль 4. Организация телефона доверия и работы с обращениями\n"
        "Стоимость: 185 000 тенге на одного слушателя. По окончании выдается сертификат.\n"
        "Заявки принимаются по телефону +7 777 000 00 00 или на сайте academy.example.test\n"
        "Размещено на правах рекламы. Университет не является организатором курса."), "university", "hotline"),
    # The trade union's New Year presents for employees' children are no gifts procedure.
    ("new-year-presents-ru", excerpt(f"{U}/ru/profsoyuz/podarki",
        "Новогодние подарки для детей сотрудников\n"
        "Профсоюзный комитет начинает прием заявок на новогодние подарки для детей сотрудников до 14 лет.\n"
        "Выдача подарков будет проходить с 22 по 26 декабря в кабинете профкома."), "university", "gifts_policy"),
    # A scientific conference's call for papers lists mobility among its topics.
    ("call-for-papers-en", excerpt(f"{U}/en/science/conference-2027",
        "Call for Papers: International Scientific Conference \u201cHigher Education: Quality, Integrity, Mobility\u201d\n"
        "Dates: 15-16 April 2027, hybrid format\nThe Faculty of Education invites researchers to submit papers.\n"
        "Papers are to be submitted by 1 March 2027. Registration fee: 10 000 KZT."), "university", "academic_mobility"),
    # A vacant-grant list made on the results of the exam session is no exam regulation.
    ("grant-list-after-session-kk", page(f"{U}/kk/registrar/bosagan-grant", "Босатылған білім беру гранттарына үміткерлер тізімі",
        "Босатылған білім беру гранттарына үміткерлер тізімі\n2026-2027 оқу жылы, қысқы емтихан сессиясының қорытындысы бойынша\n"
        "Комиссияның 2027 жылғы 22 қаңтардағы № 1 хаттамасына сәйкес:\n1. Мұхтарова Г. С. — 2 курс, GPA 3,78\n"
        "2. Әбілқасым Е. Н. — 2 курс, GPA 3,61"), "university", "exam_rules"),
    # A survey taken in the university's AIS is not its e-journal.
    ("survey-in-ais-kk", page(f"{U}/kk/quality/oqytushy-studentter-kozimen", "«Оқытушы студенттердің көзімен» сауалнамасы",
        "«Оқытушы студенттердің көзімен» сауалнамасы\n"
        "Құрметті студенттер! Күзгі семестрдегі сауалнама 2026 жылғы 16 қарашадан 6 желтоқсанға дейін өтеді.\n"
        "Сауалнама анонимді. Platonus жүйесіндегі жеке кабинетіңізге кіріп, әр оқытушыны бағалаңыз. Сауалнама "
        "толтырылмаса, емтихан ведомосына кіру бұғатталмайды, бірақ пікіріңіз оқытушылардың рейтингіне әсер етеді.\n"
        "Сауалнама сұрақтары: сабақтың түсініктілігі, бағалаудың әділдігі.\n"
        "Нәтижелер жалпыланған түрде Сапаны қамтамасыз ету орталығының бетінде жарияланады.\n"
        "Сауалнамаға өту: platonus.example.kz → Сауалнама\nБайланыс: quality@example.kz"), "university", "e_journal"),
    # A draft put up for discussion is not the adopted document.
    ("draft-hiring-rules-ru", page(f"{U}/ru/hr/proekt-polozheniya", "Проект Положения о порядке приёма, перевода и увольнения работников – на обсуждение",
        "Проект Положения о порядке приёма, перевода и увольнения работников – на обсуждение\nУважаемые коллеги! Департамент управления персоналом выносит на общественное обсуждение проект новой редакции Положения о порядке приёма, перевода и увольнения работников университета.\nПроект подготовлен в связи с переходом на электронный документооборот кадровых приказов и изменениями Трудового кодекса Республики Казахстан.\nОсновные новеллы проекта:\n– приём на должности ППС и научных работников только по итогам конкурса, в том числе при переводе внутри университета;\n– ознакомление с приказами о приёме и увольнении через личный кабинет работника в системе Directum;"), "university", "hiring_dismissal_rules"),
    ("draft-standard-college-ru", page(f"{U}/ru/news/proekt-standarta", "Общественное обсуждение проекта Антикоррупционного стандарта колледжа",
        "Общественное обсуждение проекта Антикоррупционного стандарта колледжа\nУважаемые педагоги, студенты и родители! Администрация КГКП «Петропавловский политехнический колледж» выносит на общественное обсуждение проект Антикоррупционного стандарта колледжа.\nПроект разработан рабочей группой по итогам внутреннего анализа коррупционных рисков и содержит рекомендации по приёму на обучение, проведению экзаменов, организации практики, замещению вакантных должностей и правилам служебной этики.\nОсновные положения проекта:\n– экзамены по специальным дисциплинам проводятся с применением QR-кодированных билетов и видеозаписью;\n– запрет на сбор денежных средств с обучающихся и родителей на любые нужды колледжа;"), "college", "anticorruption_standard"),
    # A dissertation council's membership is not its regulation.
    ("dissertation-council-membership-ru", page(f"{U}/ru/dissovet/d094/sostav", "Состав диссертационного совета по группе образовательных программ D094 «Информационные технологии»",
        "Состав диссертационного совета по группе образовательных программ D094 «Информационные технологии»\nДиссертационный совет создан приказом ректора от 5 сентября 2026 года № 311-н на срок 3 года.\nПредседатель – Жұмабаев Нұрлан Қайратұлы, доктор технических наук, профессор, кафедра «Вычислительная техника и программное обеспечение».\nЗаместитель председателя – Ковальчук Анна Сергеевна, PhD, ассоциированный профессор.\nУчёный секретарь – Тоқтарова Әсем Бақытқызы, PhD.\nЧлены совета:"), "university", "dissertation_council_regulation"),
    # An ethics commission's regulation is not the code of ethics (its clause that names the codes only names them).
    ("ethics-commission-regulation-ru", page(f"{U}/ru/ethics/polozhenie-komissii", "Положение о Комиссии по этике и академической честности",
        "Положение о Комиссии по этике и академической честности\nУТВЕРЖДЕНО приказом ректора НАО «Семейский медицинский и гуманитарный университет» от 1 февраля 2024 года № 41-н\n1. Общие положения\n1.1. Комиссия по этике и академической честности (далее – Комиссия) создаётся для рассмотрения обращений о нарушениях норм профессиональной этики и академической честности работниками и обучающимися университета.\n1.2. Нормы поведения работников и обучающихся установлены кодексами чести, утверждёнными Ученым советом; настоящее Положение определяет только порядок работы Комиссии.\n2. Состав Комиссии"), "university", "staff_ethics_code"),
    # A best-thesis contest's rules are the contest's, not the thesis regulation.
    ("best-thesis-contest-ru", page(f"{U}/ru/students/konkurs-vkr", "Положение о конкурсе на лучшую дипломную работу «Үздік дипломдық жұмыс»",
        "Положение о конкурсе на лучшую дипломную работу «Үздік дипломдық жұмыс»\nУТВЕРЖДЕНО распоряжением проректора по академической деятельности НАО «Актюбинский университет имени С. Баишева» от 10 февраля 2026 года № 12\n1. Общие положения\n1.1. Конкурс на лучшую дипломную работу (далее – Конкурс) проводится ежегодно с целью выявления и поощрения наиболее талантливых выпускников бакалавриата.\n1.2. Организатором Конкурса является Офис регистратора совместно с Советом молодых учёных.\n2. Участники"), "university", "thesis_regulation"),
    # A mobility partner's code of conduct, published for outgoing students, is the partner's.
    ("partner-code-of-conduct-en", page(f"{U}/en/international/erasmus/partner-code", "Code of Conduct of our Erasmus+ partner: University of Lodz",
        "Code of Conduct of our Erasmus+ partner: University of Lodz\nInternational Cooperation Office. Students and staff going on Erasmus+ mobility to the University of Lodz (Poland) under the inter-institutional agreement are asked to read the host university's Code of Conduct before departure. The text below is provided by the partner institution.\nUNIVERSITY OF LODZ – CODE OF CONDUCT FOR STUDENTS AND STAFF\n1. Academic integrity. Members of the University community do not plagiarise, fabricate or falsify data, and acknowledge the contributions of others.\n2. Respect. Everyone is treated with dignity irrespective of nationality, religion, gender or disability.\n3. Gifts and benefits. Staff do not accept gifts from students whose work they assess.\n4. Conflicts of interest must be declared to the head of unit.\n5. Breaches are reviewed by the University Disciplinary Committee under the rules of the host institution.\nQuestions about your mobility: International Cooperation Office, room 12, +7 (7232) 54-19-30, erasmus@altai-tech.edu.kz."), "university", "staff_ethics_code"),
    # The attestation's minutes weigh the teacher survey's results: they are not the survey.
    ("attestation-minutes-ru", page(f"{U}/ru/hr/attestatsiya-protokol-2", "Протокол заседания аттестационной комиссии № 2 от 20 мая 2026 года",
        "Протокол заседания аттестационной комиссии № 2 от 20 мая 2026 года\nАттестационная комиссия НАО «Мангистауский университет технологий» по аттестации профессорско-преподавательского состава\nПрисутствовали: председатель – Тұрғанбаев А.Қ., проректор по академической деятельности; члены комиссии – 6 человек; секретарь – Бекбосынова Ж.Т.\nПовестка дня: Об аттестации преподавателей кафедры «Нефтегазовое дело» на соответствие занимаемой должности.\nЗаслушаны отчёты преподавателей о выполнении индивидуальных планов работы за 2021–2026 годы, результаты анкетирования «Преподаватель глазами студентов», сведения о повышении квалификации и публикациях.\nРЕШИЛИ:\n1. Признать соответствующими занимаемой должности: Сағындықов Б.М. (старший преподаватель), Левченко А.И. (ассоциированный профессор), Жұмағалиева К.С. (старший преподаватель).\n2. Признать соответствующим занимаемой должности при условии прохождения повышения квалификации в течение года: Ермеков Д.Н. (преподаватель).\nГолосовали единогласно.\nПредседатель ____ Секретарь ____"), "university", "teacher_evaluation_surveys"),
    # News that a partner university's code was presented to the council: the partner's code, reported.
    ("partner-code-presented-en", page(f"{U}/en/news/partner-code", "Code of ethics of the university-partner was presented "
        "at the Academic Council", "Code of ethics of the university-partner was presented at the Academic Council\n"
        "At the meeting of the Academic Council on November 2, 2026, Professor M. Kaiyrbekova presented the Code of academic "
        "ethics of a partner university.\nThe Code of the partner university establishes the norms of behaviour of students, "
        "teachers and administrative staff.\nThe members of the Academic Council instructed the working group to study it."),
     "university", "staff_ethics_code"),
    # News that the ministry published the republican list of candidates for a national scholarship.
    ("presidential-scholarship-national-list-ru", page(f"{U}/ru/news/stipendiya-prezidenta", "Стипендия Президента Республики Казахстан: список претендентов на 2026-2027 учебный год",
        "Стипендия Президента Республики Казахстан: список претендентов на 2026-2027 учебный год\n12.09.2026\nМинистерство науки и высшего образования Республики Казахстан опубликовало список студентов вузов, претендующих на получение стипендии Президента Республики Казахстан в 2026-2027 учебном году.\nВ республиканский список вошли 420 обучающихся из 68 вузов страны, в том числе трое студентов нашего университета. Решение о назначении принимает республиканская комиссия.\nС полным списком претендентов можно ознакомиться на официальном сайте министерства в разделе «Стипендии».\nПресс-служба университета"), "university", "scholarship_candidates"),
    # Announcements of defences under the council's name, the first line of the title block: no regulation.
    ("defence-announcements-ru", page(f"{U}/ru/science/dissovet/zashchity", "Объявления о защитах диссертаций",
        "Объявления о защитах диссертаций\nДиссертационный совет по направлению подготовки 8D071 «Инженерия и инженерное дело»\n27.11.2026, 14:00 — защита диссертации на соискание степени доктора философии (PhD) Темирбековой Айгерим Саматовны на тему «Повышение энергоэффективности электроприводов горных машин», ОП 8D07101. Научные консультанты: д.т.н., профессор Б. Н. Сериков; PhD, профессор М. Келлер (Германия).\n11.12.2026, 11:00 — защита диссертации PhD Жусупова Ильяса Ерланулы на тему «Цифровой двойник обогатительной фабрики», ОП 8D07201.\nМесто защиты: главный корпус, зал Учёного совета (ауд. 1-301). Онлайн-трансляция — на YouTube-канале университета.\nС диссертациями и отзывами официальных рецензентов можно ознакомиться в научной библиотеке университета."), "university", "dissertation_council_regulation"),
    # A list of the state bodies' numbers (the children's trust line among them) is no trust line of the institution.
    ("state-bodies-phones-ru", page(f"{U}/ru/useful/phones", "Полезные телефоны государственных органов",
        "Полезные телефоны государственных органов\n"
        "Единый контакт-центр Агентства по противодействию коррупции — 1424 (звонок бесплатный)\n"
        "Телефон доверия для детей и молодёжи — 111\nЕдиный контакт-центр «Электронного правительства» — 1414\n"
        "Экстренные службы: полиция — 102, скорая помощь — 103"), "university", "hotline"),
    # A roster's row names a member's post ("... – «Саналы ұрпақ» клубының төрағасы"), not the club's document.
    ("commission-roster-club-chair-kk", page(f"{C}/kk/antikor/komissiya", "Сыбайлас жемқорлыққа қарсы комиссияның құрамы",
        "Сыбайлас жемқорлыққа қарсы комиссияның құрамы\n2026-2027 оқу жылы\n"
        "Комиссия төрағасы: Ердәулетов Бахтияр Мұратұлы – тәрбие ісі жөніндегі директордың орынбасары\nКомиссия мүшелері:\n"
        "Сұлтанова Гүлмира Әбдіқадырқызы – заңгер\nРахымова Ұлжан – студенттік кеңес төрайымы, 3 курс\n"
        "Нұрланов Дәурен – «Саналы ұрпақ» клубының төрағасы, 2 курс\nКомиссия хатшысы: Жақыпова Ләззат Бекқызы – әдіскер"),
     "college", "sanaly_urpaq_club"),
    # A report's sentence after a dash is no listed title's note: its hires "by competition" announce no vacancy.
    ("report-sentence-after-dash-kk", page(f"{C}/kk/direktor-esebi-2025-2026",
        "Колледж директорының 2025-2026 оқу жылындағы жұмысы туралы жария есебі",
        "Колледж директорының 2025-2026 оқу жылындағы жұмысы туралы жария есебі\n"
        "Колледжде 1 240 білім алушы оқиды.\n"
        "Педагогикалық ұжым 78 адамнан тұрады, оның ішінде 29-ы – жоғары және бірінші санатты педагогтар. Оқу жылы ішінде "
        "6 педагог бос лауазымдарға конкурс арқылы қабылданды.\nТүлектердің 82 пайызы жұмысқа орналасты."),
     "college", "vacancy_announcements"),
    # A list of other bodies' trust lines (a region's administration, the prosecutor's office) is not the university's own.
    ("others-trust-lines-kk", excerpt(f"{U}/kk/paidaly-siltemeler/senim-telefondary",
        "Мемлекеттік органдардың сенім телефондары\nБасты бет / Пайдалы сілтемелер\nҚарағанды техникалық университеті\n"
        "Білім министрлігінің сенім телефоны – 8 (7172) 00-00-00\nОблыс прокуратурасы – 8 (7212) 41-22-33\n"
        "Қарағанды облысы әкімдігінің сенім телефоны – 8 (7212) 50-10-10\n"
        "Қалалық полиция басқармасы – 102"), "university", "hotline"),
    # A consultancy offering to write an institution's documents "turnkey": its products, not a university's policy.
    ("consultancy-offer-ru", excerpt("https://example-komplaens.kz/uslugi/vuzam",
        "Антикоррупционная политика для вашего вуза под ключ\nУслуги | Кейсы | Контакты\n"
        "Разработаем для университета:\n- Антикоррупционную политику\n- Положение о конфликте интересов\n"
        "- Положение об антикоррупционной комиссии\nСтоимость – по запросу. Нам доверяют 25 организаций образования."),
     "university", "anticorruption_policy"),
    # ... and the documents it lists are its products too, although each is listed by title.
    ("consultancy-offer-listed-ru", excerpt("https://example-komplaens.kz/uslugi/vuzam",
        "Антикоррупционная политика для вашего вуза под ключ\nУслуги | Кейсы | Контакты\n"
        "Разработаем для университета:\n- Антикоррупционную политику\n- Положение о конфликте интересов\n"
        "- Положение об антикоррупционной комиссии\nСтоимость – по запросу. Нам доверяют 25 организаций образования."),
     "university", "conflict_of_interest_policy"),
    # An invitation to one session of the Integrity School is an announcement, not its regulation or plan.
    ("integrity-school-session-invite-kk", excerpt(f"{U}/kk/announcements/parasattylyq-sabaq",
        "Парасаттылық мектебінің кезекті сабағына шақырамыз\nХабарландыру | 2026 жылғы 2 желтоқсан\n"
        "Құрметті 2-курс студенттері! 2026 жылғы 3 желтоқсанда сағат 14:00-де кітапхананың оқу залында Парасаттылық "
        "мектебінің кезекті сабағы өтеді.\nТақырыбы: «Адалдық – табыс кепілі».\nСпикер: заң кафедрасының оқытушысы Д. Омаров.\n"
        "Қатысу міндетті."), "university", "integrity_school"),
    # A conference's programme: its talks name codes and regulations that are not on the page.
    ("conference-programme-talks-ru", excerpt(f"{U}/ru/nauka/konferenciya-2026",
        "Программа конференции «Качество и честность в образовании»\nГлавная / Наука / Конференции\n"
        "Пленарное заседание, 10:00\nДоклад: «Положение о дипломной работе: опыт пересмотра» — Ж. К. Омарова\n"
        "Доклад: «Кодекс чести студента как договор с вузом» — П. Р. Ли\n"
        "Доклад: «Антиплагиат и искусственный интеллект» — Д. Серикбаев"), "university", "thesis_regulation"),
    # An order admitting students to the final attestation is no exam regulation.
    ("order-admitting-to-attestation-ru", excerpt(f"{U}/ru/registrator/prikazy",
        "Приказы по обучающимся\nГлавная / Офис регистратора / Приказы\n"
        "Приказ № 301-с от 01.09.2026 «О переводе на следующий курс»\n"
        "Приказ № 355-с от 20.10.2026 «О допуске к итоговой аттестации выпускников 2027 года»\n"
        "Приказ № 360-с от 22.10.2026 «Об отчислении»"), "university", "exam_rules"),
    # A personnel department's page lists its duties: organising competitions announces none.
    ("hr-department-duties-ru", excerpt(f"{C}/ru/struktura/otdel-kadrov",
        "Отдел кадров\nГлавная / Структура / Отдел кадров\nНачальник отдела: Омарова Жанна Сериковна\n"
        "Кабинет 12, тел. 8 (7152) 46-00-00\nФункции отдела:\n- приём и увольнение работников;\n"
        "- организация конкурса на замещение вакантных должностей педагогов;\n- ведение личных дел."),
     "college", "vacancy_announcements"),
    # The mayor's report to the public that a college's director attended is not the director's report.
    ("mayors-report-attended-ru", excerpt(f"{C}/ru/news/otchet-akima-2026",
        "Директор колледжа принял участие в отчётной встрече акима района с населением\nГлавная / Новости\n12.02.2026\n"
        "Аким района рассказал об итогах развития района за 2025 год.\n"
        "Директор колледжа задал вопрос о ремонте общежития."), "college", "head_annual_report"),
    # A breadcrumb's sections say where the page sits ("Final Attestation"): the page lists the thesis regulations.
    ("breadcrumb-section-names-no-exam-rules-en", excerpt(f"{U}/en/academics/final-works",
        "Final Qualification Works\nHome > Academics > Final Attestation > Theses\nRegulations\n"
        "- Regulation on the Diploma Thesis, approved by the Academic Council on 28 May 2026, Minutes No. 9 — PDF, 290 KB\n"
        "- Regulation on the Master's Thesis, approved by the Academic Council on 28 May 2026, Minutes No. 9 — PDF, 310 KB\n"
        "Contact the Office of the Registrar, room 118."), "university", "exam_rules"),
    # A software company's product page ("ТОО «...»" under its title) lists its modules by name: its own products.
    ("vendor-product-modules-ru", excerpt("https://example-edusoft.kz/ru/products/univer",
        "Univer — информационная система для вузов\nГлавная / Продукты\nТОО «Example Soft»\n"
        "Возможности системы:\n- Модуль «Общежитие»: онлайн-заявки на заселение и распределение мест\n"
        "- Модуль «Стипендия»: списки претендентов по итогам сессии\n- Электронные ведомости"),
     "university", "dormitory_online_registration"),
    # A fee page says fee-paying students may apply for vacant grants when there are any: no grant is vacant yet.
    ("fees-page-vacant-grants-if-any-en", excerpt(f"{U}/en/admissions/fees",
        "Tuition Fees 2026-2027\nHome / Admissions / Fees\nBachelor's programmes: 2 300 000 KZT per year.\n"
        "Students on state grants pay no tuition. Fee-paying students with a high GPA may apply for vacant state "
        "grants when they become available.\nPayment in two instalments."), "university", "grant_transfer_candidates"),
    # The region's education department's competition for a civil-service post of corps B, reposted by a college.
    ("civil-service-corps-b-vacancy-kk", excerpt(f"{C}/kz/vakansii/bilim-baskarmasy-konkurs",
        "Білім басқармасы: «Б» корпусының бос лауазымына жалпы конкурс\nБасты бет / Бос жұмыс орындары\n"
        "Облыстың білім басқармасы «Б» корпусының бос лауазымына орналасуға жалпы конкурс жариялайды.\n"
        "Құжаттар 2026 жылғы 15 желтоқсанға дейін қабылданады."), "college", "vacancy_announcements"),
    # A preview of the rector's report meeting to come ("Анонс: ...") is not the report.
    ("report-meeting-preview-ru", excerpt(f"{U}/ru/anonsy/otchetnaya-vstrecha",
        "Анонс: отчётная встреча ректора с общественностью\nГлавная / Анонсы\n20.11.2026\n"
        "16 декабря 2026 года в актовом зале пройдёт отчётная встреча ректора с общественностью.\n"
        "Вопросы можно направить заранее на адрес press@uni.example.test."), "university", "head_annual_report"),
    # A parents' meeting's minutes: an item of their agenda names the e-journal the meeting spoke of.
    ("parents-meeting-agenda-item-kk", excerpt(f"{C}/kk/ata-analarga/zhinalys-hattama-2",
        "Ата-аналар жиналысының хаттамасы\nБасты бет / Ата-аналарға\nАТА-АНАЛАР ЖИНАЛЫСЫНЫҢ № 2 ХАТТАМАСЫ\n"
        "2026 жылғы 14 қазан\nҚатысқандар: 210 ата-ана.\nКүн тәртібі:\n1. Оқу жылының басталуы.\n"
        "2. Электрондық журналға ата-аналардың қосылуы.\n"
        "Тыңдалды: IT маманы журналға кіру тәртібін түсіндірді.\n"
        "Шешім:\n1. Ата-аналар электрондық журнал арқылы үлгерімді бақылап отырсын."), "college", "e_journal"),
    # A structure page's rows ("Службы при ректоре: ..., Антикоррупционная комиссия, ...") are no title broken over lines.
    ("structure-rows-are-no-title-ru", excerpt(f"{U}/ru/ob-universitete/struktura",
        "Структура университета\nГлавная / Об университете / Структура\n"
        "Проректор по воспитательной работе: Отдел молодёжной политики, Студенческий дом, Общежития\n"
        "Службы при ректоре: Комплаенс-служба, Антикоррупционная комиссия, Юридический отдел, Пресс-служба\n"
        "Факультеты: Инженерный, Экономики и права, Педагогический\nСхема структуры (PDF, 500 KB)"),
     "university", "anticorruption_policy"),
    # A vendor's product page: "уже используют", a free demonstration, its price per year.
    ("vendor-demo-offer-ru", excerpt("https://example-textcheck.kz/ru/vuzam",
        "TextCheck — антиплагиат для вузов\nПродукт | Клиенты | Контакты\n"
        "Более 60 вузов уже используют TextCheck для проверки дипломных работ.\n"
        "Стоимость: от 900 000 тг/год.\nОставьте заявку — проведём бесплатную демонстрацию системы."),
     "university", "antiplagiarism"),
    # A partner university's documents for the double-degree students ("нормативные документы университета-партнёра").
    ("double-degree-partner-documents-ru", excerpt(f"{U}/ru/mezhdunarodnoe/dvoynoy-diplom/dokumenty",
        "Двойной диплом: нормативные документы университета-партнёра\nГлавная / Международное сотрудничество\n"
        "Для докторантов программы двойного диплома с университетом-партнёром (г. Новосибирск):\n"
        "Положение о диссертационном совете НГТУ (утверждено приказом ректора НГТУ)\n"
        "Положение об аспирантуре НГТУ"), "university", "dissertation_council_regulation"),
    # The host university's rules for students going abroad ("rules of the host institution").
    ("host-university-rules-en", excerpt(f"{U}/en/international/exchange/host-rules",
        "Exchange students: rules of the host institution\nHome / International / Exchange\n"
        "During your semester abroad you follow the rules of the host university:\n"
        "- Code of Conduct for Students of Porto Polytechnic\n- Examination Regulations of the School of Engineering"),
     "university", "student_ethics_code"),
    # News that a survey was held, without its results, stays news.
    ("survey-held-news-ru", excerpt(f"{C}/ru/news/2026/10/anketirovanie",
        "В колледже прошло анкетирование обучающихся\nГлавная / Новости\n20.10.2026\n"
        "Психологическая служба колледжа провела анкетирование обучающихся об удовлетворённости качеством обучения.\n"
        "В опросе приняли участие 540 студентов. Итоги будут рассмотрены на педагогическом совете."),
     "college", "survey_results"),
    # A collection's contents: each entry a paper by its author ("Сагынбаева Ж. Т. Кодекс чести студента как ...").
    ("collection-contents-by-authors-ru", excerpt(f"{U}/ru/nauka/sborniki/chestnost-2026",
        "Сборник материалов конференции\nГлавная / Наука / Сборники\n"
        "Материалы конференции «Честность в образовании» (12 октября 2026 г.)\nСодержание:\n"
        "Омарова А. Б. Антикоррупционная политика вуза: сравнительный анализ (PDF, 300 KB)\n"
        "Ким В. С. Кодекс чести студента как инструмент воспитания (PDF, 210 KB)\n"
        "Скачать весь сборник (PDF, 3,9 MB)"), "university", "student_ethics_code"),
    # A page of forms to fill in: applications to download, not the rules or lists they are for.
    ("forms-to-fill-in-en", excerpt(f"{U}/en/students/forms",
        "Forms\nHome > Students > Forms\n"
        "Application for transfer to a state grant (DOCX) Download\nApplication for a state scholarship (DOCX) Download\n"
        "Application for a dormitory place (PDF) Download\nSubmit completed forms to the Registrar's Office."),
     "university", "grant_transfer_candidates"),
    # News that a hiring competition is over: the new colleagues are welcomed, no post is announced.
    ("competition-over-welcome-news-kk", excerpt(f"{U}/kk/zhanalyqtar/zhana-ariptester",
        "Жаңа әріптестерімізді қарсы аламыз!\nБасты бет › Жаңалықтар\n2026-09-20\n"
        "Бос лауазымдарға орналасу конкурсы аяқталып, университет ұжымы жаңа мамандармен толықты.\n"
        "Кафедраларға 7 жаңа оқытушы қабылданды."), "university", "vacancy_announcements"),
    # A site map's lines name the site's sections ("Академическая мобильность"), each judged on its own page.
    ("site-map-sections-ru", excerpt(f"{U}/ru/karta-saita",
        "Карта сайта\nГлавная / Карта сайта\nОб университете\nИстория\nРуководство\nСтудентам\nСтипендии\n"
        "Общежития\nАкадемическая мобильность\nНаука\nКонтакты"), "university", "academic_mobility"),
    # An e-journal vendor's product page: "Подключено 180 колледжей", "[Посмотреть демо]".
    ("e-journal-vendor-ru", excerpt("https://example-kollej-online.kz/products/journal",
        "Колледж.Онлайн — электронный журнал для колледжей\nПродукты / Электронный журнал\n"
        "Электронный журнал посещаемости и успеваемости для колледжей\nПодключено 150 колледжей из 16 регионов.\n"
        "[Оставить заявку] [Посмотреть демо]"), "college", "e_journal"),
    # A medical college's clinical base: the hospital's documents its students must read are the hospital's.
    ("hospitals-documents-on-a-clinical-base-page-ru", excerpt(f"{C}/ru/praktika/klinicheskie-bazy",
        "Клинические базы колледжа\nГлавная / Практика / Клинические базы\n"
        "Практика студентов проводится в медицинских организациях города по договорам.\n"
        "Перед выходом на практику студенты знакомятся с документами больницы:\n"
        "- Кодекс деловой этики работников городской больницы № 1 (PDF, 200 KB)\n"
        "- Правила внутреннего распорядка для практикантов (PDF, 80 KB)"), "college", "staff_ethics_code"),
    # A partner university's code under "Partner universities: ..." is the partner's.
    ("partner-universities-code-en", excerpt(f"{U}/en/international/partners/krakow",
        "Partner universities: Code of Ethics of Krakow Technical Academy\nInternational cooperation / Partner universities\n"
        "Students studying at Krakow Technical Academy under Erasmus+ follow the host institution's rules.\n"
        "Code of Ethics of Krakow Technical Academy\n1. Members of the Academy act honestly."), "university", "student_ethics_code"),
    # A dormitory's house rules: an electronic pass and guests signed in by the warden are no online registration.
    ("dormitory-house-rules-ru", excerpt(f"{U}/ru/studentu/obshchezhitie/pravila",
        "Правила проживания в общежитии\nГлавная / Студенту / Общежития\n"
        "1. Проживающие соблюдают чистоту в комнатах.\n"
        "2. Вход в общежитие — по электронному пропуску с 6:00 до 23:00. Гости — до 21:00 с регистрацией у дежурного.\n"
        "3. Плата за проживание вносится до 10 числа."), "university", "dormitory_online_registration"),
    # A contacts page: units of the institution with their rooms and phones name who deals with what.
    ("units-with-their-phones-ru", excerpt(f"{U}/ru/studentu/kontakty",
        "Контакты департамента по делам студентов\nГлавная / Студенту / Контакты\n"
        "Директор департамента — Омарова Алия Болатовна, каб. 201, тел. 8 (7182) 00-00-01\n"
        "Отдел академической мобильности — каб. 305, тел. 8 (7182) 00-00-12\n"
        "Отдел стипендий и социальной поддержки — каб. 203, тел. 8 (7182) 00-00-05"), "university", "academic_mobility"),
    # The Agency's survey with its figures, reported as news: another body's survey, not the institution's results.
    ("agency-survey-news-ru", excerpt(f"{U}/ru/news/agentstvo-issledovanie",
        "Агентство опубликовало результаты социологического исследования\nГлавная / Новости\n10.11.2026\n"
        "Агентство по противодействию коррупции опубликовало итоги ежегодного исследования за 2026 год.\n"
        "С коррупцией в высшем образовании сталкивались 11,2% опрошенных (в 2025 году — 13,5%).\n"
        "Доверие к антикоррупционной политике выразили 66,0% опрошенных."), "university", "survey_results"),
    # A vendor's price list for text checks ("проверок в год", "нам доверяют"): the seller's page.
    ("vendor-price-list-ru", excerpt("https://example-textcheck.kz/ru/ceny",
        "Цены для организаций образования\nГлавная | Возможности | Цены | Контакты\n"
        "Система проверки текстов на заимствования\nСтарт — до 3 000 проверок в год\n"
        "Университет — до 30 000 проверок в год\nНам доверяют более 50 колледжей и вузов."), "university", "antiplagiarism"),
    # A site's search results under the visitor's query, and a tag's page: teasers of other pages, each judged on its own.
    ("search-results-ru", excerpt(f"{U}/ru/search?q=положение+о+стипендиях",
        "Результаты поиска: «положение о стипендиях»\nГлавная | Университет | Студентам\nНайдено: 4\n"
        "Положение о назначении стипендий обучающимся — 02.09.2026\n...порядок назначения государственных стипендий...\n"
        "Итоги конкурса на именные стипендии — 15.10.2026"), "university", "scholarship_info"),
    ("tag-page-kk", excerpt(f"{U}/kk/tag/syb-jemqor",
        "#сыбайлас жемқорлық\nБасты бет / Тегтер / сыбайлас жемқорлық\n"
        "Сыбайлас жемқорлыққа қарсы іс-қимыл жоспары бекітілді – 20.01.2026\n"
        "Сенім телефоны туралы еске саламыз – 03.02.2026"), "university", "anticorruption_plan"),
    ("tag-page-by-url-ru", excerpt(f"{U}/ru/tags/antikorruptsiya",
        "Антикоррупция\nАнтикоррупционная политика университета обновлена — 11.03.2026\n"
        "Семинар для кураторов — 20.03.2026"), "university", "anticorruption_policy"),
    # A vendor's offer posted among partners' announcements: its licence price, its commercial offer, its distributor.
    ("vendor-offer-licence-ru", excerpt(f"{U}/ru/partners/obyavlenie-sistema-proverki",
        "Система проверки работ на заимствования для вузов\nГлавная / Объявления\n"
        "Компания предлагает вузам систему поиска заимствований на трёх языках.\n"
        "Стоимость лицензии на год зависит от числа пользователей.\n"
        "Коммерческое предложение можно запросить у официального дистрибьютора."), "university", "antiplagiarism"),
    # Another university's competition, reposted as a partner's news.
    ("partner-news-vacancy-ru", excerpt(f"{U}/ru/novosti-partnerov/konkurs",
        "Университет-сосед объявляет конкурс на замещение вакантных должностей ППС — новости партнёров\n"
        "Главная / Новости партнёров\n02.11.2026\nНаш партнёр объявляет конкурс на должности доцентов и профессоров.\n"
        "Документы принимает отдел кадров партнёра в течение 30 дней."), "university", "vacancy_announcements"),
    # A company's paid course on the subject, posted among partners' offers: its modules name what it teaches about.
    ("vendor-course-modules-ru", excerpt(f"{U}/ru/partnery/kurs-komplaens",
        "Курс «Комплаенс в вузе» — Университет Примера\nГлавная / Партнёры / Предложения партнёров\n"
        "Учебный центр приглашает на онлайн-курс для сотрудников вузов.\nПрограмма курса:\n"
        "Модуль 1. Антикоррупционная политика организации\nМодуль 2. Конфликт интересов и подарки\n"
        "Стоимость: 60 000 тенге.\nЗаписаться на курс: example-training.kz"), "university", "anticorruption_policy"),
    # A dissertation council's report on a year's work, and a list of councils at other organisations: not its regulation.
    ("diss-council-report-ru", excerpt(f"{U}/ru/nauka/dissovet/otchet-2025",
        "Отчёт о работе диссертационного совета за 2025 год\nГлавная / Наука / Диссертационный совет\n"
        "Проведено заседаний — 8\nЗащищено диссертаций — 5\nОтрицательных решений — 0"), "university",
     "dissertation_council_regulation"),
    ("diss-council-list-ru", excerpt(f"{U}/ru/doktorantura/perechen-sovetov",
        "Перечень диссертационных советов на 2026 год\nГлавная / Докторантура / Полезная информация\n"
        "Направление | Организация | Город\n8D011 — Педагогика | Университет-сосед | Семей\n"
        "Положения о советах размещены на сайтах этих организаций."), "university", "dissertation_council_regulation"),
    ("diss-council-of-partners-ru", excerpt(f"{U}/ru/doktorantura/zashchita-u-partnerov",
        "Защита в диссертационных советах вузов-партнёров\nГлавная / Докторантура\n"
        "Докторанты защищаются в советах вузов-партнёров по договору.\nДиссертационный совет при Университете-соседе\n"
        "Председатель — Иванова А. А., профессор"), "university", "dissertation_council_regulation"),
    # A doctoral thesis's abstract whose subject is anti-plagiarism systems: a piece of research, not the institution's rules.
    ("dissertation-abstract-ru", excerpt(f"{U}/ru/doktorantura/zashchity/annotatsiya",
        "Аннотация диссертации Петровой А. А.\nГлавная / Докторантура / Защиты\n"
        "диссертации на тему «Системы проверки заимствований в вузах», представленной на соискание степени доктора философии (PhD)\n"
        "Цель исследования — обосновать модель применения систем «Антиплагиат» для формирования академической честности.\n"
        "Результаты опубликованы в 7 научных трудах."), "university", "antiplagiarism"),
    # The national rules for awarding degrees, reposted with a department's comments.
    ("national-degree-rules-commented-ru", excerpt(f"{U}/ru/nauka/doktorantura/normativnaya-baza/pravila-prisuzhdeniya",
        "Правила присуждения степеней (приказ уполномоченного органа) — с комментариями\n"
        "Главная / Наука / Докторантура / Нормативная база\n"
        "1. Настоящие Правила определяют порядок присуждения степеней доктора философии (PhD).\n"
        "Комментарий: докторанты университета руководствуются Правилами при подготовке к защите."),
     "university", "phd_regulation"),
    # A department's annual research report, and a partner university's rector's report attended: not the head's report.
    ("department-annual-report-en", excerpt(f"{U}/en/research/departments/finance/report-2025",
        "Department of Finance: Research Report 2025\nHome / Research / Departments / Finance\n"
        "Annual Research Report of the Department of Finance and Accounting for 2025\nHead of Department: Dr. A. Example\n"
        "Articles in Scopus journals | 6 | 8"), "university", "head_annual_report"),
    ("partner-rectors-report-news-ru", excerpt(f"{U}/ru/news/otchet-rektora-partnera",
        "Делегация приняла участие в отчётной встрече ректора университета-партнёра\nГлавная / Новости\n05.04.2026\n"
        "Проректор приняла участие в публичном отчёте ректора университета-партнёра о результатах деятельности за 2025 год."),
     "university", "head_annual_report"),
    # A ministry's model methodology of a survey, reposted: a national model, not the institution's own survey.
    ("model-survey-methodology-ru", excerpt(f"{U}/ru/quality/tipovaya-metodika",
        "Типовая методика анкетирования «Преподаватель глазами студентов»\nГлавная / Качество образования\n"
        "Типовая методика проведения анкетирования «Преподаватель глазами студентов» в организациях высшего образования\n"
        "Рекомендована Министерством науки и высшего образования (письмо от 14.05.2026)\n"
        "1.1. Методика определяет единые подходы к анкетированию."), "university", "teacher_evaluation_surveys"),
    # A benchmarking study of partner universities' codes: theirs, compared.
    ("benchmarking-partner-codes-en", excerpt(f"{U}/en/quality/benchmarking",
        "Benchmarking: codes of ethics of partner universities\nHome / Quality Assurance / Benchmarking\n"
        "University | Country | Document | Adopted\nExample Technical University | Latvia | Code of Academic Ethics | 2023\n"
        "Another University | Türkiye | Student Code of Honour | 2022"), "university", "student_ethics_code"),
    # A news post that ends with its way back to the list ("Read more news", "Все новости"): a report of a ceremony.
    ("news-post-back-link-en", excerpt(f"{U}/en/news/first-year-students-sign-the-code",
        "First-year students sign the Code of Ethics\nHome / Students\nSeptember 3, 2026\n"
        "More than 1,200 first-year students gathered in the main hall for the traditional ceremony.\n"
        "Representatives of each faculty symbolically signed the Student Code of Ethics.\nRead more news"),
     "university", "student_ethics_code"),
    ("news-post-back-link-ru", excerpt(f"{U}/ru/novosti/opyt-partnerov",
        "Опыт партнёров: антикоррупционная политика соседнего университета\nГлавная / Университет\n12.11.2026\n"
        "Делегация посетила соседний университет, коллеги представили свою политику.\nВсе новости"),
     "university", "anticorruption_policy"),
    # A law reposted, its articles lines of their own ("Статья 12. Урегулирование конфликта интересов").
    ("law-articles-ru", excerpt(f"{U}/ru/antikor/zakon-rk",
        "Закон РК «О противодействии коррупции»\nГлавная / Противодействие коррупции / Нормативные правовые акты\n"
        "Текст приводится в ознакомительных целях.\nГлава 1. Общие положения\n"
        "Статья 12. Урегулирование конфликта интересов\n1. Лица обязаны принимать меры по предотвращению конфликта интересов.\n"
        "Статья 16. Антикоррупционные стандарты\n1. Антикоррупционные стандарты устанавливаются в сферах."),
     "university", "conflict_of_interest_policy"),
    # The civil servants' ethics code, "Утверждён Указом Президента" (with ё): a national act, not a college's code.
    ("civil-servants-code-yo-ru", excerpt(f"{C}/ru/antikorruptsiya/eticheskiy-kodeks",
        "Этический кодекс государственных служащих РК\nКолледж Примера\nО колледже\nАбитуриенту\nСтуденту\nАнтикоррупция\n"
        "Контакты\nГлавная / Антикоррупция / Этический кодекс\n"
        "Этический кодекс государственных служащих Республики Казахстан\n(Правила служебной этики государственных служащих)\n"
        "Утверждён Указом Президента Республики Казахстан\n"
        "1. Общие положения\nНастоящий Этический кодекс устанавливает стандарты поведения."), "college", "student_ethics_code"),
    # A homepage's "Полезные ресурсы": the portals' names and addresses, not the institution's procurement.
    ("useful-resources-portal-ru", excerpt(f"{U}/ru/",
        "Главная — Университет Примера\nУниверситет Примера\nҚаз | Рус | Eng\n"
        "Университет | Поступающим | Обучающимся | Наука | Пресс-центр | Контакты\nИнженеры для региона\n"
        "Подготовительные курсы: запись открыта\nПодробнее\nНовости\n20.11.2026 Студенты прошли практику на месторождениях\n"
        "Подробнее\nВсе новости\nПолезные ресурсы\nВеб-портал государственных закупок — goszakup.gov.kz\n"
        "Электронное правительство — egov.kz\nКонтакты"), "university", "goszakup_procurement"),
    # Another college's code posted as an example for the working group ("опыт колледжей области"): not this college's own.
    ("other-colleges-code-example-ru", excerpt(f"{C}/ru/metodkabinet/kodeks-chesti-opyt",
        "Материалы для изучения: Кодекс чести педагогов (опыт колледжей области)\nКолледж Примера\n"
        "Методический кабинет / Материалы для изучения\nРазмещаем для ознакомления документ соседнего колледжа.\n"
        "КОДЕКС ЧЕСТИ ПЕДАГОГОВ СОСЕДНЕГО КОЛЛЕДЖА\n1. Общие положения\n1.1. Настоящий Кодекс устанавливает нормы этики педагогов."),
     "college", "staff_ethics_code"),
    # An analytical note on the internal analysis of corruption risks names artefacts as what is missing.
    ("risk-analysis-note-ru", pdf_text(f"{C}/ru/antikor/analiticheskaya-spravka.pdf",
        "АНАЛИТИЧЕСКАЯ СПРАВКА\nпо результатам внутреннего анализа коррупционных рисков за 2026 год\n"
        "3. Выявленные коррупционные риски:\n3.1. Протоколы конкурсной комиссии не размещаются на сайте колледжа.\n"
        "4. Рекомендации:\n4.1. Разместить протоколы конкурсной комиссии на сайте – до 01.12.2026.", "АНАЛИТИЧЕСКАЯ СПРАВКА"),
     "college", "competition_commission_minutes"),
    # A nationwide study's results reposted for information: not the institution's own survey.
    ("national-survey-results-ru", excerpt(f"{U}/ru/antikor/poleznaya-informatsiya/issledovanie",
        "Результаты республиканского социологического исследования в сфере образования\n"
        "Главная / Противодействие коррупции / Полезная информация\n"
        "Исследование проведено в 2025 году во всех регионах страны, опрошено 8 000 респондентов.\n"
        "65% студентов считают, что цифровые сервисы снизили риски.\n22% родителей сталкивались с поборами."),
     "university", "survey_results"),
    # A menu's "Пресс-центр" over its "Контакты", read as the page's first lines: no contact centre.
    ("menu-press-centre-contacts-ru", excerpt(f"{U}/ru/universitet/popechitelskiy-sovet",
        "Попечительский совет — Университет Примера\nУниверситет Примера\nУниверситет\nНаука\nПресс-центр\nКонтакты\n"
        "Главная / Университет / Попечительский совет\nПопечительский совет создан для содействия развитию университета.\n"
        "Приёмная ректора: +7 (727) 390-21-00"), "university", "hotline"),
    # A procurement's tender commission is no hiring commission.
    ("procurement-commission-minutes-ru", excerpt(f"{C}/ru/zakupki/protokol-2",
        "Протокол заседания конкурсной комиссии по государственным закупкам услуг питания\nГлавная / Закупки\n"
        "Дата: 19.08.2026\nПоступило 3 заявки поставщиков.\nПобедителем признано ТОО «Пример», сумма договора 12 400 000 тенге."),
     "college", "competition_commission_minutes"),
]


@pytest.mark.parametrize("case_id,doc,itype,aid", NOT_FOUND_WRITTEN, ids=[c[0] for c in NOT_FOUND_WRITTEN])
def test_reports_others_documents_and_neighbours_are_not_found(detector: Detector, case_id: str, doc: Document,
                                                              itype: str, aid: str) -> None:
    assert verdicts(detector, doc, itype).get(aid, 0) < 0.5, case_id


def test_an_overview_page_names_things_in_passing(detector: Detector) -> None:
    # An "About" page whose title names none of them: each thing its sentences name once is a passing mention.
    about = excerpt(f"{U}/ru/universitet/o-nas",
                    "Об университете\nГлавная / Университет / Об университете\n"
                    "Университет основан в 1994 году и сегодня готовит специалистов по 96 образовательным программам.\n"
                    "В университете 6 факультетов и 31 кафедра, обучаются более 9 000 студентов, магистрантов и докторантов.\n"
                    "Ректор ежегодно выступает с публичным отчётом о результатах работы университета.\n"
                    "В рамках академической мобильности в 2026 году 140 студентов обучались в университетах Польши и Турции.\n"
                    "Университет сотрудничает с 80 зарубежными вузами и 300 предприятиями региона.")
    found = verdicts(detector, about)
    assert found.get("head_annual_report", 0) < 0.5 and found.get("academic_mobility", 0) < 0.5
    # The same sentence on a page that speaks of nothing else is evidence as before.
    alone = excerpt(f"{U}/ru/page/215",
                    "Итоги весеннего семестра\n"
                    "В рамках академической мобильности в 2026 году 140 студентов обучались в университетах Польши и Турции.\n"
                    "Университет благодарит партнёров за сотрудничество.")
    assert verdicts(detector, alone).get("academic_mobility", 0) >= 0.5


def test_a_lists_column_headings_name_no_document(detector: Detector) -> None:
    # "№ | ФИО | ... | Вид стипендии" heads the columns of a list of people; with the breadcrumb's section it made the
    # candidates' list also the scholarship rules' page.
    doc = excerpt(f"{U}/ru/studentam/stipendiya/pretendenty-2026",
                  "Претенденты на назначение государственной стипендии (осенний семестр 2026-2027 учебного года)\n"
                  "Главная / Студентам / Стипендия\n"
                  "Стипендиальная комиссия университета сформировала список претендентов по итогам летней сессии.\n"
                  "№ | ФИО | Образовательная программа | Курс | GPA | Вид стипендии\n"
                  "1 | Сапарова А. К. | Информатика | 2 | 3,71 | государственная\n"
                  "2 | Омаров Д. Е. | Экономика | 3 | 3,54 | государственная")
    found = verdicts(detector, doc)
    assert found.get("scholarship_candidates", 0) >= 0.5
    assert found.get("scholarship_info", 0) < 0.5


def test_a_line_naming_the_composition_with_its_period_dates_it_under_an_undated_title(detector: Detector) -> None:
    doc = excerpt(f"{U}/ru/universitet/antikorrupcionnaya-komissiya",
                  "Антикоррупционная комиссия\n"
                  "Комиссия является постоянно действующим консультативным органом университета.\n"
                  "Состав антикоррупционной комиссии на 2025-2026 учебный год\n"
                  "№ | Ф.И.О. | Должность | Роль\n"
                  "1 | Садыкова А. М. | Проректор | Председатель\n2 | Ким О. В. | Юрист | Секретарь")
    composition = [e for e in detector.detect(doc, "university", AS_OF)
                   if e.artefact_id == "anticorruption_commission_composition"]
    assert composition and composition[0].stale and composition[0].period == "2025-2026"


def test_a_line_linking_another_document_is_not_dated_by_the_pages_own(detector: Detector) -> None:
    # The scholarship rules' page gives the amounts "from 1 January 2026" (the 2025-2026 academic year); the candidates'
    # list it links says nothing of its period.
    doc = excerpt(f"{U}/kk/studentterge/stipendiya",
                  "Стипендия\nМемлекеттік стипендия тағайындау тәртібі\n"
                  "Мемлекеттік стипендия емтихандарды «өте жақсы» және «жақсы» бағаларымен тапсырған білім алушыларға "
                  "тағайындалады.\nСтипендия мөлшері (2026 жылғы 1 қаңтардан бастап)\nСанат | Айына, теңге\n"
                  "Бакалавриат | 43 210\nМагистратура | 94 230\n"
                  "Стипендияға үміткерлер тізімі — Толығырақ")
    candidates = [e for e in detector.detect(doc, "university", AS_OF) if e.artefact_id == "scholarship_candidates"]
    assert candidates and not candidates[0].stale


def test_listed_minutes_are_dated_by_their_own_lines_not_by_the_pages_other_documents(detector: Detector) -> None:
    doc = excerpt(f"{U}/ru/antikorrupciya/komissiya",
                  "Антикоррупционная комиссия\nКомиссия является постоянно действующим консультативным органом "
                  "университета, созданным для выработки мер по предупреждению коррупционных правонарушений.\n"
                  "Документы комиссии:\n"
                  "Положение об антикоррупционной комиссии (утверждено решением Правления от 15.03.2026)\n"
                  "Состав антикоррупционной комиссии на 2026-2027 учебный год (приказ от 01.09.2026)\n"
                  "Протоколы заседаний:\nПротокол № 2 от 20.10.2025 – PDF\nПротокол № 1 от 14.05.2025 – PDF")
    minutes = [e for e in detector.detect(doc, "university", AS_OF) if e.artefact_id == "anticorruption_commission_reports"]
    assert minutes and minutes[0].stale


def test_an_english_competition_for_vacant_posts_is_a_vacancy_announcement(detector: Detector) -> None:
    doc = excerpt(f"{C}/en/college/vacancies/2026-10",
                  "Announcement of competition on vacant posts\nPublished: 12.10.2026\n"
                  "The college announces the competition for occupation of vacant posts:\nPost | Quantity | Salary\n"
                  "Teacher of special disciplines | 1 | from 210 000 tenge\nMaster of industrial training | 1 | from 195 000 tenge\n"
                  "Documents are accepted within 10 calendar days from the date of publication.")
    assert verdicts(detector, doc, "college").get("vacancy_announcements", 0) >= 0.5


def test_a_kazakh_news_portals_byline_makes_its_article_the_portals(detector: Detector) -> None:
    doc = excerpt("https://example-aqparat.kz/kk/bilim/rektor-esep",
                  "Университет ректоры жұртшылық алдында есеп берді\nОблыстық жаңалықтар порталы\n"
                  "Білім | 02.10.2026 | Автор: А. Сәрсенова\n"
                  "Университет ректоры 2025-2026 оқу жылының қорытындысы бойынша жұртшылық алдында есеп берді.\n"
                  "Жиынға ата-аналар мен студенттер қатысты.")
    assert verdicts(detector, doc).get("head_annual_report", 0) < 0.5


def test_who_attended_and_signed_minutes_names_no_composition(detector: Detector) -> None:
    # The minutes' title block names the board ("заседания Попечительского совета ..."), the attendance line its members,
    # the signature its chair: the page is the minutes, not the board's composition.
    doc = excerpt(f"{C}/ru/o-kolledzhe/popechitelskiy-sovet/protokol-2",
                  "Протокол заседания Попечительского совета № 2 от 18.05.2026\n"
                  "Главная / О колледже / Попечительский совет / Протоколы\nПРОТОКОЛ № 2\n"
                  "заседания Попечительского совета КГКП «Колледж сервиса»\nг. Семей | 18 мая 2026 года\n"
                  "Председатель: Ахметов Р. С., директор ТОО «Семей Тоқыма»\n"
                  "Секретарь: Жунусова Д. К., заместитель директора по воспитательной работе\n"
                  "Присутствовали: 7 из 9 членов Попечительского совета; приглашённые – директор колледжа.\n"
                  "Повестка дня:\n1. Об итогах учебного года.\n2. О подготовке общежития к зиме.\n"
                  "Слушали: директора колледжа. Постановили: информацию принять к сведению.\n"
                  "Председатель Попечительского совета ______ Р. С. Ахметов\nСекретарь ______ Д. К. Жунусова")
    found = verdicts(detector, doc, "college")
    assert found.get("board_of_trustees_minutes", 0) >= 0.5
    assert found.get("board_of_trustees_composition", 0) < 0.5


def test_a_dormitorys_check_in_help_line_is_no_trust_line(detector: Detector) -> None:
    doc = excerpt(f"{U}/ru/studentam/obshchezhitie/onlain-zaselenie",
                  "Онлайн-заселение в общежитие\nЗаявка на место в общежитии подаётся в личном кабинете студента.\n"
                  "Результаты распределения мест публикуются в личном кабинете до 25 августа.\n"
                  "Телефон горячей линии по заселению: +7 (7292) 50-12-34")
    found = verdicts(detector, doc)
    assert found.get("dormitory_online_registration", 0) >= 0.5 and found.get("hotline", 0) < 0.5


def test_the_rules_of_checking_works_for_borrowings_are_no_thesis_regulation(detector: Detector) -> None:
    doc = excerpt(f"{U}/ru/nauka/dokumenty",
                  "Научная деятельность: документы\nНормативные документы по научной работе университета:\n"
                  "Положение о магистерской диссертации.pdf\n"
                  "Правила проверки научных и выпускных работ на заимствования (Антиплагиат).pdf\n"
                  "Положение о докторантуре PhD.pdf")
    found = verdicts(detector, doc)
    assert found.get("antiplagiarism", 0) >= 0.5 and found.get("thesis_regulation", 0) < 0.5


def test_a_plans_measures_do_not_date_it_past_its_own_title_line(detector: Detector) -> None:
    # The page's title names no year; its own title line says 2025-2026; a measure due in June 2026 is not its period.
    doc = excerpt(f"{U}/ru/antikorrupciya/plan",
                  "План работы по противодействию коррупции\nУниверситет / Антикоррупционная политика / План работы\n"
                  "ПЛАН мероприятий по противодействию коррупции на 2025-2026 учебный год\n"
                  "Рассмотрен на заседании Ученого совета, протокол № 1 от 29.08.2025\n"
                  "№ п/п | Наименование мероприятия | Сроки | Ответственные\n"
                  "1 | Ознакомление работников с Кодексом чести | сентябрь 2025 | Управление персоналом\n"
                  "2 | Онлайн-опрос студентов | март 2026 | Отдел качества\n"
                  "3 | Отчет о выполнении плана | июнь 2026 | Комплаенс-офицер")
    plan = [e for e in detector.detect(doc, "university", AS_OF) if e.artefact_id == "anticorruption_plan"]
    assert plan and plan[0].stale and plan[0].period == "2025-2026"


def test_minutes_are_dated_by_the_place_and_date_line_under_their_title_block(detector: Detector) -> None:
    doc = excerpt(f"{U}/ru/antikorrupciya/komissiya/protokol-4",
                  "Протокол № 4 заседания антикоррупционной комиссии\n"
                  "Главная / Противодействие коррупции / Антикоррупционная комиссия / Протоколы\n"
                  "Университет «Example»\nПРОТОКОЛ № 4\nзаседания антикоррупционной комиссии\n"
                  "г. Алматы, 12 ноября 2025 года\n"
                  "Присутствовали: председатель комиссии Садыков Д. М., члены комиссии, секретарь Омарова М. Т.\n"
                  "Повестка дня:\n1. О рассмотрении обращения студента.\nРешили: информацию принять к сведению.")
    minutes = [e for e in detector.detect(doc, "university", AS_OF) if e.artefact_id == "anticorruption_commission_reports"]
    assert minutes and minutes[0].stale


def test_a_long_title_over_a_list_of_people_names_the_list(detector: Detector) -> None:
    # The scholarship rules' page, and below them the candidates' list under its own long title.
    doc = excerpt(f"{U}/en/students/scholarships",
                  "Scholarships\nAward of state scholarships\n"
                  "State scholarships are awarded to full-time students studying under the state educational order who "
                  "passed the session with grades of good and excellent.\n"
                  "The scholarship commission includes the dean, the registrar and a student representative.\n"
                  "Candidates for the Presidential scholarship and named scholarships, 2026-2027 academic year\n"
                  "No. | Full name | Programme | Course | GPA\n1 | Abenova Aruzhan | Mathematics | 4 | 4.00\n"
                  "2 | Serikov Nurlan | Automation and Control | 3 | 3.94")
    found = verdicts(detector, doc)
    assert found.get("scholarship_info", 0) >= 0.5 and found.get("scholarship_candidates", 0) >= 0.5


def test_a_news_post_titled_by_the_plan_it_carries_is_its_evidence(detector: Detector) -> None:
    doc = excerpt(f"{C}/kk/zhanalyqtar/2026/09/15/sanaly-urpaq-zhospar",
                  "«Саналы ұрпақ» клубының 2026-2027 оқу жылына арналған жұмыс жоспары\nБасты бет / Жаңалықтар\n15.09.2026\n"
                  "Клубтың 2026-2027 оқу жылына арналған жұмыс жоспары бекітілді. Жоспармен төменде таныса аласыздар.\n"
                  "№ | Іс-шара | Мерзімі | Жауапты\n1 | Клуб мүшелерінің жалпы жиналысы | Қыркүйек 2026 | Клуб жетекшісі\n"
                  "2 | «Адал болу – абырой» кездесуі | Қазан 2026 | Клуб мүшелері\n"
                  "3 | Сыбайлас жемқорлыққа қарсы флешмоб | Желтоқсан 2026 | Клуб төрағасы")
    found = [e for e in detector.detect(doc, "college", AS_OF) if e.artefact_id == "sanaly_urpaq_club"]
    assert found and found[0].confidence >= 0.5 and not found[0].stale


def test_a_phrase_running_from_a_listed_title_into_its_approval_note_names_nothing(detector: Detector) -> None:
    # "Board of Trustees" in the title and "Minutes No. 1" in its approval note are no board minutes.
    doc = excerpt(f"{C}/en/college/board-of-trustees",
                  "Board of Trustees\nThe Board of Trustees of the college works under its regulation.\nDocuments\n"
                  "Regulation on the Board of Trustees (approved by the Pedagogical Council, Minutes No. 1 of 27 August "
                  "2026) – PDF\nComposition of the Board of Trustees for 2026-2027")
    found = verdicts(detector, doc, "college")
    assert found.get("board_of_trustees_regulation", 0) >= 0.5
    assert found.get("board_of_trustees_minutes", 0) < 0.5


def test_minutes_are_dated_by_their_meeting_not_by_a_deadline_their_decisions_set(detector: Detector) -> None:
    doc = excerpt(f"{C}/en/board-of-trustees/protocol-1",
                  "Protocol No. 1 of the meeting of the Board of trustees\nMain / Board of trustees / Protocols\n"
                  "PROTOCOL No. 1\nof the meeting of the Board of trustees of the college\nTaraz, November 18, 2025\n"
                  "Were present: 7 members of the Board of trustees out of 9. Quorum is present.\n"
                  "Agenda: 1. On the dormitory repairs.\n"
                  "Decided: to submit the repair estimate to the education department till February 1, 2026.")
    minutes = [e for e in detector.detect(doc, "college", AS_OF) if e.artefact_id == "board_of_trustees_minutes"]
    assert minutes and minutes[0].stale


def test_a_course_catalogue_teaches_about_anti_corruption_it_holds_no_policy(detector: Detector) -> None:
    doc = excerpt(f"{U}/en/academics/courses/integrity-in-public-service",
                  "Course Catalogue: Integrity in Public Service (PUB 3310)\nHome / Academics / Course Catalogue\n"
                  "Course code: PUB 3310 | Credits: 6 ECTS | Semester: spring\n"
                  "Prerequisites: Public Law (LAW 2101)\n"
                  "The course examines the anti-corruption policy of Kazakhstan, codes of ethics for civil servants and "
                  "students, the regulation of gifts and the conflict of interest policy of public bodies.\n"
                  "Week 4 – Codes of ethics\nWeek 6 – Conflict of interest and gifts\nWeek 9 – Hotlines and whistleblowing")
    found = verdicts(detector, doc)
    assert not {aid for aid, confidence in found.items() if confidence >= 0.5}, found
    # A university's own policy with the same words is still found.
    own = excerpt(f"{U}/en/anti-corruption/policy",
                  "Anti-Corruption Policy of the University\nApproved by the Board of Directors, minutes No. 4 of 12 March 2026\n"
                  "1. General provisions\n1.1. This Policy sets out the principles of preventing corruption at the University.")
    assert verdicts(detector, own).get("anticorruption_policy", 0) >= 0.5


def test_a_vendors_product_page_is_no_institutions_e_journal(detector: Detector) -> None:
    doc = excerpt("https://example-bilimsoft.kz/ru/products/journal",
                  "Модуль «Электронный журнал» для колледжей\nПродукты / Электронный журнал\n"
                  "Модуль ведёт учёт посещаемости и успеваемости обучающихся, выставляет оценки и формирует ведомости.\n"
                  "Отзывы клиентов\n«Родители видят пропуски в тот же день», – заместитель директора колледжа.\n"
                  "Стоимость рассчитывается индивидуально. Заказать демонстрацию | Скачать презентацию (PDF)")
    assert verdicts(detector, doc, "college").get("e_journal", 0) < 0.5


def test_advice_on_writing_a_cover_letter_is_no_vacancy_announcement(detector: Detector) -> None:
    doc = excerpt(f"{U}/en/career-centre/academic-jobs",
                  "Applying for academic jobs: a CV and a cover letter\nHome / Career Centre / Guides\n"
                  "Vacancies for teaching staff are announced on the websites of universities. Read each announcement "
                  "carefully and prepare a CV that lists your degrees, publications and teaching experience.\n"
                  "Your cover letter should say why you apply for this vacancy and what you will teach.")
    assert verdicts(detector, doc).get("vacancy_announcements", 0) < 0.5


def test_news_that_the_ministry_published_its_vacant_grants_is_no_candidates_list(detector: Detector) -> None:
    doc = excerpt("https://example-edu-zhanalyq.kz/ru/news/2026/02/03/granty",
                  "Минобрнауки опубликовало перечень вакантных грантов для перевода\nГлавная / Новости / Образование\n"
                  "3 февраля 2026 | Редакция\n"
                  "Министерство науки и высшего образования разместило перечень вакантных образовательных грантов, "
                  "освободившихся в вузах страны по итогам зимней сессии.\n"
                  "Конкурс на вакантные гранты вузы проводят сами; списки претендентов публикуются на их сайтах.")
    assert verdicts(detector, doc).get("grant_transfer_candidates", 0) < 0.5


def test_an_admission_page_with_its_online_application_offers_no_online_dormitory_place(detector: Detector) -> None:
    doc = excerpt(f"{U}/ru/applicants/admission",
                  "Приёмная комиссия\nГлавная / Абитуриентам / Приёмная комиссия\n"
                  "Приёмная комиссия работает с 20 июня по 25 августа, с 9:00 до 18:00.\n"
                  "Необходимые документы:\n– заявление (в приёмной комиссии или онлайн через egov.kz);\n"
                  "– документ об образовании;\n– сертификат ЕНТ.\n"
                  "Иногородним студентам предоставляются места в общежитии.")
    assert verdicts(detector, doc).get("dormitory_online_registration", 0) < 0.5


def test_a_foreign_partners_page_about_students_from_kazakhstan_is_its_own_mobility(detector: Detector) -> None:
    doc = excerpt("https://example-polytech.ee/en/international/incoming/news-2026",
                  "Exchange students from Kazakhstan start their semester\nHome / International / News\n"
                  "Twelve students from our partner universities arrived for the autumn semester under Erasmus+ "
                  "International Credit Mobility. They will study engineering and business for one semester.")
    assert verdicts(detector, doc).get("academic_mobility", 0) < 0.5
    # A university's own page about its students going abroad stays its mobility information.
    own = excerpt(f"{U}/en/international/mobility",
                  "Academic mobility\nHome / International / Academic mobility\n"
                  "Our students spend a semester at partner universities in Poland, Latvia and Turkey. The call for the "
                  "spring semester of 2027 is open until 1 December 2026.")
    assert verdicts(detector, own).get("academic_mobility", 0) >= 0.5


def test_a_ministrys_report_on_the_vacant_grants_it_awarded_is_national_news(detector: Detector) -> None:
    doc = excerpt("https://edu-ministry-example.kz/ru/press/news/vakantnye-granty-itogi",
                  "Об итогах конкурса на присуждение вакантных образовательных грантов\nГлавная / Пресс-центр / Новости\n"
                  "20 августа 2026, 11:15\n"
                  "Министерство науки и высшего образования Республики Казахстан сообщает об итогах конкурса на "
                  "присуждение вакантных "
                  "образовательных грантов, высвободившихся в процессе получения высшего образования.\n"
                  "Всего присуждено 2 140 грантов.\nПресс-служба МНВО РК")
    assert verdicts(detector, doc).get("grant_transfer_candidates", 0) < 0.5


def test_the_unit_that_checks_works_for_borrowings_is_no_student_code(detector: Detector) -> None:
    doc = excerpt(f"{U}/kk/library/antiplagiat",
                  "Жұмыстарды плагиатқа тексеру\nБасты бет / Кітапхана / Антиплагиат\n"
                  "Университет «Антиплагиат» жүйесімен жұмыс істейді.\nАкадемиялық адалдық секторы\n"
                  "Дипломдық жұмыстарды тексеруді Академиялық адалдық секторы жүргізеді.\n"
                  "Магистранттар – жеке өзі академиялық адалдық секторы арқылы немесе электрондық пошта арқылы.\n"
                  "Докторанттар – академиялық адалдық секторы арқылы.")
    found = verdicts(detector, doc)
    assert found.get("antiplagiarism", 0) >= 0.5 and found.get("student_ethics_code", 0) < 0.5, found


def test_a_schools_site_by_its_numbered_host_is_another_organisations(detector: Detector) -> None:
    doc = excerpt("https://sch21-example.edu.kz/kk/mektep/sybaylas-zhemqorlyq",
                  "Сыбайлас жемқорлыққа қарсы іс-қимыл жоспары\nБасты бет / Сыбайлас жемқорлыққа қарсы іс-қимыл\n"
                  "2026-2027 оқу жылына арналған жоспар\n№ | Іс-шара | Мерзімі | Жауапты\n"
                  "1 | Ата-аналармен кездесу | Қазан 2026 | Директордың орынбасары")
    assert verdicts(detector, doc, "college").get("anticorruption_plan", 0) < 0.5


def test_a_text_under_the_annex_line_of_a_ministers_order_is_a_national_act(detector: Detector) -> None:
    doc = excerpt(f"{C}/kk/normativtik-qujattar/pedagog-adep",
                  "Педагогтің әдеп кодексі\nБасты бет / Колледж туралы / Нормативтік құжаттар\n«Жетісу политехникалық колледжі» МКҚК\n"
                  "Назар аударыңыз: төменде министрліктің бұйрығымен бекітілген кодекс мәтіні берілген.\n"
                  "Қазақстан Республикасы Оқу-ағарту министрінің 2024 жылғы 12 наурыздағы № 60 бұйрығына қосымша\n"
                  "ПЕДАГОГТІҢ ӘДЕП КОДЕКСІ\n1-тарау. Жалпы ережелер\n"
                  "1. Осы Педагогтің әдеп кодексі (бұдан әрі – Кодекс) педагогтердің кәсіби әдебінің негізгі қағидаттарын "
                  "белгілейді.\n2. Кодекстің мақсаты – педагогтің беделін нығайту.")
    assert verdicts(detector, doc, "college").get("staff_ethics_code", 0) < 0.5


def test_a_see_also_row_names_other_pages_and_dates_nothing_here(detector: Detector) -> None:
    doc = excerpt(f"{U}/ru/university/zakupki/plan",
                  "Государственные закупки университета\nГлавная / Университет / Закупки\n"
                  "Объявления университета о закупках размещаются на веб-портале государственных закупок goszakup.gov.kz.\n"
                  "Дата | № объявления | Предмет закупки | Статус\n"
                  "10.11.2026 | 16250001-1 | Поставка учебной мебели | Прием заявок\n"
                  "Смотрите также: План закупок | Итоги закупок | Архив 2025 года")
    doc.links.append(Link(url="https://goszakup.gov.kz/ru/search/announce", text="goszakup.gov.kz"))
    found = [e for e in detector.detect(doc, "university", AS_OF) if e.artefact_id == "goszakup_procurement"]
    assert found and found[0].confidence >= 0.5 and not found[0].stale, found


def test_an_application_for_comprehensive_testing_is_no_dormitory_application(detector: Detector) -> None:
    doc = excerpt(f"{U}/kk/magistratura/qabyldau",
                  "Магистратураға қабылдау 2026\nБасты бет / Талапкерлерге / Магистратура\n"
                  "Кешенді тестілеуге өтініш қабылдау: 2026 жылғы 10 маусым – 5 шілде, онлайн testcenter.kz сайтында.\n"
                  "Оқу гранттары конкурс негізінде беріледі.\nҚала сыртынан келген магистранттарға жатақхана беріледі.")
    assert verdicts(detector, doc).get("dormitory_online_registration", 0) < 0.5


def test_a_scholarships_amount_in_tenge_is_no_vendors_price(detector: Detector) -> None:
    # ("... 52 000 тенге. Обучающимся ... года": a price per student a year only where the words stand together.)
    doc = excerpt(f"{U}/ru/students/scholarships",
                  "Стипендии\nГлавная / Студентам / Стипендии\n"
                  "Размер государственной стипендии с 1 сентября 2026 года — 52 000 тенге. Обучающимся на «отлично» "
                  "стипендия увеличивается на 15% до конца учебного года.\n"
                  "Претенденты на именные стипендии на I семестр 2026–2027 учебного года\n"
                  "№ | ФИО | Курс | GPA\n1 | Иманова Алия | 3 | 3,95\n2 | Серіков Дәулет | 2 | 3,90")
    found = [e for e in detector.detect(doc, "university", AS_OF) if e.artefact_id == "scholarship_candidates"]
    assert found and found[0].confidence >= 0.5 and not found[0].genre, found


def test_where_a_boards_member_works_in_a_table_row_says_nothing_of_whose_page_it_is(detector: Detector) -> None:
    doc = excerpt(f"{C}/kk/college/qamqorshylar-kenesi",
                  "Қамқоршылар кеңесі\nБасты бет / Колледж туралы / Қамқоршылар кеңесі\n"
                  "Қамқоршылар кеңесі туралы ереже\nКолледж директорының 2026 жылғы 28 тамыздағы № 150 бұйрығымен бекітілген\n"
                  "1. Жалпы ережелер\n1.1. Қамқоршылар кеңесі колледждің даму мәселелері бойынша алқалы орган болып табылады.\n"
                  "Кеңестің 2026-2027 оқу жылына арналған құрамы\n№ | Аты-жөні | Жұмыс орны | Кеңестегі міндеті\n"
                  "1 | Жұмабаев Серік Болатұлы | «Каспий құрылыс» ЖШС директоры | төраға\n"
                  "2 | Оразова Гүлнар Әмірқызы | Ақтау қаласы әкімдігінің білім бөлімі, бас маман | мүшесі")
    found = verdicts(detector, doc, "college")
    assert found.get("board_of_trustees_regulation", 0) >= 0.5 and found.get("board_of_trustees_composition", 0) >= 0.5, found


def test_the_board_of_trustees_annual_report_is_no_heads_report(detector: Detector) -> None:
    doc = excerpt(f"{C}/en/about/board-of-trustees",
                  "Board of Trustees\nHome / About / Governance / Board of Trustees\nDocuments\n"
                  "Regulation on the Board of Trustees (PDF, 210 KB)\n"
                  "Annual report of the Board of Trustees to parents and the public, 2025-2026 (PDF, 1.1 MB)")
    found = verdicts(detector, doc, "college")
    assert found.get("board_of_trustees_regulation", 0) >= 0.5 and found.get("head_annual_report", 0) < 0.5, found
    # The director's report to the public stays the head's.
    own = excerpt(f"{C}/en/about/director/report",
                  "Director's public report for 2025-2026\nHome / About / Director\n"
                  "Annual public report of the college director to parents and the public, 2025-2026 (PDF, 2.3 MB)")
    assert verdicts(detector, own, "college").get("head_annual_report", 0) >= 0.5


def test_a_file_listed_by_its_title_above_an_excerpt_of_minutes_is_the_pages_document(detector: Detector) -> None:
    doc = excerpt(f"{C}/ru/o-kolledzhe/popechitelskiy-sovet",
                  "Попечительский совет\nГлавная / О колледже / Попечительский совет\n"
                  "Попечительский совет колледжа содействует развитию колледжа. Совет действует на основании Положения о "
                  "Попечительском совете, утверждённого приказом директора колледжа.\nДокументы\n"
                  "Положение о Попечительском совете колледжа (утверждено приказом № 214 от 29.08.2024) (PDF, 188 КБ)\n"
                  "Состав Попечительского совета на 2026–2027 учебный год (PDF, 92 КБ)\n"
                  "Протокол заседания Попечительского совета № 1 от 16.10.2026 (PDF, 245 КБ)\n"
                  "Из протокола заседания № 1 от 16.10.2026\nПрисутствовали: 7 членов совета из 7.\n"
                  "Повестка дня: 1. О подготовке мастерских.\nРешили: 1. Информацию директора принять к сведению.\n"
                  "Председатель совета С. Бекмуханов. Секретарь Ж. Токтарова.")
    assert verdicts(detector, doc, "college").get("board_of_trustees_regulation", 0) >= 0.5


def test_a_lists_title_block_dates_it_not_the_session_its_table_was_drawn_from(detector: Detector) -> None:
    doc = excerpt(f"{U}/ru/students/scholarships/candidates",
                  "Претенденты на стипендию\nГлавная / Студентам / Стипендии / Претенденты на стипендию\n"
                  "Университет «Астана-Тех»\n"
                  "Список обучающихся – претендентов на назначение государственной стипендии на I семестр 2026-2027 учебного года\n"
                  "№ | ФИО | ОП | Основание\n1 | Абдикаримов Нурсултан | Вычислительная техника | грант, 1 курс\n"
                  "Претенденты на повышенную стипендию (обучающиеся 2–4 курсов, по итогам весенней сессии 2025-2026 "
                  "учебного года)\n№ | ФИО | ОП | GPA\n1 | Сагинтаева Дана | Информационные системы | 3,95")
    found = [e for e in detector.detect(doc, "university", AS_OF) if e.artefact_id == "scholarship_candidates"]
    assert found and found[0].confidence >= 0.5 and not found[0].stale, found


def test_an_admission_page_naming_its_application_portal_and_the_dormitory_is_no_dormitory_service(detector: Detector) -> None:
    doc = excerpt(f"{U}/kk/talapkerlerge/bakalavriat",
                  "Қабылдау – 2026: бакалавриат\nБасты бет / Талапкерлерге / Бакалавриат\n"
                  "Құрметті талапкерлер! Университет 2026 жылы 40 білім беру бағдарламасы бойынша қабылдау жүргізеді.\n"
                  "Қажетті құжаттар:\n1) өтініш (университеттің қабылдау порталында онлайн толтырылады);\n"
                  "2) білімі туралы құжат;\n3) ҰБТ сертификаты.\n"
                  "Қала сыртынан келген бірінші курс студенттеріне жатақханадан орын беріледі.\nЖатақхана")
    assert verdicts(detector, doc).get("dormitory_online_registration", 0) < 0.5


def test_a_foreign_universitys_academic_domain_makes_its_policy_its_own(detector: Detector) -> None:
    doc = excerpt("https://westmoor-example.ac.uk/about/policies/anti-bribery",
                  "Anti-Bribery and Corruption Policy\nAbout us / Policies / Governance\n"
                  "1. Purpose\nThis policy sets out the University's zero tolerance of bribery and corruption.\n"
                  "2. Scope\nThe policy applies to all staff, students and contractors of the University.")
    assert verdicts(detector, doc).get("anticorruption_policy", 0) < 0.5
    own = excerpt(f"{U}/en/about/policies/anti-corruption", "Anti-Corruption Policy\nAbout us / Policies\n"
                  "1. Purpose\nThis policy sets out the University's zero tolerance of corruption.\n"
                  "2. Scope\nThe policy applies to all staff and students of the University.")
    assert verdicts(detector, own).get("anticorruption_policy", 0) >= 0.5


def test_advice_to_job_seekers_on_a_competition_for_a_post_is_no_vacancy_announcement(detector: Detector) -> None:
    doc = excerpt("https://example-kariera.kz/ru/articles/konkurs-vuz",
                  "Конкурс на вакантную должность в вузе: советы соискателю\nКарьера / Статьи / Советы соискателям\n"
                  "Вузы объявляют конкурс на замещение вакантных должностей профессорско-преподавательского состава "
                  "каждое лето. Подготовьте документы заранее: заявление, резюме, копии дипломов.\n"
                  "Следите за объявлениями на сайтах вузов и не пропускайте сроки приёма документов.")
    assert verdicts(detector, doc).get("vacancy_announcements", 0) < 0.5


def test_a_research_centres_topics_name_no_documents_of_the_university(detector: Detector) -> None:
    doc = excerpt(f"{U}/en/research/centres/integrity",
                  "Centre for Integrity Studies\nHome / Research / Research Centres\n"
                  "The Centre studies corruption risks in public administration and education.\nResearch areas\n"
                  "Anti-corruption standards in higher education\nConflict of interest regulation in the civil service\n"
                  "Public procurement transparency and open contracting\n"
                  "Contact: integrity.centre@uni.example.test")
    found = verdicts(detector, doc)
    assert not {aid for aid, confidence in found.items() if confidence >= 0.5}, found


def test_a_portals_byline_by_its_domain_and_a_herald_and_a_private_schools_host_are_other_organisations(
        detector: Detector) -> None:
    portal = excerpt("https://example-zhanalyq.kz/kk/bilim/2026/10/03/direktor-esep",
                     "Колледж директоры қоғам алдында есеп берді\nБасты бет / Қоғам / Білім\n"
                     "Example-zhanalyq.kz | 03.10.2026, 11:42\n"
                     "Облыстағы колледж директорларының қоғам алдындағы жылдық есеп беру кездесулері аяқталды.")
    assert verdicts(detector, portal, "college").get("head_annual_report", 0) < 0.5
    herald = excerpt("https://example-altaiherald.kz/en/education/plans-online",
                     "Universities to publish anti-corruption plans online\nEducation\n"
                     "Universities and colleges have until 31 December 2026 to publish their anti-corruption action plans "
                     "for 2027 on their websites, officials said.")
    assert verdicts(detector, herald).get("anticorruption_plan", 0) < 0.5
    school = excerpt("https://examplesilkroadschool.kz/en/about/governance",
                     "Board of Trustees\nHome / About Us / Governance\n"
                     "The Board of Trustees oversees our strategy, finances and the quality of education.\n"
                     "Composition of the Board of Trustees, 2026-2027\n1. Aigerim Sadykova – Chair of the Board of Trustees\n"
                     "2. Marat Omarov – Member of the Board\n3. Dana Li – Member of the Board\n4. Serik Abenov – Secretary")
    assert verdicts(detector, school, "college").get("board_of_trustees_composition", 0) < 0.5


def test_a_student_governments_annual_report_is_no_heads_report(detector: Detector) -> None:
    report = excerpt(f"{U}/en/student-life/student-government/report",
                     "Student Government Annual Report 2025-2026\nHome / Student Life / Student Government\n"
                     "The Student Government held 24 events, supported 12 clubs and represented students on the Academic "
                     "Council.")
    assert verdicts(detector, report).get("head_annual_report", 0) < 0.5


def test_a_report_on_public_procurement_or_an_annual_plan_is_no_heads_report(detector: Detector) -> None:
    doc = excerpt(f"{U}/en/university/procurement",
                  "Public procurement\nHome / University / Procurement\n"
                  "The University's procurement plans and announcements are published on goszakup.gov.kz.\n"
                  "Annual plan and reports\nProcurement plan for 2026 (PDF, 380 KB)\n"
                  "Report on public procurement for 2025 (PDF, 441 KB)")
    assert verdicts(detector, doc).get("head_annual_report", 0) < 0.5


def test_an_invitation_to_a_survey_whose_results_are_to_come_is_no_survey_results(detector: Detector) -> None:
    invitation = excerpt(f"{U}/kk/announcements/zhataqhana-saualnama",
                         "Жатақхана тұрғындарына сауалнама: пікіріңізді білдіріңіз!\nХабарландырулар\n"
                         "Құрметті студенттер! Сапа бөлімі жатақханадағы тұру жағдайына қанағаттану сауалнамасын өткізеді.\n"
                         "Сауалнама анонимді, оны толтыруға 10 минут кетеді.\n"
                         "Сауалнама нәтижелері талданып, 2027 жылдың қаңтар айында университет сайтында жарияланады.")
    assert verdicts(detector, invitation).get("survey_results", 0) < 0.5
    results = excerpt(f"{U}/kk/quality/saualnama-natizhelerі",
                      "Жатақхана тұрғындары сауалнамасының нәтижелері (2026 жылғы көктем)\nСапа / Сауалнама нәтижелері\n"
                      "Сауалнамаға 412 студент қатысты.\nТұру жағдайына қанағаттанғандар: 78 %\n"
                      "Интернет сапасына қанағаттанғандар: 64 %\nӘкімшілік жұмысына қанағаттанғандар: 81 %")
    assert verdicts(detector, results).get("survey_results", 0) >= 0.5


def test_a_portals_story_by_its_dated_byline_or_numbered_name_is_no_dormitory_service(detector: Detector) -> None:
    body = ("Жаңа оқу жылы басталғанымен, студенттердің бір бөлігі әлі де баспана іздеп жүр.\n"
            "«Жатақханаға онлайн өтінімді кешіктіріп бердім, енді бөлме іздеп жүрмін», — дейді студент.")
    title = "Студенттерге жалға үй қымбаттады: жатақхана тапшылығы сақталып отыр\nБасты бет / Білім\n"
    by_name = excerpt("https://example.aqparat24.kz/kk/bilim/jalga-ui", title + body)
    assert verdicts(detector, by_name).get("dormitory_online_registration", 0) < 0.5
    # On any site, an author's name after the story's date marks a story (a news cue weakens what it names).
    plain = verdicts(detector, excerpt(f"{U}/kk/bilim/jalga-ui", title + body))
    by_byline = verdicts(detector, excerpt(f"{U}/kk/bilim/jalga-ui",
                                           title + "2026 жылғы 4 қыркүйек, 10:15 | Автор: Ерлан Жақыпов\n" + body))
    assert by_byline.get("dormitory_online_registration", 0) < plain["dormitory_online_registration"]


def test_a_row_of_the_menu_in_the_text_names_sections_not_the_pages_own_lists(detector: Detector) -> None:
    doc = excerpt(f"{U}/ru/students/clubs",
                  "Студенческие клубы и объединения\n"
                  "Главная | Университет | Поступающим | Студенту | Онлайн-сервисы | Контакты\n"
                  "Студенту: Расписание | Претенденты на стипендию | Вакантные гранты | Общежитие | Академическая "
                  "мобильность | Блог ректора\n"
                  "В университете действуют более 40 студенческих клубов. Вступить в клуб может любой студент.\n"
                  "Клуб робототехники готовит команды к соревнованиям.")
    found = verdicts(detector, doc)
    for aid in ("scholarship_candidates", "grant_transfer_candidates", "academic_mobility"):
        assert found.get(aid, 0) < 0.5, (aid, found)


def test_an_online_transfer_application_beside_a_menus_dormitory_entry_is_no_dormitory_service(
        detector: Detector) -> None:
    transfer = excerpt(f"{U}/kk/services/auysu",
                       "Ауысуға онлайн өтініш беру\n"
                       "Басты бет | Университет | Білім алушыларға | Онлайн-қызметтер | Стипендия | Жатақхана | Байланыс\n"
                       "Басқа ЖОО-дан немесе бір бағдарламадан екіншісіне ауысуға өтінішті жеке кабинет арқылы онлайн "
                       "беруге болады.\nӨтінішті тіркеу кеңсесі 3 жұмыс күні ішінде қарайды.")
    found = verdicts(detector, transfer)
    assert found.get("dormitory_online_registration", 0) < 0.5, found
    assert found.get("online_transfer_service", 0) >= 0.5, found
    survey = excerpt(f"{U}/ru/quality/survey-dormitory",
                     "Результаты анкетирования «Удовлетворённость условиями проживания в общежитиях» (весна 2026)\n"
                     "Качество образования / Результаты анкетирования\nВ опросе приняли участие 530 студентов.\n"
                     "1. 91 % респондентов считают онлайн-подачу заявки на заселение в общежитие удобной.\n"
                     "2. 78 % довольны состоянием комнат.\n3. 64 % довольны качеством интернета.")
    found = verdicts(detector, survey)
    assert found.get("dormitory_online_registration", 0) < 0.5, found
    assert found.get("survey_results", 0) >= 0.5, found


def test_listed_documents_whose_notes_stand_on_the_line_below_are_named_by_the_list(detector: Detector) -> None:
    doc = excerpt(f"{C}/kz/antikor",
                  "Сыбайлас жемқорлыққа қарсы іс-қимыл\nБасты бет / Сыбайлас жемқорлыққа қарсы іс-қимыл\n"
                  "Бұл бөлімде колледждің сыбайлас жемқорлыққа қарсы іс-қимыл жөніндегі құжаттары жинақталған.\n"
                  "Колледж құжаттары:\n"
                  "1. Колледждің 2026-2027 оқу жылына арналған сыбайлас жемқорлыққа қарсы іс-қимыл жөніндегі "
                  "іс-шаралар жоспары\n"
                  "Директордың 2026 жылғы 1 қыркүйектегі бұйрығымен бекітілген. PDF, 285 КБ\n"
                  "2. Білім алушылардың ар-намыс кодексі\n"
                  "Педагогикалық кеңестің 2026 жылғы 29 тамыздағы №1 хаттамасымен бекітілген. PDF, 190 КБ")
    found = verdicts(detector, doc, "college")
    assert found.get("anticorruption_plan", 0) >= 0.5, found


def test_a_semester_abroad_is_academic_mobility_and_a_foreign_national_domain_a_partners_site(
        detector: Detector) -> None:
    news = excerpt(f"{U}/en/news/semester-abroad-2026",
                   "Our students start a semester abroad\nNews / International\n2 September 2026\n"
                   "Twenty-three students began the autumn semester at partner universities abroad under the University's "
                   "outbound programme.\nCredits earned abroad will be recognised on their return.")
    assert verdicts(detector, news).get("academic_mobility", 0) >= 0.5
    partner = excerpt("https://www.hs-example.de/en/international/exchange/student-code-of-conduct",
                      "Student Code of Conduct\nHome / International / Exchange students / Student Code of Conduct\n"
                      "Adopted by the Senate on 12 February 2025\n"
                      "This page is provided in English for exchange students from our partner universities.\n"
                      "1. Who this Code applies to\nThe Code applies to all students enrolled at the University.")
    assert verdicts(detector, partner).get("student_ethics_code", 0) < 0.5


def test_a_crime_story_about_a_competition_is_no_vacancy_announcement(detector: Detector) -> None:
    doc = excerpt("https://example-infoline.kz/proisshestviya/2026/11/19/zaderzhan-prorektor",
                  "В Шымкенте задержан проректор вуза при получении взятки за трудоустройство\nПроисшествия\n"
                  "19 ноября 2026, 11:42\n"
                  "Сотрудники Агентства задержали проректора при получении взятки от кандидата на должность заведующего "
                  "кафедрой.\n«Конкурс на замещение вакантной должности будет проведён повторно», — заявили в вузе.\n"
                  "Читайте также:\n– В Актобе завершено расследование по делу о закупках в колледже области\n"
                  "– Минобрнауки изменит правила конкурса на должности ППС")
    found = verdicts(detector, doc)
    assert found.get("vacancy_announcements", 0) < 0.5, found
    # Related stories' headlines, however long, name other pages (read as the links they are).
    related = [seg for seg in detector._segments(doc) if seg.display.startswith("–")]
    assert len(related) == 2 and all(seg.link_only for seg in related), related


@pytest.mark.parametrize("head", ["Тақырып бойынша:", "По теме:", "More on this topic"])
def test_a_news_portals_stories_on_the_same_topic_name_other_pages(detector: Detector, head: str) -> None:
    doc = excerpt("https://bilim-news-example.test/kk/bilim/shakirtaqy-2027",
                  "Шәкіртақы мөлшері 2027 жылдан бастап өседі\nБасты бет / Білім / Шәкіртақы\n2026 жылғы 14 қараша, 11:15\n"
                  "2027 жылғы 1 қаңтардан бастап студенттердің шәкіртақысы 10 пайызға артады. Бұл туралы министрліктің алқа "
                  f"отырысында айтылды.\n{head}\n- Жатақханаға орналасу онлайн форматқа көшті\n"
                  "- Босаған гранттарға конкурс: жоғары оқу орындары тізімдерді жариялады")
    found = verdicts(detector, doc)
    assert found.get("dormitory_online_registration", 0) < 0.5 and found.get("grant_transfer_candidates", 0) < 0.5, found


def test_a_commission_pages_table_of_files_lists_its_report_and_its_minutes_agenda_names_no_survey(
        detector: Detector) -> None:
    doc = wrapped(f"{U}/ru/anticorruption/commission",
                  "Антикоррупционная комиссия\nГлавная / Противодействие коррупции / Антикоррупционная комиссия\n"
                  "Антикоррупционная комиссия является постоянно действующим консультативным органом при Правлении.\n"
                  "Состав антикоррупционной комиссии (на 2026–2027 учебный год)\n№ | ФИО | Должность | Роль в комиссии\n"
                  "1 | Ержанов Т. Б. | Проректор по академическим вопросам | Председатель\n"
                  "2 | Тулегенова А. М. | Специалист комплаенс-службы | Секретарь\nПротоколы заседаний и отчёты\n"
                  "Дата | Документ | Формат\n"
                  "14.10.2026 | Протокол заседания № 2 (итоги анкетирования студентов, результаты проверки экзаменационной "
                  "сессии) | PDF, 356 КБ — скачать\n"
                  "15.01.2026 | Отчёт о работе антикоррупционной комиссии за 2025 год | PDF, 1,1 МБ — скачать")
    found = found_verdicts(detector, doc)
    assert {"anticorruption_commission_composition", "anticorruption_commission_reports"} <= set(found), found
    assert "survey_results" not in found, found


def test_a_sections_labelled_menu_row_names_the_rectors_blog_on_a_report_of_a_meeting(detector: Detector) -> None:
    doc = wrapped(f"{U}/en/rector/public-accountability",
                  "Rector's Public Accountability Report for the 2025-2026 Academic Year\n"
                  "Home / University / Rector / Public Accountability\n"
                  "Rector: Biography | Rector's Blog | Public Accountability | Meeting Schedule\n"
                  "On 30 September 2026 the Rector presented the results of the 2025-2026 academic year at an open meeting "
                  "with students, staff and employers.\nRector's report for 2025-2026, full text (PDF, 4.6 MB) — download\n"
                  "Questions to the Rector can be asked at any time through the Rector's Blog; answers are published within "
                  "ten working days.")
    found = found_verdicts(detector, doc)
    assert {"head_annual_report", "head_blog"} <= set(found), found


def test_a_sections_menu_around_a_plan_links_the_sections_other_documents(detector: Detector) -> None:
    doc = wrapped(f"{C}/kk/zhemqorlyqqa-qarsy/zhospar-2026",
                  "Іс-шаралар жоспары\nБасты бет | Колледж туралы | Талапкерге | Студентке | Жаңалықтар | Байланыс\n"
                  "Басты бет / Колледж туралы / Сыбайлас жемқорлыққа қарсы іс-қимыл / Іс-шаралар жоспары\n"
                  "Сыбайлас жемқорлыққа қарсы іс-қимыл\nНормативтік құжаттар\nСыбайлас жемқорлыққа қарсы стандарт\n"
                  "Педагогтердің әдеп кодексі\nІс-шаралар жоспары\n"
                  "Колледждің сыбайлас жемқорлыққа қарсы іс-қимыл жөніндегі 2026 жылға арналған жоспары\n"
                  "Колледж директорының 2026 жылғы 8 қаңтардағы № 03-н/қ бұйрығымен бекітілген.\n"
                  "Р/с | Іс-шаралар | Мерзімі | Жауаптылар\n"
                  "1 | Қызметкерлерді заңнама талаптарымен таныстыру | қаңтар | кадр бөлімі")
    found = found_verdicts(detector, doc, "college")
    assert {"anticorruption_plan", "anticorruption_standard", "staff_ethics_code"} <= set(found), found


def test_an_announcement_is_of_its_publication_day_not_of_the_old_minutes_it_lists(detector: Detector) -> None:
    doc = wrapped(f"{C}/kk/kadr/bos-lauazymdar",
                  "Бос лауазымдарға конкурс\nБасты бет / Кадр саясаты / Бос лауазымдарға конкурс\n"
                  "Колледж бос лауазымдарға орналасуға конкурс жариялайды\nЖарияланған күні: 18.11.2026\n"
                  "Бос лауазымдар: ағылшын тілі оқытушысы (1 орын), педагог-психолог (1 орын).\n"
                  "Құжаттарды қабылдау мерзімі: күнтізбелік 15 күн.\n"
                  "Хаттаманың толық нұсқасы: Конкурстық комиссия хаттамасы № 3, 28.08.2025 (PDF, 1,2 МБ)")
    evidence = {e.artefact_id: e for e in detector.detect(doc, "college", AS_OF)}
    assert evidence["vacancy_announcements"].confidence >= 0.5 and not evidence["vacancy_announcements"].stale, evidence
    assert evidence["vacancy_announcements"].period == "2026"


def test_a_programme_catalogue_speaks_of_stipends_and_internships_abroad_in_passing(detector: Detector) -> None:
    doc = wrapped(f"{U}/en/graduate-school/phd-programmes",
                  "PhD Programmes\nHome / Graduate School / PhD Programmes\n"
                  "The Graduate School offers three-year doctoral programmes taught in English and Russian. Doctoral students "
                  "conduct research under the joint supervision of a professor and a foreign co-supervisor from one of our "
                  "partner universities, and complete a research internship abroad.\n"
                  "Code | Programme | Language | Duration\n8D04101 | Economics | English, Russian | 3 years\n"
                  "Tuition for self-funded students is 2,300,000 KZT per year. State grants are awarded competitively based "
                  "on the entrance examination. Doctoral students on state grants receive a monthly stipend.")
    found = verdicts(detector, doc)
    assert found.get("scholarship_info", 0) < 0.5 and found.get("academic_mobility", 0) < 0.5, found


@pytest.mark.parametrize("row, artefact", [
    ("4 | Шетелдік ғылыми тағылымдама туралы есеп нысаны | — | DOCX, 34 КБ", "academic_mobility"),
    ("4 | Форма отчёта об академической мобильности | — | DOCX, 34 КБ", "academic_mobility"),
])
def test_a_listed_blank_form_is_not_what_it_is_for(detector: Detector, row: str, artefact: str) -> None:
    doc = wrapped(f"{U}/kk/science/doctoral/documents",
                  "Докторантура бөлімінің нормативтік құжаттары\nБасты бет / Ғылым / Докторантура / Нормативтік құжаттар\n"
                  "№ | Құжат атауы | Бекітілген | Көлемі\n"
                  "1 | PhD докторантура туралы ереже | Ғылыми кеңес, 2026 ж. 28 тамыздағы №1 хаттама | PDF, 624 КБ\n"
                  "2 | Докторанттың жеке жұмыс жоспарының нысаны | — | DOCX, 52 КБ\n" + row)
    found = found_verdicts(detector, doc)
    assert "phd_regulation" in found and artefact not in found, found


@pytest.mark.parametrize("title, body", [
    ("Претенденты на вакантные гранты (летние каникулы 2026 года)",
     "Конкурсной комиссией университета сформирован рейтинг претендентов на присуждение вакантных образовательных грантов.\n"
     "Группа программ | Курс | Вакантных грантов | Претенденты (ID / GPA)\nB057 Информационные технологии | 2 | 3 | "
     "2406011 / 3,88; 2406044 / 3,62"),
    ("Итоги республиканской предметной олимпиады по программированию",
     "9–10 апреля 2026 года на базе университета прошёл заключительный этап олимпиады. Работы участников оценивала "
     "конкурсная комиссия.\nМесто | Участник | Вуз | Баллы\nI | Жакупов Айдос | Евразийский национальный университет | 920"),
])
def test_a_listed_competition_commissions_minutes_under_a_head_of_grants_or_an_olympiad_are_no_hiring_minutes(
        detector: Detector, title: str, body: str) -> None:
    doc = wrapped(f"{U}/ru/students/konkurs-2026", f"{title}\nГлавная / Обучающимся / Конкурс\n{title}\n{body}\n"
                  "Файлы:\nПротокол конкурсной комиссии № 3 от 08.08.2026.pdf — 534 КБ")
    assert "competition_commission_minutes" not in found_verdicts(detector, doc)


@pytest.mark.parametrize("title", ["Нормативтік құқықтық актілер", "Нормативные правовые акты"])
def test_a_section_of_the_states_legal_acts_reposts_them(detector: Detector, title: str) -> None:
    doc = wrapped(f"{U}/kk/documents/normativtik-aktiler",
                  f"{title}\nБасты бет / Құжаттар / {title}\n"
                  "Білім алушыларды ауыстыру және қайта қабылдау\n"
                  "6. Оқу кезеңінде босаған мемлекеттік білім беру гранттары жазғы және қысқы каникул кезеңінде ақылы "
                  "негізде оқитын білім алушылар арасында конкурстық негізде беріледі.\n"
                  "7. Конкурс білім алушының академиялық үлгерімінің орташа балы (GPA) бойынша өткізіледі.")
    assert "grant_transfer_candidates" not in found_verdicts(detector, doc)


def test_a_procedures_clause_on_scholarships_is_no_scholarship_information(detector: Detector) -> None:
    doc = wrapped(f"{U}/ru/students/akademicheskiy-otpusk",
                  "Академический отпуск: порядок оформления\nГлавная / Обучающимся / Учебный процесс\n"
                  "Порядок предоставления академического отпуска\n"
                  "1. Обучающийся подаёт письменное заявление на имя ректора в деканат факультета.\n"
                  "2. Академический отпуск оформляется приказом ректора в течение 5 рабочих дней.\n"
                  "3. Обучающийся по образовательному гранту сохраняет право на грант при выходе из академического отпуска. "
                  "Выплата государственной стипендии на период академического отпуска прекращается.")
    assert "scholarship_info" not in found_verdicts(detector, doc)


@pytest.mark.parametrize("host, letterhead", [
    ("aral-mektep18.example.test", "Арал ауданының білім беру ұйымы"),
    ("aral18.example.test", "Қызылорда облысы білім басқармасының «Арал ауданы, №18 жалпы білім беретін мектебі» КММ"),
])
def test_a_schools_teachers_ethics_code_by_its_host_or_its_name_in_the_head(detector: Detector, host: str,
                                                                           letterhead: str) -> None:
    doc = wrapped(f"https://{host}/kk/kuzhattar/pedagog-adep-kodeksi",
                  f"Педагогтің әдеп кодексі\nБасты бет / Құжаттар / Педагогтің әдеп кодексі\n{letterhead}\n"
                  "Педагогикалық кеңестің 2026 жылғы 29 тамыздағы № 1 хаттамасымен бекітілген\n1. Жалпы ережелер\n"
                  "1.1. Педагогтің әдеп кодексі педагогтердің кәсіби қызметтегі мінез-құлық нормаларын белгілейді.")
    assert "staff_ethics_code" not in found_verdicts(detector, doc, "college")


@pytest.mark.parametrize("url", ["https://docshablon-example.kz/obrazcy/polozhenie-o-popechitelskom-sovete",
                                 f"{C}/ru/documents/polozhenie-o-popechitelskom-sovete"])
def test_a_template_by_its_sites_name_or_its_fields_to_fill_in_is_no_regulation(detector: Detector, url: str) -> None:
    doc = wrapped(url, "Положение о Попечительском совете колледжа\nГлавная / Документы\nПОЛОЖЕНИЕ О ПОПЕЧИТЕЛЬСКОМ СОВЕТЕ\n"
                  "[Наименование колледжа]\n1. Общие положения\n1.1. Попечительский совет [наименование колледжа] (далее — "
                  "Совет) создаётся в целях содействия развитию колледжа.\n1.2. Состав Совета утверждается приказом "
                  "[руководителя органа управления образованием] сроком на три года.")
    assert "board_of_trustees_regulation" not in found_verdicts(detector, doc, "college")


def test_an_hr_pages_listed_requirements_with_a_remark_and_its_announcement_by_a_line_of_its_own(
        detector: Detector) -> None:
    doc = wrapped(f"{U}/ru/kadrovaya-politika/konkurs",
                  "Конкурс на замещение должностей\nГлавная / Университет / Кадровая политика / Конкурс на замещение должностей\n"
                  "Документы\nПравила конкурсного замещения вакантных должностей профессорско-преподавательского состава (утв. "
                  "решением Правления, протокол № 9 от 22.05.2026) — PDF, 460 КБ — скачать\n"
                  "Квалификационные требования к должностям ППС и научных работников (в соответствии с профессиональным "
                  "стандартом «Педагог» и Типовыми квалификационными характеристиками) — PDF, 390 КБ — скачать\n"
                  "Объявление о конкурсе (опубликовано 02.11.2026)\n"
                  "Университет объявляет конкурс на замещение вакантных должностей:\n"
                  "№ | Должность | Кафедра | Ставка\n1 | Заведующий кафедрой | «Строительство» | 1,0\n"
                  "2 | Старший преподаватель | «Казахский язык» | 1,0\n"
                  "Документы принимаются в течение 30 календарных дней со дня публикации объявления.")
    found = found_verdicts(detector, doc)
    assert {"vacancy_rules", "qualification_requirements", "vacancy_announcements"} <= set(found), found


def test_a_section_of_forms_to_download_is_no_policy(detector: Detector) -> None:
    doc = wrapped(f"{U}/ru/anticorruption/formy",
                  "Формы для скачивания\nГлавная / Университет / Противодействие коррупции / Формы для скачивания\n"
                  "Ниже размещены шаблоны документов, которые заполняются в рамках антикоррупционных процедур.\n"
                  "№ | Наименование формы | Формат | Размер\n"
                  "1 | Уведомление о возникновении конфликта интересов — шаблон | DOCX | 27 КБ\n"
                  "Порядок заполнения\n1. В уведомлении указываются: фамилия, имя, отчество работника, должность, описание "
                  "ситуации, в которой возникает или может возникнуть личная заинтересованность, предполагаемые меры "
                  "урегулирования.")
    assert "conflict_of_interest_policy" not in found_verdicts(detector, doc)


@pytest.mark.parametrize("note", ["Information will be published.\nMaterial is being prepared for placement. Please visit "
                                  "this page later.",
                                  "Информация будет размещена позже.", "Ақпарат жақын арада жарияланатын болады."])
def test_a_placeholder_that_says_its_information_comes_later_is_no_report(detector: Detector, note: str) -> None:
    doc = wrapped(f"{U}/en/about/anti-corruption/commission-reports",
                  "Reports of the Anti-Corruption Commission\nHome / About / Anti-Corruption / Reports of the Anti-Corruption "
                  f"Commission\nReports of the Anti-Corruption Commission\n{note}\nPage last updated: 03.02.2026")
    assert "anticorruption_commission_reports" not in found_verdicts(detector, doc)


def test_a_transfer_procedure_in_person_whose_rules_are_on_a_legal_database_is_no_online_service(
        detector: Detector) -> None:
    doc = wrapped(f"{U}/ru/obuchayushchimsya/ofis-registratora/perevod-i-vosstanovlenie",
                  "Порядок перевода и восстановления обучающихся\nГлавная / Обучающимся / Офис регистратора / Перевод и "
                  "восстановление\nПорядок действий в нашем университете:\n- заявление подаётся лично в Офис регистратора "
                  "(главный корпус, каб. 112) по установленной форме;\n- решение оформляется приказом ректора.\n"
                  "Внимание! Перевод на грант осуществляется по отдельному конкурсу; информация о вакантных грантах "
                  "публикуется отдельно.\nПолный текст Правил — на информационно-правовой системе «Әділет».")
    found = found_verdicts(detector, doc)
    assert "online_transfer_service" not in found and "grant_transfer_candidates" not in found, found


def test_a_national_erasmus_offices_calls_are_no_institutions_mobility_information(detector: Detector) -> None:
    doc = wrapped("https://erasmus-office.example.test/opportunities/higher-education/calls-2027",
                  "Erasmus+ in Kazakhstan: calls for higher education institutions 2027\nHome / Opportunities / Calls 2027\n"
                  "National Erasmus+ Office in Kazakhstan · Updated 10 November 2026\n"
                  "Higher education institutions of Kazakhstan may participate in the following actions as partners of "
                  "institutions from EU Member States.\nAction | What it supports | Deadline\n"
                  "KA171 — International credit mobility | Student and staff mobility between Kazakhstani and European "
                  "universities | February 2027")
    assert "academic_mobility" not in found_verdicts(detector, doc)


def test_an_international_review_of_a_sample_of_university_websites_is_no_institutions_page(detector: Detector) -> None:
    doc = wrapped("https://review-example.test/corruption/integrity-higher-education-2026",
                  "Integrity in Higher Education: Central Asia Review 2026\nHome / Topics / Publications\n"
                  "Published on 6 October 2026 · Anti-Corruption Network\nAbstract\nThis review examines the progress of four "
                  "countries in preventing corruption in higher education: admission and examinations, the award of grants and "
                  "scholarships, the hiring of academic staff and academic integrity in research. It draws on interviews and "
                  "a survey of 4,800 students.\nKey findings\n- Universities increasingly publish anti-corruption plans and "
                  "commission compositions, but reports on their implementation remain rare: in a sample of 40 Kazakhstani "
                  "university websites, 31 published an action plan.\n- Online services for dormitory registration and transfer "
                  "applications have reduced face-to-face contacts.\n- Student surveys such as \"The teacher through "
                  "students' eyes\" are widespread, but their results are rarely published.\n"
                  "Recommendations\n1. Publish reports on the implementation of anti-corruption plans and the results of "
                  "student surveys.")
    assert "survey_results" not in found_verdicts(detector, doc)


def test_a_compliance_pages_gifts_and_hospitality_row_and_its_24_hour_trust_line_label(detector: Detector) -> None:
    doc = wrapped(f"{U}/en/about/anti-corruption-compliance",
                  "Anti-Corruption Compliance\nHome / About / Anti-Corruption Compliance\nDocuments of the university\n"
                  "Document | Approved | File\n"
                  "Anti-Corruption Policy of the University | Board of Directors, minutes No. 4 of 18.05.2024 | PDF, 412 KB\n"
                  "Regulation on the procedure \"Gifts and hospitality expenses\" | Rector's order No. 118 of 14.03.2025 | "
                  "PDF, 187 KB\nReport a concern\n24-hour trust line: +7 (72533) 6-38-99 (calls are accepted around the "
                  "clock, including weekends and holidays; anonymous reports are accepted)\nE-mail: compliance@uni.example.test")
    found = found_verdicts(detector, doc)
    assert {"gifts_policy", "hotline"} <= set(found), found


def test_a_table_rows_language_cell_is_a_note_on_its_file(detector: Detector) -> None:
    doc = wrapped(f"{U}/en/education/graduate-school/regulations",
                  "Graduate School: regulatory documents\nHome / Education / Graduate School / Regulatory documents\n"
                  "No. | Document | Approved | Language | File\n"
                  "1 | Regulation on master's studies (magistracy) | Academic Council, minutes No. 11 of 29.06.2024 | "
                  "KZ / RU / EN | PDF, 486 KB\n"
                  "2 | Regulation on PhD doctoral studies | Academic Council, minutes No. 2 of 26.09.2024 | KZ / RU / EN | "
                  "PDF, 511 KB")
    found = found_verdicts(detector, doc)
    assert {"masters_regulation", "phd_regulation"} <= set(found), found


@pytest.mark.parametrize("host, centre", [
    ("enic-example.kz", "Academic Mobility"),
    ("mobility-centre.example.test", "Centre for the Bologna Process and Academic Mobility"),
])
def test_the_ministrys_mobility_centres_call_is_no_institutions_mobility_information(detector: Detector, host: str,
                                                                                     centre: str) -> None:
    doc = wrapped(f"https://{host}/en/academic-mobility/calls/2026-2027",
                  f"Academic Mobility Programme 2026-2027: Call for Higher Education Institutions\n{centre}\n"
                  "Home / Academic Mobility / Calls\nPublished: 6 May 2026\nThe Centre announces the call for higher "
                  "education institutions to nominate students for the state-funded outbound academic mobility programme in "
                  "the 2026-2027 academic year.\nRegion | Number of places | Semester\nEuropean Union | 620 | Autumn 2026")
    assert "academic_mobility" not in found_verdicts(detector, doc)


def test_admitting_foreign_citizens_to_study_is_no_study_abroad(detector: Detector) -> None:
    doc = wrapped(f"{U}/kk/talapker/shetel-azamattary",
                  "Шетел азаматтарын оқуға қабылдау\nБасты бет / Талапкер / Шетелдік талапкерлерге\n"
                  "Университет шетел азаматтарын бакалавриат, магистратура және докторантура бағдарламаларына ақылы негізде "
                  "оқуға қабылдайды.\nҚабылдау мерзімі\n— Күзгі қабылдау: 2027 жылғы 1 маусымнан 20 тамызға дейін.")
    assert "academic_mobility" not in found_verdicts(detector, doc)


def test_a_documents_table_dated_year_first_in_kazakh_lists_its_documents(detector: Detector) -> None:
    """A table of the section's documents whose approval cell gives the date year first ("2024 ж. 5 ақпан, Басқарма
    хаттамасы № 3"): the year of the decision is no deadline of a plan's measure, and the cell files the row's title."""
    doc = excerpt(f"{U}/kk/antikor/qujattar",
                  "Құжаттар\nБасты бет / Университет / Сыбайлас жемқорлыққа қарсы іс-қимыл / Құжаттар\n"
                  "Университеттің осы саладағы ішкі құжаттары төменде берілген.\n"
                  "№ | Құжат атауы | Бекітілген күні | Файл\n"
                  "1 | Сыбайлас жемқорлыққа қарсы іс-қимыл жөніндегі 2026 жылға арналған іс-шаралар жоспары | "
                  "2026 ж. 12 ақпан, Басқарма хаттамасы № 3 | PDF, 402 КБ\n"
                  "2 | Сыйлықтар алу тәртібі туралы ереже | 2024 ж. 5 наурыз, Басқарма хаттамасы № 9 | PDF, 190 КБ\n"
                  "Сұрақтар бойынша комплаенс-офицерге хабарласыңыз: +7 (7172) 55-10-20.")
    found = found_verdicts(detector, doc)
    assert {"anticorruption_plan", "gifts_policy"} <= set(found), verdicts(detector, doc)


def test_a_boards_tasks_to_discuss_and_oversee_are_no_draft_put_up_for_discussion(detector: Detector) -> None:
    """A board's page whose first paragraph lists its tasks ("даму жоспарын талқылауға қатысу", "қоғамдық бақылау жасау")
    over its documents' files: taking part in a discussion and public oversight are no draft put up for public discussion,
    and the files it lists stay found."""
    doc = excerpt(f"{C}/kk/qamqorshylar-kenesi",
                  "Қамқоршылар кеңесі\nБасты бет / Колледж туралы / Қамқоршылар кеңесі\n"
                  "Кеңестің міндеттері: колледждің стратегиялық жоспарын талқылауға қатысу; демеушілік қаражаттың жұмсалуына "
                  "қоғамдық бақылау жасау; білім алушыларды әлеуметтік қолдау.\n"
                  "Құжаттар:\n"
                  "Қамқоршылар кеңесі туралы ереже.pdf (бекітілген күні: 03.02.2026, 240 КБ) – жүктеу\n"
                  "Қамқоршылар кеңесінің құрамы 2026-2027 оқу жылы.pdf (120 КБ) – жүктеу\n"
                  "Байланыс: info@college.example.test")
    found = found_verdicts(detector, doc, "college")
    assert {"board_of_trustees_regulation", "board_of_trustees_composition"} <= set(found), verdicts(detector, doc, "college")


def test_a_labelled_section_menu_marked_by_chevrons_links_the_sections_documents(detector: Detector) -> None:
    """A compliance service's page whose section menu stands under its label ("Бөлім мәзірі:") and names the page
    as "... туралы" ("About ..."): its entries link the section's policies by title; the service's own text names none."""
    doc = excerpt(f"{U}/kk/university/compliance",
                  "Комплаенс қызметі\nБасты бет / Университет / Комплаенс қызметі\nБөлім мәзірі:\n"
                  "› Комплаенс қызметі туралы\n› Сыбайлас жемқорлыққа қарсы саясат\n› Мүдделер қақтығысын реттеу саясаты\n"
                  "› Байланыс\nКомплаенс қызметі туралы\n"
                  "Қызмет университеттің құрылымдық бөлімшесі болып табылады және ректорға тікелей бағынады.\n"
                  "Комплаенс-офицер: Әлия Серікқызы Нұрланова, e-mail: compliance@uni.example.test")
    found = found_verdicts(detector, doc)
    assert {"anticorruption_policy", "conflict_of_interest_policy"} <= set(found), verdicts(detector, doc)


@pytest.mark.parametrize("title", [
    "Списки зачисленных на первый курс по образовательным грантам 2026",
    "Бірінші курсқа білім беру гранттары бойынша қабылданғандар тізімі 2026",
    "Lists of first-year students enrolled on state educational grants, 2026",
])
def test_lists_of_first_years_enrolled_on_the_national_grants_are_no_vacant_grant_candidates(
        detector: Detector, title: str) -> None:
    """The admissions office's lists of first-year students enrolled on the national award's grants: lists and grants, but
    no vacant grant and no transfer to one."""
    doc = excerpt(f"{U}/ru/admission/enrolment-2026",
                  f"{title}\nГлавная / Поступающим / Приёмная комиссия\n"
                  "Приказом ректора № 388-с от 27 августа 2026 года на первый курс зачислены 912 обладателей государственных "
                  "образовательных грантов.\nСписки по институтам (PDF):\n— Инженерный институт (PDF, 240 КБ)\n"
                  "— Педагогический институт (PDF, 180 КБ)\nПриёмная комиссия: тел. +7 (7172) 20-30-40")
    assert found_verdicts(detector, doc).get("grant_transfer_candidates") is None, verdicts(detector, doc)


@pytest.mark.parametrize("headline", [
    "Ғылым және жоғары білім министрлігі бос гранттарға ауыстыру қағидаларына өзгерістер енгізді",
    "Ǵylym jáne joǵary bilim mınıstrligi bos granttarǵa aýystyrý qaǵıdalaryna ózgerister engizdi",
    "Министерство внесло изменения в правила перевода на вакантные гранты",
])
def test_news_that_the_ministry_changed_the_vacant_grant_rules_is_no_list(detector: Detector, headline: str) -> None:
    """A university's news that the ministry made changes to the national rules of transfer to vacant grants: a report
    about a national decision, not the university's own candidates or announcement."""
    doc = excerpt(f"{U}/kk/news/grant-rules",
                  f"{headline}\nБасты бет / Жаңалықтар\n2026 ж. 28 қазан | Баспасөз қызметі\n"
                  "Министрдің 2026 жылғы 21 қазандағы бұйрығымен ақылы негізде оқитын студенттерді бос білім беру гранттарына "
                  "ауыстыру тәртібіне өзгерістер енгізілді. Жаңа нормалар 2027 жылдың 1 қаңтарынан бастап күшіне енеді.\n"
                  "Бос грантқа үміткерлерді іріктеу енді балдық жүйе бойынша жүргізіледі.")
    assert found_verdicts(detector, doc).get("grant_transfer_candidates") is None, verdicts(detector, doc)


def test_a_plans_english_approval_block_reviewed_by_the_commission_is_no_report_of_it(detector: Detector) -> None:
    """An English plan's approval block: "Reviewed by the Anti-Corruption Commission, Minutes No. 1 of ..." says who
    reviewed the plan, as "Рассмотрено на заседании ..." does; it is no minutes or report of the commission."""
    doc = excerpt(f"{U}/en/anticorruption/action-plan-2026",
                  "Anti-Corruption Action Plan for 2026\nHome / University / Anti-Corruption / Action Plan\n"
                  "Anti-Corruption Action Plan of the University for 2026\n"
                  "APPROVED by the Order of the Rector No. 12-O of 19 January 2026\n"
                  "Reviewed by the Anti-Corruption Commission, Minutes No. 1 of 15 January 2026\n"
                  "No. | Activity | Deadline | Responsible\n"
                  "1 | Internal analysis of corruption risks in admissions | Q1 2026 | Compliance Officer\n"
                  "2 | Training for staff on conflicts of interest | Q2 2026 | HR Department")
    found = found_verdicts(detector, doc)
    assert "anticorruption_plan" in found and "anticorruption_commission_reports" not in found, verdicts(detector, doc)


def test_a_residence_hall_for_exchange_students_is_no_mobility_information(detector: Detector) -> None:
    """A housing page says which hall houses "international exchange students": people the hall takes, not a student
    exchange programme or its participants."""
    doc = excerpt(f"{U}/en/student-life/housing",
                  "Student Housing\nHome / Student Life / Student Housing\n"
                  "The university runs two residence halls with 640 beds. Hall No. 1 houses first-year students; Hall No. 2 is "
                  "reserved for senior students, master's students and international exchange students.\n"
                  "Monthly fee: 18,000 tenge. Applications are accepted in person at the Student Affairs Office, room 104.")
    assert "academic_mobility" not in found_verdicts(detector, doc), verdicts(detector, doc)


@pytest.mark.parametrize("also", [
    "You can also contact the national anti-corruption call centre of the Agency for Civil Service Affairs at 1424.",
    "Также можно обратиться в единый контакт-центр Агентства по делам государственной службы по номеру 1424.",
    "Сондай-ақ Мемлекеттік қызмет істері агенттігінің 1424 бірыңғай байланыс орталығына хабарласуға болады.",
])
def test_an_own_trust_line_that_also_gives_the_agencys_national_line_stays_found(detector: Detector, also: str) -> None:
    """The university's own 24/7 trust line whose page ends by sending the reader to the national agency's line as well:
    the page gives that agency's number, it is not the agency's page."""
    doc = excerpt(f"{U}/en/about/compliance/hotline",
                  "Integrity Hotline\nHome / About / Compliance / Integrity Hotline\n"
                  "The university's trust line is open round the clock, seven days a week.\n"
                  "Phone (24/7, free of charge): 8 800 070 12 12\nE-mail: trust@uni.example.test\n"
                  f"Anonymous reports are accepted and reviewed by the Compliance Officer.\n{also}")
    assert "hotline" in found_verdicts(detector, doc), verdicts(detector, doc)


@pytest.mark.parametrize(("title", "says"), [
    ("Жатақхана", "Қазіргі уақытта университет онлайн өтінім қабылдамайды; өтініш деканатта қағаз түрінде беріледі."),
    ("Jataqhana", "Qazirgi ýaqytta ýnıversıtet onlaın ótinim qabyldamaıdy; ótinish dekanatta qaǵaz túrinde beriledi."),
    ("Общежитие", "В настоящее время университет не принимает онлайн-заявки: заявление подаётся в деканат на бумаге."),
    ("Dormitory", "The university does not accept online applications at present: apply on paper at the dean's office."),
])
def test_a_dormitory_page_that_takes_no_online_applications_is_no_online_registration(
        detector: Detector, title: str, says: str) -> None:
    """A dormitory page that says the university takes no online applications (in kk, Latin-script kk, ru, en): the
    online application it names is the one it does not offer."""
    doc = excerpt(f"{U}/kk/students/dormitory",
                  f"{title}\nБасты бет / Студенттерге / Жатақхана\n"
                  "Университетте 1 200 орындық екі жатақхана бар.\n"
                  f"{says}\nОрын беру туралы шешімді комиссия 30 тамызға дейін қабылдайды.")
    assert "dormitory_online_registration" not in found_verdicts(detector, doc), verdicts(detector, doc)


def test_a_latin_script_kazakh_documents_table_files_its_rows_by_their_approval_cells(detector: Detector) -> None:
    """A documents table in Latin-script Kazakh whose approval cells say who decided ("Dırektorlar keńesiniń sheshimi, ...
    №5 hattama", "rektordyń ... buıryǵy"): each row lists its document by title, as the Cyrillic table does."""
    doc = excerpt(f"{U}/kk/anticorruption/qujattar",
                  "Sybaılas jemqorlyqqa qarsy is-qımyl\nBasty bet / Ýnıversıtet / Sybaılas jemqorlyqqa qarsy is-qımyl\n"
                  "№ | Qujat ataýy | Bekitilgen | Faıl\n"
                  "1 | Ýnıversıtettiń sybaılas jemqorlyqqa qarsy saıasaty | Dırektorlar keńesiniń sheshimi, 2025 j. 3 naýryzdaǵy "
                  "№2 hattama | PDF, 410 KB\n"
                  "2 | Múddeler qaqtyǵysyn retteý saıasaty | Basqarma tóraǵasy - rektordyń 2026 j. 10 aqpandaǵy №55-Ó buıryǵy | "
                  "PDF, 220 KB\nSuraqtar boıynsha: komplaens-ofıser, +7 (7172) 70-10-20")
    found = found_verdicts(detector, doc)
    assert {"anticorruption_policy", "conflict_of_interest_policy"} <= set(found), verdicts(detector, doc)


def test_kazakh_concerning_before_its_noun_is_no_report_that_someone_took_part(detector: Detector) -> None:
    """"Тізімге қатысты шағымдар" (complaints concerning the list): the postposition, not the verb "took part" that ends a
    report's sentence; the scholarship candidates' list stays found."""
    doc = excerpt(f"{U}/kk/students/stipendiya",
                  "Стипендия\nБасты бет / Студенттерге / Стипендия\n"
                  "Мемлекеттік білім беру тапсырысы бойынша оқитын білім алушыларға стипендия аралық аттестаттау қорытындысы "
                  "бойынша тағайындалады.\nСтипендия ай сайын студенттің банк картасына аударылады.\n"
                  "Стипендия тағайындауға үміткерлер\n"
                  "2026-2027 оқу жылының 1-семестріне үміткерлер тізімі (стипендиялық комиссияның "
                  "2026 жылғы 28 тамыздағы № 1 хаттамасы):\n"
                  "Институт | Үміткерлер саны | Файл\nИнженерия институты | 402 | Тізім (PDF, 150 КБ)\n"
                  "Педагогика институты | 377 | Тізім (PDF, 141 КБ)\n"
                  "Тізімге қатысты шағымдар 2026 жылғы 5 қыркүйекке дейін Тіркеу кеңсесінде қабылданады.")
    assert "scholarship_candidates" in found_verdicts(detector, doc), verdicts(detector, doc)


@pytest.mark.parametrize("says", [
    "Состав антикоррупционной комиссии на 2026-2027 учебный год в настоящее время формируется.",
    "The composition of the Anti-Corruption Commission for 2026-2027 is currently being formed.",
])
def test_a_composition_page_saying_it_is_being_formed_is_a_placeholder(detector: Detector, says: str) -> None:
    """The composition's own page that says the composition is being formed and comes after the rector's order: a
    placeholder, at most `uncertain`."""
    doc = excerpt(f"{U}/ru/anticorruption/sostav-komissii",
                  "Состав антикоррупционной комиссии\nГлавная / Противодействие коррупции / Состав комиссии\n"
                  f"{says}\nОбращения по вопросам противодействия коррупции принимает канцелярия (каб. 110).\n"
                  "Страница обновлена: 12.11.2026")
    assert "anticorruption_commission_composition" not in found_verdicts(detector, doc), verdicts(detector, doc)


def test_a_private_hostels_online_booking_is_no_dormitory_registration(detector: Detector) -> None:
    """A private hostel's page for students ("бронирование онлайн", prices a night and a month): a business's rooms
    booked online, not an institution's online registration for its dormitory."""
    doc = excerpt("https://studhostel.example.test/bronirovanie",
                  "Хостел для студентов — бронирование онлайн\nГлавная / Номера / Бронирование / Контакты\n"
                  "Не получили место в общежитии? Современный хостел для студентов в 10 минутах от университетов города.\n"
                  "Место в комнате на 4 человека — 70 000 ₸/мес, посуточно — от 5 000 ₸.\n"
                  "Как забронировать онлайн: выберите тип комнаты и даты заезда в форме ниже и оплатите картой.")
    assert "dormitory_online_registration" not in found_verdicts(detector, doc), verdicts(detector, doc)


def test_a_colleges_diploma_project_regulation_in_the_final_attestation_section_is_no_exam_rules(detector: Detector) -> None:
    """A college's regulation of the diploma project, under "Итоговая аттестация" in its breadcrumb and its address: the
    phrase that runs from the section into the page's name ("аттестация / Положение") leaves the page's own subject
    (the diploma project) after it, and a clause that calls the project a form of the final attestation names the
    section's topic in passing."""
    doc = excerpt(f"{C}/ru/students/itogovaya-attestaciya/polozhenie-diplomnyi-proekt",
                  "Положение о дипломном проекте (работе)\n"
                  "Главная / Студентам / Итоговая аттестация / Положение о дипломном проекте\n"
                  "Утверждено решением Педагогического совета колледжа, протокол № 2 от 14 октября 2026 г.\n"
                  "1. Общие положения\n"
                  "1.1. Настоящее Положение определяет порядок выполнения, оформления и защиты дипломного проекта.\n"
                  "1.2. Дипломный проект выполняется на завершающем этапе обучения и является одной из форм итоговой "
                  "аттестации наряду с квалификационным экзаменом.\n"
                  "2. Руководство\n2.1. Руководителями назначаются преподаватели специальных дисциплин.")
    assert "exam_rules" not in found_verdicts(detector, doc, "college"), verdicts(detector, doc, "college")


@pytest.mark.parametrize("title", ["Ошибка 404 — Страница не найдена", "404 — Page not found", "Бет табылмады"])
def test_an_error_page_served_as_a_page_names_nothing_it_has(detector: Detector, title: str) -> None:
    """A "soft 404": the error page a site serves as a page, whose text names the page asked for ("Запрашиваемая страница
    «Антикоррупционный стандарт» не найдена"); nothing is there."""
    doc = excerpt(f"{C}/ru/anticorruption/standart",
                  f"{title}\nГлавная / Страница не найдена\n"
                  "Запрашиваемая страница «Антикоррупционный стандарт» не найдена.\n"
                  "Возможно, страница была удалена или переименована. Воспользуйтесь поиском по сайту.")
    assert verdicts(detector, doc, "college") == {}


def test_a_headline_that_opens_with_a_number_is_no_error_page(detector: Detector) -> None:
    """A number first in a title is no error code ("404 студента подали заявки ..."): the page is read as usual."""
    doc = excerpt(f"{U}/ru/students/obshezhitie/online",
                  "404 студента подали заявки на общежитие онлайн\nГлавная / Студентам / Общежитие\n"
                  "Онлайн-заявка на место в общежитии подаётся через личный кабинет студента до 25 августа.")
    assert "dormitory_online_registration" in verdicts(detector, doc)


def test_a_national_acts_section_under_a_title_with_the_sites_name_stays_the_acts(detector: Detector) -> None:
    """The national Concept reposted under a title that ends with the site's name after " | ": that separator is no table's
    cell, the title names the act, and its section "1. Vision of the development of anti-corruption policy" is the act's."""
    doc = wrapped(f"{U}/en/legal-framework/anticorruption-concept",
                  "Legal Framework: Anti-Corruption Policy Concept of the Republic of Kazakhstan 2022–2026 | International "
                  "Academy of Business and Law\nHome | About | Admissions | Programmes | Research | News | Contacts\n"
                  "- Constitution of the Republic of Kazakhstan\n- Law \"On Combating Corruption\"\n"
                  "1. Vision of the development of anti-corruption policy\n"
                  "The Concept defines the main directions of the policy for the medium term.")
    assert "anticorruption_policy" not in found_verdicts(detector, doc), verdicts(detector, doc)


def test_a_neighbours_regulation_in_the_board_of_trustees_section_is_no_boards_regulation(detector: Detector) -> None:
    """The pedagogical council's regulation placed under "Қамқоршылар кеңесі" in the breadcrumb: the phrase "Қамқоршылар
    кеңесі ... ереже" runs from the section into the page's name, which names a council of its own."""
    doc = wrapped(f"{C}/kk/about/qamqorshylar-kenesi/pedagogikalyq-kenes-erezhe",
                  "Педагогикалық кеңес туралы ереже\nБасты бет | Колледж туралы | Оқу ісі | Байланыс\n"
                  "Басты бет / Колледж туралы / Қамқоршылар кеңесі / Педагогикалық кеңес туралы ереже\n"
                  "Директордың 2026 жылғы 29 тамыздағы № 146-н бұйрығымен бекітілген\n"
                  "1. Жалпы ережелер\n1.1. Осы Ереже колледждің педагогикалық кеңесінің құрамын, өкілеттігін және жұмыс "
                  "тәртібін айқындайды.\n1.2. Кеңес колледждің оқу-тәрбие процесін басқаратын алқалы орган болып табылады.")
    assert "board_of_trustees_regulation" not in found_verdicts(detector, doc, "college"), verdicts(detector, doc, "college")


def test_a_results_page_whose_results_come_after_the_data_is_processed_is_a_placeholder(detector: Detector) -> None:
    """A page titled as a survey's results that announces the survey and says its results will be published here "после
    обработки данных": no results yet, at most `uncertain`."""
    doc = wrapped(f"{U}/ru/quality/rezultaty-anketirovaniya",
                  "Результаты анкетирования обучающихся\nГлавная / Качество образования / Результаты анкетирования\n"
                  "С 1 по 20 декабря 2026 года проводится анкетирование обучающихся об удовлетворённости условиями обучения.\n"
                  "Результаты анкетирования будут опубликованы на этой странице после обработки данных, в феврале 2027 года.\n"
                  "Вопросы: Департамент обеспечения качества, каб. 407.")
    assert "survey_results" not in found_verdicts(detector, doc), verdicts(detector, doc)


def test_a_kazakh_vacancies_page_with_no_competition_now_and_its_announcement_later_is_a_placeholder(
        detector: Detector) -> None:
    """"Қазіргі уақытта ... лауазымдарына жарияланған конкурс жоқ" (a long subject between) and "конкурс туралы
    хабарландыру кейінірек осы бетте жарияланады": no announcement yet, at most `uncertain`."""
    doc = wrapped(f"{U}/kk/about/bos-oryndar",
                  "Бос орындар\nБасты бет / Университет туралы / Бос орындар\n"
                  "Қазіргі уақытта «Сарыжайлау» университеті» КеАҚ-да профессор-оқытушылар құрамы мен әкімшілік-басқарушылық "
                  "персонал лауазымдарына жарияланған конкурс жоқ.\n"
                  "2026-2027 оқу жылының көктемгі семестріне арналған бос лауазымдарға орналасу конкурсы туралы хабарландыру "
                  "кейінірек осы бетте жарияланады.\nТүйіндемеңізді hr@uni.example.test поштасына жібере аласыз.")
    assert "vacancy_announcements" not in found_verdicts(detector, doc), verdicts(detector, doc)


@pytest.mark.parametrize(("url", "text"), [
    (f"{U}/en/news/partner-report",
     "University delegation at the annual public report of the President of Samarkand Technical University | Steppe "
     "University\nHome / News / International\n"
     "UNIVERSITY DELEGATION ATTENDS THE ANNUAL PUBLIC REPORT OF THE PRESIDENT OF SAMARKAND TECHNICAL UNIVERSITY\n"
     "14 October 2026 | International Office\n"
     "On 12 October our delegation took part in the annual public report of the President of Samarkand Technical "
     "University, our partner since 2019. In his report for the 2025-2026 academic year the President presented the "
     "university's main results."),
    (f"{U}/kk/news/student-president",
     "Студенттік президенттің жылдық есебі\nБасты бет / Жаңалықтар\nСТУДЕНТТІК ПРЕЗИДЕНТ ЖЫЛДЫҚ ЕСЕП БЕРДІ\n"
     "22.05.2026 | Жастар саясаты бөлімі\n"
     "21 мамырда студенттік өзін-өзі басқару президентінің 2025-2026 оқу жылындағы жұмысы туралы есебі тыңдалды."),
])
def test_another_heads_annual_report_is_not_the_institutions_heads(detector: Detector, url: str, text: str) -> None:
    """A partner university's president reporting, attended by a delegation, and the student president's annual report:
    another head's report, not the institution's head's."""
    doc = wrapped(url, text)
    assert "head_annual_report" not in found_verdicts(detector, doc), verdicts(detector, doc)


def test_a_labelled_section_menu_under_the_pages_heading_links_the_sections_documents(detector: Detector) -> None:
    """The same section menu as in a page's first lines, under the page's own heading: its entries link the section's
    policies by title there too (one policy for both places)."""
    doc = page(f"{U}/kk/university/compliance", "Комплаенс қызметі",
               "Басты бет / Университет / Комплаенс қызметі\nБөлім мәзірі:\n› Комплаенс қызметі туралы\n"
               "› Мүдделер қақтығысын реттеу саясаты\n› Сыйлықтар туралы ереже\n› Байланыс\n"
               "Қызмет университеттің құрылымдық бөлімшесі болып табылады және ректорға тікелей бағынады.\n"
               "Комплаенс-офицер: Әлия Серікқызы Нұрланова, e-mail: compliance@uni.example.test")
    found = found_verdicts(detector, doc)
    assert "conflict_of_interest_policy" in found, verdicts(detector, doc)


@pytest.mark.parametrize(("url", "text", "aid", "itype"), [
    # A job board's copy of a college's vacancy: its menu offers vacancies and résumés, its listing ends with other jobs.
    ("https://kazwork.example.test/vacancy/4411",
     "Преподаватель химии — вакансия в Экибастузе | KazWork\n"
     "KazWork | Вакансии | Резюме | Компании | Войти\n"
     "Преподаватель химии\nот 190 000 ₸\nКГКП «Экибастузский технический колледж»\n"
     "В колледж требуется преподаватель химии на полную ставку.\n"
     "Требования: среднее специальное или высшее образование, опыт от 1 года.\n"
     "Похожие вакансии:\nПреподаватель физики — Павлодарский колледж — от 200 000 ₸", "vacancy_announcements", "college"),
    # A region's education department announces the competition for the heads of the colleges it runs, on its own site.
    ("https://oblys-bilim.example.test/kk/news/konkurs",
     "Колледж директорларының бос лауазымдарына конкурс\nБасты бет | Басқарма туралы | Жаңалықтар | Байланыс\n"
     "Облыстық білім басқармасы мемлекеттік колледждердің бірінші басшыларының бос лауазымдарына конкурс жариялайды.\n"
     "Бос лауазымдар: «Жаңаөзен политехникалық колледжі» директоры; «Бейнеу аграрлық колледжі» директоры.\n"
     "Құжаттар 2026 жылғы 10 желтоқсанға дейін қабылданады.\n© 2026 Маңғыстау облысының білім басқармасы",
     "vacancy_announcements", "college"),
    # A directory of universities: its menu lists them by kind, and it sends the reader to the university for the facts.
    ("https://unidirectory.example.test/universities/steppe/scholarships",
     "Steppe University: гранты и стипендии 2026 | UniDirectory\nUniDirectory | Вузы | Колледжи | Специальности | Рейтинги\n"
     "Стипендии\nСтуденты на государственном гранте получают ежемесячную стипендию; отличникам она выше.\n"
     "В вузе есть именные стипендии и стипендия акима области.\n"
     "Сведения носят справочный характер и могут отличаться от официальных данных вуза.", "scholarship_info", "university"),
    # A news portal's story on national figures: its footer has advertising and the editorial office side by side.
    ("https://bilim-portal.example.test/kk/news/mobility",
     "Биыл 2 мыңнан астам студент академиялық ұтқырлық бағдарламасымен шетелде оқыды\n"
     "Жаңалықтар | Жоғары білім | Колледждер | Сұхбат\n"
     "Министрліктің мәліметінше, 2025-2026 оқу жылында академиялық ұтқырлық бағдарламасына 2 140 студент қатысты.\n"
     "Студенттер көбіне Түркия, Польша және Венгрия университеттерін таңдаған.\n"
     "Біз туралы · Жарнама · Редакция · Байланыс", "academic_mobility", "university"),
    # A newspaper's story on a rector's report: it is registered as a mass medium.
    ("https://steppe-news.example.test/education/rector-report",
     "Rector of Steppe University presents annual report to the public\nSteppe News | News | Education | Regions\n"
     "By Arman T. | 9 October 2026\nThe rector of Steppe University presented his annual report on the university's work "
     "for the 2025-2026 academic year at a public meeting attended by students, staff and parents.\n"
     "The number of students rose to 9,800, and two new master's programmes opened.\n"
     "Steppe News © 2026. Registered with the Ministry of Culture and Information of the Republic of Kazakhstan.",
     "head_annual_report", "university"),
    # A ministry's page publishing the sectoral standard for colleges: its copyright is the ministry's.
    ("https://minedu.example.test/ru/anticorruption/standard",
     "Антикоррупционный стандарт в сфере технического и профессионального образования\n"
     "Главная > Деятельность > Противодействие коррупции\nМинистерство информирует о принятии антикоррупционного "
     "стандарта для организаций технического и профессионального образования.\nОрганизациям образования рекомендуется "
     "разместить его текст на своих интернет-ресурсах.\nАнтикоррупционный стандарт — Скачать (PDF, 1,3 MB)\n"
     "© 2026 Министерство просвещения Республики Казахстан", "anticorruption_standard", "college"),
    # A rating company's survey of graduates: its copyright is a company's (ТОО), no college's.
    ("https://rating-centre.example.test/ru/research/2026",
     "Рейтинг колледжей 2026: результаты опроса выпускников и работодателей\n"
     "Рейтинг-Центр | Рейтинги | Методика | Колледжи | Исследования | О нас\nГлавная > Исследования > Рейтинг 2026\n"
     "В опросе приняли участие 18 000 выпускников колледжей и 1 200 работодателей из 17 регионов.\n"
     "Место | Колледж | Регион | Балл\n1 | Высший политехнический колледж | Атырауская обл. | 91,4\n"
     "2 | Химико-механический колледж | Павлодарская обл. | 88,7\n"
     "78% выпускников удовлетворены качеством обучения, 61% — организацией практики.\nПолный отчёт: Скачать (PDF, 6 MB)\n"
     "© 2026 ТОО «Рейтинг-Центр Профобразование» | г. Алматы, ул. Жандосова, 58 | +7 (727) 311-22-44", "survey_results",
     "college"),
    # A regional portal's story: its copyright calls it an information portal and gives its media registration.
    ("https://irtysh-news.example.test/ru/news/rector-report",
     "Ректор университета отчитался перед общественностью\nГлавная > Новости > Образование\n"
     "Павлодар, 16 октября 2026 — Корреспондент Irtysh News\nВ Павлодаре прошёл публичный отчёт ректора университета по "
     "итогам 2025–2026 учебного года. Ректор назвал главные цифры года: 11 000 студентов и 300 новых грантов.\n"
     "Читайте также:\n- Стипендии студентам вырастут с января\n"
     "© 2014–2026 Irtysh News. Региональный информационный портал. Свидетельство о постановке на учёт СИ № 10001-ИА.",
     "head_annual_report", "university"),
    # A region's education department announces the competition for a college's head on its own site.
    ("https://oblys-edu.example.test/kk/kadr/konkurs",
     "«Жетісу гуманитарлық колледжі» директоры лауазымына конкурс жариялау туралы хабарландыру\n"
     "Басты бет > Басқарма > Кадрлық жұмыс\nЖетісу облысының білім басқармасы | Ресми интернет-ресурс\n"
     "Басқарма колледждің бірінші басшысы (директоры) бос лауазымына орналасуға конкурс жариялайды.\n"
     "Құжаттар 2026 жылғы 5–25 қараша аралығында қабылданады.\nАнықтама үшін: +7 (7282) 00-00-00",
     "vacancy_announcements", "college"),
    # A directory's card of a college: it offers to compare colleges and says its facts come from open sources.
    ("https://college-cards.example.test/kk/college/transport",
     "Көлік колледжі — мамандықтар, байланыс, пікірлер\nБасты бет > Колледждер > Павлодар облысы\n"
     "CollegeCards | Колледждерді салыстыру | Талапкерге\nҚұрылған жылы: 1962\nЖатақхана бар (320 орын).\n"
     "Электрондық журнал: колледждің мәліметі бойынша қолданылады.\n"
     "Анықтамалықтағы мәліметтер ашық дереккөздерден жиналады және ақпараттық сипатта болады.", "e_journal", "college"),
    # A directory's table of a city's dormitories: gathered from open sources, it speaks for none of the universities.
    ("https://studguide.example.test/kk/dormitories/shymkent",
     "Шымкент қаласындағы ЖОО жатақханалары — 2026\nБасты бет / Жатақханалар / Шымкент\n"
     "Мәліметтер ашық көздерден жиналған, 2026 жылғы тамыздағы жағдай бойынша.\n"
     "ЖОО | Орын саны | Өтінім беру | Байланыс\nОңтүстік инженерлік университеті | 640 | онлайн өтінім, жеке кабинет | +7 (7252) 00-00-01\n"
     "Шымкент педагогикалық институты | 300 | деканат арқылы | +7 (7252) 00-00-02\n"
     "StudGuide — тәуелсіз жоба, ЖОО-лардың ресми өкілі емес.", "dormitory_online_registration", "university"),
    # A students' news site that calls itself an online outlet's project, on the ministry's reminder about vacant grants.
    ("https://students.media-group.example.test/ru/granty/zima",
     "Вакантные гранты: министерство напомнило о зимнем переводе\nStudent Hub — новости для студентов\n"
     "Главная / Образование / Гранты\nМинистерство напомнило студентам платного отделения, что в зимние каникулы они могут "
     "претендовать на вакантные образовательные гранты своего вуза.\nСписки вакантных грантов публикует каждый вуз.\n"
     "Student Hub — проект сетевого издания Steppe Media", "grant_transfer_candidates", "university"),
    # The state bodies' common platform: its trail opens with it and the department's name.
    ("https://platform.example.test/memleket/entities/edu-oblys/press/announcements/77",
     "Колледж директорының бос лауазымына конкурс жариялайды\n"
     "eGov.kz / Түркістан облысы әкімдігінің білім басқармасы / Баспасөз орталығы / Хабарландырулар\n"
     "Басқарма «Кентау көпсалалы колледжі» МКҚК директорының бос лауазымына орналасуға конкурс жариялайды.\n"
     "Құжаттар 2026 жылғы 20 қарашадан 5 желтоқсанға дейін қабылданады.\nТел. 8 (72533) 0-00-00", "vacancy_announcements",
     "college"),
    ("https://platform.example.test/memleket/entities/sci/documents/58",
     "Правила конкурсного замещения должностей профессорско-преподавательского состава\n"
     "eGov.kz / Министерство науки и высшего образования Республики Казахстан / Документы / Приказы\n"
     "Министерство информирует о внесении изменений в Правила конкурсного замещения должностей ППС.\n"
     "Правила конкурсного замещения должностей ППС (в новой редакции) (PDF, 540 КБ)", "vacancy_rules", "university"),
    # A portal's headline on a part of the country's universities at large.
    ("https://west-portal.example.test/ru/education/vacant-grants",
     "Вузы Западного Казахстана опубликовали списки претендентов на вакантные гранты\nГлавная | Общество | Образование\n"
     "Вузы региона завершили приём заявлений на перевод с платного отделения на грант. Списки претендентов размещены на "
     "сайтах вузов.\n«У нас освободилось 19 грантов», — рассказал проректор одного из университетов.",
     "grant_transfer_candidates", "university"),
    # ... and a portal that names itself the news of a part of the country.
    ("https://west-portal.example.test/ru/education/rector-report",
     "Ректор отчитался перед общественностью\nWEST NEWS — новости Западного Казахстана\nГлавная | Общество | Образование\n"
     "В университете прошёл публичный отчёт ректора по итогам 2025-2026 учебного года.\n"
     "Ректор назвал главные цифры года: 9 000 студентов и 200 новых грантов.", "head_annual_report", "university"),
    # A digest's story whose byline gives the date first, then its author and reading time.
    ("https://digest.example.test/regions/ertis-erasmus",
     "Students head to Poland as Erasmus+ exchanges grow\nNews | Regions | Business | Education\n"
     "12 September 2026 · by Daniyar K. · 4 min read\nTwelve students of Ertis University began the autumn semester at "
     "partner universities in Poland this month, according to its international office.", "academic_mobility", "university"),
    # A bank's student loan, by its copyright line: no scholarship of an institution's.
    ("https://loans.example.test/ru/personal/credits/education",
     "Образовательный кредит для студентов — Степь Банк\nЧастным лицам | Бизнесу | Кредиты | Депозиты | Карты\n"
     "Главная / Частным лицам / Кредиты / Образовательный кредит\nОбразовательный кредит\n"
     "Кредит на оплату обучения в вузах и колледжах Казахстана для студентов, не получивших образовательный грант или "
     "стипендию. Сумма до 5 000 000 тенге на весь срок обучения, ставка от 6% годовых при гарантии Финансового центра.\n"
     "Условия\n- срок: на период обучения плюс 10 лет;\n- отсрочка погашения на время учёбы;\n"
     "Если во время учёбы вы перевелись на вакантный грант, остаток кредита можно погасить досрочно без комиссии — "
     "достаточно справки из учебного заведения.\n"
     "Стипендия и кредит совместимы: кредит не влияет на назначение академической стипендии, если вы учитесь на "
     "гранте.\n"
     "Как получить: оформите заявку в интернет-банке или в любом отделении.\n"
     "АО «Степь Банк». Лицензия № 1.2.00/000 от 01.02.2022\nКонтакт-центр: 505\n© 2026 АО «Степь Банк»",
     "scholarship_info", "university"),
    # A media outlet's explainer, by its Kazakh byline's reading time ("Авторы: ... | 14.11.2026, 09:40 | 6 минут оқу").
    ("https://news.example.test/kk/student/bos-granttar",
     "Бос гранттар: студент грантқа қалай ауыса алады? — Білім Жаршысы\n"
     "Басты бет | Жаңалықтар | Білім | Қоғам | Студент | Сұхбат\n"
     "Бос гранттар: студент грантқа қалай ауыса алады?\nАвторы: Гүлназ Т. | 14.11.2026, 09:40 | 6 минут оқу\n"
     "Қысқы каникул жақындаған сайын ақылы бөлімде оқитын студенттер бір сұрақ қояды: бос грантқа қалай ауысуға болады?\n"
     "Білім беру грантымен оқитын студент оқудан шығарылса, оның гранты босайды. Мұндай гранттар ақылы негізде оқитын "
     "студенттер арасында конкурстық негізде беріледі.\n"
     "Бос гранттарға үміткерлер тізімі әр ЖОО сайтында жарияланады.\n© 2026 Білім Жаршысы",
     "grant_transfer_candidates", "university"),
    # A newspaper's round-up of the universities' vacant grants: its footer keeps its texts for its editors' leave.
    ("https://steppe-post.example.test/ru/obshchestvo/granty",
     "Где студенты-платники могут перейти на грант этой зимой\nГлавная\nОбщество\nОбразование\nГлавная / Общество\n"
     "Где студенты-платники могут перейти на грант этой зимой\nМарат Оспанов | 12 ноября 2026, 09:15\n"
     "Зимние каникулы открывают второй за год конкурс на вакантные образовательные гранты. Мы собрали объявления "
     "нескольких вузов области.\n- Аграрный университет — 12 вакантных грантов, заявления до 10 января;\n"
     "- Педагогический институт — 7 грантов по педагогическим программам;\n"
     "- Технический университет — 15 грантов, в основном по IT.\nПодробные условия смотрите на сайтах вузов.\n"
     "© 2026 Степной вестник. Перепечатка материалов только с письменного разрешения редакции.",
     "grant_transfer_candidates", "university"),
    ("https://dala-aqshamy.example.test/kk/bilim/stipendiya-2026",
     "Студенттердің стипендиясы қаңтардан бастап қалай төленеді\nБасты бет / Білім\n"
     "Студенттердің стипендиясы қаңтардан бастап қалай төленеді\nӘсел Нұрланқызы | 20.11.2026\n"
     "Мемлекеттік білім беру тапсырысы бойынша оқитын студенттерге академиялық стипендия сессия қорытындысы бойынша "
     "тағайындалады. Үздік оқитындарға жоғарылатылған стипендия төленеді.\n"
     "Стипендия әр айдың 25-іне дейін студенттің банк картасына аударылады.\n"
     "© 2026 «Дала ақшамы». Материалдарды көшіріп басу тек редакцияның жазбаша рұқсатымен жүзеге асырылады.",
     "scholarship_info", "university"),
    # A region's education department's own site (its name alone in the title and the footer): its plan for its schools and
    # colleges is no college's.
    ("https://oblys-bilim.example.test/kk/anticor/zhospar-2026",
     "Сыбайлас жемқорлыққа қарсы іс-қимыл бойынша шаралар жоспары — Жетісу облысы әкімдігінің білім басқармасы\n"
     "Басты бет / Қызмет / Сыбайлас жемқорлыққа қарсы іс-қимыл\nБілім басқармасы және ведомстволық бағынысты ұйымдардың "
     "2026 жылға арналған сыбайлас жемқорлыққа қарсы іс-қимыл бойынша шаралар жоспары\nБасқарма басшысының 2026 жылғы "
     "9 қаңтардағы № 12-ж бұйрығымен бекітілген\n1. Колледждерге қабылдау кезінде қабылдау комиссияларының жұмысына "
     "мониторинг жүргізу — шілде-тамыз\n2. Колледж директорларымен кеңес өткізу — жартыжылдықта бір рет\n"
     "Жетісу облысы әкімдігінің білім басқармасы\nТалдықорған қ., Тәуелсіздік көшесі, 38", "anticorruption_plan", "college"),
    # A state body's site by its menu's "about" entry: the Agency's survey of students, no institution's survey results.
    ("https://agency-site.example.test/kk/analytics/student-survey-2026",
     "Студенттер арасындағы сыбайлас жемқорлықты қабылдау деңгейі: 2026 жылғы зерттеу нәтижелері\nБасты бет | Агенттік туралы | "
     "Қызмет | Талдау | Баспасөз орталығы\nБасты бет / Талдау / Социологиялық зерттеулер\nСтуденттер арасындағы сыбайлас "
     "жемқорлықты қабылдау деңгейі: 2026 жылғы социологиялық зерттеу нәтижелері\nЗерттеуге 42 жоғары оқу орнының 8 400 "
     "студенті қатысты.\n— Респонденттердің 7,8 %-ы заңсыз талаптарға тап болған.\n— 62 %-ы сенім телефоны туралы біледі.\n"
     "— 79 %-ы емтихандарды электрондық форматта өткізуді қолдайды.\nЗерттеу есебі (PDF, 2,9 МБ) — Жүктеу",
     "survey_results", "university"),
    # ... or a city's youth affairs office, by its menu's "Об управлении": its hotline for the young is no institution's.
    ("https://youth-office.example.test/ru/projects/hotline",
     "Круглосуточная горячая линия для молодежи — Управление по делам молодежи\nГлавная | Об управлении | Молодежная "
     "политика | Проекты | Новости | Контакты\nГлавная / Проекты / Горячая линия для молодежи\nКруглосуточная горячая линия "
     "для молодежи «Жастар — 1000»\nКонсультанты линии круглосуточно отвечают на вопросы студентов вузов и колледжей о трудоустройстве, учёбе и "
     "жилье, принимают сообщения о вымогательстве и давлении.\nТелефон: 1000 (бесплатно)",
     "hotline", "university"),
    # ... or a hospital's, by its menu's "О больнице": its staff's code of honour is no college's.
    ("https://hospital.example.test/ru/anticor/kodeks-chesti",
     "Кодекс чести медицинских работников — Областная больница\nГлавная | О больнице | Пациентам | Антикоррупционная "
     "деятельность\nГлавная / Антикоррупционная деятельность / Кодекс чести\nКодекс чести медицинских работников\n"
     "Утверждён решением Наблюдательного совета от 16 марта 2026 года\n1.1. Кодекс обязателен для всех работников, а также "
     "для обучающихся медицинских колледжей, проходящих практику.\n2. Работник соблюдает нормы профессиональной этики.\n"
     "© 2026 Областная больница", "staff_ethics_code", "college"),
    # A bank's site by its copyright, the brand's name one word with "Bank" ("© 2026 SteppeBank"): its card for scholarships
    # is no institution's scholarship information.
    ("https://steppebank.example.test/ru/cards/student-card",
     "Карта для стипендии | SteppeBank\nЧастным лицам / Карты / Студенческая\nКарта для получения стипендии\n"
     "Оформите бесплатную карту и получайте стипендию в день её перечисления учебным заведением, без комиссии.\n"
     "Назначение и размер стипендии определяет ваш вуз или колледж; банк только зачисляет выплату.\n"
     "Тарифы (PDF)\n© 2026 SteppeBank. Все права защищены.", "scholarship_info", "university"),
    # The government's portal by its copyright ("© 2026 Электронное правительство ..."): its state service of a dormitory
    # place is no institution's online registration.
    ("https://gov-portal.example.test/ru/services/dormitory-place",
     "Предоставление места в общежитии обучающимся вузов\nГлавная / Образование / Общежитие\n"
     "Предоставление места в общежитии обучающимся вузов\nФорма оказания услуги: электронная. Подайте заявление онлайн: "
     "авторизуйтесь, выберите вуз и курс, подпишите запрос ЭЦП.\nРезультат: уведомление о предоставлении места.\n"
     "[ Заказать услугу онлайн ]\n© 2026 Электронное правительство Республики Казахстан",
     "dormitory_online_registration", "university"),
    # The Anti-Corruption Agency's own site, by its menu's "Агентство" entry or by its copyright ("© 2026 Антикоррупционная
    # служба"): its project office for the clubs is no college's club.
    ("https://adal-el.example.test/ru/activity/clubs",
     "Клубы «Саналы ұрпақ» в колледжах\nАгентство | Деятельность | Пресс-центр | Контакты\n"
     "Главная / Деятельность / «Саналы ұрпақ»\nКлубы «Саналы ұрпақ» в колледжах\nПроектный офис координирует сеть клубов "
     "«Саналы ұрпақ» в колледжах и вузах страны: клуб принимает положение на основе типового и годовой план работы.\n"
     "Материалы для клубов: типовое положение (DOCX)", "sanaly_urpaq_club", "college"),
    ("https://anticor-service.example.test/ru/activity/clubs",
     "Клубы «Саналы ұрпақ» в колледжах\nГлавная / Деятельность\nКлубы «Саналы ұрпақ»\nВ колледжах страны действуют клубы "
     "«Саналы ұрпақ»; каждый клуб принимает положение и годовой план работы.\nТиповое положение о клубе (DOCX)\n"
     "© 2026 Антикоррупционная служба Республики Казахстан", "sanaly_urpaq_club", "college"),
    # A journal's page for its authors: how it checks the articles it gets, no institution's anti-plagiarism rules.
    ("https://sjar.example.test/en/for-authors/ethics",
     "Publication Ethics and Plagiarism Policy | Steppe Journal of Applied Research\nHome | Editorial Board | For Authors | "
     "Archive\nPublication Ethics and Plagiarism Policy\nAll manuscripts are checked for text similarity before review; a "
     "manuscript with a similarity index above 20 % is returned to the authors.\nThe journal follows the COPE core "
     "practices; the publication fee is waived for master's and PhD students who are first authors.\n"
     "© 2026 Steppe Journal of Applied Research", "antiplagiarism", "university"),
    ("https://xabarshy.example.test/kk/zhurnal/avtorlarga",
     "«Хабаршы» журналы: авторларға арналған талаптар\nБасты бет > Журнал > Авторларға\n«Хабаршы» журналы: авторларға "
     "арналған талаптар\nПлагиатқа тексеру\nРедакция түскен барлық мақалаларды мәтіндік сәйкестікке тексереді; мақаланың "
     "түпнұсқалығы 80 %-дан кем болмауы тиіс.\nМагистранттар мен докторанттар бірінші автор болса, жариялау ақысына 50 % "
     "жеңілдік беріледі.\nБас редактор: профессор Т. Қ. Жанұзақов", "antiplagiarism", "university"),
    # A news outlet by its menu of rubrics (politics, the economy and society side by side): its story of the ministry's
    # reminder is no university's vacant grants.
    ("https://steppe-post.example.test/education/2026/07/vacant-grants",
     "Universities told to publish vacant grants as transfer season opens\nSteppe Post - news from Kazakhstan\n"
     "Politics | Economy | Education | Society | Regions | Opinion\nUniversities told to publish vacant grants as transfer "
     "season opens\nASTANA - Universities must publish the number of vacated state educational grants and the candidates "
     "for transfer on their websites, the ministry reminded rectors on Monday.\nApplications are accepted until 31 July.",
     "grant_transfer_candidates", "university"),
    # A foreign partner university's site by its footer, another country's phone code over its copyright: its integrity
    # policy for incoming exchange students is no Kazakh university's code.
    ("https://partner-pl.example.test/en/international/regulations/academic-integrity",
     "Academic Integrity Policy - Silesian University of Economics\nHome | Study with us | International Students\n"
     "Academic Integrity Policy\nThis policy applies to all students of the University, including incoming exchange students "
     "from partner institutions in Kazakhstan.\n1. Students submit only their own work and acknowledge all sources.\n"
     "2. Students do not offer gifts or payments to teaching staff in connection with assessment.\n"
     "Silesian University of Economics\nul. Polna 14, 50-421 Wroclaw, Poland | +48 71 300 42 00 | intl@partner-pl.example.test\n"
     "© 2026 SUE", "student_ethics_code", "university"),
    # A research centre's site by its copyright ("© 2026 НАО «НИЦ «...»"): its national survey is no college's results.
    ("https://youth-centre.example.test/ru/research/molodezh-2026",
     "Результаты социологического исследования «Молодёжь – 2026»\nГлавная / Исследования / Социологические опросы\n"
     "Результаты социологического исследования «Молодёжь – 2026»\nЦентр представил результаты общенационального опроса: "
     "выборка составила 4 200 респондентов в возрасте от 14 до 35 лет.\n— 71 % доверяют колледжам и вузам;\n"
     "— 18 % сталкивались с неформальными платежами;\n— 64 % знают о телефоне доверия.\n"
     "© 2026 НАО «НИЦ «Молодёжь»", "survey_results", "college"),
    # ... or by the Kazakh abbreviation ("© 2026 «Жастар» ҒЗО": ғылыми-зерттеу орталығы).
    ("https://jastar-centre.example.test/kk/research/zhastar-2026",
     "Жастардың сыбайлас жемқорлыққа көзқарасы: 2026 жылғы социологиялық зерттеу нәтижелері\nБасты бет / Зерттеулер\n"
     "Жастардың сыбайлас жемқорлыққа көзқарасы: 2026 жылғы социологиялық зерттеу нәтижелері\nЗерттеуге 14-35 жастағы 3 800 "
     "респондент қатысты, оның ішінде колледж студенттері.\n— 68 %-ы колледждер мен жоо-ларға сенеді;\n— 21 %-ы бейресми "
     "төлемдерге тап болған;\n— 59 %-ы сенім телефоны туралы біледі.\n© 2026 «Жастар» ҒЗО", "survey_results", "college"),
    # A research institute's site by its menu ("Об институте | Лаборатории"): its vacancies are no university's.
    ("https://history-inst.example.test/ru/institute/vacancies/2026-11",
     "Объявление о конкурсе на замещение вакантных должностей научных работников\nГлавная / Институт / Вакансии\n"
     "Об институте | Научные направления | Отделы и лаборатории | Вакансии | Контакты\nОбъявление о конкурсе на замещение "
     "вакантных должностей научных работников\nИнститут объявляет конкурс на замещение вакантных должностей: ведущий "
     "научный сотрудник отдела археологии - 1 ставка.\nДокументы принимаются до 15 декабря 2026 года.",
     "vacancy_announcements", "university"),
    # A national centre's site by its copyright: its call centre for those who sit its tests is no university's trust line.
    ("https://test-centre.example.test/ru/kt/pravila",
     "Правила проведения комплексного тестирования для поступающих в магистратуру\nГлавная / Поступающим / Правила\n"
     "Правила проведения комплексного тестирования\n1. Комплексное тестирование проводится в сроки, установленные "
     "уполномоченным органом.\n2. О фактах коррупции и нарушениях при тестировании сообщайте по телефону доверия "
     "8 (7172) 69-52-91 (круглосуточно).\n© 2026 РГКП «Национальный центр тестирования»", "hotline", "university"),
    # A vendor's site by its menu's prices beside its clients ("Тарифтер | Клиенттер | Демо сұрау"), its name holding
    # "College": its e-journal product is no college's journal.
    ("https://kolbook.example.test/kk/products/journal",
     "CollegeBook – колледждерге арналған электрондық журнал\nCollegeBook | Мүмкіндіктер | Тарифтер | Клиенттер | Демо сұрау | "
     "Кіру\nБасты бет / Өнімдер / Электрондық журнал\nCollegeBook – колледждерге арналған бұлттық платформа: электрондық "
     "журнал, сабақ кестесі және ата-аналармен байланыс бір жерде.\nБағаларды ата-аналар мен студенттер мобильді қосымшада "
     "көреді.\n«CollegeBook» ЖШС\n© 2026 CollegeBook", "e_journal", "college"),
    # A trade union's site by its menu's "О профсоюзе": its hot line for teachers is no university's trust line.
    ("https://edu-union.example.test/ru/legal/hotline",
     "Горячая линия отраслевого профсоюза\nО профсоюзе | Правовая защита | Охрана труда | Новости | Контакты\n"
     "Главная / Правовая защита / Горячая линия\nГорячая линия для работников образования и науки\nПрофсоюз проводит "
     "горячую линию для преподавателей и сотрудников вузов и колледжей.\nТелефоны горячей линии: 8 (7172) 21-54-54, "
     "+7 771 215 45 45\nРежим работы: понедельник – пятница, 10:00–17:00", "hotline", "university"),
    # A league of universities by its name in the head ("... лигасы"): its model code for members is no university's code.
    ("https://adal-liga.example.test/kk/documents/model-kodeks",
     "Академиялық адалдықтың үлгілік кодексі — Академиялық адалдық лигасы\nЛига туралы | Мүшелер | Құжаттар | Жаңалықтар\n"
     "Академиялық адалдықтың үлгілік кодексі\nҮлгілік кодекс Лигаға мүше жоғары оқу орындарына профессорлық-оқытушылар "
     "құрамы мен қызметкерлерінің ар-намыс кодекстерін, білім алушылардың әдеп кодекстерін әзірлеу кезінде негіз ретінде "
     "пайдалану үшін дайындалды.\n1. Оқытушы мен білім алушы адал болады.\n© 2026 Академиялық адалдық лигасы",
     "staff_ethics_code", "university"),
    # ... or by its address ending in another country, over its copyright: its incoming students' mobility is no Kazakh
    # university's.
    ("https://partner-wroc.example.test/en/international/incoming/2025-2026",
     "Incoming exchange students 2025/2026 - Silesian University of Technology\nHome / International / Incoming students\n"
     "Incoming exchange students 2025/2026\nIn 2025/2026 we welcomed 214 exchange students from 31 partner universities, "
     "among them 18 students from Kazakhstan under Erasmus+ academic mobility agreements.\nInternational Relations Office\n"
     "Wybrzeze Wyspianskiego 31, 50-370 Wroclaw, Poland\n© 2026 SUT", "academic_mobility", "university"),
    # A project consortium's site by its copyright ("© 2026 IntegriKAZ consortium"): its model policy is no university's.
    ("https://integrikaz.example.com/outcomes/policy",
     "Model anti-corruption policy | IntegriKAZ\nHome | About the Project | Consortium | Outcomes | Contact\n"
     "Home › Outcomes › Model documents\nModel anti-corruption policy\nThe consortium adopted this "
     "anti-corruption policy for its partner universities in Kazakhstan. It sets out how staff and students "
     "report corruption and how gifts and conflicts of interest are handled.\n- Anti-corruption policy (PDF)\n"
     "Contact: project coordinator, integrikaz@project.example.com\n© 2026 IntegriKAZ consortium", "anticorruption_policy", "university"),
    # A state youth centre's site by its legal form in the footer ("КГУ «Центр поддержки молодёжных инициатив»"): the clubs'
    # documents it offers are no university's club.
    ("https://youth.example.kz/ru/projects/sanaly-urpaq",
     "Клубы «Саналы ұрпақ» региона | Центр молодёжных инициатив\nГлавная | О центре | Проекты | Волонтёрство | "
     "Контакты\nГлавная / Проекты / «Саналы ұрпақ»\nКлубы «Саналы ұрпақ» региона\nЦентр координирует работу "
     "студенческих клубов «Саналы ұрпақ» в 14 вузах и 38 колледжах области.\nДокументы для клубов:\n– "
     "Положение о студенческом клубе «Саналы ұрпақ» (DOCX)\n– План работы клуба на 2026-2027 учебный год "
     "(DOCX)\nРуководитель проекта: +7 7212 41 55 20\nКГУ «Центр поддержки молодёжных инициатив» | г. "
     "Караганда, ул. Ерубаева, 36\n© 2026 Центр поддержки молодёжных инициатив", "sanaly_urpaq_club", "university"),
    # A students' forum's thread by its posts' headers ("dimash_pvl писал(а): ...", "Автор темы: ..."): users' talk.
    ("https://studforum.example.kz/ucheba/granty/perevod",
     "Как перевестись на освободившийся грант? – Форум студентов\nФорумы | Поступление | Учёба в вузе | Вход | "
     "Регистрация\nГлавная › Учёба в вузе › Гранты › Тема\nКак перевестись на освободившийся грант?\nАвтор "
     "темы: aruzhan_02 | 14.06.2026\naruzhan_02 писал(а):\nУчусь на 1 курсе на платном, GPA 3,7. Слышала, что "
     "летом можно перевестись на освободившийся грант. Кто знает, когда подавать заявление?\ndimash_pvl "
     "писал(а): 14.06.2026\nСмотри на сайте вуза: в июле выкладывают объявление о вакантных грантах, потом "
     "вешают список претендентов на вакантные гранты.", "grant_transfer_candidates", "university"),
    # The civil service agency by its English name's other word order ("Agency for Civil Service Affairs"): its vacancies.
    ("https://civil-careers.example.test/en/vacancies/2026-11",
     "Vacancies | Careers in public service\nHome / Vacancies\nCompetition for vacant positions\nThe regional department of "
     "the Agency for Civil Service Affairs announces an open competition for vacant positions of chief specialists.\n"
     "Applications are accepted until 5 December 2026.\nRequirements: higher education; knowledge of the Law on Civil "
     "Service.\nTel. +7 (7172) 00-00-00", "vacancy_announcements", "university"),
    # A portal for foreign applicants that says in its footer it is an information portal: its scholarships are no
    # institution's.
    ("https://study-portal.example.test/en/funding",
     "Scholarships for International Students | Study Steppe\nHome / Scholarships\nScholarships for International Students\nForeign students can apply for state "
     "educational grants under intergovernmental agreements, and many universities offer their own tuition discounts of "
     "25-100 % for strong applicants.\nState scholarship holders receive a monthly stipend; from 1 September 2026 the "
     "bachelor's rate is KZT 52,372.\nAsk us: help@study-portal.example.test\n"
     "Study Steppe is an information portal supported by a national agency for international programmes.\n"
     "© 2026 Study Steppe", "scholarship_info", "university"),
    # A national centre's page, by the site's name in its title: the country's mobility figures, no institution's.
    ("https://centre.example.test/en/analytics/mobility-2025-2026",
     "Academic Mobility: 2025-2026 Monitoring Results | National Center for Higher Education Development\n"
     "Home / Analytics / Academic Mobility\nAcademic Mobility: 2025-2026 Monitoring Results\nPublished: 14 October 2026\n"
     "Outgoing student mobility reached 9,814 students in 2025-2026, of whom 5,320 studied abroad; 94 % of the credits "
     "earned abroad were recognised in full.\nUniversities with the largest outgoing mobility: 1. Steppe University - 612; "
     "2. River University - 540.\nDownload the full report (PDF, 4.6 MB)", "academic_mobility", "university"),
])
def test_job_boards_directories_media_and_departments_are_other_sites(detector: Detector, url: str, text: str,
                                                                       aid: str, itype: str) -> None:
    """Another site's page about an institution's vacancy, scholarships, mobility, report, standard or survey, or a
    department's about its colleges: the site says whose it is (its menu, its footer and copyright, its media registration,
    its name line, its note on its sources), so none is the institution's."""
    doc = wrapped(url, text)
    assert aid not in found_verdicts(detector, doc, itype), verdicts(detector, doc, itype)


def test_a_page_that_will_list_the_candidates_after_the_session_is_a_placeholder(detector: Detector) -> None:
    """"Информация будет опубликована после завершения ... сессии." on a line of its own, under the list's title: the
    list comes later."""
    doc = wrapped(f"{U}/ru/students/vacant-grants",
                  "Претенденты на вакантные гранты\nГлавная > Обучающимся > Претенденты на вакантные гранты\n"
                  "Информация будет опубликована после завершения летней экзаменационной сессии.\n"
                  "Списки претендентов размещаются на этой странице после формирования рейтинга обучающихся.\n"
                  "Офис регистратора, каб. 105, тел. 8 (7172) 00-00-00")
    assert "grant_transfer_candidates" not in found_verdicts(detector, doc), verdicts(detector, doc)


def test_a_boards_minutes_over_a_table_of_files_are_the_boards_minutes(detector: Detector) -> None:
    """"Протоколы заседаний" over a table of the sittings (its header first, then rows with their files), on the board's
    page: the board's minutes, as the same line over a list of files is."""
    doc = wrapped(f"{C}/ru/about/board",
                  "Попечительский совет\nГлавная > О колледже > Попечительский совет\n"
                  "Совет создан для содействия развитию колледжа и вовлечения работодателей в подготовку кадров.\n"
                  "Протоколы заседаний\n№ | Дата | Повестка | Файл\n"
                  "1 | 10.09.2026 | Утверждение плана работы | Скачать (PDF, 300 КБ)\n"
                  "2 | 12.11.2026 | Практика студентов у партнёров | Скачать (PDF, 280 КБ)\n"
                  "Обращения к совету: board@college.example.test")
    assert "board_of_trustees_minutes" in found_verdicts(detector, doc, "college"), verdicts(detector, doc, "college")


def test_minutes_listed_under_this_years_period_line_are_current(detector: Detector) -> None:
    """The minutes' title, then "2026-2027 учебный год" over this year's sittings and a later "2025-2026 учебный год" over
    last year's: the page's latest minutes are this year's, not stale."""
    doc = wrapped(f"{C}/ru/board/minutes",
                  "Протоколы заседаний Попечительского совета\nГлавная > О колледже > Протоколы заседаний\n"
                  "2026-2027 учебный год\nПротокол № 1 от 20.10.2026 (PDF, 300 KB)\n"
                  "Повестка: утверждение плана работы совета; ремонт мастерских.\n"
                  "2025-2026 учебный год\nПротокол № 2 от 18.02.2026 (PDF, 280 KB)\nПротокол № 1 от 14.10.2025 (PDF, 290 KB)\n"
                  "Секретарь совета: А. Б. Сейтова")
    evidence = {e.artefact_id: e for e in detector.detect(doc, "college", AS_OF)}
    assert "board_of_trustees_minutes" in evidence and evidence["board_of_trustees_minutes"].confidence >= 0.5
    assert not evidence["board_of_trustees_minutes"].stale, evidence["board_of_trustees_minutes"]


def test_a_section_menu_under_a_bare_sections_label_links_its_pages(detector: Detector) -> None:
    """"Разделы" alone on its line over the section's bulleted pages, on the rector's page under the university's name:
    its "Блог ректора" and "Ежегодный отчёт ректора" link the blog and the report, as under "Меню раздела"."""
    doc = wrapped(f"{U}/ru/university/leadership/rector",
                  "Председатель Правления – Ректор\nГлавная > Университет > Руководство > Ректор\n"
                  "Степной университет\nРазделы\n• Ректор\n• Проректоры\n• Блог ректора\n"
                  "• Ежегодный отчёт ректора\n• График приёма граждан\nРектор университета\n"
                  "Сеитов Бауыржан Каиргельдинович\nДоктор экономических наук\nБиография\n"
                  "Родился в 1970 году в Караганде. В 1992 году окончил университет по специальности «Экономика».\n"
                  "С 2022 года возглавляет университет.\nТрудовая деятельность\n"
                  "1992–1999 – преподаватель, старший преподаватель кафедры экономики.\n"
                  "1999–2010 – доцент, заведующий кафедрой финансов.\n2010–2016 – проректор по учебной работе.\n"
                  "2016–2022 – первый проректор.\nНаучная деятельность\n"
                  "Автор более 120 научных трудов, в том числе двух монографий и 15 статей в изданиях, индексируемых в "
                  "Scopus. Под его руководством защищены 3 диссертации PhD.\n"
                  "Награды\n"
                  "Медаль «Ерен еңбегі үшін» (2018), нагрудный знак «Ы. Алтынсарин» (2014), почётная грамота "
                  "министерства (2023).\n"
                  "Приём граждан: по средам с 15:00, главный корпус, каб. 201.\n"
                  "Задать вопрос ректору можно в разделе «Блог ректора». Ежегодный отчёт ректора размещается в соответствующем разделе после отчётной встречи.")
    found = found_verdicts(detector, doc)
    assert {"head_blog", "head_annual_report"} <= set(found), verdicts(detector, doc)


@pytest.mark.parametrize(("sentence", "offered"), [
    ("Личная подача бумажных заявлений не предусмотрена.", True),
    ("Заявления принимаются лично в бумажном виде, онлайн-подача не предусмотрена.", False),
])
def test_a_service_page_that_rules_out_paper_applications_offers_the_online_service(detector: Detector, sentence: str,
                                                                                     offered: bool) -> None:
    """"Личная подача бумажных заявлений не предусмотрена" rules out the paper way: the online service is the only one. A
    sentence that rules out the online way makes the page no service."""
    doc = wrapped(f"{U}/ru/registrar/transfer-online",
                  "Онлайн-сервис подачи заявлений на перевод\nГлавная > Обучающимся > Офис регистратора\n"
                  f"Офис регистратора принимает заявления на перевод и восстановление. {sentence} Ход рассмотрения "
                  "заявления виден заявителю.\nЗаявление можно подать на перевод с одной образовательной программы на другую "
                  "или из другого вуза.\nКонтакты: каб. 118, registrar@uni.example.test")
    assert ("online_transfer_service" in found_verdicts(detector, doc)) is offered, verdicts(detector, doc)


@pytest.mark.parametrize("who", [
    "• International students (incl. academic mobility incoming students)",
    "• Иностранные студенты (в том числе прибывшие по программам академической мобильности)",
])
def test_an_example_in_brackets_of_who_may_apply_names_no_service(detector: Detector, who: str) -> None:
    """A dormitory service's list of who may apply, one entry with an example in brackets that names academic mobility:
    a passing mention, not the mobility page."""
    doc = wrapped(f"{U}/en/students/dormitory-online",
                  "Online Dormitory Registration\nHome > Students > Online Dormitory Registration\n"
                  "Dormitory places are given by online registration on the student portal.\nWho can apply\n"
                  f"• Full-time students from other cities\n{who}\n• First-year students after enrolment\n"
                  "How to register\nStep 1. Sign in to the student portal.\nStep 2. Choose Dormitory and submit the application.\n"
                  "Contacts: dormitory@uni.example.test")
    found = found_verdicts(detector, doc)
    assert "academic_mobility" not in found and "dormitory_online_registration" in found, verdicts(detector, doc)


def test_a_state_colleges_two_line_letterhead_naming_its_akimat_is_its_own(detector: Detector) -> None:
    """"ГККП «... колледж»" / "акимата Северо-Казахстанской области" over the board's minutes: the letterhead's second line
    goes on from the first (the college's), so the minutes are the college's, not the akimat's."""
    doc = wrapped(f"{C}/ru/board/minutes-2",
                  "Протокол № 2 заседания Попечительского совета от 14 октября 2026 года\n"
                  "Главная > Попечительский совет > Протоколы заседаний\nГККП «Северный строительный колледж»\n"
                  "акимата Северо-Казахстанской области\nПРОТОКОЛ № 2\nзаседания Попечительского совета\n"
                  "Присутствовали: 7 из 9 членов совета.\nПовестка дня:\n1. Об итогах практики студентов.\n"
                  "СЛУШАЛИ: директора колледжа об итогах практики.\nПОСТАНОВИЛИ: информацию принять к сведению.\n"
                  "Председатель совета ____________ Б. Кусаинов")
    assert "board_of_trustees_minutes" in found_verdicts(detector, doc, "college"), verdicts(detector, doc, "college")


def test_not_and_adopted_apart_in_a_sentence_say_no_draft(detector: Detector) -> None:
    """"The Commission holds its meetings not less than once per quarter. Decisions are adopted by a simple majority":
    "not" and "adopted" are not "not adopted", so the documents the page lists are no drafts."""
    doc = wrapped(f"{U}/en/anticorruption",
                  "Anti-corruption compliance\nHome > University > Anti-corruption compliance\n"
                  "The University prevents corruption in accordance with the law and its internal documents.\nDocuments\n"
                  "1. Regulation on the Anti-corruption Commission of the University\n   Download (PDF, 198 KB)\n"
                  "2. Composition of the Anti-corruption Commission for 2026-2027\n   Download (PDF, 96 KB)\n"
                  "The Commission holds its meetings not less than once per quarter. Decisions are adopted by a simple "
                  "majority of votes of the members present.\nContacts: compliance@uni.example.test")
    found = found_verdicts(detector, doc)
    assert "anticorruption_commission_regulation" in found, verdicts(detector, doc)


@pytest.mark.parametrize(("url", "text", "found"), [
    # A page titled as the state bodies' hotlines lists theirs: a labour ministry's line is no trust line of the university.
    (f"{U}/ru/students/hotlines-gos-organov",
     "Телефоны горячих линий государственных органов\nГлавная > Студентам > Полезная информация\n"
     "Ниже приведены номера телефонов государственных органов, куда можно обратиться за консультацией.\n"
     "Министерство труда и социальной защиты населения РК\nГорячая линия по трудовым вопросам: 1414 (доб. 5)\n"
     "Департамент полиции области\nДежурная часть: 102\nКонсультации юридического отдела университета: каб. 312, "
     "пн–пт с 9:00 до 17:00.", False),
    # A survey's page with the university's own trust line in its footer: the survey's words say nothing of whose it is.
    (f"{U}/ru/news/teacher-survey",
     "Стартовал опрос «Преподаватель глазами студентов»\nГлавная > Новости\n"
     "С 16 ноября по 6 декабря 2026 года проводится анонимное анкетирование студентов по итогам осеннего семестра.\n"
     "Анкета доступна в личном кабинете обучающегося.\n---\n"
     "Телефон доверия (круглосуточно): +7 (727) 000-11-99 — сообщите о фактах коррупции", True),
])
def test_a_head_naming_the_state_bodies_lines_makes_a_listed_hotline_theirs(detector: Detector, url: str, text: str,
                                                                              found: bool) -> None:
    doc = wrapped(url, text)
    assert ("hotline" in found_verdicts(detector, doc)) is found, verdicts(detector, doc)


@pytest.mark.parametrize(("url", "text", "aid"), [
    ("https://oblys-bilim.example.test/kk/announcements/director",
     "«Қала музыкалық колледжі» КМҚК директоры лауазымына конкурс жариялау туралы хабарландыру\n"
     "Басты бет › Хабарландырулар › Кадр мәселелері\nПавлодар облысының білім беру басқармасы\n2026 жылғы 10 қараша\n"
     "Басқарма колледждің директоры лауазымына орналасуға конкурс жариялайды.\n"
     "Құжаттар 2026 жылғы 24 қарашаға дейін қабылданады.\nАнықтама телефоны: 8 (7182) 00-00-00",
     "vacancy_announcements"),
    ("https://uo-region.example.test/ru/report-2025",
     "Отчёт руководителя управления образования перед населением за 2025 год\nГлавная > Об управлении > Отчётные встречи\n"
     "Управление образования Северо-Казахстанской области\nДата: 26.02.2026\n"
     "Состоялась отчётная встреча руководителя управления образования области с населением.\n"
     "В области работают 27 колледжей; трудоустройство их выпускников 2025 года — 78,4%.\nПрезентация отчёта (PDF, 7,3 MB)",
     "head_annual_report"),
])
def test_a_departments_name_alone_on_its_line_is_its_sites_name(detector: Detector, url: str, text: str,
                                                                aid: str) -> None:
    """"Павлодар облысының білім беру басқармасы", "Управление образования ... области" in the nominative on a line of
    their own: the department's site (a college's letterhead names it in the genitive), so its competition for a college's
    director and its head's report are not a college's."""
    doc = wrapped(url, text)
    assert aid not in found_verdicts(detector, doc, "college"), verdicts(detector, doc, "college")


def test_a_colleges_page_under_its_owners_name_stays_the_colleges(detector: Detector) -> None:
    """The department's name in the nominative over the college's on a college's own page (its letterhead): the page is
    the college's, and so is its vacancy announcement."""
    doc = wrapped(f"{C}/ru/vacancies",
                  "Вакансии колледжа\nГлавная > О колледже > Вакансии\nУправление образования Костанайской области\n"
                  "КГКП «Высший политехнический колледж»\nКолледж объявляет конкурс на замещение вакантной должности "
                  "преподавателя специальных дисциплин.\nДокументы принимаются до 10 декабря 2026 года в отделе кадров.\n"
                  "Телефон: 8 (7142) 00-00-00")
    assert "vacancy_announcements" in found_verdicts(detector, doc, "college"), verdicts(detector, doc, "college")


@pytest.mark.parametrize("entry", [
    "- Student Code of Honour (PDF, 310 KB) — every student signs an acknowledgement at the beginning of study",
    "- Кодекс академической честности обучающихся колледжа (PDF, 280 КБ) — с ним знакомят на первом классном часе",
])
def test_a_listed_file_with_a_remark_after_its_note_lists_the_document(detector: Detector, entry: str) -> None:
    """A students' page lists a document with its file's note and then a remark: the document is published there."""
    doc = wrapped(f"{C}/en/for-students",
                  "For Students\nHome / For Students\nWelcome, students! Here are the links and documents you need.\n"
                  f"Documents for students\n{entry}\n- Internal rules for students (PDF, 240 KB)\n"
                  "Support\n- Psychologist: office 118, Monday–Friday 10:00–16:00")
    assert "student_ethics_code" in found_verdicts(detector, doc, "college"), verdicts(detector, doc, "college")


def test_an_unmarked_title_over_its_approval_and_its_file_lists_the_document(detector: Detector) -> None:
    """"План мероприятий ... на 2025-2026 учебный год" / "Утверждён приказом директора ..." / "Скачать (DOCX, 64 KB)",
    without a bullet, beside codes the page quotes under headings of their own: the plan is published there as well (last
    year's, so stale)."""
    doc = wrapped(f"{C}/ru/o-kolledzhe/antikor",
                  "Противодействие коррупции\nГлавная > О колледже > Противодействие коррупции\n"
                  "В колледже реализуется политика нетерпимости к коррупции.\nДокументы колледжа\n"
                  "Кодекс этики студентов колледжа\nУтверждён решением педагогического совета, протокол № 1 от 29.08.2024\n"
                  "Скачать (PDF, 198 KB)\nКодекс чести педагогов и сотрудников колледжа\n"
                  "Утверждён решением педагогического совета, протокол № 1 от 29.08.2024\nСкачать (PDF, 224 KB)\n"
                  "План мероприятий по противодействию коррупции на 2025-2026 учебный год\n"
                  "Утверждён приказом директора № 156-ОД от 02.09.2025\nСкачать (DOCX, 64 KB)\n"
                  "Из Кодекса этики студентов:\n«Студент колледжа не допускает списывания и не предлагает подарков "
                  "преподавателям».\nИз Кодекса чести педагогов:\n«Педагог колледжа объективно оценивает знания "
                  "обучающихся и не принимает подарков от обучающихся и их родителей».")
    # (as surely as a line that lists its file itself: above the bare threshold a line of text would reach)
    assert found_verdicts(detector, doc, "college").get("anticorruption_plan", 0.0) >= 0.55, verdicts(detector, doc, "college")


def test_a_list_of_measures_against_corruption_is_the_plan(detector: Detector) -> None:
    """"Перечень мероприятий по предупреждению коррупции" is the action plan under another name."""
    text = ("Перечень мероприятий по предупреждению коррупции на 2026-2027 учебный год\nГлавная / Университет / Противодействие коррупции\n"
    "№ | Мероприятие | Срок | Ответственный\n1 | Анализ коррупционных рисков в приёмной комиссии | октябрь | проректор\n"
    "2 | Обучение сотрудников антикоррупционному законодательству | ноябрь | юрист\n"
    "Утверждён решением Учёного совета, протокол № 2 от 30.09.2026")
    doc = wrapped("https://plan-list.example.test/ru/anticor/perechen", text)
    assert "anticorruption_plan" in found_verdicts(detector, doc), verdicts(detector, doc)


@pytest.mark.parametrize("url, text, aid, found", [
    # The institution's branded goods are no gifts procedure ...
    ("https://gifts-shop.example.test/ru/brand/souvenirs",
     "Корпоративные подарки и сувенирная продукция университета\nГлавная / Университет / Брендбук\n"
     "Для делегаций и выпускников университет выпускает брендированную продукцию.\nАртикул | Наименование | Цена, тенге\n"
     "U-01 | Ежедневник с логотипом | 4 500\nU-02 | Термокружка | 6 000\nПорядок оформления\n"
     "1. Подразделение подаёт заявку по форме.\n2. Продукция выдаётся на складе по накладной.", "gifts_policy", False),
    # ... while the procedure may allow souvenirs.
    ("https://gifts-rules.example.test/ru/anticor/gifts",
     "Положение о порядке принятия подарков работниками университета\nГлавная / Противодействие коррупции / Документы\n"
     "1. Настоящее Положение устанавливает порядок принятия подарков работниками университета.\n"
     "2. Работникам запрещается принимать подарки от обучающихся и их родителей.\n"
     "3. Допускается принятие сувенирной продукции стоимостью не более 2 МРП.\nУтверждено приказом ректора № 45 от 12.02.2026",
     "gifts_policy", True),
    # A students' union's annual report, given by its president, is no head's report ...
    ("https://union-report.example.test/en/campus/union/report",
     "Students' Union Annual Report 2025-2026\nHome > Campus life > Students' Union > Reports\n"
     "Presented to the General Assembly of Students on 18 May 2026 by Union President A. Serikov\n"
     "The Union has 1,900 members and 12 affiliated clubs.\nIncome | KZT\nUniversity grant | 5,000,000",
     "head_annual_report", False),
    # ... while the rector's is, whoever took part.
    ("https://rector-report.example.test/en/rector/report",
     "Rector's Annual Report 2025-2026\nHome > University > Rector\n"
     "The rector presented the annual report on the university's work; the students' union and the trade union took part.",
     "head_annual_report", True),
])
def test_branded_souvenirs_and_a_unions_report_are_not_the_gifts_procedure_nor_the_heads_report(
        detector: Detector, url: str, text: str, aid: str, found: bool) -> None:
    """Souvenirs the institution sells and a union's report under its president: their words ("подарки", "annual report")
    are the artefacts', their subject is not."""
    doc = wrapped(url, text)
    assert (aid in found_verdicts(detector, doc)) is found, verdicts(detector, doc)


@pytest.mark.parametrize("own_line, found", [
    ("", False),
    ("Университеттің сенім телефоны: 8 (7242) 27-00-00 (тәулік бойы)\n", True),
])
def test_a_list_opened_by_the_republics_trust_lines_lists_theirs(detector: Detector, own_line: str, found: bool) -> None:
    """Items under "... республикалық сенім телефондары:" are the republic's and other bodies' lines, a region's centre's
    among them ("... облыстық психикалық денсаулық орталығының сенім телефоны: ..."); an item that names the university is its
    own."""
    text = ("Психологиялық қолдау қызметі\nБасты бет / Білім алушыға / Психологиялық қолдау\n"
            "Университет психологы студенттерге тегін кеңес береді. Қабылдау: дүйсенбі–жұма, 09:00–17:00, 112-кабинет.\n"
            "Шұғыл жағдайда тәулік бойы жұмыс істейтін республикалық сенім телефондары:\n"
            "150 – балалар мен жастарға арналған ұлттық сенім телефоны (тегін, тәулік бойы)\n"
            "111 – отбасы және балалар құқығын қорғау жөніндегі бірыңғай байланыс орталығы\n"
            "Ақтөбе облыстық психикалық денсаулық орталығының сенім телефоны: 8 (7132) 00-00-00 (тәулік бойы)\n"
            + own_line + "Көмек сұрау – әлсіздік емес.")
    doc = wrapped("https://helplines.example.test/kk/student/psychology", text)
    assert ("hotline" in found_verdicts(detector, doc)) is found, verdicts(detector, doc)


@pytest.mark.parametrize("members, found", [
    ("№ | Аты-жөні | Лауазымы | Кеңестегі мәртебесі\n1 | Жұмабеков Ерлан Қанатұлы | «Жылу орталығы» АҚ бас инженері | Төраға\n"
     "2 | Смирнова Елена Павловна | облыстық аурухананың бас мейірбикесі | Мүше\n"
     "3 | Сейітқали Айжан Маратқызы | колледждің әлеуметтік педагогы | Хатшы\n", True),
    ("Кеңестің құрамына әлеуметтік әріптестер мен ата-аналар енді.\n", False),
])
def test_own_news_of_a_new_composition_with_its_members_is_the_composition(detector: Detector, members: str,
                                                                           found: bool) -> None:
    """A college's news that the board of trustees' new composition was approved, with its members by role: the
    composition published (catalog `news_with: ["#roster"]`); the news alone only reports it."""
    text = ("Қамқоршылық кеңестің жаңа құрамы бекітілді\nБасты бет / Жаңалықтар / Қамқоршылық кеңес\n11.09.2026\n"
            "Колледж директорының 2026 жылғы 9 қыркүйектегі бұйрығымен 2026-2027 оқу жылына арналған Қамқоршылық кеңестің жаңа "
            "құрамы бекітілді.\n" + members + "Кеңестің бірінші отырысы 2026 жылғы 25 қыркүйекте өтеді.")
    doc = wrapped("https://college-news.example.test/kk/news/qamqorshylyq-kenes-2026", text)
    assert ("board_of_trustees_composition" in found_verdicts(detector, doc, "college")) is found, verdicts(detector, doc, "college")


@pytest.mark.parametrize("itype, url, text, aid, found", [
    # A psychologist's help line is no trust line against corruption ...
    ("university", "https://psy.example.test/ru/students/psychology",
     "Психологическая служба\nГлавная / Студентам / Психологическая служба\n"
     "Психологическая служба университета бесплатно консультирует студентов и сотрудников.\n"
     "Телефон доверия психолога: +7 (7142) 54-20-33\nПриём: пн–пт, 09:00–18:00, каб. 214", "hotline", False),
    # ... the university's own is.
    ("university", "https://psy.example.test/ru/anticorruption/trust-line",
     "Телефон доверия\nГлавная / Противодействие коррупции / Телефон доверия\n"
     "О фактах коррупции в университете сообщайте круглосуточно по телефону доверия: +7 (7142) 54-20-00",
     "hotline", True),
    # A college director's talk at the regional education department's meeting is no report to the public.
    ("college", "https://college-talk.example.test/kk/news/direktor-kenes",
     "Колледж директоры облыстық білім басқармасының кеңесінде баяндама жасады\nБасты бет / Жаңалықтар\n30.10.2026\n"
     "Колледж директоры облыстық білім басқармасының кеңесінде дуалды оқытуды дамыту туралы баяндама жасады.",
     "head_annual_report", False),
])
def test_a_psychologists_line_and_a_talk_to_the_department_are_not_the_trust_line_nor_the_heads_report(
        detector: Detector, itype: str, url: str, text: str, aid: str, found: bool) -> None:
    """"Телефон доверия психолога" names another help line; "... білім басқармасының кеңесінде баяндама жасады" a talk
    to the owner."""
    doc = wrapped(url, text)
    assert (aid in found_verdicts(detector, doc, itype)) is found, verdicts(detector, doc, itype)


@pytest.mark.parametrize("note", ["— в стадии обновления", "— жаңартылу үстінде", "— being updated"])
def test_a_listed_document_being_updated_is_not_there_yet(detector: Detector, note: str) -> None:
    """"Положение об академической мобильности обучающихся — в стадии обновления" in a list of documents: no document yet."""
    text = ("Нормативные документы\nО университете | Поступающим | Обучающимся | Наука | Контакты\nГлавная / Студенту / Документы\n"
            "На странице собраны нормативные документы, регулирующие учебный процесс в университете.\n"
            "Академическая политика университета (PDF, 540 КБ)\nПравила внутреннего распорядка (PDF, 320 КБ)\n"
            "Положение о текущем контроле успеваемости (PDF, 210 КБ)\nКалендарь учебного процесса (PDF, 120 КБ)\n"
            f"Положение об академической мобильности обучающихся {note}\nГрафик консультаций (PDF, 90 КБ)")
    doc = wrapped("https://docs-list.example.test/ru/students/documents", text)
    assert "academic_mobility" not in found_verdicts(detector, doc), verdicts(detector, doc)


@pytest.mark.parametrize("listed, found", [
    ("", False),
    ("Academic Integrity Code of students (PDF, 280 KB)\n", True),
])
def test_academic_integrity_joined_to_anti_plagiarism_in_a_title_names_that_section(detector: Detector, listed: str,
                                                                                    found: bool) -> None:
    """"Academic Integrity & Anti-Plagiarism" names the page of the originality checks, no student code; the code listed
    there with its file is one."""
    text = ("Academic Integrity & Anti-Plagiarism\nHome > Research > Academic Integrity\n"
            "Every final qualifying work is checked for borrowings in StrikePlagiarism before its defence.\n"
            "Maximum similarity: bachelor works 30 %, master's theses 25 %.\n"
            "Upload the final text to the Originality section of your personal account.\n"
            "Manipulating a text to pass the check is a breach of academic integrity.\nDocuments\n"
            + listed + "Procedure for checking written works for borrowings (PDF, 410 KB)")
    doc = wrapped("https://originality.example.test/en/research/academic-integrity/originality-checking", text)
    assert ("student_ethics_code" in found_verdicts(detector, doc)) is found, verdicts(detector, doc)


@pytest.mark.parametrize("title, found", [
    ("Блог-платформа руководителей государственных органов", False),
    ("Блог ректора", True),
])
def test_the_state_bodies_heads_blogs_are_no_rectors_blog(detector: Detector, title: str, found: bool) -> None:
    """The state's platform for its bodies' heads' blogs (a minister's questions and answers) is no head's blog of the
    institution's; the rector's own is."""
    text = (f"{title}\nГлавная / Блоги / Министерство науки и высшего образования\nПоследние обращения\n"
            "№ 6101 | 18.11.2026 | Тема: Ректор вуза\nВопрос: Куда обращаться, если ректор не отвечает студентам?\n"
            "Ответ: Обращение направлено в университет.\n№ 6112 | 22.11.2026 | Тема: Общежития\n"
            "Вопрос: Когда будет решена проблема нехватки мест в общежитиях?\nОтвет: Вопрос рассматривается.\n"
            "№ 6108 | 20.11.2026 | Тема: Гранты\nВопрос: Можно ли перевестись на освободившийся грант?\nОтвет: Да, на конкурсной основе.")
    doc = wrapped("https://blogs.example.test/ru/blogs/questions", text)
    assert ("head_blog" in found_verdicts(detector, doc)) is found, verdicts(detector, doc)


def test_a_questions_topic_in_a_blog_is_no_information_on_it(detector: Detector) -> None:
    """"05.11.2026 | Тақырып: Стипендия" in a rector's blog lists what was asked about: the blog, no scholarship information."""
    text = ("Ректордың блогы\nБасты бет / Университет / Ректордың блогы\nСоңғы сұрақтар\n"
            "05.11.2026 | Тақырып: Стипендия\nСұрақ: Алғашқы айдың төлемі қашан түседі?\nЖауап: Төлем 25 қарашаға дейін түседі.\n"
            "02.11.2026 | Тақырып: Жатақхана\nСұрақ: Жатақханада орын бар ма?\nЖауап: Иә, кезек бойынша беріледі.")
    doc = wrapped("https://blog-topics.example.test/kk/rector/blog", text)
    got = found_verdicts(detector, doc)
    assert "head_blog" in got and "scholarship_info" not in got, verdicts(detector, doc)


@pytest.mark.parametrize("sentence, found", [
    ("The Anti-Corruption Action Plan for the 2026–2027 academic year was approved by Rector's Order No. 241-OD of "
     "1 September 2026. Key measures:", True),
    ("The University will draw up its anti-corruption action plan for the next year; last year's measures were:", False),
])
def test_a_sentence_that_the_plan_was_approved_over_its_table_of_measures_carries_the_plan(
        detector: Detector, sentence: str, found: bool) -> None:
    """A compliance page's section: "Action plan 2026–2027", the sentence that the plan was approved, and its table of
    measures, deadlines and who is responsible: the plan published there; a sentence that names a plan still to come, no."""
    text = ("Anti-Corruption Compliance\nHome / About / Governance / Compliance\nAbout | Admissions | Research | Contact\n"
            "The University follows a zero-tolerance approach to corruption.\nCompliance Officer: Office 3.14, Main Building\n"
            f"Action plan\n{sentence}\nNo. | Measure | Deadline | Responsible\n"
            "1 | Internal analysis of corruption risks in admissions | by 15 December 2026 | Compliance Service\n"
            "2 | Training on anti-corruption legislation for new staff | October 2026 | HR Department\n"
            "3 | Anti-corruption week for students | 7–11 December 2026 | Student Affairs Office")
    doc = wrapped("https://compliance-plan.example.test/en/about/governance/compliance", text)
    assert ("anticorruption_plan" in found_verdicts(detector, doc)) is found, verdicts(detector, doc)


def test_a_row_of_the_codes_own_table_names_a_case_not_a_document(detector: Detector) -> None:
    """"Емтиханда көшіру | жұмысты жою, қайта тапсыру ақылы негізде" in a student code's table of breaches and penalties: a
    case the code deals with, no exam rules (while the code is the page's)."""
    text = ("Студенттің ар-намыс кодексі | Арал университеті\nБасты бет / Білім алушыларға / Құжаттар\n"
            "Кодекс университет студенттерінің академиялық адалдық пен әдеп нормаларын белгілейді.\n"
            "1. Студент оқу жұмыстарын өз бетінше орындайды.\n2. Студент емтихандар мен бақылау жұмыстарында көшірмейді.\n"
            "3. Студент емтихан нәтижесін өзгерту үшін сыйлық ұсынбайды.\nБұзушылықтар мен шаралар\n"
            "| Бұзушылық | Ұсынылатын шара |\n| Емтиханда көшіру | жұмысты жою, қайта тапсыру ақылы негізде |\n"
            "| Плагиат (30 %-дан жоғары) | жұмысты қайта жазу |\n| Пара ұсыну | университеттен шығару |")
    doc = wrapped("https://code-table.example.test/kk/students/ar-namys-kodeksi", text)
    got = found_verdicts(detector, doc)
    assert "student_ethics_code" in got and "exam_rules" not in got, verdicts(detector, doc)


@pytest.mark.parametrize("text, found", [
    # A registrar's table of the applications it takes: transfer to a grant is one procedure, no list of candidates ...
    ("Сервисы студента\nГлавная / Студенту / Офис регистратора\nО университете | Поступающим | Студенту | Контакты\n"
     "Офис регистратора принимает заявления обучающихся.\nЗаявление | Срок | Результат\n"
     "Справка с места учёбы | 1 день | справка\nПеревод из другого вуза | в каникулы | приказ\n"
     "Перевод с платного обучения на грант | по графику конкурса | решение комиссии\n"
     "Академический отпуск | 5 дней | приказ", False),
    # ... its candidates' list under the same words is.
    ("Перевод с платного обучения на образовательный грант\nГлавная / Студенту / Гранты\n"
     "Список обучающихся, подавших заявления на конкурс, 2026-2027 учебный год\n№ | ФИО | ОП | GPA\n"
     "1 | Ахметов А. | 6B04101 | 3,85\n2 | Сериков Б. | 6B06101 | 3,71\n3 | Нурланова Д. | 6B01101 | 3,64", True),
])
def test_transfer_to_a_grant_as_a_procedure_is_no_candidates_list(detector: Detector, text: str, found: bool) -> None:
    """"Перевод с платного обучения на грант" names a procedure; the candidates' list is what the artefact asks for."""
    doc = wrapped("https://grant-transfer.example.test/ru/students/registrar", text)
    assert ("grant_transfer_candidates" in found_verdicts(detector, doc)) is found, verdicts(detector, doc)


@pytest.mark.parametrize("url, text, aid, itype", [
    # The state's portal for appeals to any body ("через портал «e-Өтініш»") on a page that counts appeals on dormitories.
    ("https://appeals.example.test/ru/appeals",
     "Порядок рассмотрения обращений граждан\nГлавная / Университет / Обращения граждан\n"
     "Обращения рассматриваются в течение 15 рабочих дней.\nПисьменные обращения можно направить:\n"
     "– почтой: г. Семей, ул. Абая, 10, канцелярия;\n– через портал «e-Өтініш».\n"
     "За 9 месяцев 2026 года поступило 120 обращений, из них 25 – по вопросам проживания в общежитиях.",
     "dormitory_online_registration", "university"),
    # "... is being formed" (no "currently"): nothing to publish yet.
    ("https://forming.example.test/en/anticorruption/commission",
     "Composition of the anti-corruption commission\nHome / University / Anti-corruption / Composition of the commission\n"
     "Composition of the anti-corruption commission\nIn connection with the reorganisation of the university's divisions, "
     "the composition of the anti-corruption commission for the 2026-2027 academic year is being formed.\n"
     "Proposals of candidates can be sent to the Student Council until 30 November 2026.\nE-mail: compliance@example.test",
     "anticorruption_commission_composition", "university"),
    # "... стипендия ... болып табылмайды": the page's discounts are no scholarship.
    ("https://discounts.example.test/kk/student/discounts",
     "Оқу ақысы бойынша жеңілдіктер\nБасты бет / Білім алушыға / Оқу ақысы\n"
     "Университет ақылы негізде оқитын студенттерге оқу ақысынан 10-50 % жеңілдік береді.\n"
     "Жеңілдік көп балалы отбасылардың балаларына және GPA 3,5-тен жоғары студенттерге беріледі.\n"
     "Бұл жеңілдіктер мемлекеттік стипендия немесе білім беру гранты болып табылмайды.\n"
     "Өтінішті тіркеу кеңсесіне 1 қазанға дейін тапсыру қажет.",
     "scholarship_info", "university"),
    # «Экзамен без стресса» in a psychologist's plan: the nerves before an exam, not how exams are held.
    ("https://psy-college.example.test/ru/students/psychology",
     "Психологическая служба\nГлавная / Студентам / Психологическая служба\nО колледже | Абитуриентам | Студентам | Контакты\n"
     "Педагог-психолог колледжа помогает студентам в трудных ситуациях.\nГрафик приёма\nДень | Время | Психолог\n"
     "Вторник | 10:00–14:00 | Ахметова А.Б.\nЧетверг | 09:00–13:00 | Ахметова А.Б.\nНаправления работы\n"
     "- консультации студентов и родителей;\n- тренинги по адаптации для первокурсников;\n"
     "- занятия по управлению стрессом перед экзаменами;\n- консультации для кураторов групп.\n"
     "План мероприятий на декабрь 2026 года\nДата | Мероприятие | Участники\n"
     "04.12.2026 | Семинар «Признаки стресса у студента» | кураторы\n11.12.2026 | Занятие «Экзамен без стресса» | выпускные группы\n"
     "18.12.2026 | Встреча с родителями | родители",
     "exam_rules", "college"),
    # "... — в разработке" among the first lines of a short page (read as its title block): no document yet.
    ("https://short-list.example.test/ru/students/documents",
     "Нормативные документы\nГлавная / Студенту / Документы\nПравила внутреннего распорядка (PDF, 320 КБ)\n"
     "Положение об академической мобильности обучающихся — в разработке\nГрафик учебного процесса (PDF, 120 КБ)",
     "academic_mobility", "university"),
    # A university's page on its membership of a league of universities links the league's annual report: a league is
    # an association, whose report is no report of the university's head.
    (f"{U}/en/university/associations/integrity-league",
     "Membership in the Integrity League\nHome > University > Membership in associations > Integrity League\n"
     "Steppe University\nSteppe University is a member of the national Integrity League of universities since "
     "2020. The League is a voluntary association of higher education institutions committed to academic "
     "honesty.\nMembership of our University\n- Date of joining the League: 10 March 2020\n"
     "- Coordinator from the University: Department of Academic Affairs\n"
     "- Participation in the League monitoring: 2022, 2024, 2026\nUseful links\n"
     "- Official website of the League (external link)\n- Annual report of the League 2025 (external link)\n"
     "Address: Astana, Abay avenue, 10",
     "head_annual_report", "university"),
    # "Transfer of grant holders is possible only to the same group of programmes": who keeps a grant, not a list of
    # candidates for one.
    (f"{U}/en/students/registrar/transfer",
     "Transfer and reinstatement of students\nHome > Students > Registrar's Office > Transfer\n"
     "Transfers between programmes are carried out during the summer and winter vacations.\n"
     "Applications for transfer are accepted at the Registrar's Office.\n"
     "Transfer of grant holders is possible only to the same group of educational programmes.\n"
     "Registrar's Office: registrar@uni.example.test",
     "grant_transfer_candidates", "university"),
    # "Оқи отырыңыз:" over a portal's other headlines: one that names a college's e-journal is another story.
    ("https://qala-info.example.test/kk/bilim/dormitory",
     "Жатақханаға кезек енді онлайн\nQala Info | Жаңалықтар | Білім | Қоғам\n"
     "2026 жылғы 2 қыркүйек | Автор: Ләззат М.\nҚаладағы университет биыл жатақханаға орналастыруды онлайн "
     "форматқа көшірді. Студенттер кезегін телефоннан көре алады.\nБиыл жатақханаларға 2 700 студент "
     "орналасты.\nОқи отырыңыз:\n• Облыста 12 колледж электрондық журналға көшті\n"
     "• Жаңа студенттер үйінің құрылысы басталды",
     "e_journal", "university"),
    # A two-cell plan under "Айы | Іс-шара": its May row "Жылдық есеп ..." is a measure the club plans, not the head's
    # annual report.
    (f"{C}/kk/tarbie/sanaly-urpaq",
     "«Саналы ұрпақ» клубы\nБасты бет > Тәрбие жұмысы > «Саналы ұрпақ» клубы\n"
     "Клуб колледжде 2019 жылдан бері жұмыс істейді, оған 30 студент мүше.\n"
     "2026–2027 оқу жылына арналған жұмыс жоспарынан\nАйы | Іс-шара\nҚыркүйек | Клуб мүшелерін қабылдау\n"
     "Желтоқсан | Сыбайлас жемқорлыққа қарсы күрес күніне арналған акция\nСәуір | Студенттер арасында сауалнама\n"
     "Мамыр | Жылдық есеп, белсенділерді марапаттау\nЖетекші: Тоқтарова Г.М., 214-кабинет",
     "head_annual_report", "college"),
    # A job board's results page: it offers employers to post a vacancy and counts what its search found; the
    # universities' jobs it lists are not the site's own announcements.
    ("https://edu-work.example.test/vacancies/higher-education",
     "University jobs in Kazakhstan — 120 vacancies | EduWork\nHome > Vacancies > Higher education\n"
     "Sign in | Post a vacancy | Русский\nUniversity jobs in Kazakhstan\nFound 120 vacancies • Updated 24 "
     "November 2026\nSenior Lecturer, Department of Physics\nSteppe Technical University — Almaty\n"
     "from 380 000 KZT • full time\nAssociate Professor (Chemistry)\nRegional university — Karaganda\n"
     "salary negotiable • full time\nAbout us | Terms of use | Contacts",
     "vacancy_announcements", "university"),
    # "Derekkóz: ... mınıstrliginiń baspasóz qyzmeti" under a story of the nation's vacant grants: the ministry's
    # figures reposted, not the university's own announcement (as "Дереккөз: ... министрлігі" in Cyrillic script).
    (f"{U}/lat/news/bosagan-granttar",
     "Jazǵy sessııadan keıin bosaǵan granttar sany jarııalandy\nBasty bet > Jańalyqtar\n"
     "Mınıstrlik joǵary oqý oryndarynda bosaǵan bilim berý granttarynyń sany týraly aqparat jarııalady.\n"
     "Barlyǵy 3 418 grant bosaǵan. Bosaǵan granttar aqyly negizde oqıtyn stýdentter arasynda bólinedi.\n"
     "Derekkóz: Ǵylym jáne joǵary bilim mınıstrliginiń baspasóz qyzmeti",
     "grant_transfer_candidates", "university"),
    # A job portal's results in Kazakh: it offers to post a CV, counts what it found and calls itself a job search
    # portal; the colleges' posts it lists are not its own announcements.
    ("https://jumys-izde.example.test/vacancies/college-teacher",
     "Бос жұмыс орындары: колледж оқытушысы — 8 хабарландыру\nБасты бет > Білім беру > Колледждер\n"
     "Кіру | Түйіндеме орналастыру | Жұмыс берушілерге\nТабылды: 8 хабарландыру\n"
     "1. Информатика оқытушысы\n   «Сервис колледжі» КМҚК, Қостанай қ.\n   Жалақы: 230 000 ₸ бастап\n"
     "2. Ағылшын тілі оқытушысы\n   «Техникалық колледж» КМҚК, Лисаков қ.\n"
     "Жұмыс Ізде — Қазақстандағы жұмыс іздеу порталы",
     "vacancy_announcements", "college"),
    # A psychologist's memo on the worry before exams ("... уайыммен қалай күресуге болады" жадынамасы) is no exam rules.
    ("https://psy.example.test/kk/studentke/psikholog",
     "Психологиялық қолдау қызметі\nБасты бет / Студентке / Психологиялық қолдау қызметі\n"
     "Психологиялық қызмет студенттерге тегін әрі құпия кеңес береді: бейімделу, отбасылық мәселелер, оқудағы шаршау.\n"
     "Жұмыс уақыты: дүйсенбі–жұма, 09:00–18:00. Мекенжай: 1-корпус, 204 кабинет.\n"
     "Сессия кезінде топтық тренингтер өткізіледі, кестесі студенттік Telegram-арнада жарияланады.\n"
     "Пайдалы материалдар\n«Емтихан алдындағы уайыммен қалай күресуге болады» жадынамасы — Жүктеу (PDF)\n"
     "«Бірінші курс студентінің бейімделуі» — Жүктеу (PDF)\n© 2026 Университет",
     "exam_rules", "university"),
    # A national model listed with its description and file among the institution's documents: its title says so.
    ("https://college.example.test/ru/studentu/npa",
     "Нормативные документы — Степной колледж\n"
     "Главная / Студенту / Нормативные документы\n"
     "Нормативные документы\n"
     "В разделе размещены документы, которыми руководствуются студенты колледжа.\n"
     "Типовые правила проведения текущего контроля успеваемости, промежуточной и итоговой аттестации обучающихся\n"
     "Утверждены приказом Министра образования и науки Республики Казахстан от 18 марта 2008 года № 125. Определяют порядок проведения экзаменов в организациях образования.\n"
     "Скачать (PDF, 410 КБ)\n"
     "Правила внутреннего распорядка для студентов колледжа\n"
     "Утверждены приказом директора колледжа от 01.09.2026 № 201-о. Определяют права и обязанности студентов.\n"
     "Скачать (PDF, 150 КБ)\n"
     "Академический календарь на 2026–2027 учебный год\n"
     "Утверждён директором колледжа 25.08.2026. Содержит сроки сессий и каникул.\n"
     "Скачать (PDF, 90 КБ)\n"
     "© 2026 КГКП «Степной колледж»",
     "exam_rules", "college"),
    # Advice on preparing for the session ("... қалай дайындалу керек: студентке жадынама", "Пайдалы кеңестер") is no exam rules.
    ("https://advice.example.test/kk/studentterge/kenester",
     "Емтихан сессиясына қалай дайындалу керек: студентке жадынама | Университет\n"
     "Басты бет / Студенттерге / Пайдалы кеңестер\nЕмтихан сессиясына қалай дайындалу керек: студентке жадынама\n"
     "Жарияланған күні: 20.11.2026 | Психологиялық қызмет\n"
     "Қысқы сессия жақындап қалды. Психологиялық қызмет сессияны сабырлы өткізуге көмектесетін кеңестер дайындады.\n"
     "1. Жоспар құрыңыз\nЕмтихан кестесін жеке кабинеттен көшіріп алып, әр пәнге дайындалу күндерін белгілеңіз.\n"
     "2. Топпен дайындалыңыз\nКітапхананың топтық оқу бөлмелерін алдын ала брондауға болады.\n"
     "3. Ұйқы мен тамақтану\nКемінде 7 сағат ұйықтаңыз, емтихан күні міндетті түрде таңғы ас ішіңіз.\n"
     "© 2026 Университет",
     "exam_rules", "university"),
    # A public report on spending the budget's funds, listed among a college's documents, is a financial statement.
    ("https://docs.example.test/ru/dokumenty",
     "Документы колледжа — Колледж\nГлавная / Документы\nДокументы колледжа\n"
     "В разделе размещены учредительные документы колледжа, правила приёма и иные документы, подлежащие опубликованию.\n"
     "№ | Документ | Дата | Файл\n1 | Устав колледжа (с изменениями) | 14.03.2023 | Скачать (PDF)\n"
     "2 | Правила приёма на обучение на 2026-2027 учебный год | 25.04.2026 | Скачать (PDF)\n"
     "3 | Академический календарь на 2026-2027 учебный год | 27.08.2026 | Скачать (PDF)\n"
     "Отчётность\n4 | Публичный отчёт об использовании бюджетных средств за 2025 год | 28.02.2026 | Скачать (PDF)\n"
     "© 2026 Колледж",
     "head_annual_report", "college"),
    # A state contact centre named by its short number ("Единый контакт-центр 1414") is no institution's trust line.
    ("https://state-help.example.test/ru/help/contact-center",
     "Единый контакт-центр 1414 — Портал\nГлавная / Помощь / Единый контакт-центр\nЕдиный контакт-центр 1414\n"
     "Единый контакт-центр консультирует граждан по получению государственных услуг круглосуточно.\n"
     "Звонок с мобильного и стационарного телефона бесплатный: 1414, из-за рубежа: +7 (717) 000-00-00.\n"
     "E-mail: help@state-help.example.test\nКонсультации по вопросам образования: справки о стипендии, перевод, общежитие.\n"
     "© 2026 Портал",
     "hotline", "university"),
    # ... nor a psychological service's own line ("Телефон доверия психологической службы").
    ("https://psy.example.test/ru/student/psychological-service",
     "Психологическая служба — Университет\nГлавная / Студенту / Психологическая служба\nПсихологическая служба\n"
     "Психологи службы консультируют студентов бесплатно и конфиденциально: адаптация, стресс, отношения.\n"
     "Часы работы: пн–пт, 09:00–18:00, главный корпус, каб. 112.\n"
     "Телефон доверия психологической службы: 8 (7282) 30-11-47 (в часы работы службы)\n"
     "E-mail: psy@psy.example.test\n© 2026 Университет",
     "hotline", "university"),
    # The admission's grant competition for school leavers ("Құрметті талапкерлер! ... ҰБТ нәтижелері бойынша") offers no vacant grant.
    ("https://admission.example.test/kk/talapkerge/granttar",
     "Білім беру грантына конкурс 2026 — Талапкерге — Университет\nБасты бет / Талапкерге / Гранттар\n"
     "Талапкерлер назарына: 2026 жылғы білім беру гранттарына конкурс\n"
     "Құрметті талапкерлер! Мемлекеттік білім беру гранттарын беру конкурсы ҰБТ нәтижелері бойынша egov.kz порталы арқылы "
     "өткізіледі.\nНегізгі мерзімдер\nКезең | Мерзімі\nГрантқа өтініш беру | 2026 ж. 13–20 шілде\n"
     "Конкурс нәтижелерін жариялау | 2026 ж. 10 тамыз\n"
     "Грант иегерлерінің тізімі Ұлттық тестілеу орталығының сайтында жарияланады.\n"
     "Квоталар: ауыл жастарына — 30%, мүгедектігі бар адамдарға — 2%.\n"
     "Грант ұтпадыңыз ба? Ақылы негізде оқуға түсіп, жоғары GPA көрсетсеңіз, кейін грантқа ауысу мүмкіндігі бар.\n"
     "Қабылдау комиссиясы: бас корпус, 1-қабат, тел. +7 (727) 000-00-00\n© 2026 Университет",
     "grant_transfer_candidates", "university"),
    # A survey's results by question, each with its mean mark: the electronic journal was asked about, not given.
    ("https://college-survey.example.test/ru/kachestvo/anketa-2026",
     "Итоги анкетирования «Преподаватель глазами студентов» — 2026 | Колледж\nГлавная / Качество / Анкетирование\n"
     "Итоги анкетирования «Преподаватель глазами студентов» — весенний семестр 2025-2026 учебного года\n"
     "В апреле 2026 года в анкетировании приняли участие 612 студентов 1–4 курсов. Средние оценки по пятибалльной шкале:\n"
     "1. Доступность изложения учебного материала — 4,52\n2. Соблюдение расписания занятий — 4,71\n"
     "3. Объективность оценивания знаний — 4,38\n4. Своевременность выставления оценок в электронный журнал — 4,29\n"
     "5. Доброжелательность и тактичность преподавателя — 4,66\n"
     "Результаты рассмотрены на заседании педагогического совета 28 мая 2026 года.\n© 2026 Колледж",
     "e_journal", "college"),
    # A library's e-journals (the periodicals it subscribes to, in the plural, with its databases) are no class journal.
    *[(f"{U}{path}", text, "e_journal", "university") for path, text in (
        ("/ru/biblioteka/elektronnye-zhurnaly",
         "Электронные журналы и базы данных | Научная библиотека\nГлавная / Библиотека / Электронные ресурсы\n"
         "Электронные журналы и базы данных\nБиблиотека предоставляет студентам и преподавателям доступ к полнотекстовым "
         "научным изданиям по национальной и университетской подписке.\n— ScienceDirect — более 2 500 изданий Elsevier;\n"
         "— SpringerLink — журналы и книги по техническим наукам;\n— Scopus и Web of Science — реферативные базы.\n"
         "Удалённый доступ — через прокси-сервер библиотеки.\n© 2026 Университет"),
        ("/en/library/e-journals",
         "E-Journals | University Library\nHome / Library / E-Resources\nE-journals\nThe Library gives students and staff "
         "access to full-text scientific periodicals.\nSubscribed e-journal collections (2026)\n— ScienceDirect (Elsevier)\n"
         "— IEEE Xplore\nOff-campus access is via the library proxy.\n© 2026 Steppe University"))],
    # A tuition fees page that says in passing who gets the state's stipend: no scholarship information.
    (f"{U}/en/admissions/tuition-fees",
     "Tuition Fees and Discounts 2026-2027 | Steppe University\nHome / Admissions / Tuition Fees\nTuition Fees and Discounts "
     "2026-2027\nTuition for bachelor's programmes is KZT 1,450,000 a year, payable in two instalments.\nState grants are "
     "awarded through the national competition; state stipends are paid only to grant holders.\nDiscounts: 10 % for "
     "siblings, 15 % for graduates of partner colleges, 20 % for winners of national olympiads.\nThe fee is fixed for the "
     "whole period of study under the contract.\nFinance office: room 104, fees@uni.example.test\n© 2026 Steppe University",
     "scholarship_info", "university"),
    # A service centre that consults on a list of topics names each in passing, the vacant grants' competition too.
    (f"{U}/kk/student/service-center",
     "Студенттерге қызмет көрсету орталығы | Университет\nБасты бет / Студентке / Қызмет көрсету орталығы\nСтуденттерге "
     "қызмет көрсету орталығы\nОрталық «бір терезе» қағидаты бойынша жұмыс істейді: анықтамалар, транскрипт, студенттік "
     "билет береді.\nОрталық мамандары стипендия, жатақхана, басқа жоғары оқу орнына ауысу, босатылған гранттар конкурсы "
     "және оқу ақысы бойынша кеңес береді.\nЖұмыс уақыты: дүйсенбі–жұма, 09:00–18:00, бас корпус, 101-кабинет.\n"
     "© 2026 Университет", "grant_transfer_candidates", "university"),
    # ... but not on a page that never speaks of corruption: the admission commission's minutes.
    (f"{U}/ru/priem/protokoly",
     "Протоколы | Приёмная комиссия | Университет\nГлавная / Абитуриенту / Приёмная комиссия\nПротоколы\n"
     "Наименование документа | Дата | Файл\nПротокол заседания комиссии № 1 (о зачислении на первый курс) | 24.08.2026 | "
     "PDF, 156 КБ\nПротокол заседания комиссии № 2 (о зачислении по итогам дополнительного приёма) | 28.08.2026 | PDF, "
     "141 КБ\n© 2026 Университет", "anticorruption_commission_reports", "university"),
    # A residence hall's list of those granted a place: no grant.
    (f"{U}/en/campus/residence-halls",
     "Residence Halls | Steppe University\nHome / Campus / Residence Halls\nResidence Halls\nThe University has three "
     "residence halls with 1,200 places.\nApplications are considered by the Housing Commission. The list of students who "
     "have been granted a place is posted on the notice board of the Student Affairs Office.\n© 2026 Steppe University",
     "grant_transfer_candidates", "university"),
    # The rector at the minister's report meeting: the minister's report, no head's report of the university.
    (f"{U}/en/news/rector-minister-report",
     "Rector takes part in the Minister's public reporting meeting | Steppe University\nHome / News\n"
     "Rector takes part in the Minister's public reporting meeting\n30 April 2026\nOn 28 April the Rector took part in the "
     "public reporting meeting of the Minister of Science and Higher Education held in Astana, with rectors of 112 "
     "universities.\nIn her annual report, the Minister summarised the results of 2025.\n© 2026 Steppe University",
     "head_annual_report", "university"),
    # A deputy's report, the deputy's field between the head's title and the deputy's ("Директордың оқу ісі жөніндегі
    # орынбасарының ... есебі"), is no head's report.
    ("https://college-deputy.example.test/kk/about/oqu-bolimi/esep-2025-2026",
     "Директордың оқу ісі жөніндегі орынбасарының 2025–2026 оқу жылындағы есебі | Колледж\nБасты бет / Колледж туралы / Оқу бөлімі\n"
     "Директордың оқу ісі жөніндегі орынбасарының 2025–2026 оқу жылындағы оқу-әдістемелік жұмыс туралы есебі\n"
     "Есеп 2026 жылғы 28 тамызда педагогикалық кеңестің отырысында тыңдалды.\n2025–2026 оқу жылында колледжде 1 214 студент "
     "оқыды.\n© 2026 Колледж", "head_annual_report", "college"),
    # The transfer of students who already study on a state grant (to another programme or university): who keeps a grant,
    # not who may get a vacant one.
    (f"{U}/ru/students/registrar/perevod",
     "Перевод и восстановление | Университет\nГлавная / Обучающимся / Перевод и восстановление\nПеревод и восстановление\n"
     "Перевод обучающихся по государственному образовательному гранту в другой вуз допускается только в пределах той же "
     "группы образовательных программ.\nЗаявление подаётся в Офис регистратора в период каникул.\n© 2026 Университет",
     "grant_transfer_candidates", "university"),
    (f"{U}/kk/studentterge/auystyru",
     "Ауыстыру және қайта қабылдау | Университет\nБасты бет / Студенттерге / Ауыстыру\nАуыстыру және қайта қабылдау\n"
     "Мемлекеттік білім беру гранты бойынша оқитын білім алушыларды басқа ЖОО-ға ауыстыру сол білім беру бағдарламалары "
     "тобының шегінде жүзеге асырылады.\nӨтініш демалыс кезеңінде тіркеу офисіне беріледі.\n© 2026 Университет",
     "grant_transfer_candidates", "university"),
    # What follows if a student ever gets a vacant grant, on a loan's page: no vacant grant on offer.
    (f"{U}/ru/students/payment/loan",
     "Образовательный кредит | Университет\nГлавная / Обучающимся / Оплата обучения\nОбразовательный кредит\n"
     "Студенты платного отделения могут оплатить обучение образовательным кредитом банка под гарантию государства.\n"
     "Если вы получите вакантный образовательный грант, погашение кредита за оставшиеся семестры прекращается.\n"
     "Финансовый отдел: каб. 118\n© 2026 Университет", "grant_transfer_candidates", "university"),
    # A college's page that reproduces a university's code for its curators' class and says it is no document of the college.
    ("https://college-metod.example.test/ru/pedagogam/metodkabinet/kodeks",
     "Методический кабинет: Кодекс академической честности обучающихся университета (материал для изучения) | Колледж\n"
     "Главная / Педагогам / Методический кабинет\nУважаемые кураторы! К кураторскому часу «Честность в учёбе» предлагаем "
     "документ, принятый в Степном университете. Материал размещён исключительно в ознакомительных целях и не является "
     "документом нашего колледжа.\n«КОДЕКС АКАДЕМИЧЕСКОЙ ЧЕСТНОСТИ ОБУЧАЮЩИХСЯ\n1. Обучающийся выполняет задания "
     "самостоятельно и не списывает.»\n© 2026 Колледж", "student_ethics_code", "college"),
    # The rules of a competition for the best thesis: no regulation of master's theses.
    (f"{U}/en/graduate-school/awards/best-thesis",
     "Best Master's Thesis Award 2027 - regulations of the competition | Steppe University\nHome / Graduate School / Awards\n"
     "Best Master's Thesis Award 2027 - regulations of the competition\n1. The Award recognises outstanding master's theses "
     "defended at the University.\n2. Nominations are submitted by the supervisor by 15 June 2027.\n"
     "© 2026 Steppe University", "master_thesis_regulation", "university"),
    # A best-curator contest's commission minutes, the contest's name in quotes with a dash: no hiring competition's minutes.
    ("https://college-contest.example.test/kk/pedagogterge/baiqaular/uzdik-kurator",
     "«Үздік куратор – 2026» байқауының қорытындысы | Колледж\nБасты бет / Педагогтерге / Байқаулар\n"
     "«Үздік куратор – 2026» колледжішілік байқауы конкурстық комиссиясының отырысының № 2 хаттамасы\n2026 жылғы 13 қараша\n"
     "Төраға: Абенова Р. Ж.\nКүн тәртібі: байқаудың қорытындысын шығару.\nБайқауға 11 топ кураторы қатысты.\n"
     "ҚАУЛЫ ЕТТІ: байқаудың жеңімпазы деп Исаева Г. М. танылсын.\n© 2026 Колледж", "competition_commission_minutes", "college"),
    # A title that says the thing is coming ("Coming in February 2027: ..."): an announcement, no school yet.
    (f"{U}/en/announcements/integrity-school-2027",
     "Coming in February 2027: Integrity School for first-year students | Steppe University\nHome / Announcements\n"
     "Coming in February 2027: Integrity School for first-year students\nPosted: 20 November 2026\nSteppe University is "
     "preparing to launch its own Integrity School in the spring semester. Its regulation and plan are being drafted.\n"
     "Registration has not opened yet.\n© 2026 Steppe University", "integrity_school", "university"),
    # An application's form to fill in ("ӨТІНІШ" and the request under it): no list of vacant-grant candidates.
    (f"{U}/kk/students/registrar/otinish-ulgileri/grant",
     "Босаған білім беру грантына ауысуға өтініш үлгісі | Университет\nБасты бет / Білім алушыға / Өтініш үлгілері\n"
     "Басқарма төрағасы – ректорға\n________________ білім беру бағдарламасының ___ курс білім алушысы ____________\n"
     "ӨТІНІШ\nБосаған білім беру гранты бойынша ақылы негізде оқудан мемлекеттік білім беру гранты негізінде оқуға ауысу "
     "конкурсына қатысуға рұқсат беруіңізді сұраймын.\nGPA: ______\nКүні: ________ Қолы: ________",
     "grant_transfer_candidates", "university"),
    # A development plan's bulleted targets name services to come ("- introduction of an online dormitory check-in module by
    # 2028"): none of them is there yet.
    (f"{U}/en/about/strategy/development-plan",
     "Strategic Development Plan 2026-2030 | Steppe University\nHome / About / Strategy\nDevelopment Plan of Steppe "
     "University for 2026-2030\nApproved by the Board of Directors on 27 February 2026\nStrategic direction 3. Digital "
     "university\n- introduction of an online dormitory check-in module by 2028 (places are now allocated on paper "
     "applications);\n- electronic document management by 2029.\n© 2026 Steppe University",
     "dormitory_online_registration", "university"),
    # A module for electronic applications "under development" ("ведётся разработка"), paper applications taken meanwhile.
    (f"{U}/ru/students/obshchezhitiya",
     "Общежития университета: как получить место | Университет\nГлавная / Студентам / Общежития\nОбщежития университета\n"
     "Места распределяются жилищной комиссией по бумажным заявлениям, которые подаются лично в отдел по делам студентов.\n"
     "В университете ведётся разработка модуля электронной подачи заявок на заселение в общежитие; запуск запланирован на "
     "2027-2028 учебный год.\n© 2026 Университет", "dormitory_online_registration", "university"),
    # An IT help desk's "hot line" ("Горячая линия технической поддержки"): no trust line.
    (f"{U}/ru/students/distance/support",
     "Горячая линия технической поддержки АИС «Platonus» | Университет\nГлавная / Студентам / Дистанционное обучение\n"
     "Горячая линия технической поддержки\nЦентр цифровых технологий обеспечивает техническую поддержку пользователей "
     "АИС «Platonus» и системы Moodle.\nТелефон: +7 (7262) 43-11-90 (круглосуточно в период сессии)\n"
     "E-mail: support@uni.example.test\n© 2026 Университет", "hotline", "university"),
    # A path from the home page written as a menu's row ("Главная | Наука | Диссертационный совет | Объявления о защитах")
    # over a defence's announcement: the section it sits in, no council's regulation.
    (f"{U}/ru/science/dissovet/obyavleniya/seitkalieva",
     "Объявление о защите диссертации Сейткалиевой А. М.\nГлавная | Наука | Диссертационный совет | Объявления о защитах\n"
     "Главная / Наука / Диссертационный совет / Объявления о защитах\n\nОБЪЯВЛЕНИЕ\n\nДиссертационный совет по направлению "
     "8D071 при университете сообщает, что 18 декабря 2026 года в 14:00 состоится защита диссертации\n\nСейткалиевой Асель "
     "Маратовны\nна соискание степени доктора философии (PhD).\n© 2026 Университет",
     "dissertation_council_regulation", "university"),
    # A dormitory's "конкурсная комиссия" and a students' skills contest's: no hiring competition's minutes.
    (f"{U}/ru/students/dormitory/protokol-3-2026",
     "Протокол заседания конкурсной комиссии по распределению мест в общежитиях | Университет\nГлавная / Студентам / "
     "Общежитие\nПротокол № 3 заседания конкурсной комиссии по распределению мест в общежитиях студенческого городка\n"
     "21 августа 2026 года\nПредседатель: Калиев Б. Н., проректор по социально-воспитательной работе.\nРЕШИЛИ: предоставить "
     "места в общежитии № 3 студентам по списку (приложение 1).\n© 2026 Университет", "competition_commission_minutes",
     "university"),
    ("https://college-skills.example.test/ru/news/konkursy/luchshiy-po-professii",
     "Протокол заседания конкурсной комиссии конкурса «Лучший по профессии – 2026» | Колледж\nГлавная / Новости / Конкурсы\n"
     "Протокол № 1 заседания конкурсной комиссии внутриколледжного конкурса профессионального мастерства среди студентов "
     "«Лучший по профессии – 2026»\nПредседатель: Ахметова Г. К.\nПобедителем признать Сериков А., группа СТ-24.\n"
     "© 2026 Колледж", "competition_commission_minutes", "college"),
    # The university's shop of gifts and souvenirs: no gifts policy.
    (f"{U}/en/campus-life/gift-shop",
     "University Gift Shop | Steppe University\nHome / Campus Life / Gift Shop\nUniversity Gift Shop\nHoodies, mugs, "
     "notebooks and graduation gifts with the university's logo are sold in the gift shop on the ground floor of the main "
     "building and online.\nOpening hours: Mon-Fri 9:00-18:00\n© 2026 Steppe University", "gifts_policy", "university"),
    # A paper form to hand in, electronic applications "не рассматриваются": no online registration.
    (f"{U}/ru/student/dormitory/blank",
     "Бланк заявления на заселение в общежитие | Университет\nГлавная / Студенту / Общежития / Бланки\nБланк заявления для "
     "заселения в студенческие общежития. Распечатайте бланк, заполните его от руки и сдайте лично коменданту. Заявления, "
     "направленные по почте или в электронном виде, не рассматриваются.\nПредседателю жилищной комиссии\nот студента ____ "
     "курса ____________\nЗАЯВЛЕНИЕ\nПрошу предоставить мне место в студенческом общежитии № ____.\n© 2026 Университет",
     "dormitory_online_registration", "university"),
    # A board's minutes in English: the fund's "annual return" and "the report was accepted" are no annual report.
    (f"{U}/en/governance/board/minutes-3",
     "Minutes No. 3 of the Board of Trustees | Steppe University\nHome / Governance / Board of Trustees\nMinutes No. 3 of the "
     "meeting of 12 October 2026\nItem 1. The director of the endowment fund reported that its assets grew with an annual "
     "return of 8.1 %. Decision: the report was accepted.\nItem 2. Campus development plan.\n© 2026 Steppe University",
     "head_annual_report", "university"),
    # "Why we have these rules" over a gifts policy: "these" is no plural of "thesis".
    (f"{U}/en/compliance/gifts",
     "Gifts and Hospitality Rules | Steppe University\nHome / Compliance / Gifts\nGifts and Hospitality Rules\nWhy we have "
     "these rules\nThese rules tell every employee which gifts may be accepted and how hospitality is paid for.\n"
     "1. Never accept cash or gift cards from students or suppliers.\n© 2026 Steppe University", "thesis_regulation",
     "university"),
    # A course's syllabus whose reading list names the national rules of pedagogical ethics: no code of the university's.
    (f"{U}/kk/programmes/elective/adep",
     "«Педагогикалық әдеп» пәнінің силлабусы | Университет\nБасты бет / Білім беру бағдарламалары / Элективті пәндер "
     "каталогы\n«Педагогикалық әдеп» пәнінің силлабусы\nКурс: 2 | Семестр: 4 | Кредит саны: 5 ECTS\nПәннің мақсаты\n"
     "Болашақ педагогтердің кәсіби әдеп нормалары туралы білімін қалыптастыру, этикалық шешім қабылдау дағдыларын дамыту.\n"
     "Пәннің тақырыптық жоспары\nАпта | Тақырып | Сабақ түрі\n1 | Этика және педагогикалық әдеп: ұғымдар мен тарих | "
     "Дәріс, семинар\n2 | Педагогтік әдеп қағидалары: құрылымы мен мазмұны | Дәріс, кейс\n3 | Педагог пен ата-ана: "
     "сыйлықтар және шекаралар | Кейс\n15 | Қорытынды жоба: «Менің кәсіби кодексім» презентациясы | Қорғау\nНегізгі "
     "әдебиет\n1. Педагогтік әдеп қағидалары (ресми мәтін).\n2. Этика педагога: оқу құралы. – Қарағанды, 2024.\n"
     "© 2026 Университет", "staff_ethics_code", "university"),
    # The regulation of a college's council that hears breaches of pedagogical ethics: the council's, not a code.
    (f"{U}/ru/o-kolledzhe/sovet-po-etike",
     "Положение о Совете по педагогической этике | Колледж\nГлавная » О колледже » Коллегиальные органы\nПОЛОЖЕНИЕ\n"
     "о Совете по педагогической этике\nУтверждено приказом директора от 4 сентября 2026 года № 176-о\n1. Общие положения\n"
     "1.1. Совет по педагогической этике рассматривает обращения о нарушении педагогами колледжа норм педагогической "
     "этики.\n2. Состав Совета\n2.1. Совет формируется из числа педагогов, родителей и студентов.\n© 2026 Колледж",
     "staff_ethics_code", "college"),
    # Where to report corruption, with only the state's lines (the Agency's, a ministry's, the public services' 1414) and
    # the site's footer: no trust line of the university's.
    (f"{U}/ru/anticor/kuda-soobshchit",
     "Куда сообщить о факте коррупции | Университет\nГлавная / Противодействие коррупции\nКуда сообщить о факте коррупции\n"
     "Если вам стало известно о факте коррупции, вы можете обратиться в уполномоченные государственные органы.\n"
     "Единый контакт-центр Агентства по противодействию коррупции: 1424 (круглосуточно)\nДепартамент Агентства по "
     "области: тел. +7 (7142) 53-05-05\nТелефон доверия Министерства науки и высшего образования: +7 (7172) 74-24-24\n"
     "Единый контакт-центр по вопросам оказания государственных услуг: 1414\nУниверситет\nг. Аркалык, ул. Байтурсынова, "
     "17\n+7 (7143) 07-15-00 | info@uni.example.test\n© 2026 Университет", "hotline", "university"),
    # An Erasmus+ project that builds capacity ("Capacity Building in Higher Education") is no exchange of students.
    (f"{U}/en/news/qualikaz",
     "University joins the Erasmus+ Capacity Building project QualiKAZ | University\nHome / News\nUniversity "
     "joins the Erasmus+ Capacity Building project QualiKAZ\n14 October 2026\nThe university has joined "
     "QualiKAZ, an Erasmus+ Capacity Building in Higher Education project with partners from Poland and "
     "Lithuania. Over three years the project will train quality managers and develop an internal quality "
     "assurance handbook.\nThe kick-off meeting was held in Astana on 12 October.\n© 2026 University", "academic_mobility", "university"),
    # A university's students' survey "о качестве преподавания" (the teacher survey, named below): not also its survey results.
    (f"{U}/ru/quality/anketirovanie/itogi",
     "Итоги анкетирования студентов о качестве преподавания | Университет\nГлавная / Система качества / "
     "Анкетирование\nИтоги анкетирования студентов о качестве преподавания (весенний семестр 2025-2026 уч. "
     "г.)\nОтдел мониторинга качества подвёл итоги анкетирования «Преподаватель глазами студентов», "
     "проведённого с 20 апреля по 15 мая 2026 года. В анкетировании приняли участие 2 140 студентов, оценены "
     "312 преподавателей.\nСредний балл по университету — 4,46.\nПреподаватели с баллом ниже 3,5 приглашены на "
     "методический семинар.\n© 2026 Университет", "survey_results", "university"),
    # A council's annual report, its file under it in the same generic words ("Annual report (PDF, 740 KB)"): the council's.
    (f"{U}/en/research/dissertation-council/report-2025",
     "Annual Report of the Dissertation Council for 2025 | Steppe University\nHome / Research / Doctoral "
     "studies / Dissertation Council / Annual reports\nAnnual Report of the Dissertation Council for 2025\n"
     "Published: 20 January 2026\nThis report covers the Council's work from 1 January to 31 December 2025 and "
     "has been submitted to the Committee.\nIn 2025 the Council held 11 meetings; 7 PhD dissertations were "
     "defended.\nAll dissertations were checked for plagiarism.\nAnnual report (PDF, 740 KB)\nSteppe "
     "University | Kostanay | +7 (7142) 54-17-00\n© 2026 Steppe University", "head_annual_report", "university"),
    # The same in Kazakh, the Agency's department by its genitive ("Агенттіктің ... департаменті") in a table's row.
    (f"{U}/kk/student/qaida-khabarlasu",
     "Сыбайлас жемқорлық фактілері туралы қайда хабарласуға болады? | Университет\nБасты бет » Студент » "
     "Пайдалы ақпарат\nСыбайлас жемқорлық фактілері туралы қайда хабарласуға болады?\nЕгер сізден пара талап "
     "етілсе, төмендегі мемлекеттік органдарға хабарласа аласыз.\n| Орган | Байланыс | Жұмыс уақыты |\n| "
     "Агенттіктің облыс бойынша департаменті | +7 (7262) 43-00-00 | тәулік бойы |\n| Облыс прокуратурасы | +7 "
     "(7262) 45-55-55 | дүйсенбі–жұма |\n| Полиция | 102 | тәулік бойы |\nУниверситет\n080000, Тараз қ., Төле "
     "би көшесі, 60\nТел.: +7 (7262) 43-21-00 | info@uni.example.test\n© 2026 Университет", "hotline", "university"),
    # A staff rating's table of criteria, one cell of which names academic mobility: a topic of the table, no mobility.
    (f"{U}/en/about/hr/staff-rating",
     "Staff rating 2025-2026: results | Steppe University\nHome / About / HR / Staff rating\nStaff rating "
     "2025-2026: results\nThe annual rating of teaching staff is based on key performance indicators that "
     "teachers entered in the university information system and that departments confirmed.\nArea | Weight | "
     "Indicators\nTeaching | 30 % | syllabi, textbooks, online courses\nResearch | 35 % | Scopus and WoS "
     "articles, research projects, patents\nCommunity work | 15 % | tutoring, student societies, social "
     "projects\nProfessional development | 10 % | certified training, internships in industry, academic "
     "mobility\nInternational activity | 10 % | joint projects with foreign partners\nResults by band\nBand | "
     "Score | Staff | Share\nA | 85-100 | 97 | 20 %\nB | 60-84 | 301 | 62 %\nC | under 60 | 88 | 18 %\nTop "
     "departments\nDepartment | Average score\nComputer Science | 79.2\nMathematics | 72.5\nProcedure\nStaff "
     "can view their individual scores in the information system and ask for corrections with evidence within "
     "10 working days. The rating committee, which includes representatives of the trade union and the "
     "Academic Council, considered 23 requests this year and accepted 14.\n486 teachers were rated. 97 were "
     "placed in level A, 301 in level B and 88 in level C.\nTeachers in level A receive a bonus of up to 25 % "
     "of their salary in 2026-2027. Teachers in level C prepare an individual development plan with their head "
     "of department.\nTeachers who disagree with their result may appeal within 10 working days.\n© 2026 "
     "Steppe University", "academic_mobility", "university"),
    # A policy on surveys, and a college's plan of its surveys: what is asked of whom and when, no results.
    (f"{U}/en/quality/policies/feedback",
     "Policy on Stakeholder Feedback and Surveys | Steppe University\nHome > Quality Assurance > Policies\n"
     "Policy on Stakeholder Feedback and Surveys\nApproved by the Board of Directors, 14 March 2026.\n1. "
     "Purpose\nThis Policy sets out how the university collects, analyses and uses feedback from students, "
     "graduates, employers and staff.\n2. Types of surveys\nSurvey | Respondents | Frequency | Owner\nStudent "
     "satisfaction with services | All students | Annually, April | Quality Assurance Office\nEmployer "
     "satisfaction | Employers of graduates | Every two years | Career Centre\n3. Use of results\nThe results "
     "of each survey are summarised in a report to the Academic Council and published on the website within "
     "two months.\n© 2026 Steppe University", "survey_results", "university"),
    ("https://college.example.test/ru/about/quality/plan-anketirovaniya",
     "План проведения анкетирования на 2026-2027 учебный год | Колледж\nГлавная → О колледже → Служба "
     "качества\nПлан проведения анкетирования участников образовательного процесса на 2026-2027 учебный год\n"
     "Цель: изучение мнения обучающихся, родителей и педагогов о качестве образовательных услуг.\n№ | Тема "
     "анкетирования | Респонденты | Сроки\n1 | Адаптация первокурсников | Студенты 1 курса | октябрь 2026\n2 | "
     "Организация горячего питания | Студенты, родители | февраль 2027\nПорядок использования результатов:\n– "
     "обобщённые итоги каждого анкетирования оформляются справкой и рассматриваются на педагогическом совете;\n"
     "– результаты анкетирования размещаются на сайте колледжа.\n© 2026 Колледж", "survey_results", "college"),
    # An admission page's online form for "admissions", a residence hall promised nearby: no dormitory's online registration.
    (f"{U}/en/admissions/international",
     "Admission for International Students | Steppe University\nHome > Admissions > International Students\n"
     "Admission for International Students\nSteppe University welcomes international applicants to its "
     "bachelor's, master's and PhD programmes taught in English, Russian and Kazakh.\nApplication window: 1 "
     "March - 15 July. Admission decisions within 3 weeks.\nRequired documents: passport copy, school "
     "certificate with transcript, English certificate, medical certificate.\nAfter admission\nThe "
     "International Office assists with visa registration, health insurance and airport pick-up. International "
     "first-year students are guaranteed a place in a university residence hall.\nApply via the online "
     "application form (admissions.uni.example.test)\nInternational Admissions Office: +7 727 390 12 48 | "
     "intadmission@uni.example.test\n© 2026 Steppe University", "dormitory_online_registration", "university"),
    # The rectorate took up whether to introduce online check-in ("Рассмотрен вопрос внедрения ..."): a plan, not the service.
    (f"{U}/ru/news/rektorat-obshchezhitie",
     "Рассмотрен вопрос внедрения онлайн-заселения в общежития | Университет\nГлавная / Новости\nРассмотрен "
     "вопрос внедрения онлайн-заселения в общежития\n12 ноября 2026 г.\nНа заседании ректората рассмотрен "
     "вопрос внедрения онлайн-подачи заявлений на заселение в общежития. Сейчас заявления принимаются в "
     "бумажном виде в деканатах.\nЦентру информационных технологий поручено до 1 мая 2027 года разработать "
     "модуль онлайн-заявок и электронной очереди в общежития.\n© 2026 Университет", "dormitory_online_registration", "university"),
    # A plan to develop academic mobility (its targets and measures), no information on who took part.
    (f"{U}/kk/international/strategy/mobility-plan",
     "Академиялық ұтқырлықты дамытудың 2026-2030 жылдарға арналған жоспары | Университет\nБасты бет / "
     "Халықаралық ынтымақтастық / Стратегиялық құжаттар\nАкадемиялық ұтқырлықты дамытудың 2026-2030 жылдарға "
     "арналған жоспары\nМақсаты: білім алушылар мен оқытушылардың академиялық ұтқырлыққа қатысуын кеңейту.\n№ "
     "| Іс-шара | Мерзімі | Жауапты\n1 | Серіктес университеттер санын 40-қа жеткізу | 2028 ж. | Халықаралық "
     "бөлім\n2 | Ағылшын тілінде оқытылатын пәндер каталогын жасау | 2027 ж. | Академиялық мәселелер "
     "департаменті\n© 2026 Университет", "academic_mobility", "university"),
    # Measures held, not a plan of them.
    ("https://college-plan.example.test/ru/novosti/meropriyatiya",
     "Проведённые мероприятия по профилактике коррупции | Колледж\nГлавная / Противодействие коррупции\n"
     "Проведённые мероприятия по профилактике коррупции\nВ сентябре и октябре 2026 года в колледже прошли кураторские часы "
     "«Адалдық — ел болашағы», родительские собрания с участием юриста и встреча студентов со специалистом Департамента "
     "Агентства по противодействию коррупции.\nВ мероприятиях приняли участие 640 студентов.\n© 2026 Колледж",
     "anticorruption_plan", "college"),
    # A unit's annual report (the international office's, the library's) is no head's report.
    (f"{U}/en/international/mobility",
     "Academic Mobility | Steppe University\nHome / International / Academic Mobility\nAcademic Mobility\n"
     "Every year about 120 students of Steppe University spend a semester at partner universities in Europe and Asia "
     "under inter-university agreements and Erasmus+ projects; credits earned abroad are transferred in full.\n"
     "How to apply\n1. Choose a partner university with your programme coordinator.\n2. Submit the application and "
     "the learning agreement to the International Office by 15 October (spring) or 15 April (autumn).\n"
     "Documents\n- Regulation on academic mobility of students — Download (PDF, 420 KB)\n"
     "- International Office annual report 2025-2026 — Download (PDF, 1.4 MB)\n"
     "International Office: room 214, mobility@uni.example.test\n© 2026 Steppe University",
     "head_annual_report", "university"),
    ("https://kitaphana.example.test/ru/biblioteka/otchety",
     "Годовой отчёт библиотеки за 2025-2026 учебный год | Университет\nГлавная / Библиотека / Отчёты\n"
     "Годовой отчёт библиотеки за 2025-2026 учебный год\nФонд библиотеки на 1 июля 2026 года составил 412 000 "
     "экземпляров, из них 38 % электронных. Читателям выдано 96 000 изданий, проведено 42 выставки.\n"
     "Отчёт (PDF, 1,1 МБ)\n© 2026 Университет",
     "head_annual_report", "university"),
])
def test_words_of_an_artefact_that_say_it_is_not_there_or_not_it(detector: Detector, url: str, text: str, aid: str,
                                                                 itype: str) -> None:
    """A page whose words name an artefact but say it is another body's, not there yet, none, or something else."""
    doc = wrapped(url, text)
    assert aid not in found_verdicts(detector, doc, itype), verdicts(detector, doc, itype)


@pytest.mark.parametrize("url, text, aid, itype", [
    # "(2025 жылға, ... бекітілген)" under the title held in a longer head line (the institution's name before it).
    ("https://trustees.example.test/kk/kolledzh/qamqorshylyq-kenes/quramy",
     "Қамқоршылық кеңесінің құрамы\nЖайық гуманитарлық колледжі\nБасты бет / Колледж туралы / Қамқоршылық кеңес / Құрамы\n"
     "«ЖАЙЫҚ ГУМАНИТАРЛЫҚ КОЛЛЕДЖІ» МКҚК ҚАМҚОРШЫЛЫҚ КЕҢЕСІНІҢ ҚҰРАМЫ\n"
     "(2025 жылға, директордың 2025 жылғы 10 қаңтардағы № 05-н бұйрығымен бекітілген)\n"
     "№ | Аты-жөні | Лауазымы | Кеңестегі мәртебесі\n1 | Серікбаев Ерлан | «Орал Құрылыс» ЖШС директоры | төраға\n"
     "2 | Ахметова Айгүл | ата-аналар комитетінің төрайымы | мүше\n3 | Нұрланов Дәулет | студенттік кеңес төрағасы | хатшы",
     "board_of_trustees_composition", "college"),
    # The first line of text after the site's header lines gives the full title with its year.
    ("https://aral-uni.example.test/kz/university/antikor/komissiya-quramy",
     "Сыбайлас жемқорлыққа қарсы комиссияның құрамы — Арал инновациялық университеті\nАрал инновациялық университеті\n"
     "Университет | Талапкерлерге | Білім алушыларға | Ғылым | Жаңалықтар\n"
     "Басты бет » Университет » Сыбайлас жемқорлыққа қарсы іс-қимыл » Комиссия құрамы\n"
     "Арал инновациялық университетінің 2025 жылға арналған сыбайлас жемқорлыққа қарсы комиссиясының құрамы\n"
     "(Ректордың 2025 жылғы 10 қаңтардағы № 05-НҚ бұйрығына қосымша)\n"
     "Р/с | Аты-жөні | Лауазымы | Комиссиядағы міндеті\n1 | Рахымов Бақыт Әлібекұлы | Проректор | Төраға\n"
     "2 | Нұрова Айжан Мұратқызы | Комплаенс-офицер | Хатшы\n3 | Жақыпов Ерлан Серікұлы | Заң бөлімінің басшысы | Мүше\n"
     "4 | Әбенова Сәуле Төлегенқызы | Кадр бөлімінің басшысы | Мүше",
     "anticorruption_commission_composition", "university"),
    # A label ("Төраға орынбасары:") and the language switch ("KZ | RU | EN") stand before the full title.
    ("https://aral-ped.example.test/kk/adaldyq-alany/komissiya-quramy",
     "Комиссия құрамы | Арал педагогикалық университеті\nKZ | RU | EN\n"
     "Басты бет / Университет туралы / Адалдық алаңы / Комиссия құрамы\n"
     "Университет туралы | Талапкер | Студент | Ғылым | Адалдық алаңы | Байланыс\n"
     "Университеттің сыбайлас жемқорлыққа қарсы іс-қимыл жөніндегі комиссиясының 2025-2026 оқу жылына арналған құрамы\n"
     "(Басқарма Төрағасы – Ректордың 05.09.2025 ж. № 280 бұйрығына 1-қосымша)\nКомиссия төрағасы:\n"
     "Мәмбетов Қанат Серікұлы – академиялық мәселелер жөніндегі проректор\nТөраға орынбасары:\n"
     "Байғабылова Айнұр Төлегенқызы – құқықтық бөлімнің басшысы\nКомиссия мүшелері:\n"
     "Жақыпов Мирас Жанболатұлы – кадр бөлімінің басшысы\nСұлтанова Гүлмира Әсетқызы – факультет деканы\n"
     "Комиссия хатшысы:\nАйтжанова Самал Ерланқызы – комплаенс-офицер\nБұйрықтың көшірмесі (PDF, 240 КБ)",
     "anticorruption_commission_composition", "university"),
    # The last sitting listed ("Протокол № 2 от 14 октября 2025 г. (PDF)"), not the sidebar's news of last week.
    ("https://sittings.example.test/ru/anticor/protocols",
     "Протоколы заседаний антикоррупционной комиссии\nҚАЗ | РУС | ENG   Поиск по сайту   Версия для слабовидящих\n"
     "Университет   Поступающим   Обучающимся   Наука   Пресс-центр   Контакты\n"
     "Главная › Университет › Антикоррупционная комиссия › Протоколы заседаний\nАнтикоррупционная комиссия\n"
     "‣ Протоколы заседаний\n‣ Обращения граждан\nПротоколы заседаний антикоррупционной комиссии\n"
     "Протокол № 1 от 17 марта 2025 г. (PDF, 184 КБ)\nПротокол № 2 от 14 октября 2025 г. (PDF, 203 КБ)\n"
     "ПОВЕСТКА ДНЯ: об итогах заселения в общежития в 2025-2026 учебном году.\nНовости\n"
     "24.11.2026  Ветеринарная клиника: новый аппарат\n19.11.2026  Стартап-конкурс «Жас фермер»\n"
     "© 2026 НАО «Аграрный университет»",
     "anticorruption_commission_reports", "university"),
])
def test_a_documents_period_is_read_where_the_page_gives_it(detector: Detector, url: str, text: str, aid: str,
                                                            itype: str) -> None:
    """A composition's or minutes' period from the line that gives it under an undated title (the aside, the full
    title under the site's header, the sittings listed): all of 2025 or 2025-2026, stale in November 2026."""
    doc = wrapped(url, text)
    found = {e.artefact_id: e for e in detector.detect(doc, itype, AS_OF)}
    assert found[aid].stale, found


@pytest.mark.parametrize("url, text, aid, itype", [
    # This year's sittings without file notes; last year's, each with its file, read as a section of their own.
    ("https://hr.example.test/ru/kadry/konkurs/protokoly",
     "Протоколы заседаний конкурсной комиссии\nГлавная > Кадры > Конкурсная комиссия > Протоколы\n"
     "Протоколы заседаний конкурсной комиссии\n"
     "Результаты конкурса на замещение должностей публикуются после каждого заседания комиссии.\n2026 год\n"
     "Протокол № 3 от 02.10.2026\nРассмотрено заявлений: 7. Рекомендованы к избранию 6 претендентов.\n"
     "Скачать протокол № 3 (PDF, 300 КБ)\n"
     "Протокол № 2 от 15.06.2026\nРассмотрено заявлений: 11. Рекомендованы к избранию 9 претендентов.\n"
     "Скачать протокол № 2 (PDF, 420 КБ)\n"
     "2025 год\n- Протокол № 4 от 10.12.2025 — Скачать (PDF)\n- Протокол № 3 от 01.09.2025 — Скачать (PDF)\n"
     "© 2026 Университет",
     "competition_commission_minutes", "university"),
    # ... and sittings named by their number ("№ 2 отырыс, 2026 жылғы 18 қыркүйек"), not by their minutes'.
    ("https://trustees.example.test/kk/qamqorshylyq-kenes/sheshimder",
     "Қамқоршылық кеңес отырыстарының шешімдері\nБасты бет / Колледж туралы / Қамқоршылық кеңес\n"
     "Қамқоршылық кеңес отырыстарының шешімдері\n"
     "Кеңес отырыстары тоқсанына бір рет өткізіледі, шешімдері хаттамамен ресімделеді.\n2026 жыл\n"
     "№ 2 отырыс, 2026 жылғы 18 қыркүйек\nКүн тәртібі:\n1. Жаңа оқу жылына дайындық туралы.\n"
     "Хаттаманы жүктеу (PDF, 500 КБ)\n"
     "№ 1 отырыс, 2026 жылғы 12 наурыз\nКүн тәртібі:\n1. Демеушілік қаражатты бөлу туралы.\n"
     "Хаттаманы жүктеу (PDF, 410 КБ)\n"
     "2025 жыл\n№ 3 отырыс, 2025 жылғы 11 желтоқсан — Жүктеу (PDF)\n№ 2 отырыс, 2025 жылғы 9 қазан — Жүктеу (PDF)\n"
     "© 2026 Колледж",
     "board_of_trustees_minutes", "college"),
])
def test_sittings_listed_under_a_heading_per_year_date_the_minutes_by_the_latest(
        detector: Detector, url: str, text: str, aid: str, itype: str) -> None:
    doc = wrapped(url, text)
    found = {e.artefact_id: e for e in detector.detect(doc, itype, AS_OF)}
    assert found[aid].confidence >= 0.5 and not found[aid].stale, found


def test_documents_listed_with_a_description_and_then_their_file_are_each_published(detector: Detector) -> None:
    """Each title, its description and then its file's note on a line of its own: listed documents. What one's description
    says (the sectoral standard "approved by the Minister's order") is said of it, not of the plan and the code beside it."""
    doc = wrapped("https://college.example.test/ru/antikor",
                  "Противодействие коррупции — Степной колледж\n"
                  "Главная / О колледже / Противодействие коррупции\n"
                  "Противодействие коррупции\n"
                  "В разделе размещены документы, которыми руководствуются работники и студенты колледжа.\n"
                  "Документы\n"
                  "Антикоррупционный стандарт в сфере технического и профессионального образования\n"
                  "Утверждён приказом Министра просвещения Республики Казахстан. Устанавливает рекомендации по предупреждению коррупции при приёме на обучение и проведении аттестации.\n"
                  "Обязателен к применению всеми работниками колледжа.\n"
                  "Скачать (PDF, 380 КБ)\n"
                  "План мероприятий по противодействию коррупции на 2026–2027 учебный год\n"
                  "Утверждён приказом директора колледжа от 28.08.2026 № 212-о.\n"
                  "Включает 16 мероприятий: антикоррупционные часы в группах, анкетирование студентов и родителей, видеонаблюдение на экзаменах, отчёт о выполнении плана на педсовете в июне 2027 г.\n"
                  "Скачать (PDF, 290 КБ)\n"
                  "Кодекс чести преподавателей и сотрудников колледжа\n"
                  "Устанавливает принципы профессиональной этики: честность, беспристрастность при оценивании, недопустимость получения подарков от студентов и родителей.\n"
                  "Скачать (PDF, 215 КБ)\n"
                  "Новости раздела\n"
                  "- 14.10.2026 — Антикоррупционный час прошёл в группах первого курса\n"
                  "© 2026 КГКП «Степной колледж»")
    found = found_verdicts(detector, doc, "college")
    assert {"anticorruption_standard", "anticorruption_plan", "staff_ethics_code"} <= set(found), verdicts(detector, doc, "college")


def test_the_students_ranked_for_a_scholarship_are_its_candidate_list(detector: Detector) -> None:
    doc = wrapped(f"{U}/ru/students/registrar/stipendiya",
                  "Рейтинг обучающихся для назначения стипендии — I семестр 2026-2027 — Университет\n"
                  "Главная / Студенту / Офис регистратора / Стипендиальные списки\n"
                  "Рейтинг обучающихся, представленных к назначению государственной стипендии\n"
                  "1 семестр 2026-2027 учебного года\nОпубликовано: 03.09.2026\n"
                  "По итогам летней экзаменационной сессии стипендиальной комиссией сформирован рейтинг обучающихся, "
                  "представленных к назначению стипендии с 1 сентября 2026 года.\n"
                  "№ | ФИО | ОП | Курс | GPA | Стипендия\n1 | Исмагулова М. Е. | 6B03201 Журналистика | 3 | 4,00 | повышенная\n"
                  "2 | Каирбекова Д. М. | 6B01703 Иностранный язык | 2 | 3,92 | базовая\n"
                  "3 | Мусин Е. К. | 6B02201 История | 4 | 3,75 | базовая\n© 2026 Университет")
    found = {e.artefact_id: e for e in detector.detect(doc, "university", AS_OF)}
    assert found["scholarship_candidates"].confidence >= 0.5 and not found["scholarship_candidates"].stale, found


@pytest.mark.parametrize("url, text, aid, itype", [
    # An "Integrity Line" is the trust line by its compliance name.
    ("https://speakup.example.test/en/compliance/integrity-line",
     "Integrity Line (24/7) | Steppe University\nHome > About > Compliance > Integrity Line\n"
     "Speak up: our 24/7 Integrity Line\n"
     "The University runs a confidential line staffed around the clock. Use it to raise any concern about "
     "requests for money or favours in exchange for grades, admission or jobs.\n"
     "How to reach us\nPhone (24 hours, toll-free): 8 800 004 00 00\nEmail: speakup@speakup.example.test\n"
     "Every message receives a case number and is reviewed by the Compliance Officer within one working day.\n"
     "© 2026 Steppe University",
     "hotline", "university"),
    # A rector's answer on the library's subscription ("Подписка на Scopus продлена") is no vendor's.
    (f"{U}/ru/rector/blog",
     "Блог ректора | Университет\nГлавная > Руководство > Блог ректора\nБлог ректора\n"
     "Ректор университета Иванов Иван Иванович, доктор экономических наук, профессор\n"
     "Блог создан для прямого диалога с ректором: задайте вопрос или внесите предложение. Все обращения "
     "рассматриваются в течение 10 рабочих дней.\nВопросы и ответы\n"
     "Вопрос от 15.10.2026 — Динара С., магистрантка\n"
     "Планируется ли расширение подписки на базы данных Scopus и ScienceDirect для магистрантов?\n"
     "Ответ ректора (17.10.2026): Да. С 1 ноября доступ к ScienceDirect открыт для всех обучающихся. "
     "Подписка на Scopus продлена до конца 2027 года.\n"
     "Вопрос от 02.10.2026 — Ерлан Т., родитель\nКогда откроется новое общежитие?\n"
     "Ответ ректора (05.10.2026): Общежитие на 500 мест будет сдано в январе 2027 года.\n"
     "© 2026 Университет",
     "head_blog", "university"),
    # A procurement table's method "Request for price quotations" is no vendor's "price on request".
    (f"{U}/en/about/procurement",
     "Procurement | Steppe University\nHome / About / Transparency / Procurement\nProcurement\n"
     "The University buys goods, works and services electronically through the public procurement web portal "
     "goszakup.gov.kz, where every announcement, tender document and contract is published.\n"
     "Annual procurement plan\n"
     "- Annual public procurement plan for 2026 (approved by the Rector's order of 16 January 2026) — Download (PDF)\n"
     "Current procurement\nAnnouncement | Subject | Method | Amount, KZT | Deadline\n"
     "15433090-1 | Licences for engineering simulation software and its support | Request for price quotations | 14,700,000 | 26.11.2026\n"
     "15431844-2 | Catering services for the dormitory | Open tender | 58,900,000 | 28.11.2026\n"
     "15430017-1 | Office paper and stationery | Request for price quotations | 3,200,000 | 30.11.2026\n"
     "Procurement Department: Main Building, room 0.24, procurement@uni.example.test\n© 2026 Steppe University",
     "goszakup_procurement", "university"),
    # A byline's reading time under the institution's own office is its own news, no media outlet's.
    (f"{U}/en/international/mobility/news/spring-2026",
     "Our students complete a semester in Lithuania — Steppe University\n"
     "Home / International / Academic Mobility / News\n"
     "Our students complete a semester in Lithuania\n03.07.2026 | International Office | 5 min read\n"
     "Six students of Steppe University have returned from a semester of academic mobility at a partner "
     "university in Lithuania under the inter-university agreement.\n"
     "Participants of the spring semester 2026:\nName | Programme | Host university | Credits transferred\n"
     "Aruzhan S. | Software Engineering | Partner University | 30 ECTS\n"
     "Nurbol K. | Information Systems | Partner University | 28 ECTS\n"
     "Applications for outgoing mobility in the spring semester 2027 are open until 15 November 2026.\n"
     "Documents:\n- Academic mobility regulation (PDF)\n- List of partner universities 2026-2027 (PDF)\n"
     "© 2026 Steppe University",
     "academic_mobility", "university"),
    # An own trust line stays the institution's beside the national short number (1424).
    (f"{U}/ru/antikor/telefon-doveriya",
     "Телефон доверия — Университет\nГлавная / Противодействие коррупции / Телефон доверия\nТелефон доверия\n"
     "В университете круглосуточно работает телефон доверия для сообщений о фактах коррупции.\n"
     "Телефон доверия: 8 (7172) 00-00-00 (круглосуточно)\nE-mail: trust@uni.example.test\n"
     "Также можно обратиться в Единый контакт-центр Агентства по противодействию коррупции: 1424.\n"
     "© 2026 Университет",
     "hotline", "university"),
    # Own news titled as an exchange semester is its mobility information.
    (f"{U}/en/news/exchange-semester-autumn-2026",
     "Nine students begin exchange semester in Türkiye and Poland | Steppe University\n"
     "Home / News / International\nNine students begin exchange semester in Türkiye and Poland\n"
     "15 September 2026 | Press Office\n"
     "Nine bachelor's students of Steppe University have started the autumn semester 2026-2027 at partner "
     "universities abroad under the academic mobility programme.\nWhere our students are studying\n"
     "- Sakarya University (Türkiye): Alisher N. and Saltanat Y., Information Systems;\n"
     "- Lodz University of Technology (Poland): Ruslan A. and Tomiris A., Mechanical Engineering.\n"
     "Students interested in the spring 2027 semester can apply until 20 October 2026 at the Academic Mobility "
     "Office.\n© 2026 Steppe University",
     "academic_mobility", "university"),
    # A numbered item's file line is no description that runs into the next item: The plan, then the sectoral standard "(приказ Министра ...)": the standard's words are not the plan's.
    ("https://college.example.test/ru/o-kolledzhe/antikor",
     "Противодействие коррупции — Колледж\nГлавная / О колледже / Противодействие коррупции\n"
     "Противодействие коррупции\n"
     "Работа по предупреждению коррупционных правонарушений в колледже ведётся в соответствии с Законом "
     "Республики Казахстан «О противодействии коррупции».\nДокументы\n"
     "1. План мероприятий по противодействию коррупции на 2026-2027 учебный год (утверждён приказом директора "
     "№ 214-о от 29.08.2026)\nСкачать (PDF, 412 КБ) — plan_antikor_2026-2027.pdf\n"
     "2. Антикоррупционный стандарт в сфере образования (приказ Министра просвещения РК)\n"
     "Скачать (PDF, 1,1 МБ) — antikor_standart_obrazovanie.pdf\n"
     "3. Кодекс чести педагогов и сотрудников колледжа (утверждён решением Педагогического совета)\n"
     "Скачать (DOCX, 86 КБ) — kodeks_chesti.docx\n"
     "4. Памятка для студентов и родителей «Скажи коррупции — нет!»\nСкачать (PDF, 240 КБ)\n"
     "© 2026 Колледж",
     "anticorruption_plan", "college"),
    # A list's entries, each a title, a dash and what the document covers, then who approved it and its file: the
    # description's words ("приём", "тема") are not the title's.
    *[(f"{U}/ru/aspirantura/dokumenty",
       "Нормативные документы послевузовского образования | Университет\nГлавная / Наука / Послевузовское образование / "
       "Документы\nНормативные документы\nДокументы приняты Учёным советом и действуют для обучающихся, принятых с 2026 "
       "года.\nМагистратура\n• Положение о магистерской диссертации и проекте — выбор и утверждение темы, научное "
       "руководство, структура и объём работы, проверка на заимствования, предзащита и защита. Утверждено 28 мая 2026 г., "
       "протокол № 9. Скачать (PDF, 512 КБ)\nДокторантура\n• Положение о PhD докторантуре — приём, научные консультанты, "
       "индивидуальный план докторанта, зарубежная стажировка и требования к публикациям. Утверждено 25 июня 2026 г., "
       "протокол № 10.\nСкачать (PDF, 610 КБ)\nФормы\n• Индивидуальный план магистранта (DOCX, 40 КБ)\n"
       "Отдел послевузовского образования: корпус 1, каб. 210\n© 2026 Университет", aid, "university")
      for aid in ("master_thesis_regulation", "phd_regulation")],
    # ... or each a title, its approval note in brackets and what it covers, its file on the line below.
    *[(f"{U}/kk/gylym/kujattar",
       "Жоғары оқу орнынан кейінгі білім беру құжаттары | Университет\nБасты бет / Ғылым / Құжаттар\n"
       "Жоғары оқу орнынан кейінгі білім беру құжаттары\nТөмендегі ішкі құжаттар магистранттарға, докторанттарға және "
       "ғылыми жетекшілерге арналған.\n"
       "- Магистратура туралы ереже (Ғылыми кеңестің 2026 жылғы 26 маусымдағы № 10 хаттамасымен бекітілген). Магистратураға "
       "қабылдау, жеке оқу жоспары, зерттеу практикасы және қорытынды аттестаттау тәртібін белгілейді.\n"
       "Жүктеу (PDF, 520 КБ)\n"
       "- Диссертациялық кеңес туралы ереже (Директорлар кеңесінің 2026 жылғы 12 ақпандағы шешімімен бекітілген). Кеңестің "
       "құрамын қалыптастыру, рецензенттерді тағайындау және қорғау тәртібін сипаттайды.\n"
       "Жүктеу (PDF, 455 КБ)\n"
       "Байланыс: magistr@uni.example.test\n© 2026 Университет", aid, "university")
      for aid in ("masters_regulation", "dissertation_council_regulation")],
    # A plan titled by its measures for a year alone, without the word "plan".
    ("https://college-plan.example.test/ru/antikor/meropriyatiya-2026-2027",
     "Мероприятия колледжа по профилактике коррупции на 2026-2027 учебный год | Колледж\nГлавная / Противодействие коррупции\n"
     "Мероприятия колледжа по профилактике коррупции на 2026-2027 учебный год\nУтверждены приказом директора № 118-о от "
     "01.09.2026\n№ | Мероприятие | Срок | Ответственный\n1 | Кураторские часы «Адалдық — ел болашағы» | сентябрь 2026 | "
     "кураторы групп\n2 | Анонимное анкетирование студентов | декабрь 2026 | педагог-психолог\n3 | Отчёт о выполнении "
     "мероприятий на педагогическом совете | июнь 2027 | заместитель директора\n© 2026 Колледж", "anticorruption_plan",
     "college"),
    # The commission's report as the results of its work, and its minutes as its "records".
    (f"{U}/ru/antikor/otchety/2025",
     "Итоги работы комиссии по противодействию коррупции за 2025 год | Университет\nГлавная / Противодействие коррупции / "
     "Отчёты\nИтоги работы комиссии по противодействию коррупции за 2025 год\nРассмотрено на заседании комиссии 26.01.2026 "
     "(протокол № 1)\nВ 2025 году комиссия провела 5 заседаний и рассмотрела 9 обращений, 6 из которых касались оценивания "
     "знаний.\nПроведено 38 антикоррупционных часов для студентов.\n© 2026 Университет",
     "anticorruption_commission_reports", "university"),
    (f"{U}/en/governance/integrity/commission-records",
     "Records of the Anti-Corruption Commission, 2026 | Steppe University\nHome / Governance / Anti-Corruption / Records\n"
     "Records of the Anti-Corruption Commission — 2026\nThe Commission publishes the minutes of each meeting after they are "
     "signed.\nMeeting | Date | Main items | File\nMeeting No. 1 | 20 February 2026 | Risk map of the Admissions Office | "
     "Minutes No. 1 (PDF, 176 KB)\nMeeting No. 2 | 15 May 2026 | Summer examination session | Minutes No. 2 (PDF, 190 KB)\n"
     "© 2026 Steppe University", "anticorruption_commission_reports", "university"),
    # The Kazakh class journal's name ends in the possessive "журналы" ("its journal"), no plural of a library's e-journals.
    ("https://college-journal.example.test/kk/bilim-alushylarga/zhurnal",
     "Сабаққа қатысу мен үлгерімнің электронды журналы | Колледж\nБасты бет / Білім алушыларға / Электронды журнал\n"
     "Сабаққа қатысу мен үлгерімнің электронды журналы\nКолледжде сабаққа қатысу мен бағалар электронды журналда "
     "жүргізіледі. Ата-аналар баланың бағаларын жеке кабинет арқылы көре алады.\nЖеке кабинетке кіру: логин мен құпия сөз "
     "куратордан алынады.\n© 2026 Колледж", "e_journal", "college"),
    # A students' page whose entries are marked with arrows ("→ Title — what it holds"): each entry's title is its own.
    *[(f"{U}/kk/students",
       "Білім алушыға | Университет\nБасты бет / Білім алушыға\nБілім алушыға\nҚұрметті студенттер! Бұл бетте оқу "
       "процесіне және әлеуметтік қолдауға қатысты университеттің қызметтері жинақталған.\nӘлеуметтік қолдау\n"
       "→ Стипендия тағайындау туралы ақпарат — мемлекеттік және атаулы стипендиялар, мөлшерлері, стипендиялық комиссия, "
       "тағайындау мерзімдері\n→ Әлеуметтік көмек — көп балалы отбасылардан шыққан студенттерге оқу ақысынан жеңілдік\n"
       "Халықаралық мүмкіндіктер\n→ Академиялық ұтқырлық — шығыс және кіріс ұтқырлық бағдарламалары, қатысушылар тізімі, "
       "серіктес университеттер\n© 2026 Университет", aid, "university")
      for aid in ("scholarship_info", "academic_mobility")],
    # A college's page that prints its department above its own name, as its documents' letterhead does, stays its own.
    ("https://college-letterhead.example.test/kk/antikor/jospar",
     "Сыбайлас жемқорлыққа қарсы іс-шаралар жоспары | Колледж\nЖетісу облысы әкімдігінің білім басқармасы\n"
     "«Талдықорған жоғары колледжі» МКҚК\nКолледждің 2026-2027 оқу жылына арналған сыбайлас жемқорлыққа қарсы іс-шаралар "
     "жоспары\n1. Ішкі талдау жүргізу — қыркүйек — директордың орынбасары\n2. Кураторлық сағаттар — жыл бойы — кураторлар\n"
     "© 2026 Колледж", "anticorruption_plan", "college"),
    # The hiring rules' English title with the verbs' -ing forms.
    (f"{U}/en/about/human-resources/regulations",
     "Staff Regulations | Steppe University\nHome / About / Human Resources / Regulations\nStaff Regulations\n"
     "- Procedure for Recruiting and Terminating Employees of Steppe University (approved by the Management Board, Minutes "
     "No. 14, 27 June 2026). Describes how vacancies are announced and how contracts end.\nDownload (PDF, 380 KB)\n"
     "- Collective Agreement 2025-2028 - Download (PDF, 640 KB)\nHuman Resources Department: hr@uni.example.test\n"
     "© 2026 Steppe University", "hiring_dismissal_rules", "university"),
    # "The commission's" minutes listed on the anti-corruption section's page are the anti-corruption commission's.
    (f"{U}/ru/anticor/documents",
     "Документы | Антикоррупционный комплаенс | Университет\nГлавная / Антикоррупционный комплаенс / Документы\nДокументы\n"
     "Наименование документа | Реквизиты | Файл\nПротокол заседания комиссии № 1 (итоги внутреннего анализа коррупционных "
     "рисков) | 24.03.2026 | PDF, 156 КБ\nПротокол заседания комиссии № 2 (о летней сессии) | 18.06.2026 | PDF, 141 КБ\n"
     "Протокол заседания комиссии № 3 (о заселении в общежития) | 22.09.2026 | PDF, 137 КБ\n"
     "Протоколы заседаний комиссии за 2025 год (архив ZIP) | — | ZIP, 590 КБ\n"
     "© 2026 Университет", "anticorruption_commission_reports", "university"),
    # A title whose verb "meet" is no meeting (the stemmer gives the noun the verb's key): no event's report.
    (f"{U}/en/about/compliance/conflict-of-interest",
     "Where Private Interests Meet Public Duties: Our Policy | Steppe University\nHome / About / Compliance\n"
     "Where Private Interests Meet Public Duties: Our Policy\nApproved by the Academic Council on 27 August 2026\n"
     "1. This policy sets out how the University identifies, discloses and settles conflicts of interest of its staff.\n"
     "2. A member of staff declares a possible conflict of interest in writing before the decision is taken.\n"
     "Download the policy (PDF)\n© 2026 Steppe University", "conflict_of_interest_policy", "university"),
    # A university's own online application for a dormitory place, "booked" ("брондау"): no private hostel's booking.
    (f"{U}/kk/studentke/zhataqkhana/online",
     "Жатақханадан орын алуға онлайн брондау | Университет\nБасты бет / Студентке / Жатақхана\n"
     "Жатақханадан орын алуға онлайн брондау\nУниверситет жатақханаларынан орын алуға өтінім тек онлайн режимде, студенттік "
     "портал арқылы қабылданады.\n1. Жеке кабинетке кіріңіз.\n2. «Жатақхана» бөлімінде өтінім нысанын толтырыңыз.\n"
     "Студенттік қалашық директораты: dorm@uni.example.test\n© 2026 Университет", "dormitory_online_registration", "university"),
    # "The Year in Review", the rector's annual report by its English title.
    (f"{U}/en/university/leadership/review-2025-26",
     "The Year in Review 2025/26: the Rector to Students and Staff | Steppe University\nHome / University / Leadership\n"
     "The Year in Review 2025/26: the Rector to Students and Staff\nPresented at the open meeting with students and staff on "
     "29 September 2026.\nThis year our student body grew to 8,900, and seven programmes received international "
     "accreditation.\nFull text (PDF, 3.1 MB)\n© 2026 Steppe University", "head_annual_report", "university"),
    # The rector's page for questions and answers, by "write to the Rector": the head's blog.
    (f"{U}/en/about/leadership/rectors-corner",
     "Rector's Corner: write to the Rector, read the answers | Steppe University\nHome / About / Leadership\n"
     "Rector's Corner: write to the Rector, read the answers\nThis page is my direct line to you: I read every message, and "
     "answers of use to many are published below.\n12 November 2026 - Why are retake fees different in summer?\nAnswer: "
     "summer credits are charged at the standard rate.\n© 2026 Steppe University", "head_blog", "university"),
    # "Open Positions", a vacancy announcement's English title, over a sentence that cites the hiring rules.
    (f"{U}/en/university/hr/vacancies",
     "Open Positions: Competition for Academic Staff Posts | Steppe University\nHome / University / Human Resources\n"
     "Open Positions: Competition for Academic Staff Posts\nSteppe University announces a competition to fill vacant posts of "
     "the teaching staff, in accordance with the Rules for the competitive filling of positions of the university.\n"
     "1. Department of History - associate professor, 1.0 rate; PhD, 5 years of teaching.\nApplications until 2 December 2026: "
     "hr@uni.example.test\n© 2026 Steppe University", "vacancy_announcements", "university"),
    # ... or by "Director's Corner", a college director's posts and answers.
    ("https://college-corner.example.test/en/director/corner",
     "Director's Corner: Posts and Answers to Your Questions | College\nHome / About the College / Director's Corner\n"
     "Welcome to my page\nDear students and parents! Here I post short notes about the life of the college and answer the "
     "questions you send through the form below.\n18 November 2026 - Heating in the dormitory\nAnswer: the radiators will be "
     "repaired on 19 November.\n© 2026 College", "head_blog", "college"),
    # A table's rows of postgraduate regulations, each with who approved it and its file: the rows are listed titles, a title
    # cell's amendment note and its row's minutes no words against them.
    (f"{U}/ru/postgraduate/documents",
     "Нормативные документы послевузовского образования | Университет\nГлавная / Послевузовское образование / Документы\n"
     "Нормативные документы послевузовского образования\nНиже размещены внутренние документы университета, регламентирующие "
     "обучение в магистратуре и докторантуре.\nДокумент | Утверждён | Файл\n"
     "1. Положение о докторантуре PhD Степного университета | решение Учёного совета от 26.06.2024, протокол № 11 | "
     "Скачать (PDF, 705 КБ)\n2. Положение о диссертационном совете Степного университета (с изменениями от 30.08.2026) | "
     "решение Правления от 30.08.2026, протокол № 17 | Скачать (PDF, 488 КБ)\n© 2026 Университет",
     "dissertation_council_regulation", "university"),
    # The students' evaluation of teaching by that name ("Итоги оценки качества преподавания студентами"): the teacher survey.
    (f"{U}/ru/quality/feedback/itogi-vesna-2026",
     "Итоги оценки качества преподавания студентами: весенний семестр 2026 г. | Университет\nГлавная / Качество образования\n"
     "Итоги оценки качества преподавания студентами: весенний семестр 2026 г.\nС 20 апреля по 15 мая 2026 года студенты "
     "анонимно оценили 486 преподавателей по 12 вопросам по шкале от 1 до 5.\nСредний балл по университету - 4,45.\n"
     "© 2026 Университет", "teacher_evaluation_surveys", "university"),
    # The students recommended for a scholarship ("... стипендия алуға ұсынылған білім алушылар"): its candidates' list.
    (f"{U}/kk/students/scholarship/tizim-kuz-2026",
     "2026–2027 оқу жылының күзгі семестрінде стипендия алуға ұсынылған білім алушылар | Университет\n"
     "Басты бет / Білім алушыларға / Стипендия\n2026–2027 оқу жылының күзгі семестрінде стипендия алуға ұсынылған білім "
     "алушылар\nСтипендиялық комиссияның 2026 жылғы 5 қыркүйектегі шешімімен (№ 1 хаттама).\n1. Әбдірахманов Нұрдәулет — "
     "2 курс, GPA 3,67\n2. Жақсылықова Аида — 3 курс, GPA 3,91\n© 2026 Университет", "scholarship_candidates", "university"),
    # The Kazakh rules of hiring and dismissal by "жұмыстан шығару" (dismissal), not only "босату".
    (f"{U}/kk/docs/kadr-kagidalary",
     "Қызметкерлерді жұмысқа қабылдау, ауыстыру және жұмыстан шығару қағидалары | Университет\nБасты бет / Университет / "
     "Ішкі нормативтік құжаттар\nҚызметкерлерді жұмысқа қабылдау, ауыстыру және жұмыстан шығару қағидалары\n1. Осы Қағидалар "
     "Университет қызметкерлерін жұмысқа қабылдау, басқа жұмысқа ауыстыру және жұмыстан шығару тәртібін белгілейді.\n"
     "© 2026 Университет", "hiring_dismissal_rules", "university"),
    # Its own news of students back from a semester abroad, naming them where it says they took part: the mobility's
    # participants, though the title never says "mobility".
    (f"{U}/ru/news/2026/03/semestr-v-vengrii",
     "Наши студенты вернулись из Будапешта | Университет\nГлавная / Новости\nНаши студенты вернулись из Будапешта\n"
     "14 марта 2026 г.\nТри студента факультета информационных технологий провели осенний семестр в Будапештском "
     "техническом университете по программе академической мобильности.\nВ программе приняли участие студенты 3 курса "
     "Асель Жумабаева, Тимур Оспанов и Дана Ермекова. Кредиты, полученные за рубежом, перезачтены в их учебные планы.\n"
     "Приём заявок на академическую мобильность на следующий семестр откроется в апреле.\n© 2026 Университет",
     "academic_mobility", "university"),
    # Its codes listed as its files, a FAQ below them ("Часто задаваемые вопросы", a textbook named in an answer): the codes.
    (f"{U}/ru/university/ethics",
     "Этика и добропорядочность | Университет\nГлавная / Университет / Этика\nЭтика и добропорядочность в университете\n"
     "Университет строит отношения между преподавателями и студентами на принципах честности и взаимного уважения. Ниже "
     "размещены этические документы университета.\nДокументы университета\n▸ Кодекс чести преподавателя — утверждён Учёным "
     "советом 28.08.2026 (PDF)\n▸ Кодекс чести студента — утверждён Учёным советом 28.08.2026 (PDF)\nЧасто задаваемые "
     "вопросы\nМожно ли подарить преподавателю цветы? — Да, цветы не считаются нарушением.\nЧто делать, если преподаватель "
     "просит купить его учебник? — Сообщите в деканат; обязательная покупка учебных пособий запрещена.\nКто знакомит "
     "первокурсников с Кодексом? — Эдвайзеры групп в течение адаптационной недели.\n© 2026 Университет",
     "student_ethics_code", "university"),
    # Where to report corruption, with the university's own address for it besides the Agency's line: its channel.
    (f"{U}/ru/anticor/soobshchit",
     "Сообщить о фактах коррупции | Университет\nГлавная / Противодействие коррупции\nСообщить о фактах коррупции\n"
     "Сообщения о фактах коррупции в университете принимает комплаенс-офицер: anticor@uni.example.test, каб. 105.\n"
     "Вы также можете позвонить в Единый контакт-центр Агентства: 1424.\nУниверситет\nг. Аркалык, ул. Байтурсынова, 17\n"
     "+7 (7143) 07-15-00 | info@uni.example.test\n© 2026 Университет", "hotline", "university"),
    # A state college's own club, its legal form in the footer ("КГКП «Карагандинский технический колледж»"): its own.
    ("https://college.example.kz/ru/vospitanie/sanaly-urpaq",
     "Клуб «Саналы ұрпақ» | Колледж\nГлавная | О колледже | Студенту | Контакты\nГлавная / Воспитательная "
     "работа / «Саналы ұрпақ»\nКлуб «Саналы ұрпақ»\nВ колледже действует студенческий клуб «Саналы ұрпақ».\n"
     "Документы клуба:\n– Положение о клубе «Саналы ұрпақ» (PDF)\n– План работы клуба на 2026-2027 учебный год "
     "(PDF)\nКГКП «Карагандинский технический колледж» | г. Караганда, ул. Ерубаева, 40\n© 2026 Карагандинский "
     "технический колледж", "sanaly_urpaq_club", "college"),
    # Its trust line by the English "Confidential Line" ("Speak Up: Confidential Line").
    (f"{U}/en/anti-corruption/speak-up",
     "Speak Up: Confidential Line | Steppe University\nHome / University / Anti-Corruption / Speak Up\nSpeak "
     "Up: Confidential Line\nHave you been asked for money for a grade or a signature? Tell us. Calls and "
     "messages are accepted around the clock.\n- Phone (24/7): +7 7282 22 19 99\n- E-mail: "
     "speakup@uni.example.test\nWe never disclose the identity of a person who reported in good faith.\nSteppe "
     "University | Taldykorgan | +7 7282 22 10 10\n© 2026 Steppe University", "hotline", "university"),
    # The results of its hiring competition by the Russian "Итоги конкурсного отбора на должности ППС" (no "замещение").
    (f"{U}/ru/personal/konkurs/itogi",
     "Итоги конкурсного отбора на должности ППС | Университет\nГлавная / Об университете / Персонал\nИтоги "
     "конкурсного отбора на должности ППС\nОпубликовано: 14.10.2026\nПо итогам собеседования 12 октября 2026 "
     "года к избранию рекомендованы:\n№ | Претендент | Кафедра | Должность | Решение\n1 | Ахметова Д. С. | "
     "Финансы и учёт | Ассоциированный профессор | Рекомендовать к избранию\n2 | Ким Е. В. | Менеджмент | "
     "Преподаватель | Рекомендовать к избранию\n© 2026 Университет", "competition_commission_minutes", "university"),
    # ... and on a college's page, which has no teacher survey of its own to be, its survey results.
    (f"{U}/ru/quality/anketirovanie/itogi",
     "Итоги анкетирования студентов о качестве преподавания | Университет\nГлавная / Система качества / "
     "Анкетирование\nИтоги анкетирования студентов о качестве преподавания (весенний семестр 2025-2026 уч. "
     "г.)\nОтдел мониторинга качества подвёл итоги анкетирования «Преподаватель глазами студентов», "
     "проведённого с 20 апреля по 15 мая 2026 года. В анкетировании приняли участие 2 140 студентов, оценены "
     "312 преподавателей.\nСредний балл по университету — 4,46.\nПреподаватели с баллом ниже 3,5 приглашены на "
     "методический семинар.\n© 2026 Университет", "survey_results", "college"),
    # A table's row that lists its policy, the body that approved it and the date in one cell ("Директорлар кеңесі, 2024 ж.
    # 18 сәуір"): a listed document, as its neighbours with their minutes' numbers are.
    (f"{U}/kk/university/komplaens",
     "Адалдық және комплаенс | Университет\nБасты бет > Университет > Адалдық және комплаенс\nАдалдық және "
     "комплаенс\nБұл бөлімде университеттің сыбайлас жемқорлыққа қарсы іс-қимыл саласындағы ішкі құжаттары "
     "жинақталған.\nІшкі құжаттар\n| № | Құжат | Бекітілген | Жүктеу |\n| 1 | Университеттің сыбайлас "
     "жемқорлыққа қарсы саясаты | Директорлар кеңесі, 2024 ж. 18 сәуір, № 3 хаттама | PDF |\n| 2 | 2026 жылға "
     "арналған сыбайлас жемқорлыққа қарсы іс-шаралар жоспары | Ректордың 2026 ж. 12 қаңтардағы № 04-н бұйрығы "
     "| PDF |\n| 3 | Мүдделер қақтығысын реттеу саясаты | Директорлар кеңесі, 2024 ж. 18 сәуір | PDF |\n| 4 | "
     "«Сыйлықтар және өкілдік шығыстар» рәсімі туралы ереже | Басқарма, 2025 ж. 20 ақпан, № 2 хаттама | PDF |\n"
     "Комплаенс-офицер: comp@uni.example.test\n© 2026 Университет", "conflict_of_interest_policy", "university"),
    # Its guests from the civil service and from the Anti-Corruption Agency, in one sentence, are no civil service agency.
    (f"{U}/en/students/integrity-school",
     "Integrity School | Steppe University\nHome / Students / Integrity School\nIntegrity School\n"
     "The Integrity School is a standing project of Steppe University that helps first-year students recognise and resist "
     "corruption in academic life.\nSessions take place twice a month. They are led by university lecturers, graduates "
     "working in the civil service and invited experts from the regional office of the Anti-Corruption Agency.\n"
     "Documents\n- Integrity School work plan for the 2026-2027 academic year - Download (PDF, 180 KB)\n"
     "Coordinator: integrity@uni.example.test\n© 2026 Steppe University", "integrity_school", "university"),
])
def test_own_pages_that_another_kinds_words_once_hid_are_found(detector: Detector, url: str, text: str, aid: str,
                                                               itype: str) -> None:
    """The institution's own page, whose words once read as another organisation's or as another kind of page."""
    doc = wrapped(url, text)
    assert aid in found_verdicts(detector, doc, itype), verdicts(detector, doc, itype)


TEACHER_SURVEY_RESULTS = (
    "Итоги анкетирования «Преподаватель глазами студентов» | Колледж\nГлавная / Качество образования / Анкетирование\n"
    "Итоги анкетирования «Преподаватель глазами студентов»\n1 семестр 2026-2027 учебного года\nДата публикации: 12.11.2026\n"
    "С 13 по 24 октября 2026 года методический кабинет провёл анонимное онлайн-анкетирование студентов 2-4 курсов. "
    "Участвовали 540 студентов, оценены 66 преподавателей.\nСредние оценки по критериям (пятибалльная шкала):\n"
    "1. Знание предмета — 4,68\n2. Доступность изложения материала — 4,37\n3. Объективность оценивания — 4,25\n"
    "4. Пунктуальность — 4,59\n5. Уважительное отношение к студентам — 4,51\n"
    "Результаты рассмотрены на заседании методического совета 6 ноября 2026 года.\n© 2026 Колледж")


def test_a_colleges_teacher_survey_results_are_its_survey_results(detector: Detector) -> None:
    """The teacher survey ("Преподаватель глазами студентов") is a university's artefact of its own, its results not also the
    survey results; a college has no such artefact, and its teacher survey's results, given as mean marks under a
    reporting verb, are its survey results."""
    college = wrapped("https://college-quality.example.test/ru/kachestvo/anketirovanie/2026", TEACHER_SURVEY_RESULTS)
    assert "survey_results" in found_verdicts(detector, college, "college"), verdicts(detector, college, "college")
    university = found_verdicts(detector, college, "university")
    assert "teacher_evaluation_surveys" in university and "survey_results" not in university, university


def test_a_row_of_related_documents_names_other_pages(detector: Detector) -> None:
    doc = excerpt(f"{U}/ru/antikor/standart",
                  "Антикоррупционный стандарт\nПротиводействие коррупции / Антикоррупционный стандарт\n"
                  "Глава 1. Общие положения\n1. Настоящий стандарт устанавливает правила поведения работников "
                  "университета в сфере образования.\n"
                  "Связанные документы университета: План мероприятий по противодействию коррупции | "
                  "Антикоррупционная комиссия")
    found = verdicts(detector, doc)
    assert found.get("anticorruption_standard", 0) >= 0.5, found
    assert found.get("anticorruption_plan", 0) < 0.5, found


def test_a_trust_lines_online_form_is_no_dormitory_application(detector: Detector) -> None:
    doc = excerpt(f"{U}/kk/senim-telefony",
                  "Сенім телефоны\nБасты бет / Сенім телефоны\n"
                  "Университетте тәулік бойы жұмыс істейтін байланыс орталығы бар. Оған оқу процесіндегі заң бұзушылықтар, "
                  "жатақханадағы тұрмыстық мәселелер бойынша хабарласуға болады.\n"
                  "Сенім телефоны: 8 800 080 00 00 (қоңырау тегін, тәулік бойы)\nОнлайн-өтініш: [ Өтініш жолдау ]")
    found = verdicts(detector, doc)
    assert found.get("dormitory_online_registration", 0) < 0.5, found
    assert found.get("hotline", 0) >= 0.5, found


def test_the_menu_under_a_pages_title_is_no_line_of_its_title(detector: Detector) -> None:
    doc = excerpt(f"{C}/kk/studentke/sabaq-kestesi",
                  "Сабақ кестесі\nБасты бет | Колледж туралы | Қамқоршылық кеңес | Сыбайлас жемқорлыққа қарсы іс-қимыл | "
                  "Студенттің ар-намыс кодексі | Талапкерге | Студентке\nСтудентке / Сабақ кестесі\n"
                  "2026-2027 ОҚУ ЖЫЛЫНЫҢ 1-СЕМЕСТРІНЕ АРНАЛҒАН САБАҚ КЕСТЕСІ\n1-жұп 08:30-09:50\n2-жұп 10:00-11:20\n"
                  "СҚ-21 тобы, дүйсенбі: Құрылыс материалдары, 204 ауд.")
    found = verdicts(detector, doc, "college")
    assert found.get("student_ethics_code", 0) < 0.5, found
    assert found.get("board_of_trustees_regulation", 0) < 0.5, found


def test_a_sentence_that_says_which_section_holds_it_points_elsewhere(detector: Detector) -> None:
    doc = excerpt(f"{U}/kk/applicants/oqu-aqysy",
                  "Оқу ақысы 2026-2027 оқу жылы\nБасты бет / Талапкерге / Оқу ақысы\n"
                  "Бакалавриат | Күндізгі оқу | 780 000\nМагистратура | 1 150 000\n"
                  "Оқу ақысы семестр сайын екі бөлікпен төленеді.\n"
                  "Білім беру грантына ауысу мүмкіндігі туралы ақпарат «Студентке» бөлімінде.")
    assert verdicts(detector, doc).get("grant_transfer_candidates", 0) < 0.5


def test_minutes_dated_in_their_title_stay_current_for_twelve_months_from_that_day(detector: Detector) -> None:
    def minutes(day: str) -> Document:
        return excerpt(f"{U}/ru/antikor/protokoly/2",
                       f"Протокол № 2 заседания антикоррупционной комиссии от {day}\n"
                       "Противодействие коррупции / Протоколы заседаний комиссии\n"
                       "Председательствовал: Ахметов Б. С., проректор\nСекретарь: Иманова Ж. К., комплаенс-офицер\n"
                       "ПОВЕСТКА ДНЯ:\n1. О подготовке к экзаменационной сессии.\n"
                       "РЕШИЛИ: обеспечить видеонаблюдение во всех аудиториях.")
    old = {e.artefact_id: e for e in detector.detect(minutes("20 мая 2025 года"), "university", AS_OF)}
    assert old["anticorruption_commission_reports"].confidence >= 0.5 and old["anticorruption_commission_reports"].stale
    new = {e.artefact_id: e for e in detector.detect(minutes("12 февраля 2026 года"), "university", AS_OF)}
    assert new["anticorruption_commission_reports"].confidence >= 0.5
    assert not new["anticorruption_commission_reports"].stale


def test_a_product_page_for_the_colleges_of_kazakhstan_is_a_sellers_page(detector: Detector) -> None:
    doc = excerpt("https://example-collegebook.kz/ru/colleges",
                  "Электронный журнал и дневник для колледжей Казахстана\nГлавная / Для колледжей\n"
                  "ЭЛЕКТРОННЫЙ ЖУРНАЛ ДЛЯ КОЛЛЕДЖЕЙ\n"
                  "Облачная платформа: электронный журнал посещаемости и успеваемости, личные кабинеты студентов и "
                  "родителей.\nТарифы на 2027 год\n«Старт» — до 500 студентов — 540 000 тенге в год")
    assert verdicts(detector, doc, "college").get("e_journal", 0) < 0.5


def test_standards_of_conduct_in_a_code_are_no_anti_corruption_standard(detector: Detector) -> None:
    doc = excerpt(f"{U}/ru/about/anticorruption/npa/eticheskiy-kodeks",
                  "Этический кодекс государственных служащих Республики Казахстан\n"
                  "Противодействие коррупции / Нормативные документы\n1. Общие положения\n"
                  "2. Основные принципы служебной этики\n"
                  "3. Стандарты поведения государственных служащих во взаимоотношениях с гражданами\n"
                  "4. Стандарты антикоррупционного поведения\n5. Государственные служащие не должны принимать подарки.")
    assert verdicts(detector, doc).get("anticorruption_standard", 0) < 0.5
    own = excerpt(f"{U}/ru/antikor/standart", "Антикоррупционный стандарт в сфере высшего образования\n"
                  "Противодействие коррупции / Антикоррупционный стандарт\n1. Общие положения\n"
                  "1. Настоящий стандарт устанавливает правила поведения работников университета.")
    assert verdicts(detector, own).get("anticorruption_standard", 0) >= 0.5


def test_a_timetables_steps_name_no_documents(detector: Detector) -> None:
    doc = excerpt(f"{U}/ru/postgraduate/masters/itogovaya-attestaciya",
                  "График итоговой аттестации магистрантов на 2026-2027 учебный год\n"
                  "Послевузовское образование > Магистрантам > Итоговая аттестация\n"
                  "Предварительная защита магистерских проектов — 7–11 декабря 2026 г.\n"
                  "Проверка на заимствования — до 15 декабря 2026 г.\n"
                  "Защита магистерских проектов — 11–22 января 2027 г.\n"
                  "Проверка на заимствования — до 30 апреля 2027 г.")
    assert verdicts(detector, doc).get("antiplagiarism", 0) < 0.5


def test_survey_results_still_to_be_discussed_and_a_listicle_of_advice_are_no_evidence(detector: Detector) -> None:
    survey = excerpt(f"{C}/kk/jumys-berushilerge/saualnama",
                     "Жұмыс берушілерге арналған сауалнама\nЖұмыс берушілерге › Сауалнама\n"
                     "Құрметті жұмыс берушілер! Колледж түлектерінің даярлығын бағалауды сұраймыз.\n"
                     "1. Түлектердің теориялық даярлығын бағалаңыз.\n2. Түлектердің практикалық дағдыларын бағалаңыз.\n"
                     "Сауалнама нәтижелері педагогикалық кеңесте талқыланып, бағдарламаларды жаңарту кезінде ескеріледі.")
    assert verdicts(detector, survey, "college").get("survey_results", 0) < 0.5
    advice = excerpt("https://example-career.kz/blog/phd-konkurs",
                     "Как молодому PhD подготовиться к конкурсу на должность в университете: 7 советов\n"
                     "Блог > Карьера в образовании\n"
                     "Университеты регулярно объявляют конкурсы на замещение вакантных должностей профессорско-"
                     "преподавательского состава.\n1. Следите за объявлениями на сайтах вузов.\n"
                     "2. Внимательно прочитайте квалификационные требования.")
    found = verdicts(detector, advice)
    assert found.get("vacancy_announcements", 0) < 0.5 and found.get("qualification_requirements", 0) < 0.5, found


def test_master_students_back_from_a_research_internship_abroad_are_academic_mobility(detector: Detector) -> None:
    doc = excerpt(f"{U}/kz/news/2026/10/12/magistranttar-tagylymdama",
                  "Магистранттар Түркиядағы ғылыми тағылымдамадан оралды\nЖаңалықтар / Халықаралық ынтымақтастық\n"
                  "Университеттің 2-курс магистранттары серіктес университеттерде екі ай болды.\n"
                  "Бағдарламаға келесі магистранттар қатысты:\nҚайратұлы Ерболат – Анкара университеті;\n"
                  "Мұқанова Дина – Ыстамбұл университеті.")
    assert verdicts(detector, doc).get("academic_mobility", 0) >= 0.5


def test_a_candidate_lists_sections_named_by_scholarship_are_no_scholarship_information(detector: Detector) -> None:
    doc = excerpt(f"{U}/kk/students/stipendiya/umitkerler",
                  "Атаулы стипендияларға үміткерлер тізімі 2026-2027\nСтуденттерге / Стипендия / Үміткерлер\n"
                  "Университеттің стипендия комиссиясы ұсынған үміткерлер тізімі жарияланады.\n"
                  "Әл-Фараби атындағы стипендия\n1. Асқарова Дана – 3 курс, Химия\n2. Бекұлы Ерлан – 4 курс, Физика\n"
                  "Ы. Алтынсарин атындағы стипендия\n1. Серікова Аружан – 2 курс, Педагогика")
    found = verdicts(detector, doc)
    assert found.get("scholarship_candidates", 0) >= 0.5, found
    assert found.get("scholarship_info", 0) < 0.5, found


def test_a_sections_menu_in_the_text_names_other_pages(detector: Detector) -> None:
    arrows = excerpt(f"{C}/ru/antikor/standart",
                     "Антикоррупционный стандарт\nГлавная / Колледж / Противодействие коррупции / Антикоррупционный стандарт\n"
                     "Противодействие коррупции\n› Антикоррупционный стандарт\n› План мероприятий\n› Клуб «Саналы ұрпақ»\n"
                     "АНТИКОРРУПЦИОННЫЙ СТАНДАРТ\nв сфере технического и профессионального образования\n"
                     "1. Общие положения\n1. Настоящий стандарт устанавливает правила для работников колледжа.")
    found = verdicts(detector, arrows, "college")
    assert found.get("anticorruption_standard", 0) >= 0.5, found
    # (The section's menu links its other pages by their names, whatever marks its entries: the club's page is the college's.)
    assert found.get("sanaly_urpaq_club", 0) >= 0.5, found
    listed = page(f"{U}/en/about/governance/policies/code-of-honour-staff", "Code of Honour of Faculty and Staff",
                  "Home / About / Governance / Policies and Regulations / Code of Honour of Faculty and Staff\n"
                  "Policies and Regulations\n- University Charter\n- Academic Policy\n- Code of Honour of Faculty and Staff\n"
                  "- Student Code of Conduct (see Student Life)\n- Internal Labour Regulations\n"
                  "CODE OF HONOUR OF FACULTY AND STAFF\n"
                  "1.1. This Code sets out the ethical principles that every member of the academic and administrative staff "
                  "follows.", headings=[])
    found = verdicts(detector, listed)
    assert found.get("staff_ethics_code", 0) >= 0.5, found
    assert found.get("student_ethics_code", 0) < 0.5, found


def test_a_dormitorys_entry_system_is_no_sign_in(detector: Detector) -> None:
    doc = excerpt(f"{U}/ru/students/dormitories",
                  "Общежития\nГлавная / Студентам / Общежития\n"
                  "Университет располагает тремя общежитиями на 1 450 мест.\nОбщежитие № 1\nАдрес: 15 мкр., здание 7\n"
                  "Что взять с собой при заселении\nудостоверение личности; 3 фотографии; договор на проживание.\n"
                  "В общежитиях действует пропускная система. Вход посетителей — с 10:00 до 21:00.")
    assert verdicts(detector, doc).get("dormitory_online_registration", 0) < 0.5


def test_other_announcements_name_other_pages_and_corruption_in_housing_is_no_dormitory_service(
        detector: Detector) -> None:
    grants = excerpt(f"{U}/kk/announcements/bos-grant-2026",
                     "Бос гранттарға конкурс жариялайды\nХабарландырулар / Бос гранттар\n"
                     "Университет 2026-2027 оқу жылына босаған білім беру гранттарына конкурс жариялайды.\n"
                     "Өтініштер онлайн қабылданады: univer.example.test жүйесі арқылы.\nБасқа хабарландырулар:\n"
                     "- Жазғы семестрге тіркелу кестесі\n- Жатақханаға орналасу туралы")
    found = verdicts(detector, grants)
    assert found.get("dormitory_online_registration", 0) < 0.5, found
    policy = excerpt(f"{U}/en/integrity", "Our Integrity Commitment\nAbout / Integrity\n"
                     "The University does not tolerate bribery or any other form of corruption, whether it involves "
                     "admissions, examinations, grades, accommodation or registration for courses.\n"
                     "Exams are, wherever possible, held online with anonymised scripts.\n"
                     "If anyone asks you for money or a favour in exchange for a grade or a room in the student house, "
                     "please do not pay, and tell the Compliance Office.")
    assert verdicts(detector, policy).get("dormitory_online_registration", 0) < 0.5
    # (Online registration is itself a measure against corruption: a page that says so is the service.)
    service = excerpt(f"{U}/ru/students/dormitory/online",
                      "Онлайн-заселение в общежитие\nСтудентам / Общежитие\n"
                      "В целях противодействия коррупции заселение в общежития осуществляется только онлайн.\n"
                      "Подать заявку на место в общежитии можно в личном кабинете Platonus.")
    assert verdicts(detector, service).get("dormitory_online_registration", 0) >= 0.5


def test_a_sidebar_of_plain_names_around_the_pages_own_links_its_pages_and_a_portals_name_after_a_headline(detector: Detector) -> None:
    history = excerpt(f"{U}/kk/university/tarikh",
                      "Университет тарихы\nБасты бет » Университет » Тарих\nУниверситет\nТарих\nМиссия және пайымдау\n"
                      "Басшылық\nЖарғы\nСыбайлас жемқорлыққа қарсы саясат\nМүдделер қақтығысын реттеу саясаты\n"
                      "Университет тарихы\nУниверситет 1960 жылы Павлодар индустриалдық институтының факультеті ретінде "
                      "ашылды.\nБүгінде университетте 9 мыңнан астам студент оқиды.")
    found = verdicts(detector, history)
    # (The section's menu links its other pages by their titles: the policies are the site's own, the page's history no
    # line of a title.)
    assert found.get("anticorruption_policy", 0) >= 0.5 and found.get("conflict_of_interest_policy", 0) >= 0.5, found
    segments = {seg.display: seg for seg in detector._segments(history)}
    assert segments["Сыбайлас жемқорлыққа қарсы саясат"].part == "line" and not segments["Басшылық"].menu_row
    portal = excerpt("https://example-ortalyq.kz/kz/bilim/direktorlar-esep-berdi",
                     "Қарағанды колледждерінің директорлары халық алдында есеп берді – Example-ortalyq.kz ақпарат порталы\n"
                     "Басты бет / Білім\n2026 жылғы 18 қыркүйек, 09:12\n"
                     "Облыстағы мемлекеттік колледждердің басшылары 2025-2026 оқу жылының қорытындысы бойынша жария "
                     "есептерін өткізіп бітірді.")
    assert verdicts(detector, portal, "college").get("head_annual_report", 0) < 0.5


def test_news_that_the_ministry_changed_the_rules_is_no_candidate_list(detector: Detector) -> None:
    doc = excerpt("https://example-qazjanalyq.kz/ru/education/pravila-perevoda",
                  "Минобрнауки изменило правила перевода на вакантные гранты\nОбразование / 18 ноября 2026\n"
                  "Министерство утвердило поправки в правила присуждения образовательного гранта.\n"
                  "Ранее вузы самостоятельно определяли сроки конкурса на вакантные гранты.")
    assert verdicts(detector, doc).get("grant_transfer_candidates", 0) < 0.5


def test_a_codes_rule_on_textbooks_is_no_textbook_and_a_pointer_to_a_chapter_is_no_evidence(detector: Detector) -> None:
    code = excerpt(f"{C}/ru/o-kolledzhe/dokumenty/kodeks-chesti-pedagogov",
                   "Кодекс чести педагогов и сотрудников\nГлавная / О колледже / Документы / Кодекс чести педагогов и "
                   "сотрудников\nКОДЕКС ЧЕСТИ ПЕДАГОГОВ И СОТРУДНИКОВ\n"
                   "Принят на общем собрании трудового коллектива, утверждён приказом директора\n"
                   "Глава 1. Общие положения\n1. Кодекс устанавливает нормы профессиональной этики работников колледжа.\n"
                   "Глава 3. Нормы поведения в отношениях с обучающимися\n5. Педагог оценивает знания обучающихся "
                   "объективно.\n7. Педагогу запрещается оказывать платные репетиторские услуги обучающимся своих учебных "
                   "групп, требовать от обучающихся приобретения пособий за их счёт.")
    assert verdicts(detector, code, "college").get("staff_ethics_code", 0) >= 0.5
    assert _is_pointer("The formal similarity check and the originality thresholds are set out in Chapter 7.")
    assert _is_pointer("Порядок проверки на заимствования изложен в главе 7.")


def _is_pointer(sentence: str) -> bool:
    from detectors.engine import _points_elsewhere
    return _points_elsewhere(sentence)


def test_a_plan_copied_from_the_departments_site_is_the_departments(detector: Detector) -> None:
    doc = excerpt(f"{C}/kk/college/anticorruption",
                  "Сыбайлас жемқорлыққа қарсы іс-қимыл\nБасты бет / Колледж / Сыбайлас жемқорлыққа қарсы іс-қимыл\n"
                  "ҚАЗ | РУС\nСыбайлас жемқорлыққа қарсы іс-қимыл\n"
                  "Қарағанды облысының білім басқармасының 2026 жылға арналған сыбайлас жемқорлыққа қарсы іс-қимыл "
                  "жөніндегі іс-шаралар жоспары\n"
                  "Басқарма басшысының бұйрығымен бекітілген. Басқарма сайтынан ақпарат үшін көшірілді.")
    assert verdicts(detector, doc, "college").get("anticorruption_plan", 0) < 0.5


def test_a_row_approved_on_a_named_day_lists_its_document(detector: Detector) -> None:
    listing = excerpt(f"{U}/en/about/compliance/documents",
                      "Compliance documents\nHome / About / Compliance / Documents\n"
                      "The documents below were adopted by the Board of Directors of the University.\n"
                      "Document | Adopted | Format\n"
                      "Anti-Corruption Policy of the University | Board of Directors, decision No. 4 of 23 May 2024 | PDF\n"
                      "Conflict of Interest Policy | Board of Directors, decision No. 4 of 23 May 2024 | PDF")
    found = verdicts(detector, listing)
    assert found.get("anticorruption_policy", 0) >= 0.5 and found.get("conflict_of_interest_policy", 0) >= 0.5, found


@pytest.mark.parametrize("url, text", [
    (f"{U}/ru/compliance/obmen-opytom",
     "Обмен опытом: положения вузов-партнёров\nГлавная > Комплаенс > Обмен опытом\n"
     "Документы вузов-партнёров предоставлены для изучения в рамках меморандума.\n"
     "Северный педагогический университет:\n— Положение об антикоррупционной комиссии СПУ (PDF, 300 КБ)\n"
     "— Порядок уведомления о получении подарка (PDF, 95 КБ)"),
    (f"{U}/kk/international/tazhiribe",
     "Серіктес университеттің тәжірибесі: сыйлықтар мен мүдделер қақтығысы\nБасты бет / Халықаралық байланыс / "
     "Серіктестер\nСеріктес университеттің тәжірибесі: сыйлықтар мен мүдделер қақтығысы\n2026 ж. 5 қараша\n"
     "Университетіміздің өкілдері Польшадағы серіктес университетте бір апта болып қайтты.\n"
     "Серіктестің сыйлықтар туралы нұсқаулығы бойынша 50 еуродан асатын сыйлық қабылданбайды."),
    (f"{U}/en/international/partners/spotlight",
     "Partner Spotlight: How Baltic Coast University Manages Gifts and Conflicts of Interest\nHome / International / "
     "Partners\nPartner Spotlight: How Baltic Coast University Manages Gifts and Conflicts of Interest\n"
     "Posted 3 October 2026\nOur staff visited the partner university in Riga under an Erasmus+ project.\n"
     "Under the partner's Gifts Rules, staff may accept only items of symbolic value."),
])
def test_a_partners_documents_described_are_not_found(detector: Detector, url: str, text: str) -> None:
    found = verdicts(detector, excerpt(url, text))
    assert not [aid for aid, confidence in found.items() if confidence >= 0.5], found


def test_news_that_a_commissions_report_was_heard_or_a_training_for_its_members_is_no_evidence(
        detector: Detector) -> None:
    heard = excerpt(f"{U}/kk/news/kenes-otyrysy",
                    "Ғылыми кеңесте сыбайлас жемқорлыққа қарсы комиссияның есебі тыңдалды\nБасты бет | Жаңалықтар\n"
                    "2026 ж. 12 қараша\nКеңес отырысында комиссия төрағасы жылдық жұмыс қорытындысын баяндады.")
    assert verdicts(detector, heard).get("anticorruption_commission_reports", 0) < 0.5
    training = excerpt(f"{U}/ru/announcements/obuchenie",
                       "Объявление: обучение для членов антикоррупционных комиссий\nГлавная > Объявления\n"
                       "Департамент Агентства проводит 4 декабря обучение для членов антикоррупционных комиссий вузов.\n"
                       "Регистрация до 1 декабря по телефону +7 (7122) 30-10-10.")
    assert verdicts(detector, training).get("anticorruption_commission_composition", 0) < 0.5


def test_a_competition_commissions_seat_named_in_a_seminars_news_is_no_vacancy(detector: Detector) -> None:
    doc = excerpt(f"{U}/ru/news/seminar-konflikt",
                  "Семинар о конфликте интересов\nГлавная → Новости\n12.10.2026\n"
                  "В университете прошёл семинар для заведующих кафедрами.\n"
                  "Лектор разобрал случаи: участие в конкурсной комиссии при замещении вакантной должности, "
                  "руководство работой родственника.")
    assert verdicts(detector, doc).get("vacancy_announcements", 0) < 0.5


def test_a_posts_reading_time_and_tags_say_it_is_an_article(detector: Detector) -> None:
    doc = excerpt(f"{U}/campus/commission-reviews-autumn",
                  "Commission reviews the autumn term\nHome > Campus\nCommission reviews the autumn term\n"
                  "4 min read\nThe compliance officer said that all dormitory places had been assigned through the "
                  "online application service this autumn.\nTags: campus, compliance")
    assert verdicts(detector, doc).get("dormitory_online_registration", 0) < 0.5


def test_a_sentence_that_points_to_another_section_is_no_evidence_within_a_longer_line(detector: Detector) -> None:
    doc = excerpt(f"{U}/ru/abitur/stoimost",
                  "Стоимость обучения\nГлавная > Поступающим > Стоимость обучения\nСтоимость обучения на 2026-2027 "
                  "учебный год\nПраво — 870 000 тенге\nОбратите внимание: студенты на платной основе вправе участвовать "
                  "в конкурсе на вакантные гранты; сведения о конкурсе публикуются в разделе «Студенту». "
                  "Проживание в общежитии в стоимость обучения не входит.")
    assert verdicts(detector, doc).get("grant_transfer_candidates", 0) < 0.5


def test_a_sections_menu_of_four_lines_links_other_pages_and_an_agenda_is_no_procedure(detector: Detector) -> None:
    composition = excerpt(f"{C}/trustees/sostav",
                          "Состав Попечительского совета — Колледж энергетики\nГлавная | О колледже | Новости\n"
                          "Попечительский совет\nПоложение о Попечительском совете\nСостав Попечительского совета\n"
                          "Протоколы заседаний\nСостав Попечительского совета колледжа на 2026-2029 годы\n"
                          "1. Ахметов Марат Кайратович — председатель совета, директор ТОО «Энергосервис»\n"
                          "2. Ли Ирина Николаевна — секретарь совета, методист колледжа")
    found = verdicts(detector, composition, "college")
    assert found.get("board_of_trustees_composition", 0) >= 0.5, found
    # (its entries are links to the section's other pages: the regulation's, by its title, is the site's own; the menu is
    # no title of this page)
    assert found.get("board_of_trustees_regulation", 0) >= 0.5, found
    assert [seg.part for seg in detector._segments(composition) if seg.display == "Положение о Попечительском совете"] == ["line"]
    agenda = excerpt(f"{C}/kk/qamqorshylar-kenesi/hattama-3",
                     "Қамқоршылар кеңесі | Колледж\nБасты бет / Қамқоршылар кеңесі / Хаттамалар\n"
                     "Қамқоршылар кеңесі отырысының №3 ХАТТАМАСЫ\n2026 жылғы 2 қараша\n"
                     "КҮН ТӘРТІБІ:\n1. Колледждің қысқы маусымға дайындығы туралы.\n"
                     "ҚАУЛЫ ЕТІЛДІ:\n1. Ақпарат назарға алынсын.")
    assert verdicts(detector, agenda, "college").get("board_of_trustees_regulation", 0) < 0.5


def test_a_president_rectors_order_is_the_institutions_own(detector: Detector) -> None:
    doc = excerpt(f"{U}/en/about/governance/commission",
                  "Anti-Corruption Commission | Example University\nHome / About / Governance / Anti-Corruption Commission\n"
                  "Anti-Corruption Commission\nComposition for the 2026/27 academic year\n"
                  "Approved by Order of the President-Rector No. 2026-77 of 1 September 2026\n"
                  "Chair: Dr. Askar Zhunusov, Vice-Rector for Strategy\nMembers:\nTimur Beisenov, Chief Compliance Officer\n"
                  "Dana Ospanova, student representative\nSecretary (non-voting): Zarina Abdulova, Compliance Specialist")
    assert verdicts(detector, doc).get("anticorruption_commission_composition", 0) >= 0.5


def test_an_antiplagiarism_page_that_enumerates_the_works_it_checks_is_no_guide(detector: Detector) -> None:
    doc = excerpt(f"{U}/ru/nauka/antiplagiat",
                  "Проверка на антиплагиат\nГлавная / Наука / Антиплагиат\nСистема «Антиплагиат» в университете\n"
                  "Все письменные работы — дипломные работы, магистерские диссертации, научные статьи, учебные пособия и "
                  "монографии — проходят обязательную проверку на заимствования.\nПорядок проверки\n"
                  "1. Обучающийся загружает работу в систему за 14 дней до защиты.\n"
                  "2. Работа допускается к защите при оригинальности не менее 70%.")
    assert verdicts(detector, doc).get("antiplagiarism", 0) >= 0.5



def test_a_guide_that_says_it_is_no_regulation_is_guidance(detector: Detector) -> None:
    doc = excerpt(f"{U}/en/library/writing-centre/thesis-guide",
                  "Thesis Guide for Bachelor Students — Chapter 5: Avoiding Plagiarism\n"
                  "Home / Library / Writing Centre / Thesis Guide\nThesis Guide for Bachelor Students\n"
                  "Prepared by the Writing Centre. This guide offers practical advice; it is not a regulation. Formal "
                  "requirements for the diploma project are set by your department.\n"
                  "Chapter 5. Avoiding plagiarism\nPut every direct quotation in quotation marks and give the page.")
    assert verdicts(detector, doc).get("thesis_regulation", 0) < 0.5


def test_listed_minutes_are_dated_by_their_latest_sitting_and_a_titles_own_dash_is_no_note(detector: Detector) -> None:
    minutes = excerpt(f"{C}/kk/about/qamqorshylar/hattamalar",
                      "Қамқоршылар кеңесі | Колледж\nБасты бет / Колледж туралы / Қамқоршылар кеңесі / Отырыс хаттамалары\n"
                      "Қамқоршылар кеңесінің отырыс хаттамалары\n"
                      "Қамқоршылар кеңесі отырысының № 2 хаттамасы, 2026 жылғы 14 қыркүйек\n"
                      "Күн тәртібі: жаңа оқу жылына дайындық.\nЖүктеу (PDF, 600 КБ)\n"
                      "Қамқоршылар кеңесі отырысының № 3 хаттамасы, 2025 жылғы 20 қараша — Жүктеу (PDF, 580 КБ)\n"
                      "Қамқоршылар кеңесі отырысының № 2 хаттамасы, 2025 жылғы 16 маусым — Жүктеу (PDF, 505 КБ)")
    found = {e.artefact_id: e for e in detector.detect(minutes, "college", AS_OF)}
    assert found["board_of_trustees_minutes"].confidence >= 0.5 and not found["board_of_trustees_minutes"].stale
    report = excerpt(f"{U}/ru/university/rector",
                     "Ректор | Университет\nГлавная » Университет » Ректор\nПредседатель Правления – Ректор\n"
                     "Отчёт ректора\nЕжегодный публичный отчёт Председателя Правления – Ректора о деятельности университета "
                     "за 2025-2026 учебный год (представлен на заседании Учёного совета 28.08.2026)\n"
                     "Скачать отчёт (PDF, 6,8 МБ)\nОтчёт ректора за 2024-2025 учебный год — Скачать (PDF, 6,1 МБ)")
    found = {e.artefact_id: e for e in detector.detect(report, "university", AS_OF)}
    assert found["head_annual_report"].confidence >= 0.5 and not found["head_annual_report"].stale


def test_a_sidebar_ends_at_the_pages_own_heading_and_its_entries_say_nothing_of_the_pages_kind(
        detector: Detector) -> None:
    doc = excerpt(f"{U}/kk/science/doktorantura/qujattar",
                  "Докторантура: нормативтік құжаттар — Университет\nБасты бет / Ғылым / Докторантура / Нормативтік құжаттар\n"
                  "Ғылым\nҒылыми жобалар\nҒылыми журнал\nДокторантура\nНормативтік құжаттар\nДиссертациялық кеңес\n"
                  "Жас ғалымдар кеңесі\nДокторантура бойынша нормативтік құжаттар\nPhD докторантура туралы ереже\n"
                  "Ғылыми кеңестің 2024 жылғы 30 мамырдағы шешімімен бекітілген (№ 10 хаттама).\n"
                  "Жүктеу (PDF, 780 КБ)\nДокторантура бөлімі: 301-кабинет, тел. 8 (7212) 90-44-62")
    assert verdicts(detector, doc).get("phd_regulation", 0) >= 0.5


def test_a_partners_rules_summarised_and_a_notice_put_up_at_another_bodys_request_are_not_found(
        detector: Detector) -> None:
    partner = excerpt(f"{C}/en/international/partners/example-college",
                      "Partner Institutions: Example Vocational College (Denmark) — Student Code of Conduct\n"
                      "Home / International / Partners\nInternational Partners\n"
                      "Before travelling, students must read and sign the partner college's rules. We publish a summary "
                      "of its Student Code of Conduct below.\nSummary of the Student Code of Conduct\n"
                      "1. Respect: treat fellow students and staff with courtesy.\n2. Honesty: all assignments are the "
                      "student's own work.")
    assert verdicts(detector, partner, "college").get("student_ethics_code", 0) < 0.5
    notice = excerpt(f"{C}/kk/news/basqarma-konkurs",
                     "Білім басқармасының хабарландыруы\nБасты бет / Жаңалықтар\n"
                     "Облыстың білім басқармасы «Example политехникалық колледжі» КМҚК директорының бос лауазымына "
                     "орналасуға конкурс жариялайды.\nҚұжаттар басқармада қабылданады.\n"
                     "Ақпарат басқарманың сұрауы бойынша жарияланды.")
    assert verdicts(detector, notice, "college").get("vacancy_announcements", 0) < 0.5


def test_a_section_menu_of_plain_lines_ends_at_a_numbered_heading(detector: Detector) -> None:
    doc = excerpt(f"{C}/ru/vacancies/protokoly/3",
                  "Протокол заседания конкурсной комиссии № 3 - Колледж\nГлавная » Колледж » Вакансии » "
                  "Протоколы конкурсной комиссии\nВакансии\nОбъявления о конкурсе\nПротоколы конкурсной комиссии\n"
                  "Квалификационные требования\nПротокол № 3\nзаседания конкурсной комиссии по проведению конкурса на "
                  "занятие вакантных должностей\nг. Павлодар, 12 октября 2026 года\n"
                  "Присутствовали: 5 из 5 членов комиссии.\nПОСТАНОВИЛИ: признать победителем конкурса Иванову А. С.")
    found = verdicts(detector, doc, "college")
    assert found.get("competition_commission_minutes", 0) >= 0.5 and found.get("qualification_requirements", 0) < 0.5, found


def test_a_timetables_steps_under_a_list_of_documents_name_no_documents(detector: Detector) -> None:
    doc = excerpt(f"{U}/ru/education/magistratura/dokumenty",
                  "Магистратура: нормативные документы | Университет\nГлавная — Образование — Магистратура — Документы\n"
                  "Нормативные документы магистратуры\nПоложение о магистратуре\n"
                  "Утверждено решением Учёного совета, протокол № 9 от 25.04.2024.\nСкачать (PDF, 640 КБ)\n"
                  "Основные сроки 2026-2027 учебного года\nУтверждение тем магистерских диссертаций — до 1 ноября 2026 г.\n"
                  "Загрузка диссертации для проверки на заимствования — до 10 мая 2027 г.\n"
                  "Защита магистерских диссертаций — 1-20 июня 2027 г.")
    found = verdicts(detector, doc)
    assert found.get("masters_regulation", 0) >= 0.5 and found.get("antiplagiarism", 0) < 0.5, found
    from detectors.engine import _is_title_like
    assert not _is_title_like("Промежуточная аттестация НИРМ — январь 2027 г.")
    assert not _is_title_like("Загрузка диссертации для проверки на заимствования — до 10 мая 2027 г.")
    assert _is_title_like("Положение о магистратуре — Скачать (PDF, 640 КБ)")


def test_a_clubs_timetable_by_month_lists_no_annual_report(detector: Detector) -> None:
    doc = excerpt(f"{C}/kk/tarbie/sanaly-urpaq",
                  "«Саналы ұрпақ» клубы\nБасты бет / Тәрбие жұмысы / «Саналы ұрпақ» клубы\n«Саналы ұрпақ» клубы\n"
                  "Клуб құжаттары\n1. «Саналы ұрпақ» клубы туралы ереже (PDF, 210 КБ)\n"
                  "Клубтың жұмыс кестесі\nҚыркүйек — клуб мүшелерін сайлау, жоспарды бекіту\n"
                  "Желтоқсан — 9 желтоқсан Халықаралық сыбайлас жемқорлыққа қарсы күн\n"
                  "Мамыр — жылдық есеп, жаңа құрамға өкілеттік беру")
    found = verdicts(detector, doc, "college")
    assert found.get("sanaly_urpaq_club", 0) >= 0.5 and found.get("head_annual_report", 0) < 0.5, found


def test_the_chair_and_secretary_of_a_sitting_are_no_composition(detector: Detector) -> None:
    doc = excerpt(f"{C}/kk/qamqorshylar-kenesi/hattamalar/4",
                  "Қамқоршылар кеңесі | Колледж\nБасты бет / Қамқоршылар кеңесі / Хаттамалар\n"
                  "Қамқоршылар кеңесі отырысының №4 ХАТТАМАСЫ\n2026 жылғы 21 қазан\n"
                  "Қатысқандар: кеңестің 9 мүшесінің 8-і, кворум бар.\nТөраға: Жолдасбеков Н.С.\nХатшы: Қасымова Ә.Б.\n"
                  "ҚАУЛЫ ЕТІЛДІ:\n1. Ақпарат назарға алынсын.")
    found = verdicts(detector, doc, "college")
    assert found.get("board_of_trustees_minutes", 0) >= 0.5 and found.get("board_of_trustees_composition", 0) < 0.5, found


def test_a_listed_title_is_dated_by_the_period_on_the_line_below(detector: Detector) -> None:
    doc = excerpt(f"{U}/students/stipendii",
                  "Стипендиялар / Стипендии\nБасты бет / Главная » Білім алушыларға / Обучающимся » Стипендиялар / Стипендии\n"
                  "Стипендия тағайындау туралы ақпарат\nМемлекеттік стипендия үлгерімі жақсы білім алушыларға тағайындалады.\n"
                  "Атаулы стипендияларға үміткерлер тізімі / Список претендентов на именные стипендии\n"
                  "2025-2026 оқу жылы / 2025-2026 учебный год\nБейсенова Томирис — 6B02301 Филология — GPA 3,96\n"
                  "Нұрғалиев Әділет — 6B07102 Электроэнергетика — GPA 3,88")
    found = {e.artefact_id: e for e in detector.detect(doc, "university", AS_OF)}
    assert found["scholarship_candidates"].confidence >= 0.5 and found["scholarship_candidates"].stale


def test_a_state_bodys_news_with_its_source_and_a_students_blog_are_not_the_institutions(detector: Detector) -> None:
    news = excerpt(f"{U}/kk/news/education/ministrlik-utqyrlyq",
                   "ҒЖБМ академиялық ұтқырлық бағдарламасына іріктеу жариялады\nБасты бет > Жаңалықтар > Білім саласындағы "
                   "жаңалықтар\nҒЖБМ академиялық ұтқырлық бағдарламасына іріктеу жариялады\n"
                   "05.10.2026 | Дереккөз: Ғылым және жоғары білім министрлігінің баспасөз қызметі\n"
                   "Министрлік 2027 жылғы көктемгі семестрге республикалық бюджет есебінен академиялық ұтқырлық "
                   "бағдарламасына іріктеу жариялады.\nБағдарламаға жоғары оқу орындарының 2-3 курс студенттері қатыса алады.")
    assert verdicts(detector, news).get("academic_mobility", 0) < 0.5
    blog = excerpt("https://example-aruzhan.blogspot.com/2026/10/my-exchange-semester.html",
                   "My exchange semester: first month\nHome | About me | Contact\nMy exchange semester: first month\n"
                   "October 4, 2026 · Aruzhan K.\nThis semester I'm studying at a partner university in Daegu as part of my "
                   "home university's exchange programme and its academic mobility scheme.")
    assert verdicts(detector, blog).get("academic_mobility", 0) < 0.5


def test_a_bilingual_menu_entry_names_the_sites_service_on_a_news_page(detector: Detector) -> None:
    doc = excerpt(f"{C}/kk/news/sport/voleybol",
                  "Волейболдан облыстық турнир / Областной турнир по волейболу — Колледж\nҚаз | Рус\n"
                  "Басты бет / Главная\nКолледж туралы / О колледже\nДиректор блогы / Блог директора\n"
                  "Студентке / Студенту\nЭлектронды журнал / Электронный журнал\nЖаңалықтар / Новости\n"
                  "Басты бет › Жаңалықтар › Спорт\nВолейболдан облыстық турнирде күміс жүлде\n13.11.2026\n"
                  "Колледжіміздің қыздар командасы облыстық турнирде екінші орын алды.")
    found = verdicts(detector, doc, "college")
    assert found.get("head_blog", 0) >= 0.5 and found.get("e_journal", 0) >= 0.5, found


def test_own_news_that_names_its_mobility_participants_is_academic_mobility(detector: Detector) -> None:
    doc = excerpt(f"{U}/en/news/international/agronomy-students-abroad",
                  "Nine students of the Faculty of Agronomy begin a semester at partner universities in Poland\n"
                  "Home / News / International cooperation\n15 September 2026 | International Office\n"
                  "Nine students of the Faculty of Agronomy begin a semester at partner universities in Poland\n"
                  "This autumn nine bachelor's students of the University take part in the academic mobility programme.\n"
                  "Participants:\nAruzhan Kalieva – Agronomy, 3rd year – Lublin\nDaulet Myrzabekov – Agronomy, 3rd year – Lublin\n"
                  "Kamila Sadvakasova – Plant Protection, 3rd year – Lublin\n"
                  "Credits earned abroad will be transferred under the learning agreements.\nTags: international, students")
    assert verdicts(detector, doc).get("academic_mobility", 0) >= 0.5


def test_a_services_menu_row_names_its_service_on_another_services_page(detector: Detector) -> None:
    doc = excerpt(f"{U}/en/students/transfer",
                  "Transfer and Reinstatement — Online Application | Example University\nHome / Students / Transfer\n"
                  "Student services: Electronic Journal | Transfer Application Online | Class Schedule | Library Catalogue | "
                  "Student ID Card\nTransfer and Reinstatement\nApplications for transfer and reinstatement are accepted only "
                  "online through the Transfer Application Online service.\nSign in with your university account.")
    found = verdicts(detector, doc)
    assert found.get("online_transfer_service", 0) >= 0.5 and found.get("e_journal", 0) >= 0.5, found


def test_an_electronic_pass_or_paper_applications_are_no_online_service(detector: Detector) -> None:
    dorm = excerpt(f"{U}/ru/students/dormitories",
                   "Общежития университета\nГлавная / Обучающимся / Общежития\nОбщежития университета\n"
                   "Как получить место\nЗаселение проводится по направлению деканата; заявление на место в общежитии "
                   "подаётся лично.\nПри заселении необходимо предъявить направление и удостоверение личности.\n"
                   "Вход в общежитие — по электронному пропуску; запрещено курение электронных сигарет.")
    assert verdicts(detector, dorm).get("dormitory_online_registration", 0) < 0.5
    faq = excerpt(f"{U}/kk/students/registrar/faq-auysu",
                  "Ауысу және қалпына келтіру: жиі қойылатын сұрақтар\nБасты бет / Білім алушыларға / Тіркеуші кеңсесі\n"
                  "Өтінішті қайда беремін?\nӨтініш тіркеуші кеңсесіне жеке келіп, қағаз түрінде беріледі.\n"
                  "Өтінішті электрондық поштамен жіберуге бола ма?\nЖоқ, тек қағаз түрінде.")
    assert verdicts(detector, faq).get("online_transfer_service", 0) < 0.5


def test_a_ministrys_plan_sent_for_information_is_the_ministrys(detector: Detector) -> None:
    doc = excerpt(f"{U}/ru/anticorruption/gos-organy/plan-ministerstva",
                  "План мероприятий Министерства по противодействию коррупции на 2026 год (для сведения)\n"
                  "Главная → Противодействие коррупции → Документы государственных органов\nДокументы государственных органов\n"
                  "В разделе размещаются документы уполномоченных государственных органов в сфере противодействия коррупции.\n"
                  "План мероприятий Министерства науки и высшего образования Республики Казахстан по противодействию "
                  "коррупции на 2026 год\nУтверждён ответственным секретарём Министерства 20 января 2026 года\n"
                  "Основные направления плана Министерства:\n"
                  "1. Проведение внешнего анализа коррупционных рисков в подведомственных организациях.\n"
                  "2. Мониторинг публикаций в СМИ и обращений граждан по вопросам коррупции в сфере образования.\n"
                  "Скачать план Министерства (PDF, 720 КБ)")
    assert verdicts(detector, doc).get("anticorruption_plan", 0) < 0.5


def test_an_akims_scholarship_list_and_a_partners_programme_are_other_bodies(detector: Detector) -> None:
    akim = excerpt(f"{U}/press/news/stipendiaty-akima",
                   "Опубликован список стипендиатов акима области на 2026 год\nГлавная / Пресс-центр / Новости\n"
                   "Опубликован список стипендиатов акима области\n12.10.2026\n"
                   "Управление молодёжной политики области опубликовало список обладателей стипендии акима области.\n"
                   "В список вошли четыре наших студента:\nАйжан Карабаева — 3 курс\nИслам Есентаев — 4 курс")
    assert verdicts(detector, akim).get("scholarship_candidates", 0) < 0.5
    daad = excerpt(f"{U}/kk/international/partners/daad",
                   "DAAD стипендиялық бағдарламалары 2027/2028\nБасты бет / Халықаралық ынтымақтастық / Серіктестердің "
                   "бағдарламалары\nDAAD стипендиялық бағдарламалары: өтінімдер қабылдау басталды\n"
                   "Магистратураға арналған стипендиялар — 10–24 ай, айына 992 еуро.\n"
                   "Университет құжаттарды қабылдамайды; өтінімдер тікелей DAAD порталына беріледі.")
    assert verdicts(detector, daad).get("scholarship_info", 0) < 0.5


def test_a_centres_contacts_are_no_contact_centre(detector: Detector) -> None:
    doc = excerpt(f"{U}/ru/graduates/career-centre",
                  "Центр карьеры и трудоустройства — Университет\nУниверситет\nГлавная | Об университете | Студентам | "
                  "Выпускникам | Контакты\nВыпускникам » Центр карьеры и трудоустройства\nЦентр карьеры и трудоустройства\n"
                  "Центр помогает студентам и выпускникам найти практику, стажировку и первую работу.\nЧто мы делаем\n"
                  "консультации по составлению резюме;\nподготовка к собеседованию;\nподбор мест для практики;\n"
                  "ежегодная ярмарка вакансий;\nотслеживание трудоустройства выпускников.\n"
                  "Контакты центра: ауд. 112, тел. +7 (7212) 40-77-15, career@example.edu.kz, Telegram-канал @example_career")
    assert verdicts(detector, doc).get("hotline", 0) < 0.5


def test_a_partner_companys_compliance_documents_for_interns_are_the_companys(detector: Detector) -> None:
    doc = excerpt(f"{U}/en/industry/internships/partner-compliance",
                  "Partner Compliance Requirements for Interns | Example University\n"
                  "Example University\n"
                  "About | Study | Research | Industry Partnership | Contacts\n"
                  "Home / Industry Partnership / Internships / Partner Compliance Requirements\n"
                  "Industry Partnership Office\n"
                  "Internships with partner companies\n"
                  "Partner compliance requirements\n"
                  "Career events\n"
                  "Partner Compliance Requirements for Interns\n"
                  "Students who intern at Example Energy LLP, one of our industrial partners, must read and accept the company's compliance documents before their first day on site.\n"
                  "Example Energy LLP — Anti-Bribery Policy (summary)\n"
                  "• Staff and interns of the company must not offer or accept any bribe.\n"
                  "• Any suspected violation is reported to the company's Ethics Line.\n"
                  "Example Energy LLP — Code of Business Conduct (extract for interns)\n"
                  "• Interns keep the company's information confidential.\n"
                  "Downloads (external documents of the partner company):\n"
                  "Example Energy — Anti-Bribery Policy, rev. 4 (PDF, 1.1 MB)\n"
                  "Example Energy — Code of Business Conduct (PDF, 2.0 MB)\n"
                  "Questions about internships: Industry Partnership Office, Room 118, +7 (7282) 41-09-77")
    found = verdicts(detector, doc)
    assert not [aid for aid, confidence in found.items() if confidence >= 0.5], found


def test_a_survey_whose_results_will_be_reviewed_and_a_peers_plan_in_brief_are_no_evidence(detector: Detector) -> None:
    survey = excerpt(f"{C}/kk/announcements/employer-survey",
                     "Жұмыс берушілерге арналған сауалнама\nБасты бет / Жаңалықтар / Хабарландырулар\n"
                     "Құрметті әлеуметтік серіктестер! Сауалнамаға қатысуға шақырамыз\n2026 жылғы 10 қараша\n"
                     "Сауалнама анонимді, 15 сұрақтан тұрады.\n"
                     "Сауалнама қорытындылары 2027 жылдың қаңтар айында колледждің педагогикалық кеңесінде қаралады.")
    assert verdicts(detector, survey, "college").get("survey_results", 0) < 0.5
    peers = excerpt(f"{U}/en/blog/compliance/good-practice",
                    "Good practice from our peers: a neighbouring university's 2026 anti-corruption plan in brief | Blog\n"
                    "Blog › Compliance › Good practice from our peers\n"
                    "Good practice from our peers: a neighbouring university's 2026 anti-corruption plan in brief\n"
                    "20 March 2026 · Compliance Office\nIn this series we look at how other universities organise their "
                    "work on integrity.\nSeven measures, each with an owner and a deadline.")
    assert verdicts(detector, peers).get("anticorruption_plan", 0) < 0.5


def test_a_summary_that_says_it_is_not_the_institutions_document_is_not_found(detector: Detector) -> None:
    doc = excerpt(f"{U}/en/international/joint-programmes/doctoral-regulations-summary",
                  "Partner institutions: doctoral regulations of a Polish partner university (summary for co-supervised PhD students) | Example University of Technology\n"
                  "Example University of Technology\n"
                  "Home / International / Joint and co-supervised programmes / Partner university\n"
                  "Doctoral regulations of our partner: a short guide for co-supervised PhD students\n"
                  "This page summarises, for our doctoral students who have a co-supervisor at the partner university, the main rules of the partner's Doctoral School. It is not an EUT document.\n"
                  "Who this applies to\n"
                  "EUT PhD students who spend a research internship at the partner university.\n"
                  "Main points of the partner's regulations\n"
                  "- Doctoral School students prepare an individual research plan within 12 months of admission; the plan is evaluated at the mid-term review.\n"
                  "- Co-supervisors from other universities must be approved by the Doctoral School council.\n"
                  "- Visiting doctoral students follow the partner's rules on laboratory safety and authorship while on site.\n"
                  "Contact: Dept. of Postgraduate Education, +7 (7292) 30-14-60")
    assert verdicts(detector, doc).get("phd_regulation", 0) < MIN_REPORTED  # (not even uncertain)


def test_an_unofficial_summary_of_national_rules_without_legal_force_is_not_the_institutions(detector: Detector) -> None:
    hostel = excerpt(f"{U}/en/international/living/hostel-rules-overview",
                     "Student Housing in Kazakhstan: National Rules in Brief (Unofficial Summary) | International Office\n"
                     "Home / International / Living in Kazakhstan / Housing\n"
                     "Student Housing: National Rules in Brief\n"
                     "This page is an unofficial summary of the standard rules for student residences approved by the "
                     "ministry for all universities of the country. It is provided for information and has no legal force.\n"
                     "Under the national rules, applications for a place in a student residence are submitted online, and "
                     "places are allocated automatically in the order the applications arrive, priority groups first.\n"
                     "Residents sign a contract and keep the house rules; quiet hours run from 23:00 to 07:00.\n"
                     "Questions about your own room: International Office, room 12.")
    assert verdicts(detector, hostel).get("dormitory_online_registration", 0) < 0.5
    gifts = excerpt(f"{U}/en/international/staff/gift-rules",
                    "Gifts and hospitality: the national rules explained for visiting lecturers | Example University\n"
                    "Home / International / Visiting staff\n"
                    "Gifts and hospitality: the national rules explained\n"
                    "The International Office prepared this note for visiting lecturers. It restates rules adopted by the "
                    "state for public officials. It is not a document of the University and carries no legal weight.\n"
                    "Officials may not accept gifts or hospitality connected with their duties; gifts received at protocol "
                    "events are handed over to the state.\n"
                    "Small souvenirs of symbolic value are usually acceptable; money never is.")
    assert verdicts(detector, gifts).get("gifts_policy", 0) < 0.5


def test_a_partner_universitys_page_on_a_neighbouring_countrys_domain_is_the_partners(detector: Detector) -> None:
    doc = excerpt("https://www.university.example.by/ru/international/incoming",
                  "Академическая мобильность: приём студентов вузов-партнёров — Университет\n"
                  "Главная / Международная деятельность / Академическая мобильность\n"
                  "Академическая мобильность: семестр обучения в нашем университете\n"
                  "Университет ежегодно принимает студентов вузов-партнёров на один семестр. В этом учебном году по "
                  "программам академической мобильности у нас обучаются 38 студентов, из них 12 из вузов Казахстана.\n"
                  "Необходимые документы: направление вуза-партнёра, учебное соглашение, медицинская страховка.\n"
                  "Отдел международных связей: тел. +375 17 000-00-00")
    assert verdicts(detector, doc).get("academic_mobility", 0) < 0.5


def test_a_creative_exam_among_the_admission_rules_is_no_exam_regulation(detector: Detector) -> None:
    doc = excerpt(f"{U}/ru/applicants/admission-rules",
                  "Правила приёма на обучение на 2026 год — Университет\n"
                  "Главная / Абитуриенту / Правила приёма\n"
                  "Правила приёма в университет на 2026 год\n"
                  "Утверждены решением Учёного совета от 20 марта 2026 года, протокол № 7.\n"
                  "1. Общие положения\n"
                  "1.1. Приём осуществляется по заявлениям граждан на конкурсной основе по результатам ЕНТ.\n"
                  "2. Сроки приёма документов\n"
                  "2.1. Документы принимаются с 20 июня по 25 августа 2026 года.\n"
                  "3. Творческие экзамены\n"
                  "3.1. На программы «Музыка» и «Хореография» проводятся творческие экзамены с 5 по 12 июля.\n"
                  "4. Зачисление производится приказом ректора.")
    assert verdicts(detector, doc).get("exam_rules", 0) < 0.5


def test_a_product_page_for_colleges_and_universities_is_the_vendors(detector: Detector) -> None:
    doc = excerpt("https://edusoft.example.test/ru/products/journal",
                  "Электронный журнал для колледжей и вузов — EduSoft\n"
                  "Главная / Продукты / Электронный журнал\n"
                  "Электронный журнал успеваемости и посещаемости\n"
                  "Модуль информационной системы для организаций технического и профессионального, высшего образования.\n"
                  "Отметка посещаемости с планшета преподавателя, выставление оценок, журнал изменений каждой оценки.\n"
                  "Личный кабинет студента и родителя с уведомлениями о пропусках.\n"
                  "Срок внедрения — от 4 недель.\n"
                  "ТОО «EduSoft», г. Алматы, sales@edusoft.example.test")
    assert verdicts(detector, doc, "college").get("e_journal", 0) < 0.5


def test_an_online_transfer_service_that_lists_a_transfer_to_a_grant_is_no_candidate_list(detector: Detector) -> None:
    doc = excerpt(f"{U}/ru/students/transfer-online",
                  "Онлайн-подача заявлений на перевод и восстановление — Университет\n"
                  "Главная / Обучающимся / Перевод и восстановление\n"
                  "Онлайн-подача заявлений на перевод и восстановление\n"
                  "Заявления о переводе из другого вуза, о переводе с одной программы на другую, о переводе с платной "
                  "основы на грант и о восстановлении принимаются только через онлайн-сервис на сайте университета.\n"
                  "Какие заявления можно подать\n"
                  "Перевод из другого вуза Казахстана\n"
                  "Перевод на вакантный образовательный грант\n"
                  "Восстановление после отчисления\n"
                  "Подать заявление онлайн")
    found = verdicts(detector, doc)
    assert found.get("online_transfer_service", 0) >= 0.5, found
    assert found.get("grant_transfer_candidates", 0) < 0.5, found


def test_the_staff_codes_own_text_about_the_code_is_not_the_student_code(detector: Detector) -> None:
    doc = excerpt(f"{U}/kk/anticorruption/ar-namys-kodeksi",
                  "Оқытушылар мен қызметкерлердің ар-намыс кодексі — Университет\n"
                  "Басты бет / Сыбайлас жемқорлыққа қарсы іс-қимыл / Ар-намыс кодексі\n"
                  "Оқытушылар мен қызметкерлердің ар-намыс кодексі\n"
                  "Ғылыми кеңес шешімімен бекітілген, 2025 жылғы 28 тамыздағы № 1 хаттама\n"
                  "1. Жалпы ережелер\n"
                  "1.1. Осы Кодекс университеттің профессор-оқытушылар құрамы мен қызметкерлерінің кәсіби әдеп "
                  "нормаларын белгілейді.\n"
                  "2. Оқытушының міндеттері\n"
                  "2.1. Білім алушылардың білімін әділ бағалау.\n"
                  "2.2. Білім алушылардан сыйлық талап етпеу және қабылдамау.\n"
                  "2.3. Оқытушы студенттердің курстық жұмыстарын жетекшілік ету кезінде академиялық адалдықты сақтайды.\n"
                  "3. Академиялық адалдық саласындағы талаптар\n"
                  "3.1. Оқытушы жарияланымдарында деректерді бұрмаламайды.\n"
                  "4. Жауапкершілік\n"
                  "4.1. Кодекстің бұзылуы туралы өтініштерді университеттің Әдеп жөніндегі кеңесі қарайды.")
    found = verdicts(detector, doc)
    assert found.get("staff_ethics_code", 0) >= 0.5, found
    assert found.get("student_ethics_code", 0) < MIN_REPORTED, found  # (the code's academic integrity is the staff's)


def test_a_research_centres_page_on_anticorruption_policy_is_no_policy(detector: Detector) -> None:
    doc = excerpt(f"{U}/ru/science/centres/governance",
                  "Центр исследований государственного управления — Университет\n"
                  "Главная / Наука / Научные центры\n"
                  "Центр исследований государственного управления\n"
                  "Центр проводит прикладные исследования в области государственного управления, антикоррупционной "
                  "политики и управления человеческими ресурсами в публичном секторе.\n"
                  "Руководитель центра — PhD, ассоциированный профессор.")
    assert verdicts(detector, doc).get("anticorruption_policy", 0) < MIN_REPORTED


def test_an_anti_corruption_council_is_the_commission_and_the_academic_council_is_not(detector: Detector) -> None:
    minutes = excerpt(f"{U}/en/about/integrity/council-minutes",
                      "Integrity and Anti-Corruption Council: Meeting Minutes | Example University\n"
                      "Home / About / Integrity / Council Minutes\n"
                      "Integrity and Anti-Corruption Council — Meeting Minutes\n"
                      "The Council is the university's anti-corruption commission; its minutes are published below once signed.\n"
                      "Minutes No. 2 — 10 June 2026\n"
                      "Present: 8 of 11 members. Chair: Vice-Rector for Academic Affairs.\n"
                      "Agenda: 1. Results of the internal analysis of corruption risks. 2. Reports received through the trust line.\n"
                      "Decisions: the analytical report is approved; the action plan is to be updated by 1 July 2026.\n"
                      "Download signed minutes (PDF)")
    assert verdicts(detector, minutes).get("anticorruption_commission_reports", 0) >= 0.5
    council = excerpt(f"{U}/en/university/academic-council",
                      "Academic Council | Example University\n"
                      "Home / University / Governance / Academic Council\n"
                      "Academic Council\n"
                      "The Academic Council is the collegial governing body of the University.\n"
                      "Chair: the Rector. Members: vice-rectors, deans, student representatives.\n"
                      "The Council approves the University anti-corruption policy, the action plan and the reports of the "
                      "compliance officer.")
    found = verdicts(detector, council)
    assert not {"anticorruption_commission_reports", "anticorruption_commission_composition",
                "anticorruption_commission_regulation"} & set(found), found


def test_a_committees_terms_of_reference_are_its_regulation(detector: Detector) -> None:
    doc = excerpt(f"{U}/en/about/integrity/committee",
                  "Anti-Corruption Committee: Terms of Reference | Example University\n"
                  "Home / About / Integrity / Anti-Corruption Committee\n"
                  "Anti-Corruption Committee: Terms of Reference\n"
                  "Approved by the Board of Directors, minutes No. 4 of 29 September 2026\n"
                  "1. Status. The Committee is the standing collegial body of the University for anti-corruption matters.\n"
                  "2. Functions. The Committee reviews the results of the analysis of corruption risks and the action plan.\n"
                  "3. Membership. The Committee consists of no fewer than nine members appointed by order of the Rector.\n"
                  "4. Meetings. The Committee meets at least once per quarter.")
    assert verdicts(detector, doc).get("anticorruption_commission_regulation", 0) >= 0.5


def test_an_anti_corruption_working_group_is_the_commission_and_the_risk_analysis_group_is_not(detector: Detector) -> None:
    group = excerpt(f"{U}/kk/anticorruption/working-group/quramy",
                    "Сыбайлас жемқорлыққа қарсы жұмыс тобының құрамы (2026 жыл) — Университет\n"
                    "Басты бет / Сыбайлас жемқорлыққа қарсы іс-қимыл / Жұмыс тобы / Құрамы\n"
                    "Сыбайлас жемқорлыққа қарсы жұмыс тобының құрамы\n"
                    "Ректордың 2026 жылғы 12 қаңтардағы № 8 бұйрығымен бекітілген.\n"
                    "Жұмыс тобының жетекшісі: Әбішев Марат – проректор\n"
                    "Хатшы: Досанова Айгерім – комплаенс-офицер\n"
                    "Жұмыс тобының мүшелері: Смағұлова Динара – кадр бөлімінің басшысы; Ілиясов Нұрбол – заңгер")
    assert verdicts(detector, group).get("anticorruption_commission_composition", 0) >= 0.5
    analysis = excerpt(f"{U}/ru/anticor/analysis-group",
                       "Состав рабочей группы по проведению внутреннего анализа коррупционных рисков — Университет\n"
                       "Главная / Противодействие коррупции / Внутренний анализ\n"
                       "Состав рабочей группы по проведению внутреннего анализа коррупционных рисков\n"
                       "Утвержден приказом ректора от 10.02.2026 № 45\n"
                       "Руководитель рабочей группы – Иванов И. И., проректор\n"
                       "Члены рабочей группы: Петрова А. А., юрист; Сидоров Б. Б., главный бухгалтер")
    assert verdicts(detector, analysis).get("anticorruption_commission_composition", 0) < 0.5


def test_an_appeals_commissions_composition_is_no_exam_regulation(detector: Detector) -> None:
    doc = excerpt(f"{U}/kk/student/attestation/appeal-commission",
                  "Апелляциялық комиссияның құрамы — Университет\n"
                  "Басты бет / Білім алушыға / Аралық аттестаттау / Апелляциялық комиссия\n"
                  "Апелляциялық комиссияның құрамы\n"
                  "2026-2027 оқу жылының күзгі семестріне\n"
                  "Төраға – Тіркеуші офис басшысы Сапарова Гүлмира\n"
                  "Мүшелері: Әбілқасымов Ержан – кафедра меңгерушісі; Төлегенова Жанар – доцент\n"
                  "Апелляцияға өтініш емтихан нәтижесі жарияланған күннен кейінгі жұмыс күні беріледі.")
    assert verdicts(detector, doc).get("exam_rules", 0) < 0.5


def test_a_guide_that_says_it_is_no_official_document_is_no_thesis_regulation(detector: Detector) -> None:
    doc = excerpt(f"{U}/kk/library/help/diploma",
                  "Дипломдық жұмысты қалай жазуға болады: студенттерге арналған практикалық нұсқаулық\n"
                  "Басты бет / Кітапхана / Студентке көмек / Дипломдық жұмыс жазу\n"
                  "Дипломдық жұмысты қалай жазуға болады: студенттерге арналған практикалық нұсқаулық\n"
                  "Бұл нұсқаулықты кітапхана дайындады. Ол ресми құжат емес: дипломдық жұмысқа қойылатын міндетті талаптар "
                  "университеттің ережесінде берілген.\n"
                  "1-қадам. Тақырып таңдау. Ғылыми жетекшімен кемінде үш нұсқаны талқылаңыз.\n"
                  "2-қадам. Әдебиет іздеу. Кітапхананың электрондық каталогын пайдаланыңыз.")
    assert verdicts(detector, doc).get("thesis_regulation", 0) < 0.5


def test_a_sentence_saying_where_a_thing_is_published_is_no_evidence_of_it(detector: Detector) -> None:
    fees = excerpt(f"{U}/ru/applicants/fees",
                   "Стоимость обучения на 2026-2027 учебный год — Университет\n"
                   "Главная / Абитуриенту / Стоимость обучения\n"
                   "Стоимость обучения на 2026-2027 учебный год\n"
                   "Группа образовательных программ | 1 курс | 2–4 курсы\n"
                   "Педагогические науки | 850 000 | 820 000\n"
                   "Скидки не суммируются. Обучающиеся на платной основе с высоким GPA могут также участвовать в конкурсе "
                   "на вакантные гранты, объявление о котором публикуется на сайте.")
    assert verdicts(detector, fees).get("grant_transfer_candidates", 0) < 0.5
    tuition = excerpt(f"{U}/en/admissions/tuition",
                      "Tuition Fees 2026-2027 | Example University\n"
                      "Home / Admissions / Tuition Fees\n"
                      "Tuition Fees for the 2026-2027 Academic Year\n"
                      "Programme group | Full-time (KZT)\n"
                      "Information technology | 1 450 000\n"
                      "Students holding a state grant do not pay tuition. Information on how state scholarships are awarded "
                      "is published by the Registrar's Office; this page covers fee-paying places only.")
    assert verdicts(detector, tuition).get("scholarship_info", 0) < 0.5


def test_a_conferences_call_for_papers_is_no_anti_plagiarism_policy(detector: Detector) -> None:
    doc = excerpt(f"{U}/en/conference/call-for-papers",
                  "International Conference on Academic Integrity 2026 — Call for Papers\n"
                  "Home | Call for Papers | Committees | Registration | Contact\n"
                  "Call for Papers\n"
                  "The Faculty invites researchers to submit papers to the conference, to be held on 14–15 May 2026.\n"
                  "Conference tracks\n"
                  "Plagiarism detection, text-matching software and AI-generated text\n"
                  "Ethics codes for university staff and students\n"
                  "All submissions will be checked for similarity; papers above 20 % are desk-rejected.\n"
                  "Paper submission deadline: 15 February 2026")
    found = verdicts(detector, doc)
    assert found.get("antiplagiarism", 0) < 0.5, found


def test_an_english_translation_of_the_institutions_own_code_without_legal_force_is_still_its_code(detector: Detector) -> None:
    doc = excerpt(f"{U}/en/integrity/staff-code",
                  "Code of Honour of Academic Staff and Employees | Example University\n"
                  "Home / Integrity / Code of Honour\n"
                  "Code of Honour of Academic Staff and Employees\n"
                  "Approved by the decision of the Academic Council of 28 August 2026, minutes No. 1.\n"
                  "This English translation is an unofficial summary provided for information and has no legal force; the "
                  "Kazakh and Russian texts adopted by the University prevail.\n"
                  "1. General provisions. This Code sets the professional and ethical standards of the University's academic "
                  "staff and employees.\n"
                  "2. Teachers assess students objectively and do not accept gifts from students or their parents.")
    assert verdicts(detector, doc).get("staff_ethics_code", 0) >= 0.5


def test_an_approval_block_under_the_pages_header_is_no_minutes_of_the_approving_board(detector: Detector) -> None:
    doc = excerpt(f"{C}/ru/o-kolledzhe/popechitelskiy-sovet/polozhenie",
                  "Положение о Попечительском совете — Колледж\n"
                  "О колледже | Абитуриенту | Студенту | Попечительский совет | Противодействие коррупции | Контакты\n"
                  "Главная / О колледже / Попечительский совет / Положение\n"
                  "СОГЛАСОВАНО\n"
                  "на заседании Попечительского совета\n"
                  "протокол № 1 от 15 сентября 2026 г.\n"
                  "УТВЕРЖДАЮ\n"
                  "Директор колледжа\n"
                  "__________ Р. Н. Ахметжанов\n"
                  "ПОЛОЖЕНИЕ\n"
                  "о Попечительском совете колледжа\n"
                  "1. Общие положения\n"
                  "1.1 Попечительский совет (далее – Совет) является коллегиальным органом, содействующим развитию колледжа.\n"
                  "2. Заседания проводятся не реже одного раза в квартал.")
    found = verdicts(detector, doc, "college")
    assert found.get("board_of_trustees_regulation", 0) >= 0.5, found
    assert found.get("board_of_trustees_minutes", 0) < 0.5, found


def test_an_announcement_of_the_rectors_report_to_come_is_no_report(detector: Detector) -> None:
    doc = excerpt(f"{U}/en/news/announcements/rector-report",
                  "Rector to Deliver Annual Public Report on 18 December\n"
                  "Home / News / Announcements\n"
                  "24 November 2026\n"
                  "Rector to Deliver Annual Public Report on 18 December\n"
                  "The Rector will present the Rector's Annual Report to the Public for 2026 at an open meeting on "
                  "18 December 2026 in the Great Hall.\n"
                  "The report will cover admissions, research, finances and the results of anti-corruption work.\n"
                  "Students, staff and parents are welcome; questions can be sent in advance.")
    assert verdicts(detector, doc).get("head_annual_report", 0) < 0.5


def test_a_newspapers_report_on_vacant_grants_across_the_region_is_no_candidate_list(detector: Detector) -> None:
    doc = excerpt("https://zhaiyk.example.test/bilim/2026/01/20/bos-granttar",
                  "Өңір жоғары оқу орындарында 46 босатылған грант бар — «Жайық таңы» газетінің сайты\n"
                  "Басты бет / Білім\n"
                  "Өңір жоғары оқу орындарында 46 босатылған грант бар\n"
                  "2026 жылғы 20 қаңтар | Авторы: С. Жақсыбаева\n"
                  "Қысқы сессиядан кейін облыстағы жоғары оқу орындарында 46 грант босады.\n"
                  "Аграрлық университеттің тіркеу офисінің айтуынша, босатылған гранттарға үміткерлер тізімі университет "
                  "сайтында жарияланды.")
    assert verdicts(detector, doc).get("grant_transfer_candidates", 0) < 0.5


def test_a_regional_portals_report_on_the_regions_universities_is_no_anti_plagiarism_policy(detector: Detector) -> None:
    doc = excerpt("https://news.example-info.kz/obrazovanie/plagiat-2026",
                  "Вузы Жамбылской области усиливают проверку дипломных работ на плагиат\n"
                  "Главная / Образование\n"
                  "Вузы Жамбылской области усиливают проверку дипломных работ на плагиат\n"
                  "Тараз, 14 апреля 2026\n"
                  "Все выпускные работы бакалавров проверяются в системе «Антиплагиат»; порог оригинальности повышен до 60 "
                  "процентов.")
    assert verdicts(detector, doc).get("antiplagiarism", 0) < 0.5


def test_a_tables_column_names_are_no_document_title(detector: Detector) -> None:
    doc = excerpt(f"{U}/en/academics/graduate-school",
                  "Graduate School: programmes | Example University\n"
                  "Home / Academics / Graduate School\n"
                  "Graduate School\n"
                  "The Graduate School runs the university's master's and doctoral programmes.\n"
                  "Programme | Duration | Credits | Final assessment\n"
                  "Master's (scientific-pedagogical) | 2 years | 120 ECTS | comprehensive exam and thesis defence\n"
                  "Master's (profile) | 1 year | 60 ECTS | comprehensive exam and project defence\n"
                  "PhD | 3 years | 180 ECTS | dissertation defence")
    assert verdicts(detector, doc).get("exam_rules", 0) < 0.5


def test_a_policy_brief_that_paraphrases_the_national_procurement_law_is_no_procurement_evidence(detector: Detector) -> None:
    doc = excerpt(f"{U}/en/research/policy-briefs/public-procurement",
                  "A Guide for Suppliers: Public Procurement in Kazakhstan — Example University Centre for Public Policy\n"
                  "Home / Research / Policy Briefs / Public Procurement\n"
                  "A Guide for Suppliers: Public Procurement in Kazakhstan\n"
                  "Policy brief No. 2026/07. This brief paraphrases, in plain English, the main provisions of the Law of the "
                  "Republic of Kazakhstan on public procurement and the rules approved by the Ministry of Finance.\n"
                  "Annual procurement plans. Each customer approves an annual procurement plan and publishes it on the "
                  "portal goszakup.gov.kz.\n"
                  "Procurement methods: open tender, auction, request for quotations, single source.")
    assert verdicts(detector, doc).get("goszakup_procurement", 0) < 0.5


def test_news_of_an_online_dormitory_service_still_to_come_is_no_service(detector: Detector) -> None:
    doc = excerpt(f"{U}/ru/news/online-dormitory-plans",
                  "В университете обсудили переход на онлайн-заселение в общежития — Университет\n"
                  "Главная / Новости / Студенческая жизнь\n"
                  "В университете обсудили переход на онлайн-заселение в общежития\n"
                  "2 октября 2026 года\n"
                  "На совещании у проректора обсудили итоги заселения и перспективу перехода на онлайн-регистрацию.\n"
                  "В этом году места распределялись по бумажным заявлениям.\n"
                  "IT-департаменту поручено подготовить техническое задание; запуск сервиса планируется к 2027 году.\n"
                  "Пресс-служба университета")
    assert verdicts(detector, doc).get("dormitory_online_registration", 0) < 0.5


def test_a_service_in_the_pages_quick_links_is_named_as_in_a_menu_and_a_news_teaser_is_not(detector: Detector) -> None:
    doc = excerpt(f"{C}/ru/students",
                  "Студентам — Колледж\n"
                  "Главная / Студентам\n"
                  "Студентам\n"
                  "Расписание на осенний семестр 2026-2027 учебного года размещено по отделениям.\n"
                  "Быстрые ссылки\n"
                  "Электронный журнал College SMART — оценки и посещаемость\n"
                  "Электронная библиотека\n"
                  "График консультаций преподавателей\n"
                  "Последние новости\n"
                  "Открыт приём заявок на заселение в общежитие онлайн\n"
                  "Студенты колледжа — призёры WorldSkills 2026")
    found = verdicts(detector, doc, "college")
    assert found.get("e_journal", 0) >= 0.5, found
    assert found.get("dormitory_online_registration", 0) < 0.5, found


def test_a_survey_whose_results_are_still_to_be_collected_has_no_results(detector: Detector) -> None:
    doc = excerpt(f"{U}/kk/library/survey",
                  "Кітапхана қызметінің сапасы туралы сауалнама — Университет\n"
                  "Басты бет\nУниверситет туралы\nТалапкерлерге\nСтуденттерге\nҒылым және инновация\nБайланыс\n"
                  "Басты бет / Ғылыми кітапхана / Сауалнама\n"
                  "Құрметті оқырмандар! Сауалнамаға қатысыңыз\n"
                  "Кітапхана өз қызметінің сапасын жақсарту мақсатында оқырмандар арасында сауалнама жүргізеді.\n"
                  "Сауалнама 2026 жылғы 16 қарашадан 15 желтоқсанға дейін ашық.\n"
                  "Сауалнамаға өту (Google Forms)\n"
                  "Сауалнама нәтижелері жинақталғаннан кейін кітапхана жұмысын жақсарту бойынша шешімдер қабылданады.")
    assert verdicts(detector, doc).get("survey_results", 0) < 0.5


def test_a_vacancy_announcements_requirements_section_is_no_qualification_requirements_document(detector: Detector) -> None:
    doc = excerpt(f"{C}/kk/vacancies/bas-bukhgalter-2026",
                  "Бос лауазымға конкурс туралы хабарландыру: бас бухгалтер\n"
                  "Басты бет / Вакансиялар / Бас бухгалтер\n"
                  "Бос лауазымға конкурс туралы хабарландыру: бас бухгалтер\n"
                  "Колледж бас бухгалтер лауазымына орналасуға конкурс жариялайды.\n"
                  "Біліктілік талаптары:\n"
                  "жоғары экономикалық білім, бухгалтерлік есеп саласындағы жұмыс өтілі кемінде 5 жыл.\n"
                  "Құжаттар 2026 жылғы 10 желтоқсанға дейін қабылданады.")
    found = verdicts(detector, doc, "college")
    assert found.get("vacancy_announcements", 0) >= 0.5, found
    assert found.get("qualification_requirements", 0) < 0.5, found


def test_an_anti_corruption_standards_measure_on_vacancy_notices_is_no_vacancy_announcement(detector: Detector) -> None:
    doc = excerpt(f"{C}/ru/about/anticorruption/standard",
                  "Антикоррупционный стандарт — Колледж\n"
                  "Главная / О колледже / Противодействие коррупции / Антикоррупционный стандарт\n"
                  "Антикоррупционный стандарт в сфере образования\n"
                  "Стандарт устанавливает правила поведения работников колледжа в сферах, подверженных коррупционным рискам.\n"
                  "При приёме на работу: проведение конкурса, публикация объявлений о вакансиях, участие в работе конкурсной "
                  "комиссии независимых членов.\n"
                  "При приёме обучающихся: прозрачность работы приёмной комиссии.")
    found = verdicts(detector, doc, "college")
    assert found.get("vacancy_announcements", 0) < 0.5, found


def test_an_associations_model_code_for_its_members_is_no_institutions_code(detector: Detector) -> None:
    doc = excerpt("https://association.example.test/en/documents/code",
                  "Code of Academic Integrity — Association of Universities for Academic Integrity\n"
                  "Home / Documents / Code of Academic Integrity\n"
                  "About the Association | Members | Documents | Events | Contacts\n"
                  "Code of Academic Integrity\n"
                  "The Association is a non-profit association of 42 higher education institutions.\n"
                  "The Code was adopted by the General Meeting of members on 12 April 2026. It is a model: each member "
                  "university adopts its own code.\n"
                  "Honesty: students and teachers present only their own work.\n"
                  "Zero tolerance: no gifts or payments in exchange for grades.")
    found = verdicts(detector, doc)
    assert found.get("student_ethics_code", 0) < 0.5 and found.get("staff_ethics_code", 0) < 0.5, found


def test_an_information_portals_news_on_e_journals_for_colleges_is_no_e_journal(detector: Detector) -> None:
    doc = excerpt("https://example-aqparat.kz/kk/bilim/kolledzh-zhurnal",
                  "Колледждерге «Электрондық журнал» міндетті түрде енгізіледі\n"
                  "Басты бет / Білім / Колледж\n"
                  "Колледждерге «Электрондық журнал» міндетті түрде енгізіледі\n"
                  "Оқу-ағарту министрлігі 2026-2027 оқу жылынан бастап барлық колледждерде қағаз журналдардан бас тартады.\n"
                  "«Электрондық журнал бағалардың ашықтығын қамтамасыз етеді», — деді ведомство өкілі.")
    assert verdicts(detector, doc, "college").get("e_journal", 0) < 0.5


def test_the_sectoral_standard_listed_by_title_with_its_ministers_order_is_evidence_of_it(detector: Detector) -> None:
    doc = excerpt(f"{C}/kk/about/anticorruption",
                  "Сыбайлас жемқорлыққа қарсы іс-қимыл — Колледж\n"
                  "Басты бет / Колледж туралы / Сыбайлас жемқорлыққа қарсы іс-қимыл\n"
                  "Сыбайлас жемқорлыққа қарсы іс-қимыл\n"
                  "Колледж сыбайлас жемқорлыққа мүлдем төзбеушілік қағидатын ұстанады.\n"
                  "Құжаттар\n"
                  "Техникалық және кәсіптік білім беру саласындағы сыбайлас жемқорлыққа қарсы стандарт (Оқу-ағарту "
                  "министрінің бұйрығымен бекітілген) — PDF\n"
                  "Колледж педагогтері мен қызметкерлерінің ар-намыс кодексі (педагогикалық кеңес шешімімен бекітілген) — PDF")
    assert verdicts(detector, doc, "college").get("anticorruption_standard", 0) >= 0.5


def test_an_accreditation_panels_report_on_an_institution_is_the_agencys(detector: Detector) -> None:
    doc = excerpt("https://accreditation.example.test/ru/reports/institutional-2026",
                  "Отчёт внешней экспертной комиссии по итогам институциональной аккредитации — Центр аккредитации\n"
                  "Главная / Аккредитация / Отчёты ВЭК / Высшее образование\n"
                  "О центре | Аккредитация | Реестр | Эксперты | Отчёты ВЭК | Контакты\n"
                  "Отчёт внешней экспертной комиссии по итогам оценки университета\n"
                  "Визит ВЭК: 21–23 октября 2026 года. Решение Аккредитационного совета: от 12 ноября 2026 года.\n"
                  "Стандарт 4. Студенты\n"
                  "В ходе визита центр провёл собственное онлайн-анкетирование обучающихся (ответили 612 человек) и "
                  "преподавателей (ответили 148 человек).\n"
                  "Результаты анкетирования обучающихся (проведено центром)\n"
                  "Вопрос | Полностью удовлетворён, % | Частично, % | Не удовлетворён, %\n"
                  "Доступность преподавателей | 81 | 15 | 4\n"
                  "Объективность оценивания знаний | 74 | 19 | 7\n"
                  "Условия проживания в общежитии | 62 | 27 | 11\n"
                  "Рекомендации ВЭК\n"
                  "Расширить практику публикации результатов социологических опросов на сайте.")
    assert verdicts(detector, doc).get("survey_results", 0) < 0.5


def test_a_code_under_the_pages_header_and_an_approval_block_spelt_with_yo_is_found(detector: Detector) -> None:
    """"УТВЕРЖДЁН" opens an approval block as "УТВЕРЖДЕН" does (also under the institution's name, below the page's
    header written as text); a code's clause that teachers do not make students buy textbooks is no textbook."""
    doc = excerpt(f"{U}/ru/documents/kodeks-chesti",
                  "Кодекс чести преподавателей и сотрудников — Нормативные документы\n"
                  "Главная | Университет | Поступающим | Обучающимся | Наука | Документы | Контакты\n"
                  "Главная / Университет / Документы / Кодекс чести преподавателей и сотрудников\n"
                  "НАО «Университет»\n"
                  "УТВЕРЖДЁН\n"
                  "решением Учёного совета\n"
                  "протокол № 5 от 28 декабря 2025 года\n"
                  "КОДЕКС ЧЕСТИ ПРЕПОДАВАТЕЛЕЙ И СОТРУДНИКОВ\n"
                  "Глава 1. Общие положения\n"
                  "1. Настоящий Кодекс устанавливает нормы профессиональной этики преподавателей и сотрудников.\n"
                  "Глава 2. Нормы поведения преподавателя\n"
                  "2. Преподаватель объективно оценивает знания обучающихся;\n"
                  "не принуждает обучающихся приобретать учебные пособия и участвовать в сборах денег.")
    found = verdicts(detector, doc)
    assert found.get("staff_ethics_code", 0) >= 0.7, found


def test_a_trade_union_committees_members_are_no_anti_corruption_commission(detector: Detector) -> None:
    doc = excerpt("https://union.example.test/kk/organizations/university",
                  "Университеттің бастауыш кәсіподақ ұйымы — Салалық кәсіподақ\n"
                  "Басты бет / Бастауыш ұйымдар / Жоғары оқу орындары / Университеттің бастауыш кәсіподақ ұйымы\n"
                  "Кәсіподақ туралы | Бастауыш ұйымдар | Құжаттар | Құқықтық көмек | Жаңалықтар | Байланыс\n"
                  "Университеттің бастауыш кәсіподақ ұйымы\n"
                  "Ұйым 1 240 мүшені біріктіреді: оқытушылар, қызметкерлер және докторанттар.\n"
                  "Кәсіподақ комитетінің құрамы\n"
                  "Ибраева С. Қ. – төраға\n"
                  "Жұмабеков Д. Н. – төрағаның орынбасары, еңбекті қорғау жөніндегі комиссия\n"
                  "Әлиева Г. Т. – бас есепші\n"
                  "Негізгі құжаттар\n"
                  "Ұжымдық шарт 2025-2028 жж.\n"
                  "Еңбек даулары жөніндегі келісім комиссиясының құрамы\n"
                  "Соңғы жаңалықтар\n"
                  "15.09.2026 – Кәсіподақ төрағасы университеттің сыбайлас жемқорлыққа қарсы комиссиясының отырысына қатысты.")
    assert verdicts(detector, doc).get("anticorruption_commission_composition", 0) < 0.5


def test_national_model_rules_addressed_to_education_organisations_stay_uncertain(detector: Detector) -> None:
    """A ministry's model rules reposted on a college's site (a PDF) are at most uncertain, with their note (interface.md);
    "для организаций образования" says whom a national act addresses, not that a vendor sells to them."""
    from simweb.documents import DocSpec, render_pdf

    spec = DocSpec("pdf", "ru", "Об утверждении Типовых правил проведения текущего контроля успеваемости и аттестации", (),
                   ("Приказ Министра образования и науки Республики Казахстан от 01.12.2024 № 92",
                    "Настоящие Типовые правила предназначены для организаций образования независимо от формы собственности.",
                    "На основе Типовых правил организации образования разрабатывают собственные внутренние правила.",
                    "Глава 1. Общие положения"), dt.date(2024, 12, 1))
    doc = extract_document(render_pdf(spec), "http://college.example.test/download.php?id=1", "application/pdf")
    confidence = verdicts(detector, doc, "college").get("exam_rules", 0)
    assert MIN_REPORTED <= confidence < 0.5, confidence


def test_a_plans_execution_annex_of_a_commission_report_is_no_plan(detector: Detector) -> None:
    """"Исполнение плана мероприятий ..." in a commission's yearly report says how the plan was carried out: the report,
    not the plan; its table's rows (what was done, when) are no evidence of the services they name."""
    doc = excerpt(f"{U}/ru/antikor/otchet-2025",
                  "Отчёт антикоррупционной комиссии университета за 2025 год\n"
                  "Рассмотрен на заседании комиссии 20.01.2026, протокол № 1\n"
                  "В 2025 году проведено 4 заседания комиссии, рассмотрено 17 вопросов.\n"
                  "Приложение. Исполнение плана мероприятий по противодействию коррупции на 2025 год\n"
                  "№ | Мероприятие | Срок | Исполнение\n"
                  "1 | Внутренний анализ коррупционных рисков в приёмной комиссии | март 2025 | Исполнено\n"
                  "2 | Онлайн-заселение в общежитие | август 2025 | Исполнено\n"
                  "3 | Обновление кодекса чести сотрудников | декабрь 2025 | Перенесено на 2026 год\n"
                  "Председатель комиссии А. Б. Садыкова")
    found = verdicts(detector, doc)
    assert found.get("anticorruption_commission_reports", 0) >= 0.5, found
    assert found.get("anticorruption_plan", 0) < 0.5, found
    assert found.get("dormitory_online_registration", 0) < 0.5, found


def test_a_sittings_agenda_in_a_list_of_minutes_is_no_survey_result(detector: Detector) -> None:
    doc = excerpt(f"{U}/ru/antikor/zasedaniya",
                  "Заседания антикоррупционной комиссии в 2026 году\n"
                  "Протокол № 1 от 22.01.2026 — отчёт за 2025 год, план работы на 2026 год\n"
                  "Протокол № 2 от 16.04.2026 — результаты анкетирования обучающихся\n"
                  "Протокол № 3 от 10.09.2026 — итоги приёмной кампании")
    assert verdicts(detector, doc).get("survey_results", 0) < 0.5


def test_a_page_that_summarises_national_rules_is_no_list_of_the_institutions_candidates(detector: Detector) -> None:
    doc = excerpt(f"{U}/en/students/registrar/transfer-summary",
                  "Transfer and reinstatement: a short guide\n"
                  "This page summarises the national Rules for the transfer of students approved by the Ministry of Science "
                  "and Higher Education, for international students.\n"
                  "A student who holds a state educational grant may transfer to another university and keep the grant "
                  "if the receiving university teaches the same group of programmes.\n"
                  "Transfers take place during the vacations.")
    assert verdicts(detector, doc).get("grant_transfer_candidates", 0) < 0.5


def test_a_kazakh_enumeration_of_checked_works_ending_in_articles_is_no_article(detector: Detector) -> None:
    """"дипломдық жұмыстар, магистрлік диссертациялар мен ғылыми мақалалар ... тексеріледі" lists the kinds of work a
    check covers (three, the last joined by "мен"): the page lists its rules, it is no research article."""
    lines = ["Ғылым: нормативтік құжаттар",
             "Құжат | Бекітілген күні | Файл",
             "Дипломдық жұмыс туралы ереже | Ғылыми кеңес, 2026 ж. 25 маусым, № 10 хаттама | PDF, 480 КБ",
             "Магистрлік диссертация туралы ереже | Ғылыми кеңес, 2026 ж. 25 маусым, № 10 хаттама | PDF, 590 КБ",
             "Ғылыми жобаларды басқару туралы ереже | Ғылыми кеңес, 2024 ж. 29 қаңтар | PDF, 300 КБ",
             "Академиялық адалдық саясаты | Ғылыми кеңес, 2023 ж. 28 тамыз | PDF, 390 КБ",
             "Плагиатқа қарсы бағдарлама бойынша ақпарат",
             "Университетте барлық дипломдық жұмыстар, магистрлік диссертациялар мен ғылыми мақалалар мәтіндік сәйкестікке "
             "тексеріледі. Тексеруді кітапхана жүргізеді. Нәтиже бір жұмыс күні ішінде беріледі."]
    html = ("<html><head><meta charset='utf-8'><title>Ғылым: нормативтік құжаттар</title></head><body>"
            + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>")
    doc = extract_document(html.encode("utf-8"), f"{U}/kk/gylym/qujattar", "text/html; charset=utf-8")
    found = verdicts(detector, doc)
    assert found.get("thesis_regulation", 0) >= 0.5, found
    assert found.get("master_thesis_regulation", 0) >= 0.5, found


def test_methodological_recommendations_in_kazakh_either_word_are_a_guide(detector: Detector) -> None:
    """"әдістемелік ұсыныстар" is as much a guide as "әдістемелік ұсынымдар", also reached from its Russian twin."""
    doc = Document(url=f"{U}/kz/research/magistrlik-dissertatsiyany-zhazu/", kind="html",
                   title="Магистрлік диссертацияны жазу бойынша әдістемелік ұсыныстар | Университет",
                   headings=["Магистрлік диссертацияны жазу бойынша әдістемелік ұсыныстар"],
                   body="Магистрлік диссертацияны жазу бойынша әдістемелік ұсыныстар\n"
                        "Мазмұны: 1. Тақырыпты таңдау. 2. Әдебиеттерге шолу. 3. Рәсімдеу.\n"
                        "Ұсыныстар кафедраның оқу-әдістемелік құралы болып табылады.",
                   anchor_texts=["Қазақша"],
                   referrer_title="Методические рекомендации по написанию магистерской диссертации | Университет")
    assert verdicts(detector, doc).get("master_thesis_regulation", 0) < 0.5


def test_a_paper_procedure_whose_online_service_is_still_to_come_is_no_online_service(detector: Detector) -> None:
    """What the page says is being built ("ведёт работу над онлайн-сервисом ...; о его запуске будет сообщено") gives a
    transfer page's title no online service to name."""
    doc = excerpt(f"{U}/ru/students/perevod",
                  "Перевод и восстановление\n"
                  "Порядок перевода и восстановления обучающихся\n"
                  "1. Получите в своём вузе транскрипт и справку об обучении.\n"
                  "2. Лично подайте заявление на имя ректора в Офис регистратора (каб. 110).\n"
                  "3. Офис регистратора в течение пяти рабочих дней определяет академическую разницу.\n"
                  "Университет ведёт работу над онлайн-сервисом подачи заявлений на перевод; о его запуске будет сообщено "
                  "дополнительно.\n"
                  "Офис регистратора: registrar@uni.example.test")
    assert verdicts(detector, doc).get("online_transfer_service", 0) < 0.5


@pytest.mark.parametrize("sentence", [
    "Если вы уже учитесь на платной основе, о возможности перевода на грант читайте в разделе «Студентам».",
    "Ақылы негізде оқып жүрсеңіз, грантқа ауысу мүмкіндігі туралы «Студентке» бөлімінен оқыңыз.",
])
def test_a_sentence_that_sends_the_reader_to_another_section_is_no_evidence(detector: Detector, sentence: str) -> None:
    doc = excerpt(f"{U}/ru/abiturient/granty",
                  "Как поступить на грант\n"
                  "Государственные образовательные гранты присуждаются по итогам конкурса на основе баллов ЕНТ.\n"
                  "Заявление на конкурс подаётся через портал в сроки, установленные министерством.\n" + sentence)
    assert verdicts(detector, doc).get("grant_transfer_candidates", 0) < 0.5


def test_own_news_with_a_table_of_its_mobility_participants_carries_the_information(detector: Detector) -> None:
    doc = excerpt(f"{U}/en/news/international/students-abroad-2026",
                  "Twelve students start the autumn semester at partner universities\n"
                  "9 September 2026 | International Office\n"
                  "Twelve bachelor's students of the University have begun the autumn semester of the 2026-2027 academic year "
                  "at partner universities under the outgoing academic mobility programme.\n"
                  "Participants of outgoing academic mobility, autumn semester 2026-2027\n"
                  "Student | Programme | Host university | Country\n"
                  "Aruzhan K. | Mathematics | Vilnius University | Lithuania\n"
                  "Nursultan B. | History | Ankara University | Turkey\n"
                  "Dina S. | Chemistry | University of Tartu | Estonia\n"
                  "Tags: academic mobility, international")
    assert verdicts(detector, doc).get("academic_mobility", 0) >= 0.5


def test_documents_listed_with_their_files_on_a_section_page_are_found_beside_a_news_sidebar(detector: Detector) -> None:
    """A section page lists the institution's documents by title with their files (interface.md: evidence); the blog's
    "Последние записи" sidebar does not make them news."""
    doc = excerpt(f"{U}/ru/university/antikor/",
                  "Противодействие коррупции\n"
                  "В разделе размещены внутренние документы университета в сфере противодействия коррупции.\n"
                  "Документы университета\n"
                  "Антикоррупционная политика НАО «Университет» (утверждена решением Совета директоров, протокол № 4 от "
                  "20.06.2026) – скачать PDF\n"
                  "Политика урегулирования конфликта интересов – скачать PDF\n"
                  "Положение о процедуре «Подарки и представительские расходы» – скачать PDF\n"
                  "Последние записи\n"
                  "Студенты приняли участие в областном форуме «Адал жастар»\n"
                  "Итоги конкурса эссе «Жемқорлықсыз болашақ»")
    found = verdicts(detector, doc)
    for aid in ("anticorruption_policy", "conflict_of_interest_policy", "gifts_policy"):
        assert found.get(aid, 0) >= 0.5, (aid, found)


@pytest.mark.parametrize("url, intro", [
    ("https://erasmusplus-example.kz/en/opportunities/credit-mobility",  # (never contacted)
     "Calls are announced by European partner universities."),
    ("https://mobility.example.test/en/calls/credit-mobility",
     "The National Office informs students and staff of Kazakhstani higher education institutions about open calls for "
     "credit mobility."),
])
def test_a_national_programme_offices_call_is_no_institutions_mobility_information(detector: Detector, url: str,
                                                                                   intro: str) -> None:
    doc = excerpt(url, "Call for applications: International Credit Mobility, spring semester 2027\n"
                       "Published: 2 October 2026\n" + intro + "\n"
                       "Who can apply\n"
                       "Bachelor's and master's students enrolled at a university that has an agreement with the host university\n"
                       "Host university | Country | Level | Deadline\n"
                       "University of Granada | Spain | Bachelor | 20 November 2026")
    assert verdicts(detector, doc).get("academic_mobility", 0) < 0.5


def test_a_service_whose_window_is_ahead_is_still_the_service(detector: Detector) -> None:
    """"Приём заявок онлайн будет открыт 1 июля" gives the service's dates: it is there, unlike one still being built."""
    doc = excerpt(f"{U}/ru/students/perevod",
                  "Перевод и восстановление\n"
                  "Заявления на перевод из другого вуза принимаются онлайн через личный кабинет на портале университета.\n"
                  "Приём заявлений онлайн будет открыт 1 июля и продлится до 10 августа; о сроках зимнего перевода будет "
                  "сообщено дополнительно.\n"
                  "Офис регистратора: registrar@uni.example.test")
    assert verdicts(detector, doc).get("online_transfer_service", 0) >= 0.5


def test_a_board_of_directors_annual_report_in_a_governance_code_is_no_heads_report(detector: Detector) -> None:
    """"Совет директоров ... раскрывает результаты в годовом отчете": the directors of a board are no institution's head,
    and a clause that sets a yearly duty gives no report."""
    doc = excerpt(f"{U}/ru/university/corporate-governance/kodeks",
                  "Кодекс корпоративного управления НАО «Университет»\n"
                  "Главная › Университет › Корпоративное управление › Кодекс корпоративного управления\n"
                  "Глава 1. Общие положения\n"
                  "1. Настоящий Кодекс определяет принципы, которыми университет руководствуется во взаимоотношениях с "
                  "акционером, работниками и обучающимися.\n"
                  "2. Кодекс основан на законодательстве Республики Казахстан и Уставе университета.\n"
                  "Глава 2. Совет директоров\n"
                  "3. Совет директоров определяет стратегию развития университета и контролирует деятельность Правления.\n"
                  "4. В состав Совета директоров входят независимые директора.\n"
                  "Глава 3. Правление\n"
                  "5. Правление возглавляет Председатель Правления — Ректор.\n"
                  "6. Правление ежегодно представляет Совету директоров отчет об исполнении плана развития.\n"
                  "Глава 4. Прозрачность\n"
                  "7. Университет раскрывает на своем интернет-ресурсе информацию о структуре управления, составе Совета "
                  "директоров и Правления, годовую отчетность и сведения о крупных сделках.\n"
                  "8. Совет директоров ежегодно оценивает соблюдение Кодекса и раскрывает результаты в годовом отчете.")
    assert verdicts(detector, doc).get("head_annual_report", 0) < 0.5


def test_a_list_of_minutes_names_its_sittings_agendas_not_other_artefacts(detector: Detector) -> None:
    doc = excerpt(f"{U}/ru/antikor/protokoly",
                  "Протоколы заседаний антикоррупционной комиссии\n"
                  "Протокол № 1 от 12.02.2026 — «Об итогах зимней экзаменационной сессии» — PDF, 180 КБ\n"
                  "Протокол № 2 от 14.05.2026 — «О мерах по обеспечению прозрачности летней экзаменационной сессии» — PDF, 184 КБ\n"
                  "Протокол № 3 от 10.09.2026 — «О результатах анкетирования обучающихся» — PDF, 175 КБ")
    found = verdicts(detector, doc)
    assert found.get("anticorruption_commission_reports", 0) >= 0.5, found
    assert found.get("exam_rules", 0) < 0.5 and found.get("survey_results", 0) < 0.5, found


def test_a_portal_that_says_it_is_no_institutions_site_is_another_organisations_page(detector: Detector) -> None:
    lines = ["Гуманитарлық университет – гранттар, жатақхана | Portal.kz",
             "Жатақхана | бар, 3 ғимарат",
             "«Жатақханаға орын аз, ерте өтініш беру керек» – Дана, 3-курс",
             "Назар аударыңыз: Portal.kz – тәуелсіз ақпараттық портал, университеттің ресми сайты емес. Нақты ақпаратты "
             "университеттің ресми сайтынан тексеріңіз."]
    html = (f"<html><head><meta charset='utf-8'><title>{lines[0]}</title></head><body>"
            + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>")
    doc = extract_document(html.encode("utf-8"), "https://portal-example.kz/kk/universities/u1",  # (never contacted)
                           "text/html; charset=utf-8")
    assert verdicts(detector, doc).get("dormitory_online_registration", 0) < 0.5


def test_the_competition_commissions_name_is_no_vacancy_announcement(detector: Detector) -> None:
    doc = excerpt(f"{U}/en/hr/competition-commission/minutes-3",
                  "Minutes of the Competition Commission Meeting No. 3 (20 September 2026)\n"
                  "Almaty, 20 September 2026\n"
                  "Competition commission for filling vacant academic and research positions\n"
                  "Present: 5 of 6 members. Secretary: S. Amanova.\n"
                  "Position | Candidate | Votes | Decision\n"
                  "Associate Professor | Nurlan Bekov | 5 / 0 | Elected\n"
                  "Senior Lecturer | Anna Pak | 4 / 1 | Elected")
    found = verdicts(detector, doc)
    assert found.get("competition_commission_minutes", 0) >= 0.5, found
    assert found.get("vacancy_announcements", 0) < 0.5, found


def test_an_analytical_note_on_the_results_of_the_institutions_survey_is_its_results(detector: Detector) -> None:
    """"АНАЛИТИЧЕСКАЯ СПРАВКА / по результатам анкетирования «Преподаватель глазами студентов»" reports the survey the
    institution ran: no guide about a topic."""
    doc = pdf_text(f"{U}/ru/kachestvo/anketirovanie/itogi-2025-2026.pdf",
                   "НАО «Университет»\n"
                   "Отдел мониторинга качества образования\n"
                   "АНАЛИТИЧЕСКАЯ СПРАВКА\n"
                   "по результатам анкетирования «Преподаватель глазами студентов»\n"
                   "за 2025-2026 учебный год\n"
                   "1. Общие сведения\n"
                   "Анкетирование проводилось в онлайн-формате. Количество респондентов: 3 200 обучающихся.\n"
                   "Критерий | Средний балл\n"
                   "Объективность оценивания | 4,41\n"
                   "Уважительное отношение к студентам | 4,70\n"
                   "Начальник отдела __________ Е. В. Кравченко")
    assert verdicts(detector, doc).get("teacher_evaluation_surveys", 0) >= 0.5


def test_a_partners_code_the_page_says_is_not_the_institutions_is_another_organisations(detector: Detector) -> None:
    doc = pdf_text(f"{U}/en/international/partners/partner-code.pdf",
                   "NORDIC INSTITUTE OF TECHNOLOGY (Tallinn, Estonia)\n"
                   "CODE OF ACADEMIC INTEGRITY\n"
                   "Adopted by the Senate of the Nordic Institute of Technology, Resolution No. 7/2024\n"
                   "(copy provided to partner universities for information under the exchange agreement; not a document of "
                   "Steppe International University)\n"
                   "Section 1. Purpose\n"
                   "1.1. This Code sets out the standards of academic integrity expected of all students and staff of the "
                   "Institute, including incoming exchange students.\n"
                   "Section 2. Academic misconduct\n"
                   "2.1. Plagiarism, cheating in examinations, fabrication of data.")
    found = verdicts(detector, doc)
    assert found.get("student_ethics_code", 0) < 0.5 and found.get("staff_ethics_code", 0) < 0.5, found


def test_an_unofficial_summary_of_government_rules_is_no_list_of_the_institutions_vacant_grants(detector: Detector) -> None:
    doc = excerpt(f"{U}/en/international-students/grant-rules-summary",
                  "Rules for awarding educational grants (unofficial English summary)\n"
                  "Note: This is an unofficial English summary of rules approved by the Government of the Republic of "
                  "Kazakhstan, prepared by the International Office for prospective applicants.\n"
                  "1. Who can receive a state educational grant\n"
                  "Citizens of Kazakhstan may compete for state educational grants.\n"
                  "2. Vacated grants\n"
                  "When a grant holder is expelled or transfers, the vacated grant may be awarded to a fee-paying student of "
                  "the same programme on a competitive basis.")
    assert verdicts(detector, doc).get("grant_transfer_candidates", 0) < 0.5


def test_a_national_code_the_page_says_is_not_adopted_by_the_university_is_not_its_code(detector: Detector) -> None:
    doc = excerpt(f"{U}/en/anti-corruption/civil-servants-code",
                  "Code of Ethics of Civil Servants (Rules of Service Ethics) — translation\n"
                  "Disclaimer: This translation is provided for foreign staff for information. It applies to civil servants "
                  "and is not a code adopted by the University.\n"
                  "1. General provisions\n"
                  "1.1. This Code establishes standards of ethical conduct for civil servants.\n"
                  "2. Civil servants shall be honest, impartial and fair and shall prevent conflicts of interest.")
    assert verdicts(detector, doc).get("staff_ethics_code", 0) < 0.5


def test_a_regulations_numbered_clause_opening_a_list_is_no_section_naming_a_composition(detector: Detector) -> None:
    """"5.1. Члены Совета вправе:" in the Board of Trustees' regulation is a clause, not a section that lists members."""
    doc = excerpt(f"{C}/ru/o-kolledzhe/popechitelskiy-sovet/polozhenie",
                  "Положение о Попечительском совете\n"
                  "1. Общие положения\n"
                  "1.1. Настоящее Положение определяет порядок формирования и деятельности Попечительского совета колледжа.\n"
                  "5. Права и обязанности членов Совета\n"
                  "5.1. Члены Совета вправе:\n"
                  "– запрашивать у администрации колледжа необходимую информацию;\n"
                  "– вносить предложения по улучшению работы колледжа.\n"
                  "5.2. Члены Совета обязаны:\n"
                  "– соблюдать настоящее Положение.")
    found = verdicts(detector, doc, "college")
    assert found.get("board_of_trustees_regulation", 0) >= 0.5, found
    assert found.get("board_of_trustees_composition", 0) < 0.5, found


def test_a_vice_rectors_blog_is_no_heads_blog(detector: Detector) -> None:
    lines = ["Блог проректора по социально-воспитательной работе | Университет",
             "Блог проректора по социально-воспитательной работе",
             "Вопросы и ответы",
             "18.10.2026 – Положена ли скидка на проезд студентам?",
             "Ответ: Да, по студенческой карте."]
    html = (f"<html><head><meta charset='utf-8'><title>{lines[0]}</title></head><body>"
            + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>")
    doc = extract_document(html.encode("utf-8"), f"{U}/ru/studentu/blog-prorektora", "text/html; charset=utf-8")
    assert verdicts(detector, doc).get("head_blog", 0) < 0.5


@pytest.mark.parametrize("title", [
    "Анонс: анкетирование «Преподаватель глазами студентов» пройдёт в декабре",
    "«Оқытушы студенттердің көзқарасымен» сауалнамасы жақында басталады",
])
def test_a_teacher_evaluation_survey_still_to_come_is_no_survey(detector: Detector, title: str) -> None:
    lines = [title, "Новости | Объявления | 20.11.2026",
             "Анкета будет доступна в личном кабинете студента после открытия опроса.",
             "Вопросы можно направить в Центр качества образования."]
    html = (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>")
    doc = extract_document(html.encode("utf-8"), f"{U}/ru/news/anketirovanie-dekabr", "text/html; charset=utf-8")
    assert verdicts(detector, doc).get("teacher_evaluation_surveys", 0) < 0.5


def test_a_teacher_evaluation_questionnaire_being_run_is_the_survey(detector: Detector) -> None:
    doc = excerpt(f"{U}/ru/kachestvo/anketa",
                  "Анкета «Преподаватель глазами студентов»\n"
                  "Уважаемые студенты! Оцените, пожалуйста, работу преподавателей в осеннем семестре 2026-2027 учебного года.\n"
                  "1. Преподаватель объясняет материал доступно: 1 2 3 4 5\n"
                  "2. Преподаватель объективно оценивает знания: 1 2 3 4 5\n"
                  "[Отправить]")
    assert verdicts(detector, doc).get("teacher_evaluation_surveys", 0) >= 0.5


def test_a_research_centre_named_after_anti_corruption_policy_is_no_policy(detector: Detector) -> None:
    doc = excerpt(f"{U}/ru/science/centers/pravo-antikor",
                  "Научно-исследовательский центр «Право и антикоррупционная политика»\n"
                  "О центре\n"
                  "Центр создан при юридическом факультете для исследований в области права и противодействия коррупции.\n"
                  "Направления исследований\n"
                  "- сравнительный анализ антикоррупционного законодательства стран Центральной Азии;\n"
                  "- коррупционные риски в сфере образования.")
    assert verdicts(detector, doc).get("anticorruption_policy", 0) < 0.5


def test_an_announcement_about_a_teacher_evaluation_survey_the_department_plans_is_no_survey(detector: Detector) -> None:
    lines = ["«Оқытушы студенттер көзімен» сауалнамасы туралы хабарландыру — Университет",
             "«Оқытушы студенттер көзімен» сауалнамасы туралы хабарландыру",
             "Академиялық сапа департаменті күзгі семестр бойынша сауалнама өткізуді жоспарлап отыр.",
             "Сауалнамаға сілтеме ашылған күні жеке кабинеттеріңізге жіберіледі."]
    html = (f"<html><head><meta charset='utf-8'><title>{lines[0]}</title></head><body>"
            + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>")
    doc = extract_document(html.encode("utf-8"), f"{U}/kk/announcements/saualnama", "text/html; charset=utf-8")
    assert verdicts(detector, doc).get("teacher_evaluation_surveys", 0) < 0.5


def test_a_dormitory_page_saying_online_registration_is_not_offered_is_no_online_registration(detector: Detector) -> None:
    doc = excerpt(f"{U}/ru/student/obshchezhitiya/zaselenie",
                  "Заселение в общежитие на 2026-2027 учебный год\n"
                  "Обращаем внимание: в этом учебном году онлайн-заселение (регистрация в общежитие через личный кабинет) не "
                  "проводится в связи с переходом на новую информационную систему.\n"
                  "Где подать заявление: Центр обслуживания студентов, каб. 105.\n"
                  "Стоимость проживания: 9 500 тг/мес.")
    assert verdicts(detector, doc).get("dormitory_online_registration", 0) < 0.5


@pytest.mark.parametrize("title, itype, aid", [
    ("Приём заявок от студентов для включения в состав антикоррупционной комиссии университета", "university",
     "anticorruption_commission_composition"),
    ("Приём предложений по кандидатурам в новый состав Попечительского совета колледжа", "college",
     "board_of_trustees_composition"),
])
def test_a_call_for_candidates_to_a_body_is_no_composition(detector: Detector, title: str, itype: str, aid: str) -> None:
    doc = excerpt(f"{U}/ru/announcements/call", f"{title}\n"
                  "Объявления / 12 ноября 2026\n"
                  "Кандидатами могут быть обучающиеся и представители общественности.\n"
                  "Для выдвижения кандидатуры необходимо направить заявление до 5 декабря 2026 года.")
    assert verdicts(detector, doc, itype).get(aid, 0) < 0.5


def test_own_news_with_its_participants_table_under_a_colon_line(detector: Detector) -> None:
    doc = excerpt(f"{U}/en/news/students-complete-semester",
                  "Ten students complete the spring semester at a partner university\n"
                  "News / International / 18 July 2026\n"
                  "Ten bachelor's students of the University have returned after completing the spring semester of 2025-2026 "
                  "at a partner university under the university's academic mobility programme.\n"
                  "Participants of the spring 2026 mobility:\n"
                  "Name | Programme | Host university | Credits recognised\n"
                  "Aruzhan Seitkali | Computer Engineering | Riga Technical University | 30 ECTS\n"
                  "Daniyar Omarov | Logistics | Riga Technical University | 30 ECTS\n"
                  "Madina Kassymova | Finance | Riga Technical University | 28 ECTS\n"
                  "Contact: Academic Mobility Office, room 214")
    assert verdicts(detector, doc).get("academic_mobility", 0) >= 0.5


def test_a_vendors_page_that_asks_for_a_demo_request_and_lists_who_uses_it_is_no_e_journal(detector: Detector) -> None:
    doc = excerpt(f"{C}/ru/products/e-journal",
                  "Электронный журнал посещаемости и успеваемости\n"
                  "Модуль «Электронный журнал» входит в состав платформы для организаций технического образования.\n"
                  "Возможности модуля\n"
                  "- Ведение посещаемости и текущих оценок по всем дисциплинам.\n"
                  "Кто уже использует\n"
                  "Более 140 колледжей в 14 областях.\n"
                  "Оставьте заявку на демонстрацию: sales@vendor.example.test")
    assert verdicts(detector, doc, "college").get("e_journal", 0) < 0.5


def test_a_partners_code_reproduced_for_information_is_another_organisations(detector: Detector) -> None:
    doc = excerpt(f"{U}/en/international/exchange/partner-student-code",
                  "Student Code of Ethics — Partner Technical University, Riga\n"
                  "The text below is the Student Code of Ethics adopted by the Senate of our partner, Partner Technical "
                  "University, Latvia. It is reproduced here for information for students preparing for an exchange semester.\n"
                  "Article 1. Academic honesty\n"
                  "1.1. Students submit only their own work; plagiarism and cheating in examinations are prohibited.")
    found = verdicts(detector, doc)
    assert found.get("student_ethics_code", 0) < 0.5 and found.get("academic_mobility", 0) < 0.5, found


def test_a_rectors_profile_saying_each_january_he_presents_a_report_is_no_report(detector: Detector) -> None:
    doc = excerpt(f"{U}/en/about/leadership/rector",
                  "Rector\n"
                  "Askar Bekov, Rector, Chairman of the Management Board\n"
                  "Biography\n"
                  "Born in 1971. Since 2021 — Rector of the University.\n"
                  "Priorities of the rector\n"
                  "Transparency of governance and digital services. Each January the rector presents an annual public report "
                  "to staff, students and the public.\n"
                  "Reception hours: Wednesdays 15:00-17:00.")
    assert verdicts(detector, doc).get("head_annual_report", 0) < 0.5


def test_the_dissertation_councils_chairs_profile_is_no_council_regulation(detector: Detector) -> None:
    doc = excerpt(f"{U}/kk/science/dissertation-council/chairman",
                  "Диссертациялық кеңес төрағасы\n"
                  "Қасымов Мұрат Ерболұлы\n"
                  "Техника ғылымдарының докторы, профессор\n"
                  "Білімі\n"
                  "1994 — Алматы энергетика институты.\n"
                  "2011 — техника ғылымдарының докторы.")
    assert verdicts(detector, doc).get("dissertation_council_regulation", 0) < 0.5


def test_a_listed_titles_note_in_square_brackets_is_no_part_of_it(detector: Detector) -> None:
    """"... (утверждено решением ..., протокол № 2 от 12.09.2024) [PDF, 300 КБ]": the approval note's "протокол" is the
    approving body's minutes, no negative of the regulation it follows."""
    doc = excerpt(f"{C}/ru/o-kolledzhe/ps",
                  "Попечительский совет\n"
                  "Главная / О колледже / Попечительский совет\n"
                  "Попечительский совет содействует развитию колледжа и открытости его деятельности.\n"
                  "Документы\n"
                  "1. Положение о Попечительском совете колледжа (утверждено решением педагогического совета, "
                  "протокол № 2 от 12.09.2024 г.)  [PDF, 300 КБ]\n"
                  "2. План работы совета на 2026-2027 учебный год  [PDF, 120 КБ]")
    assert found_verdicts(detector, doc, "college").get("board_of_trustees_regulation", 0) >= 0.5


def test_a_list_entrys_name_before_its_dash_and_description_names_a_service(detector: Detector) -> None:
    doc = excerpt(f"{C}/ru/direktor",
                  "Директор колледжа\n"
                  "Главная / Администрация / Директор\n"
                  "Стаж работы в системе образования — 22 года.\n"
                  "Обратная связь\n"
                  "- Блог директора — напишите директору свой вопрос онлайн, ответ придёт в течение недели.\n"
                  "- График приёма граждан — по вторникам с 15:00 до 17:00.")
    assert found_verdicts(detector, doc, "college").get("head_blog", 0) >= 0.5


def test_a_questionnaire_taken_in_the_ais_is_no_e_journal(detector: Detector) -> None:
    """"→ Перейти к анкете в Platonus" on a teacher-evaluation page: the AIS there holds the questionnaire, not the journal
    (the page speaks of marks, which would let the AIS's name stand for the journal)."""
    text = ("Анкета «Преподаватель глазами обучающихся» — весенний семестр 2026-2027 учебного года\n"
            "Главная / Обучающимся / Качество образования\n"
            "С 16 ноября по 10 декабря 2026 года проводится анкетирование обучающихся о качестве преподавания.\n"
            "Анкета заполняется в личном кабинете Platonus (раздел «Анкетирование») отдельно по каждой дисциплине. "
            "Анкета анонимна и на ваши оценки не влияет.\n"
            "Вопросы анкеты (оцените по шкале от 1 до 5):\n"
            "1. Преподаватель объясняет материал понятно.\n"
            "2. Критерии оценки знаний объявлены в начале семестра.\n"
            "→ Перейти к анкете в Platonus\n"
            "По вопросам: отдел обеспечения качества, каб. 214.")
    doc = extract_document(wrap_html(text).encode("utf-8"), f"{U}/ru/kachestvo/anketa", "text/html; charset=utf-8")
    assert "e_journal" not in found_verdicts(detector, doc)


def test_a_code_of_conduct_for_suppliers_is_no_code_of_the_staff_or_students(detector: Detector) -> None:
    doc = excerpt(f"{U}/en/partners/suppliers-code",
                  "Code of Conduct for Suppliers and Contractors\n"
                  "Home > Partners > Suppliers\n"
                  "This Code sets out the standards of business conduct the University expects of the companies that "
                  "supply it with goods and services.\n"
                  "Suppliers must not offer any gift or payment to University employees or students.")
    assert not {"staff_ethics_code", "student_ethics_code"} & set(found_verdicts(detector, doc))


def test_a_title_line_that_goes_on_in_the_next_is_read_with_it(detector: Detector) -> None:
    """"Оқытушылардың бос лауазымдарына орналасу конкурсы бойынша" / "конкурстық комиссия отырысының хаттамасы": the
    first line of the minutes' title is no vacancy notice."""
    doc = pdf_text(f"{C}/upload/hattama-3.pdf",
                   "Оқытушылардың бос лауазымдарына орналасу конкурсы бойынша\n"
                   "КОНКУРСТЫҚ КОМИССИЯ ОТЫРЫСЫНЫҢ ХАТТАМАСЫ № 3\n"
                   "Павлодар қ. 2026 жылғы 12 қыркүйек\n"
                   "Төраға: Ахметова Г.С.\n"
                   "КҮН ТӘРТІБІ: конкурсқа қатысушылардың құжаттарын қарау.\n"
                   "ҚАУЛЫ ЕТТІ: Сейтов Б.А. конкурс жеңімпазы деп танылсын.")
    evidence = found_verdicts(detector, doc, "college")
    assert evidence.get("competition_commission_minutes", 0) >= 0.5 and "vacancy_announcements" not in evidence


def test_an_english_plan_named_as_measures_to_prevent_corruption(detector: Detector) -> None:
    doc = excerpt(f"{U}/en/compliance/measures-2026",
                  "Corruption Prevention Measures for 2026\n"
                  "Home > University > Compliance\n"
                  "1. Review the University's internal regulations for corruption risks. Deadline: March 2026.\n"
                  "2. Hold anti-corruption hours in first-year groups. Deadline: October 2026.")
    assert found_verdicts(detector, doc).get("anticorruption_plan", 0) >= 0.5


def test_a_named_example_in_a_titles_bracketed_enumeration_negates_nothing(detector: Detector) -> None:
    """"Списки претендентов на именные стипендии (Президентская, «Болашақ», имени основателя) ...": a national programme
    named among the title's examples does not make the university's list the programme's."""
    doc = excerpt(f"{U}/ru/obuchayushchimsya/stipendii",
                  "Стипендии\n"
                  "Главная / Обучающимся / Стипендии\n"
                  "Стипендия назначается по итогам промежуточной аттестации.\n"
                  "Документы\n"
                  "- Списки претендентов на именные стипендии (Президентская стипендия, стипендия фонда «Болашак», "
                  "стипендия имени основателя университета), 2026-2027 учебный год  [PDF]\n"
                  "- Состав стипендиальной комиссии  [PDF]")
    assert found_verdicts(detector, doc).get("scholarship_candidates", 0) >= 0.5


def test_a_round_the_clock_contact_centre_with_its_number_is_the_hotline(detector: Detector) -> None:
    doc = excerpt(f"{U}/kk/",
                  "Университет — Басты бет\n"
                  "Университет | Талапкерге | Білім алушыларға | Ғылым | Байланыс\n"
                  "Хабарландырулар\n"
                  "— Байланыс орталығы: +7 (7252) 21-44-10 — өтініштер мен шағымдар тәулік бойы қабылданады.\n"
                  "— Кітапхана сенбі күні 10:00-ден 15:00-ге дейін жұмыс істейді.")
    assert found_verdicts(detector, doc).get("hotline", 0) >= 0.5


def test_a_hiring_steps_word_on_where_vacancies_are_published_is_no_vacancy_notice(detector: Detector) -> None:
    text = ("Кадр бөлімі — Университет\n"
            "Басты бет / Университет / Құрылым / Кадр бөлімі\n"
            "Кадр бөлімі\n"
            "Бөлім қызметкерлерді іріктеу мен қабылдауды, еңбек шарттарын ресімдеуді және кадрлық құжаттарды жүргізуді "
            "ұйымдастырады.\n"
            "Бөлім басшысы: Нұрланова Ж.Қ., 214 каб., +7 (7252) 21-40-18\n"
            "Жұмысқа қабылдау тәртібі\n"
            "1. Бос лауазым туралы хабарландыру университет сайтында және enbek.kz порталында жарияланады.\n"
            "2. Үміткер құжаттарын кадр бөліміне немесе электрондық пошта арқылы тапсырады.\n"
            "3. Конкурс нәтижелері бойынша ректордың бұйрығы шығарылады.")
    doc = extract_document(wrap_html(text).encode("utf-8"), f"{U}/kk/university/kadr", "text/html; charset=utf-8")
    assert "vacancy_announcements" not in found_verdicts(detector, doc)


def test_a_proposal_to_set_something_up_is_a_draft(detector: Detector) -> None:
    doc = excerpt(f"{U}/en/student-life/initiatives/integrity-school",
                  "Proposal: an Integrity School at the University\n"
                  "Home > Student Life > Student Council > Initiatives\n"
                  "Student Council initiative, submitted 2 November 2026. Status: under consideration (not approved).\n"
                  "We propose an Integrity School of eight sessions a year on academic honesty and anti-corruption law.\n"
                  "Comments are welcome until 30 November 2026.")
    assert "integrity_school" not in found_verdicts(detector, doc)


def test_a_ministers_approval_block_broken_over_lines_marks_a_national_act(detector: Detector) -> None:
    doc = excerpt(f"{U}/kz/personnel/normative/konkurs-qagidalary",
                  "Педагогтердің лауазымдарына конкурстық орналасу қағидалары\n"
                  "Басты бет / Университет / Персонал / Нормативтік құжаттар\n"
                  "Қазақстан Республикасы\n"
                  "Білім және ғылым министрінің\n"
                  "2015 жылғы 23 сәуірдегі\n"
                  "№ 230 бұйрығымен бекітілген\n"
                  "ПЕДАГОГТЕРДІҢ ЛАУАЗЫМДАРЫНА КОНКУРСТЫҚ ОРНАЛАСУ ҚАҒИДАЛАРЫ\n"
                  "1. Осы Қағидалар лауазымдарға конкурстық орналасу тәртібін айқындайды.\n"
                  "2. Конкурс бос лауазымдарға орналасу үшін өткізіледі.")
    assert "vacancy_rules" not in found_verdicts(detector, doc)


def test_a_headline_saying_the_rector_is_to_present_the_report_announces_it(detector: Detector) -> None:
    doc = excerpt(f"{U}/en/press/announcements/rector-report",
                  "Rector to present annual public report on 14 December\n"
                  "Home / Press Centre / Announcements\n"
                  "On 14 December 2026 the Rector will speak about admissions, teaching, research and finances, and answer "
                  "questions from students, staff and parents. The meeting will be streamed live.")
    assert "head_annual_report" not in found_verdicts(detector, doc)
    own = excerpt(f"{U}/en/rector/report-2025",
                  "Rector's Report to the Public for 2025\n"
                  "Home / About / Rector\n"
                  "Every year I report to you on what the university has achieved. This report covers the year 2025.\n"
                  "1. Students and admissions. In 2025 the university admitted 4,900 first-year students.")
    assert found_verdicts(detector, own).get("head_annual_report", 0) >= 0.5


def test_the_chairs_of_attestation_commissions_are_no_exam_rules(detector: Detector) -> None:
    doc = excerpt(f"{U}/kz/student/attestattau/toragalar",
                  "2026-2027 оқу жылына арналған қорытынды аттестаттау комиссияларының төрағалары\n"
                  "Басты бет / Білім алушыға / Қорытынды аттестаттау\n"
                  "Ректордың бұйрығымен аттестаттау комиссияларының төрағалары бекітілді.\n"
                  "– 6B01501 Математика – Әбенов Н. Т., ф.-м.ғ.к., лицей директоры;\n"
                  "– 6B04101 Экономика – Рахова Л. С., э.ғ.к.")
    assert "exam_rules" not in found_verdicts(detector, doc)


def test_an_excerpt_of_national_rules_on_vacant_grants_is_no_candidate_list(detector: Detector) -> None:
    doc = excerpt(f"{U}/kz/student/npa/grant-qagidalary",
                  "Білім беру грантын тағайындау қағидалары (үзінді)\n"
                  "Басты бет / Білім алушыға / Нормативтік құқықтық актілер\n"
                  "Төменде Қазақстан Республикасы Үкіметінің қаулысымен бекітілген Қағидалардан босаған білім беру "
                  "гранттарын беруге қатысты үзінді жарияланады.\n"
                  "1-тарау. Жалпы ережелер\n"
                  "1. Осы Қағидалар білім беру грантын тағайындау тәртібін айқындайды.\n"
                  "5-тарау. Босаған білім беру гранттарын беру тәртібі\n"
                  "45. Босаған білім беру гранттары ақылы негізде оқитын білім алушылар арасында конкурстық негізде беріледі.\n"
                  "46. Босаған білім беру гранттарын беру жазғы және қысқы каникул кезеңінде жүзеге асырылады.\n"
                  "Толық мәтін: adilet.zan.kz")
    assert "grant_transfer_candidates" not in found_verdicts(detector, doc)



def test_a_survey_whose_results_will_be_considered_later_has_no_results_yet(detector: Detector) -> None:
    doc = excerpt(f"{U}/kk/partners/employer-survey",
                  "Жұмыс берушілерге арналған сауалнама\n"
                  "Басты бет / Серіктестер / Жұмыс берушілер сауалнамасы\n"
                  "Мансап орталығы 2026 жылғы 1 қарашадан 20 желтоқсанға дейін жұмыс берушілер арасында сауалнама жүргізеді.\n"
                  "1. Түлектердің кәсіби білімін 1-ден 5-ке дейінгі шкала бойынша бағалаңыз.\n"
                  "Сауалнама қорытындысы академиялық комитеттердің отырыстарында қаралатын болады.")
    assert "survey_results" not in found_verdicts(detector, doc)


def test_an_integrity_leagues_page_is_no_student_code(detector: Detector) -> None:
    doc = excerpt("https://integrity-league-example.kz/en/membership",
                  "Membership — Academic Integrity League of Kazakhstan\n"
                  "Academic Integrity League of Kazakhstan\n"
                  "Home / Membership\n"
                  "Universities that join the League undertake to:\n"
                  "1. adopt an academic integrity policy binding students and staff;\n"
                  "2. publish its code of academic conduct on its website;\n"
                  "3. submit an annual self-assessment report to the League secretariat.")
    assert "student_ethics_code" not in found_verdicts(detector, doc)


def test_an_initial_or_an_abbreviation_before_a_name_ends_no_sentence() -> None:
    from detectors.normalize import split_sentences

    line = ("Конкурс проводится в соответствии с Правилами конкурсного замещения должностей, утверждёнными решением "
            "Совета директоров НАО «ЕНУ им. Л.Н. Гумилева» (протокол № 4 от 28.03.2024), и Квалификационными требованиями "
            "к должностям ППС университета, которые опубликованы на сайте. Документы принимаются по адресу: ул. Сатпаева, 2.")
    assert split_sentences(line) == [line[:line.index(" Документы")], line[line.index("Документы"):]]


def test_a_citation_of_the_rules_in_an_announcement_is_no_listing_of_them(detector: Detector) -> None:
    doc = excerpt(f"{U}/ru/university/hr/konkurs-2026",
                  "Объявление о конкурсе на замещение вакантных должностей ППС на 2026-2027 учебный год\n"
                  "Главная / Университет / Кадровая политика\n"
                  "НАО «Университет им. А.Б. Каримова» объявляет конкурс на замещение вакантных должностей профессорско-"
                  "преподавательского состава на 2026-2027 учебный год.\n"
                  "Конкурс проводится в соответствии с Правилами конкурсного замещения должностей профессорско-преподавательского "
                  "состава и научных работников, утверждёнными решением Совета директоров НАО «Университет им. А.Б. Каримова» "
                  "(протокол № 4 от 28.03.2024), и Квалификационными требованиями к должностям ППС университета.\n"
                  "Срок приёма документов – до 02.07.2026.")
    evidence = found_verdicts(detector, doc)
    assert "vacancy_announcements" in evidence and "vacancy_rules" not in evidence


def test_a_kind_line_goes_on_in_the_lower_case_line_under_it(detector: Detector) -> None:
    text = ("Правила конкурсного замещения вакантных должностей руководителей подразделений\n"
            "Университет\n"
            "Қаз | Рус | Eng    Поиск\n"
            "Университет | Поступающим | Обучающимся | Наука | Новости | Контакты\n"
            "Главная / Университет / Нормативные документы / Правила\n"
            "УТВЕРЖДЕНЫ\n"
            "решением Правления НАО «Университет»\n"
            "протокол № 9 от 30 апреля 2025 года\n"
            "ПРАВИЛА\n"
            "конкурсного замещения вакантных должностей руководителей структурных подразделений\n"
            "ПР-У-041-2025\n"
            "1. Общие положения\n"
            "1.1. Настоящие Правила определяют порядок конкурсного замещения должностей руководителей.\n"
            "2. Объявление о конкурсе\n"
            "2.1. Объявление о конкурсе публикуется на сайте университета не менее чем за 20 дней до окончания приёма "
            "документов.\n"
            "3. Конкурсная комиссия\n"
            "3.1. Состав конкурсной комиссии утверждается приказом ректора.")
    doc = extract_document(wrap_html(text).encode("utf-8"), f"{U}/ru/normativnye-dokumenty/pravila-konkursa",
                           "text/html; charset=utf-8")
    evidence = found_verdicts(detector, doc)
    assert "vacancy_rules" in evidence and "vacancy_announcements" not in evidence


def test_the_chamber_of_entrepreneurs_register_of_standards_is_another_organisations(detector: Detector) -> None:
    doc = excerpt("https://chamber-example.kz/en/services/professional-standards",
                  "Register of Professional Standards — Education Sector\n"
                  "National Chamber of Entrepreneurs of the Republic of Kazakhstan \"Atameken\"\n"
                  "Home / Services / Professional Standards\n"
                  "A professional standard defines the requirements for qualification and competence in an occupation.\n"
                  "- \"Teacher\" — approved 2022.\n"
                  "- \"Head of an educational organisation\" — approved 2023.")
    assert "qualification_requirements" not in found_verdicts(detector, doc, "college")


def test_a_listed_document_noted_as_still_being_written_is_not_there_yet(detector: Detector) -> None:
    doc = excerpt(f"{U}/ru/antikor/dokumenty",
                  "Документы\n"
                  "Главная / Противодействие коррупции / Документы\n"
                  "1. Антикоррупционная политика университета\n"
                  "Утверждена решением Совета директоров (протокол № 4 от 27.04.2023)\n"
                  "PDF, 412 КБ — скачать\n"
                  "2. Положение о порядке получения подарков — в разработке, будет размещено после утверждения.")
    evidence = found_verdicts(detector, doc)
    assert "anticorruption_policy" in evidence and "gifts_policy" not in evidence


def test_a_listed_title_with_its_order_and_its_file_on_the_next_two_lines(detector: Detector) -> None:
    from detectors.engine import _noted_below

    lines = ["5. Состав антикоррупционной комиссии на 2026-2027 учебный год (в составе комиссии — представители "
             "студенческого самоуправления)", "Приказ № 301-н от 01.09.2026", "PDF, 154 КБ — скачать"]
    assert _noted_below(lines, 0)
    assert not _noted_below([lines[0], "Комиссия собирается ежеквартально.", "PDF, 154 КБ — скачать"], 0)


def test_a_site_maps_entry_names_a_service_as_the_menu_does(detector: Detector) -> None:
    doc = excerpt(f"{U}/ru/sitemap/",
                  "Карта сайта\n"
                  "Главная / Карта сайта\n"
                  "Университет\n"
                  "• Руководство\n"
                  "• Блог ректора\n"
                  "• Структура\n"
                  "Обучающимся\n"
                  "• Расписание\n"
                  "• Онлайн-подача заявления на перевод\n"
                  "• Библиотека")
    evidence = found_verdicts(detector, doc)
    assert "head_blog" in evidence and "online_transfer_service" in evidence


def test_a_table_of_figures_about_documents_lists_none(detector: Detector) -> None:
    from detectors.engine import _row_title

    assert _row_title("Anti-corruption action plan | 87 | 96") is None
    assert _row_title("1 | Антикоррупционная политика | 2025 | PDF") == "Антикоррупционная политика"


def test_a_scholarly_articles_doi_and_keywords_mark_another_organisations_text(detector: Detector) -> None:
    """A study of universities' websites ("DOI: 10.48081/...", "Keywords: ..."), its table of shares by document: none of
    the documents it counts is the page's."""
    text = ("Corruption risks in higher education: evidence from university websites\n"
            "Journal of Education Policy | Vol. 9, No. 3 (2026), pp. 41-63\n"
            "DOI: 10.48081/jep.2026.9.3.041 | Research article\n"
            "Keywords: corruption risk; higher education; transparency\n")
    regexes = [signal.text_regex for signal in detector.catalog.cue_groups["third_party"].signals
               if signal.where == "own_text" and signal.text_regex is not None]
    matched = [regex for regex in regexes if regex.search(text)]
    assert len(matched) == 2  # (the DOI's line and the keywords' line, each a signal)
    assert not any(regex.search("Положение об антикоррупционной комиссии\nПротокол № 3 от 12.09.2026") for regex in matched)


def test_a_clubs_report_titled_over_two_lines_is_current_for_the_last_year(detector: Detector) -> None:
    """"«Саналы ұрпақ» клубының 2025–2026 оқу жылындағы жұмысы туралы" / "ЕСЕП": the club's line alone scores a little
    higher, but the page is the last completed year's report, current in 2026-2027."""
    doc = pdf_text(f"{C}/upload/docs/sanaly-urpaq-esep-2025-2026.pdf",
                   "«Саналы ұрпақ» студенттер клубының 2025–2026 оқу жылындағы жұмысы туралы\n"
                   "ЕСЕП\n"
                   "2025–2026 оқу жылында клуб құрамында 1–3 курстардың 40 студенті болды.\n"
                   "1. Қыркүйек 2025 — клубқа жаңа мүшелерді қабылдау.\n"
                   "2. Қазан 2025 — «Адал студент» тренингі, 148 қатысушы.")
    evidence = {e.artefact_id: e for e in detector.detect(doc, "college", AS_OF) if e.confidence >= 0.5}
    assert evidence["sanaly_urpaq_club"].stale is False, evidence["sanaly_urpaq_club"]


def test_social_partners_in_a_directors_report_headline_negate_nothing(detector: Detector) -> None:
    doc = excerpt(f"{C}/kk/news/direktor-esep-berdi",
                  "Директор ұжым, ата-аналар және әлеуметтік серіктестер алдында есеп берді\n"
                  "Басты бет / Жаңалықтар\n"
                  "2026 жылғы 16 қазан\n"
                  "15 қазанда колледж директорының 2025–2026 оқу жылындағы қызметінің қорытындысы бойынша жұртшылық алдындағы "
                  "есепті кездесуі өтті. Кездесуге 240-тан астам адам қатысты.")
    assert found_verdicts(detector, doc, "college").get("head_annual_report", 0) >= 0.5


def test_a_national_acts_own_numbered_section_is_not_read_apart_from_it(detector: Detector) -> None:
    doc = excerpt(f"{U}/ru/anticorruption/npa/koncepciya",
                  "Концепция антикоррупционной политики Республики Казахстан на 2022–2026 годы\n"
                  "Главная / Противодействие коррупции / Нормативные правовые акты РК\n"
                  "Утверждена Указом Президента Республики Казахстан от 2 февраля 2022 года № 802\n"
                  "1. Паспорт\n"
                  "2. Анализ текущей ситуации\n"
                  "3. Видение развития антикоррупционной политики\n"
                  "4. Основные принципы и подходы")
    assert "anticorruption_policy" not in found_verdicts(detector, doc)


def test_a_sittings_agenda_heading_is_no_rules_for_vacancies(detector: Detector) -> None:
    doc = excerpt(f"{C}/kk/kadrlar/konkurs-hattama-4",
                  "Педагог лауазымдарына өткізілген конкурс қорытындысы: комиссия шешімі\n"
                  "Басты бет / Колледж туралы / Кадрлар / Конкурс нәтижелері\n"
                  "бос педагог лауазымдарына орналасуға арналған конкурстық комиссия отырысының\n"
                  "№ 4 ХАТТАМАСЫ\n"
                  "2026 жылғы 28 тамыз\n"
                  "КҮН ТӘРТІБІ:\n"
                  "Бос лауазымдарға конкурс қорытындысын шығару:\n"
                  "1) физика пәнінің оқытушысы — 1 бірлік.")
    assert "vacancy_rules" not in found_verdicts(detector, doc, "college")


def test_the_council_that_awards_the_phd_degree_is_a_dissertation_council(detector: Detector) -> None:
    doc = excerpt(f"{U}/kk/science/dissertation-council/ereje",
                  "Философия докторы (PhD) дәрежесін беретін алқаның жұмыс регламенті\n"
                  "Басты бет / Ғылым / Докторантура / Диссертациялық кеңес / Құжаттар\n"
                  "1. Жалпы ережелер\n"
                  "1.1. Осы регламент алқаның отырыстарын өткізу тәртібін айқындайды.")
    evidence = found_verdicts(detector, doc)
    assert "dissertation_council_regulation" in evidence and "phd_regulation" not in evidence


def test_a_weak_synonym_stays_uncertain_where_the_document_names_itself(detector: Detector) -> None:
    """"Осы Ереже ... комплаенс-қызметінің ...": a compliance service's regulation, a neighbour of the commission's (its
    synonym weighs 0.45, at most uncertain), is not made `found` by the self-reference."""
    doc = excerpt(f"{U}/kk/compliance/ereje",
                  "Комплаенс-қызмет туралы ереже\n"
                  "Басты бет / Комплаенс / Құжаттар\n"
                  "КОМПЛАЕНС-ҚЫЗМЕТ ТУРАЛЫ ЕРЕЖЕ\n"
                  "1.1. Осы Ереже университеттің комплаенс-қызметінің (бұдан әрі – Қызмет) міндеттерін айқындайды.\n"
                  "2.1. Сыбайлас жемқорлыққа қарсы заңнама талаптарының сақталуын мониторингтеу.")
    assert verdicts(detector, doc).get("anticorruption_commission_regulation", 0) < 0.5


def test_a_line_saying_the_online_service_is_not_offered_is_no_evidence_of_it(detector: Detector) -> None:
    doc = excerpt(f"{U}/ru/obyavleniya/obshchezhitie",
                  "Вниманию студентов, нуждающихся в общежитии!\n"
                  "Главная / Объявления\n"
                  "Студенческий отдел объявляет дополнительный приём заявлений на заселение в общежитие.\n"
                  "Заявления принимаются в бумажном виде с 23 ноября по 4 декабря 2026 года в студенческом отделе. "
                  "Электронная подача заявлений на заселение не предусмотрена.\n"
                  "По вопросам обращаться: студенческий отдел, тел. 8 (7112) 51-07-63.")
    assert "dormitory_online_registration" not in found_verdicts(detector, doc)


def test_a_national_centres_call_for_mobility_is_another_organisations(detector: Detector) -> None:
    doc = excerpt("https://higher-ed-centre-example.kz/ru/news/mobility-2027",
                  "Объявлен конкурс на участие в программе академической мобильности на весенний семестр 2027 года\n"
                  "Национальный центр развития высшего образования\n"
                  "Главная / Новости / Академическая мобильность\n"
                  "Центр сообщает о начале приёма заявок вузов на участие обучающихся в программе внешней академической "
                  "мобильности. Вузы формируют списки кандидатов и направляют их в Центр до 5 декабря 2026 года.")
    assert "academic_mobility" not in found_verdicts(detector, doc)


def test_a_headline_announcing_plans_for_an_online_service_is_no_service(detector: Detector) -> None:
    doc = excerpt(f"{U}/en/news/rector-dormitory-meeting",
                  "Rector Meets Dormitory Residents, Announces Plans for Online Check-in\n"
                  "Home / News / Campus Life\n"
                  "20 November 2026 | Press Office\n"
                  "The Rector said that from the 2027-2028 academic year the university plans to introduce an online "
                  "dormitory registration service, so that applications for places are submitted through the personal "
                  "account.")
    assert "dormitory_online_registration" not in found_verdicts(detector, doc)


def test_a_sentence_in_a_visits_report_naming_another_universitys_code_is_news(detector: Detector) -> None:
    """A sentence of a news paragraph (cut from a line of 300 characters or more), not a listed document: the news
    genre holds for it, and the partner's code it names is not the page's."""
    text = ("Обмен опытом: как устроена система академической честности в АГУ\n"
            "Региональный университет\n"
            "Главная | Университет | Поступающим | Обучающимся | Наука | Новости | Контакты\n"
            "Главная / Новости / Обмен опытом\n"
            "Делегация нашего университета посетила 4–5 ноября 2026 года Алматинский государственный университет (АГУ) "
            "в рамках программы обмена опытом между вузами.\n"
            "Коллеги из АГУ подробно рассказали о своей системе академической честности. В университете действует Кодекс "
            "чести преподавателей и сотрудников, принятый Учёным советом АГУ, а также Кодекс академической честности "
            "обучающихся. Каждый первокурсник подписывает декларацию об академической честности, а нарушения "
            "рассматриваются Советом по этике с участием студентов.\n"
            "По итогам визита подписан меморандум о сотрудничестве.\n"
            "Пресс-служба\n"
            "Дата: 07.11.2026 | Просмотров: 98")
    doc = extract_document(wrap_html(text).encode("utf-8"), f"{U}/ru/news/obmen-opytom", "text/html; charset=utf-8")
    assert "staff_ethics_code" not in found_verdicts(detector, doc)


def test_national_model_rules_for_all_educational_organisations_stay_uncertain_with_their_note(detector: Detector) -> None:
    """"Осы Үлгілік қағидалар меншік нысанына қарамастан барлық білім беру ұйымдарына арналған": addressed to all of them, a
    national model (uncertain, with its note), not a seller's product "білім беру ұйымдарына арналған" (dropped)."""
    lines = ["Аралық және қорытынды аттестаттауды өткізудің үлгілік қағидаларын бекіту туралы",
             "Қазақстан Республикасы Білім және ғылым министрінің 21.07.2025 № 448 бұйрығы",
             "Осы Үлгілік қағидалар меншік нысанына қарамастан барлық білім беру ұйымдарына арналған.",
             "Білім беру ұйымдары осы Үлгілік қағидалар негізінде өздерінің ішкі қағидаларын әзірлейді.",
             "1-тарау. Жалпы ережелер"]
    doc = Document(url=f"{C}/files/ulgilik-qagidalar.pdf", kind="pdf", title=lines[0], headings=lines[:3],
                   body="\n".join(lines))
    evidence = {e.artefact_id: e for e in detector.detect(doc, "college", AS_OF)}
    assert MIN_REPORTED <= evidence["exam_rules"].confidence < 0.5 and evidence["exam_rules"].genre == "national_act"


def test_a_sentence_that_goes_on_past_its_approval_clause_is_no_listed_title() -> None:
    from detectors.engine import _listed_title, _without_trailing_note

    line = ("Требования к кандидатам определены квалификационными характеристиками должностей педагогов, утверждёнными "
            "приказом уполномоченного органа, и Правилами конкурсного замещения должностей ППС университета.")
    assert _without_trailing_note(line) == line and _listed_title(line) is None
    listed = "Правила конкурсного замещения должностей ППС, утверждённые решением Правления от 12.03.2025"
    assert _without_trailing_note(listed) == "Правила конкурсного замещения должностей ППС"


def test_a_rector_who_took_part_in_another_rectors_report_gave_none(detector: Detector) -> None:
    doc = excerpt(f"{U}/ru/news/uchastie-v-otchete",
                  "Ректор принял участие в публичном отчёте ректора аграрного университета\n"
                  "Главная / Новости\n"
                  "07.11.2026\n"
                  "5 ноября ректор по приглашению коллег принял участие в ежегодном публичном отчёте ректора аграрного "
                  "университета перед обществом по итогам 2025–2026 учебного года.")
    assert "head_annual_report" not in found_verdicts(detector, doc)


def wrapped(url: str, text: str) -> Document:
    """A page as the benchmark reads a labelled text: wrapped in HTML and extracted."""
    return extract_document(wrap_html(text).encode("utf-8"), url, "text/html; charset=utf-8")


def test_a_quotation_closed_in_a_title_is_no_breadcrumb_so_the_title_rules_out_generic_survey_results(
        detector: Detector) -> None:
    """«Оқытушы студенттер көзімен» closes a quotation, not a breadcrumb's step: the title names the teacher-evaluation
    survey, which rules out the generic survey results a breadcrumb's "Сауалнама" and a table of shares suggest."""
    from detectors.engine import _BREADCRUMB_RE

    assert _BREADCRUMB_RE.search("Сауалнама «Оқытушы студенттер көзімен» — көктемгі семестр | Колледж") is None
    assert _BREADCRUMB_RE.search("Басты бет » «Саналы ұрпақ» клубы » Ереже") is not None
    doc = wrapped(f"{U}/kk/sapa/saualnama",
                  "Сауалнама «Оқытушы студенттер көзімен» — көктемгі семестр 2026 | Жоғары техникалық университет\n"
                  "Жоғары техникалық университет\n"
                  "Университет | Талапкерге | Студентке | Сапа | Байланыс\n"
                  "Басты бет / Сапа / Сауалнама\n"
                  "Сауалнама «Оқытушы студенттер көзімен»\n"
                  "Білім алушылар әр пән бойынша оқытушының жұмысын жеке кабинетте бағалайды. Сауалнама жасырын.\n"
                  "Өткен семестрдің жиынтық көрсеткіштері:\n"
                  "Көрсеткіш | Көктем 2026 | Күз 2025\n"
                  "Қамту | 82 % | 74 %\n"
                  "Бағалаудың әділдігіне қанағаттанғандар | 88 % | 85 %\n"
                  "Сабақ кестесінің сақталуы | 93 % | 90 %")
    found = found_verdicts(detector, doc)
    assert "teacher_evaluation_surveys" in found and "survey_results" not in found


def test_a_document_sharing_sites_copy_of_a_regulation_is_no_institutions_document(detector: Detector) -> None:
    doc = wrapped("https://dokumenty-online.example.test/doc/polozhenie-ob-itogovom-kontrole",
                  "Положение о проведении итогового контроля — скачать бесплатно | Документы онлайн\n"
                  "Документы онлайн — каталог файлов\n"
                  "Главная / Образование / Положения\n"
                  "Положение о проведении итогового контроля обучающихся\n"
                  "Загружено пользователем: marat_k | 02.02.2025 | Просмотров: 1 204 | Скачиваний: 311\n"
                  "Формат: DOCX, 12 страниц\n"
                  "1. Общие положения\n"
                  "1.1. Настоящее Положение определяет порядок проведения экзаменов итогового контроля в университете.\n"
                  "Похожие документы\n"
                  "Пожаловаться на документ")
    assert "exam_rules" not in found_verdicts(detector, doc)


def test_a_software_vendors_documentation_of_its_module_is_no_institutions_service(detector: Detector) -> None:
    doc = wrapped("https://campus-soft.example.test/ru/docs/obshchezhitie",
                  "Модуль «Общежитие» — документация CampusSoft\n"
                  "CampusSoft\n"
                  "Продукт | Модули | Клиенты | Документация | Поддержка\n"
                  "Документация / Модули / Общежитие\n"
                  "Модуль «Общежитие»\n"
                  "Модуль позволяет обучающимся подавать онлайн-заявку на заселение в общежитие через личный кабинет, а "
                  "коменданту — распределять места и формировать приказ о заселении.\n"
                  "Настройка: Администрирование → Общежитие → Корпуса и комнаты.\n"
                  "Примечания к выпуску\n"
                  "Версия 3.2: очередь на заселение с учётом социальных категорий.")
    assert "dormitory_online_registration" not in found_verdicts(detector, doc)


def test_a_students_words_quoted_in_a_portals_story_are_no_service(detector: Detector) -> None:
    doc = wrapped("https://qala-zhastary.example.test/ru/obrazovanie/obshchezhitiya",
                  "Нехватка мест в общежитиях: студенты снимают квартиры | Qala Zhastary\n"
                  "Главная / Образование\n"
                  "21.11.2026, 10:05 | Автор: Дина Ахметова\n"
                  "Тысячи студентов региона до сих пор не получили места в общежитиях.\n"
                  "«Я подала онлайн-заявку на заселение в общежитие ещё в августе, но в очереди я трёхсотая», — говорит "
                  "студентка второго курса Алия.\n"
                  "Эксперты отмечают, что строительство общежитий не успевает за ростом числа студентов.\n"
                  "Теги: общежитие, студенты")
    assert "dormitory_online_registration" not in found_verdicts(detector, doc)


def test_a_universitys_name_with_social_in_its_head_does_not_rule_out_academic_mobility(detector: Detector) -> None:
    """"Social" rules out social mobility, a phrase; "... University of Social Sciences" in a page's head is a name."""
    doc = wrapped(f"{U}/en/news/exchange-autumn",
                  "Twelve students leave for a semester at partner universities | ESU\n"
                  "Eurasian University of Social Sciences and Humanities\n"
                  "Home / International / Academic mobility / News\n"
                  "September 3, 2026 | International Office\n"
                  "Twelve ESU students started the autumn semester at partner universities under the outbound academic "
                  "mobility programme.\n"
                  "Participants of the autumn 2026 outbound mobility:\n"
                  "Student | Programme | Host university\n"
                  "Dana Serikova | Economics, 3rd year | University of Porto\n"
                  "Arman Tulegenov | Law, 2nd year | Masaryk University\n"
                  "Saule Myrzakhmet | Psychology, 3rd year | University of Tartu")
    assert "academic_mobility" in found_verdicts(detector, doc)


def test_a_clubs_page_with_this_years_plan_over_its_table_is_current_beside_last_years_report(
        detector: Detector) -> None:
    """The plan's own line names its year over its table (no file note); the listed report of the past year does not make
    the club's page stale."""
    doc = wrapped(f"{C}/kk/tarbie/sanaly-urpaq",
                  "«Саналы ұрпақ» клубы | Жоғары аграрлық колледж\n"
                  "Басты бет / Тәрбие жұмысы / «Саналы ұрпақ» клубы\n"
                  "«Саналы ұрпақ» клубы\n"
                  "Клуб колледжде 2020 жылдан бері жұмыс істейді, мүшелері 1-3 курс студенттері.\n"
                  "2026-2027 оқу жылына арналған клубтың жұмыс жоспары\n"
                  "№ | Іс-шара | Мерзімі\n"
                  "1 | Жаңа мүшелерді қабылдау | Қыркүйек\n"
                  "2 | «Адалдық сабағы» ақпараттық сағаты | Қазан\n"
                  "3 | Жыл қорытындысы бойынша есеп | Мамыр\n"
                  "2025-2026 оқу жылындағы клуб жұмысы туралы есеп (PDF)")
    evidence = {e.artefact_id: e for e in detector.detect(doc, "college", AS_OF)}
    assert evidence["sanaly_urpaq_club"].confidence >= 0.5 and not evidence["sanaly_urpaq_club"].stale


def test_minutes_dated_by_their_sitting_not_by_the_deadline_their_decision_sets(detector: Detector) -> None:
    """The sitting's place and date sit on a row of their own below the menu; the decision's deadline, two months later,
    keeps minutes of more than twelve months ago no more current than their sitting."""
    doc = wrapped(f"{C}/kk/qamqorshylar/hattama-2",
                  "Қамқоршылар кеңесі отырысының № 2 хаттамасы | Жоғары аграрлық колледж\n"
                  "Жоғары аграрлық колледж\n"
                  "Басты бет\nКолледж туралы\nҚамқоршылар кеңесі\nСтудентке\nЖаңалықтар\nБайланыс\n"
                  "Басты бет / Қамқоршылар кеңесі / Хаттамалар\n"
                  "«Жоғары аграрлық колледжі» КМҚК Қамқоршылар кеңесі отырысының\n"
                  "№ 2 ХАТТАМАСЫ\n"
                  "Павлодар қ. | 2025 жылғы 14 қазан\n"
                  "Қатысқандар: Кеңестің 7 мүшесінің 6-сы.\n"
                  "Төраға: Омаров Серік Бауыржанұлы – «Агро-Павлодар» ЖШС директоры.\n"
                  "Хатшы: Ахметова Дана Қайратқызы.\n"
                  "Күн тәртібі:\n"
                  "1. Дуальды оқыту бойынша келісімдердің орындалуы туралы.\n"
                  "ШЕШІМ: Кәсіпорындармен қосымша 30 практика орны туралы ұсыныс дайындалсын. Мерзімі – 2025 жылғы 15 "
                  "желтоқсан.\n"
                  "Хаттаманы жүктеу (PDF)")
    evidence = {e.artefact_id: e for e in detector.detect(doc, "college", AS_OF)}
    assert evidence["board_of_trustees_minutes"].confidence >= 0.5 and evidence["board_of_trustees_minutes"].stale


@pytest.mark.parametrize("notice", [
    "The Centre runs the state-funded semester abroad for students of Kazakhstan universities.",
    "Центр проводит отбор студентов вузов Казахстана на семестр академической мобильности за счёт бюджета.",
    "Орталық Қазақстан жоғары оқу орындарының студенттерін академиялық ұтқырлыққа іріктейді.",
])
def test_a_national_bodys_mobility_programme_for_the_countrys_students_is_no_institutions(
        detector: Detector, notice: str) -> None:
    doc = wrapped("https://mobility-centre.example.test/programme",
                  "Academic mobility programme | Centre for Academic Mobility\n"
                  "Centre for Academic Mobility\n"
                  "Home > Academic mobility > State-funded mobility\n"
                  "State-funded academic mobility\n"
                  f"{notice}\n"
                  "Year | Participants | Host countries\n2025 | 1,245 | 35\n2026 | 1,310 | 37")
    assert "academic_mobility" not in found_verdicts(detector, doc)


@pytest.mark.parametrize("lang, title, notice", [
    ("ru", "Вакантные образовательные гранты", "В настоящее время вакантных грантов нет. Информация о них будет размещена "
     "после зимней сессии."),
    ("kk", "Босатылған білім беру гранттары", "Қазіргі уақытта босатылған гранттар туралы ақпарат қалыптастырылу үстінде, "
     "тізбе сессиядан кейін жарияланады."),
    ("en", "Vacant educational grants", "There are currently no vacant grants; the list will be posted after the winter "
     "session."),
])
def test_a_notice_that_there_is_no_list_yet_is_at_most_uncertain_with_its_note(
        detector: Detector, lang: str, title: str, notice: str) -> None:
    doc = wrapped(f"{U}/{lang}/students/vacant-grants",
                  f"{title} | Университет\nУниверситет\n{title}\n20.11.2026\n{notice}")
    evidence = {e.artefact_id: e for e in detector.detect(doc, "university", AS_OF)}
    grant = evidence.get("grant_transfer_candidates")
    assert grant is not None and MIN_REPORTED <= grant.confidence < 0.5 and grant.genre == "not_yet"


@pytest.mark.parametrize("text", [
    "Кодекс академической честности | Евразийская сеть вузов за академическую честность\n"
    "Главная / Документы / Кодекс\nКодекс академической честности\n"
    "Кодекс устанавливает общие ожидания для вузов-членов сети; каждый вуз принимает собственный кодекс этики для "
    "студентов и преподавателей.",
    "Code of Academic Integrity | Steppe Academic Integrity Network\nHome / Resources / Code\nCode of Academic Integrity\n"
    "The Code sets shared expectations for member universities of the Network; each of them adopts its own code of "
    "ethics for students and staff.",
])
def test_an_integrity_networks_code_for_its_members_is_no_institutions_code(detector: Detector, text: str) -> None:
    found = found_verdicts(detector, wrapped("https://integrity-network.example.test/code", text))
    assert "staff_ethics_code" not in found and "student_ethics_code" not in found


def test_a_call_for_candidates_to_a_councils_new_composition_in_kazakh_is_no_composition(detector: Detector) -> None:
    doc = wrapped(f"{C}/kk/news/qamqorshylar-kandidattar",
                  "Қамқоршылар кеңесінің құрамына кандидаттар ұсыну туралы хабарландыру | Жоғары аграрлық колледж\n"
                  "Басты бет / Хабарландырулар\n"
                  "Қамқоршылар кеңесінің жаңа құрамына кандидаттар ұсыну туралы\n"
                  "Колледж жұмыс берушілер мен ата-аналар өкілдерінен Қамқоршылар кеңесінің жаңа құрамына кандидаттарды "
                  "2026 жылғы 10 желтоқсанға дейін ұсынуды сұрайды.\n"
                  "Кеңестің жаңа құрамы директордың бұйрығымен бекітіліп, сайтта жарияланады.")
    assert "board_of_trustees_composition" not in found_verdicts(detector, doc, "college")


def test_a_plans_title_over_its_approval_block_and_table_titles_the_table() -> None:
    from detectors.engine import _titles_a_table

    lines = ["Колледждің 2026-2027 оқу жылына арналған сыбайлас жемқорлыққа қарсы іс-қимыл бойынша іс-шаралар жоспары",
             "БЕКІТЕМІН", "Колледж директоры", "_____________ А.Б. Серікова", "«02» қыркүйек 2026 ж.",
             "№ | Іс-шаралар атауы | Орындау мерзімі | Жауаптылар",
             "1 | Ішкі талдау жүргізу | қазан 2026 ж. | жұмыс тобы"]
    assert _titles_a_table(lines, 0)
    # (A sentence above an approval block titles nothing.)
    sentence = ["Колледжде сыбайлас жемқорлыққа қарсы жұмыс жыл сайынғы жоспар бойынша жүргізіледі.", *lines[1:]]
    assert not _titles_a_table(sentence, 0)


@pytest.mark.parametrize("title, heading, about", [
    ("Кодекс деловой этики | АО «ЦифрБілім»", "КОДЕКС ДЕЛОВОЙ ЭТИКИ АКЦИОНЕРНОГО ОБЩЕСТВА «ЦИФРБІЛІМ»",
     "Общество – оператор электронных сервисов для школ, колледжей и вузов."),
    ("Кодекс деловой этики | ЦифрОқу", "Кодекс деловой этики",
     "Общество – оператор электронных сервисов для школ, колледжей и вузов, 100 % акций которого принадлежат "
     "государству."),
])
def test_a_joint_stock_companys_code_of_ethics_is_no_staff_code(
        detector: Detector, title: str, heading: str, about: str) -> None:
    doc = wrapped("https://digital-services.example.test/compliance/code",
                  f"{title}\nГлавная / Комплаенс / Кодекс\n{heading}\n{about}\n"
                  "1.1. Кодекс определяет ценности и нормы поведения должностных лиц и работников Общества во "
                  "взаимоотношениях с коллегами, партнёрами и организациями образования.\n"
                  "1.2. Кодекс распространяется на всех работников Общества.")
    assert "staff_ethics_code" not in found_verdicts(detector, doc)


def test_a_non_profit_joint_stock_universitys_code_stays_its_own(detector: Detector) -> None:
    doc = wrapped(f"{U}/ru/documents/kodeks-chesti",
                  "Кодекс чести преподавателей и сотрудников | Университет\n"
                  "Кодекс чести преподавателей и сотрудников некоммерческого акционерного общества «Степной университет»\n"
                  "1. Кодекс устанавливает нормы поведения преподавателей и сотрудников университета.")
    assert "staff_ethics_code" in found_verdicts(detector, doc)


def test_an_english_portals_story_about_the_countrys_universities_names_no_code_of_theirs(detector: Detector) -> None:
    """A headline about "Kazakh universities" at large, a byline without its colon and a quotation with "said" after it."""
    doc = wrapped("https://education-review.example.test/higher-education/honour-codes",
                  "Kazakh universities urged to adopt honour codes for staff and students | Education Review\n"
                  "Home / Higher Education\n"
                  "Kazakh universities urged to adopt honour codes for staff and students\n"
                  "By Aigerim Tulegenova | 12 November 2026\n"
                  "A study of 90 university websites found that fewer than half publish a code of honour for teaching staff.\n"
                  "\"The rules for those who grade are often missing,\" said the study's author.")
    found = found_verdicts(detector, doc)
    assert "staff_ethics_code" not in found and "student_ethics_code" not in found


@pytest.mark.parametrize("title, sentence", [
    ("План мероприятий по противодействию коррупции на 2027 год",
     "План мероприятий по противодействию коррупции на 2027 год находится на стадии разработки и после утверждения "
     "директором будет опубликован в данном разделе."),
    ("Anti-corruption action plan for 2027",
     "The anti-corruption action plan for 2027 is currently being drafted by the working group."),
])
def test_a_placeholder_page_for_a_plan_not_yet_adopted_is_at_most_uncertain(
        detector: Detector, title: str, sentence: str) -> None:
    doc = wrapped(f"{C}/anticor/plan-2027", f"{title} | Колледж\nГлавная / Противодействие коррупции\n{title}\n{sentence}")
    evidence = {e.artefact_id: e for e in detector.detect(doc, "college", AS_OF)}
    plan = evidence.get("anticorruption_plan")
    assert plan is not None and MIN_REPORTED <= plan.confidence < 0.5 and plan.genre == "not_yet"


def test_next_years_plan_under_development_leaves_this_years_listed_plan_found(detector: Detector) -> None:
    doc = wrapped(f"{C}/anticor/plans",
                  "Противодействие коррупции | Колледж\nПротиводействие коррупции\n"
                  "План мероприятий по противодействию коррупции на 2026 год (утверждён приказом директора № 12 от "
                  "10.01.2026) — PDF\n"
                  "План мероприятий по противодействию коррупции на 2027 год находится на стадии разработки.")
    assert "anticorruption_plan" in found_verdicts(detector, doc, "college")


@pytest.mark.parametrize("title", ["Қамқоршылық кеңесінің жаңа құрамын жасақтау туралы хабарландыру",
                                   "Объявление о формировании нового состава Попечительского совета"])
def test_an_announcement_that_a_new_board_is_being_formed_is_no_composition(detector: Detector, title: str) -> None:
    doc = wrapped(f"{C}/news/qamqorshylar", f"{title} | Колледж\nБасты бет / Хабарландырулар\n{title}\n"
                                            "2026 жылғы 10 қараша\nКолледж кеңестің жаңа құрамына ұсыныстарды 5 желтоқсанға дейін қабылдайды.")
    assert "board_of_trustees_composition" not in found_verdicts(detector, doc, "college")


def test_a_head_of_colleges_work_plan_whose_month_row_prepares_the_public_report_gives_no_report(
        detector: Detector) -> None:
    """A plan's table headed by its months and measures ("Ай | Іс-шара | Нәтиже"): the June row that prepares the head's
    public report is a measure to come, not the report."""
    doc = wrapped(f"{C}/kk/qujattar/direktor-josparы",
                  "Директордың 2026-2027 оқу жылына арналған жұмыс жоспары | Колледж\n"
                  "Басты бет / Құжаттар / Жоспарлар\n"
                  "Колледж директорының 2026-2027 оқу жылына арналған жұмыс жоспары\n"
                  "Ай | Іс-шара | Нәтиже\n"
                  "Қыркүйек | Оқу жылының басталуына дайындықты бақылау | Бұйрық\n"
                  "Қаңтар | Бірінші жарты жылдың қорытындысын шығару | Анықтама\n"
                  "Маусым | Директордың 2026-2027 оқу жылындағы жұмысы туралы жұртшылық алдындағы есебін дайындау және "
                  "өткізу | Есеп")
    assert "head_annual_report" not in found_verdicts(detector, doc, "college")


def test_a_questionnaires_answer_options_name_nothing_the_site_has(detector: Detector) -> None:
    doc = wrapped(f"{C}/anticor/anketa",
                  "Анкета для работников колледжа | Колледж\nГлавная / Противодействие коррупции / Анкетирование\n"
                  "Приглашаем работников колледжа пройти анонимное анкетирование до 30 ноября.\n"
                  "3. Какие цифровые сервисы колледжа снижают риск коррупции?\n"
                  "[ ] электронный журнал\n[ ] онлайн-заселение в общежитие\n☐ телефон доверия\n( ) затрудняюсь ответить")
    found = found_verdicts(detector, doc, "college")
    assert not {"e_journal", "hotline"} & set(found)


def test_a_story_on_a_news_domain_about_another_rectors_public_report_is_no_report_of_the_site(
        detector: Detector) -> None:
    doc = wrapped("https://region.example.news/obrazovanie/rektor-otchitalsya",
                  "Ректор Степного университета отчитался перед общественностью | Region News\n"
                  "Главная / Образование\n"
                  "Ректор Степного университета отчитался перед общественностью\n"
                  "В Павлодаре прошла публичная отчётная встреча ректора Степного университета с общественностью: "
                  "руководитель вуза подвёл итоги 2025-2026 учебного года.")
    assert "head_annual_report" not in found_verdicts(detector, doc)


def test_a_label_whose_values_are_a_row_of_cells_is_a_label() -> None:
    from detectors.engine import _line_label

    assert _line_label("Results of previous surveys: Spring 2026 | Fall 2025") == "Results of previous surveys"
    assert _line_label("Прошлые результаты: Весна 2026 | Осень 2025") == "Прошлые результаты"
    assert _line_label("Отчёт | Протокол: № 3 | 2026") == ""  # (a table's row whose first cell has no colon)


def test_links_to_a_teacher_surveys_past_results_under_its_title_give_no_generic_survey_results(
        detector: Detector) -> None:
    doc = wrapped(f"{U}/en/quality/teacher-survey",
                  "Survey \"Teacher through the Eyes of Students\" - Fall 2026 | University\n"
                  "Home / Quality Assurance / Student Surveys\n"
                  "Survey \"Teacher through the Eyes of Students\"\n"
                  "The Quality Assurance Office invites students to rate each of their teachers until 14 December 2026.\n"
                  "Results of previous surveys: Spring 2026 | Fall 2025")
    found = found_verdicts(detector, doc)
    assert "teacher_evaluation_surveys" in found and "survey_results" not in found


def test_a_holdings_annual_report_to_its_shareholders_is_no_heads_report(detector: Detector) -> None:
    doc = wrapped("https://edu-holding.example.test/ru/investors/annual-report-2025",
                  "Годовой отчёт за 2025 год | АО «Национальный холдинг «Білім-Капитал»\n"
                  "Главная / Инвесторам / Годовые отчёты\n"
                  "Годовой отчёт за 2025 год\n"
                  "Уважаемые акционеры и партнёры! 2025 год Холдинг завершил с ростом активов и построил 9 студенческих "
                  "общежитий.")
    assert "head_annual_report" not in found_verdicts(detector, doc)


@pytest.mark.parametrize("notice", ["На 1 декабря 2026 года вакантных должностей в колледже нет.",
                                    "Қазіргі уақытта колледжде бос лауазымдар жоқ.",
                                    "There are no open vacancies at the college at the moment."])
def test_a_vacancies_page_saying_there_are_none_is_at_most_uncertain(detector: Detector, notice: str) -> None:
    doc = wrapped(f"{C}/vacancies", "Вакансии | Колледж\nГлавная / Вакансии\nВакансии\n"
                                    f"{notice}\nОбъявления о конкурсе на занятие вакантных должностей педагогов будут "
                                    "опубликованы на данной странице по мере появления вакансий.")
    assert "vacancy_announcements" not in found_verdicts(detector, doc, "college")


def test_holding_an_examination_session_is_no_holding_company(detector: Detector) -> None:
    """"Holding" the verb, which a catalog phrase would also read as the Cyrillic "холдинг": the college's exam rules."""
    doc = wrapped(f"{C}/en/info/exam-session-rules",
                  "Regulations on holding the examination session | College\nHome / Students\n"
                  "Regulations on holding the examination session\nApproved by the decision of the Academic Council.\n"
                  "1. General provisions")
    assert "exam_rules" in found_verdicts(detector, doc, "college")


def test_a_report_offered_as_a_document_is_no_document_sharing_page(detector: Detector) -> None:
    """The document-sharing signals are phrases whose words stand together ("report this document"), not any line with
    "report" and "document" in it."""
    doc = wrapped(f"{U}/ru/rector/report-2026",
                  "Публичный отчёт ректора за 2025-2026 учебный год | Университет\nГлавная / Ректор / Отчёты\n"
                  "Публичный отчёт ректора за 2025-2026 учебный год\n"
                  "Report of the rector: this document (PDF, 2 MB) — download for the academic council.")
    assert "head_annual_report" in found_verdicts(detector, doc)


@pytest.mark.parametrize("artefact, title, notice", [
    ("head_blog", "Блог директора", "Раздел находится в разработке. Сервис обращений к директору временно недоступен."),
    ("hotline", "Тәулік бойғы байланыс орталығы",
     "Байланыс орталығы қазіргі уақытта іске қосу сатысында. Телефон нөмірі осы бетте жарияланатын болады."),
    ("anticorruption_commission_reports", "Протоколы заседаний антикоррупционной комиссии",
     "В настоящее время протоколы заседаний комиссии отсутствуют; они будут опубликованы в данном разделе после подписания."),
    ("head_annual_report", "Ректордың жылдық есебі",
     "Есеп мәтіні кездесуден кейін осы бөлімде жарияланатын болады. Қазіргі уақытта бөлім толықтырылу үстінде."),
    ("conflict_of_interest_policy", "Conflict of interest policy",
     "This section is under construction: the policy will be posted on this page once the Board approves it."),
])
def test_a_placeholder_page_that_says_its_section_is_empty_is_no_evidence(
        detector: Detector, artefact: str, title: str, notice: str) -> None:
    doc = wrapped(f"{C}/about/section", f"{title} | Колледж\nГлавная / О колледже\n{title}\n{notice}\n"
                                        "Обращения можно направить в приёмную: 8 (7187) 34-55-01.")
    assert artefact not in found_verdicts(detector, doc, "college")


def test_a_list_with_a_note_that_the_next_one_will_be_published_later_stays_found(detector: Detector) -> None:
    doc = wrapped(f"{U}/ru/students/stipendiya",
                  "Списки претендентов на стипендию | Университет\nГлавная / Студентам\n"
                  "Списки претендентов на назначение государственной стипендии на осенний семестр 2026-2027 учебного года\n"
                  "1 | Ахметова А. | ИС-21 | 3,67\n2 | Беков Н. | ИС-22 | 3,71\n3 | Ким О. | ЭК-21 | 3,50\n"
                  "Списки на весенний семестр будут опубликованы на сайте университета после зимней сессии.")
    assert "scholarship_candidates" in found_verdicts(detector, doc)


@pytest.mark.parametrize("menu, footer", [
    ("Өнімдер\nШешімдер\nТарифтер\nКлиенттер\nДемо сұрау", "Алматы қ., Абай даңғылы, 10\n© 2026 BilimSoft"),
    ("Басты бет\nҚызметтер\nПікірлер\nБайланыс", "«BilimSoft Kazakhstan» ЖШС\nАлматы қ., Абай даңғылы, 10\n"
                                                 "info@bilimsoft.example.test\n© 2026 BilimSoft Kazakhstan"),
])
def test_a_companys_page_about_a_transfer_service_is_no_institutions_service(
        detector: Detector, menu: str, footer: str) -> None:
    """A vendor's menu (products and clients or tariffs, a line each) or a company's legal name above the copyright."""
    doc = wrapped("https://bilimsoft.example.test/kk/transfer",
                  f"«Ауысу» онлайн модулі | BilimSoft\n{menu}\n«Ауысу және қайта қабылдау» онлайн модулі\n"
                  "Модуль университеттерге ауысу және қайта қабылдау өтініштерін онлайн қабылдауға мүмкіндік береді: "
                  "студент өтінішін жеке кабинетте толтырып, құжаттарын жүктейді.\n"
                  f"Өтінім мәртебесі нақты уақытта көрсетіледі.\n{footer}")
    assert "online_transfer_service" not in found_verdicts(detector, doc)


def test_a_private_universitys_legal_name_above_its_copyright_keeps_its_page_its_own(detector: Detector) -> None:
    doc = wrapped(f"{U}/kk/students/auysu",
                  "Ауысуға онлайн өтініш | Университет\nБасты бет / Студентке\nАуысуға онлайн өтініш беру\n"
                  "Басқа жоо-дан ауысу өтінішін онлайн тапсыру үшін жеке кабинетке кіріп, «Ауысу» бөлімін толтырыңыз.\n"
                  "«Алатау университеті» ЖШС\nАлматы қ., Абай даңғылы, 10\n© 2026 Алатау университеті")
    assert "online_transfer_service" in found_verdicts(detector, doc)


@pytest.mark.parametrize("text", [
    "Перевод и восстановление | Университет\nГлавная / Обучающимся / Перевод и восстановление\nПеревод и восстановление\n"
    "Университет разрабатывает онлайн-сервис подачи заявлений на перевод и восстановление в личном кабинете.\n"
    "До запуска сервиса заявления на перевод принимаются в бумажном виде в офисе регистратора.",
    "Online Transfer Applications – Coming Soon | University\nHome / Students / Transfer\nTransfer between programmes\n"
    "We are building an online service that will let students submit transfer applications from home; it is now in "
    "testing.\nTransfer applications are still accepted in person at the Registrar's Office.",
])
def test_an_online_transfer_service_still_being_built_is_no_service(detector: Detector, text: str) -> None:
    doc = wrapped(f"{U}/students/transfer", text)
    assert "online_transfer_service" not in found_verdicts(detector, doc)


@pytest.mark.parametrize("entry", [
    "Загрузил: user_aigul88\nДата загрузки: 03.03.2024\nПросмотров: 4 812 | Скачиваний: 1 209",
    "Uploaded by: erlan.k\nUpload date: 17 May 2023\nViews: 3,417 | Downloads: 642 | Pages: 11",
])
def test_a_document_sharing_entry_and_its_similar_documents_are_no_institutions(detector: Detector, entry: str) -> None:
    """The entry's uploader and counts on lines of their own; the site's "similar documents" are its other entries."""
    doc = wrapped("https://doc-library.example.test/doc/kodeks-chesti-78412",
                  "Кодекс чести преподавателей и сотрудников университета | Библиотека документов\n"
                  "Главная / Каталог / Образование\nКодекс чести преподавателей и сотрудников университета\n"
                  f"{entry}\nОписание: пример для вузов, можно использовать как образец.\n"
                  "1. Кодекс устанавливает нормы поведения преподавателей и сотрудников университета.\n"
                  "Похожие документы:\n- Политика урегулирования конфликта интересов (PDF, 1 204 просмотров)\n"
                  "- Кодекс чести студента (DOCX, 2 019 просмотров)")
    found = found_verdicts(detector, doc)
    assert not {"staff_ethics_code", "student_ethics_code", "conflict_of_interest_policy"} & set(found)


def test_a_teachers_publication_portals_copy_of_a_club_regulation_is_no_institutions(detector: Detector) -> None:
    doc = wrapped("https://teachers-publish.example.test/publications/polozhenie-kluba-4411",
                  "Положение о студенческом клубе «Саналы ұрпақ» | Публикации педагогов\n"
                  "Главная / Публикации / Воспитательная работа\nПоложение о студенческом клубе «Саналы ұрпақ»\n"
                  "Автор публикации: Ахметова Ж. Е., педагог-организатор колледжа\nСвидетельство о публикации № 2024-4411\n"
                  "1. Клуб «Саналы ұрпақ» создаётся в целях формирования антикоррупционной культуры обучающихся.")
    assert "sanaly_urpaq_club" not in found_verdicts(detector, doc, "college")


def test_a_lyceums_trust_line_is_no_institutions(detector: Detector) -> None:
    doc = wrapped("https://it-litsei7.example.test/kz/senim-telefony",
                  "Сенім телефоны | Тараз IT-7\nБасты бет / Сыбайлас жемқорлыққа қарсы іс-қимыл / Сенім телефоны\n"
                  "Сенім телефоны\nПедагогтер тарапынан заңсыздық туралы хабарлаңыз: +7 (7262) 45-03-03 (тәулік бойы).")
    assert "hotline" not in found_verdicts(detector, doc)


@pytest.mark.parametrize("notice", [
    "Комиссияның жаңа құрамы қазіргі уақытта келісу сатысында; ол бекітілгеннен кейін осы бетте жарияланатын болады.",
    "Новый состав комиссии в настоящее время находится на стадии согласования и будет опубликован здесь.",
])
def test_a_commissions_composition_still_being_agreed_is_no_composition(detector: Detector, notice: str) -> None:
    doc = wrapped(f"{U}/anticorruption/komissiya-quramy",
                  "Сыбайлас жемқорлыққа қарсы комиссияның құрамы | Университет\n"
                  "Басты бет / Сыбайлас жемқорлыққа қарсы іс-қимыл\nСыбайлас жемқорлыққа қарсы комиссияның құрамы\n"
                  f"{notice}\nБұған дейінгі құрамның өкілеттігі 2026 жылғы 31 тамызда аяқталды.")
    assert "anticorruption_commission_composition" not in found_verdicts(detector, doc)


@pytest.mark.parametrize("url, text, artefacts", [
    # A vendor's menu with its product and prices (singular "Өнім"), its legal name with its address on the footer's line.
    ("https://dorm-cloud.example.test/kk/cases/university-dorm",
     "ЖОО-ларға арналған жатақханаға онлайн тіркелу жүйесі | DormCloud\nӨнім\nМүмкіндіктер\nКейстер\nБағалар\n"
     "Байланыс\nБасты бет / Кейстер\nУниверситет жатақханасына онлайн тіркелу: енгізу тәжірибесі\n"
     "Студент жеке кабинет арқылы жатақханаға онлайн өтініш береді; орын бөлу кезегі ашық көрсетіледі.\n"
     "«DormCloud» ЖШС, Алматы қ., Абай даңғылы, 10\n© 2026 DormCloud", ("dormitory_online_registration",)),
    # An education portal that gives its domain.
    ("https://studportal.example.test/kk/grants/grantqa-auysu",
     "Грантқа қалай ауысуға болады: толық нұсқаулық | Studportal.kz\n"
     "Studportal.kz — студенттер мен талапкерлерге арналған білім порталы\n"
     "Басты бет / Гранттар\nГрантқа қалай ауысуға болады: 2026 жылғы толық нұсқаулық\n"
     "Әдетте университеттер бос гранттар туралы хабарландыруды маусым-шілде айларында өз сайттарында жариялайды.",
     ("grant_transfer_candidates",)),
    # A consultancy that says it is no educational organisation.
    ("https://thesis-help.example.test/uslugi/antiplagiat",
     "Помощь магистрантам и проверка на антиплагиат | ThesisHelp\nГлавная / Услуги\n"
     "Сопровождение магистерских диссертаций и проверка на антиплагиат\n"
     "Мы работаем с требованиями положений о магистерской диссертации вузов Казахстана и проверяем текст на "
     "оригинальность в системе «Антиплагиат».\n© 2016–2026 ThesisHelp. Не является образовательной организацией.",
     ("antiplagiarism", "master_thesis_regulation")),
])
def test_a_vendors_portals_or_consultancys_page_is_no_universitys(
        detector: Detector, url: str, text: str, artefacts: tuple[str, ...]) -> None:
    assert not set(artefacts) & set(found_verdicts(detector, wrapped(url, text)))


def test_the_civil_servants_code_of_ethics_reposted_is_no_staff_or_student_code(detector: Detector) -> None:
    doc = wrapped(f"{U}/kk/university/legislation/adep-kodeksi",
                  "Қазақстан Республикасы мемлекеттік қызметшілерінің әдеп кодексі | Университет\n"
                  "Басты бет / Университет / Заңнама\nҚазақстан Республикасы мемлекеттік қызметшілерінің әдеп кодексі\n"
                  "1. Осы Қазақстан Республикасы мемлекеттік қызметшілерінің әдеп кодексі мемлекеттік қызметшілердің "
                  "мінез-құлқының негізгі стандарттарын белгілейді.\n"
                  "2. Қызметшілер мен оқытушылар халыққа және мемлекетке адал қызмет етуге міндетті.")
    found = found_verdicts(detector, doc)
    assert "staff_ethics_code" not in found and "student_ethics_code" not in found


@pytest.mark.parametrize("url, text, artefact", [
    (f"{U}/ru/legal/konflikt-interesov-zakon",
     "Законодательство о конфликте интересов | Университет\nГлавная / Правовая информация\nКонфликт интересов: что говорит закон\n"
     "На данной странице размещены выдержки из законов для информирования работников. Страница не является внутренним "
     "документом университета.\nКонфликт интересов – противоречие между личными интересами и должностными полномочиями.\n"
     "Работник обязан уведомить руководителя о конфликте интересов.", "conflict_of_interest_policy"),
    ("https://study-guide.example.test/universities/steppe-university",
     "Steppe University – fees, scholarships, dormitory | StudyGuide\nHome / Universities / Steppe University\n"
     "Steppe University\nThis profile was compiled by our editors from open sources; it is not an official page of the "
     "university.\nScholarships\nState-funded students receive the monthly state scholarship after each exam session.",
     "scholarship_info"),
    ("https://example-steppebank.kz/ru/cards/student",
     "Стипендиальная карта для студентов | Степь Банк\nГлавная / Карты\nСтипендиальная карта «Студент»\n"
     "Банк-партнёр университетов по выплате стипендий: стипендия приходит на карту в день зачисления.",
     "scholarship_info"),
])
def test_a_page_that_says_it_is_no_institutions_or_a_banks_is_no_evidence(
        detector: Detector, url: str, text: str, artefact: str) -> None:
    assert artefact not in found_verdicts(detector, wrapped(url, text))


@pytest.mark.parametrize("title", ["Правила этики и поведения обучающихся", "Білім алушылардың әдеп ережелері",
                                   "Rules of ethics and conduct for students"])
def test_a_colleges_rules_of_ethics_for_its_students_are_its_student_code(detector: Detector, title: str) -> None:
    doc = wrapped(f"{C}/students/pravila-etiki",
                  f"{title} | Колледж\nГлавная / Студентам\n{title}\n"
                  "Настоящие Правила определяют нормы честного и достойного поведения студентов колледжа.\n"
                  "1. Студент выполняет работы самостоятельно; списывание на экзаменах не допускается.")
    assert "student_ethics_code" in found_verdicts(detector, doc, "college")


def test_a_note_that_new_announcements_will_be_published_here_weakens_no_listed_document(detector: Detector) -> None:
    doc = wrapped(f"{U}/kk/university/hr/konkurs",
                  "Кадрлар: конкурстар және ережелер | Университет\nБасты бет / Университет / Персоналды басқару\n"
                  "Персоналды басқару: конкурстар\nІшкі құжаттар\n"
                  "Қызметкерлерді жұмысқа қабылдау және жұмыстан босату тәртібі туралы ереже (Басқарма шешімімен бекітілген, "
                  "2024 жылғы 30 қаңтар, №1 хаттама) – PDF\n"
                  "Ережеде еңбек шартын жасасу, сынақ мерзімі, еңбек шартын бұзу кезіндегі рәсімдер айқындалған.\n"
                  "Жаңа конкурстар туралы ақпарат осы бетте жарияланады.")
    assert "hiring_dismissal_rules" in found_verdicts(detector, doc)


@pytest.mark.parametrize("notice", ["В данном разделе пока нет документов.\nНайдено документов: 0",
                                    "Осы бөлімде әзірге құжаттар жоқ.", "There are no documents in this section yet."])
def test_an_empty_section_of_minutes_is_no_minutes(detector: Detector, notice: str) -> None:
    doc = wrapped(f"{U}/anticorruption/commission-minutes",
                  "Протоколы заседаний антикоррупционной комиссии | Университет\nГлавная / Антикоррупционная деятельность\n"
                  f"Протоколы заседаний антикоррупционной комиссии\n{notice}\n"
                  "Материалы будут размещены после первого заседания комиссии в новом составе.")
    assert "anticorruption_commission_reports" not in found_verdicts(detector, doc)


def test_online_dormitory_registration_currently_not_available_is_no_service(detector: Detector) -> None:
    doc = wrapped(f"{U}/en/students/dormitory-check-in",
                  "Dormitory Check-in | University\nHome / Students / Campus life\nDormitory check-in\n"
                  "Online dormitory registration is currently not available.\n"
                  "The new online system is expected to open for applications for the spring semester 2027.\n"
                  "Until the new service opens, students apply for a place in person at the Campus Office.")
    assert "dormitory_online_registration" not in found_verdicts(detector, doc)


def test_a_polls_result_rows_name_what_was_asked_about_not_the_institutions_lists(detector: Detector) -> None:
    doc = wrapped(f"{U}/quality/survey-results-2026",
                  "Результаты социологического опроса обучающихся | Университет\nГлавная / Качество\n"
                  "Результаты социологического опроса обучающихся\nПериод проведения: апрель 2026 года\n"
                  "Прозрачность процедур (доля ответов «процедура понятна»):\n- назначение стипендий — 81%\n"
                  "- перевод с платного отделения на вакантный грант — 58%\n- заселение в общежитие — 69%")
    found = found_verdicts(detector, doc)
    assert "survey_results" in found
    assert not {"scholarship_info", "grant_transfer_candidates", "dormitory_online_registration"} & set(found)


@pytest.mark.parametrize("entry", [
    "Жариялаған: Қалиева Г. С., аға оқытушы · 03.10.2026 · Қаралды: 2 406 · Жүктелді: 611\n"
    "Ustaz-Kitap басылымының № UK-26-10412 жарияланым куәлігі берілді",
    "Авторы: Жаңабаева Г. Ә.\nЖарияланды: 2025 жылғы 03 қазан | Қаралды: 2 176 | Жүктеп алынды: 389\n"
    "Жарияланым туралы сертификат № BK-25-104772",
])
def test_a_kazakh_teachers_library_copy_of_a_plan_is_no_institutions(detector: Detector, entry: str) -> None:
    doc = wrapped("https://teachers-library.example.test/material/parasattylyq-mektebi-zhospar",
                  "Парасаттылық мектебінің жұмыс жоспары — жүктеу | Ұстаздар кітапханасы\n"
                  "Басты бет | Материалдар | Тәрбие сағаттары | Материал жүктеу | Кіру\n"
                  "Басты бет / Материалдар / Тәрбие жұмысы\nПарасаттылық мектебінің жұмыс жоспары (2026-2027 оқу жылы)\n"
                  f"{entry}\nМақсаты: білім алушылардың бойында адалдық қасиеттерін қалыптастыру.\n"
                  "1. Бірінші курс студенттерімен «Академиялық адалдық» тақырыбында дәріс.")
    assert "integrity_school" not in found_verdicts(detector, doc)


def test_an_exam_regulations_rules_of_conduct_for_students_are_no_student_code(detector: Detector) -> None:
    doc = wrapped(f"{U}/ru/students/polozhenie-o-poryadke-provedeniya-ekzamenov",
                  "Положение о порядке проведения экзаменов | Университет\nГлавная / Студентам\n"
                  "Положение о порядке проведения экзаменов\n"
                  "5. Правила поведения и этики обучающихся на экзамене\n"
                  "Обучающийся не пользуется телефоном, не списывает и не передаёт материалы другим обучающимся.")
    evidence = {e.artefact_id: e for e in detector.detect(doc, "university", AS_OF)}
    assert "student_ethics_code" not in evidence


@pytest.mark.parametrize("artefact, itype, url, text", [
    # The candidates' page says its lists are not published yet (a sentence naming them as the title does).
    ("scholarship_candidates", "university", f"{U}/kk/students/stipendiya-umitkerler",
     "Стипендияға үміткерлер | Университет\nБасты бет / Білім алушыларға / Стипендияға үміткерлер\nСтипендияға үміткерлер\n"
     "Көктемгі семестр бойынша стипендияға үміткерлер тізімі әзірге жарияланған жоқ. Тізімдер сессия аяқталғаннан кейін "
     "осы бетте жарияланады.\nСтипендияға үміткерлер тізімі тек үлгерім бойынша жасалады.\n"
     "Білім алушыларға: Сабақ кестесі | Стипендияға үміткерлер | Кітапхана"),
    # Vacancies: none open now, the sentence naming them further than three words from its "нет".
    ("vacancy_announcements", "college", f"{C}/ru/vacancies",
     "Вакансии | Колледж\nГлавная / Вакансии\nВакансии\nНа 01.12.2026 вакантных должностей преподавателей и учебно-"
     "вспомогательного персонала в колледже нет.\nОбъявления о конкурсе на вакантные должности публикуются в этом разделе.\n"
     "Резюме можно направить в отдел кадров."),
    # A section "being prepared" ("Бұл бөлім әзірленуде") for a council the university has not set up yet.
    ("dissertation_council_regulation", "university", f"{U}/kk/science/dis-kenes",
     "Диссертациялық кеңес | Университет\nБасты бет / Ғылым / Диссертациялық кеңес\nДиссертациялық кеңес\n"
     "Қазіргі уақытта университетте PhD бағдарламалары бойынша диссертациялық кеңес құрылмаған; докторанттар серіктес "
     "университеттерде қорғайды.\nБұл бөлім әзірленуде."),
    # A dormitory page whose only sentence about an online service says it is being built: applications on paper.
    ("dormitory_online_registration", "university", f"{U}/ru/campus",
     "Студенческий городок | Университет\nГлавная / Студенческая жизнь / Студенческий городок\nСтуденческий городок\n"
     "Порядок заселения в общежитие\nЗаселение осуществляется по письменному заявлению, поданному в деканат.\n"
     "Документы для заселения\nВнимание! Сервис онлайн-регистрации в общежитие находится в разработке. Заявления в "
     "электронном виде не принимаются.\nПравила проживания в общежитии утверждены ректором."),
])
def test_a_page_whose_own_sentence_says_the_thing_is_not_there_yet_is_no_evidence(
        detector: Detector, artefact: str, itype: str, url: str, text: str) -> None:
    """Named by the title and by sentences, but the sentence that names it most fully says it is not there yet (not
    published, none open, not set up, not offered online): a placeholder, at most uncertain."""
    assert artefact not in found_verdicts(detector, wrapped(url, text), itype)


def test_a_list_page_whose_note_says_the_next_semesters_list_is_not_ready_stays_found(detector: Detector) -> None:
    doc = wrapped(f"{U}/ru/students/stipendiya",
                  "Списки претендентов на стипендию | Университет\nГлавная / Студентам\n"
                  "Списки претендентов на назначение государственной стипендии на осенний семестр 2026-2027 учебного года\n"
                  "1 | Ахметова А. | ИС-21 | 3,67\n2 | Беков Н. | ИС-22 | 3,71\n3 | Ким О. | ЭК-21 | 3,50\n"
                  "Списки претендентов на весенний семестр 2026-2027 учебного года пока не сформированы.")
    assert "scholarship_candidates" in found_verdicts(detector, doc)


@pytest.mark.parametrize("url, text, artefact", [
    # The national award's list of educational grants, reported by the university: no vacant grant of its own.
    (f"{U}/kk/news/grant-2026",
     "Білім беру гранттарын беру туралы тізім жарияланды | Университет\nБасты бет / Жаңалықтар\n"
     "Білім беру гранттарын беру туралы тізім жарияланды\n12.08.2026\nРеспубликалық конкурстық комиссия 2026-2027 оқу "
     "жылына білім беру гранттарын беру туралы тізімді бекітті. Нәтижені testcenter.kz сайтынан тексеріңіз.",
     "grant_transfer_candidates"),
    # A ministry's page on gov.kz itself (no subdomain): the sectoral standard there is not the college's publication.
    ("https://gov.kz/memleket/entities/edu/documents/details/standart?lang=kk",
     "Білім беру саласындағы сыбайлас жемқорлыққа қарсы стандарт | Министрлік\nМемлекеттік органдар / Министрлік\n"
     "Білім беру саласындағы сыбайлас жемқорлыққа қарсы стандарт\nҚұжат түрі: бұйрық\nСтандарт білім беру ұйымдары "
     "қызметкерлерінің мінез-құлық ережелерін белгілейді.", "anticorruption_standard"),
    # An education portal's how-to, its footer calling the domain a portal.
    ("https://bilimportal-example.kz/kk/grant/auysu",
     "Ақылы бөлімнен грантқа қалай ауысуға болады | Bilim-Portal\nЖаңалықтар | ҰБТ | Грант | Мақалалар\n"
     "Ақылы бөлімнен грантқа қалай ауысуға болады\nБосаған гранттарға ауысу конкурсы жазда өтеді: университетіңіздің "
     "сайтындағы хабарландыруды қадағалаңыз.\nЖарнама | Серіктестерге | Редакция\n"
     "© 2026 BilimPortal-example.kz — білім туралы ақпараттық портал. Материалдарды көшіргенде порталға сілтеме міндетті.", "grant_transfer_candidates"),
    # A guide signed with its author and its reading time.
    ("https://study-guide.example.test/scholarships/2026",
     "Scholarships in Kazakhstan: a 2026/27 guide | Study Guide\nUniversities | Scholarships | Blog\n"
     "Scholarships in Kazakhstan: a 2026/27 guide\nBy Aliya Nurlanova · Updated 2 October 2026 · 8 min read\n"
     "Students on a state grant who pass their exams well receive a monthly scholarship; each university announces the "
     "award of scholarships and its payment dates.", "scholarship_info"),
    # A survey the college runs now, its results to be discussed later.
    (f"{C}/kk/psiholog/saualnama",
     "Педагогтерге арналған сауалнама | Колледж\nБасты бет / Педагогтерге\nКолледждің психологиялық қызметі қараша айында "
     "«Жұмысқа қанағаттану» тақырыбында сауалнама жүргізеді.\n1. Апта соңында шаршайсыз ба? ( ) иә ( ) жоқ\n"
     "Сауалнама нәтижелері бойынша желтоқсанда әдістемелік кеңесте ұсыныстар талқыланады.", "survey_results"),
])
def test_national_awards_state_sites_media_articles_and_running_surveys_are_no_evidence(
        detector: Detector, url: str, text: str, artefact: str) -> None:
    assert artefact not in found_verdicts(detector, wrapped(url, text), "college" if url.startswith(C) else "university")


def test_a_universitys_own_vacant_grant_list_with_its_award_stays_found(detector: Detector) -> None:
    doc = wrapped(f"{U}/kk/students/bos-grant",
                  "Босаған гранттарға үміткерлер тізімі | Университет\nБасты бет / Студенттерге\n"
                  "2026-2027 оқу жылына босаған білім беру гранттарын беру туралы конкурсқа үміткерлер тізімі\n"
                  "1 | Ахметова А. | 6B01101 | GPA 3,67\n2 | Беков Н. | 6B04101 | GPA 3,71")
    assert "grant_transfer_candidates" in found_verdicts(detector, doc)


def test_an_online_gradebook_is_the_electronic_journal(detector: Detector) -> None:
    """"Online gradebook", the English page's paraphrase of "электронный журнал" for attendance and grades."""
    doc = wrapped(f"{C}/en/students/online-gradebook",
                  "Online gradebook for students and parents | College\nHome > Students > Online gradebook\n"
                  "Track attendance and grades online\nAll groups keep their class records in the electronic system; "
                  "teachers enter attendance marks and grades on the day of the lesson.\nParents log in with the "
                  "student's IIN.")
    assert "e_journal" in found_verdicts(detector, doc, "college")


@pytest.mark.parametrize("text", [
    "Ректордың есебі | Университет\nБасты бет / Университет / Ректордың есебі\nРектордың қоғам алдындағы есебі\n"
    "Ректордың 2025-2026 оқу жылы қорытындылары бойынша қоғам алдындағы есебі желтоқсан айында өткізіледі. Есептің толық "
    "мәтіні кездесу өткеннен кейін осы бөлімде жарияланады.\nСұрақтарыңызды otchet@uni.example.test поштасына жіберіңіз.",
    "Отчёт ректора | Университет\nГлавная / Университет / Отчёт ректора\nОтчёт ректора перед общественностью\n"
    "Встреча ректора с общественностью по итогам 2025-2026 учебного года состоится в декабре. Текст отчёта будет размещён "
    "в данном разделе после проведения встречи.\nВопросы принимаются по адресу otchet@uni.example.test.",
])
def test_a_head_report_page_before_the_meeting_is_a_placeholder(detector: Detector, text: str) -> None:
    assert "head_annual_report" not in found_verdicts(detector, wrapped(f"{U}/university/rector-report", text))


@pytest.mark.parametrize("host, byline", [
    ("bilimmedia-example.kz", ""),  # a media host ("...media.kz")
    ("bilim-example.kz", "Дамир А. | 03.11.2026 | 5 мин. чтения | 2 714 просмотров\n"),  # a byline's date and reading time
])
def test_a_media_outlets_rating_of_colleges_is_no_colleges_report(detector: Detector, host: str, byline: str) -> None:
    """Statistics of others' reports on a media outlet's page."""
    doc = wrapped(f"https://{host}/college/rating-2026",
                  "Отчёт директора перед общественностью: рейтинг колледжей | Bilim Media\nНовости | Колледж | Вуз | Интервью\n"
                  f"Отчёт директора перед общественностью: рейтинг колледжей\n{byline}"
                  "Главные выводы\n— Отчёт директора перед общественностью за последний учебный год опубликовали 44% "
                  "колледжей.\n— Кодекс чести педагогов размещают 71% колледжей.")
    assert "head_annual_report" not in found_verdicts(detector, doc, "college")


def test_one_item_of_a_list_of_tasks_is_a_topic_not_the_information(detector: Detector) -> None:
    """"— ... стипендиялар тағайындауға жәрдем көрсету;" among a board's tasks names a topic: at most uncertain."""
    doc = wrapped(f"{U}/kk/university/qamqorshylar",
                  "Қамқоршылар кеңесі | Университет\nБасты бет / Университет / Қамқоршылар кеңесі\nҚАМҚОРШЫЛАР КЕҢЕСІ\n"
                  "Кеңестің негізгі міндеттері:\n— университеттің материалдық базасын нығайтуға жәрдем көрсету;\n"
                  "— дарынды студенттерге демеушілік стипендиялар тағайындауға жәрдем көрсету;\n"
                  "— түлектерді жұмысқа орналастыруға көмектесу.")
    assert "scholarship_info" not in found_verdicts(detector, doc)


def test_a_phrase_finds_the_words_it_needs_near_it_or_in_the_head_not_paragraphs_away(detector: Detector) -> None:
    """"Online course registration" in a report's list of plans is no dormitory service for a dormitory block opened
    paragraphs above; on a dormitory page its head gives the dormitory to an online application."""
    report = wrapped(f"{U}/en/rector/annual-report",
                     "Annual report of the Rector for 2025-2026 | University\nHome / University / Rector\n"
                     "Annual report of the Rector for 2025-2026\nA new 250-bed dormitory block was opened in March.\n"
                     "Research income grew by a fifth.\nTwo programmes passed accreditation.\nThe library was renovated.\n"
                     "Plans for next year:\n• Launch online course registration for all programmes\n"
                     "• Open a second sports hall")
    assert "dormitory_online_registration" not in found_verdicts(detector, report)
    service = wrapped(f"{U}/en/students/dormitory",
                      "Dormitory | University\nHome / Students / Dormitory\nDormitory\nThe university has two halls of "
                      "residence with 640 places.\nRooms have two or three beds.\nThe hostel is open all year.\n"
                      "Submit an online application through your personal account from 1 to 20 August.")
    assert "dormitory_online_registration" in found_verdicts(detector, service)


def test_a_companys_latin_legal_name_above_its_copyright_makes_its_page_another_organisations(detector: Detector) -> None:
    doc = wrapped("https://qazdata-example.kz/careers/policies",
                  "Hiring Policy | QazData Solutions — Careers\nServices  Industries  Careers  About  Contact\n"
                  "Hiring Policy (summary for candidates)\nEvery open role is published on our Careers page for at least "
                  "10 days; vacancies are announced on job boards too.\nCandidates complete an assignment and two "
                  "interviews.\nEach year we take graduates of Kazakhstan universities into our Data Academy.\n"
                  "QazData Solutions LLP, Almaty, Dostyk Ave. 240\n© 2026 QazData Solutions.")
    assert "vacancy_announcements" not in found_verdicts(detector, doc)


def test_the_licensing_requirements_an_institution_meets_are_no_staff_qualification_requirements(
        detector: Detector) -> None:
    doc = wrapped(f"{U}/ru/about/license/qualification",
                  "Соответствие квалификационным требованиям к образовательной деятельности | Университет\n"
                  "Главная → Об университете → Лицензии\nСведения о соответствии университета квалификационным "
                  "требованиям, предъявляемым к образовательной деятельности\nПоказатель | Требование | Факт\n"
                  "Доля штатных преподавателей | не менее 50 % | 78 %\nУчебная площадь | не менее 6 м² | 9,4 м²")
    assert "qualification_requirements" not in found_verdicts(detector, doc)


def test_a_composition_names_its_year_below_the_title_under_a_vertical_menu(detector: Detector) -> None:
    """The site's menu, one item a line, stands above the repeated title: the line below the title names the period."""
    doc = wrapped(f"{C}/ru/about/trustees/members",
                  "Состав Попечительского совета | Колледж\nКолледж\nГлавная\nО колледже\nПопечительский совет\nНовости\n"
                  "Контакты\nГлавная → О колледже → Попечительский совет → Состав\nСОСТАВ ПОПЕЧИТЕЛЬСКОГО СОВЕТА\n"
                  "КГКП «Колледж» на 2025-2026 учебный год\nУтверждён приказом № 01-05/712 от 18.09.2025\n"
                  "№ | Ф.И.О. | Место работы | Статус\n1 | Бекмуханов А. С. | АО «Энергия» | председатель\n"
                  "2 | Голубева С. Н. | ТОО «Комир» | член совета\n3 | Жантасов Е. М. | депутат маслихата | член совета")
    evidence = {e.artefact_id: e for e in detector.detect(doc, "college", AS_OF)}
    assert evidence["board_of_trustees_composition"].confidence >= 0.5
    assert evidence["board_of_trustees_composition"].stale


@pytest.mark.parametrize("title", ["Standards of Professional Conduct for Teachers and Staff",
                                   "Стандарты профессионального поведения и этики педагогов"])
def test_standards_of_professional_conduct_are_no_professional_standard(detector: Detector, title: str) -> None:
    """A code of honour under a paraphrased title: "professional" and "standard" in it name no professional standard."""
    doc = wrapped(f"{C}/en/about/ethics",
                  f"{title} | College\nHome / About / Ethics\n{title}\nThese standards set out what students and parents "
                  "can expect from every teacher and member of staff: honesty, respect and fairness in assessment.")
    assert "qualification_requirements" not in found_verdicts(detector, doc, "college")


def test_a_trust_line_still_being_connected_is_a_placeholder(detector: Detector) -> None:
    doc = wrapped(f"{U}/ru/about/hotline",
                  "Горячая линия | Университет\nГлавная / Об университете / Горячая линия\nГорячая линия университета\n"
                  "Университет создаёт круглосуточную горячую линию для обращений о коррупции.\nВ настоящее время линия "
                  "находится в стадии подключения. Номер телефона будет опубликован на этой странице дополнительно.\n"
                  "По учебным вопросам обращайтесь в офис регистратора, каб. 103.")
    assert "hotline" not in found_verdicts(detector, doc)


def test_a_breadcrumb_that_stops_at_the_section_names_where_the_page_sits(detector: Detector) -> None:
    """"... / Қорытынды аттестаттау" over a page titled for the plagiarism check of diploma projects: the section, not the
    page's own name, so no exam rules."""
    doc = wrapped(f"{C}/kk/oqu/plagiat",
                  "Дипломдық жобаларды плагиатқа тексеру | Колледж\nБасты бет / Оқу-әдістемелік жұмыс / Қорытынды "
                  "аттестаттау\nДипломдық жобаларды плагиатқа тексеру\nКолледжде бітіруші топтардың дипломдық жобалары "
                  "плагиатқа тексеріледі.\n1. Студент жобаны жетекшіге тапсырады.\n2. Әдіскер жұмысты жүйеде тексереді.")
    assert "exam_rules" not in found_verdicts(detector, doc, "college")


def test_a_numbered_item_of_a_plan_page_is_a_task_not_the_thing(detector: Detector) -> None:
    """"2. Жылдық есепті дайындау" (prepare the annual report) in a curator's plan is a task, not the head's report."""
    doc = wrapped(f"{C}/kk/kuratorlar/zhospar",
                  "Топ кураторының 2026-2027 оқу жылына арналған тәрбие жұмысының жоспары | Колледж\n"
                  "Кураторлар › Жоспарлар\nТоп кураторының 2026-2027 оқу жылына арналған тәрбие жұмысының жоспары\n"
                  "Қыркүйек\n1. Кураторлық сағат «Ұстазым – ұлағатым»\n2. Ата-аналар жиналысы\nМамыр\n"
                  "1. Топтың жылдық қорытындысы\n2. Жылдық есепті дайындау")
    assert "head_annual_report" not in found_verdicts(detector, doc, "college")


def test_a_vacant_grants_page_saying_there_are_none_now_is_a_placeholder(detector: Detector) -> None:
    doc = wrapped(f"{U}/ru/students/vacant-grants",
                  "Претенденты на вакантные гранты | Университет\nГлавная / Студентам / Вакантные гранты\n"
                  "ПРЕТЕНДЕНТЫ НА ВАКАНТНЫЕ ГРАНТЫ\nНа текущий момент (по состоянию на 20.11.2026) вакантных "
                  "образовательных грантов по программам бакалавриата и магистратуры в университете нет.\n"
                  "Объявление о конкурсе и список претендентов появятся здесь после зимней сессии.")
    assert "grant_transfer_candidates" not in found_verdicts(detector, doc)


@pytest.mark.parametrize("itype, url, text", [
    # A job board's copy of a college's vacancy: its menu for job seekers and employers, who applied.
    ("college", "https://worknet-example.test/jobs/education/48213",
     "Deputy Director for Academic Affairs — College — Job in Kostanay | WorkNet\n"
     "Find jobs | Post a vacancy | Companies | Salaries | For employers | Sign in\nDeputy Director for Academic Affairs\n"
     "Kostanay Agrarian College\nKostanay · Full-time · Posted 3 days ago · 148 views · 6 applicants\n"
     "The college announces a vacancy of the deputy director for academic affairs; applications until 15 December."),
    # A sole trader's hostel offering students online booking.
    ("university", "https://studentplus-example.kz/booking",
     "Хостел для студентов — онлайн-бронирование | Студент Плюс\nГлавная | Номера и цены | Онлайн-бронирование | Отзывы\n"
     "Онлайн-бронирование мест для студентов\nНе досталось место в общежитии университета? Забронируйте место в хостеле "
     "онлайн: заявка на заселение через сайт.\nИП «Студент Плюс», г. Павлодар, ул. Сатпаева, 112\n© 2026 Студент Плюс"),
])
def test_job_boards_and_private_hostels_are_other_organisations(
        detector: Detector, itype: str, url: str, text: str) -> None:
    verdicts_found = found_verdicts(detector, wrapped(url, text), itype)
    assert not {"vacancy_announcements", "dormitory_online_registration"} & set(verdicts_found)


@pytest.mark.parametrize("itype, url, text, artefact", [
    # A lyceum (a school) whose host spells it "licey": its pupils' code of honour is no college's.
    ("college", "https://licey3-example.edu.kz/ru/students/kodeks",
     "Кодекс чести лицеиста | Лицей № 3\nГлавная › Учащимся › Кодекс чести лицеиста\nКОДЕКС ЧЕСТИ ЛИЦЕИСТА\n"
     "Принят на заседании педагогического совета, протокол № 2 от 29.08.2026.\n1. Лицеист честен в учёбе и уважает "
     "учителей и сотрудников.", "staff_ethics_code"),
    # The results of an attestation, a table of who passed: no rules of exams.
    ("college", f"{C}/ru/students/itogi-attestacii",
     "Итоги промежуточной аттестации за 2 семестр 2025-2026 уч. года | Колледж\nГлавная » Студенту » Итоги аттестации\n"
     "ИТОГИ ПРОМЕЖУТОЧНОЙ АТТЕСТАЦИИ ОБУЧАЮЩИХСЯ\nСпециальность | Контингент | Сдали | Успеваемость, %\n"
     "Сварочное дело | 96 | 87 | 90,6\nЭлектроснабжение | 101 | 97 | 96,0", "exam_rules"),
    # A lecturer's blog answering students' questions: no head's blog.
    ("university", f"{U}/kk/kafedry/blogs/bekenova",
     "Аға оқытушы Н. Бекенованың блогы | Университет\nБасты бет / Кафедралар / Оқытушылар блогтары\n"
     "Аға оқытушы Н. Бекенованың блогы\nСтуденттердің сұрақтарына жауап беремін: сұрағыңызды жазыңыз, жауабы осы "
     "бетте.", "head_blog"),
])
def test_schools_attestation_results_and_lecturers_blogs_are_no_evidence(
        detector: Detector, itype: str, url: str, text: str, artefact: str) -> None:
    assert artefact not in found_verdicts(detector, wrapped(url, text), itype)


@pytest.mark.parametrize("itype, url, text, artefact", [
    # A regulation still being drawn up, to be published "after it is approved", the section empty for now.
    ("university", f"{U}/kk/compliance/syilyqtar",
     "Сыйлықтар туралы ереже | Университет\nБасты бет > Комплаенс > Сыйлықтар\nСыйлықтар туралы ереже\n"
     "Университеттің сыйлықтар туралы ережесі қазіргі уақытта әзірлену сатысында.\n"
     "Ереже бекітілгеннен кейін осы бөлімде жарияланатын болады.\nБөлімде әзірге құжаттар жоқ.", "gifts_policy"),
    # Minutes to come: "will be published on this page after they have been approved", "No minutes are available yet".
    ("university", f"{U}/en/compliance/commission/minutes",
     "Anti-Corruption Commission: Minutes of Meetings | Example University\nHome / Compliance / Commission / Minutes\n"
     "Minutes of the Anti-Corruption Commission's meetings will be published on this page after they have been approved "
     "and signed.\nThe Commission's first meeting is scheduled for December 2026. No minutes are available yet.",
     "anticorruption_commission_reports"),
    # A board's minutes "after the meeting, its minutes will be placed in this section", the information "later".
    ("college", f"{C}/kk/qamqorshylyq-kenes/hattamalar",
     "Қамқоршылық кеңес отырыстарының хаттамалары | Колледж\nБасты бет / Қамқоршылық кеңес / Хаттамалар\n"
     "Ақпарат кейін жарияланады.\nОтырыс өткізілгеннен кейін оның хаттамасы осы бөлімде орналастырылады.",
     "board_of_trustees_minutes"),
    # A council's chair "director of the department for academic matters" asks the rector nothing: no head's blog.
    ("university", f"{U}/ru/students/integrity/protokol-2",
     "Протокол заседания Совета по академической честности № 2 | Университет\nГлавная / Студентам / Решения Совета\n"
     "ПРОТОКОЛ № 2\nзаседания Совета по академической честности\nг. Алматы 6 ноября 2026 г.\n"
     "Председатель Совета: Тасболатова М. К., директор департамента по академическим вопросам\n"
     "ПОСТАНОВИЛИ: признать факт нарушения правил академической честности.", "head_blog"),
    # A booking site that says it is no university's: its "book a dormitory bed online" is no institution's service.
    ("university", "https://stay-example.test/almaty/hostels/keremet",
     "Student Hostel Keremet near the campus – Book online | StayKZ\nStayKZ | Hotels | Hostels | Apartments | Sign in\n"
     "Student Hostel Keremet – online dormitory booking\nLooking for a dormitory alternative? Book a bed online in two "
     "minutes and move in the same day.\nKeremet is an independent property and is not affiliated with any university.\n"
     "StayKZ LLP · Almaty, Nazarbayev Ave, 223\nTerms · Privacy\n© 2026 StayKZ", "dormitory_online_registration"),
])
def test_placeholders_a_councils_chair_and_a_booking_site_are_no_evidence(
        detector: Detector, itype: str, url: str, text: str, artefact: str) -> None:
    assert artefact not in found_verdicts(detector, wrapped(url, text), itype)


def test_a_sections_menu_names_its_anti_plagiarism_page(detector: Detector) -> None:
    """A library's section menu ("Меню раздела") lists the anti-plagiarism system's page: the site has one."""
    doc = wrapped(f"{U}/ru/library/uslugi",
                  "Научная библиотека: услуги\nГлавная / Научная библиотека / Услуги\nНаучная библиотека\nМеню раздела\n"
                  "• О библиотеке\n• Электронный каталог\n• Система «Антиплагиат»\n• Услуги\n• Контакты библиотеки\n"
                  "УСЛУГИ\nБиблиотека обслуживает обучающихся и преподавателей университета: выдача литературы, "
                  "удалённый доступ к базам данных, консультации по поиску литературы.")
    assert "antiplagiarism" in found_verdicts(detector, doc)


def test_a_numbered_plan_with_only_its_approval_on_the_next_line_is_listed(detector: Detector) -> None:
    doc = wrapped(f"{C}/kk/kolledzh/sybaylas-zhemqorlyq",
                  "Сыбайлас жемқорлыққа қарсы іс-қимыл | Колледж\nБасты бет / Колледж туралы / Сыбайлас жемқорлыққа қарсы "
                  "іс-қимыл\nТөменде колледждің осы бағыттағы негізгі құжаттары орналастырылған.\n"
                  "1. Білім беру саласындағы сыбайлас жемқорлыққа қарсы стандарт\nЖүктеу: стандарт (PDF, 540 КБ)\n"
                  "2. 2026-2027 оқу жылына арналған сыбайлас жемқорлыққа қарсы іс-қимыл бойынша шаралар жоспары\n"
                  "Директордың 2026 жылғы 31 тамыздағы №176-н бұйрығымен бекітілген.\n"
                  "| № | Іс-шара | Мерзімі | Жауапты |\n| 1 | Топтарда «Адалдық сағаты» өткізу | ай сайын | кураторлар |")
    assert "anticorruption_plan" in found_verdicts(detector, doc, "college")


def test_a_news_posts_tags_say_what_it_is_about(detector: Detector) -> None:
    """Own news of the institution's students leaving for a semester abroad, titled with neither word, tagged "academic
    mobility": the post is about its mobility (news is how mobility is reported)."""
    doc = wrapped(f"{U}/en/news/six-students-start-autumn-semester-in-lodz",
                  "Six of our students start their autumn semester in Łódź | Example University\nHome / International / News\n"
                  "Published: 12 September 2026 · International Office · 418 views\n"
                  "Six second-year students arrived in Poland this week to spend the autumn semester at Lodz University of "
                  "Technology under the Erasmus+ International Credit Mobility project.\nAll credits earned there will be "
                  "recognised on return. In total, 23 of our students took part in outgoing academic mobility last year.\n"
                  "Tags: academic mobility, Erasmus+, exchange\n© 2026 Example University")
    assert "academic_mobility" in found_verdicts(detector, doc)


def test_a_composition_pending_approval_is_a_placeholder_whatever_date_another_sentence_gives(detector: Detector) -> None:
    """"Состав ... на 2026-2027 учебный год находится на утверждении. Информация будет размещена после издания приказа": the
    page holds no composition yet; a deadline in another sentence ("до 31 октября 2026 года") names no other period."""
    doc = wrapped(f"{U}/ru/compliance/sostav-komissii",
                  "Состав антикоррупционной комиссии | Университет\nГлавная / Комплаенс / Состав антикоррупционной комиссии\n"
                  "Состав антикоррупционной комиссии\nВ связи с кадровыми изменениями состав антикоррупционной комиссии "
                  "университета на 2026-2027 учебный год находится на утверждении. Информация будет размещена после издания "
                  "соответствующего приказа.\nВ состав комиссии традиционно включаются представители администрации и "
                  "студенческого самоуправления.\nОбучающиеся, желающие войти в состав комиссии, могут подать заявку до "
                  "31 октября 2026 года.")
    assert "anticorruption_commission_composition" not in found_verdicts(detector, doc)


@pytest.mark.parametrize("itype, url, text, artefact", [
    # A job search engine's copy of a university's vacancy, its menu one item a line, saying it is not the employer.
    ("university", "https://jobs-aggregator.example.test/jdp/lecturer-computer-science-7731904",
     "Lecturer in Computer Science — Astana | JobFinder\nJobFinder\nJobs\nSalaries\nCompanies\nPost a job\nSign in\n"
     "Lecturer in Computer Science\nAstana Polytechnic University invites applications for full-time teaching positions "
     "in the School of Information Technology.\nRequirements: a PhD in Computer Science, three years of teaching.\n"
     "How to apply: via the company's website. JobFinder is a job search engine and is not the employer; we aggregate "
     "vacancies from open sources.\n© 2026 JobFinder", "vacancy_announcements"),
    # "На данный момент вакантных должностей в ГККП «...» нет": the institution's name in quotes between the words.
    ("college", f"{C}/ru/o-kolledzhe/vakansii",
     "Вакансии | Колледж\nГлавная / О колледже / Вакансии\nВакансии\nУважаемые соискатели!\nНа данный момент вакантных "
     "должностей в ГККП «Кокшетауский колледж радиоэлектроники» нет.\nИнформация об открытых вакансиях и объявления о "
     "проведении конкурса будут опубликованы на данной странице.\nРезюме можно направить в отдел кадров.",
     "vacancy_announcements"),
    # National appointment rules reposted, approved by a minister's order with a long note on its amendments in brackets.
    ("college", f"{C}/kk/normativtik-kuzhattar/buiryq-57",
     "Мемлекеттік білім беру ұйымдарының бірінші басшылары мен педагогтерін лауазымға тағайындау, лауазымнан босату "
     "қағидалары\nБасты бет / Нормативтік құжаттар / Министрліктің бұйрықтары\nМемлекеттік білім беру ұйымдарының бірінші "
     "басшылары мен педагогтерін лауазымға тағайындау, лауазымнан босату қағидалары\nҚазақстан Республикасы Білім және "
     "ғылым министрінің 2012 жылғы 21 ақпандағы № 57 бұйрығымен бекітілген (2026 жылғы өзгерістер мен "
     "толықтыруларымен).\n1-тарау. Жалпы ережелер\n1. Осы Қағидалар педагогтерді лауазымға тағайындау тәртібін "
     "айқындайды.", "vacancy_rules"),
])
def test_a_job_search_engine_no_vacancies_now_and_national_rules_with_a_long_note_are_no_evidence(
        detector: Detector, itype: str, url: str, text: str, artefact: str) -> None:
    assert artefact not in found_verdicts(detector, wrapped(url, text), itype)


def test_news_of_a_change_in_the_countrys_law_is_no_institutions_mobility_information(detector: Detector) -> None:
    doc = wrapped(f"{U}/kk/news/bilim-zany-ozgerister",
                  "«Білім туралы» Заңға енгізілген өзгерістер: академиялық ұтқырлық пен кредиттерді тану | Университет\n"
                  "Басты бет / Жаңалықтар / Заңнама\n«Білім туралы» Заңға енгізілген өзгерістер: академиялық ұтқырлық пен "
                  "кредиттерді тану\n2026 жылғы 21 шілде\nМемлекет басшысы білім беру мәселелері бойынша өзгерістер енгізу "
                  "туралы Заңға қол қойды.\nЗаңға енгізілген негізгі жаңалықтар:\n– академиялық ұтқырлық ұғымы кеңейтіліп, "
                  "виртуалды ұтқырлық та танылатын болды;\n– шетелдік серіктес университеттерде игерілген кредиттерді қайта "
                  "есептеу тәртібі жеңілдетілді.")
    assert "academic_mobility" not in found_verdicts(detector, doc)


def test_a_students_course_registration_is_no_training_providers_sign_up(detector: Detector) -> None:
    """"Course registration — register for courses" on the university's own list of services is no commercial course's "register
    for the course": the electronic journal beside it stays the university's."""
    doc = wrapped(f"{U}/en/student-life/student-services",
                  "Student Services | Example University\nHome › Student Life › Student Services\nStudent Services\n"
                  "The Office of the Registrar provides online services for students through the student account.\n"
                  "Academic services\n• Course registration — register for courses and choose instructors\n"
                  "• Electronic journal (attendance and grades) — check your attendance and marks for each course\n"
                  "• Transcript request — order an official transcript")
    assert verdicts(detector, doc).get("e_journal", 0.0) >= 0.4


def test_the_line_naming_what_a_list_is_annexed_to_does_not_name_the_page(detector: Detector) -> None:
    """A list of scholarship candidates "annexed to the minutes of the scholarship commission": no scholarship information."""
    doc = wrapped(f"{U}/kk/students/stipendiya/umitkerler-2026-2027-kuzgi",
                  "2026-2027 оқу жылының күзгі семестріне мемлекеттік стипендияға үміткерлер тізімі\n"
                  "Басты бет / Білім алушыларға / Стипендия / Үміткерлер тізімі\n«Университет» КЕАҚ\n"
                  "Стипендиялық комиссияның 2026 жылғы 4 қыркүйектегі № 1 хаттамасына қосымша\n"
                  "2026-2027 оқу жылының күзгі семестріне мемлекеттік стипендия тағайындауға үміткерлер тізімі\n"
                  "Р/с | Аты-жөні | Курс | Топ | GPA\n1 | Әбдіқадыров Ерасыл | 2 | ХИ-24-1 | 3,45\n"
                  "2 | Байжанова Аружан | 2 | ХИ-24-1 | 4,00")
    found = found_verdicts(detector, doc)
    assert "scholarship_candidates" in found and "scholarship_info" not in found


def test_the_universitys_own_unified_contact_centre_round_the_clock_is_its_trust_line(detector: Detector) -> None:
    """"Единый контакт-центр университета работает круглосуточно": the institution's 24-hour contact centre ("unified" is
    no sign of the state's line, which names its agency or e-government)."""
    doc = wrapped(f"{U}/ru/students/feedback/contact-center",
                  "Единый контакт-центр университета работает круглосуточно\nГлавная / Студентам / Обратная связь / Единый "
                  "контакт-центр\nЕдиный контакт-центр\nДля обучающихся, родителей и сотрудников работает единый "
                  "контакт-центр университета. Звонки принимаются круглосуточно, семь дней в неделю.\nНомер контакт-центра: "
                  "8 (7182) 67-36-00 (24/7)\nЧерез контакт-центр можно сообщить о фактах вымогательства или коррупционных "
                  "правонарушениях. Конфиденциальность заявителя гарантируется.")
    assert "hotline" in found_verdicts(detector, doc)


def test_a_compositions_year_under_the_titles_last_repeat_in_the_header_dates_it(detector: Detector) -> None:
    """The title, the institution's name, the menu, the breadcrumb, the title again, then "(2025-2026 оқу жылы)": the board's
    composition for a year that has ended is stale."""
    doc = wrapped(f"{C}/kz/qamqorshylar-kenesi/quramy",
                  "Қамқоршылар кеңесінің құрамы\n«Қостанай политехникалық жоғары колледжі» КМҚК\n"
                  "Басты бет | Колледж туралы | Талапкерге | Студентке | Ата-аналарға | Қамқоршылар кеңесі | Байланыс\n"
                  "Басты бет / Қамқоршылар кеңесі / Қамқоршылар кеңесінің құрамы\nҚАЗ | РУС\nҚамқоршылар кеңесінің құрамы\n"
                  "(2025-2026 оқу жылы)\nКеңес төрағасы:\n1. Мұхтаров Серік Болатұлы — «ҚостанайАгроМаш» ЖШС бас директоры\n"
                  "Кеңес мүшелері:\n2. Ахметова Гүлмира Сәкенқызы — облыс әкімдігі білім басқармасының бас маманы\n"
                  "3. Ким Виктор Александрович — «Қостанай дизель» АҚ кадр бөлімінің бастығы")
    evidence = {e.artefact_id: e for e in detector.detect(doc, "college", AS_OF)}
    assert evidence["board_of_trustees_composition"].confidence >= 0.5 and evidence["board_of_trustees_composition"].stale


def test_an_academic_calendars_rows_day_first_are_steps_not_lists(detector: Detector) -> None:
    """"5–14 January 2027 — Applications for vacant state grants": when applications are taken, no list of candidates."""
    doc = wrapped(f"{U}/en/students/academic-calendar",
                  "Academic Calendar 2026-2027 | Example University\nHome / Students / Academic Calendar\n"
                  "Approved by the Academic Council, Minutes No. 11 of 26 June 2026\nFall semester 2026\n"
                  "1 September 2026 — Start of classes\n15 December 2026 – 10 January 2027 — Winter examination session\n"
                  "5–14 January 2027 — Applications for vacant state grants (Registrar's Office)\n"
                  "5–20 January 2027 — Transfer and reinstatement applications\n"
                  "1 July – 15 August 2027 — Transfer and reinstatement applications; vacant grant competition")
    assert "grant_transfer_candidates" not in found_verdicts(detector, doc)


def test_a_newspapers_report_of_a_college_directors_public_report_is_the_papers(detector: Detector) -> None:
    doc = wrapped("https://kokshe-example.test/kk/bilim/kolledzh-direktory-esep-berdi",
                  "Көкшетау политехникалық колледжінің директоры жұртшылық алдында есеп берді\nАқмола облысы жаңалықтары | "
                  "Саясат | Қоғам | Білім | Спорт\nБасты бет / Білім\n2026 жылғы 28 қазан, 14:35\nКолледж директоры 2025-2026 "
                  "оқу жылының қорытындысы бойынша ата-аналар мен студенттер алдында есеп берді.\nТегтер: колледж, есеп беру\n"
                  "© 2026 «Көкше таңы» облыстық қоғамдық-саяси газеті. Материалдарды пайдаланғанда сілтеме міндетті.")
    assert "head_annual_report" not in found_verdicts(detector, doc, "college")


def test_a_ministrys_call_with_its_source_after_the_date_is_its_news(detector: Detector) -> None:
    doc = wrapped(f"{U}/kk/news/gzhbm-akademiyalyq-utqyrlyq-konkursy",
                  "ҒЖБМ академиялық ұтқырлық бағдарламасы бойынша конкурс жариялады\nБасты бет / Жаңалықтар / Министрлік "
                  "жаңалықтары\n2026 жылғы 5 қараша | Дереккөз: sci.gov.kz\nҒылым және жоғары білім министрлігі 2027 жылдың "
                  "көктемгі семестрінде шетелдік жоғары оқу орындарында оқу үшін білім алушылардың академиялық ұтқырлығын "
                  "мемлекеттік қаржыландыру конкурсын жариялады.\nӨтінімдер жоғары оқу орындары арқылы 2026 жылғы "
                  "1 желтоқсанға дейін қабылданады.")
    assert "academic_mobility" not in found_verdicts(detector, doc)


def test_national_rules_named_after_their_kazakh_approval_line_are_reposted(detector: Detector) -> None:
    """"... министрінің 2012 жылғы 21 ақпандағы № 57 бұйрығымен бекітілген «... қағидалары» (өзгерістермен)": the Kazakh word
    order names the act after its approval; a national act reposted is at most uncertain."""
    doc = wrapped(f"{C}/kk/about/normativtik-kuqyqtyq-aktiler",
                  "Мемлекеттік білім беру ұйымдарының бірінші басшылары мен педагогтерін лауазымға тағайындау, лауазымнан "
                  "босату қағидалары\nБасты бет / Колледж туралы / Нормативтік-құқықтық актілер\nНормативтік-құқықтық актілер\n"
                  "Қазақстан Республикасы Білім және ғылым министрінің 2012 жылғы 21 ақпандағы № 57 бұйрығымен бекітілген "
                  "«Мемлекеттік білім беру ұйымдарының бірінші басшылары мен педагогтерін лауазымға тағайындау, лауазымнан "
                  "босату қағидалары» (өзгерістер мен толықтырулармен).\n1-тарау. Жалпы ережелер\n1. Осы Қағидалар "
                  "педагогтерді лауазымға тағайындау тәртібін айқындайды.")
    assert "vacancy_rules" not in found_verdicts(detector, doc, "college")


def test_own_news_of_a_directors_public_report_on_2024_is_stale_in_late_2026(detector: Detector) -> None:
    doc = wrapped(f"{C}/ru/news/otchet-direktora-2024",
                  "Директор колледжа отчитался перед общественностью о работе за 2024 год\nГлавная / Новости\n"
                  "30.01.2025 | Пресс-служба колледжа | Просмотров: 274\n29 января 2025 года в актовом зале колледжа состоялась "
                  "отчётная встреча директора с коллективом, родителями и представителями общественности.\nВ своём отчёте о "
                  "деятельности колледжа за 2024 год директор рассказал об итогах приёма и выпуска.")
    evidence = {e.artefact_id: e for e in detector.detect(doc, "college", AS_OF)}
    assert evidence["head_annual_report"].confidence >= 0.5 and evidence["head_annual_report"].stale


def test_a_transfer_to_a_grant_the_page_rules_out_is_no_candidates_list(detector: Detector) -> None:
    doc = wrapped(f"{U}/ru/students/dekanat/perevod",
                  "Перевод и восстановление обучающихся | Университет\nГлавная / Обучающимся / Деканат / Перевод и "
                  "восстановление\nПеревод и восстановление обучающихся\nПеревод осуществляется в период летних и зимних "
                  "каникул. Заявление подаётся в деканат лично.\nУсловия перевода\nПеревод с платной основы обучения на "
                  "образовательный грант при переводе между вузами не допускается.")
    assert "grant_transfer_candidates" not in found_verdicts(detector, doc)


def test_a_companys_scholarship_programme_under_its_dutch_legal_form_is_the_companys(detector: Detector) -> None:
    doc = wrapped("https://oil-company-example.test/en/social-responsibility/education/scholarship",
                  "Scholarship Programme 2026-2027 for students of technical universities\nNorth Field Petroleum Operating B.V.\n"
                  "Home / Social Responsibility / Education / Scholarship Programme\nScholarship Programme 2026-2027\n"
                  "The company invites applications for its annual scholarship programme for students of Kazakhstan's technical "
                  "universities: a monthly stipend and a paid summer internship.\nNorth Field Petroleum Operating B.V.\n"
                  "Aksai, West Kazakhstan region\n© 2026 NFPO. All rights reserved.")
    assert "scholarship_info" not in found_verdicts(detector, doc)


def test_a_blog_platforms_post_about_a_plagiarism_check_is_a_users(detector: Detector) -> None:
    doc = wrapped("https://blogs-example.test/u/1843201/1210455-antiplagiat-diplom",
                  "Мой диплом проверяли на антиплагиат в вузе: что реально считается заимствованием\n"
                  "Главная / Образование / Блог пользователя «Дамир С.»\nМой диплом проверяли на антиплагиат в вузе\n"
                  "Дамир С. · 15 июня 2026 · 3 812 просмотров · 41 комментарий\nПеред защитой работу проверяли на "
                  "заимствования в системе «Антиплагиат», и я прошёл через повторную проверку.\nИтог: у меня было 78 % "
                  "оригинальности, работу допустили.")
    assert "antiplagiarism" not in found_verdicts(detector, doc)


def test_a_session_with_its_dates_after_a_colon_is_no_exam_rules(detector: Detector) -> None:
    doc = wrapped(f"{U}/kk/students/registrar",
                  "Тіркеу офисі | Университет\nБасты бет / Білім алушыларға / Тіркеу офисі\nТіркеу офисі\n"
                  "Офистің негізгі функциялары\n- аралық және қорытынды аттестаттау ведомостарын қалыптастыру;\n"
                  "- транскрипттер мен академиялық анықтамаларды беру.\nАкадемиялық күнтізбе 2026-2027\n"
                  "Күзгі семестр: 1 қыркүйек – 20 желтоқсан 2026\nҚысқы емтихан сессиясы: 21 желтоқсан 2026 – 17 қаңтар 2027\n"
                  "Көктемгі семестр: 18 қаңтар – 10 мамыр 2027")
    assert "exam_rules" not in found_verdicts(detector, doc)


@pytest.mark.parametrize("itype, url, text, artefact", [
    ("university", f"{U}/en/students/scholarships/candidates",
     "Scholarship Candidates | Example University\nHome / Students / Scholarships / Candidates\nScholarship Candidates\n"
     "There are currently no candidate lists on this page.\nCandidate lists for the spring semester will be published here "
     "after the winter examination session has ended.", "scholarship_candidates"),
    ("university", f"{U}/ru/compliance/otchety-komissii",
     "Отчёты антикоррупционной комиссии | Университет\nГлавная / Комплаенс / Отчёты комиссии\nОтчёты антикоррупционной "
     "комиссии\nОтчёт о деятельности антикоррупционной комиссии университета за 2026 год будет размещён на данной странице "
     "до 20 января 2027 года после его рассмотрения на заседании Правления.", "anticorruption_commission_reports"),
    ("college", f"{C}/kk/student/elektrondyq-jurnal",
     "Электрондық журнал | Колледж\nБасты бет / Студентке / Электрондық журнал\nЭлектрондық журнал\nБөлім толтырылуда.\n"
     "Колледж 2027 жылғы қаңтардан бастап электрондық журнал жүйесіне көшуді жоспарлап отыр.", "e_journal"),
    ("university", f"{U}/en/research/graduate-school/dissertation-council",
     "Dissertation Council | Example University\nHome / Research / Graduate School / Dissertation Council\nDissertation "
     "Council\nThe Regulation on the Dissertation Council is currently being revised. The updated Regulation will be "
     "published here after its approval by the Academic Council.", "dissertation_council_regulation"),
    ("university", f"{U}/en/about/documents/code-of-ethics",
     "Code of Ethics | Example University\nHome / About / Documents / Code of Ethics\nCode of Ethics\nThe university's Code "
     "of Ethics for faculty, staff and students is currently under review by a working group of the Academic Council. The "
     "approved Code will be published on this page.", "student_ethics_code"),
    ("university", f"{U}/kk/npa/zannama/sybaylas-jemqorlyq-zan",
     "«Сыбайлас жемқорлыққа қарсы іс-қимыл туралы» Заң: мүдделер қақтығысы\nБасты бет | Университет | Талапкерлерге | "
     "Білім алушыларға | Ғылым | Байланыс\nҚАЗ | РУС | ENG\nБасты бет / Нормативтік-құқықтық база / Заңнама\n"
     "«Сыбайлас жемқорлыққа қарсы іс-қимыл туралы» Қазақстан Республикасының 2015 жылғы 18 қарашадағы № 410-V Заңы (үзінді)\n"
     "Ақпарат үшін жарияланды. Ресми мәтіні: adilet.zan.kz\n1-бап. Осы Заңда пайдаланылатын негізгі ұғымдар\n"
     "6) мүдделер қақтығысы — лауазымды адамның жеке мүдделері мен лауазымдық өкілеттіктері арасындағы қайшылық;\n"
     "14-бап. Мүдделер қақтығысын реттеу шаралары\n1. Мемлекеттік функцияларды атқаруға уәкілетті адамдар мүдделер "
     "қақтығысына жол бермеуге міндетті.",
     "conflict_of_interest_policy"),
])
def test_more_placeholders_and_a_law_whose_official_text_is_elsewhere_are_no_evidence(
        detector: Detector, itype: str, url: str, text: str, artefact: str) -> None:
    assert artefact not in found_verdicts(detector, wrapped(url, text), itype)


def test_a_career_and_employment_services_event_is_no_vacancy(detector: Detector) -> None:
    doc = wrapped(f"{U}/news/bolashak-info-session-2026",
                  "Bolashak Scholarship Info Session held at the University | Example University\nHome > News & Events\n"
                  "October 14, 2026 | Career and Employment Services\nOn October 12 the university hosted an information session "
                  "on the Bolashak international scholarship. More than 150 senior students attended.\nThe presentation slides "
                  "are available from Career and Employment Services upon request.\nTags: Bolashak, scholarships, career")
    assert "vacancy_announcements" not in found_verdicts(detector, doc)


def test_a_survey_of_the_students_of_many_universities_is_a_national_study(detector: Detector) -> None:
    doc = wrapped("https://ngo-example.test/en/research/student-integrity-survey-2026",
                  "Student Integrity Survey 2026: results | Integrity Watch Kazakhstan\nIntegrity Watch Kazakhstan\n"
                  "Home / Research / Surveys\nStudent Integrity Survey 2026: results\nPublished 3 July 2026\nWe present the "
                  "results of the third national Student Integrity Survey, conducted in March and April 2026 among 6 420 "
                  "students of 52 universities and 38 colleges in all regions of Kazakhstan.\nMain results\n- 17 % of university "
                  "students said they had been asked to pay for a grade.\n- 61 % of students know that their university has a "
                  "code of ethics.")
    assert "survey_results" not in found_verdicts(detector, doc)


def test_an_international_organisations_ethical_principles_are_its_own(detector: Detector) -> None:
    doc = wrapped("https://intl-org-example.test/en/web/ethics-transparency-integrity-in-education",
                  "ETINED – Ethical principles for teachers and education staff | Council of Europe\nCouncil of Europe | "
                  "Education\nHome > Education > ETINED\nETINED – Ethics, Transparency and Integrity in Education\nThe Platform "
                  "brings together specialists appointed by the member states of the Council of Europe.\nEthical principles "
                  "for teachers and education staff\nIn 2025 ETINED adopted a revised set of ethical principles for teachers, "
                  "education staff and students, a reference for institutions that develop their own codes of conduct.\n"
                  "1. Fairness and objectivity in assessment.\n2. Refusal of gifts that may affect professional judgement.\n"
                  "3. Academic integrity in teaching and research.\nCountry experiences\nAt the plenary session participants "
                  "heard how universities adopt institutional codes of honour for staff and students.\nPublications\n"
                  "- Guidelines on academic integrity and academic freedom (2024)\n- Ethical principles (2025)")
    found = found_verdicts(detector, doc)
    assert not {"staff_ethics_code", "student_ethics_code"} & set(found)


def test_a_rectors_blog_temporarily_down_and_being_filled_is_a_placeholder(detector: Detector) -> None:
    doc = wrapped(f"{U}/kz/university/rector/blog",
                  "Ректордың блогы | Университет\nБасты бет / Университет / Ректор / Ректордың блогы\nРектордың блогы\n"
                  "Құрметті сайтқа келушілер!\nРектордың блогы жаңа веб-платформаға көшірілуіне байланысты уақытша жұмыс "
                  "істемейді. Бөлім қазіргі уақытта толықтырылуда, жарияланымдар мен сауал-жауаптар жақын арада қолжетімді "
                  "болады.\nРекторға сұрақтарыңызды уақытша жалпы бөлімнің электрондық поштасы арқылы жолдауға болады.")
    assert "head_blog" not in found_verdicts(detector, doc)


def test_a_clubs_report_naming_its_visits_to_general_schools_and_its_members_stays_the_colleges(detector: Detector) -> None:
    """"Клуб мүшелері колледж студенттері арасында ..." (the club's members among the college's students) names no member
    colleges of an association; "жалпы білім беретін мектептерінде ... кездесу" is where the club went, not whose page it is."""
    doc = wrapped(f"{C}/kk/tarbie/sanaly-urpaq/esep-2025-2026",
                  "«Саналы ұрпақ» студенттер клубының 2025-2026 оқу жылында атқарған жұмысы туралы есеп\nБасты бет / Тәрбие "
                  "жұмысы / «Саналы ұрпақ» клубы\n«Саналы ұрпақ» студенттер клубының 2025-2026 оқу жылында атқарған жұмысы "
                  "туралы есеп\nКлуб мүшелерінің саны: 42 студент\nАтқарылған негізгі жұмыстар:\n1. «Адалдық сағаттары» "
                  "1-курс топтарында 24 рет өткізілді.\n2. Ақпан айында клуб мүшелері колледж студенттері арасында сауалнама "
                  "жүргізді (312 респондент).\n3. Наурыз-сәуір айларында қаланың жалпы білім беретін мектептерінде 9 "
                  "үгіт-насихат кездесуі өткізілді.\nЕсепті дайындаған: клуб жетекшісі, 2026 жылғы 15 маусым")
    assert "sanaly_urpaq_club" in found_verdicts(detector, doc, "college")


def test_own_news_that_the_teacher_evaluation_survey_is_open_is_the_survey_being_run(detector: Detector) -> None:
    doc = wrapped(f"{U}/en/news/teacher-through-the-eyes-of-students-survey-autumn-2026",
                  "Survey \"Teacher through the Eyes of Students\" is open until 20 December | Example University\n"
                  "Home > News > Students\n24 November 2026 | Office of Academic Quality\nDear students! The Office of Academic "
                  "Quality invites all students to take part in the survey \"Teacher through the Eyes of Students\" for the "
                  "autumn semester of the 2026-2027 academic year.\nThe survey is open from 24 November to 20 December 2026 in "
                  "your personal account on the student portal. For each course you evaluate the instructor on 15 questions.")
    assert "teacher_evaluation_surveys" in found_verdicts(detector, doc)


def test_a_page_named_only_by_the_sections_it_sits_in_is_no_document_of_them(detector: Detector) -> None:
    """"Главная / Обучающимся / Итоговая аттестация / Документы" and /itogovaya-attestaciya/dokumenty: a page of the final
    attestation's section (here its list of thesis regulations), not the exam rules."""
    doc = wrapped(f"{U}/ru/students/itogovaya-attestaciya/dokumenty",
                  "Документы для выпускников и магистрантов\nГлавная / Обучающимся / Итоговая аттестация / Документы\n"
                  "Документы для выпускников и магистрантов\nНа этой странице размещены документы университета для подготовки "
                  "и защиты выпускных работ.\nДокументы университета:\n• Положение о дипломной работе (проекте) — утверждено "
                  "решением Учёного совета, протокол № 2 от 26.09.2026 (PDF, 540 КБ)\n• Шаблон титульного листа (DOCX)")
    found = found_verdicts(detector, doc)
    assert "thesis_regulation" in found and "exam_rules" not in found


@pytest.mark.parametrize("url, text, artefact", [
    # Latin-script Kazakh: "... jospary qazırgı uaqytta äzırlenu üstınde".
    (f"{U}/kz/antikor/jospar",
     "Sybailas jemqorlyqqa qarsy ıs-qimyl jospary\nBasty bet > Universitet > Sybailas jemqorlyqqa qarsy ıs-qimyl > Jospar\n"
     "Sybailas jemqorlyqqa qarsy ıs-qimyl jospary\n2026-2027 oqu jylyna arnalğan sybailas jemqorlyqqa qarsy ıs-qimyl "
     "jönındegı ıs-şaralar jospary qazırgı uaqytta äzırlenu üstınde.\nJospar rektor bekıtkennen keiın osy bette jariialanady.",
     "anticorruption_plan"),
    # "Qazirgi ýaqytta ... dıssertasııalyq keńes qurylmaǵan" (2018 alphabet): no council yet.
    (f"{U}/kz/science/phd/dissertasiialyq-kenes",
     "Dıssertasııalyq keńes\nBasty bet / Ǵylym / Doktorantýra / Dıssertasııalyq keńes\nDıssertasııalyq keńes\n"
     "Qazirgi ýaqytta ýnıversıtette PhD dárejesin berý jónindegi dıssertasııalyq keńes qurylmaǵan.\n"
     "Keńes qurylǵan jaǵdaıda, onyń quramy jáne jumys tártibi osy bette jarııalanady.", "dissertation_council_regulation"),
    # "состав ... в настоящее время пересматривается", its sentences naming the old and the new composition.
    (f"{U}/ru/antikor/sostav-komissii",
     "Состав антикоррупционной комиссии | Университет\nГлавная → Противодействие коррупции → Состав антикоррупционной "
     "комиссии\nСостав антикоррупционной комиссии\nВ связи с кадровыми изменениями состав антикоррупционной комиссии в "
     "настоящее время пересматривается. Новый состав комиссии будет утвержден приказом ректора до конца 2026 года.\n"
     "Предыдущий состав комиссии прекратил полномочия в сентябре 2026 года.", "anticorruption_commission_composition"),
])
def test_placeholders_in_latin_script_kazakh_and_a_composition_being_revised(
        detector: Detector, url: str, text: str, artefact: str) -> None:
    assert artefact not in found_verdicts(detector, wrapped(url, text))


def test_a_development_banks_project_page_on_its_int_domain_is_its_own(detector: Detector) -> None:
    doc = wrapped("https://devbank-example.int/projects/kazakhstan/KZ-P0471",
                  "Kazakhstan: Student Housing Public-Private Partnership Programme – Project Information Document\n"
                  "Central Asian Development Bank\nProjects | Countries | Sectors | Procurement | Publications | News | About\n"
                  "Home > Projects > Kazakhstan > KZ-P0471\nKazakhstan: Student Housing Public-Private Partnership Programme\n"
                  "The Programme will finance new dormitory places for universities and a national digital registry of "
                  "dormitory places with online application and a public waiting list.\nExpected results: 100% of places in "
                  "participating universities allocated through online application.")
    assert "dormitory_online_registration" not in found_verdicts(detector, doc)


def test_a_regional_news_sites_report_of_a_rectors_public_report_is_the_sites(detector: Detector) -> None:
    doc = wrapped("https://karaganda-news-example.test/obrazovanie/rektor-otchitalsya",
                  "Ректор технического университета отчитался перед общественностью\nИндустриальная Караганда — новости "
                  "региона\nНовости | Регион | Экономика | Общество | Образование | Спорт\nГлавная / Образование\n"
                  "Ирина Соколова | 16 октября 2026, 18:20 | 894 просмотра\nВчера в университете прошла публичная отчетная "
                  "встреча ректора: ректор подвел итоги 2025-2026 учебного года.\nПо данным университета, полный текст отчета "
                  "будет размещен на официальном сайте вуза.")
    assert "head_annual_report" not in found_verdicts(detector, doc)


def test_a_public_associations_annual_report_is_no_heads_report(detector: Detector) -> None:
    """"«...» қоғамдық бірлестігінің жылдық есебі": an NGO's report on its year, not a rector's or director's."""
    doc = wrapped("https://ngo-example.test/kz/esepter/2025",
                  "«Таза Болашақ» қоғамдық бірлестігінің 2025 жылғы жылдық есебі\nБасты бет / Біз туралы / Есептер\n"
                  "«Таза Болашақ» қоғамдық бірлестігінің 2025 жылғы жылдық есебі\nБірлестік 2019 жылы құрылған, оның мақсаты "
                  "– жастар арасында адалдық мәдениетін қалыптастыру.\n2025 жылы бірлестік 30 колледжде 210 дәріс өткізді, "
                  "еріктілер саны 450 адамға жетті.\nҚаржылық көрсеткіштер: түсімдер – 21 400 мың теңге, шығыстар – 20 900 "
                  "мың теңге.\n© 2026 «Таза Болашақ» ҚБ")
    assert "head_annual_report" not in found_verdicts(detector, doc)


@pytest.mark.parametrize("url, text, artefact", [
    (f"{U}/ru/compliance/integrity-school",
     "Школа добропорядочности | Университет\nГлавная / Комплаенс-служба / Школа добропорядочности\n"
     "Школа добропорядочности\nИнформация будет опубликована после утверждения.\nКомплаенс-служба готовит проект положения "
     "о Школе; его рассмотрение на Учёном совете запланировано на февраль 2027 года.\nВопросы можно направить "
     "комплаенс-офицеру: compliance@uni.example.test", "integrity_school"),
    (f"{U}/ru/anticor/podarki",
     "Политика в отношении подарков | Университет\nГлавная / Противодействие коррупции / Подарки\nПолитика в отношении "
     "подарков\nРабочая группа подготовила проект политики. После их утверждения Правлением политика в отношении подарков "
     "и форма уведомления о подарке будут размещены на этой странице.", "gifts_policy"),
    (f"{U}/kk/adaldyq-mektebi",
     "Парасаттылық мектебі | Университет\nБасты бет / Парасаттылық мектебі\nПарасаттылық мектебі\n"
     "Ақпарат бекітілгеннен кейін жарияланады.\nМектептің ережесінің жобасы ғылыми кеңестің қарауына ұсынылды.",
     "integrity_school"),
])
def test_a_page_saying_its_information_comes_once_approved_is_a_placeholder(
        detector: Detector, url: str, text: str, artefact: str) -> None:
    assert artefact not in found_verdicts(detector, wrapped(url, text))


def test_news_of_a_seminar_on_hiring_is_no_vacancy_announcement(detector: Detector) -> None:
    doc = wrapped(f"{U}/ru/news/seminar-naym-2026",
                  "В университете прошёл семинар «Прозрачность при приёме на работу» | Университет\nГлавная / Новости\n"
                  "В университете прошёл семинар «Прозрачность при приёме на работу»\n12.11.2026 | Пресс-служба\n"
                  "11 ноября для работников отдела кадров и членов конкурсных комиссий проведён обучающий семинар. Юрист "
                  "университета рассказала о типичных нарушениях при найме и о порядке сообщения о личной заинтересованности.\n"
                  "Участникам вручены сертификаты.")
    assert "vacancy_announcements" not in found_verdicts(detector, doc)


def test_a_staff_recruitment_and_separation_policy_in_english_is_the_hiring_and_dismissal_regulation(
        detector: Detector) -> None:
    doc = wrapped(f"{U}/en/governance/policies/recruitment-separation",
                  "Staff Recruitment and Separation Policy | Example University\nHome / Governance / Policies\n"
                  "Staff Recruitment and Separation Policy\nApproved by the Board of Directors, Resolution No. 4 of 12 May 2026\n"
                  "1. Purpose\n1.1 This policy sets out how the University recruits, appoints and separates employees.\n"
                  "2. Recruitment\n2.1 Academic posts are filled by open competition.\n3. Separation\n3.1 Employment ends on "
                  "the grounds listed in the Labour Code.")
    assert "hiring_dismissal_rules" in found_verdicts(detector, doc)


@pytest.mark.parametrize("url, text, cited, own", [
    (f"{U}/ru/kadry/konkurs-2026",
     "Объявление о конкурсе на замещение вакантных должностей ППС | Университет\nГлавная / Кадры / Конкурс\n"
     "Объявление о конкурсе на замещение вакантных должностей ППС\nУниверситет объявляет конкурс на замещение вакантных "
     "должностей профессорско-преподавательского состава на второй семестр 2026-2027 учебного года.\nКонкурс проводится в "
     "соответствии с Правилами конкурсного замещения должностей ППС и научных работников университета, утверждёнными "
     "решением Совета директоров (протокол № 3 от 14.04.2025).\nДокументы принимаются до 10 декабря 2026 года.",
     "vacancy_rules", "vacancy_announcements"),
    (f"{U}/en/international/outgoing",
     "Outgoing students | Example University\nHome / International / Outgoing students\nOutgoing students\nThis page is prepared in accordance with the internal quality documentation of the "
     "university and applies to the academic mobility of students and staff.\nApplications for the spring semester are "
     "accepted until 15 December 2026.", None, "academic_mobility"),
])
def test_a_document_a_sentence_says_the_page_follows_is_cited_not_published(
        detector: Detector, url: str, text: str, cited: str | None, own: str) -> None:
    """"Конкурс проводится в соответствии с Правилами ..." names the rules the announcement follows: at most `uncertain`;
    what a citing sentence goes on to say beyond the cited name ("... and applies to the academic mobility ...") is its own."""
    found = found_verdicts(detector, wrapped(url, text))
    assert own in found
    if cited is not None:
        assert cited not in found


def test_an_online_only_dormitory_registration_that_takes_no_paper_applications_is_the_service(detector: Detector) -> None:
    """"Қағаз түріндегі өтініштер ... қабылданбайды" says the online way is the only one, not that none is offered."""
    doc = wrapped(f"{U}/kk/students/zhataqhana-online",
                  "Жатақханаға онлайн тіркелу | Университет\nБасты бет / Студенттерге / Жатақханаға онлайн тіркелу\n"
                  "Жатақханаға онлайн тіркелу\nЖатақханадағы орынға өтінім тек dorm.uni.example.test порталы арқылы онлайн "
                  "режимінде қабылданады. Қағаз түріндегі өтініштер, сондай-ақ жатақхана меңгерушісі арқылы жеке тіркеу "
                  "жүргізілмейді.\n"
                  "1. Порталға ЖСН арқылы тіркеліңіз.\n2. Жатақхана мен бөлме түрін таңдаңыз.\n3. Өтінім мәртебесін жеке "
                  "кабинеттен бақылаңыз.")
    assert "dormitory_online_registration" in found_verdicts(detector, doc)


def test_thanks_for_a_suggestion_beside_a_social_partnership_is_no_partner_offer(detector: Detector) -> None:
    """A vendor's "серіктестердің ұсыныстары" is a phrase in its order, not "ұсынысыңызға рахмет ... серіктестік"."""
    doc = wrapped(f"{C}/kk/college/direktor/suraq-zhauap",
                  "Директорға сұрақ | Колледж\nБасты бет / Колледж / Директордың парақшасы\nДиректорға сұрақ\n"
                  "Бұл парақша арқылы колледж директорына сұрақ қоюға болады, жауаптар осы жерде жарияланады.\n"
                  "Сұрақ (2026 жылғы 4 қараша): Колледжге кәсіпорын атынан атаулы стипендия тағайындағымыз келеді.\n"
                  "Жауап: ұсынысыңызға рахмет! Директордың әлеуметтік серіктестік жөніндегі орынбасарына хабарласыңыз.\n"
                  "Сұрақ (2026 жылғы 28 қазан): Жатақханада бос орын бар ма?\nЖауап: иә, 3 бос орын бар.")
    assert "head_blog" in found_verdicts(detector, doc, "college")


def test_a_composition_approved_for_a_past_year_in_kazakh_is_stale(detector: Detector) -> None:
    doc = wrapped(f"{U}/kk/antikor/komissiya-quramy",
                  "Сыбайлас жемқорлыққа қарсы комиссияның құрамы | Университет\nБасты бет / Сыбайлас жемқорлыққа қарсы "
                  "іс-қимыл / Комиссия құрамы\nСыбайлас жемқорлыққа қарсы комиссияның құрамы\n(Ректордың 2025 жылғы 10 "
                  "қаңтардағы № 03-ж бұйрығымен 2025 жылға бекітілген)\n1 | Ахметов Б. С. | проректор | Төраға\n"
                  "2 | Серікова Л. Ө. | заң бөлімінің басшысы | Хатшы\n3 | Жанов А. М. | бас бухгалтер | Мүше")
    stale = {e.artefact_id: e.stale for e in detector.detect(doc, "university", AS_OF) if e.confidence >= 0.5}
    assert stale.get("anticorruption_commission_composition") is True


def test_an_english_selection_panels_record_of_its_meeting_is_the_competition_commissions_minutes(
        detector: Detector) -> None:
    doc = wrapped(f"{U}/en/hr/selection-panel/record-3-2026",
                  "Faculty Selection Panel — Decisions of the Meeting of 20 August 2026 | Example University\n"
                  "Home / Human Resources / Faculty Selection Panel\nFaculty Selection Panel — Decisions of the Meeting of "
                  "20 August 2026\nRecord No. 3/2026 of the meeting of the competition commission for filling vacant "
                  "academic posts\nPresent: Chair — Vice-Rector for Academic Affairs; five members; Secretary — HR specialist.\n"
                  "No. | Post | Candidate | Votes | Decision\n1 | Professor | A. Imanov | 5 / 0 | recommended\n"
                  "2 | Lecturer | D. Sarina | 4 / 1 | recommended")
    assert "competition_commission_minutes" in found_verdicts(detector, doc)


@pytest.mark.parametrize("url, text", [
    (f"{U}/ru/students/registrar/appeal",
     "Правила подачи и рассмотрения апелляций по результатам итогового контроля | Университет\nГлавная / Обучающимся / "
     "Апелляция\nПравила подачи и рассмотрения апелляций по результатам итогового контроля\nУтверждены решением Учёного "
     "совета от 28 августа 2026 года\n1. Общие положения\n1.1. Настоящие Правила определяют порядок подачи заявлений на "
     "апелляцию по результатам итогового контроля и их рассмотрения апелляционной комиссией.\n1.2. Правила не регулируют "
     "порядок проведения экзаменов и требования к экзаменационным материалам.\n2. Основания для апелляции\n2.1. Не являются "
     "основанием для апелляции: опоздание на экзамен, нарушение правил академической честности.\n2.2. Апелляция подаётся "
     "через личный кабинет не позднее 13:00 следующего рабочего дня."),
    (f"{U}/kk/students/appeal",
     "Апелляциялық комиссияның жұмысы туралы ереже | Университет\nБасты бет / Білім алушыларға / Апелляция\n"
     "Апелляциялық комиссияның жұмысы туралы ереже\nҒылыми кеңестің 2026 жылғы 28 тамыздағы № 1 хаттамасымен бекітілген.\n"
     "1. Жалпы ережелер\n1.1. Осы Ереже білім алушылардың қорытынды аттестаттау нәтижелерімен келіспеген жағдайда "
     "апелляцияға беру және оны қарау тәртібін белгілейді.\n1.2. Емтихандарды ұйымдастыру мен өткізу тәртібі осы Ережеде "
     "қарастырылмайды.\n2. Апелляцияға беру тәртібі\n2.1. Білім алушы баға жарияланғаннан кейін келесі жұмыс күні өтініш "
     "береді."),
    (f"{U}/kz/applicants/magistratura-2027",
     "Магистратураға қабылдау — 2027: кешенді тестілеу және шығармашылық емтихандар | Университет\nБасты бет / "
     "Талапкерлерге / Магистратура\nМагистратураға қабылдау — 2027\nУниверситет 2027-2028 оқу жылына магистратураға құжат "
     "қабылдау басталатынын хабарлайды.\nКешенді тестілеуге өтініш беру: 2027 жылғы 1 шілдеге дейін.\nШығармашылық "
     "емтихандар: 2027 жылғы 5-10 тамыз."),
])
def test_appeal_rules_and_admission_tests_are_no_exam_regulation(detector: Detector, url: str, text: str) -> None:
    """Rules for appealing exam results, and an admission's tests, are the exam regulation's neighbours (issue 13, kind 5)."""
    assert "exam_rules" not in found_verdicts(detector, wrapped(url, text))


def test_a_questionnaire_whose_results_are_still_to_be_analysed_is_no_survey_results(detector: Detector) -> None:
    doc = wrapped(f"{U}/kk/staff/surveys/antikor-2026",
                  "Қызметкерлерге арналған сауалнама | Университет\nБасты бет / Қызметкерлерге / Сауалнамалар\n"
                  "Сыбайлас жемқорлықты қабылдау бойынша қызметкерлерге арналған сауалнама\nСауалнама 2026 жылғы 1-20 желтоқсан "
                  "аралығында анонимді түрде өткізіледі.\n1. Университетте сыбайлас жемқорлық тәуекелдері бар ма? (иә / жоқ)\n"
                  "2. Сенім телефонын білесіз бе? (иә / жоқ)\nСауалнама нәтижелері талданып, жұмыс тобының аналитикалық "
                  "анықтамасына енгізіледі.")
    assert "survey_results" not in found_verdicts(detector, doc)


@pytest.mark.parametrize("url, text, artefact", [
    ("https://watch-example.test/en/research/commissions-2026",
     "How transparent are university anti-corruption commissions? Monitoring report 2026 | Watch Example\nHome / Research\n"
     "Watch Example (public foundation)   About  Research  Donate\nHow transparent are university anti-corruption commissions?\n"
     "Results of the 2026 website monitoring of 40 Kazakhstani universities\nWe checked whether each university publishes the "
     "regulation, composition, minutes and reports of its anti-corruption commission.\n- 21 of 40 publish the commission's "
     "activity report.", "anticorruption_commission_reports"),
    ("https://zakonbaza-example.test/ru/docs/P080000116",
     "Об утверждении Правил назначения, выплаты и размеров государственных стипендий\nЗаконодательство РК / Постановления\n"
     "ЗаконБаза — информационно-правовая система   Вход | Регистрация\nПостановление Правительства Республики Казахстан от 7 "
     "февраля 2008 года № 116\nОб утверждении Правил назначения, выплаты и размеров государственных стипендий обучающимся в "
     "организациях образования\n1. Утвердить прилагаемые Правила назначения, выплаты и размеров государственных стипендий.",
     "scholarship_info"),
    ("https://fund-example.test/ru/programs/stipendiya",
     "Конкурс на соискание стипендии Фонда «Жас Өркен» 2026-2027\nГлавная / Программы / Стипендиальная программа\n"
     "Корпоративный фонд «Жас Өркен»   ҚАЗ | РУС\nКонкурс на соискание стипендии Фонда «Жас Өркен» на 2026-2027 учебный год\n"
     "Фонд объявляет ежегодный конкурс на соискание именной стипендии для студентов технических специальностей.\n"
     "Количество стипендий: 40\nРазмер стипендии: 80 000 тенге в месяц", "scholarship_info"),
])
def test_a_foundations_monitoring_a_legal_database_and_a_corporate_funds_scholarship_are_other_organisations(
        detector: Detector, url: str, text: str, artefact: str) -> None:
    assert artefact not in found_verdicts(detector, wrapped(url, text))


def test_rules_a_sentence_says_the_requirements_are_set_by_are_cited_not_published(detector: Detector) -> None:
    doc = wrapped(f"{U}/ru/kadry/konkurs-2025",
                  "Объявление о конкурсе на замещение вакантных должностей ППС | Университет\nГлавная / Кадры / Конкурс\n"
                  "Объявление о конкурсе на замещение вакантных должностей ППС\nУниверситет объявляет конкурс на замещение "
                  "вакантных должностей профессорско-преподавательского состава.\nТребования к кандидатам на должности ППС "
                  "установлены Правилами конкурсного замещения должностей ППС и научных работников университета, утверждёнными "
                  "решением Совета директоров (протокол № 4 от 27.04.2024).\nДокументы принимаются в течение 30 дней.")
    found = found_verdicts(detector, doc)
    assert "vacancy_announcements" in found and "vacancy_rules" not in found


@pytest.mark.parametrize("itype, url, text, artefact", [
    ("college", f"{C}/ru/uchebnaya-chast/otchet-2025-2026",
     "Отчёт заместителя директора по учебной работе за 2025-2026 учебный год\nГлавная / Колледж / Учебная часть / Отчёты\n"
     "Анализ учебной работы колледжа за 2025-2026 учебный год\n1. Контингент\nНа 1 июня 2026 года в колледже обучались 1 240 "
     "студентов.\n2. Успеваемость\nКачество знаний составило 61 %.\n3. Итоговая аттестация\nИтоговую аттестацию прошли 312 "
     "выпускников, дипломы с отличием получили 28.", "head_annual_report"),
    ("college", f"{C}/ru/uchebnaya-chast/otchet-2025-2026",
     "Отчёт заместителя директора по учебной работе за 2025-2026 учебный год\nГлавная / Колледж / Учебная часть / Отчёты\n"
     "Анализ учебной работы колледжа за 2025-2026 учебный год\n1. Контингент\nНа 1 июня 2026 года в колледже обучались 1 240 "
     "студентов.\n2. Успеваемость\nКачество знаний составило 61 %.\n3. Итоговая аттестация\nИтоговую аттестацию прошли 312 "
     "выпускников, дипломы с отличием получили 28.", "exam_rules"),
    ("university", "https://portal-example.test/obshchestvo/opros-vuzy-2026",
     "Исследование: 78 % студентов никогда не сталкивались с коррупцией в вузах\nГлавная / Общество / Образование\n"
     "Портал Пример — новости Казахстана\nПолитика | Экономика | Общество\nИсследовательский центр опубликовал результаты "
     "опроса студентов о коррупции в вузах.\n- 78 % опрошенных никогда не сталкивались с коррупцией;\n- 44 % знают о "
     "телефоне доверия.", "survey_results"),
    ("college", f"{C}/kz/kadr/konkurs-hattama-4",
     "Мектеп директорларының бос лауазымдарына орналасу конкурсының қорытындылары\nБасты бет / Кадр жұмысы / Конкурс\n"
     "Облыс білім басқармасының Ескелді ауданы бойынша білім бөлімі\nМемлекеттік орта білім беру ұйымдарының бірінші "
     "басшыларының бос лауазымдарына орналасу конкурсы бойынша конкурстық комиссия отырысының ХАТТАМАСЫ № 4\n"
     "Күн тәртібі: үміткерлермен әңгімелесу.\nШешім: 1-мектептің директоры лауазымына Б. Сәрсенов ұсынылсын.",
     "competition_commission_minutes"),
])
def test_a_deputys_report_a_portals_survey_news_and_a_districts_school_minutes_are_no_evidence(
        detector: Detector, itype: str, url: str, text: str, artefact: str) -> None:
    assert artefact not in found_verdicts(detector, wrapped(url, text), itype)


@pytest.mark.parametrize("itype, url, text, artefact", [
    ("university", "https://fund-example.test/programmes/scholarships/award-information",
     "Scholarship Award Information 2026/27 — Steppe Example Foundation\nHome / Programmes / Scholarships\nApply | FAQ | News | "
     "EN | KZ | RU\nHow scholarship awards are made\nThe Foundation awards 200 scholarships a year to first-year students of "
     "engineering programmes. The scholarship is 60,000 tenge a month for ten months.\nRegistered charity | Privacy policy",
     "scholarship_info"),
    ("college", "https://school14-example.edu.kz/kk/about/director-blog",
     "Мектеп директорының блогы\nБасты бет / Мектеп туралы / Директор блогы\nДИРЕКТОР БЛОГЫ\nҚұрметті ата-аналар! Бұл "
     "блогта мектеп өміріндегі жаңалықтармен бөлісемін және сұрақтарыңызға жауап беремін.", "head_blog"),
    ("college", "https://youth-example.test/kk/projects/sanaly-urpaq-2026",
     "Облыстағы «Саналы ұрпақ» клубтары: 2026 жылғы қорытынды — Облыс Жастар ресурстық орталығы\nБасты бет / Жобалар\n"
     "Облыстағы «Саналы ұрпақ» клубтары: 2026 жылғы қорытынды\nОблыстың 24 колледжінде «Саналы ұрпақ» клубтары жұмыс "
     "істейді, оларға 1 100 студент мүше.", "sanaly_urpaq_club"),
    ("university", f"{U}/kk/staff/survey-2026",
     "Қызметкерлердің қанағаттану сауалнамасы | Университет\nБасты бет / Қызметкерлерге / Сауалнама\nҚызметкерлердің жұмыс "
     "жағдайына қанағаттану сауалнамасы\nӘр тұжырымды 1-ден 5-ке дейін бағалаңыз.\n8. Біліктілікті арттыру мүмкіндігі 1 2 3 4 5\n"
     "9. Академиялық ұтқырлық бағдарламаларына қатысу мүмкіндігі 1 2 3 4 5\n10. Жатақханадағы тұрмыс жағдайы 1 2 3 4 5",
     "academic_mobility"),
    ("university", f"{U}/ru/students/registrar/transfer",
     "Положение о порядке перевода и восстановления обучающихся | Университет\nГлавная / Студенту / Офис регистратора\n"
     "Положение о порядке перевода и восстановления обучающихся\n1. Перевод внутри университета осуществляется в период "
     "летних каникул.\n2. Перевод на вакантный образовательный грант осуществляется на конкурсной основе по GPA в порядке, "
     "установленном уполномоченным органом.\n3. Восстановление производится на платной основе.", "grant_transfer_candidates"),
])
def test_a_foundations_programme_a_schools_blog_a_youth_centres_summary_a_questionnaires_scale_and_a_transfer_clause_are_no_evidence(
        detector: Detector, itype: str, url: str, text: str, artefact: str) -> None:
    assert artefact not in found_verdicts(detector, wrapped(url, text), itype)


@pytest.mark.parametrize("itype, url, text", [
    ("university", f"{U}/ru/student/documents/appeal",
     "Положение об апелляции результатов итогового контроля | Университет\nГлавная / Студенту / Документы / Апелляция\n"
     "Положение об апелляции результатов итогового контроля\nУтверждено приказом ректора от 14 марта 2026 г. № 118-о.\n"
     "1. Назначение\n1.1. Настоящее Положение устанавливает порядок подачи и рассмотрения апелляций обучающихся,\n"
     "не согласных с оценкой, полученной на экзамене, а также порядок работы апелляционной\nкомиссии университета.\n"
     "2. Подача апелляции\n2.1. Апелляция подаётся не позднее 13:00 следующего рабочего дня после объявления результатов."),
    ("college", f"{C}/kk/documents/diploma-project-regulation",
     "Дипломдық жобаны (жұмысты) орындау және қорғау туралы ереже | Колледж\n"
     "Басты бет / Колледж / Құжаттар / Оқу-әдістемелік жұмыс\n"
     "ҚАЗ | РУС\n"
     "Дипломдық жобаны (жұмысты) орындау және қорғау туралы ереже\n"
     "Колледж педагогикалық кеңесінің 2026 жылғы 30 тамыздағы № 1 хаттамасымен бекітілген.\n"
     "Директор: А. Б. Сейітова\n"
     "1. Жалпы ережелер\n"
     "1.1. Осы ереже Колледжнде техникалық және кәсіптік білім беру\n"
     "бағдарламалары бойынша оқитын білім алушылардың дипломдық жобасын (жұмысын) орындау, рецензиялау\n"
     "және қорытынды аттестаттау кезінде қорғау тәртібін айқындайды.\n"
     "1.2. Дипломдық жоба 4-курс білім алушылары үшін «Бағдарламалық қамтамасыз ету»,\n"
     "«Электрмен жабдықтау», «Есеп және аудит» мамандықтары бойынша орындалады.\n"
     "2. Тақырыпты таңдау және жетекшілік\n"
     "2.1. Тақырыптар пәндік-циклдік комиссияда қаралып, директордың оқу ісі жөніндегі\n"
     "орынбасарының бұйрығымен 1 қарашаға дейін бекітіледі.\n"
     "2.2. Бір жетекшіге 8 білім алушыдан артық бекітілмейді.\n"
     "3. Құрылымы мен көлемі\n"
     "- түсіндірме жазба: 35-50 бет;\n"
     "- графикалық бөлім: 3-4 парақ (А1) немесе бағдарламалық өнім;\n"
     "- экономикалық бөлім және еңбекті қорғау бөлімі міндетті.\n"
     "4. Орындау кестесі (2026-2027 оқу жылы)\n"
     "Кезең | Мерзімі\n"
     "Тақырыпты бекіту | 01.11.2026\n"
     "Бірінші бөлімді тексеру | 15.02.2027\n"
     "Алдын ала қорғау | 05.05.2027\n"
     "Рецензияға тапсыру | 20.05.2027\n"
     "Қорғау | 01.06.2027 - 20.06.2027\n"
     "5. Қорғау\n"
     "5.1. Қорғау Қорытынды аттестаттау комиссиясының ашық отырысында өтеді. Комиссия төрағасы\n"
     "кәсіпорын өкілдерінен тағайындалады.\n"
     "5.2. Баяндама 10 минутқа дейін, сұрақтар 10 минут.\n"
     "5.3. Баға бес балдық және әріптік жүйе бойынша қойылады.\n"
     "6. Сақтау\n"
     "Қорғалған жобалар колледж мұрағатында 5 жыл сақталады.\n"
     "Ережені жүктеу (PDF)\n"
     "Колледж\n"
     "040000, Талдықорған қ., Төле би к-сі, 118\n"
     "© 2026 Барлық құқықтар қорғалған"),
])
def test_an_appeal_regulation_and_a_diploma_projects_defence_are_no_exam_regulation(
        detector: Detector, itype: str, url: str, text: str) -> None:
    assert "exam_rules" not in found_verdicts(detector, wrapped(url, text), itype)


def test_an_english_instructor_feedback_questionnaire_being_run_is_the_teacher_evaluation_survey(detector: Detector) -> None:
    doc = wrapped(f"{U}/en/students/quality/instructor-feedback-autumn-2026",
                  "Rate Your Instructors: Autumn 2026 Course and Teacher Feedback Questionnaire | Example University\n"
                  "Home / Students / Quality Assurance / Student feedback\nRATE YOUR INSTRUCTORS — AUTUMN 2026\nOpen: 16 "
                  "November – 6 December 2026\nThe questionnaire is anonymous. It takes about 5 minutes per course.\n"
                  "Questions (scale 1 = strongly disagree, 5 = strongly agree)\n1. The instructor explained the grading criteria.\n"
                  "2. Assessment was fair.")
    found = found_verdicts(detector, doc)
    assert "teacher_evaluation_surveys" in found and "survey_results" not in found


@pytest.mark.parametrize("itype, url, text, artefact", [
    ("university", "https://fund-example.test/ru/research/perception-2026",
     "Исследование: восприятие коррупции в высшем образовании — 2026 — ОФ «Адал Пример»\nГлавная / Исследования\n"
     "О фонде | Проекты | Исследования | Публикации | Контакты\nВосприятие коррупции в высшем образовании: результаты "
     "социологического исследования 2026 года\nВ опросе приняли участие 3 200 студентов.\n- 64 % считают, что коррупция в "
     "вузах снизилась;\n- 21 % сталкивались с просьбами о подарках.", "survey_results"),
    ("college", "https://example-school.kz/en/policies/code-of-conduct",
     "Student Code of Conduct | Example International School\nHome > Parents & Students > Policies\nStudent Code of Conduct "
     "(Grades 6–12)\nAll students are expected to be honest in their work and respectful to others.\n1. Academic honesty: "
     "plagiarism and cheating are not tolerated.", "student_ethics_code"),
    ("university", f"{U}/kz/applicants/masters/appeal",
     "Магистратураға түсу емтихандарының нәтижелері бойынша апелляция жүргізу тәртібі | Университет\nБасты бет / Талапкерге / "
     "Магистратура / Апелляция\nМагистратураға түсушілерге арналған апелляция жүргізу тәртібі (2027 жылғы қабылдау)\n"
     "Апелляцияға өтініш тест нәтижесі жарияланғаннан кейін келесі күні сағат 13:00-ге дейін беріледі.", "masters_regulation"),
])
def test_a_funds_survey_a_schools_code_and_a_masters_entrance_appeal_are_no_evidence(
        detector: Detector, itype: str, url: str, text: str, artefact: str) -> None:
    assert artefact not in found_verdicts(detector, wrapped(url, text), itype)


def test_a_numbered_document_with_its_approval_below_is_listed_on_another_documents_page(detector: Detector) -> None:
    """"2. Квалификационные требования ..." / "Утверждены приказом ректора ..." lists a second document on a page headed by
    the vacancy rules: no numbered section of theirs."""
    doc = wrapped(f"{U}/ru/hr-policy/documents",
                  "Кадровая политика: правила конкурсного отбора и требования к должностям | Университет\nГлавная / "
                  "Кадровая политика / Нормативные документы\nКадровая политика: внутренние нормативные документы\n"
                  "Документы\n1. Правила конкурсного замещения вакантных должностей руководителей структурных подразделений\n"
                  "Утверждены решением Совета директоров от 14 марта 2026 г., протокол № 3.\nСкачать (PDF, 412 КБ)\n"
                  "2. Квалификационные требования к должностям профессорско-преподавательского состава и научных работников\n"
                  "Утверждены приказом ректора от 2 апреля 2026 г. № 118-н.\nСкачать (PDF, 287 КБ)")
    found = found_verdicts(detector, doc)
    assert {"vacancy_rules", "qualification_requirements"} <= set(found)


def test_a_members_public_association_in_a_roster_row_leaves_the_composition_the_colleges(detector: Detector) -> None:
    """"| ОО «Ветераны ...», председатель |" is where a member works; a fund's page names its legal form after its title."""
    doc = wrapped(f"{C}/ru/o-kolledzhe/popechitelskiy-sovet/sostav",
                  "Состав Попечительского совета\nГлавная / О колледже / Попечительский совет / Состав\nКолледж | ҚАЗ | РУС\n"
                  "Состав Попечительского совета\nУтверждён приказом руководителя управления образования от 1 сентября 2026 г. "
                  "№ 412-ө, срок полномочий — 3 года (2026–2029)\n№ | ФИО | Место работы, должность | Статус в совете\n"
                  "1 | Жакупов Серик Алтаевич | АО «Энергетическая корпорация», директор | Председатель\n"
                  "2 | Пак Виталий Сергеевич | ИП «Пак В.С.», предприниматель | Член совета\n"
                  "3 | Тулегенов Асхат Болатович | ОО «Ветераны горного дела», председатель | Член совета\n"
                  "4 | Оспанова Жанна Ерболовна | Методист колледжа | Секретарь")
    assert "board_of_trustees_composition" in found_verdicts(detector, doc, "college")


def test_a_menu_run_together_in_capitalised_words_is_not_joined_to_the_title_below(detector: Detector) -> None:
    """"О колледже Приём Обучающимся Педагогам ... Контакты" is the site's menu without separators: its "Обучающимся" is no
    part of the title "КОДЕКС ЭТИКИ" / "педагогов и сотрудников ..." under it."""
    doc = wrapped(f"{C}/ru/o-kolledzhe/dokumenty/kodeks-etiki",
                  "Кодекс этики педагогов и сотрудников колледжа\nГлавная / О колледже / Документы / Кодекс этики\n"
                  "О колледже   Приём   Обучающимся   Педагогам   Воспитательная работа   Контакты\nКОДЕКС ЭТИКИ\n"
                  "педагогов и сотрудников колледжа\nПринят на заседании педагогического совета (протокол № 1 от 28 августа "
                  "2026 года).\n1. Общие положения\n1.1. Кодекс этики педагогов и сотрудников колледжа устанавливает основные "
                  "нормы профессиональной этики работников колледжа.")
    found = found_verdicts(detector, doc, "college")
    assert "staff_ethics_code" in found and "student_ethics_code" not in found


def test_a_masters_thesis_regulation_asking_for_the_certificate_of_publication_is_the_institutions(detector: Detector) -> None:
    """A teachers' publication portal sells a "certificate of publication"; a thesis regulation asks for "the certificate of
    publication" among the papers for admission to the defence."""
    doc = wrapped(f"{U}/en/graduate-school/documents/masters-thesis-regulation",
                  "Regulation on the Master's Thesis | Example University\nHome / Academics / Graduate School / Documents\n"
                  "Regulation on the Master's Thesis\nApproved by the Academic Council, minutes No. 2 of 29 September 2026\n"
                  "1. General provisions\n1.1. This Regulation sets the requirements for the master's thesis.\n5. Admission to the "
                  "defence\n5.1. The student is admitted to the defence on presentation of the supervisor's report, the certificate "
                  "of\npublication and the completed thesis.")
    assert "master_thesis_regulation" in found_verdicts(detector, doc)


def test_an_announcements_own_requirements_section_joined_to_its_title_is_no_qualification_requirements(
        detector: Detector) -> None:
    doc = wrapped(f"{C}/kz/kadr/habarlandyru-2026-11",
                  "Колледж бос лауазымдарға конкурс жариялайды\nБасты бет / Колледж / Кадр саясаты / Хабарландырулар\n"
                  "Колледж бос лауазымдарға конкурс жариялайды\nҮміткерлерге қойылатын біліктілік талаптары\n- жоғары немесе "
                  "техникалық және кәсіптік педагогикалық білім;\n- кемінде 3 жыл жұмыс өтілі.\nҚұжаттар 2026 жылғы 10 "
                  "желтоқсанға дейін қабылданады.")
    found = found_verdicts(detector, doc, "college")
    assert "vacancy_announcements" in found and "qualification_requirements" not in found


@pytest.mark.parametrize("itype, url, text, artefact", [
    ("college", "https://it-lyceum-example.edu.kz/kk/mektep/direktor-blogy",
     "Директор блогы\n«№ 8 Мамандандырылған IT-лицейі» КММ\nБасты бет / Мектеп туралы / Директор блогы\nҚұрметті ата-аналар, "
     "оқушылар және әріптестер! Бұл блогта лицей өміріндегі жаңалықтармен бөлісемін.", "head_blog"),
    ("university", "https://bilim-portal-example.test/kk/bilim/akademiyalyq-utqyrlyq",
     "Қазақстандық 4 мыңнан астам студент шетелдік академиялық ұтқырлыққа жіберілді\nБасты бет / Білім / Жоғары білім\n"
     "Bilim Example Portal — білім беру жаңалықтары\nЖаңалықтар | Білім | Ғылым | Сұхбат\n2026 жылғы 2 қазан | Автор: А. "
     "Мәлікова\nҒылым және жоғары білім министрлігінің мәліметінше, 2026-2027 оқу жылында 4 мыңнан астам студент академиялық "
     "ұтқырлық бағдарламасы бойынша шетелге жіберілді.", "academic_mobility"),
    ("university", f"{U}/ru/studentam/stipendii/pretendenty",
     "Претенденты на стипендию | Университет\nГлавная / Студентам / Стипендии / Претенденты на стипендию\nПретенденты на "
     "стипендию\nРаздел будет наполнен после завершения зимней экзаменационной сессии.\nСписки обучающихся, претендующих на "
     "назначение государственной стипендии на весенний семестр 2026-2027 учебного года, будут опубликованы на этой странице "
     "не позднее 5 февраля 2027 года.", "scholarship_candidates"),
    ("university", f"{U}/ru/obuchayushchimsya/registrator/vakantnye-granty",
     "Перевод с платного обучения на грант: вопросы и ответы\nГлавная / Обучающимся / Офис регистратора / Вакантные гранты\n"
     "Перевод с платного обучения на грант: вопросы и ответы\nПрием заявлений на вакантные гранты по итогам осеннего семестра "
     "еще не объявлен. Количество вакантных грантов и список претендентов будут размещены на этой странице после заседания "
     "комиссии в январе 2027 года.\nКто может претендовать? Обучающиеся на платной основе того же курса без академической "
     "задолженности.", "grant_transfer_candidates"),
])
def test_a_lyceums_blog_an_education_portals_news_and_lists_to_be_published_are_no_evidence(
        detector: Detector, itype: str, url: str, text: str, artefact: str) -> None:
    assert artefact not in found_verdicts(detector, wrapped(url, text), itype)


def test_a_clause_by_its_number_in_a_wrapped_regulation_lists_no_document(detector: Detector) -> None:
    """"1.2. Порядок организации и проведения самих экзаменов настоящим" is a provision of the appeal commission's
    regulation (wrapped as a PDF wraps it), not a listed exam regulation."""
    doc = wrapped(f"{U}/ru/students/academic-policy/polozhenie-apellyacionnaya-komissiya",
                  "Положение об апелляционной комиссии\nГлавная / Обучающимся / Академическая политика / Документы\n"
                  "ПОЛОЖЕНИЕ\nОБ АПЕЛЛЯЦИОННОЙ КОМИССИИ\n1. Область применения\n1.1. Настоящее Положение определяет порядок "
                  "создания и работы\nапелляционной комиссии университета, а также порядок подачи и\nрассмотрения апелляций "
                  "обучающихся по результатам экзаменов.\n1.2. Порядок организации и проведения самих экзаменов настоящим\n"
                  "Положением не регулируется.\n2. Состав апелляционной комиссии\n2.1. Апелляционная комиссия создаётся на "
                  "период экзаменационной сессии.\n3. Порядок подачи апелляции\n3.1. Обучающийся, не согласный с результатом "
                  "экзамена, подаёт\nзаявление на апелляцию не позднее следующего дня.")
    assert "exam_rules" not in found_verdicts(detector, doc)


@pytest.mark.parametrize("url, text, artefact", [
    (f"{U}/kk/student/stipendiya-usynylgandar",
     "2026-2027 оқу жылының көктемгі семестріне стипендия тағайындауға ұсынылғандар\nБасты бет / Студенттер / Стипендия / "
     "Тізімдер\n2026-2027 оқу жылының көктемгі семестріне стипендия тағайындауға ұсынылған білім алушылар тізімі\n"
     "№ | Аты-жөні | Тобы | GPA\n1 | Әлімова А. Б. | ЭК-21 | 3,67\n2 | Беков Д. С. | ИС-22 | 3,50", "scholarship_info"),
    ("https://fund-example.test/en/programmes/scholarship",
     "Rural Students Scholarship 2027\nExample Orken Foundation\nHome / Programmes / Scholarships\nENG | ҚАЗ | РУС | Donate\n"
     "The Foundation awards 50 scholarships a year to first-year students from rural areas. Applications are open until 1 "
     "March 2027.", "scholarship_info"),
    (f"{U}/ru/obuchayushchimsya/finansy/vozvrat-oplaty",
     "Возврат оплаты за обучение | Университет\nГлавная / Обучающимся / Финансовые вопросы / Возврат оплаты\nВозврат оплаты "
     "за обучение\nОплата за обучение возвращается в следующих случаях:\n1. Отчисление по собственному желанию — возвращается "
     "сумма за неначавшийся семестр.\n2. Перевод на государственный образовательный грант — возвращается сумма, оплаченная за "
     "период после перевода.", "grant_transfer_candidates"),
    (f"{U}/ru/normativnye-dokumenty/polozhenie-perevod",
     "Положение о порядке перевода и восстановления обучающихся\nГлавная / Университет / Нормативные документы\n"
     "Положение о порядке перевода и восстановления обучающихся\n1. Общие положения\n1.1. Настоящее Положение определяет "
     "порядок перевода и восстановления обучающихся.\n5. Перевод на вакантный грант\n5.1. Порядок перевода обучающихся на "
     "платной основе на вакантные образовательные гранты определяется отдельным положением университета.",
     "grant_transfer_candidates"),
])
def test_a_nominees_list_a_funds_scholarship_a_refund_case_and_a_regulations_section_on_vacant_grants_are_no_evidence(
        detector: Detector, url: str, text: str, artefact: str) -> None:
    assert artefact not in found_verdicts(detector, wrapped(url, text))


def test_a_colleges_transfer_to_vacant_state_order_places_is_no_vacancy_announcement(detector: Detector) -> None:
    doc = wrapped(f"{C}/kk/habarlandyrular/bos-oryndar-2027",
                  "Бос орындарға (гранттарға) ауысу туралы хабарландыру | Колледж\nБасты бет / Хабарландырулар / Студенттерге\n"
                  "Мемлекеттік білім беру тапсырысы бойынша бос орындарға ауысу туралы хабарландыру\nАқылы негізде оқитын "
                  "білім алушылар 2027 жылғы 15 қаңтарға дейін бос орындарға ауысуға өтініш бере алады.")
    assert "vacancy_announcements" not in found_verdicts(detector, doc, "college")


def test_these_is_no_typo_of_theses() -> None:
    from detectors.morph import may_be_misspelt
    assert not may_be_misspelt("These") and may_be_misspelt("thesses")


def test_a_regulations_approval_line_naming_the_minutes_that_adopted_it_publishes_no_minutes(detector: Detector) -> None:
    doc = wrapped(f"{C}/ru/popechitelskiy-sovet/polozhenie",
                  "Положение о деятельности Попечительского совета колледжа — Колледж\nГлавная / Колледж / Попечительский "
                  "совет / Положение\nҚаз | Рус\nПОЛОЖЕНИЕ\nо деятельности Попечительского совета колледжа\nУтверждено "
                  "приказом директора колледжа № 112-о/д от 11 сентября 2026 года\nОдобрено на заседании Попечительского совета, "
                  "протокол № 1 от 10 сентября 2026 года\n1. Общие положения\n1.1. Попечительский совет является коллегиальным "
                  "органом управления колледжа.\n2. Задачи совета\n2.1. Содействие развитию материально-технической базы.")
    found = found_verdicts(detector, doc, "college")
    assert "board_of_trustees_regulation" in found and "board_of_trustees_minutes" not in found


def test_a_colleges_letterhead_naming_its_citys_education_department_leaves_the_minutes_the_colleges(
        detector: Detector) -> None:
    doc = wrapped(f"{C}/upload/docs/popsovet/protokol-2-2025.pdf",
                  "Протокол № 2 заседания Попечительского совета от 14 марта 2025 года\nГлавная / Попечительский совет / "
                  "Протоколы\nГККП «Горно-энергетический колледж» отдела образования города Экибастуза\nПРОТОКОЛ № 2\n"
                  "заседания Попечительского совета\nот 14 марта 2025 года\nПрисутствовали: 7 членов совета из 9.\n"
                  "Повестка дня:\n1. Об итогах первого полугодия.\nПостановили: информацию принять к сведению.")
    assert "board_of_trustees_minutes" in found_verdicts(detector, doc, "college")


def test_a_hotline_the_university_has_set_up_is_no_citation(detector: Detector) -> None:
    """"установлена горячая линия" says the line exists; only "установлены Правилами ..." cites a document."""
    doc = wrapped(f"{U}/ru/anticor",
                  "Противодействие коррупции | Университет\nГлавная / Противодействие коррупции\nПротиводействие коррупции\n"
                  "В университете установлена круглосуточная горячая линия по вопросам противодействия коррупции: "
                  "+7 (7172) 55-00-11.\nОбращения принимаются анонимно.")
    assert "hotline" in found_verdicts(detector, doc)


def test_the_archives_link_dates_no_page_of_this_years_surveys(detector: Detector) -> None:
    """The link to the archive ("Архив: результаты опросов 2024-2025 учебного года") names the past years' results: the
    page's own, of this year's months, are current."""
    doc = wrapped("https://uni.example.test/ru/university/smk/rezultaty-oprosov",
                  "Результаты социологических опросов | Университет\nГлавная » Университет » Результаты опросов\n"
                  "Результаты социологических опросов\nЦентр мониторинга качества регулярно проводит опросы обучающихся "
                  "и работников. Ниже размещены аналитические справки по результатам опросов.\n"
                  "Опрос «Удовлетворённость условиями проживания в общежитиях» (апрель 2026)\nОпрошено 734 "
                  "проживающих. Общая удовлетворённость — 76 %.\nАналитическая справка (PDF, 480 КБ)\n"
                  "Опрос работодателей (июнь 2026)\nОпрошено 64 работодателя. Средняя оценка — 4,2 из 5.\n"
                  "Аналитическая справка (PDF, 410 КБ)\nАрхив: результаты опросов 2024-2025 учебного года\n"
                  "© 2026 Университет")
    found = {e.artefact_id: e for e in detector.detect(doc, "university", AS_OF)}
    assert not found["survey_results"].stale, found
