"""A local goszakup portal for tests and the demo: the OWS API (REST v3 + GraphQL) and the public
announcement search page, serving data generated per registry institution (procurement/mockdata.py).

Faithful to goszakup-api.md: same paths and field names, the `{total, limit, next_page, items}`
envelope with `page=next&search_after=` cursors (newest first), `extensions.pageInfo` GraphQL paging,
`/v3/refs/*` dictionaries, Bearer check (401, Yii-style error body), and fault injection to exercise
clients: 429 with Retry-After, 403, 5xx, slow answers, malformed or empty JSON (rules via --faults,
ADALSCAN_MOCK_FAULTS or POST /_mock/faults), plus an optional real rate limit (--rate-limit).

    python -m simweb.goszakup.mock --registry institutions.csv --host 127.0.0.1 --port 0 --seed 7 \
        --as-of 2026-11-25 [--truth-out truth.json]

prints `GOSZAKUP MOCK READY {"url": ..., "port": ...}` once listening. `MockGoszakup` runs it in a
subprocess (so it never shares an event loop or a Twisted reactor with the code under test).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import csv
import fnmatch
import html
import json
import os
import re
import secrets
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from aiohttp import web

from adalscan.models import Institution
from adalscan.registry import load_registry
from simweb.goszakup import gql
from simweb.goszakup.mockdata import MockWorld, build_world
from simweb.hardscore import LISTINGS_STATUS_COLUMN

READY_PREFIX = "GOSZAKUP MOCK READY "
ENV_MOCK_TOKEN = "ADALSCAN_MOCK_TOKEN"
ENV_MOCK_FAULTS = "ADALSCAN_MOCK_FAULTS"
DEFAULT_LIMIT = 50
MAX_LIMIT = 500
GQL_MAX_LIMIT = 200  # the schema's `limit` is 0..200 (notes §12)
FAULT_KINDS = {"429", "403", "500", "502", "503", "504", "slow", "malformed", "empty", "foreign_cursor"}
RANGE_FILTERS = {"lastUpdateDate", "timestamp", "dateCreate", "dateApply", "publishDate", "crdate", "indexDate",
                 "amount"}
NUMERIC_RANGES = {"amount"}
# Filter keys each GraphQL root accepts: the ones goszakup-api.md §5 saw, plus (marked) mock extensions
# that the real portal is not known to support; adalscan falls back when a portal rejects them.
GQL_ROOTS: dict[str, tuple[str, str, set[str]]] = {
    "TrdBuy": ("trd_buys", "id", {"lastUpdateDate", "refSubjectTypeId", "refTradeMethodsId", "refBuyStatusId",
                                  "kato", "finYear", "totalSum", "orgBin", "id", "publishDate", "customerBin"}),
    "Lots": ("lots", "id", {"lastUpdateDate", "customerBin", "trdBuyId", "refLotStatusId", "amount", "indexDate",
                            "nameDescriptionRu"}),
    "Contract": ("contracts", "id", {"lastUpdateDate", "finYear", "customerBin", "supplierBiin", "refContractStatusId",
                                     "faktTradeMethodsId", "trdBuyId", "id", "crdate"}),
    "Subjects": ("subjects", "pid", {"lastUpdateDate", "bin", "nameOrFullNameRu"}),
    "TrdApp": ("apps", "id", {"dateApply", "buyId", "supplierBinIin"}),
    "Plans": ("plans", "id", {"timestamp", "dateCreate", "subjectBiin", "planFinYear", "id"}),
    "Rnu": ("rnu", "id", {"supplierBiin", "indexDate"}),
    "Acts": ("acts", "id", {"contractId", "indexDate"}),
    "ContractPayment": ("empty", "id", {"contractId"}),
    "ContractSpecSum": ("empty", "id", {"contractId"}),
    "TreasuryPay": ("empty", "id", {"contractId"}),
}
# The roots, filters and relations above follow the notes (§5, §12); customerBin on TrdBuy, trdBuyId and
# refLotStatusId on Lots, and subjectBiin/planFinYear on Plans are the mock's extensions.


RELATIONS = {("TrdBuy", "Lots"), ("TrdBuy", "RefBuyStatus"), ("TrdBuy", "RefTradeMethods"), ("TrdBuy", "RefSubjectType"),
             ("TrdBuy", "Files"), ("Lots", "RefLotsStatus"), ("Lots", "Plans"), ("Lots", "Customer"), ("Lots", "TrdBuy"),
             ("Contract", "ContractUnits"), ("Contract", "RefContractStatus"), ("Contract", "RefContractType"),
             ("Contract", "FaktTradeMethods"), ("Contract", "RefSubjectType"), ("Contract", "Supplier"),
             ("Contract", "Customer"), ("Contract", "TrdBuy"), ("Contract", "File"), ("Contract", "Acts"),
             ("Contract", "TreasuryPay"), ("Contract", "ContractPayment"), ("Contract", "ContractSpecSum"),
             ("Plans", "PlanActs"), ("Plans", "RefPlnPointStatus"), ("Plans", "RefUnits"), ("TrdApp", "Supplier"),
             ("TrdApp", "AppLots")}


def read_registry(path: Path | str) -> list[Institution]:
    """Registry rows (interface.md format), read by the product's one reader; rows it rejects are skipped."""
    return load_registry(path).institutions


def write_registry(institutions: Sequence[Institution], path: Path) -> None:
    fields = ("id", "name_kk", "name_ru", "name_en", "type", "region", "city", "website", "bin", "source")
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(fields)
        for inst in institutions:
            writer.writerow([getattr(inst, f) for f in fields])


TRUTH_CSV_FIELDS = ("institution_id", "artefact_id", "expected_status", "expected_bin", "bin_source", "profile",
                    "expected_flags", LISTINGS_STATUS_COLUMN)


