"""Batch runs against the case database: each file stored once, in one transaction, as soon as it is done."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from intake import duplicates
from intake.batch import BatchSummary, FileReport, run_batch
from intake.sources import sha256_of

log = logging.getLogger(__name__)


def stored_batch(paths: list[str], db_url: str | None = None, jobs: int | None = None, out_dir: str | None = None,
                 requester: dict | None = None, force: bool = False, on_report=None) -> BatchSummary:
    """Skip content already done (unless force); a killed run picks up where it stopped on the next one."""
    from intake.db import repo
    from intake.db.engine import open_db

    engine = open_db(db_url)
    hashes: dict[str, str] = {}
    for p in paths:
        try:
            hashes[p] = sha256_of(Path(p))
        except OSError:
            hashes[p] = ""
    done = {} if force else duplicates.done_names(engine, [h for h in hashes.values() if h])
    todo, dupes = duplicates.sort_out(paths, hashes, done)  # each skipped copy named with what it repeats
    run_id = repo.start_run(engine, "batch")
    errors: list[str] = []

    def store(report: FileReport) -> None:
        h = hashes.get(report.path, "")
        size = os.path.getsize(report.path) if os.path.exists(report.path) else 0
        if report.error:
            errors.append(report.error)
            if h:
                repo.record_failure(engine, h, Path(report.path).name, size, report.error)
        elif h:
            if force:
                _forget(engine, h)
            repo.save_results(engine, h, Path(report.path).name, size, report.results)
        if on_report:
            on_report(report)

    try:
        summary = run_batch(todo, jobs=jobs, out_dir=out_dir, requester=requester, on_report=store)
    finally:
        repo.finish_run(engine, run_id, len(todo), errors)
    summary.files = len(paths)
    summary.skipped = len(paths) - len(todo)
    summary.duplicates = dupes
    return summary


def _forget(engine, sha: str) -> None:
    """--force: the old rows of this content go, so the new run's rows are the only ones."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from intake.db.models import SourceFileRow

    with Session(engine) as s, s.begin():
        row = s.scalars(select(SourceFileRow).where(SourceFileRow.sha256 == sha)).first()
        if row is not None:
            s.delete(row)


def correct(engine, doc_id: int, field: str, value: str, out_dir: str | None = None) -> int:
    """Keep the correction beside the extracted value; write the document's papers again with it."""
    from intake.db import repo
    from intake.model import result_from_json
    from intake.papers.writer import write_papers

    doc = repo.add_correction(engine, doc_id, field, value)
    if doc is None:
        raise ValueError(f"no document with id {doc_id}")
    base = out_dir or (str(Path(next(iter(doc["papers"].values()))).parent.parent) if doc["papers"] else None)
    if not base:
        return 0
    result = result_from_json(doc["result"])
    outputs = write_papers(result, Path(base), {}, index=None)
    repo.replace_papers(engine, doc_id, outputs)
    return len(outputs)
