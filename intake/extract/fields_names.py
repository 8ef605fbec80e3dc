"""The member's name: under a label, in the address block the letter is sent to, after a greeting, or as the
patient of the denied claim; never a relative, a signer or a caption."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from intake.extract import ids, names
from intake.extract.addressee import form_box_names, written_to_relative
from intake.extract.candidates import Candidate, best
from intake.extract.address_blocks import address_block_names, business_words
from intake.extract.context import Context
from intake.extract.fields_ids import STATE_ZIP
from intake.extract.kv_columns import is_table_header
from intake.extract.person_sections import (DENIED_ROW_BOOST, column_patient, control_led_patient, header_patient,
                                            refused_row_patient, refused_rows, section_patient)
from intake.extract.text import fold


GREETING = re.compile(r"^\s*(?:dear|estimad[oa]|hello|hi)\b", re.I)  # the line that greets the reader by name
ON_BEHALF = re.compile(r"\b(?:of|for|guardian|parent|de|para|tutor|tutora)\b", re.I)

# a person's relationship in brackets after the name ('Ana Reyes (Child)', '(Self)', '(hija)'; names.yaml)
RELATION_AFTER = re.compile(r"\s*\(\s*([^()\d]{2,24}?)\s*\)\s*$")


@lru_cache(maxsize=8)
def _relation_words(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(fold(w).lower() for w in words)


# a part a comma or a bracket sets after the name that opens with a number (after its short caption: 'TDC no.'):
# the person's number or person code ('Ana B. Reyes, person 02'), and what follows it ('ABERNATHY, ANA B 02' keeps
# its person code: a name's part)
NUMBER_PART_AFTER = re.compile(r"\s*[,(]\s*(?:(?:[A-Za-z]{1,6}\.?\s+(?:no\.?|#)\s*)?[A-Z]{0,4}[\s-]?\d{3,}|"
                               r"(?:person|persona|suffix|sufijo)\s+\d{2,})[^,()]*\)?(?:[,(].*)?$", re.I)
SUFFIX_AFTER = re.compile(r"\s*\(\s*[-#]?\s*\d{1,3}\s*\)\s*$")


def _person_value(text: str, ctx: Context) -> str | None:
    text = ctx.cut_at_label_words(names.without_leading_titles(text.strip(" |[]")))  # (a form box's rules read
    # around the name; a title before it such as 'Rev.' is a label's word elsewhere)
    text = SUFFIX_AFTER.sub("", text)  # ('Ana B. Example (-02)': the person's number suffix on a family statement)
    text = NUMBER_PART_AFTER.sub("", text)  # ('Ana B. Example, QX 4471903, Unit 4', 'Ana B. Example (QX 4471903)')
    m = RELATION_AFTER.search(text)
    said = fold(m.group(1)).lower().split() if m else []
    if said and said[-1] in _relation_words(tuple(ctx.rules.names.relation_words)):  # ('(the member's child)')
        text = text[:m.start()]
    return names.clean_person(text)


FIGURE_CAPTIONS = frozenset({"amount", "totalled", "date"})  # a caption's first word that never opens a name


def _address_text(text: str) -> bool:
    """A mailing address's box or its town line ('PO Box 40, Town, ST 12345', 'Town, ST 12345'): a place."""
    text = text.strip()
    return bool(ids.PO_BOX.match(text) or ids.CITY_LINE.match(text) or STATE_ZIP.fullmatch(text))


