"""Shared fixtures: fresh PostgreSQL databases, and skipping what a machine cannot run."""

from __future__ import annotations

import os
import shutil
import socket
import uuid
from collections.abc import Iterator

import pytest

PG_ADMIN_URL = os.environ.get("ADALSCAN_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
REDIS_URL = os.environ.get("ADALSCAN_TEST_REDIS", "redis://127.0.0.1:6379/15")


# A scan without a goszakup token reads the portal's public listings; in tests that would mean the real
# portal, so it is off for every test and child process unless a test points it at the mock itself.
os.environ.setdefault("ADALSCAN_GOSZAKUP_LISTINGS", "0")


def port_open(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    no_browser = pytest.mark.skip(reason="Debian chromium is not installed (scripts/setup.sh installs it)")
    no_services = pytest.mark.skip(reason="PostgreSQL/Redis not listening on 127.0.0.1")
    have_browser = shutil.which("chromium") is not None or os.path.exists("/usr/bin/chromium")
    have_services = port_open("127.0.0.1", 5432) and port_open("127.0.0.1", 6379)
    for item in items:
        if "browser" in item.keywords and not have_browser:
            item.add_marker(no_browser)
        if "services" in item.keywords and not have_services:
            item.add_marker(no_services)


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A brand-new, empty PostgreSQL database, dropped afterwards."""
    if not port_open("127.0.0.1", 5432):
        pytest.skip("PostgreSQL not listening on 127.0.0.1:5432")
    import psycopg

    name = f"adalscan_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
