"""intake queue status / retry: what the workers are doing, read from the database (the broker holds only IDs)."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from intake.db.models import QueueFileRow, QueueJobRow, QueuePageRow, now
from intake.dist.plan import pages_per_second, plan_jobs


def _pages(job: QueueJobRow, f_pages: dict[int, int]) -> int:
    if job.kind == "whole":
        return f_pages.get(job.file_id, 0)
    return 0 if job.kind == "finish" else job.last_page - job.first_page + 1


def _ts(d: dt.datetime) -> float:
    return (d if d.tzinfo else d.replace(tzinfo=dt.timezone.utc)).timestamp()


def queue_status(engine: Engine, window: float = 300.0) -> dict:
    """Files and jobs by state; per worker: running, done, failed and pages per second over the window."""
    since = now() - dt.timedelta(seconds=window)
    with Session(engine) as s:
        files = Counter(s.scalars(select(QueueFileRow.state)))
        f_pages = dict(s.execute(select(QueueFileRow.id, QueueFileRow.page_count)).all())
        jobs = list(s.scalars(select(QueueJobRow)))
    by_state = Counter(j.state for j in jobs)
    workers: dict[str, dict] = defaultdict(lambda: {"running": 0, "done": 0, "failed": 0, "spans": []})
    for j in jobs:
        if not j.worker:
            continue
        w = workers[j.worker]
        if j.state in ("running", "done", "failed"):
            w[j.state] += 1
        if j.state == "done" and j.finished_at and j.started_at and j.finished_at >= since:
            w["spans"].append((_ts(j.started_at), _ts(j.finished_at), _pages(j, f_pages)))
    all_spans = [sp for w in workers.values() for sp in w["spans"]]
    return {
        "files": {k: files.get(k, 0) for k in ("queued", "done", "failed")},
        "jobs": {k: by_state.get(k, 0) for k in ("queued", "running", "done", "failed")},
        "pages_per_second": round(pages_per_second(all_spans), 3),
        "window_seconds": window,
        "workers": {name: {"running": w["running"], "done": w["done"], "failed": w["failed"],
                           "pages_per_second": round(pages_per_second(w["spans"]), 3)}
                    for name, w in sorted(workers.items())},
    }


def status_text(st: dict) -> str:
    f, j = st["files"], st["jobs"]
    lines = [f"files: {f['queued']} in progress, {f['done']} done, {f['failed']} failed",
             f"jobs:  {j['queued']} queued, {j['running']} running, {j['done']} done, {j['failed']} failed",
             f"speed: {st['pages_per_second']:.2f} pages/s over the last {st['window_seconds']:.0f} s"]
    for name, w in st["workers"].items():
        lines.append(f"  {name}: {w['running']} running, {w['done']} done, {w['failed']} failed, "
                     f"{w['pages_per_second']:.2f} pages/s")
    return "\n".join(lines)


def retry_failed(engine: Engine) -> tuple[list[int], int]:
    """Failed files whose original is still stored start again from scratch: (job IDs to send, files left)."""
    from intake.dist.blobs import is_stored

    ids, left = [], 0
    with Session(engine) as s, s.begin():
        for f in s.scalars(select(QueueFileRow).where(QueueFileRow.state == "failed")):
            if not is_stored(s, f.blob, f.sha256):
                left += 1
                continue
            s.execute(delete(QueueJobRow).where(QueueJobRow.file_id == f.id))
            s.execute(delete(QueuePageRow).where(QueuePageRow.file_id == f.id))
            f.state, f.error, f.exit_code, f.finished_at = "queued", None, 0, None
            jobs = [QueueJobRow(file_id=f.id, kind=p.kind, first_page=p.first_page, last_page=p.last_page)
                    for p in plan_jobs(f.page_count)]
            s.add_all(jobs)
            s.flush()
            ids += [j.id for j in jobs]
    return ids, left
