"""The one batch engine: content hashes, skipping what is done, the run's row, each file's report stored and
counted as soon as it is in. Local batches and the queue producer run through Mailroom; the watched folder,
one file at a time, stores through the same store(). Only who reads the pages differs (local worker
processes, queue workers, the watcher itself).
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from intake.reports import BatchSummary, FileReport, Tally, failed
from intake.sources import sha256_of

log = logging.getLogger(__name__)


def hash_of(path: str) -> str:
    """The file's content hash, or "" when it cannot be read (its report says why, later)."""
    try:
        return sha256_of(Path(path))
    except OSError:
        return ""


def size_of(path: str) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0


def store(engine, path: str, sha: str, report: FileReport, requester: dict | None = None,
          force: bool = False) -> None:
    """One file's outcome into the case database, in one transaction: its results (replacing an earlier
    run's with force), or its failure; a file that could not even be hashed leaves no row."""
    from intake.db import repo

    if not sha:
        return
    if report.error:
        repo.record_failure(engine, sha, Path(path).name, size_of(path), report.error)
        return
    if force:
        repo.forget(engine, sha)
    repo.save_results(engine, sha, Path(path).name, size_of(path), report.results, requester=requester,
                      original=_read_original(path))


def _read_original(path: str) -> bytes | None:
    """The original's bytes for the review page's page images; a file gone meanwhile just has none."""
    try:
        return Path(path).read_bytes()
    except OSError:
        return None


class Mailroom:
    """One run against the case database: which files are new, the run's row, the summary and the
    progress line. report() takes each file's outcome as it comes, from whoever read it."""

    def __init__(self, engine, paths: list[str], force: bool = False, on_report=None, kind: str = "batch",
                 requester: dict | None = None, hashes: dict[str, str] | None = None):
        from intake.db import repo

        self.engine, self.force, self.requester = engine, force, requester
        self.hashes = hashes if hashes is not None else {p: hash_of(p) for p in paths}
        self.todo = self._new(paths)
        self.errors: list[str] = []
        self.run_id = repo.start_run(engine, kind)
        self.tally = Tally(len(paths), on_report)
        self.tally.summary.skipped = len(paths) - len(self.todo)
        self.tally.summary.duplicates = self.duplicates

    def _new(self, paths: list[str]) -> list[str]:
        """Content already done (unless force) and a second copy within the batch are skipped, each named
        with what it repeats (intake.duplicates)."""
        from intake import duplicates

        known = [h for h in self.hashes.values() if h]
        done = {} if self.force else duplicates.done_names(self.engine, known)
        todo, self.duplicates = duplicates.sort_out(paths, self.hashes, done)
        return todo

    def report(self, report: FileReport, stored: bool = False) -> None:
        """A file is finished: stored (unless a queue worker stored it already), counted, shown."""
        if not stored:
            store(self.engine, report.path, self.hashes.get(report.path, ""), report, self.requester, self.force)
        if report.error:
            self.errors.append(report.error)
        self.tally.add(report)

    def unreadable(self, path: str) -> FileReport:
        """The report of a file that could not even be hashed: why it cannot be opened."""
        from intake.sources import open_source

        try:
            open_source(path)
        except Exception as exc:  # noqa: BLE001 - one conversion of errors to reports
            return failed(path, exc)
        from intake.errors import InputFileError

        return failed(path, InputFileError("cannot read file", path))

    def close(self, queued: int = 0) -> BatchSummary:
        from intake.db import repo

        repo.finish_run(self.engine, self.run_id, len(self.todo), self.errors)
        summary = self.tally.close()
        summary.queued = queued
        return summary


def stored_batch(paths: list[str], db_url: str | None = None, jobs: int | None = None, out_dir: str | None = None,
                 requester: dict | None = None, force: bool = False, on_report=None) -> BatchSummary:
    """A local batch: worker processes on this machine read the files; a killed run resumes next time."""
    from intake.batch import read_batch
    from intake.db.where import new_sqlite_file

    def open_room(hashes=None) -> Mailroom:
        from intake.db.engine import open_db

        return Mailroom(open_db(db_url), paths, force, on_report, requester=requester if out_dir else None,
                        hashes=hashes)

    if new_sqlite_file(db_url):
        return _fresh_batch(paths, open_room, jobs, out_dir, requester)
    room = open_room()
    try:
        read_batch(room.todo, room.report, jobs, out_dir, requester)
    finally:
        summary = room.close()
    return summary


def _fresh_batch(paths: list[str], open_room, jobs, out_dir, requester) -> BatchSummary:
    """A new database holds nothing done: the workers start on the first pages at once, and the database
    (SQLAlchemy's import, the schema) is made while they read; no report is stored before it is there."""
    from intake import duplicates
    from intake.batch import read_batch

    started = time.monotonic()
    hashes = {p: hash_of(p) for p in paths}
    todo, _ = duplicates.sort_out(paths, hashes, {})  # nothing done before: only copies within the batch
    rooms: list[Mailroom] = []
    held: list[FileReport] = []  # a file that cannot even be opened is reported before the database is there

    def report(rep: FileReport) -> None:
        if rooms:
            rooms[0].report(rep)
        else:
            held.append(rep)

    def opened() -> None:
        rooms.append(open_room(hashes))
        rooms[0].tally.start = started  # the run's time counts from its first page, not from the database
        for rep in held:
            rooms[0].report(rep)

    try:
        read_batch(todo, report, jobs, out_dir, requester, on_started=opened)
    finally:
        summary = rooms[0].close() if rooms else None
    return summary


def correct(engine, doc_id: int, field: str, value: str, out_dir: str | None = None) -> int:
    """Keep the correction beside the extracted value; write the document's papers again with it, into
    the document's own folder (the second document of a stack has its own) and with the requester they
    were first written for."""
    from intake.db import repo
    from intake.errors import NotFoundError, UsageError
    from intake.model import result_from_json
    from intake.papers.writer import write_papers

    try:
        doc = repo.add_correction(engine, doc_id, field, value)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if doc is None:
        raise NotFoundError(f"no document with id {doc_id}")
    base = out_dir or (str(Path(next(iter(doc["papers"].values()))).parent.parent) if doc["papers"] else None)
    if not base:
        return 0
    result = result_from_json(doc["result"])
    index = doc["index"] if doc["siblings"] > 1 else None
    outputs = write_papers(result, Path(base), doc["requester"] or {}, index=index)
    repo.replace_papers(engine, doc_id, outputs)
    return len(outputs)
