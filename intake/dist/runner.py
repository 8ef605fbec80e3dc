"""A worker's side of one job: claim it, do it with the same stages as a local run, record the outcome."""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

from intake.dist import blobs, queue
from intake.dist.plan import MAX_ATTEMPTS, retry_after_error
from intake.errors import ExitCode, IntakeError

log = logging.getLogger(__name__)
_SCRATCH: Path | None = None
KEEP_IN_SCRATCH = 3  # the originals of the last few files: page jobs of one long file fetch it once


def scratch() -> Path:
    """This process's private folder for originals fetched from the database (0700, emptied as it fills)."""
    global _SCRATCH
    if _SCRATCH is None or not _SCRATCH.exists():
        _SCRATCH = Path(tempfile.mkdtemp(prefix="intake-worker-"))
    files = sorted(_SCRATCH.iterdir(), key=lambda p: p.stat().st_mtime)
    for old in files[:-KEEP_IN_SCRATCH]:
        old.unlink(missing_ok=True)
    return _SCRATCH


def run_job(job_id: int, worker: str, resend) -> None:
    """Late-acknowledged: if this process dies, the broker hands the same ID to another worker."""
    from intake.db.engine import open_db

    engine = open_db()
    c = queue.claim(engine, job_id, worker)
    if c is None:
        log.info("job %d: nothing to do (done already or given up)", job_id)
        return
    if c.give_up:
        why = c.last_error or "it ran out of time or memory, or its worker was lost"
        _fail(engine, c, f"{c.file.display_path}: stopped after {MAX_ATTEMPTS} attempts ({why})", ExitCode.internal)
        return
    log.info("job %d: %s pages %d-%d of file %s, attempt %d", job_id, c.kind, c.first_page, c.last_page,
             c.file.sha256[:12], c.attempt)
    try:
        _do(engine, c, resend)
    except IntakeError as exc:  # the file itself is bad: trying again cannot help
        path = exc.path
        exc.path = c.file.display_path
        reason = exc.one_line().replace(str(path), c.file.display_path) if path else exc.one_line()
        _fail(engine, c, reason, exc.exit_code)
    except BaseException as exc:  # noqa: BLE001 - a time limit, a bug, a lost connection: try again
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        _again(engine, c, _describe(exc), resend)


def _describe(exc: BaseException) -> str:
    from billiard.exceptions import SoftTimeLimitExceeded

    from intake.dist.config import limits

    if isinstance(exc, SoftTimeLimitExceeded):
        return f"took longer than {limits().soft} s"
    if isinstance(exc, MemoryError):
        return "ran out of memory"
    if isinstance(exc, TimeoutError):
        return str(exc)
    log.debug("traceback", exc_info=True)  # may quote values: debug only
    return f"internal error ({type(exc).__name__})"


def _again(engine, c, reason: str, resend) -> None:
    if retry_after_error(c.attempt):
        log.warning("job %d: attempt %d failed (%s); sent again", c.job_id, c.attempt, reason)
        queue.requeue(engine, c.job_id, reason)
        resend(c.job_id)
    else:
        _fail(engine, c, f"{c.file.display_path}: stopped after {MAX_ATTEMPTS} attempts ({reason})",
              ExitCode.internal)


def _fail(engine, c, reason: str, code) -> None:
    from intake.db import repo

    log.warning("job %d: file %s failed (exit code %d)", c.job_id, c.file.sha256[:12], int(code))
    queue.mark_file(engine, c.file.id, c.job_id, "failed", reason, int(code))
    repo.record_failure(engine, c.file.sha256, c.file.name, c.file.size, reason)


def _do(engine, c, resend) -> None:
    if c.kind == "finish":
        from intake.dist.wire import page_from_bytes

        read = [page_from_bytes(b) for b in queue.load_pages(engine, c.file.id)]
        _store(engine, c, None, [p for p, _ in read], [f for _, f in read])
        return
    source = _source(engine, c.file)
    read = _read(source, list(range(c.first_page, c.last_page + 1)))
    if c.kind == "whole":
        _store(engine, c, source, [p for p, _ in read], [f for _, f in read])
        return
    from intake.dist.wire import page_to_bytes

    queue.save_pages(engine, c.job_id, c.file.id, [(p.number, page_to_bytes(p, f)) for p, f in read])
    due = queue.finish_job_if_ready(engine, c.file)
    if due is not None:
        resend(due)


def _source(engine, f):
    from intake.sources import open_source

    path = blobs.fetch(engine, f.blob, f.sha256, scratch())
    if f.blob == "db":
        os.utime(path)  # most recently used: kept in scratch while its page jobs run
    return open_source(path, known_sha256=f.sha256)


def _read(source, numbers: list[int]) -> list[tuple]:
    """The job's pages through one Tesseract process, each with its features; an unreadable page fails
    the job (and so its file) with that page's reason."""
    from intake.pipeline import features_of
    from intake.reader import read_pages

    read = list(read_pages([(source, n) for n in numbers], together=True))
    failed = next((r for r in read if isinstance(r, Exception)), None)
    if failed is not None:
        raise failed
    return [(page, features_of(page, source)) for page in read]


def _store(engine, c, source, pages, features) -> None:
    """The pipeline's stages after reading, as in every other path; one transaction stores it all."""
    from intake.db import repo
    from intake.model import SourceFile
    from intake.pipeline import finish

    f = c.file
    source = source or SourceFile(f.display_path, f.sha256, "pdf", f.page_count, f.size)
    results = finish(source, pages, f.display_path, features=features)

    def finish(s) -> None:
        queue.mark_file_in(s, f.id, c.job_id, "done")
        blobs.keep_original(s, f.blob, f.sha256)
        blobs.drop_in(s, f.blob, f.sha256)

    if not repo.save_results(engine, f.sha256, f.name, f.size, results, also=finish):
        queue.mark_file(engine, f.id, c.job_id, "done")  # a twin delivery stored it first
    blobs.drop_after_commit(f.blob, f.sha256)
