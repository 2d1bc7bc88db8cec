-- adalscan results store. Portable SQL: runs on SQLite and PostgreSQL alike.
CREATE TABLE IF NOT EXISTS runs (
    run_id      TEXT PRIMARY KEY,
    started     TEXT NOT NULL,
    finished    TEXT,
    as_of       TEXT NOT NULL,
    status      TEXT NOT NULL,          -- running | completed | failed
    command     TEXT NOT NULL DEFAULT '',
    settings    TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS institutions (
    run_id      TEXT NOT NULL,
    institution_id TEXT NOT NULL,
    type        TEXT NOT NULL,
    region      TEXT NOT NULL DEFAULT '',
    record      TEXT NOT NULL,          -- JSON of the registry row
    PRIMARY KEY (run_id, institution_id)
);
CREATE TABLE IF NOT EXISTS site_results (
    run_id      TEXT NOT NULL,
    institution_id TEXT NOT NULL,
    crawl_status TEXT NOT NULL,
    pages_fetched INTEGER NOT NULL DEFAULT 0,
    bytes_fetched INTEGER NOT NULL DEFAULT 0,
    documents   INTEGER NOT NULL DEFAULT 0,
    errors      INTEGER NOT NULL DEFAULT 0,
    detail      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (run_id, institution_id)
);
CREATE TABLE IF NOT EXISTS documents (
    run_id      TEXT NOT NULL,
    institution_id TEXT NOT NULL,
    url         TEXT NOT NULL,
    kind        TEXT NOT NULL,
    http_status INTEGER NOT NULL DEFAULT 0,
    content_sha256 TEXT NOT NULL DEFAULT '',
    bytes       INTEGER NOT NULL DEFAULT 0,
    title       TEXT NOT NULL DEFAULT '',
    fetched_at  TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (run_id, institution_id, url)
);
CREATE TABLE IF NOT EXISTS evidence (
    run_id      TEXT NOT NULL,
    institution_id TEXT NOT NULL,
    artefact_id TEXT NOT NULL,
    url         TEXT NOT NULL,
    confidence  REAL NOT NULL,
    stale       INTEGER NOT NULL DEFAULT 0,
    period      TEXT NOT NULL DEFAULT '',
    snippet     TEXT NOT NULL DEFAULT '',
    matched_part TEXT NOT NULL DEFAULT '',
    genre       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (run_id, institution_id, artefact_id, url)
);
CREATE TABLE IF NOT EXISTS gaps (
    run_id      TEXT NOT NULL,
    institution_id TEXT NOT NULL,
    artefact_id TEXT NOT NULL,
    status      TEXT NOT NULL,
    confidence  REAL NOT NULL DEFAULT 0,
    evidence_url TEXT NOT NULL DEFAULT '',
    period      TEXT NOT NULL DEFAULT '',
    snippet     TEXT NOT NULL DEFAULT '',
    direction   TEXT NOT NULL DEFAULT '',
    observable  TEXT NOT NULL DEFAULT '',
    crawl_status TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    override_by TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (run_id, institution_id, artefact_id)
);
-- The goszakup check of each institution (status, BIN and where it came from, red flags): JSON of one
-- adalscan.procurement.models.ProcurementResult, so reports of any past run can be built from the store.
CREATE TABLE IF NOT EXISTS procurement_results (
    run_id      TEXT NOT NULL,
    institution_id TEXT NOT NULL,
    status      TEXT NOT NULL,
    record      TEXT NOT NULL,
    PRIMARY KEY (run_id, institution_id)
);
-- Where the proof of each found/stale/uncertain cell is kept (the evidence index: WARC record, screenshot),
-- written after the screenshots (archive/evidence.csv is the same for people).
CREATE TABLE IF NOT EXISTS evidence_archive (
    run_id      TEXT NOT NULL,
    institution_id TEXT NOT NULL,
    artefact_id TEXT NOT NULL,
    record      TEXT NOT NULL,
    PRIMARY KEY (run_id, institution_id, artefact_id)
);
-- Coverage figures of a completed run (per institution, region, overall), for the history charts of later
-- reports: computed once from the run's gaps and dropped whenever its gaps or site results are written again.
CREATE TABLE IF NOT EXISTS run_coverage (
    run_id      TEXT PRIMARY KEY,
    record      TEXT NOT NULL
);
-- Nightly runs: what each stored document was classified from (content, detector catalog, as-of window),
-- written with the document in one transaction, so a later run re-uses its evidence when it has not changed.
CREATE TABLE IF NOT EXISTS nightly_fingerprints (
    run_id         TEXT NOT NULL,
    institution_id TEXT NOT NULL,
    url            TEXT NOT NULL,
    fingerprint    TEXT NOT NULL,
    PRIMARY KEY (run_id, institution_id, url)
);
CREATE INDEX IF NOT EXISTS evidence_by_site ON evidence (run_id, institution_id);
