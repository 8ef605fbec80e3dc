#!/usr/bin/env bash
# Install what intake needs on a Debian machine, only what is missing: safe to run again.
# System: tesseract (English, Spanish, orientation data), poppler. Python: .venv with pinned packages.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
command -v tesseract >/dev/null 2>&1 || missing+=(tesseract-ocr)
if ! tesseract --list-langs 2>/dev/null | grep -qx spa; then missing+=(tesseract-ocr-spa); fi
if ! tesseract --list-langs 2>/dev/null | grep -qx osd; then missing+=(tesseract-ocr-osd); fi
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
python3 -c "import venv, ensurepip" >/dev/null 2>&1 || missing+=(python3-venv)
for extra in "$@"; do
  case "$extra" in
    postgresql) ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql);;
    redis) command -v redis-server >/dev/null 2>&1 || missing+=(redis-server redis-tools);;
    chromium) command -v chromium >/dev/null 2>&1 || missing+=(chromium);;  # the review page's browser tests
  esac
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  python3 -m venv .venv
fi
stamp=.venv/.intake-installed
want="$(sha256sum requirements.lock pyproject.toml | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "setup: installing Python packages (pinned in requirements.lock)"
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q -r requirements.lock
  .venv/bin/python -m pip install -q --no-deps -e .
  echo "$want" > "$stamp"
fi
# test-only packages with the browser: playwright drives the system chromium (no browser download)
case " $* " in *" chromium "*)
  tstamp=.venv/.intake-test-installed
  twant="$(sha256sum requirements-test.lock | cut -c1-16)"
  if [ ! -f "$tstamp" ] || [ "$(cat "$tstamp")" != "$twant" ]; then
    echo "setup: installing test packages (pinned in requirements-test.lock)"
    .venv/bin/python -m pip install -q -r requirements-test.lock
    echo "$twant" > "$tstamp"
  fi;;
esac
# intake's own modules are an editable install, which pip does not byte-compile; compiled once here,
# each run skips a quarter second of compiling (even where PYTHONDONTWRITEBYTECODE is set)
.venv/bin/python -m compileall -q intake >/dev/null
