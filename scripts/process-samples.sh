#!/usr/bin/env bash
# The main job on a fresh machine: set up, then read every sample document and write its papers to out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/.venv/bin:$PATH"
umask 077
status=0
intake process sample_docs --out out "$@" || status=$?
echo "papers are in $PWD/out (exit status $status)"
exit "$status"
