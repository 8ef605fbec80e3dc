"""intake batch --broker: the batch engine's files stored once each and handed to queue workers by job ID;
the same progress, summary and exit code as a local batch."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from intake.dist import blobs, queue
from intake.dist.config import celery_app, safe_url
from intake.errors import BrokerError, ExitCode, IntakeError
from intake.reports import BatchSummary, FileReport, failed
from intake.sources import open_source

log = logging.getLogger(__name__)
SEND_EVERY = 50  # files per transaction; their messages go out while later files are still being read


def connect(broker: str):
    """The Celery app, after one cheap round trip: a wrong URL is one line, not a hang."""
    app = celery_app(broker)
    try:
        with app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=2, interval_start=0.2, interval_step=0.5)
    except Exception as exc:  # noqa: BLE001 - kombu raises many kinds; the user needs one line
        raise BrokerError(f"cannot reach the broker ({type(exc).__name__})", safe_url(broker)) from None
    return app


class Submitter:
    """Hashes, checks and enqueues files, many per transaction; remembers which it is waiting for."""

    def __init__(self, engine, app, store: str | None, force: bool = False):
        self.engine, self.app, self.location, self.force = engine, app, blobs.store_location(store), force
        self.waiting: dict[str, str] = {}  # sha -> path as given
        self.pending: list[queue.NewFile] = []

    def submit(self, path: str, sha: str) -> FileReport | None:
        """None when queued; a report when the file cannot even be opened (the caller stores it)."""
        from intake.db import repo

        try:
            source = open_source(path, known_sha256=sha)
        except IntakeError as exc:
            return failed(path, exc)
        if self.force:
            repo.forget(self.engine, sha)
        self.pending.append(queue.NewFile(sha, Path(path).name, path, source.size, source.page_count,
                                          self.location, path))
        self.waiting[sha] = path
        if len(self.pending) >= SEND_EVERY:
            self.flush()
        return None

    def flush(self) -> None:
        """One transaction stores the pending files and their jobs; then one message per job goes out."""
        from intake.dist.tasks import send_jobs

        if not self.pending:
            return
        ids = queue.enqueue_files(self.engine, self.pending)
        self.pending = []
        try:
            send_jobs(self.app, ids)
        except Exception as exc:  # noqa: BLE001
            raise BrokerError(f"cannot send jobs to the broker ({type(exc).__name__})") from None

    def collect(self, out_dir: str | None, requester: dict | None) -> list[FileReport]:
        """Files finished since the last look, as reports (stored by the workers already); papers written
        here, where the user is."""
        from intake.db import repo

        finished = {sha: st for sha, st in queue.file_states(self.engine, list(self.waiting)).items()
                    if st[0] != "queued"}
        stored = repo.results_for_many(self.engine, [sha for sha, st in finished.items() if st[0] == "done"])
        reports = []
        for sha, (state, error, code, pages) in finished.items():
            path = self.waiting.pop(sha)
            if state == "failed":
                reports.append(FileReport(path, error=error, exit_code=code or int(ExitCode.internal)))
            else:
                reports.append(FileReport(path, _with_papers(self.engine, stored.get(sha, []), out_dir, requester),
                                          pages))
        return reports


def _with_papers(engine, stored: list, out_dir: str | None, requester: dict | None) -> list:
    from intake.db import repo
    from intake.papers import write_papers

    results = [r for _, r in stored]
    if out_dir and results:
        write_papers(results, out_dir, requester or {})
        for (doc_id, _), r in zip(stored, results):
            if r.outputs:
                repo.attach_papers(engine, doc_id, r.outputs, requester or {})
    return results


def queued_batch(paths: list[str], broker: str, db_url: str | None = None, store: str | None = None,
                 out_dir: str | None = None, requester: dict | None = None, force: bool = False,
                 wait: bool = True, on_report=None, poll: float = 0.5) -> BatchSummary:
    """The same engine as a local batch (skip done content, go on past bad files, one summary); the
    workers read the files and store their results."""
    from intake.db.engine import open_db
    from intake.mailroom import Mailroom

    engine = open_db(db_url)
    sub = Submitter(engine, connect(broker), store, force)
    room = Mailroom(engine, paths, force, on_report)
    try:
        for path in room.todo:
            sha = room.hashes[path]
            rep = sub.submit(path, sha) if sha else room.unreadable(path)
            if rep is not None:
                room.report(rep)  # never reached the workers: its failure is stored here
        sub.flush()
        while wait and sub.waiting:
            for rep in sub.collect(out_dir, requester):
                room.report(rep, stored=True)
            if sub.waiting:
                time.sleep(poll)
    finally:
        summary = room.close(queued=len(sub.waiting))
    return summary