def write_truth(document: dict[str, Any], path: Path | str) -> None:
    """Write the mock's ground truth: JSON (everything), or for a `.csv` path one row per institution
    whose type the goszakup_procurement artefact applies to (artefacts.csv), in the demo's truth format
    `institution_id, artefact_id, expected_status` plus the expected BIN, its source, the profile, the
    flags that should be raised (";"-separated) and the status a scan without a token can establish from the
    public listings alone (`expected_status_listings`)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() != ".csv":
        path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
        return
    from detectors.spec import spec_by_id

    artefact = spec_by_id()["goszakup_procurement"]
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(TRUTH_CSV_FIELDS)
        for institution_id, item in document["institutions"].items():
            if artefact.applies(item.get("type", "university")):
                flags = ";".join(sorted(k for k, v in (item.get("flags") or {}).items() if v))
                writer.writerow([institution_id, artefact.id, item["status"], item.get("bin") or "",
                                 item["bin_source"], item["profile"], flags,
                                 item.get("listings_status", item["status"])])


def name_matches(row: dict[str, Any], pattern: str) -> bool:
    """The portal's subject name filter as the mock reads it: case-insensitive, `*` a wildcard, matched
    against the whole Russian name or full name and against each of their words (a search-engine field)."""
    want = pattern.strip().casefold()
    if not want.strip("*"):
        return False
    for name in (row.get("name_ru"), row.get("full_name_ru")):
        text = str(name or "").casefold().replace("ё", "е")
        words = re.findall(r"\w+", text)
        if fnmatch.fnmatchcase(text, want.replace("ё", "е")) or any(fnmatch.fnmatchcase(w, want) for w in words):
            return True
    return False


def _path_matches(path: str, rule: dict[str, Any]) -> bool:
    """A fault rule's `path` is a prefix ("/v3/plans/") or, ending in "$", an exact path ("/v3/plans$")."""
    want = str(rule.get("path", "/v3/"))
    return path == want[:-1] if want.endswith("$") else path.startswith(want)


def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    return web.Response(text=json.dumps(data, ensure_ascii=False), status=status, headers=headers,
                        content_type="application/json")


def _yii_error(status: int, name: str, message: str) -> web.Response:
    """Error body in the shape [YC]'s DTO expects: code, status, name, message, type."""
    return _json({"name": name, "message": message, "code": 0, "status": status,
                  "type": f"yii\\web\\{name.replace(' ', '')}HttpException"}, status)


