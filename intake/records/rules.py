"""rules/records.yaml as a strict model: record kinds with English and Spanish cues, date and author labels."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import field_validator

from intake.rules import Phrase, Strict, check_regex, default_rules_dir, load_file

RecordKind = Literal["office_note", "test_result", "imaging_report", "operative_report", "discharge_summary",
                     "medical_necessity_letter", "claim_file", "other"]
KINDS: tuple[str, ...] = RecordKind.__args__


class KindRule(Strict):
    cues: list[Phrase]
    checklist: list[str]  # words that tie this kind to a checklist item (any language of the templates)

    @field_validator("cues")
    @classmethod
    def _cues_ok(cls, v):
        for c in v:
            check_regex(c.phrase)
        return v


class RecordsFile(Strict):
    version: Literal[1]
    title_lines: int
    title_factor: float
    kinds: dict[RecordKind, KindRule]
    always_relevant: list[RecordKind]
    service_labels: list[str]
    not_service: list[str]
    author_labels: list[str]
    window_before_days: int
    window_after_days: int

    _ok = field_validator("service_labels", "not_service", "author_labels")(
        lambda cls, v: [check_regex(x) for x in v])

    @field_validator("kinds")
    @classmethod
    def _every_kind(cls, v):
        missing = set(KINDS) - set(v)
        if missing:
            raise ValueError(f"kind(s) without rules: {sorted(missing)}")
        return v


def load_record_rules(rules_dir: Path | str | None = None) -> RecordsFile:
    """Kept out of the classifier's rule digest: editing it never forces the spaCy models to be rebuilt."""
    folder = Path(rules_dir) if rules_dir else default_rules_dir()
    return load_file(folder / "records.yaml", RecordsFile)


@lru_cache(maxsize=2)
def cached_record_rules(rules_dir: str | None = None) -> RecordsFile:
    return load_record_rules(rules_dir)


@lru_cache(maxsize=512)
def compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern)
