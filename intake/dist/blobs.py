"""Originals where every worker can read them: in the database (default) or a shared folder named by URL."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from urllib.parse import unquote, urlparse

from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from intake.db.models import BlobRow
from intake.errors import InputFileError, OutputError, UsageError


def store_location(url: str | None) -> str:
    """--store / INTAKE_STORE_URL: 'db' (the default) or file:///a/folder every worker mounts."""
    url = url or os.environ.get("INTAKE_STORE_URL") or "db"
    if url != "db" and not url.startswith("file://"):
        raise UsageError("--store must be 'db' or a file:///folder URL")
    return url


def _folder(location: str) -> Path:
    return Path(unquote(urlparse(location).path))


def _blob_path(location: str, sha: str) -> Path:
    return _folder(location) / sha[:2] / sha


def is_stored(s: Session, location: str, sha: str) -> bool:
    """Is the original still where the workers read it (a failed file keeps it for queue retry)?"""
    if location == "db":
        return s.get(BlobRow, sha) is not None
    return _blob_path(location, sha).exists()


def put_many(s: Session, items: list[tuple[str, str, str]]) -> None:
    """(location, sha, path): content-addressed, so the same bytes are stored once however often sent.
    Database copies join the caller's transaction; folder copies are written (atomically) at once."""
    in_db = [sha for loc, sha, _ in items if loc == "db"]
    have = set(s.scalars(select(BlobRow.sha256).where(BlobRow.sha256.in_(in_db)))) if in_db else set()
    for location, sha, path in items:
        if location == "db":
            if sha not in have:
                s.add(BlobRow(sha256=sha, data=Path(path).read_bytes()))
                have.add(sha)
        else:
            _put_in_folder(location, sha, Path(path))


def _put_in_folder(location: str, sha: str, source: Path) -> None:
    target = _blob_path(location, sha)
    if target.exists():
        return
    try:
        _folder(location).mkdir(parents=True, exist_ok=True, mode=0o700)  # ours only if we make it
        target.parent.mkdir(exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
            shutil.copyfileobj(src, out, 1 << 20)
        os.replace(tmp, target)  # atomic: a worker never sees half a file
    except OSError as exc:
        raise OutputError(f"cannot store the original in the shared folder ({exc.strerror})", str(target)) from None


def fetch(engine: Engine, location: str, sha: str, scratch: Path) -> Path:
    """A path this worker can read; from the database it is written once into the worker's private scratch."""
    if location != "db":
        return _blob_path(location, sha)
    target = scratch / sha
    if not target.exists():
        with Session(engine) as s:
            data = s.scalars(select(BlobRow.data).where(BlobRow.sha256 == sha)).first()
        if data is None:
            raise InputFileError("the original is no longer in the store (send it again)", sha[:12])
        fd, tmp = tempfile.mkstemp(dir=scratch)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, target)
    return target


def keep_original(s: Session, location: str, sha: str) -> None:
    """A copy for the review page, which shows the page Tesseract read (the queue's own copy is dropped)."""
    from intake.db.models import OriginalRow

    if s.get(OriginalRow, sha) is not None:
        return
    if location == "db":
        data = s.scalars(select(BlobRow.data).where(BlobRow.sha256 == sha)).first()
    else:
        path = _blob_path(location, sha)
        data = path.read_bytes() if path.exists() else None
    if data is not None:
        s.add(OriginalRow(sha256=sha, data=data))


def drop_in(s: Session, location: str, sha: str) -> None:
    """Once a file is done its results are stored; a second copy of health information is not kept."""
    if location == "db":
        s.execute(delete(BlobRow).where(BlobRow.sha256 == sha))


def drop_after_commit(location: str, sha: str) -> None:
    """A shared-folder copy goes only once the results are committed (a rollback must leave it)."""
    if location != "db":
        _blob_path(location, sha).unlink(missing_ok=True)
