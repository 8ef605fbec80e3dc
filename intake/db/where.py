"""Where the case database is, decided without SQLAlchemy: a batch asks before it imports it."""

from __future__ import annotations

import os
from pathlib import Path


def data_dir() -> Path:
    """$INTAKE_HOME, else $XDG_DATA_HOME/intake, else ~/.local/share/intake; always 0700."""
    base = os.environ.get("INTAKE_HOME") or os.path.join(
        os.environ.get("XDG_DATA_HOME") or os.path.expanduser("~/.local/share"), "intake")
    path = Path(base)
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(path, 0o700)
    return path


def resolve_url(url: str | None) -> str:
    """--db, then INTAKE_DATABASE_URL, then SQLite in the data folder; plain postgresql:// uses psycopg 3."""
    url = url or os.environ.get("INTAKE_DATABASE_URL") or f"sqlite:///{data_dir() / 'intake.db'}"
    for plain in ("postgresql://", "postgres://"):
        if url.startswith(plain):
            url = "postgresql+psycopg://" + url[len(plain):]
    return url


def new_sqlite_file(url: str | None) -> bool:
    """A local SQLite database whose file does not exist yet, or is empty: nothing in it is done, so a
    batch may start reading before the schema is created. Anything else (PostgreSQL, a URL with options,
    a file that exists) is opened first, as it may hold files already done."""
    full = resolve_url(url)
    if not full.startswith("sqlite:///") or "?" in full:
        return False
    path = full[len("sqlite:///"):]
    if not path or path == ":memory:":
        return False
    try:
        return os.path.getsize(path) == 0
    except OSError:
        return not os.path.lexists(path)
