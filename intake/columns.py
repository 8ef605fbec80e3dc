"""Side-by-side columns of prose inside one band of a page (a two-column code legend, a three-column "your
rights" panel), read one column after the other.

Why: OCR reads across the page, so a line of a two-column legend holds the end of one entry and the start of
another ('QP1 Paid in full, nothing left | QN7 Not approved since the'); the words that say a code refuses a
service then belong to the wrong code. `layout.reading_order` splits a whole page at one body column; this finds
bands of a few lines with an empty gutter between two runs of prose, wherever they stand on the page, and reads
each band column by column. Pure: lines in, lines out; no line outside a band moves.
"""

from __future__ import annotations

import re

from intake.layout import CELL_GAP, cells
from intake.model import Line, Word

MIN_BOTH = 3          # lines with prose on both sides of the gutter: fewer is a line or two of a table
MIN_SHARE = 0.6       # of a band's lines holding words on both sides, that many must be prose on both sides
LINE_GAP = 1.6        # a vertical gap wider than this many line heights ends a band
PROSE_LETTERS = 8     # letters a side of a line needs to be prose rather than a figure or a code alone
MAX_CELLS = 4         # a legend's line: a code and its words in each column; more cells are a table's row
FULL = 0.7            # of a column's width: a line that runs this far is a full line of set prose


def _letters(words: list[Word]) -> int:
    return sum(c.isalpha() for w in words for c in w.text)


def _sides(ln: Line, x: float) -> tuple[list[Word], list[Word]] | None:
    """A line's words left and right of a gutter at x, or None where a word runs across it."""
    if any(w.bbox[0] < x < w.bbox[2] for w in ln.words):
        return None
    return [w for w in ln.words if w.bbox[2] <= x], [w for w in ln.words if w.bbox[0] >= x]


def _prose_side(words: list[Word]) -> bool:
    letters = _letters(words)
    digits = sum(c.isdigit() for w in words for c in w.text)
    return len(words) >= 3 and letters >= PROSE_LETTERS and letters >= 3 * digits


def _prose_both(ln: Line, x: float, sides=None) -> bool:
    """Prose on both sides of x, with a gap there wider than a table cell's (a space between two words of one
    sentence is no gutter). `sides`: the line's words either side of x, when already cut."""
    sides = _sides(ln, x) if sides is None else sides
    if sides is None or len(cells(ln)) > MAX_CELLS or not all(_prose_side(s) for s in sides):
        return False
    return _wide_gap(ln, sides)


def _filled(lines: list[Line], both: list[int], x: float) -> bool:
    """Most lines of each column run most of the column's width, as set prose does; a column of captions or of
    an address's short lines beside values does not."""
    sides = [_sides(lines[k], x) for k in both]
    left0 = min(s[0][0].bbox[0] for s in sides)
    right1 = max(s[1][-1].bbox[2] for s in sides)
    left_full = sum(s[0][-1].bbox[2] - left0 >= FULL * (x - left0) for s in sides)
    right_full = sum(right1 - s[1][0].bbox[0] >= FULL * (right1 - x) and s[1][-1].bbox[2] - x >= FULL * (right1 - x)
                     for s in sides)
    return 2 * left_full >= len(sides) and 2 * right_full >= len(sides)


# a legend entry's code at the start of a column's line ('P1', 'S6', 'CO-45', 'N54:'), a capitalised word after it
CODE = re.compile(r"^\(?(?:[A-Z]{1,3}-?\d{1,3}[A-Z]?|[A-Z]{1,2}|\d{2,3})\)?[:.]?$")  # (a bare reason code: '197')


def _coded(words: list[Word]) -> bool:
    return len(words) >= 2 and bool(CODE.match(words[0].text)) and words[1].text[:1].isupper()


def _runs_on(words: list[Word]) -> bool:
    """A column's line that goes on with the sentence above it: its first word a lower-case word."""
    w = words[0].text.strip("(\"'\u201c")
    return len(w) >= 2 and w.isalpha() and w.islower()


def _sentences_flow(lines: list[Line], band: range, x: float) -> bool:
    """Sentences run on from line to line in each column (a table's or a form's cells seldom open with a
    lower-case word)."""
    sides = [s for k in band if (s := _sides(lines[k], x))]
    return any(s[0] and _runs_on(s[0]) for s in sides) and any(s[1] and _runs_on(s[1]) for s in sides)


def _may_be_two_sided(ln: Line) -> bool:
    """Cheap test first (most pages have no band): a line of a few cells with a run of words after its first, or a
    code opening its first cell and a later one, may hold two columns."""
    parts = cells(ln)
    if len(parts) < 2:
        return False
    if CODE.match(parts[0][0].text) and any(CODE.match(ws[0].text) for ws in parts[1:]):
        return True
    return len(parts) <= MAX_CELLS and any(len(ws) >= 3 for ws in parts[1:])


def _gutters(lines: list[Line], width: float) -> list[float]:
    """Left edges where a later cell of some line starts (a second column's start), left to right."""
    found = set()
    for ln in lines:
        for ws in cells(ln)[1:]:
            if ws[0].bbox[0] > 0.15 * width:
                found.add(ws[0].bbox[0] - 0.25 * max(ln.height, 1))
    return sorted(found)


def _close(a: Line, b: Line) -> bool:
    return a.page == b.page and b.bbox[1] - a.bbox[3] < LINE_GAP * max(a.height, b.height, 1)


