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
                          r"(?:\((?P<paren>[^()]{2,40})\)|(?:[-\u2013\u2014|:]\s*|\s+(?=(?:ID|Member\s+ID|No\.)\s))"
                          r"(?P<rest>.{2,60}))?\s*$")  # ('Ana B. Example ID QX4471902-01')
SECTION_BOOST = 1.2  # the refused claim's own section outweighs the subscriber's label at the top
# the patient printed on the refused claim's own rows or heading: outweighs a sidebar's or a box's label naming the
# subscriber ('Participant' over the name the paper is mailed to), never a 'Patient:' caption on the claim itself
DENIED_ROW_BOOST = 1.45
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
    """The section the refused claim's rows stand in: the last heading before them (the refused block may open
    with the section's own header or its heading line)."""
    if ctx.focus is None:
        return None
    start = min(ctx.focus)
    sections = [s for s in person_sections(ctx) if s[0] < start or (s[0] - 1 <= start and _personal(ctx, s[2]))]
    return sections[-1] if sections else None


def _personal(ctx, m: re.Match) -> bool:
    """A heading that is surely a person's: a middle initial in the name, or their relation or member number after
    it ('Example Imaging - claim 123' over a claim's rows heads a provider's claim, no person's section)."""
    from intake.extract.names import INITIALLED_NAME

    tail = m.group("paren") or m.group("rest") or ""
    relations = {fold(w).lower() for w in ctx.rules.names.relation_words}
    said = re.findall(r"[a-z]+", fold(tail).lower())[:1]
    return bool(INITIALLED_NAME.search(m.group("name")) or (said and said[0] in relations) or HEADING_ID.search(tail))


def section_patient(ctx, parse) -> Candidate | None:
    """The person heading the refused claim's section, as a member-name candidate."""
    got = _focus_section(ctx)
    value = parse(got[2].group("name")) if got else None
    if not value:
        return None
    got = ctx.from_line(got[1], "member_name", value, "layout: the person heading the refused claim's section",
                        "heuristic", {"denied_claims_patient": SECTION_BOOST})
    return _own_section(got, ctx)


def _own_section(cand: Candidate, ctx=None) -> Candidate:
    """The heading stands right over the refused claim's block, in no other claim's: a block that starts at its
    claims header leaves the heading above it in the block before (a heading further up is another claim's)."""
    if ctx is None or not ctx.focus or cand.order // 100 >= min(ctx.focus) - 1:
        cand.features.pop("other_claim", None)
    return cand


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
    return _own_section(ctx.from_line(got[1], "member_id", found[0], "layout: the number beside the refused claim's "
                                      "section", "heuristic", {"denied_claims_patient": SECTION_ID_BOOST}), ctx)


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


# a person heading their own rows with their relation to the subscriber next ('Ana B. Example (son)  ID QX-03',
# 'Ana B. Example - Spouse', 'Ana B. Example (child) Member ID QX4471902-03', 'Patient: Ana B. Example (Spouse)')
PERSON_HEADING = re.compile(r"^\s*(?:(?i:patient|paciente)\s*[:;]\s*)?"
                            r"(?P<name>[A-Z][\w'\-]+(?:\s+[A-Z][.,]?)?(?:\s+[A-Z][\w'\-]+){1,2})\s*"
                            r"[(\-\u2013\u2014|:,]\s*(?P<rest>.{2,80})$")


INITIAL = re.compile(r"\s[A-Z][.,]?(?=\s)")  # a middle initial ('S.' is also a connector word of captions)


# the person's own number in their heading: after an ID or member caption ('(son) ID QX-03', '(child, member
# no. QX4471902-03)'), never a claim's number printed further along the line ('(self) Claim 12345678901')
HEADING_ID = re.compile(r"(?:\bID|\bmember(?:\s+(?:ID|no\.?|number))?)\s*[:#]?\s*([A-Z0-9][A-Z0-9\-*]{5,})", re.I)


def _relation_headings(ctx) -> list[tuple[int, object, re.Match]]:
    """(position, line, match) of each line naming a person and then their relation; found once per document."""
    memo = ctx.__dict__.get("_relation_headings")
    if memo is not None:
        return memo
    relations = {fold(w).lower() for w in ctx.rules.names.relation_words}
    out = []
    for k, ln in enumerate(ctx.ix.lines):
        m = PERSON_HEADING.match(ln.text)
        said = re.findall(r"[a-z]+", fold(m.group("rest")).lower())[:1] if m else []
        if said and said[0] in relations and not _label_words(ctx, INITIAL.sub("", m.group("name"))):
            out.append((k, ln, m))
    ctx.__dict__["_relation_headings"] = out
    return out


