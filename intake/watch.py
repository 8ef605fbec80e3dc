"""Watch an inbox folder: process each file once it is stable, then archive it (or fail it, with the reason)."""

from __future__ import annotations

import logging
import os
import shutil
import signal
import time
from dataclasses import dataclass, field
from pathlib import Path

from intake.errors import InputFileError
from intake.inputs import ignored

log = logging.getLogger(__name__)


@dataclass
class StabilityTracker:
    """Pure: a file is ready when its size and modification time have not changed for `settle` seconds."""

    settle: float = 2.0
    seen: dict[str, tuple[int, float, float]] = field(default_factory=dict)  # path -> (size, mtime, since)

    def observe(self, entries: dict[str, tuple[int, float]], now: float) -> list[str]:
        ready = []
        for path, (size, mtime) in entries.items():
            old = self.seen.get(path)
            if old is None or old[0] != size or old[1] != mtime:
                self.seen[path] = (size, mtime, now)
                continue
            if size > 0 and now - old[2] >= self.settle:
                ready.append(path)
        for gone in set(self.seen) - set(entries):
            del self.seen[gone]
        return sorted(ready)

    def forget(self, path: str) -> None:
        self.seen.pop(path, None)


def scan(inbox: Path) -> dict[str, tuple[int, float]]:
    out = {}
    for root, dirs, files in os.walk(inbox):
        dirs[:] = [d for d in dirs if not ignored(Path(d))]
        for name in files:
            p = Path(root) / name
            if ignored(p.relative_to(inbox)):
                continue
            try:
                st = p.stat()
            except OSError:
                continue
            out[str(p)] = (st.st_size, st.st_mtime)
    return out


def _unique_target(folder: Path, name: str, sha: str) -> Path:
    target = folder / name
    if target.exists():
        stem, suffix = os.path.splitext(name)
        target = folder / f"{stem}-{sha[:8]}{suffix}"
    n = 1
    while target.exists():
        target = folder / f"{Path(name).stem}-{sha[:8]}-{n}{Path(name).suffix}"
        n += 1
    return target


