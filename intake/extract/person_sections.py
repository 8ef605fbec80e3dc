"""A family statement's sections: each person's name (often with their own number) on a line over the claims
header printed again for them; the refused claim's section names its patient and the patient's number.

Why: a family EOB or a remittance to a practice lists several people, each heading their own rows; the
subscriber's name and number at the top are not the patient's when the refused row is a dependant's."""

from __future__ import annotations

import re

from intake.extract.candidates import Candidate
from intake.extract.text import fold

# 'Ana B. Example (QX4471902-02)', 'Ana B. Example - Participant No. QX-4471', 'Ana B. Example (Spouse)'
SECTION_LINE = re.compile(r"^\s*(?P<name>[A-Z][\w'\-]+(?:\s+[A-Z]\.?)?(?:\s+[A-Z][\w'\-]+){1,2})\s*"
                          r"(?:\((?P<paren>[^()]{2,40})\)|[-\u2013\u2014|:]\s*(?P<rest>.{2,60}))?\s*$")
SECTION_BOOST = 1.2  # the refused claim's own section outweighs the subscriber's label at the top
SECTION_ID_BOOST = 1.7  # (a number set beside a name, no label of its own: weighed up to a labelled one's)
HEADER_BOOST = 1.7  # a remittance's claim header names its patient first, no label: weighed up to a labelled name


def _repeated_headers(ctx) -> list[int]:
    """Positions of claims-table header lines printed more than once (one per person's section)."""
    from intake.extract.kv_columns import is_table_header

    heads = [(k, fold(ln.text)) for k, ln in enumerate(ctx.ix.lines) if is_table_header(ctx.ix, ln)]
    counts: dict[str, int] = {}
    for _, text in heads:
        counts[text] = counts.get(text, 0) + 1
    return [k for k, text in heads if counts[text] >= 2]


def person_sections(ctx) -> list[tuple[int, object, re.Match]]:
    """(header position, heading line, its match) for each section headed by a person's name over a repeated
    claims header; none unless two sections or more are found (a letter's one 'Patient' line is no section).
    Worked out once per document: the member's name and number both ask."""
    memo = ctx.__dict__.get("_person_sections")
    if memo is None:
        memo = ctx.__dict__["_person_sections"] = _sections(ctx)
    return memo


def _sections(ctx) -> list[tuple[int, object, re.Match]]:
    out = []
    for k in _repeated_headers(ctx):
        if k == 0:
            continue
        line = ctx.ix.lines[k - 1]
        m = SECTION_LINE.match(line.text)
        if m and line.page == ctx.ix.lines[k].page and not _label_words(ctx, m.group("name")):
            out.append((k, line, m))
    return out if len(out) >= 2 else []


def _label_words(ctx, name: str) -> bool:
    """'Claim Number: 3108900012345' over a provider's claim lines: label words, no person heading a section."""
    return any(ctx.lex.word_classes(w) is not None for w in name.split())


def _focus_section(ctx):
    """The section the refused claim's rows stand in: the last heading before them."""
    if ctx.focus is None:
        return None
    sections = [s for s in person_sections(ctx) if s[0] < min(ctx.focus)]
    return sections[-1] if sections else None


def section_patient(ctx, parse) -> Candidate | None:
    """The person heading the refused claim's section, as a member-name candidate."""
    got = _focus_section(ctx)
    value = parse(got[2].group("name")) if got else None
    if not value:
        return None
    return ctx.from_line(got[1], "member_name", value, "layout: the person heading the refused claim's section",
                         "heuristic", {"denied_claims_patient": SECTION_BOOST})


def section_member_id(ctx) -> Candidate | None:
    """The number printed beside the person heading the refused claim's section ('(QX4471902-02)')."""
    from intake.extract.ids import find_ids

    got = _focus_section(ctx)
    if got is None:
        return None
    tail = got[2].group("paren") or got[2].group("rest") or ""
    found = [t for t, _, _ in find_ids(tail) if re.search(r"\d", t)]
    if len(found) != 1:
        return None
    return ctx.from_line(got[1], "member_id", found[0], "layout: the number beside the refused claim's section",
                         "heuristic", {"denied_claims_patient": SECTION_ID_BOOST})


