"""Requests as a case goes on: written, sent (when, how), received (whole or in part), overdue by the rule.

Records: 30 days from receipt, one written extension of up to 30 more (45 CFR 164.524(b)(2)). The claim
file: no response time for it is verified in FACTS.md for any plan type, so intake reminds at 30 days and
says that this is a practice, not a legal limit."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from intake.db.models import DocumentRow, PaperRow, RequestRow
from intake.errors import InputFileError, NotFoundError

RECORDS_DAYS = 30  # 45 CFR 164.524(b)(2)(i)
EXTENSION_DAYS = 30  # 45 CFR 164.524(b)(2)(ii): once, in writing
CLAIM_FILE_REMINDER_DAYS = 30  # intake's own reminder: no verified limit
VIA = ("mail", "fax", "portal", "email")
CALL_DAYS = (7, 10)


class RequestNotFound(NotFoundError):
    """No such request (exit code 2, like every unknown ID)."""


class BadRequestChange(InputFileError):
    """A status change that does not fit where the request stands (exit code 3)."""


def due_date(kind: str, sent_on: str | None, extended_to: str | None = None) -> dt.date | None:
    """Pure: when a sent request should have been answered."""
    if not sent_on:
        return None
    if extended_to:
        return dt.date.fromisoformat(extended_to)
    days = RECORDS_DAYS if kind == "records" else CLAIM_FILE_REMINDER_DAYS
    return dt.date.fromisoformat(sent_on) + dt.timedelta(days=days)


def state(status: str, kind: str, sent_on: str | None, extended_to: str | None, today: dt.date) -> str:
    """Pure: written | sent | overdue | received (overdue is a sent request past its due date)."""
    due = due_date(kind, sent_on, extended_to)
    if status == "sent" and due is not None and today > due:
        return "overdue"
    return status


def recipient_of(paper_kind: str, result: dict, docx: Path | None) -> str:
    """The insurer for the claim file; a records request's provider from its own paper."""
    fields = result.get("fields", {})
    if paper_kind == "claim_file_request":
        return fields.get("insurer") or "the insurer"
    if docx is not None and docx.exists():
        found = _addressee(docx)
        if found:
            return found
    return fields.get("provider") or paper_kind


def _addressee(docx: Path) -> str | None:
    """The line above 'Attention:' in the request the template wrote."""
    from docx import Document

    lines = [line.strip() for p in Document(str(docx)).paragraphs for line in p.text.splitlines()]
    for i, line in enumerate(lines):
        if re.match(r"(Attention|Atención|Atencion):", line) and i > 0 and lines[i - 1]:
            return lines[i - 1]
    return None


def sync(s: Session, doc: DocumentRow) -> list[RequestRow]:
    """Every request paper written for this document has its request row (papers come from process,
    batch, watch or fix; the rows follow whichever wrote them)."""
    from intake.db.repo import current_result

    have = {r.paper_kind: r for r in s.scalars(select(RequestRow).where(RequestRow.document_id == doc.id))}
    for paper in doc.papers:
        if paper.kind != "claim_file_request" and not paper.kind.startswith("records_request"):
            continue
        row = have.get(paper.kind)
        if row is None:
            row = RequestRow(document_id=doc.id, paper_kind=paper.kind,
                             kind="claim_file" if paper.kind == "claim_file_request" else "records",
                             recipient=recipient_of(paper.kind, current_result(doc),
                                                    Path(paper.path).with_suffix(".docx"))[:512],
                             status="written", written_on=paper.created_at.date().isoformat())
            s.add(row)
            have[paper.kind] = row
        row.case_id = doc.case_id
    s.flush()
    return sorted(have.values(), key=lambda r: r.id)


def view(r: RequestRow, today: dt.date) -> dict:
    due = due_date(r.kind, r.sent_on, r.extended_to)
    return {"id": r.id, "document": r.document_id, "case": r.case_id, "kind": r.kind, "recipient": r.recipient,
            "paper": r.paper_kind, "status": state(r.status, r.kind, r.sent_on, r.extended_to, today),
            "written_on": r.written_on, "sent_on": r.sent_on, "via": r.via, "due": due.isoformat() if due else None,
            "extended_to": r.extended_to, "received_on": r.received_on, "complete": r.complete,
            "followup": r.followup_path}


