"""Table columns: the cells under a header cell, row by row, until the column ends; a row's cells that OCR ran
together parted by the header each word stands under."""

from __future__ import annotations

import re

from intake.extract.kv_types import Cell, DIGIT, KVIndex, _box_letters_row, spelled_out
from intake.model import Line, Word


def is_table_header(ix: KVIndex, line: Line) -> bool:
    """A table's header row: several cells, at least two of them labels, no figures."""
    row = ix.cells.get(id(line), [])
    if any(c.text.endswith(":") and not _is_label_cell(ix, n) for c, n in zip(row, row[1:])):
        return False  # 'Name: | Jane Doe | Name: | John Doe': labels with their values beside them
    if not (len(row) >= 3 and sum(1 for c in row if id(c) in ix.labelled) >= 1
            and sum(1 for c in row if id(c) in ix.labelled or id(c) in ix.headers) >= 2):
        return False
    if not DIGIT.search(line.text):
        return True
    # (a digit only in a label word or a speck: a table's header still, over two rows of figures or more; a
    # form's caption row over its one row of values is read caption by caption)
    return not any(_figure(ix, w) for w in line.words) and _data_rows_below(ix, line) >= 2


def _data_rows_below(ix: KVIndex, line: Line, most: int = 3) -> int:
    """How many of the next lines are a table's rows: three cells or more, two of them holding figures."""
    pos, n = ix.position(line), 0
    for ln in ix.lines[pos + 1:pos + 1 + most]:
        row = ix.cells.get(id(ln), [])
        if ln.page != line.page or len(row) < 3 or sum(DIGIT.search(c.text) is not None for c in row) < 2:
            break
        n += 1
    return n


def _figure(ix: KVIndex, word: Word) -> bool:
    """A word with a digit that is a value, not a label word OCR garbled ('1D' for 'ID') nor a lone speck it
    was unsure of ('7' read from a box's edge)."""
    if not DIGIT.search(word.text):
        return False
    return not speck(word) and ix.lex.word_classes(word.text, word.conf) is None


def speck(word: Word) -> bool:
    """One character OCR was unsure of ('7' read from a box's edge before a caption): no word of the page's."""
    return len(word.text.strip(".,:;'\"")) <= 1 and word.conf < 0.5


AMOUNT_CELL = re.compile(r"\$?\s?\d{1,3}(?:,\d{3})*\.\d{2}")