def member_name(ctx: Context) -> Candidate | None:
    cands = []
    for pair in ctx.pairs_for("member_name"):
        if _address_text(pair.value.text):
            continue  # 'Member Appeals' over 'PO Box 40', a sidebar's 'Member' beside 'Town, ST 12345': no name
        if pair.how in ("column", "below") and is_table_header(ctx.ix, pair.value.line):
            continue  # ('PATIENT NAME' over a second row of captions, 'FROM TO PROC MOD'): no one's name
        value = _person_value(pair.value.text, ctx)
        if value and (ctx.lex.word_classes(value.split()[0]) or frozenset()) & FIGURE_CAPTIONS:
            continue  # 'POLICYHOLDER' beside 'AMOUNT ENCLOSED' on a coupon: the next box's caption, no one's name
        if pair.how in ("column", "below") and (value is None or INITIAL_END.search(value)):
            value = _wrapped_name(ctx, pair.value) or value  # ('Ana B.' over 'Reyes' in a narrow column)
        if value and _capitalised(pair.value.text):  # ('Patient will refund you.': a sentence, no name)
            cands.append(ctx.from_pair(pair, "member_name", value, {}))
    for c in ctx.prose_candidates("member_name", lambda t: _person_value(t, ctx) or ctx.named_by_surname(t)):
        if "named_patient" in c.features:  # ('for your child Leo C. Reyes' names the patient)
            if not _printed_name(c):
                continue  # ('sobre su hijo, pida una audiencia': no name follows; 'Leo C.' cut at the line's end)
        else:
            c.features["salutation"] = 0.75  # a letter is often addressed to the subscriber, not the patient
        cands.append(c)
    cands += address_block_names(ctx, lambda t: _person_value(t, ctx))
    cands += _notice_for(ctx) + _treated_person(ctx) + _about_member(ctx)
    if written_to_relative(ctx):
        _reader_is_not_the_patient(ctx, cands)
    if not cands:
        cands += _inline_member(ctx)
    if not cands:
        cands += _subject_person(ctx)
    _denied_claims_patient(ctx, cands)
    cands += _claim_heading_patient(ctx, cands)
    def parse(text: str) -> str | None:
        return _person_value(text, ctx)

    section = section_patient(ctx, parse) or header_patient(ctx, parse) or refused_row_patient(ctx, parse) or \
        column_patient(ctx, parse) or control_led_patient(ctx, parse)
    cands += [section] if section else []  # (a family statement's sections, each headed by its person)
    win = best(cands)
    if win is not None:
        win.value = ctx.fuller_name(win.value)
    return win


def _reader_is_not_the_patient(ctx: Context, cands: list[Candidate]) -> None:
    """A letter to a parent, guardian or spouse: the address block's and the greeting's name is the reader's,
    weighed down; a full name in the form's boxes, not the reader's, may be the patient's."""
    readers = {c.value for c in cands if ("address_block" in c.features or GREETING.match(c.text or ""))
               and not ON_BEHALF.search(c.text or "")}  # ('Parent or guardian of Leo C. Reyes': the child's name)
    readers -= {c.value for c in cands if "named_patient" in c.features or c.features.get("label", 0) >= 0.8}
    w = ctx.rules.names
    roles = frozenset(fold(x).lower() for x in (*w.reviewer_words, *w.referrer_words, *w.orderer_words,
                                                 *w.prescriber_words, *w.requester_words, *w.box_role_words))
    boxed = [c for c in form_box_names(ctx, roles) if c.value not in readers]
    if not boxed and all(c.value in readers for c in cands):
        return  # (no one else is named: the reader may be the member after all)
    for c in cands:
        if c.value in readers:
            c.features["relative_reader"] = 0.6
    cands += boxed


def _capitalised(text: str) -> bool:
    """A name as printed has capitals in its first words (OCR may read a first 'I' as 'l': 'lolo G. Reyes'); a
    run of lower-case words is the rest of a sentence the label's word began."""
    return any(w[:1].isupper() for w in [w for w in text.split() if w[:1].isalpha()][:3])


def _printed_name(cand: Candidate) -> bool:
    """A name as printed: capitalised words on the line, two of them more than an initial (or wrapped after its
    middle initial: 'your daughter Ana B.' over 'Reyes received on ...')."""
    words = cand.value.split()
    head = cand.value.rsplit(" ", 1)[0]
    wrapped = bool(re.search(r"\s[A-Z]\.$", head)) and (cand.text or "").rstrip().endswith(head)
    return (cand.value in cand.text or wrapped) and sum(len(w.rstrip(".")) > 1 for w in words) >= 2


