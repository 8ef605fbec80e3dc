"""Tables printed sideways: one row per label, one column per claim or service ('Claim number  A  B  C').

Why: some EOBs set each claim or service line in a column under 'Service 1, Service 2, ...' with the labels
down the left. A label then has several values on its row, and the first is not the denied one: the denied
column is the one whose remark code's legend, or its own status cell, says it was not paid. Found here
from the row cells alone, in pure code; `Context` then pairs each row's label with that column's cell.
"""

from __future__ import annotations

import re

from intake.extract import remarks

MIN_ROWS = 4  # fewer rows of equal width are a short table of another kind
STATUS_CELL = re.compile(r"^\W*(?:paid|denied|approved|rejected|pended|pagad[oa]|negad[oa]|denegad[oa]|aprobad[oa])\b", re.I)
MARK = re.compile(r"^[^A-Za-z0-9]*$")


def row_cells(ix, ln) -> list:
    """A line's cells without a trailing rule or bar ('DRG  291  292  |'): a table's border is no column."""
    cells = list(ix.cells.get(id(ln), []))
    while len(cells) > 1 and MARK.match(cells[-1].text):
        cells.pop()
    return cells


def transposed_blocks(ix) -> list[list[int]]:
    """Runs of consecutive lines on one page, each a label cell followed by the same number (two or more)
    of value cells: the rows of a sideways table (positions in `ix.lines`)."""
    runs: list[list[int]] = []
    width = None
    for i, ln in enumerate(ix.lines):
        cells = row_cells(ix, ln)
        labels_later = any((id(c) in ix.labelled or id(c) in ix.headers) and not STATUS_CELL.match(c.text)
                           for c in cells[1:])  # a label-value grid ('Paid $12.34' is a status cell's value)
        n = len(cells) - 1 if cells and not labels_later and not any(ch.isdigit() for ch in cells[0].text) else 0
        same = runs and width == n and ix.lines[runs[-1][-1]].page == ln.page and runs[-1][-1] == i - 1
        if n >= 2 and same:
            runs[-1].append(i)
        elif n >= 2:
            runs.append([i])
            width = n
        else:
            width = None
    return [r for r in runs if len(r) >= MIN_ROWS]


def denied_column(ix, rows: list[int], rules, notes: set[str]) -> int | None:
    """The one column whose cells say it was denied (a denying remark code or status word); None when no
    column or more than one does."""
    width = len(row_cells(ix, ix.lines[rows[0]])) - 1
    denying = []
    for k in range(1, width + 1):
        said = "\n".join(row_cells(ix, ix.lines[i])[k].text for i in rows)  # values only: a label is every column's
        if remarks.line_denies(said, rules, notes):
            denying.append(k)
    if not denying:
        denying = _unpaid_columns(ix, rows, width)
    if not denying:
        denying = _marked_column(ix, rows, width)
    return denying[0] if len(denying) == 1 else None


THIS_CLAIM = re.compile(r"\bthis\s+(?:claim|stay|service|admission)\b|\beste\s+(?:reclamo|servicio)\b", re.I)


def _marked_column(ix, rows: list[int], width: int) -> list[int]:
    """The column whose heading above the table says it is the one this paper is about ('Readmission (this
    claim)'), matched to the value column its heading stands over."""
    if rows[0] == 0:
        return []
    above, first = ix.lines[rows[0] - 1], row_cells(ix, ix.lines[rows[0]])
    marked = [c for c in row_cells(ix, above) if THIS_CLAIM.search(c.text)]
    if len(marked) != 1 or above.page != ix.lines[rows[0]].page:
        return []
    mid = (marked[0].x0 + marked[0].x1) / 2
    return [min(range(1, width + 1), key=lambda k: abs((first[k].x0 + first[k].x1) / 2 - mid))]


PAID_ROW = re.compile(r"^\W*(?:we|plan|insurer|amount|the\s+plan)?\s*(?:paid|pays?|payment)\b|"
                      r"^\W*(?:pagamos|el\s+plan\s+pag[oó]|pagado|pago\s+del\s+plan)\b", re.I)
ZERO = re.compile(r"^\W*(?:US)?\$?\s*0+(?:[.,]0+)?\W*$")


def _unpaid_columns(ix, rows: list[int], width: int) -> list[int]:
    """Columns the plan paid nothing on ('We paid  $96.58  $0.00  $135.73'): with no code to say why, the
    one unpaid column among paid ones is the denied one."""
    for i in rows:
        cells = row_cells(ix, ix.lines[i])
        if PAID_ROW.match(cells[0].text):
            zero = [k for k in range(1, width + 1) if ZERO.match(cells[k].text)]
            return zero if len(zero) < width else []
    return []


def denied_cells(ix, rules, notes: set[str]) -> tuple[dict[int, object], list[str]]:
    """(row position -> the denied column's cell, the other columns' values) over every sideways table
    with exactly one denied column: the others are the claims that were paid."""
    out, others = {}, []
    for rows in transposed_blocks(ix):
        k = denied_column(ix, rows, rules, notes)
        if k is None:
            continue
        for i in rows:
            cells = row_cells(ix, ix.lines[i])
            out[i] = cells[k]
            others += [c.text for j, c in enumerate(cells[1:], 1) if j != k]
    return out, others
