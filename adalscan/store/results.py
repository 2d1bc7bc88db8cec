"""ResultStore: one small class over DB-API connections (sqlite3 or psycopg), portable SQL only.

Writes are idempotent upserts keyed by (run_id, institution_id, ...): a resumed run that sees the same
document again replaces its row instead of duplicating it, so nothing is lost or counted twice.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from adalscan.models import CrawlStatus, Evidence, GapRow, GapStatus, Institution, SiteResult

SCHEMA = (Path(__file__).parent / "schema.sql").read_text(encoding="utf-8")
# Columns added after a store's tables may have been created: (table, column, definition).
ADDED_COLUMNS = (("evidence", "genre", "TEXT NOT NULL DEFAULT ''"),)
SITE_RESULT_COLUMNS = ("institution_id", "crawl_status", "pages_fetched", "bytes_fetched", "documents", "errors",
                       "detail")


@dataclass(frozen=True, slots=True)
class RunInfo:
    run_id: str
    started: str
    as_of: str
    status: str = "running"
    finished: str | None = None
    command: str = ""
    settings: str = "{}"


@dataclass(slots=True)
class StoredDocument:
    """One document row for put_documents: its columns, its evidence, its fingerprint ('' outside nightly)."""

    institution_id: str
    row: dict[str, Any]
    evidence: list[Evidence] = field(default_factory=list)
    fingerprint: str = ""


class ResultStore:
    """Results of every run; `url` is a path to a SQLite file or a postgresql:// URL."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.is_postgres = url.startswith(("postgresql://", "postgres://"))
        if self.is_postgres:
            import psycopg  # only needed for the shared PostgreSQL store

            self._conn: Any = psycopg.connect(url, autocommit=False)
            self._param = "%s"
        else:
            Path(url).parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(url, timeout=30, isolation_level=None)
            self._conn.execute("PRAGMA journal_mode=WAL")  # readers (reports) never block the crawl's writes
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._param = "?"
        self._init_schema()

    # -- plumbing ---------------------------------------------------------------------------------
    def _sql(self, sql: str) -> str:
        return sql.replace("?", self._param) if self.is_postgres else sql

    def _init_schema(self) -> None:
        with self.transaction() as cur:
            for statement in filter(None, (s.strip() for s in SCHEMA.split(";"))):
                cur.execute(statement)
            for table, column, definition in ADDED_COLUMNS:
                if column not in self._columns(cur, table):  # a store written by an older version
                    cur.execute(f"ALTER TABLE {table} ADD COLUMN {column} {definition}")

    def _columns(self, cur: Any, table: str) -> set[str]:
        if self.is_postgres:
            cur.execute("SELECT column_name FROM information_schema.columns WHERE table_name = %s", [table])
            return {r[0] for r in cur.fetchall()}
        cur.execute(f"PRAGMA table_info({table})")
        return {r[1] for r in cur.fetchall()}

    def transaction(self) -> _Transaction:
        return _Transaction(self)

    def _upsert(self, cur: Any, table: str, keys: tuple[str, ...], row: dict[str, Any]) -> None:
        cols = list(row)
        updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c not in keys) or f"{keys[0]} = excluded.{keys[0]}"
        sql = (f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
               f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET {updates}")
        cur.execute(self._sql(sql), [row[c] for c in cols])

    def _rows(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        cur = self._conn.cursor()
        cur.execute(self._sql(sql), list(params))
        rows = cur.fetchall()
        if self.is_postgres:
            self._conn.commit()
        return rows

    def close(self) -> None:
        self._conn.close()

    # -- writes -----------------------------------------------------------------------------------
    def start_run(self, run: RunInfo, institutions: Iterable[Institution]) -> None:
        with self.transaction() as cur:
            self._upsert(cur, "runs", ("run_id",), asdict(run))
            for inst in institutions:
                self._upsert(cur, "institutions", ("run_id", "institution_id"), {
                    "run_id": run.run_id, "institution_id": inst.id, "type": inst.type, "region": inst.region,
                    "record": json.dumps(asdict(inst), ensure_ascii=False)})

    def finish_run(self, run_id: str, finished: str, status: str = "completed") -> None:
        with self.transaction() as cur:
            cur.execute(self._sql("UPDATE runs SET finished = ?, status = ? WHERE run_id = ?"), [finished, status, run_id])

    def put_site_results(self, run_id: str, results: Iterable[SiteResult]) -> None:
        with self.transaction() as cur:
            cur.execute(self._sql("DELETE FROM run_coverage WHERE run_id = ?"), [run_id])  # computed from these
            for site in results:
                # The table's own columns (coverage counts live in site_status.csv, manifest.json and detail).
                row = {k: v for k, v in asdict(site).items() if k in SITE_RESULT_COLUMNS}
                row["crawl_status"] = str(site.crawl_status)
                self._upsert(cur, "site_results", ("run_id", "institution_id"), {"run_id": run_id, **row})

    def put_document(self, run_id: str, institution_id: str, doc: dict[str, Any],
                     evidence: Iterable[Evidence], fingerprint: str = "") -> None:
        """Store one fetched document and the evidence found in it, atomically."""
        self.put_documents(run_id, [StoredDocument(institution_id, doc, list(evidence), fingerprint)])

    def put_documents(self, run_id: str, documents: Iterable[StoredDocument]) -> None:
        """Store fetched documents, their evidence and (nightly) their fingerprints in one transaction.

        Rows are written in key order, so two crawl workers writing the same page (a page one read and the
        other read again) lock them in the same order; a deadlock or lock timeout that still happens is
        retried, since the batch is whole or not at all."""
        batch = sorted(documents, key=lambda d: (d.institution_id, str(d.row["url"])))
        for attempt in range(WRITE_ATTEMPTS):
            try:
                self._put_documents(run_id, batch)
                return
            except Exception as exc:
                if attempt + 1 == WRITE_ATTEMPTS or not _is_transient(exc):
                    raise
                time.sleep(0.05 * 2 ** attempt)

    def _put_documents(self, run_id: str, documents: list[StoredDocument]) -> None:
        with self.transaction() as cur:
            for stored in documents:
                inst = stored.institution_id
                self._upsert(cur, "documents", ("run_id", "institution_id", "url"),
                             {"run_id": run_id, "institution_id": inst, **stored.row})
                for ev in sorted(stored.evidence, key=lambda e: (e.artefact_id, e.url)):
                    self._upsert(cur, "evidence", ("run_id", "institution_id", "artefact_id", "url"), {
                        "run_id": run_id, "institution_id": inst, "artefact_id": ev.artefact_id,
                        "url": ev.url, "confidence": ev.confidence, "stale": int(ev.stale),
                        "period": ev.period or "", "snippet": ev.snippet, "matched_part": ev.matched_part,
                        "genre": ev.genre})
                if stored.fingerprint:
                    self._upsert(cur, "nightly_fingerprints", ("run_id", "institution_id", "url"), {
                        "run_id": run_id, "institution_id": inst, "url": stored.row["url"],
                        "fingerprint": stored.fingerprint})

    def put_run_coverage(self, run_id: str, record: Mapping[str, Any]) -> None:
        """Coverage figures of a run (plain JSON data), kept until its gaps or site results change."""
        with self.transaction() as cur:
            self._upsert(cur, "run_coverage", ("run_id",), {"run_id": run_id,
                                                            "record": json.dumps(dict(record), ensure_ascii=False)})

    def run_coverages(self) -> dict[str, dict[str, Any]]:
        """Every run's stored coverage figures, by run id (one query for a report's whole history)."""
        return {str(run_id): json.loads(record) for run_id, record in self._rows(
            "SELECT run_id, record FROM run_coverage ORDER BY run_id")}

    def put_procurement(self, run_id: str, results: Mapping[str, Mapping[str, Any]]) -> None:
        """The procurement check's result per institution (plain dicts, as the reports take them)."""
        with self.transaction() as cur:
            for inst_id, result in sorted(results.items()):
                self._upsert(cur, "procurement_results", ("run_id", "institution_id"), {
                    "run_id": run_id, "institution_id": inst_id, "status": str(result.get("status", "")),
                    "record": json.dumps(dict(result), ensure_ascii=False, default=str)})

    def procurement(self, run_id: str) -> dict[str, dict[str, Any]]:
        """What put_procurement stored for a run ({} when the check did not run)."""
        return {str(inst): json.loads(record) for inst, record in self._rows(
            "SELECT institution_id, record FROM procurement_results WHERE run_id = ? ORDER BY institution_id",
            [run_id])}

    def put_evidence_archive(self, run_id: str, rows: Iterable[Mapping[str, Any]]) -> None:
        """The evidence index of a run: one row per cell, with its WARC record and screenshot."""
        with self.transaction() as cur:
            for row in sorted(rows, key=lambda r: (str(r["institution_id"]), str(r["artefact_id"]))):
                self._upsert(cur, "evidence_archive", ("run_id", "institution_id", "artefact_id"), {
                    "run_id": run_id, "institution_id": str(row["institution_id"]),
                    "artefact_id": str(row["artefact_id"]),
                    "record": json.dumps({k: "" if v is None else str(v) for k, v in row.items()}, ensure_ascii=False)})

    def evidence_archive(self, run_id: str) -> list[dict[str, str]]:
        """What put_evidence_archive stored for a run ([] for a run without an archive)."""
        return [json.loads(record) for (record,) in self._rows(
            "SELECT record FROM evidence_archive WHERE run_id = ? ORDER BY institution_id, artefact_id", [run_id])]

    def put_gaps(self, run_id: str, rows: Iterable[GapRow]) -> None:
        with self.transaction() as cur:
            cur.execute(self._sql("DELETE FROM run_coverage WHERE run_id = ?"), [run_id])  # computed from these
            for gap in rows:
                row = {f: getattr(gap, f) for f in GapRow.CSV_FIELDS}
                row["status"] = str(gap.status)
                self._upsert(cur, "gaps", ("run_id", "institution_id", "artefact_id"), {"run_id": run_id, **row})

    # -- reads ------------------------------------------------------------------------------------
    def runs(self, status: str | None = None) -> list[RunInfo]:
        sql = "SELECT run_id, started, as_of, status, finished, command, settings FROM runs"
        params: list[Any] = []
        if status:
            sql += " WHERE status = ?"
            params.append(status)
        return [RunInfo(*r) for r in self._rows(sql + " ORDER BY started, run_id", params)]

    def previous_completed_run(self, run_id: str) -> str | None:
        """The newest completed run that started before `run_id`."""
        rows = self._rows("SELECT run_id FROM runs WHERE status = 'completed' AND run_id < ? "
                          "ORDER BY run_id DESC LIMIT 1", [run_id])
        return rows[0][0] if rows else None

    def has_fingerprints(self, run_id: str) -> bool:
        """Whether a (nightly) run has classified any document yet: a resumed run has."""
        return bool(self._rows("SELECT 1 FROM nightly_fingerprints WHERE run_id = ? LIMIT 1", [run_id]))

    def fingerprint(self, run_id: str, institution_id: str, url: str) -> str | None:
        """What a document was classified from in a run (nightly), or None."""
        rows = self._rows("SELECT fingerprint FROM nightly_fingerprints WHERE run_id = ? AND institution_id = ? "
                          "AND url = ?", [run_id, institution_id, url])
        return str(rows[0][0]) if rows else None

    def document_evidence(self, run_id: str, institution_id: str, url: str) -> list[Evidence]:
        """The evidence one document gave in a run, by artefact id."""
        return [Evidence(art, float(conf), snippet, bool(stale), period or None, url, part, genre)
                for art, conf, stale, period, snippet, part, genre in self._rows(
                    "SELECT artefact_id, confidence, stale, period, snippet, matched_part, genre FROM evidence "
                    "WHERE run_id = ? AND institution_id = ? AND url = ? ORDER BY artefact_id",
                    [run_id, institution_id, url])]

    def html_documents(self, run_id: str) -> set[tuple[str, str]]:
        """(institution, url) of a run's HTML pages (the ones a screenshot can show)."""
        return {(str(inst), str(url)) for inst, url in self._rows(
            "SELECT institution_id, url FROM documents WHERE run_id = ? AND kind = 'html'", [run_id])}

    def evidence(self, run_id: str) -> Iterator[tuple[str, Evidence]]:
        for inst, art, url, conf, stale, period, snippet, part, genre in self._rows(
                "SELECT institution_id, artefact_id, url, confidence, stale, period, snippet, matched_part, genre "
                "FROM evidence WHERE run_id = ?", [run_id]):
            yield inst, Evidence(art, conf, snippet, bool(stale), period or None, url, part, genre)

    def site_results(self, run_id: str) -> dict[str, SiteResult]:  # (SITE_RESULT_COLUMNS, in order)
        rows = self._rows("SELECT institution_id, crawl_status, pages_fetched, bytes_fetched, documents, errors, "
                          "detail FROM site_results WHERE run_id = ?", [run_id])
        return {r[0]: SiteResult(r[0], CrawlStatus(r[1]), *r[2:]) for r in rows}

    def gaps(self, run_id: str) -> list[GapRow]:
        fields = GapRow.CSV_FIELDS
        rows = self._rows(f"SELECT {', '.join(fields)} FROM gaps WHERE run_id = ? "
                          "ORDER BY institution_id, artefact_id", [run_id])
        out = []
        for r in rows:
            values = dict(zip(fields, r, strict=True))
            values["status"] = GapStatus(values["status"])
            out.append(GapRow(**values))
        return out

    def institutions(self, run_id: str) -> list[Institution]:
        rows = self._rows("SELECT record FROM institutions WHERE run_id = ? ORDER BY institution_id", [run_id])
        return [Institution(**json.loads(r[0])) for r in rows]

    def document_urls(self, run_id: str, institution_id: str) -> set[str]:
        """The URLs of the documents one institution's crawl stored in a run (the pages it fetched)."""
        return {r[0] for r in self._rows("SELECT url FROM documents WHERE run_id = ? AND institution_id = ?",
                                         [run_id, institution_id])}

    def document_count(self, run_id: str) -> int:
        return int(self._rows("SELECT COUNT(*) FROM documents WHERE run_id = ?", [run_id])[0][0])


WRITE_ATTEMPTS = 5
_TRANSIENT_SQLSTATES = frozenset({"40P01", "40001", "55P03"})  # deadlock, serialization failure, lock timeout


def _is_transient(exc: Exception) -> bool:
    """A write that failed only because another writer held the rows: worth trying again."""
    if isinstance(exc, sqlite3.OperationalError):
        return "locked" in str(exc) or "busy" in str(exc)
    return getattr(exc, "sqlstate", None) in _TRANSIENT_SQLSTATES


class _Transaction:
    """`with store.transaction() as cur:` commits on success, rolls back on error."""

    def __init__(self, store: ResultStore) -> None:
        self.store = store

    def __enter__(self) -> Any:
        self.cur = self.store._conn.cursor()
        if not self.store.is_postgres:
            self.cur.execute("BEGIN")
        return self.cur

    def __exit__(self, exc_type: object, *_: object) -> None:
        if self.store.is_postgres:
            (self.store._conn.rollback if exc_type else self.store._conn.commit)()
        else:
            self.cur.execute("ROLLBACK" if exc_type else "COMMIT")


def open_store(url: str | Path) -> ResultStore:
    return ResultStore(str(url))
