#!/usr/bin/env bash
# Set up what is missing, then run every test, the real-OCR ones included.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh postgresql redis chromium wheelhouse   # PostgreSQL, Redis, the browser for the review page; wheels for test_wheel.py
export PATH="$PWD/.venv/bin:$PATH"
exec .venv/bin/python -m pytest -q -p no:cacheprovider --durations=30 "$@"
