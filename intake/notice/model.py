"""The notice check's result: one verdict per applicable requirement, and the appeal-deadline check."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

STATUSES = ("found", "found_conditional", "not_found", "not_applicable")


@dataclass
class Finding:
    """One requirement judged against one notice; evidence is the sentence that satisfied it."""

    id: str
    ref: str
    kind: str
    status: str
    reason: str
    label: str
    page: Optional[int] = None
    text: Optional[str] = None
    cite: Optional[str] = None
    cite_status: Optional[str] = None

    def to_json(self) -> dict:
        out = {"id": self.id, "ref": self.ref, "kind": self.kind, "status": self.status, "label": self.label,
               "reason": self.reason,
               "evidence": {"page": self.page, "text": self.text} if self.text is not None else None,
               "citation": {"cite": self.cite, "status": self.cite_status} if self.cite else None}
        return out

    @classmethod
    def from_json(cls, d: dict) -> "Finding":
        ev, cit = d.get("evidence") or {}, d.get("citation") or {}
        return cls(d["id"], d["ref"], d["kind"], d["status"], d["reason"], d["label"], ev.get("page"),
                   ev.get("text"), cit.get("cite"), cit.get("status"))


@dataclass
class DeadlineCheck:
    """ok, short (under the plan type's minimum), not_stated, check (an outdated figure), or unknown."""

    status: str
    reason: str
    stated_days: Optional[int] = None
    minimum_days: Optional[int] = None
    page: Optional[int] = None
    text: Optional[str] = None
    cite: Optional[str] = None
    cite_status: Optional[str] = None

    def to_json(self) -> dict:
        return {"status": self.status, "reason": self.reason, "stated_days": self.stated_days,
                "minimum_days": self.minimum_days,
                "evidence": {"page": self.page, "text": self.text} if self.text is not None else None,
                "citation": {"cite": self.cite, "status": self.cite_status} if self.cite else None}

    @classmethod
    def from_json(cls, d: dict) -> "DeadlineCheck":
        ev, cit = d.get("evidence") or {}, d.get("citation") or {}
        return cls(d["status"], d["reason"], d.get("stated_days"), d.get("minimum_days"), ev.get("page"),
                   ev.get("text"), cit.get("cite"), cit.get("status"))


@dataclass
class NoticeCheck:
    plan_type: str
    language: str
    facts: list[str] = field(default_factory=list)
    items: list[Finding] = field(default_factory=list)
    deadline: Optional[DeadlineCheck] = None

    def with_status(self, *statuses: str) -> list[Finding]:
        return [f for f in self.items if f.status in statuses]

    def to_json(self) -> dict:
        return {"plan_type": self.plan_type, "language": self.language, "facts": list(self.facts),
                "items": [f.to_json() for f in self.items],
                "not_found": [f.id for f in self.items if f.status == "not_found"],
                "deadline": self.deadline.to_json() if self.deadline else None}

    @classmethod
    def from_json(cls, d: dict | None) -> Optional["NoticeCheck"]:
        if not d:
            return None
        return cls(d["plan_type"], d.get("language", "en"), list(d.get("facts", [])),
                   [Finding.from_json(x) for x in d.get("items", [])],
                   DeadlineCheck.from_json(d["deadline"]) if d.get("deadline") else None)