def column(ix: KVIndex, cell: Cell, max_rows: int = 40, sidebar: bool = False) -> list[Cell]:
    """Cells under a header cell, row by row, until the column ends (a gap, a row with nothing under it,
    the next row of labels, or prose). A header printed over two or three lines is passed over first; under a
    label's caption (`sidebar`), so is the text beside it that OCR set between the caption and its value."""
    out: list[Cell] = []
    pos = ix.position(cell.line)
    if pos < 0:
        return out
    prev = head_end = cell.line
    lines = ix.lines[pos + 1:pos + 1 + max_rows]
    heads = ix.cells.get(id(cell.line), [])
    # a table's column: its amounts may stand right of where its caption ends, up to the next caption (the
    # last column's, anywhere right of it); nothing else there
    next_head = _next_caption_x(heads, cell) if len(heads) >= 3 and not sidebar else cell.x1
    own_header = len(heads) >= 4 and _label_row(ix, heads, loose=True)  # a table's caption row, not a label's
    for k, ln in enumerate(lines):
        # (a header in small capitals over its first row in larger type: that gap is measured against the larger;
        # a header band set off from its first row by padding stands further above it)
        first = prev is head_end
        base = max(prev.height, ln.height) if first else prev.height
        reach = 3.2 if first and max_rows > 2 else 2.2
        row = ix.cells.get(id(ln), [])
        if first and max_rows > 2 and _full_row_under(heads, row):
            reach = 4.5  # a header band set well apart from a first row that fills every column under it
        if ln.page != cell.line.page or ln.bbox[1] - prev.bbox[3] > reach * max(base, 1):
            break
        slack = 0.8 * ln.height
        hit = [c for c in row if c.x0 < cell.x1 + slack and c.x1 > cell.x0 - slack]
        if not hit:  # amounts set flush right under a caption set flush left: right of where it ends, under no
            hit = [c for c in row if c.x0 >= cell.x1 and c.x0 < next_head and AMOUNT_CELL.fullmatch(c.text)
                   and not any(h is not cell and c.x0 < h.x1 and c.x1 > h.x0 for h in heads)]  # other caption
        if sidebar and row and not hit and _level_with_next(ln, lines[k + 1:k + 2]):
            continue  # another column's line OCR set just above this column's next row: passed over
        wrapped = bool(out) and not hit and _row_wrapped_on(ix, ln, row, prev, heads, cell)
        tail = first and bool(row) and not hit and _caption_tail(ln, row, heads, prev)
        prev = ln
        if (not row or tail) and first:
            head_end = ln  # the header's second line, joined to its cells above: the header ends here
            if tail:
                continue
        if not row or (not out and sum(len(c.text.strip()) for c in row) <= 2 and not hit):
            continue  # a header line merged into the header row above (or its stray letter: 'Not' over 'e')
        header_row = not out and (_label_row(ix, row, loose=first and own_header) or _box_letters_row(row))
        if not hit:
            if header_row or wrapped or (out and max_rows > 3 and any(ROW_FIGURE.search(c.text) for c in row) and
                                         (not TOTALS_ROW.search(ln.text) or _claim_total_row(row[0], ln))) or \
                    (out and max_rows > 3 and CLAIM_DETAIL.match(ln.text)):
                continue  # (a row of figures with nothing in this column, an adjustment under a claim's row,
            break  # a claim's own subtotal, its line of captions run into codes: still the table's; a totals row
            # ends it)
        under = min(hit, key=lambda c: abs((c.x0 + c.x1) / 2 - (cell.x0 + cell.x1) / 2))
        if out and row[0] is not under and row[0].text.rstrip().endswith(":") and _is_label_cell(ix, row[0]):
            break  # a 'Label: value' line under the table ('To: Dr. Ana Reyes', 'DOB: ...'): the rows have ended
        part = _under_this_header(ix, cell, under)  # (a row's cells OCR ran together: this column's words,
        long = len(under.words) > 10 and not spelled_out(under.words)  # a row of figures, however long, no prose;
        # a row a text layer set too tight for OCR's gaps, one cell under a caption row of four or more, too)
        if long and part is not under and ((len(row) >= 3 and ROW_FIGURE.search(ln.text)) or
                                           (len(heads) >= 4 and len(row) == 1 and _figures(under) >= 2 and
                                            _lower_words(under) <= 1)):  # (a legend's sentence is no row)
            long = len(part.words) > 10
        if out and not VALUE_MARK.search(under.text) and sum(_is_label_cell(ix, c) for c in row if c is not under) >= 2:
            break  # a caption the lexicon does not know in the next row of captions ('Participant | Example ID |
            # Group No.'): the column above has ended, whatever that caption names
        if _is_label_cell(ix, under) or long or OWN_LABEL.match(under.text):
            if header_row or (out and max_rows > 3 and (_claim_total_row(under, ln) or CLAIM_DETAIL.match(ln.text))):
                continue  # (a claim's own 'Claim total' row under its service lines, or its line of captions run
                # into their codes, 'Plan QX-1 Grp QG-2 Rcvd ...': the next claim's row follows)
            break  # the next row of labels (a grid of label rows over value rows), or prose
        out.append(part)
    return out


def _caption_tail(ln, row: list[Cell], heads: list[Cell], prev) -> bool:
    """A caption row's last word wrapped on to a line of its own ('Sta' over 'tus', 'Date of' over 'service'):
    right under the captions, only small letter words, each under a caption of a table of three columns or more.
    It is the header's, not a row that ends the column before its first value."""
    if len(heads) < 3 or ln.bbox[1] - prev.bbox[3] > 0.8 * max(ln.height, 1):
        return False
    slack = 0.8 * ln.height
    return all(len(c.words) <= 2 and all(w.text.isalpha() and w.text.islower() for w in c.words) and
               any(c.x0 < h.x1 + slack and c.x1 > h.x0 - slack for h in heads) for c in row)


def _figures(cell: Cell) -> int:
    """How many of a cell's words hold a digit (a row's IDs, dates and amounts; prose has few)."""
    return sum(DIGIT.search(w.text) is not None for w in cell.words)


def _lower_words(cell: Cell) -> int:
    """How many of a cell's words are running text's small words ('paid under your contract'; a row has few)."""
    return sum(w.text[:1].islower() and w.text.isalpha() for w in cell.words)


