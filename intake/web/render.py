"""Jinja2 with autoescape on every template: a letter's text is always shown as text, never as markup."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse

from intake.model import FIELD_NAMES

HERE = Path(__file__).parent
LABELS = {"insurer": "Insurer", "plan_id": "Plan ID", "group_number": "Group number", "member_id": "Member ID",
          "member_name": "Member name", "case_numbers": "Case / claim numbers", "claim_amount": "Claim amount",
          "service_dates": "Service dates", "denial_date": "Denial date", "provider": "Provider",
          "appeal_deadline": "Appeal deadline"}


def _show(value) -> str:
    if value is None or value == []:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _when(value) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M UTC")
    return "" if value is None else str(value)


ENV = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=select_autoescape(default=True),
                  undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
ENV.filters["show"] = _show
ENV.filters["when"] = _when
ENV.globals.update(FIELD_NAMES=FIELD_NAMES, LABELS=LABELS)


def page(request: Request, template: str, status: int = 200, **context) -> HTMLResponse:
    user = getattr(request.state, "user", None)
    html = ENV.get_template(template).render(user=user, csrf=(user or {}).get("csrf", ""), path=request.url.path,
                                         **context)
    return HTMLResponse(html, status_code=status)
