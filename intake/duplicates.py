"""Files a batch skips because their content was done before or comes earlier in the same batch, each named.

"80 already done" leaves a person guessing which of their files were not read; "scan-2.pdf: same
content as scan.pdf" tells them it was a copy, and of what."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Duplicate:
    path: str  # the file skipped
    same_as: str  # the file in this batch it repeats, or the name stored by an earlier run
    earlier_run: bool = False

    def reason(self) -> str:
        return f"{self.path}: same content as {self.same_as}" + (" (done in an earlier run)" if self.earlier_run
                                                                  else "")

    def to_json(self) -> dict:
        return {"file": self.path, "skipped": "duplicate", "same_content_as": self.same_as,
                "earlier_run": self.earlier_run}


def sort_out(paths: list[str], hashes: dict[str, str], done: dict[str, str]) -> tuple[list[str], list[Duplicate]]:
    """Pure: the files to read, in order, and the ones skipped. done: content hash -> the name an earlier
    run stored it under. A file that could not be hashed ("") is read, so it fails with its own reason."""
    todo, dupes, first = [], [], {}
    for path in paths:
        sha = hashes.get(path, "")
        if sha and sha in done:
            dupes.append(Duplicate(path, done[sha], earlier_run=True))
        elif sha and sha in first:
            dupes.append(Duplicate(path, first[sha]))
        else:
            if sha:
                first[sha] = path
            todo.append(path)
    return todo, dupes


def done_names(engine, hashes: list[str]) -> dict[str, str]:
    """Content already done in the store, with the name it was stored under."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from intake.db.models import SourceFileRow

    if not hashes:
        return {}
    with Session(engine) as s:
        rows = s.execute(select(SourceFileRow.sha256, SourceFileRow.name).where(
            SourceFileRow.sha256.in_(hashes), SourceFileRow.status == "done"))
        return {sha: name for sha, name in rows}


def summary_lines(dupes: list[Duplicate]) -> list[str]:
    """For the batch summary, after the failures."""
    if not dupes:
        return []
    return [f"skipped as copies: {len(dupes)}"] + [f"  {d.reason()}" for d in dupes]
