"""intake worker: one OCR process per core on any machine that reaches the broker and the database."""

from __future__ import annotations

import logging
import os
import resource
import socket

from intake.dist import sweeper
from intake.dist.config import QUEUE, limits

log = logging.getLogger(__name__)


def _limit_memory() -> None:
    """Each pool process (and the Tesseract it starts) gets an address-space cap: a page that eats
    memory fails its own job with MemoryError instead of taking the machine down."""
    cap = limits().max_memory_mb * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard == resource.RLIM_INFINITY or cap < hard:
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


def _on_process_init(**_kw) -> None:
    from intake.db.engine import after_fork

    os.environ["OMP_THREAD_LIMIT"] = "1"
    after_fork()  # connections opened before the fork stay the parent's
    _limit_memory()


def start(broker: str, db_url: str | None, concurrency: int | None, name: str | None, verbose: int) -> None:
    """Schema checked and the rules loaded once in the parent; the pool forks after, sharing them."""
    from celery.signals import worker_process_init, worker_ready

    from intake import warm
    from intake.db.engine import open_db
    from intake.dist.producer import connect

    os.environ["OMP_THREAD_LIMIT"] = "1"
    os.environ.setdefault("INTAKE_OCR_TIMEOUT", str(limits().soft))  # Tesseract stopped, not orphaned
    if db_url:
        os.environ["INTAKE_DATABASE_URL"] = db_url
    open_db(db_url).dispose()  # schema checked; the parent keeps no connection, each pool process opens one
    app = connect(broker)
    warm.load_now()
    worker_process_init.connect(_on_process_init, weak=False)
    worker_ready.connect(lambda **_kw: sweeper.start(app), weak=False)  # after the pool has forked
    node = name or f"intake-{os.getpid()}@{socket.gethostname()}"
    level = ["WARNING", "INFO", "DEBUG"][min(verbose, 2)]
    argv = ["worker", f"--concurrency={concurrency or os.cpu_count() or 1}", "--pool=prefork",
            f"--loglevel={level}", "--without-gossip", "--without-mingle", "--without-heartbeat",
            "-Q", QUEUE, "-n", node, "-O", "fair"]
    log.info("worker %s starting", node)
    app.worker_main(argv)
