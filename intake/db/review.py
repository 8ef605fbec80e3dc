"""The review page's store functions: the work queue, one document's facts and history, approval, profiles."""

from __future__ import annotations

import datetime as dt
import unicodedata

from sqlalchemy import Engine, func, or_, select
from sqlalchemy.orm import Session

from intake.db.models import (AuditRow, CaseRow, CorrectionRow, DocumentRow, OriginalRow, PageGeometryRow, PaperRow,
                              ProfileRow, QueueFileRow, ReviewRow, SourceFileRow, now)

LOW_CONFIDENCE = 0.6  # the pipeline's own threshold for "read with low confidence"
DENIAL_TYPES = ("medical_necessity", "prior_authorization", "level_of_care", "coding_error", "experimental",
                "out_of_network", "not_covered", "eligibility", "timely_filing", "other")  # the contract's enum
PER_PAGE = 50
OPTIONAL = {"plan_id", "group_number"}  # many letters carry neither; their absence alone is no reason to look


def fold(text: str | None) -> str | None:
    """Search keys: case, accents and spacing do not matter when staff type a name or an ID."""
    if not text:
        return None
    plain = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return " ".join(plain.lower().split())[:256] or None


def review_reasons(data: dict, corrected: set[str]) -> list[str]:
    """Pure: why a person should look (field names and rule names only). A corrected fact is settled."""
    reasons = []
    denies = data.get("denial_type") is not None
    if denies:
        reasons += [f"missing:{n}" for n in data.get("missing", []) if n not in corrected and n not in OPTIONAL]
        if not data.get("denial_evidence") and "denial_type" not in corrected:
            reasons.append("denial_type_without_evidence")
    for name, ev in (data.get("evidence") or {}).items():
        if name not in corrected and (ev.get("confidence") or 0) < LOW_CONFIDENCE:
            reasons.append(f"low_confidence:{name}")
    return reasons


def index_document(doc: DocumentRow) -> ReviewRow:
    """A new document's queue row (the store writes it with the document)."""
    f = doc.result["fields"]
    reasons = review_reasons(doc.result, set())
    return ReviewRow(document_id=doc.id, needs_review=bool(reasons), reasons=reasons, insurer=f.get("insurer"),
                     member_key=fold(f.get("member_id")), name_key=fold(f.get("member_name")))


def refresh_review(s: Session, doc: DocumentRow, when: dt.datetime | None = None) -> None:
    """After a fix: the reasons again with the corrections applied; papers written before are now out of date."""
    from intake.db.repo import current_result

    data = current_result(doc)
    corrected = {c.field for c in doc.corrections}
    row = s.get(ReviewRow, doc.id) or index_document(doc)
    row.reasons = review_reasons(data, corrected)
    row.needs_review = bool(row.reasons) and row.approved_at is None
    row.insurer, row.member_key = data["fields"].get("insurer"), fold(data["fields"].get("member_id"))
    row.name_key, row.changed_at = fold(data["fields"].get("member_name")), when or now()
    s.add(row)


def ensure_reviews(engine: Engine) -> int:
    """Documents stored before the review page existed get their queue rows (run when the server starts)."""
    with Session(engine) as s, s.begin():
        missing = s.scalars(select(DocumentRow).outerjoin(ReviewRow, ReviewRow.document_id == DocumentRow.id)
                            .where(ReviewRow.document_id.is_(None))).all()
        for doc in missing:  # changed when last fixed (papers written since are not out of date)
            refresh_review(s, doc, max((c.created_at for c in doc.corrections), default=doc.created_at))
        return len(missing)


def _filtered(q, filters: dict):
    if filters.get("state") == "needs_review":
        q = q.where(ReviewRow.needs_review.is_(True))
    elif filters.get("state") == "approved":
        q = q.where(ReviewRow.approved_at.is_not(None))
    elif filters.get("state") in ("new", "corrected", "papers"):
        q = q.where(DocumentRow.status == filters["state"])
    if filters.get("denial_type"):
        q = q.where(DocumentRow.denial_type == filters["denial_type"])
    if filters.get("insurer"):
        q = q.where(ReviewRow.insurer == filters["insurer"])
    if filters.get("received_from"):
        q = q.where(SourceFileRow.received_at >= dt.datetime.fromisoformat(filters["received_from"]))
    if filters.get("received_to"):
        q = q.where(SourceFileRow.received_at < dt.datetime.fromisoformat(filters["received_to"])
                    + dt.timedelta(days=1))
    key = fold(filters.get("search"))
    if key:
        q = q.where(or_(ReviewRow.member_key == key, ReviewRow.name_key.contains(key, autoescape=True)))
    return q