def _move(src: Path, folder: Path, sha: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = _unique_target(folder, src.name, sha)
    shutil.move(str(src), str(target))
    return target


@dataclass
class Backoff:
    """Pure timing: a file that raised OSError is tried again after 2, 4, 8 ... polls (at most 5 minutes),
    with a warning each time, so a locked or unreadable file neither spins nor goes unnoticed."""

    interval: float = 1.0
    ceiling: float = 300.0
    tries: dict[str, tuple[int, float]] = field(default_factory=dict)  # path -> (failures, next try)

    def due(self, path: str, now: float) -> bool:
        return self.tries.get(path, (0, 0.0))[1] <= now

    def failed(self, path: str, exc: OSError, now: float) -> float:
        count = self.tries.get(path, (0, 0.0))[0] + 1
        delay = min(self.ceiling, self.interval * 2 ** count)
        self.tries[path] = (count, now + delay)
        # no file name: it may name the member; the reason and the count tell the operator enough
        log.warning("an inbox file cannot be read or moved (%s); failure %d, next try in %.0f s",
                    exc.strerror or type(exc).__name__, count, delay)
        return delay

    def forget(self, path: str) -> None:
        self.tries.pop(path, None)


class Watcher:
    """The watched folder: each settled file read once (here, or by queue workers with a broker), its
    outcome stored through the batch engine's store(), then the original archived or failed."""

    def __init__(self, inbox: str, archive: str | None = None, failed: str | None = None, out: str | None = None,
                 db_url: str | None = None, requester: dict | None = None, settle: float = 2.0,
                 interval: float = 1.0, broker: str | None = None, store: str | None = None):
        from intake.db.engine import open_db
        from intake.rules import cached_rules

        self.inbox = Path(inbox)
        if not self.inbox.is_dir():
            raise InputFileError("inbox is not a folder", inbox)
        self.archive = Path(archive) if archive else self.inbox.parent / "archive"
        self.failed = Path(failed) if failed else self.inbox.parent / "failed"
        self.out, self.requester = out, requester or {}
        self.engine = open_db(db_url)
        self.rules = cached_rules()
        self.tracker = StabilityTracker(settle)
        self.interval = interval
        self.stopping = False
        self.handled = 0
        self.submitter = None  # with a broker the workers read the files; this process only hands them out
        self.in_flight: dict[str, str] = {}  # path -> sha, sent to the workers and not finished yet
        self.backoff = Backoff(interval)
        if broker:
            from intake.dist.producer import Submitter, connect

            self.submitter = Submitter(self.engine, connect(broker), store)

    def stop(self, *_args) -> None:
        """SIGTERM and SIGINT: finish the file in hand, then stop."""
        self.stopping = True

    def run(self, once: bool = False, max_seconds: float | None = None) -> int:
        signal.signal(signal.SIGTERM, self.stop)
        signal.signal(signal.SIGINT, self.stop)
        start = time.monotonic()
        while not self.stopping:
            entries = {p: st for p, st in scan(self.inbox).items() if p not in self.in_flight}
            for path in self.tracker.observe(entries, time.monotonic()):
                if self.stopping:
                    break
                if not self.backoff.due(path, time.monotonic()):
                    continue
                try:
                    self.handle(Path(path))
                except OSError as exc:  # unreadable, locked, or the archive cannot be written: later
                    self.backoff.failed(path, exc, time.monotonic())
                else:
                    self.backoff.forget(path)
                self.tracker.forget(path)
            if self.submitter:
                self.collect()
            if once and not self.tracker.seen and not self.in_flight:
                break
            if max_seconds is not None and time.monotonic() - start > max_seconds:
                break
            time.sleep(self.interval)
        return self.handled

    def handle(self, path: Path) -> None:
        """Crash-safe order: results committed, then the original moved; a restart finishes either step."""
        from intake.api import process_file
        from intake.db import repo
        from intake.mailroom import store
        from intake.reports import FileReport, failed
        from intake.sources import sha256_of

        sha = sha256_of(path)  # an OSError goes up: the file is tried again later, with a warning
        known = repo.source_by_hash(self.engine, sha)
        if known is not None and known.status == "done":
            finishing = not (self.archive / path.name).exists() and known.name == path.name
            _move(path, self.archive if finishing else self.archive / "duplicates", sha)
            log.info("file %s: %s", sha[:12], "archived (finishing an earlier run)" if finishing else "duplicate")
            self.handled += 1
            return
        if self.submitter:
            self.send(path, sha)
            return
        try:
            report = FileReport(str(path), process_file(str(path), self.rules, self.out, self.requester))
        except Exception as exc:  # noqa: BLE001 - a bug on one file too: it goes to failed/, the mail flows on
            report = failed(str(path), exc)
        store(self.engine, str(path), sha, report, self.requester if self.out else None)
        if report.error:
            self.fail(path, sha, report.error, report.exit_code)
            return
        results = report.results
        _move(path, self.archive, sha)
        log.info("file %s: %d document(s) stored and archived", sha[:12], len(results))
        self.handled += 1

    def fail(self, path: Path, sha: str, reason: str, code: int) -> None:
        target = _move(path, self.failed, sha)
        reason_file = target.with_name(target.name + ".txt")
        fd = os.open(reason_file, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(reason.replace(str(path), target.name) + "\n")
        log.info("file %s: failed (exit code %d)", sha[:12], code)
        self.handled += 1

    def send(self, path: Path, sha: str) -> None:
        """Stored and queued; the original stays in the inbox until its results are committed."""
        from intake.mailroom import store

        report = self.submitter.submit(str(path), sha)
        if report is not None:
            store(self.engine, str(path), sha, report)
            self.fail(path, sha, report.error, report.exit_code)
            return
        self.submitter.flush()
        self.in_flight[str(path)] = sha
        log.info("file %s: sent to the workers", sha[:12])

    def collect(self) -> None:
        for report in self.submitter.collect(self.out, self.requester):
            sha = self.in_flight.pop(report.path, "")
            if report.error:
                self.fail(Path(report.path), sha, report.error, report.exit_code)
                continue
            _move(Path(report.path), self.archive, sha)
            log.info("file %s: %d document(s) stored by a worker and archived", sha[:12], len(report.results))
            self.handled += 1
