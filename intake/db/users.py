"""Staff accounts, server-side sessions and sign-in throttling for `intake serve` (Argon2 password hashes)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets

from sqlalchemy import Engine, delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from intake.db.models import LoginAttemptRow, UserRow, WebSessionRow, now

ROLES = ("admin", "reviewer", "viewer")
SESSION_HOURS = 8
USERNAME = re.compile(r"^[A-Za-z0-9_.@-]{1,64}$")
MAX_FAILS_PER_USER = 5  # within FAIL_WINDOW: then that user name waits
MAX_FAILS_PER_ADDRESS = 20
FAIL_WINDOW = dt.timedelta(minutes=15)
MIN_PASSWORD = 10


class UserError(ValueError):
    """A user command that cannot be done: the message is one line for the person at the terminal."""


def _hasher():
    from argon2 import PasswordHasher

    return PasswordHasher()


def check_new_user(username: str, role: str, password: str) -> None:
    """Pure: a user name of plain characters, a known role, a password of at least MIN_PASSWORD characters."""
    if not USERNAME.match(username or ""):
        raise UserError("user names are 1-64 letters, digits, '.', '_', '-' or '@'")
    if role not in ROLES:
        raise UserError(f"role must be one of {', '.join(ROLES)}")
    if len(password or "") < MIN_PASSWORD:
        raise UserError(f"password must be at least {MIN_PASSWORD} characters")


def add_user(engine: Engine, username: str, role: str, password: str) -> None:
    check_new_user(username, role, password)
    try:
        with Session(engine) as s, s.begin():
            s.add(UserRow(username=username, role=role, password_hash=_hasher().hash(password)))
    except IntegrityError:
        raise UserError(f"user {username} already exists") from None


def list_users(engine: Engine) -> list[dict]:
    with Session(engine) as s:
        return [{"username": u.username, "role": u.role, "disabled": u.disabled, "created_at": u.created_at}
                for u in s.scalars(select(UserRow).order_by(UserRow.username))]


def count_active(engine: Engine) -> int:
    with Session(engine) as s:
        return s.scalar(select(func.count()).select_from(UserRow).where(UserRow.disabled.is_(False))) or 0


def _user(s: Session, username: str) -> UserRow:
    user = s.scalars(select(UserRow).where(UserRow.username == username)).first()
    if user is None:
        raise UserError(f"no user {username}")
    return user


def disable_user(engine: Engine, username: str) -> None:
    """Disabled at once: the user's sessions end with it."""
    with Session(engine) as s, s.begin():
        user = _user(s, username)
        user.disabled = True
        s.execute(delete(WebSessionRow).where(WebSessionRow.user_id == user.id))


def set_password(engine: Engine, username: str, password: str) -> None:
    """A new password ends the user's open sessions (a stolen cookie stops working)."""
    if len(password or "") < MIN_PASSWORD:
        raise UserError(f"password must be at least {MIN_PASSWORD} characters")
    with Session(engine) as s, s.begin():
        user = _user(s, username)
        user.password_hash = _hasher().hash(password)
        s.execute(delete(WebSessionRow).where(WebSessionRow.user_id == user.id))


def too_many_failures(engine: Engine, username: str, address: str) -> bool:
    since = now() - FAIL_WINDOW
    with Session(engine) as s:
        by_user = s.scalar(select(func.count()).select_from(LoginAttemptRow)
                           .where(LoginAttemptRow.username == username[:64], LoginAttemptRow.at >= since))
        by_addr = s.scalar(select(func.count()).select_from(LoginAttemptRow)
                           .where(LoginAttemptRow.address == address[:64], LoginAttemptRow.at >= since))
    return (by_user or 0) >= MAX_FAILS_PER_USER or (by_addr or 0) >= MAX_FAILS_PER_ADDRESS


def authenticate(engine: Engine, username: str, password: str, address: str) -> dict | None:
    """The user's id and role when the password is right and the account is active; a failure is counted."""
    from argon2.exceptions import InvalidHashError, VerificationError

    with Session(engine) as s, s.begin():
        user = s.scalars(select(UserRow).where(UserRow.username == username)).first()
        ok = False
        if user is not None and not user.disabled:
            try:
                ok = _hasher().verify(user.password_hash, password)
            except (VerificationError, InvalidHashError):
                ok = False
        else:
            _hasher().hash(password or "x")  # the same time whether or not the user exists
        if not ok:
            s.add(LoginAttemptRow(username=username[:64], address=address[:64]))
            return None
        s.execute(delete(LoginAttemptRow).where(LoginAttemptRow.username == username))
        return {"id": user.id, "username": user.username, "role": user.role}


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start_session(engine: Engine, user_id: int) -> str:
    """A new random cookie value; the store keeps only its hash, with the CSRF token and an 8-hour limit."""
    token = secrets.token_urlsafe(32)
    with Session(engine) as s, s.begin():
        s.execute(delete(WebSessionRow).where(WebSessionRow.expires_at < now()))
        s.add(WebSessionRow(token_hash=_digest(token), user_id=user_id, csrf=secrets.token_urlsafe(32), state={},
                            expires_at=now() + dt.timedelta(hours=SESSION_HOURS)))
    return token


def session_user(engine: Engine, token: str | None) -> dict | None:
    """The signed-in user behind a cookie, or None (unknown, expired, or the user disabled)."""
    if not token or len(token) > 100:
        return None
    with Session(engine) as s:
        row = s.get(WebSessionRow, _digest(token))
        if row is None:
            return None
        expires = row.expires_at if row.expires_at.tzinfo else row.expires_at.replace(tzinfo=dt.timezone.utc)
        if expires < now():
            return None
        user = s.get(UserRow, row.user_id)
        if user is None or user.disabled:
            return None
        return {"id": user.id, "username": user.username, "role": user.role, "csrf": row.csrf,
                "state": dict(row.state or {}), "token_hash": row.token_hash}


def save_state(engine: Engine, token_hash: str, state: dict) -> None:
    """The queue's filters and search live in the session, so they never appear in a URL or access log."""
    with Session(engine) as s, s.begin():
        row = s.get(WebSessionRow, token_hash)
        if row is not None:
            row.state = state


def end_session(engine: Engine, token_hash: str) -> None:
    with Session(engine) as s, s.begin():
        s.execute(delete(WebSessionRow).where(WebSessionRow.token_hash == token_hash))