def queue_page(engine: Engine, filters: dict, page: int = 1, per_page: int = PER_PAGE) -> tuple[list[dict], int]:
    """One page of the queue, documents needing review first, then oldest first; and the filtered total."""
    base = (select(DocumentRow.id, DocumentRow.document_type, DocumentRow.denial_type, DocumentRow.status,
                   DocumentRow.case_id, DocumentRow.pages, SourceFileRow.name, SourceFileRow.received_at,
                   ReviewRow.needs_review, ReviewRow.reasons, ReviewRow.insurer, ReviewRow.approved_at)
            .join(ReviewRow, ReviewRow.document_id == DocumentRow.id)
            .join(SourceFileRow, SourceFileRow.id == DocumentRow.source_id))
    q = _filtered(base, filters)
    with Session(engine) as s:
        total = s.scalar(_filtered(select(func.count()).select_from(DocumentRow)
                                   .join(ReviewRow, ReviewRow.document_id == DocumentRow.id)
                                   .join(SourceFileRow, SourceFileRow.id == DocumentRow.source_id), filters))
        rows = s.execute(q.order_by(ReviewRow.needs_review.desc(), DocumentRow.id)
                         .limit(per_page).offset(max(page - 1, 0) * per_page)).all()
    return [dict(r._mapping) for r in rows], total or 0


def next_in_queue(engine: Engine, after_id: int) -> int | None:
    """Save and next: the next document still needing review (after this one, else from the top)."""
    with Session(engine) as s:
        q = select(ReviewRow.document_id).where(ReviewRow.needs_review.is_(True))
        return (s.scalar(q.where(ReviewRow.document_id > after_id).order_by(ReviewRow.document_id).limit(1))
                or s.scalar(q.where(ReviewRow.document_id != after_id).order_by(ReviewRow.document_id).limit(1)))


def queue_counts(engine: Engine) -> dict:
    """Counts by state for the queue's header, and the files that failed with their one-line reasons."""
    with Session(engine) as s:
        states = dict(s.execute(select(DocumentRow.status, func.count()).group_by(DocumentRow.status)).all())
        review = s.scalar(select(func.count()).where(ReviewRow.needs_review.is_(True)))
        failed = s.execute(select(SourceFileRow.id, SourceFileRow.name, SourceFileRow.error)
                           .where(SourceFileRow.status == "failed").order_by(SourceFileRow.id.desc()).limit(20)).all()
        queued = dict(s.execute(select(QueueFileRow.state, func.count()).group_by(QueueFileRow.state)).all())
        insurers = [i for (i,) in s.execute(select(ReviewRow.insurer).where(ReviewRow.insurer.is_not(None))
                                            .distinct().order_by(ReviewRow.insurer).limit(200))]
    return {"states": states, "needs_review": review or 0, "failed": [dict(r._mapping) for r in failed],
            "insurers": insurers, "queue": queued}


def approve(engine: Engine, doc_id: int, author: str) -> bool:
    with Session(engine) as s, s.begin():
        row = s.get(ReviewRow, doc_id)
        if row is None:
            return False
        row.approved_by, row.approved_at, row.needs_review = author, now(), False
        return True


def set_denial_type(engine: Engine, doc_id: int, value: str | None, author: str) -> bool:
    """A person's denial type, kept as a correction beside the classifier's."""
    if value is not None and value not in DENIAL_TYPES:
        raise ValueError("unknown denial type")
    with Session(engine) as s, s.begin():
        doc = s.get(DocumentRow, doc_id)
        if doc is None:
            return False
        s.add(CorrectionRow(document_id=doc.id, field="denial_type", value=value, author=author))
        doc.denial_type, doc.status = value, "corrected"
        s.flush()
        refresh_review(s, doc)
        return True


def document_view(engine: Engine, doc_id: int) -> dict | None:
    """Everything the review page shows of one document: facts beside their evidence, history, papers."""
    from intake.db.repo import current_result

    with Session(engine) as s:
        d = s.get(DocumentRow, doc_id)
        if d is None:
            return None
        data = current_result(d)
        review = s.get(ReviewRow, doc_id)
        papers = sorted(d.papers, key=lambda p: p.id)
        written = min((p.created_at for p in papers), default=None)
        changed = review.changed_at if review else None
        geometry = {g.number: g for g in s.scalars(select(PageGeometryRow)
                                                   .where(PageGeometryRow.sha256 == d.source.sha256))}
        return {
            "id": d.id, "case": d.case_id, "status": d.status, "file": d.source.name, "pages": list(d.pages),
            "sha256": d.source.sha256, "data": data, "extracted": d.result, "review": review,
            "corrections": [{"field": c.field, "value": c.value, "by": c.author or "command line",
                             "at": c.created_at} for c in sorted(d.corrections, key=lambda c: c.id)],
            "papers": [{"id": p.id, "kind": p.kind, "at": p.created_at} for p in papers],
            "papers_out_of_date": bool(written and changed and _aware(changed) > _aware(written)),
            "geometry": {n: {"width": g.width, "height": g.height, "method": g.method, "rotation": g.rotation,
                             "skew": g.skew} for n, g in geometry.items()},
            "has_original": s.scalar(select(func.count()).where(OriginalRow.sha256 == d.source.sha256)) > 0,
            "history": history(s, doc_id),
        }


