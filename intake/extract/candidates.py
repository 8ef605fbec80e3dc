"""Candidates, not first matches: every value of the right shape near a label that names the field is
scored from its features, and the best one wins with its evidence (or none, below a threshold)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from intake.model import BBox, Evidence, FieldValue

log = logging.getLogger(__name__)
THRESHOLD = 0.28
HOW = {"inline": 1.0, "next cell": 0.95, "denied column": 0.95, "column": 0.92, "above": 0.9, "left": 0.9,
       "below": 0.85, "prose": 0.7, "sentence": 0.62, "heuristic": 0.6}
BOILERPLATE_FACTOR = 0.45
LATER_PAGE_FACTOR = 0.93


@dataclass
class Candidate:
    """One possible value of a field, with where it was read and why it scores as it does."""

    field: str
    value: object
    page: int
    text: str  # the line it was read from (evidence for a person, never logged)
    conf: float  # OCR confidence of the words, 0..1
    bbox: BBox | None
    order: int  # reading order in the document: ties go to the earlier value
    rule: str
    features: dict[str, float] = field(default_factory=dict)

    @property
    def score(self) -> float:
        s = 1.0
        for v in self.features.values():
            s *= v
        return s

    def to_field(self) -> FieldValue:
        top = sorted(self.features.items(), key=lambda kv: kv[1])[:3]
        why = ", ".join(f"{k}={v:.2f}" for k, v in top)
        ev = Evidence(page=self.page, text=self.text, confidence=self.conf * min(1.0, 0.5 + self.score),
                      bbox=self.bbox, rule=f"{self.rule} [{why}]")
        return FieldValue(self.field, self.value, ev)


def best(cands: list[Candidate], threshold: float = THRESHOLD) -> Candidate | None:
    """The highest score wins; equal scores go to the value read first. Below the threshold: nothing."""
    kept = [c for c in cands if c.score >= threshold]
    if not kept:
        return None
    win = max(kept, key=lambda c: (round(c.score, 6), -c.order))
    log.debug("field %s: %s won among %d candidate(s) (score %.2f)", win.field, win.rule, len(cands), win.score)
    return win


def ranked(cands: list[Candidate], threshold: float = THRESHOLD) -> list[Candidate]:
    return sorted((c for c in cands if c.score >= threshold), key=lambda c: (-round(c.score, 6), c.order))
