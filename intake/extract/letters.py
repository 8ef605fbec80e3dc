"""Letters written to the payer (a supplier's, an agency's or a doctor's letter to the plan or program): who is the
sender and who the addressee, decided from the salutation and the address block over it; and notices a provider
gives on Original Medicare's own forms, which are about Medicare's coverage."""

from __future__ import annotations

import re

from intake.extract.text import fold, rx

PLAN_OR_INSURER = re.compile(r"\b(?:plan|plans|insurance|assurance|mutual|hmo|ppo|epo|benefits?|seguro|seguros)\b", re.I)
PAYER_STAFF = re.compile(r"^dear\s+(?:medical\s+director|(?:physician\s+)?reviewer|appeals?\b|grievance|utilization|"
                         r"claims?\s+(?:department|reviewer|review)|review\s+(?:committee|team)|hearing\s+officer)", re.I)
PAYER_OFFICE = re.compile(r"\b(?:department|medicaid|medicare|program|utilization|appeals?|reconsiderations?|"
                          r"administrators?|administration|contractor)\b", re.I)
# a provider's own office a plan's notice is addressed to ('To the business office:', 'To the billing office,'):
# a salutation, but to the provider, not to the payer
PROVIDER_OFFICE = re.compile(r"^to\s+(?:the\s+|your\s+)?(?:business|billing|patient\s+accounts?|front)\s+office\b")
# a letterhead's line naming who runs the plan ('administered by Example Benefit Administrators, Inc.', 'Claims
# administered by the Example Health Authority', 'administrado por ...'): never the address the letter is sent to
RUN_BY = re.compile(r"^\W*(?:(?:plan|program|benefits?|coverage|claims?)\s+(?:for\s+[\w\s]{1,40}?\s+)?(?:are\s+|is\s+)?)?"
                    r"(?:administered|underwritten|insured|issued|offered|serviced|managed|operated)\s+by\b|"
                    r"^\W*(?:administrad[oa]|ofrecid[oa]|asegurad[oa])\s+por\b", re.I)
SALUTATION = re.compile(r"^(?:dear\s|to\s+whom\s+it\s+may\s+concern|to\s+(?:the\s+)?[a-z ]{0,40}?(?:unit|department|"
                        r"committee|team|office|reviewers?)\s*[:,])")


def letter_to_payer(ctx) -> bool:
    """A letter its sender wrote to the plan or the program ('Dear Medical Director:', or the plan's or the
    agency's name over the salutation): the sender, not the addressee, gave the care."""
    from intake.extract.kv_types import RE_LINE

    lines = ctx.doc.pages[0].lines[:30] if ctx.doc.pages else []
    for k, ln in enumerate(lines):
        text = ln.text.strip()
        if not SALUTATION.match(fold(text)) or PROVIDER_OFFICE.match(fold(text)):
            continue
        if PAYER_STAFF.match(text) or not fold(text).startswith("dear "):
            return True  # ('To the reconsideration unit:')
        if not GENERIC_DEAR.match(fold(text)):
            return False  # 'Dear Ana Reyes:': a letter to a person, the member or a doctor
        block = [x.text for x in lines[max(0, k - 8):k] if not RE_LINE.match(fold(x.text))]
        return any(PLAN_OR_INSURER.search(x) or PAYER_OFFICE.search(x) for x in block[-5:])
    return False


GENERIC_DEAR = re.compile(r"dear\s+(?:sir|madam|sirs|colleagues?)\b")


def addressed_payer(ctx) -> tuple | None:
    """The plan or program a letter to the payer is addressed to ('Example Bay Health Plan' over 'Medical
    Director, Utilization Management' above 'Dear Medical Director:'): the payer the letter is about, whatever
    letterhead the sender wrote it on: (the line, the payer's name)."""
    from intake.extract.insurer import org_name, without_addressed_office
    from intake.extract.kv_types import RE_LINE

    if not letter_to_payer(ctx):
        return None
    lines = ctx.doc.pages[0].lines[:30]
    end = next(k for k, ln in enumerate(lines) if SALUTATION.match(fold(ln.text.strip())))
    for ln in lines[1:end]:
        if RE_LINE.match(fold(ln.text.strip())):
            break  # ('Re: ...' and what follows it: the matter, no address)
        for text in (c.text.strip() for c in ctx.ix.cells.get(id(ln), [])):  # (a facts column beside it)
            if RUN_BY.match(text):
                continue  # ('administered by Example Benefit Administrators, Inc.': the letterhead's, no address)
            if PLAN_OR_INSURER.search(text) and org_name(text, ctx.rules) and not PAYER_STAFF.match("dear " + text):
                return ln, without_addressed_office(text, ctx.rules)
    return None


MEDICARE_NOTICE_TOP = 0.3  # the form's title stands in the top third of its first page


def medicare_notice_title(ctx):
    """The title line of a notice a provider gives on Original Medicare's own form (an ABN, a Notice of
    Exclusions from Medicare Benefits; rules/insurers.yaml medicare_notices), or None: such a paper is about
    Medicare's coverage, whichever provider's letterhead it is printed under."""
    if not ctx.doc.pages:
        return None
    page = ctx.doc.pages[0]
    patterns = [rx(p) for p in ctx.rules.insurers.medicare_notices]
    for ln in page.lines:
        if ln.bbox[1] > MEDICARE_NOTICE_TOP * page.height:
            break
        if any(p.search(fold(ln.text)) for p in patterns):
            return ln
    return None
