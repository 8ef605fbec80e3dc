"""Pure decision: which required contents a denial notice shows, which it lacks, and its appeal window."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from intake.notice.model import DeadlineCheck, Finding, NoticeCheck
from intake.notice.text import Sentence, cue, mark_inserts, split_sentences, without

if TYPE_CHECKING:
    from intake.notice.rule_models import NoticeRules, Requirement

DENIALS = ("denial_letter", "eob")
EVIDENCE_CHARS = 400
BODY_ONLY_FACTS = {"payment", "pre_service", "urgent", "missing_information", "medical_judgment",
                   "criteria_relied_on"}
BARE_CODE = re.compile(r"\b(?:co|pr|oa|pi|cr)\s?-?\s?\d{1,3}\b|(?:denial|reason|remark) code:?\s*[a-z0-9-]{2,8}")


@dataclass
class NoticeInput:
    """What the check needs of a result: the document's lines, its classification and extracted fields."""

    lines: list[tuple[int, str]]  # (page, text) in reading order
    document_type: str
    denial_type: str | None
    plan_type: str
    language: str
    fields: dict[str, tuple[object, int, str]] = field(default_factory=dict)  # name -> (value, page, line)
    boilerplate_headings: list[str] = field(default_factory=list)
    boilerplate_paragraphs: list[str] = field(default_factory=list)


def applies(inp: NoticeInput) -> bool:
    return inp.document_type in DENIALS and inp.denial_type is not None


def check_notice(inp: NoticeInput, rules: NoticeRules) -> NoticeCheck | None:
    """Every requirement for the notice's plan type, judged; None when the document denies nothing."""
    if not applies(inp):
        return None
    sentences = split_sentences(inp.lines)
    mark_inserts(sentences, inp.boilerplate_headings, inp.boilerplate_paragraphs,
                 rules.insert_headings.of(inp.language), rules.hedges.of(inp.language))
    facts = read_facts(sentences, inp, rules)
    items = [judge(req, sentences, inp, facts, rules) for req in rules.requirements
             if inp.plan_type in req.plan_types]
    return NoticeCheck(inp.plan_type, inp.language, sorted(facts), items, check_deadline(sentences, inp, facts, rules))


def read_facts(sentences: list[Sentence], inp: NoticeInput, rules: NoticeRules) -> set[str]:
    """Facts that decide what applies; most are read only from the letter's own text, not its inserts
    (an insert that explains urgent appeals does not make this claim urgent)."""
    facts = set()
    for name, cues in rules.facts.items():
        pool = [s for s in sentences if not s.insert] if name in BODY_ONLY_FACTS else sentences
        if any(cue(p).search(s.norm) for s in pool for p in cues.of(inp.language)):
            facts.add(name)
    if inp.document_type == "eob" or "claim_amount" in inp.fields:
        facts.add("payment")
    return facts


def condition_reason(req: Requirement, inp: NoticeInput, facts: set[str]) -> str | None:
    """None when the requirement applies; otherwise why it does not."""
    w = req.when
    by_type = w.denial_types is None or inp.denial_type in w.denial_types
    if not by_type and not any(f in facts for f in w.or_facts):
        return f"applies to {', '.join(w.denial_types or [])} denials; this is a {inp.denial_type} denial"
    for f in w.facts:
        if f not in facts:
            return f"applies only when the notice shows {f.replace('_', ' ')}; this one does not"
    for f in w.not_facts:
        if f in facts:
            return f"does not apply: the notice shows {f.replace('_', ' ')}"
    return None


def matches(req: Requirement, sentences: list[Sentence], inp: NoticeInput, rules: NoticeRules):
    """Sentences whose text (vague wording cut out) meets one of the requirement's cues; and the vague
    phrases met on the way, to say why a notice that only gestures at the item does not count."""
    pats = [cue(p) for p in rules.cues_of(req, inp.language)]
    vague_pats = rules.vague.of(inp.language)
    hits, vague = [], []
    for s in sentences:
        norm, v = without(s.norm, vague_pats)
        vague += v
        if any(p.search(norm) for p in pats):
            hits.append(s)
    return hits, vague


def _only_in_inserts(line: str, sentences: list[Sentence]) -> bool:
    """A field read from an insert's text (a sample date in the rights section) is not this claim's."""
    from intake.notice.text import searchable

    probe = " ".join(searchable(line).split())
    holders = [s for s in sentences if probe and (probe in s.norm or (len(s.norm) > 8 and s.norm in probe))]
    return bool(holders) and all(s.insert for s in holders)


def _groups_met(req: Requirement, sentences: list[Sentence], lang: str) -> bool:
    return all(any(cue(p).search(s.norm) for s in sentences for p in g.of(lang)) for g in req.all_of)


def _finding(req: Requirement, inp: NoticeInput, status: str, reason: str, s: Sentence | None = None,
             page: int | None = None, text: str | None = None) -> Finding:
    c = req.citation(inp.plan_type)
    if s is not None:
        page, text = s.page, s.text[:EVIDENCE_CHARS]
    return Finding(req.id, req.ref, req.kind, status, reason, req.label.en, page, text,
                   c.cite if c else None, c.status if c else None)


def judge(req: Requirement, sentences: list[Sentence], inp: NoticeInput, facts: set[str],
          rules: NoticeRules) -> Finding:
    why_not = condition_reason(req, inp, facts)
    if why_not:
        return _finding(req, inp, "not_applicable", why_not)
    if req.field and req.field in inp.fields and not _only_in_inserts(inp.fields[req.field][2], sentences):
        value, page, line = inp.fields[req.field]
        return _finding(req, inp, "found", f"the notice gives the {req.field.replace('_', ' ')}",
                        page=page, text=line)
    hits, vague = matches(req, sentences, inp, rules)
    if hits and not _groups_met(req, sentences, inp.language):
        hits = []
    finding = _verdict(req, inp, hits, vague, sentences)
    if req.when.depends_on_county and finding.status == "not_found":
        finding.status = "not_applicable"
        finding.reason = ("required only where many people in the member's county read one other language; "
                          "intake cannot tell the county's figures: check")
    return finding


