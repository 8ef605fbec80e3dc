"""What the mail room does with the database: store a file's results once, link cases, look, fix, export, purge."""

from __future__ import annotations

import csv
import io
import json
import logging
from pathlib import Path

from sqlalchemy import Engine, delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from intake.db.models import (CaseRow, CorrectionRow, DocumentRow, FieldRow, OriginalRow, PageGeometryRow, PaperRow,
                              RunRow, SourceFileRow, now)
from intake.model import FIELD_NAMES, LIST_FIELDS, Result

log = logging.getLogger(__name__)


def done_hashes(engine: Engine, hashes: list[str]) -> set[str]:
    with Session(engine) as s:
        rows = s.scalars(select(SourceFileRow.sha256).where(SourceFileRow.sha256.in_(hashes),
                                                            SourceFileRow.status == "done"))
        return set(rows)


def source_by_hash(engine: Engine, sha: str) -> SourceFileRow | None:
    with Session(engine) as s:
        return s.scalars(select(SourceFileRow).where(SourceFileRow.sha256 == sha)).first()


def save_results(engine: Engine, sha: str, name: str, size: int, results: list[Result], also=None,
                 requester: dict | None = None, original: bytes | None = None) -> bool:
    """One transaction per file; False when another process stored the same content first (no double).

    `also(session)` joins the same transaction (a worker marks its job done there: both or neither);
    requester: whom the papers were written for, so `intake fix` writes them again for the same person;
    original: the file's bytes, kept for the review page (which shows the page Tesseract read)."""
    try:
        with Session(engine) as s, s.begin():
            old = s.scalars(select(SourceFileRow).where(SourceFileRow.sha256 == sha)).first()
            if old is not None and old.status == "done":
                return False
            kept = _take_history(s, old) if old is not None else {}
            src = SourceFileRow(sha256=sha, name=name, size=size, status="done",
                                pages=len({p for r in results for p in r.pages}))
            s.add(src)
            s.flush()
            for r in results:
                case_id, requests = kept.get(tuple(r.pages), (None, []))
                doc = _add_document(s, src, r, requester if r.outputs else None, case_id)
                _give_history(s, doc, requests)
            _add_pages(s, sha, results, original)
            if also is not None:
                also(s)
        return True
    except IntegrityError:
        log.info("file already stored by another worker; skipped")
        return False


def _take_history(s: Session, old: SourceFileRow) -> dict[tuple, tuple[int | None, list[dict]]]:
    """A file read again (--force, or after a failure): its documents' cases and request histories, by page
    range, taken out before the old rows go, so a request marked sent stays sent and records added to the
    case stay with the document."""
    from intake.db.models import RequestRow

    kept = {}
    columns = [c.name for c in RequestRow.__table__.columns if c.name not in ("document_id", "case_id")]
    for doc in old.documents:
        rows = list(s.scalars(select(RequestRow).where(RequestRow.document_id == doc.id).order_by(RequestRow.id)))
        kept[tuple(doc.pages)] = (doc.case_id, [{c: getattr(r, c) for c in columns} for r in rows])
        for r in rows:
            s.delete(r)
    s.flush()
    s.delete(old)
    s.flush()
    return kept


def _give_history(s: Session, doc: DocumentRow, requests: list[dict]) -> None:
    """The requests back under the re-read document, with their ids (the user refers to them by id)."""
    from intake.db.models import RequestRow

    for data in requests:
        s.add(RequestRow(**data, document_id=doc.id, case_id=doc.case_id))
    if requests:
        s.flush()


def _add_document(s: Session, src: SourceFileRow, r: Result, requester: dict | None,
                  case_id: int | None = None) -> DocumentRow:
    data = r.to_json()
    doc = DocumentRow(source_id=src.id, first_page=(r.pages or [0])[0], pages=list(r.pages),
                      document_type=data["document_type"], denial_type=data["denial_type"],
                      plan_type=data["plan_type"], language=data["language"], member_id=data["fields"]["member_id"],
                      denial_date=data["fields"]["denial_date"], result=data, requester=requester,
                      status="papers" if r.outputs else "new")
    s.add(doc)
    s.flush()
    for name, fv in r.fields.items():
        ev = fv.evidence
        s.add(FieldRow(document_id=doc.id, name=name, value=fv.value, page=ev.page, text=ev.text,
                       confidence=ev.confidence, bbox=list(ev.bbox) if ev.bbox else None))
    for kind, path in r.outputs.items():
        s.add(PaperRow(document_id=doc.id, kind=kind, path=path))
    doc.case_id = case_id if case_id and s.get(CaseRow, case_id) else _case_for(s, doc)
    from intake.db.review import index_document

    s.add(index_document(doc))
    return doc


def _add_pages(s: Session, sha: str, results: list[Result], original: bytes | None) -> None:
    """How each page was read, once per file (documents of one file share it), and the original's bytes."""
    s.execute(delete(PageGeometryRow).where(PageGeometryRow.sha256 == sha))
    seen = {}
    for r in results:
        for g in r.page_geometry:
            seen[g[0]] = g
    for number, width, height, method, rotation, skew in seen.values():
        s.add(PageGeometryRow(sha256=sha, number=number, width=width, height=height, method=method,
                              rotation=rotation, skew=skew))
    if original is not None and s.get(OriginalRow, sha) is None:
        s.add(OriginalRow(sha256=sha, data=original))


