"""Numbered boxes of a form ('1. Member  2. Member ID  3. Group  4. Plan' printed under the values): the box
numbers are no part of the captions, and each number opens a caption of its own.

Why: Medicare's and many plans' notices number the boxes over or under their values (CMS-10003, summary notices,
claim forms). Read with its numbers, a caption row under its values holds figures, so no cell of it is a label, and
OCR may run two captions into one cell ('2. Member ID 3. Group'). Numbered captions over their values (a claim form's
boxes, caption first) are read as they always were. Pure: cells in, cells out.
"""

from __future__ import annotations

import re

from intake.extract.kv_types import Cell

BOX_NUMBER = re.compile(r"^[(\"'\u201c\u201d]?(\d{1,2})[.,)]?$")  # ('2.', '(3)', and OCR's '"2' for a box's rule)
JUNK = re.compile(r"^[^\w$]+$")  # what OCR makes of a box's rule or a leader between captions ('“', ':', '~')


def _numbers(words) -> list[tuple[int, int]]:
    """(position, number) of the words that number the boxes: one number after another in order, one left out at
    most (a box printed without its caption), the first opening the row (it may go on from a row above it: '5. Claim
    6. Supplier'), or the second where OCR lost the first's number, each followed by a word with a letter."""
    out, want = [], None
    for k, w in enumerate(words):
        m = BOX_NUMBER.match(w.text)
        if not m or k + 1 >= len(words) or not re.search(r"[A-Za-z]", words[k + 1].text):
            continue
        n = int(m.group(1))
        if want is None and (k == 0 or k <= 2 and n <= 2) or want is not None and want <= n <= want + 1:
            # (a blank box's caption left out; box 1's number lost to OCR, '2.' then opens the count)
            out.append((k, n))
            want = n + 1
    return out


def box_captions(row: list[Cell]) -> tuple[list[Cell], int, int] | None:
    """A row of numbered captions cut at its numbers, the numbers and the rules' marks dropped, with its first and
    last box numbers; None for any other row. Two numbers at least, and every caption free of figures (a value
    row's '1 of 2' or a list's '1. Send ...' items with dates are no captions)."""
    words = [w for c in row for w in c.words]
    if not row or len(words) < 4:
        return None
    found = _numbers(words)
    if len(found) < 2:
        return None
    at = [k for k, _ in found]
    parts = [[w for w in words[a + 1:b] if not JUNK.match(w.text)] for a, b in zip(at, at[1:] + [len(words)])]
    if any(not p or any(ch.isdigit() for w in p for ch in w.text) for p in parts):
        return None
    return [Cell(p, row[0].line) for p in parts], found[0][1], found[-1][1]


def _overlaps(cell: Cell, row: list[Cell]) -> bool:
    return any(c.x0 < cell.x1 and c.x1 > cell.x0 for c in row)


def _gap(upper, lower) -> float:
    return lower.bbox[1] - upper.bbox[3]


def _values_at(lines, rows: list[list[Cell]], i: int, k: int, captions: list[Cell]) -> bool:
    """Line k (just over or under caption line i) is a row of values for those captions: on the page, figures in
    it, two cells or more, one over or under each caption but one."""
    if not 0 <= k < len(lines) or lines[k].page != lines[i].page or len(rows[k]) < 2:
        return False
    return bool(re.search(r"\d", lines[k].text)) and sum(_overlaps(c, rows[k]) for c in captions) >= len(captions) - 1


def _grids(found: dict[int, tuple]) -> list[list[int]]:
    """Caption lines in runs whose box numbers go on from one line to the next ('1.-4.' then '5.-7.')."""
    out: list[list[int]] = []
    for i in sorted(found):
        _, first, _ = found[i]
        if out and found[out[-1][-1]][2] + 1 == first and i - out[-1][-1] <= 3:
            out[-1].append(i)
        else:
            out.append([i])
    return out


def _under(lines, rows, found, grid: list[int]) -> bool:
    """The grid's captions stand under their values: values over its first caption row and none under its last;
    where both or neither, each row closer to the values over it than to the line under it."""
    top, bottom = grid[0], grid[-1]
    if found[top][1] > 2:
        return False  # (a notice numbers its boxes from 1; a claim form's boxes 58 to 62 stand over their values)
    over = _values_at(lines, rows, top, top - 1, found[top][0])
    under = _values_at(lines, rows, bottom, bottom + 1, found[bottom][0])
    if over != under:
        return over
    return over and all(_gap(lines[i - 1], lines[i]) < _gap(lines[i], lines[i + 1]) for i in grid)


def numbered_captions_under(lines, rows: list[list[Cell]]) -> tuple[list[list[Cell]], set[int]]:
    """Each row of numbered captions under its values cut into its captions (`box_captions`), other rows as they
    were (numbered captions over their values, a claim form's, are read as they always were); and the positions of
    the rows cut, captions of the values over them (their numbers say so, however evenly the rows are spaced)."""
    found = {i: got for i, row in enumerate(rows) if (got := box_captions(row)) is not None}
    out, under = list(rows), set()
    for grid in _grids(found):
        if _under(lines, rows, found, grid):
            for i in grid:
                out[i] = found[i][0]
                under.add(i)
    return out, under
