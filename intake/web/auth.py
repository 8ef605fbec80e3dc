"""Who may do what: the session behind the cookie, CSRF on every state-changing request, roles."""

from __future__ import annotations

import hmac
import logging
from functools import wraps

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

log = logging.getLogger(__name__)
COOKIE = "intake_session"
LOGIN_CSRF_COOKIE = "intake_login_csrf"
RANK = {"viewer": 0, "reviewer": 1, "admin": 2}
MAX_FORM_BYTES = 1_000_000  # a form with a value or a profile; uploads have their own limit
MAX_UPLOAD_REQUEST = 20  # one upload request holds at most this many files' worth of the per-file limit


def current_user(request: Request) -> dict | None:
    from intake.db.users import session_user

    return session_user(request.app.state.engine, request.cookies.get(COOKIE))


def csrf_ok(expected: str | None, given: str | None) -> bool:
    """Pure: the token the session was given, compared in constant time; missing is never right."""
    return bool(expected) and bool(given) and hmac.compare_digest(str(expected), str(given))


def _refuse_anonymous(request: Request) -> Response:
    if request.method == "GET" and "hx-request" not in request.headers:
        return RedirectResponse("/login", status_code=303)
    return Response("sign in first", status_code=401, media_type="text/plain")


def endpoint(role: str = "viewer", form: bool = False):
    """Wrap a plain function f(request, user, form) -> Response: signed in, CSRF on POST, role at least
    `role`; the function runs in a worker thread (database and page rendering never block the loop)."""
    def wrap(fn):
        @wraps(fn)
        async def handler(request: Request) -> Response:
            user = await run_in_threadpool(current_user, request)
            if user is None:
                return _refuse_anonymous(request)
            data = None
            if request.method not in ("GET", "HEAD"):
                data = await _form(request, big=form)
                given = request.headers.get("x-csrf-token") or data.get("csrf")
                if not csrf_ok(user["csrf"], given if isinstance(given, str) else None):
                    log.info("request refused: missing or wrong CSRF token")
                    return Response("missing or wrong CSRF token", status_code=403, media_type="text/plain")
            if RANK[user["role"]] < RANK[role]:
                return Response("your role cannot do this", status_code=403, media_type="text/plain")
            request.state.user = user
            return await run_in_threadpool(fn, request, user, data)
        return handler
    return wrap


async def _form(request: Request, big: bool):
    """The form, in memory; a large body is refused unless the route takes uploads."""
    from intake.desk import MAX_UPLOAD_BYTES

    length = request.headers.get("content-length")
    limit = MAX_UPLOAD_BYTES * MAX_UPLOAD_REQUEST if big else MAX_FORM_BYTES
    if length and length.isdigit() and int(length) > limit:
        raise HTTPException(413, "request too large")
    try:
        return await request.form(max_files=MAX_UPLOAD_REQUEST if big else 0, max_part_size=MAX_FORM_BYTES)
    except Exception:  # noqa: BLE001 - a malformed body is the client's fault, told in one line
        raise HTTPException(400, "malformed form") from None


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"
