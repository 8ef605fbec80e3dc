#!/usr/bin/env bash
# Install what intake needs on a Debian machine, only what is missing: safe to run again.
# System: tesseract (English, Spanish, orientation data), poppler, qpdf. Python: .venv with pinned packages
# (runtime and test tools) and intake installed editable. Extras: postgresql, redis, chromium, wheelhouse (tests).
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
command -v tesseract >/dev/null 2>&1 || missing+=(tesseract-ocr)
if ! tesseract --list-langs 2>/dev/null | grep -qx spa; then missing+=(tesseract-ocr-spa); fi
if ! tesseract --list-langs 2>/dev/null | grep -qx osd; then missing+=(tesseract-ocr-osd); fi
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)  # the appeal packet's pages put together, streamed
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
want="$(sha256sum requirements.lock requirements-test.lock pyproject.toml setup.py | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "setup: installing Python packages (pinned in requirements.lock and requirements-test.lock)"
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q -r requirements.lock -r requirements-test.lock
  # this project was first installed as "intake", the name of PyPI's unrelated data-catalog project
  .venv/bin/python -m pip uninstall -y -q intake >/dev/null 2>&1 || true
  # the build backend's notes on editable installs are noise here; shown only if the install fails
  out="$(.venv/bin/python -m pip install -q --no-deps --no-build-isolation -e . 2>&1)" || { echo "$out" >&2; exit 1; }
  echo "$want" > "$stamp"
fi
if [[ " $* " == *" wheelhouse "* ]]; then
  # the runtime packages as wheel files, so tests/test_wheel.py installs the built wheel without a network
  house=.venv/wheelhouse
  want="$(sha256sum requirements.lock | cut -c1-16)"
  if [ ! -f "$house/.stamp" ] || [ "$(cat "$house/.stamp")" != "$want" ]; then
    echo "setup: collecting the runtime packages as wheels in $house"
    rm -rf "$house"
    .venv/bin/python -m pip wheel -q -r requirements.lock -w "$house" >/dev/null
    echo "$want" > "$house/.stamp"
  fi
fi
# intake's own modules are an editable install, which pip does not byte-compile; compiled once here,
# each run skips a quarter second of compiling (even where PYTHONDONTWRITEBYTECODE is set)
.venv/bin/python -m compileall -q intake >/dev/null
