"""Providers named outside a label: beside or over a claim's number, signing a letter to the plan, in a sentence.

Each finder takes `parse`, the caller's reading of a name (providers._org_value), so the rules for what a name is
stay in one place."""

from __future__ import annotations

import re

from intake.extract import claims, names
from intake.extract.candidates import Candidate
from intake.extract.context import Context, is_mark
from intake.extract.text import fold

# a name's street after it ('Example Transport, Inc., 88 Depot Street, Town'): the name is before the comma
STREET_AFTER = re.compile(r",\s*\d{1,6}\s+[A-Z][a-z]+\b.*$")


def _beside(cell, parse, lex):
    """The first name in a later cell of a claim's header line, past bullets, icons and other labels' values
    ('Patient Ana Reyes')."""
    from intake.layout import cells

    later = [c for c in cells(cell.line) if c[0].bbox[0] > cell.words[-1].bbox[2]]
    for c in later:
        text = " ".join(w.text for w in c)
        if is_mark(text) or (_opens_with_label(text, lex) and len(c) > 1):
            continue  # ('Patient Ana Reyes'; a header row's lone 'PATIENT' ends the search in parse)
        return parse(text)
    return None


NAME_AFTER_NUMBER = re.compile(r"^\S*\d\S*\s+(?=[A-Z][a-z](?:(?!:)[^:])*$)")  # (no next label: 'Referred by: ...')


CLAIM_PARTS = re.compile(r"\s[\u2022|\u00b7\-\u2013\u2014+]\s")  # a claim line's parts: number, who billed, date or status ('+': OCR's dash)


MEMBER_AFTER = re.compile(r"\((?:member|patient|enrollee|subscriber|id|dob|afiliado|paciente)\b", re.I)


def claim_header_providers(ctx: Context, parse) -> list[Candidate]:
    """'Claim number 123 • Three Rivers Hospital': who billed the claim follows its number."""
    out = []
    for lab in ctx.ix.labels:
        pos = ctx.ix.position(lab.cell.line)
        if lab.start != 0 or "claim" not in lab.classes or pos in ctx.others:
            continue
        if ctx.focus is not None and pos not in ctx.focus:
            continue
        rest = " ".join(w.text for w in lab.cell.words[lab.end:])
        parts = _without_labelled_parts(CLAIM_PARTS.split(rest), ctx.lex)[:2]  # ('Claim 123 - Example Clinic - DENIED':
        # the status is no name)
        if len(parts) == 2 and not re.search(r"[A-Za-z]{2}", parts[1]):
            parts = [parts[0]]  # ('Claim 123 Example Clinic 01/31/2031 - 02/13/2031': a date range's dash)
        if len(parts) != 2:  # 'Claim 1234567 Example Sports Clinic': the name right after the number
            parts = NAME_AFTER_NUMBER.split(rest, maxsplit=1)
        if len(parts) == 2 and MEMBER_AFTER.search(lab.cell.line.text.partition(parts[1].strip())[2][:40]):
            continue  # 'Appeal of claim 123 - Ana Reyes, (member W123)': the patient, not who billed
        value = parse(_before_trailing_date(parts[1])) if len(parts) == 2 else _beside(lab.cell, parse, ctx.lex)
        if value:
            out.append(ctx.from_line(lab.cell.line, "provider", value, "layout: provider beside the claim number",
                                      "heuristic", {"claim_header": 0.85}))
    return out


def _without_labelled_parts(parts: list[str], lex) -> list[str]:
    """'Claim 123 \u00b7 Patient Ana Reyes \u00b7 Example Orthodontics': a part after the number that opens with a
    label word ('Patient', 'Member') is that label's value; who billed is in the other parts."""
    return parts[:1] + [p for p in parts[1:] if not _opens_with_label(p, lex)]


def _opens_with_label(text: str, lex) -> bool:
    """A part or cell opening with the member's, the patient's or an account's label word names no provider."""
    words = text.strip(" \u00b7\u2022|-").split()
    got = lex.word_classes(words[0].rstrip(":")) if words else None
    return bool(got and got & {"patient", "holder", "account"} and words[0][:1].isupper())


def _before_trailing_date(text: str) -> str:
    """'Example Home Medical, LLC 01/31/2031': a claim header's name, its dates of service printed after it."""
    from intake.extract.dates import find_dates

    found = find_dates(text)
    if found and found[0][1] > 3 and not re.search(r"[A-Za-z]{2}", text[found[-1][2]:]):
        return DATE_WORD_TAIL.sub("", text[:found[0][1]].rstrip(" ,-\u2013"))  # ('... Center  Service 01/31/2031')
    return text


