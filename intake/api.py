"""The library: every command of the CLI is one call here; the CLI only parses arguments and prints."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator

from typing import TYPE_CHECKING

from intake.errors import IntakeError, NotFoundError, UsageError
from intake.inputs import expand_inputs
from intake.model import Result
from intake.reports import BatchSummary, FileReport, failed

if TYPE_CHECKING:  # the rules load in the background while the first page is read
    import datetime as dt

    from intake.rules import RuleSet

log = logging.getLogger(__name__)
__all__ = ["add_records", "answered_requests", "batch", "build_packet", "build_rules", "case_desk", "check_all",
           "check_rules", "correct", "document", "documents", "expand_inputs", "export", "followup", "list_records",
           "list_requests", "mark_record", "move_record", "process_file", "process_files", "purge", "queue_retry",
           "queue_status", "request_extended", "request_received", "request_sent", "today_or", "upgrade_db", "watch",
           "worker"]


def process_file(path: str, rules: RuleSet | None = None, out_dir: str | None = None,
                 requester: dict | None = None) -> list[Result]:
    """Read one file into results; with out_dir, write each denial's papers there. Raises IntakeError."""
    from intake.papers import write_papers
    from intake.pipeline import run

    results = run(path, rules, read_ahead=(os.cpu_count() or 1) > 1)  # one file at a time: a core to spare
    if out_dir:
        write_papers(results, out_dir, requester or {})
    return results


def process_files(paths: Iterable[str], rules: RuleSet | None = None, out_dir: str | None = None,
                  requester: dict | None = None) -> Iterator[FileReport]:
    """intake process: files one after another; a bad file's report carries its reason, the rest go on."""
    for path in expand_inputs(paths):
        try:
            results = process_file(path, rules, out_dir, requester)
        except IntakeError as exc:
            log.info("file failed: %s (exit code %d)", type(exc).__name__, exc.exit_code)
            yield failed(path, exc)
            continue
        yield FileReport(path, results, len({p for r in results for p in r.pages}))


def batch(paths: Iterable[str], db_url: str | None = None, jobs: int | None = None, out_dir: str | None = None,
          requester: dict | None = None, force: bool = False, broker: str | None = None, store: str | None = None,
          wait: bool = True, on_report=None) -> BatchSummary:
    """intake batch: into the case database, read here (worker processes) or by queue workers (broker)."""
    from intake.dist.config import broker_url

    if not wait and out_dir:
        raise UsageError("--out and --json-out need the batch to wait for its results (drop --no-wait)")
    files = list(expand_inputs(paths))
    if broker_url(broker):
        from intake.dist.producer import queued_batch

        return queued_batch(files, broker_url(broker), db_url=db_url, store=store, out_dir=out_dir,
                            requester=requester, force=force, wait=wait, on_report=on_report)
    from intake.mailroom import stored_batch

    return stored_batch(files, db_url=db_url, jobs=jobs, out_dir=out_dir, requester=requester, force=force,
                        on_report=on_report)


def watch(inbox: str, archive: str | None = None, failed_dir: str | None = None, out_dir: str | None = None,
          db_url: str | None = None, requester: dict | None = None, settle: float = 2.0, interval: float = 1.0,
          once: bool = False, broker: str | None = None, store: str | None = None) -> int:
    """intake watch: until stopped (or, once, until the inbox is empty); returns the files handled."""
    from intake.dist.config import broker_url
    from intake.watch import Watcher

    w = Watcher(inbox, archive, failed_dir, out_dir, db_url, requester, settle, interval, broker=broker_url(broker),
                store=store)
    return w.run(once=once)


def documents(db_url: str | None = None, **filters) -> list[dict]:
    from intake.db import repo
    from intake.db.engine import open_db

    return repo.list_documents(open_db(db_url), filters.get("type_"), filters.get("denial"), filters.get("since"),
                               filters.get("until"), filters.get("status"))


def document(doc_id: int, db_url: str | None = None) -> dict:
    from intake.db import repo
    from intake.db.engine import open_db

    doc = repo.get_document(open_db(db_url), doc_id)
    if doc is None:
        raise NotFoundError(f"no document with id {doc_id}")
    doc["requests"] = list_requests(db_url, document_id=doc_id)
    return doc


