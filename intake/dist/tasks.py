"""The one Celery task: a job ID in, the work and its result in the database; nothing else on the wire."""

from __future__ import annotations


def register(app) -> None:
    from intake.dist.config import QUEUE, TASK

    @app.task(name=TASK, bind=True, acks_late=True, reject_on_worker_lost=True, ignore_result=True)
    def run_job(self, job_id: int) -> None:
        from intake.dist.runner import run_job as run

        def resend(jid: int) -> None:
            self.app.send_task(TASK, args=[int(jid)], queue=QUEUE)

        run(int(job_id), self.request.hostname or "worker", resend, self.request.id)


def send_jobs(app, job_ids) -> None:
    """One message per job, carrying only its number; a producer connection reused for all of them."""
    from intake.dist.config import QUEUE, TASK

    with app.producer_or_acquire() as producer:
        for jid in job_ids:
            app.send_task(TASK, args=[int(jid)], queue=QUEUE, producer=producer)
