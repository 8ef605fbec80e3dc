"""Does a record bear on the denial? Checklist item, dates near the service, the provider: a mark, never a cut."""

from __future__ import annotations

import datetime as dt
import re

from intake.extract.text import fold
from intake.records.rules import RecordsFile


def _days(spans: list[str]) -> list[dt.date]:
    out = []
    for s in spans or []:
        for part in s.split("/"):
            try:
                out.append(dt.date.fromisoformat(part))
            except ValueError:
                continue
    return out


def checklist_items(kind: str, checklist: list[str], rules: RecordsFile) -> list[str]:
    """The denial type's checklist items this kind of record answers."""
    words = [fold(w) for w in rules.kinds[kind].checklist]
    return [item for item in checklist if any(w in fold(item) for w in words)]


def same_provider(author: str | None, provider: str | None) -> bool:
    """Loose: the significant words of the shorter name all appear in the longer one."""
    if not author or not provider:
        return False
    a, p = (set(re.findall(r"[a-z]{3,}", fold(x))) - {"the", "and", "llc", "inc"} for x in (author, provider))
    small, big = (a, p) if len(a) <= len(p) else (p, a)
    return bool(small) and small <= big


def relevance(kind: str, dates: list[str], author: str | None, denial: dict, checklist: list[str],
              rules: RecordsFile) -> tuple[bool, list[str]]:
    """Relevant when the kind answers a checklist item and (a date falls in the window around the
    denied service, or the author is the denial's provider). Reasons are in words for the advocate."""
    if kind in rules.always_relevant:
        return True, ["the insurer's own file on this claim"]
    items = checklist_items(kind, checklist, rules)
    reasons = [f"checklist: {items[0]}"] if items else ["no checklist item for this denial type asks for it"]
    service = _days(denial.get("service_dates") or [])
    near = False
    if service and dates:
        start = min(service) - dt.timedelta(days=rules.window_before_days)
        end = max(service) + dt.timedelta(days=rules.window_after_days)
        near = any(start <= d <= end for d in _days(dates))
        reasons.append("dated near the denied service (a year before to 30 days after)" if near
                       else "dated outside the window around the denied service")
    provider = same_provider(author, denial.get("provider"))
    if provider:
        reasons.append("from the provider named in the denial")
    if not service or not dates:
        near = near or not service  # nothing to compare with: the checklist decides
    return bool(items) and (near or provider), reasons
