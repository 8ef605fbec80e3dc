"""The library: everything the CLI does is a call here (process files, write papers, check rules)."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from typing import TYPE_CHECKING

from intake.errors import IntakeError, OutputError
from intake.model import Result

if TYPE_CHECKING:  # the rules load in the background while the first page is read
    from intake.rules import RuleSet

log = logging.getLogger(__name__)
SUPPORTED = {".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff"}
SKIP_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}


@dataclass
class FileOutcome:
    path: str
    results: list[Result]
    error: IntakeError | None = None


def expand_inputs(paths: Iterable[str]) -> Iterator[str]:
    """Files as given; folders walked in name order for supported files, system clutter skipped."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                if f.is_file() and f.suffix.lower() in SUPPORTED and f.name not in SKIP_NAMES and not any(
                        part.startswith((".", "@eaDir")) for part in f.relative_to(path).parts):
                    yield str(f)
        else:
            yield p


def process_file(path: str, rules: RuleSet | None = None, out_dir: str | None = None,
                 requester: dict | None = None) -> list[Result]:
    """Read one file into results; with out_dir, write each denial's papers there. Raises IntakeError."""
    from intake.pipeline import run

    results = run(path, rules, read_ahead=(os.cpu_count() or 1) > 1)  # one file at a time: a core to spare
    if out_dir:
        write_papers(results, out_dir, requester or {})
    return results


def process_files(paths: Iterable[str], rules: RuleSet | None = None, out_dir: str | None = None,
                  requester: dict | None = None) -> Iterator[FileOutcome]:
    """A batch goes on past a bad file: each outcome carries its results or its error."""
    for path in expand_inputs(paths):
        try:
            yield FileOutcome(path, process_file(path, rules, out_dir, requester))
        except IntakeError as exc:
            if exc.path is None:
                exc.path = path
            log.info("file failed: %s (exit code %d)", type(exc).__name__, exc.exit_code)
            yield FileOutcome(path, [], exc)


def private_dir(path: str | Path) -> Path:
    """Folders we create hold health information: 0700."""
    path = Path(path)
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(path, 0o700)
    except OSError as exc:
        raise OutputError(f"cannot create output folder ({exc.strerror})", str(path)) from None
    return path


def write_papers(results: list[Result], out_dir: str, requester: dict) -> None:
    from intake.papers import write_for_result

    base = private_dir(out_dir)
    for i, result in enumerate(results):
        write_for_result(result, base, requester, index=i if len(results) > 1 else None)


def check_rules(rules_dir: str | None = None) -> RuleSet:
    from intake.rules import load_rules

    return load_rules(rules_dir)


# --- the review desk (intake serve calls these; so can any other front end) ---


def correct_fact(engine, doc_id: int, field: str, value: str, author: str | None = None) -> None:
    """A person's fix, kept beside the extracted value exactly as `intake fix` keeps it, with who made it."""
    from intake.desk import correct_fact as fix

    fix(engine, doc_id, field, value, author or "api")


def write_document_papers(engine, doc_id: int, papers_dir: str) -> int:
    """One stored document's papers, (re)written with its fixes and its case's requester profile."""
    from intake.desk import write_document_papers as write

    return write(engine, doc_id, papers_dir)


def process_uploads(files: list[tuple[str, bytes]], db_url: str | None, upload_dir: Path) -> list:
    """(name, bytes) pairs through `intake batch`'s own path; each outcome has its documents or its reason."""
    from intake.desk import process_uploads as run

    return run(files, db_url, upload_dir)
