"""The notice-requirement rule file (rules/notice_requirements.yaml) as strict, validated models (runs read `intake.notice.rules`)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal, Optional

from pydantic import field_validator, model_validator

from intake.frozen import CuesMethods, NoticeRulesMethods, RequirementMethods
from intake.notice.rules import FILE_NAME, compile_cue
from intake.rule_models import DenialType, PlanType, Strict, default_rules_dir, load_file

Fact = Literal["payment", "pre_service", "urgent", "grandfathered", "managed_care", "missing_information",
               "medical_judgment", "criteria_relied_on"]
PlanKey = PlanType | Literal["unknown"]
Status = Literal["V", "V2", "U"]
_CUE_LANGS = ("en", "es")


class Cues(CuesMethods, Strict):
    """Regular expressions per language; each is checked when the file is loaded."""

    en: list[str] = []
    es: list[str] = []

    @field_validator("en", "es")
    @classmethod
    def _compile(cls, v):
        for p in v:
            try:
                compile_cue(p)
            except re.error as exc:
                raise ValueError(f"not a valid regular expression {p!r} ({exc})") from None
        return v


class Condition(Strict):
    """When a requirement applies. Empty: always. `or_facts` make it apply whatever the denial type."""

    denial_types: Optional[list[DenialType]] = None
    or_facts: list[Fact] = []
    facts: list[Fact] = []
    not_facts: list[Fact] = []
    depends_on_county: bool = False


class Citation(Strict):
    plan_types: list[PlanKey]
    cite: str
    status: Status


class Words(Strict):
    en: str
    es: str


class Requirement(RequirementMethods, Strict):
    id: str
    ref: str
    plan_types: list[PlanKey]
    kind: Literal["claim_specific", "procedural"]
    when: Condition = Condition()
    field: Optional[Literal["service_dates", "provider", "claim_amount"]] = None
    use: list[str] = []  # shared cue sets (cue_sets) added to this requirement's own cues
    cues: Cues = Cues()
    all_of: list[Cues] = []
    citations: list[Citation]
    label: Words
    ask: Words

    @model_validator(mode="after")
    def _citations_fit(self):
        for c in self.citations:
            stray = set(c.plan_types) - set(self.plan_types)
            if stray:
                raise ValueError(f"{self.id}: citation for plan type(s) {sorted(stray)} it does not apply to")
        return self


class DeadlineRule(Strict):
    min_days: int
    cite: str
    status: Status
    older_days: Optional[int] = None
    only_facts: list[Fact] = []


class NoticeRules(NoticeRulesMethods, Strict):
    version: Literal[1]
    cue_sets: dict[str, Cues] = {}
    facts: dict[Fact, Cues]
    hedges: Cues
    insert_headings: Cues
    vague: Cues
    requirements: list[Requirement]
    deadlines: dict[PlanKey, DeadlineRule]

    @model_validator(mode="after")
    def _consistent(self):
        seen = set()
        for r in self.requirements:
            if r.id in seen:
                raise ValueError(f"requirement id {r.id!r} appears twice")
            seen.add(r.id)
            unknown = set(r.use) - set(self.cue_sets)
            if unknown:
                raise ValueError(f"requirement {r.id!r} uses unknown cue set(s) {sorted(unknown)}")
            if not r.use and not (r.cues.en or r.cues.es):
                raise ValueError(f"requirement {r.id!r} has no cues")
        return self


def load_notice_rules(rules_dir: Path | str | None = None) -> NoticeRules:
    """Validated like every rule file: a wrong key names this file and the key (exit code 7)."""
    folder = Path(rules_dir) if rules_dir else default_rules_dir()
    return load_file(folder / FILE_NAME, NoticeRules)