def correct(doc_id: int, field: str, value: str, out_dir: str | None = None, db_url: str | None = None) -> int:
    """intake fix: the correction kept beside the extracted value; returns how many papers were rewritten."""
    from intake.db.engine import open_db
    from intake.mailroom import correct as correct_in

    return correct_in(open_db(db_url), doc_id, field, value, out_dir)


def export(fmt: str, db_url: str | None = None) -> str:
    from intake.db import repo
    from intake.db.engine import open_db

    if fmt not in ("csv", "json"):
        raise UsageError("--format must be csv or json")
    return repo.export(open_db(db_url), fmt)


def purge(member: str, db_url: str | None = None) -> tuple[int, int]:
    """Everything about one client: (documents, paper files) removed."""
    from intake.db import repo
    from intake.db.engine import open_db

    return repo.purge_member(open_db(db_url), member)


def upgrade_db(db_url: str | None = None) -> str:
    """Create or migrate the schema; returns the database URL without its password."""
    from intake.db.engine import open_db, safe

    return safe(str(open_db(db_url).url))


def worker(broker: str | None, db_url: str | None, concurrency: int | None, name: str | None, verbose: int) -> None:
    from intake.dist import worker as dist_worker
    from intake.dist.config import broker_url

    url = broker_url(broker)
    if not url:
        raise UsageError("intake worker needs --broker or INTAKE_BROKER_URL")
    dist_worker.start(url, db_url, concurrency, name, verbose)


def queue_status(db_url: str | None = None, window: float = 300.0) -> dict:
    from intake.db.engine import open_db
    from intake.dist.status import queue_status as status

    return status(open_db(db_url), window)


def queue_retry(broker: str | None, db_url: str | None = None) -> tuple[int, int]:
    """Failed files whose originals are still stored, sent again: (jobs sent, failed files no longer stored)."""
    from intake.db.engine import open_db
    from intake.dist.config import broker_url
    from intake.dist.producer import connect
    from intake.dist.status import retry_failed
    from intake.dist.tasks import send_jobs

    url = broker_url(broker)
    if not url:
        raise UsageError("use: intake queue retry --failed --broker URL (or INTAKE_BROKER_URL)")
    app = connect(url)
    ids, left = retry_failed(open_db(db_url))
    send_jobs(app, ids)
    return len(ids), left


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


def check_all(rules_dir: str | None = None, templates: str | None = None, config: str | None = None):
    """intake rules check: the rule files, the templates' data (legal.yaml, checklists.yaml) and papers
    of every language, and a requester profile when one is named; returns (rules, template folders)."""
    from intake.papers.profile import load_requester
    from intake.papers.templates import check_templates

    rules = check_rules(rules_dir)
    requester = load_requester(config, {}) if config else {}
    return rules, check_templates(templates or requester.get("templates"))


def build_rules(rules_dir: str | None = None, target: str | None = None) -> list:
    """The spaCy pipelines in models/, built from checked rules; returns the paths written."""
    from pathlib import Path

    from intake.nlp import save_pipelines

    return save_pipelines(check_rules(rules_dir), Path(target) if target else None)


# --- after the requests: tracking, follow-ups, records, the packet (intake/records/) ---


def today_or(date: str | None, option: str = "--date") -> "dt.date":
    """--date (or --until) or INTAKE_TODAY (to replay a case's calendar), else today. A date that is not
    YYYY-MM-DD is a usage error: found before the database is opened."""
    import datetime as dt

    raw, named = (date, option) if date else (os.environ.get("INTAKE_TODAY"), "INTAKE_TODAY")
    try:
        return dt.date.fromisoformat(raw) if raw else dt.date.today()
    except ValueError:
        raise UsageError(f"{named} must be a date as YYYY-MM-DD, not {raw!r}") from None


def _engine(db: str | None):
    from intake.db.engine import open_db

    return open_db(db)


def list_requests(db: str | None = None, date: str | None = None, overdue: bool = False,
                  case_id: int | None = None, document_id: int | None = None) -> list[dict]:
    """intake requests: each request written for a case with its status as of date."""
    from intake.records.requests import list_requests as rows

    today = today_or(date)
    return rows(_engine(db), today, overdue, case_id, document_id)


def request_sent(request_id: int, via: str, date: str | None = None, db: str | None = None) -> dict:
    from intake.records.requests import mark_sent

    today = today_or(date)
    return mark_sent(_engine(db), request_id, today, via)


