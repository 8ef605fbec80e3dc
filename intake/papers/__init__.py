"""The papers a denial calls for: claim-file request, records requests, checklist, authorization, calendar."""

from __future__ import annotations

from pathlib import Path

from intake.model import Result


def write_for_result(result: Result, base: Path, requester: dict, index: int | None = None) -> None:
    from intake.papers.writer import write_papers

    write_papers(result, base, requester, index)
