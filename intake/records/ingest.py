"""Take in what comes back: read each record the way letters are read, sort it, mark its bearing, keep it."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from intake.db.models import CaseRow, DocumentRow, RecordRow
from intake.errors import IntakeError, InputFileError, NotFoundError, UsageError
from intake.records.classify import read_record
from intake.records.relevance import relevance
from intake.records.rules import RecordsFile, cached_record_rules

log = logging.getLogger(__name__)


class CaseNotFound(NotFoundError):
    """No such case in the database (exit code 2, like every unknown ID)."""


class RecordNotFound(NotFoundError):
    """No such record (exit code 2)."""


class BadOrder(UsageError):
    """A new order of the records that is not a permutation of them."""


@dataclass
class Added:
    path: str
    record_id: int | None = None
    kind: str = ""
    dates: list | None = None
    pages: int = 0
    relevant: bool = True
    ocr_pages: int = 0
    error: IntakeError | None = None
    duplicate: bool = False


def denial_document(s: Session, case_id: int) -> DocumentRow:
    """The case's denial: a denial letter first, else any document that denies something, earliest first."""
    if s.get(CaseRow, case_id) is None:
        raise CaseNotFound(f"no case with id {case_id} (intake list shows each document's case)")
    docs = list(s.scalars(select(DocumentRow).where(DocumentRow.case_id == case_id).order_by(DocumentRow.id)))
    for pick in (lambda d: d.document_type == "denial_letter", lambda d: d.denial_type is not None,
                 lambda d: True):
        found = [d for d in docs if pick(d)]
        if found:
            return found[0]
    raise CaseNotFound(f"case {case_id} has no documents")


def denial_facts(doc: DocumentRow) -> dict:
    from intake.db.repo import current_result

    return current_result(doc)


def checklist_for(result: dict, templates_dir: str | None = None) -> list[str]:
    from intake.papers.templates import load_templates

    lang = result.get("language") if result.get("language") in ("en", "es") else "en"
    return load_templates(templates_dir, lang).checklist(result.get("denial_type") or "other")


def read_text(path: str):
    """The letters' reading path (the one page reader): text layer first, Tesseract only on pages without
    one. The first page that cannot be read stops the file, like a letter's."""
    from intake.reader import read_pages
    from intake.sources import open_source

    source = open_source(path)
    texts, methods = [], []
    for page in read_pages([(source, n) for n in range(1, source.page_count + 1)]):
        if isinstance(page, IntakeError):
            page.path = page.path or path
            raise page
        texts.append(page.text)
        methods.append(page.method)
    return source, "\n".join(texts), methods


def add_records(engine: Engine, case_id: int, paths: list[str], rules: RecordsFile | None = None,
                templates_dir: str | None = None, on_added=None) -> list[Added]:
    """One record per file; a bad file is reported and the others go on. The same content twice in a
    case is kept once."""
    from intake.records.store import keep

    rules = rules or cached_record_rules()
    with Session(engine) as s:
        doc = denial_document(s, case_id)
        result = denial_facts(doc)
        _keep_denial(doc)
    checklist = checklist_for(result, templates_dir)
    out = []
    for path in paths:
        try:
            source, text, methods = read_text(path)
            facts = read_record(text, rules)
            log.debug("record kind %s from cues %s", facts.kind, facts.cues)
            bears, reasons = relevance(facts.kind, facts.service_dates, facts.author, result["fields"], checklist,
                                       rules)
            original = keep(source)
            added = _save(engine, case_id, source, original, facts, bears, reasons, methods)
        except IntakeError as exc:
            exc.path = exc.path or path
            added = Added(path, error=exc)
        out.append(added)
        if on_added:
            on_added(added)
    return out


def _keep_denial(doc) -> None:
    """Take the denial letter's original in while it is still where it was read from (the store keeps only
    its hash); the packet needs its pages. Not there any more: the packet asks for --denial then."""
    from intake.records.packet import denial_original

    try:
        denial_original(doc)
    except InputFileError:
        log.debug("denial original not found at its first path; the packet will ask for it")