def _verdict(req: Requirement, inp: NoticeInput, hits: list[Sentence], vague: list[str],
             sentences: list[Sentence]) -> Finding:
    body = [s for s in hits if not s.insert]
    plain = [s for s in hits if s.insert and not s.hedged]
    hedged = [s for s in hits if s.hedged]
    if body:
        return _finding(req, inp, "found", "stated in the letter itself", body[0])
    if req.kind == "procedural" and plain:
        return _finding(req, inp, "found", "stated in the notice's rights section", plain[0])
    if req.kind == "procedural" and hedged:
        return _finding(req, inp, "found_conditional",
                        "only in a general insert whose wording depends on the kind of plan", hedged[0])
    if hits:
        return _finding(req, inp, "not_found", "only general text in an insert mentions it; a claim-specific "
                        "item must be about this claim")
    return _finding(req, inp, "not_found", _absent_reason(req, vague, sentences))


def _absent_reason(req: Requirement, vague: list[str], sentences: list[Sentence]) -> str:
    if req.id.endswith("code_meaning"):
        codes = [m.group(0) for s in sentences for m in BARE_CODE.finditer(s.norm)]
        if codes:
            return f"a code is printed ({codes[0].upper()}) but not what it means"
    if vague:
        return f"the notice says only \"{vague[0].strip()}\""
    return "not found in this notice"


# ---- the appeal window ----

NUMBER_WORDS = {"thirty": 30, "sixty": 60, "sixty-five": 65, "ninety": 90, "one hundred twenty": 120,
                "one hundred and twenty": 120, "one hundred eighty": 180, "one hundred and eighty": 180,
                "treinta": 30, "sesenta": 60, "sesenta y cinco": 65, "noventa": 90, "ciento veinte": 120,
                "ciento ochenta": 180}
_NUM = "|".join(sorted(map(re.escape, NUMBER_WORDS), key=len, reverse=True))
WINDOW = re.compile(rf"(\d{{1,3}}|{_NUM})\s*(?:\(\d{{1,3}}\)\s*)?(?:calendar\s+|natural(?:es)?\s+)?(days|dias|months|meses)\b")
APPEAL_WORDS = re.compile(r"appeal|reconsideration|redetermination|review|apelacion|reconsideracion|revision")
# (a Medicaid fair hearing's window is not the plan appeal's; the State sets it: no minimum is checked)
NOT_THE_WINDOW = re.compile(r"external|independent|externa|we will (decide|respond|send|make|give|notify|tell)"
                            r"|decision within|to decide|(continue|keep|seguir|continuar)[^.]{0,40}(benefit|service|"
                            r"beneficio|servicio)|(benefit|service|coverage)s?[^.]{0,30}(continue|stay)|after (we|the plan) (decide|decides|resolve)|hours|horas"
                            r"|decidiremos|responderemos|waiting|esperar|fast appeal|expedited|apelacion (rapida|acelerada)")


def stated_window(sentences: list[Sentence]) -> tuple[int, Sentence] | None:
    """The first-appeal window the notice states, in days; the letter's own text first, then its inserts."""
    for pool in ([s for s in sentences if not s.insert], [s for s in sentences if s.insert]):
        for s in pool:
            if not APPEAL_WORDS.search(s.norm) or NOT_THE_WINDOW.search(s.norm):
                continue
            m = WINDOW.search(s.norm)
            if m:
                g = m.group(1)
                n = int(g) if g.isdigit() else NUMBER_WORDS[g]
                days = n * 30 if m.group(2) in ("months", "meses") else n
                return days, s
    return None


def _field_window(inp: NoticeInput) -> int | None:
    try:
        return (dt.date.fromisoformat(str(inp.fields["appeal_deadline"][0]))
                - dt.date.fromisoformat(str(inp.fields["denial_date"][0]))).days
    except (KeyError, ValueError):
        return None


def check_deadline(sentences: list[Sentence], inp: NoticeInput, facts: set[str],
                   rules: NoticeRules) -> DeadlineCheck:
    rule = rules.deadlines.get(inp.plan_type)
    if rule is None or any(f not in facts for f in rule.only_facts):
        return DeadlineCheck("unknown", "no minimum appeal window is known for this kind of plan")
    cite = dict(cite=rule.cite, cite_status=rule.status)
    found = stated_window(sentences)
    if found is None:
        days = _field_window(inp)
        if days is None:
            return DeadlineCheck("not_stated", "the notice states no time limit for appealing",
                                 minimum_days=rule.min_days, **cite)
        page, text = inp.fields["appeal_deadline"][1:]
        found = (days, Sentence(text, text.lower(), page))
    days, s = found
    base = dict(stated_days=days, minimum_days=rule.min_days, page=s.page, text=s.text[:EVIDENCE_CHARS], **cite)
    if days >= rule.min_days:
        return DeadlineCheck("ok", f"the notice allows {days} days; the minimum is {rule.min_days}", **base)
    if rule.older_days and days >= rule.older_days:
        return DeadlineCheck("check", f"the notice allows {days} days, the figure of an older form; notices "
                             f"from 2025 on allow {rule.min_days}", **base)
    return DeadlineCheck("short", f"the notice allows {days} days, shorter than the {rule.min_days} days "
                         "this kind of plan must allow", **base)
