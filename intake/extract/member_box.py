"""The member's number in the box beside the member's name, where a fax left its caption unreadable.

A faxed form's small captions ('MBR #', 'Member ID') often come out as noise ('man <<', 'wane'), while the values
in the boxes stay readable. When no caption names the member's number, the number in the cell right after the
member's name, on the same row of the form's head, is read as the member's: the row is the member's box row.
"""

from __future__ import annotations

import logging
import re

from intake.extract import dates, ids, money
from intake.extract.context import Context
from intake.model import FieldValue

log = logging.getLogger(__name__)

HEAD_LINES = 30  # a form's box rows stand at the head of its first page
MIN_DIGITS = 5
RULE = "layout: the number in the box beside the member's name"
# with no caption at all between them (the captions stand on the row above, unreadable), only the shape of a plan's
# member number: its letters, then nine digits or more ('QXW310009962', 'QXP310008851-03'); a facility's record or
# resident number ('RES-3100T1', 'HX 31000789') is shorter
PLAN_MEMBER_SHAPE = re.compile(r"[A-Z]{2,4}\d{9,}(?:-\d{2})?")


def id_beside_member(ctx: Context, name: FieldValue, taken: set[str]) -> FieldValue | None:
    """The first ID in the cells after the member name's cell on its line; None where the line is a table row
    (an amount on it), the name stands elsewhere, or the number is another field's (`taken`, normalised)."""
    ev = name.evidence
    line = next((ln for ln in ctx.ix.lines[:HEAD_LINES]
                 if ev is not None and ln.page == ev.page and ln.text == ev.text), None)
    if line is None or money.find_money(line.text, need_sign=True) or len(dates.find_dates(line.text)) > 1:
        return None
    right_after = _id_right_after(line.text, name.value, taken)
    if right_after:
        log.debug("field member_id: %s", RULE_AFTER)
        return ctx.from_line(line, "member_id", right_after, RULE_AFTER, "heuristic").to_field()
    row = ctx.ix.cells.get(id(line), [])
    at = next((k for k, c in enumerate(row) if name.value.split()[-1] in c.text), None)
    between: list[str] = []  # the words after the name up to the number: a caption the fax made unreadable
    for cell in row[at + 1:at + 3] if at is not None else []:
        found = ids.find_ids(cell.text)
        if not found:
            between += cell.text.split()
            continue
        tok, start, _ = found[0]
        between += cell.text[:start].split()
        if (_unreadable_caption(between, ctx) or (not _words(between) and PLAN_MEMBER_SHAPE.fullmatch(tok))) and \
                sum(ch.isdigit() for ch in tok) >= MIN_DIGITS and \
                not dates.find_dates(tok) and ids.norm(tok) not in taken:
            log.debug("field member_id: %s", RULE)  # (a heuristic's confidence, as any candidate's)
            return ctx.from_line(line, "member_id", tok, RULE, "heuristic").to_field()
        return None
    return None


RULE_AFTER = "layout: the number set right after the member's name ('Ana B. Reyes, QX 1234567', '... (QX 1234567)')"
# a number set after the name by a comma or in brackets, nothing else between: letters then six digits or more
# ('Ana B. Reyes, QXT 4471903', 'Ana B. Reyes (QXT 4471903)'), the number the paper files the person under
NUMBER_AFTER_NAME = re.compile(r"^\s*(?:,|\()\s*([A-Z]{1,4}[\s-]?\d(?:[\d\s]{4,12})\d)\s*(?:\)|,|$)")


def _id_right_after(text: str, name: str, taken: set[str]) -> str | None:
    """Pure: the number set right after the name on its line, by a comma or in brackets."""
    at = text.find(name)
    m = NUMBER_AFTER_NAME.match(text[at + len(name):]) if at >= 0 else None
    if m is None:
        return None
    found = ids.find_ids(m.group(1))
    tok = found[0][0] if len(found) == 1 else None
    if tok is None or sum(ch.isdigit() for ch in tok) < 6 or ids.norm(tok) in taken or dates.find_dates(tok):
        return None
    return tok


def _words(words: list[str]) -> list[str]:
    """The words that are more than a box's rule or a speck ('|', '\u00ab', '_')."""
    return [w for w in words if w.strip("|[]_-:.,\u00ab\u00bb")]


def _unreadable_caption(words: list[str], ctx: Context) -> bool:
    """Words between the name and the number that name nothing: OCR's noise for a small caption ('man \u00ab',
    'wane'). None at all, or a word a label is made of ('ACCT', 'Patient number:', 'MRN'), and the number is
    another's: a provider's account or record number, which no plan's notice calls the member's."""
    words = _words(words)
    return bool(words) and len(words) <= 3 and all(ctx.lex.word_classes(w) is None for w in words)
