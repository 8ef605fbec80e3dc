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
