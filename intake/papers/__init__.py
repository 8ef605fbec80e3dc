"""The papers a denial calls for: claim-file request, records requests, checklist, authorization, calendar."""

from __future__ import annotations

import os
from pathlib import Path

from intake.errors import OutputError
from intake.model import Result


def private_dir(path: str | Path) -> Path:
    """Folders we create hold health information: 0700."""
    path = Path(path)
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(path, 0o700)
    except OSError as exc:
        raise OutputError(f"cannot create output folder ({exc.strerror})", str(path)) from None
    return path


def write_papers(results: list[Result], out_dir: str, requester: dict) -> None:
    """Each denial's papers in its own private folder under out_dir (one per document of a stack)."""
    from intake.papers.writer import write_papers as write_one

    base = private_dir(out_dir)
    for i, result in enumerate(results):
        write_one(result, base, requester, index=i if len(results) > 1 else None)
