"""A worker's side of one job: claim it (and waiting short files with it), do it with the same stages as a
local run, record each file's outcome."""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

from intake.dist import blobs, queue
from intake.dist.plan import BATCH_PAGES, MAX_ATTEMPTS, may_batch, retry_after_error
from intake.errors import ExitCode, IntakeError

log = logging.getLogger(__name__)
_SCRATCH: Path | None = None
KEEP_IN_SCRATCH = BATCH_PAGES + 2  # a batch's originals, and a long file's kept for its page jobs


def scratch() -> Path:
    """This process's private folder for originals fetched from the database (0700, emptied as it fills)."""
    global _SCRATCH
    if _SCRATCH is None or not _SCRATCH.exists():
        _SCRATCH = Path(tempfile.mkdtemp(prefix="intake-worker-"))
    files = sorted(_SCRATCH.iterdir(), key=lambda p: p.stat().st_mtime)
    for old in files[:-KEEP_IN_SCRATCH]:
        old.unlink(missing_ok=True)
    return _SCRATCH


def run_job(job_id: int, worker: str, resend, delivery: str | None = None) -> None:
    """Late-acknowledged: if this process dies, the broker hands the same ID to another worker. A whole
    short file on its first attempt also takes other waiting short files (up to BATCH_PAGES pages), so
    their pages go through one Tesseract process, as in a local batch; each file keeps its own result,
    state and failure. delivery: the message's own ID (the same when the broker hands it again)."""
    from uuid import uuid4

    from intake.db.engine import open_db
    from intake.dist.config import limits

    engine = open_db()
    delivery, lease = delivery or uuid4().hex, limits().visibility
    for lapsed in queue.release_lapsed(engine, delivery, lease):
        if lapsed != job_id:  # this one is claimed now; the others go back on the queue
            log.info("job %d: its lease ran out (%s); sent again", lapsed, queue.LOST)
            resend(lapsed)
    c = queue.claim(engine, job_id, worker, delivery, lease)
    if c is None:
        log.info("job %d: nothing to do (done already, given up, or another worker has it)", job_id)
        return
    if c.give_up:
        why = c.last_error or "it ran out of time or memory, or its worker was lost"
        _fail(engine, c, f"{c.file.display_path}: stopped after {MAX_ATTEMPTS} attempts ({why})", ExitCode.internal)
        return
    claims = [c] + (queue.claim_more(engine, c, worker, delivery, lease) if may_batch(c.kind, c.attempt) else [])
    log.info("job %d: %s pages %d-%d of file %s, attempt %d, with %d waiting file(s)", job_id, c.kind, c.first_page,
             c.last_page, c.file.sha256[:12], c.attempt, len(claims) - 1)
    _run(engine, claims, resend)


def _run(engine, claims: list, resend) -> None:
    """Do the claimed work; whatever stops it settles every claim not yet stored or failed: a bad file
    fails, a time limit, a bug or a lost connection sends the job again."""
    left = list(claims)
    try:
        if claims[0].kind == "whole":
            _do_whole(engine, left)
        else:
            _do(engine, claims[0], resend)
    except IntakeError as exc:  # the file itself is bad: trying again cannot help
        for one in left:
            _fail(engine, one, _reason(exc, one), exc.exit_code)
    except BaseException as exc:  # noqa: BLE001 - a time limit, a bug, a lost connection: try again
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        for one in left:
            _again(engine, one, _describe(exc), resend)


def _reason(exc: IntakeError, c) -> str:
    """The error in words, naming the file as the user gave it (not the worker's scratch copy)."""
    path, exc.path = exc.path, c.file.display_path
    try:
        line = exc.one_line()
    finally:
        exc.path = path
    return line.replace(str(path), c.file.display_path) if path else line


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
    from intake.dist.config import limits

    if retry_after_error(c.attempt):
        log.warning("job %d: attempt %d failed (%s); sent again", c.job_id, c.attempt, reason)
        queue.requeue(engine, c.job_id, reason, limits().visibility)
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
    """A page range of a long file, or finishing one whose pages are all read."""
    if c.kind == "finish":
        from intake.dist.wire import page_from_bytes

        read = [page_from_bytes(b) for b in queue.load_pages(engine, c.file.id)]
        _store(engine, c, None, [p for p, _ in read], [f for _, f in read])
        return
    source = _source(engine, c.file)
    read = _read([(source, list(range(c.first_page, c.last_page + 1)))])[0]
    if isinstance(read, IntakeError):
        raise read
    from intake.dist.wire import page_to_bytes

    queue.save_pages(engine, c.job_id, c.file.id, [(p.number, page_to_bytes(p, f)) for p, f in read])
    due = queue.finish_job_if_ready(engine, c.file)
    if due is not None:
        resend(due)


def _do_whole(engine, left: list) -> None:
    """Whole short files, their pages through one Tesseract process; each file stored, or failed with
    its own reason, on its own. A claim leaves `left` once settled."""
    from intake import ocr

    job_id, opened = left[0].job_id, []
    for c in list(left):
        try:
            opened.append((c, _source(engine, c.file)))
        except IntakeError as exc:  # a damaged or vanished original fails only its own file
            _fail(engine, c, _reason(exc, c), exc.exit_code)
            left.remove(c)
    runs = ocr.runs_started()
    read = _read([(source, list(range(c.first_page, c.last_page + 1))) for c, source in opened])
    pages = sum(c.last_page - c.first_page + 1 for c, _ in opened)
    log.info("job %d: %d file(s), %d page(s) read in %d Tesseract run(s)", job_id, len(opened), pages,
             ocr.runs_started() - runs)
    for (c, source), got in zip(opened, read):
        try:
            if isinstance(got, IntakeError):
                raise got
            _store(engine, c, source, [p for p, _ in got], [f for _, f in got])
        except IntakeError as exc:  # this file is bad: the others are stored all the same
            _fail(engine, c, _reason(exc, c), exc.exit_code)
        left.remove(c)


def _source(engine, f):
    from intake.sources import open_source

    path = blobs.fetch(engine, f.blob, f.sha256, scratch())
    if f.blob == "db":
        os.utime(path)  # most recently used: kept in scratch while its page jobs run
    return open_source(path, known_sha256=f.sha256)


def _read(files: list[tuple]) -> list:
    """Each file's pages (source, numbers) through one Tesseract process for all, each page with its
    features; per file its pages, or the error of its first unreadable page (that file's alone)."""
    from intake.pipeline import features_of
    from intake.reader import read_pages

    read = iter(read_pages([(source, n) for source, numbers in files for n in numbers], together=True))
    out = []
    for source, numbers in files:
        got = [next(read) for _ in numbers]
        failed = next((g for g in got if isinstance(g, Exception)), None)
        out.append(failed if failed is not None else [(page, features_of(page, source)) for page in got])
    return out


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
