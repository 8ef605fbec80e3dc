"""Many files at once: one worker process per core, each with rules and spaCy loaded once, Tesseract single-threaded."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field

from intake.dist.plan import WHOLE_FILE_PAGES, whole_file
from intake.errors import IntakeError

log = logging.getLogger(__name__)
# pages per Tesseract process in a batch: its start-up (0.15 s, mostly loading the language models) is
# paid once for them; more would make the last job of a batch a longer wait for one core
RUN_PAGES = 4


@dataclass
class FileReport:
    """What one worker sends back: results, or a one-line reason; never document text in logs."""

    path: str
    results: list = field(default_factory=list)
    pages: int = 0
    error: str | None = None
    exit_code: int = 0
    seconds: float = 0.0


@dataclass
class BatchSummary:
    files: int = 0
    pages: int = 0
    seconds: float = 0.0
    documents: Counter = field(default_factory=Counter)
    denials: Counter = field(default_factory=Counter)
    papers: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    skipped: int = 0
    queued: int = 0  # sent to the workers and not waited for (--no-wait)
    duplicates: list = field(default_factory=list)  # duplicates.Duplicate: skipped, each named

    @property
    def failed(self) -> bool:
        return bool(self.failures)


def _preload() -> None:
    """spaCy and the rules loaded once, before a long-lived pool forks (intake worker): every process
    shares them copy-on-write. A local batch does not wait for this: see run_batch."""
    from intake.nlp import pipeline
    from intake.rules import cached_rules

    pipeline(cached_rules(), "en")


def _init_worker() -> None:
    """Workers read pages and finish files; Tesseract single-threaded; spaCy loads in the background
    when this worker's first Tesseract run starts, so every core reads from the first second."""
    os.environ["OMP_THREAD_LIMIT"] = "1"
    from intake import warm
    from intake.rules import cached_rules

    warm.arm(cached_rules())  # starts loading when this worker's first Tesseract run starts


def features_for(page, source):
    """The split features of a page read in a worker, with the default rules (loaded once per process)."""
    from intake.pipeline import features_of
    from intake.rules import cached_rules

    return features_of(page, source, cached_rules())


def results_of(path: str, source, pages: list, features: list) -> list:
    """Split, classification and fields for one file whose pages are all read. Raises."""
    from intake import warm
    from intake.pipeline import documents_of, result_of
    from intake.rules import cached_rules

    rules = cached_rules()
    warm.arm(rules)
    warm.wait()
    return [result_of(doc, rules, path) for doc in documents_of(source, pages, features)]


def read_pages_job(source, numbers: list[int]) -> list[tuple]:
    """Runs in a worker: pages of a long file through one Tesseract process; for each page its text and
    features, or a one-line reason, never an exception that would stop the batch."""
    from intake.sources import read_pages_together

    try:
        read = read_pages_together([(source, n) for n in numbers])
    except Exception as exc:  # noqa: BLE001 - a bug on these pages must not stop the batch
        return [(n, None, _internal(source.path, exc, f"page {n}")) for n in numbers]
    out = []
    for number, got in zip(numbers, read):
        if isinstance(got, IntakeError):
            got.path = got.path or source.path
            out.append((number, None, (got.one_line(), int(got.exit_code))))
            continue
        try:
            out.append((number, (got, features_for(got, source)), None))
        except Exception as exc:  # noqa: BLE001
            out.append((number, None, _internal(source.path, exc, f"page {number}")))
    return out


def _internal(path: str, exc: Exception, where: str) -> tuple[str, int]:
    log.error("internal error reading a page (%s)", type(exc).__name__)
    log.debug("traceback", exc_info=True)  # may quote values: debug only
    return f"{path}: internal error on {where} ({type(exc).__name__})", 15


def whole_files_job(sources: list, out_dir, requester) -> list["FileReport"]:
    """Runs in a worker: short files read (their OCR pages through one Tesseract process) and finished
    in one go; no pages travel between processes. One report per file, each on its own."""
    from intake.sources import read_pages_together

    start = time.monotonic()
    try:
        read = read_pages_together([(s, n) for s in sources for n in range(1, s.page_count + 1)])
    except Exception as exc:  # noqa: BLE001 - a bug in this group must not stop the batch
        return [FileReport(s.path, error=_internal(s.path, exc, "a page")[0], exit_code=15) for s in sources]
    reports, at = [], 0
    for source in sources:
        got, at = read[at: at + source.page_count], at + source.page_count
        failed = next((g for g in got if isinstance(g, IntakeError)), None)
        if failed is not None:
            failed.path = failed.path or source.path
            reports.append(FileReport(source.path, error=failed.one_line(), exit_code=int(failed.exit_code)))
            continue
        try:
            features = [features_for(page, source) for page in got]
        except Exception as exc:  # noqa: BLE001
            reports.append(FileReport(source.path, error=_internal(source.path, exc, "a page")[0], exit_code=15))
            continue
        reports.append(finish_job(source.path, source, got, features, out_dir, requester))
    for rep in reports:
        rep.seconds = (time.monotonic() - start) / max(len(sources), 1)
    return reports


