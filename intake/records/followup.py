"""The follow-up letter for a request that went unanswered: the first request's date, the rule's time
limit, a plea for the records or a written reason, and where to complain; PDF and DOCX, English or Spanish."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy.orm import Session

from intake.db.models import DocumentRow, RequestRow
from intake.errors import OutputError
from intake.records.requests import BadRequestChange, RequestNotFound, view

VIA_WORDS = {"en": {"mail": "mail", "fax": "fax", "portal": "the patient portal", "email": "email"},
             "es": {"mail": "correo postal", "fax": "fax", "portal": "el portal del paciente",
                    "email": "correo electrónico"}}


def followup_context(base: dict, req: dict, lang: str, today: dt.date) -> dict:
    """Pure: what the follow-up template adds to the papers' usual context."""
    from intake.papers.context import long_date

    sent = dt.date.fromisoformat(req["sent_on"])
    extended = long_date(dt.date.fromisoformat(req["extended_to"]), lang) if req["extended_to"] else ""
    return dict(base, kind=req["kind"], recipient=req["recipient"], sent=long_date(sent, lang),
                via=VIA_WORDS[lang].get(req["via"] or "mail", req["via"]), days=(today - sent).days,
                extended=extended, partial=req["status"] == "received" and req["complete"] is False,
                has_deadline=bool(base["f"]["appeal_deadline"]) and not base["f"]["appeal_deadline"].startswith("_"))


def write_followup(engine, request_id: int, today: dt.date, requester: dict | None = None,
                   out_dir: str | None = None) -> dict:
    """Written beside the first request (or in out_dir); the request row remembers it."""
    from intake.db.repo import current_result
    from intake.model import result_from_json
    from intake.papers.templates import load_templates
    from intake.papers.writer import build_context, paper_language, write_paper

    requester = requester or {}
    with Session(engine) as s, s.begin():
        row = s.get(RequestRow, request_id)
        if row is None:
            raise RequestNotFound(f"no request with id {request_id} (intake requests lists them)")
        req = view(row, today)
        if req["status"] == "written":
            raise BadRequestChange(f"request {request_id} is not sent yet: mark it with intake request sent")
        if req["status"] == "received" and req["complete"]:
            raise BadRequestChange(f"request {request_id} was answered in full on {req['received_on']}")
        doc = s.get(DocumentRow, row.document_id)
        result = result_from_json(current_result(doc))
        first = next(Path(p.path) for p in doc.papers if p.kind == row.paper_kind)
        lang = paper_language(result, requester)
        templates = load_templates(requester.get("templates"), lang)
        ctx = followup_context(build_context(result, requester, templates, lang, today), req, lang, today)
        folder = Path(out_dir) if out_dir else first.parent
        if out_dir:
            from intake.papers import private_dir

            private_dir(folder)
        try:
            pdf = write_paper(templates, "followup", ctx, folder / f"followup_{row.paper_kind}")
        except OSError as exc:
            raise OutputError(f"cannot write the follow-up ({exc.strerror})", str(folder)) from None
        row.followup_path = pdf
    return {"pdf": pdf, "docx": str(Path(pdf).with_suffix(".docx")), "request": req}