# a summary notice's addressee line ('Notice for Jane Q. Doe', 'Aviso para: Ana Ruiz'): whose claims these are
NOTICE_FOR = re.compile(r"^\s*(?:(?:the|el|este)\s+)?(?:(?:notice|aviso|summary|resumen|statement|prepared)\s+)?(?:for|para)"
                        r"\s*:?\s+(?!(?:part|parte)\s+[a-d]\b)(?=[A-Z])", re.I)  # (or a bare 'For Ana Ruiz' heading the statement)


# a header band's caption over its value ('NOTICE FOR' / 'PREPARED FOR' / 'FOR' over 'Ana B. Ruiz'): the same
# ('TO' over the reader beside 'ABOUT' over the member: the member's caption too)
CAPTION_FOR = re.compile(r"^\s*(?:(?:notice|aviso|summary|resumen|statement|date\s+prepared|prepared)\s+)?"
                         r"(?:for|para|about|acerca\s+de)\s*:?\s*$", re.I)


def _notice_for(ctx: Context) -> list[Candidate]:
    """The addressee line's own cell: a summary notice prints its next column ('Your Deductible Status') on the
    same line, a gap away."""
    from intake.layout import cells

    out = []
    for line in ctx.ix.lines[:12]:
        first = _label_and_name_cells(cells(line)) if line.words else ""
        m = NOTICE_FOR.match(first)
        value = _person_value(_before_next_label(first[m.end():], ctx), ctx) if m else None
        value = value or _barred_for(line.text, ctx)
        if value:
            out.append(ctx.from_line(line, "member_name", value, "layout: the notice's addressee line", "heuristic",
                                     {"notice_for": 0.8}))
    return out + _caption_for(ctx)


def _barred_for(text: str, ctx: Context) -> str | None:
    """'Issued 2031-06-22 | For Ana B. Reyes | Member # 123': a header band's box opening with 'For', set apart by
    bars, the one it names is the member."""
    for part in text.split("|")[1:]:
        m = NOTICE_FOR.match(part)
        value = _person_value(_before_next_label(part[m.end():], ctx), ctx) if m else None
        if value:
            return value
    return None


def _caption_for(ctx: Context) -> list[Candidate]:
    """'NOTICE FOR' (or 'FOR') captioning a header band's column, the member's name in the cell under it."""
    from intake.extract.kv_columns import column

    out = []
    for line in ctx.ix.lines[:12]:
        row = ctx.ix.cells.get(id(line), [])
        for k, cell in enumerate(row):
            if not CAPTION_FOR.match(cell.text) or (k + 1 < len(row) and _person_value(row[k + 1].text, ctx)):
                continue  # ('Notice for | Ana Ruiz': the name beside it, read as the addressee line)
            below = column(ctx.ix, cell, max_rows=1, sidebar=True)
            value = _person_value(below[0].text, ctx) if below else None
            if value:
                out.append(ctx.from_line(below[0].line, "member_name", value, "layout: the name under a 'For' caption",
                                         "column", {"notice_for": 0.8}))
    return out


def _label_and_name_cells(parts: list) -> str:
    """The line's cells up to the one that completes the name after the label (the label and the name may be
    two cells; the next column's words are not the name)."""
    text = ""
    for i, part in enumerate(parts):
        text = f"{text} {' '.join(w.text for w in part)}".strip()
        m = NOTICE_FOR.match(text)
        named = [w for w in text[m.end():].split() if len(w.rstrip(".")) > 2] if m else []
        if (m is None and i > 0) or len(named) >= 2:
            break  # (a first name and a surname, more than initials: 'Ana J.' may go on in the next cell)
    return text


