"""The member's number in the box beside the member's name, where a fax left its caption unreadable.

A faxed form's small captions ('MBR #', 'Member ID') often come out as noise ('man <<', 'wane'), while the values
in the boxes stay readable. When no caption names the member's number, the number in the cell right after the
member's name, on the same row of the form's head, is read as the member's: the row is the member's box row.
"""

from __future__ import annotations

import logging

from intake.extract import dates, ids, money
from intake.extract.context import Context
from intake.model import Evidence, FieldValue

log = logging.getLogger(__name__)

HEAD_LINES = 30  # a form's box rows stand at the head of its first page
MIN_DIGITS = 5
RULE = "layout: the number in the box beside the member's name"


def id_beside_member(ctx: Context, name: FieldValue, taken: set[str]) -> FieldValue | None:
    """The first ID in the cells after the member name's cell on its line; None where the line is a table row
    (an amount on it), the name stands elsewhere, or the number is another field's (`taken`, normalised)."""
    ev = name.evidence
    line = next((ln for ln in ctx.ix.lines[:HEAD_LINES]
                 if ev is not None and ln.page == ev.page and ln.text == ev.text), None)
    if line is None or money.find_money(line.text, need_sign=True) or len(dates.find_dates(line.text)) > 1:
        return None
    row = ctx.ix.cells.get(id(line), [])
    at = next((k for k, c in enumerate(row) if name.value.split()[-1] in c.text), None)
    for cell in row[at + 1:at + 3] if at is not None else []:
        for tok, _, _ in ids.find_ids(cell.text):
            if sum(ch.isdigit() for ch in tok) >= MIN_DIGITS and not dates.find_dates(tok) and \
                    ids.norm(tok) not in taken:
                log.debug("field member_id: %s", RULE)
                return FieldValue("member_id", tok, Evidence(line.page, line.text, line.conf, line.bbox, RULE))
    return None
