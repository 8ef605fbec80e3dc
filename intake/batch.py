"""Many files at once: one worker process per core, each with rules and spaCy loaded once, Tesseract single-threaded."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field

from intake.errors import IntakeError

log = logging.getLogger(__name__)


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

    @property
    def failed(self) -> bool:
        return bool(self.failures)


_WORKER: dict = {}


def _preload() -> None:
    """Load rules and spaCy once in the parent: forked workers inherit them instead of each loading its own."""
    from intake.nlp import pipeline
    from intake.rules import cached_rules

    pipeline(cached_rules(), "en")


def _init_worker(out_dir: str | None, requester: dict) -> None:
    os.environ["OMP_THREAD_LIMIT"] = "1"
    from intake.nlp import pipeline
    from intake.rules import cached_rules

    rules = cached_rules()
    pipeline(rules, "en")
    _WORKER.update(rules=rules, out_dir=out_dir, requester=requester)


def process_one(path: str) -> FileReport:
    """Runs in a worker: the whole file, its papers too; errors come back as values."""
    from intake.api import process_file

    start = time.monotonic()
    try:
        results = process_file(path, _WORKER.get("rules"), _WORKER.get("out_dir"), _WORKER.get("requester") or {})
        pages = len({p for r in results for p in r.pages})
        return FileReport(path, results, pages, seconds=time.monotonic() - start)
    except IntakeError as exc:
        exc.path = exc.path or path
        return FileReport(path, error=exc.one_line(), exit_code=int(exc.exit_code), seconds=time.monotonic() - start)
    except Exception as exc:  # noqa: BLE001 - a bug on one file must not stop the batch
        log.exception("internal error on a file")
        return FileReport(path, error=f"{path}: internal error ({type(exc).__name__})", exit_code=15)


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


def run_batch(paths: list[str], jobs: int | None = None, out_dir: str | None = None, requester: dict | None = None,
              on_report=None) -> BatchSummary:
    """Files are shared out to a pool; results are handed to on_report in the parent as they finish."""
    jobs = max(1, jobs or os.cpu_count() or 1)
    summary = BatchSummary(files=len(paths))
    if paths:
        _preload()
    progress = Progress(len(paths))
    start = time.monotonic()
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(out_dir, requester or {})) as pool:
        pending: set[Future] = set()
        todo = iter(paths)
        for path in todo:  # keep the queue short: a few files per worker at a time
            pending.add(pool.submit(process_one, path))
            if len(pending) >= jobs * 2:
                break
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                report = fut.result()
                _account(summary, report)
                progress.update(report)
                if on_report:
                    on_report(report)
                nxt = next(todo, None)
                if nxt is not None:
                    pending.add(pool.submit(process_one, nxt))
    progress.close()
    summary.seconds = time.monotonic() - start
    return summary


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
             + (f", {s.skipped} already done" if s.skipped else "")]
    if s.documents:
        lines.append("documents: " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in sorted(s.documents.items())))
    if s.denials:
        lines.append("denials: " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in sorted(s.denials.items())))
    lines.append(f"papers written: {s.papers}")
    if s.failures:
        lines.append(f"failed: {len(s.failures)}")
        lines += [f"  {reason}" for _, reason in s.failures]
    return "\n".join(lines)