def _case_for(s: Session, doc: DocumentRow) -> int | None:
    """Same member and a shared claim or case number: the same case."""
    cases = set(doc.result["fields"].get("case_numbers") or [])
    if not doc.member_id or not cases:
        return None
    others = s.scalars(select(DocumentRow).where(DocumentRow.member_id == doc.member_id, DocumentRow.id != doc.id))
    for other in others:
        if other.case_id and cases & set(other.result["fields"].get("case_numbers") or []):
            return other.case_id
    case = CaseRow(member_id=doc.member_id)
    s.add(case)
    s.flush()
    for other in s.scalars(select(DocumentRow).where(DocumentRow.member_id == doc.member_id,
                                                     DocumentRow.id != doc.id, DocumentRow.case_id.is_(None))):
        if cases & set(other.result["fields"].get("case_numbers") or []):
            other.case_id = case.id
    return case.id


def record_failure(engine: Engine, sha: str, name: str, size: int, reason: str) -> None:
    with Session(engine) as s, s.begin():
        old = s.scalars(select(SourceFileRow).where(SourceFileRow.sha256 == sha)).first()
        if old is None:
            s.add(SourceFileRow(sha256=sha, name=name, size=size, status="failed", error=reason))
        elif old.status != "done":
            old.error, old.status = reason, "failed"


def forget(engine: Engine, sha: str) -> None:
    """--force: the content is to be read again. Its rows stay until the new results replace them (in one
    transaction, keeping each document's case and request history); until then it is no longer "done"."""
    with Session(engine) as s, s.begin():
        row = s.scalars(select(SourceFileRow).where(SourceFileRow.sha256 == sha)).first()
        if row is not None and row.status == "done":
            row.status = "forced"


def start_run(engine: Engine, kind: str) -> int:
    with Session(engine) as s, s.begin():
        run = RunRow(kind=kind, errors=[])
        s.add(run)
        s.flush()
        return run.id


def finish_run(engine: Engine, run_id: int, files: int, errors: list[str]) -> None:
    with Session(engine) as s, s.begin():
        run = s.get(RunRow, run_id)
        run.finished_at, run.files, run.failures, run.errors = now(), files, len(errors), errors[:500]


def current_result(doc: DocumentRow) -> dict:
    """The stored result with corrections applied (latest wins); the extracted values stay in `fields`."""
    data = json.loads(json.dumps(doc.result))
    for c in sorted(doc.corrections, key=lambda c: c.id):
        if c.field == "denial_type":  # a person's reading of the denial type, beside the classifier's
            data["denial_type"] = c.value
            continue
        data["fields"][c.field] = c.value
        data["missing"] = [n for n in FIELD_NAMES if data["fields"].get(n) in (None, [], "")]
    return data


def list_documents(engine: Engine, document_type=None, denial_type=None, since=None, until=None,
                   status=None) -> list[dict]:
    with Session(engine) as s:
        q = select(DocumentRow).order_by(DocumentRow.id)
        if document_type:
            q = q.where(DocumentRow.document_type == document_type)
        if denial_type:
            q = q.where(DocumentRow.denial_type == denial_type)
        if since:
            q = q.where(DocumentRow.denial_date >= since)
        if until:
            q = q.where(DocumentRow.denial_date <= until)
        if status:
            q = q.where(DocumentRow.status == status)
        return [{"id": d.id, "file": d.source.name, "pages": d.pages, "document_type": d.document_type,
                 "denial_type": d.denial_type, "denial_date": d.denial_date, "case": d.case_id, "status": d.status}
                for d in s.scalars(q)]


def get_document(engine: Engine, doc_id: int) -> dict | None:
    with Session(engine) as s:
        d = s.get(DocumentRow, doc_id)
        if d is None:
            return None
        siblings = [sib.id for sib in sorted(d.source.documents, key=lambda sib: sib.first_page)]
        return {"id": d.id, "case": d.case_id, "status": d.status, "source": d.source.name,
                "result": current_result(d), "extracted": d.result["fields"],
                "corrections": [{"field": c.field, "value": c.value, "at": c.created_at.isoformat()}
                                for c in d.corrections],
                "papers": {p.kind: p.path for p in d.papers},
                "index": siblings.index(d.id), "siblings": len(siblings), "requester": d.requester}


def add_correction(engine: Engine, doc_id: int, field: str, value, author: str | None = None) -> dict | None:
    if field not in FIELD_NAMES:
        raise ValueError(f"unknown field {field!r}; fields are: {', '.join(FIELD_NAMES)}")
    if field in LIST_FIELDS and isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    with Session(engine) as s, s.begin():
        d = s.get(DocumentRow, doc_id)
        if d is None:
            return None
        s.add(CorrectionRow(document_id=d.id, field=field, value=value, author=author))
        d.status = "corrected"
        s.flush()
        from intake.db.review import refresh_review

        refresh_review(s, d)
    return get_document(engine, doc_id)


