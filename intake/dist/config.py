"""Where the broker is, how long a job may take, and the Celery app both producers and workers use."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache


QUEUE = "intake"
TASK = "intake.run_job"


def broker_url(url: str | None) -> str | None:
    """--broker, then INTAKE_BROKER_URL; None means everything runs locally, as without a broker."""
    return url or os.environ.get("INTAKE_BROKER_URL") or None


def safe_url(url: str) -> str:
    from kombu.utils.url import maybe_sanitize_url

    return maybe_sanitize_url(url)


@dataclass(frozen=True)
class Limits:
    """A job longer than `hard` seconds is killed; the broker hands an unacknowledged job to another
    worker after `visibility` seconds, so it must be longer than any job and short enough (under two
    minutes) that a lost worker's job soon runs elsewhere."""

    hard: int
    soft: int
    visibility: int
    max_memory_mb: int


def limits() -> Limits:
    hard = int(os.environ.get("INTAKE_JOB_TIME_LIMIT", "90"))
    soft = max(1, hard - 10) if hard > 30 else max(1, int(hard * 0.8))
    visibility = int(os.environ.get("INTAKE_VISIBILITY_TIMEOUT", str(hard + 20)))  # set it above the limit
    memory = int(os.environ.get("INTAKE_JOB_MEMORY_MB", "3072"))
    return Limits(hard, soft, visibility, memory)


@lru_cache(maxsize=4)
def celery_app(url: str):
    """Late acknowledgement, prefetch of one, no result backend: the database is where results live."""
    from celery import Celery

    lim = limits()
    app = Celery("intake", broker=url, set_as_current=False)
    app.conf.update(
        task_default_queue=QUEUE,
        task_serializer="json", accept_content=["json"],
        task_acks_late=True, task_reject_on_worker_lost=True, worker_prefetch_multiplier=1,
        task_ignore_result=True, result_backend=None,
        task_time_limit=lim.hard, task_soft_time_limit=lim.soft,
        broker_transport_options={"visibility_timeout": lim.visibility},
        broker_connection_retry_on_startup=True, broker_connection_max_retries=5,
        worker_hijack_root_logger=False, worker_redirect_stdouts=False,
        worker_enable_remote_control=False, worker_send_task_events=False, task_send_sent_event=False,
        worker_max_memory_per_child=lim.max_memory_mb * 1024 // 2,  # a bloated process is replaced between jobs
    )
    from intake.dist.tasks import register

    register(app)
    return app
