"""Forms that print each caption under its value (paper claim forms, remittance stubs): which label rows
are captions, and the value each caption names.

Why a grid decides and not a row: in a grid of value rows and label rows, a label row has a value row above
and below it either way. What tells the two apart is how the grid begins: forms with labels over values
start with a row of labels; forms with captions under values start with a row of values.
"""

from __future__ import annotations

import re

from intake.extract import dates, money
from intake.extract.kv_types import RE_LINE
from intake.extract.text import fold
from intake.model import Line

GAP = 2.5  # rows of one grid are closer than this many line heights
TIGHT = 0.65  # a caption row sits this much closer to the values over it than to the row under it, at most
FIT_MARGIN = 2  # labels more that fit the row below than the row above, to overrule how the grid began


def _kind(ix, line: Line) -> str | None:
    """'L' for a row of label cells only, 'V' for a row with no label cell, None for a mixed row."""
    row = [c for c in ix.cells.get(id(line), []) if not _speck(c.text)]
    if not row:
        return None
    labels = [id(c) in ix.labelled or id(c) in ix.headers for c in row]
    if all(labels) and not any(ch.isdigit() for c in row for ch in c.text):
        return "L"
    return "V" if sum(labels) * 2 < len(row) else None  # a value row may hold a status word ('NOT COVERED')


def _speck(text: str) -> bool:
    """A box's rule or corner read as a mark ('|', '\u2014', '71'): no cell of the row's own."""
    return len(text.strip(" |[]_.,:;'\"\u201c\u201d\u2014-")) <= 2


def _close(a: Line, b: Line) -> bool:
    return a.page == b.page and b.bbox[1] - a.bbox[3] < GAP * max(a.height, 1)  # OCR specks may overlap rows


def _aligned(ix, labels: Line, values: Line) -> bool:
    """All label cells but one have a value cell over or under them, and the rows have about as many cells
    (two at least: a title spanning the page lines up with everything)."""
    top = [c for c in ix.cells.get(id(labels), []) if not _speck(c.text)]
    bottom = [c for c in ix.cells.get(id(values), []) if not _speck(c.text)]
    if len(bottom) < max(2, len(top) - 1) or len(top) < 2:
        return False
    return sum(above(c, bottom) is not None for c in top) >= len(top) - 1  # one value may be left blank


def above(cell, row: list) -> object | None:
    """The cell of `row` standing over `cell` (they overlap in x; the nearest centre wins)."""
    slack = 0.5 * cell.line.height
    hit = [c for c in row if c.x0 < cell.x1 + slack and c.x1 > cell.x0 - slack]
    if not hit:
        return None
    mid = (cell.x0 + cell.x1) / 2
    return min(hit, key=lambda c: abs((c.x0 + c.x1) / 2 - mid))


def caption_rows(ix) -> set[int]:
    """Ids of the label rows that caption the value row above them."""
    lines = ix.lines
    kinds = [_kind(ix, ln) for ln in lines]
    out: set[int] = set()
    for i, kind in enumerate(kinds):
        if kind == "L" and i > 0 and kinds[i - 1] == "V" and _close(lines[i - 1], lines[i]) \
                and _aligned(ix, lines[i], lines[i - 1]) and _top_is_values(ix, kinds, i) \
                and not _hugs_row_below(ix, kinds, i) and not _fits_row_below(ix, kinds, i):
            out.add(id(lines[i]))
        elif _small_caption_under(ix, kinds, i, out):
            out.add(id(lines[i]))
    return out


def _top_is_values(ix, kinds: list, i: int) -> bool:
    """The grid holding the label row begins with values; or, where the rows over it leave that unknown (an
    address block beside a column of facts, close over the grid), the row just over it holds what three of its
    captions or more ask for ('60211 | QX 1234 | 03/04/2031' over 'Group no. | Member ID | Date of service')."""
    top = _grid_top(ix, kinds, i)
    if top == "V":
        return True
    if top is not None:
        return False
    over = _fitting(ix, ix.lines[i], ix.lines[i - 1])
    under = [_fitting(ix, ix.lines[i], ix.lines[k]) for k in range(i + 1, min(i + 3, len(ix.lines)))
             if ix.lines[k].page == ix.lines[i].page]  # (a caption of two lines over its values: the row after next)
    return over >= 3 and over > max(under, default=0)