def finish_job(path: str, source, pages: list, features: list, out_dir, requester) -> "FileReport":
    """Runs in a worker: split, classification, fields and papers for one file whose pages are all read."""
    from intake.api import write_papers

    start = time.monotonic()
    try:
        results = results_of(path, source, pages, features)
        if out_dir:
            write_papers(results, out_dir, requester)
    except IntakeError as exc:
        exc.path = exc.path or path
        return FileReport(path, error=exc.one_line(), exit_code=int(exc.exit_code))
    except Exception as exc:  # noqa: BLE001 - a bug on one file must not stop the batch
        log.error("internal error finishing a file (%s)", type(exc).__name__)
        log.debug("traceback", exc_info=True)
        return FileReport(path, error=f"{path}: internal error ({type(exc).__name__})", exit_code=15)
    return FileReport(path, results, len(pages), seconds=time.monotonic() - start)


class Progress:
    """files, pages, pages per second and time left, on one redrawn line when stderr is a terminal."""

    def __init__(self, total: int, stream=None):
        self.total, self.done, self.pages, self.start = total, 0, 0, time.monotonic()
        self.stream = stream or sys.stderr
        self.live = hasattr(self.stream, "isatty") and self.stream.isatty()

    def update(self, report: FileReport) -> None:
        self.done += 1
        self.pages += report.pages
        if not self.live:
            return
        elapsed = max(time.monotonic() - self.start, 1e-6)
        rate = self.pages / elapsed
        left = (self.total - self.done) * elapsed / self.done
        self.stream.write(f"\r{self.done}/{self.total} files  {self.pages} pages  {rate:.2f} pages/s  "
                          f"~{left:.0f}s left ")
        self.stream.flush()

    def close(self) -> None:
        if self.live:
            self.stream.write("\n")


@dataclass
class _Pending:
    source: object
    pages: dict = field(default_factory=dict)  # number -> (PageText, PageFeatures)
    error: tuple | None = None
    outstanding: int = 0


def run_batch(paths: list[str], jobs: int | None = None, out_dir: str | None = None, requester: dict | None = None,
              on_report=None) -> BatchSummary:
    """Pages, not files, are shared out (RUN_PAGES to a Tesseract process), so a long stack keeps every
    core busy; when a file's last page is read, finishing it (split, fields, classification, papers) is
    a job of its own; the parent stores."""
    jobs = max(1, jobs or os.cpu_count() or 1)
    summary = BatchSummary(files=len(paths))
    progress = Progress(len(paths))
    start = time.monotonic()
    files: dict[str, _Pending] = {}
    # no preload here: loading spaCy first (a second) would leave every core but one idle; each worker
    # loads it in the background while Tesseract reads its first page (see _init_worker)

    def report(rep: FileReport) -> None:
        _account(summary, rep)
        progress.update(rep)
        if on_report:
            on_report(rep)

    queue = _page_queue(paths, files, report)
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
    progress.close()
    summary.seconds = time.monotonic() - start
    return summary


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
        report(FileReport(path, error=state.error[0], exit_code=state.error[1]))
        return
    order = sorted(state.pages)
    fut = pool.submit(finish_job, path, state.source, [state.pages[n][0] for n in order],
                      [state.pages[n][1] for n in order], out_dir, requester or {})
    pending[fut] = ("finish", path)


def _page_queue(paths, files: dict, report):
    """Jobs in reading order: ("whole", [sources]) short files grouped until they hold RUN_PAGES pages,
    ("pages", source, [numbers]) RUN_PAGES pages of a long file; a file that cannot even be opened is
    reported at once."""
    from intake.sources import first_page_has_text, open_source

    group, group_pages = [], 0
    for path in paths:
        started = time.monotonic()
        try:
            source = open_source(path)
        except IntakeError as exc:
            exc.path = exc.path or path
            report(FileReport(path, error=exc.one_line(), exit_code=int(exc.exit_code),
                              seconds=time.monotonic() - started))
            continue
        files[path] = _Pending(source, outstanding=source.page_count)
        long = source.page_count > WHOLE_FILE_PAGES
        if whole_file(source.page_count, long and first_page_has_text(source)):
            group, group_pages = group + [source], group_pages + source.page_count
            if group_pages >= RUN_PAGES:
                yield ("whole", group)
                group, group_pages = [], 0
            continue
        for first in range(1, source.page_count + 1, RUN_PAGES):  # the opened, hashed source travels along
            yield ("pages", source, list(range(first, min(first + RUN_PAGES, source.page_count + 1))))
    if group:
        yield ("whole", group)


def _account(summary: BatchSummary, report: FileReport) -> None:
    if report.error:
        summary.failures.append((report.path, report.error))
        return
    summary.pages += report.pages
    for r in report.results:
        summary.documents[r.classification.document_type] += 1
        if r.classification.denial_type:
            summary.denials[r.classification.denial_type] += 1
        summary.papers += sum(1 for k in r.outputs if k != "calendar")


def summary_text(s: BatchSummary) -> str:
    rate = s.pages / s.seconds if s.seconds else 0.0
    lines = [f"{s.files} files, {s.pages} pages in {s.seconds:.1f}s ({rate:.2f} pages/s)"
             + (f", {s.skipped} already done" if s.skipped else "")
             + (f", {s.queued} queued for the workers" if s.queued else "")]
    if s.documents:
        lines.append("documents: " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in sorted(s.documents.items())))
    if s.denials:
        lines.append("denials: " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in sorted(s.denials.items())))
    lines.append(f"papers written: {s.papers}")
    if s.failures:
        lines.append(f"failed: {len(s.failures)}")
        lines += [f"  {reason}" for _, reason in s.failures]
    from intake.duplicates import summary_lines

    return "\n".join(lines + summary_lines(s.duplicates))