def refused_rows(ctx) -> list[int]:
    """The refused claim's first line, or else every table row with amounts that a code or note says is refused.
    Worked out once per document: the member's name (three readers) and number all ask."""
    memo = ctx.__dict__.get("_refused_rows")
    if memo is None:
        memo = ctx.__dict__["_refused_rows"] = _refused_rows(ctx)
    return memo


def _refused_rows(ctx) -> list[int]:
    from intake.extract.claims import DECIMAL_COMMA, mostly_nothing, row_amounts
    from intake.extract.remarks import line_denies

    if ctx.focus:
        return [min(ctx.focus)]
    rows = [k for k, ln in enumerate(ctx.ix.lines) if len(row_amounts(ln.text)) >= 2 and
            line_denies(ln.text, ctx.rules, ctx.denying_notes)]
    # (or, where no code is read as a refusal's, the rows billed and then mostly zeros: nothing allowed, nothing paid)
    return rows or [k for k, ln in enumerate(ctx.ix.lines) if mostly_nothing(DECIMAL_COMMA.sub(".", ln.text))]


def _refused_rows_heading(ctx):
    """Of a paper listing two people's rows or more, each under their name and relation, the heading over every
    refused row; None when the refused rows stand under different people or under none (once per document)."""
    if "_refused_rows_heading" not in ctx.__dict__:
        ctx.__dict__["_refused_rows_heading"] = _heading_over_refused_rows(ctx)
    return ctx.__dict__["_refused_rows_heading"]


def _heading_over_refused_rows(ctx):
    heads = _relation_headings(ctx)
    if len({fold(m.group("name")).lower() for _, _, m in heads}) < 2:
        return None
    owners = set()
    rows = refused_rows(ctx)
    for row in rows:
        above = [h for h in heads if h[0] <= row and h[1].page == ctx.ix.lines[row].page]
        if not above:
            return None
        owners.add(above[-1][0])
    if len(owners) != 1:
        return None  # (no refused row, or rows of two people)
    owner = owners.pop()
    return next(h for h in heads if h[0] == owner)


def refused_row_patient(ctx, parse) -> Candidate | None:
    """The person whose heading stands over the refused rows of a family statement, as a member-name candidate."""
    got = _refused_rows_heading(ctx)
    value = parse(got[2].group("name")) if got else None
    if not value:
        return None
    return _own_section(ctx.from_line(got[1], "member_name", value, "layout: the person heading the refused rows",
                                      "heuristic", {"denied_claims_patient": SECTION_BOOST}))


def refused_row_member_id(ctx) -> Candidate | None:
    """The one number printed after the relation in the heading over the refused rows ('(son)  ID QX-03')."""
    from intake.extract.ids import find_ids

    got = _refused_rows_heading(ctx)
    said = HEADING_ID.search(got[2].group("rest")) if got else None
    found = [t for t, _, _ in find_ids(said.group(1))] if said else []
    found = [t for t in found if re.search(r"\d{3}", t)]
    if len(found) != 1:
        return None
    return _own_section(ctx.from_line(got[1], "member_id", found[0], "layout: the number in the heading over the "
                                      "refused rows", "heuristic", {"denied_claims_patient": SECTION_ID_BOOST}))


def column_patient(ctx, parse) -> Candidate | None:
    """The name in the 'Patient' column of the refused rows of a claims table (a family's statement lists
    everyone's claims in one table): the words set under the column's caption, wherever OCR's cells run the
    claim's number and the name together. The refused claim's rows, where claims are blocks under their own
    heading line; all of them must name one person."""
    found: dict[str, int] = {}
    for k in _patient_rows(ctx):
        value = _patient_cell(ctx, k, parse)
        if value:
            found.setdefault(value, k)
    if len(found) != 1:
        return None
    value, k = next(iter(found.items()))
    return ctx.from_line(ctx.ix.lines[k], "member_name", value, "layout: the patient column of the refused row",
                         "heuristic", {"denied_claims_patient": DENIED_ROW_BOOST})


def _patient_rows(ctx) -> list[int]:
    """The refused row, or the refused claim's rows with amounts (its heading line holds no patient's cell)."""
    from intake.extract.claims import row_amounts

    rows = refused_rows(ctx)
    if not ctx.focus:
        return rows if len(rows) == 1 else []
    lines = ctx.ix.lines
    return [k for k in sorted(ctx.focus) if len(row_amounts(lines[k].text)) >= 2 and
            not TOTAL_ROW.match(fold(lines[k].text))]


