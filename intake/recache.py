"""A per-user cache of compiled regular expressions, so a one-letter run does not spend a third of its time parsing them.

Why: Python's `re` parses and compiles every pattern in pure Python. The rules, the notice check and the
phrase tokenizer hold about 670 patterns, some of them thousands of characters long (spaCy's tokenizer
rules); compiling them is 0.13 s of the 0.4 s that `intake process` takes on a text-layer letter, and the
result is the same every run. The compiler's output (the opcode list `_sre.compile` takes) is stored
once, keyed by the exact Python build, and handed back to `_sre.compile` on the next run: the same
pattern object `re.compile` would build, minus the parsing.

Safe by construction: the cache holds only lists of integers and group names (read with `marshal`, never
`pickle`); it is keyed by the full Python version and the regex engine's MAGIC number, so another Python
never reads it; any error reading or using it falls back to the ordinary compiler; it lives in the
user's cache folder (0700 folder, 0600 file) and holds patterns from intake's code and rules, never
document text. `INTAKE_NO_REGEX_CACHE=1` turns it off.
"""

from __future__ import annotations

import logging
import marshal
import os
import sys
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

_MAX_ENTRIES = 5000  # a bound against growth: intake compiles about 700 distinct patterns
_entries: dict = {}
_added = 0
hits = 0  # patterns served from the cache in this process (tests and -vv read it)
_original = None
_path: Path | None = None


def cache_folder() -> Path | None:
    """$XDG_CACHE_HOME/intake (else ~/.cache/intake), created private (0700); None when it cannot be, or
    when INTAKE_NO_CACHE is set (then every run parses and compiles afresh)."""
    if os.environ.get("INTAKE_NO_CACHE"):
        return None
    try:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "intake"
        base.mkdir(mode=0o700, parents=True, exist_ok=True)
        return base
    except (OSError, RuntimeError):
        return None


def cache_path() -> Path | None:
    """One regex cache file per Python build, in cache_folder()."""
    import _sre

    folder = cache_folder()
    if folder is None:
        return None
    tag = f"{sys.implementation.name}-{'.'.join(map(str, sys.version_info[:3]))}-{sys.version_info.releaselevel}-{_sre.MAGIC}"
    return folder / f"regex-{tag}.marshal"


def install() -> None:
    """Serve compiled patterns from the cache for the rest of this process (idempotent; CPython only)."""
    global _original, _path
    if _original is not None or os.environ.get("INTAKE_NO_REGEX_CACHE") or sys.implementation.name != "cpython":
        return
    _path = cache_path()
    if _path is None:
        return
    import re._compiler as compiler

    _entries.update(_read(_path))
    _original = compiler.compile
    compiler.compile = _compile


def _read(path: Path) -> dict:
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def _compile(p, flags=0):
    """re._compiler.compile, with the parse skipped for a pattern seen before."""
    import _sre

    if not isinstance(p, (str, bytes)) or flags & 128:  # a parsed pattern, or re.DEBUG: the ordinary way
        return _original(p, flags)
    key = (p, int(flags))  # RegexFlag is an int subclass marshal does not write
    entry = _entries.get(key)
    if entry is not None:
        try:
            compiled = _sre.compile(p, *entry)
            _count_hit()
            return compiled
        except Exception:  # noqa: BLE001 - a stale or damaged entry: compile it afresh
            _entries.pop(key, None)
    entry = _fresh_entry(p, flags)
    if entry is None:
        return _original(p, flags)
    compiled = _sre.compile(p, *entry)
    _remember(key, entry)
    return compiled


def _fresh_entry(p, flags):
    """What `_sre.compile` takes after the pattern, computed the way re._compiler.compile does (CPython
    3.11-3.13); None when that way fails, and the ordinary compiler then says why."""
    import re._compiler as compiler
    import re._parser as parser

    try:
        parsed = parser.parse(p, flags)
        code = compiler._code(parsed, flags)
        groupindex = parsed.state.groupdict
        indexgroup = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        return (int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1, dict(groupindex),
                tuple(indexgroup))
    except Exception:  # noqa: BLE001 - a bad pattern: re's own error, from the ordinary path
        return None


def _count_hit() -> None:
    global hits
    hits += 1


def _remember(key, entry) -> None:
    global _added
    if len(_entries) < _MAX_ENTRIES:
        _entries[key] = entry
        _added += 1


def save() -> None:
    """Write the cache when this run compiled patterns it did not hold."""
    global _added
    if not _added or _path is None:
        return
    try:
        data = marshal.dumps(_entries)
    except ValueError as exc:
        log.debug("regex cache not written: %s", exc)
        return
    if write_private(_path, data):
        _added = 0


def write_private(path: Path, data: bytes) -> bool:
    """Atomically and 0600 (mkstemp's mode); a cache that cannot be written is no error: the next run
    compiles or parses again."""
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        return True
    except OSError as exc:
        log.debug("cache file not written: %s", exc)
        return False