# a colon-less label run on with its name in one line ('Issued 2031-04-05 Member Ana B. Reyes ID 501178',
# 'Claims for Ana B. Reyes (dependent child)', 'PREPARED FOR ... / June 30, 2031 Ana B. Reyes'): the name has its
# middle initial, so 'Member Services at ...' is no one
INLINE_MEMBER = re.compile(r"(?:^|[\s|])(?:Member|MEMBER|Patient|PATIENT|Enrollee|Beneficiary|Claims\s+for|Prepared\s+for|"
                           r"Statement\s+for|Paciente|Afiliad[oa])\s+([A-Z][a-z\u00e0-\u00ff'\-]+\s+[A-Z]\.\s+[A-Z][a-z\u00e0-\u00ff'\-]+"
                           r"(?:-[A-Z][a-z'\-]+)?)(?=\s|$|[|,(])")


def _inline_member(ctx: Context) -> list[Candidate]:
    """Where no label, sentence or address names the member: a name run on after a colon-less member label."""
    return _run_on_names(ctx, INLINE_MEMBER, "layout: a member label without a colon", "heuristic",
                         {"inline_member": 0.7})


def _run_on_names(ctx: Context, pattern: re.Pattern, rule: str, how: str, feats: dict) -> list[Candidate]:
    """Names run on after a label the pattern knows, on the first forty lines (a paper's head)."""
    out = []
    for line in ctx.ix.lines[:40]:
        for m in pattern.finditer(line.text):
            value = _person_value(m.group(1), ctx)
            if value:
                out.append(ctx.from_line(line, "member_name", value, rule, how, dict(feats)))
    return out


# the person the care was for, named run on after a colon-less label beside the subscriber's ('Subscriber Ana B.
# Reyes ... Person treated Leo C. Reyes', 'Claims for: Leo C. Reyes (spouse)'): the patient, as a 'Patient:' label
TREATED_PERSON = re.compile(r"(?:^|[\s|])(?:Person\s+treated|Patient\s+treated|Person\s+served|Claims\s+for|Services\s+for|"
                            r"Care\s+for|Atendid[oa]|Persona\s+atendida)\s*:?\s+([A-Z][a-z\u00e0-\u00ff'\-]+\s+[A-Z]\.\s+"
                            r"[A-Z][a-z\u00e0-\u00ff'\-]+(?:-[A-Z][a-z'\-]+)?)(?=\s|$|[|,(])")


# a letter to a provider names the member on its 'Re:' line or as the copy's recipient ('Re: Ana B. Reyes, member
# 123', 'Copy: Ana B. Reyes (member 123)', 'Copia a: Ana B. Reyes'), a member's letter on its 'To:' line: the name
# alone there, or before a member word or a program's ID ('Re: Ana B. Reyes - Medicaid ID 123'); a 'Re:' line may
# name the matter first ('Re: Letter of medical necessity - Ana B. Reyes, member ID'); a fax may print the
# initial's stop as a comma ('Re: Ana B, Reyes DOB ...')
# a 'Re:' line's bare number after the name ('Re: Ana B. Reyes / QX1234567 / claim 31-88'): the member's own
RE_BARE_NUMBER = r"\s*(?:[,+|/\u2022]|\s[-\u2013\u2014])\s*(?P<number>[A-Z]{0,4}[ -]?\d[A-Z0-9 -]{3,20}?)\s*(?:[,+|/\u2022]|\s[-\u2013\u2014]|$)"
ABOUT_MEMBER = re.compile(r"(?:^|[\s|])(?:(?:Re|RE)\s*:\s+(?:[^|:]{3,80}?\s[-\u2013\u2014]\s+|(?:[A-Z][a-z]+\s+)?(?:[Cc]laim|[Aa]ppeal|"
                          r"[Rr]equest|[Rr]econsideration)[^|:,]{0,40}?\s(?:for|on\s+behalf\s+of)\s+)?|(?:Copy|COPY|Cc|CC|cc|Copia\s+a|"
                          r"Copia\s+para|To|TO|Para)\s*:\s+)([A-Z][a-z\u00e0-\u00ff'\-]+"
                          r"\s+[A-Z][.,]\s+[A-Z][a-z\u00e0-\u00ff'\-]+(?:-[A-Z][a-z'\-]+)?)(?=\s*$|\s*(?:[,(+/]|\s[-\u2013\u2014])\s*(?:member|"
                          r"miembro|afiliad[oa]|patient|paciente|beneficiar|DOB|[Dd]ate\s+of\s+birth)|\s*(?:[,(+|/]|\s[-\u2013\u2014])?\s*[A-Z][\w\-]*\s+"
                          r"(?:ID|No\.|Number|#)\s*:?\s*[A-Z0-9]|(?=" + RE_BARE_NUMBER + "))")


