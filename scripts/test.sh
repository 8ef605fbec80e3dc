#!/usr/bin/env bash
# Set up what is missing, then run every test, the real-OCR ones included.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh postgresql redis chromium   # store tests on a real PostgreSQL; worker tests on Redis; review page in chromium
export PATH="$PWD/.venv/bin:$PATH"
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
