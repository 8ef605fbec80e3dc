"""What the papers say about the notice: items it does not show, asked for in plain words, cited only when verified."""

from __future__ import annotations

from intake.model import Result

CITABLE = ("V", "V2")  # NOTICE-RULES: V read in the regulation's text, V2 in an official restatement


def notice_view(result: Result, lang: str) -> dict:
    """For the templates: `missing` (ask, label, cite or None), `conditional` labels, the deadline verdict."""
    from intake.notice.rules import cached_notice_rules

    nc = result.notice_check
    empty = {"checked": False, "missing": [], "conditional": [], "deadline": None, "any_cited": False}
    if nc is None:
        return empty
    reqs = {r.id: r for r in cached_notice_rules().requirements}
    missing, conditional = [], []
    for f in nc.items:
        req = reqs.get(f.id)
        if req is None:
            continue
        words = {"ask": getattr(req.ask, lang, req.ask.en), "label": getattr(req.label, lang, req.label.en),
                 "cite": f.cite if f.cite_status in CITABLE else None}
        if f.status == "not_found":
            missing.append(words)
        elif f.status == "found_conditional":
            conditional.append(words)
    return {"checked": True, "missing": missing, "conditional": conditional, "deadline": _deadline(nc),
            "any_cited": any(m["cite"] for m in missing)}


def _deadline(nc) -> dict | None:
    d = nc.deadline
    if d is None or d.status not in ("short", "not_stated", "check"):
        return None
    return {"status": d.status, "stated": d.stated_days, "minimum": d.minimum_days,
            "cite": d.cite if d.cite_status in CITABLE else None}