def _bands_at(lines: list[Line], x: float) -> list[range]:
    """Runs of close lines that no word crosses at x, each a band of two columns: set prose on both sides of the
    gutter, or a code key with entries opening on both sides. A band is trimmed to its first and last line
    with words on both sides (a heading over it stays put), plus the lines of one column that run on below the
    other's last ('processing it.')."""
    sides = [_sides(ln, x) for ln in lines]
    out, k = [], 0
    while k < len(lines):
        end = k
        while end < len(lines) and sides[end] is not None and \
                (end == k or _close(lines[end - 1], lines[end])):
            end += 1
        band = _band_in(lines, sides, k, end, x) if end - k >= 2 else None  # (a band holds two lines at least)
        if band is not None:
            out.append(band)
        k = max(end, k + 1)
    return out


def _band_in(lines: list[Line], sides: list, k: int, end: int, x: float) -> range | None:
    """The band of two columns among lines[k:end] (no word crosses x in any of them), or None."""
    two = [j for j in range(k, end) if _wide_gap(lines[j], sides[j])]
    if len(two) < 2:
        return None
    coded = [j for j in two if all(_coded(side) for side in sides[j])]
    if len(coded) >= 2:  # a code key: from its first line opening two entries to its last, and what runs on
        last = coded[-1]
        while last + 1 < end and _runs_on_key(sides[last + 1]):
            last += 1
        return range(coded[0], last + 1)
    staggered = _staggered_key(sides, two, k, end)
    if staggered is not None:
        return staggered
    both = [j for j in two if _prose_both(lines[j], x, sides[j])]
    if len(both) < MIN_BOTH or len(both) < MIN_SHARE * (both[-1] - both[0] + 1) or not _filled(lines, both, x):
        return None
    last = both[-1]
    while last + 1 < end and not (sides[last + 1][0] and sides[last + 1][1]):
        last += 1
    return range(both[0], last + 1) if _sentences_flow(lines, range(both[0], last + 1), x) else None


def _staggered_key(sides: list, two: list[int], k: int, end: int) -> range | None:
    """A code key in two columns whose entries open on different lines ('Q2 Paid after the deductible; the | rest of an entry whose code
    opened a line above'): two codes or more open entries on each side, and every line with words on both sides
    holds, on each, an entry's code or an entry's words running on (a lower-case start)."""
    def codes(side: int) -> int:
        return sum(1 for j in range(k, end) if sides[j][side] and _coded(sides[j][side]))

    if codes(0) < 2 or codes(1) < 2 or \
            not all(_coded(s) or s[0].text[:1].islower() for j in two for s in sides[j]):
        return None
    last = two[-1]
    while last + 1 < end and _runs_on_key(sides[last + 1]):
        last += 1  # (an entry's lines under the other column's last: one side only)
    return range(two[0], last + 1)


def _runs_on_key(sides: tuple) -> bool:
    """A code key's line after its last line of two entries: words on one side only, or an entry's code or an
    entry's words running on (a lower-case start) on each side that has words."""
    parts = [s for s in sides if s]
    return len(parts) == 1 or all(_coded(s) or _runs_on(s) for s in parts)


def _wide_gap(ln: Line, sides) -> bool:
    """Words on both sides of the gutter (`sides`, the line cut at it), a gap wider than a table cell's between."""
    return bool(sides and sides[0] and sides[1]) and \
        sides[1][0].bbox[0] - sides[0][-1].bbox[2] > CELL_GAP * max(ln.height, 1)


def _split(lines: list[Line], x: float) -> list[Line]:
    left = [Line(words=s[0], page=ln.page, index=ln.index) for ln in lines if (s := _sides(ln, x)) and s[0]]
    right = [Line(words=s[1], page=ln.page, index=ln.index) for ln in lines if (s := _sides(ln, x)) and s[1]]
    return left + right


def unweave(lines: list[Line], width: float, depth: int = 0) -> list[Line]:
    """The lines with each band of side-by-side prose columns read column by column (a band of three columns
    splits again on its right part). Lines outside bands keep their order and identity."""
    if depth > 2 or len(lines) < MIN_BOTH or sum(map(_may_be_two_sided, lines)) < 2:
        return lines
    found = sorted(((b, x) for x in _gutters(lines, width) for b in _bands_at(lines, x)),
                   key=lambda bx: (bx[0].start, -len(bx[0]), bx[1]))
    out: list[Line] = []
    k = 0
    for band, x in found:
        if band.start < k:
            continue  # (overlaps a band already read)
        out.extend(lines[k:band.start])
        out.extend(unweave(_split(lines[band.start:band.stop], x), width, depth + 1))
        k = band.stop
    return out + lines[k:]


def page_unweave(page, lines: list[Line]) -> list[Line]:
    """`unweave` of a page's lines, worked out once per page and list of lines (the reading text and the legend
    reader ask of the same lines; the lines themselves are kept with the answer, so it never answers for others)."""
    memo = page.__dict__.setdefault("_unweave", [])
    for asked, got in memo:
        if len(asked) == len(lines) and all(a is b for a, b in zip(asked, lines)):
            return got
    got = unweave(lines, page.width)
    memo.append((tuple(lines), got))
    return got


def by_columns(lines: list[Line], pages: list) -> list[Line]:
    """A document's lines, each page's bands of side-by-side prose read column by column (`pages`: the document's
    pages, their widths and their memo)."""
    by_number = {p.number: p for p in pages}
    out: list[Line] = []
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and lines[end].page == lines[k].page:
            end += 1
        page = by_number.get(lines[k].page)
        out.extend(page_unweave(page, lines[k:end]) if page is not None and page.width else lines[k:end])
        k = end
    return out
