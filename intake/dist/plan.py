"""Pure decisions of the shared queue: how a file becomes jobs, when to try again, how fast it goes."""

from __future__ import annotations

from dataclasses import dataclass

WHOLE_FILE_PAGES = 4  # a file this short is one job, locally and on the queue: no pages travel between processes
PAGES_PER_JOB = 2  # longer files are shared out in ranges this long, then finished by a job of their own
MAX_ATTEMPTS = 3
TEXT_FILE_PAGES = 40  # a text-layer file reads at ~15 ms a page: sending its pages around costs more


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