def _save(engine, case_id, source, original, facts, bears, reasons, methods) -> Added:
    from pathlib import Path

    with Session(engine) as s, s.begin():
        old = s.scalars(select(RecordRow).where(RecordRow.case_id == case_id,
                                                RecordRow.sha256 == source.sha256)).first()
        if old is not None:
            return Added(source.path, old.id, old.kind, old.service_dates, old.pages, old.relevant,
                         duplicate=True)
        row = RecordRow(case_id=case_id, sha256=source.sha256, name=Path(source.path).name, original=str(original),
                        pages=source.page_count, kind=facts.kind, service_dates=facts.service_dates,
                        author=facts.author, relevant=bears, reasons=reasons, methods=methods, position=0)
        s.add(row)
        s.flush()
        return Added(source.path, row.id, row.kind, row.service_dates, row.pages, row.relevant,
                     sum(m == "ocr" for m in methods))


def list_records(engine: Engine, case_id: int) -> list[dict]:
    with Session(engine) as s:
        denial_document(s, case_id)
        rows = s.scalars(select(RecordRow).where(RecordRow.case_id == case_id).order_by(RecordRow.id))
        return [record_view(r) for r in rows]


def record_view(r: RecordRow) -> dict:
    return {"id": r.id, "name": r.name, "kind": r.kind, "service_dates": list(r.service_dates), "author": r.author,
            "pages": r.pages, "relevant": r.relevant, "reasons": list(r.reasons), "position": r.position,
            "original": r.original}


def mark(engine: Engine, record_id: int, relevant: bool | None = None, kind: str | None = None,
         position: int | None = None) -> dict:
    """The advocate decides: relevance, kind and order can be set by hand."""
    from intake.records.rules import KINDS

    if kind is not None and kind not in KINDS:
        raise InputFileError(f"unknown record kind {kind!r}; kinds are: {', '.join(KINDS)}")
    with Session(engine) as s, s.begin():
        row = s.get(RecordRow, record_id)
        if row is None:
            raise RecordNotFound(f"no record with id {record_id} (intake records list CASE shows them)")
        if relevant is not None:
            row.relevant = relevant
            row.reasons = [*row.reasons, "marked by hand: " + ("relevant" if relevant else "not relevant")]
        if kind is not None:
            row.kind = kind
        if position is not None:
            row.position = position
        return record_view(row)


def case_records(engine: Engine, case_id: int) -> list[dict]:
    """The case's records in the packet's order (relevant or not: the advocate sees them all)."""
    from intake.records.plan import order_records

    return order_records(list_records(engine, case_id), include_all=True)[0]


def moved(ids: list[int], record_id: int, step: int) -> list[int]:
    """Pure: the order with one record swapped with its neighbour; at either end nothing moves."""
    i = ids.index(record_id)
    j = i + step
    if not 0 <= j < len(ids):
        return list(ids)
    out = list(ids)
    out[i], out[j] = out[j], out[i]
    return out


def move(engine: Engine, record_id: int, step: int) -> list[dict]:
    """Up or down one place; every record of the case is numbered 1..n in the new order."""
    from intake.records.plan import order_records

    with Session(engine) as s, s.begin():
        row = s.get(RecordRow, record_id)
        if row is None:
            raise RecordNotFound(f"no record with id {record_id} (intake records list CASE shows them)")
        rows = {r.id: r for r in s.scalars(select(RecordRow).where(RecordRow.case_id == row.case_id))}
        now = [r["id"] for r in order_records([record_view(r) for r in rows.values()], include_all=True)[0]]
        order = moved(now, record_id, 1 if step > 0 else -1)
        for n, rid in enumerate(order, start=1):
            rows[rid].position = n
        return [record_view(rows[rid]) for rid in order]


def case_of_record(engine: Engine, record_id: int) -> int | None:
    with Session(engine) as s:
        row = s.get(RecordRow, record_id)
        return row.case_id if row else None


def check_order(now: list[int], wanted: list[int]) -> None:
    """Pure: a new order must name each of the case's records once, no more and no others (a page older
    than a record added since is refused rather than guessed at)."""
    if sorted(wanted) != sorted(now) or len(set(wanted)) != len(wanted):
        raise BadOrder("the order must list each of the case's records once; reload the page and try again")


def reorder(engine: Engine, case_id: int, wanted: list[int]) -> list[dict]:
    """The whole order at once (drag and drop on the case page): positions 1..n as given."""
    with Session(engine) as s, s.begin():
        denial_document(s, case_id)
        rows = {r.id: r for r in s.scalars(select(RecordRow).where(RecordRow.case_id == case_id))}
        check_order(list(rows), wanted)
        for n, rid in enumerate(wanted, start=1):
            rows[rid].position = n
        return [record_view(rows[rid]) for rid in wanted]
