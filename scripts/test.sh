#!/usr/bin/env bash
# One command for the tests: set everything up (idempotent), make sure PostgreSQL and Redis answer, run pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# Test-only Debian packages: LibreOffice converts real legacy .doc/.xls fixtures for the extractor tests.
if ! command -v soffice >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  echo "test.sh: installing LibreOffice (writer, calc) for the legacy-document tests" >&2
  { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
      libreoffice-writer-nogui libreoffice-calc-nogui >/dev/null; } \
    || echo "test.sh: LibreOffice could not be installed; legacy .doc/.xls conversion tests will skip" >&2
fi
bash scripts/services.sh || echo "test.sh: PostgreSQL/Redis not available; their tests will be skipped" >&2
.venv/bin/ruff check . || { echo "test.sh: ruff found problems" >&2; exit 1; }
# The architecture: layers import only downward, detectors stand alone (contracts in pyproject.toml).
layers=$(.venv/bin/lint-imports --no-cache 2>&1) || { echo "$layers" >&2; echo "test.sh: an import breaks the layers (lint-imports)" >&2; exit 1; }
# Types: mypy over the product (adalscan, crawler, detectors; configured in pyproject.toml).
.venv/bin/mypy || { echo "test.sh: mypy found type errors" >&2; exit 1; }
set +e
.venv/bin/pytest -q -p no:cacheprovider "$@"
rc=$?
set -e
# pytest exits 5 when no test was collected: that is a failure of the suite, not a pass.
[ "$rc" = 5 ] && { echo "test.sh: no tests were collected" >&2; exit 1; }
exit "$rc"