def _row_wrapped_on(ix: KVIndex, ln, row: list[Cell], prev, heads: list[Cell], cell: Cell) -> bool:
    """A row's second line ('Women's Health Center' under its first, the claim's column empty): close under the
    row, each of its cells under another column's caption of a table of three columns or more; no amount,
    no total, no caption (a table's totals row or a grid's next caption row ends the column)."""
    if len(heads) < 3 or not row or ln.bbox[1] - prev.bbox[3] > 0.8 * max(ln.height, 1):
        return False
    if ROW_FIGURE.search(ln.text) or TOTALS_ROW.search(ln.text) or \
            sum(id(c) in ix.labelled or id(c) in ix.headers for c in row) >= 2:
        return False  # (one label word may open a wrapped cell: 'Laboratory' under 'Example Genomics')
    slack = 0.8 * ln.height
    others = [h for h in heads if h is not cell]
    return all(any(c.x0 < h.x1 + slack and c.x1 > h.x0 - slack for h in others) for c in row)


def _claim_total_row(under: Cell, ln) -> bool:
    """'Claim total  3,967.75  2,062.27 ...': a claim's subtotal row, its caption where the claim numbers stand."""
    return bool(CLAIM_TOTAL.match(under.text) and ROW_FIGURE.search(ln.text))


CLAIM_TOTAL = re.compile(r"^\W*(?:claim\s+(?:sub)?total|sub-?total|total\s+(?:for\s+)?(?:this\s+)?claim|"
                         r"total\s+del\s+reclamo)\b", re.I)
ROW_FIGURE = re.compile(r"\(?\$?\d[\d,]*\.\d\d\)?(?!\d)")
# a claim's detail line under its rows: two captions or more, each run into a coded value ('Plan QX-1 Grp QG-2')
CLAIM_DETAIL = re.compile(r"^\W*(?:[A-Z][A-Za-z.]{1,12}\s+(?=\S*\d)[A-Z0-9][\w/-]*\s+){2,}")
TOTALS_ROW = re.compile(r"\b(?:sub)?totals?\b|\bbalance\b|\btotal\b|\bsaldo\b", re.I)


def _next_caption_x(heads: list[Cell], cell: Cell) -> float:
    """Where the next column's caption starts, right of this one (no end for the last column)."""
    return min((h.x0 for h in heads if h.x0 >= cell.x1), default=float("inf"))


def _full_row_under(heads: list[Cell], row: list[Cell]) -> bool:
    """A row with a cell under each of a wide header's cells (nine headers, nine values): the table's first row,
    however far below its header band it stands."""
    if len(heads) < 4 or 2 * len(row) < len(heads):
        return False  # (OCR may run two narrow cells of the row together: 'AC1001 5600000000001')
    under = sum(1 for h in heads if any(c.x0 < h.x1 and c.x1 > h.x0 for c in row))
    return under >= len(heads) - 1


def _level_with_next(ln: Line, nxt: list[Line]) -> bool:
    """A sidebar beside a letter's text: the text's line and the sidebar's next row stand at nearly one height,
    so OCR orders them as two lines; the text's, with nothing under the sidebar's caption, is not the column's
    end."""
    return bool(nxt) and nxt[0].page == ln.page and nxt[0].bbox[1] - ln.bbox[1] < 1.1 * max(ln.height, 1) and \
        (nxt[0].bbox[0] >= ln.bbox[2] or nxt[0].bbox[2] <= ln.bbox[0])


