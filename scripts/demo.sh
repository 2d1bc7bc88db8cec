#!/usr/bin/env bash
# One command for a newcomer: set everything up (idempotent) and run the demo scan of the simulated web.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/adalscan demo "$@"
