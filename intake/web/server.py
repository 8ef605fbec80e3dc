"""Start the review server: checks before binding (users exist off loopback), uvicorn with plain logs."""

from __future__ import annotations

import logging
import os
import socket
import sys

from intake.errors import UsageError

log = logging.getLogger(__name__)
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def allowed_hosts(host: str, extra: list[str]) -> list[str]:
    """Pure-ish: the Host header values accepted (a request naming any other host is refused)."""
    hosts = set(LOOPBACK) | {h.strip() for h in extra if h.strip()}
    env = os.environ.get("INTAKE_ALLOWED_HOSTS", "")
    hosts |= {h.strip() for h in env.split(",") if h.strip()}
    if host not in ("0.0.0.0", "::"):
        hosts.add(host)
    else:
        hosts |= {socket.gethostname(), socket.getfqdn()}
    return sorted(hosts)


def check_bind(host: str, active_users: int) -> str | None:
    """Pure: refuse a public bind without users; a warning to print for any bind off loopback."""
    if host in LOOPBACK:
        return None
    if active_users == 0:
        raise UsageError(f"refusing to listen on {host} with no users; add one first: intake user add NAME --role admin")
    return (f"intake serve: listening on {host}: anyone who can reach this port sees the sign-in page. "
            "Put TLS in front of it (a reverse proxy; see the README) and do not expose plain HTTP.")


def serve(db: str | None, host: str, port: int, papers: str | None, extra_hosts: list[str],
          insecure_cookie: bool = False, verbose: int = 0) -> None:
    import uvicorn

    from intake.db.engine import data_dir, open_db
    from intake.db.users import count_active
    from intake.dist.config import broker_url
    from intake.web.app import create_app

    engine = open_db(db)
    users = count_active(engine)
    warning = check_bind(host, users)
    if warning:
        print(warning, file=sys.stderr)
    if users == 0:
        print("intake serve: no users yet; add one with: intake user add NAME --role admin", file=sys.stderr)
    app = create_app(engine, db, papers or str(data_dir() / "papers"), allowed_hosts(host, extra_hosts),
                     secure_cookie=not insecure_cookie, broker=broker_url(None))
    print(f"intake serve: http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}/", file=sys.stderr)
    uvicorn.run(app, host=host, port=port, log_config=log_config(verbose), server_header=False,
                date_header=False, proxy_headers=True, forwarded_allow_ips="127.0.0.1")


def log_config(verbose: int) -> dict:
    """Access lines hold the method, the path (ids and page numbers only) and the status: no query values
    typed by a person ever reach a URL, so none reach this log."""
    level = "DEBUG" if verbose > 1 else "INFO"
    fmt = {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}
    return {
        "version": 1, "disable_existing_loggers": False,
        "formatters": {"plain": fmt},
        "handlers": {"err": {"class": "logging.StreamHandler", "formatter": "plain", "stream": "ext://sys.stderr"}},
        "loggers": {"uvicorn": {"handlers": ["err"], "level": "INFO", "propagate": False},
                    "uvicorn.access": {"handlers": ["err"], "level": "INFO", "propagate": False},
                    "intake": {"handlers": ["err"], "level": level, "propagate": False}},
    }
