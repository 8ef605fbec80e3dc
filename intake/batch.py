"""A local batch's readers: one worker process per core (the rules loaded once each, Tesseract
single-threaded) reading pages with the one page reader and finishing files with the one stage runner."""

from __future__ import annotations

import logging
import os
import sys
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field

from intake.dist.plan import WHOLE_FILE_PAGES, whole_file
from intake.errors import IntakeError
from intake.reports import BatchSummary, FileReport, Tally, failed

log = logging.getLogger(__name__)
# pages per Tesseract process in a batch: its start-up (0.15 s, mostly loading the language models) is
# paid once for them; more would make the last job of a batch a longer wait for one core
RUN_PAGES = 4


def _init_worker() -> None:
    """Workers read pages and finish files; Tesseract single-threaded; the rules and analysis modules
    load in the background when this worker's first Tesseract run starts, so every core reads from the
    first second (spaCy only if a document needs the OCR-tolerant phrase pass)."""
    os.environ["OMP_THREAD_LIMIT"] = "1"
    if "cv2" not in sys.modules:  # one worker per core already (cleanup.opencv); never re-size the thread pool
        os.environ["INTAKE_OPENCV_THREADS"] = "1"  # of an OpenCV this fork inherited in use: its threads are gone
    from intake.pipeline import warm_up

    global _WARM_START
    _WARM_START = warm_up()  # handed to the page reader: starts as the first Tesseract run does


_WARM_START = None


def _read(items: list) -> list:
    """The one page reader, the pages that need OCR through one Tesseract process."""
    from intake.reader import read_pages

    return list(read_pages(items, together=True, on_start=_WARM_START))


def read_pages_job(source, numbers: list[int]) -> list[tuple]:
    """Runs in a worker: pages of a long file through one Tesseract process; for each page its text and
    features, or its file's failure report, never an exception that would stop the batch."""
    from intake.pipeline import features_of

    try:
        read = _read([(source, n) for n in numbers])
    except Exception as exc:  # noqa: BLE001 - a bug on these pages must not stop the batch
        return [(n, None, failed(source.path, exc, f"page {n}")) for n in numbers]
    out = []
    for number, got in zip(numbers, read):
        if isinstance(got, IntakeError):
            out.append((number, None, failed(source.path, got)))
            continue
        try:
            out.append((number, (got, features_of(got, source)), None))
        except Exception as exc:  # noqa: BLE001
            out.append((number, None, failed(source.path, exc, f"page {number}")))
    return out


def whole_files_job(sources: list, out_dir, requester) -> list["FileReport"]:
    """Runs in a worker: short files read (their OCR pages through one Tesseract process) and finished
    in one go; no pages travel between processes. One report per file, each on its own."""
    start = time.monotonic()
    try:
        read = _read([(s, n) for s in sources for n in range(1, s.page_count + 1)])
    except Exception as exc:  # noqa: BLE001 - a bug in this group must not stop the batch
        return [failed(s.path, exc, "a page") for s in sources]
    reports, at = [], 0
    for source in sources:
        got, at = read[at: at + source.page_count], at + source.page_count
        error = next((g for g in got if isinstance(g, IntakeError)), None)
        if error is not None:
            reports.append(failed(source.path, error))
            continue
        reports.append(finish_job(source.path, source, got, None, out_dir, requester))
    for rep in reports:
        rep.seconds = (time.monotonic() - start) / max(len(sources), 1)
    return reports


def finish_job(path: str, source, pages: list, features: list, out_dir, requester) -> "FileReport":
    """Runs in a worker: the pipeline's stages after reading, and papers, for one file whose pages are all
    read (features None: computed here)."""
    from intake.papers import write_papers
    from intake.pipeline import finish

    start = time.monotonic()
    try:
        results = finish(source, pages, path, features=features)
        if out_dir:
            write_papers(results, out_dir, requester)
    except Exception as exc:  # noqa: BLE001 - a bug on one file must not stop the batch
        return failed(path, exc)
    return FileReport(path, results, len(pages), seconds=time.monotonic() - start)


@dataclass
class _Pending:
    source: object
    pages: dict = field(default_factory=dict)  # number -> (PageText, PageFeatures)
    error: FileReport | None = None
    outstanding: int = 0


