"""The doctor who signs a letter to the plan: on a provider's own letter (a letter of medical necessity, a
request to reconsider) the signer is who gives or asks for the care.

Why apart from the doctors named in the text: on the plan's own letters the signer is the plan's reviewer or
medical director, never the provider. Only a letter whose letterhead is not the plan's, addressed to the plan
(its utilization management, prior authorization or appeals office) under a date or over a 'Re:' line, gives
its signer that role.
"""

from __future__ import annotations

import re

from intake.extract.dates import find_dates
from intake.extract.insurer import SIGN_OFF
from intake.extract.text import fold
from intake.layout import transmission_line
from intake.model import Line, PageText

# the plan's own office a letter is sent to ('Example Health Plan - Prior Authorization', 'Utilization Management')
TO_PLAN = re.compile(r"\b(?:health\s+plan|insurance|assurance|mutual|hmo|utilization\s+(?:management|review)|"
                     r"prior\s+authorization|precertification|medical\s+director|appeals?\s+(?:unit|department|office)|"
                     r"claims?\s+(?:edits|department|review)|retro\s+review|grievances?|appeals|external\s+review)\b",
                     re.I)
# 'Ana B. Reyes, MD', 'Dr. Ana B. Reyes, Physical Medicine', 'Ana Reyes, PT, DPT': a name and then credentials
SIGNER = re.compile(r"^\s*(?P<name>(?:Dr\.?\s+)?[A-Z][a-z][\w'\-]*(?:\s+[A-Z][.,])?\s+[A-Z][\w'\-]+)\s*(?:,\s*"
                    r"(?P<cred>[A-Z][A-Za-z]{0,5}(?:-[A-Z]{1,3})?)\b|,|$)")
RE_LINE = re.compile(r"^\s*(?:re|regarding|asunto)\s*[:;]", re.I)
NPI_LINE = re.compile(r"^\s*NP[I1l|]\b")


def _dated_to_plan(page: PageText) -> bool:
    """A letter laid out as one is sent to the plan: letterhead, then a date alone on its line, then the plan's
    office within the top part of the page; the letterhead itself is not the plan's."""
    sent = transmission_line(page)  # (a fax machine's line over the letterhead names the sending machine)
    top = [ln for k, ln in enumerate(page.lines) if ln.bbox[1] < 0.4 * page.height and k != sent]
    if not top or TO_PLAN.search(top[0].text):
        return False
    dated = next((k for k, ln in enumerate(top) if _date_alone(ln)), None)
    if dated is not None:
        return any(TO_PLAN.search(ln.text) for ln in top[dated + 1:dated + 4])
    # undated: the plan's office, then within three lines the 'Re:' line naming the member
    return any(TO_PLAN.search(ln.text) and any(RE_LINE.match(n.text) for n in top[k + 1:k + 4])
               for k, ln in enumerate(top[1:], 1))


def _date_alone(line: Line) -> bool:
    text = line.text.strip()
    found = find_dates(text.lower())
    return len(found) == 1 and len(text) <= 22


def _signer_of(lines: list[Line], credentials: frozenset[str]) -> tuple[Line, str] | None:
    """The doctor's name (a 'Dr.' or a credential after it) on one of the two lines after the sign-off, or on
    the line over the signer's NPI when the letter has no sign-off."""
    for k, ln in enumerate(lines):
        if SIGN_OFF.match(fold(ln.text).strip()):
            after = lines[k + 1:k + 3]
        elif k + 1 < len(lines) and NPI_LINE.match(lines[k + 1].text):
            after = [ln]
        else:
            continue
        for cand in after:
            if (name := _credentialed(cand.text, credentials)) is not None:
                return cand, name
    return None


def _credentialed(text: str, credentials: frozenset[str]) -> str | None:
    m = SIGNER.match(text)
    if m is None:
        return None
    if m.group("name").startswith("Dr") or (m.group("cred") or "").lower() in credentials:
        return re.sub(r"(?<=\s[A-Z]),(?=\s)", ".", m.group("name").strip())  # ('Ana B, Reyes': OCR's comma)
    return None


def letter_signer(pages: list[PageText], credentials: frozenset[str]) -> tuple[Line, str] | None:
    """The signer of a provider's letter to the plan (the document's first page laid out as one), or None.
    `credentials`: the words that may follow a signer's name (rules/names.yaml)."""
    if not pages or not _dated_to_plan(pages[0]):
        return None
    for page in pages:
        got = _signer_of(page.lines, credentials)
        if got is not None:
            return got
    return None
