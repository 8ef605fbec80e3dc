"""The YAML rule files as typed, strict models; a wrong key names its file and path (runs read `intake.rules`)."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from intake.errors import RulesError
from intake.resources import RULE_FILES, rules_digest
from intake.rules import default_rules_dir

log = logging.getLogger(__name__)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def check_regex(value: str) -> str:
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"not a valid regular expression ({exc})") from None
    return value


class DeadlineRules(Strict):
    days: list[str]
    months: list[str] = []
    years: list[str] = []
    month_ends: list[str] = []  # 'by the end of the month after the month of this letter'
    dates: list[str]
    decoys: list[str]
    context: list[str]

    _ok = field_validator("days", "months", "years", "month_ends", "dates", "decoys", "context")(
        lambda cls, v: [check_regex(x) for x in v])


class FieldsFile(Strict):
    """Values stated in sentences, and the appeal-deadline sentences; labels are in lexicon.yaml."""

    version: Literal[1]
    prose: dict[str, list[str]] = {}
    earlier_paper: list[str] = []
    not_care_date_words: list[str] = []
    bill_words: list[str] = []
    not_charge_words: list[str] = []
    not_charge_sentence_words: list[str] = []
    deadline: DeadlineRules

    @field_validator("earlier_paper")
    @classmethod
    def _patterns_ok(cls, v):
        for p in v:
            check_regex(p)
        return v

    @field_validator("prose")
    @classmethod
    def _prose_ok(cls, v):
        for name, pats in v.items():
            for p in pats:
                check_regex(p)
                if "(?P<value>" not in p:
                    raise ValueError(f"prose pattern for {name} has no (?P<value>...) group")
        return v

    @field_validator("prose")
    @classmethod
    def _known_fields(cls, v):
        _known_field_names(v)
        return v


def _known_field_names(v: dict) -> None:
    from intake.model import FIELD_NAMES
    unknown = set(v) - set(FIELD_NAMES)
    if unknown:
        raise ValueError(f"unknown field(s) {sorted(unknown)}; known: {list(FIELD_NAMES)}")


class Signal(Strict):
    """Label words of all these classes name the field with this score."""

    all: list[str]
    score: float
    # blockers this combination outweighs: 'Your plan card number' names the member's card, not the plan
    despite: list[str] = []
    # classes that keep this combination from naming the field, though they block nothing else
    unless: list[str] = []
    # a value under this label counts only where no other label names the field ('Notice No.' on a notice that
    # prints no case, claim or request number of its own)
    fallback: bool = False


class LexField(Strict):
    kind: Literal["id", "id_list", "name", "org", "money", "date", "date_list"]
    signals: list[Signal]
    blockers: list[str] = []


class LexiconFile(Strict):
    """Word classes of label words, and which classes name which field (see rules/lexicon.yaml)."""

    version: Literal[1]
    classes: dict[str, list[str]]
    fields: dict[str, LexField]

    @field_validator("fields")
    @classmethod
    def _fields_ok(cls, v, info):
        _known_field_names(v)
        known = set((info.data or {}).get("classes", {}))
        for name, f in v.items():
            used = {c for s in f.signals for c in s.all + s.despite + s.unless} | set(f.blockers)
            if used - known:
                raise ValueError(f"{name}: unknown word class(es) {sorted(used - known)}")
        return v


class Phrase(Strict):
    phrase: str
    weight: float = 1.0


class Pattern(Strict):
    pattern: str
    weight: float = 1.0

    _ok = field_validator("pattern")(lambda cls, v: check_regex(v))


class DocumentsFile(Strict):
    version: Literal[1]
    document_types: dict[Literal["eob", "denial_letter", "other", "overturn", "advance", "bill", "appellant"],
                         list[Phrase]]
    eob_denial: list[str]
    appeal_words: list[str] = []
    note_denial: list[str] = []
    patterns: dict[Literal["eob", "denial_letter", "other", "overturn", "advance", "bill", "appellant"],
                   list[Pattern]] = {}


DenialType = Literal["medical_necessity", "prior_authorization", "level_of_care", "coding_error", "experimental",
                     "out_of_network", "not_covered", "eligibility", "timely_filing", "other"]


class ReasonRules(Strict):
    """Where a letter says why: cues in these sentences count `weight` times (the evidence is that sentence)."""

    weight: float
    headings: list[str]
    sentences: list[str]

    _ok = field_validator("headings", "sentences")(lambda cls, v: [check_regex(x) for x in v])


class DenialTypesFile(Strict):
    version: Literal[1]
    reason: ReasonRules
    denial_types: dict[DenialType, list[Phrase]]
    patterns: dict[DenialType, list[Pattern]] = {}


class CarcFile(Strict):
    version: Literal[1]
    weight: float
    group_codes: list[str]
    codes: dict[DenialType, list[str]]
    not_denials: list[str]
    pharmacy_rejects: dict[DenialType, list[str]] = {}


class BoilerplateFile(Strict):
    version: Literal[1]
    headings: list[str]
    paragraphs: list[str]
    resume: list[str] = []

    _ok = field_validator("headings", "paragraphs", "resume")(lambda cls, v: [check_regex(x) for x in v])


PlanType = Literal["medicare_advantage", "original_medicare", "medicaid", "fehb", "government_employer", "erisa",
                   "individual"]


class PlanTypesFile(Strict):
    version: Literal[1]
    plan_types: dict[PlanType, list[Phrase]]


class LayoutFile(Strict):
    version: Literal[1]
    page_of: str
    cover_sheet: list[str]
    cover_sheet_fields: list[str]
    cover_sheet_loose_fields: list[str] = []
    cover_sheet_notice: list[str] = []
    cover_letter_transmittal: list[str] = []
    cover_self_count: list[str] = []
    cover_note_heads: list[str] = []
    document_openers: list[str]
    mail_panel: list[str] = []
    form_copies: list[str] = []
    bill_heads: list[str] = []

    _ok = field_validator("cover_sheet", "cover_sheet_fields", "cover_sheet_loose_fields", "cover_sheet_notice",
                          "cover_letter_transmittal", "cover_self_count", "cover_note_heads", "document_openers",
                          "mail_panel", "form_copies", "bill_heads")(
        lambda cls, v: [check_regex(x) for x in v])
    _ok1 = field_validator("page_of")(lambda cls, v: check_regex(v))


class InsurersFile(Strict):
    version: Literal[1]
    org_words: list[str]
    institution_words: list[str] = []
    function_words: list[str] = []
    payer_words: list[str] = []
    company_words: list[str] = []
    payer_name_endings: list[str] = []
    provider_name_endings: list[str] = []
    care_only_words: list[str] = []
    provider_field_words: list[str] = []
    not_insurer: list[str]
    titles: list[str] = []
    titles_before: list[str] = []
    parent_lines: list[str] = []
    provider_letterhead: list[str] = []
    provider_paper_titles: list[str] = []
    employer_policy: list[str] = []
    payer_only: list[str] = []
    medicare_notices: list[str] = []

    _ok = field_validator("not_insurer", "titles", "titles_before", "parent_lines", "provider_letterhead",
                          "provider_paper_titles", "employer_policy", "payer_only", "medicare_notices")(
        lambda cls, v: [check_regex(x) for x in v])


class NamesFile(Strict):
    """Word lists for names and language (rules/names.yaml)."""

    version: Literal[1]
    stop_words: list[str]
    titles: list[str]
    not_name: list[str]
    org_stop_words: list[str]
    reviewer_words: list[str]
    referrer_words: list[str] = []
    orderer_words: list[str] = []
    prescriber_words: list[str] = []
    requester_words: list[str] = []
    giver_words: list[str] = []
    relation_words: list[str] = []
    credentials: list[str] = []
    written_to_relative: list[str] = []
    box_role_words: list[str] = []
    copied_party_words: list[str] = []
    provider_office_words: list[str] = []
    non_care_org_words: list[str] = []
    generic_org_words: list[str] = []
    sentence_openers: list[str] = []
    non_care_sentence_words: list[str] = []
    language: dict[Literal["en", "es"], list[str]]


class RuleSet(Strict):
    """All rules, validated; `digest` identifies this exact set (it keys the built spaCy models)."""

    fields: FieldsFile
    lexicon: LexiconFile
    documents: DocumentsFile
    denial_types: DenialTypesFile
    carc: CarcFile
    boilerplate: BoilerplateFile
    plan_types: PlanTypesFile
    layout: LayoutFile
    insurers: InsurersFile
    names: NamesFile
    digest: str


MODELS = {"fields": FieldsFile, "lexicon": LexiconFile, "documents": DocumentsFile, "denial_types": DenialTypesFile, "carc": CarcFile,
          "boilerplate": BoilerplateFile, "plan_types": PlanTypesFile, "layout": LayoutFile,
          "insurers": InsurersFile, "names": NamesFile}


def _describe(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"]) or "(top level)"
    return f"key {where}: {err['msg']}"


def load_file(path: Path, model: type[BaseModel]) -> BaseModel:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise RulesError("rule file is missing", str(path)) from None
    data = _parsed(raw, path)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise RulesError(_describe(exc), str(path)) from None


def _parsed(raw: bytes, path: Path):
    """The file's data: from the per-user cache of parsed rule files when this exact content was parsed
    before (JSON, keyed by the content's hash: importing and running the YAML parser was a tenth of a
    text-layer letter's time), else parsed now and cached. The models validate it either way."""
    import hashlib
    import json

    from intake.recache import cache_folder, write_private

    key = hashlib.sha256(raw).hexdigest()[:32]
    folder = cache_folder()
    cached = folder / f"rules-{key}.json" if folder else None
    if cached is not None:
        try:
            return json.loads(cached.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pass
    data = _parse_yaml(raw, path)
    if cached is not None:
        try:
            text = json.dumps(data)
        except (TypeError, ValueError):
            return data  # a YAML date or set has no JSON twin: parsed every run
        if json.loads(text) == data:  # integer keys would come back as strings: such a file is not cached
            write_private(cached, text.encode("utf-8"))
    return data


class DuplicateKey(Exception):
    """A mapping names one key twice: YAML keeps the last silently, so a word class written again further
    down a file would replace the first one unseen."""


def _strict_loader():
    """libyaml's parser when PyYAML has it (the same safe constructor and data, 20 times quicker), with
    mappings that refuse a key given twice."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    def mapping(loader, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = loader.construct_object(key_node, deep=True)
            if key in seen:
                raise DuplicateKey(f"key {key!r} is given twice (line {key_node.start_mark.line + 1})")
            seen.add(key)
        return base.construct_mapping(loader, node, deep)

    strict = type("StrictLoader", (base,), {})
    strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    return strict


def _parse_yaml(raw: bytes, path: Path):
    import yaml

    try:
        return yaml.load(raw.decode("utf-8"), Loader=_strict_loader())
    except DuplicateKey as exc:
        raise RulesError(str(exc), str(path)) from None
    except UnicodeDecodeError:
        raise RulesError("not valid UTF-8 text", str(path)) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" at line {mark.line + 1}" if mark else ""
        raise RulesError(f"not valid YAML{line}", str(path)) from None


def load_rules(rules_dir: Path | str | None = None) -> RuleSet:
    rules_dir = Path(rules_dir) if rules_dir else default_rules_dir()
    parts = {name: load_file(rules_dir / f"{name}.yaml", MODELS[name]) for name in RULE_FILES}
    log.debug("loaded %d rule files from %s", len(parts), rules_dir)
    return RuleSet(**parts, digest=rules_digest(rules_dir))