def run_batch(paths: list[str], jobs: int | None = None, out_dir: str | None = None, requester: dict | None = None,
              on_report=None) -> BatchSummary:
    """A local batch without the case database: its summary and progress line."""
    tally = Tally(len(paths), on_report)
    read_batch(paths, tally.add, jobs, out_dir, requester)
    return tally.close()


def read_batch(paths: list[str], report, jobs: int | None = None, out_dir: str | None = None,
               requester: dict | None = None, on_started=None) -> None:
    """Pages, not files, are shared out (RUN_PAGES to a Tesseract process), so a long stack keeps every
    core busy; when a file's last page is read, finishing it (split, fields, classification, papers) is
    a job of its own; each file's report goes to report() in this process as soon as it is in.
    on_started: called once the first jobs are with the workers, before any report (a new database is
    made then, while they read)."""
    jobs = max(1, jobs or os.cpu_count() or 1)
    files: dict[str, _Pending] = {}
    # no preload here: loading the rules first would leave every core but one idle; each worker loads
    # them in the background while Tesseract reads its first page (see _init_worker)
    queue = _page_queue(paths, files, report, tail=jobs * 2)
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker) as pool:
        pending: dict[Future, tuple[str, str]] = {}  # future -> (kind, path)

        def top_up():
            while sum(1 for k, _ in pending.values() if k != "finish") < jobs * 2:
                job = next(queue, None)
                if job is None:
                    return
                if job[0] == "whole":
                    fut = pool.submit(whole_files_job, job[1], out_dir, requester or {})
                    pending[fut] = ("whole", None)
                else:
                    pending[pool.submit(read_pages_job, job[1], job[2])] = ("page", job[1].path)

        top_up()
        if on_started is not None:
            try:
                on_started()
            except BaseException:
                pool.shutdown(wait=False, cancel_futures=True)  # only the jobs already running finish
                raise
        while pending:
            done, _ = wait(list(pending), return_when=FIRST_COMPLETED)
            for fut in done:
                kind, path = pending.pop(fut)
                if kind == "whole":
                    for rep in fut.result():
                        files.pop(rep.path, None)
                        report(rep)
                elif kind == "finish":
                    files.pop(path, None)
                    report(fut.result())
                else:
                    _pages_read(path, fut.result(), files, pending, pool, out_dir, requester, report)
            top_up()


def _pages_read(path, read: list, files: dict, pending: dict, pool, out_dir, requester, report) -> None:
    """Pages of a long file are back: when its last one is, finishing the file is a job of its own."""
    state = files[path]
    for number, page, error in read:
        state.outstanding -= 1
        if error and not state.error:
            state.error = error
        elif page is not None:
            state.pages[number] = page
    if state.outstanding:
        return
    state = files.pop(path)
    if state.error:
        report(state.error)
        return
    order = sorted(state.pages)
    fut = pool.submit(finish_job, path, state.source, [state.pages[n][0] for n in order],
                      [state.pages[n][1] for n in order], out_dir, requester or {})
    pending[fut] = ("finish", path)


def _page_queue(paths, files: dict, report, tail: int = 0):
    """Jobs in reading order: ("whole", [sources]) short files grouped until they hold RUN_PAGES pages,
    ("pages", source, [numbers]) RUN_PAGES pages of a long file; a file that cannot even be opened is
    reported at once. The last `tail` files go one to a job: a group of four pages left to one worker
    at the end would keep the other cores idle for longer than their Tesseract start-ups cost."""
    from intake.sources import first_page_has_text, open_source

    group, group_pages = [], 0
    for at, path in enumerate(paths):
        started = time.monotonic()
        try:
            source = open_source(path)
        except IntakeError as exc:
            rep = failed(path, exc)
            rep.seconds = time.monotonic() - started
            report(rep)
            continue
        files[path] = _Pending(source, outstanding=source.page_count)
        long = source.page_count > WHOLE_FILE_PAGES
        if whole_file(source.page_count, long and first_page_has_text(source)):
            group, group_pages = group + [source], group_pages + source.page_count
            if group_pages >= RUN_PAGES or at >= len(paths) - tail:
                yield ("whole", group)
                group, group_pages = [], 0
            continue
        for first in range(1, source.page_count + 1, RUN_PAGES):  # the opened, hashed source travels along
            yield ("pages", source, list(range(first, min(first + RUN_PAGES, source.page_count + 1))))
    if group:
        yield ("whole", group)
