"""The worker's lease sweeper: jobs whose lease ran out go back on the queue even when no other mail comes.

A job whose message was acknowledged but whose run never finished (Celery acknowledges a task it killed
at the hard time limit; a worker can die between claiming waiting files and reading them) is held only
by its lease in the database. Without a sweeper it waits for the next message any worker takes; after
`intake queue retry` on a quiet queue there may be no next message at all. The same holds for a job a
worker put back after a failed attempt and was killed before sending its new message (a hard time limit a
moment after the soft one): it carries a deadline for that message, and the sweeper keeps it."""

from __future__ import annotations

import logging
import threading
import time

log = logging.getLogger(__name__)


def sweep_interval(visibility: int) -> float:
    """Often enough that a lapsed job waits a fraction of its lease again, rarely enough to cost nothing."""
    return float(min(30, max(1, visibility // 4)))


def sweep_once(engine, resend, resend_within: float = 110.0) -> list[int]:
    """Lapsed jobs, and put-back jobs whose message never came, released and sent again; their IDs
    (a delivery of None holds no lease of its own)."""
    from intake.dist import queue

    freed = queue.release_lapsed(engine, None, resend_within)
    for job_id in freed:
        log.info("job %d: its lease ran out (%s); sent again", job_id, queue.LOST)
        resend(job_id)
    return freed


def start(app) -> threading.Thread:
    """A daemon thread in the worker's main process (it ends with the process); forked pool processes do not
    inherit it."""
    from intake.db.engine import open_db
    from intake.dist.config import limits
    from intake.dist.tasks import send_jobs

    every = sweep_interval(limits().visibility)

    def loop() -> None:
        while True:
            time.sleep(every)
            try:
                sweep_once(open_db(), lambda jid: send_jobs(app, [jid]), limits().visibility)
            except Exception as exc:  # noqa: BLE001 - a database or broker hiccup: the next sweep tries again
                log.warning("lease sweep skipped (%s)", type(exc).__name__)

    t = threading.Thread(target=loop, name="intake-lease-sweeper", daemon=True)
    t.start()
    return t
