"""Generated goszakup data for the mock portal: one simulated buyer per registry institution.

Each institution gets a profile (seeded, reproducible) that fixes what the portal shows and what the
procurement check should conclude (the ground truth written by `--truth-out`):

* current            plans and procurement for the as-of year and the year before -> found
* past_only          only years before the as-of year                              -> stale
* nothing            a registered customer with nothing published                  -> missing
* plan_only          as-of-year plan, procurement only in past years               -> uncertain (partial)
* withdrawn_plan     current procurement, but every as-of-year plan point withdrawn, deleted or in a
                     preliminary plan                                                -> uncertain (partial)
* unknown_name       registry has no BIN and the portal knows it under another name -> uncertain
* ambiguous_name     registry has no BIN and two portal subjects share its name    -> uncertain
* single_source / short_periods / single_bidder / value_increase / dominant_supplier
                     current, plus the pattern that should trip one red flag         -> found + that flag
* split_and_late     current, plus one purchase split into four price quotations (bought from a supplier on
                     the RNU register), contracts signed 40-60 days after the results and cancelled
                     announcements                                                   -> found + those flags

Field names, the status and method dictionaries, amendment chains (parent_id/root_id) and the
organizer/customer split follow goszakup-api.md. Where the notes found no value (the id of direct
contracting, contract statuses) the mock picks its own and says so; clients must read /v3/refs.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from adalscan.models import GapStatus, Institution
from adalscan.procurement.bins import normalise_name
from adalscan.procurement.models import (
    BIN_SOURCE_NAME_MATCH,
    BIN_SOURCE_REGISTRY,
    BIN_SOURCE_UNKNOWN,
    valid_bin,
)

# Further indicators each profile should raise (the rest must stay quiet); failed tenders are left out of
# the truth, since whether a single-bid tender is declared failed is random.
MORE_FLAGS_BY_PROFILE = {"single_source": {"direct_contract_share"},
                         "split_and_late": {"split_purchases", "late_signing_or_repeated_amendments",
                                            "cancelled_tenders", "rnu_suppliers"}}
MORE_FLAGS = ("direct_contract_share", "split_purchases", "late_signing_or_repeated_amendments", "cancelled_tenders",
              "rnu_suppliers")
FLAG_BY_PROFILE = {"single_source": "single_source_share", "short_periods": "short_tender_period",
                   "single_bidder": "single_bidder", "value_increase": "contract_value_increase",
                   "dominant_supplier": "supplier_concentration"}
REQUIRED_PROFILES = ("single_source", "short_periods", "single_bidder", "value_increase", "dominant_supplier",
                     "past_only", "nothing", "plan_only", "unknown_name", "ambiguous_name", "withdrawn_plan",
                     "split_and_late")
NAME_PROFILES = ("unknown_name", "ambiguous_name")  # only for rows without a registry BIN
FILL_WEIGHTS = (("current", 62), ("past_only", 12), ("nothing", 8), ("plan_only", 3), ("unknown_name", 3),
                ("single_source", 3), ("short_periods", 3), ("single_bidder", 2), ("value_increase", 2),
                ("dominant_supplier", 2), ("withdrawn_plan", 2), ("split_and_late", 2))

# ref_trade_methods: ids 2, 3, 6, 32, 132, 188 and their names are from goszakup-api.md §7. Id 7 is seen
# there only in a demo "(Аукцион)" announcement; the id of direct contracting was not found, so the mock
# uses its own (configurable) id: clients must not hard-code it.
TRADE_METHODS: tuple[tuple[int, str, str, str], ...] = (
    (2, "OK", "Открытый конкурс", "Ашық конкурс"),
    (3, "ZCP", "Запрос ценовых предложений", "Баға ұсыныстарын сұрату"),
    (6, "OI_NZ", "Из одного источника по несостоявшимся закупкам", "Өткізілмеген сатып алулар бойынша бір көзден"),
    (7, "AUC", "Аукцион", "Аукцион"),
    (32, "KPKO", "Конкурс с предварительным квалификационным отбором", "Алдын ала біліктілік іріктеуі бар конкурс"),
    (132, "RS1", "Первый этап конкурса с использованием рамочного соглашения", "Негіздемелік келісім конкурсы"),
    (188, "RBS", "Конкурс с использованием рейтингово-балльной системы", "Рейтингтік-балдық жүйе конкурсы"),
)
DIRECT_METHOD = ("OI_PZD", "Из одного источника путем прямого заключения договора",
                 "Шарт тікелей жасасу арқылы бір көзден")
COMPETITIVE = (2, 3, 7, 188, 32)
COMPETITIVE_WEIGHTS = (30, 35, 20, 10, 5)
FAILED_METHOD = 6
BUY_STATUS = ((190, "Изменена документация", "DocumentationСhanged"), (210, "Опубликовано", "Published"),
              (220, "Опубликовано (прием заявок)", "PublishedOrderTaking"),
              (230, "Опубликовано (дополнение заявок)", "PublishedAdditionDemands"),
              (240, "Опубликовано (прием ценовых предложений)", "PublishedPriceOffers"),
              (250, "Рассмотрение заявок", "BidReview"), (260, "Рассмотрение дополнений заявок", "BidAdditionalReview"),
              (310, "Формирование протокола преддопуска", ""), (349, "Завершено (период обжалования)", "CompleteOnHold"),
              (350, "Завершено", "Complete"), (410, "Отказ от закупки", "RefusalOfPurchase"),
              (430, "Отменено", "Canceled"), (440, "На обжаловании", "OnAppellation"),
              (540, "Принятие решение об исполнении уведомления", "BeforeReviwePI"))
SUBJECT_TYPES = ((1, "Товар", "Тауар"), (2, "Работа", "Жұмыс"), (3, "Услуга", "Қызмет"))
# ref_contract_status: ids 190, 375, 390, 340, 350 and their meanings are from the notes (§12), the wording
# of 340/350 as an independent client's configuration gives it; the codes and the "not concluded" row
# (id 330) are the mock's own.
CONTRACT_STATUS = ((190, "InForce", "Действует"), (375, "PartlyExecuted", "Частично исполнен"),
                   (390, "Executed", "Исполнен"), (340, "TerminatedUnilateral", "Расторгнут в одностороннем порядке"),
                   (350, "TerminatedByAgreement", "Расторгнут по соглашению сторон"),
                   (330, "NotConcluded", "Не заключен (mock id)"))
STATUS_IN_FORCE, STATUS_EXECUTED, STATUS_TERMINATED, STATUS_NOT_CONCLUDED = 190, 390, (340, 350), 330
CONTRACT_TYPES = ((1, "Main", "Основной договор"), (2, "Supplementary", "Дополнительное соглашение"))
AMENDMENT_TYPE = 2  # notes §12: ref_contract_type 2 = supplementary agreement
# Application (bid) statuses: no source gives the ids or names; the mock's own, matched by name by clients.
APP_STATUS = ((1, "Draft", "Черновик"), (2, "Submitted", "Подана"), (3, "Withdrawn", "Отозвана"),
              (4, "Admitted", "Допущена"), (5, "Rejected", "Отклонена"))
APP_SUBMITTED, APP_WITHDRAWN, APP_DRAFT, APP_ADMITTED = 2, 3, 1, 4
AMENDMENT_SUMS = ("total", "delta")  # what an amendment row's contract_sum_wnds carries (the notes cannot say)
ITEMS = ("Канцелярские товары", "Компьютерная техника", "Услуги по уборке помещений", "Текущий ремонт аудиторий",
         "Лабораторное оборудование", "Мебель для общежития", "Услуги охраны", "Продукты питания для столовой",
         "Программное обеспечение", "Библиотечный фонд", "Спортивный инвентарь", "Услуги связи",
         "Горюче-смазочные материалы", "Медицинские расходные материалы", "Ремонт кровли учебного корпуса")
SUPPLIER_WORDS = ("Альфа", "Нур", "Береке", "Сапа", "Алтын", "Жулдыз", "Темир", "Кайнар", "Даму", "Шыгыс",
                  "Арман", "Болашак", "Самал", "Тулпар", "Енбек", "Керуен", "Орда", "Сункар", "Аспан", "Ырыс")
UNI_FORMS = (("НАО", "Некоммерческое акционерное общество", "КЕАҚ", "коммерциялық емес акционерлік қоғамы"),
             ("РГП на ПХВ", "Республиканское государственное предприятие на праве хозяйственного ведения",
              "ШЖҚ РМК", "шаруашылық жүргізу құқығындағы республикалық мемлекеттік кәсіпорын"),
             ("АО", "Акционерное общество", "АҚ", "акционерлік қоғамы"),
             ("ЧУ", "Частное учреждение", "ЖМ", "жеке мекемесі"))
COLLEGE_FORMS = (("ГККП", "Государственное коммунальное казенное предприятие", "МКҚК",
                  "мемлекеттік коммуналдық қазыналық кәсіпорны"),
                 ("КГУ", "Коммунальное государственное учреждение", "КММ", "коммуналдық мемлекеттік мекемесі"),
                 ("ТОО", "Товарищество с ограниченной ответственностью", "ЖШС", "жауапкершілігі шектеулі серіктестігі"))


def make_bin(rng: random.Random, year: int | None = None) -> str:
    """A structurally valid BIN: YYMM, 4 (resident legal entity), 0 (head office), 5 digits, check digit."""
    while True:
        yy = (year or rng.randint(1996, 2022)) % 100
        stem = f"{yy:02d}{rng.randint(1, 12):02d}40{rng.randint(0, 99999):05d}"
        for check in range(10):
            if valid_bin(stem + str(check)):
                return stem + str(check)


def fmt_dt(value: datetime | date) -> str:
    """Portal date format: naive local time "YYYY-MM-DD HH:MM:SS"."""
    if not isinstance(value, datetime):
        value = datetime.combine(value, time(10, 0))
    return value.strftime("%Y-%m-%d %H:%M:%S")


@dataclass
class MockWorld:
    """Everything the mock serves, plus the ground truth per institution."""

    as_of: date
    subjects: list[dict[str, Any]] = field(default_factory=list)
    plans: list[dict[str, Any]] = field(default_factory=list)
    trd_buys: list[dict[str, Any]] = field(default_factory=list)
    lots: list[dict[str, Any]] = field(default_factory=list)
    contracts: list[dict[str, Any]] = field(default_factory=list)
    units: list[dict[str, Any]] = field(default_factory=list)
    apps: list[dict[str, Any]] = field(default_factory=list)  # GraphQL TrdApp rows (camelCase)
    rnu: list[dict[str, Any]] = field(default_factory=list)  # register of unreliable suppliers
    refs: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    truth: dict[str, dict[str, Any]] = field(default_factory=dict)


class _Builder:
    def __init__(self, seed: int, as_of: date, direct_method_id: int, amendment_sums: str = "total") -> None:
        if amendment_sums not in AMENDMENT_SUMS:
            raise ValueError(f"amendment_sums must be one of {AMENDMENT_SUMS}")
        self.amendment_sums = amendment_sums
        self.rng = random.Random(seed)
        self.as_of = as_of
        self.year = as_of.year
        self.direct = direct_method_id
        self.world = MockWorld(as_of)
        self.next_id = {"pid": 300_000, "plan": 20_000_000, "buy": 9_000_000, "lot": 60_000_000,
                        "contract": 1_500_000, "unit": 80_000_000, "app": 70_000_000}
        self.used_bins: set[str] = set()
        self.suppliers = [self._subject(f"ТОО «{a} {b}»", f"«{a} {b}» ЖШС", customer=0, supplier=1)
                          for a, b in zip(SUPPLIER_WORDS, SUPPLIER_WORDS[3:] + SUPPLIER_WORDS[:3], strict=True)]
        self.suppliers += [self._subject(f"ТОО «{w} Сервис»", f"«{w} Сервис» ЖШС", customer=0, supplier=1)
                           for w in SUPPLIER_WORDS]
        self.organizers = [self._subject(f"ГУ «Управление государственных закупок {r} области»",
                                         f"«{r} облысының мемлекеттік сатып алу басқармасы» ММ", organizer=1)
                           for r in ("Актюбинской", "Карагандинской", "Павлодарской")]
        self._refs()
        # Two suppliers on the RNU register; they are not among the bidders (a listed supplier may not take
        # part), only the split_and_late profile buys from one of them directly.
        self.rnu_suppliers = [self._subject(f"ТОО «{w} Трейд»", f"«{w} Трейд» ЖШС", supplier=1)
                              for w in ("Шатыр", "Жебе")]
        for n, listed in enumerate(self.rnu_suppliers):
            self.world.rnu.append({"id": 500 + n, "pid": listed["pid"], "supplier_biin": listed["bin"],
                                   "supplier_innunp": None, "supplier_name_ru": listed["name_ru"],
                                   "supplier_name_kz": listed["name_kz"], "kato_list": [], "system_id": 3,
                                   "index_date": fmt_dt(as_of - timedelta(days=200 + 40 * n))})

    def new_id(self, kind: str) -> int:
        self.next_id[kind] += self.rng.randint(1, 9)
        return self.next_id[kind]

    def new_bin(self) -> str:
        while True:
            value = make_bin(self.rng)
            if value not in self.used_bins:
                self.used_bins.add(value)
                return value

    def _subject(self, name_ru: str, name_kz: str, *, bin_value: str | None = None, full_ru: str = "",
                 full_kz: str = "", customer: int = 0, organizer: int = 0, supplier: int = 0,
                 website: str = "") -> dict[str, Any]:
        bin_value = bin_value or self.new_bin()
        self.used_bins.add(bin_value)
        row = {"pid": self.new_id("pid"), "bin": bin_value, "iin": None, "name_ru": name_ru, "name_kz": name_kz,
               "full_name_ru": full_ru or name_ru, "full_name_kz": full_kz or name_kz,
               "email": f"info{len(self.world.subjects)}@example.kz", "phone": "+7 700 000 00 00",
               "website": website, "customer": customer, "organizer": organizer, "supplier": supplier,
               "qvazi": 0, "ref_kopf_code": None, "oked_list": [], "kato": [],
               "last_update_date": fmt_dt(self.as_of - timedelta(days=self.rng.randint(30, 900))), "system_id": 3}
        self.world.subjects.append(row)
        return row

    def _refs(self) -> None:
        methods = [(i, c, ru, kz) for i, c, ru, kz in TRADE_METHODS] + [(self.direct, *DIRECT_METHOD)]
        refs = self.world.refs
        refs["ref_trade_methods"] = [{"id": i, "code": c, "name_ru": ru, "name_kz": kz, "is_active": 1,
                                      "type": None, "symbol_code": c, "f1": None, "ord": n, "f2": None}
                                     for n, (i, c, ru, kz) in enumerate(sorted(methods))]
        refs["ref_buy_status"] = [{"id": i, "code": c, "name_ru": ru, "name_kz": ru} for i, ru, c in BUY_STATUS]
        refs["ref_lots_status"] = [dict(r) for r in refs["ref_buy_status"]]
        refs["ref_subject_type"] = [{"id": i, "code": str(i), "name_ru": ru, "name_kz": kz} for i, ru, kz in SUBJECT_TYPES]
        refs["ref_contract_status"] = [{"id": i, "code": c, "name_ru": ru, "name_kz": ru} for i, c, ru in CONTRACT_STATUS]
        refs["ref_contract_type"] = [{"id": i, "code": c, "name_ru": ru, "name_kz": ru} for i, c, ru in CONTRACT_TYPES]
        refs["ref_app_status"] = [{"id": i, "code": c, "name_ru": ru, "name_kz": ru} for i, c, ru in APP_STATUS]
        # Further dictionaries clients page through (notes §7); rows are the mock's own unless noted.
        refs["ref_units"] = [{"id": 1, "code": "796", "name_ru": "Штука", "name_kz": "Дана"},
                             {"id": 2, "code": "839", "name_ru": "Комплект", "name_kz": "Жиынтық"}]
        refs["ref_kato"] = [{"id": 1, "code": "151010000", "name_ru": "г. Тест", "name_kz": "Тест қ.", "parent_id": None}]
        refs["ref_pln_point_status"] = [{"id": 1, "code": "Draft", "name_ru": "Проект", "name_kz": "Жоба"},
                                        {"id": 2, "code": "Approved", "name_ru": "Утвержден", "name_kz": "Бекітілді"}]
        refs["ref_type_trade"] = [{"id": 1, "code": "First", "name_ru": "Первая закупка", "name_kz": "Бірінші"},
                                  {"id": 2, "code": "Repeat", "name_ru": "Повторная закупка", "name_kz": "Қайталама"}]
        refs["ref_justification"] = [{"id": 1, "code": "J1", "name_ru": "Обоснование применения способа (mock)",
                                      "name_kz": "Негіздеме (mock)"}]
        refs["ref_months"] = [{"id": m, "code": str(m), "name_ru": str(m), "name_kz": str(m)} for m in range(1, 13)]

    # -- names ----------------------------------------------------------------------------------

    def portal_names(self, inst: Institution, variant: int = 0) -> tuple[str, str, str, str]:
        """(name_ru, name_kz, full_name_ru, full_name_kz) as the portal might spell the institution."""
        rng = self.rng
        forms = UNI_FORMS if inst.type == "university" else COLLEGE_FORMS
        short_ru, long_ru, short_kz, long_kz = forms[(rng.randrange(len(forms)) + variant) % len(forms)]
        base_ru = inst.name_ru or inst.name_kk
        base_kz = inst.name_kk or inst.name_ru
        if rng.random() < 0.6:
            base_ru = base_ru.replace("ё", "е").replace("Ё", "Е")
        if rng.random() < 0.3:
            base_ru = base_ru.replace("имени ", "им. ")
        if rng.random() < 0.5:
            base_ru = base_ru.replace(". ", ".")
        if rng.random() < 0.15:
            base_ru = base_ru.upper()
        if "«" in base_ru:
            name_ru, full_ru = base_ru, base_ru
        else:
            name_ru, full_ru = f"{short_ru} «{base_ru}»", f"{long_ru} «{base_ru}»"
        if inst.type == "university" and rng.random() < 0.4:
            full_ru += " Министерства науки и высшего образования Республики Казахстан"
        if "«" in base_kz:
            name_kz = full_kz = base_kz
        else:
            name_kz, full_kz = f"«{base_kz}» {short_kz}", f"«{base_kz}» {long_kz}"
        return name_ru, name_kz, full_ru, full_kz

    # -- one buyer ------------------------------------------------------------------------------

    def add_institution(self, inst: Institution, profile: str) -> None:
        registry_bin = inst.bin.strip() if valid_bin(inst.bin.strip()) else ""
        bin_value = registry_bin or self.new_bin()
        self.used_bins.add(bin_value)
        names = self.portal_names(inst)
        if profile == "unknown_name":  # renamed since: the portal's name shares nothing with the registry's
            number = self.rng.randint(10, 99)
            names = (f"ГУ «Учебное заведение № {number}»", f"№ {number} оқу орны ММ", "", "")
        subject = self._subject(names[0], names[1], bin_value=bin_value, full_ru=names[2], full_kz=names[3],
                                customer=1, organizer=1, website=inst.website)
        if profile == "ambiguous_name":  # an older legal entity under the same name, another BIN
            old = self.portal_names(inst, variant=1)
            self._subject(old[0], old[1], full_ru=old[2], full_kz=old[3], customer=1, website=inst.website)
        y = self.year
        plan_years: list[int] = []
        proc_years: list[int] = []
        if profile == "past_only":
            first = self.rng.choice((y - 3, y - 2, y - 1))
            plan_years = proc_years = list(range(first, y))
        elif profile == "plan_only":
            plan_years, proc_years = [y - 1, y], [y - 1]
        elif profile != "nothing":
            plan_years = proc_years = [y - 1, y]
        via_organizer = self.rng.random() < 0.3
        for year in plan_years:
            self.add_plan_points(subject, year, profile)
        amended = 0
        for year in proc_years:
            amended = self.add_year(subject, year, profile, via_organizer, amended)
        bin_source = BIN_SOURCE_REGISTRY if registry_bin else BIN_SOURCE_NAME_MATCH
        status = {"past_only": GapStatus.STALE, "nothing": GapStatus.MISSING,
                  "plan_only": GapStatus.UNCERTAIN, "withdrawn_plan": GapStatus.UNCERTAIN}.get(profile, GapStatus.FOUND)
        published = status
        if profile in NAME_PROFILES:
            status, bin_source = GapStatus.UNCERTAIN, BIN_SOURCE_UNKNOWN
        # What the public listings alone (no token) can establish. Without a registry BIN they are searched by the
        # Russian name: a name that finds no customer stays uncertain (only the participant registry, which needs
        # a token, could prove "missing"), and an older entity of the same name that never published anything
        # does not show in them, so it cannot make the name ambiguous there.
        listings_status = status
        if not registry_bin:
            if profile in ("unknown_name", "nothing") or not inst.name_ru.strip():
                listings_status = GapStatus.UNCERTAIN
            elif profile == "ambiguous_name":
                listings_status = published
        self.world.truth[inst.id] = {
            "profile": profile, "type": inst.type, "status": str(status), "listings_status": str(listings_status),
            "bin": bin_value if bin_source != BIN_SOURCE_UNKNOWN else None,
            "portal_bin": bin_value, "bin_source": bin_source, "portal_name_ru": names[0],
            "flags": {**{flag: FLAG_BY_PROFILE.get(profile) == flag for flag in FLAG_BY_PROFILE.values()
                         # four split contracts to one supplier may or may not also dominate its value
                         if not (profile == "split_and_late" and flag == "supplier_concentration")},
                      **{flag: flag in MORE_FLAGS_BY_PROFILE.get(profile, set()) for flag in MORE_FLAGS}}
            if profile not in ("nothing", "unknown_name", "ambiguous_name") else {},
            "via_organizer": via_organizer}

    def _date_in(self, year: int, *, latest_margin_days: int = 0) -> datetime:
        start = date(year, 1, 10)
        end = date(year, 12, 20) if year < self.year else self.as_of - timedelta(days=latest_margin_days)
        end = max(start, end)
        day = start + timedelta(days=self.rng.randint(0, (end - start).days))
        return datetime.combine(min(day, self.as_of), time(self.rng.randint(9, 17), self.rng.randint(0, 59)))

    def add_plan_points(self, subject: dict[str, Any], year: int, profile: str) -> None:
        act = f"{self.rng.randint(100000, 999999)}"
        approved = datetime.combine(min(date(year, 1, 5), self.as_of), time(11, 0))
        withdrawn_only = profile == "withdrawn_plan" and year == self.year
        n_live = 0 if withdrawn_only else self.rng.randint(8, 16)
        n_dead = self.rng.randint(3, 6) if withdrawn_only else self.rng.randint(0, 2)
        for number in range(n_live + n_dead):
            method = self.direct if self.rng.random() < 0.15 else self.rng.choices(COMPETITIVE, COMPETITIVE_WEIGHTS)[0]
            count = self.rng.randint(1, 40)
            price = round(self.rng.uniform(20_000, 400_000), 2)
            pid = self.new_id("plan")
            self.world.plans.append({
                "id": pid, "rootrecord_id": pid, "sys_subjects_id": subject["pid"], "sys_organizator_id": subject["pid"],
                "subject_biin": subject["bin"], "subject_name_ru": subject["name_ru"],
                "subject_name_kz": subject["name_kz"], "name_ru": self.rng.choice(ITEMS), "name_kz": None,
                "ref_trade_methods_id": method, "ref_units_code": "796", "count": count, "price": price,
                "amount": round(count * price, 2), "ref_months_id": self.rng.randint(1, 12),
                "ref_pln_point_status_id": 2, "pln_point_year": year, "ref_subject_type_id": self.rng.randint(1, 3),
                "ref_enstru_code": f"{self.rng.randint(100000, 999999)}.{self.rng.randint(100, 999)}",
                "ref_finsource_id": 1, "is_qvazi": 0, "date_create": fmt_dt(approved), "timestamp": fmt_dt(approved),
                "desc_ru": None, "supply_date_ru": "в течение года", "prepayment": 0, "is_active": 1, "is_deleted": 0,
                "plan_act_number": act, "ref_plan_status_id": 2, "plan_fin_year": year, "plan_preliminary": 0,
                "date_approved": fmt_dt(approved)})
            if number >= n_live:  # withdrawn, deleted, or still in a preliminary (unapproved) plan
                point = self.world.plans[-1]
                how = self.rng.choice(("withdrawn", "deleted", "preliminary"))
                if how == "withdrawn":
                    point["is_active"] = 0
                elif how == "deleted":
                    point["is_deleted"] = 1
                else:
                    point.update(plan_preliminary=1, date_approved=None, ref_plan_status_id=1)

    def add_year(self, subject: dict[str, Any], year: int, profile: str, via_organizer: bool, amended: int) -> int:
        rng = self.rng
        for n_buy in range(rng.randint(6, 9)):
            method = rng.choices(COMPETITIVE, COMPETITIVE_WEIGHTS)[0]
            published = self._date_in(year, latest_margin_days=45)
            days = self._period(method, profile == "short_periods" and rng.random() < 0.7)
            start = published + timedelta(hours=rng.randint(1, 20))
            end = start + timedelta(days=days)
            results = end + timedelta(days=rng.randint(2, 6))
            cancelled = profile == "split_and_late" and n_buy % 3 == 0  # a third of its tenders cancelled
            finished = results.date() <= self.as_of and not cancelled
            organizer = rng.choice(self.organizers) if via_organizer and rng.random() < 0.5 else subject
            buy_id = self.new_id("buy")
            lots = []
            for number in range(1, rng.randint(1, 3) + 1):
                single = (profile == "single_bidder" and rng.random() < 0.65) or rng.random() < 0.03
                amount = round(rng.uniform(1_000_000, 5_000_000) * (0.15 if profile == "single_bidder" and single
                                                                     else 1.0), 2)
                lots.append(self.add_lot(subject, buy_id, number, method, amount, single, finished, profile, year,
                                         results))
            total = round(sum(lot["amount"] for lot in lots), 2)
            self.world.trd_buys.append({
                "id": buy_id, "number_anno": f"{buy_id}-1", "name_ru": lots[0]["name_ru"], "name_kz": None,
                "total_sum": total, "count_lots": len(lots), "ref_trade_methods_id": method,
                "ref_subject_type_id": rng.randint(1, 3), "customer_bin": subject["bin"], "customer_pid": subject["pid"],
                "customer_name_ru": subject["name_ru"], "customer_name_kz": subject["name_kz"],
                "org_bin": organizer["bin"], "org_pid": organizer["pid"], "org_name_ru": organizer["name_ru"],
                "org_name_kz": organizer["name_kz"], "ref_buy_status_id": 430 if cancelled else 350 if finished else 220,
                "start_date": fmt_dt(start), "end_date": fmt_dt(end), "publish_date": fmt_dt(published),
                "repeat_start_date": None, "repeat_end_date": None,
                "itogi_date_public": fmt_dt(results) if finished else None, "ref_type_trade_id": 1,
                "discus_start_date": None, "discus_end_date": None, "id_supplier": None, "biin_supplier": None,
                "parent_id": None, "singl_org_sign": int(organizer is not subject), "is_light_industry": 0,
                "is_construction_work": 0, "disable_person_id": None, "fin_year": [year], "kato": ["151010000"],
                "last_update_date": fmt_dt(results if finished else published), "system_id": 3,
                "index_date": fmt_dt(published)})
            for lot in lots:
                amended = self.add_award(subject, lot, year, profile, amended)
        if profile == "split_and_late" and year == self.year:  # one purchase split into four price quotations
            first = self._date_in(year, latest_margin_days=60)
            for k in range(4):
                self.add_contract(subject, None, self.rnu_suppliers[0], year, 3, round(rng.uniform(8.5e6, 9.5e6), 2),
                                  first + timedelta(days=5 * k), profile)
        direct_n, low, high = (rng.randint(14, 18), 5e6, 9e6) if profile == "single_source" else (rng.randint(1, 2), 2e5, 8e5)
        for _ in range(direct_n):
            self.add_contract(subject, None, rng.choice(self.suppliers), year, self.direct,
                              round(rng.uniform(low, high), 2), self._date_in(year, latest_margin_days=5), profile)
        # Large direct contracts later terminated or never concluded: they must change no sum (else they
        # would raise single-source, concentration or value flags the ground truth does not expect).
        for status in (rng.choice(STATUS_TERMINATED), STATUS_NOT_CONCLUDED):
            if rng.random() < 0.4:
                dead = self.add_contract(subject, None, self.suppliers[-1], year, self.direct,
                                         round(rng.uniform(4e7, 9e7), 2), self._date_in(year, latest_margin_days=5),
                                         profile)
                dead.update(ref_contract_status_id=status, fakt_sum=None, fakt_exec_date=None,
                            fakt_sum_wnds=round(dead["contract_sum_wnds"] * 1.5, 2) if status != 330 else None)
        return amended

    def _period(self, method: int, unlawful: bool) -> int:
        """Submission days: lawful short periods for price quotations (>= 2) and auctions (>= 10), longer for
        competitions; under the legal minimum when `unlawful` (the short_periods profile)."""
        rng = self.rng
        if method == 3:
            return 1 if unlawful else rng.randint(2, 6)
        if unlawful:
            return rng.randint(3, 8)
        return rng.randint(10, 14) if method == 7 else rng.randint(15, 30)

    def add_lot(self, subject: dict[str, Any], buy_id: int, number: int, method: int, amount: float, single: bool,
                finished: bool, profile: str, year: int, results: datetime) -> dict[str, Any]:
        rng = self.rng
        lot_id = self.new_id("lot")
        # One bid: about half such tenders are declared failed and re-awarded "по несостоявшимся закупкам";
        # otherwise the contract goes to the sole bidder under the announced method (only TrdApp shows it).
        actual = FAILED_METHOD if finished and single and rng.random() < 0.5 else method
        lot = {"id": lot_id, "lot_number": f"{buy_id}-Л{number}", "ref_lot_status_id": 350 if finished else 220,
               "last_update_date": fmt_dt(results), "union_lots": 0, "count": rng.randint(1, 50), "amount": amount,
               "name_ru": rng.choice(ITEMS), "name_kz": None, "description_ru": None, "description_kz": None,
               "customer_id": subject["pid"], "customer_bin": subject["bin"], "customer_name_ru": subject["name_ru"],
               "customer_name_kz": subject["name_kz"], "trd_buy_number_anno": f"{buy_id}-1", "trd_buy_id": buy_id,
               "dumping": 0, "ref_trade_methods_id": method, "ref_buy_trade_methods_id": actual, "psd_sign": 0,
               "consulting_services": 0, "point_list": [], "enstru_list": [], "pln_point_kato_list": [],
               "singl_org_sign": 0, "is_deleted": 0, "system_id": 3, "index_date": fmt_dt(results),
               "_finished": finished, "_bidders": []}
        if finished:
            bidders = 1 if single else rng.randint(2, 5)
            lot["_bidders"] = rng.sample(self.suppliers, bidders)
            if profile == "dominant_supplier" and rng.random() < 0.8:  # the favourite bids and wins
                lot["_bidders"] = [self.suppliers[0], *[s for s in lot["_bidders"] if s is not self.suppliers[0]]]
                lot["_bidders"] = lot["_bidders"][:bidders]
            # Withdrawn or never-submitted applications from others: not bids (a single-bid lot keeps one bidder).
            others = [s for s in self.suppliers if s not in lot["_bidders"]]
            extra = [(s, rng.choice((APP_WITHDRAWN, APP_DRAFT))) for s in rng.sample(others, rng.randint(0, 2))]
            if single and rng.random() < 0.7:
                extra.append((others[-1], APP_WITHDRAWN))
            for supplier, status in [*((s, APP_ADMITTED) for s in lot["_bidders"]), *extra]:
                price = round(amount * rng.uniform(0.8, 0.99), 2)
                app_lot_id = self.new_id("app")
                self.world.apps.append({
                    "id": self.new_id("app"), "buyId": buy_id, "supplierId": supplier["pid"],
                    "supplierBinIin": supplier["bin"], "protId": None, "protNumber": None,
                    "dateApply": fmt_dt(results - timedelta(days=3)),
                    "AppLots": [{"id": app_lot_id, "lotId": lot_id, "statusId": status, "price": price,
                                 "amount": price, "discountValue": 0, "discountPrice": price, "pointList": [],
                                 "Offers": [{"lotId": lot_id, "appLotId": app_lot_id, "price": price,
                                             "amount": price}]}]})
        self.world.lots.append(lot)
        return lot

    def add_award(self, subject: dict[str, Any], lot: dict[str, Any], year: int, profile: str, amended: int) -> int:
        if not lot["_finished"]:
            return amended
        rng = self.rng
        winner = lot["_bidders"][0]
        late = profile == "split_and_late" and rng.random() < 0.6
        signed = datetime.strptime(lot["last_update_date"], "%Y-%m-%d %H:%M:%S") + timedelta(
            days=rng.randint(40, 60) if late else rng.randint(3, 12))
        if signed.date() > self.as_of:
            return amended
        root = self.add_contract(subject, lot, winner, year, lot["ref_buy_trade_methods_id"],
                                 round(lot["amount"] * rng.uniform(0.85, 0.98), 2), signed, profile)
        if profile == "value_increase" and amended < 4 and year == self.year - 1:
            growth = rng.uniform(0.25, 0.6)
        elif rng.random() < 0.08:
            growth = rng.uniform(-0.05, 0.05)
        else:
            return amended
        when = min(signed + timedelta(days=rng.randint(20, 90)), datetime.combine(self.as_of, time(9, 0)))
        new_total = round(root["contract_sum_wnds"] * (1 + growth), 2)
        # A supplementary agreement (type 2) carries the new total or only the change, per the world's setting.
        carried = new_total if self.amendment_sums == "total" else round(new_total - root["contract_sum_wnds"], 2)
        amendment = self.add_contract(subject, lot, winner, year, root["fakt_trade_methods_id"], carried, when,
                                      profile, parent=root)
        if amendment["fakt_sum_wnds"] is not None:  # the executed sum is the contract's, whatever the row carries
            amendment["fakt_sum_wnds"], amendment["fakt_sum"] = new_total, round(new_total / 1.12, 2)
        return amended + int(new_total > root["contract_sum_wnds"] * 1.2)

    def add_contract(self, subject: dict[str, Any], lot: dict[str, Any] | None, supplier: dict[str, Any], year: int,
                     method: int, total: float, signed: datetime, profile: str,
                     parent: dict[str, Any] | None = None) -> dict[str, Any]:
        rng = self.rng
        cid = self.new_id("contract")
        executed = year < self.year
        contract = {
            "id": cid, "parent_id": parent["id"] if parent else None, "root_id": parent["id"] if parent else None,
            "trd_buy_id": lot["trd_buy_id"] if lot else None,
            "trd_buy_number_anno": lot["trd_buy_number_anno"] if lot else None,
            "ref_contract_status_id": STATUS_EXECUTED if executed else STATUS_IN_FORCE, "deleted": 0,
            "crdate": fmt_dt(signed),
            "last_update_date": fmt_dt(signed), "supplier_id": supplier["pid"], "supplier_biin": supplier["bin"],
            "supplier_bik": None, "supplier_iik": None, "supplier_legal_address": None,
            "contract_number": f"{rng.randint(1, 999)}", "contract_number_sys": f"{subject['bin']}/{cid}/00",
            "sign_reason_doc_name": None, "sign_reason_doc_date": None,
            "trd_buy_itogi_date_public": lot["last_update_date"] if lot else None, "customer_id": subject["pid"],
            "customer_bin": subject["bin"], "customer_bik": None, "customer_iik": None, "customer_legal_address": None,
            "ref_subject_type_id": rng.randint(1, 3), "is_gu": 0, "fin_year": year, "ref_contract_agr_form_id": 1,
            "ref_contract_year_type_id": 1, "ref_finsource_id": 1, "ref_currency_code": "KZT", "exchange_rate": 1,
            "contract_sum": round(total / 1.12, 2), "contract_sum_wnds": total, "sign_date": fmt_dt(signed),
            "ec_end_date": None, "plan_exec_date": fmt_dt(date(year, 12, 25)),
            "fakt_exec_date": fmt_dt(date(year, 12, 20)) if executed else None,
            "fakt_sum": round(total / 1.12, 2) if executed else None, "fakt_sum_wnds": total if executed else None,
            "contract_end_date": fmt_dt(date(year, 12, 31)), "ref_contract_cancel_id": None,
            "ref_contract_type_id": AMENDMENT_TYPE if parent else 1, "description_ru": lot["name_ru"] if lot else rng.choice(ITEMS),
            "description_kz": None, "fakt_trade_methods_id": method, "ec_customer_approve": 1,
            "ec_supplier_approve": 1, "system_id": 3, "index_date": fmt_dt(signed)}
        if parent is not None and parent.get("fakt_sum_wnds") is not None:
            parent["fakt_sum_wnds"] = None  # execution is recorded on the latest version
        self.world.contracts.append(contract)
        quantity = rng.randint(1, 20)
        self.world.units.append({
            "id": self.new_id("unit"), "contract_id": cid, "lot_id": lot["id"] if lot else None, "pln_point_id": None,
            "item_price": round(total / quantity / 1.12, 2), "item_price_wnds": round(total / quantity, 2),
            "quantity": quantity, "total_sum": round(total / 1.12, 2), "total_sum_wnds": total,
            "fact_sum": contract["fakt_sum"], "fact_sum_wnds": contract["fakt_sum_wnds"], "ks_proc": 0, "ks_sum": 0,
            "exec_fakt_date": contract["fakt_exec_date"], "exec_plan_date": contract["plan_exec_date"],
            "executed": int(executed), "ref_contract_status_id": contract["ref_contract_status_id"],
            "ref_amendm_agreem_justif_id": 1 if parent else None})
        return contract


def assign_profiles(institutions: list[Institution], rng: random.Random) -> dict[str, str]:
    """Every required profile once (name profiles only for rows without a registry BIN), then weighted."""
    order = sorted(institutions, key=lambda i: i.id)
    rng.shuffle(order)
    without_bin = [i for i in order if not valid_bin(i.bin.strip())]
    profiles: dict[str, str] = {}
    for profile in NAME_PROFILES:
        pick = next((i for i in without_bin if i.id not in profiles), None)
        if pick is not None:
            profiles[pick.id] = profile
    rest = [i for i in order if i.id not in profiles]
    for inst, profile in zip(rest, [p for p in REQUIRED_PROFILES if p not in NAME_PROFILES], strict=False):
        profiles[inst.id] = profile
    names, weights = zip(*FILL_WEIGHTS, strict=True)
    for inst in order:
        if inst.id not in profiles:
            profile = rng.choices(names, weights)[0]
            if profile in NAME_PROFILES and valid_bin(inst.bin.strip()):
                profile = "current"
            profiles[inst.id] = profile
    return profiles


def build_world(institutions: list[Institution], *, seed: int = 7, as_of: date | None = None,
                direct_method_id: int = 23, profiles: dict[str, str] | None = None,
                amendment_sums: str = "total") -> MockWorld:
    """Generate the portal's data for these institutions (deterministic for a seed and as-of date).

    `profiles` overrides the seeded assignment for the ids it names (tests use it).
    """
    as_of = as_of or date.today()
    builder = _Builder(seed, as_of, direct_method_id, amendment_sums)
    assigned = assign_profiles(institutions, random.Random(seed * 7919 + 1))
    assigned.update(profiles or {})
    for inst in sorted(institutions, key=lambda i: i.id):
        builder.add_institution(inst, assigned[inst.id])
    world = builder.world
    # The public listings show a customer's name, not its BIN: a name that a registry row with a BIN also reads
    # there is that row's, so the listings cannot give it to a namesake without one (the scan's
    # adalscan.procurement.bins.taken_by_another): such a namesake stays uncertain there.
    held = {normalise_name(truth["portal_name_ru"]) for truth in world.truth.values()
            if truth["bin_source"] == BIN_SOURCE_REGISTRY and truth["portal_name_ru"]}
    # Nor can they tell two registry rows without a BIN that the portal knows by one name, as the scan compares names
    # (legal form and spacing aside): the scan finds the name matching both, and says so.
    unheld = Counter(normalise_name(truth["portal_name_ru"]) for truth in world.truth.values()
                     if truth["bin_source"] != BIN_SOURCE_REGISTRY and truth["portal_name_ru"])
    for truth in world.truth.values():
        name = normalise_name(truth["portal_name_ru"])
        if truth["bin_source"] != BIN_SOURCE_REGISTRY and (name in held or (name and unheld[name] > 1)):
            truth["listings_status"] = str(GapStatus.UNCERTAIN)
    for lot in world.lots:
        lot.pop("_finished", None)
        lot.pop("_bidders", None)
    return world


# Fictional institutions (no real names) for tests and the offline demo: universities and colleges,
# Russian-only, Kazakh-only and bilingual names, registry names with and without legal forms, two
# rows with a registry BIN.
_DEMO_ROWS: tuple[tuple[str, str, str, str, str, str], ...] = (
    # id, type, name_ru, name_kk, region, bin
    ("sever-tech", "university", "Северный технический университет имени А. Б. Тестова",
     "А.Б. Тестов атындағы Солтүстік техникалық университеті", "Akmola Region", ""),
    ("step-agro", "university", "Степной аграрный университет", "Дала аграрлық университеті", "Kostanay Region",
     "120540003214"),
    ("prioz-ped", "university", "Приозерный педагогический университет имени Абая Примерова", "",
     "Pavlodar Region", ""),
    ("gorny-med", "university", "Горный медицинский университет", "Тау медицина университеті", "Almaty", ""),
    ("mysal", "university", "Университет «Мысал»", "«Мысал» университеті", "Astana", ""),
    ("akzhaiyk-gum", "university", "", "Ақжайық гуманитарлық университеті", "West Kazakhstan Region", ""),
    ("rechnoy-ep", "university", "Речной университет экономики и права", "", "Atyrau Region", "091140007871"),
    ("korkem", "university", "Высшая школа искусств «Көркем»", "«Көркем» өнер жоғары мектебі", "Almaty", ""),
    ("zapad-neft", "university", "Западный университет нефти и газа", "Батыс мұнай және газ университеті",
     "Mangystau Region", ""),
    ("vostok-innov", "university", "Восточный инновационный университет", "", "East Kazakhstan Region", ""),
    ("centr-trans", "university", "Центральный университет транспорта", "Орталық көлік университеті",
     "Karaganda Region", ""),
    ("ozerny-poly", "college", "ГККП «Озерный политехнический колледж»", "", "Aktobe Region", ""),
    ("step-agrotech", "college", "КГУ «Степной аграрно-технический колледж»", "", "Aktobe Region", ""),
    ("zhana-qala", "college", "", "«Жаңа қала құрылыс колледжі» МКҚК", "Kostanay Region", ""),
    ("cifra", "college", "Колледж цифровых технологий «Цифра»", "", "Almaty", ""),
    ("predgorny-med", "college", "ГККП «Предгорный медицинский высший колледж имени Н. Ф. Образцовой»", "",
     "Jetisu Region", ""),
)


def demo_institutions() -> list[Institution]:
    """Sixteen fictional registry rows (websites under example.kz) for tests and the offline demo."""
    return [Institution(id=i, type=t, website=f"https://{i}.example.kz/", name_ru=ru, name_kk=kk, region=region,
                        bin=bin_value, source="fictional (procurement.mockdata)")
            for i, t, ru, kk, region, bin_value in _DEMO_ROWS]