class MockPortal:
    """The aiohttp application over one generated world."""

    def __init__(self, world: MockWorld, token: str, *, faults: list[dict[str, Any]] | None = None,
                 rate_limit: float = 0.0, default_limit: int = DEFAULT_LIMIT) -> None:
        self.world = world
        self.token = token
        self.faults: list[dict[str, Any]] = [dict(f) for f in faults or []]
        self.rate_limit = rate_limit
        self.default_limit = default_limit
        self.requests: list[dict[str, Any]] = []
        self._recent: list[float] = []
        self.tables: dict[str, list[dict[str, Any]]] = {
            "trd_buys": world.trd_buys, "lots": world.lots, "contracts": world.contracts,
            "subjects": world.subjects, "apps": world.apps, "plans": world.plans, "rnu": world.rnu,
            "acts": self._acts(), "empty": []}
        self.by_key: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
        for table, rows, key in (("plans", world.plans, "subject_biin"), ("buys_org", world.trd_buys, "org_bin"),
                                 ("buys_customer", world.trd_buys, "customer_bin"),
                                 ("lots", world.lots, "customer_bin"), ("lots_buy", world.lots, "trd_buy_id"),
                                 ("contracts", world.contracts, "customer_bin"), ("units", world.units, "contract_id"),
                                 ("subjects", world.subjects, "bin"), ("apps", world.apps, "buyId"),
                                 ("buys_anno", world.trd_buys, "number_anno"), ("lots_anno", world.lots, "trd_buy_number_anno"),
                                 ("contracts_anno", world.contracts, "trd_buy_number_anno"),
                                 ("contracts_supplier", world.contracts, "supplier_biin"),
                                 ("contracts_number", world.contracts, "contract_number"),
                                 ("contracts_number_sys", world.contracts, "contract_number_sys")):
            for row in rows:
                if row.get(key) is not None:  # rows without the key are not "None"-keyed
                    self.by_key[table][str(row.get(key))].append(row)
        self.by_id = {name: {r["id"]: r for r in rows} for name, rows in
                      (("trd_buys", world.trd_buys), ("contracts", world.contracts), ("plans", world.plans),
                       ("lots", world.lots))}
        self.ref_index = {name: {r["id"]: r for r in rows} for name, rows in world.refs.items()}
        self.journal = self._journal()

    def _acts(self) -> list[dict[str, Any]]:
        """One electronic act per executed contract (id, contract_id, sums, dates)."""
        return [{"id": 40_000_000 + n, "contract_id": c["id"], "contract_number_sys": c["contract_number_sys"],
                 "total_sum": c["fakt_sum_wnds"], "approve_date": c["fakt_exec_date"], "index_date": c["fakt_exec_date"]}
                for n, c in enumerate(self.world.contracts) if c.get("fakt_sum_wnds") is not None]

    def subject_by_bin(self, bin_value: object) -> dict[str, Any] | None:
        rows = self.by_key["subjects"].get(str(bin_value))
        return rows[0] if rows else None

    def _journal(self) -> list[dict[str, Any]]:
        entries = [(r["last_update_date"], "trd-buy", "Объявления", r["id"]) for r in self.world.trd_buys]
        entries += [(r["last_update_date"], "contract", "Договоры", r["id"]) for r in self.world.contracts]
        entries.sort()
        return [{"id": n, "action": "update", "object_id": oid, "date_action": when, "service_name": service,
                 "service_title": title, "url": f"/v3/{service}/{oid}"}
                for n, (when, service, title, oid) in enumerate(entries, start=1)]

    def app(self) -> web.Application:
        app = web.Application(middlewares=[self.control_middleware], client_max_size=1024 * 1024)
        r = app.router
        r.add_get("/_mock/stats", self.stats)
        r.add_post("/_mock/faults", self.set_faults)
        r.add_delete("/_mock/faults", self.clear_faults)
        r.add_get("/v3/plans", self.plan_customers)
        r.add_get("/v3/plans/all", lambda q: self.envelope(q, self.world.plans))
        r.add_get("/v3/plans/kato", lambda q: self.envelope(q, [
            {"id": p["id"], "pln_points_id": p["id"], "ref_kato_code": "151010000", "ref_countries_code": "KZ",
             "full_delivery_place_name_ru": "Казахстан", "count": p["count"]} for p in self.world.plans]))
        r.add_get("/v3/plans/spec", lambda q: self.envelope(q, [
            {"id": p["id"], "pln_point_id": p["id"], "ref_ebk_code": None, "ref_fkrb_program_code": None,
             "sum": p["amount"]} for p in self.world.plans]))
        r.add_get("/v3/plans/deleted", lambda q: self.envelope(q, [p for p in self.world.plans if p["is_deleted"]]))
        r.add_get("/v2/plans/deleted", lambda q: self.envelope(q, [p for p in self.world.plans if p["is_deleted"]]))
        r.add_get(r"/v3/plans/view/{id:\d+}", lambda q: self.one(q, "plans"))
        r.add_get("/v3/plans/{bin}", lambda q: self.envelope(q, self.by_key["plans"].get(q.match_info["bin"], [])))
        r.add_get("/v3/trd-buy/bin/{bin}",
                  lambda q: self.envelope(q, self.by_key["buys_org"].get(q.match_info["bin"], [])))
        r.add_get(r"/v3/trd-buy/{id:\d+}", lambda q: self.one(q, "trd_buys"))
        r.add_get("/v3/trd-buy", lambda q: self.envelope(q, self.world.trd_buys))
        r.add_get("/v3/trd-buy/all", lambda q: self.envelope(q, self.world.trd_buys))
        r.add_get("/v3/trd-buy/number-anno/{n}", lambda q: self.first(q, self.by_key["buys_anno"]))
        r.add_get(r"/v3/trd-buy/{id:\d+}/commission", lambda q: self.envelope(q, [
            {"id": int(q.match_info["id"]) * 10 + k, "trd_buy_id": int(q.match_info["id"]), "role_id": k,
             "name_ru": f"Член комиссии {k}"} for k in (1, 2, 3)]))
        r.add_get(r"/v3/trd-buy/{id:\d+}/pause", lambda q: self.envelope(q, []))
        r.add_get(r"/v3/trd-buy/{id:\d+}/cancel", lambda q: self.envelope(q, []))
        r.add_get("/v3/lots", lambda q: self.envelope(q, self.world.lots))
        r.add_get("/v3/lots/number-anno/{n}", lambda q: self.envelope(q, self.by_key["lots_anno"].get(q.match_info["n"], [])))
        r.add_get(r"/v3/lots/trd-buy/{id:\d+}", lambda q: self.envelope(q, self.by_key["lots_buy"].get(q.match_info["id"], [])))
        r.add_get("/v3/contract", lambda q: self.envelope(q, self.world.contracts))
        r.add_get("/v3/contract/all", lambda q: self.envelope(q, self.world.contracts))
        r.add_get("/v3/contract/number-anno/{n}",
                  lambda q: self.envelope(q, self.by_key["contracts_anno"].get(q.match_info["n"], [])))
        r.add_get("/v3/contract/supplier/{biin}",
                  lambda q: self.envelope(q, self.by_key["contracts_supplier"].get(q.match_info["biin"], [])))
        r.add_get("/v3/contract/number/", lambda q: self.first(q, self.by_key["contracts_number"], "number"))
        r.add_get("/v3/contract/number-sys/", lambda q: self.first(q, self.by_key["contracts_number_sys"], "number"))
        r.add_get("/v3/acts", lambda q: self.envelope(q, self.tables["acts"]))
        r.add_get(r"/v3/acts/{id:\d+}", self.act_one)
        r.add_get("/v3/treasury-pay", lambda q: self.envelope(q, []))
        r.add_get(r"/v3/treasury-pay/{id:\d+}", lambda q: self.envelope(q, []))
        r.add_get("/v3/lots/bin/{bin}", lambda q: self.envelope(q, self.by_key["lots"].get(q.match_info["bin"], [])))
        r.add_get(r"/v3/lots/{id:\d+}", lambda q: self.one(q, "lots"))
        r.add_get("/v3/contract/customer/{bin}",
                  lambda q: self.envelope(q, self.by_key["contracts"].get(q.match_info["bin"], [])))
        r.add_get(r"/v3/contract/{id:\d+}/units",
                  lambda q: self.envelope(q, self.by_key["units"].get(q.match_info["id"], [])))
        r.add_get(r"/v3/contract/{id:\d+}", lambda q: self.one(q, "contracts"))
        r.add_get("/v3/subject/all", lambda q: self.envelope(q, self.world.subjects, key="pid"))
        r.add_get("/v3/subject", self.subject_search)
        r.add_get("/v3/subject/biin/{biin}", self.subject)
        r.add_get(r"/v3/subject/{pid:\d+}", self.subject_pid)
        r.add_get("/v3/subject/biin/{biin}/address", lambda q: self.envelope(q, [
            {"id": 1, "biin": q.match_info["biin"], "kato_code": "151010000", "address": "г. Тест, ул. Пример, 1"}]))
        r.add_get("/v3/subject/biin/{biin}/employees", lambda q: self.envelope(q, []))
        r.add_get("/v3/refs/{name}", self.refs)
        r.add_get("/v3/rnu", lambda q: self.envelope(q, self.world.rnu))
        r.add_get("/v3/rnu/{biin}", self.rnu_one)
        r.add_get("/v3/journal", self.journal_page)
        r.add_post("/v3/graphql", self.graphql)
        r.add_get("/ru/search/announce", self.search_announce)
        r.add_get("/ru/search/lots", self.search_lots)
        r.add_get("/ru/search/plans", self.search_plans)
        r.add_get("/robots.txt", self.robots)
        r.add_get(r"/ru/egzcontract/cpublic/contract/{id:\d+}", self.contract_page)
        r.add_get(r"/ru/announce/index/{id:\d+}", self.announce_page)
        return app

    # -- middleware: control routes, request log, rate limit, faults, auth -------------------------

    @web.middleware
    async def control_middleware(self, request: web.Request, handler: Callable[..., Any]) -> web.StreamResponse:
        if request.path.startswith("/_mock/"):
            return await handler(request)
        header = request.headers.get("Authorization", "")
        entry = {"method": request.method, "path": request.path_qs, "status": 0, "fault": "",
                 "auth": "ok" if header == f"Bearer {self.token}" else ("missing" if not header else "wrong")}
        self.requests.append(entry)
        response = await self._answer(request, handler, entry)
        entry["status"] = response.status
        return response

    async def _answer(self, request: web.Request, handler: Callable[..., Any],
                      entry: dict[str, Any]) -> web.StreamResponse:
        if self.rate_limit > 0:
            now = time.monotonic()
            self._recent = [t for t in self._recent if now - t < 1.0]
            if len(self._recent) >= self.rate_limit:
                entry["fault"] = "rate_limit"
                return _json({"name": "Too Many Requests", "message": "Rate limit exceeded.", "code": 0,
                              "status": 429}, 429, {"Retry-After": "1"})
            self._recent.append(now)
        rule = next((f for f in self.faults if f.get("count", 0) > 0 and _path_matches(request.path, f)), None)
        if rule is not None:
            rule["count"] -= 1
            entry["fault"] = kind = str(rule["kind"])
            if kind == "429":
                return _json({"name": "Too Many Requests", "message": "Rate limit exceeded.", "code": 0, "status": 429},
                             429, {"Retry-After": str(rule.get("retry_after", 1))})
            if kind == "403":
                return _yii_error(403, "Forbidden", "You are not allowed to perform this action.")
            if kind in ("500", "502", "503", "504"):
                return web.Response(text="<html><body>Server error</body></html>", status=int(kind),
                                    content_type="text/html")
            if kind == "malformed":
                return web.Response(text='{"total": 3, "limit": 50, "next_page": "", "items": [{"id": 1,',
                                    content_type="application/json")
            if kind == "empty":
                return web.Response(body=b"", content_type="application/json")
            if kind == "foreign_cursor":  # a cursor a client must refuse to follow with its token
                return _json({"total": 2, "limit": 1, "next_page": str(rule.get("next_page", "//127.0.0.2:9/v3/x")),
                              "items": [{"id": 1}]})
            if kind == "slow":
                await asyncio.sleep(float(rule.get("delay", 2.0)))
        if request.path.startswith("/v3/") and entry["auth"] != "ok":
            return _yii_error(401, "Unauthorized", "Your request was made with invalid credentials.")
        return await handler(request)

    async def stats(self, request: web.Request) -> web.Response:
        return _json({"requests": self.requests, "faults": self.faults})

    async def set_faults(self, request: web.Request) -> web.Response:
        rules = (await request.json()).get("rules", [])
        bad = [r for r in rules if str(r.get("kind")) not in FAULT_KINDS]
        if bad:
            return _json({"error": f"unknown fault kinds {bad}"}, 400)
        self.faults = [dict(r, kind=str(r["kind"])) for r in rules]
        return _json({"faults": self.faults})

    async def clear_faults(self, request: web.Request) -> web.Response:
        self.faults, self.requests = [], []
        return _json({"faults": []})

    # -- REST ---------------------------------------------------------------------------------

    def envelope(self, request: web.Request, rows: list[dict[str, Any]], *, key: str = "id",
                 ascending: bool = False) -> web.Response:
        """One page of `rows`, newest (largest key) first unless `ascending`, with a search_after cursor."""
        try:
            limit = int(request.query.get("limit", self.default_limit))
            after = request.query.get("search_after")
            after_value = int(after) if after not in (None, "") else None
        except ValueError:
            return _yii_error(400, "Bad Request", "limit and search_after are integers")
        limit = max(1, min(MAX_LIMIT, limit))
        ordered = sorted(rows, key=lambda r: r[key], reverse=not ascending)
        if request.query.get("page") == "next" and after_value is not None:
            ordered = [r for r in ordered if (r[key] > after_value if ascending else r[key] < after_value)]
        page = ordered[:limit]
        next_page = ""
        if len(ordered) > limit:
            keep = [(k, v) for k, v in request.query.items() if k not in ("page", "search_after", "limit")]
            if "limit" in request.query:
                keep.append(("limit", str(limit)))
            extra = "".join(f"&{k}={v}" for k, v in keep)
            next_page = f"{request.path}?page=next&search_after={page[-1][key]}{extra}"
        return _json({"total": len(rows), "limit": limit, "next_page": next_page, "items": page})

    async def first(self, request: web.Request, index: dict[str, list[dict[str, Any]]],
                    query_key: str | None = None) -> web.Response:
        key = request.query.get(query_key, "") if query_key else request.match_info["n"]
        rows = index.get(key)
        return _json(rows[0]) if rows else _yii_error(404, "Not Found", "Object not found.")

    async def act_one(self, request: web.Request) -> web.Response:
        row = next((a for a in self.tables["acts"] if a["id"] == int(request.match_info["id"])), None)
        return _json(row) if row else _yii_error(404, "Not Found", "Object not found.")

    async def subject_pid(self, request: web.Request) -> web.Response:
        row = next((s for s in self.world.subjects if s["pid"] == int(request.match_info["pid"])), None)
        return _json(row) if row else _yii_error(404, "Not Found", "Object not found.")

    async def one(self, request: web.Request, table: str) -> web.Response:
        row = self.by_id[table].get(int(request.match_info["id"]))
        return _json(row) if row else _yii_error(404, "Not Found", "Object not found.")

    async def plan_customers(self, request: web.Request) -> web.Response:
        subjects = {s["bin"]: s for s in self.world.subjects}
        rows = [{"pid": subjects[b]["pid"], "bin": b, "name_ru": subjects[b]["name_ru"],
                 "name_kz": subjects[b]["name_kz"], "doc_count": len(points)}
                for b, points in self.by_key["plans"].items() if points and b in subjects]
        return self.envelope(request, rows, key="pid")

    async def subject(self, request: web.Request) -> web.Response:
        rows = self.by_key["subjects"].get(request.match_info["biin"])
        return _json(rows[0]) if rows else _yii_error(404, "Not Found", "Object not found.")

    async def subject_search(self, request: web.Request) -> web.Response:
        """`/v3/subject?nameOrFullNameRu=...` (notes §12), else the whole registry like /v3/subject/all."""
        pattern = request.query.get("nameOrFullNameRu")
        rows = self.world.subjects if pattern is None else [r for r in self.world.subjects if name_matches(r, pattern)]
        return self.envelope(request, rows, key="pid")

    async def rnu_one(self, request: web.Request) -> web.Response:
        rows = [r for r in self.world.rnu if r["supplier_biin"] == request.match_info["biin"]]
        return self.envelope(request, rows) if rows else _yii_error(404, "Not Found", "Object not found.")

    async def refs(self, request: web.Request) -> web.Response:
        rows = self.world.refs.get(request.match_info["name"])
        if rows is None:
            return _yii_error(404, "Not Found", "Reference not found.")
        return self.envelope(request, rows, ascending=True)

    async def journal_page(self, request: web.Request) -> web.Response:
        date_from = request.query.get("date_from", "0000-00-00")
        date_to = request.query.get("date_to", "9999-99-99")
        rows = [e for e in self.journal if date_from <= e["date_action"][:10] <= date_to]
        return self.envelope(request, rows)

    # -- GraphQL ------------------------------------------------------------------------------

    async def graphql(self, request: web.Request) -> web.Response:
        try:
            body = await request.json()
            query, variables = body["query"], body.get("variables") or {}
            if not isinstance(query, str) or not isinstance(variables, dict):
                raise TypeError
        except (ValueError, KeyError, TypeError):
            return _json({"errors": [{"message": "Must provide query string."}]}, 400)
        try:
            fields = gql.parse(query)
        except gql.GraphQLSyntaxError as exc:
            return _json({"errors": [{"message": str(exc)}]})
        data: dict[str, Any] = {}
        page_info: dict[str, Any] = {}
        errors: list[dict[str, str]] = []
        for root in fields:
            if root.name in ("__schema", "__type", "__typename"):
                data[root.key] = self._introspect(root, variables)
                continue
            try:
                rows, page_info = self._gql_root(root, variables)
                data[root.key] = [self._project(r, root.selections, root.name) for r in rows]
            except ValueError as exc:
                errors.append({"message": str(exc)})
        if errors:
            return _json({"errors": errors, "data": None})
        return _json({"data": data, "extensions": {"pageInfo": page_info}})

    def _schema_types(self) -> dict[str, list[str]]:
        """Object types and their fields, read off the generated data (roots, plus their filter inputs)."""
        types: dict[str, list[str]] = {}
        for name, (table, _, filters) in GQL_ROOTS.items():
            rows = self.tables[table]
            sample = rows[0] if rows else {}
            fields = [gql.snake_to_camel(k) for k in sample if not k.startswith("_")]
            fields += sorted({rel for (type_name, rel) in RELATIONS if type_name == name})
            types[name] = fields or ["id"]
            types[f"{name}FiltersInput"] = sorted(filters)
        types["Query"] = sorted(GQL_ROOTS)
        return types

    def _introspect(self, root: gql.Field, variables: dict[str, Any]) -> Any:
        """Enough of GraphQL introspection for schema browsers: __schema { queryType types { name kind fields } }
        and __type(name:) { name kind fields { name } }."""
        if root.name == "__typename":
            return "Query"
        types = self._schema_types()

        def describe(name: str, sels: list[gql.Field]) -> dict[str, Any]:
            full = {"name": name, "kind": "INPUT_OBJECT" if name.endswith("FiltersInput") else "OBJECT",
                    "description": None}
            out: dict[str, Any] = {}
            for sel in sels:
                if sel.name in ("fields", "inputFields"):
                    out[sel.key] = [{f.key: (n if f.name == "name" else None) for f in sel.selections}
                                    for n in types.get(name, [])]
                else:
                    out[sel.key] = full.get(sel.name)
            return out

        if root.name == "__type":
            name = str(gql.resolve_variables(root.args, variables).get("name") or "")
            return describe(name, root.selections) if name in types else None
        out: dict[str, Any] = {}
        for sel in root.selections:
            if sel.name == "queryType":
                out[sel.key] = {"name": "Query"}
            elif sel.name == "types":
                out[sel.key] = [describe(n, sel.selections) for n in sorted(types)]
            else:
                out[sel.key] = None
        return out

    def _gql_root(self, root: gql.Field, variables: dict[str, Any]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        if root.name not in GQL_ROOTS:
            raise ValueError(f'Cannot query field "{root.name}" on type "Query".')
        table, key, allowed = GQL_ROOTS[root.name]
        for arg in root.args:
            if arg not in ("filter", "limit", "after"):
                raise ValueError(f'Unknown argument "{arg}" on field "{root.name}" of type "Query".')
        args = gql.resolve_variables(root.args, variables)
        filt = args.get("filter") or {}
        if not isinstance(filt, dict):
            raise ValueError(f'Expected type "{root.name}FiltersInput".')
        unknown = set(filt) - allowed
        if unknown:
            raise ValueError(f'Field "{sorted(unknown)[0]}" is not defined by type "{root.name}FiltersInput".')
        limit = int(args["limit"]) if args.get("limit") is not None else DEFAULT_LIMIT
        if not 0 <= limit <= GQL_MAX_LIMIT:
            raise ValueError(f'Argument "limit" on field "{root.name}" must be between 0 and {GQL_MAX_LIMIT}.')
        after = args.get("after")
        if root.name == "TrdApp" and "buyId" in filt:  # indexed: avoid a scan per buyer
            ids = filt["buyId"] if isinstance(filt["buyId"], list) else [filt["buyId"]]
            rows = [r for i in ids for r in self.by_key["apps"].get(str(i), [])]
            filt = {k: v for k, v in filt.items() if k != "buyId"}
        else:
            rows = self.tables[table]
        rows = [r for r in rows if all(self._gql_match(r, k, v) for k, v in filt.items())]
        rows.sort(key=lambda r: r[key])
        total = len(rows)
        if after is not None:
            rows = [r for r in rows if r[key] > int(after)]
        page = rows[:limit]
        info = {"limitPage": limit, "totalCount": total, "hasNextPage": len(rows) > limit > 0,
                "lastId": page[-1][key] if page else None}
        return page, info

    @staticmethod
    def _gql_match(row: dict[str, Any], key: str, want: Any) -> bool:
        if key == "nameOrFullNameRu":
            return name_matches(row, str(want))
        value = row.get(gql.camel_to_snake(key), row.get(key))
        if key in RANGE_FILTERS and isinstance(want, list) and 1 <= len(want) <= 2:
            # [from, to], [from] or ["", to] (notes §12)
            low, high = [*want, ""][:2]
            if key in NUMERIC_RANGES:
                number = float(value or 0)
                return (low in ("", None) or number >= float(low)) and (high in ("", None) or number <= float(high))
            text = str(value or "")[:19]
            upper = str(high) + ("" if len(str(high)) > 10 else " 23:59:59")
            return (low in ("", None) or str(low) <= text) and (high in ("", None) or text <= upper)
        wants = [str(w) for w in (want if isinstance(want, list) else [want])]
        values = [str(v) for v in (value if isinstance(value, list) else [value])]
        return any(v in wants for v in values)

    def _related(self, row: dict[str, Any], name: str, type_name: str) -> tuple[bool, Any, str]:
        refs = self.ref_index
        relations: dict[tuple[str, str], Callable[[], tuple[Any, str]]] = {
            ("TrdBuy", "Lots"): lambda: (self.by_key["lots_buy"].get(str(row["id"]), []), "Lots"),
            ("TrdBuy", "RefBuyStatus"): lambda: (refs["ref_buy_status"].get(row["ref_buy_status_id"]), "Ref"),
            ("TrdBuy", "RefTradeMethods"): lambda: (refs["ref_trade_methods"].get(row["ref_trade_methods_id"]), "Ref"),
            ("TrdBuy", "RefSubjectType"): lambda: (refs["ref_subject_type"].get(row["ref_subject_type_id"]), "Ref"),
            ("TrdBuy", "Files"): lambda: ([], "File"),
            ("Lots", "RefLotsStatus"): lambda: (refs["ref_lots_status"].get(row["ref_lot_status_id"]), "Ref"),
            ("Lots", "Plans"): lambda: ([self.by_id["plans"][p] for p in row.get("point_list") or []
                                         if p in self.by_id["plans"]], "Plans"),
            ("Contract", "ContractUnits"): lambda: (self.by_key["units"].get(str(row["id"]), []), "ContractUnits"),
            ("Contract", "RefContractStatus"): lambda: (refs["ref_contract_status"].get(row["ref_contract_status_id"]),
                                                        "Ref"),
            ("Contract", "RefContractType"): lambda: (refs["ref_contract_type"].get(row["ref_contract_type_id"]), "Ref"),
            ("Contract", "FaktTradeMethods"): lambda: (refs["ref_trade_methods"].get(row["fakt_trade_methods_id"]),
                                                       "Ref"),
            ("Contract", "RefSubjectType"): lambda: (refs["ref_subject_type"].get(row["ref_subject_type_id"]), "Ref"),
            ("Contract", "Supplier"): lambda: (self.subject_by_bin(row["supplier_biin"]), "Subjects"),
            ("Contract", "Customer"): lambda: (self.subject_by_bin(row["customer_bin"]), "Subjects"),
            ("Contract", "TrdBuy"): lambda: (self.by_id["trd_buys"].get(row["trd_buy_id"]), "TrdBuy"),
            ("Contract", "File"): lambda: ([], "File"),
            ("Contract", "Acts"): lambda: ([], "Acts"),
            ("Contract", "TreasuryPay"): lambda: ([], "TreasuryPay"),
            ("Contract", "ContractPayment"): lambda: ([], "ContractPayment"),
            ("Contract", "ContractSpecSum"): lambda: ([], "ContractSpecSum"),
            ("ContractUnits", "Plans"): lambda: (self.by_id["plans"].get(row.get("pln_point_id")), "Plans"),
            ("Lots", "Customer"): lambda: (self.subject_by_bin(row["customer_bin"]), "Subjects"),
            ("Lots", "TrdBuy"): lambda: (self.by_id["trd_buys"].get(row["trd_buy_id"]), "TrdBuy"),
            ("Plans", "PlanActs"): lambda: ({"id": row.get("plan_act_number"), "planActNumber": row.get("plan_act_number"),
                                             "refPlanStatusId": row.get("ref_plan_status_id"),
                                             "dateApproved": row.get("date_approved")}, "PlanActs"),
            ("Plans", "RefPlnPointStatus"): lambda: ({"id": row.get("ref_pln_point_status_id"),
                                                      "nameRu": "Утвержден" if row.get("is_active") else "Снят"}, "Ref"),
            ("Plans", "RefUnits"): lambda: ({"code": row.get("ref_units_code"), "nameRu": "Штука"}, "Ref"),
            ("TrdApp", "Supplier"): lambda: (self.subject_by_bin(row["supplierBinIin"]), "Subjects"),
            ("AppLots", "RefAppStatus"): lambda: (refs["ref_app_status"].get(row.get("statusId")), "Ref"),
            ("AppLots", "Lot"): lambda: (self.by_id["lots"].get(row.get("lotId")), "Lots"),
        }
        fetch = relations.get((type_name, name))
        if fetch is None:
            return False, None, ""
        value, sub_type = fetch()
        return True, value, sub_type

    def _project(self, row: dict[str, Any], selections: list[gql.Field], type_name: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for sel in selections:
            known, value, sub_type = self._related(row, sel.name, type_name)
            if not known:
                snake = gql.camel_to_snake(sel.name)
                if snake in row and not snake.startswith("_"):
                    value = row[snake]
                elif sel.name in row:
                    value = row[sel.name]
                else:
                    raise ValueError(f'Cannot query field "{sel.name}" on type "{type_name}".')
                sub_type = sel.name
            nested = isinstance(value, dict) or (isinstance(value, list) and any(isinstance(v, dict) for v in value))
            if sel.selections and value is not None and not (nested or value == []):
                raise ValueError(f'Field "{sel.name}" must not have a selection since it is a scalar.')
            if nested and not sel.selections:
                raise ValueError(f'Field "{sel.name}" of type "{sub_type}" must have a selection of subfields.')
            if isinstance(value, dict) and sel.selections:
                value = self._project(value, sel.selections, sub_type)
            elif isinstance(value, list) and sel.selections:
                value = [self._project(v, sel.selections, sub_type) for v in value if isinstance(v, dict)]
            out[sel.key] = value
        return out

    # -- public HTML --------------------------------------------------------------------------

    async def search_announce(self, request: web.Request) -> web.Response:
        """`/ru/search/announce?filter[customer]=<BIN or name>`: the `#search-result` table."""
        customer = (request.query.get("filter[customer]") or "").strip()
        try:
            per_page = max(1, min(2000, int(request.query.get("count_record", 50))))
            page_no = max(1, int(request.query.get("page", 1)))
        except ValueError:
            per_page, page_no = 50, 1
        if re.fullmatch(r"\d{12}", customer):
            found = {r["id"]: r for r in self.by_key["buys_customer"].get(customer, []) + self.by_key["buys_org"].get(customer, [])}
            rows = list(found.values())
        elif customer:
            rows = [r for r in self.world.trd_buys if customer.casefold() in (r["customer_name_ru"] or "").casefold()]
        else:
            rows = list(self.world.trd_buys)
        rows.sort(key=lambda r: r["id"], reverse=True)
        methods = self.ref_index["ref_trade_methods"]
        statuses = self.ref_index["ref_buy_status"]
        body = []
        for r in rows[(page_no - 1) * per_page: page_no * per_page]:
            method = methods.get(r["ref_trade_methods_id"], {}).get("name_ru", "")
            status = statuses.get(r["ref_buy_status_id"], {}).get("name_ru", "")
            amount = f"{r['total_sum']:,.2f}".replace(",", " ")
            body.append(
                f"<tr><td><strong>{html.escape(r['number_anno'])}</strong></td>"
                f"<td><a href=\"/ru/announce/index/{r['id']}\">{html.escape(r['name_ru'] or '')}</a>"
                f"<br><small>Заказчик: {html.escape(r['customer_name_ru'] or '')}</small></td>"
                f"<td>{html.escape(method)}</td><td>{html.escape(r['start_date'] or '')}</td>"
                f"<td>{html.escape(r['end_date'] or '')}</td><td>{amount}</td><td>{html.escape(status)}</td></tr>")
        return self._table(("№ объявления", "Наименование", "Способ закупки", "Начало приема заявок",
                            "Окончание приема заявок", "Сумма", "Статус"), body, len(rows))

    def _listing_query(self, request: web.Request) -> tuple[str, int, int]:
        customer = (request.query.get("filter[customer]") or "").strip()
        try:
            per_page = max(1, min(2000, int(request.query.get("count_record", 50))))
            page_no = max(1, int(request.query.get("page", 1)))
        except ValueError:
            per_page, page_no = 50, 1
        return customer, per_page, page_no

    @staticmethod
    def _table(headers: Sequence[str], rows: list[str], total: int) -> web.Response:
        head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
        page = ("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>Поиск</title></head>"
                f"<body><p class=\"total\">Найдено: {total}</p><table id=\"search-result\" class=\"table\">"
                f"<thead><tr>{head}</tr></thead><tbody>" + "".join(rows) + "</tbody></table></body></html>")
        return web.Response(text=page, content_type="text/html")

    async def search_lots(self, request: web.Request) -> web.Response:
        """`/ru/search/lots?filter[customer]=<BIN or name>`: 7 cells per row as in the notes (§8): lot number,
        announcement link with «Заказчик: …», lot name, quantity, amount, method, status. The customer filter on
        this page is the mock's assumption (the notes show filter[name] and filter[status] only)."""
        customer, per_page, page_no = self._listing_query(request)
        if re.fullmatch(r"\d{12}", customer):
            rows = list(self.by_key["lots"].get(customer, []))
        else:
            rows = [r for r in self.world.lots if customer and customer.casefold() in
                    (r["customer_name_ru"] or "").casefold()]
        rows.sort(key=lambda r: r["id"], reverse=True)
        methods, statuses = self.ref_index["ref_trade_methods"], self.ref_index["ref_lots_status"]
        body = []
        for r in rows[(page_no - 1) * per_page: page_no * per_page]:
            method = methods.get(r["ref_buy_trade_methods_id"], {}).get("name_ru", "")
            status = statuses.get(r["ref_lot_status_id"], {}).get("name_ru", "")
            amount = f"{r['amount']:,.2f}".replace(",", " ")
            body.append(
                f"<tr><td><strong>{html.escape(r['lot_number'])}</strong></td>"
                f"<td><a href=\"/ru/announce/index/{r['trd_buy_id']}\">{html.escape(r['trd_buy_number_anno'])}</a>"
                f"<br><small>Заказчик: {html.escape(r['customer_name_ru'] or '')}</small></td>"
                f"<td>{html.escape(r['name_ru'] or '')}</td><td>{r['count']}</td><td>{amount}</td>"
                f"<td>{html.escape(method)}</td><td>{html.escape(status)}</td></tr>")
        return self._table(("№ лота", "Объявление", "Наименование", "Кол-во", "Сумма", "Способ закупки", "Статус"),
                           body, len(rows))

    async def search_plans(self, request: web.Request) -> web.Response:
        """`/ru/search/plans?filter[customer]=<BIN or name>`: plan points with their status. This public page is
        the mock's own assumption (the notes name no public plan search); adalscan treats a 404 there as
        "plan not checked"."""
        customer, per_page, page_no = self._listing_query(request)
        if re.fullmatch(r"\d{12}", customer):
            rows = list(self.by_key["plans"].get(customer, []))
        else:
            rows = [r for r in self.world.plans if customer and customer.casefold() in
                    (r["subject_name_ru"] or "").casefold()]
        rows.sort(key=lambda r: r["id"], reverse=True)
        methods = self.ref_index["ref_trade_methods"]
        body = []
        for r in rows[(page_no - 1) * per_page: page_no * per_page]:
            if r.get("is_deleted"):
                status = "Удален"
            elif not r.get("is_active", 1):
                status = "Снят с публикации"
            elif r.get("plan_preliminary"):
                status = "Предварительный план"
            else:
                status = "Утвержден"
            amount = f"{r['amount']:,.2f}".replace(",", " ")
            body.append(
                f"<tr><td>{r['id']}</td><td>{html.escape(r['name_ru'] or '')}<br><small>Заказчик: "
                f"{html.escape(r['subject_name_ru'] or '')}</small></td>"
                f"<td>{html.escape(methods.get(r['ref_trade_methods_id'], {}).get('name_ru', ''))}</td>"
                f"<td>{amount}</td><td>{r['plan_fin_year']}</td><td>{html.escape(status)}</td></tr>")
        return self._table(("ID пункта плана", "Наименование", "Способ закупки", "Сумма", "Финансовый год", "Статус"),
                           body, len(rows))

    async def robots(self, request: web.Request) -> web.Response:
        """As the notes quote the real portal: a 5-second crawl delay."""
        return web.Response(text="User-agent: *\nCrawl-delay: 5\nDisallow: /v3/\n", content_type="text/plain")

    async def contract_page(self, request: web.Request) -> web.Response:
        row = self.by_id["contracts"].get(int(request.match_info["id"]))
        if row is None:
            return web.Response(text="<html><body>Договор не найден</body></html>", status=404,
                                content_type="text/html")
        status = self.ref_index["ref_contract_status"].get(row["ref_contract_status_id"], {}).get("name_ru", "")
        return web.Response(text=f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Договор {row['id']}"
                                 f"</title></head><body><h1>Договор № {html.escape(str(row['contract_number']))}</h1>"
                                 f"<p>Сумма: {row['contract_sum_wnds']}</p><p>Статус: {html.escape(status)}</p>"
                                 "</body></html>", content_type="text/html")

    async def announce_page(self, request: web.Request) -> web.Response:
        row = self.by_id["trd_buys"].get(int(request.match_info["id"]))
        if row is None:
            return web.Response(text="<html><body>Объявление не найдено</body></html>", status=404,
                                content_type="text/html")
        return web.Response(text=f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{html.escape(row['number_anno'])}"
                                 f"</title></head><body><h1>{html.escape(row['name_ru'] or '')}</h1>"
                                 f"<p>Организатор: {html.escape(row['org_name_ru'] or '')}</p></body></html>",
                            content_type="text/html")


# -- command line -------------------------------------------------------------------------------------

def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m simweb.goszakup.mock", description=__doc__.split("\n\n")[0])
    parser.add_argument("--registry", required=True, help="registry CSV (interface.md columns)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 = any free port")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--as-of", default=None, help="YYYY-MM-DD; the 'current year' of the generated data")
    parser.add_argument("--truth-out", default=None, help="write institution_id -> expected status/flags JSON here")
    parser.add_argument("--token", default=None, help=f"accepted bearer token (default ${ENV_MOCK_TOKEN} or random)")
    parser.add_argument("--faults", default=None, help=f"JSON list of fault rules (default ${ENV_MOCK_FAULTS})")
    parser.add_argument("--rate-limit", type=float, default=0.0, help="answer 429 above this many requests/s")
    parser.add_argument("--direct-method-id", type=int, default=23,
                        help="ref_trade_methods id of direct contracting (23 on the portal, notes §12)")
    parser.add_argument("--amendment-sums", choices=("total", "delta"), default="total",
                        help="what a supplementary agreement's contract_sum_wnds carries: the new total or the change")
    parser.add_argument("--profiles", default=None, help="JSON file {institution_id: profile} overriding the seed")
    return parser.parse_args(argv)


async def _serve(args: argparse.Namespace) -> None:
    if args.host not in ("localhost", "::1") and not args.host.startswith("127."):
        raise SystemExit("the mock serves loopback only (127.x, ::1, localhost)")
    institutions = read_registry(args.registry)
    as_of = date.fromisoformat(args.as_of) if args.as_of else date.today()
    profiles = json.loads(Path(args.profiles).read_text(encoding="utf-8")) if args.profiles else None
    world = build_world(institutions, seed=args.seed, as_of=as_of, direct_method_id=args.direct_method_id,
                        amendment_sums=args.amendment_sums,
                        profiles=profiles)
    supplied = args.token or os.environ.get(ENV_MOCK_TOKEN)
    token = supplied or f"mock-token-{secrets.token_hex(8)}"
    faults = json.loads(args.faults or os.environ.get(ENV_MOCK_FAULTS) or "[]")
    if args.truth_out:
        write_truth({"as_of": as_of.isoformat(), "seed": args.seed, "institutions": world.truth}, args.truth_out)
    portal = MockPortal(world, token, faults=faults, rate_limit=args.rate_limit)
    runner = web.AppRunner(portal.app(), access_log=None, handle_signals=False)
    await runner.setup()
    site = web.TCPSite(runner, args.host, args.port)
    await site.start()
    port = runner.addresses[0][1]
    host = f"[{args.host}]" if ":" in args.host else args.host
    ready: dict[str, Any] = {"url": f"http://{host}:{port}", "port": port, "institutions": len(institutions),
                             "as_of": as_of.isoformat()}
    if not supplied:  # a generated token must be told to whoever started the mock
        ready["token"] = token
    print(READY_PREFIX + json.dumps(ready), flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    await runner.cleanup()


def main(argv: list[str] | None = None) -> None:
    asyncio.run(_serve(_parse_args(argv)))


# -- test/demo harness -------------------------------------------------------------------------------

class MockGoszakup:
    """Run the mock in a subprocess for the duration of a `with` block.

        with MockGoszakup("institutions.csv", as_of="2026-11-25") as mock:
            results = check_institutions(insts, mock.url, mock.token, date(2026, 11, 25))
            mock.truth["institutions"][inst_id]["status"]

    `registry` is a CSV path or a list of Institution. The token is handed to the child through the
    environment (never argv). `truth` holds the ground truth; `truth_out` also writes it (CSV for the
    demo's scorer when the name ends in .csv, else JSON). `set_faults([...])` / `clear_faults()` /
    `stats()` talk to /_mock/*.
    """

    def __init__(self, registry: Path | str | Sequence[Institution], *, seed: int = 7,
                 as_of: date | str = "2026-11-25", host: str = "127.0.0.1", token: str | None = None,
                 faults: list[dict[str, Any]] | None = None, rate_limit: float = 0.0, direct_method_id: int = 23,
                 amendment_sums: str = "total",
                 profiles: dict[str, str] | None = None, truth_out: Path | str | None = None,
                 startup_timeout: float = 60.0) -> None:
        self.registry = registry
        self.seed, self.host, self.rate_limit = seed, host, rate_limit
        self.as_of = as_of if isinstance(as_of, str) else as_of.isoformat()
        self.token = token or f"mock-token-{secrets.token_hex(8)}"
        self.faults, self.direct_method_id, self.profiles = faults, direct_method_id, profiles
        self.amendment_sums = amendment_sums
        self.startup_timeout = startup_timeout
        self.truth_out = truth_out
        self.url = ""
        self.port = 0
        self.truth: dict[str, Any] = {}
        self._proc: subprocess.Popen[str] | None = None
        self._tmp: tempfile.TemporaryDirectory[str] | None = None

    def __repr__(self) -> str:
        return f"MockGoszakup(url={self.url!r})"

    def __enter__(self) -> MockGoszakup:
        self._tmp = tempfile.TemporaryDirectory(prefix="goszakup-mock-")
        tmp = Path(self._tmp.name)
        registry = self.registry
        if not isinstance(registry, (str, Path)):
            registry = tmp / "registry.csv"
            write_registry(list(self.registry), registry)  # type: ignore[arg-type]
        truth_path = tmp / "truth.json"
        cmd = [sys.executable, "-m", "simweb.goszakup.mock", "--registry", str(registry), "--host", self.host,
               "--port", "0", "--seed", str(self.seed), "--as-of", self.as_of, "--truth-out", str(truth_path),
               "--rate-limit", str(self.rate_limit), "--direct-method-id", str(self.direct_method_id),
               "--amendment-sums", self.amendment_sums]
        if self.profiles:
            (tmp / "profiles.json").write_text(json.dumps(self.profiles), encoding="utf-8")
            cmd += ["--profiles", str(tmp / "profiles.json")]
        env = dict(os.environ, **{ENV_MOCK_TOKEN: self.token, ENV_MOCK_FAULTS: json.dumps(self.faults or [])})
        root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
        self._stderr = (tmp / "stderr.log").open("w+", encoding="utf-8")
        self._proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=self._stderr, text=True, env=env,
                                      cwd=root)
        line = self._read_ready()
        info = json.loads(line[len(READY_PREFIX):])
        self.url, self.port = info["url"], info["port"]
        self.truth = json.loads(truth_path.read_text(encoding="utf-8"))
        if self.truth_out is not None:
            write_truth(self.truth, self.truth_out)
        return self

    def _read_ready(self) -> str:
        assert self._proc is not None and self._proc.stdout is not None
        result: list[str] = []

        def reader() -> None:
            assert self._proc is not None and self._proc.stdout is not None
            for line in self._proc.stdout:
                if line.startswith(READY_PREFIX):
                    result.append(line.strip())
                    return

        thread = threading.Thread(target=reader, daemon=True)
        thread.start()
        thread.join(self.startup_timeout)
        if not result:
            self._stderr.flush()
            self._stderr.seek(0)
            tail = self._stderr.read()[-2000:]
            self.__exit__(None, None, None)
            raise RuntimeError(f"goszakup mock did not start: {tail}")
        return result[0]

    def __exit__(self, *exc: object) -> None:
        if self._proc is not None:
            if self._proc.poll() is None:
                self._proc.terminate()
                try:
                    self._proc.wait(10)
                except subprocess.TimeoutExpired:
                    self._proc.kill()
                    self._proc.wait(5)
            if self._proc.stdout is not None:
                self._proc.stdout.close()
            self._proc = None
        if getattr(self, "_stderr", None) is not None and not self._stderr.closed:
            self._stderr.close()
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def _control(self, method: str, path: str, payload: Any = None) -> Any:
        data = json.dumps(payload).encode() if payload is not None else None
        request = urllib.request.Request(self.url + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read().decode("utf-8"))

    def set_faults(self, rules: list[dict[str, Any]]) -> None:
        """Replace the fault rules, e.g. [{"kind": "429", "count": 2, "retry_after": 3, "path": "/v3/plans/"}]."""
        self._control("POST", "/_mock/faults", {"rules": rules})

    def clear_faults(self) -> None:
        """Drop fault rules and the request log."""
        self._control("DELETE", "/_mock/faults")

    def stats(self) -> dict[str, Any]:
        """{"requests": [{method, path, status, fault, auth}], "faults": [...remaining counts]}."""
        return self._control("GET", "/_mock/stats")


if __name__ == "__main__":
    main()