def _about_member(ctx: Context) -> list[Candidate]:
    """The member a provider's letter is about, on its 'Re:' or copy line: below a 'Patient:' label's weight."""
    return _run_on_names(ctx, ABOUT_MEMBER, "layout: the member on a 'Re:' or copy line", "heuristic",
                         {"about_member": 0.75})


# a subject line ('Re: Your invoice for crew member Ana B. Reyes, ...', 'Subject: Claim 123 + Ana B. Reyes + ...',
# 'Asunto: ...'): the person it names, past its matter, when nothing else on the paper names anyone
SUBJECT_LINE = re.compile(r"^\s*(?:Re|RE|Subject|SUBJECT|Regarding|Asunto|ASUNTO|Ref)\s*[:.]\s+(?P<rest>.+)$")
SUBJECT_PERSON = re.compile(r"(?<![A-Za-z.])(?<!Dr\.\s)(?<!Dra\.\s)([A-Z][a-z\u00e0-\u00ff'\-]+(?:-[A-Z][a-z'\-]+)?\s+[A-Z][.,]\s+"
                            r"[A-Z][a-z\u00e0-\u00ff'\-]+(?:-[A-Z][a-z'\-]+)?)(?!,?\s*(?:MD|DO|NP|PA|DDS|DMD|OD|DPM|PhD|RN|LCSW)\b)")


def _subject_person(ctx: Context) -> list[Candidate]:
    """The person a letter's subject line names (a provider's letter is about its patient), where no label,
    sentence or address names anyone: the first full name with a middle initial, not a doctor's."""
    for line in ctx.ix.lines[:40]:
        m = SUBJECT_LINE.match(line.text)
        found = SUBJECT_PERSON.search(m.group("rest")) if m else None
        value = _person_value(found.group(1), ctx) if found else None
        if value:
            return [ctx.from_line(line, "member_name", value, "layout: the person a subject line names, nothing "
                                  "else naming anyone", "heuristic", {"about_member": 0.75})]
    return []


def _treated_person(ctx: Context) -> list[Candidate]:
    """The patient named after a colon-less 'Person treated' or 'Claims for' label: weighed as a 'Patient:' label,
    above the subscriber's, wherever other names are found too."""
    return _run_on_names(ctx, TREATED_PERSON, "layout: the person treated, run on after its label", "inline",
                         {"label": 0.85})


def _before_next_label(text: str, ctx: Context) -> str:
    """'Ana J . Ruiz Medicare Number: 1EG4...' -> 'Ana J. Ruiz': the name, up to the label printed after it."""
    words = re.sub(r"\s+\.", ".", text.split(":", 1)[0]).split()
    if ":" in text:
        while words and (ctx.lex.word_classes(words[-1]) is not None or words[-1].lower() in ("de", "del")):
            words.pop()
    return " ".join(words)