def _aware(t: dt.datetime) -> dt.datetime:
    return t if t.tzinfo else t.replace(tzinfo=dt.timezone.utc)


def history(s: Session, doc_id: int) -> list[dict]:
    rows = s.scalars(select(AuditRow).where(AuditRow.document_id == doc_id, AuditRow.action != "view")
                     .order_by(AuditRow.id.desc()).limit(100))
    return [{"at": r.at, "who": r.username, "action": r.action, "detail": r.detail} for r in rows]


def original_of(engine: Engine, doc_id: int) -> tuple[bytes, dict] | None:
    """The original file's bytes and its pages' geometry, by document id only (never by path)."""
    with Session(engine) as s:
        d = s.get(DocumentRow, doc_id)
        if d is None:
            return None
        blob = s.get(OriginalRow, d.source.sha256)
        if blob is None:
            return None
        geometry = {g.number: (g.width, g.height, g.method, g.rotation, g.skew) for g in s.scalars(
            select(PageGeometryRow).where(PageGeometryRow.sha256 == d.source.sha256))}
        return bytes(blob.data), geometry


def paper_file(engine: Engine, paper_id: int) -> tuple[int, str, str] | None:
    """(document id, kind, path) of a written paper, looked up by its id."""
    with Session(engine) as s:
        p = s.get(PaperRow, paper_id)
        return (p.document_id, p.kind, p.path) if p else None


def scope_of(engine: Engine, doc_id: int) -> str:
    with Session(engine) as s:
        d = s.get(DocumentRow, doc_id)
        return f"case:{d.case_id}" if d and d.case_id else f"doc:{doc_id}"


def get_profile(engine: Engine, scope: str) -> dict:
    with Session(engine) as s:
        row = s.get(ProfileRow, scope)
        return dict(row.data) if row else {}


def set_profile(engine: Engine, scope: str, data: dict, author: str) -> None:
    """A changed requester makes the papers of the documents it covers out of date."""
    with Session(engine) as s, s.begin():
        row = s.get(ProfileRow, scope) or ProfileRow(scope=scope, data={})
        row.data, row.updated_by, row.updated_at = data, author, now()
        s.add(row)
        kind, _, num = scope.partition(":")
        ids = ([int(num)] if kind == "doc" else
               list(s.scalars(select(DocumentRow.id).where(DocumentRow.case_id == int(num)))))
        for review in s.scalars(select(ReviewRow).where(ReviewRow.document_id.in_(ids))):
            review.changed_at = now()


def cases(engine: Engine, limit: int = 200) -> list[dict]:
    """Cases with their documents (ids, types, statuses): no names or member IDs in the list itself."""
    with Session(engine) as s:
        out = []
        for c in s.scalars(select(CaseRow).order_by(CaseRow.id.desc()).limit(limit)):
            docs = sorted(c.documents, key=lambda d: d.id)
            out.append({"id": c.id, "created_at": c.created_at,
                        "documents": [{"id": d.id, "document_type": d.document_type, "denial_type": d.denial_type,
                                       "status": d.status} for d in docs]})
        return out


def audit(engine: Engine, username: str, action: str, document_id: int | None = None,
          detail: str | None = None) -> None:
    with Session(engine) as s, s.begin():
        s.add(AuditRow(username=username, action=action, document_id=document_id, detail=(detail or None)))


def documents_with_deadlines(engine: Engine, limit: int = 2000) -> list[tuple[int, int | None, dict]]:
    """(id, case, current result) of the documents that deny something, newest first."""
    from intake.db.repo import current_result

    with Session(engine) as s:
        docs = s.scalars(select(DocumentRow).where(DocumentRow.denial_type.is_not(None))
                         .order_by(DocumentRow.id.desc()).limit(limit))
        return [(d.id, d.case_id, current_result(d)) for d in docs]


def audit_entries(engine: Engine, limit: int = 300) -> list[dict]:
    """The newest audit entries, for admins."""
    with Session(engine) as s:
        rows = s.scalars(select(AuditRow).order_by(AuditRow.id.desc()).limit(limit))
        return [{"at": r.at, "who": r.username, "action": r.action, "document": r.document_id, "detail": r.detail}
                for r in rows]
