"""What a batch says about each file and about the whole run, shared by local batches, the queue and the watcher.

`failed` is the one place an error becomes a file's report: an IntakeError keeps its one line and exit
code; anything else is a bug, logged by type only (a traceback may quote document text: debug level).
"""

from __future__ import annotations

import logging
import sys
import time
from collections import Counter
from dataclasses import dataclass, field

from intake.errors import ExitCode, IntakeError

log = logging.getLogger(__name__)


@dataclass
class FileReport:
    """One file's outcome: results, or a one-line reason; never document text in logs."""

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


def failed(path: str, exc: BaseException, where: str = "") -> FileReport:
    """A file's report from the error that stopped it. where: what was being done, for a bug's line."""
    if isinstance(exc, IntakeError):
        exc.path = exc.path or path
        return FileReport(path, error=exc.one_line(), exit_code=int(exc.exit_code))
    log.error("internal error%s (%s)", f" on {where}" if where else "", type(exc).__name__)
    log.debug("traceback", exc_info=exc)  # may quote values: debug only
    at = f" on {where}" if where else ""
    return FileReport(path, error=f"{path}: internal error{at} ({type(exc).__name__})",
                      exit_code=int(ExitCode.internal))


def account(summary: BatchSummary, report: FileReport) -> None:
    """Add one file's report to the run's summary."""
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


class Tally:
    """A run's summary and progress line, fed one file's report at a time."""

    def __init__(self, total: int, on_report=None):
        self.summary = BatchSummary(files=total)
        self.progress = Progress(total)
        self.on_report = on_report
        self.start = time.monotonic()

    def add(self, report: FileReport) -> None:
        account(self.summary, report)
        self.progress.update(report)
        if self.on_report:
            self.on_report(report)

    def close(self) -> BatchSummary:
        self.progress.close()
        self.summary.seconds = time.monotonic() - self.start
        return self.summary
