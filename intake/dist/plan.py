"""Pure decisions of the shared queue: how a file becomes jobs, when to try again, how fast it goes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

WHOLE_FILE_PAGES = 4  # a file this short is one job, locally and on the queue: no pages travel between processes
PAGES_PER_JOB = 2  # longer files are shared out in ranges this long, then finished by a job of their own
MAX_ATTEMPTS = 3
TEXT_FILE_PAGES = 40  # a text-layer file reads at ~15 ms a page: sending its pages around costs more
BATCH_PAGES = 4  # pages a worker reads through one Tesseract process, as a local batch's RUN_PAGES
LOOK_AHEAD = 8  # waiting jobs looked at (and briefly locked) when a worker fills its batch


@dataclass(frozen=True)
class JobSpec:
    kind: str  # whole | pages | finish
    first_page: int
    last_page: int


def whole_file(page_count: int, text_layer: bool = False) -> bool:
    """One job for the whole file: short files, and (where the caller knows it) text-layer files of
    ordinary length."""
    return page_count <= WHOLE_FILE_PAGES or (text_layer and page_count <= TEXT_FILE_PAGES)


def plan_jobs(page_count: int, text_layer: bool = False, chunk: int = PAGES_PER_JOB) -> list[JobSpec]:
    """Short files travel whole (one message, no stored pages); long ones in page ranges all workers share.

    The queue leaves text_layer False: a PDF whose first page has text may still hold scanned pages,
    and a whole long file could outlast the job time limit."""
    if whole_file(page_count, text_layer):
        return [JobSpec("whole", 1, max(page_count, 1))]
    return [JobSpec("pages", first, min(first + chunk - 1, page_count))
            for first in range(1, page_count + 1, chunk)]


FINISH = JobSpec("finish", 0, 0)


@dataclass(frozen=True)
class AttemptDecision:
    run: bool
    give_up: bool
    attempt: int


def decide_attempt(state: str, attempts: int, max_attempts: int = MAX_ATTEMPTS) -> AttemptDecision:
    """A delivery of a job already done or failed does nothing; a fourth delivery gives the file up.

    `attempts` counts deliveries that started; one still marked running was cut short (a killed worker,
    a time or memory limit), so it counts as a failed attempt too."""
    if state in ("done", "failed"):
        return AttemptDecision(False, False, attempts)
    if attempts >= max_attempts:
        return AttemptDecision(False, True, attempts)
    return AttemptDecision(True, False, attempts + 1)


def retry_after_error(attempt: int, max_attempts: int = MAX_ATTEMPTS) -> bool:
    """An unexpected error (a bug, a lost database connection, a time limit) is tried again, up to the limit."""
    return attempt < max_attempts


def pages_per_second(spans: list[tuple[float, float, int]]) -> float:
    """(start, end, pages) of finished jobs -> pages over the wall time they cover together (overlaps once)."""
    spans = sorted((s, e, p) for s, e, p in spans if e >= s)
    if not spans:
        return 0.0
    covered, cur_s, cur_e = 0.0, spans[0][0], spans[0][1]
    for s, e, _ in spans[1:]:
        if s > cur_e:
            covered += cur_e - cur_s
            cur_s, cur_e = s, e
        else:
            cur_e = max(cur_e, e)
    covered += cur_e - cur_s
    pages = sum(p for _, _, p in spans)
    return pages / covered if covered > 0 else 0.0


@dataclass(frozen=True)
class Waiting:
    """A one-file job nobody has started, as a worker filling its batch sees it."""

    job_id: int
    pages: int
    attempts: int = 0


def may_batch(kind: str, attempt: int) -> bool:
    """Only a whole short file on its first attempt gathers others: a job tried before runs alone, so a
    file that stops its Tesseract run (a time or memory limit) costs the others one attempt at most."""
    return kind == "whole" and attempt == 1


def choose_batch(first_pages: int, waiting: list[Waiting], budget: int = BATCH_PAGES) -> list[int]:
    """Which waiting jobs join this one, in queue order, while their pages fit the budget. Only what is
    waiting now, never waiting for more; at most half of it, so the other workers keep their share when
    the queue runs low (the local batch's last files go one to a job for the same reason)."""
    room, share, chosen = budget - first_pages, len(waiting) // 2, []
    for w in waiting:
        if len(chosen) >= share or room <= 0:
            break
        if w.attempts == 0 and 0 < w.pages <= room:
            chosen.append(w.job_id)
            room -= w.pages
    return chosen


def lease_lapsed(lease_until: dt.datetime | None, lease_key: str | None, now: dt.datetime,
                 delivery: str | None) -> bool:
    """A running job is free to redo when its lease ran out (its worker died or was stopped), when it
    has none (cut short before leases existed), or when this very delivery holds it: the broker handed
    the same message again, so the run that took it was cut short."""
    if lease_until is None:
        return True
    if lease_until.tzinfo is None:  # SQLite gives back naive UTC
        lease_until = lease_until.replace(tzinfo=dt.timezone.utc)
    return lease_until <= now or (delivery is not None and lease_key == delivery)


def lease_end(now: dt.datetime, seconds: float) -> dt.datetime:
    """A lease lasts as long as the broker waits before it hands an unacknowledged message on."""
    return now + dt.timedelta(seconds=seconds)