def _denied_claims_patient(ctx: Context, cands: list[Candidate]) -> None:
    """A family statement heads each patient's claims with the patient's name: the denied claim's patient is
    the one named last before that claim, not the subscriber at the top. Only where patients are named more
    than once (sections), so a letter's one 'Patient:' line and its 'Subscriber:' line keep their weights."""
    heads = [c for c in cands if c.features.get("label", 0) >= 0.75 and "salutation" not in c.features]
    if len({c.value for c in heads}) < 2:
        return
    if ctx.focus is None:  # no claim blocks: a table's 'Patient' column, read on the rows a code says are refused
        rows = refused_rows(ctx)
        on_rows = [c for c in heads if c.order // 100 in set(rows)]
        pick = on_rows[0] if len({c.value for c in on_rows}) == 1 else _section_over(ctx, heads, rows)
        if pick is not None:
            pick.features["denied_claims_patient"] = 1.2
        return
    start = min(ctx.focus)
    inside = [c for c in heads if c.order // 100 in ctx.focus]  # 'Patient:' in the claim's own box
    before = [c for c in heads if c.order // 100 < start]
    first_claim = min(ctx.claim_starts, default=start)
    if not inside and all(c.order // 100 < first_claim for c in heads):
        return  # (every name stands over the first claim, in the paper's header: no sections, no order to read)
    if inside or before:
        pick = min(inside, key=lambda c: c.order) if inside else max(before, key=lambda c: c.order)
        pick.features["denied_claims_patient"] = 1.2


def _section_over(ctx: Context, heads: list[Candidate], rows: list[int]) -> Candidate | None:
    """The 'Patient:' line over the refused rows, where people's rows follow one another each under their own
    'Patient:' line (rows with amounts between the first such line and this one): never one of two labels in
    the paper's header."""
    from intake.extract.claims import row_amounts

    before = [c for c in heads if rows and c.order // 100 < min(rows)]
    if not before:
        return None
    pick = max(before, key=lambda c: c.order)
    later = [c.order // 100 for c in heads if c.order > pick.order and c.value != pick.value]
    if later and max(rows) > min(later):
        return None  # (refused rows under two people)
    first = min(c.order // 100 for c in heads)
    sections = any(len(row_amounts(ctx.ix.lines[k].text)) >= 2 for k in range(first + 1, pick.order // 100))
    return pick if sections else None


# a clinician's title or degree on a heading's name ('Dr. Ana Reyes', 'Ana Reyes, MD'): who gave the care
CLINICIAN = re.compile(r"^\s*(?:Dr|Dra|Doctor)\b|,?\s\(?(?:M\.?D|D\.?O|NP|PA-?C?|RN|DDS|DMD|DPM|O\.?D|Au\.?D|PhD|"
                       r"LCSW|DPT|PT|CRNA|FNP|APRN)\b\.?\)?", re.I)


def _heading_people(ctx: Context, pos: int) -> list[str]:
    """The person names among a claim heading's cells ('Claim C1 | Ana B. Reyes, person 02 | Clinic')."""
    line = ctx.ix.lines[pos]
    cells = [c.text for c in ctx.ix.cells.get(id(line), [])] or [line.text]
    out = []
    for text in (t.strip() for cell in cells for t in re.split(r"\||\s[\u00b7\u2022]\s", cell)):  # ('|', ' · ')
        value = _person_value(text, ctx) if not CLINICIAN.search(text) else None
        if value and len(value.split()) >= 2 and not business_words(value, ctx.rules):
            out.append(value)
    if not out:  # ('Claim 31-0042 Ana B. Example Example Hospital received ...': one cell, the name with an initial in it)
        out = [m.group(0) for m in names.INITIALLED_NAME.finditer(line.text)
               if not CLINICIAN.search(line.text[:m.start()][-5:])]
    return out




def _claim_heading_patient(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """A family statement that heads each claim with its patient names the denied claim's patient in that
    claim's heading. Taken only where the headings name different people of one family (a surname the
    other candidates or headings share), so a doctor named in a heading is no patient."""
    if not ctx.focus or min(ctx.focus) not in ctx.claim_starts or len(ctx.claim_starts) < 2:
        return []
    pos = min(ctx.focus)
    mine = _heading_people(ctx, pos)
    headings = [_heading_people(ctx, a) for a in ctx.claim_starts if a != pos]
    others = {v for people in headings for v in people}
    named = others | {str(c.value) for c in cands if c.value}
    # of the heading's people, the one printed as a name and kin to someone else named (a surname another heading
    # or candidate shares: a therapist heading two rows is kin to no one), where the heading also names its clinician
    mine = [m for m in mine if _printed_as_is(m, ctx.ix.lines[pos].text) and _kin(m, named)]
    if len(mine) != 1 or not others or all(mine[0] in people for people in headings):
        return []  # (a name every heading prints is a doctor's or the subscriber's; the patient's other claims may
        # head with it too)
    said = re.search(r"\b(?:patient|paciente)\s*:?\s+" + re.escape(mine[0].split()[0]), ctx.ix.lines[pos].text, re.I)
    boost = DENIED_ROW_BOOST * (1.1 if said else 1.0)  # ('Claim 123 - Example Clinic - patient Ana B. Example':
    # named as the patient)
    return [ctx.from_line(ctx.ix.lines[pos], "member_name", mine[0], "layout: the patient named in the denied "
                          "claim's heading", "heuristic", {"denied_claims_patient": boost})]


def _printed_as_is(name: str, text: str) -> bool:
    """The name printed whole in the line, in its order or surname first ('ANA B. REYES', 'REYES, ANA B'), each word
    with its capital: 'Debridement, subcut.' gives no 'Subcut. Debridement', 'Portable concentrator' no one, nor
    'Ana Reyes, LPC H2011' an 'Lpc H. Ana Reyes'."""
    squash = lambda t: " " + " ".join(re.findall(r"[\w'\-]+", t.lower())) + " "
    words = name.split()
    capitals = {w.lower() for w in re.findall(r"[\w'\-]+", text) if w[:1].isupper()}
    return all(w.strip(".,").lower() in capitals for w in words) and \
        (squash(name) in squash(text) or squash(" ".join(words[-1:] + words[:-1])) in squash(text))


def _kin(name: str, named: set[str]) -> bool:
    """Someone else of the same surname is named: another first name, not the same name read another way."""
    first, last = name.split()[0].lower(), name.split()[-1].lower()
    return any(v.split()[-1].lower() == last and v.split()[0].lower() != first and
               SequenceMatcher(None, v.lower(), name.lower()).ratio() < 0.85 for v in named if v != name)


INITIAL_END = re.compile(r"\s[A-Z]\.$")  # 'Ana B.': a name cut after its middle initial
NAME_PART = re.compile(r"^(?:[A-Z]\.\s+)?[A-Z][a-z\u00e0-\u017f'\-]+$")  # 'Reyes', 'B. Reyes'


def _wrapped_name(ctx: Context, cell) -> str | None:
    """A table's narrow column wraps a name: 'Ana B.' over 'Reyes', or 'Ana' over 'B. Reyes'. The next line's
    cell that starts under the value, a surname alone (no label word), completes it."""
    lines, pos = ctx.ix.lines, ctx.ix.position(cell.line)
    if pos < 0 or pos + 1 >= len(lines):
        return None
    nxt, height = lines[pos + 1], cell.line.height
    below, row = ctx.ix.cells.get(id(nxt), []), ctx.ix.cells.get(id(cell.line), [])
    if nxt.page != cell.line.page or nxt.bbox[1] - cell.line.bbox[3] > height or 2 * len(below) > max(len(row), 2):
        return None  # (a full row under it is the table's next row, not the rest of a wrapped cell)
    for under in below:
        if abs(under.x0 - cell.x0) <= 0.5 * height and NAME_PART.match(under.text.strip(" ,")) and \
                not any(ctx.lex.word_classes(w.text, w.conf) for w in under.words):
            return _person_value(f"{cell.text} {under.text.strip(' ,')}", ctx)
    return None
