#!/usr/bin/env bash
# Idempotent set-up: Debian packages (Chromium, fonts), a venv in .venv and the project installed into it.
# Safe to run again and again; each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
# The old headless shell renders crawled pages at half the full browser's CPU (crawler/browser.py).
[ -x /usr/bin/chromium-headless-shell ] || need_apt+=(chromium-headless-shell)
dpkg -s fonts-dejavu-core >/dev/null 2>&1 || need_apt+=(fonts-dejavu-core)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${need_apt[*]}" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
# Re-install only when the dependency list changed (hash stamp inside the venv).
stamp=.venv/.adalscan-installed
want=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "setup: installing Python packages into .venv" >&2
  # pip warns about local index folders this machine does not have; keep the real errors only.
  .venv/bin/pip install -q --disable-pip-version-check -e ".[dev]" 2> >(grep -v "is ignored: it is neither" >&2)
  echo "$want" > "$stamp"
fi