# a remittance's claim header: the patient as 'LAST, FIRST M', then their number and the claim's ('EXAMPLE, ANA T
# ID 7021 884 390  ICN 3150...  Plan QX-KD04')
HEADER_PERSON = re.compile(r"^\s*(?P<last>[A-Z][A-Z'\-]+(?:\s[A-Z][A-Z'\-]+)?),\s*(?P<first>[A-Z][A-Z'\-]+)"
                           r"(?:\s+(?P<mi>[A-Z])\.?)?(?=\s)(?P<rest>.*)$")
HEADER_ID = re.compile(r"\b(?:ID|MID|Mbr\.?\s*(?:ID|#|No\.?)|Member\s*(?:ID|#|No\.?))\s*[:#]?\s*(?P<value>.+)")
BARE_AFTER_NAME = re.compile(r"^\s+([A-Z]{1,4}-?\d{6,12})(?=\s+(?:ICN|TCN|CCN|DCN|Claim|Acct|ACNT|Acnt|Account)\b|"
                             r"\s+[A-Z0-9]{0,4}\d{6,}\b)")  # (or the claim's own number, uncaptioned, after it)
HEADER_NEXT = re.compile(r"\s+\b(?:ICN|TCN|CCN|DCN|Claim|Acct|Account|Plan|Rendering|Prov(?:ider)?)\b.*$", re.I)


def _focus_header(ctx) -> re.Match | None:
    """The refused claim's header line, when it opens with the patient's name in a remittance's way."""
    if not ctx.focus or min(ctx.focus) not in ctx.claim_starts:
        return None
    return HEADER_PERSON.match(ctx.ix.lines[min(ctx.focus)].text)


def header_patient(ctx, parse) -> Candidate | None:
    """The patient named at the head of the refused claim's block on a remittance to a practice."""
    m = _focus_header(ctx)
    if m is None:
        return None
    initial = f" {m.group('mi')}." if m.group("mi") else ""
    value = parse(f"{m.group('first').title()}{initial} {m.group('last').title()}")
    if not value:
        return None
    return ctx.from_line(ctx.ix.lines[min(ctx.focus)], "member_name", value,
                         "layout: the patient heading the refused claim on a remittance", "heuristic",
                         {"denied_claims_patient": HEADER_BOOST})


def _numbers_only(rest: str) -> bool:
    """A claim header's tail of two numbers or more and nothing else, the first of them the person's."""
    parts = rest.split()
    return 2 <= len(parts) <= 4 and all(re.fullmatch(r"[A-Z]{0,4}\d{4,}", p) for p in parts)


def header_member_id(ctx) -> Candidate | None:
    """The patient's number in the refused claim's header line ('... ID 7093 156 442  ICN ...')."""
    from intake.extract.ids import find_ids

    m = _focus_header(ctx)
    label = HEADER_ID.search(m.group("rest")) if m else None
    # ('EXAMPLE, ANA T  QX7021884  ICN 3150...': the number right after the name, bare, before the captioned ones)
    value = label.group("value") if label else (BARE_AFTER_NAME.match(m.group("rest")) or [None, None])[1] if m else None
    if value is None and m is not None and _numbers_only(m.group("rest")):
        value = m.group("rest").split()[0]  # ('EXAMPLE, ANA T  8624800801  6074321511143 ...': the first, the person's)
    if value is None:
        return None
    found = [t for t, _, _ in find_ids(HEADER_NEXT.sub("", value)) if re.search(r"\d", t)]
    if not found:
        return None
    return ctx.from_line(ctx.ix.lines[min(ctx.focus)], "member_id", found[0],
                         "layout: the patient's number heading the refused claim", "heuristic",
                         {"denied_claims_patient": SECTION_ID_BOOST})