def replace_papers(engine: Engine, doc_id: int, outputs: dict[str, str]) -> None:
    with Session(engine) as s, s.begin():
        s.execute(delete(PaperRow).where(PaperRow.document_id == doc_id))
        for kind, path in outputs.items():
            s.add(PaperRow(document_id=doc_id, kind=kind, path=path))
        s.get(DocumentRow, doc_id).status = "papers"
        from intake.db.models import ReviewRow

        review = s.get(ReviewRow, doc_id)
        if review is not None:
            review.papers_at = now()


def export(engine: Engine, fmt: str) -> str:
    with Session(engine) as s:
        docs = list(s.scalars(select(DocumentRow).order_by(DocumentRow.id)))
        rows = [dict(current_result(d), id=d.id, case=d.case_id, status=d.status,
                     corrections=[{"field": c.field, "value": c.value} for c in d.corrections]) for d in docs]
    if fmt == "json":
        return json.dumps(rows, indent=1, ensure_ascii=False)
    buf = io.StringIO()
    cols = ["id", "case", "status", "file", "pages", "document_type", "denial_type", *FIELD_NAMES,
            "notice_not_found", "notice_appeal_window"]
    writer = csv.DictWriter(buf, fieldnames=cols)
    writer.writeheader()
    for r in rows:
        flat = {k: r.get(k) for k in ("id", "case", "status", "file", "document_type", "denial_type")}
        flat["pages"] = " ".join(map(str, r["pages"]))
        for n in FIELD_NAMES:
            v = r["fields"].get(n)
            flat[n] = "; ".join(v) if isinstance(v, list) else ("" if v is None else v)
        flat.update(_notice_columns(r.get("notice_check")))
        writer.writerow(flat)
    return buf.getvalue()


def _notice_columns(nc: dict | None) -> dict:
    """The notice check in two CSV cells: what the notice lacks, and its appeal-window verdict."""
    if not nc:
        return {"notice_not_found": "", "notice_appeal_window": ""}
    return {"notice_not_found": "; ".join(nc.get("not_found") or []),
            "notice_appeal_window": (nc.get("deadline") or {}).get("status", "")}


def purge_member(engine: Engine, member_id: str) -> tuple[int, int]:
    """Delete every row about one client and the papers written for them; returns (documents, files)."""
    removed_files = 0
    with Session(engine) as s, s.begin():
        corrected = select(CorrectionRow.document_id).where(CorrectionRow.field == "member_id")
        docs = [d for d in s.scalars(select(DocumentRow).where(
            (DocumentRow.member_id == member_id) | DocumentRow.id.in_(corrected)))
            if member_id in (d.member_id, current_result(d)["fields"].get("member_id"))]
        from intake.records.store import forget_member_files

        removed_files += forget_member_files(s, docs)
        from intake.db.models import ProfileRow

        scopes = {f"doc:{d.id}" for d in docs} | {f"case:{d.case_id}" for d in docs if d.case_id}
        s.execute(delete(ProfileRow).where(ProfileRow.scope.in_(scopes)))  # the requester written for them
        for d in docs:
            for p in d.papers:
                for path in (Path(p.path), Path(p.path).with_suffix(".docx")):
                    if path.exists():
                        path.unlink()
                        removed_files += 1
            src = d.source
            s.delete(d)
            s.flush()
            if not s.scalars(select(DocumentRow).where(DocumentRow.source_id == src.id)).first():
                s.execute(delete(OriginalRow).where(OriginalRow.sha256 == src.sha256))
                s.execute(delete(PageGeometryRow).where(PageGeometryRow.sha256 == src.sha256))
                s.delete(src)
        s.execute(delete(CaseRow).where(CaseRow.member_id == member_id))
    return len(docs), removed_files


def results_for_many(engine: Engine, shas: list[str]) -> dict[str, list[tuple[int, Result]]]:
    """Stored files' documents as results, in page order, in one query (a producer collecting its batch)."""
    from intake.model import result_from_json

    out: dict[str, list[tuple[int, Result]]] = {}
    if not shas:
        return out
    with Session(engine) as s:
        rows = s.execute(select(SourceFileRow.sha256, DocumentRow.id, DocumentRow.result).join(DocumentRow)
                         .where(SourceFileRow.sha256.in_(shas)).order_by(DocumentRow.first_page))
        for sha, doc_id, result in rows:
            out.setdefault(sha, []).append((doc_id, result_from_json(result)))
    return out


def attach_papers(engine: Engine, doc_id: int, outputs: dict[str, str], requester: dict | None = None) -> None:
    """Papers written after the results were stored (by the producer of a queued batch)."""
    with Session(engine) as s, s.begin():
        doc = s.get(DocumentRow, doc_id)
        doc.result = {**doc.result, "outputs": dict(outputs)}
        doc.requester = requester
    replace_papers(engine, doc_id, outputs)
