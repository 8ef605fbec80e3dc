"""The app factory: routes, the Host check and the security headers every response carries."""

from __future__ import annotations

from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from intake.web import routes_case, routes_doc, routes_queue, session

STATIC = Path(__file__).parent / "static"
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")


class SecurityHeaders:
    """Strict CSP (no inline script), no caching of anything but the static assets, no framing or sniffing."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        static = scope["path"].startswith("/static/")

        async def with_headers(message):
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"cache-control"]
                headers += [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
                            (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY"),
                            (b"cross-origin-opener-policy", b"same-origin"),
                            (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
                            (b"cache-control", b"no-cache" if static else b"no-store")]
                message = dict(message, headers=headers)
            await send(message)
        await self.app(scope, receive, with_headers)


async def error_page(request, exc):
    """Errors in words on a page of their own (plain text for htmx); never a traceback or a value."""
    from starlette.exceptions import HTTPException
    from starlette.responses import PlainTextResponse

    from intake.web.render import page

    status = exc.status_code if isinstance(exc, HTTPException) else 500
    message = exc.detail if isinstance(exc, HTTPException) else "Something went wrong; it is in the server's log."
    if "hx-request" in request.headers or request.method != "GET":
        return PlainTextResponse(str(message), status_code=status)
    return page(request, "error.html", status=status, code=status, message=message)


def routes() -> list:
    return [
        Route("/login", session.login_page, methods=["GET"]),
        Route("/login", session.login, methods=["POST"]),
        Route("/logout", session.logout, methods=["POST"]),
        *routes_queue.ROUTES,
        *routes_doc.ROUTES,
        *routes_case.ROUTES,
        Mount("/static", StaticFiles(directory=str(STATIC)), name="static"),
    ]


def create_app(engine, db_url: str | None, papers_dir: str, allowed_hosts: list[str],
               secure_cookie: bool = True, broker: str | None = None) -> Starlette:
    """One app per server; state holds the engine and where papers and uploads go."""
    from intake.papers import private_dir
    from intake.db.review import ensure_reviews

    ensure_reviews(engine)
    from starlette.exceptions import HTTPException

    app = Starlette(routes=routes(), exception_handlers={HTTPException: error_page, 500: error_page}, middleware=[
        Middleware(SecurityHeaders),
        Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts),
    ])
    app.state.engine, app.state.db_url, app.state.broker = engine, db_url, broker
    app.state.papers_dir = str(private_dir(papers_dir))
    app.state.upload_dir = private_dir(Path(papers_dir).parent / "uploads")
    app.state.secure_cookie = secure_cookie
    return app
