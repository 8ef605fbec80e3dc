"""The queue's rows: files handed out, their jobs and the pages read so far; every change one transaction."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from intake.db.models import QueueFileRow, QueueJobRow, QueuePageRow, now
from intake.dist.plan import (FINISH, LOOK_AHEAD, MAX_ATTEMPTS, Waiting, choose_batch, decide_attempt, lease_end,
                              lease_lapsed, plan_jobs)

log = logging.getLogger(__name__)
LOST = "its worker was lost, or it ran out of time or memory"


@dataclass(frozen=True)
class FileFacts:
    """What the queue knows of a file handed to the workers (no content, no health information)."""

    sha256: str
    name: str
    display_path: str
    size: int
    page_count: int
    blob: str


@dataclass(frozen=True)
class FileInfo(FileFacts):
    id: int = 0


@dataclass(frozen=True)
class Claim:
    job_id: int
    kind: str
    first_page: int
    last_page: int
    attempt: int
    give_up: bool
    last_error: str | None
    file: FileInfo


def _info(f: QueueFileRow) -> FileInfo:
    return FileInfo(sha256=f.sha256, name=f.name, display_path=f.display_path, size=f.size,
                    page_count=f.page_count, blob=f.blob, id=f.id)


@dataclass(frozen=True)
class NewFile(FileFacts):
    path: str = ""  # where the producer reads it (its bytes go to the store in the same transaction)


def enqueue_files(engine: Engine, files: list[NewFile]) -> list[int]:
    """Jobs to send: new files' (their originals stored in the same transaction, many files per commit),
    and the unfinished jobs of files a run cut short."""
    from intake.dist import blobs

    shas = [f.sha256 for f in files]
    with Session(engine) as s, s.begin():
        old = {f.sha256: f for f in s.scalars(select(QueueFileRow).where(QueueFileRow.sha256.in_(shas)))}
        resumed = {sha: ([j.id for j in f.jobs if j.state in ("queued", "running")], _info(f))
                   for sha, f in old.items() if f.state == "queued"}
        for sha, f in old.items():
            if sha not in resumed:
                s.delete(f)  # failed before, or done and forced again: start clean
        s.flush()
        blobs.put_many(s, [(f.blob, f.sha256, f.path) for f in files if f.sha256 not in resumed])
        new_jobs = []
        for f in files:
            if f.sha256 in resumed:
                continue
            row = QueueFileRow(sha256=f.sha256, name=f.name, display_path=f.display_path, size=f.size,
                               page_count=f.page_count, blob=f.blob)
            s.add(row)
            s.flush()
            new_jobs += [QueueJobRow(file_id=row.id, kind=j.kind, first_page=j.first_page, last_page=j.last_page)
                         for j in plan_jobs(f.page_count)]
        s.add_all(new_jobs)
        s.flush()
        ids = [j.id for j in new_jobs]
    for unfinished, info in resumed.values():  # every page read but never finished: finish it now
        due = None if unfinished else finish_job_if_ready(engine, info)
        ids += unfinished or ([due] if due else [])
    return ids


def claim(engine: Engine, job_id: int, worker: str, delivery: str | None = None,
          lease_s: float = 110.0) -> Claim | None:
    """Count this delivery as an attempt, under a row lock, and lease the job to it; None when there is
    nothing to do (done, given up, or held by another delivery's live lease: that worker reads it)."""
    t = now()
    with Session(engine) as s, s.begin():
        job = s.scalars(select(QueueJobRow).where(QueueJobRow.id == job_id).with_for_update()).first()
        if job is None:
            return None
        if job.state == "running" and not lease_lapsed(job.lease_until, job.lease_key, t, delivery):
            return None
        f = s.get(QueueFileRow, job.file_id)
        decision = decide_attempt("failed" if f.state == "failed" else job.state, job.attempts)
        if not decision.run and not decision.give_up:
            return None
        if decision.run:
            job.state, job.attempts, job.worker, job.started_at = "running", decision.attempt, worker, t
            job.lease_until, job.lease_key = lease_end(t, lease_s), delivery
        return Claim(job.id, job.kind, job.first_page, job.last_page, decision.attempt, decision.give_up,
                     job.error, _info(f))


def claim_more(engine: Engine, first: Claim, worker: str, delivery: str | None, lease_s: float) -> list[Claim]:
    """Waiting one-file jobs that join `first` in one Tesseract run, marked running under the same lease:
    their own messages, when they come, find them taken and do nothing. Rows another worker is
    claiming are skipped (FOR UPDATE SKIP LOCKED on PostgreSQL); the update claims only rows still
    queued, which is what makes it atomic on SQLite."""
    t = now()
    with Session(engine) as s, s.begin():
        rows = s.execute(select(QueueJobRow.id, QueueFileRow.page_count, QueueJobRow.attempts)
                         .join(QueueFileRow, QueueFileRow.id == QueueJobRow.file_id)
                         .where(QueueJobRow.state == "queued", QueueJobRow.kind == "whole",
                                QueueJobRow.attempts == 0, QueueFileRow.state == "queued",
                                QueueJobRow.id != first.job_id)
                         .order_by(QueueJobRow.id).limit(LOOK_AHEAD)
                         .with_for_update(of=QueueJobRow, skip_locked=True)).all()
        chosen = choose_batch(first.last_page - first.first_page + 1, [Waiting(*r) for r in rows])
        if not chosen:
            return []
        s.execute(update(QueueJobRow).where(QueueJobRow.id.in_(chosen), QueueJobRow.state == "queued")
                  .values(state="running", attempts=QueueJobRow.attempts + 1, worker=worker, started_at=t,
                          lease_until=lease_end(t, lease_s), lease_key=delivery))
        got = s.execute(select(QueueJobRow, QueueFileRow).join(QueueFileRow, QueueFileRow.id == QueueJobRow.file_id)
                        .where(QueueJobRow.id.in_(chosen), QueueJobRow.state == "running",
                               QueueJobRow.lease_key == delivery, QueueJobRow.started_at == t)
                        .order_by(QueueJobRow.id)).all()
        return [Claim(j.id, j.kind, j.first_page, j.last_page, j.attempts, False, j.error, _info(f)) for j, f in got]


def release_lapsed(engine: Engine, delivery: str | None, resend_within: float = 110.0) -> list[int]:
    """Running jobs whose lease ran out, or that this very delivery held before its run was cut short,
    and queued jobs whose new message is overdue, go (back) to queued (the attempt stays counted); their
    IDs are sent again, since their own messages may have come and gone while another worker held them.
    Each is given `resend_within` seconds for that message to claim it, so a sender that dies between
    this commit and the send loses nothing. A look without locks first: usually none."""
    t = now()
    owed = (QueueJobRow.state == "running") | ((QueueJobRow.state == "queued") & QueueJobRow.lease_until.is_not(None))
    with Session(engine) as s:
        rows = s.execute(select(QueueJobRow.id, QueueJobRow.lease_until, QueueJobRow.lease_key).where(owed)).all()
    due = [i for i, until, key in rows if lease_lapsed(until, key, t, delivery)]
    if not due:
        return []
    with Session(engine) as s, s.begin():
        jobs = s.scalars(select(QueueJobRow).where(QueueJobRow.id.in_(due), owed).with_for_update(skip_locked=True)).all()
        freed = [j for j in jobs if lease_lapsed(j.lease_until, j.lease_key, t, delivery)]
        for j in freed:
            j.state, j.lease_until, j.lease_key = "queued", lease_end(t, resend_within), None
            j.error = j.error or LOST
        return [j.id for j in freed]


def requeue(engine: Engine, job_id: int, error: str, resend_within: float) -> None:
    """Back to queued, before its new message is sent: if it is not claimed within `resend_within`
    seconds (the process was killed between this commit and the send, as a hard time limit right after
    a soft one does), any worker's lease sweeper sends it again. Without that deadline the job would
    wait for a message that never comes, and `intake batch` with it."""
    with Session(engine) as s, s.begin():
        s.execute(update(QueueJobRow).where(QueueJobRow.id == job_id)
                  .values(state="queued", error=error, lease_until=lease_end(now(), resend_within), lease_key=None))


def save_pages(engine: Engine, job_id: int, file_id: int, pages: list[tuple[int, bytes]]) -> None:
    """The job's pages and its 'done' in one transaction; pages a twin delivery stored already are kept."""
    with Session(engine) as s, s.begin():
        have = set(s.scalars(select(QueuePageRow.number).where(QueuePageRow.file_id == file_id)))
        s.add_all(QueuePageRow(file_id=file_id, number=n, data=d) for n, d in pages if n not in have)
        s.execute(update(QueueJobRow).where(QueueJobRow.id == job_id).values(state="done", finished_at=now()))


def finish_job_if_ready(engine: Engine, f: FileInfo) -> int | None:
    """When every page is read, the finishing job (created once, whoever sees it first) is due."""
    with Session(engine) as s:
        count = s.scalar(select(func.count()).select_from(QueuePageRow).where(QueuePageRow.file_id == f.id))
    if count < f.page_count:
        return None
    try:
        with Session(engine) as s, s.begin():
            job = QueueJobRow(file_id=f.id, kind=FINISH.kind, first_page=0, last_page=0)
            s.add(job)
            s.flush()
            return job.id
    except IntegrityError:
        with Session(engine) as s:
            job = s.scalars(select(QueueJobRow).where(QueueJobRow.file_id == f.id,
                                                      QueueJobRow.kind == FINISH.kind)).first()
            return job.id if job is not None and job.state != "done" else None


def load_pages(engine: Engine, file_id: int) -> list[bytes]:
    with Session(engine) as s:
        return list(s.scalars(select(QueuePageRow.data).where(QueuePageRow.file_id == file_id)
                              .order_by(QueuePageRow.number)))


def mark_file(engine: Engine, file_id: int, job_id: int, state: str, error: str | None = None,
              exit_code: int = 0) -> None:
    with Session(engine) as s, s.begin():
        mark_file_in(s, file_id, job_id, state, error, exit_code)


def mark_file_in(s: Session, file_id: int, job_id: int, state: str, error: str | None = None,
                 exit_code: int = 0) -> None:
    """done or failed: the job, the file and the end of its stored pages, together."""
    s.execute(update(QueueJobRow).where(QueueJobRow.id == job_id).values(state=state, finished_at=now(), error=error))
    s.execute(update(QueueFileRow).where(QueueFileRow.id == file_id)
              .values(state=state, finished_at=now(), error=error, exit_code=exit_code))
    s.execute(delete(QueuePageRow).where(QueuePageRow.file_id == file_id))


def file_states(engine: Engine, shas: list[str]) -> dict[str, tuple[str, str | None, int, int]]:
    """sha -> (state, error, exit code, pages) for the producer's progress line."""
    out = {}
    with Session(engine) as s:
        for i in range(0, len(shas), 500):
            rows = s.execute(select(QueueFileRow.sha256, QueueFileRow.state, QueueFileRow.error,
                                    QueueFileRow.exit_code, QueueFileRow.page_count)
                             .where(QueueFileRow.sha256.in_(shas[i:i + 500])))
            out.update({r[0]: (r[1], r[2], r[3], r[4]) for r in rows})
    return out


__all__ = ["Claim", "FileInfo", "LOST", "MAX_ATTEMPTS", "NewFile", "claim", "claim_more", "enqueue_files",
           "file_states", "finish_job_if_ready", "load_pages", "mark_file", "mark_file_in", "release_lapsed",
           "requeue", "save_pages"]