DATE_WORD_TAIL = re.compile(r"\s+(?:(?:Date|Dates|DOS|Service|Services|Date\(s\))\s*(?:of\s+[Ss]ervice\s*)?:?)$")


def claim_heading_providers(ctx: Context, parse) -> list[Candidate]:
    """'Nov 10, 2025  Dr. Ana Reyes, Suite 200 (555) 201-0000' or a facility's name alone, printed over
    the denied claim's number: who billed it (its date, phone and address cut off)."""
    out = []
    for pos in ctx.claim_heading:
        line = ctx.ix.lines[pos]
        name = _billed_by(line.text) or claims.heading_name(line.text)
        value = parse(name) if name and not _paper_title(name) else None
        if value:
            cand = ctx.from_line(line, "provider", value, "layout: the heading over the denied claim", "heuristic",
                                 {"claim_heading": 0.9})
            cand.features.pop("other_claim", None)  # (the denied claim's own heading, though the claim before's
            if STREET_AFTER.search(line.text):  # block runs up to it, or printed once over its group of claims)
                cand.features.pop("boilerplate", None)  # a name and its street, though run on from a rights
            out.append(cand)  # paragraph above
    return out


HEADING_PARTS = re.compile(r"\s+[|\u2013\u2014-]\s+")


def _billed_by(text: str) -> str | None:
    """'Claim 31-0042 - Ana B. Example - Example Occupational Health (Rendering: ...)': a heading of parts, the
    claim's, the patient's, then who billed; the first part after the patient that names no claim or clinician."""
    parts = [p.strip() for p in HEADING_PARTS.split(re.sub(r"\s*\((?:rendering|servicing|attending)\b.*$", "", text,
                                                                   flags=re.I))]
    if len(parts) < 3 or not any(names.INITIALLED_NAME.fullmatch(p) for p in parts):
        return None
    after = parts[next(k for k, p in enumerate(parts) if names.INITIALLED_NAME.fullmatch(p)) + 1:]
    for part in after:
        if re.search(r"\d|:", part) or names.INITIALLED_NAME.fullmatch(part):
            continue
        return claims.heading_name(part)
    return None


def _paper_title(name: str) -> bool:
    """'Results of Additional Documentation Review', 'Notice of Decision': the paper's title over its facts
    box, not who billed the claim."""
    from intake.extract.insurer import DOC_TITLE

    return bool(DOC_TITLE.search(fold(name)) or re.search(r"\bresults?\s+of\b|\breview\s+results?\b", fold(name)))


def signing_doctor(ctx: Context) -> Candidate | None:
    """The doctor signing a provider's letter to the plan (intake/extract/signer.py), when no label or addressee
    names one: the writer, before any colleague the letter names."""
    from intake.extract.signer import letter_signer

    found = letter_signer(ctx.doc.pages, frozenset(ctx.rules.names.credentials))
    if found is None:
        return None
    line, name = found
    return ctx.from_line(line, "provider", name, "layout: the doctor signing a letter to the plan", "heuristic")


TITLE_AT_END = re.compile(r"(?<=[a-z,]) (?:Dr|Dra)\.$")  # a sentence's line ending in the title of the name the next opens


def doctors_named(ctx: Context, parse) -> list[Candidate]:
    """Doctors the notice names outside any label ('you received from Dr. Ana Reyes'), for when no label
    names the provider; not in another claim, nor under a 'Sincerely,' that makes them the signer."""
    from intake.extract.people import doctors_in
    from intake.layout import cells

    words = frozenset(ctx.rules.names.reviewer_words)
    referrers = frozenset(ctx.rules.names.referrer_words)
    out, prev = [], None
    for line in ctx.ix.lines:
        pos = ctx.ix.position(line)
        signer = prev is not None and prev.page == line.page and len(prev.text.split()) <= 3 and \
            any(w.strip(",.:").lower() in words for w in prev.text.split())
        texts = [" ".join(w.text for w in cell) for cell in cells(line)]
        if texts and prev is not None and prev.page == line.page and TITLE_AT_END.search(prev.text):
            texts[0] = "Dr. " + texts[0]  # ('... that Dr.' over 'Ana Reyes of Mesa Urology asked ...')
        prev = line
        if pos in ctx.others or signer:
            continue
        feats = {"named_doctor": 0.8}
        if ctx.focus is not None and pos not in ctx.focus:
            feats["outside_claim"] = 0.6
        for m in (m for text in texts for m in doctors_in(text, words, referrers)):
            value = parse(m.value)
            if value:
                out.append(ctx.from_line(line, "provider", value, "names.doctor_named", "heuristic", feats))
    return out