TOTAL_ROW = re.compile(r"^\W*(?:claim\s+)?(?:sub)?totals?\b")


def _patient_cell(ctx, k: int, parse) -> str | None:
    from intake.extract.kv_columns import is_table_header

    row = ctx.ix.lines[k]
    header = next((ctx.ix.lines[j] for j in range(k - 1, max(-1, k - 12), -1)
                   if ctx.ix.lines[j].page == row.page and is_table_header(ctx.ix, ctx.ix.lines[j])), None)
    if header is None and ctx.focus:  # (a claim block far down the table, or carried onto the next page: the
        # table's caption row above it, the nearest one)
        header = next((ctx.ix.lines[j] for j in range(k - 12, max(-1, k - 90), -1)
                       if row.page - 1 <= ctx.ix.lines[j].page <= row.page and
                       is_table_header(ctx.ix, ctx.ix.lines[j])), None)
    if header is None and ctx.claim_starts_are_rows:  # (a table's row carried over the page break, its columns
        # not captioned again: the caption row over the table's first row)
        top = min(ctx.claim_starts)
        header = next((ctx.ix.lines[j] for j in range(top - 1, max(-1, top - 12), -1)
                       if ctx.ix.lines[j].page == ctx.ix.lines[top].page == row.page - 1 and
                       is_table_header(ctx.ix, ctx.ix.lines[j])), None)
    if header is None:
        return None
    caps = sorted((lab for lab in ctx.ix.labels if lab.cell.line is header), key=lambda lab: lab.cell.x0)
    for i, lab in enumerate(caps):
        if "patient" not in lab.classes or lab.start != 0 or not lab.score_for("member_name"):
            continue
        later = [c.x0 for c in ctx.ix.cells.get(id(header), []) if c.x0 > lab.cell.x1]  # (the next caption, a
        # label word or not: 'What was done')
        right = min(later + ([caps[i + 1].cell.x0] if i + 1 < len(caps) else []), default=float("inf"))
        words = [w.text for w in row.words if w.bbox[2] > lab.cell.x0 and (w.bbox[0] + w.bbox[2]) / 2 < right]
        value = parse(" ".join(words)) if words else None
        if value:
            return value
    return None


# a remittance's claim line led by the payer's control number, then the patient as 'LAST, FIRST M' and the member's
# number ('2631408817529  EXAMPLE, ANA V  QX6294011857  ACCT 8830146'), the number's caption before it or not
# ('ICN 2631408817529  EXAMPLE, ANA V  CLIENT ID ...')
CONTROL_LED = re.compile(r"^\W*(?:(?:ICN|TCN|CCN|DCN|(?i:claim)(?:\s+(?:no\.?|#))?)\s*[:#]?\s*)?"
                         r"(?P<ctrl>[A-Z]{0,4}-?\d[\d-]{7,}[A-Z0-9]*)\s+"
                         r"(?P<name>[A-Z][A-Z'\-]+(?:\s[A-Z][A-Z'\-]+)?,\s*[A-Z][A-Z'\-]+(?:\s+[A-Z]\.?)?)"
                         r"(?:\s+(?:(?i:client|member|mbr|recipient|enrollee)(?:\s+(?i:id|no\.?|number|#))?\s*[:#]?\s+)?"
                         r"(?P<id>[A-Z]{0,4}-?\d[A-Z0-9-]{4,}))?(?=\s|$)")


def _control_led(ctx):
    """The refused claim's first line when it opens with the claim's own control number and the patient."""
    from intake.extract.ids import shape_key

    if not ctx.focus or min(ctx.focus) not in ctx.claim_starts:
        return None
    line = ctx.ix.lines[min(ctx.focus)]
    m = CONTROL_LED.match(line.text)
    return (line, m) if m and shape_key(m.group("ctrl")) == ctx.claim_starts[min(ctx.focus)] else None


def control_led_patient(ctx, parse) -> Candidate | None:
    got = _control_led(ctx)
    value = parse(got[1].group("name")) if got else None
    if not value:
        return None
    return ctx.from_line(got[0], "member_name", value, "layout: the patient after the refused claim's control number",
                         "heuristic", {"denied_claims_patient": DENIED_ROW_BOOST})


def control_led_member_id(ctx) -> Candidate | None:
    got = _control_led(ctx)
    if not got or not got[1].group("id"):
        return None
    found = ctx.from_line(got[0], "member_id", got[1].group("id"), "layout: the member number after the refused "
                          "claim's patient", "heuristic", {"denied_claims_patient": SECTION_ID_BOOST})
    return _own_section(found)

