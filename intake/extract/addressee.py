"""A letter written to a relative: the parent, guardian or spouse it is addressed to is not the member.

CHIP and family letters go to a parent ('the therapy your son needs'), a guardian ('You are the legal guardian of
the member named in this letter') or a spouse ('the study your wife had'). The address block and the greeting then
name the reader, not the patient; the patient is named in the form's boxes, often under a caption a fax left
unreadable. rules/names.yaml `written_to_relative` says which sentences show it; the decision is logged by rule.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from intake.extract.candidates import Candidate
from intake.extract.context import Context
from intake.extract.text import fold

log = logging.getLogger(__name__)

# a full name with its middle initial, alone in a form's box ('Ana B. Reyes'): the shape a patient's box holds
BOX_NAME = re.compile(r"^[A-Z][a-z\u00e0-\u00ff'\-]+\s+[A-Z]\.\s+[A-Z][a-z\u00e0-\u00ff'\-]+(?:-[A-Z][a-z'\-]+)?$")
BOX_RULES = re.compile(r"[\]|\[]")  # a box's rules as OCR reads them, around a garbled caption ('pt name] ')
HEAD_LINES = 30


@lru_cache(maxsize=4)
def _patterns(sources: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    """The rule file's patterns compiled once per rule set, not per document."""
    return tuple(re.compile(s) for s in sources)


def written_to_relative(ctx: Context) -> bool:
    """The letter speaks to its reader about someone else's care (names.yaml `written_to_relative`)."""
    text = ctx.dtext.folded  # (folded once per document, lower case and accent-free)
    for k, pattern in enumerate(_patterns(tuple(ctx.rules.names.written_to_relative))):
        if pattern.search(text):
            log.debug("member_name: written to a relative (names.written_to_relative[%d])", k)
            return True
    return False


def form_box_names(ctx: Context, roles: frozenset[str]) -> list[Candidate]:
    """Full names alone in a box of a form's head rows (a line of several cells), on lines naming no role
    (`roles`: a doctor's, a reviewer's, a case manager's): where a letter goes to a relative, the patient's box."""
    out: list[Candidate] = []
    for line in ctx.ix.lines[:HEAD_LINES]:
        row = ctx.ix.cells.get(id(line), [])
        if len(row) < 2 or set(fold(line.text).lower().replace("|", " ").split()) & roles:
            continue
        for part in (p for cell in row for p in BOX_RULES.split(cell.text)):
            value = part.strip(" _-")
            if BOX_NAME.match(value):
                out.append(ctx.from_line(line, "member_name", value, "layout: a name in the form's boxes",
                                         "heuristic", {"form_box": 0.55}))
    return out
