"""Render results for people (a readable summary) and for programs (the contract's JSON)."""

from __future__ import annotations

import json

from intake.hints import LABELS, PLAN_TYPES, WHERE_TO_FIND
from intake.model import FIELD_NAMES, Result


def to_json(results: list[Result]) -> str:
    payload = results[0].to_json() if len(results) == 1 else [r.to_json() for r in results]
    return json.dumps(payload, indent=2, ensure_ascii=False)


def _pages(pages: list[int]) -> str:
    if not pages:
        return "no pages"
    return f"page {pages[0]}" if len(pages) == 1 else f"pages {pages[0]}-{pages[-1]}"


def _value(v) -> str:
    if isinstance(v, list):
        return ", ".join(v)
    return str(v)


def summary(result: Result) -> str:
    c = result.classification
    kind = c.document_type.replace("_", " ")
    head = f"{result.file}  ({_pages(result.pages)})  {kind}"
    if c.denial_type:
        head += f" - denial type: {c.denial_type.replace('_', ' ')}"
    out = [head, f"  plan: {PLAN_TYPES.get(c.plan_type, c.plan_type)}"]
    if c.denial_evidence:
        out.append("  decided by: " + "; ".join(f'"{e}"' for e in c.denial_evidence[:4]))
    for name in FIELD_NAMES:
        fv = result.fields.get(name)
        if fv is None or name in result.missing:
            continue
        flag = "  <- low confidence, check it" if name in result.low_confidence else ""
        out.append(f"  {LABELS[name]:<22} {_value(fv.value):<36} p{fv.evidence.page}  "
                   f"{fv.evidence.confidence:.2f}{flag}")
    if result.missing:
        out.append("  missing:")
        for name in result.missing:
            out.append(f"    {LABELS[name]}: look on {WHERE_TO_FIND[name]}")
    out += notice_lines(result)
    if result.deadlines:
        out.append("  dates to keep:")
        for day, title in result.deadlines:
            out.append(f"    {day}  {title}")
    if result.outputs:
        out.append("  papers written:")
        for kind, path in result.outputs.items():
            out.append(f"    {kind}: {path}")
    return "\n".join(out)


NOTICE_MARKS = {"found": "found", "found_conditional": "insert only", "not_found": "NOT FOUND",
                "not_applicable": "n/a"}


def notice_lines(result: Result) -> list[str]:
    """What the denial notice shows and lacks, each with its page and sentence or the reason."""
    nc = result.notice_check
    if nc is None:
        return []
    out = [f"  the notice itself (rules for: {PLAN_TYPES.get(nc.plan_type, nc.plan_type)}):"]
    for f in nc.items:
        if f.status == "not_applicable":
            continue
        where = f'p{f.page} "{_short(f.text)}"' if f.text else f.reason
        out.append(f"    {NOTICE_MARKS[f.status]:<11} {f.label}: {where}")
    skipped = [f.label for f in nc.items if f.status == "not_applicable"]
    if skipped:
        out.append(f"    n/a here: {'; '.join(skipped)}")
    if nc.deadline and nc.deadline.status != "unknown":
        out.append(f"    appeal window: {nc.deadline.status.replace('_', ' ')} - {nc.deadline.reason}")
    return out


def _short(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[:limit - 3] + "..."