def _under_this_header(ix: KVIndex, cell: Cell, under: Cell) -> Cell:
    """A row cell OCR ran across several columns ('DOE, ANA  W123  26K55' under 'Patient', 'Member ID' and
    'Claim no.', the gaps too narrow to part them): only the words standing under this header, each word
    going to the header it overlaps most, or else to the one whose left edge is the last before its own (a
    column of text starts at its header). Marks and stray letters OCR read in a header row head no column."""
    heads = [h for h in ix.cells.get(id(cell.line), []) if len(re.findall(r"[A-Za-z]", h.text)) >= 3]
    if len(under.words) < 2 or sum(1 for h in heads if h.x0 < under.x1 and h.x1 > under.x0) < 2 or \
            len(ix.cells.get(id(under.line), [])) >= len(heads) or not is_table_header(ix, cell.line):
        return under  # (a row with as many cells as headers was parted well; a label's row is no header)
    slack = 0.5 * under.line.height

    def head_of(w: Word) -> Cell:
        over = max(heads, key=lambda h: min(w.bbox[2], h.x1) - max(w.bbox[0], h.x0))
        if min(w.bbox[2], over.x1) > max(w.bbox[0], over.x0):
            return over  # under a header's own span (a right-aligned amount ends under it)
        left = [h for h in heads if h.x0 <= w.bbox[0] + slack]
        return max(left, key=lambda h: h.x0) if left else min(heads, key=lambda h: h.x0)

    mine, prev = [], None
    for w, first_part in _unglued(under.words):
        head = prev if first_part and prev is not None else head_of(w)  # (a glued word's first part ends the
        if head is cell:  # cell before, wherever the cut of its box falls)
            mine.append(w)
        prev = head
    return Cell(mine, under.line) if mine else under


GLUED = re.compile(r"^(.*[\d.,)])([A-Z][a-z]{2,}\S*)$")  # '2026Denied', '$40.00Paid': two cells' words touching


def _unglued(words: list[Word]) -> list[tuple[Word, bool]]:
    """A tight table prints one cell's last word against the next cell's first ('January 30, 2026Denied'):
    each part is its own word (the first marked as such), its box cut in proportion to its letters."""
    out = []
    for w in words:
        m = GLUED.match(w.text)
        if not m:
            out.append((w, False))
            continue
        x0, y0, x1, y1 = w.bbox
        cut = x0 + (x1 - x0) * len(m.group(1)) / len(w.text)
        out += [(Word(m.group(1), w.conf, (x0, y0, cut, y1)), True), (Word(m.group(2), w.conf, (cut, y0, x1, y1)), False)]
    return out


# 'Portal submission no.: SUB-1234' under 'Review type': a cell that carries its own label and value
OWN_LABEL = re.compile(r"^[A-Za-z][A-Za-z .#/()\-]{0,40}:(?:\s|$)")


def _is_label_cell(ix: KVIndex, c: Cell) -> bool:
    return id(c) in ix.labelled or id(c) in ix.headers


VALUE_MARK = re.compile(r"\d{2}|[$\u20ac]")


def _label_row(ix: KVIndex, row: list[Cell], loose: bool = False) -> bool:
    """A row of column captions: every cell a label, or (loose: the caption's own second line, right under it)
    all but one on a wide header whose odd cell holds no value ('... responsibility code 7', a cut-off
    caption's stray mark read as a digit)."""
    if not row:
        return False
    labels = sum(1 for c in row if _is_label_cell(ix, c))
    if labels == len(row):
        return True
    return loose and labels >= 4 and labels == len(row) - 1 and not any(VALUE_MARK.search(c.text) for c in row)


CAPS_HEAD = re.compile(r"[A-Z][A-Z .'&/()\-]*")


def _caps_heads_over_values(ix: KVIndex, cell: Cell, nxt: Cell) -> bool:
    """'PROVIDER | ATTENDING NEPHROLOGIST' over 'Example Dialysis Center | Dr. Ana Reyes': two headings in
    capitals, each with a value under it, are a header row of two columns; the second heading is no value of
    the first (a row too short to be a table header)."""
    if not (CAPS_HEAD.fullmatch(cell.text.strip(" :")) and CAPS_HEAD.fullmatch(nxt.text.strip())):
        return False
    under_label, under_next = column(ix, cell, max_rows=1), column(ix, nxt, max_rows=1)
    if not (under_label and under_next) or under_label[0] is under_next[0] or \
            under_label[0].line is not under_next[0].line:
        return False  # (a form's rows in capitals, 'MEMBER | ANA B. EXAMPLE' over 'MEDICAID ID | 700...')
    return not _is_label_cell(ix, under_label[0]) and not _is_label_cell(ix, under_next[0]) and \
        all(any(ch.islower() for ch in c.text) for c in (under_label[0], under_next[0]))


def _next_cell(ix: KVIndex, cell: Cell) -> Cell | None:
    row = ix.cells.get(id(cell.line), [])
    for i, c in enumerate(row):
        if c is cell and i + 1 < len(row):
            return row[i + 1]
    return None
