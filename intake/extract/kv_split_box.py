"""Boxes holding two or three facts under one caption ('Member name | Member ID' over 'Ana B. Example |
QX4471902'): the caption's parts name the box's values in order, wherever OCR placed their columns.

Why order and not place: a box's caption is printed small at its left while its values spread over the
box's width, so the second caption part often stands over the first value; the bar between the parts and
the bar between the values are what pair them."""

from __future__ import annotations

from intake.extract.kv_labels import _run
from intake.extract.kv_types import DIGIT, Cell, KVIndex, Label, Pair
from intake.extract.lexicon import CONNECTOR, Lexicon
from intake.model import Line, Word

BAR = "|"
PARTING = frozenset({BAR, "/"})  # what parts a box's caption or values ('Member ID / Group' over 'QX4471902 | QX-3100')
MAX_PARTS = 3
ROWS_DOWN = 3  # the value row is one of the next few lines (a part's second caption line may come first)


def _parts(words: list[Word]) -> list[list[Word]]:
    """Words between bars or slashes set apart ('Member name | Member ID' -> two parts); a bar at either end
    opens no part."""
    out: list[list[Word]] = [[]]
    for w in words:
        if w.text in PARTING:
            out.append([])
        else:
            out[-1].append(w)
    return [p for p in out if p]


def _part_label(cell: Cell, part: list[Word], lex: Lexicon) -> Label | None:
    """A caption part read whole as label words (a quote mark OCR set before it aside)."""
    skip = 1 if len(part) > 1 and not any(ch.isalnum() for ch in part[0].text) else 0
    end, classes, colon = _run(Cell(part, cell.line), skip, lex)
    if end != len(part) or not classes - {CONNECTOR}:
        return None
    scores = lex.field_scores(classes)
    at = cell.words.index(part[0])
    return Label(cell, at + skip, at + end, colon, classes, scores) if scores else None


def split_caption(cell: Cell, lex: Lexicon, ix: KVIndex | None = None) -> list[Label | None] | None:
    """The labels of a split caption, one per part (None for a part not read), or None when the cell is no
    split caption: two or three parts between bars, no number, at least two parts read as labels; or parts
    between slashes, one read at least, over a box of as many values parted by bars."""
    if not PARTING & {w.text for w in cell.words} or \
            any(DIGIT.search(w.text) and lex.word_classes(w.text, w.conf) is None for w in cell.words):
        return None  # (a digit only in a label word: OCR's 'Member 1D')
    parts = _parts(cell.words)
    if not 2 <= len(parts) <= MAX_PARTS:
        return None
    labels = [_part_label(cell, p, lex) for p in parts]
    read = sum(lab is not None for lab in labels)
    if BAR in (w.text for w in cell.words):
        return labels if read >= 2 else None  # ('MBR NAME | Ana B. Example': a label and its value, barred inline)
    # parted by slashes: a caption over a box of values parted by bars ('Svc date / Coverage ended' over two
    # dates), never 'Patient / ID' beside 'Ana B. Example / QX123' (its values in the next cell, slashed too)
    tops = [lab.scores[0].field for lab in labels if lab is not None]
    if read < 1 or ix is None or not all(len(p) <= 3 for p in parts) or len(set(tops)) < len(tops):
        return None  # ('Payee / vendor': two words for one thing, its one value under both)
    row = _value_row(ix, cell)
    return labels if row and _box_values(row, len(parts), row[0].line) else None


def _value_row(ix: KVIndex, cell: Cell) -> list[Cell]:
    """The cells of the first of the next lines with a cell starting under the caption's first part, from
    that cell on."""
    pos = ix.pos.get(id(cell.line))
    if pos is None:
        return []
    slack = 2 * max(cell.line.height, 1)
    for ln in ix.lines[pos + 1:pos + 1 + ROWS_DOWN]:
        if ln.page != cell.line.page or ln.bbox[1] - cell.line.bbox[3] > 4 * max(cell.line.height, 1):
            return []
        row = ix.cells.get(id(ln), [])
        k = next((k for k, c in enumerate(row) if cell.x0 - slack <= c.x0 <= (cell.x0 + cell.x1) / 2), None)
        if k is not None:
            return row[k:]
    return []


def _box_values(row: list[Cell], count: int, line: Line) -> list[Cell]:
    """The box's values in order: the first cell, then cells the box's inner bar opens ('| QX4471902'), each
    cell cut at its bars; the values must be as many as the caption's parts."""
    values: list[list[Word]] = []
    barred = False  # (a box's values are parted by a bar: without one, the row is no box's)
    for k, c in enumerate(row):
        if k and c.words[0].text != BAR:
            break
        values.extend(_parts(c.words))
        barred = barred or BAR in (w.text for w in c.words)
        if len(values) >= count:
            break
    return [Cell(v, line) for v in values] if len(values) == count and barred else []


def split_box_pairs(ix: KVIndex, cell: Cell, labels: list[Label | None]) -> list[Pair]:
    """Each read caption part paired with the value in its place in the box below."""
    row = _value_row(ix, cell)
    values = _box_values(row, len(labels), row[0].line) if row else []
    return [Pair(lab, v, "below") for lab, v in zip(labels, values) if lab is not None]
