"""The work queue (filters and search kept in the session), cases, deadlines, upload and retry."""

from __future__ import annotations

import datetime as dt
import logging

from starlette.responses import RedirectResponse
from starlette.routing import Route

from intake.web.auth import endpoint
from intake.web.render import page

log = logging.getLogger(__name__)
FILTER_KEYS = ("state", "denial_type", "insurer", "received_from", "received_to", "search")


def clean_filters(form) -> dict:
    """Pure: known keys, short strings, dates that parse; anything else is dropped."""
    out = {}
    for key in FILTER_KEYS:
        value = str(form.get(key) or "").strip()[:200]
        if key.startswith("received_") and value:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                continue
        if value:
            out[key] = value
    return out


def _page_number(request) -> int:
    raw = request.query_params.get("page", "1")
    return max(1, min(int(raw), 100_000)) if raw.isdigit() else 1


@endpoint("viewer")
def queue(request, user, _form):
    from intake.db import review

    engine = request.app.state.engine
    filters = user["state"].get("filters", {})
    number = _page_number(request)
    rows, total = review.queue_page(engine, filters, number)
    pages = max(1, -(-total // review.PER_PAGE))
    return page(request, "queue.html", rows=rows, total=total, number=number, pages=pages, filters=filters,
                counts=review.queue_counts(engine), denial_types=review.DENIAL_TYPES,
                can_retry=bool(request.app.state.broker) and user["role"] == "admin")


@endpoint("viewer")
def set_filters(request, user, form):
    """Search and filters arrive by POST and live in the session: no member ID or name in any URL."""
    from intake.db.users import save_state

    filters = {} if form.get("clear") else clean_filters(form)
    save_state(request.app.state.engine, user["token_hash"], dict(user["state"], filters=filters))
    return RedirectResponse("/", status_code=303)


@endpoint("viewer")
def cases(request, user, _form):
    from intake.db import review

    return page(request, "cases.html", cases=review.cases(request.app.state.engine))


@endpoint("viewer")
def deadlines(request, user, _form):
    from intake.desk import upcoming_deadlines

    return page(request, "deadlines.html", deadlines=upcoming_deadlines(request.app.state.engine),
                today=dt.date.today())


@endpoint("reviewer")
def upload_page(request, user, _form):
    return page(request, "upload.html", outcomes=None)


@endpoint("reviewer", form=True)
def upload(request, user, form):
    """Files go through `intake batch`'s own path; each bad file gets the CLI's one-line reason."""
    from intake.api import process_uploads
    from intake.db.review import audit

    files = [(f.filename or "upload", f.file.read()) for f in form.getlist("files") if hasattr(f, "file")]
    outcomes = process_uploads(files, request.app.state.db_url, request.app.state.upload_dir)
    for o in outcomes:
        audit(request.app.state.engine, user["username"], "upload", o.documents[0] if o.documents else None,
              "failed" if o.error else f"{len(o.documents)} document(s)")
    log.info("upload: %d file(s), %d failed", len(outcomes), sum(1 for o in outcomes if o.error))
    return page(request, "upload.html", outcomes=outcomes, status=200)


@endpoint("admin")
def retry(request, user, _form):
    """Failed queued files sent to the workers again (admins only)."""
    from intake.db.review import audit
    from intake.dist.producer import connect
    from intake.dist.status import retry_failed
    from intake.dist.tasks import send_jobs

    ids, _left = retry_failed(request.app.state.engine)
    send_jobs(connect(request.app.state.broker), ids)
    audit(request.app.state.engine, user["username"], "retry", None, f"{len(ids)} job(s)")
    return RedirectResponse("/", status_code=303)


@endpoint("admin")
def audit_log(request, user, _form):
    """Who viewed, changed, downloaded or purged what (admins only)."""
    from intake.db.review import audit_entries

    return page(request, "audit.html", entries=audit_entries(request.app.state.engine))


ROUTES = [
    Route("/audit", audit_log, methods=["GET"]),
    Route("/", queue, methods=["GET"]),
    Route("/queue/filter", set_filters, methods=["POST"]),
    Route("/queue/retry", retry, methods=["POST"]),
    Route("/cases", cases, methods=["GET"]),
    Route("/deadlines", deadlines, methods=["GET"]),
    Route("/upload", upload_page, methods=["GET"]),
    Route("/upload", upload, methods=["POST"]),
]
