"""The case calendar once requests go out: the appeal deadline, a call a week after each request was sent,
and each request's due date (moved by a written extension); answered requests drop out."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from intake.db.models import DocumentRow, RequestRow
from intake.papers.deadlines import Deadline, to_ics

TITLES = {
    "en": {"appeal": "Last day to file the appeal ({insurer})",
           "call": "Call {who} to confirm they received the request sent {sent} (by {via})",
           "records_due": "Records from {who} are due (30 days from the request; 45 CFR 164.524(b)(2))",
           "extended_due": "Records from {who} are due (the one written extension)",
           "claim_file_due": "No claim file yet from {who}? Send the follow-up (intake's 30-day reminder)"},
    "es": {"appeal": "Último día para presentar la apelación ({insurer})",
           "call": "Llamar a {who} para confirmar que recibieron la solicitud enviada el {sent} (por {via})",
           "records_due": "Vencen los registros de {who} (30 días desde la solicitud; 45 CFR 164.524(b)(2))",
           "extended_due": "Vencen los registros de {who} (la única prórroga por escrito)",
           "claim_file_due": "¿Sin expediente de {who}? Envíe el seguimiento (recordatorio de 30 días de intake)"},
}


def request_deadlines(appeal: str | None, insurer: str, requests: list[dict], lang: str) -> list[Deadline]:
    """Pure: dates from the letter and from each request's own sent date."""
    from intake.records.requests import CALL_DAYS

    t = TITLES.get(lang, TITLES["en"])
    out = [Deadline(dt.date.fromisoformat(appeal), "appeal", t["appeal"].format(insurer=insurer))] if appeal else []
    for r in requests:
        if r["status"] not in ("sent", "overdue"):
            continue
        sent = dt.date.fromisoformat(r["sent_on"])
        out.append(Deadline(sent + dt.timedelta(days=CALL_DAYS[0]), f"call_{r['id']}",
                            t["call"].format(who=r["recipient"], sent=r["sent_on"], via=r["via"])))
        key = "claim_file_due" if r["kind"] == "claim_file" else (
            "extended_due" if r["extended_to"] else "records_due")
        out.append(Deadline(dt.date.fromisoformat(r["due"]), f"due_{r['id']}", t[key].format(who=r["recipient"])))
    return sorted(out, key=lambda d: (d.date, d.kind))


def write_calendar(engine: Engine, document_id: int) -> Path | None:
    from intake.db.repo import current_result
    from intake.records.requests import view

    with Session(engine) as s:
        doc = s.get(DocumentRow, document_id)
        papers = {p.kind: p.path for p in doc.papers}
        if "claim_file_request" not in papers:
            return None
        result = current_result(doc)
        today = dt.date.today()
        reqs = [view(r, today) for r in s.scalars(select(RequestRow).where(RequestRow.document_id == doc.id))]
    fields = result["fields"]
    deadlines = request_deadlines(fields.get("appeal_deadline"), fields.get("insurer") or "the insurer", reqs,
                                  result.get("language") or "en")
    path = Path(papers.get("calendar") or Path(papers["claim_file_request"]).with_name("deadlines.ics"))
    tmp = path.with_name(f".{path.name}.part")
    tmp.write_text(to_ics(deadlines, result["sha256"][:12], dt.datetime.now(dt.timezone.utc)), encoding="utf-8")
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)
    return path