def request_received(request_id: int, partial: bool = False, date: str | None = None, db: str | None = None) -> dict:
    from intake.records.requests import mark_received

    today = today_or(date)
    return mark_received(_engine(db), request_id, today, complete=not partial)


def request_extended(request_id: int, until: str | None = None, date: str | None = None,
                     db: str | None = None) -> dict:
    from intake.records.requests import mark_extended

    new_due, today = (today_or(until, "--until") if until else None), today_or(date)
    return mark_extended(_engine(db), request_id, new_due, today)


def followup(request_id: int, date: str | None = None, requester: dict | None = None, out_dir: str | None = None,
             db: str | None = None) -> dict:
    """intake followup: the letter for a request that went unanswered; {"pdf", "docx", "request"}."""
    from intake.records.followup import write_followup

    today = today_or(date)
    return write_followup(_engine(db), request_id, today, requester, out_dir)


def add_records(case_id: int, paths: Iterable[str], db: str | None = None, on_added=None) -> list:
    """intake records add: one record per file (folders walked like process's); a bad file is reported
    through on_added and the others go on."""
    from intake.records.ingest import add_records as add

    return add(_engine(db), case_id, list(expand_inputs(paths)), on_added=on_added)


def answered_requests(case_id: int, added: list, db: str | None = None) -> list[int]:
    """The case's sent claim-file requests a claim file among the added records may answer: the user is
    told to mark them (intake does not guess that the file is complete)."""
    if not any(a.kind == "claim_file" and not a.error for a in added):
        return []
    return [r["id"] for r in list_requests(db, case_id=case_id)
            if r["kind"] == "claim_file" and r["status"] in ("sent", "overdue")]


def list_records(case_id: int, db: str | None = None) -> list[dict]:
    from intake.records.ingest import list_records as rows

    return rows(_engine(db), case_id)


def mark_record(record_id: int, relevant: bool | None = None, kind: str | None = None,
                position: int | None = None, db: str | None = None) -> dict:
    from intake.records.ingest import mark

    return mark(_engine(db), record_id, relevant, kind, position)


def move_record(record_id: int, step: int, db: str | None = None) -> list[dict]:
    """One place up (-1) or down (+1) in the packet's order; from then on every record of the case has its
    explicit position (so the order shown is the order printed)."""
    from intake.records.ingest import move

    return move(_engine(db), record_id, step)


def reorder_records(case_id: int, record_ids: list[int], db: str | None = None) -> list[dict]:
    """The case's records in a new order, all at once (the case page's drag and drop): each of the case's
    records exactly once, or nothing changes."""
    from intake.records.ingest import reorder

    return reorder(_engine(db), case_id, list(record_ids))


def case_desk(case_id: int, date: str | None = None, db: str | None = None) -> dict:
    """What the review page shows of a case: its requests with their status and its records in packet order."""
    from intake.records.ingest import case_records

    records = case_records(_engine(db), case_id)
    return {"id": case_id, "requests": list_requests(db, date, case_id=case_id), "records": records}


def build_packet(case_id: int, out_dir: str, include_all: bool = False, denial_file: str | None = None,
                 lang: str | None = None, date: str | None = None, db: str | None = None):
    """intake packet: cover, timeline, contents and stamped exhibits in one PDF, plus the filled checklist."""
    from intake.records.packet import build_packet as build

    today = today_or(date)
    return build(_engine(db), case_id, out_dir, include_all, denial_file, lang, today)


# --- the review desk (intake serve calls these; so can any other front end) ---


def correct_fact(engine, doc_id: int, field: str, value: str, author: str | None = None) -> None:
    """A person's fix, kept beside the extracted value exactly as `intake fix` keeps it, with who made it."""
    from intake.desk import correct_fact as fix

    fix(engine, doc_id, field, value, author or "api")


def write_document_papers(engine, doc_id: int, papers_dir: str) -> int:
    """One stored document's papers, (re)written with its fixes and its case's requester profile."""
    from intake.desk import write_document_papers as write

    return write(engine, doc_id, papers_dir)


def process_uploads(files: list[tuple[str, bytes]], db_url: str | None, upload_dir: os.PathLike) -> list:
    """(name, bytes) pairs through `intake batch`'s own path; each outcome has its documents or its reason."""
    from intake.desk import process_uploads as run

    return run(files, db_url, upload_dir)