def list_requests(engine: Engine, today: dt.date, overdue: bool = False, case_id: int | None = None,
                  document_id: int | None = None) -> list[dict]:
    """Rows are made on first sight of a paper; two processes looking at once: the loser looks again."""
    from sqlalchemy.exc import IntegrityError

    try:
        return _list(engine, today, overdue, case_id, document_id)
    except IntegrityError:
        return _list(engine, today, overdue, case_id, document_id)


def _list(engine: Engine, today: dt.date, overdue: bool, case_id: int | None, document_id: int | None) -> list[dict]:
    with Session(engine) as s, s.begin():
        q = select(DocumentRow).where(DocumentRow.id.in_(select(PaperRow.document_id))).order_by(DocumentRow.id)
        if case_id is not None:
            _known_case(s, case_id)
            q = q.where(DocumentRow.case_id == case_id)
        if document_id is not None:
            q = q.where(DocumentRow.id == document_id)
        rows = [r for doc in s.scalars(q) for r in sync(s, doc)]
        out = [view(r, today) for r in rows]
    return [r for r in out if r["status"] == "overdue"] if overdue else out


def _known_case(s: Session, case_id: int) -> None:
    """`--case 999` is a typing mistake, not a case without requests: said so, like every unknown ID."""
    from intake.db.models import CaseRow
    from intake.records.ingest import CaseNotFound

    if s.get(CaseRow, case_id) is None:
        raise CaseNotFound(f"no case with id {case_id} (intake list shows each document's case)")


def _get(s: Session, request_id: int) -> RequestRow:
    row = s.get(RequestRow, request_id)
    if row is None:
        raise RequestNotFound(f"no request with id {request_id} (intake requests lists them)")
    return row


def mark_sent(engine: Engine, request_id: int, on: dt.date, via: str) -> dict:
    if via not in VIA:
        raise BadRequestChange(f"--via must be one of {', '.join(VIA)}, not {via!r}")
    with Session(engine) as s, s.begin():
        row = _get(s, request_id)
        if row.status == "received":
            raise BadRequestChange(f"request {request_id} was already received on {row.received_on}")
        row.status, row.sent_on, row.via, row.extended_to = "sent", on.isoformat(), via, None
        data = view(row, on)
    _refresh_calendar(engine, data["document"])
    return data


def mark_received(engine: Engine, request_id: int, on: dt.date, complete: bool = True) -> dict:
    with Session(engine) as s, s.begin():
        row = _get(s, request_id)
        row.status, row.received_on, row.complete = "received", on.isoformat(), complete
        if not row.sent_on:
            row.sent_on = row.written_on
        data = view(row, on)
    _refresh_calendar(engine, data["document"])
    return data


def mark_extended(engine: Engine, request_id: int, until: dt.date | None, today: dt.date) -> dict:
    """The one written extension a records request may get: at most 30 days past the first due date."""
    with Session(engine) as s, s.begin():
        row = _get(s, request_id)
        if row.kind != "records" or row.status != "sent":
            raise BadRequestChange(f"request {request_id}: only a sent records request can be extended")
        if row.extended_to:
            raise BadRequestChange(f"request {request_id} was already extended once (the rule allows one)")
        first = due_date(row.kind, row.sent_on)
        latest = first + dt.timedelta(days=EXTENSION_DAYS)
        until = until or latest
        if until > latest:
            raise BadRequestChange(f"an extension may add at most {EXTENSION_DAYS} days (to {latest})")
        row.extended_to = until.isoformat()
        data = view(row, today)
    _refresh_calendar(engine, data["document"])
    return data


def _refresh_calendar(engine: Engine, document_id: int) -> None:
    """deadlines.ics beside the papers follows the requests: call and due dates from the day each was sent."""
    from intake.records.calendar import write_calendar

    write_calendar(engine, document_id)
