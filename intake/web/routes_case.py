"""One case after the requests: its requests (mark sent, received), its records (order, relevance), the packet."""

from __future__ import annotations

import logging
import re
import shutil
import tempfile

from starlette.background import BackgroundTask
from starlette.exceptions import HTTPException
from starlette.responses import FileResponse, RedirectResponse
from starlette.routing import Route

from intake.web.auth import endpoint
from intake.web.render import page

log = logging.getLogger(__name__)


def _id(request, name: str) -> int:
    return int(request.path_params[name])


def _call(fn, *args, **kwargs):
    """intake.api's own errors are the user's to read: one line, 404 for a missing id, 400 otherwise."""
    from intake.errors import IntakeError, NotFoundError

    try:
        return fn(*args, **kwargs)
    except NotFoundError as exc:
        raise HTTPException(404, exc.message) from None
    except IntakeError as exc:
        raise HTTPException(400, exc.message) from None


def _back(request, case_id: int, anchor: str):
    return RedirectResponse(f"/case/{case_id}#{anchor}", status_code=303)


@endpoint("viewer")
def case_page(request, user, _form):
    from intake.api import case_desk
    from intake.db.review import audit
    from intake.records.requests import VIA

    case_id = _id(request, "case_id")
    desk = _call(case_desk, case_id, db=request.app.state.db_url)
    audit(request.app.state.engine, user["username"], "view_case", None, f"case {case_id}")
    return page(request, "case.html", c=desk, via=VIA, can_edit=user["role"] in ("reviewer", "admin"))


@endpoint("reviewer")
def request_sent(request, user, form):
    from intake.api import request_sent as sent
    from intake.db.review import audit

    rid = _id(request, "request_id")
    row = _call(sent, rid, str(form.get("via") or ""), str(form.get("date") or "") or None,
                db=request.app.state.db_url)
    audit(request.app.state.engine, user["username"], "request_sent", row["document"],
          f"request {rid} via {row['via']}")
    return _back(request, row["case"], f"request-{rid}")


@endpoint("reviewer")
def request_received(request, user, form):
    from intake.api import request_received as received
    from intake.db.review import audit

    rid = _id(request, "request_id")
    row = _call(received, rid, partial=bool(form.get("partial")), date=str(form.get("date") or "") or None,
                db=request.app.state.db_url)
    audit(request.app.state.engine, user["username"], "request_received", row["document"], f"request {rid}")
    return _back(request, row["case"], f"request-{rid}")


def _case_of_record(request, record_id: int) -> int:
    from intake.records.ingest import case_of_record

    case_id = case_of_record(request.app.state.engine, record_id)
    if case_id is None:
        raise HTTPException(404, "no such record")
    return case_id


@endpoint("reviewer")
def record_move(request, user, form):
    """Up or down one place in the packet (buttons, no script needed; htmx swaps the list in place)."""
    from intake.api import move_record
    from intake.db.review import audit

    rid, step = _id(request, "record_id"), str(form.get("step") or "")
    if step not in ("up", "down"):
        raise HTTPException(400, "step must be up or down")
    case_id = _case_of_record(request, rid)
    _call(move_record, rid, -1 if step == "up" else 1, db=request.app.state.db_url)
    audit(request.app.state.engine, user["username"], "record_move", None, f"case {case_id} record {rid} {step}")
    return _back(request, case_id, "records")


@endpoint("reviewer")
def record_order(request, user, form):
    """The whole order from a drag and drop (intake/web/static/reorder.js): ids in the new order."""
    from intake.api import reorder_records
    from intake.db.review import audit

    case_id = _id(request, "case_id")
    raw = str(form.get("order") or "")
    if not re.fullmatch(r"\d+(,\d+)*", raw):
        raise HTTPException(400, "order must be the records' ids, separated by commas")
    ids = [int(x) for x in raw.split(",")]
    _call(reorder_records, case_id, ids, db=request.app.state.db_url)
    detail = f"case {case_id} order {raw}"  # ids only; the log's detail holds 128 characters
    audit(request.app.state.engine, user["username"], "record_order", None,
          detail if len(detail) <= 128 else detail[:125] + "...")
    return _back(request, case_id, "records")


@endpoint("reviewer")
def record_relevant(request, user, form):
    from intake.api import mark_record
    from intake.db.review import audit

    rid, value = _id(request, "record_id"), str(form.get("relevant") or "")
    if value not in ("yes", "no"):
        raise HTTPException(400, "relevant must be yes or no")
    case_id = _case_of_record(request, rid)
    _call(mark_record, rid, relevant=value == "yes", db=request.app.state.db_url)
    audit(request.app.state.engine, user["username"], "record_relevant", None, f"case {case_id} record {rid} {value}")
    return _back(request, case_id, f"record-{rid}")


@endpoint("viewer")
def packet(request, user, _form):
    """Built afresh into a private temporary folder, streamed, and the folder removed once sent."""
    from intake.api import build_packet
    from intake.db.review import audit

    case_id = _id(request, "case_id")
    folder = tempfile.mkdtemp(prefix="intake-packet-")  # mkdtemp makes it 0700
    try:
        out = _call(build_packet, case_id, folder, db=request.app.state.db_url)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    audit(request.app.state.engine, user["username"], "packet", None, f"case {case_id}: {out.pages} page(s)")
    log.info("packet for case %d sent: %d pages", case_id, out.pages)
    return FileResponse(out.pdf, media_type="application/pdf", filename=f"appeal-packet-case{case_id}.pdf",
                        background=BackgroundTask(shutil.rmtree, folder, ignore_errors=True))


ROUTES = [
    Route("/case/{case_id:int}", case_page, methods=["GET"]),
    Route("/case/{case_id:int}/packet.pdf", packet, methods=["GET"]),
    Route("/request/{request_id:int}/sent", request_sent, methods=["POST"]),
    Route("/request/{request_id:int}/received", request_received, methods=["POST"]),
    Route("/record/{record_id:int}/move", record_move, methods=["POST"]),
    Route("/case/{case_id:int}/records/order", record_order, methods=["POST"]),
    Route("/record/{record_id:int}/relevant", record_relevant, methods=["POST"]),
]
