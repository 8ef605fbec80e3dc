"""Sign in and out: a login form with its own CSRF cookie, throttled attempts, a server-side session."""

from __future__ import annotations

import logging
import secrets

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from intake.web.auth import COOKIE, LOGIN_CSRF_COOKIE, _form, client_address, csrf_ok, current_user
from intake.web.render import page

log = logging.getLogger(__name__)


async def login_page(request: Request) -> Response:
    if await run_in_threadpool(current_user, request):
        return RedirectResponse("/", status_code=303)
    token = secrets.token_urlsafe(32)
    resp = page(request, "login.html", login_csrf=token, error=None)
    _cookie(request, resp, LOGIN_CSRF_COOKIE, token, max_age=3600)
    return resp


async def login(request: Request) -> Response:
    from intake.db import review, users

    form = await _form(request, big=False)
    if not csrf_ok(request.cookies.get(LOGIN_CSRF_COOKIE), form.get("csrf")):
        return Response("missing or wrong CSRF token", status_code=403, media_type="text/plain")
    engine, address = request.app.state.engine, client_address(request)
    username, password = str(form.get("username") or "")[:64], str(form.get("password") or "")[:1024]
    if await run_in_threadpool(users.too_many_failures, engine, username, address):
        log.info("sign-in refused: too many failed attempts")
        return page(request, "login.html", status=429, login_csrf=form.get("csrf"),
                    error="Too many failed attempts. Wait 15 minutes and try again.")
    user = await run_in_threadpool(users.authenticate, engine, username, password, address)
    if user is None:
        log.info("sign-in failed")
        return page(request, "login.html", status=401, login_csrf=form.get("csrf"),
                    error="Wrong user name or password.")
    token = await run_in_threadpool(users.start_session, engine, user["id"])
    await run_in_threadpool(review.audit, engine, user["username"], "sign_in")
    log.info("user %d signed in", user["id"])
    resp = RedirectResponse("/", status_code=303)
    _cookie(request, resp, COOKIE, token, max_age=users.SESSION_HOURS * 3600)
    resp.delete_cookie(LOGIN_CSRF_COOKIE, path="/login")
    return resp


async def logout(request: Request) -> Response:
    """Ends the session in the store (the cookie is worthless afterwards), with CSRF like any POST."""
    from intake.db import review, users

    user = await run_in_threadpool(current_user, request)
    form = await _form(request, big=False)
    if user is None:
        return RedirectResponse("/login", status_code=303)
    if not csrf_ok(user["csrf"], request.headers.get("x-csrf-token") or form.get("csrf")):
        return Response("missing or wrong CSRF token", status_code=403, media_type="text/plain")
    await run_in_threadpool(users.end_session, request.app.state.engine, user["token_hash"])
    await run_in_threadpool(review.audit, request.app.state.engine, user["username"], "sign_out")
    resp = RedirectResponse("/login", status_code=303)
    resp.delete_cookie(COOKIE, path="/")
    return resp


def _cookie(request: Request, resp: Response, name: str, value: str, max_age: int) -> None:
    resp.set_cookie(name, value, max_age=max_age, path="/login" if name == LOGIN_CSRF_COOKIE else "/",
                    httponly=True, secure=request.app.state.secure_cookie, samesite="strict")
