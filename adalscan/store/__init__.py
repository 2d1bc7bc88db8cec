"""The evidence and results store: every run's site statuses, documents, evidence and gap rows.

SQLite by default (one file beside the runs); PostgreSQL through a connection URL for shared set-ups.
"""

from adalscan.store.results import ResultStore, RunInfo, StoredDocument, open_store

__all__ = ["ResultStore", "RunInfo", "StoredDocument", "open_store"]