def _text_box(line: Line) -> tuple[float, float]:
    """The top and bottom of a row's letters: the middle of its words', a box's rules (read as '|', taller) and a
    fax's specks (a few pixels, off the line) apart."""
    words = [w for w in line.words if sum(ch.isalnum() for ch in w.text) >= 2] or line.words
    tops, bottoms = sorted(w.bbox[1] for w in words), sorted(w.bbox[3] for w in words)
    return tops[len(tops) // 2], bottoms[len(bottoms) // 2]


def _text_height(line: Line) -> float:
    top, bottom = _text_box(line)
    return bottom - top


def _small_caption_under(ix, kinds: list, i: int, found: set[int] = frozenset()) -> bool:
    """A row of short captions in smaller print set tight under a row of boxed values ('| 04/16/31 || QX-1234 |'
    over 'Ntc dt  Mbr  Grp'), further from the row below: captions of the values over them, however the grid
    began and even where OCR left a caption unread as a label (a coarse scan's 'Cim' for 'Clm'). `found`: the
    caption rows already known above it (a grid of boxes, each row of values over its own captions)."""
    lines = ix.lines
    if i == 0 or kinds[i - 1] != "V" or not _close(lines[i - 1], lines[i]):
        return False
    row = [c for c in ix.cells.get(id(lines[i]), []) if not _speck(c.text)]
    labelled = sum(_caption_cell(ix, c) for c in row) if kinds[i] == "V" else \
        sum(id(c) in ix.labelled or id(c) in ix.headers for c in row)
    over = ix.cells.get(id(lines[i - 1]), [])
    if any(id(c) in ix.labelled or id(c) in ix.headers for c in over):
        return False  # (a header's first line over its second, 'Ordering' over 'physician': no values)
    if i >= 2 and kinds[i - 2] in ("L", None) and id(lines[i - 2]) not in found and \
            _close(lines[i - 2], lines[i - 1]) and \
            any(id(c) in ix.labelled for c in ix.cells.get(id(lines[i - 2]), [])) and \
            _aligned(ix, lines[i - 2], lines[i - 1]) and _as_many_cells(ix, lines[i - 2], over):
        return False  # the values over it are a label row's over them: a grid of labels over values (a title
        # over the grid, 'HOURS  STATEMENT', is no row of it: too few cells)
    small, big = _text_height(lines[i]), _text_height(lines[i - 1])
    if len(row) < 2 or labelled * 2 < len(row) or _digits_outside_label_words(ix, row) or \
            not 0.35 * big <= small <= 0.8 * big or not _aligned(ix, lines[i], lines[i - 1]):
        return False  # (a row of specks a few pixels high is a box's rule a fax smeared, no print)
    gap_up = _text_box(lines[i])[0] - _text_box(lines[i - 1])[1]
    if i + 1 >= len(lines) or lines[i + 1].page != lines[i].page:
        return True
    gap_down = _text_box(lines[i + 1])[0] - _text_box(lines[i])[1]
    wrapped = len(lines[i + 1].words) <= 3 and not re.search(r"\d", lines[i + 1].text)  # ('of birth')
    heads_below = any(_aligned(ix, lines[i], lines[j]) for j in ((i + 1, i + 2) if wrapped else (i + 1,))
                      if j < len(lines) and lines[j].page == lines[i].page)  # (a heading or prose under it: no row
    # it could head; a header's wrapped second line may stand between it and the values it heads)
    return (gap_up < TIGHT * gap_down or not heads_below) and not _fits_row_below(ix, kinds, i)


def _as_many_cells(ix, labels: Line, values: list) -> bool:
    """A label row heading a value row has about as many cells as it (one value may span two captions)."""
    return len([c for c in ix.cells.get(id(labels), []) if not _speck(c.text)]) >= len(values) - 1


def _digits_outside_label_words(ix, row: list) -> bool:
    """A digit in the row that no label word holds: a value's. OCR reads a caption's 'ID' as '1D' or 'lD', a
    label word the lexicon knows, which leaves the row a row of captions."""
    return any(any(ch.isdigit() for ch in w.text) and ix.lex.word_classes(w.text.strip(",.:;#"), w.conf) is None
               for c in row for w in c.words)


def _caption_cell(ix, cell) -> bool:
    """A short cell holding a label, wherever in it ('Example case', 'appeal claim no.'): in a row of small
    print tight under values, a caption whose first word (an insurer's name, an adjective) we do not list."""
    return len(cell.words) <= 4 and (id(cell) in ix.labelled or id(cell) in ix.headers or
                                     any(lab.cell is cell for lab in ix.labels))


def _fits_row_below(ix, kinds: list, i: int) -> bool:
    """The values under the label row are the kind its labels ask for ('Member name | Member ID' over a name
    and a number) clearly more often than the values over it are (a date and a name): the row heads the values under
    it, however the grid above began (a garbled caption row over the first values hides where it begins)."""
    lines = ix.lines
    below = i + 1
    if below + 1 < len(lines) and kinds[below] == "L" and _close(lines[i], lines[below]):
        below += 1  # (a caption's second line between: 'Attending' over 'physician')
    if below >= len(lines) or kinds[below] != "V" or not _close(lines[below - 1], lines[below]) \
            or not _aligned(ix, lines[i], lines[below]):
        return False
    return _fitting(ix, lines[i], lines[below]) >= _fitting(ix, lines[i], lines[i - 1]) + FIT_MARGIN


def _fitting(ix, labels: Line, values: Line) -> int:
    """How many label cells of the row stand over or under a value of the kind their field takes."""
    firsts = {}
    for lab in ix.labels:
        if lab.cell.line is labels and lab.scores:
            firsts.setdefault(id(lab.cell), lab.scores[0].field)
    row = [c for c in ix.cells.get(id(values), []) if not _speck(c.text)]
    count = 0
    for c in ix.cells.get(id(labels), []):
        field = firsts.get(id(c))
        value = above(c, row) if field else None
        count += value is not None and value_fits(ix.lex.file.fields[field].kind, value.text)
    return count


def value_fits(kind: str, text: str) -> bool:
    """Pure: a value of the shape a field's kind takes (a date, an amount, a number, a name)."""
    digits = any(ch.isdigit() for ch in text)
    if kind.startswith("date"):
        return dates.parse_date(text) is not None
    if kind == "money":
        return bool(money.find_money(text))
    if kind.startswith("id"):
        return digits and dates.parse_date(text) is None
    return not digits and sum(ch.isalpha() for ch in text) >= 4  # a name or an organisation


def _hugs_row_below(ix, kinds: list, i: int) -> bool:
    """The label row stands much closer to the value row under it than to the one over it: it heads the row
    under it (a grid of label rows over value rows, under a title), whatever the grid's first row is. A
    caption sits close under its own value instead."""
    lines = ix.lines
    if i + 1 >= len(lines) or kinds[i + 1] != "V" or not _close(lines[i], lines[i + 1]) \
            or not _aligned(ix, lines[i], lines[i + 1]):
        return False
    gap_up = lines[i].bbox[1] - lines[i - 1].bbox[3]
    gap_down = lines[i + 1].bbox[1] - lines[i].bbox[3]
    return gap_down < 0.6 * gap_up


def _grid_top(ix, kinds: list, i: int) -> str | None:
    """The kind of the first row of the grid holding row i: walk up while rows alternate, stand close and
    line up; a row above that is close and lined up but breaks the alternation leaves it unknown (None)."""
    lines, start = ix.lines, i
    while start > 0 and _close(lines[start - 1], lines[start]) and not RE_LINE.match(fold(lines[start - 1].text)):
        up, here = kinds[start - 1], kinds[start]  # (a 'Re:' line's facts, slashes apart, are no row of the grid)
        pair = (lines[start], lines[start - 1]) if here == "L" else (lines[start - 1], lines[start])
        if not _aligned(ix, *pair):
            break
        if up is None or up == here:
            return None
        start -= 1
    return kinds[start]
