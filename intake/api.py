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
    """Every rule file, records.yaml and notice_requirements.yaml included (each loaded on its own: the
    classifier's digest ignores them)."""
    from intake.notice.rules import load_notice_rules
    from intake.records.rules import load_record_rules
    from intake.rules import load_rules

    rules = load_rules(rules_dir)
    load_record_rules(rules_dir)
    load_notice_rules(rules_dir)
    return rules


# --- after the requests: tracking, follow-ups, records, the packet (intake/records/) ---


def today_or(date: str | None) -> "dt.date":
    """--date or INTAKE_TODAY (to replay a case's calendar), else today."""
    import datetime as dt

    raw = date or os.environ.get("INTAKE_TODAY")
    try:
        return dt.date.fromisoformat(raw) if raw else dt.date.today()
    except ValueError:
        from intake.errors import InputFileError

        raise InputFileError(f"a date must be YYYY-MM-DD, not {raw!r}") from None


def _engine(db: str | None):
    from intake.db.engine import open_db

    return open_db(db)


def list_requests(db: str | None = None, date: str | None = None, overdue: bool = False,
                  case_id: int | None = None, document_id: int | None = None) -> list[dict]:
    from intake.records.requests import list_requests as rows

    return rows(_engine(db), today_or(date), overdue, case_id, document_id)


def request_sent(request_id: int, via: str, date: str | None = None, db: str | None = None) -> dict:
    from intake.records.requests import mark_sent

    return mark_sent(_engine(db), request_id, today_or(date), via)


def request_received(request_id: int, partial: bool = False, date: str | None = None, db: str | None = None) -> dict:
    from intake.records.requests import mark_received

    return mark_received(_engine(db), request_id, today_or(date), complete=not partial)


def request_extended(request_id: int, until: str | None = None, date: str | None = None,
                     db: str | None = None) -> dict:
    from intake.records.requests import mark_extended

    return mark_extended(_engine(db), request_id, today_or(until) if until else None, today_or(date))


def followup(request_id: int, date: str | None = None, requester: dict | None = None, out_dir: str | None = None,
             db: str | None = None) -> dict:
    from intake.records.followup import write_followup

    return write_followup(_engine(db), request_id, today_or(date), requester, out_dir)


def add_records(case_id: int, paths: Iterable[str], db: str | None = None, on_added=None) -> list:
    from intake.records.ingest import add_records as add

    return add(_engine(db), case_id, list(expand_inputs(paths)), on_added=on_added)


def list_records(case_id: int, db: str | None = None) -> list[dict]:
    from intake.records.ingest import list_records as rows

    return rows(_engine(db), case_id)


def mark_record(record_id: int, relevant: bool | None = None, kind: str | None = None,
                position: int | None = None, db: str | None = None) -> dict:
    from intake.records.ingest import mark

    return mark(_engine(db), record_id, relevant, kind, position)


def build_packet(case_id: int, out_dir: str, include_all: bool = False, denial_file: str | None = None,
                 lang: str | None = None, date: str | None = None, db: str | None = None):
    from intake.records.packet import build_packet as build

    return build(_engine(db), case_id, out_dir, include_all, denial_file, lang, today_or(date))
