"""A notice's date printed at the right of the address block's first line, its caption lost.

Remittances and statements set the date box beside the payee's or member's address ('Example Pharmacy ....
09/14/2031', with 'Remit date' above it in small type). When a fax or a photocopy drops the small caption, the
date is left on the addressee's line, far to the right, with an address under the name; no label names it, and
without it the fax machine's later date at the top of the page would be taken. Only a fallback: a labelled date
or a date standing alone always wins.
"""

from __future__ import annotations

import re

from intake.extract import dates
from intake.extract.address_blocks import POSTAL_LINE, STATE_ZIP_END, STREET_LINE
from intake.extract.candidates import Candidate
from intake.layout import cells

TOP_SHARE = 0.3  # the address block and the date box sit in the top third of the page
RIGHT_HALF = 0.5  # the date's cell starts in the right half of the page
LINES_UNDER = 3  # the street and town lines under the name, an apartment's line between at most
AMOUNT = re.compile(r"\d[\d,]*\.\d\d\b")


def dated_addressee(ctx) -> list[Candidate]:
    """The first page's top lines whose last cell is one date in the right half, the cells before it words only
    (a name, no caption, no number), with an address under those words."""
    if not ctx.doc.pages:
        return []
    page = ctx.doc.pages[0]
    lines = [ln for ln in page.lines if ln.bbox[1] <= TOP_SHARE * page.height]
    for i, line in enumerate(lines):
        date = _right_date(ctx, line, page.width)
        if date is not None and _address_under(cells(line)[-1][0].bbox[0], lines[i + 1:i + 1 + LINES_UNDER]):
            return [ctx.from_line(line, "denial_date", date, "layout: a date at the right of the addressee's line, "
                                  "an address under it", "heuristic", {"beside_address": 0.9})]
    return []


def _right_date(ctx, line, width: float) -> str | None:
    row = cells(line)
    if len(row) < 2 or row[-1][0].bbox[0] < RIGHT_HALF * width or AMOUNT.search(line.text):
        return None
    last = " ".join(w.text for w in row[-1]).strip(" .|")
    found = dates.find_dates(last)
    if len(found) != 1 or last[found[0][2]:].strip(" .|") or last[:found[0][1]].strip(" .|"):
        return None
    before = " ".join(w.text for c in row[:-1] for w in c).strip(" .|")
    if not re.search(r"[^\W\d_]{3}", before) or re.search(r"[\d:#]", before) or ctx.names_other_date(before):
        return None
    return found[0][0].isoformat()


def _address_under(date_x: float, under: list) -> bool:
    """A street (or a box) and a town line under the name, left of the date: the name heads an address block."""
    left = [" ".join(w.text for w in ln.words if w.bbox[2] < date_x) for ln in under]
    return any(STREET_LINE.match(t) for t in left) and any(POSTAL_LINE.search(t) or STATE_ZIP_END.search(t)
                                                          for t in left)
